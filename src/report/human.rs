//! The human format: diagnostics as miette reports.
//!
//! A miette diagnostic shows spans of one source text. Labels of a finding that fall in
//! other files (a claim in another claims file, the passage of an article) become related
//! diagnostics, one per file, each with its own source. Rendering to the terminal (colour,
//! width) is the binary's business.

use std::fmt;
use std::sync::Arc;

use miette::{LabeledSpan, NamedSource, SourceCode, SourceSpan};

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::files::{FileId, Files};

/// One diagnostic, or one file's part of it, in the shape miette renders.
#[derive(Debug)]
pub struct Report {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    source: Option<NamedSource<Arc<str>>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report>,
}

impl Report {
    /// Builds the report for `diagnostic`, attaching the texts of the files it labels.
    pub fn new(diagnostic: &Diagnostic, files: &Files) -> Report {
        // Notes are facts about the finding (the intervals compared, the rule's own words):
        // they follow the headline; `help:` is kept for what to do.
        let mut message = diagnostic.message.clone();
        for note in &diagnostic.notes {
            message.push_str("\nnote: ");
            message.push_str(note);
        }
        let help = diagnostic.help.clone().unwrap_or_default();
        let mut report = Report {
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
            related: Vec::new(),
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
                .all(|l| l.location.span.is_empty() && l.message.is_empty());
            if !whole_file {
                report.source = Some(named_source(files, file));
                report.labels = labels.into_iter().map(labeled_span).collect();
            }
        }
        for (file, labels) in groups {
            // A lone label's text becomes the related report's headline instead of being
            // printed twice.
            let (mut message, labels): (String, Vec<LabeledSpan>) = match labels.as_slice() {
                [only] => (
                    only.message.clone(),
                    vec![LabeledSpan::new_with_span(None, span_of(only))],
                ),
                _ => (
                    format!("in {}", files.name(file)),
                    labels.into_iter().map(labeled_span).collect(),
                ),
            };
            if let Some(url) = files.url(file) {
                message.push_str(&format!(" ({url})"));
            }
            report.related.push(Report {
                code: String::new(),
                severity: miette::Severity::Advice,
                message,
                help: None,
                source: Some(named_source(files, file)),
                labels,
                related: Vec::new(),
            });
        }
        report
    }
}

fn named_source(files: &Files, file: FileId) -> NamedSource<Arc<str>> {
    let file = files.get(file);
    NamedSource::new(file.name.clone(), file.text.clone())
}

fn span_of(label: &Label) -> SourceSpan {
    SourceSpan::from(label.location.span.start..label.location.span.end)
}

fn labeled_span(label: &Label) -> LabeledSpan {
    let span = span_of(label);
    let text = (!label.message.is_empty()).then(|| label.message.clone());
    if label.primary {
        LabeledSpan::new_primary_with_span(text, span)
    } else {
        LabeledSpan::new_with_span(text, span)
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

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}
