//! Running the rules: each rule over the claims it selects, on rayon's pool, its findings
//! given the rule's wording and severity and folded in rule order, and what only a run can
//! tell of the rule itself (CC047: it judged none of its claims, or not those its `select:`
//! names). Its own file because it is the one phase that runs the checks, once they are
//! read.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{
    ClaimIndex, Context, Evaluated, Finding, InSeries, LeftOut, RELATED_LABELS, Rule,
    claims_in_words, claims_of, first_unjudged, ids_in_words, merge,
};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{Claim, ClaimId, Project};

/// What evaluating the rules gave.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Every rule's findings, in rule order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many claims each rule checked, in the order of the rules evaluated.
    pub claims_checked: Vec<usize>,
}

/// Evaluates every rule, in parallel on rayon's pool, calling `progress` as rules finish.
/// Rules are independent: each reads the project and returns its own findings, which are
/// collected in rule order, so the result does not depend on thread timing.
///
/// The rules run in tasks of up to [`RULES_PER_TASK`], each task's findings folded into
/// those before it as soon as the tasks before it are done (one rule's finding that another
/// rule found the same, [`merge::SameFindings`]), and a task stops early at
/// [`FINDINGS_PER_TASK`]: many copies of one rule failing on every claim hold one finding
/// per claim, not one per rule and claim.
///
/// `codes_off` are the codes the run turns off: their findings are still made (a baseline
/// entry that accepts one is in use), but help that only they would show is not searched
/// for (CC045's "did you mean").
pub fn evaluate_with_progress(
    rules: &[Rule],
    project: &Project,
    progress: Option<&crate::progress::Progress>,
    codes_off: &[Code],
) -> Evaluation {
    let mut index = ClaimIndex::new(project);
    if codes_off.contains(&Code::EmptySelection) {
        index.leave_out_suggestions();
    }
    let in_series = InSeries::find(rules, project, &index);
    let total = rules.len();
    let done = AtomicUsize::new(0);
    if let Some(progress) = progress {
        progress.report(crate::progress::Stage::Rules, 0, total);
    }
    let evaluate = |at: usize, rule: &Rule| {
        let selected = in_series
            .take_selection(at)
            .unwrap_or_else(|| claims_of(rule, project, &index));
        let named = named_by_id(rule, project, &selected);
        let context = Context {
            project,
            index: &index,
            rule,
            in_series: &in_series,
            named: &named,
        };
        let rule_file = project.files.name(rule.id.at.file);
        let mut evaluated =
            crate::processing::within(rule_file, || rule.check.evaluate(&context, &selected));
        let checked = evaluated.checked;
        let mut found: Vec<Diagnostic> = evaluated
            .findings
            .drain(..)
            .map(|finding| into_diagnostic(finding, rule))
            .collect();
        // A value of a `select:` list that no claim has (CC049) is the first thing to fix
        // about a rule that chose claims: its claims may be those the rule could judge.
        let unmatched = match selected.is_empty() || rule.check.named_claims().is_some() {
            true => Vec::new(),
            false => rule
                .select
                .values_selecting_nothing(project, &index, &rule.id, "select"),
        };
        if selected.is_empty() && rule.check.named_claims().is_none() {
            let mut warning = rule
                .select
                .selects_nothing(project, &index, &rule.id, "select");
            warning.rule = Some(rule.id.value.clone());
            found.push(warning);
        } else if checked == 0 && !selected.is_empty() && found.is_empty() && unmatched.is_empty() {
            // With or without `select:`: a rule over every claim that judges none of them
            // passes as if it had checked them. Not when a finding already says what the
            // rule made of its claims (an `against:` that selects nothing, figures only
            // dates keep apart).
            found.push(nothing_judged(rule, &selected, project, &evaluated));
        }
        for mut warning in unmatched {
            warning.rule = Some(rule.id.value.clone());
            found.push(warning);
        }
        // Claims named by id that the rule left out, while it judged others: a rule that
        // judged none says so above, with why.
        if checked > 0 && !evaluated.left_out.is_empty() {
            found.push(named_not_judged(rule, project, &evaluated.left_out));
        }
        if let Some(progress) = progress {
            let done = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress.report(crate::progress::Stage::Rules, done, total);
        }
        (found, checked)
    };
    let mut collected = merge::SameFindings::default();
    let mut claims_checked = Vec::with_capacity(rules.len());
    crate::ordered::fold_in_order(
        rules,
        crate::ordered::Bounds {
            items_per_task: RULES_PER_TASK,
            weight_per_task: FINDINGS_PER_TASK,
            tasks_held: TASKS_PER_THREAD * rayon::current_num_threads().max(1),
        },
        |at, rule| evaluate(at, rule),
        |(found, _)| found.len(),
        |index, (found, checked)| {
            let rule = &rules[index];
            let silenced: Vec<Code> = rule.allow.iter().map(|allow| allow.code.value).collect();
            let id: std::sync::Arc<str> = std::sync::Arc::from(rule.id.value.as_str());
            collected.diagnostics.reserve(found.len());
            for diagnostic in found {
                collected.add(diagnostic, &id, &silenced);
            }
            claims_checked.push(checked);
        },
    );
    index.free();
    let mut diagnostics = collected.diagnostics;
    diagnostics.shrink_to_fit();
    Evaluation {
        diagnostics,
        claims_checked,
    }
}

/// The most rules one task evaluates before their findings are folded into those
/// collected: enough that handing tasks out costs nothing beside the rules.
const RULES_PER_TASK: usize = 64;

/// A task stops at the rule whose findings bring its own to this many, so that rules that
/// each find something wrong with every claim are held a few at a time.
const FINDINGS_PER_TASK: usize = 1_024;

/// Tasks running or waiting for their findings to be folded, per thread of the pool: two,
/// so that a thread has the next task while one waits behind a slow rule.
const TASKS_PER_THREAD: usize = 2;

const NOTHING_JUDGED_HELP: &str = "select the claims the rule is meant for (`claimcheck list \
     claims` shows them), give them what the rule compares, or remove the rule";

/// The claims of `selected` that `rule`'s `select:` names by an id without `*`, in claim
/// order.
fn named_by_id(rule: &Rule, project: &Project, selected: &[ClaimId]) -> Vec<ClaimId> {
    if rule.check.named_claims().is_some() {
        return Vec::new();
    }
    let mut named: Vec<ClaimId> = (rule.select.id.iter())
        .filter(|id| !id.contains('*'))
        .filter_map(|id| project.claim_by_id(id))
        .filter(|id| selected.contains(id))
        .collect();
    named.sort_unstable();
    named.dedup();
    named
}

/// CC047's facts for claims a rule's `select:` names by id and the rule does not judge.
#[derive(serde::Serialize)]
struct NamedNotJudged<'a> {
    rule: &'a str,
    not_judged: Vec<&'a str>,
}

/// CC047 for claims a rule's `select:` names by id but the rule does not judge, while it
/// judges others (`left_out`): the rule would pass as if it had checked them. One warning
/// for the rule, labelled at each id in `select:`, with why of each in a note.
fn named_not_judged(rule: &Rule, project: &Project, left_out: &[LeftOut]) -> Diagnostic {
    let ids: Vec<&str> = left_out
        .iter()
        .map(|left| project.claim(left.claim).id.value.as_str())
        .collect();
    let message = match ids.as_slice() {
        [one] => format!(
            "rule `{}` names `{one}` in its `select:` but cannot judge it",
            rule.id.value
        ),
        several => format!(
            "rule `{}` names {} claims in its `select:` that it cannot judge: {}",
            rule.id.value,
            several.len(),
            ids_in_words(several.iter().copied())
        ),
    };
    // Each id where `select:` writes it, else the `select:` itself.
    let written = |id: &str| {
        rule.select
            .written
            .iter()
            .find(|(field, value)| *field == "id" && value.value == id)
            .map(|(_, value)| value.at)
    };
    let mut places = ids
        .iter()
        .map(|id| written(id).unwrap_or(rule.select.at.unwrap_or(rule.id.at)));
    let first = places.next().unwrap_or(rule.id.at);
    let mut warning = Diagnostic::new(Code::NothingJudged, message, first, "not judged");
    for at in places.take(RELATED_LABELS) {
        warning = warning.with_label(at, "not judged");
    }
    let notes: Vec<String> = left_out
        .iter()
        .map(|left| format!("`{}` {}", project.claim(left.claim).id.value, left.why))
        .collect();
    for note in first_unjudged(notes, "claims") {
        warning = warning.with_note(note);
    }
    for id in &ids {
        warning = warning.about_claim(id);
    }
    let mut warning = warning
        .with_help(
            "a claim named in `select:` is one the rule is meant to check: give it what the rule \
             compares (the unit of the others, a value, another date), or take it out of \
             `select:`, so that the rule does not seem to check it",
        )
        .with_data(&NamedNotJudged {
            rule: &rule.id.value,
            not_judged: ids.clone(),
        });
    warning.rule = Some(rule.id.value.clone());
    warning
}

/// CC047: a rule selected claims but could judge none of them, and would otherwise pass as
/// if they agreed.
fn nothing_judged(
    rule: &Rule,
    selected: &[ClaimId],
    project: &Project,
    evaluated: &Evaluated,
) -> Diagnostic {
    let unjudged = &evaluated.unjudged;
    // A rule without `select:` takes every claim: said so, as no `select:` is there to
    // label.
    let every = rule.select.written.is_empty() && evaluated.also_selected.is_none();
    let (claims, judged) = match (selected.len(), evaluated.also_selected) {
        (1, None) if every => ("takes every claim (1)".to_string(), "cannot judge it"),
        (n, None) if every => (format!("takes every claim ({n})"), "can judge none of them"),
        (1, None) => ("selects 1 claim".to_string(), "cannot judge it"),
        (n, None) => (format!("selects {n} claims"), "can judge none of them"),
        // The claims of both selectors: "selects 1 claim, and its `against:` 2, but ...".
        (n, Some((field, also))) => (
            format!(
                "selects {n} {}, and its `{field}:` {also},",
                if n == 1 { "claim" } else { "claims" }
            ),
            "can judge none of them",
        ),
    };
    let mut warning = Diagnostic::new(
        Code::NothingJudged,
        format!(
            "rule `{}` {claims} but {judged}: it checks nothing",
            rule.id.value
        ),
        rule.select.at.unwrap_or(rule.id.at),
        match every {
            true => "no `select:`: takes every claim".to_string(),
            false => format!(
                "selects {} {}",
                selected.len(),
                if selected.len() == 1 {
                    "claim"
                } else {
                    "claims"
                }
            ),
        },
    );
    // Claims whose subject could be several places are each compared with no other: that,
    // not the selection, is then what to mend first, and said first.
    let unsettled: Vec<&Claim> = match rule.check.compares_by_subject() {
        true => selected
            .iter()
            .map(|&id| project.claim(id))
            .filter(|claim| matches!(claim.subject_key(), crate::model::NameKey::Unsettled(..)))
            // Only claims with something to compare: the others say so for themselves.
            .filter(|claim| claim.value.is_some() || claim.members_at().is_some())
            .collect(),
        false => Vec::new(),
    };
    if !unsettled.is_empty() {
        warning = warning.with_note(format!(
            "{} {} a subject that could be any of several places (CC024): the rule compares \
             such a claim with no other until its subject names one place",
            claims_in_words(
                &unsettled,
                |claim| claim,
                |claim| claim.subject.value.to_string()
            ),
            if unsettled.len() == 1 { "has" } else { "have" }
        ));
    }
    // Claims that write a value which did not read are judged by no rule: their CC015 is
    // what to mend, said before what the rule kind needs.
    let unreadable: Vec<&Claim> = selected
        .iter()
        .map(|&id| project.claim(id))
        .filter(|claim| claim.value_unreadable)
        .collect();
    if !unreadable.is_empty() {
        warning = warning.with_note(format!(
            "{} {} a `value:` that does not read (CC015), so the rule has no value of {} to \
             compare",
            ids_in_words(unreadable.iter().map(|claim| claim.id.value.as_str())),
            if unreadable.len() == 1 {
                "writes"
            } else {
                "write"
            },
            if unreadable.len() == 1 { "it" } else { "them" },
        ));
    }
    let kind = rule.kind.to_string();
    warning = warning.with_note(format!(
        "{} `{kind}` rule: {}",
        crate::words::indefinite_article(&kind),
        rule.check.nothing_judged()
    ));
    for note in unjudged {
        warning = warning.with_note(note.clone());
    }
    let mut help = Vec::new();
    // Claims left out for their errors may be the ones that would give the rule
    // something to judge: those errors are what to fix first.
    match project.rejected_claims.len() {
        0 => {}
        1 => help.push(
            "1 claim was written but did not load, for the errors reported with it: fix \
             those first, as the rule may need it."
                .to_string(),
        ),
        n => help.push(format!(
            "{n} claims were written but did not load, for the errors reported with them: \
             fix those first, as the rule may need them."
        )),
    }
    if !unsettled.is_empty() {
        help.push(
            "write which place each of those subjects is, as CC024's help says, and the rule \
             can compare them."
                .to_string(),
        );
    }
    if !unreadable.is_empty() {
        help.push(
            "write each `value:` that does not read as CC015's help says, and the rule can \
             judge its claim."
                .to_string(),
        );
    }
    help.push(NOTHING_JUDGED_HELP.to_string());
    warning = warning.with_help(crate::diagnostic::sentences(&help));
    warning.rule = Some(rule.id.value.clone());
    warning
}

/// Applies the rule's wording, severity and location to a finding. The headline stays the
/// finding's own sentence (what exactly is wrong); the rule author's message follows it
/// as a note, and the author's help replaces the kind's default help.
fn into_diagnostic(finding: Finding, rule: &Rule) -> Diagnostic {
    let mut notes = finding.notes;
    if finding.unlabelled > 0 {
        notes.push(format!(
            "{} more {} are involved and not labelled (the first {RELATED_LABELS} are)",
            finding.unlabelled, finding.unlabelled_are
        ));
    }
    if let Some(message) = &rule.message {
        notes.push(format!("rule `{}`: {message}", rule.id.value));
    }
    let mut labels = finding.labels;
    labels.push(Label {
        location: rule.id.at,
        message: format!("rule `{}` ({})", rule.id.value, rule.kind).into(),
        primary: false,
    });
    let mut diagnostic = Diagnostic {
        code: finding.code,
        severity: rule.severity.unwrap_or(finding.code.default_severity()),
        message: finding.message,
        labels,
        help: Some(rule.help.clone().map_or(finding.help, Cow::Owned)),
        notes,
        rule: Some(rule.id.value.clone()),
        claims: finding.claims,
        data: finding.data,
        identity: finding.identity,
        counterpart: finding.counterpart,
        rests_on_values: finding.rests_on_values,
        folded: Vec::new(),
        also_found_by: Vec::new(),
    };
    diagnostic.shrink_to_fit();
    diagnostic
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

    #[test]
    fn a_rule_that_judges_nothing_names_three_groups_and_three_claims_of_each_and_counts_the_rest()
    {
        // Five series, each of one date, the first of five claims.
        let mut claims = "source: article\nclaims:\n".to_string();
        for (metric, count) in [("m1", 5), ("m2", 2), ("m3", 2), ("m4", 2), ("m5", 2)] {
            for n in 0..count {
                claims.push_str(&format!(
                    "  - {{ id: {metric}-{n}, quote: x, subject: Gansu, metric: {metric}, value: {n}, unit: county, as_of: 2019-12-31 }}\n"
                ));
            }
        }
        let outcome = check_files(&[
            ("claims/c.yaml", &claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: monotonic, select: { unit: county } }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        let notes = &outcome.diagnostics[0].notes;
        assert_eq!(notes.len(), 5, "{notes:#?}");
        assert!(
            notes[1].ends_with(
                "`m1-0` (0 on 2019-12-31), `m1-1` (1 on 2019-12-31), `m1-2` (2 on 2019-12-31) \
                 and 2 more; figures of one date that cannot all be true disagree, which an \
                 `agreement` rule reports (CC141)"
            ),
            "{}",
            notes[1]
        );
        assert!(notes[3].starts_with("in the series of Gansu `m3`"));
        assert_eq!(notes[4], "2 more series like these");
    }

    #[test]
    fn a_rule_that_judges_nothing_for_subjects_several_places_share_says_so_and_names_them() {
        let entities = "entities:\n  - { name: Spain, kind: country }\n  - { name: Argentina, kind: country }\n  - { name: Córdoba, kind: province, parent: Spain }\n  - { name: Córdoba, kind: province, parent: Argentina }\n";
        let claims = "source: article\nclaims:\n  - { id: c21, quote: x, subject: Córdoba, metric: people, value: 776789, unit: person, period: 2021 }\n  - { id: c22, quote: x, subject: Córdoba, metric: people, value: 700000, unit: person, period: 2022 }\n";
        let rule = "rules:\n  - { id: r, kind: monotonic, select: { metric: people } }\n";
        let outcome = check_files(&[
            ("entities/places.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", rule),
        ]);
        let nothing = nothing_judged_in(&outcome);
        assert_eq!(nothing.len(), 1);
        assert!(
            nothing[0].notes.iter().any(|note| note
                == "`c21` (Córdoba) and `c22` (Córdoba) have a subject that could be any of \
                    several places (CC024): the rule compares such a claim with no other until \
                    its subject names one place"),
            "{:#?}",
            nothing[0].notes
        );
        let help = nothing[0].help.as_deref().unwrap_or_default();
        assert!(
            help.starts_with("write which place each of those subjects is"),
            "{help}"
        );
        // A range rule judges each claim alone: its subject's places do not matter to it.
        let outcome = check_files(&[
            ("entities/places.yaml", entities),
            ("claims/c.yaml", claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, min: 0, select: { metric: people } }\n",
            ),
        ]);
        assert!(
            !outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::NothingJudged)
        );
    }

    /// The CC047s of `outcome`.
    fn nothing_judged_in(outcome: &crate::check::Outcome) -> Vec<&crate::diagnostic::Diagnostic> {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::NothingJudged)
            .collect()
    }

    #[test]
    fn a_rule_that_judges_nothing_for_values_that_do_not_read_points_at_them() {
        let claims = "source: article\nclaims:\n  - { id: sch, quote: x, subject: Gansu, metric: schools, value: \"3,5\", unit: school }\n";
        let rule = "rules:\n  - { id: r, kind: range, max: 10, select: { metric: schools } }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let nothing = nothing_judged_in(&outcome);
        assert_eq!(nothing.len(), 1);
        assert_eq!(
            nothing[0].notes[0],
            "`sch` writes a `value:` that does not read (CC015), so the rule has no value of it \
             to compare"
        );
        let help = nothing[0].help.as_deref().unwrap_or_default();
        assert!(
            help.starts_with("write each `value:` that does not read as CC015's help says"),
            "{help}"
        );
    }
}
