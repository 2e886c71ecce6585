//! Where a quote writes a claim's figure as a percentage. A claim in percent (`unit:
//! percent` with a plain value, `value: 5`, or a value written as a percentage, `value:
//! "5%"`) is stated by a figure the quote writes so ("5%", "5 per cent", "%5", "百分之5");
//! where it writes none so, the unit check reads the quote's unit after the figure as for
//! any claim, and "5 dollars", "$5" or "5 km" is another unit than percent. A claim in `percentage point` is stated by percentage points ("5
//! percentage points", "5个百分点") and by a percentage, which a claim in percent is not:
//! the points are a difference of two percentages ([`percentage_points_at`]).
//!
//! Only the figure's own neighbourhood is read: a percent word or sign right after it (one
//! space or hyphen apart at most: "a 5-per-cent rise") or right before it, as Turkish and
//! Chinese write it. A percent word further on ("5 of every 100 households") is none, and a
//! figure followed by no unit at all is not judged, as for every unit. Basis points after
//! the figure ("5 basis points", "5bps") are hundredths of a percent, another unit.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use crate::citation::normalize::is_unspaced_script;
use crate::citation::numbers::{
    KAZAKH_SCALES, form_before_an_ending, kazakh_case_ending_end, only_endings_follow,
    percent_sign_before, percent_sign_end,
};
use crate::quantity::{FOLLOWERS, Follower};

/// Words that write a percentage after its figure, in lowercase, each with whether it must
/// end a word. Those that need not are stems whose endings differ (`percentage points`,
/// `Prozentpunkte`, `процентов`) or are written onto the figure without a space in scripts
/// that use none (`5个百分点`). The value check's percent words of scripts other than Latin
/// are read with them ([`percent_follower_after`]), and not repeated here.
const AFTER: &[(&str, bool)] = &[
    ("percent", false),
    ("per cent", false),
    ("per-cent", false),
    ("pct", true),
    ("pc", true),
    ("por ciento", true),
    ("por cento", true),
    ("pour cent", true),
    ("pourcent", true),
    ("per cento", true),
    ("punto porcentual", true),
    ("puntos porcentuales", true),
    ("ponto percentual", true),
    ("pontos percentuais", true),
    ("point de pourcentage", true),
    ("points de pourcentage", true),
    ("punto percentuale", true),
    ("punti percentuali", true),
    ("prozent", false),
    ("procent", false),
    ("proc.", true),
    ("persen", true),
    ("persent", true),
    ("prosent", false),
    ("százalék", false),
    ("la sută", true),
    ("პროცენტ", false),
    ("տոկոս", false),
    ("porsiyento", false),
    ("porsyento", false),
    ("bahagdan", true),
    ("процент", false),
    ("퍼센트", false),
    ("个百分点", false),
    ("個百分點", false),
];

/// Words that write a percentage before its figure, in lowercase: the Turkish `yüzde 5`,
/// the Swahili `asilimia 5`, the Sinhala `සියයට 5`, the Kannada `ಶೇ 5` (`ಶೇ.5`, `ಶೇಕಡ 5`,
/// `ಶೇಕಡಾ 5`), the Chinese `百分之5`.
const BEFORE: &[&str] = &[
    "yüzde",
    "asilimia",
    "සියයට",
    "ಶೇಕಡಾ",
    "ಶೇಕಡ",
    "ಶೇ.",
    "ಶೇ",
    "百分之",
];

/// Whether `quote` writes the figure at `figure` as a percentage: a percent sign after it or
/// before it, or one of the percent words of [`AFTER`] and [`BEFORE`] beside it.
pub(super) fn written_at(quote: &str, figure: Range<usize>) -> bool {
    percent_sign_end(quote, figure.end).is_some()
        || percent_sign_before(quote, figure.start).is_some()
        || word_after(&quote[figure.end..])
        || word_before(&quote[..figure.start])
}

/// Words for percentage points after a figure, in lowercase: a difference of two
/// percentages, which states a claim in `percentage point` and not one in `percent`.
const POINTS: &[&str] = &[
    "percentage point",
    "puntos porcentuales",
    "punto porcentual",
    "pontos percentuais",
    "ponto percentual",
    "points de pourcentage",
    "point de pourcentage",
    "punti percentuali",
    "punto percentuale",
    "prozentpunkt",
    "punkt procentow",
    "punkty procentow",
    "punktów procentow",
    "punktu procentow",
    "poin persentase",
    "százalékpont",
    "puncte procentuale",
    "punct procentual",
    "prosenttiyksikkö",
    "პროცენტული პუნქტ",
    "persen poin",
    "个百分点",
    "個百分點",
];

/// The text after the figure that ends at `figure_end`, past one space, and where it starts.
fn words_after(quote: &str, figure_end: usize) -> (usize, &str) {
    let rest = &quote[figure_end..];
    let words = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(rest);
    (quote.len() - words.len(), words)
}

/// Where `quote` writes percentage points after the figure that ends at `figure_end`,
/// directly or after one space: their span (to the end of the word, `points` and
/// `Prozentpunkte` too).
pub(super) fn percentage_points_at(quote: &str, figure_end: usize) -> Option<Range<usize>> {
    let (start, words) = words_after(quote, figure_end);
    POINTS.iter().find_map(|word| {
        let after = strip_prefix_ignoring_case(words, word)?;
        let ending = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        let end = quote.len() - after.len() + ending;
        Some(start..end)
    })
}

/// Words for basis points (hundredths of a percent) after a figure, in lowercase, each ending
/// a word: `5 basis points`, `5bps`, `5 Basispunkte`, `5 puntos básicos`, `5 points de base`.
const BASIS_POINTS: &[&str] = &[
    "basis points",
    "basis point",
    "bps",
    "bp",
    "basispunkte",
    "basispunkten",
    "basispunkt",
    "puntos básicos",
    "punto básico",
    "points de base",
    "point de base",
    "pontos-base",
    "pontos base",
    "punti base",
    "базисных пунктов",
    "базисных пункта",
    "базисный пункт",
];

/// Where `quote` writes basis points after the figure that ends at `figure_end`, directly or
/// after one space: their span, which a claim in percent does not count.
pub(super) fn basis_points_at(quote: &str, figure_end: usize) -> Option<Range<usize>> {
    let (start, words) = words_after(quote, figure_end);
    BASIS_POINTS.iter().find_map(|word| {
        // The abbreviations in lowercase only: `5 BP stations` are the company's.
        let after = if matches!(*word, "bp" | "bps") {
            words.strip_prefix(word)?
        } else {
            strip_prefix_ignoring_case(words, word)?
        };
        (!after.starts_with(char::is_alphanumeric)).then(|| start..quote.len() - after.len())
    })
}

/// Whether `rest`, the text after a figure, starts with a percent word, directly or after
/// one space or hyphen, and not a percentile's.
fn word_after(rest: &str) -> bool {
    // A space, or a hyphen as Canadian news writes it (`a 5-per-cent rise`).
    let rest = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}', '-', '\u{2010}', '\u{2011}'])
        .unwrap_or(rest);
    if percent_follower_after(rest) {
        return true;
    }
    // Most figures are followed by a word no percent word starts like (`people`,
    // `provinces`): only those that start with its first two letters are compared in full.
    let mut letters = rest.chars().flat_map(char::to_lowercase);
    let (Some(first), second) = (letters.next(), letters.next()) else {
        return false;
    };
    let starts_alike = |word: &str| {
        let mut chars = word.chars();
        chars.next() == Some(first) && (second.is_none() || chars.next() == second)
    };
    if !AFTER.iter().any(|(word, _)| starts_alike(word)) {
        return false;
    }
    // A percentile ranks, and is no share: `the 95 percentile`, `percentil`, `percentyl`.
    if ["percentil", "percentyl"]
        .iter()
        .any(|word| strip_prefix_ignoring_case(rest, word).is_some())
    {
        return false;
    }
    AFTER.iter().any(|&(word, ends_a_word)| {
        if !starts_alike(word) {
            return false;
        }
        let Some(after) = strip_prefix_ignoring_case(rest, word) else {
            return false;
        };
        !ends_a_word || !after.starts_with(char::is_alphanumeric)
    })
}

/// Whether `rest` starts with one of the value check's percent words ([`FOLLOWERS`]) of a
/// script other than Latin, whose languages [`AFTER`] does not repeat: whole (`۵ فیصد`, `82
/// ટકા`), or with a case ending where its language writes one onto it (`৬৫ শতাংশের`,
/// `12 శాతానికి`), onto the form it takes before one where that is another (`78.5
/// ശതമാനമായി`, `12 टक्क्यांनी`), and the Kazakh with its endings (`62 пайызы`, `3,1
/// пайызға`), in any case as the value check reads them (`12 ПАЙЫЗҒА` in a headline). The
/// value check and the unit check so read the same words.
fn percent_follower_after(rest: &str) -> bool {
    // A figure at the end of the quote, or before a word in Latin letters, has none.
    if !rest.starts_with(|c: char| !c.is_ascii()) {
        return false;
    }
    FOLLOWERS.iter().any(|&(word, follower)| {
        follower == Follower::Percent
            && (strip_prefix_ignoring_case(rest, word).is_some_and(|after| {
                let next = after.chars().next();
                !next.is_some_and(|c| c.is_alphanumeric() || is_combining_mark(c))
                    || word.ends_with(is_unspaced_script)
                    || only_endings_follow(word, after)
                    || crate::bengali::only_case_endings_follow(after)
                    || (KAZAKH_SCALES.contains(&word)
                        && kazakh_case_ending_end(after, 0, word).is_some())
            }) || form_before_an_ending(word, rest).is_some())
    })
}

/// Whether `before`, the text before a figure, ends with a percent word, directly or after
/// one space, that starts a word.
fn word_before(before: &str) -> bool {
    let before = before
        .strip_suffix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(before);
    let last = before
        .chars()
        .next_back()
        .and_then(|c| c.to_lowercase().next());
    let ends_alike = |word: &str| word.chars().next_back() == last;
    if !BEFORE.iter().any(|word| ends_alike(word)) {
        return false;
    }
    BEFORE.iter().any(|word| {
        let Some(start) = before.len().checked_sub(word.len()) else {
            return false;
        };
        before.is_char_boundary(start)
            && super::same_ignoring_case(&before[start..], word)
            && !before[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() && !crate::normalize::is_unspaced_script(c))
    })
}

/// `text` after `prefix`, if it starts with it in any case. Compared character by
/// character: lowercasing some letters changes their length (`İ`).
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for expected in prefix.chars() {
        let (_, found) = chars.next()?;
        let mut lower = found.to_lowercase();
        if lower.next() != Some(expected) || lower.next().is_some() {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &text[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first `5` of `quote` is written as a percentage.
    fn five_is_a_percentage(quote: &str) -> bool {
        let at = quote.find('5').expect("the quote has a 5");
        written_at(quote, at..at + 1)
    }

    #[test]
    fn signs_and_words_after_or_before_the_figure_write_a_percentage() {
        for quote in [
            "rose 5% in a year",
            "rose 5 % in a year",
            "rose %5 in a year",
            "rose 5 percent",
            "rose 5 Percent",
            "rose 5 per cent.",
            "rose 5 percentage points",
            "rose 5pc",
            "rose 5 pct,",
            "a 5-per-cent rise",
            "a 5-percent rise",
            "subió un 5 por ciento",
            "aumentou 5 pontos percentuais",
            "a augmenté de 5 pour cent",
            "stieg um 5 Prozentpunkte",
            "вырос на 5 процентов",
            "wzrosła o 5 proc. w ciągu roku",
            "vzrostla o 5 procenta",
            "naik 5 persen",
            "het tot 5 persent gedaal",
            "baixou ata o 5 por cento",
            "yüzde 5 arttı",
            "Yüzde 5 arttı",
            "增长了百分之5",
            "上升5个百分点",
            "5パーセント増えた",
            "կազմում է բյուջեի 5 տոկոսը",
            "աճել է 5 տոկոսով",
            "Asilimia 5 ya bajeti",
            "asilimia 5 ya shule",
            "35 porsiyento ng ulan",
            "5 porsyento",
            "5 porsiyentong pagtaas",
            "5 bahagdan ng populasyon",
            "5 فیصد فصلیں",
            "5 ટકા ગામો",
            "5 ટકાનો વધારો",
            "5 ਫ\u{a3c}ੀਸਦੀ ਫ਼ਸਲ",
            "5 শতাংশের বেশি",
            "စိုက်ပျိုးမြေ၏ 5 ရာခိုင်နှုန်း ဖြစ်သည်",
            "5 ရာခိုင်နှုန်းသာ",
            "ស្មើនឹង 5 ភាគរយ នៃផ្ទៃដី",
            "5ភាគរយ",
            "වී වගාවෙන් සියයට 5 ක් විනාශ විය",
            "халықтың шамамен 5 пайызы",
            "5 пайызға өсті",
            "5 пайыздан асады",
            "5 пайызға дейін",
            // In capitals, as a headline writes it and the value check reads it.
            "БАҒА 5 ПАЙЫЗҒА ӨСТІ",
            "ИНФЛЯЦИЯ 5 ПАЙЫЗ",
            "халықтың 5 Пайызы",
        ] {
            assert!(five_is_a_percentage(quote), "{quote}");
        }
    }

    #[test]
    fn other_words_beside_the_figure_write_no_percentage() {
        for quote in [
            "rose to 5 dollars",
            "rose to $5",
            "rose 5 km",
            "5 of every 100 households",
            "rose 5 pcs",
            "5 percussionists played",
            "in the 95 percentile",
            "en el 5 Percentil",
            "5 procesów sądowych",
            "5 proc",
            "5 points",
            "rose 5",
            "masiasilimia 5",
            "5 tokos",
            "5 ရာ",
            "5 ភាគ",
            "අසියයට 5",
            "5 пайызшы",
            "5 пайыздаған",
            "5 ПАЙЫЗШЫ",
            "5 ПАЙЫЗДАҒАН",
        ] {
            assert!(!five_is_a_percentage(quote), "{quote}");
        }
    }

    #[test]
    fn percentage_points_are_read_after_the_figure() {
        fn said(quote: &str) -> Option<&str> {
            let end = quote.find('5')? + 1;
            percentage_points_at(quote, end).map(|span| &quote[span])
        }
        assert_eq!(said("rose 5 percentage points."), Some("percentage points"));
        assert_eq!(said("stieg um 5 Prozentpunkte"), Some("Prozentpunkte"));
        assert_eq!(said("上升5个百分点"), Some("个百分点"));
        assert_eq!(
            said("wzrosła o 5 punktów procentowych"),
            Some("punktów procentowych")
        );
        assert_eq!(said("o 5 punkty procentowe"), Some("punkty procentowe"));
        assert_eq!(said("naik 5 persen poin"), Some("persen poin"));
        assert_eq!(said("naik 5 poin persentase"), Some("poin persentase"));
        assert_eq!(said("rose 5 per cent"), None);
        assert_eq!(said("rose 5 points"), None);
    }

    #[test]
    fn basis_points_are_read_after_the_figure() {
        fn said(quote: &str) -> Option<&str> {
            let end = quote.find('5')? + 1;
            basis_points_at(quote, end).map(|span| &quote[span])
        }
        assert_eq!(said("rose 5 basis points"), Some("basis points"));
        assert_eq!(said("rose 5bps."), Some("bps"));
        assert_eq!(said("stieg um 5 Basispunkte"), Some("Basispunkte"));
        assert_eq!(said("subió 5 puntos básicos"), Some("puntos básicos"));
        assert_eq!(said("rose 5 bpm"), None);
        assert_eq!(said("the 5 BP stations"), None);
        assert_eq!(said("rose 5 points"), None);
    }

    #[test]
    fn letters_that_change_length_in_lowercase_are_compared_safely() {
        assert_eq!(strip_prefix_ignoring_case("İpercent", "percent"), None);
        assert_eq!(
            strip_prefix_ignoring_case("PERCENT x", "percent"),
            Some(" x")
        );
        assert!(!five_is_a_percentage("5 İ"));
    }
}
