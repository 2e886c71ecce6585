//! A value's qualifier against the quote's (CC202): `value: more than 40` for a quote that
//! says "fewer than 40" turns the figure around, and every rule then reads the wrong
//! interval. The value check compares numbers; this compares the words before them.
//!
//! Judged only where a value has a qualifier that bounds it from one side (`more than`, `at
//! least`; `less than`, `up to`, `nearly`) and every place the quote writes the figure has a
//! qualifier bounding it from the other side, in English or in one of the languages whose
//! qualifiers are listed in [`QUOTE_QUALIFIERS`]. A figure the quote writes bare, or with a
//! qualifier of the same side or an approximate one (`about`), is no finding: a claim may be
//! more precise than one mention of its figure, and an unknown word before it says nothing.

use std::ops::Range;

use serde::Serialize;

use super::numbers::find_numbers;
use super::value::same_figure;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::facts::Figure;
use crate::model::Claim;
use crate::quantity::Qualifier;

/// The side of its figure a qualifier puts the value on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Above,
    Below,
}

impl Side {
    fn of(qualifier: Qualifier) -> Option<Side> {
        match qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => Some(Side::Above),
            Qualifier::LessThan | Qualifier::AtMost | Qualifier::Nearly => Some(Side::Below),
            Qualifier::Exact | Qualifier::About => None,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Side::Above => "above",
            Side::Below => "below",
        }
    }
}

/// Qualifiers as articles write them just before a figure, lowercase, and the side each
/// puts it on. Longer phrases that end in a shorter one (`no more than`, `more than`) are
/// told apart by [`qualifier_before`], which tries the longest first.
const QUOTE_QUALIFIERS: &[(&str, Side)] = &[
    // English.
    ("more than", Side::Above),
    ("over", Side::Above),
    ("above", Side::Above),
    ("in excess of", Side::Above),
    ("upwards of", Side::Above),
    ("at least", Side::Above),
    ("no less than", Side::Above),
    ("no fewer than", Side::Above),
    ("less than", Side::Below),
    ("fewer than", Side::Below),
    ("under", Side::Below),
    ("below", Side::Below),
    ("up to", Side::Below),
    ("at most", Side::Below),
    ("no more than", Side::Below),
    ("nearly", Side::Below),
    ("almost", Side::Below),
    ("just under", Side::Below),
    ("just over", Side::Above),
    // Spanish, Portuguese, French, Italian, German.
    ("más de", Side::Above),
    ("menos de", Side::Below),
    ("casi", Side::Below),
    ("al menos", Side::Above),
    ("mais de", Side::Above),
    ("quase", Side::Below),
    ("pelo menos", Side::Above),
    ("plus de", Side::Above),
    ("moins de", Side::Below),
    ("presque", Side::Below),
    ("au moins", Side::Above),
    ("più di", Side::Above),
    ("meno di", Side::Below),
    ("quasi", Side::Below),
    ("almeno", Side::Above),
    ("mehr als", Side::Above),
    ("weniger als", Side::Below),
    ("mindestens", Side::Above),
    ("fast", Side::Below),
    ("knapp", Side::Below),
    // Chinese and Japanese, written onto the figure.
    ("超过", Side::Above),
    ("超過", Side::Above),
    ("逾", Side::Above),
    ("不到", Side::Below),
    ("不足", Side::Below),
    ("将近", Side::Below),
    ("將近", Side::Below),
];

/// The qualifier written just before `start` in `quote` (spaces and a currency sign may
/// stand between: "more than $5 million"), its span and side; the longest phrase that ends
/// there on a word boundary.
fn qualifier_before(quote: &str, start: usize) -> Option<(Range<usize>, Side)> {
    let before = quote[..start].trim_end_matches(|c: char| {
        c.is_whitespace() || super::numbers::CURRENCY_SIGNS.contains(&c)
    });
    let lower = before.to_lowercase();
    // Lowercasing keeps the byte length of the letters these phrases are written in; where
    // it does not (a few letters of other scripts), the phrase is not looked for.
    if lower.len() != before.len() {
        return None;
    }
    QUOTE_QUALIFIERS
        .iter()
        .filter(|(phrase, _)| {
            lower.ends_with(phrase)
                && (!phrase.is_ascii()
                    || !lower[..lower.len() - phrase.len()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric))
        })
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|&(phrase, side)| (before.len() - phrase.len()..before.len(), side))
}

/// The value to write for the quote's qualifier at the start of `said` and the claim's
/// `number`: the quote's own phrase where `value:` reads it (`fewer than 40`, `nearly 40`),
/// else the phrase `value:` reads for its side (`less than 40` for `menos de 40`).
fn suggested_value(said: &str, side: Side, number: &str) -> String {
    let lower = said.to_lowercase();
    let phrase = QUOTE_QUALIFIERS
        .iter()
        .filter(|(phrase, _)| lower.starts_with(phrase))
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|(phrase, _)| format!("{phrase} {number}"));
    match phrase {
        Some(written) if crate::quantity::Quantity::parse(&written).is_ok() => written,
        _ => match side {
            Side::Above => format!("more than {number}"),
            Side::Below => format!("less than {number}"),
        },
    }
}

/// CC202's facts when the qualifiers disagree: the claim's value and what the quote says.
#[derive(Serialize)]
struct QualifierNotInQuote<'a> {
    value: Figure,
    quote_says: &'a str,
}

/// A CC202 diagnostic when the claim's value is qualified from one side and every place
/// its quote writes the figure is qualified from the other.
pub fn check(claim: &Claim, passage: Option<&Location>) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    let claimed = Side::of(value.value.qualifier)?;
    let quote = &claim.quote.value;
    let mut turned_around = None;
    for mention in find_numbers(quote) {
        if mention.is_part_of_a_word(quote)
            || !mention
                .figures()
                .any(|figure| same_figure(&value.value, figure))
        {
            continue;
        }
        match qualifier_before(quote, mention.span.start) {
            Some((at, side)) if side != claimed => {
                turned_around.get_or_insert(at.start..mention.span.end);
            }
            _ => return None,
        }
    }
    let said_at = turned_around?;
    let said = &quote[said_at.clone()];
    let mut diagnostic = Diagnostic::new(
        Code::ValueNotInQuote,
        format!(
            "claim `{}` has the value `{}`, but its quote says {said}",
            claim.id.value, value.value.text
        ),
        value.at,
        format!("{} {}", claimed.words(), value.value.number()),
    )
    .with_label(
        claim.quote.inner(&said_at),
        format!("the quote says {said}"),
    );
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let opposite = match claimed {
        Side::Above => Side::Below,
        Side::Below => Side::Above,
    };
    let suggested = suggested_value(&quote[said_at.start..], opposite, value.value.number());
    let data = QualifierNotInQuote {
        value: Figure::of(&value.value),
        quote_says: said,
    };
    Some(
        diagnostic
            .about_claim(&claim.id.value)
            .with_data(&data)
            .with_note(format!(
                "`{}` puts the value {} {}, the quote's `{said}` {} it: every rule reads the \
                 claim's side",
                value.value.text,
                claimed.words(),
                value.value.number(),
                opposite.words(),
            ))
            .with_help(format!(
                "write the qualifier the quote writes: `value: {suggested}`"
            )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code::ValueNotInQuote;

    fn judged(quote: &str, value: &str) -> Vec<String> {
        let outcome = crate::testing::check_citations(&[
            (
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: c, quote: \"{quote}\", subject: Gansu, \
                     metric: m, value: \"{value}\", unit: person }}\n"
                ),
            ),
            ("sources/article.txt", &format!("{quote}.")),
        ]);
        crate::testing::messages_of(&outcome, ValueNotInQuote)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn a_qualifier_of_the_other_side_is_a_finding() {
        for (quote, value, says) in [
            ("Fewer than 40 people came", "more than 40", "Fewer than 40"),
            ("More than 40 people came", "fewer than 40", "More than 40"),
            ("Nearly 40 people came", "at least 40", "Nearly 40"),
            (
                "No more than 40 people came",
                "more than 40",
                "No more than 40",
            ),
            (
                "It cost more than $5 million",
                "up to 5 million",
                "more than $5 million",
            ),
            (
                "Menos de 40 personas vinieron",
                "more than 40",
                "Menos de 40",
            ),
            (
                "Weniger als 40 Menschen kamen",
                "more than 40",
                "Weniger als 40",
            ),
            ("不到40人参加", "more than 40", "不到40"),
        ] {
            assert_eq!(
                judged(quote, value),
                [format!(
                    "claim `c` has the value `{value}`, but its quote says {says}"
                )],
                "{quote}"
            );
        }
    }

    #[test]
    fn a_bare_figure_an_approximate_one_or_the_same_side_is_none() {
        for (quote, value) in [
            ("More than 40 people came", "more than 40"),
            ("At least 40 people came", "more than 40"),
            ("40 people came", "more than 40"),
            ("About 40 people came", "more than 40"),
            ("Fewer than 40 people came", "about 40"),
            ("Fewer than 40 people came", "40"),
            // One mention of the figure that does not disagree is enough.
            ("Over 40 came, and 40 stayed", "fewer than 40"),
            // A word that only ends like a qualifier is none.
            ("The Hanover 40 people came", "fewer than 40"),
        ] {
            assert_eq!(judged(quote, value), Vec::<String>::new(), "{quote}");
        }
    }

    #[test]
    fn the_help_writes_a_qualifier_value_reads() {
        assert_eq!(
            suggested_value("Fewer than 40", Side::Below, "40"),
            "fewer than 40"
        );
        assert_eq!(
            suggested_value("Nearly 5 million", Side::Below, "5 million"),
            "nearly 5 million"
        );
        assert_eq!(
            suggested_value("Menos de 40", Side::Below, "40"),
            "less than 40"
        );
        assert_eq!(suggested_value("不到40", Side::Below, "40"), "less than 40");
        assert_eq!(
            suggested_value("mehr als 40", Side::Above, "40"),
            "more than 40"
        );
    }

    #[test]
    fn the_longest_qualifier_is_read() {
        let side = |text: &str| qualifier_before(text, text.len()).map(|(_, side)| side);
        assert_eq!(side("no more than "), Some(Side::Below));
        assert_eq!(side("more than "), Some(Side::Above));
        assert_eq!(side("just over $"), Some(Side::Above));
        assert_eq!(side("moreover "), None);
        assert_eq!(side("Straße "), None);
    }
}
