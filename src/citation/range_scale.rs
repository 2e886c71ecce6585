//! The scale or percent word a range writes once, after its second figure: `2 to 3 million`
//! is 2 million to 3 million, `5-10%` is 5% to 10%, `zwischen zwei und drei Millionen`,
//! `de 2 à 3 millions`, `2-3 lakh`, `2至3万`.
//!
//! Without this, the first figure of such a range would read as it is written (`2`), so a
//! claim of 2 would pass against `2 to 3 million` and a claim of 2 million fail.
//!
//! The first figure takes the second's word when all of these hold:
//!
//! - only a range word stands between them ([`RANGE_WORDS`]: `to`, `or`, `and`, a hyphen or
//!   dash, `bis`, `à`, `y`, `至`...), so `3 schools and 2 million` keeps its 3;
//! - the first has no scale, percent or date of its own and is no part of a code or word
//!   (`COVID-19 to 5%` keeps its 19), and its words do not end in a hundred (`between one
//!   hundred and two thousand` is 100 to 2,000);
//! - the second has a scale word (or myriad) or is a percentage;
//! - the first is below a thousand and within a factor of ten of the second as written
//!   (`from 12 to 1.5 million`, `2 to 3 million`): `500 to 1 million` and `1 to 100 million`
//!   are left as written, since either reading may be meant.

use super::numbers::{
    Follower, Mention, followed, follower_end, glued_scale_end, is_myriad, myriad_exponent,
    number_at, scale,
};
use std::ops::Range;

use crate::quantity::Decimal;

/// The words and marks that join the two ends of a range or two alternatives, lowercased:
/// English, French, German, Spanish, Italian, Portuguese and Dutch, then the marks and the
/// Chinese and Japanese `至` and `到`. Not `of` (`2 of 3 million voters` is two voters).
const RANGE_WORDS: &[&str] = &[
    "to", "or", "and", "à", "a", "et", "ou", "bis", "und", "oder", "y", "o", "u", "al", "e", "tot",
    "en", "-", "‐", "‑", "–", "—", "~", "～", "〜", "－", "至", "到",
];

/// The words that end a number of hundreds in words, lowercased: a range from it is whole
/// (`between one hundred and two thousand`).
const HUNDREDS: &[&str] = &[
    "hundred", "hundert", "cent", "cents", "cien", "ciento", "cientos", "cento", "cem", "honderd",
    "百", "佰",
];

/// Gives each range's first figure the scale or percent word of the second, in `mentions`
/// read from `text` in order. `next` reads the number after the last one, when the reading
/// stopped before the end of the text, so that a range cut by the reading's end is read the
/// same.
pub(super) fn share(
    text: &str,
    mentions: &mut [Mention],
    next: impl FnOnce(usize) -> Option<Mention>,
) {
    for second in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(second);
        let first = &mut before[second - 1];
        if let Some(shared) = shared_reading(text, first, &after[0]) {
            *first = shared;
        }
    }
    if let Some(last) = mentions.last_mut()
        && let Some(end) = range_word_end(text, last.span.end)
        && let Some(following) = next(end)
        && let Some(shared) = shared_reading(text, last, &following)
    {
        *last = shared;
    }
}

/// Whether the number at `start..end` of `text` is the first of a range that takes the
/// scale or percent written after the second: the `2` of `2 to 3 million`, which states 2
/// million and not 2.
pub(super) fn takes_the_scale_after(text: &str, start: usize, end: usize) -> bool {
    range_taking_the_scale(text, start, end).is_some()
}

/// The range whose first number stands at `start..end` of `text` and takes the scale or
/// percent written after the second (`2 to 3 million` for the `2`), when it is one.
pub(super) fn range_taking_the_scale(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    // Most numbers are followed by no range word: that is told without reading them.
    let next = range_word_end(text, end)?;
    let first = number_at(text, start).filter(|first| first.span.end == end)?;
    let second = number_at(text, next)?;
    shared_reading(text, &first, &second)?;
    Some(start..second.span.end)
}

/// `first` read with the scale or percent of `second`, when the two make one range.
fn shared_reading(text: &str, first: &Mention, second: &Mention) -> Option<Mention> {
    let figure = first.figure.as_ref()?;
    if first.date.is_some()
        || second.date.is_some()
        || figure.is_percent
        || figure.exponent != 0
        || range_word_end(text, first.span.end) != Some(second.span.start)
        || ends_in_hundreds(&text[first.span.clone()])
        || first.is_part_of_a_word(text)
        || hyphened_onto_a_word(text, first.span.start)
    {
        return None;
    }
    let second_figure = second.figure.as_ref()?;
    let (follower, as_written) = word_of(text, second)?;
    let magnitude = figure.value.abs();
    let ends_ratio_fits = as_written.abs() * Decimal::TEN >= magnitude
        && magnitude * Decimal::TEN >= as_written.abs()
        && magnitude < Decimal::ONE_THOUSAND;
    if !ends_ratio_fits || second_figure.value.is_zero() && follower != Follower::Percent {
        return None;
    }
    let reading = |quantity: &crate::quantity::Quantity| {
        let number =
            &quantity.text[quantity.number_span.start as usize..quantity.number_span.end as usize];
        // A number in words (`two`) keeps its figure in digits: `2 billion`.
        let written = if number.contains(char::is_alphabetic) {
            quantity.value.to_string()
        } else {
            number.to_string()
        };
        match follower {
            Follower::Scale(exponent) => scale(&written, exponent),
            _ => followed(&written, Some(follower)),
        }
    };
    let mut shared = first.clone();
    shared.figure = Some(reading(figure)?);
    shared.also = match &first.also {
        Some(also) => Some(reading(also)?),
        None => None,
    };
    Some(shared)
}

/// The scale or percent that `mention`'s words give it, and its figure as written before
/// them: `3 million` is a scale of 6 and 3, `10%` a percent and 10, `3 lakh` a scale of 5
/// and 3, `3万` a scale of 4 and 3.
fn word_of(text: &str, mention: &Mention) -> Option<(Follower, Decimal)> {
    let figure = mention.figure.as_ref()?;
    if figure.is_percent {
        return Some((Follower::Percent, figure.value));
    }
    if figure.exponent != 0 {
        let factor = figure.multiplier()?;
        return Some((
            Follower::EnglishScale(u32::from(figure.exponent)),
            figure.value.checked_div(factor)?,
        ));
    }
    let written = &text[mention.span.clone()];
    let exponent = match written.chars().next_back() {
        Some(last) if is_myriad(last) => myriad_exponent(last)?,
        _ => {
            // A scale word of another language (`lakh`, `crore`) or an abbreviation written
            // onto the figure (`3bn`), read after the figure's last digit.
            let last_digit_end = written
                .char_indices()
                .rfind(|(_, c)| c.is_ascii_digit())
                .map(|(at, c)| mention.span.start + at + c.len_utf8())?;
            let glued = glued_scale_end(text, mention.span.start, last_digit_end)
                .filter(|glued| glued.end == mention.span.end && !glued.may_be_metres);
            match (glued, follower_end(text, last_digit_end)) {
                (Some(glued), _) => glued.exponent,
                (None, Some((end, Follower::Scale(exponent)))) if end == mention.span.end => {
                    exponent
                }
                _ => return None,
            }
        }
    };
    let factor = Decimal::from(10u64.checked_pow(exponent)?);
    Some((Follower::Scale(exponent), figure.value.checked_div(factor)?))
}

/// After a figure ending at `at`: spaces, one of [`RANGE_WORDS`] and spaces, or a range
/// mark alone; where the next figure would start.
fn range_word_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let word = rest.trim_start_matches(char::is_whitespace);
    let word_start = text.len() - word.len();
    let word_end = word
        .char_indices()
        .find(|&(i, c)| {
            c.is_whitespace() || (i > 0 && !c.is_alphabetic()) || (i == 0 && c.is_numeric())
        })
        .map_or(text.len(), |(i, _)| word_start + i);
    let (word, word_end) = match &text[word_start..word_end] {
        "" => return None,
        letters if letters.chars().all(char::is_alphabetic) => (letters, word_end),
        // A mark is one character: `5-10%`, `5 – 10%`.
        _ => {
            let mark = word.chars().next()?;
            (&word[..mark.len_utf8()], word_start + mark.len_utf8())
        }
    };
    let spaced = word_start > at;
    let lowercase = word.to_lowercase();
    if !RANGE_WORDS.contains(&lowercase.as_str()) {
        return None;
    }
    // A word needs spaces around it; a mark or a Chinese word may stand between the figures.
    let is_word = word.chars().all(|c| c.is_alphabetic() && !is_han(c));
    let next = text[word_end..].trim_start_matches(char::is_whitespace);
    let next_start = text.len() - next.len();
    if is_word && (!spaced || next_start == word_end) {
        return None;
    }
    Some(next_start)
}

/// Whether a figure starting at `at` is written onto a word or code by a hyphen or slash:
/// `COVID-19`, `G-20`, `A/2`.
fn hyphened_onto_a_word(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    matches!(before.next(), Some('-' | '/' | '‐' | '‑'))
        && before.next().is_some_and(char::is_alphanumeric)
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}')
}

/// Whether the number written `words` ends in a word for a hundred: `one hundred`,
/// `zweihundert`, `trois cents`, `五百`.
fn ends_in_hundreds(words: &str) -> bool {
    let lowercase = words.to_lowercase();
    HUNDREDS.iter().any(|hundred| lowercase.ends_with(hundred))
}

#[cfg(test)]
mod tests {
    use super::super::numbers::find_numbers;

    /// The figure of each number of `text`, `%` after a percentage.
    fn figures(text: &str) -> Vec<String> {
        find_numbers(text)
            .into_iter()
            .map(|m| {
                m.figure.map_or("-".into(), |f| {
                    format!("{}{}", f.value, if f.is_percent { "%" } else { "" })
                })
            })
            .collect()
    }

    #[test]
    fn the_first_figure_of_a_range_takes_the_scale_written_after_the_second() {
        for (text, first, second) in [
            ("From 2 to 3 million people came", "2000000", "3000000"),
            ("from two to three million", "2000000", "3000000"),
            ("Between 2 and 3 million left", "2000000", "3000000"),
            ("2-3 million came", "2000000", "3000000"),
            ("2 – 3 billion dollars", "2000000000", "3000000000"),
            ("2 or 3 million", "2000000", "3000000"),
            ("fell from 12 to 1.5 million", "12000000", "1500000"),
            ("2.5 to 3 million", "2500000", "3000000"),
            ("zwischen 2 und 3 Millionen Menschen", "2000000", "3000000"),
            ("zwei bis drei Millionen", "2000000", "3000000"),
            ("de 2 à 3 millions de personnes", "2000000", "3000000"),
            ("entre dos y tres millones", "2000000", "3000000"),
            ("2-3 lakh people", "200000", "300000"),
            ("2至3万人", "20000", "30000"),
            ("2-3bn", "2000000000", "3000000000"),
        ] {
            assert_eq!(figures(text), [first, second], "{text}");
        }
    }

    #[test]
    fn the_first_figure_of_a_range_takes_the_percent_of_the_second() {
        for (text, first, second) in [
            ("Rates of 5-10% rose", "5%", "10%"),
            ("growth of 5 to 10 percent", "5%", "10%"),
            ("between five and ten percent", "5%", "10%"),
            ("del 5 al 10 por ciento", "5%", "10%"),
            ("5 bis 10 Prozent", "5%", "10%"),
            ("3.5 or 4%", "3.5%", "4%"),
        ] {
            assert_eq!(figures(text), [first, second], "{text}");
        }
    }

    #[test]
    fn figures_that_are_not_one_range_keep_their_reading() {
        for (text, expected) in [
            // Not a range word between them.
            ("3 schools and 2 million dollars", &["3", "2000000"][..]),
            ("2 of 3 million voters", &["2", "3000000"]),
            // Either may be meant.
            ("grew from 500 to 1 million", &["500", "1000000"]),
            ("from 1 to 100 million", &["1", "100000000"]),
            // The first is whole already.
            (
                "between one hundred and two thousand people",
                &["100", "2000"],
            ),
            ("500,000 to 1 million", &["500000", "1000000"]),
            ("2 thousand to 3 million", &["2000", "3000000"]),
            ("5% to 10%", &["5%", "10%"]),
            // A code, a date.
            ("COVID-19 to 20%", &["19", "20%"]),
            ("the 3rd to 20 percent", &["-", "20%"]),
            // No scale after the second.
            ("2 to 3 people", &["2", "3"]),
            ("2-3 km", &["2", "3"]),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
    }

    #[test]
    fn a_range_cut_by_the_end_of_a_reading_reads_the_same() {
        let text = "From 2 to 3 million people came";
        let read = super::super::numbers::find_numbers_up_to(text, 1);
        assert_eq!(read[0].figure.as_ref().unwrap().value, 2_000_000.into());
    }
}
