//! The only differences a quote may have from its article: how whitespace, quote marks and
//! dashes are written.
//!
//! Copying a sentence out of a web page changes invisible things: a line break becomes a
//! space, `’` becomes `'`, an en dash becomes a hyphen. None of these change what the
//! article says, so the quote check ignores them and nothing else:
//!
//! - every run of whitespace (spaces, tabs, line breaks, no-break spaces...) becomes one
//!   space;
//! - the quote marks and apostrophes `‘ ’ “ ” ' "` all become `"`;
//! - the dashes `‐ ‑ – — −` become `-`.
//!
//! Case, words, digits and every other punctuation mark must match exactly.
//!
//! [`Normalized`] keeps, for every byte of the normalized text, the byte range of the
//! original text it came from, so that a match found in the normalized text is reported
//! at its exact place in the article. Building it is one pass over the text: O(n) time,
//! and 8 bytes of offsets per byte of text.

use std::ops::Range;

/// What a character becomes, or `None` when it is whitespace (folded into one space).
fn fold(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => None,
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\'' | '"' => Some('"'),
        '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => Some('-'),
        c => Some(c),
    }
}

/// A text after normalization, with the way back to the original.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// For each byte of `text`, the start of the original character (or whitespace run)
    /// it came from.
    starts: Vec<u32>,
    /// For each byte of `text`, the end of that original character or run.
    ends: Vec<u32>,
}

impl Normalized {
    /// Normalizes `original`. Leading and trailing whitespace become one space each, like
    /// any other run; [`normalize`] trims them for quotes and names.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        let mut chars = original.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let mut end = start + c.len_utf8();
            let folded = fold(c);
            if folded.is_none() {
                while let Some(&(next, n)) = chars.peek() {
                    if !n.is_whitespace() {
                        break;
                    }
                    end = next + n.len_utf8();
                    chars.next();
                }
            }
            let out = folded.unwrap_or(' ');
            text.push(out);
            for _ in 0..out.len_utf8() {
                starts.push(offset(start));
                ends.push(offset(end));
            }
        }
        Normalized { text, starts, ends }
    }

    /// The byte range in the original text of `range`, a range of the normalized text.
    pub fn original_span(&self, range: Range<usize>) -> Range<usize> {
        if self.starts.is_empty() {
            return 0..0;
        }
        let first = range.start.min(self.starts.len() - 1);
        let start = self.starts[first] as usize;
        if range.end <= range.start {
            return start..start;
        }
        let last = (range.end - 1).min(self.ends.len() - 1);
        start..(self.ends[last] as usize).max(start)
    }

    /// The first place the normalized `needle` stands in this text, as a byte range of the
    /// original text. `str::find` is the Two-Way algorithm: linear in the text's length.
    pub fn find(&self, needle: &str) -> Option<Range<usize>> {
        if needle.is_empty() {
            return None;
        }
        let at = self.text.find(needle)?;
        Some(self.original_span(at..at + needle.len()))
    }
}

fn offset(at: usize) -> u32 {
    // Article texts are limited to 256 MiB by the loader, well below 4 GiB.
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The normalized form of a quote or a name: normalized, without leading or trailing
/// whitespace.
pub fn normalize(text: &str) -> String {
    Normalized::new(text.trim()).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_become_one_space() {
        assert_eq!(normalize("  a \n\n  b\tc  "), "a b c");
        assert_eq!(normalize("a\u{a0}b"), "a b");
    }

    #[test]
    fn quote_marks_and_apostrophes_are_one_mark() {
        assert_eq!(normalize("“Four Don’ts”"), normalize("\"Four Don'ts\""));
        assert_eq!(normalize("‘x’"), "\"x\"");
    }

    #[test]
    fn dash_kinds_become_a_hyphen() {
        assert_eq!(normalize("a‐b‑c–d—e−f"), "a-b-c-d-e-f");
    }

    #[test]
    fn case_words_and_other_punctuation_are_kept() {
        assert_ne!(normalize("Gansu"), normalize("gansu"));
        assert_ne!(normalize("a, b"), normalize("a. b"));
    }

    #[test]
    fn a_match_maps_back_to_the_original_bytes() {
        let original = "All 75 “poor”\n\n   counties — in Gansu";
        let article = Normalized::new(original);
        let span = article
            .find(&normalize("75 \"poor\" counties - in"))
            .unwrap();
        assert_eq!(&original[span], "75 “poor”\n\n   counties — in");
    }

    #[test]
    fn a_match_next_to_multibyte_text_keeps_char_boundaries() {
        let original = "云南 Yunnan’s 88 counties";
        let article = Normalized::new(original);
        let span = article.find("Yunnan\"s").unwrap();
        assert_eq!(&original[span], "Yunnan’s");
        let span = article.find("云南").unwrap();
        assert_eq!(&original[span], "云南");
    }

    #[test]
    fn an_empty_needle_is_never_found() {
        assert_eq!(Normalized::new("abc").find(""), None);
        assert_eq!(Normalized::new("").original_span(0..0), 0..0);
    }
}
