//! One run of `claimcheck check`: load, validate, check citations, evaluate the rules, and
//! summarise.

use std::path::Path;

use serde::Serialize;

use crate::citation;
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{self, Limits};
use crate::model::Project;
use crate::rules;

/// What a run may read.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub limits: Limits,
}

/// The counts printed at the end of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub entities: usize,
    pub rules: usize,
    /// Diagnostics about the input itself (codes CC0xx) at error level.
    pub input_errors: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// The result of a run: the project as loaded, every diagnostic in a stable order, and
/// the counts.
pub struct Outcome {
    pub project: Project,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

impl Outcome {
    /// 2 when the input is invalid, 1 when a finding is at error level (or a warning and
    /// `deny_warnings`), else 0.
    pub fn exit_code(&self, deny_warnings: bool) -> i32 {
        if self.summary.input_errors > 0 {
            2
        } else if self.summary.errors > 0 || (deny_warnings && self.summary.warnings > 0) {
            1
        } else {
            0
        }
    }
}

/// Checks the project under `root`: load, the citation checks (which find each claim's
/// passage), the rules, then the passages added to every diagnostic about a claim.
pub fn check(root: &Path, options: &Options) -> Outcome {
    let mut loaded = load::load(root, &options.limits);
    let citations = citation::verify(&mut loaded.project);
    let rules = rules::load(
        &loaded.rule_documents,
        &loaded.project,
        &mut loaded.diagnostics,
    );
    let project = loaded.project;
    let mut diagnostics = loaded.diagnostics.into_vec();
    diagnostics.extend(citations);
    diagnostics.extend(rules::evaluate(&rules, &project));
    citation::label_passages(&mut diagnostics, &project);
    sort(&mut diagnostics, &project);
    let summary = summarise(&project, &diagnostics, rules.len());
    Outcome {
        project,
        diagnostics,
        summary,
    }
}

/// Orders diagnostics by file, position and code, so that output is the same on every run.
pub fn sort(diagnostics: &mut [Diagnostic], project: &Project) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            let file = d.primary().map(|l| project.files.name(l.file).to_string());
            let start = d.primary().map_or(0, |l| l.span.start);
            (file, start, d.code, d.message.clone())
        };
        key(a).cmp(&key(b))
    });
}

fn summarise(project: &Project, diagnostics: &[Diagnostic], rules: usize) -> Summary {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    Summary {
        sources: project.sources.len(),
        claims: project.claims.len(),
        entities: project.entities.len(),
        rules,
        input_errors: diagnostics
            .iter()
            .filter(|d| d.code.is_input() && d.severity == Severity::Error)
            .count(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
    }
}
