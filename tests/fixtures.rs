//! Runs the real binary on every fixture project under `tests/fixtures/` and snapshots
//! what a user sees: the human rendering (no colour, 100 columns) with the exit code, and
//! the JSON output. Each fixture folder has a `fixture.md` saying what it shows.

mod common;

#[test]
fn human_output() {
    common::snapshot_settings().bind(|| {
        insta::glob!("fixtures/*/fixture.md", |path| {
            let dir = path.parent().unwrap();
            let (text, code) = common::run(dir, &["check", "."]);
            insta::assert_snapshot!(format!("exit code: {code}\n\n{text}"));
        });
    });
}

#[test]
fn json_output() {
    common::snapshot_settings().bind(|| {
        insta::glob!("fixtures/*/fixture.md", |path| {
            let dir = path.parent().unwrap();
            let (text, code) = common::run(dir, &["check", ".", "--format", "json"]);
            let value: serde_json::Value =
                serde_json::from_str(&text).expect("--format json prints valid JSON");
            assert_eq!(value["version"], 1);
            assert_eq!(value["tool_version"], env!("CARGO_PKG_VERSION"));
            for diagnostic in value["diagnostics"].as_array().unwrap() {
                assert_names_its_claims(diagnostic);
            }
            let text = common::redact_version(&text);
            insta::assert_snapshot!(format!("exit code: {code}\n\n{text}"));
        });
    });
}

/// A rule finding (CC1xx) names its rule, its claims and its facts; a citation finding
/// (CC20x) its claim and its facts: what a script reads instead of the message. A rule
/// finding about a relation decided whatever the claims say names the claims its rule names,
/// which may be none (`2 + 2 == 5`), and its facts say so.
fn assert_names_its_claims(diagnostic: &serde_json::Value) {
    let code = diagnostic["code"].as_str().unwrap();
    let claims = diagnostic["claims"].as_array().unwrap();
    if code.starts_with("CC1") {
        assert!(diagnostic["rule"].is_string(), "{code} without its rule");
    }
    if code.starts_with("CC1") || code.starts_with("CC20") {
        let about_the_rule_alone = diagnostic["data"]["whatever_the_claims"] == true;
        assert!(
            !claims.is_empty() || about_the_rule_alone,
            "{code} names no claim: {diagnostic}"
        );
        assert!(diagnostic["data"].is_object(), "{code} carries no data");
    }
}
