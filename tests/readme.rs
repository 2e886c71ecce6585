//! The README's tables of rule kinds and codes are generated from the kind registry and the
//! code table (`claimcheck::explain`). When they differ, this test fails with the lines
//! that changed; `UPDATE_README=1 cargo test --test readme` rewrites them in README.md.

use std::path::PathBuf;

fn readme_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// The lines only one side has, marked `-` (in README.md) and `+` (generated).
fn changed_lines(committed: &str, generated: &str) -> String {
    let old: Vec<&str> = committed.lines().collect();
    let new: Vec<&str> = generated.lines().collect();
    let mut out = String::new();
    for line in old.iter().filter(|line| !new.contains(line)) {
        out.push_str(&format!("- {line}\n"));
    }
    for line in new.iter().filter(|line| !old.contains(line)) {
        out.push_str(&format!("+ {line}\n"));
    }
    out
}

#[test]
fn the_readme_tables_are_generated_from_the_kind_registry_and_the_code_table() {
    let path = readme_path();
    let committed = std::fs::read_to_string(&path).unwrap();
    let generated = claimcheck::explain::readme_with_generated_tables(&committed)
        .unwrap_or_else(|error| panic!("{error}"));
    if committed == generated {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    panic!(
        "README.md's generated tables are out of date:\n{}\nrun `UPDATE_README=1 cargo test --test readme` \
         and commit the result",
        changed_lines(&committed, &generated)
    );
}

#[test]
fn every_code_and_every_kind_has_a_row() {
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    for code in claimcheck::codes::Code::ALL {
        assert!(
            readme.contains(&format!("| {} | {} |", code.id(), code.name())),
            "README.md has no row for {}",
            code.id()
        );
    }
    for kind in claimcheck::rules::KINDS {
        assert!(
            readme.contains(&format!("| `{}` |", kind.name)),
            "README.md has no row for the rule kind `{}`",
            kind.name
        );
    }
}
