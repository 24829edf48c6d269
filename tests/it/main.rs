//! The one integration-test binary: a module per feature, sharing the harness in `support`.

mod support;

mod align;
mod bad_input;
mod browser;
mod cli;
mod extract;
mod gold;
mod judge;
mod merge;
mod report;
mod unseen;
