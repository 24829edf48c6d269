//! The `crosscheck` binary: parse, plan, run, print. All the work is in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use crosscheck::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let quiet = cli.quiet;
    let result = cli.plan().and_then(|plan| crosscheck::app::run(&plan));
    match result {
        Ok(outcome) => {
            // A closed pipe (`crosscheck check | head`) is not an error.
            let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
            if !quiet || outcome.code == 2 {
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
