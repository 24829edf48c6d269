//! Saying in plain words what a claim's interval allows, and why two claims fit or do not.
//!
//! Readers quote these sentences, so they name the quote, the interval and the conclusion:
//! "'36 percent' allows 35.5–36.5; 'more than half' allows 50–100: no overlap", "1957 and 1958
//! are different years".

use crate::claims::value::MONTH_NAMES;
use jiff::civil::Date;

use crate::claims::value::{clock_of, date_of, format_number, julian_gap};
use crate::claims::{Claim, Dimension, Interval, Kind};

/// The interval a claim allows, widened by a tolerance (numbers only).
pub fn interval(claim: &Claim, tolerance: f64) -> Option<Interval> {
    let i = claim.interval?;
    if claim.kind.dimension() == Dimension::Number && tolerance > 0.0 {
        Some(Interval::new(i.low - tolerance, i.high + tolerance))
    } else {
        Some(i)
    }
}

/// "'36 percent' allows 35.5–36.5".
pub fn allows(claim: &Claim, interval: &Interval) -> String {
    format!(
        "{} allows {}",
        quoted(claim),
        describe(claim.kind, interval)
    )
}

/// The quote, or the value when there is no quote.
pub fn quoted(claim: &Claim) -> String {
    let text = if claim.quote.trim().is_empty() {
        claim.value_text.as_str()
    } else {
        claim.quote.trim()
    };
    format!("'{}' ({})", text, claim.source)
}

/// An interval in words.
pub fn describe(kind: Kind, interval: &Interval) -> String {
    match kind.dimension() {
        Dimension::Time => describe_time(interval),
        _ => describe_number(interval),
    }
}

fn describe_number(i: &Interval) -> String {
    match (i.low.is_finite(), i.high.is_finite()) {
        (true, true) if i.low == i.high => format!("exactly {}", format_number(i.low)),
        (true, true) => {
            let (low, high) = (readable(i.low), readable(i.high));
            if low == high {
                // Too close to tell apart in four figures: show them in full.
                format!("{}–{}", format_number(i.low), format_number(i.high))
            } else {
                format!("{low}–{high}")
            }
        }
        (true, false) => format!("{} or more", format_number(i.low)),
        (false, true) => format!("up to {}", format_number(i.high)),
        (false, false) => "any value".into(),
    }
}

/// A bound as a reader needs it: whole numbers in full, others to four significant figures and
/// at least one decimal ("2.658333", a bound of "two hours and forty minutes" in hours, reads
/// 2.658).
fn readable(v: f64) -> String {
    if v.fract() == 0.0 {
        return format_number(v);
    }
    let whole_digits = if v.abs() < 1.0 {
        0
    } else {
        v.abs().log10().floor() as i32 + 1
    };
    let decimals = (4 - whole_digits).clamp(1, 6) as usize;
    let s = format!("{v:.decimals$}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A whole year, a whole month, a day, or a span of days.
fn describe_time(i: &Interval) -> String {
    match (i.low.is_finite(), i.high.is_finite()) {
        (false, false) => return "any date".into(),
        (true, false) => return format!("{} or later", date_of(i.low)),
        (false, true) => return format!("{} or earlier", date_of(i.high)),
        _ => {}
    }
    if i.low.fract() != 0.0 || i.high.fract() != 0.0 {
        let clock = |v: f64| {
            let (h, m) = clock_of(v);
            format!("{h:02}:{m:02}")
        };
        let (a, b) = (date_of(i.low), date_of(i.high));
        return match (a == b, i.low == i.high) {
            (_, true) => format!("{} on {a}", clock(i.low)),
            (true, false) => format!("{} to {} on {a}", clock(i.low), clock(i.high)),
            (false, false) => format!("{} on {a} to {} on {b}", clock(i.low), clock(i.high)),
        };
    }
    let (a, b) = (date_of(i.low), date_of(i.high));
    if let Some(year) = whole_year(a, b) {
        format!("the year {year}")
    } else if let Some(month) = whole_month(a, b) {
        month
    } else if a == b {
        a.to_string()
    } else {
        format!("{a} to {b}")
    }
}

fn whole_year(a: Date, b: Date) -> Option<i16> {
    (a.year() == b.year() && a.month() == 1 && a.day() == 1 && b.month() == 12 && b.day() == 31)
        .then_some(a.year())
}

fn whole_month(a: Date, b: Date) -> Option<String> {
    (a.year() == b.year() && a.month() == b.month() && a.day() == 1 && b == a.last_of_month())
        .then(|| format!("{} {}", MONTH_NAMES[a.month() as usize - 1], a.year()))
}

/// Why two intervals cannot both hold.
pub fn clash(a: &Claim, ia: &Interval, b: &Claim, ib: &Interval) -> String {
    if a.kind.dimension() == Dimension::Time {
        let (da, db) = (
            (date_of(ia.low), date_of(ia.high)),
            (date_of(ib.low), date_of(ib.high)),
        );
        if let (Some(ya), Some(yb)) = (whole_year(da.0, da.1), whole_year(db.0, db.1)) {
            return format!(
                "{} and {}: {ya} and {yb} are different years",
                quoted(a),
                quoted(b)
            );
        }
        if let (Some(ma), Some(mb)) = (whole_month(da.0, da.1), whole_month(db.0, db.1)) {
            return format!(
                "{} and {}: {ma} and {mb} are different months",
                quoted(a),
                quoted(b)
            );
        }
    }
    let meet = if ia.high == ib.low {
        Some(ia.high)
    } else if ib.high == ia.low {
        Some(ia.low)
    } else {
        None
    };
    match meet {
        // Rounding intervals that touch (see `judge::rounding_ends_meet`).
        Some(end) => format!(
            "{}; {}: they touch only at {}, and no value rounds to both",
            allows(a, ia),
            allows(b, ib),
            describe(a.kind, &Interval::point(end)).trim_start_matches("exactly ")
        ),
        None => format!(
            "{}; {}: no overlap{}",
            allows(a, ia),
            allows(b, ib),
            calendar_gap(a, ia, ib)
        ),
    }
}

/// Two days apart by exactly the gap between the Julian and Gregorian calendars of their time
/// (10 days in the 1600s, 11 in the 1700s): one source may write Old Style without saying so.
fn calendar_gap(a: &Claim, ia: &Interval, ib: &Interval) -> String {
    if a.kind.dimension() != Dimension::Time || !ia.is_point() || !ib.is_point() {
        return String::new();
    }
    let earlier = date_of(ia.low.min(ib.low));
    if !(1582..1924).contains(&earlier.year()) {
        return String::new();
    }
    let gap = julian_gap(i64::from(earlier.year()), i64::from(earlier.month()));
    if (ia.low - ib.low).abs() == gap as f64 {
        format!(
            " (they are {gap} days apart, the gap between the Julian and Gregorian calendars \
             then: one may be written Old Style)"
        )
    } else {
        String::new()
    }
}

/// Why two intervals fit together.
pub fn fit(a: &Claim, ia: &Interval, b: &Claim, ib: &Interval) -> String {
    let how = if ia.contains(ib) || ib.contains(ia) {
        "one contains the other"
    } else {
        "they overlap"
    };
    format!("{}; {}: {how}", allows(a, ia), allows(b, ib))
}

/// How far apart two disjoint intervals are: the gap relative to the larger magnitude for
/// numbers, in years for dates; 0 when they overlap.
pub fn distance(kind: Kind, a: &Interval, b: &Interval) -> f64 {
    let gap = a.gap(b);
    if gap == 0.0 {
        return 0.0;
    }
    match kind.dimension() {
        // Dates: how many years apart their middles are ("1957" and "1958" are a year apart,
        // though only a day separates their ends).
        Dimension::Time => (centre(a) - centre(b)).abs() / 365.25,
        _ => {
            let size = [a.low, a.high, b.low, b.high]
                .into_iter()
                .filter(|v| v.is_finite())
                .map(f64::abs)
                .fold(0.0, f64::max);
            if size > 0.0 { gap / size } else { gap }
        }
    }
}

fn centre(i: &Interval) -> f64 {
    match (i.low.is_finite(), i.high.is_finite()) {
        (true, true) => (i.low + i.high) / 2.0,
        (true, false) => i.low,
        (false, true) => i.high,
        (false, false) => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::value::day_number;
    use jiff::civil::date;

    fn day(y: i16, m: i8, d: i8) -> f64 {
        day_number(date(y, m, d))
    }

    #[test]
    fn bounds_read_to_four_figures() {
        assert_eq!(readable(2.658_333_3), "2.658");
        assert_eq!(readable(35.5), "35.5");
        assert_eq!(readable(4023.36), "4023.4");
        assert_eq!(readable(0.125), "0.125");
        assert_eq!(
            describe_number(&Interval::new(2.658_333, 2.675)),
            "2.658–2.675"
        );
        // Bounds that four figures cannot tell apart are shown in full.
        assert_eq!(
            describe_number(&Interval::new(1.00001, 1.00002)),
            "1.00001–1.00002"
        );
    }

    #[test]
    fn numbers_read_as_ranges_and_open_ends() {
        assert_eq!(
            describe(Kind::Percent, &Interval::new(35.5, 36.5)),
            "35.5–36.5"
        );
        assert_eq!(
            describe(Kind::Count, &Interval::new(230000.0, f64::INFINITY)),
            "230000 or more"
        );
        assert_eq!(
            describe(Kind::Count, &Interval::point(5295.0)),
            "exactly 5295"
        );
    }

    #[test]
    fn dates_read_as_years_months_and_days() {
        let year = Interval::new(day(1957, 1, 1), day(1957, 12, 31));
        assert_eq!(describe(Kind::Year, &year), "the year 1957");
        let month = Interval::new(day(1973, 6, 1), day(1973, 6, 30));
        assert_eq!(describe(Kind::Date, &month), "June 1973");
        assert_eq!(
            describe(Kind::Date, &Interval::point(day(1973, 9, 11))),
            "1973-09-11"
        );
    }

    #[test]
    fn distance_is_relative_for_numbers_and_in_years_for_dates() {
        let a = Interval::new(35.5, 36.5);
        let b = Interval::new(50.0, 100.0);
        assert!((distance(Kind::Percent, &a, &b) - 0.135).abs() < 1e-9);
        let y1 = Interval::new(day(1957, 1, 1), day(1957, 12, 31));
        let y2 = Interval::new(day(1958, 1, 1), day(1958, 12, 31));
        assert!((distance(Kind::Year, &y1, &y2) - 1.0).abs() < 0.01);
        assert_eq!(distance(Kind::Count, &a, &a), 0.0);
    }
}
