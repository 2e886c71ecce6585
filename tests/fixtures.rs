//! Runs the real binary on every fixture project under `tests/fixtures/` and snapshots
//! what a user sees: the human rendering (no colour, 100 columns) with the exit code, and
//! the JSON output. Each fixture folder has a `fixture.md` saying what it shows.

use std::path::Path;
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

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn human_output() {
    settings().bind(|| {
        insta::glob!("fixtures/*/fixture.md", |path| {
            let dir = path.parent().unwrap();
            let (text, code) = run(dir, &["check", "."]);
            insta::assert_snapshot!(format!("exit code: {code}\n\n{text}"));
        });
    });
}

#[test]
fn json_output() {
    settings().bind(|| {
        insta::glob!("fixtures/*/fixture.md", |path| {
            let dir = path.parent().unwrap();
            let (text, code) = run(dir, &["check", ".", "--format", "json"]);
            let value: serde_json::Value =
                serde_json::from_str(&text).expect("--format json prints valid JSON");
            assert_eq!(value["version"], 1);
            insta::assert_snapshot!(format!("exit code: {code}\n\n{text}"));
        });
    });
}
