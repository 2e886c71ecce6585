//! One run of `claimcheck check`: load, validate, check citations, evaluate the rules, and
//! summarise.

use std::path::Path;

use serde::Serialize;

use crate::baseline::{self, Baseline};
use crate::citation;
use crate::codes::Code;
use crate::config;
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::files::ShownPaths;
use crate::load::{self, Limits};
use crate::model::{Allow, Project};
use crate::progress::Progress;
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
    /// Accept every finding the run reports (`--write-baseline`): the run records them in
    /// [`Outcome::recorded_baseline`], from the whole list before it is cut to
    /// [`diagnostic::MAX_REPORTED`], and reports none of them.
    pub record_baseline: bool,
    /// Run only these rules (by id); all when empty.
    pub rules: Vec<String>,
    /// Report only these codes; all when empty. Input errors are always reported.
    pub select: Vec<Code>,
    /// Told how far a run has got, for a progress bar. Called from worker threads.
    pub progress: Option<Progress>,
}

/// The counts printed at the end of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub sources: usize,
    pub claims: usize,
    pub entities: usize,
    pub rules: usize,
    /// Rules written but not run, for the input errors reported with them: not among
    /// `rules`, which counts the rules run.
    #[serde(skip_serializing_if = "is_zero")]
    pub rules_not_run: usize,
    /// Diagnostics saying the input is invalid (CC0xx codes that are errors by default).
    pub input_errors: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Diagnostics silenced by `allow:` suppressions.
    pub suppressed: usize,
    /// Findings hidden because the baseline accepts them.
    pub baselined: usize,
    /// Diagnostics counted above but not reported, beyond [`diagnostic::MAX_REPORTED`] (CC006).
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The result of a run: the project as loaded, every diagnostic in a stable order, and
/// the counts.
pub struct Outcome {
    pub project: Project,
    /// The rules that were read without error (and selected by [`Options::rules`]).
    pub rules: Vec<rules::Rule>,
    /// How many claims each rule checked, in the order of `rules`.
    pub claims_checked: Vec<usize>,
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
    /// Of the diagnostics counted but not reported (past [`diagnostic::MAX_REPORTED`]), how
    /// many of each code and its severity: `--statistics` counts every diagnostic.
    pub omitted_by_code: Vec<(Code, usize, Severity)>,
    /// How long each phase of the run took.
    pub timings: Timings,
    /// The highest severity of the findings the run reports that name each rule (as its
    /// own rule, or one folded in), in the order of `rules`, counted before the findings
    /// are cut to the first [`diagnostic::MAX_REPORTED`]: a rule that fails the run though
    /// none of its findings is among those shown still fails ([`Outcome::rules_passed`]).
    pub rules_worst: Vec<Option<Severity>>,
    /// Every finding the run would have reported, accepted, when
    /// [`Options::record_baseline`] asked for it.
    pub recorded_baseline: Option<Baseline>,
}

/// CC044's facts: the id selected that names no rule. A caller that selected rules in its
/// own terms (a command-line flag) words the diagnostic anew from it.
#[derive(Debug, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct UnknownRuleSelected {
    pub rule: String,
    /// The project's rule id nearest to it, if one is near.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closest: Option<String>,
}

/// The codes a run on `root` turns off, from the project's `claimcheck.yaml` and then the
/// command line's overrides (the last override of a code wins, as in [`check`]), known
/// before the project is loaded so that the loader and the rules spare the help of their
/// diagnostics, which nobody reads. The file is read
/// again after the project, where its problems are reported and its file numbered: this
/// early read looks only at its levels, and a file that cannot be read turns nothing off.
fn codes_turned_off(root: &Path, options: &Options) -> Vec<Code> {
    let config = config::load(
        root,
        &options.limits,
        &mut crate::files::Files::default(),
        &mut diagnostic::Diagnostics::default(),
    );
    let levels = levels(&config, options);
    let mut off: Vec<Code> = levels
        .into_iter()
        .filter(|(_, level)| *level == config::Level::Off)
        .map(|(code, _)| code)
        .collect();
    off.sort_unstable();
    off
}

/// Each code's level the run sets: the project's `claimcheck.yaml`, then the command line's
/// overrides, the last of a code winning.
fn levels(
    config: &config::Config,
    options: &Options,
) -> crate::hashing::HashMap<Code, config::Level> {
    config
        .severity
        .iter()
        .chain(&options.severity)
        .copied()
        .collect()
}

/// Checks the project under `root`: load, the citation checks (which find each claim's
/// passage), the rules, then the passages added to every diagnostic about a claim.
pub fn check(root: &Path, options: &Options) -> Outcome {
    let progress = options.progress.as_ref();
    let codes_off = codes_turned_off(root, options);
    let mut loaded = load::load_with_progress(root, &options.limits, progress, &codes_off);
    let config = config::load(
        root,
        &options.limits,
        &mut loaded.project.files,
        &mut loaded.diagnostics,
    );
    let mut timings = std::mem::take(&mut loaded.timings);
    let citations = timings.time("citations", || citation::verify(&mut loaded.project));
    let rules::Loaded {
        mut rules,
        mut not_run,
    } = timings.time("read rules", || {
        rules::load(
            &loaded.rule_documents,
            &loaded.project,
            &mut loaded.diagnostics,
        )
    });
    if !options.rules.is_empty() {
        for wanted in &options.rules {
            // A rule not run for its errors is a rule of the project: its errors, always
            // reported, say why it did not run, and the summary counts it.
            if !rules.iter().any(|r| &r.id.value == wanted) && !not_run.contains(wanted) {
                let ids = rules
                    .iter()
                    .map(|r| r.id.value.as_str())
                    .chain(not_run.iter().map(String::as_str));
                let closest = crate::suggest::closest_by_scan(wanted, ids).map(str::to_string);
                let help = match &closest {
                    Some(near) => format!(
                        "did you mean `{near}`? Select rules by the `id:` their files give them"
                    ),
                    None => "select rules by the `id:` their files give them".to_string(),
                };
                loaded.diagnostics.push(
                    Diagnostic::general(
                        Code::UnknownRuleSelected,
                        format!(
                            "the rule selection names `{wanted}`, which is no rule of this project"
                        ),
                        help,
                    )
                    .with_data(&UnknownRuleSelected {
                        rule: wanted.clone(),
                        closest,
                    }),
                );
            }
        }
        rules.retain(|r| options.rules.contains(&r.id.value));
        not_run.retain(|id| options.rules.contains(id));
    }
    let project = loaded.project;
    let evaluation = timings.time("rules", || {
        rules::evaluate_with_progress(&rules, &project, progress, &codes_off)
    });
    // One list of every diagnostic, sized once: a project wrong throughout has a finding
    // or more for each claim.
    let mut diagnostics = loaded.diagnostics.into_vec();
    diagnostics.reserve_exact(citations.len() + evaluation.diagnostics.len());
    diagnostics.extend(citations);
    diagnostics.extend(evaluation.diagnostics);
    timings.time("passages", || {
        citation::label_passages(&mut diagnostics, &project);
    });
    let started = crate::timings::Started::now();
    let whole_run = options.rules.is_empty() && options.select.is_empty();
    let rule_allows: Vec<(&str, &[Allow])> = rules
        .iter()
        .map(|rule| (rule.id.value.as_str(), rule.allow.as_slice()))
        .collect();
    let mut suppressed = suppress::apply(&mut diagnostics, &project, &rule_allows, whole_run);
    // After suppression, so that an `allow:` of either code still silences its own finding.
    rules::merge::merge(&mut diagnostics);
    let levels = levels(&config, options);
    for diagnostic in diagnostics.iter_mut().chain(&mut suppressed) {
        if let Some(config::Level::Report(severity)) = levels.get(&diagnostic.code) {
            diagnostic.severity = *severity;
        }
    }
    // What the run reports: codes not turned off, selected, at the minimum severity.
    let reported = |d: &Diagnostic| {
        levels.get(&d.code) != Some(&config::Level::Off)
            && (options.select.is_empty() || options.select.contains(&d.code) || d.is_input_error())
            && options
                .min_severity
                .is_none_or(|minimum| d.severity >= minimum || d.is_input_error())
    };
    // After the overrides, which settle whether a CC202 is reported and how severe it is;
    // before the baseline, which matches the findings folded too. A CC202 the run leaves
    // out (`--ignore CC202`, `--select`) still takes in its rule findings when the baseline
    // accepts it: the baseline accepted them with it, and reporting less must not make
    // them new.
    let recorded = options.baseline.as_ref().map(Baseline::recorded);
    let accepted_by_baseline = |d: &Diagnostic| {
        recorded
            .as_ref()
            .is_some_and(|recorded| recorded.records(d, &project))
    };
    // The severity a finding is reported at, after the overrides.
    let severity_of = |d: &Diagnostic| match levels.get(&d.code) {
        Some(config::Level::Report(severity)) => *severity,
        _ => d.severity,
    };
    rules::merge::unfold_from_hosts_left_out(
        &mut diagnostics,
        reported,
        severity_of,
        accepted_by_baseline,
    );
    // After the unfolding, which may give back an unknown name folded into a finding left out.
    rules::merge::gather_unresolved_names(&mut diagnostics, &project.files);
    rules::merge::fold_into_unstated_values(
        &mut diagnostics,
        &project,
        reported,
        accepted_by_baseline,
    );
    // The baseline sees every finding before any is filtered out, so that an entry is
    // called unused only when its finding is really gone.
    let accepted = options.baseline.as_ref().map_or_else(Vec::new, |accepted| {
        // The files that did not load at all: nothing in them was looked for.
        let files_not_loaded: crate::hashing::HashSet<&str> = diagnostics
            .iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::YamlSyntax | Code::NotUtf8 | Code::Unreadable | Code::InputLimit
                )
            })
            .filter_map(|d| Some(project.files.project_name(d.primary()?.file)))
            .collect();
        // A claim written but not loaded, or that a file not read may hold; a claim that is
        // gone (deleted, renamed) was looked for, and its entry is unused.
        let not_loaded = |id: &String| {
            project.claim_by_id(id).is_none()
                && (project.rejected_claims.contains_key(id)
                    || !project.claim_files_unread.is_empty())
        };
        let rules_lost = files_not_loaded.iter().any(|file| file.starts_with("rules/"));
        let looked_for = |entry: &baseline::Fingerprint| {
            !entry.claims.iter().any(not_loaded)
                && entry.rule.as_ref().is_none_or(|rule| {
                    // A rule of a rules file that did not load is not known to the run.
                    !not_run.contains(rule) && !rules_lost
                })
                && entry
                    .file
                    .as_deref()
                    .is_none_or(|file| !files_not_loaded.contains(file))
                // A name's entry (CC022, CC024) names no claim and no file: the name may
                // be written in what did not load.
                && !(entry.claims.is_empty() && entry.file.is_none() && !files_not_loaded.is_empty())
        };
        let stale = match options.rules.is_empty() {
            true => baseline::Stale::Reported {
                looked_for: &looked_for,
            },
            false => baseline::Stale::Unreported,
        };
        baseline::apply(&mut diagnostics, &project, accepted, stale)
    });
    diagnostics.retain(reported);
    // The findings accepted that this run would have reported, not those of codes it
    // leaves out.
    let mut baselined = accepted.iter().filter(|d| reported(d)).count();
    // Recorded from every finding, before the cut to the first MAX_REPORTED: a baseline of
    // the findings shown alone would leave the rest to fail the next run.
    let recorded_baseline = options.record_baseline.then(|| {
        let recorded = Baseline::record(&diagnostics, &project);
        baselined += baseline::apply(
            &mut diagnostics,
            &project,
            &recorded,
            baseline::Stale::Unreported,
        )
        .len();
        recorded
    });
    let suppressed = suppressed.iter().filter(|d| reported(d)).count();
    diagnostic::sort(&mut diagnostics, &project.files);
    let rules_worst = worst_by_rule(&rules, &diagnostics);
    let mut summary = summarise(&project, &diagnostics, rules.len());
    summary.rules_not_run = not_run.len();
    summary.suppressed = suppressed;
    summary.baselined = baselined;
    diagnostic::most_severe_first(&mut diagnostics);
    let omitted_by_code = diagnostics
        .get(diagnostic::MAX_REPORTED..)
        .map_or_else(Vec::new, diagnostic::counts);
    summary.omitted = diagnostic::bound_reported(&mut diagnostics, 0);
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
        omitted_by_code,
        timings,
        rules_worst,
        recorded_baseline,
    }
}

/// The highest severity of the findings of `diagnostics` that name each of `rules`
/// ([`Diagnostic::rules`]); `None` for a rule none names.
fn worst_by_rule(rules: &[rules::Rule], diagnostics: &[Diagnostic]) -> Vec<Option<Severity>> {
    let mut worst: crate::hashing::HashMap<&str, Severity> = crate::hashing::HashMap::default();
    for diagnostic in diagnostics {
        for rule in diagnostic.rules() {
            let level = worst.entry(rule).or_insert(diagnostic.severity);
            *level = (*level).max(diagnostic.severity);
        }
    }
    rules
        .iter()
        .map(|rule| worst.get(rule.id.value.as_str()).copied())
        .collect()
}

impl Outcome {
    /// Whether each rule passed, in the order of `rules`: no finding the run reports at
    /// warning or error level names it ([`Outcome::rules_worst`]).
    pub fn rules_passed(&self) -> Vec<bool> {
        self.rules_worst
            .iter()
            .map(|worst| worst.is_none_or(|severity| severity < Severity::Warning))
            .collect()
    }

    /// Keeps the input errors alone, counted again: what `list` shows of a project it
    /// cannot list, the findings of the checks being `check`'s to report.
    pub fn keep_input_errors(&mut self) {
        self.diagnostics.retain(Diagnostic::is_input_error);
        let rules_not_run = self.summary.rules_not_run;
        self.summary = summarise(&self.project, &self.diagnostics, self.rules.len());
        self.summary.rules_not_run = rules_not_run;
    }

    /// Shows file names from the working folder (see [`ShownPaths`]) in every format.
    /// Call it last: sorting and fingerprints use the names relative to the root.
    pub fn show_paths(&mut self, shown: &ShownPaths) {
        diagnostic::show_paths(&mut self.project.files, shown, &mut self.diagnostics);
    }
}

fn summarise(project: &Project, diagnostics: &[Diagnostic], rules: usize) -> Summary {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .map(Diagnostic::counts_for)
            .sum()
    };
    Summary {
        sources: project.sources.len(),
        claims: project.claims.len(),
        entities: project.entities.len(),
        rules,
        rules_not_run: 0,
        input_errors: diagnostics
            .iter()
            .filter(|d| d.is_input_error())
            .map(Diagnostic::counts_for)
            .sum(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        suppressed: 0,
        baselined: 0,
        omitted: 0,
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;

    /// Known before loading, so that the loader and the rules spare the help nobody reads:
    /// the file's overrides, then the command line's, the last of a code winning as it does
    /// for the report.
    #[test]
    fn the_codes_turned_off_come_from_the_file_then_the_command_line() {
        use crate::config::Level;
        let dir = crate::testing::write_project(&[(
            "claimcheck.yaml",
            "severity:\n  CC022: off\n  CC045: off\n",
        )]);
        let off = |severity: Vec<(Code, Level)>| {
            let options = super::Options {
                severity,
                ..super::Options::default()
            };
            super::codes_turned_off(dir.path(), &options)
        };
        assert_eq!(off(Vec::new()), [Code::UnknownEntity, Code::EmptySelection]);
        let back_on = (Code::UnknownEntity, Level::Report(super::Severity::Warning));
        assert_eq!(off(vec![back_on]), [Code::EmptySelection]);
        let also_off = (Code::ValueNotInQuote, Level::Off);
        assert_eq!(
            off(vec![also_off]),
            [
                Code::UnknownEntity,
                Code::EmptySelection,
                Code::ValueNotInQuote
            ]
        );
    }

    #[test]
    fn a_finding_folded_into_one_the_run_leaves_out_or_lowers_stands_on_its_own() {
        let dir = crate::testing::write_project(&[
            (
                "sources/more.yaml",
                "sources:\n  - { id: a, title: A, published: 2024-03-03, text: a.txt }\n",
            ),
            (
                "sources/a.txt",
                "England has 3 counties, Kent, Surrey and Sussex, on the coast.\n",
            ),
            (
                "entities/england.yaml",
                "entities:\n  - { name: England, kind: country }\n  - { name: Kent, kind: county, parent: England }\n  - { name: Surrey, kind: county, parent: England }\n  - { name: Sussex, kind: county, parent: England }\n",
            ),
            (
                "claims/c.yaml",
                "source: a\nclaims:\n  - { id: c0, quote: \"England has 3 counties, Kent, Surrey and Sussex\", subject: England, metric: coastal counties, value: 3, unit: county, members: [Kent, Surrey] }\n",
            ),
            ("rules/r.yaml", "rules:\n  - { id: cnt, kind: count }\n"),
        ]);
        let run = |options: super::Options| {
            let outcome = super::check(dir.path(), &options);
            outcome
                .diagnostics
                .iter()
                .map(|d| (d.code, d.severity))
                .collect::<Vec<_>>()
        };
        use crate::diagnostic::Severity::{Error, Warning};
        // The CC101 is a note of the CC204 it comes from.
        assert_eq!(
            run(super::Options::default()),
            [(Code::MemberLeftOut, Error)]
        );
        let level = |level| super::Options {
            severity: vec![(Code::MemberLeftOut, level)],
            ..Default::default()
        };
        assert_eq!(
            run(level(crate::config::Level::Off)),
            [(Code::CountMismatch, Error)]
        );
        assert_eq!(
            run(level(crate::config::Level::Report(Warning))),
            [(Code::MemberLeftOut, Warning), (Code::CountMismatch, Error)]
        );
        let selected = super::Options {
            select: vec![Code::CountMismatch],
            ..Default::default()
        };
        assert_eq!(run(selected), [(Code::CountMismatch, Error)]);
        // Lowered, the host no longer says in a note what is now a finding of its own.
        let lowered = super::check(dir.path(), &level(crate::config::Level::Report(Warning)));
        assert!(
            !lowered.diagnostics[0]
                .notes
                .iter()
                .any(|n| n.contains("CC101")),
            "{:?}",
            lowered.diagnostics[0].notes
        );
        // With a baseline that accepts the host, nothing is new however the run reports.
        let recorded = super::check(dir.path(), &super::Options::default());
        let baseline = crate::baseline::Baseline::record(&recorded.diagnostics, &recorded.project);
        for level in [
            crate::config::Level::Off,
            crate::config::Level::Report(Warning),
        ] {
            let options = super::Options {
                severity: vec![(Code::MemberLeftOut, level)],
                baseline: Some(baseline.clone()),
                ..Default::default()
            };
            assert_eq!(run(options), []);
        }
    }

    #[test]
    fn baseline_entries_about_what_did_not_load_are_not_called_unused() {
        // Found from outside: a YAML error in a claims file made every baseline entry about
        // its claims CC053 "matches no finding", which sends the user to delete entries
        // that are still good.
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 120, unit: pump }\n";
        let dir = crate::testing::write_project(&[
            ("claims/c.yaml", claims),
            ("claims/d.yaml", &claims.replace("id: a", "id: b")),
            (
                "rules/r.yaml",
                "rules:\n  - { id: small, kind: range, max: 3 }\n",
            ),
        ]);
        let recorded = super::check(dir.path(), &super::Options::default());
        let baseline = crate::baseline::Baseline::record(&recorded.diagnostics, &recorded.project);
        assert_eq!(baseline.findings.len(), 2, "{:?}", baseline.findings);
        let broken = format!("{claims}  - id: c\n    note: one: two\n");
        std::fs::write(dir.path().join("claims/c.yaml"), broken).unwrap();
        std::fs::write(
            dir.path().join("claims/d.yaml"),
            claims.replace("id: a", "id: b").replace("120", "2"),
        )
        .unwrap();
        let options = super::Options {
            baseline: Some(baseline),
            ..Default::default()
        };
        // The messages of the entries a run calls unused.
        let unused = |outcome: &super::Outcome| -> Vec<String> {
            outcome
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::UnusedBaselineEntry)
                .map(|d| d.message.clone())
                .collect()
        };
        let outcome = super::check(dir.path(), &options);
        // `a` did not load: its entry is kept in silence; `b` loaded and changed: its entry
        // is unused.
        let unused_now = unused(&outcome);
        assert_eq!(unused_now.len(), 1, "{unused_now:?}");
        assert!(unused_now[0].contains("claim `b`"), "{unused_now:?}");
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::YamlSyntax)
        );
        // A claim that is gone, in a run that loads every file, was looked for: its entry
        // is unused.
        std::fs::write(
            dir.path().join("claims/c.yaml"),
            "source: article\nclaims: []\n",
        )
        .unwrap();
        let unused_now = unused(&super::check(dir.path(), &options));
        assert_eq!(unused_now.len(), 2, "{unused_now:?}");
        assert!(
            unused_now.iter().any(|m| m.contains("claim `a`")),
            "{unused_now:?}"
        );
    }
}
