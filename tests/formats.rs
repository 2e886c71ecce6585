//! The machine formats on the shipped corpus: each one is snapshotted, and each is checked
//! against what its consumers require: SARIF against the 2.1.0 schema's generated types,
//! JUnit as XML, GitHub annotations for real positions.

mod common;

use std::process::Command;

fn claimcheck(args: &[&str]) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        // The time a report says it was made (JUnit's timestamp, the HTML page's).
        .env("SOURCE_DATE_EPOCH", "1606780800")
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

#[test]
fn sarif_matches_the_sarif_2_1_0_schema_types_exactly() {
    let (text, _) = claimcheck(&["check", ".", "--format", "sarif"]);
    let ours: serde_json::Value = serde_json::from_str(&text).unwrap();
    // serde-sarif's types are generated from the SARIF 2.1.0 JSON schema. Deserializing into
    // them checks every field's type; serializing back and comparing rejects any field the
    // schema does not define (it would be dropped on the way through).
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(ours.clone()).unwrap();
    let round_trip = serde_json::to_value(&typed).unwrap();
    assert_eq!(round_trip, ours);
    // The same comparison notices a field the schema does not have.
    let mut with_extra = ours.clone();
    with_extra["runs"][0]["tool"]["driver"]["colour"] = serde_json::json!("blue");
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(with_extra.clone()).unwrap();
    assert_ne!(serde_json::to_value(&typed).unwrap(), with_extra);
    let run = &ours["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), claimcheck::codes::Code::ALL.len());
    for result in run["results"].as_array().unwrap() {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
    }
    // The base folder is the working folder: the one absolute path in the log.
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    let text = common::redact_version(&text.replace(base, "file:///[working folder]/"));
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_sarif", text));
}

#[test]
fn junit_is_well_formed_xml_with_a_case_per_rule() {
    let (text, _) = claimcheck(&["check", ".", "--format", "junit"]);
    let document = roxmltree::Document::parse(&text).expect("well-formed XML");
    let suite = document
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    let cases = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(suite.attribute("tests").unwrap(), cases.to_string());
    // The clock is `SOURCE_DATE_EPOCH`'s; the host and the run's time are this machine's.
    assert_eq!(suite.attribute("timestamp"), Some("2020-12-01T00:00:00"));
    let hostname = suite.attribute("hostname").unwrap();
    assert!(
        !hostname.is_empty() && !hostname.contains(char::is_whitespace),
        "{hostname}"
    );
    let time = suite.attribute("time").unwrap();
    let (whole, millis) = time.split_once('.').unwrap();
    assert!(
        whole.parse::<u64>().is_ok() && millis.len() == 3 && millis.parse::<u16>().is_ok(),
        "{time}"
    );
    let version = format!(
        "name=\"claimcheck.version\" value=\"{}\"",
        env!("CARGO_PKG_VERSION")
    );
    assert!(text.contains(&version), "{text}");
    let text = text
        .replacen(
            &version,
            "name=\"claimcheck.version\" value=\"[version]\"",
            1,
        )
        .replacen(
            &format!(" hostname=\"{hostname}\""),
            " hostname=\"[host]\"",
            1,
        )
        .replacen(&format!(" time=\"{time}\">"), " time=\"[seconds]\">", 1);
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_junit", text));
}

/// Validates `xml` against the JUnit schema committed as `tests/junit.xsd` (the shape
/// Jenkins, GitLab and GitHub test reporters read) with `xmllint --schema`: `None` when
/// xmllint is not installed, else xmllint's verdict and messages.
fn xmllint_junit(dir: &std::path::Path, xml: &str) -> Option<(bool, String)> {
    let file = dir.join("report.xml");
    std::fs::write(&file, xml).unwrap();
    let output = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(common::root().join("tests/junit.xsd"))
        .arg(&file)
        .output()
        .ok()?;
    let messages = String::from_utf8_lossy(&output.stderr).into_owned();
    Some((output.status.success(), messages))
}

#[test]
fn junit_validates_against_the_junit_schema_with_xmllint() {
    let scratch = tempfile::tempdir().unwrap();
    // A control that must fail: a test suite without its required `tests` count.
    let broken = "<testsuites><testsuite name=\"x\" failures=\"0\" errors=\"0\"/></testsuites>";
    let Some((control, _)) = xmllint_junit(scratch.path(), broken) else {
        eprintln!(
            "SKIPPED: xmllint is not installed (apt-get install libxml2-utils); \
             the JUnit report was not validated against tests/junit.xsd"
        );
        return;
    };
    assert!(!control, "the schema rejects a suite without `tests`");
    // Names that XML must escape, in a finding's message and in a file name.
    let odd = common::fixture_copy("count-pass");
    let renamed = rename_the_claims_file(odd.path(), "a & <b> \"é\".yaml");
    let text = std::fs::read_to_string(&renamed).unwrap();
    let (before, after) = text.split_once("subject: ").unwrap();
    std::fs::write(
        &renamed,
        format!("{before}subject: \"]]> & <x> \\u0001 \\uFFFF\"\n    note: {after}"),
    )
    .unwrap();
    let empty = tempfile::tempdir().unwrap();
    let scenarios = [
        ("the shipped corpus", common::root(), 1),
        ("no findings", common::fixture("count-pass"), 0),
        ("invalid input", common::fixture("input-yaml-syntax"), 2),
        (
            "a rule not run for its errors",
            common::fixture("input-unknown-rule-kind"),
            2,
        ),
        ("a folder that is no project", empty.path().to_path_buf(), 2),
        (
            "names XML must escape (a warning)",
            odd.path().to_path_buf(),
            0,
        ),
    ];
    for (scenario, dir, expected) in scenarios {
        let (xml, code) = common::run(&dir, &["check", ".", "--format", "junit"]);
        assert_eq!(code, expected, "{scenario}: {xml}");
        let (valid, messages) = xmllint_junit(scratch.path(), &xml).unwrap();
        assert!(valid, "{scenario}: {messages}\n{xml}");
        // Invalid input fails its case as a finding does (the two schemas name a test's
        // error differently), and its message says it is invalid input.
        assert!(!xml.contains("<error"), "{scenario}: {xml}");
        if expected == 2 {
            assert!(
                xml.contains("<failure type=\"CC0") && xml.contains("message=\"invalid input: "),
                "{scenario}: {xml}"
            );
        } else {
            assert!(!xml.contains("invalid input: "), "{scenario}: {xml}");
        }
    }
}

#[test]
fn github_annotations_carry_real_lines_and_columns() {
    let (text, _) = claimcheck(&["check", ".", "--format", "github"]);
    assert!(!text.is_empty());
    for line in text.lines() {
        assert!(line.starts_with("::"), "{line}");
        let properties = line.split("::").nth(1).unwrap();
        let value = |key: &str| {
            properties
                .split(',')
                .find_map(|p| p.split_once(' ').map_or(p, |(_, p)| p).strip_prefix(key))
                .unwrap_or_else(|| panic!("{key} missing in {line}"))
                .to_string()
        };
        let line_number: usize = value("line=").parse().unwrap();
        let column: usize = value("col=").parse().unwrap();
        assert!(
            line_number > 1 || column > 1,
            "an annotation at 1:1: {line}"
        );
    }
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_github", text));
}

#[test]
fn output_is_written_to_a_file_and_not_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let (stdout, _) = claimcheck(&[
        "check",
        ".",
        "--format",
        "json",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(written["version"], 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn an_unwritable_output_exits_2() {
    let (_, status) = claimcheck(&["check", ".", "--output", "/nonexistent-folder/report.txt"]);
    assert_eq!(status, 2);
}

#[test]
fn a_source_date_epoch_the_report_cannot_date_exits_2_before_checking() {
    let run = |epoch: &str, format: &str| {
        Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["check", ".", "--format", format])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap()
    };
    // Not a number, a negative one, and one past the year 9999 (more than four digits of
    // year, which the JUnit schemas' timestamp refuses).
    for epoch in ["yesterday", "-1", "253402300800"] {
        for format in ["junit", "html"] {
            let output = run(epoch, format);
            assert_eq!(output.status.code(), Some(2), "{epoch} {format}");
            assert!(output.stdout.is_empty(), "{epoch} {format}");
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert!(
                stderr.starts_with(&format!("error: SOURCE_DATE_EPOCH is `{epoch}`")),
                "{stderr}"
            );
        }
    }
    // The year 9999's last second is a date; formats without one do not read the variable.
    let last = run("253402300799", "junit");
    assert_eq!(last.status.code(), Some(1));
    let suite = String::from_utf8(last.stdout).unwrap();
    assert!(
        suite.contains(r#"timestamp="9999-12-31T23:59:59""#),
        "{suite}"
    );
    assert_eq!(run("yesterday", "json").status.code(), Some(1));
}

#[test]
fn the_human_and_json_reports_on_the_shipped_corpus() {
    let root = common::root();
    let (human, code) = common::run(&root, &["check", "."]);
    assert_eq!(code, 1);
    let (json, _) = common::run(&root, &["check", ".", "--format", "json"]);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed["version"], 1);
    assert_eq!(parsed["tool_version"], env!("CARGO_PKG_VERSION"));
    let json = common::redact_version(&json);
    common::snapshot_settings().bind(|| {
        insta::assert_snapshot!("corpus_human", human);
        insta::assert_snapshot!("corpus_json", json);
    });
}

/// The shipped corpus at 80 columns: no line wider than the terminal, and each article
/// passage cut around its label rather than printed whole.
#[test]
fn the_human_report_fits_an_80_column_terminal() {
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "."])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
    assert!(
        !text.contains("Advice:"),
        "related reports say what they are"
    );
    assert!(text.contains("☞ the article says"));
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_human_80_columns", text));
}

/// At 40 and 60 columns the corpus's long file names (in each excerpt's header) and claim
/// ids (in messages) are wider than a line's room: the name is cut in its middle and an id
/// wider than a whole line is broken, so that no line is wider than the terminal.
#[test]
fn the_human_report_fits_a_narrow_terminal() {
    for width in [40, 60] {
        let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["check", "."])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .env("COLUMNS", width.to_string())
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= width, "wider than {width}: {line}");
        }
        assert!(text.contains("╭─[claims/…"), "{text}");
    }
}

#[test]
fn the_concise_report_is_one_line_per_finding() {
    let (text, code) = claimcheck(&["check", ".", "--format", "concise"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = text.lines().collect();
    let (summary, findings) = lines.split_last().unwrap();
    assert!(summary.starts_with("claimcheck: "));
    assert_eq!(findings.len(), 5);
    for line in findings {
        let (place, rest) = line.split_once(": CC").unwrap();
        let [file, line_number, column] = place.split(':').collect::<Vec<_>>()[..] else {
            panic!("file:line:col in {line}");
        };
        assert!(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(file)
                .is_file()
        );
        assert!(line_number.parse::<usize>().unwrap() >= 1);
        assert!(column.parse::<usize>().unwrap() >= 1);
        assert!(
            rest.contains(" [error] ") || rest.contains(" [warning] "),
            "{line}"
        );
    }
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_concise", text));
}

#[test]
fn statistics_count_each_code_most_frequent_first() {
    let (text, code) = claimcheck(&["check", ".", "--statistics"]);
    assert_eq!(code, 1, "the exit code is the run's");
    let counts: Vec<usize> = text
        .lines()
        .filter(|l| !l.starts_with("claimcheck:"))
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(counts.iter().sum::<usize>(), 5);
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{text}");
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_statistics", text));
    let (_, code) = claimcheck(&["check", ".", "--statistics", "--format", "json"]);
    assert_eq!(
        code, 2,
        "--statistics with a machine format is a usage error"
    );
}

#[test]
fn the_markdown_summary_lists_the_findings_by_article() {
    let (text, code) = claimcheck(&["check", ".", "--format", "markdown"]);
    assert_eq!(code, 1);
    assert!(
        text.starts_with("## claimcheck: 3 errors, 2 warnings\n"),
        "{text}"
    );
    assert!(
        text.contains("\n1 finding suppressed by `allow:` entries.\n"),
        "{text}"
    );
    assert_eq!(text.matches("| ❌ error | CC").count(), 3);
    assert_eq!(text.matches("| ⚠️ warning | CC").count(), 2);
    assert_eq!(
        text.matches("\n### ").count(),
        3,
        "three articles have findings"
    );
    common::snapshot_settings().bind(|| insta::assert_snapshot!("corpus_markdown", text));
}

#[test]
fn an_empty_run_says_so_in_every_format_for_people() {
    let dir = common::fixture("count-pass");
    let (markdown, code) = common::run(&dir, &["check", ".", "--format", "markdown"]);
    assert_eq!(code, 0);
    assert!(
        markdown.starts_with("## claimcheck: no findings\n"),
        "{markdown}"
    );
    assert!(markdown.contains("No findings."));
    let (concise, _) = common::run(&dir, &["check", ".", "--format", "concise"]);
    assert_eq!(
        concise.lines().count(),
        1,
        "only the summary line: {concise}"
    );
}

#[test]
fn the_errors_of_a_rule_that_did_not_run_name_it_in_every_machine_format() {
    // `counts-match` is of a kind that does not exist, and has a field no kind has.
    let dir = common::fixture("input-unknown-rule-kind");
    let (json, _) = common::run(&dir, &["check", ".", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rules: Vec<&serde_json::Value> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["rule"])
        .collect();
    assert_eq!(rules, [&serde_json::json!("counts-match"); 2]);
    let (sarif, _) = common::run(&dir, &["check", ".", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(sarif.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), sarif);
    for result in sarif["runs"][0]["results"].as_array().unwrap() {
        assert_eq!(result["properties"]["claimcheckRule"], "counts-match");
    }
    // One test case for the rule, failing with both, and none per code.
    let (junit, _) = common::run(&dir, &["check", ".", "--format", "junit"]);
    assert!(
        junit.contains(
            "<testcase name=\"rule counts-match\" classname=\"claimcheck.rules\" time=\"0\">\n      <failure type=\"CC040 CC010\" message=\"invalid input: `cuont` is not a rule kind"
        ),
        "{junit}"
    );
    assert!(junit.contains("(and 1 more finding)\">"), "{junit}");
    assert_eq!(junit.matches("<failure ").count(), 1, "{junit}");
    assert!(
        junit.contains("tests=\"1\" failures=\"1\" errors=\"0\""),
        "{junit}"
    );
}

#[test]
fn bad_input_exits_2_in_every_format() {
    let dir = common::fixture("input-yaml-syntax");
    for format in [
        "human", "json", "sarif", "github", "junit", "concise", "markdown",
    ] {
        let (_, code) = common::run(&dir, &["check", ".", "--format", format]);
        assert_eq!(code, 2, "--format {format}");
    }
}

/// A one-line claims file (JSON-style YAML) of 400 claims, each with a finding labelled on
/// that one 100 KB line: miette used to panic on it (exit 101); each excerpt is now a
/// window of the line around its label.
#[test]
fn a_one_line_claims_file_renders_within_the_width() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for folder in ["claims", "sources", "entities", "rules"] {
        std::fs::create_dir(root.join(folder)).unwrap();
    }
    std::fs::write(
        root.join("sources/a.txt"),
        "There are 5 counties in the place.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("sources/sources.yaml"),
        "sources:\n  - {id: a, title: A, published: 2024-01-01, text: a.txt}\n",
    )
    .unwrap();
    std::fs::write(
        root.join("entities/e.yaml"),
        "entities:\n  - {name: Real, kind: province}\n",
    )
    .unwrap();
    let claims: Vec<String> = (0..400)
        .map(|i| {
            format!(
                "{{id: c{i}, quote: \"There are 5 counties\", subject: Nowhere{i}, metric: m, value: 5, unit: county, note: \"{}\"}}",
                "x".repeat(200)
            )
        })
        .collect();
    std::fs::write(
        root.join("claims/c.yaml"),
        format!("{{source: a, claims: [{}]}}\n", claims.join(", ")),
    )
    .unwrap();
    let (text, code) = common::run(root, &["check", "."]);
    assert_eq!(code, 0, "warnings only");
    assert_eq!(text.matches("CC022 unknown-entity").count(), 400);
    for line in text.lines() {
        assert!(
            line.chars().count() <= 100,
            "wider than 100 columns: {line}"
        );
    }
    assert!(text.contains("subject: Nowhere399, metric"));
}

/// An escape sequence in a YAML key and a bell in an article reach the terminal as visible
/// symbols, never as control characters, in the human and concise formats alike.
#[test]
fn control_characters_from_the_input_never_reach_the_terminal() {
    let dir = common::fixture_copy("input-unknown-field");
    common::edit(
        dir.path(),
        "claims/gansu.yaml",
        "metirc: poor counties",
        "metric: poor counties\n    \"\\e[2Jmetirc\\a\": poor counties",
    );
    common::edit(dir.path(), "claims/gansu.yaml", "valeu:", "value:");
    let article = std::fs::read_dir(dir.path().join("sources"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .unwrap();
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, text.replacen("There are", "There\u{7} are", 1)).unwrap();
    common::edit(
        dir.path(),
        "claims/gansu.yaml",
        "\"There are",
        "\"There\\a are",
    );
    for format in ["human", "concise", "github", "markdown"] {
        let (out, code) = common::run(dir.path(), &["check", ".", "--format", format]);
        assert_eq!(code, 2);
        assert!(out.contains("␛[2Jmetirc␇"), "{format}: {out}");
        if format == "human" {
            assert!(out.contains("There␇ are"), "the article passage: {out}");
        }
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: {out:?}"
        );
    }
}

/// A quote written as a block scalar (`>-`, `|`...) is labelled from its first content
/// character to the end of its last content line: never onto the field below it, in the
/// human drawing, the JSON labels and SARIF's region alike.
#[test]
fn a_block_scalar_quote_is_labelled_on_its_own_lines() {
    for indicator in [">-", ">", "|", "|-"] {
        let dir = common::one_source_project(
            "The city of Riverton now runs 12 public libraries after opening 3 new branches.\n",
        );
        let claims = format!(
            "source: a\nclaims:\n  - id: libraries-now\n    quote: {indicator}\n      \
             The city of Riverton now runs\n      13 public libraries\n    \
             subject: Riverton\n    metric: public libraries\n    value: 13\n    unit: library\n"
        );
        std::fs::write(dir.path().join("claims/a.yaml"), &claims).unwrap();
        let (json, _) = common::run(dir.path(), &["check", ".", "--format", "json"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        let quote_not_found = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "CC201")
            .unwrap_or_else(|| panic!("{indicator}: no CC201 in {json:#}"));
        let label = &quote_not_found["labels"][0];
        let span = label["span"]["start"].as_u64().unwrap() as usize
            ..label["span"]["end"].as_u64().unwrap() as usize;
        assert_eq!(
            &claims[span], "The city of Riverton now runs\n      13 public libraries",
            "{indicator}"
        );
        assert_eq!(
            (&label["line"], &label["end_line"], &label["end_column"]),
            (&5.into(), &6.into(), &26.into()),
            "{indicator}"
        );
        let (sarif, _) = common::run(dir.path(), &["check", ".", "--format", "sarif"]);
        let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
        let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["endLine"], 6, "{indicator}: {region}");
        let (human, _) = common::run(dir.path(), &["check", "."]);
        assert!(
            human.contains(" 6 │ ├─▶       13 public libraries\n")
                && human.contains(" 7 │         subject: Riverton\n   ╰"),
            "{indicator}: the range must end on the last line of the quote:\n{human}"
        );
    }
}

#[test]
fn a_file_name_that_reorders_its_line_is_written_out_in_the_human_report() {
    let dir = common::fixture_copy("value-not-in-quote");
    rename_the_claims_file(dir.path(), "x\u{202e}lmy.yaml");
    let (human, code) = common::run(dir.path(), &["check", "."]);
    assert_eq!(code, 1, "{human}");
    assert!(!human.contains('\u{202e}'), "{human}");
    assert!(human.contains("claims/x\\u{202e}lmy.yaml"), "{human}");
}

/// Renames the one claims file of the project at `dir` to `name`; returns its new path.
fn rename_the_claims_file(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let claims = dir.join("claims");
    let file = std::fs::read_dir(&claims)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let renamed = claims.join(name);
    std::fs::rename(&file, &renamed).unwrap();
    renamed
}

/// A file may be named with a line break. Every line-oriented format keeps each finding on its
/// line, showing the break as `␊`; SARIF percent-encodes the real name and JSON keeps it.
#[test]
fn a_line_break_in_a_file_name_breaks_no_line_of_a_report() {
    let project = common::fixture_copy("count-fail");
    let name = "two\nlines.yaml";
    rename_the_claims_file(project.path(), name);
    let (concise, code) = common::run(project.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(code, 1, "{concise}");
    let lines: Vec<&str> = concise.lines().collect();
    let (summary, findings) = lines.split_last().unwrap();
    assert!(summary.starts_with("claimcheck: "), "{concise}");
    assert!(!findings.is_empty());
    for finding in findings {
        assert!(finding.starts_with("claims/two␊lines.yaml:"), "{concise}");
    }
    let (human, _) = common::run(project.path(), &["check", "."]);
    assert!(human.contains("╭─[claims/two␊lines.yaml:"), "{human}");
    assert!(!human.contains("two\nlines"), "{human}");
    let (markdown, _) = common::run(project.path(), &["check", ".", "--format", "markdown"]);
    assert!(markdown.contains("`claims/two␊lines.yaml:"), "{markdown}");
    let (sarif, _) = common::run(project.path(), &["check", ".", "--format", "sarif"]);
    assert!(sarif.contains("\"claims/two%0Alines.yaml\""), "{sarif}");
    let (json, _) = common::run(project.path(), &["check", ".", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["diagnostics"][0]["file"], "claims/two\nlines.yaml");
}
