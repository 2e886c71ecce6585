//! A text as its numbers are read: each run of ASCII whitespace (spaces, tabs, line
//! breaks) is one space.
//!
//! The value check reads a quote so, since a line break in a YAML quote is a space in the
//! article's reading (`27` at a line's end and `208` on the next are `27 208`), and so a
//! figure goes on across a line break with its scale or percent word (`7.36 lakh` then
//! `crore` is 7.36 lakh crore, `100` then `per cent` is 100%). An article hard-wrapped
//! between a figure and its word says the same as one that is not: `claimcheck coverage`
//! and the value check's reading of the article itself (its decimal mark, a figure a
//! passage cuts) read its numbers in this form too, and map what they find back to the
//! article's own bytes. No-break, narrow and thin spaces are kept: they group thousands
//! (`27 208`), and a plain space does not always. So is a run with a blank line in it,
//! which ends a paragraph: no figure goes on across one.
//!
//! Cost: one pass over the text; a text with no run to fold is borrowed, not copied.

use std::borrow::Cow;
use std::ops::Range;

/// A text with each run of ASCII whitespace one space, and the way back to the text's own
/// offsets.
#[derive(Clone, Debug)]
pub struct Spaced<'t> {
    pub text: Cow<'t, str>,
    /// For each run folded into one space: where the spaced text goes on after that space,
    /// and where the original goes on after the run, in order. Empty when nothing was
    /// folded.
    runs: Vec<(usize, usize)>,
}

impl<'t> Spaced<'t> {
    pub fn new(original: &'t str) -> Spaced<'t> {
        let bytes = original.as_bytes();
        let folds =
            |at: usize| bytes[at] != b' ' || bytes.get(at + 1).is_some_and(u8::is_ascii_whitespace);
        // Most quotes have no run to fold.
        let Some(first) = (0..bytes.len()).find(|&at| bytes[at].is_ascii_whitespace() && folds(at))
        else {
            return Spaced {
                text: Cow::Borrowed(original),
                runs: Vec::new(),
            };
        };
        let mut text = String::with_capacity(original.len());
        let mut runs = Vec::new();
        text.push_str(&original[..first]);
        let mut at = first;
        while at < bytes.len() {
            if !bytes[at].is_ascii_whitespace() {
                // Up to the next whitespace: copied whole (ASCII whitespace is never inside
                // another character).
                let end = bytes[at..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(bytes.len(), |n| at + n);
                text.push_str(&original[at..end]);
                at = end;
                continue;
            }
            let end = bytes[at..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .map_or(bytes.len(), |n| at + n);
            // A blank line ends a paragraph, and a figure with it: "Figure 12", then "500
            // households" in the next paragraph, are no 12,500. Kept as it is, it moves no
            // offset.
            if bytes[at..end].iter().filter(|&&b| b == b'\n').count() >= 2 {
                text.push_str(&original[at..end]);
                at = end;
                continue;
            }
            text.push(' ');
            if end - at > 1 || bytes[at] != b' ' {
                runs.push((text.len(), end));
            }
            at = end;
        }
        Spaced {
            text: Cow::Owned(text),
            runs,
        }
    }

    /// The same, owning its text.
    pub fn into_owned(self) -> Spaced<'static> {
        Spaced {
            text: Cow::Owned(self.text.into_owned()),
            runs: self.runs,
        }
    }

    /// `original` with its ends trimmed of ASCII whitespace, then spaced: a quote as the
    /// value check reads it.
    pub fn trimmed(original: &'t str) -> Spaced<'t> {
        Spaced::new(original.trim_ascii())
    }

    /// The offset in the original text of `at`, an offset of the spaced text: at a space
    /// that stands for a run, the run's start.
    pub fn original(&self, at: usize) -> usize {
        let before = self.runs.partition_point(|&(spaced, _)| spaced <= at);
        match before.checked_sub(1).map(|i| self.runs[i]) {
            Some((spaced, original)) => original + (at - spaced),
            None => at,
        }
    }

    /// The span of the original text that `span` of the spaced text comes from.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        self.original(span.start)..self.original(span.end)
    }

    /// The offset in the spaced text of `at`, an offset of the original text: inside a run,
    /// the space it became.
    pub fn spaced(&self, at: usize) -> usize {
        let after = self.runs.partition_point(|&(_, original)| original <= at);
        let mapped = match after.checked_sub(1).map(|i| self.runs[i]) {
            Some((spaced, original)) => spaced + (at - original),
            None => at,
        };
        match self.runs.get(after) {
            // Before the next run, or inside it: no further than its space.
            Some(&(spaced, _)) => mapped.min(spaced - 1),
            None => mapped,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_ascii_whitespace_are_one_space_and_no_break_spaces_stay() {
        let spaced = Spaced::new("covers 100\nper cent,\t\t₹7.36 lakh\r\n crore; 27\u{a0}208 ok");
        assert_eq!(
            spaced.text,
            "covers 100 per cent, ₹7.36 lakh crore; 27\u{a0}208 ok"
        );
        assert!(matches!(
            Spaced::new("one space each").text,
            Cow::Borrowed(_)
        ));
        assert_eq!(Spaced::trimmed("\n 5%  of it \n").text, "5% of it");
        // A paragraph's end is kept: no figure goes on across it.
        let paragraphs = Spaced::new("Figure 12\n\n500 households\r\n\r\nand 3\n million");
        assert_eq!(
            paragraphs.text,
            "Figure 12\n\n500 households\r\n\r\nand 3 million"
        );
        let at = paragraphs.text.find("3 million").unwrap();
        assert_eq!(paragraphs.original(at + 2), at + 3);
    }

    #[test]
    fn spans_of_the_spaced_text_map_back_to_the_original() {
        let original = "covers 100\nper cent of ₹7.36 lakh\n  crore.";
        let spaced = Spaced::new(original);
        for figure in ["100 per cent", "7.36 lakh crore", "covers", "crore."] {
            let at = spaced.text.find(figure).unwrap();
            let span = spaced.original_span(at..at + figure.len());
            assert_eq!(
                original[span.clone()]
                    .split_ascii_whitespace()
                    .collect::<Vec<_>>(),
                figure.split(' ').collect::<Vec<_>>(),
                "{figure}"
            );
            // And the way there, from the original's words.
            assert_eq!(spaced.spaced(span.start), at, "{figure}");
            assert_eq!(spaced.spaced(span.end), at + figure.len(), "{figure}");
        }
    }
}
