//! Turning diagnostics into output. Each format is one module with one entry point of one
//! signature, [`Render`]: it reads a [`Report`] (the run's outcome, with its
//! [`Diagnostic`](crate::diagnostic::Diagnostic) data and file texts, and the choices made
//! for the output) and writes the whole document.

pub mod clock;
pub mod concise;
pub mod coverage;
pub mod excerpt;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod quoted;
pub mod sarif;
pub mod statistics;
#[cfg(feature = "cli")]
pub mod terminal;

use std::io::{self, Write};

use crate::check::{Outcome, Summary};

/// What every format renders: a check's outcome and the choices made for its output.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    pub outcome: &'a Outcome,
    pub options: &'a Options,
}

/// The choices a format may need beyond the outcome; each format reads only its own.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The human format: the width to wrap at and whether to colour.
    pub style: Style,
    /// SARIF: the URL each code's id is appended to for a rule's `helpUri`.
    pub help_uri_base: Option<String>,
    /// HTML: the page's title and time.
    pub html: html::Options,
    /// JUnit: the suite's timestamp and host.
    pub junit: junit::Options,
    /// Markdown: how many findings to list.
    pub markdown: markdown::Options,
}

/// How human output is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// No line of the report is wider than this, source excerpts included.
    pub width: usize,
    pub color: bool,
}

impl Default for Style {
    /// A pipe's: 100 columns, no colour.
    fn default() -> Self {
        Style {
            width: 100,
            color: false,
        }
    }
}

/// The one signature of every format: writes the whole report to `out`.
pub type Render = fn(&Report, &mut dyn Write) -> io::Result<()>;

/// `1 source`, `5 sources`.
pub fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {}", crate::words::plural(noun))
    }
}

/// `claimcheck: 5 sources, 104 claims, 73 entities, 18 rules: 4 errors, 2 warnings`
pub fn summary_line(s: &Summary) -> String {
    let n = counted;
    let mut problems = vec![n(s.errors, "error")];
    if s.input_errors > 0 {
        problems[0].push_str(&format!(" ({} in the input)", s.input_errors));
    }
    problems.push(n(s.warnings, "warning"));
    if s.infos > 0 {
        problems.push(n(s.infos, "note"));
    }
    if s.suppressed > 0 {
        problems.push(format!("{} suppressed", s.suppressed));
    }
    if s.baselined > 0 {
        problems.push(format!("{} accepted by the baseline", s.baselined));
    }
    let mut rules = n(s.rules, "rule");
    if s.rules_not_run > 0 {
        let whose = if s.rules_not_run == 1 { "its" } else { "their" };
        rules.push_str(&format!(
            " ({} not run for {whose} errors)",
            s.rules_not_run
        ));
    }
    format!(
        "claimcheck: {}, {}, {}, {rules}: {}\n",
        n(s.sources, "source"),
        n(s.claims, "claim"),
        n(s.entities, "entity"),
        problems.join(", ")
    )
}

/// The article a diagnostic is about: the source of the claim its primary label lies in,
/// or the source whose text it points at. `None` for rules, entities and input errors that
/// concern no claim.
pub fn article_of(
    diagnostic: &crate::diagnostic::Diagnostic,
    project: &crate::model::Project,
) -> Option<crate::model::SourceId> {
    let primary = diagnostic.primary()?;
    if let Some(claim) = project.claim_at(primary) {
        return Some(project.claim(claim).source);
    }
    project
        .sources
        .iter()
        .position(|source| source.text == Some(primary.file))
        .map(|index| crate::model::SourceId(index as u32))
}
