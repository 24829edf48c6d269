//! Errors that stop a command, and where they point.
//!
//! A user who hands crosscheck a bad file must learn which file, which line (and column when it
//! helps), what is wrong and what to do about it. Every failure that comes from input is an
//! [`Error::Input`] and maps to exit code 2; the binary renders it, the library never prints.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file a problem sits. Lines and columns are 1-based, as editors show them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub file: PathBuf,
    pub line: Option<u64>,
    pub column: Option<String>,
}

impl Location {
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location {
            file: file.into(),
            line: None,
            column: None,
        }
    }

    pub fn line(file: impl Into<PathBuf>, line: u64) -> Self {
        Location {
            file: file.into(),
            line: Some(line),
            column: None,
        }
    }

    pub fn with_column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, " (column {column})")?;
        }
        Ok(())
    }
}

/// A failure that ends a command.
#[derive(Debug)]
pub enum Error {
    /// The input is wrong: a missing folder, a malformed file, a path that escapes the corpus.
    Input {
        at: Location,
        what: String,
        fix: String,
    },
    /// The operating system refused a read or a write.
    Io {
        path: PathBuf,
        source: std::io::Error,
        fix: String,
    },
}

impl Error {
    pub fn input(at: Location, what: impl Into<String>, fix: impl Into<String>) -> Self {
        Error::Input {
            at,
            what: what.into(),
            fix: fix.into(),
        }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Self {
        let fix = match source.kind() {
            std::io::ErrorKind::NotFound => {
                "check the path, or pass another one on the command line"
            }
            std::io::ErrorKind::PermissionDenied => "check the file's permissions",
            _ => "check that the path is readable and the disk is not full",
        };
        Error::Io {
            path: path.to_path_buf(),
            source,
            fix: fix.to_string(),
        }
    }

    /// What to tell the user to do next.
    pub fn fix(&self) -> &str {
        match self {
            Error::Input { fix, .. } | Error::Io { fix, .. } => fix,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input { at, what, .. } => write!(f, "{at}: {what}"),
            Error::Io { path, source, .. } => write!(f, "{}: {source}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Input { .. } => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
