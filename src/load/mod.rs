//! Loading a project: find its YAML files, read them into spanned trees, turn the trees
//! into raw records, then link the records into a validated [`Project`].
//!
//! Every stage collects its problems as diagnostics and carries on with what it could
//! read, so one run reports every mistake in every file.

pub mod claims;
pub mod entities;
pub mod link;
pub mod sources;
mod spellings;
pub(crate) mod units;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::{FileId, Files, Fingerprint, display_name};
use crate::intern::Interner;
use crate::model::{LeftOut, Project, Rejected, WhyRejected};
use crate::severity::Severity;
/// Loading reads within these limits.
pub use crate::syntax::Limits;
use crate::syntax::{Document, ReadProblem, ids_written, parse_document, read_text_inside};
use crate::timings::Timings;

/// The folders of a project, each holding one kind of YAML file.
pub const SOURCES_DIR: &str = "sources";
pub const CLAIMS_DIR: &str = "claims";
pub const ENTITIES_DIR: &str = "entities";
pub const RULES_DIR: &str = "rules";

/// The folders in the order they are read: each after those whose records it names, as
/// [`crate::files::INPUT_ORDER`] has them.
const FOLDER_ORDER: [&str; 4] = [SOURCES_DIR, ENTITIES_DIR, CLAIMS_DIR, RULES_DIR];

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
    load_with_progress(root, limits, None, &[])
}

/// CC002's facts for a file refused because the run had read its budget of YAML bytes: a
/// caller that set the budget in its own terms (a command-line flag) words the help from it.
#[derive(Debug, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct RunBudget {
    /// [`Limits::max_run_bytes`].
    pub limit: u64,
}

/// What reading one YAML file gave, before its results are merged in file order.
#[derive(Default)]
struct FileResult {
    /// The text to keep for rendering (with invalid bytes replaced when not UTF-8).
    text: Option<Arc<str>>,
    /// For a file whose records were read, what its text was instead of the text itself:
    /// nothing reads it again unless a finding in it is shown (see
    /// [`Files::read_again_when_shown`]).
    fingerprint: Option<Fingerprint>,
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
    Entities(entities::Read),
    /// The claims read, and the entries that were written but could not be.
    Claims(Vec<claims::RawClaim>, Vec<claims::Unloaded>),
    /// The ids a claims file that does not parse (or is not UTF-8) writes, and why none
    /// of its claims loads.
    ClaimsNotParsed(Vec<Located<String>>, WhyRejected),
    /// Rule files are read by the rule engine once the project is linked.
    Rules(Document),
}

/// Loads the project under `root`, calling `progress` as files are parsed.
///
/// Files are found and numbered in path order first, so that [`FileId`]s do not depend on
/// thread timing; then each file is read, parsed and turned into raw records on rayon's
/// pool (its YAML tree is dropped as soon as its records are read, and so is its text, of
/// which [`Files`] keeps only a fingerprint, to read it again if a finding in it is shown);
/// then the results are merged in file order, so diagnostics come out as a sequential load
/// would give them.
///
/// `codes_off` are the codes the run turns off: their diagnostics are still made (what
/// they found matters to other findings), but help that only they would show is not
/// searched for (CC022's "did you mean").
pub fn load_with_progress(
    root: &Path,
    limits: &Limits,
    progress: Option<&crate::progress::Progress>,
    codes_off: &[Code],
) -> Loaded {
    let started = crate::timings::Started::now();
    let mut files = Files::default();
    let mut diagnostics = Diagnostics::default();
    let canonical_root = match root.canonicalize() {
        Ok(path) if path.is_dir() => path,
        found => {
            // Said as it is: a path that names nothing is no typo'd folder to look into.
            let what = match found {
                Ok(_) => "is not a folder",
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => "does not exist",
                Err(_) => "cannot be read",
            };
            diagnostics.push(Diagnostic::general(
                Code::NoProject,
                format!("`{}` {what}", root.display()),
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
    let order = FOLDER_ORDER;
    let mut listed: Vec<(usize, FileId, PathBuf)> = Vec::new();
    // Files beyond the run's budget of YAML bytes, in listing order: refused unread.
    let mut run_bytes: u64 = 0;
    let mut over_run_budget: crate::hashing::HashSet<FileId> = Default::default();
    let mut unread_folders: crate::hashing::HashMap<FileId, UnreadFolder> = Default::default();
    for (folder, name) in order.iter().enumerate() {
        let found = match project_folder(&canonical_root, name) {
            Ok(found) => found,
            Err(outside) => {
                diagnostics.push(*outside);
                continue;
            }
        };
        if found.is_none()
            && let Some(misnamed) = misnamed_folder(&canonical_root, name)
        {
            let shown = display_name(&canonical_root, &misnamed);
            diagnostics.push(not_read(
                &mut files,
                shown.clone(),
                misnamed,
                format!(
                    "the folder `{shown}/` is not read: a project's {name} are read from `{name}/`"
                ),
                format!("rename the folder to `{name}`"),
            ));
        }
        let listing = found
            .as_deref()
            .map(|found| yaml_paths(&canonical_root, found))
            .unwrap_or_default();
        // Articles lie in `sources/` beside its YAML; the other folders hold YAML alone.
        if *name != SOURCES_DIR {
            for path in listing.not_read {
                let shown = display_name(&canonical_root, &path);
                diagnostics.push(not_read(
                    &mut files,
                    shown.clone(),
                    path,
                    format!("`{shown}` is not read: only `.yaml` and `.yml` files in `{name}/` are"),
                    format!("if it holds {name}, rename it to end in `.yaml`; if not, move it out of `{name}/`"),
                ));
            }
        }
        for path in listing.files {
            let file = files.add(display_name(&canonical_root, &path), path.clone(), "");
            run_bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            if run_bytes > limits.max_run_bytes {
                over_run_budget.insert(file);
            }
            listed.push((folder, file, path));
        }
        // A folder not walked stands in the listing for the files it holds: its folder's
        // loss is known as a file's that did not read (a source that may be declared there
        // is "did not load", not "does not exist").
        for (path, why) in listing.unread {
            let file = files.add(display_name(&canonical_root, &path), path.clone(), "");
            unread_folders.insert(file, why);
            listed.push((folder, file, path));
        }
    }

    let total = listed.len();
    let done = AtomicUsize::new(0);
    // The names claims write, each stored once for all files.
    let names = Interner::default();
    if let Some(progress) = progress {
        progress.report(crate::progress::Stage::Parse, 0, total);
    }
    let results: Vec<FileResult> = listed
        .par_iter()
        .map(|(folder, file, path)| {
            let result = if let Some(why) = unread_folders.get(file) {
                FileResult {
                    unreadable: Some(why.diagnostic(files.name(*file), *file)),
                    ..FileResult::default()
                }
            } else if over_run_budget.contains(file) {
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
                        .with_help("check the project in parts, split it into several projects, or raise the run's budget of YAML bytes")
                        .with_data(&RunBudget {
                            limit: limits.max_run_bytes,
                        }),
                    ),
                    ..FileResult::default()
                }
            } else {
                crate::processing::within(files.name(*file), || {
                    read_file(&canonical_root, *folder, *file, path, &files, &names, limits)
                })
            };
            if let Some(progress) = progress {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress.report(crate::progress::Stage::Parse, done, total);
            }
            result
        })
        .collect();

    // Merge in file order: per folder, the files that could not be read, then those that
    // did not parse; then what the typed layer reported, sources, entities, claims.
    let mut raw_sources = Vec::new();
    // Each file's entity records as they are: the registry's are many, and linking joins
    // them on rayon's pool.
    let mut raw_entities = Vec::new();
    let mut entities_not_loaded = crate::model::NotLoaded::default();
    let mut raw_claims = Vec::new();
    let mut rejected_claims = Vec::new();
    // The claims not loaded that may show their passage, once their sources are known.
    let mut unloaded_claims = Vec::new();
    let mut rule_documents = Vec::new();
    let mut sources_with_errors = Vec::new();
    let mut claim_files_unread = Vec::new();
    let mut typed = Vec::with_capacity(results.len());
    let mut results = results.into_iter().zip(&listed).peekable();
    for folder in 0..order.len() {
        let mut syntax = Vec::new();
        while let Some((result, (_, file, _))) = results.next_if(|(_, (f, _, _))| *f == folder) {
            if let Some(text) = result.text {
                files.set_text(*file, text);
            }
            if let Some(fingerprint) = result.fingerprint {
                files.read_again_when_shown(*file, fingerprint);
            }
            let failed = result.unreadable.is_some()
                || result.syntax.is_some()
                || result
                    .diagnostics
                    .iter()
                    .any(|found| found.severity == Severity::Error);
            if folder == 0 && failed {
                sources_with_errors.push(*file);
            }
            if folder == 1 && (result.unreadable.is_some() || result.syntax.is_some()) {
                entities_not_loaded.files_lost = true;
            }
            // A claims file none of whose ids could be read: a rule naming one of its
            // claims is told the file may hold it.
            if folder == 2
                && result.unreadable.is_some()
                && !matches!(result.content, Content::ClaimsNotParsed(..))
            {
                claim_files_unread.push(*file);
            }
            diagnostics.extend(result.unreadable);
            syntax.extend(result.syntax);
            match result.content {
                Content::Nothing => {}
                Content::Sources(records) => raw_sources.extend(records),
                Content::Entities(read) => {
                    entities_not_loaded.files_lost |= read.lost;
                    entities_not_loaded.names.extend(
                        read.not_loaded
                            .iter()
                            .map(|name| crate::model::name_key(name)),
                    );
                    raw_entities.push(read.entities);
                }
                Content::Claims(records, mut unloaded) => {
                    raw_claims.push(records);
                    rejected_claims.extend(
                        unloaded
                            .iter_mut()
                            .filter_map(|claim| claim.id.take())
                            .map(|id| (id, WhyRejected::OwnErrors)),
                    );
                    unloaded_claims.extend(unloaded);
                }
                Content::ClaimsNotParsed(ids, why) => {
                    rejected_claims.extend(ids.into_iter().map(|id| (id, why.clone())));
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
    use link::Raw;
    let mut project = timings.time("link", || {
        link::link(
            &canonical_root,
            files,
            Raw {
                sources: raw_sources,
                sources_with_errors,
                entities: raw_entities,
                entities_not_loaded,
                claims: raw_claims,
            },
            limits,
            codes_off,
            &mut diagnostics,
        )
    });
    units::spell_one_way(&mut project, &mut diagnostics);
    spellings::spell_one_way(&mut project, &mut diagnostics);
    timings.time("index", || project.index_locations());
    project.claim_files_unread = claim_files_unread;
    for (id, why) in rejected_claims {
        let rejected = Rejected { at: id.at, why };
        project.rejected_claims.entry(id.value).or_insert(rejected);
    }
    for claim in unloaded_claims {
        let source = claim
            .source
            .and_then(|source| project.sources_by_id.get(&*source).copied());
        if let (Some(source), Some(quote)) = (source, claim.quote) {
            project.left_out.push(LeftOut {
                at: claim.at,
                source,
                quote,
                passage: None,
            });
        }
    }
    project.index_left_out();
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
    names: &Interner,
    limits: &Limits,
) -> FileResult {
    let mut result = FileResult::default();
    let name = files.name(file);
    let text: Arc<str> = match read_text_inside(root, path, limits.max_file_bytes) {
        Ok(text) => text.into(),
        Err(ReadProblem::NotUtf8 {
            valid_up_to,
            first_bad,
            lossy,
            utf16,
        }) => {
            // Show the file as far as it can be shown, with the bad byte marked. Its ids
            // are read as a file that does not parse has them read, where its bytes are
            // text: a rule naming one of its claims is told why the claim did not load.
            if folder == 2 && utf16.is_none() {
                result.content =
                    Content::ClaimsNotParsed(ids_written(file, &lossy), WhyRejected::FileNotUtf8);
            }
            result.text = Some(lossy.into());
            let (message, help) = match utf16 {
                Some(encoding) => (
                    format!("`{name}` is {encoding} text, not UTF-8"),
                    format!("save the file as UTF-8, e.g. `iconv -f {encoding} -t UTF-8`"),
                ),
                None => (
                    format!("`{name}` is not UTF-8 text"),
                    "save the file as UTF-8; binary files do not belong in the project's YAML \
                     folders"
                        .to_string(),
                ),
            };
            result.unreadable = Some(
                Diagnostic::new(
                    Code::NotUtf8,
                    message,
                    Location::new(file, valid_up_to..valid_up_to + 1),
                    format!(
                        "the first byte that is not UTF-8 (0x{first_bad:02X}, offset {valid_up_to})"
                    ),
                )
                .with_help(help),
            );
            return result;
        }
        Err(problem) => {
            result.unreadable = Some(problem.into_diagnostic(file, name));
            return result;
        }
    };
    let document = match parse_document(file, &text, limits) {
        Ok(document) => document,
        Err(diagnostic) => {
            // The syntax error is shown in this text.
            result.text = Some(text.clone());
            if folder == 2 {
                // None of the file's claims loads; a rule naming one says so.
                result.content =
                    Content::ClaimsNotParsed(ids_written(file, &text), WhyRejected::FileNotParsed);
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
            let (claims, rejected) = claims::read(&document, names, diagnostics);
            Content::Claims(claims, rejected)
        }
        _ => Content::Rules(document),
    };
    // Rule files keep their text: the rule engine reads their documents, and the spans
    // of its findings, once the project is linked. The records of the other files hold
    // everything later stages read, so their text is let go here, a file at a time, and
    // read again only when a finding in it is shown.
    if matches!(result.content, Content::Rules(_)) {
        result.text = Some(text);
    } else {
        result.fingerprint = Some(Fingerprint::of(text.as_bytes()));
    }
    result
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

/// What a project folder holds to be read: its YAML files, and the folders under it that
/// could not be walked, each a problem to report rather than a part of the project passed
/// over in silence.
#[derive(Debug, Default)]
pub struct Listing {
    /// Every `.yaml`/`.yml` path, sorted.
    pub files: Vec<PathBuf>,
    /// The folders not walked, sorted, and why.
    pub unread: Vec<(PathBuf, UnreadFolder)>,
    /// The files passed over for their names, sorted: neither `.yaml` nor `.yml`, and none
    /// of what a folder of YAML files holds for people or editors ([`kept_beside_yaml`]).
    pub not_read: Vec<PathBuf>,
}

/// Why a folder of the project was not walked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadFolder {
    /// The system refused to list it (no permission): its message.
    Refused(String),
    /// A link to a folder outside the project.
    LinkOutside,
}

impl UnreadFolder {
    /// The CC004 for the folder `name` (as the project names it).
    pub fn diagnostic(&self, name: &str, file: FileId) -> Diagnostic {
        match self {
            UnreadFolder::Refused(error) => Diagnostic::for_file(
                Code::Unreadable,
                format!("the folder `{name}/` could not be read ({error}): the files in it are not checked"),
                file,
            )
            .with_help("make the folder readable and listable (`chmod u+rx`), or move it out of the project"),
            UnreadFolder::LinkOutside => Diagnostic::for_file(
                Code::Unreadable,
                format!("`{name}/` is a link to a folder outside the project: the files in it are not checked"),
                file,
            )
            .with_help("claimcheck reads only inside the project folder: copy the files into the project, or link to a folder inside it"),
        }
    }
}

/// Every `.yaml`/`.yml` file under `folder`, recursively, sorted by path, and the folders
/// that could not be walked. Symbolic links to files are listed too: reading them checks
/// that they stay inside the project; a link to a folder is walked when the folder lies in
/// the project (`root`), once however many links lead to it, and is a problem when it lies
/// outside. Anything else of a YAML name (a folder, a FIFO, a device) is listed for reading
/// to refuse it unopened (CC004) rather than pass over it in silence.
pub fn yaml_paths(root: &Path, folder: &Path) -> Listing {
    let mut listing = Listing::default();
    let mut walked = crate::hashing::HashSet::default();
    let top = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    walked.insert(top.clone());
    collect_yaml_paths(root, &top, folder, &mut listing, &mut walked);
    listing.files.sort();
    read_each_file_once(&mut listing.files);
    listing.unread.sort_by(|a, b| a.0.cmp(&b.0));
    listing.not_read.sort();
    listing
}

/// The CC007 for `path`, a file or folder of the project that is not read: registered
/// among the files (with no text), so that every format names it by its path.
fn not_read(
    files: &mut Files,
    shown: String,
    path: PathBuf,
    message: String,
    help: String,
) -> Diagnostic {
    let file = files.add(shown, path, "");
    Diagnostic::for_file(Code::NotRead, message, file).with_help(help)
}

/// Whether a file named `name` is one a folder of YAML files holds for people, editors or
/// the system, and so is passed over without a word: hidden files (`.gitkeep`), notes
/// (`README`, `*.md`, `LICENSE`, `CHANGELOG`, `NOTES`), an editor's backups, autosaves and
/// swap files (`claims.yaml~`, `#claims.yaml#`, `*.bak`, `*.old`, `*.orig`, `*.save`,
/// `*.swp`, `*.tmp`), and the files a desktop leaves (`Thumbs.db`, `desktop.ini`).
fn kept_beside_yaml(name: &str) -> bool {
    let lower = name.to_lowercase();
    let extension = lower
        .rsplit_once('.')
        .map_or("", |(_, extension)| extension);
    lower.starts_with('.')
        || lower.ends_with('~')
        || (lower.starts_with('#') && lower.ends_with('#'))
        || [
            "readme",
            "license",
            "licence",
            "changelog",
            "notes",
            "authors",
            "copying",
        ]
        .iter()
        .any(|note| lower.starts_with(note))
        || matches!(lower.as_str(), "thumbs.db" | "desktop.ini")
        || matches!(
            extension,
            "md" | "markdown" | "rst" | "bak" | "old" | "orig" | "save" | "swp" | "tmp"
        )
}

/// Whether `path` names a YAML file by its extension, in any case (`rules.YAML`).
fn has_yaml_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml")
        })
}

/// A folder of the canonical `root` named nearly as the missing project folder `name`: in
/// other capitals (`Rules`), in the singular (`rule`, `entity`), or one letter off or two
/// swapped (`clams`, `entites`, `sourcse`); the nearest in that order, then in path order.
/// Never another project folder, nor a word two letters away (`files` is no `rules`).
fn misnamed_folder(root: &Path, name: &str) -> Option<PathBuf> {
    let singular = match name {
        ENTITIES_DIR => "entity",
        _ => name.strip_suffix('s').unwrap_or(name),
    };
    let mut near: Vec<(u8, PathBuf)> = std::fs::read_dir(root)
        .ok()?
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| {
            let folder = entry.file_name().into_string().ok()?;
            if folder.starts_with('.') || FOLDER_ORDER.contains(&folder.as_str()) {
                return None;
            }
            let lower = folder.to_lowercase();
            let rank = if lower == name {
                0
            } else if lower == singular {
                1
            } else if crate::suggest::edit_distance(&lower, name) <= 1 {
                2
            } else {
                return None;
            };
            Some((rank, entry.path()))
        })
        .collect();
    near.sort();
    near.into_iter().next().map(|(_, path)| path)
}

/// Leaves out of `files` (sorted) each link to a file that another of them is, or that an
/// earlier link leads to: a file linked into its own folder would otherwise be read twice,
/// and its claims' ids reported as duplicates of themselves. A link whose target cannot be
/// resolved stays, for reading to say why.
fn read_each_file_once(files: &mut Vec<PathBuf>) {
    let is_link = |path: &Path| {
        path.symlink_metadata()
            .is_ok_and(|meta| meta.file_type().is_symlink())
    };
    let links: Vec<bool> = files.iter().map(|path| is_link(path)).collect();
    if !links.contains(&true) {
        return;
    }
    let mut read: crate::hashing::HashSet<PathBuf> = files
        .iter()
        .zip(&links)
        .filter(|(_, link)| !**link)
        .filter_map(|(path, _)| path.canonicalize().ok())
        .collect();
    let mut link = links.into_iter();
    files.retain(|path| {
        if link.next() != Some(true) {
            return true;
        }
        path.canonicalize()
            .map_or(true, |target| read.insert(target))
    });
}

fn collect_yaml_paths(
    root: &Path,
    top: &Path,
    folder: &Path,
    out: &mut Listing,
    walked: &mut crate::hashing::HashSet<PathBuf>,
) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            out.unread.push((
                folder.to_path_buf(),
                UnreadFolder::Refused(io_reason(&error)),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if has_yaml_extension(&path) {
            out.files.push(path);
        } else if file_type.is_dir() {
            collect_yaml_paths(root, top, &path, out, walked);
        } else if file_type.is_symlink()
            && let Ok(target) = path.canonicalize()
            && target.is_dir()
        {
            if !target.starts_with(root) {
                out.unread.push((path, UnreadFolder::LinkOutside));
            } else if !target.starts_with(top) && !top.starts_with(&target) && walked.insert(target)
            {
                // A link into the folder being walked is walked there anyway, and one
                // back to a folder that holds it would walk it again with the project's
                // other folders: both are passed over. One elsewhere in the project is
                // walked, once.
                collect_yaml_paths(root, top, &path, out, walked);
            }
        } else if path.is_file() && !kept_beside_yaml(&entry.file_name().to_string_lossy()) {
            out.not_read.push(path);
        }
    }
}

/// The system's reason for an error, without the `(os error 13)` that says nothing more.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_lowercase(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_read_in_the_order_of_the_input_that_diagnostics_follow() {
        assert_eq!(FOLDER_ORDER, crate::files::INPUT_ORDER[1..]);
        assert_eq!(crate::files::INPUT_ORDER[0], crate::config::FILE_NAME);
    }

    #[test]
    fn files_of_other_names_are_listed_as_not_read_unless_kept_for_people_or_editors() {
        let dir = tempfile::tempdir().unwrap();
        let rules = dir.path().join("rules");
        std::fs::create_dir_all(rules.join("more")).unwrap();
        for name in [
            "a.yaml",
            "b.YML",
            "c.Yaml",
            "checks.txt",
            "rules.json",
            ".gitkeep",
            "README",
            "notes.md",
            "LICENSE.txt",
            "a.yaml~",
            "a.yaml.bak",
            "a.yaml.orig",
            ".a.yaml.swp",
            "#a.yaml#",
            "a.yaml.save",
            "a.yaml.old",
            "Thumbs.db",
            "desktop.ini",
            "CHANGELOG",
            "more/d.yml",
            "more/e.yaml.txt",
        ] {
            std::fs::write(rules.join(name), "rules: []\n").unwrap();
        }
        let listing = yaml_paths(dir.path(), &rules);
        let names = |paths: &[PathBuf]| -> Vec<String> {
            paths
                .iter()
                .map(|path| display_name(&rules, path))
                .collect()
        };
        assert_eq!(
            names(&listing.files),
            ["a.yaml", "b.YML", "c.Yaml", "more/d.yml"]
        );
        assert_eq!(
            names(&listing.not_read),
            ["checks.txt", "more/e.yaml.txt", "rules.json"]
        );
    }

    #[test]
    fn a_folder_named_nearly_as_a_missing_project_folder_is_found() {
        let dir = tempfile::tempdir().unwrap();
        for folder in [
            "claims", "rule", "Entities", "schemas", ".sources", "docs", "files",
        ] {
            std::fs::create_dir(dir.path().join(folder)).unwrap();
        }
        let near =
            |name| misnamed_folder(dir.path(), name).map(|path| display_name(dir.path(), &path));
        assert_eq!(near(RULES_DIR).as_deref(), Some("rule"));
        assert_eq!(near(ENTITIES_DIR).as_deref(), Some("Entities"));
        // Hidden folders, other project folders and names two letters away (`files`, for
        // `rules`) are not taken.
        assert_eq!(near(SOURCES_DIR), None);
        std::fs::create_dir(dir.path().join("entity")).unwrap();
        std::fs::create_dir(dir.path().join("clams")).unwrap();
        std::fs::create_dir(dir.path().join("Rules")).unwrap();
        // The nearest, when several are near: other capitals, then the singular, then a
        // letter off.
        assert_eq!(near(ENTITIES_DIR).as_deref(), Some("Entities"));
        assert_eq!(near(RULES_DIR).as_deref(), Some("Rules"));
        assert_eq!(near(CLAIMS_DIR).as_deref(), Some("clams"));
    }

    #[cfg(unix)]
    #[test]
    fn a_file_and_the_links_to_it_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let claims = dir.path().join("claims");
        std::fs::create_dir_all(claims.join("more")).unwrap();
        std::fs::write(claims.join("a.yaml"), "claims: []\n").unwrap();
        std::os::unix::fs::symlink("a.yaml", claims.join("b.yaml")).unwrap();
        std::os::unix::fs::symlink("../a.yaml", claims.join("more").join("c.yaml")).unwrap();
        std::os::unix::fs::symlink("missing.yaml", claims.join("d.yaml")).unwrap();
        let listing = yaml_paths(dir.path(), &claims);
        let names: Vec<String> = listing
            .files
            .iter()
            .map(|path| {
                path.strip_prefix(&claims)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.yaml", "d.yaml"]);
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
