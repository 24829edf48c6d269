//! Independence: which sources of a topic really corroborate each other.
//!
//! Two reprints of one wire story agreeing prove nothing more than one of them. The manifest
//! says which sources belong to one `series`; copying it does not say, so it is detected: two
//! claims whose surrounding passages share a long run of words came from one text. Sources
//! linked either way count once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::align::fuzzy::find;
use crate::align::words::tokens;
use crate::claims::Claim;
use crate::sources::Corpus;

/// How many words in a row two passages must share to be taken as copied.
pub const COPIED_RUN: usize = 8;
/// How far around a claim (in bytes) its passage reaches.
const PASSAGE_REACH: usize = 300;

/// What links the sources of a topic.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Independence {
    /// Distinct sources, counting linked ones once.
    pub independent: usize,
    pub sources: usize,
    /// Sources of one series: (series, sources).
    pub series: Vec<(String, Vec<String>)>,
    /// Copied passages: (claim a, claim b, the shared words).
    pub copies: Vec<(String, String, String)>,
}

impl Independence {
    /// Plain words saying why some agreement is not independent, or nothing.
    pub fn explain(&self) -> String {
        let mut parts = Vec::new();
        for (series, sources) in &self.series {
            parts.push(format!(
                "{} belong to one series ({series}) and count as one source",
                sources.join(" and ")
            ));
        }
        for (a, b, words) in &self.copies {
            parts.push(format!(
                "the passages around {a} and {b} share the words \"{words}\": one copies the other, so they do not corroborate each other"
            ));
        }
        parts.join("; ")
    }
}

/// Measure the independence of the sources of `members`.
pub fn independence(members: &[&Claim], corpus: &Corpus) -> Independence {
    let sources: Vec<&str> = members
        .iter()
        .map(|c| c.source.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index: HashMap<&str, usize> = sources.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let mut parent: Vec<usize> = (0..sources.len()).collect();
    let link = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    };

    let mut by_series: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for source in &sources {
        if let Some(meta) = corpus.get(source).map(|s| &s.meta)
            && !meta.series.trim().is_empty()
        {
            by_series
                .entry(meta.series.trim().to_string())
                .or_default()
                .push(source.to_string());
        }
    }
    by_series.retain(|_, members| members.len() > 1);
    for members in by_series.values() {
        for pair in members.windows(2) {
            link(
                &mut parent,
                index[pair[0].as_str()],
                index[pair[1].as_str()],
            );
        }
    }

    // Each run of words is remembered with the first claim that has it; a later claim of
    // another source with the same run copies it (or both copy a third text). One pass, no pairs.
    let mut copies = Vec::new();
    let mut first_with: HashMap<u64, usize> = HashMap::new();
    let mut copied_sources = BTreeSet::new();
    for (i, claim) in members.iter().enumerate() {
        let Some(words) = passage(claim, corpus) else {
            continue;
        };
        for (at, run) in words.windows(COPIED_RUN).enumerate() {
            let h = run_hash(run);
            match first_with.get(&h) {
                None => {
                    first_with.insert(h, i);
                }
                Some(&j) => {
                    let other = members[j];
                    let pair = (other.source.as_str(), claim.source.as_str());
                    if other.source != claim.source && copied_sources.insert(pair) {
                        link(&mut parent, index[pair.0], index[pair.1]);
                        copies.push((
                            other.id.clone(),
                            claim.id.clone(),
                            shown_run(claim, corpus, at),
                        ));
                    }
                }
            }
        }
    }
    let roots: BTreeSet<usize> = (0..sources.len()).map(|i| find(&mut parent, i)).collect();
    Independence {
        independent: roots.len(),
        sources: sources.len(),
        series: by_series.into_iter().collect(),
        copies,
    }
}

/// The byte range around a claim that its passage covers.
fn reach(claim: &Claim, text: &str) -> Option<std::ops::Range<usize>> {
    let span = claim.span.clone().filter(|s| s.end <= text.len())?;
    let mut start = span.start.saturating_sub(PASSAGE_REACH);
    let mut end = (span.end + PASSAGE_REACH).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Some(start..end)
}

/// The words around a claim as hashes of their lower-case letters, for comparing passages
/// (no allocation per word: this runs over every claim of every topic).
fn passage(claim: &Claim, corpus: &Corpus) -> Option<Vec<u64>> {
    let text = &corpus.get(&claim.source)?.text;
    let range = reach(claim, text)?;
    Some(
        tokens(&text[range.clone()], range.start)
            .iter()
            .map(|t| {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for c in t.text.chars().flat_map(char::to_lowercase) {
                    h ^= u64::from(c);
                    h = h.wrapping_mul(0x0000_0100_0000_01b3);
                }
                h
            })
            .collect(),
    )
}

/// The words of the `at`-th run of a claim's passage, for the reader.
fn shown_run(claim: &Claim, corpus: &Corpus, at: usize) -> String {
    let Some(text) = corpus.get(&claim.source).map(|s| &s.text) else {
        return String::new();
    };
    let Some(range) = reach(claim, text) else {
        return String::new();
    };
    tokens(&text[range.clone()], range.start)
        .iter()
        .skip(at)
        .take(COPIED_RUN)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

fn run_hash(run: &[u64]) -> u64 {
    run.iter().fold(0x9e37_79b9_7f4a_7c15, |h, w| {
        (h ^ w).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(17)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimRow;
    use crate::sources::{Source, SourceMeta};

    fn corpus(texts: &[(&str, &str, &str)]) -> Corpus {
        Corpus {
            sources: texts
                .iter()
                .map(|(id, series, text)| {
                    Source::new(
                        SourceMeta {
                            id: id.to_string(),
                            series: series.to_string(),
                            ..SourceMeta::default()
                        },
                        "x.txt".into(),
                        text.to_string(),
                    )
                })
                .collect(),
            ..Corpus::default()
        }
    }

    fn claim(corpus: &Corpus, source: &str, quote: &str) -> Claim {
        let at = corpus.get(source).unwrap().text.find(quote).unwrap();
        ClaimRow {
            id: format!("{source}-1"),
            source: source.into(),
            kind: "count".into(),
            value: "40".into(),
            quote: quote.into(),
            byte_start: at.to_string(),
            byte_end: (at + quote.len()).to_string(),
            status: "auto".into(),
            origin: "extracted".into(),
            ..ClaimRow::default()
        }
        .parse(0)
        .unwrap()
    }

    #[test]
    fn a_long_shared_run_of_words_is_a_copy() {
        let c = corpus(&[
            (
                "a",
                "",
                "Intro. The army seized the palace at noon and held 40 prisoners there.",
            ),
            (
                "b",
                "",
                "Elsewhere: the army seized the palace at noon and held 40 prisoners.",
            ),
            (
                "c",
                "",
                "Soldiers took 40 prisoners in the afternoon, it is said.",
            ),
        ]);
        let claims: Vec<Claim> = ["a", "b", "c"]
            .iter()
            .map(|s| claim(&c, s, "40 prisoners"))
            .collect();
        let refs: Vec<&Claim> = claims.iter().collect();
        let found = independence(&refs, &c);
        assert_eq!(found.sources, 3);
        assert_eq!(found.independent, 2);
        assert_eq!(found.copies.len(), 1);
        assert!(found.explain().contains("one copies the other"));
    }

    #[test]
    fn a_series_counts_once() {
        let c = corpus(&[
            ("a", "wire", "There were 40 strikes."),
            ("b", "wire", "Reports say 40 strikes."),
        ]);
        let claims = [claim(&c, "a", "40 strikes"), claim(&c, "b", "40 strikes")];
        let refs: Vec<&Claim> = claims.iter().collect();
        let found = independence(&refs, &c);
        assert_eq!(found.independent, 1);
        assert!(found.explain().contains("one series (wire)"));
    }
}
