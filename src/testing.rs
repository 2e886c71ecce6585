//! Helpers for unit tests: build a small project on disk from YAML strings and check it.

use std::path::Path;

use crate::check::{self, Outcome};
use crate::codes::Code;

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

/// Checks a project made of the standard source, article and entities plus `files`
/// (path, contents), e.g. `("claims/a.yaml", "...")`, `("rules/r.yaml", "...")`.
pub fn check_files(files: &[(&str, &str)]) -> Outcome {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    write(root, "sources/sources.yaml", SOURCES);
    write(root, "sources/article.txt", ARTICLE);
    write(root, "entities/entities.yaml", ENTITIES);
    for (path, text) in files {
        write(root, path, text);
    }
    check::check(root, &check::Options::default())
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The codes of an outcome's diagnostics, in output order, leaving out the citation checks
/// (CC2xx): rule tests write placeholder quotes and test the rule alone.
pub fn codes(outcome: &Outcome) -> Vec<Code> {
    outcome
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|code| !code.id().starts_with("CC2"))
        .collect()
}

/// The text under a diagnostic's primary label.
pub fn primary_text(outcome: &Outcome, index: usize) -> &str {
    let location = outcome.diagnostics[index].primary().expect("a label");
    &outcome.project.files.text(location.file)[location.span.clone()]
}
