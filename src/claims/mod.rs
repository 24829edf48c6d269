//! The claims ledger: one row per claim, with its exact quote and position (DESIGN §3).
//!
//! `claims.csv` is a file people review and edit. A [`ClaimRow`] keeps every cell exactly as
//! written, so that rewriting the file never changes a person's edit; [`Claim`] is the typed
//! reading of a row that the checker and the reports work with.

pub(crate) mod file;
pub mod measure;
pub mod value;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use file::{COLUMNS, ClaimsFile};
pub use value::{Dimension, Interval, Value};

/// Define a closed vocabulary that round-trips through its snake_case spelling.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Every accepted spelling, for error messages.
            pub fn choices() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.trim() {
                    $($text => Ok($name::$variant),)+
                    other => Err(format!("'{other}' is not one of: {}", Self::choices())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What sort of fact a claim states.
    Kind {
        Percent => "percent",
        Count => "count",
        Money => "money",
        Quantity => "quantity",
        Date => "date",
        Year => "year",
        Duration => "duration",
        Ordinal => "ordinal",
        Category => "category",
    }
}

vocabulary! {
    /// How the wording hedges the value.
    Approx {
        Exact => "exact",
        About => "about",
        MoreThan => "more_than",
        AtLeast => "at_least",
        LessThan => "less_than",
        AtMost => "at_most",
        Range => "range",
        Vague => "vague",
    }
}

vocabulary! {
    /// Where a claim stands in review.
    Status {
        Auto => "auto",
        Confirmed => "confirmed",
        Rejected => "rejected",
    }
}

vocabulary! {
    /// Who made the row.
    Origin {
        Extracted => "extracted",
        Manual => "manual",
    }
}

/// One row of `claims.csv`, every cell verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ClaimRow {
    pub id: String,
    pub source: String,
    pub topic: String,
    pub kind: String,
    pub value: String,
    pub unit: String,
    pub approx: String,
    pub low: String,
    pub high: String,
    pub quote: String,
    pub line: String,
    pub byte_start: String,
    pub byte_end: String,
    pub status: String,
    pub origin: String,
    pub note: String,
}

/// A claim as the checker reads it: typed, with the interval its wording allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub source: String,
    pub topic: String,
    pub kind: Kind,
    pub value: Value,
    /// The value cell as written, for display.
    pub value_text: String,
    pub unit: String,
    pub approx: Approx,
    /// The interval the wording allows; `None` for categories.
    pub interval: Option<Interval>,
    pub quote: String,
    pub line: u64,
    /// Byte offsets of the quote in the source text (end exclusive).
    pub span: Option<std::ops::Range<usize>>,
    pub status: Status,
    pub origin: Origin,
    pub note: String,
    /// 0-based index of the row in the claims file, to point back at it.
    pub row: usize,
}

impl Claim {
    /// Render the typed claim as a row, deriving low/high from the interval.
    pub fn to_row(&self) -> ClaimRow {
        let dimension = self.kind.dimension();
        let (low, high) = match self.interval {
            Some(i) => (
                value::format_bound(dimension, i.low),
                value::format_bound(dimension, i.high),
            ),
            None => (String::new(), String::new()),
        };
        ClaimRow {
            id: self.id.clone(),
            source: self.source.clone(),
            topic: self.topic.clone(),
            kind: self.kind.to_string(),
            value: self.value_text.clone(),
            unit: self.unit.clone(),
            approx: self.approx.to_string(),
            low,
            high,
            quote: self.quote.clone(),
            line: self.line.to_string(),
            byte_start: self
                .span
                .as_ref()
                .map(|s| s.start.to_string())
                .unwrap_or_default(),
            byte_end: self
                .span
                .as_ref()
                .map(|s| s.end.to_string())
                .unwrap_or_default(),
            status: self.status.to_string(),
            origin: self.origin.to_string(),
            note: self.note.clone(),
        }
    }

    /// Whether the claim names a time no other source can share: a present reference ("now",
    /// "today", "currently": each source's own day of writing) or a unit of time alone ("for
    /// years", "minutes before": a few, of no particular span). Such claims date or measure
    /// their sentence for a reviewer, but two of them are never about the same thing, so
    /// alignment never groups them unless a person gives them a topic.
    pub fn is_unanchored(&self) -> bool {
        let word = self.quote.trim().to_lowercase();
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(&word);
        match self.kind {
            Kind::Date => matches!(word, "now" | "today" | "currently"),
            Kind::Duration => {
                self.approx == Approx::Vague
                    && !word.is_empty()
                    && word.chars().all(|c| c.is_alphabetic())
            }
            _ => false,
        }
    }

    /// A date written only as a day of the news cycle: a weekday, perhaps with its part of the
    /// day ("Thursday", "Tuesday night", "on Sunday"), or "yesterday", "tonight". One story names
    /// many such days (the fire began on Sunday, the update came on Thursday), so two of them in
    /// one source are two days of its story, never the source contradicting itself.
    pub fn is_news_day(&self) -> bool {
        const RELATIVE_DAYS: &[&str] = &["yesterday", "tonight", "tomorrow"];
        const AROUND: &[&str] = &["last", "on", "night", "morning", "afternoon", "evening"];
        let is_day = |w: &str| value::WEEKDAY_NAMES.contains(&w) || RELATIVE_DAYS.contains(&w);
        let quote = self.quote.to_lowercase();
        let words: Vec<&str> = quote
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        self.kind == Kind::Date
            && words.iter().any(|w| is_day(w))
            && words.iter().all(|w| is_day(w) || AROUND.contains(w))
    }
}

/// A problem with one cell of a row, found while reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub column: &'static str,
    pub what: String,
    pub fix: String,
}

impl ClaimRow {
    /// Read the row into a typed claim, collecting every problem rather than stopping at one.
    pub fn parse(&self, row: usize) -> Result<Claim, Vec<CellProblem>> {
        let mut problems = Vec::new();
        let mut problem = |column: &'static str, what: String, fix: &str| {
            problems.push(CellProblem {
                column,
                what,
                fix: fix.to_string(),
            });
        };
        if self.id.trim().is_empty() {
            problem(
                "id",
                "the id is empty".into(),
                "give the row a unique id, such as 'manual-1'",
            );
        }
        if self.source.trim().is_empty() {
            problem(
                "source",
                "the source is empty".into(),
                "write the id of the source the quote comes from",
            );
        }
        let kind = self.kind.parse::<Kind>();
        if let Err(e) = &kind {
            problem(
                "kind",
                format!("unknown kind: {e}"),
                "use one of the kinds listed",
            );
        }
        let approx = if self.approx.trim().is_empty() {
            Ok(Approx::Exact)
        } else {
            self.approx.parse()
        };
        if let Err(e) = &approx {
            problem(
                "approx",
                format!("unknown approx: {e}"),
                "use one of the values listed, or leave it empty for exact",
            );
        }
        let status = self.status.parse::<Status>();
        if let Err(e) = &status {
            problem(
                "status",
                format!("unknown status: {e}"),
                "write auto, confirmed or rejected",
            );
        }
        let origin = self.origin.parse::<Origin>();
        if let Err(e) = &origin {
            problem(
                "origin",
                format!("unknown origin: {e}"),
                "write extracted or manual",
            );
        }
        let line = if self.line.trim().is_empty() {
            Ok(0)
        } else {
            self.line
                .trim()
                .parse::<u64>()
                .map_err(|_| format!("'{}' is not a line number", self.line))
        };
        if let Err(e) = &line {
            problem(
                "line",
                e.clone(),
                "write the 1-based line of the source where the quote is",
            );
        }
        let offset = |cell: &str| -> Result<Option<usize>, String> {
            if cell.trim().is_empty() {
                Ok(None)
            } else {
                cell.trim()
                    .parse::<usize>()
                    .map(Some)
                    .map_err(|_| format!("'{cell}' is not a byte offset"))
            }
        };
        let start = offset(&self.byte_start);
        let end = offset(&self.byte_end);
        for (column, result) in [("byte_start", &start), ("byte_end", &end)] {
            if let Err(e) = result {
                problem(
                    column,
                    e.clone(),
                    "write a byte offset into the source, or leave both offsets empty",
                );
            }
        }
        let span = match (&start, &end) {
            (Ok(Some(s)), Ok(Some(e))) if s <= e => Some(*s..*e),
            (Ok(Some(s)), Ok(Some(e))) => {
                problem(
                    "byte_end",
                    format!("the quote ends (byte {e}) before it starts (byte {s})"),
                    "swap or correct the offsets",
                );
                None
            }
            (Ok(None), Ok(None)) => None,
            (Ok(_), Ok(_)) => {
                problem(
                    "byte_start",
                    "only one of byte_start and byte_end is given".into(),
                    "give both offsets, or neither",
                );
                None
            }
            _ => None,
        };
        let Ok(kind) = kind else {
            return Err(problems);
        };
        let value = Value::parse(kind, &self.value);
        if let Err(e) = &value {
            problem(
                "value",
                format!("the value does not parse as {kind}: {e}"),
                "correct the value, or the kind",
            );
        }
        let Ok(approx) = approx else {
            return Err(problems);
        };
        let mut interval = value.as_ref().ok().and_then(|v| v.allowed(kind, approx));
        if let (Some(derived), Ok(_)) = (interval.as_mut(), &value) {
            let dimension = kind.dimension();
            for (column, cell, end) in [
                ("low", &self.low, &mut derived.low),
                ("high", &self.high, &mut derived.high),
            ] {
                if cell.trim().is_empty() {
                    continue;
                }
                match parse_bound(dimension, cell) {
                    Ok(v) => *end = v,
                    Err(e) => problem(
                        column,
                        e,
                        "write a bound in the form of the value, or leave it empty to derive it",
                    ),
                }
            }
            if derived.low > derived.high {
                problem(
                    "low",
                    format!("low ({}) is above high ({})", self.low, self.high),
                    "swap them, or leave both empty to derive them",
                );
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Claim {
            id: self.id.trim().to_string(),
            source: self.source.trim().to_string(),
            topic: self.topic.trim().to_string(),
            kind,
            value: value.expect("checked above"),
            value_text: self.value.trim().to_string(),
            unit: self.unit.trim().to_string(),
            approx,
            interval,
            quote: self.quote.clone(),
            line: line.expect("checked above"),
            span,
            status: status.expect("checked above"),
            origin: origin.expect("checked above"),
            note: self.note.clone(),
            row,
        })
    }
}

/// Parse a low/high cell: a number, or a date whose start (for low) is taken.
fn parse_bound(dimension: Dimension, cell: &str) -> Result<f64, String> {
    match dimension {
        Dimension::Number => value::parse_number(cell.trim()).map(|(v, _)| v),
        Dimension::Time => match Value::parse(Kind::Date, cell)? {
            Value::Time { nominal, .. } => Ok(nominal.low),
            _ => unreachable!("dates parse to time values"),
        },
        Dimension::Category => Err("a category has no bounds".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> ClaimRow {
        ClaimRow {
            id: "c1".into(),
            source: "a".into(),
            kind: "percent".into(),
            value: "36".into(),
            unit: "percent".into(),
            approx: "exact".into(),
            quote: "36 percent".into(),
            line: "3".into(),
            status: "auto".into(),
            origin: "extracted".into(),
            ..ClaimRow::default()
        }
    }

    #[test]
    fn a_weekday_alone_is_a_day_of_the_news_cycle() {
        let date = |quote: &str| {
            let mut claim = row().parse(0).unwrap();
            claim.kind = Kind::Date;
            claim.quote = quote.into();
            claim.is_news_day()
        };
        assert!(date("Thursday"));
        assert!(date("Tuesday night"));
        assert!(date("on Sunday"));
        assert!(!date("Monday 3 March"));
        assert!(!date("Sunday, August 17"));
        assert!(!date("January"));
    }

    #[test]
    fn a_good_row_reads_with_its_interval() {
        let claim = row().parse(0).unwrap();
        assert_eq!(claim.interval, Some(Interval::new(35.5, 36.5)));
        assert_eq!(claim.to_row().low, "35.5");
    }

    #[test]
    fn every_bad_cell_is_reported_at_once() {
        let mut bad = row();
        bad.approx = "roughly".into();
        bad.status = "maybe".into();
        bad.origin = "robot".into();
        bad.line = "x".into();
        let problems = bad.parse(0).unwrap_err();
        let columns: Vec<_> = problems.iter().map(|p| p.column).collect();
        assert_eq!(columns, ["approx", "status", "origin", "line"]);
    }

    #[test]
    fn unknown_kind_is_named() {
        let mut bad = row();
        bad.kind = "percentage".into();
        let problems = bad.parse(0).unwrap_err();
        assert!(
            problems[0]
                .what
                .contains("'percentage' is not one of: percent, count")
        );
    }

    #[test]
    fn value_must_parse_for_its_kind() {
        let mut bad = row();
        bad.value = "thirty-six".into();
        assert_eq!(bad.parse(0).unwrap_err()[0].column, "value");
    }

    #[test]
    fn explicit_bounds_win_and_must_be_ordered() {
        let mut vague = row();
        vague.approx = "more_than".into();
        vague.value = "50".into();
        vague.low = "50".into();
        vague.high = "100".into();
        assert_eq!(
            vague.parse(0).unwrap().interval,
            Some(Interval::new(50.0, 100.0))
        );
        vague.low = "120".into();
        assert_eq!(vague.parse(0).unwrap_err()[0].column, "low");
    }

    #[test]
    fn offsets_must_come_in_order_and_in_pairs() {
        let mut bad = row();
        bad.byte_start = "10".into();
        assert_eq!(bad.parse(0).unwrap_err()[0].column, "byte_start");
        bad.byte_end = "5".into();
        assert_eq!(bad.parse(0).unwrap_err()[0].column, "byte_end");
    }
}
