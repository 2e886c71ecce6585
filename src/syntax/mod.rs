//! The syntax layer: a project file's text, read safely inside the project, parsed into a
//! spanned YAML tree ([`yaml`]), and read field by field ([`fields`]) against declared
//! record shapes ([`spec`]), with help in the words of other languages ([`foreign`]).
//!
//! Loading reads claims, sources and entities through it, the rule kinds read their
//! parameters through it, and the configuration and coverage files are read through it
//! too: it knows YAML, spans and values, nothing of claims or rules.

pub mod fields;
mod foreign;
pub mod spec;
pub mod yaml;

use std::path::Path;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::files::FileId;
pub use yaml::Limits;

/// A YAML file that parsed, with its tree.
pub struct Document {
    pub file: FileId,
    pub root: yaml::Node,
}

/// Parses one file's text, reporting why it could not be read.
pub fn parse_document(
    file: FileId,
    text: &str,
    limits: &Limits,
) -> Result<Document, Box<Diagnostic>> {
    match yaml::parse(text, limits) {
        Ok(root) => Ok(Document { file, root }),
        Err(error) => {
            let span = error.span.clone().unwrap_or(0..0);
            let diagnostic = if error.limit == Some(yaml::Limit::Documents) {
                // One document per file is the format, not a budget: a second is a mistake
                // in how the file is written, whatever its size.
                Diagnostic::new(
                    Code::YamlSyntax,
                    "a second YAML document starts here: a file holds one",
                    Location::new(file, span),
                    "another document",
                )
                .with_help(limit_help(error.limit, limits))
            } else if error.over_limit() {
                Diagnostic::new(
                    Code::InputLimit,
                    format!("this file exceeds claimcheck's limits: {}", error.message),
                    Location::new(file, span),
                    "reading stopped here",
                )
                .with_help(limit_help(error.limit, limits))
            } else if error.tag_not_read {
                Diagnostic::new(
                    Code::YamlSyntax,
                    error.message.clone(),
                    Location::new(file, span),
                    "a tag",
                )
                .with_help(format!(
                    "claimcheck reads each value as the text written and carries out no tag \
                     (`!include` includes nothing, `!!binary` decodes nothing): remove the tag; \
                     YAML's core tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, \
                     `!!seq`, `!!map`) are read; {}",
                    what_is_lost(text)
                ))
            } else if let Some(tab) = indenting_tab(&error.message, text, span.start) {
                // The parser points past the tab that indents the line: label the tab.
                Diagnostic::new(
                    Code::YamlSyntax,
                    format!("invalid YAML: {}", error.message),
                    Location::new(file, tab),
                    "a tab",
                )
                .with_help(format!(
                    "YAML indents with spaces only: replace the tab with spaces; {}",
                    what_is_lost(text)
                ))
            } else {
                let help = syntax_help(&error.message, text, span.start);
                Diagnostic::new(
                    Code::YamlSyntax,
                    format!("invalid YAML: {}", error.message),
                    Location::new(file, span),
                    "here",
                )
                .with_help(help)
            };
            Err(Box::new(diagnostic))
        }
    }
}

/// The help for a file over one of the limits: the limit it broke, its value, and what to
/// write instead. The limits are fixed (only the YAML read in a whole run has an option,
/// `--max-yaml`), and the help says so, so that no one looks for a setting.
fn limit_help(limit: Option<yaml::Limit>, limits: &Limits) -> String {
    use yaml::Limit;
    match limit {
        Some(Limit::Depth) => format!(
            "claimcheck reads lists and mappings nested at most {} deep (a claims file needs \
             four levels), a fixed limit: write the values out without nesting them",
            limits.max_depth
        ),
        Some(Limit::Aliases) => format!(
            "claimcheck reads at most {} aliases (`*name`) and anchors (`&name`) in one file, a \
             fixed limit: write the values out instead of referring to them",
            limits.max_aliases
        ),
        Some(Limit::Expansion) => format!(
            "the text of a file's values, with what its aliases (`*name`) repeat, may not \
             exceed the file's own size plus {} bytes, a fixed limit so that a few lines cannot \
             expand to gigabytes: write the values out instead of repeating a large anchor",
            yaml::EXPANSION_ALLOWANCE
        ),
        Some(Limit::Documents) => {
            "a file holds one YAML document: remove the `---` lines after the first, or split \
             the documents into files of their own"
                .to_string()
        }
        Some(Limit::LineBytes) => format!(
            "claimcheck reads lines of at most {} bytes, a fixed limit: break the value over \
             several lines (e.g. `quote: >-` with the text indented below)",
            limits.max_line_bytes
        ),
        None => "write the records out plainly".to_string(),
    }
}

/// The help for a YAML syntax error at byte `at` of `text`: what is lost (the whole file, and
/// how many records), and for the commonest slip, a colon inside a plain value, the cure,
/// written for the field whose value it is ([`quoted_line`]).
fn syntax_help(message: &str, text: &str, at: usize) -> String {
    let lost = what_is_lost(text);
    if message.contains("mapping values are not allowed") {
        let example = quoted_line(text, at).unwrap_or_else(|| "quote: \"...: ...\"".to_string());
        format!(
            "a plain value cannot contain a colon followed by a space (`: `): put the value in \
             double quotes, `{example}`; {lost}"
        )
    } else {
        format!("fix the YAML syntax at the label; {lost}")
    }
}

/// The longest value [`quoted_line`] writes out whole; a longer one is shown as `"...: ..."`.
const LONGEST_VALUE_SHOWN: usize = 60;

/// The line of `text` holding byte `at`, a field of a block mapping (`title: Gansu: all
/// counties`, maybe after the `- ` of a list), written with its value in double quotes:
/// `title: "Gansu: all counties"`. `None` for a line of another shape (a flow mapping).
fn quoted_line(text: &str, at: usize) -> Option<String> {
    let start = text.get(..at)?.rfind('\n').map_or(0, |newline| newline + 1);
    let end = text[at..]
        .find('\n')
        .map_or(text.len(), |newline| at + newline);
    let line = text[start..end].trim_end_matches('\r').trim_start();
    let line = line.strip_prefix("- ").unwrap_or(line).trim_start();
    let (key, value) = line.split_once(": ")?;
    let plain_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    let value = value.trim();
    if !plain_key || value.starts_with(['"', '\'', '{', '[']) {
        return None;
    }
    if value.chars().count() > LONGEST_VALUE_SHOWN {
        return Some(format!("{key}: \"...: ...\""));
    }
    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{key}: \"{escaped}\""))
}

/// What a syntax error costs: the whole file, and how many records.
fn what_is_lost(text: &str) -> String {
    match records_written(text) {
        0 => "nothing in this file is read until it parses".to_string(),
        1 => "nothing in this file is read until it parses: its 1 record (`- id:`) is skipped, \
              and rules naming it will not find it"
            .to_string(),
        n => format!(
            "nothing in this file is read until it parses: its {n} records (`- id:`) are \
             skipped, and rules naming them will not find them"
        ),
    }
}

/// For an error about tabs, the tab that indents a line: what the error is about, where the
/// parser points at the character after it (`tabs disallowed`), or at the start of the value
/// that the indented line would continue (`while scanning a plain scalar, found a tab`). The
/// last tab of the indentation before `at` on its line, else the first tab after `at` that
/// indents a line.
fn indenting_tab(message: &str, text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    if !message.contains("tab") {
        return None;
    }
    let at = at.min(text.len());
    let indents = |tab: usize| {
        let line_start = text[..tab].rfind('\n').map_or(0, |newline| newline + 1);
        text[line_start..tab]
            .bytes()
            .all(|b| b == b' ' || b == b'\t')
    };
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |newline| newline + 1);
    let before = text[line_start..at].rfind('\t').map(|tab| line_start + tab);
    let after = || text[at..].find('\t').map(|tab| at + tab);
    before
        .filter(|&tab| indents(tab))
        .or_else(|| after().filter(|&tab| indents(tab)))
        .map(|tab| tab..tab + 1)
}

/// How many records a file that does not parse holds, as a reader counts them: the lines
/// that open a list entry with its id (`- id:` or `- { id:`).
fn records_written(text: &str) -> usize {
    id_lines(text).count()
}

/// The ids a file that does not parse writes, each at its place, read as a person would.
pub(crate) fn ids_written(file: FileId, text: &str) -> Vec<Located<String>> {
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
    /// `valid_up_to` are those of the file. `utf16` is the UTF-16 encoding the bytes say
    /// they are in, if any ([`utf16_encoding`]).
    NotUtf8 {
        valid_up_to: usize,
        /// The byte at `valid_up_to`.
        first_bad: u8,
        lossy: String,
        utf16: Option<&'static str>,
    },
    /// The system refused to read it: its message, and what kind of refusal it was.
    Io {
        error: String,
        failure: IoFailure,
    },
}

/// What kind of refusal an unreadable file met, for a help line that fits it: "check the
/// file's permissions" sends the author of a link that points back to itself to the wrong
/// place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoFailure {
    /// A symbolic link that leads back to itself, directly or through other links.
    LinkLoop,
    /// A symbolic link to a file that does not exist.
    DanglingLink,
    PermissionDenied,
    /// A folder, FIFO, socket or device with a YAML name: only regular files are read.
    NotAFile,
    /// The file was busy or the read was interrupted: it may read on another try.
    Busy,
    Other,
}

impl IoFailure {
    /// The kind of `error`.
    pub fn of(error: &std::io::Error) -> IoFailure {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::PermissionDenied => IoFailure::PermissionDenied,
            ErrorKind::IsADirectory | ErrorKind::NotADirectory => IoFailure::NotAFile,
            ErrorKind::Interrupted
            | ErrorKind::WouldBlock
            | ErrorKind::TimedOut
            | ErrorKind::ResourceBusy => IoFailure::Busy,
            // ELOOP's kind (`FilesystemLoop`) cannot be named on stable Rust: it is known
            // by its name; the test `a_link_loop_is_told_as_one` notices if that changes.
            kind if format!("{kind:?}") == "FilesystemLoop" => IoFailure::LinkLoop,
            _ => IoFailure::Other,
        }
    }

    /// What to do about it.
    pub fn help(self) -> &'static str {
        match self {
            IoFailure::LinkLoop => {
                "the link points back to itself (directly or through other links): replace it \
                 with the file, or with a link to the file"
            }
            IoFailure::DanglingLink => {
                "the link points to a file that does not exist: point it at the file, or \
                 replace it with the file"
            }
            IoFailure::PermissionDenied => {
                "let the user running claimcheck read the file (e.g. `chmod a+r FILE`) and \
                 enter its folders"
            }
            IoFailure::NotAFile => {
                "only regular files are read: rename or move what has this name, or replace \
                 it with the file"
            }
            IoFailure::Busy => "the file was busy: run again",
            IoFailure::Other => {
                "check that the file can be read (its permissions, its disk); then run again"
            }
        }
    }
}

impl ReadProblem {
    fn io(error: &std::io::Error) -> ReadProblem {
        let failure = IoFailure::of(error);
        // The system's words for a loop differ by system ("Too many levels of symbolic
        // links (os error 40)" on Linux): ours say what it is, the same everywhere.
        let error = match failure {
            IoFailure::LinkLoop => "it is a symbolic link that leads back to itself".to_string(),
            _ => error.to_string(),
        };
        ReadProblem::Io { error, failure }
    }

    pub(crate) fn into_diagnostic(self, file: FileId, name: &str) -> Diagnostic {
        match self {
            ReadProblem::TooLarge { bytes, limit } => Diagnostic::for_file(
                Code::InputLimit,
                format!("`{name}` is {bytes} bytes, more than the limit of {limit}"),
                file,
            )
            .with_help("split the records over several files"),
            ReadProblem::NotUtf8 {
                valid_up_to, utf16, ..
            } => Diagnostic::for_file(
                Code::NotUtf8,
                match utf16 {
                    Some(encoding) => format!("`{name}` is {encoding} text, not UTF-8"),
                    None => {
                        format!("`{name}` is not UTF-8 text (invalid byte at offset {valid_up_to})")
                    }
                },
                file,
            )
            .with_help(match utf16 {
                Some(encoding) => format!("save the file as UTF-8, e.g. `iconv -f {encoding} -t UTF-8`"),
                None => "save the file as UTF-8".to_string(),
            }),
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
            ReadProblem::Io { error, failure } => Diagnostic::for_file(
                Code::Unreadable,
                format!("`{name}` could not be read: {error}"),
                file,
            )
            .with_help(failure.help()),
        }
    }
}

/// Reads `path` as UTF-8 text if it resolves to a file inside `root` (which must be
/// canonical) and is no larger than `max_bytes`.
pub fn read_text_inside(root: &Path, path: &Path, max_bytes: usize) -> Result<String, ReadProblem> {
    let resolved = match path.canonicalize() {
        Ok(resolved) => resolved,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let is_link = path
                .symlink_metadata()
                .is_ok_and(|metadata| metadata.file_type().is_symlink());
            if is_link {
                return Err(ReadProblem::Io {
                    error: "it is a link to a file that does not exist".into(),
                    failure: IoFailure::DanglingLink,
                });
            }
            return Err(ReadProblem::Missing);
        }
        Err(error) => return Err(ReadProblem::io(&error)),
    };
    if !resolved.starts_with(root) {
        return Err(ReadProblem::OutsideRoot);
    }
    let metadata = std::fs::metadata(&resolved).map_err(|e| ReadProblem::io(&e))?;
    if !metadata.is_file() {
        return Err(ReadProblem::Io {
            error: "it is not a regular file".into(),
            failure: IoFailure::NotAFile,
        });
    }
    if metadata.len() > max_bytes as u64 {
        return Err(ReadProblem::TooLarge {
            bytes: metadata.len(),
            limit: max_bytes,
        });
    }
    let bytes = std::fs::read(&resolved).map_err(|e| ReadProblem::io(&e))?;
    String::from_utf8(bytes).map_err(|e| ReadProblem::NotUtf8 {
        valid_up_to: e.utf8_error().valid_up_to(),
        first_bad: e.as_bytes()[e.utf8_error().valid_up_to()],
        lossy: byte_for_byte_lossy(e.as_bytes()),
        utf16: utf16_encoding(e.as_bytes()),
    })
}

/// `bytes` as text to show, each byte that is not UTF-8 shown as `?`: one byte for one, so
/// that every offset into the text is the file's own (a replacement character `�` is three
/// bytes, and a label on it would take in the bytes after the bad one).
pub fn byte_for_byte_lossy(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(std::iter::repeat_n('?', chunk.invalid().len()));
    }
    text
}

/// The UTF-16 encoding `bytes` are in, when they say so: a byte-order mark (`FF FE` is
/// little-endian, `FE FF` big-endian), or, without one, every other byte NUL while the
/// others are not, as Latin text is in UTF-16. Such a file is valid UTF-8 (NUL is a
/// character), so it would be read as text of NULs between letters, and no quote would be
/// found in it. Only the first 4 KiB are looked at.
pub fn utf16_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16BE"),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    // Most of one half NUL and almost none of the other: text in UTF-16, not a stray NUL.
    let mostly = |count: usize| count * 2 >= pairs;
    let hardly = |count: usize| count * 20 <= pairs;
    if mostly(odd) && hardly(even) {
        Some("UTF-16LE")
    } else if mostly(even) && hardly(odd) {
        Some("UTF-16BE")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_told_by_its_byte_order_mark_or_its_nul_bytes() {
        let utf16 = |text: &str, little: bool| -> Vec<u8> {
            text.encode_utf16()
                .flat_map(|unit| {
                    if little {
                        unit.to_le_bytes()
                    } else {
                        unit.to_be_bytes()
                    }
                })
                .collect()
        };
        let with_mark = [&[0xFF, 0xFE][..], &utf16("Die Stadt", true)].concat();
        assert_eq!(utf16_encoding(&with_mark), Some("UTF-16LE"));
        let with_mark = [&[0xFE, 0xFF][..], &utf16("Die Stadt", false)].concat();
        assert_eq!(utf16_encoding(&with_mark), Some("UTF-16BE"));
        let text = "The city has 1,234 parks.";
        assert_eq!(utf16_encoding(&utf16(text, true)), Some("UTF-16LE"));
        assert_eq!(utf16_encoding(&utf16(text, false)), Some("UTF-16BE"));
        // UTF-8 text, with a stray NUL or none, is not UTF-16.
        assert_eq!(utf16_encoding(text.as_bytes()), None);
        assert_eq!(
            utf16_encoding(b"The city\0has 1,234 parks, 56 lakes."),
            None
        );
        assert_eq!(
            utf16_encoding("云南省贵州省广西壮族自治区".as_bytes()),
            None
        );
        assert_eq!(utf16_encoding(b"ab"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_tab_error_is_labelled_at_the_tab_that_indents_the_line() {
        let text = "claims:\n \t- id: a\n";
        let at = text.find('-').unwrap();
        let tab = text.find('\t').unwrap();
        let message = "tabs disallowed within this context (block indentation)";
        assert_eq!(indenting_tab(message, text, at), Some(tab..tab + 1));
        // Not about tabs, or no tab in the indentation: the parser's place stands.
        assert_eq!(indenting_tab("did not find expected key", text, at), None);
        assert_eq!(indenting_tab(message, "claims:\n  - id: a\n", 10), None);
        assert_eq!(indenting_tab(message, "a: b\tc", 6), None);
        // A plain value the tab-indented line would continue: the tab below it.
        let text = "  subject: Gansu\n\tmetric: m\n";
        let at = text.find("Gansu").unwrap();
        let message = "while scanning a plain scalar, found a tab";
        let tab = text.find('\t').unwrap();
        assert_eq!(indenting_tab(message, text, at), Some(tab..tab + 1));
    }

    #[test]
    fn a_link_loop_is_told_as_one() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let looped = root.join("loop.yaml");
        std::os::unix::fs::symlink(&looped, &looped).unwrap();
        let Err(ReadProblem::Io { failure, .. }) = read_text_inside(&root, &looped, 1 << 20) else {
            panic!("a link loop is read")
        };
        assert_eq!(failure, IoFailure::LinkLoop);
        assert!(failure.help().contains("points back to itself"));
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_a_folder_and_a_missing_file_each_get_their_own_problem() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let dangling = root.join("dangling.yaml");
        std::os::unix::fs::symlink(root.join("nowhere.yaml"), &dangling).unwrap();
        let failure = |path: &Path| match read_text_inside(&root, path, 1 << 20) {
            Err(ReadProblem::Io { failure, .. }) => Some(failure),
            _ => None,
        };
        assert_eq!(failure(&dangling), Some(IoFailure::DanglingLink));
        std::fs::create_dir(root.join("folder.yaml")).unwrap();
        assert_eq!(
            failure(&root.join("folder.yaml")),
            Some(IoFailure::NotAFile)
        );
        assert!(matches!(
            read_text_inside(&root, &root.join("absent.yaml"), 1 << 20),
            Err(ReadProblem::Missing)
        ));
    }

    #[test]
    fn each_kind_of_io_error_has_its_own_help() {
        use std::io::{Error, ErrorKind};
        let kinds = [
            (ErrorKind::PermissionDenied, IoFailure::PermissionDenied),
            (ErrorKind::IsADirectory, IoFailure::NotAFile),
            (ErrorKind::Interrupted, IoFailure::Busy),
            (ErrorKind::InvalidData, IoFailure::Other),
        ];
        for (kind, failure) in kinds {
            assert_eq!(IoFailure::of(&Error::from(kind)), failure, "{kind:?}");
        }
        let helps: std::collections::HashSet<_> = [
            IoFailure::LinkLoop,
            IoFailure::DanglingLink,
            IoFailure::PermissionDenied,
            IoFailure::NotAFile,
            IoFailure::Busy,
            IoFailure::Other,
        ]
        .map(IoFailure::help)
        .into_iter()
        .collect();
        assert_eq!(helps.len(), 6);
    }

    #[test]
    fn the_help_for_a_limit_names_that_limit_and_its_value() {
        use yaml::Limit;
        let limits = Limits::default();
        let help = |limit| limit_help(Some(limit), &limits);
        assert!(help(Limit::Depth).contains("nested at most 32 deep"));
        assert!(help(Limit::Aliases).contains("at most 1000 aliases"));
        assert!(help(Limit::Expansion).contains("own size plus 1024 bytes"));
        assert!(help(Limit::LineBytes).contains("lines of at most 1048576 bytes"));
        assert!(help(Limit::Documents).contains("one YAML document"));
        for limit in [
            Limit::Depth,
            Limit::Aliases,
            Limit::Expansion,
            Limit::LineBytes,
        ] {
            assert!(help(limit).contains("a fixed limit"), "{limit:?}");
        }
    }

    #[test]
    fn a_colon_in_a_value_is_cured_on_the_field_it_is_in() {
        let at = |text: &str, from: &str| text.find(from).unwrap();
        let text = "sources:\n  - id: a\n    title: وضعیت: بحرانی\n";
        assert_eq!(
            quoted_line(text, at(text, ": بحرانی")).as_deref(),
            Some("title: \"وضعیت: بحرانی\"")
        );
        let text = "- note: say \\ \"no\": now\n";
        assert_eq!(
            quoted_line(text, at(text, ": now")).as_deref(),
            Some("note: \"say \\\\ \\\"no\\\": now\"")
        );
        let long = format!("title: A: {}\n", "b".repeat(80));
        assert_eq!(
            quoted_line(&long, at(&long, ": b")).as_deref(),
            Some("title: \"...: ...\"")
        );
        // A flow mapping: the generic example.
        let text = "- { id: a, quote: one: two }\n";
        assert_eq!(quoted_line(text, at(text, ": two")), None);
    }

    #[test]
    fn records_are_counted_by_their_id_lines_in_block_and_flow_style() {
        let text = "claims:\n  - id: a\n    quote: x\n  - { id: b, quote: y }\n  -  id: c\n    note: \"- id: not a record\"\n";
        assert_eq!(records_written(text), 3);
    }

    #[test]
    fn a_colon_in_a_plain_value_is_told_to_be_quoted_and_the_loss_counted() {
        let text = "claims:\n  - id: a\n    quote: one: two\n  - id: b\n";
        let help = syntax_help(
            "mapping values are not allowed in this context",
            text,
            text.find(": two").unwrap(),
        );
        assert!(
            help.contains("double quotes, `quote: \"one: two\"`"),
            "{help}"
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
}
