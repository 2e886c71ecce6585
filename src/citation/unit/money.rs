//! Money: the currencies a unit names, in English and in other languages, and the signs,
//! codes and coins written by a figure.

use super::lowercased_by_char;
use super::measures::same_unit_names;
use crate::hashing::HashMap;
use crate::quantity::{COMMON_MONEY, CURRENCY_SIGNS, MONEY_IN_OTHER_LANGUAGES};
use std::borrow::Cow;
use std::ops::Range;

/// The first names of [`COMMON_MONEY`]'s coins: after a currency's name, one is the figure's
/// unit ("5 euro cents" are cents).
pub(super) const COINS: [&str; 8] = [
    "cent", "penny", "centavo", "céntimo", "centime", "kopeck", "paisa", "grosz",
];

/// Names of currencies that are also syllables of other words and names, in a language
/// whose plural is its singular (`đồng`: `đồng bằng`, a plain; `cộng đồng`, a community;
/// `Đồng Tháp`), or English words, singular or plural (`kip`, a nap; `dram`, a measure of
/// whisky): one names a figure's unit only right after the figure or its scale ("300 triệu
/// đồng", "5 billion kip"), not a few words on ("4 huyện miền núi Đồng Xuân", "3 hours
/// and a kip").
pub(super) const ALSO_OTHER_WORDS: &[&str] = &["đồng", "kip", "kips", "dram", "drams"];

/// The names of the currency whose group's first name is `first` in other languages
/// ([`MONEY_IN_OTHER_LANGUAGES`]).
pub(super) fn money_in_other_languages(first: &str) -> &'static [&'static str] {
    MONEY_IN_OTHER_LANGUAGES
        .iter()
        .find(|(name, _)| *name == first)
        .map_or(&[], |(_, names)| names)
}

/// The currencies' names looked up by key instead of by a scan of both tables, which every
/// figure of every quote asked of its claim's unit: [`COMMON_MONEY`]'s names lowercased in
/// ASCII (they are compared ignoring ASCII case), and [`MONEY_IN_OTHER_LANGUAGES`]'s
/// lowercased by character, each with the group of [`COMMON_MONEY`] it names (the first
/// table row that lists the name, as a scan finds it).
struct MoneyNames {
    common: crate::hashing::HashSet<String>,
    other_languages: HashMap<String, Option<&'static [&'static str]>>,
}

static MONEY_NAMES: std::sync::LazyLock<MoneyNames> = std::sync::LazyLock::new(|| {
    let common = COMMON_MONEY
        .iter()
        .flat_map(|names| names.iter())
        .map(|name| name.to_ascii_lowercase())
        .collect();
    let mut other_languages = HashMap::default();
    for (first, names) in MONEY_IN_OTHER_LANGUAGES {
        let group = COMMON_MONEY
            .iter()
            .find(|group| group[0] == *first)
            .copied();
        for name in *names {
            other_languages
                .entry(lowercased_by_char(name).into_owned())
                .or_insert(group);
        }
    }
    MoneyNames {
        common,
        other_languages,
    }
});

/// The group of [`COMMON_MONEY`] that `name`, a currency's name in another language
/// ([`MONEY_IN_OTHER_LANGUAGES`]), is of.
pub(super) fn money_named_in_another_language(name: &str) -> Option<&'static [&'static str]> {
    MONEY_NAMES
        .other_languages
        .get(&*lowercased_by_char(name))
        .copied()
        .flatten()
}

/// The currency a rate of money is in and what it is per (`euro` and `barrel` of `euro per
/// barrel`, `EUR/bbl`, `euros per barrel`, `EURO PER BARREL`).
pub(super) fn money_of_rate(unit: &str) -> Option<(&str, &str)> {
    // ASCII lowercase keeps every byte where it was, so the offset is the unit's own.
    let (counted, per) = match unit.to_ascii_lowercase().find(" per ") {
        Some(at) => (&unit[..at], &unit[at + " per ".len()..]),
        None => unit.split_once('/')?,
    };
    let counted = counted.trim();
    let singular = counted.strip_suffix('s').unwrap_or(counted);
    [counted, singular]
        .into_iter()
        .find(|name| is_money(name))
        .map(|money| (money, per.trim()))
}

/// The currency `unit` names: itself, or the one it names with its country (`rupee` of
/// `Indian rupee`, `dinar` of `Jordanian dinar`), whose signs and codes it is judged by. A
/// claim's `unit: real` is the Brazilian real, which a quote's `real` is not ("5 real
/// problems").
pub(super) fn money_named(unit: &str) -> Option<&str> {
    if unit.eq_ignore_ascii_case("real") {
        return Some("Brazilian real");
    }
    if is_money(unit) {
        return Some(unit);
    }
    // A rate (`yen per dollar`) is in no currency its last word names.
    if unit.contains('/') || unit.to_ascii_lowercase().contains(" per ") {
        return None;
    }
    let (_, last) = unit.rsplit_once(' ')?;
    is_money(last).then_some(last)
}

/// Whether `unit` is a currency ([`COMMON_MONEY`]).
pub(super) fn is_money(unit: &str) -> bool {
    let ascii_lowercase = match unit.bytes().any(|b| b.is_ascii_uppercase()) {
        true => Cow::Owned(unit.to_ascii_lowercase()),
        false => Cow::Borrowed(unit),
    };
    MONEY_NAMES.common.contains(&*ascii_lowercase)
        || money_named_in_another_language(unit).is_some()
}

/// The last letters of the [`CURRENCY_SIGNS`] that end in one that is no capital (`Rs`,
/// `Rp`, `KSh`, `Tk`, `zł`, `руб`, `грн`, `лв`, `Kč`, `Ft`, `kr`, the vowel sign of the
/// Kannada `ರೂ`).
pub(super) const LOWERCASE_SIGN_ENDINGS: [char; 12] = [
    's', 'p', 'h', 'k', 'ł', 'б', 'н', 'в', 'č', 't', 'r', '\u{0CC2}',
];

/// The currency sign or code just before the figure at `figure_start` (joined to it or
/// after one space), as its range in `quote` and the currencies it writes. A sign is not
/// part of a word before it (`HK$` is not `$`).
pub fn currency_sign_before(
    quote: &str,
    figure_start: usize,
) -> Option<(Range<usize>, &'static [&'static str])> {
    let before = &quote[..figure_start];
    let before = before
        .strip_suffix([' ', '\u{a0}', '\u{202f}', '\u{2009}'])
        .unwrap_or(before);
    // Most signs end in a symbol and every code in a capital, while most figures follow a
    // word in lowercase or a digit: after one, only the few signs that end in its last
    // letter (`Rs`, `zł`) are compared.
    let last = before.chars().next_back()?;
    let after_lowercase = last.is_alphanumeric() && !last.is_ascii_uppercase();
    if after_lowercase && !LOWERCASE_SIGN_ENDINGS.contains(&last) {
        return None;
    }
    let ends_with = |sign: &str| {
        let start = before.len().checked_sub(sign.len())?;
        // After a character of a script written without spaces a sign starts its own
        // word: `撥款HK$1200萬`.
        let joined = before.ends_with(sign)
            && !before[..start].chars().next_back().is_some_and(|c| {
                c.is_alphanumeric()
                    && !crate::normalize::is_unspaced_script(c)
                    && !crate::citation::numbers::is_hangul(c)
            });
        joined.then_some(start..figure_start)
    };
    CURRENCY_SIGNS
        .iter()
        .filter(|(sign, _)| !after_lowercase || sign.ends_with(last))
        .find_map(|&(sign, currencies)| Some((ends_with(sign)?, currencies)))
        .or_else(|| {
            // A code ends in a capital.
            if after_lowercase {
                return None;
            }
            COMMON_MONEY.iter().find_map(|&names| {
                let at = names
                    .iter()
                    .filter(|name| currency_code(name))
                    .find_map(|name| ends_with(name))?;
                Some((at, &names[..1]))
            })
        })
}

/// Currencies written as one capital onto their figure, as the news of the countries that
/// use them writes them: the South African rand (`R45 000`, `R1,5 miljard`, `R2.3 billion`),
/// the Nigerian naira where the sign `₦` is not typed (`N5,000`), the Philippine peso where
/// `₱` is not (`P1.5 billion`).
const ONE_LETTER_CURRENCIES: [(char, &[&str]); 3] =
    [('R', &["rand"]), ('N', &["naira"]), ('P', &["peso"])];

/// The currency written as one capital onto the figure `figure` of `quote`
/// ([`ONE_LETTER_CURRENCIES`]), as its range and the currencies it writes. One letter onto a
/// figure is as often a road or a code (`the R300`, `N95 masks`, `P2 pupils`), so it writes
/// money only before a figure written with a separator or a scale (`R45 000`, `R1,5`, `R300
/// miljoen`, `N5bn`), which no road nor code is; and starting a word (`ZAR300` is none).
pub(super) fn one_letter_currency_before(
    quote: &str,
    figure: Range<usize>,
) -> Option<(Range<usize>, &'static [&'static str])> {
    let before = &quote[..figure.start];
    let letter = before.chars().next_back()?;
    let (_, currencies) = ONE_LETTER_CURRENCIES
        .iter()
        .find(|(currency, _)| *currency == letter)?;
    let start = figure.start - letter.len_utf8();
    let starts_word = !before[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let written_as_money = quote[figure.clone()]
        .trim_end()
        .contains(|c: char| !c.is_ascii_digit());
    (starts_word && written_as_money).then_some((start..figure.start, *currencies))
}

/// The currency sign written after the figure at `figure` of `quote`, as French and German
/// write it: read with the figure (`12 M€`, `1,2 Md€`, `12 M$`, see
/// `numbers::sign_scale_end`; and the kronor written onto their scale, `15 mdkr`, `450
/// t.kr.`) or
/// after it, joined or after one space (`12 €`, `3 Mrd. €`), and not before another figure
/// (`12, € 15 milioni` is the 15's): its range in `quote` and the currencies it writes.
pub(super) fn currency_sign_after(
    quote: &str,
    figure: Range<usize>,
) -> Option<(Range<usize>, &'static [&'static str])> {
    let written = &quote[figure.clone()];
    // A scale and its currency written in one word (`15 mdkr`, `7 Mkr`, `450 t.kr.`), read
    // with the figure.
    let word = written.len()
        - written
            .chars()
            .rev()
            .take_while(|&c| c.is_ascii_alphabetic() || c == '.')
            .count();
    if let Some((_, currencies)) = crate::quantity::scaled_currency(&written[word..]) {
        return Some((figure.start + word..figure.end, currencies));
    }
    // A sign read with the figure follows its scale abbreviation, and is one character:
    // the `$` of `3 MDS$` is the dollar, not the Singapore dollar `S$`.
    // No sign is a digit, and most figures end in one.
    if !written.ends_with(|c: char| c.is_ascii_digit())
        && let Some(&(sign, currencies)) = CURRENCY_SIGNS
            .iter()
            .find(|(sign, _)| sign.chars().count() == 1 && written.ends_with(sign))
    {
        return Some((figure.end - sign.len()..figure.end, currencies));
    }
    let rest = &quote[figure.end..];
    let sign = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(rest);
    let at = quote.len() - sign.len();
    // Most figures are followed by a word that starts with a byte no sign starts with.
    if !sign
        .as_bytes()
        .first()
        .is_some_and(|&first| SIGN_FIRST_BYTES[usize::from(first)])
    {
        return None;
    }
    CURRENCY_SIGNS.iter().find_map(|&(written, currencies)| {
        if !sign.starts_with(written) {
            return None;
        }
        let end = at + written.len();
        let joined = quote[end..].starts_with(char::is_alphanumeric);
        let before_a_figure = quote[end..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(|c: char| c.is_ascii_digit());
        (!joined && !before_a_figure).then_some((at..end, currencies))
    })
}

/// The bytes a sign of [`CURRENCY_SIGNS`] starts with.
static SIGN_FIRST_BYTES: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut first_bytes = [false; 256];
    for (sign, _) in CURRENCY_SIGNS {
        if let Some(&first) = sign.as_bytes().first() {
            first_bytes[usize::from(first)] = true;
        }
    }
    first_bytes
});

/// Whether `word` is the code of one of [`COMMON_MONEY`] (`CHF`, `RMB`, `USD`).
pub fn is_currency_code(word: &str) -> bool {
    currency_code(word) && COMMON_MONEY.iter().any(|names| names.contains(&word))
}

/// Words of a unit that may count money without naming a currency as the tables here do
/// (`budget`, `price in 2020`, `sterling`, `reais`): a sign by its figure is no other unit.
const MONEY_WORDS: &[&str] = &[
    "sterling",
    "real",
    "reai",
    "cash",
    "buck",
    "quid",
    "amount",
    "budget",
    "cost",
    "currency",
    "earning",
    "expenditure",
    "fee",
    "fare",
    "fund",
    "funding",
    "grant",
    "income",
    "investment",
    "loan",
    "money",
    "payment",
    "price",
    "revenue",
    "salary",
    "spending",
    "subsidy",
    "tax",
    "value",
    "wage",
    "aid",
];

/// Whether the unit `unit` is known to count no money: a common measure that is no
/// currency (`km`, `tonne`), or a count of things (`household`, `nurse`) none of whose
/// words names a currency, its symbol or code (`dollars`, `US dollars`, `USD million`,
/// `sterling`, `€m`), a coin, a rate of money or a word for money ([`MONEY_WORDS`]).
pub(super) fn counts_no_money(unit: &str) -> bool {
    if money_of_rate(unit).is_some() {
        return false;
    }
    if !same_unit_names(unit).is_empty() {
        return !is_money(unit);
    }
    let names_money = unit
        .split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')')
        .filter(|word| !word.is_empty())
        .any(|word| {
            let lower = word.to_lowercase();
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            !word.chars().all(char::is_alphabetic)
                || currency_code(word)
                || is_money(&lower)
                || is_money(singular)
                || MONEY_WORDS.contains(&singular)
        });
    !names_money
}

/// Whether `sign`, a currency sign of [`CURRENCY_SIGNS`] or a code, is written with a symbol
/// (`$`, `HK$`, `€`) or is a code (`EUR`), rather than in letters alone (`Rs`, `RM`, `TL`),
/// which other words are written as too. The point of an abbreviation is no symbol: `Fr.`
/// before a figure is as often Friday (`Fr. 12 Uhr`) as francs.
pub(super) fn is_symbol_or_code(sign: &str) -> bool {
    let letters = sign.strip_suffix('.').unwrap_or(sign);
    letters.contains(|c: char| !c.is_alphanumeric()) || currency_code(sign)
}

/// Whether a name of [`COMMON_MONEY`] is a currency code (`CHF`, `RMB`): three capital
/// letters, written before a figure as after it.
fn currency_code(name: &str) -> bool {
    name.len() == 3 && name.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    /// The tables looked up by key answer as a scan of both tables with each one's own
    /// comparison did, for every name in its own case, in capitals and capitalised.
    #[test]
    fn currencies_are_found_by_name_as_a_scan_of_the_tables_finds_them() {
        use super::{
            COMMON_MONEY, MONEY_IN_OTHER_LANGUAGES, is_money, money_named_in_another_language,
        };
        use crate::citation::unit::same_ignoring_case;
        let scanned_in_other_languages = |name: &str| {
            let (first, _) = MONEY_IN_OTHER_LANGUAGES
                .iter()
                .find(|(_, names)| names.iter().any(|other| same_ignoring_case(other, name)))?;
            COMMON_MONEY
                .iter()
                .find(|group| group[0] == *first)
                .copied()
        };
        let scanned = |name: &str| {
            COMMON_MONEY
                .iter()
                .any(|names| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
                || scanned_in_other_languages(name).is_some()
        };
        let names = COMMON_MONEY
            .iter()
            .flat_map(|names| names.iter().copied())
            .chain(
                MONEY_IN_OTHER_LANGUAGES
                    .iter()
                    .flat_map(|(_, names)| names.iter().copied()),
            )
            .chain(["person", "county", "Euro", "ΔΟΛΆΡΙΑ", "", "dollars"]);
        for name in names {
            let capitalised = crate::words::capitalised(name);
            for written in [name.to_string(), name.to_uppercase(), capitalised] {
                assert_eq!(is_money(&written), scanned(&written), "{written}");
                assert_eq!(
                    money_named_in_another_language(&written),
                    scanned_in_other_languages(&written),
                    "{written}"
                );
            }
        }
    }
}
