//! The nouns after a number in words that change what it counts, in French, Spanish,
//! Italian, Portuguese, German and Dutch, as English reads `two thirds` and `a dozen`:
//!
//! - a fraction's noun makes the number no count (`deux tiers`, `trois quarts des
//!   habitants`, `dos tercios`, `due terzi`, `dois terços`, `zwei Drittel`, `twee derde`):
//!   neither its number nor its noun states a figure, as a share is no count and no
//!   percentage the article wrote. A noun that is also a room, a district or a round of a
//!   tournament (`cuarto`, `quarto`, `quart`, `Viertel`) is a fraction only before the
//!   words for "of the" (`tres cuartos de la población`, `drei Viertel der Befragten`; not
//!   `tres cuartos de baño`, `dois quartos de hotel`, `deux quarts de finale`);
//! - a noun of a round count makes the article before it about that count (`une
//!   trentaine de manifestants`, `una docena de`, `un centinaio di`, `uma dezena de`, `ein
//!   Dutzend`, `een tiental`) and a number before its plural that many (`deux douzaines
//!   de`, `tre centinaia di`: 24, 300), as `about 30` or `environ 30` is read as 30. Only
//!   before the word for "of" and a word that is no number (`une quarantaine de 14 jours`
//!   is a quarantine), and the French `quarantaine` only before a plural (`une
//!   quarantaine de précaution` is one too). Their plurals after an article (`des
//!   centaines de`, `des milliers de`) state no number and are not read.

use super::senses::{DE, ES, FR, IT, Langs, NL, PT};
use super::{ALONE, Alone, Read, lowercase, next_word_span, read, word_end};

/// What a noun after a number in words makes of it ([`noun_after`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounAfter {
    /// A fraction (`deux tiers`): no count.
    Fraction,
    /// A round count, the number times this (`une trentaine`: 30, `deux douzaines`: 24).
    Times(u32),
}

/// What must follow a fraction's noun for it to be one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follows {
    /// Nothing: the noun is a fraction's only (`tiers`, `Drittel`, `terzi`).
    Anything,
    /// The words for "of the" of its language ([`OF_THE`]): the noun is also a room, a
    /// district or a round of a tournament (`cuartos de baño`, `Viertel`).
    OfThe,
}

/// The nouns of fractions, lowercase, with their languages: after a number of one of them,
/// the number states no count.
const FRACTIONS: &[(&str, Langs, Follows)] = &[
    ("tiers", FR, Follows::Anything),
    ("quart", FR, Follows::OfThe),
    ("quarts", FR, Follows::OfThe),
    ("cinquième", FR, Follows::Anything),
    ("cinquièmes", FR, Follows::Anything),
    ("sixième", FR, Follows::Anything),
    ("sixièmes", FR, Follows::Anything),
    ("septième", FR, Follows::Anything),
    ("septièmes", FR, Follows::Anything),
    ("huitième", FR, Follows::Anything),
    ("huitièmes", FR, Follows::Anything),
    ("neuvième", FR, Follows::Anything),
    ("neuvièmes", FR, Follows::Anything),
    ("dixième", FR, Follows::Anything),
    ("dixièmes", FR, Follows::Anything),
    ("centième", FR, Follows::Anything),
    ("centièmes", FR, Follows::Anything),
    ("millième", FR, Follows::Anything),
    ("millièmes", FR, Follows::Anything),
    ("tercio", ES, Follows::Anything),
    ("tercios", ES, Follows::Anything),
    ("cuarto", ES, Follows::OfThe),
    ("cuartos", ES, Follows::OfThe),
    ("quinto", ES | IT | PT, Follows::Anything),
    ("quintos", ES | PT, Follows::Anything),
    ("sexto", ES | PT, Follows::Anything),
    ("sextos", ES | PT, Follows::Anything),
    ("séptimo", ES, Follows::Anything),
    ("séptimos", ES, Follows::Anything),
    ("octavo", ES, Follows::Anything),
    ("octavos", ES, Follows::Anything),
    ("noveno", ES, Follows::Anything),
    ("novenos", ES, Follows::Anything),
    // A lottery ticket too (`dos décimos de lotería`); `décimas`, tenths of a point or a
    // degree, is a fraction only.
    ("décimo", ES, Follows::OfThe),
    ("décimos", ES, Follows::OfThe),
    ("décimas", ES, Follows::Anything),
    ("centésimo", ES | PT, Follows::Anything),
    ("centésimos", ES | PT, Follows::Anything),
    ("milésimo", ES | PT, Follows::Anything),
    ("milésimos", ES | PT, Follows::Anything),
    ("terceras partes", ES, Follows::Anything),
    ("cuartas partes", ES, Follows::Anything),
    ("quintas partes", ES | PT, Follows::Anything),
    ("terço", PT, Follows::Anything),
    ("terços", PT, Follows::Anything),
    ("quarto", PT | IT, Follows::OfThe),
    ("quartos", PT, Follows::OfThe),
    ("sétimo", PT, Follows::Anything),
    ("sétimos", PT, Follows::Anything),
    ("oitavo", PT, Follows::Anything),
    ("oitavos", PT, Follows::Anything),
    ("nono", PT | IT, Follows::Anything),
    ("nonos", PT, Follows::Anything),
    ("décimo", PT, Follows::Anything),
    ("décimos", PT, Follows::Anything),
    ("terças partes", PT, Follows::Anything),
    ("quartas partes", PT, Follows::Anything),
    ("terzo", IT, Follows::Anything),
    ("terzi", IT, Follows::Anything),
    ("quarti", IT, Follows::OfThe),
    ("quinti", IT, Follows::Anything),
    ("sesto", IT, Follows::Anything),
    ("sesti", IT, Follows::Anything),
    ("settimo", IT, Follows::Anything),
    ("settimi", IT, Follows::Anything),
    ("ottavo", IT, Follows::Anything),
    ("ottavi", IT, Follows::Anything),
    ("noni", IT, Follows::Anything),
    ("decimo", IT, Follows::Anything),
    ("decimi", IT, Follows::Anything),
    ("centesimo", IT, Follows::Anything),
    ("centesimi", IT, Follows::Anything),
    ("millesimo", IT, Follows::Anything),
    ("millesimi", IT, Follows::Anything),
    ("drittel", DE, Follows::Anything),
    ("dritteln", DE, Follows::Anything),
    ("viertel", DE, Follows::OfThe),
    ("vierteln", DE, Follows::OfThe),
    ("fünftel", DE, Follows::Anything),
    ("fünfteln", DE, Follows::Anything),
    ("sechstel", DE, Follows::Anything),
    ("siebtel", DE, Follows::Anything),
    ("achtel", DE, Follows::Anything),
    ("neuntel", DE, Follows::Anything),
    ("zehntel", DE, Follows::Anything),
    ("zehnteln", DE, Follows::Anything),
    ("hundertstel", DE, Follows::Anything),
    ("tausendstel", DE, Follows::Anything),
    ("derde", NL, Follows::Anything),
    ("kwart", NL, Follows::Anything),
    ("vijfde", NL, Follows::Anything),
    ("zesde", NL, Follows::Anything),
    ("zevende", NL, Follows::Anything),
    ("achtste", NL, Follows::Anything),
    ("negende", NL, Follows::Anything),
    ("tiende", NL, Follows::Anything),
    ("honderdste", NL, Follows::Anything),
    ("duizendste", NL, Follows::Anything),
];

/// The words for "of the" after a fraction's noun that is also another noun, lowercase,
/// with their languages: `trois quarts des habitants`, `tres cuartos de la población`,
/// `três quartos da população`, `tre quarti degli italiani`, `drei Viertel der Befragten`.
/// The French and Italian `de` and `di` alone too (`trois quarts de la population`, `tre
/// quarti di loro`), but not before the round of a tournament ([`NOT_A_SHARE`]).
const OF_THE: &[(&str, Langs)] = &[
    ("des", FR),
    ("du", FR),
    ("de", FR),
    ("d'", FR | IT),
    ("d\u{2019}", FR | IT),
    ("de la", ES),
    ("de las", ES),
    ("de los", ES),
    ("del", ES | IT),
    ("do", PT),
    ("da", PT),
    ("dos", PT),
    ("das", PT),
    ("di", IT),
    ("dello", IT),
    ("della", IT),
    ("dei", IT),
    ("degli", IT),
    ("delle", IT),
    ("dell'", IT),
    ("dell\u{2019}", IT),
    ("der", DE),
    ("des", DE),
    ("aller", DE),
    ("davon", DE),
    ("dieser", DE),
    ("ihrer", DE),
];

/// The words after "of" ([`OF`]) that make a fraction's noun the round of a tournament:
/// `quarts de finale`, `quarti di finale`, `octavos de final`, `oitavos de final`.
const NOT_A_SHARE: &[&str] = &["finale", "final", "finais"];

/// The nouns of round counts, lowercase: the singular an article goes before (`une
/// trentaine`), the form a number goes before (`deux douzaines`, `zwei Dutzend`; none where
/// a number does not), the count, and the languages.
const ROUND_COUNTS: &[(&str, Option<&str>, u32, Langs)] = &[
    ("dizaine", Some("dizaines"), 10, FR),
    ("douzaine", Some("douzaines"), 12, FR),
    ("quinzaine", Some("quinzaines"), 15, FR),
    ("vingtaine", Some("vingtaines"), 20, FR),
    ("trentaine", Some("trentaines"), 30, FR),
    ("quarantaine", Some("quarantaines"), 40, FR),
    ("cinquantaine", Some("cinquantaines"), 50, FR),
    ("soixantaine", Some("soixantaines"), 60, FR),
    ("septantaine", Some("septantaines"), 70, FR),
    ("huitantaine", Some("huitantaines"), 80, FR),
    ("nonantaine", Some("nonantaines"), 90, FR),
    ("centaine", Some("centaines"), 100, FR),
    ("millier", Some("milliers"), 1000, FR),
    ("decena", Some("decenas"), 10, ES),
    ("docena", Some("docenas"), 12, ES),
    ("veintena", Some("veintenas"), 20, ES),
    ("treintena", Some("treintenas"), 30, ES),
    ("centenar", Some("centenares"), 100, ES),
    ("millar", Some("millares"), 1000, ES),
    ("decina", Some("decine"), 10, IT),
    ("dozzina", Some("dozzine"), 12, IT),
    ("quindicina", Some("quindicine"), 15, IT),
    ("ventina", Some("ventine"), 20, IT),
    ("trentina", Some("trentine"), 30, IT),
    ("quarantina", Some("quarantine"), 40, IT),
    ("cinquantina", Some("cinquantine"), 50, IT),
    ("sessantina", Some("sessantine"), 60, IT),
    ("settantina", Some("settantine"), 70, IT),
    ("ottantina", Some("ottantine"), 80, IT),
    ("novantina", Some("novantine"), 90, IT),
    ("centinaio", Some("centinaia"), 100, IT),
    ("migliaio", Some("migliaia"), 1000, IT),
    ("dezena", Some("dezenas"), 10, PT),
    ("dúzia", Some("dúzias"), 12, PT),
    ("duzia", Some("duzias"), 12, PT),
    ("vintena", Some("vintenas"), 20, PT),
    ("centena", Some("centenas"), 100, PT),
    ("milhar", Some("milhares"), 1000, PT),
    ("dutzend", Some("dutzend"), 12, DE),
    ("dozijn", Some("dozijn"), 12, NL),
    ("tiental", None, 10, NL),
    ("twintigtal", None, 20, NL),
    ("dertigtal", None, 30, NL),
    ("veertigtal", None, 40, NL),
    ("vijftigtal", None, 50, NL),
    ("honderdtal", None, 100, NL),
];

/// The word for "of" after a round count's noun, lowercase, with its languages: `une
/// trentaine de`, `una docena de`, `un centinaio di`. German and Dutch write none (`ein
/// Dutzend Menschen`, `een tiental mensen`).
const OF: &[(&str, Langs)] = &[
    ("de", FR | ES | PT),
    ("d'", FR | IT),
    ("d\u{2019}", FR | IT),
    ("di", IT),
];

/// Round counts that are other nouns too, read only before a plural: the French
/// `quarantaine`, a quarantine (`une quarantaine de précaution`).
const ONLY_BEFORE_A_PLURAL: &[&str] = &["quarantaine"];

/// After the number of `read` (with nothing of its own after it: no scale, half or
/// decimals), the noun of a fraction or a round count of its language that goes with it
/// (see the module's doc); what it makes of the number and where the noun ends. An article
/// (`une`, `ein`) goes with a round count's singular only: `une trentaine`, while `un tiers`
/// is read no more than English `a third`.
pub fn noun_after(text: &str, read: &Read) -> Option<(NounAfter, usize)> {
    let noun = next_word_span(text, read.end)?;
    let lower = lowercase(&text[noun.clone()]);
    let article = read
        .single
        .as_deref()
        .is_some_and(|single| ALONE.contains(&(single, Alone::OneOf)));
    if article {
        let &(_, _, count, langs) = ROUND_COUNTS
            .iter()
            .find(|(singular, ..)| *singular == lower)?;
        return round_count_end(text, &lower, noun.end, langs & read.langs)
            .map(|end| (NounAfter::Times(count), end));
    }
    if let Some(end) = fraction_end(text, &lower, noun.end, read.langs) {
        return Some((NounAfter::Fraction, end));
    }
    let &(_, _, count, langs) = ROUND_COUNTS
        .iter()
        .find(|(_, after_a_number, ..)| *after_a_number == Some(lower.as_str()))?;
    let times = read.value.checked_mul(count)?;
    (read.value > 1)
        .then(|| round_count_end(text, &lower, noun.end, langs & read.langs))
        .flatten()
        .map(|end| (NounAfter::Times(times), end))
}

/// Where the fraction whose first word is `noun` (lowercase, ending at `end`) ends, when it
/// is one of `langs` ([`FRACTIONS`]): its second word for the two-word ones (`terceras
/// partes`), and what must follow it.
fn fraction_end(text: &str, noun: &str, end: usize, langs: Langs) -> Option<usize> {
    let second = next_word_span(text, end);
    let two_words = second
        .as_ref()
        .map(|second| format!("{noun} {}", lowercase(&text[second.clone()])));
    FRACTIONS
        .iter()
        .find_map(|&(fraction, fraction_langs, follows)| {
            if fraction_langs & langs == 0 {
                return None;
            }
            let fraction_end = if fraction == noun {
                end
            } else if two_words.as_deref() == Some(fraction) {
                second.as_ref()?.end
            } else {
                return None;
            };
            let langs = fraction_langs & langs;
            if words_after(text, fraction_end, OF, langs)
                .is_some_and(|of_end| next_word_is(text, of_end, NOT_A_SHARE))
            {
                return None;
            }
            (follows == Follows::Anything
                || words_after(text, fraction_end, OF_THE, langs).is_some())
            .then_some(fraction_end)
        })
}

/// Where the round count's noun `noun` (lowercase, ending at `end`) ends, when the word for
/// "of" of one of `langs` and a word that is no number follow it (for German and Dutch,
/// which write no "of", a word that is no number): see the module's doc.
fn round_count_end(text: &str, noun: &str, end: usize, langs: Langs) -> Option<usize> {
    if langs == 0 {
        return None;
    }
    let counted_at = if langs & (DE | NL) != 0 {
        end
    } else {
        words_after(text, end, OF, langs)?
    };
    // `une trentaine d'années`: the elided `d'` is written onto the word.
    let counted = if text[..counted_at].ends_with(['\'', '\u{2019}']) {
        let word = counted_at..word_end(text, counted_at);
        (!word.is_empty()).then_some(word)
    } else {
        next_word_span(text, counted_at)
    }?;
    // A number after it is what the noun counts, and the noun another (`une quarantaine
    // de 14 jours`, `une quarantaine de quatorze jours`).
    if read(text, counted.start).is_some() {
        return None;
    }
    let counted_word = lowercase(&text[counted]);
    if ONLY_BEFORE_A_PLURAL.contains(&noun) && !counted_word.ends_with(['s', 'x']) {
        return None;
    }
    Some(end)
}

/// After `at` of `text`: one space and one of `words` of one of `langs`, whole; where it
/// ends. An elided word (`d'`) ends at its apostrophe, before the word written onto it.
fn words_after(text: &str, at: usize, words: &[(&str, Langs)], langs: Langs) -> Option<usize> {
    let rest = text[at..].strip_prefix([' ', '\u{a0}'])?;
    let start = text.len() - rest.len();
    words
        .iter()
        .filter(|(_, word_langs)| word_langs & langs != 0)
        .filter_map(|(word, _)| {
            let written = rest.get(..word.len())?;
            let end = start + word.len();
            let elided = word.ends_with(['\'', '\u{2019}']);
            (lowercase(written) == *word
                && (elided || !text[end..].starts_with(char::is_alphanumeric)))
            .then_some(end)
        })
        .max()
}

/// Whether the word after `at` (past one space) is one of `words`, in any case.
fn next_word_is(text: &str, at: usize, words: &[&str]) -> bool {
    let span = if text[..at].ends_with(['\'', '\u{2019}']) {
        Some(at..word_end(text, at))
    } else {
        next_word_span(text, at)
    };
    span.is_some_and(|span| words.contains(&lowercase(&text[span]).as_str()))
}

/// Whether `word` (as written) is the noun of a fraction of one of the languages read here
/// (`tiers`, `quarts`, `Drittel`, `derde`), or the last word of one (`partes`): the noun
/// that made the number before it no count.
pub fn is_fraction_noun(word: &str) -> bool {
    let lower = lowercase(word);
    FRACTIONS.iter().any(|(fraction, ..)| {
        fraction
            .rsplit(' ')
            .next()
            .is_some_and(|last| last == lower)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the noun after the number in words at the start of `text` makes of it, and the
    /// words read.
    fn after(text: &str) -> Option<(NounAfter, &str)> {
        let read = read(text, 0)?;
        noun_after(text, &read).map(|(noun, end)| (noun, &text[..end]))
    }

    #[test]
    fn a_fractions_noun_makes_its_number_no_count() {
        for (text, words) in [
            ("deux tiers des ménages", "deux tiers"),
            ("Trois quarts des habitants", "Trois quarts"),
            ("trois quarts d'heure", "trois quarts"),
            ("trois cinquièmes du budget", "trois cinquièmes"),
            ("dos tercios de los votos", "dos tercios"),
            ("tres cuartos de la población", "tres cuartos"),
            ("tres cuartas partes del total", "tres cuartas partes"),
            ("dois terços dos eleitores", "dois terços"),
            ("três quartos da população", "três quartos"),
            ("duas terças partes", "duas terças partes"),
            ("due terzi degli italiani", "due terzi"),
            ("tre quarti degli elettori", "tre quarti"),
            ("zwei Drittel der Befragten", "zwei Drittel"),
            ("drei Viertel der Befragten", "drei Viertel"),
            ("mit zwei Dritteln", "zwei Dritteln"),
            ("twee derde van de kiezers", "twee derde"),
            ("drie kwart van de inwoners", "drie kwart"),
        ] {
            let start = text.find(words).unwrap();
            let read = read(text, start).unwrap();
            let (noun, end) = noun_after(text, &read).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(noun, NounAfter::Fraction, "{text}");
            assert_eq!(&text[start..end], words, "{text}");
        }
    }

    #[test]
    fn a_noun_that_is_also_a_room_a_district_or_a_round_is_no_fraction() {
        for text in [
            "tres cuartos de baño",
            "dos cuartos con vistas",
            "dois quartos de hotel",
            "três quartos e duas salas",
            "deux quarts de finale",
            "tre quarti di finale",
            "dos octavos de final",
            "drei Viertel entfernt",
            "dos décimos de lotería",
        ] {
            assert_eq!(after(text), None, "{text}");
        }
    }

    #[test]
    fn an_article_before_a_fraction_is_no_number() {
        for text in [
            "un tiers des communes",
            "un quart d'heure",
            "ein Drittel der",
        ] {
            assert_eq!(after(text), None, "{text}");
        }
    }

    #[test]
    fn a_round_counts_noun_makes_its_article_about_that_count() {
        for (text, count, words) in [
            ("une trentaine de manifestants", 30, "une trentaine"),
            ("une dizaine d'années", 10, "une dizaine"),
            ("Une centaine de personnes", 100, "Une centaine"),
            ("un millier de visiteurs", 1000, "un millier"),
            ("une quarantaine de jours", 40, "une quarantaine"),
            ("una docena de huevos", 12, "una docena"),
            ("un centenar de personas", 100, "un centenar"),
            ("una ventina di persone", 20, "una ventina"),
            ("un centinaio di migranti", 100, "un centinaio"),
            ("un migliaio d'euro", 1000, "un migliaio"),
            ("uma dezena de feridos", 10, "uma dezena"),
            ("uma dúzia de ovos", 12, "uma dúzia"),
            ("ein Dutzend Menschen", 12, "ein Dutzend"),
            ("een tiental mensen", 10, "een tiental"),
            ("deux douzaines d'œufs", 24, "deux douzaines"),
            ("trois centaines de personnes", 300, "trois centaines"),
            ("dos docenas de huevos", 24, "dos docenas"),
            ("tre centinaia di persone", 300, "tre centinaia"),
            ("duas dúzias de ovos", 24, "duas dúzias"),
            ("zwei Dutzend Menschen", 24, "zwei Dutzend"),
        ] {
            assert_eq!(
                after(text),
                Some((NounAfter::Times(count), words)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_round_counts_noun_that_counts_no_number_is_not_read() {
        for text in [
            // A quarantine: before a number, a singular, nothing.
            "une quarantaine de 14 jours",
            "une quarantaine de quatorze jours",
            "une quarantaine de précaution",
            "une quarantaine stricte",
            // No "of" after it.
            "une centaine.",
            // A singular after a number, a plural after an article.
            "deux douzaine de",
            "une centaines de",
            // Another language's noun.
            "une docena de",
        ] {
            assert_eq!(after(text), None, "{text}");
        }
    }

    #[test]
    fn a_fractions_noun_is_told_apart() {
        assert!(is_fraction_noun("tiers"));
        assert!(is_fraction_noun("Drittel"));
        assert!(is_fraction_noun("partes"));
        assert!(!is_fraction_noun("trentaine"));
        assert!(!is_fraction_noun("personnes"));
    }
}
