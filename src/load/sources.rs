//! Reading `sources/*.yaml`: one record per article, naming its text file.

use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::Files;
use crate::quantity::DecimalMark;
use crate::syntax::Document;
use crate::syntax::fields::Reader;
use crate::syntax::spec::{Field, Shape, choice_names};

/// The words of `decimal_mark:`.
const DECIMAL_MARKS: &[(&str, DecimalMark)] =
    &[("point", DecimalMark::Point), ("comma", DecimalMark::Comma)];
const DECIMAL_MARK_NAMES: [&str; DECIMAL_MARKS.len()] = choice_names(DECIMAL_MARKS);

/// The top level of a sources file.
pub const SOURCES_FILE: &[Field] = &[Field::required(
    "sources",
    Shape::Records(SOURCE),
    "The articles the claims cite, one record each.",
)];

/// The fields of a source.
pub const SOURCE: &[Field] = &[
    Field::required(
        "id",
        Shape::Id,
        "A unique id: lowercase letters, digits and hyphens, e.g. `2020-11-21-cns-gansu-guangxi`. \
         Claims cite the source by it.",
    ),
    Field::required("title", Shape::Text, "The article's headline."),
    Field::optional("publisher", Shape::Text, "Who published the article."),
    Field::required(
        "published",
        Shape::Date,
        "The publication date, YYYY-MM-DD. A claim with no `as_of:` is dated by it.",
    ),
    Field::optional(
        "place",
        Shape::Text,
        "The dateline: where the article was written.",
    ),
    Field::optional(
        "url",
        Shape::Text,
        "Where the article was published, when known.",
    ),
    Field::required(
        "text",
        Shape::Text,
        "The path of the article's text (UTF-8), relative to this file and inside the project.",
    ),
    Field::optional(
        "decimal_mark",
        Shape::Choice(&DECIMAL_MARK_NAMES),
        "How the article writes decimals, `point` (3.5) or `comma` (3,5), for an article whose \
         own figures do not tell it: every figure that reads either way (`1,035`, `1.035`) is \
         read by it.",
    ),
    Field::optional(
        "language",
        Shape::Language,
        "The article's language as a BCP 47 tag (`it`, `es`, `pt-BR`, `zh-Hans`), when it is not \
         English: messages then count its units as written (`13 vittima`) rather than in an \
         English plural, its words are read as numbers as that language writes them (the \
         Polish `ten` is no 10, `15 mil` no thousands outside Spanish and Portuguese), and the \
         HTML report marks its text with it.",
    ),
    Field::optional("note", Shape::Text, "Free text for reviewers."),
];

/// The longest language tag read: a language, a script, a region and two variants.
pub const MAX_LANGUAGE_TAG: usize = 35;

/// Whether `tag` is a language tag as BCP 47 writes one: a language of two or three letters,
/// then subtags of one to eight letters or digits, each after a hyphen (`it`, `es-419`,
/// `pt-BR`, `zh-Hans`, `sr-Latn-RS`), or a private-use tag (`x-ruritanian`). Not a language
/// of five to eight letters, which BCP 47 reserves and no language has, and which would take
/// a name (`Italian`, `Deutsch`) for a tag. The subtags are not looked up in the registry: a
/// well-formed tag is taken as written.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    // A private-use tag (`x-ruritanian`) is `x` and at least one subtag.
    let private_use = language.eq_ignore_ascii_case("x") && tag.len() > 2;
    tag.len() <= MAX_LANGUAGE_TAG
        && (matches!(language.len(), 2 | 3) || private_use)
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// A source record as written, before its text is read and its id checked for duplicates.
pub struct RawSource {
    /// The whole entry, where its problems are reported.
    pub entry: Location,
    pub id: Located<String>,
    pub title: Option<Located<String>>,
    pub publisher: Option<Located<String>>,
    pub published: Option<Located<Date>>,
    pub place: Option<Located<String>>,
    pub url: Option<Located<String>>,
    pub text_path: Option<Located<String>>,
    /// The folder of the YAML file: `text:` is relative to it.
    pub folder: std::path::PathBuf,
    pub decimal_mark: Option<Located<DecimalMark>>,
    pub language: Option<Located<String>>,
    pub note: Option<Located<String>>,
}

/// The sources of one file: every record with a valid id, whatever its other fields
/// (their problems are reported here), so that its claims do not cascade into "cites a
/// source that does not exist".
pub fn read(document: &Document, files: &Files, diagnostics: &mut Diagnostics) -> Vec<RawSource> {
    let mut reader = Reader {
        file: document.file,
        diagnostics,
    };
    let Some(top) = reader.record(&document.root, "sources file", SOURCES_FILE) else {
        return Vec::new();
    };
    let Some(list) = top.get("sources") else {
        reader.missing(
            &top,
            "sources",
            "list the sources under a top-level `sources:` key",
        );
        return Vec::new();
    };
    let folder = files
        .get(document.file)
        .path
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default();
    let mut out = Vec::new();
    for node in reader.list(list, "sources") {
        let Some(record) = reader.record(node, "source", SOURCE) else {
            continue;
        };
        let id = reader.id(
            &record,
            "id",
            "give the source an id such as `cns-2020-11-21-gansu`",
        );
        let title =
            reader.required_text(&record, "title", "add the article's headline as `title:`");
        let published = if record.get("published").is_none() {
            reader.missing(
                &record,
                "published",
                "add the publication date as `published: YYYY-MM-DD`",
            );
            None
        } else {
            reader.date(&record, "published")
        };
        let text_path = reader.required_text(
            &record,
            "text",
            "add `text:` with the path of the article's text file, relative to this file",
        );
        let publisher = reader.text(&record, "publisher");
        let place = reader.text(&record, "place");
        let url = reader.text(&record, "url");
        let decimal_mark = reader.choice(&record, "decimal_mark", DECIMAL_MARKS);
        let language = reader
            .text(&record, "language")
            .and_then(|language| language_tag(language, reader.diagnostics));
        let note = reader.text(&record, "note");
        let Some(id) = id else {
            continue;
        };
        out.push(RawSource {
            entry: Location::new(document.file, record.node.span.clone()),
            id,
            title,
            publisher,
            published,
            place,
            url,
            text_path,
            folder: folder.clone(),
            decimal_mark,
            language,
            note,
        });
    }
    out
}

/// Languages by their names in English and in themselves, lowercased, with their tags: the
/// help for a name written where a tag goes (`language: Italian`).
const LANGUAGE_NAMES: &[(&[&str], &str)] = &[
    (&["english"], "en"),
    (&["italian", "italiano"], "it"),
    (&["spanish", "español", "espanol", "castellano"], "es"),
    (&["french", "français", "francais"], "fr"),
    (&["german", "deutsch"], "de"),
    (&["portuguese", "português", "portugues"], "pt"),
    (&["dutch", "nederlands"], "nl"),
    (&["polish", "polski"], "pl"),
    (&["turkish", "türkçe", "turkce"], "tr"),
    (&["kazakh", "қазақ", "қазақша"], "kk"),
    (&["russian", "русский"], "ru"),
    (&["arabic", "العربية"], "ar"),
    (&["chinese", "中文", "汉语", "漢語"], "zh"),
    (&["japanese", "日本語"], "ja"),
    (&["korean", "한국어"], "ko"),
    (&["vietnamese", "tiếng việt", "tieng viet"], "vi"),
    (&["indonesian", "bahasa indonesia"], "id"),
    (&["malay", "bahasa melayu"], "ms"),
    (&["thai", "ไทย", "ภาษาไทย"], "th"),
    (&["hindi", "हिन्दी", "हिंदी"], "hi"),
    (&["bengali", "bangla", "বাংলা"], "bn"),
    (&["urdu", "اردو"], "ur"),
    (&["persian", "farsi", "فارسی"], "fa"),
    (&["hebrew", "עברית"], "he"),
    (&["greek", "ελληνικά"], "el"),
    (&["ukrainian", "українська"], "uk"),
    (&["czech", "čeština", "cestina"], "cs"),
    (&["slovak", "slovenčina"], "sk"),
    (&["hungarian", "magyar"], "hu"),
    (&["romanian", "română", "romana"], "ro"),
    (&["swedish", "svenska"], "sv"),
    (&["norwegian", "norsk", "bokmål"], "nb"),
    (&["danish", "dansk"], "da"),
    (&["finnish", "suomi"], "fi"),
    (&["catalan", "català"], "ca"),
    (&["swahili", "kiswahili"], "sw"),
    // Filipino, the national standard, has its own tag; Tagalog, the language it is based
    // on, has `tl`.
    (&["filipino", "wikang filipino"], "fil"),
    (&["tagalog", "wikang tagalog"], "tl"),
];

/// `language`, when it is a language tag ([`is_language_tag`]); else CC034 at it, and `None`:
/// the source's claims are checked as if it declared no language.
fn language_tag(
    language: Located<String>,
    diagnostics: &mut Diagnostics,
) -> Option<Located<String>> {
    if is_language_tag(&language.value) {
        return Some(language);
    }
    let respelled = language.value.replace('_', "-");
    let lower = crate::words::lowercase(language.value.trim());
    let named = LANGUAGE_NAMES
        .iter()
        .find(|(names, _)| names.contains(&lower.as_str()))
        .map(|(_, tag)| tag);
    let blank = lower.is_empty();
    let help = if blank {
        "write the BCP 47 tag of the article's language (`it` for Italian, `es` for Spanish), or \
         remove `language:` for an article in English"
            .to_string()
    } else if respelled != language.value && is_language_tag(&respelled) {
        format!("language tags join their parts with hyphens: write `language: {respelled}`")
    } else if let Some(tag) = named {
        format!("write the language's tag, not its name: `language: {tag}`")
    } else {
        "write the BCP 47 tag of the article's language (`it` for Italian, `es` for Spanish, `fr` \
         for French, `de` for German, `pt-BR` for Brazilian Portuguese), or remove `language:`"
            .to_string()
    };
    diagnostics.push(
        Diagnostic::new(
            Code::InvalidLanguage,
            if blank {
                "`language:` is written blank".to_string()
            } else {
                format!("`{}` is not a language tag", language.value)
            },
            language.at,
            "not a language tag",
        )
        .with_help(help)
        .with_note(
            "the source's claims are checked as if it declared no language: messages count its \
             units in English plurals",
        ),
    );
    None
}

#[cfg(test)]
mod tests {
    use super::is_language_tag;

    #[test]
    fn language_tags_are_read_as_bcp_47_writes_them() {
        for tag in [
            "it",
            "de",
            "yue",
            "es-419",
            "pt-BR",
            "zh-Hans",
            "sr-Latn-RS",
            "de-CH-1996",
            "x-ruritan",
            "abc-abcdefgh-abcdefgh-abcdefgh-abcd",
        ] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "e",
            "x",
            "x-",
            "i-klingon",
            "Italian",
            "Deutsch",
            "English-US",
            "pt_BR",
            "pt-",
            "-pt",
            "pt--BR",
            "zh-Hans-abcdefghi",
            "1t",
            "it ",
            "ït",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
        let longest = format!("abc{}", "-abcdefgh".repeat(4));
        assert!(!is_language_tag(&longest), "{} bytes", longest.len());
        // Every tag the help offers for a language's name is one, and every name is
        // written as the lowercased name it is compared with.
        for (names, tag) in super::LANGUAGE_NAMES {
            assert!(is_language_tag(tag), "{tag}");
            for name in *names {
                assert_eq!(crate::words::lowercase(name), *name);
            }
        }
        // No name is told two tags: the first would hide the second.
        let mut names: Vec<&str> = super::LANGUAGE_NAMES
            .iter()
            .flat_map(|(names, _)| names.iter().copied())
            .collect();
        let all = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all);
    }

    #[test]
    fn a_language_s_name_is_told_its_tag() {
        for (written, tag) in [
            ("Vietnamese", "vi"),
            ("Tiếng Việt", "vi"),
            ("Korean", "ko"),
            ("Bahasa Indonesia", "id"),
            ("Українська", "uk"),
            // Tagalog has its own tag, which is not Filipino's.
            ("Tagalog", "tl"),
            ("Filipino", "fil"),
            ("Arabic", "ar"),
            ("العربية", "ar"),
        ] {
            let mut diagnostics = crate::diagnostic::Diagnostics::default();
            let language = crate::diagnostic::Located::new(
                written.to_string(),
                crate::diagnostic::Location::new(crate::files::FileId(0), 0..written.len()),
            );
            assert!(super::language_tag(language, &mut diagnostics).is_none());
            let help = diagnostics.into_vec()[0].help.clone().unwrap_or_default();
            assert!(
                help.ends_with(&format!("`language: {tag}`")),
                "{written}: {help}"
            );
        }
    }
}
