//! The YAML reader's fast path against the full parser: on every YAML file of the project,
//! its fixtures and the fuzz seeds, and on mutants of each, the fast path either gives up
//! or builds exactly the full parser's tree (values and spans), and never takes a file the
//! full parser refuses (`claimcheck::fuzzing::yaml_fast_path` asserts both).

mod common;

use std::path::{Path, PathBuf};

use claimcheck::syntax::Limits;
use claimcheck::syntax::yaml::fast;

/// Mutants tried of each file: enough to reach every kind of edit on every file.
const MUTANTS_PER_FILE: usize = 40;

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.map(|entry| entry.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

fn project_yaml() -> Vec<(PathBuf, String)> {
    let root = common::root();
    let mut paths = Vec::new();
    for folder in [
        "claims",
        "entities",
        "rules",
        "sources",
        "tests",
        "fuzz/seeds",
    ] {
        yaml_files(&root.join(folder), &mut paths);
    }
    paths
        .into_iter()
        .filter_map(|path| Some((path.clone(), std::fs::read_to_string(&path).ok()?)))
        .collect()
}

#[test]
fn the_fast_path_reads_every_project_file_and_mutant_as_the_full_parser_does() {
    let files = project_yaml();
    assert!(files.len() > 100, "{} YAML files found", files.len());
    let mut random = claimcheck::fuzzing::Xorshift::new(1);
    for (_, text) in &files {
        claimcheck::fuzzing::yaml_fast_path(text.as_bytes());
        for _ in 0..MUTANTS_PER_FILE {
            let mutant = claimcheck::fuzzing::mutate_yaml(text, &mut random);
            claimcheck::fuzzing::yaml_fast_path(mutant.as_bytes());
        }
    }
}

#[test]
fn the_fast_path_takes_every_file_in_its_subset() {
    // Not a check that passes by giving up: of the project's and the fixtures' files,
    // every one without a multi-line scalar (`>-`, `|`), a flow collection over several
    // lines, an empty mapping, an anchor or a tag is read by the fast path.
    let limits = Limits::default();
    let mut taken = 0;
    for (path, text) in project_yaml() {
        let outside = text.lines().any(|line| {
            let line = line.trim_start();
            line.ends_with(": >-")
                || line.ends_with(": >")
                || line.ends_with(": |")
                || line.ends_with(": |-")
                || line.matches('{').count() != line.matches('}').count()
                || line.matches('[').count() != line.matches(']').count()
                || line.contains("{}")
                || line.contains(" &")
                || line.contains(" *")
                || line.contains(" !")
                || line.contains('\t')
                || line.starts_with("---")
        });
        let read = fast::parse(&text, &limits).is_some();
        if !outside && claimcheck::syntax::yaml::parse_full(&text, &limits).is_ok() {
            assert!(read, "{} is left to the full parser", path.display());
        }
        taken += usize::from(read);
    }
    assert!(taken > 50, "the fast path read {taken} files");
}

#[test]
fn negative_figures_are_read_by_the_fast_path_as_the_full_parser_reads_them() {
    let limits = Limits::default();
    let text = "claims:\n  - id: trade-balance\n    value: -5 million\n    range: [-3, 4]\n";
    let fast = fast::parse(text, &limits).expect("the fast path reads a negative figure");
    let full = claimcheck::syntax::yaml::parse_full(text, &limits).unwrap();
    assert_eq!(format!("{fast:?}"), format!("{full:?}"));
    // A dash before a blank is a sequence entry, and `---` a document marker: not figures.
    claimcheck::fuzzing::yaml_fast_path(b"key: - 5\n");
    claimcheck::fuzzing::yaml_fast_path(b"key: -\n");
    claimcheck::fuzzing::yaml_fast_path(b"key: [-, 4]\n");
}

#[test]
fn files_over_a_limit_are_left_to_the_full_parser_which_reports_them() {
    let limits = Limits {
        max_depth: 3,
        max_line_bytes: 40,
        ..Limits::default()
    };
    let deep = "a:\n  b:\n    c:\n      d: 1\n";
    let long = format!("a: {}\n", "x".repeat(60));
    for text in [deep, long.as_str()] {
        assert!(fast::parse(text, &limits).is_none(), "{text}");
        let error = claimcheck::syntax::yaml::parse(text, &limits).unwrap_err();
        assert!(error.over_limit(), "{}", error.message);
    }
}

#[test]
fn a_file_too_deep_that_ends_in_an_indentless_list_is_refused_at_the_limit() {
    // The parser stops on the depth itself here, with no flow bracket open: its error is
    // the report (parsing the text before it again had stopped at the same place, over and
    // over, until the stack ran out).
    let limits = Limits {
        max_depth: 1,
        ..Limits::default()
    };
    let error = claimcheck::syntax::yaml::parse("a:\n- x\n", &limits).unwrap_err();
    assert!(error.over_limit(), "{}", error.message);
    let mut deep = String::new();
    for level in 0..32 {
        deep.push_str(&format!("{}k{level}:\n", "  ".repeat(level)));
    }
    deep.push_str(&format!("{}- x\n", "  ".repeat(31)));
    let error = claimcheck::syntax::yaml::parse(&deep, &Limits::default()).unwrap_err();
    assert!(error.over_limit(), "{}", error.message);
}

#[test]
fn at_the_depth_limit_both_readers_agree() {
    let mut read = 0;
    for depth in 1..6 {
        let limits = Limits {
            max_depth: depth,
            ..Limits::default()
        };
        for nesting in 1..8 {
            let mut text = String::new();
            for level in 0..nesting {
                text.push_str(&"  ".repeat(level));
                text.push_str(&format!("k{level}:\n"));
            }
            text.push_str(&"  ".repeat(nesting));
            text.push_str("- [a, b]\n");
            let fast = fast::parse(&text, &limits);
            let full = claimcheck::syntax::yaml::parse_full(&text, &limits);
            match (fast, full) {
                (Some(fast), Ok(full)) => {
                    assert_eq!(fast, full, "{text}");
                    read += 1;
                }
                (Some(_), Err(error)) => {
                    panic!(
                        "limit {depth}: the fast path read what the full parser refuses ({}):\n{text}",
                        error.message
                    )
                }
                (None, _) => {}
            }
        }
    }
    assert!(read > 5, "the fast path read {read} of the nestings");
}

#[test]
fn flow_mappings_are_read_by_the_fast_path_as_the_full_parser_reads_them() {
    let limits = Limits::default();
    let read = |text: &str| {
        let fast = fast::parse(text, &limits).unwrap_or_else(|| panic!("not taken: {text}"));
        let full = claimcheck::syntax::yaml::parse_full(text, &limits).unwrap();
        assert_eq!(fast, full, "{text}");
    };
    read("claims:\n  - { id: a, value: 17, unit: province }\n  - {id: b,quote: \"x, {y}: z\"}\n");
    read("- { members: [Kent, 'Sur, rey'], period: { from: 2019, to: 2020 } }  # note\n");
    read("a: { b: -5 million, c: it's,  d: \"\\\"q\\\"\" }\nb: { x: y }\n");
    read("- { as of: 2020-11-21, note: a sentence with spaces   }\n");
    // Shapes it leaves to the full parser, which reads or refuses them on its own terms.
    for text in [
        "a: {}\n",
        "a: { b: c, }\n",
        "a: { b }\n",
        "a: { b: }\n",
        "a: { b: ~ }\n",
        "a: { \"b\": c }\n",
        "a: { b:c }\n",
        "a: { b : c }\n",
        "a: { b: c, b: d }\n",
        "a: { b: c\n  , d: e }\n",
        "a: { b: c ] }\n",
        "a: { b: [c }\n",
        "a: { b: c # d }\n",
        "a: { b: 10:30 }\n",
        "a: { <<: c }\n",
        "a: { 1: c }\n",
    ] {
        assert!(fast::parse(text, &limits).is_none(), "{text}");
    }
}

#[test]
fn the_fast_path_agrees_with_the_full_parser_on_generated_flow_lines() {
    // Lines made of flow syntax, blanks, quotes and words in every order: most are not
    // YAML, and of those that are, the fast path must read each as the full parser does.
    const TOKENS: [&str; 24] = [
        "{", "}", "[", "]", ",", ", ", ": ", ":", " ", "\"", "'", "#", " #", "a", "id", "b c",
        "17", "-3", "-", "~", "null", "é", "\\", "x y",
    ];
    let mut random = claimcheck::fuzzing::Xorshift::new(7);
    let mut taken = 0;
    for _ in 0..60_000 {
        let mut line = String::from("- { k: ");
        for _ in 0..random.below(12) {
            line.push_str(TOKENS[random.below(TOKENS.len())]);
        }
        if random.below(2) == 0 {
            line.push_str(" }");
        }
        let text = format!("items:\n{line}\n");
        claimcheck::fuzzing::yaml_fast_path(text.as_bytes());
        taken += usize::from(fast::parse(&text, &Limits::default()).is_some());
    }
    assert!(taken > 1_000, "the fast path read {taken} of the lines");
}
