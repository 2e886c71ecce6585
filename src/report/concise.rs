//! The concise format: one line per diagnostic, `file:line:col: CODE [severity] message`,
//! as compilers and linters print them, for a quick read, `grep` and editors that jump to
//! `file:line:col`.

use std::io::{self, Write};

use crate::diagnostic::Diagnostic;
use crate::files::Files;
use crate::report::human::shown;
use crate::report::{Report, summary_line};

/// Every diagnostic on its line, then the summary line.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let outcome = report.outcome;
    out.write_all(lines(&outcome.diagnostics, &outcome.project.files).as_bytes())?;
    out.write_all(summary_line(&outcome.summary).as_bytes())
}

/// One line per diagnostic.
pub fn lines(diagnostics: &[Diagnostic], files: &Files) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        if let Some(primary) = diagnostic.primary() {
            let (line, column) = files.line_column(primary.file, primary.span().start);
            out.push_str(&format!(
                "{}:{line}:{column}: ",
                crate::normalize::shown_name(files.name(primary.file))
            ));
        }
        // One diagnostic, one line: a line break inside a message would start another.
        let message = shown(&diagnostic.message).replace('\n', " ");
        out.push_str(&format!(
            "{} [{}] {message}\n",
            diagnostic.code.id(),
            diagnostic.severity.as_str()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use crate::diagnostic::Location;

    #[test]
    fn each_diagnostic_is_one_line_at_its_primary_label() {
        let mut files = Files::default();
        let id = files.add(
            "claims/a.yaml".into(),
            "claims/a.yaml".into(),
            "a: 1\nb: 2\n",
        );
        let diagnostics = [
            Diagnostic::new(
                Code::UnknownField,
                "the key `b` is\nunknown \u{1b}",
                Location::new(id, 5..6),
                "here",
            ),
            Diagnostic::general(Code::NoProject, "not a project", "run init"),
        ];
        assert_eq!(
            lines(&diagnostics, &files),
            "claims/a.yaml:2:1: CC010 [error] the key `b` is unknown ␛\n\
             CC005 [error] not a project\n"
        );
    }
}
