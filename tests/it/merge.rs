//! Issue 3, "merging without loss": whatever a person does to claims.csv, extract keeps it.
//!
//! The property tests start from a ledger made by merging candidates, apply random edits a
//! person might make (any cell, any text, confirm, reject, delete, add manual rows), write and
//! read the file back, merge the same candidates again, and check that every edited row is still
//! there, byte for byte and in its place, and that a further merge changes nothing.

use std::path::{Path, PathBuf};

use crosscheck::claims::{Approx, Claim, ClaimRow, ClaimsFile, Kind, Origin, Status, Value};
use crosscheck::extract::merge::merge;
use crosscheck::sources::{Corpus, Source, SourceMeta};
use proptest::prelude::*;

const TEXT: &str = "In 1970 workers launched 5,295 strikes involving 316,280 workers.\n\
Allende won 36 percent of the vote.\nIn 1958, Allende obtained 28% of the votes.\n\
The coup came on 11 September 1973.\n";

const FIGURES: [(&str, Kind, &str); 7] = [
    ("1970", Kind::Year, "1970"),
    ("5,295 strikes", Kind::Count, "5295"),
    ("316,280 workers", Kind::Count, "316280"),
    ("36 percent", Kind::Percent, "36"),
    ("1958", Kind::Year, "1958"),
    ("28%", Kind::Percent, "28"),
    ("11 September 1973", Kind::Date, "1973-09-11"),
];

fn corpus() -> Corpus {
    let meta = SourceMeta {
        id: "a".into(),
        file: "a.txt".into(),
        ..SourceMeta::default()
    };
    Corpus {
        dir: PathBuf::new(),
        sources: vec![Source::new(meta, PathBuf::new(), TEXT.into())],
        warnings: vec![],
    }
}

fn candidates(corpus: &Corpus) -> Vec<Claim> {
    let source = &corpus.sources[0];
    FIGURES
        .iter()
        .map(|&(quote, kind, value)| {
            let start = TEXT.find(quote).unwrap();
            let parsed = Value::parse(kind, value).unwrap();
            Claim {
                id: String::new(),
                source: "a".into(),
                topic: String::new(),
                kind,
                interval: parsed.allowed(kind, Approx::Exact),
                value: parsed,
                value_text: value.into(),
                unit: String::new(),
                approx: Approx::Exact,
                quote: quote.into(),
                line: source.line_of(start),
                span: Some(start..start + quote.len()),
                status: Status::Auto,
                origin: Origin::Extracted,
                note: String::new(),
                row: 0,
            }
        })
        .collect()
}

/// An edit a person might make to the ledger.
#[derive(Debug, Clone)]
enum Edit {
    SetCell {
        row: usize,
        column: usize,
        text: String,
    },
    Reject {
        row: usize,
    },
    Confirm {
        row: usize,
    },
    Delete {
        row: usize,
    },
    AddManual {
        text: String,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    // Cells a spreadsheet might hold: commas, quotes, line breaks, non-ASCII, formulas.
    let text = prop_oneof![
        "[a-z ]{0,12}",
        "[\\PC]{0,20}",
        Just("=1+1".to_string()),
        Just("two\nlines, \"quoted\"".to_string()),
        Just("confirmed against the archive".to_string()),
    ];
    prop_oneof![
        (0..20usize, 0..16usize, text.clone()).prop_map(|(row, column, text)| Edit::SetCell {
            row,
            column,
            text
        }),
        (0..20usize).prop_map(|row| Edit::Reject { row }),
        (0..20usize).prop_map(|row| Edit::Confirm { row }),
        (0..20usize).prop_map(|row| Edit::Delete { row }),
        text.prop_map(|text| Edit::AddManual { text }),
    ]
}

fn cell(row: &mut ClaimRow, column: usize) -> &mut String {
    match column {
        0 => &mut row.id,
        1 => &mut row.source,
        2 => &mut row.topic,
        3 => &mut row.kind,
        4 => &mut row.value,
        5 => &mut row.unit,
        6 => &mut row.approx,
        7 => &mut row.low,
        8 => &mut row.high,
        9 => &mut row.quote,
        10 => &mut row.line,
        11 => &mut row.byte_start,
        12 => &mut row.byte_end,
        13 => &mut row.status,
        14 => &mut row.origin,
        _ => &mut row.note,
    }
}

fn apply(file: &mut ClaimsFile, edit: &Edit) {
    let n = file.rows.len();
    match edit.clone() {
        Edit::SetCell { row, column, text } if n > 0 => {
            *cell(&mut file.rows[row % n], column) = text
        }
        Edit::Reject { row } if n > 0 => file.rows[row % n].status = "rejected".into(),
        Edit::Confirm { row } if n > 0 => file.rows[row % n].status = "confirmed".into(),
        Edit::Delete { row } if n > 0 => {
            file.rows.remove(row % n);
        }
        Edit::AddManual { text } => file.rows.push(ClaimRow {
            id: format!("manual-{}", file.rows.len()),
            source: "a".into(),
            topic: "allende.death".into(),
            kind: "category".into(),
            value: "suicide".into(),
            quote: text,
            status: "confirmed".into(),
            origin: "manual".into(),
            ..ClaimRow::default()
        }),
        _ => {}
    }
}

/// Write the ledger to disk and read it back, as a person's editor would leave it.
fn through_disk(file: &ClaimsFile, dir: &Path) -> ClaimsFile {
    let path = dir.join("claims.csv");
    let mut copy = file.clone();
    copy.path = path.clone();
    copy.write().unwrap();
    ClaimsFile::read(&path).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn issue_3_edits_survive_extract(edits in proptest::collection::vec(edit(), 0..12)) {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus();
        let candidates = candidates(&corpus);
        let mut file = ClaimsFile::empty(&dir.path().join("claims.csv"));
        merge(&mut file, &candidates, &corpus);
        for edit in &edits {
            apply(&mut file, edit);
        }
        let edited = through_disk(&file, dir.path());
        prop_assert_eq!(&edited.rows, &file.rows, "the CSV round trip changed a cell");

        let mut merged = edited.clone();
        let outcome = merge(&mut merged, &candidates, &corpus);
        prop_assert_eq!(&merged.rows[..edited.rows.len()], &edited.rows[..], "a row was changed, moved or lost");
        prop_assert_eq!(outcome.kept, edited.rows.len());
        prop_assert_eq!(merged.rows.len(), edited.rows.len() + outcome.added.len());
        for row in &merged.rows[edited.rows.len()..] {
            prop_assert_eq!(row.status.as_str(), "auto");
            prop_assert!(!edited.rows.iter().any(|r| r.id == row.id), "an id was reused");
        }

        let once = through_disk(&merged, dir.path());
        let mut twice = once.clone();
        let again = merge(&mut twice, &candidates, &corpus);
        prop_assert!(again.added.is_empty(), "a second merge added {:?}", again.added);
        prop_assert_eq!(twice.to_csv(), once.to_csv());
    }
}

#[test]
fn issue_3_a_rejected_candidate_is_not_proposed_again() {
    let corpus = corpus();
    let candidates = candidates(&corpus);
    let mut file = ClaimsFile::empty(Path::new("claims.csv"));
    merge(&mut file, &candidates, &corpus);
    for row in &mut file.rows {
        row.status = "rejected".into();
    }
    let outcome = merge(&mut file, &candidates, &corpus);
    assert!(outcome.added.is_empty());
    assert!(file.rows.iter().all(|r| r.status == "rejected"));
}
