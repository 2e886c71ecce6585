//! SARIF 2.1.0: the format code-scanning services (GitHub code scanning among them) read.
//!
//! One run; the tool driver lists one reporting descriptor per claimcheck code, carrying its
//! explanation; each diagnostic is a result whose primary label is its location and whose
//! other labels are related locations. Regions carry line and column (columns count Unicode
//! code points, as `columnKind` says) and the byte offset and length.

use serde_json::{Value, json};

use crate::check::Outcome;
use crate::codes::Code;
use crate::diagnostic::{Label, Severity};
use crate::files::Files;

/// The schema URI SARIF consumers expect in `$schema`.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Renders a run as a SARIF log. `help_uri_base`, when given, is joined with each code's id
/// (`<base>CC101`) to form the rules' `helpUri`.
pub fn render(outcome: &Outcome, help_uri_base: Option<&str>) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            let mut rule = json!({
                "id": code.id(),
                "name": code.name(),
                "shortDescription": { "text": short_description(*code) },
                "fullDescription": { "text": code.explanation() },
                "help": { "text": code.explanation() },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            });
            if let Some(base) = help_uri_base {
                rule["helpUri"] = json!(format!("{base}{}", code.id()));
            }
            rule
        })
        .collect();
    let files = &outcome.project.files;
    let results: Vec<Value> = outcome
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let mut text = diagnostic.message.clone();
            for note in &diagnostic.notes {
                text.push('\n');
                text.push_str(note);
            }
            if let Some(help) = &diagnostic.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            let rule_index = Code::ALL
                .iter()
                .position(|c| *c == diagnostic.code)
                .expect("every code is in the table");
            let mut result = json!({
                "ruleId": diagnostic.code.id(),
                "ruleIndex": rule_index,
                "level": level(diagnostic.severity),
                "message": { "text": text },
            });
            let mut labels = diagnostic.labels.iter();
            if let Some(primary) = labels.next() {
                result["locations"] = json!([location(files, primary)]);
            }
            let related: Vec<Value> = labels
                .enumerate()
                .map(|(index, label)| {
                    let mut related = location(files, label);
                    related["id"] = json!(index + 1);
                    related
                })
                .collect();
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            if let Some(rule) = &diagnostic.rule {
                result["properties"] = json!({ "claimcheckRule": rule });
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "claimcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&log).expect("JSON of plain data");
    text.push('\n');
    text
}

/// The first sentence of a code's explanation: what it checks.
fn short_description(code: Code) -> String {
    let text = code.explanation();
    let first = text
        .strip_prefix("What it checks")
        .map(|rest| {
            rest.trim_start_matches(|c: char| c != ':')
                .trim_start_matches(':')
        })
        .unwrap_or(text);
    let paragraph = first.split("\n\n").next().unwrap_or(first);
    paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(files: &Files, label: &Label) -> Value {
    let file = label.location.file;
    let span = &label.location.span;
    let (start_line, start_column) = files.line_column(file, span.start);
    let (end_line, end_column) = files.line_column(file, span.end);
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": files.name(file) },
            "region": {
                "startLine": start_line,
                "startColumn": start_column,
                "endLine": end_line,
                "endColumn": end_column,
                "byteOffset": span.start,
                "byteLength": span.end - span.start,
            }
        }
    });
    if !label.message.is_empty() {
        location["message"] = json!({ "text": label.message });
    }
    location
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_descriptions_are_the_first_paragraph_of_what_it_checks() {
        let text = short_description(Code::DuplicateId);
        assert!(text.starts_with("source ids are unique"), "{text}");
        assert!(!text.contains('\n'));
    }
}
