//! The timeline of dated claims: an SVG with one lane per source, each date claim drawn as the
//! span of days its wording allows ("1973" is a year-long bar, "11 September 1973" a dot).
//!
//! Disagreement must show at a glance, so marks take their topic's verdict colour and the marks
//! of a conflicting topic are joined across lanes by a line. The drawing uses presentation
//! attributes only (no stylesheet), so the same SVG works inside `index.html` and on its own as
//! `timeline.svg`; each mark carries `data-verdict` for the page's filter.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::str::FromStr;

use super::escape::{html as esc, one_line};
use super::present::{SourceIndex, value_phrase, verdict_name, verdict_symbol};
use crate::check::findings::{ClaimView, Topic};
use crate::check::{Analysis, Verdict};
use crate::claims::Kind;
use crate::claims::value::{date_of, day_number};

const WIDTH: f64 = 1000.0;
const GUTTER: f64 = 200.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 64.0;
const ROW: f64 = 18.0;
const LANE_PAD: f64 = 10.0;
const AXIS: f64 = 34.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', \
                    Arial, sans-serif";

/// Colours with at least 4.5:1 contrast on white, so marks and their labels read when
/// projected; the verdict is also in each mark's label and tooltip.
pub fn colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Conflict => "#b42318",
        Verdict::Compatible => "#1f5fbf",
        Verdict::Agree => "#127a46",
        Verdict::Single => "#667085",
    }
}

/// Dated claims drawn as one mark: days since 1970-01-01, with ends the wording leaves open.
/// Claims of one source that allow the same dates are drawn once with a count (a source that
/// says "1973" twenty times gets one dot marked ×20), but claims of different topics that are
/// not single-source stay apart, so each can show its own verdict and topic number.
struct Mark<'a> {
    number: usize,
    topic: &'a Topic,
    claims: Vec<&'a ClaimView>,
    lane: usize,
    low: Option<f64>,
    high: Option<f64>,
}

/// Where a mark was drawn, for the lines that join a conflict.
struct Placed {
    lane: usize,
    x: f64,
    y: f64,
}

fn parse_day(bound: &str) -> Option<f64> {
    if bound.is_empty() {
        return None;
    }
    jiff::civil::Date::from_str(bound).ok().map(day_number)
}

fn marks<'a>(analysis: &'a Analysis, sources: &SourceIndex) -> Vec<Mark<'a>> {
    // Keyed by lane, then the days, then the topic (0 for every single-source topic, so they
    // merge): a deterministic order and the merge in one map.
    type Key = (usize, Option<i64>, Option<i64>, usize);
    let mut merged: BTreeMap<Key, Mark<'a>> = BTreeMap::new();
    for (i, topic) in analysis.topics.iter().enumerate() {
        for claim in &topic.claims {
            if !matches!(claim.kind, Kind::Date | Kind::Year) {
                continue;
            }
            let (low, high) = (parse_day(&claim.low), parse_day(&claim.high));
            if low.is_none() && high.is_none() {
                continue;
            }
            let lane = sources.position(&claim.source);
            if lane == usize::MAX {
                continue;
            }
            let group = if topic.verdict == Verdict::Single {
                0
            } else {
                i + 1
            };
            let key = (lane, low.map(|d| d as i64), high.map(|d| d as i64), group);
            merged
                .entry(key)
                .or_insert_with(|| Mark {
                    number: i + 1,
                    topic,
                    claims: Vec::new(),
                    lane,
                    low,
                    high,
                })
                .claims
                .push(claim);
        }
    }
    merged.into_values().collect()
}

/// The time axis: the days shown and the ticks to label.
struct Axis {
    start: f64,
    end: f64,
    ticks: Vec<(f64, String)>,
}

impl Axis {
    fn new(marks: &[Mark]) -> Axis {
        let days: Vec<f64> = marks
            .iter()
            .flat_map(|m| [m.low, m.high])
            .flatten()
            .collect();
        let min = days.iter().copied().fold(f64::INFINITY, f64::min);
        let max = days.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let pad = ((max - min) * 0.04).max(120.0);
        let (start, end) = (min - pad, max + pad);
        Axis {
            start,
            end,
            ticks: ticks(start, end),
        }
    }

    fn x(&self, day: f64) -> f64 {
        GUTTER + (day - self.start) / (self.end - self.start) * (WIDTH - GUTTER - RIGHT)
    }
}

/// Tick marks at round years (or months, for a span of a few years), about ten of them.
fn ticks(start: f64, end: f64) -> Vec<(f64, String)> {
    let first = date_of(start);
    let last = date_of(end);
    let years = (end - start) / 365.25;
    let mut out = Vec::new();
    if years < 4.0 {
        let months =
            i32::from(last.year() - first.year()) * 12 + i32::from(last.month() - first.month());
        let step = [1, 2, 3, 6]
            .into_iter()
            .find(|s| months / s <= 10)
            .unwrap_or(12);
        // January ticks name the year alone, so a long span reads as years.
        let mut month_index = i32::from(first.year()) * 12 + i32::from(first.month()) - 1;
        month_index += (step - month_index.rem_euclid(step)) % step;
        loop {
            let year = month_index.div_euclid(12);
            let month = month_index.rem_euclid(12) + 1;
            let Ok(date) = jiff::civil::Date::new(year as i16, month as i8, 1) else {
                break;
            };
            let day = day_number(date);
            if day > end {
                break;
            }
            if day >= start {
                let label = if month == 1 {
                    year.to_string()
                } else {
                    format!("{} {year}", MONTH_ABBR[(month - 1) as usize])
                };
                out.push((day, label));
            }
            month_index += step;
        }
    } else {
        let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
            .into_iter()
            .find(|s| years / f64::from(*s) <= 10.0)
            .unwrap_or(2000);
        let mut year = i32::from(first.year());
        year += (step - year.rem_euclid(step)) % step;
        while year <= i32::from(last.year()) {
            if let Ok(date) = jiff::civil::Date::new(year as i16, 1, 1) {
                let day = day_number(date);
                if day >= start && day <= end {
                    out.push((day, year.to_string()));
                }
            }
            year += step;
        }
    }
    out
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Marks narrower than this are drawn as dots, so a single day stays visible.
const DOT: f64 = 7.0;

/// `timeline.svg`: the timeline, or a note that no claim is dated (so a stale timeline is never
/// left behind when the last dated claim goes).
pub fn document(analysis: &Analysis) -> String {
    render(analysis).unwrap_or_else(|| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} 40\" \
             font-family=\"{FONT}\" font-size=\"14\"><text x=\"10\" y=\"25\" \
             fill=\"#475467\">No claim is dated.</text></svg>\n"
        )
    })
}

/// The timeline as an SVG document, or `None` when no claim is dated.
pub fn render(analysis: &Analysis) -> Option<String> {
    let sources = SourceIndex::new(analysis);
    let mut marks = marks(analysis, &sources);
    if marks.is_empty() {
        return None;
    }
    let axis = Axis::new(&marks);
    let x_of = |m: &Mark| {
        // Open ends stop short of the plot's edges, leaving room for their arrowheads.
        let left = m.low.map_or(GUTTER + 8.0, |d| axis.x(d));
        let right = m.high.map_or(WIDTH - RIGHT - 8.0, |d| axis.x(d));
        (left, right.max(left))
    };
    marks.sort_by(|a, b| {
        a.lane
            .cmp(&b.lane)
            .then(x_of(a).0.total_cmp(&x_of(b).0))
            .then(a.number.cmp(&b.number))
            .then_with(|| a.claims[0].id.cmp(&b.claims[0].id))
    });

    // Pack each lane's marks into rows so that none overlaps another or its label.
    let lanes = analysis.sources.len();
    let mut rows_of_lane: Vec<Vec<f64>> = vec![Vec::new(); lanes];
    let mut row_of_mark = Vec::with_capacity(marks.len());
    for m in &marks {
        let (left, right) = x_of(m);
        let reach = right.max(left + DOT) + labelled_room(m);
        let rows = &mut rows_of_lane[m.lane];
        let row = match rows.iter().position(|end| *end + 3.0 <= left) {
            Some(r) => r,
            None => {
                rows.push(0.0);
                rows.len() - 1
            }
        };
        rows[row] = reach;
        row_of_mark.push(row);
    }
    let mut lane_top = Vec::with_capacity(lanes + 1);
    let mut y = TOP;
    for rows in &rows_of_lane {
        lane_top.push(y);
        y += rows.len().max(1) as f64 * ROW + 2.0 * LANE_PAD;
    }
    let plot_bottom = y;
    let height = plot_bottom + AXIS;

    let mut svg = String::new();
    let dated: usize = marks.iter().map(|m| m.claims.len()).sum();
    let conflicts: usize = marks
        .iter()
        .filter(|m| m.topic.verdict == Verdict::Conflict)
        .map(|m| m.claims.len())
        .sum();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 {WIDTH} {height:.0}\" \
         width=\"100%\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" \
         font-family=\"{FONT}\" font-size=\"14\">\n\
         <title id=\"timeline-title\">Timeline of dated claims, one lane per source</title>\n\
         <desc id=\"timeline-desc\">{} dated claims from {} sources; {} of them belong to topics \
         in conflict, drawn in red and joined across sources.</desc>\n",
        dated, lanes, conflicts
    );
    // A white ground, so the timeline reads on a dark slide when used on its own.
    let _ = writeln!(
        svg,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
    );
    legend(&mut svg);

    // Lanes and the axis go underneath the marks.
    for (lane, source) in analysis.sources.iter().enumerate() {
        let top = lane_top[lane];
        let bottom = lane_top.get(lane + 1).copied().unwrap_or(plot_bottom);
        let fill = if lane % 2 == 0 { "#f4f6f9" } else { "#ffffff" };
        let _ = writeln!(
            svg,
            "<rect x=\"0\" y=\"{top:.1}\" width=\"{WIDTH}\" height=\"{:.1}\" fill=\"{fill}\"/>",
            bottom - top
        );
        // Lanes are named by source id, as the alignment table's columns are; the title is
        // the tooltip.
        let _ = writeln!(
            svg,
            "<text x=\"10\" y=\"{:.1}\" fill=\"#1d2433\" font-weight=\"600\" class=\"lane\">\
             <title>{}</title>{}</text>",
            top + LANE_PAD + 12.0,
            esc(&one_line(sources.name(&source.id))),
            esc(&shorten(&one_line(&source.id), 22))
        );
    }
    for (day, label) in &axis.ticks {
        let x = axis.x(*day);
        let _ = writeln!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{TOP:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#d0d5dd\" \
             stroke-width=\"1\"/>\n<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" \
             fill=\"#475467\" class=\"tick\">{}</text>",
            plot_bottom + 4.0,
            plot_bottom + 20.0,
            esc(label)
        );
    }

    let placed: Vec<Placed> = marks
        .iter()
        .zip(&row_of_mark)
        .map(|(m, row)| {
            let (left, right) = x_of(m);
            // Conflict lines meet a mark at its middle, or at the bound it gives when open.
            let x = match (m.low, m.high) {
                (None, Some(_)) => right,
                (Some(_), None) => left,
                _ => (left + right) / 2.0,
            };
            Placed {
                lane: m.lane,
                x,
                y: lane_top[m.lane] + LANE_PAD + *row as f64 * ROW + ROW / 2.0,
            }
        })
        .collect();

    // Conflicts: join each topic's marks in lane order, under the marks themselves.
    for (i, topic) in analysis.topics.iter().enumerate() {
        if topic.verdict != Verdict::Conflict {
            continue;
        }
        let mut points: Vec<&Placed> = marks
            .iter()
            .zip(&placed)
            .filter(|(m, _)| m.number == i + 1)
            .map(|(_, p)| p)
            .collect();
        points.sort_by(|a, b| a.lane.cmp(&b.lane).then(a.y.total_cmp(&b.y)));
        if points.len() < 2 {
            continue;
        }
        let path: Vec<String> = points
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline class=\"link\" data-verdict=\"conflict\" points=\"{}\" fill=\"none\" \
             stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"5 4\" opacity=\"0.8\"/>",
            path.join(" "),
            colour(Verdict::Conflict)
        );
    }

    for (m, p) in marks.iter().zip(&placed) {
        mark(&mut svg, m, p, x_of(m));
    }
    svg.push_str("</svg>\n");
    Some(svg)
}

/// The text written right of a mark: its topic number unless single-source, and how many
/// claims it stands for when more than one.
fn label(m: &Mark) -> String {
    let count = if m.claims.len() > 1 {
        format!("×{}", m.claims.len())
    } else {
        String::new()
    };
    if m.topic.verdict == Verdict::Single {
        count
    } else if count.is_empty() {
        m.number.to_string()
    } else {
        format!("{} {count}", m.number)
    }
}

fn labelled_room(m: &Mark) -> f64 {
    let text = label(m);
    if text.is_empty() {
        0.0
    } else {
        8.0 + 7.5 * text.chars().count() as f64
    }
}

/// What a reader sees on hovering a mark: the topic, the source, and the quotes.
fn tooltip(m: &Mark) -> String {
    const SHOWN: usize = 6;
    let verdict = m.topic.verdict;
    let quotes: Vec<String> = m
        .claims
        .iter()
        .take(SHOWN)
        .map(|c| format!("“{}” (line {})", one_line(&c.quote), c.line))
        .collect();
    let more = if m.claims.len() > SHOWN {
        format!("; and {} more", m.claims.len() - SHOWN)
    } else {
        String::new()
    };
    let about = if verdict == Verdict::Single {
        String::new()
    } else {
        format!("#{} {} — ", m.number, one_line(&m.topic.label))
    };
    format!(
        "{about}{}: {}{more} — {}; {} {}",
        m.claims[0].source,
        quotes.join("; "),
        value_phrase(m.claims[0]),
        verdict_symbol(verdict),
        verdict_name(verdict).to_lowercase()
    )
}

fn mark(svg: &mut String, m: &Mark, p: &Placed, (left, right): (f64, f64)) {
    let verdict = m.topic.verdict;
    let colour = colour(verdict);
    let tooltip = tooltip(m);
    let _ = write!(
        svg,
        "<g class=\"mark\" data-verdict=\"{}\" data-topic=\"{}\"><title>{}</title>",
        verdict.as_str(),
        m.number,
        esc(&tooltip)
    );
    let fill = if verdict == Verdict::Single {
        "#98a2b3"
    } else {
        colour
    };
    let open = m.low.is_none() || m.high.is_none();
    if open {
        // An end the wording leaves open ("by 1891", "after 1970") is a dotted line to the
        // edge with an arrow, so it does not weigh as much as a real span; the bound it does
        // give is a solid cap.
        let _ = write!(
            svg,
            "<line x1=\"{left:.1}\" y1=\"{y:.1}\" x2=\"{right:.1}\" y2=\"{y:.1}\" stroke=\"{fill}\" \
             stroke-width=\"2\" stroke-dasharray=\"2 3\"/>",
            y = p.y
        );
        if m.high.is_none() {
            arrow(svg, right, p.y, 1.0, fill);
        }
        if m.low.is_none() {
            arrow(svg, left, p.y, -1.0, fill);
        }
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"5\" height=\"14\" rx=\"1.5\" fill=\"{fill}\"/>",
            p.x - 2.5,
            p.y - 7.0
        );
    } else if right - left < DOT {
        let _ = write!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{fill}\" stroke=\"#ffffff\" \
             stroke-width=\"1.5\"/>",
            p.x,
            p.y,
            DOT / 2.0 + 1.0
        );
    } else {
        let _ = write!(
            svg,
            "<rect x=\"{left:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" rx=\"3\" \
             fill=\"{fill}\" fill-opacity=\"0.9\" stroke=\"{fill}\" stroke-width=\"1\"/>",
            p.y - 6.0,
            right - left
        );
    }
    let text = label(m);
    if !text.is_empty() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{}\" font-size=\"12\" \
             font-weight=\"700\">{}</text>",
            label_x(m, p, (left, right)),
            p.y + 4.5,
            if verdict == Verdict::Single {
                "#475467"
            } else {
                colour
            },
            esc(&text)
        );
    }
    svg.push_str("</g>\n");
}

/// Where a mark's topic number goes: right of the mark, or right of its cap when the mark
/// runs open to the right edge.
fn label_x(m: &Mark, p: &Placed, (left, right): (f64, f64)) -> f64 {
    if m.high.is_none() {
        p.x + 6.0
    } else if right - left < DOT {
        p.x + DOT / 2.0 + 5.0
    } else {
        right + 5.0
    }
}

fn arrow(svg: &mut String, x: f64, y: f64, direction: f64, fill: &str) {
    let tip = x + 7.0 * direction;
    let _ = write!(
        svg,
        "<path d=\"M{x:.1},{:.1} L{tip:.1},{y:.1} L{x:.1},{:.1} Z\" fill=\"{fill}\"/>",
        y - 6.0,
        y + 6.0
    );
}

fn legend(svg: &mut String) {
    let items = [
        (Verdict::Conflict, "conflict (joined across sources)"),
        (Verdict::Compatible, "compatible"),
        (Verdict::Agree, "agree"),
        (Verdict::Single, "single source"),
    ];
    let mut x = 10.0;
    for (verdict, text) in items {
        let fill = if verdict == Verdict::Single {
            "#98a2b3"
        } else {
            colour(verdict)
        };
        let label = format!("{} {text}", verdict_symbol(verdict));
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"18\" width=\"22\" height=\"10\" rx=\"3\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"28\" fill=\"#1d2433\">{}</text>",
            x + 28.0,
            esc(&label)
        );
        x += 28.0 + label.chars().count() as f64 * 7.2 + 22.0;
    }
    let _ = writeln!(
        svg,
        "<text x=\"10\" y=\"50\" fill=\"#475467\" font-size=\"12\">A bar spans the dates its \
         wording allows; a dot is one day; a dotted arrow is an open end (“by 1891”); numbers \
         are topic numbers.</text>"
    );
}

/// At most `max` characters, ending with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_years_or_months() {
        let day = |s: &str| day_number(jiff::civil::Date::from_str(s).unwrap());
        let years: Vec<String> = ticks(day("1969-06-01"), day("1974-02-01"))
            .into_iter()
            .map(|t| t.1)
            .collect();
        assert_eq!(years, ["1970", "1971", "1972", "1973", "1974"]);
        let months: Vec<String> = ticks(day("1973-05-20"), day("1973-10-10"))
            .into_iter()
            .map(|t| t.1)
            .collect();
        assert_eq!(
            months,
            ["Jun 1973", "Jul 1973", "Aug 1973", "Sep 1973", "Oct 1973"]
        );
        let centuries: Vec<String> = ticks(day("1810-01-01"), day("2023-01-01"))
            .into_iter()
            .map(|t| t.1)
            .collect();
        assert_eq!(centuries.first().map(String::as_str), Some("1825"));
        assert!(centuries.len() <= 11, "{centuries:?}");
    }

    #[test]
    fn long_names_are_shortened() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("abcdefgh", 5), "abcd…");
    }
}
