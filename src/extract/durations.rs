//! Durations written without digits: "a decade and a half", "a half century", "half a
//! century", "a decade", "a month later". Durations with a number ("17 years", "four-year
//! term") are read by [`super::figures`] with the unit of time from [`super::units`].

use super::scan::{Lex, Para, W};
use crate::claims::Kind;

/// A duration in words: value in `unit`, and the token after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Spelled {
    pub value: f64,
    pub unit: &'static str,
    pub next: usize,
}

/// Read a duration spelled in words at token `i`.
pub fn spelled(p: Para, i: usize) -> Option<Spelled> {
    let and_a_half = |k: usize| p.is_w(k, W::And) && p.is_w(k + 1, W::A) && p.is_w(k + 2, W::Half);
    // "half a century", "half a decade"
    if p.is_w(i, W::Half) && p.is_w(i + 1, W::A) {
        let years = span_years(p.lex(i + 2))?;
        return Some(Spelled {
            value: years / 2.0,
            unit: "years",
            next: i + 3,
        });
    }
    // "once every hour and 36 minutes": a period, as "every 96 minutes" is.
    let every = p.word_is(i, "every") || p.word_is(i, "Every");
    if !p.is_w(i, W::A) && !every {
        return None;
    }
    if every {
        let unit = match p.lex(i + 1) {
            Lex::W(W::Hour) => "hours",
            lex @ Lex::Dur(_) => super::scan::unit_name(lex)?,
            _ => return None,
        };
        rest(p, i + 1, unit)?;
        return Some(Spelled {
            value: 1.0,
            unit,
            next: i + 2,
        });
    }
    let mut k = i + 1;
    // "a half century"
    if p.is_w(k, W::Half) {
        let years = span_years(p.lex(k + 1))?;
        return Some(Spelled {
            value: years / 2.0,
            unit: "years",
            next: k + 2,
        });
    }
    // One adjective may come between: "a long decade and a half".
    if p.is_word(k)
        && p.lowercase(k)
        && p.lex(k) == Lex::Other
        && span_years(p.lex(k + 1)).is_some()
    {
        k += 1;
    }
    if let Some(years) = span_years(p.lex(k)) {
        if and_a_half(k + 1) {
            return Some(Spelled {
                value: years * 1.5,
                unit: "years",
                next: k + 4,
            });
        }
        return Some(Spelled {
            value: years,
            unit: "years",
            next: k + 1,
        });
    }
    // "a month later", "for a year", "after a week": the article counts only when the span is
    // measured, not in "a year is considered" or "per year".
    let measured_before = i > 0
        && matches!(
            p.lex(i - 1),
            Lex::W(W::For | W::After | W::Within | W::Over | W::In)
        );
    let measured_after = matches!(
        p.lex(i + 2),
        Lex::W(W::Later | W::Ago | W::After | W::Before) | Lex::Rel(super::scan::Rel::Earlier)
    );
    // "a day and a half", "an hour and 36 minutes": a compound is a length whatever precedes.
    let compound = |unit: &str| rest(p, i + 1, unit).is_some();
    // "an hour before": the one singular unit of time kept apart from the others.
    if p.is_w(i + 1, W::Hour) && (measured_before || measured_after || compound("hours")) {
        return Some(Spelled {
            value: 1.0,
            unit: "hours",
            next: i + 2,
        });
    }
    if let Lex::Dur(_) = p.lex(i + 1)
        && let Some(unit) = super::scan::unit_name(p.lex(i + 1))
        && (measured_before || measured_after || compound(unit))
    {
        return Some(Spelled {
            value: 1.0,
            unit,
            next: i + 2,
        });
    }
    None
}

/// The smaller part of a compound duration, in the unit of the larger one: "two hours and forty
/// minutes" is one span of 2.667 hours, "3 years and 6 months" 3.5 years, "a year and a half"
/// 1.5 years, not two claims (nor a half read as 50 percent).
#[derive(Debug, Clone, PartialEq)]
pub struct Rest {
    /// Added to the larger part, in its unit.
    pub add: f64,
    /// The rounding of the smaller part, in the larger unit.
    pub step: f64,
    /// The last token of the smaller part.
    pub last: usize,
}

/// Days in one unit of time, to express a smaller unit in a larger one.
fn days_in(unit: &str) -> Option<f64> {
    Some(match unit {
        "years" => 365.25,
        "months" => 365.25 / 12.0,
        "weeks" => 7.0,
        "days" => 1.0,
        "hours" => 1.0 / 24.0,
        "minutes" => 1.0 / 1440.0,
        "seconds" => 1.0 / 86400.0,
        _ => return None,
    })
}

/// Read the smaller part after a duration in `unit` whose last token is `last`: "and forty
/// minutes", "and a half", a smaller unit straight after ("2 hours 40 minutes") or after a
/// comma, and the smaller parts after it in turn ("2 hours, 5 minutes and 47 seconds"). Only a
/// smaller unit joins: "3 months and 2 years" is two spans.
pub fn rest(p: Para, last: usize, unit: &str) -> Option<Rest> {
    let per = days_in(unit)?;
    let comma = p.is_punct(last + 1, ',');
    // "14 days, and 16 hours": a comma before the "and" of the last part.
    let joined = p.is_w(last + 1 + usize::from(comma), W::And);
    let k = last + 1 + usize::from(comma) + usize::from(joined);
    if joined && p.is_w(k, W::A) && p.is_w(k + 1, W::Half) {
        return Some(Rest {
            add: 0.5,
            step: 0.5,
            last: k + 1,
        });
    }
    let n = super::numbers::read(p, k)?;
    let u = super::units::read(p, n.next)?;
    if u.kind != Kind::Duration || u.factor != 1.0 || p.is_dash(n.next) {
        return None;
    }
    let small = days_in(&u.name)?;
    if small >= per {
        return None;
    }
    let mut rest = Rest {
        add: n.value * small / per,
        step: n.step * small / per,
        last: u.last?,
    };
    if let Some(smaller) = self::rest(p, rest.last, &u.name) {
        rest.add += smaller.add * small / per;
        rest.step = smaller.step * small / per;
        rest.last = smaller.last;
    }
    Some(rest)
}

fn span_years(lex: Lex) -> Option<f64> {
    match lex {
        Lex::W(W::Decade) => Some(10.0),
        Lex::W(W::Century) => Some(100.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bounds, check, claims, one};
    use crate::claims::{Approx, Kind};

    #[test]
    fn a_compound_duration_is_one_span() {
        let c = one(
            "Two hours and forty minutes later it sank.",
            "Two hours and forty minutes",
        );
        check(&c, Kind::Duration, "2.667", Approx::Exact, "hours");
        let c = one("It took 2 hours 40 minutes.", "2 hours 40 minutes");
        check(&c, Kind::Duration, "2.667", Approx::Exact, "hours");
        let c = one(
            "He served 3 years and 6 months in prison.",
            "3 years and 6 months",
        );
        check(&c, Kind::Duration, "3.5", Approx::Exact, "years");
        bounds(&c, 3.5 - 1.0 / 24.0, 3.5 + 1.0 / 24.0);
        let c = one(
            "After a year and a half the war ended.",
            "a year and a half",
        );
        check(&c, Kind::Duration, "1.5", Approx::Exact, "years");
        let c = one(
            "stopping the clock at 2 hours, 5 minutes and 47 seconds.",
            "2 hours, 5 minutes and 47 seconds",
        );
        assert_eq!(c.value_text, "2.096");
        let c = one(
            "A Mars day is longer: 24 hours, 39 minutes, and 35 seconds.",
            "24 hours, 39 minutes, and 35 seconds",
        );
        assert_eq!(c.value_text, "24.66");
        let c = one("He waited five days and a half.", "five days and a half");
        check(&c, Kind::Duration, "5.5", Approx::Exact, "days");
        let c = one(
            "for about 10 years and 2 months",
            "about 10 years and 2 months",
        );
        check(&c, Kind::Duration, "10.167", Approx::About, "years");
        // A larger unit after a smaller one, and a compound adjective, are separate spans.
        assert_eq!(claims("It took 3 months and 2 years.").len(), 2);
        let all = claims("He spent 2 years and 5 three-month terms.");
        assert_eq!(
            (all[0].quote.as_str(), all[0].value_text.as_str()),
            ("2 years", "2")
        );
    }

    #[test]
    fn numbers_with_units_of_time() {
        let c = one("Pinochet would rule for the next 17 years.", "17 years");
        check(&c, Kind::Duration, "17", Approx::Exact, "years");
        bounds(&c, 16.5, 17.5);
        let c = one("three short years later", "three short years");
        check(&c, Kind::Duration, "3", Approx::Exact, "years");
        let c = one("he ruled for almost 38 years", "almost 38 years");
        check(&c, Kind::Duration, "38", Approx::About, "years");
        let c = one("a strike which lasted 26 days ended", "26 days");
        check(&c, Kind::Duration, "26", Approx::Exact, "days");
        let c = one("two decades of rule", "two decades");
        check(&c, Kind::Duration, "20", Approx::Exact, "years");
    }

    #[test]
    fn hyphenated_durations_and_ages() {
        let c = one("served a four-year term as minister", "four-year");
        check(&c, Kind::Duration, "4", Approx::Exact, "years");
        let c = one("during the 12-day existence", "12-day");
        check(&c, Kind::Duration, "12", Approx::Exact, "days");
        let c = one("I went in as a 16-year-old and left", "16-year-old");
        check(&c, Kind::Quantity, "16", Approx::Exact, "years old");
    }

    #[test]
    fn durations_in_words() {
        let c = one("for a long decade and a half.", "a long decade and a half");
        check(&c, Kind::Duration, "15", Approx::Exact, "years");
        let c = one("a decade and a half", "a decade and a half");
        check(&c, Kind::Duration, "15", Approx::Exact, "years");
        let c = one("to study a half century later", "a half century");
        check(&c, Kind::Duration, "50", Approx::Exact, "years");
        let c = one("A month later the order came", "A month");
        check(&c, Kind::Duration, "1", Approx::Exact, "months");
        let c = one("And for a year, things went well", "a year");
        check(&c, Kind::Duration, "1", Approx::Exact, "years");
        assert!(super::super::testing::claims("A year is considered a wave").is_empty());
        let c = one("within six months", "within six months");
        check(&c, Kind::Duration, "6", Approx::AtMost, "months");
    }
}
