//! Issue 2: every bad input a user can hand crosscheck gets a clear error and exit 2, never a
//! panic; harmless variations (BOM, CRLF, multi-line cells, long lines) are read correctly.

use insta_cmd::assert_cmd_snapshot;

use crate::support::{HEADER, Workspace};

const TEXT: &str = "Allende won 36 percent of the vote in 1970.\nHe killed himself.\n";

fn run(ws: &Workspace, args: &[&str]) -> (Option<i32>, String, String) {
    let out = ws.cmd(args).output().expect("run crosscheck");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn good_row() -> String {
    "c1,a,,percent,36,percent,exact,,,36 percent,1,12,22,auto,extracted,\n".to_string()
}

fn corpus_with(claims: &str) -> Workspace {
    let ws = Workspace::new();
    ws.write("sources/a.txt", TEXT);
    ws.write("claims.csv", claims);
    ws
}

#[test]
fn a_source_that_is_not_utf8_names_the_byte_offset() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", b"fine line\nbad \xff byte\n");
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("a.txt:2: the file is not valid UTF-8 (first bad byte at byte offset 14)"),
        "{stderr}"
    );
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
}

#[test]
fn an_empty_sources_folder_is_refused() {
    let ws = Workspace::new();
    ws.write("claims.csv", HEADER);
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("holds no sources"), "{stderr}");
}

#[test]
fn a_missing_sources_folder_is_refused() {
    let ws = Workspace::new();
    let (code, _, stderr) = run(&ws, &["check", "--sources", "nowhere"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("nowhere: the sources folder does not exist"),
        "{stderr}"
    );
}

#[test]
fn a_manifest_entry_outside_the_folder_is_refused() {
    for file in ["../x.txt", "/etc/hostname"] {
        let ws = corpus_with(HEADER);
        ws.write("x.txt", "outside");
        ws.write(
            "sources/sources.csv",
            format!("id,file\na,a.txt\nx,{file}\n"),
        );
        let (code, _, stderr) = run(&ws, &["check"]);
        assert_eq!(code, Some(2), "{file}");
        assert!(stderr.contains("sources.csv:3 (column file)"), "{stderr}");
        assert!(
            stderr.contains("climbs out") || stderr.contains("absolute path"),
            "{stderr}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_manifest_link_out_of_the_folder_is_refused() {
    let ws = corpus_with(HEADER);
    ws.write("secret.txt", "outside");
    std::os::unix::fs::symlink(
        ws.path().join("secret.txt"),
        ws.path().join("sources/link.txt"),
    )
    .unwrap();
    ws.write("sources/sources.csv", "id,file\nlink,link.txt\n");
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("leads out of the sources folder"),
        "{stderr}"
    );
}

#[test]
fn a_manifest_naming_a_missing_file_says_so() {
    let ws = corpus_with(HEADER);
    ws.write("sources/sources.csv", "id,file\na,a.txt\nb,b.txt\n");
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("sources.csv:3 (column file): the file 'b.txt' is not in"),
        "{stderr}"
    );
}

#[test]
fn claims_with_missing_or_extra_columns_are_refused() {
    let ws = corpus_with("id,source,kind,colour\n");
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("claims.csv:1: the header does not match"),
        "{stderr}"
    );
    assert!(
        stderr.contains("missing column(s): topic, value"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown column(s): colour"), "{stderr}");
}

#[test]
fn a_row_with_too_few_cells_names_its_line() {
    let ws = corpus_with(&format!("{HEADER}{}c2,a,,year\n", good_row()));
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("claims.csv:3: this row has 4 cells but the header has 16"),
        "{stderr}"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_are_read() {
    let claims = format!(
        "\u{feff}{}{}",
        HEADER.replace('\n', "\r\n"),
        good_row().replace('\n', "\r\n")
    );
    let ws = corpus_with(&claims);
    let (code, stdout, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("1 sources, 1 claims"), "{stdout}");
}

#[test]
fn crlf_sources_are_read() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", TEXT.replace('\n', "\r\n"));
    ws.write(
        "claims.csv",
        format!("{HEADER}c1,a,,category,suicide,,,,,He killed himself,2,,,confirmed,manual,\n"),
    );
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn quoted_cells_with_newlines_keep_later_rows_on_their_lines() {
    let claims = format!(
        "{HEADER}c1,a,,percent,36,percent,,,,36 percent,1,,,auto,extracted,\"a note\nover two lines\"\nc2,a,,year,1970,,,,,in 1971,1,,,auto,extracted,\n"
    );
    let ws = corpus_with(&claims);
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("claims.csv:4 (column quote) [claim c2]: the quote is nowhere"),
        "{stderr}"
    );
}

#[test]
fn a_very_long_line_is_handled() {
    let long = "word ".repeat(400_000);
    let ws = Workspace::new();
    ws.write(
        "sources/a.txt",
        format!("{long}in 1970 there were 5,295 strikes\n"),
    );
    let start = long.len() + "in 1970 there were ".len();
    ws.write("claims.csv", format!("{HEADER}c1,a,,count,5295,strikes,,,,\"5,295 strikes\",1,{start},{},auto,extracted,\"{}\"\n", start + 13, "n".repeat(100_000)));
    let (code, stdout, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("1 claims"));
}

#[test]
fn a_missing_claims_file_says_how_to_make_one() {
    let ws = Workspace::new();
    ws.write("sources/a.txt", TEXT);
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("claims.csv: the claims file does not exist"),
        "{stderr}"
    );
    assert!(stderr.contains("run `crosscheck extract`"), "{stderr}");
}

#[test]
fn a_bad_codebook_names_its_line() {
    let ws = corpus_with(&format!("{HEADER}{}", good_row()));
    ws.write("topics.toml", "[[topic]]\nkey = \"x\"\nkind = \"colour\"\n");
    let (code, _, stderr) = run(&ws, &["check"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("topics.toml:3"), "{stderr}");
}

#[test]
fn a_cue_phrase_without_a_word_is_refused() {
    let ws = corpus_with(HEADER);
    ws.write(
        "topics.toml",
        "[[topic]]\nkey = \"x\"\nkind = \"category\"\n[topic.categories]\nlate = [\"1973\"]\n",
    );
    let (code, _, stderr) = run(&ws, &["extract"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("the cue phrase '1973' of 'late' in topic 'x' has no word"),
        "{stderr}"
    );
}

#[test]
fn unknown_flags_are_usage_errors() {
    let ws = Workspace::new();
    let (code, _, stderr) = run(&ws, &["check", "--colour"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("unexpected argument '--colour'"),
        "{stderr}"
    );
}

/// Issue 2's acceptance case: a misquoted row exits 2, naming the row and where the quote is.
#[test]
fn issue_2_a_misquoted_check_names_rows_and_where_the_quotes_are() {
    let claims = format!(
        "{HEADER}{}c2,a,,percent,36,percent,,,,36 percent,2,,,auto,extracted,\nc3,a,,percent,38,percent,,,,38 percent,1,,,auto,extracted,\nc4,zz,,year,1970,,,,,1970,1,,,auto,extracted,\nc5,a,,count,\"5,295\",strikes,sometimes,,,killed,2,,,auto,extracted,\nc1,a,,category,suicide,,,,,He killed himself,2,0,5,confirmed,manual,\n",
        good_row()
    );
    let ws = corpus_with(&claims);
    assert_cmd_snapshot!(ws.cmd(&["check"]));
}
