//! Alignment: which claims, across sources and within one, answer the same question
//! (DESIGN §3-4, issue 4).
//!
//! A person's `topic` cell and the codebook always win. Other claims are placed by what they are
//! about, read again from the source text at the claim's place ([`context`]): what a figure
//! counts and the year it refers to, the event a date is attached to. That reading becomes a
//! readable key ([`key`]) and claims with equal keys form a group ([`block`]), after spelling
//! variants are merged ([`fuzzy`], [`words`]). Claims the keys left on their own are then
//! linked across sources by the words around them ([`similar`]), and a claim still alone may
//! join a topic other sources already share ([`join`]). A false link makes a false conflict, which is
//! worse than a missed one, so a claim without enough context stays a topic of its own: nothing
//! is dropped.

mod block;
pub mod context;
pub mod fuzzy;
mod join;
pub mod key;
pub mod lexicon;
mod magnitude;
mod similar;
pub mod words;

use crate::claims::Claim;
use crate::codebook::Codebook;
use crate::sources::Corpus;

/// A set of claims that answer one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: String,
    pub label: String,
    /// The key came from a person (a `topic` cell or the codebook).
    pub declared: bool,
    /// Indexes into the claims slice given to [`align`].
    pub members: Vec<usize>,
}

impl Group {
    /// The sources its claims come from, sorted, each once.
    pub(crate) fn sources<'c>(&self, claims: &'c [Claim]) -> Vec<&'c str> {
        let mut sources: Vec<&str> = self
            .members
            .iter()
            .map(|&m| claims[m].source.as_str())
            .collect();
        sources.sort_unstable();
        sources.dedup();
        sources
    }
}

/// Group claims into topics, sorted by key. Every claim is in exactly one group.
pub fn align(claims: &[Claim], corpus: &Corpus, codebook: &Codebook) -> Vec<Group> {
    let rarity = similar::Rarity::of(corpus, claims);
    let groups = block::align(claims, corpus, codebook);
    let groups = magnitude::split_magnitudes(groups, claims);
    let groups = similar::link_loose(groups, claims, corpus, &rarity);
    let groups = join::join_shared(groups, claims, corpus, &rarity);
    set_apart_unanchored(groups, claims)
}

/// Give every [`Claim::is_unanchored`] claim ("now", "for years") a topic of its own, whatever
/// the words around it made of it: two sources' "now" are two different days, and "for years"
/// is no figure to compare. A person's topic still wins.
fn set_apart_unanchored(groups: Vec<Group>, claims: &[Claim]) -> Vec<Group> {
    let mut out = Vec::with_capacity(groups.len());
    for mut group in groups {
        if group.declared || group.members.len() < 2 {
            out.push(group);
            continue;
        }
        let (apart, kept): (Vec<usize>, Vec<usize>) = group
            .members
            .iter()
            .partition(|&&m| claims[m].is_unanchored());
        if apart.is_empty() {
            out.push(group);
            continue;
        }
        for m in apart {
            out.push(Group {
                key: key::alone(&claims[m]),
                label: key::label(&key::alone(&claims[m])),
                declared: false,
                members: vec![m],
            });
        }
        if !kept.is_empty() {
            group.members = kept;
            out.push(group);
        }
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// The sentence that holds `span`, trimmed: the context a reader needs around a quote.
pub fn sentence_around(text: &str, span: std::ops::Range<usize>) -> &str {
    text.get(sentence_range(text, span)).unwrap_or("").trim()
}

/// Abbreviations a number follows ("No. 3", "pp. 12-14"), whose period ends no sentence.
const NUMBER_ABBREVIATIONS: [&str; 9] = ["No", "no", "Nos", "Vol", "vol", "p", "pp", "Fig", "art"];

/// Byte range of the sentence that holds `span`. A full stop ends a sentence only when a space
/// or line end follows and it does not close an initial ("U.S.", "J. Smith"), sit inside a
/// number ("5.44"), come before a lower-case word ("4 a.m. on Monday") or after an abbreviation
/// that a number follows ("No. 3"); line ends always end one (headings, captions).
pub fn sentence_range(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| -> bool {
        match bytes[i] {
            b'\n' => true,
            b'!' | b'?' => true,
            b'.' => {
                let next_is_space = bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
                let initial = i >= 1
                    && bytes[i - 1].is_ascii_uppercase()
                    && (i < 2 || !bytes[i - 2].is_ascii_alphabetic());
                // "at 9:32 a.m. on July 16", "Reactor No. 3": a sentence opens with a
                // capital, and a number after a word that announces one continues it.
                let rest = text[i + 1..].trim_start_matches([' ', '\t']);
                let continues = rest.starts_with(|c: char| c.is_lowercase())
                    || rest.starts_with(|c: char| c.is_ascii_digit())
                        && NUMBER_ABBREVIATIONS.iter().any(|a| {
                            text[..i].ends_with(a)
                                && text[..i - a.len()]
                                    .chars()
                                    .next_back()
                                    .is_none_or(|c| !c.is_alphanumeric())
                        });
                next_is_space && !initial && !continues
            }
            _ => false,
        }
    };
    let sentence_start = (0..start)
        .rev()
        .find(|&i| ends_sentence(i))
        .map_or(0, |i| i + 1);
    let sentence_end = (end..text.len())
        .find(|&i| ends_sentence(i))
        .map_or(text.len(), |i| if bytes[i] == b'\n' { i } else { i + 1 });
    // Trim surrounding white space.
    let slice = &text[sentence_start..sentence_end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    sentence_start + lead..(sentence_end - trail).max(sentence_start + lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_do_not_break_inside_initials_or_numbers() {
        let text = "Intro line\nThe U.S. backed it. He won 5.44% of votes. Next one";
        let at = text.find("5.44").unwrap();
        assert_eq!(sentence_around(text, at..at + 4), "He won 5.44% of votes.");
        let at = text.find("backed").unwrap();
        assert_eq!(sentence_around(text, at..at + 6), "The U.S. backed it.");
        assert_eq!(sentence_around(text, 0..5), "Intro line");
    }

    #[test]
    fn an_abbreviation_before_a_number_or_a_lower_case_word_ends_no_sentence() {
        let text =
            "Reactor No. 3 closed on 15 December 2000. It began at 4 a.m. on Monday. Then 12 more.";
        let at = text.find("15 December").unwrap();
        assert_eq!(
            &text[sentence_range(text, at..at + 16)],
            "Reactor No. 3 closed on 15 December 2000."
        );
        let at = text.find("Monday").unwrap();
        assert_eq!(
            &text[sentence_range(text, at..at + 6)],
            "It began at 4 a.m. on Monday."
        );
        let at = text.find("12").unwrap();
        assert_eq!(&text[sentence_range(text, at..at + 2)], "Then 12 more.");
    }
}
