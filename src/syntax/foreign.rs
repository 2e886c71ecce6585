//! The field names of other languages, and Latin letters written in ASCII: for the help of
//! an input error written by someone who thinks in French, Spanish, Portuguese, German,
//! Italian or Dutch.
//!
//! Edit distance finds `vaule` for `value`, but nothing for `valor`, `Einheit` or
//! `citação`: the word is right, in another language. A field name a project writes in one
//! of these languages is told its English field, and the language it is written in.

use unicode_normalization::UnicodeNormalization;

/// The languages field names are looked up in, in the order a help names them.
const LANGUAGES: [&str; 6] = [
    "French",
    "Spanish",
    "Portuguese",
    "German",
    "Italian",
    "Dutch",
];

const FR: u8 = 1;
const ES: u8 = 1 << 1;
const PT: u8 = 1 << 2;
const DE: u8 = 1 << 3;
const IT: u8 = 1 << 4;
const NL: u8 = 1 << 5;
/// A word English writes too, for another field than its own (`date`): told as another word
/// for the field, in no language in particular.
const EN: u8 = 1 << 6;

/// Words for the fields of claims, sources and entities, written lowercase and without
/// accents (as [`plain`] reads a key): the word, the fields it may name (the first the
/// record has is meant: `fecha` is a claim's `as_of:` and a source's `published:`), and the
/// languages it is a word of. Words the fields share with English (`source`, `note`,
/// `status`, `text`, `name`) are fields already. A word here is told its field before edit
/// distance is asked, so that a word near a field's spelling (`sujet`, `valeur`, `liste`)
/// is told its language too.
const FIELD_WORDS: &[(&str, &[&str], u8)] = &[
    ("date", &["as_of", "published"], EN | FR),
    ("liste", &["list"], FR | DE),
    ("lista", &["list"], ES | PT | IT),
    ("lijst", &["list"], NL),
    ("valeur", &["value"], FR),
    ("valor", &["value"], ES | PT),
    ("wert", &["value"], DE),
    ("valore", &["value"], IT),
    ("waarde", &["value"], NL),
    ("unite", &["unit"], FR),
    ("unidad", &["unit"], ES),
    ("unidade", &["unit"], PT),
    ("einheit", &["unit"], DE),
    ("unita", &["unit"], IT),
    ("eenheid", &["unit"], NL),
    ("citation", &["quote"], FR),
    ("cita", &["quote"], ES),
    ("citacao", &["quote"], PT),
    ("zitat", &["quote"], DE),
    ("citazione", &["quote"], IT),
    ("citaat", &["quote"], NL),
    ("sujet", &["subject"], FR),
    ("sujeto", &["subject"], ES),
    ("sujeito", &["subject"], PT),
    ("subjekt", &["subject"], DE),
    ("soggetto", &["subject"], IT),
    ("onderwerp", &["subject"], NL),
    ("metrique", &["metric"], FR),
    ("metrica", &["metric"], ES | PT | IT),
    ("metrik", &["metric"], DE),
    ("indicateur", &["metric"], FR),
    ("indicador", &["metric"], ES | PT),
    ("kennzahl", &["metric"], DE),
    ("indicatore", &["metric"], IT),
    ("kengetal", &["metric"], NL),
    ("fuente", &["source"], ES),
    ("fonte", &["source"], PT | IT),
    ("quelle", &["source"], DE),
    ("bron", &["source"], NL),
    ("membres", &["members"], FR),
    ("miembros", &["members"], ES),
    ("membros", &["members"], PT),
    ("mitglieder", &["members"], DE),
    ("membri", &["members"], IT),
    ("leden", &["members"], NL),
    ("statut", &["status"], FR),
    ("estado", &["status"], ES | PT),
    ("stato", &["status"], IT),
    ("nota", &["note"], ES | PT | IT),
    ("notiz", &["note"], DE),
    ("anmerkung", &["note"], DE),
    ("bemerkung", &["note"], DE),
    ("remarque", &["note"], FR),
    ("opmerking", &["note"], NL),
    ("notitie", &["note"], NL),
    ("fecha", &["as_of", "published"], ES),
    ("data", &["as_of", "published"], PT | IT),
    ("datum", &["as_of", "published"], DE | NL),
    ("peildatum", &["as_of"], NL),
    ("stichtag", &["as_of"], DE),
    ("stand", &["as_of"], DE),
    ("periode", &["period"], FR | DE | NL),
    ("periodo", &["period"], ES | PT | IT),
    ("zeitraum", &["period"], DE),
    ("titre", &["title"], FR),
    ("titulo", &["title"], ES | PT),
    ("titolo", &["title"], IT),
    ("titel", &["title"], DE | NL),
    ("publie", &["published"], FR),
    ("publicado", &["published"], ES | PT),
    ("veroffentlicht", &["published"], DE),
    ("veroeffentlicht", &["published"], DE),
    ("pubblicato", &["published"], IT),
    ("gepubliceerd", &["published"], NL),
    ("editeur", &["publisher"], FR),
    ("editorial", &["publisher"], ES),
    ("editora", &["publisher"], PT),
    ("herausgeber", &["publisher"], DE),
    ("verlag", &["publisher"], DE),
    ("editore", &["publisher"], IT),
    ("uitgever", &["publisher"], NL),
    ("lieu", &["place"], FR),
    ("lugar", &["place"], ES | PT),
    ("ort", &["place"], DE),
    ("luogo", &["place"], IT),
    ("plaats", &["place"], NL),
    ("texte", &["text"], FR),
    ("texto", &["text"], ES | PT),
    ("testo", &["text"], IT),
    ("tekst", &["text"], NL),
    ("nom", &["name"], FR),
    ("nombre", &["name"], ES),
    ("nome", &["name"], PT | IT),
    ("naam", &["name"], NL),
    ("tipo", &["kind"], ES | PT | IT),
    ("typ", &["kind"], DE),
    ("art", &["kind"], DE),
    ("genre", &["kind"], FR),
    ("soort", &["kind"], NL),
    ("padre", &["parent"], ES),
    ("pai", &["parent"], PT),
    ("genitore", &["parent"], IT),
    ("ouder", &["parent"], NL),
    ("ubergeordnet", &["parent"], DE),
    ("uebergeordnet", &["parent"], DE),
    ("synonymes", &["aliases"], FR),
    ("sinonimos", &["aliases"], ES | PT),
    ("synonyme", &["aliases"], DE),
    ("sinonimi", &["aliases"], IT),
    ("synoniemen", &["aliases"], NL),
];

/// The field among `fields` that `key` is the word for in another language, and the help
/// that says so: "did you mean `value`? (`valor` is Spanish and Portuguese for it)".
pub fn field_named<'f>(
    key: &str,
    fields: impl IntoIterator<Item = &'f str>,
) -> Option<(&'f str, String)> {
    let word = plain(key);
    let (_, meant, languages) = FIELD_WORDS.iter().find(|(w, _, _)| *w == word)?;
    let field = fields
        .into_iter()
        .filter_map(|field| meant.iter().position(|m| *m == field).map(|at| (at, field)))
        .min()?
        .1;
    let help = match languages & EN {
        0 => {
            let languages: Vec<&str> = LANGUAGES
                .iter()
                .enumerate()
                .filter(|(at, _)| languages & (1 << at) != 0)
                .map(|(_, language)| *language)
                .collect();
            format!(
                "did you mean `{field}`? (`{key}` is {} for it)",
                crate::words::and_list(&languages)
            )
        }
        _ => format!("did you mean `{field}`? (`{key}` is another word for it)"),
    };
    Some((field, help))
}

/// `key` lowercase, without accents, with a space or hyphen as `_`: how [`FIELD_WORDS`]
/// writes its words.
fn plain(key: &str) -> String {
    key.trim()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, ' ' | '-') { '_' } else { c })
        .collect()
}

/// A lowercase Latin letter outside ASCII written in ASCII, as its language writes it
/// without accents: the German umlauts and ß as German does (`ae`, `oe`, `ue`, `ss`), the
/// letters that are ligatures as their letters (`æ` is `ae`, `œ` `oe`), a letter with a
/// stroke as the letter (`ø` is `o`, `ł` `l`), any other as its letter without its accent
/// (`é` is `e`, `ç` `c`, `ã` `a`). None for any other character.
pub fn ascii_letters(c: char) -> Option<&'static str> {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";
    let special = match c {
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ı' => "i",
        // The Azerbaijani schwa, written `e` where ASCII is all there is.
        'ə' => "e",
        'þ' => "th",
        _ => "",
    };
    if !special.is_empty() {
        return Some(special);
    }
    let mut decomposed = std::iter::once(c).nfd();
    let letter = decomposed.next()?;
    let at = LETTERS.find(letter)?;
    decomposed
        .all(unicode_normalization::char::is_combining_mark)
        .then(|| &LETTERS[at..=at])
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIM: &[&str] = &[
        "id", "source", "quote", "subject", "metric", "as_of", "period", "value", "unit",
        "members", "list", "status", "note", "allow",
    ];

    #[test]
    fn a_field_written_in_another_language_is_its_english_field_named_with_the_language() {
        let help = |key| field_named(key, CLAIM.iter().copied()).map(|(_, help)| help);
        assert_eq!(
            help("valor").as_deref(),
            Some("did you mean `value`? (`valor` is Spanish and Portuguese for it)")
        );
        assert_eq!(
            help("Einheit").as_deref(),
            Some("did you mean `unit`? (`Einheit` is German for it)")
        );
        for (key, field) in [
            ("wert", "value"),
            ("zitat", "quote"),
            ("quelle", "source"),
            ("valeur", "value"),
            ("unité", "unit"),
            ("citation", "quote"),
            ("unidad", "unit"),
            ("cita", "quote"),
            ("fuente", "source"),
            ("unidade", "unit"),
            ("sujeito", "subject"),
            ("citação", "quote"),
            ("métrica", "metric"),
            ("membri", "members"),
            ("fecha", "as_of"),
            ("Zeitraum", "period"),
            ("waarde", "value"),
            ("eenheid", "unit"),
            ("Onderwerp", "subject"),
            ("peildatum", "as_of"),
        ] {
            assert_eq!(
                field_named(key, CLAIM.iter().copied()).map(|(field, _)| field),
                Some(field),
                "{key}"
            );
        }
    }

    #[test]
    fn a_word_near_a_field_s_spelling_is_told_its_language_too() {
        let help = |key| field_named(key, CLAIM.iter().copied()).map(|(_, help)| help);
        assert_eq!(
            help("sujet").as_deref(),
            Some("did you mean `subject`? (`sujet` is French for it)")
        );
        assert_eq!(
            help("valeur").as_deref(),
            Some("did you mean `value`? (`valeur` is French for it)")
        );
        assert_eq!(
            help("unité").as_deref(),
            Some("did you mean `unit`? (`unité` is French for it)")
        );
        assert_eq!(
            help("liste").as_deref(),
            Some("did you mean `list`? (`liste` is French and German for it)")
        );
    }

    #[test]
    fn a_claim_s_date_is_its_as_of_and_a_source_s_its_published() {
        assert_eq!(
            field_named("date", CLAIM.iter().copied()),
            Some((
                "as_of",
                "did you mean `as_of`? (`date` is another word for it)".to_string()
            ))
        );
        let source = ["id", "title", "published", "text"];
        assert_eq!(
            field_named("Date", source).map(|(field, _)| field),
            Some("published")
        );
        // An entity has no date.
        assert_eq!(field_named("date", ["name", "kind", "parent"]), None);
    }

    #[test]
    fn a_word_names_the_field_the_record_has() {
        let source = [
            "id",
            "title",
            "publisher",
            "published",
            "place",
            "url",
            "text",
            "note",
        ];
        assert_eq!(
            field_named("fecha", source).map(|(field, _)| field),
            Some("published")
        );
        assert_eq!(
            field_named("veröffentlicht", source).map(|(f, _)| f),
            Some("published")
        );
        // A claim has no title: no suggestion of a field it does not have.
        assert_eq!(field_named("titre", CLAIM.iter().copied()), None);
        assert_eq!(field_named("foo", CLAIM.iter().copied()), None);
    }

    #[test]
    fn every_field_word_is_written_as_a_key_is_read() {
        for (word, fields, languages) in FIELD_WORDS {
            assert_eq!(plain(word), *word);
            assert!(!fields.is_empty() && *languages != 0, "{word}");
            assert!(
                FIELD_WORDS.iter().filter(|(w, _, _)| w == word).count() == 1,
                "{word}"
            );
        }
    }

    #[test]
    fn latin_letters_are_written_in_ascii_as_their_languages_do() {
        let ascii = |text: &str| -> String {
            text.chars()
                .map(|c| ascii_letters(c).unwrap_or("?"))
                .collect()
        };
        assert_eq!(ascii("äöüß"), "aeoeuess");
        assert_eq!(ascii("éèçãñåøæœł"), "eecanaoaeoel");
        assert_eq!(ascii("şğčžő"), "sgczo");
        assert_eq!(ascii("北"), "?");
    }
}
