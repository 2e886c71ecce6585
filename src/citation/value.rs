//! CC202 `value-not-in-quote`: a claim's value is stated by its quote.
//!
//! The quote must contain the value's number, as written or in an equivalent notation:
//!
//! 1. any of [`notations`] of the value (`3.29 million`, `3,290,000`, `3290000`; `7,993`,
//!    `7993`; `three`, `3`; `0.85%`, `0.85 percent`), compared case-insensitively on the
//!    normalized quote, and only on number boundaries: not inside a longer number or word
//!    (`17` is not in `170`, `17.5`, `1,017`, `17th` or `17%`), nor followed by a scale word
//!    or `percent` (`3` is not in `3 million`);
//! 2. or a number of the quote (see [`find_numbers`]) whose own notations share one with
//!    the value's, so that the quote's `3.29 million` states the value `3,290,000`.
//!
//! A qualified value ("more than 10,000") needs only its number: the qualifier is the
//! author's reading of the words around it.
//!
//! Articles in other languages group digits with spaces, dots or apostrophes and mark the
//! decimals with a comma (`27 208 km²`, `1.079.498`, `6,8 %`): the quote is also read with
//! those figures rewritten in the notation above (`27,208`, `1,079,498`, `6.8%`), so that
//! either reading states the value. A comma before exactly three digits stays a thousands
//! separator (`1,079` is 1079) unless the figure already grouped its thousands otherwise.
//!
//! Cost: O(quote × notations) per claim, a handful of notations.

use super::normalize::{is_word_char, normalize};
use super::notation::notations;
use super::numbers::find_numbers;
use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::facts::Figure;
use crate::model::Claim;
use crate::quantity::Quantity;

/// Whether two figures share a notation (case-insensitively): `3.29 million` and
/// `3,290,000`, `nine` and `9`, `0.85%` and `0.85 percent`. A percentage never equals a
/// plain number, and `4000.00` (written to the hundredth) is not `4000`.
pub fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    let ours: Vec<String> = notations(a).iter().map(|n| n.to_lowercase()).collect();
    notations(b)
        .iter()
        .any(|n| ours.contains(&n.to_lowercase()))
}

/// Whether the quote states `value` (see the module docs), in the quote's own notation or
/// read with continental digit grouping.
pub fn quote_states(quote: &str, value: &Quantity) -> bool {
    normalized_quote_states(&normalize(quote), value)
}

/// [`quote_states`] for a quote already [normalized](normalize).
fn normalized_quote_states(quote: &str, value: &Quantity) -> bool {
    states_in(quote, value) || continental_reading(quote).is_some_and(|q| states_in(&q, value))
}

/// The text with its continentally written figures rewritten in English notation
/// (`27 208` → `27,208`, `1.079.498` → `1,079,498`, `6,8 %` → `6.8%`), or `None` when it
/// writes none.
fn continental_reading(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let digits_from = |at: usize| {
        chars[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let starts_figure = chars[i].is_ascii_digit()
            && !i
                .checked_sub(1)
                .is_some_and(|p| chars[p].is_alphanumeric() || matches!(chars[p], ',' | '.'));
        if !starts_figure {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let int_len = digits_from(i);
        out.extend(&chars[i..i + int_len]);
        let mut j = i + int_len;
        let mut grouped = false;
        if int_len <= 3 {
            // One separator throughout, each group exactly three digits.
            for separator in [' ', '.', '\'', '\u{2019}'] {
                while chars.get(j) == Some(&separator) && digits_from(j + 1) == 3 {
                    out.push(',');
                    out.extend(&chars[j + 1..j + 4]);
                    j += 4;
                    grouped = true;
                }
                if grouped {
                    break;
                }
            }
        }
        if chars.get(j) == Some(&',') {
            let decimals = digits_from(j + 1);
            if decimals > 0 && (grouped || decimals != 3) {
                out.push('.');
                out.extend(&chars[j + 1..j + 1 + decimals]);
                j += 1 + decimals;
                changed = true;
            }
        }
        if chars.get(j) == Some(&' ') && chars.get(j + 1) == Some(&'%') {
            j += 1;
            changed = true;
        }
        changed |= grouped;
        i = j;
    }
    changed.then_some(out)
}

/// Whether the normalized quote states `value` in English notation.
fn states_in(quote: &str, value: &Quantity) -> bool {
    let lower = quote.to_lowercase();
    let stated = |notation: &str| {
        let needle = normalize(&notation.to_lowercase());
        !needle.is_empty()
            && lower
                .match_indices(&needle)
                .any(|(at, found)| on_number_boundaries(&lower, at, at + found.len()))
    };
    // The number as written is the first of its notations, and the one most quotes
    // state: it is tried before the others are built.
    let by_notation = stated(value.number())
        || notations(value)
            .iter()
            .skip(1)
            .any(|notation| stated(notation));
    // Numbers glued to a letter (`G17`) are parts of names here, as for notations.
    by_notation
        || find_numbers(quote)
            .iter()
            .filter(|m| {
                !quote[..m.span.start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
            .filter_map(|m| m.figure.as_ref())
            .any(|figure| same_figure(figure, value))
}

/// Whether `text[start..end]` stands alone as a number: see the module docs.
fn on_number_boundaries(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() => return false,
        Some('.' | ',') if before.next().is_some_and(|c| c.is_ascii_digit()) => return false,
        _ => {}
    }
    let rest = &text[end..];
    let mut after = rest.chars();
    match after.next() {
        Some(c) if is_word_char(c) => return false,
        Some('%') if !text[start..end].ends_with('%') => return false,
        Some('.' | ',') if after.next().is_some_and(|c| c.is_ascii_digit()) => return false,
        _ => {}
    }
    let next_word = rest
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let scaled = rest.starts_with([' ', '\t'])
        && ["percent", "thousand", "million", "billion", "trillion"].contains(&next_word);
    !scaled
}

/// The CC202 diagnostic for a claim whose value its quote (`quote`, normalized) does not
/// state.
pub fn check(claim: &Claim, quote: &str, passage: Option<&Location>) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    if normalized_quote_states(quote, &value.value) {
        return None;
    }
    // `value: 0.85` with `unit: percent` is the same figure as `value: "0.85%"`.
    if claim.unit.as_ref().is_some_and(|u| &*u.value == "percent")
        && !value.value.is_percent
        && Quantity::parse(&format!("{}%", value.value.text))
            .is_ok_and(|percent| normalized_quote_states(quote, &percent))
    {
        return None;
    }
    let numbers: Vec<String> = find_numbers(quote)
        .into_iter()
        .map(|m| format!("`{}`", &quote[m.span]))
        .collect();
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
        value: Figure::of(&value.value),
        quote_states: numbers.iter().map(|n| n.trim_matches('`')).collect(),
    };
    Some(
        diagnostic
            .about_claim(&claim.id.value)
            .with_data(&data)
            .with_note(match numbers.len() {
                0 => "the quote states no number".to_string(),
                1 => format!("the quote states {}", numbers[0]),
                _ => format!("the quote states {}", numbers.join(", ")),
            })
            .with_help(
                "write `value:` as the quote states it (an equivalent notation also matches: \
             3,290,000 for 3.29 million, 9 for nine), or quote the words that state the figure",
            ),
    )
}

/// CC202's facts: the claim's value and the numbers its quote does state.
#[derive(Serialize)]
struct ValueNotInQuote<'a> {
    value: Figure,
    quote_states: Vec<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Quantity {
        Quantity::parse(text).unwrap()
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
        assert!(!quote_states("82% of people", &q("82")));
    }

    #[test]
    fn a_plain_value_with_unit_percent_is_found_as_a_percentage() {
        let mut claim = crate::testing::claim("c", "put the incidence at 0.85 percent");
        let at = claim.at;
        claim.value = Some(crate::diagnostic::Located::new(q("0.85"), at));
        claim.unit = Some(crate::diagnostic::Located::new("percent".into(), at));
        let quote = normalize(&claim.quote.value);
        assert!(check(&claim, &quote, None).is_none());
        claim.unit = Some(crate::diagnostic::Located::new("county".into(), at));
        assert!(
            check(&claim, &quote, None).is_some(),
            "0.85 counties is not 0.85 percent"
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
        // The English reading stands too, and a comma before three digits is a thousands
        // separator.
        assert!(quote_states("1 208 communes", &q("1")));
        assert!(quote_states("1,079 households", &q("1079")));
        assert!(!quote_states("1,079 households", &q("1.079")));
        assert!(!quote_states("27 208 km²", &q("27.208")));
        assert!(!quote_states("en 2021 250 foyers", &q("2021250")));
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
        assert!(!same_figure(&q("82%"), &q("82")));
    }
}
