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

#[test]
fn coverage_lists_figures_no_claim_covers() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", "In 1970 workers launched 5,295 strikes.\n");
    ws.write(
        "claims.csv",
        format!(
            "{}c1,a,,year,1970,,exact,,,1970,1,3,7,confirmed,manual,\n",
            crate::support::HEADER
        ),
    );
    let out = ws.cmd(&["check", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let uncovered: Vec<&str> = json["uncovered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["text"].as_str().unwrap())
        .collect();
    assert_eq!(uncovered, ["5,295 strikes"]);
}

/// Issue 5: `report --check` writes nothing, passes on fresh reports and fails on stale ones.
#[test]
fn issue_5_report_check_fails_on_stale_reports_and_writes_nothing() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", "In 1970 workers launched 5,295 strikes.\n");
    ws.write("sources/b.txt", "There were 5,295 strikes in 1970.\n");
    ws.cmd(&["extract"]).output().unwrap();

    let check = ws.cmd(&["report", "--check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1), "missing reports are stale");
    assert!(
        !ws.path().join("reports").exists(),
        "--check must write nothing"
    );

    let write = ws.cmd(&["report"]).output().unwrap();
    assert_eq!(
        write.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&write.stderr)
    );
    let check = ws.cmd(&["report", "--check"]).output().unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    let markdown = ws.read("reports/discrepancies.md");
    ws.write(
        "reports/discrepancies.md",
        markdown.replace("5,295", "5,296"),
    );
    let check = ws.cmd(&["report", "--check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains("stale: reports/discrepancies.md"),
        "{stderr}"
    );
    assert_eq!(
        ws.read("reports/discrepancies.md"),
        markdown.replace("5,295", "5,296")
    );
}

/// `--quiet` silences what only sums up work done (extract, report), never a result (check)
/// nor the reason for a failure.
#[test]
fn quiet_silences_summaries_but_not_results_or_failures() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", "In 1970 workers launched 5,295 strikes.\n");
    ws.write("sources/b.txt", "There were 5,295 strikes in 1970.\n");
    let extract = ws.cmd(&["-q", "extract"]).output().unwrap();
    assert_eq!(extract.status.code(), Some(0));
    assert!(extract.stdout.is_empty() && extract.stderr.is_empty());
    let stale = ws.cmd(&["-q", "report", "--check"]).output().unwrap();
    assert_eq!(stale.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&stale.stderr).contains("stale: reports/"));
    let report = ws.cmd(&["-q", "report"]).output().unwrap();
    assert_eq!(report.status.code(), Some(0));
    assert!(report.stdout.is_empty() && report.stderr.is_empty());
    let check = ws.cmd(&["-q", "check"]).output().unwrap();
    assert!(String::from_utf8_lossy(&check.stdout).contains("agree"));
}
