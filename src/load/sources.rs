//! Reading `sources/*.yaml`: one record per article, naming its text file.

use crate::date::Date;
use crate::diagnostic::{Diagnostics, Located, Location};
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
    Field::optional("note", Shape::Text, "Free text for reviewers."),
];

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
            note,
        });
    }
    out
}
