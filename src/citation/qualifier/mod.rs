//! A value's qualifier against the quote's (CC202): `value: more than 40` for a quote that
//! says "fewer than 40" turns the figure around, and every rule then reads the wrong
//! interval. The value check compares numbers; this compares the words before them.
//!
//! Judged only where a value has a qualifier that bounds it from one side (`more than`, `at
//! least`; `less than`, `up to`, `nearly`) and every place the quote writes the figure has a
//! qualifier bounding it from the other side: in English or another language that writes it
//! before the figure, not after a negation ([`before`]), or in one that writes it after the
//! figure ([`after`]: Chinese, Japanese, Korean, Turkish, Arabic, Hindi, Marathi, Nepali,
//! Bengali, Tamil, Kannada, Malayalam, Sinhala, Thai, Burmese, Amharic, Hungarian, Georgian,
//! Armenian), unless the
//! negation and the qualifier are one
//! phrase, which bounds the figure from the other side (`not more than 12`, `pas plus de 12`,
//! `nicht weniger als 40`: at most 12, at least 40). A figure the quote writes bare, or with
//! a qualifier of the same side or an approximate one (`about`), is no finding: a claim may
//! be more precise than one mention of its figure, and an unknown word before it says
//! nothing.
//!
//! An exact value is judged the other way round ([`dropped`]): where every place the quote
//! writes it as the claim does has a qualifier that bounds it ("fewer than 600,000" for
//! `600,000`), the claim drops the bound. `up to` after a verb of motion or totalling ("went
//! up to 40", "add up to") says where a figure went, and is no bound.

use std::ops::Range;

use serde::Serialize;

use super::numbers::{Language, find_numbers_in};
use super::value::same_figure;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::facts::Figure;
use crate::model::Claim;
use crate::quantity::{Qualifier, Quantity};

mod after;
mod before;

use after::qualifier_after;
use before::qualifier_before;

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

    fn opposite(self) -> Side {
        match self {
            Side::Above => Side::Below,
            Side::Below => Side::Above,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Side::Above => "above",
            Side::Below => "below",
        }
    }
}

/// Whether `c` is a letter of the Arabic script.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// The phrase `value:` reads for `qualifier`, which the help writes.
fn value_phrase(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::MoreThan => "more than",
        Qualifier::AtLeast => "at least",
        Qualifier::LessThan => "less than",
        Qualifier::AtMost => "up to",
        Qualifier::Nearly => "nearly",
        Qualifier::About => "about",
        Qualifier::Exact => "",
    }
}

/// CC202's facts when the qualifiers disagree: the claim's value and what the quote says.
#[derive(Serialize)]
struct QualifierNotInQuote<'a> {
    value: Figure,
    quote_says: &'a str,
}

/// A CC202 diagnostic when the claim's value is qualified from one side and every place
/// its quote writes the figure is qualified from the other, or when the value is exact and
/// every place the quote writes it as the claim does is qualified ([`dropped`]). The quote's
/// figures are read as in an article in `language`, its source's.
pub fn check(claim: &Claim, passage: Option<&Location>, language: Language) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    if value.value.qualifier == Qualifier::Exact {
        return dropped(claim, passage, language);
    }
    let claimed = Side::of(value.value.qualifier)?;
    let quote = &claim.quote.value;
    let opposite = |side: Side| side == claimed.opposite();
    let Bound::Qualified(said_at, said_qualifier) = bound(
        quote,
        read_at(quote, &value.value, language),
        language,
        opposite,
    ) else {
        return None;
    };
    let said = &quote[said_at.clone()];
    let mut diagnostic = Diagnostic::new(
        Code::ValueNotInQuote,
        format!(
            "claim `{}` has the value `{}`, but its quote says `{said}`",
            claim.id.value, value.value.text
        ),
        value.at,
        format!(
            "{} {}",
            bound_words(value.value.qualifier, claimed),
            value.value.number()
        ),
    )
    .with_label(
        claim.quote.inner(&said_at),
        format!("the quote says `{said}`"),
    );
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let suggested = format!("{} {}", value_phrase(said_qualifier), value.value.number());
    let data = QualifierNotInQuote {
        value: Figure::of_value(claim, &value.value),
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
                bound_words(value.value.qualifier, claimed),
                value.value.number(),
                bound_words(said_qualifier, claimed.opposite()),
            ))
            .with_help(format!("write the quote's qualifier: `value: {suggested}`")),
    )
}

/// CC202's facts when the claim drops the quote's qualifier: the claim's exact value and
/// what the quote says.
#[derive(Serialize)]
struct QualifierDropped<'a> {
    value: Figure,
    quote_says: &'a str,
}

/// A CC202 diagnostic when the claim's value is exact (`600,000`) and every place its quote
/// writes it as the claim does has a qualifier that bounds it from one side ("fewer than
/// 600,000", "nearly 40", "at least 12"): the rules would read an exact figure where the
/// article gives a bound, and a disagreement the article has (a "fewer than 600,000" beside a
/// "600,000") would pass. The value as the claim writes it is looked for first, on number
/// boundaries, which costs one search of the quote and settles most claims; where the quote
/// writes it otherwise ("más de 3.000" or "plus de 3 000" for `3,000`, "nearly £38m" for
/// `38 million`), or where it finds a bound, the figures the quote reads are compared with
/// it. An approximate word
/// (`about`) is no finding.
fn dropped(claim: &Claim, passage: Option<&Location>, language: Language) -> Option<Diagnostic> {
    let value = claim.value.as_ref()?;
    let written = value.value.text.as_ref();
    let quote = &claim.quote.value;
    let either_side = |_: Side| true;
    let as_read = || {
        bound(
            quote,
            read_at(quote, &value.value, language),
            language,
            either_side,
        )
    };
    let qualified = match bound(quote, written_at(quote, written), language, either_side) {
        Bound::Bare => return None,
        // Not where the quote writes the figure bare otherwise too ("40.0" beside "more
        // than 40"), which only reading its figures tells.
        Bound::Qualified(at, said) => match as_read() {
            Bound::Bare => return None,
            Bound::Qualified(..) | Bound::NotWritten => (at, said),
        },
        // The quote writes the figure otherwise ("3.000" or "3 000" for `3,000`, "£38m"
        // for `38 million`): its figures as the value check reads them are judged instead.
        Bound::NotWritten => match as_read() {
            Bound::Qualified(at, said) => (at, said),
            Bound::Bare | Bound::NotWritten => return None,
        },
    };
    let (said_at, said_qualifier) = qualified;
    let said = &quote[said_at.clone()];
    let side = Side::of(said_qualifier)?;
    let mut diagnostic = Diagnostic::new(
        Code::ValueNotInQuote,
        format!(
            "claim `{}` has the exact value `{written}`, but its quote says `{said}`",
            claim.id.value
        ),
        value.at,
        format!("exactly {}", value.value.number()),
    )
    .with_label(
        claim.quote.inner(&said_at),
        format!("the quote says `{said}`"),
    );
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let suggested = format!("{} {}", value_phrase(said_qualifier), value.value.number());
    let data = QualifierDropped {
        value: Figure::of_value(claim, &value.value),
        quote_says: said,
    };
    Some(
        diagnostic
            .about_claim(&claim.id.value)
            .with_data(&data)
            .with_note(format!(
                "the quote's `{said}` puts the figure {} {}, where the claim's `{written}` is \
                 exact: every rule would read a figure the article does not give",
                bound_words(said_qualifier, side),
                value.value.number(),
            ))
            .with_help(format!("write the quote's qualifier: `value: {suggested}`")),
    )
}

/// Where a qualifier puts the value beside its figure, in words: "at or above" for "at
/// least", whose figure is among the values it allows, "above" for "more than".
fn bound_words(qualifier: Qualifier, side: Side) -> &'static str {
    match (qualifier, side) {
        (Qualifier::AtLeast | Qualifier::AtMost, Side::Above) => "at or above",
        (Qualifier::AtLeast | Qualifier::AtMost, Side::Below) => "at or below",
        (_, side) => side.words(),
    }
}

/// How a quote writes an exact value's figure: every place with a qualifier that bounds it
/// from one side (the first of them, with what it says), at least one place bare, or nowhere.
enum Bound {
    Qualified(Range<usize>, Qualifier),
    Bare,
    NotWritten,
}

/// The places `quote` writes the figure written as `written` (the value as the claim writes
/// it), found on number boundaries: one search of the quote, which settles most claims.
fn written_at<'q>(quote: &'q str, written: &'q str) -> impl Iterator<Item = Range<usize>> + 'q {
    // Chinese and Japanese write the figure onto the words around it (`超过40人`).
    let joined = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() && !crate::normalize::is_unspaced_script(c))
    };
    let figure_goes_on = |c: Option<char>, next: Option<char>| {
        matches!(c, Some('.' | ',')) && next.is_some_and(|c| c.is_ascii_digit())
    };
    quote
        .match_indices(written)
        .map(move |(at, _)| at..at + written.len())
        .filter(move |figure| {
            let mut before = quote[..figure.start].chars().rev();
            let mut after = quote[figure.end..].chars();
            let (b1, b2) = (before.next(), before.next());
            let (a1, a2) = (after.next(), after.next());
            !(joined(b1) || joined(a1) || figure_goes_on(b1, b2) || figure_goes_on(a1, a2))
        })
}

/// The places `quote` writes `value` among the figures it reads (with their separators,
/// scale words and signs, either reading of a figure that reads two ways), as the value
/// check reads them in an article in `language`.
fn read_at(
    quote: &str,
    value: &Quantity,
    language: Language,
) -> impl Iterator<Item = Range<usize>> {
    find_numbers_in(quote, language)
        .into_iter()
        .filter(|mention| {
            !mention.is_part_of_a_word(quote)
                && mention.figures().any(|figure| same_figure(value, figure))
        })
        .map(|mention| mention.span)
}

/// How `quote`, of an article in `language`, bounds its `figures` (places it writes one
/// figure): every one of them after a qualifier of a side `wanted` accepts (the first, from
/// the qualifier to the figure's end, with what it says), one bare or of another side, or
/// none at all.
fn bound(
    quote: &str,
    figures: impl Iterator<Item = Range<usize>>,
    language: Language,
    wanted: impl Fn(Side) -> bool,
) -> Bound {
    let mut qualified = Bound::NotWritten;
    for figure in figures {
        let said = qualifier_before(quote, figure.clone(), language)
            .map(|(span, said)| (span.start..figure.end, said))
            .or_else(|| {
                // From the figure, or from the preposition written onto it that the
                // qualifier closes (`ከ300 በላይ`).
                qualifier_after(quote, figure.clone(), language)
                    .map(|(span, said)| (figure.start.min(span.start)..span.end, said))
            });
        match said {
            Some((span, said)) if Side::of(said).is_some_and(&wanted) => {
                if matches!(qualified, Bound::NotWritten) {
                    qualified = Bound::Qualified(span, said);
                }
            }
            _ => return Bound::Bare,
        }
    }
    qualified
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code::ValueNotInQuote;
    use crate::quantity::Qualifier::{AtMost, MoreThan, Nearly};

    /// The CC202 messages and helps of a claim of `value` people quoting `quote`.
    fn judged(quote: &str, value: &str) -> Vec<(String, String)> {
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
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == ValueNotInQuote)
            .map(|d| {
                (
                    d.message.clone(),
                    d.help.clone().unwrap_or_default().into_owned(),
                )
            })
            .collect()
    }

    /// Asserts that the exact `value` of a claim quoting `quote` is one CC202, which says the
    /// quote `says` a qualified figure and to `write` the value with its qualifier.
    fn assert_dropped(quote: &str, value: &str, says: &str, write: &str) {
        assert_eq!(
            judged(quote, value),
            [(
                format!("claim `c` has the exact value `{value}`, but its quote says `{says}`"),
                format!("write the quote's qualifier: `value: {write}`"),
            )],
            "{quote}"
        );
    }

    #[test]
    fn a_qualifier_of_the_other_side_is_a_finding_with_the_quotes_as_help() {
        for (quote, value, says, write) in [
            (
                "Fewer than 40 people came",
                "more than 40",
                "Fewer than 40",
                "less than 40",
            ),
            (
                "More than 40 people came",
                "fewer than 40",
                "More than 40",
                "more than 40",
            ),
            (
                "Nearly 40 people came",
                "at least 40",
                "Nearly 40",
                "nearly 40",
            ),
            (
                "No more than 40 people came",
                "more than 40",
                "No more than 40",
                "up to 40",
            ),
            (
                "No fewer than 40 people came",
                "up to 40",
                "No fewer than 40",
                "at least 40",
            ),
            (
                "It cost more than $5 million",
                "up to 5 million",
                "more than $5 million",
                "more than 5 million",
            ),
            (
                "It cost well over US$5 million",
                "up to 5 million",
                "well over US$5 million",
                "more than 5 million",
            ),
            (
                "Menos de 40 personas vinieron",
                "more than 40",
                "Menos de 40",
                "less than 40",
            ),
            (
                "Al menos 300 personas",
                "less than 300",
                "Al menos 300",
                "at least 300",
            ),
            (
                "Knapp 40 Menschen kamen",
                "more than 40",
                "Knapp 40",
                "nearly 40",
            ),
            ("不到40人参加", "more than 40", "不到40", "less than 40"),
        ] {
            assert_eq!(
                judged(quote, value),
                [(
                    format!("claim `c` has the value `{value}`, but its quote says `{says}`"),
                    format!("write the quote's qualifier: `value: {write}`"),
                )],
                "{quote}"
            );
        }
    }

    #[test]
    fn a_bare_figure_an_approximate_one_the_same_side_or_a_negated_one_is_none() {
        for (quote, value) in [
            ("More than 40 people came", "more than 40"),
            ("At least 40 people came", "more than 40"),
            ("40 people came", "more than 40"),
            ("About 40 people came", "more than 40"),
            ("Fewer than 40 people came", "about 40"),
            // One mention of the figure that does not disagree is enough.
            ("More than 40 came, and 40 stayed", "fewer than 40"),
            // Words that only end like a qualifier, or say where or when.
            ("The Hanover 40 people came", "fewer than 40"),
            ("Además de 40 heridos", "nearly 40"),
            ("They trained 500 teachers over 40 years", "up to 40"),
            ("Spending is split under 40 programmes", "more than 40"),
            ("A crossing in a fast 40 minutes", "at least 40"),
            // A negated qualifier, read as the bound it sets: the same side.
            ("Not more than 40 people may attend", "up to 40"),
            ("No más de 40 personas", "up to 40"),
            ("Nicht mehr als 40 Menschen", "up to 40"),
            ("参加人数不超过40人", "up to 40"),
            ("Pas moins de 40 bénévoles", "at least 40"),
            ("Niet meer dan 40 mensen", "up to 40"),
            ("Non oltre 40 persone", "up to 40"),
            // Italian `oltre a` is "besides".
            ("Oltre a 40 feriti, tre morti", "fewer than 40"),
            // A negation that makes no phrase of the table with it leaves the qualifier
            // unread.
            ("It is not up to 40 voters to decide", "more than 40"),
        ] {
            assert_eq!(judged(quote, value), [], "{quote}");
        }
    }

    #[test]
    fn an_exact_value_that_drops_the_quotes_qualifier_is_a_finding() {
        for (quote, value, says, write) in [
            (
                "Fewer than 600,000 people live there",
                "600,000",
                "Fewer than 600,000",
                "less than 600,000",
            ),
            ("Nearly 40 people came", "40", "Nearly 40", "nearly 40"),
            ("It takes up to 40 hours", "40", "up to 40", "up to 40"),
            (
                "At least 40 people came",
                "40",
                "At least 40",
                "at least 40",
            ),
            ("Plus de 40 personnes", "40", "Plus de 40", "more than 40"),
            // Written otherwise than the claim writes it: grouped by a point or a space,
            // with a currency sign and a scale.
            (
                "Más de 3.000 docentes",
                "3,000",
                "Más de 3.000",
                "more than 3,000",
            ),
            (
                "Plus de 3 000 enseignants",
                "3,000",
                "Plus de 3 000",
                "more than 3,000",
            ),
            (
                "savings of nearly £38m over the year",
                "38 million",
                "nearly £38m",
                "nearly 38 million",
            ),
            (
                "casi 95.000 alumnos y 3.000 docentes",
                "95,000",
                "casi 95.000",
                "nearly 95,000",
            ),
            ("超过40人参加", "40", "超过40", "more than 40"),
            (
                "It grew from 3,140 to more than 40",
                "40",
                "more than 40",
                "more than 40",
            ),
        ] {
            assert_dropped(quote, value, says, write);
        }
        for quote in [
            // `up to` where a figure went, not a bound.
            "The death toll went up to 40 on Monday",
            "Losses add up to 40 this year",
            "Bringing the total up to 40",
            // An approximate word, a negated qualifier the table does not read, none, or a
            // bare mention too.
            "About 40 people came",
            "It is not up to 40 voters to decide",
            "40 people came",
            "More than 40 came, and 40 stayed",
            "Más de 40 vinieron, y 40.0 se quedaron",
        ] {
            assert_eq!(judged(quote, "40"), [], "{quote}");
        }
        // Written otherwise, bare in one place: no finding.
        assert_eq!(
            judged("Más de 3.000 vinieron; 3.000 se quedaron", "3,000"),
            []
        );
        // The figure inside another is not the claim's: its value is not stated at all.
        for quote in ["Fewer than 1,400 came", "Fewer than 140 came"] {
            let found = judged(quote, "40");
            assert_eq!(found.len(), 1, "{quote}");
            assert!(
                found[0].0.ends_with("which its quote does not state"),
                "{quote}"
            );
        }
    }

    #[test]
    fn a_negated_qualifier_is_read_as_the_bound_it_sets_never_as_its_opposite() {
        for (quote, at_most) in [
            ("Not more than 12 people voted", true),
            ("No more than 12 people voted", true),
            ("No fewer than 12 people voted", false),
            ("No less than 12 people voted", false),
            ("Not less than 12 people voted", false),
            ("Not fewer than 12 people voted", false),
            ("No más de 12 personas votaron", true),
            ("No menos de 12 personas votaron", false),
            ("Não mais de 12 pessoas votaram", true),
            ("Não mais que 12 pessoas votaram", true),
            ("Não mais do que 12 pessoas votaram", true),
            ("Não menos de 12 pessoas votaram", false),
            ("Não menos que 12 pessoas votaram", false),
            ("Pas plus de 12 élus ont voté contre", true),
            ("Pas moins de 12 bénévoles ont aidé", false),
            ("Il n'a pas plus d'un million d'euros", true),
            ("Non più di 12 persone hanno votato", true),
            ("Non meno di 12 persone hanno votato", false),
            ("Nicht mehr als 12 Menschen stimmten", true),
            ("Nicht weniger als 12 Menschen stimmten", false),
            ("参加人数不超过12人", true),
            ("参加人数不少于12人", false),
            ("Nie więcej niż 12 osób głosowało", true),
            ("Nie mniej niż 12 osób głosowało", false),
            ("Tidak lebih dari 12 orang memilih", true),
            ("Tak lebih dari 12 orang memilih", true),
            ("Tidak kurang dari 12 orang memilih", false),
            ("Không quá 12 người bỏ phiếu", true),
            ("Không hơn 12 người bỏ phiếu", true),
            ("Không dưới 12 người bỏ phiếu", false),
            ("Không ít hơn 12 người bỏ phiếu", false),
            ("Tak kurang dari 12 orang memilih", false),
        ] {
            let figure = if quote.contains("million") {
                "1 million"
            } else {
                "12"
            };
            let (bound, opposite) = if at_most {
                ("up to", "more than")
            } else {
                ("at least", "less than")
            };
            let exact = judged(quote, figure);
            assert_eq!(exact.len(), 1, "{quote}: {exact:?}");
            assert_eq!(
                exact[0].1,
                format!("write the quote's qualifier: `value: {bound} {figure}`"),
                "{quote}"
            );
            // The bound the quote sets is no finding; its opposite is one, never passed.
            assert_eq!(judged(quote, &format!("{bound} {figure}")), [], "{quote}");
            let turned = judged(quote, &format!("{opposite} {figure}"));
            assert_eq!(turned.len(), 1, "{quote}: {turned:?}");
            assert!(turned[0].0.contains("but its quote says"), "{quote}");
        }
    }

    #[test]
    fn a_french_or_italian_qualifier_elided_before_a_vowel_is_read() {
        for (quote, value, says, write) in [
            (
                "Plus d'un million de visiteurs sont attendus",
                "1 million",
                "Plus d'un million",
                "more than 1 million",
            ),
            (
                "Plus d’un million de visiteurs sont attendus",
                "1 million",
                "Plus d’un million",
                "more than 1 million",
            ),
            (
                "Moins d'un million de visiteurs",
                "1 million",
                "Moins d'un million",
                "less than 1 million",
            ),
            (
                "Plus d'une centaine de manifestants",
                "100",
                "Plus d'une centaine",
                "more than 100",
            ),
            (
                "Più d'un milione di visitatori",
                "1 million",
                "Più d'un milione",
                "more than 1 million",
            ),
            (
                "Le chantier a coûté au bas mot 4 millions d'euros",
                "4 million",
                "au bas mot 4 millions",
                "at least 4 million",
            ),
            (
                "Il faut au minimum 40 bénévoles",
                "40",
                "au minimum 40",
                "at least 40",
            ),
            (
                "La salle accueille au maximum 40 personnes",
                "40",
                "au maximum 40",
                "up to 40",
            ),
        ] {
            assert_dropped(quote, value, says, write);
        }
    }

    #[test]
    fn letters_that_change_length_in_lowercase_keep_their_places() {
        // `İ` grows by a byte in lowercase and the Kelvin sign shrinks: the phrase is found
        // character by character, at its own offsets.
        let quote = "İİ \u{212a}napp 40 Menschen";
        let figure = quote.find("40").unwrap();
        let (at, qualifier) =
            qualifier_before(quote, figure..figure + 2, Language::UNDECLARED).unwrap();
        assert_eq!(&quote[at], "\u{212a}napp");
        assert_eq!(qualifier, Nearly);
        assert_eq!(
            judged("İstanbul: fewer than 40 people voted", "more than 40").len(),
            1
        );
    }

    /// The qualifier read before the figure 300 of `text`, of an article whose source declares
    /// the language `tag`, as written and what it means.
    fn read<'t>(text: &'t str, tag: Option<&str>) -> Option<(&'t str, Qualifier)> {
        let figure = text.find("300")?;
        qualifier_before(text, figure..figure + 3, Language::of(tag))
            .map(|(at, said)| (&text[at], said))
    }

    #[test]
    fn nad_is_more_than_only_in_an_article_that_declares_bulgarian_or_macedonian() {
        for tag in [Some("bg"), Some("bg-BG"), Some("mk")] {
            assert_eq!(
                read("Над 300 улици ще бъдат ремонтирани", tag),
                Some(("Над", MoreThan)),
                "{tag:?}"
            );
            assert_eq!(
                read("ремонтирани са над 300 улици", tag),
                Some(("над", MoreThan)),
                "{tag:?}"
            );
        }
        // The Russian "on", and in an article that declares no language as before.
        for tag in [None, Some("ru"), Some("sr"), Some("uk")] {
            assert_eq!(read("работали над 300 проектами", tag), None, "{tag:?}");
            assert_eq!(read("Над 300 улици", tag), None, "{tag:?}");
        }
        // Not the end of a word, nor negated.
        assert_eq!(read("Знаменосецнад 300", Some("bg")), None);
        assert_eq!(read("не над 300 улици", Some("bg")), None);
    }

    #[test]
    fn galician_and_afrikaans_qualifiers_are_read_and_case_only_in_an_article_that_declares_galician()
     {
        use crate::quantity::Qualifier::{AtLeast, LessThan};
        for tag in [None, Some("gl"), Some("af")] {
            for (text, said) in [
                ("máis de 300 familias", Some(("máis de", MoreThan))),
                ("polo menos 300 familias", Some(("polo menos", AtLeast))),
                ("meer as 300 gesinne", Some(("meer as", MoreThan))),
                ("minder as 300 gesinne", Some(("minder as", LessThan))),
                ("Byna 300 gesinne", Some(("Byna", Nearly))),
                ("hoogstens 300 gesinne", Some(("hoogstens", AtMost))),
                // Approximate.
                ("preto de 300 centros", None),
                ("arredor de 300 centros", None),
                ("uns 300 postos", None),
                ("ongeveer 300 gesinne", None),
                ("sowat 300 gesinne", None),
            ] {
                assert_eq!(read(text, tag), said, "{text} / {tag:?}");
            }
        }
        for tag in [Some("gl"), Some("gl-ES")] {
            assert_eq!(read("case 300 fogares", tag), Some(("case", Nearly)));
            assert_eq!(read("Case o 300 fogares", tag), Some(("Case o", Nearly)));
        }
        // Elsewhere an English and Italian word: not read, as before.
        for tag in [None, Some("en"), Some("it"), Some("es")] {
            assert_eq!(read("in case 300 people come", tag), None, "{tag:?}");
            assert_eq!(read("le case 300 metri più in là", tag), None, "{tag:?}");
        }
    }

    #[test]
    fn macedonian_and_belarusian_qualifiers_are_read_before_a_figure() {
        use crate::quantity::Qualifier::{AtLeast, LessThan, Nearly};
        for tag in [None, Some("mk"), Some("be")] {
            for (text, said) in [
                ("Најмалку 300 училишта", Some(("Најмалку", AtLeast))),
                ("речиси 300 семејства", Some(("речиси", Nearly))),
                ("повеќе од 300 семејства", Some(("повеќе од", MoreThan))),
                ("не повеќе од 300", Some(("не повеќе од", AtMost))),
                ("Больш за 300 сем'яў", Some(("Больш за", MoreThan))),
                ("менш за 300 школ", Some(("менш за", LessThan))),
                ("не менш за 300 школ", Some(("не менш за", AtLeast))),
                ("амаль 300 школ", Some(("амаль", Nearly))),
                // Approximate, as `about` is: no bound.
                ("околу 300 жители", None),
                ("каля 300 школ", None),
            ] {
                assert_eq!(read(text, tag), said, "{text} ({tag:?})");
            }
        }
        // Not the end of another word.
        assert_eq!(read("Знаменосецамаль 300", Some("be")), None);
    }

    #[test]
    fn malay_qualifiers_are_read_and_lebih_alone_only_in_an_article_that_declares_malay() {
        use crate::quantity::Qualifier::{AtLeast, LessThan};
        for tag in [None, Some("ms"), Some("id")] {
            for (text, said) in [
                (
                    "lebih daripada 300 projek",
                    Some(("lebih daripada", MoreThan)),
                ),
                (
                    "kurang daripada 300 projek",
                    Some(("kurang daripada", LessThan)),
                ),
                (
                    "tidak lebih daripada 300",
                    Some(("tidak lebih daripada", AtMost)),
                ),
                (
                    "tidak kurang daripada 300",
                    Some(("tidak kurang daripada", AtLeast)),
                ),
                (
                    "sekurang-kurangnya 300 projek",
                    Some(("sekurang-kurangnya", AtLeast)),
                ),
                ("hampir 300 projek", Some(("hampir", Nearly))),
                // Approximate.
                ("sekitar 300 projek", None),
                ("kira-kira 300 projek", None),
                ("lebih kurang 300 projek", None),
            ] {
                assert_eq!(read(text, tag), said, "{text} / {tag:?}");
            }
        }
        for tag in [Some("ms"), Some("ms-MY")] {
            assert_eq!(
                read("berkata lebih 300 projek", tag),
                Some(("lebih", MoreThan)),
                "{tag:?}"
            );
            assert_eq!(
                read("Lebih 300 projek", tag),
                Some(("Lebih", MoreThan)),
                "{tag:?}"
            );
            // More or less, and the minutes of a time.
            assert_eq!(read("kurang lebih 300 projek", tag), None);
            assert_eq!(read("pukul 10 lebih 300", tag), None);
        }
        // Elsewhere `lebih` alone is read as before: not at all.
        for tag in [None, Some("id"), Some("en")] {
            assert_eq!(read("berkata lebih 300 projek", tag), None, "{tag:?}");
        }
    }

    #[test]
    fn the_longest_qualifier_is_read() {
        let read = |text: &str| {
            qualifier_before(text, text.len()..text.len(), Language::UNDECLARED).map(|(_, q)| q)
        };
        assert_eq!(read("no more than "), Some(AtMost));
        assert_eq!(read("more than "), Some(MoreThan));
        assert_eq!(read("just over $"), Some(MoreThan));
        assert_eq!(read("moreover "), None);
        assert_eq!(read("bis zu "), Some(AtMost));
        assert_eq!(read("Jahren zu "), None);
    }

    #[test]
    fn qualifiers_of_other_languages_and_before_a_currency_are_read() {
        assert_each_judged(&[
            ("Es kamen bis zu 40 Familien", "40", "bis zu 40"),
            ("Es kamen nahezu 90 Menschen", "90", "nahezu 90"),
            ("Es kamen höchstens 40", "40", "höchstens 40"),
            ("Es kamen maximal 40", "40", "maximal 40"),
            ("As many as 40 came", "40", "As many as 40"),
            ("Vieram até 40 pessoas", "40", "até 40"),
            ("Vieram ao menos 9 pessoas", "9", "ao menos 9"),
            ("Um valor acima de 40", "40", "acima de 40"),
            ("Um valor inferior a 40", "40", "inferior a 40"),
            ("Vieram no máximo 40", "40", "no máximo 40"),
            ("Vinieron hasta 40 personas", "40", "hasta 40"),
            ("Il y avait jusqu’à 40 personnes", "40", "jusqu’à 40"),
            ("Il y avait près de 40 personnes", "40", "près de 40"),
            ("Oltre 40 bambini", "40", "Oltre 40"),
            ("Ruim 40 kinderen", "40", "Ruim 40"),
            ("Meer dan 40 mensen", "40", "Meer dan 40"),
            ("Bijna 40 mensen", "40", "Bijna 40"),
            ("Er kwamen minstens 40 mensen", "40", "minstens 40"),
            // `over` and `über` where they can only mean more than: at a sentence's start,
            // or after a preposition.
            ("Over 40 children will get meals", "40", "Over 40"),
            ("In 2023, over 40 towns voted", "40", "over 40"),
            ("Pupils in over 40 countries", "40", "over 40"),
            ("Membership grew by over 40 people", "40", "over 40"),
            (
                "Over $40 million was spent",
                "40 million",
                "Over $40 million",
            ),
            ("Über 40 Menschen kamen", "40", "Über 40"),
            ("Ein Haus mit über 40 Betten", "40", "über 40"),
            // A qualifier before a sign and the code written onto it.
            (
                "Custou mais de R$ 180 milhões",
                "180 million",
                "mais de R$ 180 milhões",
            ),
            (
                "It cost more than S$7 million",
                "7 million",
                "more than S$7 million",
            ),
            // A currency in letters of both cases, with its point or written onto the figure.
            (
                "Kerugian lebih dari Rp 5 miliar",
                "5 billion",
                "lebih dari Rp 5 miliar",
            ),
            (
                "Kerugian lebih dari Rp. 5 miliar",
                "5 billion",
                "lebih dari Rp. 5 miliar",
            ),
            (
                "Kerugian lebih dari Rp5 miliar",
                "5 billion",
                "lebih dari Rp5 miliar",
            ),
            (
                "It cost more than KSh5 billion",
                "5 billion",
                "more than KSh5 billion",
            ),
        ]);
        for quote in [
            // Prepositions of other senses too, and English `fast`.
            "She served under 40 presidents",
            "The police handed over 40 documents",
            "over 40 documents were handed in",
            "Over 40 years, the town doubled in size",
            "In 2023, over 40 years after the flood",
            "It presided over 40 meetings",
            "Sie verfügt über 40 Betten",
            "Das Krankenhaus verfügt über 40 Betten",
            "Unter 40 Bewerbern wurden drei gewählt",
            "The school is close to 40 hospitals",
            "It offers fast 40 Mbps broadband",
            // The end of a range.
            "O prazo vai de 10 até 40 dias",
            "Subieron de 10 pesos hasta 40 pesos",
            "Sie stiegen von 10 bis zu 40 Euro",
            "It rose from 10 up to 40",
        ] {
            assert_eq!(judged(quote, "40"), [], "{quote}");
        }
    }

    #[test]
    fn polish_and_indonesian_qualifiers_are_read() {
        for (quote, says, write) in [
            ("Ponad 40 gmin złożyło wnioski", "Ponad 40", "more than 40"),
            (
                "Przyszło więcej niż 40 osób",
                "więcej niż 40",
                "more than 40",
            ),
            (
                "Grupy powyżej 40 osób płacą mniej",
                "powyżej 40",
                "more than 40",
            ),
            ("Przyszło mniej niż 40 osób", "mniej niż 40", "less than 40"),
            (
                "Grupy poniżej 40 osób płacą więcej",
                "poniżej 40",
                "less than 40",
            ),
            (
                "Co najmniej 40 osób zostało rannych",
                "Co najmniej 40",
                "at least 40",
            ),
            (
                "Przyszło przynajmniej 40 osób",
                "przynajmniej 40",
                "at least 40",
            ),
            (
                "Sala pomieści co najwyżej 40 osób",
                "co najwyżej 40",
                "up to 40",
            ),
            (
                "Sala pomieści maksymalnie 40 osób",
                "maksymalnie 40",
                "up to 40",
            ),
            ("Blisko 40 osób zostało rannych", "Blisko 40", "nearly 40"),
            ("Przyszło prawie 40 osób", "prawie 40", "nearly 40"),
            ("Zginęło niemal 40 osób", "niemal 40", "nearly 40"),
            ("Zginęło niemalże 40 osób", "niemalże 40", "nearly 40"),
            ("Przyszło niespełna 40 osób", "niespełna 40", "nearly 40"),
            ("PONAD 40 GMIN", "PONAD 40", "more than 40"),
            ("Lebih dari 40 rumah rusak", "Lebih dari 40", "more than 40"),
            (
                "Kurang dari 40 orang hadir",
                "Kurang dari 40",
                "less than 40",
            ),
            ("Setidaknya 40 orang tewas", "Setidaknya 40", "at least 40"),
            ("Sedikitnya 40 orang tewas", "Sedikitnya 40", "at least 40"),
            (
                "Paling sedikit 40 orang tewas",
                "Paling sedikit 40",
                "at least 40",
            ),
            (
                "Sekurang-kurangnya 40 orang hadir",
                "Sekurang-kurangnya 40",
                "at least 40",
            ),
            ("Hampir 40 orang hadir", "Hampir 40", "nearly 40"),
            ("Nyaris 40 rumah terendam", "Nyaris 40", "nearly 40"),
        ] {
            assert_dropped(quote, "40", says, write);
        }
        assert_each_judged(&[
            (
                "Ponad 100 gmin złożyło wnioski",
                "less than 100",
                "Ponad 100",
            ),
            ("Przyszło prawie 100 osób", "at least 100", "prawie 100"),
            (
                "Kurang dari 100 orang hadir",
                "at least 100",
                "Kurang dari 100",
            ),
            ("Setidaknya 100 orang tewas", "up to 100", "Setidaknya 100"),
        ]);
    }

    #[test]
    fn polish_and_indonesian_words_that_bound_no_figure_are_not_read() {
        for quote in [
            // Words that only end like a qualifier.
            "Ponadto 40 osób przyszło",
            "Rozmowy w sprawie 40 osób trwają",
            "Jumlahnya berkurang dari 40 menjadi 30",
            // `do`, `od`, `hingga` and `sampai` say where a figure went, from when or until
            // when as often as they bound it; `mencapai` and `sebanyak` state the figure.
            "Liczba ofiar wzrosła do 40",
            "Bilety kosztują od 10 do 40 złotych",
            "Mieszka tu od 40 lat",
            "Jumlah korban naik hingga 40 orang",
            "Antrean berlangsung sampai 40 menit",
            "Jumlah korban mencapai 40 orang",
            "Sebanyak 40 orang hadir",
            // Approximate words.
            "Około 40 osób przyszło",
            "Przyszło ok. 40 osób",
            "Sekitar 40 orang hadir",
            "Kurang lebih 40 orang hadir",
            // A negation that makes no phrase of the table with the qualifier after it.
            "Nie blisko 40, lecz ponad 60 osób przyszło",
            "Yang datang bukan hampir 40, melainkan 60 orang",
            "Korban tidak hampir 40 orang, tetapi 60 orang",
            "Korban tak hampir 40 orang, tetapi 60 orang",
        ] {
            assert_eq!(judged(quote, "40"), [], "{quote}");
            assert_eq!(judged(quote, "more than 40"), [], "{quote}");
        }
    }

    #[test]
    fn ukrainian_greek_and_tamil_qualifiers_are_read() {
        for (quote, says, write) in [
            ("Понад 40 киян отримали", "Понад 40", "more than 40"),
            (
                "Отримали більше ніж 40 осіб",
                "більше ніж 40",
                "more than 40",
            ),
            ("Щонайменше 40 будинків", "Щонайменше 40", "at least 40"),
            ("Принаймні 40 будинків", "Принаймні 40", "at least 40"),
            ("Вміщує не більше 40 осіб", "не більше 40", "up to 40"),
            ("Майже 40 будинків", "Майже 40", "nearly 40"),
            ("Πάνω από 40 πυροσβέστες", "Πάνω από 40", "more than 40"),
            (
                "Περισσότεροι από 40 κάτοικοι",
                "Περισσότεροι από 40",
                "more than 40",
            ),
            ("Τουλάχιστον 40 χωριά", "Τουλάχιστον 40", "at least 40"),
            ("Το πολύ 40 άτομα", "Το πολύ 40", "up to 40"),
            ("Σχεδόν 40 σπίτια", "Σχεδόν 40", "nearly 40"),
            ("குறைந்தது 40 பேர் காணவில்லை", "குறைந்தது 40", "at least 40"),
            ("40க்கும் மேற்பட்ட வீடுகள்", "40க்கும் மேற்பட்ட", "more than 40"),
            ("40-க்கும் மேற்பட்ட வீடுகள்", "40-க்கும் மேற்பட்ட", "more than 40"),
            ("40க்கும் குறைவான வீடுகள்", "40க்கும் குறைவான", "less than 40"),
        ] {
            assert_dropped(quote, "40", says, write);
        }
        // Approximate words, and "up to" that may be "until".
        for quote in [
            "Близько 40 будинків",
            "До 40 будинків",
            "Περίπου 40 σπίτια",
            "Έως 40 άτομα",
            "சுமார் 40 பேர்",
        ] {
            assert_eq!(judged(quote, "40"), [], "{quote}");
        }
    }

    #[test]
    fn russian_turkish_japanese_and_arabic_qualifiers_are_read() {
        for (quote, says, write) in [
            ("Пострадали более 40 домов", "более 40", "more than 40"),
            (
                "Пострадали более чем 40 домов",
                "более чем 40",
                "more than 40",
            ),
            ("Свыше 40 домов разрушено", "Свыше 40", "more than 40"),
            ("Пришли больше 40 человек", "больше 40", "more than 40"),
            ("Пострадали менее 40 домов", "менее 40", "less than 40"),
            ("Пришли меньше 40 человек", "меньше 40", "less than 40"),
            (
                "Привлечены не менее 40 спасателей",
                "не менее 40",
                "at least 40",
            ),
            ("Пришли не меньше 40 человек", "не меньше 40", "at least 40"),
            ("Зал вмещает не более 40 человек", "не более 40", "up to 40"),
            (
                "Зал вмещает не больше 40 человек",
                "не больше 40",
                "up to 40",
            ),
            (
                "Погибли как минимум 40 человек",
                "как минимум 40",
                "at least 40",
            ),
            (
                "Погибли по меньшей мере 40 человек",
                "по меньшей мере 40",
                "at least 40",
            ),
            (
                "Погибли по крайней мере 40 человек",
                "по крайней мере 40",
                "at least 40",
            ),
            ("Пришли почти 40 человек", "почти 40", "nearly 40"),
            ("Bölgede en az 40 bina yıkıldı", "en az 40", "at least 40"),
            ("Salona en fazla 40 kişi sığar", "en fazla 40", "up to 40"),
            ("Salona en çok 40 kişi sığar", "en çok 40", "up to 40"),
            ("Neredeyse 40 kişi geldi", "Neredeyse 40", "nearly 40"),
            ("40'tan fazla kişi geldi", "40'tan fazla", "more than 40"),
            ("40’tan fazla kişi geldi", "40’tan fazla", "more than 40"),
            ("40'tan az kişi geldi", "40'tan az", "less than 40"),
            ("40'ı aşkın kişi geldi", "40'ı aşkın", "more than 40"),
            // A headline's capitals: Turkish pairs `I` with `ı` and `İ` with `i`, and two
            // capitals before the figure are a qualifier's before they are a currency's.
            ("40'I AŞKIN KİŞİ GELDİ", "40'I AŞKIN", "more than 40"),
            ("40'TAN FAZLA KİŞİ", "40'TAN FAZLA", "more than 40"),
            ("BÖLGEDE EN AZ 40 BİNA YIKILDI", "EN AZ 40", "at least 40"),
            ("UP TO 40 PEOPLE CAME", "UP TO 40", "up to 40"),
            ("MÁS DE 40 PERSONAS", "MÁS DE 40", "more than 40"),
            (
                "40'ın üzerinde kişi geldi",
                "40'ın üzerinde",
                "more than 40",
            ),
            ("40'ın altında kişi geldi", "40'ın altında", "less than 40"),
            ("40'a yakın kişi geldi", "40'a yakın", "nearly 40"),
            ("断水は40戸以上に及んでいる", "40戸以上", "at least 40"),
            ("参加者は40人以下だった", "40人以下", "up to 40"),
            ("参加者は40人未満だった", "40人未満", "less than 40"),
            ("参加者は40人超に上った", "40人超", "more than 40"),
            ("参加者は40人近くに上った", "40人近く", "nearly 40"),
            ("参加者は40人余りだった", "40人余り", "more than 40"),
            ("少なくとも40棟が全壊した", "少なくとも40", "at least 40"),
            (
                "少なくとも４０棟が全壊した",
                "少なくとも４０",
                "at least 40",
            ),
            ("最大40人が不明", "最大40", "up to 40"),
            ("最大で40人が不明", "最大で40", "up to 40"),
            ("最低40人が必要だ", "最低40", "at least 40"),
            ("最低でも40人が必要だ", "最低でも40", "at least 40"),
            ("该县40户以上受灾", "40户以上", "at least 40"),
            ("该县至少40户受灾", "至少40", "at least 40"),
            ("该县最少40户受灾", "最少40", "at least 40"),
            ("该县最多40户受灾", "最多40", "up to 40"),
            ("该县至多40户受灾", "至多40", "up to 40"),
            ("该县近40户受灾", "近40", "nearly 40"),
            ("该县接近40户受灾", "接近40", "nearly 40"),
            ("该县多达40户受灾", "多达40", "up to 40"),
            ("Пострадали минимум 40 человек", "минимум 40", "at least 40"),
            ("Có hơn 40 người bị thương", "hơn 40", "more than 40"),
            ("Có ít nhất 40 người bị thương", "ít nhất 40", "at least 40"),
            ("Có tối đa 40 người", "tối đa 40", "up to 40"),
            ("Có không quá 40 người", "không quá 40", "up to 40"),
            ("Có gần 40 người bị thương", "gần 40", "nearly 40"),
            ("Có chưa đến 40 người", "chưa đến 40", "less than 40"),
            ("Пострадали максимум 40 человек", "максимум 40", "up to 40"),
            ("أصيب أكثر من 40 شخصا", "أكثر من 40", "more than 40"),
            ("أصيب اكثر من 40 شخصا", "اكثر من 40", "more than 40"),
            ("ارتفع العدد بأكثر من 40 شخصا", "أكثر من 40", "more than 40"),
            ("أصيب أقل من 40 شخصا", "أقل من 40", "less than 40"),
            ("أصيب ما لا يقل عن 40 شخصا", "ما لا يقل عن 40", "at least 40"),
            ("أصيب لا يقل عن 40 شخصا", "لا يقل عن 40", "at least 40"),
            ("أصيب ما يزيد على 40 شخصا", "ما يزيد على 40", "more than 40"),
            ("أصيب ما يزيد عن 40 شخصا", "ما يزيد عن 40", "more than 40"),
            (
                "تتسع القاعة لما لا يزيد عن 40 شخصا",
                "ما لا يزيد عن 40",
                "up to 40",
            ),
        ] {
            assert_dropped(quote, "40", says, write);
        }
        // `超过` leads the figure after it: the count before keeps no qualifier.
        assert_eq!(judged("紫云、纳雍、威宁3县搬迁人口超过30万人", "3"), []);
        assert_eq!(judged("2个乡镇超过标准", "2"), []);
        // `近` in a word, or before a span of time: "lately", "the last".
        assert_eq!(judged("最近40户受灾", "40"), []);
        assert_eq!(judged("近40年来受灾", "40"), []);
        assert_eq!(judged("近40个月", "40"), []);
        // With a scale word: Turkish writes the case ending onto it.
        for (quote, says, write) in [
            (
                "40 binden fazla kişi geldi",
                "40 binden fazla",
                "more than 40,000",
            ),
            (
                "40 bin'den fazla kişi geldi",
                "40 bin'den fazla",
                "more than 40,000",
            ),
            (
                "40 bini aşkın kişi geldi",
                "40 bini aşkın",
                "more than 40,000",
            ),
            (
                "40 binin üzerinde kişi geldi",
                "40 binin üzerinde",
                "more than 40,000",
            ),
            ("40 bine yakın kişi geldi", "40 bine yakın", "nearly 40,000"),
            (
                "40 BİNİ AŞKIN KİŞİ GELDİ",
                "40 BİNİ AŞKIN",
                "more than 40,000",
            ),
            (
                "Не менее 40 тыс. человек",
                "Не менее 40 тыс.",
                "at least 40,000",
            ),
            ("4万人以上が避難した", "4万人以上", "at least 40,000"),
            ("أكثر من 40 ألف شخص", "أكثر من 40 ألف", "more than 40,000"),
            ("أكثر من ٤٠ ألف شخص", "أكثر من ٤٠ ألف", "more than 40,000"),
        ] {
            assert_eq!(
                judged(quote, "40,000"),
                [(
                    format!("claim `c` has the exact value `40,000`, but its quote says `{says}`"),
                    format!("write the quote's qualifier: `value: {write}`"),
                )],
                "{quote}"
            );
        }
        // A claim that turns the quote's qualifier around.
        assert_each_judged(&[
            ("Пострадали менее 300 домов", "more than 300", "менее 300"),
            // After a vowel the Turkish ending takes a consonant first.
            ("20'yi aşkın kişi geldi", "less than 20", "20'yi aşkın"),
            ("20'ye yakın kişi geldi", "more than 20", "20'ye yakın"),
            (
                "20'nin altında kişi geldi",
                "more than 20",
                "20'nin altında",
            ),
            ("最大で12人が不明", "more than 12", "最大で12"),
            ("12人未満が不明", "at least 12", "12人未満"),
            (
                "60 binden fazla personel",
                "less than 60,000",
                "60 binden fazla",
            ),
            ("أقل من 50 ألف شخص", "more than 50,000", "أقل من 50 ألف"),
        ]);
        // The same side as the quote's: no finding.
        for (quote, value) in [
            ("60 binden fazla personel", "more than 60,000"),
            ("Не менее 1 200 спасателей", "at least 1,200"),
            ("11万戸以上に及んでいる", "more than 110,000"),
        ] {
            assert_eq!(judged(quote, value), [], "{quote}");
        }
    }

    /// Asserts that each claim of `value` quoting `quote` is one CC202 whose message ends in
    /// its quote saying `says` (a qualifier turned around, or one the exact value drops).
    fn assert_each_judged(cases: &[(&str, &str, &str)]) {
        for &(quote, value, says) in cases {
            let found = judged(quote, value);
            assert_eq!(found.len(), 1, "{quote}: {found:?}");
            assert!(
                found[0]
                    .0
                    .ends_with(&format!("but its quote says `{says}`")),
                "{quote}: {found:?}"
            );
        }
    }

    /// Asserts that no qualifier is read in any of `quotes`, which write the figure 20: no
    /// finding for an exact value or one above it.
    fn assert_none_read(quotes: &[&str]) {
        for quote in quotes {
            assert_eq!(judged(quote, "20"), [], "{quote}");
            assert_eq!(judged(quote, "more than 20"), [], "{quote}");
        }
    }

    /// Asserts that each claim of `value` quoting `quote` is one CC202 for dropping the
    /// qualifier the quote `says`.
    fn assert_each_dropped(cases: &[(&str, &str, &str)]) {
        for &(quote, value, says) in cases {
            let found = judged(quote, value);
            assert_eq!(found.len(), 1, "{quote}: {found:?}");
            assert!(
                found[0].0.ends_with(&format!(
                    "has the exact value `{value}`, but its quote says `{says}`"
                )),
                "{quote}: {found:?}"
            );
        }
    }

    #[test]
    fn the_chinese_and_korean_and_more_written_onto_a_figure_is_more_than_it() {
        // Dropped: the claim encodes the figure exact.
        assert_each_dropped(&[
            ("受灾人口300多万", "3 million", "300多万"),
            ("直接经济损失1200多万元", "12,000,000", "1200多万"),
            ("3000余户受灾", "3000", "3000余"),
            ("3000餘戶受災", "3000", "3000餘"),
            ("이재민은 1200여만 명", "12 million", "1200여만"),
            ("대피 인원은 1만 5천여 명이다", "15,000", "1만 5천여"),
            ("300여 가구가 고립됐다", "300", "300여"),
            ("300여명이 대피했다", "300", "300여"),
        ]);
        // Turned around, and of the same side.
        assert_eq!(judged("受灾人口300多万", "less than 3 million").len(), 1);
        assert_eq!(judged("300여 가구가 고립됐다", "up to 300").len(), 1);
        assert_eq!(judged("受灾人口300多万", "more than 3 million"), []);
        assert_eq!(judged("300여 가구가 고립됐다", "at least 300"), []);
        // Not the mark: `여` starting another word, `多` after a counter.
        assert_eq!(judged("제3여단 병력 300", "300"), []);
        assert_eq!(judged("3여단이 출동했다", "3"), []);
        assert_eq!(judged("3人多次受伤", "3"), []);
    }

    #[test]
    fn korean_qualifiers_after_the_counter_and_before_the_figure_are_read() {
        // Dropped: the claim encodes the figure exact.
        assert_each_dropped(&[
            (
                "피해액은 3억 5천만 원 이상으로 집계됐다",
                "350 million",
                "3억 5천만 원 이상",
            ),
            ("주민 300명 이상이 대피했다", "300", "300명 이상"),
            ("주민 300명이상이 대피했다", "300", "300명이상"),
            ("지원 대상은 소득 20% 이하 가구", "20%", "20% 이하"),
            ("피해 면적이 10ha 미만인 농가", "10", "10ha 미만"),
            (
                "피해액이 5천만 원 초과인 경우",
                "50,000,000",
                "5천만 원 초과",
            ),
            ("300명이 넘는 주민이 대피했다", "300", "300명이 넘는"),
            ("주민 300명 넘게 대피했다", "300", "300명 넘게"),
            ("300가구 남짓이 고립됐다", "300", "300가구 남짓"),
            ("300명 가까이 대피했다", "300", "300명 가까이"),
            ("최소 300명이 대피했다", "300", "최소 300"),
            ("적어도 300명이 대피했다", "300", "적어도 300"),
            ("최대 5천만 원을 지원한다", "50 million", "최대 5천만"),
        ]);
        // Turned around, and of the same side.
        assert_eq!(
            judged("주민 300명 이상이 대피했다", "less than 300").len(),
            1
        );
        assert_eq!(
            judged("피해 면적이 10ha 미만인 농가", "more than 10").len(),
            1
        );
        assert_eq!(judged("주민 300명 이상이 대피했다", "at least 300"), []);
        assert_eq!(judged("최대 5천만 원을 지원한다", "up to 50 million"), []);
        // Not a qualifier: a word that only starts like one, another word between, an
        // approximate word, a qualifier written onto a longer word.
        for quote in [
            "300명 이상한 소문",
            "300명이 모였고 이상 없었다",
            "300명 정도가 대피했다",
            "300명 가량이 대피했다",
            "300명 안팎이 대피했다",
            "세계최대 300명",
        ] {
            assert_eq!(judged(quote, "300"), [], "{quote}");
        }
    }

    #[test]
    fn arabic_hindi_and_thai_qualifiers_before_and_after_the_figure_are_read() {
        assert_each_dropped(&[
            (
                "وسُجلت ٢٠ إصابة على الأقل بين العاملين",
                "20",
                "٢٠ إصابة على الأقل",
            ),
            ("سجلت ٢٠ إصابة فأكثر", "20", "٢٠ إصابة فأكثر"),
            ("سجلت ٢٠ فأكثر", "20", "٢٠ فأكثر"),
            ("عدد يزيد على 50 حالة", "50", "يزيد على 50"),
            ("على الأقل ٢٠ إصابة", "20", "على الأقل ٢٠"),
            ("وبأكثر من ٢٠ إصابة", "20", "أكثر من ٢٠"),
            ("500 से अधिक गांव पानी से घिरे हैं", "500", "500 से अधिक"),
            ("500 रुपये से कम", "500", "500 रुपये से कम"),
            ("500 से \u{95b}्यादा लोग", "500", "500 से \u{95b}्यादा"),
            ("500 से ज\u{93c}्यादा लोग", "500", "500 से ज\u{93c}्यादा"),
            ("कम से कम 500 लोग", "500", "कम से कम 500"),
            ("ประชาชนกว่า 1,000 คนต้องอพยพ", "1,000", "กว่า 1,000"),
            ("ประชาชน 1,000 กว่าคน", "1,000", "1,000 กว่า"),
            ("ความเสียหายไม่เกิน 500 ล้านบาท", "500 million", "ไม่เกิน 500 ล้าน"),
            ("ผู้ป่วยน้อยกว่า 30 คน", "30", "น้อยกว่า 30"),
            ("อย่างน้อย 30 คน", "30", "อย่างน้อย 30"),
        ]);
        // Each read as the bound it sets: turned around, and of the same side.
        assert_eq!(judged("و١٢ وفاة على الأكثر", "more than 12").len(), 1);
        assert_eq!(judged("و١٢ وفاة على الأكثر", "up to 12"), []);
        assert_eq!(judged("30 से कम लोग बचे", "more than 30").len(), 1);
        assert_eq!(judged("30 से कम लोग बचे", "less than 30"), []);
        assert_eq!(
            judged("ความเสียหายไม่เกิน 500 ล้านบาท", "more than 500 million").len(),
            1
        );
        assert_eq!(
            judged("ความเสียหายไม่เกิน 500 ล้านบาท", "up to 500 million"),
            []
        );
        assert_eq!(judged("ผู้ป่วยน้อยกว่า 30 คน", "more than 30").len(), 1);
        assert_eq!(judged("ผู้ป่วยไม่น้อยกว่า 30 คน", "at least 30"), []);
        // Not a qualifier: approximate words, a range's `से`, a qualifier two words after the
        // figure or onto a longer word, a negated Thai one.
        for quote in [
            "لقي نحو 30 شخصا حتفهم",
            "लगभग 30 लोग",
            "करीब 30 लोग",
            "1 से 30 लोग",
            "30 लोग घायल हुए और से अधिक",
            "30 से अधिकतम",
            "ประมาณ 30 คน",
            "ผู้ป่วยไม่กว่า 30 คน",
        ] {
            assert_eq!(judged(quote, "30"), [], "{quote}");
        }
    }

    #[test]
    fn persian_hebrew_and_bengali_qualifiers_are_read() {
        assert_each_dropped(&[
            ("در اصفهان بیش از ۱٬۸۰۰ نفر", "1,800", "بیش از ۱٬۸۰۰"),
            ("دست\u{200c}کم ۳۰۰ خودرو", "300", "دست\u{200c}کم ۳۰۰"),
            ("دست کم ۳۰۰ خودرو", "300", "دست کم ۳۰۰"),
            ("حداقل ۳۰۰ خودرو", "300", "حداقل ۳۰۰"),
            ("בבני ברק אושפזו יותר מ-150 ילדים", "150", "יותר מ-150"),
            ("אושפזו יותר מ\u{5be}150 ילדים", "150", "יותר מ\u{5be}150"),
            ("אושפזו לפחות 150 ילדים", "150", "לפחות 150"),
            ("কক্সবাজারে কমপক্ষে 85 জন ভর্তি", "85", "কমপক্ষে 85"),
            ("অন্তত ৫০টি দল", "50", "অন্তত ৫০"),
            ("৫০টির বেশি দল", "50", "৫০টির বেশি"),
            ("৫০-এর বেশি দল", "50", "৫০-এর বেশি"),
        ]);
        assert_eq!(judged("کمتر از ۴۰ درصد", "more than 40%").len(), 1);
        assert_eq!(judged("פחות מ-30 אחוז מההורים", "more than 30%").len(), 1);
        assert_eq!(judged("לא יותר מ-30 ילדים", "up to 30"), []);
        assert_eq!(judged("לא יותר מ-30 ילדים", "more than 30").len(), 1);
        // Approximate: the Persian `حدود`, the Hebrew `כ-`, the Bengali `প্রায়`.
        for quote in ["حدود ۳۰ نفر", "כ-30 ילדים", "প্রায় 30 জন", "৩০ জন বেশি এসেছে"]
        {
            assert_eq!(judged(quote, "30"), [], "{quote}");
        }
    }

    #[test]
    fn finnish_hungarian_and_romanian_qualifiers_are_read() {
        assert_each_dropped(&[
            ("Yli 300 ihmistä evakuoitiin", "300", "Yli 300"),
            ("ainakin 12 taloa tuhoutui", "12", "ainakin 12"),
            ("vähintään 12 taloa tuhoutui", "12", "vähintään 12"),
            ("enintään 12 henkeä", "12", "enintään 12"),
            ("korkeintaan 12 henkeä", "12", "korkeintaan 12"),
            ("lähes 40 taloa", "40", "lähes 40"),
            ("melkein 40 taloa", "40", "melkein 40"),
            ("liki 40 taloa", "40", "liki 40"),
            ("runsaat 300 ihmistä", "300", "runsaat 300"),
            ("vajaat 300 ihmistä", "300", "vajaat 300"),
            ("vähemmän kuin 20 ihmistä", "20", "vähemmän kuin 20"),
            ("több mint 300 ember", "300", "több mint 300"),
            ("több, mint 300 ember", "300", "több, mint 300"),
            ("kevesebb mint 20 ember", "20", "kevesebb mint 20"),
            ("legalább 12 ház", "12", "legalább 12"),
            ("legfeljebb 12 ház", "12", "legfeljebb 12"),
            ("közel 40 ház", "40", "közel 40"),
            ("csaknem 40 ház", "40", "csaknem 40"),
            ("majdnem 40 ház", "40", "majdnem 40"),
            ("300-nál több ember sérült meg", "300", "300-nál több"),
            ("20-nál kevesebb ember", "20", "20-nál kevesebb"),
            ("12-nél több ház", "12", "12-nél több"),
            ("peste 300 de persoane", "300", "peste 300"),
            ("mai mult de 300 de persoane", "300", "mai mult de 300"),
            (
                "mai mult decât 300 de persoane",
                "300",
                "mai mult decât 300",
            ),
            ("mai bine de 300 de persoane", "300", "mai bine de 300"),
            ("cel puțin 12 case", "12", "cel puțin 12"),
            ("cel puţin 12 case", "12", "cel puţin 12"),
            ("mai puțin de 20 de case", "20", "mai puțin de 20"),
            ("cel mult 12 case", "12", "cel mult 12"),
            ("aproape 40 de case", "40", "aproape 40"),
            ("nu mai puțin de 12 case", "12", "nu mai puțin de 12"),
            ("o pensiune de peste 10 lei", "10", "peste 10"),
        ]);
        // Turned around, and of the same side.
        assert_each_judged(&[
            ("Yli 300 ihmistä", "less than 300", "Yli 300"),
            ("legalább 12 ember", "less than 12", "legalább 12"),
            ("300-nál több ember", "up to 300", "300-nál több"),
            ("cel mult 12 persoane", "more than 12", "cel mult 12"),
            ("nu peste 20 de case", "more than 20", "nu peste 20"),
            ("mai puţin de 20 de case", "at least 20", "mai puţin de 20"),
            (
                "nu mai mult de 12 case",
                "more than 12",
                "nu mai mult de 12",
            ),
        ]);
        assert_eq!(judged("Yli 300 ihmistä", "more than 300"), []);
        assert_eq!(judged("20-nál kevesebb ember", "less than 20"), []);
        assert_eq!(judged("nu mai puțin de 12 case", "at least 12"), []);
        // Not a qualifier: German and Italian `alle` (all, every; at), approximate words,
        // another ending or word after a Hungarian figure, Romanian `peste` before a span of
        // time, `sub` and `până la`, a negated qualifier.
        assert_none_read(&[
            "alle 20 ihmistä",
            "Der Bus fährt alle 20 Minuten",
            "La cena è alle 20 in piazza",
            "noin 20 ihmistä",
            "mintegy 20 ember",
            "körülbelül 20 ember",
            "nagyjából 20 ember",
            "a 20-as busz",
            "20-nál tartunk",
            "peste 20 de ani",
            "peste 20 zile",
            "sub 20 de case",
            "până la 20 de case",
            "aproximativ 20 de case",
            "circa 20 de case",
            "în jur de 20 de case",
        ]);
        // The Dutch `nu` ("now") before a qualifier negates nothing.
        assert_dropped(
            "Er zijn nu meer dan 300 doden",
            "300",
            "meer dan 300",
            "more than 300",
        );
    }

    #[test]
    fn urdu_gujarati_punjabi_and_telugu_qualifiers_are_read() {
        assert_each_dropped(&[
            ("۲۵۰ سے زائد افراد", "250", "۲۵۰ سے زائد"),
            ("۲۵۰ سے زیادہ افراد", "250", "۲۵۰ سے زیادہ"),
            ("۲۰ سے کم طلبہ", "20", "۲۰ سے کم"),
            ("کم از کم ۱۲ اضلاع", "12", "کم از کم ۱۲"),
            ("کم سے کم ۱۲ افراد", "12", "کم سے کم ۱۲"),
            ("૧,૦૦૦થી વધુ લોકો", "1000", "૧,૦૦૦થી વધુ"),
            ("૧,૦૦૦ થી વધુ લોકો", "1000", "૧,૦૦૦ થી વધુ"),
            ("૨૦થી ઓછા", "20", "૨૦થી ઓછા"),
            ("ઓછામાં ઓછા ૧૨ લોકો", "12", "ઓછામાં ઓછા ૧૨"),
            ("੫੦੦ ਤੋਂ ਵੱਧ ਪਿੰਡ", "500", "੫੦੦ ਤੋਂ ਵੱਧ"),
            ("ਘੱਟੋ-ਘੱਟ ੧੨ ਲੋਕਾਂ", "12", "ਘੱਟੋ-ਘੱਟ ੧੨"),
            ("300కు పైగా గ్రామాలు", "300", "300కు పైగా"),
            ("2,000 కంటే ఎక్కువ మందిని", "2000", "2,000 కంటే ఎక్కువ"),
            ("కనీసం 15 మంది", "15", "కనీసం 15"),
        ]);
    }

    #[test]
    fn malayalam_kannada_and_marathi_qualifiers_are_read() {
        assert_each_dropped(&[
            ("1,200-ലധികം വീടുകൾ", "1200", "1,200-ലധികം"),
            ("500ലേറെ പേർ", "500", "500ലേറെ"),
            ("2.5 ലക്ഷത്തിലധികം പേർ", "2.5 lakh", "2.5 ലക്ഷത്തിലധികം"),
            ("600 കോടിയിലധികം രൂപ", "600 crore", "600 കോടിയിലധികം"),
            ("2 ലക്ഷത്തിൽ കൂടുതൽ പേർ", "2 lakh", "2 ലക്ഷത്തിൽ കൂടുതൽ"),
            ("കുറഞ്ഞത് 12 പേർ", "12", "കുറഞ്ഞത് 12"),
            ("೩,೯೦೦ಕ್ಕೂ ಹೆಚ್ಚು ಪ್ರಕರಣಗಳು", "3900", "೩,೯೦೦ಕ್ಕೂ ಹೆಚ್ಚು"),
            ("2.5 ಲಕ್ಷಕ್ಕೂ ಹೆಚ್ಚು ಜನರು", "2.5 lakh", "2.5 ಲಕ್ಷಕ್ಕೂ ಹೆಚ್ಚು"),
            ("10 ಕೋಟಿಗೂ ಹೆಚ್ಚು", "10 crore", "10 ಕೋಟಿಗೂ ಹೆಚ್ಚು"),
            ("100ಕ್ಕಿಂತ ಕಡಿಮೆ ಮನೆಗಳು", "100", "100ಕ್ಕಿಂತ ಕಡಿಮೆ"),
            ("ಕನಿಷ್ಠ 12 ತಾಲ್ಲೂಕುಗಳಲ್ಲಿ", "12", "ಕನಿಷ್ಠ 12"),
            ("५०० पेक्षा जास्त गावे", "500", "५०० पेक्षा जास्त"),
            ("५००पेक्षा जास्त गावे", "500", "५००पेक्षा जास्त"),
            ("25 हजारांहून अधिक नागरिक", "25 thousand", "25 हजारांहून अधिक"),
            ("२० पेक्षा कमी", "20", "२० पेक्षा कमी"),
            ("किमान १२ जिल्ह्यांत", "12", "किमान १२"),
        ]);
        // Approximate, `ൽ` after a year (in 2023), a minimum temperature: no qualifier.
        assert_none_read(&[
            "ഏകദേശം 20 പേർ",
            "ಸುಮಾರು 20 ಜನರು",
            "जवळपास 20 गावे",
            "20ൽ കൂടുതൽ മഴ",
        ]);
    }

    #[test]
    fn nepali_amharic_and_georgian_qualifiers_are_read() {
        assert_each_dropped(&[
            ("३०० भन्दा बढी घर भत्किए", "300", "३०० भन्दा बढी"),
            ("300 भन्दा बढी घर भत्किए", "300", "300 भन्दा बढी"),
            ("३००भन्दा बढी घर भत्किए", "300", "३००भन्दा बढी"),
            ("३०० जनाभन्दा बढी घाइते", "300", "३०० जनाभन्दा बढी"),
            ("३०० जना भन्दा बढी घाइते", "300", "३०० जना भन्दा बढी"),
            ("२० भन्दा कम विद्यार्थी", "20", "२० भन्दा कम"),
            ("कम्तीमा १२ जनाको मृत्यु", "12", "कम्तीमा १२"),
            ("कम्तिमा १२ जनाको मृत्यु", "12", "कम्तिमा १२"),
            ("बढीमा १२ जना", "12", "बढीमा १२"),
            ("झन्डै ४० घर", "40", "झन्डै ४०"),
            ("ከ300 በላይ ሰዎች ተጎድተዋል", "300", "ከ300 በላይ"),
            ("ከ300 ሰዎች በላይ ተጎድተዋል", "300", "ከ300 ሰዎች በላይ"),
            ("ከ20 በታች ሰዎች", "20", "ከ20 በታች"),
            ("ከ100 የሚበልጡ ሰዎች", "100", "ከ100 የሚበልጡ"),
            ("ቢያንስ 12 ሰዎች ሞተዋል", "12", "ቢያንስ 12"),
            ("ቢበዛ 12 ሰዎች", "12", "ቢበዛ 12"),
            ("300-ზე მეტი ადამიანი დაშავდა", "300", "300-ზე მეტი"),
            ("300-ზე მეტმა ადამიანმა", "300", "300-ზე მეტმა"),
            ("300-ზე მეტ სახლს", "300", "300-ზე მეტ"),
            ("20-ზე ნაკლები ადამიანი", "20", "20-ზე ნაკლები"),
            ("მინიმუმ 12 ადამიანი", "12", "მინიმუმ 12"),
            ("სულ მცირე 12 ადამიანი", "12", "სულ მცირე 12"),
            ("არანაკლებ 12 ადამიანი", "12", "არანაკლებ 12"),
            ("მაქსიმუმ 12 ადამიანი", "12", "მაქსიმუმ 12"),
            ("თითქმის 40 სახლი", "40", "თითქმის 40"),
        ]);
        // Turned around, and of the same side.
        assert_each_judged(&[
            ("कम्तीमा १२ जना", "less than 12", "कम्तीमा १२"),
            ("१२ भन्दा कम जना", "more than 12", "१२ भन्दा कम"),
            ("ከ20 በታች ሰዎች", "more than 20", "ከ20 በታች"),
            ("ቢያንስ 12 ሰዎች", "up to 12", "ቢያንስ 12"),
            ("მაქსიმუმ 12 ადამიანი", "at least 12", "მაქსიმუმ 12"),
            ("20-ზე ნაკლები ადამიანი", "more than 20", "20-ზე ნაკლები"),
        ]);
        assert_eq!(judged("ከ300 በላይ ሰዎች", "more than 300"), []);
        assert_eq!(judged("३०० भन्दा बढी घर", "more than 300"), []);
        assert_eq!(judged("300-ზე მეტი ადამიანი", "more than 300"), []);
        // Not a qualifier: approximate words, Amharic `እስከ` (also until), `በላይ` after no
        // `ከ` (also the name Belay), a Georgian word that only starts like one.
        assert_none_read(&[
            "करिब २० जना",
            "लगभग २० जना",
            "ወደ 20 ገደማ ሰዎች",
            "እስከ 20 ሰዎች",
            "በ20 በላይ ተሸለመ",
            "20 በላይ ተሸለመ",
            "დაახლოებით 20 ადამიანი",
            "რაც 20-ზე მეტყველებს",
        ]);
    }

    #[test]
    fn kazakh_qualifiers_after_the_case_they_take_and_before_the_figure_are_read() {
        assert_each_dropped(&[
            (
                "Қаладағы 300-ден астам мектептің 42-сі",
                "300",
                "300-ден астам",
            ),
            ("300-ден артық адам", "300", "300-ден артық"),
            (
                "халқының саны 20 миллионнан асты",
                "20 million",
                "20 миллионнан асты",
            ),
            ("20 МИЛЛИОННАН АСТЫ", "20 million", "20 МИЛЛИОННАН АСТЫ"),
            ("20 млн-нан астам адам", "20 million", "20 млн-нан астам"),
            ("5 мыңнан астам адам", "5,000", "5 мыңнан астам"),
            ("100-ден кем адам", "100", "100-ден кем"),
            (
                "құны 96 млрд теңгеге жуық",
                "96 billion",
                "96 млрд теңгеге жуық",
            ),
            ("300-ге жуық мектеп", "300", "300-ге жуық"),
            ("5 жылдан астам уақыт", "5", "5 жылдан астам"),
            ("кемінде 300 мектеп", "300", "кемінде 300"),
            ("ең көбі 12 адам", "12", "ең көбі 12"),
        ]);
        // The same side as the quote's: no finding.
        for (quote, value) in [
            ("300-ден астам мектеп", "more than 300"),
            ("96 млрд теңгеге жуық", "nearly 96 billion"),
            ("кемінде 300 мектеп", "at least 300"),
        ] {
            assert_eq!(judged(quote, value), [], "{quote}");
        }
        // Up to, also "until" and "to"; approximate words; a case the postposition does
        // not take; a negated one; a word that only begins like one; no case ending.
        assert_none_read(&[
            "саны 20-ға дейін өсті",
            "шамамен 20 адам",
            "20-дай адам",
            "20-ға астам",
            "20-дан жуық",
            "20-дан артық емес",
            "20-дан астамы",
            "20 мектеп астам",
        ]);
    }

    #[test]
    fn armenian_swahili_and_tagalog_qualifiers_are_read() {
        assert_each_dropped(&[
            ("Տարհանվել է ավելի քան 300 մարդ", "300", "ավելի քան 300"),
            ("ավելի, քան 300 մարդ", "300", "ավելի, քան 300"),
            ("Առնվազն 40 ընտանիք", "40", "Առնվազն 40"),
            ("գրեթե 40 տուն", "40", "գրեթե 40"),
            ("առավելագույնը 12 մարդ", "12", "առավելագույնը 12"),
            ("ոչ ավելի, քան 12 մարդ", "12", "ոչ ավելի, քան 12"),
            ("ավելի քիչ, քան 20 մարդ", "20", "ավելի քիչ, քան 20"),
            ("300-ից ավելի մարդ", "300", "300-ից ավելի"),
            ("20-ից պակաս մարդ", "20", "20-ից պակաս"),
            ("Zaidi ya watu 130,000", "130,000", "Zaidi ya watu 130,000"),
            ("zaidi ya 300", "300", "zaidi ya 300"),
            (
                "Zaidi ya familia 3,000 zitapewa msaada",
                "3,000",
                "Zaidi ya familia 3,000",
            ),
            (
                "zaidi ya KSh 5 bilioni",
                "5 billion",
                "zaidi ya KSh 5 bilioni",
            ),
            ("angalau watu 12 wamefariki", "12", "angalau watu 12"),
            ("si chini ya watu 12", "12", "si chini ya watu 12"),
            ("chini ya 20 wamefariki", "20", "chini ya 20"),
            ("karibu watu 40 wamefariki", "40", "karibu watu 40"),
            ("karibu 40 wamefariki", "40", "karibu 40"),
            (
                "Mahigit 600,000 katao ang apektado",
                "600,000",
                "Mahigit 600,000",
            ),
            ("mahigit sa 300 katao", "300", "mahigit sa 300"),
            ("higit sa 300 katao", "300", "higit sa 300"),
            (
                "Hindi bababa sa 50 tulay ang nasira",
                "50",
                "Hindi bababa sa 50",
            ),
            (
                "hindi kukulangin sa 12 bahay",
                "12",
                "hindi kukulangin sa 12",
            ),
            ("hindi hihigit sa 12 katao", "12", "hindi hihigit sa 12"),
            ("wala pang 20 katao", "20", "wala pang 20"),
            ("halos 40 bahay", "40", "halos 40"),
            ("mahigit ₱5 bilyon", "5 billion", "mahigit ₱5 bilyon"),
        ]);
        // Turned around, and of the same side.
        assert_each_judged(&[
            ("ավելի քան 300 մարդ", "less than 300", "ավելի քան 300"),
            ("ոչ պակաս, քան 12 մարդ", "up to 12", "ոչ պակաս, քան 12"),
            ("si zaidi ya watu 12", "more than 12", "si zaidi ya watu 12"),
            ("chini ya 20 wamefariki", "more than 20", "chini ya 20"),
            (
                "Hindi bababa sa 50 tulay",
                "less than 50",
                "Hindi bababa sa 50",
            ),
            ("halos 40 bahay", "more than 40", "halos 40"),
        ]);
        assert_eq!(judged("ավելի քան 300 մարդ", "more than 300"), []);
        assert_eq!(judged("Zaidi ya watu 130,000", "more than 130,000"), []);
        assert_eq!(judged("Mahigit 600,000 katao", "more than 600,000"), []);
        // Not a qualifier: approximate words (`մոտ`, `շուրջ`, `takriban`, `humigit-kumulang`,
        // `tinatayang`, and `mga`, also the plural's mark), words of another sense too
        // (`մինչև` and `hadi`, until; `hanggang`, until; `kahit`, even; `kulang sa`, lacking
        // in; `karibu` before a year, welcome, or before `na`, near; `chini ya` before a
        // noun, under), a negated qualifier, a name between a Swahili qualifier and the
        // figure.
        assert_none_read(&[
            "մոտ 20 քաղաքացի",
            "շուրջ 20 մարդ",
            "մինչև 20 մարդ",
            "takriban watu 20",
            "idadi ikishuka hadi 20",
            "humigit-kumulang 20 residente",
            "Tinatayang 20 pamilya",
            "ang mga 20 bahay",
            "hanggang 20 katao",
            "kahit 20 katao",
            "kulang sa 20 guro",
            "karibu na 20",
            "chini ya kifungu 20",
            "zaidi ya Nairobi 20",
            "ոչ գրեթե 20 մարդ",
            "hindi halos 20 katao",
        ]);
        assert_eq!(judged("Karibu 2025, mwaka mpya", "2025"), []);
        assert_eq!(judged("Karibu mwaka 2025 kwa wote", "2025"), []);
    }

    #[test]
    fn burmese_khmer_and_sinhala_qualifiers_are_read() {
        assert_each_dropped(&[
            ("လူ 12,500 ကျော် ခိုလှုံနေသည်", "12,500", "12,500 ကျော်"),
            ("လူ ၁၂,၅၀၀ ကျော်", "12,500", "၁၂,၅၀၀ ကျော်"),
            ("လူ ၅ ထောင်ကျော်", "5 thousand", "၅ ထောင်ကျော်"),
            ("လူ ၁၀၀ ထက်ပို၍", "100", "၁၀၀ ထက်ပို"),
            ("လူ ၁၀၀ နီးပါး", "100", "၁၀၀ နီးပါး"),
            ("အိမ်ထောင်စု အနည်းဆုံး ၉,၈၀၀", "9,800", "အနည်းဆုံး ၉,၈၀၀"),
            ("အများဆုံး ၁၂ ဦး", "12", "အများဆုံး ၁၂"),
            ("គ្រួសារជាង ៣,២០០ គ្រួសារ", "3,200", "ជាង ៣,២០០"),
            ("មនុស្សច្រើនជាង ៥០០ នាក់", "500", "ច្រើនជាង ៥០០"),
            ("តិចជាង ២០ នាក់", "20", "តិចជាង ២០"),
            ("កសិករយ៉ាងហោចណាស់ ៤០០ នាក់", "400", "យ៉ាងហោចណាស់ ៤០០"),
            ("មិនលើសពី ១២ នាក់", "12", "មិនលើសពី ១២"),
            ("ស្ទើរតែ ១០០ នាក់", "100", "ស្ទើរតែ ១០០"),
            ("අවම වශයෙන් 2,000 ක්", "2,000", "අවම වශයෙන් 2,000"),
        ]);
        // Turned around, and of the same side.
        assert_each_judged(&[
            ("လူ 12,500 ကျော်", "less than 12,500", "12,500 ကျော်"),
            ("គ្រួសារជាង ៣,២០០ គ្រួសារ", "at most 3,200", "ជាង ៣,២០០"),
            ("តិចជាង ២០ នាក់", "more than 20", "តិចជាង ២០"),
        ]);
        assert_eq!(judged("လူ 12,500 ကျော်", "more than 12,500"), []);
        assert_eq!(judged("គ្រួសារជាង ៣,២០០", "more than 3,200"), []);
        assert_eq!(judged("အနည်းဆုံး ၉,၈၀၀", "at least 9,800"), []);
        // Not a qualifier: the approximate words (`ခန့်`, `လောက်`, `ប្រហែល`, `ប្រមាណ`, `පමණ`),
        // and `ជិត`, "near" as often as "nearly".
        assert_none_read(&[
            "ဧက ၂၀ ခန့်",
            "လူ ၂၀ လောက်",
            "ប្រហែល ២០ នាក់",
            "ផ្ទៃដីស្រូវប្រមាណ ២០ ហិកតា",
            "සේවකයින් 20 පමණ",
            "ជិត ២០ នាក់",
            // Words of another sense: the Burmese `ကျော်ကြား` (famous), the name Kyaw after
            // the clause's `၊`, the Punjabi `ਤੋਂ ਵੱਧ ਕੇ` (rising from).
            "ထိပ်တန်း ၂၀ ကျော်ကြားသော နေရာများ",
            "မစုစု ၂၀ နှစ်၊ ကျော်ဇော ၃၀ နှစ်",
            "ਗਿਣਤੀ ੨੦ ਤੋਂ ਵੱਧ ਕੇ ੮੦੦ ਹੋ ਗਈ",
        ]);
    }

    #[test]
    fn central_and_south_slavic_baltic_nordic_and_catalan_qualifiers_are_read() {
        assert_each_dropped(&[
            ("Přišlo více než 300 lidí", "300", "více než 300"),
            ("Přes 300 lidí přišlo", "300", "Přes 300"),
            ("nejméně 12 domů", "12", "nejméně 12"),
            ("alespoň 12 domů", "12", "alespoň 12"),
            ("nejvýše 12 lidí", "12", "nejvýše 12"),
            ("téměř 40 domů", "40", "téměř 40"),
            ("bezmála 40 domů", "40", "bezmála 40"),
            ("viac ako 300 ľudí", "300", "viac ako 300"),
            ("vyše 300 ľudí", "300", "vyše 300"),
            ("takmer 40 domov", "40", "takmer 40"),
            ("više od 300 ljudi", "300", "više od 300"),
            ("preko 300 ljudi", "300", "preko 300"),
            ("najmanje 12 kuća", "12", "najmanje 12"),
            ("gotovo 40 kuća", "40", "gotovo 40"),
            ("више од 300 људи", "300", "више од 300"),
            ("најмање 12 кућа", "12", "најмање 12"),
            ("скоро 40 кућа", "40", "скоро 40"),
            ("več kot 300 ljudi", "300", "več kot 300"),
            ("vsaj 12 hiš", "12", "vsaj 12"),
            ("skoraj 40 hiš", "40", "skoraj 40"),
            ("повече от 300 души", "300", "повече от 300"),
            ("поне 12 къщи", "12", "поне 12"),
            ("най-малко 12 къщи", "12", "най-малко 12"),
            ("daugiau nei 300 žmonių", "300", "daugiau nei 300"),
            ("mažiausiai 12 namų", "12", "mažiausiai 12"),
            ("beveik 40 namų", "40", "beveik 40"),
            ("vairāk nekā 300 cilvēku", "300", "vairāk nekā 300"),
            ("vismaz 12 māju", "12", "vismaz 12"),
            ("gandrīz 40 māju", "40", "gandrīz 40"),
            ("üle 300 inimese", "300", "üle 300"),
            ("vähemalt 12 hoonet", "12", "vähemalt 12"),
            ("peaaegu 40 hoonet", "40", "peaaegu 40"),
            ("mer än 300 personer", "300", "mer än 300"),
            ("minst 12 hus", "12", "minst 12"),
            ("drygt 300 personer", "300", "drygt 300"),
            ("Över 300 personer kom", "300", "Över 300"),
            ("ett lag med över 300 deltagare", "300", "över 300"),
            ("mer enn 300 personer", "300", "mer enn 300"),
            ("et hus med over 300 rom", "300", "over 300"),
            ("høyst 12 personer", "12", "høyst 12"),
            ("mere end 300 personer", "300", "mere end 300"),
            ("mindst 12 huse", "12", "mindst 12"),
            ("næsten 40 huse", "40", "næsten 40"),
            ("més de 300 persones", "300", "més de 300"),
            ("més d'11 persones", "11", "més d'11"),
            ("com a mínim 12 cases", "12", "com a mínim 12"),
            ("gairebé 40 cases", "40", "gairebé 40"),
        ]);
        // Turned around, the negated forms read as the bound they set, and of the same side.
        assert_each_judged(&[
            ("méně než 20 lidí", "more than 20", "méně než 20"),
            ("ne více než 12 lidí", "more than 12", "ne více než 12"),
            ("ne manje od 12 ljudi", "up to 12", "ne manje od 12"),
            ("не по-малко от 12 души", "up to 12", "не по-малко от 12"),
            (
                "ne daugiau kaip 12 žmonių",
                "more than 12",
                "ne daugiau kaip 12",
            ),
            ("ne mazāk kā 12 cilvēki", "up to 12", "ne mazāk kā 12"),
            (
                "mitte rohkem kui 12 inimest",
                "more than 12",
                "mitte rohkem kui 12",
            ),
            ("inte mer än 12 personer", "more than 12", "inte mer än 12"),
            (
                "ikke mindre end 12 personer",
                "up to 12",
                "ikke mindre end 12",
            ),
            ("no més de 12 persones", "more than 12", "no més de 12"),
        ]);
        assert_eq!(judged("ne více než 12 lidí", "up to 12"), []);
        assert_eq!(judged("vairāk nekā 300 cilvēku", "more than 300"), []);
        assert_eq!(judged("knappt 300 personer", "nearly 300"), []);
        // Not a qualifier: words of another sense before a figure in another language (the
        // Polish `skoro`, since; the English `per` and `bent`; the Russian `над`, on), words
        // that also say until when (`do`, `až`, `kuni`, `līdz`, `iki`, `fins a`) or when
        // (`čez`), approximate words, `över` and `over` after a verb, and a negated
        // qualifier.
        assert_none_read(&[
            "Skoro 20 osób przyszło",
            "20 cases per 20 people",
            "5 per 20 residents",
            "The rod was bent 20 degrees",
            "работали над 20 проектами",
            "až 20 lidí",
            "kuni 20 inimest",
            "līdz 20 cilvēkiem",
            "iki 20 žmonių",
            "fins a 20 persones",
            "čez 20 let",
            "zhruba 20 lidí",
            "oko 20 ljudi",
            "около 20 души",
            "apie 20 žmonių",
            "umbes 20 inimest",
            "cirka 20 personer",
            "prop de 20 persones",
            "de gick över 20 broar",
            "han tok over 20 selskaper",
            "inte nästan 20 personer",
        ]);
        // English `over` after a verb is still none, and Norwegian `i over` is more than.
        assert_eq!(judged("The police handed over 40 documents", "40"), []);
        assert_each_dropped(&[("i over 40 land", "40", "over 40")]);
    }

    #[test]
    fn russian_turkish_japanese_and_arabic_words_that_bound_no_figure_are_not_read() {
        for quote in [
            // `до` says where a figure went and until when as often as it bounds one, and
            // Turkish `-e kadar` too.
            "Число погибших выросло до 40",
            "Билеты стоят от 10 до 40 рублей",
            "Sayı 40'a kadar yükseldi",
            // Approximate words.
            "Около 40 человек пришли",
            "Пришли примерно 40 человек",
            "Пришли порядка 40 человек",
            "Yaklaşık 40 kişi geldi",
            "約40人が参加した",
            "およそ40人が参加した",
            "أصيب حوالي 40 شخصا",
            "أصيب نحو 40 شخصا",
            "أصيب قرابة 40 شخصا",
            "أصيب ما يقارب 40 شخصا",
            // Words that only end like a qualifier.
            "Наиболее 40 известных домов",
            // A Turkish case ending onto a noun after the figure, not onto the figure; one
            // that the postposition does not take; a negated one.
            "40 kattan fazla arttı",
            "40'a fazla kişi",
            "40'tan fazla değil",
            "40'TAN FAZLA DEĞİL",
            // A negation that makes no phrase of the table with the qualifier after it.
            "Пришли не почти 40, а 60 человек",
            // A grade, not a bound; a qualifier across a sentence's end or a word of grammar.
            "震度40強の揺れ",
            "参加者は40人。以上です",
            "40人が参加、以上の結果",
        ] {
            assert_eq!(judged(quote, "40"), [], "{quote}");
            assert_eq!(judged(quote, "more than 40"), [], "{quote}");
        }
    }
}
