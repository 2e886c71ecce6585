//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per diagnostic,
//! with the file, line, column, end line and end column of its primary label, so that each
//! annotation sits on the exact value in the pull request's diff.

use crate::check::Outcome;
use crate::diagnostic::Severity;

pub fn render(outcome: &Outcome) -> String {
    let files = &outcome.project.files;
    let mut out = String::new();
    for diagnostic in &outcome.diagnostics {
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = diagnostic.message.clone();
        for note in &diagnostic.notes {
            message.push('\n');
            message.push_str(note);
        }
        if let Some(help) = &diagnostic.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        let title = format!("{} {}", diagnostic.code.id(), diagnostic.code.name());
        let mut properties = Vec::new();
        if let Some(primary) = diagnostic.primary() {
            let (line, col) = files.line_column(primary.file, primary.span.start);
            let (end_line, end_col) = files.line_column(primary.file, primary.span.end);
            properties.push(format!(
                "file={}",
                escape_property(files.name(primary.file))
            ));
            properties.push(format!("line={line}"));
            properties.push(format!("col={col}"));
            properties.push(format!("endLine={end_line}"));
            properties.push(format!("endColumn={end_col}"));
        }
        properties.push(format!("title={}", escape_property(&title)));
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties.join(","),
            escape_data(&message)
        ));
    }
    out
}

/// Escaping for a command's message, as the Actions runner decodes it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping for a property value, which also may not contain `:` or `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped_as_the_runner_expects() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a,b: c"), "a%2Cb%3A c");
    }

    #[test]
    fn annotations_carry_the_primary_labels_real_position() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - id: a\n    quote: x\n    subject: Gansu\n    metric: m\n    value: \"7,5\"\n    unit: county\n",
        )]);
        let text = render(&outcome);
        assert!(
            text.starts_with("::error file=claims/c.yaml,line=7,col=13,endLine=7,endColumn=16,title=CC015 invalid-quantity::"),
            "{text}"
        );
    }
}
