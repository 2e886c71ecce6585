//! The library's top-level modules form layers: a module uses only modules of the layers
//! below its own. The test reads `src/`, collects every `crate::X` path in production code
//! (code before a file's first `#[cfg(test)]`; tests may use anything), and fails on a
//! cycle between top-level modules, naming the references that close it, and on any
//! reference that reaches up or sideways, naming the file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, from the bottom. A module may use the modules of the layers below its own,
/// never one of its own layer or above: siblings such as `citation` and `rules` stay
/// independent. Every top-level module of the library is listed once.
const LAYERS: &[(&str, &[&str])] = &[
    ("the hash of every table", &["hashing"]),
    (
        "severity levels, which the code table gives each code",
        &["severity"],
    ),
    (
        "foundations: the code table, files and their texts, figures, dates, words, progress",
        &[
            "codes",
            "files",
            "intern",
            "words",
            "korean",
            "bengali",
            "tamil",
            "malayalam",
            "marathi",
            "proclitics",
            "normalize",
            "suggest",
            "quantity",
            "date",
            "processing",
            "sharding",
            "ordered",
            "progress",
            "timings",
        ],
    ),
    ("diagnostics and locations", &["diagnostic"]),
    (
        "syntax: spanned YAML trees, field specs, the field reader",
        &["syntax"],
    ),
    (
        "the model as plain data, and the project's configuration",
        &["model", "config"],
    ),
    (
        "suppressions, baselines, and the facts findings carry",
        &["suppress", "baseline", "facts"],
    ),
    ("loading: files into the model", &["load"]),
    ("the checks", &["citation", "rules"]),
    ("the run", &["check"]),
    (
        "reports and commands",
        &["report", "list", "schema", "explain"],
    ),
    ("built on reports and schemas", &["init", "fuzzing"]),
];

/// One `crate::X` reference in production code.
#[derive(Clone, Debug)]
struct Reference {
    file: String,
    line: usize,
}

type Graph = BTreeMap<String, BTreeMap<String, Vec<Reference>>>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The library's top-level modules, and those it compiles only for its tests.
fn declared_modules() -> (BTreeSet<String>, BTreeSet<String>) {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("src/lib.rs");
    let mut modules = BTreeSet::new();
    let mut test_only = BTreeSet::new();
    let mut under_cfg_test = false;
    for line in lib.lines().map(str::trim) {
        if line.starts_with("#[cfg(test)]") {
            under_cfg_test = true;
            continue;
        }
        let declared = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
            .and_then(|rest| rest.strip_suffix(';'));
        if let Some(name) = declared {
            if under_cfg_test {
                test_only.insert(name.to_string());
            } else {
                modules.insert(name.to_string());
            }
        }
        under_cfg_test = false;
    }
    (modules, test_only)
}

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("readable src folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The production part of a file: its lines before the first `#[cfg(test)]`, with comment
/// lines blanked so that doc links to other layers do not count.
fn production_lines(text: &str) -> Vec<&str> {
    text.lines()
        .take_while(|line| !line.trim_start().starts_with("#[cfg(test)]"))
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The top-level modules a file's production code names through `crate::`, with the line
/// (1-based) of each naming, including the names of a `use crate::{a::.., b}` group that
/// spans several lines.
fn crate_references(lines: &[&str]) -> Vec<(String, usize)> {
    let text = lines.join("\n");
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    let mut found = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        if text[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group_start = at + "crate::{".len();
            let mut depth = 1;
            let mut expecting_name = true;
            let mut name_start = None;
            for (i, c) in group.char_indices() {
                if let Some(start) = name_start
                    && !is_ident(c)
                {
                    found.push((group[start..i].to_string(), line_of(group_start + start)));
                    name_start = None;
                    expecting_name = false;
                }
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 1 => expecting_name = true,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                if depth == 1 && expecting_name && is_ident(c) && name_start.is_none() {
                    name_start = Some(i);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
            if !name.is_empty() {
                found.push((name, line_of(at)));
            }
        }
    }
    found
}

/// Every reference from one top-level module to another in production code, leaving out
/// the tolerated ones.
fn graph(modules: &BTreeSet<String>) -> Graph {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut graph = Graph::new();
    for path in files {
        let relative = path.strip_prefix(&root).expect("under src");
        let first = relative.components().next().expect("a path under src");
        let top = first.as_os_str().to_string_lossy();
        let top = top.strip_suffix(".rs").unwrap_or(&top).to_string();
        if !modules.contains(&top) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable source");
        let lines = production_lines(&text);
        for (name, line) in crate_references(&lines) {
            if name == top || !modules.contains(&name) {
                continue;
            }
            graph
                .entry(top.clone())
                .or_default()
                .entry(name)
                .or_default()
                .push(Reference {
                    file: relative.display().to_string(),
                    line,
                });
        }
    }
    graph
}

/// The groups of modules that reach each other (strongly connected components of more
/// than one module), each sorted.
fn cycles(modules: &BTreeSet<String>, graph: &Graph) -> Vec<Vec<String>> {
    // Reachability by depth-first search from each module: small graphs, plain code.
    let reachable = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(module) = stack.pop() {
            for next in graph
                .get(&module)
                .into_iter()
                .flat_map(|edges| edges.keys())
            {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        modules.iter().map(|m| (m, reachable(m))).collect();
    let mut placed = BTreeSet::new();
    let mut groups = Vec::new();
    for module in modules {
        if placed.contains(module) || !reach[module].contains(module) {
            continue;
        }
        let group: Vec<String> = modules
            .iter()
            .filter(|other| reach[module].contains(*other) && reach[*other].contains(module))
            .cloned()
            .collect();
        placed.extend(group.iter().cloned());
        groups.push(group);
    }
    groups
}

/// The shortest way from `start` back to itself, as the modules passed through (first and
/// last `start`); just `start` when there is none.
fn shortest_loop(start: &String, graph: &Graph) -> Vec<String> {
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.clone()]);
    while let Some(module) = queue.pop_front() {
        for next in graph
            .get(&module)
            .into_iter()
            .flat_map(|edges| edges.keys())
        {
            if came_from.contains_key(next) {
                continue;
            }
            came_from.insert(next.clone(), module.clone());
            if next == start {
                let mut path = vec![start.clone()];
                let mut at = module.clone();
                while &at != start {
                    path.push(at.clone());
                    at = came_from[&at].clone();
                }
                path.push(start.clone());
                path.reverse();
                return path;
            }
            queue.push_back(next.clone());
        }
    }
    vec![start.clone()]
}

fn first_place(references: &[Reference]) -> String {
    let first = &references[0];
    match references.len() {
        1 => format!("{}:{}", first.file, first.line),
        n => format!("{}:{} (and {} more)", first.file, first.line, n - 1),
    }
}

#[test]
fn top_level_modules_form_no_cycle() {
    let (modules, _) = declared_modules();
    let graph = graph(&modules);
    let mut report = String::new();
    for group in cycles(&modules, &graph) {
        report.push_str(&format!("cycle: {}\n", group.join(" ")));
        let shortest = shortest_loop(&group[0], &graph);
        report.push_str(&format!("  shortest loop: {}\n", shortest.join(" -> ")));
        report.push_str("  references between them:\n");
        for from in &group {
            for (to, references) in graph.get(from).into_iter().flatten() {
                if group.contains(to) {
                    report.push_str(&format!(
                        "    {from} -> {to}: {}\n",
                        first_place(references)
                    ));
                }
            }
        }
    }
    assert!(report.is_empty(), "top-level modules in a cycle:\n{report}");
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let (modules, test_only) = declared_modules();
    let mut layer_of = BTreeMap::new();
    let mut report = String::new();
    for (index, (_, members)) in LAYERS.iter().enumerate() {
        for &member in *members {
            if layer_of.insert(member.to_string(), index).is_some() {
                report.push_str(&format!("`{member}` is listed in two layers\n"));
            }
        }
    }
    for module in &modules {
        if !layer_of.contains_key(module) {
            report.push_str(&format!(
                "`{module}` is in no layer: add it to LAYERS in tests/layers.rs\n"
            ));
        }
    }
    for module in layer_of.keys() {
        if !modules.contains(module) && !test_only.contains(module) {
            report.push_str(&format!(
                "`{module}` is listed in LAYERS but not in src/lib.rs\n"
            ));
        }
    }
    for (from, edges) in &graph(&modules) {
        let Some(&from_layer) = layer_of.get(from) else {
            continue;
        };
        for (to, references) in edges {
            let Some(&to_layer) = layer_of.get(to) else {
                continue;
            };
            if to_layer >= from_layer {
                let direction = if to_layer == from_layer {
                    "its own layer"
                } else {
                    "a layer above"
                };
                report.push_str(&format!(
                    "{from} ({}) uses {to} ({}), {direction}: {}\n",
                    LAYERS[from_layer].0,
                    LAYERS[to_layer].0,
                    first_place(references)
                ));
            }
        }
    }
    assert!(report.is_empty(), "the layering is broken:\n{report}");
}

#[test]
fn references_are_read_from_paths_and_use_groups_but_not_comments_or_tests() {
    let text = "\
use crate::model::Project;
/// Links to [`crate::report`] are documentation.
use crate::{
    load::{self, Limits},
    config,
};
use crate::{words};
fn f() { other_crate::x(); crate::rules::run(); }
#[cfg(test)]
use crate::testing;
";
    let lines = production_lines(text);
    let names: Vec<(String, usize)> = crate_references(&lines);
    let expected = [
        ("model", 1),
        ("load", 4),
        ("config", 5),
        ("words", 7),
        ("rules", 8),
    ];
    assert_eq!(
        names,
        expected
            .iter()
            .map(|&(name, line)| (name.to_string(), line))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_cycle_is_found_with_every_module_in_it() {
    let modules: BTreeSet<String> = ["a", "b", "c", "d"].map(String::from).into();
    let reference = || {
        vec![Reference {
            file: "x.rs".into(),
            line: 1,
        }]
    };
    let mut graph = Graph::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        graph
            .entry(from.to_string())
            .or_default()
            .insert(to.to_string(), reference());
    }
    assert_eq!(cycles(&modules, &graph), vec![vec!["a", "b", "c"]]);
    assert_eq!(
        shortest_loop(&"b".to_string(), &graph),
        ["b", "c", "a", "b"]
    );
    assert_eq!(shortest_loop(&"d".to_string(), &graph), ["d"]);
}
