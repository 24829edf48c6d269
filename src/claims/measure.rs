//! Units of measure that can be restated in one another: "5 km" and "3 miles", "1,000 days" and
//! "three short years", "1.5 kg" and "3.3 lb" answer alike, so they are compared in a common
//! unit rather than set aside as figures of different units.
//!
//! Only units whose conversion is fixed are listed. "Tons" are left out (short, long and metric
//! tons differ by up to 12%), and so are currencies, whose rates change by the day.

use super::Kind;

/// The unit a figure is restated in, and how many of the figure's unit make one of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Base {
    /// The common unit, as a reader sees it in the reasoning ("in metres: ...").
    pub name: &'static str,
    /// How many of this unit make one base unit (1,000 metres per kilometre: 0.001).
    pub per_base: f64,
}

/// The common unit of a figure of `kind` written in `unit` (folded: lower case, singular,
/// American spelling, as `align::words::fold` gives it), if it has one.
pub fn base_of(kind: Kind, unit: &str) -> Option<Base> {
    let (name, per_base) = match kind {
        // Spans of a day or less ("3 hours and 20 minutes", "200 minutes", "2:05:47") are
        // compared in minutes; longer ones in years.
        Kind::Duration if matches!(unit, "hour" | "minute" | "second") => (
            "minutes",
            match unit {
                "hour" => 1.0 / 60.0,
                "minute" => 1.0,
                _ => 60.0,
            },
        ),
        Kind::Duration => (
            "years",
            match unit {
                "day" => 365.25,
                "week" => 365.25 / 7.0,
                "month" => 12.0,
                "year" => 1.0,
                "decade" => 0.1,
                "century" => 0.01,
                _ => return None,
            },
        ),
        Kind::Quantity => match unit {
            "mm" | "millimeter" => ("metres", 1000.0),
            "cm" | "centimeter" => ("metres", 100.0),
            "m" | "meter" => ("metres", 1.0),
            "km" | "kilometer" => ("metres", 0.001),
            "in" | "inch" => ("metres", 1.0 / 0.0254),
            "ft" | "foot" | "feet" => ("metres", 1.0 / 0.3048),
            "yd" | "yard" => ("metres", 1.0 / 0.9144),
            "mi" | "mile" => ("metres", 1.0 / 1609.344),
            "mg" | "milligram" => ("kilograms", 1e6),
            "g" | "gram" => ("kilograms", 1000.0),
            "kg" | "kilogram" => ("kilograms", 1.0),
            "tonne" => ("kilograms", 0.001),
            "oz" | "ounce" => ("kilograms", 1.0 / 0.028_349_523_125),
            "lb" | "pound" => ("kilograms", 1.0 / 0.453_592_37),
            "hectare" | "ha" => ("hectares", 1.0),
            "acre" => ("hectares", 1.0 / 0.404_685_642_24),
            "km2" | "square kilometer" => ("hectares", 0.01),
            "square mile" => ("hectares", 1.0 / 258.998_811_033_6),
            "km/h" | "kph" | "kmh" => ("km/h", 1.0),
            "mph" => ("km/h", 1.0 / 1.609_344),
            _ => return None,
        },
        _ => return None,
    };
    Some(Base { name, per_base })
}

/// A length of time in days, whatever its unit ("60 hours" is 2.5 days), for comparing figures
/// that [`base_of`] restates in different common units (minutes for a day or less, years
/// beyond).
pub fn days_base(unit: &str) -> Option<Base> {
    let per_day = match unit {
        "second" => 86_400.0,
        "minute" => 1_440.0,
        "hour" => 24.0,
        "day" => 1.0,
        "week" => 1.0 / 7.0,
        "month" => 12.0 / 365.25,
        "year" => 1.0 / 365.25,
        "decade" => 0.1 / 365.25,
        "century" => 0.01 / 365.25,
        _ => return None,
    };
    Some(Base {
        name: "days",
        per_base: per_day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_base(kind: Kind, unit: &str, value: f64) -> f64 {
        value / base_of(kind, unit).unwrap().per_base
    }

    #[test]
    fn lengths_masses_areas_and_speeds_meet_in_one_unit() {
        assert!((in_base(Kind::Quantity, "mile", 3.0) - 4828.032).abs() < 1e-6);
        assert!((in_base(Kind::Quantity, "inch", 1.0) - 0.0254).abs() < 1e-12);
        assert!((in_base(Kind::Quantity, "lb", 3.3) - 1.4969).abs() < 1e-3);
        assert!((in_base(Kind::Quantity, "acre", 3.5) - 1.4164).abs() < 1e-3);
        assert!((in_base(Kind::Quantity, "mph", 40.0) - 64.37).abs() < 1e-2);
        assert_eq!(base_of(Kind::Quantity, "km").unwrap().name, "metres");
        assert!((in_base(Kind::Duration, "day", 1000.0) - 2.7379).abs() < 1e-3);
        assert!((60.0 / days_base("hour").unwrap().per_base - 2.5).abs() < 1e-12);
    }

    #[test]
    fn tons_currencies_and_counts_are_not_converted() {
        assert_eq!(base_of(Kind::Quantity, "ton"), None);
        assert_eq!(base_of(Kind::Money, "usd"), None);
        assert_eq!(base_of(Kind::Count, "mile"), None);
    }
}
