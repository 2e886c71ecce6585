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
use super::numbers::{NUMBER_SPACES, find_numbers};
use super::value::same_figure;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::hashing::HashMap;
use crate::model::{Claim, EntityKind, Project};
use crate::normalize::Lowercased;
use crate::quantity::Quantity;
use crate::words::{english_plural, is_foreign_singular, other_plurals, plural};

use self::inflection::{fold_for_inflection, inflected_plural_of, looks_plural, stem_of};
pub(super) use self::measures::is_common_unit;
use self::measures::{
    claim_symbol, common_units, in_another_case, is_broader_name, is_kind_of,
    measure_in_other_languages, measure_of_own_in_another_language, same_unit_names,
};
use self::money::{
    COINS, counts_no_money, currency_sign_after, is_money, is_symbol_or_code,
    money_in_other_languages, money_named, money_of_rate,
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
        let mut phrases = vec![lower.clone()];
        phrases.extend(plurals.iter().cloned());
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
    /// [`COMMON_MEASURES`](measures::COMMON_MEASURES)) the project does not write under
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
                    && !window[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                let longer = found.as_ref().is_none_or(|(_, longest)| end > longest.end);
                if whole
                    && longer
                    && find_word(&own.to_lowercase(), &unit.lower).is_none()
                    && !measure_of_own_in_another_language(phrase, own)
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
    /// claim's unit), else built now.
    fn phrases_of(&self, unit: &str) -> std::borrow::Cow<'_, [String]> {
        match self
            .units
            .binary_search_by(|known| known.name.as_str().cmp(unit))
        {
            Ok(at) => std::borrow::Cow::Borrowed(&self.units[at].phrases),
            Err(_) => std::borrow::Cow::Owned(Unit::new(unit).phrases),
        }
    }
}

/// A CC205 diagnostic when the words after the claim's figure name another unit.
pub fn check(claim: &Claim, units: &UnitWords, passage: Option<&Location>) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    let unit = claim.unit.as_ref()?;
    // A value written as a percentage is the value check's to find in the quote, as one.
    if value.value.is_percent {
        return None;
    }
    // A share: `percent`, or a difference of two, `percentage point`.
    let percent = matches!(&*unit.value, "percent" | "percentage point");
    let quote = &claim.quote.value;
    // A unit written in Chinese, Japanese or Korean (`unit: 元`) is judged as the common unit
    // it names, in any script.
    let unit_name: &str = unspaced::unit_named(&unit.value).unwrap_or(&unit.value);
    let own = units.phrases_of(unit_name);
    let counts_one = &*value.value.text == "1" || value.value.text.eq_ignore_ascii_case("one");
    // Each place the figure stands ("November 21, ... 21 provinces"): the claim's unit
    // after any of them states it, unless another unit's words come first ("300 yuan per
    // household") or enclose it ("square kilometres" for `km`); a currency claim's unit is
    // stated by a sign before the figure too ("$12 million"). Otherwise the first other
    // unit, by sign or word, at one of them is the quote's.
    let mut other_unit: Option<(Cow<'_, str>, Range<usize>)> = None;
    // A unit of Chinese, Japanese or Korean written onto the figure (`1200万美元`) is the
    // figure's, whatever the words after it: it states the claim's unit, written in English
    // or in one of those scripts (`unit: 元`), or another's.
    for figure in figure_spans(quote, &value.value) {
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
                other_unit.get_or_insert((currencies[0].into(), at.start..written.span.end));
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
        let figure_end = super::range_scale::second_of_range(quote, figure.clone())
            .map_or(figure.end, |second| second.end);
        let sign_after = currency_sign_after(quote, figure.start..figure_end);
        // The unit's words follow the sign written after the figure (`12 M€ de subventions`).
        let after = sign_after
            .as_ref()
            .map_or(figure_end, |(at, _)| at.end.max(figure_end));
        let written_sign = currency_sign_before(quote, figure.start).or(sign_after);
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
                    format!("{} per {per}", currencies[0]).into()
                } else {
                    currencies[0].into()
                };
                other_unit.get_or_insert((named, at.start.min(figure.start)..after));
                continue;
            }
            if per_follows(&quote[after..], per) {
                return None;
            }
            // Per another span of time: "₹1,500 a month" for `rupee per year`.
            if let Some((said, len)) = other_period_follows(&quote[after..], per) {
                let named = format!("{} per {said}", currencies[0]).into();
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
            other_unit.get_or_insert((Cow::Borrowed(currencies[0]), start..after.max(at.end)));
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
                (Cow::Borrowed(currencies[0]), start..after)
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
    let mut diagnostic = Diagnostic::new(
        Code::UnitNotInQuote,
        format!(
            "`{}` counts {} {}, but its quote says {said} ({} `{other}` unit)",
            claim.id.value,
            value.value.text,
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
    Some(diagnostic.about_claim(&claim.id.value).with_data(&data).with_help(
        "encode the unit the article writes (`unit:` in the singular), even when the article \
         means another: a muddled article is a discrepancy for the other checks to find",
    ))
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
/// `3 200 000`) is not the figure.
fn figure_spans(quote: &str, value: &Quantity) -> Vec<Range<usize>> {
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
    find_numbers(quote)
        .into_iter()
        .filter(|mention| !mention.is_part_of_a_word(quote))
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
                _ => mention.span,
            }
        })
        .collect()
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

/// Another unit's word in the singular that ends its phrase (before a clause's end, the
/// quote's end or a joining word), in `window`: after the figure 1 any unit's ("1 school in
/// Kent", "1 universidad."), after any other figure a currency's, which many languages
/// write in the singular after every figure ("454 euro", "120 Euro", "5 dollar"). A
/// singular before another word is an adjective ("1 village official", "12 dollar bills")
/// and is not judged. `tail` is the quote from where `window` starts, as written.
/// Words that do not make a noun with the currency before them: "300 euro on new
/// schools" is 300 euros, "19 euro area members" counts members.
const FUNCTION_WORDS: &[&str] = &[
    "on", "more", "less", "than", "the", "a", "an", "per", "each", "al", "alla", "pro", "par",
    "je", "la", "le", "el", "los", "las", "der", "die", "das", "den", "dem", "für", "zu", "zum",
    "zur", "au", "aux", "des", "del", "della", "di", "da", "em", "no", "na", "por", "para", "pour",
    "sur", "auf", "über", "into", "over", "under", "by", "as", "is", "was", "were", "are", "be",
    "been", "has", "had", "have", "will", "would", "could", "should", "this", "that", "these",
    "those", "every", "all", "some", "new", "old",
];

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
            let ends = rest.is_empty()
                || rest.starts_with([',', '.', ';', ':', ')'])
                || JOINING.contains(&next);
            // A currency in the singular is the figure's unit as languages that write it so
            // go on ("454 euro al mese", "12,5 Millionen Euro bereit", "300 euro on new
            // schools"), and an adjective before the noun it qualifies, the plural right
            // after it ("12 dollar bills") or after a word that makes a noun with it ("19
            // euro area members").
            let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let qualifies = looks_plural(first)
                || (!first.is_empty()
                    && first.chars().all(char::is_alphabetic)
                    && !JOINING.contains(&first)
                    && !FUNCTION_WORDS.contains(&first)
                    && looks_plural(second));
            let currency = other.money && !qualifies;
            (ends || currency).then(|| (other.name.as_str(), at..at + phrase.len()))
        })
        .min_by_key(|(_, found)| found.start)
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

/// The first word of `text`: its first run of letters and digits, if it starts with one.
fn first_word(text: &str) -> Option<&str> {
    let end = text
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(at, _)| at);
    (end > 0).then(|| &text[..end])
}

/// The first place `word` stands in `text` as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    word_matches(text, word).next()
}

/// Every place `word` stands in `text` as whole words.
fn word_matches<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    occurrences(text, word).filter(move |&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !word.is_empty()
            && !before.is_some_and(char::is_alphanumeric)
            && !after.is_some_and(char::is_alphanumeric)
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
mod tests;
