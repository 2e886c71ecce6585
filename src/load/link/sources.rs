//! Sources: their ids, and the article texts they name, read as UTF-8 files inside the
//! project (never through a link that leads out of it).

use std::path::{Component, Path};

use rayon::prelude::*;

use super::duplicate;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::{Fingerprint, display_name};
use crate::hashing::HashMap;
use crate::load::Limits;
use crate::load::sources::RawSource;
use crate::model::{Project, Source, SourceId};
use crate::suggest::SuggestionIndex;
use crate::syntax::{ReadProblem, read_text_inside, utf16_encoding};

pub(super) fn link_sources(
    root: &Path,
    project: &mut Project,
    raw_sources: Vec<RawSource>,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) {
    // Duplicates first, in order; then the article texts are read on rayon's pool; then
    // each is registered in source order, so file ids do not depend on thread timing.
    let mut seen: HashMap<String, Location> = HashMap::default();
    let mut kept = Vec::with_capacity(raw_sources.len());
    for raw in raw_sources {
        if let Some(first) = seen.get(&raw.id.value) {
            diagnostics.push(duplicate("source", &raw.id.value, first, &raw.id.at));
            continue;
        }
        seen.insert(raw.id.value.clone(), raw.id.at);
        kept.push(raw);
    }
    let listings = TextListings::default();
    let texts: Vec<(Option<SourceText>, Diagnostics)> = kept
        .par_iter()
        .map(|raw| {
            let mut found = Diagnostics::default();
            let text = read_source_text(root, raw, limits, &listings, &mut found);
            (text, found)
        })
        .collect();
    for (raw, (text, found)) in kept.into_iter().zip(texts) {
        diagnostics.extend(found.into_vec());
        let text = text.map(|(name, path, fingerprint)| {
            let file = project.files.add(name, path, "");
            project.files.read_again_when_shown(file, fingerprint);
            file
        });
        if let (Some(file), Some(url)) = (text, &raw.url) {
            project.files.set_url(file, url.value.clone());
        }
        let id = SourceId(project.sources.len() as u32);
        project.sources_by_id.insert(raw.id.value.clone(), id);
        project.sources.push(Source {
            entry: raw.entry,
            id: raw.id,
            title: raw.title,
            publisher: raw.publisher,
            published: raw.published,
            place: raw.place,
            url: raw.url,
            text_path: raw.text_path,
            text,
            decimal_mark: raw.decimal_mark,
            language: raw.language,
            note: raw.note,
        });
    }
}

/// The article texts (`.txt` files) of each folder a missing text was looked for in,
/// listed once and indexed for "did you mean", however many texts of the folder are
/// missing.
#[derive(Default)]
struct TextListings {
    by_folder: std::sync::Mutex<HashMap<std::path::PathBuf, std::sync::Arc<TextListing>>>,
}

struct TextListing {
    names: Vec<String>,
    index: SuggestionIndex,
}

impl TextListings {
    /// The `.txt` file of `folder` whose name is closest to `wanted`, if one is close.
    fn closest(&self, folder: &Path, wanted: &str) -> Option<String> {
        let listing = {
            let mut by_folder = self
                .by_folder
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            by_folder
                .entry(folder.to_path_buf())
                .or_insert_with(|| {
                    let mut names: Vec<String> = std::fs::read_dir(folder)
                        .map(|entries| {
                            entries
                                .flatten()
                                .filter_map(|e| e.file_name().into_string().ok())
                                .filter(|name| name.ends_with(".txt"))
                                .collect()
                        })
                        .unwrap_or_default();
                    // In one order whatever order the folder lists them in.
                    names.sort_unstable();
                    let index = SuggestionIndex::new(names.iter().map(String::as_str));
                    std::sync::Arc::new(TextListing { names, index })
                })
                .clone()
        };
        let position = listing.index.closest_position(wanted)?;
        listing.names.get(position as usize).cloned()
    }
}

/// An article text as read: its display name, path and fingerprint. The text itself is
/// let go and read again by the citation checks, one article at a time, and by the reports
/// that show it.
type SourceText = (String, std::path::PathBuf, Fingerprint);

fn read_source_text(
    root: &Path,
    raw: &RawSource,
    limits: &Limits,
    listings: &TextListings,
    diagnostics: &mut Diagnostics,
) -> Option<SourceText> {
    let written = raw.text_path.as_ref()?;
    let relative = Path::new(&written.value);
    let escapes = relative.is_absolute()
        || relative
            .components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        || climbs_out(root, &raw.folder, relative);
    if escapes {
        diagnostics.push(outside_root(written));
        return None;
    }
    let path = raw.folder.join(relative);
    match read_text_inside(root, &path, limits.max_file_bytes) {
        Ok(text) => match utf16_encoding(text.as_bytes()) {
            // Valid UTF-8 that is UTF-16 without its byte-order mark: letters between NULs.
            Some(encoding) => {
                let why = format!(
                    "is {encoding} without a byte-order mark, not UTF-8: every other byte is NUL"
                );
                diagnostics.push(not_utf8(raw, written, &why, Some(encoding)));
                None
            }
            // An article of no words is one not pasted yet: one finding here, where each
            // claim citing it would be told its quote is not in the article.
            None if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::SourceTextMissing,
                        format!(
                            "the text of source `{}` is empty: `{}` holds no text",
                            raw.id.value, written.value
                        ),
                        written.at,
                        match text.trim_start_matches('\u{feff}') {
                            "" if text.is_empty() => "an empty file",
                            "" => "a byte-order mark only",
                            _ => "a file of white space only",
                        },
                    )
                    .with_help(
                        "put the article's text in that file: its claims' quotes are checked \
                         against it, and are not checked until it holds the text",
                    ),
                );
                None
            }
            None => Some((
                display_name(root, &path),
                path,
                Fingerprint::of(text.as_bytes()),
            )),
        },
        Err(ReadProblem::OutsideRoot) => {
            diagnostics.push(outside_root(written));
            None
        }
        Err(ReadProblem::Missing) => {
            let help = match listings.closest(&raw.folder, &written.value) {
                Some(name) => format!("did you mean `{name}`?"),
                None => "put the article's text in that file, or correct the path (it is relative to this YAML file)".to_string(),
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextMissing,
                    format!(
                        "the text of source `{}` is missing: no file `{}`",
                        raw.id.value, written.value
                    ),
                    written.at,
                    "no such file",
                )
                .with_help(help),
            );
            None
        }
        Err(ReadProblem::NotUtf8 {
            valid_up_to,
            lossy,
            utf16,
            ..
        }) => {
            let why = match utf16 {
                Some(encoding) => format!("is {encoding}, not UTF-8"),
                None => {
                    // Where the bad byte is, as an editor shows it: the text before it is
                    // valid, so its lines and characters can be counted.
                    let before = &lossy[..valid_up_to.min(lossy.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    format!(
                        "is not UTF-8 (the first invalid byte is at line {line}, column {column}, \
                         byte offset {valid_up_to})"
                    )
                }
            };
            diagnostics.push(not_utf8(raw, written, &why, utf16));
            None
        }
        Err(ReadProblem::TooLarge { bytes, limit }) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::InputLimit,
                    format!(
                        "the text of source `{}` is {bytes} bytes, more than the limit of {limit}",
                        raw.id.value
                    ),
                    written.at,
                    "this file is too large",
                )
                .with_help("keep only the article's text in the file"),
            );
            None
        }
        Err(ReadProblem::Io { error, failure }) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextMissing,
                    format!(
                        "the text of source `{}` could not be read: {error}",
                        raw.id.value
                    ),
                    written.at,
                    "unreadable",
                )
                .with_help(failure.help()),
            );
            None
        }
    }
}

/// The CC032 error of a source whose text `why` (after "the text of source `x`"); `utf16`
/// the UTF-16 encoding it is in, if known, for the help's conversion.
pub(super) fn not_utf8(
    raw: &RawSource,
    written: &Located<String>,
    why: &str,
    utf16: Option<&str>,
) -> Diagnostic {
    let help = match utf16 {
        Some(encoding) => {
            format!("convert the article to UTF-8 plain text, e.g. `iconv -f {encoding} -t UTF-8`")
        }
        None => "convert the article to UTF-8 plain text from the encoding it was saved in, e.g. \
                 `iconv -f GB18030 -t UTF-8` for Chinese or `iconv -f WINDOWS-1252 -t UTF-8` for \
                 Western European text"
            .to_string(),
    };
    Diagnostic::new(
        Code::SourceTextNotUtf8,
        format!("the text of source `{}` {why}", raw.id.value),
        written.at,
        "this file is not UTF-8 text",
    )
    .with_help(help)
}

/// Whether `relative`, taken from `folder`, climbs above `root` at any point.
fn climbs_out(root: &Path, folder: &Path, relative: &Path) -> bool {
    let mut depth = folder
        .strip_prefix(root)
        .map(|inside| inside.components().count() as isize)
        .unwrap_or(0);
    for component in relative.components() {
        match component {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

fn outside_root(written: &Located<String>) -> Diagnostic {
    Diagnostic::new(
        Code::SourceTextOutsideRoot,
        format!("the source text `{}` lies outside the project", written.value),
        written.at,
        "this path leaves the project folder",
    )
    .with_help("claimcheck reads only inside the project: copy the article into `sources/` and name it relative to the YAML file")
}
