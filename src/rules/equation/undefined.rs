//! CC132, an `equation` rule's relation that cannot be computed: a divisor that may be
//! zero (or is zero whatever the claims say), a step beyond what an exact decimal holds,
//! or a tolerance that widens the right side past it. Its own file because these findings
//! say why no verdict was reached, not what it is.

use serde::Serialize;

use super::expr::{Expr, Nominal, Undefined, Value, Why, single_value};
use super::{EquationRule, Naming, Tolerance};
use crate::codes::Code;
use crate::facts;
use crate::hashing::HashSet;
use crate::model::{ClaimId, Project};
use crate::quantity::{Decimal, Interval};
use crate::rules::Finding;

/// CC132's facts: why the expression cannot be computed, the step that cannot, and for a
/// divisor that may be zero, the divisor and the values it stands for. The claims of the
/// divisor (or of the side that cannot be computed) come first among the finding's claims.
#[derive(Serialize)]
struct EquationUndefined<'a> {
    expression: &'a str,
    /// `divisor-may-be-zero`, `divisor-is-zero` for a divisor that is zero whatever the
    /// claims say (it names none, or they cancel out), or `too-large` or `too-small` for a
    /// step beyond what an exact decimal holds.
    reason: &'static str,
    /// The step that cannot be computed: the chain of operations up to the operand named.
    step: &'a str,
    /// For a divisor that may be zero: the divisor, and what it stands for.
    #[serde(skip_serializing_if = "Option::is_none")]
    divisor: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    divisor_interval: Option<String>,
    /// The divisor is zero whatever the claims say: the rule is what to correct.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    whatever_the_claims: bool,
}

impl EquationRule {
    pub(super) fn undefined(
        &self,
        project: &Project,
        side: &Expr,
        undefined: Undefined,
    ) -> Finding {
        let divisor = undefined.divisor;
        let divisor_text = self.text(divisor.ungrouped().span());
        let mut slots = Vec::new();
        divisor.slots(&mut slots);
        // A divisor whose claims cancel out (`total - total`) is a constant as much as one
        // written with none.
        let naming = Naming::of(&self.claims);
        let canonical = |slot: usize| naming.first.get(slot).copied().unwrap_or(slot);
        let repeated = |slot: usize| naming.is_repeated(slot);
        let cancels = !slots.is_empty()
            && divisor.linear(&canonical, &repeated).is_ok_and(|form| {
                form.is_constant() && form.constant_term().interval.contains(Decimal::ZERO)
            });
        // A divisor written with no claim is zero whatever the articles say: the rule is
        // what must change, and no figure is to be checked.
        let always_zero = slots.is_empty() || cancels;
        let mut finding = if slots.is_empty() {
            Finding::new(
                Code::EquationUndefined,
                format!(
                    "`{divisor_text}` is zero, so `{}` cannot be computed whatever the claims say",
                    self.text(side.span())
                ),
                "the expression divides by a constant zero: correct the rule's expression",
            )
        } else if cancels {
            let mut seen: HashSet<ClaimId> = HashSet::default();
            let names: Vec<String> = slots
                .iter()
                .filter(|&&slot| self.claims.get(slot).is_some_and(|&id| seen.insert(id)))
                .filter_map(|&slot| self.equation.claims.get(slot))
                .map(|span| format!("`{}`", self.text(span.clone())))
                .collect();
            let names = crate::words::and_list(&names);
            let say = if seen.len() == 1 { "says" } else { "say" };
            Finding::new(
                Code::EquationUndefined,
                format!(
                    "`{divisor_text}` is zero whatever {names} {say}, so `{}` cannot be computed",
                    self.text(side.span())
                ),
                "each claim is one figure wherever it is named, and in the divisor they cancel \
                 out to zero: correct the rule's expression",
            )
        } else {
            Finding::new(
                Code::EquationUndefined,
                format!(
                    "`{divisor_text}` may be zero, so `{}` cannot be computed",
                    self.text(side.span())
                ),
                "a divisor must be certainly non-zero: check its figures against the article, \
                 or write the relation without dividing (multiply the other side instead)",
            )
        };
        let mut labelled: HashSet<ClaimId> = HashSet::default();
        // No figure is labelled of a divisor that is zero whatever they say.
        let figures = if always_zero { &[][..] } else { &slots[..] };
        for (i, slot) in figures.iter().rev().enumerate() {
            let Some(&id) = self.claims.get(*slot) else {
                continue;
            };
            if let Some(value) = &project.claim(id).value
                && labelled.insert(id)
            {
                let message = format!("in the divisor: {}", value.value.text);
                finding = if i == 0 {
                    finding.primary(value.at, message)
                } else {
                    finding.label(value.at, message)
                };
            }
        }
        let at = self.expression.inner(&divisor.span());
        finding = if always_zero {
            finding.primary(at, "divides by zero")
        } else if finding.labels.is_empty() {
            finding.primary(at, "divides by this")
        } else {
            finding.label(at, "divides by this")
        };
        let mut note = self.arithmetic(project, "divisor", divisor.ungrouped(), &undefined.value);
        if single_value(&undefined.value.interval).is_none() {
            note.push_str(&format!(
                ", stands for {}, which contains 0",
                undefined.value.interval
            ));
        }
        let divisor_claims = slots.iter().rev().filter_map(|slot| self.claims.get(*slot));
        // The divisor's figures alone decide whether it may be zero, unless they cancel out.
        let finding = match always_zero {
            true => finding,
            false => divisor_claims.clone().fold(finding, |finding, &id| {
                finding.rests_on_value_of(project.claim(id))
            }),
        };
        let finding = self.about_claims(project, finding.note(note), divisor_claims);
        self.about_claims(project, finding, &self.claims)
            .data(&EquationUndefined {
                expression: &self.expression.value,
                reason: match always_zero {
                    true => "divisor-is-zero",
                    false => "divisor-may-be-zero",
                },
                step: self.text(undefined.step),
                divisor: Some(divisor_text),
                divisor_interval: Some(facts::interval(&undefined.value.interval)),
                whatever_the_claims: always_zero,
            })
    }

    /// CC132 for a tolerance that widens the right side beyond what an exact decimal holds.
    pub(super) fn tolerance_out_of_range(&self, tolerance: &Tolerance) -> Finding {
        Finding::new(
            Code::EquationUndefined,
            format!(
                "`tolerance: {}` widens the right side beyond what an exact decimal holds \
                 (about 7.9 × 10^28), so whether `{}` holds cannot be told",
                tolerance.text, self.expression.value
            ),
            "a tolerance is a small allowance for rounding: give the distance the figures may \
             be apart, in the claims' unit or as a share of the right side",
        )
        .primary(tolerance.at, "beyond ±7.9 × 10^28")
        .data(&EquationUndefined {
            expression: &self.expression.value,
            reason: "tolerance-too-large",
            step: &tolerance.text,
            divisor: None,
            divisor_interval: None,
            whatever_the_claims: false,
        })
    }

    /// CC132 for a step whose value lies beyond what an exact decimal holds: the relation is
    /// not checked, and says so, rather than compared through an unbounded side that every
    /// comparison would let pass.
    pub(super) fn out_of_range(
        &self,
        project: &Project,
        side: &Expr,
        undefined: Undefined,
    ) -> Finding {
        let step = self.text(undefined.step.clone());
        let (beyond, label) = match undefined.why {
            Why::TooSmall => (
                "nearer zero than an exact decimal holds (10^-28)",
                "nearer zero than 10^-28",
            ),
            _ => (
                "larger than an exact decimal holds (about 7.9 × 10^28)",
                "beyond ±7.9 × 10^28",
            ),
        };
        let finding = Finding::new(
            Code::EquationUndefined,
            format!(
                "`{step}` cannot be computed exactly: it is {beyond}, so whether `{}` holds \
                 cannot be told",
                self.expression.value
            ),
            "state the figures in a larger or smaller unit (billions rather than yuan), or \
             write the relation with fewer products or quotients, so that every step stays \
             within the range",
        )
        .primary(self.expression.inner(&undefined.step), label);
        let unknown = Value {
            interval: Interval::unbounded(),
            nominal: Nominal::Unknown,
        };
        let name = match std::ptr::eq(side, &self.equation.left) {
            true => "left",
            false => "right",
        };
        let note = self.arithmetic(project, name, side, &unknown);
        let finding = finding.note(format!(
            "{note}; exact decimals have at most 28 significant digits"
        ));
        let mut slots = Vec::new();
        side.slots(&mut slots);
        let side_claims = slots.iter().filter_map(|slot| self.claims.get(*slot));
        let finding = side_claims.clone().fold(finding, |finding, &id| {
            finding.rests_on_value_of(project.claim(id))
        });
        let finding = self.about_claims(project, finding, side_claims);
        self.about_claims(project, finding, &self.claims)
            .data(&EquationUndefined {
                expression: &self.expression.value,
                reason: match undefined.why {
                    Why::TooSmall => "too-small",
                    _ => "too-large",
                },
                step,
                divisor: None,
                divisor_interval: None,
                whatever_the_claims: false,
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::rules::equation::tests::{
        GANSU, NAMED_TWICE, checked, claims, data, rule_with_tolerance,
    };
    use crate::testing::{check_files, codes, primary_text};

    #[test]
    fn a_step_beyond_the_range_of_exact_decimals_is_not_checked_and_says_so() {
        let figures = [
            ("a", "10 trillion", "yuan"),
            ("b", "20 trillion", "yuan"),
            ("c", "3", "yuan"),
        ];
        // Each side is unbounded once it overflows: the comparison of the two could hold.
        for expression in ["a * a * a == b * b * b", "b * b * b < a * a * a"] {
            let outcome = checked(expression, &figures);
            assert_eq!(
                codes(&outcome),
                vec![Code::EquationUndefined],
                "{expression}"
            );
            let diagnostic = &outcome.diagnostics[0];
            assert_eq!(
                diagnostic.message,
                format!(
                    "`{}` cannot be computed exactly: it is larger than an exact decimal holds \
                     (about 7.9 × 10^28), so whether `{expression}` holds cannot be told",
                    &expression[..9]
                )
            );
            assert_eq!(primary_text(&outcome, 0), &expression[..9]);
            let data = diagnostic.data.as_ref().unwrap().value();
            assert_eq!(data["reason"], "too-large");
            assert!(data.get("divisor").is_none());
        }
        // A quotient of figures none of which is zero, nearer zero than 10^-28: the
        // arithmetic would say only that it lies around zero.
        let outcome = checked("c / a / a / a < 0", &figures);
        assert_eq!(codes(&outcome), vec![Code::EquationUndefined]);
        assert_eq!(primary_text(&outcome, 0), "c / a / a / a");
        let data = outcome.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["reason"], "too-small");
        // Within the range, the same figures are compared.
        assert_eq!(
            codes(&checked("a * a == b * b", &figures)),
            vec![Code::EquationFails]
        );
        assert_eq!(codes(&checked("c / a > 0", &figures)), vec![]);
        // Beyond it, a relation that fails, or holds whatever the digits lost, is told so.
        assert_eq!(
            codes(&checked("a * a * a < 0", &figures)),
            vec![Code::EquationFails]
        );
        assert_eq!(codes(&checked("a * a * a > c", &figures)), vec![]);
        assert_eq!(
            codes(&checked("c / a / a / a > 0", &figures)),
            vec![Code::EquationUndefined]
        );
    }

    #[test]
    fn a_tolerance_that_widens_past_the_range_of_exact_decimals_says_so() {
        let figures = claims(&[("a", "10 trillion", "yuan"), ("b", "20 trillion", "yuan")]);
        let run = |tolerance: &str| {
            check_files(&[
                (
                    "rules/r.yaml",
                    &rule_with_tolerance("a * a == b * b", tolerance),
                ),
                ("claims/c.yaml", &figures),
            ])
        };
        let wide = run("100000000000000000%");
        assert_eq!(codes(&wide), vec![Code::EquationUndefined]);
        assert_eq!(primary_text(&wide, 0), "\"100000000000000000%\"");
        let data = wide.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["reason"], "tolerance-too-large");
        // Within the range, the tolerance is applied as written.
        assert_eq!(codes(&run("1%")), vec![Code::EquationFails]);
    }

    #[test]
    fn dividing_by_a_figure_that_may_be_zero_is_undefined() {
        let outcome = checked(
            "gansu-poor-counties / (gansu-counties-remaining-2019 - 8) == 1",
            GANSU,
        );
        assert_eq!(codes(&outcome), vec![Code::EquationUndefined]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "`gansu-counties-remaining-2019 - 8` may be zero, so \
             `gansu-poor-counties / (gansu-counties-remaining-2019 - 8)` cannot be computed"
        );
        assert_eq!(primary_text(&outcome, 0), "\"8\"");
        assert_eq!(d.notes, vec!["divisor: 8 - 8 = 0".to_string()]);
    }

    #[test]
    fn a_divisor_written_without_claims_is_the_rule_s_error() {
        // Found from outside: `/ 0` was told "`0` may be zero", with help to check the
        // figures against the article, where no figure is in the divisor.
        for (expression, divisor, labelled) in [
            ("gansu-poor-counties / 0 == 1", "0", "0"),
            ("gansu-poor-counties / (2 - 2) == 1", "2 - 2", "(2 - 2)"),
        ] {
            let outcome = checked(expression, GANSU);
            assert_eq!(codes(&outcome), vec![Code::EquationUndefined]);
            let d = &outcome.diagnostics[0];
            assert!(
                d.message.starts_with(&format!("`{divisor}` is zero, so ")),
                "{}",
                d.message
            );
            assert!(
                d.message
                    .ends_with("cannot be computed whatever the claims say")
            );
            assert!(
                d.help
                    .as_deref()
                    .unwrap()
                    .contains("correct the rule's expression")
            );
            assert_eq!(primary_text(&outcome, 0), labelled);
        }
    }

    #[test]
    fn a_divisor_whose_claims_cancel_out_is_the_rule_s_error() {
        // Found from outside: `/ (total - total)` was told it "may be zero", with the claim
        // labelled and help to check it against its article, where it is zero whatever it
        // says.
        let outcome = checked("a / (n - n) == 1", NAMED_TWICE);
        assert_eq!(codes(&outcome), vec![Code::EquationUndefined]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "`n - n` is zero whatever `n` says, so `a / (n - n)` cannot be computed"
        );
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .ends_with("correct the rule's expression"),
            "{:?}",
            d.help
        );
        // Labelled in the expression, not on a figure, and resting on no value: a claim's
        // CC202 does not take it in.
        assert_eq!(primary_text(&outcome, 0), "(n - n)");
        assert!(d.rests_on_values.is_empty());
        assert_eq!(data(&outcome)["reason"], "divisor-is-zero");
        assert_eq!(outcome.claims_checked, [0]);
        // A divisor whose claims cancel to another number is that number.
        assert_eq!(codes(&checked("b / (n - n + 3) == 3", NAMED_TWICE)), vec![]);
    }
}
