//! Dates written relative to the day of writing: "Friday", "Friday's", "last year", "this
//! week", "next June", "last summer", "yesterday", "four years ago", and "now".
//! Spans of time without digits ("the next few months", "in recent weeks") are read here too.
//!
//! They name a day only against a reference date, the source's publication date (the
//! manifest's `published`); without one nothing here is proposed, since "last year" in a text
//! of unknown date could be any year. Conventions: a bare weekday is the latest such day on or
//! before the reference ("said Friday" in a Friday paper is that day), or the first on or after
//! it when the sentence looks ahead ("will meet on Thursday", "is set to resume Monday"), and so is
//! a month or day without a year ("is due to be published in May"); "last"/"next" with a
//! month, season or weekday is the latest one before, or the first one after, the reference;
//! "this" is the one the reference falls in (for a month or season: of the reference's year);
//! a week runs Monday to Sunday. "now", "today" and "currently" are the reference day: the time
//! of writing, which a reviewer needs to date "now 40 percent" against another source's year.
//! Alignment never compares them with each other (every article has its own "now"; see
//! [`crate::claims::Claim::is_present_reference`]).

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::scan::{Lex, Para, Rel, W};

/// A period named relative to the reference day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Relative {
    Day(Date),
    /// The first and last days of a week (Monday and Sunday) or a weekend (Saturday and Sunday).
    Week(Date, Date),
    Month(i16, u8),
    Year(i16),
    /// A season: its first month, and how many months (always three).
    Season(i16, u8),
}

impl Relative {
    /// The value cell: `2013-03-22`, `2013-03-18/2013-03-24`, `2013-03`, `2013`,
    /// `2012-06/2012-08`.
    pub fn value(self) -> String {
        match self {
            Relative::Day(d) => d.to_string(),
            Relative::Week(a, b) => format!("{a}/{b}"),
            Relative::Month(y, m) => format!("{y:04}-{m:02}"),
            Relative::Year(y) => format!("{y:04}"),
            Relative::Season(y, m) => {
                let (y2, m2) = add_months(y, m, 2);
                format!("{y:04}-{m:02}/{y2:04}-{m2:02}")
            }
        }
    }

    pub fn year(self) -> i16 {
        match self {
            Relative::Day(d) | Relative::Week(d, _) => d.year(),
            Relative::Month(y, _) | Relative::Year(y) | Relative::Season(y, _) => y,
        }
    }
}

/// Which way a modifier points.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Way {
    Before,
    Current,
    After,
}

/// A relative date at token `i`, against `reference`: the period and the token after it.
pub fn read(p: Para, i: usize, reference: Date) -> Option<(Relative, usize)> {
    match p.lex(i) {
        Lex::Weekday(w) if p.capitalized(i) => {
            let day = if ahead(p, i) {
                weekday(reference, w, Way::After)
                    .filter(|_| reference.weekday().to_monday_zero_offset() != w as i8)
                    .unwrap_or(reference)
            } else {
                weekday(reference, w, Way::Current)?
            };
            Some((Relative::Day(day), day_part(p, i + 1)))
        }
        Lex::Rel(Rel::Tonight) => Some((Relative::Day(reference), i + 1)),
        Lex::Rel(Rel::Yesterday) => Some((Relative::Day(reference.yesterday().ok()?), i + 1)),
        Lex::Rel(Rel::Tomorrow) => Some((Relative::Day(reference.tomorrow().ok()?), i + 1)),
        Lex::Rel(Rel::Now | Rel::Currently | Rel::Today) => Some((Relative::Day(reference), i + 1)),
        Lex::Rel(Rel::This) => unit(p, i + 1, reference, Way::Current),
        // "the next year", "the last month" count from the narrative's time, or measure a span
        // ([`span`]); without "the" they count from the day of writing.
        Lex::Rel(Rel::Last | Rel::Past | Rel::Previous | Rel::Coming) | Lex::W(W::Next)
            if i > 0 && p.is_w(i - 1, W::The) =>
        {
            None
        }
        Lex::Rel(Rel::Last | Rel::Past | Rel::Previous) => unit(p, i + 1, reference, Way::Before),
        Lex::W(W::Next) | Lex::Rel(Rel::Coming) => unit(p, i + 1, reference, Way::After),
        _ => None,
    }
}

/// Does the sentence put the weekday at `i` ahead of the day of writing: "will meet on Monday",
/// "is scheduled to land Tuesday", "planned to leave on Thursday", "postponed until Saturday":
/// such a word within the twelve tokens before it, in its sentence. A verb of saying between
/// them ("it will close, it said Friday") dates the saying, which is past; "until" alone does
/// not look ahead ("Until Thursday, they had not").
fn ahead(p: Para, i: usize) -> bool {
    let mut k = i;
    if k > 0 && p.is_w(k - 1, W::On) {
        k -= 1;
    }
    let said = ["said", "says", "told", "announced", "reported", "added"];
    if k > 0 && said.iter().any(|w| p.word_is(k - 1, w)) {
        return false;
    }
    let future = [
        "will",
        "scheduled",
        "planned",
        "planning",
        "plans",
        "postponed",
    ];
    sentence_before(p, k).find_map(|j| {
        if p.word_is(j, "set") && p.is_w(j + 1, W::To) || future.iter().any(|w| p.word_is(j, w)) {
            Some(true)
        } else if said.iter().any(|w| p.word_is(j, w)) {
            Some(false)
        } else {
            None
        }
    }) == Some(true)
}

/// The tokens before token `i`, nearest first: up to twelve, within its sentence.
fn sentence_before(p: Para<'_>, i: usize) -> impl Iterator<Item = usize> + '_ {
    (i.saturating_sub(12)..i)
        .rev()
        .take_while(move |&j| !p.sentence_start(j + 1))
}

/// Does the sentence before token `i` speak of the future from the day of writing, in the
/// present tense: "will", "is due to", "are scheduled to", "is expected to", "is set to", "is to
/// be", "plans to"? A narrative's past future ("would", "was due to", "planned") looks ahead
/// from its own time, not the day of writing, and does not count.
pub fn looks_ahead_from_writing(p: Para, i: usize) -> bool {
    sentence_before(p, i).any(|j| {
        let present = ["is", "are", "'s", "’s"].iter().any(|w| p.word_is(j, w));
        p.word_is(j, "will")
            || p.word_is(j, "plans") && p.is_w(j + 1, W::To)
            || present
                && ["due", "scheduled", "expected", "set", "slated", "planning"]
                    .iter()
                    .any(|w| p.word_is(j + 1, w))
            || present && p.is_w(j + 1, W::To) && p.word_is(j + 2, "be")
    })
}

/// "morning", "afternoon", "evening", "night" after a weekday belong to it.
fn day_part(p: Para, k: usize) -> usize {
    let part = ["morning", "afternoon", "evening", "night"]
        .iter()
        .any(|w| p.word_is(k, w));
    if part { k + 1 } else { k }
}

/// The period after "this", "last" or "next": week, month, year, a month, a season, a weekday.
fn unit(p: Para, k: usize, reference: Date, way: Way) -> Option<(Relative, usize)> {
    let y = reference.year();
    let m = reference.month() as u8;
    match p.lex(k) {
        Lex::Rel(Rel::Fiscal) if p.word_is(k + 1, "year") => {
            let (found, _) = unit(p, k + 1, reference, way)?;
            Some((found, k + 2))
        }
        // "this year", and its possessive "this year's vaccine".
        Lex::Dur(_) | Lex::Other => {
            let word = p.str(k).to_ascii_lowercase();
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(&word);
            let found = match word {
                "week" => {
                    let monday = reference
                        .checked_sub((reference.weekday().to_monday_zero_offset() as i64).days())
                        .ok()?;
                    let monday = match way {
                        Way::Before => monday.checked_sub(7.days()).ok()?,
                        Way::Current => monday,
                        Way::After => monday.checked_add(7.days()).ok()?,
                    };
                    Relative::Week(monday, monday.checked_add(6.days()).ok()?)
                }
                "month" => {
                    let shift = match way {
                        Way::Before => -1,
                        Way::Current => 0,
                        Way::After => 1,
                    };
                    let (y, m) = add_months(y, m, shift);
                    Relative::Month(y, m)
                }
                "year" => Relative::Year(match way {
                    Way::Before => y - 1,
                    Way::Current => y,
                    Way::After => y + 1,
                }),
                // "this morning", "last night": a part of the day of writing or of the one before.
                "morning" | "afternoon" | "evening" | "night" if way == Way::Current => {
                    Relative::Day(reference)
                }
                "evening" | "night" if way == Way::Before => {
                    Relative::Day(reference.yesterday().ok()?)
                }
                // "this weekend": the Saturday and Sunday of the week of writing.
                "weekend" => {
                    let monday = reference
                        .checked_sub((reference.weekday().to_monday_zero_offset() as i64).days())
                        .ok()?;
                    let shift = match way {
                        Way::Before => -7,
                        Way::Current => 0,
                        Way::After => 7,
                    };
                    let saturday = monday.checked_add((5 + shift).days()).ok()?;
                    Relative::Week(saturday, saturday.tomorrow().ok()?)
                }
                _ => return None,
            };
            Some((found, k + 1))
        }
        Lex::Month { month, abbr: false } if p.capitalized(k) => {
            let year = match way {
                Way::Current => y,
                Way::Before if month < m => y,
                Way::Before => y - 1,
                Way::After if month > m => y,
                Way::After => y + 1,
            };
            Some((Relative::Month(year, month), k + 1))
        }
        Lex::Season(s) => {
            let first = [3u8, 6, 9, 12][usize::from(s)];
            Some((season(y, m, first, way), k + 1))
        }
        Lex::Weekday(w) if p.capitalized(k) => {
            let day = weekday(reference, w, way)?;
            Some((Relative::Day(day), day_part(p, k + 1)))
        }
        _ => None,
    }
}

/// The season starting in month `first` that is before, around or after (y, m).
fn season(y: i16, m: u8, first: u8, way: Way) -> Relative {
    let now = i32::from(y) * 12 + i32::from(m) - 1;
    let start_of = |year: i16| i32::from(year) * 12 + i32::from(first) - 1;
    // The occurrences in the years around, first to last.
    let starts = [y - 2, y - 1, y, y + 1].map(|year| (year, start_of(year)));
    let pick = match way {
        Way::Before => starts.iter().rev().find(|(_, s)| s + 2 < now),
        Way::Current => starts
            .iter()
            .find(|(_, s)| (*s..=s + 2).contains(&now))
            .or_else(|| starts.iter().find(|(year, _)| *year == y)),
        Way::After => starts.iter().find(|(_, s)| *s > now),
    };
    let (year, _) = pick.copied().unwrap_or((y, 0));
    Relative::Season(year, first)
}

/// The weekday `w` (Monday = 0) before, on or before, or after the reference.
fn weekday(reference: Date, w: u8, way: Way) -> Option<Date> {
    let target = Weekday::from_monday_zero_offset(w as i8).ok()?;
    let back = (reference.weekday().to_monday_zero_offset() - target.to_monday_zero_offset())
        .rem_euclid(7) as i64;
    match way {
        Way::Current => reference.checked_sub(back.days()).ok(),
        Way::Before => reference
            .checked_sub((if back == 0 { 7 } else { back }).days())
            .ok(),
        Way::After => {
            let ahead = (7 - back) % 7;
            reference
                .checked_add((if ahead == 0 { 7 } else { ahead }).days())
                .ok()
        }
    }
}

/// Month `m` of year `y` moved by `shift` months.
pub fn add_months(y: i16, m: u8, shift: i32) -> (i16, u8) {
    let n = i32::from(y) * 12 + i32::from(m) - 1 + shift;
    ((n.div_euclid(12)) as i16, (n.rem_euclid(12) + 1) as u8)
}

/// The year a month without one falls in, against the reference: this year, unless that puts
/// it more than three months after the reference (news looks back more than ahead).
pub fn year_of_month(reference: Date, month: u8) -> i16 {
    let y = reference.year();
    if i32::from(month) - i32::from(reference.month()) > 3 {
        y - 1
    } else {
        y
    }
}

/// A span of time without digits, counted back or ahead from some point: "the next decade",
/// "the following decade", "the past several months", "the next few months", "the past week"
/// (with "the", a narrative's "the next year" is a span, not a year dated from the day of
/// writing), "in recent weeks" (as many as "the past few weeks"). Other modified plurals are not
/// one: "past years", "the following days" name a period, and are left out (see
/// [`bare_plural`] for the plurals that measure time: "for years").
/// The duration claim, and the token after it.
pub fn span(p: Para, i: usize, found: &mut Vec<super::Found>) -> Option<usize> {
    let mut k = i;
    if p.is_w(k, W::The) {
        k += 1;
    }
    let the = k > i;
    let recent = matches!(
        p.lex(k),
        Lex::Rel(
            Rel::Past | Rel::Last | Rel::Coming | Rel::Following | Rel::Previous | Rel::Recent
        ) | Lex::W(W::Next)
    );
    if !recent {
        return None;
    }
    // "in recent weeks" says what "the past few weeks" says; "past years" does not.
    let recent_plural = p.lex(k) == Lex::Rel(Rel::Recent);
    k += 1;
    let (low, high) = match p.lex(k) {
        Lex::W(W::Few) => (2.0, 9.0),
        Lex::W(W::Several) => (3.0, 9.0),
        _ => (0.0, 0.0),
    };
    if high > 0.0 {
        k += 1;
    }
    let word = p.str(k).to_ascii_lowercase();
    let (value, low, high, unit) = match (p.lex(k), high > 0.0) {
        (Lex::W(W::Decade), false) => ("10".to_string(), 9.5, 10.5, "years"),
        (Lex::W(W::Century), false) => ("100".to_string(), 99.5, 100.5, "years"),
        // "the past week", "the next year": one unit, counted from some point. "the previous
        // week", "the following year" name the period before or after the narrative's, not
        // a length of time.
        (Lex::Dur(_), false)
            if the
                && matches!(word.as_str(), "week" | "month" | "year")
                && !matches!(p.lex(k - 1), Lex::Rel(Rel::Previous | Rel::Following)) =>
        {
            let unit = super::scan::unit_name(p.lex(k))?;
            ("1".to_string(), 0.5, 1.5, unit)
        }
        (Lex::Dur(_), true) if word.ends_with('s') => {
            let unit = super::scan::unit_name(p.lex(k))?;
            (format!("{low}/{high}"), low, high, unit)
        }
        (Lex::Dur(_), false) if recent_plural && word.ends_with('s') => {
            let (low, high) = (2.0, 9.0);
            let unit = super::scan::unit_name(p.lex(k))?;
            (format!("{low}/{high}"), low, high, unit)
        }
        (Lex::W(W::Decades), true) => (
            format!("{}/{}", low * 10.0, high * 10.0),
            low * 10.0,
            high * 10.0,
            "years",
        ),
        _ => return None,
    };
    let approx = if value.contains('/') {
        crate::claims::Approx::Vague
    } else {
        crate::claims::Approx::Exact
    };
    found.push(
        super::Found::new(crate::claims::Kind::Duration, value, approx, p.span(i, k))
            .unit(unit)
            .interval(crate::claims::Interval::new(low, high)),
    );
    Some(k + 1)
}

/// "four years ago", "six months ago", "two weeks ago", "three days ago": a whole number of
/// units counted back from the reference day, so a date (2009, 2012-09, the week, the day)
/// rather than a duration. `ago` is the token after the duration just read (the last of
/// `found`); returns whether it was one and the claim became the date. Without a reference the
/// duration stays, as in a text of unknown date "four years ago" could be any year.
pub fn ago(p: Para, ago: usize, reference: Date, found: &mut [super::Found]) -> bool {
    use crate::claims::{Approx, Kind};
    if !p.is_w(ago, W::Ago) {
        return false;
    }
    let Some(f) = found.last_mut() else {
        return false;
    };
    let before = p.tokens[ago - 1].end;
    if f.kind != Kind::Duration
        || f.span.end != before
        || !matches!(f.approx, Approx::Exact | Approx::About)
    {
        return false;
    }
    let Ok(n) = f.value.parse::<u16>() else {
        return false;
    };
    let back = i64::from(n);
    let (kind, value) = match f.unit.as_str() {
        "years" => (
            Kind::Year,
            format!("{:04}", i64::from(reference.year()) - back),
        ),
        "months" => {
            let (y, m) = add_months(reference.year(), reference.month() as u8, -i32::from(n));
            (Kind::Date, format!("{y:04}-{m:02}"))
        }
        "days" => match reference.checked_sub(back.days()) {
            Ok(day) => (Kind::Date, day.to_string()),
            Err(_) => return false,
        },
        "weeks" => {
            let Ok(day) = reference.checked_sub((7 * back).days()) else {
                return false;
            };
            let Ok(monday) = day.checked_sub((day.weekday().to_monday_zero_offset() as i64).days())
            else {
                return false;
            };
            let Ok(sunday) = monday.checked_add(6.days()) else {
                return false;
            };
            (Kind::Date, Relative::Week(monday, sunday).value())
        }
        _ => return false,
    };
    f.kind = kind;
    f.value = value;
    f.unit.clear();
    f.interval = None;
    f.span.end = p.tokens[ago].end;
    f.note = format!("counted back from the publication date {reference}");
    true
}

/// "for years", "minutes before", "can take weeks": a unit of time in the plural with no
/// number before it, read as a few units (2 to 9, as "a few"). A number before it ("five
/// years") is read by the figure parser, which has passed over this token by then; "recent
/// weeks" and "several days" by [`span`]. The token after it.
///
/// Only a length of time is one: the word must follow a word that measures time ("for",
/// "within", "took") or come before one that counts from it ("before", "later"). A modified
/// plural names a period instead, which has no length to compare: "those years", "his student
/// years", "the Popular Unity years", "in the final seconds".
pub fn bare_plural(p: Para, i: usize, found: &mut Vec<super::Found>) -> Option<usize> {
    const MEASURED_BY: [&str; 19] = [
        "for", "within", "in", "over", "after", "take", "takes", "took", "taking", "taken",
        "lasted", "lasts", "lasting", "spent", "spend", "spends", "spending", "waited", "wait",
    ];
    const COUNTED_FROM: [&str; 5] = ["before", "after", "later", "earlier", "afterwards"];
    let Lex::Dur(_) = p.lex(i) else {
        return None;
    };
    if !p.lowercase(i) || !p.str(i).ends_with('s') {
        return None;
    }
    if i > 0 && (p.is_number(i - 1) || matches!(p.lex(i - 1), Lex::Card(_))) {
        return None;
    }
    let measured = i > 0 && MEASURED_BY.iter().any(|w| p.word_is(i - 1, w));
    if !measured && !COUNTED_FROM.iter().any(|w| p.word_is(i + 1, w)) {
        return None;
    }
    let unit = super::scan::unit_name(p.lex(i))?;
    found.push(
        super::Found::new(
            crate::claims::Kind::Duration,
            "2/9".to_string(),
            crate::claims::Approx::Vague,
            p.span(i, i),
        )
        .unit(unit)
        .interval(crate::claims::Interval::new(2.0, 9.0)),
    );
    Some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::super::{Options, extract_text_with, reference_of};
    use crate::claims::{Approx, Claim, Kind};
    use crate::codebook::Codebook;

    /// Claims of `text` written on Friday 22 March 2013.
    fn dated(text: &str) -> Vec<Claim> {
        let options = Options {
            reference: reference_of("2013-03-22"),
        };
        extract_text_with("t", text, &Codebook::default(), options)
    }

    fn one(text: &str, quote: &str) -> Claim {
        let all = dated(text);
        let hits: Vec<_> = all.iter().filter(|c| c.quote == quote).collect();
        assert_eq!(hits.len(), 1, "'{quote}' in {all:#?}");
        hits[0].clone()
    }

    #[test]
    fn weekdays_are_the_latest_such_day() {
        let c = one("The FAA on Friday announced it.", "Friday");
        check(&c, Kind::Date, "2013-03-22", Approx::Exact, "");
        let c = one("He was informed Thursday that he would.", "Thursday");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        let c = one(
            "Before departing on Friday afternoon, he said.",
            "Friday afternoon",
        );
        check(&c, Kind::Date, "2013-03-22", Approx::Exact, "");
        let c = one("Yesterday's march was the biggest.", "Yesterday's");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        let c = one("They met last Friday.", "last Friday");
        check(&c, Kind::Date, "2013-03-15", Approx::Exact, "");
        let c = one("They meet next Monday.", "next Monday");
        check(&c, Kind::Date, "2013-03-25", Approx::Exact, "");
    }

    #[test]
    fn bare_plurals_are_a_few_units() {
        let text = "He ran for years, then minutes before dawn it can take weeks. Five years on.";
        let all = super::super::testing::claims(text);
        let quotes: Vec<_> = all.iter().map(|c| c.quote.as_str()).collect();
        assert_eq!(quotes, ["years", "minutes", "weeks", "Five years"]);
        check(&all[0], Kind::Duration, "2/9", Approx::Vague, "years");
        assert!(all[0].is_unanchored() && !all[3].is_unanchored());
        // A title is no span of time, nor a singular ("a day"), nor a period ("those years").
        let all = super::super::testing::claims(
            "The Wonder Years, a day. In those years, his student days, the final seconds.",
        );
        assert!(all.is_empty(), "{all:#?}");
        let all = super::super::testing::claims("Within hours of the assault; days later.");
        let quotes: Vec<_> = all.iter().map(|c| c.quote.as_str()).collect();
        assert_eq!(quotes, ["hours", "days"]);
    }

    #[test]
    fn so_long_ago_is_a_date_counted_back() {
        let c = one("She left four years ago, he said.", "four years ago");
        check(&c, Kind::Year, "2009", Approx::Exact, "");
        let c = one("It opened about 20 years ago.", "about 20 years ago");
        check(&c, Kind::Year, "1993", Approx::About, "");
        let c = one("He was hired six months ago.", "six months ago");
        check(&c, Kind::Date, "2012-09", Approx::Exact, "");
        let c = one("It sank three days ago.", "three days ago");
        check(&c, Kind::Date, "2013-03-19", Approx::Exact, "");
        let c = one("They met two weeks ago.", "two weeks ago");
        check(&c, Kind::Date, "2013-03-04/2013-03-10", Approx::Exact, "");
        // Without a publication date it stays a duration; so does a vaguer one.
        let plain = super::super::testing::claims("She left four years ago.");
        check(&plain[0], Kind::Duration, "4", Approx::Exact, "years");
        let c = one("It opened more than 20 years ago.", "more than 20 years");
        assert_eq!(c.kind, Kind::Duration);
    }

    #[test]
    fn possessive_weekdays_name_the_day() {
        let c = one("Before Friday's announcement, it said so.", "Friday's");
        check(&c, Kind::Date, "2013-03-22", Approx::Exact, "");
        let c = one("After last Monday’s vote, it fell.", "last Monday’s");
        check(&c, Kind::Date, "2013-03-18", Approx::Exact, "");
    }

    #[test]
    fn a_weekday_ahead_when_the_sentence_looks_ahead() {
        // Written on Friday 22 March 2013.
        let c = one(
            "The monarch will meet Bush on Thursday in Maine.",
            "Thursday",
        );
        check(&c, Kind::Date, "2013-03-28", Approx::Exact, "");
        let c = one("Talks are set to resume Monday in Belfast.", "Monday");
        check(&c, Kind::Date, "2013-03-25", Approx::Exact, "");
        let c = one("The match has been postponed until Saturday.", "Saturday");
        check(&c, Kind::Date, "2013-03-23", Approx::Exact, "");
        let c = one("The firm will close, it said Thursday.", "Thursday");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        let c = one("Until Thursday, they had not called him.", "Thursday");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        // A Friday paper's "will vote Friday" is that day.
        let c = one("The Senate will vote Friday.", "Friday");
        check(&c, Kind::Date, "2013-03-22", Approx::Exact, "");
        // The colon of a clock time does not cut "postponed" off from the weekday.
        let c = one(
            "The qualifier has been postponed until 15:00 GMT Saturday.",
            "Saturday",
        );
        check(&c, Kind::Date, "2013-03-23", Approx::Exact, "");
    }

    #[test]
    fn a_month_ahead_of_the_day_of_writing_is_not_the_narratives_year() {
        // Written on 22 March 2013; the narrative last named 2005 or 2012.
        let text = "He met Lowe in 2005. The book is due to be published in May.";
        check(&one(text, "May"), Kind::Date, "2013-05", Approx::Exact, "");
        let text = "Eleven were picked last year. The program will run through June.";
        check(&one(text, "June"), Kind::Date, "2013-06", Approx::Exact, "");
        let text = "In 2012 talks stalled. Elections are scheduled for February 3.";
        check(
            &one(text, "February 3"),
            Kind::Date,
            "2014-02-03",
            Approx::Exact,
            "",
        );
        // A narrative's own future keeps the narrative's year.
        let text = "In 1972, Allende planned a plebiscite for September.";
        check(
            &one(text, "September"),
            Kind::Date,
            "1972-09",
            Approx::Exact,
            "",
        );
        let text = "In 2012 talks stalled. The program ran through June.";
        check(&one(text, "June"), Kind::Date, "2012-06", Approx::Exact, "");
    }

    #[test]
    fn this_last_and_next() {
        let c = one("Google launched it this week, and more.", "this week");
        check(&c, Kind::Date, "2013-03-18/2013-03-24", Approx::Exact, "");
        let c = one("This year's vaccine works.", "This year's");
        check(&c, Kind::Year, "2013", Approx::Exact, "");
        let c = one("It rose last year.", "last year");
        check(&c, Kind::Year, "2012", Approx::Exact, "");
        let c = one("It kicks in next year.", "next year");
        check(&c, Kind::Year, "2014", Approx::Exact, "");
        let c = one("Last month, after the smog, they acted.", "Last month");
        check(&c, Kind::Date, "2013-02", Approx::Exact, "");
        let c = one("It cut its budget this fiscal year.", "this fiscal year");
        check(&c, Kind::Year, "2013", Approx::Exact, "");
        let c = one("He lost his bid last May and more.", "last May");
        check(&c, Kind::Date, "2012-05", Approx::Exact, "");
        let c = one("He died last summer.", "last summer");
        check(&c, Kind::Date, "2012-06/2012-08", Approx::Exact, "");
        let c = one("He was forced out early this year.", "early this year");
        check(&c, Kind::Date, "2013-01/2013-05", Approx::Exact, "");
        let c = one("He went missing late last July.", "late last July");
        check(&c, Kind::Date, "2012-07-20/2012-07-31", Approx::Exact, "");
        let c = one("It happened yesterday.", "yesterday");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        let c = one("He was shot last night near the port.", "last night");
        check(&c, Kind::Date, "2013-03-21", Approx::Exact, "");
        let c = one("She spoke this morning to reporters.", "this morning");
        check(&c, Kind::Date, "2013-03-22", Approx::Exact, "");
        let c = one("They will march this weekend again.", "this weekend");
        check(&c, Kind::Date, "2013-03-23/2013-03-24", Approx::Exact, "");
        let c = one("After last weekend's storm, it rained.", "last weekend's");
        check(&c, Kind::Date, "2013-03-16/2013-03-17", Approx::Exact, "");
    }

    #[test]
    fn months_without_a_year_take_the_nearest_one_looking_back() {
        let c = one("He told CNN in August that it was over.", "August");
        check(&c, Kind::Date, "2012-08", Approx::Exact, "");
        let c = one("Closures begin on April 7, the FAA said.", "April 7");
        check(&c, Kind::Date, "2013-04-07", Approx::Exact, "");
        // A year written before still wins over the publication date.
        let c = one("In 2009 they met. In August they wed.", "August");
        check(&c, Kind::Date, "2009-08", Approx::Exact, "");
    }

    #[test]
    fn nothing_relative_without_a_reference() {
        let plain =
            super::super::testing::claims("He said Friday that last year was hard, in August.");
        assert!(plain.is_empty(), "{plain:#?}");
    }

    #[test]
    fn now_and_today_are_the_day_of_writing() {
        let text = "Today, he is now the head, and currently in office.";
        let all = dated(text);
        let quotes: Vec<_> = all.iter().map(|c| c.quote.as_str()).collect();
        assert_eq!(quotes, ["Today", "now", "currently"]);
        for c in &all {
            check(c, Kind::Date, "2013-03-22", Approx::Exact, "");
            assert_eq!(
                c.note,
                "the time of writing: the publication date 2013-03-22"
            );
            assert!(c.is_unanchored());
        }
        // Without a publication date there is no day to name.
        assert!(super::super::testing::claims(text).is_empty());
    }

    #[test]
    fn spans_of_time_without_digits() {
        let c = one("Sales over the next decade will grow.", "the next decade");
        check(&c, Kind::Duration, "10", Approx::Exact, "years");
        let c = one(
            "Over the following decade BP received.",
            "the following decade",
        );
        check(&c, Kind::Duration, "10", Approx::Exact, "years");
        let c = one("Talks over the next few months.", "the next few months");
        check(&c, Kind::Duration, "2/9", Approx::Vague, "months");
        let c = one("in the past several months.", "the past several months");
        check(&c, Kind::Duration, "3/9", Approx::Vague, "months");
        let c = one(
            "Several days into the search, police found.",
            "Several days",
        );
        check(&c, Kind::Duration, "3/9", Approx::Vague, "days");
        let c = one(
            "It started about a month earlier than usual.",
            "about a month",
        );
        check(&c, Kind::Duration, "1", Approx::About, "months");
        let c = one("An hour before her colleagues came.", "An hour");
        check(&c, Kind::Duration, "1", Approx::Exact, "hours");
        assert!(dated("in past years and the following days").is_empty());
        // The week before the narrative's is a period, not a length of time.
        assert!(dated("up from the previous week and the following year").is_empty());
        let c = one(
            "He has been under treatment in recent weeks.",
            "recent weeks",
        );
        check(&c, Kind::Duration, "2/9", Approx::Vague, "weeks");
        let c = one("Prices rose in recent years.", "recent years");
        check(&c, Kind::Duration, "2/9", Approx::Vague, "years");
        assert!(dated("the most recent day of trading").is_empty());
        // With "the", a unit after "next" or "last" is a span, not a date from the day of writing.
        let c = one(
            "In 1971 he won, and the next year he lost.",
            "the next year",
        );
        check(&c, Kind::Duration, "1", Approx::Exact, "years");
        let c = one(
            "deaths were reported in the last week, and",
            "the last week",
        );
        check(&c, Kind::Duration, "1", Approx::Exact, "weeks");
    }

    #[test]
    fn publication_dates_as_manifests_write_them() {
        assert_eq!(
            reference_of("2013-03-22").map(|d| d.to_string()).as_deref(),
            Some("2013-03-22")
        );
        assert_eq!(
            reference_of("2013-03").map(|d| d.to_string()).as_deref(),
            Some("2013-03-01")
        );
        assert_eq!(
            reference_of(" 2013 ").map(|d| d.to_string()).as_deref(),
            Some("2013-01-01")
        );
        for bad in ["", "Kenny Coyle", "2013-3-22", "2013-02-30", "22/03/2013"] {
            assert_eq!(reference_of(bad), None, "{bad}");
        }
    }
}
