//! What an article's declared language (its source's `language:`) settles in reading its
//! numbers: words that state a number in some languages and are other words in the
//! article's. English number words are read only in an article that declares English or no
//! language (the Polish `ten` is "this", `one` "they"); `mil` after a figure is a thousand
//! only in one that declares a language whose thousand it is, or none (`95 mil casos`; the
//! Polish `15 mil morskich` and the Indonesian `5 mil laut` are miles); `posto` is percent
//! only in one that declares Croatian, Serbian, Bosnian or Montenegrin (`12 posto`), as
//! Italian and Portuguese write it after a figure for a seat, a place or a post (`1 posto
//! libero`, `1 posto de vacinação`). The number words of
//! other languages are read in any article, as their own words tell where they stand (see
//! [`super::super::number_words`]). An article that declares no language is read as before
//! the declaration existed: every reading stays open.

/// The readings of words that an article's declared language leaves open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    english_words: bool,
    thousand_mil: bool,
    /// `posto` after a figure is percent (Croatian, Serbian, Bosnian), not an Italian seat
    /// or a Portuguese post.
    percent_posto: bool,
}

impl Default for Language {
    fn default() -> Language {
        Language::UNDECLARED
    }
}

/// The languages whose `mil` is a thousand, by the primary subtag of a BCP 47 tag (and the
/// three-letter code some sources write instead): Spanish, Portuguese, Catalan, Galician,
/// Asturian, Aragonese, Occitan, Ladino and Papiamento, which write `dos mil`, `2 mil`. In
/// English `mil` is a thousandth of an inch, in Polish, Czech, Indonesian and Malay a mile,
/// and in Swedish and Norwegian ten kilometres.
const THOUSAND_MIL: [&str; 13] = [
    "es", "spa", "pt", "por", "ca", "cat", "gl", "glg", "ast", "an", "oc", "lad", "pap",
];

/// The languages whose `posto` is percent, by the primary subtag: Croatian, Serbian,
/// Bosnian, Montenegrin and Serbo-Croatian.
const PERCENT_POSTO: [&str; 8] = ["hr", "hrv", "sr", "srp", "bs", "bos", "cnr", "sh"];

impl Language {
    /// No language declared, or one that names none (`und`, undetermined; `mul`, several):
    /// every reading is open.
    pub const UNDECLARED: Language = Language {
        english_words: true,
        thousand_mil: true,
        percent_posto: false,
    };

    /// The language that a source's `language:` tag declares (`pl`, `pt-BR`, `en-GB`), or
    /// none.
    pub fn of(tag: Option<&str>) -> Language {
        let Some(tag) = tag else {
            return Language::UNDECLARED;
        };
        let primary = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "und" | "mul" => Language::UNDECLARED,
            "en" | "eng" => Language {
                english_words: true,
                thousand_mil: false,
                percent_posto: false,
            },
            other => Language {
                english_words: false,
                thousand_mil: THOUSAND_MIL.contains(&other),
                percent_posto: PERCENT_POSTO.contains(&other),
            },
        }
    }

    /// Whether English number words (`ten`, `one`, `twenty-one`, `third`, `twice`) state
    /// numbers in the article: it declares English, or no language.
    pub fn reads_english_words(self) -> bool {
        self.english_words
    }

    /// Whether `word`, a scale or percent word read after a figure (`mil`, `millones`,
    /// `percent`, as written), scales the figure in the article: all do but `mil` in a
    /// language whose thousand it is not, and `posto` but in one whose percent it is.
    pub fn reads_follower(self, word: &str) -> bool {
        (self.thousand_mil || !word.eq_ignore_ascii_case("mil"))
            && (self.percent_posto || !word.eq_ignore_ascii_case("posto"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_language_reads_english_words_only_if_it_is_english() {
        for (tag, english) in [
            (None, true),
            (Some("en"), true),
            (Some("en-GB"), true),
            (Some("EN"), true),
            (Some("und"), true),
            (Some("mul"), true),
            (Some("pl"), false),
            (Some("id"), false),
            (Some("fr"), false),
            (Some("pt-BR"), false),
            (Some("x-ruritanian"), false),
        ] {
            assert_eq!(Language::of(tag).reads_english_words(), english, "{tag:?}");
        }
    }

    #[test]
    fn posto_is_percent_only_in_the_languages_whose_percent_it_is() {
        for (tag, percent) in [
            (None, false),
            (Some("hr"), true),
            (Some("sr-Latn"), true),
            (Some("bs"), true),
            (Some("it"), false),
            (Some("it-CH"), false),
            (Some("pt-BR"), false),
            (Some("en"), false),
        ] {
            assert_eq!(
                Language::of(tag).reads_follower("posto"),
                percent,
                "{tag:?}"
            );
        }
    }

    #[test]
    fn mil_is_a_thousand_only_in_the_languages_whose_thousand_it_is() {
        for (tag, thousand) in [
            (None, true),
            (Some("es"), true),
            (Some("es-MX"), true),
            (Some("pt-BR"), true),
            (Some("ca"), true),
            (Some("gl"), true),
            (Some("und"), true),
            (Some("pl"), false),
            (Some("id"), false),
            (Some("ms"), false),
            (Some("cs"), false),
            (Some("sv"), false),
            (Some("en"), false),
            (Some("it"), false),
        ] {
            let language = Language::of(tag);
            assert_eq!(language.reads_follower("mil"), thousand, "{tag:?}");
            assert_eq!(language.reads_follower("MIL"), thousand, "{tag:?}");
            // Every other scale word is read as before.
            for word in ["mil millones", "millones", "tys.", "mln", "juta", "percent"] {
                assert!(language.reads_follower(word), "{tag:?}: {word}");
            }
        }
    }
}
