//! Running a plan: the commands, as functions that return what to print and the exit code.
//!
//! Keeping output as values lets the binary stay thin (it writes and exits) and lets tests
//! see exactly what a user would see.

use crate::check::{self, Analysis, Severity, Verdict};
use crate::claims::ClaimsFile;
use crate::cli::{FailOn, Format, InputPlan, Plan};
use crate::codebook::Codebook;
use crate::error::Result;
use crate::extract;
use crate::progress::Progress;
use crate::report;
use crate::sources::Corpus;

/// What a command produced.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
    /// `stdout` only sums up work whose result is in files (extract, report): `--quiet`
    /// silences it. The output of `check` is its result and is always printed.
    pub summary: bool,
}

/// Run `plan`, reporting the stages of long work to `progress`.
pub fn run(plan: &Plan, progress: &dyn Progress) -> Result<Outcome> {
    match plan {
        Plan::Extract { inputs } => run_extract(inputs, progress),
        Plan::Check {
            inputs,
            format,
            fail_on,
        } => run_check(inputs, *format, *fail_on, progress),
        Plan::Report {
            inputs,
            out,
            check_only,
        } => run_report(inputs, out, *check_only, progress),
    }
}

struct Loaded {
    corpus: Corpus,
    codebook: Codebook,
}

fn load(inputs: &InputPlan) -> Result<Loaded> {
    let corpus = Corpus::load(&inputs.sources)?;
    let codebook = Codebook::load(&inputs.codebook, inputs.codebook_explicit)?;
    Ok(Loaded { corpus, codebook })
}

fn warnings(corpus: &Corpus) -> String {
    corpus
        .warnings
        .iter()
        .map(|w| format!("warning: {w}\n"))
        .collect()
}

fn run_extract(inputs: &InputPlan, progress: &dyn Progress) -> Result<Outcome> {
    let Loaded { corpus, codebook } = load(inputs)?;
    let mut file = ClaimsFile::read_or_empty(&inputs.claims)?;
    let candidates = extract::extract_reporting(&corpus, &codebook, progress);
    let outcome = extract::merge::merge(&mut file, &candidates, &corpus);
    if !outcome.added.is_empty() || !inputs.claims.exists() {
        file.write()?;
    }
    let mut stdout = format!(
        "{}: {} added, {} kept, {} no longer found in their source ({} candidates from {} sources)\n",
        inputs.claims.display(),
        outcome.added.len(),
        outcome.kept,
        outcome.missing.len(),
        candidates.len(),
        corpus.sources.len()
    );
    for id in &outcome.missing {
        stdout.push_str(&format!(
            "  not found: {id} (kept; fix its quote or reject it)\n"
        ));
    }
    Ok(Outcome {
        stdout,
        stderr: warnings(&corpus) + &undated(&corpus, &candidates),
        code: 0,
        summary: true,
    })
}

/// A warning for each source without a publication date whose days or months without a year
/// could not be dated, so were not proposed ("on March 4" in a news story that names no year).
fn undated(corpus: &Corpus, candidates: &[crate::claims::Claim]) -> String {
    // Each source's claim spans, gathered in one pass over the candidates.
    let mut spans: std::collections::HashMap<&str, Vec<std::ops::Range<usize>>> =
        Default::default();
    for claim in candidates {
        if let Some(span) = &claim.span {
            spans.entry(&claim.source).or_default().push(span.clone());
        }
    }
    let mut out = String::new();
    for source in &corpus.sources {
        if extract::reference_of(&source.meta.published).is_some() {
            continue;
        }
        let mut spans = spans.remove(source.meta.id.as_str()).unwrap_or_default();
        spans.sort_by_key(|s| (s.start, s.end));
        let undated = extract::undated_days(&source.text, &spans);
        let Some((line, quote)) = undated.first() else {
            continue;
        };
        let (what, verbs) = match undated.len() {
            1 => (format!("'{quote}'"), ("has", "was", "it")),
            n => (
                format!("'{quote}' and {} more", n - 1),
                ("have", "were", "them"),
            ),
        };
        out.push_str(&format!(
            "warning: {}:{line}: {what} {} no year in the source and {} not proposed; \
give the source its publication date (the 'published' column of sources.csv) to date {}\n",
            source.path.display(),
            verbs.0,
            verbs.1,
            verbs.2,
        ));
    }
    out
}

fn analyse(inputs: &InputPlan, progress: &dyn Progress) -> Result<(Analysis, Corpus)> {
    let Loaded { corpus, codebook } = load(inputs)?;
    let file = ClaimsFile::read(&inputs.claims)?;
    Ok((
        check::run_reporting(&corpus, &file, &codebook, progress),
        corpus,
    ))
}

fn run_check(
    inputs: &InputPlan,
    format: Format,
    fail_on: Option<FailOn>,
    progress: &dyn Progress,
) -> Result<Outcome> {
    let (analysis, corpus) = analyse(inputs, progress)?;
    let stdout = match format {
        Format::Text => report::text::render(&analysis),
        Format::Json => report::json::render(&analysis),
    };
    let stderr = warnings(&corpus) + &report::text::render_problems(&analysis.problems);
    Ok(Outcome {
        stdout,
        stderr,
        code: exit_code(&analysis, fail_on),
        summary: false,
    })
}

fn exit_code(analysis: &Analysis, fail_on: Option<FailOn>) -> u8 {
    if analysis
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error)
    {
        return 2;
    }
    let conflicts = analysis
        .topics
        .iter()
        .filter(|t| t.verdict == Verdict::Conflict);
    let failed = match fail_on {
        None => false,
        Some(FailOn::Conflict) => conflicts.count() > 0 || !analysis.internal_conflicts.is_empty(),
        Some(FailOn::NewConflict) => conflicts.filter(|t| t.accepted.is_none()).count() > 0,
        Some(FailOn::Error) => !analysis.problems.is_empty(),
    };
    u8::from(failed)
}

fn run_report(
    inputs: &InputPlan,
    out: &std::path::Path,
    check_only: bool,
    progress: &dyn Progress,
) -> Result<Outcome> {
    let (analysis, corpus) = analyse(inputs, progress)?;
    let mut stderr = warnings(&corpus) + &report::text::render_problems(&analysis.problems);
    if analysis
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error)
    {
        stderr.push_str("error: the claims file has errors; fix them before writing reports\n");
        return Ok(Outcome {
            stdout: String::new(),
            stderr,
            code: 2,
            summary: true,
        });
    }
    let files = report::render_all(&analysis, &corpus);
    let mut stdout = String::new();
    if check_only {
        let stale: Vec<&str> = files
            .iter()
            .filter(|(name, bytes)| {
                std::fs::read(out.join(name)).ok().as_deref() != Some(bytes.as_slice())
            })
            .map(|(name, _)| *name)
            .collect();
        if stale.is_empty() {
            stdout.push_str(&format!(
                "{}: {} reports up to date\n",
                out.display(),
                files.len()
            ));
            return Ok(Outcome {
                stdout,
                stderr,
                code: 0,
                summary: true,
            });
        }
        for name in &stale {
            stderr.push_str(&format!("stale: {}\n", out.join(name).display()));
        }
        stderr.push_str(
            "the reports differ from the claims: run `crosscheck report` and commit the result\n",
        );
        return Ok(Outcome {
            stdout,
            stderr,
            code: 1,
            summary: true,
        });
    }
    for (name, bytes) in &files {
        crate::fsutil::write_atomic(&out.join(name), bytes)?;
    }
    stdout.push_str(&report::text::render(&analysis));
    stdout.push_str(&format!(
        "\nwrote {} reports to {}\n",
        files.len(),
        out.display()
    ));
    Ok(Outcome {
        stdout,
        stderr,
        code: 0,
        summary: true,
    })
}
