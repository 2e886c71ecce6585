//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per diagnostic,
//! with the file, line, column, end line and end column of its primary label, so that each
//! annotation sits on the exact value in the pull request's diff.
//!
//! GitHub shows at most ten annotations of each level per step; when a run has more, a
//! last `::notice` says how many there are and where to see them all.

use std::io::{self, Write};

use crate::check::{Outcome, Summary};
use crate::diagnostic::Severity;
use crate::report::Report;

/// How many annotations of one level GitHub shows for a step.
pub const SHOWN_PER_LEVEL: usize = 10;

/// One workflow command per diagnostic, and the notice of those GitHub does not show.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(commands(report.outcome).as_bytes())
}

fn commands(outcome: &Outcome) -> String {
    let files = &outcome.project.files;
    let mut out = String::new();
    for diagnostic in &outcome.diagnostics {
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = diagnostic.message.clone();
        diagnostic.push_notes_and_help(&mut message);
        let title = format!("{} {}", diagnostic.code.id(), diagnostic.code.name());
        let mut properties = Vec::new();
        if let Some(primary) = diagnostic.primary() {
            let (line, col) = files.line_column(primary.file, primary.span().start);
            let (end_line, end_col) = files.line_column(primary.file, primary.span().end);
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
    if let Some(notice) = overflow_notice(&outcome.summary) {
        out.push_str(&notice);
    }
    out
}

/// A notice summarising the run when GitHub will not show every annotation.
fn overflow_notice(summary: &Summary) -> Option<String> {
    let counts = [
        (summary.errors, "error"),
        (summary.warnings, "warning"),
        (summary.infos, "note"),
    ];
    if counts.iter().all(|(count, _)| *count <= SHOWN_PER_LEVEL) {
        return None;
    }
    let counted: Vec<String> = counts
        .iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, noun)| match count {
            1 => format!("1 {noun}"),
            _ => format!("{count} {noun}s"),
        })
        .collect();
    let lists = match summary.omitted {
        0 => "the job's log, the SARIF report or `claimcheck check` lists them all".to_string(),
        _ => format!(
            "the job's log, the SARIF report and `claimcheck check` list the first {}, and \
             `claimcheck check --statistics` counts them all by code",
            crate::diagnostic::MAX_REPORTED
        ),
    };
    let message = format!(
        "claimcheck found {}; GitHub shows {SHOWN_PER_LEVEL} annotations of each level per step: \
         {lists}",
        counted.join(", ")
    );
    Some(format!(
        "::notice title={}::{}\n",
        escape_property("claimcheck summary"),
        escape_data(&message)
    ))
}

/// Escaping for a command's message, as the Actions runner decodes it. Control characters
/// from the input (an escape sequence in a name) are shown as symbols, as in the human
/// format, so that they never reach the job's log as terminal commands.
fn escape_data(text: &str) -> String {
    crate::report::human::shown(text)
        .replace('%', "%25")
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
    fn control_characters_never_reach_the_log() {
        let escaped = escape_data("red \u{1b}[31m x\u{9b}2K \u{7}");
        assert!(!escaped.chars().any(|c| c.is_control()), "{escaped:?}");
        assert!(escape_property("a\u{1b}.yaml").starts_with('a'));
        assert!(!escape_property("a\u{1b}.yaml").contains('\u{1b}'));
    }

    #[test]
    fn a_notice_summarises_a_run_with_more_annotations_than_github_shows() {
        let mut summary = Summary {
            errors: 10,
            warnings: 3,
            ..Summary::default()
        };
        assert_eq!(overflow_notice(&summary), None);
        summary.errors = 11;
        let notice = overflow_notice(&summary).unwrap();
        assert!(
            notice.starts_with("::notice title=claimcheck summary::claimcheck found 11 errors, 3 warnings; GitHub shows 10"),
            "{notice}"
        );
    }

    #[test]
    fn annotations_carry_the_primary_labels_real_position() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - id: a\n    quote: x\n    subject: Gansu\n    metric: m\n    value: \"7,5\"\n    unit: county\n",
        )]);
        let text = commands(&outcome);
        assert!(
            text.starts_with("::error file=claims/c.yaml,line=7,col=13,endLine=7,endColumn=16,title=CC015 invalid-quantity::"),
            "{text}"
        );
    }
}
