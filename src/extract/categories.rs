//! Qualitative claims from the codebook: a sentence that asserts a category of a topic ("rather
//! than surrender, killed himself") becomes a claim of kind `category`.
//!
//! A cue phrase counts when it appears in a sentence that also holds one of the topic's context
//! words (both matched case-insensitively, as whole words). The rule is conservative about
//! speech that reports or supposes rather than asserts; a cue is not taken when its sentence:
//! - reports one version among others ("according to", "version", "theory", "rumour",
//!   "alleged", "claimed", "reportedly"),
//! - supposes or proposes ("if", "would", "could", "might", "suggested", "urged", "called on",
//!   "demanded", "threatened", "should"),
//! - negates the cue ("not", "never", "no" within the three words before it).
//!
//! The same rule holds for every codebook: nothing in it names a corpus. To stay fast, no cue
//! phrase is searched for: the tokenizer notes where the longest word of each phrase (its
//! anchor) is, and only the phrases of that anchor are compared with the text around it.

use aho_corasick::AhoCorasick;

use super::Found;
use super::scan::{Para, Sighting, Watch, tokenize};
use crate::claims::{Approx, Kind};
use crate::codebook::Codebook;

/// The category topics of a codebook, lower-cased once.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    topics: Vec<TopicCues>,
    /// For each anchor of [`Cues::watch`], the phrases it anchors: (topic, phrase index, byte
    /// offset of the anchor in the phrase).
    anchored: Vec<Vec<(usize, usize, usize)>>,
    /// Some phrase or context word has a letter beyond ASCII, which is only compared in
    /// lower-cased text.
    cased_beyond_ascii: bool,
    /// The words of [`NOT_ASSERTED`], found in one pass, in any case.
    not_asserted: Option<AhoCorasick>,
    /// Every topic's context words, found in one pass, in any case; a topic's
    /// `context_ids` index them.
    context_finder: Option<AhoCorasick>,
    /// The longest word of every cue phrase, its anchor.
    watch: Watch,
}

#[derive(Debug, Clone)]
struct TopicCues {
    key: String,
    unit: String,
    context: Vec<String>,
    /// The patterns of `Cues::context_finder` that are this topic's context words.
    context_ids: Vec<usize>,
    /// (label, phrase) pairs.
    phrases: Vec<(String, String)>,
}

/// Words that mark a sentence as reporting, supposing or proposing rather than asserting.
const NOT_ASSERTED: &[&str] = &[
    "according to",
    "version",
    "versions",
    "theory",
    "rumour",
    "rumor",
    "rumours",
    "rumors",
    "alleged",
    "allegedly",
    "claimed",
    "claims",
    "reportedly",
    "if",
    "would",
    "could",
    "might",
    "suggested",
    "suggest",
    "suggests",
    "urged",
    "called on",
    "demanded",
    "threatened",
    "should",
];

const NEGATIONS: &[&str] = &["not", "never", "no", "nor", "neither"];

impl Cues {
    pub fn new(codebook: &Codebook) -> Cues {
        let topics = codebook
            .topics
            .iter()
            .filter(|t| t.kind == Kind::Category)
            .map(|t| TopicCues {
                key: t.key.clone(),
                unit: t.unit.clone(),
                context: t
                    .context
                    .iter()
                    .map(|c| c.trim().to_lowercase())
                    .filter(|c| !c.is_empty())
                    .collect(),
                context_ids: Vec::new(),
                phrases: t
                    .categories
                    .iter()
                    .flat_map(|(label, phrases)| {
                        phrases
                            .iter()
                            .map(|ph| (label.clone(), ph.trim().to_lowercase()))
                            .filter(|(_, ph)| !ph.is_empty())
                            .collect::<Vec<_>>()
                    })
                    .collect(),
            })
            .collect::<Vec<TopicCues>>();
        // A phrase's anchor is its longest word as the tokenizer cuts words, so that the
        // tokenizer sees it wherever the phrase is written.
        let mut tokens = Vec::new();
        let mut anchors: Vec<(usize, usize, &str, usize)> = Vec::new();
        for (t, topic) in topics.iter().enumerate() {
            for (p, (_, phrase)) in topic.phrases.iter().enumerate() {
                tokenize(phrase, &mut tokens);
                let longest = tokens
                    .iter()
                    .filter(|token| token.class == super::scan::Class::Word)
                    .max_by_key(|token| (token.end - token.start, std::cmp::Reverse(token.start)));
                // A phrase with no word cannot be anchored; the codebook refuses one.
                if let Some(token) = longest {
                    anchors.push((t, p, &phrase[token.start..token.end], token.start));
                }
            }
        }
        let watch = Watch::new(anchors.iter().map(|&(_, _, word, _)| word));
        let mut anchored = vec![Vec::new(); watch.len()];
        for &(t, p, word, offset) in &anchors {
            if let Some(anchor) = watch.anchor(word) {
                anchored[anchor].push((t, p, offset));
            }
        }
        let beyond_ascii = |text: &str| text.chars().any(|c| !c.is_ascii() && c.is_lowercase());
        let cased_beyond_ascii = topics.iter().any(|t| {
            t.phrases.iter().any(|(_, phrase)| beyond_ascii(phrase))
                || t.context.iter().any(|c| beyond_ascii(c))
        });
        let in_any_case = |words: &[&str]| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(words)
                .ok()
        };
        // Without a cue phrase nothing is scanned: build no automaton (a caller may make an
        // extractor per text).
        let not_asserted = (!anchors.is_empty())
            .then(|| in_any_case(NOT_ASSERTED))
            .flatten();
        let mut context_words: Vec<&str> = topics
            .iter()
            .flat_map(|t| t.context.iter().map(String::as_str))
            .collect();
        context_words.sort_unstable();
        context_words.dedup();
        let context_finder = (!anchors.is_empty())
            .then(|| in_any_case(&context_words))
            .flatten();
        let ids: Vec<Vec<usize>> = topics
            .iter()
            .map(|t| {
                t.context
                    .iter()
                    .filter_map(|c| context_words.binary_search(&c.as_str()).ok())
                    .collect()
            })
            .collect();
        let mut topics = topics;
        for (topic, ids) in topics.iter_mut().zip(ids) {
            topic.context_ids = ids;
        }
        Cues {
            topics,
            anchored,
            cased_beyond_ascii,
            not_asserted,
            context_finder,
            watch,
        }
    }

    /// The anchors of the cue phrases, for the tokenizer to note ([`Cues::scan`]).
    pub fn watch(&self) -> &Watch {
        &self.watch
    }

    /// Find the category claims of one paragraph, whose anchors the tokenizer saw at `seen`.
    pub fn scan(&self, p: Para, seen: &[Sighting], found: &mut Vec<Found>) {
        if seen.is_empty() {
            return;
        }
        // (topic, offset, phrase index) of each cue phrase written around one of its anchors,
        // as whole words and in any case.
        let mut hits: Vec<(usize, usize, usize)> = Vec::new();
        for sighting in seen {
            let anchor_at = p.tokens[sighting.token].start;
            for &(t, phrase_index, offset) in &self.anchored[sighting.anchor] {
                let phrase = &self.topics[t].phrases[phrase_index].1;
                let Some(start) = anchor_at.checked_sub(offset) else {
                    continue;
                };
                let end = start + phrase.len();
                if p.text.get(start..end).is_some_and(|written| {
                    written.eq_ignore_ascii_case(phrase)
                        || self.cased_beyond_ascii
                            && !written.is_ascii()
                            && written.to_lowercase() == *phrase
                }) && is_whole_word(p.text.as_bytes(), start, end)
                {
                    hits.push((t, start, phrase_index));
                }
            }
        }
        if hits.is_empty() {
            return;
        }
        // Topic by topic, in the order of the text, as a reader would list them.
        hits.sort_unstable();
        hits.dedup();
        // Each sentence with a cue, read once: whether it reports or supposes, and which context
        // words it holds. Both searches ignore ASCII case; a capital beyond ASCII is lowered.
        let mut read: Vec<(usize, bool, Vec<usize>)> = Vec::new();
        for (t, at, phrase_index) in hits {
            let topic = &self.topics[t];
            let (label, phrase) = &topic.phrases[phrase_index];
            let sentence = sentence_around(p.text, at);
            let known = read.iter().position(|(start, ..)| *start == sentence.start);
            let n = known.unwrap_or_else(|| {
                let written = &p.text[sentence.clone()];
                let folded = if self.cased_beyond_ascii {
                    lower_case(written)
                } else {
                    std::borrow::Cow::Borrowed(written)
                };
                let text = if folded.len() == written.len() {
                    &*folded
                } else {
                    written
                };
                // A sentence that reports or supposes asserts nothing: its context is not needed.
                let reported = whole_words(&self.not_asserted, text).next().is_some();
                let mut context: Vec<usize> = Vec::new();
                if !reported {
                    context.extend(whole_words(&self.context_finder, text));
                    context.sort_unstable();
                    context.dedup();
                }
                read.push((sentence.start, reported, context));
                read.len() - 1
            });
            let (_, reported, context) = &read[n];
            let asserted = !*reported
                && (topic.context.is_empty()
                    || topic.context_ids.iter().any(|id| context.contains(id)))
                && !negated(&p.text[sentence.start..at]);
            if !asserted {
                continue;
            }
            let mut claim = Found::new(
                Kind::Category,
                label.to_string(),
                Approx::Exact,
                at..at + phrase.len(),
            )
            .unit(topic.unit.clone())
            .note(format!("cue '{phrase}' of '{label}'"));
            claim.topic = topic.key.clone();
            found.push(claim);
        }
    }
}

/// The patterns of `finder` found in `text` as whole words, in any ASCII case.
fn whole_words<'a>(
    finder: &'a Option<AhoCorasick>,
    text: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    finder.iter().flat_map(move |finder| {
        finder
            .find_overlapping_iter(text)
            .filter(move |m| is_whole_word(text.as_bytes(), m.start(), m.end()))
            .map(|m| m.pattern().as_usize())
    })
}

/// The byte range of the sentence of a paragraph that holds offset `at`: a sentence ends at
/// a full stop, question or exclamation mark before a space.
fn sentence_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    let ends_at = |i: usize| {
        matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace())
    };
    let start = (0..at).rev().find(|&i| ends_at(i)).map_or(0, |i| i + 1);
    let end = (at..bytes.len())
        .find(|&i| ends_at(i))
        .map_or(bytes.len(), |i| i + 1);
    start..end
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Does `start..end` of `bytes` begin and end at word boundaries.
fn is_whole_word(bytes: &[u8], start: usize, end: usize) -> bool {
    let before = start == 0 || !is_word_byte(bytes[start - 1]);
    let after = end >= bytes.len() || !is_word_byte(bytes[end]);
    before && after
}

/// Is there a negation among the three words before a cue.
fn negated(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| {
            let ends = |suffix: &str| {
                w.len() >= suffix.len()
                    && w.is_char_boundary(w.len() - suffix.len())
                    && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
            };
            NEGATIONS.iter().any(|n| w.eq_ignore_ascii_case(n)) || ends("n't") || ends("n’t")
        })
}

/// `text` as the cue search needs it: every search ignores ASCII case, so only a capital beyond
/// ASCII ("É") must be lowered, through the full Unicode mapping; any other paragraph is
/// searched as it is, uncopied. A curly quote or a lower-case "é" costs a byte test.
fn lower_case(text: &str) -> std::borrow::Cow<'_, str> {
    let capital_beyond_ascii =
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b >= 0xC0)
            .any(|(i, _)| {
                text[i..].chars().next().is_some_and(|c| {
                    let mut lower = c.to_lowercase();
                    !(lower.next() == Some(c) && lower.next().is_none())
                })
            });
    if capital_beyond_ascii {
        std::borrow::Cow::Owned(text.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn the_cue_haystack_is_the_lower_case_but_for_ascii() {
        for text in [
            "Allende’s “Popular Unity”",
            "ÉLECTION du président",
            "plain ASCII Text",
            "ǅungla and İstanbul",
            "",
        ] {
            // Equal but for ASCII case, which every cue search ignores.
            assert!(
                lower_case(text).eq_ignore_ascii_case(&text.to_lowercase()),
                "{text}"
            );
        }
    }
    use crate::codebook::TopicSpec;
    use crate::extract::extract_text;

    fn codebook() -> Codebook {
        let mut categories = BTreeMap::new();
        categories.insert("fell".to_string(), vec!["collapsed".to_string()]);
        categories.insert(
            "blown_up".to_string(),
            vec!["was blown up".to_string(), "was demolished".to_string()],
        );
        categories.insert("disputed".to_string(), vec!["accounts differ".to_string()]);
        Codebook {
            topics: vec![TopicSpec {
                key: "bridge.end".into(),
                question: "How did the bridge end?".into(),
                kind: Kind::Category,
                unit: String::new(),
                tolerance: None,
                categories,
                context: vec!["bridge".into()],
                accepted: None,
            }],
            path: None,
        }
    }

    fn labels(text: &str) -> Vec<(String, String)> {
        labels_with(&codebook(), text)
    }

    fn labels_with(book: &Codebook, text: &str) -> Vec<(String, String)> {
        extract_text("t", text, book)
            .into_iter()
            .filter(|c| c.kind == Kind::Category)
            .map(|c| (c.value_text, c.quote))
            .collect()
    }

    #[test]
    fn a_cue_with_its_context_is_a_claim() {
        let claims = extract_text("t", "In the storm the old Bridge collapsed.", &codebook());
        let c = &claims[0];
        assert_eq!(
            (
                c.kind,
                c.topic.as_str(),
                c.value_text.as_str(),
                c.quote.as_str()
            ),
            (Kind::Category, "bridge.end", "fell", "collapsed")
        );
        assert_eq!(
            labels("On how the bridge ended, accounts differ."),
            [("disputed".to_string(), "accounts differ".to_string())]
        );
    }

    #[test]
    fn cues_are_found_in_any_case_and_where_they_overlap() {
        // "was blown up" and "blown up at dawn" share words: both are found, as whole words only.
        let mut book = codebook();
        let spec = &mut book.topics[0];
        spec.categories
            .insert("dawn".to_string(), vec!["blown up at dawn".to_string()]);
        let found: Vec<(String, String)> = extract_text(
            "t",
            "The Bridge WAS BLOWN UP at dawn. The bridge was blown upward, unharmed.",
            &book,
        )
        .into_iter()
        .filter(|c| c.kind == Kind::Category)
        .map(|c| (c.value_text, c.quote))
        .collect();
        assert_eq!(
            found,
            [
                ("blown_up".to_string(), "WAS BLOWN UP".to_string()),
                ("dawn".to_string(), "BLOWN UP at dawn".to_string()),
            ]
        );
    }

    #[test]
    fn cues_are_found_around_their_longest_word_beyond_ascii_and_across_signs() {
        let mut book = codebook();
        let spec = &mut book.topics[0];
        spec.categories.insert(
            "razed".to_string(),
            vec![
                "rasé par l'armée".to_string(),
                "U.S.-demolished".to_string(),
            ],
        );
        spec.context.push("pont".into());
        assert_eq!(
            labels_with(
                &book,
                "Le pont fut RASÉ PAR L'ARMÉE. The bridge was U.S.-demolished."
            ),
            [
                ("razed".to_string(), "RASÉ PAR L'ARMÉE".to_string()),
                ("razed".to_string(), "U.S.-demolished".to_string()),
            ]
        );
        // The anchor alone, or the phrase inside a longer word, is no cue.
        assert!(labels_with(&book, "The bridge was undemolished by the armée.").is_empty());
        assert!(labels_with(&book, "The bridge was rebuilt; the armée left.").is_empty());
    }

    #[test]
    fn no_context_no_claim() {
        assert!(labels("The tent collapsed.").is_empty());
    }

    #[test]
    fn reported_and_hypothetical_speech_is_not_asserted() {
        assert!(labels("According to one version, the bridge was blown up.").is_empty());
        assert!(labels("An editorial suggested the bridge was demolished.").is_empty());
        assert!(labels("If the bridge collapsed, the town would starve.").is_empty());
        assert!(labels("The bridge never collapsed.").is_empty());
    }
}
