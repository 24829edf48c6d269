//! Independence: which sources of a topic really corroborate each other.
//!
//! Two reprints of one wire story agreeing prove nothing more than one of them. The manifest
//! says which sources belong to one `series`; copying it does not say, so it is detected: two
//! claims whose surrounding passages share a long run of words came from one text. Sources
//! linked either way count once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::align::fuzzy::find;
use crate::align::words::{fold, tokens};
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

    let mut copies = Vec::new();
    let passages: Vec<Option<Vec<String>>> = members.iter().map(|c| passage(c, corpus)).collect();
    let mut copied_sources = BTreeSet::new();
    for (i, a) in members.iter().enumerate() {
        for (j, b) in members.iter().enumerate().skip(i + 1) {
            if a.source == b.source
                || copied_sources.contains(&(a.source.as_str(), b.source.as_str()))
            {
                continue;
            }
            let (Some(pa), Some(pb)) = (&passages[i], &passages[j]) else {
                continue;
            };
            if let Some(words) = shared_run(pa, pb) {
                copied_sources.insert((a.source.as_str(), b.source.as_str()));
                link(
                    &mut parent,
                    index[a.source.as_str()],
                    index[b.source.as_str()],
                );
                copies.push((a.id.clone(), b.id.clone(), words));
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

/// The words around a claim, lower-cased, for comparing passages.
fn passage(claim: &Claim, corpus: &Corpus) -> Option<Vec<String>> {
    let text = &corpus.get(&claim.source)?.text;
    let span = claim.span.clone().filter(|s| s.end <= text.len())?;
    let mut start = span.start.saturating_sub(PASSAGE_REACH);
    let mut end = (span.end + PASSAGE_REACH).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Some(
        tokens(&text[start..end], start)
            .iter()
            .map(|t| fold(t.text))
            .collect(),
    )
}

/// The first run of [`COPIED_RUN`] words that both passages hold, if any.
fn shared_run(a: &[String], b: &[String]) -> Option<String> {
    if a.len() < COPIED_RUN || b.len() < COPIED_RUN {
        return None;
    }
    let runs: BTreeSet<&[String]> = b.windows(COPIED_RUN).collect();
    a.windows(COPIED_RUN)
        .find(|w| runs.contains(w))
        .map(|w| w.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_long_shared_run_is_a_copy() {
        let a = words("x y the army seized the palace at noon and held it");
        let b = words("z the army seized the palace at noon and held w");
        assert_eq!(
            shared_run(&a, &b).as_deref(),
            Some("the army seized the palace at noon and")
        );
        let c = words("the army took the palace in the afternoon and kept it");
        assert_eq!(shared_run(&a, &c), None);
    }
}
