//! Progress of long runs, reported to whoever is watching.
//!
//! The library never prints, so the stages of a run report to a [`Progress`] the caller hands in:
//! the binary draws a bar on a terminal, tests and quiet runs pass [`Silent`].

/// Receives the stages of a run and how far each has got. Called from several threads.
pub trait Progress: Sync {
    /// A new stage begins, with `total` steps (0 when unknown).
    fn stage(&self, _name: &'static str, _total: u64) {}
    /// `steps` more steps of the current stage are done.
    fn advance(&self, _steps: u64) {}
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {}
