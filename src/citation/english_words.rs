//! Numbers written in English words, for [`super::numbers::find_numbers`]: `twenty-one`,
//! `one hundred and twelve`, `three thousand four hundred and three`, `two million three
//! hundred thousand`, `eleven hundred`, `a hundred and twenty`, `two and a half million`,
//! `half a million`, `zero point five percent`, `three point two million`, `two dozen`.
//!
//! A number is read as groups below a thousand, each before a scale word smaller than the
//! one before it (`two million`, `three hundred thousand`), the last before none. A group
//! is a unit, a teen, a ten, or a ten and a unit joined by a hyphen or a space
//! (`twenty-one`, `twenty one`), and any of these but a ten or zero before `hundred`, joined
//! by a space or a hyphen (`four hundred`, `Two-hundred`, `nineteen hundred`, `a hundred`),
//! with the rest below a hundred after it joined by `and` or not (`one hundred and twelve`,
//! `one hundred twelve`, `Two-hundred-and-twelve`). After a scale word the rest of the
//! number follows after a space (`three thousand four hundred`), after a comma when it is a
//! hundred or more or goes on to a smaller scale (`One thousand, one hundred`; `two
//! thousand, three were` is two numbers), or after `and` when it ends the number (`two
//! thousand and five`, `two thousand and five hundred`). A count before a hyphenated word
//! is that word's (`two hundred twelve-year-olds` is 200 and 12).
//!
//! Where `and` would join two numbers it does not: `one hundred and two hundred` and `two
//! thousand and five thousand` are two numbers each, as the words after `and` go on to a
//! hundred or a scale no smaller; after `between`, which names the two ends of a range, a
//! group's `and` never joins a number that goes on to a scale (`between one hundred and two
//! thousand` is 100 and 2,000, not 102,000, as British English would read it elsewhere).
//!
//! A group below a hundred before `dozen` is twelve times itself (`a dozen`, `two dozen`,
//! and `half a dozen` is 6), and the number ends there.
//!
//! Only the first group takes a half (`two and a half million`, `a million and a half`, and
//! after the noun it counts, `two years and a half`) or spoken decimals (`point` and one
//! digit word each: `three point two five`, `nought point five`), and then no rest after
//! its scale. `at one point` opening a clause is a time in a story, not a decimal, unless a
//! percent or scale word follows its digits (`At one point two percent`).
//!
//! Also read: a year spoken in two numbers where a word names it or it ends its clause (`in
//! nineteen ninety-five`; before a noun or a percent the two are a rough count), and
//! `minus` or `negative` as a sign ([`spoken_sign_before`]). An ordinal, a fraction or a
//! decade after the words makes them no count (`ordinal_after`: `twenty-first`, `two
//! thirds`, `the nineteen nineties`), nor is `no one` ([`is_no_one`]).
//!
//! A figure keeps its notation where its words are one group and at most one scale word
//! (`twenty-one million` is `21 million`, rounded at its millions as the digits `21
//! million` are; `a hundred thousand` is `100 thousand`), with a percent or other word
//! after it as digits take ([`super::numbers::follower_end`]); a number with a rest after
//! its scale is its whole value (`3403`), as digits would state it.
//!
//! The value check asks two more things of these words: whether one goes on a number begun
//! before it ([`goes_on_a_number`], [`number_goes_on_after`]), so that a word of a longer
//! number states nothing alone, and where such a number begins ([`number_start`]), so that
//! a quote cut inside it is read as the article writes it.
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
    /// `None` for words that state no count: an ordinal (`twenty-first`, `one hundred and
    /// first`), a fraction (`two thirds`), a century (`the nineteen hundreds`).
    pub figure: Option<Quantity>,
    /// Whether it is more than one number word, alone or before a scale word: a word alone
    /// is read as it is written.
    pub compound: bool,
}

/// The English number whose first word starts at `start`, in any case; `None` where no
/// number starts there (`a` before no `hundred` or scale word, `a million` counted in a
/// fraction: `a quarter of a million`). Words that go on to an ordinal or a fraction
/// (`twenty-first`, `two thirds`) state no figure.
pub fn read(text: &str, start: usize) -> Option<Spelled> {
    let spelled = read_number(text, start)?;
    if let Some(end) = ordinal_after(text, start, spelled.end) {
        return Some(Spelled {
            end,
            figure: None,
            compound: true,
        });
    }
    Some(spelled)
}

/// [`read`] up to the words after the number.
fn read_number(text: &str, start: usize) -> Option<Spelled> {
    let (first, first_end) = word_at(text, start)?;
    let is = |known: &str| first.eq_ignore_ascii_case(known);
    if is("half") {
        return half_a(text, first_end);
    }
    if let Some(quarters) = quarters_of_a(text, first, first_end) {
        return Some(quarters);
    }
    if is("nought") || is("naught") {
        // `nought point five`: a zero only before spoken decimals.
        let (digits, end) = spoken_decimals(text, first_end)?;
        let (end, follower) = with_follower(text, end);
        return Some(Spelled {
            end,
            figure: followed(&format!("0.{digits}"), follower),
            compound: true,
        });
    }
    if let Some(year) = spoken_year(text, start) {
        return Some(year);
    }
    let article = is("a") || is("an");
    if article && after_a_fraction(text, start) {
        return None;
    }
    let between = word_before(text, start).is_some_and(|word| word.eq_ignore_ascii_case("between"));
    // `a million`: an article alone is a number only before a scale word, looked at below.
    let bare_article = article && joined_word_after(text, first_end, "hundred").is_none();
    let head = if bare_article {
        Group {
            value: 1,
            end: first_end,
            words: 1,
        }
    } else {
        group(text, start, between)?
    };
    // `a dozen`, `two dozen`: twelve each (`dozens of` counts none).
    if head.value < 100
        && let Some(dozen_end) = word_after(text, head.end, "dozen")
    {
        return Some(Spelled {
            end: dozen_end,
            figure: Quantity::parse(&(head.value * 12).to_string()).ok(),
            compound: true,
        });
    }
    let mut compound = head.words > 1 || article;
    let mut reading = Decimal::from(head.value);
    let mut at = head.end;
    let mut fractional = false;
    if !bare_article && let Some(next) = and_a_half_after(text, at) {
        reading += Decimal::new(5, 1);
        (at, compound, fractional) = (next, true, true);
    } else if !bare_article
        && let Some((digits, next)) = spoken_decimals(text, at)
        && !(head.value == 1
            && head.words == 1
            && at_one_point(text, start)
            && english_scale_after(text, next).is_none()
            && follower_end(text, next).is_none())
    {
        reading = format!("{}.{digits}", head.value).parse().ok()?;
        (at, compound, fractional) = (next, true, true);
    }
    // `a million`, not `a-million`.
    let scale_word =
        english_scale_after(text, at).filter(|_| !bare_article || text[at..].starts_with(' '));
    let Some((mut scale_end, mut exponent)) = scale_word else {
        if bare_article {
            return None;
        }
        // `two years and a half`: a half of what the noun counts.
        if !fractional && let Some(end) = noun_and_a_half(text, at) {
            return Some(Spelled {
                end,
                figure: followed(&(reading + Decimal::new(5, 1)).to_string(), None),
                compound: true,
            });
        }
        let (end, follower) = with_follower(text, at);
        return Some(Spelled {
            end,
            figure: followed(&reading.normalize().to_string(), follower),
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
            figure: Quantity::parse(&whole.to_string()).ok(),
            compound: true,
        });
    }
    let reading = reading.normalize().to_string();
    let figure = match english_scale_word(exponent) {
        Some(_) => followed(&reading, Some(Follower::EnglishScale(exponent))),
        None => scale(&reading, exponent),
    };
    Some(Spelled {
        end: scale_end,
        figure,
        compound,
    })
}

/// After `half` ending at `at`: `a million`, `a dozen`.
fn half_a(text: &str, at: usize) -> Option<Spelled> {
    let after_a = word_after(text, at, "a")?;
    if let Some(dozen_end) = word_after(text, after_a, "dozen") {
        return Some(Spelled {
            end: dozen_end,
            figure: Quantity::parse("6").ok(),
            compound: true,
        });
    }
    let (scale_end, exponent) = english_scale_after(text, after_a)?;
    Some(Spelled {
        end: scale_end,
        figure: followed("0.5", Some(Follower::EnglishScale(exponent))),
        compound: true,
    })
}

/// From the first word `first`, ending at `at`: `a quarter of a million`, `one quarter of a
/// billion`, `three quarters of a million` (or `three-quarters`), a quarter or three of
/// the scale. Other fractions of a scale (`a third of a million`) write no figure exactly.
fn quarters_of_a(text: &str, first: &str, at: usize) -> Option<Spelled> {
    let quarters = match first.to_ascii_lowercase().as_str() {
        "a" | "one" => word_after(text, at, "quarter").map(|end| ("0.25", end)),
        "three" => joined_word_after(text, at, "quarters").map(|end| ("0.75", end)),
        _ => None,
    };
    let (fraction, quarter_end) = quarters?;
    let of_a = word_after(text, word_after(text, quarter_end, "of")?, "a")?;
    let (scale_end, exponent) = english_scale_after(text, of_a)?;
    Some(Spelled {
        end: scale_end,
        figure: followed(fraction, Some(Follower::EnglishScale(exponent))),
        compound: true,
    })
}

/// The end of a number at `at` with the percent or scale word after it, if one is.
fn with_follower(text: &str, at: usize) -> (usize, Option<Follower>) {
    follower_end(text, at).map_or((at, None), |(end, follower)| (end, Some(follower)))
}

/// A year spoken in two numbers at `start`: `nineteen ninety-five`, `twenty twenty-one`,
/// `eighteen forty`: seventeen to twenty, then ten to ninety-nine (not before `hundred`, a
/// scale word, `point` or a hyphenated word: `twenty ten-year bonds`).
fn spoken_year(text: &str, start: usize) -> Option<Spelled> {
    let (century, century_end) = below_hundred(text, start)?;
    if !(17..=20).contains(&century) || !text[century_end..].starts_with(' ') {
        return None;
    }
    let (within, end) = below_hundred(text, century_end + 1)?;
    let goes_on = joined_word_after(text, end, "hundred").is_some()
        || english_scale_after(text, end).is_some()
        || word_after(text, end, "point").is_some()
        || joined_to_a_word(text, end)
        // `the nineteen nineties`: a decade.
        || text[end..].starts_with(|c: char| c.is_ascii_alphabetic())
        // `nineteen twenty percent`, `twenty twenty-five people`: a rough count.
        || follower_end(text, end).is_some()
        // A year is named as one, or ends its clause.
        || (!names_a_year_before(text, start) && next_is_a_word(text, end));
    (within >= 10 && !goes_on).then(|| Spelled {
        end,
        figure: Quantity::parse(&(century * 100 + within).to_string()).ok(),
        compound: true,
    })
}

/// Whether a word before `start` tells a year follows: `in`, `since`, `by`, `of`...
fn names_a_year_before(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|word| {
        [
            "in", "since", "from", "until", "till", "by", "of", "to", "year", "before", "after",
            "during", "circa", "and", "between", "summer", "winter", "spring", "autumn", "fall",
        ]
        .iter()
        .any(|known| known.eq_ignore_ascii_case(word))
    })
}

/// Whether a word (not punctuation or the end of the text) follows the number ending at
/// `at`: a year alone ends a clause (`built in nineteen ninety-five.`).
fn next_is_a_word(text: &str, at: usize) -> bool {
    text[at..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_alphanumeric))
}

/// The English ordinals, whose words after a number make it an ordinal (`twenty-first`).
const ORDINALS: [&str; 33] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "zeroth",
];

/// Whether `word` with an `s` after it is the plural of a ten (`nineties`, `twenties`):
/// `ninetie`, `twentie`.
fn is_plural_ten(stem: &str) -> bool {
    stem.strip_suffix("ie").is_some_and(|ten| {
        TENS.iter()
            .any(|known| known.strip_suffix('y') == Some(&ten.to_ascii_lowercase()))
    })
}

/// Whether `word` is an English ordinal, in any case.
pub fn is_ordinal(word: &str) -> bool {
    ORDINALS
        .iter()
        .any(|known| known.eq_ignore_ascii_case(word))
}

/// After the number at `start..at`: the ordinal or fraction word it begins, where that word
/// ends. Joined by a hyphen any ordinal (`twenty-first`, `ninety-ninth`); after `and` any
/// (`one hundred and first`, `one hundred and second`); after a space a ten's (`twenty
/// first`, not `a twenty second delay`) or a scale's (`two hundredth`, `three thousandth`),
/// but none of a hyphenated word (`twenty first-time voters`). Fractions after a space: a
/// plural ordinal (`two thirds`, `three fifths`), `one` and a singular one or `half` (`one
/// third`, `one half`), `quarters of` (`three quarters of`; `two quarters in a row` are
/// counted, as `seconds` are); a decade (`the nineteen nineties`) and `hundreds` (`the
/// nineteen hundreds`).
fn ordinal_after(text: &str, start: usize, at: usize) -> Option<usize> {
    if text[at..].starts_with('-') {
        let (word, end) = word_at(text, at + 1)?;
        return is_ordinal(word).then_some(end);
    }
    let and_end = word_after(text, at, "and");
    let word_start = and_end.unwrap_or(at);
    let (word, end) = text[word_start..]
        .starts_with(' ')
        .then(|| word_at(text, word_start + 1))
        .flatten()?;
    // `twenty first-time voters`: the ordinal is part of a compound word.
    if text[end..].starts_with('-') {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let last = word_ending_at(text, at).map_or("", |(last, _)| last);
    let after_a_ten = word_value(last).is_some_and(|value| value >= 20 && value % 10 == 0);
    let after_one = last.eq_ignore_ascii_case("one") && at - last.len() == start;
    let scale_ordinal = matches!(
        lower.as_str(),
        "hundredth" | "thousandth" | "millionth" | "billionth" | "trillionth"
    );
    let ordinal = is_ordinal(&lower)
        && (and_end.is_some() || (lower != "second" && (after_a_ten || scale_ordinal)));
    // `one third`, `one half`, `three quarters of`: fractions; `the nineteen nineties`: a
    // decade.
    let quarters_of =
        matches!(lower.as_str(), "quarter" | "quarters") && word_after(text, end, "of").is_some();
    let fraction = and_end.is_none()
        && (lower == "hundreds"
            || quarters_of
            || (after_one && (lower == "half" || (is_ordinal(&lower) && lower != "second")))
            || lower.strip_suffix('s').is_some_and(|singular| {
                (is_ordinal(singular) && singular != "second") || is_plural_ten(singular)
            }));
    // Not the number's own words read again: `start` is where they begin.
    (at > start && (ordinal || fraction)).then_some(end)
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
        .then(|| joined_word_after(text, end, "hundred"))
        .flatten();
    let Some(hundred_end) = hundred_end else {
        return (!article).then_some(Group { value, end, words });
    };
    let mut group = Group {
        value: value * 100,
        end: hundred_end,
        words: words + 1,
    };
    // The rest below a hundred: `and twelve`, `twelve`, `-and-twelve`.
    let rest_start = joined_word_after(text, hundred_end, "and").unwrap_or(hundred_end);
    if let Some((rest, rest_end)) = text[rest_start..]
        .starts_with([' ', '-'])
        .then(|| below_hundred(text, rest_start + 1))
        .flatten()
        && rest > 0
        && joined_word_after(text, rest_end, "hundred").is_none()
        && !(between && english_scale_after(text, rest_end).is_some())
        // `two hundred twelve-year-olds`: two hundred of them, each twelve.
        && !joined_to_a_word(text, rest_end)
    {
        group.value += rest;
        group.end = rest_end;
        group.words += 1;
    }
    Some(group)
}

/// Whether a word other than an ordinal is joined by a hyphen at `at`: the number before it
/// is part of a compound word (`twelve-year-olds`), not of a longer number.
fn joined_to_a_word(text: &str, at: usize) -> bool {
    text[at..].starts_with('-')
        && text[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
        && word_at(text, at + 1).is_none_or(|(word, _)| !is_ordinal(word))
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
        && (joint == '-' || !joined_to_a_word(text, unit_end))
    {
        return Some((value + unit, unit_end));
    }
    Some((value, end))
}

/// How the rest of a number is joined to the scale word before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// `three thousand four hundred`.
    Space,
    /// `two thousand and five`: the last words, with no scale after them.
    And,
    /// `one thousand, one hundred`: a hundred or more, or a smaller scale, after the comma;
    /// a count below a hundred after a comma is another number (`two thousand, three were`).
    Comma,
}

/// The rest of a number after a scale word of ten to `limit` ending at `at`, below that
/// scale: its value and where it ends.
fn rest_below(text: &str, at: usize, limit: u32, between: bool) -> Option<(u128, usize)> {
    let bound = 10u128.checked_pow(limit)?;
    let (rest_start, joint) = if let Some(and_end) = word_after(text, at, "and") {
        if between || !text[and_end..].starts_with(' ') {
            return None;
        }
        (and_end + 1, Joint::And)
    } else if text[at..].starts_with(", ") {
        (at + 2, Joint::Comma)
    } else if text[at..].starts_with(' ') {
        (at + 1, Joint::Space)
    } else {
        return None;
    };
    let next = group(text, rest_start, between)?;
    if next.value == 0
        || and_a_half_after(text, next.end).is_some()
        || word_after(text, next.end, "point").is_some()
    {
        return None;
    }
    let (mut value, mut end) = (u128::from(next.value), next.end);
    match english_scale_after(text, next.end) {
        Some((scale_end, exponent)) if exponent < limit && joint != Joint::And => {
            value = value.checked_mul(10u128.checked_pow(exponent)?)?;
            end = scale_end;
            if let Some((more, more_end)) = rest_below(text, scale_end, exponent, between) {
                value = value.checked_add(more)?;
                end = more_end;
            }
        }
        // A scale no smaller begins another number; after `and`, the number ends.
        Some(_) => return None,
        None if joint == Joint::Comma && next.value < 100 => return None,
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

/// Whether the number at `start` is the `one` of `at one point` opening a sentence or a
/// clause (`At one point two hundred people waited`, `and at one point`), a time in a
/// story; after a verb it is a figure (`stood at one point five percent`).
fn at_one_point(text: &str, start: usize) -> bool {
    let Some(at) = word_before(text, start).filter(|word| word.eq_ignore_ascii_case("at")) else {
        return false;
    };
    let at_start = start - " ".len() - at.len();
    let before = text[..at_start].trim_end();
    let opens = |word: &str| {
        ["and", "but", "then", "when", "until", "so"]
            .iter()
            .any(|known| known.eq_ignore_ascii_case(word))
    };
    match word_ending_at(before, before.len()) {
        Some((word, _)) => opens(word),
        None => true,
    }
}

/// Whether the word at `start` is a `one` that counts nothing: the pronoun of `no one`, or
/// the time of `At one point,` ([`is_one_of_at_one_point`]).
pub fn is_one_that_counts_nothing(text: &str, start: usize) -> bool {
    word_at(text, start).is_some_and(|(word, _)| word.eq_ignore_ascii_case("one"))
        && (is_no_one(text, start) || is_one_of_at_one_point(text, start))
}

/// Whether the capitalised number word at `start..end` is the last word of a name: "One" of
/// "Richland One in Columbia", "Formula One race", "Air Force One landed". It follows a
/// capitalised word of the same sentence that does not open it, with a single space, and
/// no capitalised word follows it, as a headline's title case would go on ("Last Nine Poor
/// Counties" states nine).
pub fn ends_a_name(text: &str, start: usize, end: usize) -> bool {
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    if !capitalised(&text[start..end]) {
        return false;
    }
    let Some((before, before_start)) = text[..start]
        .strip_suffix(' ')
        .and_then(|before| word_ending_at(before, before.len()))
    else {
        return false;
    };
    let opens_a_sentence = {
        let earlier = text[..before_start].trim_end();
        earlier.is_empty() || earlier.ends_with(['.', '!', '?', ':', '"', '\u{201c}', '(', '['])
    };
    let next_capitalised = text[end..]
        .strip_prefix(' ')
        .is_some_and(|after| after.starts_with(char::is_uppercase));
    capitalised(before) && !opens_a_sentence && !next_capitalised
}

/// Whether the `one` at `start` is the pronoun of `no one`.
pub fn is_no_one(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix([' ', '-'])
        .and_then(|before| word_ending_at(before, before.len()))
        .is_some_and(|(word, _)| word.eq_ignore_ascii_case("no"))
}

/// A spoken sign before the number at `start..end`: `minus five`, `negative twenty
/// percent`, `minus 5`; where its word starts.
///
/// The sign word is one only where a figure is given: at the start of the text or of a
/// sentence, after an opening bracket, quote, `=` or `:`, or after one of [`SIGN_OPENERS`]
/// (`was minus five`, `fell to negative 2.5%`, `between minus 2 and minus 3`). Elsewhere it
/// subtracts or takes away (`five minus two`, `revenue minus 3 million`, `10 percent minus 3
/// percent`, `the squad, minus 3 players`), sets a margin (`plus or minus five`,
/// `plus/minus 3`), names something (`T-minus 10`, `B-minus`), or is a result (`tested
/// negative 3 times`, `turned negative 3 months ago`).
///
/// So it is in the languages that say `minus` as English does, or another word for it
/// (German and Dutch `auf minus 5 Grad`, `op min 5`... French `à moins 5 degrés`, Spanish
/// `a menos 5 grados`, Italian `a meno 5 gradi`, Russian `до минус 5 градусов`), after
/// their words that give a figure ([`GERMANIC_SIGN_OPENERS`], [`ROMANCE_AND_SLAVIC_SIGN_OPENERS`]); never where the word means
/// "at least" (`au moins 5`, `al menos 5`, `almeno 5`) or "more or less" (`más o menos 5`).
pub fn spoken_sign_before(text: &str, start: usize, end: usize) -> Option<usize> {
    let before = text[..start].strip_suffix(' ')?;
    let (word, word_start) = word_ending_at(before, before.len())?;
    let word = word.to_lowercase();
    if !SIGN_WORDS.contains(&word.as_str()) {
        return None;
    }
    // `a negative five-year return`: the number is the compound word's.
    (gives_a_figure(text, word_start, &word) && !joined_to_a_word(text, end)).then_some(word_start)
}

/// The words that sign the figure after them, lowercase: English, German and Dutch
/// `minus`, English `negative`, French `moins`, Spanish and Portuguese `menos`, Italian
/// `meno`, Russian `минус`, Ukrainian `мінус`.
const SIGN_WORDS: &[&str] = &[
    "minus",
    "negative",
    "moins",
    "menos",
    "meno",
    "минус",
    "мінус",
];

/// The words of German and Dutch after which `minus` signs the figure that follows, as
/// [`SIGN_OPENERS`] in English: verbs that give a reading and prepositions before one.
/// None is an English word (`war`, `en` and `tot` are left out).
const GERMANIC_SIGN_OPENERS: &[&str] = &[
    "auf", "bei", "von", "lag", "liegt", "betrug", "beträgt", "sank", "fiel", "zwischen", "und",
    "bis", "etwa", "rund", "op", "naar", "tussen", "bij",
];

/// The words of French, Spanish, Portuguese, Italian and Russian after which their sign
/// words (`moins`, `menos`, `meno`, `минус`, `мінус`) sign the figure that follows.
const ROMANCE_AND_SLAVIC_SIGN_OPENERS: &[&str] = &[
    "à",
    "était",
    "est",
    "atteint",
    "entre",
    "et",
    "environ",
    "vers",
    "a",
    "era",
    "es",
    "fue",
    "hasta",
    "y",
    "cerca",
    "até",
    "foi",
    "di",
    "è",
    "fino",
    "tra",
    "fra",
    "e",
    "circa",
    "до",
    "на",
    "было",
    "была",
    "был",
    "составила",
    "составил",
    "около",
    "от",
    "и",
];

/// The words after which `minus` or `negative` signs the figure that follows: verbs that
/// give a reading and the prepositions before one.
const SIGN_OPENERS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "of",
    "to",
    "at",
    "from",
    "hit",
    "hits",
    "reached",
    "reaches",
    "reaching",
    "by",
    "stood",
    "stands",
    "standing",
    "around",
    "about",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "between",
    "and",
    "as",
    "near",
    "remained",
    "remains",
    "stayed",
    "fell",
    "falls",
    "falling",
    "dropped",
    "drops",
    "sank",
    "plunged",
    "slid",
    "recorded",
    "registered",
    "posted",
    "showed",
    "shows",
    "hitting",
    "with",
    "than",
    "hovered",
    "hovering",
    "touched",
    "dipped",
    "reads",
    "read",
    "reading",
    "just",
    "only",
];

/// Whether a sign word starting at `at` of `text` stands where a figure is given: see
/// [`spoken_sign_before`].
fn gives_a_figure(text: &str, at: usize, sign_word: &str) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let Some(last) = before.chars().next_back() else {
        return true;
    };
    if matches!(
        last,
        '(' | '[' | '"' | '\'' | '“' | '‘' | '=' | ':' | '.' | '!' | '?' | '\n'
    ) {
        return true;
    }
    if before.len() == at {
        // Written onto what stands before it: `T-minus`, `plus/minus`.
        return false;
    }
    let Some((word, word_start)) = word_ending_at(before, before.len()) else {
        return false;
    };
    // `plus and minus 3` is a margin, as `plus or minus 3` is.
    let margin = word.eq_ignore_ascii_case("and")
        && word_before(text, word_start).is_some_and(|w| w.eq_ignore_ascii_case("plus"));
    let word = word.to_lowercase();
    let openers: &[&[&str]] = match sign_word {
        "minus" => &[SIGN_OPENERS, GERMANIC_SIGN_OPENERS],
        "negative" => &[SIGN_OPENERS],
        _ => &[ROMANCE_AND_SLAVIC_SIGN_OPENERS],
    };
    openers.iter().any(|list| list.contains(&word.as_str())) && !margin
}

/// The whole word of letters of any script that ends at `end` of `text`, and where it
/// starts. A word of another script or with an accent is read whole, so that it is compared
/// with the English words as what it is (`café`), not as its last ASCII letters or as no
/// word at all.
fn word_ending_at(text: &str, end: usize) -> Option<(&str, usize)> {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at)?;
    (!text[..start].ends_with(char::is_alphanumeric)).then(|| (&text[start..end], start))
}

/// Whether the `one` at `start` opens `At one point,` or `At one point two`, a time in a
/// story: no count.
pub fn is_one_of_at_one_point(text: &str, start: usize) -> bool {
    word_at(text, start).is_some_and(|(word, end)| {
        word.eq_ignore_ascii_case("one")
            && word_after(text, end, "point").is_some()
            && at_one_point(text, start)
    })
}

/// Whether the word at `start` goes on a number of English words begun before it: after a
/// number word, `hundred`, a scale word or `point` (`three` of `four hundred and three`,
/// `five` of `point five`), with a hyphen, a space or ` and ` between. A quote's figure found
/// there is part of a longer one.
pub fn goes_on_a_number(text: &str, start: usize) -> bool {
    let in_a_number = |word: &str| is_number_word(word) || word.eq_ignore_ascii_case("point");
    let Some(joint) = text[..start].strip_suffix([' ', '-']) else {
        return false;
    };
    // `one thousand, one hundred`: a comma after a scale word.
    if let Some(comma) = joint.strip_suffix(',') {
        return word_ending_at(text, comma.len())
            .is_some_and(|(word, _)| SCALES.iter().any(|scale| scale.eq_ignore_ascii_case(word)));
    }
    match word_ending_at(text, joint.len()) {
        Some((and, and_start)) if and.eq_ignore_ascii_case("and") => text[..and_start]
            .strip_suffix([' ', '-'])
            .and_then(|before| word_ending_at(text, before.len()))
            .is_some_and(|(word, _)| in_a_number(word)),
        Some((word, _)) => in_a_number(word),
        None => false,
    }
}

/// The English scale words a comma may follow inside a number.
const SCALES: [&str; 4] = ["thousand", "million", "billion", "trillion"];

/// How many words back [`number_start`] looks: more than a number below a trillion is
/// written in.
const MOST_WORDS_BACK: usize = 40;

/// Whether `word` is one of a number's own words: a number word, `hundred`, a scale word,
/// `a`, `an`, `half`, `nought` or `dozen`.
fn is_number_word(word: &str) -> bool {
    word_value(word).is_some()
        || [
            "hundred", "thousand", "million", "billion", "trillion", "a", "an", "half", "nought",
            "naught", "dozen",
        ]
        .iter()
        .any(|known| known.eq_ignore_ascii_case(word))
}

/// Where a number of English words that may go across byte `at` of `text` begins: back over
/// the words before `at` that a number is written in, joined by spaces, hyphens or commas,
/// and `and` and `point` between them; `at` itself, or the start of its word, when none
/// stands there.
pub fn number_start(text: &str, at: usize) -> usize {
    let (mut start, mut earliest) = (at, at);
    if let Some((word, word_start)) = word_ending_at(text, at) {
        start = word_start;
        earliest = if is_number_word(word) { word_start } else { at };
    }
    for _ in 0..MOST_WORDS_BACK {
        let Some(before) = text[..start].strip_suffix([' ', '-']) else {
            break;
        };
        let before = before.strip_suffix(',').unwrap_or(before);
        let Some((word, word_start)) = word_ending_at(text, before.len()) else {
            break;
        };
        if is_number_word(word) {
            earliest = word_start;
        } else if !word.eq_ignore_ascii_case("and") && !word.eq_ignore_ascii_case("point") {
            break;
        }
        start = word_start;
    }
    earliest
}

/// Whether a number of English words may go on after byte `at`, the end of a word: one of a
/// number's words, `point` or an ordinal follows after a space, a hyphen, a comma or `and`.
pub fn number_goes_on_after(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let Some(rest) = rest.strip_prefix([' ', '-']) else {
        return false;
    };
    let next_start = text.len() - rest.len();
    let next_start = word_after(text, next_start - 1, "and")
        .filter(|end| text[*end..].starts_with(' '))
        .map_or(next_start, |end| end + 1);
    word_at(text, next_start).is_some_and(|(word, _)| {
        is_number_word(word)
            || ["point", "percent", "per"]
                .iter()
                .any(|known| known.eq_ignore_ascii_case(word))
            || is_ordinal(word)
    })
}

/// After a number ending at `at`: a lowercase noun and ` and a half` (`two years and a
/// half`, not `two teachers and a half-time nurse`); where it ends.
fn noun_and_a_half(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    if !rest.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let (_, noun_end) = word_at(text, text.len() - rest.len())?;
    and_a_half_after(text, noun_end)
}

/// After `at`: ` and a half`; where it ends.
pub fn and_a_half_after(text: &str, at: usize) -> Option<usize> {
    let and = word_after(text, at, "and")?;
    let a = word_after(text, and, "a")?;
    word_after(text, a, "half").filter(|end| !text[*end..].starts_with('-'))
}

/// After `at`: one space and `word` (lowercase) in any case, whole; where it ends.
pub fn word_after(text: &str, at: usize, word: &str) -> Option<usize> {
    word_after_joint(text, at, word, &[' '])
}

/// After `at`: a space or a hyphen and `word` (lowercase) in any case, whole; where it
/// ends (`two hundred`, `Two-hundred`).
fn joined_word_after(text: &str, at: usize, word: &str) -> Option<usize> {
    word_after_joint(text, at, word, &[' ', '-'])
}

fn word_after_joint(text: &str, at: usize, word: &str, joints: &[char]) -> Option<usize> {
    let rest = text[at..].strip_prefix(joints)?;
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

/// The word before `start` and one space.
fn word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].strip_suffix(' ')?;
    word_ending_at(text, before.len()).map(|(word, _)| word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words read where `words` first stand in `text`, and the value of their figure.
    fn read_at<'t>(text: &'t str, words: &str) -> Option<(&'t str, String)> {
        let at = text.find(words)?;
        let spelled = read(text, at)?;
        let value = spelled.figure.map_or_else(
            || "no figure".to_string(),
            |figure| figure.value.to_string(),
        );
        Some((&text[at..spelled.end], value))
    }

    /// Each text reads, where its words first stand, as those words, whose figure is the
    /// value (`no figure` for an ordinal or a fraction).
    fn assert_reads(cases: &[(&str, &str, &str)]) {
        for &(text, words, value) in cases {
            assert_eq!(
                read_at(text, words),
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
        assert_eq!(&*spelled.figure.unwrap().text, "21 million");
        let spelled = read("three thousand four hundred", 0).unwrap();
        assert_eq!(&*spelled.figure.unwrap().text, "3400");
    }

    #[test]
    fn and_joins_only_the_end_of_a_number() {
        // Two numbers: the words after `and` go on to a hundred or a scale no smaller.
        for (text, words) in [
            ("one hundred and two hundred", "one hundred"),
            ("two thousand and five thousand", "two thousand"),
        ] {
            let spelled = read(text, 0).unwrap();
            assert_eq!(&text[..spelled.end], words, "{text}");
        }
        // `between` names a range's two ends.
        assert_reads(&[(
            "between one hundred and two thousand people",
            "one hundred",
            "100",
        )]);
        // Elsewhere British English counts the hundreds of the thousands.
        assert_reads(&[(
            "one hundred and two thousand people",
            "one hundred and two thousand",
            "102000",
        )]);
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
            ("a quarter of a million", "a quarter of a million", "250000"),
            (
                "One quarter of a billion",
                "One quarter of a billion",
                "250000000",
            ),
            (
                "three quarters of a million",
                "three quarters of a million",
                "750000",
            ),
            (
                "Three-quarters of a million",
                "Three-quarters of a million",
                "750000",
            ),
            ("two dozen villages", "two dozen", "24"),
            ("a dozen villages", "a dozen", "12"),
            ("half a dozen villages", "half a dozen", "6"),
            ("two years and a half later", "two years and a half", "2.5"),
        ]);
        // A half-time nurse is one nurse: `two teachers` are two.
        assert_reads(&[("two teachers and a half-time nurse", "two", "2")]);
        let spelled = read("zero point five percent", 0).unwrap();
        assert!(spelled.figure.unwrap().is_percent);
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
        for text in ["a man", "zero virgola tre"] {
            assert!(
                read(text, 0).is_none_or(|spelled| !spelled.compound),
                "{text}"
            );
        }
        // A fraction is no count.
        assert!(read("one-third", 0).unwrap().figure.is_none());
        let text = "a quarter of a million";
        assert!(read(text, text.rfind("a million").unwrap()).is_none());
    }

    #[test]
    fn a_unit_joined_to_a_word_stays_with_it() {
        // `twenty one-year terms`: twenty terms of one year.
        assert!(read("twenty one-year terms", 0).is_none_or(|spelled| !spelled.compound));
        // Joined by a hyphen to its ten, the unit is the number's.
        assert_reads(&[("thirty-three-year-old", "thirty-three", "33")]);
    }

    #[test]
    fn hyphens_join_hundreds_and_commas_join_descending_groups() {
        assert_reads(&[
            ("Two-hundred people", "Two-hundred", "200"),
            (
                "Two-hundred-and-twelve people",
                "Two-hundred-and-twelve",
                "212",
            ),
            ("Two-hundred and fifty", "Two-hundred and fifty", "250"),
            ("One-hundred percent", "One-hundred percent", "100"),
            (
                "One thousand, one hundred people",
                "One thousand, one hundred",
                "1100",
            ),
            (
                "two million, three hundred thousand",
                "two million, three hundred thousand",
                "2300000",
            ),
            (
                "Two thousand and five hundred people",
                "Two thousand and five hundred",
                "2500",
            ),
        ]);
        // After a comma, a count below a hundred is another number.
        assert_reads(&[("two thousand, three were", "two thousand", "2000")]);
        // A number before a hyphenated word is that word's: two hundred twelve-year-olds.
        assert_reads(&[("Two hundred twelve-year-olds", "Two hundred", "200")]);
    }

    #[test]
    fn ordinals_and_fractions_state_no_count() {
        assert_reads(&[
            ("twenty-first century", "twenty-first", "no figure"),
            ("the ninety-ninth day", "ninety-ninth", "no figure"),
            (
                "one hundred and twenty-first",
                "one hundred and twenty-first",
                "no figure",
            ),
            (
                "one hundred and first",
                "one hundred and first",
                "no figure",
            ),
            (
                "two thousand and first",
                "two thousand and first",
                "no figure",
            ),
            ("two hundredth anniversary", "two hundredth", "no figure"),
            ("three thousandth visitor", "three thousandth", "no figure"),
            ("Two thirds of people", "Two thirds", "no figure"),
            ("the nineteen hundreds", "nineteen hundreds", "no figure"),
            ("One third of people", "One third", "no figure"),
            ("one half of them", "one half", "no figure"),
            ("Three quarters of them", "Three quarters", "no figure"),
            ("the nineteen nineties", "nineteen nineties", "no figure"),
            (
                "the one hundred and second day",
                "one hundred and second",
                "no figure",
            ),
        ]);
        // An ordinal of a hyphenated word is that word's: twenty first-time voters.
        assert_reads(&[("twenty first-time voters", "twenty", "20")]);
        // Counted, not ordinals: `a twenty second delay`, `two quarters`, `three first`.
        assert_reads(&[("twenty second delay", "twenty", "20")]);
        assert_reads(&[("two quarters in a row", "two", "2")]);
    }

    #[test]
    fn years_spoken_in_two_numbers_are_one() {
        assert_reads(&[
            ("nineteen ninety-five", "nineteen ninety-five", "1995"),
            ("twenty twenty-one", "twenty twenty-one", "2021"),
            ("eighteen forty", "eighteen forty", "1840"),
        ]);
        // A year after a word that names one, or ending its clause; before a noun or a
        // percent, a rough count (`nineteen twenty people`, nineteen or twenty).
        assert_reads(&[(
            "In nineteen ninety-five the plan",
            "nineteen ninety-five",
            "1995",
        )]);
        assert_reads(&[("nineteen twenty people", "nineteen", "19")]);
        assert_reads(&[("nineteen twenty percent", "nineteen", "19")]);
        // Not a ten's unit or a hyphenated word: `twenty ten-year bonds`.
        assert_reads(&[("twenty ten-year bonds", "twenty", "20")]);
        assert_reads(&[("eleven forty-five", "eleven", "11")]);
    }

    #[test]
    fn at_one_point_is_a_time_only_where_a_clause_opens() {
        fn figure_at(text: &str) -> Option<(bool, &str)> {
            let at = text.find("one")?;
            read(text, at).map(|spelled| (spelled.compound, &text[at..spelled.end]))
        }
        assert_eq!(
            figure_at("Inflation stood at one point five percent"),
            Some((true, "one point five percent"))
        );
        // Before a percent or scale word, the decimals are a figure wherever they stand.
        assert_eq!(
            figure_at("At one point two percent, inflation is low"),
            Some((true, "one point two percent"))
        );
        assert!(is_one_of_at_one_point("At one point, two hundred", 3));
        for time in [
            "At one point two hundred people waited",
            "and at one point two people left",
            "It rained. At one point two",
        ] {
            assert_eq!(figure_at(time), Some((false, "one")), "{time}");
        }
    }

    #[test]
    fn a_word_after_a_scale_and_a_comma_goes_on_its_number() {
        let text = "one thousand, one hundred people";
        assert!(goes_on_a_number(text, text.find("one hundred").unwrap()));
        assert!(!goes_on_a_number("Yes, one hundred", 5));
        let text = "two and a half million";
        assert!(goes_on_a_number(text, text.find("half").unwrap()));
        assert!(goes_on_a_number(text, text.find("million").unwrap()));
        let text = "Two-hundred-and-twelve";
        assert!(goes_on_a_number(text, text.find("twelve").unwrap()));
    }

    #[test]
    fn nought_before_spoken_decimals_is_zero() {
        assert_reads(&[("nought point five", "nought point five", "0.5")]);
        assert!(read("all came to nought", "all came to ".len()).is_none());
    }

    #[test]
    fn no_one_is_nobody_and_minus_is_a_sign() {
        let ends = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            ends_a_name(text, start, start + word.len())
        };
        assert!(ends("In South Carolina, Richland One in Columbia", "One"));
        assert!(ends("the Formula One race", "One"));
        assert!(ends("when Air Force One landed", "One"));
        // Not a number word after a word opening a sentence, in lowercase, in a headline's
        // title case, or after a comma.
        assert!(!ends("Formula One drivers", "One"));
        assert!(!ends("China's Last Nine Poor Counties", "Nine"));
        assert!(!ends("in Richland one school", "one"));
        assert!(!ends("In Richland, One school", "One"));
        assert!(is_no_one("No one came", 3));
        assert!(is_no_one("no-one came", 3));
        assert!(!is_no_one("Only one came", 5));
        assert_eq!(spoken_sign_before("minus five", 6, 10), Some(0));
        assert_eq!(spoken_sign_before("Minus twenty-one", 6, 16), Some(0));
        assert_eq!(spoken_sign_before("fell negative twenty", 14, 20), Some(5));
        assert_eq!(spoken_sign_before("fell five", 5, 9), None);
        // A subtraction, a margin, a compound word: no sign.
        assert_eq!(spoken_sign_before("five minus two", 11, 14), None);
        assert_eq!(spoken_sign_before("plus or minus five", 14, 18), None);
        assert_eq!(spoken_sign_before("5 minus 2", 8, 9), None);
        assert_eq!(spoken_sign_before("3% minus 1%", 9, 11), None);
        assert_eq!(spoken_sign_before("(5) minus 2", 10, 11), None);
        assert_eq!(spoken_sign_before("to minus 2", 9, 10), Some(3));
        assert_eq!(spoken_sign_before("(minus 2)", 7, 8), Some(1));
        assert_eq!(
            spoken_sign_before("Cold. Minus 2 at night", 12, 13),
            Some(6)
        );
        // Where no figure is given: a subtraction, a margin, a name, a result.
        for (text, number) in [
            ("revenue minus 3 million", "3 million"),
            ("the squad, minus 3 players", "3 players"),
            ("24 hours minus 2 minutes", "2 minutes"),
            ("T-minus 10 minutes", "10 minutes"),
            ("plus/minus 3 points", "3 points"),
            ("plus and minus 3 points", "3 points"),
            ("He tested negative 3 times", "3 times"),
            ("Inflation turned negative 3 months ago", "3 months"),
        ] {
            let start = text.find(number).unwrap();
            assert_eq!(spoken_sign_before(text, start, start + 1), None, "{text}");
        }
        assert_eq!(
            spoken_sign_before("a negative five-year return", 11, 15),
            None
        );
    }

    #[test]
    fn the_sign_words_of_other_languages_sign_where_a_figure_is_given() {
        fn sign_of(text: &str) -> Option<&str> {
            let start = text.find('5')?;
            spoken_sign_before(text, start, start + 1).map(|at| &text[at..start])
        }
        for (text, sign) in [
            ("Die Temperatur fiel auf minus 5 Grad.", "minus "),
            ("La température est descendue à moins 5 degrés.", "moins "),
            ("La temperatura bajó a menos 5 grados.", "menos "),
            ("La temperatura è scesa a meno 5 gradi.", "meno "),
            ("Температура упала до минус 5 градусов.", "минус "),
            ("Температура впала до мінус 5 градусів.", "мінус "),
        ] {
            assert_eq!(sign_of(text), Some(sign), "{text}");
        }
        // "At least", "more or less", a subtraction: no sign.
        for text in [
            "Il y avait au moins 5 blessés.",
            "Hubo al menos 5 heridos.",
            "Fueron más o menos 5 heridos.",
            "Dieci meno 5 fa cinque.",
            "Zehn minus 5 ist fünf.",
            "a grade of A minus 5 times",
            "the war minus 5 days",
        ] {
            assert_eq!(sign_of(text), None, "{text}");
        }
    }

    /// Number words, their joints and what stands around them in prose.
    fn word_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = vec![
            "one", "twenty", "-", " ", ", ", "hundred", "and", "a", "half", "thousand", "million",
            "point", "five", "nineteen", "ninety", "first", "thirds", "minus", "no", "at", "At",
            "dozen", "nought", "percent", "between", "é", "二", ".", "Two", "-year", "quarters",
            "of", "nineties",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..16).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Every reading starts where it was asked to and ends after it on a character
        /// boundary, and looking back or ahead from any place never panics.
        #[test]
        fn prop_readings_stay_within_the_text(text in word_soup()) {
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                if let Some(spelled) = read(&text, at) {
                    proptest::prop_assert!(spelled.end > at && text.is_char_boundary(spelled.end));
                }
                proptest::prop_assert!(number_start(&text, at) <= at);
                let _ = goes_on_a_number(&text, at);
                let _ = number_goes_on_after(&text, at);
                let _ = is_no_one(&text, at);
                let _ = is_one_of_at_one_point(&text, at);
                let _ = spoken_sign_before(&text, at, at);
            }
        }
    }
}
