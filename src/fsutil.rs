//! Writing files so that a crash or a full disk never leaves half a file behind.
//!
//! People keep hand edits in `claims.csv` and commit the reports: a torn write would lose work.
//! Every write goes to a temporary file in the same folder, is flushed, and is renamed over the
//! target, which the operating system does atomically.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Replace `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Read a file as UTF-8 text, naming the byte offset of the first invalid sequence.
pub fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = &e.as_bytes()[..offset];
        let line = 1 + memchr::memchr_iter(b'\n', text).count() as u64;
        Error::input(
            crate::error::Location::line(path, line),
            format!("the file is not valid UTF-8 (first bad byte at byte offset {offset})"),
            "save the file as UTF-8 (most editors offer this under 'Save as' / 'Encoding'), then run again",
        )
    })
}
