//! Hedges and vague magnitudes: the words that widen or open the interval a figure allows.
//!
//! "about/around/some/roughly/nearly/almost N" widen it; "more than/over N" and "at least N"
//! open it upwards; "fewer than/under N" and "up to N" bound it from above. Vague magnitudes
//! ("tens of thousands", "hundreds of", "dozens", "a few") carry their own interval, and
//! proportions in words ("more than half", "the majority", "a third") are read as percentages.

use super::scan::{Lex, Para, Rel, W};
use crate::claims::{Approx, Interval};

/// Read a hedge at token `i`: its meaning and the token after it.
pub fn hedge(p: Para, i: usize) -> Option<(Approx, usize)> {
    let w = |k: usize, x: W| p.is_w(i + k, x);
    // "would cost $1.2 trillion over 10 years", "grew 3% over five years": right after a
    // figure, "over" a span of time is the time it is spread over, not "more than".
    // So too after the noun the figure qualifies: "a 12 percent pay rise over two years".
    if matches!(p.lex(i), Lex::W(W::Over)) && i >= 1 {
        let figure = |k: usize| {
            p.is_number(k)
                || p.is_punct(k, '%')
                || matches!(
                    p.lex(k),
                    Lex::Scale(_) | Lex::Currency(_) | Lex::W(W::Percent | W::Cent)
                )
        };
        let after_figure = figure(i - 1)
            || (2..=3).any(|back| {
                i > back
                    && figure(i - back)
                    && (i - back + 1..i)
                        .all(|k| p.is_word(k) && p.lowercase(k) && p.lex(k) == Lex::Other)
            });
        let spans_time = (i + 2..i + 4).any(|k| {
            matches!(
                p.lex(k),
                Lex::Dur(_) | Lex::W(W::Decade | W::Decades | W::Century | W::Centuries)
            )
        });
        if after_figure && spans_time {
            return None;
        }
    }
    // "~5 km", "≈28.9 s", "∼ 300": the signs of "about".
    if matches!(p.class(i), Some(super::scan::Class::Punct('~' | '∼' | '≈'))) {
        return (p.is_number(i + 1)
            || matches!(p.class(i + 1), Some(super::scan::Class::Punct(c)) if super::scan::is_currency_sign(c)))
        .then_some((Approx::About, i + 1));
    }
    let found = match p.lex(i) {
        Lex::W(W::About | W::Around | W::Roughly | W::Approximately | W::Nearly | W::Almost) => {
            (Approx::About, 1)
        }
        Lex::W(W::Circa | W::Some | W::Estimated) => (Approx::About, 1),
        // "perhaps 6,000 Frenchmen", "barely two years": a figure given as a guess.
        Lex::W(W::Perhaps)
            if p.is_number(i + 1) || matches!(p.lex(i + 1), Lex::Card(_) | Lex::W(W::A)) =>
        {
            (Approx::About, 1)
        }
        Lex::W(W::A) if w(1, W::Estimated) => (Approx::About, 2),
        Lex::W(W::Close) if w(1, W::To) => (Approx::About, 2),
        Lex::W(W::As) if (w(1, W::Many) || w(1, W::Much)) && w(2, W::As) => (Approx::About, 3),
        Lex::W(W::More) if w(1, W::Than) => (Approx::MoreThan, 2),
        Lex::W(W::Over | W::Above) => (Approx::MoreThan, 1),
        Lex::W(W::Well | W::Just) if w(1, W::Over) || w(1, W::Above) => (Approx::MoreThan, 2),
        Lex::W(W::Just) if w(1, W::Under) || w(1, W::Below) => (Approx::LessThan, 2),
        Lex::W(W::Upwards) if w(1, W::Of) => (Approx::MoreThan, 2),
        Lex::W(W::In) if w(1, W::Excess) && w(2, W::Of) => (Approx::MoreThan, 3),
        Lex::W(W::At) if w(1, W::Least) => (Approx::AtLeast, 2),
        Lex::W(W::At) if w(1, W::Most) => (Approx::AtMost, 2),
        Lex::W(W::No) if (w(1, W::Fewer) || w(1, W::Less)) && w(2, W::Than) => (Approx::AtLeast, 3),
        // "not less than 260", "not more than 40": the negation turns the bound around.
        Lex::W(W::Not) if (w(1, W::Fewer) || w(1, W::Less)) && w(2, W::Than) => {
            (Approx::AtLeast, 3)
        }
        Lex::W(W::Not) if w(1, W::More) && w(2, W::Than) => (Approx::AtMost, 3),
        Lex::W(W::No) if w(1, W::More) && w(2, W::Than) => (Approx::AtMost, 3),
        Lex::W(W::Fewer | W::Less) if w(1, W::Than) => (Approx::LessThan, 2),
        Lex::W(W::Under | W::Below) => (Approx::LessThan, 1),
        // "rose up to 3.9%", "edged up to": the level a change reached, no bound.
        Lex::W(W::Up)
            if w(1, W::To)
                && !(i >= 1
                    && p.is_word(i - 1)
                    && is_change(&p.str(i - 1).to_ascii_lowercase())) =>
        {
            (Approx::AtMost, 2)
        }
        Lex::W(W::Within) => (Approx::AtMost, 1),
        _ => return None,
    };
    Some((found.0, i + found.1))
}

/// A vague magnitude read at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct Vague {
    pub low: f64,
    pub high: f64,
    /// The token after the magnitude (and after "of" when it follows).
    pub next: usize,
}

/// "tens of thousands", "hundreds of thousands", "hundreds", "thousands of", "dozens",
/// "several hundred", "a few thousand", "a few".
pub fn vague(p: Para, i: usize) -> Option<Vague> {
    let of = |k: usize| if p.is_w(k, W::Of) { k + 1 } else { k };
    let range = |e: i32, low: f64| {
        let unit = 10f64.powi(e);
        (low * unit, unit * 10.0 - 1.0)
    };
    // A plural magnitude alone ("hundreds of", "thousands", "tens of thousands", "dozens") is
    // read as one to ten of its unit, both ends included: a vague word should clash only with a
    // figure of another order of magnitude, not with "150" against "hundreds" or "100,000"
    // against "tens of thousands", which writers say of each other.
    let order = |e: i32| {
        let unit = 10f64.powi(e);
        (unit, unit * 10.0)
    };
    let (low, high, next) = match p.lex(i) {
        // "tens of thousands", "tens of millions"
        Lex::W(W::Tens) if p.is_w(i + 1, W::Of) => match p.lex(i + 2) {
            Lex::Scales(e) => {
                let (low, high) = order(e + 1);
                (low, high, of(i + 3))
            }
            _ => return None,
        },
        Lex::Scales(e) => {
            // "hundreds of thousands"
            if p.is_w(i + 1, W::Of)
                && let Lex::Scales(f) = p.lex(i + 2)
                && f > e
            {
                let (low, high) = order(e + f);
                (low, high, of(i + 3))
            } else {
                let (low, high) = order(e);
                (low, high, of(i + 1))
            }
        }
        Lex::W(W::Dozens) => (12.0, 120.0, of(i + 1)),
        // "scores of barges": a score is twenty; "test scores" are not a magnitude.
        Lex::W(W::Scores) if p.is_w(i + 1, W::Of) => (40.0, 99.0, i + 2),
        Lex::W(W::Several) => match p.lex(i + 1) {
            Lex::Scale(e) => {
                let (low, high) = range(e, 3.0);
                (low, high, of(i + 2))
            }
            Lex::W(W::Dozen) => (36.0, 144.0, of(i + 2)),
            // "several days": a vague span of time.
            Lex::Dur(_) => (3.0, 9.0, i + 1),
            // "several small parties", "several times": the caller wants a counted noun.
            Lex::Other | Lex::W(W::Times) if p.is_word(i + 1) && p.lowercase(i + 1) => {
                (3.0, 9.0, i + 1)
            }
            _ => return None,
        },
        Lex::W(W::A) if p.is_w(i + 1, W::Few) => match p.lex(i + 2) {
            Lex::Scale(e) => {
                let (low, high) = range(e, 2.0);
                (low, high, of(i + 3))
            }
            _ => (2.0, 9.0, i + 2),
        },
        _ => return None,
    };
    Some(Vague { low, high, next })
}

/// A proportion in words, as a percentage interval.
#[derive(Debug, Clone, PartialEq)]
pub struct Proportion {
    pub value: f64,
    pub approx: Approx,
    pub interval: Interval,
    pub next: usize,
}

/// "half", "a third", "two thirds", "a quarter", "the majority", "the vast majority".
/// `approx` is the hedge already read before it, if any.
pub fn proportion(p: Para, i: usize, approx: Approx) -> Option<Proportion> {
    // "the majority", "a majority", "the vast majority", "an absolute majority"
    let mut k = i;
    if p.is_w(k, W::The) || p.is_w(k, W::A) {
        k += 1;
    }
    if p.is_w(k, W::Vast) || p.is_w(k, W::Absolute) || p.is_w(k, W::Overwhelming) {
        k += 1;
    }
    if p.is_w(k, W::Majority) && k > i {
        return Some(Proportion {
            value: 50.0,
            approx: Approx::MoreThan,
            interval: Interval::new(50.0, 100.0),
            next: k + 1,
        });
    }
    let (fraction, next) = fraction(p, i)?;
    let value = fraction * 100.0;
    let interval = match approx {
        Approx::MoreThan | Approx::AtLeast => Interval::new(value, 100.0),
        Approx::LessThan | Approx::AtMost => Interval::new(0.0, value),
        Approx::About | Approx::Vague => Interval::new(value * 0.9, (value * 1.1).min(100.0)),
        Approx::Exact | Approx::Range => Interval::new(
            (value * 100.0).floor() / 100.0,
            (value * 100.0).ceil() / 100.0,
        ),
    };
    Some(Proportion {
        value,
        approx,
        interval,
        next,
    })
}

/// A fraction in words and the token after it.
fn fraction(p: Para, i: usize) -> Option<(f64, usize)> {
    // A hyphen joins "half" to a word that is not a figure: "half-hearted", "half-way".
    let joined = |k: usize| p.is_dash(k) && p.touching(k);
    // "a third term" ranks; "a third of", "by a third", "a third more" are shares.
    let ranks = |k: usize| p.is_word(k) && p.lowercase(k) && p.lex(k) == Lex::Other;
    match p.lex(i) {
        Lex::W(W::Half) if !joined(i + 1) => {
            // "the second half", "this half", "next half": a half of a season or a year.
            let period = i > 0
                && matches!(
                    p.lex(i - 1),
                    Lex::Ord(_) | Lex::Rel(Rel::This | Rel::Last) | Lex::W(W::Next)
                );
            if p.is_w(i + 1, W::A) || period {
                return None;
            }
            Some((0.5, i + 1))
        }
        Lex::W(W::A) => match p.lex(i + 1) {
            Lex::Ord(3) if !joined(i + 2) && !ranks(i + 2) => Some((1.0 / 3.0, i + 2)),
            Lex::W(W::Quarter) if !joined(i + 2) => Some((0.25, i + 2)),
            // "a fifth of the population", "a tenth of": the part before "of".
            Lex::Ord(d @ 4..=10) if p.is_w(i + 2, W::Of) => Some((1.0 / f64::from(d), i + 2)),
            Lex::W(W::Half) if !joined(i + 2) && !p.is_w(i + 2, W::A) => Some((0.5, i + 2)),
            _ => None,
        },
        // "1 in 5 households", "9 out of 10 dentists": a share written in digits. "in" takes
        // only a numerator of one ("5 in 10 games" may be five goals in ten games).
        _ if p.is_number(i)
            && (p.is_w(i + 1, W::In) || p.word_is(i + 1, "out") && p.is_w(i + 2, W::Of)) =>
        {
            let (n, _) = p.plain_int(i)?;
            let (m, one_only) = if p.is_w(i + 1, W::In) {
                (i + 2, true)
            } else {
                (i + 3, false)
            };
            let (d, _) = p.plain_int(m)?;
            (n >= 1 && d > n && d <= 1000 && (n == 1 || !one_only))
                .then(|| (f64::from(n) / f64::from(d), m + 1))
        }
        Lex::Card(n) if n <= 9 => {
            // "two thirds" or "two-thirds"
            let k = if joined(i + 1) && p.touching(i + 2) {
                i + 2
            } else {
                i + 1
            };
            // "one in five", "one out of three", "two in three": a share of a count.
            let of_count = if p.is_w(k, W::In) {
                Some(k + 1)
            } else if p.word_is(k, "out") && p.is_w(k + 1, W::Of) {
                Some(k + 2)
            } else {
                None
            };
            if let Some(m) = of_count {
                let whole = match p.lex(m) {
                    Lex::Card(d) => Some(d),
                    _ => p.plain_int(m).map(|(d, _)| d).filter(|&d| d <= 1000),
                };
                return match whole {
                    Some(d) if d > n => Some((f64::from(n) / f64::from(d), m + 1)),
                    _ => None,
                };
            }
            match p.lex(k) {
                Lex::Ord(3) if n == 1 => Some((1.0 / 3.0, k + 1)),
                // "one fourth of", "one fifth of".
                Lex::Ord(d @ 4..=10) if n == 1 && p.is_w(k + 1, W::Of) => {
                    Some((1.0 / f64::from(d), k + 1))
                }
                Lex::W(W::Thirds) if n == 2 => Some((2.0 / 3.0, k + 1)),
                Lex::W(W::Quarter) if n == 1 => Some((0.25, k + 1)),
                Lex::W(W::Quarters) if n == 3 => Some((0.75, k + 1)),
                Lex::W(W::Half) if n == 1 => Some((0.5, k + 1)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A verb or noun of change in any of its forms: "rose", "increased", "slowing", "a drop".
pub fn is_change(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "rose", "risen", "fell", "fallen", "grew", "grown", "growth", "went", "gone", "sank",
        "sunk", "swung", "slid", "shrank", "shrunk", "leapt", "cut", "cuts", "cutting", "dove",
        "swelled", "swollen", "upped",
    ];
    const BASES: &[&str] = &[
        "rise",
        "fall",
        "grow",
        "go",
        "slow",
        "climb",
        "jump",
        "drop",
        "increase",
        "decrease",
        "move",
        "shift",
        "swing",
        "surge",
        "soar",
        "plunge",
        "plummet",
        "sink",
        "slip",
        "slide",
        "pick",
        "edge",
        "creep",
        "inch",
        "tick",
        "leap",
        "dip",
        "decline",
        "change",
        "boost",
        "raise",
        "reduce",
        "lower",
        "lift",
        "expand",
        "shrink",
        "narrow",
        "widen",
        "ease",
        "improve",
        "revise",
        "upgrade",
        "downgrade",
        "double",
        "triple",
        "spike",
        "tumble",
        "recover",
        "rebound",
        "extend",
        "bump",
        "hike",
        "trim",
        "slash",
        "swell",
        "dive",
        "crash",
        "gain",
        "lose",
        "shed",
        "add",
        "advance",
        "retreat",
        "slump",
        "soften",
        "strengthen",
        "weaken",
        "accelerate",
        "decelerate",
        "cool",
        "warm",
        "contract",
        "deepen",
    ];
    IRREGULAR.contains(&word) || BASES.iter().any(|base| inflects(word, base))
}

/// Is `word` the verb `base` or one of its regular forms (`-s`, `-ed`, `-ing`, with a final
/// "e" dropped or a final consonant doubled: "easing", "dropped").
fn inflects(word: &str, base: &str) -> bool {
    let Some(rest) = word.strip_prefix(base.trim_end_matches('e')) else {
        return false;
    };
    let stem_e = base.ends_with('e');
    let last = base.as_bytes()[base.len() - 1];
    let rest = rest
        .strip_prefix(char::from(last))
        .filter(|r| !stem_e && matches!(*r, "ed" | "ing"))
        .unwrap_or(rest);
    match rest {
        "" => !stem_e,
        "e" | "es" | "ed" | "ing" if stem_e => true,
        "s" | "es" | "ed" | "ing" => !stem_e,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bounds, check, claims, one};
    use crate::claims::{Approx, Kind};

    #[test]
    fn about_widens() {
        let c = one("Around 40,000 were incarcerated.", "Around 40,000");
        check(&c, Kind::Count, "40000", Approx::About, "");
        let i = c.interval.unwrap();
        assert!(i.low <= 36000.0 && i.high >= 44000.0);
        let c = one("some 40 people", "some 40 people");
        check(&c, Kind::Count, "40", Approx::About, "people");
        let c = one("nearly 3 years", "nearly 3 years");
        check(&c, Kind::Duration, "3", Approx::About, "years");
    }

    #[test]
    fn more_than_and_over_open_upwards() {
        let c = one("involving over 230,000 workers.", "over 230,000 workers");
        check(&c, Kind::Count, "230000", Approx::MoreThan, "workers");
        bounds(&c, 230000.0, f64::INFINITY);
        let c = one("more than 30 companies", "more than 30 companies");
        check(&c, Kind::Count, "30", Approx::MoreThan, "companies");
        let c = one("at least 12 people died", "at least 12 people");
        check(&c, Kind::Count, "12", Approx::AtLeast, "people");
    }

    #[test]
    fn signs_of_about() {
        let c = one("a final time of T≈28.9s which", "≈28.9s");
        assert_eq!((c.approx, c.unit.as_str()), (Approx::About, "seconds"));
        let c = one("it lies ~5 km away", "~5 km");
        assert_eq!(c.approx, Approx::About);
    }

    #[test]
    fn over_a_span_after_a_figure_is_no_hedge() {
        let c = one("it would cost $1.2 trillion over 10 years", "10 years");
        assert_eq!(c.approx, Approx::Exact);
        let c = one("a 12 percent pay rise over two years", "two years");
        check(&c, Kind::Duration, "2", Approx::Exact, "years");
        let c = one("he served over 10 years in prison", "over 10 years");
        assert_eq!(c.approx, Approx::MoreThan);
    }

    #[test]
    fn up_to_after_a_word_of_change_is_the_level_reached() {
        let c = one("unemployment edged up to 3.9% in October", "3.9%");
        assert_eq!(c.approx, Approx::Exact);
        let c = one("growth will slow before picking up to 1.9% in 2027", "1.9%");
        assert_eq!(c.approx, Approx::Exact);
        let c = one("perhaps 6,000 men died", "perhaps 6,000 men");
        assert_eq!(c.approx, Approx::About);
        let c = one("it can hold up to 3.9% of water", "up to 3.9%");
        assert_eq!(c.approx, Approx::AtMost);
    }

    #[test]
    fn fewer_than_and_up_to_bound_from_above() {
        let c = one("fewer than 100 votes", "fewer than 100 votes");
        check(&c, Kind::Count, "100", Approx::LessThan, "votes");
        assert_eq!(c.interval.unwrap().low, 0.0);
        let c = one("up to 5,000 people", "up to 5,000 people");
        check(&c, Kind::Count, "5000", Approx::AtMost, "people");
        let c = one("under 20 participants", "under 20 participants");
        assert_eq!(c.approx, Approx::LessThan);
        // "not less than" is at least: 263 dead fits it.
        let c = one(
            "not less than 260 people lost their lives",
            "not less than 260 people",
        );
        check(&c, Kind::Count, "260", Approx::AtLeast, "people");
        let c = one("not more than 40 seats", "not more than 40 seats");
        check(&c, Kind::Count, "40", Approx::AtMost, "seats");
        // "nearly", "almost": about, and not beyond.
        let c = one("nearly 412,000 doses", "nearly 412,000 doses");
        bounds(&c, 370_800.0, 412_000.0);
        let c = one("for almost 38 years", "almost 38 years");
        bounds(&c, 34.2, 38.0);
    }

    #[test]
    fn ranges() {
        let c = one("between 200 and 300 people", "between 200 and 300 people");
        check(&c, Kind::Count, "200/300", Approx::Range, "people");
        let c = one("10-15 percent", "10-15 percent");
        check(&c, Kind::Percent, "10/15", Approx::Range, "percent");
        bounds(&c, 9.5, 15.5);
    }

    #[test]
    fn vague_magnitudes() {
        let c = one("tens of thousands of people", "tens of thousands of people");
        check(&c, Kind::Count, "10000/100000", Approx::Vague, "people");
        bounds(&c, 10000.0, 100000.0);
        let c = one("Hundreds of other militants", "Hundreds of other militants");
        bounds(&c, 100.0, 1000.0);
        assert_eq!(c.unit, "militants");
        let c = one("thousands of activists", "thousands of activists");
        bounds(&c, 1000.0, 10000.0);
        let c = one(
            "hundreds of thousands of head",
            "hundreds of thousands of head",
        );
        bounds(&c, 100000.0, 1000000.0);
        let c = one("dozens of factories", "dozens of factories");
        bounds(&c, 12.0, 120.0);
        // Counted forms keep their own reading: "several hundred" is three hundred or more.
        let c = one("several hundred troops", "several hundred troops");
        bounds(&c, 300.0, 999.0);
        let c = one("several dozen factories", "several dozen factories");
        assert_eq!(c.approx, Approx::Vague);
        let c = one("dozens of factories", "dozens of factories");
        assert_eq!(c.unit, "factories");
    }

    #[test]
    fn proportions() {
        let c = one("won more than half the votes", "more than half");
        check(&c, Kind::Percent, "50", Approx::MoreThan, "percent");
        bounds(&c, 50.0, 100.0);
        let c = one("the majority of deputies", "the majority");
        check(&c, Kind::Percent, "50", Approx::MoreThan, "percent");
        let c = one("about half remained alive", "about half");
        check(&c, Kind::Percent, "50", Approx::About, "percent");
        let c = one("a third of the land", "a third");
        check(&c, Kind::Percent, "33.33", Approx::Exact, "percent");
        let c = one("two thirds of the seats", "two thirds");
        check(&c, Kind::Percent, "66.67", Approx::Exact, "percent");
        let c = one("Nearly two-thirds of the city burned", "Nearly two-thirds");
        check(&c, Kind::Percent, "66.67", Approx::About, "percent");
        assert!(super::super::testing::claims("a half-hearted reform").is_empty());
        let c = one("One out of three Germans have", "One out of three");
        check(&c, Kind::Percent, "33.33", Approx::Exact, "percent");
        let c = one(
            "roughly a fifth of the town's population",
            "roughly a fifth",
        );
        check(&c, Kind::Percent, "20", Approx::About, "percent");
        assert_eq!(
            one("he came a fifth time", "fifth time").kind,
            Kind::Ordinal
        );
        let c = one("Only 1 in 5 households has broadband", "1 in 5");
        check(&c, Kind::Percent, "20", Approx::Exact, "percent");
        let c = one("9 out of 10 dentists agree", "9 out of 10");
        check(&c, Kind::Percent, "90", Approx::Exact, "percent");
        assert!(
            claims("he scored 5 in 10 games")
                .iter()
                .all(|c| c.kind != Kind::Percent)
        );
        let c = one("one in five adults smoke", "one in five");
        check(&c, Kind::Percent, "20", Approx::Exact, "percent");
        let c = one("One fourth of the population", "One fourth");
        check(&c, Kind::Percent, "25", Approx::Exact, "percent");
        // A rank and a half of a season are not shares.
        let c = one("He won a third term.", "third term");
        assert_eq!(c.kind, Kind::Ordinal);
        assert!(
            super::super::testing::claims("sales grew in this half")
                .iter()
                .all(|c| c.kind != Kind::Percent)
        );
        assert!(
            super::super::testing::claims("he won one in 2010")
                .iter()
                .all(|c| c.kind != Kind::Percent)
        );
    }
}
