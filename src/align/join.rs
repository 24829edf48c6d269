//! A claim left on its own joins a topic that other sources already share.
//!
//! The keyed pass and the word-linking pass ([`super::similar`]) both build topics from pairs:
//! once two sources are in a topic, a third source's claim on the same question that neither
//! pass placed ("There were 16 lifeboats, plus four collapsibles" beside two sources' "20
//! lifeboats") would stay a single-source topic, and its disagreement would never show. This
//! pass offers each such claim the shared topics whose words match its own, under the same rules
//! as word linking: one kind and unit, comparable size, close wording, and, where its value
//! cannot hold beside a member's, shared words beyond names and the unit. Each claim joins its
//! best topic, and each topic takes at most one claim of a source, the one it matches best, so
//! a source's several figures are never pulled into one topic by words alone. The cost is linear
//! in the claims: topics are found through the words of their keys, and only those a claim
//! points to are read again.

use std::collections::{BTreeMap, HashMap};

use super::Group;
use super::similar::{
    MAX_POSTINGS, Rarity, THRESHOLD, THRESHOLD_COMPATIBLE, Unit, is_loose, keys_agree,
};
use crate::claims::{Claim, Kind};
use crate::sources::Corpus;

/// A topic that already holds several sources, as a claim is matched against it.
struct Shared {
    /// The topic's words: the greatest weight each has near any of its claims.
    whole: Unit,
    /// Each claim on its own, to test sizes, units and conflicts one by one.
    members: Vec<Unit>,
    sources: Vec<String>,
}

/// Move single-source groups into the shared groups they best match. Declared groups never
/// take or give claims.
pub fn join_shared(
    groups: Vec<Group>,
    claims: &[Claim],
    corpus: &Corpus,
    rarity: &Rarity,
) -> Vec<Group> {
    // Shared topics are found by the words of their keys (`lifeboat.count`,
    // `southampton_departed.date`), which costs nothing to read; only the topics a loose claim
    // points to are read again from the text, once each.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        if is_shared(group, claims) {
            let mut words: Vec<&str> = group
                .key
                .split(['.', '_'])
                .filter(|w| w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit()))
                .collect();
            words.sort_unstable();
            words.dedup();
            for word in words {
                by_word.entry(word).or_default().push(g);
            }
        }
    }
    if by_word.is_empty() {
        return groups;
    }
    let mut read: HashMap<usize, Shared> = HashMap::new();

    // Each loose group's best shared topic, and how well it matches.
    let mut offers: BTreeMap<(usize, String), (f32, usize)> = BTreeMap::new();
    let mut units: HashMap<usize, Unit> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        if !is_loose(group, claims, corpus) {
            continue;
        }
        let unit = units
            .entry(g)
            .or_insert_with(|| Unit::of(group, claims, corpus, rarity));
        let mut seen: Vec<usize> = Vec::new();
        for word in unit.bag.keys() {
            if let Some(list) = by_word.get(word.as_str())
                && list.len() <= MAX_POSTINGS
            {
                seen.extend(list);
            }
        }
        seen.sort_unstable();
        seen.dedup();
        let mut best: Option<(f32, usize)> = None;
        for t in seen {
            let topic = read
                .entry(t)
                .or_insert_with(|| Shared::of(&groups[t], claims, corpus, rarity));
            if let Some(score) = topic.fit(unit)
                && best.is_none_or(|(s, b)| score > s || (score == s && t < b))
            {
                best = Some((score, t));
            }
        }
        if let Some((score, t)) = best {
            // One claim of a source per topic: the best matching one.
            let entry = offers.entry((t, unit.source.clone())).or_insert((score, g));
            if score > entry.0 || (score == entry.0 && g < entry.1) {
                *entry = (score, g);
            }
        }
    }
    if offers.is_empty() {
        return groups;
    }
    // Claims that join one topic in this pass were each matched against the topic, not against
    // each other: "3,200 residents evacuated" and "2,900 residents returned" may both fit
    // "3,000 residents". Best match first, a claim joins only if it could be compared with
    // those that joined before it.
    let mut joining: BTreeMap<usize, Vec<(f32, usize)>> = BTreeMap::new();
    for ((t, _), (score, g)) in offers {
        joining.entry(t).or_default().push((score, g));
    }
    let mut moved: Vec<(usize, usize)> = Vec::new();
    for (t, mut offers) in joining {
        offers.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut joined: Vec<usize> = Vec::new();
        for (_, g) in offers {
            if joined.iter().all(|j| units[j].comparable(&units[&g])) {
                joined.push(g);
                moved.push((g, t));
            }
        }
    }
    moved.sort_unstable();
    let mut groups: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    for (from, to) in moved {
        let members = groups[from].take().map(|g| g.members).unwrap_or_default();
        if let Some(target) = groups[to].as_mut() {
            target.members.extend(members);
            target.members.sort_unstable();
        }
    }
    groups.into_iter().flatten().collect()
}

impl Shared {
    fn of(group: &Group, claims: &[Claim], corpus: &Corpus, rarity: &Rarity) -> Shared {
        let sources = group
            .sources(claims)
            .into_iter()
            .map(String::from)
            .collect();
        Shared {
            whole: Unit::of(group, claims, corpus, rarity),
            members: group
                .members
                .iter()
                .map(|&m| {
                    let one = Group {
                        key: group.key.clone(),
                        label: String::new(),
                        declared: false,
                        members: vec![m],
                    };
                    Unit::of(&one, claims, corpus, rarity)
                })
                .collect(),
            sources,
        }
    }

    /// How well a loose claim fits this topic, if it may join it at all.
    fn fit(&self, unit: &Unit) -> Option<f32> {
        if self.sources.contains(&unit.source) || !self.members.iter().all(|m| unit.comparable(m)) {
            return None;
        }
        let conflicting: Vec<&Unit> = self.members.iter().filter(|m| unit.conflicts(m)).collect();
        let score = self
            .members
            .iter()
            .map(|m| unit.affinity(m))
            .fold(unit.cosine(&self.whole), f32::max);
        let needed = if conflicting.is_empty() {
            THRESHOLD_COMPATIBLE
        } else {
            THRESHOLD
        };
        if score < needed {
            return None;
        }
        if !conflicting.is_empty() {
            let keyed_apart =
                matches!((&unit.key, &self.whole.key), (Some(a), Some(b)) if !keys_agree(a, b));
            if keyed_apart || !conflicting.iter().all(|m| unit.supports_conflict(m)) {
                return None;
            }
        }
        Some(score)
    }
}

/// A group nobody declared, of figures or dates, whose claims come from more than one source.
fn is_shared(group: &Group, claims: &[Claim]) -> bool {
    let Some(&first) = group.members.first() else {
        return false;
    };
    let kind = claims[first].kind;
    !group.declared
        && kind != Kind::Category
        && kind != Kind::Ordinal
        && group
            .members
            .iter()
            .any(|&m| claims[m].source != claims[first].source)
}
