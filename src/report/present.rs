//! How findings read to a person, shared by every human-facing report: verdict names and
//! symbols, a claim's value in words, the interval it allows, where its value sits in its quote,
//! and the order claims and sources are shown in.
//!
//! Keeping these in one place makes `discrepancies.md` and `index.html` say the same thing in
//! the same words.

use crate::claims::value::MONTH_NAMES;
use std::collections::BTreeMap;
use std::ops::Range;

use crate::check::findings::{ClaimView, SourceSummary, Topic};
use crate::check::{Analysis, Verdict};
use crate::claims::{Approx, Kind};

/// The verdicts in the order reports list them.
pub const VERDICTS: [Verdict; 4] = [
    Verdict::Conflict,
    Verdict::Compatible,
    Verdict::Agree,
    Verdict::Single,
];

/// The verdict as a heading word.
pub fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "Conflict",
        Verdict::Compatible => "Compatible",
        Verdict::Agree => "Agree",
        Verdict::Single => "Single source",
    }
}

/// A symbol that carries the verdict without colour (for readers who cannot tell the colours
/// apart, and for black-and-white print).
pub fn verdict_symbol(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "≠",
        Verdict::Compatible => "≈",
        Verdict::Agree => "=",
        Verdict::Single => "○",
    }
}

/// What the verdict means, in one sentence for readers who never used the tool.
pub fn verdict_meaning(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => {
            "the sources give values that cannot both be true, or name different categories"
        }
        Verdict::Compatible => {
            "the wording differs (rounding, hedges, precision) but the values can both be true"
        }
        Verdict::Agree => "the sources give the same value",
        Verdict::Single => "only one source speaks to the question",
    }
}

/// Sources by id, and their position in the analysis (the column order of every table).
pub struct SourceIndex<'a> {
    by_id: BTreeMap<&'a str, (usize, &'a SourceSummary)>,
}

impl<'a> SourceIndex<'a> {
    pub fn new(analysis: &'a Analysis) -> Self {
        let by_id = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), (i, s)))
            .collect();
        SourceIndex { by_id }
    }

    /// The title when there is one, else the id.
    pub fn name<'b>(&self, id: &'b str) -> &'b str
    where
        'a: 'b,
    {
        match self.by_id.get(id) {
            Some((_, s)) if !s.title.trim().is_empty() => s.title.as_str(),
            _ => id,
        }
    }

    /// Position in the source list; unknown sources sort last, by id.
    pub fn position(&self, id: &str) -> usize {
        self.by_id.get(id).map(|(i, _)| *i).unwrap_or(usize::MAX)
    }
}

/// A topic's claims in reading order: by source (in source-list order), then by line.
pub fn claims_in_order<'t>(topic: &'t Topic, sources: &SourceIndex) -> Vec<&'t ClaimView> {
    let mut claims: Vec<&ClaimView> = topic.claims.iter().collect();
    claims.sort_by(|a, b| {
        sources
            .position(&a.source)
            .cmp(&sources.position(&b.source))
            .then_with(|| a.source.cmp(&b.source))
            .then(a.line.cmp(&b.line))
            .then_with(|| a.id.cmp(&b.id))
    });
    claims
}

/// A claim's value as a reader says it: `about 40,000 workers`, `36%`, `1967–1973`.
pub fn value_phrase(claim: &ClaimView) -> String {
    let value = match claim.kind {
        Kind::Date | Kind::Year => claim
            .value
            .split('/')
            .map(human_date)
            .collect::<Vec<_>>()
            .join("–"),
        Kind::Category => claim.value.replace('/', "–").replace('_', " "),
        _ => claim
            .value
            .split('/')
            .map(group_digits)
            .collect::<Vec<_>>()
            .join("–"),
    };
    let hedge = match claim.approx {
        Approx::Exact | Approx::Range => "",
        Approx::About => "about ",
        Approx::MoreThan => "more than ",
        Approx::AtLeast => "at least ",
        Approx::LessThan => "less than ",
        Approx::AtMost => "at most ",
        Approx::Vague => "roughly ",
    };
    let unit = claim.unit.trim();
    if unit.is_empty() || claim.kind == Kind::Category {
        format!("{hedge}{value}")
    } else if unit == "percent" || unit == "%" {
        format!("{hedge}{value}%")
    } else if unit == "USD" {
        format!("{hedge}${value}")
    } else {
        format!("{hedge}{value} {unit}")
    }
}

/// `1973-09-11` → `11 September 1973`, `1973-09` → `September 1973`; years, decades and
/// anything else are returned as written.
pub fn human_date(value: &str) -> String {
    let mut parts = value.trim().splitn(3, '-');
    let (Some(year), Some(month)) = (parts.next(), parts.next()) else {
        return value.to_string();
    };
    let day = parts.next();
    let month_name = month
        .parse::<usize>()
        .ok()
        .filter(|m| (1..=12).contains(m))
        .map(|m| MONTH_NAMES[m - 1]);
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match (month_name, day) {
        (Some(name), None) if plain(year) => format!("{} {year}", capitalised(name)),
        (Some(name), Some(d)) if plain(year) && plain(d) => match d.parse::<u32>() {
            Ok(d) => format!("{d} {} {year}", capitalised(name)),
            Err(_) => value.to_string(),
        },
        _ => value.to_string(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The interval the wording allows, in words; empty where the value already says it: for
/// categories, exact values, and unhedged dates (a month allows its days).
pub fn interval_phrase(claim: &ClaimView) -> String {
    let time = matches!(claim.kind, Kind::Date | Kind::Year);
    if time && claim.approx == Approx::Exact {
        return String::new();
    }
    let show = |bound: &str| {
        if time {
            bound.to_string()
        } else {
            group_digits(bound)
        }
    };
    match (claim.low.is_empty(), claim.high.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("{} or more", show(&claim.low)),
        (true, false) => format!("up to {}", show(&claim.high)),
        (false, false) if claim.low == claim.high => String::new(),
        (false, false) => {
            let joiner = if time { " to " } else { "–" };
            format!("{}{joiner}{}", show(&claim.low), show(&claim.high))
        }
    }
}

/// `5295` → `5,295`; anything that is not a plain decimal number is returned as it is.
pub fn group_digits(number: &str) -> String {
    let (sign, rest) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let plain = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| f.bytes().all(|b| b.is_ascii_digit()));
    if !plain || int.len() <= 4 {
        // Four-digit numbers stay ungrouped, as style guides write them (and years look right).
        return number.to_string();
    }
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// The end of `text` (what precedes a quote), at most about `max` characters, cut at a word
/// boundary and marked with an ellipsis when cut. Whitespace runs become single spaces.
pub fn context_before(text: &str, max: usize) -> String {
    let keep_space = text.ends_with(char::is_whitespace);
    let text = super::escape::one_line(text);
    let count = text.chars().count();
    let mut out = if count <= max {
        text
    } else {
        let tail: String = text.chars().skip(count - max).collect();
        match tail.split_once(' ') {
            Some((_, rest)) => format!("… {rest}"),
            None => format!("…{tail}"),
        }
    };
    if keep_space && !out.is_empty() {
        out.push(' ');
    }
    out
}

/// The start of `text` (what follows a quote), at most about `max` characters, cut at a word
/// boundary and marked with an ellipsis when cut.
pub fn context_after(text: &str, max: usize) -> String {
    let lead_space = text.starts_with(char::is_whitespace);
    let text = super::escape::one_line(text);
    let mut out = if text.chars().count() <= max {
        text
    } else {
        let head: String = text.chars().take(max).collect();
        match head.rsplit_once(' ') {
            Some((kept, _)) => format!("{kept} …"),
            None => format!("{head}…"),
        }
    };
    if lead_space && !out.is_empty() {
        out.insert(0, ' ');
    }
    out
}

/// Where, inside its quote, the claim's value is written (byte range into `claim.quote`), so
/// the differing figures can be highlighted. `None` when the wording carries no digits that
/// match (number words, categories): the whole quote is then the evidence.
pub fn value_span(claim: &ClaimView) -> Option<Range<usize>> {
    match claim.kind {
        Kind::Category => None,
        Kind::Date | Kind::Year => date_span(&claim.quote, &claim.value),
        _ => number_span(&claim.quote, &claim.value),
    }
}

/// Runs of digits in `text`, with the separators written inside numbers (`5,295`, `3.88`).
fn numerals(text: &str) -> Vec<(Range<usize>, f64)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len() {
            let b = bytes[end];
            let inner_separator = (b == b',' || b == b'.')
                && end + 1 < bytes.len()
                && bytes[end + 1].is_ascii_digit();
            if b.is_ascii_digit() || inner_separator {
                end += 1;
            } else {
                break;
            }
        }
        let digits: String = text[start..end].chars().filter(|c| *c != ',').collect();
        if let Ok(v) = digits.parse::<f64>() {
            found.push((start..end, v));
        }
        i = end;
    }
    found
}

fn number_span(quote: &str, value: &str) -> Option<Range<usize>> {
    let targets: Vec<f64> = value
        .split('/')
        .filter_map(|v| v.trim().parse::<f64>().ok())
        .collect();
    // "$3.88 billion" is written 3.88 and stored 3880000000: try the usual scale words too.
    let matches = |written: f64| {
        targets.iter().any(|&t| {
            [1.0, 1e3, 1e6, 1e9, 1e12]
                .iter()
                .any(|scale| (written * scale - t).abs() <= t.abs() * 1e-9)
        })
    };
    let hits: Vec<Range<usize>> = numerals(quote)
        .into_iter()
        .filter(|(_, v)| matches(*v))
        .map(|(r, _)| r)
        .collect();
    // A range value ("between 40 and 50") is marked from its first to its last figure.
    let first = hits.first()?.start;
    let last = hits.last()?.end;
    if targets.len() > 1 {
        Some(first..last)
    } else {
        Some(hits[0].clone())
    }
}

/// The written date: its year, and next to it the month name and day when the value has them.
fn date_span(quote: &str, value: &str) -> Option<Range<usize>> {
    let first = value.split('/').next().unwrap_or(value);
    let mut parts = first.split('-');
    let year = parts.next()?.trim_end_matches('s');
    let month: Option<usize> = parts.next().and_then(|m| m.parse().ok());
    let day: Option<u32> = parts.next().and_then(|d| d.parse().ok());
    let numerals = numerals(quote);
    let year_hit = numerals
        .iter()
        .find(|(r, _)| &quote[r.clone()] == year)?
        .0
        .clone();
    let mut span = year_hit.clone();
    // Month and day are only marked when written close to the year ("11 September 1973",
    // "September 11, 1973"), so an unrelated number elsewhere in the quote is left alone.
    let near = |r: &Range<usize>| r.end + 16 >= year_hit.start && r.start <= year_hit.end + 16;
    if let Some(m) = month.filter(|m| (1..=12).contains(m)) {
        let name = MONTH_NAMES[m - 1].to_ascii_lowercase();
        let lower = quote.to_ascii_lowercase();
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&name[..3]) {
            let start = from + pos;
            let mut end = start + 3;
            if lower[end..].starts_with(&name[3..]) {
                end = start + name.len();
            }
            if near(&(start..end)) {
                span = span.start.min(start)..span.end.max(end);
                break;
            }
            from = end;
        }
    }
    if let Some(d) = day {
        if let Some((r, _)) = numerals
            .iter()
            .find(|(r, v)| *v == f64::from(d) && *r != year_hit && near(r))
        {
            span = span.start.min(r.start)..span.end.max(r.end);
        }
    }
    Some(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Status;

    fn claim(kind: Kind, value: &str, unit: &str, approx: Approx, quote: &str) -> ClaimView {
        ClaimView {
            id: "c".into(),
            source: "s".into(),
            kind,
            value: value.into(),
            unit: unit.into(),
            approx,
            low: String::new(),
            high: String::new(),
            quote: quote.into(),
            line: 1,
            byte_start: None,
            byte_end: None,
            status: Status::Auto,
            context: String::new(),
        }
    }

    fn marked(c: &ClaimView) -> Option<&str> {
        value_span(c).map(|r| &c.quote[r])
    }

    #[test]
    fn values_read_as_people_write_them() {
        let c = claim(Kind::Count, "40000", "workers", Approx::About, "");
        assert_eq!(value_phrase(&c), "about 40,000 workers");
        let c = claim(Kind::Percent, "36", "percent", Approx::Exact, "");
        assert_eq!(value_phrase(&c), "36%");
        let c = claim(Kind::Year, "1967/1973", "", Approx::Range, "");
        assert_eq!(value_phrase(&c), "1967–1973");
        let c = claim(Kind::Date, "1973-09-11", "", Approx::Exact, "");
        assert_eq!(value_phrase(&c), "11 September 1973");
        let c = claim(Kind::Date, "1972-04/1972-07", "", Approx::Range, "");
        assert_eq!(value_phrase(&c), "April 1972–July 1972");
        assert_eq!(human_date("1970s"), "1970s");
        assert_eq!(group_digits("3880000000"), "3,880,000,000");
        assert_eq!(group_digits("1973"), "1973");
        assert_eq!(group_digits("12345.5"), "12,345.5");
        assert_eq!(group_digits("n/a"), "n/a");
    }

    #[test]
    fn intervals_read_as_words() {
        let mut c = claim(Kind::Percent, "36", "percent", Approx::Exact, "");
        c.low = "35.5".into();
        c.high = "36.5".into();
        assert_eq!(interval_phrase(&c), "35.5–36.5");
        c.high.clear();
        assert_eq!(interval_phrase(&c), "35.5 or more");
        c.high = "35.5".into();
        assert_eq!(interval_phrase(&c), "", "an exact value needs no interval");
        let mut d = claim(Kind::Date, "1973-09", "", Approx::About, "");
        d.low = "1973-08-01".into();
        d.high = "1973-10-31".into();
        assert_eq!(interval_phrase(&d), "1973-08-01 to 1973-10-31");
        d.approx = Approx::Exact;
        assert_eq!(
            interval_phrase(&d),
            "",
            "September 1973 says its own interval"
        );
    }

    #[test]
    fn context_is_cut_at_words() {
        assert_eq!(
            context_before("The fire broke out on ", 100),
            "The fire broke out on "
        );
        assert_eq!(context_before("The fire broke out on ", 12), "… out on ");
        assert_eq!(
            context_after(" in a bakery on Quay Street.", 100),
            " in a bakery on Quay Street."
        );
        assert_eq!(
            context_after(" in a bakery on Quay Street.", 12),
            " in a bakery …"
        );
        assert_eq!(context_after(",\n  and more", 100), ", and more");
    }

    #[test]
    fn the_value_is_found_in_its_quote() {
        let c = claim(
            Kind::Count,
            "5295",
            "strikes",
            Approx::Exact,
            "5,295 strikes involving 316,280 workers",
        );
        assert_eq!(marked(&c), Some("5,295"));
        let c = claim(
            Kind::Money,
            "3880000000",
            "USD",
            Approx::Exact,
            "a debt of $3.88 billion",
        );
        assert_eq!(marked(&c), Some("3.88"));
        let c = claim(
            Kind::Date,
            "1973-09-11",
            "",
            Approx::Exact,
            "on 11 September 1973, aged 65",
        );
        assert_eq!(marked(&c), Some("11 September 1973"));
        let c = claim(
            Kind::Date,
            "1972-06",
            "",
            Approx::Exact,
            "in June 1972 there were 12 strikes",
        );
        assert_eq!(marked(&c), Some("June 1972"));
        let c = claim(
            Kind::Count,
            "40/50",
            "",
            Approx::Range,
            "between 40 and 50 ships",
        );
        assert_eq!(marked(&c), Some("40 and 50"));
        let c = claim(
            Kind::Duration,
            "15",
            "years",
            Approx::Exact,
            "a decade and a half",
        );
        assert_eq!(marked(&c), None);
    }
}
