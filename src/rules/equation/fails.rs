//! CC131, an `equation` rule's relation that fails: its headline, its labels (the total
//! first, then every figure), its notes (each side's arithmetic and interval, the
//! tolerance, what the comparison means, and for a claim named more than once the
//! difference with each claim one figure) and its facts. Its own file because it is the
//! kind's main finding, and the longest to word.

use serde::Serialize;

use super::expr::{Comparison, Expr, Linear, Nominal, Value, Variable, single_value};
use super::units::NAMED_PER_UNIT;
use super::{Amount, EquationRule, Naming, OneFigure, PlaceByPlace, Reading};
use crate::codes::Code;
use crate::facts;
use crate::hashing::HashSet;
use crate::model::{ClaimId, Project};
use crate::quantity::{Decimal, Interval};
use crate::rules::Finding;

/// CC131's facts: the expression and the values its sides stand for. The finding's first
/// claim is the one labelled first (the last on the right, usually the total), then every
/// claim the expression names.
#[derive(Serialize)]
struct EquationFails<'a> {
    expression: &'a str,
    left: String,
    right: String,
    /// The right side widened by the rule's `tolerance:`, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    right_with_tolerance: Option<String>,
    /// The left side minus the right with each claim one figure, when the expression names
    /// a claim more than once and was judged so.
    #[serde(skip_serializing_if = "Option::is_none")]
    difference: Option<String>,
    /// The relation fails whatever the claims say (it names none, or they cancel out): the
    /// rule is what to correct, not a figure.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    whatever_the_claims: bool,
}

/// Where one side of the relation stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

impl EquationRule {
    fn headline(&self, project: &Project, left: &Value, right: &Value) -> String {
        let equation = &self.equation;
        let (l_expr, r_expr) = (&equation.left, &equation.right);
        let (l_name, r_name) = (self.text(l_expr.span()), self.text(r_expr.span()));
        let l = self.describe(project, l_expr, left);
        let r = self.describe(project, r_expr, right);
        let (l_literal, r_literal) = (Self::is_literal(l_expr), Self::is_literal(r_expr));
        let lhs = if l_literal {
            format!("{l} is")
        } else {
            format!("`{l_name}` is {l}, which is")
        };
        let rhs = if r_literal {
            r.clone()
        } else {
            format!("`{r_name}` ({r})")
        };
        match equation.comparison {
            Comparison::Equal if r_literal => format!("`{l_name}` is {l}, not {r}"),
            Comparison::Equal if l_literal => format!("`{r_name}` is {r}, not {l}"),
            Comparison::Equal => format!("`{l_name}` is {l} but `{r_name}` is {r}"),
            // Failing `!=`, both sides are exact: the same number, or two within the
            // tolerance, which counts them as equal.
            Comparison::NotEqual
                if single_value(&left.interval) == single_value(&right.interval) =>
            {
                format!("`{l_name}` and `{r_name}` are both exactly {l}")
            }
            Comparison::NotEqual => format!(
                "`{l_name}` is exactly {l} and `{r_name}` exactly {r}, within the tolerance of {}",
                self.tolerance
                    .as_ref()
                    .map_or("", |tolerance| tolerance.text.as_str())
            ),
            Comparison::Less => format!("{lhs} not less than {rhs}"),
            Comparison::LessOrEqual => format!("{lhs} more than {rhs}"),
            Comparison::Greater => format!("{lhs} not more than {rhs}"),
            Comparison::GreaterOrEqual => format!("{lhs} less than {rhs}"),
        }
    }

    fn meaning(comparison: Comparison, tolerance: bool) -> String {
        let symbol = comparison.symbol();
        let some = |relation: &str| {
            format!(
                "`{symbol}` holds when some value the left side stands for is {relation} some \
                 value the right side stands for"
            )
        };
        match comparison {
            Comparison::Equal => "`==` holds when the two sides can be equal: a whole count \
                                  is exact, any other figure may be anywhere within its \
                                  rounding (the sides' intervals overlap)"
                .to_string(),
            Comparison::NotEqual if tolerance => "`!=` fails only when both sides are exact \
                                                  numbers within the tolerance of each other"
                .to_string(),
            Comparison::NotEqual => {
                "`!=` fails only when both sides are exactly the same number".to_string()
            }
            Comparison::Less => some("less than"),
            Comparison::LessOrEqual => some("at most"),
            Comparison::Greater => some("more than"),
            Comparison::GreaterOrEqual => some("at least"),
        }
    }

    /// What the comparison means when each claim is one figure wherever it is named.
    fn one_figure_meaning(comparison: Comparison, tolerance: bool) -> String {
        let symbol = comparison.symbol();
        let within = if tolerance {
            "within the tolerance of 0"
        } else {
            "0"
        };
        let some = |relation: &str| {
            format!(
                "`{symbol}` holds when some values the claims stand for, each claim one figure \
                 wherever it is named, make the left side {relation} the right side"
            )
        };
        match comparison {
            Comparison::Equal => format!(
                "`==` holds when the two sides can be equal, each claim one figure wherever it \
                 is named: a whole count is exact, any other figure may be anywhere within its \
                 rounding (the left side minus the right can be {within})"
            ),
            Comparison::NotEqual => format!(
                "`!=` fails only when the two sides cannot differ: with each claim one figure \
                 wherever it is named, the left side minus the right is {}",
                if tolerance {
                    "one exact number within the tolerance of 0"
                } else {
                    "exactly 0"
                }
            ),
            Comparison::Less => some("less than"),
            Comparison::LessOrEqual => some("at most"),
            Comparison::Greater => some("more than"),
            Comparison::GreaterOrEqual => some("at least"),
        }
    }

    /// Every claim slot with its side, in the order written.
    fn slots(&self) -> Vec<(usize, Side)> {
        let (mut left, mut right) = (Vec::new(), Vec::new());
        self.equation.left.slots(&mut left);
        self.equation.right.slots(&mut right);
        left.into_iter()
            .map(|s| (s, Side::Left))
            .chain(right.into_iter().map(|s| (s, Side::Right)))
            .collect()
    }

    /// `whatever`: the relation fails whatever the claims say (it names none, or they
    /// drop out), so the finding asks to correct the rule and labels no figure.
    pub(super) fn fails(
        &self,
        project: &Project,
        naming: &Naming,
        left: Value,
        right: Value,
        reading: Reading,
        whatever: bool,
    ) -> Finding {
        let equation = &self.equation;
        // The right side widened by the tolerance, as the relation was judged against.
        let widened = match &self.tolerance {
            Some(tolerance) => tolerance.widen(&right.interval),
            None => right.interval,
        };
        let headline = match (&reading, whatever) {
            // Whatever the claims say, the repeated claims are why: said so.
            (Reading::OneFigure(one), true) => self.repeated_claims_headline(project, naming, one),
            (Reading::OneFigure(one), false) => self.one_figure_headline(project, naming, one),
            (Reading::AsWritten(_), true) if !self.claims.is_empty() => format!(
                "{}, whatever {}",
                self.headline(project, &left, &right),
                self.claims_in_words()
            ),
            (Reading::AsWritten(_), _) => self.headline(project, &left, &right),
        };
        let (headline, help) = match (whatever, self.claims.is_empty()) {
            (false, _) => (
                headline,
                "check each figure against its article; if the article's own figures do not \
                 add up, keep its words: this finding is the discrepancy",
            ),
            (true, true) => (
                format!("{headline}, whatever the articles say: the expression names no claim"),
                "no article can make a relation of numbers alone hold: correct the rule's \
                 expression, naming the claims whose figures it is about",
            ),
            (true, false) => (
                headline,
                "each claim is one figure wherever it is named, and here they drop out, so no \
                 article can make the relation hold: correct the rule's expression",
            ),
        };
        let mut finding = Finding::new(Code::EquationFails, headline, help);
        // A relation decided whatever the claims say points at the rule, not at a figure.
        let slots = if whatever { Vec::new() } else { self.slots() };
        // The primary claim: the last one on the right (usually the total), else the last one.
        let primary = slots
            .iter()
            .rev()
            .find(|(_, side)| *side == Side::Right)
            .or_else(|| slots.last())
            .copied();
        let mut labelled: HashSet<ClaimId> = HashSet::default();
        if let Some((slot, side)) = primary
            && let Some(&id) = self.claims.get(slot)
            && let Some(value) = &project.claim(id).value
        {
            labelled.insert(id);
            finding = finding.primary(
                value.at,
                format!("{} side: {}", side.name(), value.value.text),
            );
        }
        for (slot, side) in &slots {
            let Some(&id) = self.claims.get(*slot) else {
                continue;
            };
            if let Some(value) = &project.claim(id).value
                && labelled.insert(id)
            {
                finding = finding.label(
                    value.at,
                    format!("{} side: {}", side.name(), value.value.text),
                );
            }
        }
        let at = self.expression.inner(&equation.comparison_span);
        let message = match whatever {
            true => format!(
                "this `{}` holds for no figures",
                equation.comparison.symbol()
            ),
            false => format!("this `{}` does not hold", equation.comparison.symbol()),
        };
        finding = if finding.labels.is_empty() {
            finding.primary(at, message)
        } else {
            finding.label(at, message)
        };
        finding = finding
            .note(self.side_note(project, "left", &equation.left, &left))
            .note(self.side_note(project, "right", &equation.right, &right));
        match &reading {
            Reading::AsWritten(place_by_place) => {
                if let Some(tolerance) = &self.tolerance {
                    let widened = self.show_interval(project, &widened);
                    finding = finding.note(match tolerance.amount {
                        Amount::Absolute(_) => format!(
                            "tolerance {}: the right side widened by {} on each side is {widened}",
                            tolerance.text, tolerance.text
                        ),
                        Amount::Relative(_) => format!(
                            "tolerance {}: the right side widened by {} of its magnitude is \
                             {widened}",
                            tolerance.text, tolerance.text
                        ),
                    });
                }
                finding =
                    finding.note(Self::meaning(equation.comparison, self.tolerance.is_some()));
                if let Some(why) = place_by_place {
                    finding = finding.note(self.place_by_place_note(naming, why));
                }
            }
            Reading::OneFigure(one) => {
                finding = finding.note(self.difference_note(project, naming, one));
                if let Some(tolerance) = &self.tolerance {
                    let window = self.show_interval(project, &one.window);
                    finding = finding.note(match tolerance.amount {
                        Amount::Absolute(_) => format!(
                            "tolerance {}: the left side minus the right may be anywhere in \
                             {window}",
                            tolerance.text
                        ),
                        Amount::Relative(_) => format!(
                            "tolerance {}: {} of the right side's largest magnitude, so the left \
                             side minus the right may be anywhere in {window}",
                            tolerance.text, tolerance.text
                        ),
                    });
                }
                finding = finding.note(Self::one_figure_meaning(
                    equation.comparison,
                    self.tolerance.is_some(),
                ));
            }
        }
        for note in self.unit_notes(project) {
            finding = finding.note(note);
        }
        let primary_claim = primary.and_then(|(slot, _)| self.claims.get(slot));
        finding = self.about_claims(
            project,
            finding,
            primary_claim.into_iter().chain(&self.claims),
        );
        // Every figure of the relation makes its sides, unless they cancel out.
        if !whatever {
            finding = primary_claim
                .into_iter()
                .chain(&self.claims)
                .fold(finding, |finding, &id| {
                    finding.rests_on_value_of(project.claim(id))
                });
        }
        finding.data(&EquationFails {
            expression: &self.expression.value,
            left: facts::interval(&left.interval),
            right: facts::interval(&right.interval),
            right_with_tolerance: self.tolerance.as_ref().map(|_| facts::interval(&widened)),
            difference: match &reading {
                Reading::OneFigure(one) => Some(facts::interval(&one.value.interval)),
                Reading::AsWritten(_) => None,
            },
            whatever_the_claims: whatever,
        })
    }

    /// The claims named more than once, each as written in the expression, with how many
    /// times: ``(`a`, 2)``.
    fn repeated_names<'s>(&'s self, naming: &Naming) -> Vec<(&'s str, usize)> {
        naming
            .repeated()
            .into_iter()
            .map(|slot| {
                let span = self.equation.claims.get(slot).cloned().unwrap_or(0..0);
                (
                    self.text(span),
                    naming.times.get(slot).copied().unwrap_or(0),
                )
            })
            .collect()
    }

    /// `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and 3 more ``: the first
    /// [`NAMED_PER_UNIT`] claims named more than once.
    fn repeated_list(&self, naming: &Naming) -> String {
        let names = self.repeated_names(naming);
        let mut listed: Vec<String> = names
            .iter()
            .take(NAMED_PER_UNIT)
            .map(|(name, _)| format!("`{name}`"))
            .collect();
        if names.len() > NAMED_PER_UNIT {
            listed.push(format!("{} more", names.len() - NAMED_PER_UNIT));
        }
        join_with_and(&listed)
    }

    /// `` `a` is named twice ``, `` `a` (twice) and `b` (3 times) are each named more than
    /// once ``.
    fn how_often_named(&self, naming: &Naming) -> String {
        let times = |n: usize| match n {
            2 => "twice".to_string(),
            n => format!("{n} times"),
        };
        let names = self.repeated_names(naming);
        if let [(name, n)] = names.as_slice() {
            return format!("`{name}` is named {}", times(*n));
        }
        let mut listed: Vec<String> = names
            .iter()
            .take(NAMED_PER_UNIT)
            .map(|(name, n)| format!("`{name}` ({})", times(*n)))
            .collect();
        if names.len() > NAMED_PER_UNIT {
            listed.push(format!("{} more", names.len() - NAMED_PER_UNIT));
        }
        format!("{} are each named more than once", join_with_and(&listed))
    }

    /// Why the relation was read place by place though it names a claim more than once.
    fn place_by_place_note(&self, naming: &Naming, why: &PlaceByPlace) -> String {
        let named = self.how_often_named(naming);
        let reason = match why {
            PlaceByPlace::NotLinear(part) => format!(
                "`{}` multiplies or divides claims by each other",
                self.text(part.span())
            ),
            PlaceByPlace::OutOfRange => "read as one figure per claim, a step goes beyond what an \
                                         exact decimal holds"
                .to_string(),
        };
        format!(
            "{named}, but {reason}: each place is read as its own figure within its rounding, \
             which lets the relation hold for more values, never fewer, so this failure stands"
        )
    }

    /// The headline of a relation that fails with each claim one figure: as any other's
    /// when reading each place as its own figure fails it too; else it says that the
    /// repeated claims are why, and what the left side minus the right comes to.
    fn one_figure_headline(&self, project: &Project, naming: &Naming, one: &OneFigure) -> String {
        if !one.decisive {
            return self.headline(project, &one.left, &one.right);
        }
        self.repeated_claims_headline(project, naming, one)
    }

    /// The headline that says the repeated claims are why the relation fails, and what the
    /// left side minus the right comes to.
    fn repeated_claims_headline(
        &self,
        project: &Project,
        naming: &Naming,
        one: &OneFigure,
    ) -> String {
        let equation = &self.equation;
        let name = |side: &Expr| {
            let text = self.text(side.span());
            match Self::is_literal(side) {
                true => text.to_string(),
                false => format!("`{text}`"),
            }
        };
        let (left, right) = (name(&equation.left), name(&equation.right));
        let relation = match equation.comparison {
            Comparison::Equal => format!("{left} can never equal {right}"),
            Comparison::NotEqual => format!("{left} and {right} cannot differ"),
            Comparison::Less => format!("{left} is never less than {right}"),
            Comparison::LessOrEqual => format!("{left} is always more than {right}"),
            Comparison::Greater => format!("{left} is never more than {right}"),
            Comparison::GreaterOrEqual => format!("{left} is always less than {right}"),
        };
        let (each, they_are) = match naming.repeated().len() {
            1 => ("", "it is"),
            _ => (" each", "they are"),
        };
        let difference = match single_value(&one.value.interval) {
            Some(x) => format!("is always {}", self.show(project, x)),
            None => format!(
                "stands for {}",
                self.show_interval(project, &one.value.interval)
            ),
        };
        let within = match (&self.tolerance, equation.comparison) {
            (Some(tolerance), Comparison::NotEqual) => {
                format!(", within the tolerance of {}", tolerance.text)
            }
            _ => String::new(),
        };
        format!(
            "{relation}: with {}{each} one figure wherever {they_are} named, the left side \
             minus the right {difference}{within}",
            self.repeated_list(naming)
        )
    }

    /// The left side minus the right with each claim one figure: its terms by claim id, by
    /// figure, and what it stands for.
    fn difference_note(&self, project: &Project, naming: &Naming, one: &OneFigure) -> String {
        let who = match naming.repeated().len() {
            1 => format!("{} and read as one figure", self.how_often_named(naming)),
            _ => format!("{}, each read as one figure", self.how_often_named(naming)),
        };
        let value = &one.value;
        let exact = single_value(&value.interval);
        if one.difference.is_constant() {
            return match exact {
                Some(x) => format!(
                    "{who}: the left side minus the right is exactly {}",
                    self.show(project, x)
                ),
                None => format!(
                    "{who}: the left side minus the right stands for {}",
                    self.show_interval(project, &value.interval)
                ),
            };
        }
        let by_id = self.render_linear(project, &one.difference, &|variable| match variable {
            Variable::Claim(slot) => self
                .text(self.equation.claims.get(*slot).cloned().unwrap_or(0..0))
                .to_string(),
            Variable::Part(part) => format!("({})", self.text(part.span())),
        });
        let by_figure = self.render_linear(project, &one.difference, &|variable| match variable {
            Variable::Claim(slot) => self.claim_text(project, *slot),
            Variable::Part(part) => {
                let mut out = "(".to_string();
                part.render(
                    &self.expression.value,
                    &|slot| self.claim_text(project, slot),
                    &mut out,
                );
                out.push(')');
                out
            }
        });
        let mut note = format!("{who}: the left side minus the right is `{by_id}` = {by_figure}");
        match value.nominal {
            Nominal::Exact(x) => note.push_str(&format!(" = {}", self.show(project, x))),
            Nominal::About(x) => note.push_str(&format!(" = about {}", self.show(project, x))),
            Nominal::Unknown => {}
        }
        match exact {
            Some(_) => note.push_str(", exact"),
            None => note.push_str(&format!(
                ", which stands for {}",
                self.show_interval(project, &value.interval)
            )),
        }
        note
    }

    /// `2 * a - b + 1000`: a linear form's terms, each variable as `variable` writes it.
    fn render_linear(
        &self,
        project: &Project,
        form: &Linear,
        variable: &dyn Fn(&Variable) -> String,
    ) -> String {
        let mut out = String::new();
        let push = |out: &mut String, value: &Value, written: Option<String>| {
            let negative = match value.nominal {
                Nominal::Exact(x) | Nominal::About(x) => x.is_sign_negative() && !x.is_zero(),
                Nominal::Unknown => value
                    .interval
                    .certainly_less_than(&Interval::exact(Decimal::ZERO)),
            };
            let magnitude = if negative { value.negate() } else { *value };
            out.push_str(match (out.is_empty(), negative) {
                (true, true) => "-",
                (true, false) => "",
                (false, true) => " - ",
                (false, false) => " + ",
            });
            let number = match magnitude.nominal {
                Nominal::Exact(x) | Nominal::About(x) => self.show(project, x),
                Nominal::Unknown => self.show_interval(project, &magnitude.interval),
            };
            match written {
                Some(written) if single_value(&magnitude.interval) == Some(Decimal::ONE) => {
                    out.push_str(&written);
                }
                Some(written) => out.push_str(&format!("{number} * {written}")),
                None => out.push_str(&number),
            }
        };
        for (term, coefficient) in form.terms() {
            push(&mut out, coefficient, Some(variable(term)));
        }
        let constant = form.constant_term();
        if single_value(&constant.interval) != Some(Decimal::ZERO) || out.is_empty() {
            push(&mut out, &constant, None);
        }
        out
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_with_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::rules::equation::tests::{
        GANSU, GANSU_SUM, GUIZHOU, GUIZHOU_STANDARD, NAMED_TWICE, borrowed, checked, claims, data,
        rule, rule_with_tolerance, with,
    };
    use crate::testing::{check_files, codes, primary_text};

    #[test]
    fn a_poverty_line_two_yuan_off_fails() {
        let figures = with(GUIZHOU, "guizhou-income-above-2020-standard", "7489.39");
        let outcome = checked(GUIZHOU_STANDARD, &borrowed(&figures));
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "`guizhou-income-surveyed-households - guizhou-income-above-2020-standard` is 3,998, not 4000"
        );
        // No claim on the right: the primary label is on the last claim of the left.
        assert_eq!(primary_text(&outcome, 0), "\"7489.39\"");
        assert!(d.notes.contains(
            &"left: 11,487.39 - 7489.39 = 3,998, stands for (3,997.99, 3,998.01)".to_string()
        ));
        assert!(d.notes.contains(&"right: 4000, exact".to_string()));
    }

    #[test]
    fn a_sum_that_is_off_labels_the_total_and_every_part() {
        let figures = with(GANSU, "gansu-counties-remaining-2019", "10");
        let outcome = checked(GANSU_SUM, &borrowed(&figures));
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "`gansu-counties-exited-by-2019 + gansu-counties-remaining-2019` is 77 but \
             `gansu-poor-counties` is 75"
        );
        assert_eq!(primary_text(&outcome, 0), "\"75\"");
        let texts: Vec<&str> = d
            .labels
            .iter()
            .map(|l| &outcome.project.files.text(l.location.file)[l.location.span()])
            .collect();
        assert_eq!(
            texts,
            vec!["\"75\"", "\"67\"", "\"10\"", "==", "sums"],
            "total, parts, the comparison, the rule"
        );
        assert_eq!(
            d.notes[..2],
            [
                "left: 67 + 10 = 77, exact (whole counts)".to_string(),
                "right: 75, exact (a whole count)".to_string()
            ]
        );
    }

    #[test]
    fn the_tolerance_is_shown_in_a_failing_finding() {
        let outcome = check_files(&[
            ("rules/r.yaml", &rule_with_tolerance("a + b == t", "0.5")),
            (
                "claims/c.yaml",
                &claims(&[
                    ("a", "67", "county"),
                    ("b", "10", "county"),
                    ("t", "75", "county"),
                ]),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        assert!(
            outcome.diagnostics[0].notes.contains(
                &"tolerance 0.5: the right side widened by 0.5 on each side is [74.5, 75.5]"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_failing_not_equal_within_the_tolerance_gives_both_sides() {
        let outcome = check_files(&[
            ("rules/r.yaml", &rule_with_tolerance("a + b != t", "1")),
            (
                "claims/c.yaml",
                &claims(&[
                    ("a", "67", "county"),
                    ("b", "9", "county"),
                    ("t", "75", "county"),
                ]),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`a + b` is exactly 76 and `t` exactly 75, within the tolerance of 1"
        );
        assert!(
            diagnostic.notes.contains(
                &"`!=` fails only when both sides are exact numbers within the tolerance of each \
              other"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_failing_not_equal_of_one_number_written_two_ways_says_both_are_it() {
        let outcome = check_files(&[
            ("rules/r.yaml", &rule("s != d")),
            (
                "claims/c.yaml",
                &claims(&[("s", "1,000", "county"), ("d", "1000", "county")]),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`s` and `d` are both exactly 1,000"
        );
    }

    #[test]
    fn a_relation_of_numbers_alone_that_fails_is_the_rule_s_error() {
        // Found from outside: `2 + 2 == 5` was a finding about the articles, with help to
        // check each figure against its article.
        let outcome = checked("2 + 2 == 5", GANSU);
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "`2 + 2` is 4, not 5, whatever the articles say: the expression names no claim"
        );
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .contains("correct the rule's expression"),
        );
        assert_eq!(primary_text(&outcome, 0), "==");
        assert_eq!(d.labels[0].message, "this `==` holds for no figures");
        assert!(d.claims.is_empty() && d.rests_on_values.is_empty());
        assert_eq!(data(&outcome)["whatever_the_claims"], true);
        // So is a relation whose claims drop out: no figure is labelled, none is to blame.
        let outcome = checked("a - a == 1", NAMED_TWICE);
        assert_eq!(codes(&outcome), vec![Code::EquationFails]);
        let d = &outcome.diagnostics[0];
        assert_eq!(primary_text(&outcome, 0), "==");
        assert!(d.rests_on_values.is_empty());
        assert!(d.help.as_deref().unwrap().contains("here they drop out"));
        assert_eq!(outcome.claims_checked, [0]);
    }

    #[test]
    fn a_relation_naming_each_claim_once_has_no_difference_in_its_facts() {
        let figures = with(GANSU, "gansu-counties-remaining-2019", "9");
        let outcome = checked(GANSU_SUM, &borrowed(&figures));
        assert!(data(&outcome).get("difference").is_none());
        assert!(
            !outcome.diagnostics[0]
                .notes
                .iter()
                .any(|note| note.contains("one figure"))
        );
    }
}
