//! What the fixtures and snapshots must cover: every rule kind has a passing and a failing
//! fixture, and every code is shown as a finding by some snapshot under `snapshots/`. The
//! snapshots are read as committed; `tests/fixtures.rs` keeps them up to date.

use std::path::PathBuf;

use claimcheck::codes::Code;
use claimcheck::rules::KINDS;

/// Codes that no fixture can produce, each with the reason and the test that covers it.
const NOT_PRODUCED_BY_A_FIXTURE: &[(&str, &str)] = &[
    (
        "CC006",
        "needs more than 10,000 diagnostics in one run: tests/budgets.rs generates such a project",
    ),
    (
        "CC044",
        "comes from `--rule NAME` on the command line, and fixtures run a plain `check .`: \
         tests/policy.rs covers it",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn snapshot(name: &str) -> Option<String> {
    std::fs::read_to_string(root().join("snapshots").join(name)).ok()
}

/// Every committed snapshot but the SARIF one, whose rule list names every code whether
/// or not the run found it.
fn snapshots_of_findings() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root().join("snapshots")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name.ends_with(".snap") && !name.contains("sarif") {
            found.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    found
}

/// Whether a snapshot shows `code` as a finding: a human rendering's heading line
/// (`CC101 count-mismatch`) or a JSON report's `"code": "CC101"`.
fn shows(text: &str, code: Code) -> bool {
    let heading = format!("{} {}", code.id(), code.name());
    text.lines().any(|line| line.trim() == heading)
        || text.contains(&format!("\"code\": \"{}\"", code.id()))
}

#[test]
fn every_rule_kind_has_a_passing_and_a_failing_fixture() {
    for kind in KINDS {
        let pass = format!("human_output@{}-pass__fixture.md.snap", kind.name);
        let fail = format!("human_output@{}-fail__fixture.md.snap", kind.name);
        for (fixture, snapshot_name) in [("pass", &pass), ("fail", &fail)] {
            let folder = root()
                .join("tests/fixtures")
                .join(format!("{}-{fixture}", kind.name));
            assert!(
                folder.join("fixture.md").is_file(),
                "the rule kind `{}` has no fixture {}",
                kind.name,
                folder.display()
            );
            assert!(
                snapshot(snapshot_name).is_some(),
                "no snapshot snapshots/{snapshot_name}: run the fixtures test (README, Development)"
            );
        }
        let passing = snapshot(&pass).unwrap();
        assert!(
            passing.contains("\nexit code: 0\n"),
            "tests/fixtures/{}-pass does not pass",
            kind.name
        );
        let failing = snapshot(&fail).unwrap();
        assert!(
            failing.contains("\nexit code: 1\n")
                && kind.codes.iter().any(|&code| shows(&failing, code)),
            "tests/fixtures/{}-fail shows none of the kind's findings",
            kind.name
        );
    }
}

#[test]
fn every_code_is_shown_by_a_snapshot() {
    let snapshots = snapshots_of_findings();
    for &code in Code::ALL {
        let exempt = NOT_PRODUCED_BY_A_FIXTURE
            .iter()
            .any(|(id, _)| *id == code.id());
        let shown = snapshots.iter().any(|(_, text)| shows(text, code));
        if exempt {
            assert!(
                !shown,
                "{} is shown by a snapshot now: remove it from NOT_PRODUCED_BY_A_FIXTURE",
                code.id()
            );
        } else {
            assert!(
                shown,
                "no snapshot shows {} ({}): add a fixture under tests/fixtures/ that produces it",
                code.id(),
                code.name()
            );
        }
    }
}

#[test]
fn every_exemption_names_a_code_and_gives_a_reason() {
    for (id, reason) in NOT_PRODUCED_BY_A_FIXTURE {
        assert!(Code::find(id).is_some(), "{id} is not a code");
        assert!(reason.len() > 20, "{id}: say why no fixture can produce it");
    }
}
