//! Shared fixtures: a temp-dir workspace per test and the path of the built binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub const HEADER: &str = "id,source,topic,kind,value,unit,approx,low,high,quote,line,byte_start,byte_end,status,origin,note\n";

/// A throwaway folder with a `sources/` subfolder, removed when dropped.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sources")).expect("sources dir");
        Workspace { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent dir");
        }
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path().join(relative)).expect("read")
    }

    /// `crosscheck ARGS` run inside the workspace.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
        cmd.current_dir(self.path()).args(args);
        cmd
    }
}

/// The repository root, where the bundled corpus lives.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
