//! The scale or percent word a range writes once, after its second figure: `2 to 3 million`
//! is 2 million to 3 million, `5-10%` is 5% to 10%, `zwischen zwei und drei Millionen`,
//! `de 2 à 3 millions`, `tra il 5 e il 10 per cento`, `$2 to $3 million`, `2-3 lakh`,
//! `2至3万`, `two to three hundred`.
//!
//! Without this, the first figure of such a range would read as it is written (`2`), so a
//! claim of 2 would pass against `2 to 3 million` and a claim of 2 million fail.
//!
//! The first figure takes the second's word when all of these hold:
//!
//! - what stands between them, on one line, joins them (the value check and coverage read a
//!   text with its line breaks as spaces, see [`super::spaced`]): a range word between spaces
//!   ([`RANGE_WORDS`]: `to`, `and`, `bis`, `à`, `y`...), maybe with an article and a
//!   qualifier after it (`between 2 and perhaps 3 million`, `entre el 5 y el 10%`); a word
//!   of alternatives ([`OR_WORDS`]) between two close figures going up (`2 or 3 million`,
//!   not `of 40 seats, 12 or 30 percent`); a dash written onto both figures or between
//!   no-break spaces (`5-10%`, `2–3 million`; a dash between plain spaces or an em dash
//!   sets an aside apart: `rose to 45 – 10 percent more`); a tilde, `至`, `到` or `から`;
//!   then the currency sign of the first figure, written again (`€2-€3bn`). Not `of` (`2 of
//!   3 million voters`), but before a Dutch word (`2 of 3 miljoen`);
//! - the first has no scale, percent or date of its own and is no part of a code or word
//!   (`COVID-19 to 5%` keeps its 19);
//! - the second has a scale word, an abbreviation, a myriad or a count of hundreds in words,
//!   or is a percentage;
//! - the first is zero, or both are below a thousand as written and within a factor of ten
//!   of each other (`from 12 to 1.5 million`, `2 to 3 million`): `500 to 1 million` and `1
//!   to 100 million` are left as written, since either reading may be meant; a second of
//!   one scale word is that many things (`between ten and a hundred` is 10 to 100); and a
//!   first in hundreds is whole (`between one hundred and two thousand` is 100 to 2,000).

use super::numbers::{
    CURRENCY_SIGNS, Follower, Language, Mention, followed, follower_end, glued_scale_end,
    is_myriad, is_number_space, myriad_exponent, number_at, scale,
};
use std::ops::Range;

use crate::quantity::Decimal;

/// The words that join the two ends of a range, lowercased: English, French, German,
/// Spanish, Italian, Portuguese, Dutch and Russian, with `a` joined to an article (`au`,
/// `al`, `ai`, `ao`), and the words of a change from one figure to another (`von 5 auf 10
/// Prozent`, `van 5 naar 10 procent`, `de 5 para 10 por cento`).
const RANGE_WORDS: &[&str] = &[
    "to", "and", "à", "a", "au", "aux", "et", "bis", "auf", "und", "y", "al", "ai", "e", "tot",
    "naar", "en", "ao", "aos", "para", "до", "и",
];

/// The words that join two alternatives, lowercased (`2 or 3 million`): the second is
/// above the first and at most twice it (`5 or 10 percent`), where `of 40 seats, 12 or 30
/// percent` gives one count twice. The Dutch `of` ("or") is the English `of` too (`2 of 3
/// million voters` is two voters): it joins only before a Dutch word ([`DUTCH_WORDS`]).
const OR_WORDS: &[&str] = &["or", "ou", "oder", "o", "u", "ó", "или"];

/// The dashes that join two figures written onto them, with no space (`5-10%`, `2–3
/// million`): a spaced dash or an em dash sets an aside apart (`rose to 45 – 10 percent
/// more`).
const JOINING_DASHES: &[char] = &['-', '‐', '‑', '–'];

/// The marks and words that join two figures with or without spaces: a tilde, a fullwidth
/// hyphen, the Chinese `至` and `到`, the Japanese `から`.
const RANGE_MARKS: &[&str] = &["~", "～", "〜", "－", "至", "到", "から"];

/// The dash that Chinese and Japanese write between the ends of a range (`2—3万`): there
/// only before a figure with a myriad, as English sets an aside apart with it.
const CJK_DASHES: &[char] = &['—', '―'];

/// The articles that Italian, Spanish, Portuguese and French put before each end of a
/// range (`tra il 5 e il 10 per cento`, `entre el 5 y el 10%`).
const ARTICLES: &[&str] = &[
    "il", "el", "la", "lo", "le", "les", "los", "las", "i", "gli", "os",
];

/// The words that may qualify a range's second end (`from 2 to nearly 3 million`).
const QUALIFIERS: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["even"],
    &["perhaps"],
    &["possibly"],
    &["maybe"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["just", "over"],
    &["just", "under"],
    &["well", "over"],
];

/// The words for a hundred, lowercased: a number ending in one is whole before a range
/// (`between one hundred and two thousand`), and a range ending in one shares it (`two to
/// three hundred`).
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
        && let Some(joint) = joint_after(text, last.span.clone())
        && let Some(following) = next(joint.next)
        && let Some(shared) = shared_reading(text, last, &following)
    {
        *last = shared;
    }
}

/// Whether the number at `start..end` of `text`, an article in `language`, is the first of
/// a range that takes the scale or percent written after the second: the `2` of `2 to 3
/// million`, which states 2 million and not 2.
pub(super) fn takes_the_scale_after(
    text: &str,
    start: usize,
    end: usize,
    language: Language,
) -> bool {
    range_taking_the_scale(text, start, end, language).is_some()
}

/// The range whose first number stands at `start..end` of `text`, an article in `language`,
/// and takes the scale or percent written after the second (`2 to 3 million` for the `2`),
/// when it is one.
pub(super) fn range_taking_the_scale(
    text: &str,
    start: usize,
    end: usize,
    language: Language,
) -> Option<Range<usize>> {
    // Most numbers are followed by no range word: that is told without reading them.
    let joint = joint_after(text, start..end)?;
    let first = number_at(text, start, language).filter(|first| first.span.end == end)?;
    let second = number_at(text, joint.next, language)?;
    shared_reading(text, &first, &second)?;
    Some(start..second.span.end)
}

/// The second figure of the range or the alternatives that the figure at `figure` of
/// `text`, an article in `language`, opens (`12 to 15`, `12-15`, `12 or 15`, `12至15`),
/// whatever either reads: where it stands. The unit written after the second is both ends'
/// (`12 to 15 yuan`).
pub(super) fn second_of_range(
    text: &str,
    figure: Range<usize>,
    language: Language,
) -> Option<Range<usize>> {
    let joint = joint_after(text, figure.clone())?;
    if joint.kind == Kind::DutchOr {
        return None;
    }
    let second = number_at(text, joint.next, language)?;
    // Years are no range of amounts: `in 2019 and 2020 yuan deposits rose`.
    let dated =
        |at: usize| number_at(text, at, language).is_none_or(|mention| mention.date.is_some());
    if second.span.start != joint.next || second.date.is_some() || dated(figure.start) {
        return None;
    }
    Some(second.span)
}

/// How two figures are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// The two ends of a range: `to`, `and`, `bis`, a dash.
    Range,
    /// Two alternatives: `or`, `oder`, `ou`.
    Alternatives,
    /// The Dutch `of` ("or"), which is also the English `of`: only before a Dutch word.
    DutchOr,
    /// An em dash, which joins only before a figure with a Chinese or Japanese myriad.
    CjkDash,
}

/// What joins a figure to the next.
struct Joint {
    kind: Kind,
    /// Where the next figure starts.
    next: usize,
}

/// `first` read with the scale or percent of `second`, when the two make one range.
fn shared_reading(text: &str, first: &Mention, second: &Mention) -> Option<Mention> {
    let figure = first.figure.as_ref()?;
    if first.date.is_some() || second.date.is_some() || figure.is_percent || figure.exponent != 0 {
        return None;
    }
    let joint = joint_after(text, first.span.clone())?;
    if joint.next != second.span.start
        || ends_in_hundreds(&text[first.span.clone()])
        || first.is_part_of_a_word(text)
        || hyphened_onto_a_word(text, first.span.start)
    {
        return None;
    }
    let second_figure = second.figure.as_ref()?;
    let (follower, as_written) = word_of(text, second)?;
    let (magnitude, other) = (figure.value.abs(), as_written.abs());
    // Compared only once both are known to be small: a figure of 28 digits overflows ten
    // times itself. `between zero and 5 percent`, `0-5%`: a range from nothing. A second
    // end of one scale word (`a hundred`, `one million`) is that many things, not a count
    // of the scale: `between ten and a hundred` is 10 to 100.
    let small = |figure: Decimal| figure < Decimal::ONE_THOUSAND;
    let mut fits = magnitude.is_zero()
        || (small(magnitude)
            && small(other)
            && !(other == Decimal::ONE && magnitude >= Decimal::ONE)
            && other * Decimal::TEN >= magnitude
            && magnitude * Decimal::TEN >= other);
    if joint.kind == Kind::CjkDash {
        fits = fits && trailing_multipliers(&text[second.span.clone()]).is_some();
    }
    if matches!(joint.kind, Kind::Alternatives | Kind::DutchOr) {
        // `2 or 3 million`, not `of 40 seats, 12 or 30 percent`.
        fits = fits && other > magnitude && other <= magnitude * Decimal::TWO;
    }
    if joint.kind == Kind::DutchOr {
        let words = text[second.span.clone()].to_lowercase();
        fits &= DUTCH_WORDS.iter().any(|word| words.contains(word));
    }
    if !fits || second_figure.value.is_zero() && follower != Follower::Percent {
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

/// The Dutch scale and percent words after which `of` is "or": `2 of 3 miljoen`.
const DUTCH_WORDS: &[&str] = &["miljoen", "miljard", "procent", "duizend"];

/// The scale or percent that `mention`'s words give it, and its figure as written before
/// them: `3 million` is a scale of 6 and 3, `10%` a percent and 10, `3 lakh` a scale of 5
/// and 3, `3万` a scale of 4 and 3, `3千万` of 7 and 3, `three hundred` of 2 and 3.
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
    let exponent = if let Some(exponent) = trailing_multipliers(written) {
        exponent
    } else if written.ends_with(|c: char| c.is_ascii_alphabetic()) && ends_in_hundreds(written) {
        // `three hundred`, `trois cents`: a count of hundreds below ten, as a range of
        // hundreds writes it.
        let hundreds = figure.value.checked_div(Decimal::ONE_HUNDRED)?;
        if !(hundreds.is_integer() && (Decimal::ONE..Decimal::TEN).contains(&hundreds)) {
            return None;
        }
        2
    } else {
        // A scale word of another language (`lakh`, `crore`) or an abbreviation written onto
        // the figure (`3bn`), read after the figure's last digit.
        let last_digit_end = written
            .char_indices()
            .rfind(|(_, c)| c.is_ascii_digit())
            .map(|(at, c)| mention.span.start + at + c.len_utf8())?;
        let glued = glued_scale_end(text, mention.span.start, last_digit_end)
            .filter(|glued| glued.end == mention.span.end && !glued.also_plain);
        match (glued, follower_end(text, last_digit_end)) {
            (Some(glued), _) => glued.exponent,
            (None, Some((end, Follower::Scale(exponent)))) if end == mention.span.end => exponent,
            _ => return None,
        }
    };
    let factor = Decimal::from(10u64.checked_pow(exponent)?);
    Some((Follower::Scale(exponent), figure.value.checked_div(factor)?))
}

/// The Chinese, Japanese and Korean multipliers a figure ends in, ending in a myriad
/// (`万`, `千万`, `万亿`, `百万`, `천만`), and the power of ten they make together. A
/// hundred or a thousand alone is left out: `二至三十` is 2 to 30.
fn trailing_multipliers(written: &str) -> Option<u32> {
    let mut chars = written.chars().rev();
    let last = chars.next()?;
    if !is_myriad(last) {
        return None;
    }
    let mut exponent = myriad_exponent(last)?;
    for c in chars {
        match c {
            _ if is_myriad(c) => exponent += myriad_exponent(c)?,
            '百' | '佰' | '백' => exponent += 2,
            '千' | '仟' | '천' => exponent += 3,
            _ => break,
        }
    }
    Some(exponent)
}

/// After a figure written at `figure` of `text`: what joins it to the next, on one line.
/// A word of [`RANGE_WORDS`] or [`OR_WORDS`] between spaces, maybe an article after it and
/// a qualifier of the second end ([`QUALIFIERS`]); a dash with no space on either side; a
/// mark of [`RANGE_MARKS`]; then the currency sign written before the figure, if it is
/// written again (`$2 to $3 million`).
fn joint_after(text: &str, figure: Range<usize>) -> Option<Joint> {
    let on_the_line = |c: char| c.is_whitespace() && !is_line_break(c);
    let rest = &text[figure.end..];
    let word = rest.trim_start_matches(on_the_line);
    let spaced = word.len() < rest.len();
    let first = word.chars().next()?;
    let (kind, mut at) = if JOINING_DASHES.contains(&first) || CJK_DASHES.contains(&first) {
        // Written onto both figures, or with the no-break spaces of French typography
        // (`5 – 10 %`), not the plain spaces of an aside.
        let before = &rest[..rest.len() - word.len()];
        let after = &word[first.len_utf8()..];
        let tight = after.trim_start_matches(is_number_space);
        let spaces_after = &after[..after.len() - tight.len()];
        if before.contains(' ')
            || spaces_after.contains(' ')
            || tight.starts_with(char::is_whitespace)
        {
            return None;
        }
        let kind = if CJK_DASHES.contains(&first) {
            Kind::CjkDash
        } else {
            Kind::Range
        };
        (kind, text.len() - tight.len())
    } else if let Some(mark) = RANGE_MARKS
        .iter()
        .chain(&["或"])
        .find(|mark| word.starts_with(**mark))
    {
        let kind = if *mark == "或" {
            Kind::Alternatives
        } else {
            Kind::Range
        };
        let after = word[mark.len()..].trim_start_matches(on_the_line);
        (kind, text.len() - after.len())
    } else {
        // The joining words are short: a longer word joins nothing, told before it is
        // lowercased, and from its first few letters alone (text without spaces, as in
        // Chinese, is one long run of letters, and each figure in it would scan the rest).
        if !spaced {
            return None;
        }
        let letters = word
            .char_indices()
            .find(|&(at, c)| at > 6 || !c.is_alphabetic())
            .map_or(word.len(), |(at, _)| at);
        if letters == 0 || letters > 6 {
            return None;
        }
        let lowercase = word[..letters].to_lowercase();
        let kind = if RANGE_WORDS.contains(&lowercase.as_str()) {
            Kind::Range
        } else if lowercase == "of" {
            Kind::DutchOr
        } else if OR_WORDS.contains(&lowercase.as_str()) {
            Kind::Alternatives
        } else {
            return None;
        };
        let after = &word[letters..];
        let next = after.trim_start_matches(on_the_line);
        if next.len() == after.len() {
            return None;
        }
        let mut at = text.len() - next.len();
        at = article_end(text, at).unwrap_or(at);
        at = qualifier_end(text, at).unwrap_or(at);
        (kind, at)
    };
    // `$2 to $3 million`, `€2-€3bn`: the currency of both ends, written twice.
    if let Some(sign) = text[..figure.start]
        .chars()
        .next_back()
        .filter(|c| CURRENCY_SIGNS.contains(c))
        && text[at..].starts_with(sign)
    {
        at += sign.len_utf8();
    }
    Some(Joint { kind, next: at })
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}'
    )
}

/// After a range word, at `at`: an article before the second end and the space after it
/// (`il ` of `tra il 5 e il 10`, the `l'` of `dall'1 all'8`); where the second end starts.
fn article_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let letters = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..letters];
    if letters == 0
        || !ARTICLES
            .iter()
            .any(|article| article.eq_ignore_ascii_case(word))
    {
        return None;
    }
    let after = &rest[letters..];
    let next = after.trim_start_matches([' ', '\u{a0}']);
    (next.len() < after.len()).then(|| text.len() - next.len())
}

/// After a range word, at `at`: one of [`QUALIFIERS`] and the space after it (`nearly ` of
/// `from 2 to nearly 3 million`); where the second end starts.
fn qualifier_end(text: &str, at: usize) -> Option<usize> {
    QUALIFIERS.iter().find_map(|words| {
        let mut at = at;
        for word in *words {
            let rest = &text[at..];
            let matched = rest
                .get(..word.len())
                .is_some_and(|found| found.eq_ignore_ascii_case(word));
            if !matched {
                return None;
            }
            let after = &rest[word.len()..];
            let next = after.trim_start_matches([' ', '\u{a0}']);
            if next.len() == after.len() {
                return None;
            }
            at = text.len() - next.len();
        }
        Some(at)
    })
}

/// Whether a figure starting at `at` is written onto a word or code by a hyphen or slash:
/// `COVID-19`, `G-20`, `A/2`.
fn hyphened_onto_a_word(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    matches!(before.next(), Some('-' | '/' | '‐' | '‑'))
        && before.next().is_some_and(char::is_alphanumeric)
}

/// Whether the number written `words` ends in a word for a hundred: `one hundred`,
/// `zweihundert`, `trois cents`, `五百`.
fn ends_in_hundreds(words: &str) -> bool {
    // Most numbers end in a digit or a short word: told before anything is lowercased.
    if words.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
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
            ("2–3 billion dollars", "2000000000", "3000000000"),
            ("$2 to $3 million", "2000000", "3000000"),
            ("€2-€3bn", "2000000000", "3000000000"),
            ("from 2 to nearly 3 million", "2000000", "3000000"),
            ("from 5 to more than 10 million", "5000000", "10000000"),
            ("-2 to -3 million", "-2000000", "-3000000"),
            ("two to three hundred people", "200", "300"),
            ("2 to 3 hundred people", "200", "300"),
            ("cinq à six cents personnes", "500", "600"),
            ("2至3万亿", "2000000000000", "3000000000000"),
            ("2到3千万", "20000000", "30000000"),
            ("dai 2 ai 3 milioni", "2000000", "3000000"),
            ("2 of 3 miljoen", "2000000", "3000000"),
            ("2 ó 3 millones", "2000000", "3000000"),
            ("2\u{a0}–\u{a0}3\u{a0}millions", "2000000", "3000000"),
            ("2—3万", "20000", "30000"),
            ("2から3万", "20000", "30000"),
            ("от 2 до 3 млн", "2000000", "3000000"),
            ("2-3 Mio", "2000000", "3000000"),
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
            ("2-3K members", "2000", "3000"),
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
            ("tra il 5 e il 10 per cento", "5%", "10%"),
            ("entre el 5 y el 10 por ciento", "5%", "10%"),
            ("dal 5 al 10 per cento", "5%", "10%"),
            ("5 or 10 percent", "5%", "10%"),
            ("between zero and 5 percent", "0%", "5%"),
            ("du 5 au 10 %", "5%", "10%"),
            ("von 5 auf 10 Prozent", "5%", "10%"),
            ("5\u{202f}–\u{202f}10\u{202f}%", "5%", "10%"),
        ] {
            assert_eq!(figures(text), [first, second], "{text}");
        }
    }

    #[test]
    fn figures_that_are_not_one_range_keep_their_reading() {
        for (text, expected) in [
            // Not a range word between them.
            ("3 schools and 2 million dollars", &["3", "2000000"][..]),
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
            // A dash set apart by spaces, an em dash or a line break: an aside, a list.
            ("rose to 45 – 10 percent more", &["45", "10%"]),
            ("reached 12 - 3 million fled", &["12", "3000000"]),
            ("reached 12—3 million fled", &["12", "3000000"]),
            ("Seats: 12\n- 30 percent of votes", &["12", "30%"]),
            ("The vote was 7 to\n\n8 million watched", &["7", "8000000"]),
            // Alternatives far apart or going down: one count and its share.
            (
                "Of 40 seats, 12 or 30 percent went to women",
                &["40", "12", "30%"],
            ),
            ("40 or 33 percent", &["40", "33%"]),
            // The English `of`.
            ("2 of 3 million voters", &["2", "3000000"]),
            // A hundred or a thousand alone after Chinese numerals.
            ("2至3百", &["2", "300"]),
            (
                "between one hundred and three hundred people",
                &["100", "300"],
            ),
            ("between one hundred and five hundred", &["100", "500"]),
            ("from one hundred to fifty thousand", &["100", "50000"]),
            // A second end of one scale word is that many things.
            ("between ten and a hundred people", &["10", "100"]),
            ("from 1 to 1 million", &["1", "1000000"]),
            // Too large to be a range's first end, and read without overflowing; too many
            // digits for its rounding to be held exactly, so no figure is read of it.
            ("1 to 79228162514264337593543950335%", &["1", "-"]),
            // No scale after the second.
            ("2 to 3 people", &["2", "3"]),
            ("2-3 km", &["2", "3"]),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
    }

    /// The pieces of ranges in the languages read, and what stands around them.
    fn range_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = vec![
            "2",
            "3.5",
            "0",
            "999",
            "two",
            "uno",
            "un",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\n",
            " to ",
            " or ",
            " of ",
            " e ",
            " il ",
            " l'",
            "-",
            "–",
            "—",
            "~",
            "至",
            "到",
            "から",
            "或",
            " до ",
            " или ",
            " nearly ",
            " more than ",
            "$",
            "€",
            "%",
            " percent",
            " million",
            " millones",
            " hundred",
            "万",
            "亿",
            "千",
            "百",
            " lakh",
            "bn",
            "minus ",
            "negative ",
            "T-",
            "plus/",
            "é",
            ",",
            ".",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..14).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Reading never panics, each number lies within the text on character boundaries,
        /// and a range's first number is found where the reading put it.
        #[test]
        fn prop_ranges_read_within_the_text(text in range_soup()) {
            let found = find_numbers(&text);
            for mention in &found {
                proptest::prop_assert!(mention.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(mention.span.start));
                proptest::prop_assert!(text.is_char_boundary(mention.span.end));
                if let Some(range) = super::range_taking_the_scale(
                    &text,
                    mention.span.start,
                    mention.span.end,
                    super::Language::UNDECLARED,
                ) {
                    proptest::prop_assert!(range.start == mention.span.start);
                    proptest::prop_assert!(range.end <= text.len());
                }
            }
        }
    }

    #[test]
    fn a_range_cut_by_the_end_of_a_reading_reads_the_same() {
        let text = "From 2 to 3 million people came";
        let read = super::super::numbers::find_numbers_up_to(text, 1, super::Language::UNDECLARED);
        assert_eq!(read[0].figure.as_ref().unwrap().value, 2_000_000.into());
    }
}
