//! Print crosscheck's extractions in the format the peer benchmark runners use, so the extractor
//! can be scored and timed side by side with other extractors (see `bench/` and BENCHMARKS.md).
//!
//! ```text
//! cargo run --release --example extract_jsonl -- [--per-line] [--reference YYYY-MM-DD]
//!     [--changes] [--out-dir DIR] FILE...
//! ```
//!
//! Each extraction is one JSON object per line: `{"value","unit","start","end","text","kind"}` plus
//! `"approx"`. `start`/`end` are CODE-POINT offsets into the whole file (end exclusive), converted
//! from the library's byte spans, so `text == file[start:end]` in Python. `value` is a JSON number
//! when a figure's normalised value is a plain number, else the normalised string (`10/20`); dates
//! and years stay strings (`1973-09-11`, `1973`).
//!
//! `--per-line` runs the extractor on each non-empty line on its own, as the peer runners feed
//! their extractors (offsets stay relative to the whole file). `-` reads standard input. With
//! `--out-dir`, each FILE's output goes to `DIR/<stem>.jsonl` instead of standard output.
//! `--reference` is the day the texts were written (a manifest's `published`): relative dates
//! ("last year", "Friday") count from it, and so do "now", "today" and "currently"; without it
//! none of them is proposed. `--changes` prints the two figures of a change ("rose from 240
//! to 273", see `crosscheck::extract::changes`) as one record whose value is `{"from", "to"}`,
//! as NewsQuant's gold writes a change; the product keeps them as two claims.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crosscheck::claims::{Claim, Kind};
use crosscheck::codebook::Codebook;
use crosscheck::extract::{self, Extractor};

const USAGE: &str = "usage: extract_jsonl [--per-line] [--reference YYYY-MM-DD] \
[--changes] [--out-dir DIR] FILE... ('-' = stdin)";

struct Options {
    per_line: bool,
    changes: bool,
    extract: extract::Options,
    out_dir: Option<PathBuf>,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        per_line: false,
        changes: false,
        extract: extract::Options::default(),
        out_dir: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--per-line" => options.per_line = true,
            "--changes" => options.changes = true,
            "--reference" => {
                let date = args.next().ok_or("--reference needs a date")?;
                let day = extract::reference_of(&date)
                    .ok_or_else(|| format!("--reference {date}: not a YYYY-MM-DD date"))?;
                options.extract.reference = Some(day);
            }
            "--out-dir" => {
                let dir = args.next().ok_or("--out-dir needs a folder")?;
                options.out_dir = Some(PathBuf::from(dir));
            }
            "-h" | "--help" => {
                return Err(USAGE.into());
            }
            _ => options.files.push(arg),
        }
    }
    if options.files.is_empty() {
        return Err(USAGE.into());
    }
    Ok(options)
}

fn read_input(name: &str) -> Result<String, String> {
    if name == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(name).map_err(|e| format!("{name}: {e}"))
    }
}

/// Extractions of one text, with byte spans relative to that text.
fn extract_one(id: &str, text: &str, extractor: &Extractor, options: &Options) -> Vec<Claim> {
    extractor.text(id, text, options.extract)
}

/// Non-empty lines of `text` with their byte offsets, split the way the peer runners split.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        (!line.trim().is_empty()).then_some((start, line))
    })
}

/// Converts byte offsets to code-point offsets for one text, walking forward only.
struct CodePoints<'a> {
    text: &'a str,
    /// Byte offset of every char boundary, plus the end.
    boundaries: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        let boundaries = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        CodePoints { text, boundaries }
    }

    fn of(&self, byte: usize) -> usize {
        self.boundaries.partition_point(|&b| b < byte)
    }
}

fn record(claim: &Claim, byte_offset: usize, points: &CodePoints) -> serde_json::Value {
    let is_time = matches!(claim.kind, Kind::Date | Kind::Year);
    let number = (!is_time)
        .then(|| claim.value_text.parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite());
    let value = match number {
        Some(n) => serde_json::json!(n),
        None => serde_json::json!(claim.value_text),
    };
    let (start, end, text) = match &claim.span {
        Some(span) => {
            let (s, e) = (byte_offset + span.start, byte_offset + span.end);
            let surface = points.text.get(s..e).unwrap_or(&claim.quote);
            (
                serde_json::json!(points.of(s)),
                serde_json::json!(points.of(e)),
                surface.to_string(),
            )
        }
        None => (
            serde_json::Value::Null,
            serde_json::Value::Null,
            claim.quote.clone(),
        ),
    };
    serde_json::json!({
        "value": value,
        "unit": claim.unit,
        "start": start,
        "end": end,
        "text": text,
        "kind": claim.kind.as_str(),
        "approx": claim.approx.as_str(),
    })
}

/// The records of one text's claims with each change's two figures printed as one record: its
/// value `{"from", "to"}`, its span from the first figure's start to the second's end, at the
/// place of the first.
fn with_changes(
    text: &str,
    claims: &[Claim],
    offset: usize,
    points: &CodePoints,
) -> Vec<serde_json::Value> {
    let pairs = extract::changes::changes(text, claims);
    let mut skip = vec![false; claims.len()];
    let mut joined = std::collections::BTreeMap::new();
    for change in &pairs {
        let (from, to) = (&claims[change.from], &claims[change.to]);
        let (Some(a), Some(b)) = (&from.span, &to.span) else {
            continue;
        };
        let (Ok(low), Ok(high)) = (from.value_text.parse::<f64>(), to.value_text.parse::<f64>())
        else {
            continue;
        };
        let (start, end) = (a.start.min(b.start), a.end.max(b.end));
        let unit = if to.unit.is_empty() {
            &from.unit
        } else {
            &to.unit
        };
        let (s, e) = (offset + start, offset + end);
        joined.insert(
            change.from.min(change.to),
            serde_json::json!({
                "value": {"from": low, "to": high},
                "unit": unit,
                "start": points.of(s),
                "end": points.of(e),
                "text": points.text.get(s..e).unwrap_or_default(),
                "kind": to.kind.as_str(),
                "approx": "change",
            }),
        );
        skip[change.from.max(change.to)] = true;
    }
    (0..claims.len())
        .filter(|&i| !skip[i])
        .map(|i| {
            joined
                .remove(&i)
                .unwrap_or_else(|| record(&claims[i], offset, points))
        })
        .collect()
}

fn run_file(name: &str, options: &Options, extractor: &Extractor) -> Result<(), String> {
    let text = read_input(name)?;
    let stem = Path::new(name)
        .file_stem()
        .map_or_else(|| "stdin".to_string(), |s| s.to_string_lossy().into_owned());
    let points = CodePoints::new(&text);
    let mut out = Vec::new();
    let mut emit = |claims: Vec<Claim>, part: &str, offset: usize| -> Result<(), String> {
        let records = if options.changes {
            with_changes(part, &claims, offset, &points)
        } else {
            claims
                .iter()
                .map(|claim| record(claim, offset, &points))
                .collect()
        };
        for record in &records {
            serde_json::to_writer(&mut out, record).map_err(|e| e.to_string())?;
            out.push(b'\n');
        }
        Ok(())
    };
    if options.per_line {
        for (offset, line) in lines(&text) {
            emit(extract_one(&stem, line, extractor, options), line, offset)?;
        }
    } else {
        emit(extract_one(&stem, &text, extractor, options), &text, 0)?;
    }
    match &options.out_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let path = dir.join(format!("{stem}.jsonl"));
            std::fs::write(&path, &out).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&out).and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
                _ => Ok(()),
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return std::process::ExitCode::from(2);
        }
    };
    // One extractor for every text and line: nothing is compiled per call.
    let extractor = Extractor::new(&Codebook::default());
    for name in &options.files {
        if let Err(message) = run_file(name, &options, &extractor) {
            eprintln!("extract_jsonl: {message}");
            return std::process::ExitCode::from(2);
        }
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_code_point_offsets() {
        let points = CodePoints::new("né 1973 – ok");
        assert_eq!(points.of(0), 0);
        assert_eq!(points.of(3), 2); // after "né" (é is two bytes)
        assert_eq!(points.of(8), 7); // before " –"
        assert_eq!(points.of(12), 9); // after "–" (three bytes)
    }

    #[test]
    fn lines_skip_blanks_and_keep_byte_offsets() {
        let found: Vec<_> = lines("a\n\n  \nbé\nc").collect();
        assert_eq!(found, vec![(0, "a"), (6, "bé"), (10, "c")]);
    }
}
