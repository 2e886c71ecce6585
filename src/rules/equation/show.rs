//! How an `equation` rule's findings write its figures: a side as written or computed, in
//! the scale its claims share and to the digits they are written with, its interval, and
//! the claims the expression names. Its own file because every finding of the kind words
//! its figures alike, whatever its code.

use std::ops::Range;

use super::EquationRule;
use super::expr::{Expr, Nominal, Value, single_value};
use crate::hashing::HashSet;
use crate::model::{ClaimId, Project};
use crate::quantity::{Decimal, Interval};
use crate::rules::Finding;

impl EquationRule {
    /// The claims the expression names, each once, with what they do: "`adults` and
    /// `kids` say", "`total` says".
    pub(super) fn claims_in_words(&self) -> String {
        let mut seen: HashSet<ClaimId> = HashSet::default();
        let names: Vec<&str> = (self.equation.claims.iter().zip(&self.claims))
            .filter(|&(_, id)| seen.insert(*id))
            .map(|(span, _)| self.text(span.clone()))
            .collect();
        let say = if names.len() == 1 { "says" } else { "say" };
        format!("{} {say}", crate::rules::ids_in_words(names.into_iter()))
    }

    pub(super) fn text(&self, span: Range<usize>) -> &str {
        self.expression.value.get(span).unwrap_or("")
    }

    pub(super) fn claim_text(&self, project: &Project, slot: usize) -> String {
        self.claims
            .get(slot)
            .and_then(|&id| project.claim(id).value.as_ref())
            .map_or_else(|| "?".to_string(), |v| v.value.text.to_string())
    }

    /// How many significant digits a computed figure is shown to: two more than the most
    /// precise figure the equation is written with, so that `9.23 million * 100 / 26.8%`
    /// shows 34,440,299, not 29 places that no figure had.
    fn significant_digits(&self, project: &Project) -> u32 {
        let digits = |text: &str| {
            text.chars()
                .filter(char::is_ascii_digit)
                .skip_while(|&c| c == '0')
                .count() as u32
        };
        // A claim read by its quote's figure ([`Claim::as_quoted`]) is shown to that
        // figure's digits too, or its interval would show as one point.
        let claims = self.claims.iter().flat_map(|&id| {
            let claim = project.claim(id);
            let value = claim.value.as_ref().map(|v| digits(&v.value.text));
            value
                .into_iter()
                .chain(claim.as_quoted().map(|q| digits(&q.text)))
        });
        let literals = self.expression.value.split_whitespace().map(|t| {
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                digits(t)
            } else {
                0
            }
        });
        claims.chain(literals).max().unwrap_or(0).max(2) + 2
    }

    /// The scale every claim of `sides` writes its figure in, where they only add and
    /// subtract claims, with what follows the digits (` crore` of `625.3 crore + 624.9 crore
    /// == 1,300 crore`, `m` of `3.2m`), so that what they compute is shown as the claims
    /// write it: `1,250.2 crore`, not `12,502,000,000`. None when the claims write
    /// different scales or none, a claim has no value, or a side multiplies or divides (a
    /// quotient of two figures in crore is not in crore) or writes a number of its own.
    fn shared_scale(&self, project: &Project, sides: &[&Expr]) -> Option<(Decimal, String)> {
        if !sides.iter().all(|side| side.only_adds_claims()) {
            return None;
        }
        let mut slots = Vec::new();
        for side in sides {
            side.slots(&mut slots);
        }
        let mut shared: Option<(Decimal, u8, String)> = None;
        for slot in slots {
            let quantity = &project.claim(*self.claims.get(slot)?).value.as_ref()?.value;
            if quantity.exponent == 0 || quantity.is_percent {
                return None;
            }
            let scale = quantity
                .number()
                .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'));
            match &shared {
                None => shared = Some((quantity.multiplier()?, quantity.exponent, scale.into())),
                Some((_, exponent, written)) => {
                    if *exponent != quantity.exponent || !written.eq_ignore_ascii_case(scale) {
                        return None;
                    }
                }
            }
        }
        shared.map(|(multiplier, _, written)| (multiplier, written))
    }

    /// Both sides: what a figure that compares them (their difference, a window) is shown in.
    fn both_sides(&self) -> [&Expr; 2] {
        [&self.equation.left, &self.equation.right]
    }

    /// `x`, in the scale both sides' claims share ([`EquationRule::shared_scale`]).
    pub(super) fn show(&self, project: &Project, x: Decimal) -> String {
        self.show_in(project, &self.both_sides(), x)
    }

    /// `x`, computed by `sides`, in the scale their claims share: a side of claims in
    /// millions is shown in millions whatever the other side writes (`600 million + 400
    /// million = 1,000 million` beside `1.1 billion`).
    fn show_in(&self, project: &Project, sides: &[&Expr], x: Decimal) -> String {
        let significant = self.significant_digits(project);
        match self.shared_scale(project, sides) {
            Some((multiplier, written)) => format!(
                "{}{written}",
                crate::quantity::show_computed(x / multiplier, significant)
            ),
            None => crate::quantity::show_computed(x, significant),
        }
    }

    /// `interval`, in the scale both sides' claims share.
    pub(super) fn show_interval(&self, project: &Project, interval: &Interval) -> String {
        self.show_interval_in(project, &self.both_sides(), interval)
    }

    /// `interval`, computed by `sides`, in the scale their claims share.
    fn show_interval_in(&self, project: &Project, sides: &[&Expr], interval: &Interval) -> String {
        let significant = self.significant_digits(project);
        let scaled = self
            .shared_scale(project, sides)
            .and_then(|(multiplier, written)| {
                let scaled = interval.div(&Interval::exact(multiplier))?;
                Some(format!("{}{written}", scaled.display_to(significant)))
            });
        scaled.unwrap_or_else(|| interval.display_to(significant))
    }

    /// A side in a sentence: the figure as written for a lone claim or number, else the
    /// result of the stated arithmetic, else its interval.
    pub(super) fn describe(&self, project: &Project, expr: &Expr, value: &Value) -> String {
        match expr.ungrouped() {
            Expr::Claim { slot, .. } => self.claim_text(project, *slot),
            Expr::Number { span, .. } => self.text(span.clone()).to_string(),
            _ => match value.nominal {
                Nominal::Exact(x) => self.show_in(project, &[expr], x),
                Nominal::About(x) => format!("about {}", self.show_in(project, &[expr], x)),
                Nominal::Unknown => format!(
                    "in {}",
                    self.show_interval_in(project, &[expr], &value.interval)
                ),
            },
        }
    }

    /// A note with a side's arithmetic and interval: `left: 67 + 9.5 = 76.5, stands for
    /// [76.45, 76.55)`; `right: 75, exact`.
    pub(super) fn side_note(
        &self,
        project: &Project,
        name: &str,
        expr: &Expr,
        value: &Value,
    ) -> String {
        let mut note = self.arithmetic_in(project, name, expr, value, &[expr]);
        if single_value(&value.interval).is_none() {
            note.push_str(&format!(
                ", stands for {}",
                self.show_interval_in(project, &[expr], &value.interval)
            ));
            return note;
        }
        let mut slots = Vec::new();
        expr.slots(&mut slots);
        let counts = slots.iter().all(|&slot| {
            self.claims
                .get(slot)
                .is_some_and(|&id| project.claim(id).is_exact_count())
        });
        note.push_str(match slots.len() {
            0 => ", exact",
            1 if counts => ", exact (a whole count)",
            _ if counts => ", exact (whole counts)",
            _ => ", exact",
        });
        note
    }

    /// `left: 67 + 9 = 76`: the side with its figures as written, and their result.
    pub(super) fn arithmetic(
        &self,
        project: &Project,
        name: &str,
        expr: &Expr,
        value: &Value,
    ) -> String {
        self.arithmetic_in(project, name, expr, value, &self.both_sides())
    }

    /// [`EquationRule::arithmetic`], its result in the scale the claims of `sides` share.
    fn arithmetic_in(
        &self,
        project: &Project,
        name: &str,
        expr: &Expr,
        value: &Value,
        sides: &[&Expr],
    ) -> String {
        let mut note = format!("{name}: ");
        expr.render(
            &self.expression.value,
            &|slot| self.claim_text(project, slot),
            &mut note,
        );
        if !matches!(expr.ungrouped(), Expr::Claim { .. } | Expr::Number { .. }) {
            match value.nominal {
                Nominal::Exact(x) => {
                    note.push_str(&format!(" = {}", self.show_in(project, sides, x)));
                }
                Nominal::About(x) => {
                    note.push_str(&format!(" = about {}", self.show_in(project, sides, x)));
                }
                Nominal::Unknown => {}
            }
        }
        note
    }

    /// A number written in the rule, with its sign or not (`-3.1`, `(-3.1)`): no claim.
    pub(super) fn is_literal(expr: &Expr) -> bool {
        match expr.ungrouped() {
            Expr::Number { .. } => true,
            Expr::Neg { operand, .. } => Self::is_literal(operand),
            _ => false,
        }
    }

    /// Names the claims of `ids` as the finding's, in order, each once.
    pub(super) fn about_claims<'i>(
        &self,
        project: &Project,
        finding: Finding,
        ids: impl IntoIterator<Item = &'i ClaimId>,
    ) -> Finding {
        ids.into_iter()
            .fold(finding, |finding, &id| finding.about(project.claim(id)))
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::rules::equation::tests::checked;
    use crate::testing::{check_files, codes};

    #[test]
    fn a_sum_of_figures_in_one_scale_is_shown_in_that_scale() {
        let claims = |total: &str| {
            format!(
                "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Gansu, metric: a, value: 625.3 crore, unit: rupee }}\n  - {{ id: b, quote: x, subject: Gansu, metric: b, value: 624.9 crore, unit: rupee }}\n  - {{ id: t, quote: x, subject: Gansu, metric: t, value: \"{total}\", unit: rupee }}\n"
            )
        };
        let rules = |expression: &str| {
            format!("rules:\n  - {{ id: sum, kind: equation, expression: \"{expression}\" }}\n")
        };
        let outcome = check_files(&[
            ("claims/c.yaml", &claims("1,300 crore")),
            ("rules/r.yaml", &rules("a + b == t")),
        ]);
        let d = &outcome.diagnostics[0];
        assert_eq!(d.message, "`a + b` is 1,250.2 crore but `t` is 1,300 crore");
        assert!(d.notes.contains(
            &"left: 625.3 crore + 624.9 crore = 1,250.2 crore, stands for [1,250.1, 1,250.3) crore"
                .to_string()
        ));
        // A total in another scale leaves each side in its own claims' scale.
        let outcome = check_files(&[
            ("claims/c.yaml", &claims("14 billion")),
            ("rules/r.yaml", &rules("a + b == t")),
        ]);
        let d = &outcome.diagnostics[0];
        assert_eq!(d.message, "`a + b` is 1,250.2 crore but `t` is 14 billion");
        assert!(d.notes.contains(
            &"left: 625.3 crore + 624.9 crore = 1,250.2 crore, stands for [1,250.1, 1,250.3) crore"
                .to_string()
        ));
        // A side whose claims write two scales, or a product, is shown in digits.
        let outcome = check_files(&[
            ("claims/c.yaml", &claims("14 billion")),
            ("rules/r.yaml", &rules("a + t == b")),
        ]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`a + t` is 20,253,000,000 but `b` is 624.9 crore"
        );
        let outcome = check_files(&[
            ("claims/c.yaml", &claims("1,300 crore")),
            ("rules/r.yaml", &rules("a * 2 == t")),
        ]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`a * 2` is 12,506,000,000 but `t` is 1,300 crore"
        );
    }

    #[test]
    fn qualified_figures_are_described_by_their_interval() {
        let outcome = checked(
            "a + b < c",
            &[
                ("a", "more than 100", "county"),
                ("b", "8", "county"),
                ("c", "100", "county"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`a + b` is in (108, +inf), which is not less than `c` (100)"
        );
    }
}
