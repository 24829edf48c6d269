//! Extraction: propose every figure, date and duration of every source as a claim (issue 3).
//!
//! Candidates are typed [`Claim`]s with status `auto` and origin `extracted`; [`merge`] folds them
//! into the ledger without touching a person's rows.

pub mod merge;

use crate::claims::Claim;
use crate::codebook::Codebook;
use crate::sources::Corpus;

/// Every candidate claim in the corpus, in source order.
pub fn extract(_corpus: &Corpus, _codebook: &Codebook) -> Vec<Claim> {
    Vec::new()
}
