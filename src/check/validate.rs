//! Provenance: every claim must point at text that is really in its source.
//!
//! A discrepancy report is only worth quoting if each quote can be found where the claim says.
//! This pass reads every row and reports every problem at once (not just the first), each with
//! the row and column of `claims.csv` and what to do, and passes the sound claims on.

use std::collections::HashMap;

use super::findings::{Problem, Severity};
use crate::claims::{Claim, ClaimsFile, Kind, Origin, Status, Value};
use crate::codebook::Codebook;
use crate::sources::{Corpus, Source};

/// The claims that can be judged, and the problems found on the way.
#[derive(Debug, Default)]
pub struct Validated {
    /// Sound claims that a person has not rejected.
    pub claims: Vec<Claim>,
    pub rejected: usize,
    pub problems: Vec<Problem>,
}

pub fn validate(file: &ClaimsFile, corpus: &Corpus, codebook: &Codebook) -> Validated {
    let mut out = Validated::default();
    let path = file.path.display().to_string();
    let mut first_row_of_id: HashMap<&str, u64> = HashMap::new();
    for (index, row) in file.rows.iter().enumerate() {
        let line = file.line_of_row(index);
        let mut report = |severity, column: Option<&str>, message: String, fix: String| {
            out.problems.push(Problem {
                severity,
                claim: Some(row.id.clone()).filter(|id| !id.is_empty()),
                file: path.clone(),
                line,
                column: column.map(str::to_string),
                message,
                fix,
            });
        };
        if !row.id.trim().is_empty() {
            if let Some(first) = first_row_of_id.get(row.id.trim()) {
                report(
                    Severity::Error,
                    Some("id"),
                    format!("the id '{}' is already used on line {first}", row.id.trim()),
                    "give each claim its own id".into(),
                );
            } else {
                first_row_of_id.insert(row.id.trim(), line);
            }
        }
        let claim = match row.parse(index) {
            Ok(claim) => claim,
            Err(cells) => {
                for cell in cells {
                    report(Severity::Error, Some(cell.column), cell.what, cell.fix);
                }
                continue;
            }
        };
        let Some(source) = corpus.get(&claim.source) else {
            let known: Vec<&str> = corpus.sources.iter().map(|s| s.id()).collect();
            report(
                Severity::Error,
                Some("source"),
                format!("unknown source '{}'", claim.source),
                format!("use one of the source ids: {}", known.join(", ")),
            );
            continue;
        };
        if let Some((column, message, fix)) = check_fit(&claim, codebook) {
            report(Severity::Error, Some(column), message, fix);
            continue;
        }
        if claim.status == Status::Rejected {
            // A rejected row is kept only so it is not proposed again; its quote may be gone.
            out.rejected += 1;
            continue;
        }
        if claim.quote.is_empty() {
            let severity = if claim.origin == Origin::Extracted {
                Severity::Error
            } else {
                Severity::Warning
            };
            report(
                severity,
                Some("quote"),
                "the quote is empty, so the claim cannot be traced to its source".into(),
                "copy the words of the source that carry the claim into the quote cell".into(),
            );
            if severity == Severity::Error {
                continue;
            }
        } else if let Some((column, message, fix)) = check_quote(&claim, source) {
            report(Severity::Error, Some(column), message, fix);
            continue;
        }
        out.claims.push(claim);
    }
    out
}

/// Do kind, unit and value fit together, and with the codebook's topic? `None` when they do.
fn check_fit(claim: &Claim, codebook: &Codebook) -> Option<(&'static str, String, String)> {
    let unit = claim.unit.as_str();
    let unit_fits = match claim.kind {
        Kind::Percent => matches!(unit, "" | "percent" | "percentage points"),
        Kind::Date | Kind::Year | Kind::Category => unit.is_empty(),
        Kind::Duration => DURATION_UNITS.contains(&unit),
        Kind::Count | Kind::Money | Kind::Quantity | Kind::Ordinal => unit != "percent",
    };
    if !unit_fits {
        let expected = match claim.kind {
            Kind::Percent => "'percent' or 'percentage points'".to_string(),
            Kind::Duration => DURATION_UNITS.join(", "),
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Ordinal => {
                "anything but 'percent' (use kind percent)".into()
            }
            _ => "no unit".into(),
        };
        return Some((
            "unit",
            format!("the unit '{unit}' does not fit the kind {}", claim.kind),
            format!("for {} write {expected}, or change the kind", claim.kind),
        ));
    }
    let spec = codebook.topic(&claim.topic)?;
    if spec.kind != claim.kind && spec.kind.dimension() != claim.kind.dimension() {
        return Some((
            "kind",
            format!(
                "the codebook declares topic '{}' as {}, but this claim is {}",
                spec.key, spec.kind, claim.kind
            ),
            "change the claim's kind or its topic".into(),
        ));
    }
    if let Value::Category(label) = &claim.value
        && !spec.categories.is_empty()
        && !spec.categories.contains_key(label)
    {
        let known: Vec<&str> = spec.categories.keys().map(String::as_str).collect();
        return Some((
            "value",
            format!("'{label}' is not a category of topic '{}'", spec.key),
            format!(
                "use one of: {} (or add it to the codebook)",
                known.join(", ")
            ),
        ));
    }
    None
}

const DURATION_UNITS: [&str; 9] = [
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "centuries",
];

/// Is the quote in the source, at the line and offsets the row gives? `None` when it is.
fn check_quote(claim: &Claim, source: &Source) -> Option<(&'static str, String, String)> {
    let text = &source.text;
    let quote = &claim.quote;
    let occurrences: Vec<usize> = text.match_indices(quote.as_str()).map(|(i, _)| i).collect();
    if occurrences.is_empty() {
        let hint = match near_match(text, quote) {
            Some(at) => format!(
                "a near match (differing in spacing, case or quotation marks) is at line {}: fix the quote to the source's exact words",
                source.line_of(at)
            ),
            None => "copy the exact words from the source (the quote must appear verbatim)".into(),
        };
        return Some((
            "quote",
            format!(
                "the quote is nowhere in source '{}' ({})",
                claim.source,
                source.path.display()
            ),
            hint,
        ));
    }
    if let Some(span) = &claim.span {
        let actual = text.get(span.clone());
        if actual != Some(quote.as_str()) {
            let found = match actual {
                Some(t) => format!("bytes {}..{} hold '{}'", span.start, span.end, shorten(t)),
                None => format!(
                    "bytes {}..{} are outside the text or split a character",
                    span.start, span.end
                ),
            };
            let nearest = nearest(&occurrences, span.start);
            return Some((
                "byte_start",
                format!("the offsets do not match the quote: {found}"),
                format!(
                    "the quote is at bytes {}..{} (line {}): correct byte_start and byte_end, or leave both empty",
                    nearest,
                    nearest + quote.len(),
                    source.line_of(nearest)
                ),
            ));
        }
    }
    if claim.line != 0 {
        let on_line = occurrences
            .iter()
            .any(|&at| source.line_of(at) == claim.line);
        if !on_line {
            let lines: Vec<String> = occurrences
                .iter()
                .map(|&at| source.line_of(at).to_string())
                .collect();
            let mut lines = lines;
            lines.dedup();
            return Some((
                "line",
                format!(
                    "the quote is not at line {}: it is at line {}",
                    claim.line,
                    lines.join(", ")
                ),
                "correct the line number".into(),
            ));
        }
    }
    None
}

fn nearest(occurrences: &[usize], to: usize) -> usize {
    *occurrences
        .iter()
        .min_by_key(|&&at| at.abs_diff(to))
        .expect("at least one occurrence")
}

/// Find the quote ignoring case, runs of white space and the style of quotation marks.
fn near_match(text: &str, quote: &str) -> Option<usize> {
    fn fold(c: char) -> char {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        }
    }
    let folded = |s: &str| -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut offsets = Vec::new();
        let mut last_space = false;
        for (i, c) in s.char_indices() {
            let c = fold(c);
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            out.push(c);
            offsets.extend(std::iter::repeat_n(i, c.len_utf8()));
        }
        (out, offsets)
    };
    let (haystack, offsets) = folded(text);
    let (needle, _) = folded(quote.trim());
    if needle.is_empty() {
        return None;
    }
    haystack.find(&needle).map(|i| offsets[i])
}

fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimRow;
    use crate::sources::{Source, SourceMeta};
    use std::path::PathBuf;

    fn corpus() -> Corpus {
        let meta = SourceMeta {
            id: "a".into(),
            file: "a.txt".into(),
            ..SourceMeta::default()
        };
        let text =
            "First line.\nAllende won 36 percent of the vote.\nHe “killed himself”.\n".to_string();
        Corpus {
            dir: PathBuf::from("src"),
            sources: vec![Source::new(meta, PathBuf::from("src/a.txt"), text)],
            warnings: vec![],
        }
    }

    fn row(id: &str, quote: &str, line: &str) -> ClaimRow {
        ClaimRow {
            id: id.into(),
            source: "a".into(),
            kind: "percent".into(),
            value: "36".into(),
            unit: "percent".into(),
            approx: "exact".into(),
            quote: quote.into(),
            line: line.into(),
            status: "auto".into(),
            origin: "extracted".into(),
            ..ClaimRow::default()
        }
    }

    fn problems(rows: Vec<ClaimRow>) -> Vec<Problem> {
        let lines = (2..2 + rows.len() as u64).collect();
        let file = ClaimsFile {
            path: PathBuf::from("claims.csv"),
            rows,
            lines,
        };
        validate(&file, &corpus(), &Codebook::default()).problems
    }

    #[test]
    fn a_sound_claim_passes() {
        let file = ClaimsFile {
            path: "c.csv".into(),
            rows: vec![row("c1", "36 percent", "2")],
            lines: vec![2],
        };
        let v = validate(&file, &corpus(), &Codebook::default());
        assert!(v.problems.is_empty(), "{:?}", v.problems);
        assert_eq!(v.claims.len(), 1);
    }

    #[test]
    fn unknown_source_lists_the_known_ones() {
        let mut r = row("c1", "36 percent", "2");
        r.source = "b".into();
        let p = problems(vec![r]);
        assert_eq!(p[0].column.as_deref(), Some("source"));
        assert!(p[0].fix.contains("a"));
    }

    #[test]
    fn duplicate_ids_point_at_the_first_use() {
        let p = problems(vec![
            row("c1", "36 percent", "2"),
            row("c1", "36 percent", "2"),
        ]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, 3);
        assert!(p[0].message.contains("already used on line 2"));
    }

    #[test]
    fn a_quote_on_the_wrong_line_says_where_it_is() {
        let p = problems(vec![row("c1", "36 percent", "3")]);
        assert_eq!(p[0].message, "the quote is not at line 3: it is at line 2");
    }

    #[test]
    fn a_missing_quote_says_it_is_nowhere() {
        let p = problems(vec![row("c1", "38 percent", "2")]);
        assert!(p[0].message.contains("nowhere"));
    }

    #[test]
    fn a_near_match_is_pointed_out() {
        let p = problems(vec![row("c1", "He \"killed  himself\"", "3")]);
        assert!(
            p[0].fix.contains("near match") && p[0].fix.contains("line 3"),
            "{}",
            p[0].fix
        );
    }

    #[test]
    fn offsets_must_hold_the_quote() {
        let mut r = row("c1", "36 percent", "2");
        r.byte_start = "0".into();
        r.byte_end = "10".into();
        let p = problems(vec![r]);
        assert!(
            p[0].message.contains("bytes 0..10 hold 'First line'"),
            "{}",
            p[0].message
        );
        assert!(p[0].fix.contains("bytes 24..34"), "{}", p[0].fix);
        let mut r = row("c1", "36 percent", "2");
        r.byte_start = "500".into();
        r.byte_end = "510".into();
        assert!(problems(vec![r])[0].message.contains("outside the text"));
    }

    #[test]
    fn an_empty_quote_is_an_error_only_when_extracted() {
        let p = problems(vec![row("c1", "", "")]);
        assert_eq!(p[0].severity, Severity::Error);
        let mut manual = row("c2", "", "");
        manual.origin = "manual".into();
        assert_eq!(problems(vec![manual])[0].severity, Severity::Warning);
    }

    #[test]
    fn kind_and_unit_must_fit() {
        let mut r = row("c1", "36 percent", "2");
        r.unit = "USD".into();
        assert_eq!(problems(vec![r])[0].column.as_deref(), Some("unit"));
        let mut r = row("c1", "36 percent", "2");
        r.kind = "duration".into();
        r.unit = "percent".into();
        assert!(
            problems(vec![r])[0]
                .message
                .contains("does not fit the kind duration")
        );
    }

    #[test]
    fn a_category_must_be_one_the_codebook_lists() {
        let codebook: Codebook = toml::from_str(
            "[[topic]]\nkey = \"death\"\nkind = \"category\"\n[topic.categories]\nsuicide = [\"killed himself\"]\n",
        )
        .unwrap();
        let mut r = row("c1", "killed himself", "3");
        r.kind = "category".into();
        r.unit = String::new();
        r.topic = "death".into();
        r.value = "accident".into();
        let file = ClaimsFile {
            path: "c.csv".into(),
            rows: vec![r],
            lines: vec![2],
        };
        let p = validate(&file, &corpus(), &codebook).problems;
        assert!(
            p[0].message
                .contains("'accident' is not a category of topic 'death'")
        );
        assert!(p[0].fix.contains("suicide"));
    }

    #[test]
    fn rejected_rows_are_not_traced() {
        let mut r = row("c1", "gone from the source", "2");
        r.status = "rejected".into();
        assert!(problems(vec![r]).is_empty());
    }
}
