//! The terminal view of `check`: a summary, then each topic with its verdict and reasoning, and
//! the problems, rendered like compiler diagnostics.

use std::fmt::Write;

use crate::check::findings::{Problem, Severity};
use crate::check::{Analysis, Verdict};

/// The verdicts, for stdout.
pub fn render(analysis: &Analysis) -> String {
    let s = &analysis.summary;
    let mut out = String::new();
    let rejected = if s.rejected > 0 {
        format!(" ({} rejected, not counted)", s.rejected)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{} sources, {} claims{rejected}, {} topics",
        s.sources, s.claims, s.topics
    );
    let accepted = if s.accepted_conflicts > 0 {
        format!(" ({} accepted)", s.accepted_conflicts)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "conflicts: {}{accepted}, internal conflicts: {}, compatible: {}, agree: {}, single source: {}",
        s.conflicts, s.internal_conflicts, s.compatible, s.agree, s.single
    );
    let _ = writeln!(
        out,
        "problems: {} errors, {} warnings",
        s.errors, s.warnings
    );
    for topic in analysis
        .topics
        .iter()
        .filter(|t| t.verdict != Verdict::Single)
    {
        let verdict = topic.verdict.as_str().to_uppercase();
        if topic.label == topic.key || topic.label.is_empty() {
            let _ = writeln!(out, "\n{verdict} {}", topic.key);
        } else {
            let _ = writeln!(out, "\n{verdict} {} ({})", topic.key, topic.label);
        }
        if let Some(reason) = &topic.accepted {
            let _ = writeln!(out, "  accepted: {reason}");
        }
        if !topic.reasoning.is_empty() {
            let _ = writeln!(out, "  {}", topic.reasoning);
        }
        for claim in &topic.claims {
            let _ = writeln!(
                out,
                "  - {} line {}: \"{}\" [{}]",
                claim.source, claim.line, claim.quote, claim.value
            );
        }
    }
    for internal in &analysis.internal_conflicts {
        let _ = writeln!(
            out,
            "\nINTERNAL CONFLICT {} in {}",
            internal.topic, internal.source
        );
        let _ = writeln!(out, "  {}", internal.reasoning);
    }
    out
}

/// The problems, for stderr.
pub fn render_problems(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems {
        let severity = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let column = p
            .column
            .as_ref()
            .map(|c| format!(" (column {c})"))
            .unwrap_or_default();
        let claim = p
            .claim
            .as_ref()
            .map(|c| format!(" [claim {c}]"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{severity}: {}:{}{column}{claim}: {}",
            p.file, p.line, p.message
        );
        let _ = writeln!(out, "  = help: {}", p.fix);
    }
    out
}
