//! The human format: diagnostics as miette reports.
//!
//! A miette diagnostic shows spans of one source text. Labels of a finding that fall in
//! other files (a claim in another claims file, the passage of an article) become reports
//! of their own that follow it, one per file, each headed by what it shows ("the article
//! says", "rule `id` (kind)"). Each report's source is an [`Excerpt`]: the labelled lines
//! alone, trimmed to the report's width. Colour and the terminal are the binary's business
//! (see `terminal`).

use std::fmt;

use miette::{LabeledSpan, SourceCode};

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::files::{FileId, Files};
pub use crate::report::excerpt::shown_string as shown;
use crate::report::excerpt::{Excerpt, LabelIn};

/// Every diagnostic drawn for the terminal (or a pipe) in the report's style, then the
/// summary line wrapped to the same width. Needs the `cli` feature (see `terminal`).
#[cfg(feature = "cli")]
pub fn render(report: &crate::report::Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let outcome = report.outcome;
    let style = report.options.style;
    let diagnostics =
        crate::report::terminal::render(&outcome.diagnostics, &outcome.project.files, style);
    out.write_all(diagnostics.as_bytes())?;
    // The summary is the one line of the report that is not an excerpt: wrapped like the
    // rest, so that no line is wider than the terminal.
    let summary = crate::report::summary_line(&outcome.summary);
    out.write_all(wrap_summary(&summary, style.width).as_bytes())
}

/// The summary line wrapped to `width`, broken only between its counts, never inside one
/// ("4 accepted by the baseline"); continuation lines are indented.
#[cfg(feature = "cli")]
fn wrap_summary(summary: &str, width: usize) -> String {
    let mut lines = vec![String::new()];
    for part in summary.trim_end().split_inclusive([',', ':']) {
        let part = part.trim_start();
        let current = lines.last_mut().expect("lines starts with one line");
        if current.is_empty() {
            current.push_str(part);
        } else if current.chars().count() + 1 + part.chars().count() > width {
            lines.push(format!("  {part}"));
        } else {
            current.push(' ');
            current.push_str(part);
        }
    }
    lines.join("\n") + "\n"
}

/// One diagnostic, or one file's part of it, in the shape miette renders.
#[derive(Debug)]
pub struct Report {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    source: Option<Excerpt>,
    labels: Vec<LabeledSpan>,
}

/// The reports that show `diagnostic` at `width` columns: the diagnostic itself with the
/// labels in its first file, then one report for each other file it labels.
pub fn reports(diagnostic: &Diagnostic, files: &Files, width: usize) -> Vec<Report> {
    // Notes are facts about the finding (the intervals compared, the rule's own words):
    // they follow the headline; `help:` is kept for what to do.
    let mut message = shown(&diagnostic.message);
    for note in &diagnostic.notes {
        message.push_str("\nnote: ");
        message.push_str(&shown(note));
    }
    let help = shown(diagnostic.help.as_deref().unwrap_or_default());
    let mut main = Report {
        code: format!("{} {}", diagnostic.code.id(), diagnostic.code.name()),
        severity: match diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        message,
        help: (!help.is_empty()).then_some(help),
        source: None,
        labels: Vec::new(),
    };
    // Group labels by file, in the order the files first appear.
    let mut groups: Vec<(FileId, Vec<&Label>)> = Vec::new();
    for label in &diagnostic.labels {
        match groups
            .iter_mut()
            .find(|(file, _)| *file == label.location.file)
        {
            Some((_, labels)) => labels.push(label),
            None => groups.push((label.location.file, vec![label])),
        }
    }
    let mut groups = groups.into_iter();
    if let Some((file, labels)) = groups.next() {
        // A diagnostic about a whole file (one it could not read) has no span to show.
        let whole_file = labels
            .iter()
            .all(|l| l.location.span().is_empty() && l.message.is_empty());
        if !whole_file {
            main.attach(files, file, &labels, width, true);
        }
    }
    let mut reports = vec![main];
    for (file, labels) in groups {
        // A lone label's text becomes the report's heading instead of being printed
        // twice.
        let mut heading = match labels.as_slice() {
            [only] if !only.message.is_empty() => shown(&only.message),
            _ => format!("in {}", crate::normalize::shown_name(files.name(file))),
        };
        if let Some(url) = files.url(file) {
            heading.push_str(&format!(" ({})", shown(url)));
        }
        let mut related = Report {
            code: String::new(),
            severity: miette::Severity::Advice,
            message: heading,
            help: None,
            source: None,
            labels: Vec::new(),
        };
        related.attach(files, file, &labels, width, labels.len() > 1);
        reports.push(related);
    }
    reports
}

impl Report {
    /// Shows `labels` of `file`, with their messages when `with_messages`.
    fn attach(
        &mut self,
        files: &Files,
        file: FileId,
        labels: &[&Label],
        width: usize,
        with_messages: bool,
    ) {
        let labels: Vec<LabelIn> = labels
            .iter()
            .map(|label| LabelIn {
                span: label.location.span(),
                message: if with_messages { &label.message } else { "" },
                primary: label.primary,
            })
            .collect();
        let excerpt = Excerpt::new(files.get(file), &labels, width);
        self.labels = excerpt.labels().collect();
        self.source = Some(excerpt);
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() || self.source.is_none() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;

    #[test]
    fn the_summary_wraps_between_its_counts() {
        let summary = "claimcheck: 5 sources, 104 claims, 73 entities, 20 rules: 0 errors, \
                       1 warning, 4 accepted by the baseline\n";
        assert_eq!(wrap_summary(summary, 200), summary);
        assert_eq!(
            wrap_summary(summary, 80),
            "claimcheck: 5 sources, 104 claims, 73 entities, 20 rules: 0 errors, 1 warning,\n  \
             4 accepted by the baseline\n"
        );
        for line in wrap_summary(summary, 30).lines() {
            assert!(line.chars().count() <= 30, "{line}");
        }
    }
}
