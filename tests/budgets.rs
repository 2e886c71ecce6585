//! Budgets that hold for every file and phase: inputs that once cost gigabytes or minutes
//! run under a memory limit and a time bound that would fail on a blow-up. The bounds are
//! loose guards (a busy machine cannot fail them), not speed targets: BENCHMARKS.md has
//! the figures.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Address space the binary may use: far above what these inputs need now (a few hundred
/// MB at most), far below what they cost before (gigabytes).
const MEMORY_LIMIT: u64 = 1536 * 1024 * 1024;
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// Runs the binary in `dir` under [`MEMORY_LIMIT`]: exit code and JSON report. The shell
/// sets the limit (`ulimit -v`, in KiB) and then becomes the binary, which inherits it:
/// the package calls no `setrlimit` itself, so it has no unsafe code at all.
fn run_bounded(dir: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "ulimit -v {} || exit 125; exec \"$0\" \"$@\"",
            MEMORY_LIMIT / 1024
        ))
        .arg(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir);
    let started = Instant::now();
    let output = command.output().expect("the binary runs");
    let elapsed = started.elapsed();
    assert!(elapsed < TIME_LIMIT, "{args:?} took {elapsed:?}");
    let code = output.status.code().unwrap_or_else(|| {
        panic!(
            "{args:?} ended by a signal: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?} exited {code} without a JSON report ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (code, report)
}

fn diagnostics(report: &serde_json::Value) -> &Vec<serde_json::Value> {
    report["diagnostics"].as_array().unwrap()
}

/// A one-source project whose article is `article`, with `claims` and `rules` files.
fn project(article: &str, claims: &str, rules: &str) -> tempfile::TempDir {
    let dir = common::one_source_project(article);
    std::fs::write(dir.path().join("claims/a.yaml"), claims).unwrap();
    std::fs::write(dir.path().join("rules/r.yaml"), rules).unwrap();
    dir
}

#[test]
fn a_claims_file_of_a_million_tiny_bad_nodes_reports_a_bounded_number_of_problems() {
    let claims = format!("source: a\nclaims:\n{}", "- x\n".repeat(1_000_000));
    let dir = project("The value is 1.\n", &claims, "rules: []\n");
    let (code, report) = run_bounded(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 2);
    let about_file: Vec<_> = diagnostics(&report)
        .iter()
        .filter(|d| d["file"] == "claims/a.yaml")
        .collect();
    assert_eq!(
        about_file.len(),
        1_001,
        "the first 1,000 problems and CC002"
    );
    let limit: Vec<_> = about_file.iter().filter(|d| d["code"] == "CC002").collect();
    assert_eq!(limit.len(), 1, "{limit:#?}");
    assert_eq!(
        limit[0]["message"],
        "this file has 999000 more input errors than the 1000 shown"
    );
    // It points at the first error not shown (the 1,001st item, on line 1,003), and the
    // summary counts every error, shown or not.
    assert_eq!(limit[0]["line"], 1_003);
    assert_eq!(report["summary"]["input_errors"], 1_000_000);
    assert_eq!(report["summary"]["errors"], 1_000_000);
}

#[test]
fn a_list_of_two_million_tiny_values_parses_within_the_memory_limit() {
    let line = format!("{}\n", "1,".repeat(500));
    let claims = format!(
        "source: a\nclaims:\n  - id: c\n    note: [\n{}1]\n",
        line.repeat(2_000)
    );
    let dir = project("The value is 1.\n", &claims, "rules: []\n");
    let (code, report) = run_bounded(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 2, "{report:#}");
}

/// `n` claims of one quantity, every one with a different value.
fn disagreeing_claims(n: usize) -> String {
    let mut claims = String::from("source: a\nclaims:\n");
    for i in 0..n {
        claims.push_str(&format!(
            "  - {{id: c{i}, quote: \"The value is {i}.\", subject: S, metric: m, value: {i}, unit: thing}}\n"
        ));
    }
    claims
}

fn article_of(n: usize) -> String {
    (0..n).map(|i| format!("The value is {i}.\n")).collect()
}

#[test]
fn one_group_of_two_thousand_disagreeing_claims_labels_a_few_places_per_finding() {
    let n = 2_000;
    let rules = "rules:\n  - id: same\n    kind: agreement\n";
    let dir = project(&article_of(n), &disagreeing_claims(n), rules);
    let (code, report) = run_bounded(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 1);
    let findings: Vec<_> = diagnostics(&report)
        .iter()
        .filter(|d| d["code"] == "CC141")
        .collect();
    assert_eq!(findings.len(), n - 1, "every figure but the reference");
    for finding in findings {
        let labels = finding["labels"].as_array().unwrap();
        // The claim, 8 others, the rule, the claim's passage in the article and the
        // passages of the first 3 others.
        assert_eq!(labels.len(), 14, "{finding:#}");
        let notes = finding["notes"].as_array().unwrap();
        assert!(
            notes.iter().any(|n| n
                .as_str()
                .unwrap()
                .starts_with("1991 more claims are involved and not labelled")),
            "{notes:?}"
        );
        assert_eq!(
            finding["claims"].as_array().unwrap().len(),
            50,
            "the first 50 named"
        );
    }
}

#[test]
fn a_status_contradicted_by_thousands_of_later_ones_names_a_bounded_number() {
    let n = 4_000;
    let mut claims = String::from("source: a\nclaims:\n");
    for i in 0..n {
        let status = if i % 2 == 0 {
            "complete"
        } else {
            "not complete"
        };
        claims.push_str(&format!(
            "  - {{id: c{i}, quote: \"The value is {i}.\", subject: S, metric: exit, status: {status}, as_of: {}-01-01}}\n",
            1000 + i
        ));
    }
    let rules = "rules:\n  - { id: order, kind: timeline, select: { metric: exit }, before: not complete, after: complete }\n";
    let dir = project(&article_of(n), &claims, rules);
    let (code, report) = run_bounded(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 1);
    let findings: Vec<_> = diagnostics(&report)
        .iter()
        .filter(|d| d["code"] == "CC162")
        .collect();
    assert_eq!(findings.len(), n / 2, "each `complete` but the last");
    let first = findings[0];
    assert_eq!(first["data"]["later_total"], n / 2);
    assert_eq!(first["data"]["later"].as_array().unwrap().len(), 49);
    assert_eq!(
        first["data"]["later"][0]["dated"],
        format!("{}-01-01", 1000 + n - 1)
    );
    assert_eq!(first["claims"].as_array().unwrap().len(), 50);
    assert_eq!(first["claims"][0], "c0");
    // The claim, 8 later ones, the rule, the claim's passage and those of 3 later ones.
    assert_eq!(first["labels"].as_array().unwrap().len(), 14, "{first:#}");
    let last = findings.last().unwrap();
    assert_eq!(last["data"]["later_total"], 1, "{last:#}");
    assert_eq!(last["claims"].as_array().unwrap().len(), 2);
}

#[test]
fn twelve_thousand_findings_report_the_first_ten_thousand_and_say_so() {
    let n = 12_000;
    let rules = "rules:\n  - id: small\n    kind: range\n    max: 1\n";
    let dir = project(&article_of(n), &disagreeing_claims(n), rules);
    let (code, report) = run_bounded(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 1);
    let all = diagnostics(&report);
    assert_eq!(all.len(), 10_001);
    let last = all.last().unwrap();
    assert_eq!(last["code"], "CC006");
    assert_eq!(
        last["message"],
        "too many findings: 10000 of 11998 are shown, the most severe first"
    );
    assert_eq!(last["notes"][0], "not shown: 1998 errors");
    assert_eq!(report["summary"]["errors"], 11_998, "the counts count all");
    assert_eq!(report["summary"]["omitted"], 1_998);
    assert_eq!(report["summary"]["infos"], 1, "the notice itself");
    // The notice obeys a severity override like any code.
    let (_, report) = run_bounded(
        dir.path(),
        &["check", ".", "--format", "json", "--severity", "CC006=off"],
    );
    let all = diagnostics(&report);
    assert_eq!(all.len(), 10_000);
    assert_ne!(all.last().unwrap()["code"], "CC006");
    assert_eq!(report["summary"]["omitted"], 1_998);
    let (_, report) = run_bounded(
        dir.path(),
        &[
            "check",
            ".",
            "--format",
            "json",
            "--severity",
            "CC006=warning",
        ],
    );
    assert_eq!(diagnostics(&report).last().unwrap()["severity"], "warning");
    assert_eq!(report["summary"]["warnings"], 1);
    // `--statistics` counts every finding, those not shown too, as the summary does.
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--statistics"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(
        table.lines().next().unwrap().starts_with("11998  CC151"),
        "{table}"
    );
    assert!(table.contains("1  CC006"), "{table}");
}

#[test]
fn a_baseline_written_past_the_findings_shown_accepts_every_finding() {
    let n = 12_000;
    let rules = "rules:\n  - id: small\n    kind: range\n    max: 1\n";
    let dir = project(&article_of(n), &disagreeing_claims(n), rules);
    let (code, report) = run_bounded(
        dir.path(),
        &[
            "check",
            ".",
            "--format",
            "json",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(code, 0, "every finding accepted");
    assert_eq!(
        diagnostics(&report).len(),
        0,
        "nor a CC006 for findings hidden"
    );
    assert_eq!(report["summary"]["baselined"], 11_998);
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("b.json")).unwrap()).unwrap();
    let entries = written["findings"].as_array().unwrap();
    assert_eq!(
        entries.len(),
        11_998,
        "the findings past the 10,000 shown too"
    );
    assert!(entries.iter().all(|entry| entry["code"] == "CC151"));
    let (code, report) = run_bounded(
        dir.path(),
        &["check", ".", "--format", "json", "--baseline", "b.json"],
    );
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(diagnostics(&report).len(), 0);
    assert_eq!(report["summary"]["baselined"], 11_998);
}

#[test]
fn a_rule_whose_findings_all_lie_past_the_ten_thousand_shown_has_not_passed() {
    let n = 12_000;
    // `late` finds only the last claims (values above 11,000), which sort after the first
    // 10,000 findings of `small`.
    let rules = "rules:\n  - { id: small, kind: range, max: 1 }\n  - { id: late, kind: range, max: 11000 }\n";
    let dir = project(&article_of(n), &disagreeing_claims(n), rules);
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "markdown"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("0 of 2 rules passed."),
        "{}",
        &report[..2000]
    );
    assert!(
        report.contains("| `late` | range | 12000 | ❌ failed |"),
        "{}",
        &report[..2000]
    );
    // Every finding counted, those past the 10,000 reported too, and not the notice.
    assert!(
        report.ends_with(
            "… and 12897 more findings not shown (of 12997); `claimcheck check` lists the first \
             10000, and `claimcheck check --statistics` counts them all by code.\n"
        ),
        "{}",
        &report[report.len() - 400..]
    );
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "github"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let annotations = String::from_utf8_lossy(&output.stdout);
    let junit = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", ".", "--format", "junit"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let junit = String::from_utf8_lossy(&junit.stdout);
    assert!(
        junit.contains(
            "<testcase name=\"rule late\" classname=\"claimcheck.rules.range\" time=\"0\">\n      \
             <failure type=\"CC006\" message=\"this rule has findings at error level past the \
             first 10000 findings the run reports: `claimcheck check --rule late` reports them\">"
        ),
        "{}",
        &junit[..1500]
    );
    assert!(
        junit.contains(" tests=\"3\" failures=\"2\" errors=\"0\" "),
        "{}",
        &junit[..1500]
    );
    let notice = annotations.lines().last().unwrap();
    assert!(
        notice.ends_with(
            "`claimcheck check` list the first 10000, and `claimcheck check --statistics` \
             counts them all by code"
        ),
        "{notice}"
    );
}

#[test]
fn coverage_of_an_article_dense_with_numbers_counts_a_bounded_number() {
    let article = "1 ".repeat(1_000_000);
    let claims = "source: a\nclaims:\n  - {id: c, quote: \"1 1\", subject: S, metric: m, value: 1, unit: thing}\n";
    let dir = project(&article, claims, "rules: []\n");
    let (code, report) = run_bounded(dir.path(), &["coverage", ".", "--format", "json"]);
    assert_eq!(code, 2, "an article beyond the limit is invalid input");
    let all = diagnostics(&report);
    assert!(all.len() <= 10_001, "{}", all.len());
    assert!(
        all.iter().any(|d| d["code"] == "CC002"
            && d["file"] == "sources/a.txt"
            && d["message"]
                .as_str()
                .unwrap()
                .contains("has more numbers than coverage counts")),
        "no CC002 on the article"
    );
    assert_eq!(report["coverage"]["total"]["found"], 100_000);
}
