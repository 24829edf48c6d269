//! Reading and writing `claims.csv` without losing a person's work.
//!
//! The file is read leniently where spreadsheets differ (a byte-order mark, CRLF line endings,
//! quoted cells with line breaks, columns in any order) and strictly where a mistake would lose
//! data (a missing or unknown column stops the command). It is written atomically, with the
//! columns in their documented order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::ClaimRow;
use crate::error::{Error, Location, Result};

/// The columns of `claims.csv`, in the order they are written. Offsets are bytes into the
/// source file (UTF-8), end exclusive.
pub const COLUMNS: [&str; 16] = [
    "id",
    "source",
    "topic",
    "kind",
    "value",
    "unit",
    "approx",
    "low",
    "high",
    "quote",
    "line",
    "byte_start",
    "byte_end",
    "status",
    "origin",
    "note",
];

/// The rows of a claims file and the line each starts on.
#[derive(Debug, Clone, Default)]
pub struct ClaimsFile {
    pub path: PathBuf,
    pub rows: Vec<ClaimRow>,
    /// The 1-based line of the file where each row starts (rows may span lines).
    pub lines: Vec<u64>,
}

impl ClaimsFile {
    /// An empty ledger that will be written to `path`.
    pub fn empty(path: &Path) -> Self {
        ClaimsFile {
            path: path.to_path_buf(),
            ..ClaimsFile::default()
        }
    }

    /// Read `path`; a missing file is an error that says how to make one.
    pub fn read(path: &Path) -> Result<Self> {
        if !path.exists() {
            return Err(Error::input(
                Location::file(path),
                "the claims file does not exist",
                "run `crosscheck extract` to create it, or pass --claims FILE",
            ));
        }
        let text = crate::fsutil::read_utf8(path)?;
        Self::parse(path, &text)
    }

    /// Read `path` if it exists, else start an empty ledger.
    pub fn read_or_empty(path: &Path) -> Result<Self> {
        if path.exists() {
            Self::read(path)
        } else {
            Ok(Self::empty(path))
        }
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| csv_error(path, text, e))?
            .clone();
        if headers.is_empty() || (headers.len() == 1 && headers[0].trim().is_empty()) {
            return Err(Error::input(
                Location::line(path, 1),
                "the claims file has no header row",
                format!("start the file with the header: {}", COLUMNS.join(",")),
            ));
        }
        let mut position = HashMap::new();
        let mut unknown = Vec::new();
        for (i, name) in headers.iter().enumerate() {
            let name = name.trim();
            if !COLUMNS.contains(&name) {
                unknown.push(name.to_string());
            } else if position.insert(name, i).is_some() {
                return Err(Error::input(
                    Location::line(path, 1).with_column(name),
                    format!("the column '{name}' appears twice in the header"),
                    "keep one of them",
                ));
            }
        }
        let missing: Vec<&str> = COLUMNS
            .iter()
            .copied()
            .filter(|c| !position.contains_key(c))
            .collect();
        if !unknown.is_empty() || !missing.is_empty() {
            let mut what = Vec::new();
            if !missing.is_empty() {
                what.push(format!("missing column(s): {}", missing.join(", ")));
            }
            if !unknown.is_empty() {
                what.push(format!("unknown column(s): {}", unknown.join(", ")));
            }
            return Err(Error::input(
                Location::line(path, 1),
                format!(
                    "the header does not match the claims format ({})",
                    what.join("; ")
                ),
                format!(
                    "the header must have exactly these columns, in any order: {}",
                    COLUMNS.join(",")
                ),
            ));
        }
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(path, text, e))?;
            let line = record.position().map_or(0, |p| line_at(text, p.byte()));
            let cell = |name: &str| record.get(position[name]).unwrap_or("").to_string();
            rows.push(ClaimRow {
                id: cell("id"),
                source: cell("source"),
                topic: cell("topic"),
                kind: cell("kind"),
                value: cell("value"),
                unit: cell("unit"),
                approx: cell("approx"),
                low: cell("low"),
                high: cell("high"),
                quote: cell("quote"),
                line: cell("line"),
                byte_start: cell("byte_start"),
                byte_end: cell("byte_end"),
                status: cell("status"),
                origin: cell("origin"),
                note: cell("note"),
            });
            lines.push(line);
        }
        Ok(ClaimsFile {
            path: path.to_path_buf(),
            rows,
            lines,
        })
    }

    /// The file as it would be written.
    pub fn to_csv(&self) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        writer.write_record(COLUMNS).expect("writing to memory");
        for row in &self.rows {
            writer.serialize(row).expect("writing to memory");
        }
        writer.into_inner().expect("writing to memory")
    }

    pub fn write(&self) -> Result<()> {
        crate::fsutil::write_atomic(&self.path, &self.to_csv())
    }

    /// The line of the file where row `index` starts.
    pub fn line_of_row(&self, index: usize) -> u64 {
        self.lines.get(index).copied().unwrap_or(0)
    }
}

/// The 1-based line where the record at byte `offset` starts. With CRLF line ends the csv crate
/// places a record at the `\n` of the line before and miscounts lines, so lines are counted
/// here, from the first byte that is not a line end.
pub(crate) fn line_at(text: &str, offset: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut end = (offset as usize).min(text.len());
    while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
        end += 1;
    }
    1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..end]).count() as u64
}

/// A CSV reading error as a user needs it: the file, the line, what is wrong, what to do. Shared
/// by every CSV file a person edits (the claims, the manifest).
pub(crate) fn csv_error(path: &Path, text: &str, error: csv::Error) -> Error {
    let line = error.position().map_or(1, |p| line_at(text, p.byte()));
    let (what, fix) = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => (
            format!("this row has {len} cells but the header has {expected_len}"),
            "give the row one cell per column; quote a cell that contains a comma".to_string(),
        ),
        csv::ErrorKind::Utf8 { err, .. } => (
            format!("a cell is not valid UTF-8 ({err})"),
            "save the file as UTF-8".to_string(),
        ),
        _ => (
            error.to_string(),
            "fix the row so that it is valid CSV".to_string(),
        ),
    };
    Error::input(Location::line(path, line), what, fix)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id,source,topic,kind,value,unit,approx,low,high,quote,line,byte_start,byte_end,status,origin,note";

    #[test]
    fn round_trips_rows_verbatim() {
        let text = format!(
            "{HEADER}\nc1,a,,percent,36,percent,exact,35.5,36.5,\"36 percent, of \"\"the\"\" vote\",3,10,20,auto,extracted,\"two\nlines\"\n"
        );
        let file = ClaimsFile::parse(Path::new("claims.csv"), &text).unwrap();
        assert_eq!(file.rows[0].quote, "36 percent, of \"the\" vote");
        assert_eq!(file.rows[0].note, "two\nlines");
        assert_eq!(String::from_utf8(file.to_csv()).unwrap(), text);
    }

    #[test]
    fn accepts_bom_crlf_and_any_column_order() {
        let text = "\u{feff}source,id,topic,kind,value,unit,approx,low,high,quote,line,byte_start,byte_end,status,origin,note\r\na,c1,,year,1957,,exact,,,in 1957,1,,,auto,manual,\r\n";
        let file = ClaimsFile::parse(Path::new("claims.csv"), text).unwrap();
        assert_eq!(file.rows[0].id, "c1");
        assert_eq!(file.rows[0].source, "a");
        assert_eq!(file.lines, [2]);
    }

    #[test]
    fn missing_and_extra_columns_are_named() {
        let err = ClaimsFile::parse(Path::new("c.csv"), "id,source,colour\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("missing column(s): topic"), "{err}");
        assert!(err.contains("unknown column(s): colour"), "{err}");
        assert!(err.starts_with("c.csv:1"), "{err}");
    }

    #[test]
    fn a_short_row_names_its_line() {
        let text = format!("{HEADER}\nc1,a\n");
        let err = ClaimsFile::parse(Path::new("c.csv"), &text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.csv:2"), "{err}");
        assert!(err.contains("has 2 cells but the header has 16"), "{err}");
    }

    #[test]
    fn rows_after_a_multiline_cell_keep_their_line() {
        let text = format!(
            "{HEADER}\nc1,a,,year,1957,,,,,q,1,,,auto,manual,\"a\nb\"\nc2,a,,year,1958,,,,,q,1,,,auto,manual,\n"
        );
        let file = ClaimsFile::parse(Path::new("c.csv"), &text).unwrap();
        assert_eq!(file.lines, [2, 4]);
    }
}
