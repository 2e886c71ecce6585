//! The JSON format: every diagnostic with its code, severity, message, help and every
//! labelled location (file, line, column, byte span), plus the run's summary.
//!
//! The schema is versioned by `version`; fields are only ever added within a version.

use serde::Serialize;

use crate::check::Summary;
use crate::diagnostic::Diagnostic;
use crate::files::Files;

/// Version of the JSON schema below.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: &'static str,
    tool_version: &'static str,
    summary: &'a Summary,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    notes: &'a [String],
    rule: Option<&'a str>,
    /// The primary location, repeated from `labels[0]` for consumers that want one place.
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    span: Option<JsonSpan>,
    labels: Vec<JsonLabel<'a>>,
}

#[derive(Serialize, Clone, Copy)]
struct JsonSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    span: JsonSpan,
    message: &'a str,
    primary: bool,
}

/// Renders the diagnostics and summary as one pretty-printed JSON document.
pub fn render(diagnostics: &[Diagnostic], summary: &Summary, files: &Files) -> String {
    let diagnostics = diagnostics
        .iter()
        .map(|d| {
            let labels: Vec<JsonLabel> = d
                .labels
                .iter()
                .map(|label| {
                    let file = label.location.file;
                    let span = &label.location.span;
                    let (line, column) = files.line_column(file, span.start);
                    let (end_line, end_column) = files.line_column(file, span.end);
                    JsonLabel {
                        file: files.name(file),
                        line,
                        column,
                        end_line,
                        end_column,
                        span: JsonSpan {
                            start: span.start,
                            end: span.end,
                        },
                        message: &label.message,
                        primary: label.primary,
                    }
                })
                .collect();
            let first = labels.first();
            JsonDiagnostic {
                code: d.code.id(),
                name: d.code.name(),
                severity: d.severity.as_str(),
                message: &d.message,
                help: d.help.as_deref(),
                notes: &d.notes,
                rule: d.rule.as_deref(),
                file: first.map(|l| l.file),
                line: first.map(|l| l.line),
                column: first.map(|l| l.column),
                span: first.map(|l| l.span),
                labels,
            }
        })
        .collect();
    let output = Output {
        version: SCHEMA_VERSION,
        tool: "claimcheck",
        tool_version: env!("CARGO_PKG_VERSION"),
        summary,
        diagnostics,
    };
    let mut text = serde_json::to_string_pretty(&output).expect("JSON of plain data");
    text.push('\n');
    text
}
