//! Reading `sources.csv`, the manifest of a corpus (DESIGN §3).
//!
//! Only `id` and `file` are required. A manifest is a user's file, so every mistake in it is
//! reported with its line and column, and a path that leaves the sources folder is refused: a
//! corpus shared with others must never read files outside itself.

use std::collections::HashMap;
use std::path::{Component, Path};

use super::{Role, SourceMeta};
use crate::claims::file::csv_error;
use crate::error::{Error, Location, Result};

pub const MANIFEST_NAME: &str = "sources.csv";

const COLUMNS: [&str; 12] = [
    "id",
    "file",
    "title",
    "publisher",
    "author",
    "published",
    "url",
    "kind",
    "series",
    "role",
    "lang",
    "note",
];

pub(super) fn read(path: &Path, dir: &Path) -> Result<Vec<SourceMeta>> {
    let text = crate::fsutil::read_utf8(path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| csv_error(path, text, e))?
        .clone();
    let mut index = HashMap::new();
    for (i, name) in headers.iter().enumerate() {
        let name = name.trim();
        if !COLUMNS.contains(&name) {
            return Err(Error::input(
                Location::line(path, 1).with_column(name),
                format!("unknown column '{name}'"),
                format!("use only these columns: {}", COLUMNS.join(",")),
            ));
        }
        if index.insert(name, i).is_some() {
            return Err(Error::input(
                Location::line(path, 1).with_column(name),
                format!("the column '{name}' appears twice"),
                "keep one of them",
            ));
        }
    }
    for required in ["id", "file"] {
        if !index.contains_key(required) {
            return Err(Error::input(
                Location::line(path, 1),
                format!("the header has no '{required}' column"),
                "the manifest needs at least the columns id,file",
            ));
        }
    }
    let mut metas: Vec<SourceMeta> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, text, e))?;
        let line = record
            .position()
            .map_or(0, |p| crate::claims::file::line_at(text, p.byte()));
        let get = |name: &str| {
            index
                .get(name)
                .and_then(|&i| record.get(i))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let at = |column: &str| Location::line(path, line).with_column(column);
        let id = get("id");
        if id.is_empty() || id.chars().any(|c| c.is_whitespace() || c == ',') {
            return Err(Error::input(
                at("id"),
                format!("'{id}' is not a usable source id"),
                "give each source a short id without spaces or commas, such as 'morning-star'",
            ));
        }
        if metas.iter().any(|m| m.id == id) {
            return Err(Error::input(
                at("id"),
                format!("the source id '{id}' is used twice"),
                "give each source its own id",
            ));
        }
        let file = get("file");
        check_inside(&file, dir).map_err(|what| {
            Error::input(
                at("file"),
                what,
                "name a file inside the sources folder, such as 'article.txt'",
            )
        })?;
        if !dir.join(&file).is_file() {
            return Err(Error::input(
                at("file"),
                format!("the file '{file}' is not in {}", dir.display()),
                "put the file there, or correct its name in the manifest",
            ));
        }
        let role = match get("role").as_str() {
            "" | "account" => Role::Account,
            "reference" => Role::Reference,
            other => {
                return Err(Error::input(
                    at("role"),
                    format!("unknown role '{other}'"),
                    "write 'account' (the default) or 'reference'",
                ));
            }
        };
        metas.push(SourceMeta {
            id,
            file,
            title: get("title"),
            publisher: get("publisher"),
            author: get("author"),
            published: get("published"),
            url: get("url"),
            kind: get("kind"),
            series: get("series"),
            role,
            lang: get("lang"),
            note: get("note"),
        });
    }
    Ok(metas)
}

/// Refuse a manifest path that could point outside the corpus folder.
fn check_inside(file: &str, dir: &Path) -> std::result::Result<(), String> {
    if file.is_empty() {
        return Err("the file cell is empty".into());
    }
    let relative = Path::new(file);
    for component in relative.components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(format!("'{file}' climbs out of the sources folder"));
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!("'{file}' is an absolute path"));
            }
        }
    }
    // A link inside the folder may still point outside it.
    if let (Ok(target), Ok(root)) = (dir.join(relative).canonicalize(), dir.canonicalize())
        && !target.starts_with(&root)
    {
        return Err(format!(
            "'{file}' is a link that leads out of the sources folder"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_inside;
    use std::path::Path;

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        let dir = Path::new(".");
        assert!(
            check_inside("../x.txt", dir)
                .unwrap_err()
                .contains("climbs out")
        );
        assert!(
            check_inside("a/../../x.txt", dir)
                .unwrap_err()
                .contains("climbs out")
        );
        assert!(
            check_inside("/etc/passwd", dir)
                .unwrap_err()
                .contains("absolute")
        );
        assert!(check_inside("", dir).is_err());
        assert!(check_inside("notes.txt", dir).is_ok());
    }
}
