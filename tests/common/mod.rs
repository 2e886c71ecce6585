//! Helpers shared by the integration tests: scratch copies of the shipped project and of
//! fixture projects, so that a test can edit files without touching the repository.

#![allow(dead_code)] // each test binary uses its own subset

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture project under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A scratch copy of the shipped project: its four folders and its root YAML files.
pub fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let name = name.to_str().unwrap();
        if ["claims", "sources", "entities", "rules"].contains(&name) {
            copy_dir(&entry.path(), &dir.path().join(name));
        } else if name.ends_with(".yaml") && !name.starts_with('.') {
            std::fs::copy(entry.path(), dir.path().join(name)).unwrap();
        }
    }
    dir
}

/// A scratch copy of a fixture project.
pub fn fixture_copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), dir.path());
    dir
}

/// Replaces the one occurrence of `from` in `file` (relative to `dir`).
pub fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Runs the claimcheck binary in `dir` as a test sees it (no colour, 100 columns): its
/// standard output and exit code.
pub fn run(dir: &Path, args: &[&str]) -> (String, i32) {
    let (stdout, _, code) = run_with_stderr(dir, args);
    (stdout, code)
}

/// Runs the claimcheck binary in `dir` as [`run`] does: its standard output, standard
/// error and exit code.
pub fn run_with_stderr(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the claimcheck binary runs");
    (
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        String::from_utf8(output.stderr).expect("UTF-8 errors"),
        output.status.code().expect("an exit code, not a signal"),
    )
}

/// insta settings for the top-level `snapshots/` folder, without module prefixes.
pub fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// `report` with the tool's version (JSON's `tool_version`, the SARIF driver's `version`)
/// replaced by `[version]`, so that a release changes no snapshot. Tests that take this
/// also check the version is there.
pub fn redact_version(report: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    report
        .replace(
            &format!("\"tool_version\": \"{version}\""),
            "\"tool_version\": \"[version]\"",
        )
        .replace(
            &format!("\"version\": \"{version}\""),
            "\"version\": \"[version]\"",
        )
}

/// A scratch project of one source `a` whose text (`sources/a.txt`) is `article`, with
/// empty `claims/` and `rules/` folders for the test to fill.
pub fn one_source_project(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["sources", "claims", "rules"] {
        std::fs::create_dir(root.join(folder)).unwrap();
    }
    std::fs::write(root.join("sources/a.txt"), article).unwrap();
    std::fs::write(
        root.join("sources/sources.yaml"),
        "sources:\n  - {id: a, title: A, published: 2024-01-01, text: a.txt}\n",
    )
    .unwrap();
    dir
}
