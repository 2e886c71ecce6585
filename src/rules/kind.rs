//! The registry of rule kinds: the entry of each kind ([`Kind`]: its name, summary,
//! parameters, codes, example and reader), every kind in order ([`KINDS`]), and the text
//! `claimcheck explain KIND` makes of an entry. Its own file because it is what is written
//! once about each kind and shown everywhere (`explain`, `list rules`, the README's table,
//! the rules schema), apart from how any rule is read or run.

use super::{Check, agreement, count, disjoint, equation, growth, monotonic, range, timeline};
use crate::codes::Code;
use crate::model::Project;
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::Field;

/// One entry of the registry of rule kinds.
pub struct Kind {
    pub name: &'static str,
    /// One line for `list rules` and error messages.
    pub summary: &'static str,
    /// Parameters beyond the fields every rule has (id, kind, select, severity, message,
    /// help, allow): the loader accepts them, the schema documents and checks them.
    pub fields: &'static [Field],
    /// The codes of the kind's findings.
    pub codes: &'static [Code],
    /// A rules file using the kind, for `claimcheck explain KIND`.
    pub example: &'static str,
    /// Reads the kind's parameters, reporting problems with their spans.
    pub read: fn(&mut Reader, &Record, &Project) -> Option<Box<dyn Check>>,
    /// Where a kind that does not read `select:` names its claims (an equation: "its
    /// `expression:`"); `None` for a kind that checks what `select:` chooses. A `select:` on
    /// such a rule would choose nothing it checks, so it is an error rather than ignored.
    pub claims_named_in: Option<&'static str>,
}

impl Kind {
    /// The kind of this name, if there is one.
    pub fn find(name: &str) -> Option<&'static Kind> {
        KINDS.iter().find(|kind| kind.name == name)
    }

    /// What `claimcheck explain KIND` prints: what the kind checks, its parameters with
    /// their documentation, its codes and an example.
    pub fn explanation(&self) -> String {
        // The summary is one line in the README's table; here it is wrapped like the rest.
        let mut out = format!(
            "{} (rule kind)\n\n{}\n\nParameters",
            self.name,
            textwrap_words(self.summary, 88).join("\n")
        );
        out.push_str(match self.claims_named_in {
            None => " (besides id, kind, select, severity, message, help and allow):\n",
            Some(_) => " (besides id, kind, severity, message, help and allow; no select):\n",
        });
        if self.fields.is_empty() {
            out.push_str("    none\n");
        }
        for field in self.fields {
            let need = match field.need {
                crate::syntax::spec::Need::Required => "required",
                _ => "optional",
            };
            out.push_str(&format!("    {} ({need})\n", field.name));
            for line in textwrap_words(field.doc, 84) {
                out.push_str(&format!("        {line}\n"));
            }
        }
        out.push_str("\nCodes:\n");
        for code in self.codes {
            out.push_str(&format!(
                "    {} {}: {}\n",
                code.id(),
                code.name(),
                code.headline()
            ));
        }
        out.push_str(&format!(
            "\nExample (rules/*.yaml):\n{}",
            indent(self.example)
        ));
        out
    }
}

/// Words of `text` in lines of at most `width` characters (a longer word has its own line).
fn textwrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| match line {
            "" => "\n".to_string(),
            _ => format!("    {line}\n"),
        })
        .collect()
}

/// Every rule kind, in the order `claimcheck explain` and the README list them. Adding a
/// kind is its module (`src/rules/NAME.rs`, with a `pub const KIND: Kind`), its `pub mod`
/// line in `src/rules/mod.rs` and its line here; a test fails if a kind's module is not
/// listed here.
pub const KINDS: &[Kind] = &[
    count::KIND,
    monotonic::KIND,
    growth::KIND,
    equation::KIND,
    agreement::KIND,
    range::KIND,
    timeline::KIND,
    disjoint::KIND,
];

/// The rule kinds' names, in registry order: `count, monotonic, ...`.
pub fn kind_names() -> String {
    KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_module_is_registered() {
        // A kind's module compiles whether or not `KINDS` lists it; unlisted, its rules
        // would be reported as of an unknown kind.
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if !text.contains("\npub const KIND: Kind = Kind {") {
                continue;
            }
            let name = path.file_stem().unwrap().to_str().unwrap();
            assert!(
                Kind::find(name).is_some(),
                "src/rules/{name}.rs declares a KIND that `KINDS` does not list"
            );
        }
    }

    #[test]
    fn every_rule_finding_code_belongs_to_exactly_one_kind() {
        // `claimcheck explain KIND` and the README list a kind's codes from `KIND.codes`.
        for code in Code::ALL {
            let owners: Vec<&str> = KINDS
                .iter()
                .filter(|kind| kind.codes.contains(code))
                .map(|kind| kind.name)
                .collect();
            let expected = usize::from(code.category() == crate::codes::Category::Rule);
            assert_eq!(
                owners.len(),
                expected,
                "{} is listed by {owners:?}",
                code.id()
            );
        }
    }

    #[test]
    fn every_kinds_example_is_a_rules_file_of_that_kind_and_its_codes_are_its_own() {
        let limits = crate::load::Limits::default();
        for kind in KINDS {
            assert!(
                crate::syntax::yaml::parse(kind.example, &limits).is_ok(),
                "{}: the example is not YAML",
                kind.name
            );
            assert!(kind.example.contains(&format!("kind: {}\n", kind.name)));
            for field in kind.fields {
                assert!(
                    kind.example.contains(&format!("{}:", field.name)),
                    "{}: the example does not show `{}`",
                    kind.name,
                    field.name
                );
            }
            assert!(!kind.codes.is_empty());
            let text = kind.explanation();
            assert!(text.contains("Parameters") && text.contains("Example"));
        }
    }
}
