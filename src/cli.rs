//! The command line: arguments parsed into a validated [`Plan`] before any work starts.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::codebook::DEFAULT_CODEBOOK;
use crate::error::{Error, Location, Result};

const AFTER_HELP: &str = "\
The pipeline:
  sources/*.txt  --extract-->  claims.csv  --check-->  verdicts  --report-->  reports/

Defaults follow the repository layout (sources/, claims.csv, topics.toml, reports/), so in the
crosscheck repository `crosscheck report` regenerates the bundled Chile 1970-1973 analysis.

A new corpus, with no configuration:
  crosscheck extract --sources my-texts --claims my-claims.csv
  crosscheck check   --sources my-texts --claims my-claims.csv

Exit codes: 0 success; 1 findings, only when asked with --fail-on (or report --check on stale
reports); 2 bad usage or bad input (the message names the file, the line and what to do).";

/// Compare what several sources say, claim by claim, and report where they agree and conflict.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, after_help = AFTER_HELP, term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Print nothing but results and errors (no progress, no summary of extract or report)
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Propose claims: every figure, date and duration in the sources, into claims.csv
    #[command(
        long_about = "\
Propose claims: every figure, date and duration in the sources, plus the qualitative claims the
codebook's cue phrases find, merged into the claims file.

Merging never loses work: rows already in the file are kept exactly as they are (a person's
edits, confirmations and rejections included); new candidates are appended with status `auto`
and ids that stay the same from run to run; rows whose quote is no longer in its source are
listed, not deleted. The file is written atomically.

Cost: linear in the size of the sources; the five bundled articles (115 KB) take milliseconds.",
        after_help = "Example:\n  crosscheck extract --sources sources --claims claims.csv\n  \
then open claims.csv, set status to confirmed or rejected, add manual rows, and run `crosscheck check`."
    )]
    Extract(Inputs),

    /// Validate the claims, align them into topics and judge each topic
    #[command(
        long_about = "\
Validate every claim (its source exists, its quote is at its place, its value parses for its
kind), group the claims that answer the same question into topics, and judge each topic:
agree, compatible (within rounding and hedges), conflict, a source contradicting itself, or a
single source. Prints the verdicts with their reasoning.

Problems in the claims file are all listed at once on stderr, each with its line and column;
errors exit with code 2.",
        after_help = "Examples:\n  crosscheck check\n  crosscheck check --format json > report.json\n  \
crosscheck check --fail-on new-conflict   # in CI: fail on conflicts nobody has reviewed"
    )]
    Check(CheckArgs),

    /// Write the reports (Markdown, JSON, CSV, HTML), or verify that they are up to date
    #[command(
        long_about = "\
Check the claims, then write reports/: discrepancies.md (for readers), report.json (the same
content as check --format json), conflicts.csv (safe to open in a spreadsheet) and index.html
(one self-contained page with the alignment table, the quotes side by side and a timeline).

Output is byte-for-byte deterministic. With --check nothing is written: the command exits 1 if
the reports on disk differ from what it would write, which is how CI keeps them current.",
        after_help = "Examples:\n  crosscheck report\n  crosscheck report --out docs/chile\n  crosscheck report --check   # in CI"
    )]
    Report(ReportArgs),
}

/// Where the inputs are.
#[derive(Debug, Args, Clone)]
pub struct Inputs {
    /// Folder of .txt sources, with an optional sources.csv manifest
    #[arg(long, value_name = "DIR", default_value = "sources")]
    pub sources: PathBuf,

    /// The claims file
    #[arg(long, value_name = "FILE", default_value = "claims.csv")]
    pub claims: PathBuf,

    /// Topics, categories with cue phrases, and accepted conflicts [default: topics.toml if present]
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub inputs: Inputs,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Exit with code 1 when this is found
    #[arg(long, value_enum, value_name = "WHAT")]
    pub fail_on: Option<FailOn>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub inputs: Inputs,

    /// Folder to write the reports into
    #[arg(long, value_name = "DIR", default_value = "reports")]
    pub out: PathBuf,

    /// Write nothing; exit 1 if the reports on disk are not what would be written
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Verdicts and reasoning for a person at a terminal
    Text,
    /// One JSON document, the same as reports/report.json
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any conflict, reviewed or not
    Conflict,
    /// A conflict that no one has accepted in the codebook
    NewConflict,
    /// Any problem in the claims file, warnings included (errors always exit 2)
    Error,
}

/// Validated inputs: paths that exist, and whether the codebook was named by the user.
#[derive(Debug, Clone)]
pub struct InputPlan {
    pub sources: PathBuf,
    pub claims: PathBuf,
    pub codebook: PathBuf,
    pub codebook_explicit: bool,
}

/// What to do, decided before any work starts.
#[derive(Debug, Clone)]
pub enum Plan {
    Extract {
        inputs: InputPlan,
    },
    Check {
        inputs: InputPlan,
        format: Format,
        fail_on: Option<FailOn>,
    },
    Report {
        inputs: InputPlan,
        out: PathBuf,
        check_only: bool,
    },
}

impl Cli {
    pub fn plan(self) -> Result<Plan> {
        Ok(match self.command {
            Command::Extract(inputs) => Plan::Extract {
                inputs: inputs.plan()?,
            },
            Command::Check(args) => Plan::Check {
                inputs: args.inputs.plan()?,
                format: args.format,
                fail_on: args.fail_on,
            },
            Command::Report(args) => {
                let inputs = args.inputs.plan()?;
                if args.out.is_file() {
                    return Err(Error::input(
                        Location::file(&args.out),
                        "--out names a file, but the reports go into a folder",
                        "pass a folder, such as --out reports",
                    ));
                }
                Plan::Report {
                    inputs,
                    out: args.out,
                    check_only: args.check,
                }
            }
        })
    }
}

impl Inputs {
    fn plan(self) -> Result<InputPlan> {
        if !self.sources.is_dir() {
            let what = if self.sources.exists() {
                "this is not a folder"
            } else {
                "the sources folder does not exist"
            };
            return Err(Error::input(
                Location::file(&self.sources),
                what,
                "pass the folder that holds the .txt sources with --sources DIR (default: sources)",
            ));
        }
        if self.claims.is_dir() {
            return Err(Error::input(
                Location::file(&self.claims),
                "the claims path is a folder",
                "pass a file, such as --claims claims.csv",
            ));
        }
        let codebook_explicit = self.codebook.is_some();
        let codebook = self
            .codebook
            .unwrap_or_else(|| PathBuf::from(DEFAULT_CODEBOOK));
        Ok(InputPlan {
            sources: self.sources,
            claims: self.claims,
            codebook,
            codebook_explicit,
        })
    }
}
