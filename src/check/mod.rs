//! Check: validate the claims, align them into topics, judge each topic.
//!
//! This is the step between the ledger and the reports. It never stops at the first bad row:
//! problems are collected into the [`Analysis`] next to the verdicts, so a person sees all that
//! needs fixing in one pass.

pub mod findings;
pub mod independence;
pub mod judge;
pub mod validate;
pub mod wording;

use rayon::prelude::*;

pub use findings::{Analysis, Problem, Severity, Topic, Verdict};

use crate::align;
use crate::claims::ClaimsFile;
use crate::codebook::Codebook;
use crate::progress::{Progress, Silent};
use crate::sources::Corpus;

/// Run the whole check.
pub fn run(corpus: &Corpus, claims: &ClaimsFile, codebook: &Codebook) -> Analysis {
    run_reporting(corpus, claims, codebook, &Silent)
}

/// [`run`], reporting its stages to `progress`.
pub fn run_reporting(
    corpus: &Corpus,
    claims: &ClaimsFile,
    codebook: &Codebook,
    progress: &dyn Progress,
) -> Analysis {
    progress.stage("validating", 0);
    let validated = validate::validate(claims, corpus, codebook);
    progress.stage("aligning", validated.claims.len() as u64);
    let groups = align::align(&validated.claims, corpus, codebook);
    progress.stage("judging", groups.len() as u64);
    let judged: Vec<_> = groups
        .par_iter()
        .map(|group| {
            let judged = judge::judge(group, &validated.claims, corpus, codebook);
            progress.advance(1);
            judged
        })
        .collect();
    let mut topics = Vec::with_capacity(judged.len());
    let mut internal_conflicts = Vec::new();
    for (topic, internal) in judged {
        topics.push(topic);
        internal_conflicts.extend(internal);
    }
    topics.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.distance.total_cmp(&a.distance))
            .then_with(|| a.key.cmp(&b.key))
    });
    internal_conflicts.sort_by(|a, b| a.topic.cmp(&b.topic).then_with(|| a.source.cmp(&b.source)));
    let mut problems = validated.problems;
    problems.sort_by(|a, b| a.line.cmp(&b.line).then(a.severity.cmp(&b.severity)));

    let sources = corpus
        .sources
        .iter()
        .map(|s| findings::SourceSummary {
            id: s.meta.id.clone(),
            title: s.meta.title.clone(),
            publisher: s.meta.publisher.clone(),
            author: s.meta.author.clone(),
            published: s.meta.published.clone(),
            url: s.meta.url.clone(),
            series: s.meta.series.clone(),
            role: s.meta.role,
            claims: validated
                .claims
                .iter()
                .filter(|c| c.source == s.meta.id)
                .count(),
        })
        .collect();
    let count = |v: Verdict| topics.iter().filter(|t| t.verdict == v).count();
    let summary = findings::Summary {
        sources: corpus.sources.len(),
        claims: validated.claims.len(),
        rejected: validated.rejected,
        topics: topics.len(),
        conflicts: count(Verdict::Conflict),
        accepted_conflicts: topics
            .iter()
            .filter(|t| t.verdict == Verdict::Conflict && t.accepted.is_some())
            .count(),
        compatible: count(Verdict::Compatible),
        agree: count(Verdict::Agree),
        single: count(Verdict::Single),
        internal_conflicts: internal_conflicts.len(),
        errors: problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count(),
        warnings: problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count(),
    };
    Analysis {
        sources,
        topics,
        internal_conflicts,
        problems,
        uncovered: coverage(corpus, claims, codebook, progress),
        summary,
    }
}

/// Figures the extractor finds in the sources that no row of the claims file covers (rejected
/// rows count: a person decided about them), so a reader knows what was not compared.
fn coverage(
    corpus: &Corpus,
    claims: &ClaimsFile,
    codebook: &Codebook,
    progress: &dyn Progress,
) -> Vec<findings::Uncovered> {
    let candidates = crate::extract::extract_reporting(corpus, codebook, progress);
    crate::extract::merge::uncovered(claims, &candidates, corpus)
        .into_iter()
        .map(|claim| findings::Uncovered {
            source: claim.source.clone(),
            line: claim.line,
            text: claim.quote.clone(),
        })
        .collect()
}
