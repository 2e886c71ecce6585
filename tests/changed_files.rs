//! A YAML file whose records have been read keeps only its fingerprint, and is read again
//! when a finding in it is shown. These tests change a claims file between the check and
//! the report, as an editor saving it during a long run would, and check that every format
//! still renders, shows nothing of what the file became, and that the run names the file.

mod common;

use claimcheck::baseline::Baseline;
use claimcheck::check::{self, Outcome};
use claimcheck::report::{self, Render, Report};

/// The file the fixture's findings are in, and a line of it that a finding shows.
const CHANGED: &str = "claims/twenty-one-provinces.yaml";
/// The other claims file, which the findings' second labels point into.
const UNCHANGED: &str = "claims/seventeen-provinces.yaml";
/// A word that is in no file of the fixture: written into the changed file, it must not be
/// shown.
const MARK: &str = "REWRITTEN";

const FORMATS: &[(&str, Render)] = &[
    ("human", report::human::render),
    ("concise", report::concise::render),
    ("markdown", report::markdown::render),
    ("html", report::html::render),
    ("json", report::json::render),
    ("sarif", report::sarif::render),
    ("github", report::github::render),
    ("junit", report::junit::render),
    ("statistics", report::statistics::render),
];

fn render_all(outcome: &Outcome) -> Vec<(&'static str, String)> {
    let options = report::Options::default();
    let report = Report {
        outcome,
        options: &options,
    };
    FORMATS
        .iter()
        .map(|(name, render)| {
            let mut out = Vec::new();
            render(&report, &mut out).unwrap();
            (*name, String::from_utf8(out).unwrap())
        })
        .collect()
}

fn check(dir: &std::path::Path) -> Outcome {
    check::check(dir, &check::Options::default())
}

/// The number of findings each format lists, and the baseline's findings: what must not
/// depend on whether the file changed.
fn findings(outcome: &Outcome) -> (usize, usize) {
    let rendered = render_all(outcome);
    let json = &rendered.iter().find(|(name, _)| *name == "json").unwrap().1;
    let found = json.lines().filter(|l| l.contains("\"code\"")).count();
    let baseline = Baseline::record(&outcome.diagnostics, &outcome.project);
    (found, baseline.findings.len())
}

#[test]
fn an_unchanged_project_renders_as_read_and_names_no_file() {
    let dir = common::fixture_copy("growth-fail");
    let outcome = check(dir.path());
    assert_eq!(outcome.diagnostics.len(), 2);
    for (format, text) in render_all(&outcome) {
        assert!(!text.is_empty(), "{format}");
    }
    let text = std::fs::read_to_string(dir.path().join(CHANGED)).unwrap();
    let file = outcome.diagnostics[0].primary().unwrap().file;
    assert_eq!(outcome.project.files.name(file), CHANGED);
    assert_eq!(outcome.project.files.text(file), text);
    assert_eq!(outcome.project.files.changed().count(), 0);
}

#[test]
fn a_file_changed_before_the_report_is_shown_blank_in_every_format_and_named() {
    let original = std::fs::read(common::fixture("growth-fail").join(CHANGED)).unwrap();
    let mut same_length = original.clone();
    let at = same_length.len() / 2;
    same_length[at..at + MARK.len()].copy_from_slice(MARK.as_bytes());
    let shorter = format!("claims: [] # {MARK}\n").into_bytes();
    let mut longer = original.clone();
    longer.extend_from_slice(format!("# {MARK}\n").repeat(200).as_bytes());
    let mut not_utf8 = format!("{MARK}: ").into_bytes();
    not_utf8.extend_from_slice(&[0xe4, 0xb8, 0xff, 0xfe, b'\n']);
    not_utf8.extend_from_slice(&original[not_utf8.len()..]);
    let replacements: [(&str, Option<&[u8]>); 6] = [
        ("the same length", Some(&same_length)),
        ("shorter", Some(&shorter)),
        ("longer", Some(&longer)),
        ("not UTF-8", Some(&not_utf8)),
        ("empty", Some(b"")),
        ("removed", None),
    ];

    let dir = common::fixture_copy("growth-fail");
    let expected = findings(&check(dir.path()));
    for (case, replacement) in replacements {
        let dir = common::fixture_copy("growth-fail");
        let outcome = check(dir.path());
        let path = dir.path().join(CHANGED);
        match replacement {
            Some(bytes) => std::fs::write(&path, bytes).unwrap(),
            None => std::fs::remove_file(&path).unwrap(),
        }
        for (format, text) in render_all(&outcome) {
            assert!(!text.contains(MARK), "{case}, {format}: {text}");
        }
        assert_eq!(findings(&outcome), expected, "{case}");
        let files = &outcome.project.files;
        assert_eq!(files.changed().collect::<Vec<_>>(), [CHANGED], "{case}");
        let file = outcome.diagnostics[0].primary().unwrap().file;
        assert_eq!(files.name(file), CHANGED);
        assert!(files.text(file).bytes().all(|b| b == b' '), "{case}");
        assert_eq!(files.text(file).len(), original.len(), "{case}");
        // The other claims file, unchanged, is shown as it is.
        let other = files
            .paths()
            .position(|path| path.ends_with(UNCHANGED))
            .unwrap();
        let other = claimcheck::files::FileId(other as u32);
        assert_eq!(
            files.text(other),
            std::fs::read_to_string(dir.path().join(UNCHANGED)).unwrap()
        );
    }
}

#[test]
fn a_file_changed_after_it_was_shown_keeps_the_text_that_was_shown() {
    let dir = common::fixture_copy("growth-fail");
    let outcome = check(dir.path());
    let before = render_all(&outcome);
    std::fs::write(dir.path().join(CHANGED), format!("{MARK}\n")).unwrap();
    assert_eq!(render_all(&outcome), before);
    assert_eq!(outcome.project.files.changed().count(), 0);
}
