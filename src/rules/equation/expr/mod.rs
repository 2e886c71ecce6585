//! The expression language of `equation` rules: closed arithmetic over claims.
//!
//! ```text
//! equation   := side COMPARISON side
//! side       := product (("+" | "-") product)*
//! product    := unary (("*" | "/") unary)*
//! unary      := "-"* atom
//! atom       := NUMBER | CLAIM-ID | "(" side ")"
//! COMPARISON := "==" | "!=" | "<=" | "<" | ">=" | ">"
//! ```
//!
//! That is all there is: no functions, no variables other than claim ids, no other
//! operators. `*` and `/` bind tighter than `+` and `-`; operators of one level group from
//! the left (`10 - 4 - 3` is 3). Exactly one comparison stands at the top, outside any
//! parentheses.
//!
//! # Claim ids, numbers and the minus sign
//!
//! Claim ids are `[a-z0-9][a-z0-9-]*` and usually contain hyphens
//! (`gansu-counties-exited-by-2019`), so a hyphen between letters or digits is part of a
//! word: `a-b` is the one claim id `a-b`, never `a` minus `b`. **Write the minus operator
//! with spaces around it where it follows an id or a number: `a - b`.** A minus sign at
//! the start of a word (`-b`, `a -b`) is always the operator.
//!
//! A word is a run of letters, digits, `_`, `.` and `-` (trailing hyphens are left to the
//! operator: `a- b` is `a - b`). A word made only of digits with at most one `.` between
//! digits (`4000`, `0.5`) is a number, read exactly as a decimal; any other word (one with
//! a letter or a hyphen) is a claim id. `4000-1` is therefore a claim id, and the rule
//! reports it as unknown with the spaced-out suggestion `4000 - 1`.
//!
//! # One figure per claim
//!
//! [`Expr::evaluate`] reads each place a claim is named as its own interval. To read a claim
//! named more than once as one figure, [`Expr::linear`] rewrites an expression as a
//! [`Linear`] form, a sum of `coefficient * variable` terms plus a constant, one variable per
//! claim: a claim enters through `+`, `-`, unary minus, and `*` or `/` by a part that names no
//! claim or whose claims cancel. A product or quotient of two parts naming claims is a
//! variable of its own ([`Variable::Part`]) when none of its claims is named elsewhere; when
//! one is, there is no form, and the caller reads the expression place by place.
//!
//! # Limits
//!
//! Parentheses and leading minus signs may nest at most [`MAX_DEPTH`] levels; deeper
//! input is an error, never a stack overflow. Sums and products of any length are kept
//! flat ([`Expr::Chain`]), so the tree's depth depends only on that nesting. Tokenizing,
//! parsing and evaluating are each one pass: linear in the length of the expression. No
//! input makes these functions panic.
//!
//! # Parts
//!
//! Each in its own file:
//!
//! - `tokens`: the text split into numbers, claim ids, operators, parentheses and
//!   comparisons ([`tokenize`]), and what is wrong with a character or word that is none.
//! - `parser`: the grammar above, read into an [`Equation`] ([`parse`]), and what is
//!   missing or out of place where it fails.
//! - `evaluation`: the interval arithmetic of an [`Expr`] ([`Expr::evaluate`]) beside the
//!   arithmetic of the stated figures ([`Nominal`]), and the walks over an expression that
//!   the rule's messages use.
//! - `linear`: one figure per claim ([`Expr::linear`], [`Linear`]).
//!
//! Everything callers use is re-exported here: they write `expr::parse`, `expr::Value`.

use std::fmt;
use std::ops::Range;

use crate::quantity::{Bound, Decimal, Interval};

mod evaluation;
mod linear;
mod parser;
mod tokens;

pub use evaluation::{Nominal, Undefined, Value, Why};
pub use linear::{Linear, Variable};
pub use parser::parse;
pub use tokens::{Token, TokenKind, tokenize};

/// How deep parentheses and unary minus signs may nest.
pub const MAX_DEPTH: usize = 64;

/// What an expression may contain, for help texts.
pub const LANGUAGE: &str = "an expression uses claim ids, numbers (4000, 0.5), `+ - * /`, \
     parentheses and one comparison: `==`, `!=`, `<=`, `<`, `>=` or `>`";

/// The comparison at the top of an equation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    LessOrEqual,
    Less,
    GreaterOrEqual,
    Greater,
}

impl Comparison {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::Equal => "==",
            Comparison::NotEqual => "!=",
            Comparison::LessOrEqual => "<=",
            Comparison::Less => "<",
            Comparison::GreaterOrEqual => ">=",
            Comparison::Greater => ">",
        }
    }

    /// Whether the comparison holds for every value of each side: what a side computed
    /// beyond the range of exact decimals must show to pass, as it holds more values than
    /// the true figures could give.
    pub fn certainly_holds(self, left: &Interval, right: &Interval) -> bool {
        match self {
            Comparison::Equal => matches!(
                (single_value(left), single_value(right)),
                (Some(l), Some(r)) if l == r
            ),
            Comparison::NotEqual => !left.overlaps(right),
            Comparison::LessOrEqual => left.certainly_less_or_equal(right),
            Comparison::Less => left.certainly_less_than(right),
            Comparison::GreaterOrEqual => left.certainly_greater_or_equal(right),
            Comparison::Greater => left.certainly_greater_than(right),
        }
    }

    /// Whether the relation can hold between a value of `left` and a value of `right`.
    ///
    /// `==` holds when the intervals overlap; `<=`, `<`, `>=`, `>` hold when some pair of
    /// values satisfies them (a rounded figure gets the benefit of the doubt); `!=` fails
    /// only when both sides are the same single exact value.
    pub fn holds(self, left: &Interval, right: &Interval) -> bool {
        match self {
            Comparison::Equal => left.overlaps(right),
            Comparison::LessOrEqual => left.possibly_less_or_equal(right),
            Comparison::Less => left.possibly_less_than(right),
            Comparison::GreaterOrEqual => left.possibly_greater_or_equal(right),
            Comparison::Greater => left.possibly_greater_than(right),
            Comparison::NotEqual => match (single_value(left), single_value(right)) {
                (Some(l), Some(r)) => l != r,
                _ => true,
            },
        }
    }
}

/// The one value of an interval `[v, v]`.
pub fn single_value(interval: &Interval) -> Option<Decimal> {
    match (interval.lower, interval.upper) {
        (Bound::Inclusive(l), Bound::Inclusive(u)) if l == u => Some(l),
        _ => None,
    }
}

/// An arithmetic operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "/",
        }
    }

    /// `+` and `-`, as opposed to `*` and `/`.
    pub fn is_additive(self) -> bool {
        matches!(self, Op::Add | Op::Sub)
    }
}

/// One side of an equation, or a part of it. Every node keeps its byte range in the
/// expression text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A decimal literal, exact.
    Number { value: Decimal, span: Range<usize> },
    /// A claim id; `slot` indexes [`Equation::claims`].
    Claim { slot: usize, span: Range<usize> },
    /// `-operand`.
    Neg {
        operand: Box<Expr>,
        span: Range<usize>,
    },
    /// `(inner)`, kept so that rendering shows the author's grouping.
    Group {
        inner: Box<Expr>,
        span: Range<usize>,
    },
    /// `first op x op y ...`, all operators `+`/`-` or all `*`/`/`, grouped from the left.
    /// Never empty: a lone operand is not wrapped in a chain.
    Chain {
        first: Box<Expr>,
        rest: Vec<(Op, Expr)>,
        span: Range<usize>,
    },
}

impl Expr {
    pub fn span(&self) -> Range<usize> {
        match self {
            Expr::Number { span, .. }
            | Expr::Claim { span, .. }
            | Expr::Neg { span, .. }
            | Expr::Group { span, .. }
            | Expr::Chain { span, .. } => span.clone(),
        }
    }
}

/// A parsed equation: two sides and the comparison between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Equation {
    pub left: Expr,
    pub comparison: Comparison,
    pub comparison_span: Range<usize>,
    pub right: Expr,
    /// Byte range of each claim id, in the order written; [`Expr::Claim`]'s `slot` indexes
    /// this list.
    pub claims: Vec<Range<usize>>,
}

/// A syntax error: what is wrong, where (a byte range of the expression text, on `char`
/// boundaries), what to write instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Range<usize>,
    /// The label under `span`.
    pub label: String,
    pub help: String,
    /// A second place worth showing (the first comparison when there are two).
    pub also: Option<Box<(Range<usize>, String)>>,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}

fn syntax(
    message: impl Into<String>,
    span: Range<usize>,
    label: impl Into<String>,
    help: impl Into<String>,
) -> SyntaxError {
    SyntaxError {
        message: message.into(),
        span,
        label: label.into(),
        help: help.into(),
        also: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(super) fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    pub(super) fn error(text: &str) -> (String, &str) {
        let e = parse(text).unwrap_err();
        (e.message, &text[e.span])
    }

    // --- never panics ---------------------------------------------------------

    fn parse_and_evaluate(text: &str) {
        match parse(text) {
            Ok(equation) => {
                let value = |_| Value::exact(d("1"));
                let _ = equation.left.evaluate(&value);
                let _ = equation.right.evaluate(&value);
                for claim in &equation.claims {
                    assert!(text.get(claim.clone()).is_some());
                }
            }
            Err(e) => {
                assert!(text.get(e.span.clone()).is_some(), "{text:?} {e:?}");
                assert!(!e.message.is_empty() && !e.help.is_empty());
            }
        }
    }

    fn token_soup() -> impl Strategy<Value = String> {
        let tokens = vec![
            "a", "b-c", "-", " - ", "+", "*", "/", "(", ")", "==", "=", "!=", "!", "<", "<=", ">",
            ">=", "4000", "0.5", ".", "1.2.3", " ", "_", "é", "\u{2212}", "%", ",", "A", "9-",
            "--", "×",
        ];
        prop::collection::vec(prop::sample::select(tokens), 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn prop_any_string_parses_without_panic(s in any::<String>()) {
            parse_and_evaluate(&s);
        }

        #[test]
        fn prop_printable_strings_parse_without_panic(s in "\\PC{0,40}") {
            parse_and_evaluate(&s);
        }

        #[test]
        fn prop_token_soup_parses_without_panic(s in token_soup()) {
            parse_and_evaluate(&s);
        }
    }
}
