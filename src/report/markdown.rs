//! `discrepancies.md`: the findings written for a reader who will quote them in an essay or a
//! lesson, readable without the tool.
//!
//! Conflicts come first, each with the exact words of every side, the source and line, and the
//! reasoning; then sources that contradict themselves; then the topics where the sources fit
//! together; then what only one source says; then what no claim covers; then the sources, and
//! how to cite. Source text is escaped so it reads as written.

use std::fmt::Write;

use super::escape::markdown as md;
use super::escape::{is_web_url, one_line};
use super::present::{
    SourceIndex, VERDICTS, claims_in_order, interval_phrase, value_phrase, verdict_meaning,
    verdict_name, verdict_symbol,
};
use crate::check::findings::{ClaimView, Topic};
use crate::check::{Analysis, Verdict};

pub fn render(analysis: &Analysis) -> String {
    let sources = SourceIndex::new(analysis);
    let mut out = String::new();
    overview(&mut out, analysis);
    for verdict in [Verdict::Conflict, Verdict::Compatible, Verdict::Agree] {
        let topics: Vec<(usize, &Topic)> = numbered(analysis)
            .filter(|(_, t)| t.verdict == verdict)
            .collect();
        if verdict == Verdict::Conflict {
            section_conflicts(&mut out, &topics, &sources);
            internal_conflicts(&mut out, analysis, &sources);
        } else {
            section_fitting(&mut out, verdict, &topics, &sources);
        }
    }
    single_source(&mut out, analysis, &sources);
    coverage(&mut out, analysis, &sources);
    problems(&mut out, analysis);
    source_list(&mut out, analysis);
    citation(&mut out, analysis);
    out
}

/// Topics with the number every report gives them (their place in the analysis, from 1).
fn numbered(analysis: &Analysis) -> impl Iterator<Item = (usize, &Topic)> {
    analysis.topics.iter().enumerate().map(|(i, t)| (i + 1, t))
}

fn overview(out: &mut String, analysis: &Analysis) {
    let s = &analysis.summary;
    let _ = writeln!(out, "# Where the sources agree and conflict\n");
    let _ = writeln!(
        out,
        "{} {} compared claim by claim: {} {} on {} {}.\n",
        s.sources,
        plural(s.sources, "source", "sources"),
        s.claims,
        plural(s.claims, "claim", "claims"),
        s.topics,
        plural(s.topics, "topic", "topics"),
    );
    let accepted = if s.accepted_conflicts > 0 {
        format!(" ({} reviewed and accepted)", s.accepted_conflicts)
    } else {
        String::new()
    };
    let _ = writeln!(out, "| Verdict | Topics | Meaning |\n|---|---:|---|");
    for verdict in VERDICTS {
        let count = match verdict {
            Verdict::Conflict => format!("{}{accepted}", s.conflicts),
            Verdict::Compatible => s.compatible.to_string(),
            Verdict::Agree => s.agree.to_string(),
            Verdict::Single => s.single.to_string(),
        };
        let _ = writeln!(
            out,
            "| {} {} | {count} | {} |",
            verdict_symbol(verdict),
            verdict_name(verdict),
            verdict_meaning(verdict)
        );
    }
    let _ = writeln!(
        out,
        "| ≠ Internal conflict | {} | one source contradicts itself |\n",
        s.internal_conflicts
    );
    let _ = writeln!(
        out,
        "Each value is read as the range its wording allows (\"about 40,000\", \"more than \
         half\", \"September 1970\"). A conflict says the sources cannot all be right; it does \
         not say which one is.\n"
    );
}

fn section_conflicts(out: &mut String, topics: &[(usize, &Topic)], sources: &SourceIndex) {
    let _ = writeln!(out, "## Conflicts\n");
    if topics.is_empty() {
        let _ = writeln!(out, "No two sources contradict each other.\n");
        return;
    }
    for (number, topic) in topics {
        topic_block(out, *number, topic, sources);
    }
}

fn section_fitting(
    out: &mut String,
    verdict: Verdict,
    topics: &[(usize, &Topic)],
    sources: &SourceIndex,
) {
    let heading = match verdict {
        Verdict::Compatible => "Compatible: different wording, values that can both hold",
        _ => "Agreement: the same value",
    };
    let _ = writeln!(out, "## {heading}\n");
    if topics.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    for (number, topic) in topics {
        topic_block(out, *number, topic, sources);
    }
}

fn topic_block(out: &mut String, number: usize, topic: &Topic, sources: &SourceIndex) {
    let _ = writeln!(out, "### {number}. {}\n", md(&topic.label));
    let mut facts = vec![
        format!(
            "{} {}",
            verdict_symbol(topic.verdict),
            verdict_name(topic.verdict)
        ),
        format!("topic `{}`", one_line(&topic.key).replace('`', "'")),
        topic.kind.to_string(),
    ];
    if !topic.unit.is_empty() {
        facts.push(md(&topic.unit));
    }
    facts.push(format!(
        "{} independent {}",
        topic.independent_sources,
        plural(topic.independent_sources, "source", "sources")
    ));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if let Some(reason) = &topic.accepted {
        let _ = writeln!(out, "**Reviewed and accepted:** {}\n", md(reason));
    }
    if !topic.reasoning.trim().is_empty() {
        let _ = writeln!(out, "**Why:** {}\n", md(&topic.reasoning));
    }
    for claim in claims_in_order(topic, sources) {
        claim_item(out, claim, sources);
    }
    out.push('\n');
}

fn claim_item(out: &mut String, claim: &ClaimView, sources: &SourceIndex) {
    let interval = interval_phrase(claim);
    let allows = if interval.is_empty() {
        String::new()
    } else {
        format!(", allows {}", md(&interval))
    };
    let _ = writeln!(
        out,
        "- *{}*, line {}: “{}” — {}{allows}",
        md(sources.name(&claim.source)),
        claim.line,
        md(&claim.quote),
        md(&value_phrase(claim)),
    );
    // A bare figure ("1933") cannot be quoted without its sentence: give it.
    if let Some(at) = claim.context.find(&claim.quote)
        && claim.quote.chars().count() < 40
        && claim.context.len() > claim.quote.len()
    {
        let (head, tail) = (
            &claim.context[..at],
            &claim.context[at + claim.quote.len()..],
        );
        let space = |yes: bool| if yes { " " } else { "" };
        let before = super::present::context_before(head, 100);
        let after = super::present::context_after(tail, 100);
        let _ = writeln!(
            out,
            "  in context: “{}{}**{}**{}{}”",
            md(before.trim()),
            space(head.ends_with(char::is_whitespace)),
            md(&claim.quote),
            space(tail.starts_with(char::is_whitespace)),
            md(after.trim())
        );
    }
}

fn internal_conflicts(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    let _ = writeln!(
        out,
        "## Internal conflicts: a source that contradicts itself\n"
    );
    if analysis.internal_conflicts.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    for internal in &analysis.internal_conflicts {
        let topic = analysis.topics.iter().find(|t| t.key == internal.topic);
        let label = topic.map(|t| t.label.as_str()).unwrap_or(&internal.topic);
        let _ = writeln!(
            out,
            "### {} in *{}*\n",
            md(label),
            md(sources.name(&internal.source))
        );
        if !internal.reasoning.trim().is_empty() {
            let _ = writeln!(out, "**Why:** {}\n", md(&internal.reasoning));
        }
        let claims = topic
            .map(|t| claims_in_order(t, sources))
            .unwrap_or_default();
        for claim in claims
            .into_iter()
            .filter(|c| internal.claims.contains(&c.id))
        {
            claim_item(out, claim, sources);
        }
        out.push('\n');
    }
}

fn single_source(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    let _ = writeln!(out, "## What only one source says\n");
    let singles: Vec<(usize, &Topic)> = numbered(analysis)
        .filter(|(_, t)| t.verdict == Verdict::Single)
        .collect();
    if singles.is_empty() {
        let _ = writeln!(
            out,
            "None: every topic is answered by at least two sources.\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "Not a sign of error: no other source speaks to these questions.\n"
    );
    let _ = writeln!(
        out,
        "| # | Topic | Source | Line | Value | Quote |\n|---:|---|---|---:|---|---|"
    );
    for (number, topic) in singles {
        for claim in claims_in_order(topic, sources) {
            let _ = writeln!(
                out,
                "| {number} | {} | {} | {} | {} | “{}” |",
                md(&topic.label),
                md(sources.name(&claim.source)),
                claim.line,
                md(&value_phrase(claim)),
                md(&claim.quote)
            );
        }
    }
    out.push('\n');
}

fn coverage(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    let _ = writeln!(out, "## Coverage: figures no claim covers\n");
    if analysis.uncovered.is_empty() {
        let _ = writeln!(
            out,
            "No uncovered figures were found: every number and date found in the sources is \
             covered by a claim.\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "{} {} in the sources that no claim covers; they were not compared. Add a claim for \
         any that matter.\n",
        analysis.uncovered.len(),
        plural(analysis.uncovered.len(), "figure appears", "figures appear")
    );
    let _ = writeln!(out, "| Source | Line | Text |\n|---|---:|---|");
    for u in &analysis.uncovered {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(sources.name(&u.source)),
            u.line,
            md(&u.text)
        );
    }
    out.push('\n');
}

fn problems(out: &mut String, analysis: &Analysis) {
    if analysis.problems.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Problems with the claims\n");
    for p in &analysis.problems {
        let severity = match p.severity {
            crate::check::Severity::Error => "error",
            crate::check::Severity::Warning => "warning",
        };
        let claim = p
            .claim
            .as_ref()
            .map(|c| format!(" (claim `{}`)", c.replace('`', "'")))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{severity}** {}, line {}{claim}: {}. To fix: {}",
            md(&p.file),
            p.line,
            md(&p.message),
            md(&p.fix)
        );
    }
    out.push('\n');
}

fn source_list(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "## Sources\n");
    let _ = writeln!(
        out,
        "| Id | Title | Publisher | Author | Published | URL | Claims |\n|---|---|---|---|---|---|---:|"
    );
    for s in &analysis.sources {
        let mut id = md(&s.id);
        if s.role == crate::sources::Role::Reference {
            id.push_str(" (reference)");
        }
        if !s.series.is_empty() {
            let _ = write!(id, " (series {})", md(&s.series));
        }
        let url = if is_web_url(&s.url) {
            format!("<{}>", s.url.trim().replace('|', "%7C"))
        } else {
            md(&s.url)
        };
        let _ = writeln!(
            out,
            "| {id} | {} | {} | {} | {} | {url} | {} |",
            md(&s.title),
            md(&s.publisher),
            md(&s.author),
            md(&s.published),
            s.claims
        );
    }
    out.push('\n');
}

fn citation(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "## How to cite this report\n");
    let _ = writeln!(
        out,
        "Quote the sources themselves, by title and line, as listed above. To cite the \
         comparison: “Where the sources agree and conflict: {} sources, {} claims”, generated \
         with crosscheck from `claims.csv`; the claims file holds each quote's exact position, \
         so every line of this report can be checked against its source.",
        analysis.summary.sources, analysis.summary.claims
    );
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
