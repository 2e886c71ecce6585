//! `claimcheck coverage` as a user runs it: on fixtures (snapshots of the human and JSON
//! output, with the exit code) and on the shipped corpus, which must be fully covered.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(dir: &Path, args: &[&str]) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the claimcheck binary runs");
    let text = String::from_utf8(output.stdout).expect("UTF-8 output");
    (
        text,
        output.status.code().expect("an exit code, not a signal"),
    )
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn an_unencoded_number_is_reported_and_fails_the_minimum() {
    let dir = fixture("coverage-uncovered-number");
    let (text, code) = run(&dir, &["coverage", ".", "--min-coverage", "100"]);
    assert_eq!(code, 1, "{text}");
    settings().bind(|| {
        insta::assert_snapshot!(
            "coverage_human@coverage-uncovered-number",
            format!("exit code: {code}\n\n{text}")
        );
    });
    // Below the coverage, the same run passes.
    let (_, code) = run(&dir, &["coverage", ".", "--min-coverage", "80"]);
    assert_eq!(code, 0);
}

#[test]
fn coverage_as_json_carries_the_counts_and_the_uncovered_numbers() {
    let dir = fixture("coverage-uncovered-number");
    let (text, code) = run(
        &dir,
        &["coverage", ".", "--format", "json", "--min-coverage", "100"],
    );
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["coverage"]["total"]["uncovered"], 1);
    assert_eq!(value["diagnostics"][0]["code"], "CC210");
    settings().bind(|| {
        insta::assert_snapshot!(
            "coverage_json@coverage-uncovered-number",
            format!("exit code: {code}\n\n{text}")
        );
    });
}

#[test]
fn mistakes_in_coverage_yaml_are_invalid_input() {
    let dir = fixture("coverage-ignore-errors");
    let (text, code) = run(&dir, &["coverage", "."]);
    assert_eq!(code, 2, "{text}");
    settings().bind(|| {
        insta::assert_snapshot!(
            "coverage_human@coverage-ignore-errors",
            format!("exit code: {code}\n\n{text}")
        );
    });
}

#[test]
fn an_invalid_minimum_is_a_usage_error() {
    let dir = fixture("coverage-uncovered-number");
    for bad in ["101", "-1", "most"] {
        let (_, code) = run(&dir, &["coverage", ".", "--min-coverage", bad]);
        assert_eq!(code, 2, "--min-coverage {bad}");
    }
}

#[test]
fn the_shipped_corpus_is_fully_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (text, code) = run(root, &["coverage", ".", "--min-coverage", "100"]);
    assert_eq!(code, 0, "{text}");
    let (json, _) = run(root, &["coverage", ".", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let total = &value["coverage"]["total"];
    assert_eq!(total["uncovered"], 0, "{text}");
    assert_eq!(total["percent"], 100);
    assert!(total["found"].as_u64().unwrap() > 100, "{total}");
    assert_eq!(value["coverage"]["sources"].as_array().unwrap().len(), 5);
    for source in value["coverage"]["sources"].as_array().unwrap() {
        assert_eq!(source["percent"], 100, "{source}");
    }
    assert_eq!(
        value["diagnostics"].as_array().unwrap().len(),
        0,
        "no warning either: every ignore entry is used\n{text}"
    );
}
