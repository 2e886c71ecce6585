//! Loading a project: find its YAML files, read them into spanned trees, turn the trees
//! into raw records, then link the records into a validated [`Project`].
//!
//! Every stage collects its problems as diagnostics and carries on with what it could
//! read, so one run reports every mistake in every file.

pub mod claims;
pub mod entities;
pub mod fields;
pub mod link;
pub mod sources;
pub mod spec;
pub mod yaml;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::files::{FileId, Files, display_name};
use crate::model::{Located, Project};
use crate::timings::Timings;
pub use yaml::Limits;

/// The folders of a project, each holding one kind of YAML file.
pub const SOURCES_DIR: &str = "sources";
pub const CLAIMS_DIR: &str = "claims";
pub const ENTITIES_DIR: &str = "entities";
pub const RULES_DIR: &str = "rules";

/// A YAML file that parsed, with its tree.
pub struct Document {
    pub file: FileId,
    pub root: yaml::Node,
}

/// What loading produced: the project as far as it could be validated, the rule files
/// still to be read by the rule engine, and every problem found.
pub struct Loaded {
    pub project: Project,
    pub rule_documents: Vec<Document>,
    pub diagnostics: Diagnostics,
    /// How long reading and parsing, linking and indexing the claims took.
    pub timings: Timings,
}

/// The project a path names. A folder that holds one of the project's folders or
/// `claimcheck.yaml` is a project root itself. From a folder inside a project (its
/// `claims/`, or deeper), the root is found above: the nearest folder that holds
/// `claimcheck.yaml`, or that holds the project folder (`claims/`, `sources/`,
/// `entities/`, `rules/`) the path lies in. `None` when there is no such folder: the path
/// is then reported as no project. (A folder merely somewhere below a project, such as a
/// repository's `docs/`, is not taken for a part of it.)
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let folders = [SOURCES_DIR, CLAIMS_DIR, ENTITIES_DIR, RULES_DIR];
    let has_config = |folder: &Path| folder.join(crate::config::FILE_NAME).is_file();
    if has_config(start) || folders.iter().any(|name| start.join(name).is_dir()) {
        return Some(start.to_path_buf());
    }
    let canonical = start.canonicalize().ok()?;
    let mut child = canonical.as_path();
    while let Some(parent) = child.parent() {
        let in_project_folder = child
            .file_name()
            .is_some_and(|name| folders.iter().any(|folder| name == *folder));
        if has_config(parent) || in_project_folder {
            return Some(parent.to_path_buf());
        }
        child = parent;
    }
    None
}

/// Loads the project under `root`.
pub fn load(root: &Path, limits: &Limits) -> Loaded {
    load_with_progress(root, limits, None)
}

/// What reading one YAML file gave, before its results are merged in file order.
#[derive(Default)]
struct FileResult {
    /// The text to keep for rendering (with invalid bytes replaced when not UTF-8).
    text: Option<Arc<str>>,
    /// Why the file could not be read.
    unreadable: Option<Diagnostic>,
    /// Why it did not parse.
    syntax: Option<Diagnostic>,
    /// What the typed layer read from it, and the problems it found.
    content: Content,
    diagnostics: Diagnostics,
}

#[derive(Default)]
enum Content {
    #[default]
    Nothing,
    Sources(Vec<sources::RawSource>),
    Entities(Vec<entities::RawEntity>),
    /// The claims read, and the ids of the entries that were written but could not be.
    Claims(Vec<claims::RawClaim>, Vec<Located<String>>),
    /// Rule files are read by the rule engine once the project is linked.
    Rules(Document),
}

/// Loads the project under `root`, calling `progress` as files are parsed.
///
/// Files are found and numbered in path order first, so that [`FileId`]s do not depend on
/// thread timing; then each file is read, parsed and turned into raw records on rayon's
/// pool (its YAML tree is dropped as soon as its records are read); then the results are
/// merged in file order, so diagnostics come out as a sequential load would give them.
pub fn load_with_progress(
    root: &Path,
    limits: &Limits,
    progress: Option<&crate::check::Progress>,
) -> Loaded {
    let started = crate::timings::Started::now();
    let mut files = Files::default();
    let mut diagnostics = Diagnostics::default();
    let canonical_root = match root.canonicalize() {
        Ok(path) if path.is_dir() => path,
        _ => {
            diagnostics.push(Diagnostic::general(
                Code::NoProject,
                format!("`{}` is not a folder", root.display()),
                "pass the folder that holds `claims/`, `sources/`, `entities/` and `rules/`",
            ));
            return Loaded {
                project: Project::default(),
                rule_documents: Vec::new(),
                diagnostics,
                timings: Timings::default(),
            };
        }
    };
    files.set_base(canonical_root.clone());
    let folders = [SOURCES_DIR, CLAIMS_DIR, ENTITIES_DIR, RULES_DIR];
    if !folders.iter().any(|f| canonical_root.join(f).is_dir()) {
        diagnostics.push(Diagnostic::general(
            Code::NoProject,
            format!(
                "`{}` holds none of the folders `claims/`, `sources/`, `entities/`, `rules/`",
                root.display()
            ),
            "run claimcheck in a project folder, pass its path, or create one with the layout in the README",
        ));
    }

    // Every YAML file, numbered in the order the folders are read and then by path.
    let order = [SOURCES_DIR, ENTITIES_DIR, CLAIMS_DIR, RULES_DIR];
    let mut listed: Vec<(usize, FileId, PathBuf)> = Vec::new();
    // Files beyond the run's budget of YAML bytes, in listing order: refused unread.
    let mut run_bytes: u64 = 0;
    let mut over_run_budget: std::collections::HashSet<FileId> = Default::default();
    for (folder, name) in order.iter().enumerate() {
        let found = match project_folder(&canonical_root, name) {
            Ok(found) => found,
            Err(outside) => {
                diagnostics.push(*outside);
                continue;
            }
        };
        for path in found.iter().flat_map(|folder| yaml_paths(folder)) {
            let file = files.add(display_name(&canonical_root, &path), path.clone(), "");
            run_bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            if run_bytes > limits.max_run_bytes {
                over_run_budget.insert(file);
            }
            listed.push((folder, file, path));
        }
    }

    let total = listed.len();
    let done = AtomicUsize::new(0);
    if let Some(progress) = progress {
        progress.report(crate::check::Stage::Parse, 0, total);
    }
    let results: Vec<FileResult> = listed
        .par_iter()
        .map(|(folder, file, path)| {
            let result = if over_run_budget.contains(file) {
                FileResult {
                    unreadable: Some(
                        Diagnostic::for_file(
                            Code::InputLimit,
                            format!(
                                "`{}` is past the limit of {} bytes of YAML in one run: it is not read",
                                files.name(*file),
                                limits.max_run_bytes
                            ),
                            *file,
                        )
                        .with_help("check the project in parts, or split it into several projects"),
                    ),
                    ..FileResult::default()
                }
            } else {
                crate::processing::within(files.name(*file), || {
                    read_file(&canonical_root, *folder, *file, path, &files, limits)
                })
            };
            if let Some(progress) = progress {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress.report(crate::check::Stage::Parse, done, total);
            }
            result
        })
        .collect();

    // Merge in file order: per folder, the files that could not be read, then those that
    // did not parse; then what the typed layer reported, sources, entities, claims.
    let mut raw_sources = Vec::new();
    let mut raw_entities = Vec::new();
    let mut raw_claims = Vec::new();
    let mut rejected_claims = Vec::new();
    let mut rule_documents = Vec::new();
    let mut typed = Vec::with_capacity(results.len());
    let mut results = results.into_iter().zip(&listed).peekable();
    for folder in 0..order.len() {
        let mut syntax = Vec::new();
        while let Some((result, (_, file, _))) = results.next_if(|(_, (f, _, _))| *f == folder) {
            if let Some(text) = result.text {
                files.set_text(*file, text);
            }
            diagnostics.extend(result.unreadable);
            syntax.extend(result.syntax);
            match result.content {
                Content::Nothing => {}
                Content::Sources(records) => raw_sources.extend(records),
                Content::Entities(records) => raw_entities.extend(records),
                Content::Claims(records, rejected) => {
                    raw_claims.push(records);
                    rejected_claims.extend(rejected);
                }
                Content::Rules(document) => rule_documents.push(document),
            }
            typed.push(result.diagnostics);
        }
        diagnostics.extend(syntax);
    }
    for found in typed {
        diagnostics.append(found);
    }

    let mut timings = Timings::default();
    timings.record("read and parse", started);
    let mut project = timings.time("link", || {
        link::link(
            &canonical_root,
            files,
            raw_sources,
            raw_entities,
            raw_claims,
            limits,
            &mut diagnostics,
        )
    });
    timings.time("index", || project.index_locations());
    for id in rejected_claims {
        project.rejected_claims.entry(id.value).or_insert(id.at);
    }
    Loaded {
        project,
        rule_documents,
        diagnostics,
        timings,
    }
}

/// Reads, parses and reads the records of one file of `order[folder]`.
fn read_file(
    root: &Path,
    folder: usize,
    file: FileId,
    path: &Path,
    files: &Files,
    limits: &Limits,
) -> FileResult {
    let mut result = FileResult::default();
    let name = files.name(file);
    let text: Arc<str> = match read_text_inside(root, path, limits.max_file_bytes) {
        Ok(text) => text.into(),
        Err(ReadProblem::NotUtf8 { valid_up_to, lossy }) => {
            // Show the file as far as it can be shown, with the bad byte marked.
            result.text = Some(lossy.into());
            result.unreadable = Some(
                Diagnostic::new(
                    Code::NotUtf8,
                    format!("`{name}` is not UTF-8 text"),
                    Location::new(file, valid_up_to..valid_up_to + '\u{FFFD}'.len_utf8()),
                    format!("the first byte that is not UTF-8 (offset {valid_up_to})"),
                )
                .with_help(
                    "save the file as UTF-8; binary files do not belong in the project's YAML folders",
                ),
            );
            return result;
        }
        Err(problem) => {
            result.unreadable = Some(problem.into_diagnostic(file, name));
            return result;
        }
    };
    result.text = Some(text.clone());
    let document = match parse_document(file, &text, limits) {
        Ok(document) => document,
        Err(diagnostic) => {
            if folder == 2 {
                // None of the file's claims loads; a rule naming one says so.
                result.content = Content::Claims(Vec::new(), ids_written(file, &text));
            }
            result.syntax = Some(*diagnostic);
            return result;
        }
    };
    let diagnostics = &mut result.diagnostics;
    result.content = match folder {
        0 => Content::Sources(sources::read(&document, files, diagnostics)),
        1 => Content::Entities(entities::read(&document, diagnostics)),
        2 => {
            let (claims, rejected) = claims::read(&document, diagnostics);
            Content::Claims(claims, rejected)
        }
        _ => Content::Rules(document),
    };
    result
}

/// Parses one file's text, reporting why it could not be read.
pub(crate) fn parse_document(
    file: FileId,
    text: &str,
    limits: &Limits,
) -> Result<Document, Box<Diagnostic>> {
    match yaml::parse(text, limits) {
        Ok(root) => Ok(Document { file, root }),
        Err(error) => {
            let span = error.span.unwrap_or(0..0);
            let diagnostic = if error.over_limit {
                Diagnostic::new(
                    Code::InputLimit,
                    format!("this file exceeds claimcheck's limits: {}", error.message),
                    Location::new(file, span),
                    "reading stopped here",
                )
                .with_help(format!(
                    "claimcheck refuses YAML nested deeper than {} levels, with more than {} aliases, \
                     or with a line over {} bytes: write the records out plainly",
                    limits.max_depth, limits.max_aliases, limits.max_line_bytes
                ))
            } else {
                Diagnostic::new(
                    Code::YamlSyntax,
                    format!("invalid YAML: {}", error.message),
                    Location::new(file, span),
                    "here",
                )
                .with_help(syntax_help(&error.message, text))
            };
            Err(Box::new(diagnostic))
        }
    }
}

/// The help for a YAML syntax error: what is lost (the whole file, and how many records),
/// and for the commonest slip, a colon inside a plain value, the cure.
fn syntax_help(message: &str, text: &str) -> String {
    let records = records_written(text);
    let lost = match records {
        0 => "nothing in this file is read until it parses".to_string(),
        1 => "nothing in this file is read until it parses: its 1 record (`- id:`) is skipped, \
              and rules naming it will not find it"
            .to_string(),
        n => format!(
            "nothing in this file is read until it parses: its {n} records (`- id:`) are \
             skipped, and rules naming them will not find them"
        ),
    };
    if message.contains("mapping values are not allowed") {
        format!(
            "a plain value cannot contain a colon followed by a space (`: `): put the value in \
             double quotes, e.g. `quote: \"...: ...\"`; {lost}"
        )
    } else {
        format!("fix the YAML syntax at the label; {lost}")
    }
}

/// How many records a file that does not parse holds, as a reader counts them: the lines
/// that open a list entry with its id (`- id:` or `- { id:`).
fn records_written(text: &str) -> usize {
    id_lines(text).count()
}

/// The ids a file that does not parse writes, each at its place, read as a person would.
fn ids_written(file: FileId, text: &str) -> Vec<Located<String>> {
    id_lines(text)
        .filter_map(|(offset, rest)| {
            let value = rest.split([',', '}', '#']).next()?.trim();
            let value = value.trim_matches(['"', '\'']);
            let start = offset + rest.find(value)?;
            (!value.is_empty()).then(|| {
                Located::new(
                    value.to_string(),
                    Location::new(file, start..start + value.len()),
                )
            })
        })
        .collect()
}

/// Each line that opens a list entry with its id: the byte offset of the text after `id:`,
/// and that text.
fn id_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text.lines().filter_map(move |line| {
        let rest = line.trim_start().strip_prefix("- ")?;
        let rest = rest.trim_start().trim_start_matches('{').trim_start();
        let rest = rest.strip_prefix("id:")?;
        Some((rest.as_ptr() as usize - base, rest))
    })
}

/// The project folder `name` (`claims`, ...) of the canonical `root`: `None` when there is
/// none, an error when it is a link that leads outside the project (such a folder is
/// refused whole, not walked).
pub fn project_folder(root: &Path, name: &str) -> Result<Option<PathBuf>, Box<Diagnostic>> {
    let folder = root.join(name);
    let Ok(resolved) = folder.canonicalize() else {
        return Ok(None);
    };
    if !resolved.starts_with(root) {
        return Err(Box::new(Diagnostic::general(
            Code::Unreadable,
            format!("`{name}/` is a link to a folder outside the project: it is not read"),
            format!(
                "claimcheck reads only inside the project folder: make `{name}/` a folder of the project"
            ),
        )));
    }
    Ok(resolved.is_dir().then_some(folder))
}

/// Every `.yaml`/`.yml` file under `folder`, recursively, sorted by path. Symbolic links
/// are listed too: reading them checks that they stay inside the project.
pub fn yaml_paths(folder: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    collect_yaml_paths(folder, &mut paths);
    paths.sort();
    paths
}

fn collect_yaml_paths(folder: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            collect_yaml_paths(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) && (file_type.is_file() || file_type.is_symlink())
        {
            out.push(path);
        }
    }
}

/// Why a file inside the project could not be read as text.
#[derive(Debug)]
pub enum ReadProblem {
    Missing,
    OutsideRoot,
    TooLarge {
        bytes: u64,
        limit: usize,
    },
    /// `lossy` is the text with invalid bytes replaced, for display: offsets up to
    /// `valid_up_to` are those of the file.
    NotUtf8 {
        valid_up_to: usize,
        lossy: String,
    },
    Io(String),
}

impl ReadProblem {
    pub(crate) fn into_diagnostic(self, file: FileId, name: &str) -> Diagnostic {
        match self {
            ReadProblem::TooLarge { bytes, limit } => Diagnostic::for_file(
                Code::InputLimit,
                format!("`{name}` is {bytes} bytes, more than the limit of {limit}"),
                file,
            )
            .with_help("split the records over several files"),
            ReadProblem::NotUtf8 { valid_up_to, .. } => Diagnostic::for_file(
                Code::NotUtf8,
                format!("`{name}` is not UTF-8 text (invalid byte at offset {valid_up_to})"),
                file,
            )
            .with_help("save the file as UTF-8"),
            ReadProblem::OutsideRoot => Diagnostic::for_file(
                Code::Unreadable,
                format!("`{name}` is a link to a file outside the project"),
                file,
            )
            .with_help("claimcheck reads only inside the project folder: copy the file in instead of linking it"),
            ReadProblem::Missing => Diagnostic::for_file(
                Code::Unreadable,
                format!("`{name}` disappeared while it was being read"),
                file,
            )
            .with_help("run again once the file is in place"),
            ReadProblem::Io(error) => Diagnostic::for_file(
                Code::Unreadable,
                format!("`{name}` could not be read: {error}"),
                file,
            )
            .with_help("check the file's permissions"),
        }
    }
}

/// Reads `path` as UTF-8 text if it resolves to a file inside `root` (which must be
/// canonical) and is no larger than `max_bytes`.
pub fn read_text_inside(root: &Path, path: &Path, max_bytes: usize) -> Result<String, ReadProblem> {
    let resolved = match path.canonicalize() {
        Ok(resolved) => resolved,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(ReadProblem::Missing);
        }
        Err(error) => return Err(ReadProblem::Io(error.to_string())),
    };
    if !resolved.starts_with(root) {
        return Err(ReadProblem::OutsideRoot);
    }
    let metadata = std::fs::metadata(&resolved).map_err(|e| ReadProblem::Io(e.to_string()))?;
    if !metadata.is_file() {
        return Err(ReadProblem::Io("it is not a regular file".into()));
    }
    if metadata.len() > max_bytes as u64 {
        return Err(ReadProblem::TooLarge {
            bytes: metadata.len(),
            limit: max_bytes,
        });
    }
    let bytes = std::fs::read(&resolved).map_err(|e| ReadProblem::Io(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ReadProblem::NotUtf8 {
        valid_up_to: e.utf8_error().valid_up_to(),
        lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Explanation of CC001, printed by `claimcheck explain CC001`.
pub const EXPLAIN_YAML_SYNTAX: &str = "\
What it checks: every file under claims/, sources/, entities/ and rules/ is one valid
YAML document.

Why it matters: a file that does not parse contributes nothing: its claims go unchecked.
The label points where the parser stopped; the mistake is often just before it (an
unclosed bracket or quote, a tab, a bad indent).

Fails:
    claims:
      - id: gansu-poor-counties
        members: [Gansu, Guangxi      # the list is never closed

Passes:
    claims:
      - id: gansu-poor-counties
        members: [Gansu, Guangxi]
";

/// Explanation of CC002, printed by `claimcheck explain CC002`.
pub const EXPLAIN_INPUT_LIMIT: &str = "\
What it checks: each file stays within claimcheck's resource limits: at most 256 MiB,
no line longer than 1 MiB, nesting at most 32 levels deep, at most 1,000 aliases, and no
alias expansion larger than the file itself; at most 1 GiB of YAML in one run, and at
most 1,000 problems reported for one file. Article texts have the same size limit.

Why it matters: claimcheck runs in CI on pull requests, so its input may be hostile. A
\"billion laughs\" file of nested aliases is a few hundred bytes and expands to gigabytes;
a file nested thousands deep can exhaust the stack. Such files are refused quickly with
bounded memory instead of being expanded.

Fails:
    a: &a [x, x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    # ... each level multiplies the expansion by ten

Passes: ordinary claim files, which use neither deep nesting nor aliases.
";

/// Explanation of CC003, printed by `claimcheck explain CC003`.
pub const EXPLAIN_NOT_UTF8: &str = "\
What it checks: every YAML file is UTF-8 text.

Why it matters: a file in another encoding, or a binary file saved with a .yaml name,
cannot be read reliably; its names and quotes would not match the articles.

Fails: a claims file saved as UTF-16 or GB18030, or an image renamed to claims/x.yaml.

Passes: the same file saved as UTF-8 (any editor's default).
";

/// Explanation of CC004, printed by `claimcheck explain CC004`.
pub const EXPLAIN_UNREADABLE: &str = "\
What it checks: every YAML file in the project can be opened and lies inside the project
folder (a symbolic link that leads outside it is refused).

Why it matters: claimcheck reads only inside the project, so that a pull request cannot
make CI read files elsewhere on the machine.

Fails: claims/extra.yaml -> /etc/passwd (a link out of the project), or a file without
read permission.

Passes: a regular, readable file inside the project.
";

/// Explanation of CC005, printed by `claimcheck explain CC005`.
pub const EXPLAIN_NO_PROJECT: &str = "\
What it checks: the path given to claimcheck is a folder holding at least one of
`claims/`, `sources/`, `entities/` and `rules/`.

Why it matters: checking the wrong folder would otherwise report a clean run with
nothing checked, and CI would pass without looking at anything.

Fails:
    claimcheck check ./does-not-exist
    claimcheck check ./src

Passes:
    claimcheck check .         # in a folder with claims/ and sources/
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_counted_by_their_id_lines_in_block_and_flow_style() {
        let text = "claims:\n  - id: a\n    quote: x\n  - { id: b, quote: y }\n  -  id: c\n    note: \"- id: not a record\"\n";
        assert_eq!(records_written(text), 3);
    }

    #[test]
    fn a_colon_in_a_plain_value_is_told_to_be_quoted_and_the_loss_counted() {
        let help = syntax_help(
            "mapping values are not allowed in this context",
            "claims:\n  - id: a\n    quote: one: two\n  - id: b\n",
        );
        assert!(
            help.starts_with("a plain value cannot contain a colon"),
            "{help}"
        );
        assert!(
            help.contains("its 2 records (`- id:`) are skipped"),
            "{help}"
        );
    }

    #[test]
    fn files_past_the_runs_budget_of_yaml_bytes_are_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("claims")).unwrap();
        for name in ["a.yaml", "b.yaml", "c.yaml"] {
            std::fs::write(dir.path().join("claims").join(name), "claims: []\n").unwrap();
        }
        let limits = Limits {
            max_run_bytes: 15,
            ..Limits::default()
        };
        let loaded = load(dir.path(), &limits);
        let refused: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::InputLimit)
            .map(|d| {
                loaded
                    .project
                    .files
                    .name(d.primary().unwrap().file)
                    .to_string()
            })
            .collect();
        assert_eq!(refused, ["claims/b.yaml", "claims/c.yaml"]);
    }
}
