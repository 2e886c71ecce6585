//! The diagnostics about a run's own options name them as the user typed them: the
//! library reports which rule id or baseline was wrong, the command line words it.

mod common;

use std::path::Path;

fn claimcheck(dir: &Path, args: &[&str]) -> (String, String, i32) {
    common::run_with_stderr(dir, args)
}

#[test]
fn an_unknown_rule_is_named_by_its_flag_in_every_format() {
    let project = common::corpus_copy();
    let dir = project.path();
    let (human, _, code) = claimcheck(dir, &["check", "--rule", "nope", "--rule", "other"]);
    assert_eq!(code, 2, "{human}");
    for id in ["nope", "other"] {
        assert!(
            human.contains(&format!(
                "× `--rule {id}` names no rule of this project\n  help: `claimcheck list rules` shows the rules' ids"
            )),
            "{human}"
        );
    }
    let (json, _, code) = claimcheck(dir, &["check", "--rule", "nope", "--format", "json"]);
    assert_eq!(code, 2);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let unknown = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "CC044")
        .unwrap();
    assert_eq!(
        unknown["message"],
        "`--rule nope` names no rule of this project"
    );
    assert_eq!(
        unknown["help"],
        "`claimcheck list rules` shows the rules' ids"
    );
    // A slip of a rule's id is answered with the id.
    let (json, _, code) = claimcheck(
        dir,
        &[
            "check",
            "--rule",
            "gansu-exited-and-remaning-make-the-total",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 2);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let help = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "CC044")
        .map(|d| d["help"].clone());
    assert_eq!(
        help,
        Some(
            "did you mean `--rule gansu-exited-and-remaining-make-the-total`? `claimcheck list rules` shows the rules' ids".into()
        )
    );
}

#[test]
fn a_baseline_that_cannot_be_read_says_how_to_write_one() {
    let project = common::corpus_copy();
    let dir = project.path();
    std::fs::write(dir.join("garbled.json"), "[1, 2]").unwrap();
    let (_, stderr, code) = claimcheck(dir, &["check", "--baseline", "garbled.json"]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: garbled.json: not a claimcheck baseline ("),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("); write one with --write-baseline\n"),
        "{stderr}"
    );
    std::fs::write(
        dir.join("future.json"),
        r#"{"version": 3, "tool": "claimcheck", "findings": []}"#,
    )
    .unwrap();
    let (_, stderr, code) = claimcheck(dir, &["check", "--baseline", "future.json"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: future.json: baseline version 3 is not a version this claimcheck reads (1 or 2); \
         write it again with --write-baseline\n"
    );
}

#[test]
fn the_runs_budget_of_yaml_is_set_by_its_flag_and_named_by_it_when_exceeded() {
    let project = common::corpus_copy();
    let dir = project.path();
    let budget_refusals = |args: &[&str]| {
        let (json, stderr, code) = claimcheck(dir, args);
        let report: serde_json::Value = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{args:?} exited {code}: {e}: {stderr}"));
        let refused: Vec<serde_json::Value> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "CC002" && d["data"]["limit"].is_u64())
            .cloned()
            .collect();
        (refused, code)
    };
    let (refused, code) = budget_refusals(&["check", "--format", "json", "--max-yaml", "4kB"]);
    assert_eq!(code, 2, "refused files are invalid input");
    assert!(!refused.is_empty());
    for diagnostic in &refused {
        assert_eq!(diagnostic["data"]["limit"], 4000);
        let help = diagnostic["help"].as_str().unwrap();
        assert!(help.contains("`--max-yaml SIZE`"), "{help}");
    }
    let (refused, code) = budget_refusals(&["check", "--format", "json", "--max-yaml", "1GiB"]);
    assert!(refused.is_empty());
    assert_eq!(code, 1, "the corpus's findings, as without the flag");

    let (_, stderr, code) = claimcheck(dir, &["check", "--max-yaml", "4 TB"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`4 TB` is not a size"), "{stderr}");
}
