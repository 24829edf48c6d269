//! Forming groups: claims meet when their drafted keys are equal, which is a hash lookup, so
//! aligning a million claims costs about as much as reading them (no comparison of all pairs).
//!
//! Three rules guard precision. A person's `topic` cell and a codebook topic always win. Two
//! claims of one sentence are never one question ("244 and 588 mobilisations, respectively"), so
//! such claims are set apart. Events that happen once meet only when their names share a word.
//!
//! A few passes then add links that cannot bring a new conflict, because the claims they join
//! give the value already there: a date with no event word joins the event of its day, a bare
//! year the one event its paragraph (or, beside "victory" or "defeat", the one contest) dates to
//! that year, a figure restated without its year its dated statement in the same source, and a
//! figure repeated in the same words (a scrape artefact, a reprint) its copy.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::context::{Context, Names, context_of, names_of};
use super::fuzzy;
use super::key::{self, Draft};
use super::words::{fold, tokens};
use super::{Group, sentence_range};
use crate::claims::value::{Precision, date_of};
use crate::claims::{Approx, Claim, Kind, Value};
use crate::codebook::{Codebook, TopicSpec};
use crate::sources::Corpus;

/// Where each claim goes, before groups are formed.
struct Placed {
    key: String,
    declared: bool,
}

pub fn align(claims: &[Claim], corpus: &Corpus, codebook: &Codebook) -> Vec<Group> {
    let names: HashMap<&str, Names> = corpus
        .sources
        .par_iter()
        .map(|s| (s.id(), names_of(&s.text)))
        .collect();
    let no_names = Names::new();
    let contexts: Vec<Option<Context>> = claims
        .par_iter()
        .map(|c| {
            c.topic.is_empty().then(|| {
                let known = names.get(c.source.as_str()).unwrap_or(&no_names);
                context_of(c, corpus.get(&c.source), known)
            })
        })
        .collect();
    let variants = fuzzy::merge_variants(
        contexts
            .iter()
            .flatten()
            .filter_map(|c| c.subject.as_deref()),
    );
    let matchable: Vec<&TopicSpec> = codebook
        .topics
        .iter()
        .filter(|t| t.kind != Kind::Category && (!t.unit.is_empty() || !t.context.is_empty()))
        .collect();

    let mut placed: Vec<Option<Placed>> = Vec::with_capacity(claims.len());
    let mut once: BTreeMap<String, Vec<(usize, Vec<String>)>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some(context) = &contexts[i] else {
            placed.push(Some(Placed {
                key: claim.topic.clone(),
                declared: true,
            }));
            continue;
        };
        let subject = context
            .subject
            .as_deref()
            .map(|s| variants.get(s).map_or(s, String::as_str));
        if let Some(spec) = declared_match(claim, subject, corpus, &matchable) {
            placed.push(Some(Placed {
                key: spec.key.clone(),
                declared: true,
            }));
            continue;
        }
        match key::draft(claim, context, subject) {
            Draft::Key(key) | Draft::Alone(key) => placed.push(Some(Placed {
                declared: codebook.topic(&key).is_some(),
                key,
            })),
            Draft::Once { event, name } => {
                once.entry(event).or_default().push((i, name));
                placed.push(None);
            }
        }
    }
    for (event, members) in once {
        for (i, key) in name_groups(&event, &members) {
            placed[i] = Some(Placed {
                declared: codebook.topic(&key).is_some(),
                key,
            });
        }
    }

    join_floating_dates(claims, &contexts, &mut placed);
    join_outcome_years(claims, corpus, &contexts, &mut placed);

    let mut groups: HashMap<String, Group> = HashMap::new();
    for (i, place) in placed.into_iter().enumerate() {
        let place = place.expect("every claim is placed");
        groups
            .entry(place.key.clone())
            .or_insert_with(|| Group {
                label: String::new(),
                key: place.key,
                declared: place.declared,
                members: Vec::new(),
            })
            .members
            .push(i);
    }
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    for group in groups.into_values() {
        if group.declared {
            out.push(group);
        } else {
            for part in split_by_context(group, claims, &contexts) {
                out.extend(split_sentence_mates(part, claims, &contexts));
            }
        }
    }
    let out = join_undated_restatements(out, claims);
    let mut out = merge_repeated_passages(out, claims, corpus, &contexts);
    for group in &mut out {
        group.label = match codebook.topic(&group.key) {
            Some(spec) if !spec.question.is_empty() => spec.question.clone(),
            _ if group.declared => key::readable(&group.key),
            _ => key::label(&group.key),
        };
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// A day or month precise enough, and of one year: the key of that year and the days it covers.
fn precise_date(claim: &Claim) -> Option<(i16, crate::claims::Interval)> {
    match &claim.value {
        Value::Time { nominal, precision } if *precision <= Precision::Month => {
            Some((date_of(nominal.low).year(), *nominal))
        }
        _ => None,
    }
}

/// A date given to the day or month with no event word near it ("On the morning of September
/// 11 1973, jets bombed the palace", "the events of September 1973") joins the one event that
/// other claims date to a day within it, if there is one, or one far more often named than any
/// other. Its value then agrees with that group by
/// construction, so this adds links but no conflict.
fn join_floating_dates(
    claims: &[Claim],
    contexts: &[Option<Context>],
    placed: &mut [Option<Placed>],
) {
    let is_date = |i: usize| matches!(claims[i].kind, Kind::Date | Kind::Year);
    let mut events: HashMap<i16, Vec<(usize, crate::claims::Interval)>> = HashMap::new();
    let mut floating = Vec::new();
    for i in 0..claims.len() {
        let (Some(context), Some(Some(place))) = (&contexts[i], placed.get(i)) else {
            continue;
        };
        if !is_date(i) || place.declared {
            continue;
        }
        let Some((year, days)) = precise_date(&claims[i]) else {
            continue;
        };
        let to_the_day = matches!(&claims[i].value,
            Value::Time { precision, nominal } if *precision == Precision::Day && nominal.is_point());
        if context.event.is_some() {
            // Only an event dated to the day anchors others: a month holds many events.
            if to_the_day {
                events.entry(year).or_default().push((i, days));
            }
        } else {
            floating.push((i, year, days));
        }
    }
    for (i, year, days) in floating {
        let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
        for (j, _) in events
            .get(&year)
            .into_iter()
            .flatten()
            .filter(|(_, other)| other.overlaps(&days))
        {
            if let Some(p) = placed[*j].as_ref() {
                *votes.entry(p.key.as_str()).or_default() += 1;
            }
        }
        // One event, or one that most of the claims dated to that day name by far ("At 11:53
        // planes began to fire" does not make the day of a coup the day of a fire).
        let mut ranked: Vec<(&str, usize)> = votes.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let clear = match ranked.as_slice() {
            [(key, _)] => Some(*key),
            [(key, first), (_, second), ..] if *first >= 2 * second.max(&1) && *first >= 2 => {
                Some(*key)
            }
            _ => None,
        };
        if let Some(key) = clear {
            let key = key.to_string();
            placed[i] = Some(Placed {
                key,
                declared: false,
            });
        }
    }
}

/// Events that are won or lost, so that "the victory" or "his defeat" next to a bare year can
/// only mean one of them.
const CONTESTS: [&str; 2] = ["election", "war"];

/// Words that name the outcome of a contest.
fn is_outcome_word(folded: &str) -> bool {
    matches!(
        folded,
        "victory"
            | "victorious"
            | "defeat"
            | "defeated"
            | "won"
            | "win"
            | "winning"
            | "winner"
            | "lost"
            | "loss"
            | "lose"
            | "loser"
            | "triumph"
            | "triumphed"
            | "beat"
            | "beaten"
    )
}

/// A bare year with no event word joins the one event its paragraph dates to that year, if there
/// is one; else, with an outcome word beside it ("the defeat of Allende in 1964", "In 1964 ...
/// believed that the victory was close"), the one contest (an election, a war) that other claims
/// date to that year, if there is exactly one. A bare year overlaps any date within it, so this
/// adds links but no conflict.
fn join_outcome_years(
    claims: &[Claim],
    corpus: &Corpus,
    contexts: &[Option<Context>],
    placed: &mut [Option<Placed>],
) {
    let bare_year = |i: usize| match &claims[i].value {
        Value::Time { precision, .. } if *precision == Precision::Year => {
            key::value_year(&claims[i])
        }
        _ => None,
    };
    let mut contests: HashMap<i32, std::collections::BTreeSet<String>> = HashMap::new();
    // (source, paragraph start, year) -> the keys of the events dated to that year there.
    let mut in_paragraph: HashMap<(&str, usize, i32), std::collections::BTreeSet<&str>> =
        HashMap::new();
    let paragraph = |i: usize| {
        let source = corpus.get(&claims[i].source)?;
        let span = claims[i]
            .span
            .as_ref()
            .filter(|s| s.end <= source.text.len())?;
        Some(super::context::paragraph_start(&source.text, span.start))
    };
    let candidate = |i: usize| {
        contexts[i].is_some()
            && matches!(&placed[i], Some(place) if !place.declared)
            && matches!(claims[i].kind, Kind::Date | Kind::Year)
    };
    // Reading paragraphs and sentences again is the costly part: done in parallel, once.
    let read: Vec<Option<(Option<usize>, bool)>> = (0..claims.len())
        .into_par_iter()
        .map(|i| {
            candidate(i).then(|| {
                let floating = contexts[i].as_ref().is_some_and(|c| c.event.is_none())
                    && bare_year(i).is_some();
                (paragraph(i), floating && outcome_near(&claims[i], corpus))
            })
        })
        .collect();
    let mut floating = Vec::new();
    for i in 0..claims.len() {
        let (Some(context), Some(Some(place)), Some((at, outcome))) =
            (&contexts[i], placed.get(i), read[i])
        else {
            continue;
        };
        match context.event {
            Some(event) => {
                let Some(year) = key::value_year(&claims[i]) else {
                    continue;
                };
                if CONTESTS.contains(&event.name) && !context.attempt {
                    contests.entry(year).or_default().insert(place.key.clone());
                }
                if let Some(at) = at {
                    in_paragraph
                        .entry((claims[i].source.as_str(), at, year))
                        .or_default()
                        .insert(place.key.as_str());
                }
            }
            None => {
                if let Some(year) = bare_year(i) {
                    floating.push((i, year, at, outcome));
                }
            }
        }
    }
    let sole = |keys: &std::collections::BTreeSet<&str>| match keys.len() {
        1 => keys.iter().next().map(|k| k.to_string()),
        _ => None,
    };
    let mut joined = Vec::new();
    for (i, year, at, outcome) in floating {
        // "at the 1967 Congress ... (the text of the 1967 resolution)": the paragraph's one event
        // of that year is what a bare year in it refers back to.
        let local = at
            .and_then(|at| in_paragraph.get(&(claims[i].source.as_str(), at, year)))
            .and_then(sole);
        let contest = || {
            contests
                .get(&year)
                .filter(|keys| outcome && keys.len() == 1)
                .and_then(|keys| keys.iter().next().cloned())
        };
        if let Some(key) = local.or_else(contest) {
            joined.push((i, key));
        }
    }
    for (i, key) in joined {
        placed[i] = Some(Placed {
            key,
            declared: false,
        });
    }
}

/// An outcome word within a few words of the claim, with no other date between them.
fn outcome_near(claim: &Claim, corpus: &Corpus) -> bool {
    let Some(source) = corpus.get(&claim.source) else {
        return false;
    };
    let Some(span) = claim.span.clone().filter(|s| s.end <= source.text.len()) else {
        return false;
    };
    let sentence = sentence_range(&source.text, span.clone());
    let words = tokens(&source.text[sentence.clone()], sentence.start);
    let first = words.partition_point(|t| t.span.end <= span.start);
    let after = words
        .partition_point(|t| t.span.start < span.end)
        .max(first);
    let date = |t: &crate::align::words::Token| super::context::is_date_word(t);
    let right = words[after..]
        .iter()
        .take(OUTCOME_WINDOW)
        .take_while(|t| !date(t))
        .any(|t| is_outcome_word(&fold(t.text)));
    let left = words[..first]
        .iter()
        .rev()
        .take(OUTCOME_WINDOW)
        .take_while(|t| !date(t))
        .any(|t| is_outcome_word(&fold(t.text)));
    right || left
}

/// How many words away an outcome word may be from the bare year it dates.
const OUTCOME_WINDOW: usize = 10;

/// A source that gives one figure of one thing twice, once with its year ("In 1970 he won after a
/// 36 percent vote", later "he wins 36 percent of the vote" under a timeline heading the page
/// lost), states one fact twice: the figure without a year (`vote.percent`) joins the dated topic
/// (`vote.1970.percent`) where the same source gives the same value, if there is only one. It
/// equals a claim already there, so it brings no new conflict.
fn join_undated_restatements(mut groups: Vec<Group>, claims: &[Claim]) -> Vec<Group> {
    let parts = |key: &str| -> Option<(String, Option<String>, String)> {
        let p: Vec<&str> = key.split('.').collect();
        match p.as_slice() {
            [subject, year, kind] if key::is_year_part(year) => Some((
                subject.to_string(),
                Some(year.to_string()),
                kind.to_string(),
            )),
            [subject, kind]
                if kind
                    .parse::<Kind>()
                    .is_ok_and(|k| k.dimension() == crate::claims::Dimension::Number) =>
            {
                Some((subject.to_string(), None, kind.to_string()))
            }
            _ => None,
        }
    };
    let shape: Vec<Option<(String, Option<String>, String)>> = groups
        .iter()
        .map(|g| (!g.declared).then(|| parts(&g.key)).flatten())
        .collect();
    // Only a figure given exactly or about ("36 percent"), not a bound ("the majority", "more
    // than half"), which a source repeats of many things; and not a rank ("50th"), which says
    // nothing of the thing ranked.
    let specific = |i: usize| {
        matches!(claims[i].approx, Approx::Exact | Approx::About) && claims[i].kind != Kind::Ordinal
    };
    let print = |i: usize, subject: &str, kind: &str| {
        super::context::hash(&format!(
            "{}|{subject}|{kind}|{:?}",
            claims[i].source, claims[i].value
        ))
    };
    // The undated figures first (few), so that only the dated ones that could take them in are
    // indexed: hashed prints of (source, subject, kind, value).
    let mut undated: Vec<(usize, usize, u64)> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        if let Some((subject, None, kind)) = &shape[g] {
            for &i in group.members.iter().filter(|&&i| specific(i)) {
                undated.push((g, i, print(i, subject, kind)));
            }
        }
    }
    if undated.is_empty() {
        return groups;
    }
    let wanted: std::collections::HashSet<u64> = undated.iter().map(|u| u.2).collect();
    let mut dated: HashMap<u64, std::collections::BTreeSet<usize>> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        if let Some((subject, Some(_), kind)) = &shape[g] {
            for &i in &group.members {
                let p = print(i, subject, kind);
                if wanted.contains(&p) {
                    dated.entry(p).or_default().insert(g);
                }
            }
        }
    }
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    for (g, i, p) in undated {
        if let Some(targets) = dated.get(&p)
            && let [to] = targets.iter().copied().collect::<Vec<_>>()[..]
            // A hash is not proof: the same source must give the same value there.
            && groups[to].members.iter().any(|&m| {
                claims[m].source == claims[i].source && claims[m].value == claims[i].value
            })
        {
            moves.push((g, i, to));
        }
    }
    for (from, i, to) in moves {
        groups[from].members.retain(|&m| m != i);
        groups[to].members.push(i);
        groups[to].members.sort_unstable();
    }
    groups.retain(|g| !g.members.is_empty());
    groups
}

/// How many letters and digits of identical wording beside two equal figures show one passage
/// repeated (a scrape artefact, a pull quote, a reprinted paragraph) rather than two statements.
const REPEAT_CONTEXT: usize = 30;

/// The same figure in the same words, repeated (a timeline entry a scrape pasted twice, a pull
/// quote, a reprint), is one claim stated twice: their groups become one, whatever the context
/// around each copy made of it. Only equal values with a run of identical wording on one side
/// meet, so this adds no conflict.
fn merge_repeated_passages(
    groups: Vec<Group>,
    claims: &[Claim],
    corpus: &Corpus,
    contexts: &[Option<Context>],
) -> Vec<Group> {
    let mut group_of: Vec<usize> = vec![usize::MAX; claims.len()];
    for (g, group) in groups.iter().enumerate() {
        if !group.declared {
            for &i in &group.members {
                group_of[i] = g;
            }
        }
    }
    // The two prints of each claim (its figure with the wording before it, and after it),
    // hashed: reading the sentences again is the costly part, done in parallel.
    let prints: Vec<[Option<u64>; 2]> = (0..claims.len())
        .into_par_iter()
        .map(|i| {
            let claim = &claims[i];
            if group_of[i] == usize::MAX || contexts[i].is_none() || claim.kind == Kind::Category {
                return [None, None];
            }
            let (Some(source), Some(span)) = (corpus.get(&claim.source), claim.span.clone()) else {
                return [None, None];
            };
            let Some(quote) = source.text.get(span.clone()) else {
                return [None, None];
            };
            let sentence = sentence_range(&source.text, span.clone());
            let before = alnum(&source.text[sentence.start.min(span.start)..span.start]);
            let after = alnum(&source.text[span.end..sentence.end.max(span.end)]);
            let figure = format!("{}|{}", claim.kind, alnum(quote).iter().collect::<String>());
            let print = |side: &str, context: Option<&[char]>| {
                context.map(|c| {
                    super::context::hash(&format!(
                        "{side}|{figure}|{}",
                        c.iter().collect::<String>()
                    ))
                })
            };
            [
                print(
                    "before",
                    before
                        .len()
                        .checked_sub(REPEAT_CONTEXT)
                        .map(|at| &before[at..]),
                ),
                print("after", after.get(..REPEAT_CONTEXT)),
            ]
        })
        .collect();
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut members: Vec<Vec<usize>> = groups.iter().map(|g| g.members.clone()).collect();
    let mut first_with: HashMap<u64, usize> = HashMap::new();
    // The first copy of each repeated figure, in text order.
    let mut repeated: Vec<usize> = Vec::new();
    for (i, pair) in prints.iter().enumerate() {
        for print in pair.iter().flatten() {
            match first_with.get(print) {
                // Equal values only: a copy never sets two values against each other.
                Some(&other) if claims[other].value == claims[i].value => {
                    let (a, b) = (
                        fuzzy::find(&mut parent, group_of[i]),
                        fuzzy::find(&mut parent, group_of[other]),
                    );
                    // The copies agree, but the rest of their groups may not: merge only groups
                    // whose claims can all hold together, so a copy never brings a conflict.
                    let fits =
                        |x: &usize, y: &usize| match (claims[*x].interval, claims[*y].interval) {
                            (Some(p), Some(q)) => p.overlaps(&q),
                            _ => true,
                        };
                    if a == b
                        || !members[a]
                            .iter()
                            .all(|x| members[b].iter().all(|y| fits(x, y)))
                    {
                        continue;
                    }
                    repeated.push(other);
                    let (keep, gone) = (a.min(b), a.max(b));
                    parent[gone] = keep;
                    let moved = std::mem::take(&mut members[gone]);
                    members[keep].extend(moved);
                }
                Some(_) => {}
                None => {
                    first_with.insert(*print, i);
                }
            }
        }
    }
    // Copies whose contexts gave them different keys cannot all be right; the first copy is the
    // original (a scrape pastes, a page quotes, later), so its group keeps its key.
    let place = |i: usize| {
        (
            claims[i].source.as_str(),
            claims[i].span.as_ref().map(|s| s.start),
        )
    };
    let mut original: HashMap<usize, usize> = HashMap::new();
    for i in repeated {
        let root = fuzzy::find(&mut parent, group_of[i]);
        let first = original.entry(root).or_insert(i);
        if place(i) < place(*first) {
            *first = i;
        }
    }
    let mut merged: BTreeMap<usize, Vec<(usize, Group)>> = BTreeMap::new();
    for (g, group) in groups.into_iter().enumerate() {
        let root = fuzzy::find(&mut parent, g);
        merged.entry(root).or_default().push((g, group));
    }
    merged
        .into_iter()
        .map(|(root, mut parts)| {
            if parts.len() == 1 {
                return parts.pop().expect("one part").1;
            }
            let keep = original.get(&root).map_or(root, |&i| group_of[i]);
            let at = parts.iter().position(|(g, _)| *g == keep).unwrap_or(0);
            let (_, mut group) = parts.remove(at);
            for (_, part) in parts {
                group.members.extend(part.members);
            }
            group.members.sort_unstable();
            group
        })
        .collect()
}

/// The letters and digits of a text, lower case: wording with its punctuation and spacing
/// (which scrapes and reprints change) left out.
fn alnum(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The codebook topic a claim belongs to, when exactly one declared topic fits it: same kind of
/// value, the unit it names (if any), and every context word in the claim's sentence.
fn declared_match<'a>(
    claim: &Claim,
    subject: Option<&str>,
    corpus: &Corpus,
    specs: &[&'a TopicSpec],
) -> Option<&'a TopicSpec> {
    if specs.is_empty() {
        return None;
    }
    let source = corpus.get(&claim.source)?;
    let span = claim.span.clone().filter(|s| s.end <= source.text.len())?;
    let sentence = sentence_range(&source.text, span);
    let words: Vec<String> = tokens(&source.text[sentence], 0)
        .iter()
        .map(|t| fold(t.text))
        .collect();
    let mut fits = specs.iter().filter(|spec| {
        let unit = fold(spec.unit.trim());
        spec.kind.dimension() == claim.kind.dimension()
            && (spec.kind == claim.kind
                || spec.kind.dimension() != crate::claims::Dimension::Number)
            && (spec.unit.trim().is_empty()
                || Some(unit.as_str()) == subject
                || unit == fold(claim.unit.trim()))
            && spec.context.iter().all(|w| words.contains(&fold(w.trim())))
    });
    let first = fits.next()?;
    fits.next().is_none().then_some(*first)
}

/// Group claims about one event that happens once by the names they concern: two claims meet
/// when their names share a word ("Salvador Allende", "Allende").
fn name_groups(event: &str, members: &[(usize, Vec<String>)]) -> Vec<(usize, String)> {
    let mut parent: Vec<usize> = (0..members.len()).collect();
    let mut first_with: HashMap<&str, usize> = HashMap::new();
    for (m, (_, name)) in members.iter().enumerate() {
        for word in name {
            match first_with.get(word.as_str()) {
                Some(&other) => {
                    let (a, b) = (fuzzy::find(&mut parent, m), fuzzy::find(&mut parent, other));
                    parent[a.max(b)] = a.min(b);
                }
                None => {
                    first_with.insert(word, m);
                }
            }
        }
    }
    let mut names: HashMap<usize, &Vec<String>> = HashMap::new();
    for (m, (_, name)) in members.iter().enumerate() {
        let root = fuzzy::find(&mut parent, m);
        let best = names.entry(root).or_insert(name);
        if (name.len(), name) < (best.len(), *best) {
            *best = name;
        }
    }
    members
        .iter()
        .enumerate()
        .map(|(m, (i, _))| {
            let root = fuzzy::find(&mut parent, m);
            (*i, key::once_key(event, names[&root]))
        })
        .collect()
}

/// Share of words two sorted hash lists have in common, over the shorter list, at which two
/// figures without a year are taken to speak of the same thing.
const MIN_TERM_OVERLAP: f64 = 0.2;
/// The same for ages: an age belongs to a person, whom the words around it often do not name
/// ("Meseret Alemu, 35" and "the 29-year-old Kenyan"), so it needs more words in common.
const MIN_TERM_OVERLAP_AGE: f64 = 0.3;
/// Words shared by more claims than this are too common to tell claims apart.
const MAX_POSTING: usize = 200;
/// The largest group whose readings are joined when all their figures can hold together.
const COMPATIBLE_JOIN_LIMIT: usize = 32;

/// Figures whose keys met may still be about different things ("a 120 percent increase" in
/// pay, "an increase by 14 percent" in votes). Keep together only those whose sentences speak of
/// the same things: for figures tied to a year, no two sets of names that share nothing; for
/// figures with no year, a good share of words in common.
fn split_by_context(group: Group, claims: &[Claim], contexts: &[Option<Context>]) -> Vec<Group> {
    let numeric = |i: usize| {
        claims[i].kind.dimension() == crate::claims::Dimension::Number
            && contexts[i].as_ref().is_some_and(|c| c.subject.is_some())
    };
    if group.members.len() < 2 || !group.members.iter().all(|&i| numeric(i)) {
        return vec![group];
    }
    let context = |m: usize| contexts[group.members[m]].as_ref().expect("numeric");
    let dated = context(0).year.is_some();
    if dated && (0..group.members.len()).any(|m| context(m).names.is_empty()) {
        return vec![group];
    }
    let n = group.members.len();
    // Each source gives one figure of this specific subject ("Caldera will pay $58.40 per
    // share", "Caldera is offering $54.80 a share"): the keyed pass's reading is most of what
    // there is to go on, and words that differ from one writer to the next do not make them two
    // questions. Different owners still do.
    let one_each = group.sources(claims).len() == n;
    let specific = context(0)
        .subject
        .as_deref()
        .is_some_and(super::similar::is_specific_subject);
    let owners_agree = (0..n).all(|a| {
        (a + 1..n).all(|b| {
            let (p, q) = (&context(a).owner, &context(b).owner);
            p.is_empty() || q.is_empty() || p.iter().any(|w| q.contains(w))
        })
    });
    // ... and each two share at least a word or a name of their sentences.
    let touch = |a: usize, b: usize| {
        let (p, q) = (context(a), context(b));
        p.terms.iter().any(|w| q.terms.binary_search(w).is_ok())
            || p.names.iter().any(|w| q.names.binary_search(w).is_ok())
    };
    let touching = (0..n).all(|a| (a + 1..n).all(|b| touch(a, b)));
    if one_each && specific && owners_agree && touching {
        return vec![group];
    }
    let mut parent: Vec<usize> = (0..n).collect();
    // Figures of different owners ("The Alliance won 61 seats", "The Greens won 21 seats") are
    // never one question, however alike their sentences. Owners differ when their words share
    // nothing, so a name in full ("the Social Alliance") and in short ("the Alliance") is one;
    // a cluster keeps the words its members share.
    let mut owner: Vec<Vec<&str>> = (0..n)
        .map(|m| context(m).owner.iter().map(String::as_str).collect())
        .collect();
    let mut link = |parent: &mut Vec<usize>, x: usize, y: usize| {
        let (a, b) = (fuzzy::find(parent, x), fuzzy::find(parent, y));
        if a == b {
            return;
        }
        let (p, q) = (&owner[a], &owner[b]);
        if !p.is_empty() && !q.is_empty() && !p.iter().any(|w| q.contains(w)) {
            return;
        }
        let (root, child) = (a.min(b), a.max(b));
        let merged: Vec<&str> = match (owner[root].is_empty(), owner[child].is_empty()) {
            (true, _) => owner[child].clone(),
            (_, true) => owner[root].clone(),
            _ => owner[root]
                .iter()
                .copied()
                .filter(|w| owner[child].contains(w))
                .collect(),
        };
        owner[root] = merged;
        parent[child] = root;
    };
    // What two figures' sentences are compared on: their words, and for figures with no year
    // their names too ("Pinochet would rule ... 17 years" and "Pinochet's rule lasted 17 years").
    let profiles: Vec<Vec<u64>> = (0..n)
        .map(|m| {
            let c = context(m);
            let mut words = c.terms.clone();
            if !dated {
                words.extend(&c.names);
                words.sort_unstable();
                words.dedup();
            }
            words
        })
        .collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    let by_name = dated || claims[group.members[0]].kind == Kind::Duration;
    let needed = if claims[group.members[0]].unit.trim() == "years old" {
        MIN_TERM_OVERLAP_AGE
    } else {
        MIN_TERM_OVERLAP
    };
    for (m, profile) in profiles.iter().enumerate() {
        let c = context(m);
        let names = if by_name { c.names.as_slice() } else { &[] };
        for &w in names.iter().chain(profile) {
            postings.entry(w).or_default().push(m);
        }
    }
    // A length of time is about something named ("Pinochet would rule ... for 17 years", "His
    // reign lasted 17 years" after a sentence on Pinochet): a shared name links durations.
    for m in 0..n {
        let c = context(m);
        if by_name {
            for w in &c.names {
                link(&mut parent, m, postings[w][0]);
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for w in &profiles[m] {
            let list = &postings[w];
            if list.len() <= MAX_POSTING {
                seen.extend(list.iter().copied().filter(|&o| o > m));
            }
        }
        for other in seen {
            if term_overlap(&profiles[m], &profiles[other]) >= needed {
                link(&mut parent, m, other);
            }
        }
    }
    // A title that says only the figure and what it counts ("1,000 days of revolution") has no
    // words to tell it apart by: it goes with the one reading the rest of the group has, if
    // there is just one, rather than stand alone.
    let bare = |m: usize| profiles[m].is_empty() && context(m).names.is_empty();
    let readings: std::collections::BTreeSet<usize> = (0..n)
        .filter(|&m| !bare(m))
        .map(|m| fuzzy::find(&mut parent, m))
        .collect();
    match readings.iter().copied().collect::<Vec<_>>()[..] {
        [only] => {
            for m in (0..n).filter(|&m| bare(m)) {
                link(&mut parent, m, only);
            }
        }
        // Every sentence says only the figure and what it counts ("The flight took 200
        // minutes", "The flight took 3 hours and 20 minutes"): nothing tells them apart.
        [] => {
            for m in 1..n {
                link(&mut parent, 0, m);
            }
        }
        _ => {}
    }
    // Readings of different sources whose figures can all hold together ("14 degrees Celsius"
    // and "14C at the gun") are one question told in other words: joining them can show an
    // agreement, never a conflict, so it needs no words in common. Only figures that say how
    // much (not "thousands of", not "more than"), and only small groups, as pairs are compared.
    if n <= COMPATIBLE_JOIN_LIMIT {
        let claim = |m: usize| &claims[group.members[m]];
        let definite = |m: usize| matches!(claim(m).approx, Approx::Exact | Approx::About);
        for a in 0..n {
            for b in a + 1..n {
                let (ra, rb) = (fuzzy::find(&mut parent, a), fuzzy::find(&mut parent, b));
                if ra == rb {
                    continue;
                }
                let roots: Vec<usize> = (0..n).map(|m| fuzzy::find(&mut parent, m)).collect();
                let side =
                    |root: usize| -> Vec<usize> { (0..n).filter(|&m| roots[m] == root).collect() };
                let (left, right) = (side(ra), side(rb));
                let joinable = left.iter().all(|&x| {
                    right.iter().all(|&y| {
                        definite(x)
                            && definite(y)
                            && claim(x).source != claim(y).source
                            && match (claim(x).interval, claim(y).interval) {
                                (Some(i), Some(j)) => i.overlaps(&j),
                                _ => false,
                            }
                    })
                });
                if joinable {
                    link(&mut parent, a, b);
                }
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for m in 0..n {
        let root = fuzzy::find(&mut parent, m);
        clusters.entry(root).or_default().push(group.members[m]);
    }
    if clusters.len() == 1 {
        return vec![group];
    }
    // The cluster with most sources keeps the key; the others are named after their first claim.
    let sources = |members: &Vec<usize>| {
        members
            .iter()
            .map(|&i| claims[i].source.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    let mut clusters: Vec<Vec<usize>> = clusters.into_values().collect();
    clusters.sort_by(|a, b| {
        sources(b)
            .cmp(&sources(a))
            .then(b.len().cmp(&a.len()))
            .then(a[0].cmp(&b[0]))
    });
    // A cluster of one owner is named after it ("seat.count.greens"), when no other has it.
    let owner_of = |members: &Vec<usize>| {
        let owners: std::collections::BTreeSet<Option<&str>> = members
            .iter()
            .map(|&i| {
                contexts[i]
                    .as_ref()
                    .and_then(|c| c.owner.last().map(String::as_str))
            })
            .collect();
        match owners.into_iter().flatten().collect::<Vec<_>>()[..] {
            [only] => Some(only),
            _ => None,
        }
    };
    let owners: Vec<Option<&str>> = clusters.iter().map(owner_of).collect();
    let unique = |o: &str| owners.iter().filter(|x| **x == Some(o)).count() == 1;
    clusters
        .into_iter()
        .enumerate()
        .map(|(rank, members)| Group {
            key: match (rank, owners[rank]) {
                (0, _) => group.key.clone(),
                (_, Some(o)) if unique(o) && !key::part(o).is_empty() => {
                    format!("{}.{}", group.key, key::part(o))
                }
                _ if members.len() == 1 => key::alone(&claims[members[0]]),
                _ => format!("{}.{}", group.key, key::part(&claims[members[0]].id)),
            },
            label: String::new(),
            declared: false,
            members,
        })
        .collect()
}

/// Shared share of two sorted lists, over the shorter one.
fn term_overlap(a: &[u64], b: &[u64]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared as f64 / smaller as f64
}

/// The day a date given to the day or to the minute falls on.
fn day_of(claim: &Claim) -> Option<i64> {
    match &claim.value {
        Value::Time {
            nominal,
            precision: Precision::Minute | Precision::Day,
        } if nominal.low.floor() == nominal.high.floor() => Some(nominal.low.floor() as i64),
        _ => None,
    }
}

/// Two different claims of one sentence answer different questions: set them apart, each as a
/// topic of its own, rather than risk a false conflict.
fn split_sentence_mates(
    group: Group,
    claims: &[Claim],
    contexts: &[Option<Context>],
) -> Vec<Group> {
    let place = |i: usize| {
        let claim = &claims[i];
        let sentence = contexts[i].as_ref().and_then(|c| c.sentence);
        (claim.source.as_str(), sentence)
    };
    // (source, sentence) -> the distinct (offset, quote) of claims in it.
    type Place<'a> = (&'a str, Option<usize>);
    let mut spans: HashMap<Place, Vec<(Option<usize>, &str)>> = HashMap::new();
    for &i in &group.members {
        let claim = &claims[i];
        let entry = spans.entry(place(i)).or_default();
        let at = (claim.span.as_ref().map(|s| s.start), claim.quote.as_str());
        if !entry.contains(&at) {
            entry.push(at);
        }
    }
    // "struck on 14 March 2023 at 04:52": a day and a time on it are one answer at two
    // precisions, which cannot conflict with each other.
    let mut days: HashMap<Place, std::collections::BTreeSet<Option<i64>>> = HashMap::new();
    for &i in &group.members {
        days.entry(place(i)).or_default().insert(day_of(&claims[i]));
    }
    let crowded = |i: usize| {
        let (source, sentence) = place(i);
        let on = &days[&(source, sentence)];
        let one_day = on.len() == 1 && !on.contains(&None);
        sentence.is_some() && spans[&(source, sentence)].len() > 1 && !one_day
    };
    if !group.members.iter().any(|&i| crowded(i)) {
        return vec![group];
    }
    let (apart, kept): (Vec<usize>, Vec<usize>) = group.members.iter().partition(|&&i| crowded(i));
    let mut out: Vec<Group> = apart
        .into_iter()
        .map(|i| Group {
            key: key::alone(&claims[i]),
            label: String::new(),
            declared: false,
            members: vec![i],
        })
        .collect();
    if !kept.is_empty() {
        out.push(Group {
            members: kept,
            ..group
        });
    }
    out
}
