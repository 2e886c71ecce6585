//! `coverage.yaml`: the reviewed list of numbers in the articles that are not claims.
//!
//! ```yaml
//! ignore:
//!   - source: 2020-10-17-final-sprint
//!     text: "120330032"
//!     reason: licence number in the page footer, not a claim
//! ```
//!
//! An entry ignores every number of the source that lies inside an occurrence of `text`
//! (compared after [normalization](super::normalize)). `text` is usually the number as it
//! appears (`"120330032"`, `"November 21"`); a longer phrase narrows it to one use
//! (`"18th National Congress"`, `"one after another"`) or takes in a group
//! (`"0771-5530647"`). A number that a claim encodes is never counted as ignored.
//!
//! The file is read like every other YAML file (spans, unknown fields, types), and each
//! entry must say why (CC212) and must ignore something (CC213), so that the list stays
//! short, reviewed and current.

use std::path::Path;

use super::numbers::Language;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location, did_you_mean};
use crate::files::display_name;
use crate::model::{Project, SourceId};
use crate::syntax::fields::Reader;
use crate::syntax::spec::{Field, Shape};
use crate::syntax::yaml::{Limits, Value};
use crate::syntax::{ReadProblem, parse_document, read_text_inside};

/// The file's name, at the project root.
pub const FILE: &str = "coverage.yaml";

/// The top level of `coverage.yaml`.
pub const COVERAGE_FILE: &[Field] = &[Field::required(
    "ignore",
    Shape::Records(IGNORE),
    "Numbers in the articles that state no claim, each with the reason a reviewer accepted.",
)];

/// The fields of one ignore entry.
pub const IGNORE: &[Field] = &[
    Field::required(
        "source",
        Shape::Id,
        "The id of the source whose article holds the number.",
    ),
    Field::required(
        "text",
        Shape::Text,
        "The number as the article writes it, or a phrase around it: every number inside each \
         occurrence of this text in the article is ignored.",
    ),
    Field::required(
        "reason",
        Shape::Text,
        "Why the number states no claim (page furniture, a dateline, a slogan...), for the next \
         reviewer.",
    ),
];

/// Where an entry's text was found in its article, for the help of an entry that ignores
/// nothing.
#[derive(Clone, Copy, Debug)]
pub enum Found {
    /// Not in the article.
    Nowhere,
    /// In the article, with no number the article states lying whole inside it.
    WithoutNumber,
    /// Around a number of the article (every such number encoded, if the entry is unused).
    AroundNumber,
}

/// One entry of `ignore:`.
#[derive(Clone, Debug)]
pub struct Ignore {
    pub source: SourceId,
    /// The text whose numbers are ignored, as written.
    pub text: Located<String>,
    pub reason: Located<String>,
    /// The whole entry.
    pub at: Location,
}

/// Reads `coverage.yaml` under `root` (a missing file ignores nothing), registering it in
/// the project's files so that diagnostics can point into it.
pub fn load(
    root: &Path,
    project: &mut Project,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) -> Vec<Ignore> {
    let Ok(root) = root.canonicalize() else {
        return Vec::new();
    };
    let path = root.join(FILE);
    if !path.exists() && path.symlink_metadata().is_err() {
        return Vec::new();
    }
    let name = display_name(&root, &path);
    let file = project.files.add(name.clone(), path.clone(), "");
    let text = match read_text_inside(&root, &path, limits.max_file_bytes) {
        Ok(text) => text,
        Err(ReadProblem::Missing) => return Vec::new(),
        Err(problem) => {
            diagnostics.push(problem.into_diagnostic(file, &name));
            return Vec::new();
        }
    };
    project.files.set_text(file, text.as_str());
    let document = match parse_document(file, &text, limits) {
        Ok(document) => document,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return Vec::new();
        }
    };
    if document.root.value == Value::Null {
        return Vec::new();
    }
    let mut reader = Reader { file, diagnostics };
    let Some(top) = reader.record(&document.root, "coverage file", COVERAGE_FILE) else {
        return Vec::new();
    };
    let Some(list) = top.get("ignore") else {
        reader.missing(
            &top,
            "ignore",
            "list the numbers to ignore under a top-level `ignore:` key",
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    // Where each source's text, normalized, was first written: an entry that repeats one
    // ignores nothing that one does not.
    let mut first_of: crate::hashing::HashMap<(SourceId, String), Location> = Default::default();
    for node in reader.list(list, "ignore") {
        let Some(record) = reader.record(node, "coverage ignore entry", IGNORE) else {
            continue;
        };
        let source = reader.required_text(
            &record,
            "source",
            "name the source whose text holds the number, by its id in sources/*.yaml",
        );
        let text = reader.required_text(
            &record,
            "text",
            "write the number as it appears in the article, e.g. `text: \"120330032\"`",
        );
        let reason = match record.get("reason") {
            Some(node) => match &node.value {
                Value::Scalar(reason) if !reason.trim().is_empty() => {
                    Some(Located::new(reason.clone(), reader.at(node)))
                }
                Value::Scalar(_) | Value::Null => {
                    reader.diagnostics.push(without_reason(
                        reader.at(node),
                        "this reason is empty",
                        text.as_ref(),
                    ));
                    None
                }
                _ => {
                    reader.wrong_type(node, "reason", "a sentence");
                    None
                }
            },
            None => {
                // Point at the number being ignored when it is written.
                let at = record
                    .get("text")
                    .map_or_else(|| record.anchor(), |node| node.span.clone());
                reader.diagnostics.push(without_reason(
                    Location::new(file, at),
                    "no `reason:` for this entry",
                    text.as_ref(),
                ));
                None
            }
        };
        let text = text.filter(|text| {
            let empty = text.value.trim().is_empty();
            if empty {
                reader.diagnostics.push(
                    Diagnostic::new(
                        Code::MissingField,
                        "this ignore entry's `text` is empty",
                        text.at,
                        "empty",
                    )
                    .with_help("write the number as it appears in the article"),
                );
            }
            !empty
        });
        let source = source.and_then(|source| resolve_source(&mut reader, project, &source));
        if let (Some(source), Some(text), Some(reason)) = (source, text, reason) {
            // Of the entries that are read: one left out for its error repeats nothing.
            let key = (source, super::normalize::normalize(&text.value));
            if let Some(&first) = first_of.get(&key) {
                let source_id = &project.source(source).id.value;
                reader.diagnostics.push(repeated(&text, first, source_id));
                continue;
            }
            first_of.insert(key, text.at);
            out.push(Ignore {
                source,
                text,
                reason,
                at: reader.at(node),
            });
        }
    }
    out
}

fn without_reason(at: Location, label: &'static str, text: Option<&Located<String>>) -> Diagnostic {
    let what = text.map_or("a number".to_string(), |t| format!("`{}`", t.value));
    Diagnostic::new(
        Code::IgnoreWithoutReason,
        format!("ignoring {what} needs a reason"),
        at,
        label,
    )
    .with_help(
        "add `reason:` saying why this number states no claim (a licence number in the page \
         footer, an ordinal in a name, the publication date that sources.yaml records...)",
    )
}

fn resolve_source(
    reader: &mut Reader,
    project: &Project,
    source: &Located<String>,
) -> Option<SourceId> {
    if let Some(&id) = project.sources_by_id.get(&source.value) {
        return Some(id);
    }
    let help = match did_you_mean(
        &source.value,
        project.sources_by_id.keys().map(String::as_str),
    ) {
        Some(near) => format!("did you mean `{near}`?"),
        None => "name a source by its `id:` in sources/*.yaml".to_string(),
    };
    reader.diagnostics.push(
        Diagnostic::new(
            Code::UnknownSource,
            format!(
                "coverage.yaml ignores numbers of the source `{}`, which does not exist",
                source.value
            ),
            source.at,
            "no source has this id",
        )
        .with_help(help),
    );
    None
}

/// The CC213 diagnostic for an entry whose source and text (`text`) repeat an entry's
/// written before it, at `first`: it ignores nothing that one does not.
fn repeated(text: &Located<String>, first: Location, source_id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::UnusedIgnore,
        format!(
            "the ignore entry `{}` ignores nothing: an entry above ignores the same text of \
             source `{source_id}`",
            text.value
        ),
        text.at,
        "repeats an entry above",
    )
    .with_label(first, "the entry it repeats")
    .with_help("delete this entry; if its reason says more, move that reason to the entry above")
}

/// The CC213 diagnostic for an entry that ignored nothing, of a source whose article is in
/// `language`.
pub fn unused(ignore: &Ignore, source_id: &str, language: Language, found: Found) -> Diagnostic {
    let holds_a_number =
        !super::numbers::find_numbers_up_to(&ignore.text.value, 1, language).is_empty();
    let (message, label, help) = match found {
        Found::WithoutNumber if !holds_a_number => (
            format!(
                "the ignore entry `{}` ignores nothing: it holds no number",
                ignore.text.value
            ),
            "no number here",
            "`text:` is the number to ignore, as the article writes it (or a passage around \
             it): add the number, or delete the entry",
        ),
        Found::WithoutNumber => (
            format!(
                "the ignore entry `{}` ignores nothing: the article has it only as part of a \
                 longer number or word",
                ignore.text.value
            ),
            "part of a number in the article",
            "`text:` is the whole number to ignore, as the article writes it (or a passage \
             around it): correct it, or delete the entry",
        ),
        Found::AroundNumber => (
            format!(
                "the ignore entry `{}` ignores nothing: every number in it is encoded by a claim",
                ignore.text.value
            ),
            "every number here is encoded",
            "delete the entry: claims now cover these numbers",
        ),
        Found::Nowhere => (
            format!(
                "the ignore entry `{}` ignores nothing: the text of source `{source_id}` does not contain it",
                ignore.text.value
            ),
            "not in the article",
            "correct `text:` to the number as the article writes it, or delete the entry",
        ),
    };
    Diagnostic::new(Code::UnusedIgnore, message, ignore.text.at, label).with_help(help)
}
