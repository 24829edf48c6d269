//! Linking by the words around a figure, for claims that the keyed pass left on their own.
//!
//! Keys come from a vocabulary of subjects and events; a corpus about something else (a bridge
//! that collapsed, a company's accounts, a flood) may not use it, and then every figure would
//! stay a topic of its own and no conflict would ever surface. This pass links such claims across
//! sources by what the words near them say. Each claim gets a weighted bag of the content words
//! of its sentence: nearer words weigh more, and words found in many sentences of the corpus
//! weigh less, so "bridge" in a text about a bridge says little and "collapsed" says much. Two
//! claims are linked only when they are of one kind (and unit, where units must agree), of
//! comparable size, close in wording, and each is the other's best match in the other source:
//! mutual best matches keep weak links from chaining unrelated figures together. The cost is
//! linear in the claims and the text, with capped candidate lists.

use std::collections::{BTreeMap, HashMap};

use super::fuzzy::find;
use super::key::{kind_word, part};
use super::words::{fold, is_function_word, is_pronoun, tokens};
use super::{Group, sentence_range};
use crate::claims::value::MONTH_NAMES;
use crate::claims::{Claim, Dimension, Kind};
use crate::sources::Corpus;

/// How close two bags must be (cosine) to be linked when their values conflict: a false link
/// there shows a reader a conflict that is not one.
pub(super) const THRESHOLD: f32 = 0.30;
/// How close they must be when their values can both hold: a false link there costs little.
pub(super) const THRESHOLD_COMPATIBLE: f32 = 0.12;
/// The weight of shared words (not names, not the unit) a conflict needs.
const MIN_SUPPORT: f32 = 0.5;
/// How much more a partner written in the same unit counts, among figures of one measure.
const SAME_UNIT: f32 = 0.1;
/// How many sentence words either side of a claim count.
const WINDOW: usize = 12;
/// A word in more candidate lists than this is too common to find partners by.
pub(super) const MAX_POSTINGS: usize = 2_000;
/// Figures more than this many times apart are not two readings of one fact.
const MAX_RATIO: f64 = 2.5;
/// ... unless each is the one figure its source gives of one subject ([`Unit::keyed_once`]).
const MAX_RATIO_KEYED: f64 = 5.0;
/// Sentences of ordinary prose assumed beside the corpus, none holding the word, when a word's
/// rarity is reckoned. In a corpus of a few short texts every word the sources share is in "many"
/// of its sentences, so without this prior nothing they share could count as evidence; in a
/// corpus of thousands of sentences it changes nothing.
const BACKGROUND: f32 = 20.0;
/// Dates further apart than this (in days) are not two readings of one date.
const MAX_DAYS: f64 = 3.0 * 366.0;
/// How far apart dates may be when their wording is [`STRONG`]ly alike.
const MAX_DAYS_FAR: f64 = 20.0 * 366.0;
/// The cosine at which two claims' words leave little doubt.
const STRONG: f32 = 0.5;

/// Merge the single-source groups that `groups` holds into cross-source topics where the words
/// around their claims agree. Declared groups and groups that already span sources are kept.
pub fn link_loose(
    groups: Vec<Group>,
    claims: &[Claim],
    corpus: &Corpus,
    rarity: &Rarity,
) -> Vec<Group> {
    let loose: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| is_loose(g, claims, corpus))
        .map(|(i, _)| i)
        .collect();
    if loose.len() < 2 {
        return groups;
    }
    let mut units: Vec<Unit> = loose
        .iter()
        .map(|&g| Unit::of(&groups[g], claims, corpus, rarity))
        .collect();
    // How many groups of each source the keyed pass gave each subject (its key without a year).
    let mut subjects: HashMap<(&str, String), usize> = HashMap::new();
    for group in &groups {
        for source in group.sources(claims) {
            *subjects
                .entry((source, without_year(&group.key)))
                .or_default() += 1;
        }
    }
    for unit in &mut units {
        let Some(key) = &unit.key else { continue };
        let subject = without_year(key);
        let once = subjects
            .get(&(unit.source.as_str(), subject.clone()))
            .is_some_and(|&n| n == 1);
        let specific = key
            .split('.')
            .next()
            .is_some_and(|s| s != kind_word(unit.kind) && is_specific_subject(s));
        if once && specific {
            unit.keyed_once = Some(subject);
        }
    }

    // Candidate partners: units that share a weighty word, found through an index.
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (u, unit) in units.iter().enumerate() {
        for word in unit.bag.keys() {
            postings.entry(word.as_str()).or_default().push(u);
        }
        if let Some(point) = &unit.point {
            postings.entry(point.as_str()).or_default().push(u);
        }
    }
    // For each unit, its best match in each other source: (unit, rank, score).
    let best: Vec<BTreeMap<&str, (usize, f32, f32)>> = units
        .iter()
        .enumerate()
        .map(|(u, unit)| {
            let mut best: BTreeMap<&str, (usize, f32, f32)> = BTreeMap::new();
            let mut seen: Vec<usize> = Vec::new();
            for word in unit.bag.keys().chain(unit.point.iter()) {
                let list = &postings[word.as_str()];
                if list.len() > MAX_POSTINGS {
                    continue;
                }
                seen.extend(list.iter().copied().filter(|&v| v != u));
            }
            seen.sort_unstable();
            seen.dedup();
            for v in seen {
                let other = &units[v];
                if other.source == unit.source
                    || !(unit.comparable(other) || unit.strongly_alike_far(other))
                {
                    continue;
                }
                let score = unit.affinity(other);
                let overlap =
                    matches!((unit.interval, other.interval), (Some(a), Some(b)) if a.overlaps(&b));
                if score
                    < if overlap {
                        THRESHOLD_COMPATIBLE
                    } else {
                        THRESHOLD
                    }
                {
                    continue;
                }
                // The keyed pass read both and gave them different keys: setting their values
                // against each other on the strength of words alone would risk a false conflict,
                // unless the sentences say the same in most of their words ("twelve hours
                // behind schedule", "almost 20 hours behind schedule"): a key is drafted from
                // one or two words, and may take the wrong ones. Not when one names a year the
                // other's narrative is not in: "the fire of July 2019 burned about 3,100
                // hectares" is another fire than this week's "had burned 6,380 hectares".
                if !overlap
                    && (score < STRONG || !same_time(unit, other, claims, corpus))
                    && let (Some(a), Some(b)) = (&unit.key, &other.key)
                    && !keys_agree(a, b)
                {
                    continue;
                }
                // "1.4 hectares (3.5 acres)" beside "1.6 hectares (4.0 acres)": each figure's
                // partner is the one written in its own unit, though all four are one measure.
                let same_unit = unit.measure.is_some() && unit.unit == other.unit;
                // "On board were 2,224 passengers" beside "Of the estimated 2,224 people on
                // board, more than 1,500 died": of two figures in one sentence, the one that
                // gives the same uncommon value is the partner.
                let same_value = unit.specific_value().is_some()
                    && unit.specific_value() == other.specific_value();
                let rank = score
                    + if same_unit { SAME_UNIT } else { 0.0 }
                    + if same_value { SAME_UNIT } else { 0.0 };
                let entry = best
                    .entry(other.source.as_str())
                    .or_insert((v, rank, score));
                if rank > entry.1 || (rank == entry.1 && v < entry.0) {
                    *entry = (v, rank, score);
                }
            }
            best
        })
        .collect();

    // Strong links first; then the weak ones (values that can both hold), each only if it does
    // not bring together two claims that conflict without strong evidence: a chain through a
    // broad claim ("1970 - 73") must not set "1970" against "1973".
    let mut links: Vec<(bool, usize, usize)> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for &(v, _, score) in best[u].values() {
            let mutual = best[v]
                .get(unit.source.as_str())
                .is_some_and(|&(back, _, _)| back == u);
            if mutual && u < v {
                links.push((score < THRESHOLD, u, v));
            }
        }
    }
    links.sort_unstable();
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..units.len()).map(|u| vec![u]).collect();
    for (_, u, v) in links {
        let (a, b) = (find(&mut parent, u), find(&mut parent, v));
        if a == b {
            continue;
        }
        let unsupported = members[a].iter().any(|&x| {
            members[b].iter().any(|&y| {
                let (p, q) = (&units[x], &units[y]);
                p.conflicts(q) && !p.supports_conflict(q)
                    || matches!((p.casualty(), q.casualty()), (Some(r), Some(s)) if r != s)
            })
        });
        if unsupported {
            continue;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        parent[gone] = keep;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for u in 0..units.len() {
        let root = find(&mut parent, u);
        components.entry(root).or_default().push(u);
    }

    let mut taken: Vec<bool> = vec![false; groups.len()];
    let mut keys: std::collections::HashSet<String> =
        groups.iter().map(|g| g.key.clone()).collect();
    let mut merged: Vec<Group> = Vec::new();
    for members in components.values().filter(|m| m.len() > 1) {
        let key = merged_key(members, &units, &groups, &loose, claims, &mut keys);
        let mut group = Group {
            label: String::new(),
            key,
            declared: false,
            members: Vec::new(),
        };
        for &u in members {
            taken[loose[u]] = true;
            group.members.extend(&groups[loose[u]].members);
        }
        group.members.sort_unstable();
        group.label = super::key::label(&group.key);
        merged.push(group);
    }
    let mut out: Vec<Group> = groups
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !taken[*i])
        .map(|(_, g)| g)
        .collect();
    out.extend(merged);
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// Are two figures of one time: the same year named, or none, or a year that one names being
/// the year the other's narrative is in ([`narrative_year`]: the wire of 7 May 1937 needs no
/// "1937")?
fn same_time(a: &Unit, b: &Unit, claims: &[Claim], corpus: &Corpus) -> bool {
    let narrative = |unit: &Unit| narrative_year(&claims[unit.first], corpus);
    match (&a.year, &b.year) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        (Some(year), None) => narrative(b).is_none_or(|w| &w == year),
        (None, Some(year)) => narrative(a).is_none_or(|w| &w == year),
    }
}

/// How far back a figure's text is searched for the year its narrative is in.
const NARRATIVE_REACH: usize = 4_000;

/// The year a figure's narrative is in: the last year written before it (not far back), else
/// the year its source was written. A history of 1883 written in 2023 is still in 1883.
fn narrative_year(claim: &Claim, corpus: &Corpus) -> Option<String> {
    let source = corpus.get(&claim.source)?;
    if let Some(span) = &claim.span
        && span.start <= source.text.len()
    {
        let mut from = span.start.saturating_sub(NARRATIVE_REACH);
        while !source.text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = span.start;
        while !source.text.is_char_boundary(to) {
            to -= 1;
        }
        if let Some(year) = tokens(&source.text[from..to], from)
            .iter()
            .rev()
            .find_map(super::words::Token::year)
        {
            return Some(year.to_string());
        }
    }
    crate::extract::reference_of(&source.meta.published).map(|d| d.year().to_string())
}

/// A subject that names a specific thing: not a generic head count ("people"), nor a unit of
/// measure that keyed a rate ("$16,000 per mile" says nothing of what is paid).
pub(super) fn is_specific_subject(subject: &str) -> bool {
    !GENERIC_COUNTS.contains(&subject) && !super::context::is_measure_unit(subject)
}

/// A key without its year part: `depth.2024.quantity` is `depth.quantity`.
fn without_year(key: &str) -> String {
    key.split('.')
        .filter(|p| !super::key::is_year_part(p))
        .collect::<Vec<_>>()
        .join(".")
}

/// The value of an unhedged date given to the day or the minute, as [`Unit::point`] keeps it.
fn point_of(claim: &Claim) -> Option<String> {
    use crate::claims::value::{Precision, Value};
    let precise = matches!(
        claim.value,
        Value::Time {
            precision: Precision::Day | Precision::Minute,
            ..
        }
    );
    (claim.kind == Kind::Date && precise && claim.approx == crate::claims::Approx::Exact)
        .then(|| format!("@{}", claim.value_text))
}

/// Could two keys the keyed pass drafted name one question? They must be of one kind, give the
/// same year where both give one, and share what they are about: the event or the counted noun
/// (`taiwan.died.date` and `liu_zhi.died.date` differ only in the name the sentence happened to
/// give, "He died in Taiwan"; `prisoner.1814.count` and `prisoner.count` only in a year one
/// sentence left out). Keys that share nothing but their kind were read as different questions.
pub(super) fn keys_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    fn split(key: &str) -> (&str, Option<&str>, Vec<&str>) {
        let mut parts: Vec<&str> = key.split('.').collect();
        let kind = parts.pop().unwrap_or_default();
        let year = parts
            .iter()
            .position(|p| super::key::is_year_part(p))
            .map(|i| parts.remove(i));
        (kind, year, parts)
    }
    let (kind_a, year_a, mut about_a) = split(a);
    let (kind_b, year_b, mut about_b) = split(b);
    // "home_destroyed" and "home": what happened to the counted is read only where a verb
    // says it beside the figure ("destroyed 44 houses", "40 houses had gone"), so a subject
    // with it and one without may be one question; two different ones never are.
    let (outcome_a, outcome_b) = (strip_outcome(&mut about_a), strip_outcome(&mut about_b));
    if outcome_a.is_some() && outcome_b.is_some() && outcome_a != outcome_b {
        return false;
    }
    // "km.quantity" and "mile.quantity": what the keyed pass took for the subject is a unit,
    // and units of one measure ask one question.
    let measure = |about: &[&str]| -> Option<&'static str> {
        match about {
            [unit] => crate::claims::measure::base_of(Kind::Quantity, unit).map(|b| b.name),
            _ => None,
        }
    };
    kind_a == kind_b
        && (year_a.is_none() || year_b.is_none() || year_a == year_b)
        && (about_a.iter().any(|p| about_b.contains(p))
            || measure(&about_a).is_some() && measure(&about_a) == measure(&about_b))
}

/// Take the outcome role (`_destroyed`, `_evacuated`, see [`OUTCOMES`]) off a key's subject
/// parts, and give it.
fn strip_outcome<'k>(about: &mut [&'k str]) -> Option<&'k str> {
    let mut found = None;
    for part in about.iter_mut() {
        if let Some((subject, outcome)) = part.rsplit_once('_')
            && OUTCOMES.contains(&outcome)
        {
            *part = subject;
            found = Some(outcome);
        }
    }
    found
}

/// What happened to the things or people a count counts, as `context::casualty` reads it
/// beyond harm to people.
const OUTCOMES: [&str; 5] = ["destroyed", "damaged", "evacuated", "returned", "arrested"];

/// A group a person did not declare whose claims all come from one source. Dates whose year is
/// only guessed from far away ("In April" under a lost heading) are too weak to link by words.
pub(super) fn is_loose(group: &Group, claims: &[Claim], corpus: &Corpus) -> bool {
    let Some(&first) = group.members.first() else {
        return false;
    };
    let claim = &claims[first];
    let source = &claim.source;
    let guessed = claim.kind.dimension() == Dimension::Time
        && match (corpus.get(source), &claim.span) {
            (Some(s), Some(span)) if span.end <= s.text.len() => !super::context::year_is_written(
                claim,
                &s.text,
                span,
                crate::extract::reference_of(&s.meta.published),
            ),
            _ => true,
        };
    !group.declared
        && !guessed
        && claim.kind != Kind::Category
        && claim.kind != Kind::Ordinal
        && group.members.iter().all(|&m| &claims[m].source == source)
}

/// The key of a merged group: a keyed member's key when there is one, else the words its
/// members share, with the kind, made unique.
fn merged_key(
    members: &[usize],
    units: &[Unit],
    groups: &[Group],
    loose: &[usize],
    claims: &[Claim],
    keys: &mut std::collections::HashSet<String>,
) -> String {
    // A group named after one of its claims (a claim alone, or its copies) has no key read
    // from the text.
    let alone = |g: &Group| {
        g.members
            .iter()
            .any(|&m| g.key == super::key::alone(&claims[m]))
    };
    if let Some(key) = members
        .iter()
        .map(|&u| &groups[loose[u]])
        .filter(|g| !alone(g))
        .map(|g| g.key.clone())
        .min()
    {
        return key;
    }
    let mut shared: BTreeMap<&str, (usize, f32)> = BTreeMap::new();
    for &u in members {
        for (word, weight) in &units[u].bag {
            let entry = shared.entry(word.as_str()).or_insert((0, 0.0));
            entry.0 += 1;
            entry.1 += weight;
        }
    }
    let mut words: Vec<(&str, usize, f32)> = shared
        .into_iter()
        .filter(|(_, (n, _))| *n > 1)
        .map(|(w, (n, s))| (w, n, s))
        .collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)));
    let subject: Vec<String> = words.iter().take(2).map(|(w, _, _)| part(w)).collect();
    let first = &claims[groups[loose[members[0]]].members[0]];
    let base = format!("{}.{}", subject.join("_"), kind_word(first.kind));
    let mut key = base.clone();
    let mut n = 2;
    while keys.contains(&key) {
        key = format!("{base}.{n}");
        n += 1;
    }
    keys.insert(key.clone());
    key
}

/// The rank a word names: "first" and "1st" are 1, "second" and "2nd" 2, up to twelve.
fn ordinal(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    let lower = word.to_ascii_lowercase();
    if let Some(at) = WORDS.iter().position(|w| *w == lower) {
        return Some(at as u32 + 1);
    }
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    match (digits.parse::<u32>(), suffix) {
        (Ok(n), "st" | "nd" | "rd" | "th") if n > 0 => Some(n),
        _ => None,
    }
}

/// The names of the nearest sentence before `start` (at most six back) that opens with a full
/// name, two capitalised words that are not function words ("Mari Fitzduff began ..."): whom a
/// "He" or "She" most likely means. A sentence that opens otherwise ("In 1953, he ...", "Living
/// in Belfast, she ...") does not say who it is about.
fn antecedent_names(text: &str, start: usize) -> Vec<String> {
    let mut at = start;
    for _ in 0..6 {
        let Some(previous) = super::context::previous_sentence(text, at) else {
            break;
        };
        let words = tokens(&text[previous.clone()], previous.start);
        let named = |t: &super::words::Token| t.is_capitalised() && !is_function_word(t.text);
        if words.len() >= 2 && named(&words[0]) && named(&words[1]) {
            return words
                .iter()
                .filter(|t| t.is_capitalised())
                .filter_map(|t| content(t.text))
                .collect();
        }
        if previous.start == 0 || previous.start >= at {
            break;
        }
        at = previous.start;
    }
    Vec::new()
}

/// How rare each folded word is across the sentences of the corpus.
pub(super) struct Rarity {
    sentences: f32,
    counts: HashMap<String, u32>,
    /// How many count claims of each source count each (folded) noun.
    counted: HashMap<(String, String), u32>,
}

/// Nouns that say little about what is counted: any two counts of them may be of anything.
const GENERIC_COUNTS: &[&str] = &[
    "people",
    "person",
    "man",
    "men",
    "woman",
    "women",
    "child",
    "children",
    "individual",
    "time",
    "case",
    "member",
    "one",
    "thing",
    "item",
    "unit",
    "part",
    "other",
];

impl Rarity {
    pub(super) fn of(corpus: &Corpus, claims: &[Claim]) -> Rarity {
        let mut counted: HashMap<(String, String), u32> = HashMap::new();
        for claim in claims.iter().filter(|c| c.kind == Kind::Count) {
            if let Some(noun) = content(&claim.unit) {
                *counted.entry((claim.source.clone(), noun)).or_default() += 1;
            }
        }
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut sentences = 0.0;
        for source in &corpus.sources {
            for sentence in source.text.split(['.', '!', '?', '\n']) {
                let mut words: Vec<String> = tokens(sentence, 0)
                    .iter()
                    .filter_map(|t| content(t.text))
                    .collect();
                if words.is_empty() {
                    continue;
                }
                sentences += 1.0;
                words.sort_unstable();
                words.dedup();
                for word in words {
                    *counts.entry(word).or_default() += 1;
                }
            }
        }
        Rarity {
            sentences,
            counts,
            counted,
        }
    }

    fn counts_in(&self, source: &str, noun: &str) -> u32 {
        self.counted
            .get(&(source.to_string(), noun.to_string()))
            .copied()
            .unwrap_or(0)
    }

    fn weight(&self, word: &str) -> f32 {
        let seen = self.counts.get(word).copied().unwrap_or(0) as f32;
        ((self.sentences + BACKGROUND) / (seen + 1.0)).ln().max(0.1)
    }
}

/// The folded form of a word that can say what a figure is about, or `None` for function words,
/// numbers and calendar words (they are values, not topics).
fn content(word: &str) -> Option<String> {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let folded = fold(word);
    if let Some(event) = same_event(&folded) {
        return Some(event.to_string());
    }
    // "rose", "fell", "closed": how a figure moved, which any two figures may share.
    if is_function_word(word)
        || super::context::is_change_verb(word)
        || folded.chars().count() < 3
        || MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(&folded))
        || is_calendar_word(&folded)
        || NUMBER_WORDS.contains(&folded.as_str())
    {
        return None;
    }
    Some(folded)
}

/// Everyday words for one happening, so that "killed", "died" and "dead" meet. Words are
/// folded first ([`fold`] already makes "died" and "dead" "death", and plurals singular).
fn same_event(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "kill" | "killing" | "death" | "perished" | "fatality" | "lost" | "victim"
        | "massacred" | "massacre" | "slaughtered" | "murdered" => "death",
        "won" | "win" | "winning" | "victory" | "victorious" => "win",
        "injured" | "wounded" | "hurt" | "injury" => "injury",
        "collapsed" | "collapse" | "fell" | "fall" | "gave" => "collapse",
        "cost" | "costing" | "spent" | "paid" | "price" | "budget" => "cost",
        "opened" | "open" | "opening" | "inaugurated" | "completed" => "opened",
        "built" | "build" | "construction" | "constructed" => "built",
        "destroyed" | "burned" | "burnt" | "razed" => "destroyed",
        "departed" | "departure" | "sailed" | "left" | "embarked" => "departed",
        "arrived" | "arrival" | "reached" | "landed" => "arrived",
        "founded" | "founding" | "foundation" | "established" | "formed" | "created" => "founded",
        "published" | "publication" | "appeared" | "released" => "published",
        "married" | "marriage" | "wed" | "wedding" => "married",
        "born" | "birth" => "born",
        "began" | "begun" | "begin" | "beginning" | "started" | "start" => "began",
        _ => return None,
    })
}

/// A (folded) word of the calendar, which dates a passage rather than says what it is about.
pub(super) fn is_calendar_word(folded: &str) -> bool {
    crate::claims::value::WEEKDAY_NAMES.contains(&folded) || CALENDAR.contains(&folded)
}

/// Words of the calendar besides the days of the week.
const CALENDAR: &[&str] = &[
    "year", "month", "day", "week", "century", "decade", "spring", "summer", "autumn", "fall",
    "winter", "early", "late", "mid",
];

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
    "dozen", "half", "third", "quarter", "first", "second", "percent", "cent", "per",
];

/// A loose group as this pass compares it.
pub(super) struct Unit {
    pub(super) source: String,
    kind: Kind,
    unit: String,
    /// The nominal value of its first claim: its middle.
    middle: Option<f64>,
    /// The interval the first claim's wording allows (in its measure's common unit).
    interval: Option<crate::claims::Interval>,
    /// The common unit of its measure, if its unit has one (metres for "km" and "miles").
    measure: Option<&'static str>,
    pub(super) bag: BTreeMap<String, f32>,
    /// Words of the bag that only appear as names (capitalised, not opening a sentence).
    names: std::collections::BTreeSet<String>,
    /// The bag's entry for what the figure counts, if it has one.
    unit_word: Option<String>,
    /// A count of a specific thing (not "people", "times") that no other count of its source
    /// counts.
    counted_once: bool,
    /// The ranks said near it ("the second edition"): figures of different ranks are of
    /// different things.
    ordinals: std::collections::BTreeSet<u32>,
    norm: f32,
    /// The year the keyed pass tied the group to (`vote.1970.percent`), if any: the keyed pass
    /// already judged groups of different years to answer different questions.
    year: Option<String>,
    /// The key the keyed pass gave the group, unless it left the claim alone.
    pub(super) key: Option<String>,
    /// For a date given to the day or the minute without a hedge, its value (`2024-03-14`,
    /// `1969-07-16T09:32`): two accounts of one story that name the same day name it for one
    /// reason more often than not, even in words that share nothing else.
    pub(super) point: Option<String>,
    /// Its key without the year, when that is the only group of its source the keyed pass gave
    /// that subject: "the depth" of a text that gives one depth.
    keyed_once: Option<String>,
    /// What happened to what its first claim counts, read from that claim's own sentence: a
    /// claim keeps it when a topic it joined gave it another key.
    harm: Option<&'static str>,
    /// Its first claim, whose narrative's year [`same_time`] reads when it is needed.
    first: usize,
}

impl Unit {
    pub(super) fn of(group: &Group, claims: &[Claim], corpus: &Corpus, rarity: &Rarity) -> Unit {
        let first = &claims[group.members[0]];
        let mut bag: BTreeMap<String, f32> = BTreeMap::new();
        let mut names = std::collections::BTreeSet::new();
        let mut common: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        let mut ordinals = std::collections::BTreeSet::new();
        let mut harm = None;
        for (n, &m) in group.members.iter().enumerate() {
            let claim = &claims[m];
            let (Some(source), Some(span)) = (corpus.get(&claim.source), claim.span.clone()) else {
                continue;
            };
            let sentence = sentence_range(&source.text, span.clone());
            let words = tokens(&source.text[sentence.clone()], sentence.start);
            let at = words
                .iter()
                .position(|t| t.span.end > span.start)
                .unwrap_or(words.len());
            let end = words
                .iter()
                .position(|t| t.span.start >= span.end)
                .unwrap_or(words.len());
            if n == 0 && first.kind == Kind::Count {
                harm = super::context::casualty(&words, at, end, &source.text);
            }
            for (i, token) in words.iter().enumerate() {
                let distance = if i < at {
                    at - i
                } else if i >= end {
                    i + 1 - end
                } else {
                    0
                };
                if distance > WINDOW {
                    continue;
                }
                if let Some(rank) = ordinal(token.text) {
                    ordinals.insert(rank);
                }
                let Some(word) = content(token.text) else {
                    continue;
                };
                if token.is_capitalised() && i > 0 {
                    names.insert(word.clone());
                } else {
                    common.insert(word.clone());
                }
                let weight = rarity.weight(&word) / (1.0 + distance as f32 / 4.0);
                let slot = bag.entry(word).or_insert(0.0);
                *slot = slot.max(weight);
            }
            // "She died in Gdansk in 1972": who died is named in a sentence before. Its names
            // join the bag as if a few words away.
            if words.first().is_some_and(|t| is_pronoun(t.text)) {
                for word in antecedent_names(&source.text, sentence.start) {
                    let weight = rarity.weight(&word) / 2.0;
                    names.insert(word.clone());
                    let slot = bag.entry(word).or_insert(0.0);
                    *slot = slot.max(weight);
                }
            }
        }
        // What a figure counts is the surest sign of what it is about ("75 people").
        let unit_word = content(&first.unit);
        if let Some(word) = &unit_word {
            let weight = rarity.weight(word).min(1.0);
            let slot = bag.entry(word.clone()).or_insert(0.0);
            *slot = slot.max(weight);
        }
        names.retain(|w| !common.contains(w));
        let norm = bag.values().map(|w| w * w).sum::<f32>().sqrt();

        // Lengths of time all meet in days, so that "60 hours" finds "two and a half days".
        let base = if first.kind == Kind::Duration {
            crate::claims::measure::days_base(&fold(&first.unit))
        } else {
            crate::claims::measure::base_of(first.kind, &fold(&first.unit))
        };
        let per_base = base.map_or(1.0, |b| b.per_base);
        let alone = group
            .members
            .iter()
            .any(|&m| group.key == super::key::alone(&claims[m]));
        let year = (!alone)
            .then(|| {
                group
                    .key
                    .split('.')
                    .find(|p| super::key::is_year_part(p))
                    .map(str::to_string)
            })
            .flatten();
        Unit {
            year,
            key: (!alone).then(|| group.key.clone()),
            source: first.source.clone(),
            kind: first.kind,
            unit: fold(&first.unit),
            // Figures in units of one measure ("5 km", "3 miles") are compared in its common unit.
            middle: first
                .value
                .nominal()
                .map(|n| (n.low + n.high) / 2.0 / per_base),
            interval: first
                .interval
                .map(|i| crate::claims::Interval::new(i.low / per_base, i.high / per_base)),
            measure: base.map(|b| b.name),
            bag,
            names,
            counted_once: first.kind == Kind::Count
                && group.members.len() == 1
                && unit_word.as_ref().is_some_and(|w| {
                    !GENERIC_COUNTS.contains(&w.as_str()) && rarity.counts_in(&first.source, w) == 1
                }),
            unit_word,
            norm,
            ordinals,
            point: point_of(first),
            keyed_once: None,
            harm,
            first: group.members[0],
        }
    }

    /// Could the two be readings of one fact: same kind (dates with years), matching units
    /// where units must match, comparable size?
    pub(super) fn comparable(&self, other: &Unit) -> bool {
        self.comparable_within(other, MAX_DAYS)
    }

    fn comparable_within(&self, other: &Unit, max_days: f64) -> bool {
        let dimension = self.kind.dimension();
        if dimension != other.kind.dimension() || dimension == Dimension::Category {
            return false;
        }
        // The level before a change, a target, the first week: the keyed pass set these apart
        // as other questions, and words alone do not join them back.
        if let (Some(a), Some(b)) = (&self.key, &other.key)
            && super::key::role(a) != super::key::role(b)
        {
            return false;
        }
        if !self.ordinals.is_empty()
            && !other.ordinals.is_empty()
            && self.ordinals.is_disjoint(&other.ordinals)
        {
            return false;
        }
        // The dead, the injured, the missing and the survivors are four questions, however
        // alike the sentences that count them ("696 crew members lost their lives", "took
        // aboard 712 survivors").
        if let (Some(a), Some(b)) = (self.casualty(), other.casualty())
            && a != b
        {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.year, &other.year)
            && a != b
        {
            return false;
        }
        if dimension == Dimension::Number {
            if self.kind != other.kind {
                return false;
            }
            let units_must_match =
                matches!(self.kind, Kind::Money | Kind::Quantity | Kind::Duration);
            let one_measure = self.measure.is_some() && self.measure == other.measure;
            if units_must_match && self.unit != other.unit && !one_measure {
                return false;
            }
        }
        let (Some(a), Some(b)) = (self.middle, other.middle) else {
            return false;
        };
        match dimension {
            Dimension::Time => (a - b).abs() <= max_days,
            _ => {
                let (small, large) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
                // "put the depth at 10 kilometres" and "a depth of 35 km": when the keyed pass
                // read each as the one figure its source gives of the same thing, a wider gap
                // is still one question answered two ways.
                let same_subject = self.keyed_once.is_some() && self.keyed_once == other.keyed_once;
                let ratio = if same_subject {
                    MAX_RATIO_KEYED
                } else {
                    MAX_RATIO
                };
                small > 0.0 && large / small <= ratio
            }
        }
    }

    /// Dates further apart than [`MAX_DAYS`], but with wording so alike that they can only be two
    /// readings of one date ("was published in 1967", "a second book was published, A Life on
    /// Film, in 1971").
    fn strongly_alike_far(&self, other: &Unit) -> bool {
        self.kind.dimension() == Dimension::Time
            && self.comparable_within(other, MAX_DAYS_FAR)
            && self.cosine(other) >= STRONG
            && self.support(other) >= MIN_SUPPORT
    }

    /// Is there evidence enough to set two values against each other? Names say who a figure
    /// is about and the unit what it counts, but whether two figures answer one question shows
    /// in the other words they share ("opened", "flooded", "cost"): those must weigh enough.
    pub(super) fn supports_conflict(&self, other: &Unit) -> bool {
        self.support(other) >= MIN_SUPPORT
    }

    fn support(&self, other: &Unit) -> f32 {
        // A thing each source counts once ("lifeboats") says what both figures count; a noun
        // that a source counts again and again ("people") does not.
        let distinct_count = self.counted_once && other.counted_once;
        let shared: f32 = self
            .bag
            .iter()
            .filter(|(w, _)| {
                (distinct_count || Some(*w) != self.unit_word.as_ref())
                    && !self.names.contains(*w)
                    && !other.names.contains(*w)
            })
            .filter_map(|(w, a)| other.bag.get(w).map(|b| a.min(*b)))
            .sum();
        shared
    }

    /// Do the two state values that cannot both hold?
    pub(super) fn conflicts(&self, other: &Unit) -> bool {
        matches!((self.interval, other.interval), (Some(a), Some(b)) if !a.overlaps(&b))
    }

    /// How strongly the two seem to answer one question: the cosine of their words, but at
    /// least the linking threshold when both count the same specific thing that neither source
    /// counts anywhere else ("12 lifeboats" and "9 lifeboats").
    /// What harm a count counts, as its key or its counted noun says: `killed`, `injured`,
    /// `missing` or `survived`; or what happened to the things or people it counts:
    /// `destroyed`, `damaged`, `evacuated`, `returned`, `arrested`.
    fn casualty(&self) -> Option<&'static str> {
        if self.kind != Kind::Count {
            return None;
        }
        let subject = self.key.as_deref().and_then(|k| k.split('.').next());
        let words = subject
            .into_iter()
            .flat_map(|s| s.split('_'))
            .chain(self.unit_word.as_deref());
        for word in words.chain(self.harm) {
            let role = match word {
                "killed" | "death" | "dead" | "fatality" => "killed",
                "injured" | "wounded" => "injured",
                "missing" => "missing",
                "survivor" | "survived" | "rescued" => "survived",
                // What happened to the things or people counted (see `context::casualty`).
                other => match OUTCOMES.iter().find(|o| **o == other) {
                    Some(outcome) => outcome,
                    None => continue,
                },
            };
            return Some(role);
        }
        None
    }

    /// Its value when it is written with three or more significant digits ("2,224", "1,503"),
    /// which two sources rarely give for different things.
    fn specific_value(&self) -> Option<u64> {
        if self.kind.dimension() != Dimension::Number {
            return None;
        }
        let middle = self.middle?;
        let whole = middle.abs().round();
        if (middle.abs() - whole).abs() > 1e-9 || whole < 100.0 {
            return None;
        }
        let mut digits = whole as u64;
        while digits % 10 == 0 {
            digits /= 10;
        }
        (digits >= 100).then_some(whole as u64)
    }

    /// Two dates of the same day (or minute) are at least a weak link: values that can both
    /// hold, so they meet as an agreement and never make a conflict on their own.
    pub(super) fn affinity(&self, other: &Unit) -> f32 {
        let cosine = self.cosine(other);
        if self.counted_once && other.counted_once && self.unit_word == other.unit_word {
            cosine.max(THRESHOLD)
        } else if self.keyed_once.is_some() && self.keyed_once == other.keyed_once {
            // Each source gives one figure that the keyed pass read as this subject, and only
            // a year one sentence named tells their keys apart ("put the depth at 10
            // kilometres" in a paragraph dated 2024, "a depth of 35 km").
            cosine.max(THRESHOLD)
        } else if self.point.is_some() && self.point == other.point {
            cosine.max(THRESHOLD_COMPATIBLE)
        } else {
            cosine
        }
    }

    pub(super) fn cosine(&self, other: &Unit) -> f32 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        let dot: f32 = self
            .bag
            .iter()
            .filter_map(|(w, a)| other.bag.get(w).map(|b| a * b))
            .sum();
        dot / (self.norm * other.norm)
    }
}
