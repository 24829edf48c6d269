//! Numbers as written: digits with separators and decimals, scale words ("3.88 billion"), and
//! number words ("nine", "twenty-five", "seven hundred", "half a million", "a dozen").
//!
//! A number keeps the place of its last written digit (`step`): "3.88 billion" is written to the
//! ten millions, "5,295" to the unit. That is what bounds the rounding the wording allows.

use super::scan::{Class, Lex, Para, W};

/// A number read at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// The value in plain digits, as the value grammar wants it (`3880000000`, `8.5`).
    pub text: String,
    pub value: f64,
    /// The place of the last written digit: 1 for `36`, 0.01 for `3.88`, 1e7 for `3.88 billion`.
    pub step: f64,
    /// Trailing zeros of an integer written in digits may be rounding ("40,000").
    pub zeros_may_round: bool,
    /// Written in words.
    pub words: bool,
    /// The token after the number.
    pub next: usize,
}

/// Read a number starting at token `i`.
pub fn read(p: Para, i: usize) -> Option<Num> {
    let n = if p.is_number(i) {
        digits(p, i)
    } else {
        words(p, i)
    }?;
    Some(and_a_half(p, n))
}

/// "three and a half hours", "2 and a quarter miles", "three and a half million people": a
/// whole number and a half or a quarter, one number written to that fraction, with the scale
/// word that may follow the fraction.
fn and_a_half(p: Para, mut n: Num) -> Num {
    let k = n.next;
    if n.value.fract() != 0.0 || !p.is_w(k, W::And) || !p.is_w(k + 1, W::A) {
        return n;
    }
    let (part, decimals) = if p.is_w(k + 2, W::Half) {
        (0.5, 1)
    } else if p.word_is(k + 2, "quarter") {
        (0.25, 2)
    } else {
        return n;
    };
    if n.step > 1.0 {
        // "two million and a half" is rare; "two hundred and a half" is not a number.
        return n;
    }
    let value = n.value + part;
    n.text = plain(value, decimals);
    n.value = value;
    n.step = part;
    n.zeros_may_round = false;
    n.next = k + 3;
    while let Lex::Scale(e) = p.lex(n.next) {
        scale(&mut n, e);
        n.next += 1;
    }
    n
}

fn digits(p: Para, i: usize) -> Option<Num> {
    if let Some(mixed) = mixed_fraction(p, i) {
        return Some(mixed);
    }
    let mut written: String = p
        .str(i)
        .chars()
        .filter(|&c| !matches!(c, ',' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    // ".500": the tokenizer keeps a point that opens a number; the value grammar wants "0.500".
    if written.starts_with('.') {
        written.insert(0, '0');
    }
    if let Some(n) = fraction(p, i, &written) {
        return Some(n);
    }
    let (mut text, mut step) = (written.clone(), place(&written));
    let mut next = i + 1;
    let mut scaled = false;
    if let Some((e, after)) = exponent(p, next) {
        text = shift(&text, e);
        step *= 10f64.powi(e);
        next = after;
        scaled = true;
    }
    while let Lex::Scale(e) = p.lex(next) {
        text = shift(&text, e);
        step *= 10f64.powi(e);
        next += 1;
        scaled = true;
    }
    let value = text.parse().ok()?;
    Some(Num {
        text,
        value,
        step,
        zeros_may_round: !scaled && !written.contains('.'),
        words: false,
        next,
    })
}

/// "2 1/2 years", "5 3/4 hours": a whole number and a fraction of halves, thirds, quarters or
/// eighths after a space, one number ("2.5"), written to that fraction. A slashed pair alone
/// ("9/11", "24/7") or one that goes on ("3 1/2/2013") is not one.
fn mixed_fraction(p: Para, i: usize) -> Option<Num> {
    let (whole, len) = p.plain_int(i)?;
    let slash = i + 2;
    if len > 3
        || p.touching(i + 1)
        || !p.is_punct(slash, '/')
        || !p.touching(slash)
        || !p.touching(slash + 1)
        || p.is_punct(slash + 2, '/') && p.touching(slash + 2)
    {
        return None;
    }
    let (a, _) = p.plain_int(i + 1)?;
    let (b, _) = p.plain_int(slash + 1)?;
    if a == 0 || a >= b || ![2, 3, 4, 8].contains(&b) {
        return None;
    }
    let value = f64::from(whole) + f64::from(a) / f64::from(b);
    // Thirds have no short decimal: two places, as "A third" is written 33.33.
    let text = plain(value, if b == 3 { 2 } else { 3 });
    Some(Num {
        text,
        value,
        step: 1.0 / f64::from(b),
        zeros_may_round: false,
        words: false,
        next: slash + 2,
    })
}

/// Is token `i` the numerator of a fraction written in digits: "1⁄32" (the fraction slash), or
/// "1/16" and "3/4" before "of" or a unit of measure ("1/16 of a pint", "3/4 mile"). Other
/// slashed pairs name a day or a ratio ("9/11", "24/7"), not a part of something.
pub fn is_fraction(p: Para, i: usize) -> bool {
    let (Some((num, _)), Some((den, _))) = (p.plain_int(i), p.plain_int(i + 2)) else {
        return false;
    };
    let slash = p.class(i + 1);
    if !(p.touching(i + 1) && p.touching(i + 2) && num >= 1 && num < den) {
        return false;
    }
    // "1/2 pound", "3/4 cup": a common fraction before a singular noun ("9/11 attack" is no
    // fraction).
    let common = matches!(den, 2 | 3 | 4 | 8 | 16 | 32 | 64)
        && p.is_word(i + 3)
        && p.lowercase(i + 3)
        && p.lex(i + 3) == Lex::Other
        && !p.str(i + 3).ends_with('s');
    slash == Some(Class::Punct('⁄'))
        || slash == Some(Class::Punct('/'))
            && (p.is_w(i + 3, W::Of) || matches!(p.lex(i + 3), Lex::Measure(_)) || common)
}

/// "1/16", "1⁄32": the value of a fraction in digits (see [`is_fraction`]), exact.
fn fraction(p: Para, i: usize, written: &str) -> Option<Num> {
    if !is_fraction(p, i) {
        return None;
    }
    let (num, _) = p.plain_int(i)?;
    let (den, _) = p.plain_int(i + 2)?;
    let value = f64::from(num) / f64::from(den);
    debug_assert!(!written.contains('.'));
    Some(Num {
        text: plain(value, 12),
        value,
        step: 0.0,
        zeros_may_round: false,
        words: false,
        next: i + 3,
    })
}

/// A power of ten written after a number, in scientific notation: "×10−30", "x 10^6", "e-8",
/// "E23". Returns the exponent and the token after it.
fn exponent(p: Para, k: usize) -> Option<(i32, usize)> {
    let signed = |k: usize| -> Option<(i32, usize)> {
        let (sign, k) = match p.class(k) {
            Some(Class::Punct('-' | '−' | '⁻')) if p.touching(k + 1) => (-1, k + 1),
            Some(Class::Punct('+')) if p.touching(k + 1) => (1, k + 1),
            _ => (1, k),
        };
        let (e, digits) = p.plain_int(k)?;
        (digits <= 3).then_some((sign * e as i32, k + 1))
    };
    // "1.99e-30", "6.02E23": the letter touches the number.
    if p.touching(k) && p.is_word(k) {
        let word = p.str(k);
        let rest = word.strip_prefix(['e', 'E'])?;
        if rest.is_empty() {
            return p.touching(k + 1).then(|| signed(k + 1))?;
        }
        let e: i32 = rest.parse().ok().filter(|_| rest.len() <= 3)?;
        return Some((e, k + 1));
    }
    let times = p.is_punct(k, '×') || p.is_punct(k, '*') || p.word_is(k, "x");
    if !times || p.str(k + 1) != "10" {
        return None;
    }
    let k = k + 2;
    let k = if p.is_punct(k, '^') && p.touching(k) {
        k + 1
    } else {
        k
    };
    // Without a caret, the exponent must be signed and touch the ten ("10−8"): "x 10 5" is not.
    if !p.touching(k) || !p.is_punct(k - 1, '^') && !matches!(p.class(k), Some(Class::Punct(_))) {
        return None;
    }
    signed(k)
}

/// Number words: "nine", "twenty-five", "seven hundred", "a hundred thousand", "a dozen",
/// "half a million".
fn words(p: Para, i: usize) -> Option<Num> {
    let mut j = i;
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut step: u64 = 1;
    let mut any = false;
    let mut after_scale = false;
    let mut last_scale = 0;
    if p.is_w(j, W::Half) && p.is_w(j + 1, W::A) {
        if let Lex::Scale(e) = p.lex(j + 2) {
            let unit = 10u64.checked_pow(e as u32)?;
            let value = unit / 2;
            return Some(Num {
                text: value.to_string(),
                value: value as f64,
                step: (unit / 10).max(1) as f64,
                zeros_may_round: false,
                words: true,
                next: j + 3,
            });
        }
        return None;
    }
    // "a hundred", "a dozen", "a million": the article is the number one.
    if p.is_w(j, W::A) && matches!(p.lex(j + 1), Lex::Scale(_) | Lex::W(W::Dozen)) {
        current = 1;
        any = true;
        j += 1;
    }
    loop {
        match p.lex(j) {
            Lex::Card(n) => {
                if any && !after_scale {
                    break;
                }
                current += u64::from(n);
                step = 1;
                any = true;
                after_scale = false;
                j += 1;
                // "twenty-five": a unit joined to a ten by a hyphen.
                if n >= 20
                    && n % 10 == 0
                    && p.is_dash(j)
                    && p.touching(j)
                    && p.touching(j + 1)
                    && let Lex::Card(u) = p.lex(j + 1)
                    && u < 10
                {
                    current += u64::from(u);
                    j += 2;
                }
                // "two-hundred families", "three-thousand men": the scale joined by a hyphen.
                if p.is_dash(j)
                    && p.touching(j)
                    && p.touching(j + 1)
                    && matches!(p.lex(j + 1), Lex::Scale(_))
                {
                    j += 1;
                }
            }
            Lex::Scale(e) if any && (!after_scale || e > last_scale) => {
                last_scale = e;
                let factor = 10u64.checked_pow(e as u32)?;
                if e == 2 {
                    current = current.max(1) * factor;
                } else {
                    total += current.max(1) * factor;
                    current = 0;
                }
                step = factor;
                any = true;
                after_scale = true;
                j += 1;
                // "one hundred and twenty"
                if p.is_w(j, W::And) && matches!(p.lex(j + 1), Lex::Card(_)) && e == 2 {
                    j += 1;
                }
            }
            Lex::W(W::Dozen) if any => {
                current = current.max(1) * 12;
                step = 1;
                any = true;
                after_scale = true;
                j += 1;
            }
            _ => break,
        }
        if p.class(j).is_none() {
            break;
        }
    }
    if !any {
        return None;
    }
    let value = total + current;
    if value == 0 {
        return None;
    }
    Some(Num {
        text: value.to_string(),
        value: value as f64,
        step: step as f64,
        zeros_may_round: false,
        words: true,
        next: j,
    })
}

/// Multiply a number by `10^e`, as a suffix does ("$5m", "$20k").
pub fn scale(n: &mut Num, e: i32) {
    n.text = shift(&n.text, e);
    n.value = n.text.parse().unwrap_or(n.value * 10f64.powi(e));
    n.step *= 10f64.powi(e);
    n.zeros_may_round = false;
}

/// The place of the last written digit of a plain decimal.
pub fn place(written: &str) -> f64 {
    match written.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        None => {
            let zeros = written.bytes().rev().take_while(|&b| b == b'0').count();
            if zeros == written.len() {
                1.0
            } else {
                10f64.powi(zeros as i32)
            }
        }
    }
}

/// Multiply a plain decimal by `10^e` in text, so that no floating error creeps into the value.
/// A negative `e` divides ("1.99" and -3 give "0.00199").
pub fn shift(text: &str, e: i32) -> String {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if e < 0 {
        let e = e.unsigned_abs() as usize;
        let padded = format!("{}{int}", "0".repeat((e + 1).saturating_sub(int.len())));
        let (head, tail) = padded.split_at(padded.len() - e);
        return format!("{head}.{tail}{frac}");
    }
    let e = e as usize;
    let mut digits = String::with_capacity(int.len() + e + 1);
    digits.push_str(int);
    if frac.len() <= e {
        digits.push_str(frac);
        digits.extend(std::iter::repeat_n('0', e - frac.len()));
    } else {
        digits.push_str(&frac[..e]);
        digits.push('.');
        digits.push_str(&frac[e..]);
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// Write a value for the value grammar: plain digits, at most `decimals` decimals.
pub fn plain(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::{Token, tokenize};
    use super::*;

    fn num(text: &str) -> Option<Num> {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(text, &mut tokens);
        read(
            Para {
                text,
                tokens: &tokens,
            },
            0,
        )
    }

    #[test]
    fn digits_with_separators_and_scales() {
        let n = num("5,295 strikes").unwrap();
        assert_eq!((n.text.as_str(), n.step, n.next), ("5295", 1.0, 1));
        let n = num("3.88 billion").unwrap();
        assert_eq!((n.text.as_str(), n.step), ("3880000000", 1e7));
        let n = num("10 thousand members").unwrap();
        assert_eq!((n.text.as_str(), n.step, n.next), ("10000", 10000.0, 2));
        let n = num("40,000").unwrap();
        assert_eq!((n.step, n.zeros_may_round), (10000.0, true));
    }

    #[test]
    fn mixed_fractions() {
        let n = num("2 1/2 years").unwrap();
        assert_eq!((n.text.as_str(), n.next), ("2.5", 4));
        assert_eq!(num("5 3/4 hours").unwrap().text, "5.75");
        assert_eq!(num("1 1/3 miles").unwrap().text, "1.33");
        // Not a fraction: a date, a ratio joined on, or a pair out of order.
        assert_eq!(num("3 1/2/2013").unwrap().text, "3");
        assert_eq!(num("24 7/4").unwrap().text, "24");
        assert_eq!(num("9/11").unwrap().text, "9");
    }

    #[test]
    fn number_words() {
        assert_eq!(num("nine chapters").unwrap().text, "9");
        assert_eq!(num("twenty-five years").unwrap().text, "25");
        assert_eq!(num("seven hundred soldiers").unwrap().text, "700");
        assert_eq!(num("a hundred thousand people").unwrap().text, "100000");
        assert_eq!(num("half a million families").unwrap().text, "500000");
        assert_eq!(num("a dozen").unwrap().text, "12");
        assert_eq!(num("one hundred and twenty").unwrap().text, "120");
        assert_eq!(num("Two-hundred families").unwrap().text, "200");
        assert!(num("Allende").is_none());
        assert!(num("a").is_none());
    }

    #[test]
    fn a_whole_number_and_a_half_is_one_number() {
        let n = num("three and a half hours").unwrap();
        assert_eq!((n.text.as_str(), n.step), ("3.5", 0.5));
        assert_eq!(num("2 and a quarter miles").unwrap().text, "2.25");
        assert_eq!(
            num("three and a half million people").unwrap().text,
            "3500000"
        );
        // Not after a scale: "two hundred and a half" is no number anyone writes.
        assert_eq!(num("two hundred and a half").unwrap().text, "200");
    }

    #[test]
    fn shifting_is_exact() {
        assert_eq!(shift("3.88", 9), "3880000000");
        assert_eq!(shift("1.2345", 3), "1234.5");
        assert_eq!(shift("10", 3), "10000");
        assert_eq!(plain(33.333333, 2), "33.33");
        assert_eq!(plain(50.0, 2), "50");
        // Dividing by a power of ten, as scientific notation "2.998×10−8" does.
        assert_eq!(shift("2.998", -8), "0.00000002998");
        assert_eq!(shift("12", -1), "1.2");
        assert_eq!(shift("1.99", -3), "0.00199");
    }
}
