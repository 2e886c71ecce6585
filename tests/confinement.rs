//! claimcheck reads only inside the project and never writes over its input.

#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn claimcheck(dir: &Path, args: &[&str]) -> (i32, String, String, Duration) {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        started.elapsed(),
    )
}

#[test]
fn a_top_level_folder_linked_outside_the_project_is_refused_with_one_diagnostic() {
    let dir = common::corpus_copy();
    let outside = tempfile::tempdir().unwrap();
    for n in 0..20 {
        std::fs::write(outside.path().join(format!("{n}.yaml")), "rules: []\n").unwrap();
    }
    std::fs::remove_dir_all(dir.path().join("rules")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("rules")).unwrap();
    let (code, json, _, _) = claimcheck(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code, 2);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let unreadable: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "CC004")
        .collect();
    assert_eq!(unreadable.len(), 1, "{unreadable:#?}");
    assert_eq!(
        unreadable[0]["message"],
        "`rules/` is a link to a folder outside the project: it is not read"
    );
}

#[test]
fn folders_within_the_project_folders_are_walked_or_refused_never_passed_over() {
    let dir = common::corpus_copy();
    let claims = dir.path().join("claims");
    // A link to a folder outside: refused, its claims unchecked and said to be.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("more.yaml"), "claims: []\n").unwrap();
    std::os::unix::fs::symlink(outside.path(), claims.join("shared")).unwrap();
    // A link to a folder inside, and one back to its own parent: walked once, no loop.
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(
        dir.path().join("drafts/draft.yaml"),
        "claims:\n  - { id: drafted, quote: x, subject: Gansu }\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("../drafts", claims.join("drafts")).unwrap();
    std::os::unix::fs::symlink("..", claims.join("up")).unwrap();
    // A link to a folder within claims/ itself: its files are read once, where they are.
    let first = std::fs::read_dir(&claims)
        .unwrap()
        .flatten()
        .find(|entry| entry.path().extension().is_some_and(|e| e == "yaml"))
        .unwrap()
        .path();
    std::fs::create_dir(claims.join("2020")).unwrap();
    std::fs::rename(&first, claims.join("2020").join(first.file_name().unwrap())).unwrap();
    std::os::unix::fs::symlink("2020", claims.join("latest")).unwrap();
    // A folder with a YAML name: refused as no file.
    std::fs::create_dir(claims.join("folder.yaml")).unwrap();
    let (code, json, stderr, elapsed) = claimcheck(dir.path(), &["check", ".", "--format", "json"]);
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}: a loop?");
    assert_eq!(code, 2, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let unreadable: Vec<(&str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "CC004")
        .map(|d| (d["file"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        unreadable,
        [
            (
                "claims/folder.yaml",
                "`claims/folder.yaml` could not be read: it is not a regular file"
            ),
            (
                "claims/shared",
                "`claims/shared/` is a link to a folder outside the project: the files in it \
                 are not checked"
            ),
        ]
    );
    // Read once: no claim id is read twice.
    assert!(
        !json.contains("\"CC020\"")
            && !json.contains("\"CC021\"")
            && !json.contains("two claims have the id"),
        "{json}"
    );
    // The draft was read through the link inside the project (its claim lacks fields).
    let drafted = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == "claims/drafts/draft.yaml")
        .count();
    assert!(drafted > 0, "{json}");
}

#[test]
fn output_into_an_input_folder_or_over_a_file_read_is_refused() {
    let dir = common::corpus_copy();
    let claims = std::fs::read_dir(dir.path().join("claims"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let before = std::fs::read(&claims).unwrap();
    let read = format!("claims/{}", claims.file_name().unwrap().to_str().unwrap());
    for output in [read.as_str(), "claims/new.yaml", "sources/report.json"] {
        let (code, _, stderr, _) = claimcheck(
            dir.path(),
            &["check", ".", "--format", "json", "--output", output],
        );
        assert_eq!(code, 2, "{output}");
        assert!(stderr.contains(&format!("`--output {output}`")), "{stderr}");
    }
    // A baseline is refused there too, and the message says what it would write.
    let (code, _, stderr, _) = claimcheck(
        dir.path(),
        &["check", ".", "--write-baseline", "claims/b.json"],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("write the baseline elsewhere"), "{stderr}");
    assert!(!dir.path().join("claims/b.json").exists());
    let (_, _, stderr, _) = claimcheck(dir.path(), &["check", ".", "--output", "claims/r.txt"]);
    assert!(stderr.contains("write the report elsewhere"), "{stderr}");
    assert_eq!(
        std::fs::read(&claims).unwrap(),
        before,
        "the input is untouched"
    );
    assert!(!dir.path().join("claims/new.yaml").exists());
    assert!(!dir.path().join("sources/report.json").exists());
    // Beside the project's folders is fine, and leaves no temporary file behind.
    let (code, _, _, _) = claimcheck(dir.path(), &["check", ".", "--output", "report.txt"]);
    assert_eq!(code, 1);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    assert!(dir.path().join("report.txt").exists());
}

#[test]
fn parse_only_reads_no_link_out_of_the_project_and_no_device() {
    let dir = common::corpus_copy();
    let claims = dir.path().join("claims");
    for (name, target) in [("passwd.yaml", "/etc/passwd"), ("zero.yaml", "/dev/zero")] {
        let path = claims.join(name);
        std::os::unix::fs::symlink(target, &path).unwrap();
        let (code, _, stderr, elapsed) = claimcheck(dir.path(), &["parse-only", "."]);
        assert_eq!(code, 2, "{name}: {stderr}");
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(elapsed < Duration::from_secs(20), "{name} took {elapsed:?}");
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn a_fifo_among_the_yaml_files_is_not_opened() {
    let dir = common::corpus_copy();
    let status = Command::new("mkfifo")
        .arg(dir.path().join("claims/fifo.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    for args in [
        &["parse-only", "."][..],
        &["check", ".", "--format", "json"],
    ] {
        let (code, stdout, stderr, elapsed) = claimcheck(dir.path(), args);
        // Refused unopened, as a link to it is: a YAML file the run silently passed over
        // would leave its claims unchecked.
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            format!("{stdout}{stderr}").contains("fifo.yaml"),
            "{args:?}: {stdout}{stderr}"
        );
        assert!(
            elapsed < Duration::from_secs(20),
            "{args:?} took {elapsed:?}: blocked?"
        );
    }
}

/// A claims file that is a link to itself cannot be stored as a fixture (walking the
/// fixtures would loop), so it is made here. It is refused with CC004 and the help for a
/// loop, not "check the file's permissions"; a link to nothing gets its own help.
#[test]
fn a_claims_file_linked_to_itself_or_to_nothing_is_refused_with_help_that_fits() {
    let dir = common::fixture_copy("input-unreadable");
    std::fs::remove_file(dir.path().join("claims/linked.yaml")).unwrap();
    std::os::unix::fs::symlink("looped.yaml", dir.path().join("claims/looped.yaml")).unwrap();
    let (code, human, _, _) = claimcheck(dir.path(), &["check", "."]);
    assert_eq!(code, 2);
    common::snapshot_settings().bind(|| insta::assert_snapshot!("input_link_loop", human));

    std::fs::remove_file(dir.path().join("claims/looped.yaml")).unwrap();
    std::os::unix::fs::symlink("moved.yaml", dir.path().join("claims/dangling.yaml")).unwrap();
    let (code, human, _, _) = claimcheck(dir.path(), &["check", "."]);
    assert_eq!(code, 2);
    assert!(
        human.contains(
            "`claims/dangling.yaml` could not be read: it is a link to a file that does not exist"
        ) && human.contains("point it at the file"),
        "{human}"
    );
}
