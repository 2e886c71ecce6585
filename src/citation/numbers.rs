//! Finding the numbers a text states, for the value check and for `claimcheck coverage`.
//!
//! A number is any of:
//!
//! | written | read as |
//! | --- | --- |
//! | `17`, `7,993`, `11,487.39`, `0771` | a figure (digits, comma thousands separators in groups of three, a decimal part) |
//! | `0.85%`, `40 percent` | a percentage |
//! | `3.29 million`, `1.749 billion`, `21 thousand` | one scaled figure |
//! | `three`, `Nine`, `twenty`, `forty` | a spelled-out whole number: zero to twenty and the tens up to ninety, any case |
//! | `2019` | a year (four digits from 1900 to 2100, no separator) and the figure 2019 |
//! | `November 21`, `November 21st` | a day of a month (a capitalised month name and a day from 1 to 31) |
//! | `November 16 to 22`, `November 16-22` | two days: `November 16` and `22`, a day of the same month |
//! | `18th`, `21st`, `23rd` | an ordinal; from 1st to 31st also a day of an unnamed month |
//!
//! Not numbers: ordinal words (`third`, `Eighteenth`), vague plurals (`hundreds of`,
//! `thousands of`), signs (a `-` before digits is punctuation: `0771-5530647` is two
//! numbers). Digits are numbers wherever they stand, also inside names and codes
//! (`COVID-19`, a licence number): coverage reports them and a reviewer ignores them with
//! a reason.
//!
//! One pass over the text, looking at each byte a bounded number of times: O(n).

use std::ops::Range;

use crate::quantity::Quantity;

/// A number found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the text: `3.29 million`, `November 21`, `82%`.
    pub span: Range<usize>,
    /// The figure it states, when it reads as one (`020`, with its leading zero, and dates
    /// do not).
    pub figure: Option<Quantity>,
    /// The calendar date it names or helps name.
    pub date: Option<DatePart>,
}

/// What a number says about a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// `2019`.
    Year(i32),
    /// `November 21`; also the `22` of `November 16 to 22`.
    MonthDay { month: u8, day: u8 },
    /// `the 21st`: a day of a month the text does not name.
    Day(u8),
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const NUMBER_WORDS: &[&str] = &[
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
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// Spelled ordinals ("the seventh", "the third consecutive year") and multiplicatives
/// ("twice"): numbers an article states in words. They carry no figure: a claim cannot state
/// them as its `value:`, so each is encoded by an ignore entry with its reason. `once` is
/// left out: in running text it mostly means "formerly". An ordinal joined by a hyphen
/// ("third-party", "first-level") is part of a compound word, not a number.
const ORDINAL_WORDS: &[&str] = &[
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
    "hundredth",
    "twice",
    "thrice",
];

/// Words that may follow a figure and belong to it.
const FOLLOWERS: &[&str] = &["percent", "thousand", "million", "billion", "trillion"];

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Every number in `text`, in order of position.
pub fn find_numbers(text: &str) -> Vec<Mention> {
    find_numbers_up_to(text, usize::MAX)
}

/// The first `limit` numbers in `text`, in order of position.
pub fn find_numbers_up_to(text: &str, limit: usize) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < limit {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let (mention, end) = numeral(text, i);
            out.push(mention);
            i = end;
        } else if b.is_ascii_alphabetic() {
            let end = letters_end(bytes, i);
            if starts_word(text, i) && !alphanumeric_at(text, end) {
                i = word(text, i, end, &mut out);
            } else {
                i = end;
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// Reads a word at `start..end`: a month followed by a day, a number word, or neither.
/// Returns where scanning goes on.
fn word(text: &str, start: usize, end: usize, out: &mut Vec<Mention>) -> usize {
    let word = &text[start..end];
    if let Some(month) = MONTHS.iter().position(|m| *m == word) {
        let month = month as u8 + 1;
        if let Some((day, day_end)) = day_after(text, end, true) {
            out.push(Mention {
                span: start..day_end,
                figure: None,
                date: Some(DatePart::MonthDay { month, day }),
            });
            // "November 16 to 22": the second day of the same month.
            if let Some((day_start, day, day_end)) = range_end(text, day_end) {
                out.push(Mention {
                    span: day_start..day_end,
                    figure: Quantity::parse(&text[day_start..day_end]).ok(),
                    date: Some(DatePart::MonthDay { month, day }),
                });
                return day_end;
            }
            return day_end;
        }
        return end;
    }
    let lower = word.to_ascii_lowercase();
    if ORDINAL_WORDS.contains(&lower.as_str()) && !text[end..].starts_with('-') {
        out.push(Mention {
            span: start..end,
            figure: None,
            date: None,
        });
        return end;
    }
    if NUMBER_WORDS.contains(&lower.as_str()) {
        let span_end = follower_end(text, end).unwrap_or(end);
        out.push(Mention {
            span: start..span_end,
            figure: Quantity::parse(&text[start..span_end]).ok(),
            date: None,
        });
        return span_end;
    }
    end
}

/// A numeral starting at `start` (a digit not preceded by one), and where it ends.
fn numeral(text: &str, start: usize) -> (Mention, usize) {
    let bytes = text.as_bytes();
    let mut j = digits_end(bytes, start);
    let int_len = j - start;
    let mut plain = true;
    if int_len <= 3 {
        // Thousands separators: a comma and exactly three digits.
        while bytes.get(j) == Some(&b',') && digits_end(bytes, j + 1) == j + 4 {
            j += 4;
            plain = false;
        }
    }
    if bytes.get(j) == Some(&b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j = digits_end(bytes, j + 1);
        plain = false;
    }
    let number = &text[start..j];
    // An ordinal: 18th, 21st.
    if plain && bytes.get(j).is_some_and(u8::is_ascii_alphabetic) {
        let end = letters_end(bytes, j);
        let suffix = text[j..end].to_ascii_lowercase();
        if ORDINAL_SUFFIXES.contains(&suffix.as_str()) && !alphanumeric_at(text, end) {
            let date = number
                .parse::<u8>()
                .ok()
                .filter(|d| (1..=31).contains(d))
                .map(DatePart::Day);
            return (
                Mention {
                    span: start..end,
                    figure: None,
                    date,
                },
                end,
            );
        }
    }
    let end = if bytes.get(j) == Some(&b'%') {
        j + 1
    } else {
        follower_end(text, j).unwrap_or(j)
    };
    let date = (plain && int_len == 4 && end == j)
        .then(|| number.parse::<i32>().ok())
        .flatten()
        .filter(|year| (1900..=2100).contains(year))
        .map(DatePart::Year);
    (
        Mention {
            span: start..end,
            figure: Quantity::parse(&text[start..end]).ok(),
            date,
        },
        end,
    )
}

/// After a figure ending at `at`: spaces and then `percent` or a scale word, whole; the
/// end of that word.
fn follower_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let word_start = spaces_end(bytes, at);
    if word_start == at {
        return None;
    }
    let word_end = letters_end(bytes, word_start);
    let word = text[word_start..word_end].to_ascii_lowercase();
    (FOLLOWERS.contains(&word.as_str()) && !alphanumeric_at(text, word_end)).then_some(word_end)
}

/// A day of the month after a month name ending at `at`: spaces, one or two digits from 1
/// to 31, and optionally an ordinal suffix.
fn day_after(text: &str, at: usize, need_space: bool) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let start = spaces_end(bytes, at);
    if need_space && start == at {
        return None;
    }
    let end = digits_end(bytes, start);
    if !(1..=2).contains(&(end - start)) {
        return None;
    }
    let day: u8 = text[start..end].parse().ok()?;
    if !(1..=31).contains(&day) || continues_number(bytes, end) {
        return None;
    }
    let after = letters_end(bytes, end);
    if after > end {
        let suffix = text[end..after].to_ascii_lowercase();
        if !ORDINAL_SUFFIXES.contains(&suffix.as_str()) || alphanumeric_at(text, after) {
            return None;
        }
        return Some((day, after));
    }
    Some((day, end))
}

/// `to 22`, `-22`, `– 22` after a day: the second day of a range.
fn range_end(text: &str, at: usize) -> Option<(usize, u8, usize)> {
    let bytes = text.as_bytes();
    let mut i = spaces_end(bytes, at);
    let rest = &text[i..];
    let joiner = ["to ", "-", "\u{2013}", "\u{2014}"]
        .iter()
        .find(|j| rest.starts_with(**j))?;
    i = spaces_end(bytes, i + joiner.len());
    let end = digits_end(bytes, i);
    if !(1..=2).contains(&(end - i)) || continues_number(bytes, end) {
        return None;
    }
    if alphanumeric_at(text, end) {
        return None;
    }
    let day: u8 = text[i..end].parse().ok()?;
    (1..=31).contains(&day).then_some((i, day, end))
}

/// Whether a number ending at `at` goes on: another digit, or a `.`/`,` and a digit.
fn continues_number(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b) if b.is_ascii_digit() => true,
        Some(b'.' | b',') => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// Spaces and tabs only: a figure and its scale word stand on one line.
fn spaces_end(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

/// Whether the character at byte `at` is a letter or digit (any script).
fn alphanumeric_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Whether a word starts at `at`: the character before is not a letter or digit.
fn starts_word(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find_numbers(text)
            .into_iter()
            .map(|m| &text[m.span])
            .collect()
    }

    fn dates(text: &str) -> Vec<Option<DatePart>> {
        find_numbers(text).into_iter().map(|m| m.date).collect()
    }

    #[test]
    fn figures_with_separators_decimals_and_percent_marks_are_one_number() {
        assert_eq!(
            found("5,379 villages, 11,487.39 yuan, 0.85% in 2019, 67 counties"),
            ["5,379", "11,487.39", "0.85%", "2019", "67"]
        );
        assert_eq!(found("99.12% , All"), ["99.12%"]);
        assert_eq!(found("in 2012."), ["2012"]);
    }

    #[test]
    fn scale_words_and_percent_belong_to_their_figure() {
        assert_eq!(
            found("All 3.29 million poor, 1.749 billion yuan, 40 percent, three million"),
            [
                "3.29 million",
                "1.749 billion",
                "40 percent",
                "three million"
            ]
        );
        let mention = &find_numbers("3.29 million")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value,
            rust_decimal::Decimal::from(3_290_000)
        );
    }

    #[test]
    fn number_words_are_whole_words_in_any_case() {
        assert_eq!(
            found("spans three counties; Nine; someone; Five-Year; one by one"),
            ["three", "Nine", "Five", "one", "one"]
        );
        assert_eq!(found("hundreds of thousands, the year"), Vec::<&str>::new());
    }

    #[test]
    fn months_with_a_day_are_dates() {
        assert_eq!(found("On November 20, the"), ["November 20"]);
        assert_eq!(
            dates("On November 20, the"),
            [Some(DatePart::MonthDay { month: 11, day: 20 })]
        );
        assert_eq!(found("May I say; in May"), Vec::<&str>::new());
        assert_eq!(found("November 2019"), ["2019"]);
    }

    #[test]
    fn a_day_range_names_two_days_of_one_month() {
        assert_eq!(found("From November 16 to 22, in"), ["November 16", "22"]);
        assert_eq!(
            dates("From November 16 to 22, in")[1],
            Some(DatePart::MonthDay { month: 11, day: 22 })
        );
    }

    #[test]
    fn spelled_ordinals_and_multiplicatives_are_numbers_but_not_in_compounds() {
        assert_eq!(
            found(
                "the seventh Day, the third consecutive year, done twice; a third-party agency, the Eighteenth Congress"
            ),
            ["seventh", "third", "twice", "Eighteenth"]
        );
        assert!(find_numbers("the seventh")[0].figure.is_none());
        assert_eq!(found("there were once problems"), Vec::<&str>::new());
    }

    #[test]
    fn ordinals_are_numbers_and_small_ones_days() {
        assert_eq!(found("the 18th Congress, on the 21st"), ["18th", "21st"]);
        assert_eq!(dates("on the 21st"), [Some(DatePart::Day(21))]);
        assert_eq!(dates("the 45th"), [None]);
        assert!(find_numbers("the 21st")[0].figure.is_none());
    }

    #[test]
    fn years_are_four_plain_digits_from_1900_to_2100() {
        assert_eq!(dates("in 2019"), [Some(DatePart::Year(2019))]);
        assert_eq!(dates("2,019 and 3000 and 2019.5"), [None, None, None]);
        assert!(find_numbers("in 2019")[0].figure.is_some());
    }

    #[test]
    fn digits_in_codes_are_numbers_without_signs() {
        assert_eq!(found("hotline: 0771-5530647"), ["0771", "5530647"]);
        assert!(find_numbers("No. 020")[0].figure.is_none(), "leading zero");
        assert_eq!(found("COVID-19 and 3+1"), ["19", "3", "1"]);
    }

    #[test]
    fn non_ascii_text_is_skipped_safely() {
        assert_eq!(found("云南 88 个县，三"), ["88"]);
    }
}
