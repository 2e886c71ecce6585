//! Numbers written in English words, for [`super::numbers::find_numbers`]: `twenty-one`,
//! `one hundred and twelve`, `three thousand four hundred and three`, `two million three
//! hundred thousand`, `eleven hundred`, `a hundred and twenty`, `two and a half million`,
//! `half a million`, `zero point five percent`, `three point two million`.
//!
//! A number is read as groups below a thousand, each before a scale word smaller than the
//! one before it (`two million`, `three hundred thousand`), the last before none. A group
//! is a unit, a teen, a ten, or a ten and a unit joined by a hyphen or a space
//! (`twenty-one`, `twenty one`), and any of these but a ten or zero before `hundred` (`four
//! hundred`, `nineteen hundred`, `a hundred`), with the rest below a hundred after it
//! joined by `and` or not (`one hundred and twelve`, `one hundred twelve`). After a scale
//! word the rest of the number follows after a space (`three thousand four hundred`), or
//! after `and` when it is below a hundred and ends the number (`two thousand and five`).
//!
//! Where `and` would join two numbers it does not: `one hundred and two hundred` and `two
//! thousand and five thousand` are two numbers each, as the words after `and` go on to a
//! hundred or a scale no smaller; after `between`, which names the two ends of a range, a
//! group's `and` never joins a number that goes on to a scale (`between one hundred and two
//! thousand` is 100 and 2,000, not 102,000, as British English would read it elsewhere).
//!
//! Only the first group takes a half (`two and a half million`, `a million and a half`) or
//! spoken decimals (`point` and one digit word each: `three point two five`), and then no
//! rest after its scale. `at one point` is a time in a story, not a decimal.
//!
//! A figure keeps its notation where its words are one group and at most one scale word
//! (`twenty-one million` is `21 million`, rounded at its millions as the digits `21
//! million` are; `a hundred thousand` is `100 thousand`), with a percent or other word
//! after it as digits take ([`super::numbers::follower_end`]); a number with a rest after
//! its scale is its whole value (`3403`), as digits would state it.
//!
//! A number word alone, or alone before a scale word (`three`, `three million`), is no
//! compound: the caller reads it as it is written.

use super::numbers::{
    Follower, after_a_fraction, alphanumeric_at, english_scale_after, english_scale_word, followed,
    follower_end, scale,
};
use crate::quantity::{Decimal, Quantity};

/// The number words below twenty, at their values.
const BELOW_TWENTY: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens from twenty.
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a number word below a hundred, in any case: `seven`, `Seventeen`, `SEVENTY`.
pub fn word_value(word: &str) -> Option<u32> {
    let below_twenty = BELOW_TWENTY
        .iter()
        .position(|known| known.eq_ignore_ascii_case(word));
    let ten = || {
        TENS.iter()
            .position(|known| known.eq_ignore_ascii_case(word))
            .map(|at| (at + 2) * 10)
    };
    below_twenty
        .or_else(ten)
        .and_then(|value| u32::try_from(value).ok())
}

/// A number read from English words by [`read`].
#[derive(Debug)]
pub struct Spelled {
    pub end: usize,
    pub figure: Quantity,
    /// Whether it is more than one number word, alone or before a scale word: a word alone
    /// is read as it is written.
    pub compound: bool,
}

/// The English number whose first word starts at `start`, in any case; `None` where no
/// number starts there (`a` before no `hundred` or scale word, `a million` counted in a
/// fraction: `a quarter of a million`).
pub fn read(text: &str, start: usize) -> Option<Spelled> {
    let (first, first_end) = word_at(text, start)?;
    if first.eq_ignore_ascii_case("half") {
        // `half a million`.
        let after_a = word_after(text, first_end, "a")?;
        let (scale_end, exponent) = english_scale_after(text, after_a)?;
        let figure = followed("0.5", Some(Follower::EnglishScale(exponent)))?;
        return Some(Spelled {
            end: scale_end,
            figure,
            compound: true,
        });
    }
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    if article && after_a_fraction(text, start) {
        return None;
    }
    let between = word_before(text, start).is_some_and(|word| word.eq_ignore_ascii_case("between"));
    // `a million`: an article alone is a number only before a scale word, looked at below.
    let bare_article = article && word_after(text, first_end, "hundred").is_none();
    let head = if bare_article {
        Group {
            value: 1,
            end: first_end,
            words: 1,
        }
    } else {
        group(text, start, between)?
    };
    let mut compound = head.words > 1 || article;
    let mut reading = Decimal::from(head.value);
    let mut at = head.end;
    let mut fractional = false;
    if !bare_article && let Some(next) = and_a_half_after(text, at) {
        reading += Decimal::new(5, 1);
        (at, compound, fractional) = (next, true, true);
    } else if !bare_article
        && let Some((digits, next)) = spoken_decimals(text, at)
        && !(head.value == 1 && head.words == 1 && at_one_point(text, start))
    {
        reading = format!("{}.{digits}", head.value).parse().ok()?;
        (at, compound, fractional) = (next, true, true);
    }
    let Some((mut scale_end, mut exponent)) = english_scale_after(text, at) else {
        if bare_article || !compound {
            return None;
        }
        let (end, follower) =
            follower_end(text, at).map_or((at, None), |(end, follower)| (end, Some(follower)));
        let figure = followed(&reading.normalize().to_string(), follower)?;
        return Some(Spelled {
            end,
            figure,
            compound,
        });
    };
    // `a thousand million`: a higher scale after a scale multiplies it.
    if let Some((next, higher)) =
        english_scale_after(text, scale_end).filter(|&(_, higher)| higher > exponent)
    {
        scale_end = next;
        exponent += higher;
        compound = true;
    }
    // `a million and a half`.
    if !fractional && let Some(next) = and_a_half_after(text, scale_end) {
        reading += Decimal::new(5, 1);
        (scale_end, compound, fractional) = (next, true, true);
    }
    // `three thousand four hundred and three`: the whole number, as digits state it.
    if !fractional && let Some((rest, rest_end)) = rest_below(text, scale_end, exponent, between) {
        let whole = u128::from(head.value)
            .checked_mul(10u128.checked_pow(exponent)?)?
            .checked_add(rest)?;
        return Some(Spelled {
            end: rest_end,
            figure: Quantity::parse(&whole.to_string()).ok()?,
            compound: true,
        });
    }
    let reading = reading.normalize().to_string();
    let figure = match english_scale_word(exponent) {
        Some(_) => followed(&reading, Some(Follower::EnglishScale(exponent))),
        None => scale(&reading, exponent),
    }?;
    Some(Spelled {
        end: scale_end,
        figure,
        compound,
    })
}

/// A number below a thousand, or a count of hundreds (`nineteen hundred`), read by [`group`].
struct Group {
    value: u32,
    end: usize,
    /// How many number words it is written in: `twenty-one` is two.
    words: u32,
}

/// The group of a number at `at`: see the module docs.
fn group(text: &str, at: usize, between: bool) -> Option<Group> {
    let (first, first_end) = word_at(text, at)?;
    let article = first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an");
    let (value, end) = if article {
        (1, first_end)
    } else {
        below_hundred(text, at)?
    };
    let words = if end > first_end { 2 } else { 1 };
    let counts_hundreds = (1..=9).contains(&value) || (11..=99).contains(&value) && value % 10 != 0;
    let hundred_end = counts_hundreds
        .then(|| word_after(text, end, "hundred"))
        .flatten();
    let Some(hundred_end) = hundred_end else {
        return (!article).then_some(Group { value, end, words });
    };
    let mut group = Group {
        value: value * 100,
        end: hundred_end,
        words: words + 1,
    };
    // The rest below a hundred: `and twelve`, `twelve`.
    let rest_start = word_after(text, hundred_end, "and").unwrap_or(hundred_end);
    if let Some((rest, rest_end)) = text[rest_start..]
        .starts_with(' ')
        .then(|| below_hundred(text, rest_start + 1))
        .flatten()
        && rest > 0
        && word_after(text, rest_end, "hundred").is_none()
        && !(between && english_scale_after(text, rest_end).is_some())
    {
        group.value += rest;
        group.end = rest_end;
        group.words += 1;
    }
    Some(group)
}

/// A number below a hundred at `at`: a unit, a teen, a ten, or a ten and a unit joined by
/// a hyphen or a space (`twenty-one`, `twenty one`; not `twenty one-year`, whose unit is
/// part of a compound word).
fn below_hundred(text: &str, at: usize) -> Option<(u32, usize)> {
    let (word, end) = word_at(text, at)?;
    let value = word_value(word)?;
    if value >= 20
        && let Some(joint @ ('-' | ' ')) = text[end..].chars().next()
        && let Some((unit_word, unit_end)) = word_at(text, end + 1)
        && let Some(unit) = word_value(unit_word).filter(|unit| (1..=9).contains(unit))
        && (joint == '-' || !text[unit_end..].starts_with('-'))
    {
        return Some((value + unit, unit_end));
    }
    Some((value, end))
}

/// The rest of a number after a scale word of ten to `limit` ending at `at`, below that
/// scale: its value and where it ends.
fn rest_below(text: &str, at: usize, limit: u32, between: bool) -> Option<(u128, usize)> {
    let bound = 10u128.checked_pow(limit)?;
    // `two thousand and five`: `and` before the last words, below a hundred.
    if !between
        && let Some(and_end) = word_after(text, at, "and")
        && text[and_end..].starts_with(' ')
        && let Some((rest, rest_end)) = below_hundred(text, and_end + 1)
        && rest > 0
        && u128::from(rest) < bound
        && english_scale_after(text, rest_end).is_none()
        && word_after(text, rest_end, "hundred").is_none()
        && word_after(text, rest_end, "point").is_none()
    {
        return Some((u128::from(rest), rest_end));
    }
    if !text[at..].starts_with(' ') || word_after(text, at, "and").is_some() {
        return None;
    }
    let next = group(text, at + 1, between)?;
    if next.value == 0 || and_a_half_after(text, next.end).is_some() {
        return None;
    }
    let (mut value, mut end) = (u128::from(next.value), next.end);
    match english_scale_after(text, next.end) {
        Some((scale_end, exponent)) if exponent < limit => {
            value = value.checked_mul(10u128.checked_pow(exponent)?)?;
            end = scale_end;
            if let Some((more, more_end)) = rest_below(text, scale_end, exponent, between) {
                value = value.checked_add(more)?;
                end = more_end;
            }
        }
        // A scale no smaller begins another number.
        Some(_) => return None,
        None if word_after(text, next.end, "point").is_some() => return None,
        None => {}
    }
    (value < bound).then_some((value, end))
}

/// After `at`: ` point` and digit words, one a digit (`point five`, `point two five`): the
/// digits and where they end.
fn spoken_decimals(text: &str, at: usize) -> Option<(String, usize)> {
    let mut end = word_after(text, at, "point")?;
    let mut digits = String::new();
    while text[end..].starts_with(' ')
        && let Some((word, word_end)) = word_at(text, end + 1)
        && let Some(digit) = word_value(word).and_then(|value| char::from_digit(value, 10))
    {
        digits.push(digit);
        end = word_end;
    }
    (!digits.is_empty()).then_some((digits, end))
}

/// Whether the number at `start` is the `one` of `at one point`, a time in a story.
fn at_one_point(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|word| word.eq_ignore_ascii_case("at"))
}

/// Whether the word at `start` goes on a number of English words begun before it: after a
/// number word, `hundred`, a scale word or `point` (`three` of `four hundred and three`,
/// `five` of `point five`), with a hyphen, a space or ` and ` between. A quote's figure found
/// there is part of a longer one.
pub fn goes_on_a_number(text: &str, start: usize) -> bool {
    let in_a_number = |word: &str| {
        word_value(word).is_some()
            || [
                "hundred", "thousand", "million", "billion", "trillion", "point",
            ]
            .iter()
            .any(|known| known.eq_ignore_ascii_case(word))
    };
    let Some(joint) = text[..start].strip_suffix([' ', '-']) else {
        return false;
    };
    match word_ending_at(text, joint.len()) {
        Some((and, and_start)) if and.eq_ignore_ascii_case("and") => text[..and_start]
            .strip_suffix(' ')
            .and_then(|before| word_ending_at(text, before.len()))
            .is_some_and(|(word, _)| in_a_number(word)),
        Some((word, _)) => in_a_number(word),
        None => false,
    }
}

/// After `at`: ` and a half`; where it ends.
pub fn and_a_half_after(text: &str, at: usize) -> Option<usize> {
    let and = word_after(text, at, "and")?;
    let a = word_after(text, and, "a")?;
    word_after(text, a, "half")
}

/// After `at`: one space and `word` (lowercase) in any case, whole; where it ends.
pub fn word_after(text: &str, at: usize, word: &str) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let written = rest.get(..word.len())?;
    let end = at + 1 + word.len();
    (written.eq_ignore_ascii_case(word) && !alphanumeric_at(text, end)).then_some(end)
}

/// The word of ASCII letters at `at`, whole, and where it ends.
fn word_at(text: &str, at: usize) -> Option<(&str, usize)> {
    let letters = text
        .get(at..)?
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let end = at + letters;
    (letters > 0 && !alphanumeric_at(text, end)).then(|| (&text[at..end], end))
}

/// The word of ASCII letters before `start` and one space.
fn word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].strip_suffix(' ')?;
    word_ending_at(text, before.len()).map(|(word, _)| word)
}

/// The whole word of ASCII letters ending at `end`, and where it starts.
fn word_ending_at(text: &str, end: usize) -> Option<(&str, usize)> {
    let letters = text[..end]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let start = end - letters;
    (letters > 0 && !text[..start].ends_with(char::is_alphanumeric))
        .then(|| (&text[start..end], start))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words read at the start of `text` and the value of their figure.
    fn read_at_start(text: &str) -> Option<(&str, String)> {
        let spelled = read(text, 0)?;
        Some((&text[..spelled.end], spelled.figure.value.to_string()))
    }

    /// Each text reads from its start as its words, whose figure is the value.
    fn assert_reads(cases: &[(&str, &str, &str)]) {
        for &(text, words, value) in cases {
            assert_eq!(
                read_at_start(text),
                Some((words, value.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn compounds_below_a_thousand_are_one_number() {
        assert_reads(&[
            ("twenty-one provinces", "twenty-one", "21"),
            ("Twenty one provinces", "Twenty one", "21"),
            ("NINETY-NINE", "NINETY-NINE", "99"),
            (
                "one hundred and twelve villages",
                "one hundred and twelve",
                "112",
            ),
            ("one hundred twelve villages", "one hundred twelve", "112"),
            ("a hundred and twenty buses", "a hundred and twenty", "120"),
            (
                "four hundred and twenty-five people",
                "four hundred and twenty-five",
                "425",
            ),
            (
                "nine hundred ninety-nine",
                "nine hundred ninety-nine",
                "999",
            ),
            ("eleven hundred soldiers", "eleven hundred", "1100"),
            ("twenty-five hundred years", "twenty-five hundred", "2500"),
        ]);
    }

    #[test]
    fn scales_take_the_rest_of_the_number_after_them() {
        assert_reads(&[
            (
                "three thousand four hundred and three households",
                "three thousand four hundred and three",
                "3403",
            ),
            ("two thousand and five", "two thousand and five", "2005"),
            (
                "two million three hundred thousand people",
                "two million three hundred thousand",
                "2300000",
            ),
            (
                "one million two hundred thousand and six",
                "one million two hundred thousand and six",
                "1200006",
            ),
            ("twenty-one million", "twenty-one million", "21000000"),
            (
                "two hundred thousand people",
                "two hundred thousand",
                "200000",
            ),
            ("a thousand million", "a thousand million", "1000000000"),
        ]);
    }

    #[test]
    fn a_group_and_one_scale_keep_their_notation() {
        let spelled = read("twenty-one million people", 0).unwrap();
        assert_eq!(&*spelled.figure.text, "21 million");
        let spelled = read("three thousand four hundred", 0).unwrap();
        assert_eq!(&*spelled.figure.text, "3400");
    }

    #[test]
    fn and_joins_only_the_end_of_a_number() {
        // Two numbers: the words after `and` go on to a hundred or a scale no smaller.
        for (text, words) in [
            ("one hundred and two hundred", "one hundred"),
            ("two thousand and five thousand", "two thousand"),
            ("two thousand and five hundred", "two thousand"),
        ] {
            let spelled = read(text, 0).unwrap();
            assert_eq!(&text[..spelled.end], words, "{text}");
        }
        // `between` names a range's two ends.
        let text = "between one hundred and two thousand people";
        let spelled = read(text, "between ".len()).unwrap();
        assert_eq!(&text["between ".len()..spelled.end], "one hundred");
        // Elsewhere British English counts the hundreds of the thousands.
        assert_eq!(
            read_at_start("one hundred and two thousand people"),
            Some(("one hundred and two thousand", "102000".to_string()))
        );
    }

    #[test]
    fn the_first_group_takes_a_half_or_spoken_decimals() {
        assert_reads(&[
            ("zero point five percent", "zero point five percent", "0.5"),
            (
                "three point two five million",
                "three point two five million",
                "3250000",
            ),
            (
                "two and a half million",
                "two and a half million",
                "2500000",
            ),
            ("twenty-two and a half", "twenty-two and a half", "22.5"),
            ("a million and a half", "a million and a half", "1500000"),
            ("half a million", "half a million", "500000"),
        ]);
        let spelled = read("zero point five percent", 0).unwrap();
        assert!(spelled.figure.is_percent, "{spelled:?}");
        // `at one point` is a time in a story.
        let text = "at one point two people left";
        assert!(read(text, "at ".len()).is_none_or(|spelled| !spelled.compound));
    }

    #[test]
    fn words_that_make_no_compound_are_left_to_the_caller() {
        for text in ["three million", "three people", "seven", "twenty"] {
            assert!(
                read(text, 0).is_none_or(|spelled| !spelled.compound),
                "{text}"
            );
        }
        for text in ["a man", "one-third", "zero virgola tre"] {
            assert!(
                read(text, 0).is_none_or(|spelled| !spelled.compound),
                "{text}"
            );
        }
        let text = "a quarter of a million";
        assert!(read(text, text.rfind("a million").unwrap()).is_none());
    }

    #[test]
    fn a_unit_joined_to_a_word_stays_with_it() {
        // `twenty one-year terms`: twenty terms of one year.
        assert!(read("twenty one-year terms", 0).is_none_or(|spelled| !spelled.compound));
        // Joined by a hyphen to its ten, the unit is the number's.
        assert_eq!(
            read_at_start("thirty-three-year-old"),
            Some(("thirty-three", "33".to_string()))
        );
    }
}
