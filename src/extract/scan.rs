//! The tokenizer: one pass over a paragraph, cutting it into words, numbers and punctuation.
//!
//! Every parser in `extract` works on these tokens rather than on the raw text, so the text is
//! read once. Each word is looked up once in a small lexicon ([`Lex`]) of the words that matter
//! to figures (number words, months, hedges, units), a hash table keyed by the word's lower-case
//! bytes packed into an integer as the word is scanned; everything else is `Lex::Other`. Offsets
//! are bytes into the paragraph.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// What sort of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Letters, with inner apostrophes and digits ("Allende’s", "B52").
    Word,
    /// Digits with thousands separators and one decimal point ("5,295", "3.88").
    Number,
    /// Any other single character ("%", "$", "-", "’").
    Punct(char),
}

/// Function words that the parsers recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    A,
    /// "Christmas": a day of the year by name.
    Christmas,
    About,
    Above,
    After,
    Ago,
    Almost,
    And,
    Approximately,
    Around,
    As,
    At,
    Before,
    Below,
    Beginning,
    Between,
    By,
    Cent,
    Circa,
    Close,
    During,
    Early,
    End,
    Estimated,
    Excess,
    Fewer,
    For,
    From,
    In,
    Late,
    Later,
    Least,
    Less,
    Many,
    Middle,
    Mid,
    More,
    Most,
    Much,
    Nearly,
    Next,
    No,
    Not,
    Of,
    On,
    Only,
    Or,
    Over,
    Percent,
    Percentage,
    Points,
    Per,
    Roughly,
    /// "perhaps", "possibly", "probably", "maybe", "barely": a guess or a near miss at a figure.
    Perhaps,
    Since,
    Some,
    Start,
    Than,
    The,
    Through,
    Till,
    To,
    Under,
    Until,
    Up,
    Upwards,
    Vast,
    Well,
    Within,
    Just,
    Absolute,
    Overwhelming,
    Old,
    Way,
    Times,
    Time,
    Several,
    Few,
    Majority,
    Dozen,
    Dozens,
    Tens,
    Half,
    Quarter,
    Quarters,
    Thirds,
    Century,
    Centuries,
    Decade,
    Decades,
    Hour,
    Once,
    Twice,
    Scores,
    /// "http", "https", "www": a web address starts.
    Web,
}

/// What a word means to the parsers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lex {
    Other,
    /// "one" .. "ninety".
    Card(u32),
    /// "first" .. "twentieth".
    Ord(u32),
    /// "hundred" (2), "thousand" (3), "million" (6), "billion" (9), "trillion" (12).
    Scale(i32),
    /// The plural of a scale word, a vague magnitude: "hundreds", "thousands", "millions".
    Scales(i32),
    /// January = 1 .. December = 12; `abbr` for "Sept", "Oct".
    Month {
        month: u8,
        abbr: bool,
    },
    /// spring = 0, summer = 1, autumn = 2, winter = 3.
    Season(u8),
    /// A unit of time for durations, in its plural spelling.
    Dur(u8),
    /// A currency named in words, with its code.
    Currency(u8),
    /// A unit of measure, in its plural spelling.
    Measure(u8),
    /// Monday = 0 .. Sunday = 6.
    Weekday(u8),
    /// A word that places a date relative to the day of writing.
    Rel(Rel),
    W(W),
}

/// Words that place a date relative to the day of writing ("last year", "this week", "today").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    This,
    Last,
    Past,
    Coming,
    Following,
    Previous,
    Recent,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Fiscal,
    Earlier,
}

/// One token of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub class: Class,
    pub lex: Lex,
}

/// Is `c` a dash of any kind used between two figures.
pub fn is_dash(class: Class) -> bool {
    matches!(
        class,
        Class::Punct('-') | Class::Punct('–') | Class::Punct('—') | Class::Punct('‐')
    )
}

/// Is `class` an apostrophe, straight or curly.
/// The signs written before an amount of money: "$5", "£5", "€5", "¥5", "₹5".
pub fn is_currency_sign(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹')
}

pub fn is_apostrophe(class: Class) -> bool {
    matches!(
        class,
        Class::Punct('\'') | Class::Punct('’') | Class::Punct('‘')
    )
}

/// A tokenized paragraph and the helpers every parser uses to look at it.
#[derive(Clone, Copy)]
pub struct Para<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
}

impl<'a> Para<'a> {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.tokens.get(i).map_or(Lex::Other, |t| t.lex)
    }

    pub fn class(&self, i: usize) -> Option<Class> {
        self.tokens.get(i).map(|t| t.class)
    }

    pub fn is_w(&self, i: usize, w: W) -> bool {
        self.lex(i) == Lex::W(w)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.class(i) == Some(Class::Punct(c))
    }

    pub fn is_dash(&self, i: usize) -> bool {
        self.class(i).is_some_and(is_dash)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.class(i) == Some(Class::Number)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.class(i) == Some(Class::Word)
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    /// Case-insensitive comparison of token `i` with an ASCII word.
    pub fn word_is(&self, i: usize, word: &str) -> bool {
        self.is_word(i) && self.str(i).eq_ignore_ascii_case(word)
    }

    /// Does token `i` start with a capital letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Does token `i` start with a lower-case letter.
    pub fn lowercase(&self, i: usize) -> bool {
        self.str(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Does token `i` follow token `i - 1` with no space between.
    pub fn touching(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && self.tokens[i - 1].end == self.tokens[i].start
    }

    /// Byte range from the start of token `first` to the end of token `last` (inclusive).
    pub fn span(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        self.tokens[first].start..self.tokens[last].end
    }

    /// Is token `i` the first of its sentence.
    pub fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        match self.class(i - 1) {
            // The colon of a clock time ("15:00") does not end a sentence.
            Some(Class::Punct(':')) => {
                !(i >= 2
                    && self.class(i - 2) == Some(Class::Number)
                    && self.class(i) == Some(Class::Number))
            }
            Some(Class::Punct('.' | '!' | '?' | ';' | '“' | '"' | '(' | '•')) => true,
            _ => false,
        }
    }

    /// A plain integer written in digits without separators, with its digit count.
    pub fn plain_int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        if t.class != Class::Number {
            return None;
        }
        let s = &self.text.as_bytes()[t.start..t.end];
        if s.len() > 9 {
            return None;
        }
        let mut value = 0u32;
        for &b in s {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value * 10 + u32::from(b - b'0');
        }
        Some((value, s.len()))
    }
}

/// Words to watch for while tokenizing: the anchors of the codebook's cue phrases. The
/// tokenizer notes where each one is ([`Sighting`]), so that the cue phrases are only compared
/// with the text around their anchors, not searched for in every byte.
#[derive(Debug, Clone, Default)]
pub struct Watch {
    /// One bit per key hash, in [`WATCH_BITS`] bits: most words are rejected without a lookup.
    mask: Vec<u64>,
    /// The anchors that pack ([`pack`]), sorted; anchor `n` is `keys[n]`.
    keys: Vec<u128>,
    /// The anchors that do not pack (long, or beyond ASCII), lower-cased and sorted; anchor
    /// `keys.len() + n` is `loose[n]`. Only a word that does not pack can be one of them.
    loose: Vec<String>,
}

/// A watched word in a paragraph: the index of its token and which anchor it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sighting {
    pub token: usize,
    pub anchor: usize,
}

/// Bits in a [`Watch`]'s mask: a codebook has some hundred anchors, so few words of a text share
/// a bit with one.
const WATCH_BITS: usize = 4096;

impl Watch {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Watch {
        let mut watch = Watch::default();
        for word in words {
            match pack(word.as_bytes()) {
                Some(key) => watch.keys.push(key),
                None => watch.loose.push(word.to_lowercase()),
            }
        }
        watch.keys.sort_unstable();
        watch.keys.dedup();
        watch.loose.sort_unstable();
        watch.loose.dedup();
        if !watch.keys.is_empty() {
            watch.mask = vec![0; WATCH_BITS / 64];
        }
        for &key in &watch.keys {
            let bit = Watch::bit(key);
            watch.mask[bit / 64] |= 1 << (bit % 64);
        }
        watch
    }

    /// The anchor a word is, if it is one.
    pub fn anchor(&self, word: &str) -> Option<usize> {
        match pack(word.as_bytes()) {
            Some(key) => self.keys.binary_search(&key).ok(),
            None => self.loose_anchor(word),
        }
    }

    /// How many anchors there are.
    pub fn len(&self) -> usize {
        self.keys.len() + self.loose.len()
    }

    fn bit(key: u128) -> usize {
        (((key as u64) ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    fn packed_anchor(&self, key: u128) -> Option<usize> {
        let bit = Watch::bit(key);
        let word = self.mask.get(bit / 64)?;
        if word & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.keys.binary_search(&key).ok()
    }

    fn loose_anchor(&self, word: &str) -> Option<usize> {
        if self.loose.is_empty() {
            return None;
        }
        let lower = word.to_lowercase();
        let n = self.loose.binary_search(&lower).ok()?;
        Some(self.keys.len() + n)
    }
}

/// Cut `text` into tokens, reusing `out`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    tokenize_watching(text, out, &Watch::default(), &mut Vec::new());
}

/// [`tokenize`], noting in `seen` where the words of `watch` are.
pub fn tokenize_watching(
    text: &str,
    out: &mut Vec<Token>,
    watch: &Watch,
    seen: &mut Vec<Sighting>,
) {
    out.clear();
    seen.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
        } else if b.is_ascii_digit() || leading_point(bytes, i) {
            let end = number_end(bytes, i);
            out.push(Token {
                start: i,
                end,
                class: Class::Number,
                lex: Lex::Other,
            });
            i = end;
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(text, i)) {
            let (end, key) = word_end(text, i);
            let anchor = match key {
                Some(key) => watch.packed_anchor(key),
                None => watch.loose_anchor(&text[i..end]),
            };
            if let Some(anchor) = anchor {
                seen.push(Sighting {
                    token: out.len(),
                    anchor,
                });
            }
            let lex = key.map_or(Lex::Other, |key| lexicon().get(key));
            out.push(Token {
                start: i,
                end,
                class: Class::Word,
                lex,
            });
            i = end;
        } else if b < 0x80 {
            out.push(Token {
                start: i,
                end: i + 1,
                class: Class::Punct(b as char),
                lex: Lex::Other,
            });
            i += 1;
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            let end = i + c.len_utf8();
            if !c.is_whitespace() {
                out.push(Token {
                    start: i,
                    end,
                    class: Class::Punct(c),
                    lex: Lex::Other,
                });
            }
            i = end;
        }
    }
}

fn starts_letter(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphabetic)
}

/// A decimal written without its leading zero (".500 record", ".001 per cent"): a point
/// that stands apart from the word before it and touches a digit. "ID.3" (a name) and the full
/// stop of "in 1970.5" keep their points.
fn leading_point(bytes: &[u8], i: usize) -> bool {
    bytes[i] == b'.'
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'$'))
}

/// End of a number: digits, groups of three after a comma, one decimal part.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut end = start + digits(start);
    let leading = end - start;
    // Thousands groups: ",ddd" not followed by another digit; only after 1-3 leading digits.
    // The SI style groups with a no-break or thin space instead ("10 000", "12 500"), never
    // with a plain space, which may part two numbers; one style per number.
    if leading <= 3 {
        if bytes.get(end) == Some(&b',') {
            while bytes.get(end) == Some(&b',') && digits(end + 1) == 3 {
                end += 4;
            }
        } else {
            while let Some(width) = group_space(bytes, end)
                && digits(end + width) == 3
            {
                end += width + 3;
            }
        }
    }
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1 + digits(end + 1);
    }
    end
}

/// The byte length of a no-break space (U+00A0), narrow no-break space (U+202F) or thin space
/// (U+2009) at `i`: the spaces that group thousands.
fn group_space(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..i + 3)? {
        [0xC2, 0xA0, _] => Some(2),
        [0xE2, 0x80, 0xAF | 0x89] => Some(3),
        _ => None,
    }
}

/// End of a word: letters and digits, with apostrophes only between letters. Also packs the
/// word for the lexicon as it goes ([`pack`]), when it is short and ASCII.
fn word_end(text: &str, start: usize) -> (usize, Option<u128>) {
    let bytes = text.as_bytes();
    let letter_at = |i: usize| {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphabetic)
    };
    let mut key = [0u8; 16];
    // Bytes packed so far: a curly apostrophe packs as one straight one.
    let mut packed = 0;
    let mut i = start;
    // Most of a word is ASCII letters: they pack without the checks below.
    while let Some(&b) = bytes.get(i)
        && b.is_ascii_alphabetic()
    {
        if let Some(slot) = key.get_mut(packed) {
            *slot = b | 0x20;
        }
        packed += 1;
        i += 1;
    }
    let mut packable = packed <= 16;
    while let Some(&b) = bytes.get(i) {
        // A currency code written onto its amount ends before it: "USD10m", "RM23.50".
        if b.is_ascii_digit() && CURRENCY_CODES.contains(&&bytes[start..i]) {
            break;
        }
        if b.is_ascii_digit() && &bytes[start..i] == b"PS" && transliterated_pound(bytes, i) {
            break;
        }
        // "$A82,615,680", "$NZ50": a country's letters after the dollar sign.
        if b.is_ascii_digit()
            && start > 0
            && bytes[start - 1] == b'$'
            && DOLLAR_COUNTRIES.iter().any(|(c, _)| *c == &bytes[start..i])
        {
            break;
        }
        if b.is_ascii_alphanumeric() || b == b'\'' && letter_at(i + 1) {
            match key.get_mut(packed) {
                Some(slot) => *slot = b.to_ascii_lowercase(),
                None => packable = false,
            }
            packed += 1;
            i += 1;
        } else if b >= 0x80 {
            let c = text[i..].chars().next().expect("char boundary");
            // "Friday’s" looks up as "friday's": the lexicon spells possessives straight.
            if c == '’' && letter_at(i + c.len_utf8()) {
                match key.get_mut(packed) {
                    Some(slot) => *slot = b'\'',
                    None => packable = false,
                }
                packed += 1;
                i += c.len_utf8();
            } else if c.is_alphanumeric() {
                packable = false;
                i += c.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (i, packable.then(|| u128::from_le_bytes(key)))
}

/// "PS6m", "PS8.1bn", "PS21,700": the "PS" that ASCII transliteration (unidecode and its
/// kin) writes for "£", before an amount that is plainly money: one with a separator, a
/// decimal or a scale written onto it ("PS5" stays a games console). `i` is the first digit.
fn transliterated_pound(bytes: &[u8], i: usize) -> bool {
    let mut k = i;
    while bytes.get(k).is_some_and(u8::is_ascii_digit) {
        k += 1;
    }
    match bytes.get(k) {
        Some(b',' | b'.') => bytes.get(k + 1).is_some_and(u8::is_ascii_digit),
        Some(b'm' | b'k') => !bytes.get(k + 1).is_some_and(u8::is_ascii_alphanumeric),
        Some(b'b') => {
            bytes.get(k + 1) == Some(&b'n')
                && !bytes.get(k + 2).is_some_and(u8::is_ascii_alphanumeric)
        }
        _ => false,
    }
}

/// The letters that name a country's dollar, before or after the sign ("A$5", "$A5", "NZ$",
/// "HK$", "S$", "C$"), with the currency's code.
pub const DOLLAR_COUNTRIES: &[(&[u8], &str)] = &[
    (b"US", "USD"),
    (b"A", "AUD"),
    (b"AU", "AUD"),
    (b"NZ", "NZD"),
    (b"HK", "HKD"),
    (b"S", "SGD"),
    (b"C", "CAD"),
    (b"CA", "CAD"),
];

/// Currency codes that may be written onto an amount with no space ("USD10m", "RM23.50").
pub const CURRENCY_CODES: &[&[u8]] = &[
    b"USD", b"EUR", b"GBP", b"AUD", b"CAD", b"NZD", b"SGD", b"HKD", b"INR", b"JPY", b"CNY", b"CHF",
    b"RM", b"MYR", b"US",
];

/// The lexicon, keyed by the lower-case bytes of a word packed into a `u128`.
type Table = HashMap<u128, Lex, BuildHasherDefault<WordHasher>>;

/// The lexicon, with a direct-mapped slot per hash of its keys in front of the table: this runs
/// for every word, and most words are either in no lexicon (an empty slot, or another key's)
/// or the one word of their slot (a function word), so the table is probed only when two
/// lexicon words share a slot.
struct Lexicon {
    table: Table,
    slots: Vec<Option<(u128, Lex)>>,
}

const SLOTS: usize = 4096;

impl Lexicon {
    fn slot(key: u128) -> usize {
        (((key as u64) ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    #[inline]
    fn get(&self, key: u128) -> Lex {
        match self.slots[Lexicon::slot(key)] {
            None => Lex::Other,
            Some((held, lex)) if held == key => lex,
            Some(_) => self.table.get(&key).copied().unwrap_or(Lex::Other),
        }
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut table = Table::default();
        let mut slots = vec![None; SLOTS];
        for (word, lex) in entries() {
            let key = pack(word.as_bytes()).expect("lexicon words are short and ASCII");
            let lex = *table.entry(key).or_insert(lex);
            let slot = &mut slots[Lexicon::slot(key)];
            if slot.is_none() {
                *slot = Some((key, lex));
            }
        }
        Lexicon { table, slots }
    })
}

/// The lower-case bytes of a short ASCII word, packed into one integer.
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word);
    bytes.make_ascii_lowercase();
    Some(u128::from_le_bytes(bytes))
}

/// A multiplicative hash: the keys are already well spread, one multiply mixes them enough.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u128(&mut self, v: u128) {
        let mixed = (v as u64) ^ ((v >> 64) as u64).rotate_left(29);
        self.0 = mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Look a word up, case-insensitively (ASCII only: no lexicon word has other letters).
pub fn lookup(word: &[u8]) -> Lex {
    match pack(word) {
        Some(key) => lexicon().get(key),
        None => Lex::Other,
    }
}

/// Units of time as written, with the plural that names them in a claim.
const DURATIONS: &[(&str, &str)] = &[
    ("year", "years"),
    ("years", "years"),
    ("month", "months"),
    ("months", "months"),
    ("week", "weeks"),
    ("weeks", "weeks"),
    ("day", "days"),
    ("days", "days"),
    ("hours", "hours"),
    ("minute", "minutes"),
    ("minutes", "minutes"),
    // Not "second", the ordinal.
    ("seconds", "seconds"),
    ("secs", "seconds"),
];

/// Currencies named in words, with their code.
const CURRENCIES: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("sterling", "GBP"),
    ("peso", "pesos"),
    ("pesos", "pesos"),
    ("escudo", "escudos"),
    ("escudos", "escudos"),
    ("yen", "JPY"),
    ("rubles", "rubles"),
    ("roubles", "rubles"),
    ("francs", "francs"),
    ("franc", "francs"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "rupees"),
    ("rupees", "rupees"),
    ("krona", "kronor"),
    ("kronor", "kronor"),
    ("krone", "kroner"),
    ("kroner", "kroner"),
    ("zloty", "zloty"),
    ("zlotys", "zloty"),
    ("rand", "rand"),
    ("lira", "lira"),
    ("lire", "lira"),
    ("shilling", "shillings"),
    ("shillings", "shillings"),
    ("guilder", "guilders"),
    ("guilders", "guilders"),
    ("thaler", "thalers"),
    ("thalers", "thalers"),
    ("ducats", "ducats"),
    ("florins", "florins"),
    ("reais", "reais"),
];

/// Units of measure as written, with the name a claim gives them.
const MEASURES: &[(&str, &str)] = &[
    ("ton", "tons"),
    ("tons", "tons"),
    ("tonne", "tonnes"),
    ("tonnes", "tonnes"),
    ("kilogram", "kilograms"),
    ("kilograms", "kilograms"),
    ("kg", "kg"),
    ("cm", "cm"),
    ("m", "metres"),
    ("mm", "mm"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("mph", "mph"),
    ("ppm", "ppm"),
    ("ppb", "ppb"),
    ("ms", "ms"),
    ("mg", "mg"),
    ("mmhg", "mmHg"),
    ("ml", "ml"),
    ("kw", "kW"),
    ("kwh", "kWh"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("hz", "Hz"),
    ("khz", "kHz"),
    ("mhz", "MHz"),
    ("ghz", "GHz"),
    ("nm", "nm"),
    ("kev", "keV"),
    ("mev", "MeV"),
    ("mbar", "mbar"),
    ("kpa", "kPa"),
    ("mpa", "MPa"),
    ("km", "km"),
    ("kilometre", "kilometres"),
    ("kilometres", "kilometres"),
    ("kilometer", "kilometres"),
    ("kilometers", "kilometres"),
    ("mile", "miles"),
    ("miles", "miles"),
    ("metre", "metres"),
    ("metres", "metres"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("meter", "metres"),
    ("meters", "metres"),
    ("feet", "feet"),
    ("foot", "feet"),
    ("hectare", "hectares"),
    ("hectares", "hectares"),
    ("ha", "hectares"),
    ("acre", "acres"),
    ("acres", "acres"),
    ("litre", "litres"),
    ("litres", "litres"),
    ("liters", "litres"),
    ("barrels", "barrels"),
    ("degrees", "degrees"),
    ("calories", "calories"),
    ("kilowatts", "kilowatts"),
    ("megawatts", "megawatts"),
    ("megawatt", "megawatts"),
    ("kilowatt", "kilowatts"),
    ("liter", "litres"),
    ("inch", "inches"),
    ("inches", "inches"),
    ("hp", "hp"),
    ("horsepower", "hp"),
    ("mpg", "mpg"),
    ("gallon", "gallons"),
    ("gallons", "gallons"),
    ("ounce", "ounces"),
    ("ounces", "ounces"),
    ("degree", "degrees"),
    ("gb", "GB"),
    ("tb", "TB"),
    // Imperial and metric abbreviations: "6 ft", "377 mi", "1370 g", "12 oz". Without them
    // they read as counted nouns ("fts", "mis", "gs"). "in" (inches) is read only after feet,
    // where it cannot be the preposition ("6 ft 8 in").
    ("ft", "feet"),
    ("mi", "miles"),
    ("yd", "yards"),
    ("yds", "yards"),
    ("oz", "ounces"),
    ("g", "grams"),
    ("gram", "grams"),
    ("grams", "grams"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("kph", "km/h"),
    ("kmh", "km/h"),
];

/// The unit a `Dur`, `Currency` or `Measure` word names ("years", "USD", "tons").
pub fn unit_name(lex: Lex) -> Option<&'static str> {
    let (table, i) = match lex {
        Lex::Dur(i) => (DURATIONS, i),
        Lex::Currency(i) => (CURRENCIES, i),
        Lex::Measure(i) => (MEASURES, i),
        _ => return None,
    };
    table.get(usize::from(i)).map(|(_, name)| *name)
}

fn entries() -> Vec<(&'static str, Lex)> {
    let mut t: Vec<(&'static str, Lex)> = Vec::with_capacity(256);
    let cards = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    for (n, w) in cards.iter().enumerate() {
        t.push((w, Lex::Card(n as u32 + 1)));
    }
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    for (n, w) in tens.iter().enumerate() {
        t.push((w, Lex::Card(20 + 10 * n as u32)));
    }
    let ords = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    for (n, w) in ords.iter().enumerate() {
        t.push((w, Lex::Ord(n as u32 + 1)));
    }
    for (w, e) in [
        ("hundred", 2),
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
        ("trillion", 12),
        ("mn", 6),
        ("bn", 9),
        ("tn", 12),
    ] {
        t.push((w, Lex::Scale(e)));
    }
    for (w, e) in [
        ("hundreds", 2),
        ("thousands", 3),
        ("millions", 6),
        ("billions", 9),
    ] {
        t.push((w, Lex::Scales(e)));
    }
    let months = [
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
    ];
    for (n, w) in months.iter().enumerate() {
        t.push((
            w,
            Lex::Month {
                month: n as u8 + 1,
                abbr: false,
            },
        ));
    }
    // The possessive names the same month: "December's figures" ("May's" is too often a person).
    for (w, month) in [
        ("january's", 1),
        ("february's", 2),
        ("march's", 3),
        ("april's", 4),
        ("june's", 6),
        ("july's", 7),
        ("august's", 8),
        ("september's", 9),
        ("october's", 10),
        ("november's", 11),
        ("december's", 12),
    ] {
        t.push((w, Lex::Month { month, abbr: false }));
    }
    for (w, m) in [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        t.push((
            w,
            Lex::Month {
                month: m,
                abbr: true,
            },
        ));
    }
    for (w, s) in [
        ("spring", 0),
        ("summer", 1),
        ("autumn", 2),
        ("fall", 2),
        ("winter", 3),
    ] {
        t.push((w, Lex::Season(s)));
    }
    for (n, w) in crate::claims::value::WEEKDAY_NAMES.iter().enumerate() {
        t.push((w, Lex::Weekday(n as u8)));
    }
    // The possessive names the same day: "before Friday's announcement".
    for (n, w) in [
        "monday's",
        "tuesday's",
        "wednesday's",
        "thursday's",
        "friday's",
        "saturday's",
        "sunday's",
    ]
    .iter()
    .enumerate()
    {
        t.push((w, Lex::Weekday(n as u8)));
    }
    for (w, r) in [
        ("this", Rel::This),
        ("last", Rel::Last),
        ("past", Rel::Past),
        ("coming", Rel::Coming),
        ("following", Rel::Following),
        ("previous", Rel::Previous),
        ("recent", Rel::Recent),
        ("today", Rel::Today),
        ("yesterday", Rel::Yesterday),
        ("tomorrow", Rel::Tomorrow),
        ("tonight", Rel::Tonight),
        // The possessive names the same day: "yesterday's march".
        ("yesterday's", Rel::Yesterday),
        ("tomorrow's", Rel::Tomorrow),
        ("tonight's", Rel::Tonight),
        ("now", Rel::Now),
        ("currently", Rel::Currently),
        ("fiscal", Rel::Fiscal),
        ("earlier", Rel::Earlier),
    ] {
        t.push((w, Lex::Rel(r)));
    }
    for (i, (w, _)) in DURATIONS.iter().enumerate() {
        t.push((w, Lex::Dur(i as u8)));
    }
    for (i, (w, _)) in CURRENCIES.iter().enumerate() {
        t.push((w, Lex::Currency(i as u8)));
    }
    for (i, (w, _)) in MEASURES.iter().enumerate() {
        t.push((w, Lex::Measure(i as u8)));
    }
    for (w, x) in [
        ("a", W::A),
        ("an", W::A),
        ("about", W::About),
        ("above", W::Above),
        ("after", W::After),
        ("ago", W::Ago),
        ("almost", W::Almost),
        ("and", W::And),
        ("approximately", W::Approximately),
        ("around", W::Around),
        ("as", W::As),
        ("at", W::At),
        ("before", W::Before),
        ("below", W::Below),
        ("beginning", W::Beginning),
        ("between", W::Between),
        ("by", W::By),
        ("cent", W::Cent),
        ("circa", W::Circa),
        ("c", W::Circa),
        ("ca", W::Circa),
        ("close", W::Close),
        ("during", W::During),
        ("early", W::Early),
        ("end", W::End),
        ("estimated", W::Estimated),
        ("excess", W::Excess),
        ("fewer", W::Fewer),
        ("for", W::For),
        ("from", W::From),
        ("in", W::In),
        ("late", W::Late),
        ("later", W::Later),
        ("least", W::Least),
        ("less", W::Less),
        ("many", W::Many),
        ("middle", W::Middle),
        ("mid", W::Mid),
        ("more", W::More),
        ("most", W::Most),
        ("much", W::Much),
        ("nearly", W::Nearly),
        ("next", W::Next),
        ("no", W::No),
        ("not", W::Not),
        ("of", W::Of),
        ("on", W::On),
        ("only", W::Only),
        ("or", W::Or),
        ("over", W::Over),
        ("percent", W::Percent),
        ("percentage", W::Percentage),
        ("points", W::Points),
        ("per", W::Per),
        ("roughly", W::Roughly),
        ("perhaps", W::Perhaps),
        ("possibly", W::Perhaps),
        ("probably", W::Perhaps),
        ("maybe", W::Perhaps),
        ("barely", W::Perhaps),
        ("since", W::Since),
        ("some", W::Some),
        ("start", W::Start),
        ("than", W::Than),
        ("the", W::The),
        ("through", W::Through),
        ("till", W::Till),
        ("to", W::To),
        ("under", W::Under),
        ("until", W::Until),
        ("up", W::Up),
        ("upwards", W::Upwards),
        ("vast", W::Vast),
        ("well", W::Well),
        ("within", W::Within),
        ("just", W::Just),
        ("absolute", W::Absolute),
        ("overwhelming", W::Overwhelming),
        ("old", W::Old),
        ("way", W::Way),
        ("times", W::Times),
        ("time", W::Time),
        ("several", W::Several),
        ("few", W::Few),
        ("majority", W::Majority),
        ("dozen", W::Dozen),
        ("dozens", W::Dozens),
        ("tens", W::Tens),
        ("half", W::Half),
        ("christmas", W::Christmas),
        ("quarter", W::Quarter),
        ("quarters", W::Quarters),
        ("thirds", W::Thirds),
        ("century", W::Century),
        ("centuries", W::Centuries),
        ("decade", W::Decade),
        ("decades", W::Decades),
        ("hour", W::Hour),
        ("once", W::Once),
        ("twice", W::Twice),
        ("scores", W::Scores),
        ("http", W::Web),
        ("https", W::Web),
        ("www", W::Web),
    ] {
        t.push((w, Lex::W(x)));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(text: &str) -> Vec<(String, Class)> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens
            .iter()
            .map(|t| (text[t.start..t.end].to_string(), t.class))
            .collect()
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        let got = classes("5,295 strikes, 3.88 billion and 1,2345");
        assert_eq!(got[0], ("5,295".into(), Class::Number));
        assert_eq!(got[1].0, "strikes");
        assert_eq!(got[2], (",".into(), Class::Punct(',')));
        assert_eq!(got[3], ("3.88".into(), Class::Number));
        // "1,2345" is not a thousands group: the number stops at the comma.
        assert_eq!(got[6], ("1".into(), Class::Number));
    }

    #[test]
    fn thousands_grouped_by_no_break_and_thin_spaces() {
        for text in [
            "10\u{a0}000 people",
            "12\u{202f}500 people",
            "1\u{2009}234\u{2009}567 people",
        ] {
            let got = classes(text);
            assert_eq!(got[0].1, Class::Number, "{text}: {got:?}");
            assert_eq!(got[1].0, "people", "{text}: {got:?}");
        }
        // A plain space parts two numbers; a no-break space before a word is no group.
        assert_eq!(classes("in 10 000")[1].0, "10");
        assert_eq!(classes("3\u{a0}May")[0].0, "3");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_numbers_stop_before_suffixes() {
        let got = classes("Allende’s 1920’s 19th");
        assert_eq!(got[0].0, "Allende’s");
        assert_eq!(got[1], ("1920".into(), Class::Number));
        assert_eq!(got[2].1, Class::Punct('’'));
        assert_eq!(got[3].0, "s");
        assert_eq!(got[4].0, "19");
        assert_eq!(got[5].0, "th");
    }

    #[test]
    fn the_slots_never_turn_away_a_word_of_the_lexicon() {
        for (word, _) in entries() {
            let key = pack(word.as_bytes()).unwrap();
            assert_eq!(lexicon().get(key), lexicon().table[&key], "{word}");
        }
        assert_eq!(lookup(b"allende"), Lex::Other);
    }

    #[test]
    fn lexicon_is_case_insensitive() {
        assert_eq!(lookup(b"Million"), Lex::Scale(6));
        assert_eq!(
            lookup(b"SEPTEMBER"),
            Lex::Month {
                month: 9,
                abbr: false
            }
        );
        assert_eq!(lookup(b"Allende"), Lex::Other);
        assert_eq!(lookup(b"thirty"), Lex::Card(30));
    }

    #[test]
    fn possessive_weekdays_are_weekdays_with_either_apostrophe() {
        for text in ["Friday's", "Friday’s", "FRIDAY’S"] {
            let mut tokens = Vec::new();
            tokenize(text, &mut tokens);
            assert_eq!(tokens.len(), 1, "{text}");
            assert_eq!(tokens[0].lex, Lex::Weekday(4), "{text}");
        }
        // Other words with a curly apostrophe stay unknown.
        let mut tokens = Vec::new();
        tokenize("Allende’s", &mut tokens);
        assert_eq!(tokens[0].lex, Lex::Other);
    }
}
