//! Paragraphs: the stretches of text read as one unit, so that a figure or date broken over a
//! line ("September 11,\n1973") is still read whole.
//!
//! A paragraph is a line, joined with the lines after it while it looks hard-wrapped: the line
//! is at least [`WRAPPED`] bytes long, does not end a sentence, and the next line goes on in
//! lower case or with a digit. Short lines (headings such as "1973 June", captions, page
//! furniture) and lines that end a sentence stay paragraphs of their own, which is what web
//! pages saved as text look like.

use std::ops::Range;

/// A line shorter than this is not taken for a wrapped one.
const WRAPPED: usize = 40;

/// One paragraph: its byte range in the text (without its final line ending).
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        lines.push(offset..offset + body.len());
        offset += raw.len();
    }
    let mut paragraphs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if text[lines[i].clone()].trim().is_empty() {
            i += 1;
            continue;
        }
        let start = lines[i].start;
        let mut end = lines[i].end;
        while i + 1 < lines.len() && wraps(&text[lines[i].clone()], &text[lines[i + 1].clone()]) {
            i += 1;
            end = lines[i].end;
        }
        paragraphs.push(start..end);
        i += 1;
    }
    paragraphs
}

fn wraps(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let ends_sentence = line.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')', ']']);
    let goes_on = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    line.len() >= WRAPPED && !ends_sentence && goes_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::one;

    #[test]
    fn hard_wrapped_lines_join() {
        let text = "The coup began on the morning of September 11,\n1973, with jets.\n\n1973 June\nShort line\n";
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "The coup began on the morning of September 11,\n1973, with jets.",
                "1973 June",
                "Short line"
            ]
        );
    }

    #[test]
    fn a_date_broken_over_a_line_is_read_whole() {
        let text = "The coup began on the morning of September 11,\n1973, with jets bombing.\n";
        let c = one(text, "September 11,\n1973");
        assert_eq!((c.value_text.as_str(), c.line), ("1973-09-11", 1));
    }
}
