//! What `claimcheck explain` prints and the README's tables of codes and rule kinds, all
//! rendered from the one place each is written: the code table ([`crate::codes`], whose
//! long explanations are `docs/codes/<ID>.md`) and the rule-kind registry
//! ([`crate::rules::KINDS`], each kind's `KIND`).
//!
//! The README's tables sit between marker comments (`<!-- generated: codes -->` ...
//! `<!-- end generated: codes -->`); `tests/readme.rs` fails when they differ from what
//! [`readme_with_generated_tables`] gives, and `UPDATE_README=1 cargo test --test readme`
//! rewrites them.

use crate::codes::Code;
use crate::rules::{KINDS, Kind, kind_names};
use crate::syntax::spec::{Need, Shape};

/// Every code with its name, default severity and what it checks, one per line: what
/// `claimcheck explain` prints without an argument.
pub fn index() -> String {
    let mut out = String::new();
    for code in Code::ALL {
        out.push_str(&format!(
            "{}  {:<26} {:<8} {}\n",
            code.id(),
            code.name(),
            code.default_severity().as_str(),
            code.headline()
        ));
    }
    out.push_str(&format!(
        "\n`claimcheck explain CODE` prints a code's long explanation; `claimcheck explain KIND` \
         documents a rule kind ({}).\n",
        kind_names()
    ));
    out
}

/// What `claimcheck explain CODE` prints: the code, its name, its default severity and its
/// long explanation.
pub fn code(code: Code) -> String {
    format!(
        "{} {} ({} by default)\n\n{}",
        code.id(),
        code.name(),
        code.default_severity().as_str(),
        code.explanation()
    )
}

/// The README's table of codes: one row per code, from the code table.
pub fn code_table() -> String {
    let mut out = String::from("| code | name | default | what it means |\n|---|---|---|---|\n");
    for code in Code::ALL {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            code.id(),
            code.name(),
            code.default_severity().as_str(),
            code.headline()
        ));
    }
    out
}

/// The README's table of rule kinds: one row per kind, from the registry.
pub fn kind_table() -> String {
    let mut out = String::from("| kind | checks | parameters | codes |\n|---|---|---|---|\n");
    for kind in KINDS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            kind.name,
            kind.summary,
            parameters(kind),
            kind.codes
                .iter()
                .map(|code| code.id())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}

/// A kind's own parameters: each named, with its words when it takes a fixed set of them,
/// the required ones said so; `—` for none.
fn parameters(kind: &Kind) -> String {
    if kind.fields.is_empty() {
        return "—".to_string();
    }
    kind.fields
        .iter()
        .map(|field| {
            let mut text = format!("`{}`", field.name);
            if let Shape::Choice(words) | Shape::Choices(words) = field.shape {
                let words: Vec<String> = words.iter().map(|word| format!("`{word}`")).collect();
                text.push_str(&format!(" ({})", words.join(", ")));
            }
            if field.need == Need::Required {
                text.push_str(" (required)");
            }
            if let Some(default) = default_of(field.doc) {
                text.push_str(&format!(", default `{default}`"));
            }
            text
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The default a field's documentation states in its sentence `Default: X.`, if any.
fn default_of(doc: &str) -> Option<&str> {
    let (_, rest) = doc.split_once("Default: ")?;
    let end = rest.find(". ").unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches('.'))
}

/// The generated sections of the README: the name in their markers and their text.
pub fn readme_sections() -> [(&'static str, String); 2] {
    [("kinds", kind_table()), ("codes", code_table())]
}

/// `readme` with the text between each pair of markers replaced by what the code table
/// and the kind registry give; an error names a marker that is missing or out of order.
pub fn readme_with_generated_tables(readme: &str) -> Result<String, String> {
    let mut out = readme.to_string();
    for (name, table) in readme_sections() {
        let begin = format!("<!-- generated: {name} -->\n");
        let end = format!("<!-- end generated: {name} -->");
        let start = out
            .find(&begin)
            .ok_or_else(|| format!("README.md has no line `{}`", begin.trim_end()))?
            + begin.len();
        let stop = out[start..]
            .find(&end)
            .ok_or_else(|| format!("README.md has no `{end}` after `{}`", begin.trim_end()))?
            + start;
        out.replace_range(start..stop, &table);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_lists_every_code_and_names_every_kind() {
        let text = index();
        assert_eq!(
            text.lines().filter(|l| l.starts_with("CC")).count(),
            Code::ALL.len()
        );
        for kind in KINDS {
            assert!(text.contains(kind.name), "{}", kind.name);
        }
    }

    #[test]
    fn generated_sections_replace_only_the_text_between_their_markers() {
        let readme = "intro\n<!-- generated: kinds -->\nstale row\n<!-- end generated: kinds -->\n\
                      middle\n<!-- generated: codes -->\n<!-- end generated: codes -->\nend\n";
        let updated = readme_with_generated_tables(readme).unwrap();
        assert!(updated.starts_with("intro\n<!-- generated: kinds -->\n| kind |"));
        assert!(!updated.contains("stale row"));
        assert!(updated.contains("|\n<!-- end generated: kinds -->\nmiddle\n"));
        assert!(updated.ends_with("|\n<!-- end generated: codes -->\nend\n"));
        assert_eq!(readme_with_generated_tables(&updated).unwrap(), updated);
    }

    #[test]
    fn a_missing_marker_is_an_error_naming_it() {
        let error = readme_with_generated_tables("no markers\n").unwrap_err();
        assert!(error.contains("<!-- generated: kinds -->"), "{error}");
    }

    #[test]
    fn the_kind_table_names_parameters_and_codes() {
        let table = kind_table();
        assert!(table.contains("| `disjoint` |"), "{table}");
        assert!(table.contains("`against` (required)"), "{table}");
        assert!(table.contains("| CC151 |"), "{table}");
        assert!(
            table.contains("`direction` (`non-decreasing`, `increasing`, `non-increasing`, `decreasing`), default `non-decreasing`"),
            "{table}"
        );
        assert!(
            table.contains("default `[subject, metric, date]`"),
            "{table}"
        );
    }
}
