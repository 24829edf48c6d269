//! What a claim is about, read again from the source text at the claim's place.
//!
//! A claim row says what value a source gives; alignment needs to know the question it answers.
//! That is recomputed from the sentence around the quote: what a figure counts (its unit, or the
//! noun next to it), the year it refers to (a year in the same sentence, else the paragraph or
//! its heading), the event a date is attached to (a word of [`lexicon`] close by) and, for events
//! that happen once, the name they concern.

use std::ops::Range;

use super::lexicon::{self, Event};
use super::words::{Token, fold, is_function_word, is_pronoun, tokens};
use crate::claims::{Claim, Kind};
use crate::sources::Source;

/// How far (in words) a sentence's only event may be from a bare year and still date it.
const SOLE_EVENT_REACH: usize = 20;
/// How many words away an event word may be from the date it dates.
const EVENT_WINDOW: usize = 10;
/// How many words away the counted noun may be from its figure.
const SUBJECT_WINDOW: usize = 6;

/// What one claim is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// What a figure counts or measures, folded (`strike`, `vote`, `rule`).
    pub subject: Option<String>,
    /// The year a figure refers to (not the claim's own value).
    pub year: Option<i32>,
    /// The event a date is attached to; `attempt` for "an attempted coup".
    pub event: Option<Event>,
    pub attempt: bool,
    /// Folded words of the name an event concerns (`allende`), for events that happen once.
    pub name: Vec<String>,
    /// Where the sentence starts, so that two claims of one sentence are never merged.
    pub sentence: Option<usize>,
    /// Hashes of the sentence's content words (not the subject), sorted, for telling apart
    /// claims whose keys meet by chance.
    pub terms: Vec<u64>,
    /// Hashes of the sentence's name words, sorted.
    pub names: Vec<u64>,
    /// The hash of the name nearest before a figure in its clause, whose figure it is: "the
    /// Alliance" of "The Alliance won 61 seats", "the Greens" of "and the Greens 23 seats".
    pub owner: Vec<String>,
    /// The figure is the level a change started from ("rose from 4.8 to 5.2 percent", "5.2
    /// percent, up from 4.8"): the question it answers is the level before, not the level now.
    pub before: bool,
    /// The figure is a target or a forecast ("the campaign targets 550,000 children", "aims to
    /// immunise", "is expected to reach"), not what happened.
    pub target: bool,
    /// A part of the time the story covers that the sentence names ("in the first week",
    /// "on the second day"), folded: `first_week`.
    pub period: Option<String>,
    /// The people counted are the dead or the hurt of the story ("130 workers were killed",
    /// "injuring 40 passengers"): `killed` or `injured`. How many worked there and how many of
    /// them died are two questions.
    pub casualty: Option<&'static str>,
    /// The figure counts what was added ("1,024 new cases" in a day, "another 300 jobs"), not
    /// the total.
    pub added: bool,
}

/// Read the context of `claim` in `source` (if the source is unknown, from the quote alone).
pub fn context_of(claim: &Claim, source: Option<&Source>, names: &Names) -> Context {
    let (text, span, located) = match source.and_then(|s| locate(claim, s).map(|span| (s, span))) {
        Some((s, span)) => (s.text.as_str(), span, true),
        None => (claim.quote.as_str(), 0..claim.quote.len(), false),
    };
    let sentence = super::sentence_range(text, span.clone());
    let heading = is_heading(text, &span);
    let mut context = Context {
        sentence: Some(sentence.start),
        ..Context::default()
    };
    let words = tokens(&text[sentence.clone()], sentence.start);
    match claim.kind {
        Kind::Date | Kind::Year => {
            let published = located
                .then(|| source.and_then(|s| crate::extract::reference_of(&s.meta.published)))
                .flatten();
            if !heading && !year_is_written(claim, text, &span, published) {
                // "In April ...": a year guessed from far away is too weak to align on.
                return context;
            }
            let (words, anchor) = if heading {
                // A heading such as "1973 June" dates the paragraph under it.
                let next = next_paragraph(text, sentence.end);
                let first = super::sentence_range(text, next.start..next.start);
                let words = tokens(&text[first.clone()], first.start);
                // A first sentence that gives its own date is not dated by the heading.
                if words.iter().any(is_date_word) {
                    return context;
                }
                (words, first.start..first.start)
            } else {
                (words, span.clone())
            };
            if !heading && let Some((event, open)) = life_span(text, &span) {
                // "Ada Byrne (1815–1852)": born and died, of the name before the parenthesis.
                context.event = Some(event);
                let before = words.iter().rposition(|w| w.span.end <= open);
                // "Ada Byrne, also spelt Ada Burne, (1815–1852)": after an aside set off by
                // commas, the person is the name the sentence opens with.
                let aside = text[..open].trim_end().ends_with(',');
                let first = name_runs(&words, text).into_iter().next();
                context.name = match (aside, first) {
                    (true, Some((_, _, names))) => names,
                    _ => before.map_or_else(Vec::new, |i| nearest_name(&words, i, text)),
                };
                return context;
            }
            let bare_year = claim.kind == Kind::Year && !heading;
            attach_event(&mut context, &words, &anchor, text, bare_year);
        }
        Kind::Category => {}
        _ => {
            let (first, after_claim) = position(&words, &span);
            context.before = starts_a_change(&words, first, text);
            context.subject = subject(claim, &words, &span, text, names, context.before)
                .or_else(|| title_subject(&words, &span, text, names));
            // An age is of one person: "the 38-year-old Neil Armstrong" and "Armstrong, then
            // 39," answer how old Armstrong was; "Aldrin, 39," another question.
            if claim.unit == "years old"
                && let Some(person) = aged_person(&words, first, after_claim, text)
            {
                context.subject = Some(format!("{person}_age"));
            }
            // Writers set the time before the figure: the sentence so far, then the paragraph,
            // and only then a year later in the sentence ("4.2 million dollars ..., and the
            // mayor, elected in 2016, ...").
            context.year = year_in(&words, &span, true)
                .or_else(|| year_before_in_paragraph(text, sentence.start))
                .or_else(|| year_in(&words, &span, false))
                .or_else(|| heading_year(text, sentence.start));
            let (first, after) = position(&words, &span);
            context.owner = owner(&words, first, text, names);
            // "is expected to take at least five years" and "would take five years" are one
            // forecast: a length of time is not set apart as a target.
            context.target = claim.kind != Kind::Duration && aims_at(&words, first, text)
                || asked_for(&words, first, text);
            context.period =
                period_named(&words, first, after).or_else(|| stage_named(&words, first, text));
            if claim.kind == Kind::Count {
                context.casualty = casualty(&words, first, after, text)
                    .filter(|_| !context.subject.as_deref().is_some_and(is_casualty_noun));
                context.added = counts_added(&words, first, after);
            }
            let outside = words[..first].iter().chain(&words[after..]);
            for (i, word) in outside.enumerate() {
                if word.year().is_some() || is_function_word(word.text) {
                    continue;
                }
                let folded = fold(word.text);
                if Some(&folded) == context.subject.as_ref() {
                    continue;
                }
                let initial = i == 0 && first > 0 && !names.contains(word.text);
                if word.is_capitalised() && !initial {
                    context.names.push(hash(&folded));
                } else if !word.is_capitalised() {
                    context.terms.push(hash(&folded));
                }
            }
            // "His reign lasted 17 years": whose is named in the sentence before.
            let pronoun = words.first().is_some_and(|w| is_pronoun(w.text));
            if pronoun && let Some(previous) = previous_sentence(text, sentence.start) {
                let before = tokens(&text[previous.clone()], previous.start);
                for (i, word) in before.iter().enumerate() {
                    if (i > 0 || names.contains(word.text))
                        && word.is_capitalised()
                        && !is_function_word(word.text)
                    {
                        context.names.push(hash(&fold(word.text)));
                    }
                }
            }
            for list in [&mut context.terms, &mut context.names] {
                list.sort_unstable();
                list.dedup();
            }
        }
    }
    context
}

/// The words a source writes capitalised in the middle of a sentence: its names. A sentence's
/// first word is capitalised anyway; it counts as a name when the source names it elsewhere
/// ("Pinochet would rule ..." where another sentence says "General Pinochet").
/// It also keeps the words the source writes in lower case, so that a word capitalised only for
/// a title ("1000 Days of Revolution") is known for the common noun it is.
#[derive(Debug, Clone, Default)]
pub struct Names {
    capitalised: std::collections::HashSet<String>,
    lower: std::collections::HashSet<String>,
}

impl Names {
    pub fn new() -> Names {
        Names::default()
    }

    /// The source writes `word` capitalised mid-sentence.
    pub fn contains(&self, word: &str) -> bool {
        self.capitalised.contains(word)
    }

    /// The source writes `word` (given in any case) in lower case somewhere.
    pub fn writes_lower(&self, word: &str) -> bool {
        self.lower.contains(&word.to_lowercase())
    }
}

pub fn names_of(text: &str) -> Names {
    let mut names = Names::new();
    let words = tokens(text, 0);
    for pair in words.windows(2) {
        let (before, word) = (&pair[0], &pair[1]);
        // Any word may start a sentence; only one that follows another word mid-sentence is
        // surely written capitalised for its own sake.
        let gap = &text[before.span.end..word.span.start];
        if word.is_capitalised() && !gap.contains(['.', '!', '?', '\n', ':', '“', '"']) {
            names.capitalised.insert(word.text.to_string());
        }
    }
    for word in &words {
        if word.text.starts_with(|c: char| c.is_lowercase()) && !names.lower.contains(word.text) {
            names.lower.insert(word.text.to_string());
        }
    }
    names
}

/// The sentence before the one starting at `start`, within the same paragraph.
pub(super) fn previous_sentence(text: &str, start: usize) -> Option<Range<usize>> {
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with('\n') {
        return None;
    }
    let end = before.len();
    let at = before[..end - 1]
        .char_indices()
        .last()
        .map_or(0, |(i, _)| i);
    Some(super::sentence_range(text, at..at))
}

/// The year of a date claim is in the text near it: in the quote, earlier in its paragraph, or
/// in the nearest heading above that carries a year ("11 September 1973" over "29 June").
pub(super) fn year_is_written(
    claim: &Claim,
    text: &str,
    span: &Range<usize>,
    published: Option<jiff::civil::Date>,
) -> bool {
    let Some(nominal) = claim.value.nominal() else {
        return true;
    };
    // A day without its year, read against the day the source was written ("on October 2nd"
    // in a paper of 13 October 2023): the year is as sure as the publication date.
    // Only a day written with its month: "Thursday" or "yesterday" names a day of the news
    // cycle, often of some other happening than the one the article is about.
    let quote = &text[span.clone()];
    if let Some(published) = published
        && tokens(quote, 0)
            .iter()
            .any(|t| crate::extract::is_month_word(t.text))
    {
        let written = crate::claims::value::day_number(published);
        if (written - 400.0..=written + 120.0).contains(&nominal.low.floor()) {
            return true;
        }
    }
    let year = i32::from(crate::claims::value::date_of(nominal.low).year());
    if tokens(quote, 0).iter().any(|t| t.year().is_some()) {
        return true;
    }
    let paragraph = paragraph_start(text, span.start);
    if tokens(&text[paragraph..span.start], 0)
        .iter()
        .any(|t| t.year() == Some(year))
    {
        return true;
    }
    let mut end = match paragraph.checked_sub(1) {
        Some(end) => end,
        None => return false,
    };
    for _ in 0..HEADING_SEARCH {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..end];
        let words = tokens(line, 0);
        if !words.is_empty() && line.len() < 40 && words.len() <= 6 {
            if let Some(found) = words.iter().find_map(Token::year) {
                return found == year;
            }
        }
        match start.checked_sub(1) {
            Some(e) => end = e,
            None => return false,
        }
    }
    false
}

/// How many lines up a date's year is looked for in a heading.
const HEADING_SEARCH: usize = 40;

/// A stable hash of a word (the same on every run and machine).
pub fn hash(word: &str) -> u64 {
    // FNV-1a: tiny, deterministic, good enough to tell words apart.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The byte span of the claim's quote: its offsets if they hold the quote, else the quote
/// found on its line, else anywhere in the source.
fn locate(claim: &Claim, source: &Source) -> Option<Range<usize>> {
    if let Some(span) = &claim.span
        && source.text.get(span.clone()).is_some()
        && span.end <= source.text.len()
    {
        return Some(span.clone());
    }
    if claim.quote.is_empty() {
        return None;
    }
    if let Some(line) = source.line_range(claim.line)
        && let Some(at) = source.text[line.clone()].find(&claim.quote)
    {
        return Some(line.start + at..line.start + at + claim.quote.len());
    }
    source
        .text
        .find(&claim.quote)
        .map(|at| at..at + claim.quote.len())
}

/// A short line that is mostly the claim itself ("1973 June"): a heading.
fn is_heading(text: &str, span: &Range<usize>) -> bool {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let line = &text[start..end];
    let others = tokens(line, start)
        .iter()
        .filter(|t| t.span.end <= span.start || t.span.start >= span.end)
        .count();
    line.len() < 40 && others <= 2
}

/// The next non-empty line after `from`.
fn next_paragraph(text: &str, from: usize) -> Range<usize> {
    let mut at = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if !text[at..end].trim().is_empty() {
            return at..end;
        }
        at = end + 1;
    }
    text.len()..text.len()
}

/// Position (in words) of the claim within `words`: the first word at or after its start.
fn position(words: &[Token], span: &Range<usize>) -> (usize, usize) {
    let first = words.partition_point(|t| t.span.end <= span.start);
    let after = words.partition_point(|t| t.span.start < span.end.max(span.start + 1));
    (first, after.max(first))
}

/// How many words back from a figure its owner's name may be.
const OWNER_WINDOW: usize = 8;

/// The name a figure belongs to: the first name of its clause before it, back to the figure
/// before it ("The Alliance won 61 seats and the Greens 23 seats": the Greens' 23). A name
/// after a preposition is a place or an object ("rule over Chile for 17 years", "held in
/// Chile's National Stadium"), a month (a function word here) or weekday dates the figure, and a sentence's first
/// word counts only when the source writes it capitalised elsewhere too.
fn owner(words: &[Token], first: usize, text: &str, names: &Names) -> Vec<String> {
    const PREPOSITIONS: &[&str] = &[
        "in", "at", "on", "over", "of", "from", "to", "for", "with", "by", "into", "across",
        "against", "near", "under", "after", "before", "since", "during", "than",
    ];
    let name = |k: usize| {
        let word = &words[k];
        word.is_capitalised()
            && !is_function_word(word.text)
            && word.year().is_none()
            && !super::similar::is_calendar_word(&fold(word.text))
            && (k > 0 || names.contains(word.text))
    };
    // The last word of the run of capitalised words that starts at `k`, and the run's words.
    let run_end = |k: usize| {
        let mut end = k;
        while end + 1 < first && words[end + 1].is_capitalised() {
            end += 1;
        }
        end
    };
    let run = |k: usize| -> Vec<String> {
        words[k..=run_end(k)]
            .iter()
            .filter(|w| !is_function_word(w.text))
            .map(|w| fold(w.text))
            .collect()
    };
    // A row of a results table, "Civic Party – 22.5% – 40 seats": a name, then only figures.
    let lower_words = words
        .iter()
        .filter(|w| !w.text.starts_with(|c: char| c.is_ascii_digit()) && !w.is_capitalised())
        .count();
    if words.len() <= 10 && lower_words <= 2 && first > 0 && name(0) {
        return run(0);
    }
    let start = first.saturating_sub(OWNER_WINDOW);
    let mut from = first;
    while from > start {
        let (left, right) = (&words[from - 1], &words[from]);
        if clause_break(text, left, right) || left.text.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        from -= 1;
    }
    let mut k = from;
    while k < first {
        if !name(k) {
            k += 1;
            continue;
        }
        let after_preposition =
            k > 0 && PREPOSITIONS.contains(&words[k - 1].text.to_ascii_lowercase().as_str());
        if !after_preposition {
            return run(k);
        }
        k = run_end(k) + 1;
    }
    Vec::new()
}

/// The surname of the person an age is given for: the name right after "38-year-old", or the
/// name set off by a comma right before it ("Aldrin, 39,", "Neil Armstrong, then 39,").
fn aged_person(words: &[Token], first: usize, after: usize, text: &str) -> Option<String> {
    let is_name = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.is_capitalised() && !is_function_word(w.text) && w.year().is_none())
    };
    if is_name(after) {
        let mut end = after;
        while is_name(end + 1) {
            end += 1;
        }
        return Some(fold(words[end].text));
    }
    // "Aldrin, 39," and "Armstrong, then 39,": back over an adverb to the comma and the name.
    let mut back = first.checked_sub(1)?;
    if matches!(
        words[back].text.to_ascii_lowercase().as_str(),
        "then" | "also" | "now" | "aged"
    ) {
        back = back.checked_sub(1)?;
    }
    let gap = text.get(words[back].span.end..words[back + 1].span.start)?;
    (gap.contains(',') && is_name(back)).then(|| fold(words[back].text))
}

/// A break between two clauses lies between these words.
fn clause_break(text: &str, left: &Token, right: &Token) -> bool {
    text.get(left.span.end..right.span.start)
        .is_some_and(|gap| gap.contains([',', ';', ':', '—', '–', '(', ')', '"', '“', '”']))
}

/// Is the figure at `first` the value a change started from: "from" before it, and a word of
/// change before that in its clause ("rose from", "up 7 percent from", "an increase from")?
/// Without one, "from X to Y" is a spread ("homes from $750,000 to $1 million").
fn starts_a_change(words: &[Token], first: usize, text: &str) -> bool {
    const NOUNS: &[&str] = &[
        "increase", "rise", "drop", "fall", "decline", "growth", "jump", "change", "cut",
    ];
    if first == 0 || !words[first - 1].text.eq_ignore_ascii_case("from") {
        return false;
    }
    clause_before(words, first - 1, text).any(|word| {
        let lower = word.text.to_ascii_lowercase();
        is_change_verb(&lower) || NOUNS.contains(&lower.as_str())
    })
}

/// The words before token `k`, nearest first, up to [`SUBJECT_WINDOW`] of them and no further
/// than the start of its clause.
fn clause_before<'t, 'a>(
    words: &'t [Token<'a>],
    k: usize,
    text: &'t str,
) -> impl Iterator<Item = &'t Token<'a>> {
    let mut next = words.get(k);
    words[..k.min(words.len())]
        .iter()
        .rev()
        .take(SUBJECT_WINDOW)
        .take_while(move |word| {
            let open = next.is_none_or(|n| !clause_break(text, word, n));
            next = Some(word);
            open
        })
}

/// Does a word of aim or forecast come before the figure in its clause ("targets", "aims to
/// immunise", "is expected to reach", "plans to cut")?
fn aims_at(words: &[Token], first: usize, text: &str) -> bool {
    const AIMS: &[&str] = &[
        "target",
        "targets",
        "targeted",
        "targeting",
        "aim",
        "aims",
        "aimed",
        "aiming",
        "plan",
        "plans",
        "planned",
        "planning",
        "expect",
        "expects",
        "expected",
        "forecast",
        "forecasts",
        "projected",
        "projects",
        "intends",
        "intend",
        "seeks",
        "hopes",
    ];
    in_clause_before(words, first, text, AIMS)
}

/// Does one of `list` (lower case) come before token `first` in its clause?
fn in_clause_before(words: &[Token], first: usize, text: &str, list: &[&str]) -> bool {
    clause_before(words, first, text)
        .any(|word| list.contains(&word.text.to_ascii_lowercase().as_str()))
}

/// What happened to the people a count counts, read from a verb of harm just after the figure
/// and its noun ("130 workers were killed", "14 people died", "left 14 dead") or just before
/// the figure ("killing 14 people", "injured 40").
pub(super) fn casualty(
    words: &[Token],
    first: usize,
    after: usize,
    text: &str,
) -> Option<&'static str> {
    let harm = |word: &str| match word.to_ascii_lowercase().as_str() {
        "killed" | "killing" | "kills" | "died" | "dead" | "perished" | "drowned" | "slain" => {
            Some("killed")
        }
        "injured" | "injuring" | "wounded" | "wounding" | "hurt" | "hospitalised"
        | "hospitalized" => Some("injured"),
        "missing" | "disappeared" | "unaccounted" => Some("missing"),
        // What happened to the things or people counted is as much the question: "87 churches
        // were destroyed" and "109 churches stood in the City", "412 containers destroyed" and
        // "390 containers damaged", "3,200 residents evacuated" and "2,900 residents returned".
        "destroyed" | "burned" | "burnt" | "razed" | "gutted" | "demolished" => Some("destroyed"),
        "damaged" => Some("damaged"),
        "evacuated" | "displaced" | "fled" => Some("evacuated"),
        "rescued" => Some("rescued"),
        "returned" => Some("returned"),
        "arrested" | "detained" => Some("arrested"),
        _ => None,
    };
    let mut previous = after.checked_sub(1).map(|i| &words[i]);
    for word in words[after.min(words.len())..].iter().take(4) {
        if let Some(p) = previous
            && clause_break(text, p, word)
        {
            break;
        }
        if let Some(found) = harm(word.text) {
            return Some(found);
        }
        // "lost their lives"
        if word.text.eq_ignore_ascii_case("lives") {
            return Some("killed");
        }
        previous = Some(word);
    }
    clause_before(words, first, text)
        .take(2)
        .find_map(|word| harm(word.text))
}

/// "1,024 new cases", "300 additional jobs", "another 40 arrests", "20 other languages": a count
/// of what was added.
fn counts_added(words: &[Token], first: usize, after: usize) -> bool {
    let inside = words[first.min(words.len())..after.min(words.len())]
        .iter()
        .skip(1)
        .any(|w| {
            ["new", "additional", "further", "extra"]
                .iter()
                .any(|a| w.text.eq_ignore_ascii_case(a))
        });
    let another = first > 0 && words[first - 1].text.eq_ignore_ascii_case("another");
    // "the 20 other official languages", "12 more teachers": those beside a set, not the set.
    let beside = words.get(after).is_some_and(|w| {
        ["other", "more"]
            .iter()
            .any(|a| w.text.eq_ignore_ascii_case(a))
    });
    inside || another || beside
}

/// A counted noun that already says what happened to those it counts.
fn is_casualty_noun(subject: &str) -> bool {
    matches!(
        subject,
        "death"
            | "killed"
            | "injured"
            | "wounded"
            | "injury"
            | "casualty"
            | "victim"
            | "fatality"
            | "survivor"
            | "missing"
    )
}

/// Does a word of asking come before the figure in its clause ("prosecutors had sought a term
/// of at least eight years", "the union demanded a 12 percent rise")? What was asked for is not
/// what was given, a length of time included.
fn asked_for(words: &[Token], first: usize, text: &str) -> bool {
    const ASKS: &[&str] = &[
        "sought",
        "seek",
        "seeking",
        "demanded",
        "demand",
        "demanding",
        "requested",
        "request",
        "proposed",
        "proposing",
        "recommended",
        "recommending",
    ];
    in_clause_before(words, first, text, ASKS)
}

/// The words that rank a part of the story's time ("the first week", "the final day").
pub(super) const PERIOD_RANKS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last", "final", "opening",
];

/// "initially offered 3.5%", "the opening offer was 2.5 percent", "improved its offer to 4.8%",
/// "a revised estimate of": a first figure and a later one answer two questions (what was
/// offered first, what is offered now), as the level before a change and the level after do.
fn stage_named(words: &[Token], first: usize, text: &str) -> Option<String> {
    clause_before(words, first, text).take(8).find_map(|word| {
        let stage = match word.text.to_ascii_lowercase().as_str() {
            "initial" | "initially" | "opening" | "original" | "originally" | "preliminary" => {
                "initial"
            }
            "revised" | "improved" | "sweetened" | "updated" | "latest" => "revised",
            _ => return None,
        };
        Some(stage.to_string())
    })
}

/// "in the first week", "on the second day", "during the first hour": a part of the story's
/// time named anywhere in the sentence outside the quote, as `first_week`.
fn period_named(words: &[Token], first: usize, after: usize) -> Option<String> {
    const PARTS: &[&str] = &[
        "day", "week", "month", "hour", "round", "half", "quarter", "season", "phase", "stage",
        "wave", "weekend",
    ];
    let outside = |k: usize| k < first || k >= after;
    (1..words.len().saturating_sub(1)).find_map(|k| {
        let (the, rank, part) = (&words[k - 1], &words[k], &words[k + 1]);
        let rank_word = rank.text.to_ascii_lowercase();
        let part_word = fold(part.text);
        (outside(k - 1)
            && outside(k + 1)
            && the.text.eq_ignore_ascii_case("the")
            && PERIOD_RANKS.contains(&rank_word.as_str())
            && PARTS.contains(&part_word.as_str()))
        .then(|| format!("{rank_word}_{part_word}"))
    })
}

/// A verb that says how a figure moved or where it ended ("rose", "fell", "closed"): not what
/// the figure is of. In any case, without a lower-cased copy.
pub(super) fn is_change_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "rose",
        "rises",
        "risen",
        "fell",
        "falls",
        "fallen",
        "grew",
        "grows",
        "climbed",
        "climbs",
        "jumped",
        "jumps",
        "dropped",
        "drops",
        "increased",
        "increases",
        "decreased",
        "decreases",
        "declined",
        "declines",
        "slipped",
        "slid",
        "surged",
        "soared",
        "plunged",
        "plummeted",
        "tumbled",
        "gained",
        "gains",
        "lost",
        "shed",
        "sank",
        "edged",
        "closed",
        "ended",
        "finished",
        "stood",
        "slumped",
        "eased",
        "lower",
        "higher",
        "up",
        "down",
    ];
    VERBS.iter().any(|verb| verb.eq_ignore_ascii_case(word))
}

/// Verbs that say how a figure was given or where it stands, never what it is of: "Turnout
/// came in at 54 per cent", "41 people remain missing", "44 people still listed as missing".
fn is_bare_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "came",
        "come",
        "comes",
        "went",
        "go",
        "goes",
        "put",
        "puts",
        "remain",
        "remains",
        "remained",
        "listed",
        "spent",
        "issued",
        "known",
        "face",
        "faces",
        "faced",
        "said",
        "says",
        "told",
        "took",
        "take",
        "takes",
        "taken",
        "gave",
        "give",
        "gives",
        "given",
        "got",
        "get",
        "gets",
        "made",
        "make",
        "makes",
        "stand",
        "stands",
        "lay",
        "lies",
        "saw",
        "seen",
        "found",
        "brought",
        "kept",
        "held",
        "showed",
        "shows",
        "shown",
        "became",
        "become",
        "becomes",
        "seemed",
        "appeared",
        "stated",
        "claimed",
        "noted",
        "reported",
        "estimated",
        "recorded",
        "counted",
        "measured",
        "believed",
        "thought",
        "expected",
        "set",
        "left",
        "ended",
        "finished",
        "totalled",
        "totaled",
        "numbered",
        // "a deal valued at $14.2 billion", "a deal worth $14.2 billion": the deal's value.
        "valued",
        "priced",
        "worth",
        "estimate",
        "estimates",
    ];
    VERBS.iter().any(|verb| verb.eq_ignore_ascii_case(word))
}

fn is_content(token: &Token) -> bool {
    // "67th", "3-1", "12-day": figures, not what a figure is about.
    !is_function_word(token.text)
        && !is_bare_verb(token.text)
        && token.year().is_none()
        && !token.is_capitalised()
        && !token.text.starts_with(|c: char| c.is_ascii_digit())
        && !crate::extract::is_number_word(token.text)
        && !is_adverb(token.text)
}

/// "usually", "meanwhile", "a measly 2.5 percent": words that say how or when, or how the
/// writer feels about a figure, never what it counts.
fn is_adverb(word: &str) -> bool {
    const NOUNS_IN_LY: &[&str] = &[
        "family",
        "supply",
        "assembly",
        "rally",
        "ally",
        "monopoly",
        "anomaly",
        "reply",
        "tally",
        "jelly",
        "belly",
        "fly",
        "bully",
        "lily",
        "folly",
        "gully",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "homily",
        "oligopoly",
        "duopoly",
        "butterfly",
        "firefly",
        "italy",
        "july",
    ];
    const OTHERS: &[&str] = &[
        "meanwhile",
        "however",
        "also",
        "still",
        "already",
        "even",
        "just",
        "instead",
        "often",
        "soon",
        "later",
        "again",
        "perhaps",
        "therefore",
        "thus",
        "nevertheless",
        "moreover",
    ];
    let lower = word.to_ascii_lowercase();
    (lower.len() > 4 && lower.ends_with("ly") && !NOUNS_IN_LY.contains(&lower.as_str()))
        || OTHERS.contains(&lower.as_str())
}

/// What a figure counts: its unit when the unit names a thing, else the nearest content word
/// inside the quote, after it, or before it (within the clause).
fn subject(
    claim: &Claim,
    words: &[Token],
    span: &Range<usize>,
    text: &str,
    names: &Names,
    before: bool,
) -> Option<String> {
    let unit = claim.unit.trim();
    let (first, after) = position(words, span);
    if !unit.is_empty() && !is_measure_unit(unit) {
        let last = unit.rsplit([' ', '_', '-']).next().unwrap_or(unit);
        return Some(fold(last));
    }
    // An ordinal ranks the noun after it, a unit of time too: "the 67th minute", "first time".
    if claim.kind == Kind::Ordinal
        && let Some(ranked) = words[first..after].iter().skip(1).find(|t| {
            !t.text.starts_with(|c: char| c.is_ascii_digit()) && !t.text.eq_ignore_ascii_case("the")
        })
    {
        return Some(fold(ranked.text));
    }
    // A counted noun inside the quote ("more than half the votes") is its subject; a duration's
    // quote holds only its length and how it feels ("a long decade and a half"), and a unit
    // written in the quote ("384,400 km") is not what is measured.
    let unit_word = |t: &Token| {
        !unit.is_empty() && (t.text.eq_ignore_ascii_case(unit) || fold(t.text) == fold(unit))
    };
    if claim.kind != Kind::Duration
        && let Some(inside) = words[first..after].iter().find(|t| {
            is_content(t)
                && !(claim.kind == Kind::Quantity && (unit_word(t) || is_measure_unit(t.text)))
        })
    {
        return Some(fold(inside.text));
    }
    // "after four days of torrential rain", "nine days of persistent rain across the hills":
    // a length of time is of what its "of" names, the last word of that phrase.
    if claim.kind == Kind::Duration
        && words
            .get(after)
            .is_some_and(|w| w.text.eq_ignore_ascii_case("of"))
    {
        let mut head = None;
        let mut previous = &words[after];
        for word in &words[after + 1..] {
            if clause_break(text, previous, word) || is_function_word(word.text) {
                break;
            }
            if !is_content(word) {
                break;
            }
            head = Some(word);
            previous = word;
        }
        if let Some(head) = head {
            return Some(fold(head.text));
        }
    }
    let mut later = None;
    let mut previous = after.checked_sub(1).map(|i| &words[i]);
    for (distance, word) in words[after..].iter().take(SUBJECT_WINDOW).enumerate() {
        if let Some(p) = previous
            && clause_break(text, p, word)
        {
            break;
        }
        // "rose 9 percent in Stockholm trading", "11 percent lower": a share is of what "of"
        // or an adjacent noun names, not of the place or time after it, nor the way it went.
        if claim.kind == Kind::Percent
            && (is_function_word(word.text) && !word.text.eq_ignore_ascii_case("of")
                || is_change_verb(word.text))
            && !word.text.eq_ignore_ascii_case("the")
        {
            break;
        }
        if is_content(word) {
            later = Some((distance, word));
            break;
        }
        previous = Some(word);
    }
    let mut earlier = None;
    let mut next = words.get(first);
    // The words of the figures and verbs of a change ("rose from 4.8 percent to") do not use
    // up the reach back to the noun before them.
    let mut distance = 0;
    for word in words[..first].iter().rev() {
        if distance >= SUBJECT_WINDOW {
            break;
        }
        // The level a change started from is of what changed, named before the change
        // ("revenue of $2.47 billion on 26 October, up 7 percent from $2.31 billion").
        if let Some(n) = next
            && clause_break(text, word, n)
            && !before
        {
            break;
        }
        let passed_over = word.text.bytes().all(|b| b.is_ascii_digit())
            || is_change_verb(word.text)
            || [
                "percent", "from", "to", "thousand", "million", "billion", "trillion", "bn",
            ]
            .contains(&word.text.to_ascii_lowercase().as_str());
        if !passed_over {
            distance += 1;
        }
        // "Shares fell 9 percent": the verb of change says how, the noun before it what; and
        // a sentence's first word is a common noun unless the source writes it as a name.
        let lower = word.text.to_ascii_lowercase();
        let first_word = std::ptr::eq(word, &words[0]);
        let common_first = first_word
            && word.is_capitalised()
            && !names.contains(word.text)
            && !is_function_word(word.text)
            && word.year().is_none();
        if is_change_verb(&lower) {
            next = Some(word);
            continue;
        }
        if is_content(word) || common_first {
            earlier = Some((distance, word));
            break;
        }
        next = Some(word);
    }
    // A share, a sum or a head count is of what follows ("36 percent of the vote", "$3 billion
    // in aid", "14 people were dead"); a duration measures what comes before ("his reign lasted
    // 17 years").
    let chosen = match (earlier, later) {
        (Some((_, e)), Some(_)) if claim.kind == Kind::Duration => Some(e),
        (Some(_), Some((_, l))) => Some(l),
        (e, l) => e.or(l).map(|(_, w)| w),
    };
    chosen.map(|w| fold(w.text))
}

/// A figure in a title, where every word is capitalised ("1000 Days of Revolution"), has no
/// lower-case noun beside it: the nearest capitalised word after it in its clause that the source
/// also writes in lower case ("revolution") is the common noun the title names. Only when
/// [`subject`] found nothing, so that names ("Popular Unity") never displace a counted noun.
fn title_subject(
    words: &[Token],
    span: &Range<usize>,
    text: &str,
    names: &Names,
) -> Option<String> {
    let (_, after) = position(words, span);
    let mut previous = after.checked_sub(1).map(|i| &words[i]);
    for word in words[after..].iter().take(SUBJECT_WINDOW) {
        if let Some(p) = previous
            && clause_break(text, p, word)
        {
            return None;
        }
        if word.is_capitalised()
            && !is_function_word(word.text)
            && word.year().is_none()
            && names.writes_lower(word.text)
        {
            return Some(fold(word.text));
        }
        previous = Some(word);
    }
    None
}

/// Units that say how something is measured rather than what is counted.
pub fn is_measure_unit(unit: &str) -> bool {
    let folded = fold(unit);
    matches!(
        folded.as_str(),
        "percent"
            | "per cent"
            | "%"
            | "percentage"
            | "percentage point"
            | "point"
            | "usd"
            | "eur"
            | "gbp"
            | "dollar"
            | "pound"
            | "euro"
            | "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "decade"
            | "century"
            | "people"
            | "person"
            | "time"
    ) || (unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase()))
        // "384,400 km", "80 tons", "800 mph": what is measured is named by the words around.
        || crate::extract::is_unit_word(unit)
}

/// The nearest year before (or after) the claim in its own sentence, not counting its own words.
fn year_in(words: &[Token], span: &Range<usize>, before: bool) -> Option<i32> {
    let (first, after) = position(words, span);
    // "1370 g", "2000 tons": a four-digit amount with its unit is no year.
    let year = |i: usize| {
        let unit = words
            .get(i + 1)
            .is_some_and(|next| crate::extract::is_unit_word(next.text));
        words[i].year().filter(|_| !unit)
    };
    if before {
        (0..first).rev().find_map(year)
    } else {
        // A year after another figure is that figure's: "54 per cent, down from 57.9 per cent
        // in 2019".
        let other = (after..words.len())
            .find(|&i| {
                words[i].year().is_none() && words[i].text.starts_with(|c: char| c.is_ascii_digit())
            })
            .unwrap_or(words.len());
        (after..other).find_map(year)
    }
}

/// How far back (in bytes) a paragraph is read for a year.
const PARAGRAPH_REACH: usize = 2000;

/// Where the paragraph holding `at` starts: after the last blank line, whether the text puts
/// each paragraph on one line or wraps it over several; read back at most [`PARAGRAPH_REACH`].
pub(super) fn paragraph_start(text: &str, at: usize) -> usize {
    let mut floor = at.saturating_sub(PARAGRAPH_REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut end = at;
    loop {
        let start = text[floor..end]
            .rfind('\n')
            .map_or(floor, |i| floor + i + 1);
        if start == floor {
            return floor;
        }
        // The line before this one: blank means the paragraph starts here.
        let before = &text[floor..start - 1];
        let previous = before.rfind('\n').map_or(floor, |i| floor + i + 1);
        if text[previous..start - 1].trim().is_empty() {
            return start;
        }
        end = start - 1;
    }
}

/// A year said earlier in the same paragraph ("In 1970 ... . They also ...").
///
/// A year that starts or ends a span ("has run the government since 2016", "until 1989")
/// dates that span, not what the next sentences count.
fn year_before_in_paragraph(text: &str, sentence_start: usize) -> Option<i32> {
    let start = paragraph_start(text, sentence_start);
    let words = tokens(&text[start..sentence_start], start);
    let bounds_a_span = |i: usize| {
        i > 0
            && ["since", "until", "till", "before"]
                .iter()
                .any(|w| words[i - 1].text.eq_ignore_ascii_case(w))
    };
    (0..words.len())
        .rev()
        .filter(|&i| !bounds_a_span(i))
        .find_map(|i| words[i].year())
}

/// The year of a short heading line just above the paragraph ("1972 October").
fn heading_year(text: &str, sentence_start: usize) -> Option<i32> {
    let line_start = paragraph_start(text, sentence_start);
    let mut end = line_start.checked_sub(1)?;
    loop {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..end];
        if !line.trim().is_empty() {
            let words = tokens(line, start);
            return (line.len() < 40 && words.len() <= 4)
                .then(|| words.iter().find_map(Token::year))
                .flatten();
        }
        end = start.checked_sub(1)?;
    }
}

/// A date that is one end of a life span in parentheses after a capitalised name ("Ada Byrne (8
/// May 1815 – 27 November 1852)"), the biography convention the extractor splits in two: the
/// first date is the birth, the second the death, named as the lexicon names them so that "born
/// in 1816" and "died on 28 November 1852" elsewhere meet them. Returns the event and where the
/// parenthesis opens.
fn life_span(text: &str, span: &Range<usize>) -> Option<(Event, usize)> {
    const DASHES: &[char] = &['-', '–', '—'];
    let before = text[..span.start].trim_end_matches([' ', '\u{a0}']);
    let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    // A gloss may come first inside the parenthesis: "Otto IV (Otto of Brunswick; 1175–1218)".
    let glossed = before.strip_suffix([';', ',']).and_then(|rest| {
        let open = rest.rfind('(')?;
        (rest.len() - open < 80 && !rest[open..].contains(')')).then_some(&rest[..=open])
    });
    let (event, open) = if let Some(rest) = before
        .strip_suffix('(')
        .or(glossed.and_then(|g| g.strip_suffix('(')))
    {
        // The first date: a dash, the second date and the closing parenthesis follow.
        let rest_after = after.strip_prefix(DASHES)?;
        let close = rest_after.find(')')?;
        if close > 40 || rest_after[..close].contains(['(', '.', ';']) {
            return None;
        }
        (lexicon::event_of("born")?, rest.len())
    } else if let Some(rest) = before.strip_suffix(DASHES) {
        // The second date: it closes the parenthesis that the first date opens.
        after.strip_prefix(')')?;
        let open = rest.rfind('(')?;
        if rest.len() - open > 100 || rest[open..].contains([')', '.']) {
            return None;
        }
        (lexicon::event_of("death")?, open)
    } else {
        return None;
    };
    // A capitalised word right before the parenthesis (or its comma): the name.
    let name = text[..open].trim_end().trim_end_matches(',');
    name.split(|c: char| c.is_whitespace())
        .next_back()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
        .then_some((event, open))
}

/// Find the event word nearest the date, and for events that happen once, the name nearest
/// that event word.
fn attach_event(
    context: &mut Context,
    words: &[Token],
    anchor: &Range<usize>,
    text: &str,
    bare_year: bool,
) {
    let (mut first, mut after) = position(words, anchor);
    // The rest of the date's own expression ("June 26," before "1908") is not another date.
    let part_of_date = |t: &Token| {
        is_date_word(t) || (t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()))
    };
    while first > 0
        && part_of_date(&words[first - 1])
        && words[first - 1].span.end + 3 >= words[first].span.start
    {
        first -= 1;
    }
    while after < words.len()
        && after > 0
        && part_of_date(&words[after])
        && words[after - 1].span.end + 3 >= words[after].span.start
    {
        after += 1;
    }
    let mut best: Option<(usize, usize, Event)> = None;
    let respectively = words
        .iter()
        .any(|t| t.text.eq_ignore_ascii_case("respectively"));
    let candidates = words[after..]
        .iter()
        .enumerate()
        .take(EVENT_WINDOW)
        .map(|(d, _)| (d + 1, after + d))
        .chain(
            words[..first]
                .iter()
                .rev()
                .enumerate()
                .take(EVENT_WINDOW)
                .map(|(d, _)| (d + 1, first - 1 - d)),
        );
    for (distance, index) in candidates {
        let between = if index < first {
            &words[index + 1..first]
        } else {
            &words[after.min(index)..index]
        };
        let folded = fold(words[index].text);
        let previous = index.checked_sub(1).map_or("", |i| words[i].text);
        if let Some(event) = lexicon::event_of(&folded)
            && !lexicon::is_idiom(previous, &folded)
            && best.is_none_or(|(d, _, _)| distance < d)
            && !dated_relative_to(words, index)
            // "In 1952 he ran, and in 1958 won the election": the event goes to the nearer date
            // (unless the dates are listed "respectively").
            && (respectively || !between.iter().any(is_date_word))
        {
            best = Some((distance, index, event));
        }
    }
    if best.is_none() && bare_year {
        best = sole_event(words, first, after);
    }
    let Some((_, index, event)) = best else {
        return;
    };
    context.event = Some(event);
    let near = index.saturating_sub(2)..(index + 3).min(words.len());
    context.attempt = words[near]
        .iter()
        .any(|t| lexicon::is_attempt_word(&fold(t.text)));
    if event.once {
        context.name = respective_name(words, index, first, text)
            .unwrap_or_else(|| nearest_name(words, index, text));
    }
}

/// Farther than the window, an event that recurs still goes with a bare year in a sentence that
/// names one kind of event and no other date: "His 1970 victory was his fourth time running for president, and he won
/// narrowly in a three-way election".
fn sole_event(words: &[Token], first: usize, after: usize) -> Option<(usize, usize, Event)> {
    let outside = |i: &usize| *i < first || *i >= after;
    if (0..words.len())
        .filter(outside)
        .any(|i| is_date_word(&words[i]))
    {
        return None;
    }
    let mut found: Option<(usize, Event)> = None;
    let near = |i: &usize| i.abs_diff(first).min(i.abs_diff(after)) <= SOLE_EVENT_REACH;
    for i in (0..words.len()).filter(outside).filter(near) {
        let folded = fold(words[i].text);
        let previous = i.checked_sub(1).map_or("", |p| words[p].text);
        if let Some(event) = lexicon::event_of(&folded) {
            if lexicon::is_idiom(previous, &folded) {
                continue;
            }
            if dated_relative_to(words, i) || event.once {
                return None;
            }
            match found {
                Some((_, seen)) if seen != event => return None,
                Some(_) => {}
                None => found = Some((i, event)),
            }
        }
    }
    found.map(|(i, event)| (usize::MAX, i, event))
}

/// A year or a month name: the mark of another date.
pub(super) fn is_date_word(token: &Token) -> bool {
    token.year().is_some()
        || matches!(
            token.text.to_lowercase().as_str(),
            "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// The event word is what a date is measured from, not what it dates: "in the run-up to the
/// coup, 5 September", "after the election", "the 50th anniversary of the coup".
fn dated_relative_to(words: &[Token], index: usize) -> bool {
    words[index.saturating_sub(4)..index].iter().any(|t| {
        matches!(
            t.text.to_lowercase().as_str(),
            "before"
                | "after"
                | "until"
                | "till"
                | "since"
                | "following"
                | "preceding"
                | "prior"
                | "run-up"
                | "eve"
                | "ahead"
                | "aftermath"
                | "anniversary"
                | "days"
                | "weeks"
                | "months"
                | "years"
        )
    })
}

/// The proper name nearest word `index`: a run of capitalised words (a sentence's first word
/// only when the next is capitalised too), without titles and generic words.
fn nearest_name(words: &[Token], index: usize, text: &str) -> Vec<String> {
    name_runs(words, text)
        .into_iter()
        .min_by_key(|(start, end, _)| {
            if *start > index {
                start - index
            } else {
                index.saturating_sub(*end)
            }
        })
        .map(|(_, _, names)| names)
        .unwrap_or_default()
}

/// The runs of capitalised words of a sentence, in order: (first word, last word, folded
/// names without titles and generic words).
fn name_runs(words: &[Token], text: &str) -> Vec<(usize, usize, Vec<String>)> {
    let mut runs = Vec::new();
    let mut current: Vec<(usize, &Token)> = Vec::new();
    let flush = |current: &mut Vec<(usize, &Token)>,
                 runs: &mut Vec<(usize, usize, Vec<String>)>| {
        let names: Vec<String> = current
            .iter()
            .map(|(_, t)| fold(t.text))
            .filter(|w| !is_generic_name_word(w))
            .collect();
        if let (false, Some(&(first, _)), Some(&(last, _))) =
            (names.is_empty(), current.first(), current.last())
        {
            runs.push((first, last, names));
        }
        current.clear();
    };
    for (i, word) in words.iter().enumerate() {
        let initial = i == 0 && !words.get(1).is_some_and(Token::is_capitalised);
        let is_name = word.is_capitalised()
            && !initial
            && !is_function_word(word.text)
            && lexicon::event_of(&fold(word.text)).is_none()
            && word.year().is_none();
        let joined = current
            .last()
            .is_some_and(|(_, prev)| !clause_break(text, prev, word));
        if is_name && (current.is_empty() || joined) {
            current.push((i, word));
        } else {
            flush(&mut current, &mut runs);
            if is_name {
                current.push((i, word));
            }
        }
    }
    flush(&mut current, &mut runs);
    runs
}

/// "The Communist and Socialist parties were founded in 1922 and 1932, respectively": the
/// names before the event pair off, in order, with the years after it.
fn respective_name(words: &[Token], event: usize, claim: usize, text: &str) -> Option<Vec<String>> {
    if !words
        .iter()
        .any(|t| t.text.eq_ignore_ascii_case("respectively"))
        || claim <= event
    {
        return None;
    }
    let names: Vec<Vec<String>> = name_runs(words, text)
        .into_iter()
        .filter(|(_, last, _)| *last < event)
        .map(|(_, _, names)| names)
        .collect();
    let years: Vec<usize> = (event + 1..words.len())
        .filter(|&i| words[i].year().is_some())
        .collect();
    let nth = years.iter().position(|&i| i >= claim)?;
    (names.len() == years.len()).then(|| names[nth].clone())
}

/// Titles and generic words of names, which tell nothing apart ("General", "Party").
fn is_generic_name_word(folded: &str) -> bool {
    matches!(
        folded,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "sir"
            | "general"
            | "president"
            | "colonel"
            | "lieutenant"
            | "admiral"
            | "minister"
            | "senator"
            | "king"
            | "queen"
            | "prince"
            | "party"
            | "republic"
            | "national"
            | "state"
            | "united"
            | "movement"
            | "front"
            | "union"
            | "government"
            | "army"
            | "church"
            | "university"
            | "the"
            | "of"
            | "saint"
            | "st"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimRow;
    use crate::sources::SourceMeta;

    fn source(text: &str) -> Source {
        Source::new(
            SourceMeta {
                id: "s".into(),
                ..SourceMeta::default()
            },
            "s.txt".into(),
            text.into(),
        )
    }

    fn claim(text: &str, quote: &str, kind: &str, value: &str, unit: &str) -> Claim {
        let at = text.find(quote).expect("quote in text");
        ClaimRow {
            id: "c".into(),
            source: "s".into(),
            kind: kind.into(),
            value: value.into(),
            unit: unit.into(),
            quote: quote.into(),
            byte_start: at.to_string(),
            byte_end: (at + quote.len()).to_string(),
            status: "auto".into(),
            origin: "extracted".into(),
            ..ClaimRow::default()
        }
        .parse(0)
        .unwrap()
    }

    fn context(text: &str, quote: &str, kind: &str, value: &str, unit: &str) -> Context {
        context_of(
            &claim(text, quote, kind, value, unit),
            Some(&source(text)),
            &names_of(text),
        )
    }

    #[test]
    fn a_count_is_about_its_unit_and_the_year_of_its_sentence() {
        let text = "Intro.\n\nIn 1970 workers launched 5,295 strikes and pressured the government.";
        let c = context(text, "5,295 strikes", "count", "5295", "strikes");
        assert_eq!(c.subject.as_deref(), Some("strike"));
        assert_eq!(c.year, Some(1970));
    }

    #[test]
    fn a_verb_that_gives_a_figure_is_not_what_it_counts() {
        let text = "Turnout came in at 54 per cent, the commission said.";
        let c = context(text, "54 per cent", "percent", "54", "percent");
        assert_eq!(c.subject.as_deref(), Some("turnout"));
        let money = |text: &str, quote: &str, value: &str| {
            context(text, quote, "money", value, "USD").subject
        };
        let valued = money(
            "It agreed to combine with its rival in a deal valued at $14.2 billion, creating a giant.",
            "$14.2 billion",
            "14200000000",
        );
        let named = money(
            "The $12.8 billion deal is, in practice, a takeover.",
            "$12.8 billion",
            "12800000000",
        );
        assert_eq!(valued.as_deref(), Some("deal"));
        assert_eq!(valued, named);
    }

    #[test]
    fn the_missing_are_counted_apart_from_the_rest() {
        let text = "Officials said 41 people remain missing in the old town.";
        let a = context(text, "41 people", "count", "41", "people");
        let text = "For the families of the 44 people still listed as missing, it is hard.";
        let b = context(text, "44 people", "count", "44", "people");
        let about = |c: &Context| {
            let subject = c.subject.clone().unwrap_or_default();
            format!("{subject}_{}", c.casualty.unwrap_or_default())
        };
        assert!(about(&a).contains("missing"), "{a:?}");
        assert!(about(&b).contains("missing"), "{b:?}");
    }

    #[test]
    fn a_year_after_another_figure_is_that_figures() {
        let text = "Turnout was 54 per cent, down from 57.9 per cent in 2019.";
        let c = context(text, "54 per cent", "percent", "54", "percent");
        assert_eq!(c.year, None);
    }

    #[test]
    fn a_year_that_starts_a_span_does_not_date_the_next_sentence() {
        let text = "The party has run the region since 2016. Of the 95 seats, it holds 31 seats.";
        let c = context(text, "31 seats", "count", "31", "seats");
        assert_eq!(c.year, None);
        let text = "The party won in 2016. Of the 95 seats, it holds 31 seats.";
        let c = context(text, "31 seats", "count", "31", "seats");
        assert_eq!(c.year, Some(2016));
    }

    #[test]
    fn an_amount_with_its_unit_is_no_year() {
        let text = "A brain weighs about 1200 g, and the record was 1370 g.";
        let c = context(text, "about 1200 g", "quantity", "1200", "grams");
        assert_eq!(c.year, None);
        let text = "In 1999 the record was 1370 g.";
        let c = context(text, "1370 g", "quantity", "1370", "grams");
        assert_eq!(c.year, Some(1999));
    }

    #[test]
    fn a_percent_is_about_the_noun_beside_it() {
        let text = "In 1970 he won after a 36 percent vote for the coalition.";
        let c = context(text, "36 percent", "percent", "36", "percent");
        assert_eq!(c.subject.as_deref(), Some("vote"));
        let text = "He wins 36 percent of the vote.";
        assert_eq!(
            context(text, "36 percent", "percent", "36", "percent").subject,
            Some("vote".into())
        );
        let text = "Local elections brought an increase by 14 percent.";
        assert_eq!(
            context(text, "14 percent", "percent", "14", "percent").subject,
            Some("increase".into())
        );
    }

    #[test]
    fn a_duration_is_about_what_lasted() {
        let a = context(
            "Pinochet would rule over Chile for the next 17 years, during which",
            "17 years",
            "duration",
            "17",
            "years",
        );
        let b = context(
            "His reign lasted 17 years and ushered in harsh policies.",
            "17 years",
            "duration",
            "17",
            "years",
        );
        assert_eq!(a.subject, b.subject);
        assert_eq!(a.subject.as_deref(), Some("rule"));
        // "days of rain", whatever the words between say of it.
        let rain = |text: &str, quote: &str, value: &str| {
            context(text, quote, "duration", value, "days").subject
        };
        assert_eq!(
            rain(
                "The river burst its banks in the city after four days of torrential rain, reaching a record.",
                "four days",
                "4"
            )
            .as_deref(),
            Some("rain")
        );
        assert_eq!(
            rain(
                "After nine days of persistent rain across the upper catchment, the river rose.",
                "nine days",
                "9"
            )
            .as_deref(),
            Some("rain")
        );
    }

    #[test]
    fn a_date_is_attached_to_its_event() {
        let c = context(
            "On 11 September 1973, General Augusto Pinochet led a bloody coup.",
            "11 September 1973",
            "date",
            "1973-09-11",
            "",
        );
        assert_eq!(c.event.map(|e| e.name), Some("coup"));
        assert!(!c.attempt);
        let c = context(
            "Despite an attempted military coup in July of 1973, they believed.",
            "July of 1973",
            "date",
            "1973-07",
            "",
        );
        assert_eq!(c.event.map(|e| e.name), Some("coup"));
        assert!(c.attempt);
    }

    #[test]
    fn a_heading_dates_the_paragraph_under_it() {
        let text = "Intro.\n\n1973 June\n\nAttempted coup by the right. It fails.\n";
        let c = context(text, "1973 June", "date", "1973-06", "");
        assert_eq!(c.event.map(|e| e.name), Some("coup"));
        assert!(c.attempt);
        let text = "1972 October\n\nThere were 40 strikes in the city.";
        assert_eq!(
            context(text, "40 strikes", "count", "40", "strikes").year,
            Some(1972)
        );
    }

    #[test]
    fn a_heading_over_a_paragraph_with_its_own_date_dates_nothing() {
        let text = "Before.\n\n11 September 1973\n\nDespite the suppression of the rebellion on 29 June, the situation remained tense.\n";
        let c = context(text, "11 September 1973", "date", "1973-09-11", "");
        assert_eq!(c.event, None);
    }

    #[test]
    fn events_that_happen_once_name_whom_they_concern() {
        let text =
            "Salvador Allende was born on June 26, 1908 in Valparaiso in the family of a lawyer.";
        let c = context(text, "June 26, 1908", "date", "1908-06-26", "");
        assert_eq!(c.event.map(|e| e.name), Some("born"));
        assert_eq!(c.name, ["salvador", "allende"]);
        let text = "In 1933 he became one of the founders of the Socialist Party of Chile.";
        let c = context(text, "1933", "year", "1933", "");
        assert_eq!(c.name, ["socialist"]);
    }

    #[test]
    fn a_life_span_is_a_birth_and_a_death() {
        let text = "Ada Byrne (8 May 1815 – 27 November 1852) was a painter.";
        let c = context(text, "8 May 1815", "date", "1815-05-08", "");
        assert_eq!(c.event.map(|e| e.name), Some("born"));
        assert_eq!(c.name, ["ada", "byrne"]);
        let c = context(text, "27 November 1852", "date", "1852-11-27", "");
        assert_eq!(c.event.map(|e| e.name), Some("died"));
        assert_eq!(c.name, ["ada", "byrne"]);
        let otto = "Otto Welf, also Otto the Fair, (Otto of Brunswick; 1175–1218) ruled.";
        let born = context(otto, "1175", "year", "1175", "");
        assert_eq!(born.event.map(|e| e.name), Some("born"));
        // After an aside set off by commas, the name is the one the sentence opens with.
        assert_eq!(born.name, ["otto", "welf"]);
        let died = context(otto, "1218", "year", "1218", "");
        assert_eq!(died.event.map(|e| e.name), Some("died"));
        let died = context(
            "Ada Byrne died on 28 November 1852.",
            "28 November 1852",
            "date",
            "1852-11-28",
            "",
        );
        assert_eq!(died.event, c.event);
        assert_eq!(died.name, c.name);
        // A range that is no life span keeps its event from the words.
        let text = "The pier (1901–1905) was rebuilt in 1950.";
        let c = context(text, "1950", "year", "1950", "");
        assert_eq!(c.event.map(|e| e.name), Some("rebuilt"));
    }

    #[test]
    fn respectively_pairs_names_with_years_in_order() {
        let text = "The Communist and Socialist parties were founded in 1922 and 1932, respectively, leaving behind old ideas.";
        let c = context(text, "1932", "year", "1932", "");
        assert_eq!(c.name, ["socialist"]);
        let c = context(text, "1922", "year", "1922", "");
        assert_eq!(c.name, ["communist"]);
    }

    #[test]
    fn a_bare_year_takes_the_one_event_of_its_sentence() {
        let text = "His 1970 victory was his fourth time running for president, and he won narrowly in a three-way election against two parties.";
        let c = context(text, "1970", "year", "1970", "");
        assert_eq!(c.event.map(|e| e.name), Some("election"));
        let text = "His 1970 victory was his fourth run, and in 1964 he lost a three-way election against two parties.";
        assert_eq!(context(text, "1970", "year", "1970", "").event, None);
    }

    #[test]
    fn a_date_whose_year_is_not_written_near_it_is_not_aligned() {
        let text =
            "1973 June\n\nA long paragraph.\n\nIn April the party won the local elections.\n";
        assert_eq!(
            context(text, "April", "date", "1973-04", "")
                .event
                .map(|e| e.name),
            Some("election")
        );
        let text = "An opening paragraph, written in 1970 and long enough not to be a heading.\n\nA long paragraph about other things entirely.\n\nIn April the party won the local elections.\n";
        assert_eq!(context(text, "April", "date", "1970-04", "").event, None);
    }

    #[test]
    fn a_bare_year_with_no_event_is_about_nothing_yet() {
        let c = context(
            "By 1971 the right was back on the offensive.",
            "1971",
            "year",
            "1971",
            "",
        );
        assert_eq!(c.event, None);
    }

    #[test]
    fn adverbs_and_numbers_in_words_are_not_what_a_figure_counts() {
        let c = context(
            "Estimates vary, but roughly 600,000 people are usually counted.",
            "roughly 600,000 people",
            "count",
            "600000",
            "people",
        );
        assert_ne!(c.subject.as_deref(), Some("usually"));
        let c = context(
            "By the end of the summer, fifty-four people had died of radiation sickness.",
            "fifty-four people",
            "count",
            "54",
            "people",
        );
        assert_ne!(c.subject.as_deref(), Some("fifty-four"));
        let c = context(
            "The opening offer was a measly 2.5 percent, which nobody accepted.",
            "2.5 percent",
            "percent",
            "2.5",
            "percent",
        );
        assert_ne!(c.subject.as_deref(), Some("measly"));
    }

    #[test]
    fn a_first_figure_and_a_revised_one_are_two_questions() {
        let stage = |text: &str, quote: &str, value: &str| {
            context(text, quote, "percent", value, "percent").period
        };
        let first = stage(
            "The union had demanded a rise, while the operator initially offered 3.5%.",
            "3.5%",
            "3.5",
        );
        let opening = stage("The opening offer was 2.5 percent.", "2.5 percent", "2.5");
        let later = stage(
            "Last Friday it improved its offer to 4.8%, which the union rejected.",
            "4.8%",
            "4.8",
        );
        assert_eq!(first.as_deref(), Some("initial"));
        assert_eq!(opening, first);
        assert_eq!(later.as_deref(), Some("revised"));
    }
}
