//! CC202 `value-not-in-quote`: a claim's value is stated by its quote.
//!
//! The quote must contain the value's number, as written or in an equivalent notation:
//!
//! 1. a figure of the quote as [`find_numbers`](super::numbers::find_numbers) reads it, the one reading that `claimcheck
//!    coverage` also uses, whose notations share one with the value's: the quote's
//!    `3.29 million` states the value `3,290,000`, `27 208`, `27'208` and `1.079.498,5`
//!    state `27,208` and `1,079,498.5`, `3,5 %` states `3.5%`, `١٥٠٠٠٠٠` states `1,500,000`,
//!    `923万` states `9.23 million`, `£3m`, `3mn` and `3 M€` state `3 million`, `quatre`
//!    and `zwei` state `4` and `2` (see [`super::number_words`]), `4.5bn` states
//!    `4.5 billion`, `六十六` states `66`, `三千万` and `3千万` state `30,000,000`,
//!    `百分之八十` states `80%` (see [`super::chinese_numerals`] for when Chinese numerals are
//!    a figure: `四川` and `一个` are not). A figure written onto a word of a script that
//!    spaces its words (`G17`, `5G`), or after a hyphen onto one (`A-66`, `COVID-19`), is
//!    part of a name and states nothing, unless that word is a unit symbol (`1,000km`
//!    states 1000, `20kg` 20); beside a character of a script written without spaces
//!    (`最后9个`) it stands alone;
//! 2. or one of the value's [`notations`] in words (`three` for `3`, `0.85 percent` for
//!    `0.85%`, `4 per cent` read as `4 percent`), compared case-insensitively on the
//!    normalized quote, and only on number boundaries: not inside a longer number or word
//!    (`17` is not in `170`, `17.5`, `1,017`, `27'17`, `17th` or `v17`, `one` not in
//!    `twenty-one`), nor followed by a percent sign, a scale word or a Chinese multiplier
//!    (`3` is not in `3 %`, `3 million`, `3万` or `3千万`; there the figures as read tell).
//!
//! The value as written is looked for first, on the same boundaries and beside no space and
//! digit: where a space may group it with another figure (`1 208`, `3 200 000`), the figures
//! as read decide (1208, 3200000), so that the verdict and the note never disagree.
//!
//! The figures of (1) hold no date's day or month (see [`super::numbers`]): `November 21`,
//! `21 November`, `21/11/2020`, `11/21/2020`, `2020-11-21` and the `21.11` of `21.11.2020`
//! are days of a month, not figures, and state neither the value 21 nor 11 nor 21.11, in
//! whichever notation the date is written: a date is encoded as `as_of` or `period`, and
//! `claimcheck coverage` counts it encoded only by those. The year of a date is a figure,
//! as a year alone is (`21.11.2020` states 2020), and so is the first year of a fiscal year,
//! whose second, written short, is none (`2024/25` states 2024, not 25). The value's number
//! as written, looked for first in the quote's text (see below), is not taken where it may
//! be a date's day or month ([`may_be_in_a_date`]): there the figures as read tell (`21 may
//! rise` states 21).
//! A day the reader is unsure of keeps its figure and states the value: the `22` of
//! `November 16 to 22` (which may be "to 22 counties"), the `16` of `16 to 22 November`.
//! When the value is the day or month of a date of the quote, a note says so.
//!
//! The quote is judged as its passage stands in the article: a passage that starts or ends
//! inside a figure of the article (`5% in May` of `.5% in May`, `500` of `12,500`, `3` of
//! `3 million`) states that figure whole, read from the article ([`cut_figures`]), and the
//! note says so. Only a digit, separator, sign or scale beside an edge makes the article be
//! read there, a few words of it.
//!
//! The note of a CC202 lists the quote's figures of (1), each whole and as the quote writes
//! it: what the verdict was read from, so that a note never shows the value as stated. A
//! number that is a date and no figure is marked so (`21.11` (a date)), and so is a time of
//! day (`14.30` (a time of day, which no value states)).
//! When the quote has Chinese or Japanese numerals that state no figure (`四川`, `一个`,
//! `三四个`), a second note names them and says why they were not read.
//!
//! A figure with one point or comma before three digits (`1.035`, `1,035`) reads either way
//! (see [`Separators::Either`]): it is read by the decimal mark its article's other figures
//! tell ([`super::decimal_mark`], read once per article and only when a claim needs it), and
//! the value as written is taken as it stands only in an article that writes a decimal
//! point, as values do. When the article tells no mark, or both, a value stated by one of
//! the two readings is a CC206 warning ([`one_of_two_readings`]), unless the claim rules the
//! other out ([`Context::leaves_open`]: `5,379 villages` is 5379, as 5.379 villages count
//! nothing, and `1,000 km` is 1000 km, as prose does not write 1 as `1,000`). A value with
//! decimals in a unit that counts things is stated by no such figure (`value: 5.379` for
//! "5,379 villages" is CC202, its note saying the count is 5379). A CC202 note says when a
//! figure was read by the article's mark as another figure than the value.
//!
//! A qualified value ("more than 10,000") needs only its number: the qualifier is the
//! author's reading of the words around it.
//!
//! A value stated by a figure of the quote written to another precision (`1,200,000` by
//! `1.2 million`, `1.5 billion` by `1.500 millones`, `5%` by `5.0%`) is that figure to the
//! rules: the check hands it back ([`Checked::as_quoted`]) and the claim stands for its
//! rounding ([`Claim::figure`]), as it reports what its article says.
//!
//! Cost: O(quote × notations) per claim, a handful of notations.

use super::chinese_numerals::{is_numeral, joined_to_figure, unread_runs};
use super::compound_scale;
use super::english_words;
use super::normalize::{normalize, word_boundary_between};
use super::notation::notations;
use super::numbers::{
    ARABIC_DECIMAL, ARABIC_THOUSANDS, DatePart, DecimalMark, FULLWIDTH_POINT, Language, Mention,
    PERCENT_SIGNS, Separators, decimal_digit, figure_word_start, find_numbers_in, follower_end,
    hundreds_after_digits, in_compound_number, is_dotted_day_month, is_hangul, is_myriad,
    is_number_space, leading_point_before, may_be_in_a_date, numbers_read_from,
    percent_sign_before, percent_sign_end, preceder_before, scale_with_a_point_after,
    scaled_code_after_lowercase, sign_before_figure, spelled_number_goes_on,
};
use super::quote::Article;
use super::range_scale;
use super::spaced::Spaced;
use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::facts::Figure;
use crate::model::Claim;
use crate::quantity::{Qualifier, Quantity};

/// Whether `figure`, read from an article, is a claim's `value`: the two share a notation
/// (case-insensitively: `3.29 million` and `3,290,000`, `nine` and `9`, `0.85%` and `0.85
/// percent`), or are one number, the figure written to more decimals ([`more_precisely`]:
/// `5.0%` for `5%`). A percentage never equals a plain number, and `4000` (written to the
/// unit) is not `4000.00`.
pub fn same_figure(value: &Quantity, figure: &Quantity) -> bool {
    shares_a_notation(&lowercase_notations(value), figure) || more_precisely(figure, value)
}

/// Whether `figure` is the number `value` is, written to as many decimals or more: `5.0%`
/// and `5.00%` state 5%, `2.50` states 2.5, `12.0 tonnes` 12. Not the other way: `4000`
/// does not state 4000.00, whose claim would make the article more precise than it is.
fn more_precisely(figure: &Quantity, value: &Quantity) -> bool {
    let step = |q: &Quantity| i64::from(q.exponent) - i64::from(q.decimals);
    figure.is_percent == value.is_percent
        && figure.value == value.value
        && step(figure) <= step(value)
}

/// A figure's [`notations`], lowercased: built once for a value compared with many figures.
fn lowercase_notations(figure: &Quantity) -> Vec<String> {
    notations(figure).iter().map(|n| n.to_lowercase()).collect()
}

/// Whether `figure` has one of the notations `ours` (from [`lowercase_notations`]).
fn shares_a_notation(ours: &[String], figure: &Quantity) -> bool {
    notations(figure)
        .iter()
        .any(|n| ours.contains(&n.to_lowercase()))
}

/// Whether the quote states `value` (see the module docs), read without its article: a
/// figure that reads either way (`1.035`) states both its readings.
pub fn quote_states(quote: &str, value: &Quantity) -> bool {
    let figures = figures_of(quote, Language::UNDECLARED);
    states(
        &comparable(&normalize(quote)),
        &figures,
        value,
        Context::default(),
    ) != Stated::No
}

/// How a quote states a value.
#[derive(Debug, PartialEq)]
enum Stated<'f> {
    No,
    /// As written, in another of its notations, or by a figure of the quote in the one
    /// reading that its article's decimal mark gives: that figure as the quote writes it
    /// and as read, when it is one.
    Plainly(Option<(&'f str, &'f Quantity)>),
    /// Only by one reading of a figure that reads either way (`1.035`, see
    /// [`Separators::Either`]), which the article's figures do not settle.
    OneOfTwoReadings(Readings<'f>),
}

/// A figure that reads either way, as a value was read from it.
#[derive(Debug, PartialEq)]
struct Readings<'f> {
    /// The figure as the quote writes it.
    written: &'f str,
    /// The reading that states the value.
    reading: &'f Quantity,
    other: &'f Quantity,
    /// Whether `reading` is the one with a decimal point.
    with_a_point: bool,
}

/// What the value check knows beside the quote: the article, whose decimal mark is read
/// from its figures when first needed and whose declared language says which words are
/// numbers ([`Context::language`]), and the claim's unit, which tells whether it counts
/// things ([`Context::counts`]).
#[derive(Clone, Copy, Default)]
struct Context<'a> {
    article: Option<&'a Article<'a>>,
    unit: Option<&'a str>,
}

impl Context<'_> {
    /// The language the article's source declares; none without the article.
    fn language(self) -> Language {
        self.article.map_or(Language::UNDECLARED, Article::language)
    }

    /// The article's decimal mark, when its figures tell one.
    fn mark(self) -> Option<DecimalMark> {
        self.article
            .and_then(|article| article.decimal_mark().mark())
    }

    /// The decimal mark `mention`, a figure that reads either way, is read by: the
    /// article's, unless that reads decimals into a count whose other reading is whole
    /// (`5.379 Beschäftigte` is 5379 even beside `Industrie 4.0`), which then settles it
    /// ([`Context::only_the_other_counts`]).
    fn mark_of(self, mention: &Mention) -> Option<DecimalMark> {
        let mark = self.mark()?;
        let by_the_mark = mention.figures_by(Some(mark)).next()?;
        (!self.only_the_other_counts(by_the_mark, mention)).then_some(mark)
    }

    /// Whether the claim's unit counts things (`village`, `person`; no measure, no common
    /// unit, no percent): a reading with decimals counts nothing, so that of `5,379
    /// villages` only 5379 does. Asked only of a figure that reads either way, so the unit's
    /// names are looked up for few claims.
    fn counts(self) -> bool {
        self.unit.is_some_and(|unit| {
            !crate::quantity::is_measure_unit(unit) && !super::unit::is_common_unit(unit)
        })
    }

    /// Whether `reading` of `mention`, a figure that reads either way, has decimals where the
    /// other reading is whole, for a claim that counts things: then only the other reading
    /// counts anything (`5,379 villages` is 5379, never 5.379 villages).
    fn only_the_other_counts(self, reading: &Quantity, mention: &Mention) -> bool {
        !reading.value.is_integer()
            && mention
                .other_reading(reading)
                .is_some_and(|other| other.value.is_integer())
            && self.counts()
    }

    /// Whether the claim's value is stated by `reading` of a figure that reads either way,
    /// with its `other` reading still open where the article does not settle it. A whole
    /// `reading` is the only one beside an `other` with decimals for a claim that counts
    /// things (5.379 villages count nothing), and beside an `other` with decimals that are
    /// all zeros for any claim (prose does not write a whole 1 as `1,000`).
    fn leaves_open(self, reading: &Quantity, other: &Quantity) -> bool {
        let whole = reading.value.is_integer();
        let counts_nothing = !other.value.is_integer() && self.counts();
        let zero_decimals = other.decimals > 0 && other.value.is_integer();
        !(whole && (counts_nothing || zero_decimals))
    }
}

/// The numbers of the quote (`quote` as written) a value is read from, and that a CC202 note
/// lists: every number [`find_numbers_in`] reads in an article in `language`, as coverage
/// reads it, less those written onto a word (`G17`), which are parts of names.
fn figures_of(quote: &str, language: Language) -> Vec<(String, Mention)> {
    // A line break or a run of spaces in the YAML is one space in the article's reading
    // (`27` at a line's end, `208` on the next, is `27 208`).
    let quote = one_space_between_words(quote);
    find_numbers_in(&quote, language)
        .into_iter()
        .filter(|m| !m.is_part_of_a_word(&quote))
        .map(|m| (quote[m.span.clone()].to_string(), m))
        .collect()
}

/// The name or code of `quote` (spaced as read) whose digits write `value`'s number, which
/// [`figures_of`] leaves out as part of it: `CC-55` for `55`, `M25` for `25`.
fn in_a_name(quote: &str, value: &Quantity, language: Language) -> Option<String> {
    find_numbers_in(quote, language)
        .into_iter()
        .filter(|mention| mention.is_part_of_a_word(quote))
        .find(|mention| quote[mention.span.clone()] == *value.number())
        .map(|mention| {
            let is_name_char = |c: char| c.is_alphanumeric() || c == '-';
            let start = quote[..mention.span.start]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_name_char(c))
                .last()
                .map_or(mention.span.start, |(at, _)| at);
            let end = quote[mention.span.end..]
                .find(|c: char| !c.is_alphanumeric())
                .map_or(quote.len(), |length| mention.span.end + length);
            quote[start..end].to_string()
        })
}

/// `text` as its numbers are read ([`Spaced`]): trimmed, each run of ASCII whitespace
/// (spaces, tabs, line breaks) one space, as quotes are compared; no-break and narrow
/// spaces, which group thousands, are kept.
fn one_space_between_words(text: &str) -> std::borrow::Cow<'_, str> {
    Spaced::quote(text).text
}

/// How the quote (`lower`, [`comparable`], with `figures` read from it as written) states
/// `value`: one of `figures` is the same figure, or one of the value's [`notations`] in
/// words stands in it. The value's notations are built only when its number as written is
/// not in the quote (see [`stated_as_written`]), and then once.
fn states<'f>(
    lower: &str,
    figures: &'f [(String, Mention)],
    value: &Quantity,
    context: Context,
) -> Stated<'f> {
    if stated_as_written_plainly(lower, value, context) {
        return Stated::Plainly(None);
    }
    stated_otherwise(lower, figures, value, context)
}

/// Whether the value's number as written stands in the quote ([`stated_as_written`]) and
/// reads there as in the value: a number with one point or comma before three digits
/// (`1.035`, `1,035`) reads so only in an article that writes a decimal point, as the
/// value does, and never as a count of things with decimals (`5.379 villages` is 5379); a
/// number the value writes in English words (`ten`) only in an article whose language
/// reads them (`ten` is the Polish "this").
fn stated_as_written_plainly(lower: &str, value: &Quantity, context: Context) -> bool {
    (context.language().reads_english_words() || !begins_in_words(value.number()))
        && stated_as_written(lower, value)
        && (!reads_either_way(value.number())
            || (context.mark() == Some(DecimalMark::Point)
                && (value.value.is_integer() || !context.counts())))
}

/// Whether a number as a value writes it (`1,035`, `1.035`, `-1.035`) has one point or comma
/// before exactly three digits, which an article read the other way reads as another
/// figure.
fn reads_either_way(number: &str) -> bool {
    let digits = number.trim_start_matches(['-', '+']);
    let figure_end = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(digits.len());
    let figure = &digits[..figure_end];
    let Some(at) = figure.find(['.', ',']) else {
        return false;
    };
    let (whole, group) = (&figure[..at], &figure[at + 1..]);
    (1..=3).contains(&whole.len())
        && whole != "0"
        && group.len() == 3
        && group.bytes().all(|b| b.is_ascii_digit())
}

/// [`states`] but for the value's number as written, which [`check`] tries before it reads
/// the quote's figures. A figure that reads either way states the reading of its article's
/// decimal mark; when the article tells none, either reading, as
/// [`Stated::OneOfTwoReadings`] unless the claim rules the other out
/// ([`Context::leaves_open`]).
fn stated_otherwise<'f>(
    lower: &str,
    figures: &'f [(String, Mention)],
    value: &Quantity,
    context: Context,
) -> Stated<'f> {
    let ours = lowercase_notations(value);
    // A notation that begins in English words (`ten`, `a dozen`, `ten percent`) only where
    // the article's language reads them.
    let english_words = context.language().reads_english_words();
    let in_words = || {
        ours.iter()
            .skip(1)
            .filter(|notation| notation.contains(char::is_alphabetic))
            .filter(|notation| english_words || !begins_in_words(notation))
            .any(|notation| stated_in(lower, notation))
    };
    let mut either_way = None;
    // The figures that state the value in their one reading, as written and as read.
    let mut plainly: Vec<(&'f str, &'f Quantity)> = Vec::new();
    // Figures in digits are judged as the quote's figures read (the one reading, which the
    // note lists); the notations in words (`nine`, `3 percent`, `a dozen`) are looked for.
    for (written, mention) in figures {
        let mark = match mention.separators {
            Separators::Either => context.mark_of(mention),
            _ => None,
        };
        for reading in mention.figures_by(mark) {
            // Written to more decimals: where the figure reads one way, alone or by the
            // article's mark; where the article leaves it open, as one of its two readings
            // (`1.5` of `1,500`, as CC206's help offers), unless its decimals are all zeros
            // (`1,000` as 1.000 is no way to write 1).
            let more_precise = || {
                more_precisely(reading, value)
                    && (mark.is_some()
                        || mention.other_reading(reading).is_none()
                        || !(reading.decimals > 0 && reading.value.is_integer()))
            };
            if !shares_a_notation(&ours, reading) && !more_precise() {
                continue;
            }
            if mark.is_none() && context.only_the_other_counts(reading, mention) {
                continue;
            }
            match mention.other_reading(reading) {
                Some(other) if mark.is_none() && context.leaves_open(reading, other) => {
                    either_way.get_or_insert(Stated::OneOfTwoReadings(Readings {
                        written,
                        reading,
                        other,
                        with_a_point: mention.figure.as_ref() == Some(reading),
                    }));
                }
                _ => plainly.push((written, reading)),
            }
        }
    }
    if !plainly.is_empty() {
        return Stated::Plainly(one_precision(&plainly, value, in_words));
    }
    match either_way {
        _ if in_words() => Stated::Plainly(None),
        Some(stated) => stated,
        None => Stated::No,
    }
}

/// Of `plainly`, the quote's figures that state `value` (as written and as read), the one
/// whose precision the claim takes: the precision they all share, where the value is
/// written to another and the quote does not also state it in words. `None` where one of
/// them is at the value's precision or they disagree ("a 3.0 quake hit three villages",
/// "1.2 million euros for 1.20 million people"): the value's own reading stands.
fn one_precision<'f>(
    plainly: &[(&'f str, &'f Quantity)],
    value: &Quantity,
    in_words: impl FnOnce() -> bool,
) -> Option<(&'f str, &'f Quantity)> {
    let &(written, first) = plainly.first()?;
    let step = first.step();
    let shared = plainly.iter().all(|(_, figure)| figure.step() == step);
    (shared && step != value.step() && !in_words()).then_some((written, first))
}

/// Whether a number or a notation of one begins in English words (`ten`, `a dozen`, `ten
/// percent`, `one million`), not digits (`10`, `3 percent`, `3.29 million`).
fn begins_in_words(notation: &str) -> bool {
    notation.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// The normalized quote as notations are looked for in it: lowercased, and with the British
/// `per cent` as `percent`.
fn comparable(normalized: &str) -> String {
    let lower = normalized.to_lowercase();
    if !lower.contains("per cent") {
        return lower;
    }
    // Not the Italian `per cento`, a percent word of its own.
    let mut joined = String::with_capacity(lower.len());
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("per cent") {
        let after = &rest[at + "per cent".len()..];
        joined.push_str(&rest[..at]);
        joined.push_str(if after.starts_with(char::is_alphabetic) {
            "per cent"
        } else {
            "percent"
        });
        rest = after;
    }
    joined.push_str(rest);
    joined
}

/// Whether the value's number as written (the first of its [`notations`]) stands in the
/// quote (`lower`: normalized and lowercased) on number boundaries: how most quotes state
/// their value, found without building a notation or reading the quote's figures. Not
/// where it may be the day or month of a date (`21` of `21/11/2020` or `21 November`): the
/// figures as read tell whether it is one, and a date states no figure.
fn stated_as_written(lower: &str, value: &Quantity) -> bool {
    found_in(lower, value.number(), |at, end| {
        !may_be_in_a_date(lower, at, end) && !is_dotted_day_month(lower, at, end)
    })
}

/// Whether `notation` stands in the quote (`lower`: normalized and lowercased) on number
/// boundaries.
fn stated_in(lower: &str, notation: &str) -> bool {
    found_in(lower, notation, |_, _| true)
}

/// Whether `notation` stands in `lower` on number boundaries at a place `accept`s.
fn found_in(lower: &str, notation: &str, accept: impl Fn(usize, usize) -> bool) -> bool {
    let needle = normalize(&notation.to_lowercase());
    !needle.is_empty()
        && lower.match_indices(&needle).any(|(at, found)| {
            let end = at + found.len();
            on_number_boundaries(lower, at, end) && accept(at, end)
        })
}

/// Whether `text[start..end]` stands alone as a number: see the module docs.
fn on_number_boundaries(text: &str, start: usize, end: usize) -> bool {
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    // A number word of a hyphenated compound: `one` in `twenty-one`.
    if first.is_some_and(char::is_alphabetic)
        && (in_compound_number(text, start, end)
            || english_words::goes_on_a_number(text, start)
            || english_words::is_one_that_counts_nothing(text, start)
            || (last.is_some_and(char::is_alphabetic) && spelled_number_goes_on(text, start, end)))
    {
        return false;
    }
    if text[start..end].starts_with("a ") && a_fraction_of(text, start, end) {
        return false;
    }
    if joined_to_digits(text[..start].chars().rev()) || joined_to_digits(text[end..].chars()) {
        return false;
    }
    // A minus sign before it makes another figure (`3.2%` is not in `-3.2%`, `5` not in
    // `minus 5`), and a value with its sign (`-5`) is judged on the figures as read, which
    // tell a sign from a hyphen.
    if text[start..].starts_with('-')
        || sign_before_figure(text, start).is_some()
        || english_words::spoken_sign_before(text, start, end).is_some()
    {
        return false;
    }
    // `%85` is a percentage (Turkish writes the sign first), not 85; `.5` is 0.5, not 5;
    // `ร้อยละ 45` and `asilimia 45` are 45%, `milioni 60` 60 million (see `PRECEDERS`).
    if percent_sign_before(text, start).is_some()
        || leading_point_before(text, start).is_some()
        || preceder_before(text, start).is_some()
    {
        return false;
    }
    // `3` in `3千万`, `923` in `923万`, `80` in `百分之80`, the last `9` in `9十9`: the
    // figures as read tell. And a time of day with its minutes states no figure (`14:30 Uhr`).
    if joined_to_figure(text, start, end)
        || (first.is_some_and(|c| c.is_ascii_digit())
            && super::numbers::in_time_of_day(text, start))
    {
        return false;
    }
    if let (Some(before), Some(first)) = (text[..start].chars().next_back(), first)
        && (!word_boundary_between(before, first)
            || (first.is_ascii_digit() && super::numbers::hyphened_onto_a_word(text, start)))
    {
        return false;
    }
    let rest = &text[end..];
    match rest.chars().next() {
        Some(c) if last.is_some_and(|last| !word_boundary_between(last, c)) => return false,
        // `330만` is 3,300,000, not 330 (the Chinese `万` and `亿` are numerals, see above).
        Some(c) if is_myriad(c) => return false,
        // `3 %` is a percentage too (French), and `3 ٪` (Arabic).
        Some(_) if !text[start..end].ends_with('%') && percent_sign_end(text, end).is_some() => {
            return false;
        }
        _ => {}
    }
    // `3 million`, `2,69 millones`: a scaled figure, not this one; nor the `2` of `2 to 3
    // million`, which is 2 million. Read as in any language (`15 mil` may be 15,000, `300
    // мил.` and `5 mill.` a million, `112 min` a thousand): where the article's reads the
    // word otherwise (`15 mil morskich`, miles; `20 min`, minutes), the figures as read in it
    // tell, and so they do where a scale written onto a code in capitals (`120 MSEK`) is
    // lowercased here.
    if super::numbers::scale_of_one_language_after(text, end) {
        return false;
    }
    follower_end(text, end).is_none()
        && scale_with_a_point_after(text, end).is_none()
        && !scaled_code_after_lowercase(text, end)
        && !(last.is_some_and(|c| c.is_ascii_digit()) && hundreds_after_digits(text, end).is_some())
        && !range_scale::takes_the_scale_after(text, start, end, Language::UNDECLARED)
}

/// Whether `a dozen`, `a hundred` or `a million` at `start..end` of `text` (lowercase) is
/// counted in a fraction of it: `half a million`, `a quarter of a million`, `half a dozen`,
/// `a million and a half`. `a city of a million` is a million.
fn a_fraction_of(text: &str, start: usize, end: usize) -> bool {
    const FRACTIONS: [&str; 8] = [
        "half", "quarter", "quarters", "third", "thirds", "fifth", "tenth", "fraction",
    ];
    let before = text[..start].trim_end();
    let before = before.strip_suffix(" of").unwrap_or(before);
    let last_word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    FRACTIONS.contains(&last_word) || text[end..].starts_with(" and a half")
}

/// Whether the characters on one side of a match (`side`, walking away from it) join it to
/// other digits: a separator then a digit. Then it is part of a longer figure (`17` in
/// `1,017`, `17.5` or `27'17`, `3` in `3٫5`; `"` is an apostrophe as normalization writes
/// it), or, beside a space, maybe a group of a space-grouped one (`200` or `3` in
/// `3 200 000`, `1` in `1 208`), which is for the quote's figures to tell, as read.
fn joined_to_digits(mut side: impl Iterator<Item = char>) -> bool {
    side.next().is_some_and(|c| {
        is_number_space(c)
            || matches!(
                c,
                '.' | ',' | '"' | ARABIC_DECIMAL | ARABIC_THOUSANDS | FULLWIDTH_POINT
            )
    }) && side.next().and_then(decimal_digit).is_some()
}

/// A passage's edges that fall inside a figure of its article (`5% in May` cut from
/// `.5% in May`, `500 villages` from `12,500 villages`, `grew to 3` from `grew to 3
/// million`): the bytes of the article's figure before the passage and after it, one of
/// them maybe empty. The figure as the article writes it is what the quote states there.
#[derive(Debug, PartialEq, Eq)]
struct CutFigures {
    before: std::ops::Range<usize>,
    after: std::ops::Range<usize>,
    /// The article's figures the passage cuts, whole.
    figures: Vec<std::ops::Range<usize>>,
}

/// The figures of `article` that the passage at `span` starts or ends inside (see
/// [`CutFigures`]). Cheap when it does not: the figures are read only when a character
/// that goes on with a figure stands on both sides of an edge.
fn cut_figures(
    article: &str,
    span: std::ops::Range<usize>,
    language: Language,
) -> Option<CutFigures> {
    let (start, end) = (span.start, span.end);
    let mut before = start..start;
    let mut after = end..end;
    let mut figures = Vec::new();
    // A figure in two scales is cut on the spaces between its parts, where the reading of a
    // figure cut inside its digits or words sees none.
    let cut_at = |at: usize, inside: bool| {
        inside
            .then(|| figure_across(article, at, language))
            .flatten()
            .or_else(|| compound_scale::across(article, at, language))
    };
    if let Some(figure) = cut_at(start, starts_inside_a_figure(article, start)) {
        before = figure.start..start;
        figures.push(figure);
    }
    if let Some(figure) = cut_at(end, ends_inside_a_figure(article, end)) {
        after = end..figure.end;
        if !figures.contains(&figure) {
            figures.push(figure);
        }
    }
    (!figures.is_empty()).then_some(CutFigures {
        before,
        after,
        figures,
    })
}

/// A character that goes on with the digits beside it: a decimal point, a group separator.
fn is_figure_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '\'' | '\u{2019}' | ARABIC_DECIMAL | ARABIC_THOUSANDS | FULLWIDTH_POINT
    )
}

/// Whether a digit, a separator or a Chinese numeral, the characters a figure is made of.
fn is_figure_char(c: char) -> bool {
    decimal_digit(c).is_some() || is_figure_separator(c) || is_numeral(c) || is_myriad(c)
}

/// Whether a passage starting at `at` of `article` may start inside a figure: it begins
/// with a digit or a separator and a digit, separator, sign, percent sign written first or
/// a space between digits stands right before it.
fn starts_inside_a_figure(article: &str, at: usize) -> bool {
    let first = article[at..].chars().next();
    let mut preceding = article[..at].chars().rev();
    let before = preceding.next();
    // `twelve villages` cut from `One hundred and twelve villages`.
    if first.is_some_and(|c| c.is_ascii_alphabetic()) {
        return english_words::goes_on_a_number(article, at);
    }
    match (before, first) {
        (Some(before), Some(first)) if is_figure_char(first) => {
            is_figure_char(before)
                || matches!(before, '-' | '\u{2212}' | '\u{2013}')
                || PERCENT_SIGNS.contains(&before)
                || (is_number_space(before) && preceding.next().and_then(decimal_digit).is_some())
        }
        _ => false,
    }
}

/// Whether a passage ending at `at` of `article` may end inside a figure: it ends with a
/// digit or a Chinese numeral and the article goes on with a digit, a separator before a
/// digit, a percent sign, a letter (a scale or unit written onto it, an ordinal's ending, a code), a hyphen,
/// or a space and a group, a percent sign or a scale word (`3 million`).
fn ends_inside_a_figure(article: &str, at: usize) -> bool {
    let last = article[..at].chars().next_back();
    // `They had three thousand` cut from `three thousand four hundred`.
    if last.is_some_and(|c| c.is_ascii_alphabetic()) {
        return english_words::number_goes_on_after(article, at);
    }
    if !last.is_some_and(is_figure_char) {
        return false;
    }
    let rest = &article[at..];
    let mut following = rest.chars();
    match following.next() {
        // A point or a comma goes on with the figure only before a digit: after the last
        // figure of a sentence (`... of 179,728.`) it is punctuation, the usual case.
        Some(c) if is_figure_separator(c) => following.next().and_then(decimal_digit).is_some(),
        Some(c) if is_figure_char(c) || c.is_alphabetic() || PERCENT_SIGNS.contains(&c) => true,
        Some('-') => true,
        Some(c) if is_number_space(c) => {
            following
                .next()
                .is_some_and(|c| decimal_digit(c).is_some() || PERCENT_SIGNS.contains(&c))
                || follower_end(article, at).is_some()
        }
        _ => false,
    }
}

/// The figure of `article` that goes across byte `at` (starts before it and ends after it),
/// as [`find_numbers_in`] reads the article, in `language`, there.
fn figure_across(article: &str, at: usize, language: Language) -> Option<std::ops::Range<usize>> {
    let in_words = article[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic())
        || article[at..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic());
    let from = if in_words {
        english_words::number_start(article, at)
    } else {
        figure_word_start(article, at)?
    };
    numbers_read_from(article, from, at, language)
        .into_iter()
        .map(|m| m.span)
        .find(|span| span.start < at && at < span.end)
}

/// What the value check found of a claim.
#[derive(Debug, Default)]
pub struct Checked {
    /// CC202 when the quote does not state the value, CC206 when it states it in one
    /// reading of a figure that reads two ways.
    pub finding: Option<Diagnostic>,
    /// The quote's figure that states the value, when it is written to another precision
    /// ([`to_another_precision`]): what the claim stands for ([`Claim::as_quoted`]).
    pub as_quoted: Option<Quantity>,
    /// Whether the claim is in percent and its quote writes the figure with no percent sign
    /// or word (the finding, if any, says so; a bare 0 is stated): the unit check then reads
    /// the unit after it, and where it finds another ("5 pounds"), its CC205, which names
    /// that unit, is the one finding.
    pub percent_written_bare: bool,
}

impl Checked {
    fn found(finding: Diagnostic) -> Checked {
        Checked {
            finding: Some(finding),
            as_quoted: None,
            percent_written_bare: false,
        }
    }
}

/// `figure`, the quote's figure that states `value`, with the text the quote `written` it
/// in, when it is written to another precision (`1.2 million` for `1,200,000`, `5.0%` for
/// `5%`): the claim then stands for what the article says, the figure's rounding. Only for
/// a value and a figure with no qualifier, whose intervals are their rounding, and a figure
/// whose reading keeps its precision: not one of Chinese, Japanese or Korean numerals or
/// myriads (`330万`, `1.2亿`, `330만`), read as the whole number they make.
fn to_another_precision(written: &str, figure: &Quantity, value: &Quantity) -> Option<Quantity> {
    let read_whole = written
        .chars()
        .any(|c| crate::normalize::is_unspaced_script(c) || is_myriad(c) || is_hangul(c));
    let another = value.qualifier == Qualifier::Exact
        && figure.qualifier == Qualifier::Exact
        && figure.step() != value.step()
        && !read_whole;
    another.then(|| Quantity {
        text: written.into(),
        // Quotes are far below 4 GiB.
        number_span: 0..written.len() as u32,
        ..figure.clone()
    })
}

/// `text`, one of `figures` (read from `quote` in an article in `language`), as a note
/// shows the figure the claim stands for: itself, or the range whose scale it takes (`2 to
/// 3 million` for its `2`, read as 2 million), since the article does not write `2` for 2
/// million.
fn with_its_range<'f>(
    quote: &str,
    figures: &'f [(String, Mention)],
    text: &'f str,
    language: Language,
) -> std::borrow::Cow<'f, str> {
    let spaced = one_space_between_words(quote);
    figures
        .iter()
        .find(|(written, _)| std::ptr::eq(written.as_str(), text))
        .and_then(|(_, mention)| {
            let range = range_scale::range_taking_the_scale(
                &spaced,
                mention.span.start,
                mention.span.end,
                language,
            )?;
            Some(std::borrow::Cow::Owned(spaced.get(range)?.to_string()))
        })
        .unwrap_or(std::borrow::Cow::Borrowed(text))
}

/// The value check of a claim: the CC202 diagnostic when its quote (`quote`, normalized)
/// does not state its value, and the quote's figure when it states the value to another
/// precision. `passage` is where the quote stands in `article`, the article's text: a
/// figure the passage starts or ends inside is read as the article writes it (see
/// [`CutFigures`]), its runs of whitespace one space as in the quote.
pub fn check(
    claim: &Claim,
    quote: &str,
    passage: Option<&Location>,
    article: Option<&Article>,
) -> Checked {
    let context = Context {
        article,
        unit: claim.unit_name(),
    };
    // Read in the article as its numbers are read: `grew to 3` at a line's end cuts the
    // `3` of `3` then `million` on the next line.
    let cut = passage.zip(article).and_then(|(passage, article)| {
        let spaced = article.spaced();
        let span = passage.span();
        let span = spaced.spaced(span.start)..spaced.spaced(span.end);
        let article: &str = &spaced.text;
        Some((cut_figures(article, span, context.language())?, article))
    });
    match cut {
        None => check_quote(claim, &claim.quote.value, quote, passage, None, context),
        Some((cut, article)) => {
            let widened = format!(
                "{}{}{}",
                &article[cut.before.clone()],
                claim.quote.value.trim(),
                &article[cut.after.clone()]
            );
            let figures: Vec<String> = cut
                .figures
                .iter()
                .map(|figure| format!("`{}`", &article[figure.clone()]))
                .collect();
            let note = format!(
                "the quote is cut from the article's {} {}, which it states whole: quote the \
                 whole figure",
                if figures.len() == 1 {
                    "figure"
                } else {
                    "figures"
                },
                figures.join(" and ")
            );
            check_quote(
                claim,
                &widened,
                &normalize(&widened),
                passage,
                Some(note),
                context,
            )
        }
    }
}

/// The figures a quote states `claim`'s `value` by besides the value as written, the same
/// for the value check and for coverage: `value: 12.5` with `unit: percent` is the figure
/// `value: "12.5%"` writes, and is judged as it (a quote states it with a percent sign or
/// word, as it states that one); `value: 5` in `percentage point`, a difference of two
/// percentages, is stated by the points and by a percentage too, which articles write "rose
/// 5 per cent". The first is the figure to judge instead of the value, the second the one to
/// try after it.
pub(super) fn figures_stating(claim: &Claim, value: &Quantity) -> [Option<Quantity>; 2] {
    let as_percent = || Quantity::parse(&format!("{}%", value.text)).ok();
    match claim.unit_name() {
        _ if value.is_percent => [None, None],
        Some("percent") => [as_percent(), None],
        Some("percentage point") => [None, as_percent()],
        _ => [None, None],
    }
}

/// [`check`] on the quote `written` (as in the YAML, or widened to the figures it cuts) and
/// `quote`, the same normalized; `cut` is the note on the figures it was widened to.
fn check_quote(
    claim: &Claim,
    written: &str,
    quote: &str,
    passage: Option<&Location>,
    cut: Option<String>,
    context: Context,
) -> Checked {
    let Some(value) = claim.value.as_ref() else {
        return Checked::default();
    };
    let [judged_as, in_points] = figures_stating(claim, &value.value);
    let judged = judged_as.as_ref().unwrap_or(&value.value);
    let lower = comparable(quote);
    // The usual case first, before the quote's figures are read; not where normalizing
    // wrote a no-break space or a dash as a plain one (`2 – 3 millions`, `5-10 %`), which
    // sets apart the ends of a range as written together: there the figures as read tell.
    let respaced = written.contains(['\u{a0}', '\u{202f}', '\u{2009}', '–', '—', '‐', '‑']);
    if !respaced && stated_as_written_plainly(&lower, judged, context) {
        return Checked::default();
    }
    // The figures are read from the quote as written, so that the note shows them so; the
    // notations are looked for in the normalized quote.
    let figures = figures_of(written, context.language());
    let mut stated = stated_otherwise(&lower, &figures, judged, context);
    // A difference of two percentages, `value: 5` in `percentage point`, is stated by the
    // points and by a percentage, which articles write "rose 5 per cent" too.
    if !matches!(stated, Stated::Plainly(_))
        && let Some(percent) = in_points
    {
        match states(&lower, &figures, &percent, context) {
            plainly @ Stated::Plainly(_) => stated = plainly,
            as_percent @ Stated::OneOfTwoReadings(_) if stated == Stated::No => {
                stated = as_percent;
            }
            _ => {}
        }
    }
    match stated {
        Stated::Plainly(figure) => {
            return Checked {
                finding: None,
                as_quoted: figure.and_then(|(text, figure)| {
                    let text = with_its_range(written, &figures, text, context.language());
                    to_another_precision(&text, figure, &value.value)
                }),
                percent_written_bare: false,
            };
        }
        Stated::OneOfTwoReadings(readings) => {
            let text = with_its_range(written, &figures, readings.written, context.language());
            let as_quoted = to_another_precision(&text, readings.reading, &value.value);
            return Checked {
                finding: Some(one_of_two_readings(
                    claim, value, readings, passage, context,
                )),
                as_quoted,
                percent_written_bare: false,
            };
        }
        Stated::No => {}
    }
    // A claim in percent whose figure the quote writes bare ("rose 12.5 points", "was 7.5
    // in May") is not stated as a percentage, but for zero, which is zero in any unit.
    let written_bare = (judged.is_percent && claim.unit_name() == Some("percent"))
        .then(|| judged.without_percent())
        .flatten()
        .filter(|plain| !matches!(states(&lower, &figures, plain, context), Stated::No));
    if written_bare
        .as_ref()
        .is_some_and(|plain| plain.value.is_zero())
    {
        // Stated; the unit check still reads the unit after it ("0 pounds").
        return Checked {
            percent_written_bare: true,
            ..Checked::default()
        };
    }
    // The note lists the figures the verdict was read from, each as one figure; a date
    // states none, which the note says (`21.11` of `21.11.2020` is no decimal), and the
    // first figure of a range may read as more than it writes (`2` of `2 to 3 million`).
    let spaced = one_space_between_words(written);
    let numbers: Vec<String> = figures
        .iter()
        .map(|(written, mention)| match (&mention.figure, mention.date) {
            (None, Some(_)) => format!("`{written}` (a date)"),
            (_, Some(DatePart::FiscalYear(_))) => format!("`{written}` (a fiscal year)"),
            // A spelled fraction, ordinal or multiplicative ("two thirds", "the first",
            // "twice") is read, and states no value: said so, or the note would ask for one.
            (None, None) if super::numbers::is_a_fraction(written) => {
                format!("`{written}` (a fraction, which no value states)")
            }
            (None, None) if !written.starts_with(|c: char| c.is_ascii_digit()) => {
                format!("`{written}` (an ordinal or a multiplicative, which no value states)")
            }
            // `14:30 Uhr`, `o godz. 14.30`: the note would show the value as stated.
            (None, None) if super::numbers::in_time_of_day(&spaced, mention.span.start) => {
                format!("`{written}` (a time of day, which no value states)")
            }
            (Some(figure), _) => match range_scale::range_taking_the_scale(
                &spaced,
                mention.span.start,
                mention.span.end,
                context.language(),
            ) {
                Some(range) => format!(
                    "`{written}` (as {}, read from the range `{}`)",
                    figure.text, &spaced[range]
                ),
                None => format!("`{written}`"),
            },
            _ => format!("`{written}`"),
        })
        .collect();
    // A quote in a language whose numbers in words are not read, with no figure that is,
    // may state its value in words ("patru județe", "wilaya nne"): the value is not
    // checked, which is said, rather than found wrong. Not where the value stands in the
    // quote as part of a name (`N95`), which states no figure in any language.
    let glued = in_a_name(&spaced, &value.value, context.language());
    if figures.is_empty() && !context.language().number_words_are_read() && glued.is_none() {
        return Checked::found(not_read(claim, value, passage, context));
    }
    let mut diagnostic = Diagnostic::new(
        Code::ValueNotInQuote,
        format!(
            "claim `{}` has the value `{}`, which its quote does not state",
            claim.id.value, value.value.text
        ),
        value.at,
        "not in the quote",
    )
    .with_label(claim.quote.at, "the quote");
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let data = ValueNotInQuote {
        value: Figure::of_value(claim, &value.value),
        quote_states: figures
            .iter()
            .map(|(written, _)| written.as_str())
            .collect(),
    };
    let mut diagnostic = diagnostic
        .about_claim(&claim.id.value)
        .with_data(&data)
        .with_note(match numbers.len() {
            0 => "the quote states no number".to_string(),
            _ => format!("the quote states {}", numbers.join(", ")),
        });
    if let Some(name) = &glued {
        diagnostic = diagnostic.with_note(format!(
            "`{}` stands in the quote only as part of the name `{name}`, which states no figure",
            value.value.number()
        ));
    }
    if let Some(note) = cut {
        diagnostic = diagnostic.with_note(note);
    }
    let mut help = "write `value:` as the quote states it (an equivalent notation also matches: \
                    3,290,000 for 3.29 million, 9 for nine), or quote the words that state the \
                    figure"
        .to_string();
    // Nothing the check reads as a number, or only ordinals and multiplicatives, which
    // state no value: writing the value another way cannot help, and
    // a quote that states it in words the check does not know is silenced, not rewritten.
    if figures
        .iter()
        .all(|(_, mention)| mention.figure.is_none() && mention.date.is_none())
    {
        help = "quote the words that state the figure; if these do, in words or a notation \
                this check does not read, silence CC202 on the claim with `allow:` and the \
                reason"
            .to_string();
    } else if let Some(name) = glued
        .as_ref()
        .filter(|name| name.starts_with(value.value.number()) && !name.is_ascii())
    {
        // The value stands in the quote with a word written onto it (the Sinhala `4ක්`,
        // four of them): the other figures the quote states (a date's day) are not what to
        // write instead.
        help = format!(
            "if `{name}` is the figure with an ending or a counter written onto it, as some \
             languages write, silence CC202 on the claim with `allow:` and the reason; else \
             quote the words that state the figure"
        );
    }
    if let Some((note, written, read)) = read_by_the_article_mark(&figures, &value.value, context) {
        diagnostic = diagnostic.with_note(note);
        help = format!("write `value: {read}`, the figure this article's `{written}` states");
    } else if let Some(said) = written_in_percentage_points(written, &figures, &value.value) {
        diagnostic = diagnostic.with_note(format!(
            "the quote's `{said}` is a difference of two percentages, not a percentage"
        ));
        help = format!(
            "write `value: {}` with `unit: percentage point`, the difference the quote's \
             `{said}` states",
            value.value.number()
        );
    } else if let Some(plain) = &written_bare {
        diagnostic = diagnostic.with_note(format!(
            "the quote writes `{}` with no percent sign or word: the claim's {} percent is \
             not stated as a percentage",
            plain.text, plain.text
        ));
        help = "quote the percent sign or word that makes the quote's figure a percentage; if \
                the article writes one this check does not read, silence CC202 on the claim \
                with `allow:` and the reason"
            .to_string();
    } else if let Some(written) = written_as_a_percentage(&figures, &value.value) {
        diagnostic = diagnostic.with_note(format!(
            "the quote's `{written}` is a percentage, and the claim's `{}` is not",
            value.value.text
        ));
        help = format!(
            "write `value: \"{}%\"`, the share the quote's `{written}` states, or quote the \
             words that state the claim's figure",
            value.value.text
        );
    } else if let Some((written, read)) = read_as_a_count(&figures, &value.value, context) {
        let unit = claim.unit_name().unwrap_or_default();
        diagnostic = diagnostic.with_note(format!(
            "the claim counts {}, which are whole: the quote's `{written}` is {read}, not {}",
            claim.counted(unit),
            value.value.text
        ));
        help = format!(
            "write `value: {read}`, the count the quote's `{written}` states, or the unit the \
             article counts in if it is no count"
        );
    } else if let Some(unread) =
        unread_word_beside(&spaced, &figures, &value.value, claim.unit_name(), context)
    {
        match unread.spelt {
            Spelt::MayBe => {
                diagnostic = diagnostic.with_note(format!(
                    "`{}` {} the quote's `{}` is a word this check does not read: if it is {}, \
                     the quote states the claim's `{}`",
                    unread.word,
                    if unread.before { "before" } else { "after" },
                    unread.figure,
                    if unread.before {
                        "a minus sign"
                    } else {
                        "a scale word"
                    },
                    value.value.text
                ));
                help = format!(
                    "if `{}` makes the quote's `{}` the claim's `{}`, silence CC202 on the claim \
                     with `allow:` and the reason; `value: {}` would pass here, and every rule \
                     would read it",
                    unread.word, unread.figure, value.value.text, unread.figure_as_a_value
                );
            }
            Spelt::OtherPower(power) => {
                let scaled = format!("{} {}", unread.figure_as_a_value, scale_name(power));
                diagnostic = diagnostic.with_note(format!(
                    "`{}` after the quote's `{}` is a word this check does not read, spelt like a \
                     scale word of a {}, not of a {}: the quote then states {scaled}, not the \
                     claim's `{}`",
                    unread.word,
                    unread.figure,
                    scale_name(power),
                    scale_name(u32::from(value.value.exponent)),
                    value.value.text
                ));
                help = format!(
                    "if `{}` makes the quote's `{}` {scaled}, write `value: {scaled}` and silence \
                     CC202 on the claim with `allow:` and the reason, as this check does not read \
                     the word",
                    unread.word, unread.figure
                );
            }
            Spelt::NoScale => {
                diagnostic = diagnostic.with_note(format!(
                    "`{}` after the quote's `{}` is not read as a scale word, and is spelt like \
                     none: the quote states {}",
                    unread.word, unread.figure, unread.figure_as_a_value
                ));
            }
        }
    }
    if let Some(note) = date_naming(&figures, &value.value) {
        diagnostic = diagnostic.with_note(note);
    }
    if let Some(note) = unread_numerals_note(written, &figures) {
        diagnostic = diagnostic.with_note(note);
    }
    Checked {
        percent_written_bare: written_bare.is_some(),
        ..Checked::found(diagnostic.with_help(help))
    }
}

/// A word of the quote beside one of its figures that the check does not read, and that
/// would make the figure the value: a word after it that scales it as the value's scale word
/// does (`1,2 milioane` for `1.2 million`), or one spelt like `minus` before it that signs it
/// (`mínusz 182` for `-182`).
struct UnreadWord<'q> {
    word: &'q str,
    /// The figure as the quote writes it.
    figure: &'q str,
    /// The figure as a value writes it, which the help warns against.
    figure_as_a_value: String,
    /// Whether the word stands before the figure (a sign), else after it (a scale).
    before: bool,
    /// What the word's spelling says it may be.
    spelt: Spelt,
}

/// What an [`UnreadWord`] may be, told by its spelling: the note vouches for a scale only
/// where the word could be one of the value's power, and a word spelt like a scale word of
/// another power (`3,2 milyard` for `3.2 million`) is a value of the wrong scale, which an
/// `allow:` would hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spelt {
    /// A sign spelt like `minus`; a word spelt like a scale word of the value's power, or
    /// whose spelling cannot tell (an abbreviation with a point, another script).
    MayBe,
    /// Spelt like a scale word of this power of ten (the nearest), not of the value's.
    OtherPower(u32),
    /// Spelt like no scale word (`112 uşaq`, children).
    NoScale,
}

/// The English name of the scale of `power` (`billion` of 9), or the power written out.
fn scale_name(power: u32) -> String {
    super::numbers::scale_word(power)
        .map_or_else(|| format!("ten to the power {power}"), str::to_string)
}

/// The [`UnreadWord`] beside one of the quote's `figures` (spans into `spaced`, the quote
/// with one space between words) that would make it `value`: the help then says what the
/// word must be for the claim to stand, where it would send the user to write the figure
/// as read, a million times too small or of the other sign, which would then pass. Not the
/// claim's `unit` after the figure (`5 degrees` for `unit: degree`), which scales nothing.
fn unread_word_beside<'q>(
    spaced: &'q str,
    figures: &'q [(String, Mention)],
    value: &Quantity,
    unit: Option<&str>,
    context: Context,
) -> Option<UnreadWord<'q>> {
    // Letters and the marks they carry (the Khmer coeng of `ដុល្លារ`, a virama).
    let is_word = |word: &str| {
        word.chars().count() >= 2
            && word
                .chars()
                .all(|c| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c))
    };
    // A word before the figure is taken for a sign only where it is spelt near `minus`
    // (`mínusz`, `miinus`, `minusz`) or is the Turkish `eksi`: any word stands before a figure
    // ("in 182 places"), and the note would send the user to silence a true finding.
    let may_be_a_sign = |word: &str| {
        let lower = word.to_lowercase();
        lower == "eksi" || crate::suggest::edit_distance(&lower, "minus") <= 2
    };
    figures.iter().find_map(|(written, mention)| {
        // A figure that reads either way is read by the article's decimal mark: "1.509
        // milljarðar" in an article that writes a decimal comma is 1509 of them.
        let figure = match context.mark_of(mention) {
            Some(mark) => mention.figures_by(Some(mark)).next(),
            None => mention.figure.as_ref(),
        }
        .filter(|figure| {
            figure.qualifier == Qualifier::Exact && !figure.is_percent && figure.exponent == 0
        })?;
        let as_a_value = without_separators(figure);
        let negated = -figure.value;
        if value.value.is_sign_negative() && negated == value.value && !value.value.is_zero() {
            let word = spaced[..mention.span.start]
                .strip_suffix(' ')?
                .rsplit(' ')
                .next()
                .filter(|word| is_word(word) && may_be_a_sign(word))?;
            return Some(UnreadWord {
                word,
                figure: written,
                figure_as_a_value: as_a_value,
                before: true,
                spelt: Spelt::MayBe,
            });
        }
        // Only for a value written with a scale word (`2.1 billion`), which that scale
        // makes of the figure: a value in digits ("20000" for "20 villages") says nothing
        // of a scale the quote might write in words.
        let scaled = value.exponent > 0
            && figure.value.checked_mul(value.multiplier()?) == Some(value.value);
        if !scaled || value.is_percent {
            return None;
        }
        let after = spaced[mention.span.end..].strip_prefix(' ')?;
        let word = after
            .split([' ', ',', '.', ';', ':'])
            .next()
            .filter(|word| is_word(word))
            .filter(|word| unit.is_none_or(|unit| !names_the_unit(word, unit)))?;
        let with_a_point = after[word.len()..].starts_with('.');
        let spelt = match super::numbers::powers_spelt_like(word, with_a_point) {
            None => Spelt::MayBe,
            Some(powers) if powers.contains(&u32::from(value.exponent)) => Spelt::MayBe,
            Some(powers) => powers
                .first()
                .map_or(Spelt::NoScale, |power| Spelt::OtherPower(*power)),
        };
        Some(UnreadWord {
            word,
            figure: written,
            figure_as_a_value: as_a_value,
            before: false,
            spelt,
        })
    })
}

/// Whether `word`, after a figure, is a form of `unit` (`degrees` of `degree`, the Polish
/// `mil` of `mila`): it shares the unit's first three letters, or all of a shorter one's.
fn names_the_unit(word: &str, unit: &str) -> bool {
    let shared = word
        .chars()
        .flat_map(char::to_lowercase)
        .zip(unit.chars().flat_map(char::to_lowercase))
        .take_while(|(ours, theirs)| ours == theirs)
        .count();
    shared >= unit.chars().count().min(3)
}

/// The note on the date among the quote's `figures` whose day or month is `value`, a whole
/// number, or the last two digits of a fiscal year (`25` of `2024/25`): what the value was
/// most likely read from, which states no figure.
fn date_naming(figures: &[(String, Mention)], value: &Quantity) -> Option<String> {
    if !value.is_exact_count() {
        return None;
    }
    let number = u8::try_from(value.value).ok()?;
    figures.iter().find_map(|(written, mention)| {
        if let Some(DatePart::FiscalYear(first)) = mention.date {
            return (i32::from(number) == (first + 1) % 100).then(|| {
                format!(
                    "`{}` ends the fiscal year `{written}`, which states no figure but its \
                     first year: a fiscal year is encoded as `period:`",
                    value.number()
                )
            });
        }
        if mention.figure.is_some() {
            return None;
        }
        let part = match mention.date? {
            DatePart::MonthDay { day, .. } | DatePart::Day(day) if day == number => "day",
            DatePart::MonthDay { month, .. } if month == number => "month",
            DatePart::MonthDayEitherWay { first, second }
                if number == first || number == second =>
            {
                "day or month"
            }
            _ => return None,
        };
        Some(format!(
            "`{}` is the {part} of the date `{written}`, which states no figure: a date is \
             encoded as `as_of:` or `period:`",
            value.number()
        ))
    })
}

/// The note on a figure of the quote that reads either way, read by the article's decimal
/// mark, whose other reading is `value`: why the value is not stated. With it, the figure as
/// written and as the article reads it, for the help.
fn read_by_the_article_mark<'f>(
    figures: &'f [(String, Mention)],
    value: &Quantity,
    context: Context,
) -> Option<(String, &'f str, String)> {
    let described = context.article?.decimal_mark().described();
    let ours = lowercase_notations(value);
    figures.iter().find_map(|(written, mention)| {
        let mark = context.mark_of(mention)?;
        let read = mention.figures_by(Some(mark)).next()?;
        let other = mention.other_reading(read)?;
        shares_a_notation(&ours, other).then(|| {
            let note = format!(
                "`{written}` is {} here, not {}: {}",
                without_separators(read),
                without_separators(other),
                described
            );
            (note, written.as_str(), without_separators(read))
        })
    })
}

/// The figure of the quote that reads either way whose reading with decimals is `value`, a
/// claim's that counts things, which only its whole reading can be
/// ([`Context::only_the_other_counts`]): the figure as written, and that whole reading.
fn read_as_a_count<'f>(
    figures: &'f [(String, Mention)],
    value: &Quantity,
    context: Context,
) -> Option<(&'f str, String)> {
    let ours = lowercase_notations(value);
    figures.iter().find_map(|(written, mention)| {
        let reading = mention
            .figures_by(None)
            .find(|reading| shares_a_notation(&ours, reading))?;
        if !context.only_the_other_counts(reading, mention) {
            return None;
        }
        let whole = mention.other_reading(reading)?;
        Some((written.as_str(), without_separators(whole)))
    })
}

/// Where the quote writes the number of `value`, a percentage, as percentage points (`5
/// percentage points` for `value: "5%"`): the figure and its words, as written.
fn written_in_percentage_points(
    quote: &str,
    figures: &[(String, Mention)],
    value: &Quantity,
) -> Option<String> {
    if !value.is_percent {
        return None;
    }
    figures.iter().find_map(|(_, mention)| {
        mention
            .figures()
            .find(|reading| reading.value == value.value)?;
        let rest = quote.get(mention.span.end..)?;
        let words = rest.trim_start();
        let start = quote.len() - words.len();
        let phrase = ["percentage points", "percentage point"]
            .into_iter()
            .find(|phrase| {
                words
                    .get(..phrase.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(phrase))
            })?;
        Some(quote[mention.span.start..start + phrase.len()].to_string())
    })
}

/// The figure of the quote that is `value`, not a percentage, written as one (`5 per cent`
/// for `value: 5`): the share a claim that counts things was most likely read from.
fn written_as_a_percentage<'f>(
    figures: &'f [(String, Mention)],
    value: &Quantity,
) -> Option<&'f str> {
    if value.is_percent {
        return None;
    }
    figures.iter().find_map(|(written, mention)| {
        mention
            .figures()
            .any(|reading| reading.is_percent && reading.value == value.value)
            .then_some(written.as_str())
    })
}

/// A reading of a figure as a note shows it, without thousands separators, which would read
/// two ways beside a figure that does: `1035`, `1.035`, `3.5%`.
fn without_separators(reading: &Quantity) -> String {
    let percent = if reading.is_percent { "%" } else { "" };
    format!("{}{percent}", reading.value.normalize())
}

/// The CC206 finding for a claim whose value its quote states only in one reading of a
/// figure that reads either way, whose other reading the article does not rule out.
fn one_of_two_readings(
    claim: &Claim,
    value: &Located<Quantity>,
    readings: Readings,
    passage: Option<&Location>,
    context: Context,
) -> Diagnostic {
    let written = readings.written;
    let (mark, other_mark) = if readings.with_a_point {
        ("point", "comma")
    } else {
        ("comma", "point")
    };
    let mut diagnostic = Diagnostic::new(
        Code::ValueReadOneWayOfTwo,
        format!(
            "claim `{}` has the value `{}`, which its quote's `{written}` states only if the \
             article writes its decimals with a {mark}",
            claim.id.value, value.value.text,
        ),
        value.at,
        format!("`{written}` read with a decimal {mark}"),
    )
    .with_label(claim.quote.at, "the quote");
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let described = context.article.map_or_else(
        || "the quote is read without its article".to_string(),
        |article| article.decimal_mark().described(),
    );
    let reading = without_separators(readings.reading);
    let other = without_separators(readings.other);
    let data = ValueReadOneWayOfTwo {
        value: Figure::of_value(claim, &value.value),
        figure: written,
        readings: [&reading, &other],
    };
    diagnostic
        .about_claim(&claim.id.value)
        .with_data(&data)
        .with_note(format!(
            "`{written}` is {reading} with a decimal {mark} and {other} with a decimal \
             {other_mark}"
        ))
        .with_note(described)
        .with_help(format!(
            "read the sentence: if it means {other}, write `value: {other}`; if it means \
             {reading} and the article writes its decimals with a {mark}, say so on its \
             source (`decimal_mark: {mark}`), which settles every such figure of the article; \
             if it writes them both ways, keep the value and add `allow: [{{code: CC206, \
             reason: ...}}]` saying why"
        ))
}

/// CC207: the quote states no figure the check reads, in a language whose numbers in words
/// it does not read ([`Language::number_words_are_read`]).
fn not_read(
    claim: &Claim,
    value: &Located<Quantity>,
    passage: Option<&Location>,
    context: Context,
) -> Diagnostic {
    let language = context.language();
    let mut diagnostic = Diagnostic::new(
        Code::ValueNotRead,
        format!(
            "the value `{}` of claim `{}` is not checked: its quote states no figure in \
             digits, and numbers in words are not read in `{}`",
            value.value.text,
            claim.id.value,
            language.primary_subtag()
        ),
        value.at,
        "not checked",
    )
    .with_label(claim.quote.at, "the quote");
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    diagnostic
        .about_claim(&claim.id.value)
        .with_data(&ValueNotRead {
            value: Figure::of(&value.value),
            language: language.primary_subtag(),
        })
        .with_note(format!(
            "numbers in words are read in {}",
            super::numbers::NUMBER_WORDS_READ_IN
        ))
        .with_help(format!(
            "read the quote: if it states {} in words, silence CC207 on the claim with \
             `allow:` and the reason; if it does not, quote the words that state the figure",
            value.value.text
        ))
}

/// CC207's facts: the claim's value, and the language whose numbers in words are not read.
#[derive(Serialize)]
struct ValueNotRead<'a> {
    value: Figure,
    language: &'a str,
}

/// CC206's facts: the claim's value, the figure that reads either way, and its readings,
/// the one that states the value first.
#[derive(Serialize)]
struct ValueReadOneWayOfTwo<'a> {
    value: Figure,
    figure: &'a str,
    readings: [&'a str; 2],
}

/// CC202's facts: the claim's value and the numbers its quote does state.
#[derive(Serialize)]
struct ValueNotInQuote<'a> {
    value: Figure,
    quote_states: Vec<&'a str>,
}

/// Most runs of unread numerals a note names.
const UNREAD_SHOWN: usize = 3;

/// The note on the Chinese or Japanese numerals of the quote that state no figure (`四川`,
/// `一个`, `三四个`), if it has any: why they were not read, rather than let "the quote
/// states no number" stand alone.
fn unread_numerals_note(quote: &str, figures: &[(String, Mention)]) -> Option<String> {
    let quote = one_space_between_words(quote);
    let spans: Vec<_> = figures.iter().map(|(_, m)| m.span.clone()).collect();
    let runs = unread_runs(&quote, &spans);
    if runs.is_empty() {
        return None;
    }
    let mut shown: Vec<String> = runs
        .iter()
        .take(UNREAD_SHOWN)
        .map(|(run, around)| format!("`{run}` in `{around}`"))
        .collect();
    if runs.len() > UNREAD_SHOWN {
        shown.push(format!("{} more", runs.len() - UNREAD_SHOWN));
    }
    Some(format!(
        "Chinese numerals not read as figures: {}. A numeral states a figure in a \
         number's grammar (六十六, 三千万, 一千零八, 百分之八十), or alone before what it \
         counts (三个, 两年); not in names and words (四川, 统一), approximations (三四个), \
         fractions (三分之一) or as the article 一 (一个, \"a\")",
        shown.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;

    fn q(text: &str) -> Quantity {
        Quantity::parse(text).unwrap()
    }

    #[test]
    fn number_words_of_other_languages_state_their_figure() {
        for (quote, value) in [
            ("Les quatre départements bretons", "4"),
            ("Die Stadt hat zwei Bahnhöfe", "2"),
            ("Hay tres hospitales", "3"),
            ("soixante et onze communes", "71"),
            ("quatre-vingt-dix-neuf communes", "99"),
            ("einundzwanzig Landkreise", "21"),
            ("treinta y dos municipios", "32"),
            ("ventitré comuni", "23"),
            ("cento e vinte municípios", "120"),
            ("tweeëntwintig gemeenten", "22"),
            ("deux mille trois cents habitants", "2300"),
            ("trois millions d'euros", "3 million"),
            ("un millón de personas", "1 million"),
            ("quinze pour cent", "15%"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote}: {value}");
        }
        // The words of a compound state the compound only.
        assert!(!quote_states("quatre-vingt-dix communes", &q("4")));
        assert!(!quote_states("vingt et un cantons", &q("1")));
    }

    #[test]
    fn a_number_before_a_fractions_noun_states_no_count() {
        for (quote, not) in [
            ("Les deux tiers des ménages sont concernés", "2"),
            ("Trois quarts des habitants approuvent", "3"),
            ("Trois quarts des habitants approuvent", "75%"),
            ("trois quarts d'heure de retard", "3"),
            ("Dos tercios de los votantes", "2"),
            ("tres cuartos de la población", "3"),
            ("dois terços dos eleitores", "2"),
            ("due terzi degli italiani", "2"),
            ("zwei Drittel der Befragten", "2"),
            ("drei Viertel der Befragten", "3"),
            ("twee derde van de kiezers", "2"),
        ] {
            assert!(!quote_states(quote, &q(not)), "{quote}: {not}");
        }
        // The same nouns as rooms, districts and rounds of a tournament are counted, and a
        // quarter of an hour is no share.
        for (quote, value) in [
            ("un piso de tres cuartos de baño", "3"),
            ("um apartamento com dois quartos de hotel", "2"),
            ("les deux quarts de finale", "2"),
            ("drei Viertel entfernt", "3"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote}: {value}");
        }
        assert!(!quote_states("un quart d'heure plus tard", &q("25%")));
        assert!(!quote_states("un quart d'heure plus tard", &q("1")));
    }

    #[test]
    fn a_round_counts_noun_states_its_count() {
        for (quote, value) in [
            ("Ils étaient une trentaine de manifestants", "30"),
            ("une dizaine d'années", "10"),
            ("un millier de visiteurs", "1000"),
            ("deux douzaines d'œufs", "24"),
            ("una docena de heridos", "12"),
            ("un centenar de personas", "100"),
            ("una ventina di persone", "20"),
            ("un migliaio di migranti", "1,000"),
            ("uma dezena de feridos", "10"),
            ("ein Dutzend Menschen", "12"),
            ("een tiental mensen", "10"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote}: {value}");
        }
        assert!(!quote_states("deux douzaines d'œufs", &q("2")));
        // A plural after an article states no number; a quarantine is none.
        for (quote, not) in [
            ("des centaines de manifestants", "100"),
            ("des milliers de visiteurs", "1000"),
            ("mis en quarantaine", "40"),
            ("une quarantaine de précaution", "40"),
            ("une quarantaine de 14 jours", "40"),
        ] {
            assert!(!quote_states(quote, &q(not)), "{quote}: {not}");
        }
        assert!(quote_states("une quarantaine de 14 jours", &q("14")));
    }

    #[test]
    fn an_english_number_word_that_begins_a_number_of_another_language_is_no_figure_alone() {
        // `six` of a French number, `zero` of Italian and Portuguese decimals.
        for (quote, value, not) in [
            ("Les six cents habitants ont voté.", "600", "6"),
            ("Le village compte six mille habitants.", "6000", "6"),
            ("Le village compte six cent vingt habitants.", "620", "6"),
            ("c'erano zero virgola cinque cliniche", "0.5", "0"),
            (
                "Il Pil è cresciuto dello zero virgola tre per cento",
                "0.3%",
                "0",
            ),
            ("O PIB cresceu zero vírgula três por cento", "0.3%", "0"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote}: {value}");
            assert!(!quote_states(quote, &q(not)), "{quote}: {not}");
        }
        // `per cento`, `por cento` are percent, no hundred.
        assert!(!quote_states("zero virgola tre per cento", &q("100")));
        assert!(!quote_states("zero vírgula três por cento", &q("100")));
        // Alone, and in `six cents` where nothing tells French from English, six is six.
        assert!(quote_states("six habitants", &q("6")));
        assert!(quote_states("zero cliniche", &q("0")));
        assert!(quote_states("six cents", &q("6")));
        assert!(quote_states("six cents", &q("600")));
        assert!(quote_states("It cost six cents a gallon more.", &q("6")));
    }

    #[test]
    fn an_article_of_another_language_states_no_one() {
        for quote in [
            "un total de 12 hospitales",
            "une commune de 12 habitants",
            "ein Kreis mit 12 Gemeinden",
            "een gemeente met 12 dorpen",
            "um estado com 12 municípios",
        ] {
            assert!(quote_states(quote, &q("12")), "{quote}");
            assert!(!quote_states(quote, &q("1")), "{quote}");
        }
    }

    #[test]
    fn an_article_before_a_word_for_of_is_one_of_them() {
        for quote in [
            "Uno de los 9 distritos quedó fuera",
            "Una de las 9 provincias",
            "Un des 9 cantons a voté contre",
            "une des 9 communes",
            "Uno dei 9 comuni",
            "um dos 9 municípios",
            "Eine der 9 Städte",
            "een van de 9 gemeenten",
        ] {
            assert!(quote_states(quote, &q("1")), "{quote}");
            assert!(quote_states(quote, &q("9")), "{quote}");
        }
    }

    #[test]
    fn euro_scale_abbreviations_state_the_scaled_figure() {
        assert!(quote_states("La commune a reçu 12 M€", &q("12 million")));
        assert!(quote_states("Le projet coûte 1,2 Md€", &q("1.2 billion")));
        assert!(quote_states("Le plan atteint 3 Mds€", &q("3 billion")));
        assert!(quote_states("Der Bund gibt 3 Mrd € aus", &q("3 billion")));
        assert!(quote_states("un budget de 450\u{202f}k€", &q("450,000")));
        assert!(!quote_states("La commune a reçu 12 M€", &q("12")));
    }

    #[test]
    fn dollar_scale_abbreviations_state_the_scaled_figure() {
        assert!(quote_states("La ville a reçu 12 M$", &q("12 million")));
        assert!(quote_states("Le projet coûte 1,2 Md$", &q("1.2 billion")));
        assert!(quote_states("Le plan atteint 3 Mds$", &q("3 billion")));
        assert!(quote_states("un budget de 450 k$", &q("450,000")));
        assert!(!quote_states("La ville a reçu 12 M$", &q("12")));
        // `G`, giga, is a billion as Quebec writes it, with the dollar or the euro sign.
        assert!(quote_states(
            "la Ville investit 1,2 G$ dans le métro",
            &q("1.2 billion")
        ));
        assert!(quote_states("un budget de 3 G€", &q("3 billion")));
        assert!(quote_states("un budget de 3G$", &q("3 billion")));
        assert!(!quote_states(
            "la Ville investit 1,2 G$ dans le métro",
            &q("1.2")
        ));
        // Without a sign directly after it, a `G` is no scale: grams, a network.
        assert!(quote_states("un forfait de 5 G de données", &q("5")));
        assert!(quote_states("5 G pour 10 $", &q("5")));
        assert!(!quote_states("5 G pour 10 $", &q("5 billion")));
    }

    #[test]
    fn the_value_as_written_is_found() {
        assert!(quote_states("all the 75 impoverished counties", &q("75")));
        assert!(quote_states("all 7,993 poor villages", &q("7,993")));
        assert!(quote_states(
            "More than 16000 households",
            &q("more than 16000")
        ));
        assert!(quote_states("at 99.12% , All", &q("99.12%")));
    }

    #[test]
    fn equivalent_notations_are_found_both_ways() {
        assert!(quote_states(
            "All 3.29 million poor people",
            &q("3,290,000")
        ));
        assert!(quote_states(
            "All 3,290,000 poor people",
            &q("3.29 million")
        ));
        assert!(quote_states("spans three counties", &q("3")));
        assert!(quote_states("Nine counties", &q("9")));
        assert!(quote_states("0.85 percent in 2019", &q("0.85%")));
    }

    #[test]
    fn a_number_inside_a_longer_one_is_not_the_value() {
        for quote in [
            "170 counties",
            "17.5 counties",
            "1,017 counties",
            "the 17th county",
            "17% of counties",
            "17 million people",
            "v17 counties",
        ] {
            assert!(!quote_states(quote, &q("17")), "{quote}");
        }
        assert!(quote_states("(17) counties", &q("17")));
        assert!(quote_states("counties: 17.", &q("17")));
    }

    #[test]
    fn a_percentage_is_not_a_plain_number() {
        assert!(!quote_states("82 people", &q("82%")));
        assert!(!quote_states("un taux de 82 %", &q("82")));
        assert!(!quote_states("معدل 82٪", &q("82")));
        assert!(!quote_states("82% of people", &q("82")));
    }

    #[test]
    fn a_plain_value_with_unit_percent_is_found_as_a_percentage() {
        let mut claim = crate::testing::claim("c", "put the incidence at 0.85 percent");
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q("0.85"), at));
        claim.unit = Some(crate::diagnostic::Located::new("percent".into(), at));
        let quote = normalize(&claim.quote.value);
        assert!(check(&claim, &quote, None, None).finding.is_none());
        claim.unit = Some(crate::diagnostic::Located::new("county".into(), at));
        assert!(
            check(&claim, &quote, None, None).finding.is_some(),
            "0.85 counties is not 0.85 percent"
        );
    }

    #[test]
    fn a_count_written_as_a_percentage_is_named_so() {
        let notes = |quote: &str, value: &str, unit: &str| {
            found_in_article(quote, quote, value, Some(unit)).map(|(_, notes)| notes)
        };
        let found = notes("Some 5 per cent of households", "5", "household").expect("a CC202");
        assert!(
            found.contains(
                &"the quote's `5 per cent` is a percentage, and the claim's `5` is not".to_string()
            ),
            "{found:?}"
        );
        // A difference of two percentages is stated as a percentage too.
        assert_eq!(
            notes("Turnout rose 5 per cent", "5", "percentage point"),
            None
        );
        // A percentage is not stated by percentage points, and the note says what they are.
        let found = notes("Turnout rose 5 percentage points", "5%", "percent").expect("a CC202");
        assert!(
            found.contains(
                &"the quote's `5 percentage points` is a difference of two percentages, not a \
                  percentage"
                    .to_string()
            ),
            "{found:?}"
        );
        // Another figure is no percentage of the value.
        let found = notes("Some 6 per cent of households", "5", "household").expect("a CC202");
        assert!(
            !found.iter().any(|note| note.contains("is a percentage")),
            "{found:?}"
        );
    }

    #[test]
    fn continental_digit_grouping_and_decimal_commas_state_the_value() {
        assert!(quote_states("s'étend sur 27 208 km²", &q("27208")));
        assert!(quote_states("s'étend sur 27\u{202f}208 km²", &q("27,208")));
        assert!(quote_states("comptait 3 340 379 habitants", &q("3340379")));
        assert!(quote_states("1.079.498 Einwohner", &q("1079498")));
        assert!(quote_states("25.000 Einwohner", &q("25000")));
        assert!(quote_states(
            "le chômage atteint 6,8 % en Bretagne",
            &q("6.8%")
        ));
        assert!(quote_states("1 079,5 hectares", &q("1079.5")));
        // A day and month as German writes them after a word that dates them: no decimal.
        assert!(!quote_states("seit dem 3.11. gilt er", &q("3.11")));
        assert!(quote_states("die Quote stieg auf 3.11. Danach", &q("3.11")));
        // A space before three digits groups them: `1 208` is 1208, not 1.
        assert!(!quote_states("1 208 communes", &q("1")));
        assert!(!quote_states("27 208 km²", &q("27.208")));
        assert!(!quote_states("en 2021 250 foyers", &q("2021250")));
        // A point or a comma before three digits reads either way without its article (see
        // `a_figure_that_reads_either_way_is_read_by_the_article_s_decimal_mark`).
        assert!(quote_states("1,079 households", &q("1079")));
        assert!(quote_states("1,079 households", &q("1.079")));
        assert!(quote_states("1.079 Haushalte", &q("1079")));
        assert!(quote_states("1.079 Haushalte", &q("1.079")));
    }

    /// What the value check finds for `value` in `unit`, quoted by `quote` from `article`:
    /// the code and the notes.
    fn found_in_article(
        article: &str,
        quote: &str,
        value: &str,
        unit: Option<&str>,
    ) -> Option<(Code, Vec<String>)> {
        found_in_declared_article(article, None, quote, value, unit)
    }

    /// [`found_in_article`], in an article whose source declares its decimal mark.
    fn found_in_declared_article(
        article: &str,
        declared: Option<DecimalMark>,
        quote: &str,
        value: &str,
        unit: Option<&str>,
    ) -> Option<(Code, Vec<String>)> {
        let mut claim = crate::testing::claim("c", quote);
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q(value), at));
        claim.unit = unit.map(|unit| crate::diagnostic::Located::new(unit.into(), at));
        let Some(start) = article.find(quote) else {
            panic!("`{quote}` is not in the article");
        };
        let passage = Location::new(at.file, start..start + quote.len());
        let article = Article::new(article).with_declared_mark(declared);
        check(&claim, &normalize(quote), Some(&passage), Some(&article))
            .finding
            .map(|finding| (finding.code, finding.notes))
    }

    #[test]
    fn a_declared_mark_settles_a_figure_that_reads_either_way() {
        let short = "Die Brücke ist 1.035 km lang.";
        let found = |declared, value| {
            found_in_declared_article(short, declared, "1.035 km", value, Some("km"))
                .map(|(code, _)| code)
        };
        // Undeclared, nothing tells the mark: either value is a warning.
        assert_eq!(found(None, "1035"), Some(Code::ValueReadOneWayOfTwo));
        assert_eq!(found(None, "1.035"), Some(Code::ValueReadOneWayOfTwo));
        assert_eq!(found(Some(DecimalMark::Comma), "1035"), None);
        assert_eq!(
            found(Some(DecimalMark::Comma), "1.035"),
            Some(Code::ValueNotInQuote)
        );
        assert_eq!(found(Some(DecimalMark::Point), "1.035"), None);
        assert_eq!(
            found(Some(DecimalMark::Point), "1035"),
            Some(Code::ValueNotInQuote)
        );
        // The declaration is read before the article's figures, and the note names it.
        let (code, notes) = found_in_declared_article(
            "The bridge is 1,035 km long. The rate is 3.5 percent.",
            Some(DecimalMark::Comma),
            "1,035 km",
            "1035",
            Some("km"),
        )
        .expect("1,035 is 1.035 by the declared comma");
        assert_eq!(code, Code::ValueNotInQuote);
        assert!(
            notes
                .iter()
                .any(|note| note.contains("`decimal_mark: comma`")),
            "{notes:?}"
        );
        // A figure that reads one way only is read that way, whatever the declaration.
        assert_eq!(
            found_in_declared_article(
                "Die Quote: 3,5 Prozent.",
                Some(DecimalMark::Point),
                "3,5 Prozent",
                "3.5%",
                Some("percent"),
            ),
            None
        );
    }

    fn code_in_article(article: &str, quote: &str, value: &str, unit: &str) -> Option<Code> {
        found_in_article(article, quote, value, Some(unit)).map(|(code, _)| code)
    }

    #[test]
    fn a_figure_that_reads_either_way_is_read_by_the_article_s_decimal_mark() {
        let german = "Die Stadt hat 1.035 Einwohner. Die Quote liegt bei 3,5 Prozent.";
        assert_eq!(
            code_in_article(german, "1.035 Einwohner", "1035", "person"),
            None
        );
        assert_eq!(
            code_in_article(german, "1.035 Einwohner", "1.035", "person"),
            Some(Code::ValueNotInQuote)
        );
        let english = "The town has 1,035 residents. Unemployment is 3.5 percent.";
        assert_eq!(
            code_in_article(english, "1,035 residents", "1035", "person"),
            None
        );
        assert_eq!(
            code_in_article(english, "1,035 residents", "1.035", "person"),
            Some(Code::ValueNotInQuote)
        );
        // The value as written is the figure only where the article writes a decimal point.
        let french = "Le taux est de 1,035 %, contre 2,5 % en 2019.";
        assert_eq!(
            code_in_article(french, "1,035 %", "1.035%", "percent"),
            None
        );
        assert_eq!(
            code_in_article(french, "1,035 %", "1,035%", "percent"),
            Some(Code::ValueNotInQuote)
        );
        let grouped = "Es gibt 12.500.000 Einwohner und 1.035 Dörfer.";
        assert_eq!(
            code_in_article(grouped, "1.035 Dörfer", "1035", "village"),
            None
        );
        assert_eq!(
            code_in_article(grouped, "1.035 Dörfer", "1.035", "village"),
            Some(Code::ValueNotInQuote)
        );
        let english_grouped = "There are 12,500,000 residents; the index is 1.035.";
        assert_eq!(
            code_in_article(
                english_grouped,
                "the index is 1.035",
                "1.035",
                "index point"
            ),
            None
        );
        assert_eq!(
            code_in_article(english_grouped, "the index is 1.035", "1035", "index point"),
            Some(Code::ValueNotInQuote)
        );
        // The note says how the figure was read, and why.
        let (_, notes) =
            found_in_article(german, "1.035 Einwohner", "1.035", Some("person")).unwrap();
        assert_eq!(
            notes,
            [
                "the quote states `1.035`",
                "`1.035` is 1035 here, not 1.035: the article writes its decimals with a comma \
                 (`3,5 Prozent`)"
            ]
        );
        // And the help gives the value as the article reads it.
        let mut claim = crate::testing::claim("c", "1.035 Einwohner");
        claim.value = Some(crate::diagnostic::Located::new(q("1.035"), claim.at));
        let start = german.find("1.035 Einwohner").unwrap();
        let passage = Location::new(claim.at.file, start..start + "1.035 Einwohner".len());
        let article = Article::new(german);
        let finding = check(
            &claim,
            &normalize("1.035 Einwohner"),
            Some(&passage),
            Some(&article),
        )
        .finding;
        assert_eq!(
            finding.and_then(|finding| finding.help).as_deref(),
            Some("write `value: 1035`, the figure this article's `1.035` states")
        );
    }

    #[test]
    fn where_the_article_does_not_settle_a_figure_a_value_read_one_way_of_two_is_a_warning() {
        for article in [
            "The bridge is 1.035 km long.",
            "Die Brücke ist 1.035 km lang.",
            "Windows 3.1 kostet 3,5 Prozent mehr; die Brücke ist 1.035 km lang.",
        ] {
            for value in ["1035", "1.035"] {
                assert_eq!(
                    code_in_article(article, "1.035 km", value, "km"),
                    Some(Code::ValueReadOneWayOfTwo),
                    "{article}: {value}"
                );
            }
            assert_eq!(
                code_in_article(article, "1.035 km", "1036", "km"),
                Some(Code::ValueNotInQuote)
            );
        }
        let (_, notes) = found_in_article(
            "Die Brücke ist 1.035 km lang.",
            "1.035 km",
            "1035",
            Some("km"),
        )
        .unwrap();
        assert_eq!(
            notes,
            [
                "`1.035` is 1035 with a decimal comma and 1.035 with a decimal point",
                "no other figure of the article tells its decimal mark (as `3.5` or `3,5`, \
                 `12,500,000` or `12.500.000` would)"
            ]
        );
        let both = found_in_article(
            "Windows 3.1 kostet 3,5 Prozent mehr; die Brücke ist 1.035 km lang.",
            "1.035 km",
            "1.035",
            Some("km"),
        )
        .unwrap()
        .1;
        assert_eq!(
            both[1],
            "the article writes decimals both with a point (`3.1`) and with a comma (`3,5 \
             Prozent`)"
        );
    }

    #[test]
    fn a_count_is_stated_by_the_whole_reading_which_its_other_reading_cannot_be() {
        // 5.379 villages counts nothing: the whole reading states a count without doubt.
        let article = "In all, 5,379 poor villages have been listed.";
        assert_eq!(
            code_in_article(article, "5,379 poor villages", "5,379", "village"),
            None
        );
        assert_eq!(
            code_in_article(article, "5,379 poor villages", "5379", "village"),
            None
        );
        let german = "Insgesamt 1.035 Einwohner.";
        assert_eq!(
            code_in_article(german, "1.035 Einwohner", "1035", "person"),
            None
        );
        // A value with decimals in a counted unit is stated by neither reading: 1.035 people
        // are no count, and 1035 is not the value.
        assert_eq!(
            code_in_article(german, "1.035 Einwohner", "1.035", "person"),
            Some(Code::ValueNotInQuote)
        );
        assert_eq!(
            code_in_article(article, "5,379 poor villages", "5.379", "village"),
            Some(Code::ValueNotInQuote)
        );
        let (_, notes) = found_in_article(article, "5,379 poor villages", "5.379", Some("village"))
            .expect("a finding");
        assert_eq!(
            notes[1],
            "the claim counts villages, which are whole: the quote's `5,379` is 5379, not 5.379"
        );
        // The article's decimal mark does not read decimals into a count: `Industrie 4.0`
        // writes a decimal point, and `5.379 Beschäftigte` are still 5379.
        let with_a_point = "Der Konzern setzt auf Industrie 4.0. 5.379 Beschäftigte gingen.";
        assert_eq!(
            code_in_article(with_a_point, "5.379 Beschäftigte", "5379", "Beschäftigte"),
            None
        );
        assert_eq!(
            code_in_article(with_a_point, "5.379 Beschäftigte", "5.379", "Beschäftigte"),
            Some(Code::ValueNotInQuote)
        );
        let with_a_comma = "Growth was 3,5%. The flood hit 5,379 villages.";
        assert_eq!(
            code_in_article(with_a_comma, "5,379 villages", "5.379", "village"),
            Some(Code::ValueNotInQuote)
        );
        // A rate, a measure by its name and a unit written in Chinese are measures: either
        // reading is open.
        for (article, quote, value, unit) in [
            (
                "Sie kostete 1,859 Euro je Liter.",
                "1,859 Euro je Liter",
                "1.859",
                "euro per litre",
            ),
            (
                "Sie lag bei 1,461 Kindern je Frau.",
                "1,461 Kindern",
                "1.461",
                "child per woman",
            ),
            (
                "Er leistet 1,035 Megawatt.",
                "1,035 Megawatt",
                "1.035",
                "megawatt",
            ),
            ("该项目占地1,035亩。", "1,035亩", "1.035", "亩"),
        ] {
            assert_eq!(
                code_in_article(article, quote, value, unit),
                Some(Code::ValueReadOneWayOfTwo),
                "{article}"
            );
        }
        // Any value in a measure is in doubt.
        assert_eq!(
            code_in_article(article, "5,379 poor villages", "5379", "yuan"),
            Some(Code::ValueReadOneWayOfTwo)
        );
        // Both readings whole (scaled): in doubt whatever the unit.
        let scaled = "Die Stadt hat 1,035 Mio. Einwohner.";
        assert_eq!(
            code_in_article(scaled, "1,035 Mio. Einwohner", "1.035 million", "person"),
            Some(Code::ValueReadOneWayOfTwo)
        );
    }

    #[test]
    fn a_whole_number_is_not_written_to_three_zero_decimals() {
        // `1,000` is 1000 rather than 1.000: the whole reading states the value plainly.
        let article = "The council spent £3m on 1,000km of cycle lanes.";
        assert_eq!(code_in_article(article, "1,000km", "1000", "km"), None);
        let german = "Die Stadt zahlte 25.000 Euro.";
        assert_eq!(
            code_in_article(german, "25.000 Euro", "25000", "euro"),
            None
        );
        // The reading with zero decimals is the one in doubt.
        assert_eq!(
            code_in_article(german, "25.000 Euro", "25.000", "euro"),
            Some(Code::ValueReadOneWayOfTwo)
        );
        // Where the article tells its mark, it reads the figure: `1.000` is 1 in English.
        let english = "The ratio fell from 1.250 to 1.000 in 2.5 years.";
        assert_eq!(code_in_article(english, "to 1.000", "1.000", "point"), None);
        // And the figure written to more decimals states the value.
        assert_eq!(code_in_article(english, "to 1.000", "1", "point"), None);
        assert_eq!(
            code_in_article(english, "to 1.000", "1000", "point"),
            Some(Code::ValueNotInQuote)
        );
    }

    #[test]
    fn a_value_to_fewer_decimals_is_one_of_the_two_readings_where_the_article_is_silent() {
        // CC206's help offers `value: 1.5` for `1,500`: the value the help names is read as
        // the same doubt, not refused.
        let article = "La commune a traité 1,500 tonnes de déchets.";
        for value in ["1,500", "1.5", "1.50", "1.500"] {
            assert_eq!(
                code_in_article(article, "1,500 tonnes", value, "tonne"),
                Some(Code::ValueReadOneWayOfTwo),
                "{value}"
            );
        }
        assert_eq!(
            code_in_article(article, "1,500 tonnes", "1.6", "tonne"),
            Some(Code::ValueNotInQuote)
        );
        // Where the article tells its comma, the figure is 1.5 plainly.
        let french = "Avec 3,5 % de plus, la commune a traité 1,500 tonnes de déchets.";
        assert_eq!(
            code_in_article(french, "1,500 tonnes", "1.5", "tonne"),
            None
        );
        // Decimals that are all zeros are no way to write a whole number, told or not.
        let silent = "The council spent 1,000 on it.";
        assert_eq!(
            code_in_article(silent, "1,000 on it", "1", "pound"),
            Some(Code::ValueNotInQuote)
        );
    }

    #[test]
    fn a_figure_written_with_a_leading_point_states_its_fraction() {
        assert!(quote_states("raised its rate by .5% in May", &q("0.5%")));
        assert!(!quote_states("raised its rate by .5% in May", &q("5%")));
        assert!(quote_states("the index fell .25 points", &q("0.25")));
        assert!(!quote_states("the index fell .25 points", &q("25")));
        assert!(quote_states("Inflation reached .8 percent", &q("0.8%")));
        assert!(!quote_states("Inflation reached .8 percent", &q("8%")));
        // After a letter the point is no decimal point: `5` in a code is as written.
        assert!(quote_states("Chapter No.5 says", &q("5")));
        assert!(!quote_states("Chapter No.5 says", &q("0.5")));
    }

    #[test]
    fn a_negative_figure_states_a_negative_value_only() {
        assert!(!quote_states("growth was \u{2212}3.2% in 2020", &q("3.2%")));
        assert!(quote_states("growth was \u{2212}3.2% in 2020", &q("-3.2%")));
        assert!(!quote_states(
            "stood at -5 million dollars",
            &q("5 million")
        ));
        assert!(quote_states(
            "stood at -5 million dollars",
            &q("-5 million")
        ));
        assert!(quote_states(
            "stood at -5 million dollars",
            &q("-5,000,000")
        ));
        assert!(quote_states("it was -5 degrees", &q("-5")));
        assert!(!quote_states("it was -5 degrees", &q("5")));
        assert!(!quote_states("it was 5 degrees", &q("-5")));
        // A hyphen is no sign: the figures after it are positive, and after a word part of
        // its name.
        assert!(!quote_states("COVID-19 cases", &q("19")));
        assert!(!quote_states("COVID-19 cases", &q("-19")));
        assert!(quote_states("the hotline 0771-5530647", &q("5530647")));
        assert!(quote_states("in 2019-2020", &q("2020")));
        assert!(!quote_states("in 2019-2020", &q("-2020")));
        assert!(quote_states("pages 10-15", &q("15")));
        // Nor is a dash after a figure, its unit and a space: the range's other end.
        for (range, end) in [
            ("open 9 a.m. -5 p.m.", "5"),
            ("from 9 -5", "5"),
            ("pages 10 -12", "12"),
            ("in 2019 -2020", "2020"),
            ("open 9h -17h", "17"),
        ] {
            assert!(quote_states(range, &q(end)), "{range}");
            assert!(!quote_states(range, &q(&format!("-{end}"))), "{range}");
        }
        assert_eq!(
            notes("open 9 a.m. -5 p.m.", "-5").unwrap(),
            ["the quote states `9`, `5`"]
        );
        // A time of day with its minutes states neither.
        let injured = "Um 14:30 Uhr wurden 3 Verletzte gemeldet.";
        assert!(quote_states(injured, &q("3")));
        assert!(!quote_states(injured, &q("30")));
        assert!(!quote_states(injured, &q("14")));
        assert!(!quote_states("at 2.15 p.m. trains left", &q("2.15")));
        // So does one written with a point beside a word of the clock, as the value is
        // written or read.
        for (quote, value) in [
            ("Kulminacja nastąpiła o godz. 14.30", "14.30"),
            ("Kulminacja nastąpiła o godz. 14.30", "14.3"),
            ("Banjir terjadi pukul 22.30 WIB", "22.30"),
            ("Banjir terjadi pukul 22.30 WIB", "22"),
            ("Banjir terjadi 22.30 WIB", "22.3"),
            ("The polls opened at 10.30 am", "10.30"),
        ] {
            assert!(!quote_states(quote, &q(value)), "{quote}: {value}");
        }
        assert!(quote_states("Shares closed at 14.30", &q("14.30")));
        for (negative, value) in [
            ("prices fell to -5", "5"),
            ("a temperature -5 °C", "5"),
            ("change: -3.2%", "3.2%"),
        ] {
            assert!(!quote_states(negative, &q(value)), "{negative}");
            assert!(
                quote_states(negative, &q(&format!("-{value}"))),
                "{negative}"
            );
        }
    }

    #[test]
    fn english_news_scales_and_percentages_state_the_value() {
        let quote = "a $4.5-million contract and a $1.2-billion plan";
        assert!(quote_states(quote, &q("4.5 million")));
        assert!(quote_states(quote, &q("1,200,000,000")));
        assert!(!quote_states(quote, &q("4.5")));
        assert!(!quote_states(quote, &q("1.2")));
        assert!(quote_states("added 4.5 bn dollars", &q("4.5 billion")));
        assert!(!quote_states("added 4.5 bn dollars", &q("4.5")));
        assert!(quote_states(
            "300 mn dollars for schools",
            &q("300 million")
        ));
        assert!(!quote_states("300 mn dollars for schools", &q("300")));
        // In French `mn` is minutes.
        assert!(quote_states("30 mn en bus", &q("30")));
        assert!(!quote_states("45 mn en voiture", &q("45 million")));
        assert!(quote_states("Le trajet dure 30 mn.", &q("30")));
        // The Swahili `laki` (100,000) is the Finnish "law": the figure alone is read too.
        assert!(quote_states("watu laki 5", &q("500,000")));
        assert!(quote_states("laki 5 hyväksyttiin", &q("5")));
        assert!(quote_states("prices rose 12pc in May", &q("12%")));
        assert!(quote_states("prices rose 12 pct in May", &q("12%")));
        assert!(!quote_states("prices rose 12 pct in May", &q("12")));
        assert!(quote_states("a million dollars", &q("1 million")));
        assert!(quote_states("a city of a million people", &q("1,000,000")));
        assert!(quote_states(
            "a city of a million people",
            &q("one million")
        ));
        // A fraction of it is another figure.
        for fraction in [
            "half a million dollars",
            "a quarter of a million dollars",
            "a million and a half dollars",
        ] {
            assert!(!quote_states(fraction, &q("1 million")), "{fraction}");
        }
        assert!(!quote_states("half a dozen eggs", &q("12")));
        // Spelled compounds are one figure, whose first word alone is none.
        let marched = "A hundred thousand people marched";
        assert!(quote_states(marched, &q("100,000")));
        assert!(!quote_states(marched, &q("100")));
        let voted = "Two and a half million people voted";
        assert!(quote_states(voted, &q("2.5 million")));
        assert!(quote_states(voted, &q("2,500,000")));
        assert!(!quote_states(voted, &q("2")));
        assert!(!quote_states(voted, &q("2 million")));
        assert!(!quote_states("one hundred thousand people", &q("1")));
        assert!(quote_states("one hundred thousand people", &q("100000")));
        assert!(quote_states("half a million people", &q("500,000")));
        assert!(!quote_states("three-quarters of a million people", &q("3")));
        assert!(!quote_states(
            "a million and a half people",
            &q("1 million")
        ));
        assert!(quote_states(
            "a million and a half people",
            &q("1.5 million")
        ));
        assert!(quote_states("a dozen eggs", &q("12")));
    }

    #[test]
    fn scale_and_percent_words_before_or_after_the_figure_state_the_value() {
        assert!(quote_states(
            "عدد السكان بلغ ١٠٤٫٥ مليون نسمة",
            &q("104.5 million")
        ));
        assert!(!quote_states(
            "عدد السكان بلغ ١٠٤٫٥ مليون نسمة",
            &q("104.5")
        ));
        assert!(quote_states("نسبة الفقر ٤٥ في المائة", &q("45%")));
        assert!(!quote_states("نسبة الفقر ٤٥ في المائة", &q("45")));
        assert!(quote_states(
            "جمعیت ایران ۸۵ میلیون نفر است",
            &q("85 million")
        ));
        assert!(quote_states(
            "האוכלוסייה מונה 9.5 מיליון תושבים",
            &q("9.5 million")
        ));
        assert!(quote_states("ประชากร 70 ล้านคน", &q("70 million")));
        assert!(!quote_states("ประชากร 70 ล้านคน", &q("70")));
        assert!(quote_states("নিবন্ধিত ভোটার ১২ কোটি জন", &q("120 million")));
        assert!(quote_states("ร้อยละ 45 ของประชากร", &q("45%")));
        assert!(!quote_states("ร้อยละ 45 ของประชากร", &q("45")));
        assert!(quote_states("asilimia 12 ya watu", &q("12%")));
        assert!(!quote_states("asilimia 12 ya watu", &q("12")));
        assert!(quote_states("watu milioni 60", &q("60 million")));
        assert!(!quote_states("watu milioni 60", &q("60")));
        // Italian writes the word after: `300` of `2 milioni 300 mila` is 300 thousand, not
        // 300 million, and the two parts are one figure of 2,300,000.
        assert!(quote_states("2 milioni 300 mila euro", &q("2,300,000")));
        assert!(quote_states("2 milioni 300 mila euro", &q("2.3 million")));
        assert!(!quote_states("2 milioni 300 mila euro", &q("300,000")));
        assert!(!quote_states("2 milioni 300 mila euro", &q("300 million")));
    }

    #[test]
    fn case_does_not_matter() {
        assert!(quote_states("Three counties", &q("three")));
        assert!(quote_states("THREE counties", &q("3")));
    }

    #[test]
    fn same_figure_compares_notations() {
        assert!(same_figure(&q("3.29 million"), &q("3,290,000")));
        assert!(same_figure(&q("more than 10,000"), &q("10,000")));
        assert!(!same_figure(&q("4000.00"), &q("4000")));
        // The same number written to more decimals states it.
        assert!(same_figure(&q("4000"), &q("4000.00")));
        assert!(same_figure(&q("5%"), &q("5.0%")));
        assert!(same_figure(&q("2.5"), &q("2.50")));
        assert!(!same_figure(&q("5%"), &q("5.0")));
        assert!(!same_figure(&q("2.5"), &q("2.51")));
        assert!(!same_figure(&q("82%"), &q("82")));
    }

    #[test]
    fn figures_beside_characters_of_scripts_without_spaces_state_the_value() {
        assert!(quote_states("贵州省最后9个贫困县", &q("9")));
        assert!(quote_states("贫困发生率降至0.85%", &q("0.85%")));
        assert!(quote_states("贫困人口减少了923万人", &q("9.23 million")));
        assert!(quote_states("จังหวัดมี25อำเภอ", &q("25")));
        assert!(!quote_states("贵州省最后19个贫困县", &q("9")));
        assert!(!quote_states("贵州省最后9.5个", &q("9")));
        assert!(!quote_states("贫困人口减少了923万人", &q("923")));
        // In a script that spaces its words, a figure glued to a word is part of a name.
        assert!(!quote_states("the road G9 runs", &q("9")));
        assert!(!quote_states("the 5G network", &q("5")));
        // A currency written in letters onto a figure is no name.
        assert!(quote_states("memperuntukkan RM5 juta", &q("5 million")));
        assert!(!quote_states("memperuntukkan RM5 juta", &q("5")));
        assert!(quote_states("A KSh5 billion road", &q("5 billion")));
        assert!(quote_states("a fee of Rs250", &q("250")));
        assert!(quote_states(
            "bernilai 1.5 bilion ringgit",
            &q("1.5 billion")
        ));
        assert!(!quote_states("bernilai 1.5 bilion ringgit", &q("1.5")));
        assert!(!quote_states("the road R5 opened", &q("5")));
        // So is one written after a hyphen onto a word: a road, a disease, an aircraft.
        for (quote, value) in [
            ("entre ellas la CC-55 y la EX-204", "55"),
            ("the A-66 and the M25", "66"),
            ("la pandemia de COVID-19", "19"),
            ("two F-16 jets", "16"),
            ("трасса М-11", "11"),
        ] {
            assert!(!quote_states(quote, &q(value)), "{quote}");
        }
        // Not a figure after a dash of a range or beside a word with a space, nor a figure
        // of a script written without spaces after the word that gives it.
        assert!(quote_states("ages 5-10, then 66", &q("66")));
        assert!(quote_states("roads - 66 of them", &q("66")));
        assert!(quote_states("增速为-3.2%", &q("-3.2%")));
        // The CC202 note names the name the value's digits stand in.
        for (quote, value, name) in [
            ("entre ellas la CC-55 y la EX-204", "55", Some("CC-55")),
            ("the road G9 runs", "9", Some("G9")),
            ("la pandemia de COVID-19.", "19", Some("COVID-19")),
            ("9 roads and the G9", "8", None),
        ] {
            assert_eq!(
                in_a_name(quote, &q(value), Language::UNDECLARED).as_deref(),
                name,
                "{quote}"
            );
        }
    }

    #[test]
    fn figures_with_scale_words_of_other_languages_state_the_value() {
        assert!(quote_states(
            "un total de 2,69 millones de personas",
            &q("2.69 million")
        ));
        assert!(quote_states(
            "un total de 2,69 millones de personas",
            &q("2,690,000")
        ));
        assert!(!quote_states(
            "un total de 2,69 millones de personas",
            &q("2.69")
        ));
        assert!(quote_states("около 13,1 млн человек", &q("13100000")));
        assert!(!quote_states("1500 millones de euros", &q("1500")));
        assert!(quote_states("1.5 lakh farmers", &q("150,000")));
        assert!(quote_states("La tasa fue 8,5 por ciento", &q("8.5%")));
        assert!(!quote_states("La tasa fue 8,5 por ciento", &q("8.5")));
    }

    #[test]
    fn scale_and_percent_words_of_central_and_south_slavic_baltic_nordic_and_catalan_state_the_value()
     {
        for (quote, value) in [
            ("rozpočet 2,5 milionu korun", "2.5 million"),
            ("o 5 procenty více", "5%"),
            ("300 miliónov eur", "300 million"),
            ("5 miliárd eur", "5 billion"),
            ("šteta od 3,2 milijuna kuna", "3.2 million"),
            ("1,5 milijardi eura", "1.5 billion"),
            ("12 tisuća ljudi", "12,000"),
            ("12 odsto više", "12%"),
            ("3 hiljade ljudi", "3,000"),
            ("5 милиона динара", "5 million"),
            ("2 милијарде динара", "2 billion"),
            ("12 посто", "12%"),
            ("5 хиљада људи", "5,000"),
            ("2,5 milijona evrov", "2.5 million"),
            ("300 milijonov evrov", "300 million"),
            ("5 tisoč ljudi", "5,000"),
            ("12 odstotkov", "12%"),
            ("3,2 odstotka", "3.2%"),
            ("5 хиляди души", "5,000"),
            ("2,5 милиарда лева", "2.5 billion"),
            ("12 tūkst. gyventojų", "12,000"),
            ("3,5 milijonų eurų", "3.5 million"),
            ("3,5 milijono eurų", "3.5 million"),
            ("skyrė 3 milijonus eurų", "3 million"),
            ("1,2 milijardo eurų", "1.2 billion"),
            ("2,5 tūkstančio gyventojų", "2,500"),
            ("2 milijardų", "2 billion"),
            ("12 procentų", "12%"),
            ("2,5 mlrd. eurų", "2.5 billion"),
            ("5 tūkstoši", "5,000"),
            ("3 miljoni eiro", "3 million"),
            ("300 miljonu eiro", "300 million"),
            ("1,5 miljona eiro", "1.5 million"),
            ("piešķīra 3 miljonus eiro", "3 million"),
            ("2 miljardi", "2 billion"),
            ("12 procenti", "12%"),
            ("par 12 procentiem", "12%"),
            ("5 tuhat inimest", "5,000"),
            ("3 miljonit eurot", "3 million"),
            ("2 miljardit", "2 billion"),
            ("12 protsenti", "12%"),
            ("3 mia. kr.", "3 billion"),
            ("3 milions d'euros", "3 million"),
            ("5 milers de persones", "5,000"),
            ("2 mil milions", "2 billion"),
            ("12 per cent", "12%"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote} states {value}");
        }
        // The figure without its scale or percent is not stated.
        for (quote, value) in [
            ("šteta od 3,2 milijuna kuna", "3.2"),
            ("12 odstotkov", "12"),
            ("3,5 milijonų eurų", "3.5"),
            ("3,5 milijono eurų", "3.5"),
            ("300 miljonu eiro", "300"),
            ("3 miljonit eurot", "3"),
            ("2,5 милиарда лева", "2.5 million"),
            ("3 milions d'euros", "3"),
            ("2 mil milions", "2 million"),
        ] {
            assert!(
                !quote_states(quote, &q(value)),
                "{quote} does not state {value}"
            );
        }
    }

    #[test]
    fn scale_and_percent_words_of_macedonian_and_belarusian_state_the_value() {
        for (quote, value) in [
            ("околу 600 илјади жители", "600 thousand"),
            ("1 илјада ученици", "1,000"),
            ("230 милиони денари", "230 million"),
            ("1,5 милијарди денари", "1.5 billion"),
            ("Речиси 40 отсто", "40%"),
            ("падна на 12 проценти", "12%"),
            ("5 тысяч працоўных месцаў", "5,000"),
            ("2 тысячы вучняў", "2,000"),
            ("2 мільёны чалавек", "2 million"),
            ("300 мільёнаў рублёў", "300 million"),
            ("1,5 мільёна рублёў", "1.5 million"),
            ("3 мільярды рублёў", "3 billion"),
            ("5 мільярдаў рублёў", "5 billion"),
            ("12 працэнтаў", "12%"),
            ("2 працэнты", "2%"),
            ("1,5 працэнта", "1.5%"),
        ] {
            assert!(quote_states(quote, &q(value)), "{quote} states {value}");
        }
        // The figure without its scale or percent is not stated.
        for (quote, value) in [
            ("околу 600 илјади жители", "600"),
            ("230 милиони денари", "230"),
            ("падна на 12 проценти", "12"),
            ("Речиси 40 отсто", "40"),
            ("300 мільёнаў рублёў", "300"),
            ("12 працэнтаў", "12"),
        ] {
            assert!(
                !quote_states(quote, &q(value)),
                "{quote} does not state {value}"
            );
        }
    }

    #[test]
    fn figures_grouped_the_indian_way_state_the_value() {
        assert!(quote_states("a grant of Rs 1,00,000 each", &q("100000")));
        assert!(quote_states("19,98,12,341 voters", &q("199,812,341")));
        assert!(!quote_states("a grant of Rs 1,00,000 each", &q("1")));
        assert!(!quote_states("a grant of Rs 1,00,000 each", &q("1.00")));
        // A value grouped the Indian way is stated whichever way its quote groups it, in
        // any script.
        for quote in [
            "संख्या १,४२,३०० पहुंच गई",
            "1,42,300 people",
            "142,300 people",
            "142300 people",
        ] {
            assert!(quote_states(quote, &q("1,42,300")), "{quote}");
        }
        assert!(quote_states("12,34,567 voters", &q("1,234,567")));
        assert!(!quote_states("2,51,000 people", &q("2,15,000")));
    }

    #[test]
    fn east_asian_korean_and_turkish_notations_state_the_value() {
        assert!(quote_states("全国の１１．２％を占める", &q("11.2%")));
        assert!(!quote_states("全国の１１．２％を占める", &q("2%")));
        assert!(quote_states("İşsizlik oranı %8,5 oldu", &q("8.5%")));
        assert!(!quote_states("İşsizlik oranı %8,5 oldu", &q("8.5")));
        assert!(!quote_states("nüfusun %85'i", &q("85")));
        assert!(quote_states("nüfusun %85'i", &q("85%")));
        assert!(quote_states("경기도에는 31개 시군이 있다", &q("31")));
        assert!(quote_states("서울의 인구는 9,386,034명이다", &q("9386034")));
        assert!(quote_states("인구 330만 명", &q("3.3 million")));
        assert!(!quote_states("인구 330만 명", &q("330")));
        assert!(quote_states("예산은 3천5백만 원이다", &q("35 million")));
        for part in ["3000", "3", "5", "5 million", "500"] {
            assert!(!quote_states("예산은 3천5백만 원이다", &q(part)), "{part}");
        }
        assert!(quote_states("주민 1만 2천3백 명", &q("12,300")));
        assert!(!quote_states("주민 1만 2천3백 명", &q("12,000")));
        assert!(!quote_states("주민 1만 2천3백 명", &q("300")));
        assert!(quote_states("미귀가자는 3천870명이다", &q("3,870")));
        assert!(!quote_states("미귀가자는 3천870명이다", &q("3,000")));
        assert!(!quote_states("미귀가자는 3천870명이다", &q("870")));
        assert!(quote_states("대피 인원은 1만 5천820명", &q("15,820")));
        assert!(quote_states("예산 1천200억 원을 투입", &q("120 billion")));
        assert!(!quote_states("예산 1천200억 원을 투입", &q("100 billion")));
    }

    #[test]
    fn figures_with_a_unit_symbol_or_an_abbreviated_scale_state_the_value() {
        assert!(quote_states("built 1,000km of new roads", &q("1000")));
        assert!(quote_states("20kg rice bags", &q("20")));
        assert!(quote_states("at a cost of £3m", &q("3 million")));
        assert!(!quote_states("at a cost of £3m", &q("3")));
        assert!(quote_states("another 4.5bn yuan", &q("4,500,000,000")));
        assert!(quote_states("fees rose by $12.5m in 2020", &q("12500000")));
        assert!(quote_states("a 100m sprint", &q("100")));
        assert!(!quote_states("built 1,000km of roads", &q("1")));
        assert!(quote_states("농경지 12ha와 8ha가 잠겼다", &q("12")));
        assert!(quote_states("농경지 12ha와 8ha가 잠겼다", &q("8")));
        assert!(quote_states("주민들은 20km를 대피했다", &q("20")));
    }

    #[test]
    fn figures_grouped_by_apostrophes_state_the_value() {
        assert!(quote_states("There are 27'208 villages", &q("27,208")));
        assert!(quote_states("There are 1’079’498 homes", &q("1,079,498")));
        assert!(quote_states(
            "There are 1'079'498.5 francs",
            &q("1079498.5")
        ));
        assert!(!quote_states("There are 27'208 villages", &q("27")));
    }

    #[test]
    fn a_figure_is_not_found_inside_a_longer_grouped_one() {
        assert!(!quote_states("3 200 000 habitants", &q("200000")));
        assert!(!quote_states("3 200 000 habitants", &q("200,000")));
        assert!(!quote_states("3'200'000 habitants", &q("200,000")));
        assert!(quote_states("3 200 000 habitants", &q("3.2 million")));
        // Nor a group of it, nor its first group, whatever the space between groups.
        for spaced in [
            "3 200 000",
            "3\u{a0}200\u{a0}000",
            "3\u{202f}200\u{202f}000",
        ] {
            let quote = format!("Il y a {spaced} habitants");
            for part in ["200", "3"] {
                assert!(!quote_states(&quote, &q(part)), "{part} in {quote}");
            }
            assert!(quote_states(&quote, &q("3,200,000")), "{quote}");
        }
        // A figure of more than three digits groups nothing after it: a year and a count.
        assert!(quote_states("in 2019 200 villages", &q("200")));
        assert!(quote_states("in 2019 200 villages", &q("2019")));
    }

    #[test]
    fn a_figure_broken_over_lines_in_the_yaml_is_read_as_one() {
        let figures = figures_of("La ville comptait 27\n208 habitants", Language::UNDECLARED);
        let written: Vec<&str> = figures.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["27 208"]);
        let lower = comparable(&normalize("La ville comptait 27\n208 habitants"));
        assert_eq!(
            states(&lower, &figures, &q("27208"), Context::default()),
            Stated::Plainly(None)
        );
    }

    #[test]
    fn a_number_word_inside_a_hyphenated_compound_is_not_stated_and_per_cent_is_percent() {
        assert!(!quote_states("There were twenty-one counties", &q("1")));
        assert!(!quote_states("a forty-nine-year-old", &q("nine")));
        assert!(quote_states("the Five-Year Plan", &q("5")));
        assert!(quote_states("fell to 4 per cent", &q("4%")));
        assert!(quote_states("fell to 4.5 per cent", &q("4.5 percent")));
    }

    #[test]
    fn a_point_before_an_english_scale_word_is_decimal() {
        assert!(quote_states(
            "a budget of 1.749 billion yuan",
            &q("1.749 billion")
        ));
        assert!(!quote_states(
            "a budget of 1.749 billion yuan",
            &q("1749 billion")
        ));
        // Without one, `1.079` reads either way.
        assert!(quote_states("es gibt 1.079 Dörfer", &q("1079")));
    }

    #[test]
    fn arabic_separators_and_the_letters_written_onto_a_figure_are_read() {
        assert!(quote_states("عدد السكان ١٬٥٠٠ نسمة", &q("1,500")));
        assert!(!quote_states("عدد السكان ١٬٥٠٠ نسمة", &q("500")));
        // `درصد` is the Persian percent.
        assert!(quote_states("نرخ تورم ۳٫۵ درصد", &q("3.5%")));
        assert!(!quote_states("نرخ تورم ۳٫۵ درصد", &q("3.5")));
        assert!(!quote_states("نرخ تورم ۳٫۵ درصد", &q("3%")));
        assert!(quote_states("منها ١٢ مدرسة و٣٠ مستشفى", &q("30")));
        // The prepositions of one letter too, with the tatweel before digits or without it,
        // and two stacked; not the end of a longer word.
        assert!(quote_states("تلتها عمان بـ١٧٥ إصابة", &q("175")));
        assert!(quote_states("تلتها عمان ب175 إصابة", &q("175")));
        assert!(quote_states("وارتفع العدد لـ٤٥ حالة", &q("45")));
        assert!(quote_states("سجلت كـ٣٠ حالة", &q("30")));
        assert!(quote_states("مقارنة ولـ٤٥ حالة", &q("45")));
        assert!(!quote_states("رمز عم٢٠ للطريق", &q("20")));
        // Hebrew writes its prefixes onto a figure with a hyphen or a maqaf.
        assert!(quote_states("המחלה התפשטה ל-4 ערים", &q("4")));
        assert!(quote_states("ו\u{5be}12 כפרים", &q("12")));
        assert!(quote_states("מ-45 אלף", &q("45 thousand")));
        // Bengali writes its counters and case endings onto a figure.
        assert!(quote_states("সংক্রমণ ৪টি বিভাগে", &q("4")));
        assert!(quote_states("৫০জন ভর্তি", &q("50")));
        assert!(!quote_states("population 1٬500", &q("500")));
        assert!(quote_states("population 1٬500", &q("1500")));
    }

    #[test]
    fn arabic_digits_and_percent_signs_state_the_value() {
        assert!(quote_states("بلغ معدل البطالة 3,5 ٪ هذا العام", &q("3.5%")));
        assert!(quote_states("وعدد السكان ١٥٠٠٠٠٠ نسمة", &q("1,500,000")));
        assert!(quote_states("وعدد السكان ۱۵۰۰۰۰۰ نسمة", &q("1.5 million")));
        assert!(quote_states("जनसंख्या १५०० है", &q("1500")));
        assert!(!quote_states("وعدد السكان ١٥٠٠٠٠١ نسمة", &q("1,500,000")));
    }

    /// The value check of a claim of `value` in `unit` quoting `quote`.
    fn checked_in(quote: &str, value: &str, unit: &str) -> Checked {
        let mut claim = crate::testing::claim("c", quote);
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q(value), at));
        claim.unit = Some(crate::diagnostic::Located::new(unit.into(), at));
        check(&claim, &normalize(quote), None, None)
    }

    #[test]
    fn a_claim_in_percent_is_stated_by_a_percentage_in_either_spelling() {
        for (value, unit) in [
            ("12.5%", "percent"),
            ("12.5 percent", "percent"),
            ("12.5", "percent"),
        ] {
            for quote in [
                "rose 12.5% on the year",
                "rose 12.5 per cent",
                "nousi 12,5 prosenttia",
                "12,5 százalékkal nőtt",
                "a crescut cu 12,5 la sută",
                "გაიზარდა 12,5 პროცენტით",
                "በ12.5 በመቶ አድጓል",
            ] {
                assert!(
                    checked_in(quote, value, unit).finding.is_none(),
                    "{quote} for `{value}` in {unit}"
                );
            }
            // A figure written bare is no percentage: one finding, whose note says so.
            for quote in ["The index rose 12.5 points", "The rate was 12.5 in May"] {
                let checked = checked_in(quote, value, unit);
                let finding = checked.finding.expect(quote);
                assert!(checked.percent_written_bare, "{quote}");
                assert_eq!(
                    finding.notes.last().map(String::as_str),
                    Some(
                        "the quote writes `12.5` with no percent sign or word: the claim's 12.5 \
                         percent is not stated as a percentage"
                    ),
                    "{quote} for `{value}`"
                );
                assert!(
                    finding
                        .help
                        .is_some_and(|help| help.starts_with("quote the percent sign or word")),
                    "{quote}"
                );
            }
        }
        // Zero is zero in any unit: a rate the article writes as a bare 0 is 0 percent.
        for value in ["0%", "0"] {
            assert!(
                checked_in("the false rejection rate is 0", value, "percent")
                    .finding
                    .is_none(),
                "{value}"
            );
        }
    }

    #[test]
    fn a_word_not_read_beside_the_figure_is_named_and_the_figure_as_read_is_not_suggested() {
        let finding = checked_in("Output was 2,1 mrdx tonnes", "2.1 billion", "tonne")
            .finding
            .expect("a word not read is no scale");
        assert_eq!(
            finding.notes.last().map(String::as_str),
            Some(
                "`mrdx` after the quote's `2,1` is a word this check does not read: if it is a \
                 scale word, the quote states the claim's `2.1 billion`"
            )
        );
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "if `mrdx` makes the quote's `2,1` the claim's `2.1 billion`, silence CC202 on \
                 the claim with `allow:` and the reason; `value: 2.1` would pass here, and every \
                 rule would read it"
            )
        );
        let finding = checked_in(
            "A vízszint mínusz 182 centiméter volt",
            "-182",
            "centimetre",
        )
        .finding
        .expect("a word not read is no sign");
        assert!(
            finding.notes.last().is_some_and(|note| note.starts_with(
                "`mínusz` before the quote's `182` is a word this check does not read: if it is \
                 a minus sign"
            )),
            "{:?}",
            finding.notes
        );
        // The claim's own unit after the figure scales nothing (`5 degrees`; the Polish `15
        // mil` of `mila`, see `names_the_unit`): the help is the usual one.
        let finding = checked_in("fell to minus 5 degrees", "-5000", "degree")
            .finding
            .expect("-5 is no -5000");
        assert_usual_help(&finding);
        assert!(names_the_unit("mil", "mila") && names_the_unit("Degrees", "degree"));
        // Nor a word of another sense before a figure, nor any word after one for a value in
        // digits: the help is the usual one.
        for (quote, value, unit) in [
            ("cases in 182 places", "-182", "place"),
            ("it fell by 5", "-5", "point"),
            ("The flood reached 20 villages", "20000", "household"),
        ] {
            assert_usual_help(&checked_in(quote, value, unit).finding.expect(quote));
        }
        assert!(!names_the_unit("milioane", "leu") && !names_the_unit("mrd", "metre"));
        // A word whose letters carry marks (the Khmer coeng of `ដុល្លារ`, dollars) is a word
        // all the same; the Khmer million written onto it is read (`12 លានដុល្លារ`).
        assert!(
            checked_in("ការខូចខាតមានទំហំ 12 លានដុល្លារ", "12 million", "dollar")
                .finding
                .is_none()
        );
        let finding = checked_in("ការខូចខាតមានទំហំ 12 ដុល្លារ", "12 million", "dollar")
            .finding
            .expect("12 is no 12 million");
        assert!(
            finding.notes.last().is_some_and(|note| note
                .starts_with("`ដុល្លារ` after the quote's `12` is a word this check does not read")),
            "{:?}",
            finding.notes
        );
    }

    #[test]
    fn a_word_not_read_is_vouched_for_as_a_scale_only_where_it_is_spelt_like_one_of_the_value_s_power()
     {
        // Spelt like a scale word of another power: the value is probably of that scale,
        // and an `allow:` would hide a factor of a thousand.
        let finding = checked_in(
            "xərclər 3,2 milyardx manata çatacaq",
            "3.2 million",
            "manat",
        )
        .finding
        .expect("3,2 is no 3.2 million");
        assert_eq!(
            finding.notes.last().map(String::as_str),
            Some(
                "`milyardx` after the quote's `3,2` is a word this check does not read, spelt \
                 like a scale word of a billion, not of a million: the quote then states 3.2 \
                 billion, not the claim's `3.2 million`"
            )
        );
        assert!(
            finding.help.as_deref().is_some_and(|help| help.starts_with(
                "if `milyardx` makes the quote's `3,2` 3.2 \
                     billion, write `value: 3.2 billion`"
            )),
            "{:?}",
            finding.help
        );
        // Spelt like no scale word: what is known is said, and the usual help.
        let finding = checked_in("Ölkədə 112 uşaq doğulub", "112 thousand", "child")
            .finding
            .expect("112 is no 112 thousand");
        assert_eq!(
            finding.notes.last().map(String::as_str),
            Some(
                "`uşaq` after the quote's `112` is not read as a scale word, and is spelt like \
                 none: the quote states 112"
            )
        );
        assert_usual_help(&finding);
        // A short word with a point may be any abbreviation: the note stays.
        let finding = checked_in("verða 389 mx.kr. alls", "389 million", "króna")
            .finding
            .expect("389 is no 389 million");
        assert!(
            finding.notes.last().is_some_and(|note| note
                .ends_with("if it is a scale word, the quote states the claim's `389 million`")),
            "{:?}",
            finding.notes
        );
    }

    #[test]
    fn a_word_not_read_scales_the_figure_as_the_declared_decimal_mark_reads_it() {
        let article = "Heildarútgjöld verða 1.509 miljardx króna.";
        let quote = "Heildarútgjöld verða 1.509 miljardx króna";
        let notes = |value| {
            found_in_declared_article(article, Some(DecimalMark::Comma), quote, value, None)
                .map(|(_, notes)| notes)
                .expect("the word is not read")
        };
        assert!(
            notes("1509 billion").last().is_some_and(|note| note
                .ends_with("if it is a scale word, the quote states the claim's `1509 billion`")),
            "{:?}",
            notes("1509 billion")
        );
        assert!(
            notes("1.509 billion")
                .iter()
                .all(|note| !note.contains("if it is a scale word")),
            "{:?}",
            notes("1.509 billion")
        );
    }

    #[test]
    fn another_language_s_month_before_a_count_dates_nothing_without_a_year() {
        // Found in review: the Swahili `mei` and the Tagalog `abril` and `agosto` read the
        // count after the Dutch, Spanish and Italian months as a day.
        for quote in [
            "In mei 12 mensen overleden",
            "I juni 12 personer dog",
            "En abril 12 personas murieron",
            "Ad agosto 12 persone sono morte",
        ] {
            assert_eq!(notes(quote, "12"), None, "{quote}");
        }
        // Before a year, the Swahili and Tagalog day after the month is a date.
        assert_eq!(notes("Aprili 29, 2024 watu 12 walikufa", "12"), None);
    }

    #[test]
    fn a_value_written_onto_a_word_is_not_told_to_be_written_as_another_figure() {
        // A figure with a word of a script other than Latin written onto it, read as a name,
        // sent the user to the quote's other figure, the day of a date.
        let finding = checked_in("2 जून तक 4वें चरण में", "4", "phase")
            .finding
            .expect("4 is read as part of a name");
        assert!(
            finding.help.as_deref().is_some_and(|help| help
                .starts_with("if `4वें` is the figure with an ending or a counter written onto it")),
            "{:?}",
            finding.help
        );
        // The Sinhala `4ක්` (four of them) is the figure with its ending, as the languages of
        // the scripts from Gurmukhi to Sinhala write it.
        assert!(
            checked_in("ජූනි 2 වන දින වන විට දිස්ත්‍රික්ක 4ක්", "4", "district")
                .finding
                .is_none()
        );
        // Nor is a name in Latin letters that starts with it (`4G`, `3M`).
        assert_usual_help(
            &checked_in("the 4G network reached 12 towns", "4", "network")
                .finding
                .expect("4 is part of 4G"),
        );
        // A name that ends in the figure is no figure with an ending: the usual help.
        let finding = checked_in("the road G9 runs 12 km", "9", "road")
            .finding
            .expect("9 is part of G9");
        assert_usual_help(&finding);
    }

    /// Asserts that a CC202's help is the usual one: write the value as the quote states it.
    fn assert_usual_help(finding: &Diagnostic) {
        assert!(
            finding
                .help
                .as_deref()
                .is_some_and(|help| help.starts_with("write `value:` as the quote states it")),
            "{:?}",
            finding.help
        );
    }

    /// The notes of the CC202 that `value` in `quote` gives, if any.
    fn notes(quote: &str, value: &str) -> Option<Vec<String>> {
        let mut claim = crate::testing::claim("c", quote);
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q(value), at));
        check(&claim, &normalize(quote), None, None)
            .finding
            .map(|d| d.notes)
    }

    #[test]
    fn the_note_says_a_time_of_day_states_no_value() {
        for (quote, value, note) in [
            (
                "Um 14:30 Uhr wurden 3 Verletzte gemeldet",
                "14.30",
                "the quote states `14:30 Uhr` (a time of day, which no value states), `3`",
            ),
            (
                "Kulminacja nastąpiła o godz. 14.30",
                "14.30",
                "the quote states `14.30` (a time of day, which no value states)",
            ),
            (
                "Banjir terjadi pukul 22.30 WIB",
                "22.30",
                "the quote states `22.30 WIB` (a time of day, which no value states)",
            ),
        ] {
            assert_eq!(notes(quote, value).unwrap()[0], note, "{quote}");
        }
    }

    #[test]
    fn the_note_lists_the_figures_as_the_check_reads_them() {
        assert_eq!(
            notes("In the first phase, twice as many enrolled", "1").unwrap()[0],
            "the quote states `first` (an ordinal or a multiplicative, which no value states), \
             `twice` (an ordinal or a multiplicative, which no value states)"
        );
        // A fraction is said to be one, in English and in the other languages read.
        for (quote, written) in [
            ("Two thirds of households", "Two thirds"),
            ("one half of the budget", "one half"),
            ("Les deux tiers des ménages", "deux tiers"),
            ("Trois quarts des habitants approuvent", "Trois quarts"),
            ("zwei Drittel der Befragten", "zwei Drittel"),
            ("las tres cuartas partes del total", "tres cuartas partes"),
        ] {
            assert_eq!(
                notes(quote, "75%").unwrap(),
                [format!(
                    "the quote states `{written}` (a fraction, which no value states)"
                )],
                "{quote}"
            );
        }
        assert_eq!(
            notes("the twenty-third session", "23").unwrap(),
            [
                "the quote states `twenty-third` (an ordinal or a multiplicative, which no value \
              states)"
            ]
        );
        assert_eq!(notes("贵州省最后9个贫困县", "9"), None);
        assert_eq!(
            notes("贵州省最后9个贫困县", "8").unwrap(),
            ["the quote states `9`"]
        );
        assert_eq!(
            notes("La région compte 27 208 villages, 3,5 %", "27209").unwrap(),
            ["the quote states `27 208`, `3,5 %`"]
        );
        assert_eq!(
            notes("There are 27'208 villages", "27,209").unwrap(),
            ["the quote states `27'208`"]
        );
        assert_eq!(
            notes("the road G9 runs", "9").unwrap(),
            [
                "the quote states no number",
                "`9` stands in the quote only as part of the name `G9`, which states no figure"
            ]
        );
        assert_eq!(notes("共有 66 个县", "67").unwrap().len(), 1);
    }

    #[test]
    fn the_short_year_of_a_fiscal_year_states_no_value_and_its_first_year_does() {
        for quote in [
            "a budget for 2024/25 of £1.2bn",
            "The state's 2024-25 budget",
            "In 2024\u{2013}25 the city",
            "FY2024-25 closed",
        ] {
            assert_eq!(notes(quote, "2024"), None, "{quote}");
            assert!(notes(quote, "25").is_some(), "{quote}");
        }
        assert_eq!(
            notes("The state's 2024-25 budget", "25").unwrap(),
            [
                "the quote states `2024-25` (a fiscal year)",
                "`25` ends the fiscal year `2024-25`, which states no figure but its first year: \
                 a fiscal year is encoded as `period:`"
            ]
        );
        // A season is written so too, and its `21` is no more a count.
        assert!(notes("in the 2020/21 season", "21").is_some());
        // Not a fiscal year: two figures.
        assert_eq!(notes("scores of 10/11", "11"), None);
        assert_eq!(notes("in 2024/26", "26"), None);
    }

    #[test]
    fn the_day_and_month_of_a_date_state_no_value_in_any_notation_and_its_year_does() {
        // The day and the month of a date are no count, however the date is written.
        for quote in [
            "On November 21, 2020, 12 villages",
            "On Nov. 21 12 villages",
            "On 21 November 2020, 13 villages",
            "Am 21. November 2020 waren 13 Dörfer",
            "Le 21 novembre 2020, 14 communes",
            "El 21 de noviembre, 14 pueblos",
            "By 11/21/2020, 16 towns",
            "On 21/11/2020, 16 towns",
            "Am 21.11.2020 waren 15 Dörfer",
            "on 2020-11-21, 17 towns",
            "on 21-11-2020, 17 towns",
            "11月21日，贵州有9个县退出贫困",
            "11월 21일 서울에서 3명이 다쳤다",
        ] {
            assert!(notes(quote, "21").is_some(), "{quote}");
            assert!(notes(quote, "11").is_some(), "{quote}");
        }
        // The note says what the value was read from, and where a date goes.
        assert_eq!(
            notes("On 21/11/2020, 16 towns", "21").unwrap(),
            [
                "the quote states `21/11` (a date), `2020`, `16`",
                "`21` is the day of the date `21/11`, which states no figure: a date is \
                 encoded as `as_of:` or `period:`"
            ]
        );
        assert_eq!(
            notes("On November 21, 2020, 12 villages", "21").unwrap()[0],
            "the quote states `November 21` (a date), `2020`, `12`"
        );
        assert!(
            notes("By 11/21/2020, 16 towns", "11").unwrap()[1].starts_with("`11` is the month")
        );
        assert!(
            notes("By 05/06/2020, 16 towns", "6").unwrap()[1]
                .starts_with("`6` is the day or month of the date `05/06`")
        );
        // Another value gets no such note.
        assert_eq!(notes("On 21/11/2020, 16 towns", "17").unwrap().len(), 1);
        // Joined by a point, the day and month of `21.11.2020` are no decimal either.
        assert_eq!(
            notes("Am 21.11.2020 waren 15 Dörfer", "21.11").unwrap(),
            ["the quote states `21.11` (a date), `2020`, `15`"]
        );
        // The year of a date is a year, and its figure.
        for quote in [
            "Am 21.11.2020 waren 15 Dörfer",
            "on 2020-11-21, 17 towns",
            "On 21/11/2020, 16 towns",
            "On November 21, 2020, 12 villages",
        ] {
            assert_eq!(notes(quote, "2020"), None, "{quote}");
        }
        // The same number as a count beside the date is stated.
        assert_eq!(notes("As of November 21, 21 projects", "21"), None);
        assert_eq!(notes("On 21/11/2020, 21 towns", "21"), None);
        // What only looks like a date states its figures: `may` is no month in lowercase, a
        // date needs its year, and the day the reader is unsure of keeps its figure
        // (`to 22` may be `to 22 counties`).
        for (quote, value) in [
            ("Scores 21 may rise", "21"),
            ("the score was 21/11", "21"),
            ("pages 10-12", "12"),
            ("From November 16 to 22, nine counties", "22"),
            ("From 16 to 22 November, ten towns", "16"),
            ("in the 2020/22 season", "22"),
        ] {
            assert_eq!(notes(quote, value), None, "{quote}");
        }
    }

    #[test]
    fn figures_in_chinese_numerals_state_the_value() {
        assert_eq!(notes("全省共有六十六个贫困县", "66"), None);
        assert_eq!(
            notes("全省共有六十六个贫困县", "67").unwrap(),
            ["the quote states `六十六`"]
        );
        assert!(quote_states("三千万人口", &q("30,000,000")));
        assert!(quote_states("三千万人口", &q("30 million")));
        assert!(quote_states("减少了九百二十三万人", &q("9.23 million")));
        assert!(quote_states("两百户", &q("200")));
        assert!(quote_states("一千零八名", &q("1008")));
        assert!(quote_states("二〇二〇年", &q("2020")));
        assert!(quote_states("百分之八十", &q("80%")));
        assert!(quote_states("降至百分之零点八五", &q("0.85 percent")));
        assert!(quote_states("三百多万人", &q("more than 3 million")));
        assert!(!quote_states("三千万人口", &q("3000")));
        assert!(!quote_states("百分之八十", &q("80")));
        assert!(!quote_states("一千零八名", &q("1000")));
    }

    #[test]
    fn digits_before_chinese_multipliers_state_the_multiplied_figure_only() {
        assert!(quote_states("3千万人口", &q("30,000,000")));
        assert!(!quote_states("3千万人口", &q("3")));
        assert!(!quote_states("300多万人", &q("300")));
        assert!(quote_states("300多万人", &q("3 million")));
        assert!(!quote_states("百分之80", &q("80")));
        assert!(quote_states("百分之80", &q("80%")));
        // `千` before a unit is its kilo, not a thousand.
        assert!(quote_states("3千米", &q("3")));
        assert_eq!(
            notes("3千万人口", "3").unwrap(),
            ["the quote states `3千万`"]
        );
        // A digit after a multiplier is part of the figure too.
        assert!(!quote_states("9十9,١", &q("9")));
        assert!(!quote_states("2千3百万", &q("3")));
        assert!(quote_states("2千3百万", &q("23,000,000")));
    }

    #[test]
    fn numerals_in_names_and_words_state_nothing_and_the_note_says_why() {
        assert!(!quote_states("四川省", &q("4")));
        assert!(!quote_states("一些村", &q("1")));
        assert!(!quote_states("一个县", &q("1")));
        assert!(!quote_states("第三个县", &q("3")));
        assert!(!quote_states("三四个县", &q("3")));
        let names = notes("四川有一些县", "4").unwrap();
        assert_eq!(names[0], "the quote states no number");
        assert!(
            names[1].starts_with(
                "Chinese numerals not read as figures: `四` in `四川`, `一` in `有一些`."
            ),
            "{names:?}"
        );
        // Only those outside the figures.
        let beside = notes("四川有六十六个县", "67").unwrap();
        assert_eq!(beside[0], "the quote states `六十六`");
        assert!(
            beside[1].contains("`四` in `四川`.") && !beside[1].contains("`六"),
            "{beside:?}"
        );
        let many = notes("一二三四五，一些，一直，一定，三四个", "6").unwrap();
        assert!(many[1].contains(", 2 more."), "{many:?}");
    }

    /// The value check of `quote`, found in `article`, for a claim with `value`.
    fn checked_in_article(article: &str, quote: &str, value: &str) -> Checked {
        let mut claim = crate::testing::claim("c", quote);
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q(value), at));
        let start = article.find(quote).expect("the quote is in the article");
        let passage = Location::new(at.file, start..start + quote.len());
        check(
            &claim,
            &normalize(quote),
            Some(&passage),
            Some(&Article::new(article)),
        )
    }

    /// Whether `quote`, found in `article` whose source declares the language `tag`, states
    /// `value`: with no finding, or only the warning of a figure read one way of two.
    fn states_in_language(tag: Option<&str>, article: &str, quote: &str, value: &str) -> bool {
        checked_in_language(tag, article, quote, value)
            .finding
            .is_none_or(|finding| finding.code == Code::ValueReadOneWayOfTwo)
    }

    /// The value check of `quote`, found in `article` whose source declares the language
    /// `tag`, for `value`.
    fn checked_in_language(tag: Option<&str>, article: &str, quote: &str, value: &str) -> Checked {
        let mut claim = crate::testing::claim("c", quote);
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q(value), at));
        let start = article.find(quote).expect("the quote is in the article");
        let passage = Location::new(at.file, start..start + quote.len());
        let article = Article::new(article).with_language(Language::of(tag));
        check(&claim, &normalize(quote), Some(&passage), Some(&article))
    }

    /// The code of the finding on `quote`, found in `article` whose source declares the
    /// language `tag`, for `value`.
    fn code_in_language(
        tag: Option<&str>,
        article: &str,
        quote: &str,
        value: &str,
    ) -> Option<Code> {
        checked_in_language(tag, article, quote, value)
            .finding
            .map(|finding| finding.code)
    }

    #[test]
    fn a_quote_with_no_figure_in_a_language_whose_number_words_are_not_read_is_not_checked() {
        // Found from outside: "patru orașe" (four towns) for `value: 4` was CC202, an error
        // on a correct claim, which folded the real findings of the rules into its notes.
        for (tag, article, quote) in [
            ("ro", "Proiectul vizează patru orașe.", "patru orașe"),
            ("sw", "Mradi huu unahusu wilaya nne.", "wilaya nne"),
            ("tl", "Apat na lalawigan ang tinamaan.", "Apat na lalawigan"),
            ("eu-ES", "Lau udalerri daude.", "Lau udalerri"),
        ] {
            for value in ["4", "5"] {
                assert_eq!(
                    code_in_language(Some(tag), article, quote, value),
                    Some(Code::ValueNotRead),
                    "{quote}: {value}"
                );
            }
        }
        // A figure in digits is read in any language, and judged.
        let romanian = "Proiectul vizează 12 orașe.";
        assert_eq!(
            code_in_language(Some("ro"), romanian, "12 orașe", "4"),
            Some(Code::ValueNotInQuote)
        );
        assert_eq!(
            code_in_language(Some("ro"), romanian, "12 orașe", "12"),
            None
        );
        // Where the language's words are read, or none is declared, no figure is CC202.
        for tag in [
            None,
            Some("en"),
            Some("fr"),
            Some("und"),
            Some("pl"),
            Some("gl"),
        ] {
            let article = "The project covers several towns.";
            assert_eq!(
                code_in_language(tag, article, "several towns", "4"),
                Some(Code::ValueNotInQuote),
                "{tag:?}"
            );
        }
        // A Slavic language's words are read where it is declared, and judged.
        let polish = "Projekt obejmuje cztery gminy.";
        assert_eq!(
            code_in_language(Some("pl"), polish, "cztery gminy", "4"),
            None
        );
        assert_eq!(
            code_in_language(Some("pl"), polish, "cztery gminy", "5"),
            Some(Code::ValueNotInQuote)
        );
        // A value that stands only as part of a name states no figure in any language.
        let names = "Lucrătorii au primit măști N95.";
        assert_eq!(
            code_in_language(Some("ro"), names, "măști N95", "95"),
            Some(Code::ValueNotInQuote)
        );
    }

    #[test]
    fn the_azerbaijani_and_uzbek_thousands_are_read_only_where_their_language_is_declared() {
        let az = "Ölkədə 2024-cü ildə 112 min uşaq doğulub.";
        let quote = "112 min uşaq doğulub";
        assert!(states_in_language(Some("az"), az, quote, "112 thousand"));
        assert!(!states_in_language(Some("az"), az, quote, "112"));
        assert!(!states_in_language(None, az, quote, "112 thousand"));
        let uz = "Mamlakatda 920 ming chaqaloq tugʻildi.";
        let quote = "920 ming chaqaloq";
        assert!(states_in_language(
            Some("uz-Latn"),
            uz,
            quote,
            "920 thousand"
        ));
        assert!(!states_in_language(Some("en"), uz, quote, "920 thousand"));
        // A compound of two scales, as other languages write it ("2 milioni 300 mila").
        let az = "Azərbaycanın əhalisi 10 milyon 180 min nəfər təşkil edib.";
        let quote = "əhalisi 10 milyon 180 min nəfər";
        assert!(states_in_language(Some("az"), az, quote, "10,180,000"));
    }

    #[test]
    fn english_number_words_state_no_value_in_an_article_of_another_language() {
        // Found from outside: the Polish `ten` ("this") stated 10.
        let polish = "Na ten cel wydano 21,7 mln zł. One zostały odbudowane.";
        for (quote, value) in [
            ("Na ten cel wydano 21,7 mln zł", "10"),
            ("Na ten cel wydano 21,7 mln zł", "ten"),
            ("One zostały odbudowane", "1"),
            ("One zostały odbudowane", "one"),
        ] {
            assert!(
                !states_in_language(Some("pl"), polish, quote, value),
                "{quote}: {value}"
            );
            // Undeclared, or declared English, they are read as today.
            assert!(
                states_in_language(None, polish, quote, value),
                "{quote}: {value}"
            );
            assert!(
                states_in_language(Some("en"), polish, quote, value),
                "{quote}: {value}"
            );
        }
        let quote = "Na ten cel wydano 21,7 mln zł";
        assert!(states_in_language(
            Some("pl"),
            polish,
            quote,
            "21.7 million"
        ));
        // The number words of other languages are read in their own articles and others.
        let french = "Les six habitants et les vingt et un élus ont voté.";
        for tag in [Some("fr"), Some("pl"), None] {
            assert!(states_in_language(tag, french, "Les six habitants", "6"));
            assert!(states_in_language(
                tag,
                french,
                "les vingt et un élus",
                "21"
            ));
        }
        let italian = "c'erano zero virgola cinque cliniche";
        assert!(states_in_language(Some("it"), italian, italian, "0.5"));
    }

    #[test]
    fn mil_is_a_thousand_only_in_an_article_whose_language_writes_it_so() {
        // Found from outside: Polish and Indonesian miles were read as thousands.
        for (tag, article, quote) in [
            (
                "pl",
                "Fala przeszła 15 mil morskich od brzegu.",
                "Fala przeszła 15 mil morskich",
            ),
            (
                "id",
                "Kapal tenggelam sekitar 15 mil laut dari pantai.",
                "Kapal tenggelam sekitar 15 mil laut",
            ),
        ] {
            assert!(states_in_language(Some(tag), article, quote, "15"), "{tag}");
            assert!(
                !states_in_language(Some(tag), article, quote, "15,000"),
                "{tag}"
            );
            // A quote cut before `mil` states the 15 it ends on.
            let cut = &quote[..quote.find(" mil").unwrap()];
            assert!(states_in_language(Some(tag), article, cut, "15"), "{tag}");
            // Undeclared, `mil` is the Spanish and Portuguese thousand, as before.
            assert!(states_in_language(None, article, quote, "15,000"), "{tag}");
            assert!(!states_in_language(None, article, quote, "15"), "{tag}");
        }
        let spanish = "Hubo 95 mil casos y 2 mil millones de dólares.";
        for tag in [Some("es"), Some("es-MX"), Some("pt-BR"), None] {
            assert!(states_in_language(
                tag,
                spanish,
                "Hubo 95 mil casos",
                "95,000"
            ));
            assert!(!states_in_language(tag, spanish, "Hubo 95 mil casos", "95"));
        }
        // `mil millones` is Spanish wherever it stands.
        assert!(states_in_language(
            Some("pl"),
            spanish,
            "2 mil millones de dólares",
            "2 billion"
        ));
    }

    #[test]
    fn the_quote_s_figure_written_to_another_precision_is_what_the_claim_stands_for() {
        let english = "Some 1.2 million people moved, 1,200,000 by bus. The rate was 5.0% \
                       and 3 million left; 17 counties, or 5 percent.";
        let spanish = "El plan costó 1.500 millones de euros, un 2,5 % más.";
        let quake = "A 3.0 quake hit three villages. 1.2 million euros for 1.20 million people; \
                     1.20 million people, 1.20 million euros.";
        let chinese = "全市共有330万人，投入1.2亿元。";
        let korean = "인구는 330만 명이다.";
        let hindi = "बाढ़ से 2 लाख लोग प्रभावित हुए, ₹1,250 करोड़ का पैकेज और ₹625.3 करो\u{95c} फसल।";
        for (article, quote, value, figure) in [
            // Less precisely than the value: the claim stands for the article's rounding.
            (
                english,
                "Some 1.2 million people",
                "1,200,000",
                Some("[1150000, 1250000)"),
            ),
            (
                english,
                "3 million left",
                "3,000,000",
                Some("[2500000, 3500000)"),
            ),
            // More precisely than the value.
            (
                spanish,
                "1.500 millones de euros",
                "1.5 billion",
                Some("[1499500000, 1500500000)"),
            ),
            (english, "The rate was 5.0%", "5%", Some("[4.95, 5.05)")),
            // In lakh and crore, in any script: rounded to the lakh or the crore its digits
            // give, as the value written in them is.
            (hindi, "2 लाख लोग", "200,000", Some("[150000, 250000)")),
            (hindi, "2 लाख लोग", "2 lakh", None),
            (hindi, "₹1,250 करोड़ का पैकेज", "1,250 crore", None),
            (
                hindi,
                "₹1,250 करोड़ का पैकेज",
                "12,500,000,000",
                Some("[12495000000, 12505000000)"),
            ),
            (hindi, "₹625.3 करो\u{95c} फसल", "625.3 crore", None),
            // As the value writes it, or to the same precision: the value's own reading.
            (english, "1,200,000 by bus", "1,200,000", None),
            (english, "Some 1.2 million people", "1.2 million", None),
            (
                english,
                "1,200,000 by bus",
                "1.2 million",
                Some("[1199999.5, 1200000.5)"),
            ),
            (english, "17 counties", "seventeen", None),
            (english, "or 5 percent", "5%", None),
            (spanish, "un 2,5 % más", "2.5%", None),
            // A value with a qualifier is read by it, not by a rounding.
            (
                english,
                "Some 1.2 million people",
                "more than 1,200,000",
                None,
            ),
            // Figures of the quote that disagree on the precision, or one at the value's own
            // precision beside another, leave the value's reading.
            (
                english,
                "1.2 million people moved, 1,200,000 by bus",
                "1,200,000",
                None,
            ),
            (quake, "A 3.0 quake hit three villages", "3", None),
            (
                quake,
                "1.2 million euros for 1.20 million people",
                "1,200,000",
                None,
            ),
            (
                quake,
                "1.20 million people, 1.20 million euros",
                "1,200,000",
                Some("[1195000, 1205000)"),
            ),
            // Myriads and numerals are read as the whole number they make, without the
            // precision they were written to.
            (chinese, "330万人", "3.3 million", None),
            (chinese, "1.2亿元", "120,000,000", None),
            (korean, "330만 명", "3.3 million", None),
        ] {
            let checked = checked_in_article(article, quote, value);
            assert!(checked.finding.is_none(), "{quote}: {value}");
            assert_eq!(
                checked
                    .as_quoted
                    .map(|figure| figure.interval.to_string())
                    .as_deref(),
                figure,
                "{quote}: {value}"
            );
        }
        // The first end of a range is read with the scale written after the second: the
        // note shows the range, as the article does not write `2` for 2 million.
        let checked = checked_in_article(
            "Between 2 to 3 million people moved.",
            "2 to 3 million people",
            "2,000,000",
        );
        let figure = checked.as_quoted.expect("the range's first end");
        assert_eq!(figure.interval.to_string(), "[1500000, 2500000)");
        assert_eq!(&*figure.text, "2 to 3 million");
        // A value the quote does not state stands for itself: CC202 says what to mend.
        let checked = checked_in_article(english, "Some 1.2 million people", "1.3 million");
        assert!(checked.finding.is_some());
        assert!(checked.as_quoted.is_none());
    }

    /// Whether the quote, found in `article`, states `value` there: the CC202 check with
    /// its passage.
    fn states_in_article(article: &str, quote: &str, value: &str) -> bool {
        checked_in_article(article, quote, value).finding.is_none()
    }

    #[test]
    fn a_quote_cut_inside_a_figure_states_the_figure_as_the_article_writes_it() {
        let article = "Growth was \u{2212}3.2% in total. Only .5% of residents voted. There \
                       are 12,500 villages. It stood at -5 million people. Il y a 12 500 \
                       habitants. The rate was 7.5% then. It grew to 3 million in 2020.";
        for (quote, wrong, right) in [
            ("3.2% in total", "3.2%", "-3.2%"),
            ("5% of residents", "5%", "0.5%"),
            ("500 villages", "500", "12,500"),
            ("2,500 villages", "2,500", "12,500"),
            ("5 million people", "5 million", "-5 million"),
            ("500 habitants", "500", "12500"),
            ("The rate was 7", "7", "7.5%"),
            ("It grew to 3", "3", "3 million"),
            ("2,5", "2.5", "12,500"),
        ] {
            assert!(
                !states_in_article(article, quote, wrong),
                "{quote}: {wrong}"
            );
            assert!(states_in_article(article, quote, right), "{quote}: {right}");
        }
        // The note says so, and lists the figure whole.
        let mut claim = crate::testing::claim("c", "5% of residents");
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q("5%"), at));
        let start = article.find("5% of residents").unwrap();
        let passage = Location::new(at.file, start..start + "5% of residents".len());
        let article = Article::new(article);
        let notes = check(&claim, "5% of residents", Some(&passage), Some(&article))
            .finding
            .unwrap()
            .notes;
        assert_eq!(
            notes,
            [
                "the quote states `.5%`",
                "the quote is cut from the article's figure `.5%`, which it states whole: quote the \
                 whole figure"
            ]
        );
    }

    #[test]
    fn a_quote_cut_before_a_line_break_inside_a_figure_states_the_figure_whole() {
        // A hard-wrapped article: the figure goes on across the break, as in a quote.
        let article = "It grew to 3\nmillion in 2020. The share was 100\r\n  per cent then.";
        for (quote, wrong, right) in [
            ("It grew to 3", "3", "3 million"),
            ("The share was 100", "100", "100%"),
        ] {
            assert!(
                !states_in_article(article, quote, wrong),
                "{quote}: {wrong}"
            );
            assert!(states_in_article(article, quote, right), "{quote}: {right}");
        }
        let mut claim = crate::testing::claim("c", "It grew to 3");
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q("3"), at));
        let passage = Location::new(at.file, 0.."It grew to 3".len());
        let notes = check(
            &claim,
            "It grew to 3",
            Some(&passage),
            Some(&Article::new(article)),
        )
        .finding
        .unwrap()
        .notes;
        assert_eq!(
            notes[1],
            "the quote is cut from the article's figure `3 million`, which it states whole: \
             quote the whole figure"
        );
    }

    #[test]
    fn a_quote_cut_between_the_parts_of_a_figure_in_two_scales_states_the_figure_whole() {
        let article = "La città contava 2 milioni 300 mila abitanti. Ne arrivarono 1 milione e \
                       200 mila. La ciudad tenía 2 millones 300 mil habitantes. Es waren 3 \
                       Millionen 400 Tausend Menschen. El tren costará 61 mil 313 millones de \
                       pesos.";
        for (quote, wrong, right) in [
            ("contava 2 milioni", "2 million", "2,300,000"),
            ("300 mila abitanti", "300 thousand", "2,300,000"),
            ("Ne arrivarono 1 milione", "1 million", "1,200,000"),
            ("200 mila", "200 thousand", "1,200,000"),
            ("e 200 mila", "200 thousand", "1,200,000"),
            ("Ne arrivarono 1 milione e", "1 million", "1,200,000"),
            ("tenía 2 millones", "2 million", "2,300,000"),
            ("300 mil habitantes", "300 thousand", "2,300,000"),
            ("Es waren 3 Millionen", "3 million", "3,400,000"),
            ("400 Tausend Menschen", "400 thousand", "3,400,000"),
            // Thousands of millions, cut after the thousand or before the millions.
            ("costará 61 mil", "61,000", "61313 million"),
            ("costará 61 mil", "61 thousand", "61,313,000,000"),
            ("313 millones de pesos", "313 million", "61313 million"),
        ] {
            assert!(
                !states_in_article(article, quote, wrong),
                "{quote}: {wrong}"
            );
            assert!(states_in_article(article, quote, right), "{quote}: {right}");
        }
        let quote = "contava 2 milioni";
        let notes = checked_in_article(article, quote, "2 million")
            .finding
            .unwrap()
            .notes;
        assert_eq!(
            notes.last().unwrap(),
            "the quote is cut from the article's figure `2 milioni 300 mila`, which it states \
             whole: quote the whole figure"
        );
    }

    #[test]
    fn a_quote_beside_a_figure_in_one_scale_is_judged_alone() {
        // A scale word before the quote's first figure, or after its last, that makes no
        // figure in two scales with it.
        let article = "Erano 2 milioni. 300 mila votarono. Erano 5 milioni di persone, 40 mila \
                       case. Tra 1 milione e 500 mila. Il 2,5 milioni 300 mila. It was 2 million \
                       and 300 thousand.";
        for (quote, value) in [
            ("Erano 2 milioni", "2 million"),
            ("300 mila votarono", "300 thousand"),
            ("5 milioni di persone", "5 million"),
            ("40 mila", "40 thousand"),
            ("Tra 1 milione", "1 million"),
            ("500 mila", "500 thousand"),
            ("300 mila.", "300 thousand"),
            ("It was 2 million", "2 million"),
            ("300 thousand", "300 thousand"),
        ] {
            assert!(states_in_article(article, quote, value), "{quote}: {value}");
        }
    }

    #[test]
    fn a_quote_beside_a_figure_it_does_not_cut_is_judged_alone() {
        let article = "In 2019 200 villages joined. COVID-19 cases rose. The road G17 \
                       opened, 2019-2020 was dry. It cost 5, then 6. Watu milioni 60 ya.";
        for (quote, value) in [
            ("200 villages", "200"),
            ("19 cases", "19"),
            ("2020 was dry", "2020"),
            ("It cost 5", "5"),
            ("then 6", "6"),
            ("In 2019", "2019"),
        ] {
            assert!(states_in_article(article, quote, value), "{quote}: {value}");
        }
        assert_eq!(cut_figures(article, 0..7, Language::UNDECLARED), None);
        let comma = article.find("5, then").unwrap();
        assert_eq!(
            cut_figures(article, comma - 8..comma + 1, Language::UNDECLARED),
            None
        );
    }

    /// Text made of the pieces figures are written with in several languages and scripts.
    fn figure_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = vec![
            "9",
            "27",
            "208",
            "1",
            "0",
            "5",
            "000",
            ",",
            ".",
            " ",
            "'",
            "’",
            "%",
            " %",
            "٪",
            "个",
            "县",
            "万",
            "a",
            "G",
            " million",
            " percent",
            "nine",
            "١",
            "٥",
            "-",
            "九",
            "二十",
            "七",
            "十",
            "百",
            "千",
            "两",
            "零",
            "一",
            "〇",
            "点",
            "亿",
            "多",
            "第",
            "百分之",
            "分之",
            "年",
            "月",
            "日",
            "千米",
            "四川",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..10).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// The note comes from the reading the verdict was made on: no figure it lists states
        /// the value on its own.
        #[test]
        fn prop_no_figure_the_note_lists_states_the_value(
            quote in figure_soup(),
            value in proptest::sample::select(vec![
                "9", "27", "27,208", "208", "1.5", "5%", "0.5", "1,000,000", "1 million", "20",
                "10", "2", "90", "100", "5000", "2000", "1900", "27%", "0.5%", "10000", "3 million",
            ]),
        ) {
            let value = q(value);
            let figures = figures_of(&quote, Language::UNDECLARED);
            if states(&comparable(&normalize(&quote)), &figures, &value, Context::default()) == Stated::No {
                for (written, _) in &figures {
                    proptest::prop_assert!(!quote_states(written, &value), "{written:?} in {quote:?}");
                }
            }
        }
    }
}
