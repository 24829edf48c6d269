//! What a number counts or measures: percent, money, a unit of time or measure, or the noun it
//! counts ("5,295 strikes", "90 factories"). The unit decides the kind of the claim.

use super::scan::{Class, Lex, Para, W, unit_name};
use crate::claims::Kind;

/// The unit read after a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub kind: Kind,
    /// `percent`, `USD`, `years`, `tons`, or the counted noun as written (lower case).
    pub name: String,
    /// Multiply the number by this to express it in `name` ("two decades" = 20 years).
    pub factor: f64,
    /// The last token of the unit, to end the quote; `None` when nothing was read.
    pub last: Option<usize>,
    /// The counted noun is a plural.
    pub plural: bool,
}

impl Unit {
    pub fn new(kind: Kind, name: &str, last: usize) -> Unit {
        // "260 persons" and "263 people" count the same.
        let name = match name {
            "persons" | "person" if kind == Kind::Count => "people",
            other => other,
        };
        Unit {
            kind,
            name: name.to_string(),
            factor: 1.0,
            last: Some(last),
            plural: false,
        }
    }

    /// A unit of time, `factor` of `name` each ("decades": 10 years).
    fn span(name: &str, factor: f64, last: usize) -> Unit {
        Unit {
            kind: Kind::Duration,
            name: name.to_string(),
            factor,
            last: Some(last),
            plural: true,
        }
    }

    /// No unit: a bare count.
    pub fn none() -> Unit {
        Unit {
            kind: Kind::Count,
            name: String::new(),
            factor: 1.0,
            last: None,
            plural: false,
        }
    }
}

/// A unit of time written after a number or in a hyphenated compound, with its factor.
pub fn time_unit(p: Para, j: usize) -> Option<(&'static str, f64)> {
    match p.lex(j) {
        Lex::Dur(_) => Some((unit_name(p.lex(j))?, 1.0)),
        Lex::W(W::Decade | W::Decades) => Some(("years", 10.0)),
        Lex::W(W::Century | W::Centuries) => Some(("years", 100.0)),
        Lex::W(W::Hour) => Some(("hours", 1.0)),
        _ => None,
    }
}

/// The unit of time after the slash of a rate ("km/h", "m/s"), as the rate names it.
fn per_time(word: &str) -> Option<&'static str> {
    match word.to_ascii_lowercase().as_str() {
        "h" | "hr" | "hour" => Some("h"),
        "s" | "sec" => Some("s"),
        "min" => Some("min"),
        _ => None,
    }
}

/// Read the unit that follows a number whose last token is `j - 1`.
/// Returns `None` when the number is part of something that is not a figure
/// ("half-hearted", "one-sided").
pub fn read(p: Para, j: usize) -> Option<Unit> {
    // "-233 °C", "40°F", "12 degrees Celsius": temperatures, in the scale they are written in.
    let scale_after = |k: usize| match p.str(k).to_ascii_lowercase().as_str() {
        "c" | "celsius" | "centigrade" => Some("°C"),
        "f" | "fahrenheit" => Some("°F"),
        _ => None,
    };
    if p.is_punct(j, '°') {
        return Some(match scale_after(j + 1).filter(|_| p.touching(j + 1)) {
            Some(name) => Unit::new(Kind::Quantity, name, j + 1),
            None => Unit::new(Kind::Quantity, "degrees", j),
        });
    }
    // "degrees C", "degrees Celsius"; not "degrees f..." in lower case.
    if (p.word_is(j, "degrees") || p.word_is(j, "degree"))
        && p.is_word(j + 1)
        && let Some(name) = scale_after(j + 1).filter(|_| p.capitalized(j + 1))
    {
        return Some(Unit::new(Kind::Quantity, name, j + 1));
    }
    // "-20C", "highs of 25C": the scale written onto the number, as British papers do.
    // Not an isotope: "13C discrimination", "12C-enriched" go on into a word.
    let ends_phrase = |k: usize| {
        !(p.is_dash(k) && p.touching(k))
            && (!p.is_word(k)
                || matches!(
                    p.str(k),
                    "and" | "or" | "for" | "in" | "on" | "at" | "by" | "with" | "to" | "from"
                )
                || is_function_word(&p.str(k).to_ascii_lowercase()))
    };
    if matches!(p.str(j), "C" | "F") && p.touching(j) && p.is_number(j - 1) && ends_phrase(j + 1) {
        return Some(Unit::new(Kind::Quantity, scale_after(j).unwrap_or("°C"), j));
    }
    // "grew 2.5x": a multiple.
    if p.str(j) == "x" && p.touching(j) {
        return Some(Unit::new(Kind::Quantity, "times", j));
    }
    // "up 5pc": the British newspapers' per cent, written onto the number.
    if p.is_punct(j, '%') || p.str(j) == "pc" && p.touching(j) {
        return Some(Unit::new(Kind::Percent, "percent", j));
    }
    // Hyphenated compounds: "four-year term", "12-day", "a 16-year-old", "three-way".
    if p.is_dash(j) && p.touching(j) && p.touching(j + 1) {
        if let Some((name, factor)) = time_unit(p, j + 1) {
            let last = j + 1;
            // "a 16-year-old": an age, a quantity of years.
            if p.is_dash(last + 1) && p.touching(last + 1) && p.is_w(last + 2, W::Old) {
                return Some(Unit {
                    kind: Kind::Quantity,
                    name: format!("{name} old"),
                    factor,
                    last: Some(last + 2),
                    plural: true,
                });
            }
            return Some(Unit::span(name, factor, last));
        }
        if p.is_w(j + 1, W::Way) {
            return Some(Unit::new(Kind::Count, "way", j + 1));
        }
        if let Lex::Measure(_) = p.lex(j + 1)
            && let Some(u) = unit_name(p.lex(j + 1))
        {
            return Some(Unit::new(Kind::Quantity, u, j + 1));
        }
        if let Some(unit) = compound(p, j + 1) {
            return Some(unit);
        }
        if p.is_word(j + 1) {
            return None;
        }
    }
    match p.lex(j) {
        Lex::W(W::Percent) => return Some(Unit::new(Kind::Percent, "percent", j)),
        Lex::W(W::Per) if p.is_w(j + 1, W::Cent) => {
            return Some(Unit::new(Kind::Percent, "percent", j + 1));
        }
        Lex::W(W::Percentage) if p.is_w(j + 1, W::Points) => {
            return Some(Unit::new(Kind::Percent, "percentage points", j + 1));
        }
        Lex::W(W::Points) => return Some(Unit::new(Kind::Quantity, "points", j)),
        // "25 basis points": hundredths of a percentage point.
        _ if p.word_is(j, "basis") && p.is_w(j + 1, W::Points) => {
            return Some(Unit::new(Kind::Quantity, "basis points", j + 1));
        }
        Lex::W(W::Times) => return Some(Unit::new(Kind::Quantity, "times", j)),
        lex @ Lex::Currency(_) => {
            return Some(Unit::new(
                Kind::Money,
                unit_name(lex).unwrap_or_default(),
                j,
            ));
        }
        // "5G" is a network generation, not five grams.
        Lex::Measure(_) if p.str(j) == "G" => {}
        lex @ Lex::Measure(_) => {
            let name = unit_name(lex).unwrap_or_default();
            // A speed or rate written with a slash: "65 km/h", "10 m/s", "3 mi/h".
            if p.is_punct(j + 1, '/')
                && p.touching(j + 1)
                && p.touching(j + 2)
                && let Some(per) = per_time(p.str(j + 2))
            {
                let base = p.str(j).to_ascii_lowercase();
                return Some(Unit::new(Kind::Quantity, &format!("{base}/{per}"), j + 2));
            }
            // A dose or a density: "3-5 mg/kg", "2 kg/m".
            if p.is_punct(j + 1, '/')
                && p.touching(j + 1)
                && p.touching(j + 2)
                && matches!(p.lex(j + 2), Lex::Measure(_))
            {
                let per = p.str(j + 2);
                return Some(Unit::new(
                    Kind::Quantity,
                    &format!("{}/{per}", p.str(j)),
                    j + 2,
                ));
            }
            // "800 miles per hour", "20 miles per gallon", "5 metres per second": a rate, not
            // a length (nor "second" an ordinal).
            if p.is_w(j + 1, W::Per) && p.is_word(j + 2) {
                let per = p.str(j + 2).to_ascii_lowercase();
                let base = p.str(j).to_ascii_lowercase();
                let mile = matches!(base.as_str(), "mile" | "miles" | "mi");
                let km = matches!(
                    base.as_str(),
                    "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers"
                );
                let rate = match per.as_str() {
                    "hour" | "h" | "hr" if mile => Some("mph".to_string()),
                    "hour" | "h" | "hr" if km => Some("km/h".to_string()),
                    "gallon" if mile => Some("mpg".to_string()),
                    "hour" | "second" | "minute" | "day" | "week" | "month" | "year" | "gallon"
                    | "litre" | "liter" => Some(format!("{name} per {per}")),
                    _ => None,
                };
                if let Some(rate) = rate {
                    return Some(Unit::new(Kind::Quantity, &rate, j + 2));
                }
            }
            return Some(Unit::new(Kind::Quantity, name, j));
        }
        _ => {}
    }
    if let Some(unit) = pounds(p, j) {
        return Some(unit);
    }
    // "14.03 troy ounces": the ounce of precious metals (31.1 g, not 28.3 g), kept apart.
    if p.word_is(j, "troy") && (p.word_is(j + 1, "ounces") || p.word_is(j + 1, "ounce")) {
        return Some(Unit::new(Kind::Quantity, "troy ounces", j + 1));
    }
    // "450 sq ft", "12 square miles", "3 sq. km": an area, the square of a length.
    if (p.word_is(j, "sq") || p.word_is(j, "square"))
        && let at = j + 1 + usize::from(p.is_punct(j + 1, '.'))
        && let Lex::Measure(_) = p.lex(at)
        && let Some(u) = read(p, at).filter(|u| u.kind == Kind::Quantity && !u.name.contains('/'))
    {
        return Some(Unit::new(Kind::Quantity, &format!("square {}", u.name), at));
    }
    // "down 68 p at 1112 p", "118.5p": pence, as British market reports write them (not a
    // page, "p. 45", nor a video resolution, "1080p").
    if p.str(j) == "p"
        && p.is_number(j - 1)
        && !p.is_punct(j + 1, '.')
        && !(p.touching(j)
            && matches!(
                p.str(j - 1),
                "480" | "576" | "720" | "1080" | "1440" | "2160"
            ))
    {
        return Some(Unit::new(Kind::Money, "pence", j));
    }
    // "1323 K": kelvins, apart from the number ("25K", written onto it, is 25,000).
    if p.str(j) == "K" && !p.touching(j) && p.is_number(j - 1) {
        return Some(Unit::new(Kind::Quantity, "K", j));
    }
    // Units of time as science and timetables abbreviate them: "within 48 h", "30min", "9.69 s",
    // "28.9s". An "s" written onto a whole number is a numeral's plural ("Model 3s").
    if p.is_number(j - 1) {
        let name = match p.str(j) {
            "h" | "hr" | "hrs" => Some("hours"),
            "min" | "mins" => Some("minutes"),
            "s" if !p.touching(j) || p.str(j - 1).contains('.') => Some("seconds"),
            _ => None,
        };
        if let Some(name) = name {
            return Some(Unit::span(name, 1.0, j));
        }
    }
    if let Some((name, factor)) = time_unit(p, j) {
        // "18 years old": an age, a quantity of years.
        if p.is_w(j + 1, W::Old) {
            return Some(Unit {
                kind: Kind::Quantity,
                name: format!("{name} old"),
                factor,
                last: Some(j + 1),
                plural: true,
            });
        }
        return Some(Unit::span(name, factor, j));
    }
    // "three short years later", "five more years": one word between the number and a unit
    // of time.
    if p.is_word(j)
        && p.lowercase(j)
        && (p.lex(j) == Lex::Other || p.is_w(j, W::More))
        && let Some((name, factor)) = time_unit(p, j + 1)
    {
        return Some(Unit::span(name, factor, j + 1));
    }
    Some(counted_noun(p, j).unwrap_or_else(Unit::none))
}

/// "184 pounds", "four million pounds": a weight or a sum, as the words around it say. Money
/// where the paragraph writes "£" or the words near it are of money ("put the damage at",
/// "income", "cost"), a weight where they are of weighing ("weighed", "heavy"); otherwise a
/// million pounds or more is money. Left a counted noun when nothing tells.
fn pounds(p: Para, j: usize) -> Option<Unit> {
    if !(p.word_is(j, "pounds") || p.word_is(j, "pound")) || !p.lowercase(j) {
        return None;
    }
    const WEIGHT: &[&str] = &[
        "weighed", "weighing", "weighs", "weigh", "weight", "heavy", "heavier", "lighter",
        "payload", "load", "mass", "lifted", "carried", "cargo", "tons",
    ];
    const MONEY: &[&str] = &[
        "cost",
        "costs",
        "costing",
        "paid",
        "pay",
        "worth",
        "price",
        "income",
        "damage",
        "damages",
        "budget",
        "fine",
        "fined",
        "salary",
        "wage",
        "wages",
        "spent",
        "spend",
        "funds",
        "fund",
        "loss",
        "losses",
        "raised",
        "revenue",
        "profit",
        "debt",
        "sum",
        "bill",
        "estimate",
        "value",
        "valued",
        "compensation",
        "grant",
        "loan",
        "rent",
        "tax",
    ];
    // The words of its sentence, at most twelve before and eight after.
    let ends = |k: usize| p.is_punct(k, '.') || p.is_punct(k, '!') || p.is_punct(k, '?');
    let start = (j.saturating_sub(12)..j)
        .rev()
        .find(|&k| ends(k))
        .map_or(j.saturating_sub(12), |k| k + 1);
    let end = (j..(j + 8).min(p.len()))
        .find(|&k| ends(k))
        .unwrap_or((j + 8).min(p.len()));
    let said =
        |words: &[&str]| (start..end).any(|k| k != j && words.iter().any(|w| p.word_is(k, w)));
    let sterling = (0..p.len()).any(|k| p.str(k) == "£");
    let weight = said(WEIGHT);
    let money = sterling || said(MONEY);
    let large = matches!(p.lex(j - 1), Lex::Scale(n) if n >= 6);
    if weight && !money {
        Some(Unit::new(Kind::Quantity, "lb", j))
    } else if (large || money) && !weight {
        Some(Unit::new(Kind::Money, "GBP", j))
    } else {
        None
    }
}

/// The noun a number counts: the first plural among the next three words ("148 land
/// occupations", "two textile mills"), else the last word of a phrase that ends there ("one
/// pregnant woman were", "1 tank from"), stopping at function words, punctuation and dashes.
fn counted_noun(p: Para, j: usize) -> Option<Unit> {
    let mut last = None;
    let mut k = j;
    // "eight more picks": more of what is counted.
    if p.is_w(k, W::More) && p.lowercase(k + 1) && !p.is_w(k + 1, W::Than) {
        k += 1;
    }
    let mut window = j + 3;
    while k < window {
        // "two new 737 Max jets": a model's number and name come before the noun.
        if k > j
            && p.plain_int(k).is_some()
            && p.is_word(k + 1)
            && p.capitalized(k + 1)
            && p.lex(k + 1) == Lex::Other
        {
            k += 2;
            window += 2;
            continue;
        }
        if !p.is_word(k) || k > j && p.class(k - 1) != Some(Class::Word) {
            break;
        }
        let word = p.str(k);
        // "two gas-only powertrain options", "three all-new models", "189 low-income
        // families": a hyphenated adjective before the noun counts as one word; a hyphenated
        // plural at the end of the phrase is the noun ("two left-wingers").
        if p.lowercase(k)
            && p.lex(k) == Lex::Other
            && p.is_dash(k + 1)
            && p.touching(k + 1)
            && p.touching(k + 2)
            && p.is_word(k + 2)
            && p.lowercase(k + 2)
        {
            let tail = p.str(k + 2);
            let noun_after = p.is_word(k + 3)
                && p.lowercase(k + 3)
                && p.lex(k + 3) == Lex::Other
                && !is_function_word(p.str(k + 3));
            if looks_plural(tail) && !noun_after {
                let name = format!("{word}-{tail}").to_lowercase();
                return Some(Unit {
                    plural: true,
                    ..Unit::new(Kind::Count, &name, k + 2)
                });
            }
            k += 3;
            window += 3;
            continue;
        }
        if !p.lowercase(k) {
            // "4G networks": the "G" of a network generation is a letter, not grams.
            if p.capitalized(k) && (p.lex(k) == Lex::Other || word == "G") {
                // A capitalised plural is what is counted ("40,000 Americans", "eight straight
                // World Cups"), unless a name goes on after it.
                if looks_plural(word) && !p.capitalized(k + 1) {
                    return Some(Unit {
                        plural: true,
                        ..Unit::new(Kind::Count, &word.to_lowercase(), k)
                    });
                }
                // A capitalised adjective or name may come before the noun ("half a million
                // Chilean families", "four FA Cup finals").
                if p.lowercase(k + 1) || p.capitalized(k + 1) && k + 1 < j + 3 {
                    k += 1;
                    continue;
                }
            }
            break;
        }
        if p.lex(k) != Lex::Other || is_function_word(word) {
            break;
        }
        if looks_plural(word) {
            return Some(Unit {
                plural: true,
                ..Unit::new(Kind::Count, &word.to_lowercase(), k)
            });
        }
        // Adverbs, participles, verbs and predicate adjectives describe or tell what the
        // counted did; they are not what is counted ("16 died", "1,517 lost their lives", "33
        // built", "10 dead"): the count stays a count with no noun, so that it meets "1,490
        // people" as the same kind. A word followed by a possessive or object pronoun or an
        // article is a verb too ("two sold their shares"). Read on past them: "three wounded
        // soldiers" counts soldiers.
        if !is_verb_or_adjective(word) && !takes_object(p, k + 1) {
            last = Some(k);
        }
        k += 1;
    }
    // "hundreds of thousands of poor and working people": the noun comes after "and".
    if last.is_some_and(|noun| noun + 1 == k)
        && (p.is_w(k, W::And) || p.is_w(k, W::Or))
        && let Some(after) = (k + 1..k + 3)
            .take_while(|&a| p.is_word(a) && p.lowercase(a) && p.lex(a) == Lex::Other)
            .find(|&a| looks_plural(p.str(a)))
    {
        return Some(Unit {
            plural: true,
            ..Unit::new(Kind::Count, &p.str(after).to_lowercase(), after)
        });
    }
    let noun = last?;
    // A singular noun counts only at the end of its phrase, not as the first word of a longer
    // one ("189 low-income", "149 regional airports" read past three words); the unit is its
    // plural, so that "one tank" and "two tanks" count the same thing.
    let phrase_ends = match p.class(noun + 1) {
        None => true,
        Some(Class::Word) => p.lex(noun + 1) != Lex::Other || is_function_word(p.str(noun + 1)),
        // "two new 737 jets": the phrase goes on past another number, unless the word is
        // written onto its own ("640bhp 5.2 litre").
        Some(Class::Number) => noun == j && p.touching(j),
        Some(class) => !super::scan::is_dash(class),
    };
    // After a number in words, a phrase of several words ends with its head ("three
    // opposition radio station gave"); after digits, such words are more often unknown units and
    // labels ("100 ms auditory activity").
    let spelled_number = j > 0 && p.is_word(j - 1);
    (phrase_ends && (noun == j || spelled_number) || noun > j && spelled_number)
        .then(|| Unit::new(Kind::Count, &plural(&p.str(noun).to_lowercase()), noun))
}

/// A singular word after a number that is a verb form or a predicate adjective, never the
/// noun counted: "-ly" adverbs, "-ed" participles, and the common irregular past forms and
/// adjectives that English uses after a bare count ("1,517 lost", "33 built", "10 dead", "two
/// missing"). Plurals never reach here: "losts" is not a word anyone writes.
fn is_verb_or_adjective(word: &str) -> bool {
    // A match compiles to comparisons by length, faster than a scan of the list: this runs for
    // every word after a number.
    word.ends_with("ly")
        || word.ends_with("ed")
        || matches!(
            word,
            // Participles that lead on to what they refer to: "some 36,000 according to the
            // chroniclers", "1,200 including 40 children".
            "according" | "including" | "excluding" | "totalling" | "totaling" | "amounting"
            | "compared" | "following" | "bringing" | "taking" | "making" | "leaving"
            |
            // Irregular past tenses and participles, and the bare verbs of a count as subject.
            "lost" | "built" | "sank" | "sunk" | "fell" | "fallen" | "fled" | "fought" | "won"
            | "held" | "kept" | "sent" | "spent" | "brought" | "bought" | "caught" | "taught"
            | "thought" | "found" | "paid" | "sold" | "told" | "stood" | "hit" | "cut" | "put"
            | "set" | "shut" | "hurt" | "ran" | "run" | "begun" | "broke" | "broken" | "chose"
            | "chosen" | "drew" | "drawn" | "drove" | "driven" | "ate" | "eaten" | "flew"
            | "flown" | "gave" | "given" | "gone" | "grew" | "grown" | "hid" | "hidden" | "knew"
            | "known" | "rode" | "ridden" | "rose" | "risen" | "saw" | "seen" | "shook" | "shaken"
            | "showed" | "shown" | "spoke" | "spoken" | "stole" | "stolen" | "swore" | "sworn"
            | "threw" | "thrown" | "wore" | "worn" | "wrote" | "written" | "struck" | "stuck"
            | "sat" | "slept" | "met" | "led" | "fed" | "bled" | "heard" | "meant" | "felt"
            | "dealt" | "lent" | "wept" | "swept" | "crept" | "shot" | "lit" | "quit" | "spread"
            | "bore" | "born" | "borne" | "tore" | "torn" | "froze" | "frozen" | "woke" | "arose"
            | "arisen" | "withdrew" | "withdrawn" | "dug" | "hung" | "swam" | "swum" | "sang"
            | "sung" | "drank" | "drunk" | "come" | "become" | "overcame" | "undertook"
            | "forgave" | "forgiven" | "sought" | "ground" | "bound" | "wound" | "slid" | "bit"
            | "bitten" | "lay" | "lain" | "laid" | "shone" | "mistook" | "beat" | "beaten"
            | "rang" | "rung" | "sprang" | "sprung" | "stank" | "strode" | "strove" | "understood"
            | "upheld" | "withheld" | "overthrew" | "overthrown" | "rebuilt" | "gotten" | "got"
            | "die" | "dies" | "survive" | "remain"
            // Adjectives said of a bare count.
            | "dead" | "alive" | "missing" | "remaining" | "surviving" | "living" | "dying"
            | "injured" | "wounded" | "aboard" | "ashore" | "abroad" | "apiece" | "overall"
            | "total" | "combined" | "present" | "absent" | "available" | "unaccounted" | "safe"
            | "sick" | "ill" | "homeless" | "wide" | "tall" | "long" | "high" | "deep" | "old"
            | "strong" | "away" | "ahead" | "behind"
        )
}

/// Whether the word at `k`, right after a number, is a verb or predicate adjective whose subject
/// the number is: "about 1000 come from Asia", "about 1500 died", "some 1200 were": people
/// counted, not a year ("c. 1500 the town grew" has no verb right after it).
pub fn tells_what_the_counted_did(p: Para, k: usize) -> bool {
    if !(p.is_word(k) && p.lowercase(k) && p.lex(k) == Lex::Other) {
        return false;
    }
    let word = p.str(k);
    // Plural verbs agree with a count; "was" and "is" would agree with a year.
    let plural_verb = matches!(word, "were" | "are" | "have" | "had" | "come");
    plural_verb || !word.ends_with("ly") && is_verb_or_adjective(word)
}

/// Whether token `k` opens the object of a verb: a possessive or object pronoun or an article
/// ("lost their lives", "built a", "sold the"), which never follows the noun a number counts.
fn takes_object(p: Para, k: usize) -> bool {
    const OBJECT: &[&str] = &[
        "their", "his", "her", "its", "our", "my", "your", "them", "him", "us", "me", "the",
    ];
    p.is_word(k) && {
        let word = p.str(k);
        OBJECT.iter().any(|o| o.eq_ignore_ascii_case(word))
    }
}

/// A number joined by a hyphen to a noun that describes the next noun: "a four-cylinder engine",
/// "the three-point line", "a 500-page report" count cylinders, points, pages. Not "one-sided",
/// "one-off" or "well-being": participles and function words describe, they do not count. `k` is
/// the token after the hyphen; "10-fold" is a multiplier.
fn compound(p: Para, k: usize) -> Option<Unit> {
    let noun = p.str(k);
    if !(p.is_word(k) && p.lowercase(k) && p.lex(k) == Lex::Other) {
        return None;
    }
    if noun == "fold" {
        return Some(Unit::new(Kind::Quantity, "times", k));
    }
    // "a 1,200-strong workforce", "a 300-strong crowd": so many people.
    if noun == "strong" {
        return Some(Unit {
            plural: true,
            ..Unit::new(Kind::Count, "people", k)
        });
    }
    let described = k + 1;
    let ok = !noun.ends_with("ed")
        && !noun.ends_with("ing")
        && !noun.ends_with("ly")
        && !is_function_word(noun)
        && !p.touching(described)
        && p.is_word(described)
        && p.lowercase(described)
        && p.lex(described) == Lex::Other
        && !is_function_word(p.str(described));
    ok.then(|| Unit {
        plural: true,
        ..Unit::new(Kind::Count, &plural(&noun.to_lowercase()), k)
    })
}

/// The regular English plural of a noun, with the "-man" words.
fn plural(noun: &str) -> String {
    // Nouns that name a body of people or things, and "-men" words, are their own plural:
    // "18,000 horsemen", "some 18,000 cavalry".
    const COLLECTIVE: &[&str] = &[
        "cavalry",
        "infantry",
        "artillery",
        "militia",
        "police",
        "personnel",
        "staff",
        "crew",
        "clergy",
        "livestock",
        "cattle",
        "poultry",
        "gentry",
        "nobility",
        "peasantry",
        "youth",
    ];
    if noun.ends_with("men") || COLLECTIVE.contains(&noun) {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    if noun.ends_with('s') || noun.ends_with('x') || noun.ends_with("ch") || noun.ends_with("sh") {
        return format!("{noun}es");
    }
    if let Some(stem) = noun.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    format!("{noun}s")
}

pub fn looks_plural(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "police",
        "cattle",
        "personnel",
        "staff",
        "carabinieri",
        "head",
        "militia",
        "troops",
    ];
    (word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is"))
        || IRREGULAR.contains(&word)
}

/// Words that never name what a number counts.
pub fn is_function_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "did",
        "do",
        "does",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "not",
        "also",
        "still",
        "into",
        "onto",
        "with",
        "without",
        "against",
        "among",
        "if",
        "when",
        "while",
        "where",
        "because",
        "so",
        "yet",
        "but",
        "nor",
        "all",
        "each",
        "every",
        "any",
        "such",
        "what",
        "how",
        "why",
        "there",
        "here",
        "then",
        "than",
        "out",
        "off",
        "down",
        "left",
        "remained",
        "began",
        "became",
        "said",
        "made",
        "went",
        "came",
        "got",
        "took",
        "per",
        "via",
        "against",
        "both",
        "either",
        "neither",
        "whether",
        "ever",
        "never",
        "even",
        "again",
        "already",
        "later",
        "earlier",
        "ago",
        "last",
        "next",
        "same",
        "own",
        "respectively",
        "alone",
        "together",
        "instead",
        "too",
        "very",
        "more",
        "most",
        "less",
        "least",
        "over",
        "now",
        "then",
        "toward",
        "towards",
        "about",
        "under",
        "across",
        "through",
        "after",
        "before",
        "since",
        "until",
        "during",
        "like",
        "near",
        "behind",
    ];
    STOP.contains(&word.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::super::scan::{Token, tokenize};
    use super::*;

    fn unit(text: &str) -> Option<Unit> {
        let mut tokens: Vec<Token> = Vec::new();
        tokenize(text, &mut tokens);
        read(
            Para {
                text,
                tokens: &tokens,
            },
            1,
        )
    }

    #[test]
    fn percent_money_time_measure() {
        assert_eq!(unit("36 percent").unwrap().kind, Kind::Percent);
        assert_eq!(unit("36%").unwrap().name, "percent");
        assert_eq!(unit("36 per cent").unwrap().last, Some(2));
        assert_eq!(unit("30 dollars").unwrap().name, "USD");
        assert_eq!(unit("17 years").unwrap().name, "years");
        let decades = unit("two decades").unwrap();
        assert_eq!((decades.name.as_str(), decades.factor), ("years", 10.0));
        assert_eq!(unit("80 tons").unwrap().kind, Kind::Quantity);
        assert_eq!(unit("three short years").unwrap().last, Some(2));
    }

    #[test]
    fn imperial_and_metric_abbreviations_are_measures() {
        for (text, name) in [
            ("6 ft", "feet"),
            ("377 mi", "miles"),
            ("1370 g", "grams"),
            ("12 oz", "ounces"),
            ("40 yd", "yards"),
            ("3 lb", "lb"),
            ("5 mg", "mg"),
            ("2 kg", "kg"),
            ("65 km/h", "km/h"),
            ("10 m/s", "m/s"),
            ("80 kph", "km/h"),
            ("70 mph", "mph"),
        ] {
            let u = unit(text).unwrap();
            assert_eq!((u.kind, u.name.as_str()), (Kind::Quantity, name), "{text}");
        }
        assert_eq!(unit("65 km/h").unwrap().last, Some(3));
        // A network generation is no weight.
        assert_ne!(unit("5 G network").unwrap().name, "grams");
        assert_eq!(unit("4 G networks").unwrap().name, "networks");
        // An area is the square of its length.
        assert_eq!(unit("450 sq ft up").unwrap().name, "square feet");
        assert_eq!(unit("12 square miles").unwrap().name, "square miles");
        assert_eq!(unit("3 sq. km").unwrap().last, Some(3));
    }

    #[test]
    fn compounds() {
        assert_eq!(unit("four-year term").unwrap().name, "years");
        assert_eq!(unit("16-year-old").unwrap().last, Some(4));
        assert_eq!(unit("18 years old").unwrap().name, "years old");
        assert_eq!(unit("three-way election").unwrap().name, "way");
        assert_eq!(unit("1,200-strong workforce").unwrap().name, "people");
        assert!(unit("half-hearted").is_none());
        // A number joined to a noun that describes the next one counts that noun.
        assert_eq!(unit("4-cylinder engine").unwrap().name, "cylinders");
        assert_eq!(unit("500-page report").unwrap().name, "pages");
        assert_eq!(unit("10-fold rise").unwrap().name, "times");
        assert!(unit("1-sided game").is_none());
        assert!(unit("1-off payment").is_none());
    }

    #[test]
    fn seconds_and_temperatures() {
        let u = unit("9.58 seconds").unwrap();
        assert_eq!((u.kind, u.name.as_str()), (Kind::Duration, "seconds"));
        assert_eq!(unit("9.69 s in Beijing").unwrap().name, "seconds");
        assert_eq!(unit("233 °C").unwrap().name, "°C");
        assert_eq!(unit("40°F").unwrap().name, "°F");
        assert_eq!(unit("12 degrees Celsius").unwrap().name, "°C");
        assert_eq!(unit("18 degrees north").unwrap().name, "degrees");
        assert_eq!(unit("8 degrees C for").unwrap().name, "°C");
        assert_eq!(unit("20C for").unwrap().name, "°C");
        assert_ne!(unit("13C discrimination").unwrap().name, "°C");
        assert_eq!(unit("2.5x and").unwrap().name, "times");
        assert_eq!(unit("25 basis points").unwrap().name, "basis points");
        assert_eq!(unit("48 h later").unwrap().name, "hours");
        assert_eq!(unit("48 h. Then").unwrap().name, "hours");
        assert_eq!(unit("1323 K in").unwrap().name, "K");
        assert_eq!(unit("68 p at").unwrap().name, "pence");
        assert_eq!(unit("118.5p, its").unwrap().name, "pence");
        assert_ne!(unit("1080p video").unwrap().name, "pence");
        assert_eq!(unit("28.9s which").unwrap().name, "seconds");
        assert_eq!(unit("30min later").unwrap().name, "minutes");
        assert_eq!(unit("5 mg/kg twice").unwrap().name, "mg/kg");
        assert_eq!(unit("12.4 mmHg lower").unwrap().name, "mmHg");
        assert_eq!(unit("800 miles per hour").unwrap().name, "mph");
        assert_eq!(unit("20 miles per gallon").unwrap().name, "mpg");
        assert_eq!(unit("100 km per hour").unwrap().name, "km/h");
        let u = unit("5 metres per second").unwrap();
        assert_eq!((u.name.as_str(), u.last), ("metres per second", Some(3)));
        assert_eq!(unit("30° angle").unwrap().name, "degrees");
    }

    #[test]
    fn counted_nouns() {
        assert_eq!(unit("5,295 strikes").unwrap().name, "strikes");
        assert_eq!(unit("148 land occupations").unwrap().name, "occupations");
        assert_eq!(unit("40 people left").unwrap().name, "people");
        assert_eq!(unit("40,000 were incarcerated").unwrap().name, "");
        assert_eq!(unit("1 tank").unwrap().name, "tanks");
        assert_eq!(unit("189 low-income homes").unwrap().name, "homes");
        assert_eq!(unit("90 now").unwrap().name, "");
        assert_eq!(unit("9 poor and working people").unwrap().name, "people");
        assert_eq!(unit("3 opposition radio station gave").unwrap().name, "");
        assert_eq!(unit("100 ms auditory activity was").unwrap().name, "ms");
        assert_eq!(unit("100 xq auditory activity was").unwrap().name, "");
        assert_eq!(unit("1 pregnant woman were").unwrap().name, "");
        assert_eq!(unit("2 vital organs").unwrap().name, "organs");
        assert_eq!(unit("1 woman").unwrap().name, "women");
        assert_eq!(unit("1 party").unwrap().name, "parties");
        assert_eq!(unit("8 more picks").unwrap().name, "picks");
        assert_eq!(unit("8 straight World Cups since").unwrap().name, "cups");
        assert_eq!(unit("4 FA Cup finals with").unwrap().name, "finals");
        assert_eq!(unit("40,000 Americans").unwrap().name, "americans");
        assert_eq!(unit("5 more years").unwrap().name, "years");
        assert_eq!(
            unit("2 recently declassified documents").unwrap().name,
            "documents"
        );
    }

    #[test]
    fn verbs_and_adjectives_after_a_count_are_not_what_it_counts() {
        for text in [
            "1,517 lost their lives",
            "33 built",
            "10 dead",
            "706 survived",
            "12 missing",
            "3 sold their shares",
            "4 wrote",
            "5 swim their",
        ] {
            let u = unit(text.trim_start_matches("1,")).unwrap();
            assert_eq!((u.kind, u.name.as_str()), (Kind::Count, ""), "{text}");
        }
        // Nouns are still counted, the singular ones in their plural.
        assert_eq!(unit("33 ships were built").unwrap().name, "ships");
        assert_eq!(unit("1 boat").unwrap().name, "boats");
        assert_eq!(unit("1 survivor").unwrap().name, "survivors");
        assert_eq!(unit("10 dead soldiers").unwrap().name, "soldiers");
    }
}
