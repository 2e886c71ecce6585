//! Replays, under stable `cargo test`, every input that once crashed a fuzz target
//! (`fuzz/regressions/<target>/`) and every seed of its corpus (`fuzz/seeds/<target>/`),
//! through the same entry points the targets call (`claimcheck::fuzzing`). A crash fixed
//! once stays fixed without nightly or cargo-fuzz.

mod common;

use std::path::PathBuf;

/// The inputs of `target`: its regressions, then its seeds.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for folder in ["regressions", "seeds"] {
        let dir = common::root().join("fuzz").join(folder).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).unwrap();
            out.push((path, bytes));
        }
    }
    assert!(!out.is_empty(), "no inputs for the fuzz target `{target}`");
    out
}

#[test]
fn yaml_fast_path_inputs_replay() {
    for (_, data) in inputs("yaml_fast_path") {
        claimcheck::fuzzing::yaml_fast_path(&data);
    }
}

#[test]
fn figure_inputs_replay() {
    for (_, data) in inputs("figure") {
        claimcheck::fuzzing::figure(&data);
    }
}

#[test]
fn expression_inputs_replay() {
    for (_, data) in inputs("expression") {
        claimcheck::fuzzing::expression(&data);
    }
}

#[test]
fn quote_inputs_replay() {
    for (_, data) in inputs("quote") {
        claimcheck::fuzzing::quote(&data);
    }
}

#[test]
fn render_inputs_replay() {
    for (_, data) in inputs("render") {
        let Some((diagnostic, files)) = claimcheck::fuzzing::diagnostic_over(&data) else {
            continue;
        };
        // The widths the fuzz target renders at: narrower than any label, and wide.
        for width in [10, 40, 100, 159] {
            let style = claimcheck::report::terminal::Style {
                width,
                color: false,
            };
            let text = claimcheck::report::terminal::render(
                std::slice::from_ref(&diagnostic),
                &files,
                style,
            );
            assert!(!text.is_empty());
        }
    }
}

#[test]
fn citation_inputs_replay() {
    let dir = tempfile::tempdir().unwrap();
    for (_, data) in inputs("citation") {
        claimcheck::fuzzing::citation(dir.path(), &data);
    }
}

/// Each input written as `folder/fuzz.yaml` of a scratch copy of `fixture`, then checked.
fn replay_project(target: &str, fixture: &str, folder: &str) {
    let dir = common::fixture_copy(fixture);
    for (_, data) in inputs(target) {
        claimcheck::fuzzing::project_file(dir.path(), &format!("{folder}/fuzz.yaml"), &data);
    }
}

#[test]
fn claims_file_inputs_replay() {
    replay_project("claims_file", "count-fail", "claims");
}

#[test]
fn rules_file_inputs_replay() {
    replay_project("rules_file", "equation-pass", "rules");
}
