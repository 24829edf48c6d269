//! The codebook: topics a person declares, and conflicts a person has reviewed (DESIGN §3).
//!
//! Alignment invents topics on its own; the codebook is where a person names them, asks their
//! question, sets a tolerance, lists the categories of a qualitative topic with the phrases that
//! signal each, and records that a conflict was reviewed and accepted, with the reason. It is a
//! TOML file (`topics.toml` by default) and is optional: without one, everything still works.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::claims::Kind;
use crate::error::{Error, Location, Result};

pub const DEFAULT_CODEBOOK: &str = "topics.toml";

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Codebook {
    #[serde(default, rename = "topic")]
    pub topics: Vec<TopicSpec>,
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// One declared topic.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicSpec {
    /// A stable key such as `allende.death` or `election.1970.allende.vote_share`.
    pub key: String,
    /// The question the sources answer.
    #[serde(default)]
    pub question: String,
    pub kind: Kind,
    #[serde(default)]
    pub unit: String,
    /// How far apart two values may be and still count as compatible, in the topic's unit.
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// For a qualitative topic: each category with the phrases that assert it.
    #[serde(default)]
    pub categories: BTreeMap<String, Vec<String>>,
    /// Words that must appear near a cue phrase for it to count (e.g. "Allende" for his death).
    #[serde(default)]
    pub context: Vec<String>,
    /// A conflict a person reviewed and accepted.
    #[serde(default)]
    pub accepted: Option<Acceptance>,
}

/// A reviewed conflict: it stays in the reports but no longer fails `--fail-on new-conflict`,
/// as long as the claims in conflict are the ones that were reviewed.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    pub reason: String,
    /// The ids of the claims that were in conflict when it was reviewed. Empty means any.
    #[serde(default)]
    pub claims: Vec<String>,
}

impl Codebook {
    /// Read a codebook. `explicit` says whether the user named it: a named file must exist,
    /// the default one may be absent.
    pub fn load(path: &Path, explicit: bool) -> Result<Codebook> {
        if !path.exists() {
            if explicit {
                return Err(Error::input(
                    Location::file(path),
                    "the codebook does not exist",
                    "check the path given to --codebook",
                ));
            }
            return Ok(Codebook::default());
        }
        let text = crate::fsutil::read_utf8(path)?;
        let mut codebook: Codebook = toml::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).map_err(|e| {
            let line = e.span().map(|span| 1 + text[..span.start].matches('\n').count() as u64).unwrap_or(1);
            Error::input(
                Location::line(path, line),
                e.message().to_string(),
                "fix the entry; each [[topic]] needs key and kind, and may have question, unit, tolerance, categories, context, accepted",
            )
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for topic in &codebook.topics {
            if topic.key.trim().is_empty() || !seen.insert(topic.key.as_str()) {
                return Err(Error::input(
                    Location::file(path),
                    format!("the topic key '{}' is empty or declared twice", topic.key),
                    "give each [[topic]] its own key",
                ));
            }
            if topic.kind == Kind::Category && topic.categories.is_empty() {
                return Err(Error::input(
                    Location::file(path),
                    format!("the category topic '{}' lists no categories", topic.key),
                    "add [topic.categories] with each category and its cue phrases",
                ));
            }
            // A cue is found by its longest word; a phrase of figures and signs has none.
            let wordless = topic.categories.iter().find_map(|(label, phrases)| {
                phrases
                    .iter()
                    .find(|phrase| !phrase.chars().any(char::is_alphabetic))
                    .map(|phrase| (label, phrase))
            });
            if let Some((label, phrase)) = wordless {
                return Err(Error::input(
                    Location::file(path),
                    format!(
                        "the cue phrase '{phrase}' of '{label}' in topic '{}' has no word",
                        topic.key
                    ),
                    "write each cue phrase with at least one word (\"killed himself\", not \"1973\")",
                ));
            }
        }
        codebook.path = Some(path.to_path_buf());
        Ok(codebook)
    }

    pub fn topic(&self, key: &str) -> Option<&TopicSpec> {
        self.topics.iter().find(|t| t.key == key)
    }
}
