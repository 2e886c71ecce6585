//! The `equation` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain equation`).
//!
//! ```yaml
//! - id: gansu-exited-and-remaining-make-the-total
//!   kind: equation
//!   expression: gansu-counties-exited-by-2019 + gansu-counties-remaining-2019 == gansu-poor-counties
//!   tolerance: "1%"        # optional: "0.01" (absolute) or "1%" (relative)
//! ```
//!
//! The expression is closed arithmetic over claim ids and decimal literals: `+ - * /`,
//! parentheses, unary minus, and exactly one comparison at the top (`== != <= < >= >`);
//! see [`expr`] for the grammar. **Claim ids contain hyphens, so the minus operator needs
//! spaces around it after an id: `a - b`; `a-b` is the one id `a-b`.** An unknown id that
//! is really two ids (or an id and a number) joined by a hyphen is reported with the
//! spaced-out suggestion.
//!
//! # What a figure stands for
//!
//! Each claim id stands for the interval of its value ([`crate::quantity`]):
//! `11,487.39` is `[11487.385, 11487.395)`, `3.29 million` is `[3285000, 3295000)`, "more
//! than 10,000" is `(10000, +inf)`. A whole count written to the unit (`67`, `7,993`,
//! `three`: [`crate::quantity::Quantity::is_exact_count`]) stands for exactly that
//! number: the only whole number in `[66.5, 67.5)` is 67, and counties, villages or people
//! are not counted in fractions, so `67 + 9 == 75` fails (summing the intervals would give
//! `[75, 77)` and hide the missing county). Literals are exact. Both sides are computed with interval
//! arithmetic, so a side is the set of every value the true figures could give. Then:
//!
//! - `==` holds when the two sides overlap: some true figures make them equal;
//! - `<=`, `<`, `>=`, `>` hold when they *possibly* hold: some value of the left and some
//!   value of the right satisfy them (an honest rounding never fails a rule);
//! - `!=` fails only when both sides are the same single exact value (literals and whole
//!   counts are exact; a rounded figure never is).
//!
//! `tolerance:` widens the right-hand side before comparing: an absolute tolerance `t` by
//! `t` on each side, a relative one (`1%`) by that share of the right side's largest
//! magnitude. The right side is the one widened because it is usually the total or the
//! reference figure, so "1%" means 1% of the total. With `!=`, a tolerance makes two exact
//! sides within it count as equal. Tolerances are read as exact decimals.
//!
//! A division by a side that may be 0 (its interval contains 0) is reported as
//! `equation-undefined` instead of being evaluated.
//!
//! # A claim named more than once
//!
//! A claim is one figure however many times the expression names it: `a - a` is 0, not
//! anything within twice `a`'s rounding, and `a + b == a + c` compares `b` with `c`. Interval
//! arithmetic alone would read each place as its own figure, so the relation is rewritten
//! first ([`expr::Linear`]): the left side minus the right as a sum over the claims, each
//! with one coefficient, plus a constant (`a + b - a - c` is `b - c`), whose interval is
//! computed from each claim's interval once. That is exact wherever every claim named more
//! than once is added, subtracted, negated, or multiplied or divided by a part whose claims
//! all cancel or that names none (`2 * a`, `a / 4`, `(a + b) * 0.5`). A product or quotient
//! of claims each named once (`d * e`) is a figure of its own in that sum, as it shares
//! nothing with the rest. Coefficients come from the literals alone and are exact, but for
//! an inexact quotient (`a / 3`), whose coefficient is an interval rounded outward.
//!
//! The comparison is then decided on the difference `D` (left minus right), with the same
//! meaning as above, for the same values of the claims on both sides:
//!
//! - `==` holds when `D` can be 0: some values of the claims, each within its rounding, make
//!   the two sides equal; `<=`, `<`, `>=`, `>` hold when `D` can be at most, below, at
//!   least, above 0. Open and closed ends are kept: `a + 1 - a < 1` fails, `<= 1` holds.
//! - `!=` fails only when the two sides cannot differ: `D` is one exact number, 0 (`a + 1 !=
//!   a + 1` fails although `a` is rounded: whatever `a` is, the sides are the same number).
//!   With each claim named once, that is when both sides are the same exact value, as above.
//! - `tolerance:` lets `D` be within `[-t, t]` of 0 instead: `t` for an absolute tolerance;
//!   for a relative one, that share of the largest magnitude of the right side's own
//!   interval (the right side as it stands, its claims read once within it, whatever it
//!   shares with the left), which is what widening the right side by it comes to.
//!
//! Each side's own interval, shown in the notes, is read with its claims once too. A
//! failing finding's notes say which claims are named more than once and give `D` by
//! claim id and by figure with its interval (`b - c = 9 - 10 = -1, which stands for (-2,
//! 0)`), and its facts carry `difference`. When reading each place as its own figure would
//! have let the relation pass, the message says the repeated claims are why.
//!
//! A relation naming no claim twice is computed exactly as before: every message, note
//! and interval is the side-by-side reading above.
//!
//! Where a claim named more than once is multiplied or divided by another claim, or by
//! itself (`a * a`, `a / (a + b)`, `2 * a * b`), no such sum exists, and the relation is read
//! place by place, each place its own figure within its rounding: the sides hold every value
//! the claims give and more, so `==` and the orderings can pass where one figure per claim
//! would fail, never the reverse, and a failure stands. A failing finding then says so in a
//! note, naming the product or quotient. So does one whose sum, read with one figure per
//! claim, has a step beyond what an exact decimal holds. A divisor is computed as written,
//! except one whose claims all cancel: `b / (a - a + 2)` is `b / 2`.
//!
//! # Findings
//!
//! A failing relation is one finding: the message gives both sides as written with their
//! figures; the primary label is on the value of the claim referenced last on the
//! right-hand side (the total is usually on the right, and it is the figure a reader
//! checks first), or, when the right side names no claim, on the last claim of the left
//! side; every other claim's value gets a secondary label, and the notes show each side's
//! arithmetic and interval. Claims added, subtracted or compared in different units
//! (`unit_name()`) get a note on the finding; they are not a finding of their own, unless
//! one of the units is money or a measure (euros and francs, km and miles, yuan and
//! households): such figures add up to nothing until converted, so the relation is not
//! evaluated, whether its figures happen to add up or not, and the rule says so (CC133),
//! naming the claims of each unit. A percentage and percentage points mix as a difference
//! of two percentages does; counts of different things (counties and districts) mix too,
//! with the note.
//!
//! An equation names its claims in its expression: a `select:` on it is an error (CC010),
//! since it would narrow nothing the rule checks.
//!
//! Cost: parsing, resolving the ids (one hash lookup each) and evaluating are each one pass
//! over the expression, so all equation rules together cost O(total expression size). An
//! expression naming a claim twice is also rewritten as a sum: each term is merged into its
//! claim's by a hash lookup, and each product scales its sum once, so that costs the
//! expression's size times its nesting depth (at most [`expr::MAX_DEPTH`]).
//!
//! # Where each part is written
//!
//! This file holds the kind's entry ([`KIND`]) and what its parts share: the rule as read,
//! its tolerance, and how a relation names and reads its claims. [`expr`] parses and
//! computes the expression; `read.rs` reads a rule's fields; `evaluate.rs` judges the
//! relation; `show.rs` writes its figures and sides in a finding; `fails.rs`, `undefined.rs`
//! and `units.rs` word CC131, CC132 and CC133.

pub mod expr;

mod evaluate;
mod fails;
mod read;
mod show;
mod undefined;
mod units;

use super::Kind;
use crate::codes::Code;
use crate::diagnostic::Located;
use crate::hashing::HashMap;
use crate::model::ClaimId;
use crate::quantity::{Decimal, Interval};
use crate::syntax::spec::{Field, Shape};
use expr::{Equation, Expr, Linear, Value};

pub const KIND: Kind = Kind {
    name: "equation",
    summary: "an arithmetic relation over claims holds, within rounding (and an optional tolerance)",
    fields: &[
        Field::required(
            "expression",
            Shape::Text,
            "The relation to check, over claim ids and numbers with + - * / and parentheses, \
             compared with == != < <= > >=, e.g. `part-a + part-b == total`.",
        ),
        Field::optional(
            "tolerance",
            Shape::Figure,
            "How far the two sides may differ beyond rounding: an amount in the claims' unit \
             (0.01) or a share of the right side (1%).",
        ),
    ],
    codes: &[
        Code::EquationFails,
        Code::EquationUndefined,
        Code::EquationMixesUnits,
    ],
    example: "\
rules:
  - id: exited-and-remaining-make-the-total
    kind: equation
    expression: counties-exited-by-2019 + counties-remaining-2019 == poor-counties
    tolerance: 1%
",
    read: read::read,
    claims_named_in: Some("its `expression:`"),
};

/// An equation rule, its claims resolved.
#[derive(Debug)]
struct EquationRule {
    /// The `expression:` as written, for labels inside it.
    expression: Located<String>,
    equation: Equation,
    /// The claim each slot of [`Equation::claims`] names.
    claims: Vec<ClaimId>,
    tolerance: Option<Tolerance>,
}

/// How far the right-hand side may be from the left.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Tolerance {
    /// As written: `0.01`, `1%`.
    text: String,
    amount: Amount,
    /// Where it is written.
    at: crate::diagnostic::Location,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Amount {
    /// In the claims' unit.
    Absolute(Decimal),
    /// A share of the right side's magnitude: `1%` is 0.01.
    Relative(Decimal),
}

impl Tolerance {
    fn widen(&self, interval: &Interval) -> Interval {
        match self.amount {
            Amount::Absolute(t) => interval.widen(t),
            Amount::Relative(f) => interval.widen_relative(f),
        }
    }

    /// `[-t, t]`: how far from 0 the left side minus the right may be, `right` being the
    /// right side, whose magnitude a relative tolerance is a share of.
    fn window(&self, right: &Interval) -> Interval {
        match self.amount {
            Amount::Absolute(t) => Interval::exact(Decimal::ZERO).widen(t),
            Amount::Relative(f) => right.relative_window(f),
        }
    }
}

/// How the expression names its claims: which slots name one claim, and how often.
struct Naming {
    /// For each slot, the first slot that names the same claim.
    first: Vec<usize>,
    /// For each slot, how many slots name its claim.
    times: Vec<usize>,
}

impl Naming {
    fn of(claims: &[ClaimId]) -> Naming {
        let mut first_of: HashMap<ClaimId, usize> = HashMap::default();
        let mut count: HashMap<ClaimId, usize> = HashMap::default();
        let first = claims
            .iter()
            .enumerate()
            .map(|(slot, &id)| {
                *count.entry(id).or_insert(0) += 1;
                *first_of.entry(id).or_insert(slot)
            })
            .collect();
        let times = claims.iter().map(|id| count[id]).collect();
        Naming { first, times }
    }

    fn is_repeated(&self, slot: usize) -> bool {
        self.times.get(slot).is_some_and(|&times| times > 1)
    }

    /// The first slot of each claim named more than once, in the order first named.
    fn repeated(&self) -> Vec<usize> {
        (0..self.first.len())
            .filter(|&slot| self.first[slot] == slot && self.is_repeated(slot))
            .collect()
    }
}

/// The relation read with each claim one figure wherever it is named.
struct OneFigure<'e> {
    /// The left side minus the right, each claim one variable.
    difference: Linear<'e>,
    /// What the difference stands for.
    value: Value,
    /// Each side with its own claims one figure.
    left: Value,
    right: Value,
    /// How far from 0 the difference may be: `[0, 0]`, or the tolerance's.
    window: Interval,
    /// Whether reading each place as its own figure would have let the relation pass (or
    /// left it uncomputed): the repeated claims are why it fails.
    decisive: bool,
}

/// Why an expression naming a claim more than once is read place by place.
enum PlaceByPlace<'e> {
    /// A product or quotient of claims that names a repeated claim (`a * a`).
    NotLinear(&'e Expr),
    /// Read with one figure per claim, a step lies beyond what an exact decimal holds.
    OutOfRange,
}

/// How a failing relation was read.
enum Reading<'e> {
    /// Place by place, as written: every claim is named once, or (`Some`) one is named more
    /// than once and the expression could not be read with one figure per claim.
    AsWritten(Option<PlaceByPlace<'e>>),
    OneFigure(Box<OneFigure<'e>>),
}

#[cfg(test)]
mod tests {
    use crate::check;
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    pub(super) fn rule(expression: &str) -> String {
        format!("rules:\n  - id: sums\n    kind: equation\n    expression: \"{expression}\"\n")
    }

    pub(super) fn rule_with_tolerance(expression: &str, tolerance: &str) -> String {
        format!("{}    tolerance: \"{tolerance}\"\n", rule(expression))
    }

    /// Claims `id: figure` with a unit, in the test article.
    pub(super) fn claims(figures: &[(&str, &str, &str)]) -> String {
        let mut text = "source: article\nclaims:\n".to_string();
        for (id, value, unit) in figures {
            text.push_str(&format!(
                "  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: \"{value}\", unit: {unit} }}\n"
            ));
        }
        text
    }

    pub(super) const GANSU: &[(&str, &str, &str)] = &[
        ("gansu-counties-exited-by-2019", "67", "county"),
        ("gansu-counties-remaining-2019", "8", "county"),
        ("gansu-poor-counties", "75", "county"),
    ];

    pub(super) const GUIZHOU: &[(&str, &str, &str)] = &[
        ("guizhou-income-surveyed-households", "11,487.39", "yuan"),
        ("guizhou-income-above-2020-standard", "7487.39", "yuan"),
        ("guizhou-income-of-poor-province", "9925.38", "yuan"),
        ("guizhou-income-above-province-average", "1562.01", "yuan"),
    ];

    pub(super) const GANSU_SUM: &str =
        "gansu-counties-exited-by-2019 + gansu-counties-remaining-2019 == gansu-poor-counties";

    pub(super) const GUIZHOU_AVERAGE: &str = "guizhou-income-surveyed-households - guizhou-income-above-province-average == guizhou-income-of-poor-province";

    pub(super) const GUIZHOU_STANDARD: &str =
        "guizhou-income-surveyed-households - guizhou-income-above-2020-standard == 4000";

    pub(super) fn checked(expression: &str, figures: &[(&str, &str, &str)]) -> check::Outcome {
        check_files(&[
            ("rules/r.yaml", &rule(expression)),
            ("claims/c.yaml", &claims(figures)),
        ])
    }

    pub(super) fn with(
        figures: &[(&str, &str, &str)],
        id: &str,
        value: &str,
    ) -> Vec<(String, String, String)> {
        figures
            .iter()
            .map(|(i, v, u)| {
                let v = if *i == id { value } else { v };
                (i.to_string(), v.to_string(), u.to_string())
            })
            .collect()
    }

    pub(super) fn borrowed(owned: &[(String, String, String)]) -> Vec<(&str, &str, &str)> {
        owned
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
            .collect()
    }

    /// Figures for the tests of a claim named more than once: one rounded to the hundred
    /// thousand, two rounded to the unit, and whole counts.
    pub(super) const NAMED_TWICE: &[(&str, &str, &str)] = &[
        ("a", "1.5 million", "ton"),
        ("b", "9", "ton"),
        ("c", "10", "ton"),
        ("n", "67", "county"),
        ("x", "1030", "household"),
        ("y", "1000", "household"),
    ];

    pub(super) fn data(outcome: &check::Outcome) -> serde_json::Value {
        outcome.diagnostics[0]
            .data
            .as_ref()
            .unwrap()
            .value()
            .clone()
    }

    #[test]
    fn a_select_on_an_equation_is_an_error_not_a_narrowing_that_never_happens() {
        // The expression names every claim the rule checks: a `select:` cannot narrow it,
        // and ignoring one would let the author believe it does.
        let rule = format!("{}    select: {{ metric: nothing }}\n", rule(GANSU_SUM));
        let outcome = check_files(&[("rules/r.yaml", &rule), ("claims/c.yaml", &claims(GANSU))]);
        assert_eq!(codes(&outcome), vec![Code::UnknownField]);
        assert_eq!(primary_text(&outcome, 0), "select");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`select` does not apply to an `equation` rule"
        );
        assert!(outcome.rules.is_empty(), "the rule does not run");
    }
}
