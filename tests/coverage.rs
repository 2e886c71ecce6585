//! `claimcheck coverage` as a user runs it: on fixtures (snapshots of the human and JSON
//! output, with the exit code) and on the shipped corpus, which must be fully covered.

mod common;

use std::path::Path;

/// Runs `claimcheck coverage` with `args` on the fixture `name`, asserts its exit code and
/// snapshots its human output as `coverage_human@{name}`; gives back the fixture's folder.
fn snapshot_human(name: &str, args: &[&str], expected: i32) -> std::path::PathBuf {
    let dir = common::fixture(name);
    let mut all = vec!["coverage", "."];
    all.extend_from_slice(args);
    let (text, code) = common::run(&dir, &all);
    assert_eq!(code, expected, "{text}");
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            format!("coverage_human@{name}"),
            format!("exit code: {code}\n\n{text}")
        );
    });
    dir
}

#[test]
fn an_unencoded_number_is_reported_and_fails_the_minimum() {
    let dir = snapshot_human("coverage-uncovered-number", &["--min-coverage", "100"], 1);
    // Below the coverage, the same run passes.
    let (_, code) = common::run(&dir, &["coverage", ".", "--min-coverage", "60"]);
    assert_eq!(code, 0);
}

#[test]
fn coverage_as_json_carries_the_counts_and_the_uncovered_numbers() {
    let dir = common::fixture("coverage-uncovered-number");
    let (text, code) = common::run(
        &dir,
        &["coverage", ".", "--format", "json", "--min-coverage", "100"],
    );
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["coverage"]["total"]["uncovered"], 2);
    assert_eq!(value["diagnostics"][0]["code"], "CC210");
    assert_eq!(value["tool_version"], env!("CARGO_PKG_VERSION"));
    let text = common::redact_version(&text);
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            "coverage_json@coverage-uncovered-number",
            format!("exit code: {code}\n\n{text}")
        );
    });
}

#[test]
fn coverage_in_the_concise_format_is_a_line_per_uncovered_number_and_the_summary() {
    let dir = common::fixture("coverage-uncovered-number");
    let (text, code) = common::run(
        &dir,
        &[
            "coverage",
            ".",
            "--format",
            "concise",
            "--min-coverage",
            "100",
        ],
    );
    assert_eq!(code, 1);
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            "coverage_concise@coverage-uncovered-number",
            format!("exit code: {code}\n\n{text}")
        );
    });
}

#[test]
fn dates_written_day_first_or_in_digits_are_encoded_by_as_of() {
    snapshot_human("coverage-dates", &[], 0);
}

#[test]
fn days_of_months_in_more_languages_are_encoded_by_as_of_and_a_month_alone_by_nothing() {
    let dir = snapshot_human("coverage-dates-in-more-languages", &[], 0);
    let (text, code) = common::run(&dir, &["check", "."]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn a_slovak_or_czech_day_in_the_dative_after_k_is_encoded_by_as_of() {
    let dir = snapshot_human("coverage-slovak-and-czech-reference-dates", &[], 0);
    let (text, code) = common::run(&dir, &["check", "."]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn a_kazakh_day_before_its_month_and_case_ending_is_encoded_by_as_of() {
    let dir = snapshot_human("coverage-kazakh-dates", &[], 0);
    let (text, code) = common::run(&dir, &["check", "."]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn a_tagalog_ordinal_day_before_its_month_is_encoded_by_as_of() {
    let dir = snapshot_human("coverage-tagalog-ordinal-dates", &[], 0);
    let (text, code) = common::run(&dir, &["check", "."]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn an_azerbaijani_uzbek_albanian_or_icelandic_day_before_its_month_is_encoded_by_as_of() {
    let dir = snapshot_human(
        "coverage-azerbaijani-uzbek-albanian-icelandic-dates",
        &[],
        0,
    );
    let (text, code) = common::run(&dir, &["check", "."]);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn a_figure_wrapped_across_a_line_break_is_read_whole_as_check_reads_it() {
    let dir = snapshot_human("coverage-wrapped-figures", &[], 0);
    // The one number coverage finds unencoded is the one value check refuses.
    let (json, _) = common::run(&dir, &["coverage", ".", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["coverage"]["total"]["found"], 3);
    assert_eq!(value["coverage"]["total"]["encoded"], 2);
    let (check, code) = common::run(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(code, 1, "{check}");
    let check: serde_json::Value = serde_json::from_str(&check).expect("valid JSON");
    let refused: Vec<&str> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "CC202")
        .map(|d| d["claims"][0].as_str().unwrap())
        .collect();
    assert_eq!(refused, ["families-enrolled"]);
}

#[test]
fn a_time_written_with_a_point_beside_a_word_of_the_clock_is_no_number() {
    // `o godz. 14.30` and `pukul 22.30 WIB` are times, not figures to encode.
    snapshot_human("value-time-of-day-with-a-point", &[], 0);
}

#[test]
fn the_words_a_declared_language_reads_otherwise_are_no_numbers() {
    // The Polish `one` and `ten` are no numbers, and `15 mil` is 15 (miles).
    snapshot_human("value-declared-language", &[], 0);
}

#[test]
fn a_fiscal_year_is_one_number_encoded_by_a_period_across_its_two_years() {
    snapshot_human("coverage-fiscal-years", &[], 0);
}

#[test]
fn a_number_quoted_by_a_claim_that_did_not_load_is_told_to_mend_the_claim() {
    snapshot_human("coverage-claim-left-out", &[], 2);
}

#[test]
fn mistakes_in_coverage_yaml_are_invalid_input() {
    snapshot_human("coverage-ignore-errors", &[], 2);
}

#[test]
fn an_invalid_minimum_is_a_usage_error() {
    let dir = common::fixture("coverage-uncovered-number");
    for bad in ["101", "-1", "most"] {
        let (_, code) = common::run(&dir, &["coverage", ".", "--min-coverage", bad]);
        assert_eq!(code, 2, "--min-coverage {bad}");
    }
}

#[test]
fn the_shipped_corpus_is_fully_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (text, code) = common::run(root, &["coverage", ".", "--min-coverage", "100"]);
    assert_eq!(code, 0, "{text}");
    let (json, _) = common::run(root, &["coverage", ".", "--format", "json"]);
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

#[test]
fn a_spelled_ordinal_the_corpus_no_longer_ignores_is_uncovered() {
    // "the third consecutive year" of zero false exits, with its ignore entry removed.
    let dir = common::corpus_copy();
    let path = dir.path().join("coverage.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let entry = "    text: the third consecutive year\n";
    let at = text.find(entry).expect("the entry in coverage.yaml");
    let start = text[..at].rfind("  - source:").unwrap();
    let end = text[at..]
        .find("  - source:")
        .map_or(text.len(), |e| at + e);
    std::fs::write(&path, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (json, _) = common::run(dir.path(), &["coverage", ".", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let uncovered: Vec<&str> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "CC210")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(uncovered.len(), 1, "{uncovered:?}");
    assert!(uncovered[0].starts_with("`third`"), "{uncovered:?}");
}

#[test]
fn messages_name_files_from_the_working_folder_as_the_locations_do() {
    // Found from outside: `coverage sub` said `claims/broken.yaml` could not be read, where
    // its location and `check` said `sub/claims/broken.yaml`.
    let parent = tempfile::tempdir().unwrap();
    let project = parent.path().join("sub");
    common::copy_dir(&common::fixture("coverage-uncovered-number"), &project);
    std::fs::create_dir_all(project.join("claims/broken.yaml")).unwrap();
    let (text, code) = common::run(parent.path(), &["coverage", "sub", "--format", "json"]);
    assert_eq!(code, 2, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    let unreadable = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "CC004")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(unreadable["file"], "sub/claims/broken.yaml");
    assert!(
        unreadable["message"]
            .as_str()
            .unwrap()
            .starts_with("`sub/claims/broken.yaml` could not be read"),
        "{unreadable:#}"
    );
}

#[test]
fn a_project_in_which_no_number_is_read_has_no_share_covered() {
    // Found from outside: an article whose figures were all written onto words showed
    // "100.0% covered", and its JSON `percent: 100` beside `found: 0`.
    let dir = common::one_source_project("Nothing here is counted, nor dated.\n");
    let (text, code) = common::run(dir.path(), &["coverage", ".", "--min-coverage", "100"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(
            "no number read in 1 source: nothing to cover (minimum 100%: nothing to judge)"
        ),
        "{text}"
    );
    assert!(!text.contains("100.0%"), "{text}");
    let (json, _) = common::run(dir.path(), &["coverage", ".", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let total = &value["coverage"]["total"];
    assert_eq!(total["found"], 0, "{total}");
    assert!(total["percent"].is_null(), "{total}");
    assert!(
        value["coverage"]["sources"][0]["percent"].is_null(),
        "{json}"
    );
}
