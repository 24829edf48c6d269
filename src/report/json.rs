//! `report.json` and `check --format json`: the whole analysis as one JSON document.

use crate::check::Analysis;

/// Pretty-printed, with a trailing newline; field order is fixed by the types.
pub fn render(analysis: &Analysis) -> String {
    let mut out = serde_json::to_string_pretty(analysis).expect("findings serialise");
    out.push('\n');
    out
}
