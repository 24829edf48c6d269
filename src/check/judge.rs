//! Judging a topic: do its claims agree, fit together, or conflict? (DESIGN §4)
//!
//! Each claim is read as the interval its wording allows. Claims from different sources with the
//! same value agree; different wording whose intervals overlap is compatible; disjoint intervals
//! or different categories conflict, ranked by how far apart they are. The same source
//! disagreeing with itself is an internal conflict. Values in different units, or of different
//! kinds, are never compared. A source whose role is `reference` is the yardstick: the others
//! are measured against it. Every verdict says why, in plain words.

use std::collections::{BTreeMap, BTreeSet};

use super::findings::{ClaimView, InternalConflict, Topic, Verdict};
use super::independence::independence;
use super::wording;
use crate::align::Group;
use crate::align::words::fold;
use crate::claims::value::Precision;
use crate::claims::{
    Approx, Claim, Dimension, Interval, Kind, Value, measure, value::format_bound,
};
use crate::codebook::Codebook;
use crate::sources::{Corpus, Role};

/// Topics with more claims than this are judged from their extremes instead of every pair.
const PAIRWISE_LIMIT: usize = 64;
/// How many conflicting pairs a reasoning spells out before summing up the rest.
const PAIRS_SPELLED_OUT: usize = 3;

/// Judge one aligned group.
pub fn judge(
    group: &Group,
    claims: &[Claim],
    corpus: &Corpus,
    codebook: &Codebook,
) -> (Topic, Vec<InternalConflict>) {
    let originals: Vec<&Claim> = group.members.iter().map(|&i| &claims[i]).collect();
    let restated = in_common_units(&originals);
    let members: Vec<&Claim> = match &restated {
        Some((restated, _)) => restated.iter().collect(),
        None => originals.clone(),
    };
    let spec = codebook.topic(&group.key);
    let (class, left_out) = comparable(&members);
    let compared: Vec<&Claim> = members
        .iter()
        .copied()
        .filter(|c| same_class(c, &class))
        .collect();
    let tolerance = spec.and_then(|s| s.tolerance).unwrap_or(0.0).max(0.0);
    let reference: BTreeSet<&str> = compared
        .iter()
        .filter(|c| {
            corpus
                .get(&c.source)
                .is_some_and(|s| s.meta.role == Role::Reference)
        })
        .map(|c| c.source.as_str())
        .collect();
    let all_sources: BTreeSet<&str> = members.iter().map(|c| c.source.as_str()).collect();
    let sources: BTreeSet<&str> = compared.iter().map(|c| c.source.as_str()).collect();

    // Every pair is compared in topics of ordinary size; a huge topic is judged from its
    // extremes, which finds the same conflicts without comparing all pairs.
    let sample = &compared[..compared.len().min(PAIRWISE_LIMIT)];
    let outcomes: Vec<Pair> = cross_pairs(sample, &reference)
        .into_iter()
        .map(|(a, b)| compare(a, b, tolerance))
        .collect();
    let extreme: Vec<Pair>;
    let (conflicts, in_conflict): (Vec<&Pair>, BTreeSet<&str>) = if compared.len() <= PAIRWISE_LIMIT
    {
        let conflicts: Vec<&Pair> = outcomes.iter().filter(|p| p.clash).collect();
        let ids = conflicts
            .iter()
            .flat_map(|p| [p.a.id.as_str(), p.b.id.as_str()])
            .collect();
        (conflicts, ids)
    } else {
        let (pairs, ids) = extremes(&compared, &reference, tolerance);
        extreme = pairs;
        (extreme.iter().collect(), ids)
    };

    let independence = if sources.len() < 2 {
        super::independence::Independence {
            independent: sources.len(),
            sources: sources.len(),
            ..Default::default()
        }
    } else {
        independence(&compared, corpus)
    };
    let verdict = if sources.len() < 2 {
        Verdict::Single
    } else if !conflicts.is_empty() {
        Verdict::Conflict
    } else if same_value(&compared) {
        Verdict::Agree
    } else {
        Verdict::Compatible
    };

    let mut reasoning = Vec::new();
    if !reference.is_empty() && sources.len() > reference.len() {
        reasoning.push(format!(
            "measured against the reference {}",
            reference.iter().copied().collect::<Vec<_>>().join(" and ")
        ));
    }
    match verdict {
        // Other sources are in the topic but say it in another unit: say so, rather than
        // "only one speaks to this" over a list of claims from several.
        Verdict::Single if all_sources.len() > sources.len() => reasoning.push(format!(
            "only {}'s {} can be compared",
            sources.iter().next().copied().unwrap_or("one source"),
            match compared.len() {
                1 => "claim".to_string(),
                n => format!("{n} claims"),
            }
        )),
        Verdict::Single => reasoning.push(format!(
            "only {} speaks to this ({} claim{})",
            sources.iter().next().copied().unwrap_or("one source"),
            compared.len(),
            if compared.len() == 1 { "" } else { "s" }
        )),
        Verdict::Conflict => {
            let mut sorted = conflicts.clone();
            sorted.sort_by(|a, b| {
                b.distance
                    .total_cmp(&a.distance)
                    .then_with(|| (&a.a.id, &a.b.id).cmp(&(&b.a.id, &b.b.id)))
            });
            // A pair that sets the same two readings against each other as a pair already
            // shown says nothing new: its new claim is named as siding with one of them ("10
            // April" in two sources against "11 April" in a third is one disagreement).
            let reading = |claim: &Claim| match &claim.value {
                Value::Category(label) => Reading::Label(label.clone()),
                _ => Reading::Interval(wording::interval(claim, tolerance)),
            };
            let mut shown: Vec<(Reading, Reading)> = Vec::new();
            let mut quoted: BTreeSet<&str> = BTreeSet::new();
            let mut sides_with: Vec<String> = Vec::new();
            let mut more = 0;
            for pair in &sorted {
                let readings = (reading(pair.a), reading(pair.b));
                let seen = shown.iter().any(|(x, y)| {
                    (x, y) == (&readings.0, &readings.1) || (y, x) == (&readings.0, &readings.1)
                });
                if seen {
                    for claim in [pair.a, pair.b] {
                        if quoted.insert(claim.id.as_str()) {
                            sides_with.push(wording::quoted(claim));
                        }
                    }
                } else if shown.len() < PAIRS_SPELLED_OUT {
                    reasoning.push(pair.why(tolerance));
                    shown.push(readings);
                    quoted.extend([pair.a.id.as_str(), pair.b.id.as_str()]);
                } else {
                    more += 1;
                }
            }
            if !sides_with.is_empty() {
                let verb = match (sides_with.len(), class.kind) {
                    (1, Kind::Category) => "says",
                    (_, Kind::Category) => "say",
                    (1, _) => "allows",
                    _ => "allow",
                };
                reasoning.push(format!(
                    "{} {verb} the same as one side",
                    sides_with.join(", ")
                ));
            }
            if more > 0 {
                reasoning.push(format!("and {more} more conflicting pairs"));
            }
            if compared.iter().any(|c| is_disputed_label(c)) {
                reasoning.push(
                    "a label saying the accounts differ is still a different answer from a definite one"
                        .into(),
                );
            }
        }
        Verdict::Agree => reasoning.push(format!(
            "{} claims from {} sources give the same value {}",
            compared.len(),
            sources.len(),
            shown_value(compared[0])
        )),
        Verdict::Compatible => {
            // Show the first pair worded differently, in claim order.
            match outcomes.iter().find(|p| p.different_wording) {
                Some(pair) => reasoning.push(pair.why(tolerance)),
                None => reasoning.push("the values differ in wording but overlap".into()),
            }
        }
    }
    if matches!(verdict, Verdict::Agree | Verdict::Compatible) {
        let links = independence.explain();
        if !links.is_empty() {
            reasoning.push(links);
        }
        if independence.independent < 2 {
            reasoning.push(
                "so this agreement is not independent corroboration: it rests on one account"
                    .into(),
            );
        }
    }
    if !left_out.is_empty() {
        reasoning.push(left_out);
    }

    let distance = conflicts.iter().map(|p| p.distance).fold(0.0, f64::max);
    let accepted = match (verdict, spec.and_then(|s| s.accepted.as_ref())) {
        (Verdict::Conflict, Some(acceptance)) => {
            let reviewed: BTreeSet<&str> = acceptance.claims.iter().map(String::as_str).collect();
            (reviewed.is_empty() || in_conflict.is_subset(&reviewed))
                .then(|| acceptance.reason.clone())
        }
        _ => None,
    };

    let internal = internal_conflicts(group, &compared, tolerance);
    let topic = Topic {
        key: group.key.clone(),
        label: group.label.clone(),
        kind: class.kind,
        // The unit as the claims write it, not its folded form.
        unit: compared
            .iter()
            .map(|c| c.unit.trim())
            .find(|u| !u.is_empty() && fold(u) == class.unit)
            .unwrap_or(class.unit.as_str())
            .to_string(),
        verdict,
        reasoning: capitalise(&match restated {
            Some((_, name)) => format!("in {name}: {}", reasoning.join("; ")),
            None => reasoning.join("; "),
        }),
        distance,
        independent_sources: if all_sources.len() < 2 {
            all_sources.len()
        } else {
            independence
                .independent
                .max(usize::from(!compared.is_empty()))
        },
        accepted,
        declared: group.declared,
        claims: originals.iter().map(|c| view(c, corpus)).collect(),
    };
    (topic, internal)
}

/// Figures written in different units of one measure ("1,000 days" and "three short years",
/// "5 km" and "3 miles"), restated in that measure's common unit so that they can be compared;
/// `None` when the topic has no such mix. The second value names the common unit.
fn in_common_units(members: &[&Claim]) -> Option<(Vec<Claim>, &'static str)> {
    // "more than 60 hours" and "about two and a half days": lengths of time that the common
    // units part (minutes, years) meet in days.
    let duration_bases: BTreeSet<&str> = members
        .iter()
        .filter(|c| c.kind == Kind::Duration)
        .filter_map(|c| measure::base_of(c.kind, &fold(c.unit.trim())))
        .map(|b| b.name)
        .collect();
    let in_days = duration_bases.len() > 1;
    let base = |claim: &Claim| {
        let unit = fold(claim.unit.trim());
        if in_days && claim.kind == Kind::Duration {
            measure::days_base(&unit)
        } else {
            measure::base_of(claim.kind, &unit)
        }
    };
    // The common units that more than one written unit of the topic shares.
    let mut written: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
    for claim in members {
        if let Some(b) = base(claim) {
            written
                .entry(b.name)
                .or_default()
                .insert(fold(claim.unit.trim()));
        }
    }
    let mixed: Vec<&'static str> = written
        .into_iter()
        .filter(|(_, units)| units.len() > 1)
        .map(|(name, _)| name)
        .collect();
    let &[name] = mixed.as_slice() else {
        return None;
    };
    let restated = members
        .iter()
        .map(|&claim| {
            let Some(b) = base(claim).filter(|b| b.name == name) else {
                return claim.clone();
            };
            let factor = b.per_base;
            let scale = |i: crate::claims::Interval| {
                crate::claims::Interval::new(i.low / factor, i.high / factor)
            };
            let mut common = claim.clone();
            common.interval = claim.interval.map(scale);
            if let Value::Number { nominal, step } = claim.value {
                common.value = Value::Number {
                    nominal: scale(nominal),
                    step: step / factor,
                };
                common.value_text = crate::claims::value::format_number(nominal.low / factor);
            }
            common.unit = name.into();
            common
        })
        .collect();
    Some((restated, name))
}

/// The kind and unit of the claims that are compared with each other.
#[derive(Debug, Clone, PartialEq)]
struct Class {
    kind: Kind,
    unit: String,
    /// Its claims count people ("troops", "Poles", "horsemen").
    people: bool,
}

fn unit_of(claim: &Claim) -> String {
    fold(claim.unit.trim())
}

/// A claim is comparable with the class when its kind lives in the same dimension (numbers of
/// one kind) and its unit is the class's unit or unstated.
fn same_class(claim: &Claim, class: &Class) -> bool {
    let kind_fits = match claim.kind.dimension() {
        Dimension::Number => claim.kind == class.kind,
        other => other == class.kind.dimension(),
    };
    let unit = unit_of(claim);
    // Head counts that alignment put in one topic count the same people in other words
    // ("2,500 people" died, "2,500 deaths", "48 workers" and "48 people"); other units must be
    // one unit ("40 stadiums" are not "40 people").
    kind_fits
        && (claim.kind.dimension() != Dimension::Number
            || unit.is_empty()
            || unit == class.unit
            || claim.kind == Kind::Count && counts_people(claim) && class.people)
}

/// A count of people: its counted noun is one that counts people, or a people named in capitals
/// ("about twenty thousand Poles", "10,000 Ottomans").
fn counts_people(claim: &Claim) -> bool {
    let unit = unit_of(claim);
    // The counted noun as the quote writes it (units are kept in lower case).
    let demonym = claim.quote.split_whitespace().any(|word| {
        let mut letters = word.chars();
        letters.next().is_some_and(char::is_uppercase)
            && word.ends_with('s')
            && letters.all(char::is_lowercase)
            && fold(word) == unit
    });
    is_head_count(&unit) || demonym
}

/// A counted noun that counts people (folded).
fn is_head_count(unit: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "person",
        "men",
        "man",
        "women",
        "woman",
        "children",
        "child",
        "worker",
        "soldier",
        "troop",
        "defender",
        "death",
        "victim",
        "casualty",
        "resident",
        "civilian",
        "member",
        "supporter",
        "protester",
        "demonstrator",
        "marcher",
        "striker",
        "employee",
        "passenger",
        "crew",
        "spectator",
        "fan",
        "inhabitant",
        "citizen",
        "voter",
        "student",
        "prisoner",
        "refugee",
        "fatality",
        "survivor",
        "killed",
        "dead",
        // Folded forms: "spectators" fold to "crowd", "troops" to "soldier".
        "crowd",
        "rider",
        "volunteer",
        "cavalry",
        "infantry",
        "militia",
        "soul",
        "individual",
        "adult",
        "delegate",
        "sailor",
        "pilgrim",
        "migrant",
        "visitor",
        "tourist",
        "patient",
        "inmate",
        "detainee",
        "hostage",
        "miner",
        "peasant",
        "activist",
        "fighter",
        "rebel",
        "guerrilla",
        "combatant",
        "recruit",
        "injured",
    ];
    // "horsemen", "Frenchmen", "gunmen", "militiamen"
    let of_men = (unit.ends_with("man") || unit.ends_with("men"))
        && !matches!(unit, "specimen" | "abdomen" | "stamen" | "ramen");
    PEOPLE.contains(&unit) || of_men
}

/// The class most claims share (ties go to the one seen first), and a sentence about claims
/// left out because they cannot be compared with it. An unstated unit joins the stated one.
fn comparable(members: &[&Claim]) -> (Class, String) {
    let mut classes: Vec<(Class, usize)> = Vec::new();
    for claim in members {
        let unit = match claim.kind.dimension() {
            Dimension::Number => unit_of(claim),
            _ => String::new(),
        };
        let class = Class {
            kind: claim.kind,
            unit,
            people: claim.kind == Kind::Count && counts_people(claim),
        };
        match classes
            .iter_mut()
            .find(|(c, _)| same_class(claim, c) && c.unit == class.unit)
        {
            Some((_, count)) => *count += 1,
            None => classes.push((class, 1)),
        }
    }
    let mut best = 0;
    for (i, (_, count)) in classes.iter().enumerate() {
        if *count > classes[best].1 {
            best = i;
        }
    }
    let mut class = classes.swap_remove(best).0;
    if class.unit.is_empty() && class.kind.dimension() == Dimension::Number {
        if let Some(stated) = members
            .iter()
            .find(|c| c.kind == class.kind && !unit_of(c).is_empty())
        {
            class.unit = unit_of(stated);
            class.people = class.kind == Kind::Count && counts_people(stated);
        }
    }
    let out: Vec<String> = members
        .iter()
        .filter(|c| !same_class(c, &class))
        .map(|c| {
            let unit = if c.unit.is_empty() {
                "no unit"
            } else {
                c.unit.as_str()
            };
            format!("{} ({}, {unit})", c.id, c.kind)
        })
        .collect();
    let note = if out.is_empty() {
        String::new()
    } else {
        let unit = if class.unit.is_empty() {
            "no unit"
        } else {
            class.unit.as_str()
        };
        format!(
            "not compared, being of another kind or unit than the others ({}, {unit}): {}",
            class.kind,
            out.join(", ")
        )
    };
    (class, note)
}

/// The pairs of claims to compare: every claim against the reference when there is one, else
/// every two claims of different sources.
fn cross_pairs<'a>(
    compared: &[&'a Claim],
    reference: &BTreeSet<&str>,
) -> Vec<(&'a Claim, &'a Claim)> {
    let mut pairs = Vec::new();
    for (i, a) in compared.iter().enumerate() {
        for b in &compared[i + 1..] {
            if a.source == b.source {
                continue;
            }
            let a_ref = reference.contains(a.source.as_str());
            let b_ref = reference.contains(b.source.as_str());
            if !reference.is_empty() && a_ref == b_ref {
                continue;
            }
            // The reference goes first, so the reasoning reads "reference ...; other ...".
            if b_ref {
                pairs.push((*b, *a))
            } else {
                pairs.push((*a, *b))
            }
        }
    }
    pairs
}

/// What a claim says, as far as telling the sides of a conflict apart goes.
#[derive(PartialEq)]
enum Reading {
    Label(String),
    Interval(Option<Interval>),
}

/// The outcome of comparing two claims; the words for it are written only when shown.
struct Pair<'a> {
    a: &'a Claim,
    b: &'a Claim,
    clash: bool,
    different_wording: bool,
    distance: f64,
}

impl Pair<'_> {
    fn why(&self, tolerance: f64) -> String {
        let (a, b) = (self.a, self.b);
        if let (Value::Category(la), Value::Category(lb)) = (&a.value, &b.value) {
            return if la == lb {
                format!(
                    "{} and {} both say {la}",
                    wording::quoted(a),
                    wording::quoted(b)
                )
            } else {
                format!(
                    "{} ({la}) vs {} ({lb}): different categories",
                    wording::quoted(a),
                    wording::quoted(b)
                )
            };
        }
        match (
            wording::interval(a, tolerance),
            wording::interval(b, tolerance),
        ) {
            (Some(ia), Some(ib)) if self.clash => wording::clash(a, &ia, b, &ib),
            (Some(ia), Some(ib)) => wording::fit(a, &ia, b, &ib),
            _ => String::new(),
        }
    }
}

fn compare<'a>(a: &'a Claim, b: &'a Claim, tolerance: f64) -> Pair<'a> {
    let different_wording = a.value_text != b.value_text || a.approx != b.approx;
    let (clash, distance) = match (&a.value, &b.value) {
        (Value::Category(la), Value::Category(lb)) => (la != lb, f64::from(u8::from(la != lb))),
        _ => match times_at_one_precision(
            a,
            wording::interval(a, tolerance),
            b,
            wording::interval(b, tolerance),
        ) {
            (Some(ia), Some(ib)) if !ia.overlaps(&ib) || rounding_ends_meet(a, &ia, b, &ib) => {
                (true, wording::distance(a.kind, &ia, &ib))
            }
            _ => (false, 0.0),
        },
    };
    Pair {
        a,
        b,
        clash,
        different_wording,
        distance,
    }
}

/// Two times of day are compared to the minute ("at 04:52" and "at 06:15" conflict), but a time
/// of day against a date is compared by its day: "at 04:52" fits "14 March 2023".
fn times_at_one_precision(
    a: &Claim,
    ia: Option<Interval>,
    b: &Claim,
    ib: Option<Interval>,
) -> (Option<Interval>, Option<Interval>) {
    let minute = |c: &Claim| {
        matches!(
            c.value,
            Value::Time {
                precision: Precision::Minute,
                ..
            }
        )
    };
    if minute(a) == minute(b) {
        return (ia, ib);
    }
    let days = |c: &Claim, i: Option<Interval>| {
        if minute(c) {
            i.map(crate::claims::value::to_days)
        } else {
            i
        }
    };
    (days(a, ia), days(b, ib))
}

/// "ten days" (9.5–10.5) and "nine days" (8.5–9.5), "36%" and "37%": intervals of rounding
/// that only touch. A value at the shared end would be written at a finer place ("9.5 days"),
/// so the two unhedged figures cannot both hold; hedged ends ("up to 10", "10 to 15") are
/// closed and do meet there.
fn rounding_ends_meet(a: &Claim, ia: &Interval, b: &Claim, ib: &Interval) -> bool {
    let unhedged = |c: &Claim| matches!(c.approx, Approx::Exact | Approx::Range);
    a.kind.dimension() == Dimension::Number
        && unhedged(a)
        && unhedged(b)
        && !ia.is_point()
        && !ib.is_point()
        && (ia.high == ib.low || ib.high == ia.low)
}

/// The conflicts of a huge topic, found from its extremes: a claim conflicts with some claim of
/// another source (or of the reference) exactly when it ends below the highest start among
/// them, or starts above the lowest end. Returns the most distant pair per conflicting claim
/// side, and the ids of every claim in conflict.
fn extremes<'a>(
    compared: &[&'a Claim],
    reference: &BTreeSet<&str>,
    tolerance: f64,
) -> (Vec<Pair<'a>>, BTreeSet<&'a str>) {
    let judged: Vec<(&Claim, crate::claims::Interval)> = compared
        .iter()
        .filter_map(|c| wording::interval(c, tolerance).map(|i| (*c, i)))
        .collect();
    let yardstick = |c: &Claim| reference.is_empty() || reference.contains(c.source.as_str());
    // The two highest starts and two lowest ends, of different sources, among the yardsticks.
    let mut high_starts: Vec<(&Claim, f64)> = Vec::new();
    let mut low_ends: Vec<(&Claim, f64)> = Vec::new();
    for (claim, i) in judged.iter().filter(|(c, _)| yardstick(c)) {
        keep_two(&mut high_starts, claim, i.low, |a, b| a > b);
        keep_two(&mut low_ends, claim, i.high, |a, b| a < b);
    }
    let mut pairs = Vec::new();
    let mut ids = BTreeSet::new();
    for (claim, i) in &judged {
        if !reference.is_empty() && reference.contains(claim.source.as_str()) {
            continue;
        }
        let other = |list: &[(&'a Claim, f64)]| {
            list.iter().find(|(c, _)| c.source != claim.source).copied()
        };
        for (found, clash) in [
            (
                other(&high_starts),
                other(&high_starts).is_some_and(|(_, v)| i.high < v),
            ),
            (
                other(&low_ends),
                other(&low_ends).is_some_and(|(_, v)| i.low > v),
            ),
        ] {
            if let (Some((o, _)), true) = (found, clash) {
                ids.insert(claim.id.as_str());
                ids.insert(o.id.as_str());
                pairs.push(compare(o, claim, tolerance));
            }
        }
    }
    (pairs, ids)
}

/// Keep the two best values of different sources.
fn keep_two<'a>(
    list: &mut Vec<(&'a Claim, f64)>,
    claim: &'a Claim,
    value: f64,
    better: fn(f64, f64) -> bool,
) {
    if let Some(at) = list.iter().position(|(c, _)| c.source == claim.source) {
        if better(value, list[at].1) {
            list[at] = (claim, value);
        }
    } else {
        list.push((claim, value));
    }
    list.sort_by(|a, b| {
        if better(a.1, b.1) {
            std::cmp::Ordering::Less
        } else if better(b.1, a.1) {
            std::cmp::Ordering::Greater
        } else {
            a.0.id.cmp(&b.0.id)
        }
    });
    list.truncate(2);
}

/// Every claim states the same value with the same wording.
fn same_value(compared: &[&Claim]) -> bool {
    compared.windows(2).all(|w| {
        w[0].value == w[1].value && w[0].approx == w[1].approx && w[0].interval == w[1].interval
    })
}

fn shown_value(claim: &Claim) -> String {
    match claim.interval {
        Some(i) if claim.kind.dimension() == Dimension::Time => wording::describe(claim.kind, &i),
        _ => claim.value_text.clone(),
    }
}

/// A category label that says the accounts differ rather than giving an answer.
fn is_disputed_label(claim: &Claim) -> bool {
    matches!(&claim.value, Value::Category(label) if matches!(
        label.as_str(),
        "disputed" | "contested" | "unclear" | "unknown" | "uncertain" | "varies" | "vary" | "debated"
    ))
}

/// Within each source, claims that cannot both hold.
fn internal_conflicts(group: &Group, compared: &[&Claim], tolerance: f64) -> Vec<InternalConflict> {
    let mut by_source: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for claim in compared {
        by_source
            .entry(claim.source.as_str())
            .or_default()
            .push(claim);
    }
    let mut out = Vec::new();
    for (source, claims) in by_source {
        let mut why = Vec::new();
        let mut ids = BTreeSet::new();
        for (i, a) in claims.iter().enumerate() {
            for b in &claims[i + 1..] {
                if a.is_news_day() || b.is_news_day() {
                    continue;
                }
                let pair = compare(a, b, tolerance);
                if pair.clash {
                    why.push(pair.why(tolerance));
                    ids.insert(a.id.clone());
                    ids.insert(b.id.clone());
                }
            }
        }
        if !why.is_empty() {
            out.push(InternalConflict {
                topic: group.key.clone(),
                source: source.to_string(),
                reasoning: capitalise(&format!("{source} contradicts itself: {}", why.join("; "))),
                claims: ids.into_iter().collect(),
            });
        }
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How a claim is shown in reports.
pub fn view(claim: &Claim, corpus: &Corpus) -> ClaimView {
    let dimension = claim.kind.dimension();
    let (low, high) = match claim.interval {
        Some(i) => (
            format_bound(dimension, i.low),
            format_bound(dimension, i.high),
        ),
        None => (String::new(), String::new()),
    };
    let context = match (&claim.span, corpus.get(&claim.source)) {
        (Some(span), Some(source)) => {
            crate::align::sentence_around(&source.text, span.clone()).to_string()
        }
        _ => String::new(),
    };
    ClaimView {
        id: claim.id.clone(),
        source: claim.source.clone(),
        kind: claim.kind,
        value: claim.value_text.clone(),
        unit: claim.unit.clone(),
        approx: claim.approx,
        low,
        high,
        quote: claim.quote.clone(),
        line: claim.line,
        byte_start: claim.span.as_ref().map(|s| s.start),
        byte_end: claim.span.as_ref().map(|s| s.end),
        status: claim.status,
        context,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimRow;
    use crate::codebook::{Acceptance, TopicSpec};
    use crate::sources::{Source, SourceMeta};

    /// Sources `a`, `b`, `c`, `r` (a reference), `w1`, `w2` (one series); no text needed.
    fn corpus() -> Corpus {
        let meta = |id: &str, series: &str, role: Role| SourceMeta {
            id: id.into(),
            series: series.into(),
            role,
            ..SourceMeta::default()
        };
        let mut sources: Vec<Source> = [
            meta("a", "", Role::Account),
            meta("b", "", Role::Account),
            meta("c", "", Role::Account),
            meta("r", "", Role::Reference),
            meta("w1", "wire", Role::Account),
            meta("w2", "wire", Role::Account),
        ]
        .into_iter()
        .map(|m| Source::new(m, "x.txt".into(), String::new()))
        .collect();
        sources.sort_by(|x, y| x.meta.id.cmp(&y.meta.id));
        Corpus {
            sources,
            ..Corpus::default()
        }
    }

    /// `(id, source, kind, value, unit, approx, quote)`
    fn claim(
        id: &str,
        source: &str,
        kind: &str,
        value: &str,
        unit: &str,
        approx: &str,
        quote: &str,
    ) -> Claim {
        ClaimRow {
            id: id.into(),
            source: source.into(),
            topic: "t".into(),
            kind: kind.into(),
            value: value.into(),
            unit: unit.into(),
            approx: approx.into(),
            quote: quote.into(),
            status: "confirmed".into(),
            origin: "manual".into(),
            ..ClaimRow::default()
        }
        .parse(0)
        .unwrap()
    }

    fn run(claims: &[Claim], codebook: &Codebook) -> (Topic, Vec<InternalConflict>) {
        let group = Group {
            key: "t".into(),
            label: "t".into(),
            declared: true,
            members: (0..claims.len()).collect(),
        };
        judge(&group, claims, &corpus(), codebook)
    }

    fn topic(claims: &[Claim]) -> Topic {
        run(claims, &Codebook::default()).0
    }

    fn pct(id: &str, source: &str, value: &str, approx: &str, quote: &str) -> Claim {
        claim(id, source, "percent", value, "percent", approx, quote)
    }

    #[test]
    fn durations_in_days_and_years_are_compared_in_years() {
        let days = claim("d", "a", "duration", "1000", "days", "exact", "1,000 days");
        let years = claim("y", "b", "duration", "3", "years", "about", "three years");
        let (restated, name) = in_common_units(&[&days, &years]).unwrap();
        assert_eq!(name, "years");
        let low = restated[0].interval.unwrap().low;
        let days_low = days.interval.unwrap().low;
        assert!((low - days_low / 365.25).abs() < 1e-9, "{low}");
        assert_eq!(restated[0].unit, "years");
        assert!(in_common_units(&[&years, &years]).is_none());
        let judged = topic(&[days, years]);
        assert_eq!(judged.verdict, Verdict::Compatible, "{}", judged.reasoning);
        assert!(
            judged.reasoning.starts_with("In years: "),
            "{}",
            judged.reasoning
        );
    }

    #[test]
    fn one_source_is_single() {
        let t = topic(&[pct("1", "a", "36", "exact", "36 percent")]);
        assert_eq!(t.verdict, Verdict::Single);
        assert_eq!(t.reasoning, "Only a speaks to this (1 claim)");
        assert_eq!(t.independent_sources, 1);
    }

    #[test]
    fn the_same_value_agrees() {
        let t = topic(&[
            pct("1", "a", "36", "exact", "36 percent"),
            pct("2", "b", "36", "exact", "36%"),
        ]);
        assert_eq!(t.verdict, Verdict::Agree);
        assert_eq!(
            t.reasoning,
            "2 claims from 2 sources give the same value 36"
        );
        assert_eq!(t.independent_sources, 2);
    }

    #[test]
    fn overlapping_wording_is_compatible() {
        let t = topic(&[
            pct("1", "a", "36", "exact", "36 percent"),
            pct("2", "b", "36", "about", "about 36 percent"),
        ]);
        assert_eq!(t.verdict, Verdict::Compatible);
        assert!(
            t.reasoning.contains("'36 percent' (a) allows 35.5–36.5"),
            "{}",
            t.reasoning
        );
        assert!(t.reasoning.contains("one contains the other"));
        assert_eq!(t.distance, 0.0);
    }

    #[test]
    fn neighbouring_rounded_figures_conflict_though_their_intervals_touch() {
        let t = topic(&[
            claim("t", "a", "duration", "12", "days", "exact", "twelve days"),
            claim("n", "b", "duration", "11", "days", "exact", "eleven days"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict, "{}", t.reasoning);
        assert!(
            t.reasoning.contains("touch only at 11.5"),
            "{}",
            t.reasoning
        );
        let t = topic(&[
            pct("1", "a", "36", "exact", "36 percent"),
            pct("2", "b", "37", "exact", "37%"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict, "{}", t.reasoning);
        // A hedge's end is closed: "up to 10" meets "10 to 15".
        let t = topic(&[
            claim(
                "u",
                "a",
                "duration",
                "12",
                "days",
                "at_most",
                "up to 12 days",
            ),
            claim(
                "r",
                "b",
                "duration",
                "12/15",
                "days",
                "range",
                "12 to 15 days",
            ),
        ]);
        assert_eq!(t.verdict, Verdict::Compatible, "{}", t.reasoning);
    }

    #[test]
    fn lengths_in_kilometres_and_miles_are_compared_in_metres() {
        let near = topic(&[
            claim("k", "a", "quantity", "5", "km", "exact", "5 km"),
            claim("m", "b", "quantity", "3", "miles", "exact", "3 miles"),
        ]);
        assert_eq!(near.verdict, Verdict::Compatible, "{}", near.reasoning);
        assert!(
            near.reasoning.starts_with("In metres: "),
            "{}",
            near.reasoning
        );
        let far = topic(&[
            claim("k", "a", "quantity", "12", "km", "exact", "12 km"),
            claim("m", "b", "quantity", "3", "miles", "exact", "3 miles"),
        ]);
        assert_eq!(far.verdict, Verdict::Conflict, "{}", far.reasoning);
        // The claims are shown as their sources wrote them.
        assert_eq!(far.claims[1].unit, "miles");
    }

    #[test]
    fn two_sources_against_one_read_as_one_disagreement() {
        let t = topic(&[
            pct("1", "a", "36", "exact", "36 percent"),
            pct("2", "b", "36", "exact", "36%"),
            pct("3", "c", "38", "exact", "38 percent"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict);
        assert_eq!(
            t.reasoning.matches("no overlap").count(),
            1,
            "{}",
            t.reasoning
        );
        assert!(
            t.reasoning
                .ends_with("'36%' (b) allows the same as one side"),
            "{}",
            t.reasoning
        );
    }

    #[test]
    fn disjoint_intervals_conflict_with_reasons() {
        let mut half = claim(
            "2",
            "b",
            "percent",
            "50",
            "percent",
            "more_than",
            "more than half",
        );
        half.interval = Some(crate::claims::Interval::new(50.0, 100.0));
        let t = topic(&[pct("1", "a", "36", "exact", "36%"), half]);
        assert_eq!(t.verdict, Verdict::Conflict);
        assert!(
            t.reasoning.contains(
                "'36%' (a) allows 35.5–36.5; 'more than half' (b) allows 50–100: no overlap"
            ),
            "{}",
            t.reasoning
        );
        assert!(t.distance > 0.1 && t.distance < 0.2, "{}", t.distance);
    }

    #[test]
    fn different_years_conflict() {
        let t = topic(&[
            claim("1", "a", "year", "1957", "", "exact", "In 1957"),
            claim("2", "b", "year", "1958", "", "exact", "In 1958"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict);
        assert!(
            t.reasoning.contains("1957 and 1958 are different years"),
            "{}",
            t.reasoning
        );
        assert!((t.distance - 1.0).abs() < 0.01);
    }

    #[test]
    fn a_month_contains_its_day() {
        let t = topic(&[
            claim("1", "a", "date", "1970-09", "", "exact", "September 1970"),
            claim(
                "2",
                "b",
                "date",
                "1970-09-04",
                "",
                "exact",
                "4 September 1970",
            ),
        ]);
        assert_eq!(t.verdict, Verdict::Compatible);
        assert!(
            t.reasoning.contains("allows September 1970"),
            "{}",
            t.reasoning
        );
    }

    #[test]
    fn different_categories_conflict_and_disputed_is_explained() {
        let t = topic(&[
            claim(
                "1",
                "a",
                "category",
                "suicide",
                "",
                "exact",
                "killed himself",
            ),
            claim("2", "b", "category", "killed", "", "exact", "was killed"),
            claim(
                "3",
                "c",
                "category",
                "disputed",
                "",
                "exact",
                "accounts vary",
            ),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict);
        assert!(
            t.reasoning.contains(
                "'killed himself' (a) (suicide) vs 'was killed' (b) (killed): different categories"
            ),
            "{}",
            t.reasoning
        );
        assert!(t.reasoning.contains("still a different answer"));
    }

    #[test]
    fn different_units_are_not_compared() {
        let t = topic(&[
            claim(
                "1",
                "a",
                "count",
                "40000",
                "people",
                "exact",
                "40,000 people",
            ),
            claim("2", "b", "count", "40", "people", "exact", "40 people"),
            claim("3", "c", "count", "40", "stadiums", "exact", "40 stadiums"),
        ]);
        assert_eq!(t.unit, "people");
        assert!(t.reasoning.contains("not compared"), "{}", t.reasoning);
        assert!(
            t.reasoning.contains("3 (count, stadiums)"),
            "{}",
            t.reasoning
        );
        let t = topic(&[
            claim("1", "a", "money", "5", "USD", "exact", "$5"),
            claim("2", "b", "money", "900", "EUR", "exact", "900 euros"),
        ]);
        assert_eq!(t.verdict, Verdict::Single, "{}", t.reasoning);
        // Two sources in the topic, one comparable: not "only a speaks to this".
        assert!(
            t.reasoning.starts_with("Only a's claim can be compared"),
            "{}",
            t.reasoning
        );
        // Counts of people in other words are compared: "2,500 deaths", "2,600 people".
        let t = topic(&[
            claim("1", "a", "count", "2500", "deaths", "exact", "2,500 deaths"),
            claim("2", "b", "count", "2600", "people", "exact", "2,600 people"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict, "{}", t.reasoning);
    }

    #[test]
    fn the_reference_is_the_yardstick() {
        let t = topic(&[
            pct("1", "a", "36", "exact", "36%"),
            pct("2", "b", "41", "exact", "41%"),
            pct("3", "r", "36.3", "exact", "36.3%"),
        ]);
        assert_eq!(t.verdict, Verdict::Conflict);
        assert!(
            t.reasoning.starts_with("Measured against the reference r"),
            "{}",
            t.reasoning
        );
        assert!(
            t.reasoning
                .contains("'36.3%' (r) allows 36.25–36.35; '41%' (b)"),
            "{}",
            t.reasoning
        );
        // a and b disagree with each other too, but only the reference counts.
        assert!(!t.reasoning.contains("'36%' (a) allows 35.5–36.5; '41%'"));
    }

    #[test]
    fn a_series_is_not_independent_corroboration() {
        let t = topic(&[
            pct("1", "w1", "36", "exact", "36%"),
            pct("2", "w2", "36", "exact", "36%"),
        ]);
        assert_eq!(t.verdict, Verdict::Agree);
        assert_eq!(t.independent_sources, 1);
        assert!(t.reasoning.contains("one series (wire)"), "{}", t.reasoning);
        assert!(t.reasoning.contains("not independent corroboration"));
    }

    #[test]
    fn a_source_contradicting_itself_is_an_internal_conflict() {
        let (t, internal) = run(
            &[
                claim("1", "a", "date", "1973-06", "", "exact", "June 1973"),
                claim("2", "a", "date", "1973-07", "", "exact", "July of 1973"),
            ],
            &Codebook::default(),
        );
        assert_eq!(t.verdict, Verdict::Single);
        assert_eq!(internal.len(), 1);
        assert_eq!(internal[0].claims, ["1", "2"]);
        assert!(
            internal[0]
                .reasoning
                .contains("June 1973 and July 1973 are different months")
        );
    }

    fn codebook(tolerance: Option<f64>, accepted: Option<Acceptance>) -> Codebook {
        Codebook {
            topics: vec![TopicSpec {
                key: "t".into(),
                question: "q".into(),
                kind: Kind::Percent,
                unit: String::new(),
                tolerance,
                categories: Default::default(),
                context: Vec::new(),
                accepted,
            }],
            path: None,
        }
    }

    #[test]
    fn tolerance_widens_intervals() {
        let claims = [
            pct("1", "a", "36", "exact", "36%"),
            pct("2", "b", "38", "exact", "38%"),
        ];
        assert_eq!(
            run(&claims, &Codebook::default()).0.verdict,
            Verdict::Conflict
        );
        assert_eq!(
            run(&claims, &codebook(Some(1.0), None)).0.verdict,
            Verdict::Compatible
        );
    }

    #[test]
    fn issue_4_accepted_conflict_stays_accepted_until_a_new_claim_conflicts() {
        let accepted = Acceptance {
            reason: "different elections".into(),
            claims: vec!["1".into(), "2".into()],
        };
        let book = codebook(None, Some(accepted));
        let mut claims = vec![
            pct("1", "a", "36", "exact", "36%"),
            pct("2", "b", "41", "exact", "41%"),
        ];
        let t = run(&claims, &book).0;
        assert_eq!(t.verdict, Verdict::Conflict);
        assert_eq!(t.accepted.as_deref(), Some("different elections"));
        claims.push(pct("3", "c", "47", "exact", "47%"));
        assert_eq!(run(&claims, &book).0.accepted, None);
        let any = codebook(
            None,
            Some(Acceptance {
                reason: "known".into(),
                claims: vec![],
            }),
        );
        assert_eq!(run(&claims, &any).0.accepted.as_deref(), Some("known"));
    }

    #[test]
    fn a_huge_topic_finds_the_same_conflicts_from_its_extremes() {
        // Sources a, b and c repeat 36% many times; c once says 41%.
        let mut claims: Vec<Claim> = (0..90)
            .map(|i| {
                pct(
                    &format!("x{i}"),
                    ["a", "b", "c"][i % 3],
                    "36",
                    "exact",
                    "36%",
                )
            })
            .collect();
        claims.push(pct("odd", "c", "41", "exact", "41%"));
        let (t, _) = run(&claims, &Codebook::default());
        assert_eq!(t.verdict, Verdict::Conflict);
        assert!(
            t.reasoning.contains("'41%' (c) allows 40.5–41.5"),
            "{}",
            t.reasoning
        );
        claims.pop();
        assert_eq!(run(&claims, &Codebook::default()).0.verdict, Verdict::Agree);
    }

    #[test]
    fn peoples_bodies_and_horsemen_are_head_counts() {
        // From `tests/fixtures/probes/siege_vienna_1683`: one contingent counted as "Polish
        // troops" and as "Poles", one charge as "horsemen", "cavalry" and "riders".
        let t = topic(&[
            claim(
                "1",
                "a",
                "count",
                "20000",
                "troops",
                "about",
                "around 20,000 Polish troops",
            ),
            claim(
                "2",
                "b",
                "count",
                "20000",
                "poles",
                "about",
                "about twenty thousand Poles",
            ),
            claim(
                "3",
                "c",
                "count",
                "18000",
                "horsemen",
                "exact",
                "18,000 horsemen",
            ),
            claim(
                "4",
                "d",
                "count",
                "18000",
                "cavalry",
                "about",
                "some 18,000 cavalry",
            ),
        ]);
        assert!(!t.reasoning.contains("not compared"), "{}", t.reasoning);
        // A word written in lower case that happens to end in "s" is no people.
        let t = topic(&[
            claim(
                "1",
                "a",
                "count",
                "300",
                "soldiers",
                "exact",
                "300 soldiers",
            ),
            claim("2", "b", "count", "300", "poles", "exact", "300 poles"),
        ]);
        assert!(t.reasoning.contains("not compared"), "{}", t.reasoning);
    }
}
