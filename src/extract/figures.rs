//! Figures: a hedge, a number (or a vague magnitude, a proportion, a duration in words), and
//! the unit after it, read as one claim with the interval the wording allows.
//!
//! Not figures: list numbering ("1." at the start of a paragraph), a paragraph that is one bare
//! number (a page number), numbers that are part of a name ("Chile 1", "COVID-19", "F-16"),
//! references ("page 12", "p. 45", "No. 3"), codes and numeric dates of unknown order (three
//! numbers or more joined without spaces: "978-0-14-044913-6", "05/06/2019"), slashed pairs
//! ("9/11", "24/7"), web addresses, times of day with no date in context, a lone "one" in
//! idioms ("one of the founders", "on the one hand", "one version … another"), bare number
//! words with nothing counted ("the two"), "first" as a discourse word ("First of all", "his
//! first priority": only "the first …" and "first time" rank), and ordinals in names ("the
//! Second World War").

use super::Found;
use super::scan::{Class, Lex, Para, W};
use super::{durations, hedges, numbers, units};
use crate::claims::{Approx, Interval, Kind};

/// Read a figure at token `i` into `found`; the token after what was read (which may be
/// nothing, for numbers that are not figures), or `None` when nothing starts here.
pub fn parse(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    if let Some(next) = not_a_figure(p, i) {
        return Some(next);
    }
    if let Some(next) = negative(p, i, found) {
        return Some(next);
    }
    if i > 0 && p.is_number(i) && brand(p, i - 1) {
        return Some(i + 1);
    }
    if let Some(next) = score(p, i, found) {
        return Some(next);
    }
    if let Some(next) = fold(p, i, found) {
        return Some(next);
    }
    let (approx, j) = hedges::hedge(p, i).unwrap_or((Approx::Exact, i));
    // "nearly 412,000", "almost 38 years": about, and not beyond.
    let short_of = |mut interval: Interval, high: f64| {
        if p.is_w(i, W::Nearly) || p.is_w(i, W::Almost) {
            interval.high = interval.high.min(high).max(interval.low);
        }
        interval
    };
    let between = p.is_w(j, W::Between);
    let j = if between { j + 1 } else { j };
    let (currency, j) = currency(p, j).map_or((None, j), |(c, k)| (Some(c), k));

    if let Some(mut spelled) = durations::spelled(p, j) {
        let mut step = 1.0;
        if let Some(rest) = durations::rest(p, spelled.next - 1, spelled.unit) {
            spelled.value += rest.add;
            step = rest.step;
            spelled.next = rest.last + 1;
        }
        found.push(
            Found::new(
                Kind::Duration,
                numbers::plain(spelled.value, if step < 1.0 { 3 } else { 2 }),
                approx,
                p.span(i, spelled.next - 1),
            )
            .unit(spelled.unit)
            .interval(short_of(
                allowed(Kind::Duration, approx, spelled.value, spelled.value, step),
                spelled.value,
            )),
        );
        return Some(spelled.next);
    }
    if let Some(vague) = hedges::vague(p, j) {
        let unit = units::read(p, vague.next).unwrap_or_else(units::Unit::none);
        let (kind, name) = match (&currency, unit.kind) {
            (Some(code), _) => (Kind::Money, code.to_string()),
            (None, Kind::Percent) => return Some(vague.next),
            // "several", "a few" bound a count only when they say what they count.
            (None, _) if vague.high < 10.0 && unit.name.is_empty() => return Some(vague.next),
            (None, kind) => (kind, unit.name.clone()),
        };
        let (low, high) = (vague.low * unit.factor, vague.high * unit.factor);
        let last = unit.last.unwrap_or(vague.next - 1);
        // "thousands of" with nothing counted after "of" ends before "of".
        let last = if p.is_w(last, W::Of) { last - 1 } else { last };
        found.push(
            Found::new(
                kind,
                format!("{}/{}", numbers::plain(low, 0), numbers::plain(high, 0)),
                Approx::Vague,
                p.span(i, last),
            )
            .unit(name)
            .interval(Interval::new(low, high)),
        );
        return Some(last + 1);
    }
    if currency.is_none()
        && let Some(share) = hedges::proportion(p, j, approx)
    {
        found.push(
            Found::new(
                Kind::Percent,
                numbers::plain(share.value, 2),
                share.approx,
                p.span(i, share.next - 1),
            )
            .unit("percent")
            .interval(share.interval),
        );
        return Some(share.next);
    }
    if currency.is_none()
        && approx == Approx::Exact
        && !between
        && let Some(next) = ordinal(p, j, found)
    {
        return Some(next);
    }
    if currency.is_none()
        && !between
        && let Some(next) = times(p, i, j, approx, found)
    {
        return Some(next);
    }
    let mut first = numbers::read(p, j)?;
    if currency.is_none()
        && !between
        && let Some(next) = suspended(p, i, &first, found)
    {
        return Some(next);
    }
    // A capitalised number word inside a sentence is a name: "the Kick Six", "Formula One",
    // "the Big Ten".
    if first.words && p.capitalized(j) && !p.sentence_start(j) && approx == Approx::Exact {
        return Some(first.next);
    }
    // "$5m", "$20k", "£1.2bn": a letter suffix scales an amount of money; without a
    // currency, "25k" and "4.3M" are scaled too, and "1.2m" when something is counted after it
    // ("1.2m tons", "35m of its devices"), not in "100m sprint" (metres).
    if p.touching(first.next) && !first.words {
        let plural_noun =
            |k: usize| p.lex(k) == Lex::Other && p.lowercase(k) && p.str(k).ends_with('s');
        // "2.7m digital and physical sales": adjectives (and "and") before the plural.
        let adjective = |k: usize| {
            p.lowercase(k)
                && ["al", "ic", "ive", "ous", "ful", "less", "ed", "ing"]
                    .iter()
                    .any(|end| p.str(k).ends_with(end))
        };
        let counted_after = |k: usize| {
            let mut k = k;
            while k < first.next + 6 && (adjective(k) || p.is_w(k, W::And) && adjective(k + 1)) {
                k += 1;
            }
            p.is_w(k, W::Of)
                || matches!(p.lex(k), Lex::Measure(_) | Lex::Currency(_))
                || plural_noun(k)
        };
        let e = match p.str(first.next) {
            "k" | "K" | "M" => 3 * (1 + i32::from(p.str(first.next) == "M")),
            "m" if currency.is_some() || counted_after(first.next + 1) => 6,
            "mil" if currency.is_some() => 6,
            "b" | "B" if currency.is_some() => 9,
            _ => 0,
        };
        if e > 0 {
            numbers::scale(&mut first, e);
            first.next += 1;
        }
    }
    // "the 49ers", "the 76ers": a team's name, digits written onto the "-ers" of its members.
    if !first.words
        && p.touching(first.next)
        && p.lex(first.next) == Lex::Other
        && p.str(first.next) == "ers"
    {
        return Some(first.next + 1);
    }
    if !first.words && clock(p, first.next) {
        // "5am", "10.45pm", "8 PM": a time of day the date parser could not place.
        return Some(first.next + 1);
    }
    let lone_word = first.words && p.lex(j) == Lex::Card(1) && first.next == j + 1;
    if first.next < p.len() && p.is_punct(first.next, ':') && p.is_number(first.next + 1) {
        // A time of day the date parser could not place.
        return Some(first.next + 2);
    }
    if !first.words && ordinal_suffix(p, first.next) {
        return None;
    }
    if !first.words && p.touching(first.next) && p.str(first.next) == "s" && !p.str(j).contains('.')
    {
        // "Model 3s", "three 4-3s": the plural of a numeral names things, it counts nothing.
        return Some(first.next + 1);
    }

    // "54 ± 9 years", "12.4 ± 0.3 mm": a value and its margin, both in the unit after them.
    if !between
        && currency.is_none()
        && (p.is_punct(first.next, '±') || p.str(first.next) == "+/-")
        && let Some(margin) = numbers::read(p, first.next + 1)
        && let Some(unit) = units::read(p, margin.next)
    {
        let f = unit.factor;
        let last = unit.last.unwrap_or(margin.next - 1);
        found.push(
            Found::new(unit.kind, scaled(&first, f), Approx::About, p.span(i, last))
                .unit(unit.name)
                .interval(Interval::new(
                    (first.value - margin.value) * f,
                    (first.value + margin.value) * f,
                )),
        );
        return Some(last + 1);
    }
    // A range: "between 200 and 300", "10-15", "10 to 15", "two or three".
    let mut second = None;
    let k = up_to_of_spread(p, i, first.next);
    // "between seven to 10 years" is written too.
    let joins = (between && (p.is_w(k, W::And) || p.is_w(k, W::To)))
        || (!between
            && (p.is_dash(k)
                || p.is_w(k, W::To)
                    && (!change_from(p, i) || range_changes_to(p, k))
                    && !(by_then_level(p, i) && carries_scale(p, &first))))
        || (!between && p.is_w(k, W::Or) && first.words);
    if joins {
        // The second amount may repeat the currency: "$89 to $93 billion", "between $US160
        // million and $US171 million".
        let start = match currency {
            Some(_) => self::currency(p, k + 1).map_or(k + 1, |(_, next)| next),
            None => k + 1,
        };
        if let Some(n) = numbers::read(p, start)
            && n.value > first.value
            && (n.words == first.words || between)
        {
            // "four to five thousand", "$89 to $93 billion": the scale word counts for both.
            if let Lex::Scale(e) = p.lex(n.next - 1)
                && !matches!(p.lex(first.next - 1), Lex::Scale(_))
                && first.value * 10f64.powi(e) <= n.value
            {
                numbers::scale(&mut first, e);
            }
            second = Some(n);
        }
    }
    // "between 5% and 6%", "5% to 10%", "1 per cent to 1.5 per cent": the unit said twice.
    let mut repeated = None;
    if second.is_none()
        && currency.is_none()
        && let Some(u1) = units::read(p, first.next)
        && let Some(l) = u1.last
        && !u1.name.is_empty()
        && u1.kind != Kind::Count
    {
        let k = up_to_of_spread(p, i, l + 1);
        let joined = if between {
            p.is_w(k, W::And)
        } else {
            (p.is_w(k, W::To) && !by_then_level(p, i) || p.is_dash(k)) && !change_from(p, i)
        };
        // The unit said twice binds the ends even when one is in words and one in digits ("a
        // five per cent to 20 per cent rebound").
        if joined
            && let Some(n) = numbers::read(p, k + 1)
            && n.value > first.value
            && let Some(u2) = units::read(p, n.next)
            && u2.name == u1.name
            && u2.last.is_some()
        {
            repeated = u2.last;
            second = Some(n);
        }
    }
    if between && second.is_none() {
        return None;
    }
    let after = second.as_ref().map_or(first.next, |n| n.next);
    // "between 2 and 3 p.m.", "9-11am": a span of the clock, which no date places here.
    if second.is_some() && !second.as_ref().is_some_and(|n| n.words) && clock(p, after) {
        return Some(after + 1);
    }
    if second.is_none()
        && currency.is_none()
        && !first.words
        && let Some(next) = height(p, i, &first, approx, found)
    {
        return Some(next);
    }
    let mut unit = units::read(p, after)?;
    if unit.last.is_none()
        && second.is_none()
        && p.is_w(after, W::And)
        && let Some(next) = numbers::read(p, after + 1)
        && let Some(shared) = units::read(p, next.next)
        && shared.kind == Kind::Count
        && !shared.name.is_empty()
    {
        // "244 and 588 mobilizations": the noun counts both.
        unit = units::Unit {
            last: None,
            ..shared
        };
    }
    // "two of the deputies", "three of Johnson's aides": a part of a group counts its members.
    if unit.last.is_none()
        && second.is_none()
        && currency.is_none()
        && first.value >= 2.0
        && first.value.fract() == 0.0
        && p.is_w(after, W::Of)
    {
        let mut k = after + 1;
        const DETERMINERS: &[&str] = &[
            "the", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        ];
        let possessive = |k: usize| p.str(k).ends_with("’s") || p.str(k).ends_with("'s");
        let word = p.str(k);
        if DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
            || p.capitalized(k) && possessive(k)
        {
            k += 1;
        }
        // "two of the group's members": the group is not what is counted.
        if p.is_word(k) && possessive(k) {
            k += 1;
        }
        let members = |k: usize| {
            units::read(p, k).filter(|u| u.kind == Kind::Count && u.plural && u.last.is_some())
        };
        if let Some(members) = members(k) {
            unit = members;
        } else if let Some(whole) = numbers::read(p, k)
            && let Some(members) = members(whole.next)
        {
            // "four of her six boats": four boats, and the whole ("six boats") is read next.
            unit = units::Unit {
                last: None,
                ..members
            };
        }
    }
    // A change "from 4.8 to 4.7 percent", "from $10 to $15 billion": the value it starts from
    // is written in the unit and scale of the value it goes to; "from 208 pounds to 193": the
    // value it goes to, in those of the value it starts from.
    let mut note = String::new();
    if second.is_none() && unit.last.is_none() {
        if p.is_w(after, W::To)
            && change_from(p, i)
            && let Some(target) = change_end(p, after + 1)
            && (currency.is_none() || target.unit.kind == Kind::Money)
        {
            // "from $10 to $15 billion" but not "from $250,000 to $1 million": the scale is
            // shared when it brings the two values closer.
            let gap = |v: f64| (v / target.value).abs().log10().abs();
            if target.scale > 0
                && !carries_scale(p, &first)
                && gap(first.value * 10f64.powi(target.scale)) < gap(first.value)
            {
                numbers::scale(&mut first, target.scale);
            }
            note = format!("the unit of '{}', the value it changes to", target.quote);
            unit = units::Unit {
                last: None,
                ..target.unit
            };
        } else if currency.is_none()
            && let Some(start) = found.last().filter(|_| i >= 2 && p.is_w(i - 1, W::To))
            && start.span.end == p.span(i - 2, i - 2).end
            && !start.unit.is_empty()
            && start.kind != Kind::Money
            // "by 311 votes to 293": a tally in words.
            && ((i.saturating_sub(6)..i - 1).any(|k| p.is_w(k, W::From)) || start.unit == "votes")
        {
            note = format!(
                "the unit of '{}', the value it changes from",
                &p.text[start.span.clone()]
            );
            unit = units::Unit {
                last: None,
                ..units::Unit::new(start.kind, &start.unit, 0)
            };
        }
    }
    // "two hours and forty minutes", "3 years and 6 months": one span, in the larger unit.
    if unit.kind == Kind::Duration
        && second.is_none()
        && !between
        && let Some(l) = unit.last
        && let Some(rest) = durations::rest(p, l, &unit.name)
    {
        let total = first.value * unit.factor + rest.add;
        first = numbers::Num {
            text: numbers::plain(total, 3),
            value: total,
            step: rest.step,
            zeros_may_round: false,
            ..first
        };
        unit.factor = 1.0;
        unit.last = Some(rest.last);
    }
    if let Some(code) = currency {
        unit = units::Unit {
            kind: Kind::Money,
            name: code.to_string(),
            factor: 1.0,
            last: unit.last.filter(|_| unit.kind == Kind::Money),
            plural: false,
        };
    }
    // "1,650 job cuts", "2,000 job losses": the jobs are what is counted, as in "cut 1,500 jobs".
    if unit.kind == Kind::Count
        && matches!(unit.name.as_str(), "cuts" | "losses")
        && let Some(l) = unit.last
        && l >= 1
        && p.word_is(l - 1, "job")
    {
        unit.name = "jobs".into();
    }
    if currency.is_none()
        && (unit.name.is_empty()
            || [
                "earthquakes",
                "quakes",
                "tremors",
                "aftershocks",
                "shocks",
                "magnitudes",
            ]
            .contains(&unit.name.as_str()))
        && let Some(last) = magnitude(p, j, &first)
    {
        unit = units::Unit {
            kind: Kind::Quantity,
            name: "magnitude".into(),
            factor: 1.0,
            last: Some(last),
            plural: false,
        };
    }
    if unit.name.is_empty() && (is_age(p, j) || apposed_age(p, j, &first)) {
        unit = units::Unit {
            kind: Kind::Quantity,
            name: "years old".into(),
            ..unit
        };
    }
    let hedged = approx != Approx::Exact || between || currency.is_some();
    if !hedged && unit.name.is_empty() && bare_is_not_a_figure(p, j, &first) {
        return Some(first.next);
    }
    if !hedged
        && unit.kind == Kind::Count
        && (model_number(p, j, &first)
            || address(p, after)
            || named_model(p, j, &first, &unit)
            || counted_model(p, j, &first))
    {
        return Some(first.next);
    }
    if lone_word && unit.kind != Kind::Duration && !one_counts(p, j, &unit) {
        return Some(first.next);
    }
    let approx = if second.is_some() {
        Approx::Range
    } else {
        approx
    };
    let factor = unit.factor;
    let (value, low, high, step) = match &second {
        Some(n) => (
            format!("{}/{}", scaled(&first, factor), scaled(n, factor)),
            first.value * factor,
            n.value * factor,
            first.step.min(n.step) * factor,
        ),
        None => (
            scaled(&first, factor),
            first.value * factor,
            first.value * factor,
            first.step * factor,
        ),
    };
    let step = if second.is_none() {
        rounding_of_one(unit.kind, step, &first)
    } else {
        rounding_step(unit.kind, step, &first)
    };
    let last = repeated.or(unit.last).unwrap_or(after - 1);
    found.push(
        Found::new(unit.kind, value, approx, p.span(i, last))
            .unit(unit.name)
            .interval(short_of(allowed(unit.kind, approx, low, high, step), high))
            .note(note),
    );
    Some(last + 1)
}

/// The value a change goes to, read for its unit and scale: "4.7 percent", "$15 billion",
/// "33-35 billion euros".
struct ChangeEnd {
    unit: units::Unit,
    /// The power of ten of its scale word ("billion" = 9), or 0.
    scale: i32,
    /// Its value (the first end of a range).
    value: f64,
    quote: String,
}

fn change_end(p: Para, k: usize) -> Option<ChangeEnd> {
    let start = k;
    let k = hedges::hedge(p, k).map_or(k, |(_, next)| next);
    let (code, k) = currency(p, k).map_or((None, k), |(c, next)| (Some(c), next));
    let mut end = numbers::read(p, k)?;
    if p.is_dash(end.next)
        && let Some(n) = numbers::read(p, end.next + 1)
    {
        end = n;
    }
    let value = end.value;
    let scale = match p.lex(end.next - 1) {
        Lex::Scale(e) => e,
        _ => 0,
    };
    let unit = match code {
        Some(code) => units::Unit::new(Kind::Money, code, end.next - 1),
        None => units::read(p, end.next).filter(|u| u.last.is_some() && !u.name.is_empty())?,
    };
    if unit.factor != 1.0 {
        return None;
    }
    let last = unit.last.unwrap_or(end.next - 1);
    Some(ChangeEnd {
        quote: p.text[p.span(start, last)].to_string(),
        unit,
        scale,
        value,
    })
}

/// "rose by $43.6 billion to $419.2 billion", "up by 0.2% to 4.5%": after "by", an amount
/// written out in full and then "to" is the size of a change and the level it reached, not a
/// range ("by 5 to 10 percent" is one).
fn by_then_level(p: Para, i: usize) -> bool {
    i >= 1 && p.word_is(i - 1, "by")
}

/// Is the number written with a scale of its own ("3 billion", "$5m")?
fn carries_scale(p: Para, n: &numbers::Num) -> bool {
    let last = n.next - 1;
    matches!(p.lex(last), Lex::Scale(_) | Lex::Scales(_)) || p.is_word(last) && p.touching(last)
}

/// A length in feet and inches, "6 ft 8 in", "6 feet 8 inches" or `6' 8"`: one length, given
/// in feet (6.667) as the first unit written, so that it meets "6 ft" and "6.5 feet" elsewhere.
/// Its rounding is that of the inches. "in" is the unit only where a preposition cannot be: at
/// the end of a clause or before "tall", "high", "long" and the like. `first` was read at `i`.
fn height(
    p: Para,
    i: usize,
    first: &numbers::Num,
    approx: Approx,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let k = first.next;
    let prime = p.is_punct(k, '\'') || p.is_punct(k, '′') || p.is_punct(k, '’');
    let (inches_at, primes) = if prime && p.touching(k) {
        (k + 1, true)
    } else if matches!(p.lex(k), Lex::Measure(_)) && units::read(p, k)?.name == "feet" {
        (k + 1, false)
    } else {
        return None;
    };
    if !p.is_number(inches_at) {
        return None;
    }
    let inches = numbers::read(p, inches_at)?;
    if inches.value >= 12.0 {
        return None;
    }
    let j = inches.next;
    let last = if primes {
        (p.touching(j) && (p.is_punct(j, '"') || p.is_punct(j, '″') || p.is_punct(j, '”')))
            .then_some(j)?
    } else if units::read(p, j).is_some_and(|u| u.name == "inches") {
        j
    } else if p.str(j) == "in" {
        let ends = !p.is_word(j + 1)
            || matches!(
                p.str(j + 1),
                "tall" | "high" | "long" | "wide" | "deep" | "and" | "or"
            );
        // "in." ends an abbreviation; the full stop stays outside the quote.
        ends.then_some(j)?
    } else {
        return None;
    };
    let feet = first.value + inches.value / 12.0;
    let step = inches.step / 12.0;
    found.push(
        Found::new(
            Kind::Quantity,
            numbers::plain(feet, 3),
            approx,
            p.span(i, last),
        )
        .unit("feet".to_string())
        .interval(allowed(Kind::Quantity, approx, feet, feet, step)),
    );
    Some(last + 1)
}

/// "four-, five- and six-cylinder engines", "two- and three-bedroom homes": numbers whose
/// hyphen waits for the noun after the last of them; each counts that noun. `first` is read at
/// the start of the list; quotes run from each number to its hyphen, the last to its noun.
fn suspended(p: Para, i: usize, first: &numbers::Num, found: &mut Vec<Found>) -> Option<usize> {
    let waits = |n: &numbers::Num| {
        p.is_dash(n.next)
            && p.touching(n.next)
            && (!p.touching(n.next + 1) || p.is_punct(n.next + 1, ','))
    };
    if !waits(first) {
        return None;
    }
    let mut list = vec![(i, first.clone())];
    let mut k = first.next + 1;
    let mut to = false;
    let unit = loop {
        while p.is_punct(k, ',') || p.is_w(k, W::And) || p.is_w(k, W::Or) || p.is_w(k, W::To) {
            to |= p.is_w(k, W::To);
            k += 1;
        }
        let n = numbers::read(p, k)?;
        if n.words != first.words || list.len() > 8 {
            return None;
        }
        let (start, next) = (k, n.next);
        if waits(&n) {
            list.push((start, n));
            k = next + 1;
            continue;
        }
        let unit = units::read(p, next)?;
        if unit.name.is_empty() || unit.last.is_none() || !p.is_dash(next) {
            return None;
        }
        list.push((start, n));
        break unit;
    };
    let last = unit.last?;
    let count = list.len();
    // "10- to 15-year terms": one range.
    if to && count == 2 && list[1].1.value > list[0].1.value {
        let (low, high) = (&list[0].1, &list[1].1);
        let step = low.step.min(high.step) * unit.factor;
        found.push(
            Found::new(
                unit.kind,
                format!("{}/{}", scaled(low, unit.factor), scaled(high, unit.factor)),
                Approx::Range,
                p.span(i, last),
            )
            .unit(unit.name.clone())
            .interval(allowed(
                unit.kind,
                Approx::Range,
                low.value * unit.factor,
                high.value * unit.factor,
                rounding_step(unit.kind, step, low),
            )),
        );
        return Some(last + 1);
    }
    for (index, (start, n)) in list.into_iter().enumerate() {
        let end = if index + 1 == count { last } else { n.next };
        let value = n.value * unit.factor;
        let step = rounding_of_one(unit.kind, n.step * unit.factor, &n);
        found.push(
            Found::new(
                unit.kind,
                scaled(&n, unit.factor),
                Approx::Exact,
                p.span(start, end),
            )
            .unit(unit.name.clone())
            .interval(allowed(unit.kind, Approx::Exact, value, value, step)),
        );
    }
    Some(last + 1)
}

/// "twice", and "once" after a hedge ("more than once"): multipliers and counts of times.
fn times(p: Para, i: usize, j: usize, approx: Approx, found: &mut Vec<Found>) -> Option<usize> {
    let (kind, value) = match p.lex(j) {
        Lex::W(W::Twice) => (Kind::Quantity, 2.0),
        // Bare "once" is mostly "when" or "formerly" ("Once in power", "once again").
        Lex::W(W::Once) if approx != Approx::Exact => (Kind::Count, 1.0),
        _ => return None,
    };
    found.push(
        Found::new(kind, numbers::plain(value, 0), approx, p.span(i, j))
            .unit("times")
            .interval(allowed(kind, approx, value, value, 0.0)),
    );
    Some(j + 1)
}

/// A lone "one" counts a thing only when a noun follows it and it is not an idiom: not "one
/// of", "each one", "the one which", "at one time", "on the one hand", "one form of", nor one
/// version set against "another".
fn one_counts(p: Para, j: usize, unit: &units::Unit) -> bool {
    let Some(last) = unit.last else {
        return false;
    };
    // "one per cent", "one dollar", "one mile": a unit makes it a figure.
    if matches!(unit.kind, Kind::Percent | Kind::Money | Kind::Quantity) {
        return true;
    }
    // "one form of", "one member of": a kind or a part, not a figure; but a charge or a case
    // is counted: "one count of wire fraud", "one case of cholera".
    let counted_of = matches!(
        p.str(last).to_ascii_lowercase().as_str(),
        "count" | "charge" | "case"
    );
    if unit.kind != Kind::Count || unit.name.is_empty() || p.is_w(last + 1, W::Of) && !counted_of {
        return false;
    }
    const IDIOMS_BEFORE: &[&str] = &[
        "the", "each", "at", "on", "no", "any", "every", "this", "that",
    ];
    const IDIOM_NOUNS: &[&str] = &["time", "day", "way", "side", "thing", "point", "another"];
    let before = j
        .checked_sub(1)
        .map(|k| p.str(k).to_ascii_lowercase())
        .unwrap_or_default();
    if IDIOMS_BEFORE.contains(&before.as_str())
        || IDIOM_NOUNS.contains(&p.str(j + 1).to_ascii_lowercase().as_str())
    {
        return false;
    }
    !(last + 1..p.len()).any(|k| p.word_is(k, "another"))
}

fn scaled(n: &numbers::Num, factor: f64) -> String {
    if factor == 1.0 {
        n.text.clone()
    } else {
        numbers::plain(n.value * factor, 6)
    }
}

/// Skip tokens that look like figures but are not: web addresses, codes ("978-0-14-044913-6",
/// "COVID-19", "F-16"), list numbering and references ("p. 45", "Figure 2"). Returns the token
/// after what is skipped. Dates are parsed after this, so it must not take them.
pub fn not_a_figure(p: Para, i: usize) -> Option<usize> {
    // The token after the run of tokens touching `k`: an address or identifier ends at a space.
    let to_space = |mut k: usize| {
        while k < p.len() && p.touching(k) {
            k += 1;
        }
        k
    };
    // A web address runs to the next space.
    if p.is_w(i, W::Web) {
        let k = to_space(i + 1);
        return (k > i + 1).then_some(k);
    }
    if !p.is_number(i) {
        return None;
    }
    // "doi:10.1016/j.jssc.2011.11.008": an identifier runs to the next space.
    if i >= 2 && p.is_punct(i - 1, ':') && p.word_is(i - 2, "doi") && p.touching(i) {
        return Some(to_space(i + 1));
    }
    // "+44 20 7946 0321", "+33 1 23 45 67 89": a telephone number, to its last group of digits.
    // A country code of one to three digits, then at least two more groups ("+0.2%" is a
    // change, not a number to call).
    if i >= 1
        && p.is_punct(i - 1, '+')
        && p.touching(i)
        && p.plain_int(i).is_some_and(|(_, len)| len <= 3)
    {
        let mut k = i + 1;
        let mut groups = 1;
        while k < p.len()
            && (p.is_number(k)
                || (p.is_dash(k) || p.is_punct(k, '(') || p.is_punct(k, ')')) && p.is_number(k + 1))
        {
            groups += usize::from(p.is_number(k));
            k += 1;
        }
        if groups >= 3 {
            return Some(k);
        }
    }
    // A numbered section heading: "4.2 The siege of the town".
    let section_number = |t: &str| {
        let parts: Vec<&str> = t.trim_end_matches('.').split('.').collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    };
    if i == 0 && p.len() <= 12 && section_number(p.str(0)) && p.is_word(1) && p.capitalized(1) {
        return Some(1);
    }
    // "Copyright 2023 Meridian Research", "© 2019–2024", "(c) 2024": a notice, not a claim.
    let parenthesised_c = i >= 3
        && p.is_punct(i - 1, ')')
        && p.str(i - 2).eq_ignore_ascii_case("c")
        && p.is_punct(i - 3, '(');
    if i >= 1
        && (p.str(i - 1).eq_ignore_ascii_case("copyright")
            || p.is_punct(i - 1, '©')
            || parenthesised_c)
        && p.plain_int(i).is_some_and(|(_, len)| len == 4)
    {
        let mut k = i + 1;
        while k < i + 3 && (p.is_dash(k) || p.is_number(k)) {
            k += 1;
        }
        return Some(k);
    }
    // "[25]", "[1–5]", "[12,48]": the numbers of a citation.
    if let Some(end) = citation(p, i) {
        return Some(end);
    }
    // "Kounaves et al., 2010b", "3D profiles": a year with a letter, a dimension.
    if p.touching(i + 1)
        && (matches!(p.str(i + 1), "a" | "b" | "c" | "d")
            && p.plain_int(i).is_some_and(|(_, len)| len == 4)
            || p.str(i + 1) == "D")
    {
        return Some(i + 2);
    }
    // "44 BC", "2560 BCE": a year before the era, which the value grammar cannot write.
    if matches!(p.str(i + 1), "BC" | "BCE") {
        return Some(i + 2);
    }
    let joiner = |k: usize| {
        p.touching(k)
            && p.touching(k + 1)
            && matches!(p.class(k), Some(Class::Punct('-' | '/' | '.' | '–')))
    };
    // "14/03/2024": a numeric day, for the date parser.
    if super::dates::slashed_day(p, i).is_some() {
        return None;
    }
    // "9/11", "24/7": a slashed pair names a day or a ratio, not a count; but "1/16 of a
    // pint" is a fraction (`numbers::is_fraction`).
    if p.is_punct(i + 1, '/')
        && p.touching(i + 1)
        && p.touching(i + 2)
        && p.is_number(i + 2)
        && !numbers::is_fraction(p, i)
    {
        return Some(i + 3);
    }
    // The tail of a joined pair whose head was not a figure ("Call 555-1234"): neither is it.
    if i >= 2 && joiner(i - 1) && p.is_number(i - 2) {
        return Some(i + 1);
    }
    // Three numbers or more joined without spaces: a code, a phone or ISBN number, a numeric
    // date whose order cannot be known ("05/06/2019"). ISO dates, and numeric dates whose
    // order one part shows ("14/03/2024"), are left to the date parser.
    {
        let mut k = i;
        let mut numbers = 1;
        while joiner(k + 1) && p.is_number(k + 2) {
            k += 2;
            numbers += 1;
        }
        let iso = numbers == 3
            && p.str(i).len() == 4
            && p.is_punct(i + 1, '-')
            && p.str(i + 2).len() == 2
            && p.str(i + 4).len() == 2;
        if numbers >= 3 && !iso {
            return Some(k + 1);
        }
    }
    // A number hyphenated to a capitalised word is a name: "COVID-19", "F-16", "B-52"; to a
    // word of rank, a place or a class ("a last-32 tie", "the top-10 finish", "an under-21
    // team"). ("sub-7 nanometer" and "now-18 month-old" are measures.)
    const RANKS: &[&str] = &["top", "last", "under", "over", "bottom"];
    if i >= 2
        && p.is_dash(i - 1)
        && p.touching(i - 1)
        && p.touching(i)
        && p.is_word(i - 2)
        && (p.capitalized(i - 2) || RANKS.iter().any(|w| p.word_is(i - 2, w)))
    {
        return Some(i + 1);
    }
    // The tail of a name or code with a point or comma in it: "ID.3", "PS8.1bn", "v2.5",
    // "PS21,700". The word before is a code: it ends in a digit, or is capitals or one letter;
    // "a half.50 years" is a full stop with its space missing.
    if i >= 2
        && p.touching(i)
        && p.touching(i - 1)
        && (p.is_punct(i - 1, '.') || p.is_punct(i - 1, ','))
        && p.is_word(i - 2)
    {
        let code = p.str(i - 2);
        let digit_end = code.ends_with(|c: char| c.is_ascii_digit());
        let capitals = code.len() <= 4 && code.bytes().all(|b| b.is_ascii_uppercase());
        if digit_end || p.is_punct(i - 1, '.') && (capitals || code.len() == 1) {
            return Some(i + 1);
        }
    }
    // "1." or "2)" opening a paragraph or following a bullet.
    let opens = i == 0 || p.is_punct(i - 1, '•') || p.is_punct(i - 1, '(') && i == 1;
    if opens
        && (p.is_punct(i + 1, '.') || p.is_punct(i + 1, ')'))
        && p.touching(i + 1)
        && (i + 2 >= p.len() || !p.touching(i + 2))
    {
        return Some(i + 2);
    }
    if i > 0 {
        // "p. 45", "No. 3": the abbreviation's full stop comes between.
        let k = if p.is_punct(i - 1, '.') && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        let before = p.str(k).to_ascii_lowercase();
        const REFERENCES: &[&str] = &[
            "page",
            "pages",
            "p",
            "pp",
            "no",
            "nos",
            "number",
            "chapter",
            "vol",
            "volume",
            "section",
            "article",
            "figure",
            "figures",
            "fig",
            "figs",
            "tables",
            "eq",
            "eqs",
            "equation",
            "ref",
            "refs",
            "table",
            "verse",
            "line",
            "issue",
            "episode",
            "route",
            "room",
            "tel",
            "isbn",
            "part",
            "item",
            "paragraph",
            // Labels of a class or a step in a series: "category 4", "stage 3", "type 2".
            "category",
            "stage",
            "phase",
            "type",
            "model",
            "grade",
        ];
        if p.is_word(k) && REFERENCES.contains(&before.as_str()) || p.is_punct(i - 1, '#') {
            return Some(i + 1);
        }
    }
    None
}

/// Is the number at `i` inside square brackets that hold only numbers, commas and dashes (a
/// citation: "[25]", "[1–5]", "[12,48]")? The token after the closing bracket.
fn citation(p: Para, i: usize) -> Option<usize> {
    let inside = |k: usize| p.is_number(k) || p.is_punct(k, ',') || p.is_dash(k);
    let mut start = i;
    while start > 0 && inside(start - 1) && i - start < 12 {
        start -= 1;
    }
    if start == 0 || !p.is_punct(start - 1, '[') {
        return None;
    }
    let mut end = i;
    while end < p.len() && inside(end) && end - i < 12 {
        end += 1;
    }
    p.is_punct(end, ']').then_some(end + 1)
}

/// A bare number with nothing counted: keep it only when it reads as a figure.
fn bare_is_not_a_figure(p: Para, j: usize, n: &numbers::Num) -> bool {
    // "the two", "nine": a small number word with nothing counted says nothing.
    if n.words {
        return n.value < 100.0;
    }
    // A citation or a label: "[25]", "[2, 5]", "compound (1)", "Prescott (4)": a bare small
    // number alone in brackets names something.
    let enclosed = |open: char, close: char| {
        j > 0
            && p.is_punct(j - 1, open)
            && p.touching(j)
            && (p.is_punct(n.next, close) || open == '[' && p.is_punct(n.next, ','))
            && p.touching(n.next)
    };
    if enclosed('[', ']') || enclosed('(', ')') && p.plain_int(j).is_some_and(|(v, _)| v < 100) {
        return true;
    }
    // A code: "0401 GMT", "007". A leading zero is not written before a count.
    let written = p.str(j);
    if written.len() > 1 && written.starts_with('0') && written.as_bytes()[1].is_ascii_digit() {
        return true;
    }
    // A postal or telephone code: "the 90049 ZIP code", "the 212 area code".
    let code_word = |k: usize| {
        ["zip", "postcode", "zipcode"]
            .iter()
            .any(|w| p.str(k).eq_ignore_ascii_case(w))
            || p.str(k).eq_ignore_ascii_case("area") && p.str(k + 1).eq_ignore_ascii_case("code")
    };
    if p.is_word(n.next) && code_word(n.next) {
        return true;
    }
    // A model: "787 Dreamliner", "11 Pro and 11 Pro Max": a capitalised singular word after the
    // number, with no plural noun after it ("96 Liverpool fans" counts fans).
    let k = n.next;
    let name_like = |w: &str| {
        w.len() >= 2
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(w, "Fahrenheit" | "Celsius" | "Kelvin")
    };
    if p.plain_int(j).is_some()
        && p.is_word(k)
        && p.capitalized(k)
        && name_like(p.str(k))
        && p.lex(k) == Lex::Other
        && !units::looks_plural(p.str(k))
        && !units::is_function_word(p.str(k))
    {
        // Read past the rest of the name ("Model S and Model X vehicles").
        let mut end = k + 1;
        while end < k + 6
            && (p.is_word(end) && p.capitalized(end)
                || p.is_number(end)
                || p.is_w(end, W::And)
                || p.is_w(end, W::Or))
        {
            end += 1;
        }
        let counted = p.is_word(end) && p.lowercase(end) && units::looks_plural(p.str(end));
        if !counted {
            return true;
        }
    }
    // Part of a name: "Chile 1", "Apollo 11"; not "With 275 pound-feet", where the capital
    // only opens the sentence.
    j > 0
        && p.is_word(j - 1)
        && p.capitalized(j - 1)
        && p.lex(j - 1) == Lex::Other
        && !units::is_function_word(p.str(j - 1))
}

/// A number in digits after an acronym names a model or a strain, it counts nothing: "HIV 2
/// drug regimen", "BMW 5 series". (A capitalised word after the number is no sign: it may be
/// a unit, "387 Fahrenheit", "110 JPY", "0.5 WAR", or an adjective, "96 Liverpool fans".)
fn model_number(p: Para, j: usize, n: &numbers::Num) -> bool {
    let before = j.checked_sub(1).map_or("", |k| p.str(k));
    // Places and currency codes are not names of models: "in the UK 3 million people", "RM 120".
    const PLACES: &[&str] = &["US", "UK", "EU", "UN", "UAE", "USA"];
    !n.words
        && j > 0
        && p.is_word(j - 1)
        && p.lex(j - 1) == Lex::Other
        && before.len() >= 2
        && before.bytes().all(|b| b.is_ascii_uppercase())
        && !PLACES.contains(&before)
        && !super::scan::CURRENCY_CODES.contains(&before.as_bytes())
}

/// "an Ariane 5 rocket", "the Apollo 11 mission", "a Falcon 9 booster": a number after a name
/// and before a singular noun is part of the name; a count of two or more takes a plural.
fn named_model(p: Para, j: usize, n: &numbers::Num, unit: &units::Unit) -> bool {
    !n.words
        && n.value > 1.0
        && p.plain_int(j).is_some()
        && !unit.plural
        && unit.last.is_some()
        // "the Lamborghini's 640bhp engine": a unit written onto the number measures.
        && !p.touching(n.next)
        && j > 0
        && p.is_word(j - 1)
        && p.capitalized(j - 1)
        && p.lex(j - 1) == Lex::Other
        && !units::is_function_word(p.str(j - 1))
}

/// "two new 737 Max jets": a number in digits before a capitalised name, after a count of what
/// follows, names the model of what is counted.
fn counted_model(p: Para, j: usize, n: &numbers::Num) -> bool {
    let name_after = p.is_word(n.next)
        && p.capitalized(n.next)
        && p.lex(n.next) == Lex::Other
        && !units::looks_plural(p.str(n.next));
    // The count, then at most one adjective: "two new 737 Max jets", not "10 of 12 American
    // victims".
    let count_at = |k: usize| matches!(p.lex(k), Lex::Card(_)) || p.is_number(k);
    let adjective = |k: usize| {
        p.is_word(k)
            && p.lowercase(k)
            && p.lex(k) == Lex::Other
            && !units::is_function_word(p.str(k))
    };
    let count_before = j >= 1 && count_at(j - 1) || j >= 2 && count_at(j - 2) && adjective(j - 1);
    !n.words && p.plain_int(j).is_some() && name_after && count_before
}

/// Does a street address follow the number ending at `k`: capitalised words (or a numbered
/// street, "71st") ending in a word for a street, "9 E 71st St", "49 Zorro Ranch Road",
/// "16-18 Industrial Avenue", "22 Ave Foch".
fn address(p: Para, k: usize) -> bool {
    const STREETS: &[&str] = &[
        "St",
        "Street",
        "Rd",
        "Road",
        "Ave",
        "Avenue",
        "Blvd",
        "Boulevard",
        "Lane",
        "Drive",
        "Way",
        "Place",
        "Square",
        "Highway",
    ];
    let mut k = k;
    for _ in 0..4 {
        let word = p.str(k);
        if p.is_word(k) && STREETS.contains(&word) && k > 0 {
            return true;
        }
        if p.is_number(k) && ordinal_suffix(p, k + 1) {
            k += 2;
        } else if p.is_word(k) && p.capitalized(k) && p.lex(k) == Lex::Other {
            k += 1;
        } else {
            return false;
        }
    }
    false
}

/// A sports score or a record ("2-0 down", "tied at 89-89", "three 4-3s"): two numbers joined
/// by a dash whose second is not greater than the first are not a range, and neither is a
/// figure alone. Returns the token after the pair.
fn score(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    let (a, _) = p.plain_int(i)?;
    if !(p.is_dash(i + 1) && p.touching(i + 1) && p.touching(i + 2)) {
        return None;
    }
    let (b, _) = p.plain_int(i + 2)?;
    let next = if p.str(i + 3) == "s" && p.touching(i + 3) {
        i + 4
    } else {
        i + 3
    };
    if !(b <= a && a < 1000) {
        return None;
    }
    // "The Senate voted 52-48", "passed 220-207", "a 6-3 vote": a tally, the votes for and the
    // votes against, each a count of votes.
    const VOTING: &[&str] = &[
        "vote",
        "votes",
        "voted",
        "voting",
        "passed",
        "approved",
        "confirmed",
        "ratified",
        "rejected",
        "defeated",
        "adopted",
        "margin",
        "tally",
    ];
    let voting = (i.saturating_sub(4)..i)
        .chain(next..next + 1)
        .any(|k| VOTING.iter().any(|w| p.word_is(k, w)));
    if voting && next == i + 3 {
        for (at, votes) in [(i, a), (i + 2, b)] {
            let value = f64::from(votes);
            found.push(
                Found::new(
                    Kind::Count,
                    votes.to_string(),
                    Approx::Exact,
                    p.span(at, at),
                )
                .unit("votes")
                .interval(Interval::point(value))
                .note(format!("a tally of {a} votes to {b}")),
            );
        }
    }
    Some(next)
}

/// "sixfold", "tenfold", "a hundredfold": a multiplier written as one word.
fn fold(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    let word = p.str(i);
    let stem = word.strip_suffix("fold")?;
    let value = match super::scan::lookup(stem.as_bytes()) {
        Lex::Card(n) => f64::from(n),
        Lex::Scale(e) => 10f64.powi(e),
        _ => return None,
    };
    found.push(
        Found::new(
            Kind::Quantity,
            numbers::plain(value, 0),
            Approx::Exact,
            p.span(i, i),
        )
        .unit("times")
        .interval(Interval::point(value)),
    );
    Some(i + 1)
}

/// A number after a minus sign ("-1.3%", "minus-5 yards", "minus 5 degrees"): the figure
/// after it, negated. The sign is a minus only when it stands apart from the word before it and
/// touches the number ("10-15" is a range, "COVID-19" a name).
fn negative(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    if let Some(next) = signed_after_currency(p, i, found) {
        return Some(next);
    }
    let minus_word = p.word_is(i, "minus");
    let sign = matches!(p.class(i), Some(Class::Punct('-' | '−')));
    if !minus_word && !sign || sign && i > 0 && p.touching(i) {
        return None;
    }
    // "COVID -19": a name in capitals with a stray space before its number.
    if sign
        && i > 0
        && p.is_word(i - 1)
        && p.str(i - 1).len() >= 3
        && p.str(i - 1).bytes().all(|b| b.is_ascii_uppercase())
        && p.touching(i + 1)
        && p.plain_int(i + 1).is_some()
    {
        return Some(i + 2);
    }
    let mut k = i + 1;
    if minus_word && matches!(p.class(k), Some(Class::Punct('-' | '−'))) && p.touching(k) {
        k += 1;
    }
    // "-$50.8bn": the sign before a currency sign.
    let money = matches!(p.class(k), Some(Class::Punct(c)) if super::scan::is_currency_sign(c))
        && p.touching(k + 1)
        && p.is_number(k + 1);
    if !p.is_number(k) && !money || sign && !p.touching(k) {
        return None;
    }
    let before = found.len();
    let next = parse(p, k, found)?;
    if found.len() == before + 1
        && let Some(f) = found.last_mut()
        && f.span.start == p.span(k, k).start
        && !f.value.contains('/')
        && matches!(
            f.kind,
            Kind::Percent | Kind::Quantity | Kind::Count | Kind::Money
        )
    {
        f.value.insert(0, '-');
        f.interval = f.interval.map(|r| Interval::new(-r.high, -r.low));
        f.span.start = p.span(i, i).start;
    }
    Some(next)
}

/// "$-50.8bn": the minus sign after the currency sign. The amount after the sign is read as a
/// figure and made the negative amount of that currency.
fn signed_after_currency(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    let code = match p.class(i)? {
        Class::Punct('$') => "USD",
        Class::Punct('£') => "GBP",
        Class::Punct('€') => "EUR",
        Class::Punct('¥') => "JPY",
        Class::Punct('₹') => "INR",
        _ => return None,
    };
    let sign = matches!(p.class(i + 1), Some(Class::Punct('-' | '−')));
    if !(sign && p.touching(i + 1) && p.touching(i + 2) && p.is_number(i + 2)) {
        return None;
    }
    let before = found.len();
    let next = parse(p, i + 2, found)?;
    if found.len() == before + 1
        && let Some(f) = found.last_mut()
        && !f.value.contains('/')
        && matches!(f.kind, Kind::Count | Kind::Money)
        && (f.unit.is_empty() || f.kind == Kind::Money)
    {
        f.kind = Kind::Money;
        f.unit = code.to_string();
        f.value.insert(0, '-');
        f.interval = f.interval.map(|r| Interval::new(-r.high, -r.low));
        f.span.start = p.span(i, i).start;
    }
    Some(next)
}

/// "am", "pm", "AM", "PM" at `k` ("a.m." reads as "a" then "."): the number before is a time of
/// day. Lower-case "am" apart from the number is the verb ("when I am").
fn clock(p: Para, k: usize) -> bool {
    let word = p.str(k);
    p.is_word(k)
        && (matches!(word, "AM" | "PM" | "pm")
            || word == "am" && p.touching(k)
            || matches!(word, "a" | "p") && p.is_punct(k + 1, '.') && p.word_is(k + 2, "m"))
}

/// A word written in mixed case ("iPhone", "PlayStation", "eBay"): a product or brand whose
/// number after it is a model, not a figure ("iPhone 11 Pro cameras").
fn brand(p: Para, k: usize) -> bool {
    // "VPT's 320 buses", "the BBC's 300 reporters": a possessive's "s" is no mixed case.
    let word = p.str(k);
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    p.is_word(k)
        && word.chars().any(|c| c.is_ascii_lowercase())
        && word.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

/// "$", "US$", "£", "€" before a number.
fn currency(p: Para, j: usize) -> Option<(&'static str, usize)> {
    let code = match p.class(j)? {
        // "$US113 trillion": the code after the sign.
        Class::Punct('$')
            if p.str(j + 1) == "US"
                && p.touching(j + 1)
                && p.touching(j + 2)
                && p.is_number(j + 2) =>
        {
            return Some(("USD", j + 2));
        }
        // "$A82,615,680", "$NZ50": the country's letters after the sign.
        Class::Punct('$')
            if p.touching(j + 1)
                && p.touching(j + 2)
                && p.is_number(j + 2)
                && let Some(code) = dollar_country(p, j + 1) =>
        {
            return Some((code, j + 2));
        }
        Class::Punct('$') => "USD",
        Class::Punct('£') => "GBP",
        Class::Punct('€') => "EUR",
        Class::Punct('¥') => "JPY",
        Class::Punct('₹') => "INR",
        // "US$", "A$", "NZ$", "HK$": the country's letters before the sign.
        Class::Word
            if p.is_punct(j + 1, '$')
                && p.touching(j + 1)
                && let Some(code) = dollar_country(p, j) =>
        {
            return Some((code, j + 2));
        }
        // "PS6m": the transliteration of "£" (`scan::transliterated_pound`).
        Class::Word if p.str(j) == "PS" && p.is_number(j + 1) && p.touching(j + 1) => {
            return Some(("GBP", j + 1));
        }
        // A currency code before the amount: "USD 18 million", "CHF 6.5 million" (in capitals,
        // so that "us 4" is not dollars).
        Class::Word
            if p.is_number(j + 1)
                && !p.touching(j + 1)
                && p.str(j) != "US"
                && p.str(j).bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            let word = p.str(j).as_bytes();
            let code = super::scan::CURRENCY_CODES.iter().find(|c| **c == word)?;
            return Some((std::str::from_utf8(code).ok()?, j + 1));
        }
        // A currency code written onto the amount: "USD10m", "EUR50m", "RM23.50".
        Class::Word if p.is_number(j + 1) && p.touching(j + 1) => {
            let word = p.str(j).as_bytes();
            let code = super::scan::CURRENCY_CODES.iter().find(|c| **c == word)?;
            return Some((std::str::from_utf8(code).ok()?, j + 1));
        }
        _ => return None,
    };
    let next = j + 1;
    (p.is_number(next) || matches!(p.lex(next), Lex::Scales(_) | Lex::W(W::Tens)))
        .then_some((code, next))
}

/// "revised from 5 to 7 per cent to 3 to 5 per cent": after "from", "X to Y" is a range when
/// another "to" and a figure follow it, the change going from one range to the other. `k` is
/// the first "to".
fn range_changes_to(p: Para, k: usize) -> bool {
    let Some(n) = numbers::read(p, k + 1) else {
        return false;
    };
    let end = units::read(p, n.next)
        .and_then(|u| u.last)
        .map_or(n.next, |last| last + 1);
    p.is_w(end, W::To) && numbers::read(p, end + 1).is_some()
}

/// The code of the dollar whose country's letters are token `k` ("A" = AUD, "NZ" = NZD).
fn dollar_country(p: Para, k: usize) -> Option<&'static str> {
    let word = p.str(k).as_bytes();
    super::scan::DOLLAR_COUNTRIES
        .iter()
        .find(|(letters, _)| *letters == word)
        .map(|(_, code)| *code)
}

/// "sizes from 450 sq ft up to 900 sq ft": in a spread that starts with "from", "up to" joins
/// its ends as "to" does. Returns the token of that "to", or `k` unchanged.
fn up_to_of_spread(p: Para, i: usize, k: usize) -> usize {
    let from = i >= 1 && p.is_w(i - 1, W::From) || i >= 2 && p.is_w(i - 2, W::From);
    if from && p.word_is(k, "up") && p.is_w(k + 1, W::To) && !change_from(p, i) {
        k + 1
    } else {
        k
    }
}

/// "rose from 36 to 40", "an increase from 5 to 7": two values at two times, not a range. It is
/// a change only when a word of change comes before "from" (adverbs aside: "to slow slightly
/// from"); otherwise "from X to Y" gives the ends of a spread: "homes from $750,000 to $1
/// million", "fines from $250,000 to $1 million", "prices range from $370,000 to $5.5 million".
fn change_from(p: Para, i: usize) -> bool {
    let from = if i >= 1 && p.is_w(i - 1, W::From) {
        i - 1
    } else if i >= 2 && p.is_w(i - 2, W::From) {
        i - 2
    } else {
        return false;
    };
    // "up from 500", "down from 36": the change is the word before.
    if from >= 1 && (p.word_is(from - 1, "up") || p.word_is(from - 1, "down")) {
        return true;
    }
    let mut k = from;
    while k >= 1 && p.is_word(k - 1) && is_adverb(p.str(k - 1)) && from - k < 2 {
        k -= 1;
    }
    k >= 1 && p.is_word(k - 1) && hedges::is_change(&p.str(k - 1).to_ascii_lowercase())
}

fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "upward" | "upwards" | "downward" | "downwards" | "back" | "all"
        )
}

fn ordinal_suffix(p: Para, k: usize) -> bool {
    p.touching(k)
        && p.is_word(k)
        && matches!(
            p.str(k).to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
}

/// Ordinals: "his fourth time", "the 50th anniversary", "for the first time".
fn ordinal(p: Para, j: usize, found: &mut Vec<Found>) -> Option<usize> {
    // "two-hundredth anniversary", "twenty-fifth": a number word joined to an ordinal.
    let joined = p.is_dash(j + 1) && p.touching(j + 1) && p.touching(j + 2);
    let compound = match (p.lex(j), p.lex(j + 2)) {
        _ if !joined => None,
        (Lex::Card(n), Lex::Ord(m)) if n >= 20 && n % 10 == 0 && n < 100 && m < 10 => Some(n + m),
        (Lex::Card(n), _) if p.word_is(j + 2, "hundredth") => Some(n * 100),
        (Lex::Card(n), _) if p.word_is(j + 2, "thousandth") => Some(n * 1000),
        _ => None,
    };
    let (n, last) = match p.lex(j) {
        _ if let Some(n) = compound => (n, j + 2),
        Lex::Ord(n) => {
            let after = j + 1;
            let name = p.capitalized(j) && !p.sentence_start(j);
            let joined = p.is_dash(after) && p.touching(after);
            let before = |w: W| j > 0 && p.is_w(j - 1, w);
            let opens = |c: char| p.is_punct(after, c);
            let followed = p.is_word(after) || opens('“') || opens('"');
            // "a second" is a unit of time unless something ranked follows ("a second cordon").
            let bad_article = before(W::A) && !followed || j > 0 && p.is_number(j - 1);
            // "first" ranks only as "the first ...": not "First of all", "first an activist".
            let first_ranks = n != 1
                || p.is_w(after, W::Time)
                || (before(W::The) || j > 1 && p.word_is(j - 1, "very") && p.is_w(j - 2, W::The))
                    && followed;
            if name || joined || bad_article || !first_ranks {
                return Some(j + 1);
            }
            (n, j)
        }
        _ if p.is_number(j) && ordinal_suffix(p, j + 1) => {
            let n: u32 = p.str(j).parse().ok()?;
            (n, j + 1)
        }
        _ => return None,
    };
    // The quote runs to the thing ranked ("fourth time", "20th Congress"); the unit stays empty.
    let noun = last + 1;
    let end = if p.is_word(noun)
        && matches!(p.lex(noun), Lex::Other | Lex::W(W::Time) | Lex::Dur(_))
        && !units::is_function_word(p.str(noun))
    {
        noun
    } else {
        last
    };
    found.push(
        Found::new(Kind::Ordinal, n.to_string(), Approx::Exact, p.span(j, end))
            .interval(Interval::point(f64::from(n))),
    );
    Some(end + 1)
}

/// "at the age of 18", "the voting age to 18", "aged 60": a number of years.
fn is_age(p: Para, j: usize) -> bool {
    let word = |k: usize, w: &str| k < j && p.word_is(k, w);
    (j >= 1 && word(j - 1, "aged"))
        || (j >= 2 && word(j - 2, "age") && (p.is_w(j - 1, W::Of) || p.is_w(j - 1, W::To)))
        // "Berglund, who is 48, said": nothing counted, and a pause after it.
        || (j >= 2
            && word(j - 2, "who")
            && (word(j - 1, "is") || word(j - 1, "was"))
            && p.plain_int(j).is_some_and(|(v, _)| (1..=120).contains(&v))
            && matches!(p.class(j + 1), Some(Class::Punct(',' | '.' | ';')) | None))
}

/// "a magnitude 7.4 earthquake", "of magnitude 7.6", "a 7.2-magnitude quake": the size of an
/// earthquake on its scale, a measure and not a count of earthquakes.
fn magnitude(p: Para, j: usize, n: &numbers::Num) -> Option<usize> {
    if n.words {
        return None;
    }
    if j >= 1 && p.word_is(j - 1, "magnitude") {
        return Some(n.next - 1);
    }
    let k = if p.is_dash(n.next) {
        n.next + 1
    } else {
        n.next
    };
    p.word_is(k, "magnitude").then_some(k)
}

/// "Jamie Armstrong, 25, said": a whole number between commas after a name is the person's age.
fn apposed_age(p: Para, j: usize, n: &numbers::Num) -> bool {
    // "Michael Collins, also 38,", "Armstrong, then 39,": an adverb may stand before the age.
    let adverb = j >= 1 && ["then", "also", "now"].iter().any(|w| p.word_is(j - 1, w));
    let j = if adverb { j - 1 } else { j };
    j >= 2
        && !n.words
        && p.plain_int(if adverb { j + 1 } else { j })
            .is_some_and(|(v, _)| (1..=120).contains(&v))
        && p.is_punct(j - 1, ',')
        && p.is_word(j - 2)
        && p.capitalized(j - 2)
        && p.lex(j - 2) == Lex::Other
        && p.is_punct(n.next, ',')
}

/// The rounding step a written value allows, by kind.
fn rounding_step(kind: Kind, step: f64, n: &numbers::Num) -> f64 {
    match kind {
        // Counted things are whole: "5,295", "316,280" and "90 factories" are exact; a round
        // figure of a thousand or more ("40,000", "1,000") may be rounded.
        Kind::Count => {
            let significant = n.text.trim_start_matches('0').trim_end_matches('0').len();
            if step > 1.0 && n.value >= 1000.0 && significant <= 2 {
                step
            } else {
                0.0
            }
        }
        Kind::Money => step,
        Kind::Ordinal => 0.0,
        // "50 percent", "80 tons", "10 years": trailing zeros of a plain integer are digits.
        _ if n.zeros_may_round => step.min(1.0),
        _ => step,
    }
}

/// The rounding of one figure: [`rounding_step`] on the grid of round figures
/// ([`round_grid`](crate::claims::value::round_grid)) when its trailing zeros are rounding.
/// `step` is the place of the figure's last digit in its unit.
fn rounding_of_one(kind: Kind, step: f64, n: &numbers::Num) -> f64 {
    let rounding = rounding_step(kind, step, n);
    if rounding == step && n.step > 1.0 {
        step * crate::claims::value::round_grid(n.value, n.step) / n.step
    } else {
        rounding
    }
}

/// The interval a figure allows: its rounding, widened or opened by its hedge.
pub fn allowed(kind: Kind, approx: Approx, low: f64, high: f64, step: f64) -> Interval {
    let r = step / 2.0;
    let floor = 0.0;
    let magnitude = high.abs().max(low.abs());
    let mut interval = match approx {
        Approx::Exact | Approx::Range => Interval::new((low - r).max(floor), high + r),
        Approx::About | Approx::Vague => {
            let slack = (magnitude * 0.1).max(r);
            Interval::new((low - slack).max(floor), high + slack)
        }
        Approx::MoreThan | Approx::AtLeast => Interval::new(low, f64::INFINITY),
        Approx::LessThan | Approx::AtMost => Interval::new(floor, high),
    };
    if kind == Kind::Percent && approx != Approx::Exact && approx != Approx::Range {
        interval.high = interval.high.min(100.0).max(interval.low);
    }
    interval
}

#[cfg(test)]
mod tests {
    use super::super::testing::{bounds, check, claims, one};
    use crate::claims::{Approx, Kind};

    #[test]
    fn digits_with_separators_and_decimals() {
        let c = one("In 1970 workers launched 5,295 strikes.", "5,295 strikes");
        check(&c, Kind::Count, "5295", Approx::Exact, "strikes");
        bounds(&c, 5295.0, 5295.0);
        let c = one("involving 316,280 workers", "316,280 workers");
        check(&c, Kind::Count, "316280", Approx::Exact, "workers");
        let c = one("Gross product grew by 8.5% over the year", "8.5%");
        check(&c, Kind::Percent, "8.5", Approx::Exact, "percent");
        bounds(&c, 8.45, 8.55);
    }

    #[test]
    fn number_words_count_what_follows() {
        let c = one(
            "This book contains nine chapters, each one",
            "nine chapters",
        );
        check(&c, Kind::Count, "9", Approx::Exact, "chapters");
        let c = one("he won a three-way election", "three-way");
        check(&c, Kind::Count, "3", Approx::Exact, "way");
        let c = one(
            "more than seven hundred soldiers were",
            "more than seven hundred soldiers",
        );
        check(&c, Kind::Count, "700", Approx::MoreThan, "soldiers");
        assert!(claims("one of its founding members").is_empty());
        assert!(claims("the two of them").is_empty());
        let c = one(
            "three opposition radio station gave",
            "three opposition radio station",
        );
        check(&c, Kind::Count, "3", Approx::Exact, "stations");
        let c = one("and one pregnant woman were killed", "one pregnant woman");
        check(&c, Kind::Count, "1", Approx::Exact, "women");
        let c = one("he shot down one tank from", "one tank");
        check(&c, Kind::Count, "1", Approx::Exact, "tanks");
        assert!(claims("each one written by").is_empty());
        assert!(claims("According to one version he fled; another version says").is_empty());
        let c = one("twice the annual average", "twice");
        check(&c, Kind::Quantity, "2", Approx::Exact, "times");
        let c = one("More than once the troops fired", "More than once");
        check(&c, Kind::Count, "1", Approx::MoreThan, "times");
        assert!(claims("Once in power, he").is_empty());
        let c = one(
            "several small liberal parties",
            "several small liberal parties",
        );
        check(&c, Kind::Count, "3/9", Approx::Vague, "parties");
        assert!(claims("several of them").is_empty());
        let c = one("scores of barges were used", "scores of barges");
        check(&c, Kind::Count, "40/99", Approx::Vague, "barges");
        let c = one("1,400 men worked; 16 died.", "16");
        check(&c, Kind::Count, "16", Approx::Exact, "");
    }

    #[test]
    fn ordinals() {
        let c = one("His 1970 victory was his fourth time", "fourth time");
        check(&c, Kind::Ordinal, "4", Approx::Exact, "");
        let c = one("Today marks the 50th anniversary of", "50th anniversary");
        check(&c, Kind::Ordinal, "50", Approx::Exact, "");
        let c = one(
            "The town marked its two-hundredth anniversary.",
            "two-hundredth anniversary",
        );
        check(&c, Kind::Ordinal, "200", Approx::Exact, "");
        let c = one("the twenty-fifth congress", "twenty-fifth congress");
        check(&c, Kind::Ordinal, "25", Approx::Exact, "");
        let c = one("for the first time.", "first time");
        check(&c, Kind::Ordinal, "1", Approx::Exact, "");
        let c = one("Some of the first acts included", "first acts");
        check(&c, Kind::Ordinal, "1", Approx::Exact, "");
        one("had formed a second “industrial cordon”", "second");
        assert!(claims("First of all, we must").is_empty());
        assert!(claims("first an activist, and later the head").is_empty());
        assert!(claims("wait a second.").is_empty());
        assert!(claims("during the Second World War").is_empty());
    }

    #[test]
    fn percentages() {
        let c = one("after a 36 percent vote", "36 percent");
        check(&c, Kind::Percent, "36", Approx::Exact, "percent");
        bounds(&c, 35.5, 36.5);
        let c = one("Allende obtained 28% of the votes", "28%");
        bounds(&c, 27.5, 28.5);
        let c = one("manual workers saw a 38 percent pay rise", "38 percent");
        check(&c, Kind::Percent, "38", Approx::Exact, "percent");
        let c = one("a rise of 12 per cent", "12 per cent");
        assert_eq!(c.unit, "percent");
        let c = one("up 3 percentage points", "3 percentage points");
        assert_eq!(c.unit, "percentage points");
        let c = one("produced 50% of the product", "50%");
        bounds(&c, 49.5, 50.5);
    }

    #[test]
    fn money() {
        let c = one("debt had reached $ 3.88 billion.", "$ 3.88 billion");
        check(&c, Kind::Money, "3880000000", Approx::Exact, "USD");
        bounds(&c, 3.875e9, 3.885e9);
        let c = one(
            "the cargo was worth 30 million dollars",
            "30 million dollars",
        );
        check(&c, Kind::Money, "30000000", Approx::Exact, "USD");
        let c = one("it cost $4.2 million", "$4.2 million");
        bounds(&c, 4.15e6, 4.25e6);
        let c = one("a $5m grant", "$5m");
        check(&c, Kind::Money, "5000000", Approx::Exact, "USD");
        let c = one("a £1.2bn loss", "£1.2bn");
        check(&c, Kind::Money, "1200000000", Approx::Exact, "GBP");
        let c = one("it is 49 m high", "49 m");
        check(&c, Kind::Quantity, "49", Approx::Exact, "metres");
    }

    #[test]
    fn counts_and_quantities() {
        let c = one("nationalised 90 factories and", "90 factories");
        check(&c, Kind::Count, "90", Approx::Exact, "factories");
        let c = one(
            "numbering about 10 thousand members by",
            "about 10 thousand members",
        );
        check(&c, Kind::Count, "10000", Approx::About, "members");
        let c = one("more than 80 tons of weapons", "more than 80 tons");
        check(&c, Kind::Quantity, "80", Approx::MoreThan, "tons");
        let c = one("a record of 244 and 588 mobilizations", "244");
        check(&c, Kind::Count, "244", Approx::Exact, "mobilizations");
        // "-men" words and bodies of people are their own plural (not "horsemens").
        let c = one(
            "Sobieski led 18,000 horsemen down the hill",
            "18,000 horsemen",
        );
        check(&c, Kind::Count, "18000", Approx::Exact, "horsemen");
        let c = one(
            "he led some 18,000 cavalry down the slopes",
            "some 18,000 cavalry",
        );
        check(&c, Kind::Count, "18000", Approx::About, "cavalry");
    }

    #[test]
    fn ages_are_years() {
        let c = one("At the age of 18, he was drafted", "18");
        check(&c, Kind::Quantity, "18", Approx::Exact, "years old");
        // An adverb may stand between the name and its age.
        let c = one("and by Michael Collins, also 38, who had flown", "38");
        check(&c, Kind::Quantity, "38", Approx::Exact, "years old");
        let c = one("Commander Neil Armstrong, then 39, was quiet", "39");
        check(&c, Kind::Quantity, "39", Approx::Exact, "years old");
    }

    #[test]
    fn only_round_large_counts_are_rounded() {
        bounds(
            &one("involving 316,280 workers", "316,280 workers"),
            316280.0,
            316280.0,
        );
        bounds(
            &one("offered 10 senior generals", "10 senior generals"),
            10.0,
            10.0,
        );
        // A round 1,000 is rounded to the nearest 500 (the grid of 1, 2 and 5), not to the
        // nearest 1,000, which would allow 500.
        bounds(
            &one("inroads into 1,000 estates", "1,000 estates"),
            750.0,
            1250.0,
        );
        // "About 10,000" cannot be "some 6,000"; "some 40,000" is rounded to 10,000.
        bounds(
            &one(
                "About 10,000 French soldiers died",
                "About 10,000 French soldiers",
            ),
            7500.0,
            12500.0,
        );
        bounds(&one("some 6,000 men", "some 6,000 men"), 5400.0, 6600.0);
        bounds(&one("some 40,000 men", "some 40,000 men"), 35000.0, 45000.0);
    }

    #[test]
    fn codes_and_addresses_are_not_figures() {
        assert!(claims("ISBN 978-0-14-044913-6.").is_empty());
        assert!(claims("see https://example.com/2019/05/article-123 now").is_empty());
        assert!(claims("about COVID-19 and the F-16").is_empty());
        assert!(claims("Call 555-1234-99.").is_empty());
        assert!(claims("Call 555-1234.").is_empty());
        assert!(claims("after 9/11 and 24/7 news").is_empty());
        assert!(claims("See p. 45 and Figure 2.").is_empty());
    }

    #[test]
    fn not_figures() {
        assert!(claims("1. A point").is_empty());
        assert!(claims("Chile 1").is_empty());
        assert!(claims("see page 12 for more").is_empty());
    }

    #[test]
    fn ranges_share_their_scale_and_spread_ranges_start_with_from() {
        use super::super::testing::{check, one};
        let c = one(
            "There are four to five thousand people.",
            "four to five thousand people",
        );
        check(&c, Kind::Count, "4000/5000", Approx::Range, "people");
        let c = one("guidance of $89 to $93 billion", "$89 to $93 billion");
        check(
            &c,
            Kind::Money,
            "89000000000/93000000000",
            Approx::Range,
            "USD",
        );
        let c = one(
            "Prices range from $370,000 to $5.5 million, said",
            "$370,000 to $5.5 million",
        );
        check(&c, Kind::Money, "370000/5500000", Approx::Range, "USD");
        let c = one(
            "apartments priced from RM120,000 to RM300,000 each",
            "RM120,000 to RM300,000",
        );
        check(&c, Kind::Money, "120000/300000", Approx::Range, "RM");
        let c = one(
            "which can run from $500,000 to $1 million a year",
            "$500,000 to $1 million",
        );
        check(&c, Kind::Money, "500000/1000000", Approx::Range, "USD");
        let c = one(
            "revised its forecast from 5 to 7 per cent to 3 to 5 per cent",
            "5 to 7 per cent",
        );
        check(&c, Kind::Percent, "5/7", Approx::Range, "percent");
        // A change is two values.
        let c = one("it fell from $2,415 to $2,315 today", "$2,415");
        check(&c, Kind::Money, "2415", Approx::Exact, "USD");
        let c = one("up from 500 to 2 million users", "2 million users");
        check(&c, Kind::Count, "2000000", Approx::Exact, "users");
    }

    #[test]
    fn letter_suffixes_scale() {
        use super::super::testing::{check, one};
        let c = one("it made 25k last year", "25k");
        check(&c, Kind::Count, "25000", Approx::Exact, "");
        let c = one("the combined 4.3M digital sales", "4.3M digital sales");
        check(&c, Kind::Count, "4300000", Approx::Exact, "sales");
        // A part of a group counts its members.
        let c = one("it has 35m of its devices", "35m of its devices");
        check(&c, Kind::Count, "35000000", Approx::Exact, "devices");
        let c = one(
            "with 2.7m digital and physical sales",
            "2.7m digital and physical sales",
        );
        check(&c, Kind::Count, "2700000", Approx::Exact, "sales");
        let c = one("he won the 100m sprint", "100m");
        check(&c, Kind::Quantity, "100", Approx::Exact, "metres");
    }

    #[test]
    fn lengths_in_feet_and_inches_are_one_length() {
        use super::super::testing::{bounds, check, one};
        for (text, quote) in [
            ("He stood 6 ft 8 in tall.", "6 ft 8 in"),
            ("He stood 6 feet 8 inches tall.", "6 feet 8 inches"),
            ("He stood 6' 8\" tall.", "6' 8\""),
            ("He stood 6′ 8″ tall.", "6′ 8″"),
        ] {
            let c = one(text, quote);
            check(&c, Kind::Quantity, "6.667", Approx::Exact, "feet");
            bounds(&c, 6.625, 80.5 / 12.0);
        }
        let c = one("The cliff is about 377 mi away", "about 377 mi");
        check(&c, Kind::Quantity, "377", Approx::About, "miles");
        let c = one("a brain of about 1200 g in adults", "about 1200 g");
        check(&c, Kind::Quantity, "1200", Approx::About, "grams");
        let c = one("a top speed of 65 km/h on the flat", "65 km/h");
        check(&c, Kind::Quantity, "65", Approx::Exact, "km/h");
        // "in" that opens a phrase is the preposition: the feet stand alone.
        let all = claims("The wall rose 6 ft 8 in the old town");
        assert_eq!(all[0].value_text, "6", "{all:?}");
    }

    #[test]
    fn negative_figures() {
        use super::super::testing::{bounds, check, one};
        let c = one("In Europe: Stoxx 50 -1.3% FTSE", "-1.3%");
        check(&c, Kind::Percent, "-1.3", Approx::Exact, "percent");
        bounds(&c, -1.35, -1.25);
        let c = one("the offense was minus-5 yards.", "minus-5 yards");
        check(&c, Kind::Count, "-5", Approx::Exact, "yards");
        assert_eq!(claims("between 10-15 people")[0].value_text, "10/15");
        assert!(claims("about COVID-19 and the F-16").is_empty());
    }

    #[test]
    fn clock_times_are_not_figures() {
        assert!(claims("it fell from 1.05am to 7.05am, then at 10.45pm").is_empty());
        assert!(claims("Call me at 8 PM at the resort").is_empty());
    }

    #[test]
    fn ranges_with_the_unit_said_twice() {
        use super::super::testing::{check, one};
        let c = one(
            "prices rise between 5% and 6%, they said",
            "between 5% and 6%",
        );
        check(&c, Kind::Percent, "5/6", Approx::Range, "percent");
        let c = one("expect 5% to 10% improvement", "5% to 10%");
        check(&c, Kind::Percent, "5/10", Approx::Range, "percent");
        let c = one(
            "fees range from 1 per cent to 1.5 per cent",
            "1 per cent to 1.5 per cent",
        );
        check(&c, Kind::Percent, "1/1.5", Approx::Range, "percent");
        // A change from one value to another stays two values.
        assert_eq!(claims("it rose from 4.7 percent to 4.8 percent").len(), 2);
    }

    #[test]
    fn measures_and_money_suffixes() {
        use super::super::testing::{check, one};
        let c = one("quoted at a sum of USD10m.", "USD10m");
        check(&c, Kind::Money, "10000000", Approx::Exact, "USD");
        let c = one("rose 18 sen to RM23.50, and", "RM23.50");
        check(&c, Kind::Money, "23.50", Approx::Exact, "RM");
        assert!(claims("the MP3 and F16 and COVID19").is_empty());
        let c = one(
            "debt was about $US113 trillion then",
            "about $US113 trillion",
        );
        check(&c, Kind::Money, "113000000000000", Approx::About, "USD");
        let c = one("a standard 2.4-liter engine", "2.4-liter");
        check(&c, Kind::Quantity, "2.4", Approx::Exact, "litres");
        let c = one("Qantas wants $4.2b from government", "$4.2b");
        check(&c, Kind::Money, "4200000000", Approx::Exact, "USD");
    }

    #[test]
    fn model_numbers_are_names() {
        assert!(claims("the iPhone 11 Pro cameras and the PlayStation 5 launch").is_empty());
        let c = super::super::testing::one("sold 787 cars", "787 cars");
        super::super::testing::check(&c, Kind::Count, "787", Approx::Exact, "cars");
        // An acronym's possessive is no brand: "VPT's 320 buses" are 320 buses.
        let c = super::super::testing::one("not one of VPT's 320 buses left", "320 buses");
        super::super::testing::check(&c, Kind::Count, "320", Approx::Exact, "buses");
    }

    #[test]
    fn dollars_of_other_countries() {
        use super::super::testing::{check, one};
        let c = one("worth $US55,931,000 ($A82,615,680), and", "$A82,615,680");
        check(&c, Kind::Money, "82615680", Approx::Exact, "AUD");
        let c = one("priced at NZ$9.99 a month", "NZ$9.99");
        check(&c, Kind::Money, "9.99", Approx::Exact, "NZD");
        let c = one("grew to HK$3.7 billion last year", "HK$3.7 billion");
        check(&c, Kind::Money, "3700000000", Approx::Exact, "HKD");
        // A word that only looks like a code keeps its digits.
        assert!(claims("the A380 and the B52").is_empty());
    }

    #[test]
    fn decimals_without_a_leading_zero() {
        use super::super::testing::{check, one};
        let c = one("to a .500 record.", ".500 record");
        check(&c, Kind::Count, "0.500", Approx::Exact, "records");
        let c = one("the rate fell to .001 per cent.", ".001 per cent");
        check(&c, Kind::Percent, "0.001", Approx::Exact, "percent");
        // A point inside a name is not a decimal.
        let named = claims("in its electric ID.3 models");
        assert!(named.iter().all(|c| !c.value_text.starts_with("0.")));
    }

    #[test]
    fn scientific_notation_and_fractions() {
        use super::super::testing::{check, one};
        let c = one(
            "The speed of light is 2.998×10−8 meters per second.",
            "2.998×10−8 meters per second",
        );
        check(
            &c,
            Kind::Quantity,
            "0.00000002998",
            Approx::Exact,
            "metres per second",
        );
        let c = one("about 6.02e23 atoms", "about 6.02e23 atoms");
        check(
            &c,
            Kind::Count,
            "602000000000000000000000",
            Approx::About,
            "atoms",
        );
        let c = one("it weighs 5 x 10^6 tons", "5 x 10^6 tons");
        check(&c, Kind::Quantity, "5000000", Approx::Exact, "tons");
        let c = one("An ounce is 1/16 of a pint.", "1/16");
        assert_eq!(c.value_text, "0.0625");
        let c = one("and 1\u{2044}32 of a quart", "1\u{2044}32");
        assert_eq!(c.value_text, "0.03125");
        // A slashed pair that is not a part of something stays out.
        assert!(claims("after 9/11 and 24/7 news").is_empty());
    }

    #[test]
    fn scores_codes_and_names_are_not_figures() {
        assert!(claims("At 2-0 down, they tied at 89-89.").is_empty());
        assert!(claims("there were three 4-3s and a 4-4 back then").is_empty());
        assert!(claims("Tesla delivered the Model 3s in March").is_empty());
        assert!(claims("after midnight (0401 GMT) on").is_empty());
        assert!(claims("its new HIV 2 drug regimen").is_empty());
        let c = super::super::testing::one("in the UK 3 million people voted", "3 million people");
        assert_eq!(c.value_text, "3000000");
        assert_eq!(claims("between 10-15 people")[0].value_text, "10/15");
        // A capital that only opens the sentence does not make a name.
        let c = super::super::testing::one("With 275 pound-feet of torque", "275");
        assert_eq!(c.value_text, "275");
    }

    #[test]
    fn a_tally_is_two_counts_of_votes() {
        use super::super::testing::{check, claims, one};
        let text = "The Senate voted 52-48 on Tuesday to confirm the nominee.";
        check(&one(text, "52"), Kind::Count, "52", Approx::Exact, "votes");
        check(&one(text, "48"), Kind::Count, "48", Approx::Exact, "votes");
        assert_eq!(claims("It passed the House 220-207 in November.").len(), 2);
        assert!(claims("They won 3-1 at home.").is_empty());
        let c = one("The motion passed by 311 votes to 293.", "293");
        check(&c, Kind::Count, "293", Approx::Exact, "votes");
    }

    #[test]
    fn negative_money_and_multipliers() {
        use super::super::testing::{check, one};
        let c = one("the balance was -$50.8bn in May", "-$50.8bn");
        check(&c, Kind::Money, "-50800000000", Approx::Exact, "USD");
        let c = one("revenue grew more than sixfold to", "sixfold");
        check(&c, Kind::Quantity, "6", Approx::Exact, "times");
        assert!(claims("the manifold and the scaffold").is_empty());
    }

    #[test]
    fn between_two_amounts_with_their_currency() {
        use super::super::testing::{check, one};
        let c = one(
            "from between $US160 million and $US171 million to",
            "between $US160 million and $US171 million",
        );
        check(&c, Kind::Money, "160000000/171000000", Approx::Range, "USD");
        let c = one(
            "a five per cent to 20 per cent rebound",
            "five per cent to 20 per cent",
        );
        check(&c, Kind::Percent, "5/20", Approx::Range, "percent");
    }

    #[test]
    fn names_labels_and_addresses_are_not_figures() {
        assert!(claims("his call of the Kick Six win over Alabama").is_empty());
        assert!(claims("in its electric ID.3 models").is_empty());
        // A full stop whose space is missing still ends a sentence.
        let c = super::super::testing::one("for a decade and a half.50 years after", "50 years");
        assert_eq!(c.value_text, "50");
        assert!(claims("The category 4 hurricane hit type 2 patients").is_empty());
        assert!(claims("a last-32 appearance and a top-10 finish").is_empty());
        assert!(claims("at 49 Zorro Ranch Road, and 22 Ave Foch, Paris").is_empty());
        assert!(claims("Unit 3 at 16-18 Industrial Avenue has leased").is_empty());
        // A measure after "sub-" is still one.
        let c = super::super::testing::one("chips of sub-7 nanometer size", "7");
        assert_eq!(c.value_text, "7");
        // Sentence-initial number words still count.
        let c = super::super::testing::one("Two men were hurt", "Two men");
        assert_eq!(c.value_text, "2");
    }

    #[test]
    fn numbers_waiting_for_the_noun_of_the_last() {
        use super::super::testing::{check, one};
        let text = "with four-, five- and six-cylinder engines";
        let c = one(text, "four-");
        check(&c, Kind::Count, "4", Approx::Exact, "cylinders");
        let c = one(text, "six-cylinder");
        check(&c, Kind::Count, "6", Approx::Exact, "cylinders");
        assert_eq!(claims(text).len(), 3);
        let c = one("two- and three-year terms", "two-");
        check(&c, Kind::Duration, "2", Approx::Exact, "years");
        let c = one("for 10- to 15-year terms", "10- to 15-year");
        check(&c, Kind::Duration, "10/15", Approx::Range, "years");
    }

    #[test]
    fn one_with_a_unit_and_ranges_between_to() {
        use super::super::testing::{check, one};
        let c = one("60,600 jobs or one per cent for men", "one per cent");
        check(&c, Kind::Percent, "1", Approx::Exact, "percent");
        let c = one("She put one hand behind her head", "one hand");
        check(&c, Kind::Count, "1", Approx::Exact, "hands");
        assert!(claims("on the one hand, and on one hand").is_empty());
        let c = one("in between seven to 10 years", "between seven to 10 years");
        check(&c, Kind::Duration, "7/10", Approx::Range, "years");
        let c = one("the balance fell to $-50.8bn, while", "$-50.8bn");
        check(&c, Kind::Money, "-50800000000", Approx::Exact, "USD");
    }

    #[test]
    fn a_currency_code_before_the_amount_makes_it_money() {
        let c = one(
            "The government allocated USD 18 million in aid.",
            "USD 18 million",
        );
        check(&c, Kind::Money, "18000000", Approx::Exact, "USD");
        let c = one(
            "An appeal for CHF 6.5 million was launched.",
            "CHF 6.5 million",
        );
        assert_eq!((c.kind, c.unit.as_str()), (Kind::Money, "CHF"));
        // Not in capitals, or not a code: no money.
        assert_eq!(one("Tell us 4 times.", "4 times").kind, Kind::Quantity);
    }

    #[test]
    fn one_charge_or_case_of_something_is_counted() {
        let c = one("He pled guilty to one count of wire fraud.", "one count");
        assert_eq!((c.value_text.as_str(), c.unit.as_str()), ("1", "counts"));
        one("There was one case of cholera.", "one case");
        assert!(claims("It is one form of protest.").is_empty());
    }

    #[test]
    fn a_spread_from_one_size_up_to_another_is_one_range() {
        let c = one(
            "with sizes starting from 450 sq ft up to 900 sq ft.",
            "450 sq ft up to 900 sq ft",
        );
        assert_eq!(c.approx, Approx::Range);
        bounds(&c, 449.5, 900.5);
        let up_to = one("Tickets from $20 up to $90 each.", "$20 up to $90");
        let to = one("Tickets from $20 to $90 each.", "$20 to $90");
        assert_eq!(up_to.interval, to.interval);
        // A change keeps its two levels: "rose from 20 up to 30" is not a spread.
        assert_eq!(claims("Fares rose from $20 up to $30.").len(), 2);
    }

    #[test]
    fn a_change_from_one_value_to_another_shares_its_unit_and_scale() {
        use super::super::testing::{check, one};
        let c = one("growth will slow from 4.8 to 4.7 percent in 2019", "4.8");
        check(&c, Kind::Percent, "4.8", Approx::Exact, "percent");
        assert!(c.note.contains("'4.7 percent'"), "{}", c.note);
        let c = one("it rose from $10 to $15 billion first", "$10");
        check(&c, Kind::Money, "10000000000", Approx::Exact, "USD");
        let c = one("to increase from 24.2 to 33-35 billion euros", "24.2");
        check(&c, Kind::Money, "24200000000", Approx::Exact, "EUR");
        let c = one("lift was increased from 13.5 to 14.0 mm", "13.5");
        check(&c, Kind::Quantity, "13.5", Approx::Exact, "mm");
        let c = one("dropping from 208 pounds to 193 by exercising", "193");
        check(&c, Kind::Count, "193", Approx::Exact, "pounds");
        // The scale is shared only when it brings the two values together.
        let c = one("fines rose from $250,000 to $1 million", "$250,000");
        check(&c, Kind::Money, "250000", Approx::Exact, "USD");
        // Without "from", nothing is borrowed.
        assert_eq!(
            one("He was 13 to 14 percent", "13 to 14 percent").unit,
            "percent"
        );
        let c = one("it fell 4.8 as growth rose to 4.7 percent", "4.8");
        assert_eq!(c.unit, "");
    }

    #[test]
    fn and_a_half_belongs_to_the_number_before_it() {
        use super::super::testing::{check, claims, one};
        let text = "The evacuation took about three and a half hours.";
        let c = one(text, "about three and a half hours");
        check(&c, Kind::Duration, "3.5", Approx::About, "hours");
        assert_eq!(claims(text).len(), 1, "no 'a half' of 50 percent as well");
        let c = one(
            "three and a half million people",
            "three and a half million people",
        );
        check(&c, Kind::Count, "3500000", Approx::Exact, "people");
    }

    #[test]
    fn citations_and_labels_in_brackets_are_not_figures() {
        use super::super::testing::{claims, one};
        assert!(claims("using DICVOL91 [25]. Further").is_empty());
        assert!(claims("a dispersed rubber, e.g. Refs. [1–5], or [12,48].").is_empty());
        assert!(
            claims("(Kounaves et al., 2010b). See doi:10.1016/j.jssc.2011.11.008 now").is_empty()
        );
        assert!(claims("and their corresponding 3D profiles").is_empty());
        assert!(
            claims("as shown before [2] and in Figs. 5 and 6.")
                .iter()
                .all(|c| c.value_text != "2" && c.value_text != "5")
        );
        assert!(claims("An off-white powder, Mg3NF3 (1) was made").is_empty());
        // A figure in parentheses still counts.
        assert_eq!(
            one("the town (population 1,200) grew", "1,200").value_text,
            "1200"
        );
        assert_eq!(one("it cost (in 1999) $5", "$5").unit, "USD");
    }

    #[test]
    fn a_value_and_its_margin() {
        use super::super::testing::{bounds, check, one};
        let c = one("mean age 54 ± 9 years", "54 ± 9 years");
        check(&c, Kind::Duration, "54", Approx::About, "years");
        bounds(&c, 45.0, 63.0);
    }

    #[test]
    fn a_span_of_the_clock_is_no_count() {
        use super::super::testing::claims;
        assert!(claims("Doors open between 2 and 3 p.m. daily.").is_empty());
        assert!(claims("Open 9-11am.").is_empty());
    }

    #[test]
    fn yen_and_rupees() {
        use super::super::testing::{check, one};
        let c = one("Damage was put at ¥10 trillion.", "¥10 trillion");
        check(&c, Kind::Money, "10000000000000", Approx::Exact, "JPY");
        let c = one("It cost ₹500 to enter.", "₹500");
        assert_eq!(c.unit, "INR");
    }

    #[test]
    fn si_grouped_thousands_are_one_number() {
        use super::super::testing::{check, one};
        let c = one("The population was 10\u{a0}000 in 1900.", "10\u{a0}000");
        check(&c, Kind::Count, "10000", Approx::Exact, "");
        let c = one("some 12\u{202f}500 people", "some 12\u{202f}500 people");
        check(&c, Kind::Count, "12500", Approx::About, "people");
    }

    #[test]
    fn by_an_amount_to_a_level_is_no_range() {
        use super::super::testing::{check, one};
        let text = "the deficit rose by $43.6 billion to $419.2 billion";
        check(
            &one(text, "$43.6 billion"),
            Kind::Money,
            "43600000000",
            Approx::Exact,
            "USD",
        );
        check(
            &one(text, "$419.2 billion"),
            Kind::Money,
            "419200000000",
            Approx::Exact,
            "USD",
        );
        let text = "it rose by 0.2% to 4.5%";
        check(
            &one(text, "4.5%"),
            Kind::Percent,
            "4.5",
            Approx::Exact,
            "percent",
        );
        // "by 5 to 10 percent" is the size of the change, a range.
        let c = one("prices fell by 5 to 10 percent", "5 to 10 percent");
        check(&c, Kind::Percent, "5/10", Approx::Range, "percent");
    }

    #[test]
    fn parts_of_a_group_hyphenated_adjectives_and_common_fractions() {
        use super::super::testing::{check, claims, one};
        let c = one(
            "Two of Johnson’s deputies were fired",
            "Two of Johnson’s deputies",
        );
        check(&c, Kind::Count, "2", Approx::Exact, "deputies");
        let c = one("three of the ships sank", "three of the ships");
        check(&c, Kind::Count, "3", Approx::Exact, "ships");
        assert!(claims("one of the founders").is_empty());
        let c = one(
            "it offered two gas-only powertrain options",
            "two gas-only powertrain options",
        );
        check(&c, Kind::Count, "2", Approx::Exact, "options");
        let c = one("it has two left-wingers", "two left-wingers");
        check(&c, Kind::Count, "2", Approx::Exact, "left-wingers");
        let c = one("The recipe requires 1/2 pound of chips", "1/2 pound");
        assert_eq!(c.value_text, "0.5");
        let c = one("Add 3/4 cup of sugar", "3/4 cup");
        assert_eq!(c.value_text, "0.75");
        assert!(claims("after the 9/11 attack").is_empty());
    }

    #[test]
    fn names_with_numbers_and_the_transliterated_pound() {
        use super::super::testing::{check, claims, one};
        assert!(
            claims("thousands of COVID -19 tests")
                .iter()
                .all(|c| c.value_text != "-19")
        );
        assert!(claims("They beat the 49ers on Sunday.").is_empty());
        check(
            &one("a PS6m golden hello", "PS6m"),
            Kind::Money,
            "6000000",
            Approx::Exact,
            "GBP",
        );
        check(
            &one("an PS8.1bn takeover", "PS8.1bn"),
            Kind::Money,
            "8100000000",
            Approx::Exact,
            "GBP",
        );
        check(
            &one("paid (PS21,700) for", "PS21,700"),
            Kind::Money,
            "21700",
            Approx::Exact,
            "GBP",
        );
        assert!(claims("a new PS5 console").is_empty());
        assert!(claims("aboard an Ariane 5 rocket").is_empty());
        let c = one("the Ariane rocket had 5 engines", "5 engines");
        assert_eq!(c.unit, "engines");
        let c = one("Jamie Armstrong, 25, said she left", "25");
        check(&c, Kind::Quantity, "25", Approx::Exact, "years old");
        assert!(claims("Boeing's own 787 Dreamliner was late").is_empty());
        // A count before a model's number counts what the model names.
        let c = one(
            "It was grounding two new 737 Max jets.",
            "two new 737 Max jets",
        );
        check(&c, Kind::Count, "2", Approx::Exact, "jets");
        let c = one(
            "where 10 of 12 American victims were brought",
            "12 American victims",
        );
        check(&c, Kind::Count, "12", Approx::Exact, "victims");
        // A year after a name whose possessive the text dropped.
        let found = claims("for Merck, where Keytrudas 2018 sales jumped");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].kind, found[0].value_text.as_str()),
            (Kind::Year, "2018")
        );
        assert!(claims("In the 90049 ZIP Code, prices rose.").is_empty());
        assert!(claims("Copyright 2023 Meridian Research. © 2019-2024 Acme.").is_empty());
        assert!(
            claims("(c) 2024 Acme Ltd. Call +44 20 7946 0321 or +33 1 23 45 67 89.").is_empty()
        );
        assert!(claims("4.2 The siege of the town").is_empty());
        let c = one("On Wall St: Dow +0.2% and Nasdaq +0.8%.", "0.2%");
        assert_eq!(c.kind, Kind::Percent);
        assert!(claims("the 212 area code").is_empty());
        assert!(claims("hands-on with the 11 Pro and 11 Pro Max").is_empty());
        let c = one("it delivered 27000 Model S and Model X vehicles", "27000");
        assert_eq!(c.kind, Kind::Count);
        assert_eq!(one("a rise of 387 Fahrenheit", "387").value_text, "387");
        check(
            &one("shares up 5pc on", "5pc"),
            Kind::Percent,
            "5",
            Approx::Exact,
            "percent",
        );
    }
}
