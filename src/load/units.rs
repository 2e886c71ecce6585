//! One unit, one spelling (CC025).
//!
//! A unit is what the rules group and compare figures by: `agreement` compares only figures
//! of one unit, and `count`, `range` and `equation` say which unit they read. Written
//! `unit: dollars` in one claim and `unit: dollar` in another, or `Village` and `village`,
//! one unit would be two: figures that agree would be reported as counted in different
//! units (CC142), and ones that disagree would never be compared. So a unit that the project
//! also writes in another spelling of the same word is a warning at the unit, and is read
//! as that spelling:
//!
//! - the plural of a unit other claims write (`dollars` for `dollar`, `people` and
//!   `persons` for `person`, `counties` for `county`, by [`crate::words::plural`]; `kms`,
//!   `hrs`, `lbs` for the abbreviations `km`, `hr`, `lb`, `hogares` for `hogar`, by
//!   [`crate::words::other_plurals`], after the English plurals): the singular, as units
//!   are written;
//! - the same word with a capital first letter (`Village`, `village`): the spelling more
//!   claims use. Only words of four letters or more: symbols and abbreviations keep their
//!   case, as `MW` (megawatt) is not `mW` (milliwatt) nor `Cal` (kilocalorie) `cal`;
//! - another name of a currency or measure every project knows (`EUR` and `€` of `euro`,
//!   `PLN` and `złoty` of `zloty`, `km` and `kilometer` of `kilometre`): the singular
//!   spelling more claims use. Not a name several units share (`dollar`, `pound`, `peso`):
//!   a project's `dollar` may be Australian, so it is no other name of `USD`.
//!
//! A unit written one way throughout the project is left as it is, even in the plural:
//! nothing in it says that another spelling was meant. But for percent: `unit: "%"`,
//! `per cent` or `pct` is always read as `percent`, the unit of a percentage (`value:
//! "45%"`), which the value check and the rules know; read as written it would be a unit of
//! its own, and a quote saying "45 per cent" would not state it.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::Located;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::hashing::HashMap;
use crate::intern::Name;
use crate::model::{Claim, Project};
use crate::quantity::{
    CLAIM_SYMBOLS, COMMON_MEASURES, COMMON_MONEY, CURRENCY_SIGNS, MONEY_IN_OTHER_LANGUAGES,
};
use crate::words::{english_plural, irregular_singular, is_abbreviation, other_plurals};

/// Reads every unit spelt another way than the rest of the project writes it as that
/// spelling, with a CC025 warning at each such `unit:`.
pub fn spell_one_way(project: &mut Project, diagnostics: &mut Diagnostics) {
    let uses = count_uses(project, |claim| claim.unit.as_ref());
    let mut respelt = respellings(&uses);
    let percent = Name::from("percent");
    for unit in uses
        .keys()
        .filter(|unit| is_percent_written_otherwise(unit))
    {
        respelt.insert(Name::clone(unit), Name::clone(&percent));
    }
    if respelt.is_empty() {
        return;
    }
    let mut warnings = Vec::new();
    for claim in project.claims.iter_mut() {
        let Some(unit) = &mut claim.unit else {
            continue;
        };
        let Some(spelling) = respelt.get(&*unit.value) else {
            continue;
        };
        let written = std::mem::replace(&mut unit.value, Name::clone(spelling));
        let warning = if is_percent_written_otherwise(&written) {
            percent_warning(&written, unit.at)
        } else {
            variant_warning(&written, spelling, uses.get(&**spelling).copied(), unit.at)
        };
        warnings.push(warning);
    }
    diagnostics.extend(warnings);
}

/// Whether a unit is percent written otherwise: a percent sign (in any script's form) or
/// the word in another spelling or case.
fn is_percent_written_otherwise(unit: &str) -> bool {
    const SIGNS: [&str; 4] = ["%", "\u{066a}", "\u{ff05}", "\u{fe6a}"];
    const WORDS: [&str; 4] = ["percent", "per cent", "pct", "percents"];
    unit != "percent"
        && (SIGNS.contains(&unit) || WORDS.iter().any(|word| word.eq_ignore_ascii_case(unit)))
}

/// The CC025 warning at a `unit:` that writes percent otherwise (`%`, `per cent`).
fn percent_warning(written: &str, at: crate::diagnostic::Location) -> Diagnostic {
    Diagnostic::new(
        Code::UnitVariant,
        format!("the unit `{written}` is `percent` written otherwise: read as `percent`"),
        at,
        "read as `percent`",
    )
    .with_help(
        "write `unit: percent`, or the value as a percentage without a unit (`value: \"45%\"`): \
         the rules and the value check know percentages by that unit",
    )
}

/// How many claims write each value of one of their fields (`field` of a claim, if it has
/// one), in the order of the values' texts.
pub(super) fn count_uses(
    project: &Project,
    field: impl Fn(&Claim) -> Option<&Located<Name>> + Sync,
) -> BTreeMap<Name, usize> {
    let merged: HashMap<Name, usize> = project
        .claims
        .par_runs(16_384)
        .map(|(_, claims)| {
            let mut uses: HashMap<Name, usize> = HashMap::default();
            for value in claims.iter().filter_map(&field) {
                *uses.entry(Name::clone(&value.value)).or_default() += 1;
            }
            uses
        })
        .reduce(HashMap::default, |mut all, part| {
            for (unit, count) in part {
                *all.entry(unit).or_default() += count;
            }
            all
        });
    merged.into_iter().collect()
}

/// Each unit written in another spelling or name of a unit the project also writes, and
/// the spelling it is read as. Linear in the number of distinct units: each is looked up,
/// not compared with every other.
fn respellings(uses: &BTreeMap<Name, usize>) -> HashMap<Name, Name> {
    let mut respelt = HashMap::default();
    if uses.len() < 2 {
        return respelt;
    }
    // The units by their text as compared (lowercase for a word), and the same for each
    // of their plurals.
    let mut by_text: HashMap<String, Vec<&Name>> = HashMap::default();
    let mut by_plural: HashMap<String, String> = HashMap::default();
    for unit in uses.keys() {
        let text = compared_text(unit);
        let plural = english_plural(&text);
        if plural != text {
            by_plural.insert(plural, text.clone());
        }
        by_text.entry(text).or_default().push(unit);
    }
    // The other plurals after every English one: `miles` is `mile`'s before it is
    // anything else's.
    for text in by_text.keys() {
        for plural in other_plurals(text)
            .into_iter()
            .filter(|plural| plural != text)
        {
            by_plural.entry(plural).or_insert_with(|| text.clone());
        }
    }
    // The units of one unit: by the common unit their singular is one name of (`EUR` and
    // `euros` of the euro, `km` and `kilometer` of the kilometre), else by that singular.
    let mut by_unit: HashMap<String, Vec<(&Name, String)>> = HashMap::default();
    for unit in uses.keys() {
        let text = compared_text(unit);
        // A plural of an irregular noun has its singular though no claim writes it:
        // `people` and `persons` are two spellings of `person`.
        let singular = by_plural
            .get(&text)
            .cloned()
            .or_else(|| irregular_singular(&text))
            .unwrap_or(text);
        let key = match one_common_unit(&singular) {
            // Apart from every unit's own text, which no name of a unit starts with.
            Some(common) => format!("\u{0}{common}"),
            None => singular.clone(),
        };
        by_unit.entry(key).or_default().push((unit, singular));
    }
    for spellings in by_unit.values().filter(|spellings| spellings.len() > 1) {
        // Read as a singular spelling (`kilometre`, not `kilometres`), the one most used.
        let singulars: Vec<&Name> = spellings
            .iter()
            .flat_map(|(_, singular)| by_text.get(singular).into_iter().flatten().copied())
            .collect();
        // Plurals whose singular no claim writes (`people`, `persons`) are read as it.
        let spelling = match singulars.is_empty() {
            true => Name::from(spellings[0].1.as_str()),
            false => Name::clone(most_used(&singulars, uses)),
        };
        for (unit, _) in spellings {
            if **unit != spelling {
                respelt.insert(Name::clone(unit), Name::clone(&spelling));
            }
        }
    }
    respelt
}

/// The spelling among `spellings` that most claims write; on a tie, the lowercase one, so
/// that a capital at the start of a sentence does not decide.
pub(super) fn most_used<'a>(spellings: &[&'a Name], uses: &BTreeMap<Name, usize>) -> &'a Name {
    spellings
        .iter()
        .copied()
        .max_by_key(|spelling| {
            (
                uses[&***spelling],
                spelling.chars().next().is_some_and(char::is_lowercase),
                std::cmp::Reverse(&***spelling),
            )
        })
        .expect("a value's own spelling is among them")
}

/// The text a unit is compared by: in lowercase when it is written as words (`Village`,
/// `poor person`), whose case does not change what they name; as written when it is a
/// symbol or an abbreviation (`MW`, `Cal`, `km2`, `t/ha`: [`is_abbreviation`]). The first
/// word of several with only its first letter a capital is a word however short, as a
/// sentence starts (`Net income`, `Not complete`); alone, `Cal` is a symbol. The Turkish
/// dotless `ı` is compared as `i`: its capital is the `I` that other languages lowercase to
/// `i`, so `Isınma merkezi` opening a sentence and `ısınma merkezi` are one text, as
/// `İnsani yardım` and `insani yardım` are.
pub(crate) fn compared_text(unit: &str) -> String {
    let phrase = unit.contains(' ');
    let sentence_case = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    let symbol = unit
        .split(' ')
        .enumerate()
        .any(|(at, word)| is_abbreviation(word) && !(phrase && at == 0 && sentence_case(word)));
    if symbol {
        unit.to_string()
    } else {
        let lower = crate::words::lowercase(unit);
        match lower.contains('ı') {
            true => lower.replace('ı', "i"),
            false => lower,
        }
    }
}

/// The CC025 warning at a `unit:` written `written`, read as `spelling`, which `others`
/// claims write (`None`: no claim writes it, and others write another of its plurals).
fn variant_warning(
    written: &str,
    spelling: &str,
    others: Option<usize>,
    at: crate::diagnostic::Location,
) -> Diagnostic {
    let claims = match others {
        Some(1) => "which 1 other claim writes".to_string(),
        Some(n) => format!("which {n} other claims write"),
        None => "as other claims write it in another plural".to_string(),
    };
    let lowercase = crate::words::lowercase;
    let same_word = lowercase(written) == lowercase(spelling);
    let plural = || {
        let plural = lowercase(&english_plural(spelling));
        plural == lowercase(written)
            || other_plurals(&lowercase(spelling)).contains(&lowercase(written))
    };
    let is = if same_word {
        format!("is `{spelling}` written with another capital")
    } else if plural() {
        format!("is `{spelling}` written in the plural")
    } else {
        format!("is another name of `{spelling}`")
    };
    Diagnostic::new(
        Code::UnitVariant,
        format!("the unit `{written}` {is}, {claims}: read as `{spelling}`"),
        at,
        format!("read as `{spelling}`"),
    )
    .with_help(format!(
        "write `unit: {spelling}`: a unit is a singular noun written one way throughout, or the \
         rules take its spellings and names for different units"
    ))
}

/// The common unit `unit` names, by the first name of its group of [`COMMON_MONEY`] or
/// [`COMMON_MEASURES`], where it names that one unit alone: one of its names or codes
/// (`EUR`, `kilometer`, `km`), their English plural or other plural (`euros`, `kms`), a
/// name in another language [`MONEY_IN_OTHER_LANGUAGES`] gives (`złoty`), a currency sign
/// that writes one currency (`€`, `zł`), or a symbol of [`CLAIM_SYMBOLS`] (`m`). `None`
/// for a symbol in another case than the tables write it (`Gal`, `mW`), for a name several units share, as a broader name does (`dollar`, `peso`, `krona`), or
/// as `pound` is a currency and a mass: a project's `dollar` may be Australian, so it is
/// no other name of `USD`.
fn one_common_unit(unit: &str) -> Option<&'static str> {
    let unit = CLAIM_SYMBOLS
        .iter()
        .find_map(|&(symbol, name)| (symbol == unit).then_some(name))
        .unwrap_or(unit);
    // A symbol is its unit's in its own case only (`MW` is no `mW`, `Gal` no `gal`); a word
    // in any case.
    let names = &*COMMON_UNIT_NAMES;
    let (written, by_text) = match unit.split(' ').any(is_abbreviation) {
        true => (unit.to_string(), &names.as_written),
        false => (crate::words::lowercase(unit), &names.lowercase),
    };
    let named = by_text.get(&written);
    let from_tables = match named.map_or(&[][..], |named| &named.groups[..]) {
        [only] => Some(COMMON_GROUPS[usize::from(*only)][0]),
        [_, _, ..] => return None,
        [] => None,
    };
    from_tables
        .or_else(|| {
            let other = named?.other_language?;
            Some(MONEY_IN_OTHER_LANGUAGES[usize::from(other)].0)
        })
        .or_else(
            || match CURRENCY_SIGNS.iter().find(|(sign, _)| *sign == unit) {
                Some((_, [currency])) => COMMON_MONEY
                    .iter()
                    .find(|names| names.contains(currency))
                    .map(|names| names[0]),
                _ => None,
            },
        )
}

/// The groups of names of [`COMMON_MONEY`] and then [`COMMON_MEASURES`], in that order.
static COMMON_GROUPS: std::sync::LazyLock<Vec<&'static [&'static str]>> =
    std::sync::LazyLock::new(|| {
        COMMON_MONEY
            .iter()
            .chain(COMMON_MEASURES)
            .copied()
            .collect()
    });

/// What one spelling names among the common units.
#[derive(Default)]
struct CommonNamed {
    /// The groups of [`COMMON_GROUPS`] one of whose names it spells, by index, in order.
    groups: Vec<u16>,
    /// The first entry of [`MONEY_IN_OTHER_LANGUAGES`] one of whose names it spells.
    other_language: Option<u16>,
}

/// Every spelling of a common unit's names, made once per run: each name, its English
/// plural and its other plurals, as written (for a symbol, whose case tells units apart)
/// and in lowercase (for a word). Asked for each distinct unit of a project, which spelt
/// every name of the tables again for each.
struct CommonUnitNames {
    as_written: HashMap<String, CommonNamed>,
    lowercase: HashMap<String, CommonNamed>,
}

static COMMON_UNIT_NAMES: std::sync::LazyLock<CommonUnitNames> = std::sync::LazyLock::new(|| {
    fn spellings(name: &str) -> impl Iterator<Item = String> {
        let plural = english_plural(name);
        [name.to_string(), plural]
            .into_iter()
            .chain(other_plurals(name))
    }
    fn build(case: fn(&str) -> String) -> HashMap<String, CommonNamed> {
        let mut by_text: HashMap<String, CommonNamed> = HashMap::default();
        for (group, names) in COMMON_GROUPS.iter().enumerate() {
            let group = u16::try_from(group).expect("the tables hold fewer groups than that");
            for name in names.iter() {
                for spelling in spellings(&case(name)) {
                    let groups = &mut by_text.entry(spelling).or_default().groups;
                    if groups.last() != Some(&group) {
                        groups.push(group);
                    }
                }
            }
        }
        for (entry, (_, names)) in MONEY_IN_OTHER_LANGUAGES.iter().enumerate() {
            let entry = u16::try_from(entry).expect("the table holds fewer entries than that");
            for name in names.iter() {
                for spelling in spellings(&case(name)) {
                    let named = by_text.entry(spelling).or_default();
                    named.other_language.get_or_insert(entry);
                }
            }
        }
        by_text
    }
    CommonUnitNames {
        as_written: build(str::to_string),
        lowercase: build(crate::words::lowercase),
    }
});

#[cfg(test)]
mod tests {
    use super::one_common_unit;
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

    fn claim(id: &str, unit: &str, value: u32) -> String {
        format!(
            "  - {{ id: {id}, quote: x, subject: Gansu, metric: payment, value: {value}, unit: {unit} }}\n"
        )
    }

    /// A claims file of `claims` (see [`claim`]) citing the test article.
    fn claims_file(claims: &[String]) -> String {
        format!("source: article\nclaims:\n{}", claims.concat())
    }

    #[test]
    fn turkish_capitals_compare_with_their_lowercase_letters() {
        use super::compared_text;
        assert_eq!(
            compared_text("Isınma merkezi"),
            compared_text("ısınma merkezi")
        );
        assert_eq!(
            compared_text("İnsani yardım"),
            compared_text("insani yardım")
        );
        assert_eq!(
            compared_text("ısınma Merkezi"),
            compared_text("Isınma merkezi")
        );
        // Words of other scripts whose vowels are not ASCII are words too.
        assert_eq!(
            compared_text("Число погибших"),
            compared_text("число погибших")
        );
        assert_eq!(
            compared_text("Αριθμός νεκρών"),
            compared_text("αριθμός νεκρών")
        );
        assert_eq!(
            compared_text("insani yardım tırı"),
            compared_text("İnsani yardım tırı")
        );
        assert_ne!(compared_text("МВт"), compared_text("мвт"));
        // Case still tells a symbol from a word.
        assert_ne!(compared_text("MW"), compared_text("mW"));
        assert_eq!(compared_text("Village"), "village");
    }

    fn units_read(outcome: &crate::check::Outcome) -> Vec<&str> {
        outcome
            .project
            .claims
            .iter()
            .filter_map(|c| c.unit_name())
            .collect()
    }

    #[test]
    fn percent_written_as_a_sign_or_otherwise_is_read_as_percent_even_alone() {
        for written in ["\"%\"", "\"٪\"", "per cent", "Percent", "PCT"] {
            let claims = claims_file(&[claim("a", written, 45)]);
            let outcome = check_files(&[("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), [Code::UnitVariant], "{written}");
            assert_eq!(units_read(&outcome), ["percent"], "{written}");
        }
        // Percent as the unit is written, and words that merely contain it, are left alone.
        for written in ["percent", "percentage point", "\"%age\""] {
            let claims = claims_file(&[claim("a", written, 45)]);
            let outcome = check_files(&[("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), [], "{written}");
        }
    }

    #[test]
    fn a_plural_or_capitalised_unit_is_read_as_the_spelling_the_project_uses() {
        let claims = claims_file(&[
            claim("a", "dollar", 40),
            claim("b", "dollars", 40),
            claim("c", "village", 3),
            claim("d", "village", 3),
            claim("e", "Village", 3),
        ]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant, Code::UnitVariant]);
        assert_eq!(
            units_read(&outcome),
            ["dollar", "dollar", "village", "village", "village"]
        );
        assert_eq!(
            outcome.diagnostics[0].message,
            "the unit `dollars` is `dollar` written in the plural, which 1 other claim writes: \
             read as `dollar`"
        );
        assert_eq!(crate::testing::primary_text(&outcome, 0), "dollars");
        assert_eq!(
            outcome.diagnostics[1].message,
            "the unit `Village` is `village` written with another capital, which 2 other claims \
             write: read as `village`"
        );
    }

    #[test]
    fn irregular_plurals_are_the_singular_and_agreement_compares_them() {
        let claims = claims_file(&[claim("a", "person", 5), claim("b", "people", 6)]);
        let rules = "rules:\n  - { id: same, kind: agreement }\n";
        let outcome = check_files(&[("claims/c.yaml", &claims), ("rules/r.yaml", rules)]);
        // One unit: the figures are compared (and disagree), not reported as in two units.
        assert_eq!(codes(&outcome), [Code::ValuesDisagree, Code::UnitVariant]);
        assert_eq!(units_read(&outcome), ["person", "person"]);
    }

    #[test]
    fn two_plurals_of_one_irregular_noun_are_its_singular_though_no_claim_writes_it() {
        // The quotes say "people" for both: neither is a unit the quote does not state.
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: \"5 people\", subject: Gansu, metric: m, value: 5, unit: people, as_of: 2020-01-01 }\n\
            - { id: b, quote: \"6 people\", subject: Gansu, metric: m, value: 6, unit: persons, as_of: 2020-01-01 }\n\
            - { id: c, quote: \"7 people\", subject: Gansu, metric: n, value: 7, unit: people, as_of: 2020-01-01 }\n";
        let article = "5 people. 6 people. 7 people.";
        let rules = "rules:\n  - { id: same, kind: agreement }\n";
        let outcome = check_files(&[
            ("claims/c.yaml", claims),
            ("rules/r.yaml", rules),
            ("sources/article.txt", article),
        ]);
        // One unit: the figures of `m` are compared (and disagree), in no two units.
        assert_eq!(
            codes(&outcome),
            [
                Code::UnitVariant,
                Code::ValuesDisagree,
                Code::UnitVariant,
                Code::UnitVariant
            ]
        );
        assert_eq!(units_read(&outcome), ["person", "person", "person"]);
        let messages: Vec<&str> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnitVariant)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "the unit `people` is `person` written in the plural, as other claims write it \
                 in another plural: read as `person`",
                "the unit `persons` is `person` written in the plural, as other claims write it \
                 in another plural: read as `person`",
                "the unit `people` is `person` written in the plural, as other claims write it \
                 in another plural: read as `person`",
            ]
        );
        // One plural alone is left as written.
        let claims = claims_file(&[claim("a", "people", 5), claim("b", "people", 6)]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(units_read(&outcome), ["people", "people"]);
    }

    #[test]
    fn other_plurals_of_nouns_and_abbreviations_are_their_singular() {
        let claims = claims_file(&[
            claim("a", "person", 5),
            claim("b", "persons", 5),
            claim("c", "km", 12),
            claim("d", "kms", 12),
            claim("e", "lb", 50),
            claim("f", "lbs", 50),
            claim("g", "MW", 3),
            claim("h", "MWs", 3),
            claim("i", "hogar", 7),
            claim("j", "hogares", 7),
            claim("k", "región", 2),
            claim("l", "regiones", 2),
        ]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant; 6]);
        assert_eq!(
            units_read(&outcome),
            [
                "person", "person", "km", "km", "lb", "lb", "MW", "MW", "hogar", "hogar", "región",
                "región"
            ]
        );
        assert_eq!(
            outcome.diagnostics[1].message,
            "the unit `kms` is `km` written in the plural, which 1 other claim writes: read as `km`"
        );
    }

    #[test]
    fn portuguese_plurals_are_their_singular() {
        let claims = claims_file(&[
            claim("a", "caminhão", 6),
            claim("b", "caminhões", 6),
            claim("c", "hotel", 2),
            claim("d", "hotéis", 2),
            claim("e", "animal", 3),
            claim("f", "animais", 3),
            claim("g", "trator", 1),
            claim("h", "tratores", 1),
            // An English plural is the English singular's.
            claim("i", "hotels", 2),
        ]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant; 5]);
        assert_eq!(
            units_read(&outcome),
            [
                "caminhão",
                "caminhão",
                "hotel",
                "hotel",
                "animal",
                "animal",
                "trator",
                "trator",
                "hotel"
            ]
        );
        assert_eq!(
            outcome.diagnostics[0].message,
            "the unit `caminhões` is `caminhão` written in the plural, which 1 other claim \
             writes: read as `caminhão`"
        );
    }

    #[test]
    fn other_names_of_one_common_unit_are_read_as_the_one_the_project_uses_most() {
        let claims = claims_file(&[
            claim("a", "euro", 5),
            claim("b", "EUR", 2),
            claim("c", "euros", 3),
            claim("d", "km", 12),
            claim("e", "kilometre", 12),
            claim("f", "kilometer", 12),
            claim("g", "km", 7),
            claim("h", "złoty", 30),
            claim("i", "zloty", 20),
            claim("j", "PLN", 10),
            claim("k", "złoty", 10),
        ]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant; 6]);
        assert_eq!(
            units_read(&outcome),
            [
                "euro", "euro", "euro", "km", "km", "km", "km", "złoty", "złoty", "złoty", "złoty"
            ]
        );
        assert_eq!(
            outcome.diagnostics[0].message,
            "the unit `EUR` is another name of `euro`, which 1 other claim writes: read as `euro`"
        );
        assert_eq!(
            outcome.diagnostics[1].message,
            "the unit `euros` is `euro` written in the plural, which 1 other claim writes: read \
             as `euro`"
        );
        // Figures of one currency under two of its names are compared as one unit: equal
        // ones agree, and others disagree on the figure (CC141), not on the unit (CC142).
        let rule = "rules:\n  - { id: one-figure, kind: agreement }\n";
        let claims = claims_file(&[claim("a", "EUR", 5), claim("b", "euro", 5)]);
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant]);
        let claims = claims_file(&[claim("a", "EUR", 5), claim("b", "euro", 6)]);
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), [Code::UnitVariant, Code::ValuesDisagree]);
    }

    #[test]
    fn a_name_several_units_share_is_no_other_name_of_one_of_them() {
        // A project's `dollar` may be Australian, its `pound` a mass.
        for (one, other) in [
            ("dollar", "USD"),
            ("pound", "GBP"),
            ("pound", "lb"),
            ("peso", "MXN"),
        ] {
            let claims = claims_file(&[claim("a", one, 250), claim("b", other, 250)]);
            let outcome = check_files(&[("claims/c.yaml", &claims)]);
            assert_eq!(units_read(&outcome), [one, other], "{one} and {other}");
        }
    }

    #[test]
    fn short_capitalised_units_are_symbols_and_keep_their_case() {
        // A food Calorie is a kilocalorie; Gal is not gal; R (rand) is not Rs (rupees).
        for (one, other) in [("Cal", "cal"), ("Gal", "gal"), ("R", "Rs"), ("ms", "m")] {
            let claims = claims_file(&[claim("a", one, 250), claim("b", other, 250)]);
            let outcome = check_files(&[("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), [], "{one} and {other}");
            assert_eq!(units_read(&outcome), [one, other]);
        }
        // Words of four letters or more merge either way round.
        for (one, other) in [("Acre", "acre"), ("acre", "Acre"), ("Days", "day")] {
            let claims = claims_file(&[
                claim("a", one, 2),
                claim("b", other, 2),
                claim("c", other, 2),
            ]);
            let outcome = check_files(&[("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), [Code::UnitVariant], "{one} and {other}");
            assert_eq!(units_read(&outcome), [other, other, other]);
        }
    }

    #[test]
    fn symbols_units_written_one_way_and_other_words_are_left_as_written() {
        let claims = claims_file(&[
            claim("a", "MW", 1),
            claim("b", "mW", 1),
            claim("c", "dollars", 2),
            claim("d", "bus", 3),
            claim("e", "county", 4),
        ]);
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), []);
        assert_eq!(
            units_read(&outcome),
            ["MW", "mW", "dollars", "bus", "county"]
        );
    }

    #[test]
    fn the_names_codes_plurals_and_signs_of_one_unit_are_that_unit() {
        for (written, unit) in [
            ("euro", "euro"),
            ("EUR", "euro"),
            ("Euros", "euro"),
            ("€", "euro"),
            ("zloty", "zloty"),
            ("złoty", "zloty"),
            ("PLN", "zloty"),
            ("zł", "zloty"),
            ("USD", "dollar"),
            ("US dollar", "dollar"),
            ("AUD", "Australian dollar"),
            ("km", "kilometre"),
            ("kilometer", "kilometre"),
            ("kilometres", "kilometre"),
            ("m", "metre"),
            ("l", "litre"),
            ("liters", "litre"),
            ("hr", "hour"),
            ("GBP", "pound"),
            ("pound sterling", "pound"),
        ] {
            assert_eq!(one_common_unit(written), Some(unit), "{written}");
        }
    }

    #[test]
    fn a_name_several_units_share_or_no_common_unit_has_is_none() {
        // `dollar` is the broader name of every dollar, `pound` a currency and a mass, `$`
        // the dollar's and the peso's sign.
        for written in [
            "dollar", "dollars", "pound", "peso", "krona", "$", "¥", "county", "person",
        ] {
            assert_eq!(one_common_unit(written), None, "{written}");
        }
    }
}
