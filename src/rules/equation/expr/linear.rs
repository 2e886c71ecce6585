//! One figure per claim: an expression rewritten as a [`Linear`] form, a sum of
//! `coefficient * variable` terms plus a constant with one variable per claim, so that a
//! claim named more than once is read as one figure.

use super::{Expr, Nominal, Op, Value, single_value};
use crate::hashing::HashMap;
use crate::quantity::Decimal;

impl Value {
    /// `self op other`, the interval and the stated arithmetic alike; `None` for a division
    /// by a value that may be zero.
    fn apply(self, op: Op, other: Value) -> Option<Value> {
        let interval = match op {
            Op::Add => self.interval.add(&other.interval),
            Op::Sub => self.interval.sub(&other.interval),
            Op::Mul => self.interval.mul(&other.interval),
            Op::Div => self.interval.div(&other.interval)?,
        };
        Some(Value {
            interval,
            nominal: self.nominal.combine(op, other.nominal),
        })
    }

    pub fn negate(self) -> Value {
        Value {
            interval: self.interval.neg(),
            nominal: self.nominal.negate(),
        }
    }

    /// Whether this is exactly `x`.
    fn is(&self, x: Decimal) -> bool {
        single_value(&self.interval) == Some(x)
    }
}

/// A variable of a [`Linear`] form.
#[derive(Clone, Copy, Debug)]
pub enum Variable<'e> {
    /// A claim, by the first slot of [`Equation::claims`](super::Equation::claims) that
    /// names it.
    Claim(usize),
    /// A product or quotient of claims that the equation names nowhere else (`d * e`,
    /// `d / (e + f)`): nothing else moves with it, so it is a figure of its own, computed
    /// as written.
    Part(&'e Expr),
}

/// An expression as a sum of `coefficient * variable` terms plus a constant, each claim one
/// variable however many times it is named: `a + b - a` is `0 * a + 1 * b + 0`. The
/// coefficients and the constant are computed from literals alone, so they are exact, or
/// for an inexact quotient (`a / 3`) an interval rounded outward around the exact one.
/// Computing its value from each claim's interval once is what reads a claim named twice as
/// one figure.
#[derive(Clone, Debug)]
pub struct Linear<'e> {
    /// In order of first appearance; a claim's coefficient may have come to 0.
    terms: Vec<(Variable<'e>, Value)>,
    constant: Value,
    /// Where each claim's term is in `terms`, by its first slot: a sum may have thousands.
    claim_at: HashMap<usize, usize>,
    /// How many terms have a coefficient that may be non-zero, kept so that whether the form
    /// is a constant is known without a pass over its terms.
    nonzero: usize,
}

impl<'e> Linear<'e> {
    fn constant(value: Value) -> Linear<'e> {
        Linear {
            terms: Vec::new(),
            constant: value,
            claim_at: HashMap::default(),
            nonzero: 0,
        }
    }

    fn variable(variable: Variable<'e>) -> Linear<'e> {
        let mut form = Linear::constant(Value::exact(Decimal::ZERO));
        if let Variable::Claim(slot) = variable {
            form.claim_at.insert(slot, 0);
        }
        form.terms.push((variable, Value::exact(Decimal::ONE)));
        form.nonzero = 1;
        form
    }

    /// Whether no claim is left in it: every coefficient is 0.
    pub fn is_constant(&self) -> bool {
        self.nonzero == 0
    }

    /// The terms whose coefficient may be non-zero, in order of first appearance.
    pub fn terms(&self) -> impl Iterator<Item = &(Variable<'e>, Value)> {
        self.terms
            .iter()
            .filter(|(_, coefficient)| !coefficient.is(Decimal::ZERO))
    }

    pub fn constant_term(&self) -> Value {
        self.constant
    }

    /// Adds `other` to this form, or subtracts it when `negate`.
    pub fn add(&mut self, other: Linear<'e>, negate: bool) {
        let op = if negate { Op::Sub } else { Op::Add };
        for (variable, coefficient) in other.terms {
            let at = match variable {
                Variable::Claim(slot) => self.claim_at.get(&slot).copied(),
                Variable::Part(_) => None,
            };
            match at {
                Some(at) => {
                    let before = &mut self.terms[at].1;
                    let was_zero = before.is(Decimal::ZERO);
                    // Sums and differences always have a value.
                    if let Some(sum) = before.apply(op, coefficient) {
                        *before = sum;
                    }
                    match (was_zero, before.is(Decimal::ZERO)) {
                        (true, false) => self.nonzero += 1,
                        (false, true) => self.nonzero -= 1,
                        _ => {}
                    }
                }
                None => {
                    if let Variable::Claim(slot) = variable {
                        self.claim_at.insert(slot, self.terms.len());
                    }
                    if !coefficient.is(Decimal::ZERO) {
                        self.nonzero += 1;
                    }
                    let coefficient = if negate {
                        coefficient.negate()
                    } else {
                        coefficient
                    };
                    self.terms.push((variable, coefficient));
                }
            }
        }
        if let Some(constant) = self.constant.apply(op, other.constant) {
            self.constant = constant;
        }
    }

    fn negate(mut self) -> Linear<'e> {
        for (_, coefficient) in &mut self.terms {
            *coefficient = coefficient.negate();
        }
        self.constant = self.constant.negate();
        self
    }

    /// Every coefficient and the constant multiplied by `factor`. A product beyond the range
    /// of exact decimals is left unbounded, and [`Linear::evaluate`] then declines.
    fn scale(mut self, factor: Value) -> Linear<'e> {
        if factor.is(Decimal::ONE) {
            return self;
        }
        self.nonzero = 0;
        for (_, coefficient) in &mut self.terms {
            // Products always have a value.
            if let Some(product) = coefficient.apply(Op::Mul, factor) {
                *coefficient = product;
            }
            if !coefficient.is(Decimal::ZERO) {
                self.nonzero += 1;
            }
        }
        if let Some(product) = self.constant.apply(Op::Mul, factor) {
            self.constant = product;
        }
        self
    }

    /// The value of the form, each variable standing for its value once: `claim(slot)` for
    /// a claim, the part computed as written. `None` when a coefficient, the constant or a
    /// step of the sum lies beyond what an exact decimal holds, or a part cannot be
    /// computed: the caller then computes the expression as written.
    pub fn evaluate(&self, claim: &dyn Fn(usize) -> Value) -> Option<Value> {
        let within = |value: &Value| value.interval.is_bounded();
        let mut sum: Option<Value> = None;
        for (variable, coefficient) in self.terms() {
            let value = match variable {
                Variable::Claim(slot) => claim(*slot),
                Variable::Part(part) => part.evaluate(claim).ok()?,
            };
            if !within(coefficient) {
                return None;
            }
            let term = if coefficient.is(Decimal::ONE) {
                value
            } else if coefficient.is(-Decimal::ONE) {
                value.negate()
            } else {
                bounded_step(value, Op::Mul, *coefficient)?
            };
            sum = Some(match sum {
                None => term,
                Some(sum) => bounded_step(sum, Op::Add, term)?,
            });
        }
        if !within(&self.constant) {
            return None;
        }
        match sum {
            None => Some(self.constant),
            Some(sum) if self.constant.is(Decimal::ZERO) => Some(sum),
            Some(sum) => bounded_step(sum, Op::Add, self.constant),
        }
    }
}

/// `left op right`, or `None` when the result left the range of exact decimals though both
/// operands are bounded.
fn bounded_step(left: Value, op: Op, right: Value) -> Option<Value> {
    let result = left.apply(op, right)?;
    let overflowed =
        left.interval.is_bounded() && right.interval.is_bounded() && !result.interval.is_bounded();
    (!overflowed).then_some(result)
}

impl Expr {
    /// This expression as a [`Linear`] form: `canonical(slot)` is the first slot naming the
    /// same claim as `slot`, and `repeated(slot)` whether the equation names that claim more
    /// than once. A product or quotient in which both operands name claims (or a claim
    /// divides) is a [`Variable::Part`] when it names no repeated claim; when it names one,
    /// the form does not exist and the `Err` is that product or quotient, as written.
    pub fn linear(
        &self,
        canonical: &dyn Fn(usize) -> usize,
        repeated: &dyn Fn(usize) -> bool,
    ) -> Result<Linear<'_>, &Expr> {
        match self {
            Expr::Number { value, .. } => Ok(Linear::constant(Value::exact(*value))),
            Expr::Claim { slot, .. } => Ok(Linear::variable(Variable::Claim(canonical(*slot)))),
            Expr::Group { inner, .. } => inner.linear(canonical, repeated),
            Expr::Neg { operand, .. } => Ok(operand.linear(canonical, repeated)?.negate()),
            Expr::Chain { first, rest, .. } => {
                if rest.first().is_some_and(|(op, _)| op.is_additive()) {
                    let mut sum = first.linear(canonical, repeated)?;
                    for (op, operand) in rest {
                        sum.add(operand.linear(canonical, repeated)?, *op == Op::Sub);
                    }
                    return Ok(sum);
                }
                self.linear_product(canonical, repeated)
            }
        }
    }

    /// A product or quotient chain as a [`Linear`] form: at most one factor may name a
    /// claim that does not cancel, and it may not divide; the others, constants, are
    /// multiplied together first and scale it once, so that a long chain of constants
    /// costs one pass over its terms. A chain whose constants multiply to exactly 0 is 0
    /// whatever its claims are, also where a claim divides it (`(total - total) / adults`):
    /// where that divisor may be 0 the chain has no value, and no value of its claims makes
    /// it anything but 0 either, so the relation still judges none of them.
    fn linear_product(
        &self,
        canonical: &dyn Fn(usize) -> usize,
        repeated: &dyn Fn(usize) -> bool,
    ) -> Result<Linear<'_>, &Expr> {
        let Expr::Chain { first, rest, .. } = self else {
            return self.linear(canonical, repeated);
        };
        let mut factor = Value::exact(Decimal::ONE);
        let mut scaled: Option<Linear> = None;
        let mut a_part = false;
        let operands =
            std::iter::once((Op::Mul, &**first)).chain(rest.iter().map(|(op, e)| (*op, e)));
        for (op, operand) in operands {
            let form = operand.linear(canonical, repeated)?;
            if form.is_constant() {
                factor = factor.apply(op, form.constant).ok_or(self)?;
            } else if op == Op::Div || scaled.is_some() {
                a_part = true;
            } else {
                scaled = Some(form);
            }
        }
        if single_value(&factor.interval) == Some(Decimal::ZERO) {
            return Ok(Linear::constant(factor));
        }
        if a_part {
            return self.as_part(repeated);
        }
        Ok(match scaled {
            Some(form) => form.scale(factor),
            None => Linear::constant(factor),
        })
    }

    /// This product or quotient as a figure of its own, when it names no repeated claim.
    fn as_part(&self, repeated: &dyn Fn(usize) -> bool) -> Result<Linear<'_>, &Expr> {
        let mut slots = Vec::new();
        self.slots(&mut slots);
        if slots.iter().any(|&slot| repeated(slot)) {
            return Err(self);
        }
        Ok(Linear::variable(Variable::Part(self)))
    }

    /// The stated arithmetic alone ([`Nominal`]): what [`Expr::evaluate`] gives as its
    /// nominal, without computing intervals, so that it exists whatever a divisor's
    /// interval holds.
    pub fn nominal(&self, claim: &dyn Fn(usize) -> Nominal) -> Nominal {
        match self {
            Expr::Number { value, .. } => Nominal::Exact(*value),
            Expr::Claim { slot, .. } => claim(*slot),
            Expr::Group { inner, .. } => inner.nominal(claim),
            Expr::Neg { operand, .. } => operand.nominal(claim).negate(),
            Expr::Chain { first, rest, .. } => rest
                .iter()
                .fold(first.nominal(claim), |acc, (op, operand)| {
                    acc.combine(*op, operand.nominal(claim))
                }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::d;
    use super::super::{Equation, parse};
    use super::*;
    use crate::quantity::{Bound, Interval, Quantity};
    use proptest::prelude::*;

    /// The left side minus the right of `text` as a [`Linear`] form, each claim id one
    /// variable however many times it is named, or the part that is not linear in a
    /// repeated claim, as written.
    fn difference<'e>(equation: &'e Equation, text: &str) -> Result<Linear<'e>, String> {
        let ids: Vec<&str> = equation.claims.iter().map(|r| &text[r.clone()]).collect();
        let first = |slot: usize| ids.iter().position(|id| *id == ids[slot]).unwrap_or(slot);
        let repeated = |slot: usize| ids.iter().filter(|id| **id == ids[slot]).count() > 1;
        let not_linear = |part: &Expr| text[part.span()].to_string();
        let mut difference = equation
            .left
            .linear(&first, &repeated)
            .map_err(not_linear)?;
        difference.add(
            equation
                .right
                .linear(&first, &repeated)
                .map_err(not_linear)?,
            true,
        );
        Ok(difference)
    }

    /// The value of the left side minus the right of `text`, each claim id standing for its
    /// figure in `figures` (`id`, figure) wherever it is named.
    fn one_figure(text: &str, figures: &[(&str, &str)]) -> Value {
        let equation = parse(text).unwrap();
        let ids: Vec<&str> = equation.claims.iter().map(|r| &text[r.clone()]).collect();
        let value = |slot: usize| {
            let figure = figures.iter().find(|(id, _)| *id == ids[slot]).unwrap().1;
            let q = Quantity::parse(figure).unwrap();
            Value {
                interval: q.interval,
                nominal: Nominal::Exact(q.value),
            }
        };
        let difference = difference(&equation, text).unwrap();
        difference.evaluate(&value).unwrap()
    }

    /// The part of `text` that is not linear in a claim it names more than once.
    fn not_linear(text: &str) -> String {
        let equation = parse(text).unwrap();
        difference(&equation, text).unwrap_err()
    }

    #[test]
    fn a_claim_minus_itself_is_exactly_zero() {
        let a = [("a", "1.5 million")];
        let difference = one_figure("a - a == 0", &a);
        assert_eq!(difference.interval, Interval::exact(d("0")));
        assert_eq!(difference.nominal, Nominal::Exact(d("0")));
        // Named at each place, it would be anything within twice its rounding.
        let equation = parse("a - a == 0").unwrap();
        let place = |_| Value {
            interval: Quantity::parse("1.5 million").unwrap().interval,
            nominal: Nominal::Unknown,
        };
        let as_written = equation.left.evaluate(&place).unwrap();
        assert_eq!(as_written.interval.to_string(), "(-100000, 100000)");
        // A bound is one figure too: "more than 10,000" minus itself is 0.
        let more = one_figure("m - m == 0", &[("m", "more than 10,000")]);
        assert_eq!(more.interval, Interval::exact(d("0")));
    }

    #[test]
    fn what_cancels_leaves_the_other_claims_with_their_open_and_closed_ends() {
        let figures = [("a", "1.5 million"), ("b", "9"), ("c", "10")];
        // a + b - a - c is b - c: [8.5, 9.5) - [9.5, 10.5) is (-2, 0), open at both ends.
        let difference = one_figure("a + b - a == c", &figures);
        assert_eq!(difference.interval.to_string(), "(-2, 0)");
        assert_eq!(difference.nominal, Nominal::Exact(d("-1")));
        assert_eq!(
            one_figure("a + b == a + b", &figures).interval,
            Interval::exact(d("0"))
        );
        // 2 * b - b is b, closed below and open above as b is.
        assert_eq!(
            one_figure("2 * b - b == 0", &figures).interval.to_string(),
            "[8.5, 9.5)"
        );
        assert_eq!(
            one_figure("-(c - b) + b == 0", &figures)
                .interval
                .to_string(),
            "(6.5, 9.5)",
            "2b - c: [17, 19) - [9.5, 10.5)"
        );
    }

    #[test]
    fn a_chain_multiplied_to_zero_is_zero_whatever_divides_it() {
        let figures = [("t", "1,200"), ("a", "900"), ("b", "3.5")];
        for text in [
            "(t - t) / a == 0",
            "(t - t) * a / b == 0",
            "a / b * (t - t) == 0",
            "a * b * 0 == 0",
        ] {
            let difference = one_figure(text, &figures);
            assert_eq!(difference.interval, Interval::exact(d("0")), "{text}");
            assert_eq!(difference.nominal, Nominal::Exact(d("0")), "{text}");
        }
        // A product of claims that no zero multiplies stays a figure of its own.
        let quotient = "a / b == 0";
        assert!(
            !difference(&parse(quotient).unwrap(), quotient)
                .unwrap()
                .is_constant()
        );
        // A constant zero divisor is still no value at all.
        assert_eq!(not_linear("(t - t) / a / 0 == 0"), "(t - t) / a / 0");
    }

    #[test]
    fn constants_scale_a_claim_once_however_they_are_grouped() {
        let figures = [("a", "1.5"), ("b", "9")];
        // (a + b) * 2 - 2 * a is 2b: [17, 19).
        assert_eq!(
            one_figure("(a + b) * 2 - 2 * a == 0", &figures)
                .interval
                .to_string(),
            "[17, 19)"
        );
        // A divisor whose claims cancel is a constant: b / (a - a + 2) is b / 2.
        assert_eq!(
            one_figure("b / (a - a + 2) == 0", &figures)
                .interval
                .to_string(),
            "[4.25, 4.75)"
        );
        // An inexact quotient scales by an interval around the exact coefficient.
        let third = one_figure("a / 3 * 3 - a == 0", &figures);
        assert!(third.interval.contains(d("0")));
        assert!(third.interval.width().unwrap() < d("0.000000000000000000001"));
    }

    #[test]
    fn a_product_of_claims_named_once_is_a_figure_of_its_own() {
        let figures = [("a", "1.5 million"), ("b", "9"), ("c", "10")];
        // b * c: [8.5 * 9.5, 9.5 * 10.5) = [80.75, 99.75); a cancels.
        let difference = one_figure("b * c + a - a == 0", &figures);
        assert_eq!(difference.interval.to_string(), "[80.75, 99.75)");
    }

    #[test]
    fn a_repeated_claim_in_a_product_or_quotient_of_claims_has_no_linear_form() {
        assert_eq!(not_linear("a * a == 2"), "a * a");
        assert_eq!(not_linear("a / (a + b) == 0.1"), "a / (a + b)");
        assert_eq!(not_linear("2 * a * b == a"), "2 * a * b");
        // Multiplying by a literal is linear.
        let doubled = parse("a * 2 == a + a").unwrap();
        assert!(difference(&doubled, "a * 2 == a + a").is_ok());
    }

    #[test]
    fn the_stated_arithmetic_needs_no_interval() {
        let equation = parse("a / (b - 8) == 1").unwrap();
        let figure = |slot: usize| Nominal::Exact([d("16"), d("10")][slot]);
        assert_eq!(equation.left.nominal(&figure), Nominal::Exact(d("8")));
        let third = parse("1 / 3 == 0").unwrap();
        assert!(matches!(third.left.nominal(&figure), Nominal::About(_)));
    }

    /// A side of claims `a`, `b`, `c` (each may be named many times) and numbers, nested.
    fn side_text() -> impl Strategy<Value = String> {
        let leaf = prop::sample::select(vec!["a", "b", "c", "2", "0.5", "3", "-a"]);
        leaf.prop_map(String::from)
            .prop_recursive(4, 24, 2, |inner| {
                (
                    inner.clone(),
                    prop::sample::select(vec!["+", "-", "*", "/"]),
                    inner,
                )
                    .prop_map(|(left, op, right)| format!("({left} {op} {right})"))
            })
    }

    proptest! {
        /// Read with one figure per claim, the difference holds the value it takes when
        /// every claim is its stated figure at every place: the rewriting never loses a
        /// value the claims can give.
        #[test]
        fn prop_one_figure_per_claim_holds_the_stated_figures(
            left in side_text(),
            right in side_text(),
        ) {
            let text = format!("{left} == {right}");
            let equation = parse(&text).unwrap();
            let figures = [("a", "1.5"), ("b", "9"), ("c", "10")];
            let ids: Vec<&str> = equation.claims.iter().map(|r| &text[r.clone()]).collect();
            let stated = |slot: usize| {
                let figure = figures.iter().find(|(id, _)| *id == ids[slot]).unwrap().1;
                Quantity::parse(figure).unwrap()
            };
            let value = |slot: usize| {
                let q = stated(slot);
                Value { interval: q.interval, nominal: Nominal::Exact(q.value) }
            };
            let nominal = |slot: usize| Nominal::Exact(stated(slot).value);
            let point = equation
                .left
                .nominal(&nominal)
                .combine(Op::Sub, equation.right.nominal(&nominal));
            if let (Ok(difference), Nominal::Exact(x)) = (difference(&equation, &text), point)
                && let Some(value) = difference.evaluate(&value)
            {
                // The point is computed in decimals of 28 digits, each step rounded to the
                // nearest, and so may stand a few units of the last digit off the true
                // value (`2 / 1.5 - 2` is -0.666…667); the interval, rounded outward, holds
                // the true value. Compared with that slack, relative to the point.
                let slack = (x.abs() + Decimal::ONE) * Decimal::new(1, 24);
                let within = Interval::new(Bound::Inclusive(-slack), Bound::Inclusive(slack));
                prop_assert!(
                    value.interval.add(&within).contains(x),
                    "{text}: {x} not in {}",
                    value.interval
                );
            }
        }
    }
}
