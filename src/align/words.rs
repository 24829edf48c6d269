//! Words as alignment compares them: tokens with their place in the text, and one spelling per
//! word so that "nationalised", "nationalized" and "nationalises" meet.
//!
//! Normalisation is deliberately small and generic: lower case, possessives and plurals dropped,
//! British and American spellings folded, and a short list of everyday synonyms ("lorry" and
//! "truck"). The folded forms are only compared, never shown, so they need not be real words.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// A word of the text and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
}

impl Token<'_> {
    /// Starts with a capital letter (a name, or the first word of a sentence).
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Four digits between 1000 and 2199: a year, most likely ("1970s" is a decade, not one).
    pub fn year(&self) -> Option<i32> {
        let digits = self.text;
        if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            let year: i32 = digits.parse().ok()?;
            (1000..2200).contains(&year).then_some(year)
        } else {
            None
        }
    }
}

/// Split text into words (letters, digits, apostrophes and inner hyphens), keeping offsets
/// relative to `base`.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    for (i, c) in text.char_indices() {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                push_word(&mut out, text, s, i, base);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(&mut out, text, s, text.len(), base);
    }
    out
}

fn push_word<'a>(out: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize, base: usize) {
    let word = &text[start..end];
    let trimmed = word.trim_matches(|c| matches!(c, '\'' | '’' | '-'));
    if trimmed.is_empty() {
        return;
    }
    let offset = start + word.find(trimmed).unwrap_or(0);
    out.push(Token {
        text: trimmed,
        span: base + offset..base + offset + trimmed.len(),
    });
}

/// Words that carry no topic: articles, pronouns, prepositions, auxiliaries, hedges and number
/// words. They are skipped when looking for what a figure counts or what a date is about.
pub fn is_function_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a",
        "about",
        "above",
        "across",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "along",
        "also",
        "although",
        "among",
        "an",
        "and",
        "another",
        "any",
        "approximately",
        "are",
        "around",
        "as",
        "at",
        "be",
        "became",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "down",
        "during",
        "each",
        "early",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "few",
        "fewer",
        "for",
        "from",
        "further",
        "had",
        "half",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "however",
        "hundred",
        "hundreds",
        "i",
        "if",
        "in",
        "including",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "themselves",
        "himself",
        "herself",
        "just",
        "last",
        "late",
        "least",
        "less",
        "like",
        "many",
        "more",
        "most",
        "much",
        "my",
        "near",
        "nearly",
        "next",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "per",
        "percent",
        "cent",
        "rather",
        "roughly",
        "perhaps",
        "possibly",
        "probably",
        "maybe",
        "barely",
        "according",
        "same",
        "she",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thousand",
        "thousands",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "would",
        "you",
        "your",
        "million",
        "millions",
        "billion",
        "billions",
        "dozen",
        "dozens",
        "tens",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "total",
        "some",
        "several",
        "just",
        "still",
        "already",
        "whole",
        "entire",
        "respectively",
        "us",
        "me",
        "it’s",
        "it's",
        "said",
        "says",
        "say",
        "got",
        "get",
        "gets",
        "reached",
        "reach",
        "reaches",
        "lasted",
        "lasting",
        "last",
        "amounted",
        "totalled",
        "totaled",
        "numbering",
        "made",
        "make",
        "makes",
        "took",
        "take",
        "takes",
        "saw",
        "see",
        "sees",
        "there’s",
        "there's",
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "week",
        "weeks",
        "decade",
        "decades",
        "century",
        "centuries",
        "time",
        "times",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "mid",
        "date",
        "dollars",
        "dollar",
        "usd",
        "pounds",
        "euros",
        "people",
        "persons",
        "individuals",
        "end",
        "beginning",
        "start",
        "period",
    ];
    let lower = word.to_lowercase();
    WORDS.contains(&lower.as_str()) || lower.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// The folded form of a word: lower case, no possessive, singular, one spelling.
pub fn fold(word: &str) -> String {
    let lower = without_accents(&word.to_lowercase()).replace('’', "'");
    if lower == "people's" {
        // "People's Unity" and "Popular Unity" are one name in translation.
        return "popular".to_string();
    }
    let bare = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower);
    let single = singular(bare);
    let spelled = american(&single);
    synonym(&spelled).map_or(spelled, str::to_string)
}

/// A pronoun that opens a sentence about someone named before ("He died in Taiwan").
pub fn is_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their"
    )
}

/// "Corvalán" and "Corvalan", "Muḥammad" and "Muhammad" are one name: sources differ in the
/// accents they keep. Letters are decomposed and their combining marks dropped.
fn without_accents(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .into()
}

fn singular(word: &str) -> String {
    let n = word.len();
    if n <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for keep in ["ss", "us", "is", "ics", "news"] {
        if word.ends_with(keep) {
            return word.to_string();
        }
    }
    for suffix in ["ches", "shes", "xes", "sses"] {
        if word.ends_with(suffix) {
            return word[..n - 2].to_string();
        }
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// Fold British spellings onto American ones (both sides of a comparison are folded alike, so
/// an over-eager rule only has to be consistent).
/// How many runs of vowels a word has: a rough count of its syllables.
fn vowel_groups(word: &str) -> usize {
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let bytes = word.as_bytes();
    (0..bytes.len())
        .filter(|&i| vowel(bytes[i]) && (i == 0 || !vowel(bytes[i - 1])))
        .count()
}

fn american(word: &str) -> String {
    if word.len() < 5 || !word.is_ascii() {
        return word.to_string();
    }
    let mut w = word.to_string();
    for (from, to) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("iser", "izer"),
        ("ysed", "yzed"),
        ("yse", "yze"),
    ] {
        if let Some(stem) = word.strip_suffix(from) {
            return format!("{stem}{to}");
        }
    }
    if w.len() >= 6 && w.ends_with("ise") {
        w.replace_range(w.len() - 3.., "ize");
    } else if w.ends_with("our") && w.len() >= 6 {
        w.replace_range(w.len() - 3.., "or");
    } else if w.ends_with("ourer") || w.ends_with("oured") {
        w.replace_range(w.len() - 5..w.len() - 2, "or");
    } else if w.ends_with("tre") {
        w.replace_range(w.len() - 3.., "ter");
    } else if w.ends_with("lled") || w.ends_with("lling") {
        // British doubles the l of an unstressed last syllable ("travelled", "labelled"), never
        // of a one-syllable verb ("killed", "called", "spelled"): only the former is folded.
        let at = w.rfind("ll").unwrap_or(0);
        if vowel_groups(&w[..at]) >= 2
            && matches!(w.as_bytes().get(at.wrapping_sub(1)), Some(b'e' | b'a'))
        {
            w.remove(at);
        }
    }
    w
}

/// Everyday synonyms across British and American usage, and a few near-equivalents that
/// sources use interchangeably for the same thing.
fn synonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "lorry" => "truck",
        "dead" | "died" | "die" | "dies" | "dying" => "death",
        "lorrie" => "truck",
        "reign" | "regime" => "rule",
        "position" | "role" => "job",
        "spectator" | "attendance" => "crowd",
        // Nouns that sources use for the same people or things they count.
        "physician" => "doctor",
        "vessel" => "ship",
        "house" => "home",
        "employee" | "staffer" | "labourer" | "laborer" | "navvy" | "navvie" => "worker",
        "troop" => "soldier",
        "automobile" => "car",
        // "7 plants ... could be closed", "seven factories ... for closure".
        "plant" => "factory",
        "cannon" => "gun",
        "pupil" => "student",
        "fatality" | "killed" | "kill" | "killing" => "death",
        "wounded" | "injury" | "hurt" => "injured",
        // "17 counts of fraud" are charges.
        "count" => "charge",
        "ballot" => "vote",
        "wage" | "salary" => "pay",
        "petrol" => "gasoline",
        "jail" | "gaol" => "prison",
        "film" => "movie",
        "programme" => "program",
        "defence" => "defense",
        "offence" => "offense",
        "licence" => "license",
        "cheque" => "check",
        "tyre" => "tire",
        "grey" => "gray",
        "aluminium" => "aluminum",
        "kilometre" => "kilometer",
        "metre" => "meter",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_fold_away() {
        assert_eq!(fold("Corvalán"), "corvalan");
        assert_eq!(fold("Muḥammad"), "muhammad");
        assert_eq!(fold("León"), fold("Leon"));
    }

    #[test]
    fn tokens_keep_their_offsets() {
        let text = "In 1970, workers’ strikes rose.";
        let toks = tokens(text, 100);
        let words: Vec<_> = toks.iter().map(|t| t.text).collect();
        assert_eq!(words, ["In", "1970", "workers", "strikes", "rose"]);
        assert_eq!(toks[1].span, 103..107);
        assert_eq!(toks[1].year(), Some(1970));
        assert_eq!(toks[0].year(), None);
    }

    #[test]
    fn spellings_and_synonyms_fold_together() {
        assert_eq!(fold("nationalised"), fold("nationalized"));
        assert_eq!(fold("Nationalisation"), fold("nationalization"));
        assert_eq!(fold("lorry"), fold("trucks"));
        assert_eq!(fold("lorries"), fold("truck"));
        assert_eq!(fold("physicians"), fold("doctors"));
        assert_eq!(fold("counts"), fold("charges"));
        assert_eq!(fold("Labour"), fold("labor"));
        assert_eq!(fold("People's"), fold("Popular"));
        assert_eq!(fold("strikes"), "strike");
        assert_eq!(fold("votes"), "vote");
        assert_eq!(fold("analyses"), fold("analyzes"));
        assert_ne!(fold("strike"), fold("striker"));
        assert_eq!(fold("congress"), "congress");
        assert_eq!(fold("travelled"), fold("traveled"));
        assert_eq!(fold("killed"), fold("dead"));
        assert_eq!(fold("wounded"), fold("injured"));
        assert_eq!(fold("spelled"), "spelled");
        assert_eq!(fold("called"), "called");
    }

    #[test]
    fn function_words_carry_no_topic() {
        assert!(is_function_word("The"));
        assert!(is_function_word("1970"));
        assert!(!is_function_word("strikes"));
    }
}
