//! A rule finding that rests on a claim's `value:` (a count against its list, figures
//! compared), when the claim's quote, found in its article, does not state that value
//! (CC202), is a note of that CC202: the value is miswritten, and the finding may be that
//! slip alone. So is one that rests on a claim's `unit:` (figures in different units added
//! or compared), when its quote names another unit (CC205). Runs once severities are final
//! ([`fold_into_unstated_values`]).

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::hashing::HashMap;
use crate::model::Project;

/// What a rule finding rests on that a citation finding may say is miswritten: a claim's
/// value, which its quote does not state (CC202), or its unit, where the quote names
/// another (CC205).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Basis {
    Value,
    Unit,
}

impl Basis {
    /// The citation finding that says this part of a claim is miswritten.
    fn citation(self) -> Code {
        match self {
            Basis::Value => Code::ValueNotInQuote,
            Basis::Unit => Code::UnitNotInQuote,
        }
    }

    /// The basis whose [`Basis::citation`] `code` is.
    fn of(code: Code) -> Option<Basis> {
        [Basis::Value, Basis::Unit]
            .into_iter()
            .find(|basis| basis.citation() == code)
    }

    /// The word for it in the notes and help.
    fn word(self) -> &'static str {
        match self {
            Basis::Value => "value",
            Basis::Unit => "unit",
        }
    }

    /// What the citation finding says of the claim, in a note on a finding it could not
    /// take in.
    fn miswritten(self) -> &'static str {
        match self {
            Basis::Value => "does not state its value",
            Basis::Unit => "names another unit than its `unit:`",
        }
    }
}

/// The rule findings that rest on their claims' units rather than their values: figures in
/// different units added (CC133) or compared as one quantity (CC142). A claim encoded in
/// the wrong unit makes them, and its CC205 takes them in.
const RESTING_ON_UNITS: &[Code] = &[Code::EquationMixesUnits, Code::UnitsDisagree];

/// Added to the help of a citation finding that rule findings were folded into.
fn correct_first(basis: Basis) -> String {
    format!(
        ". The rule findings noted compare this {}: correct it first, and the next run \
         reports those that remain",
        basis.word()
    )
}

/// Folds each rule finding that rests on a claim's value ([`Diagnostic::rests_on_values`])
/// into the CC202 that says the claim's quote does not state that value, as a note naming
/// the rule and what it would otherwise report. The value is what to fix first: a count
/// that disagrees with its list, a figure that disagrees with another article's, or one
/// outside its range is then most likely the same slip, and its help ("if the articles
/// themselves disagree, keep their words") would point the wrong way. A finding about
/// several claims goes to the first of them, in the order the rule named them, that has
/// such a CC202. Likewise a finding that rests on its claims' units ([`RESTING_ON_UNITS`]:
/// figures in euros and francs added) goes into the CC205 that says a claim's quote names
/// another unit: the claim encoded in the wrong currency is the one slip.
///
/// Only into a CC202 that this run reports (`reported`: its code not turned off, selected,
/// at the minimum severity) and at least as severe as the finding, after overrides: a
/// finding is never hidden in one the run leaves out, nor made to count less than it did.
/// Only where the quote was found in its article: a quote that is not there (CC201) says
/// nothing of the value, and the rule findings stand on their own. A CC202 silenced by an
/// `allow:` is gone before this runs, so the author who says the value is right gets the
/// rule findings back. A CC202 that the run's baseline accepts (`accepted`) takes them in
/// whether or not it is reported, and whatever its severity: the baseline accepted them
/// with it, and reporting less must not make them new.
pub fn fold_into_unstated_values(
    diagnostics: &mut Vec<Diagnostic>,
    project: &Project,
    reported: impl Fn(&Diagnostic) -> bool,
    accepted: impl Fn(&Diagnostic) -> bool,
) {
    let mut miswritten: HashMap<(&str, Basis), usize> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if let Some(basis) = Basis::of(diagnostic.code)
            && diagnostic.rule.is_none()
            && (reported(diagnostic) || accepted(diagnostic))
            && let Some(claim) = diagnostic.claims.first()
            && project
                .claim_by_id(claim)
                .is_some_and(|id| project.claim(id).passage.is_some())
        {
            miswritten.entry((claim.as_str(), basis)).or_insert(i);
        }
    }
    if miswritten.is_empty() {
        return;
    }
    let mut folds: Vec<(usize, usize, Basis)> = Vec::new();
    let mut weaker_citations: Vec<(usize, usize, Basis)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.rule.is_none() || !reported(diagnostic) {
            continue;
        }
        let (basis, rests_on) = if RESTING_ON_UNITS.contains(&diagnostic.code) {
            (Basis::Unit, &diagnostic.claims)
        } else {
            (Basis::Value, &diagnostic.rests_on_values)
        };
        let mut candidates = rests_on
            .iter()
            .filter_map(|claim| miswritten.get(&(claim.as_str(), basis)).copied());
        let first = candidates.clone().next();
        // Into one a baseline accepts whatever its severity: it accepted the finding with it.
        match candidates.find(|&into| {
            diagnostics[into].severity >= diagnostic.severity || accepted(&diagnostics[into])
        }) {
            Some(into) => folds.push((into, i, basis)),
            None => {
                if let Some(weaker) = first {
                    weaker_citations.push((i, weaker, basis));
                }
            }
        }
    }
    // A citation finding made less severe than the finding does not take it in, but the
    // finding must not send its reader to the articles before the claim: it says so.
    for (i, citation, basis) in weaker_citations {
        let claim = diagnostics[citation].claims[0].clone();
        let severity = crate::words::with_article(diagnostics[citation].severity.as_str());
        diagnostics[i].notes.push(format!(
            "the quote of `{claim}` {} ({}, reported as {severity}): correct that {} first",
            basis.miswritten(),
            basis.citation().id(),
            basis.word()
        ));
    }
    if folds.is_empty() {
        return;
    }
    let mut keep = vec![true; diagnostics.len()];
    for (into, i, basis) in folds {
        let folded = diagnostics[i].clone();
        let kept = &mut diagnostics[into];
        if kept.folded.is_empty()
            && let Some(help) = &mut kept.help
        {
            help.to_mut().push_str(&correct_first(basis));
        }
        let kind = crate::rules::KINDS
            .iter()
            .find(|kind| kind.codes.contains(&folded.code))
            .map_or(String::new(), |kind| format!("{} ", kind.name));
        let rule = folded.rule.as_deref().unwrap_or_default();
        let severity = if folded.severity == Severity::Error {
            String::new()
        } else {
            format!(" ({})", folded.severity.as_str())
        };
        kept.notes.push(format!(
            "the {kind}rule `{rule}` compares this {} and would otherwise report {}{severity}: {}",
            basis.word(),
            folded.code.id(),
            folded.message
        ));
        kept.folded.push(folded);
        keep[i] = false;
    }
    let mut flags = keep.into_iter();
    diagnostics.retain(|_| flags.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two claims quoting "67 counties have quit", the second with the value `76`, an
    /// agreement rule and a range rule with a maximum of 70: the one wrong figure.
    const MISWRITTEN: &[(&str, &str)] = &[
        (
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: right, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 67, unit: county }\n  - { id: typo, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 76, unit: county }\n",
        ),
        (
            "rules/r.yaml",
            "rules:\n  - { id: agrees, kind: agreement }\n  - { id: at-most-70, kind: range, max: 70 }\n",
        ),
    ];

    fn check_with(
        dir: &tempfile::TempDir,
        options: &crate::check::Options,
    ) -> crate::check::Outcome {
        crate::check::check(dir.path(), options)
    }

    /// Every code reported, citation findings included.
    fn all_codes(outcome: &crate::check::Outcome) -> Vec<Code> {
        outcome.diagnostics.iter().map(|d| d.code).collect()
    }

    fn off(code: Code) -> crate::check::Options {
        crate::check::Options {
            severity: vec![(code, crate::config::Level::Off)],
            ..Default::default()
        }
    }

    #[test]
    fn rule_findings_on_a_value_its_quote_does_not_state_are_notes_of_the_cc202() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let outcome = check_with(&dir, &Default::default());
        assert_eq!(all_codes(&outcome), vec![Code::ValueNotInQuote]);
        assert_eq!(
            outcome.summary.errors, 1,
            "the run still fails, on the value"
        );
        let unstated = &outcome.diagnostics[0];
        assert_eq!(unstated.claims, ["typo"]);
        let notes: Vec<&str> = unstated.notes.iter().map(String::as_str).collect();
        assert!(
            notes.contains(
                &"the agreement rule `agrees` compares this value and would otherwise report \
                  CC141: `typo` states 76 counties where `right` states 67 counties for the same \
                  quantity"
            ),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("the range rule `at-most-70` compares this value")),
            "{notes:?}"
        );
        let folded: Vec<Code> = unstated.folded.iter().map(|d| d.code).collect();
        assert_eq!(folded, [Code::ValuesDisagree, Code::OutOfRange]);
        assert!(
            unstated
                .help
                .as_deref()
                .unwrap()
                .ends_with("correct it first, and the next run reports those that remain")
        );
    }

    #[test]
    fn rule_findings_stand_when_the_cc202_is_not_reported_or_is_silenced() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let without = check_with(&dir, &off(Code::ValueNotInQuote));
        assert_eq!(
            all_codes(&without),
            vec![Code::ValuesDisagree, Code::OutOfRange]
        );
        let selected = check_with(
            &dir,
            &crate::check::Options {
                select: vec![Code::OutOfRange],
                ..Default::default()
            },
        );
        assert_eq!(all_codes(&selected), vec![Code::OutOfRange]);
        let allowed = crate::testing::write_project(&[
            (
                "claims/c.yaml",
                &format!(
                    "{}    allow: [{{ code: CC202, reason: the article states 76 in words claimcheck does not read }}]\n",
                    MISWRITTEN[0].1.replace(
                        "  - { id: typo, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 76, unit: county }\n",
                        "  - id: typo\n    quote: \"67 counties have quit\"\n    subject: Gansu\n    metric: quit\n    value: 76\n    unit: county\n",
                    )
                ),
            ),
            MISWRITTEN[1],
        ]);
        let outcome = check_with(&allowed, &Default::default());
        assert_eq!(
            all_codes(&outcome),
            vec![Code::ValuesDisagree, Code::OutOfRange]
        );
        assert_eq!(outcome.summary.suppressed, 1);
    }

    #[test]
    fn a_cc202_made_less_severe_than_a_finding_does_not_take_it_in_but_is_named() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let options = crate::check::Options {
            severity: vec![(
                Code::ValueNotInQuote,
                crate::config::Level::Report(crate::diagnostic::Severity::Warning),
            )],
            ..Default::default()
        };
        let outcome = check_with(&dir, &options);
        assert_eq!(
            all_codes(&outcome),
            vec![
                Code::ValuesDisagree,
                Code::OutOfRange,
                Code::ValueNotInQuote
            ]
        );
        assert_eq!(
            outcome.summary.errors, 2,
            "the rule findings still fail the run"
        );
        assert!(
            outcome.diagnostics[0].notes.contains(
                &"the quote of `typo` does not state its value (CC202, reported as a warning): \
                  correct that value first"
                    .to_string()
            ),
            "{:?}",
            outcome.diagnostics[0].notes
        );
    }

    #[test]
    fn a_baseline_entry_for_a_finding_now_folded_is_still_used() {
        let dir = crate::testing::write_project(MISWRITTEN);
        // Recorded while CC202 was off: it accepts the CC141 and the CC151 on their own.
        let before = check_with(&dir, &off(Code::ValueNotInQuote));
        let baseline = crate::baseline::Baseline::record(&before.diagnostics, &before.project);
        assert_eq!(baseline.findings.len(), 2);
        let outcome = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline),
                ..Default::default()
            },
        );
        // The CC202 is new and reported; the entries match the findings folded into it, so
        // none is called unused.
        assert_eq!(all_codes(&outcome), vec![Code::ValueNotInQuote]);
        assert_eq!(outcome.summary.baselined, 0);
        // Recorded now, the baseline accepts the CC202, which hides what it took in.
        let now = crate::baseline::Baseline::record(&outcome.diagnostics, &outcome.project);
        let codes_recorded: Vec<&str> = now
            .findings
            .iter()
            .map(|entry| entry.fingerprint.code.as_str())
            .collect();
        assert_eq!(codes_recorded, ["CC202"]);
        let accepted = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(now),
                ..Default::default()
            },
        );
        assert_eq!(all_codes(&accepted), vec![]);
        assert_eq!(accepted.summary.baselined, 1);
    }

    #[test]
    fn a_baseline_that_accepts_a_cc202_accepts_its_rule_findings_when_the_cc202_is_left_out() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let recorded = check_with(&dir, &Default::default());
        let baseline = crate::baseline::Baseline::record(&recorded.diagnostics, &recorded.project);
        for narrowed in [
            off(Code::ValueNotInQuote),
            crate::check::Options {
                select: vec![Code::ValuesDisagree],
                ..Default::default()
            },
            crate::check::Options {
                severity: vec![(
                    Code::ValueNotInQuote,
                    crate::config::Level::Report(crate::diagnostic::Severity::Warning),
                )],
                ..Default::default()
            },
        ] {
            let outcome = check_with(
                &dir,
                &crate::check::Options {
                    baseline: Some(baseline.clone()),
                    ..narrowed
                },
            );
            assert_eq!(
                all_codes(&outcome),
                vec![],
                "reporting less makes nothing new"
            );
        }
    }
}
