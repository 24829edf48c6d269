//! `conflicts.csv`: one row per claim in a conflicting topic, for sorting and annotating in a
//! spreadsheet.
//!
//! A topic is listed when sources conflict, or when one source contradicts itself. Every cell
//! goes through [`spreadsheet_cell`], so a quote such as `=HYPERLINK(...)` or `-5 degrees` is
//! shown as text instead of being run as a formula.

use super::escape::{one_line, spreadsheet_cell};
use super::present::{SourceIndex, claims_in_order};
use crate::check::{Analysis, Verdict};

pub const HEADER: [&str; 17] = [
    "topic",
    "verdict",
    "label",
    "claim",
    "source",
    "source_title",
    "value",
    "unit",
    "approx",
    "low",
    "high",
    "quote",
    "line",
    "internal_conflict",
    "reasoning",
    "accepted",
    "accepted_reason",
];

pub fn render(analysis: &Analysis) -> Vec<u8> {
    let sources = SourceIndex::new(analysis);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut write = |cells: &[String]| {
        writer
            .write_record(cells.iter().map(|c| spreadsheet_cell(c)))
            .expect("writing to memory cannot fail");
    };
    write(&HEADER.map(String::from));
    for topic in &analysis.topics {
        let internal: Vec<&str> = analysis
            .internal_conflicts
            .iter()
            .filter(|i| i.topic == topic.key)
            .flat_map(|i| i.claims.iter().map(String::as_str))
            .collect();
        if topic.verdict != Verdict::Conflict && internal.is_empty() {
            continue;
        }
        for claim in claims_in_order(topic, &sources) {
            write(&[
                topic.key.clone(),
                topic.verdict.as_str().to_string(),
                one_line(&topic.label),
                claim.id.clone(),
                claim.source.clone(),
                one_line(sources.name(&claim.source)),
                claim.value.clone(),
                claim.unit.clone(),
                claim.approx.to_string(),
                claim.low.clone(),
                claim.high.clone(),
                one_line(&claim.quote),
                claim.line.to_string(),
                yes_no(internal.contains(&claim.id.as_str())),
                one_line(&topic.reasoning),
                yes_no(topic.accepted.is_some()),
                one_line(topic.accepted.as_deref().unwrap_or("")),
            ]);
        }
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}
