//! Reporters: each renders an [`Analysis`] for one audience (DESIGN §6).
//!
//! Every renderer is a pure function from findings to bytes, deterministic byte for byte (no
//! clock, no hash-map order), so reports can be committed and snapshot-tested.

pub mod conflicts_csv;
pub mod escape;
pub mod html;
pub mod json;
pub mod markdown;
pub mod present;
pub mod text;
pub mod timeline;

use crate::check::Analysis;
use crate::sources::Corpus;

/// The files of `reports/`, by name, in the order they are written. `timeline.svg` is the
/// timeline of `index.html` on its own, for slides and handouts.
pub fn render_all(analysis: &Analysis, _corpus: &Corpus) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("discrepancies.md", markdown::render(analysis).into_bytes()),
        ("report.json", json::render(analysis).into_bytes()),
        ("conflicts.csv", conflicts_csv::render(analysis)),
        ("index.html", html::render(analysis).into_bytes()),
        ("timeline.svg", timeline::document(analysis).into_bytes()),
    ]
}
