//! The library's words for a run's own options, put in the terms of the flags that set
//! them: the library says "a rule selection", the user typed `--rule`.

use claimcheck::baseline::ReadError;
use claimcheck::check::{Outcome, UnknownRuleSelected};
use claimcheck::codes::Code;
use claimcheck::diagnostic::Diagnostic;
use claimcheck::load::RunBudget;

/// CC006's help: how to make a run report fewer findings.
const NARROW_A_RUN: &str = "fix the first ones and run again; `--rule ID` or `--select CODE` narrows a run to one rule or code";

/// CC053's help: how to drop an entry that accepts nothing any more.
const RECORD_THE_BASELINE_AGAIN: &str = "the finding it accepted is gone or has changed: write the baseline again (`claimcheck check --write-baseline FILE`), or delete the entry";

/// CC044's help: where to find the ids `--rule` takes.
const RULE_IDS: &str = "`claimcheck list rules` shows the rules' ids";

/// CC002's help for a file past the run's budget of YAML bytes.
const RAISE_THE_BUDGET: &str = "check the project in parts, or raise the budget with `--max-yaml SIZE` (e.g. `--max-yaml 4GB`): a run's memory grows to three or four times the YAML it reads";

/// Words the diagnostics of a check that are about its options in the flags' terms.
pub fn check(outcome: &mut Outcome) {
    for diagnostic in &mut outcome.diagnostics {
        if diagnostic.code == Code::UnknownRuleSelected
            && let Some(UnknownRuleSelected { rule, closest }) = diagnostic
                .data
                .as_ref()
                .and_then(claimcheck::diagnostic::Data::read)
        {
            diagnostic.message = format!("`--rule {rule}` names no rule of this project");
            diagnostic.help = Some(match closest {
                Some(near) => format!("did you mean `--rule {near}`? {RULE_IDS}").into(),
                None => RULE_IDS.into(),
            });
        }
        if diagnostic.code == Code::InputLimit
            && diagnostic
                .data
                .as_ref()
                .and_then(claimcheck::diagnostic::Data::read::<RunBudget>)
                .is_some()
        {
            diagnostic.help = Some(RAISE_THE_BUDGET.into());
        }
    }
    diagnostics(&mut outcome.diagnostics);
}

/// Words the notices any run may give (too many findings, an unused baseline entry) in
/// the flags' terms.
pub fn diagnostics(diagnostics: &mut [Diagnostic]) {
    for diagnostic in diagnostics {
        let help = match diagnostic.code {
            Code::TooManyFindings => NARROW_A_RUN,
            Code::UnusedBaselineEntry => RECORD_THE_BASELINE_AGAIN,
            _ => continue,
        };
        diagnostic.help = Some(help.into());
    }
}

/// Why the baseline file cannot be read, and how to write one that can.
pub fn baseline_error(error: &ReadError) -> String {
    let remedy = match error {
        ReadError::NotABaseline(_) => "write one with --write-baseline",
        ReadError::OtherVersion(_) => "write it again with --write-baseline",
    };
    format!("{error}; {remedy}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_baseline_error_says_how_to_write_a_baseline() {
        assert_eq!(
            baseline_error(&ReadError::OtherVersion(9)),
            "baseline version 9 is not a version this claimcheck reads (1 or 2); \
             write it again with --write-baseline"
        );
        assert!(
            baseline_error(&ReadError::NotABaseline("expected value".into()))
                .ends_with("(expected value); write one with --write-baseline")
        );
    }
}
