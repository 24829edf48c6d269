//! The `crosscheck` binary: parse, plan, run, print. All the work is in the library.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Duration;

use clap::Parser;
use crosscheck::cli::Cli;
use crosscheck::progress::{Progress, Silent};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = cli.quiet;
    let bar = (!quiet && std::io::stderr().is_terminal()).then(TerminalProgress::new);
    let progress: &dyn Progress = match &bar {
        Some(bar) => bar,
        None => &Silent,
    };
    let result = cli
        .plan()
        .and_then(|plan| crosscheck::app::run(&plan, progress));
    if let Some(bar) = &bar {
        bar.clear();
    }
    match result {
        Ok(outcome) => {
            // A closed pipe (`crosscheck check | head`) is not an error.
            if !(quiet && outcome.summary) {
                let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
            }
            // A failure always says why, quiet or not ("stale: reports/index.html").
            if !quiet || outcome.code != 0 {
                let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
            }
            ExitCode::from(outcome.code)
        }
        Err(error) => {
            let _ = writeln!(
                std::io::stderr(),
                "error: {error}\n  = help: {}",
                error.fix()
            );
            ExitCode::from(2)
        }
    }
}

/// A bar on stderr, shown only on a terminal and only once a run lasts long enough to notice.
struct TerminalProgress {
    bar: Mutex<ProgressBar>,
}

impl TerminalProgress {
    fn new() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
        bar.enable_steady_tick(Duration::from_millis(200));
        TerminalProgress {
            bar: Mutex::new(bar),
        }
    }

    fn clear(&self) {
        if let Ok(bar) = self.bar.lock() {
            bar.finish_and_clear();
        }
    }
}

impl Progress for TerminalProgress {
    fn stage(&self, name: &'static str, total: u64) {
        let Ok(bar) = self.bar.lock() else { return };
        let template = if total > 0 {
            "{spinner} {msg:>10} [{bar:30}] {pos}/{len} ({elapsed})"
        } else {
            "{spinner} {msg:>10} ({elapsed})"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_length(total);
        bar.set_position(0);
        bar.set_message(name);
    }

    fn advance(&self, steps: u64) {
        if let Ok(bar) = self.bar.lock() {
            bar.inc(steps);
        }
    }
}
