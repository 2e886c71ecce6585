//! Evaluation: an expression computed in interval arithmetic, each claim standing for the
//! interval its figure allows, beside the arithmetic of the stated figures that messages
//! show; and the walks over an expression that the rule's messages use.

use std::ops::Range;

use super::{Expr, Op};
use crate::quantity::{Bound, Decimal, Interval};

/// The figure behind a computed value, for messages: the arithmetic of the stated figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nominal {
    /// Exact arithmetic of plain figures: `67 + 8` is 75.
    Exact(Decimal),
    /// A figure with "about" in it, or an inexact quotient: shown as "about ...".
    About(Decimal),
    /// A bound ("more than 10,000") is involved, or the arithmetic overflowed: only the
    /// interval says what the value is.
    Unknown,
}

impl Nominal {
    pub(super) fn combine(self, op: Op, other: Nominal) -> Nominal {
        let (x, y, exact) = match (self, other) {
            (Nominal::Unknown, _) | (_, Nominal::Unknown) => return Nominal::Unknown,
            (Nominal::Exact(x), Nominal::Exact(y)) => (x, y, true),
            (Nominal::Exact(x) | Nominal::About(x), Nominal::Exact(y) | Nominal::About(y)) => {
                (x, y, false)
            }
        };
        let (result, exact) = match op {
            Op::Add => (x.checked_add(y), exact),
            Op::Sub => (x.checked_sub(y), exact),
            Op::Mul => (x.checked_mul(y), exact),
            Op::Div => {
                let q = if y.is_zero() { None } else { x.checked_div(y) };
                let back = q.and_then(|q| q.checked_mul(y));
                (q, exact && back == Some(x))
            }
        };
        match result {
            Some(r) if exact => Nominal::Exact(r),
            Some(r) => Nominal::About(r),
            None => Nominal::Unknown,
        }
    }

    pub(super) fn negate(self) -> Nominal {
        match self {
            Nominal::Exact(x) => Nominal::Exact(-x),
            Nominal::About(x) => Nominal::About(-x),
            Nominal::Unknown => Nominal::Unknown,
        }
    }
}

/// A computed value: the set of true values it stands for, and the stated arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    pub interval: Interval,
    pub nominal: Nominal,
}

impl Value {
    pub fn exact(value: Decimal) -> Value {
        Value {
            interval: Interval::exact(value),
            nominal: Nominal::Exact(value),
        }
    }
}

/// A step of a side that has no value the arithmetic can give: a division whose divisor
/// may be zero, or a step whose value lies beyond what an exact decimal holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undefined<'e> {
    /// The operand the step ends with: the divisor, for a divisor that may be zero.
    pub divisor: &'e Expr,
    /// What the operand stands for (for a divisor that may be zero, it contains 0).
    pub value: Value,
    /// The step, from the first operand of its chain to the end of `divisor`.
    pub step: Range<usize>,
    pub why: Why,
}

/// Why a step has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It divides by a figure that may be zero.
    MayBeZero,
    /// Of figures that are all bounded, it is larger in size than an exact decimal holds
    /// (about 7.9 × 10^28): the arithmetic could say only that it lies beyond that.
    TooLarge,
    /// Of figures none of which may be zero, a product or quotient nearer zero than an
    /// exact decimal holds (10^-28): the arithmetic could say only that it lies around
    /// zero, on either side.
    TooSmall,
}

/// Whether `result`, of `left op right`, left the range of exact decimals: unbounded
/// though both operands are bounded (and, for a quotient, the divisor keeps away from
/// zero: one that only comes close, as `(0, 2)` does, makes it unbounded rightly), or (of
/// a product or quotient) around zero though neither operand may be zero.
fn out_of_range(op: Op, left: &Interval, right: &Interval, result: &Interval) -> Option<Why> {
    let end = |bound: Bound| match bound {
        Bound::Inclusive(value) | Bound::Exclusive(value) => Some(value),
        Bound::Unbounded => None,
    };
    let near_zero = |interval: &Interval| match (end(interval.lower), end(interval.upper)) {
        (Some(lower), Some(upper)) => lower <= Decimal::ZERO && upper >= Decimal::ZERO,
        _ => true,
    };
    let not_zero = |interval: &Interval| !interval.contains(Decimal::ZERO);
    let unbounded_rightly = op == Op::Div && near_zero(right);
    if left.is_bounded() && right.is_bounded() && !result.is_bounded() && !unbounded_rightly {
        return Some(Why::TooLarge);
    }
    let scaled = matches!(op, Op::Mul | Op::Div);
    (scaled && not_zero(left) && not_zero(right) && !not_zero(result)).then_some(Why::TooSmall)
}

impl Expr {
    /// The value of the expression, each claim slot standing for `claim(slot)`. Interval
    /// arithmetic throughout: the result holds every value the true figures could give.
    /// One visit per node.
    pub fn evaluate(&self, claim: &dyn Fn(usize) -> Value) -> Result<Value, Undefined<'_>> {
        self.evaluate_noting(claim, &mut None)
    }

    /// As [`Expr::evaluate`], noting in `beyond` the first step whose value lay beyond what
    /// an exact decimal holds ([`Why::TooLarge`], [`Why::TooSmall`]). Its result still holds
    /// every value the true figures could give, only no longer closely: a comparison it
    /// leaves undecided cannot be told true.
    pub fn evaluate_noting<'e>(
        &'e self,
        claim: &dyn Fn(usize) -> Value,
        beyond: &mut Option<Undefined<'e>>,
    ) -> Result<Value, Undefined<'e>> {
        match self {
            Expr::Number { value, .. } => Ok(Value::exact(*value)),
            Expr::Claim { slot, .. } => Ok(claim(*slot)),
            Expr::Group { inner, .. } => inner.evaluate_noting(claim, beyond),
            Expr::Neg { operand, .. } => {
                let v = operand.evaluate_noting(claim, beyond)?;
                Ok(Value {
                    interval: v.interval.neg(),
                    nominal: v.nominal.negate(),
                })
            }
            Expr::Chain { first, rest, .. } => {
                let mut acc = first.evaluate_noting(claim, beyond)?;
                for (op, operand) in rest {
                    let v = operand.evaluate_noting(claim, beyond)?;
                    let step = first.span().start..operand.span().end;
                    let interval = match op {
                        Op::Add => acc.interval.add(&v.interval),
                        Op::Sub => acc.interval.sub(&v.interval),
                        Op::Mul => acc.interval.mul(&v.interval),
                        Op::Div => match acc.interval.div(&v.interval) {
                            Some(q) => q,
                            None => {
                                return Err(Undefined {
                                    divisor: operand,
                                    value: v,
                                    step,
                                    why: Why::MayBeZero,
                                });
                            }
                        },
                    };
                    if beyond.is_none()
                        && let Some(why) = out_of_range(*op, &acc.interval, &v.interval, &interval)
                    {
                        *beyond = Some(Undefined {
                            divisor: operand,
                            value: v,
                            step,
                            why,
                        });
                    }
                    acc = Value {
                        interval,
                        nominal: acc.nominal.combine(*op, v.nominal),
                    };
                }
                Ok(acc)
            }
        }
    }

    /// The expression with each claim replaced by `claim(slot)` (its figure as written) and
    /// numbers as written in `source`, operators spaced: `67 + 8`.
    pub fn render(&self, source: &str, claim: &dyn Fn(usize) -> String, out: &mut String) {
        match self {
            Expr::Number { span, .. } => out.push_str(source.get(span.clone()).unwrap_or("?")),
            Expr::Claim { slot, .. } => out.push_str(&claim(*slot)),
            Expr::Group { inner, .. } => {
                out.push('(');
                inner.render(source, claim, out);
                out.push(')');
            }
            Expr::Neg { operand, .. } => {
                out.push('-');
                operand.render(source, claim, out);
            }
            Expr::Chain { first, rest, .. } => {
                first.render(source, claim, out);
                for (op, operand) in rest {
                    out.push(' ');
                    out.push_str(op.symbol());
                    out.push(' ');
                    operand.render(source, claim, out);
                }
            }
        }
    }

    /// The claim slots in this expression, in the order written.
    pub fn slots(&self, out: &mut Vec<usize>) {
        match self {
            Expr::Number { .. } => {}
            Expr::Claim { slot, .. } => out.push(*slot),
            Expr::Group { inner, .. } => inner.slots(out),
            Expr::Neg { operand, .. } => operand.slots(out),
            Expr::Chain { first, rest, .. } => {
                first.slots(out);
                for (_, operand) in rest {
                    operand.slots(out);
                }
            }
        }
    }

    /// Whether the expression only adds, subtracts and negates claims, with no number written
    /// in it: what it computes is in the unit and the scale its claims are written in, and
    /// shown so reads as they do (a number written in the rule is in neither).
    pub fn only_adds_claims(&self) -> bool {
        match self {
            Expr::Number { .. } => false,
            Expr::Claim { .. } => true,
            Expr::Neg { operand, .. } => operand.only_adds_claims(),
            Expr::Group { inner, .. } => inner.only_adds_claims(),
            Expr::Chain { first, rest, .. } => {
                first.only_adds_claims()
                    && rest
                        .iter()
                        .all(|(op, e)| op.is_additive() && e.only_adds_claims())
            }
        }
    }

    /// This expression without its parentheses: `((a))` is `a`.
    pub fn ungrouped(&self) -> &Expr {
        let mut expr = self;
        while let Expr::Group { inner, .. } = expr {
            expr = inner;
        }
        expr
    }

    /// Collects the claims added or subtracted together. `terms` receives the claim slots
    /// that are terms of this expression's sum (through signs and parentheses); every sum
    /// nested as a factor of a product is pushed whole onto `sums`, since the units of a
    /// product's factors need not agree.
    pub fn additive_terms(&self, terms: &mut Vec<usize>, sums: &mut Vec<Vec<usize>>) {
        match self {
            Expr::Number { .. } => {}
            Expr::Claim { slot, .. } => terms.push(*slot),
            Expr::Group { inner, .. } => inner.additive_terms(terms, sums),
            Expr::Neg { operand, .. } => operand.additive_terms(terms, sums),
            Expr::Chain { first, rest, .. } => {
                let operands = std::iter::once(&**first).chain(rest.iter().map(|(_, e)| e));
                if rest.first().is_some_and(|(op, _)| op.is_additive()) {
                    for operand in operands {
                        operand.additive_terms(terms, sums);
                    }
                } else {
                    for operand in operands {
                        let mut inner = Vec::new();
                        operand.additive_terms(&mut inner, sums);
                        sums.push(inner);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::tests::d;
    use super::*;
    use crate::quantity::Quantity;

    /// Evaluates both sides of an equation of literals and figures: claim ids stand for
    /// the figures listed in `figures`, in order of appearance.
    fn check(text: &str, figures: &[&str]) -> bool {
        let equation = parse(text).unwrap();
        let values: Vec<Value> = figures
            .iter()
            .map(|f| {
                let q = Quantity::parse(f).unwrap();
                Value {
                    interval: q.interval,
                    nominal: Nominal::Exact(q.value),
                }
            })
            .collect();
        let value = |slot: usize| values[slot];
        let left = equation.left.evaluate(&value).unwrap();
        let right = equation.right.evaluate(&value).unwrap();
        equation.comparison.holds(&left.interval, &right.interval)
    }

    fn side(text: &str) -> Value {
        let equation = parse(&format!("{text} == 0")).unwrap();
        equation.left.evaluate(&|_| Value::exact(d("1"))).unwrap()
    }

    #[test]
    fn multiplication_binds_tighter_and_operators_group_from_the_left() {
        assert_eq!(side("1 + 2 * 3").nominal, Nominal::Exact(d("7")));
        assert_eq!(side("(1 + 2) * 3").nominal, Nominal::Exact(d("9")));
        assert_eq!(side("10 - 4 - 3").nominal, Nominal::Exact(d("3")));
        assert_eq!(side("8 / 4 / 2").nominal, Nominal::Exact(d("1")));
        assert_eq!(side("2 * -3").nominal, Nominal::Exact(d("-6")));
        assert_eq!(side("- - 2").nominal, Nominal::Exact(d("2")));
        assert_eq!(side("10 - 2 * 3 + 1").nominal, Nominal::Exact(d("5")));
        assert_eq!(side("1 / 3").nominal, Nominal::About(d("1") / d("3")));
        assert_eq!(side("0.1 + 0.2").interval, Interval::exact(d("0.3")));
    }

    #[test]
    fn claims_stand_for_their_rounding_intervals() {
        let equation = parse("a + b == c").unwrap();
        let figures = ["67", "8"];
        let value = |slot: usize| {
            let q = Quantity::parse(figures[slot.min(1)]).unwrap();
            Value {
                interval: q.interval,
                nominal: Nominal::Exact(q.value),
            }
        };
        let left = equation.left.evaluate(&value).unwrap();
        assert_eq!(left.interval.to_string(), "[74, 76)");
        assert_eq!(left.nominal, Nominal::Exact(d("75")));
        assert!(check("a + b == c", &["67", "8", "75"]));
        assert!(
            check("a + b == c", &["67", "9", "75"]),
            "[75, 77) meets [74.5, 75.5)"
        );
        assert!(!check("a + b == c", &["67", "10", "75"]));
        assert!(check("a - b == c", &["11,487.39", "1,562.01", "9,925.38"]));
        assert!(check("a - b == 4000", &["11,487.39", "7487.39"]));
        assert!(!check("a - b == 4000", &["11,487.39", "7489.39"]));
        // "3.29 million" is [3285000, 3295000)
        assert!(check("a * 2 == 6580000", &["3.29 million"]));
        assert!(!check("a * 2 == 6600000", &["3.29 million"]));
    }

    #[test]
    fn every_comparison_operator_takes_rounding_into_account() {
        // 8 stands for [7.5, 8.5), 9 for [8.5, 9.5): they cannot be equal.
        assert!(!check("a == b", &["8", "9"]));
        assert!(check("a != b", &["8", "9"]));
        assert!(check("a < b", &["8", "9"]));
        assert!(check("a <= b", &["8", "9"]));
        assert!(!check("a > b", &["8", "9"]));
        assert!(!check("a >= b", &["8", "9"]), "8.5 is not in [7.5, 8.5)");
        // Equal figures: every comparison but `<`/`>` certainly... possibly holds.
        assert!(check("a == b", &["8", "8"]));
        assert!(check("a != b", &["8", "8"]), "two rounded 8s may differ");
        assert!(check("a < b", &["8", "8"]), "7.6 < 8.4 is possible");
        assert!(check("a > b", &["8", "8"]));
        // Literals are exact.
        assert!(check("2 == 2", &[]));
        assert!(!check("2 != 2", &[]));
        assert!(check("2 != 3", &[]));
        assert!(!check("2 < 2", &[]));
        assert!(check("2 <= 2", &[]));
        assert!(!check("2 > 2", &[]));
        assert!(check("2 >= 2", &[]));
        assert!(!check("3 <= 2", &[]));
        assert!(!check("2 >= 3", &[]));
        assert!(check("a * 0 != 1", &["8"]));
        assert!(!check("a * 0 != 0", &["8"]));
    }

    #[test]
    fn dividing_by_a_value_that_may_be_zero_is_undefined() {
        let equation = parse("a / (b - 8) == 1").unwrap();
        let value = |_| {
            let q = Quantity::parse("8").unwrap();
            Value {
                interval: q.interval,
                nominal: Nominal::Exact(q.value),
            }
        };
        let undefined = equation.left.evaluate(&value).unwrap_err();
        assert_eq!(undefined.divisor.span(), 4..11);
        assert!(undefined.value.interval.contains(Decimal::ZERO));
        let fine = parse("a / 0.5 == 1").unwrap();
        assert!(fine.left.evaluate(&value).is_ok());
    }

    #[test]
    fn rendering_substitutes_figures_and_keeps_parentheses() {
        let text = "(a + b) * 2 - -c == d";
        let equation = parse(text).unwrap();
        let mut out = String::new();
        equation
            .left
            .render(text, &|slot| ["67", "8", "1"][slot].to_string(), &mut out);
        assert_eq!(out, "(67 + 8) * 2 - -1");
        assert_eq!(&text[equation.left.span()], "(a + b) * 2 - -c");
        assert_eq!(
            equation
                .claims
                .iter()
                .map(|r| &text[r.clone()])
                .collect::<Vec<_>>(),
            vec!["a", "b", "c", "d"]
        );
    }

    #[test]
    fn additive_terms_stop_at_products() {
        let equation = parse("a + (b - c) * d + -e == f").unwrap();
        let (mut terms, mut sums) = (Vec::new(), Vec::new());
        equation.left.additive_terms(&mut terms, &mut sums);
        equation.right.additive_terms(&mut terms, &mut sums);
        assert_eq!(terms, vec![0, 4, 5]);
        assert_eq!(sums, vec![vec![1, 2], vec![3]]);
    }
}
