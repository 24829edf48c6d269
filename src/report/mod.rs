//! Reporters: each renders an [`Analysis`] for one audience (DESIGN §6).
//!
//! Every renderer is a pure function from findings to bytes, deterministic byte for byte, so
//! reports can be committed and snapshot-tested.

pub mod json;
pub mod text;

use crate::check::Analysis;
use crate::sources::Corpus;

/// The files of `reports/`, by name, in the order they are written.
pub fn render_all(analysis: &Analysis, _corpus: &Corpus) -> Vec<(&'static str, Vec<u8>)> {
    vec![("report.json", json::render(analysis).into_bytes())]
}
