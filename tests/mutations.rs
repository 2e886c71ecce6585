//! Mutation tests of the citation checks on the shipped corpus: copy the project, change
//! one word of a quote or one digit of a value, run the binary, and require a new CC201
//! or CC202 on exactly that claim. A check that lets such an edit through would let a
//! mistyped figure or a paraphrased quote into the corpus unnoticed.

mod common;

use std::path::Path;
use std::process::Command;

/// One diagnostic as `check --format json` reports it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
    code: String,
    file: String,
    line: u64,
    notes: Vec<String>,
}

fn check(dir: &Path) -> (Vec<Finding>, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "json"])
        .current_dir(dir)
        .output()
        .expect("the claimcheck binary runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let findings = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| Finding {
            code: d["code"].as_str().unwrap().to_string(),
            file: d["file"].as_str().unwrap_or_default().to_string(),
            line: d["line"].as_u64().unwrap_or_default(),
            notes: d["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_str().unwrap().to_string())
                .collect(),
        })
        .collect();
    (findings, output.status.code().unwrap())
}

/// The 1-based line of `field:` in the entry of claim `id`, and the line's text.
fn field_line(text: &str, id: &str, field: &str) -> (usize, String) {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == format!("- id: {id}"))
        .unwrap_or_else(|| panic!("claim {id} in the corpus"));
    let at = lines[start + 1..]
        .iter()
        .take_while(|l| !l.trim_start().starts_with("- id:"))
        .position(|l| l.trim_start().starts_with(&format!("{field}:")))
        .unwrap_or_else(|| panic!("claim {id} has a `{field}:`"));
    (start + 1 + at + 1, lines[start + 1 + at].to_string())
}

/// Rewrites one line of a file.
fn replace_line(path: &Path, line: usize, new: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = new;
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// Findings after the mutation that were not there before.
fn new_findings(dir: &Path, before: &[Finding]) -> Vec<Finding> {
    let (after, _) = check(dir);
    after.into_iter().filter(|f| !before.contains(f)).collect()
}

const QUOTES: &[(&str, &str)] = &[
    (
        "2020-11-21-cns-gansu-guangxi",
        "gansu-poor-counties-announced",
    ),
    (
        "2020-11-14-seventeen-provinces-cleared",
        "provinces-cleared-nov14",
    ),
    (
        "2020-11-14-seventeen-provinces-cleared",
        "xinjiang-poor-people",
    ),
    ("2020-11-23-cns-guizhou", "guizhou-counties-assessed"),
    ("2022-09-29-cns-shanxi-decade", "shanxi-business-leaders"),
];

const VALUES: &[(&str, &str)] = &[
    ("2020-11-21-cns-gansu-guangxi", "gansu-poor-counties"),
    ("2022-09-29-cns-shanxi-decade", "shanxi-poor-people-lifted"),
    (
        "2020-11-23-cns-guizhou",
        "guizhou-income-surveyed-households",
    ),
    ("2020-11-23-cns-guizhou", "guizhou-public-acceptance"),
    (
        "2020-11-14-seventeen-provinces-cleared",
        "yunnan-poor-villages",
    ),
    (
        "2020-10-17-final-sprint",
        "xinjiang-households-employment-target",
    ),
];

#[test]
fn the_shipped_corpus_passes_its_citation_checks() {
    let dir = common::corpus_copy();
    let (findings, code) = check(dir.path());
    let citations: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.code.starts_with("CC2"))
        .collect();
    assert_eq!(citations, Vec::<&Finding>::new());
    assert_ne!(code, 2, "the corpus is valid input: {findings:#?}");
}

#[test]
fn one_changed_word_in_a_quote_is_quote_not_found_naming_the_word() {
    let dir = common::corpus_copy();
    let (before, _) = check(dir.path());
    for (source, id) in QUOTES {
        let file = format!("claims/{source}.yaml");
        let path = dir.path().join(&file);
        let original = std::fs::read_to_string(&path).unwrap();
        let (line, text) = field_line(&original, id, "quote");
        // The quote's longest word loses a letter: "impoverished" -> "impoverishd".
        let word = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .fold("", |best, w| if w.len() > best.len() { w } else { best })
            .to_string();
        let cut = word.len() - 2;
        let typo = format!("{}{}", &word[..cut], &word[cut + 1..]);
        let (key, quote) = text.split_once(':').unwrap();
        replace_line(
            &path,
            line,
            &format!("{key}:{}", quote.replacen(&word, &typo, 1)),
        );

        let found = new_findings(dir.path(), &before);
        let at_quote: Vec<&Finding> = found
            .iter()
            .filter(|f| f.code == "CC201" && f.file == file && f.line == line as u64)
            .collect();
        assert_eq!(at_quote.len(), 1, "{id}: {found:#?}");
        let note = format!("the article has `{word}` where the quote has `{typo}`");
        assert!(
            at_quote[0].notes.contains(&note),
            "{id}: expected the note {note:?} in {:#?}",
            at_quote[0].notes
        );
        std::fs::write(&path, original).unwrap();
    }
}

#[test]
fn one_changed_digit_in_a_value_is_value_not_in_quote() {
    let dir = common::corpus_copy();
    let (before, _) = check(dir.path());
    for (source, id) in VALUES {
        let file = format!("claims/{source}.yaml");
        let path = dir.path().join(&file);
        let original = std::fs::read_to_string(&path).unwrap();
        let (line, text) = field_line(&original, id, "value");
        // The last digit moves up by one: 75 -> 76, "3.29 million" -> "3.20 million".
        let at = text.rfind(|c: char| c.is_ascii_digit()).unwrap();
        let digit = text.as_bytes()[at] - b'0';
        let mut changed = text.clone();
        changed.replace_range(at..at + 1, &((digit + 1) % 10).to_string());
        replace_line(&path, line, &changed);

        let found = new_findings(dir.path(), &before);
        assert!(
            found
                .iter()
                .any(|f| f.code == "CC202" && f.file == file && f.line == line as u64),
            "{id}: `{}` -> `{}` gave {found:#?}",
            text.trim(),
            changed.trim()
        );
        std::fs::write(&path, original).unwrap();
    }
}
