//! Measures and the units every project knows without a claim using them: their names in
//! English and in other languages, the symbols claims write them in, and which unit is a
//! broader name or a kind of another.

use super::inflection::italian_plural;
use super::money::money_named_in_another_language;
use super::{find_word, same_ignoring_case, unspaced};
use crate::quantity::{CLAIM_SYMBOLS, COMMON_MEASURES, COMMON_MONEY};
use crate::words::english_plural;

/// How a language writes the name of a measure after a figure other than one: the forms
/// that name the measure there, beside the name as written, which states it after one.
#[derive(Clone, Copy)]
pub(super) enum AfterFigures {
    /// With an `s` added to each word, as French, Spanish and Portuguese write these names
    /// ([`english_plural`], the regular plural): "kilomètres", "kilómetros cuadrados",
    /// "quilómetros", "toneladas".
    AddS,
    /// Each word's last vowel changed as Italian forms the plural (`o` as `i`, `a` as `e`):
    /// "chilometri", "metri quadrati", "tonnellate".
    Italian,
    /// As written, as German writes a masculine or neuter measure after any figure ("35
    /// Kilometer", "500 Hektar", "20 Liter") and Dutch its measures ("35 kilometer").
    AsWritten,
    /// With an `n` added, as German writes a feminine measure: "Tonnen".
    AddN,
}

/// The names of [`COMMON_MEASURES`] (by the group's first name) in French, Spanish,
/// Portuguese, Italian, German and Dutch, where they are not the English names, each with
/// how its language writes it after a figure ([`AfterFigures`]): "35 kilomètres" states
/// `km` and is no `mile`. Left out where they are other words after a figure: the German
/// and Dutch `Meter` and `meter` (an English meter counts gas or parking), the Dutch `ton`
/// (also a hundred thousand euros) and `gram` ("3 gram-negative strains").
pub(super) const MEASURES_IN_OTHER_LANGUAGES: &[(&str, &[(&str, AfterFigures)])] = {
    use AfterFigures::{AddN, AddS, AsWritten, Italian};
    &[
        (
            "kilometre",
            &[
                ("kilomètre", AddS),
                ("kilómetro", AddS),
                ("quilómetro", AddS),
                ("quilômetro", AddS),
                ("chilometro", Italian),
                ("Kilometer", AsWritten),
            ],
        ),
        (
            "metre",
            &[("mètre", AddS), ("metro", AddS), ("metro", Italian)],
        ),
        (
            "square kilometre",
            &[
                ("kilomètre carré", AddS),
                ("kilómetro cuadrado", AddS),
                ("quilómetro quadrado", AddS),
                ("quilômetro quadrado", AddS),
                ("chilometro quadrato", Italian),
                ("Quadratkilometer", AsWritten),
                ("vierkante kilometer", AsWritten),
            ],
        ),
        (
            "square metre",
            &[
                ("mètre carré", AddS),
                ("metro cuadrado", AddS),
                ("metro quadrado", AddS),
                ("metro quadrato", Italian),
                ("Quadratmeter", AsWritten),
                ("vierkante meter", AsWritten),
            ],
        ),
        (
            "hectare",
            &[
                ("hectárea", AddS),
                ("ettaro", Italian),
                ("Hektar", AsWritten),
            ],
        ),
        (
            "tonne",
            &[("tonelada", AddS), ("tonnellata", Italian), ("Tonne", AddN)],
        ),
        (
            "kilogram",
            &[
                ("kilogramme", AddS),
                ("kilogramo", AddS),
                ("quilograma", AddS),
                ("quilo", AddS),
                ("chilogrammo", Italian),
                ("Kilogramm", AsWritten),
            ],
        ),
        (
            "gram",
            &[
                ("gramme", AddS),
                ("gramo", AddS),
                ("grama", AddS),
                ("grammo", Italian),
                ("Gramm", AsWritten),
            ],
        ),
        (
            "litre",
            &[("litro", AddS), ("litro", Italian), ("Liter", AsWritten)],
        ),
    ]
};

/// A measure's name in another language, in lowercase, and whether it names the measure
/// after any figure (a plural, or a name German and Dutch write so) or only states it (a
/// singular, which counts one).
pub(super) struct MeasureWord {
    pub(super) text: String,
    pub(super) names: bool,
}

/// [`MEASURES_IN_OTHER_LANGUAGES`] written out: each group's first name and its names in
/// those languages, singular and as written after figures. Built once.
static MEASURE_WORDS: std::sync::LazyLock<Vec<(&'static str, Vec<MeasureWord>)>> =
    std::sync::LazyLock::new(|| {
        MEASURES_IN_OTHER_LANGUAGES
            .iter()
            .map(|&(first, names)| {
                let mut words: Vec<MeasureWord> = Vec::new();
                let mut add = |text: String, names: bool| match words
                    .iter_mut()
                    .find(|word| word.text == text)
                {
                    Some(word) => word.names |= names,
                    None => words.push(MeasureWord { text, names }),
                };
                for &(name, after_figures) in names {
                    let lower = name.to_lowercase();
                    let each_word = |plural: &dyn Fn(&str) -> String| {
                        lower.split(' ').map(plural).collect::<Vec<_>>().join(" ")
                    };
                    match after_figures {
                        AfterFigures::AddS => {
                            add(lower.clone(), false);
                            add(each_word(&english_plural), true);
                        }
                        AfterFigures::Italian => {
                            add(lower.clone(), false);
                            add(each_word(&italian_plural), true);
                        }
                        AfterFigures::AsWritten => add(lower, true),
                        AfterFigures::AddN => {
                            add(lower.clone(), false);
                            add(format!("{lower}n"), true);
                        }
                    }
                }
                (first, words)
            })
            .collect()
    });

/// The names in other languages of the common measure whose group's first name is `first`
/// ([`MEASURES_IN_OTHER_LANGUAGES`]).
pub(super) fn measure_in_other_languages(first: &str) -> &'static [MeasureWord] {
    MEASURE_WORDS
        .iter()
        .find(|(name, _)| *name == first)
        .map_or(&[], |(_, words)| words.as_slice())
}

/// The group of [`COMMON_MEASURES`] that `name`, a measure's name in another language
/// ([`MEASURES_IN_OTHER_LANGUAGES`], singular or as written after figures), is of.
fn measure_named_in_another_language(name: &str) -> Option<&'static [&'static str]> {
    let (first, _) = MEASURE_WORDS.iter().find(|(_, words)| {
        words
            .iter()
            .any(|word| same_ignoring_case(&word.text, name))
    })?;
    COMMON_MEASURES
        .iter()
        .find(|group| group[0] == *first)
        .copied()
}

/// Whether `phrase`, a measure's name in another language, names the measure a claim's
/// unit `own` is made of by one of its names: "kilomètres" for `km per day`, "Kilometer"
/// for `km/h`. A rate or an area written so in another language ("35 kilomètres par jour")
/// states no other unit, as "kilometres" does not for `kilometre per day`.
pub(super) fn measure_of_own_in_another_language(phrase: &str, own: &str) -> bool {
    measure_named_in_another_language(phrase).is_some_and(|names| {
        let own = own.to_lowercase();
        names
            .iter()
            .any(|name| find_word(&own, &name.to_lowercase()).is_some())
    })
}

/// Symbols of common units that name them only in lowercase: `Ft` after a figure is the
/// Hungarian forint, `Mi-8` a helicopter, `M3` a car, `GAL` a name.
const LOWERCASE_ONLY: [&str; 5] = ["ft", "mi", "min", "gal", "m3"];

/// Whether `written`, a unit's word in a quote, is a symbol of [`LOWERCASE_ONLY`] written in
/// another case.
pub(super) fn in_another_case(written: &str) -> bool {
    LOWERCASE_ONLY
        .iter()
        .any(|symbol| written.eq_ignore_ascii_case(symbol) && written != *symbol)
}

/// The common unit a claim's `unit:` written as a symbol of [`CLAIM_SYMBOLS`] is.
pub(super) fn claim_symbol(name: &str) -> Option<&'static str> {
    CLAIM_SYMBOLS
        .iter()
        .find_map(|&(symbol, unit)| (symbol == name).then_some(unit))
}

/// Every common unit's names: the currencies, then the measures.
pub(super) fn common_units() -> impl Iterator<Item = &'static &'static [&'static str]> {
    COMMON_MONEY.iter().chain(COMMON_MEASURES)
}

/// The names of the common unit `name` is one of ([`COMMON_MONEY`], [`COMMON_MEASURES`]),
/// in any case: the first group that has it, so a broader name (`dollar`, `pound`) is its
/// own unit's.
pub(super) fn same_unit_names(name: &str) -> &'static [&'static str] {
    let name = claim_symbol(name).unwrap_or(name);
    common_units()
        .find(|names| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .copied()
        .or_else(|| money_named_in_another_language(name))
        .or_else(|| measure_named_in_another_language(name))
        .unwrap_or(&[])
}

/// Whether `name` of the group `names` is a broader name, the first of an earlier group
/// (`dollar` among the Australian dollar's names, `pound` among the lb's): it states the
/// unit of `names` when that is the claim's, but is not that unit when it is another's.
pub(super) fn is_broader_name(names: &[&str], name: &str) -> bool {
    // The group is found by its names, not its address: the tables are constants, which
    // each place that names them may hold a copy of.
    common_units()
        .take_while(|group| **group != names)
        .any(|group| group.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

/// Whether the common unit named `other` is a kind of the unit `own` (the Australian dollar
/// of `dollar`): its names include `own` as a broader name, so it states `own`.
pub(super) fn is_kind_of(other: &str, own: &str) -> bool {
    same_unit_names(other)
        .iter()
        .any(|name| name.eq_ignore_ascii_case(own))
}

/// Whether `name` is one of the common units every project knows, of money or measure
/// ([`COMMON_MONEY`], [`COMMON_MEASURES`], in another language or script): none counts
/// things.
pub fn is_common_unit(name: &str) -> bool {
    !same_unit_names(name).is_empty() || unspaced::unit_named(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broader_name_is_told_by_the_group_s_names_wherever_the_group_is_held() {
        // A copy of the ruble's names, at another address than the table's.
        let ruble: Vec<&str> = same_unit_names("рубль").to_vec();
        assert!(ruble.contains(&"ruble"), "{ruble:?}");
        assert!(!is_broader_name(&ruble, "ruble"));
        assert!(!is_broader_name(&ruble, "RUB"));
        // `dollar` is the first name of an earlier group than the Australian dollar's.
        let australian: Vec<&str> = same_unit_names("AUD").to_vec();
        assert!(is_broader_name(&australian, "dollar"), "{australian:?}");
        assert!(!is_broader_name(&australian, "AUD"));
    }
}
