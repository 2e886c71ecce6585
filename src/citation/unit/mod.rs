//! CC205 `unit-not-in-quote`: the quote counts the figure in another unit than the claim.
//!
//! The unit a quote gives a figure is the unit word that follows it, up to the first plural
//! noun and within a few words of one clause ("17 impoverished counties", "3,365 deeply
//! impoverished natural villages"; in "2 regions opened new clinics" the unit is regions). The claim's
//! unit is stated when that word is the unit in the singular or the plural, or a kind of
//! place the unit counts (`province` is stated by "provinces", "autonomous regions" and
//! "municipalities"). When the word names another unit (one that some claim of the project
//! uses, or a kind of place), in the plural, the claim and its quote disagree: a singular
//! before a noun is an adjective ("10 village officials"), except after the figure 1 when it
//! ends its phrase ("1 school in Kent"). A figure followed by no unit
//! word ("a salary of 1,800 per month") is not judged: articles leave units out.
//!
//! The figure is found as the claim writes it, else in another of its notations in digits,
//! its thousands grouped by commas, spaces, points or apostrophes ([`grouped_otherwise`]): a
//! quote that writes `27 208 villages` for a claim of 27,208 counties is judged like one that
//! writes `27,208 villages`.
//!
//! Cost: O(quote length × unit words) per claim; the unit words are built once per run.
mod inflection;
mod measures;
mod money;
mod percent;
mod rates;
mod unspaced;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use super::notation::notations;
use super::numbers::{
    Language, NUMBER_SPACES, find_numbers_in, powers_spelt_like, scale_of_the_language_end,
};
use super::value::same_figure;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::hashing::HashMap;
use crate::model::{Claim, EntityKind, Project};
use crate::normalize::Lowercased;
use crate::quantity::Quantity;
use crate::words::{
    english_plural, irregular_singular, is_foreign_singular, other_plurals, plural,
};

use self::inflection::{fold_for_inflection, inflected_plural_of, looks_plural, stem_of};
pub(super) use self::measures::is_common_unit;
use self::measures::{
    claim_symbol, common_units, in_another_case, is_broader_name, is_kind_of,
    measure_in_other_languages, measure_of_own_in_another_language, same_unit_names,
};
use self::money::{
    ALSO_OTHER_WORDS, COINS, counts_no_money, currency_sign_after, is_money, is_symbol_or_code,
    money_in_other_languages, money_named, money_of_rate, one_letter_currency_before,
};
pub(super) use self::money::{currency_sign_before, is_currency_code};
use self::rates::{counted_then_other_period, other_period_follows, per_follows, rate_phrases};

/// How many words after a figure its unit may stand: "17 impoverished counties",
/// "3,365 deeply impoverished natural villages".
const WINDOW: usize = 4;

/// The words of every unit the project uses, for telling one unit from another: each
/// unit's phrases are built here once per run, not once per claim.
pub struct UnitWords {
    /// By unit, in the order of their names (so that [`UnitWords::phrases_of`] can search).
    units: Vec<Unit>,
    /// Each unit's plural phrases by their first word, as (unit, phrase) positions in
    /// `units`, in that order: the words after a figure are looked up one by one, rather
    /// than each of the hundreds of phrases searched for in them.
    plurals_by_first_word: HashMap<String, Vec<(u32, u32)>>,
    /// The units with [`Unit::inflected`] plurals, by the first [`INFLECTED_PREFIX`]
    /// letters of their folded name: a word after a figure is compared with the few units
    /// it could inflect, not with every unit of the project.
    inflected_by_prefix: HashMap<String, Vec<u32>>,
    /// The phrases that state `percent`, which is no other unit's word and so not among
    /// `units`: built once, as every claim in percent asks for them.
    percent_phrases: Vec<String>,
}

/// How many letters of a unit's folded name [`UnitWords::inflected_by_prefix`] files it by:
/// as many as every inflection in [`INFLECTIONS`](inflection::INFLECTIONS) keeps of a unit
/// of [`INFLECTED_LETTERS`].
const INFLECTED_PREFIX: usize = 3;
/// The fewest letters a unit has for its plurals in other languages to be looked for: a
/// shorter unit's inflections are too often other words.
const INFLECTED_LETTERS: usize = 5;

/// One unit and the phrases a quote names it by.
struct Unit {
    name: String,
    /// The name in lowercase: a singular after the figure 1.
    lower: String,
    /// The plural phrases, by which a quote names this unit when it is not the claim's: a
    /// singular before a noun is an adjective ("10 village officials", "county level
    /// cadres").
    plurals: Vec<String>,
    /// The phrases that state this unit when it is the claim's: itself, its plural, and
    /// the kinds of place it counts.
    phrases: Vec<String>,
    /// Whether it is a currency, which many languages write in the singular after any
    /// figure.
    money: bool,
    /// For a one-word unit the project's claims use, its name folded for
    /// [`inflected_plural_of`] and whether it is capitalised (a German noun): the plurals
    /// other languages form by changing its ending (`Landkreise`, `Städte`, `comuni`).
    inflected: Option<(String, bool)>,
}

impl Unit {
    fn new(name: &str) -> Unit {
        let lower = name.to_lowercase();
        let money = is_money(name);
        // A singular `plural` keeps as written for want of another language's plural
        // (`Jahr`) names no count: "2,3 Mio. im Jahr 2022" counts no years. A currency is
        // written in the singular after any figure.
        let mut plurals = Vec::new();
        if money || !is_foreign_singular(name) {
            plurals.push(plural(name).to_lowercase());
        }
        // Its English plural too, from the lowercase name: a unit written `Person` or
        // `Family` is stated by "people" and "families" (messages quote it as written).
        let english = english_plural(&lower);
        if !plurals.contains(&english) {
            plurals.push(english);
        }
        plurals.extend(other_plurals(&lower));
        // A unit written in a plural of an irregular noun is stated by its other plural
        // and its singular too: "60 people" for `unit: persons`.
        let singular = irregular_singular(&lower);
        if let Some(singular) = &singular {
            for form in std::iter::once(plural(singular)).chain(other_plurals(singular)) {
                if form != lower && !plurals.contains(&form) {
                    plurals.push(form);
                }
            }
        }
        let mut phrases = vec![lower.clone()];
        phrases.extend(plurals.iter().cloned());
        phrases.extend(singular);
        for kind in EntityKind::counted_by_unit(name).unwrap_or(&[]) {
            let words = kind.as_str().replace('-', " ");
            plurals.push(plural(&words));
            phrases.push(plural(&words));
            phrases.push(words);
        }
        let names = same_unit_names(name);
        for other_name in names
            .iter()
            .filter(|other| !other.eq_ignore_ascii_case(name))
        {
            // In the plural as written: a code (`USD`) is its own plural, as a word is not.
            let other_plural = plural(other_name).to_lowercase();
            let other_name = other_name.to_lowercase();
            // A broader name states this unit, but names its own.
            if !is_broader_name(names, &other_name) {
                plurals.push(other_plural.clone());
            }
            phrases.push(other_plural);
            phrases.push(other_name);
        }
        // Its names in other languages, each as written, singular or plural as it stands;
        // those of a broader name (`dólares` for `AUD`) state it but do not name it.
        for &name in names {
            let broader = is_broader_name(names, name);
            for written in money_in_other_languages(name) {
                let written = written.to_lowercase();
                if written != lower {
                    if !broader {
                        plurals.push(written.clone());
                    }
                    phrases.push(written);
                }
            }
        }
        // The names of its measure in other languages: each states it, and those written
        // after figures name it ("kilomètres", "chilometri", "Hektar").
        if let Some(first) = names.first() {
            for word in measure_in_other_languages(first) {
                if word.text != lower {
                    if word.names {
                        plurals.push(word.text.clone());
                    }
                    phrases.push(word.text.clone());
                }
            }
        }
        // A rate is stated with the other names of what it counts and of what it is per,
        // joined by `per`, `a` or a slash (`inhabitants per km²` for `inhabitant per km2`,
        // "80 dollars a barrel" for `USD per barrel`, "5 dollars/kg").
        if let Some((counted, per)) = lower.split_once(" per ") {
            phrases.extend(rate_phrases(counted, per));
        }
        Unit {
            name: name.to_string(),
            lower,
            plurals,
            phrases,
            money,
            inflected: None,
        }
    }
}

/// A unit's name and the other names of its common unit, in lowercase.
fn names_of(unit: &str) -> Vec<String> {
    let mut names = vec![unit.to_lowercase()];
    for name in same_unit_names(unit) {
        let name = name.to_lowercase();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

impl UnitWords {
    pub fn new(project: &Project) -> UnitWords {
        use rayon::prelude::*;
        // A few distinct units among many claims: gathered on rayon's pool, unallocated.
        let units: BTreeSet<&str> = project
            .claims
            .par_iter()
            .fold(BTreeSet::new, |mut units, claim| {
                if let Some(unit) = &claim.unit {
                    units.insert(&*unit.value);
                }
                units
            })
            .reduce(BTreeSet::new, |mut a, b| {
                a.extend(b);
                a
            });
        UnitWords::of_names(units)
    }

    /// The words of the units `names`, of every kind of place and of the common units
    /// ([`COMMON_MONEY`](crate::quantity::COMMON_MONEY),
    /// [`COMMON_MEASURES`](crate::quantity::COMMON_MEASURES)) the project does not write under
    /// another of their names, less `percent`.
    fn of_names<'a>(names: impl IntoIterator<Item = &'a str>) -> UnitWords {
        let mut names: BTreeSet<&str> = names.into_iter().collect();
        let common = common_units().filter(|same| {
            let in_other_languages = money_in_other_languages(same[0]);
            let measure_in_other_languages = measure_in_other_languages(same[0]);
            !same.iter().any(|name| {
                !is_broader_name(same, name)
                    && names.iter().any(|used| used.eq_ignore_ascii_case(name))
            }) && !names.iter().any(|used| {
                in_other_languages
                    .iter()
                    .any(|other| same_ignoring_case(other, used))
                    || measure_in_other_languages
                        .iter()
                        .any(|other| same_ignoring_case(&other.text, used))
                    || claim_symbol(used) == Some(same[0])
            })
        });
        let common: Vec<&str> = common.map(|same| same[0]).collect();
        // The units the claims use, whose plurals in other languages are looked for too
        // (not the common ones and the kinds of place, which are English).
        let used: BTreeSet<&str> = names.clone();
        names.extend(common);
        names.extend(EntityKind::PLACE_UNITS);
        names.remove("percent");
        let units: Vec<Unit> = names
            .into_iter()
            .map(|name| {
                let mut unit = Unit::new(name);
                let one_word = !name.contains(char::is_whitespace);
                let folded = fold_for_inflection(&unit.lower);
                if used.contains(name)
                    && one_word
                    && folded.chars().all(char::is_alphabetic)
                    && folded.chars().count() >= INFLECTED_LETTERS
                {
                    let capitalised = name.starts_with(char::is_uppercase);
                    unit.inflected = Some((folded, capitalised));
                }
                unit
            })
            .collect();
        let mut inflected_by_prefix: HashMap<String, Vec<u32>> = HashMap::default();
        for (at, unit) in units.iter().enumerate() {
            if let Some((folded, _)) = &unit.inflected {
                let prefix: String = folded.chars().take(INFLECTED_PREFIX).collect();
                inflected_by_prefix
                    .entry(prefix)
                    .or_default()
                    .push(at as u32);
            }
        }
        let mut plurals_by_first_word: HashMap<String, Vec<(u32, u32)>> = HashMap::default();
        for (at, unit) in units.iter().enumerate() {
            for (phrase_at, phrase) in unit.plurals.iter().enumerate() {
                if let Some(first) = first_word(phrase) {
                    plurals_by_first_word
                        .entry(first.to_string())
                        .or_default()
                        .push((at as u32, phrase_at as u32));
                }
            }
        }
        UnitWords {
            units,
            plurals_by_first_word,
            inflected_by_prefix,
            percent_phrases: Unit::new("percent").phrases,
        }
    }

    /// The first word of `window` (lowercase), starting at byte `until` or before, that is
    /// a plural another language forms of a unit the claims use other than `own`
    /// ([`inflected_plural_of`]): `Landkreise` of `Landkreis` in a quote of a claim that
    /// counts `Gemeinde`.
    fn other_inflected_in(
        &self,
        window: &str,
        own: &str,
        until: usize,
    ) -> Option<(&str, Range<usize>)> {
        if self.inflected_by_prefix.is_empty() {
            return None;
        }
        let own_unit = own;
        let own = fold_for_inflection(&own.to_lowercase());
        window
            .split(|c: char| !c.is_alphanumeric())
            .map(|word| (word.as_ptr() as usize - window.as_ptr() as usize, word))
            .take_while(|&(at, _)| at <= until)
            .find_map(|(at, word)| {
                let folded = fold_for_inflection(word);
                let prefix: String = folded.chars().take(INFLECTED_PREFIX).collect();
                let candidates = self.inflected_by_prefix.get(&prefix)?;
                candidates.iter().find_map(|&unit| {
                    let unit = &self.units[unit as usize];
                    let (name, capitalised) = unit.inflected.as_ref()?;
                    let other = *name != own
                        && inflected_plural_of(&folded, name, *capitalised)
                        && !measure_of_own_in_another_language(word, own_unit);
                    other.then(|| (unit.name.as_str(), at..at + word.len()))
                })
            })
    }

    /// The first unit other than `own` whose plural stands in `window` (lowercase) as whole
    /// words, starting at byte `until` or before, and where: the earliest, of those the
    /// longest, and of those the first unit in name order. A unit `own` is made of is not
    /// another ("grams" for `gram per litre`).
    /// A currency's name in the singular, of a unit other than `own`, written as a rate
    /// before byte `until` of `window` ("8 euro per person", "5 dollar a day"): the figure
    /// is an amount of that currency, whatever it is per.
    fn currency_per(&self, window: &str, own: &str, until: usize) -> Option<(&str, Range<usize>)> {
        const RATE: &[&str] = &["per", "a", "an", "each", "pro", "al", "par", "je"];
        // Most figures have no word of a rate before their unit ("17 counties"): those are
        // not compared with every currency.
        let before = window.get(..until)?;
        if !before.split_whitespace().any(|word| RATE.contains(&word)) {
            return None;
        }
        let own = own.to_lowercase();
        self.units
            .iter()
            .filter(|unit| unit.money && find_word(&own, &unit.lower).is_none())
            .filter_map(|unit| {
                let at = word_matches(window, &unit.lower).find(|&at| at < until)?;
                let end = at + unit.lower.len();
                let next = window[end..].split_whitespace().next()?;
                RATE.contains(&next)
                    .then_some((unit.name.as_str(), at..end))
            })
            .min_by_key(|(_, found)| found.start)
    }

    fn other_plural_in(
        &self,
        window: &str,
        own: &str,
        until: usize,
    ) -> Option<(&str, Range<usize>)> {
        let mut before: Option<char> = None;
        for (at, c) in window.char_indices() {
            if at > until {
                break;
            }
            let starts_word = c.is_alphanumeric() && !before.is_some_and(char::is_alphanumeric);
            before = Some(c);
            if !starts_word {
                continue;
            }
            let Some(word) = first_word(&window[at..]) else {
                continue;
            };
            let Some(candidates) = self.plurals_by_first_word.get(word) else {
                continue;
            };
            // The longest phrase that starts here ("miles per hour" rather than "miles"), of
            // those the first unit's.
            let mut found: Option<(&str, Range<usize>)> = None;
            for &(unit, phrase) in candidates {
                let unit = &self.units[unit as usize];
                let phrase = &unit.plurals[phrase as usize];
                let end = at + phrase.len();
                let whole = window[at..].starts_with(phrase.as_str())
                    && ends_a_word(phrase, &window[end..]);
                let longer = found.as_ref().is_none_or(|(_, longest)| end > longest.end);
                if whole
                    && longer
                    && find_word(&own.to_lowercase(), &unit.lower).is_none()
                    && !measure_of_own_in_another_language(phrase, own)
                    && (!ALSO_OTHER_WORDS.contains(&phrase.as_str())
                        || follows_the_figure(&window[..at]))
                {
                    found = Some((unit.name.as_str(), at..end));
                }
            }
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The coin ([`COINS`]) whose name, singular or plural, is the next word of `window`
    /// (lowercase) after byte `from`, where the claim's unit `own`, a currency other than
    /// a coin, ends: its name and span.
    fn coin_at(&self, window: &str, from: usize, own: &str) -> Option<(&str, Range<usize>)> {
        let rest = &window[from..];
        let start = from + (rest.len() - rest.trim_start().len());
        let word = first_word(&window[start..])?;
        // The word first, as most units are followed by none: whether the claim's unit is
        // a currency is asked only after a coin.
        let coin = self
            .units
            .iter()
            .filter(|unit| COINS.contains(&unit.name.as_str()))
            .find(|unit| unit.lower == word || unit.plurals.iter().any(|plural| plural == word))?;
        let own_is_a_coin = COINS.iter().any(|coin| same_ignoring_case(coin, own));
        (is_money(own) && !own_is_a_coin).then(|| (coin.name.as_str(), start..start + word.len()))
    }

    /// The phrases that state `unit`: its own when the project uses it (always, for a
    /// claim's unit, and for percent), else built now.
    fn phrases_of(&self, unit: &str) -> std::borrow::Cow<'_, [String]> {
        if unit == "percent" {
            return std::borrow::Cow::Borrowed(&self.percent_phrases);
        }
        match self
            .units
            .binary_search_by(|known| known.name.as_str().cmp(unit))
        {
            Ok(at) => std::borrow::Cow::Borrowed(&self.units[at].phrases),
            Err(_) => std::borrow::Cow::Owned(Unit::new(unit).phrases),
        }
    }
}

/// The currency a finding names for a sign that several write (`kr`, the krona's and the
/// krone's): the one of the article's declared language, where it declares Swedish,
/// Norwegian or Danish ([`Language::own_crown`]: "500 kr" in a Norwegian article is kroner),
/// else the first the sign is read as.
fn named_currency(currencies: &[&'static str], language: Language) -> &'static str {
    language
        .own_crown()
        .filter(|own| currencies.contains(own))
        .or_else(|| currencies.first().copied())
        .unwrap_or_default()
}

/// A CC205 diagnostic when the words after the claim's figure name another unit, the quote's
/// figures read as in an article in `language`, its source's. A value written as a
/// percentage is a claim in percent; the caller asks only where the value check found its
/// figure written bare, as a percentage the quote writes as one names no other unit.
pub fn check(
    claim: &Claim,
    units: &UnitWords,
    passage: Option<&Location>,
    language: Language,
) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    // A value written as a percentage (`value: "5%"`) is a claim in percent, judged as one
    // of `value: 5` with `unit: percent`: its figure is looked for without its sign, and
    // the finding labels the value, which writes the unit.
    let (judged, unit): (Cow<'_, Quantity>, Cow<'_, Located<std::sync::Arc<str>>>) =
        if value.value.is_percent {
            let plain = value.value.without_percent()?;
            let unit = claim.unit.as_ref().map_or_else(
                || Cow::Owned(Located::new("percent".into(), value.at)),
                Cow::Borrowed,
            );
            (Cow::Owned(plain), unit)
        } else {
            (
                Cow::Borrowed(&value.value),
                Cow::Borrowed(claim.unit.as_ref()?),
            )
        };
    // A share: `percent`, or a difference of two, `percentage point`.
    let percent = matches!(&*unit.value, "percent" | "percentage point");
    let quote = &claim.quote.value;
    // A unit written in Chinese, Japanese or Korean (`unit: 元`) is judged as the common unit
    // it names, in any script.
    let unit_name: &str = unspaced::unit_named(&unit.value).unwrap_or(&unit.value);
    let own = units.phrases_of(unit_name);
    let counts_one = &*judged.text == "1" || judged.text.eq_ignore_ascii_case("one");
    // Each place the figure stands ("November 21, ... 21 provinces"): the claim's unit
    // after any of them states it, unless another unit's words come first ("300 yuan per
    // household") or enclose it ("square kilometres" for `km`); a currency claim's unit is
    // stated by a sign before the figure too ("$12 million"). Otherwise the first other
    // unit, by sign or word, at one of them is the quote's.
    let mut other_unit: Option<(Cow<'_, str>, Range<usize>)> = None;
    // A unit of Chinese, Japanese or Korean written onto the figure (`1200万美元`) is the
    // figure's, whatever the words after it: it states the claim's unit, written in English
    // or in one of those scripts (`unit: 元`), or another's.
    for figure in figure_spans(quote, &judged, language) {
        // Percentage points are a difference of two percentages: they state a claim in
        // `percentage point`, not one in `percent`, as the value check reads `value: "5%"`.
        if &*unit.value == "percent"
            && let Some(said) = percent::percentage_points_at(quote, figure.end)
        {
            other_unit.get_or_insert(("percentage point".into(), figure.start..said.end));
            continue;
        }
        if percent && percent::written_at(quote, figure.clone()) {
            return None;
        }
        // Basis points are hundredths of a percent: "5 basis points" is no 5 percent.
        if percent && let Some(said) = percent::basis_points_at(quote, figure.end) {
            other_unit.get_or_insert(("basis point".into(), said));
            continue;
        }
        // A figure written as a percentage counts no unit ("5 per cent of households" is
        // no 5 households, nor 5 cents): the value check says so, as its value is not stated.
        if !percent && percent::written_at(quote, figure.clone()) {
            continue;
        }
        if let Some(written) = unspaced::unit_written(quote, figure.clone()) {
            // A sign before the figure names the currency the word after it writes
            // (`HK$1200萬元`, `US$1200万元`): the word is any currency's there.
            if let Some((at, currencies)) =
                currency_sign_before(quote, figure.start).filter(|_| is_money(written.named))
            {
                if currencies
                    .iter()
                    .any(|currency| states(&own, unit_name, currency))
                {
                    return None;
                }
                other_unit.get_or_insert((
                    named_currency(currencies, language).into(),
                    at.start..written.span.end,
                ));
                continue;
            }
            if states_unspaced(&written, unit_name, &own) {
                return None;
            }
            // A rate's unit judges only a claim in a rate of it.
            if !written.rate {
                other_unit.get_or_insert((written.named.into(), written.span));
            }
            continue;
        }
        // Pence written onto the figure (`80p`) in a claim of money or of a rate of it (`28p
        // per kWh`): elsewhere a letter there is no unit to judge (`1080p`).
        if let Some((coin, written)) = glued_coin(quote, figure.end) {
            let rate = money_of_rate(unit_name);
            if rate.is_some() || money_named(unit_name).is_some() {
                let (counted, per) =
                    rate.map_or((unit_name, None), |(counted, per)| (counted, Some(per)));
                if !states(&units.phrases_of(counted), counted, coin) {
                    other_unit.get_or_insert((coin.into(), figure.start..written.end));
                } else if per.is_none_or(|per| per_follows(&quote[written.end..], per)) {
                    return None;
                }
                continue;
            }
        }
        // The first figure of a range has the unit written after the second: `12 to 15 yuan`.
        let figure_end = super::range_scale::second_of_range(quote, figure.clone(), language)
            .map_or(figure.end, |second| second.end);
        let sign_after = currency_sign_after(quote, figure.start..figure_end);
        // The unit's words follow the sign written after the figure (`12 M€ de subventions`).
        let after = sign_after
            .as_ref()
            .map_or(figure_end, |(at, _)| at.end.max(figure_end));
        // `112 min uşaq` in Azerbaijani: the thousand after the figure is no minute.
        let after = scale_of_the_language_end(quote, after, language).map_or(after, |(end, _)| end);
        let written_sign = currency_sign_before(quote, figure.start)
            .or_else(|| one_letter_currency_before(quote, figure.clone()))
            .or(sign_after);
        // A rate of money (`euro per barrel`) is in the currency of the sign before its
        // figure too: "$80 a barrel" is in dollars, per barrel. The words after the figure
        // still say what it is per.
        if let Some(((counted, per), (at, currencies))) = written_sign
            .clone()
            .and_then(|sign| Some((money_of_rate(unit_name)?, sign)))
        {
            if !currencies
                .iter()
                .any(|currency| states(&units.phrases_of(counted), counted, currency))
            {
                // Named as the rate the quote writes where it says what it is per.
                let named: Cow<'_, str> = if per_follows(&quote[after..], per) {
                    format!("{} per {per}", named_currency(currencies, language)).into()
                } else {
                    named_currency(currencies, language).into()
                };
                other_unit.get_or_insert((named, at.start.min(figure.start)..after));
                continue;
            }
            if per_follows(&quote[after..], per) {
                return None;
            }
            // Per another span of time: "₹1,500 a month" for `rupee per year`.
            if let Some((said, len)) = other_period_follows(&quote[after..], per) {
                let named = format!("{} per {said}", named_currency(currencies, language)).into();
                other_unit.get_or_insert((named, at.start.min(figure.start)..after + len));
                continue;
            }
        }
        // The currency's words after the figure, then another span of time than the claim's
        // rate is per: "1,200 rupees per week" for `rupee per month`.
        if written_sign.is_none()
            && let Some((counted, per)) = money_of_rate(unit_name)
            && let Some((said, end)) = counted_then_other_period(quote, after, counted, per)
        {
            other_unit.get_or_insert((format!("{counted} per {said}").into(), figure.start..end));
            continue;
        }
        // A currency named with its country (`Indian rupee`) is judged by the signs of the
        // currency it names (`Rs`, `₹`) as well as by its own.
        let money = written_sign.as_ref().and_then(|_| money_named(unit_name));
        // A currency's symbol or code by the figure of a claim that counts no money ("$3m"
        // for `km`, "EUR 300 per household" for `household`) says the figure is money,
        // whatever words follow. Not a currency written in letters (`the RM 500 model`), nor
        // for a unit that may name money in a way not read here (`dollars`, `USD million`,
        // `budget`).
        // The sign is looked for first: whether a unit counts money is the dearer question.
        if money.is_none()
            && !percent
            && let Some((at, currencies)) = written_sign
                .clone()
                .filter(|(at, _)| is_symbol_or_code(quote[at.clone()].trim()))
            && counts_no_money(unit_name)
        {
            let start = at.start.min(figure.start);
            other_unit.get_or_insert((
                Cow::Borrowed(named_currency(currencies, language)),
                start..after.max(at.end),
            ));
            continue;
        }
        let sign = written_sign.filter(|_| money.is_some() || percent);
        if let Some((_, currencies)) = sign
            && currencies.iter().any(|currency| {
                states(&own, unit_name, currency)
                    // Only the sign of the currency named, not a kind of it: `$` states
                    // `Jamaican dollar`, `US$` does not.
                    || money.is_some_and(|money| {
                        money != unit_name && currency.eq_ignore_ascii_case(money)
                    })
            })
        {
            return None;
        }
        let window = after..window_end(quote, after);
        // Searched in lowercase, and found spans mapped back to the quote's own offsets.
        let lowercased = Lowercased::new(&quote[window.clone()]);
        let lower = &lowercased.text;
        let own_words = own
            .iter()
            .filter_map(|phrase| find_word(lower, phrase).map(|at| at..at + phrase.len()))
            // A word that only starts like the claim's unit states it, unless it is
            // another unit's own plural ("kroner" starts like `krona`).
            .chain(stem_of(lower, unit_name).filter(|found| {
                units
                    .other_plural_in(&lower[found.clone()], unit_name, 0)
                    .is_none()
            }))
            .min_by_key(|found| (found.start, std::cmp::Reverse(found.end)));
        // Another unit matters before the claim's or around it, so it is looked for up to
        // where the claim's starts: after the figure, usually its first word.
        let until = own_words.as_ref().map_or(lower.len(), |own| own.start);
        // A currency as a rate counts only before the claim's own unit ("8 euro per
        // person"); without it, a singular currency is read below.
        // A plural another language forms of another unit is read only where no word
        // states the claim's: its endings are less sure signs than English plurals.
        let others_words = units
            .other_plural_in(lower, unit_name, until)
            .or_else(|| {
                own_words.as_ref()?;
                units.currency_per(lower, unit_name, until)
            })
            .or_else(|| match own_words {
                Some(_) => None,
                None => units.other_inflected_in(lower, unit_name, until),
            });
        if let Some(own_words) = own_words {
            // A coin after the claim's currency counts the figure: "5 euro cents".
            if let Some((coin, found)) = units.coin_at(lower, own_words.end, unit_name) {
                let found = lowercased.original_span(found);
                other_unit.get_or_insert((
                    Cow::Borrowed(coin),
                    window.start + found.start..window.start + found.end,
                ));
                continue;
            }
            let before_own = others_words.as_ref().is_some_and(|(other, found)| {
                let first_or_enclosing = found.start < own_words.start
                    || (found.start == own_words.start && found.end > own_words.end);
                // A currency written just before the claim's unit qualifies it: "50 yen
                // coins" counts coins (a currency whose plural is its singular).
                let qualifies = is_money(other)
                    && found.end < own_words.start
                    && lower[found.end..own_words.start]
                        .chars()
                        .all(char::is_whitespace);
                first_or_enclosing && !qualifies && !is_kind_of(other, unit_name)
            });
            if !before_own {
                return None;
            }
        }
        if other_unit.is_none() {
            let by_sign = sign.map(|(at, currencies)| {
                let start = at.start.min(figure.start);
                // A negative amount's minus sign, before its currency sign, is said with it.
                let start = quote[..start]
                    .strip_suffix(['-', '\u{2212}', '\u{2013}'])
                    .filter(|_| value.value.value.is_sign_negative())
                    .map_or(start, str::len);
                (
                    Cow::Borrowed(named_currency(currencies, language)),
                    start..after,
                )
            });
            let by_words = others_words
                .or_else(|| {
                    singular_unit(
                        lower,
                        // The two words after a word found are read, a few past the window.
                        first_bytes(&quote[window.start..], window.len() + 4 * LONGEST_WORD),
                        units,
                        unit_name,
                        counts_one,
                    )
                })
                .map(|(other, found)| {
                    let found = lowercased.original_span(found);
                    (
                        Cow::Borrowed(other),
                        window.start + found.start..window.start + found.end,
                    )
                })
                // A kind of the claim's unit (`lb` of `pound`) is no other unit, nor a
                // symbol written in another case than the unit's (`Ft` is the forint).
                .filter(|(other, found)| {
                    !is_kind_of(other, unit_name) && !in_another_case(&quote[found.clone()])
                });
            other_unit = by_sign.or(by_words);
        }
    }
    let (other, in_quote) = other_unit?;
    let said = &quote[in_quote.clone()];
    // A kind of place that another unit counts too, said by its own name: "districts" is a
    // `district` unit, not the `county` whose phrases hold it.
    let said_lowercase = said.to_lowercase();
    let other = EntityKind::COUNTING_UNITS
        .iter()
        .find(|&&kind| said_lowercase == kind || said_lowercase == crate::words::plural(kind))
        .filter(|&&kind| {
            kind != other
                && EntityKind::counted_by_unit(kind) == EntityKind::counted_by_unit(&other)
        })
        .map_or(other, |&kind| Cow::Borrowed(kind));
    let mut diagnostic = Diagnostic::new(
        Code::UnitNotInQuote,
        format!(
            "`{}` counts {} {}, but its quote says {said} ({} `{other}` unit)",
            claim.id.value,
            judged.text,
            if counts_one || &*unit.value == "percent" {
                unit.value.to_string()
            } else {
                claim.counted(&unit.value)
            },
            crate::words::indefinite_article(&other),
        ),
        unit.at,
        if percent {
            "a percentage".to_string()
        } else {
            format!("counts {}", claim.counted(&unit.value))
        },
    )
    .with_label(
        claim.quote.inner(&in_quote),
        format!("the quote says {said}"),
    );
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let data = UnitNotInQuote {
        unit: &unit.value,
        quote_says: said,
        quote_unit: &other,
    };
    // A value written as a percentage carries its unit in its sign, which goes.
    let help = if value.value.is_percent {
        "write the value without its percent sign and encode the unit the article writes \
         (`unit:` in the singular), even when the article means another: a muddled article is \
         a discrepancy for the other checks to find"
    } else {
        "encode the unit the article writes (`unit:` in the singular), even when the article \
         means another: a muddled article is a discrepancy for the other checks to find"
    };
    Some(
        diagnostic
            .about_claim(&claim.id.value)
            .with_data(&data)
            .with_help(help),
    )
}

/// Whether the unit written onto a figure in Chinese, Japanese or Korean states the claim's
/// unit `unit` (named in English) whose phrases are `own`: as a sign does ([`states`]); `元`
/// also a claim in the dollars written so ([`unspaced::LOCAL_DOLLARS_WRITTEN_YUAN`]); a unit
/// also a claim in a rate of it (`拨款12元` states `yuan per person`); and a rate's unit only
/// a claim in a rate of it (`时速350公里` states `km/h`, not `km`).
fn states_unspaced(written: &unspaced::Written, unit: &str, own: &[String]) -> bool {
    let group = same_unit_names(unit).first().copied().unwrap_or(unit);
    let local_dollar = written.word == "元"
        && unspaced::LOCAL_DOLLARS_WRITTEN_YUAN
            .iter()
            .any(|dollar| dollar.eq_ignore_ascii_case(group));
    let of_a_rate = || {
        let counted = group
            .split_once(" per ")
            .or_else(|| unit.split_once(" per "))
            .or_else(|| unit.split_once('/'))
            .map(|(counted, _)| counted)?;
        let counted = unspaced::unit_named(counted).unwrap_or(counted);
        Some(states(&Unit::new(counted).phrases, counted, written.named))
    };
    // The unit of a rate states only a rate: `时速350公里` is no distance.
    if written.rate {
        return of_a_rate() == Some(true);
    }
    states(own, unit, written.named) || local_dollar || of_a_rate() == Some(true)
}

/// The coin a `p` written onto the figure that ends at `figure_end` writes, ending its word
/// (`80p`: pence), and where it stands. Not a `c`, which the number reader leaves as part of
/// a code (`Article 5c`).
fn glued_coin(quote: &str, figure_end: usize) -> Option<(&'static str, Range<usize>)> {
    let after = quote[figure_end..].strip_prefix('p')?;
    (!after.starts_with(char::is_alphanumeric)).then_some(("penny", figure_end..figure_end + 1))
}

/// Whether the currency `currency`, which a sign writes, states the claim's unit `unit`
/// whose phrases are `own`: one of its names, or a kind of it (`HK$` states `dollar`).
fn states(own: &[String], unit: &str, currency: &str) -> bool {
    own.iter()
        .any(|phrase| phrase.eq_ignore_ascii_case(currency))
        || is_kind_of(currency, unit)
}

/// Where each place the figure stands in `quote`, in the first of its spellings the
/// quote uses: as the claim writes it; failing that, another of its notations in digits
/// (`3,290,000` for `3.29 million`), its thousands grouped with commas or by a space, a
/// point or an apostrophe, as other languages write them (`27 208`, `1.079.498`). A quote
/// that writes the figure in a notation the claim does not use still has its unit judged,
/// and so does one that writes it as only the value check reads it (a decimal comma, a
/// scale word of another language, a number in words: `two hundred euros`, `doscientos
/// millones de euros`). One in words is not the figure: "one of the regions" is prose more
/// often than a count of regions. A spelling that is part of a longer number (`200 000` in
/// `3 200 000`) is not the figure. The quote is read as in an article in `language`.
fn figure_spans(quote: &str, value: &Quantity, language: Language) -> Vec<Range<usize>> {
    let ends = |spelling: &Spelling| -> Vec<Range<usize>> {
        let written = spelling.text.as_str();
        word_matches(quote, written)
            .map(|at| at..at + written.len())
            .filter(|span| !spelling.inside_longer_number(quote, span.clone()))
            .collect()
    };
    let as_written = ends(&Spelling {
        text: value.text.to_string(),
        separator: None,
    });
    if !as_written.is_empty() {
        return as_written;
    }
    let in_digits = notations(value)
        .into_iter()
        .filter(|notation| notation.bytes().any(|b| b.is_ascii_digit()));
    for notation in in_digits {
        for spelling in grouped_otherwise(&notation) {
            let found = ends(&spelling);
            if !found.is_empty() {
                return found;
            }
        }
    }
    // Failing those, the figures the value check reads ("3,2 millones", "45 milioni", "13,1
    // млн", "१५००", "two hundred"): each that is the value, with its scale word.
    let one_in_words = |written: &str| {
        !written.contains(char::is_numeric) && value.value == crate::quantity::Decimal::ONE
    };
    let mentions: Vec<_> = find_numbers_in(quote, language)
        .into_iter()
        .filter(|mention| !mention.is_part_of_a_word(quote))
        .collect();
    let read: Vec<Range<usize>> = mentions
        .iter()
        .filter(|mention| !one_in_words(&quote[mention.span.clone()]))
        .filter(|mention| mention.figures().any(|figure| same_figure(value, figure)))
        .map(|mention| {
            // A negative amount's minus sign stands before its currency sign (`-$5
            // million`): the figure is read from its digits, after the sign it has.
            let written = &quote[mention.span.clone()];
            match written.find(|c: char| c.is_numeric()) {
                Some(digits) if written.starts_with(['-', '\u{2212}', '\u{2013}']) => {
                    mention.span.start + digits..mention.span.end
                }
                _ => mention.span.clone(),
            }
        })
        .collect();
    if !read.is_empty() {
        return read;
    }
    // Failing those, a figure with a word after it that this check does not read and that
    // may be the value's scale ("1,5 milyard manat" for `1.5 billion`): the value check
    // reports the scale, and the unit after the word is the quote's all the same, so a
    // wrong currency is reported whether or not the scale is.
    let Some(multiplier) = value.multiplier().filter(|_| value.exponent > 0) else {
        return read;
    };
    mentions
        .iter()
        .filter(|mention| {
            mention.figures().any(|figure| {
                figure.exponent == 0
                    && !figure.is_percent
                    && figure.value.checked_mul(multiplier) == Some(value.value)
            })
        })
        .filter_map(|mention| Some(mention.span.start..unread_scale_end(quote, mention.span.end)?))
        .collect()
}

/// The end of the word after a figure that ends at `figure_end`, where it is a word the
/// number reader left unread that may be a scale word, by its spelling
/// ([`powers_spelt_like`]); not a word spelt like no scale word (`112 uşaq`), which may be
/// the unit itself.
fn unread_scale_end(quote: &str, figure_end: usize) -> Option<usize> {
    let after = quote[figure_end..].strip_prefix(' ')?;
    let length = after
        .find(|c: char| !c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c))
        .unwrap_or(after.len());
    let word = &after[..length];
    if word.chars().count() < 2 {
        return None;
    }
    let with_a_point = after[length..].starts_with('.');
    let may_be_a_scale =
        powers_spelt_like(word, with_a_point).is_none_or(|powers| !powers.is_empty());
    may_be_a_scale.then(|| figure_end + 1 + length + usize::from(with_a_point))
}

/// One way a figure is written, and the separator that groups its thousands when it is not
/// a comma.
struct Spelling {
    text: String,
    separator: Option<char>,
}

impl Spelling {
    /// Whether `text[span]` continues a number before or after it: a digit joined to it by
    /// a comma, a point, or this spelling's separator ("200,000" in "3,200,000", "200 000"
    /// in "3 200 000").
    fn inside_longer_number(&self, text: &str, span: Range<usize>) -> bool {
        let joins = |c: char| matches!(c, ',' | '.') || Some(c) == self.separator;
        let joined = |next: Option<char>, then: Option<char>| {
            next.is_some_and(joins) && then.is_some_and(|c| c.is_ascii_digit())
        };
        let mut before = text[..span.start].chars().rev();
        let mut after = text[span.end..].chars();
        joined(before.next(), before.next()) || joined(after.next(), after.next())
    }
}

/// `notation`, and when it groups its thousands with commas (`27,208`, `1,079,498.5`), the
/// same grouped by the other separators articles use: a space (plain, no-break, narrow
/// no-break or thin), a point, an apostrophe, with the decimal mark each goes with.
fn grouped_otherwise(notation: &str) -> Vec<Spelling> {
    let (whole, decimals) = notation
        .split_once('.')
        .map_or((notation, None), |(whole, decimals)| {
            (whole, Some(decimals))
        });
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() > 1
        && groups
            .iter()
            .all(|group| group.bytes().all(|b| b.is_ascii_digit()))
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|group| group.len() == 3)
        && decimals.is_none_or(|d| d.bytes().all(|b| b.is_ascii_digit()));
    let mut spellings = vec![Spelling {
        text: notation.to_string(),
        separator: None,
    }];
    if !grouped {
        return spellings;
    }
    for separator in NUMBER_SPACES.into_iter().chain(['.', '\'', '\u{2019}']) {
        let whole = groups.join(separator.encode_utf8(&mut [0; 4]));
        // The decimal mark: a comma after points (`1.079.498,5`), a point after apostrophes
        // (`1'079'498.5`), either after spaces (`27 208,5` in French, `27 208.5` in SI style).
        let texts: Vec<String> = match decimals {
            None => vec![whole],
            Some(decimals) => {
                let marks: &[char] = match separator {
                    '.' => &[','],
                    '\'' | '\u{2019}' => &['.'],
                    _ => &[',', '.'],
                };
                marks
                    .iter()
                    .map(|mark| format!("{whole}{mark}{decimals}"))
                    .collect()
            }
        };
        spellings.extend(texts.into_iter().map(|text| Spelling {
            text,
            separator: Some(separator),
        }));
    }
    spellings
}

/// CC205's facts: the claim's unit, the words the quote follows the figure with, and the
/// unit those words name.
#[derive(Serialize)]
struct UnitNotInQuote<'a> {
    unit: &'a str,
    quote_says: &'a str,
    quote_unit: &'a str,
}

/// Words that do not make a noun with the currency before them: "300 euro on new
/// schools" is 300 euros, "19 euro area members" counts members. With them the
/// prepositions of Dutch, German, the Nordic languages, Malay and Indonesian that
/// [`LEADING_AWAY`] does not hold: "412 miljoen euro naar onderwijs", "euro voor
/// bewoners" and "euro aan subsidies" are euros, whatever plural follows.
const FUNCTION_WORDS: &[&str] = &[
    "on", "more", "less", "than", "the", "a", "an", "per", "each", "al", "alla", "pro", "par",
    "je", "la", "le", "el", "los", "las", "der", "die", "das", "den", "dem", "für", "zu", "zum",
    "zur", "au", "aux", "des", "del", "della", "di", "da", "em", "no", "na", "por", "para", "pour",
    "sur", "auf", "über", "into", "over", "under", "by", "as", "is", "was", "were", "are", "be",
    "been", "has", "had", "have", "will", "would", "could", "should", "this", "that", "these",
    "those", "every", "all", "some", "new", "old", // English, Romance, German
    "naar", "voor", "aan", "van", "op", "met", "bij", "uit", "tot", "tegen", "om", "onder",
    "tussen", "via", "zonder", // Dutch
    "bei", "aus", "gegen", "durch", "ohne", "vor", // German
    "till", "för", "på", "til", "av", "af", "med", // Nordic
    "untuk", "bagi", "kepada", "pada", "dalam", "ke", "dengan", "oleh", // Malay, Indonesian
];

/// Another unit's word in the singular that ends its phrase (before a clause's end, the
/// quote's end or a joining word), in `window`: after the figure 1 any unit's ("1 school in
/// Kent", "1 universidad."), after any other figure a currency's, which many languages
/// write in the singular after every figure ("454 euro", "120 Euro", "5 dollar"). A
/// singular before another word is an adjective ("1 village official", "12 dollar bills")
/// and is not judged. `tail` is the quote from where `window` starts, as written.
fn singular_unit<'a>(
    window: &str,
    tail: &str,
    units: &'a UnitWords,
    own: &str,
    counts_one: bool,
) -> Option<(&'a str, Range<usize>)> {
    const JOINING: &[&str] = &[
        "in", "of", "at", "for", "and", "or", "with", "to", "from", "y", "en", "de", "con", "et",
        "à", "du", "und", "im", "mit", "von",
    ];
    // An empty window (the quote ends at the figure) names no unit.
    if window.is_empty() {
        return None;
    }
    let own = own.to_lowercase();
    // What follows a word found, read past the window's end (`tail` starts where it does),
    // in lowercase: made once, and only when a word is found.
    let tail_lowercase = std::cell::OnceCell::new();
    units
        .units
        .iter()
        .filter(|other| counts_one || other.money)
        .filter(|other| find_word(&own, &other.lower).is_none())
        .filter_map(|other| {
            let phrase = &other.lower;
            let at = find_word(window, phrase)?;
            let tail: &String = tail_lowercase.get_or_init(|| tail.to_lowercase());
            let rest = tail.get(at + phrase.len()..)?.trim_start();
            let mut words = rest
                .split_whitespace()
                .map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric()));
            let next = rest.split_whitespace().next().unwrap_or("");
            // A name that is another word too (`kip`) names the unit only right after the
            // figure, below.
            let ends = (rest.is_empty()
                || rest.starts_with([',', '.', ';', ':', ')'])
                || JOINING.contains(&next))
                && !ALSO_OTHER_WORDS.contains(&phrase.as_str());
            // A currency in the singular is the figure's unit as languages that write it so
            // go on ("454 euro al mese", "12,5 Millionen Euro bereit", "300 euro on new
            // schools"), and an adjective before the noun it qualifies, the plural right
            // after it ("12 dollar bills") or after a word that makes a noun with it ("19
            // euro area members"); a preposition between them ends that reading ("412
            // miljoen euro naar onderwijs", "300 euro between families"). A verb or a
            // function word after it is no noun it could qualify, though it ends in s as a
            // plural does ("5 dollar was paid", "5 dollar has gone").
            let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let qualifies = (looks_plural(first) && !FUNCTION_WORDS.contains(&first))
                || (!first.is_empty()
                    && first.chars().all(char::is_alphabetic)
                    && !JOINING.contains(&first)
                    && !FUNCTION_WORDS.contains(&first)
                    && looks_plural(second)
                    && !leads_away(first, Some(second)));
            // A currency in the singular names the figure's unit where it follows the figure,
            // its scale or a word that joins them ("300 triệu đồng", "12,5 Millionen Euro",
            // "3 millones de yuan"); further on it is another word or a name ("4 huyện miền
            // núi Đồng Xuân", "12 cộng đồng").
            let currency = other.money && !qualifies && follows_the_figure(&window[..at]);
            (ends || currency).then(|| (other.name.as_str(), at..at + phrase.len()))
        })
        .min_by_key(|(_, found)| found.start)
}

/// Whether the words between a figure and a word after it (`between`, in lowercase) are at
/// most its scale and a word that joins a figure to what it counts: "triệu", "Millionen",
/// "millones de", "of".
fn follows_the_figure(between: &str) -> bool {
    const JOINING_A_FIGURE: &[&str] = &["of", "de", "d'", "di", "del", "van", "von", "em"];
    between.split_whitespace().all(|word| {
        // A follower is read after a space, as it stands after a figure (`Mrd.` with its
        // point).
        let spaced = format!(" {}", word.trim_end_matches(','));
        JOINING_A_FIGURE.contains(&word.trim_end_matches([',', '.']))
            || super::numbers::follower_end(&spaced, 0).is_some_and(|(end, _)| end == spaced.len())
    })
}

/// Prepositions that, right after a figure, attach it to what follows rather than name
/// what it counts: "390 auf die übrigen Kommunen" and "390 to the other municipalities"
/// count no municipalities. Not those that join a figure to its unit or a rate to what it
/// is per: `of`, `de`, `di`, `von`, `van` ("3 millones de euros"), `a`, `an`, `per` ("80
/// dollars a barrel", "5 dollars per kg"), nor `in` ("$5 million in aid").
const ATTACHING_PREPOSITIONS: &[&str] = &[
    "to", "for", "into", "towards", "toward", // English
    "auf", "für", "zu", "zum", "zur", "nach", // German
    "à", "au", "aux", "pour", "vers", // French
    "para", "hacia", "ao", "aos", "às", "al", // Spanish and Portuguese
    "ai", "agli", "verso", // Italian
];

/// Prepositions that, after a figure and the words that follow it, lead to where the
/// figure goes or is rather than to what it counts ("700,000 in towns", "390 went to
/// municipalities", "12 milioni ripartiti tra i comuni"): the window of its unit ends
/// before them. Not `of`, `de`, `di`, `von` ("17 of the provinces", "3 millones de
/// euros"), which lead to what the figure counts, nor `per`, `a`, `an` ("12 euro per
/// chilo", "80 dollars a barrel"), which lead to what a rate is per; Italian `per` before
/// an article is one ("12 milioni per i comuni").
const LEADING_AWAY: &[&str] = &[
    "in", "into", "to", "for", "at", "on", "from", "among", "amongst", "across", "between",
    "within", "inside", "towards", "toward", // English
    "im", "auf", "für", "zu", "zum", "zur", "nach", "am", "unter", "zwischen", // German
    "à", "au", "aux", "pour", "vers", "dans", "entre", "parmi", "en", // French
    "para", "hacia", "ao", "aos", "às", "al", "em", "no", "na", "nos",
    "nas", // Spanish, Portuguese
    "ai", "agli", "alle", "alla", "allo", "nel", "nei", "negli", "nella", "nelle", "tra", "fra",
    "verso", "sui", "sugli", "sulle", // Italian
];

/// The prepositions of [`LEADING_AWAY`] that may lead to the currency a sum is stated in.
const IN: [&str; 3] = ["in", "en", "em"];

/// Whether `word`, followed by `next`, is a preposition of [`LEADING_AWAY`] (Italian `per`
/// when an article follows it; German `an` only there, as English `an` is an article).
fn leads_away(word: &str, next: Option<&str>) -> bool {
    const ITALIAN_ARTICLES: [&str; 7] = ["i", "il", "la", "le", "gli", "lo", "l'"];
    let next = || next.map(in_lowercase).unwrap_or_default();
    match &*in_lowercase(word) {
        "per" => {
            let next = next();
            ITALIAN_ARTICLES.contains(&&*next) || next.starts_with("l'")
        }
        "an" => ["die", "der", "den", "das"].contains(&&*next()),
        word => LEADING_AWAY.contains(&word),
    }
}

/// `word` in lowercase, copied only when a letter of it changes: every word after every
/// figure is compared with the prepositions, and most are written in lowercase already.
fn in_lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().all(|c| c.to_lowercase().eq([c])) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether the next words of `rest` (up to two: "in US dollars") name a currency.
fn names_money_next(rest: &str) -> bool {
    rest.split_whitespace().take(2).any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        is_money(word) || word.strip_suffix('s').is_some_and(is_money)
    })
}

/// Where the words that may give the unit of a figure ending at `from` end: after the first
/// word that reads as a plural noun (the noun the figure counts: "2 regions opened new
/// clinics" counts regions, not clinics) or after what it is `per` ("miles per hour"),
/// after a word that closes a clause (`,` `;` `:` `.`), before another figure, and at the
/// latest after the `WINDOW`th word. Where it starts, when the first word is one of the
/// [`ATTACHING_PREPOSITIONS`]: the words after it are what the figure goes to.
fn window_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut words = words_after(text, from).enumerate().peekable();
    if let Some((_, (_, first))) = words.peek()
        && ATTACHING_PREPOSITIONS.contains(&&*in_lowercase(first))
    {
        return from;
    }
    while let Some((count, (at, word))) = words.next() {
        // Another figure starts its own unit: "$4.5 billion on 295 school districts", and
        // so does the currency written before it: "12 got US$ 3 million".
        if starts_figure(word) || writes_the_currency_of_the_next(text, (at, word), words.peek()) {
            break;
        }
        // A preposition leads to where the figure goes or is, not to what it counts: "390
        // went to municipalities", "700,000 in towns", "1,9 miliardi andranno agli
        // ospedali"; but `in` may lead to the currency a sum is stated in ("3 billion in US
        // dollars").
        if leads_away(word, words.peek().map(|&(_, (_, next))| next)) {
            let rest = &text[at + word.len()..];
            if !(IN.contains(&&*in_lowercase(word)) && names_money_next(rest)) {
                break;
            }
        }
        end = at + word.len();
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let closes_clause = word.ends_with([',', ';', ':', '.']);
        if looks_plural(bare) && !closes_clause {
            match words.next() {
                // A rate's plural goes on to what it is per: "miles per hour", "dollars a
                // barrel".
                Some((_, (_, "per" | "a" | "an"))) => {
                    if let Some((_, (at, per))) = words.next() {
                        end = at + per.trim_end_matches([',', ';', ':', '.']).len();
                    }
                }
                // An area, written with its adjective after the measure: "kilomètres
                // carrés", "metros cuadrados", "chilometri quadrati".
                Some((_, (at, after)))
                    if SQUARE_AFTER.contains(
                        &after
                            .trim_end_matches([',', ';', ':', '.'])
                            .to_lowercase()
                            .as_str(),
                    ) =>
                {
                    end = at + after.trim_end_matches([',', ';', ':', '.']).len();
                }
                _ => {}
            }
            break;
        }
        if looks_plural(bare) || closes_clause || count + 1 == WINDOW {
            break;
        }
    }
    end
}

/// The adjectives French, Spanish, Portuguese and Italian write after a measure's name in
/// the plural to make it an area
/// ([`MEASURES_IN_OTHER_LANGUAGES`](measures::MEASURES_IN_OTHER_LANGUAGES)): "kilomètres
/// carrés".
const SQUARE_AFTER: [&str; 4] = ["carrés", "cuadrados", "quadrados", "quadrati"];

/// Whether `word` (at its offset in `text`) is the currency sign or code of the figure
/// that `next` starts (`US$` in "US$ 3 million", `€` in "“€ 15 milioni”"): it is that
/// figure's, not the unit of the figure before it.
fn writes_the_currency_of_the_next(
    text: &str,
    (at, word): (usize, &str),
    next: Option<&(usize, (usize, &str))>,
) -> bool {
    let Some(&(_, (next_at, next_word))) = next else {
        return false;
    };
    starts_figure(next_word)
        && currency_sign_before(text, next_at).is_some_and(|(sign, _)| {
            // The sign is the word, but for punctuation before it (an opening quote mark).
            sign.start >= at
                && sign.start < at + word.len()
                && !text[at..sign.start].contains(char::is_alphanumeric)
        })
}

/// Whether `word` is a figure ("295", "$4.5", "€12", "(17"), whose words are its own.
fn starts_figure(word: &str) -> bool {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit())
}

/// The words of `text` after `from`, each with its byte offset.
fn words_after(text: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    // Split within the few words read: finding where a word of unspaced text ends is a
    // scan to the end of its sentence.
    let read = first_bytes(&text[from..], (WINDOW + 3) * (LONGEST_WORD + 1));
    read.split_whitespace().map(move |word| {
        (
            word.as_ptr() as usize - text.as_ptr() as usize,
            first_bytes(word, LONGEST_WORD),
        )
    })
}

/// The most of one word after a figure that is searched for its unit. Text written
/// without spaces (Chinese, Japanese) is one word to the end of its sentence: the unit
/// stands in its first characters (`1200万美元`), and searching the rest from each of a
/// sentence's figures would cost the square of its length.
const LONGEST_WORD: usize = 64;

/// The longest start of `text` of at most `most` bytes that ends on a character.
fn first_bytes(text: &str, most: usize) -> &str {
    let mut end = most.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The first word of `text`: its first run of letters and digits, if it starts with one;
/// a word of other letters ends where Hangul begins, as Korean writes its particles onto a
/// unit's symbol (`km로`).
fn first_word(text: &str) -> Option<&str> {
    let hangul = text.starts_with(crate::korean::is_hangul);
    let end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric() || (!hangul && crate::korean::is_hangul(c)))
        .map_or(text.len(), |(at, _)| at);
    (end > 0).then(|| &text[..end])
}

/// Whether a word that ends in `word` and goes on with `rest` ends there: nothing or no
/// letter or digit follows, or the particles Korean writes onto a word, a unit's symbol
/// too (`20km로`, `원을`; not `원칙`).
fn ends_a_word(word: &str, rest: &str) -> bool {
    match rest.chars().next() {
        Some(next) if crate::korean::is_hangul(next) => word
            .chars()
            .next_back()
            .is_some_and(|last| crate::korean::only_particles_follow(last, rest, &[])),
        Some(next) => !next.is_alphanumeric(),
        None => true,
    }
}

/// The first place `word` stands in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    word_matches(text, word).next()
}

/// Every place `word` stands in `text` as whole words.
fn word_matches<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    occurrences(text, word).filter(move |&at| {
        let before = text[..at].chars().next_back();
        !word.is_empty()
            && !before.is_some_and(char::is_alphanumeric)
            && ends_a_word(word, &text[at + word.len()..])
    })
}

/// Where `word` occurs in `text`, left to right and not overlapping, as
/// `str::match_indices` finds them. The texts are a quote or a few words of one, where
/// setting up a substring search costs more than comparing at each byte that starts like
/// `word`.
fn occurrences<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let first = *word.as_bytes().first()?;
        while let Some(offset) = memchr::memchr(first, &text.as_bytes()[from..]) {
            let at = from + offset;
            if text[at..].starts_with(word) {
                from = at + word.len();
                return Some(at);
            }
            from = at + 1;
        }
        from = text.len();
        None
    })
}

/// Whether `a` and `b` are one word in any case of any script, compared without copying.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// `word` as [`same_ignoring_case`] compares it: each character lowercased, copied only
/// where one changes.
fn lowercased_by_char(word: &str) -> Cow<'_, str> {
    if word.chars().all(|c| c.to_lowercase().eq([c])) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.chars().flat_map(char::to_lowercase).collect())
    }
}

#[cfg(test)]
mod tests {
    // The unit check as a whole: quotes and claims in, findings out.

    use super::{
        LONGEST_WORD, Language, UnitWords, figure_spans, find_word, grouped_otherwise,
        in_lowercase, leads_away, looks_plural, named_currency, occurrences, singular_unit,
        stem_of, window_end,
    };
    use crate::quantity::Quantity;
    use proptest::prelude::*;
    use std::borrow::Cow;

    #[test]
    fn the_unit_of_a_figure_in_unspaced_text_is_looked_for_in_its_first_characters() {
        // A sentence of Chinese is one word to its end; its unit follows the figure.
        let text = format!("拨款1200万美元{}。", "用于学校".repeat(10_000));
        let from = text.find('美').unwrap();
        let end = window_end(&text, from);
        assert!(end - from <= LONGEST_WORD, "{}", end - from);
        assert!(text[from..end].starts_with("美元"));
    }
    proptest! {
        #[test]
        fn prop_occurrences_are_those_of_match_indices(
            text in "[ab é,.]{0,24}",
            word in "[ab é]{1,4}",
        ) {
            let expected: Vec<usize> = text.match_indices(word.as_str()).map(|(at, _)| at).collect();
            prop_assert_eq!(occurrences(&text, &word).collect::<Vec<_>>(), expected);
        }
    }

    proptest! {
        /// The lookup by first word finds what searching for every phrase finds: the
        /// earliest plural of another unit, of those the longest, and of those the first
        /// unit in name order.
        #[test]
        fn prop_the_other_unit_is_the_earliest_plural_of_any_unit(
            words in proptest::collection::vec(
                "(dollars|km|kilometres|sq|km²|grams|per|litre|villages|kilowatt-hours|us|of|,|12)",
                0..8,
            ),
            own in "(gram per litre|dollar|kilometre|village)",
        ) {
            let units = UnitWords::of_names(["dollar", "gram", "gram per litre", "village"]);
            let window = words.join(" ");
            let expected = units
                .units
                .iter()
                .filter(|other| find_word(&own, &other.lower).is_none())
                .flat_map(|other| {
                    other.plurals.iter().filter_map(|phrase| {
                        find_word(&window, phrase)
                            .map(|at| (other.name.as_str(), at..at + phrase.len()))
                    })
                })
                .min_by_key(|(_, found)| (found.start, std::cmp::Reverse(found.end)));
            prop_assert_eq!(units.other_plural_in(&window, &own, window.len()), expected);
        }
    }

    #[test]
    fn a_figure_is_found_as_the_article_s_declared_language_reads_it() {
        let value = |text: &str| Quantity::parse(text).expect("a figure");
        let quote = "Statek był 15 mil od portu";
        let found = |figure: &str, tag: Option<&str>| -> Vec<&str> {
            figure_spans(quote, &value(figure), Language::of(tag))
                .into_iter()
                .map(|span| &quote[span])
                .collect()
        };
        // `mil` is a mile in Polish: the figure is 15, and its unit word `mil`.
        assert_eq!(found("15,000", Some("pl")), Vec::<&str>::new());
        assert_eq!(found("15", Some("pl")), ["15"]);
        assert_eq!(found("15,000", None), ["15 mil"]);
        // The Polish `ten` ("this") is no figure before the word after it.
        let quote = "Na ten cel wydano 21,7 mln zł";
        let found = |tag: Option<&str>| figure_spans(quote, &value("10"), Language::of(tag));
        assert!(found(Some("pl")).is_empty());
        assert_eq!(found(None).len(), 1);
    }

    #[test]
    fn a_figure_is_found_in_another_notation_and_with_its_thousands_grouped_otherwise() {
        let value = |text: &str| Quantity::parse(text).expect("a figure");
        let after = |quote: &str, figure: &str| -> Vec<String> {
            figure_spans(quote, &value(figure), Language::UNDECLARED)
                .into_iter()
                .map(|span| quote[span.end..].to_string())
                .collect()
        };
        assert_eq!(after("27 208 villages", "27,208"), [" villages"]);
        assert_eq!(after("27.208 Dörfer", "27208"), [" Dörfer"]);
        assert_eq!(after("27\u{202f}208,5 hectares", "27,208.5"), [" hectares"]);
        assert_eq!(
            after("1\u{202f}079\u{202f}498 foyers", "1,079,498"),
            [" foyers"]
        );
        assert_eq!(after("3,290,000 people", "3.29 million"), [" people"]);
        assert_eq!(after("three regions and 3 counties", "3"), [" counties"]);
        assert_eq!(
            after("one of the regions", "1"),
            Vec::<String>::new(),
            "words are prose"
        );
        assert_eq!(after("127 208 villages", "27208"), Vec::<String>::new());
        assert_eq!(after("3 200 000 villages", "200,000"), Vec::<String>::new());
        assert_eq!(after("3,200,000 villages", "200,000"), Vec::<String>::new());
        assert_eq!(
            after("200 000 villages, 3 regions", "200,000"),
            [" villages, 3 regions"]
        );
        let spelled = |notation: &str| -> Vec<String> {
            grouped_otherwise(notation)
                .into_iter()
                .map(|spelling| spelling.text)
                .collect()
        };
        assert_eq!(
            spelled("1,079,498.5")[1..],
            [
                "1 079 498,5",
                "1 079 498.5",
                "1\u{a0}079\u{a0}498,5",
                "1\u{a0}079\u{a0}498.5",
                "1\u{202f}079\u{202f}498,5",
                "1\u{202f}079\u{202f}498.5",
                "1\u{2009}079\u{2009}498,5",
                "1\u{2009}079\u{2009}498.5",
                "1.079.498,5",
                "1'079'498.5",
                "1\u{2019}079\u{2019}498.5"
            ]
        );
        assert_eq!(spelled("27208"), ["27208"]);
        assert_eq!(spelled("3.29 million"), ["3.29 million"]);
    }

    /// The citation checks of a project of one claim `value`/`unit` quoting `quote`, whose
    /// article is the quote.
    fn checked(quote: &str, value: &str, unit: &str) -> crate::check::Outcome {
        let claims = format!(
            "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n"
        );
        let article = format!("{quote}.");
        crate::testing::check_citations(&[
            ("claims/c.yaml", &claims),
            ("sources/article.txt", &article),
        ])
    }

    #[test]
    fn currencies_of_finnish_hungarian_romanian_georgian_and_amharic_are_read_in_their_cases() {
        for (quote, value, unit) in [
            ("Kaupunki varasi 850 000 euroa", "850,000", "euro"),
            (
                "1,2 milliárd forintot különítettek el",
                "1.2 billion",
                "forint",
            ),
            (
                "Guvernul a alocat 1,2 milioane de lei",
                "1.2 million",
                "leu",
            ),
            ("მთავრობამ 1,2 მილიონი ლარი გამოყო", "1.2 million", "lari"),
            ("ለውሃ ማጓጓዣ 1.2 ሚሊዮን ብር ተመድቧል", "1.2 million", "birr"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
        for (quote, value, unit, says) in [
            (
                "Kaupunki varasi 850 000 euroa",
                "850,000",
                "dollar",
                "euroa",
            ),
            (
                "1,2 milliárd forintot különítettek el",
                "1.2 billion",
                "euro",
                "forintot",
            ),
            (
                "Guvernul a alocat 1,2 milioane de lei",
                "1.2 million",
                "euro",
                "lei",
            ),
        ] {
            assert_eq!(said(quote, value, unit), says, "{quote}");
        }
    }

    #[test]
    fn the_currencies_of_central_and_south_east_asia_are_read_by_name_code_and_sign() {
        for (quote, value, unit) in [
            ("It gets 185.3 billion tenge", "185.3 billion", "tenge"),
            ("It gets 185.3 billion tenges", "185.3 billion", "tenge"),
            ("It gets KZT 185.3 billion", "185.3 billion", "tenge"),
            ("It gets ₸185.3 billion", "185.3 billion", "tenge"),
            (
                "Алматыға 185,3 млрд теңгесі бөлінді",
                "185.3 billion",
                "tenge",
            ),
            ("Baku spends 12 million manat", "12 million", "manat"),
            ("Vientiane spends 5 billion kip", "5 billion", "kip"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
        for (quote, value, unit, says) in [
            (
                "It gets 185.3 billion tenge",
                "185.3 billion",
                "ruble",
                "tenge",
            ),
            (
                "It gets 185.3 billion tenges",
                "185.3 billion",
                "euro",
                "tenges",
            ),
            (
                "It gets KZT 185.3 billion",
                "185.3 billion",
                "ruble",
                "KZT 185.3 billion",
            ),
            ("It gets 185.3 billion KZT", "185.3 billion", "ruble", "KZT"),
            (
                "It gets ₸185.3 billion",
                "185.3 billion",
                "ruble",
                "₸185.3 billion",
            ),
            (
                "Алматыға 185,3 млрд теңгесі бөлінді",
                "185.3 billion",
                "ruble",
                "теңгесі",
            ),
            (
                "Алматыға 96 млрд теңгеге жуық",
                "96 billion",
                "ruble",
                "теңгеге",
            ),
            (
                "Алматыға 96 млрд теңгеден астам",
                "96 billion",
                "ruble",
                "теңгеден",
            ),
            (
                "Baku spends 12 million manat",
                "12 million",
                "dollar",
                "manat",
            ),
            (
                "Yerevan spends 12 million dram",
                "12 million",
                "dollar",
                "dram",
            ),
            (
                "Vientiane spends 5 billion kip",
                "5 billion",
                "dollar",
                "kip",
            ),
            (
                "Yangon spends 5 billion kyat",
                "5 billion",
                "dollar",
                "kyat",
            ),
            (
                "Phnom Penh spends 5 billion riel",
                "5 billion",
                "dollar",
                "riel",
            ),
            (
                "Bishkek spends 5 billion Kyrgyz som",
                "5 billion",
                "dollar",
                "Kyrgyz som",
            ),
            ("Бишкек бөлдү 5 млрд сом", "5 billion", "dollar", "сом"),
        ] {
            assert_eq!(said(quote, value, unit), says, "{quote} / {unit}");
        }
        // `kip` and `dram` are English words a few words on, and `som` alone a Nordic one.
        for (quote, value, unit) in [
            ("The 12 workers had a kip", "12", "worker"),
            ("The 12 guests took a dram", "12", "guest"),
            ("Det var 300 som kom", "300", "person"),
            ("Det var 300 personer som kom.", "300", "person"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
    }

    #[test]
    fn a_value_written_as_a_percentage_is_judged_as_a_claim_in_percent() {
        use crate::codes::Code::{UnitNotInQuote, ValueNotInQuote};
        // Another unit after the figure is one CC205, in either spelling: the value check's
        // CC202 would only say the figure is no percentage, where this names what it is.
        for quote in [
            "parking fees rose by 5 pounds",
            "yields rose 5 basis points",
        ] {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, \
                 metric: m, value: \"5%\" }}\n"
            );
            let outcome = crate::testing::check_citations(&[
                ("claims/c.yaml", &claims),
                ("sources/article.txt", &format!("{quote}.")),
            ]);
            assert_eq!(
                crate::testing::citation_codes(&outcome),
                [UnitNotInQuote],
                "{quote}"
            );
            // Its help says the percent sign goes with the unit written.
            let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
            assert!(
                help.starts_with("write the value without its percent sign"),
                "{quote}: {help}"
            );
            assert_eq!(judged(quote, "5", "percent"), [UnitNotInQuote], "{quote}");
        }
        assert_eq!(
            said("parking fees rose by 5 pounds", "5", "percent"),
            "pounds"
        );
        // Zero is stated bare, and its unit still judged, in either spelling.
        for (value, unit) in [
            ("0%", "percent"),
            ("0 percent", "percent"),
            ("0", "percent"),
        ] {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: c, quote: \"fees rose by 0 pounds\", \
                 subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n"
            );
            let outcome = crate::testing::check_citations(&[
                ("claims/c.yaml", &claims),
                ("sources/article.txt", "fees rose by 0 pounds."),
            ]);
            assert_eq!(
                crate::testing::citation_codes(&outcome),
                [UnitNotInQuote],
                "{value}"
            );
        }
        // No unit after it: the figure is no percentage, which the value check says.
        assert_eq!(
            judged("the index rose 5 points", "5", "percent"),
            [ValueNotInQuote]
        );
    }

    #[test]
    fn a_kind_of_place_another_unit_counts_too_is_named_by_its_own_name() {
        // Found from outside: "2 districts" was "(a `county` unit)", the unit whose phrases
        // hold the districts it counts.
        let outcome = checked("2 districts were flooded", "2", "town");
        let finding = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == crate::codes::Code::UnitNotInQuote)
            .expect("a CC205");
        assert_eq!(
            finding.message,
            "`c` counts 2 towns, but its quote says districts (a `district` unit)"
        );
        assert_eq!(
            finding.data.as_ref().unwrap().value()["quote_unit"],
            "district"
        );
        // The unit's own name stays as it is.
        let outcome = checked("2 counties were flooded", "2", "town");
        assert!(
            outcome.diagnostics.iter().any(|d| d.message
                == "`c` counts 2 towns, but its quote says counties (a `county` unit)"),
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_crown_is_named_as_the_article_s_language_writes_it() {
        let kr = ["krona", "krone"];
        let kr_with_its_point = ["krone", "krona"];
        for tag in ["nb", "nn", "no", "nb-NO", "da", "da-DK"] {
            let language = Language::of(Some(tag));
            assert_eq!(named_currency(&kr, language), "krone", "{tag}");
            assert_eq!(
                named_currency(&kr_with_its_point, language),
                "krone",
                "{tag}"
            );
        }
        for tag in ["sv", "sv-FI", "is", "is-IS"] {
            let language = Language::of(Some(tag));
            assert_eq!(named_currency(&kr, language), "krona", "{tag}");
            assert_eq!(
                named_currency(&kr_with_its_point, language),
                "krona",
                "{tag}"
            );
        }
        // Elsewhere the sign's first reading; another currency is named as it is.
        for language in [
            Language::UNDECLARED,
            Language::of(Some("en")),
            Language::of(Some("fi")),
        ] {
            assert_eq!(named_currency(&kr, language), "krona");
            assert_eq!(named_currency(&kr_with_its_point, language), "krone");
        }
        assert_eq!(
            named_currency(&["dollar"], Language::of(Some("nb"))),
            "dollar"
        );
    }

    /// The codes a project of one claim `value`/`unit` quoting `quote` gets.
    fn judged(quote: &str, value: &str, unit: &str) -> Vec<crate::codes::Code> {
        crate::testing::citation_codes(&checked(quote, value, unit))
    }

    /// What the CC205 of a claim `value`/`unit` quoting `quote` says the quote says.
    fn said(quote: &str, value: &str, unit: &str) -> String {
        let outcome = checked(quote, value, unit);
        let finding = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == crate::codes::Code::UnitNotInQuote)
            .expect("a CC205");
        let (_, says) = finding
            .message
            .split_once("its quote says ")
            .expect("CC205 says what its quote says");
        says.split(" (").next().unwrap_or(says).to_string()
    }

    /// The codes a claim in `unit` gets from `quote`, beside a claim that counts `other`
    /// (so that the project uses that unit too).
    fn judged_beside(quote: &str, value: &str, unit: &str, other: &str) -> Vec<crate::codes::Code> {
        let claims = format!(
            "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n  - {{ id: d, quote: \"75\", subject: Gansu, metric: n, value: 75, unit: {other} }}\n"
        );
        let article = format!("{quote}. 75.");
        let outcome = crate::testing::check_citations(&[
            ("claims/c.yaml", &claims),
            ("sources/article.txt", &article),
        ]);
        crate::testing::citation_codes(&outcome)
    }

    #[test]
    fn a_currency_the_project_writes_in_its_own_language_is_named_in_that_language_s_words() {
        use crate::codes::Code::UnitNotInQuote;
        // `unit: рубль` is the ruble: "рублей" names it after a figure of a claim in euros,
        // as it does when the project writes `unit: ruble`.
        for ruble in ["рубль", "ruble"] {
            assert_eq!(
                judged_beside(
                    "составит 10 000 рублей на человека",
                    "10,000",
                    "euro",
                    ruble
                ),
                [UnitNotInQuote],
                "{ruble}"
            );
            assert_eq!(
                judged_beside("направят 300 рублей", "300", ruble, "euro"),
                [],
                "{ruble}"
            );
        }
        assert_eq!(
            judged_beside("12.5 million dollars", "12.5 million", "euro", "dólar"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn measures_named_in_other_languages_state_and_name_their_measure() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, own, other, says) in [
            (
                "Le réseau compte 35 kilomètres de pistes",
                "km",
                "mile",
                "kilomètres",
            ),
            (
                "La red tiene 35 kilómetros de carriles",
                "kilometre",
                "mile",
                "kilómetros",
            ),
            (
                "A rede tem 35 quilômetros de ciclovias",
                "km",
                "mile",
                "quilômetros",
            ),
            (
                "A rede tem 35 quilómetros de ciclovias",
                "km",
                "mile",
                "quilómetros",
            ),
            (
                "La rete conta 35 chilometri di piste",
                "km",
                "mile",
                "chilometri",
            ),
            (
                "Die Strecke ist 35 Kilometer lang",
                "km",
                "mile",
                "Kilometer",
            ),
            (
                "Het netwerk telt 35 kilometer fietspad",
                "km",
                "mile",
                "kilometer",
            ),
            ("Il parco copre 35 ettari", "hectare", "acre", "ettari"),
            (
                "El viñedo ocupa 35 hectáreas",
                "hectare",
                "acre",
                "hectáreas",
            ),
            ("Der Park hat 35 Hektar", "hectare", "acre", "Hektar"),
            (
                "On a collecté 35 tonnes de déchets",
                "tonne",
                "kg",
                "tonnes",
            ),
            (
                "Se recogieron 35 toneladas de basura",
                "tonne",
                "kg",
                "toneladas",
            ),
            (
                "Sono state raccolte 35 tonnellate",
                "tonne",
                "kg",
                "tonnellate",
            ),
            (
                "Es wurden 35 Tonnen Müll gesammelt",
                "tonne",
                "kg",
                "Tonnen",
            ),
            ("Il pèse 35 kilogrammes", "kg", "pound", "kilogrammes"),
            ("Pesa 35 chilogrammi", "kg", "pound", "chilogrammi"),
            (
                "On a distribué 35 litres d'eau",
                "litre",
                "gallon",
                "litres",
            ),
            (
                "Se repartieron 35 litros de agua",
                "litre",
                "gallon",
                "litros",
            ),
            ("Es gab 35 Liter Wasser", "litre", "gallon", "Liter"),
            ("Le mur fait 35 mètres", "metre", "foot", "mètres"),
            ("Il muro è lungo 35 metri", "metre", "foot", "metri"),
            (
                "Le parc couvre 35 kilomètres carrés",
                "km2",
                "hectare",
                "kilomètres carrés",
            ),
            (
                "El parque cubre 35 kilómetros cuadrados",
                "square kilometre",
                "km",
                "kilómetros cuadrados",
            ),
            (
                "O apartamento tem 35 metros quadrados",
                "m2",
                "hectare",
                "metros quadrados",
            ),
            (
                "Die Wohnung hat 35 Quadratmeter",
                "m2",
                "hectare",
                "Quadratmeter",
            ),
        ] {
            assert_eq!(judged(quote, "35", own), [], "{quote} states {own}");
            assert_eq!(
                judged(quote, "35", other),
                [UnitNotInQuote],
                "{quote} is no {other}"
            );
            assert_eq!(said(quote, "35", other), says, "{quote}");
        }
        // A claim's unit written in one of those languages is its measure.
        assert_eq!(judged("The trail runs 35 km", "35", "kilomètre"), []);
        assert_eq!(
            judged("The trail runs 35 miles", "35", "kilomètre"),
            [UnitNotInQuote]
        );
        // What a figure counts beside its measure is no count of it.
        assert_eq!(
            judged("Le réseau compte 35 kilomètres de pistes", "35", "piste"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_measure_in_another_language_is_no_other_unit_than_a_rate_or_area_of_it() {
        for (quote, own) in [
            // A rate of the measure the quote writes in another language, with words for
            // per that the check does not read: nothing to judge.
            ("On roule 35 kilomètres par jour", "km per day"),
            ("Die Züge fahren 35 Kilometer pro Stunde", "km/h"),
            // The English meter that counts gas or parking, the Dutch meter beside it.
            ("The city hired 35 meter readers", "reader"),
            // A singular of those languages names its measure only after one: an English
            // metro is a railway.
            ("The city has 35 metro stations", "station"),
        ] {
            assert_eq!(judged(quote, "35", own), [], "{quote} for {own}");
        }
    }

    #[test]
    fn currencies_named_in_other_languages_state_and_name_their_currency() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value, own, other) in [
            (
                "El plan cuesta 30 millones de dólares",
                "30 million",
                "dollar",
                "euro",
            ),
            (
                "Расходы составили 1,2 млрд рублей",
                "1.2 billion",
                "ruble",
                "dollar",
            ),
            (
                "Расходы составили 1,2 млрд рублей",
                "1.2 billion",
                "рубль",
                "dollar",
            ),
            (
                "بلغت الصادرات 2.5 مليار دولار",
                "2.5 billion",
                "dollar",
                "euro",
            ),
            (
                "सरकार ने 1,200 करोड़ रुपये खर्च किए",
                "12 billion",
                "rupee",
                "dollar",
            ),
            ("διέθεσε 2,5 δισ. ευρώ", "2.5 billion", "euro", "dollar"),
            (
                "gastou 3 bilhões de reais",
                "3 billion",
                "Brazilian real",
                "dollar",
            ),
            (
                "Kosten von 5 Millionen Franken",
                "5 million",
                "franc",
                "euro",
            ),
        ] {
            assert_eq!(judged(quote, value, own), [], "{quote}");
            assert_eq!(judged(quote, value, other), [UnitNotInQuote], "{quote}");
        }
        // A country's dollar is stated by the dollar of another language, as by "dollars".
        assert_eq!(
            judged("30 millones de dólares australianos", "30 million", "AUD"),
            []
        );
        assert_eq!(
            judged("El plan cuesta 5 millones de rupias", "5 million", "rupiah"),
            []
        );
        // A claim in a currency named in another language is judged as that currency.
        assert_eq!(
            judged(
                "Расходы составили 1,2 млрд долларов",
                "1.2 billion",
                "рубль"
            ),
            [UnitNotInQuote]
        );
        // Not the Portuguese singular `real`, an English adjective after a figure.
        assert_eq!(judged("He saw 5 real problems", "5", "problem"), []);
    }

    #[test]
    fn the_dong_names_a_figure_s_unit_right_after_it_and_nowhere_further() {
        use crate::codes::Code::UnitNotInQuote;
        for unit in ["dong", "VND", "đồng"] {
            assert_eq!(
                judged("Thu ngân sách đạt 300 triệu đồng", "300 million", unit),
                []
            );
        }
        assert_eq!(
            judged("Thu ngân sách đạt 300 triệu đồng", "300 million", "USD"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("Chi 2 tỷ đồng", "2 billion", "euro"),
            [UnitNotInQuote]
        );
        // A syllable of a name or of another word a few words on, whatever the project.
        for (quote, value, unit) in [
            ("Có 4 huyện miền núi Đồng Xuân, Sơn Hòa", "4", "district"),
            ("Có 2 tỉnh Đồng Tháp và An Giang", "2", "province"),
            ("Có 3 huyện đồng bằng", "3", "district"),
            ("Có 12 cộng đồng dân cư", "12", "community"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
            assert_eq!(judged_beside(quote, value, unit, "đồng"), [], "{quote}");
        }
        // A currency in the singular further on than the figure's scale names nothing.
        assert_eq!(
            judged("12 Millionen Euro bereit", "12 million", "dollar"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("1,2 Mrd. Euro", "1.2 billion", "dollar"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("3 millones de yuan", "3 million", "dollar"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn the_first_figure_of_a_range_has_the_unit_written_after_the_second() {
        use crate::codes::Code::UnitNotInQuote;
        for quote in [
            "Prices rose 12-15 yuan",
            "Prices rose 12–15 yuan",
            "Prices rose 12 to 15 yuan",
            "Prices rose 12 or 15 yuan",
            "between 12 and 15 million yuan",
        ] {
            let value = if quote.contains("million") {
                "12 million"
            } else {
                "12"
            };
            assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
            assert_eq!(judged(quote, value, "yuan"), [], "{quote}");
        }
        assert_eq!(
            judged("von 12 bis 15 Euro", "12", "dollar"),
            [UnitNotInQuote]
        );
        // A negative amount's currency sign stands after its minus sign.
        assert_eq!(
            judged("Net flows were -$5 million", "-5 million", "euro"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("Net flows were −€5 million", "-5 million", "euro"),
            []
        );
        assert_eq!(
            said("Net flows were −€5 million", "-5 million", "dollar"),
            "−€5 million"
        );
        // A unit of the first figure's own is its unit; years make no range of amounts.
        assert_eq!(judged("12 € bis 15 € pro Stück", "12", "euro"), []);
        assert_eq!(judged("3 of 15 yuan coins", "3", "coin"), []);
        assert_eq!(
            judged("In 2019 and 2020 yuan deposits rose", "2019", "year"),
            []
        );
    }

    #[test]
    fn plurals_other_languages_form_of_another_unit_are_findings() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, other) in [
            ("In Hessen gibt es 21 Landkreise", "Landkreis"),
            ("13 Kliniken", "Klinik"),
            ("5 Krankenhäuser", "Krankenhaus"),
            ("4 Städte", "Stadt"),
            ("12 hôpitaux", "hôpital"),
            ("7 comuni", "comune"),
            ("3 regiões", "região"),
            ("9 ziekenhuizen", "ziekenhuis"),
            ("6 gemeenten", "gemeente"),
        ] {
            let unit = "Gemeinde";
            let figure = quote
                .split_whitespace()
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .unwrap();
            assert_eq!(
                judged_beside(quote, figure, unit, other),
                [UnitNotInQuote],
                "{quote}"
            );
            // The claim in that unit is stated by the same words.
            assert_eq!(judged_beside(quote, figure, other, unit), [], "{quote}");
        }
        // Not a plural of the other unit: endings that make other words, and units too
        // short to tell.
        assert_eq!(judged_beside("12 golden medals", "12", "medal", "gold"), []);
        assert_eq!(judged_beside("4 wardens", "4", "guard", "ward"), []);
        assert_eq!(
            judged_beside("21 gemeinsame Projekte", "21", "Projekt", "Gemeinde"),
            []
        );
        assert_eq!(
            judged_beside("8 Landkreise", "8", "Landkreis", "Kreis"),
            [],
            "its own unit"
        );
    }

    #[test]
    fn a_singular_of_another_language_after_a_figure_other_than_one_counts_nothing() {
        use crate::codes::Code::UnitNotInQuote;
        // The year the figure is dated by is not what it counts, in German as in English.
        assert_eq!(
            judged_beside("nach 2,3 Mio. im Jahr 2022", "2.3 million", "Fahrt", "Jahr"),
            []
        );
        assert_eq!(
            judged_beside(
                "after 2.3 million in the year 2022",
                "2.3 million",
                "trip",
                "year"
            ),
            []
        );
        assert_eq!(
            judged_beside("12 im Landkreis Kassel", "12", "Gemeinde", "Landkreis"),
            []
        );
        assert_eq!(
            judged_beside("12 caminhão novo", "12", "trator", "caminhão"),
            []
        );
        // After one, a singular that ends its phrase is still the figure's unit.
        assert_eq!(
            judged_beside("nach 1 Jahr", "1", "Fahrt", "Jahr"),
            [UnitNotInQuote]
        );
        // Words their languages keep in the plural, and currencies, still name their unit.
        for (quote, other) in [
            ("Es gab 300 Einwohner", "Einwohner"),
            ("Es waren 300 Kilometer", "Kilometer"),
            ("Es waren 300 Hektar", "Hektar"),
            ("Es kostete 300 Euro", "Euro"),
            ("Il y a 300 pays", "pays"),
            ("Ci sono 300 città", "città"),
        ] {
            assert_eq!(
                judged_beside(quote, "300", "Fahrt", other),
                [UnitNotInQuote],
                "{quote}"
            );
        }
        // The plural of a German unit is found by its ending, as before.
        assert_eq!(
            judged_beside(
                "In Hessen gibt es 21 Landkreise",
                "21",
                "Gemeinde",
                "Landkreis"
            ),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_figure_a_preposition_attaches_to_something_else_has_no_unit_after_it() {
        use crate::codes::Code::UnitNotInQuote;
        assert_eq!(
            judged_beside(
                "davon entfallen 830 auf Frankfurt und 390 auf die übrigen Kommunen",
                "390",
                "Platz",
                "Kommune"
            ),
            []
        );
        assert_eq!(
            judged_beside(
                "830 went to Frankfurt and 390 to the other municipalities",
                "390",
                "place",
                "municipality"
            ),
            []
        );
        for (quote, other) in [
            ("390 for the villages", "village"),
            ("390 into villages", "village"),
            ("390 towards the villages", "village"),
            ("390 für die Kommunen", "Kommune"),
            ("390 zu den Gemeinden", "Gemeinde"),
            ("390 nach Gemeinden", "Gemeinde"),
            ("390 pour les communes", "commune"),
            ("390 aux communes", "commune"),
            ("390 vers les communes", "commune"),
            ("390 para los municipios", "municipio"),
            ("390 hacia las provincias", "provincia"),
            ("390 aos municípios", "município"),
            ("390 ai comuni", "comune"),
        ] {
            assert_eq!(judged_beside(quote, "390", "school", other), [], "{quote}");
            // Right after the figure, the noun is its unit.
            let (_, noun) = quote.rsplit_once(' ').unwrap_or_default();
            let unattached = format!("390 {noun}");
            assert_eq!(
                judged_beside(&unattached, "390", "school", other),
                [UnitNotInQuote],
                "{unattached}"
            );
        }
        // The words that join a figure to its unit, or a rate to what it is per, are no
        // such prepositions.
        assert_eq!(
            judged("3 millones de euros", "3 million", "dollar"),
            [UnitNotInQuote]
        );
        assert_eq!(judged("80 dollars a barrel", "80", "USD per barrel"), []);
        assert_eq!(judged("5 dollars per kg", "5", "dollar per kg"), []);
        assert_eq!(judged("8 euro per person", "8", "person"), [UnitNotInQuote]);
        assert_eq!(
            judged("300 yuan per household", "300", "household"),
            [UnitNotInQuote]
        );
        assert_eq!(judged("12 to 15 yuan", "12", "dollar"), [UnitNotInQuote]);
        assert_eq!(
            judged("390 villages to the north", "390", "county"),
            [UnitNotInQuote]
        );
        // A currency sign by the figure is still its currency.
        assert_eq!(
            judged("$390 to the villages", "390", "euro"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("390 € pour les écoles", "390", "dollar"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_word_is_copied_into_lowercase_only_when_a_letter_changes() {
        for word in ["in", "agli", "às", "für", "12", "l'"] {
            assert!(
                matches!(in_lowercase(word), Cow::Borrowed(w) if w == word),
                "{word}"
            );
        }
        for (word, lower) in [("In", "in"), ("ÀS", "às"), ("Für", "für"), ("ǅ", "ǆ")] {
            assert!(
                matches!(in_lowercase(word), Cow::Owned(w) if w == lower),
                "{word}"
            );
        }
        assert!(leads_away("In", None));
        assert!(leads_away("Per", Some("Il")));
        assert!(!leads_away("Per", Some("chilo")));
        assert!(leads_away("an", Some("Die")));
        assert!(!leads_away("an", Some("hour")));
    }

    #[test]
    fn a_preposition_after_the_figure_s_words_leads_away_from_its_unit() {
        // Found from outside, in English, Italian and Portuguese: a noun after the figure,
        // a word or two and a preposition was read as its unit.
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value, unit, other) in [
            ("700,000 in towns", "700,000", "person", "town"),
            ("300,000 living in villages", "300,000", "person", "village"),
            ("5,000 in villages were poor", "5,000", "person", "village"),
            ("390 went to municipalities", "390", "grant", "municipality"),
            (
                "1.9 billion went to hospitals",
                "1.9 billion",
                "euro",
                "hospital",
            ),
            (
                "1,9 miliardi andranno agli ospedali",
                "1.9 billion",
                "euro",
                "ospedale",
            ),
            (
                "12 milioni destinati ai comuni",
                "12 million",
                "euro",
                "comune",
            ),
            (
                "12 milioni ripartiti tra i comuni",
                "12 million",
                "euro",
                "comune",
            ),
            ("12 milioni alle scuole", "12 million", "euro", "scuola"),
            ("12 milioni per i comuni", "12 million", "euro", "comune"),
            (
                "12 milhões entre os municípios",
                "12 million",
                "real",
                "município",
            ),
            (
                "12 Millionen an die Kommunen",
                "12 million",
                "euro",
                "Kommune",
            ),
        ] {
            assert_eq!(judged_beside(quote, value, unit, other), [], "{quote}");
        }
        // What the figure counts, before the preposition, is still its unit; so is the
        // currency a sum is stated in after `in`.
        assert_eq!(
            judged_beside("700,000 towns in the valley", "700,000", "person", "town"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("3 billion in US dollars", "3 billion", "yuan"),
            [UnitNotInQuote]
        );
        assert_eq!(judged("3 billion in yuan", "3 billion", "yuan"), []);
    }

    #[test]
    fn the_swiss_franc_is_written_fr_with_its_point_and_capital() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value) in [
            ("Winterthur erhält Fr. 6,2 Mio.", "6.2 million"),
            ("Der Kanton zahlt 2 Mia. Fr. für Strassen", "2 billion"),
            ("Bülach erhält 450'000 Fr.", "450,000"),
        ] {
            assert_eq!(judged(quote, value, "euro"), [UnitNotInQuote], "{quote}");
            for unit in ["CHF", "Swiss franc", "franc"] {
                assert_eq!(judged(quote, value, unit), [], "{quote} {unit}");
            }
        }
        assert_eq!(
            said("Winterthur erhält Fr. 6,2 Mio.", "6.2 million", "euro"),
            "Fr. 6,2 Mio."
        );
        // Not in lowercase, nor without its point; nor, as letters, for a claim of no money.
        assert_eq!(judged("Il a reçu 500 fr. de plus", "500", "euro"), []);
        assert_eq!(judged("Gruppe Fr 500 erhält", "500", "euro"), []);
        assert_eq!(judged("Am Fr. 12 Teilnehmer", "12", "Teilnehmer"), []);
    }

    #[test]
    fn portuguese_plurals_state_their_unit_and_name_it() {
        use crate::codes::Code::{UnitNotInQuote, UnitVariant};
        // A claim that writes the plural is read as the singular the other writes, and
        // the quote's plural states it.
        let claims = "source: article\nclaims:\n  - { id: c1, quote: \"Em outubro eram 6.500 caminhões\", subject: Gansu, metric: m1, value: \"6,500\", unit: caminhões }\n  - { id: c2, quote: \"A operação usa 6.840 caminhões\", subject: Gansu, metric: m2, value: \"6,840\", unit: caminhão }\n";
        let article = "A operação usa 6.840 caminhões. Em outubro eram 6.500 caminhões.";
        let outcome = crate::testing::check_citations(&[
            ("claims/c.yaml", claims),
            ("sources/article.txt", article),
        ]);
        assert_eq!(crate::testing::citation_codes(&outcome), []);
        assert!(outcome.diagnostics.iter().any(|d| d.code == UnitVariant));
        // A plural of a unit too short for its endings to be compared names it.
        assert_eq!(
            judged_beside("Foram 12 pães", "12", "trator", "pão"),
            [UnitNotInQuote]
        );
        assert_eq!(judged_beside("Foram 12 pães", "12", "pão", "trator"), []);
        assert_eq!(
            judged_beside("Foram 12 hotéis", "12", "hotel", "trator"),
            []
        );
        assert_eq!(
            judged_beside("Foram 12 hotéis", "12", "trator", "hotel"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_capitalised_english_unit_is_stated_by_its_english_plural() {
        use crate::codes::Code::UnitNotInQuote;
        assert_eq!(
            judged_beside(
                "They found 12 people households",
                "12",
                "Person",
                "household"
            ),
            []
        );
        assert_eq!(
            judged_beside("12 families moved", "12", "Family", "household"),
            []
        );
        assert_eq!(
            judged_beside("12 households moved", "12", "Family", "household"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_currency_sign_after_the_figure_states_its_currency() {
        use crate::codes::Code::UnitNotInQuote;
        // Read with a scale abbreviation (`12 M€`), or after the figure (`12 €`).
        for (quote, value) in [
            ("La commune a reçu 12 M€ de l’État", "12 million"),
            ("Le projet coûte 1,2 Md€", "1.2 billion"),
            ("Le plan atteint 3 Mds€", "3 billion"),
            ("Der Bund gibt 3 Mrd € aus", "3 billion"),
            ("Le réseau coûte 3 G€", "3 billion"),
            ("Le billet coûte 12 € par mois", "12"),
        ] {
            assert_eq!(judged(quote, value, "euro"), [], "{quote}");
            assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
        }
        // The dollar sign after a scale abbreviation, as Quebec writes it.
        for (quote, value) in [
            ("La ville a reçu 12 M$ d’Ottawa", "12 million"),
            ("Le projet coûte 1,2 Md$", "1.2 billion"),
            ("LE PLAN ATTEINT 3 MDS$", "3 billion"),
            ("un budget de 450 k$", "450,000"),
            ("la Ville investit 1,2 G$ dans le métro", "1.2 billion"),
        ] {
            assert_eq!(judged(quote, value, "dollar"), [], "{quote}");
            assert_eq!(judged(quote, value, "euro"), [UnitNotInQuote], "{quote}");
        }
        // A sign before the next figure is that figure's.
        assert_eq!(judged("12 fondi, € 15 milioni", "12", "dollar"), []);
        assert_eq!(judged("12 € 15", "12", "dollar"), []);
        // Swedish writes the kronor onto the scale: `15 mdkr` is 15 billion kronor.
        for (quote, value) in [
            ("Regeringen satsar 15 mdkr på vägar", "15 billion"),
            ("bygget kostar 7 mnkr", "7 million"),
            ("vinsten blev 12 Mkr", "12 million"),
            ("ett anslag på 500 tkr", "500,000"),
        ] {
            assert_eq!(judged(quote, value, "krona"), [], "{quote}");
            assert_eq!(judged(quote, value, "Swedish krona"), [], "{quote}");
            assert_eq!(judged(quote, value, "euro"), [UnitNotInQuote], "{quote}");
        }
        // Danish and Norwegian news write them for their kroner, and Danish its thousand
        // with points (`450 t.kr.`); the crowns abbreviated apart from the scale, with the
        // point or without, before the figure or after it, state their currency too.
        for unit in ["krone", "Danish krone", "Norwegian krone"] {
            assert_eq!(
                judged("Selskabets overskud blev 500 tkr. i 2023", "500,000", unit),
                [],
                "{unit}"
            );
            for (quote, value) in [
                ("Kommunen får 450 t.kr. til kultur", "450,000"),
                ("Kommunen får 5 mio. kr. til veje", "5 million"),
                ("skaderne beløber sig til 3 mia. kr.", "3 billion"),
                ("Kommunen får 3,2 mill. kr til skoler", "3.2 million"),
                ("Billetten koster 120 kr. om dagen", "120"),
                ("Billetten koster kr. 120 om dagen", "120"),
                ("Billetten koster kr 120", "120"),
            ] {
                assert_eq!(judged(quote, value, unit), [], "{quote}: {unit}");
                assert_eq!(
                    judged(quote, value, "euro"),
                    [UnitNotInQuote],
                    "{quote}: euro"
                );
            }
        }
        assert_eq!(
            said("Kommunen får 5 mio. kr. til veje", "5 million", "euro"),
            "5 mio. kr."
        );
        assert_eq!(
            said("Biljetten kostar 120 kr per dag", "120", "euro"),
            "120 kr"
        );
        // Nordic business news writes the scale onto the currency's code, in capitals: the
        // code's currency, not another crown.
        for (quote, value, unit) in [
            (
                "Regeringen satsar 120 MSEK på vägar",
                "120 million",
                "Swedish krona",
            ),
            (
                "Regeringen satsar 120 MSEK på vägar",
                "120 million",
                "krona",
            ),
            (
                "Selskapet tjente 40 MNOK i fjor",
                "40 million",
                "Norwegian krone",
            ),
            ("Selskabet tjente 30 MDKK", "30 million", "Danish krone"),
            ("Yhtiö investoi 25 MEUR", "25 million", "euro"),
            ("ett anslag på 500 KSEK", "500,000", "Swedish krona"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}: {unit}");
            assert_eq!(
                judged(quote, value, "dollar"),
                [UnitNotInQuote],
                "{quote}: dollar"
            );
        }
        assert_eq!(
            judged(
                "Selskapet tjente 40 MNOK i fjor",
                "40 million",
                "Danish krone"
            ),
            [UnitNotInQuote]
        );
        // The figure written before it is no figure alone, in any case the value is written.
        assert_eq!(
            judged("Regeringen satsar 120 MSEK på vägar", "120", "krona"),
            [crate::codes::Code::ValueNotInQuote]
        );
        // In lowercase it is no code: the Swedish `5 msek` is five milliseconds.
        assert_eq!(judged("svaret tog 5 msek", "5", "millisecond"), []);
        // Not a word that starts with them (`kroner` is read as the krone's plural), nor
        // `kr` in capitals.
        assert_eq!(judged("Det koster 120 krabber", "120", "euro"), []);
        assert_eq!(judged("Det koster 120 KR", "120", "euro"), []);
    }

    #[test]
    fn the_real_as_a_claim_s_unit_and_the_dinar_koruna_lev_and_euro_in_their_genitives_are_money() {
        use crate::codes::Code::UnitNotInQuote;
        // `unit: real` is the Brazilian real, judged by the sign its quote writes.
        assert_eq!(
            judged("O banco emprestou US$ 300 milhões", "300 million", "real"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("emprestou R$ 300 milhões", "300 million", "real"),
            []
        );
        assert_eq!(
            judged("emprestou 300 milhões de reais", "300 million", "real"),
            []
        );
        // With the Bulgarian lev and dollar and the Lithuanian euro and dollar in the forms a
        // figure takes.
        for (quote, value, currency) in [
            ("šteta od 15 milijardi dinara", "15 billion", "dinar"),
            ("штета од 15 милијарди динара", "15 billion", "dinar"),
            ("škody za 15 miliard korun", "15 billion", "koruna"),
            ("šteta od 15 milijardi eura", "15 billion", "euro"),
            ("штета од 15 милијарди евра", "15 billion", "euro"),
            ("škody za 15 miliard eur", "15 billion", "euro"),
            ("заделени 15 млн. лв.", "15 million", "lev"),
            ("заделени 15 млн. лв", "15 million", "lev"),
            ("заделени 15 милиона лева", "15 million", "lev"),
            ("заделени 15 млн. долара", "15 million", "dollar"),
            ("заделени 15 млн. евро", "15 million", "euro"),
            ("skirta 15 mln. eurų", "15 million", "euro"),
            ("skirta 15 mln. eurai", "15 million", "euro"),
            ("skirta 15 mln. dolerių", "15 million", "dollar"),
            ("skirta 15 mln. doleriai", "15 million", "dollar"),
            // The Macedonian denar and the Belarusian ruble.
            ("издвоени 1,5 милијарди денари", "1.5 billion", "denar"),
            ("издвоени 900 мил. денари", "900 million", "denar"),
            ("издвоени 900 мил. ден.", "900 million", "denar"),
            ("накіруюць 1,5 мільярда рублёў", "1.5 billion", "ruble"),
            ("70 млн рублёў", "70 million", "ruble"),
        ] {
            assert_eq!(judged(quote, value, currency), [], "{quote}");
            let other = if currency == "euro" { "dollar" } else { "euro" };
            assert_eq!(judged(quote, value, other), [UnitNotInQuote], "{quote}");
        }
        // `лв` is a sign only as a word of its own.
        assert_eq!(judged("заделени 15 млн. лвове", "15 million", "euro"), []);
        // Nor `ден` without its point, "day".
        assert_eq!(judged("на 15 ден", "15", "euro"), []);
        // The denar is no dinar.
        assert_eq!(
            judged("издвоени 900 милиони денари", "900 million", "dinar"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_currency_written_in_letters_states_its_currency() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, unit) in [
            ("It cost Rs 500", "rupee"),
            ("It cost Rs. 500", "rupee"),
            ("It cost Rs500", "rupee"),
            ("It cost RM 500", "ringgit"),
            ("It cost Rp 500", "rupiah"),
            ("It cost Rp. 500", "rupiah"),
            ("It cost Rp.500", "rupiah"),
            ("It cost KSh 500", "shilling"),
            ("It cost Tk 500", "taka"),
            ("It cost 500 zł.", "zloty"),
            ("It cost 500 TL", "lira"),
            ("It cost ₺500", "lira"),
            ("It cost 500 руб.", "ruble"),
            ("It cost ₪500", "shekel"),
            ("It cost NIS 500", "shekel"),
            ("It cost GH¢500", "cedi"),
            ("It cost ₴500", "hryvnia"),
            ("ಅನುದಾನ ರೂ. 500 ಬಿಡುಗಡೆ", "rupee"),
            ("ಅನುದಾನ ರೂ 500 ಬಿಡುಗಡೆ", "rupee"),
            ("अनुदान रु. 500 जारी", "rupee"),
            ("மானியம் ரூ.500 வழங்கப்பட்டது", "rupee"),
            ("గ్రాంట్ రూ. 500 విడుదల", "rupee"),
            ("ധനസഹായം രൂ. 500 അനുവദിച്ചു", "rupee"),
        ] {
            assert_eq!(judged(quote, "500", unit), [], "{quote}");
            assert_eq!(judged(quote, "500", "dollar"), [UnitNotInQuote], "{quote}");
        }
        for quote in [
            "The fee is Ksh.500",
            "The fee is Kshs 500",
            "It cost Rs\u{2009}500",
            "It cost 500 грн",
            "It cost 500 Kč",
            "It cost 500 Ft",
        ] {
            assert_eq!(judged(quote, "500", "dollar"), [UnitNotInQuote], "{quote}");
        }
        // Not a single letter, nor letters ending a word, nor feet in lowercase.
        assert_eq!(judged("It took the R 500 road", "500", "dollar"), []);
        assert_eq!(judged("the HRs 500 series", "500", "dollar"), []);
        assert!(super::money::currency_sign_after("It is 500 ft high", 6..9).is_none());
        assert!(super::money::currency_sign_after("It cost 500 Ft", 8..11).is_some());
        // A currency named with its country is judged by the signs of the one it names.
        assert_eq!(judged("It cost Rs 500", "500", "Indian rupee"), []);
        assert_eq!(judged("It cost ₹500", "500", "Indian rupee"), []);
        assert_eq!(
            judged("It cost $500", "500", "Indian rupee"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("It cost ₪500", "500", "Jordanian dinar"),
            [UnitNotInQuote]
        );
        // `$` is the peso's sign as much as the dollar's; `US$` is the dollar's alone.
        for unit in ["peso", "Argentine peso", "Mexican peso", "ARS"] {
            assert_eq!(
                judged("aportarán $ 12 millones", "12 million", unit),
                [],
                "{unit}"
            );
            assert_eq!(
                judged("aportarán US$ 12 millones", "12 million", unit),
                [UnitNotInQuote],
                "{unit}"
            );
        }
        assert_eq!(judged("It cost $500", "500", "km"), [UnitNotInQuote]);
    }

    #[test]
    fn every_sign_that_ends_in_no_capital_is_looked_for_after_its_last_letter() {
        for (sign, _) in crate::quantity::CURRENCY_SIGNS {
            let last = sign.chars().next_back().unwrap_or_default();
            if last.is_alphanumeric() && !last.is_ascii_uppercase() {
                assert!(
                    super::money::LOWERCASE_SIGN_ENDINGS.contains(&last),
                    "{sign}"
                );
            }
        }
    }

    #[test]
    fn a_rate_of_money_is_in_the_currency_its_sign_writes() {
        use crate::codes::Code::UnitNotInQuote;
        assert_eq!(
            judged("Oil sold at €80 a barrel", "80", "euro per barrel"),
            []
        );
        assert_eq!(
            judged("Oil sold at $80 a barrel", "80", "dollar per barrel"),
            []
        );
        assert_eq!(
            judged("Oil sold at A$80 a barrel", "80", "dollar per barrel"),
            []
        );
        assert_eq!(
            judged("Oil sold at $80 a barrel", "80", "euro per barrel"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("Diesel costs Rs. 95 a litre", "95", "euro per litre"),
            [UnitNotInQuote]
        );
        // A rate of something else is money by its sign, as any figure of a claim that
        // counts no money.
        assert_eq!(
            judged("It paid $80 a day", "80", "hour per day"),
            [UnitNotInQuote]
        );
        // A rate written with a slash, a code or in capitals is one too.
        for unit in ["euro/barrel", "EUR/bbl", "EURO PER BARREL"] {
            assert_eq!(
                judged("Oil sold at $80 a barrel", "80", unit),
                [UnitNotInQuote],
                "{unit}"
            );
        }
        // What the rate is per, after a sign that writes its currency, by any of its names.
        for (quote, value, unit) in [
            ("Rice costs $5 per kg", "5", "dollar per kg"),
            ("Gold hit $2,000/oz", "2,000", "dollar per oz"),
            (
                "Power costs €0.30 per kWh",
                "0.30",
                "euro per kilowatt hour",
            ),
            ("Taxis charge Rs 20 per km", "20", "rupee per km"),
            // And the currency's other names, joined by a slash or `a`.
            ("Rice costs 5 dollars/kg", "5", "dollar per kg"),
            (
                "Brent traded at 80 dollars a barrel",
                "80",
                "USD per barrel",
            ),
            ("It cost 500 rupees a day", "500", "INR per day"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
        // A rate of one currency per another is judged by the one it counts, not by the one
        // it is per.
        for (quote, value, unit) in [
            ("The dollar rose to ¥150", "150", "yen per dollar"),
            ("The euro fell to $1.05", "1.05", "dollar per euro"),
            ("It traded at Rs 83 to the dollar", "83", "rupee per dollar"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
        assert_eq!(
            judged("The dollar rose to €150", "150", "yen per dollar"),
            [UnitNotInQuote]
        );
        // Another currency before what it is per is still another unit.
        for quote in ["It cost 80 euros per kg", "It cost 80 euros a kg"] {
            assert_eq!(
                judged(quote, "80", "dollar per kg"),
                [UnitNotInQuote],
                "{quote}"
            );
        }
    }

    #[test]
    fn coins_are_their_own_unit() {
        use crate::codes::Code::UnitNotInQuote;
        // A coin counts the figure, whether named, signed or written onto it.
        for (quote, value, unit, says) in [
            ("A stamp costs 55 cents", "55", "dollar", "cents"),
            ("Bread costs 80 pence", "80", "pound", "pence"),
            ("Bread costs 80p now", "80", "pound", "80p"),
            ("It costs 99¢ now", "99", "dollar", "99¢"),
            ("It sells for 50 centavos", "50", "peso", "centavos"),
            ("A coin of 55 euro cents", "55", "euro", "cents"),
            ("Prices rose 55 cents", "55", "percent", "cents"),
        ] {
            assert_eq!(said(quote, value, unit), says, "{quote}");
        }
        for (quote, value, unit) in [
            ("A stamp costs 55 cents", "55", "cent"),
            ("Bread costs 80 pence", "80", "penny"),
            ("Bread costs 80p now", "80", "penny"),
            ("Fuel rose 2p a litre", "2", "penny per litre"),
            ("It costs 99¢ now", "99", "cent"),
            ("Power costs 28p per kWh", "28", "penny per kWh"),
            ("A coin of 55 euro cents", "55", "cent"),
            ("They minted 5 cent coins", "5", "coin"),
            // A letter written onto a figure is no unit of a claim that counts things.
            ("A 1080p screen", "1080", "line"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
        assert_eq!(judged("Only 1 cent", "1", "dollar"), [UnitNotInQuote]);
    }

    #[test]
    fn a_currency_symbol_or_code_by_the_figure_of_a_claim_that_counts_no_money_is_another_unit() {
        for (quote, value, unit, says) in [
            ("The road cost $3m.", "3 million", "km", "$3m"),
            ("The road cost £300.", "300", "tonne", "£300"),
            ("It paid US$300 per household", "300", "household", "US$300"),
            ("It paid 300 € per household", "300", "household", "300 €"),
            ("It cost EUR 80 in total", "80", "person", "EUR 80"),
        ] {
            assert_eq!(said(quote, value, unit), says, "{quote}");
        }
        for (quote, value, unit) in [
            // A currency written in letters is read so only for a claim of money.
            ("The RM 500 model sold well", "500", "model"),
            // Another figure's sign is not this one's.
            ("A $5 million fund helped 300 families", "300", "family"),
            // A rate of money is judged by its currency.
            ("It cost $80 a barrel", "80", "dollar per barrel"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
    }

    #[test]
    fn a_figure_written_as_a_percentage_is_left_to_the_value_check() {
        use crate::codes::Code::ValueNotInQuote;
        // Its value is not stated, and "cent" of "per cent" is no coin.
        for quote in [
            "Some 5 per cent of the population was poor",
            "Rates rose 5 per cent a year",
            "Some 5% of households were poor",
        ] {
            assert_eq!(
                judged(quote, "5", "household"),
                [ValueNotInQuote],
                "{quote}"
            );
        }
    }

    #[test]
    fn a_claim_in_percent_is_judged_where_its_figure_is_no_percentage() {
        use crate::codes::Code::UnitNotInQuote;
        for quote in [
            "Tax rose 5% in a year",
            "Tax rose 5 per cent in a year",
            "Tax rose 5 percent for 20 households",
            "Tax rose 5% for households",
            "Vergi yüzde 5 arttı",
            "税收增长百分之5",
            // One mention written as a percentage states it.
            "Fees rose by 5 pounds, or 5%",
        ] {
            assert_eq!(judged(quote, "5", "percent"), [], "{quote}");
        }
        // A bare figure names no other unit, nor one whose percent stands further on: it is
        // no percentage either, which the value check says.
        for quote in ["Tax rose by 5", "Tax rose for 5 in every 100 households"] {
            assert_eq!(
                judged(quote, "5", "percent"),
                [crate::codes::Code::ValueNotInQuote],
                "{quote}"
            );
        }
        for quote in [
            // Percentage points are a difference of two percentages.
            "Tax rose 5 percentage points",
            "Fees rose by 5 pounds",
            "Fees rose by $5",
            "Fees rose by 5 €",
            "The road grew 5 km",
            "Fees rose by Rs 5",
            "Yields rose 5 basis points",
            "Yields rose 5bps",
        ] {
            assert_eq!(judged(quote, "5", "percent"), [UnitNotInQuote], "{quote}");
        }
        // A difference of two percentages is judged so too.
        assert_eq!(
            judged("Tax rose 5 percentage points", "5", "percentage point"),
            []
        );
        assert_eq!(
            judged("Fees rose by $5", "5", "percentage point"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_claim_written_in_a_symbol_is_stated_by_its_units_words() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, unit) in [
            ("They walked 20 miles", "mi"),
            ("They walked 20 mi", "mile"),
            ("They walked 20 metres", "m"),
            ("It took 20 hours", "h"),
            ("It took 20 minutes", "min"),
            ("It weighs 20 grams", "g"),
            ("It holds 20 litres", "L"),
            ("It holds 20 gallons", "gal"),
            ("It weighs 20 tonnes", "t"),
            ("The bag weighs 20 lb", "pound"),
            ("They used 20 kilowatt hours", "kWh"),
            ("They used 20 kilowatt-hours", "kilowatt hour"),
            ("It holds 20 cubic metres", "m³"),
            ("Density is 20 inhabitants per km²", "inhabitant per km2"),
            (
                "Density is 20 inhabitants per square kilometre",
                "inhabitant per km2",
            ),
        ] {
            assert_eq!(judged(quote, "20", unit), [], "{quote}");
        }
        // Each is still told from another unit.
        for (quote, unit) in [
            ("It lasted 20 years", "h"),
            ("It took 20 min", "hour"),
            ("They used 20 kilowatt hours", "hour"),
            ("They used 20 terawatt hours", "hour"),
            ("It holds 20 cubic metres", "metre"),
            ("A room of 20 square feet", "foot"),
            (
                "Density is 20 inhabitants per km²",
                "inhabitant per hectare",
            ),
        ] {
            assert_eq!(judged(quote, "20", unit), [UnitNotInQuote], "{quote}");
        }
        // A letter after a figure is no unit of its own in a quote: `5 m` may be millions.
        assert_eq!(judged("They hired 20 m people", "20", "person"), []);
        // Symbols that are names in capitals (`Mi-8`, `M3`, `GAL`).
        assert_eq!(
            judged("Russia sent 40 Mi-8 helicopters", "40", "helicopter"),
            []
        );
        assert_eq!(judged("BMW sold 40 M3 sedans", "40", "sedan"), []);
        // `ft` is feet in lowercase only: `Ft` is the forint.
        assert_eq!(judged("The ticket costs 500 Ft", "500", "forint"), []);
        assert_eq!(
            judged("The fence is 20 ft high", "20", "forint"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn a_figure_in_words_has_its_unit_judged() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value) in [
            ("The county spent two hundred euros on it", "200"),
            ("The county spent two million euros on it", "2 million"),
            (
                "El gobierno destinó doscientos millones de euros al plan",
                "200 million",
            ),
            (
                "Le gouvernement a dépensé deux millions d'euros",
                "2 million",
            ),
            ("Drei Millionen Euro wurden gespendet", "3 million"),
        ] {
            assert_eq!(judged(quote, value, "euro"), [], "{quote}");
            assert_eq!(judged(quote, value, "dollar"), [UnitNotInQuote], "{quote}");
        }
        // One in words is prose as often as a count: its unit is not judged.
        assert_eq!(judged("He paid one euro for it", "1", "dollar"), []);
        assert_eq!(judged("One of the regions spent euros", "1", "dollar"), []);
        assert_eq!(
            judged("He paid 1 euro for it", "1", "dollar"),
            [UnitNotInQuote]
        );
    }

    #[test]
    fn money_and_measures_are_known_units_though_no_claim_uses_them() {
        use crate::codes::Code::UnitNotInQuote;
        assert_eq!(
            judged(
                "The province spent 12 million yuan on roads",
                "12 million",
                "dollar"
            ),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("Farms now cover 40 hectares", "40", "acre"),
            [UnitNotInQuote]
        );
        assert_eq!(
            judged("the line runs 30 miles", "30", "kilometre"),
            [UnitNotInQuote]
        );
        // Another name or symbol of the claim's unit states it.
        assert_eq!(judged("the line runs 30 km", "30", "kilometer"), []);
        assert_eq!(judged("it weighs 30 metric tons", "30", "tonne"), []);
        assert_eq!(
            judged("a fund of 5 million renminbi", "5 million", "yuan"),
            []
        );
        assert_eq!(
            judged(
                "the project covers 12 km² of hills",
                "12",
                "square kilometre"
            ),
            []
        );
        // A unit the claim's is made of is not another unit.
        assert_eq!(
            judged("salt at 4 grams per litre", "4", "gram per litre"),
            []
        );
        // A single letter is not taken for a unit.
        assert_eq!(judged("5 m residents voted", "5", "resident"), []);
    }

    #[test]
    fn rates_symbols_and_codes_are_stated_by_their_words() {
        for (quote, value, unit) in [
            ("The limit is 60 miles per hour", "60", "mph"),
            ("Trains reach 100 kilometres per hour", "100", "km/h"),
            ("Farms yield 5 tonnes per hectare", "5", "t/ha"),
            ("He bought 3 pounds of rice", "3", "lb"),
            (
                "The bridge cost 12 million Australian dollars",
                "12 million",
                "AUD",
            ),
            ("The bridge cost 12 million dollars", "12 million", "AUD"),
            ("It cost 5 billion Hong Kong dollars", "5 billion", "HKD"),
            ("It cost HK$5 billion", "5 billion", "HK$"),
            (
                "It cost 5 million Australian dollars",
                "5 million",
                "dollar",
            ),
            ("The plant cost $12 million", "12 million", "USD"),
            ("The plant cost HK$ 12 million", "12 million", "dollar"),
            ("The plant cost ¥12 million", "12 million", "yuan"),
            ("a grant of RMB 80 million", "80 million", "yuan"),
            ("a budget of CHF 50 million", "50 million", "franc"),
            ("a budget of ZAR 9 billion", "9 billion", "rand"),
            ("a budget of SEK 9 billion", "9 billion", "krona"),
            ("a budget of 9 billion kronor", "9 billion", "krona"),
            ("a budget of 9 billion kronor", "9 billion", "SEK"),
            ("a budget of 9 billion Swedish kronor", "9 billion", "SEK"),
            ("a budget of 9 billion Norwegian kroner", "9 billion", "NOK"),
            ("a budget of 9 billion kroner", "9 billion", "DKK"),
            ("a budget of MXN 9 billion", "9 billion", "peso"),
            // A currency written as one letter onto a figure with a separator or a scale.
            ("The city will spend R1.5 billion", "1.5 billion", "rand"),
            ("It paid R45,000 to each family", "45000", "rand"),
            ("Die stad betaal R45 000 aan elke gesin", "45000", "ZAR"),
            ("a salary of N85,000 a month", "85000", "naira"),
            ("a budget of P1.5 billion", "1.5 billion", "peso"),
            // A letter before a figure without either is a road or a code, no currency.
            ("The N95 masks cost 95 euros", "95", "euro"),
            ("The road is 12 kilometres long", "12", "km"),
            ("speeds of 60 mph", "60", "mile per hour"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote} / {unit}");
        }
    }

    #[test]
    fn another_unit_before_or_around_the_claims_and_another_currency_sign_are_findings() {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value, unit) in [
            ("The county gave 300 yuan per household", "300", "household"),
            ("The plant cost $12 million", "12 million", "yuan"),
            ("The plant cost €12 million", "12 million", "dollar"),
            ("a budget of CHF 50 million", "50 million", "euro"),
            ("a budget of AUD 70 million", "70 million", "euro"),
            ("a budget of PLN 70 million", "70 million", "euro"),
            ("a budget of NOK 50 million", "50 million", "SEK"),
            ("a budget of CLP 900 million", "900 million", "MXN"),
            ("The city will spend R1.5 billion", "1.5 billion", "dollar"),
            ("It paid R45,000 to each family", "45000", "euro"),
            ("a salary of N85,000 a month", "85000", "dollar"),
            ("The plant cost US$12 million", "12 million", "AUD"),
            (
                "The loan was 5 million Australian dollars",
                "5 million",
                "USD",
            ),
            ("The loan was 5 million US dollars", "5 million", "AUD"),
            ("The park covers 500 square kilometres", "500", "km"),
            ("Trains reach 100 kilometres per hour", "100", "kilometre"),
            ("The limit is 60 miles per hour", "60", "mile"),
        ] {
            assert_eq!(
                judged(quote, value, unit),
                [UnitNotInQuote],
                "{quote} / {unit}"
            );
        }
    }

    #[test]
    fn a_letter_that_changes_length_in_lowercase_does_not_move_what_is_named() {
        // `ẞ` is a byte shorter in lowercase and `İ` a byte longer: the unit found after
        // them is named as the quote writes it, and never cut inside a character.
        for (quote, said) in [
            ("Die 12 GROẞE HK$", "HK$"),
            ("Die 12 GROẞEN „HK$-Fonds“ verloren", "HK$"),
            ("Toplam 12 İLÇE YUAN", "YUAN"),
        ] {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, metric: m, value: 12, unit: euro }}\n"
            );
            let outcome = crate::testing::check_citations(&[
                ("claims/c.yaml", &claims),
                ("sources/article.txt", &format!("{quote}.")),
            ]);
            let finding = outcome
                .diagnostics
                .iter()
                .find(|d| d.code == crate::codes::Code::UnitNotInQuote)
                .unwrap_or_else(|| panic!("{quote}: {:?}", outcome.diagnostics));
            assert!(
                finding
                    .message
                    .contains(&format!("its quote says {said} (a `")),
                "{}",
                finding.message
            );
        }
    }

    #[test]
    fn figures_only_the_value_check_reads_codes_after_a_figure_and_singular_currencies_are_judged()
    {
        use crate::codes::Code::UnitNotInQuote;
        for (quote, value, unit) in [
            // Found as the value check reads it: a decimal comma, a scale word of another
            // language, a sign before such a figure.
            (
                "El Gobierno destinará 3,2 millones de euros",
                "3.2 million",
                "dollar",
            ),
            ("La entrada cuesta 12,50 euros", "12.50", "dollar"),
            ("Il budget è di € 15 milioni", "15 million", "dollar"),
            // A code after the figure, though no claim writes it.
            ("Exports reached 355.5 billion USD", "355.5 billion", "euro"),
            ("Imports reached 13 billion EUR", "13 billion", "dollar"),
            // A currency in the singular after any figure, as many languages write it.
            ("Il biglietto costa 454 euro", "454", "dollar"),
            ("Die Karte kostet 120 Euro", "120", "dollar"),
            ("The fine is 300 euro.", "300", "pound"),
            // ... and goes on after it.
            ("Costa 454 euro al mese", "454", "dollar"),
            ("The city spent 300 euro on new schools", "300", "dollar"),
            ("They paid 300 euro more than others", "300", "dollar"),
            (
                "Das Land stellt 12,5 Millionen Euro Fördermittel bereit",
                "12.5 million",
                "dollar",
            ),
            ("They paid 300 euro Monday", "300", "dollar"),
            ("They paid 8 euro per person", "8", "person"),
            // The crowns by their plurals.
            ("a budget of 9 billion Norwegian kroner", "9 billion", "SEK"),
            ("a budget of 9 billion kroner", "9 billion", "SEK"),
            ("a budget of 9 billion Swedish kronor", "9 billion", "NOK"),
            ("Oslo paid 500 kroner", "500", "krona"),
            ("Stockholm paid 600 kronor", "600", "krone"),
            (
                "Der Senat stellt 12,5 Millionen Euro bereit",
                "12.5 million",
                "dollar",
            ),
            ("Es kostet 120 Euro für Kinder", "120", "dollar"),
            // A preposition between a currency and a plural: the currency is no adjective.
            (
                "Er gaat 412 miljoen euro naar onderwijs",
                "412 million",
                "dollar",
            ),
            (
                "Er gaat 12 miljoen euro voor bewoners",
                "12 million",
                "dollar",
            ),
            (
                "Er gaat 12 miljoen euro aan subsidies",
                "12 million",
                "dollar",
            ),
            ("They shared 300 euro between families", "300", "dollar"),
            // A verb or a function word after the currency, which no currency qualifies.
            ("A fee of 5 dollar was paid", "5", "euro"),
            ("The 5 dollar has gone", "5", "euro"),
            ("12 dollar is charged at the gate", "12", "euro"),
            ("12 dollar were paid", "12", "euro"),
            ("12 euro will be refunded", "12", "dollar"),
        ] {
            assert_eq!(
                judged(quote, value, unit),
                [UnitNotInQuote],
                "{quote} / {unit}"
            );
        }
        for (quote, value, unit) in [
            (
                "El Gobierno destinará 3,2 millones de euros",
                "3.2 million",
                "euro",
            ),
            (
                "Exports reached 355.5 billion USD",
                "355.5 billion",
                "dollar",
            ),
            ("Il biglietto costa 454 euro", "454", "euro"),
            // A singular before a noun is an adjective: the noun is what is counted.
            ("The museum shows 12 dollar bills", "12", "bill"),
            ("They minted 40 euro coins", "40", "coin"),
            ("They minted 50 yen coins", "50", "coin"),
            ("The bank printed 100 yuan notes", "100", "note"),
            // A currency before the noun it qualifies is no unit.
            ("The 19 euro area members agreed", "19", "country"),
            ("The 19 euro zone members agreed", "19", "country"),
            ("The 19 euro zones of the map", "19", "country"),
            ("They printed 12 dollar bills for schools", "12", "bill"),
            ("A fee of 5 dollar was paid", "5", "dollar"),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote} / {unit}");
        }
    }

    #[test]
    fn a_unit_written_onto_a_figure_in_chinese_japanese_or_korean_is_the_figures() {
        use crate::codes::Code::UnitNotInQuote;
        let other: &[(&str, &str, &str)] = &[
            ("该县拨款1200万美元用于学校", "12000000", "yuan"),
            ("该县拨款1200万元用于学校", "12000000", "dollar"),
            ("该县拨款1200多万元用于学校", "more than 12000000", "dollar"),
            ("拨款1.2亿港元", "120000000", "yuan"),
            ("拨款1.2亿人民币", "120000000", "euro"),
            ("政府は1200万円を用意した", "12000000", "yuan"),
            ("政府は1200万ドルを支出した", "12000000", "yen"),
            ("예산 1200만 달러를 지원했다", "12000000", "won"),
            ("예산 1200만 원을 지원했다", "12000000", "dollar"),
            ("修路30公里", "30", "mile"),
            ("该县拨款12美元用于学校", "12", "元"),
            ("该县拨款1200万美元用于学校", "12000000", "person"),
            ("该县拨款人民币1200万", "12000000", "dollar"),
            ("港府撥款HK$1200萬資助學校", "12000000", "yuan"),
            ("行政院核定新台幣1200萬元補助", "12000000", "yuan"),
            ("It cost $12 million", "12000000", "元"),
            // A sign before the figure names the currency the word after it writes.
            ("港府撥款HK$1200萬元資助學校", "12000000", "yuan"),
            // A unit's symbol with the Korean particles written onto it.
            ("우회 도로는 20km로 늘었다", "20", "mile"),
            ("우회 도로는 20 km까지 늘었다", "20", "mile"),
            ("20km를 달렸다", "20", "mile"),
        ];
        for (quote, value, unit) in other {
            assert_eq!(
                judged(quote, value, unit),
                [UnitNotInQuote],
                "{quote} for {unit}"
            );
        }
        let stated: &[(&str, &str, &str)] = &[
            ("该县拨款1200万元用于学校", "12000000", "yuan"),
            ("该县拨款1200万美元用于学校", "12000000", "dollar"),
            ("拨款1.2亿港元", "120000000", "dollar"),
            ("拨款1.2亿元人民币", "120000000", "RMB"),
            ("政府は1200万円を用意した", "12000000", "yen"),
            ("예산 1200만 원을 지원했다", "12000000", "won"),
            ("修路30公里", "30", "km"),
            ("우회 도로는 20km로 늘었다", "20", "kilometre"),
            ("우회 도로는 20km로 늘었다", "20", "km"),
            ("该县拨款12元用于学校", "12", "元"),
            ("政府は1200万ドルを支出した", "12000000", "美元"),
            // A counter or a year is no unit: the figure is not judged.
            ("该县有1200万人", "12000000", "yuan"),
            ("2020年", "2020", "dollar"),
            // Hong Kong, Taiwan and Singapore write their dollar `元`.
            ("港府撥款1200萬元資助學校", "12000000", "Hong Kong dollar"),
            ("行政院核定新台幣1200萬元補助", "12000000", "TWD"),
            // A rate's unit states a claim in a rate of it, and judges no other.
            ("高铁列车时速350公里", "350", "km/h"),
            ("粮价为3000元/吨", "3000", "yuan per tonne"),
            ("粮价为3000元/吨", "3000", "dollar"),
            ("拨款12元", "12", "yuan per person"),
            ("高铁列车时速350公里", "350", "km"),
            ("港府撥款HK$1200萬元資助學校", "12000000", "dollar"),
            ("融资US$1200万元", "12000000", "US dollar"),
            ("¥1200万元", "12000000", "yuan"),
            // A claim's unit written in Chinese is stated in English too.
            ("It cost 12 million yuan", "12000000", "元"),
            ("The road is 30 km long", "30", "公里"),
        ];
        for (quote, value, unit) in stated {
            assert_eq!(judged(quote, value, unit), [], "{quote} for {unit}");
        }
    }

    #[test]
    fn the_verb_won_is_no_currency_before_a_plural() {
        // `won` is not made its own plural (as `yen` is): the verb would then be read as
        // another unit's plural before any noun, where as a singular it qualifies one.
        assert_eq!(
            judged("Of the 12 candidates, 5 won seats", "5", "candidate"),
            []
        );
        assert_eq!(
            judged("It cost 500 baht", "500", "dollar"),
            [crate::codes::Code::UnitNotInQuote]
        );
    }

    #[test]
    fn a_currency_sign_is_judged_where_it_stands() {
        use crate::codes::Code::UnitNotInQuote;
        // A sign before a figure of a claim that counts something else is another unit,
        // whatever words follow.
        assert_eq!(
            judged("$300 per household was paid", "300", "household"),
            [UnitNotInQuote]
        );
        // Another figure's sign is not this one's.
        assert_eq!(judged("it cost 12 million $ in 2020", "2020", "year"), []);
        // A sign that is the end of a word is not the sign.
        assert_eq!(judged("AU$12 million", "12 million", "AUD"), []);
        // Words after the figure that state the claim's currency win over an odd sign.
        assert_eq!(judged("a $12 million yuan loan", "12 million", "yuan"), []);
    }

    #[test]
    fn plurals_that_are_not_the_singular_plus_s_state_the_unit() {
        assert_eq!(stem_of(" hôpitaux et cliniques", "hôpital"), Some(1..10));
        assert!(stem_of(" landkreise", "Landkreis").is_some());
        assert!(stem_of(" comunidades autónomas", "comunidad").is_some());
        assert_eq!(stem_of(" cliniques", "hôpital"), None);
        assert_eq!(stem_of(" lands", "Land"), None, "too short to have a stem");
        assert!(looks_plural("hôpitaux") && looks_plural("jeux") && !looks_plural("beau"));
    }

    #[test]
    fn after_one_a_singular_that_ends_its_phrase_is_the_unit() {
        let units = UnitWords::of_names(["school", "village", "municipio"]);
        let found = |text: &str| {
            singular_unit(text, text, &units, "household", true).map(|(unit, _)| unit.to_string())
        };
        assert_eq!(found(" school in Kent"), Some("school".into()));
        assert_eq!(
            found(" universidad y 1 municipio."),
            Some("municipio".into())
        );
        assert_eq!(found(" new school"), Some("school".into()));
        assert_eq!(found(" village official"), None);
        assert_eq!(found(" school district"), None);
    }

    #[test]
    fn the_window_ends_after_the_counted_noun_or_four_words_and_words_are_whole() {
        // (text, where the figure ends, the words that may give its unit)
        let cases = [
            (
                "17 impoverished counties in my country",
                2,
                " impoverished counties",
            ),
            ("2 regions opened new clinics", 1, " regions"),
            (
                "21 autonomous regions and municipalities",
                2,
                " autonomous regions",
            ),
            (
                "8 deeply poor natural villages",
                1,
                " deeply poor natural villages",
            ),
            ("1,800 per month, paid in cash", 5, " per month,"),
            (
                "6 new business district offices",
                1,
                " new business district offices",
            ),
            ("$4.5 billion on 295 school districts", 12, ""),
            ("45 minutes, 3 counties", 2, " minutes,"),
            ("60 miles per hour, the limit", 2, " miles per hour"),
            ("60 miles per hour", 2, " miles per hour"),
            ("60 miles and hours", 2, " miles"),
            // The currency written before the next figure is that figure's.
            ("12 got US$ 3 million in aid", 2, " got"),
            ("12 İLÇE'ye “US$ 3 milyon”", 2, " İLÇE'ye"),
            ("12 fondi, € 15 milioni", 2, " fondi,"),
            ("12 paid USD 3 each", 2, " paid"),
            // A currency after the figure, before no other, is its own.
            ("12 US$ in aid", 2, " US$"),
            // A preposition that attaches the figure to something else.
            ("390 auf die übrigen Kommunen", 3, ""),
            ("390 to the other municipalities", 3, ""),
            ("390 Für Kommunen", 3, ""),
            ("80 per person, paid", 2, " per person,"),
            // A preposition after the figure's words too: what follows is where the figure
            // goes or is, but the currency a sum is stated in.
            ("700,000 in towns", 7, ""),
            ("300,000 living in villages", 7, " living"),
            ("390 went to municipalities", 3, " went"),
            (
                "1,9 miliardi andranno agli ospedali",
                3,
                " miliardi andranno",
            ),
            ("12 milioni per i comuni", 2, " milioni"),
            ("12 milhões entre os municípios", 2, " milhões"),
            ("12 euro per chilo", 2, " euro per chilo"),
            ("12 Millionen an die Kommunen", 2, " Millionen"),
            ("3 billion in US dollars", 1, " billion in US dollars"),
            ("5 mil en euros", 1, " mil en euros"),
        ];
        for (text, figure_end, window) in cases {
            assert_eq!(
                &text[figure_end..window_end(text, figure_end)],
                window,
                "{text}"
            );
        }
        assert_eq!(find_word("counties in", "counties"), Some(0));
        assert_eq!(find_word("subcounties", "counties"), None);
    }

    #[test]
    fn a_rate_of_money_per_another_span_of_time_is_another_unit() {
        for (quote, value, unit, says) in [
            (
                "It pays ₹1500 a month",
                "1500",
                "rupee per year",
                "₹1500 a month",
            ),
            ("It pays $12 an hour", "12", "dollar per day", "$12 an hour"),
            (
                "It pays 1200 rupees per week",
                "1200",
                "rupee per month",
                "1200 rupees per week",
            ),
            (
                "Rent is 900 dollars monthly",
                "900",
                "dollar per year",
                "900 dollars monthly",
            ),
            ("A fee of €5/day", "5", "euro per week", "€5/day"),
        ] {
            assert_eq!(said(quote, value, unit), says, "{quote}");
        }
        for (quote, value, unit) in [
            ("It pays ₹1500 a month", "1500", "rupee per month"),
            ("It pays $12 an hour", "12", "dollar/hour"),
            ("Rent is 900 dollars monthly", "900", "dollar per month"),
            ("It pays 3000 yuan a year", "3000", "yuan per annum"),
            // Per no span of time, or none said: not judged by time.
            ("It costs $80 a barrel", "80", "dollar per barrel"),
            ("It pays ₹1500 to each mother", "1500", "rupee per year"),
            // A time, not what the rate is per.
            (
                "It pays $15 an hour, up from $12 a year ago",
                "12",
                "dollar per hour",
            ),
            ("It paid $1200 a month earlier", "1200", "dollar per week"),
            (
                "It pays 12 dollars a year-end bonus",
                "12",
                "dollar per month",
            ),
            ("It costs $5 a day pass", "5", "dollar per week"),
            (
                "It costs $30 each quarter of an hour",
                "30",
                "dollar per hour",
            ),
        ] {
            assert_eq!(judged(quote, value, unit), [], "{quote}");
        }
    }

    #[test]
    fn every_currency_the_unit_check_knows_measures() {
        // Rules read a measured figure as its rounding interval and never count a list by
        // it: a currency this check reads is money to them too.
        let counted: Vec<&str> = crate::quantity::COMMON_MONEY
            .iter()
            .flat_map(|names| names.iter().copied())
            .filter(|name| !name.contains('$') && !crate::quantity::is_measure_unit(name))
            .collect();
        assert_eq!(counted, Vec::<&str>::new());
    }
}
