//! The one integration-test binary: a module per feature, sharing the harness in `support`.

mod support;

mod align;
mod cli;
mod judge;
