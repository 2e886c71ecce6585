//! claimcheck in CI as a repository uses it: a project in a subfolder (paths in every
//! format name files from where claimcheck runs; SARIF valid against the official 2.1.0
//! schema), a baseline of accepted findings, and the switches (codes off, a minimum
//! severity, the project found from a folder inside it).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The shipped corpus's Gansu and Guangxi claims, renamed in the scratch repository to a
/// name that a URI must encode.
const RENAMED: &str = "gansu guangxi é.yaml";
const GANSU: &str = "claims/2020-11-21-cns-gansu-guangxi.yaml";

fn claimcheck(dir: &Path, args: &[&str]) -> (String, String, i32) {
    common::run_with_stderr(dir, args)
}

/// A scratch git repository (when git is installed) with the shipped corpus in `sub/` and
/// one claims file renamed to [`RENAMED`].
fn repository_with_project_in_sub() -> tempfile::TempDir {
    let corpus = common::corpus_copy();
    let repository = tempfile::tempdir().unwrap();
    common::copy_dir(corpus.path(), &repository.path().join("sub"));
    let claims = repository.path().join("sub/claims");
    std::fs::rename(
        claims.join(GANSU.trim_start_matches("claims/")),
        claims.join(RENAMED),
    )
    .unwrap();
    // A repository as CI checks it out; nothing below depends on git itself.
    let _ = Command::new("git")
        .args(["init", "-q"])
        .current_dir(repository.path())
        .status();
    repository
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn github_annotations_name_files_from_the_repository_root() {
    let repository = repository_with_project_in_sub();
    let (text, _, code) = claimcheck(repository.path(), &["check", "sub", "--format", "github"]);
    assert_eq!(code, 1, "{text}");
    let files: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split("file=").nth(1))
        .map(|rest| rest.split(',').next().unwrap())
        .collect();
    assert!(!files.is_empty(), "{text}");
    for file in &files {
        assert!(file.starts_with("sub/claims/"), "{file}");
        assert!(
            repository.path().join(file).is_file(),
            "{file} is not a file of the repository"
        );
    }
    assert!(
        files.contains(&"sub/claims/gansu guangxi é.yaml"),
        "{files:?}"
    );
}

#[test]
fn every_format_names_files_from_the_working_folder() {
    let repository = repository_with_project_in_sub();
    let (human, _, _) = claimcheck(repository.path(), &["check", "sub"]);
    assert!(human.contains("╭─[sub/claims/"), "{human}");
    assert!(!human.contains("╭─[claims/"), "{human}");
    let (text, _, _) = claimcheck(repository.path(), &["check", "sub", "--format", "json"]);
    for diagnostic in json(&text)["diagnostics"].as_array().unwrap() {
        for label in diagnostic["labels"].as_array().unwrap() {
            let file = label["file"].as_str().unwrap();
            assert!(file.starts_with("sub/"), "{file}");
        }
    }
    let (junit, _, _) = claimcheck(repository.path(), &["check", "sub", "--format", "junit"]);
    assert!(junit.contains("sub/claims/"), "{junit}");
    // From inside the project, files under the working folder are relative to it and the
    // others absolute.
    let claims = repository.path().join("sub/claims");
    let (text, _, _) = claimcheck(&claims, &["check", "..", "--format", "json"]);
    let files: Vec<String> = json(&text)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["labels"].as_array().unwrap().clone())
        .map(|label| label["file"].as_str().unwrap().to_string())
        .collect();
    assert!(files.iter().any(|f| f == RENAMED), "{files:?}");
    let rules = claims
        .canonicalize()
        .unwrap()
        .parent()
        .unwrap()
        .join("rules");
    assert!(
        files.iter().any(|f| Path::new(f).starts_with(&rules)),
        "{files:?}"
    );
}

/// Whether `uri` is an RFC 3986 URI reference made of unreserved characters, `/`, `:`
/// and percent-escapes (all claimcheck writes), with no scheme unless `file:`.
fn is_plain_uri_reference(uri: &str) -> bool {
    let bytes = uri.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'%' => {
                let hex = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_hexdigit());
                if !(hex(bytes.get(at + 1)) && hex(bytes.get(at + 2))) {
                    return false;
                }
                at += 3;
                continue;
            }
            b if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) => {}
            b':' if uri.starts_with("file:") && at == 4 => {}
            _ => return false,
        }
        at += 1;
    }
    true
}

/// Percent-decoding, to find the file a URI names.
fn decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            out.push(u8::from_str_radix(&uri[at + 1..at + 3], 16).unwrap());
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn sarif_uris_are_encoded_and_relative_to_a_named_base() {
    let repository = repository_with_project_in_sub();
    let (text, _, _) = claimcheck(repository.path(), &["check", "sub", "--format", "sarif"]);
    let log = json(&text);
    let run = &log["runs"][0];
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );
    assert!(is_plain_uri_reference(base), "{base}");
    let base_folder = PathBuf::from(decode(base.trim_start_matches("file://")));
    assert_eq!(base_folder, repository.path().canonicalize().unwrap());
    let mut uris = Vec::new();
    for result in run["results"].as_array().unwrap() {
        let locations = result["locations"].as_array().into_iter().flatten();
        let related = result["relatedLocations"].as_array().into_iter().flatten();
        for location in locations.chain(related) {
            let artifact = &location["physicalLocation"]["artifactLocation"];
            let uri = artifact["uri"].as_str().unwrap();
            assert!(is_plain_uri_reference(uri), "{uri}");
            assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
            assert!(base_folder.join(decode(uri)).is_file(), "{uri}");
            uris.push(uri.to_string());
        }
    }
    assert!(
        uris.contains(&"sub/claims/gansu%20guangxi%20%C3%A9.yaml".to_string()),
        "{uris:?}"
    );
    assert!(
        run["tool"]["driver"].get("informationUri").is_none()
            || run["tool"]["driver"]["informationUri"]
                .as_str()
                .is_some_and(|uri| uri.starts_with("https://"))
    );
}

/// Runs check-jsonschema (from PyPI) with the official SARIF 2.1.0 schema committed under
/// `tests/` (OASIS sarif-spec's `sarif-schema-2.1.0.json`, the copy the serde-sarif crate
/// ships). The schema's own `language` pattern is not an ECMA regex in unicode mode
/// (an erratum of the published file), hence Python's regex dialect.
fn check_jsonschema(file: &Path) -> Option<std::process::Output> {
    let schema = common::root().join("tests/sarif-schema-2.1.0.json");
    Command::new("check-jsonschema")
        .args(["--regex-variant", "python", "--schemafile"])
        .arg(schema)
        .arg(file)
        .output()
        .ok()
}

#[test]
fn sarif_validates_against_the_official_schema_with_check_jsonschema() {
    let repository = repository_with_project_in_sub();
    let report = repository.path().join("claimcheck.sarif");
    let (_, _, code) = claimcheck(
        repository.path(),
        &[
            "check",
            "sub",
            "--format",
            "sarif",
            "--output",
            "claimcheck.sarif",
        ],
    );
    assert_eq!(code, 1);
    // A control that must fail: the same log with a raw space and `é` in one URI.
    let text = std::fs::read_to_string(&report).unwrap();
    let broken = repository.path().join("broken.sarif");
    std::fs::write(&broken, text.replace("%20guangxi%20%C3%A9", " guangxi é")).unwrap();
    let Some(control) = check_jsonschema(&broken) else {
        eprintln!(
            "SKIPPED: check-jsonschema is not installed (pip install check-jsonschema \
             rfc3986-validator); the SARIF was not validated against the official schema"
        );
        return;
    };
    if control.status.success() {
        eprintln!(
            "SKIPPED: this check-jsonschema does not check URI formats (pip install \
             rfc3986-validator); the SARIF was not validated against the official schema"
        );
        return;
    }
    let output = check_jsonschema(&report).unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // The runs without findings of rules are logs too: no findings, invalid input, and a
    // folder that is no project.
    let empty = tempfile::tempdir().unwrap();
    for (scenario, dir, expected) in [
        ("no findings", common::fixture("count-pass"), 0),
        ("invalid input", common::fixture("input-yaml-syntax"), 2),
        ("no project", empty.path().to_path_buf(), 2),
    ] {
        let (text, _, code) = claimcheck(&dir, &["check", ".", "--format", "sarif"]);
        assert_eq!(code, expected, "{scenario}");
        let log = repository.path().join("scenario.sarif");
        std::fs::write(&log, text).unwrap();
        let output = check_jsonschema(&log).unwrap();
        assert!(
            output.status.success(),
            "{scenario}: {}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

/// (code, message) of every diagnostic of a JSON report.
fn reported(text: &str) -> Vec<(String, String)> {
    json(text)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_baseline_accepts_known_findings_and_fails_on_new_ones() {
    let project = common::corpus_copy();
    let dir = project.path();
    let (_, stderr, code) = claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("wrote 5 findings"), "{stderr}");
    let written = std::fs::read_to_string(dir.join("baseline.json")).unwrap();
    let (human, _, code) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
    assert_eq!(code, 0, "{human}");
    assert!(
        // The summary wraps at the width like every line of the report.
        human
            .replace("\n  ", " ")
            .ends_with("0 errors, 0 warnings, 1 suppressed, 5 accepted by the baseline\n"),
        "{human}"
    );
    // Writing again gives the same bytes: the file is sorted and stable.
    claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("baseline.json")).unwrap(),
        written
    );
    // Lines moving do not matter.
    let gansu = dir.join(GANSU);
    let text = std::fs::read_to_string(&gansu).unwrap();
    std::fs::write(&gansu, format!("# reviewed in March\n{text}")).unwrap();
    let (out, _, code) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
    assert_eq!(code, 0, "{out}");
    // A new inconsistency is reported, alone: the list now leaves out a county its quote
    // names (CC204), with the count it falls one short of (CC101) as its note.
    common::edit(dir, GANSU, "Dahua, Duan]", "Dahua]");
    let (out, _, code) = claimcheck(
        dir,
        &["check", "--baseline", "baseline.json", "--format", "json"],
    );
    assert_eq!(code, 1, "{out}");
    let mut codes: Vec<String> = reported(&out).into_iter().map(|(code, _)| code).collect();
    codes.sort();
    assert_eq!(codes, ["CC204"]);
    assert_eq!(json(&out)["summary"]["baselined"], 5);
}

#[test]
fn a_baseline_entry_whose_finding_is_gone_is_reported() {
    let project = common::corpus_copy();
    let dir = project.path();
    claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    // "Aktao County" (a CC022 warning in the baseline) becomes an alias of Akto County.
    common::edit(
        dir,
        "entities/china.yaml",
        "  - name: Akto County\n",
        "  - name: Akto County\n    aliases: [Aktao County]\n",
    );
    let (out, _, code) = claimcheck(
        dir,
        &["check", "--baseline", "baseline.json", "--format", "json"],
    );
    let found = reported(&out);
    let codes: Vec<&str> = found.iter().map(|(c, _)| c.as_str()).collect();
    assert!(codes.contains(&"CC053"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|(c, m)| c == "CC053" && m.contains("CC022")),
        "{found:?}"
    );
    // A stale entry is a warning: it fails only under --deny warnings.
    assert_eq!(code, 0, "{found:?}");
    let (_, _, code) = claimcheck(
        dir,
        &["check", "--baseline", "baseline.json", "--deny", "warnings"],
    );
    assert_eq!(code, 1);
    let (human, _, _) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
    common::snapshot_settings().bind(|| insta::assert_snapshot!("baseline_unused_entry", human));
}

#[test]
fn a_baseline_that_is_not_one_is_a_usage_error() {
    let project = common::corpus_copy();
    let dir = project.path();
    std::fs::write(dir.join("baseline.json"), "[1, 2]").unwrap();
    let (_, stderr, code) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a claimcheck baseline"), "{stderr}");
    let (_, stderr, code) = claimcheck(dir, &["check", "--baseline", "missing.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("could not read the baseline"), "{stderr}");
    assert!(stderr.contains("`--write-baseline FILE` first"), "{stderr}");
    // The report is never written over the baseline it reads.
    claimcheck(dir, &["check", "--write-baseline", "accepted.json"]);
    let before = std::fs::read(dir.join("accepted.json")).unwrap();
    let (_, stderr, code) = claimcheck(
        dir,
        &[
            "check",
            "--baseline",
            "accepted.json",
            "--output",
            "./accepted.json",
        ],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("would overwrite the baseline"), "{stderr}");
    assert_eq!(std::fs::read(dir.join("accepted.json")).unwrap(), before);
    // Nor over the baseline it records, existing or not yet written.
    for recorded in ["accepted.json", "new.json"] {
        let (_, stderr, code) = claimcheck(
            dir,
            &[
                "check",
                "--write-baseline",
                recorded,
                "--output",
                &format!("./{recorded}"),
            ],
        );
        assert_eq!(code, 2, "{recorded}");
        assert!(
            stderr.contains("would overwrite the baseline `--write-baseline"),
            "{stderr}"
        );
    }
    assert_eq!(std::fs::read(dir.join("accepted.json")).unwrap(), before);
    assert!(!dir.join("new.json").exists());
    // Nor through a link to the baseline not written yet.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("linked.json", dir.join("report.txt")).unwrap();
        let (_, stderr, code) = claimcheck(
            dir,
            &[
                "check",
                "--write-baseline",
                "linked.json",
                "--output",
                "report.txt",
            ],
        );
        assert_eq!(code, 2, "{stderr}");
        assert!(!dir.join("linked.json").exists());
    }
}

#[test]
fn a_baseline_holds_when_the_project_folder_is_renamed_or_run_from_elsewhere() {
    let corpus = common::corpus_copy();
    let repository = tempfile::tempdir().unwrap();
    let dir = repository.path();
    common::copy_dir(corpus.path(), &dir.join("first"));
    let (_, stderr, code) = claimcheck(dir, &["check", "first", "--write-baseline", "b.json"]);
    assert_eq!(code, 0, "{stderr}");
    std::fs::rename(dir.join("first"), dir.join("second é")).unwrap();
    let (out, _, code) = claimcheck(dir, &["check", "second é", "--baseline", "b.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("5 accepted by the baseline"), "{out}");
    let (out, _, code) = claimcheck(
        &dir.join("second é/claims"),
        &["check", "--baseline", "../../b.json"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn reports_and_baselines_are_never_written_among_the_input() {
    let project = common::corpus_copy();
    let dir = project.path();
    let article = dir.join("sources/2020-11-23-cns-guizhou.txt");
    let before = std::fs::read(&article).unwrap();
    for (flag, path, from) in [
        ("--output", "sources/2020-11-23-cns-guizhou.txt", "."),
        ("--output", "claims/report.yaml", "."),
        ("--output", "./rules/../entities/report.json", "."),
        ("--output", "report.txt", "claims"),
        ("--output", "coverage.yaml", "."),
        ("--write-baseline", "rules/baseline.json", "."),
    ] {
        let (out, stderr, code) = claimcheck(&dir.join(from), &["check", flag, path]);
        assert_eq!(code, 2, "{flag} {path} from {from}: {out}");
        assert!(
            stderr.contains(flag) && stderr.contains("input"),
            "{stderr}"
        );
        assert!(out.is_empty(), "nothing is reported: {out}");
    }
    assert_eq!(std::fs::read(&article).unwrap(), before);
    for folder in ["claims", "rules", "entities"] {
        let names: Vec<_> = std::fs::read_dir(dir.join(folder))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert!(
            names.iter().all(|n| n.to_string_lossy().ends_with(".yaml")),
            "{folder}: {names:?}"
        );
    }
    // Beside the project is where a report goes.
    let (_, stderr, code) = claimcheck(dir, &["check", "--output", "report.txt"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(dir.join("report.txt").is_file());
}

#[test]
fn a_report_file_is_an_ordinary_file_and_dash_is_standard_output() {
    let project = common::corpus_copy();
    let dir = project.path();
    let (out, _, code) = claimcheck(dir, &["check", "--format", "concise", "--output", "-"]);
    assert_eq!(code, 1);
    assert!(out.contains("CC103"), "{out}");
    assert!(!dir.join("-").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        claimcheck(
            dir,
            &["check", "--format", "html", "--output", "report.html"],
        );
        claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
        // The mode any new file gets here (the umask's), not a temporary file's 0600.
        std::fs::write(dir.join("plain.txt"), "").unwrap();
        let mode = |name: &str| {
            std::fs::metadata(dir.join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("report.html"), mode("plain.txt"));
        assert_eq!(mode("baseline.json"), mode("plain.txt"));
    }
}

fn codes_of(dir: &Path, args: &[&str]) -> (Vec<String>, i32) {
    let mut all = vec!["check", ".", "--format", "json"];
    all.extend_from_slice(args);
    let (out, stderr, code) = claimcheck(dir, &all);
    assert!(!out.is_empty(), "{stderr}");
    (reported(&out).into_iter().map(|(c, _)| c).collect(), code)
}

#[test]
fn a_code_is_turned_off_by_ignore_by_severity_off_or_in_the_configuration() {
    let project = common::corpus_copy();
    let dir = project.path();
    let (all, _) = codes_of(dir, &[]);
    assert!(all.iter().any(|c| c == "CC022"), "{all:?}");
    for args in [
        &["--ignore", "CC022"][..],
        &["--severity", "unknown-entity=off"],
    ] {
        let (codes, code) = codes_of(dir, args);
        assert!(!codes.iter().any(|c| c == "CC022"), "{args:?}: {codes:?}");
        assert_eq!(codes.len(), all.len() - 2, "{args:?}");
        assert_eq!(code, 1);
    }
    std::fs::write(dir.join("claimcheck.yaml"), "severity:\n  CC022: off\n").unwrap();
    let (codes, _) = codes_of(dir, &[]);
    assert!(!codes.iter().any(|c| c == "CC022"), "{codes:?}");
    // The command line applies after the file: the code is back, as an error.
    let (codes, _) = codes_of(dir, &["--severity", "CC022=error"]);
    assert_eq!(codes.iter().filter(|c| *c == "CC022").count(), 2);
    // Turning every error off leaves a run that passes.
    let (codes, code) = codes_of(
        dir,
        &[
            "--ignore", "CC103", "--ignore", "CC142", "--ignore", "CC143",
        ],
    );
    assert!(codes.is_empty(), "{codes:?}");
    assert_eq!(code, 0);
}

#[test]
fn a_help_uri_base_that_would_make_invalid_sarif_is_a_usage_error() {
    let root = common::root();
    let (out, stderr, code) = claimcheck(
        &root,
        &[
            "check",
            "--format",
            "sarif",
            "--help-uri-base",
            "docs/codes#",
        ],
    );
    assert_eq!(code, 2, "{out}");
    assert!(stderr.contains("not an absolute URL"), "{stderr}");
    let (_, stderr, code) = claimcheck(
        &root,
        &[
            "check",
            "--format",
            "sarif",
            "--help-uri-base",
            "https://x.org/my docs#",
        ],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("%20"), "{stderr}");
    let (out, _, code) = claimcheck(
        &root,
        &[
            "check",
            "--format",
            "sarif",
            "--help-uri-base",
            "https://x.org/my%20docs#",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        json(&out)["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"],
        "https://x.org/my%20docs#CC001"
    );
}

#[test]
fn a_help_uri_base_for_a_format_without_rules_to_link_is_a_usage_error() {
    let root = common::root();
    let (out, stderr, code) = claimcheck(
        &root,
        &[
            "check",
            "--format",
            "json",
            "--help-uri-base",
            "https://x.org/docs#",
        ],
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        stderr.contains("`--help-uri-base` goes with `--format sarif`"),
        "{stderr}"
    );
}

#[test]
fn selecting_and_ignoring_one_code_is_a_usage_error() {
    let project = common::corpus_copy();
    let (out, stderr, code) = claimcheck(
        project.path(),
        &["check", "--select", "CC022", "--ignore", "cc022"],
    );
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(stderr.contains("contradict"), "{stderr}");
    // Different codes go together.
    let (codes, code) = codes_of(project.path(), &["--select", "CC022", "--ignore", "CC103"]);
    assert_eq!(code, 0);
    assert_eq!(codes, ["CC022", "CC022"]);
}

#[test]
fn codes_of_invalid_input_cannot_be_turned_off() {
    let (_, stderr, code) = claimcheck(&common::root(), &["check", "--ignore", "CC001"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("marks invalid input"), "{stderr}");
    let (_, stderr, code) = claimcheck(&common::root(), &["check", "--ignore", "CC999"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a claimcheck code"), "{stderr}");
}

#[test]
fn min_severity_shows_only_what_is_at_least_that_level() {
    let root = common::root();
    let (all, _) = codes_of(&root, &[]);
    let (errors, code) = codes_of(&root, &["--min-severity", "error"]);
    assert_eq!(code, 1);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(!errors.iter().any(|c| c == "CC022"));
    let (warnings, _) = codes_of(&root, &["--min-severity", "warning"]);
    assert_eq!(warnings, all);
    // Warnings left out do not fail a run under --deny warnings.
    let project = common::corpus_copy();
    let (_, code) = codes_of(
        project.path(),
        &[
            "--min-severity",
            "error",
            "--ignore",
            "CC103",
            "--ignore",
            "CC142",
            "--ignore",
            "CC143",
            "--deny",
            "warnings",
        ],
    );
    assert_eq!(code, 0);
}

#[test]
fn the_project_is_found_from_a_folder_inside_it() {
    let repository = repository_with_project_in_sub();
    let claims = repository.path().join("sub/claims");
    let (human, _, code) = claimcheck(&claims, &["check"]);
    assert_eq!(code, 1, "{human}");
    let root = repository.path().join("sub").canonicalize().unwrap();
    let first = human.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "claimcheck: checking the project at {} (found above the current folder)",
            root.display()
        )
    );
    // Files under the working folder are named from it.
    assert!(human.contains(&format!("╭─[{RENAMED}:")), "{human}");
    assert!(
        human.ends_with("3 errors, 2 warnings, 1 suppressed\n"),
        "{human}"
    );
    // coverage and list find it too.
    let (table, _, code) = claimcheck(&claims, &["coverage"]);
    assert_eq!(code, 0, "{table}");
    assert!(table.starts_with(first), "{table}");
    assert!(table.contains("100.0% covered"), "{table}");
    let (listed, _, code) = claimcheck(&claims, &["list", "rules"]);
    assert_eq!(code, 0, "{listed}");
    assert!(listed.contains("lists-match-counts"), "{listed}");
    // claimcheck.yaml marks a root too, and a folder that is no project is reported.
    let nested = repository.path().join("sub/sources/nested");
    std::fs::create_dir_all(&nested).unwrap();
    let (human, _, _) = claimcheck(&nested, &["check"]);
    assert!(
        human.starts_with("claimcheck: checking the project at "),
        "{human}"
    );
    let outside = tempfile::tempdir().unwrap();
    let (_, _, code) = claimcheck(outside.path(), &["check"]);
    assert_eq!(code, 2);
}

/// The lines of the `run: |` block of the action's step `id: check`, unindented.
fn action_check_script() -> String {
    let action = std::fs::read_to_string(common::root().join("action.yml")).unwrap();
    let step = &action[action.find("id: check").unwrap()..];
    let block = &step[step.find("run: |\n").unwrap() + "run: |\n".len()..];
    let mut script = String::new();
    for line in block.lines() {
        if !line.is_empty() && !line.starts_with("        ") {
            break;
        }
        script.push_str(line.get(8..).unwrap_or(""));
        script.push('\n');
    }
    script
}

/// The action's check step as a workflow runs it on the project in `sub/` of `dir`: with
/// `claimcheck` as the binary, `args` as its `args:` input, the SARIF file and the step's
/// output file named as given.
fn action_step(dir: &Path, claimcheck: &Path, args: &str, sarif: &str, outputs: &str) -> Command {
    let mut command = Command::new("bash");
    command
        .arg("-c")
        .arg(action_check_script())
        .current_dir(dir)
        .env("CLAIMCHECK", claimcheck)
        .env("PROJECT", "sub")
        .env("ARGS", args)
        .env("SARIF_FILE", sarif)
        .env("GITHUB_OUTPUT", dir.join(outputs));
    command
}

#[test]
fn the_action_annotates_and_summarises_a_project_in_a_subfolder() {
    let repository = repository_with_project_in_sub();
    let dir = repository.path();
    let binary = Path::new(env!("CARGO_BIN_EXE_claimcheck"));
    let output = action_step(
        dir,
        binary,
        "--deny warnings",
        "claimcheck.sarif",
        "output.txt",
    )
    .env("GITHUB_STEP_SUMMARY", dir.join("summary.md"))
    .env("NO_COLOR", "1")
    .output()
    .unwrap();
    let annotations = String::from_utf8(output.stdout).unwrap();
    assert!(
        annotations.contains("::error file=sub/claims/gansu guangxi é.yaml,"),
        "{annotations}"
    );
    let outputs = std::fs::read_to_string(dir.join("output.txt")).unwrap();
    assert_eq!(outputs, "exit-code=1\n");
    let sarif = json(&std::fs::read_to_string(dir.join("claimcheck.sarif")).unwrap());
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
        "%SRCROOT%"
    );
    let summary = std::fs::read_to_string(dir.join("summary.md")).unwrap();
    let (help, _, _) = claimcheck(dir, &["check", "--help"]);
    if help.contains("markdown") {
        assert!(summary.contains("sub/claims/"), "{summary}");
    } else {
        assert!(summary.starts_with("### claimcheck\n"), "{summary}");
        assert!(
            summary.contains(
                "5 sources, 104 claims, 73 entities, 20 rules: 3 errors, 2 warnings, 1 suppressed"
            ),
            "{summary}"
        );
        assert!(summary.contains("Exit code 1"), "{summary}");
    }
}

#[test]
fn the_action_refuses_args_that_choose_its_formats_or_outputs() {
    let repository = repository_with_project_in_sub();
    let dir = repository.path();
    for args in [
        "--format json",
        "--deny warnings --output x.json",
        "--statistics",
    ] {
        let binary = Path::new(env!("CARGO_BIN_EXE_claimcheck"));
        let output = action_step(dir, binary, args, "refused.sarif", "refused.txt")
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(
            stdout.starts_with("::error title=claimcheck action::`args` may not contain"),
            "{args}: {stdout}"
        );
        let outputs = std::fs::read_to_string(dir.join("refused.txt")).unwrap();
        assert_eq!(outputs, "exit-code=2\n", "{args}");
        assert!(
            !dir.join("refused.sarif").exists(),
            "{args}: claimcheck ran"
        );
        std::fs::remove_file(dir.join("refused.txt")).unwrap();
    }
}

/// The hook's `entry:` and `files:` from `.pre-commit-hooks.yaml`.
fn pre_commit_hook() -> (String, String) {
    let hooks = std::fs::read_to_string(common::root().join(".pre-commit-hooks.yaml")).unwrap();
    let field = |name: &str| {
        hooks
            .lines()
            .find_map(|line| line.trim().strip_prefix(&format!("{name}: ")))
            .unwrap()
            .to_string()
    };
    (field("entry"), field("files"))
}

#[test]
fn the_pre_commit_hook_checks_a_project_in_a_subfolder() {
    let (entry, files) = pre_commit_hook();
    let repository = repository_with_project_in_sub();
    // pre-commit runs `entry` followed by the hook's `args:` from the repository's root.
    let mut words = entry.split_whitespace();
    assert_eq!(words.next(), Some("claimcheck"));
    let mut args: Vec<&str> = words.collect();
    args.push("sub");
    let (out, _, code) = claimcheck(repository.path(), &args);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("╭─[sub/claims/"), "{out}");
    // pre-commit matches `files:` with Python's re.search: check it the same way.
    let script = "import re, sys\npattern = re.compile(sys.argv[1])\n\
         for path in sys.argv[2:]:\n    print(path, bool(pattern.search(path)))";
    let paths = [
        "claims/a.yaml",
        "sub/claims/gansu guangxi é.yaml",
        "sub/sources/article.txt",
        "sub/claimcheck.yaml",
        "docs/notes.md",
        "sub/reclaims.yaml",
    ];
    let Ok(output) = Command::new("python3")
        .args(["-c", script, &files])
        .args(paths)
        .output()
    else {
        eprintln!("SKIPPED: python3 is not installed; the hook's `files:` pattern was not tried");
        return;
    };
    let matched = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        matched,
        "claims/a.yaml True\nsub/claims/gansu guangxi é.yaml True\nsub/sources/article.txt True\n\
         sub/claimcheck.yaml True\ndocs/notes.md False\nsub/reclaims.yaml False\n"
    );
}

#[test]
fn github_output_ends_with_a_notice_when_github_would_hide_annotations() {
    let project = common::corpus_copy();
    let dir = project.path();
    // Twelve claims whose quotes the article does not contain: twelve errors.
    let claims: String = (1..=12)
        .map(|n| {
            format!(
                "  - id: invented-{n}\n    quote: \"a sentence the article never wrote, number {n}\"\n    \
                 subject: China\n    metric: invented\n    status: complete\n"
            )
        })
        .collect();
    std::fs::write(
        dir.join("claims/invented.yaml"),
        format!("source: 2020-11-21-cns-gansu-guangxi\nclaims:\n{claims}"),
    )
    .unwrap();
    let (text, _, code) = claimcheck(dir, &["check", "--format", "github"]);
    assert_eq!(code, 1);
    let errors = text.lines().filter(|l| l.starts_with("::error ")).count();
    assert!(errors > 10, "{text}");
    let last = text.lines().last().unwrap();
    assert!(
        last.starts_with(&format!(
            "::notice title=claimcheck summary::claimcheck found {errors} errors, 2 warnings; GitHub shows 10"
        )),
        "{last}"
    );
    // The shipped corpus alone has too few findings for a notice.
    let (text, _, _) = claimcheck(&common::root(), &["check", "--format", "github"]);
    assert!(!text.contains("::notice"), "{text}");
}

#[test]
fn the_action_writes_the_markdown_report_to_the_summary_when_claimcheck_has_one() {
    let repository = repository_with_project_in_sub();
    let dir = repository.path();
    // A claimcheck whose `check --help` lists a markdown format, standing in for a build
    // that has one.
    let wrapper = dir.join("claimcheck-with-markdown");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ncase \"$*\" in\n  *--help*) echo '[possible values: human, markdown]' ;;\n  \
             *'--format markdown'*) echo '# markdown report of' \"$2\" ;;\n  *) exec '{}' \"$@\" ;;\nesac\n",
            env!("CARGO_BIN_EXE_claimcheck")
        ),
    )
    .unwrap();
    let status = Command::new("chmod")
        .arg("+x")
        .arg(&wrapper)
        .status()
        .unwrap();
    assert!(status.success());
    let output = action_step(dir, &wrapper, "", "claimcheck.sarif", "output.txt")
        .env("GITHUB_STEP_SUMMARY", dir.join("summary.md"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let summary = std::fs::read_to_string(dir.join("summary.md")).unwrap();
    assert_eq!(summary, "# markdown report of sub\n");
}

#[test]
fn a_sources_url_is_shown_with_its_article_in_every_format() {
    let project = common::corpus_copy();
    let dir = project.path();
    let url = "https://example.org/2020/11/14/seventeen";
    common::edit(
        dir,
        "sources/sources.yaml",
        "    published: 2020-11-14\n",
        &format!("    published: 2020-11-14\n    url: {url}\n"),
    );
    let (human, _, _) = claimcheck(dir, &["check"]);
    assert!(
        human.contains(&format!("☞ the article says ({url})")),
        "{human}"
    );
    let (text, _, _) = claimcheck(dir, &["check", "--format", "json"]);
    let labels: Vec<serde_json::Value> = json(&text)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["labels"].as_array().unwrap().clone())
        .collect();
    let article = "sources/2020-11-14-seventeen-provinces-cleared.txt";
    assert!(labels.iter().any(|l| l["file"] == article));
    for label in &labels {
        let expected = if label["file"] == article {
            serde_json::json!(url)
        } else {
            serde_json::Value::Null
        };
        assert_eq!(label.get("url").cloned().unwrap_or_default(), expected);
    }
    let (text, _, _) = claimcheck(dir, &["check", "--format", "sarif"]);
    let log = json(&text);
    let typed: serde_sarif::sarif::Sarif = serde_json::from_value(log.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), log);
    let artifacts: Vec<&serde_json::Value> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["relatedLocations"].as_array().into_iter().flatten())
        .map(|l| &l["physicalLocation"]["artifactLocation"])
        .filter(|a| a["uri"] == article)
        .collect();
    assert!(!artifacts.is_empty());
    for artifact in artifacts {
        assert_eq!(artifact["properties"]["url"], url);
        assert_eq!(
            artifact["description"]["text"],
            format!("published at {url}")
        );
    }
}

/// Every result's `partialFingerprints` digest, in result order.
fn sarif_fingerprints(dir: &Path, args: &[&str]) -> Vec<String> {
    let (text, _, _) = claimcheck(dir, args);
    json(&text)["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["partialFingerprints"]["claimcheckFingerprint/v1"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn sarif_fingerprints_follow_findings_whatever_the_folder_and_the_lines() {
    let repository = repository_with_project_in_sub();
    let from_root = sarif_fingerprints(repository.path(), &["check", "sub", "--format", "sarif"]);
    assert_eq!(from_root.len(), 5);
    let project = repository.path().join("sub");
    let from_project = sarif_fingerprints(&project, &["check", "--format", "sarif"]);
    assert_eq!(from_root, from_project);
    let renamed = project.join("claims").join(RENAMED);
    let text = std::fs::read_to_string(&renamed).unwrap();
    std::fs::write(&renamed, format!("# a comment\n\n{text}")).unwrap();
    let moved = sarif_fingerprints(&project, &["check", "--format", "sarif"]);
    assert_eq!(from_project, moved);
}

/// The article of the unemployment projects below: three mentions of one rate.
const UNEMPLOYMENT_ARTICLE: &str = "Officials put end-2022 unemployment at 4.2%. \
    The mayor said unemployment stood at 4.5% at the end of 2022. \
    A third report also gave 4.5% for end-2022 unemployment. \
    A fourth report gave 4.2% for end-2022 unemployment.\n";

fn unemployment_claim(id: &str, quote: &str, value: &str) -> String {
    format!(
        "  - id: {id}\n    quote: \"{quote}\"\n    subject: Ruritania\n    metric: unemployment \
         rate\n    value: {value}\n    as_of: 2022-12-31\n"
    )
}

fn officials() -> String {
    unemployment_claim("officials", "end-2022 unemployment at 4.2%", "4.2%")
}

fn mayor() -> String {
    unemployment_claim(
        "mayor",
        "unemployment stood at 4.5% at the end of 2022",
        "4.5%",
    )
}

/// A project whose `claims/a.yaml` holds `claims` (of source `a`), under one agreement rule.
fn unemployment_project(claims: &[String]) -> tempfile::TempDir {
    let project = common::one_source_project(UNEMPLOYMENT_ARTICLE);
    let dir = project.path();
    std::fs::write(
        dir.join("rules/r.yaml"),
        "rules:\n  - id: same-fact-agrees\n    kind: agreement\n",
    )
    .unwrap();
    write_claims(dir, "a.yaml", claims);
    project
}

fn write_claims(dir: &Path, file: &str, claims: &[String]) {
    std::fs::write(
        dir.join("claims").join(file),
        format!("source: a\nclaims:\n{}", claims.concat()),
    )
    .unwrap();
}

#[test]
fn a_claim_that_agrees_with_one_side_of_an_accepted_disagreement_leaves_it_accepted() {
    let third = unemployment_claim(
        "third-report",
        "A third report also gave 4.5% for end-2022 unemployment",
        "4.5%",
    );
    let fourth = unemployment_claim(
        "fourth-report",
        "A fourth report gave 4.2% for end-2022 unemployment",
        "4.2%",
    );
    // Both orders of the two claims: which one the disagreement of two is reported on
    // depends on it, and a third claim may then side with either.
    for (first, second) in [(mayor(), officials()), (officials(), mayor())] {
        for joining in [&third, &fourth] {
            let project = unemployment_project(&[first.clone(), second.clone()]);
            let dir = project.path();
            let (_, stderr, code) =
                claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
            assert_eq!(code, 0, "{stderr}");
            assert!(stderr.contains("wrote 1 finding to"), "{stderr}");
            write_claims(dir, "b.yaml", std::slice::from_ref(joining));
            let (out, _, code) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
            assert_eq!(code, 0, "{out}");
            assert!(
                out.contains("0 errors, 0 warnings, 1 accepted by the baseline"),
                "{out}"
            );
        }
    }
    // The reviewer accepted 4.2% against 4.5%: another figure is another finding.
    let project = unemployment_project(&[mayor(), officials()]);
    let dir = project.path();
    claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    common::edit(dir, "claims/a.yaml", "value: 4.2%", "value: 4.1%");
    common::edit(
        dir,
        "claims/a.yaml",
        "unemployment at 4.2%",
        "unemployment at 4.1%",
    );
    std::fs::write(
        dir.join("sources/a.txt"),
        UNEMPLOYMENT_ARTICLE.replace("at 4.2%", "at 4.1%"),
    )
    .unwrap();
    let (out, _, code) = claimcheck(
        dir,
        &["check", "--baseline", "baseline.json", "--format", "json"],
    );
    assert_eq!(code, 1, "{out}");
    let mut codes: Vec<String> = reported(&out).into_iter().map(|(code, _)| code).collect();
    codes.sort();
    assert_eq!(codes, ["CC053", "CC141"]);
}

#[test]
fn a_version_1_baseline_is_matched_as_it_was_written() {
    let project = unemployment_project(&[mayor(), officials()]);
    let dir = project.path();
    // As claimcheck wrote it before findings about groups had identities of their own.
    std::fs::write(
        dir.join("baseline.json"),
        r#"{
  "version": 1,
  "tool": "claimcheck",
  "findings": [
    {
      "code": "CC141",
      "rule": "same-fact-agrees",
      "claims": ["mayor", "officials"],
      "data": ["4.2%", "4.5%", "same-fact-agrees"],
      "message": "`officials` states 4.2% where `mayor` states 4.5% for the same quantity"
    }
  ]
}
"#,
    )
    .unwrap();
    let (out, _, code) = claimcheck(dir, &["check", "--baseline", "baseline.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 accepted by the baseline"), "{out}");
    // Written again, it is of the current version.
    claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    let written = json(&std::fs::read_to_string(dir.join("baseline.json")).unwrap());
    assert_eq!(written["version"], 2);
    assert_eq!(
        written["findings"][0]["claims"],
        serde_json::json!(["officials"])
    );
}

#[test]
fn the_baseline_counts_only_the_accepted_findings_of_codes_the_run_reports() {
    let project = common::corpus_copy();
    let dir = project.path();
    claimcheck(dir, &["check", "--write-baseline", "baseline.json"]);
    // The corpus's five accepted findings are two CC022, a CC103, a CC142 and a CC143.
    let (out, _, code) = claimcheck(
        dir,
        &["check", "--baseline", "baseline.json", "--select", "CC161"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("accepted by the baseline"), "{out}");
    for (args, accepted) in [
        (&["--select", "CC022"][..], 2),
        (&["--ignore", "CC022"][..], 3),
        (&["--min-severity", "error"][..], 3),
    ] {
        let mut all = vec!["check", "--baseline", "baseline.json", "--format", "json"];
        all.extend(args);
        let (out, _, code) = claimcheck(dir, &all);
        assert_eq!(code, 0, "{args:?}: {out}");
        assert_eq!(json(&out)["summary"]["baselined"], accepted, "{args:?}");
    }
}

#[test]
fn an_allow_on_either_claim_of_a_disagreement_of_two_silences_it_in_either_order() {
    let allowed = |claim: String| {
        format!("{claim}    allow:\n      - code: CC141\n        reason: reported upstream\n")
    };
    for claims in [
        [allowed(officials()), mayor()],
        [mayor(), allowed(officials())],
        [allowed(mayor()), officials()],
        [officials(), allowed(mayor())],
    ] {
        let project = unemployment_project(&claims);
        let (out, code) = common::run(project.path(), &["check", ".", "--format", "concise"]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("1 suppressed"), "{out}");
    }
    // Both suppressions are in use: neither silences nothing.
    let project = unemployment_project(&[allowed(officials()), allowed(mayor())]);
    let (out, code) = common::run(project.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("CC050"), "{out}");
    // Once a third claim sides with the mayor, the officials' figure is the odd one: an
    // `allow:` on the mayor's claim no longer silences it.
    let third = unemployment_claim(
        "third-report",
        "A third report also gave 4.5% for end-2022 unemployment",
        "4.5%",
    );
    let project = unemployment_project(&[allowed(mayor()), officials(), third]);
    let (out, code) = common::run(project.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("CC141"), "{out}");
    assert!(
        out.contains("the CC141 that names `mayor` is reported on `officials`"),
        "{out}"
    );
}
