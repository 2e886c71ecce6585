//! Dates and times of day among a text's numbers: a day and its month (`November 21`,
//! `21 novembre`, `十一月二十日`, `21.11.2020`), a year, a fiscal year (`2024/25`), and a time of
//! day, which states no figure. What [`super::find_numbers`] reads as a date is in the table
//! of the module above.

use super::Language;
use super::digits::{decimal_digit, percent_sign_end};
use super::language::{AZERBAIJANI_OR_UZBEK, SERBO_CROATIAN};
use super::scales::{follower_end, is_follower_space};
use super::{
    Mention, ORDINAL_SUFFIXES, Separators, alphanumeric_at, continues_number, digits_end,
    letters_end, silent_mention, small_number, spaces_after, spaces_end, starts_word,
};
use crate::date::{MONTH_NAMES, MonthStyle};
use crate::quantity::Quantity;
use std::ops::Range;

/// What a number says about a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    /// `2019`.
    Year(i32),
    /// `November 21`; also the `22` of `November 16 to 22`.
    MonthDay { month: u8, day: u8 },
    /// `the 21st`: a day of a month the text does not name.
    Day(u8),
    /// `05/06/2020`: a day and a month written in digits in an order the text does not tell,
    /// both 12 or below: the `first` month's `second` day (May 6) or the `second` month's
    /// `first` day (5 June).
    MonthDayEitherWay { first: u8, second: u8 },
    /// `2024/25`, `2024-25`, `FY2024-25`: a fiscal year (as the United Kingdom, India or
    /// Australia write it) that begins in this year and ends in the next, whose last two
    /// digits are written after it.
    FiscalYear(i32),
}

/// The years a date may name in digits, alone (`2019`) or in a date (`21.11.2020`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The English name of `month` (1 to 12).
pub fn month_name(month: u8) -> &'static str {
    MONTH_NAMES
        .get(usize::from(month).wrapping_sub(1))
        .filter(|&&(_, number, style)| number == month && style == MonthStyle::English)
        .map_or("", |&(name, _, _)| name)
}

/// Whether a byte begins one of [`MONTH_NAMES`], in either case: most words after a figure
/// ("13 villages") are no month, and one lookup tells.
static MONTH_INITIALS: [bool; 256] = {
    let mut initials = [false; 256];
    let mut i = 0;
    while i < MONTH_NAMES.len() {
        let first = MONTH_NAMES[i].0.as_bytes()[0];
        initials[first.to_ascii_lowercase() as usize] = true;
        initials[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    initials
};

/// The entries of [`MONTH_NAMES`] by the first byte of their names, an ASCII letter in
/// lowercase: those of the byte `b` are `.1[.0[b]...0[b + 1]]`, in the table's order. A word
/// before or after a figure is compared with the few names that begin as it does, not with
/// all of them.
static MONTHS_BY_INITIAL: ([u16; 257], [u16; MONTH_NAMES.len()]) = {
    let mut starts = [0u16; 257];
    let mut i = 0;
    while i < MONTH_NAMES.len() {
        let first = MONTH_NAMES[i].0.as_bytes()[0].to_ascii_lowercase();
        starts[first as usize + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < 256 {
        starts[b + 1] += starts[b];
        b += 1;
    }
    let mut next = starts;
    let mut entries = [0u16; MONTH_NAMES.len()];
    i = 0;
    while i < MONTH_NAMES.len() {
        let first = MONTH_NAMES[i].0.as_bytes()[0].to_ascii_lowercase() as usize;
        entries[next[first] as usize] = i as u16;
        next[first] += 1;
        i += 1;
    }
    (starts, entries)
};

/// Whether `word` is one of [`MONTH_NAMES`] or their abbreviations, in any case.
fn is_month_name_in_any_case(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if !MONTH_INITIALS[usize::from(first)] {
        return false;
    }
    let is_name = |name: &str| {
        // Lowercasing keeps the length of every month name; the first letters tell
        // most names apart at once, those of ASCII without lowercasing (an ASCII letter
        // is never another script's in either case).
        let same_initial = || {
            let initial = name.as_bytes()[0];
            if initial.is_ascii() || first.is_ascii() {
                return initial.eq_ignore_ascii_case(&first);
            }
            let lower = |text: &str| text.chars().next().map(char::to_lowercase);
            lower(name)
                .into_iter()
                .flatten()
                .eq(lower(word).into_iter().flatten())
        };
        name.len() == word.len()
            && same_initial()
            && (name.eq_ignore_ascii_case(word)
                || (!name.is_ascii()
                    && name
                        .chars()
                        .flat_map(char::to_lowercase)
                        .eq(word.chars().flat_map(char::to_lowercase))))
    };
    // A word of an ASCII initial is compared with the names of that initial only; another
    // script's capital may begin with another byte than its small letter (`С`, `с`).
    let named = if first.is_ascii() {
        let (starts, entries) = &MONTHS_BY_INITIAL;
        let bucket = usize::from(first.to_ascii_lowercase());
        entries[usize::from(starts[bucket])..usize::from(starts[bucket + 1])]
            .iter()
            .any(|&entry| is_name(MONTH_NAMES[usize::from(entry)].0))
    } else {
        MONTH_NAMES.iter().any(|&(name, _, _)| is_name(name))
    };
    named || is_month_stem_with_ending(word)
}

/// Whether `word` is a Georgian, Kazakh, Azerbaijani or Uzbek month's stem and a case
/// ending (`აგვისტოს`, `желтоқсанда`, `noyabrda`): Georgian is a script without capitals,
/// and the others write their months in lowercase. A word of an ASCII initial is compared
/// with the names of that initial only.
fn is_month_stem_with_ending(word: &str) -> bool {
    let is_stem_of = |&(name, _, style): &(&str, u8, MonthStyle)| {
        style == MonthStyle::DayBeforeStem
            && word.strip_prefix(name).is_some_and(|ending| {
                crate::date::month_word_rest(style, name, ending) == Some(ending.len())
            })
    };
    match word.as_bytes().first() {
        Some(first) if first.is_ascii_lowercase() => {
            let (starts, entries) = &MONTHS_BY_INITIAL;
            let bucket = usize::from(*first);
            entries[usize::from(starts[bucket])..usize::from(starts[bucket + 1])]
                .iter()
                .any(|&entry| is_stem_of(&MONTH_NAMES[usize::from(entry)]))
        }
        _ => {
            (crate::date::is_georgian(word) || crate::date::is_cyrillic(word))
                && MONTH_NAMES.iter().any(is_stem_of)
        }
    }
}

/// Whether the digits at `start..end` of `text`, in any case (the value check looks in a
/// lowercased quote), may be the day or the month of a date that [`find_numbers`](super::find_numbers) reads:
/// one or two digits beside a date's separator and a digit (`21/11`, `11/21`, `2020-11-21`)
/// or beside a month's name (`21 November`, `21. November`, `21 de noviembre`, `November
/// 21`, `Nov. 21`), or before a month's or day's sign (`11月21日`). A cheap test that holds for more than the dates read (`21 may rise`,
/// `pages 10-12`): where it holds, the figures as read tell. Looks at a word on each side.
pub fn may_be_in_a_date(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if !(1..=2).contains(&(end - start)) || !bytes[start..end].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let is_separator = |b: u8| matches!(b, b'/' | b'-' | b'.');
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    if bytes.get(end).is_some_and(|&b| is_separator(b)) && digit_at(end + 1) {
        return true;
    }
    if start >= 2 && is_separator(bytes[start - 1]) && digit_at(start - 2) {
        return true;
    }
    // `11月21日`, `11월 21일`: a month's or a day's sign after it.
    if text[end..].starts_with(['月', '日', '월', '일'])
        || cjk_first_month_of_range(text, end).is_some()
    {
        return true;
    }
    fn word_after(from: &str) -> Option<(&str, &str)> {
        let word = from.trim_start_matches(is_follower_space);
        let word_end = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        (word.len() < from.len()).then(|| word.split_at(word_end))
    }
    // After it: `21 November`, `21. November` (German), `21 de noviembre`, `21 of November`,
    // `21 d'abril` (Catalan), and after a hyphen `5-dekabr` (Uzbek).
    let after = &text[end..];
    if let Some(word) = after.strip_prefix('-')
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        let word_end = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        if is_month_name_in_any_case(&word[..word_end]) {
            return true;
        }
    }
    if let Some((word, rest)) = word_after(after.strip_prefix('.').unwrap_or(after)) {
        let elided = word
            .eq_ignore_ascii_case("d")
            .then(|| rest.strip_prefix(['\'', '\u{2019}']))
            .flatten();
        let name = if let Some(name) = elided {
            name.split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
        } else if word.eq_ignore_ascii_case("de") || word.eq_ignore_ascii_case("of") {
            word_after(rest).map_or("", |(name, _)| name)
        } else {
            word
        };
        if is_month_name_in_any_case(name) {
            return true;
        }
    }
    // Before it: `November 21`, `Nov. 21`.
    let before = text[..start].trim_end_matches(is_follower_space);
    if before.len() == start {
        return false;
    }
    let with_point = before;
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    // A Hungarian abbreviation keeps its point (`szept. 14.`).
    is_month_name_in_any_case(&before[word_start..])
        || (with_point.len() > before.len() && is_month_name_in_any_case(&with_point[word_start..]))
}

/// The month named at `at` in one of `styles`, as a whole word: its month, where its name
/// ends (with the case ending of a Georgian stem), and its style. Names of
/// [`MonthStyle::AfterDe`] and [`MonthStyle::DayAfter`] are read capitalised too, as a
/// sentence may begin with them.
pub(super) fn month_at(
    text: &str,
    at: usize,
    styles: &[MonthStyle],
) -> Option<(u8, usize, MonthStyle)> {
    let rest = text.get(at..)?;
    let first = *rest.as_bytes().first()?;
    let (starts, entries) = &MONTHS_BY_INITIAL;
    let bucket = usize::from(first.to_ascii_lowercase());
    let names = &entries[usize::from(starts[bucket])..usize::from(starts[bucket + 1])];
    names.iter().find_map(|&entry| {
        let (name, month, style) = MONTH_NAMES[usize::from(entry)];
        // The first letter before the rest: most names begin otherwise.
        let initial = name.as_bytes()[0];
        let capitalisable = matches!(style, MonthStyle::AfterDe | MonthStyle::DayAfter);
        let capitalised = capitalisable && first == initial.to_ascii_uppercase();
        if (first != initial && !capitalised) || !styles.contains(&style) {
            return None;
        }
        let written = rest.get(..name.len())?;
        // By bytes: the first may begin a character of several (`Ş`, `а`), and its capital
        // (`Április`) another of the same first byte.
        let same = written.as_bytes()[1..] == name.as_bytes()[1..]
            || (capitalisable && !initial.is_ascii() && {
                let mut written = written.chars();
                let mut name = name.chars();
                written
                    .next()
                    .into_iter()
                    .flat_map(char::to_lowercase)
                    .eq(name.next())
                    && written.as_str() == name.as_str()
            });
        if !same {
            return None;
        }
        let end = at + name.len();
        let ending = crate::date::month_word_rest(style, name, &text[end..])?;
        Some((month, end + ending, style))
    })
}

/// A day of the month after a month name ending at `at`: spaces, one or two digits from 1
/// to 31, and optionally an ordinal suffix; or one or two digits of another script
/// (`စက်တင်ဘာ ၁၃`, `டிசம்பர் ௧௯`).
pub(super) fn day_after(text: &str, at: usize, need_space: bool) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let start = spaces_end(bytes, at);
    if need_space && start == at {
        return None;
    }
    if !bytes.get(start).is_some_and(u8::is_ascii) {
        let (day, end) = one_or_two_digits(text, start)?;
        return (1..=31).contains(&day).then_some((day, end));
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
pub(super) fn range_end(text: &str, at: usize) -> Option<(usize, u8, usize)> {
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

/// A date starting at `start`, where a figure would (ASCII digits, not preceded by a digit):
/// pushes its numbers onto `out` and returns where scanning goes on.
///
/// - a day before a month name: `21 November`, `21 Nov`, `21st of November`, `21. November`
///   (German), `21 novembre`, `1er novembre` (French, Italian, Dutch), `21 de noviembre`
///   (Spanish, Portuguese), and a range of days before one: `16 to 22 November`,
///   `16-22 novembre` (see [`month_after_day`]);
/// - a date in digits with a four-digit year: `2020-11-21`, `2020/11/21`, `2020.11.21` (the
///   year first, then the month), `21.11.2020` (the day first, as German and Russian write
///   it), `21/11/2020`, `11/21/2020`, `21-11-2020` (the part above 12 is the day; when both
///   are 12 or below, [`DatePart::MonthDayEitherWay`]). Its day and month are one number,
///   never a decimal (`21.11`), and its year another, read as a year alone is, as in
///   `November 21, 2020`.
///
/// Runs before most figures of every text, so it allocates nothing unless it finds a date.
pub(super) fn date_at(
    text: &str,
    start: usize,
    language: Language,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    if let Some(date_end) = cjk_month_day(text, start, out) {
        return Some(date_end);
    }
    if !bytes[start].is_ascii() {
        // A day in the digits of another script before its month's name (`৮ এপ্রিল`, `۸
        // آوریل`, `٨ أبريل`).
        let (day, end) = one_or_two_digits(text, start)?;
        if !(1..=31).contains(&day) || text[end..].starts_with(|c| decimal_digit(c).is_some()) {
            return None;
        }
        let (month, month_end) = month_after_day(text, end, day, language)?;
        out.push(date_mention(start..month_end, None, month, day));
        return Some(month_end);
    }
    let end = digits_end(bytes, start);
    if end - start == 4
        && let Some(marker) = fiscal_year_marker_before(text, start)
    {
        // `FY2024-25`; `FY2024` alone stays a figure written onto a word, a code.
        return fiscal_year(text, marker, start, end, out);
    }
    if !matches!(end - start, 1 | 2 | 4) || !date_may_start(text, start) {
        return None;
    }
    let number = small_number(&bytes[start..end]);
    if end - start == 4 {
        return year_first_date(text, start, end, number, out)
            .or_else(|| fiscal_year(text, start, start, end, out));
    }
    let first = u8::try_from(number).ok().filter(|n| (1..=31).contains(n))?;
    numeric_date(text, start, end, first, out)
        .or_else(|| dotted_day_month(text, start, end, first, out))
        .or_else(|| day_range_before_month(text, start, end, first, language, out))
        .or_else(|| {
            let (month, month_end) = month_after_day(text, end, first, language)?;
            out.push(date_mention(start..month_end, None, month, first));
            Some(month_end)
        })
}

/// `11月21日` (Chinese, Japanese), `11월 21일` (Korean): the month at `start..end`, its sign,
/// then the day and its sign. The month's sign follows its digits directly, as it does in
/// a date and not in a duration (`3个月`, `3か月`, `3개월`); a CJK character may stand just
/// before (`2020年11月21日`, `政府11月21日宣布`), as words are not spaced. Pushes the month
/// and day as one number.
fn cjk_month_day(text: &str, start: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let (month, end) = one_or_two_digits(text, start)?;
    let month = Some(month).filter(|month| (1..=12).contains(month))?;
    let after = &text[end..];
    let Some(after) = after
        .strip_prefix('月')
        .or_else(|| after.strip_prefix('월'))
    else {
        let range_end = cjk_first_month_of_range(text, end)?;
        out.push(silent_mention(start..range_end));
        return Some(range_end);
    };
    let month_end = text.len() - after.len();
    let spaced = after.trim_start_matches(' ');
    let day_start = text.len() - spaced.len();
    let day = one_or_two_digits(text, day_start).filter(|(day, _)| (1..=31).contains(day));
    let rest = day.map(|(_, day_end)| &text[day_end..]);
    match (
        day,
        rest.and_then(|rest| rest.strip_prefix('日').or_else(|| rest.strip_prefix('일'))),
    ) {
        (Some((day, _)), Some(rest)) => {
            let date_end = text.len() - rest.len();
            out.push(date_mention(start..date_end, None, month, day));
            Some(date_end)
        }
        // A month alone (`3月`, `2020年11月`): no figure, though no day to date it by.
        _ => {
            out.push(silent_mention(start..month_end));
            Some(month_end)
        }
    }
}

/// The day of the month that the one or two digits at `start..end` write before the sign of
/// a day, in Chinese, Japanese or Korean: `３日`, `23日`, `3일` ("on the 3rd": a date alone, as
/// news writes the day of an event in the month of its publication). Not before the words
/// that make the days a length of time or a count (`3日間`, `3日以内`, `3日後`, `3日前`,
/// `3日目`, `3日ぶり`, `3일간`, `3天`), nor after a month (read with it, [`cjk_month_day`]).
pub(super) fn day_before_its_sign(text: &str, start: usize, end: usize) -> Option<u8> {
    const DAYS_COUNTED: &[char] = &[
        '間', '间', '以', '内', '內', '後', '后', '前', '目', '半', '余', '多', '連', '连', 'ぶ',
        '分', '来', '來', '간', '째', '동', '만',
    ];
    let (day, digits_end) = one_or_two_digits(text, start)?;
    let rest = text[end..]
        .strip_prefix('日')
        .or_else(|| text[end..].strip_prefix('일'))?;
    let counted = rest.trim_start_matches(' ').starts_with(DAYS_COUNTED);
    (digits_end == end && (1..=31).contains(&day) && !counted).then_some(day)
}

/// Where the range of months ends that the month at `..end` opens, the last one carrying
/// the sign: `3至5月`, `3到5月`, `3～5月`, `3-5월` (March to May).
fn cjk_first_month_of_range(text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    let connector = ['至', '到', '～', '〜', '~', '-', '–', '—']
        .into_iter()
        .find(|&c| after.starts_with(c))?;
    let (month, month_end) = one_or_two_digits(text, end + connector.len_utf8())?;
    let sign = text[month_end..].chars().next()?;
    ((1..=12).contains(&month) && matches!(sign, '月' | '월')).then(|| month_end + sign.len_utf8())
}

/// The number of one or two decimal digits of one script at `at` (`11`, `１１`, not `123`),
/// and where they end: a month or a day.
fn one_or_two_digits(text: &str, at: usize) -> Option<(u8, usize)> {
    let mut chars = text[at..].chars();
    let first = chars.next()?;
    let tens = decimal_digit(first)?;
    let mut end = at + first.len_utf8();
    let mut number = tens;
    if let Some(second) = chars.next()
        && let Some(units) = decimal_digit(second)
    {
        // Two scripts in one number are no number of either: their zeros differ.
        let zero = |c: char, digit: u8| u32::from(c) - u32::from(digit);
        if zero(first, tens) != zero(second, units) {
            return None;
        }
        number = tens * 10 + units;
        end += second.len_utf8();
    }
    let goes_on = text[end..].chars().next().and_then(decimal_digit).is_some();
    (!goes_on).then_some((number, end))
}

/// The words after an hour and its minutes that make them a time of day, after a space or
/// written onto them, in any case (the value check reads a lowercased quote): the clock's
/// (`a.m.`, `am`, `o'clock`, `Uhr`) and the time zones news writes after a time (`UTC`, `CET`,
/// Indonesia's `WIB`, `WITA` and `WIT`). Not `EST` or `IST`, which are also the French and
/// German "is". `am` in lowercase before a capitalised word is German ("am Sonntag").
const CLOCK_WORDS: [&str; 27] = [
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "o'clock",
    "o\u{2019}clock",
    "uhr",
    "utc",
    "gmt",
    "cet",
    "cest",
    "eet",
    "eest",
    "bst",
    "msk",
    "jst",
    "kst",
    "wib",
    "wita",
    "wit",
    "edt",
    "cdt",
    "mdt",
    "pdt",
    "cst",
    "mst",
    "pst",
];

/// The words for an hour after an hour and its minutes, in any case: a time of day
/// (`14.30 h`, `14.30 horas`, `om 9.30 uur`), but also the unit of a duration (`2.50 h`,
/// `2.50 horas`, where Mexico writes a decimal point), so that after a point they make a time
/// only of an hour written in two digits, or after a word of [`HOUR_WORDS_BEFORE`].
const HOUR_WORDS_AFTER: [&str; 8] = ["h", "hs", "hrs", "heures", "horas", "uur", "godz.", "godz"];

/// The words before an hour that make `14:30` a time of day (`at 14:30`, `um 14:30`, `в
/// 14:30`, `until 14:30`), besides those of [`HOUR_WORDS_BEFORE`] (`à 14:30`, `a las 14:30`,
/// `alle 14:30`, `om 14:30`, `kl. 14:30`). Before an hour and minutes written with a point
/// they make no time: the point may be a decimal one, and these words also go before a
/// price, a level or a change (`closed at 14.30`, `stieg um 12.50`, `bis 14.50`).
const TIME_WORDS_BEFORE: [&str; 10] = [
    "at", "um", "в", "until", "till", "ab", "bis", "gegen", "vers", "desde",
];

/// The words before an hour that give a time of day and nothing else, so that an hour and
/// its minutes after them are a time written with a point as with a colon: the words for
/// "hour" or "clock" (Polish `godz.`, `godzina`, Indonesian and Malay `pukul`, `pk.` and `jam`,
/// Italian `ore`, Turkish `saat`, Finnish `klo` and `kello`, Swedish, Danish and Norwegian
/// `kl.`, `klockan`, `klokken`), the articles Romance languages put before an hour, as hours
/// are feminine and plural there (Italian `alle` and `dalle`, Portuguese `às`, Spanish `las`
/// of `a las`), the Dutch `om` and the French `à`, whose articles write decimals with a
/// comma.
const HOUR_WORDS_BEFORE: [&str; 24] = [
    "godz.",
    "godz",
    "godzina",
    "godzinie",
    "godziny",
    "godzinach",
    "pukul",
    "pk.",
    "jam",
    "ore",
    "alle",
    "dalle",
    "às",
    "las",
    "saat",
    "klo",
    "kello",
    "kl.",
    "kl",
    "klockan",
    "klokka",
    "klokken",
    "om",
    "à",
];

/// Whether one of `words` (lowercase) stands before `start`, in any case.
fn word_before_is(text: &str, start: usize, words: &[&str]) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start {
        return false;
    }
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .to_lowercase();
    words.contains(&word.as_str())
}

/// After an hour and its minutes ending at `at`: one of `words` (lowercase), after a space
/// or written onto them, ending its word, in any case; where it ends.
fn word_after(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = &text[at..];
    let word = rest.strip_prefix(' ').unwrap_or(rest);
    let word_start = text.len() - word.len();
    words.iter().find_map(|&wanted| {
        let end = word_start + wanted.len();
        let written = word.get(..wanted.len())?;
        let german_am = written == "am"
            && text[end..]
                .strip_prefix(' ')
                .is_some_and(|next| next.starts_with(char::is_uppercase));
        (written.eq_ignore_ascii_case(wanted) && !alphanumeric_at(text, end) && !german_am)
            .then_some(end)
    })
}

/// Whether an amount goes on after the figure ending at `at`, which makes it no time of day
/// whatever word stands before it: a letter or a digit written onto it, or a point or a
/// comma and a digit (`14.30.5`), a percent sign, a scale or percent word, or a currency
/// sign (`à 14.30 €`).
fn amount_goes_on(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let rest = text[at..].trim_start_matches(is_follower_space);
    alphanumeric_at(text, at)
        || (matches!(bytes.get(at), Some(b'.' | b',' | b':'))
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
        || percent_sign_end(text, at).is_some()
        || follower_end(text, at).is_some()
        || rest.starts_with(super::CURRENCY_SIGNS)
}

/// Whether `written`, a number as [`find_numbers`](super::find_numbers) read it, is a month
/// without its day in Chinese, Japanese or Korean (`3月`, `11월`, `3至5月`): a month as
/// "in March" names it, which states no figure and no day ([`cjk_month_day`]).
pub fn is_month_alone(written: &str, mention: &Mention) -> bool {
    mention.figure.is_none()
        && mention.date.is_none()
        && written.starts_with(|c: char| decimal_digit(c).is_some())
        && written.ends_with(['月', '월'])
}

/// Whether the digits at `start` of `text` are the hour or the minutes of a time of day
/// ([`time_of_day_end`]): `5` of `5 p.m.`, `30` of `14:30`.
pub fn in_time_of_day(text: &str, start: usize) -> bool {
    if time_of_day_end(text, start).is_some() {
        return true;
    }
    let Some(before) = text[..start].strip_suffix([':', '.']) else {
        return false;
    };
    let bytes = before.as_bytes();
    let hour_digits = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let hour_start = before.len() - hour_digits;
    matches!(hour_digits, 1 | 2) && time_of_day_end(text, hour_start).is_some_and(|end| end > start)
}

/// At `start`, where ASCII digits begin: a time of day written with its minutes, a number
/// that states no figure (neither 14 nor 30 nor 14.3); where it ends. An hour and its
/// minutes after a colon, with seconds, a word of [`CLOCK_WORDS`] or [`HOUR_WORDS_AFTER`]
/// after it or one of [`TIME_WORDS_BEFORE`] or [`HOUR_WORDS_BEFORE`] before it (`9:05:30`,
/// `14:30 Uhr`, `at 14:30`). Not a score, a ratio, a scale or a verse (`3:1`, `1:20`,
/// `1:25,000`, `16:10`, `Genesis 1:27`). Or, an hour of the clock (0 to 23, or 24.00) and its
/// minutes after a point, which is also a decimal one: before a clock word (`14.30 Uhr`,
/// `2.15 p.m.`, `22.30 WIB`), before a word for an hour after an hour of two digits (`14.30
/// h`; `2.50 h` is a duration), or after a word of [`HOUR_WORDS_BEFORE`] with no amount after
/// it ([`amount_goes_on`]: `o godz. 14.30`, `pukul 9.30`, `alle 14.30`; not `à 14.30 €`), and
/// either end of a range of times whose other end is one (`godz. 10.00-14.00`, `08.00–10.00
/// WIB`). A plain `14.30`, or one after `at` (`closed at 14.30`), is a figure. An hour alone is read as
/// its figure (`5 p.m.` states 5, as `17h` states 17): a claim may give the hour a place
/// closes at.
pub(super) fn time_of_day_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let hour_end = digits_end(bytes, start);
    let hour_digits = hour_end - start;
    if !matches!(hour_digits, 1 | 2) || small_number(&bytes[start..hour_end]) > 24 {
        return None;
    }
    // Minutes, and seconds, of two digits each after a separator.
    let minutes_end = |at: usize, separator: u8| {
        (bytes.get(at) == Some(&separator)
            && digits_end(bytes, at + 1) == at + 3
            && small_number(&bytes[at + 1..at + 3]) < 60)
            .then_some(at + 3)
    };
    if let Some(mut end) = minutes_end(hour_end, b':') {
        let mut seconds = false;
        if let Some(seconds_end) = minutes_end(end, b':') {
            end = seconds_end;
            seconds = true;
        }
        // `14:30:5` or `14:305` goes on as something else.
        if alphanumeric_at(text, end) || matches!(bytes.get(end), Some(b':' | b',')) {
            return None;
        }
        // Without seconds or a clock word, only after a word that gives a time (`at 14:30`,
        // `um 14:30`): elsewhere it may be a ratio, a scale or a verse (`1:20`, `16:10`,
        // `Genesis 1:27`), two figures.
        let clock_end = word_after(text, end, &CLOCK_WORDS)
            .or_else(|| word_after(text, end, &HOUR_WORDS_AFTER));
        let time_word_before = || {
            word_before_is(text, start, &TIME_WORDS_BEFORE)
                || word_before_is(text, start, &HOUR_WORDS_BEFORE)
        };
        return match clock_end {
            Some(clock_end) => Some(clock_end),
            None if seconds || time_word_before() => Some(end),
            None => None,
        };
    }
    time_with_a_point_end(text, start, true)
}

/// At `start`, where ASCII digits begin: an hour of the clock and its minutes after a point
/// that are a time of day (see [`time_of_day_end`]); where it ends. With `in_a_range`, also
/// an end of a range of times whose other end, after or before a dash, is one on its own
/// (`godz. 10.00-14.00`, `08.00–10.00 WIB`).
fn time_with_a_point_end(text: &str, start: usize, in_a_range: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let hour_end = digits_end(bytes, start);
    let hour_digits = hour_end - start;
    if !matches!(hour_digits, 1 | 2)
        || bytes.get(hour_end) != Some(&b'.')
        || digits_end(bytes, hour_end + 1) != hour_end + 3
    {
        return None;
    }
    let end = hour_end + 3;
    let (hour, minutes) = (
        small_number(&bytes[start..hour_end]),
        small_number(&bytes[hour_end + 1..end]),
    );
    if minutes > 59 || hour > 24 || (hour == 24 && minutes > 0) {
        return None;
    }
    let hour_word_before = word_before_is(text, start, &HOUR_WORDS_BEFORE)
        || (in_a_range && (time_before_a_dash(text, start) || time_after_a_dash(text, end)));
    let clock_end = word_after(text, end, &CLOCK_WORDS).or_else(|| {
        (hour_digits == 2 || hour_word_before)
            .then(|| word_after(text, end, &HOUR_WORDS_AFTER))
            .flatten()
    });
    match clock_end {
        Some(clock_end) => Some(clock_end),
        None if hour_word_before && !amount_goes_on(text, end) => Some(end),
        None => None,
    }
}

/// Whether a dash (or an en dash), with spaces or none, and a time of day written with a
/// point stand after `at`: the range's second end (`10.00-14.00 WIB`).
fn time_after_a_dash(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(' ');
    let Some(rest) = rest.strip_prefix(['-', '\u{2013}']) else {
        return false;
    };
    let second = text.len() - rest.trim_start_matches(' ').len();
    time_with_a_point_end(text, second, false).is_some()
}

/// Whether a time of day written with a point, and a dash (or an en dash) with spaces or
/// none, stand right before `at`: the range's first end (`godz. 10.00-14.00`).
fn time_before_a_dash(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let Some(before) = before.strip_suffix(['-', '\u{2013}']) else {
        return false;
    };
    let before = before.trim_end_matches(' ');
    // `14.30`: at most two digits, a point and two digits.
    let written = before
        .bytes()
        .rev()
        .take(5)
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let first = before.len() - written;
    first < before.len()
        && !text[..first].ends_with(|c: char| c.is_ascii_digit() || c == '.')
        && time_with_a_point_end(text, first, false) == Some(before.len())
}

/// A mention of the `month`'s `day` at `span`.
pub(super) fn date_mention(
    span: Range<usize>,
    figure: Option<Quantity>,
    month: u8,
    day: u8,
) -> Mention {
    Mention {
        span,
        figure,
        date: Some(DatePart::MonthDay { month, day }),
        also: None,
        separators: Separators::Silent,
    }
}

/// The mention of a year at `span`, alone or the first of a fiscal year (`date`), whose
/// figure is the year as written at `year_at`, as a year alone is a figure.
fn year_mention(text: &str, span: Range<usize>, year_at: Range<usize>, date: DatePart) -> Mention {
    Mention {
        span,
        figure: Quantity::parse(&text[year_at]).ok(),
        date: Some(date),
        also: None,
        separators: Separators::Silent,
    }
}

/// Whether a date may start at `at`: not written onto a word (`v2.11.2020`), nor after a
/// separator that follows digits, as the later parts of a longer code (`1.21.11.2020`).
fn date_may_start(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',' | '/' | '-' | ':') => !before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

/// Whether a date in digits ending at `at` goes on as a longer code: a letter or a digit,
/// or a separator and a digit (`21.11.2020.5`, `2020-11-21-3`).
fn code_goes_on(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    alphanumeric_at(text, at)
        || (matches!(bytes.get(at), Some(b'.' | b',' | b'/' | b'-'))
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
}

/// After `at`: `separator`, then one or two ASCII digits; the number and where it ends.
fn part_after(bytes: &[u8], at: usize, separator: u8) -> Option<(u8, usize)> {
    if bytes.get(at) != Some(&separator) {
        return None;
    }
    let end = digits_end(bytes, at + 1);
    (1..=2)
        .contains(&(end - at - 1))
        .then(|| (small_number(&bytes[at + 1..end]) as u8, end))
}

/// `2020-11-21`, `2020/11/21`, `2020.11.21`: the year `year` at `start..end`, then a month
/// and a day. Pushes the year and the month and day as two numbers.
fn year_first_date(
    text: &str,
    start: usize,
    end: usize,
    year: u32,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let year = i32::try_from(year)
        .ok()
        .filter(|year| YEARS.contains(year))?;
    let separator = *bytes.get(end).filter(|b| matches!(b, b'-' | b'/' | b'.'))?;
    let (month, month_end) = part_after(bytes, end, separator)?;
    let (day, day_end) = part_after(bytes, month_end, separator)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || code_goes_on(text, day_end) {
        return None;
    }
    out.push(year_mention(
        text,
        start..end,
        start..end,
        DatePart::Year(year),
    ));
    out.push(date_mention(end + 1..day_end, None, month, day));
    Some(day_end)
}

/// `FY` written onto the year at `at`, as a word of its own (not `XFY2024`): where it
/// starts.
fn fiscal_year_marker_before(text: &str, at: usize) -> Option<usize> {
    let marker = at.checked_sub(2)?;
    (text.get(marker..at) == Some("FY") && starts_word(text, marker)).then_some(marker)
}

/// The separators of a fiscal year's two years: a slash, a hyphen or an en dash
/// (`2024/25`, `2024-25`, `2024–25`).
const FISCAL_YEAR_SEPARATORS: [&str; 3] = ["/", "-", "\u{2013}"];

/// `2024/25`, `2024-25`, `2024–25`, `FY2024-25`: the year at `start..end` (four digits in
/// [`YEARS`]), a [separator](FISCAL_YEAR_SEPARATORS) and the next year's last two digits
/// (`1999/00`), read from `from` (`start`, or the `FY` before it). One number, a
/// [`DatePart::FiscalYear`] whose figure is its first year, as a year alone is: the two
/// digits after it are no figure, as a date's day and month are none. Only the next year:
/// `2024/26` and `2024-2025` are two numbers, and `10/11` is no year. Not in a longer code
/// or figure (`2024/25/26`, `2024-25,000`), nor before a percent or scale word, where the
/// digits are a figure of their own (`2019-20%`, `2019-20 million`).
pub(super) fn fiscal_year(
    text: &str,
    from: usize,
    start: usize,
    end: usize,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let year = i32::try_from(small_number(&bytes[start..end]))
        .ok()
        .filter(|year| YEARS.contains(year))?;
    let rest = &text[end..];
    let separator = FISCAL_YEAR_SEPARATORS
        .iter()
        .find(|separator| rest.starts_with(**separator))?;
    let short_start = end + separator.len();
    let short_end = digits_end(bytes, short_start);
    if short_end - short_start != 2
        || small_number(&bytes[short_start..short_end]) as i32 != (year + 1) % 100
        || code_goes_on(text, short_end)
        || percent_sign_end(text, short_end).is_some()
        || follower_end(text, short_end).is_some()
    {
        return None;
    }
    out.push(year_mention(
        text,
        from..short_end,
        start..end,
        DatePart::FiscalYear(year),
    ));
    Some(short_end)
}

/// `21.11.2020`, `21/11/2020`, `11/21/2020`, `21-11-2020`: the number `first` at
/// `start..end`, another of one or two digits, and a year of four, apart by one separator.
/// Pushes the day and month as one number; the year is read after it.
fn numeric_date(
    text: &str,
    start: usize,
    end: usize,
    first: u8,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let separator = *bytes.get(end).filter(|b| matches!(b, b'.' | b'/' | b'-'))?;
    let (second, second_end) = part_after(bytes, end, separator)?;
    let year_start = second_end + 1;
    let year_end = digits_end(bytes, year_start);
    if bytes.get(second_end) != Some(&separator)
        || year_end - year_start != 4
        || !YEARS.contains(&(small_number(&bytes[year_start..year_end]) as i32))
        || code_goes_on(text, year_end)
    {
        return None;
    }
    let date = if separator == b'.' {
        // The day first, as German and Russian write it: never the month.
        (1..=12).contains(&second).then_some(DatePart::MonthDay {
            month: second,
            day: first,
        })?
    } else {
        day_and_month(first, second)?
    };
    out.push(Mention {
        span: start..second_end,
        figure: None,
        date: Some(date),
        also: None,
        separators: Separators::Silent,
    });
    Some(second_end)
}

/// The German words after which `3.11.` is a day and a month and no decimal: `am 3.11.`,
/// `vom 1.3.`, `bis zum 5.3.`, `seit dem 21.11.`, `ab dem 1.1.`. Not `bis` or an article
/// alone, after which a decimal ends a sentence as often (`stieg bis 3.11.`, `al 3.5.`).
const GERMAN_DATING_WORDS: &[&str] = &["am", "vom", "zum", "seit", "dem"];

/// `am 3.11.`, `seit dem 21.11.`: a day and a month in digits, each followed by a point and
/// no year, as German writes a date after a word that dates it ([`GERMAN_DATING_WORDS`]): one
/// number, never the decimal `3.11`. Elsewhere (`stieg auf 3.11.` at a sentence's end) the
/// figure stays a figure.
pub(super) fn dotted_day_month(
    text: &str,
    start: usize,
    end: usize,
    day: u8,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let (month, month_end) = dotted_month_after(text, start, end)?;
    out.push(Mention {
        span: start..month_end,
        figure: None,
        date: Some(DatePart::MonthDay { month, day }),
        also: None,
        separators: Separators::Silent,
    });
    Some(month_end)
}

/// The month, and where its digits end, of a day and month written `3.11.` whose day is
/// `start..end` ([`dotted_day_month`]).
fn dotted_month_after(text: &str, start: usize, end: usize) -> Option<(u8, usize)> {
    let bytes = text.as_bytes();
    let (month, month_end) = part_after(bytes, end, b'.')?;
    let closed = bytes.get(month_end) == Some(&b'.')
        && !bytes.get(month_end + 1).is_some_and(u8::is_ascii_digit);
    if !(1..=12).contains(&month) || !closed {
        return None;
    }
    let before = text[..start].trim_end_matches(' ');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|word| before.len() < start && !word.is_empty())?
        .to_lowercase();
    GERMAN_DATING_WORDS
        .contains(&word.as_str())
        .then_some((month, month_end))
}

/// Whether `text[start..end]` is a day and month written `3.11.` after a word that dates it
/// ([`dotted_day_month`]): a date, not the decimal it looks like.
pub fn is_dotted_day_month(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let day_end = digits_end(bytes, start);
    (1..=2).contains(&(day_end - start))
        && (1..=31).contains(&small_number(&bytes[start..day_end]))
        && dotted_month_after(text, start, day_end).is_some_and(|(_, month_end)| month_end == end)
}

/// `first/second` of a date in digits, which the United States writes month first and most
/// of the world day first: a part above 12 is the day; when both are 12 or below, either
/// may be.
pub(super) fn day_and_month(first: u8, second: u8) -> Option<DatePart> {
    let is_month = |n: u8| (1..=12).contains(&n);
    let is_day = |n: u8| (1..=31).contains(&n);
    match (is_month(first), is_month(second)) {
        (true, true) => Some(DatePart::MonthDayEitherWay { first, second }),
        (true, false) if is_day(second) => Some(DatePart::MonthDay {
            month: first,
            day: second,
        }),
        (false, true) if is_day(first) => Some(DatePart::MonthDay {
            month: second,
            day: first,
        }),
        _ => None,
    }
}

/// `16 to 22 November`, `16-22 novembre`: the day `first` at `start..end`, a second day, and
/// a month name after it. Pushes the first day (which keeps its figure, as the second of
/// `November 16 to 22` does) and the second with its month.
fn day_range_before_month(
    text: &str,
    start: usize,
    end: usize,
    first: u8,
    language: Language,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let (second_start, second, second_end) = range_end(text, end)?;
    let (month, month_end) = month_after_day(text, second_end, second, language)?;
    out.push(date_mention(
        start..end,
        Quantity::parse(&text[start..end]).ok(),
        month,
        first,
    ));
    out.push(date_mention(second_start..month_end, None, month, second));
    Some(month_end)
}

/// After the digits of the day `day`, ending at `at`: the month name that makes it a date,
/// its month and where its name ends. `21 November`, `21 Nov`, `21st November`, `21st of
/// November` (English, capitalised: `21 may` is no date); `21. November` (German; with a
/// name English shares, only before a year, as `21. November` may end a sentence and begin
/// the next); `21 novembre`, `1er novembre`, `21 mei` (French, Italian, Dutch, lowercase);
/// `21 de noviembre`, `21 de novembro`, `21 de gener`, `21 d'abril` (Spanish, Portuguese,
/// Catalan); `21. marraskuuta`, `21. června`, `21. januar` (Finnish, Czech, Slovak,
/// Croatian, Serbian, Slovenian, Latvian, Estonian, Norwegian, Danish: the point or none); `21 noiembrie` (Romanian; `mai` before a word of comparison is "more",
/// [`ROMANIAN_AFTER_MORE`]); `21 ნოემბერს` (Georgian, a case ending on the stem). A name the
/// article's `language` reads as another month or as none is read so
/// ([`MONTHS_READ_BY_LANGUAGE`]).
pub(super) fn month_after_day(
    text: &str,
    at: usize,
    day: u8,
    language: Language,
) -> Option<(u8, usize)> {
    use MonthStyle::{
        AfterDe, DayBefore, DayBeforeCapitalised, DayBeforeStem, DayEitherSide, DayWithPoint,
        English, EnglishShort, German,
    };
    let bytes = text.as_bytes();
    let named = |at: usize, styles: &[MonthStyle]| {
        if let Some(reading) = month_in_language(text, at, language) {
            return reading
                .filter(|(_, style, _)| styles.contains(style))
                .map(|(month, _, end)| (month, end));
        }
        month_at(text, at, styles)
            .filter(|&(month, end, _)| !(month == 5 && romanian_more(text, at, end)))
            .map(|(month, end, _)| (month, end))
    };
    let suffix_end = letters_end(bytes, at);
    if suffix_end > at {
        let suffix = &text[at..suffix_end];
        if day == 1 && suffix == "er" {
            return named(spaces_after(text, suffix_end)?, &[DayBefore]);
        }
        if !ORDINAL_SUFFIXES
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s))
        {
            return None;
        }
        let name = spaces_after(text, suffix_end)?;
        let name = match text[name..].strip_prefix("of") {
            Some(_) => spaces_after(text, name + 2)?,
            None => name,
        };
        return named(name, &[English, EnglishShort]);
    }
    if bytes.get(at) == Some(&b'.') {
        let name = spaces_after(text, at + 1)?;
        // `14. huhtikuuta` (Finnish): lowercase after the point, which then ends no sentence.
        if let Some(found) = named(name, &[DayWithPoint]) {
            return Some(found);
        }
        let (month, end) = named(name, &[German])?;
        let english = month_at(text, name, &[English]).is_some();
        return (!english || year_after(text, end)).then_some((month, end));
    }
    // The hyphen Uzbek writes between the day and its month (`5-dekabr`, `1-yanvardan`),
    // before a name in the Latin script: `16-22 novembre` is a range of days.
    if bytes.get(at) == Some(&b'-') && bytes.get(at + 1).is_some_and(u8::is_ascii_alphabetic) {
        return named(at + 1, &[DayBeforeStem]);
    }
    let name = spaces_after(text, at)?;
    if let Some(found) = named(
        name,
        &[
            English,
            EnglishShort,
            DayBefore,
            DayBeforeCapitalised,
            DayEitherSide,
            DayWithPoint,
            DayBeforeStem,
        ],
    ) {
        return Some(found);
    }
    // The Tagalog `ng` ("of") after an ordinal's day: `ika-25 ng Hulyo`.
    if text[name..].starts_with("ng") && text[..at].ends_with(|c: char| c.is_ascii_digit()) {
        let digits = text[..at]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
        if after_tagalog_ordinal(text, digits) {
            return named(spaces_after(text, name + 2)?, &[DayBeforeCapitalised]);
        }
    }
    // Catalan's `de` elided before a vowel, written onto the month: `5 d'abril`.
    if let Some(elided) = ["d'", "d\u{2019}"]
        .iter()
        .find(|elided| text[name..].starts_with(**elided))
    {
        return named(name + elided.len(), &[AfterDe]);
    }
    // `de`, or `De` in a headline's capitals.
    if !(text[name..].starts_with("de") || text[name..].starts_with("De")) {
        return None;
    }
    named(spaces_after(text, name + 2)?, &[AfterDe])
}

/// Whether the figure at `at` of `text` is written after the Tagalog ordinal's `ika-`
/// (`ika-25 ng Hulyo`, the 25th of July; `Ika-25` opening a sentence), a word of its own.
pub(super) fn after_tagalog_ordinal(text: &str, at: usize) -> bool {
    let Some(before) = at.checked_sub(4).and_then(|from| text.get(from..at)) else {
        return false;
    };
    before.eq_ignore_ascii_case("ika-")
        && text[..at - 4]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Month names of [`MONTH_NAMES`] that the languages an article may declare read as another
/// month, or as another word, by the primary subtags of those languages: in an article that
/// declares one, the name is that month, its day written as the style says, or no month at
/// all. In an article of another language, or of none, it is read as [`MONTH_NAMES`] reads
/// it, as before languages were declared: the rule is for names whose reading one language
/// settles, not for every month name (a Croatian article may quote a Spanish date).
pub(super) const MONTHS_READ_BY_LANGUAGE: &[(&str, &[&str], LanguageReading)] = &[
    // The Croatian October, with the day's point (`5. listopada`) or without; the Polish
    // November (`5 listopada`) elsewhere. Croatian's neighbours
    // (Serbian, Bosnian, Montenegrin) write `oktobar`, and `listopada` only as Croatian
    // does.
    (
        "listopada",
        &SERBO_CROATIAN,
        Some((10, MonthStyle::DayWithPoint)),
    ),
    // The Estonian "house" (`5 maja`, five houses) and the Finnish "hut", elsewhere the
    // Polish, Serbian and Slovenian May.
    ("maja", &["et", "est", "fi", "fin"], None),
    // The Finnish "train" (`1 juna`), elsewhere the Serbian June.
    ("juna", &["fi", "fin"], None),
    // The Italian "never" (`oltre 300 mai visti`, over 300 never seen) and the Hungarian
    // "today's" (`a 3 mai mérkőzés`), elsewhere the French, Estonian and Romanian May.
    ("mai", &["it", "ita", "hu", "hun"], None),
    // The Afrikaans June, July and August, names in English (`3 Julie` may be a third
    // Julie), read only where Afrikaans is declared.
    (
        "Junie",
        &["af", "afr"],
        Some((6, MonthStyle::DayBeforeCapitalised)),
    ),
    (
        "Julie",
        &["af", "afr"],
        Some((7, MonthStyle::DayBeforeCapitalised)),
    ),
    (
        "Augustus",
        &["af", "afr"],
        Some((8, MonthStyle::DayBeforeCapitalised)),
    ),
    // The Azerbaijani and Uzbek March and May, with a case ending written onto them (`15
    // martda`, `1-maydan`); elsewhere the English words (`5 mart stores`, `21 may rise`).
    (
        "mart",
        &AZERBAIJANI_OR_UZBEK,
        Some((3, MonthStyle::DayBeforeStem)),
    ),
    (
        "may",
        &AZERBAIJANI_OR_UZBEK,
        Some((5, MonthStyle::DayBeforeStem)),
    ),
];

/// How a language of [`MONTHS_READ_BY_LANGUAGE`] reads a month name: its month and how its
/// day is written, or no month.
type LanguageReading = Option<(u8, MonthStyle)>;

/// The reading that the article's `language` gives a month name at `at` of `text`
/// ([`MONTHS_READ_BY_LANGUAGE`]): `Some(None)` where the name is no month in it, `Some` of
/// its month, style and end where it is that month; `None` where the language leaves the
/// name to [`MONTH_NAMES`].
fn month_in_language(
    text: &str,
    at: usize,
    language: Language,
) -> Option<Option<(u8, MonthStyle, usize)>> {
    if language.is_undeclared() {
        return None;
    }
    let rest = text.get(at..)?;
    MONTHS_READ_BY_LANGUAGE
        .iter()
        .find_map(|&(name, languages, reading)| {
            let end = at + name.len();
            if !rest.starts_with(name) || !language.is_one_of(languages) {
                return None;
            }
            match reading {
                // A month's word with the case ending its language writes onto it.
                Some((month, style)) => crate::date::month_word_rest(style, name, &text[end..])
                    .map(|ending| Some((month, style, end + ending))),
                None => (!alphanumeric_at(text, end)).then_some(None),
            }
        })
}

/// The words Romanian writes after `mai` ("more", "most") that make it no month: `cu 15 mai
/// mult`, `cele 10 mai mari orașe` (15 more, the 10 largest towns). Each is a word's start,
/// written with the comma below or the cedilla Romanian text uses for `ș` and `ț`, or
/// without either.
const ROMANIAN_AFTER_MORE: [&str; 22] = [
    "mult", "puțin", "puţin", "putin", "mare", "mari", "mic", "bine", "rău", "rau", "ales",
    "târziu", "tarziu", "devreme", "repede", "ușor", "uşor", "usor", "greu", "grele", "scump",
    "ieftin",
];

/// Whether the name `mai` at `at..end` is the Romanian "more", not May: one of
/// [`ROMANIAN_AFTER_MORE`] after it.
fn romanian_more(text: &str, at: usize, end: usize) -> bool {
    if &text[at..end] != "mai" {
        return false;
    }
    let next = text[end..].trim_start_matches(is_follower_space);
    next.len() < text.len() - end
        && ROMANIAN_AFTER_MORE
            .iter()
            .any(|word| next.starts_with(word))
}

/// The year of the common era that `year`, four digits at `start` of `text`, writes in the
/// Buddhist era, where a Thai month's name or `พ.ศ.` (the era's abbreviation) stands before
/// it: `12 ก.ย. 2567`, `20 กันยายน 2567`, `พ.ศ. 2567` are of 2024.
pub(super) fn buddhist_era_year(text: &str, start: usize, year: i32) -> Option<DatePart> {
    let year = year - crate::date::BUDDHIST_ERA_OFFSET;
    if !YEARS.contains(&year) {
        return None;
    }
    let before = text[..start].trim_end();
    let after_era = before.ends_with("พ.ศ.") || before.ends_with("พ.ศ");
    let after_month = MONTH_NAMES
        .iter()
        .any(|&(name, _, _)| crate::date::is_thai(name) && before.ends_with(name));
    (after_era || after_month).then_some(DatePart::Year(year))
}

/// Whether a year (four digits in [`YEARS`]) follows `at`, after spaces.
/// Whether a year follows `at`, after a comma or none: `Mayo 5, 2024`.
pub(super) fn year_after_a_comma(text: &str, at: usize) -> bool {
    year_after(text, at + usize::from(text[at..].starts_with(',')))
}

fn year_after(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(start) = spaces_after(text, at) else {
        return false;
    };
    let end = digits_end(bytes, start);
    end - start == 4
        && YEARS.contains(&(small_number(&bytes[start..end]) as i32))
        && !continues_number(bytes, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::numbers::tests::{dates, found};
    use crate::citation::numbers::{digits_end, find_numbers};

    #[test]
    fn a_month_name_is_told_in_any_case_in_every_script() {
        for word in [
            "November",
            "NOVEMBER",
            "november",
            "Сентября",
            "сентября",
            "СЕНТЯБРЯ",
            "Şubat",
            "şubat",
            "ŞUBAT",
            "באוגוסט",
            "এপ্রিল",
            "டிசம்பர்",
        ] {
            assert!(is_month_name_in_any_case(word), "{word}");
        }
        for word in ["Novembre1", "villages", "Сентябрь", "", "ஜனவரிக்கு"]
        {
            assert!(!is_month_name_in_any_case(word), "{word}");
        }
    }

    #[test]
    fn a_day_in_the_digits_of_another_script_before_its_month_is_a_date() {
        for (text, month, day) in [
            ("সিলেট, ৮ এপ্রিল ২০২৪: বন্যায়", 4, 8),
            ("اهواز، ۱۵ آوریل ۲۰۲۴", 4, 15),
            ("عمّان، ٨ أبريل ٢٠٢٤", 4, 8),
            ("بيروت ٣ تشرين الثاني", 11, 3),
            ("חיפה, 8 באפריל 2024", 4, 8),
            ("15 אוגוסט", 8, 15),
            ("१२ सितंबर", 9, 12),
            ("மழை டிசம்பர் 19 அன்று", 12, 19),
            ("19 டிசம்பர் 2023", 12, 19),
        ] {
            assert_eq!(
                dates(text).into_iter().flatten().next(),
                Some(DatePart::MonthDay { month, day }),
                "{text}"
            );
        }
        // Three digits, or a month no name follows, make no day.
        for text in ["১২৮ এপ্রিল", "৮ পরিবার", "٣٢ أبريل"] {
            assert!(
                !dates(text)
                    .into_iter()
                    .flatten()
                    .any(|part| matches!(part, DatePart::MonthDay { .. })),
                "{text}"
            );
        }
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
    fn hindi_and_thai_days_of_months_and_years_of_the_buddhist_era_are_dates() {
        assert_eq!(found("पटना, 10 जुलाई 2024 को"), ["10 जुलाई", "2024"]);
        assert_eq!(
            dates("पटना, 10 जुलाई को")[0],
            Some(DatePart::MonthDay { month: 7, day: 10 })
        );
        // A Thai month abbreviated or whole, written onto the words after it; its year of
        // the Buddhist era is the common era's and 543.
        assert_eq!(found("เชียงราย 12 ก.ย. 2567 - มี"), ["12 ก.ย.", "2567"]);
        assert_eq!(
            dates("เชียงราย 12 ก.ย. 2567 - มี"),
            [
                Some(DatePart::MonthDay { month: 9, day: 12 }),
                Some(DatePart::Year(2024))
            ]
        );
        assert_eq!(
            dates("วันที่ 20 กันยายนที่ผ่านมา")[0],
            Some(DatePart::MonthDay { month: 9, day: 20 })
        );
        assert_eq!(dates("ใน พ.ศ. 2567 มี"), [Some(DatePart::Year(2024))]);
        // Not a year without its era or month: a count.
        assert_eq!(dates("มีผู้อพยพ 2567 คน"), [None]);
    }

    #[test]
    fn finnish_days_are_read_with_their_point_before_the_month_in_the_partitive() {
        assert_eq!(
            found("Tampere 14. huhtikuuta 2024: 120 asukasta"),
            ["14. huhtikuuta", "2024", "120"]
        );
        assert_eq!(
            dates("Tampere 14. huhtikuuta 2024")[0],
            month_day(4, 14),
            "a day is no figure"
        );
        assert_eq!(dates("14 joulukuuta")[0], month_day(12, 14));
        assert_eq!(dates("1. kesäkuuta")[0], month_day(6, 1));
        // The nominative names a month alone; `14 kuukautta` is fourteen months, `14.
        // huhtikuun` a longer word.
        assert_eq!(found("huhtikuu 2024 oli märkä"), ["2024"]);
        for text in ["14 kuukautta", "14. huhtikuunlopulla", "14 tammikuutaan"] {
            assert_eq!(dates(text), [None], "{text}");
        }
    }

    #[test]
    fn days_of_central_and_south_slavic_baltic_nordic_and_catalan_months_are_read() {
        assert_each_day_read_among(&[
            ("Praha 5. června 2024: 120 lidí", "5. června", 6, 5),
            ("dne 28. října", "28. října", 10, 28),
            ("Bratislava 5. mája 2024", "5. mája", 5, 5),
            // The Slovak and Czech dative of a reference date after `k` ("by").
            (
                "k 31. decembru 2022 celkovo 476 922",
                "31. decembru",
                12,
                31,
            ),
            ("ku 1. januáru 2024", "1. januáru", 1, 1),
            ("k 30. júnu 2024", "30. júnu", 6, 30),
            ("k 31. prosinci 2023", "31. prosinci", 12, 31),
            ("ke 30. červnu 2024", "30. červnu", 6, 30),
            ("k 31. červenci", "31. červenci", 7, 31),
            ("Zagreb, 5. siječnja 2024.", "5. siječnja", 1, 5),
            ("12. studenoga 2023", "12. studenoga", 11, 12),
            ("Beograd, 5. januara 2024", "5. januara", 1, 5),
            ("Београд, 5. јануара 2024", "5. јануара", 1, 5),
            ("Ljubljana, 5. januarja 2024", "5. januarja", 1, 5),
            ("5. marca 2024", "5. marca", 3, 5),
            ("София, 5 март 2024", "5 март", 3, 5),
            ("Скопје, 15 ноември 2024", "15 ноември", 11, 15),
            ("на 30 јуни 2024 година", "30 јуни", 6, 30),
            ("на 1 јануари 2024 имал", "1 јануари", 1, 1),
            ("од 5 мај 2024", "5 мај", 5, 5),
            ("до 31 јули", "31 јули", 7, 31),
            ("Мінск, 15 лістапада 2024 г.", "15 лістапада", 11, 15),
            ("на 1 студзеня 2024 года", "1 студзеня", 1, 1),
            ("на 30 верасня 2024 года", "30 верасня", 9, 30),
            ("На 31 кастрычніка 2024 года", "31 кастрычніка", 10, 31),
            ("Гродна, 3 снежня 2024 г.", "3 снежня", 12, 3),
            ("на 30 чэрвеня 2024 года", "30 чэрвеня", 6, 30),
            ("Rīga, 2024. gada 5. janvārī", "5. janvārī", 1, 5),
            ("Tallinn, 5. jaanuaril 2024", "5. jaanuaril", 1, 5),
            ("5. märts 2024", "5. märts", 3, 5),
            ("Stockholm 5 maj 2024", "5 maj", 5, 5),
            ("den 12 augusti", "12 augusti", 8, 12),
            ("Oslo 5. januar 2024", "5. januar", 1, 5),
            ("København 5. marts 2024", "5. marts", 3, 5),
            ("den 24. desember", "24. desember", 12, 24),
            ("Barcelona, 5 de gener de 2024", "5 de gener", 1, 5),
            ("el 12 d'octubre", "12 d'octubre", 10, 12),
            ("el 5 d’abril", "5 d’abril", 4, 5),
            // Lithuanian writes the day after its month, as Hungarian does.
            ("Vilnius, 2024 m. sausio 5 d.", "sausio 5", 1, 5),
            ("gegužės 12 d. 300 žmonių", "gegužės 12", 5, 12),
        ]);
        // The Croatian October is the Polish November, and is read as Polish reads it where
        // no language is declared; the Estonian `mail` (in May) is the English word.
        assert_eq!(dates("5 listopada 2024")[0], month_day(11, 5));
        assert_eq!(
            dates("5. listopada 2024"),
            [None, Some(DatePart::Year(2024))]
        );
        assert_eq!(dates("5 mail servers"), [None]);
        // A Macedonian or Belarusian name begins no longer word, and stands only after a day.
        assert_eq!(dates("5 мајка"), [None]);
        assert_eq!(dates("5 јулиски"), [None]);
        assert_eq!(dates("5 снежнявых"), [None]);
        // A month without its day, in the dative or the locative, names no day.
        assert_eq!(dates("v decembri 2023"), [Some(DatePart::Year(2023))]);
        assert_eq!(dates("v prosinci 2023"), [Some(DatePart::Year(2023))]);
    }

    #[test]
    fn a_month_name_is_read_as_the_article_s_declared_language_reads_it() {
        let read = |text: &str, tag: Option<&str>| -> Vec<(String, Option<DatePart>)> {
            super::super::find_numbers_in(text, super::super::Language::of(tag))
                .into_iter()
                .map(|m| (text[m.span.clone()].to_string(), m.date))
                .collect()
        };
        let day = |written: &str, month: u8, day: u8| {
            (written.to_string(), Some(DatePart::MonthDay { month, day }))
        };
        let figure = |written: &str| (written.to_string(), None);
        // The Croatian October, with the day's point or without, in an article of Croatian
        // or its neighbours; the Polish November in one of Polish, and where none is
        // declared (without the point, as Polish writes it).
        for tag in [Some("hr"), Some("hr-HR"), Some("bs"), Some("sr-Latn")] {
            assert_eq!(
                read("Zagreb, 5. listopada", tag),
                [day("5. listopada", 10, 5)],
                "{tag:?}"
            );
            assert_eq!(read("od 5 listopada", tag), [day("5 listopada", 10, 5)]);
            assert_eq!(
                read("12-14. listopada", tag).last(),
                Some(&day("14. listopada", 10, 14))
            );
        }
        for tag in [None, Some("pl"), Some("cs"), Some("sl"), Some("en")] {
            assert_eq!(
                read("od 5 listopada", tag),
                [day("5 listopada", 11, 5)],
                "{tag:?}"
            );
        }
        assert_eq!(read("Zagreb, 5. listopada", None), [figure("5")]);
        // The Estonian and Finnish `maja` is a house or a hut, the Finnish `juna` a train,
        // the Italian `mai` "never" and the Hungarian "today's": no month there, and the
        // figure before them is read.
        assert_eq!(read("ehitati 5 maja", Some("et")), [figure("5")]);
        assert_eq!(read("5. maja", Some("et")), [figure("5")]);
        assert_eq!(read("1 juna lähti", Some("fi")), [figure("1")]);
        assert_eq!(read("oltre 300 mai visti", Some("it")), [figure("300")]);
        assert_eq!(read("a 3 mai mérkőzés", Some("hu")), [figure("3")]);
        for tag in [None, Some("pl"), Some("sl")] {
            assert_eq!(read("od 5 maja", tag), [day("5 maja", 5, 5)], "{tag:?}");
        }
        assert_eq!(read("5. juna", Some("sr")), [day("5. juna", 6, 5)]);
        assert_eq!(read("le 5 mai", Some("fr")), [day("5 mai", 5, 5)]);
        assert_eq!(read("le 5 mai", None), [day("5 mai", 5, 5)]);
        // A longer word that begins with the name is no name (`majas`, in the house).
        assert_eq!(read("5 majas", Some("pl")), [figure("5")]);
        // The Afrikaans June, July and August, names in English, only where Afrikaans is
        // declared; its other months, and the Galician ones, in any article.
        for tag in [Some("af"), Some("af-ZA")] {
            assert_eq!(
                read("op 30 Junie", tag),
                [day("30 Junie", 6, 30)],
                "{tag:?}"
            );
            assert_eq!(read("op 3 Julie", tag), [day("3 Julie", 7, 3)], "{tag:?}");
            assert_eq!(read("op 3 Augustus", tag), [day("3 Augustus", 8, 3)]);
        }
        for tag in [None, Some("en"), Some("nl")] {
            assert_eq!(read("met 3 Julie", tag), [figure("3")], "{tag:?}");
            assert_eq!(read("op 30 Junie", tag), [figure("30")], "{tag:?}");
        }
        for tag in [None, Some("af"), Some("gl")] {
            assert_eq!(read("op 5 Maart", tag), [day("5 Maart", 3, 5)], "{tag:?}");
            assert_eq!(read("op 5 Januarie", tag), [day("5 Januarie", 1, 5)]);
            assert_eq!(read("o 3 de decembro", tag), [day("3 de decembro", 12, 3)]);
            assert_eq!(read("o 30 de xuño", tag), [day("30 de xuño", 6, 30)]);
            assert_eq!(read("a 1 de xaneiro", tag), [day("1 de xaneiro", 1, 1)]);
        }
        // Capitalised only, as Afrikaans writes them: the Dutch `maart` is lowercase.
        assert_eq!(read("5 maart", Some("nl")), [day("5 maart", 3, 5)]);
        // The Azerbaijani and Uzbek March and May, with a case ending or none, where one of
        // those languages is declared; the English words elsewhere, and in Turkish, which
        // capitalises its `Mart`.
        for tag in [Some("az"), Some("az-Latn"), Some("uz"), Some("uzn")] {
            assert_eq!(read("15 mart", tag), [day("15 mart", 3, 15)], "{tag:?}");
            assert_eq!(read("1 martdan", tag), [day("1 martdan", 3, 1)]);
            assert_eq!(read("9-may", tag), [day("9-may", 5, 9)]);
            assert_eq!(read("28 mayda", tag), [day("28 mayda", 5, 28)]);
            assert_eq!(read("5 mayor", tag), [figure("5")]);
        }
        for tag in [None, Some("en"), Some("tr"), Some("kk")] {
            assert_eq!(read("5 mart stores", tag), [figure("5")], "{tag:?}");
            assert_eq!(read("21 may rise", tag), [figure("21")], "{tag:?}");
            assert_eq!(read("9-may", tag), [figure("9")], "{tag:?}");
        }
    }

    #[test]
    fn hungarian_days_are_read_after_the_month_with_their_point_or_case_ending() {
        assert_eq!(
            found("Budapest, 2024. augusztus 14. 230 családot"),
            ["2024", "augusztus 14", "230"]
        );
        for (text, written, month, day) in [
            ("augusztus 14-én 230 család", "augusztus 14-én", 8, 14),
            ("Augusztus 20-án ünnep", "Augusztus 20-án", 8, 20),
            ("a március 15-i ünnep", "március 15-i", 3, 15),
            ("április 2-án", "április 2-án", 4, 2),
            ("Április 8-án", "Április 8-án", 4, 8),
            ("aug. 14. óta", "aug. 14", 8, 14),
            ("szept. 1-jén", "szept. 1-jén", 9, 1),
            ("október 3.", "október 3", 10, 3),
        ] {
            assert_eq!(found(text)[0], written, "{text}");
            assert_eq!(dates(text)[0], month_day(month, day), "{text}");
        }
        // A range of days of one month, the second keeping its figure as in English.
        assert_eq!(found("augusztus 14–16. között"), ["augusztus 14", "16"]);
        assert_eq!(dates("augusztus 14–16. között")[1], month_day(8, 16));
        // A longer word, three digits, a decimal: no day.
        for text in [
            "decemberben 14 falu",
            "május 300 ház",
            "október 14.5 százalék",
        ] {
            assert!(
                !dates(text)
                    .into_iter()
                    .flatten()
                    .any(|part| matches!(part, DatePart::MonthDay { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn romanian_days_are_read_before_the_month_and_mai_as_more_is_no_month() {
        assert_eq!(
            found("Pe 14 august 2024, 310 familii"),
            ["14 august", "2024", "310"]
        );
        assert_eq!(dates("14 septembrie")[0], month_day(9, 14));
        assert_eq!(dates("20 mai 2024")[0], month_day(5, 20));
        assert_eq!(dates("1 decembrie")[0], month_day(12, 1));
        // `mai` is also "more" and "most": `mai mult de 300` (more than 300), `cu 15 mai mult`
        // (15 more), `cele 10 mai mari` (the 10 largest).
        for text in [
            "mai mult de 300 case",
            "cu 15 mai mult decât ieri",
            "cu 15 mai multe case",
            "cele 10 mai mari orașe",
            "cu 20 mai puține",
            "cu 20 mai puţine",
        ] {
            assert!(dates(text).iter().all(Option::is_none), "{text}");
            assert!(
                find_numbers(text).iter().all(|m| m.figure.is_some()),
                "{text}"
            );
        }
    }

    #[test]
    fn georgian_days_are_read_before_the_month_s_stem_and_its_case_ending() {
        for (text, written, month, day) in [
            ("14 აგვისტოს 250 ოჯახი", "14 აგვისტოს", 8, 14),
            ("3 სექტემბრის მონაცემებით", "3 სექტემბრის", 9, 3),
            ("5 მარტში", "5 მარტში", 3, 5),
            ("1 იანვრიდან", "1 იანვრიდან", 1, 1),
            ("31 დეკემბრამდე", "31 დეკემბრამდე", 12, 31),
            ("14 აგვისტო", "14 აგვისტო", 8, 14),
            ("2 მაისი", "2 მაისი", 5, 2),
        ] {
            assert_eq!(found(text)[0], written, "{text}");
            assert_eq!(dates(text)[0], month_day(month, day), "{text}");
        }
        assert_eq!(
            found("2024 წლის 14 აგვისტოს 250"),
            ["2024", "14 აგვისტოს", "250"]
        );
        // A stem with another word's ending: `მარტივი` (simple), `მარტო` (alone).
        for text in ["5 მარტივი ნაბიჯი", "14 მარტო", "3 აგვისტოელი"]
        {
            assert_eq!(dates(text), [None], "{text}");
        }
    }

    #[test]
    fn kazakh_days_are_read_before_the_month_and_its_case_ending() {
        assert_each_day_read_among(&[
            (
                "2023 жылғы 20 желтоқсанда 150 отбасы",
                "20 желтоқсанда",
                12,
                20,
            ),
            ("1 қарашадағы деректер", "1 қарашадағы", 11, 1),
            ("5 қыркүйекте", "5 қыркүйекте", 9, 5),
            ("1 қаңтардан бастап", "1 қаңтардан", 1, 1),
            ("31 желтоқсанға дейін", "31 желтоқсанға", 12, 31),
            ("14 сәуір", "14 сәуір", 4, 14),
            ("7 шілдеде", "7 шілдеде", 7, 7),
        ]);
        // A month's name with another word's ending, and Russian's months, are no Kazakh
        // date: `мамырлау` is no ending of `мамыр`.
        for text in ["5 мамырлау", "3 тамызша"] {
            assert_eq!(dates(text), [None], "{text}");
        }
    }

    #[test]
    fn azerbaijani_uzbek_albanian_and_icelandic_days_are_read_before_their_month() {
        assert_each_day_read_among(&[
            ("Bakı, 15 noyabr 2024. Gəlirlər", "15 noyabr", 11, 15),
            ("15 noyabrda 300 nəfər", "15 noyabrda", 11, 15),
            ("1 apreldən bəri", "1 apreldən", 4, 1),
            ("1 yanvar 2024-cü il tarixinə", "1 yanvar", 1, 1),
            ("31 avqustadək", "31 avqustadək", 8, 31),
            ("Toshkent, 2024-yil 5-dekabr. Taʼlim", "5-dekabr", 12, 5),
            ("5 dekabr 2024", "5 dekabr", 12, 5),
            ("1-yanvardan boshlab", "1-yanvardan", 1, 1),
            ("31-dekabrgacha 120 maktab", "31-dekabrgacha", 12, 31),
            ("1-sentabrdagi maʼlumot", "1-sentabrdagi", 9, 1),
            ("Tiranë, 28 nëntor 2024. Fondet", "28 nëntor", 11, 28),
            ("më 5 korrik 2024", "5 korrik", 7, 5),
            ("Reykjavík, 12. september 2024", "12. september", 9, 12),
            ("1. nóvember 2024", "1. nóvember", 11, 1),
            ("17. júní 2024", "17. júní", 6, 17),
            ("5. ágúst", "5. ágúst", 8, 5),
        ]);
        // A word that only begins like a month, or a month's name with another word's
        // ending, is none; a hyphen before digits is a range of days, not Uzbek's.
        for text in ["5 dekabristlar", "5-noyabrlik", "3 iyunlar", "5 tetorë"] {
            assert_eq!(dates(text), [None], "{text}");
        }
        assert_eq!(found("16-22 noyabr"), ["16", "22 noyabr"]);
    }

    #[test]
    fn armenian_days_are_read_before_the_month_in_the_genitive_and_after_it_with_a_case_ending() {
        assert_eq!(
            found("Երևան, 27 մայիսի 2024 թ. 120 ընտանիք"),
            ["27 մայիսի", "2024", "120"]
        );
        assert_each_day_read_among(&[
            ("27 մայիսի 2024", "27 մայիսի", 5, 27),
            ("14 հունիսի", "14 հունիսի", 6, 14),
            ("Մայիսի 26-ի գիշերը", "Մայիսի 26-ի", 5, 26),
            ("հունիսի 20-ը", "հունիսի 20-ը", 6, 20),
            ("մայիսի 30-ին", "մայիսի 30-ին", 5, 30),
            ("Ապրիլի 5-ին", "Ապրիլի 5-ին", 4, 5),
            ("2024 թ. մայիսի 27", "մայիսի 27", 5, 27),
        ]);
        // A figure before a word that only begins like a month is none.
        assert_eq!(dates("5 մայիսյան"), [None]);
    }

    #[test]
    fn urdu_gujarati_punjabi_and_telugu_days_are_read_beside_their_month() {
        assert_each_day_read_among(&[
            ("لاہور، ۲ ستمبر ۲۰۲۳ — سیلاب", "۲ ستمبر", 9, 2),
            ("અમદાવાદ, ૩૦ ઓગસ્ટ ૨૦૨૪", "૩૦ ઓગસ્ટ", 8, 30),
            ("ਲੁਧਿਆਣਾ, ੧੫ ਜੁਲਾਈ ੨੦੨੩", "੧੫ ਜੁਲਾਈ", 7, 15),
            ("హైదరాబాద్, 3 సెప్టెంబర్ 2024", "3 సెప్టెంబర్", 9, 3),
            ("సెప్టెంబర్ 3న వరదలు", "సెప్టెంబర్ 3", 9, 3),
        ]);
    }

    #[test]
    fn kannada_malayalam_and_marathi_days_are_read_beside_their_month() {
        assert_each_day_read_among(&[
            ("ಬೆಂಗಳೂರು, ಜುಲೈ 17: ರಾಜ್ಯದಲ್ಲಿ", "ಜುಲೈ 17", 7, 17),
            ("ಜುಲೈ 17ರಂದು 12 ಪ್ರಕರಣಗಳು", "ಜುಲೈ 17", 7, 17),
            ("തിരുവനന്തപുരം, ജൂലൈ 25: മഴ", "ജൂലൈ 25", 7, 25),
            ("ജൂലൈ 25ന് 12 പേർ", "ജൂലൈ 25", 7, 25),
            ("മുംബൈ, ൨൫ ജൂലൈ ൨൦൨൪", "൨൫ ജൂലൈ", 7, 25),
            ("मुंबई, २२ जुलै २०२४ — पूर", "२२ जुलै", 7, 22),
            ("५ ऑगस्ट रोजी", "५ ऑगस्ट", 8, 5),
        ]);
        // A figure before a word that only begins like a month is none: `ಮೇಲೆ`, above.
        assert_eq!(dates("5 ಮೇಲೆ"), [None]);
    }

    #[test]
    fn burmese_khmer_and_sinhala_days_are_read_beside_their_month() {
        assert_eq!(
            found("ပဲခူး၊ ၂၀၂၄ ခုနှစ် စက်တင်ဘာ ၁၄ ရက် လူ ၁၂ ဦး"),
            ["၂၀၂၄", "စက်တင်ဘာ ၁၄", "၁၂"]
        );
        assert_each_day_read_among(&[
            ("စက်တင်ဘာ ၁၃ ရက်နေ့အထိ", "စက်တင်ဘာ ၁၃", 9, 13),
            ("မေ 3 ရက်", "မေ 3", 5, 3),
            ("ဩဂုတ် ၁၅ ရက်", "ဩဂုတ် ၁၅", 8, 15),
            ("នៅថ្ងៃទី៨ ខែតុលា ឆ្នាំ២០២៤", "៨ ខែតុលា", 10, 8),
            ("គិតត្រឹមថ្ងៃទី១១ ខែតុលា ខេត្ត", "១១ ខែតុលា", 10, 11),
            ("12 ធ្នូ 2024", "12 ធ្នូ", 12, 12),
            ("කොළඹ, 2024 ජූනි 3 – නිරිතදිග", "ජූනි 3", 6, 3),
            ("ජූනි 2 වන දින වන විට", "ජූනි 2", 6, 2),
            ("අප්\u{200d}රේල් 21 වන දින", "අප්\u{200d}රේල් 21", 4, 21),
        ]);
        // A figure before a word that only begins like a month, or a month's name a word
        // goes on after (`မေမေ`, mother), is none.
        assert_eq!(dates("၅ မေမေ"), [None]);
        assert_eq!(dates("ජූනිවල 5"), [None]);
    }

    #[test]
    fn swahili_and_tagalog_days_are_read_on_either_side_of_the_month() {
        for (text, month, day) in [
            ("NAIROBI, Jumatatu, Aprili 29, 2024 — Idadi", 4, 29),
            ("Kufikia Aprili 29, watu 78", 4, 29),
            ("tarehe 29 Aprili 2024", 4, 29),
            ("hadi Mei 13.", 5, 13),
            ("Mei 3, 2024", 5, 3),
            ("MAYNILA, Hulyo 25, 2024 — Umabot", 7, 25),
            ("noong Hulyo 26.", 7, 26),
            ("hanggang Agosto 12 dahil", 8, 12),
            ("25 Hulyo 2024", 7, 25),
            ("ika-25 ng Hulyo", 7, 25),
            ("Mayo 5, 2024", 5, 5),
            ("Mayo 5 2024", 5, 5),
        ] {
            assert!(
                dates(text).contains(&month_day(month, day)),
                "{text}: {:?}",
                dates(text)
            );
        }
        // `Mayo` is a place and a name too: its day after it only before a year. `ng` is
        // read after an ordinal's `ika-` only.
        for text in ["Mayo 2 Kerry 1", "the Mayo 12 clinics", "5 ng Hulyo"] {
            assert!(
                !dates(text)
                    .into_iter()
                    .flatten()
                    .any(|part| matches!(part, DatePart::MonthDay { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn a_tagalog_ordinal_day_is_a_date_of_its_own_not_part_of_a_word() {
        // Coverage and quotes keep only figures not written onto a word: `ika-` before the
        // day made the date part of one, and only its year was counted.
        for (text, date) in [
            ("noong ika-25 ng Hulyo 2024.", "25 ng Hulyo"),
            ("Ika-15 ng Abril 2024 nagsimula", "15 ng Abril"),
        ] {
            let mentions = find_numbers(text);
            let day = mentions
                .iter()
                .find(|mention| mention.date.is_some() && &text[mention.span.clone()] == date)
                .unwrap_or_else(|| panic!("{text}: {mentions:?}"));
            assert!(!day.is_part_of_a_word(text), "{text}");
        }
        // Another word before the hyphen, or `ika-` before no date, is still a name's figure.
        for (text, figure) in [("ang A-25 ng Hulyo 2024", "25"), ("ang ika-3 beses", "3")] {
            let mentions = find_numbers(text);
            let written = mentions
                .iter()
                .find(|mention| text[mention.span.clone()].starts_with(figure))
                .unwrap_or_else(|| panic!("{text}: {mentions:?}"));
            assert!(written.is_part_of_a_word(text), "{text}");
        }
        assert!(after_tagalog_ordinal("ika-25", 4));
        assert!(!after_tagalog_ordinal("bika-25", 5));
        assert!(!after_tagalog_ordinal("a-25", 2));
    }

    #[test]
    fn the_days_of_the_new_languages_may_be_in_a_date() {
        for (text, day) in [
            ("14. huhtikuuta", 0..2),
            ("augusztus 14-én", 10..12),
            ("szept. 14.", 7..9),
            ("márc. 15-i", 7..9),
            ("14 septembrie", 0..2),
            ("14 აგვისტოს", 0..2),
            ("3 სექტემბრის", 0..1),
            ("15 noyabrda", 0..2),
            ("5-dekabr", 0..1),
            ("1-yanvardan", 0..1),
            ("9-may", 0..1),
        ] {
            assert!(may_be_in_a_date(text, day.start, day.end), "{text}");
        }
        for (text, day) in [
            ("14 kuukautta", 0..2),
            ("5 მარტივი", 0..1),
            ("5-dekabrist", 0..1),
            ("5-year", 0..1),
        ] {
            assert!(!may_be_in_a_date(text, day.start, day.end), "{text}");
        }
    }

    #[test]
    fn a_day_range_names_two_days_of_one_month() {
        assert_eq!(found("From November 16 to 22, in"), ["November 16", "22"]);
        assert_eq!(
            dates("From November 16 to 22, in")[1],
            Some(DatePart::MonthDay { month: 11, day: 22 })
        );
    }

    fn month_day(month: u8, day: u8) -> Option<DatePart> {
        Some(DatePart::MonthDay { month, day })
    }

    /// Asserts that each text's numbers include the day `written`, read as that day of
    /// that month, among the other numbers the text holds.
    fn assert_each_day_read_among(cases: &[(&str, &str, u8, u8)]) {
        for &(text, written, month, day) in cases {
            assert!(found(text).contains(&written), "{text}: {:?}", found(text));
            assert!(dates(text).contains(&month_day(month, day)), "{text}");
        }
    }

    #[test]
    fn a_day_before_an_english_month_name_is_a_date() {
        let year = Some(DatePart::Year(2020));
        for text in [
            "On 21 November 2020, officials",
            "On 21 Nov 2020, officials",
            "On 21 Nov. 2020, officials",
            "On 21st November 2020, officials",
            "On the 21st of November 2020, officials",
        ] {
            assert_eq!(dates(text), [month_day(11, 21), year], "{text}");
            assert!(
                find_numbers(text)[0].figure.is_none(),
                "{text}: a day is no figure"
            );
        }
        assert_eq!(found("the 21st of November"), ["21st of November"]);
        assert_eq!(found("by 1 May, 3 March"), ["1 May", "3 March"]);
        // Lowercase, `may` and `march` are verbs; an ordinal alone stays a day.
        assert_eq!(dates("21 may rise, 3 march on"), [None, None]);
        assert_eq!(dates("on the 21st"), [Some(DatePart::Day(21))]);
        // Not a day: a figure above 31, a decimal, a word that only begins like a month.
        assert_eq!(
            dates("45 November, 2.5 November, 21 Novembers"),
            [None, None, None]
        );
        assert_eq!(
            dates("12 Marches, 4 Decembrists, 7 Mayors"),
            [None, None, None]
        );
    }

    #[test]
    fn an_english_month_abbreviation_before_a_day_is_a_date() {
        assert_eq!(
            found("On Nov. 21, 2020 and Sept 11"),
            ["Nov. 21", "2020", "Sept 11"]
        );
        assert_eq!(dates("Nov. 21"), [month_day(11, 21)]);
        assert_eq!(dates("Sept 11"), [month_day(9, 11)]);
        assert_eq!(found("Novel 21, Nov"), ["21"]);
    }

    #[test]
    fn a_day_before_a_month_name_of_another_language_is_a_date() {
        assert_eq!(found("le 1er novembre"), ["1er novembre"]);
        assert_eq!(dates("le 1er novembre"), [month_day(11, 1)]);
        let cases = [
            ("Le 21 novembre 2020, 14 communes", "21 novembre"),
            ("le 21\u{a0}novembre", "21\u{a0}novembre"),
            ("il 21 novembre", "21 novembre"),
            ("op 21 november", "21 november"),
            ("el 21 de noviembre de 2020", "21 de noviembre"),
            ("El 21 De Noviembre", "21 De Noviembre"),
            ("em 21 de novembro de 2020", "21 de novembro"),
            ("am 21. November 2020", "21. November"),
        ];
        for (text, date) in cases {
            let mention = &find_numbers(text)[0];
            assert_eq!(&text[mention.span.clone()], date, "{text}");
            assert_eq!(mention.date, month_day(11, 21), "{text}");
            assert_eq!(mention.figure, None, "{text}");
        }
        assert_eq!(
            dates("le 14 juillet, le 15 août, am 3. März"),
            [month_day(7, 14), month_day(8, 15), month_day(3, 3)]
        );
        assert_eq!(
            dates("el 2 de mayo, o 25 de abril"),
            [month_day(5, 2), month_day(4, 25)]
        );
    }

    #[test]
    fn a_day_before_a_month_in_the_genitive_or_capitalised_is_a_date() {
        for (text, date, month) in [
            ("8 апреля в Орске", "8 апреля", 4),
            ("к 8 ноября 2023 года", "8 ноября", 11),
            ("8 квітня у Києві", "8 квітня", 4),
            ("8 kwietnia ewakuowano", "8 kwietnia", 4),
            ("do 8 października", "8 października", 10),
            ("8 Nisan'da 1250 kişi", "8 Nisan", 4),
            ("8 Şubat'ta", "8 Şubat", 2),
            ("8 Ağustos 2023", "8 Ağustos", 8),
            ("Pada 8 Maret, 215 rumah", "8 Maret", 3),
            ("sejak 8 Desember", "8 Desember", 12),
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(&text[mention.span.clone()], date, "{text}");
            assert_eq!(mention.date, month_day(month, 8), "{text}");
            assert_eq!(mention.figure, None, "{text}");
        }
        // Lowercase, a Turkish or Indonesian month name is another word (`ocak`, a stove;
        // `mart` is no word, `mei` none either, but the rule is the case).
        assert_eq!(found("8 ocak yandı"), ["8"]);
        assert_eq!(found("8 maret"), ["8"]);
    }

    #[test]
    fn a_day_alone_before_its_sign_is_a_day_of_the_month_and_still_a_figure() {
        for (text, day) in [
            ("輪島市は8日、発表した", 8),
            ("石川県は３日、発表した", 3),
            ("贵州省政府23日宣布", 23),
            ("예천군은 8일 밝혔다", 8),
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(mention.date, Some(DatePart::Day(day)), "{text}");
            assert!(mention.figure.is_some(), "{text}: 23日 may count days");
        }
        // Days counted, not dated.
        for text in [
            "3日間止まった",
            "3日以内に",
            "3日後に",
            "3日前",
            "3日目",
            "3日ぶり",
            "3일간 통제",
            "3일 동안",
            "3일 만에",
            "32日",
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(mention.date, None, "{text}");
        }
    }

    #[test]
    fn a_month_alone_in_chinese_japanese_or_korean_is_told_apart() {
        for (text, alone) in [
            ("4月に入っても", true),
            ("3월부터", true),
            ("3至5月", true),
            ("11月21日", false),
            ("3个月", false),
        ] {
            let mention = &find_numbers(text)[0];
            let written = &text[mention.span.clone()];
            assert_eq!(is_month_alone(written, mention), alone, "{text}");
        }
    }

    #[test]
    fn a_chinese_japanese_or_korean_month_and_day_are_a_date() {
        for (text, date, month, day) in [
            ("11月21日，贵州有9个县退出贫困", "11月21日", 11, 21),
            ("2020年11月21日，9个县", "11月21日", 11, 21),
            ("省政府11月21日宣布", "11月21日", 11, 21),
            ("5月1日、札幌で3人が負傷した", "5月1日", 5, 1),
            ("１１月２１日，贵州有９个县退出贫困", "１１月２１日", 11, 21),
            ("2020年１１月２１日宣布", "１１月２１日", 11, 21),
            ("11월 21일 서울에서 3명이 다쳤다", "11월 21일", 11, 21),
        ] {
            let mention = find_numbers(text)
                .into_iter()
                .find(|m| m.date.is_some() && m.figure.is_none())
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[mention.span.clone()], date, "{text}");
            assert_eq!(mention.date, month_day(month, day), "{text}");
        }
        // A month alone names no figure.
        let month = find_numbers("2020年11月，9个县");
        assert!(
            month
                .iter()
                .all(|m| m.figure.as_ref().is_none_or(|f| f.value != 11.into()))
        );
        // A duration is counted, not dated: `3个月` is three months.
        let figures: Vec<&str> = find_numbers("历时3个月，13月1日")
            .iter()
            .filter(|m| m.figure.is_some())
            .map(|m| &"历时3个月，13月1日"[m.span.clone()])
            .collect();
        assert!(figures.contains(&"3"), "{figures:?}");
        assert!(figures.contains(&"13"), "no 13th month: {figures:?}");
    }

    #[test]
    fn a_range_of_months_in_cjk_names_no_figure() {
        for text in ["3至5月，9个县", "3到5月", "3～5月", "3-5월", "11~12月"] {
            let figures: Vec<&str> = find_numbers(text)
                .iter()
                .filter(|m| m.figure.is_some())
                .map(|m| &text[m.span.clone()])
                .collect();
            let expected: &[&str] = if text.contains('9') { &["9"] } else { &[] };
            assert_eq!(figures, expected, "{text}");
        }
        // Not a range of months: a 13th month, a duration, a count before a month.
        for (text, figure) in [("3至13月", "3"), ("3至5个月", "3"), ("30至5月", "30")] {
            let figures: Vec<&str> = find_numbers(text)
                .iter()
                .filter(|m| m.figure.is_some())
                .map(|m| &text[m.span.clone()])
                .collect();
            assert!(figures.contains(&figure), "{text}: {figures:?}");
        }
    }

    #[test]
    fn a_day_before_a_foreign_month_name_that_may_be_another_word_is_a_figure() {
        // Capitalised, a French name is a name: `Mars` the planet, a `Mai Tai`.
        assert_eq!(dates("2 Mars rovers, 3 Mai Tais"), [None, None]);
        // Spanish and Portuguese need their `de`: `mayo` is also a sauce.
        assert_eq!(dates("2 mayo packets, 2 desks"), [None, None]);
        assert_eq!(dates("2nd de mayo"), [Some(DatePart::Day(2))]);
        // `21. November` may end a sentence and begin the next: with a name English
        // shares, only before a year; German's own names are read alone.
        assert_eq!(dates("rose by 21. November saw more"), [None]);
        assert_eq!(
            dates("am 21. November 2020"),
            [month_day(11, 21), Some(DatePart::Year(2020))]
        );
        assert_eq!(dates("am 21. Dezember"), [month_day(12, 21)]);
        // `1er` is French for the first only.
        assert_eq!(dates("le 2er novembre"), [None]);
    }

    #[test]
    fn a_range_of_days_before_a_month_name_names_two_days() {
        for text in ["16 to 22 November", "16-22 novembre", "16\u{2013}22 Nov"] {
            let found = find_numbers(text);
            assert_eq!(
                found.iter().map(|m| m.date).collect::<Vec<_>>(),
                [month_day(11, 16), month_day(11, 22)],
                "{text}"
            );
            assert_eq!(&text[found[0].span.clone()], "16", "{text}");
        }
        assert_eq!(dates("pages 11-21 of the report"), [None, None]);
    }

    #[test]
    fn dates_in_digits_are_a_day_and_month_and_a_year() {
        let year = Some(DatePart::Year(2020));
        for (text, day_and_month) in [
            ("Am 21.11.2020 waren", "21.11"),
            ("by 21/11/2020,", "21/11"),
            ("by 11/21/2020,", "11/21"),
            ("on 21-11-2020.", "21-11"),
        ] {
            let found = find_numbers(text);
            assert_eq!(
                found
                    .iter()
                    .map(|m| &text[m.span.clone()])
                    .collect::<Vec<_>>(),
                [day_and_month, "2020"],
                "{text}"
            );
            assert_eq!(found[0].date, month_day(11, 21), "{text}");
            assert_eq!(found[0].figure, None, "{text}: never the decimal 21.11");
            assert_eq!(found[1].date, year, "{text}");
        }
        for text in ["On 2020-11-21.", "2020/11/21", "2020.11.21"] {
            assert_eq!(found(text).len(), 2, "{text}");
            assert_eq!(dates(text), [year, month_day(11, 21)], "{text}");
        }
        assert_eq!(found("On 2020-11-21."), ["2020", "11-21"]);
        assert_eq!(
            dates("1.2.2019"),
            [month_day(2, 1), Some(DatePart::Year(2019))]
        );
    }

    #[test]
    fn a_fiscal_year_with_the_next_years_last_two_digits_is_one_number() {
        for (text, written) in [
            ("a budget for 2024/25.", "2024/25"),
            ("The state's 2024-25 budget", "2024-25"),
            ("In 2024\u{2013}25 the city", "2024\u{2013}25"),
            ("FY2024-25 closed", "FY2024-25"),
            ("(FY 2024/25)", "2024/25"),
        ] {
            let found = find_numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(&text[found[0].span.clone()], written, "{text}");
            assert_eq!(found[0].date, Some(DatePart::FiscalYear(2024)), "{text}");
            // Its figure is its first year, as a year alone is; the short year is none.
            assert_eq!(
                found[0]
                    .figure
                    .as_ref()
                    .map(|f| f.text.to_string())
                    .as_deref(),
                Some("2024"),
                "{text}"
            );
            assert!(!found[0].is_part_of_a_word(text), "{text}");
        }
        assert_eq!(dates("in 1999/00"), [Some(DatePart::FiscalYear(1999))]);
    }

    #[test]
    fn figures_that_only_look_like_a_fiscal_year_are_figures() {
        // Not the next year's digits, a full second year, no four-digit year.
        assert_eq!(found("2024/26"), ["2024", "26"]);
        assert_eq!(found("2024/24"), ["2024", "24"]);
        assert_eq!(found("the 2024-2025 season"), ["2024", "2025"]);
        assert_eq!(found("scored 10/11"), ["10", "11"]);
        assert_eq!(found("in 2024/5"), ["2024", "5"]);
        // A longer code or figure, a percentage or a scaled figure after the year.
        assert_eq!(found("2024/25/26"), ["2024", "25", "26"]);
        assert_eq!(found("2024-25,000 people"), ["2024", "25,000"]);
        assert_eq!(found("2019-20% off"), ["2019", "20%"]);
        assert_eq!(found("2019-20 million"), ["2019", "20 million"]);
        assert_eq!(found("2024/25th"), ["2024", "25th"]);
        // A date with its year first stays one.
        assert_eq!(found("2024-12-25"), ["2024", "12-25"]);
        // `FY` inside a longer word, or before a year alone: a code, as `G7` is.
        let glued = |text: &str| {
            find_numbers(text)
                .into_iter()
                .filter(|m| !m.is_part_of_a_word(text))
                .count()
        };
        assert_eq!(glued("FY2025 results"), 0);
        assert_eq!(glued("XFY2024-25"), 1, "the 25 alone");
        assert!(
            dates("FY2025, XFY2024-25")
                .iter()
                .all(|d| !matches!(d, Some(DatePart::FiscalYear(_))))
        );
    }

    #[test]
    fn a_date_in_digits_whose_order_is_not_told_may_be_read_either_way() {
        assert_eq!(
            dates("on 05/06/2020")[0],
            Some(DatePart::MonthDayEitherWay {
                first: 5,
                second: 6
            })
        );
        // With a point, the day comes first.
        assert_eq!(dates("am 05.06.2020")[0], month_day(6, 5));
        // Neither part a month: no date.
        assert_eq!(found("21/21/2020"), ["21", "21", "2020"]);
    }

    #[test]
    fn the_days_and_months_of_every_date_read_may_be_in_a_date() {
        let text = "On 21/11/2020, 11/21/2020, 21-11-2020, 2020-11-21, 2020/11/21, 2020.11.21, \
                    21.11.2020, 05/06/2020, November 21, Nov. 21, 21 November 2020, 21 Nov \
                    2020, 21. November 2020, am 3. Dezember, le 21 novembre, el 21 de \
                    noviembre, 21 de novembro, 21 mei, 16 to 22 November, 16-22 novembre, \
                    November 16 to 22";
        // The value check looks in the lowercased quote: ASCII here, at the same places.
        let lowercase = text.to_lowercase();
        assert_eq!(lowercase.len(), text.len());
        let mut days = 0;
        for mention in find_numbers(text) {
            // A day or month that is no figure: those a value is not found in as written.
            if mention.figure.is_some() || mention.date.is_none() {
                continue;
            }
            let mut at = mention.span.start;
            while at < mention.span.end {
                let end = digits_end(text.as_bytes(), at);
                if end == at {
                    at += 1;
                    continue;
                }
                if end - at <= 2 {
                    days += 1;
                    for written in [text, lowercase.as_str()] {
                        assert!(
                            may_be_in_a_date(written, at, end),
                            "{} in {}",
                            &text[at..end],
                            &text[mention.span.clone()]
                        );
                    }
                }
                at = end;
            }
        }
        assert!(days >= 25, "{days} days and months read");
        // The first month of a range of months (`3至5月`, March to May) has no sign of its own.
        for text in ["3至5月", "3-5월"] {
            assert!(may_be_in_a_date(text, 0, 1), "{text}");
        }
        for (text, span) in [
            ("21 projects", 0..2),
            ("in 21, 22 and 23", 3..5),
            ("page 12 of 30", 5..7),
            ("Section 21 says", 8..10),
            ("2020 villages", 0..4),
            ("7,993 villages", 2..5),
        ] {
            assert!(!may_be_in_a_date(text, span.start, span.end), "{text}");
        }
    }

    #[test]
    fn digits_that_only_look_like_a_date_are_not_one() {
        // No year: a score, a ratio, a time, a decimal.
        assert_eq!(dates("scored 21/11, at 21.11"), [None, None, None]);
        assert_eq!(
            find_numbers("at 21.11")[0]
                .figure
                .as_ref()
                .map(|f| f.text.to_string())
                .as_deref(),
            Some("21.11")
        );
        // Ranges of years and pages, version numbers, codes.
        assert_eq!(found("the 2020-2021 season"), ["2020", "2021"]);
        assert_eq!(
            dates("the 2020-2021 season"),
            [Some(DatePart::Year(2020)), Some(DatePart::Year(2021))]
        );
        assert_eq!(found("pages 11-21"), ["11", "21"]);
        assert_eq!(found("1.2.3"), ["1.2", "3"]);
        // Written onto a word, or after a figure and a point: read as before.
        assert_eq!(found("v2.11.2020"), ["2.11", "2020"]);
        assert_eq!(found("1.21.11.2020"), ["1.21", "11.2020"]);
        assert!(
            dates("v2.11.2020, 1.21.11.2020")
                .iter()
                .all(|d| !matches!(d, Some(DatePart::MonthDay { .. })))
        );
        assert_eq!(found("21.11.2020.5"), ["21.11", "2020.5"]);
        // A day and month with their points and no year, after a word that dates them.
        assert_eq!(
            dates("seit dem 3.11. gilt er, vom 1.3. bis zum 5.3."),
            [
                Some(DatePart::MonthDay { month: 11, day: 3 }),
                Some(DatePart::MonthDay { month: 3, day: 1 }),
                Some(DatePart::MonthDay { month: 3, day: 5 })
            ]
        );
        assert_eq!(dates("Die Quote stieg auf 3.11. Danach"), [None]);
        for text in [
            "Die Quote stieg bis 3.11.",
            "La inflación subió al 3.5.",
            "puis au 3.6.",
        ] {
            assert_eq!(dates(text).last(), Some(&None), "{text}");
        }
        assert_eq!(found("am 3.11.2020 und am 3.11"), ["3.11", "2020", "3.11"]);
        assert_eq!(dates("am 3.11"), [None]);
        assert_eq!(
            dates("2020-11-21-3, 2020-13-01, 2020-11-32"),
            [
                Some(DatePart::Year(2020)),
                None,
                None,
                None,
                Some(DatePart::Year(2020)),
                None,
                None,
                Some(DatePart::Year(2020)),
                None,
                None,
            ]
        );
        // A year out of range, or not of four digits.
        assert_eq!(dates("21.11.1789, 21.11.20"), [None; 4]);
        // A dotted number of another kind: thousands in German.
        assert_eq!(found("1.079.498"), ["1.079.498"]);
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
    fn a_time_of_day_states_no_figure() {
        let figures = |text: &str| -> Vec<String> {
            find_numbers(text)
                .into_iter()
                .filter_map(|m| m.figure.map(|f| f.value.to_string()))
                .collect()
        };
        for (text, expected) in [
            ("Um 14:30 Uhr wurden 3 Verletzte gemeldet.", &["3"][..]),
            ("Um 14:30 wurden 3 Verletzte gemeldet.", &["3"]),
            ("The train left at 9:05 with 40 people.", &["40"]),
            ("a ratio of 1:20", &["1", "20"]),
            ("a 1:50 scale model", &["1", "50"]),
            ("at 1:25,000 scale", &["1", "25000"]),
            ("a 16:10 aspect ratio", &["16", "10"]),
            ("The vote was 12:10", &["12", "10"]),
            ("Genesis 1:27", &["1", "27"]),
            ("Um 14.30 Uhr wurden 3 Verletzte gemeldet.", &["3"]),
            ("At 2.15 p.m. 4 trains left.", &["4"]),
            ("at 9:05:30 sharp", &[]),
            // An hour alone is its figure.
            ("At 2 p.m. 4 trains left.", &["2", "4"]),
            // A score, a ratio, a decimal, a count of hours: figures.
            ("Das Spiel endete 3:1", &["3", "1"]),
            ("a ratio of 10:1", &["10", "1"]),
            ("it rose 14.30 percent", &["14.3"]),
            ("25:30 is no time", &["25", "30"]),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
        assert!(in_time_of_day("at 14:30", 6));
        assert!(in_time_of_day("at 14:30", 3));
        assert!(!in_time_of_day("3:1", 2));
        assert!(!in_time_of_day("at 5 p.m.", 3));
    }

    #[test]
    fn an_hour_and_its_minutes_after_a_point_are_a_time_beside_a_word_of_the_clock() {
        let figures = |text: &str| -> Vec<String> {
            find_numbers(text)
                .into_iter()
                .filter_map(|m| m.figure.map(|f| f.value.to_string()))
                .collect()
        };
        // Found from outside: Polish and Indonesian write the time with a point, and read as a
        // decimal it told the article's decimal mark.
        for text in [
            "Kulminacja fali nastąpiła o godz. 14.30. Poziom wody wyniósł 3 m.",
            "Kulminacja nastąpiła o godzinie 9.05, a poziom wyniósł 3 m.",
            "Banjir terjadi pukul 22.30 WIB dan 3 rumah rusak.",
            "Banjir terjadi pukul 22.30, 3 rumah rusak.",
            "Gempa terjadi jam 9.15 dan 3 rumah rusak.",
            "Gempa terjadi 22.30 WITA dan 3 rumah rusak.",
            "Gempa terjadi 07.45 WIT dan 3 rumah rusak.",
            "Le conseil s'est réuni à 14.30 avec 3 élus.",
            "Um 14.30 Uhr wurden 3 Verletzte gemeldet.",
            "The polls opened at 10.30 am and 3 voters were waiting.",
            "The polls opened at 10.30 AM Monday and 3 voters were waiting.",
            "La sesión empezó a las 14.30 con 3 diputados.",
            "La sesión empezó a las 14.30 h con 3 diputados.",
            "La sesión empezó 14.30 h con 3 diputados.",
            "La riunione è iniziata alle 14.30 con 3 consiglieri.",
            "La riunione è iniziata ore 14.30 con 3 consiglieri.",
            "A sessão começou às 14.30 com 3 vereadores.",
            "Toplantı saat 14.30 da 3 kişiyle başladı.",
            "Kokous alkoi klo 14.30 ja 3 jäsentä tuli.",
            "Mødet begyndte kl. 14.30 med 3 medlemmer.",
            "De raad begon om 14.30 uur met 3 leden.",
            "The quake struck at 14.30 GMT; 3 were hurt.",
            "The quake struck at 14.30 UTC; 3 were hurt.",
            "Die Sitzung endete 24.00 Uhr mit 3 Beschlüssen.",
        ] {
            assert_eq!(figures(text), ["3"], "{text}");
        }
        // A plain hour and minutes, one after `at` (a price, a level), a duration of one-digit
        // hours, and an amount after a word of the clock: figures.
        for (text, expected) in [
            ("Shares closed at 14.30 on Friday.", &["14.3"][..]),
            ("The rate was 14.30 in May.", &["14.3"]),
            ("it rose 14.30 percent", &["14.3"]),
            ("The flight took 2.50 h in all.", &["2.5"]),
            ("The flight took 2.50 hrs in all.", &["2.5"]),
            ("Le billet coûte à 14.30 € l'unité.", &["14.3"]),
            ("Die Anleihe stieg um 12.50 Prozent.", &["12.5"]),
            ("Der Kurs lag 14.30 am Freitag.", &["14.3"]),
            // No hour of the clock: 25 and 24.30 are none.
            ("pukul 25.30", &["25.3"]),
            ("um 24.30 Uhr", &["24.3"]),
            // Minutes are two digits and go on as nothing else.
            ("pukul 14.305", &["14.305"]),
            ("pukul 14.3", &["14.3"]),
        ] {
            assert_eq!(figures(text), expected, "{text}");
        }
        assert!(in_time_of_day("o godz. 14.30", 8));
        assert!(in_time_of_day("o godz. 14.30", 11));
        assert!(in_time_of_day("pukul 22.30 wib", 6));
        assert!(in_time_of_day("terjadi 22.30 wib", 8));
        assert!(!in_time_of_day("closed at 14.30", 10));
        // Both ends of a range of times whose other end is one, with a dash or an en dash.
        for text in [
            "W godz. 10.00-14.00 przyjęto 3 osoby.",
            "W godzinach 10.00 - 14.00 przyjęto 3 osoby.",
            "Jalan ditutup 08.00\u{2013}10.00 WIB untuk 3 truk.",
        ] {
            assert_eq!(figures(text), ["3"], "{text}");
        }
        assert_eq!(figures("a score of 10.00-14.00"), ["10", "14"]);
        // The same with a colon, which is no decimal: any of those words makes it a time.
        assert_eq!(figures("pukul 22:30 dan 3 rumah"), ["3"]);
        assert_eq!(figures("from 9:30 hrs, 3 trains"), ["3"]);
        assert_eq!(figures("took 2:50 h"), Vec::<String>::new());
    }
}
