//! Dates at every precision: days ("11 September 1973", "September 11, 1973"), months ("June
//! 1972", "July of 1973"), seasons ("early summer of 1972"), years ("in 1957"), decades ("the
//! 1920’s", "the 70s"), centuries ("20th century"), ranges ("1967-1973", "1970 - 73",
//! "April-July", "between 1970 and 1973"), quarters of a year ("the third quarter of 2012",
//! "third-quarter profit"), "the end of the year", times of day ("At 11:53") and how long
//! something took on a clock ("finishing in 3:07:35").
//!
//! A date without a year takes it from its context, and the claim's note says where from:
//! first the last year written earlier in the same paragraph, then the timeline heading above
//! it (a line that is only a date, such as "1973 June"), then the last year of the previous
//! paragraph, then the last year written anywhere before (a narrative stays in its year until
//! it names another). With no year before it the date is not proposed. A time of day ("At
//! 11:53", "between 9 and 10,") is proposed as the day it falls on when a full date was written
//! before it in the same paragraph, or as the day of the date heading above it;
//! otherwise not: a day written in an earlier paragraph may be days before ("sailed on 10
//! April ... At 11:40 pm on April 14"). A time whose own sentence gives its day after it ("At
//! 11:40 pm on April 14") is not proposed either: that date is claimed by its own words.
//!
//! Conventions: seasons are the northern meteorological ones (spring = March-May, autumn =
//! September-November, winter = December-February); "early", "mid" and "late" take a loose part
//! of a period, with overlaps, because writers draw the line in different places ("late 1960s" =
//! 1966-1969, "early 1973" = January-May, "late August" = 20-31 August, "late 19th century" =
//! 1860-1899), and "the beginning of" and "the end of" a tight one ("the end of 1971" =
//! October-December, "the end of the 70s" = 1977-1979); early or late in a season is its first
//! or last month; a century is its hundred years as usually meant ("20th century" = 1900-1999);
//! a two-digit decade ("the 70s") is in the 1900s.

use jiff::civil::Date;

use super::Found;
use super::scan::{Class, Lex, Para, W, is_apostrophe};
use crate::claims::{Approx, Kind};

/// How many tokens after a time of day its sentence is searched for its own date.
const TIME_SENTENCE: usize = 30;

/// What the text said before: the years and the day a date without one may take.
#[derive(Debug, Default, Clone)]
pub struct Context {
    heading: Option<(i16, Option<u8>, String)>,
    paragraph_year: Option<(i16, String)>,
    previous_year: Option<(i16, String)>,
    last_year: Option<(i16, String)>,
    last_day: Option<(Date, String, u32)>,
    /// The day of the last date heading, which dates the paragraphs below it until the next
    /// date heading ("1973 June" ends it).
    heading_day: Option<(Date, String)>,
    /// The day the text was written, which relative dates ("last year") count from.
    pub reference: Option<Date>,
}

impl Context {
    /// Move on to the next paragraph.
    pub fn leave_paragraph(&mut self) {
        self.previous_year = self.paragraph_year.take();
        if let Some(day) = &mut self.last_day {
            day.2 = day.2.saturating_add(1);
        }
    }

    /// The year a date without one takes, with the note that says where it came from.
    fn year(&self) -> Option<(i16, String)> {
        if let Some((year, quote)) = &self.paragraph_year {
            return Some((
                *year,
                format!("year {year} from '{quote}' earlier in the paragraph"),
            ));
        }
        if let Some((year, _, quote)) = &self.heading {
            return Some((*year, format!("year {year} from the heading '{quote}'")));
        }
        if let Some((year, quote)) = &self.previous_year {
            return Some((
                *year,
                format!("year {year} from '{quote}' in the previous paragraph"),
            ));
        }
        self.last_year.as_ref().map(|(year, quote)| {
            (
                *year,
                format!("year {year} from context: '{quote}' is the last year written before"),
            )
        })
    }

    /// The year of a month written without one: from the context, else from the reference.
    fn year_of_month(&self, month: u8) -> Option<(i16, String)> {
        self.year().or_else(|| {
            let reference = self.reference?;
            let year = super::relative::year_of_month(reference, month);
            Some((
                year,
                format!("year {year} from the publication date {reference}"),
            ))
        })
    }

    /// The day a time of day ending at token `last` is on, and the words that gave it, quoted:
    /// the day its own sentence gives after it ("At 11:40 pm on April 14"), else the day
    /// written before it in its paragraph, or the date heading above. None when the only day in view is in an earlier paragraph, which may
    /// be days before: a time does not borrow it.
    fn day_for_time(&self, p: Para, last: usize) -> Option<(Date, String)> {
        let sentence = (last + 1..p.len().min(last + 1 + TIME_SENTENCE)).take_while(|&k| {
            !(p.is_punct(k, '!') || p.is_punct(k, '?'))
                && !(p.is_punct(k, '.') && !(k >= 1 && p.touching(k) && p.str(k - 1).len() == 1))
        });
        for k in sentence {
            let (day, next) = match period(p, k) {
                Some((Period::Day(y, m, d), next)) => (Date::new(y, m as i8, d as i8).ok()?, next),
                Some((Period::DayOnly(m, d), next)) => {
                    let (y, _) = self.year_of_month(m)?;
                    (Date::new(y, m as i8, d as i8).ok()?, next)
                }
                _ => continue,
            };
            return Some((day, format!("'{}'", &p.text[p.span(k, next - 1)])));
        }
        let (day, quote) = match (&self.last_day, &self.heading_day) {
            (Some((day, quote, 0)), _) | (_, Some((day, quote))) => (*day, quote),
            _ => return None,
        };
        // "late on Tuesday, June 10 ... shortly after 1 a.m. on Wednesday": the weekday right
        // after the time moves it to that day of the week, in the six days that follow.
        let mut k = last + 1;
        while k < p.len() && k <= last + 2 && (p.word_is(k, "on") || p.is_punct(k, ',')) {
            k += 1;
        }
        if let Lex::Weekday(w) = p.lex(k)
            && p.capitalized(k)
        {
            let ahead =
                (i64::from(w) - i64::from(day.weekday().to_monday_zero_offset())).rem_euclid(7);
            if ahead > 0 {
                let later = day.checked_add(jiff::Span::new().days(ahead)).ok()?;
                return Some((later, format!("'{}' after '{quote}'", p.str(k))));
            }
        }
        Some((day, format!("'{quote}'")))
    }

    fn saw_year(&mut self, year: i16, quote: &str) {
        self.paragraph_year = Some((year, quote.to_string()));
        self.last_year = Some((year, quote.to_string()));
    }
}

/// A point or period as written, before it becomes a value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Period {
    Day(i16, u8, u8),
    Month(i16, u8),
    Year(i16),
    /// A month or a day whose year is not written.
    MonthOnly(u8),
    DayOnly(u8, u8),
}

/// A parsed date: its value text, kind, and the year it names (for context).
struct Reading {
    value: String,
    kind: Kind,
    approx: Approx,
    year: Option<i16>,
    day: Option<Date>,
    note: String,
}

/// Read a date at token `i`; the token after it, or `None` when no date starts here.
pub fn parse(p: Para, i: usize, ctx: &mut Context, found: &mut Vec<Found>) -> Option<usize> {
    if let Some(next) = elapsed(p, i, found) {
        return Some(next);
    }
    if let Some(next) = time_of_day(p, i, ctx, found) {
        return Some(next);
    }
    if let Some(next) = life_span(p, i, ctx, found) {
        return Some(next);
    }
    match read(p, i, ctx) {
        Some((mut reading, first, last)) => {
            let next = match old_style(p, last + 1) {
                Some(end) if reading.day.is_some() => {
                    to_gregorian(&mut reading);
                    end + 1
                }
                _ => last + 1,
            };
            emit(p, first, last, reading, ctx, found);
            Some(next)
        }
        // A month or day whose year is nowhere in view: not a figure either.
        None => match period(p, i) {
            Some((Period::MonthOnly(_) | Period::DayOnly(..), next)) => Some(next),
            _ => None,
        },
    }
}

/// "3 May 1689 (Old Style)", "29 August O.S.", "(Julian)": a marker after a date that says it
/// is written in the Julian calendar. The last token of the marker.
fn old_style(p: Para, k: usize) -> Option<usize> {
    let open = p.is_punct(k, '(');
    let k = if open { k + 1 } else { k };
    let last = if p.word_is(k, "old") && p.word_is(k + 1, "style") {
        k + 1
    } else if p.str(k) == "O" && p.is_punct(k + 1, '.') && p.str(k + 2) == "S" {
        if p.is_punct(k + 3, '.') { k + 3 } else { k + 2 }
    } else if open && (p.word_is(k, "julian") || p.str(k) == "OS") {
        k
    } else {
        return None;
    };
    if open {
        p.is_punct(last + 1, ')').then_some(last + 1)
    } else {
        Some(last)
    }
}

/// Move a day written in the Julian calendar to the Gregorian one, which every other date is
/// in: "3 May 1689 (Old Style)" is 13 May 1689. Years are taken as written (a year that began
/// on 25 March is not moved).
fn to_gregorian(reading: &mut Reading) {
    let Some(day) = reading.day else {
        return;
    };
    let gap = crate::claims::value::julian_gap(i64::from(day.year()), i64::from(day.month()));
    let Ok(gregorian) = day.checked_add(jiff::Span::new().days(gap)) else {
        return;
    };
    reading.value = gregorian.to_string();
    reading.year = Some(gregorian.year());
    reading.day = Some(gregorian);
    let moved = format!("Old Style (Julian) {day}, {gregorian} in the Gregorian calendar");
    reading.note = if reading.note.is_empty() {
        moved
    } else {
        format!("{}; {moved}", reading.note)
    };
}

/// A paragraph that is nothing but a date is a heading: it dates the paragraphs below it.
pub fn heading(p: Para, ctx: &mut Context, found: &mut Vec<Found>) -> bool {
    if p.len() == 0 || p.len() > 7 {
        return false;
    }
    let parsed = year_first(p).or_else(|| {
        let (reading, first, last) = read(p, 0, ctx)?;
        (first == 0 && last + 1 == p.len()).then_some((reading, last))
    });
    let Some((reading, last)) = parsed else {
        return false;
    };
    let Some(year) = reading.year else {
        return false;
    };
    let month = reading
        .value
        .get(5..7)
        .and_then(|m| m.parse::<u8>().ok())
        .filter(|_| reading.value.len() >= 7 && !reading.value.contains('/'));
    let quote = p.text[p.span(0, last)].to_string();
    let day = reading.day;
    emit(p, 0, last, reading, ctx, found);
    ctx.heading_day = day.map(|day| (day, quote.clone()));
    // The heading, not the paragraph, dates what follows.
    ctx.paragraph_year = None;
    ctx.last_year = Some((year, quote.clone()));
    ctx.heading = Some((year, month, quote));
    true
}

/// Timeline headings that put the year first: "1973 June", "1972 April-July", "1973 11
/// September".
fn year_first(p: Para) -> Option<(Reading, usize)> {
    let year = year_digits(p, 0)?;
    let month_at = |k: usize| match p.lex(k) {
        Lex::Month { month, .. } if p.capitalized(k) => Some(month),
        _ => None,
    };
    let (value, last) = if let Some(m) = month_at(1) {
        if p.is_dash(2)
            && let Some(m2) = month_at(3)
            && m2 > m
        {
            (format!("{year:04}-{m:02}/{year:04}-{m2:02}"), 3)
        } else {
            (format!("{year:04}-{m:02}"), 1)
        }
    } else {
        let (d, _) = p.plain_int(1).filter(|&(d, len)| len <= 2 && d >= 1)?;
        let m = month_at(2)?;
        Date::new(year, m as i8, d as i8).ok()?;
        (format!("{year:04}-{m:02}-{d:02}"), 2)
    };
    (last + 1 == p.len()).then_some(())?;
    let day = (value.len() == 10)
        .then(|| value.parse::<Date>().ok())
        .flatten();
    Some((
        Reading {
            value,
            kind: Kind::Date,
            approx: Approx::Exact,
            year: Some(year),
            day,
            note: String::new(),
        },
        last,
    ))
}

fn emit(
    p: Para,
    first: usize,
    last: usize,
    reading: Reading,
    ctx: &mut Context,
    found: &mut Vec<Found>,
) {
    let span = p.span(first, last);
    let quote = &p.text[span.clone()];
    // A year taken from context passes on too: a narrative goes on in the year it was in. A
    // year looked back or ahead to ("the worst since 1994", "savings by 2025", "higher than in
    // 2019") is not the narrative's: the next "15 March" is not in it.
    let reference_only = reading.kind == Kind::Year
        && first > 0
        && (p.is_w(first - 1, W::Since)
            || p.is_w(first - 1, W::By)
            || p.is_w(first - 1, W::Until)
            || p.is_w(first - 1, W::Than)
            || first > 1 && p.is_w(first - 2, W::Than) && p.word_is(first - 1, "in"));
    if let Some(year) = reading.year
        && !reference_only
    {
        ctx.saw_year(year, quote);
    }
    if let Some(day) = reading.day {
        ctx.last_day = Some((day, quote.to_string(), 0));
    }
    found.push(Found::new(reading.kind, reading.value, reading.approx, span).note(reading.note));
}

/// Read one date or range at `i`: the reading and its first and last tokens.
fn read(p: Para, i: usize, ctx: &Context) -> Option<(Reading, usize, usize)> {
    // "around 1970", "circa 1850", "c. 1850": a year, roughly.
    let about = if p.is_w(i, W::Circa) && p.is_punct(i + 1, '.') {
        Some(i + 2)
    } else {
        match super::hedges::hedge(p, i) {
            Some((Approx::About, next)) => Some(next),
            _ => None,
        }
    };
    if let Some(k) = about
        && let Some(y) = year_digits(p, k)
        && unit_free(p, k + 1)
        && !range_of_figures(p, k + 1)
        && super::units::read(p, k + 1).is_some_and(|u| u.last.is_none())
        && !super::units::tells_what_the_counted_did(p, k + 1)
    {
        let reading = Reading {
            value: format!("{y:04}"),
            kind: Kind::Year,
            approx: Approx::About,
            year: Some(y),
            day: None,
            note: String::new(),
        };
        return Some((reading, i, k));
    }
    if let Some(found) = relative_date(p, i, ctx) {
        return Some(found);
    }
    if let Some(found) = quarter(p, i, ctx) {
        return Some(found);
    }
    // Ranges introduced by a word: "between 1970 and 1973", "from 1948 until 1958".
    if p.is_w(i, W::Between) || p.is_w(i, W::From) {
        let joiners: &[W] = if p.is_w(i, W::Between) {
            &[W::And]
        } else {
            &[W::To, W::Until, W::Till, W::Through]
        };
        // "between the period of 1850 and 2017", "between the years 1967 and 1973"
        let mut first = i + 1;
        while first < i + 4
            && (p.is_w(first, W::The)
                || p.is_w(first, W::Of)
                || p.word_is(first, "period")
                || p.word_is(first, "years"))
        {
            first += 1;
        }
        let (a, after_a) = period(p, first)?;
        let k = after_a;
        if matches!(a, Period::Year(_)) && range_of_figures(p, k) {
            return None;
        }
        if (joiners.iter().any(|&w| p.is_w(k, w)) || p.is_dash(k) && !p.is_w(i, W::Between))
            && let Some((b, after_b)) = period(p, k + 1).or_else(|| short_year(p, k + 1, a))
            && let Some(reading) = range(a, b, ctx)
        {
            return Some((reading, i, after_b - 1));
        }
        // "between 1970-73": the dash range after the word.
        if let Some((reading, _, last)) = dashed(p, first, a, after_a, ctx) {
            return Some((reading, i, last));
        }
        return None;
    }
    let (start, qualifier, j) = qualifier(p, i);
    if let Some(q) = qualifier {
        let (reading, last) = qualified(p, j, q, ctx)?;
        return Some((reading, start, last));
    }
    if let Some((reading, first, last)) = decade(p, i, None) {
        return Some((reading, first, last));
    }
    if let Some((reading, last)) = century(p, i, None) {
        return Some((reading, i, last));
    }
    if let Some((reading, last)) = season(p, i, None) {
        return Some((reading, i, last));
    }
    let (a, after_a) = period(p, i)?;
    if let Some(found) = dashed(p, i, a, after_a, ctx) {
        return Some(found);
    }
    // "1970 to 1973"
    if matches!(a, Period::Year(_))
        && (p.is_w(after_a, W::To) || p.is_w(after_a, W::Until))
        && !range_of_figures(p, after_a)
        && let Some((b @ Period::Year(_), after_b)) = period(p, after_a + 1)
        && let Some(reading) = range(a, b, ctx)
    {
        return Some((reading, i, after_b - 1));
    }
    // "September and October 1970": two months of one year, read as the span they cover.
    if let Period::MonthOnly(_) = a
        && p.is_w(after_a, W::And)
        && let Some((b @ Period::Month(..), after_b)) = period(p, after_a + 1)
        && let Some(reading) = range(a, b, ctx)
    {
        return Some((reading, i, after_b - 1));
    }
    if matches!(a, Period::MonthOnly(_) | Period::DayOnly(..))
        && let Some(reference) = ctx.reference
        && super::relative::looks_ahead_from_writing(p, i)
    {
        return Some((ahead_of(a, reference, ctx)?, i, after_a - 1));
    }
    let reading = single(a, ctx)?;
    Some((reading, i, after_a - 1))
}

/// A month or day without a year in a sentence that looks ahead from the day of writing ("is
/// due to be published in May"): the first such month or day on or after the publication date,
/// whatever year the narrative last named.
fn ahead_of(a: Period, reference: Date, ctx: &Context) -> Option<Reading> {
    let y = reference.year();
    let (m, d) = match a {
        Period::MonthOnly(m) => (m, None),
        Period::DayOnly(m, d) => (m, Some(d)),
        _ => return None,
    };
    let this_year = match d {
        Some(d) => Date::new(y, m as i8, d as i8).ok()? >= reference,
        None => m >= reference.month() as u8,
    };
    let year = if this_year { y } else { y + 1 };
    let period = match d {
        Some(d) => Period::Day(year, m, d),
        None => Period::Month(year, m),
    };
    let mut reading = single(period, ctx)?;
    reading.note =
        format!("year {year}: the sentence looks ahead from the publication date {reference}");
    // The year of a plan ("delayed until January") is not the year the narrative is in: the
    // next "March 26" without a year must not take it.
    reading.year = None;
    Some(reading)
}

/// A life span in parentheses after a capitalised name, the biography convention: "Ada Byrne
/// (8 May 1815 – 27 November 1852)", "Otto IV (1175–1218)". These are two dates, birth and
/// death, not one interval: another source's "died on 28 November 1852" conflicts with the
/// second alone, and "born in 1816" must not fall inside 1815-1852. Each date gets its own
/// quote; alignment gives the first the event "born" and the second "died"
/// (`align::context`). Named periods ("the Second World War (1939–1945)") stay ranges.
fn life_span(p: Para, i: usize, ctx: &mut Context, found: &mut Vec<Found>) -> Option<usize> {
    if i < 2 || !life_span_opens(p, i) {
        return None;
    }
    let (a, after_a) = period(p, i)?;
    if !p.is_dash(after_a) || matches!(a, Period::Year(_)) && range_of_figures(p, after_a) {
        return None;
    }
    let (b, after_b) = period(p, after_a + 1)?;
    if !p.is_punct(after_b, ')') {
        return None;
    }
    let (Some(ya), Some(yb)) = (year_of(a), year_of(b)) else {
        return None;
    };
    // A life is forward and shorter than a century and a half.
    if !(ya <= yb && yb - ya < 150) {
        return None;
    }
    let (born, died) = (single(a, ctx)?, single(b, ctx)?);
    emit(p, i, after_a - 1, born, ctx, found);
    emit(p, after_a + 1, after_b - 1, died, ctx, found);
    Some(after_b)
}

/// Whether the parenthesis that holds token `i` opens right after a person's name: "Ada Byrne
/// (1815–1852)", with a comma between ("Ada Byrne, also Ada Burne, (1815–1852)"), or with a
/// gloss before the dates inside it ("Otto IV (Otto von Braunschweig; 1175–1218)").
fn life_span_opens(p: Para, i: usize) -> bool {
    let open = if p.is_punct(i - 1, '(') {
        i - 1
    } else if p.is_punct(i - 1, ';') || p.is_punct(i - 1, ',') {
        match (i.saturating_sub(16)..i - 1)
            .rev()
            .take_while(|&k| !p.is_punct(k, ')'))
            .find(|&k| p.is_punct(k, '('))
        {
            Some(k) => k,
            None => return false,
        }
    } else {
        return false;
    };
    let name = if open >= 2 && p.is_punct(open - 1, ',') {
        open - 2
    } else {
        match open.checked_sub(1) {
            Some(k) => k,
            None => return false,
        }
    };
    names_a_person(p, name)
}

/// Whether the capitalised words ending at token `k` name a person rather than a period or an
/// institution ("World War II", "the Great Depression", "Pinochet Regime").
fn names_a_person(p: Para, k: usize) -> bool {
    const NOT_A_PERSON: &[&str] = &[
        "war",
        "wars",
        "revolution",
        "depression",
        "dynasty",
        "empire",
        "era",
        "age",
        "period",
        "crisis",
        "republic",
        "kingdom",
        "reich",
        "regime",
        "government",
        "administration",
        "presidency",
        "reign",
        "council",
        "parliament",
        "congress",
        "olympics",
        "games",
        "cup",
        "championship",
        "season",
        "series",
        "expedition",
        "campaign",
        "movement",
        "rebellion",
        "uprising",
        "occupation",
        "dictatorship",
        "cabinet",
        "party",
        "company",
        "union",
        "league",
        "association",
        "project",
        "program",
        "programme",
        "mission",
        "plan",
        "crusade",
        "siege",
        "battle",
        "exhibition",
        "festival",
        "act",
        "treaty",
        "river",
        "bridge",
        "railway",
        "church",
        "school",
        "university",
        "college",
        "house",
        "hall",
        "museum",
        "theatre",
        "theater",
        "tower",
        "castle",
        "line",
        "building",
        "ministry",
        "court",
        "assembly",
        "conference",
        "committee",
        "commission",
        "office",
        "club",
        "team",
        "band",
        "group",
        "show",
        "magazine",
        "journal",
        "newspaper",
        "times",
        "review",
        "press",
    ];
    if !(p.is_word(k) && p.capitalized(k)) {
        return false;
    }
    let mut j = k;
    loop {
        if NOT_A_PERSON.contains(&p.str(j).to_ascii_lowercase().as_str())
            || p.lex(j) != Lex::Other && p.str(j).len() > 3
        {
            return false;
        }
        // Walk back over the name, across "D'Oyly" and "Saint-Just".
        let back = if j >= 2
            && p.touching(j)
            && (p.is_dash(j - 1) || p.class(j - 1).is_some_and(is_apostrophe))
        {
            j - 2
        } else if j >= 1 && p.is_word(j - 1) && p.capitalized(j - 1) {
            j - 1
        } else {
            return true;
        };
        if k - back > 5 {
            return true;
        }
        j = back;
    }
}

/// A range written with a dash after period `a`: "1967-1973", "1970 - 73", "April-July".
fn dashed(
    p: Para,
    i: usize,
    a: Period,
    after_a: usize,
    ctx: &Context,
) -> Option<(Reading, usize, usize)> {
    if !p.is_dash(after_a) {
        return None;
    }
    let (b, after_b) = period(p, after_a + 1).or_else(|| short_year(p, after_a + 1, a))?;
    let reading = range(a, b, ctx)?;
    Some((reading, i, after_b - 1))
}

/// A two-digit year ending a range: the "73" of "1970 - 73".
fn short_year(p: Para, k: usize, a: Period) -> Option<(Period, usize)> {
    let Period::Year(start) = a else {
        return None;
    };
    let (yy, len) = p.plain_int(k)?;
    if len != 2 || p.touching(k + 1) && p.is_word(k + 1) {
        return None;
    }
    let century = start - start % 100;
    let mut year = century + yy as i16;
    if year <= start {
        year += 100;
    }
    (year - start < 100).then_some((Period::Year(year), k + 1))
}

/// Join two periods into a range, taking a missing year from the other end or the context.
fn range(a: Period, b: Period, ctx: &Context) -> Option<Reading> {
    let (a, b, note) = match (a, b) {
        (Period::MonthOnly(m1), Period::Month(y, m2)) => {
            (Period::Month(y, m1), Period::Month(y, m2), String::new())
        }
        (Period::MonthOnly(m1), Period::MonthOnly(m2)) => {
            let (y, note) = ctx.year_of_month(m1)?;
            (Period::Month(y, m1), Period::Month(y, m2), note)
        }
        (Period::DayOnly(m1, d1), Period::Day(y, m2, d2)) => (
            Period::Day(y, m1, d1),
            Period::Day(y, m2, d2),
            String::new(),
        ),
        (Period::MonthOnly(_) | Period::DayOnly(..), _)
        | (_, Period::MonthOnly(_) | Period::DayOnly(..)) => return None,
        pair => (pair.0, pair.1, String::new()),
    };
    let (va, vb) = (text(a), text(b));
    let value = format!("{va}/{vb}");
    let parsed = crate::claims::Value::parse(Kind::Date, &value).ok()?;
    let nominal = parsed.nominal()?;
    let single = crate::claims::Value::parse(Kind::Date, &va)
        .ok()?
        .nominal()?;
    if nominal == single {
        return None;
    }
    let kind = if matches!(a, Period::Year(_)) && matches!(b, Period::Year(_)) {
        Kind::Year
    } else {
        Kind::Date
    };
    Some(Reading {
        value,
        kind,
        approx: Approx::Range,
        // Which of a range's years a narrative goes on in ("the 2026–27 school year ... in
        // September") is anyone's guess: neither passes on.
        year: (year_of(a) == year_of(b)).then(|| year_of(b)).flatten(),
        day: None,
        note,
    })
}

/// Where a paragraph writes a day or a month with no year ("on March 4", "in April"), as byte
/// ranges of the paragraph. Those the context gives no year are not proposed; the caller can
/// tell the user which, and how to give them one.
pub(super) fn days_without_year(p: Para) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    // Only where a month is named: "4 March", "March 4", "the 3rd of May", "in April".
    let months: Vec<usize> = (0..p.len())
        .filter(|&k| matches!(p.lex(k), Lex::Month { .. }))
        .collect();
    let mut i = 0;
    while i < p.len() {
        let near_month = months
            .get(months.partition_point(|&k| k < i))
            .is_some_and(|&k| k < i + 4);
        if !near_month {
            i += 1;
            continue;
        }
        match period(p, i) {
            Some((Period::MonthOnly(_) | Period::DayOnly(..), next)) if next > i => {
                found.push(p.span(i, next - 1));
                i = next;
            }
            Some((_, next)) if next > i => i = next,
            _ => i += 1,
        }
    }
    found
}

/// One period as a reading, with the year from context when it lacks one.
fn single(a: Period, ctx: &Context) -> Option<Reading> {
    let (period, note) = match a {
        Period::MonthOnly(m) => {
            let (y, note) = ctx.year_of_month(m)?;
            (Period::Month(y, m), note)
        }
        Period::DayOnly(m, d) => {
            let (y, note) = ctx.year_of_month(m)?;
            Date::new(y, m as i8, d as i8).ok()?;
            (Period::Day(y, m, d), note)
        }
        other => (other, String::new()),
    };
    // A year guessed from the publication date is each such date's own guess, not a year the
    // text wrote: "in September" read as last September must not date the "March 26" after it.
    let guessed = matches!(a, Period::MonthOnly(_) | Period::DayOnly(..)) && ctx.year().is_none();
    let kind = match period {
        Period::Year(_) => Kind::Year,
        _ => Kind::Date,
    };
    let day = match period {
        Period::Day(y, m, d) => Date::new(y, m as i8, d as i8).ok(),
        _ => None,
    };
    Some(Reading {
        value: text(period),
        kind,
        approx: Approx::Exact,
        year: if guessed { None } else { year_of(period) },
        day,
        note,
    })
}

fn year_of(p: Period) -> Option<i16> {
    match p {
        Period::Day(y, ..) | Period::Month(y, _) | Period::Year(y) => Some(y),
        Period::MonthOnly(_) | Period::DayOnly(..) => None,
    }
}

fn text(p: Period) -> String {
    match p {
        Period::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        Period::Month(y, m) => format!("{y:04}-{m:02}"),
        Period::Year(y) => format!("{y:04}"),
        Period::MonthOnly(_) | Period::DayOnly(..) => unreachable!("resolved before"),
    }
}

/// Read one point or period at `i`: a day, month, or year, with or without its year.
fn period(p: Para, i: usize) -> Option<(Period, usize)> {
    // "AD 79", "79 AD", "AD 1066": a year of the era written out (years before it, "44 BC",
    // are not figures: `figures::not_a_figure`).
    let era = |k: usize| matches!(p.str(k), "AD" | "CE");
    let number = if era(i) { i + 1 } else { i };
    if (era(i) || era(i + 1))
        && let Some((y, len)) = p.plain_int(number)
        && len <= 4
        && (1..=2100).contains(&y)
    {
        return Some((Period::Year(y as i16), i + 2));
    }
    // "Christmas Day 1066", "on Christmas Eve": a day of the year by its name.
    if p.is_w(i, W::Christmas) {
        let (d, k) = if p.word_is(i + 1, "Day") {
            (25, i + 2)
        } else if p.word_is(i + 1, "Eve") {
            (24, i + 2)
        } else {
            (25, i + 1)
        };
        let after = if p.is_punct(k, ',') { k + 1 } else { k };
        // "a Christmas tree", "the Christmas market": the word alone dates only after a
        // preposition of time ("by Christmas").
        let named_day = k == i + 2
            || i > 0
                && [
                    "on", "at", "by", "before", "after", "until", "since", "over",
                ]
                .iter()
                .any(|w| p.word_is(i - 1, w));
        return match year_digits(p, after) {
            Some(y) => Some((Period::Day(y, 12, d), after + 1)),
            None if named_day => Some((Period::DayOnly(12, d), k)),
            None => None,
        };
    }
    if let Some((y, m, d)) = slashed_day(p, i) {
        return Some((Period::Day(y, m, d), i + 5));
    }
    // ISO dates: "1973-09-11"
    if let Some(y) = year_digits_before_dash(p, i)
        && p.is_punct(i + 1, '-')
        && p.touching(i + 1)
        && p.touching(i + 2)
        && let Some((m, 2)) = p.plain_int(i + 2)
        && p.is_punct(i + 3, '-')
        && p.touching(i + 3)
        && p.touching(i + 4)
        && let Some((d, 2)) = p.plain_int(i + 4)
    {
        Date::new(y, m as i8, d as i8).ok()?;
        return Some((Period::Day(y, m as u8, d as u8), i + 5));
    }
    // "11 September 1973", "29 June", "the 3rd of May 1921"
    if let Some((d, after_d)) = day_number(p, i)
        && let Some(after_d) = Some(if p.is_w(after_d, W::Of) {
            after_d + 1
        } else {
            after_d
        })
        && let Some(m) = month(p, after_d, true)
    {
        let mut k = after_d + 1;
        if p.is_punct(k, ',') || p.is_w(k, W::Of) {
            k += 1;
        }
        if let Some(y) = year_digits(p, k) {
            Date::new(y, m as i8, d as i8).ok()?;
            return Some((Period::Day(y, m, d), k + 1));
        }
        Date::new(2000, m as i8, d as i8).ok()?;
        return Some((Period::DayOnly(m, d), after_d + 1));
    }
    if let Some(m) = month(p, i, false) {
        let mut k = i + 1;
        if p.is_punct(k, '.') && p.touching(k) {
            k += 1;
        }
        // "September 11, 1973", "September 11 1973", "June 17"
        if let Some((d, after_d)) = day_number(p, k)
            && !p.is_punct(after_d, ':')
        {
            let mut y_at = after_d;
            if p.is_punct(y_at, ',') {
                y_at += 1;
            }
            if let Some(y) = year_digits(p, y_at) {
                Date::new(y, m as i8, d as i8).ok()?;
                return Some((Period::Day(y, m, d), y_at + 1));
            }
            Date::new(2000, m as i8, d as i8).ok()?;
            return Some((Period::DayOnly(m, d), after_d));
        }
        // "June 1972", "July of 1973", "June, 1972"
        let y_at = if p.is_w(k, W::Of) || p.is_punct(k, ',') {
            k + 1
        } else {
            k
        };
        if let Some(y) = year_digits(p, y_at) {
            return Some((Period::Month(y, m), y_at + 1));
        }
        if month_alone(p, i) {
            return Some((Period::MonthOnly(m), i + 1));
        }
        return None;
    }
    let y = year(p, i)?;
    Some((Period::Year(y), i + 1))
}

/// A month name at `i`. Capitalised; an abbreviation only before a number.
fn month(p: Para, i: usize, after_day: bool) -> Option<u8> {
    let Lex::Month { month, abbr } = p.lex(i) else {
        return None;
    };
    if !p.capitalized(i) {
        return None;
    }
    if abbr {
        let k = if p.is_punct(i + 1, '.') { i + 2 } else { i + 1 };
        if !after_day && !p.is_number(k) {
            return None;
        }
    }
    Some(month)
}

/// A month with no day or year counts only after a word that places it in time ("in June",
/// "since March", "late August") or before another month ("April-July").
fn month_alone(p: Para, i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| p.lex(k)).is_some_and(|lex| {
        matches!(
            lex,
            Lex::W(
                W::In
                    | W::Of
                    | W::Since
                    | W::Until
                    | W::Till
                    | W::By
                    | W::During
                    | W::From
                    | W::To
                    | W::Before
                    | W::After
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::And
                    | W::Or
                    | W::Between
                    | W::Through
            )
        )
    });
    // "April-July", and "mid-November", "late-November".
    let dash_before = i >= 2
        && p.is_dash(i - 1)
        && matches!(
            p.lex(i - 2),
            Lex::Month { .. } | Lex::W(W::Mid | W::Early | W::Late)
        );
    // "figures for October", "scheduled for June"; not "support for May", who may be a person.
    let for_month =
        i >= 1 && p.is_w(i - 1, W::For) && !matches!(p.lex(i), Lex::Month { month: 5, .. });
    let joined_after = (p.is_dash(i + 1) || p.is_w(i + 1, W::And) || p.is_w(i + 1, W::Or))
        && matches!(p.lex(i + 2), Lex::Month { .. })
        && p.capitalized(i + 2);
    before || dash_before || for_month || joined_after
}

/// A day of the month in digits ("11", "11th"), and the token after it.
fn day_number(p: Para, i: usize) -> Option<(u8, usize)> {
    let (d, len) = p.plain_int(i)?;
    if len > 2 || !(1..=31).contains(&d) {
        return None;
    }
    let mut next = i + 1;
    if p.touching(next)
        && p.is_word(next)
        && matches!(
            p.str(next).to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
    {
        next += 1;
    } else if p.touching(next) && p.is_word(next) {
        return None;
    }
    Some((d as u8, next))
}

/// A numeric day whose order one of its parts shows: "14/03/2024" (day first: there is no
/// 14th month), "03/14/2024" (month first). When both parts could be the month
/// ("05/06/2019") the day cannot be known, and none is read. (year, month, day).
pub(super) fn slashed_day(p: Para, i: usize) -> Option<(i16, u8, u8)> {
    let joined = |k: usize, c: char| p.is_punct(k, c) && p.touching(k) && p.touching(k + 1);
    // (A point joins a day and a month into one decimal token: "14.03.2024" is not read.)
    if !(joined(i + 1, '/') && joined(i + 3, '/')) {
        return None;
    }
    let (a, la) = p.plain_int(i)?;
    let (b, lb) = p.plain_int(i + 2)?;
    let (y, ly) = p.plain_int(i + 4)?;
    if la > 2 || lb > 2 || ly != 4 || p.is_number(i + 6) && p.touching(i + 5) {
        return None;
    }
    let (m, d) = match (a, b) {
        (13..=31, 1..=12) => (b, a),
        (1..=12, 13..=31) => (a, b),
        _ => return None,
    };
    let y = i16::try_from(y).ok()?;
    Date::new(y, m as i8, d as i8).ok()?;
    Some((y, m as u8, d as u8))
}

/// The year of an ISO date, whose dash would stop [`year_digits`].
fn year_digits_before_dash(p: Para, i: usize) -> Option<i16> {
    let (y, len) = p.plain_int(i)?;
    (len == 4 && (1000..=2100).contains(&y)).then_some(y as i16)
}

/// Four digits that can only be a year in a date ("11 September 1973").
fn year_digits(p: Para, i: usize) -> Option<i16> {
    let (y, len) = p.plain_int(i)?;
    if len != 4 || !(1000..=2100).contains(&y) || p.touching(i + 1) && p.is_word(i + 1) {
        return None;
    }
    Some(y as i16)
}

/// A year of the next century in a projection: "by 2120", "until 2150". Only after such a
/// word, since four digits above 2100 are more often an amount.
fn far_year(p: Para, i: usize) -> Option<i16> {
    let (y, len) = p.plain_int(i)?;
    let placed = i > 0
        && (p.is_w(i - 1, W::By)
            || p.is_w(i - 1, W::Until)
            || p.word_is(i - 1, "in")
            || p.word_is(i - 1, "before"));
    (len == 4 && (2101..=2199).contains(&y) && placed && !(p.touching(i + 1) && p.is_word(i + 1)))
        .then_some(y as i16)
}

/// A bare year ("in 1957"), unless the number reads as a count or a measure.
fn year(p: Para, i: usize) -> Option<i16> {
    let y = year_digits(p, i).or_else(|| far_year(p, i))?;
    if i > 0 {
        if matches!(
            p.class(i - 1),
            Some(Class::Punct(c)) if super::scan::is_currency_sign(c) || matches!(c, '#' | '.')
        ) && p.touching(i)
        {
            return None;
        }
        if super::hedges::hedge(p, i - 1).is_some_and(|(_, next)| next == i)
            || i >= 2 && super::hedges::hedge(p, i - 2).is_some_and(|(_, next)| next == i)
        {
            return None;
        }
    }
    if !unit_free(p, i + 1) || range_of_figures(p, i + 1) {
        return None;
    }
    // "an average of 1500", "a total of 1200": an amount is what such a word is of.
    const AMOUNT_OF: &[&str] = &[
        "average", "total", "sum", "maximum", "minimum", "median", "mean", "tally", "peak",
    ];
    if i >= 2 && p.is_w(i - 1, W::Of) && AMOUNT_OF.iter().any(|w| p.word_is(i - 2, w)) {
        return None;
    }
    if i >= 2 && p.is_number(i - 2) && range_of_figures(p, i - 1) {
        return None;
    }
    // "executed 1889 different actions": a word that does not place a year before it, and a
    // plural it counts after it, make it a count ("the heroic 2019 uprising" stays a year).
    if i > 0
        && p.is_word(i - 1)
        && !places_a_year(p, i - 1)
        && super::units::read(p, i + 1).is_some_and(|u| u.kind == Kind::Count && u.plural)
    {
        return None;
    }
    Some(y)
}

/// Does nothing at `k` make the number before it a measure, a count of time or money
/// ("1000 days", "1500 tons", "2000%", "10:15").
fn unit_free(p: Para, k: usize) -> bool {
    let unit = matches!(
        p.lex(k),
        Lex::Dur(_)
            | Lex::Measure(_)
            | Lex::Currency(_)
            | Lex::Scale(_)
            | Lex::W(W::Percent | W::Per | W::Times | W::Points)
    );
    let time = p.is_punct(k, ':') && p.is_number(k + 1);
    // "1520 sq m", "2000 Calories": a measure of more than one word, or one the lexicon does
    // not know by itself.
    let measure = !unit
        && !time
        && (p.is_word(k) || p.is_punct(k, '°'))
        && super::units::read(p, k).is_some_and(|u| {
            u.last.is_some() && matches!(u.kind, Kind::Quantity | Kind::Duration | Kind::Money)
        });
    !(unit || time || measure || p.is_punct(k, '%'))
}

/// "about 2000 - 2500 Calories", "from 1000 to 2000 hires": a dash or "to" and then a number
/// whose unit makes both numbers figures. `k` is the token after the first number.
fn range_of_figures(p: Para, k: usize) -> bool {
    let (Some((a, _)), Some((b, _))) = (p.plain_int(k - 1), p.plain_int(k + 1)) else {
        return false;
    };
    if !(p.is_dash(k) || p.is_w(k, W::To) || p.is_w(k, W::And)) || b <= a {
        return false;
    }
    let after = k + 2;
    !unit_free(p, after)
        || super::units::read(p, after)
            .is_some_and(|u| u.kind == Kind::Count && u.plural && u.last == Some(after))
            && a % 100 == 0
            && b % 100 == 0
}

/// Words after which four digits are a year.
fn places_a_year(p: Para, k: usize) -> bool {
    const BEFORE_YEAR: &[&str] = &[
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "year",
        "years",
        "c",
        "ca",
        "circa",
        "than",
        "election",
        "elections",
        "since",
        "in",
        "of",
        "by",
        "until",
        "from",
        "to",
        "before",
        "after",
        "during",
        "between",
        "and",
        "or",
        "the",
        "early",
        "late",
        "mid",
        "through",
        "till",
        "around",
        "about",
    ];
    let word = p.str(k);
    // "Keytrudas 2018 sales", "Toyota 2019 models": a name in mid-sentence before the year,
    // whose possessive the text dropped.
    let name = k > 0
        && p.capitalized(k)
        && p.lex(k) == Lex::Other
        && p.is_word(k - 1)
        && !p.capitalized(k - 1);
    name || word.ends_with("’s")
        || word.ends_with("'s")
        || matches!(p.lex(k), Lex::Month { .. } | Lex::Season(_))
        || BEFORE_YEAR.contains(&word.to_ascii_lowercase().as_str())
}

/// "the third quarter of 2012", "fourth-quarter 1989 results", "third-quarter profit": a
/// quarter of a year, its three months. With its year written it is always one; without, only
/// in a sentence about money or the economy (a word such as "profit", "sales", "economy"), since
/// "the fourth quarter" of a game is no date, and then its year is a month's ("in July"): the
/// year in view, else the quarter's latest year counted from the publication date. "a quarter of
/// the century" and "three quarters" are fractions. The reading, its first and last tokens.
fn quarter(p: Para, i: usize, ctx: &Context) -> Option<(Reading, usize, usize)> {
    let k = if p.is_w(i, W::The) { i + 1 } else { i };
    let (first_month, year, note, last) = if let [b'Q', n @ b'1'..=b'4'] = p.str(k).as_bytes() {
        // "Q3 2021", "Q3 of 2021": a quarter in the accountants' shorthand, with its year.
        let at = if p.is_w(k + 1, W::Of) { k + 2 } else { k + 1 };
        (3 * (n - b'0') - 2, year_digits(p, at)?, String::new(), at)
    } else {
        let Lex::Ord(n @ 1..=4) = p.lex(k) else {
            return None;
        };
        let q_at = if p.is_dash(k + 1) && p.touching(k + 1) {
            k + 2
        } else {
            k + 1
        };
        if !p.is_w(q_at, W::Quarter) {
            return None;
        }
        let first_month = 3 * n as u8 - 2;
        let written = if p.is_w(q_at + 1, W::Of) {
            Some((year_digits(p, q_at + 2)?, q_at + 2))
        } else {
            year_digits(p, q_at + 1).map(|y| (y, q_at + 1))
        };
        match written {
            Some((y, last)) => (first_month, y, String::new(), last),
            None if money_sentence(p, k) => {
                let (y, note) = ctx.year_of_month(first_month)?;
                (first_month, y, note, q_at)
            }
            None => return None,
        }
    };
    let last_month = first_month + 2;
    let reading = Reading {
        value: format!("{year:04}-{first_month:02}/{year:04}-{last_month:02}"),
        kind: Kind::Date,
        approx: Approx::Exact,
        year: Some(year),
        day: None,
        note,
    };
    Some((reading, i, last))
}

/// Does the sentence around token `k` speak of money or the economy.
fn money_sentence(p: Para, k: usize) -> bool {
    const WORDS: &[&str] = &[
        "profit",
        "profits",
        "earnings",
        "revenue",
        "revenues",
        "sales",
        "income",
        "loss",
        "losses",
        "results",
        "economy",
        "growth",
        "gdp",
        "fiscal",
        "dividend",
        "shares",
        "quarterly",
        "charge",
        "charges",
        "gain",
        "gains",
        "deficit",
        "inflation",
        "output",
        "orders",
        "operating",
    ];
    let mut start = k;
    while !p.sentence_start(start) {
        start -= 1;
    }
    (start..p.len())
        .take_while(|&j| j <= k || !matches!(p.class(j), Some(Class::Punct('.' | '!' | '?'))))
        .any(|j| {
            matches!(p.lex(j), Lex::Currency(_) | Lex::W(W::Percent))
                || p.is_punct(j, '$')
                || p.is_word(j) && WORDS.iter().any(|w| p.word_is(j, w))
        })
}

/// "early", "late", "mid-", "the end of", "the beginning of", "the middle of": the third of
/// the period that follows. Returns the first token of the phrase, the third, and the token
/// after the phrase.
fn qualifier(p: Para, i: usize) -> (usize, Option<Third>, usize) {
    let mut k = i;
    let the = p.is_w(k, W::The);
    if the {
        k += 1;
    }
    // "the" belongs to the phrase only in "the end of", "the beginning of", "the middle of".
    let (start, third, next) = match p.lex(k) {
        Lex::W(W::Early) if p.is_dash(k + 1) => (k, Third::Early, k + 2),
        Lex::W(W::Late) if p.is_dash(k + 1) => (k, Third::Late, k + 2),
        Lex::W(W::Early) => (k, Third::Early, k + 1),
        Lex::W(W::Late) => (k, Third::Late, k + 1),
        Lex::W(W::Mid) if p.is_dash(k + 1) => (k, Third::Mid, k + 2),
        Lex::W(W::Mid) => (k, Third::Mid, k + 1),
        Lex::W(W::End) if p.is_w(k + 1, W::Of) => (i, Third::End, k + 2),
        Lex::W(W::Beginning | W::Start) if p.is_w(k + 1, W::Of) => (i, Third::Start, k + 2),
        Lex::W(W::Middle) if p.is_w(k + 1, W::Of) => (i, Third::Mid, k + 2),
        _ => return (i, None, i),
    };
    (start, Some(third), next)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Third {
    /// "early": the first part, loosely (the first four years of a decade).
    Early,
    Mid,
    /// "late": the last part, loosely (the last four years of a decade).
    Late,
    /// "the beginning of": the first part, tightly (the first three years of a decade).
    Start,
    /// "the end of": the last part, tightly (the last three years of a decade).
    End,
}

/// A qualified period: "early 1973", "late August", "the late 1960s", "mid-1972", "the end of
/// 1971", "early summer of 1972", "late 19th century". Returns the reading and last token.
fn qualified(p: Para, j: usize, q: Third, ctx: &Context) -> Option<(Reading, usize)> {
    let j = if p.is_w(j, W::The) { j + 1 } else { j };
    if let Some((reading, _, last)) = decade(p, j, Some(q)) {
        return Some((reading, last));
    }
    if let Some(found) = century(p, j, Some(q)) {
        return Some(found);
    }
    if let Some(found) = season(p, j, Some(q)) {
        return Some(found);
    }
    // "by the end of the year", "the beginning of year": the year in view, else the year of
    // writing. Only after "the end of", "the beginning of", "the middle of": "early year" is no
    // date, and "mid-year" in a table heading is not one either.
    let after_of = |k: usize| k >= 1 && p.is_w(k - 1, W::Of);
    if p.word_is(j, "year") && (after_of(j) || p.is_w(j - 1, W::The) && after_of(j - 1)) {
        let (y, note) = ctx.year().or_else(|| {
            let reference = ctx.reference?;
            let y = reference.year();
            Some((y, format!("year {y} from the publication date {reference}")))
        })?;
        let value = third_of(Period::Year(y), q)?;
        let reading = Reading {
            value,
            kind: Kind::Date,
            approx: Approx::Exact,
            year: Some(y),
            day: None,
            note,
        };
        return Some((reading, j));
    }
    let (a, after) = period(p, j)?;
    let (a, note) = match a {
        Period::MonthOnly(m) => {
            let (y, note) = ctx.year_of_month(m)?;
            (Period::Month(y, m), note)
        }
        other => (other, String::new()),
    };
    let value = third_of(a, q)?;
    Some((
        Reading {
            value,
            kind: Kind::Date,
            approx: Approx::Exact,
            year: year_of(a),
            day: None,
            note,
        },
        after - 1,
    ))
}

/// A third of a year or a month, as a range of months or days.
fn third_of(a: Period, q: Third) -> Option<String> {
    let value = match a {
        Period::Year(y) => {
            let (m1, m2) = match q {
                Third::Start => (1, 3),
                Third::Early => (1, 5),
                Third::Mid => (4, 9),
                Third::Late => (8, 12),
                Third::End => (10, 12),
            };
            format!("{y:04}-{m1:02}/{y:04}-{m2:02}")
        }
        Period::Month(y, m) => {
            let last_day = Date::new(y, m as i8, 1).ok()?.last_of_month().day();
            let (d1, d2) = match q {
                Third::Start => (1, 7),
                Third::Early => (1, 10),
                Third::Mid => (10, 20),
                Third::Late => (20, last_day),
                Third::End => (last_day - 6, last_day),
            };
            format!("{y:04}-{m:02}-{d1:02}/{y:04}-{m:02}-{d2:02}")
        }
        _ => return None,
    };
    Some(value)
}

/// A date relative to the reference day, with a qualifier if one came before it ("early this
/// year", "late last July"). The reading, its first token and its last.
fn relative_date(p: Para, i: usize, ctx: &Context) -> Option<(Reading, usize, usize)> {
    use super::relative::Relative;
    let reference = ctx.reference?;
    let (start, q, j) = qualifier(p, i);
    let (rel, next) = super::relative::read(p, j, reference)?;
    let present = matches!(
        p.lex(j),
        Lex::Rel(super::scan::Rel::Now | super::scan::Rel::Currently | super::scan::Rel::Today)
    );
    let note = if present {
        format!("the time of writing: the publication date {reference}")
    } else {
        format!("counted from the publication date {reference}")
    };
    let qualified = match (q, rel) {
        (Some(q), Relative::Year(y)) => third_of(Period::Year(y), q),
        (Some(q), Relative::Month(y, m)) => third_of(Period::Month(y, m), q),
        _ => None,
    };
    let (value, start) = match qualified {
        Some(value) => (value, start),
        None => (rel.value(), j),
    };
    let (kind, year, day) = match rel {
        Relative::Year(y) if q.is_none() => (Kind::Year, Some(y), None),
        // A weekday says nothing of the year the narrative is in.
        Relative::Day(d) => (Kind::Date, None, Some(d)),
        Relative::Week(..) => (Kind::Date, None, None),
        other => (Kind::Date, Some(other.year()), None),
    };
    // "next year" is a plan's year, not the narrative's: a later "in January" is not in it.
    let year = year.filter(|&y| y <= reference.year());
    let reading = Reading {
        value,
        kind,
        approx: Approx::Exact,
        year,
        day,
        note,
    };
    Some((reading, start, next - 1))
}

/// "the 1920’s", "the 70s", "1960s", "’90s"; with a qualifier, a third of the decade.
/// Returns the reading, its first token and its last.
fn decade(p: Para, i: usize, q: Option<Third>) -> Option<(Reading, usize, usize)> {
    let first = i;
    let mut k = i;
    if p.is_w(k, W::The) && q.is_none() {
        k += 1;
    }
    if p.class(k).is_some_and(is_apostrophe) && p.is_number(k + 1) && p.touching(k + 1) {
        k += 1;
    }
    let (n, len) = p.plain_int(k)?;
    let s_at = if p.class(k + 1).is_some_and(is_apostrophe) && p.touching(k + 1) {
        k + 2
    } else {
        k + 1
    };
    if !(p.touching(s_at) && p.is_word(s_at) && p.str(s_at) == "s") {
        return None;
    }
    let start = match len {
        4 if n % 10 == 0 && (1000..=2090).contains(&n) => n as i16,
        2 if n % 10 == 0 => 1900 + n as i16,
        _ => return None,
    };
    let (value, kind) = match q {
        None => (format!("{start:04}s"), Kind::Year),
        Some(q) => {
            let (a, b) = match q {
                Third::Start => (0, 2),
                Third::Early => (0, 3),
                Third::Mid => (3, 6),
                Third::Late => (6, 9),
                Third::End => (7, 9),
            };
            (format!("{:04}/{:04}", start + a, start + b), Kind::Year)
        }
    };
    Some((
        Reading {
            value,
            kind,
            approx: Approx::Exact,
            year: None,
            day: None,
            note: String::new(),
        },
        first,
        s_at,
    ))
}

/// "20th century", "the nineteenth century"; with a qualifier, a third of it.
fn century(p: Para, i: usize, q: Option<Third>) -> Option<(Reading, usize)> {
    let (n, at) = match p.lex(i) {
        Lex::Ord(n) => (n, i + 1),
        _ => {
            let (n, len) = p.plain_int(i)?;
            let suffix = p.str(i + 1).to_ascii_lowercase();
            if len > 2
                || !p.touching(i + 1)
                || !matches!(suffix.as_str(), "st" | "nd" | "rd" | "th")
            {
                return None;
            }
            (n, i + 2)
        }
    };
    if !p.is_w(at, W::Century) || !(1..=21).contains(&n) {
        return None;
    }
    let start = (n as i16 - 1) * 100;
    let (a, b) = match q {
        None => (0, 99),
        Some(Third::Start) => (0, 29),
        Some(Third::Early) => (0, 39),
        Some(Third::Mid) => (30, 69),
        Some(Third::Late) => (60, 99),
        Some(Third::End) => (70, 99),
    };
    Some((
        Reading {
            value: format!("{:04}/{:04}", start + a, start + b),
            kind: Kind::Year,
            approx: Approx::Exact,
            year: None,
            day: None,
            note: String::new(),
        },
        at,
    ))
}

/// "the autumn of 1970", "summer 1971", "early summer of 1972". A season without its year
/// is not proposed.
fn season(p: Para, i: usize, q: Option<Third>) -> Option<(Reading, usize)> {
    let Lex::Season(s) = p.lex(i) else {
        return None;
    };
    let mut k = i + 1;
    if p.is_w(k, W::Of) {
        k += 1;
    }
    let y = year_digits(p, k)?;
    // spring = March-May, summer = June-August, autumn = September-November,
    // winter = December-February of the next year.
    let first_month = [3u8, 6, 9, 12][s as usize];
    let month_at = |offset: u8| {
        let m = first_month + offset;
        if m > 12 { (y + 1, m - 12) } else { (y, m) }
    };
    let value = match q {
        None => {
            let ((y1, m1), (y2, m2)) = (month_at(0), month_at(2));
            format!("{y1:04}-{m1:02}/{y2:04}-{m2:02}")
        }
        Some(q) => {
            let (y1, m1) = month_at(match q {
                Third::Early | Third::Start => 0,
                Third::Mid => 1,
                Third::Late | Third::End => 2,
            });
            format!("{y1:04}-{m1:02}")
        }
    };
    Some((
        Reading {
            value,
            kind: Kind::Date,
            approx: Approx::Exact,
            year: Some(y),
            day: None,
            note: String::new(),
        },
        k,
    ))
}

/// "At 11:53", "between 9 and 10,": the day it falls on, when a full date is in view; skipped
/// otherwise.
fn time_of_day(p: Para, i: usize, ctx: &mut Context, found: &mut Vec<Found>) -> Option<usize> {
    if let Some(last) = hour_range(p, i)
        && let Some((day, quote)) = ctx.day_for_time(p, last)
    {
        let note = format!(
            "time {} on {day}, the day of {quote}",
            &p.text[p.span(i + 1, last)]
        );
        found.push(
            Found::new(Kind::Date, day.to_string(), Approx::Exact, p.span(i, last)).note(note),
        );
        return Some(last + 1);
    }
    let at = p.is_w(i, W::At);
    let mut h_at = if at { i + 1 } else { i };
    // "at around 4 a.m.", "about 4:10 a.m.": a time given as a guess allows half an hour.
    let mut approx = Approx::Exact;
    if let Some((Approx::About, next)) = super::hedges::hedge(p, h_at) {
        approx = Approx::About;
        h_at = next;
    }
    // "5pm", "at 5 p.m.", "at four in the morning"
    let hour = p
        .plain_int(h_at)
        .filter(|&(_, len)| len <= 2)
        .or(match p.lex(h_at) {
            Lex::Card(n) => Some((n, 0)),
            _ => None,
        });
    // A bare hour with a marker in words, or an hour in words, needs "at" or a hedge before it:
    // "one in the morning and one in the evening" may count sessions.
    let introduced = at || approx == Approx::About;
    if let Some((h, len)) = hour
        && (1..=12).contains(&h)
        && let Some((last, half)) = meridiem(p, h_at + 1)
        && (introduced || len > 0 && !(p.word_is(h_at + 1, "in") || p.word_is(h_at + 1, "at")))
    {
        clock_found(p, ctx, (i, last), half.hour(h), 0, approx, found);
        return Some(last + 1);
    }
    // "1.23am", "at 7.25 p.m.": the British clock, a point between hour and minutes, always
    // with its marker (else "1.23" is a number).
    if let Some((h, m)) = p.str(h_at).split_once('.').and_then(|(h, m)| {
        let hour: u32 = h.parse().ok().filter(|_| (1..=2).contains(&h.len()))?;
        let minute: u32 = m.parse().ok().filter(|_| m.len() == 2)?;
        ((1..=12).contains(&hour) && minute <= 59).then_some((hour, minute))
    }) && p.is_number(h_at)
        && let Some((last, half)) = meridiem(p, h_at + 1)
    {
        clock_found(p, ctx, (i, last), half.hour(h), m, approx, found);
        return Some(last + 1);
    }
    let (h, hl) = p.plain_int(h_at)?;
    if hl > 2 || h > 24 || !p.is_punct(h_at + 1, ':') || !p.touching(h_at + 1) {
        return None;
    }
    let (m, ml) = p.plain_int(h_at + 2)?;
    if ml != 2 || m > 59 || !p.touching(h_at + 2) {
        return None;
    }
    let mut last = h_at + 2;
    // The seconds of "10:02:31" are part of the time, not a figure of their own.
    if p.is_punct(last + 1, ':')
        && p.touching(last + 1)
        && p.touching(last + 2)
        && p.plain_int(last + 2)
            .is_some_and(|(s, len)| len == 2 && s <= 59)
    {
        last += 2;
    }
    // "4:17 a.m." and "4:17 in the afternoon" are quoted whole; the marker says which half of
    // the day.
    let mut half = Half::Either;
    if let Some((end, marked)) = meridiem(p, last + 1) {
        half = marked;
        last = end;
    } else if p.is_word(last + 1)
        && matches!(
            p.str(last + 1).to_ascii_lowercase().as_str(),
            "hours" | "hrs"
        )
    {
        last += 1;
    }
    clock_found(p, ctx, (i, last), half.hour(h), m, approx, found);
    Some(last + 1)
}

/// Push the time `h:m` quoted over tokens `first..=last`, on the day in view; a time with no day
/// in view is skipped.
fn clock_found(
    p: Para,
    ctx: &Context,
    (first, last): (usize, usize),
    h: u32,
    m: u32,
    approx: Approx,
    found: &mut Vec<Found>,
) {
    if let Some((day, quote)) = ctx.day_for_time(p, last) {
        let note = format!("on the day of {quote}");
        found.push(
            Found::new(
                Kind::Date,
                clock_value(day, h, m),
                approx,
                p.span(first, last),
            )
            .note(note),
        );
    }
}

/// Which half of the day a clock reading's marker puts it in.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Half {
    /// "am", "in the morning"
    Morning,
    /// "pm", "in the afternoon", "in the evening"
    Afternoon,
    /// "at night", "in the night": late evening for "11 at night", small hours for "2 at night".
    Night,
    /// No marker: a 24-hour clock, or left as written.
    Either,
}

impl Half {
    /// The hour on a 24-hour clock: "10:45 pm" is 22:45, "12 am" midnight, "12 pm" noon.
    fn hour(self, h: u32) -> u32 {
        match self {
            Half::Morning if h == 12 => 0,
            Half::Afternoon if h < 12 => h + 12,
            Half::Night if (6..12).contains(&h) => h + 12,
            Half::Night if h == 12 => 0,
            _ => h,
        }
    }
}

/// The value of a time of day: `1973-09-11T11:53`.
fn clock_value(day: Date, h: u32, m: u32) -> String {
    format!("{day}T{h:02}:{m:02}")
}

/// "finishing in 3:07:35", "a time of 2:03:38": hours, minutes and seconds after "in" or "of"
/// say how long something took (a race, a climb), a duration in seconds. A time of day is
/// written "at 3:07:35" or with "a.m."/"pm", and is left to [`time_of_day`]. The token after it.
fn elapsed(p: Para, i: usize, found: &mut Vec<Found>) -> Option<usize> {
    if i == 0 || !(p.is_w(i - 1, W::In) || p.is_w(i - 1, W::Of)) {
        return None;
    }
    let (h, hl) = p.plain_int(i)?;
    let two_digits = |k: usize| {
        p.plain_int(k)
            .filter(|&(n, len)| len == 2 && n <= 59 && p.touching(k))
            .map(|(n, _)| n)
    };
    let colon = |k: usize| p.is_punct(k, ':') && p.touching(k);
    if hl > 2 || !colon(i + 1) || !colon(i + 3) {
        return None;
    }
    let m = two_digits(i + 2)?;
    let s = two_digits(i + 4)?;
    if meridiem(p, i + 5).is_some() {
        return None;
    }
    let seconds = (h * 60 + m) * 60 + s;
    found.push(
        Found::new(
            Kind::Duration,
            seconds.to_string(),
            Approx::Exact,
            p.span(i, i + 4),
        )
        .unit("seconds")
        .note(format!("{h} h {m} min {s} s")),
    );
    Some(i + 5)
}

/// "pm", "a.m.", "in the afternoon", "at night": the last token of the marker at `k` and the
/// half of the day it names, if there is one.
fn meridiem(p: Para, k: usize) -> Option<(usize, Half)> {
    let word = p.str(k).to_ascii_lowercase();
    if !p.is_word(k) {
        return None;
    }
    let half = |w: &str| {
        if w.starts_with('p') {
            Half::Afternoon
        } else {
            Half::Morning
        }
    };
    match word.as_str() {
        "am" | "pm" => Some((
            if p.is_punct(k + 1, '.') && p.touching(k + 1) {
                k + 1
            } else {
                k
            },
            half(&word),
        )),
        "a" | "p" if p.is_punct(k + 1, '.') && p.word_is(k + 2, "m") => Some((
            if p.is_punct(k + 3, '.') { k + 3 } else { k + 2 },
            half(&word),
        )),
        "in" if p.word_is(k + 1, "the") => {
            let marked = match p.str(k + 2).to_ascii_lowercase().as_str() {
                "morning" => Half::Morning,
                "afternoon" | "evening" => Half::Afternoon,
                "night" => Half::Night,
                _ => return None,
            };
            Some((k + 2, marked))
        }
        "at" if p.word_is(k + 1, "night") => Some((k + 1, Half::Night)),
        _ => None,
    }
}

/// "between 9 and 10," with nothing counted after it: a span of hours. Returns its last token.
fn hour_range(p: Para, i: usize) -> Option<usize> {
    if !(p.is_w(i, W::Between) || p.is_w(i, W::From)) {
        return None;
    }
    let (a, la) = p.plain_int(i + 1)?;
    let joined = p.is_w(i + 2, W::And) || p.is_w(i + 2, W::To) || p.is_w(i + 2, W::Until);
    let (b, lb) = p.plain_int(i + 3)?;
    let hours = la <= 2 && lb <= 2 && a < b && b <= 24;
    let nothing_counted = matches!(p.class(i + 4), None | Some(Class::Punct(',' | '.' | ';')))
        || p.word_is(i + 4, "o'clock")
        || p.word_is(i + 4, "am")
        || p.word_is(i + 4, "pm");
    (joined && hours && nothing_counted).then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, claims, one};
    use crate::claims::{Approx, Kind};

    fn date(text: &str, quote: &str, value: &str) {
        let c = one(text, quote);
        assert_eq!(c.value_text, value, "{c:#?}");
    }

    #[test]
    fn days_in_every_order() {
        date(
            "On 11 September 1973, Pinochet",
            "11 September 1973",
            "1973-09-11",
        );
        date(
            "toppled on September 11, 1973.",
            "September 11, 1973",
            "1973-09-11",
        );
        date(
            "the morning of September 11 1973, jets",
            "September 11 1973",
            "1973-09-11",
        );
        date(
            "June 29, 1973 Lieutenant Colonel",
            "June 29, 1973",
            "1973-06-29",
        );
        date(
            "born on June 26, 1908 in Valparaiso",
            "June 26, 1908",
            "1908-06-26",
        );
        date("Oct 22, 2023", "Oct 22, 2023", "2023-10-22");
        let c = one("On 11 September 1973, Pinochet", "11 September 1973");
        check(&c, Kind::Date, "1973-09-11", Approx::Exact, "");
    }

    #[test]
    fn months_years_decades() {
        date("in June 1972 during", "June 1972", "1972-06");
        date("a coup in July of 1973, those", "July of 1973", "1973-07");
        let c = one("In 1957, Allende again", "1957");
        check(&c, Kind::Year, "1957", Approx::Exact, "");
        date("In the 1920’s, despite", "the 1920’s", "1920s");
        date("In the 1920's, despite", "the 1920's", "1920s");
        date("the challenges of the 70s", "the 70s", "1970s");
        date("the late 1960s with", "late 1960s", "1966/1969");
        date(
            "the beginning of the 20th century were",
            "the beginning of the 20th century",
            "1900/1929",
        );
    }

    #[test]
    fn seasons() {
        date(
            "Already in the early summer of 1972, the",
            "early summer of 1972",
            "1972-06",
        );
        date(
            "in the autumn of 1970, so this",
            "autumn of 1970",
            "1970-09/1970-11",
        );
        date(
            "in the summer of 1971 councils",
            "summer of 1971",
            "1971-06/1971-08",
        );
    }

    #[test]
    fn a_life_span_after_a_name_is_two_dates() {
        let all = claims("Ada Byrne (8 May 1815 – 27 November 1852) was a painter.");
        let got: Vec<_> = all
            .iter()
            .map(|c| (c.quote.as_str(), c.value_text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("8 May 1815", "1815-05-08"),
                ("27 November 1852", "1852-11-27")
            ]
        );
        for (text, first, second) in [
            ("Otto IV (1175–1218) ruled.", "1175", "1218"),
            (
                "Otto IV, also Otto the Fair, (1175–1218) ruled.",
                "1175",
                "1218",
            ),
            (
                "Otto IV (Otto of Brunswick; 1175–1218) ruled.",
                "1175",
                "1218",
            ),
            ("Sir Hugh D'Arcy (1701-1765) wrote.", "1701", "1765"),
        ] {
            let all = claims(text);
            let got: Vec<_> = all.iter().map(|c| c.quote.as_str()).collect();
            assert_eq!(got, [first, second], "{text}");
            assert_eq!(all[0].kind, Kind::Year);
        }
        // A named period, a lower-case noun and an unbracketed range stay one range.
        for text in [
            "During the Second World War (1939–1945) the port closed.",
            "the pier (1901–1905) was built.",
            "Otto IV ruled 1175–1218.",
        ] {
            let all = claims(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].approx, Approx::Range, "{text}");
        }
    }

    #[test]
    fn ranges() {
        let c = one("During the period 1967-1973 there", "1967-1973");
        check(&c, Kind::Year, "1967/1973", Approx::Range, "");
        date("repression of 1973-1989 and", "1973-1989", "1973/1989");
        date(
            "assesses the 1970 - 73 Allende government",
            "1970 - 73",
            "1970/1973",
        );
        date(
            "Between 1970-73 they supported",
            "Between 1970-73",
            "1970/1973",
        );
        date(
            "between 1850 and 2017.",
            "between 1850 and 2017",
            "1850/2017",
        );
        date("from 1948 until 1958.", "from 1948 until 1958", "1948/1958");
        date(
            "from December 1983 to October 1984 the",
            "from December 1983 to October 1984",
            "1983-12/1984-10",
        );
        let all = claims("founded in 1922 and 1932, respectively");
        assert_eq!(all.len(), 2, "{all:#?}");
    }

    #[test]
    fn months_take_the_year_from_context() {
        let c = one("In January 1973 the cabinet fell. In June it rose.", "June");
        assert_eq!(c.value_text, "1973-06");
        assert!(c.note.contains("year 1973"), "{}", c.note);
        // No year before: not proposed.
        assert!(claims("In June it rose.").is_empty());
        date(
            "in September and October 1970 was",
            "September and October 1970",
            "1970-09/1970-10",
        );
        let c = one(
            "In 1970 it began.\n\nLater it grew.\n\nIn September it ended.",
            "September",
        );
        assert_eq!(c.value_text, "1970-09");
        assert!(c.note.contains("last year written before"), "{}", c.note);
        assert!(claims("in late August, an editorial").is_empty());
    }

    #[test]
    fn headings_date_the_paragraphs_below() {
        let text = "1972 April-July\n\nWorkers occupied factories.\n\n1973 June\n\nIn late June a coup failed.\n\n1973 11 September\n";
        let all = claims(text);
        let values: Vec<_> = all.iter().map(|c| c.value_text.as_str()).collect();
        assert_eq!(
            values,
            [
                "1972-04/1972-07",
                "1973-06",
                "1973-06-20/1973-06-30",
                "1973-09-11"
            ]
        );
        assert!(
            all[2].note.contains("heading '1973 June'"),
            "{}",
            all[2].note
        );
    }

    #[test]
    fn times_of_day_take_the_day_in_view() {
        // The day written before in the paragraph.
        let text = "The coup of September 11, 1973 began early. At 11:53 planes fired.";
        let c = one(text, "At 11:53");
        check(&c, Kind::Date, "1973-09-11T11:53", Approx::Exact, "");
        assert!(c.note.contains("September 11, 1973"));
        assert!(claims("At 11:53 planes fired.").is_empty());
        assert!(claims("At 5pm planes fired.").is_empty());
        let c = one(
            "On 4 July 1931 it opened. At 5 p.m. it closed.",
            "At 5 p.m.",
        );
        assert_eq!(c.value_text, "1931-07-04T17:00");
        let c = one(
            "On 4 July 1931 it opened. At 10:45 pm it closed.",
            "At 10:45 pm",
        );
        assert_eq!(c.value_text, "1931-07-04T22:45");
        let text = "The coup of September 11, 1973 began early. Between 9 and 10, he called.";
        let c = one(text, "Between 9 and 10");
        check(&c, Kind::Date, "1973-09-11", Approx::Exact, "");
        let c = one(
            text.replace("10,", "10 people").as_str(),
            "Between 9 and 10 people",
        );
        assert_eq!(c.kind, Kind::Count);
    }

    #[test]
    fn a_time_of_day_does_not_take_a_day_from_another_sentence_or_paragraph() {
        // Its own sentence gives the day after it: the time is on that day.
        let text = "It sailed on 10 April 1912.\n\nAt 11:40 pm on April 14 it hit ice.";
        let values: Vec<_> = claims(text)
            .into_iter()
            .map(|c| (c.quote, c.value_text))
            .collect();
        assert_eq!(
            values,
            [
                ("10 April 1912".to_string(), "1912-04-10".to_string()),
                ("At 11:40 pm".to_string(), "1912-04-14T23:40".to_string()),
                ("April 14".to_string(), "1912-04-14".to_string())
            ]
        );
        let c = one(
            "The quake hit at 04:52 local time on 14 March 2023.",
            "at 04:52",
        );
        assert_eq!(c.value_text, "2023-03-14T04:52");
        // A day of an earlier paragraph may be days before: the time is left unclaimed.
        assert_eq!(
            claims("It sailed on 10 April 1912.\n\nAt 11:40 pm it hit ice.").len(),
            1
        );
        assert_eq!(
            claims("It sailed on 10 April 1912.\n\nAt 5 p.m. it sank.").len(),
            1
        );
        // A date heading dates the paragraphs below it, times included, even after a day
        // written in a paragraph between.
        let text = "14 April 1912\n\nIt had sailed on April 10.\n\nAt 11:40 pm it hit ice.";
        let c = one(text, "At 11:40 pm");
        assert_eq!(c.value_text, "1912-04-14T23:40");
    }

    #[test]
    fn hours_minutes_seconds_after_in_or_of_are_how_long_it_took() {
        let c = one(
            "He won the marathon, finishing in 3:07:35. It was fast.",
            "3:07:35",
        );
        check(&c, Kind::Duration, "11255", Approx::Exact, "seconds");
        let c = one("She set a time of 2:03:38 in Berlin.", "2:03:38");
        check(&c, Kind::Duration, "7418", Approx::Exact, "seconds");
        // A clock reading is no duration.
        assert!(claims("The blast came at 10:02:31 and more.").is_empty());
        assert!(claims("It ended in 3:07:35 pm traffic.").is_empty());
    }

    #[test]
    fn the_end_of_the_year_is_the_year_in_view() {
        let c = one(
            "The flu began in December 2012 and peaked by the end of year.",
            "the end of year",
        );
        check(&c, Kind::Date, "2012-10/2012-12", Approx::Exact, "");
        let c = one(
            "In 1971 output fell. By the end of the year it had halved.",
            "the end of the year",
        );
        check(&c, Kind::Date, "1971-10/1971-12", Approx::Exact, "");
        let c = one(
            "In 1971 output fell. At the beginning of the year it had halved.",
            "the beginning of the year",
        );
        check(&c, Kind::Date, "1971-01/1971-03", Approx::Exact, "");
        // No year in view and no publication date: nothing to count from.
        assert!(claims("It will close by the end of the year.").is_empty());
        // "early year" and "late year" are not dates.
        assert!(claims("In 1971, early year results and late year sales.").len() == 1);
    }

    #[test]
    fn months_after_mid_for_and_possessive() {
        let c = one(
            "In 1989 it gave them until mid-November to act.",
            "mid-November",
        );
        check(&c, Kind::Date, "1989-11-10/1989-11-20", Approx::Exact, "");
        let c = one("In 1989 it made the late-November trip.", "late-November");
        check(&c, Kind::Date, "1989-11-20/1989-11-30", Approx::Exact, "");
        let c = one("In 1989 the turnover for October was high.", "October");
        check(&c, Kind::Date, "1989-10", Approx::Exact, "");
        let c = one(
            "In 1998 a revision to December's figures came.",
            "December's",
        );
        check(&c, Kind::Date, "1998-12", Approx::Exact, "");
        // "for May" and "May's" may be a person.
        let all = claims("In 2017 support for May fell, and May's allies left.");
        assert!(all.iter().all(|c| !c.quote.contains("May")), "{all:#?}");
    }

    #[test]
    fn quarters_of_a_year() {
        let c = one(
            "Sales fell in the third quarter of 2012.",
            "the third quarter of 2012",
        );
        check(&c, Kind::Date, "2012-07/2012-09", Approx::Exact, "");
        let c = one("In 1989, third-quarter profit rose 5%.", "third-quarter");
        check(&c, Kind::Date, "1989-07/1989-09", Approx::Exact, "");
        let c = one(
            "Its fourth-quarter 1989 results were weak.",
            "fourth-quarter 1989",
        );
        check(&c, Kind::Date, "1989-10/1989-12", Approx::Exact, "");
        // A quarter of a game, of a century, or of the workers is no date.
        assert!(
            claims("In 1989 they led in the fourth quarter of the game.")
                .iter()
                .all(|c| c.quote != "the fourth quarter")
        );
        assert!(
            claims("In 1989, they led by ten in the fourth quarter.")
                .iter()
                .all(|c| !c.quote.contains("quarter"))
        );
        assert!(
            claims("In the first quarter of the 20th century it grew.")
                .iter()
                .all(|c| !c.quote.contains("quarter"))
        );
    }

    #[test]
    fn years_roughly() {
        let c = one("built around 1850 by", "around 1850");
        check(&c, Kind::Year, "1850", Approx::About, "");
        let c = one("a portrait, c. 1610.", "c. 1610");
        check(&c, Kind::Year, "1610", Approx::About, "");
        let c = one("around 1500 workers", "around 1500 workers");
        assert_eq!(c.kind, Kind::Count);
    }

    #[test]
    fn about_a_number_that_did_something_is_a_count() {
        for text in [
            "About 1000 come from Asia.",
            "about 1500 died at sea",
            "some 1200 were saved",
        ] {
            assert!(
                claims(text).iter().all(|c| c.kind == Kind::Count),
                "{text}: {:?}",
                claims(text)
            );
        }
        let c = one(
            "The church was built about 1500 and rebuilt later.",
            "about 1500",
        );
        assert_eq!(c.kind, Kind::Year);
    }

    #[test]
    fn counts_are_not_years() {
        let c = one(
            "the organization executed 1889 different actions",
            "1889 different actions",
        );
        assert_eq!(c.kind, Kind::Count);
        let c = one("His 1970 victory was", "1970");
        assert_eq!(c.kind, Kind::Year);
        let c = one("a book, 1000 Days of Revolution", "1000 Days");
        assert_eq!(c.kind, Kind::Duration);
    }

    #[test]
    fn four_digits_before_a_unit_of_science_are_figures() {
        for (text, quote) in [
            ("heated in a furnace at 1000 °C for an hour", "1000 °C"),
            ("synthesised at 1323 K in a tube", "1323 K"),
            ("the topology at time 1800 s occurs", "1800 s"),
        ] {
            let c = one(text, quote);
            assert_ne!(c.kind, Kind::Year, "{text}");
        }
    }

    #[test]
    fn quarters_in_shorthand() {
        date("Revenue for Q3 2021 was up.", "Q3 2021", "2021-07/2021-09");
        assert!(claims("the Q3 results").is_empty());
    }

    #[test]
    fn years_of_the_era() {
        let c = one("Vesuvius erupted in AD 79, burying Pompeii.", "AD 79");
        check(&c, Kind::Year, "0079", Approx::Exact, "");
        let c = one("It was founded in 476 CE.", "476 CE");
        check(&c, Kind::Year, "0476", Approx::Exact, "");
        assert!(claims("Caesar was killed in 44 BC.").is_empty());
        assert!(claims("the pyramid dates to c. 2560 BCE").is_empty());
    }

    #[test]
    fn old_style_dates_move_to_the_gregorian_calendar() {
        let c = one(
            "The siege began on the 3rd of May 1689 (Old Style).",
            "3rd of May 1689",
        );
        check(&c, Kind::Date, "1689-05-13", Approx::Exact, "");
        assert!(c.note.contains("Old Style"), "{}", c.note);
        let text = "On 8 September 1689 (29 August Old Style) the garrison surrendered.";
        check(
            &one(text, "29 August"),
            Kind::Date,
            "1689-09-08",
            Approx::Exact,
            "",
        );
        let c = one("Born 5 October 1703 O.S. in town.", "5 October 1703");
        check(&c, Kind::Date, "1703-10-16", Approx::Exact, "");
        let c = one("The siege began on 13 May 1689 (New Style).", "13 May 1689");
        check(&c, Kind::Date, "1689-05-13", Approx::Exact, "");
    }

    #[test]
    fn a_projection_into_the_next_century_names_a_year() {
        let c = one("Seas could rise 11 feet by 2120, scientists warn.", "2120");
        check(&c, Kind::Year, "2120", Approx::Exact, "");
        let c = one("The index rose 2150 points.", "2150 points");
        assert_eq!(c.kind, Kind::Quantity);
    }

    #[test]
    fn christmas_is_a_day_of_the_year() {
        date(
            "William was crowned on Christmas Day 1066.",
            "Christmas Day 1066",
            "1066-12-25",
        );
        date(
            "In 1914 the guns fell silent on Christmas Eve.",
            "Christmas Eve",
            "1914-12-24",
        );
        assert!(
            claims("In 1914 they put up a Christmas tree.")
                .iter()
                .all(|c| c.kind == Kind::Year)
        );
        date(
            "In 1914 it was over by Christmas.",
            "Christmas",
            "1914-12-25",
        );
    }

    #[test]
    fn four_digits_with_a_measure_or_a_round_range_of_counts_are_figures() {
        let c = one("The 1520 sq m medical centre", "1520 sq m");
        assert_eq!(c.kind, Kind::Quantity);
        let c = one(
            "needs about 2000 - 2500 Calories a day",
            "about 2000 - 2500 Calories",
        );
        assert_eq!(
            (c.kind, c.value_text.as_str()),
            (Kind::Quantity, "2000/2500")
        );
        let c = one("going from 1000 to 2000 hires", "2000 hires");
        assert_eq!(c.kind, Kind::Count);
        let c = one(
            "between 1500 and 2000 workers struck",
            "between 1500 and 2000 workers",
        );
        assert_eq!(c.kind, Kind::Count);
        // Years stay years: not round, or what follows is no plain count.
        let c = one("The 1970-1973 governments fell", "1970-1973");
        assert_eq!(c.kind, Kind::Year);
        let c = one(
            "Between 1600 and 1900 world temperatures rose",
            "Between 1600 and 1900",
        );
        assert_eq!(c.kind, Kind::Year);
        let c = one("from 20 mpg in 2008 to 29 mpg in 2020", "2008");
        assert_eq!(c.kind, Kind::Year);
        let c = one("prices will go up by an average of 1500.", "1500");
        assert_eq!(c.kind, Kind::Count);
    }

    #[test]
    fn a_numeric_day_is_read_when_one_part_shows_the_order() {
        let c = one("The report is dated 14/03/2024.", "14/03/2024");
        assert_eq!(c.value_text, "2024-03-14");
        let c = one("Filed 03/14/2024 in Ohio.", "03/14/2024");
        assert_eq!(c.value_text, "2024-03-14");
        // Either part could be the month: no day is read, nor any figure.
        assert!(claims("Filed 05/06/2019 in Ohio.").is_empty());
    }

    #[test]
    fn a_clock_time_is_quoted_with_its_marker() {
        let c = one("It struck at 4:17 a.m. on 14 March 2024.", "at 4:17 a.m.");
        assert_eq!(c.value_text, "2024-03-14T04:17");
        let c = one("It struck at 4:17 p.m. on 14 March 2024.", "at 4:17 p.m.");
        assert_eq!(c.value_text, "2024-03-14T16:17");
    }

    #[test]
    fn the_half_of_the_day_may_be_said_in_words() {
        // "4:17 in the afternoon" was read as 04:17, against another source's "4:17 p.m.".
        let text = "On 20 July 1969 the craft set down at 4:17 in the afternoon, East Coast time.";
        let c = one(text, "at 4:17 in the afternoon");
        assert_eq!(c.value_text, "1969-07-20T16:17");
        let c = one(
            "On 15 April 1912 the ship sank at 2:20 in the morning.",
            "at 2:20 in the morning",
        );
        assert_eq!(c.value_text, "1912-04-15T02:20");
        let c = one(
            "The battle began at four in the morning on 12 September 1683.",
            "at four in the morning",
        );
        assert_eq!(c.value_text, "1683-09-12T04:00");
        let c = one(
            "On 3 May 1990 the bell rang at 11 at night.",
            "at 11 at night",
        );
        assert_eq!(c.value_text, "1990-05-03T23:00");
        // Without "at", "one in the morning" may be one of something.
        let found = claims(
            "On 3 May 1990 we held two sessions, one in the morning and one in the evening.",
        );
        assert!(
            found.iter().all(|c| !c.value_text.contains('T')),
            "{found:#?}"
        );
    }

    #[test]
    fn a_point_may_part_the_hour_from_the_minutes() {
        let c = one(
            "On 26 April 1986 the explosion happened at 1.23am, and people slept on.",
            "at 1.23am",
        );
        assert_eq!(c.value_text, "1986-04-26T01:23");
        let c = one(
            "On 6 May 1937 the fire broke out at 7.25 p.m. over the field.",
            "at 7.25 p.m.",
        );
        assert_eq!(c.value_text, "1937-05-06T19:25");
        // Without its marker it is a number.
        let found = claims("On 6 May 1937 the index rose 1.23 points.");
        assert!(
            found.iter().all(|c| !c.value_text.contains('T')),
            "{found:#?}"
        );
    }

    #[test]
    fn a_time_given_as_a_guess_allows_half_an_hour() {
        let c = one(
            "On 15 April 1912 Carpathia reached the first boat at about 4:10 a.m. and stayed.",
            "at about 4:10 a.m.",
        );
        assert_eq!(c.value_text, "1912-04-15T04:10");
        assert_eq!(c.approx, Approx::About);
        let c = one(
            "On 12 September 1683 fighting began at around 4 a.m., on the left flank.",
            "at around 4 a.m.",
        );
        assert_eq!(c.value_text, "1683-09-12T04:00");
        assert_eq!(c.approx, Approx::About);
    }
}
