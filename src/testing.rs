//! Helpers for unit tests: build a small project on disk from YAML strings and check it.

use std::path::Path;

use crate::check::{self, Outcome};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Located, Location};
use crate::files::FileId;
use crate::model::{Claim, Entities, Entity, EntityId, EntityKind, Listing, SourceId};

/// The article every test project cites, and its source record.
pub const ARTICLE: &str = "All 75 poverty-stricken counties in Gansu Province. \
By the end of 2019, 67 counties have quit, but there are still 8 counties. \
On November 20, Guangxi approved 8 counties of Rongshui, Sanjiang, Napo, Leye, Longlin, \
Luocheng, Dahua, and Duan.\n";

const SOURCES: &str = "\
sources:
  - id: article
    title: A test article
    published: 2020-11-21
    text: article.txt
";

const ENTITIES: &str = "\
entities:
  - { name: China, kind: country }
  - { name: Gansu, kind: province, parent: China }
  - { name: Guangxi, kind: autonomous-region, parent: China }
  - { name: Tibet, kind: autonomous-region, parent: China, aliases: [Xizang] }
  - { name: Rongshui County, kind: county, parent: Guangxi, aliases: [Rongshui] }
  - { name: Sanjiang County, kind: county, parent: Guangxi, aliases: [Sanjiang] }
";

/// Writes a project made of the standard source, article and entities plus `files`
/// (path, contents) into a temporary folder.
pub fn write_project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    write(root, "sources/sources.yaml", SOURCES);
    write(root, "sources/article.txt", ARTICLE);
    write(root, "entities/entities.yaml", ENTITIES);
    for (path, text) in files {
        write(root, path, text);
    }
    dir
}

/// Checks a project made of the standard source, article and entities plus `files`
/// (path, contents), e.g. `("claims/a.yaml", "...")`, `("rules/r.yaml", "...")`, leaving
/// out what the citation checks add (CC2xx diagnostics, "the article says" labels): rule
/// tests write placeholder quotes and test the rule alone, so indices into `diagnostics`
/// and `labels` count the rule's own.
pub fn check_files(files: &[(&str, &str)]) -> Outcome {
    // Turned off, not only left out afterwards: a placeholder quote rarely states its
    // claim's value, and a CC202 the run reports would take in the rule findings that rest
    // on that value.
    let options = check::Options {
        severity: Code::ALL
            .iter()
            .filter(|code| is_citation(**code))
            .map(|&code| (code, crate::config::Level::Off))
            .collect(),
        ..check::Options::default()
    };
    let mut outcome = check_with(files, &options);
    outcome.diagnostics.retain(|d| !is_citation(d.code));
    for diagnostic in &mut outcome.diagnostics {
        diagnostic.labels.retain(|label| {
            !label
                .message
                .starts_with(crate::citation::passages::PASSAGE_LABEL)
        });
    }
    outcome
}

/// Checks like [`check_files`], keeping every diagnostic: for the citation checks.
/// `n` claims, each of its own quantity, that one `range` rule (`small`, at most 3) finds
/// wrong: a run with many findings of one rule.
pub fn one_rule_failing_on(n: usize) -> Outcome {
    let claims: String = std::iter::once("source: article\nclaims:\n".to_string())
        .chain((0..n).map(|n| {
            format!("  - {{ id: c{n}, quote: x, subject: Gansu, metric: m{n}, value: 120, unit: pump }}\n")
        }))
        .collect();
    check_files(&[
        ("claims/a.yaml", &claims),
        (
            "rules/r.yaml",
            "rules:\n  - { id: small, kind: range, max: 3 }\n",
        ),
    ])
}

pub fn check_citations(files: &[(&str, &str)]) -> Outcome {
    check_with(files, &check::Options::default())
}

fn check_with(files: &[(&str, &str)], options: &check::Options) -> Outcome {
    let dir = write_project(files);
    let outcome = check::check(dir.path(), options);
    // The folder is removed on return: read the texts that were let go while it is there.
    outcome.project.files.read_all_texts();
    outcome
}

/// Whether `code` is a citation check's (CC2xx).
pub fn is_citation(code: Code) -> bool {
    code.id().starts_with("CC2")
}

/// The citation codes (CC2xx) of an outcome's diagnostics, in output order.
pub fn citation_codes(outcome: &Outcome) -> Vec<Code> {
    outcome
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|&code| is_citation(code))
        .collect()
}

/// A claim with placeholder locations, for tests of functions that take one.
pub fn claim(id: &str, quote: &str) -> Claim {
    let at = Location::new(FileId(0), 0..0);
    let located = |text: &str| Located::new(text.to_string(), at);
    Claim {
        id: located(id),
        source: SourceId(0),
        source_ref: at,
        quote: Located::new(quote.into(), at),
        subject: Located::new("China".into(), at),
        subject_entity: None,
        subject_ambiguous: false,
        unit_in_english: true,
        metric: Located::new("m".into(), at),
        as_of: Date::parse("2020-11-21").expect("a date"),
        as_of_at: None,
        value: None,
        value_unreadable: false,
        unit: None,
        member_list: None,
        listing: Listing::Exhaustive,
        rare: None,
        at,
        passage: None,
    }
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The messages of all an outcome's diagnostics, in output order.
pub fn messages(outcome: &Outcome) -> Vec<&str> {
    outcome
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect()
}

/// The messages of an outcome's diagnostics of `code`, in output order.
pub fn messages_of(outcome: &Outcome, code: Code) -> Vec<&str> {
    outcome
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.message.as_str())
        .collect()
}

/// Each diagnostic's code and message, in order.
pub fn codes_and_messages(outcome: &Outcome) -> Vec<(Code, &str)> {
    outcome
        .diagnostics
        .iter()
        .map(|d| (d.code, d.message.as_str()))
        .collect()
}

/// The codes of an outcome's diagnostics, in output order, leaving out the citation checks
/// (CC2xx): rule tests write placeholder quotes and test the rule alone.
pub fn codes(outcome: &Outcome) -> Vec<Code> {
    outcome
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|&code| !is_citation(code))
        .collect()
}

/// The text under a diagnostic's primary label.
pub fn primary_text(outcome: &Outcome, index: usize) -> &str {
    let location = outcome.diagnostics[index].primary().expect("a label");
    &outcome.project.files.text(location.file)[location.span()]
}

/// A registry of `(name, kind, parent index, aliases)`, built one entity at a time as the
/// loader does, parents linked by index (their children are not indexed: see
/// `Entities::index_parents`).
pub fn registry(items: &[(&str, EntityKind, Option<u32>, &[&str])]) -> Entities {
    let at = Location::new(FileId(0), 0..0);
    let located = |text: &str| Located::new(text.to_string(), at);
    let mut entities = Entities::default();
    for (name, kind, parent, aliases) in items {
        entities.push(Entity {
            name: located(name),
            kind: Located::new(*kind, at),
            parent: None,
            parent_entity: parent.map(EntityId),
            aliases: aliases.iter().map(|a| located(a)).collect(),
        });
    }
    entities
}
