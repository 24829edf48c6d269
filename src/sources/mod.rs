//! The sources: plain-text accounts and the manifest that describes them.
//!
//! A corpus is a folder of UTF-8 `.txt` files. An optional `sources.csv` manifest names each
//! source and says what is known of it (title, publisher, series, role). Without a manifest every
//! `*.txt` file is a source whose id is its file stem, so a new user's folder works with no setup.

mod manifest;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Location, Result};
use crate::fsutil::read_utf8;

pub use manifest::MANIFEST_NAME;

/// How a source stands towards the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// One account among others (the default).
    #[default]
    Account,
    /// An authoritative record: other sources are measured against it.
    Reference,
}

/// What the manifest says of a source; every field but `id` and `file` may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct SourceMeta {
    pub id: String,
    pub file: String,
    pub title: String,
    pub publisher: String,
    pub author: String,
    pub published: String,
    pub url: String,
    pub kind: String,
    pub series: String,
    pub role: Role,
    pub lang: String,
    pub note: String,
}

/// One loaded source: its metadata and its text, verbatim.
#[derive(Debug, Clone)]
pub struct Source {
    pub meta: SourceMeta,
    pub path: PathBuf,
    pub text: String,
    /// Byte offset of the start of each line, so offsets turn into line numbers cheaply.
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(meta: SourceMeta, path: PathBuf, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        Source {
            meta,
            path,
            text,
            line_starts,
        }
    }

    pub fn id(&self) -> &str {
        &self.meta.id
    }

    /// A human name: the title when the manifest gives one, else the id.
    pub fn display_name(&self) -> &str {
        if self.meta.title.is_empty() {
            &self.meta.id
        } else {
            &self.meta.title
        }
    }

    /// The 1-based line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> u64 {
        self.line_starts.partition_point(|&start| start <= offset) as u64
    }

    /// Byte range of 1-based `line`, without its line ending.
    pub fn line_range(&self, line: u64) -> Option<std::ops::Range<usize>> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.line_starts.get(index)?;
        let mut end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |next| next - 1);
        if self.text.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && end > start {
            end -= 1;
        }
        Some(start..end)
    }

    pub fn line_count(&self) -> u64 {
        self.line_starts.len() as u64
    }
}

/// All sources of a corpus, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub dir: PathBuf,
    pub sources: Vec<Source>,
    /// Things worth saying that do not stop the work (a `.txt` file the manifest leaves out).
    pub warnings: Vec<String>,
}

impl Corpus {
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources
            .binary_search_by(|s| s.meta.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.sources[i])
    }

    /// Read a corpus folder: the manifest if there is one, else every `*.txt` file.
    pub fn load(dir: &Path) -> Result<Corpus> {
        let meta = std::fs::metadata(dir).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::input(
                    Location::file(dir),
                    "the sources folder does not exist",
                    "create it and put the sources in it as .txt files, or pass --sources DIR",
                )
            } else {
                Error::io(dir, e)
            }
        })?;
        if !meta.is_dir() {
            return Err(Error::input(
                Location::file(dir),
                "this is a file, not a folder of sources",
                "pass the folder that holds the .txt sources with --sources DIR",
            ));
        }
        let manifest_path = dir.join(MANIFEST_NAME);
        let text_files = list_text_files(dir)?;
        let mut warnings = Vec::new();
        let metas = if manifest_path.is_file() {
            let metas = manifest::read(&manifest_path, dir)?;
            for file in &text_files {
                if !metas.iter().any(|m| Path::new(&m.file) == Path::new(file)) {
                    warnings.push(format!(
                        "{}: {file} is in the folder but not in the manifest, so it is not read",
                        manifest_path.display()
                    ));
                }
            }
            metas
        } else {
            text_files
                .iter()
                .map(|file| SourceMeta {
                    id: Path::new(file)
                        .file_stem()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    file: file.clone(),
                    ..SourceMeta::default()
                })
                .collect()
        };
        if metas.is_empty() {
            return Err(Error::input(
                Location::file(dir),
                "the sources folder holds no sources (no .txt files and no manifest entries)",
                "put the sources in it as UTF-8 .txt files, one account per file",
            ));
        }
        let mut sources = metas
            .into_iter()
            .map(|meta| {
                let path = dir.join(&meta.file);
                let text = read_utf8(&path)?;
                Ok(Source::new(meta, path, text))
            })
            .collect::<Result<Vec<_>>>()?;
        sources.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        Ok(Corpus {
            dir: dir.to_path_buf(),
            sources,
            warnings,
        })
    }
}

fn list_text_files(dir: &Path) -> Result<Vec<String>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let is_txt = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
        if is_txt && path.is_file() {
            files.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_of_counts_from_one() {
        let s = Source::new(SourceMeta::default(), PathBuf::new(), "ab\ncd\n\nef".into());
        assert_eq!(s.line_of(0), 1);
        assert_eq!(s.line_of(2), 1);
        assert_eq!(s.line_of(3), 2);
        assert_eq!(s.line_of(7), 4);
        assert_eq!(s.line_range(2), Some(3..5));
        assert_eq!(s.line_range(9), None);
    }

    #[test]
    fn line_range_drops_carriage_return() {
        let s = Source::new(SourceMeta::default(), PathBuf::new(), "ab\r\ncd".into());
        assert_eq!(&s.text[s.line_range(1).unwrap()], "ab");
        assert_eq!(&s.text[s.line_range(2).unwrap()], "cd");
    }
}
