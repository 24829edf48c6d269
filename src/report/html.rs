//! `index.html`: one self-contained page to read, project in a classroom, or print.
//!
//! It holds the alignment table (a row per topic, a column per source), the quotes of each
//! topic side by side with the claim's words and value marked, the timeline of dated claims,
//! and what no claim covers. Everything is inline (styles, a few lines of script, the SVG), so
//! the page opens from disk with no network. The verdict is always written as a word and a
//! symbol next to its colour. The script only adds a verdict filter: with scripts off, the
//! page shows everything. All source text is escaped.

use std::fmt::Write;

use super::escape::{anchor, html as esc, is_web_url, one_line};
use super::present::{
    SourceIndex, VERDICTS, claims_in_order, context_after, context_before, group_digits,
    interval_phrase, value_phrase, value_span, verdict_meaning, verdict_name, verdict_symbol,
};
use super::timeline;
use crate::check::findings::{ClaimView, Topic};
use crate::check::{Analysis, Verdict};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("filter.js");

pub fn render(analysis: &Analysis) -> String {
    let sources = SourceIndex::new(analysis);
    let mut out = String::with_capacity(64 * 1024);
    let s = &analysis.summary;
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light\">\n\
         <meta name=\"generator\" content=\"crosscheck\">\n\
         <title>Where {} sources agree and conflict</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        s.sources
    );
    header(&mut out, analysis);
    out.push_str("<main>\n");
    source_list(&mut out, analysis);
    table(&mut out, analysis, &sources);
    comparisons(&mut out, analysis, &sources);
    internal_conflicts(&mut out, analysis, &sources);
    timeline_section(&mut out, analysis);
    single_source(&mut out, analysis, &sources);
    coverage(&mut out, analysis, &sources);
    problems(&mut out, analysis);
    out.push_str("</main>\n");
    footer(&mut out, analysis);
    let _ = write!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn badge(verdict: Verdict) -> String {
    format!(
        "<span class=\"badge {}\"><span aria-hidden=\"true\">{}</span> {}</span>",
        verdict.as_str(),
        verdict_symbol(verdict),
        verdict_name(verdict)
    )
}

fn count_of(analysis: &Analysis, verdict: Verdict) -> usize {
    analysis
        .topics
        .iter()
        .filter(|t| t.verdict == verdict)
        .count()
}

fn header(out: &mut String, analysis: &Analysis) {
    let s = &analysis.summary;
    let _ = writeln!(
        out,
        "<header class=\"top\">\n<p class=\"eyebrow\">crosscheck report</p>\n\
         <h1>Where the sources agree and where they conflict</h1>\n\
         <p class=\"lede\">{} sources, {} claims, {} topics, compared claim by claim. Each value \
         is read as the range its wording allows; a conflict means the sources cannot all be \
         right, not which one is.</p>",
        s.sources, s.claims, s.topics
    );
    out.push_str("<ul class=\"totals\">\n");
    for verdict in VERDICTS {
        let _ = writeln!(
            out,
            "<li class=\"{}\"><strong>{}</strong> {}<br><small>{}</small></li>",
            verdict.as_str(),
            count_of(analysis, verdict),
            badge(verdict),
            esc(verdict_meaning(verdict))
        );
    }
    let _ = writeln!(
        out,
        "<li class=\"conflict\"><strong>{}</strong> <span class=\"badge conflict\">\
         <span aria-hidden=\"true\">≠</span> Internal</span><br><small>one source contradicts \
         itself</small></li>\n</ul>",
        s.internal_conflicts
    );
    out.push_str(
        "<nav aria-label=\"Sections\"><a href=\"#sources\">Sources</a> · \
         <a href=\"#table\">Alignment table</a> · <a href=\"#compare\">Side by side</a> · \
         <a href=\"#timeline\">Timeline</a> · <a href=\"#single\">Single-source claims</a> · \
         <a href=\"#coverage\">Coverage</a></nav>\n</header>\n",
    );
}

fn source_list(out: &mut String, analysis: &Analysis) {
    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for s in &analysis.sources {
        let title = if s.title.is_empty() { &s.id } else { &s.title };
        let mut details = Vec::new();
        for part in [&s.author, &s.publisher, &s.published] {
            if !part.trim().is_empty() {
                details.push(esc(&one_line(part)));
            }
        }
        if s.role == crate::sources::Role::Reference {
            details.push("reference record".to_string());
        }
        if !s.series.is_empty() {
            details.push(format!("series {}", esc(&s.series)));
        }
        details.push(format!(
            "{} {}",
            s.claims,
            if s.claims == 1 { "claim" } else { "claims" }
        ));
        let link = if s.url.trim().is_empty() {
            String::new()
        } else if is_web_url(&s.url) {
            format!(
                " <a class=\"url\" href=\"{url}\">{url}</a>",
                url = esc(s.url.trim())
            )
        } else {
            // Anything but a web address (`javascript:`, a local path) is shown, never linked.
            format!(" <span class=\"url\">{}</span>", esc(&one_line(&s.url)))
        };
        let _ = writeln!(
            out,
            "<li><code>{}</code> <cite>{}</cite> <span class=\"meta\">{}</span>{link}</li>",
            esc(&s.id),
            esc(&one_line(title)),
            details.join(" · ")
        );
    }
    out.push_str("</ol>\n</section>\n");
}

fn table(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    let singles = count_of(analysis, Verdict::Single);
    let elsewhere = if singles > 0 {
        format!(
            " The {singles} {} only one source speaks to {} listed under \
             <a href=\"#single\">What only one source says</a>.",
            if singles == 1 { "topic" } else { "topics" },
            if singles == 1 { "is" } else { "are" }
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<section id=\"table\">\n<h2>Alignment table</h2>\n<p class=\"hint\">One row per \
         topic that two or more sources speak to, one column per source: what each source \
         says. Topic numbers lead to the quotes.{elsewhere}</p>"
    );
    filter(out, analysis);
    if analysis.topics.len() == singles {
        out.push_str("<p>No topic is answered by two or more sources yet.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table class=\"align\">\n<thead><tr><th scope=\"col\">#</th>\
         <th scope=\"col\">Topic</th><th scope=\"col\">Verdict</th>",
    );
    for s in &analysis.sources {
        let _ = write!(
            out,
            "<th scope=\"col\" title=\"{}\">{}</th>",
            esc(&one_line(sources.name(&s.id))),
            esc(&s.id)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, topic) in analysis.topics.iter().enumerate() {
        if topic.verdict == Verdict::Single {
            continue;
        }
        let _ = write!(
            out,
            "<tr class=\"{v}\" data-verdict=\"{v}\"><td class=\"num\">{n}</td><th scope=\"row\">\
             <a href=\"#{a}\">{label}</a></th><td>{badge}{accepted}</td>",
            v = topic.verdict.as_str(),
            n = i + 1,
            a = esc(&anchor(&topic.key)),
            label = esc(&one_line(&topic.label)),
            badge = badge(topic.verdict),
            accepted = if topic.accepted.is_some() {
                " <span class=\"accepted-tag\">accepted</span>"
            } else {
                ""
            },
        );
        for s in &analysis.sources {
            let values = cell_values(
                claims_in_order(topic, sources)
                    .into_iter()
                    .filter(|c| c.source == s.id)
                    .map(value_phrase),
            );
            if values.is_empty() {
                out.push_str(
                    "<td class=\"none\"><span aria-hidden=\"true\">–</span><span \
                     class=\"sr-only\">no claim</span></td>",
                );
            } else {
                let _ = write!(out, "<td class=\"value\">{}</td>", values.join("<br>"));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// A source's values for one topic, escaped, with a value it repeats written once and counted
/// ("1973 ×4").
fn cell_values(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut counted: Vec<(String, usize)> = Vec::new();
    for value in values {
        match counted.iter_mut().find(|(v, _)| *v == value) {
            Some((_, n)) => *n += 1,
            None => counted.push((value, 1)),
        }
    }
    counted
        .into_iter()
        .map(|(v, n)| {
            if n > 1 {
                format!("{} <span class=\"times\">×{n}</span>", esc(&v))
            } else {
                esc(&v)
            }
        })
        .collect()
}

fn filter(out: &mut String, analysis: &Analysis) {
    // Hidden until the script runs: without scripts there is nothing to filter, and everything
    // is shown.
    out.push_str(
        "<form id=\"filter\" class=\"filter\" hidden>\n<fieldset><legend>Show topics</legend>\n",
    );
    for verdict in VERDICTS {
        let _ = writeln!(
            out,
            "<label class=\"{v}\"><input type=\"checkbox\" name=\"verdict\" value=\"{v}\" checked> \
             {badge} <span class=\"count\">{n}</span></label>",
            v = verdict.as_str(),
            badge = badge(verdict),
            n = count_of(analysis, verdict)
        );
    }
    out.push_str("</fieldset>\n</form>\n");
}

fn comparisons(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    out.push_str(
        "<section id=\"compare\">\n<h2>Side by side</h2>\n<p class=\"hint\">Each topic that \
         two or more sources speak to, conflicts first. The claim's words are \
         <mark>highlighted</mark> in their sentence, and the value is in <mark><b>bold</b></mark>.</p>\n",
    );
    let mut any = false;
    for (i, topic) in analysis.topics.iter().enumerate() {
        if topic.verdict == Verdict::Single {
            continue;
        }
        any = true;
        topic_card(out, i + 1, topic, sources);
    }
    if !any {
        out.push_str("<p>No topic is answered by more than one source.</p>\n");
    }
    out.push_str("</section>\n");
}

fn topic_card(out: &mut String, number: usize, topic: &Topic, sources: &SourceIndex) {
    let v = topic.verdict.as_str();
    let _ = writeln!(
        out,
        "<article class=\"topic {v}\" id=\"{}\" data-verdict=\"{v}\">\n<header><span \
         class=\"num\">{number}</span><h3>{}</h3>{}</header>",
        esc(&anchor(&topic.key)),
        esc(&one_line(&topic.label)),
        badge(topic.verdict)
    );
    let unit = if topic.unit.is_empty() {
        String::new()
    } else {
        format!(" · {}", esc(&topic.unit))
    };
    let _ = writeln!(
        out,
        "<p class=\"key\"><code>{}</code> · {}{unit} · {} independent {}</p>",
        esc(&topic.key),
        topic.kind,
        topic.independent_sources,
        if topic.independent_sources == 1 {
            "source"
        } else {
            "sources"
        }
    );
    if !topic.reasoning.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"reasoning\"><b>Why:</b> {}</p>",
            esc(&topic.reasoning)
        );
    }
    if let Some(reason) = &topic.accepted {
        let _ = writeln!(
            out,
            "<p class=\"accepted\"><b>Reviewed and accepted:</b> {}</p>",
            esc(reason)
        );
    }
    out.push_str("<div class=\"quotes\">\n");
    for claim in claims_in_order(topic, sources) {
        quote_figure(out, claim, sources);
    }
    out.push_str("</div>\n</article>\n");
}

fn quote_figure(out: &mut String, claim: &ClaimView, sources: &SourceIndex) {
    let interval = interval_phrase(claim);
    let allows = if interval.is_empty() {
        String::new()
    } else {
        format!(" <span class=\"interval\">allows {}</span>", esc(&interval))
    };
    let _ = writeln!(
        out,
        "<figure class=\"quote\" id=\"claim-{}\"><figcaption><span class=\"value\">{}</span>\
         {allows}<br><cite>{}</cite> <span class=\"line\">line {}</span> <code \
         class=\"claim-id\">{}</code></figcaption>\n<blockquote>{}</blockquote></figure>",
        esc(&one_line(&claim.id).replace(' ', "_")),
        esc(&value_phrase(claim)),
        esc(&one_line(sources.name(&claim.source))),
        claim.line,
        esc(&claim.id),
        quote_in_context(claim),
    );
}

/// The quote in `<mark>`, with its value in `<b>`.
fn marked_quote(claim: &ClaimView) -> String {
    let quote = claim.quote.as_str();
    let inner = match value_span(claim) {
        Some(span) => format!(
            "{}<b>{}</b>{}",
            esc(&quote[..span.start]),
            esc(&quote[span.clone()]),
            esc(&quote[span.end..])
        ),
        None => esc(quote),
    };
    format!("<mark>{inner}</mark>")
}

/// Words of context kept on each side of a quote: enough to read the claim in its sentence,
/// short enough that the quotes of a topic stay comparable side by side.
const CONTEXT_CHARS: usize = 120;

/// The sentence around the claim with the quote marked; just the quote when the context is
/// missing or does not contain it.
fn quote_in_context(claim: &ClaimView) -> String {
    let quote = claim.quote.as_str();
    let marked = marked_quote(claim);
    match claim.context.find(quote).filter(|_| !quote.is_empty()) {
        Some(at) => format!(
            "{}{marked}{}",
            esc(&context_before(&claim.context[..at], CONTEXT_CHARS)),
            esc(&context_after(
                &claim.context[at + quote.len()..],
                CONTEXT_CHARS
            ))
        ),
        None => marked,
    }
}

fn internal_conflicts(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    if analysis.internal_conflicts.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"internal\">\n<h2>Internal conflicts</h2>\n<p class=\"hint\">A source \
         that contradicts itself on one topic.</p>\n",
    );
    for internal in &analysis.internal_conflicts {
        let topic = analysis.topics.iter().find(|t| t.key == internal.topic);
        let label = topic.map(|t| t.label.as_str()).unwrap_or(&internal.topic);
        let _ = writeln!(
            out,
            "<article class=\"topic conflict internal\">\n<header><h3>{} <span \
             class=\"in\">in</span> <cite>{}</cite></h3><span class=\"badge conflict\">\
             <span aria-hidden=\"true\">≠</span> Internal conflict</span></header>",
            esc(&one_line(label)),
            esc(&one_line(sources.name(&internal.source)))
        );
        if !internal.reasoning.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"reasoning\"><b>Why:</b> {}</p>",
                esc(&internal.reasoning)
            );
        }
        out.push_str("<div class=\"quotes\">\n");
        if let Some(topic) = topic {
            for claim in claims_in_order(topic, sources)
                .into_iter()
                .filter(|c| internal.claims.contains(&c.id))
            {
                quote_figure(out, claim, sources);
            }
        }
        out.push_str("</div>\n</article>\n");
    }
    out.push_str("</section>\n");
}

fn timeline_section(out: &mut String, analysis: &Analysis) {
    out.push_str("<section id=\"timeline\">\n<h2>Timeline of dated claims</h2>\n");
    match timeline::render(analysis) {
        Some(svg) => {
            out.push_str(
                "<p class=\"hint\">One lane per source. Each bar spans the dates the wording \
                 allows; a dot is a single day. Claims of a topic in conflict are red and joined \
                 by a dashed line; the number is the topic's row in the table.</p>\n\
                 <figure class=\"chart\">\n",
            );
            out.push_str(&svg);
            out.push_str("</figure>\n");
        }
        None => out.push_str("<p>No claim is dated.</p>\n"),
    }
    out.push_str("</section>\n");
}

fn single_source(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    out.push_str("<section id=\"single\">\n<h2>What only one source says</h2>\n");
    let singles: Vec<(usize, &Topic)> = analysis
        .topics
        .iter()
        .enumerate()
        .filter(|(_, t)| t.verdict == Verdict::Single)
        .map(|(i, t)| (i + 1, t))
        .collect();
    if singles.is_empty() {
        out.push_str("<p>Every topic is answered by at least two sources.</p>\n</section>\n");
        return;
    }
    out.push_str(
        "<p class=\"hint\">Not a sign of error: no other source speaks to these questions.</p>\n\
         <div class=\"scroll\"><table class=\"singles\">\n<thead><tr><th scope=\"col\">#</th>\
         <th scope=\"col\">Topic</th><th scope=\"col\">Source</th><th scope=\"col\">Value</th>\
         <th scope=\"col\">Quote</th></tr></thead>\n<tbody>\n",
    );
    for (number, topic) in singles {
        // The first row of a topic is its link target.
        let mut id = format!(" id=\"{}\"", esc(&anchor(&topic.key)));
        for claim in claims_in_order(topic, sources) {
            let _ = writeln!(
                out,
                "<tr{id} data-verdict=\"single\"><td class=\"num\">{number}</td><td>{}</td>\
                 <td><cite>{}</cite><br><span class=\"line\">line {}</span></td>\
                 <td class=\"value\">{}</td><td class=\"q\">{}</td></tr>",
                esc(&one_line(&topic.label)),
                esc(&one_line(sources.name(&claim.source))),
                claim.line,
                esc(&value_phrase(claim)),
                marked_quote(claim)
            );
            id.clear();
        }
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn coverage(out: &mut String, analysis: &Analysis, sources: &SourceIndex) {
    out.push_str("<section id=\"coverage\">\n<h2>Coverage</h2>\n");
    if analysis.uncovered.is_empty() {
        out.push_str(
            "<p>No uncovered figures were found: every number and date found in the sources \
             is covered by a claim.</p>\n</section>\n",
        );
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"hint\">{} figures in the sources that no claim covers; they were not \
         compared.</p>\n<div class=\"scroll\"><table class=\"coverage\">\n<thead><tr><th \
         scope=\"col\">Source</th><th scope=\"col\">Line</th><th scope=\"col\">Text</th></tr>\
         </thead>\n<tbody>",
        group_digits(&analysis.uncovered.len().to_string())
    );
    for u in &analysis.uncovered {
        let _ = writeln!(
            out,
            "<tr><td><cite>{}</cite></td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&one_line(sources.name(&u.source))),
            u.line,
            esc(&one_line(&u.text))
        );
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn problems(out: &mut String, analysis: &Analysis) {
    if analysis.problems.is_empty() {
        return;
    }
    out.push_str("<section id=\"problems\">\n<h2>Problems with the claims</h2>\n<ul>\n");
    for p in &analysis.problems {
        let severity = match p.severity {
            crate::check::Severity::Error => "error",
            crate::check::Severity::Warning => "warning",
        };
        let _ = writeln!(
            out,
            "<li><b>{severity}</b> <code>{}:{}</code> {}. <span class=\"fix\">To fix: {}</span></li>",
            esc(&p.file),
            p.line,
            esc(&p.message),
            esc(&p.fix)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn footer(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(
        out,
        "<footer>\n<h2>How to cite</h2>\n<p>Quote the sources themselves, by title and line, as \
         shown under each quote. To cite the comparison: “Where the sources agree and conflict: \
         {} sources, {} claims”, generated with crosscheck from <code>claims.csv</code>, which \
         holds each quote's exact position in its source.</p>\n</footer>",
        analysis.summary.sources, analysis.summary.claims
    );
}
