//! Merging extracted candidates into `claims.csv` without losing anything a person did.
//!
//! The rule is simple so that it can be trusted: rows already in the file are never changed,
//! reordered or removed. A candidate that lands on the same text as an existing row (same
//! source, same kind of value, overlapping span) is that row: it is kept as it is, whatever a
//! person did to it (confirmed, rejected, corrected). Only candidates that match no row are
//! appended, with ids derived from their content so that the same text gets the same id on every
//! run. Rows whose quote can no longer be found are reported, not deleted.

use std::collections::HashSet;
use std::ops::Range;

use crate::claims::{Claim, ClaimRow, ClaimsFile, Dimension, Kind};
use crate::sources::Corpus;

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeOutcome {
    /// Ids of the rows appended.
    pub added: Vec<String>,
    /// Rows that were already there (matched by a candidate or not).
    pub kept: usize,
    /// Ids of rows whose quote is no longer in their source.
    pub missing: Vec<String>,
}

/// Fold `candidates` into `file`, in place.
pub fn merge(file: &mut ClaimsFile, candidates: &[Claim], corpus: &Corpus) -> MergeOutcome {
    let existing: Vec<Located> = file.rows.iter().map(|row| locate(row, corpus)).collect();
    let mut outcome = MergeOutcome {
        kept: file.rows.len(),
        ..MergeOutcome::default()
    };
    for (row, located) in file.rows.iter().zip(&existing) {
        if located.span.is_none()
            && !row.quote.is_empty()
            && corpus.get(row.source.trim()).is_some()
        {
            outcome.missing.push(row.id.clone());
        }
    }
    let mut ids: HashSet<String> = file.rows.iter().map(|r| r.id.trim().to_string()).collect();
    for (index, occurrence) in unmatched(&existing, candidates) {
        let candidate = &candidates[index];
        let mut row = candidate.to_row();
        row.id = unique_id(&stable_id(candidate, occurrence), &mut ids);
        outcome.added.push(row.id.clone());
        file.rows.push(row);
    }
    outcome
}

/// The candidates that no row of `file` covers: what a merge would add. Rejected rows count as
/// covering their text, since a person decided about it.
pub fn uncovered<'c>(
    file: &ClaimsFile,
    candidates: &'c [Claim],
    corpus: &Corpus,
) -> Vec<&'c Claim> {
    let existing: Vec<Located> = file.rows.iter().map(|row| locate(row, corpus)).collect();
    unmatched(&existing, candidates)
        .into_iter()
        .map(|(index, _)| &candidates[index])
        .collect()
}

/// Indexes of the candidates that land on no existing row nor on an earlier candidate, each with
/// the occurrence number of its text (for stable ids).
fn unmatched(existing: &[Located], candidates: &[Claim]) -> Vec<(usize, u32)> {
    let mut occurrence: std::collections::HashMap<(&str, &str, Kind), u32> = Default::default();
    let mut taken: Vec<Located> = Vec::new();
    let mut out = Vec::new();
    for (index, candidate) in candidates.iter().enumerate() {
        let n = occurrence
            .entry((&candidate.source, &candidate.quote, candidate.kind))
            .or_insert(0);
        *n += 1;
        let Some(span) = candidate.span.clone() else {
            continue;
        };
        let here = Located {
            source: candidate.source.clone(),
            dimension: Some(candidate.kind.dimension()),
            span: Some(span),
        };
        if existing
            .iter()
            .chain(&taken)
            .any(|row| row.same_text(&here))
        {
            continue;
        }
        out.push((index, *n));
        taken.push(here);
    }
    out
}

/// Where a row's claim sits in its source, as far as can be told.
struct Located {
    source: String,
    dimension: Option<Dimension>,
    span: Option<Range<usize>>,
}

impl Located {
    fn same_text(&self, other: &Located) -> bool {
        match (&self.span, &other.span) {
            (Some(a), Some(b)) => {
                self.source == other.source
                    && self.dimension == other.dimension
                    && a.start < b.end
                    && b.start < a.end
            }
            _ => false,
        }
    }
}

/// Find a row's quote: at its offsets if they hold it, else on its line, else anywhere.
fn locate(row: &ClaimRow, corpus: &Corpus) -> Located {
    let source = row.source.trim().to_string();
    let dimension = row.kind.parse::<Kind>().ok().map(Kind::dimension);
    let span = corpus
        .get(&source)
        .filter(|_| !row.quote.is_empty())
        .and_then(|s| {
            let text = &s.text;
            let quote = row.quote.as_str();
            let start = row.byte_start.trim().parse::<usize>().ok();
            if let Some(start) = start
                && text.get(start..start + quote.len()) == Some(quote)
            {
                return Some(start..start + quote.len());
            }
            let line = row.line.trim().parse::<u64>().ok();
            let mut found = text.match_indices(quote).map(|(i, _)| i);
            let at = match line {
                Some(line) => text
                    .match_indices(quote)
                    .map(|(i, _)| i)
                    .find(|&i| s.line_of(i) == line)
                    .or_else(|| found.next()),
                None => found.next(),
            };
            at.map(|i| i..i + quote.len())
        });
    Located {
        source,
        dimension,
        span,
    }
}

/// `source-xxxxxxxx`: a hash of what the claim says and which occurrence of that text it is, so
/// that re-running extraction on unchanged text gives the same id.
fn stable_id(claim: &Claim, occurrence: u32) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [
        claim.kind.as_str(),
        "\u{1f}",
        &claim.quote,
        "\u{1f}",
        &occurrence.to_string(),
    ] {
        for byte in part.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{}-{:08x}", claim.source, (hash >> 32) as u32 ^ hash as u32)
}

fn unique_id(base: &str, ids: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while ids.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    ids.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{Approx, Origin, Status, Value};
    use crate::sources::{Source, SourceMeta};
    use std::path::PathBuf;

    const TEXT: &str =
        "In 1970 workers launched 5,295 strikes.\nIn 1958 Allende got 28% of the votes.\n";

    fn corpus() -> Corpus {
        let meta = SourceMeta {
            id: "a".into(),
            file: "a.txt".into(),
            ..SourceMeta::default()
        };
        Corpus {
            dir: PathBuf::new(),
            sources: vec![Source::new(meta, PathBuf::new(), TEXT.into())],
            warnings: vec![],
        }
    }

    fn candidate(quote: &str, kind: Kind, value: &str) -> Claim {
        let start = TEXT.find(quote).unwrap();
        let parsed = Value::parse(kind, value).unwrap();
        Claim {
            id: String::new(),
            source: "a".into(),
            topic: String::new(),
            kind,
            interval: parsed.allowed(kind, Approx::Exact),
            value: parsed,
            value_text: value.into(),
            unit: String::new(),
            approx: Approx::Exact,
            quote: quote.into(),
            line: if start < 40 { 1 } else { 2 },
            span: Some(start..start + quote.len()),
            status: Status::Auto,
            origin: Origin::Extracted,
            note: String::new(),
            row: 0,
        }
    }

    fn candidates() -> Vec<Claim> {
        vec![
            candidate("1970", Kind::Year, "1970"),
            candidate("5,295 strikes", Kind::Count, "5295"),
            candidate("1958", Kind::Year, "1958"),
            candidate("28%", Kind::Percent, "28"),
        ]
    }

    #[test]
    fn a_second_run_changes_nothing() {
        let mut file = ClaimsFile::empty(std::path::Path::new("c.csv"));
        let first = merge(&mut file, &candidates(), &corpus());
        assert_eq!(first.added.len(), 4);
        let before = file.to_csv();
        let second = merge(&mut file, &candidates(), &corpus());
        assert!(second.added.is_empty());
        assert_eq!(second.kept, 4);
        assert_eq!(file.to_csv(), before);
    }

    #[test]
    fn ids_are_stable_across_files() {
        let mut a = ClaimsFile::empty(std::path::Path::new("a.csv"));
        let mut b = ClaimsFile::empty(std::path::Path::new("b.csv"));
        merge(&mut a, &candidates(), &corpus());
        merge(&mut b, &candidates(), &corpus());
        assert_eq!(a.rows, b.rows);
        assert!(a.rows[0].id.starts_with("a-"));
    }

    #[test]
    fn edits_and_rejections_survive() {
        let mut file = ClaimsFile::empty(std::path::Path::new("c.csv"));
        merge(&mut file, &candidates(), &corpus());
        file.rows[1].status = "rejected".into();
        file.rows[2].value = "1957".into();
        file.rows[2].note = "checked against the archive".into();
        file.rows.remove(3);
        let edited = file.rows.clone();
        let outcome = merge(&mut file, &candidates(), &corpus());
        assert_eq!(&file.rows[..3], &edited[..]);
        // The deleted row is proposed again: deleting is not rejecting.
        assert_eq!(outcome.added.len(), 1);
    }

    #[test]
    fn uncovered_lists_what_no_row_covers() {
        let mut file = ClaimsFile::empty(std::path::Path::new("c.csv"));
        merge(&mut file, &candidates(), &corpus());
        file.rows[0].status = "rejected".into();
        file.rows.remove(3);
        let all = candidates();
        let left = uncovered(&file, &all, &corpus());
        assert_eq!(
            left.iter().map(|c| c.quote.as_str()).collect::<Vec<_>>(),
            ["28%"]
        );
    }

    #[test]
    fn a_vanished_quote_is_reported_not_deleted() {
        let mut file = ClaimsFile::empty(std::path::Path::new("c.csv"));
        merge(&mut file, &candidates(), &corpus());
        file.rows[0].quote = "1969".into();
        file.rows[0].byte_start = "3".into();
        let id = file.rows[0].id.clone();
        let outcome = merge(&mut file, &candidates(), &corpus());
        assert_eq!(outcome.missing, [id]);
        assert_eq!(file.rows.len(), 5);
    }
}
