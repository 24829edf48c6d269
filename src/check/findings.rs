//! The findings of a check, as typed values that every reporter renders (DESIGN §4-6).
//!
//! Nothing here knows how findings are shown. The text summary, `report.json`,
//! `discrepancies.md`, `conflicts.csv` and `index.html` are all views of one [`Analysis`].

use serde::Serialize;

use crate::claims::{Approx, Kind, Status};

/// Everything `check` learned about a corpus and its claims.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Analysis {
    pub sources: Vec<SourceSummary>,
    /// Every topic, conflicts first, then by how far apart the claims are, then by key.
    pub topics: Vec<Topic>,
    pub internal_conflicts: Vec<InternalConflict>,
    pub problems: Vec<Problem>,
    /// Figures in the sources that no claim covers.
    pub uncovered: Vec<Uncovered>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct SourceSummary {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub author: String,
    pub published: String,
    pub url: String,
    pub series: String,
    pub role: crate::sources::Role,
    pub claims: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Intervals that cannot both hold, or different categories, across sources.
    Conflict,
    /// Different wording whose intervals overlap.
    Compatible,
    /// The same value.
    Agree,
    /// Only one source speaks.
    Single,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

/// A question the sources answer, and how they answer it.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    pub key: String,
    /// The question, or a label made from what the claims are about.
    pub label: String,
    pub kind: Kind,
    pub unit: String,
    pub verdict: Verdict,
    /// Why, in plain words, with the intervals.
    pub reasoning: String,
    /// How far apart the furthest claims are, relative to their size (0 when they overlap);
    /// conflicts are ranked by it.
    pub distance: f64,
    /// Sources that speak to the topic, counting a series as one.
    pub independent_sources: usize,
    /// Set when a person reviewed and accepted the conflict.
    pub accepted: Option<String>,
    /// True when the topic came from the codebook or a person's `topic` cell.
    pub declared: bool,
    pub claims: Vec<ClaimView>,
}

/// A claim as reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    pub id: String,
    pub source: String,
    pub kind: Kind,
    pub value: String,
    pub unit: String,
    pub approx: Approx,
    /// Interval bounds written for readers (dates as YYYY-MM-DD, empty when unbounded).
    pub low: String,
    pub high: String,
    pub quote: String,
    pub line: u64,
    pub byte_start: Option<usize>,
    pub byte_end: Option<usize>,
    pub status: Status,
    /// The sentence around the quote, for readers who want context.
    pub context: String,
}

/// A source that contradicts itself within one topic.
#[derive(Debug, Clone, Serialize)]
pub struct InternalConflict {
    pub topic: String,
    pub source: String,
    pub reasoning: String,
    pub claims: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// Something wrong with a claim or the claims file.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub claim: Option<String>,
    pub file: String,
    /// 1-based line of the claims file.
    pub line: u64,
    pub column: Option<String>,
    pub message: String,
    pub fix: String,
}

/// A figure in a source that no claim covers.
#[derive(Debug, Clone, Serialize)]
pub struct Uncovered {
    pub source: String,
    pub line: u64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub rejected: usize,
    pub topics: usize,
    pub conflicts: usize,
    pub accepted_conflicts: usize,
    pub compatible: usize,
    pub agree: usize,
    pub single: usize,
    pub internal_conflicts: usize,
    pub errors: usize,
    pub warnings: usize,
}
