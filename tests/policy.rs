//! Exit codes, `--deny warnings`, severity overrides, rule and code selection, and
//! suppressions, on copies of the fixture projects.

mod common;

use std::path::Path;
use std::process::Command;

/// Runs `claimcheck check . --format json ARGS` in `dir`: the exit code and the codes
/// reported, with the summary.
fn check(dir: &Path, args: &[&str]) -> (i32, Vec<String>, serde_json::Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let code = output.status.code().unwrap();
    if output.stdout.is_empty() {
        return (code, Vec::new(), serde_json::Value::Null);
    }
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    (code, codes, json["summary"].clone())
}

#[test]
fn exit_codes_are_0_clean_1_findings_2_invalid_input() {
    assert_eq!(check(&common::fixture("count-pass"), &[]).0, 0);
    assert_eq!(check(&common::fixture("count-fail"), &[]).0, 1);
    assert_eq!(check(&common::fixture("input-yaml-syntax"), &[]).0, 2);
}

#[test]
fn deny_warnings_fails_a_run_with_only_warnings() {
    let dir = common::fixture("input-unknown-entity");
    let (plain, codes, _) = check(&dir, &[]);
    assert_eq!(plain, 0);
    assert_eq!(codes, ["CC022", "CC022"]);
    assert_eq!(check(&dir, &["--deny", "warnings"]).0, 1);
}

#[test]
fn the_config_file_lowers_severities_and_the_command_line_raises_them_again() {
    let dir = common::fixture_copy("count-fail");
    std::fs::write(
        dir.path().join("claimcheck.yaml"),
        "severity:\n  count-mismatch: warning\n  CC102: warning\n  CC103: info\n",
    )
    .unwrap();
    let (code, codes, summary) = check(dir.path(), &[]);
    assert_eq!(code, 0, "{codes:?}");
    assert_eq!(summary["warnings"], 2);
    assert_eq!(summary["infos"], 1);
    assert_eq!(check(dir.path(), &["--severity", "CC101=error"]).0, 1);
}

#[test]
fn an_invalid_override_is_invalid_input() {
    let dir = common::fixture_copy("count-pass");
    std::fs::write(
        dir.path().join("claimcheck.yaml"),
        "severity:\n  CC999: warning\n  yaml-syntax: warning\n",
    )
    .unwrap();
    let (code, codes, _) = check(dir.path(), &[]);
    assert_eq!(code, 2);
    assert_eq!(codes, ["CC052", "CC052"]);
    let (code, _, _) = check(
        &common::fixture("count-pass"),
        &["--severity", "CC101=fatal"],
    );
    assert_eq!(code, 2, "a bad --severity is a usage error");
}

#[test]
fn an_empty_or_comment_only_config_file_configures_nothing() {
    for text in [
        "",
        "\n",
        "# severity overrides, none yet\n",
        "---\n# none\n",
    ] {
        let dir = common::fixture_copy("count-pass");
        std::fs::write(dir.path().join("claimcheck.yaml"), text).unwrap();
        let (code, codes, _) = check(dir.path(), &[]);
        assert_eq!((code, codes), (0, Vec::<String>::new()), "{text:?}");
    }
}

#[test]
fn an_unreadable_config_file_is_reported_with_its_reason() {
    let dir = common::fixture_copy("count-pass");
    std::fs::write(
        dir.path().join("claimcheck.yaml"),
        b"severity:\n  CC022: \xff\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "CC003");
    assert_eq!(
        diagnostics[0]["message"],
        "`claimcheck.yaml` is not UTF-8 text (invalid byte at offset 19)"
    );
}

#[test]
fn rule_and_select_run_part_of_the_checks() {
    let dir = common::fixture("count-fail");
    let (_, codes, _) = check(&dir, &["--select", "CC102"]);
    assert_eq!(codes, ["CC102"]);
    let (code, codes, _) = check(&dir, &["--rule", "no-such-rule"]);
    assert_eq!((code, codes), (2, vec!["CC044".to_string()]));
    let (_, codes, _) = check(&dir, &["--rule", "lists-match-counts"]);
    assert_eq!(codes.len(), 3);
}

#[test]
fn a_claim_suppresses_a_code_for_itself_with_a_reason() {
    let dir = common::fixture_copy("count-fail");
    common::edit(
        dir.path(),
        "claims/gansu-guangxi.yaml",
        "    members: [Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua]\n",
        "    members: [Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua]\n    allow:\n      - code: CC101\n        reason: the article names seven of the eight counties\n",
    );
    let (code, codes, summary) = check(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(!codes.contains(&"CC101".to_string()), "{codes:?}");
    assert_eq!(summary["suppressed"], 1);
}

#[test]
fn a_rule_suppresses_a_code_among_its_findings() {
    let dir = common::fixture_copy("count-fail");
    common::edit(
        dir.path(),
        "rules/counts.yaml",
        "    kind: count\n",
        "    kind: count\n    allow:\n      - code: member-kind-mismatch\n        reason: levels are checked by the agreement rule\n",
    );
    let (_, codes, summary) = check(dir.path(), &[]);
    assert_eq!(codes, ["CC101", "CC102"]);
    assert_eq!(summary["suppressed"], 1);
}

#[test]
fn suppressions_that_silence_nothing_are_reported() {
    let dir = common::fixture_copy("count-pass");
    common::edit(
        dir.path(),
        "claims/gansu-guangxi.yaml",
        "    list: partial\n",
        "    list: partial\n    allow:\n      - code: CC101\n        reason: kept from an older version of the list\n",
    );
    let (code, codes, _) = check(dir.path(), &[]);
    assert_eq!(codes, ["CC050"]);
    assert_eq!(code, 0, "an unused suppression is a warning");
}

#[test]
fn a_narrowed_run_does_not_call_suppressions_unused() {
    let dir = common::fixture_copy("count-fail");
    common::edit(
        dir.path(),
        "claims/gansu-guangxi.yaml",
        "    members: [Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua]\n",
        "    members: [Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua]\n    allow:\n      - code: CC101\n        reason: the article names seven of the eight counties\n",
    );
    let (_, codes, _) = check(dir.path(), &["--select", "CC102"]);
    assert_eq!(codes, ["CC102"], "no CC050 for the CC101 suppression");
}

#[test]
fn a_suppression_needs_a_reason() {
    let dir = common::fixture_copy("count-fail");
    common::edit(
        dir.path(),
        "claims/gansu-guangxi.yaml",
        "    members: [Tibet, Gansu, Xizang]\n    list: partial\n",
        "    members: [Tibet, Gansu, Xizang]\n    list: partial\n    allow:\n      - code: CC102\n        reason: \"\"\n",
    );
    let (code, codes, _) = check(dir.path(), &[]);
    assert_eq!(code, 2);
    assert!(codes.contains(&"CC051".to_string()), "{codes:?}");
}
