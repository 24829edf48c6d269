//! Changes: two figures of one sentence that are the same measure before and after a change
//! ("horsepower jumped from 240 to 273", "volume narrowed to 138,285 lots from 212,577 lots").
//!
//! The extractor proposes each figure of a change as a claim of its own (a reader compares the
//! level after a change with another source's level, and the level before with another's
//! level before); alignment keeps the level a change started from apart (`_before` in its
//! key). This module pairs them again for whoever needs the change as one fact: the benchmark
//! printer, whose public gold (NewsQuant) writes a change as one quantity "240-273".
//!
//! A pair is a change only when a word of change governs it ("rose", "narrowed", "an
//! increase", "up from"); without one, "from X to Y" is a spread that the figure parser has
//! already read as one range ("homes from $750,000 to $1 million").

use crate::claims::{Claim, Kind};

/// The figure a change started from and the figure it reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Index in the claims given to [`changes`] of the level before.
    pub from: usize,
    /// Index of the level after.
    pub to: usize,
}

/// Words that may stand between the two figures of a change besides its "to" or "from": a
/// time or a qualifier of the first figure ("from 20 mpg in 2008 to 29 mpg", "from $36,040 at
/// 10.45pm last night to $34,935", "from 21 mpg combined to 23").
const MAX_GAP_WORDS: usize = 6;

/// How far back from "from" (or "to") a word of change may be, in words of the same clause.
const CHANGE_WINDOW: usize = 6;

/// The changes among `claims`, which are one text's claims with byte spans into `text`, in
/// text order. Each claim is in at most one change.
pub fn changes(text: &str, claims: &[Claim]) -> Vec<Change> {
    let figures: Vec<usize> = (0..claims.len())
        .filter(|&i| is_level(&claims[i]) && claims[i].span.is_some())
        .collect();
    let mut found = Vec::new();
    let mut used = vec![false; claims.len()];
    for (n, &first) in figures.iter().enumerate() {
        if used[first] {
            continue;
        }
        let Some(&second) = figures.get(n + 1) else {
            break;
        };
        let (a, b) = (span(&claims[first]), span(&claims[second]));
        let Some(gap) = text.get(a.end..b.start) else {
            continue;
        };
        let before = text.get(..a.start).unwrap_or_default();
        let pair = if last_word(before).is_some_and(|w| w.eq_ignore_ascii_case("from"))
            && gap_ends_with(gap, "to")
            && governed_by_change(before)
        {
            Some(Change {
                from: first,
                to: second,
            })
        } else if last_word(before).is_some_and(|w| w.eq_ignore_ascii_case("to"))
            && gap.trim().eq_ignore_ascii_case("from")
            && governed_by_change(before)
        {
            Some(Change {
                from: second,
                to: first,
            })
        } else {
            None
        };
        if let Some(change) = pair
            && same_measure(&claims[change.from], &claims[change.to])
        {
            used[first] = true;
            used[second] = true;
            found.push(change);
        }
    }
    found
}

/// A level a change can start from or reach: a number with or without a unit, not a date or
/// a span of time.
fn is_level(claim: &Claim) -> bool {
    matches!(
        claim.kind,
        Kind::Count | Kind::Percent | Kind::Money | Kind::Quantity
    )
}

/// Two figures of one measure: the same kind, and the same unit where both name one; a bare
/// number takes the measure of the other ("from 21 mpg combined to 23").
fn same_measure(from: &Claim, to: &Claim) -> bool {
    let bare = |c: &Claim| c.kind == Kind::Count && c.unit.is_empty();
    (from.kind == to.kind || bare(from) || bare(to))
        && (from.unit.is_empty() || to.unit.is_empty() || from.unit == to.unit)
}

fn span(claim: &Claim) -> std::ops::Range<usize> {
    claim.span.clone().unwrap_or_default()
}

/// Words of a stretch of text, split at spaces and dropping the punctuation around them.
fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

fn last_word(text: &str) -> Option<&str> {
    let tail = text.trim_end();
    // A figure's quote may leave its opening punctuation outside: "from (".
    if tail.ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    words(tail).next_back()
}

/// The text between the two figures is `word`, perhaps after a few words that qualify the
/// first figure, and holds no break between clauses or sentences (a clock time's stop, as in
/// "10.45pm", is not one).
fn gap_ends_with(gap: &str, word: &str) -> bool {
    let stop = gap.match_indices(". ").any(|(i, _)| {
        gap[i + 2..].starts_with(|c: char| c.is_uppercase()) && !abbreviation(&gap[..i])
    });
    if gap.contains([';', '(', ')', ':']) || stop {
        return false;
    }
    let list: Vec<&str> = words(gap).collect();
    list.len() <= MAX_GAP_WORDS + 1 && list.last().is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// "U.S", "Jan": a stop after them need not end a sentence.
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or(before);
    word.len() <= 3 || word.contains('.')
}

/// A word of change stands before the last word of `before` ("from" or "to"), in its clause:
/// "jumped from", "narrowed to", "an increase from", "up from", "slow slightly from". A comma
/// does not end the clause here: "creeping upward, from 20 mpg in 2008 to 29 mpg".
fn governed_by_change(before: &str) -> bool {
    let clause = before
        .rsplit([';', ':', '(', '—', '–'])
        .next()
        .unwrap_or(before);
    let clause = clause.rsplit(". ").next().unwrap_or(clause);
    words(clause)
        .rev()
        .skip(1)
        .take(CHANGE_WINDOW)
        .any(|w| super::hedges::is_change(&w.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extractor, Options};

    fn pairs(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::new(&crate::codebook::Codebook::default());
        let claims = extractor.text("t", text, Options::default());
        changes(text, &claims)
            .into_iter()
            .map(|c| (claims[c.from].quote.clone(), claims[c.to].quote.clone()))
            .collect()
    }

    fn pair(from: &str, to: &str) -> (String, String) {
        (from.to_string(), to.to_string())
    }

    #[test]
    fn a_change_from_one_level_to_another_is_one_pair() {
        assert_eq!(
            pairs("Horsepower jumped from 240 to 273 this year."),
            [pair("240", "273")]
        );
        assert_eq!(
            pairs("Growth is forecast to slow slightly from 4.8 percent to 4.7 percent in 2019."),
            [pair("4.8 percent", "4.7 percent")]
        );
    }

    #[test]
    fn the_level_reached_may_come_first() {
        assert_eq!(
            pairs("Weekly volume narrowed to 138,285 lots from 212,577 lots."),
            [pair("212,577 lots", "138,285 lots")]
        );
    }

    #[test]
    fn a_time_may_stand_between_the_two_levels() {
        assert_eq!(
            pairs(
                "Mileage has been creeping upward, from 20 miles per gallon in 2008 to 29 mpg in 2020."
            ),
            [pair("20 miles per gallon", "29 mpg")]
        );
    }

    #[test]
    fn a_bare_number_takes_the_measure_of_the_other_level() {
        assert_eq!(
            pairs("Fuel economy climbed from 21 mpg combined to 23 for the hybrid."),
            [pair("21 mpg", "23")]
        );
        assert_eq!(
            pairs(
                "The price has dropped since October from $75 U.S. per barrel to $45.88 on Friday."
            ),
            [pair("$75", "$45.88")]
        );
    }

    #[test]
    fn a_spread_is_not_a_change() {
        assert_eq!(pairs("Homes cost from $750,000 to $1 million."), []);
        assert_eq!(pairs("He moved 40 boxes to 12 rooms from the van."), []);
    }

    #[test]
    fn figures_of_different_kinds_are_not_a_change() {
        assert_eq!(pairs("Sales rose from 40 percent to $12 million."), []);
    }
}
