//! Extraction: propose every figure, date and duration of every source as a claim (issue 3).
//!
//! Each source is read once, paragraph by paragraph (`paragraphs`: a line, or hard-wrapped
//! lines joined). A paragraph is cut into tokens (`scan`); at each token that can start one,
//! the date parser (`dates`) and then the figure parser (`figures`: hedge, number, unit) try
//! to read a claim, as the interval its wording allows. Codebook cue phrases give qualitative
//! claims (`categories`). Page furniture found by `boilerplate` is skipped. Sources are read
//! in parallel (rayon); the output is sorted by source and position, so it is the same on every
//! run.
//!
//! Dates relative to the day of writing ("last year", "Friday") are read against the source's
//! publication date (the manifest's `published`, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`); a source
//! without one gets none of them (see `relative`).
//!
//! Candidates are typed [`Claim`]s with status `auto` and origin `extracted`, and an empty id;
//! [`merge`] folds them into the ledger without touching a person's rows.

mod boilerplate;
mod categories;
pub mod changes;
mod dates;
mod durations;
mod figures;
mod hedges;
pub mod merge;
mod numbers;
mod paragraphs;
mod relative;
mod scan;
mod units;

use std::ops::Range;

use rayon::prelude::*;

use crate::claims::{Approx, Claim, Interval, Kind, Origin, Status, Value};
use crate::codebook::Codebook;
use crate::progress::{Progress, Silent};
use crate::sources::Corpus;
use scan::W;

/// Whether a word is a unit of measure or a currency as the extractor reads them ("g", "ft",
/// "km", "tons", "dollars"): a four-digit number before it is an amount, not a year.
/// A number in words, or a part of one joined by hyphens ("fifty-four", "hundred", "dozen"),
/// as the extractor's lexicon reads it.
pub(crate) fn is_number_word(word: &str) -> bool {
    !word.is_empty()
        && word.split('-').all(|part| {
            matches!(
                scan::lookup(part.as_bytes()),
                scan::Lex::Card(_) | scan::Lex::Scale(_) | scan::Lex::W(scan::W::Dozen)
            )
        })
}

pub(crate) fn is_unit_word(word: &str) -> bool {
    matches!(
        scan::lookup(word.as_bytes()),
        scan::Lex::Measure(_) | scan::Lex::Currency(_)
    )
}

/// Whether a word names a month as the extractor reads it ("October", "Oct", "Sept.").
pub(crate) fn is_month_word(word: &str) -> bool {
    matches!(scan::lookup(word.as_bytes()), scan::Lex::Month { .. })
}

/// How to read a text beyond its words.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Options {
    /// The day the text was written: relative dates ("last year", "Friday") count from it, and
    /// "now", "today" and "currently" name it. Without it they are not proposed.
    pub reference: Option<jiff::civil::Date>,
}

/// The reference day of a publication date as a manifest writes it: `2013-03-22`, `2013-03`
/// (its first day), `2013` (its first day); anything else gives none.
pub fn reference_of(published: &str) -> Option<jiff::civil::Date> {
    let s = published.trim();
    let number = |t: &str| -> Option<i16> {
        t.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    let mut parts = s.splitn(3, '-');
    let year: i16 = parts.next().filter(|y| y.len() == 4).and_then(number)?;
    let month: i8 = match parts.next() {
        Some(m) if m.len() == 2 => number(m)? as i8,
        Some(_) => return None,
        None => 1,
    };
    let day: i8 = match parts.next() {
        Some(d) if d.len() == 2 => number(d)? as i8,
        Some(_) => return None,
        None => 1,
    };
    jiff::civil::Date::new(year, month, day).ok()
}

/// Every candidate claim in the corpus, sorted by source id then position.
pub fn extract(corpus: &Corpus, codebook: &Codebook) -> Vec<Claim> {
    extract_reporting(corpus, codebook, &Silent)
}

/// [`extract`], reporting each source read to `progress`.
pub fn extract_reporting(
    corpus: &Corpus,
    codebook: &Codebook,
    progress: &dyn Progress,
) -> Vec<Claim> {
    let cues = categories::Cues::new(codebook);
    progress.stage("extracting", corpus.sources.len() as u64);
    let mut claims: Vec<Claim> = corpus
        .sources
        .par_iter()
        .flat_map_iter(|source| {
            let options = Options {
                reference: reference_of(&source.meta.published),
            };
            let found = extract_with(source.id(), &source.text, &cues, options);
            progress.advance(1);
            found
        })
        .collect();
    // Sources are usually sorted by id already, and each one's claims by position.
    let order = |a: &Claim, b: &Claim| {
        a.source
            .cmp(&b.source)
            .then_with(|| span_key(a).cmp(&span_key(b)))
            .then_with(|| a.kind.cmp(&b.kind))
    };
    if !claims.is_sorted_by(|a, b| order(a, b).is_le()) {
        claims.par_sort_by(order);
    }
    claims
}

/// Every candidate claim in one text, in order of position.
/// The days and months a text writes without a year that none of `spans` (the text's claims,
/// sorted by start) covers: the extractor could not date them. Each as (line, quote), in the
/// order of the text.
pub fn undated_days(text: &str, spans: &[Range<usize>]) -> Vec<(u64, String)> {
    let mut tokens = Vec::new();
    let mut out = Vec::new();
    for range in paragraphs::split(text) {
        let body = &text[range.clone()];
        scan::tokenize(body, &mut tokens);
        let para = scan::Para {
            text: body,
            tokens: &tokens,
        };
        for span in dates::days_without_year(para) {
            let at = range.start + span.start..range.start + span.end;
            // Claims do not nest: the two that start last before the day's end are the only
            // ones that may reach into it.
            let before = spans.partition_point(|s| s.start < at.end);
            let covered = spans[before.saturating_sub(2)..before]
                .iter()
                .any(|s| at.start < s.end);
            if !covered {
                let line = 1 + text[..at.start].matches('\n').count() as u64;
                out.push((line, text[at].to_string()));
            }
        }
    }
    out
}

pub fn extract_text(source_id: &str, text: &str, codebook: &Codebook) -> Vec<Claim> {
    extract_text_with(source_id, text, codebook, Options::default())
}

/// [`extract_text`] with [`Options`]: a reference date for relative dates.
pub fn extract_text_with(
    source_id: &str,
    text: &str,
    codebook: &Codebook,
    options: Options,
) -> Vec<Claim> {
    Extractor::new(codebook).text(source_id, text, options)
}

/// An extractor ready for many texts: the codebook's cue phrases are compiled once, which
/// [`extract_text`] does on every call.
#[derive(Debug, Clone)]
pub struct Extractor {
    cues: categories::Cues,
}

impl Extractor {
    pub fn new(codebook: &Codebook) -> Extractor {
        Extractor {
            cues: categories::Cues::new(codebook),
        }
    }

    /// [`extract_text_with`], with the cue phrases compiled once.
    pub fn text(&self, source_id: &str, text: &str, options: Options) -> Vec<Claim> {
        extract_with(source_id, text, &self.cues, options)
    }
}

fn span_key(claim: &Claim) -> (usize, usize) {
    claim.span.as_ref().map_or((0, 0), |s| (s.start, s.end))
}

fn in_text_order(a: &Claim, b: &Claim) -> std::cmp::Ordering {
    span_key(a).cmp(&span_key(b)).then(a.kind.cmp(&b.kind))
}

/// A claim as a parser reads it, before it becomes a [`Claim`]: offsets are paragraph bytes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub kind: Kind,
    /// The value cell, in the value grammar (`5295`, `1973-09`, `1967/1973`, `suicide`).
    pub value: String,
    pub unit: String,
    pub approx: Approx,
    /// The interval the wording allows; `None` lets the value's own rounding decide.
    pub interval: Option<Interval>,
    pub span: Range<usize>,
    pub note: String,
    pub topic: String,
}

impl Found {
    pub fn new(kind: Kind, value: String, approx: Approx, span: Range<usize>) -> Found {
        Found {
            kind,
            value,
            unit: String::new(),
            approx,
            interval: None,
            span,
            note: String::new(),
            topic: String::new(),
        }
    }

    pub fn unit(mut self, unit: impl Into<String>) -> Found {
        self.unit = unit.into();
        self
    }

    pub fn interval(mut self, interval: Interval) -> Found {
        self.interval = Some(interval);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Found {
        self.note = note.into();
        self
    }
}

fn extract_with(
    source_id: &str,
    text: &str,
    cues: &categories::Cues,
    options: Options,
) -> Vec<Claim> {
    let furniture = boilerplate::Furniture::find(text);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect();
    let mut context = dates::Context::default();
    context.reference = options.reference;
    let mut tokens = Vec::new();
    let mut sightings = Vec::new();
    let mut found = Vec::new();
    let mut claims = Vec::new();
    for range in paragraphs::split(text) {
        if furniture.covers(range.start) {
            context.leave_paragraph();
            continue;
        }
        let body = &text[range.clone()];
        scan::tokenize_watching(body, &mut tokens, cues.watch(), &mut sightings);
        let para = scan::Para {
            text: body,
            tokens: &tokens,
        };
        found.clear();
        read_paragraph(para, &mut context, &mut found);
        cues.scan(para, &sightings, &mut found);
        let first = claims.len();
        for f in found.drain(..) {
            let at = range.start + f.span.start;
            let line = line_starts.partition_point(|&s| s <= at) as u64;
            if let Some(claim) = to_claim(source_id, text, range.start, line, f) {
                claims.push(claim);
            }
        }
        // In the order of the text; paragraphs come in order, so sorting each one's few
        // claims sorts them all without moving every claim of the source.
        claims[first..].sort_by(in_text_order);
        context.leave_paragraph();
    }
    if !claims.is_sorted_by(|a, b| in_text_order(a, b).is_le()) {
        claims.sort_by(in_text_order);
    }
    claims
}

/// Read every claim of one paragraph into `found`.
fn read_paragraph(para: scan::Para, context: &mut dates::Context, found: &mut Vec<Found>) {
    if dates::heading(para, context, found) {
        return;
    }
    // A paragraph that is one bare number is a page number or a label, not a figure.
    if para.len() == 1 && para.is_number(0) {
        return;
    }
    let mut i = 0;
    while i < para.len() {
        if let Some(next) = relative::bare_plural(para, i, found) {
            i = next;
        } else if !may_start(para, i) {
            i += 1;
        } else if let Some(next) = figures::not_a_figure(para, i) {
            i = next;
        } else if let Some(next) = relative::span(para, i, found) {
            i = next;
        } else if let Some(next) = dates::parse(para, i, context, found) {
            i = next;
        } else if let Some(next) = figures::parse(para, i, found) {
            // "four years ago": the figure was a duration, "ago" makes it a date.
            i = match context.reference {
                Some(reference) if relative::ago(para, next, reference, found) => next + 1,
                _ => next,
            };
        } else {
            i += 1;
        }
    }
}

/// A currency code in capitals before an amount: "USD 18 million", "CHF 6.5 million".
fn currency_code(para: scan::Para, i: usize) -> bool {
    let word = para.str(i).as_bytes();
    word != b"US" && word.iter().all(u8::is_ascii_uppercase) && scan::CURRENCY_CODES.contains(&word)
}

/// Can a date or a figure start at token `i`? Most words are in no lexicon: they are passed
/// over without trying every parser.
fn may_start(para: scan::Para, i: usize) -> bool {
    let token = &para.tokens[i];
    match token.class {
        scan::Class::Number => true,
        scan::Class::Word => match token.lex {
            // "US$", "A$", "minus 5", a currency code written onto its amount ("RM23.50"),
            // and multipliers ("sixfold").
            scan::Lex::Other => {
                matches!(
                    para.str(i),
                    "US" | "minus" | "AD" | "CE" | "Q1" | "Q2" | "Q3" | "Q4"
                ) || para.is_number(i + 1) && (para.touching(i + 1) || currency_code(para, i))
                    || para.is_punct(i + 1, '$') && para.touching(i + 1)
                    || para.str(i).ends_with("fold")
                    // "every hour and 36 minutes"
                    || matches!(para.str(i), "every" | "Every")
                        && para.tokens.get(i + 1).is_some_and(|t| {
                            matches!(t.lex, scan::Lex::W(W::Hour) | scan::Lex::Dur(_))
                        })
            }
            // The commonest words ("the", "in", "a") start a figure only with a figure or
            // a word of the lexicon close after them ("the 1920s", "in June", "a third").
            scan::Lex::W(w) if commonest(w) => {
                (i + 1..para.len().min(i + 4)).any(|k| {
                    let next = &para.tokens[k];
                    // Words that only join others ("the end of", "in the") are no sign.
                    let glue = match next.lex {
                        scan::Lex::W(w) => joins_only(w) || commonest(w),
                        _ => false,
                    };
                    next.class == scan::Class::Number || next.lex != scan::Lex::Other && !glue
                })
            }
            // Words that only ever continue a figure ("of", "and", "percent", "years").
            scan::Lex::W(w) => {
                !(joins_only(w)
                    || matches!(
                        w,
                        W::Per
                            | W::Than
                            | W::Until
                            | W::Till
                            | W::Through
                            | W::Since
                            | W::During
                            | W::After
                            | W::Before
                            | W::Later
                            | W::Ago
                            | W::Least
                            | W::Most
                            | W::Much
                            | W::Many
                            | W::Only
                            | W::Percent
                            | W::Percentage
                            | W::Points
                            | W::Cent
                            | W::Old
                            | W::Way
                            | W::Times
                            | W::Time
                            | W::Few
                            | W::Majority
                            | W::Thirds
                            | W::Quarters
                            | W::Century
                            | W::Centuries
                            | W::Decades
                            | W::Hour
                            | W::Excess
                    ))
            }
            scan::Lex::Rel(r) => !matches!(r, scan::Rel::Fiscal | scan::Rel::Earlier),
            scan::Lex::Currency(_) => {
                para.is_number(i + 1) && (para.touching(i + 1) || currency_code(para, i))
            }
            scan::Lex::Dur(_) | scan::Lex::Measure(_) => false,
            _ => true,
        },
        scan::Class::Punct(c) => {
            scan::is_currency_sign(c) || matches!(c, '\'' | '’' | '‘' | '-' | '−' | '~' | '∼' | '≈')
        }
    }
}

/// The commonest words that may start a figure ("the 1920s", "in June", "a third", "at
/// least", "not less than"): most of the time they start none.
fn commonest(w: W) -> bool {
    matches!(w, W::The | W::A | W::In | W::At | W::As | W::From | W::Not)
}

/// Words that only join others ("of", "and", "to"): they continue a figure, never start one.
fn joins_only(w: W) -> bool {
    matches!(w, W::Of | W::And | W::Or | W::To | W::On | W::For | W::By)
}

fn to_claim(source_id: &str, text: &str, start: usize, line: u64, f: Found) -> Option<Claim> {
    let value = Value::parse(f.kind, &f.value);
    debug_assert!(
        value.is_ok(),
        "extracted value '{}' does not parse as {}: {:?}",
        f.value,
        f.kind,
        value
    );
    let value = value.ok()?;
    let interval = match f.kind {
        Kind::Category => None,
        _ => f.interval.or_else(|| value.allowed(f.kind, f.approx)),
    };
    let span = start + f.span.start..start + f.span.end;
    Some(Claim {
        id: String::new(),
        source: source_id.to_string(),
        topic: f.topic,
        kind: f.kind,
        value,
        value_text: f.value,
        unit: f.unit,
        approx: f.approx,
        interval,
        quote: text[span.clone()].to_string(),
        line,
        span: Some(span),
        status: Status::Auto,
        origin: Origin::Extracted,
        note: f.note,
        row: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::testing::claims;
    use super::*;

    #[test]
    fn an_extractor_reused_across_texts_finds_what_each_call_finds() {
        let codebook = Codebook::default();
        let extractor = Extractor::new(&codebook);
        for text in [
            "In 1970 there were 5,295 strikes.",
            "About 40,000 people gathered.",
        ] {
            assert_eq!(
                extractor.text("s", text, Options::default()),
                extract_text("s", text, &codebook)
            );
        }
    }

    /// A text about nothing the tool was written for: every figure in it is found.
    #[test]
    fn an_unseen_text_is_extracted_fully() {
        let text = "The Harbour Bridge\n\n\
The bridge opened on 3 May 1921, after a four-year build. It cost $4.2 million, and about 1,200 \
workers built it; more than 30 percent of them were immigrants. By the 1930s some 15,000 \
vehicles crossed it every day, and in the summer of 1936 traffic rose by 12%.\n\n\
Between 1950 and 1955 the deck was rebuilt. The bridge was closed for 18 months in 1962–1963. \
Tens of thousands of residents protested in March 1970. On 14 June 1971, at 9:30, a crack was \
found; two days later it reopened. A third of the commuters used it, and the majority came \
by tram.\n";
        let got: Vec<(Kind, String, Approx, String)> = claims(text)
            .into_iter()
            .map(|c| (c.kind, c.value_text, c.approx, c.quote))
            .collect();
        let want = [
            (Kind::Date, "1921-05-03", Approx::Exact, "3 May 1921"),
            (Kind::Duration, "4", Approx::Exact, "four-year"),
            (Kind::Money, "4200000", Approx::Exact, "$4.2 million"),
            (Kind::Count, "1200", Approx::About, "about 1,200 workers"),
            (
                Kind::Percent,
                "30",
                Approx::MoreThan,
                "more than 30 percent",
            ),
            (Kind::Year, "1930s", Approx::Exact, "the 1930s"),
            (Kind::Count, "15000", Approx::About, "some 15,000 vehicles"),
            (
                Kind::Date,
                "1936-06/1936-08",
                Approx::Exact,
                "summer of 1936",
            ),
            (Kind::Percent, "12", Approx::Exact, "12%"),
            (
                Kind::Year,
                "1950/1955",
                Approx::Range,
                "Between 1950 and 1955",
            ),
            (Kind::Duration, "18", Approx::Exact, "18 months"),
            (Kind::Year, "1962/1963", Approx::Range, "1962–1963"),
            (
                Kind::Count,
                "10000/100000",
                Approx::Vague,
                "Tens of thousands of residents",
            ),
            (Kind::Date, "1970-03", Approx::Exact, "March 1970"),
            (Kind::Date, "1971-06-14", Approx::Exact, "14 June 1971"),
            (Kind::Date, "1971-06-14T09:30", Approx::Exact, "at 9:30"),
            (Kind::Duration, "2", Approx::Exact, "two days"),
            (Kind::Percent, "33.33", Approx::Exact, "A third"),
            (Kind::Percent, "50", Approx::MoreThan, "the majority"),
        ];
        let want: Vec<(Kind, String, Approx, String)> = want
            .iter()
            .map(|(k, v, a, q)| (*k, v.to_string(), *a, q.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    proptest::proptest! {
        /// Any text, however odd its characters: no panic, and every quote is the text at its
        /// span, on its line.
        #[test]
        fn any_text_gives_well_placed_claims(
            text in "([0-9]{1,5}|[ ,.:;$%’'\n-]|the |about |more than |half |June |Sept |1973|’s|s |é|—|\u{202f}|killed himself |[a-zA-Z]{1,8}){0,40}"
        ) {
            for claim in claims(&text) {
                let span = claim.span.clone().expect("span");
                proptest::prop_assert_eq!(&text[span.clone()], claim.quote.as_str());
                proptest::prop_assert_eq!(text[..span.start].matches('\n').count() as u64 + 1, claim.line);
                proptest::prop_assert!(Value::parse(claim.kind, &claim.value_text).is_ok());
            }
        }
    }

    /// The manifest's publication date dates "last year"; a source without one has no such claim.
    #[test]
    fn relative_dates_count_from_the_published_date() {
        let mut corpus = Corpus::default();
        for (id, published) in [("a", "2013-03-22"), ("b", "")] {
            let meta = crate::sources::SourceMeta {
                id: id.into(),
                file: format!("{id}.txt"),
                published: published.into(),
                ..Default::default()
            };
            corpus.sources.push(crate::sources::Source::new(
                meta,
                format!("{id}.txt").into(),
                "Prices rose last year.".into(),
            ));
        }
        let got: Vec<_> = extract(&corpus, &Codebook::default())
            .into_iter()
            .map(|c| (c.source, c.value_text, c.quote))
            .collect();
        assert_eq!(got, [("a".into(), "2012".into(), "last year".into())]);
    }

    #[test]
    fn a_lone_number_is_page_furniture() {
        assert!(claims("The end.\n\n12\n\nNext chapter.").is_empty());
    }

    #[test]
    fn every_value_parses_back() {
        let text = "In 1970 there were 5,295 strikes, about half of them in June; tens of \
thousands marched between 1967 and 1973, for a decade and a half, in the late 1960s.";
        for claim in claims(text) {
            assert_eq!(
                Value::parse(claim.kind, &claim.value_text).as_ref(),
                Ok(&claim.value),
                "{claim:#?}"
            );
        }
    }

    #[test]
    fn output_is_sorted_and_deterministic() {
        let mut corpus = Corpus::default();
        for (id, text) in [
            ("b", "In 1971 and 1972."),
            ("a", "About 40 people in 1970."),
        ] {
            let meta = crate::sources::SourceMeta {
                id: id.into(),
                file: format!("{id}.txt"),
                ..Default::default()
            };
            corpus.sources.push(crate::sources::Source::new(
                meta,
                format!("{id}.txt").into(),
                text.into(),
            ));
        }
        corpus.sources.sort_by(|x, y| x.meta.id.cmp(&y.meta.id));
        let first = extract(&corpus, &Codebook::default());
        let order: Vec<_> = first
            .iter()
            .map(|c| (c.source.as_str(), c.quote.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                ("a", "About 40 people"),
                ("a", "1970"),
                ("b", "1971"),
                ("b", "1972")
            ]
        );
        assert_eq!(first, extract(&corpus, &Codebook::default()));
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the unit tests of the parsers.
    use super::*;

    /// Extract from `text` with an empty codebook.
    pub fn claims(text: &str) -> Vec<Claim> {
        extract_text("t", text, &Codebook::default())
    }

    /// The one claim whose quote is `quote`.
    pub fn one(text: &str, quote: &str) -> Claim {
        let all = claims(text);
        let matching: Vec<_> = all.iter().filter(|c| c.quote == quote).collect();
        assert_eq!(
            matching.len(),
            1,
            "expected one claim quoting '{quote}' in '{text}', got {all:#?}"
        );
        matching[0].clone()
    }

    /// Assert a claim's kind, value, approx and unit.
    pub fn check(claim: &Claim, kind: Kind, value: &str, approx: Approx, unit: &str) {
        assert_eq!(
            (
                claim.kind,
                claim.value_text.as_str(),
                claim.approx,
                claim.unit.as_str()
            ),
            (kind, value, approx, unit),
            "claim {claim:#?}"
        );
    }

    /// Assert a claim's interval.
    pub fn bounds(claim: &Claim, low: f64, high: f64) {
        let i = claim.interval.expect("interval");
        let close = |a: f64, b: f64| a == b || (a - b).abs() < 1e-6;
        assert!(
            close(i.low, low) && close(i.high, high),
            "interval {i:?}, expected {low}..{high} for {}",
            claim.quote
        );
    }
}
