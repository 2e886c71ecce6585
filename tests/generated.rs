//! The synthetic corpus generator (`examples/generate.rs`) and the engine agree: on a small
//! generated project with inconsistencies planted of every rule kind, `claimcheck check`
//! reports exactly the planted ones, and a project generated twice with one seed is the
//! same bytes. A correctness test, not a timed one: `scripts/bench.sh` does the timing.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

#[path = "../examples/generate.rs"]
#[allow(dead_code)]
mod generate;

fn run(dir: &Path, format: &str) -> (i32, String) {
    run_on_threads(dir, format, None)
}

fn run_on_threads(dir: &Path, format: &str, threads: Option<usize>) -> (i32, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads.to_string());
    }
    let output = command
        .args(["check", ".", "--format", format])
        .current_dir(dir)
        .output()
        .expect("claimcheck runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

#[test]
fn the_binary_finds_exactly_the_planted_inconsistencies() {
    let dir = tempfile::tempdir().unwrap();
    let params = generate::Params {
        claims: 2_000,
        seed: 42,
        planted: 4,
    };
    let written = generate::generate(&params, dir.path()).unwrap();
    assert_eq!(written.claims, 2_000);
    // Four of every kind, each in its own block.
    let kinds: BTreeSet<&str> = written.planted.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, generate::KINDS.into_iter().collect());
    assert_eq!(written.planted.len(), 4 * generate::KINDS.len());

    let (code, report) = run(dir.path(), "json");
    assert_eq!(code, 1, "findings at error level, no invalid input");
    let verdict = generate::verify(dir.path(), &report).unwrap();
    assert!(
        verdict.exact(),
        "missing {:?}, unexpected {:?}",
        verdict.missing,
        verdict.unexpected
    );
    assert_eq!(verdict.found, written.planted.len());
}

#[test]
fn a_generated_project_without_plants_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let params = generate::Params {
        claims: 1_500,
        seed: 3,
        planted: 0,
    };
    generate::generate(&params, dir.path()).unwrap();
    let (code, report) = run(dir.path(), "human");
    assert_eq!(code, 0, "{report}");
    assert!(
        report.ends_with("0 errors, 0 warnings\n"),
        "{}",
        report.lines().last().unwrap_or_default()
    );
}

#[test]
fn one_seed_writes_the_same_project() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let params = generate::Params {
        claims: 2_000,
        seed: 9,
        planted: 2,
    };
    generate::generate(&params, a.path()).unwrap();
    generate::generate(&params, b.path()).unwrap();
    for folder in ["claims", "sources", "entities", "rules"] {
        for entry in std::fs::read_dir(a.path().join(folder)).unwrap() {
            let entry = entry.unwrap();
            let other = b.path().join(folder).join(entry.file_name());
            assert_eq!(
                std::fs::read(entry.path()).unwrap(),
                std::fs::read(&other).unwrap(),
                "{}",
                other.display()
            );
        }
    }
    assert_eq!(
        std::fs::read(a.path().join("planted.json")).unwrap(),
        std::fs::read(b.path().join("planted.json")).unwrap()
    );
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let params = generate::Params {
        claims: 2_000,
        seed: 5,
        planted: 2,
    };
    generate::generate(&params, dir.path()).unwrap();
    // A broken file and an unknown entity too, so that input errors and warnings are merged
    // from several threads as well.
    std::fs::write(dir.path().join("claims/zz-broken.yaml"), "claims: [\n").unwrap();
    // Findings made where parallel results are merged in order: a duplicate claim id, a
    // claim citing no known source, quotes not in the article with a wrong value and member,
    // a duplicate and an invalid rule.
    std::fs::write(
        dir.path().join("claims/zz-more.yaml"),
        "source: article-00001\nclaims:\n  \
         - { id: extra-000, quote: \"not in the article\", subject: Nowhere, metric: m, value: 1 }\n  \
         - { id: zz-a, quote: \"not in the article either\", subject: Nowhere, metric: m, value: 2, members: [Somewhere] }\n  \
         - { id: zz-b, source: no-such-article, quote: \"q\", subject: Nowhere, metric: m }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rules/zz-more.yaml"),
        "rules:\n  - { id: equation-0000001, kind: equation, expression: zz-a = zz-a }\n  \
         - { id: zz-rule, kind: no-such-kind }\n",
    )
    .unwrap();
    // The entity registry is built shard by shard: names and aliases repeated within one
    // parent and across files, homonyms under different parents, a refused entity whose
    // alias a later entity is named, and parents ambiguous, qualified and unknown.
    std::fs::write(
        dir.path().join("entities/zz-a.yaml"),
        "entities:\n  \
         - { name: Xland, kind: country, aliases: [Xlandia, Xland] }\n  \
         - { name: Central, kind: province, parent: Xland, aliases: [Middle] }\n  \
         - { name: Central, kind: province, parent: Xland, aliases: [Core] }\n  \
         - { name: Yland, kind: country }\n  \
         - { name: Central, kind: district, parent: Yland, aliases: [Middle] }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("entities/zz-b.yaml"),
        "entities:\n  \
         - { name: Core, kind: town, parent: Xland }\n  \
         - { name: Middle, kind: town, parent: Xland }\n  \
         - { name: Zland, kind: country, aliases: [Xlandia, Zed, Zed] }\n  \
         - { name: Ghost, kind: town, parent: Central }\n  \
         - { name: Hamlet, kind: village, parent: Central (Yland) }\n  \
         - { name: Stray, kind: village, parent: Centrall (Yland) }\n  \
         - { name: Yland, kind: country }\n",
    )
    .unwrap();
    // Copies of one rule, of three severities, one of them silencing its own finding:
    // folded as the batches of rules finish, whose size follows the number of threads.
    let copies: String = (0..30)
        .map(|n| {
            let severity = ["info", "warning", "error"][n / 10];
            let allow = if n == 5 {
                ", allow: [{ code: CC151, reason: known }]"
            } else {
                ""
            };
            format!("  - {{ id: copy-{n:02}, kind: range, max: 0, severity: {severity}{allow} }}\n")
        })
        .collect();
    std::fs::write(
        dir.path().join("rules/zz-copies.yaml"),
        format!("rules:\n{copies}"),
    )
    .unwrap();
    let one = run_on_threads(dir.path(), "json", Some(1));
    assert!(
        one.1.contains("\"also_found_by\""),
        "copies past nine named by id"
    );
    for expected in [
        "two entities named `Central` lie within `Xland`",
        "`Xland` has the name `Xland` twice",
        "the alias `Xlandia` of `Zland` is already a name of `Xland`",
        "two entities are named `Yland`",
        "the parent `Central` could name 2 entities",
    ] {
        assert!(one.1.contains(expected), "{expected}");
    }
    // The town's name holds against the alias of the province written before it.
    assert!(
        one.1.contains(
            "the alias `Middle` of `Central` is the name of another entity within `Xland`"
        )
    );
    assert!(
        !one.1.contains("named `Core`"),
        "a refused entity's alias is none of its names"
    );
    assert_eq!(one.0, 2, "the broken file is invalid input");
    for threads in [2, 3, 8] {
        assert_eq!(
            run_on_threads(dir.path(), "json", Some(threads)),
            one,
            "{threads} threads"
        );
    }
}
