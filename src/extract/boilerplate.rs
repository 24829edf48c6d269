//! Page furniture: the parts of a saved web page that are not the account, whose figures must
//! not be proposed as claims.
//!
//! Three generic signs, applied conservatively:
//! - a boilerplate tail: a short line that opens the furniture at the end of a page (paywall
//!   notices, "More from this author", "Similar stories", "Leave a Reply", cookie banners,
//!   newsletter prompts), when no long paragraph of prose follows it: everything from that line
//!   to the end is furniture;
//! - teaser cards: a short title line repeated on the next line, with the excerpt below it when
//!   the excerpt is cut off with an ellipsis;
//! - dated blurb lines: short "Section / 17 March 2025" lines of article listings;
//! - banner lines anywhere on the page: a short line that is a cookie notice, a subscription
//!   prompt, a list of related links or a copyright line ("We use cookies ...", "Subscribe now
//!   for just $1 a week", "Related: ...", "© 2023 ..."), that line alone.

use std::ops::Range;

/// Lines longer than this after a cue mean the article goes on: the cue was not a tail.
const PROSE: usize = 600;
/// A cue line is short, like a label on a page.
const CUE_LINE: usize = 80;
/// A tail follows some of the account: a cue nearer the top than this (in bytes, and in
/// hundredths of the page) is a banner over the page, not the end of it.
const TAIL_AFTER: usize = 300;
const TAIL_AFTER_PERCENT: usize = 15;

/// Phrases that open a boilerplate tail when they start a short line.
const TAIL_CUES: &[&str] = &[
    "you have reached the free limit",
    "you've reached the free limit",
    "subscribe to continue reading",
    "subscribe to read",
    "more from this author",
    "more from the author",
    "similar stories",
    "related stories",
    "related articles",
    "related posts",
    "related content",
    "read more",
    "read next",
    "you may also like",
    "you might also like",
    "recommended for you",
    "recommended stories",
    "most read",
    "most popular",
    "popular posts",
    "trending now",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "comments",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "cookie settings",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "we'd love to keep you updated",
    "share this article",
    "share this:",
    "follow us",
    "about the author",
    "support the ",
    "all rights reserved",
];

/// Banner lines are short: a notice, not a paragraph of the account.
const BANNER_LINE: usize = 300;

/// Phrases that make a short line a banner wherever it stands.
const BANNER_CUES: &[&str] = &[
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "by continuing to use",
    "subscribe now",
    "subscribe today",
    "subscribe for ",
    "subscribe to ",
    "sign up for ",
    "sign up to ",
    "related:",
    "read more:",
    "read also:",
    "see also:",
    "advertisement",
    "\u{a9}",
    "copyright \u{a9}",
    "share this article",
];

/// The byte ranges of a text that are page furniture.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Furniture {
    ranges: Vec<Range<usize>>,
}

struct Line<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Furniture {
    pub fn find(text: &str) -> Furniture {
        let mut lines = Vec::new();
        let mut offset = 0;
        for raw in text.split_inclusive('\n') {
            let body = raw.trim_end_matches(['\n', '\r']).trim();
            if !body.is_empty() {
                lines.push(Line {
                    start: offset,
                    end: offset + raw.len(),
                    text: body,
                });
            }
            offset += raw.len();
        }
        let mut ranges = Vec::new();
        if let Some(tail) = tail(&lines, text.len()) {
            ranges.push(lines[tail].start..text.len());
        }
        teaser_cards(&lines, &mut ranges);
        for line in &lines {
            if dated_blurb(line.text) || banner(line.text) {
                ranges.push(line.start..line.end);
            }
        }
        ranges.sort_by_key(|r| r.start);
        // Merge overlaps so that the ranges are disjoint and sorted by their ends too.
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Furniture { ranges: merged }
    }

    /// Is the byte at `offset` furniture.
    pub fn covers(&self, offset: usize) -> bool {
        let i = self.ranges.partition_point(|r| r.end <= offset);
        self.ranges.get(i).is_some_and(|r| r.contains(&offset))
    }
}

fn normalise(line: &str) -> String {
    line.to_lowercase().replace(['’', '‘'], "'")
}

/// The first cue line after which no long prose follows.
fn tail(lines: &[Line], length: usize) -> Option<usize> {
    // The longest line from each line to the end, so each cue is checked in constant time.
    let mut longest_after = vec![0; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        longest_after[i] = longest_after[i + 1].max(lines[i].text.len());
    }
    (0..lines.len()).find(|&i| {
        let line = lines[i].text;
        let top = lines[i].start < TAIL_AFTER && lines[i].start * 100 < length * TAIL_AFTER_PERCENT;
        if line.len() > CUE_LINE || longest_after[i + 1] > PROSE || top {
            return false;
        }
        let line = normalise(line);
        TAIL_CUES.iter().any(|cue| {
            line.starts_with(cue)
                && (line.len() == cue.len()
                    || cue.ends_with(' ')
                    || !line.as_bytes()[cue.len()].is_ascii_alphanumeric())
        })
    })
}

/// A short title repeated on the next line opens a teaser card; an excerpt ending in an
/// ellipsis within the next lines belongs to it.
fn teaser_cards(lines: &[Line], ranges: &mut Vec<Range<usize>>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let title = lines[i].text;
        if title.len() <= 120 && title == lines[i + 1].text {
            let mut end = lines[i + 1].end;
            for line in lines.iter().skip(i + 2).take(2) {
                if line.text.ends_with("...") || line.text.ends_with('…') {
                    end = line.end;
                    break;
                }
            }
            ranges.push(lines[i].start..end);
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// A short line that opens with a banner's words ("We use cookies", "Subscribe now", "©").
fn banner(line: &str) -> bool {
    if line.len() > BANNER_LINE {
        return false;
    }
    // The cues hold no apostrophe and no capital beyond ASCII: compared in place, since this
    // runs for every short line.
    BANNER_CUES.iter().any(|cue| {
        line.len() >= cue.len()
            && line.as_bytes()[..cue.len()].eq_ignore_ascii_case(cue.as_bytes())
            && (cue.ends_with([' ', ':', '\u{a9}'])
                || line.len() == cue.len()
                || !line.as_bytes()[cue.len()].is_ascii_alphanumeric())
    })
}

/// "Features / 17 March 2025": a section label and a date, as in article listings.
fn dated_blurb(line: &str) -> bool {
    line.len() <= 60
        && line.split_once(" / ").is_some_and(|(label, date)| {
            !label.is_empty() && date.bytes().any(|b| b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::claims;

    #[test]
    fn a_paywall_notice_opens_a_tail() {
        let text = "The bridge opened in 1921.\nYou have reached the free limit.\nSubscribe to continue reading.\nFeatures / 17 March 2025\n17 March 2025\nA story about 300 people\n";
        let all = claims(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(all[0].quote, "1921");
    }

    #[test]
    fn a_cue_followed_by_prose_is_not_a_tail() {
        let long = "In 1950 the city grew. ".repeat(40);
        let text = format!("Comments\n{long}\n");
        assert!(!claims(&text).is_empty());
    }

    #[test]
    fn teaser_cards_are_furniture() {
        let text = "It cost 5 million dollars.\n\nA history of bridges\n\nA history of bridges\n\nOriginally published in 2010 as a response to...\n";
        let all = claims(text);
        assert_eq!(all.len(), 1, "{all:#?}");
    }

    #[test]
    fn banner_lines_anywhere_are_furniture() {
        let text = "We use cookies to improve your experience. By continuing you agree. Accept all\n\n\
Heavy rain on 3 March 2019 flooded 212 homes.\n\n\
Subscribe now for just $1 a week for the first 12 weeks.\n\n\
Related: 10 things to know about the 2020 election | Stocks fall 3%\n\n\
The river fell 2 metres by 5 March.\n\n\
\u{a9} 2023 Valley Times. All rights reserved.\n";
        let quotes: Vec<String> = claims(text).into_iter().map(|c| c.quote).collect();
        assert_eq!(quotes, ["3 March 2019", "212 homes", "2 metres", "5 March"]);
        // Prose that only mentions subscribing is no banner.
        assert!(!banner("Subscribers rose to 2 million in 2020."));
        assert!(!banner("Related to this, 40 people left."));
    }

    #[test]
    fn dated_blurb_lines() {
        assert!(dated_blurb("Features / 15 September 2024"));
        assert!(!dated_blurb("either / or"));
        assert!(!dated_blurb(
            "The ratio was 3 / 4 in a long sentence that goes on and on and on"
        ));
    }
}
