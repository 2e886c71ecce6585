//! One run of `claimcheck check`: load, validate, check citations, evaluate the rules, and
//! summarise.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use crate::baseline::{self, Baseline};
use crate::citation;
use crate::codes::Code;
use crate::config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::files::ShownPaths;
use crate::load::{self, Limits};
use crate::model::Project;
use crate::rules;
use crate::suppress;
use crate::timings::Timings;

/// What a run reads and reports.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub limits: Limits,
    /// Severity overrides (and codes turned off) that apply after the project's
    /// `claimcheck.yaml`.
    pub severity: Vec<(Code, config::Level)>,
    /// Report only diagnostics at this severity or above; all when `None`.
    pub min_severity: Option<Severity>,
    /// Findings accepted earlier: those it matches are not reported.
    pub baseline: Option<Baseline>,
    /// Run only these rules (by id); all when empty.
    pub rules: Vec<String>,
    /// Report only these codes; all when empty. Input errors are always reported.
    pub select: Vec<Code>,
    /// Told how far a run has got, for a progress bar. Called from worker threads.
    pub progress: Option<Progress>,
}

/// The stages of a run that report progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// YAML files read and parsed, of all the project's YAML files.
    Parse,
    /// Rules evaluated, of the rules to run.
    Rules,
}

/// A callback told `(stage, done, total)` as a run goes on. It is called from rayon's
/// worker threads, in no particular order within a stage, so it must be cheap and
/// thread-safe; `done` only grows within a stage.
#[derive(Clone)]
pub struct Progress(Arc<dyn Fn(Stage, usize, usize) + Send + Sync>);

impl Progress {
    pub fn new(callback: impl Fn(Stage, usize, usize) + Send + Sync + 'static) -> Progress {
        Progress(Arc::new(callback))
    }

    pub fn report(&self, stage: Stage, done: usize, total: usize) {
        (self.0)(stage, done, total);
    }
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("Progress(..)")
    }
}

/// The counts printed at the end of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub entities: usize,
    pub rules: usize,
    /// Diagnostics saying the input is invalid (CC0xx codes that are errors by default).
    pub input_errors: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Diagnostics silenced by `allow:` suppressions.
    pub suppressed: usize,
    /// Findings hidden because the baseline accepts them.
    pub baselined: usize,
    /// Diagnostics counted above but not reported, beyond [`MAX_REPORTED`] (CC006).
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Most diagnostics one run reports. Beyond this many, a report is no longer read, and
/// rendering millions would cost gigabytes: the first are reported, in order, and CC006
/// says how many were left out.
pub const MAX_REPORTED: usize = 10_000;

/// Keeps the first [`MAX_REPORTED`] of `diagnostics` (already sorted), and adds CC006 when
/// any were left out; `unreported` counts diagnostics that were never built. Returns how
/// many were left out.
pub fn bound_reported(diagnostics: &mut Vec<Diagnostic>, unreported: usize) -> usize {
    let total = diagnostics.len() + unreported;
    if total <= MAX_REPORTED {
        return 0;
    }
    diagnostics.truncate(MAX_REPORTED);
    diagnostics.push(Diagnostic::general(
        Code::TooManyFindings,
        format!("too many findings: the first {MAX_REPORTED} of {total} are shown"),
        "fix the first ones and run again; `--rule ID` or `--select CODE` narrows a run to one rule or code",
    ));
    total - MAX_REPORTED
}

/// The result of a run: the project as loaded, every diagnostic in a stable order, and
/// the counts.
pub struct Outcome {
    pub project: Project,
    /// The rules that were read without error (and selected by `--rule`).
    pub rules: Vec<rules::Rule>,
    /// How many claims each rule checked, in the order of `rules`.
    pub claims_checked: Vec<usize>,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
    /// How long each phase of the run took.
    pub timings: Timings,
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
    let progress = options.progress.as_ref();
    let mut loaded = load::load_with_progress(root, &options.limits, progress);
    let config = config::load(
        root,
        &options.limits,
        &mut loaded.project.files,
        &mut loaded.diagnostics,
    );
    let mut timings = std::mem::take(&mut loaded.timings);
    let citations = timings.time("citations", || citation::verify(&mut loaded.project));
    let mut rules = timings.time("read rules", || {
        rules::load(
            &loaded.rule_documents,
            &loaded.project,
            &mut loaded.diagnostics,
        )
    });
    if !options.rules.is_empty() {
        for wanted in &options.rules {
            if !rules.iter().any(|r| &r.id.value == wanted) {
                loaded.diagnostics.push(Diagnostic::general(
                    Code::UnknownRuleSelected,
                    format!("`--rule {wanted}` names no rule of this project"),
                    "`claimcheck list rules` shows the rules' ids",
                ));
            }
        }
        rules.retain(|r| options.rules.contains(&r.id.value));
    }
    let project = loaded.project;
    let mut diagnostics = loaded.diagnostics.into_vec();
    diagnostics.extend(citations);
    let evaluation = timings.time("rules", || {
        rules::evaluate_with_progress(&rules, &project, progress)
    });
    diagnostics.extend(evaluation.diagnostics);
    timings.time("passages", || {
        citation::label_passages(&mut diagnostics, &project);
    });
    let started = crate::timings::Started::now();
    let whole_run = options.rules.is_empty() && options.select.is_empty();
    let suppressed = suppress::apply(&mut diagnostics, &project, &rules, whole_run);
    // After suppression, so that an `allow:` of either code still silences its own finding.
    rules::merge::merge(&mut diagnostics);
    // The last override of a code wins: the command line's come after the file's.
    let levels: std::collections::HashMap<Code, config::Level> = config
        .severity
        .iter()
        .chain(&options.severity)
        .copied()
        .collect();
    for diagnostic in &mut diagnostics {
        if let Some(config::Level::Report(severity)) = levels.get(&diagnostic.code) {
            diagnostic.severity = *severity;
        }
    }
    // The baseline sees every finding before any is filtered out, so that an entry is
    // called unused only when its finding is really gone.
    let baselined = options.baseline.as_ref().map_or(0, |accepted| {
        baseline::apply(
            &mut diagnostics,
            &project,
            accepted,
            options.rules.is_empty(),
        )
    });
    diagnostics.retain(|d| levels.get(&d.code) != Some(&config::Level::Off));
    if !options.select.is_empty() {
        diagnostics.retain(|d| options.select.contains(&d.code) || d.is_input_error());
    }
    if let Some(minimum) = options.min_severity {
        diagnostics.retain(|d| d.severity >= minimum || d.is_input_error());
    }
    sort(&mut diagnostics, &project);
    let mut summary = summarise(&project, &diagnostics, rules.len());
    summary.suppressed = suppressed;
    summary.baselined = baselined;
    summary.omitted = bound_reported(&mut diagnostics, 0);
    if summary.omitted > 0 {
        // CC006 is made after the overrides above were applied: it takes its own here.
        match levels.get(&Code::TooManyFindings) {
            Some(config::Level::Off) => {
                diagnostics.pop();
            }
            Some(config::Level::Report(severity)) => {
                if let Some(notice) = diagnostics.last_mut() {
                    notice.severity = *severity;
                }
            }
            None => {}
        }
        if let Some(notice) = diagnostics
            .last()
            .filter(|d| d.code == Code::TooManyFindings)
        {
            match notice.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
    }
    timings.record("suppress and sort", started);
    Outcome {
        project,
        rules,
        claims_checked: evaluation.claims_checked,
        diagnostics,
        summary,
        timings,
    }
}

impl Outcome {
    /// Hides the findings `accepted` matches, as `--baseline` would have (after
    /// `--write-baseline` has recorded this very run, all of them).
    pub fn hide_baselined(&mut self, accepted: &Baseline) {
        let hidden = baseline::apply(&mut self.diagnostics, &self.project, accepted, false);
        let kept = self.summary.clone();
        self.summary = summarise(&self.project, &self.diagnostics, self.rules.len());
        self.summary.suppressed = kept.suppressed;
        self.summary.baselined = kept.baselined + hidden;
    }

    /// Shows file names from the working folder (see [`ShownPaths`]) in every format.
    /// Call it last: sorting and fingerprints use the names relative to the root.
    pub fn show_paths(&mut self, shown: &ShownPaths) {
        self.project.files.show_paths(shown);
    }
}

/// Orders diagnostics by file, position and code, so that output is the same on every run.
pub fn sort(diagnostics: &mut [Diagnostic], project: &Project) {
    // Stable, like `sort_by`, with each key built once instead of at every comparison.
    diagnostics.sort_by_cached_key(|d| {
        let file = d
            .primary()
            .map(|l| project.files.project_name(l.file).to_string());
        let start = d.primary().map_or(0, |l| l.span.start);
        (file, start, d.code, d.message.clone())
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
        input_errors: diagnostics.iter().filter(|d| d.is_input_error()).count(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        suppressed: 0,
        baselined: 0,
        omitted: 0,
    }
}

/// Explanation of CC006, printed by `claimcheck explain CC006`.
pub const EXPLAIN_TOO_MANY_FINDINGS: &str = "\
What it checks: a run reports at most 10,000 diagnostics (and at most 1,000 for one
file, CC002 counting the rest). Beyond that, the first in report order are shown and
CC006 says how many there were; the summary's counts and the exit code still count them
all.

Why it matters: a report of a million diagnostics is read by no one, and rendering it
would take minutes and gigabytes. A run this noisy usually has one cause (a wrong indent,
a rule that selects the wrong claims) that the first diagnostics show.

Fails: a claims file where 20,000 claims each miss their `quote:`.

Passes: any run with at most 10,000 diagnostics.
";

/// Explanation of CC044, printed by `claimcheck explain CC044`.
pub const EXPLAIN_UNKNOWN_RULE: &str = "\
What it checks: every `--rule ID` on the command line names a rule of the project.

Why it matters: a misspelt `--rule` would run nothing and report a clean result.

Fails:
    claimcheck check --rule provinces-cleared-grow

Passes:
    claimcheck check --rule provinces-cleared-never-decrease
";
