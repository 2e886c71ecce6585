//! Hostile files dropped into a copy of the shipped corpus: each is refused with exit 2 and
//! a diagnostic naming the file, quickly and without expanding it. The files are built here,
//! at run time, so the repository carries no bombs.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs `check --format json` and returns the exit code, the diagnostics naming `file`,
/// and how long it took.
fn check(root: &Path, file: &str) -> (i32, Vec<serde_json::Value>, Duration) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(root)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let about_file = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == file)
        .cloned()
        .collect();
    (output.status.code().unwrap(), about_file, elapsed)
}

/// A guard against expansion, not a speed target: a file that was expanded (an alias bomb
/// replayed, a 300 MiB file read) takes minutes and gigabytes, where refusing it takes
/// milliseconds (BENCHMARKS.md records the times). The bound is loose so that a busy
/// machine cannot fail it.
fn assert_refused_without_expanding(what: &str, elapsed: Duration) {
    assert!(
        elapsed < Duration::from_secs(20),
        "{what} took {elapsed:?}: was it expanded?"
    );
}

fn assert_refused(name: &str, contents: &[u8], code: &str) -> serde_json::Value {
    let dir = common::corpus_copy();
    let file = format!("claims/{name}");
    std::fs::write(dir.path().join(&file), contents).unwrap();
    let (exit, diagnostics, elapsed) = check(dir.path(), &file);
    assert_eq!(exit, 2, "{name}: invalid input exits 2");
    let found = diagnostics
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("{name}: expected {code} naming {file}, got {diagnostics:#?}"))
        .clone();
    assert_refused_without_expanding(name, elapsed);
    found
}

/// The message names the limit the file broke, and the help that limit and its value.
fn assert_names_the_limit(diagnostic: &serde_json::Value, message: &str, help: &str) {
    let text = |key: &str| diagnostic[key].as_str().unwrap_or_default().to_string();
    assert!(text("message").contains(message), "{diagnostic:#}");
    assert!(text("help").contains(help), "{diagnostic:#}");
}

#[test]
fn an_alias_bomb_is_refused() {
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..20 {
        let previous = format!("*a{}", level - 1);
        let items = [previous.as_str(); 10].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    let refused = assert_refused("bomb.yaml", text.as_bytes(), "CC002");
    assert_names_the_limit(
        &refused,
        "values whose text, with what its aliases (`*name`) repeat, is more than",
        "the file's own size plus 1024 bytes",
    );
}

#[test]
fn deep_nesting_is_refused() {
    let depth = 100_000;
    let text = format!("claims: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let refused = assert_refused("deep.yaml", text.as_bytes(), "CC002");
    // As for a file nested just past the limit: the depth, at the bracket that crossed it.
    assert_names_the_limit(&refused, "nested 33 deep", "nested at most 32 deep");
    assert_eq!(refused["column"], "claims: ".len() + 32, "{refused:#}");
}

#[test]
fn a_huge_scalar_is_refused() {
    let text = format!(
        "claims:\n  - id: x\n    quote: \"{}\"\n",
        "a".repeat(20_000_000)
    );
    let refused = assert_refused("huge.yaml", text.as_bytes(), "CC002");
    assert_names_the_limit(&refused, "a line of", "lines of at most 1048576 bytes");
}

#[test]
fn a_binary_file_is_refused() {
    // Deterministic noise: a linear congruential generator, no dependency needed.
    let mut state: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as u8
        })
        .collect();
    assert_refused("binary.yaml", &bytes, "CC003");
}

#[test]
fn a_file_of_many_documents_is_refused() {
    let text = "---\nclaims: []\n".repeat(10_000);
    let dir = common::corpus_copy();
    std::fs::write(dir.path().join("claims/docs.yaml"), text).unwrap();
    let (exit, diagnostics, elapsed) = check(dir.path(), "claims/docs.yaml");
    assert_eq!(exit, 2);
    // One document per file is the format: a second is a mistake in the file (CC001), at
    // the second `---`, not a budget that a smaller file would fit.
    assert_eq!(diagnostics[0]["code"], "CC001", "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["line"], 3, "{diagnostics:#?}");
    assert_names_the_limit(
        &diagnostics[0],
        "a second YAML document",
        "one YAML document",
    );
    assert_refused_without_expanding("the file", elapsed);
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_project_is_not_followed() {
    let dir = common::corpus_copy();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.yaml"), "claims: []\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        dir.path().join("claims/link.yaml"),
    )
    .unwrap();
    let (exit, diagnostics, _) = check(dir.path(), "claims/link.yaml");
    assert_eq!(exit, 2);
    assert_eq!(diagnostics[0]["code"], "CC004", "{diagnostics:#?}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = common::corpus_copy();
    let path = dir.path().join("claims/big.yaml");
    // A sparse file: 300 MiB on paper, nothing on disk, and never read.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap();
    let (exit, diagnostics, elapsed) = check(dir.path(), "claims/big.yaml");
    assert_eq!(exit, 2);
    assert_eq!(diagnostics[0]["code"], "CC002", "{diagnostics:#?}");
    assert_refused_without_expanding("the file", elapsed);
}
