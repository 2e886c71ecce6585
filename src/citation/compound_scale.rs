//! A figure written in two scales, the larger first: `2 milioni 300 mila` is 2,300,000, and
//! so are `2 milioni e 300 mila`, `2 Millionen 300 Tausend`, `2 millones 300 mil`, `2
//! milhões e 300 mil` and `2 million 300 thousand`. Italian, Spanish, Portuguese and German
//! reporting writes large figures so, and Indian and Bangladeshi reporting its crores and
//! lakhs (`3 crore 20 lakh`, `3 কোটি 20 লাখ`, `2 लाख 50 हज़ार`); read as two figures, a
//! claim of 2,300,000 would be told that its quote states 2 million and 300 thousand, and no
//! figure it states.
//!
//! Two figures read one after the other are one when all of these hold:
//!
//! - only spaces a figure is written with stand between them, or a word for "and" between
//!   them ([`AND_WORDS`]) where it does not end a range or join a list of figures read in
//!   order: a comma, a tab, a line break or any other word keeps them apart (`2 million, 300
//!   thousand more`, `tra 1 milione e 500 mila`);
//! - the first is a whole count of millions, billions or trillions (`2 milioni`, not `2,5
//!   milioni`), the second a count of thousands, millions or billions (`300 mila`, or
//!   `300mila` with its scale word written onto it, or `cinq cent mille` in words), of a
//!   smaller scale than the first and below one of its units (`300 mila` is less than `1
//!   milione`); or the first a whole count of crores and the second of lakhs or thousands,
//!   or the first of lakhs and the second of thousands, in any script (never a lakh after
//!   millions);
//! - neither is a percentage or part of a date, neither has a qualifier, and neither reads
//!   two ways (`1.500 mila`, where the decimal mark is in doubt), but for the Turkish `bin`
//!   after a Turkish scale (`5 milyon 803 bin`), read alone without its thousand too (`5 bin
//!   bags`).
//!
//! The figure they make is their sum, as precise as the second: `2 milioni 300 mila` states
//! 2,300 thousand, which stands for [2,299,500, 2,300,500); a second part read in digits
//! (`300mila`) makes a sum read in digits.
//!
//! Mexican reporting writes thousands of millions the other way round, the thousand first
//! and of the millions after it: `61 mil 313 millones` is 61,313 million, as precise as the
//! million ([`thousands_of_millions`]).

use super::numbers::{
    Language, Mention, Separators, TURKISH_SCALES, decimal_digit, figure_word_start, follower_end,
    is_number_space, numbers_read_from,
};
use crate::quantity::{
    INDIAN_SCALE_WORDS, Qualifier, Quantity, SCALE_WORDS, is_scale_of_a_larger_part,
};

/// The words for "and" that may join the two parts, lowercased: Italian and Portuguese,
/// Spanish, French and German. Not the English `and`, which joins figures in a list far more
/// often than parts of one figure ("5 million and 800 thousand cases respectively"), nor the
/// Dutch `en`, which is also "in" in Spanish and French.
pub const AND_WORDS: &[&str] = &["e", "y", "et", "und"];

/// Joins each pair of `mentions`, read from `text` in order, that is one figure in two
/// scales into one mention spanning both.
pub(super) fn join(text: &str, mentions: &mut Vec<Mention>) {
    // Most texts write no such figure: told without building the list again.
    let larger = |mention: &Mention| mention.figure.as_ref().is_some_and(may_have_a_second_part);
    if !mentions.windows(2).any(|pair| larger(&pair[0])) {
        return;
    }
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut rest = std::mem::take(mentions).into_iter().peekable();
    while let Some(mut first) = rest.next() {
        // A figure in three scales (`1 miliardo 200 milioni 300 mila`) joins its parts one
        // after the other.
        while let Some(compound) = rest
            .peek()
            .and_then(|second| compound(text, &first, second))
        {
            rest.next();
            first = compound;
        }
        joined.push(first);
    }
    *mentions = joined;
}

/// Whether `figure` is of a scale that a second part may follow: millions or more, or lakh
/// or crore, or thousands, which millions follow in the thousands of millions Mexican
/// reporting writes (`61 mil 313 millones`, see [`thousands_of_millions`]).
pub(super) fn may_have_a_second_part(figure: &Quantity) -> bool {
    figure.exponent >= 5 || figure.exponent == 3
}

/// How far past a passage's edge the second part of a figure it cuts is read, in bytes: more
/// than the "and", the spaces and a second part with its scale word (`e 300 mila`), and a
/// third part after it.
pub(super) const SECOND_PART_LOOKAHEAD: usize = 64;

/// The figure in two scales, or with a scale written in two words, of `text` that a passage
/// starting or ending at byte `at` cuts: `contava 2 milioni` and `300 mila abitanti` both
/// cut `2 milioni 300 mila`, `destinó 2 mil` cuts `2 mil millones`, and a claim of 2,000,000,
/// 300,000 or 2,000 quoting one must not pass. [`super::value`] reads a figure cut at a
/// digit, a separator or a letter written onto it; here the cut falls on the spaces between
/// the parts or the scale's words, so it is looked for only where the scale word of a first
/// part ([`part_ending_in_a_scale`]) or a figure's digits ([`scale_words_across`]) stand
/// right before them, and the figure is read across `at` as [`join`] reads it, in an article
/// in `language`.
pub(super) fn across(text: &str, at: usize, language: Language) -> Option<std::ops::Range<usize>> {
    let (before, after) = (text.get(..at)?, &text[at..]);
    if let Some(figure) = scale_words_across(text, at, language) {
        return Some(figure);
    }
    let first_part = if before.ends_with(char::is_alphabetic) && after.starts_with(is_number_space)
    {
        // The passage ends on the scale word (`contava 2 milioni`) or on the "and" after it
        // (`1 milione e`), or on the thousand of thousands of millions (`costará 61 mil`).
        let end = scale_end_before(before);
        part_ending_in_a_scale(text, end).or_else(|| thousands_ending_at(text, end))?
    } else if before.ends_with(is_number_space) && starts_a_second_part(after) {
        // The passage starts on the second part (`300 mila`, `313 millones`) or on the "and"
        // before it (`e 200 mila`).
        part_before(text, at)
            .or_else(|| thousands_ending_at(text, before.trim_end_matches(is_number_space).len()))?
    } else {
        return None;
    };
    // The largest part of a figure in three scales (`1 miliardo 200 milioni` before `300
    // mila`): one step back at most, as no figure is written in more than three, so that a
    // run of such parts that make no figure is not walked back to its start.
    let from = part_before(text, first_part).unwrap_or(first_part);
    numbers_read_from(
        text,
        from,
        at.saturating_add(SECOND_PART_LOOKAHEAD),
        language,
    )
    .into_iter()
    .map(|mention| mention.span)
    .find(|span| span.start < at && at < span.end)
}

/// The figure of `text` whose scale is written in words that byte `at` falls among or
/// before: `2 mil millones` (a thousand million, Spanish) is cut by `destinó 2 mil`, by `mil
/// millones de dólares` and by `millones de dólares`. Looked for only where a figure's
/// digits stand right before `at`, or before number spaces and one word that do (with the
/// spaces after that word, for a passage that starts on the next one), and the scale or
/// percent words read after those digits ([`follower_end`]) go on past `at`. The figure is
/// read from the part before it when it is the second of two scales (`1 billón 300 mil
/// millones`).
fn scale_words_across(text: &str, at: usize, language: Language) -> Option<std::ops::Range<usize>> {
    let before = text.get(..at)?;
    let spaced = before.trim_end_matches(is_number_space);
    let word_from = word_start(spaced);
    let figure_end = if word_from == spaced.len() {
        // A passage that starts on the scale words after the digits (`mil millones`).
        if spaced.len() == before.len() {
            return None;
        }
        spaced.len()
    } else {
        let end = spaced[..word_from].trim_end_matches(is_number_space).len();
        if end == word_from {
            return None;
        }
        end
    };
    let ends_in_a_digit = spaced[..figure_end]
        .chars()
        .next_back()
        .is_some_and(|c| decimal_digit(c).is_some());
    if !ends_in_a_digit {
        return None;
    }
    let (words_end, _) = follower_end(text, figure_end)?;
    if words_end <= at {
        return None;
    }
    let part = figure_word_start(text, figure_end)?;
    let from = part_before(text, part).unwrap_or(part);
    numbers_read_from(text, from, words_end, language)
        .into_iter()
        .map(|mention| mention.span)
        .find(|span| span.start < at && at < span.end)
}

/// Whether `after` starts with a figure's digit, or with a word for "and" and a digit after
/// it (`e 200 mila`).
fn starts_a_second_part(after: &str) -> bool {
    let digit_first = |text: &str| text.starts_with(|c: char| c.is_ascii_digit());
    let word_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let rest = &after[word_end..];
    digit_first(after)
        || (is_and_word(&after[..word_end])
            && rest.starts_with(is_number_space)
            && digit_first(rest.trim_start_matches(is_number_space)))
}

/// Whether `word` is one of [`AND_WORDS`], in any case.
fn is_and_word(word: &str) -> bool {
    AND_WORDS.iter().any(|and| word.eq_ignore_ascii_case(and))
}

/// Where the scale word of a first part would end in `before`, the text before a second
/// part or a passage's edge: back over number spaces, and over a word for "and" with the
/// spaces before it (`2 milioni` of `2 milioni ` and of `2 milioni e`).
fn scale_end_before(before: &str) -> usize {
    let spaced = before.trim_end_matches(is_number_space);
    let word = &spaced[word_start(spaced)..];
    if is_and_word(word) {
        spaced[..spaced.len() - word.len()]
            .trim_end_matches(is_number_space)
            .len()
    } else {
        spaced.len()
    }
}

/// Where the part of a figure in two scales that stands before byte `at` of `text` starts,
/// when what stands right before `at` is a figure, its scale word of millions or more and
/// number spaces, maybe around a word for "and" (`2 milioni ` and `1 milione e ` before
/// `300 mila`).
pub(super) fn part_before(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    if !before.ends_with(is_number_space) {
        return None;
    }
    part_ending_in_a_scale(text, scale_end_before(before))
}

/// Where the figure starts whose scale word of millions or more ends at byte `end` of `text`
/// (`2 milioni`, `3 Millionen`). Not a scale abbreviated with a point (`2 Mrd.`): the point
/// also ends sentences (`Der Bund zahlt 2 Mrd. 500 Mio. kommen von den Ländern`), and a
/// passage that ends on it is taken to end there.
fn part_ending_in_a_scale(text: &str, end: usize) -> Option<usize> {
    let scaled = &text[..end];
    let start = word_start(scaled);
    if start == end || !is_scale_of_a_larger_part(&scaled[start..]) {
        return None;
    }
    let figure_end = scaled[..start].trim_end_matches(is_number_space).len();
    if figure_end == start {
        return None;
    }
    figure_word_start(text, figure_end).filter(|&from| from < figure_end)
}

/// Where the count of thousands starts whose `mil` ends at byte `end` of `text` (`61 mil`):
/// the first part of thousands of millions (`61 mil 313 millones`, see
/// [`thousands_of_millions`]), which a passage cuts when it ends on the `mil` or starts on the
/// millions. Whether the two make one figure is for the reading across the cut to tell.
fn thousands_ending_at(text: &str, end: usize) -> Option<usize> {
    let scaled = &text[..end];
    let start = word_start(scaled);
    if !scaled[start..].eq_ignore_ascii_case("mil") {
        return None;
    }
    let figure_end = scaled[..start].trim_end_matches(is_number_space).len();
    if figure_end == start {
        return None;
    }
    figure_word_start(text, figure_end).filter(|&from| from < figure_end)
}

/// Where the word of letters that `text` ends with starts (its length when it ends with no
/// letter).
fn word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(text.len(), |(i, _)| i)
}

/// The one figure `first` and `second` make, when they are one in two scales.
fn compound(text: &str, first: &Mention, second: &Mention) -> Option<Mention> {
    let (larger, smaller) = (first.figure.as_ref()?, second.figure.as_ref()?);
    let plain = |mention: &Mention, figure: &Quantity, read_without_its_scale_too: bool| {
        mention.date.is_none()
            && (mention.also.is_none() || read_without_its_scale_too)
            && !figure.is_percent
            && figure.qualifier == Qualifier::Exact
            && figure.value.is_sign_positive()
            && !figure.value.is_zero()
    };
    let both_plain = plain(first, larger, false)
        && plain(
            second,
            smaller,
            turkish_thousands_after_a_turkish_scale(text, first, second),
        );
    if both_plain && let Some(millions) = thousands_of_millions(text, first, second) {
        return Some(millions);
    }
    let scales_fit = match (larger.exponent, smaller.exponent) {
        (6 | 9 | 12, 3 | 6 | 9) => true,
        // A crore and lakh, a crore and thousands, a lakh and thousands, as India and
        // Bangladesh write them (`3 crore 20 lakh`, `2 लाख 50 हज़ार`); not a lakh after
        // millions, nor millions after a crore.
        (7, 3 | 5) | (5, 3) => true,
        (5 | 6 | 7 | 9 | 12, 0) => glued_thousands(text, second, smaller),
        _ => false,
    };
    if !both_plain
        || !scales_fit
        || smaller.exponent >= larger.exponent
        || larger.decimals != 0
        || smaller.value >= larger.multiplier()?
        || !joined(
            text,
            first.span.start,
            text.get(first.span.end..second.span.start)?,
        )
    {
        return None;
    }
    let sum = larger.value.checked_add(smaller.value)?;
    let written = match smaller.exponent {
        // Read in digits, as the second part alone is (`300mila` is 300000).
        0 => sum.normalize().to_string(),
        exponent => {
            let count = sum.checked_div(smaller.multiplier()?)?;
            let (scale, _) = SCALE_WORDS
                .iter()
                .chain(INDIAN_SCALE_WORDS)
                .find(|(_, power)| *power == u32::from(exponent))?;
            format!("{} {scale}", count.normalize())
        }
    };
    let figure = Quantity::parse(&written).ok()?;
    let separators = match first.separators {
        Separators::Silent => second.separators,
        told => told,
    };
    Some(Mention {
        span: first.span.start..second.span.end,
        figure: Some(figure),
        date: None,
        also: None,
        separators,
    })
}

/// Whether `second` is a count of thousands written with the Turkish `bin` after `first`, a
/// count written with a Turkish scale of millions or more (`5 milyon 803 bin`). `bin` alone
/// is read without its thousand too, as the English and German word (`5 bin bags`); after
/// `milyon`, `milyar` or `trilyon` it is the Turkish thousand.
fn turkish_thousands_after_a_turkish_scale(text: &str, first: &Mention, second: &Mention) -> bool {
    let last_word = |mention: &Mention| {
        text[mention.span.clone()]
            .rsplit(is_number_space)
            .next()
            .unwrap_or_default()
    };
    let larger = last_word(first);
    last_word(second).eq_ignore_ascii_case("bin")
        && TURKISH_SCALES
            .iter()
            .any(|&scale| scale != "bin" && scale.eq_ignore_ascii_case(larger))
}

/// The words of a million after which a count of thousands before it is of millions, in
/// Spanish, Portuguese and Galician, lowercased.
const MILLIONS: &[&str] = &["millones", "millón", "milhões", "milhão", "millóns"];

/// The one figure of a count of thousands `first` (`61 mil`, its `mil` written after it) and
/// a count of millions below a thousand `second` (`313 millones`), as Mexican reporting
/// writes thousands of millions of pesos (`61 mil 313 millones` is 61,313 million, `2 mil
/// 500 millones` 2,500 million), as precise as the millions: the thousand is of the
/// millions after it, where a claim of 61,000 or of 313 million would read the words apart.
/// Both whole and plain, with only spaces a figure is written with between them (`joined`).
fn thousands_of_millions(text: &str, first: &Mention, second: &Mention) -> Option<Mention> {
    let (thousands, millions) = (first.figure.as_ref()?, second.figure.as_ref()?);
    let ends_in = |mention: &Mention, words: &[&str]| {
        let written = text[mention.span.clone()].to_lowercase();
        words.iter().any(|word| {
            written
                .strip_suffix(word)
                .is_some_and(|figure| figure.ends_with(is_number_space))
        })
    };
    let million = crate::quantity::Decimal::from(1_000_000u32);
    let thousand_millions = crate::quantity::Decimal::from(1_000_000_000u64);
    let whole = |figure: &Quantity| figure.decimals == 0 && figure.value.is_integer();
    let fits = thousands.exponent == 3
        && millions.exponent == 6
        && whole(thousands)
        && whole(millions)
        && thousands.value < million
        && millions.value < thousand_millions
        && ends_in(first, &["mil"])
        && ends_in(second, MILLIONS)
        && text
            .get(first.span.end..second.span.start)
            .is_some_and(|between| !between.is_empty() && between.chars().all(is_number_space));
    if !fits {
        return None;
    }
    // `61 mil` (61,000) millions and `313 millones`: 61,313 million.
    let count = thousands
        .value
        .checked_add(millions.value.checked_div(million)?)?;
    let figure = Quantity::parse(&format!("{} million", count.normalize())).ok()?;
    Some(Mention {
        span: first.span.start..second.span.end,
        figure: Some(figure),
        date: None,
        also: None,
        separators: match first.separators {
            Separators::Silent => second.separators,
            told => told,
        },
    })
}

/// Whether `mention` is a count of thousands or more written with its scale word onto it
/// (`300mila`) or in words (`cinq cent mille`), which are read in digits.
fn glued_thousands(text: &str, mention: &Mention, figure: &Quantity) -> bool {
    figure.exponent == 0
        && figure.value.is_integer()
        && figure.value >= crate::quantity::Decimal::ONE_THOUSAND
        && text[mention.span.clone()].ends_with(crate::words::is_latin_letter)
}

/// Whether `between`, what stands between two figures of `text` the first of which starts
/// at `start`, joins them as parts of one: spaces of the kinds a figure is written with
/// ([`is_number_space`]: not a tab, which sets table cells apart), maybe around a word for
/// "and". Not that word where it makes two figures: the ends of a range (`tra 1 milione e
/// 500 mila`, `entre 1 millón y 500 mil`), or the figures of a list read in order (`5
/// millions et 800 mille respectivement`).
fn joined(text: &str, start: usize, between: &str) -> bool {
    if between.is_empty()
        || !between
            .chars()
            .all(|c| is_number_space(c) || c.is_alphabetic())
    {
        return false;
    }
    let word = between.trim_matches(is_number_space);
    if word.is_empty() {
        return true;
    }
    let spaced = between.starts_with(is_number_space) && between.ends_with(is_number_space);
    spaced
        && is_and_word(word)
        && !after_a_range_word(&text[..start])
        && !respectively_after(&text[start..])
}

/// The words before the first end of a range whose ends "and" joins, in any case: "between"
/// in Italian, Spanish, Portuguese, French, German and Dutch. A range from one figure to
/// another joins them with "to" (`da 1 a 2`, `de 1 à 2`), no word of [`AND_WORDS`], and
/// `de` is "of" far more often (`una población de 2 millones y 300 mil`).
const RANGE_OPENERS: &[&str] = &["tra", "fra", "entre", "zwischen", "tussen"];

/// Whether `before` ends in a word that opens a range, maybe with an article after it (`tra
/// i`, `entre los`).
fn after_a_range_word(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .filter(|word| !word.is_empty())
        .take(2)
        .any(|word| {
            RANGE_OPENERS
                .iter()
                .any(|opener| word.eq_ignore_ascii_case(opener))
        })
}

/// The words that say a list of figures goes with a list of things in order, lowercased.
const RESPECTIVELY: &[&str] = &[
    "rispettivamente",
    "respectivamente",
    "respectivement",
    "beziehungsweise",
    "bzw",
    "respectievelijk",
];

/// Whether the sentence from the first figure on says its figures go in order with others.
fn respectively_after(from: &str) -> bool {
    let sentence = from.split(['.', ';', '\n']).next().unwrap_or(from);
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|word| RESPECTIVELY.iter().any(|r| word.eq_ignore_ascii_case(r)))
}

#[cfg(test)]
mod tests {
    use super::super::numbers::{Language, find_numbers};
    use crate::quantity::Decimal;

    /// Each figure found in `text`: the text it spans, and its value.
    fn figures(text: &str) -> Vec<(&str, String)> {
        find_numbers(text)
            .into_iter()
            .map(|mention| {
                let value = mention.figure.map(|f| f.value.normalize().to_string());
                (&text[mention.span], value.unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn a_figure_in_two_scales_is_one_figure() {
        for (text, written, value) in [
            (
                "contava 2 milioni 300 mila abitanti",
                "2 milioni 300 mila",
                "2300000",
            ),
            (
                "1 milione e 200 mila famiglie",
                "1 milione e 200 mila",
                "1200000",
            ),
            (
                "3 Millionen 400 Tausend Einwohner",
                "3 Millionen 400 Tausend",
                "3400000",
            ),
            (
                "unos 2 millones 300 mil hogares",
                "2 millones 300 mil",
                "2300000",
            ),
            (
                "2 milhões e 350 mil pessoas",
                "2 milhões e 350 mil",
                "2350000",
            ),
            (
                "2 billion 300 million yuan",
                "2 billion 300 million",
                "2300000000",
            ),
            ("2 milioni 12,5 mila", "2 milioni 12,5 mila", "2012500"),
            ("2 milioni 300mila euro", "2 milioni 300mila", "2300000"),
            ("2 mln 300 mila", "2 mln 300 mila", "2300000"),
            (
                "1 miliardo 200 milioni 300 mila",
                "1 miliardo 200 milioni 300 mila",
                "1200300000",
            ),
            (
                "zählt 2 Millionen und 300 Tausend",
                "2 Millionen und 300 Tausend",
                "2300000",
            ),
            ("3 crore 20 lakh rupees", "3 crore 20 lakh", "32000000"),
            ("কীটনাশক কেনায় 3 কোটি 20 লাখ টাকা", "3 কোটি 20 লাখ", "32000000"),
            ("৩ কোটি ২০ লাখ টাকা", "৩ কোটি ২০ লাখ", "32000000"),
            ("2 लाख 50 हज़ार लोग", "2 लाख 50 हज़ार", "250000"),
            ("1 करोड़ 5 हज़ार", "1 करोड़ 5 हज़ार", "10005000"),
            ("3 کروڑ 20 لاکھ روپے", "3 کروڑ 20 لاکھ", "32000000"),
            (
                "nüfusu 5 milyon 803 bin kişiye ulaştı",
                "5 milyon 803 bin",
                "5803000",
            ),
            (
                "2 milyar 300 milyon lira",
                "2 milyar 300 milyon",
                "2300000000",
            ),
        ] {
            assert_eq!(figures(text), [(written, value.to_string())], "{text}");
        }
    }

    #[test]
    fn the_turkish_bin_is_the_second_part_only_after_a_turkish_scale() {
        // After another language's million `bin` is read both ways, as alone: two figures.
        for text in [
            "2 million 300 bin bags",
            "2 Millionen 300 bin",
            "5 milyon, 803 bin",
        ] {
            assert_eq!(figures(text).len(), 2, "{text}: {:?}", figures(text));
        }
        let alone = &find_numbers("5 bin bags")[0];
        assert!(alone.also.is_some());
    }

    #[test]
    fn a_mexican_count_of_thousands_of_millions_is_one_figure_of_millions() {
        for (text, written, value) in [
            (
                "costará 61 mil 313 millones de pesos",
                "61 mil 313 millones",
                "61313000000",
            ),
            (
                "una inversión de 2 mil 500 millones",
                "2 mil 500 millones",
                "2500000000",
            ),
            ("R$ 3 mil 200 milhões", "3 mil 200 milhões", "3200000000"),
            ("61 mil 1 millón", "61 mil 1 millón", "61001000000"),
        ] {
            assert_eq!(figures(text), [(written, value.to_string())], "{text}");
        }
        // As precise as the million.
        let figure = find_numbers("61 mil 313 millones")
            .pop()
            .unwrap()
            .figure
            .unwrap();
        assert!(figure.interval.contains(Decimal::from(61_313_000_000u64)));
        assert!(figure.interval.contains(Decimal::from(61_313_400_000u64)));
        assert!(!figure.interval.contains(Decimal::from(61_314_000_000u64)));
        // Apart: a comma or a word between, a count of thousands with decimals or of a
        // thousand and more, millions of a thousand and more, another scale than `mil` or
        // `millones`, a percentage.
        for text in [
            "61 mil, 313 millones",
            "61 mil de 313 millones",
            "61 mil y 313 millones",
            "61,5 mil 313 millones",
            "1500 mil 313 millones",
            "61 mil 1313 millones",
            "61 thousand 313 million",
            "61 mil 313 mil",
            "61 mil 313 por ciento",
        ] {
            assert_eq!(figures(text).len(), 2, "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn the_figure_is_as_precise_as_its_second_part() {
        let mention = find_numbers("2 milioni 300 mila").pop().unwrap();
        let figure = mention.figure.unwrap();
        assert!(figure.interval.contains(Decimal::from(2_300_000)));
        assert!(figure.interval.contains(Decimal::from(2_300_400)));
        assert!(!figure.interval.contains(Decimal::from(2_300_500)));
        assert!(!figure.interval.contains(Decimal::from(2_299_000)));
    }

    #[test]
    fn crores_and_lakhs_are_as_precise_as_the_lakhs() {
        let figure = find_numbers("3 কোটি 20 লাখ").pop().unwrap().figure.unwrap();
        assert!(figure.interval.contains(Decimal::from(32_040_000)));
        assert!(!figure.interval.contains(Decimal::from(32_050_000)));
        assert!(!figure.interval.contains(Decimal::from(30_000_000)));
    }

    #[test]
    fn figures_kept_apart_by_what_stands_between_them_stay_two() {
        for text in [
            "2 milioni, 300 mila in più",
            "2 million\n300 thousand",
            "2 milioni di cui 300 mila",
            "2,5 milioni 300 mila",
            "300 mila 2 milioni",
            "2 milioni 3 milioni",
            "2 milioni 1500 mila",
            "2 milioni 30%",
            "2 milioni 300",
            "2 milioni 300 persone",
            "2 millones 300.000 personas",
            "5 million and 800 thousand cases",
            "2 millones en 300 mil viviendas",
            "tra 1 milione e 500 mila",
            "entre los 1 millón y 500 mil",
            "5 milioni e 800 mila rispettivamente",
            "Rome\t2 million\t300 thousand",
            "2 billion 三千",
            "2 million 20 lakh",
            "3 crore 5 million",
            "20 lakh 3 crore",
            "3 crore 200 lakh",
            "3.5 crore 20 lakh",
        ] {
            assert_eq!(figures(text).len(), 2, "{text}: {:?}", figures(text));
        }
    }

    #[test]
    fn a_passage_edge_between_the_parts_finds_the_figure_it_cuts() {
        let text = "Ne contava 1 miliardo 200 milioni 300 mila, e 2 Millionen und 5 Tausend.";
        let whole = |figure: &str| {
            let start = text.find(figure).unwrap();
            Some(start..start + figure.len())
        };
        let at = |piece: &str| text.find(piece).unwrap();
        for (edge, figure) in [
            (" 200", "1 miliardo 200 milioni 300 mila"),
            ("200", "1 miliardo 200 milioni 300 mila"),
            ("300", "1 miliardo 200 milioni 300 mila"),
            (" und", "2 Millionen und 5 Tausend"),
            ("und 5", "2 Millionen und 5 Tausend"),
            (" 5 T", "2 Millionen und 5 Tausend"),
            ("5 T", "2 Millionen und 5 Tausend"),
        ] {
            assert_eq!(
                super::across(text, at(edge), Language::UNDECLARED),
                whole(figure),
                "{edge}"
            );
        }
        // A scale written in two words, cut between them or after the digits; read from the
        // first part of a figure in two scales.
        let spanish = "Destinó 2 mil millones de dólares y 1 billón 300 mil millones.";
        for (edge, figure) in [
            (" millones de", "2 mil millones"),
            ("millones de", "2 mil millones"),
            ("mil millones de", "2 mil millones"),
            ("mil millones.", "1 billón 300 mil millones"),
        ] {
            let start = spanish.find(figure).unwrap();
            assert_eq!(
                super::across(spanish, spanish.find(edge).unwrap(), Language::UNDECLARED),
                Some(start..start + figure.len()),
                "{edge}"
            );
        }
        // Thousands of millions cut after their thousand or before their millions; not a
        // thousand that makes no figure with what follows it.
        let mexican = "Costará 61 mil 313 millones de pesos; 95 mil 20 personas.";
        let whole = mexican.find("61").unwrap()..mexican.find(" de pesos").unwrap();
        for piece in [" 313", "313 millones"] {
            assert_eq!(
                super::across(mexican, mexican.find(piece).unwrap(), Language::UNDECLARED),
                Some(whole.clone()),
                "{piece}"
            );
        }
        for piece in [" 20 p", "20 p"] {
            assert_eq!(
                super::across(mexican, mexican.find(piece).unwrap(), Language::UNDECLARED),
                None,
                "{piece}"
            );
        }
        // A crore cut from its lakhs.
        let bengali = "কেনায় 3 কোটি 20 লাখ টাকা ব্যয় হয়েছে";
        let start = bengali.find('3').unwrap();
        let whole = start..bengali.find(" টাকা").unwrap();
        for piece in [" 20 লাখ", "20 লাখ"] {
            assert_eq!(
                super::across(bengali, bengali.find(piece).unwrap(), Language::UNDECLARED),
                Some(whole.clone()),
                "{piece}"
            );
        }
        // Whole scale words and the words after them are no cut.
        for piece in [" de d", "de d", " y 1", "."] {
            assert_eq!(
                super::across(spanish, spanish.find(piece).unwrap(), Language::UNDECLARED),
                None,
                "{piece}"
            );
        }
        // A scale abbreviated with a point may end a sentence: no cut after it, nor before
        // the figure after it.
        let german = "Der Bund zahlt 2 Mrd. 500 Mio. kommen von den Ländern.";
        for piece in [" 500", "500 Mio"] {
            assert_eq!(
                super::across(german, german.find(piece).unwrap(), Language::UNDECLARED),
                None,
                "{piece}"
            );
        }
        // Nor after the unit of a figure, where the sentence goes on with another.
        let english = "The plan reached 17 provinces and 3 cities, 3 per cent of all.";
        for piece in [" and 3", "and 3", " cities", " of all"] {
            assert_eq!(
                super::across(english, english.find(piece).unwrap(), Language::UNDECLARED),
                None,
                "{piece}"
            );
        }
        // A run of parts that make no figure is looked back on one part, not walked to its
        // start.
        let run = format!("{}3000 abitanti.", "1 milioni ".repeat(10_000));
        assert_eq!(
            super::across(&run, run.find("3000").unwrap(), Language::UNDECLARED),
            None
        );
        // Not between two parts: inside a word, after the figure, at its start.
        for piece in ["ontava", ", e 2", "1 miliardo", "2 Millionen", "."] {
            assert_eq!(
                super::across(text, at(piece), Language::UNDECLARED),
                None,
                "{piece}"
            );
        }
    }
}
