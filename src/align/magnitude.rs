//! A topic the keyed pass drafted from a noun may hold figures of that noun that answer different
//! questions: "two doses" a child needs and "386,000 doses" given, "four primary schools" with
//! portable classrooms and "64 of the city's schools". Two readings of one figure are seldom
//! more than ten times apart, whatever their hedges ("thousands" and "tens of thousands" still
//! meet); figures further apart than that are split into topics of their own before any
//! verdict is drawn, and the word-linking pass may still pair each with a figure of its size.

use super::Group;
use crate::claims::{Claim, Dimension, Interval, Kind};

/// How many times larger than the largest figure of a cluster the next figure must be, at its
/// least, to start another question.
const APART: f64 = 10.0;

/// Split each drafted topic of figures at the gaps of more than [`APART`] times between its
/// values. Declared topics, dates and topics whose figures cannot be set on one scale (other
/// units, other currencies) are kept whole.
pub fn split_magnitudes(groups: Vec<Group>, claims: &[Claim]) -> Vec<Group> {
    let mut keys: std::collections::HashSet<String> =
        groups.iter().map(|g| g.key.clone()).collect();
    let mut out = Vec::with_capacity(groups.len());
    for group in groups {
        if group.declared || group.members.len() < 2 {
            out.push(group);
            continue;
        }
        let Some(mut scaled) = on_one_scale(&group, claims) else {
            out.push(group);
            continue;
        };
        scaled.sort_by(|a, b| a.1.low.total_cmp(&b.1.low).then(a.0.cmp(&b.0)));
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        let mut reach = f64::NEG_INFINITY;
        for (member, interval) in scaled {
            let top = if interval.high.is_finite() {
                interval.high
            } else {
                interval.low
            };
            if clusters.is_empty() || interval.low > reach * APART {
                clusters.push(Vec::new());
                reach = top;
            } else {
                reach = reach.max(top);
            }
            clusters.last_mut().expect("pushed above").push(member);
        }
        if clusters.len() == 1 {
            out.push(group);
            continue;
        }
        // The cluster with the most sources keeps the key; each other gets a key of its own.
        let sources = |c: &Vec<usize>| {
            let mut s: Vec<&str> = c.iter().map(|&m| claims[m].source.as_str()).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        let keeper = (0..clusters.len())
            .max_by_key(|&i| (sources(&clusters[i]), clusters[i].len(), usize::MAX - i))
            .expect("two clusters or more");
        for (i, mut members) in clusters.into_iter().enumerate() {
            members.sort_unstable();
            let key = if i == keeper {
                group.key.clone()
            } else {
                let mut n = 2;
                let mut key = format!("{}.{n}", group.key);
                while keys.contains(&key) {
                    n += 1;
                    key = format!("{}.{n}", group.key);
                }
                keys.insert(key.clone());
                key
            };
            out.push(Group {
                label: super::key::label(&key),
                key,
                declared: false,
                members,
            });
        }
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// Each member with its interval on one scale (the common unit of its measure), or `None` when
/// the group is not of figures, or some member has no interval or a unit that does not convert.
fn on_one_scale(group: &Group, claims: &[Claim]) -> Option<Vec<(usize, Interval)>> {
    let first = &claims[*group.members.first()?];
    if first.kind.dimension() != Dimension::Number {
        return None;
    }
    let mut common: Option<&str> = None;
    let mut scaled = Vec::with_capacity(group.members.len());
    for &m in &group.members {
        let claim = &claims[m];
        if claim.kind != first.kind {
            return None;
        }
        let interval = claim.interval?;
        let unit = super::words::fold(claim.unit.trim());
        let (name, per_base) = match claim.kind {
            Kind::Duration => {
                let base = crate::claims::measure::days_base(&unit)?;
                (base.name, base.per_base)
            }
            Kind::Quantity => match crate::claims::measure::base_of(claim.kind, &unit) {
                Some(base) => (base.name, base.per_base),
                None => (claim.unit.as_str(), 1.0),
            },
            // Counts of one noun, sums in one currency, percentages.
            _ => (first.unit.as_str(), 1.0),
        };
        if claim.kind == Kind::Money && claim.unit != first.unit {
            return None;
        }
        match common {
            None => common = Some(name),
            Some(c) if c != name => return None,
            Some(_) => {}
        }
        if interval.low <= 0.0 {
            return None;
        }
        scaled.push((
            m,
            Interval::new(interval.low / per_base, interval.high / per_base),
        ));
    }
    Some(scaled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimRow;

    /// A count of doses from `source`: its value cell and approx as a claims file writes them.
    fn count(id: &str, source: &str, value: &str, approx: &str) -> Claim {
        let (low, high) = value.split_once('/').unwrap_or((value, value));
        ClaimRow {
            low: low.into(),
            high: high.into(),
            id: id.into(),
            source: source.into(),
            kind: "count".into(),
            value: value.into(),
            unit: "doses".into(),
            approx: approx.into(),
            quote: value.into(),
            status: "confirmed".into(),
            origin: "extracted".into(),
            ..ClaimRow::default()
        }
        .parse(0)
        .unwrap()
    }

    #[test]
    fn figures_ten_times_apart_are_two_questions_and_hedges_still_meet() {
        let claims = vec![
            count("a", "ministry", "2", "exact"),
            count("b", "blog", "386000", "exact"),
            count("c", "wire", "380000/392000", "about"),
            count("d", "paper", "2000/9999", "vague"),
            count("e", "radio", "10000/99999", "vague"),
        ];
        let groups = vec![Group {
            key: "dose.count".into(),
            label: String::new(),
            declared: false,
            members: vec![0, 1, 2, 3, 4],
        }];
        let split = split_magnitudes(groups, &claims);
        let members: Vec<(&str, Vec<usize>)> = split
            .iter()
            .map(|g| (g.key.as_str(), g.members.clone()))
            .collect();
        assert_eq!(
            members,
            vec![("dose.count", vec![1, 2, 3, 4]), ("dose.count.2", vec![0])]
        );
    }
}
