//! Small whole numbers written in Arabic and Hindi words: `ثلاث مدارس` (three schools),
//! `ثلاثة عشر` (13), `خمسة وعشرون` (25), `तीन जिले` (three districts), `पाँच सौ` (500). News
//! in both languages writes counts below about a dozen in words as often as in digits.
//!
//! Read as whole words only, in both genders of Arabic (`ثلاث`, `ثلاثة`) and after the
//! proclitics it writes onto them (`وثلاث`, `بثلاثة`, see [`crate::proclitics`]), never with the
//! article (`الثلاثة` is "the three", `الاثنين` also Monday); the Arabic one, `أحد`, is
//! "anyone" and Sunday, and left out. The Hindi `एक` is as often the article "a" as one, and
//! `दो` also the verb "give": `एक` is read only before a scale word (`एक लाख`), `दो` only
//! before another word (`दो जिले`), not at a clause's end. A scale word after the number
//! scales it, as after digits (`ثلاثة ملايين`, `तीन लाख`).

use std::ops::Range;

/// Arabic units, each in both genders and the common spellings of its hamza.
const ARABIC_UNITS: &[(&str, u32)] = &[
    ("واحد", 1),
    ("واحدة", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("إثنان", 2),
    ("إثنين", 2),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("أربع", 4),
    ("أربعة", 4),
    ("اربع", 4),
    ("اربعة", 4),
    ("خمس", 5),
    ("خمسة", 5),
    ("ست", 6),
    ("ستة", 6),
    ("سبع", 7),
    ("سبعة", 7),
    ("ثماني", 8),
    ("ثمانية", 8),
    ("ثمان", 8),
    ("تسع", 9),
    ("تسعة", 9),
    ("عشر", 10),
    ("عشرة", 10),
];

/// Arabic tens, in the nominative and the oblique (`عشرون`, `عشرين`), and the hundreds.
const ARABIC_TENS_AND_HUNDREDS: &[(&str, u32)] = &[
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("أربعون", 40),
    ("أربعين", 40),
    ("اربعون", 40),
    ("اربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
    ("مائة", 100),
    ("مئة", 100),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مئتان", 200),
    ("مئتين", 200),
];

/// The Arabic eleven and twelve, two words each (`أحد عشر`, `اثنا عشر`): the units before
/// `عشر`/`عشرة` make the other teens.
const ARABIC_ELEVEN_AND_TWELVE: &[(&str, u32)] = &[
    ("أحد عشر", 11),
    ("إحدى عشرة", 11),
    ("احدى عشرة", 11),
    ("اثنا عشر", 12),
    ("اثني عشر", 12),
    ("اثنتا عشرة", 12),
    ("اثنتي عشرة", 12),
];

/// Hindi numbers, with the spellings of their nasal (`पाँच`, `पांच`).
const HINDI_NUMBERS: &[(&str, u32)] = &[
    ("दो", 2),
    ("तीन", 3),
    ("चार", 4),
    ("पाँच", 5),
    ("पांच", 5),
    ("छह", 6),
    ("छः", 6),
    ("सात", 7),
    ("आठ", 8),
    ("नौ", 9),
    ("दस", 10),
    ("ग्यारह", 11),
    ("बारह", 12),
    ("पंद्रह", 15),
    ("बीस", 20),
    ("पच्चीस", 25),
    ("तीस", 30),
    ("चालीस", 40),
    ("पचास", 50),
    ("सौ", 100),
];

/// The Hindi hundred, after a number (`पाँच सौ`).
const HINDI_HUNDRED: &str = "सौ";

/// Whether `c` may begin a number this module reads: a letter of Arabic or Devanagari.
pub fn may_begin(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0900}'..='\u{097F}')
}

/// The number written in words at `start` of `text`, where a word starts: the span of its
/// words (without the proclitics before it) and its value, or none. Whether a scale word
/// follows is for the caller; `before_scale` says whether one does at a given end, for the
/// words read only before one.
pub fn read(
    text: &str,
    start: usize,
    before_scale: impl Fn(usize) -> bool,
) -> Option<(Range<usize>, u32)> {
    let word_end = |at: usize| {
        text[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |length| at + length)
    };
    let end = word_end(start);
    let word = &text[start..end];
    let first = word.chars().next()?;
    if ('\u{0900}'..='\u{097F}').contains(&first) {
        return hindi(text, start, end, before_scale);
    }
    // After the proclitics written onto it, if any: `وثلاث`, `بثلاثة`.
    let number_start = word
        .char_indices()
        .take(crate::proclitics::MOST_STACKED + 1)
        .map(|(at, _)| start + at)
        .find(|&at| {
            (at == start || crate::proclitics::only_proclitics(&text[start..at]))
                && (arabic_word(&text[at..end]).is_some() || eleven_or_twelve(text, at).is_some())
        })?;
    arabic(text, number_start, end)
}

/// The Arabic eleven or twelve written at `start` ([`ARABIC_ELEVEN_AND_TWELVE`]): where its
/// words end and its value.
fn eleven_or_twelve(text: &str, start: usize) -> Option<(usize, u32)> {
    ARABIC_ELEVEN_AND_TWELVE
        .iter()
        .map(|&(spelled, value)| (start + spelled.len(), spelled, value))
        .find(|&(end, spelled, _)| text[start..].starts_with(spelled) && !alphabetic_at(text, end))
        .map(|(end, _, value)| (end, value))
}

/// The value of one Arabic number word.
fn arabic_word(word: &str) -> Option<u32> {
    ARABIC_UNITS
        .iter()
        .chain(ARABIC_TENS_AND_HUNDREDS)
        .find(|(spelled, _)| *spelled == word)
        .map(|&(_, value)| value)
}

/// The Arabic number whose first word is `start..end`: with the `عشر` of a teen after a unit
/// (`ثلاثة عشر`), or `و` and a ten after it (`خمسة وعشرون`); eleven and twelve as written.
fn arabic(text: &str, start: usize, end: usize) -> Option<(Range<usize>, u32)> {
    if let Some((end, value)) = eleven_or_twelve(text, start) {
        return Some((start..end, value));
    }
    let value = arabic_word(&text[start..end])?;
    if value < 10 {
        let next = next_word(text, end);
        if let Some((ten_start, ten_end)) = next {
            let teen = &text[ten_start..ten_end];
            if value > 2 && (teen == "عشر" || teen == "عشرة") {
                return Some((start..ten_end, value + 10));
            }
            if let Some(tens) = teen
                .strip_prefix('و')
                .and_then(arabic_word)
                .filter(|tens| (20..100).contains(tens))
            {
                return Some((start..ten_end, value + tens));
            }
        }
    }
    Some((start..end, value))
}

/// The Hindi number whose word is `start..end`, with a hundred after it (`पाँच सौ`).
fn hindi(
    text: &str,
    start: usize,
    end: usize,
    before_scale: impl Fn(usize) -> bool,
) -> Option<(Range<usize>, u32)> {
    let word = &text[start..end];
    if word == "एक" {
        return before_scale(end).then_some((start..end, 1));
    }
    let value = HINDI_NUMBERS
        .iter()
        .find(|(spelled, _)| *spelled == word)
        .map(|&(_, value)| value)?;
    let next = next_word(text, end);
    if value < 100
        && let Some((hundred_start, hundred_end)) = next
        && &text[hundred_start..hundred_end] == HINDI_HUNDRED
    {
        return Some((start..hundred_end, value * 100));
    }
    // `दो` is also "give": a number only before another word.
    if word == "दो"
        && !next.is_some_and(|(next_start, _)| text[next_start..].starts_with(may_begin))
    {
        return None;
    }
    Some((start..end, value))
}

/// The word after one space from `at`: where it starts and ends.
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let start = at + text[at..].strip_prefix(' ').map(|_| 1)?;
    let end = text[start..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |length| start + length);
    (end > start).then_some((start, end))
}

/// Whether a letter stands at byte `at` of `text`.
fn alphabetic_at(text: &str, at: usize) -> bool {
    text[at..].starts_with(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number read at the first word of `text`, as (its words, its value).
    fn read_first(text: &str) -> Option<(&str, u32)> {
        read(text, 0, |at| text[at..].starts_with(" लाख")).map(|(span, value)| (&text[span], value))
    }

    #[test]
    fn arabic_numbers_in_both_genders_after_proclitics_and_in_compounds_are_read() {
        assert_eq!(read_first("ثلاث مدارس"), Some(("ثلاث", 3)));
        assert_eq!(read_first("ثلاثة أشخاص"), Some(("ثلاثة", 3)));
        assert_eq!(read_first("وثلاث مدارس"), Some(("ثلاث", 3)));
        assert_eq!(read_first("بثلاثة أشخاص"), Some(("ثلاثة", 3)));
        assert_eq!(read_first("ثلاثة عشر شخصا"), Some(("ثلاثة عشر", 13)));
        assert_eq!(read_first("خمسة وعشرون شخصا"), Some(("خمسة وعشرون", 25)));
        assert_eq!(read_first("أحد عشر لاعبا"), Some(("أحد عشر", 11)));
        assert_eq!(read_first("اثنتا عشرة مدرسة"), Some(("اثنتا عشرة", 12)));
        assert_eq!(read_first("عشرين حالة"), Some(("عشرين", 20)));
        assert_eq!(read_first("مئة شخص"), Some(("مئة", 100)));
        // With the article, one alone, a longer word, letters that are no proclitics.
        assert_eq!(read_first("الثلاثة"), None);
        assert_eq!(read_first("الاثنين"), None);
        assert_eq!(read_first("أحد الأطباء"), None);
        assert_eq!(read_first("ستار"), None);
        assert_eq!(read_first("مست"), None);
    }

    #[test]
    fn hindi_numbers_are_read_and_the_article_and_the_verb_only_where_a_number_stands() {
        assert_eq!(read_first("तीन जिले"), Some(("तीन", 3)));
        assert_eq!(read_first("पाँच सौ गांव"), Some(("पाँच सौ", 500)));
        assert_eq!(read_first("पांच लोग"), Some(("पांच", 5)));
        assert_eq!(read_first("दो जिले"), Some(("दो", 2)));
        assert_eq!(read_first("एक लाख"), Some(("एक", 1)));
        assert_eq!(read_first("दो।"), None);
        assert_eq!(read_first("एक गांव"), None);
        assert_eq!(read_first("तीनों जिले"), None);
    }
}
