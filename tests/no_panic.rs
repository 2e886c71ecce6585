//! Inputs that once crashed claimcheck (exit 101): each now runs to a verdict in every
//! command and format.

mod common;

use std::path::Path;

/// A project of one source `a` whose text is `article`, and one claim quoting `quote`.
fn project(article: &str, quote: &str) -> tempfile::TempDir {
    let dir = common::one_source_project(article);
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        format!(
            "source: a\nclaims:\n  - {{id: c, quote: {}, subject: S, metric: m, status: done}}\n",
            serde_json::to_string(quote).unwrap()
        ),
    )
    .unwrap();
    dir
}

/// Every command that loads the project, in every format: none may crash.
fn assert_every_command_runs(root: &Path) {
    let runs: [&[&str]; 8] = [
        &["check", "."],
        &["check", ".", "--format", "json"],
        &["check", ".", "--format", "sarif"],
        &["check", ".", "--format", "github"],
        &["check", ".", "--format", "junit"],
        &["coverage", "."],
        &["list", "claims", "."],
        &["list", "sources", "."],
    ];
    for args in runs {
        let (_, code) = common::run(root, args);
        assert!(matches!(code, 0 | 1), "{args:?} exited {code}");
    }
}

#[test]
fn a_search_start_inside_a_multibyte_character_is_no_match_not_a_crash() {
    // The rarest inner word `x` occurs first right after `é` (two bytes): the computed start
    // of the quote falls inside it.
    let dir = project("é x z.\na x b.\n", "a x b.");
    assert_every_command_runs(dir.path());
    let (json, code) = common::run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 0, "{json}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["diagnostics"], serde_json::json!([]), "{json}");
}

#[test]
fn quotes_among_names_in_other_scripts_are_found() {
    let article = "Geġark'unik' x y. Širak x y. Armavir x y.\n";
    let dir = project(article, "Armavir x y.");
    assert_every_command_runs(dir.path());
    let (json, code) = common::run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 0, "{json}");
}
