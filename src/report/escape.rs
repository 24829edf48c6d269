//! Making source text safe for each output format.
//!
//! Quotes, titles and notes come from documents nobody vetted. A source that contains
//! `<script>` must show it as text in `index.html`; a quote that starts with `=` must not run as
//! a formula when `conflicts.csv` is opened in a spreadsheet; a `|` must not break a Markdown
//! table. Every renderer routes source text through one of these functions.

use std::fmt::Write;

/// Text for HTML element content and attribute values (double-quoted).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newline are not allowed in HTML or XML
            // text (SVG is XML); show them as a visible replacement rather than drop them.
            c if c.is_control() && c != '\t' && c != '\n' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for running Markdown: on one line, with the characters that start emphasis, links,
/// code, HTML or table cells escaped so the reader sees the source's words as written.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in one_line(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A spreadsheet cell that is shown as text, never evaluated: a cell a spreadsheet program
/// would read as a formula (or as the start of one) gets a leading apostrophe.
pub fn spreadsheet_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// Whether a manifest's URL may become a link: only web addresses, so that `javascript:` or
/// a local path in a source list is shown as text and never followed.
pub fn is_web_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
        && !url.contains(['<', '>', '"'])
}

/// Line breaks and runs of whitespace folded into single spaces, for one-line contexts.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A stable fragment id for a topic key. HTML ids may hold any character but whitespace, so
/// the key is kept readable and only whitespace and `%` are percent-encoded, which keeps
/// distinct keys distinct.
pub fn anchor(key: &str) -> String {
    let mut out = String::from("topic-");
    for c in key.chars() {
        if c.is_whitespace() || c == '%' {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_shows_markup_as_text() {
        assert_eq!(
            html(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(html("a\u{0}b\u{1b}c"), "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn markdown_escapes_what_would_change_the_rendering() {
        assert_eq!(
            markdown("*36%* of [votes] | <b>\nnext_line"),
            r"\*36%\* of \[votes\] \| \<b\> next\_line"
        );
    }

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for risky in ["=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let safe = spreadsheet_cell(risky);
            assert!(safe.starts_with('\''), "{risky:?} became {safe:?}");
            assert_eq!(&safe[1..], risky);
        }
        assert_eq!(spreadsheet_cell("36 percent"), "36 percent");
        assert_eq!(spreadsheet_cell(""), "");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_web_url("https://example.org/a?b=1"));
        assert!(is_web_url(" HTTP://example.org "));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("file:///etc/passwd"));
        assert!(!is_web_url("https://example.org/<b>"));
    }

    #[test]
    fn anchors_are_stable_and_distinct() {
        assert_eq!(anchor("election.1970.share"), "topic-election.1970.share");
        assert_eq!(anchor("a b%"), "topic-a%20b%25");
        assert_ne!(anchor("a b"), anchor("a%20b"));
    }
}
