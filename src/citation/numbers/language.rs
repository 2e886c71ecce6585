//! What an article's declared language (its source's `language:`) settles in reading its
//! numbers: words that state a number in some languages and are other words in the
//! article's. English number words are read only in an article that declares English or no
//! language (the Polish `ten` is "this", `one` "they"); `mil` after a figure is a thousand
//! only in one that declares a language whose thousand it is, or none (`95 mil casos`; the
//! Polish `15 mil morskich` and the Indonesian `5 mil laut` are miles); `posto` is percent
//! only in one that declares Croatian, Serbian, Bosnian or Montenegrin (`12 posto`), as
//! Italian and Portuguese write it after a figure for a seat, a place or a post (`1 posto
//! libero`, `1 posto de vacinação`); `mil.` is a million in one that declares Czech, Slovak,
//! Croatian, Serbian, Bosnian, Montenegrin, Slovenian or Macedonian (`300 mil. Kč`, `300
//! мил. динара`), `mill.` a million and `mia.` a thousand million in one that declares
//! Norwegian or Danish (`5 mill. kroner`, `8 mia. mennesker`), and each where none is
//! declared only before the money it counts (`95 mil.` may end a Spanish sentence, `2 mill.`
//! be an English tax rate); `bilion` is a thousand million alone in one that declares Malay
//! or Indonesian (`RM2.45 bilion`), and also the Polish and Czech million million elsewhere. A month name that is another month or another word in the
//! article's language is read as that language reads it (`listopada` is October in Croatian
//! and November in Polish; `maja` is May in Polish and a house in Estonian, see
//! [`MONTHS_READ_BY_LANGUAGE`](super::dates::MONTHS_READ_BY_LANGUAGE)), and the Czech and
//! Slovak `a` ("and"), the Lithuanian `ir`, the Latvian `un` and the Dutch and Afrikaans `en`
//! join the names of a list only
//! in an article that declares their language (see [`Language::list_and`]), and the
//! Bulgarian and Macedonian `над` ("over") bounds the figure after it only in one that
//! declares one of them (the qualifiers read before a figure). The number words of the
//! Slavic languages are read only in an article that declares one of them, each its own
//! (`cztery`, `четири`: see [`super::slavic_words`]); those of other languages in any
//! article, as their own words tell where they stand (see [`super::super::number_words`]). An article that declares no language is read as before
//! the declaration existed: every reading stays open, but for a reading that is clearly
//! false there (`300 mil. Kč` is no 300 thousand).

/// The languages whose numbers written in words the check reads, by the primary subtag (and
/// the three-letter codes some sources write instead): English
/// ([`super::super::english_words`]), French, German, Spanish, Italian, Portuguese, Galician
/// and Dutch ([`super::super::number_words`]), Arabic and Hindi
/// ([`super::arabic_hindi_words`]), and Chinese, Cantonese and Japanese, whose numerals are
/// read ([`super::super::chinese_numerals`]). The Slavic languages' are read too
/// ([`super::slavic_words`], which holds their tags).
const NUMBER_WORDS_READ: [&str; 29] = [
    "en", "eng", "fr", "fra", "fre", "de", "deu", "ger", "es", "spa", "it", "ita", "pt", "por",
    "gl", "glg", "nl", "nld", "dut", "ar", "ara", "hi", "hin", "zh", "zho", "chi", "yue", "ja",
    "jpn",
];

/// The languages of [`NUMBER_WORDS_READ`] by name, as a note says where numbers in words are
/// read.
pub const NUMBER_WORDS_READ_IN: &str = "English, French, German, Spanish, Italian, Portuguese, \
     Galician, Dutch, the Slavic languages, Arabic, Hindi, Chinese and Japanese";

/// The readings of words that an article's declared language leaves open, each told by the
/// language's primary subtag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The primary subtag of the declared language, lowercased and padded with zeros; all
    /// zeros where none is declared.
    primary: [u8; 8],
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

/// Croatian, Serbian, Bosnian, Montenegrin and Serbo-Croatian, by the primary subtag: the
/// languages whose `posto` is percent, and whose `listopada` is October.
pub(super) const SERBO_CROATIAN: [&str; 8] = ["hr", "hrv", "sr", "srp", "bs", "bos", "cnr", "sh"];

/// The languages whose `mil.` after a figure is a million (`300 mil. Kč`, `5 mil. kuna`,
/// `5 mil. evrov`, `300 мил. динара`), by the primary subtag: Czech, Slovak,
/// [`SERBO_CROATIAN`], Slovenian (whose orthography abbreviates it `mio.`, while its news
/// writes `mil.` as its neighbours do) and Macedonian. Not Polish (`mln`), Russian or
/// Bulgarian (`млн.`): there a `mil.` is no million. In Spanish and Portuguese `mil` is a
/// thousand, and a point after it ends a sentence (`llegaron a 95 mil.`); in Norwegian and
/// Swedish `mil` is ten kilometres.
const MILLION_MIL: [&str; 19] = [
    "cs", "ces", "cze", "sk", "slk", "slo", "hr", "hrv", "sr", "srp", "bs", "bos", "cnr", "sh",
    "sl", "slv", "mk", "mkd", "mac",
];

/// Norwegian (Bokmål, Nynorsk and the macrolanguage) and Danish, by the primary subtag: the
/// languages whose `mill.` after a figure is a million (`5 mill. kroner`, `3,2 mill. kr`)
/// and whose `mia.` is a thousand million whatever it counts (`8 mia. mennesker`). In
/// English a `mill.` after a figure is a tax rate's mill (`a levy of 2 mill.`), and `Mia.`
/// is a name.
const DANO_NORWEGIAN: [&str; 8] = ["nb", "nob", "nn", "nno", "no", "nor", "da", "dan"];

/// Scales abbreviated with a point that some languages write after a figure and others read
/// as other words, or as none, each with its power of ten and the languages whose scale it
/// is (see [`Language::reads_scale_with_a_point`]). Where none is declared, each is a scale
/// only before the money it counts (`300 mil. Kč`, `5 mill. kroner`), as a Spanish sentence
/// may end on its thousand (`llegaron a 95 mil.`).
pub(super) const SCALES_WITH_A_POINT: [(&str, u32, &[&str]); 4] = [
    ("mil.", 6, &MILLION_MIL),
    ("мил.", 6, &MILLION_MIL),
    ("mill.", 6, &DANO_NORWEGIAN),
    ("mia.", 9, &DANO_NORWEGIAN),
];

/// The languages whose `a` is "and" between the names of a list (`v Jeseníku, Opavě, Krnově a
/// Olomouci`), by the primary subtag: Czech and Slovak.
const AND_A: [&str; 6] = ["cs", "ces", "cze", "sk", "slk", "slo"];

/// Lithuanian, whose `ir` is "and" (`Pilaitė, Fabijoniškės ir Naujoji Vilnia`); in Latvian
/// `ir` is "is" (`Rīga ir Latvijas galvaspilsēta`), between two names as well.
const AND_IR: [&str; 2] = ["lt", "lit"];

/// Malay, by the primary subtag (and the three-letter codes of Malay and Standard Malay):
/// with [`INDONESIAN`], the languages whose `bilion` is a thousand million only (Malaysian
/// usage writes a thousand `juta` so; Indonesian writes `miliar`, and a `bilion` there is
/// Malay's; in Polish and Czech a `bilion` is a million million). Alone, the language
/// whose `lebih` before a figure is "more" (`lebih 300 projek`), where Indonesian writes it
/// for the minutes of a time (`pukul 10 lebih 15 menit`).
pub(crate) const MALAY: [&str; 4] = ["ms", "msa", "may", "zsm"];

/// Indonesian, by the primary subtag: with [`MALAY`], whose `bilion` is a thousand million.
const INDONESIAN: [&str; 2] = ["id", "ind"];

/// Turkish, by the primary subtag.
pub(crate) const TURKISH: [&str; 2] = ["tr", "tur"];

/// Kazakh, by the primary subtag: the language whose `мен`, `бен` and `пен` join two nouns
/// ("and": `Алматы мен Астана`), and are also "I" and "with".
const KAZAKH: [&str; 2] = ["kk", "kaz"];

/// Swedish and Icelandic, by the primary subtag: the languages whose `kr` and `kr.` are
/// the krona (Iceland's króna: `500 kr.`, `389 ma.kr.`).
const KRONA_LANGUAGES: [&str; 5] = ["sv", "swe", "is", "isl", "ice"];

/// Latvian, whose `un` is "and" (`Rīga, Jūrmala un Jelgava`); in French, Spanish and
/// Italian `un` is the article before a name (`à Lyon, un Marseillais`).
const AND_UN: [&str; 2] = ["lv", "lav"];

/// Dutch and Afrikaans, whose `en` is "and" (`Khayelitsha, Delft en Philippi`); in French
/// `en` is "in" before a name (`Lot en Aveyron`), and in English a name of its own.
const AND_EN: [&str; 5] = ["nl", "nld", "dut", "af", "afr"];

/// Azerbaijani, by the primary subtag (and its North and South codes).
pub(crate) const AZERBAIJANI: [&str; 4] = ["az", "aze", "azj", "azb"];

/// The Azerbaijani percent word after a figure, with the possessive and the dative it takes
/// (`12 faiz`, `54 faizi`, `faizə`): in Turkish `faiz` is "interest" (`5 faiz indirimi`,
/// five interest-rate cuts; `politika faizi`, the policy rate), whose percent is `yüzde`
/// before the figure. Read where Azerbaijani or no language is declared.
const PERCENT_FAIZ: [&str; 3] = ["faiz", "faizi", "faizə"];

/// Uzbek, by the primary subtag (and its Northern and Southern codes).
pub(crate) const UZBEK: [&str; 4] = ["uz", "uzb", "uzn", "uzs"];

/// [`AZERBAIJANI`] and [`UZBEK`]: the languages whose March and May are `mart` and `may`.
pub(super) const AZERBAIJANI_OR_UZBEK: [&str; 8] = [
    AZERBAIJANI[0],
    AZERBAIJANI[1],
    AZERBAIJANI[2],
    AZERBAIJANI[3],
    UZBEK[0],
    UZBEK[1],
    UZBEK[2],
    UZBEK[3],
];

/// Scale words after a figure that are other words in other languages, each with its power
/// of ten and the languages whose scale it is: the Azerbaijani thousand `min` (`112 min
/// uşaq`), a minute elsewhere (`20 min`), and the Uzbek `ming` (`25 ming`), the Ming of
/// Chinese history elsewhere. Read only in an article that declares one of those languages,
/// whole (see [`Language::reads_scale_of_its_own`]).
pub(super) const SCALES_OF_ONE_LANGUAGE: [(&str, u32, &[&str]); 2] =
    [("min", 3, &AZERBAIJANI), ("ming", 3, &UZBEK)];

impl Language {
    /// No language declared, or one that names none (`und`, undetermined; `mul`, several):
    /// every reading is open.
    pub const UNDECLARED: Language = Language { primary: [0; 8] };

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
        let mut padded = [0; 8];
        for (to, from) in padded.iter_mut().zip(primary.bytes()) {
            *to = from;
        }
        match primary.as_str() {
            "und" | "mul" => Language::UNDECLARED,
            _ => Language { primary: padded },
        }
    }

    /// The primary subtag of the declared language, lowercase (`ro` of `ro-MD`); empty where
    /// none is declared.
    pub fn primary_subtag(&self) -> &str {
        let declared = self.primary.iter().take_while(|&&b| b != 0).count();
        std::str::from_utf8(&self.primary[..declared]).unwrap_or_default()
    }

    /// Whether the article declares no language: every reading is open.
    pub fn is_undeclared(self) -> bool {
        self.primary == [0; 8]
    }

    /// Whether the article declares one of `languages` (primary subtags, lowercase).
    pub fn is_one_of(self, languages: &[&str]) -> bool {
        let declared = self.primary.iter().take_while(|&&b| b != 0).count();
        declared > 0
            && languages
                .iter()
                .any(|language| language.as_bytes() == &self.primary[..declared])
    }

    /// Whether `abbreviation`, one of [`SCALES_WITH_A_POINT`] after a figure (`mil.`,
    /// `mill.`), is its scale in the article: it declares a language whose scale it is.
    pub fn reads_scale_with_a_point(self, abbreviation: &str) -> bool {
        SCALES_WITH_A_POINT
            .iter()
            .any(|&(written, _, languages)| written == abbreviation && self.is_one_of(languages))
    }

    /// The "and" of the article's language that joins two names in a list and is another
    /// word between names elsewhere: `a` where it declares Czech or Slovak ([`AND_A`]; the
    /// Spanish, Portuguese and Italian "to", the Hungarian and English article, "Kent, a
    /// Lincoln County town"), `ir` where it declares Lithuanian ([`AND_IR`]), `un` where
    /// it declares Latvian ([`AND_UN`]), `en` where it declares Dutch or Afrikaans
    /// ([`AND_EN`]). An undeclared article reads none of them, as before.
    pub fn list_and(self) -> Option<&'static str> {
        [
            ("a", &AND_A[..]),
            ("ir", &AND_IR),
            ("un", &AND_UN),
            ("en", &AND_EN),
        ]
        .into_iter()
        .find(|(_, languages)| self.is_one_of(languages))
        .map(|(and, _)| and)
    }

    /// The words of the article's language that join two names as "and" written between two
    /// nouns, and are other words elsewhere: the Kazakh `мен`, `бен` and `пен` where it
    /// declares Kazakh ([`KAZAKH`]: `Алматы мен Астана`), which are also "I" (`мен`) and
    /// "with". Read only between two capitalised words, with no comma before. None
    /// elsewhere.
    pub fn joins_two_names(self) -> &'static [&'static str] {
        if self.is_one_of(&KAZAKH) {
            &["мен", "бен", "пен"]
        } else {
            &[]
        }
    }

    /// Whether `word`, one of [`SCALES_OF_ONE_LANGUAGE`] after a figure (`min`, `ming`), is
    /// its scale in the article: it declares a language whose scale it is.
    pub fn reads_scale_of_its_own(self, word: &str) -> bool {
        SCALES_OF_ONE_LANGUAGE
            .iter()
            .any(|&(written, _, languages)| written == word && self.is_one_of(languages))
    }

    /// Whether `bilion` and `trilion` after a figure are a thousand million and a million
    /// million only, as in Malay ([`MALAY`]) and Indonesian ([`INDONESIAN`]), rather than
    /// also the Polish and Czech million million and million million million: the article
    /// declares Malay or Indonesian.
    pub fn reads_bilion_as_a_thousand_million(self) -> bool {
        self.is_one_of(&MALAY) || self.is_one_of(&INDONESIAN)
    }

    /// The crown the article's language writes `kr` for: the krone where it declares
    /// Norwegian or Danish ([`DANO_NORWEGIAN`]), the krona where it declares Swedish or
    /// Icelandic ([`KRONA_LANGUAGES`]); none elsewhere, where `kr` is read as either.
    pub fn own_crown(self) -> Option<&'static str> {
        if self.is_one_of(&DANO_NORWEGIAN) {
            Some("krone")
        } else if self.is_one_of(&KRONA_LANGUAGES) {
            Some("krona")
        } else {
            None
        }
    }

    /// Whether English number words (`ten`, `one`, `twenty-one`, `third`, `twice`) state
    /// numbers in the article: it declares English, or no language.
    pub fn reads_english_words(self) -> bool {
        self.is_undeclared() || self.is_one_of(&["en", "eng"])
    }

    /// Whether the check reads the numbers the article's language writes in words (`four`,
    /// `quatre`, `vier`, `cuatro`, `ثلاث`, `तीन`, `四`): it declares one of
    /// [`NUMBER_WORDS_READ`] or a Slavic language ([`super::slavic_words`]), or no language
    /// (English is read). A quote of another language
    /// that states no figure in digits may state its value in words the check cannot read.
    pub fn number_words_are_read(self) -> bool {
        self.is_undeclared()
            || self.is_one_of(&NUMBER_WORDS_READ)
            || super::slavic_words::lexicon_of(self).is_some()
    }

    /// Whether `word`, a scale or percent word read after a figure (`mil`, `millones`,
    /// `percent`, as written), scales the figure in the article: all do but `mil` in a
    /// language whose thousand it is not, `posto` but in one whose percent it is, and
    /// `faiz` ([`PERCENT_FAIZ`]) but in Azerbaijani or where none is declared.
    pub fn reads_follower(self, word: &str) -> bool {
        let thousand_mil = || self.is_undeclared() || self.is_one_of(&THOUSAND_MIL);
        let faiz = || {
            PERCENT_FAIZ
                .iter()
                .any(|faiz| word.eq_ignore_ascii_case(faiz))
        };
        (!word.eq_ignore_ascii_case("mil") || thousand_mil())
            && (!word.eq_ignore_ascii_case("posto") || self.is_one_of(&SERBO_CROATIAN))
            && (self.is_undeclared() || self.is_one_of(&AZERBAIJANI) || !faiz())
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
    fn faiz_is_percent_in_azerbaijani_and_where_no_language_is_declared() {
        for (tag, percent) in [
            (None, true),
            (Some("az"), true),
            (Some("az-Latn-AZ"), true),
            (Some("tr"), false),
            (Some("tr-TR"), false),
            (Some("uz"), false),
            (Some("en"), false),
        ] {
            for word in ["faiz", "faizi", "faizə", "FAIZ"] {
                assert_eq!(
                    Language::of(tag).reads_follower(word),
                    percent,
                    "{tag:?}: {word}"
                );
            }
            // Another percent word is read whatever the language.
            assert!(Language::of(tag).reads_follower("foiz"), "{tag:?}");
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
    fn mil_with_its_point_is_a_million_and_a_joins_lists_only_in_the_languages_that_write_them() {
        for (tag, million, and) in [
            (None, false, None),
            (Some("und"), false, None),
            (Some("cs"), true, Some("a")),
            (Some("cs-CZ"), true, Some("a")),
            (Some("SK"), true, Some("a")),
            (Some("lt"), false, Some("ir")),
            (Some("lv"), false, Some("un")),
            (Some("nl"), false, Some("en")),
            (Some("nl-BE"), false, Some("en")),
            (Some("af"), false, Some("en")),
            (Some("hr"), true, None),
            (Some("sr-Cyrl"), true, None),
            (Some("bs"), true, None),
            (Some("mk"), true, None),
            (Some("sl"), true, None),
            (Some("sl-SI"), true, None),
            (Some("pl"), false, None),
            (Some("es"), false, None),
            (Some("pt-BR"), false, None),
            (Some("it"), false, None),
            (Some("fr"), false, None),
            (Some("hu"), false, None),
            (Some("en"), false, None),
            (Some("x-ruritanian"), false, None),
        ] {
            let language = Language::of(tag);
            assert_eq!(
                language.reads_scale_with_a_point("mil."),
                million,
                "{tag:?}"
            );
            assert_eq!(
                language.reads_scale_with_a_point("мил."),
                million,
                "{tag:?}"
            );
            assert_eq!(language.list_and(), and, "{tag:?}");
            assert_eq!(
                language.is_undeclared(),
                matches!(tag, None | Some("und")),
                "{tag:?}"
            );
        }
        assert!(Language::of(Some("et")).is_one_of(&["et", "est"]));
        assert!(!Language::of(Some("est-x")).is_one_of(&["et"]));
        assert!(!Language::UNDECLARED.is_one_of(&["et", ""]));
    }

    #[test]
    fn mill_and_mia_with_their_point_are_scales_only_in_norwegian_and_danish() {
        for (tag, read) in [
            (None, false),
            (Some("und"), false),
            (Some("nb"), true),
            (Some("nb-NO"), true),
            (Some("nn"), true),
            (Some("no"), true),
            (Some("NOR"), true),
            (Some("da"), true),
            (Some("da-DK"), true),
            (Some("sv"), false),
            (Some("en"), false),
            (Some("de"), false),
            (Some("it"), false),
            (Some("cs"), false),
        ] {
            let language = Language::of(tag);
            assert_eq!(language.reads_scale_with_a_point("mill."), read, "{tag:?}");
            assert_eq!(language.reads_scale_with_a_point("mia."), read, "{tag:?}");
            // The Norwegian `mil` is ten kilometres, with a point or without.
            if read {
                assert!(!language.reads_scale_with_a_point("mil."), "{tag:?}");
            }
        }
        assert!(!Language::of(Some("cs")).reads_scale_with_a_point("mill."));
        assert!(!Language::of(Some("da")).reads_scale_with_a_point("Mia."));
        assert!(!Language::of(Some("da")).reads_scale_with_a_point("mio."));
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

    #[test]
    fn min_and_ming_are_a_thousand_only_in_the_languages_whose_thousand_they_are() {
        for (tag, min, ming) in [
            (None, false, false),
            (Some("en"), false, false),
            (Some("tr"), false, false),
            (Some("az"), true, false),
            (Some("az-Latn"), true, false),
            (Some("uz"), false, true),
            (Some("uz-Latn"), false, true),
            (Some("zh"), false, false),
        ] {
            let language = Language::of(tag);
            assert_eq!(language.reads_scale_of_its_own("min"), min, "{tag:?}");
            assert_eq!(language.reads_scale_of_its_own("ming"), ming, "{tag:?}");
        }
    }
}
