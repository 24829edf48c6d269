//! Topic keys: readable, stable names for what a group of claims is about.
//!
//! A key is made of what alignment read from the text, so the same claims give the same key on
//! every run: `strike.1970.count` (how many strikes in 1970), `vote.1970.percent` (what share of
//! the vote in 1970), `coup.1973.date` (when the coup of 1973 was), `coup_attempt.1973.date`,
//! `allende.born.date` (when Allende was born). A claim that fits nothing keeps a key of its own
//! made from its kind and id, which is stable because ids are.

use super::context::Context;
use crate::claims::{Claim, Kind};

/// Where a claim goes before groups are formed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Draft {
    /// Claims with equal keys answer the same question.
    Key(String),
    /// An event that happens once: claims of one event whose names share a word meet.
    Once { event: String, name: Vec<String> },
    /// Not enough context to align safely: a topic of its own.
    Alone(String),
}

/// The short word for a kind in keys; dates and years share one, as they answer alike.
pub fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Date | Kind::Year => "date",
        other => other.as_str(),
    }
}

/// A key part: lower case letters, digits and `_` only.
pub fn part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// A key part that is a year (`strike.1970.count`).
pub fn is_year_part(part: &str) -> bool {
    part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
}

/// The key of a claim that stays alone.
pub fn alone(claim: &Claim) -> String {
    format!("{}.{}", claim.kind, claim.id)
}

/// Draft the key of a claim from its context. `subject` is the claim's subject after fuzzy
/// merging.
pub fn draft(claim: &Claim, context: &Context, subject: Option<&str>) -> Draft {
    let kind = kind_word(claim.kind);
    match claim.kind {
        Kind::Category => Draft::Alone(alone(claim)),
        Kind::Date | Kind::Year => {
            let Some(event) = context.event else {
                return Draft::Alone(alone(claim));
            };
            let event_name = if context.attempt && !event.name.ends_with("_attempt") {
                format!("{}_attempt", event.name)
            } else {
                event.name.to_string()
            };
            if event.once {
                if context.name.is_empty() {
                    return Draft::Alone(alone(claim));
                }
                return Draft::Once {
                    event: event_name,
                    name: context.name.clone(),
                };
            }
            match value_year(claim) {
                Some(year) => Draft::Key(format!("{event_name}.{year}.{kind}")),
                None => Draft::Alone(alone(claim)),
            }
        }
        _ => {
            let Some(subject) = subject.map(part).filter(|s| !s.is_empty()) else {
                return Draft::Alone(alone(claim));
            };
            // The level a change started from answers "what was it before?", a target "what
            // was aimed at?", a figure of the first week "how many in the first week?".
            let mut subject = subject;
            if context.before {
                subject.push_str("_before");
            }
            if context.target {
                subject.push_str("_target");
            }
            if let Some(casualty) = context.casualty {
                subject = format!("{subject}_{casualty}");
            }
            if context.added {
                subject.push_str("_added");
            }
            if let Some(period) = &context.period {
                subject = format!("{subject}_{}", part(period));
            }
            match context.year {
                Some(year) => Draft::Key(format!("{subject}.{year}.{kind}")),
                None => Draft::Key(format!("{subject}.{kind}")),
            }
        }
    }
}

/// The role words of a figure's key ("revenue_before.money": `before`; "children_target",
/// "children_first_week"): the question beside what the figure is about.
pub fn role(key: &str) -> Vec<&str> {
    let subject = key.split('.').next().unwrap_or_default();
    let mut roles: Vec<&str> = subject
        .split('_')
        .skip(1)
        .filter(|w| {
            matches!(*w, "before" | "target" | "initial" | "revised" | "added")
                || super::context::PERIOD_RANKS.contains(w)
        })
        .collect();
    roles.sort_unstable();
    roles
}

/// The key of a group of claims about an event that happens once, from the name it concerns.
pub fn once_key(event: &str, name: &[String]) -> String {
    let name = name.iter().map(|w| part(w)).collect::<Vec<_>>().join("_");
    format!("{name}.{event}.date")
}

/// The single calendar year a time value falls in, if it falls in one.
pub(super) fn value_year(claim: &Claim) -> Option<i32> {
    let nominal = claim.value.nominal()?;
    let first = crate::claims::value::date_of(nominal.low).year();
    let last = crate::claims::value::date_of(nominal.high).year();
    (first == last).then_some(i32::from(first))
}

/// A key a person chose, made readable when they gave no question:
/// `socialist_party.founding.year` reads "socialist party: founding, year".
pub fn readable(key: &str) -> String {
    let mut parts = key.split('.').map(|p| p.replace('_', " "));
    let head = parts.next().unwrap_or_default();
    let rest: Vec<String> = parts.collect();
    if rest.is_empty() {
        head
    } else {
        format!("{head}: {}", rest.join(", "))
    }
}

/// A readable label for a drafted key, when no person gave a question.
pub fn label(key: &str) -> String {
    let parts: Vec<&str> = key.split('.').collect();
    if parts.len() == 2 && parts[0].parse::<Kind>().is_ok() {
        // A claim alone under its own id: the key says all there is.
        return key.to_string();
    }
    match parts.as_slice() {
        [subject, year, "date"] if year.chars().all(|c| c.is_ascii_digit()) => {
            format!("when: {} ({year})", subject.replace('_', " "))
        }
        [name, event, "date"] => {
            format!(
                "when: {}, {}",
                event.replace('_', " "),
                name.replace('_', " ")
            )
        }
        [subject, year, kind] => format!("{kind}: {} in {year}", subject.replace('_', " ")),
        [subject, kind] => format!("{kind}: {}", subject.replace('_', " ")),
        _ => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_plain() {
        assert_eq!(part("Popular Unity's"), "popular_unity_s");
        assert_eq!(part("strike"), "strike");
    }

    #[test]
    fn a_person_s_key_reads_as_words() {
        assert_eq!(
            readable("socialist_party.founding.year"),
            "socialist party: founding, year"
        );
        assert_eq!(readable("allende"), "allende");
    }

    #[test]
    fn labels_read_like_questions() {
        assert_eq!(label("strike.1970.count"), "count: strike in 1970");
        assert_eq!(label("coup_attempt.1973.date"), "when: coup attempt (1973)");
        assert_eq!(label("allende.born.date"), "when: born, allende");
        assert_eq!(label("rule.duration"), "duration: rule");
        assert_eq!(label("count.c-12"), "count.c-12");
    }
}
