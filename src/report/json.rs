//! The JSON format: every diagnostic with its code, severity, message, help and every
//! labelled location (file, line, column, byte span), plus the run's summary (for
//! `check`) or the coverage counts (for `coverage`).
//!
//! The schema is versioned by `version`; fields are only ever added within a version.

use serde::Serialize;

use crate::check::Summary;
use crate::citation::coverage::{Counts, Report};
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
    diagnostics: Diagnostics<'a>,
}

/// The diagnostics, each put in its JSON shape only as it is written: a report of
/// thousands of findings is not held twice, as data and as text.
struct Diagnostics<'a> {
    diagnostics: &'a [Diagnostic],
    files: &'a Files,
}

impl Serialize for Diagnostics<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.diagnostics.len()))?;
        for diagnostic in self.diagnostics {
            seq.serialize_element(&json_diagnostic(diagnostic, self.files))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    help: Option<&'a str>,
    notes: &'a [String],
    /// The rule the diagnostic is about, by id: the rule whose check found it, or a rule
    /// with an error in how it is written, whenever its `id:` reads; `None` otherwise.
    rule: Option<&'a str>,
    /// The claims the diagnostic is about, by id, the one it points at first; empty for
    /// problems that concern no loaded claim (most input errors).
    claims: &'a [String],
    /// The finding's facts (figures, counts, names), typed by its code; absent when the
    /// message says it all.
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<serde_json::Value>,
    /// The findings folded into this one as another side of the same problem (its notes
    /// say each in words); absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    folded: Vec<JsonFolded<'a>>,
    /// Rules that found this same finding beyond those of `rule` and `folded`, by id;
    /// absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also_found_by: Vec<&'a str>,
    /// The primary location, repeated from `labels[0]` for consumers that want one place.
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    span: Option<JsonSpan>,
    labels: Vec<JsonLabel<'a>>,
}

/// A finding folded into another: what it would have said on its own.
#[derive(Serialize)]
struct JsonFolded<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    rule: Option<&'a str>,
    claims: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also_found_by: Vec<&'a str>,
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
    /// Where the file's text was published: an article's source `url:`, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct CoverageOutput<'a> {
    version: u32,
    tool: &'static str,
    tool_version: &'static str,
    coverage: JsonCoverage<'a>,
    diagnostics: Diagnostics<'a>,
}

#[derive(Serialize)]
struct JsonCoverage<'a> {
    sources: Vec<JsonCounts<'a>>,
    total: JsonCounts<'a>,
    /// `--min-coverage`, when given.
    min_coverage: Option<serde_json::Number>,
}

#[derive(Serialize)]
struct JsonCounts<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    found: usize,
    encoded: usize,
    ignored: usize,
    uncovered: usize,
    /// Covered in percent, rounded down to a tenth; `null` where no number was read.
    percent: Option<serde_json::Number>,
}

fn number(value: rust_decimal::Decimal) -> serde_json::Number {
    value
        .normalize()
        .to_string()
        .parse()
        .unwrap_or_else(|_| serde_json::Number::from(0))
}

fn counts<'a>(source: Option<&'a str>, text: Option<&'a str>, counts: &Counts) -> JsonCounts<'a> {
    JsonCounts {
        source,
        text,
        found: counts.found,
        encoded: counts.encoded,
        ignored: counts.ignored,
        uncovered: counts.uncovered(),
        percent: counts.percent().map(number),
    }
}

/// Renders a coverage report and its diagnostics as one pretty-printed JSON document.
pub fn render_coverage(
    report: &Report,
    minimum: Option<rust_decimal::Decimal>,
    diagnostics: &[Diagnostic],
    files: &Files,
) -> String {
    let output = CoverageOutput {
        version: SCHEMA_VERSION,
        tool: "claimcheck",
        tool_version: env!("CARGO_PKG_VERSION"),
        coverage: JsonCoverage {
            sources: report
                .sources
                .iter()
                .map(|s| counts(Some(&s.source), s.text.as_deref(), &s.counts))
                .collect(),
            total: counts(None, None, &report.total),
            min_coverage: minimum.map(number),
        },
        diagnostics: Diagnostics { diagnostics, files },
    };
    let mut text = serde_json::to_string_pretty(&output).expect("JSON of plain data");
    text.push('\n');
    text
}

/// The run's diagnostics and summary as one pretty-printed JSON document.
pub fn render(report: &crate::report::Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let outcome = report.outcome;
    write_document(
        &outcome.diagnostics,
        &outcome.summary,
        &outcome.project.files,
        out,
    )
}

/// Renders the diagnostics and summary as one pretty-printed JSON document.
pub fn document(diagnostics: &[Diagnostic], summary: &Summary, files: &Files) -> String {
    let mut text = Vec::new();
    write_document(diagnostics, summary, files, &mut text).expect("a Vec takes every write");
    String::from_utf8(text).expect("JSON is UTF-8")
}

/// Writes the document of [`document`] as it is made.
fn write_document(
    diagnostics: &[Diagnostic],
    summary: &Summary,
    files: &Files,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let output = Output {
        version: SCHEMA_VERSION,
        tool: "claimcheck",
        tool_version: env!("CARGO_PKG_VERSION"),
        summary,
        diagnostics: Diagnostics { diagnostics, files },
    };
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &output).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

fn json_diagnostic<'a>(d: &'a Diagnostic, files: &'a Files) -> JsonDiagnostic<'a> {
    let labels: Vec<JsonLabel> = d
        .labels
        .iter()
        .map(|label| {
            let file = label.location.file;
            let span = &label.location.span();
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
                url: files.url(file),
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
        claims: &d.claims,
        data: d.data.as_ref().map(crate::diagnostic::Data::value),
        folded: d
            .folded
            .iter()
            .filter(|f| !d.gathers(f))
            .map(|f| JsonFolded {
                code: f.code.id(),
                name: f.code.name(),
                severity: f.severity.as_str(),
                message: &f.message,
                rule: f.rule.as_deref(),
                claims: &f.claims,
                also_found_by: f.also_found_by.iter().map(|rule| &**rule).collect(),
            })
            .collect(),
        also_found_by: d.also_found_by.iter().map(|rule| &**rule).collect(),
        file: first.map(|l| l.file),
        line: first.map(|l| l.line),
        column: first.map(|l| l.column),
        span: first.map(|l| l.span),
        labels,
    }
}
