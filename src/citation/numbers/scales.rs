//! The words that scale a figure or make it a percentage, after it (`3.29 million`,
//! `2,69 millones`, `40 percent`), before it (`ร้อยละ 45`), abbreviated (`4.5 bn`, `R$ 1,5 bi`,
//! `12 M€`) or written onto it (`4.5bn`, `£3m`, `20kg`), and how a figure's reading is scaled
//! by them.

use super::Language;
use super::digits::{decimal_digit, is_hangul, is_number_space};
use super::language::{SCALES_OF_ONE_LANGUAGE, SCALES_WITH_A_POINT};
use super::{
    CURRENCY_SIGNS, after_a_currency_sign, alphanumeric_at, currency_written_before,
    english_scale_after, form_before_an_ending, letters_end, only_endings_follow,
};
use crate::citation::normalize::is_unspaced_script;
use crate::quantity::{
    COMMON_MONEY, CURRENCY_SIGNS as MONEY_SIGNS, Decimal, Quantity, currency_named, scaled_currency,
};
pub use crate::quantity::{FOLLOWERS, Follower};
use unicode_normalization::char::is_combining_mark;

/// Whether the scale words `written` after a figure end in a crore (`lakh crore`, `लाख
/// करोड़`, `লাখ কোটি`, `हज़ार करोड़`), in any of the spellings of [`FOLLOWERS`]: a lakh crore
/// or a thousand crore, which India writes grouping its figures with commas as it groups
/// those before a lakh or a crore.
pub(super) fn ends_in_a_crore(written: &str) -> bool {
    let written = written.trim_end();
    FOLLOWERS
        .iter()
        .filter(|(_, follower)| *follower == Follower::Scale(7))
        .any(|(crore, _)| {
            written
                .len()
                .checked_sub(crore.len())
                .and_then(|start| written.get(start..))
                .is_some_and(|last| last.eq_ignore_ascii_case(crore))
        })
}

/// The words before a figure that belong to it, lowercased, in the languages that write
/// them first: Thai `ร้อยละ 45` (45 percent), Swahili `asilimia 12` (12 percent), Turkish
/// `yüzde 5` (5 percent), `milioni 60` (60 million), `laki 5` (500,000), Burmese `ကျပ်သိန်း
/// ၅၀၀` (500 lakh kyat), Sinhala `මිලියන 500` (500 million), `සියයට 12` (12 percent). See
/// [`preceder_before`].
pub const PRECEDERS: &[(&str, Follower)] = {
    use Follower::{Percent, Scale};
    &[
        ("ร้อยละ", Percent),
        ("asilimia", Percent),
        // Turkish: `yüzde 5` (5 percent), beside `%5`.
        ("yüzde", Percent),
        ("elfu", Scale(3)),
        ("laki", Scale(5)),
        ("milioni", Scale(6)),
        ("bilioni", Scale(9)),
        ("trilioni", Scale(12)),
        // Burmese writes a lakh and a million before the figure as well as after it, onto the
        // money's name (`ကျပ်သိန်း ၅၀၀`, 500 lakh kyat; `ဒေါ်လာ သန်း ၂၀`, 20 million dollars),
        // and so does Sinhala its scale words and its percent (`රුපියල් මිලියන 500`, `සියයට
        // 12`, "in the hundred, 12"). Not the Burmese thousand `ထောင်`, which before a figure
        // is the prison of a sentence (`ထောင် ၅ နှစ်`, five years in prison).
        ("သိန်း", Scale(5)),
        ("သန်း", Scale(6)),
        ("ကုဋေ", Scale(7)),
        ("ဘီလီယံ", Scale(9)),
        ("ලක්ෂ", Scale(5)),
        ("කෝටි", Scale(7)),
        ("මිලියන", Scale(6)),
        ("බිලියන", Scale(9)),
        ("සියයට", Percent),
        // Kannada writes its percent before the figure (`ಶೇ 62ರಷ್ಟು`, `ಶೇ.62`, `ಶೇಕಡ 58ರಷ್ಟು`,
        // "62 in the hundred"), abbreviated with a point or without one.
        ("ಶೇಕಡಾ", Percent),
        ("ಶೇಕಡ", Percent),
        ("ಶೇ.", Percent),
        ("ಶೇ", Percent),
    ]
};

/// Scale words that mean another power of ten in another language, with that power: the
/// Malay `bilion` (a thousand million) is the Polish and Czech million million, `trilion`
/// the Czech million million million. The figure is read both ways.
pub(super) const OTHER_SCALE_READINGS: [(&str, u32); 2] = [("bilion", 12), ("trilion", 18)];

/// Scale words that are common words too (the Turkish `bin`, a thousand, beside the English
/// "5 bin bags"; the Hindi `अरब`, a thousand million, also "Arab": "22 अरब देश" are 22 Arab
/// countries): the figure before one is read with it and without it, so that "5 bin kişi"
/// states 5,000 and 5. Not the Urdu `ارب`, whose Arab is written `عرب`.
pub(super) const SCALES_ALSO_WORDS: [&str; 2] = ["bin", "अरब"];

/// The Turkish scale words, which take a noun's case endings written onto them or after an
/// apostrophe (`218 bini aştı`, `60 binden fazla`, `3 milyon'dan`): see
/// [`turkish_case_ending_end`].
pub(crate) const TURKISH_SCALES: [&str; 4] = ["bin", "milyon", "milyar", "trilyon"];

/// The endings a Turkish noun takes after a figure, as vowel harmony writes them: `I` is the
/// word's high vowel (`i`, `ı`, `u` or `ü`), `A` its low one (`e` or `a`). The accusative, the
/// dative, the locative, the ablative, the genitive, `ile` written onto it (`binle`) and the
/// adjective of measure (`10 binlik kalabalık`, a crowd of 10,000). Not the plural (`binlerce`
/// is "thousands of", no scale of a figure), nor the verb `binmek` ("to ride": `bindi`,
/// `binen`, `binerek`), whose endings are none of these.
const TURKISH_CASE_ENDINGS: [&str; 7] = ["I", "A", "dA", "dAn", "In", "lA", "lIk"];

/// After a Turkish scale word `stem` ending at `at` in `text`: one of
/// [`TURKISH_CASE_ENDINGS`], in the vowels `stem` harmonises it with, written onto it or
/// after an apostrophe, ending the word; where it ends.
pub(super) fn turkish_case_ending_end(text: &str, at: usize, stem: &str) -> Option<usize> {
    let rest = &text[at..];
    let ending = rest.strip_prefix(['\'', '\u{2019}']).unwrap_or(rest);
    let letters = ending
        .find(|c: char| !c.is_alphabetic() && !is_combining_mark(c))
        .unwrap_or(ending.len());
    let (high, low) = match stem.chars().rev().find(|c| "aeıioöuü".contains(*c))? {
        'e' | 'i' => ('i', 'e'),
        'ö' | 'ü' => ('ü', 'e'),
        'a' | 'ı' => ('ı', 'a'),
        _ => ('u', 'a'),
    };
    let written = &ending[..letters];
    TURKISH_CASE_ENDINGS
        .iter()
        .any(|template| {
            let mut wanted = template.chars().map(|c| match c {
                'I' => high,
                'A' => low,
                c => c,
            });
            let mut have = written.chars().map(turkish_lowercase);
            loop {
                match (wanted.next(), have.next()) {
                    (None, None) => return true,
                    (Some(want), Some(Some(have))) if want == have => {}
                    _ => return false,
                }
            }
        })
        .then_some(text.len() - ending.len() + letters)
}

/// The Kazakh scale and percent words: the thousand, the million, the thousand million and
/// the million million, in full and abbreviated, and percent. Kazakh writes a noun's endings
/// onto them, and after a hyphen onto an abbreviation (`20 миллионнан асты`, `3,1 пайызға`,
/// `62 пайызы`, `12 млрд-қа`): see [`kazakh_case_ending_end`]. `миллион`, `млн` and the
/// others are Russian's too, whose endings (`миллиона`, `миллионов`) are none of Kazakh's.
pub(crate) const KAZAKH_SCALES: [&str; 8] = [
    "мың",
    "пайыз",
    "миллион",
    "миллиард",
    "триллион",
    "млн",
    "млрд",
    "трлн",
];

/// The Kazakh abbreviations of [`KAZAKH_SCALES`], onto which an ending is written after a
/// hyphen (`млрд-қа`, `млн-нан`).
const KAZAKH_ABBREVIATIONS: [&str; 3] = ["млн", "млрд", "трлн"];

/// The endings Kazakh writes onto a scale or percent word after a figure, in the back vowels
/// vowel harmony gives each of [`KAZAKH_SCALES`], with the consonant that each case takes
/// after a vowel or a voiced consonant, a voiceless one and a nasal: the possessive of the
/// third person (`62 пайызы`, 62 percent of it), alone and before a case; the dative, the
/// locative, the ablative, the accusative, the genitive and the instrumental; the adjective
/// of measure (`3 пайыздық өсім`, growth of 3 percent); and `-дай`, "some" (`5 мыңдай`, some
/// 5,000), approximate as `шамамен` is. Not the plural (`мыңдаған`, "thousands of"), no
/// scale of a figure.
const KAZAKH_CASE_ENDINGS: [&str; 29] = [
    "ы", "сы", "ын", "ына", "ында", "ынан", "ының", "ымен", "ға", "қа", "да", "та", "дан", "тан",
    "нан", "ды", "ты", "ны", "дың", "тың", "ның", "мен", "бен", "пен", "дық", "тық", "лық", "дай",
    "тай",
];

/// After a Kazakh scale or percent word `stem` ending at `at` in `text`: one of
/// [`KAZAKH_CASE_ENDINGS`] in any case, written onto it (after a hyphen onto an
/// abbreviation), ending the word; where it ends.
pub(crate) fn kazakh_case_ending_end(text: &str, at: usize, stem: &str) -> Option<usize> {
    let rest = &text[at..];
    let ending = match rest.strip_prefix('-') {
        Some(ending) if KAZAKH_ABBREVIATIONS.contains(&stem) => ending,
        _ => rest,
    };
    let letters = ending
        .find(|c: char| !c.is_alphabetic() && !is_combining_mark(c))
        .unwrap_or(ending.len());
    let written = &ending[..letters];
    KAZAKH_CASE_ENDINGS
        .iter()
        .any(|known| {
            written
                .chars()
                .flat_map(char::to_lowercase)
                .eq(known.chars())
        })
        .then_some(text.len() - ending.len() + letters)
}

/// `c` lowercased as Turkish writes it (`I` is `ı`, `İ` is `i`), where it lowercases to one
/// letter.
fn turkish_lowercase(c: char) -> Option<char> {
    match c {
        'I' => Some('ı'),
        'İ' => Some('i'),
        c => {
            let mut lower = c.to_lowercase();
            let first = lower.next();
            lower.next().is_none().then_some(first).flatten()
        }
    }
}

/// Greek scale abbreviations that are also units' (`χιλ.` kilometres, `εκατ.` centimetres):
/// the figure before one is read without it too.
pub(super) const GREEK_SCALES_ALSO_UNITS: [&str; 2] = ["χιλ.", "εκατ."];

/// The German singular of a million million, capitalised as German writes nouns.
const GERMAN_BILLION: &str = "Billion";

/// The money German counts in `Billion`, capitalised: after it, the scale is German.
const GERMAN_MONEY_AFTER_BILLION: [&str; 6] = [
    "Euro",
    "Franken",
    "US-Dollar",
    "Rubel",
    "Pfund",
    "Schweizer",
];

/// Whether the figure from `start` to `figure_end`, its scale word ending at `end`, is read
/// also as the German [`GERMAN_BILLION`], a million million: where German surrounds it, the
/// figure written with a decimal comma (`1,5 Billion`) or the money after it German's
/// (`1 Billion Euro`). English writes `Billion` capitalised in titles (`$1 Billion Deal`),
/// read as English reads it. The figure is read both ways, as the Malay and Polish `bilion`
/// is ([`OTHER_SCALE_READINGS`]).
pub(super) fn german_billion(text: &str, start: usize, figure_end: usize, end: usize) -> bool {
    if end <= figure_end || !text[..end].ends_with(GERMAN_BILLION) {
        return false;
    }
    let figure = &text[start..figure_end];
    let decimal_comma = figure.rsplit_once(',').is_some_and(|(_, decimals)| {
        decimals.len() != 3 && decimals.bytes().all(|b| b.is_ascii_digit())
    });
    let money_after = text[end..]
        .strip_prefix(is_follower_space)
        .is_some_and(|rest| {
            GERMAN_MONEY_AFTER_BILLION
                .iter()
                .any(|money| rest.starts_with(money) && !alphanumeric_at(rest, money.len()))
        });
    decimal_comma || money_after
}

/// Scale abbreviations read only after a figure that a currency precedes, as Brazilian and
/// Indian news write amounts of money (`R$ 1,5 bi`, `US$ 300 mi`, `R$ 2 tri`, `Rs 5 cr`,
/// `₹12 Cr.`, `Rs 3 lacs`), and Indonesian (`Rp5 jt`, `Rp 500 rb`); a point after one is
/// left to the sentence. Elsewhere they are
/// other words: `5 mi` is five miles, `3 lacs` three lakes in French, `4 cr` four credits.
pub(super) const CURRENCY_SCALES: [(&str, u32); 8] = [
    ("bi", 9),
    ("mi", 6),
    ("tri", 12),
    ("cr", 7),
    ("lac", 5),
    ("lacs", 5),
    // Indonesian news: `Rp5 jt` (juta, a million), `Rp 500 rb` (ribu, a thousand).
    ("jt", 6),
    ("rb", 3),
];

/// After a figure from `start` to `at`: a space or none and one of [`CURRENCY_SCALES`],
/// whole (`bi`, `mi`, `tri` in lowercase, `cr` and `lac` in any case), neither joined to
/// another word by a hyphen nor before a number; where it ends, and the scale. Only where a
/// currency is written before the figure ([`currency_written_before`]).
pub(super) fn currency_scale_end(text: &str, start: usize, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    let word = rest.trim_start_matches(is_follower_space);
    let word_start = text.len() - word.len();
    let letters = letters_end(text.as_bytes(), word_start) - word_start;
    let written = &word[..letters];
    let &(abbreviation, exponent) = CURRENCY_SCALES
        .iter()
        .find(|(abbreviation, _)| written.eq_ignore_ascii_case(abbreviation))?;
    // Brazil writes `bi`, `mi` and `tri` in lowercase: `Mi` is a name (`the $300 Mi 11`).
    let lowercase_only = matches!(abbreviation, "bi" | "mi" | "tri" | "jt" | "rb");
    let after = &word[letters..];
    // Not a word's first part (`bi-weekly`, `Lac-Mégantic`) nor a name before its number.
    let goes_on = after.starts_with(['-', '\u{2010}', '\u{2011}'])
        || after
            .strip_prefix(is_follower_space)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if (lowercase_only && written != abbreviation)
        || goes_on
        || alphanumeric_at(text, word_start + letters)
        || !currency_written_before(text, start)
    {
        return None;
    }
    Some((word_start + letters, Follower::Scale(exponent)))
}

/// Thousand millions abbreviated as other words are written too, read only before the money
/// they count, a space apart: the Swiss German `Mia.` (`1,5 Mia. Franken`, `2 Mia. Fr.`, `3
/// Mia. CHF`), elsewhere maybe a name, which Danish and Norwegian write in lowercase before
/// their kroner (`3 mia. kr.`, `2 mia. kroner`; in an article that declares one of them,
/// before anything it counts: see [`scale_with_a_point_end`]); the Swedish `mdr`
/// (miljarder) before its kronor (`3 mdr kronor`, `3 mdr kr`), elsewhere a drug-resistant
/// strain (`500 MDR-TB cases`).
const BILLIONS_BEFORE_MONEY: [&str; 3] = ["Mia.", "mia.", "mdr"];

/// The money [`BILLIONS_BEFORE_MONEY`] is read before.
const MONEY_AFTER_A_BILLION: [&str; 16] = [
    "Franken",
    "Fr.",
    "CHF",
    "Euro",
    "EUR",
    "Dollar",
    "US-Dollar",
    "USD",
    "kr.",
    "kroner",
    "euro",
    "DKK",
    "NOK",
    "kronor",
    "kr",
    "SEK",
];

/// After a figure ending at `at`: a space, one of [`BILLIONS_BEFORE_MONEY`], a space and one
/// of [`MONEY_AFTER_A_BILLION`], whole; where the abbreviation ends, and its scale.
pub(super) fn billion_before_money_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let word = text[at..].strip_prefix(is_follower_space)?;
    let after = BILLIONS_BEFORE_MONEY
        .iter()
        .find_map(|billion| word.strip_prefix(billion))?;
    let money = after.strip_prefix(is_follower_space)?;
    let end = text.len() - after.len();
    money_after_a_billion_at(money)
        .is_some()
        .then_some((end, Follower::Scale(9)))
}

/// Where the one of [`MONEY_AFTER_A_BILLION`] that `text` starts with, whole, ends.
fn money_after_a_billion_at(text: &str) -> Option<usize> {
    MONEY_AFTER_A_BILLION
        .iter()
        .find(|name| {
            text.starts_with(*name) && (name.ends_with('.') || !alphanumeric_at(text, name.len()))
        })
        .map(|name| name.len())
}

/// After a figure ending at `at`: a space and one of [`SCALES_WITH_A_POINT`] (`mil.`, `мил.`,
/// `mill.`, `mia.`), no letter or digit right after its point; where it ends, and its
/// scale, read in an article that declares a language whose scale it is
/// ([`Language::reads_scale_with_a_point`]: `300 mil. Kč`, `5 mill. kroner`, `8 mia.
/// mennesker`), and in one that declares none only before money of its own ([`money_at`]:
/// `300 mil. Kč`, `300 mil. eur`, `5 mill. kroner`), as a Spanish sentence may end on its
/// thousand (`llegaron a 95 mil.`), an English one on a tax rate's mill (`a levy of 2
/// mill.`), and the money that opens the next one is its figure's (`95 mil. R$ 20 mil
/// vinieron`). In any other language it is no scale: `mil` is read there as that language
/// reads it, if at all.
pub(super) fn scale_with_a_point_end(
    text: &str,
    at: usize,
    language: Language,
) -> Option<(usize, Follower)> {
    let (abbreviation, exponent, end) = scale_with_a_point_at(text, at)?;
    let read = language.reads_scale_with_a_point(abbreviation)
        || (language.is_undeclared()
            && text[end..]
                .strip_prefix(is_follower_space)
                .is_some_and(money_at));
    read.then_some((end, Follower::Scale(exponent)))
}

/// After a figure ending at `at`: a space and one of [`SCALES_OF_ONE_LANGUAGE`], whole, in
/// an article that declares its language (`112 min uşaq` in Azerbaijani, `25 ming` in
/// Uzbek); where it ends, and the scale. Elsewhere `min` is a minute.
pub(crate) fn scale_of_the_language_end(
    text: &str,
    at: usize,
    language: Language,
) -> Option<(usize, Follower)> {
    if language.is_undeclared() {
        return None;
    }
    let word = text[at..].strip_prefix(is_follower_space)?;
    let start = text.len() - word.len();
    SCALES_OF_ONE_LANGUAGE
        .iter()
        .find_map(|&(written, exponent, _)| {
            let end = start + written.len();
            (word.starts_with(written)
                && !alphanumeric_at(text, end)
                && language.reads_scale_of_its_own(written))
            .then_some((end, Follower::Scale(exponent)))
        })
}

/// After a figure ending at `at`: a space and one of [`SCALES_OF_ONE_LANGUAGE`], whole, in any
/// language; whether it is a scale there is for [`scale_of_the_language_end`] to tell.
pub(crate) fn scale_of_one_language_after(text: &str, at: usize) -> bool {
    let Some(word) = text[at..].strip_prefix(is_follower_space) else {
        return false;
    };
    let start = text.len() - word.len();
    SCALES_OF_ONE_LANGUAGE.iter().any(|&(written, _, _)| {
        word.starts_with(written) && !alphanumeric_at(text, start + written.len())
    })
}

/// After a figure ending at `at`: a space and one of [`SCALES_WITH_A_POINT`], no letter or
/// digit right after its point, in any language; where it ends. Whether it is a scale
/// there is for [`scale_with_a_point_end`] to tell.
pub fn scale_with_a_point_after(text: &str, at: usize) -> Option<usize> {
    scale_with_a_point_at(text, at).map(|(_, _, end)| end)
}

/// The abbreviation of [`SCALES_WITH_A_POINT`] a space after `at`, whole: as written, its
/// power of ten and where it ends.
fn scale_with_a_point_at(text: &str, at: usize) -> Option<(&'static str, u32, usize)> {
    let word = text[at..].strip_prefix(is_follower_space)?;
    let start = text.len() - word.len();
    SCALES_WITH_A_POINT
        .iter()
        .map(|&(abbreviation, exponent, _)| (abbreviation, exponent, start + abbreviation.len()))
        .find(|&(abbreviation, _, end)| {
            word.starts_with(abbreviation) && !alphanumeric_at(text, end)
        })
}

/// Whether `text` starts with money, whole, that no figure follows: a currency sign (`Kč`,
/// `€`), a currency's code in capitals (`CZK`, `EUR`), its name in a language the checks
/// read (`korun`, `eur`, `dinara`, `динара`) or money a thousand million is read before
/// ([`MONEY_AFTER_A_BILLION`]: `kroner`, `Franken`). Money before a figure is that figure's
/// (`R$ 20`, `USD 20`).
fn money_at(text: &str) -> bool {
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    let sign = MONEY_SIGNS
        .iter()
        .find(|(sign, _)| {
            text.starts_with(sign) && !text[sign.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|(sign, _)| sign.len());
    let code = (word.len() == 3
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && COMMON_MONEY.iter().any(|names| names.contains(&word)))
    .then_some(word_end);
    let named = (word_end > 0 && currency_named(word).is_some()).then_some(word_end);
    let listed = || money_after_a_billion_at(text);
    sign.or(code).or(named).or_else(listed).is_some_and(|end| {
        !text[end..]
            .trim_start_matches(is_follower_space)
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// After a figure, at `at` where a word starts: a scale written onto its currency
/// ([`scaled_currency`]), whole (`15 mdkr`, `7 Mkr`), with the points Danish writes in it
/// (`450 t.kr.`); where it ends, and its scale. The currency is read with it by the unit
/// check.
fn scaled_currency_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let letters = letters_end(text.as_bytes(), at);
    let with_points = at
        + text[at..]
            .find(|c: char| !c.is_ascii_alphabetic() && c != '.')
            .unwrap_or(text.len() - at);
    [with_points, letters].into_iter().find_map(|end| {
        if end == at || alphanumeric_at(text, end) {
            return None;
        }
        let (exponent, _) = scaled_currency(&text[at..end])?;
        Some((end, Follower::Scale(exponent)))
    })
}

/// After a figure ending at `at` of a text in lowercase: a space and a word that is a code
/// with its scale written onto it ([`scaled_currency`]) once in capitals, whole (`120 msek`
/// of `120 MSEK`). In an article's own case it is read by [`follower_end`]; here it tells
/// that the figure before it is no figure alone. Not read as the scale there, as in
/// lowercase it may be another word (the Swedish `5 msek` is five milliseconds).
pub fn scaled_code_after_lowercase(text: &str, at: usize) -> bool {
    let Some(word) = text[at..].strip_prefix(is_follower_space) else {
        return false;
    };
    let start = text.len() - word.len();
    let end = letters_end(text.as_bytes(), start);
    end - start == 4
        && !alphanumeric_at(text, end)
        && scaled_currency(&text[start..end].to_ascii_uppercase()).is_some()
}

/// How `mn` after a figure reads: a million in English news (`300 mn dollars`, `$2mn`), and
/// minutes in French (`30 mn en voiture`, `45mn de marche`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MnReading {
    /// After a currency sign, or before a word that is not French.
    Million,
    /// Before no word (`in 30 mn.`): either.
    MillionOrMinutes,
    /// Before a French word that goes after a duration (`en`, `de`, `à`...).
    Minutes,
}

/// French words after a duration in minutes (`30 mn en voiture`, `15 mn de marche`, `45 mn
/// à pied`), none of which follows a million in English.
const FRENCH_AFTER_MINUTES: [&str; 21] = [
    "en", "de", "d", "du", "des", "à", "au", "aux", "pour", "par", "et", "ou", "environ", "avant",
    "après", "sur", "dans", "entre", "avec", "sans", "chrono",
];

/// How the `mn` that ends at `mn_end`, after the figure starting at `figure_start`, reads.
pub(super) fn mn_reading(text: &str, figure_start: usize, mn_end: usize) -> MnReading {
    if text[..figure_start]
        .chars()
        .next_back()
        .is_some_and(|c| CURRENCY_SIGNS.contains(&c))
    {
        return MnReading::Million;
    }
    let Some(rest) = text[mn_end..].strip_prefix(' ') else {
        return MnReading::MillionOrMinutes;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    if word.is_empty() {
        MnReading::MillionOrMinutes
    } else if FRENCH_AFTER_MINUTES.contains(&word) {
        MnReading::Minutes
    } else {
        MnReading::Million
    }
}

/// The figure `reading` (English notation) with the word that follows it, if any.
pub fn followed(reading: &str, follower: Option<Follower>) -> Option<Quantity> {
    match follower {
        None => Quantity::parse(reading).ok(),
        Some(Follower::Percent) => Quantity::parse(&format!("{reading}%")).ok(),
        // Read as English writes it, so that the figure keeps its notation (`3.29 million`)
        // and the precision of its digits: `2 लाख` is 2 lakh, rounded to the lakh, not a
        // figure of 200,000 rounded to the unit.
        Some(Follower::EnglishScale(exponent) | Follower::Scale(exponent)) => {
            match scale_word(exponent) {
                Some(word) => Quantity::parse(&format!("{reading} {word}")).ok(),
                None => scale(reading, exponent),
            }
        }
    }
}

/// After a figure in digits ending at `at`: ` hundred`, maybe with a larger scale word
/// after it (`3 hundred`, `3 hundred thousand`); where it ends, and the power of ten it
/// makes. As numbers in words read it, where English news seldom writes it.
pub fn hundreds_after_digits(text: &str, at: usize) -> Option<(usize, u32)> {
    let rest = text[at..].strip_prefix(' ')?;
    let word = rest.get(.."hundred".len())?;
    let end = text.len() - rest.len() + word.len();
    if !word.eq_ignore_ascii_case("hundred") || alphanumeric_at(text, end) {
        return None;
    }
    Some(match english_scale_after(text, end) {
        Some((end, exponent)) => (end, 2 + exponent),
        None => (end, 2),
    })
}

/// The English scale word for ten to the `exponent`, when there is one.
pub fn english_scale_word(exponent: u32) -> Option<&'static str> {
    FOLLOWERS.iter().find_map(|(word, follower)| {
        (*follower == Follower::EnglishScale(exponent)).then_some(*word)
    })
}

/// The English word for the scale of ten to the `exponent` (`billion`), or the Indian
/// English one where English has none (`lakh`, `crore`): the words a value is written in.
pub fn scale_word(exponent: u32) -> Option<&'static str> {
    english_scale_word(exponent).or_else(|| indian_scale_word(exponent))
}

/// The Indian English scale word for ten to the `exponent`, the lakh (5), the crore (7) and
/// the thousand crore (10), which a value is written in as English writes it (`2 lakh` for
/// `2 लाख`, `2 লাখ`, and for the Thai `2 แสน`, the same hundred thousand; `5 thousand crore`
/// for `5 हज़ार करोड़`).
fn indian_scale_word(exponent: u32) -> Option<&'static str> {
    match exponent {
        5 => Some("lakh"),
        7 => Some("crore"),
        10 => Some("thousand crore"),
        _ => None,
    }
}

/// Scale words abbreviated and written onto a figure, with the power of ten each stands
/// for: `50k`, `3K`, `4.5bn`, `2mn`, `1tn`, the Italian `30mila`. Matched case-sensitively,
/// as news writes them. `K` is read everywhere, as `k` is (`3K followers`), though it also
/// makes names (`401K`, a `5K` race). Without a currency sign before the figure, `m` may be
/// metres: the figure is read both plain and scaled (see [`GluedScale::also_plain`]); `M`
/// and `B` make names there (`3M`, `Room 2B`, `F-35B`) and are read only after one.
const GLUED_SCALES: [(&str, u32); 13] = [
    ("k", 3),
    ("K", 3),
    ("mila", 3),
    ("mn", 6),
    ("mln", 6),
    ("bln", 9),
    ("trln", 12),
    ("bn", 9),
    ("Bn", 9),
    ("BN", 9),
    ("tn", 12),
    ("trn", 12),
    ("m", 6),
];

/// Scales that are abbreviations of an amount of money after a currency sign (`£3m`, `$2B`,
/// `$3.5MM`), where they scale the figure and nothing else.
const GLUED_MONEY_SCALES: [(&str, u32); 5] = [("m", 6), ("M", 6), ("MM", 6), ("b", 9), ("B", 9)];

/// Unit symbols written onto a figure (`1,000km`, `20kg`, `5kWh`), after which the figure
/// stands alone rather than being part of a code like `G17` or `208a`. Matched
/// case-sensitively: `5G` is a network, `5g` five grams. `s` is left out (`1990s` is a
/// decade), as are words (`in`, `am`, `pm`), and `c` and `C`, which end more codes and names
/// (`Article 5c`, `Room 3C`, `iPhone 15c`) than cents or degrees. `p` is pence (`80p`), or a
/// screen's lines (`1080p`), a number either way.
pub const UNIT_SYMBOLS: [&str; 41] = [
    "km", "m", "cm", "mm", "kg", "g", "mg", "t", "kt", "Mt", "ha", "sqm", "sqkm", "L", "l", "ml",
    "mL", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "mph", "kph", "kmh", "ft", "mi", "yd",
    "lb", "lbs", "oz", "h", "hr", "hrs", "min", "GB", "bp", "bps", "p",
];

/// After a figure ending at `at`: a unit symbol written onto it (`km` of `1,000km`, `m²` of
/// `30m²`), ending its word, or followed by the Korean particles written onto it (`20km를`,
/// `12ha와`, see [`crate::korean`]); the end of the symbol.
pub(super) fn glued_unit_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let letters = letters_end(bytes, at);
    let symbol = &text[at..letters];
    if !UNIT_SYMBOLS.contains(&symbol) {
        return None;
    }
    // An area or a volume: `m²`, `km2`.
    let end = match &text[letters..] {
        rest if rest.starts_with(['²', '³']) => letters + '²'.len_utf8(),
        rest if rest.starts_with(['2', '3']) && symbol.ends_with('m') => letters + 1,
        _ => letters,
    };
    let particles_follow = text[..end]
        .chars()
        .next_back()
        .is_some_and(|last| crate::korean::only_particles_follow(last, &text[end..], &[]));
    (!alphanumeric_at(text, end) || particles_follow).then_some(end)
}

/// A scale abbreviation written onto a figure.
pub struct GluedScale {
    /// Where the abbreviation ends.
    pub end: usize,
    /// The power of ten it stands for.
    pub exponent: u32,
    /// Whether the figure alone is a reading too: an `m` with no currency sign before the
    /// figure, metres or million.
    pub also_plain: bool,
}

/// After a figure that starts at `start` and is read up to `at`: a scale abbreviation written
/// onto it that ends its word (`bn` of `4.5bn`, `m` of `£3m`).
pub fn glued_scale_end(text: &str, start: usize, at: usize) -> Option<GluedScale> {
    let bytes = text.as_bytes();
    let end = letters_end(bytes, at);
    if end == at || alphanumeric_at(text, end) {
        return None;
    }
    let letters = &text[at..end];
    let money = after_a_currency_sign(text, start)
        .then(|| GLUED_MONEY_SCALES.iter().find(|(abbr, _)| *abbr == letters))
        .flatten();
    if let Some(&(_, exponent)) = money {
        return Some(GluedScale {
            end,
            exponent,
            also_plain: false,
        });
    }
    let &(abbreviation, exponent) = GLUED_SCALES.iter().find(|(abbr, _)| *abbr == letters)?;
    Some(GluedScale {
        end,
        exponent,
        also_plain: abbreviation == "m",
    })
}

/// The figure `reading` (English notation) times ten to the `exponent`.
pub fn scale(reading: &str, exponent: u32) -> Option<Quantity> {
    let number: Decimal = reading.replace(',', "").parse().ok()?;
    Quantity::parse(&scale_by(number, exponent)?).ok()
}

/// `number` times ten to `exponent`, in digits; `None` past what a decimal holds.
pub fn scale_by(number: Decimal, exponent: u32) -> Option<String> {
    let factor = Decimal::from(10u64.checked_pow(exponent)?);
    Some(number.checked_mul(factor)?.normalize().to_string())
}

/// After a figure ending at `at`: a space (one of [`NUMBER_SPACES`](super::NUMBER_SPACES), a tab or a
/// bidirectional mark) and then one of
/// the [`FOLLOWERS`], whole and in any case; where it ends, and what it makes of the figure.
/// Runs after most figures of every quote, so it allocates nothing: the words are compared
/// character by character, lowercased as they are read.
///
/// A thousand or a lakh with a crore after it is one scale, as India writes its largest
/// sums (`5 हज़ार करोड़`, `3 వేల కోట్ల`, `Rs 5 thousand crore` are 5,000 crore; `2 ലക്ഷം
/// കോടി` is 2 lakh crore): read as one, the figure is not taken for 5,000 with a word after.
pub fn follower_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let (end, follower) = one_follower_end(text, at)?;
    let below_a_crore = match follower {
        Follower::Scale(exponent @ (3 | 5)) | Follower::EnglishScale(exponent @ 3) => exponent,
        _ => return Some((end, follower)),
    };
    match one_follower_end(text, end) {
        Some((crore_end, Follower::Scale(7))) if crore_end > end => {
            Some((crore_end, Follower::Scale(below_a_crore + 7)))
        }
        _ => Some((end, follower)),
    }
}

/// [`follower_end`] for one word (or one entry of [`FOLLOWERS`]) after the figure.
fn one_follower_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    if let Some(word) = rest.strip_prefix('-') {
        return hyphenated_scale_end(text, word);
    }
    let word = rest.trim_start_matches(is_follower_space);
    // Thai writes its scale words onto the figure (`70ล้าน`) as well as apart, and so do
    // Japanese and Korean their percent (`2.5パーセント`, `2.5퍼센트`).
    if word.len() == rest.len() && !word.starts_with(|c| is_unspaced_script(c) || is_hangul(c)) {
        return None;
    }
    let word_start = text.len() - word.len();
    if let Some(found) = abbreviated_follower_end(text, word_start) {
        return Some(found);
    }
    if let Some(found) = scaled_currency_end(text, word_start) {
        return Some(found);
    }
    if let Some(found) = sign_scale_end(text, word_start) {
        return Some(found);
    }
    let first = word.chars().next()?.to_lowercase().next()?;
    // Most words after a figure are no follower ("75 impoverished counties"): one lookup
    // by their first letter tells.
    let candidates = FOLLOWERS_BY_INITIAL.get(&first)?;
    // The longest that matches: `mil millones` before `mil`, `тыс.` before `тыс`.
    candidates
        .iter()
        .filter_map(|&(follower, meaning)| {
            // Malayalam and Marathi write their endings onto another form of the word
            // (`ലക്ഷത്തോളം` of `ലക്ഷം`, `हजारांहून` of `हजार`), which ends the scale word.
            let form_before_an_ending =
                || form_before_an_ending(follower, word).map(|form| (word_start + form, meaning));
            let Some(matched) = prefix_ignoring_case(word, follower) else {
                return form_before_an_ending();
            };
            if WORDS_BEGUN_BY_A_FOLLOWER
                .iter()
                .any(|other| other.starts_with(follower) && word.starts_with(other))
            {
                return None;
            }
            let end = word_start + matched;
            // Turkish writes a noun's case ending onto its scale word: `218 bini` is 218,000.
            if TURKISH_SCALES.contains(&follower)
                && let Some(ending_end) = turkish_case_ending_end(text, end, follower)
            {
                return Some((ending_end, meaning));
            }
            // And so does Kazakh: `20 миллионнан` is "than 20 million".
            if KAZAKH_SCALES.contains(&follower)
                && let Some(ending_end) = kazakh_case_ending_end(text, end, follower)
            {
                return Some((ending_end, meaning));
            }
            // Whole: no letter or mark goes on after it, but in a script written without
            // spaces, where the next word follows (`ล้านคน`, "million people").
            // Nor after an elided article before a noun (`billion d'euros`, not `billion
            // d'Amato`), or in Korean, which writes its particles onto the word (`퍼센트였다`).
            let next = text[end..].chars().next();
            let elided = follower.ends_with(['\'', '\u{2019}']);
            if elided && !next.is_some_and(char::is_lowercase) {
                return None;
            }
            // Bengali writes its case endings onto it (`৩.৫ লাখে`, `৬৫ শতাংশের`), and so do the
            // languages of the scripts from Gurmukhi to Sinhala (`કરોડનું`, `లక్షలకు`).
            let ending_written_onto = crate::bengali::only_case_endings_follow(&text[end..])
                || only_endings_follow(follower, &text[end..]);
            let goes_on = next.is_some_and(|c| c.is_alphabetic() || is_combining_mark(c))
                && !elided
                && !follower.ends_with(|c| is_unspaced_script(c) || is_hangul(c))
                && !ending_written_onto;
            if goes_on {
                return form_before_an_ending();
            }
            Some((end, meaning))
        })
        .max_by_key(|&(end, _)| end)
}

/// Words of a script written without spaces that begin with one of [`FOLLOWERS`] and are
/// another word, after which the figure is not scaled: the Burmese `သန်းခေါင်` (midnight;
/// `သန်းခေါင်စာရင်း`, the census) begins with `သန်း`, a million.
const WORDS_BEGUN_BY_A_FOLLOWER: [&str; 1] = ["သန်းခေါင်"];

/// Before a figure starting at `at`: one of [`PRECEDERS`], whole and in any case, and a
/// space (none in a script written without spaces: `ร้อยละ45`); where the word starts, and
/// what it makes of the figure. Not after another figure: in Italian `2 milioni 300 mila`,
/// `milioni` is the 2's. Runs before most figures of every quote, so it allocates nothing.
pub fn preceder_before(text: &str, at: usize) -> Option<(usize, Follower)> {
    let before = text[..at].trim_end_matches(is_follower_space);
    let spaced = before.len() < at;
    // Most figures have no preceder before them: a letter of one ends the text before.
    let last = before.chars().next_back()?;
    if !last.is_alphabetic() && !is_combining_mark(last) && last != '.' {
        return None;
    }
    // Only the words that end in that letter, in either comparison below, are compared.
    let last_lowercase = last.to_lowercase().last();
    let ends_alike = |word: &str| {
        word.chars()
            .next_back()
            .is_some_and(|end| Some(end) == last_lowercase || end.eq_ignore_ascii_case(&last))
    };
    PRECEDERS.iter().find_map(|&(word, follower)| {
        if !ends_alike(word) {
            return None;
        }
        let unspaced = word.starts_with(is_unspaced_script);
        let start = before.len().checked_sub(word.len())?;
        let written = before.get(start..)?;
        // In any case of any script: `YÜZDE 5` as `yüzde 5`.
        let same = written.eq_ignore_ascii_case(word)
            || written
                .chars()
                .flat_map(char::to_lowercase)
                .eq(word.chars());
        // An abbreviation's point parts it from the figure as a space does (`ಶೇ.62`).
        if !(spaced || unspaced || word.ends_with('.')) || !same {
            return None;
        }
        let mut earlier = before[..start].chars().rev();
        // A Burmese scale word stands alone or after the money's name: `ဦးသန်း ၁၂` is U Than
        // and 12, no twelve million. (The Thai percent is written onto the verb before it,
        // `คิดเป็นร้อยละ12`.)
        let burmese = word.starts_with(|c: char| ('\u{1000}'..='\u{109F}').contains(&c));
        let whole = if burmese {
            !earlier
                .clone()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || is_combining_mark(c))
                || MONEY_BEFORE_AN_UNSPACED_SCALE
                    .iter()
                    .any(|money| before[..start].trim_end().ends_with(money))
        } else {
            unspaced || !earlier.clone().next().is_some_and(char::is_alphanumeric)
        };
        let after_a_figure = earlier
            .find(|&c| !is_follower_space(c))
            .is_some_and(|c| decimal_digit(c).is_some());
        (whole && !after_a_figure).then_some((start, follower))
    })
}

/// The names of money Burmese writes a scale word onto before the figure (`ကျပ်သိန်း ၅၀၀`,
/// 500 lakh kyat): the kyat, the dollar, the yuan, the euro.
const MONEY_BEFORE_AN_UNSPACED_SCALE: [&str; 4] = ["ကျပ်", "ဒေါ်လာ", "ယွမ်", "ယူရို"];

/// Abbreviations after a figure and a space that scale it or make it a percentage, as
/// English news writes them: `4.5 bn`, `300 mn`, `12 pct`. Matched case-sensitively, as the
/// capitals are other words (`MN`, Minnesota); `tn` (tonnes) and `pc` (pieces) are left out.
const ABBREVIATED_FOLLOWERS: [(&str, Follower); 4] = [
    ("bn", Follower::EnglishScale(9)),
    ("Bn", Follower::EnglishScale(9)),
    ("mn", Follower::EnglishScale(6)),
    ("pct", Follower::Percent),
];

/// The scale abbreviations French and German write before a currency sign, longest first:
/// `12 M€`, `1,2 Md€`, `3 Mds€`, `3 Mrd €`, `2 Mio. €`, `450 k€`, and as Quebec and
/// French news write dollars, `12 M$`, `1,2 Md$`, `450 k$`, `1,2 G$` (giga, a billion).
const SIGN_SCALES: [(&str, u32); 7] = [
    ("mds", 9),
    ("mrd", 9),
    ("mio", 6),
    ("md", 9),
    ("m", 6),
    ("k", 3),
    ("g", 9),
];

/// Of [`SIGN_SCALES`], those read before the sign only, never before the money's name: a
/// `G` is grams or a network's generation far more often (`5 G de données`), and Quebec
/// writes a billion so only with its sign.
const SCALES_BEFORE_A_SIGN_ONLY: [&str; 1] = ["g"];

/// The currency signs written after a figure's scale abbreviation ([`SIGN_SCALES`]).
const SIGNS_AFTER_A_SCALE: [char; 2] = ['€', '$'];

/// At `at`, after a figure and a space or none: one of [`SIGN_SCALES`] in any case (the
/// value check reads a lowercased quote), its point, and the euro or dollar sign after a
/// space or none; where the sign ends, and the scale. The sign is read with the figure,
/// whose currency it is: a claim in another currency is told so (CC205).
pub fn sign_scale_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    let &(abbreviation, exponent) = SIGN_SCALES.iter().find(|(abbreviation, _)| {
        rest.get(..abbreviation.len())
            .is_some_and(|written| written.eq_ignore_ascii_case(abbreviation))
    })?;
    let mut end = at + abbreviation.len();
    if abbreviation.len() > 1 && text[end..].starts_with('.') {
        end += 1;
    }
    let after = &text[end..];
    // French writes the currency's name after it too: `2 Mds d'euros`, `12 M de dollars`.
    // The name is the unit's, read by the unit check after the figure.
    if let Some(space) = after
        .chars()
        .next()
        .filter(|&c| is_number_space(c) && !SCALES_BEFORE_A_SIGN_ONLY.contains(&abbreviation))
    {
        let named = &after[space.len_utf8()..];
        let money_named = MONEY_AFTER_A_SCALE.iter().any(|name| {
            named
                .get(..name.len())
                .is_some_and(|written| written.eq_ignore_ascii_case(name))
                && !alphanumeric_at(named, name.len())
        });
        if money_named {
            return Some((end, Follower::Scale(exponent)));
        }
    }
    let sign_text = after.strip_prefix(is_number_space).unwrap_or(after);
    let sign = sign_text
        .chars()
        .next()
        .filter(|c| SIGNS_AFTER_A_SCALE.contains(c))?;
    let sign_end = text.len() - sign_text.len() + sign.len_utf8();
    (!alphanumeric_at(text, sign_end)).then_some((sign_end, Follower::Scale(exponent)))
}

/// The names of money French writes after a scale abbreviation ([`SIGN_SCALES`]), as they
/// stand after it: `2 Mds d'euros`, `12 M de dollars`.
const MONEY_AFTER_A_SCALE: [&str; 6] = [
    "d'euros",
    "d\u{2019}euros",
    "de dollars",
    "de francs",
    "de livres",
    "de yuans",
];

/// One of [`ABBREVIATED_FOLLOWERS`] at `at`, ending its word; where it ends.
fn abbreviated_follower_end(text: &str, at: usize) -> Option<(usize, Follower)> {
    let rest = &text[at..];
    ABBREVIATED_FOLLOWERS
        .iter()
        .find_map(|&(abbreviation, follower)| {
            let end = at + abbreviation.len();
            (rest.starts_with(abbreviation) && !alphanumeric_at(text, end))
                .then_some((end, follower))
        })
}

/// After a figure and a hyphen, `word`: an English scale word joined to it as an adjective
/// (`$4.5-million contract`, `a $1.2-billion plan`), a lakh or a crore (`a ₹15,000-crore
/// outlay`), or the one-word scale of another language, as Slovak and Czech news join it
/// (`565-tisíc`, `30-tis.`, `2-miliónov`), whole; where it ends. A word that only begins as a
/// scale does (`5-tisícový`, an adjective) is none, and a range's second figure (`5-10`) no
/// word. Not the scales read both with the figure and without it, which are other words
/// too (the Turkish `bin`, the Greek `χιλ.`, the Malay `bilion`), nor `mil`, which after a
/// hyphen is the English thousandth of an inch (`6-mil plastic`).
fn hyphenated_scale_end(text: &str, word: &str) -> Option<(usize, Follower)> {
    let word_start = text.len() - word.len();
    // The longest that matches: `mln.` before `mln`.
    let found = FOLLOWERS.iter().filter_map(|&(scale, follower)| {
        let joined_by_a_hyphen = match follower {
            Follower::EnglishScale(_) => true,
            Follower::Scale(_) => {
                matches!(scale, "lakh" | "crore" | "lakh crore")
                    || !(scale.contains(' ')
                        || scale == "mil"
                        || SCALES_ALSO_WORDS.contains(&scale)
                        || GREEK_SCALES_ALSO_UNITS.contains(&scale)
                        || OTHER_SCALE_READINGS
                            .iter()
                            .any(|&(other, _)| other == scale))
            }
            Follower::Percent => false,
        };
        if !joined_by_a_hyphen {
            return None;
        }
        let end = word_start + prefix_ignoring_case(word, scale)?;
        (!alphanumeric_at(text, end)).then_some((end, follower))
    });
    found.max_by_key(|&(end, _)| end)
}

/// After a figure ending at `at`: `pc` or `pct` written onto it, as British and agency news
/// write a percentage (`12pc`, `3.5pct`), ending its word; where it ends, and whether it may
/// also be the figure alone (`pc` is pieces too: `a 12pc set`).
pub(super) fn glued_percent_end(text: &str, at: usize) -> Option<(usize, bool)> {
    let end = letters_end(text.as_bytes(), at);
    match &text[at..end] {
        _ if alphanumeric_at(text, end) => None,
        "pct" => Some((end, false)),
        "pc" => Some((end, true)),
        _ => None,
    }
}

/// [`FOLLOWERS`] by their first letter.
static FOLLOWERS_BY_INITIAL: std::sync::LazyLock<
    crate::hashing::HashMap<char, Vec<(&'static str, Follower)>>,
> = std::sync::LazyLock::new(|| {
    let mut by_initial: crate::hashing::HashMap<char, Vec<(&'static str, Follower)>> =
        crate::hashing::HashMap::default();
    for &(follower, meaning) in FOLLOWERS {
        if let Some(initial) = follower.chars().next() {
            by_initial
                .entry(initial)
                .or_default()
                .push((follower, meaning));
        }
    }
    by_initial
});

/// How many bytes of `text` spell `lowercase` (a follower: lowercase, its words apart by
/// one space) in any case, where any of the follower spaces stands for its space.
pub(super) fn prefix_ignoring_case(text: &str, lowercase: &str) -> Option<usize> {
    let mut wanted = lowercase.chars();
    let mut matched = 0;
    let mut chars = text.chars();
    loop {
        let Some(want) = wanted.next() else {
            return Some(matched);
        };
        let have = chars.next()?;
        let same = if want == ' ' {
            is_follower_space(have)
        } else {
            crate::normalize::same_letter_ignoring_case(have, want)
        };
        if !same {
            return None;
        }
        matched += have.len_utf8();
    }
}

/// Whether `c` may stand between a figure and its word: a space of [`NUMBER_SPACES`](super::NUMBER_SPACES), a
/// tab, or a bidirectional control, which Hebrew and Arabic text puts beside a figure
/// (`5.3\u{200e} אחוז`) and which shows nothing.
pub(super) fn is_follower_space(c: char) -> bool {
    c == '\t' || is_number_space(c) || crate::normalize::is_bidi_control(c)
}

/// The powers of ten of the scale words the check reads that an unread `word` after a
/// figure is spelt like (`milyard` like `milyar` and `miliard`, a thousand million;
/// `milionë` like `milion`, a million), for the note of a value the quote does not state:
/// near in spelling, beginning with the same letter (`mrdx` is `mrd` and a letter). `None`
/// where the spelling cannot tell: a short word with a point after it (`ma.`, an
/// abbreviation), or a word of another script than the Latin that is near no scale word
/// read, as the check reads few of those scripts' scale words. Otherwise the powers of the
/// nearest, none for a word near no scale word (`112 uşaq`, children).
pub(crate) fn powers_spelt_like(word: &str, with_a_point: bool) -> Option<Vec<u32>> {
    let lower = word.to_lowercase();
    let first = lower.chars().next()?;
    let length = lower.chars().count();
    let scale_words = FOLLOWERS
        .iter()
        .filter_map(|(written, follower)| match follower {
            Follower::Scale(power) | Follower::EnglishScale(power) => Some((*written, *power)),
            Follower::Percent => None,
        })
        .chain(
            TURKISH_SCALES
                .iter()
                .zip([3, 6, 9, 12])
                .map(|(w, p)| (*w, p)),
        )
        .map(|(written, power)| (written.trim_end_matches('.'), power))
        .filter(|(written, _)| !written.contains(' ') && written.starts_with(first));
    let mut nearest: (usize, Vec<u32>) = (usize::MAX, Vec::new());
    for (written, power) in scale_words {
        let count = written.chars().count();
        if count < 3 {
            continue;
        }
        // A case ending written onto a scale word (`milliardga`) keeps it whole.
        let distance = if count >= 4 && lower.starts_with(written) {
            0
        } else {
            crate::suggest::edit_distance(&lower, written)
        };
        if distance > (length.min(count) / 3).max(1) || distance > nearest.0 {
            continue;
        }
        if distance < nearest.0 {
            nearest = (distance, Vec::new());
        }
        if !nearest.1.contains(&power) {
            nearest.1.push(power);
        }
    }
    let latin = lower.chars().all(|c| {
        c.is_ascii()
            || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0250}'..='\u{02AF}' | '\u{1E00}'..='\u{1EFF}')
            || is_combining_mark(c)
    });
    let abbreviated = with_a_point && length <= 3;
    match nearest.1.is_empty() && (abbreviated || !latin) {
        true => None,
        false => Some(nearest.1),
    }
}

#[cfg(test)]
mod tests {
    use crate::citation::numbers::find_numbers;
    use crate::citation::numbers::tests::{figure, found, pairs, read};
    use crate::quantity::Quantity;

    #[test]
    fn an_unread_word_is_told_the_powers_of_the_scale_words_it_is_spelt_like() {
        use super::powers_spelt_like;
        for (word, powers) in [
            ("milyard", vec![9]),
            ("miliardë", vec![9]),
            ("milionë", vec![6]),
            ("milyon", vec![6]),
            ("mrdx", vec![9]),
            ("milliardga", vec![9]),
            ("uşaq", vec![]),
            ("kishi", vec![]),
        ] {
            assert_eq!(powers_spelt_like(word, false), Some(powers), "{word}");
        }
        // An abbreviation with a point, or a word of another script near no scale word
        // read, cannot be told by its spelling.
        assert_eq!(powers_spelt_like("ma", true), None);
        assert_eq!(powers_spelt_like("ដុល្លារ", false), None);
    }

    #[test]
    fn a_figure_in_lakh_or_crore_keeps_the_precision_of_its_digits_in_every_script() {
        let read = |text: &str| {
            let found = find_numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let figure = found[0].figure.clone().expect("a figure");
            (figure.text.to_string(), figure.interval.to_string())
        };
        // Rounded to the lakh, as `2 lakh` is: not exactly 200,000.
        for text in [
            "2 lakh people",
            "2 लाख लोग",
            "2 লাখ মানুষ",
            "2 লক্ষ মানুষ",
            "2 لاکھ افراد",
        ] {
            assert_eq!(
                read(text),
                ("2 lakh".to_string(), "[150000, 250000)".to_string()),
                "{text}"
            );
        }
        // The crore with its nukta in two characters or one, or without it; in Bengali
        // and Urdu.
        for text in [
            "₹625.3 crore",
            "₹625.3 करोड़",
            "₹625.3 करो\u{95c}",
            "₹625.3 करोड",
            "625.3 কোটি টাকা",
            "625.3 کروڑ روپے",
        ] {
            assert_eq!(
                read(text),
                (
                    "625.3 crore".to_string(),
                    "[6252500000, 6253500000)".to_string()
                ),
                "{text}"
            );
        }
        for text in [
            "₹7.36 lakh crore",
            "₹7.36 लाख करो\u{95c}",
            "7.36 লাখ কোটি",
            "7.36 لاکھ کروڑ",
            "7.36 ലക്ഷം കോടി രൂപ",
            "7.36 లక్షల కోట్ల రూపాయలు",
        ] {
            assert_eq!(read(text).1, "[7355000000000, 7365000000000)", "{text}");
        }
        // A thousand crore is one scale in every script, with the endings a crore takes:
        // 5,000 crore, rounded to the thousand crore, not 5,000 with a word after it.
        for text in [
            "Rs 5 thousand crore",
            "5 हज़ार करोड़ रुपये",
            "₹5 हजार करोड",
            "5 হাজার কোটি টাকা",
            "५ हजार कोटी रुपये",
            "5 ஆயிரம் கோடி ரூபாய்",
            "5 వేల కోట్లతో",
            "5 ಸಾವಿರ ಕೋಟಿ ರೂ",
            "5 ആയിരം കോടി രൂപ",
            "૫ હજાર કરોડનું",
            "5 ਹਜ਼ਾਰ ਕਰੋੜ ਰੁਪਏ",
            "5 ہزار کروڑ روپے",
        ] {
            assert_eq!(
                read(text),
                (
                    "5 thousand crore".to_string(),
                    "[45000000000, 55000000000)".to_string()
                ),
                "{text}"
            );
        }
        // Not across a comma or a full stop: two words of two phrases.
        for text in ["5 हज़ार, करोड़ों लोग", "5 thousand. Crore"] {
            let found = find_numbers(text);
            assert_eq!(
                found[0].figure.as_ref().unwrap().value.to_string(),
                "5000",
                "{text}"
            );
        }
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
    fn mn_is_a_million_in_english_and_minutes_before_french() {
        let figures = |text: &str| -> Vec<(String, Option<String>)> {
            find_numbers(text)
                .into_iter()
                .map(|m| {
                    let value = |f: Quantity| f.value.to_string();
                    (m.figure.map_or("-".into(), value), m.also.map(value))
                })
                .collect()
        };
        let million = |n: &str| (n.to_string(), None);
        let either = |n: &str, m: &str| (n.to_string(), Some(m.to_string()));
        assert_eq!(
            figures("300 mn dollars, $2 mn, £3mn, 4mn people"),
            [
                million("300000000"),
                million("2000000"),
                million("3000000"),
                million("4000000")
            ]
        );
        assert_eq!(
            figures("30 mn en voiture, 45mn de marche, 15 mn à pied"),
            [million("30"), million("45"), million("15")]
        );
        // Before no word, either.
        assert_eq!(
            figures("en 30 mn. Il part dans 20mn"),
            [either("30000000", "30"), either("20000000", "20")]
        );
    }

    #[test]
    fn scale_words_of_two_meanings_give_both_readings() {
        for (text, first, also) in [
            ("1,5 Billion Euro", "1500000000", "1500000000000"),
            ("1 Billion Euro Schulden", "1000000000", "1000000000000"),
            ("2,5 Billion", "2500000000", "2500000000000"),
            // The Greek `χιλ.` and `εκατ.` are kilometres and centimetres too.
            ("3 εκατ. ευρώ", "3000000", "3"),
            ("50 χιλ. από την Αθήνα", "50000", "50"),
        ] {
            let mention = &find_numbers(text)[0];
            assert_eq!(
                mention.figure.as_ref().unwrap().value.to_string(),
                first,
                "{text}"
            );
            assert_eq!(
                mention.also.as_ref().unwrap().value.to_string(),
                also,
                "{text}"
            );
        }
        // English writes it in lowercase, and capitalised in titles: one reading.
        for english in [
            "1.5 billion euros",
            "Startup In $1 Billion Deal",
            "$1.035 Billion Revenue",
            "1 Billion Dollar Question",
        ] {
            let mention = &find_numbers(english)[0];
            assert_eq!(mention.also, None, "{english}");
        }
    }

    #[test]
    fn malay_bilion_is_a_thousand_million_and_also_a_million_million() {
        let mention = &find_numbers("bernilai 1.5 bilion ringgit")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "1500000000"
        );
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "1500000000000"
        );
        let mention = &find_numbers("RM2 trilion")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "2000000000000"
        );
    }

    #[test]
    fn laki_before_a_figure_is_also_the_figure_alone() {
        let mention = &find_numbers("watu laki 5 walihudhuria")[0];
        assert_eq!(mention.figure.as_ref().unwrap().value.to_string(), "500000");
        assert_eq!(mention.also.as_ref().unwrap().value.to_string(), "5");
        // The other Swahili words have one reading.
        let mention = &find_numbers("watu milioni 60")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "60000000"
        );
        assert_eq!(mention.also, None);
    }

    #[test]
    fn a_scale_word_of_another_language_joined_by_a_hyphen_scales_its_figure() {
        let text = "približne 565-tisíc, vyše 30-tis. ľudí, 2,5-milióna eur, 3-miliárd, \
                    5-Millionen-Euro-Projekt, 12-mln.";
        assert_eq!(
            read(text),
            pairs(&[
                ("565-tisíc", "565000"),
                ("30-tis.", "30000"),
                ("2,5-milióna", "2500000"),
                ("3-miliárd", "3000000000"),
                ("5-Millionen", "5000000"),
                ("12-mln.", "12000000"),
            ])
        );
        // A range, a word that only begins as a scale does, a percent word, the English mil
        // (a thousandth of an inch) and the scales that are other words too are no scale
        // after a hyphen.
        for text in [
            "5-10 tisíc",
            "5-tisícový",
            "3-miliónový",
            "5-procent",
            "6-mil plastic",
            "5-bin",
            "3-χιλ.",
            "2-bilion",
        ] {
            assert_eq!(found(text)[0], text.split('-').next().unwrap(), "{text}");
        }
    }

    #[test]
    fn english_news_scales_and_percentages_are_read() {
        let text = "a $4.5-million contract, a $1.2-billion plan, 4.5 bn dollars, 300 mn \
                    dollars, 12 pct, 3.5pct, three-million";
        assert_eq!(
            read(text),
            pairs(&[
                ("4.5-million", "4500000"),
                ("1.2-billion", "1200000000"),
                ("4.5 bn", "4500000000"),
                ("300 mn", "300000000"),
                ("12 pct", "12%"),
                ("3.5pct", "3.5%"),
                ("three-million", "3000000"),
            ])
        );
        // `pc` written onto a figure is a percentage, or pieces.
        let mention = &find_numbers("rose 12pc in May")[0];
        assert_eq!(mention.span, 5..9);
        assert!(mention.figure.as_ref().unwrap().is_percent);
        assert!(!mention.also.as_ref().unwrap().is_percent);
        assert!(!mention.is_part_of_a_word("rose 12pc in May"));
        // Capitals, other words and longer words are not these abbreviations.
        assert_eq!(
            read("Duluth 55802 MN, 5 tn of coal, 12 pc set, 3 mnemonics, 4 BN, 5-millionth, 7pcs"),
            pairs(&[
                ("55802", "55802"),
                ("5", "5"),
                ("12", "12"),
                ("3", "3"),
                ("4", "4"),
                ("5", "5"),
                ("7", "7"),
            ])
        );
    }

    #[test]
    fn euro_scale_abbreviations_are_read_with_the_sign() {
        let text = "12 M€, 1,2 Md€, 3 Mds€, 3 Mrd €, 2 Mio. €, 450 k€, 450 K€, 12M€, \
                    1,2\u{202f}Md€, 7\u{a0}M€, 12 M\u{a0}€";
        assert_eq!(
            found(text),
            [
                "12 M€",
                "1,2 Md€",
                "3 Mds€",
                "3 Mrd €",
                "2 Mio. €",
                "450 k€",
                "450 K€",
                "12M€",
                "1,2\u{202f}Md€",
                "7\u{a0}M€",
                "12 M\u{a0}€"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "12000000",
                "1200000000",
                "3000000000",
                "3000000000",
                "2000000",
                "450000",
                "450000",
                "12000000",
                "1200000000",
                "7000000",
                "12000000"
            ]
        );
        // A scale letter without the sign is no scale: `12 M` is 12, `12 Mds` too.
        assert_eq!(figure("12 M de plus, 12 Mds"), ["12", "12"]);
        // Before the name of the money, it is: `2 Mds d'euros`.
        assert_eq!(
            figure("2 Mds d'euros, 1,5 Md d’euros, 12 M de dollars, 3 Mrd. de francs"),
            ["2000000000", "1500000000", "12000000", "3000000000"]
        );
        assert_eq!(figure("12 M d'eurodéputés"), ["12"]);
    }

    #[test]
    fn dollar_scale_abbreviations_are_read_with_the_sign() {
        let text = "12 M$, 1,2 Md$, 3 Mds$, 2 Mrd. $, 450 k$, 12M$, 7\u{a0}M$";
        assert_eq!(
            found(text),
            [
                "12 M$",
                "1,2 Md$",
                "3 Mds$",
                "2 Mrd. $",
                "450 k$",
                "12M$",
                "7\u{a0}M$"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "12000000",
                "1200000000",
                "3000000000",
                "2000000000",
                "450000",
                "12000000",
                "7000000"
            ]
        );
        // A sign before the next figure is that figure's: `5 m` is five, then `$15`.
        assert_eq!(found("5 m $15"), ["5", "15"]);
    }

    #[test]
    fn giga_before_a_currency_sign_is_a_billion() {
        let text = "1,2 G$, 3 G€, 3G$, 7\u{a0}G$, 2 g€";
        assert_eq!(found(text), ["1,2 G$", "3 G€", "3G$", "7\u{a0}G$", "2 g€"]);
        assert_eq!(
            figure(text),
            [
                "1200000000",
                "3000000000",
                "3000000000",
                "7000000000",
                "2000000000"
            ]
        );
        // No sign right after it: grams, a network, a vitamin, a sign that is the next
        // figure's, and the money's name, which Quebec writes after a `G` no more than a
        // sign.
        assert_eq!(
            figure("5 G, 5G, 5 g de sucre, vitamine K, 5 G $15, 2 G de dollars"),
            ["5", "5", "5", "5", "15", "2"]
        );
        assert_eq!(found("vitamine K et 5 G"), ["5"]);
    }

    #[test]
    fn scale_and_percent_words_of_other_languages_belong_to_their_figure() {
        let text = "2,69 millones, 4,5 bilhões, 1,5 milyon, 13,1\u{a0}млн, 1 314,6 тыс., \
                    12 Millionen, 3 Mrd. Euro, 5 लाख, 1.5 lakh farmers, 2.5 लाख करोड़, \
                    1,2 mil millones, 8,5 por ciento, 8,5 процента, 40 per cent";
        assert_eq!(
            found(text),
            [
                "2,69 millones",
                "4,5 bilhões",
                "1,5 milyon",
                "13,1\u{a0}млн",
                "1 314,6 тыс.",
                "12 Millionen",
                "3 Mrd.",
                "5 लाख",
                "1.5 lakh",
                "2.5 लाख करोड़",
                "1,2 mil millones",
                "8,5 por ciento",
                "8,5 процента",
                "40 per cent"
            ]
        );
        assert_eq!(
            figure(text),
            [
                "2690000",
                "4500000000",
                "1500000",
                "13100000",
                "1314600",
                "12000000",
                "3000000000",
                "500000",
                "150000",
                "2500000000000",
                "1200000000",
                "8.5",
                "8.5",
                "40"
            ]
        );
        assert!(
            find_numbers("8,5 por ciento")[0]
                .figure
                .as_ref()
                .unwrap()
                .is_percent
        );
        // Polish news abbreviates percent, and inflects its scales after a decimal.
        let polish = "85 proc. kwoty, 2,5 tysiąca litrów, 1,2 biliona zł, 2 biliony zł";
        assert_eq!(
            found(polish),
            ["85 proc.", "2,5 tysiąca", "1,2 biliona", "2 biliony"]
        );
        assert_eq!(
            figure(polish),
            ["85", "2500", "1200000000000", "2000000000000"]
        );
        assert!(find_numbers(polish)[0].figure.as_ref().unwrap().is_percent);
        // The Slovak million million, in the forms a figure takes; a longer word that
        // begins as it does is none.
        let slovak = "1,5 bilióna eur, 1 bilión, 2 bilióny, 5 biliónov, 3 biliónový";
        assert_eq!(
            found(slovak),
            ["1,5 bilióna", "1 bilión", "2 bilióny", "5 biliónov", "3"]
        );
        assert_eq!(
            figure(slovak),
            [
                "1500000000000",
                "1000000000000",
                "2000000000000",
                "5000000000000",
                "3"
            ]
        );
        // A point before a scale word of another language may group thousands.
        let mention = &find_numbers("1.500 millones")[0];
        assert_eq!(
            mention.figure.as_ref().unwrap().value.to_string(),
            "1500000"
        );
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "1500000000"
        );
        // `bin` is English as well as Turkish: the figure is read with it and without it;
        // a word that only starts like a scale is none.
        assert_eq!(found("5 bin bags, 3 milestones"), ["5 bin", "3"]);
        let bags = &find_numbers("5 bin bags")[0];
        let read: Vec<String> = bags.figures().map(|q| q.value.to_string()).collect();
        assert_eq!(read, ["5000", "5"]);
    }

    #[test]
    fn the_scale_words_of_more_languages_and_their_abbreviations_are_read() {
        for (text, digits) in [
            ("2,5 Billionen Euro", "2500000000000"),
            ("1 billion d'euros", "1000000000000"),
            ("2 billions de dollars", "2000000000000"),
            ("2,3 billones de pesos", "2300000000000"),
            ("1,5 bilião", "1500000000000"),
            ("3 трлн рублей", "3000000000000"),
            ("3 trilyon lira", "3000000000000"),
            ("2 biljoen euro", "2000000000000"),
            ("30mila turisti", "30000"),
            ("3,5 Tsd. Euro", "3500"),
            ("2 miliony ludzi", "2000000"),
            ("5 tisíc lidí", "5000"),
            ("5 тисяч людей", "5000"),
            ("5 χιλιάδες άνθρωποι", "5000"),
            ("5 ezer ember", "5000"),
            ("YÜZDE 5", "5"),
            ("2,5 miliarda złotych", "2500000000"),
            ("1,5 miliona osób", "1500000"),
            ("2,5 milionu korun", "2500000"),
            ("25 nghìn tỷ đồng", "25000000000000"),
            ("3 tỷ đồng", "3000000000"),
            ("5 triệu người", "5000000"),
            ("12 nghìn người", "12000"),
            ("3 miljarder kronor", "3000000000"),
            ("3 miljardia euroa", "3000000000"),
            ("3 milliers de manifestants", "3000"),
            ("2.5パーセント", "2.5"),
            ("2.5퍼센트였다", "2.5"),
            ("a ₹15,000-crore outlay", "150000000000"),
            ("a Rs 2-lakh grant", "200000"),
            ("₹1,000 crore", "10000000000"),
            ("₹1,000 lakh crore", "1000000000000000"),
            ("₹1,000 Lakh Crore", "1000000000000000"),
            ("₹1,000 लाख करोड़", "1000000000000000"),
            ("₹1,000 लाख करो\u{95c}", "1000000000000000"),
            ("1,000 লাখ কোটি টাকা", "1000000000000000"),
            ("1,000 لاکھ کروڑ روپے", "1000000000000000"),
            ("1,5 Mia. Franken", "1500000000"),
            ("2,5 δισ. ευρώ", "2500000000"),
            ("1,2 τρισ. ευρώ", "1200000000000"),
            ("2 Mia. Fr. für die Bahn", "2000000000"),
            ("3 mia. kr. til veje", "3000000000"),
            ("2 mia. kroner", "2000000000"),
            ("3 mdr kronor", "3000000000"),
            ("3 mdr kr till vägar", "3000000000"),
            ("15 mdkr", "15000000000"),
            ("7 mnkr", "7000000"),
            ("7 Mkr i vinst", "7000000"),
            ("500 tkr", "500000"),
            ("450 t.kr. til kultur", "450000"),
            ("Regeringen satsar 120 MSEK på vägar", "120000000"),
            ("40 MNOK", "40000000"),
            ("500 KSEK.", "500000"),
            ("20 tis. Kč", "20000"),
            ("5 хиљ. динара", "5000"),
            ("300 hilj. dinara", "300000"),
            ("300 Hilj. dinara", "300000"),
            ("300 mil. Kč", "300000000"),
            ("300 mil. korun", "300000000"),
            ("300 mil. eur", "300000000"),
            ("300 mil. CZK", "300000000"),
            ("300 mil. Kč, uvedl", "300000000"),
            ("300 мил. динара", "300000000"),
            ("R$ 1,5 bi", "1500000000"),
            ("US$ 300 mi em dinheiro", "300000000"),
            ("R$2 tri", "2000000000000"),
            ("Rs 5 cr.", "50000000"),
            ("Rs. 12 Cr. this year", "120000000"),
            ("₹3 lacs", "300000"),
            ("INR 5 lac", "500000"),
        ] {
            let found = find_numbers(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let figure = found[0].figure.as_ref().unwrap();
            assert_eq!(figure.value.to_string(), digits, "{text}");
            assert_eq!(found[0].also, None, "{text}: one reading");
        }
        // English's billion is a thousand million, in English: `de` or `d'` before a noun
        // after it are French.
        for english in [
            "1 billion euros",
            "$5 billion de facto",
            "$2 billion d'Amato said",
        ] {
            assert_eq!(
                figure(english)[0],
                english[..english.find(' ').unwrap()]
                    .trim_start_matches('$')
                    .to_string()
                    + "000000000",
                "{english}"
            );
        }
        // Abbreviations that are also words or codes after a figure are not read as scales.
        for text in [
            "500 MDR-TB cases",
            "500 mdr patients",
            "500 MKR tokens",
            "5 mkrs",
            "6 mdr.",
            "300 CR-V units",
            "3 cr. hours",
            "47 Lac-Mégantic residents",
            "a levy of 2 mill.",
            "300 hilj dinara",
            "300 hiljx",
            "5 MAUD",
            "300 MCAD seats",
            "120 Msek",
            "120 MSEKX",
            "12 Mia. Hamm",
            "5 Mia. ",
            "he ran 5 mi today",
            "4 cr this term",
            "les 3 lacs du Jura",
            "2 bi-weekly issues",
            "R 5 cr",
            "Mrs 5 cr",
            "$5 milk",
            "$5 bi-weekly dues",
            "$300 Mi phones",
            "the $200 Lac-Mégantic fund",
        ] {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(figure(text), [digits], "{text}");
        }
        // Nor before a name's number: `the $300 Mi 11`.
        assert_eq!(figure("the $300 mi 11 Lite"), ["300", "11"]);
    }

    #[test]
    fn scale_and_percent_words_of_arabic_persian_hebrew_indic_and_thai_are_read() {
        let text = "بلغ ١٠٤٫٥ مليون نسمة، ٥٠ ألف شخص، ٤٥ في المائة، ۸۵ میلیون نفر، ۲۵ درصد، \
                    9.5 מיליון תושבים, 5.3 אחוז, ১২ কোটি জন, ৩ লাখ, 70 ล้านคน, 3พันล้าน, \
                    45 เปอร์เซ็นต์, 12 प्रतिशत";
        assert_eq!(
            read(text),
            pairs(&[
                ("١٠٤٫٥ مليون", "104500000"),
                ("٥٠ ألف", "50000"),
                ("٤٥ في المائة", "45%"),
                ("۸۵ میلیون", "85000000"),
                ("۲۵ درصد", "25%"),
                ("9.5 מיליון", "9500000"),
                ("5.3 אחוז", "5.3%"),
                ("১২ কোটি", "120000000"),
                ("৩ লাখ", "300000"),
                ("70 ล้าน", "70000000"),
                ("3พันล้าน", "3000000000"),
                ("45 เปอร์เซ็นต์", "45%"),
                ("12 प्रतिशत", "12%"),
            ])
        );
        // A word that only begins like one, in a script that spaces its words, is not it.
        assert_eq!(read("5 مليونير"), pairs(&[("5", "5")]));
        // The lakh and crore of India's other scripts.
        let text = "2 லட்சம் பொட்டலங்கள், 1,487 கோடி ரூபாய், 3 లక్షలు, 4 కోట్ల, 5 ಲಕ್ಷ, 6 ലക്ഷം, \
                    7 കോടി, 8 લાખ, 9 ਕਰੋੜ, 12 சதவீதம்";
        assert_eq!(
            read(text),
            pairs(&[
                ("2 லட்சம்", "200000"),
                ("1,487 கோடி", "14870000000"),
                ("3 లక్షలు", "300000"),
                ("4 కోట్ల", "40000000"),
                ("5 ಲಕ್ಷ", "500000"),
                ("6 ലക്ഷം", "600000"),
                ("7 കോടി", "70000000"),
                ("8 લાખ", "800000"),
                ("9 ਕਰੋੜ", "90000000"),
                ("12 சதவீதம்", "12%"),
            ])
        );
    }

    #[test]
    fn scale_and_percent_words_of_urdu_gujarati_punjabi_and_odia_are_read() {
        let text = "۲۵ ہزار افراد، ۲ ارب روپے، ۴۰ فیصد، ۱۲ فی صد، ₹૫,૪૩૮ કરોડનું પેકેજ, ૮૨ ટકા,                     ૧૦ ટકાનો વધારો, ੩੫ ਫ਼ੀਸਦੀ, ੧੦ ਪ੍ਰਤੀਸ਼ਤ, ୧୨ ପ୍ରତିଶତ, 3 లక్షలకు";
        assert_eq!(
            read(text),
            pairs(&[
                ("۲۵ ہزار", "25000"),
                ("۲ ارب", "2000000000"),
                ("۴۰ فیصد", "40%"),
                ("۱۲ فی صد", "12%"),
                ("૫,૪૩૮ કરોડ", "54380000000"),
                ("૮૨ ટકા", "82%"),
                ("૧૦ ટકા", "10%"),
                ("੩੫ ਫ\u{a3c}ੀਸਦੀ", "35%"),
                ("੧੦ ਪ੍ਰਤੀਸ\u{a3c}ਤ", "10%"),
                ("୧୨ ପ୍ରତିଶତ", "12%"),
                ("3 లక్షల", "300000"),
            ])
        );
        // The Urdu `ارب` is the thousand million alone (Urdu writes Arab `عرب`): `2 ارب`
        // states no 2.
        let billion = find_numbers("۲ ارب روپے");
        assert!(billion[0].also.is_none());
    }

    #[test]
    fn a_word_that_only_begins_like_a_scale_word_is_none_though_endings_may_follow_one() {
        // Targets (`లక్ష్యాలు`, `ಲಕ್ಷ್ಯ`, `ଲକ୍ଷ୍ୟ`, `ලක්ෂ්‍යය`), an auction (`వేలం`), lasting
        // (`ટકાઉ`), a place (`கோடியக்கரை`), a housing scheme (`ലക്ഷംവീട്`).
        for text in [
            "5 లక్ష్యాలను",
            "5 ಲಕ್ಷ್ಯಗಳನ್ನು",
            "5 ଲକ୍ଷ୍ୟ",
            "5 ලක්ෂ්\u{200d}යයක්",
            "5 వేలం",
            "5 ટકાઉ",
            "5 கோடியக்கரை",
            "5 ലക്ഷംവീട്",
            "5 ലക്ഷ്യം",
            "5 ಲಕ್ಷಣಗಳು",
            "5 ಕೋಟಿಗಟ್ಟಲೆ",
            "5 हज़ारों",
            "5 लाखों",
        ] {
            assert_eq!(read(text), pairs(&[("5", "5")]), "{text}");
        }
        // Where the endings are: of a crore, to lakhs, in crores (Tamil), a million.
        for (text, scaled) in [
            ("5 કરોડનું", "5 કરોડ"),
            ("5 లక్షలకు", "5 లక్షల"),
            ("5 கோடியில்", "5 கோடி"),
            ("5 මිලියනයක්", "5 මිලියන"),
            // Kannada: to a crore, to a lakh too, of a thousand.
            ("5 ಕೋಟಿಗೆ", "5 ಕೋಟಿ"),
            ("5 ಲಕ್ಷಕ್ಕೂ ಹೆಚ್ಚು", "5 ಲಕ್ಷ"),
            ("5 ಸಾವಿರದ", "5 ಸಾವಿರ"),
            // Malayalam, onto a word that ends in a vowel and onto the stem of one that ends
            // in the anusvara: became 5 crore, about 5 lakh, became 5 percent.
            ("5 കോടിയായി", "5 കോടി"),
            ("5 ലക്ഷത്തോളം", "5 ലക്ഷ"),
            ("5 ശതമാനമായി", "5 ശതമാന"),
            // Marathi, onto the form before a postposition: than 5 thousand, of 5 crore, by
            // 5 percent.
            ("5 हजारांहून", "5 हजारां"),
            ("5 कोटींचा", "5 कोटीं"),
            ("5 टक्क्यांनी", "5 टक्क्यां"),
        ] {
            assert_eq!(read(text)[0].0, scaled, "{text}");
        }
        let read_as = |text: &str| read(text)[0].1.clone();
        assert_eq!(read_as("3,400 കോടിയായി"), "34000000000");
        assert_eq!(read_as("2.4 ലക്ഷത്തോളം"), "240000");
        assert_eq!(read_as("78.5 ശതമാനമായി"), "78.5%");
        assert_eq!(read_as("25 हजारांहून"), "25000");
        // A Burmese name that ends in a scale word before a figure (U Than, U Thein) is none.
        assert_eq!(read("ဦးသန်း ၁၂ မဲ"), pairs(&[("၁၂", "12")]));
        assert_eq!(read("ဦးသိန်း ၄၅၀ မဲ"), pairs(&[("၄၅၀", "450")]));
    }

    #[test]
    fn a_figure_with_a_case_ending_written_onto_it_is_read_in_the_scripts_that_write_them() {
        for (text, figure) in [
            ("૧,૦૦૦થી વધુ લોકો", "૧,૦૦૦"),
            ("2024માં પૂર", "2024"),
            ("੫੦੦ਤੋਂ ਵੱਧ", "੫੦੦"),
            ("୧୨ଟି ଜିଲ୍ଲା", "୧୨"),
            ("14කි", "14"),
            ("2024లో", "2024"),
        ] {
            assert_eq!(
                read(text).first().map(|(written, _)| *written),
                Some(figure),
                "{text}"
            );
        }
    }

    #[test]
    fn scale_and_percent_words_of_finnish_hungarian_romanian_georgian_amharic_and_nepali_are_read()
    {
        let text = "12,5 prosenttia, 3 prosentin, 12,5 százalékkal, 38 százaléka, 1,2 milioane de \
                    lei, 3 miliarde, 5 mii de oameni, 12,5 la sută, 20 de milioane, 300 de mii, 25 \
                    de procente, 1,2 მილიონი ლარი, 3 მილიონ \
                    ლარს, 5 ათასი, 12,5 პროცენტით, 1.2 ሚሊዮን ብር, 5 ሺህ, 12.5 በመቶ, ४ अर्ब, 2 अरब";
        assert_eq!(
            read(text),
            pairs(&[
                ("12,5 prosenttia", "12.5%"),
                ("3 prosentin", "3%"),
                ("12,5 százalékkal", "12.5%"),
                ("38 százaléka", "38%"),
                ("1,2 milioane", "1200000"),
                ("3 miliarde", "3000000000"),
                ("5 mii", "5000"),
                ("12,5 la sută", "12.5%"),
                ("20 de milioane", "20000000"),
                ("300 de mii", "300000"),
                ("25 de procente", "25%"),
                ("1,2 მილიონი", "1200000"),
                ("3 მილიონ", "3000000"),
                ("5 ათასი", "5000"),
                ("12,5 პროცენტით", "12.5%"),
                ("1.2 ሚሊዮን", "1200000"),
                ("5 ሺህ", "5000"),
                ("12.5 በመቶ", "12.5%"),
                ("४ अर्ब", "4000000000"),
                ("2 अरब", "2000000000"),
            ])
        );
        // A word that only begins like one is not it; the Hindi `अरब` is also "Arab".
        assert_eq!(read("5 miile"), pairs(&[("5", "5")]));
        let arab = find_numbers("22 अरब देशों ने भाग लिया");
        let read_as = |figure: Option<&Quantity>| figure.map(|figure| figure.value.to_string());
        assert_eq!(
            read_as(arab[0].figure.as_ref()).as_deref(),
            Some("22000000000")
        );
        assert_eq!(read_as(arab[0].also.as_ref()).as_deref(), Some("22"));
    }

    #[test]
    fn scale_and_percent_words_of_armenian_swahili_and_tagalog_are_read() {
        let text = "2,5 միլիարդ դրամ, 900 միլիոնը՝ Տավուշին, 1,2 միլիարդից, 5 հազար, 900 մլն, \
                    2,5 մլրդ, 3,2 տոկոսը, 12 տոկոսով, KSh 4 bilioni, Sh1 bilioni, KSh 3.9 \
                    trilioni, TSh 500 elfu, USh5 bilioni, ₱1.35 bilyon, ₱5 bilyong pondo, ₱700 milyon, 3 \
                    milyong katao, 5 libo, 3 libong katao, 35 porsiyento, 5 porsyento, 12 \
                    bahagdan";
        assert_eq!(
            read(text),
            pairs(&[
                ("2,5 միլիարդ", "2500000000"),
                ("900 միլիոնը", "900000000"),
                ("1,2 միլիարդից", "1200000000"),
                ("5 հազար", "5000"),
                ("900 մլն", "900000000"),
                ("2,5 մլրդ", "2500000000"),
                ("3,2 տոկոսը", "3.2%"),
                ("12 տոկոսով", "12%"),
                ("4 bilioni", "4000000000"),
                ("1 bilioni", "1000000000"),
                ("3.9 trilioni", "3900000000000"),
                ("500 elfu", "500000"),
                ("5 bilioni", "5000000000"),
                ("1.35 bilyon", "1350000000"),
                ("5 bilyong", "5000000000"),
                ("700 milyon", "700000000"),
                ("3 milyong", "3000000"),
                ("5 libo", "5000"),
                ("3 libong", "3000"),
                ("35 porsiyento", "35%"),
                ("5 porsyento", "5%"),
                ("12 bahagdan", "12%"),
            ])
        );
        // Swahili writes them before the figure as well; a word that only begins like one
        // is none.
        assert_eq!(
            read("shilingi bilioni 10, watu elfu 3, 5 libro, 5 միլիոնատեր"),
            pairs(&[
                ("bilioni 10", "10000000000"),
                ("elfu 3", "3000"),
                ("5", "5"),
                ("5", "5"),
            ])
        );
    }

    #[test]
    fn scale_and_percent_words_of_burmese_khmer_and_sinhala_are_read() {
        // After the figure, apart or written onto it and onto the word after it.
        let text = "ကျပ် ၂.၅ ဘီလီယံ၊ ၅ ထောင်ကျော်၊ ၃ သောင်း၊ ၁၂ သိန်း၊ ဒေါ်လာ ၅ သန်း၊ ၈ ရာခိုင်နှုန်း၊ \
                    ၂၀ ရာခိုင်နှုန်းသာ၊ ២០០ លានរៀល, 12 លានដុល្លារ, ១,៥ លានដុល្លារ, ៥ ពាន់នាក់, ៣ ម៉ឺន, \
                    ២ សែន, ១០ ពាន់លានរៀល, ៣ ប៊ីលាន, ៩ ភាគរយ, ៩ភាគរយ, 5 ලක්ෂ, 2 කෝටි, 500 මිලියන";
        assert_eq!(
            read(text),
            pairs(&[
                ("၂.၅ ဘီလီယံ", "2500000000"),
                ("၅ ထောင်", "5000"),
                ("၃ သောင်း", "30000"),
                ("၁၂ သိန်း", "1200000"),
                ("၅ သန်း", "5000000"),
                ("၈ ရာခိုင်နှုန်း", "8%"),
                ("၂၀ ရာခိုင်နှုန်း", "20%"),
                ("២០០ លាន", "200000000"),
                ("12 លាន", "12000000"),
                ("១,៥ លាន", "1500000"),
                ("៥ ពាន់", "5000"),
                ("៣ ម៉ឺន", "30000"),
                ("២ សែន", "200000"),
                ("១០ ពាន់លាន", "10000000000"),
                ("៣ ប៊ីលាន", "3000000000"),
                ("៩ ភាគរយ", "9%"),
                ("៩ភាគរយ", "9%"),
                ("5 ලක්ෂ", "500000"),
                ("2 කෝටි", "20000000"),
                ("500 මිලියන", "500000000"),
            ])
        );
        // Before the figure: the Burmese lakh and million, onto the money's name or apart;
        // the Sinhala scale words and percent.
        let text = "ကျပ်သိန်း ၅၀၀၊ ဒေါ်လာ သန်း ၂၀၊ රුපියල් මිලියන 500, රු. බිලියන 3.2, ලක්ෂ 5, \
                    සියයට 12";
        assert_eq!(
            read(text),
            pairs(&[
                ("သိန်း ၅၀၀", "50000000"),
                ("သန်း ၂၀", "20000000"),
                ("මිලියන 500", "500000000"),
                ("බිලියන 3.2", "3200000000"),
                ("ලක්ෂ 5", "500000"),
                ("සියයට 12", "12%"),
            ])
        );
        // Not a scale: the Burmese thousand before a figure (prison, `ထောင် ၅ နှစ်`), a word
        // that begins with the million (`သန်းခေါင်`, midnight; the census). The Sinhala
        // million with the ending of "a" written onto it (`මිලියනයක්`) is the million.
        assert_eq!(
            read("ထောင် ၅ နှစ်၊ ၂၀၁၄ သန်းခေါင်စာရင်း၊ 5 මිලියනයක්"),
            pairs(&[("၅", "5"), ("၂၀၁၄", "2014"), ("5 මිලියන", "5000000")])
        );
    }

    #[test]
    fn kannada_percent_is_read_before_the_figure_and_after_it() {
        let text = "ಶೇ 62ರಷ್ಟು, ಶೇ.18, ಶೇಕಡ 58ರಷ್ಟು, ಶೇಕಡಾ 12, 14 ಶೇಕಡಾ, 16 ಪ್ರತಿಶತ";
        assert_eq!(
            read(text),
            pairs(&[
                ("ಶೇ 62", "62%"),
                ("ಶೇ.18", "18%"),
                ("ಶೇಕಡ 58", "58%"),
                ("ಶೇಕಡಾ 12", "12%"),
                ("14 ಶೇಕಡಾ", "14%"),
                ("16 ಪ್ರತಿಶತ", "16%"),
            ])
        );
    }

    #[test]
    fn a_scale_or_percent_word_written_before_the_figure_is_read() {
        let text = "ร้อยละ 45 ของประชากร, คิดเป็นร้อยละ12, Asilimia 12 ya watu, watu milioni 60, \
                    shilingi bilioni 2.5, laki 5";
        assert_eq!(
            read(text),
            pairs(&[
                ("ร้อยละ 45", "45%"),
                ("ร้อยละ12", "12%"),
                ("Asilimia 12", "12%"),
                ("milioni 60", "60000000"),
                ("bilioni 2.5", "2500000000"),
                ("laki 5", "500000"),
            ])
        );
        // After another figure the word is that figure's; inside a longer word it is none;
        // without a space it is part of a word.
        assert_eq!(
            read("2 milioni 300 mila, kimilioni 5, milioni5, asilimia-12"),
            pairs(&[
                // One figure in two scales (`compound_scale`), not 300 million.
                ("2 milioni 300 mila", "2300000"),
                ("5", "5"),
                ("5", "5"),
                ("12", "12"),
            ])
        );
    }

    #[test]
    fn mil_after_a_figure_is_a_thousand_and_bin_is_one_or_an_english_word() {
        for (text, read) in [
            ("casi 95 mil casos", &["95000"][..]),
            ("más de 300 mil turistas", &["300000"]),
            ("5 bin kişi", &["5000", "5"]),
        ] {
            let mentions = find_numbers(text);
            let found: Vec<String> = mentions[0].figures().map(|q| q.value.to_string()).collect();
            assert_eq!(found, read, "{text}");
        }
        // `mil millones` is one scale, read before `mil`; a word that goes on is none.
        assert_eq!(figure("3 mil millones, 4 miles"), ["3000000000", "4"]);
        assert_eq!(figure("2,5 mil milhões de euros"), ["2500000000"]);
        // And the Galician, whose million alone is `millóns`.
        assert_eq!(figure("3 mil millóns de euros"), ["3000000000"]);
        assert_eq!(figure("1,5 millóns de euros"), ["1500000"]);
        assert_eq!(figure("2 mil 500 millóns"), ["2500000000"]);
        // A half of the scale after a whole figure; not after one with decimals.
        assert_eq!(figure("3 milhões e meio de pessoas"), ["3500000"]);
        assert_eq!(figure("2 millions et demi d'habitants"), ["2500000"]);
        assert_eq!(figure("3 millones y medio ambiente"), ["3000000"]);
    }

    #[test]
    fn a_turkish_scale_word_with_a_case_ending_scales_its_figure() {
        for (text, written, digits) in [
            ("personel sayısı 218 bini aştı", "218 bini", "218000"),
            ("can kaybı 20 bini geçti", "20 bini", "20000"),
            ("60 binden fazla personel", "60 binden", "60000"),
            ("45 bine yakın kişi", "45 bine", "45000"),
            ("5 binde kaldı", "5 binde", "5000"),
            ("10 binin üzerinde", "10 binin", "10000"),
            ("10 binle rekor", "10 binle", "10000"),
            ("10 binlik kalabalık", "10 binlik", "10000"),
            ("218 bin'i aştı", "218 bin'i", "218000"),
            ("3 milyonu aştı", "3 milyonu", "3000000"),
            ("3 milyondan fazla", "3 milyondan", "3000000"),
            ("3 milyon'dan fazla", "3 milyon'dan", "3000000"),
            ("3 milyon’dan fazla", "3 milyon’dan", "3000000"),
            ("3 milyona yakın", "3 milyona", "3000000"),
            ("3 milyonun üzerinde", "3 milyonun", "3000000"),
            ("50 milyonluk nüfus", "50 milyonluk", "50000000"),
            ("2 milyarı aştı", "2 milyarı", "2000000000"),
            ("2 milyardan fazla", "2 milyardan", "2000000000"),
            ("2 milyarlık bütçe", "2 milyarlık", "2000000000"),
            ("1 trilyonu aştı", "1 trilyonu", "1000000000000"),
            ("218 BİNİ AŞTI", "218 BİNİ", "218000"),
            ("2 MİLYARI AŞTI", "2 MİLYARI", "2000000000"),
        ] {
            assert_eq!(found(text), [written], "{text}");
            // The ending says the word is Turkish's: no English `bin` to read it without.
            assert_eq!(figure(text), [digits], "{text}");
            let read: Vec<String> = find_numbers(text)[0]
                .figures()
                .map(|q| q.value.to_string())
                .collect();
            assert_eq!(read, [digits], "{text}");
        }
        // The verb `binmek` ("to ride"), the plural `binlerce` ("thousands of"), endings of
        // another harmony or none of a case: the figure stands alone.
        for (text, digits) in [
            ("5 bindi", "5"),
            ("5 binen yolcu", "5"),
            ("5 binerek gitti", "5"),
            ("5 binmiş", "5"),
            ("5 binlerce", "5"),
            ("3 milyonlarca", "3"),
            ("3 milyonı", "3"),
            ("2 milyarü", "2"),
            ("5 binim", "5"),
        ] {
            assert_eq!(figure(text), [digits], "{text}");
        }
    }

    #[test]
    fn a_unit_symbol_written_onto_a_figure_leaves_it_a_figure() {
        let text = "built 1,000km of roads, 20kg bags, 30m², 5kWh and 12.5km2";
        assert_eq!(found(text), ["1,000", "20", "30", "5", "12.5"]);
        assert!(
            find_numbers(text)
                .iter()
                .all(|m| !m.is_part_of_a_word(text))
        );
        // A symbol is matched whole and case-sensitively: `5G` is a network, `3kmx` a code.
        for code in ["5G", "3kmx", "20kgs", "4Km"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
    }

    #[test]
    fn a_unit_symbol_with_korean_particles_written_onto_it_leaves_a_figure() {
        let text = "농경지 12ha와 8ha가 잠겼고 주민들은 20km를 걸어 30m²의 대피소와 5kWh에서";
        assert_eq!(found(text), ["12", "8", "20", "30", "5"]);
        assert!(
            find_numbers(text)
                .iter()
                .all(|m| !m.is_part_of_a_word(text))
        );
        // A Hangul word that goes on past particles makes a code of it.
        for code in ["12ha대피", "20km요금", "5G망"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
    }

    #[test]
    fn a_scale_abbreviation_written_onto_a_figure_scales_it() {
        assert_eq!(
            found("£3m, $4.5bn, 50k, US$2B, €40K, 1.2tn, 7mn"),
            ["3m", "4.5bn", "50k", "2B", "40K", "1.2tn", "7mn"]
        );
        assert_eq!(
            figure("£3m, $4.5bn, 50k, US$2B, €40K, 1.2tn, 7mn"),
            [
                "3000000",
                "4500000000",
                "50000",
                "2000000000",
                "40000",
                "1200000000000",
                "7000000"
            ]
        );
        // Without a currency sign `m` may be metres: both figures are read.
        let mention = &find_numbers("a 100m sprint")[0];
        assert_eq!(mention.figure.as_ref().unwrap().value.to_string(), "100");
        assert_eq!(
            mention.also.as_ref().unwrap().value.to_string(),
            "100000000"
        );
        // American finance writes a million `MM`, after a currency sign only.
        assert_eq!(figure("$3.5MM in fees"), ["3500000"]);
        assert!(find_numbers("3MM")[0].is_part_of_a_word("3MM"));
        // A range's currency sign, written once before its first figure, is the second's
        // too (`£2-3m`: up to 3 million), not for a range with spaces or none before it.
        assert_eq!(
            figure("£2-3m, $2–3M"),
            ["2000000", "3000000", "2000000", "3000000"]
        );
        let mention = &find_numbers("2-3m deep")[1];
        assert!(mention.also.is_some(), "3m with no currency may be metres");
        // Without a currency sign `M` and `B` make names (`3M`, `Room 2B`).
        for code in ["3M", "2B"] {
            assert!(find_numbers(code)[0].is_part_of_a_word(code), "{code}");
        }
        // `K` is a thousand everywhere, as `k` is.
        assert_eq!(
            figure("3K followers, 2.5K views, a 10K run"),
            ["3000", "2500", "10000"]
        );
        // The wire services' abbreviations, after a space or written onto the figure.
        assert_eq!(
            figure("$3.5 bln, 1.2trln yen, 5 mln barrels"),
            ["3500000000", "1200000000000", "5000000"]
        );
        // A point before an abbreviated scale is decimal, never a German thousands point.
        assert!(find_numbers("£1.035bn")[0].also.is_none());
    }

    #[test]
    fn hundreds_after_digits_scale_them() {
        assert_eq!(
            read("Some 3 hundred came, 3 hundred thousand live here, 5 hundreds of them"),
            pairs(&[
                ("3 hundred", "300"),
                ("3 hundred thousand", "300000"),
                ("5", "5")
            ])
        );
    }
}
