//! A text as its numbers are read, with the way back to its own offsets.
//!
//! The value check reads a quote with each run of ASCII whitespace (spaces, tabs, line
//! breaks) as one space ([`Spaced::quote`]), since a line break in a YAML quote is a space
//! (`27` at a line's end and `208` on the next are `27 208`), and so a figure goes on across
//! a line break with its scale or percent word (`7.36 lakh` then `crore` is 7.36 lakh crore,
//! `100` then `per cent` is 100%).
//!
//! An article is read so only where a line ends inside a sentence ([`Spaced::article`]): an
//! article hard-wrapped between a figure and its word says the same as one that is not, and
//! `claimcheck coverage` and the value check's reading of the article itself (its decimal
//! mark, a figure a passage cuts) map what they find back to the article's own bytes. The
//! rest stays as written: tabs and runs of spaces within a line are a table's columns
//! (`North\t120\t135` is two figures, not 120,135), a blank line ends a paragraph, and a
//! line break between two digits ends the first figure ("12" at a line's end, "500
//! households" on the next, are no 12,500). No-break, narrow and thin spaces are kept
//! everywhere: they group thousands (`27 208`).
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
    /// An article's text: each line break inside a sentence, with the spaces around it, one
    /// space (see the module docs).
    pub fn article(original: &'t str) -> Spaced<'t> {
        Spaced::folding(original, |run, before, after| {
            run.iter().filter(|&&b| b == b'\n').count() == 1
                && !(before.is_some_and(|b| b.is_ascii_digit())
                    && after.is_some_and(|b| b.is_ascii_digit()))
        })
    }

    /// A quote's text, its ends trimmed of ASCII whitespace: each run of it one space.
    pub fn quote(original: &'t str) -> Spaced<'t> {
        Spaced::folding(original.trim_ascii(), |run, _, _| run != b" ")
    }

    /// `original` with each run of ASCII whitespace that `folds` (given the run and the
    /// bytes before and after it) made one space.
    fn folding(
        original: &'t str,
        folds: impl Fn(&[u8], Option<u8>, Option<u8>) -> bool,
    ) -> Spaced<'t> {
        let bytes = original.as_bytes();
        let mut text: Option<String> = None;
        let mut runs = Vec::new();
        // Where the text not yet copied starts.
        let mut copied = 0;
        let mut at = 0;
        while let Some(start) = bytes[at..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map(|n| at + n)
        {
            let end = bytes[start..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .map_or(bytes.len(), |n| start + n);
            at = end;
            let before = start.checked_sub(1).map(|i| bytes[i]);
            if !folds(&bytes[start..end], before, bytes.get(end).copied()) {
                continue;
            }
            // ASCII whitespace is never inside another character: the cuts are on
            // character boundaries.
            let folded = text.get_or_insert_with(|| String::with_capacity(original.len()));
            folded.push_str(&original[copied..start]);
            folded.push(' ');
            runs.push((folded.len(), end));
            copied = end;
        }
        match text {
            None => Spaced {
                text: Cow::Borrowed(original),
                runs,
            },
            Some(mut folded) => {
                folded.push_str(&original[copied..]);
                Spaced {
                    text: Cow::Owned(folded),
                    runs,
                }
            }
        }
    }

    /// The same, owning its text.
    pub fn into_owned(self) -> Spaced<'static> {
        Spaced {
            text: Cow::Owned(self.text.into_owned()),
            runs: self.runs,
        }
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
    fn a_quote_reads_each_run_of_ascii_whitespace_as_one_space() {
        let spaced =
            Spaced::quote("\n covers 100\nper cent,\t\t₹7.36 lakh\r\n crore;  27\u{a0}208 \n");
        assert_eq!(
            spaced.text,
            "covers 100 per cent, ₹7.36 lakh crore; 27\u{a0}208"
        );
        assert!(matches!(
            Spaced::quote("one space each").text,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn an_article_reads_a_line_end_inside_a_sentence_as_one_space_and_keeps_the_rest() {
        let spaced = Spaced::article("covers 100\nper cent of ₹7.36 lakh\r\n  crore; 27\u{a0}208");
        assert_eq!(
            spaced.text,
            "covers 100 per cent of ₹7.36 lakh crore; 27\u{a0}208"
        );
        // A table's columns, a paragraph's end and a line break between two digits stay.
        assert_eq!(
            Spaced::article("North\t120\t135\nSouth\t140").text,
            "North\t120\t135 South\t140"
        );
        for kept in [
            "North\t120\t135",
            "North    120    135",
            "Figure 12\n\n500 households\r\n\r\nand more",
            "The county had 12\n500 households",
        ] {
            let spaced = Spaced::article(kept);
            assert_eq!(spaced.text, kept, "{kept:?}");
        }
        let mixed = Spaced::article("Figure 12\n\nand 3\n million");
        assert_eq!(mixed.text, "Figure 12\n\nand 3 million");
        let at = mixed.text.find("3 million").unwrap();
        assert_eq!(mixed.original(at + 2), at + 3);
    }

    #[test]
    fn spans_of_the_spaced_text_map_back_to_the_original() {
        let original = "covers 100\nper cent of ₹7.36 lakh\n  crore.";
        let spaced = Spaced::article(original);
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
