//! crosscheck compares what several sources say, claim by claim, and reports where they agree
//! and where they conflict.
//!
//! The modules follow the pipeline: [`sources`] are read, [`extract`] proposes [`claims`],
//! [`align`] groups claims into topics, [`check`] validates and judges them, and [`report`]
//! renders the findings. The library never prints; the binary decides what reaches the terminal.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod app;
pub mod check;
pub mod claims;
pub mod cli;
pub mod codebook;
pub mod error;
pub mod extract;
pub mod fsutil;
pub mod progress;
pub mod report;
pub mod sources;

pub use error::{Error, Result};
