//! The command line as a user sees it: help, exit codes, errors.

use insta_cmd::assert_cmd_snapshot;

use crate::support::Workspace;

#[test]
fn check_on_the_bundled_corpus_succeeds() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(crate::support::repo())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 sources"));
}

#[test]
fn help_teaches_the_pipeline() {
    let ws = Workspace::new();
    assert_cmd_snapshot!(ws.cmd(&["--help"]));
}
