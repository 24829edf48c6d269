//! What a claim's value means: the interval its wording allows (DESIGN §4).
//!
//! A claim's `value` cell is normalised text (`36`, `3880000000`, `1973-09`, `1967/1973`,
//! `suicide`). Judging needs more: the set of values the wording leaves open. "36 percent" allows
//! 35.5–36.5, "September 1970" allows every day of that month, "more than half" allows 50–100.
//! Dates become day numbers so that dates and numbers share one interval type.

use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

use super::{Approx, Kind};

/// The months, January first, as readers write them.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days of the week, Monday first, lower case.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A closed interval of numbers, or of days since 1970-01-01 for dates. Unbounded ends are
/// infinite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub const fn point(v: f64) -> Self {
        Interval { low: v, high: v }
    }

    pub fn new(low: f64, high: f64) -> Self {
        Interval {
            low: low.min(high),
            high: low.max(high),
        }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    pub fn contains(&self, other: &Interval) -> bool {
        self.low <= other.low && other.high <= self.high
    }

    /// Distance between two disjoint intervals (0 when they overlap).
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            0.0
        } else if self.high < other.low {
            other.low - self.high
        } else {
            self.low - other.high
        }
    }

    pub fn is_point(&self) -> bool {
        self.low == self.high
    }
}

/// The dimension a kind lives in: values of different dimensions are never compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Number,
    Time,
    Category,
}

impl Kind {
    pub fn dimension(self) -> Dimension {
        match self {
            Kind::Date | Kind::Year => Dimension::Time,
            Kind::Category => Dimension::Category,
            _ => Dimension::Number,
        }
    }
}

/// A parsed value cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number, or a range of numbers written `a/b`. `step` is the place of the last written
    /// digit (1 for `36`, 0.01 for `3.88`, 10 for `120`), which bounds the rounding it allows.
    Number { nominal: Interval, step: f64 },
    /// A date or period: `1973`, `1973-09`, `1973-09-11`, `1970s`, or `a/b` between two of them.
    Time {
        nominal: Interval,
        precision: Precision,
    },
    /// A category label (`suicide`).
    Category(String),
}

/// How precisely a date is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A time of day: `1973-09-11T11:53`.
    Minute,
    Day,
    Month,
    Year,
    Decade,
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Precision::Minute => "minute",
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Decade => "decade",
        })
    }
}

impl Value {
    /// Parse a value cell for a kind. The error says what was expected.
    pub fn parse(kind: Kind, text: &str) -> Result<Value, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("the value is empty".into());
        }
        match kind.dimension() {
            Dimension::Category => {
                if text
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                {
                    Ok(Value::Category(text.to_string()))
                } else {
                    Err(format!(
                        "'{text}' is not a category label: use letters, digits, '_' or '-' (e.g. suicide)"
                    ))
                }
            }
            Dimension::Number => {
                let (a, b) = split_range(text);
                let (low, step_a) = parse_number(a)?;
                let (high, step_b) = match b {
                    Some(b) => parse_number(b)?,
                    None => (low, step_a),
                };
                Ok(Value::Number {
                    nominal: Interval::new(low, high),
                    step: step_a.min(step_b),
                })
            }
            Dimension::Time => {
                let (a, b) = match text.split_once('/') {
                    Some((a, b)) => (a, Some(b)),
                    None => (text, None),
                };
                let (start, precision_a) = parse_period(a)?;
                let (end, precision_b) = match b {
                    Some(b) => parse_period(b)?,
                    None => (start, precision_a),
                };
                if end.high < start.low {
                    return Err(format!("'{text}' ends before it begins"));
                }
                Ok(Value::Time {
                    nominal: Interval::new(start.low, end.high),
                    precision: precision_a.max(precision_b),
                })
            }
        }
    }

    /// The interval the value allows under its wording, when the claim row gives no low/high.
    pub fn allowed(&self, kind: Kind, approx: Approx) -> Option<Interval> {
        match self {
            Value::Category(_) => None,
            Value::Time { nominal, precision } => {
                let slack = match precision {
                    // "about 5 a.m." allows half an hour either way.
                    Precision::Minute => 30.0 / MINUTES_PER_DAY,
                    Precision::Day => 3.0,
                    Precision::Month => 31.0,
                    Precision::Year => 366.0,
                    Precision::Decade => 3653.0,
                };
                Some(widen(*nominal, approx, slack, f64::NEG_INFINITY))
            }
            Value::Number { nominal, step } => {
                let rounding = match kind {
                    // Counted things are whole: "5,295" and "20" are exact, "40,000" may be
                    // rounded (as the extractor reads them).
                    Kind::Count if *step <= 1.0 || nominal.high.abs() < 1000.0 => 0.0,
                    Kind::Ordinal => 0.0,
                    _ if nominal.low == nominal.high => round_grid(nominal.low, *step) / 2.0,
                    _ => step / 2.0,
                };
                let rounded = Interval::new(nominal.low - rounding, nominal.high + rounding);
                let magnitude = nominal.high.abs().max(nominal.low.abs());
                let floor = if matches!(kind, Kind::Count | Kind::Money | Kind::Percent) {
                    0.0
                } else {
                    f64::NEG_INFINITY
                };
                let mut interval = widen(rounded, approx, (magnitude * 0.1).max(rounding), floor);
                if kind == Kind::Percent && approx != Approx::Exact {
                    interval.high = interval.high.min(100.0).max(interval.low);
                }
                Some(interval)
            }
        }
    }

    pub fn nominal(&self) -> Option<Interval> {
        match self {
            Value::Number { nominal, .. } | Value::Time { nominal, .. } => Some(*nominal),
            Value::Category(_) => None,
        }
    }
}

/// The grid a round figure is rounded to: writers round to 1, 2 and 5 in each power of ten,
/// so "40,000" is rounded to the nearest 10,000 but "10,000" and "20,000" to the nearest 5,000
/// ("10,000", "15,000", "20,000", "25,000" are all round). Otherwise "about 10,000" would allow
/// 5,000. `step` is the place of the last written digit of `value`.
pub fn round_grid(value: f64, step: f64) -> f64 {
    let leading = (value.abs() / step).round();
    if step > 1.0 && (leading == 1.0 || leading == 2.0) {
        step / 2.0
    } else {
        step
    }
}

fn widen(nominal: Interval, approx: Approx, slack: f64, floor: f64) -> Interval {
    let Interval { low, high } = nominal;
    match approx {
        Approx::Exact | Approx::Range => nominal,
        Approx::About | Approx::Vague => Interval::new((low - slack).max(floor), high + slack),
        Approx::MoreThan | Approx::AtLeast => Interval::new(low, f64::INFINITY),
        Approx::LessThan | Approx::AtMost => Interval::new(floor, high),
    }
}

/// Split `a/b` into its two ends; a lone number has no second end.
fn split_range(text: &str) -> (&str, Option<&str>) {
    match text.split_once('/') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (text, None),
    }
}

/// Parse a plain decimal (`5295`, `3.88`, `-2`, `1e9` is refused: write the digits) and the
/// place of its last significant digit.
pub fn parse_number(text: &str) -> Result<(f64, f64), String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let valid = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|&c| c == '.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    if !valid {
        return Err(format!(
            "'{text}' is not a plain number: write digits with an optional '.', without separators (e.g. 5295 or 3.88)"
        ));
    }
    let value: f64 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number"))?;
    let step = match digits.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let trailing_zeros = digits.bytes().rev().take_while(|&b| b == b'0').count();
            if trailing_zeros == digits.len() {
                1.0
            } else {
                10f64.powi(trailing_zeros as i32)
            }
        }
    };
    Ok((value, step))
}

/// Minutes in a day: a time of day is a day number plus the share of the day gone by.
pub const MINUTES_PER_DAY: f64 = 1440.0;

/// Parse one end of a time value into the days it covers.
fn parse_period(text: &str) -> Result<(Interval, Precision), String> {
    let bad = || {
        format!(
            "'{text}' is not a date: write 1973-09-11, 1973-09, 1973, 1970s, a time of day such as 1973-09-11T11:53, or a range such as 1967/1973"
        )
    };
    let text = text.trim();
    if let Some((day, clock)) = text.split_once('T') {
        let (day, precision) = parse_period(day)?;
        let (h, m) = clock.split_once(':').ok_or_else(bad)?;
        let two = |s: &str| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        let (h, m) = (two(h).ok_or_else(bad)?, two(m).ok_or_else(bad)?);
        if precision != Precision::Day || h > 23 || m > 59 {
            return Err(bad());
        }
        let at = day.low + f64::from(h * 60 + m) / MINUTES_PER_DAY;
        return Ok((Interval::point(at), Precision::Minute));
    }
    if let Some(decade) = text.strip_suffix('s') {
        let year: i16 = decade.parse().map_err(|_| bad())?;
        if decade.len() != 4 || year % 10 != 0 {
            return Err(bad());
        }
        let first = civil(year, 1, 1).ok_or_else(bad)?;
        let last = civil(year + 9, 12, 31).ok_or_else(bad)?;
        return Ok((Interval::new(first, last), Precision::Decade));
    }
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| -> Option<i16> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => {
            let y = number(y, 4).ok_or_else(bad)?;
            Ok((
                Interval::new(
                    civil(y, 1, 1).ok_or_else(bad)?,
                    civil(y, 12, 31).ok_or_else(bad)?,
                ),
                Precision::Year,
            ))
        }
        [y, m] => {
            let (y, m) = (number(y, 4).ok_or_else(bad)?, number(m, 2).ok_or_else(bad)?);
            let first = Date::new(y, m as i8, 1).map_err(|_| bad())?;
            let last = first.last_of_month();
            Ok((
                Interval::new(day_number(first), day_number(last)),
                Precision::Month,
            ))
        }
        [y, m, d] => {
            let (y, m, d) = (
                number(y, 4).ok_or_else(bad)?,
                number(m, 2).ok_or_else(bad)?,
                number(d, 2).ok_or_else(bad)?,
            );
            let day = civil(y, m as i8, d as i8)
                .ok_or_else(|| format!("'{text}' is not a day of the calendar"))?;
            Ok((Interval::point(day), Precision::Day))
        }
        _ => Err(bad()),
    }
}

fn civil(year: i16, month: i8, day: i8) -> Option<f64> {
    Date::new(year, month, day).ok().map(day_number)
}

const EPOCH: Date = jiff::civil::date(1970, 1, 1);

/// Days since 1970-01-01.
pub fn day_number(date: Date) -> f64 {
    EPOCH
        .until(date)
        .map(|span| span.get_days() as f64)
        .unwrap_or(0.0)
}

/// The calendar day of a day number (clamped to jiff's range).
pub fn date_of(day: f64) -> Date {
    // Floor, not truncate: a time of day before 1970 is a negative day number plus a share.
    let days = day.clamp(-2_000_000.0, 2_000_000.0).floor() as i64;
    EPOCH
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(EPOCH)
}

/// Write an interval end for a reader: a number in plain digits, a day as `YYYY-MM-DD`, an
/// unbounded end as nothing.
pub fn format_bound(dimension: Dimension, v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    match dimension {
        Dimension::Time if v.fract() != 0.0 => {
            let (h, m) = clock_of(v);
            format!("{}T{h:02}:{m:02}", date_of(v))
        }
        Dimension::Time => date_of(v).to_string(),
        _ => format_number(v),
    }
}

/// The hour and minute of a time of day (a day number with a share of the day).
pub fn clock_of(v: f64) -> (u16, u16) {
    let minutes = ((v - v.floor()) * MINUTES_PER_DAY).round() as u16;
    (minutes / 60 % 24, minutes % 60)
}

/// How many days the Gregorian calendar runs ahead of the Julian on a Julian date of this year
/// and month: 10 days from 1582 to February 1700, 11 to February 1800, 12, then 13. A century
/// year's Julian 29 February moves the gap on, so its January and February keep the old gap.
pub fn julian_gap(year: i64, month: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    year / 100 - year / 400 - 2
}

/// A time of day read at the precision of its day, for comparing with a date given to the day
/// or coarser: "at 04:52" on 14 March falls within "14 March".
pub fn to_days(i: Interval) -> Interval {
    Interval::new(i.low.floor(), i.high.floor())
}

/// Plain digits, no exponent, no trailing zeros.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(kind: Kind, approx: Approx, value: &str) -> Interval {
        Value::parse(kind, value)
            .unwrap()
            .allowed(kind, approx)
            .unwrap()
    }

    #[test]
    fn the_julian_gap_grows_after_a_century_leap_day() {
        assert_eq!(julian_gap(1689, 5), 10);
        assert_eq!(julian_gap(1700, 2), 10);
        assert_eq!(julian_gap(1700, 3), 11);
        assert_eq!(julian_gap(1752, 9), 11);
        assert_eq!(julian_gap(1900, 3), 13);
    }

    #[test]
    fn round_figures_of_one_and_two_are_rounded_to_halves() {
        assert_eq!(round_grid(10000.0, 10000.0), 5000.0);
        assert_eq!(round_grid(2e9, 1e9), 5e8);
        assert_eq!(round_grid(40000.0, 10000.0), 10000.0);
        assert_eq!(round_grid(12000.0, 1000.0), 1000.0);
        assert_eq!(round_grid(1.0, 1.0), 1.0);
        assert_eq!(
            allowed(Kind::Money, Approx::Exact, "1000000000"),
            Interval::new(7.5e8, 1.25e9)
        );
    }

    #[test]
    fn an_unhedged_percent_allows_its_rounding() {
        assert_eq!(
            allowed(Kind::Percent, Approx::Exact, "36"),
            Interval::new(35.5, 36.5)
        );
    }

    #[test]
    fn a_count_with_units_digit_is_exact() {
        assert_eq!(
            allowed(Kind::Count, Approx::Exact, "5295"),
            Interval::point(5295.0)
        );
    }

    #[test]
    fn trailing_zeros_are_rounding() {
        let money = allowed(Kind::Money, Approx::Exact, "3880000000");
        assert_eq!(money, Interval::new(3.875e9, 3.885e9));
    }

    #[test]
    fn hedges_open_the_interval() {
        assert_eq!(
            allowed(Kind::Count, Approx::MoreThan, "230000").high,
            f64::INFINITY
        );
        assert_eq!(allowed(Kind::Count, Approx::AtMost, "10").low, 0.0);
        let about = allowed(Kind::Count, Approx::About, "40000");
        assert!(about.low <= 36000.0 && about.high >= 44000.0);
    }

    #[test]
    fn a_month_contains_its_days() {
        let month = allowed(Kind::Date, Approx::Exact, "1970-09");
        let day = allowed(Kind::Date, Approx::Exact, "1970-09-04");
        assert!(month.contains(&day));
    }

    #[test]
    fn neighbouring_years_are_disjoint() {
        let a = allowed(Kind::Year, Approx::Exact, "1957");
        let b = allowed(Kind::Year, Approx::Exact, "1958");
        assert!(!a.overlaps(&b));
        assert_eq!(a.gap(&b), 1.0);
    }

    #[test]
    fn decades_and_ranges_parse() {
        let decade = allowed(Kind::Year, Approx::Exact, "1920s");
        assert!(decade.contains(&allowed(Kind::Year, Approx::Exact, "1927")));
        let range = allowed(Kind::Year, Approx::Range, "1967/1973");
        assert!(range.contains(&allowed(Kind::Date, Approx::Exact, "1970-09-04")));
    }

    #[test]
    fn bad_values_say_what_is_expected() {
        assert!(
            Value::parse(Kind::Count, "5,295")
                .unwrap_err()
                .contains("without separators")
        );
        assert!(
            Value::parse(Kind::Date, "1973-02-30")
                .unwrap_err()
                .contains("calendar")
        );
        assert!(
            Value::parse(Kind::Date, "Sept 1973")
                .unwrap_err()
                .contains("not a date")
        );
        assert!(
            Value::parse(Kind::Date, "1973/1970")
                .unwrap_err()
                .contains("ends before")
        );
        assert!(Value::parse(Kind::Category, "killed himself").is_err());
        assert!(Value::parse(Kind::Percent, "").is_err());
    }

    #[test]
    fn bounds_are_written_for_readers() {
        assert_eq!(
            format_bound(Dimension::Time, day_number(jiff::civil::date(1973, 9, 11))),
            "1973-09-11"
        );
        assert_eq!(format_bound(Dimension::Number, 3.875e9), "3875000000");
        assert_eq!(format_bound(Dimension::Number, 35.5), "35.5");
        assert_eq!(format_bound(Dimension::Number, f64::INFINITY), "");
    }
}
