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
            let text = common::redact_version(&text);
            insta::assert_snapshot!(format!("exit code: {code}\n\n{text}"));
        });
    });
}
