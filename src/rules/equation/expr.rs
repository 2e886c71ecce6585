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

use std::fmt;
use std::ops::Range;

use crate::hashing::HashMap;
use crate::quantity::{Bound, Decimal, Interval};
use crate::syntax::fields::is_valid_id;

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

    /// Whether the relation can hold between a value of `left` and a value of `right`.
    ///
    /// `==` holds when the intervals overlap; `<=`, `<`, `>=`, `>` hold when some pair of
    /// values satisfies them (a rounded figure gets the benefit of the doubt); `!=` fails
    /// only when both sides are the same single exact value.
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

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Number(Decimal),
    Claim,
    Op(Op),
    Open,
    Close,
    Compare(Comparison),
    /// The end of the text (an empty span at its length).
    End,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

/// Splits `text` into tokens, ending with [`TokenKind::End`]. One pass; the first bad
/// character or word is the error.
pub fn tokenize(text: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let start = i;
        let next = text[i + c.len_utf8()..].chars().next();
        let single = |kind| Token {
            kind,
            span: start..start + 1,
        };
        let double = |kind| Token {
            kind,
            span: start..start + 2,
        };
        let token = match (c, next) {
            _ if c.is_whitespace() => {
                i += c.len_utf8();
                continue;
            }
            _ if c.is_ascii_alphanumeric() || c == '_' || c == '.' => {
                let mut end = start;
                for (offset, w) in text[start..].char_indices() {
                    if !is_word_char(w) {
                        break;
                    }
                    end = start + offset + 1;
                }
                // Trailing hyphens belong to a following minus sign: `a- b` is `a - b`.
                while end > start + 1 && text.as_bytes()[end - 1] == b'-' {
                    end -= 1;
                }
                word(text, start..end)?
            }
            ('+', _) => single(TokenKind::Op(Op::Add)),
            ('-', _) => single(TokenKind::Op(Op::Sub)),
            ('*', _) => single(TokenKind::Op(Op::Mul)),
            ('/', _) => single(TokenKind::Op(Op::Div)),
            ('(', _) => single(TokenKind::Open),
            (')', _) => single(TokenKind::Close),
            ('=', Some('=')) => double(TokenKind::Compare(Comparison::Equal)),
            ('!', Some('=')) => double(TokenKind::Compare(Comparison::NotEqual)),
            ('<', Some('=')) => double(TokenKind::Compare(Comparison::LessOrEqual)),
            ('>', Some('=')) => double(TokenKind::Compare(Comparison::GreaterOrEqual)),
            ('<', Some('>')) => {
                return Err(syntax(
                    "`<>` is not a comparison",
                    start..start + 2,
                    "not a comparison",
                    "write `!=` for \"is not equal to\"",
                ));
            }
            ('<', _) => single(TokenKind::Compare(Comparison::Less)),
            ('>', _) => single(TokenKind::Compare(Comparison::Greater)),
            ('=', Some(other @ ('<' | '>'))) => {
                return Err(syntax(
                    format!("`={other}` is not a comparison"),
                    start..start + 2,
                    "not a comparison",
                    format!("write `{other}=`"),
                ));
            }
            ('=', _) => {
                return Err(syntax(
                    "`=` is not a comparison",
                    start..start + 1,
                    "a single `=`",
                    "write `==` to state that both sides are equal",
                ));
            }
            ('!', _) => {
                return Err(syntax(
                    "`!` is not an operator",
                    start..start + 1,
                    "not an operator",
                    "write `!=` for \"is not equal to\"",
                ));
            }
            _ => return Err(stray(c, start..start + c.len_utf8())),
        };
        i = token.span.end;
        tokens.push(token);
    }
    tokens.push(Token {
        kind: TokenKind::End,
        span: text.len()..text.len(),
    });
    Ok(tokens)
}

/// A number or a claim id.
fn word(text: &str, span: Range<usize>) -> Result<Token, SyntaxError> {
    let w = &text[span.clone()];
    if w.bytes().all(|b| b == b'.') {
        return Err(syntax(
            format!("`{w}` is not a number"),
            span,
            "no digits",
            "a number is digits with at most one `.`, like 0.5",
        ));
    }
    if w.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let points = w.bytes().filter(|&b| b == b'.').count();
        if points > 1 {
            return Err(syntax(
                format!("`{w}` has more than one decimal point"),
                span,
                "not a number",
                "a number is digits with at most one `.`, like 11487.39",
            ));
        }
        if w.starts_with('.') || w.ends_with('.') {
            let fixed = if w.starts_with('.') {
                format!("0{w}")
            } else {
                w.trim_end_matches('.').to_string()
            };
            return Err(syntax(
                format!("`{w}` is not a number"),
                span,
                "digits must stand on both sides of `.`",
                format!("write `{fixed}`"),
            ));
        }
        return match Decimal::from_str_exact(w) {
            Ok(value) => Ok(Token {
                kind: TokenKind::Number(value),
                span,
            }),
            Err(_) => Err(syntax(
                format!("`{w}` has too many digits"),
                span,
                "not representable exactly",
                "a number in an expression has at most 28 significant digits",
            )),
        };
    }
    if is_valid_id(w) {
        return Ok(Token {
            kind: TokenKind::Claim,
            span,
        });
    }
    let suggestion: String = w
        .chars()
        .map(|c| match c {
            '_' | '.' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let suggestion = suggestion.trim_matches('-');
    let help = if !is_valid_id(suggestion) {
        "a claim id has lowercase letters, digits and hyphens only; a number is digits with at \
         most one `.`, like 0.5"
            .to_string()
    } else if w.chars().any(|c| c.is_ascii_uppercase()) {
        format!("claim ids are lowercase: write `{suggestion}`")
    } else if w.contains('_') {
        format!("claim ids use hyphens, not underscores: write `{suggestion}`")
    } else {
        format!("a claim id has no `.`; did you mean `{suggestion}`?")
    };
    Err(syntax(
        format!("`{w}` is neither a claim id nor a number"),
        span,
        "not a claim id or a number",
        help,
    ))
}

/// A character that has no place in an expression.
fn stray(c: char, span: Range<usize>) -> SyntaxError {
    let (what, help) = match c {
        ',' => (
            "a thousands separator".to_string(),
            "write numbers without separators: 11487.39, not 11,487.39".to_string(),
        ),
        '%' => (
            "a percent sign".to_string(),
            "numbers are plain decimals: a claim's percentage is already in percent units, so \
             write `50`, not `50%`"
                .to_string(),
        ),
        '\u{2212}' | '\u{2013}' | '\u{2014}' => (
            "a dash".to_string(),
            "write the minus sign as `-`, with spaces around it".to_string(),
        ),
        '\u{00d7}' | '\u{00b7}' | '\u{22c5}' => {
            ("a multiplication sign".to_string(), "write `*`".to_string())
        }
        '\u{00f7}' => ("a division sign".to_string(), "write `/`".to_string()),
        '\u{2264}' => ("`≤`".to_string(), "write `<=`".to_string()),
        '\u{2265}' => ("`≥`".to_string(), "write `>=`".to_string()),
        '\u{2260}' => ("`≠`".to_string(), "write `!=`".to_string()),
        '[' | ']' | '{' | '}' => (
            "a bracket".to_string(),
            "group with round parentheses `(` and `)`".to_string(),
        ),
        _ => ("an unexpected character".to_string(), LANGUAGE.to_string()),
    };
    syntax(
        format!("`{c}` is not part of the expression language"),
        span,
        what,
        help,
    )
}

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------

/// Parses an equation. Claim ids are collected in [`Equation::claims`], not resolved.
pub fn parse(text: &str) -> Result<Equation, SyntaxError> {
    let tokens = tokenize(text)?;
    let mut parser = Parser {
        text,
        tokens,
        pos: 0,
        claims: Vec::new(),
    };
    parser.equation()
}

struct Parser<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    pos: usize,
    claims: Vec<Range<usize>>,
}

impl Parser<'_> {
    fn peek(&self) -> &Token {
        // `tokens` always ends with `End`, and `pos` never moves past it.
        &self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    fn advance(&mut self) -> Token {
        let token = self.peek().clone();
        if token.kind != TokenKind::End {
            self.pos += 1;
        }
        token
    }

    fn previous(&self) -> Option<&Token> {
        self.pos.checked_sub(1).and_then(|p| self.tokens.get(p))
    }

    fn text_of(&self, span: &Range<usize>) -> &str {
        self.text.get(span.clone()).unwrap_or("")
    }

    fn equation(&mut self) -> Result<Equation, SyntaxError> {
        if self.peek().kind == TokenKind::End {
            return Err(syntax(
                "the expression is empty",
                0..self.text.len(),
                "nothing to check",
                "write a comparison such as `part-a + part-b == total`",
            ));
        }
        let left = self.side(0)?;
        let comparison_token = self.advance();
        let TokenKind::Compare(comparison) = comparison_token.kind else {
            return Err(self.after_operand(&comparison_token, None));
        };
        let right = self.side(0)?;
        let end = self.advance();
        match end.kind {
            TokenKind::End => Ok(Equation {
                left,
                comparison,
                comparison_span: comparison_token.span,
                right,
                claims: std::mem::take(&mut self.claims),
            }),
            TokenKind::Compare(_) => Err(SyntaxError {
                also: Some(Box::new((
                    comparison_token.span.clone(),
                    "first comparison".to_string(),
                ))),
                ..syntax(
                    format!(
                        "two comparisons: `{}` and `{}`",
                        self.text_of(&comparison_token.span),
                        self.text_of(&end.span)
                    ),
                    end.span.clone(),
                    "second comparison",
                    "an equation has exactly one comparison; write two rules, e.g. `a == b` and \
                     `b == c`",
                )
            }),
            _ => Err(self.after_operand(&end, None)),
        }
    }

    /// The error for `token` following a complete operand where an operator, a comparison
    /// (at the top) or `)` (inside the group opened at `open`) was expected.
    fn after_operand(&self, token: &Token, open: Option<&Token>) -> SyntaxError {
        let before = self
            .tokens
            .iter()
            .rev()
            .find(|t| t.span.end <= token.span.start && t.kind != TokenKind::End)
            .map(|t| self.text_of(&t.span).to_string())
            .unwrap_or_default();
        match (&token.kind, open) {
            (TokenKind::End, None) => syntax(
                "missing comparison",
                0..self.text.len(),
                "no `==`, `!=`, `<=`, `<`, `>=` or `>` in this expression",
                "an equation compares two sides: add a comparison, e.g. `part-a + part-b == total`",
            ),
            (TokenKind::End | TokenKind::Compare(_), Some(open)) => {
                let mut error = syntax(
                    "unclosed parenthesis",
                    open.span.clone(),
                    "this `(` is never closed",
                    "add `)` where the group ends; the comparison stands outside all parentheses",
                );
                if token.kind != TokenKind::End {
                    error.also = Some(Box::new((
                        token.span.clone(),
                        "the comparison comes before the `)`".to_string(),
                    )));
                }
                error
            }
            (TokenKind::Close, None) => syntax(
                "`)` has no matching `(`",
                token.span.clone(),
                "unmatched `)`",
                "remove it, or add the `(` that opens the group",
            ),
            _ => {
                let this = self.text_of(&token.span);
                let help = format!("put an operator between them, e.g. `{before} + {this}`");
                syntax(
                    format!("expected an operator between `{before}` and `{this}`"),
                    token.span.clone(),
                    "expected an operator before this",
                    help,
                )
            }
        }
    }

    /// `product (("+" | "-") product)*`
    fn side(&mut self, depth: usize) -> Result<Expr, SyntaxError> {
        self.chain(depth, true)
    }

    fn chain(&mut self, depth: usize, additive: bool) -> Result<Expr, SyntaxError> {
        let first = self.operand(depth, additive)?;
        let mut rest = Vec::new();
        while let TokenKind::Op(op) = self.peek().kind {
            if op.is_additive() != additive {
                break;
            }
            self.advance();
            rest.push((op, self.operand(depth, additive)?));
        }
        if rest.is_empty() {
            return Ok(first);
        }
        let start = first.span().start;
        let end = rest.last().map_or(start, |(_, e)| e.span().end);
        Ok(Expr::Chain {
            first: Box::new(first),
            rest,
            span: start..end,
        })
    }

    /// A term of a sum (a product) or a factor of a product (a unary).
    fn operand(&mut self, depth: usize, additive: bool) -> Result<Expr, SyntaxError> {
        if additive {
            self.chain(depth, false)
        } else {
            self.unary(depth)
        }
    }

    /// `"-"* atom`, iteratively so that a long run of signs cannot exhaust the stack.
    fn unary(&mut self, mut depth: usize) -> Result<Expr, SyntaxError> {
        let mut signs = Vec::new();
        while self.peek().kind == TokenKind::Op(Op::Sub) {
            let sign = self.advance();
            depth += 1;
            if depth > MAX_DEPTH {
                return Err(too_deep(sign.span));
            }
            signs.push(sign.span.start);
        }
        let mut expr = self.atom(depth)?;
        while let Some(start) = signs.pop() {
            let end = expr.span().end;
            expr = Expr::Neg {
                operand: Box::new(expr),
                span: start..end,
            };
        }
        Ok(expr)
    }

    /// `NUMBER | CLAIM-ID | "(" side ")"`
    fn atom(&mut self, depth: usize) -> Result<Expr, SyntaxError> {
        let token = self.peek().clone();
        match token.kind {
            TokenKind::Number(value) => {
                self.advance();
                Ok(Expr::Number {
                    value,
                    span: token.span,
                })
            }
            TokenKind::Claim => {
                self.advance();
                let slot = self.claims.len();
                self.claims.push(token.span.clone());
                Ok(Expr::Claim {
                    slot,
                    span: token.span,
                })
            }
            TokenKind::Open => {
                self.advance();
                if depth + 1 > MAX_DEPTH {
                    return Err(too_deep(token.span));
                }
                let inner = self.side(depth + 1)?;
                let close = self.advance();
                if close.kind != TokenKind::Close {
                    return Err(self.after_operand(&close, Some(&token)));
                }
                Ok(Expr::Group {
                    inner: Box::new(inner),
                    span: token.span.start..close.span.end,
                })
            }
            _ => Err(self.missing_operand(&token)),
        }
    }

    /// The error for `token` standing where a claim id or a number was needed.
    fn missing_operand(&self, token: &Token) -> SyntaxError {
        let wanted = "a claim id or a number";
        let Some(previous) = self.previous().cloned() else {
            let this = self.text_of(&token.span);
            return syntax(
                format!("expected {wanted} before `{this}`"),
                token.span.clone(),
                format!("expected {wanted} here"),
                format!(
                    "each side of an equation starts with {wanted}, e.g. `part-a + part-b == total`"
                ),
            );
        };
        let after = self.text_of(&previous.span).to_string();
        if token.kind == TokenKind::End {
            return syntax(
                format!("expected {wanted} after `{after}`"),
                previous.span.clone(),
                format!("nothing follows this `{after}`"),
                format!("complete the expression after `{after}`; {LANGUAGE}"),
            );
        }
        let this = self.text_of(&token.span);
        syntax(
            format!("expected {wanted} after `{after}`"),
            token.span.clone(),
            format!("expected {wanted} here"),
            format!("put a claim id or a number between `{after}` and `{this}`"),
        )
    }
}

fn too_deep(span: Range<usize>) -> SyntaxError {
    syntax(
        format!("the expression nests more than {MAX_DEPTH} levels deep"),
        span,
        format!("level {}", MAX_DEPTH + 1),
        format!(
            "parentheses and minus signs may nest at most {MAX_DEPTH} levels; simplify the \
             expression"
        ),
    )
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

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
    fn combine(self, op: Op, other: Nominal) -> Nominal {
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

    fn negate(self) -> Nominal {
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
    pub fn span(&self) -> Range<usize> {
        match self {
            Expr::Number { span, .. }
            | Expr::Claim { span, .. }
            | Expr::Neg { span, .. }
            | Expr::Group { span, .. }
            | Expr::Chain { span, .. } => span.clone(),
        }
    }

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

// ---------------------------------------------------------------------------
// One figure per claim
// ---------------------------------------------------------------------------

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
    /// A claim, by the first slot of [`Equation::claims`] that names it.
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
    use super::*;
    use crate::quantity::Quantity;
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).unwrap()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text)
            .unwrap()
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    fn spans(text: &str) -> Vec<&str> {
        tokenize(text)
            .unwrap()
            .into_iter()
            .map(|t| &text[t.span])
            .collect()
    }

    fn error(text: &str) -> (String, &str) {
        let e = parse(text).unwrap_err();
        (e.message, &text[e.span])
    }

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

    // --- tokens ---------------------------------------------------------------

    #[test]
    fn hyphens_inside_a_word_belong_to_the_claim_id() {
        assert_eq!(
            spans("gansu-counties-exited-by-2019 + gansu-counties-remaining-2019"),
            vec![
                "gansu-counties-exited-by-2019",
                "+",
                "gansu-counties-remaining-2019",
                ""
            ]
        );
        assert_eq!(
            kinds("a-b"),
            vec![TokenKind::Claim, TokenKind::End],
            "`a-b` is one id"
        );
    }

    #[test]
    fn a_minus_with_a_space_before_it_is_the_operator() {
        assert_eq!(spans("a - b"), vec!["a", "-", "b", ""]);
        assert_eq!(spans("a -b"), vec!["a", "-", "b", ""]);
        assert_eq!(spans("a- b"), vec!["a", "-", "b", ""]);
        assert_eq!(spans("-a"), vec!["-", "a", ""]);
        assert_eq!(
            spans("a+b*c/d"),
            vec!["a", "+", "b", "*", "c", "/", "d", ""]
        );
    }

    #[test]
    fn digits_with_at_most_one_point_are_numbers_anything_else_an_id() {
        assert_eq!(
            kinds("4000 0.5 11487.39"),
            vec![
                TokenKind::Number(d("4000")),
                TokenKind::Number(d("0.5")),
                TokenKind::Number(d("11487.39")),
                TokenKind::End
            ]
        );
        assert_eq!(kinds("4000-1"), vec![TokenKind::Claim, TokenKind::End]);
        assert_eq!(kinds("2019-census"), vec![TokenKind::Claim, TokenKind::End]);
        // The literal is exact: no binary floating point.
        assert_eq!(kinds("0.1")[0], TokenKind::Number(d("0.1")));
    }

    #[test]
    fn every_comparison_is_a_token() {
        let comparisons: Vec<TokenKind> = kinds("== != <= < >= >");
        assert_eq!(
            comparisons,
            vec![
                TokenKind::Compare(Comparison::Equal),
                TokenKind::Compare(Comparison::NotEqual),
                TokenKind::Compare(Comparison::LessOrEqual),
                TokenKind::Compare(Comparison::Less),
                TokenKind::Compare(Comparison::GreaterOrEqual),
                TokenKind::Compare(Comparison::Greater),
                TokenKind::End
            ]
        );
        assert_eq!(spans("a<=b"), vec!["a", "<=", "b", ""]);
    }

    #[test]
    fn bad_characters_and_words_are_errors_on_their_span() {
        for (text, bad, message) in [
            ("a = b", "=", "`=` is not a comparison"),
            ("a => b", "=>", "`=>` is not a comparison"),
            ("a <> b", "<>", "`<>` is not a comparison"),
            ("a ! b", "!", "`!` is not an operator"),
            (
                "11,487.39 == a",
                ",",
                "`,` is not part of the expression language",
            ),
            (
                "50% == a",
                "%",
                "`%` is not part of the expression language",
            ),
            (
                "a \u{2212} b == c",
                "\u{2212}",
                "`\u{2212}` is not part of the expression language",
            ),
            (
                "a × b == c",
                "×",
                "`×` is not part of the expression language",
            ),
            (
                "a ^ 2 == c",
                "^",
                "`^` is not part of the expression language",
            ),
            (
                "Gansu-poor == a",
                "Gansu-poor",
                "`Gansu-poor` is neither a claim id nor a number",
            ),
            (
                "gansu_poor == a",
                "gansu_poor",
                "`gansu_poor` is neither a claim id nor a number",
            ),
            (
                "a.b == c",
                "a.b",
                "`a.b` is neither a claim id nor a number",
            ),
            (
                "1.2.3 == a",
                "1.2.3",
                "`1.2.3` has more than one decimal point",
            ),
            (".5 == a", ".5", "`.5` is not a number"),
            ("5. == a", "5.", "`5.` is not a number"),
            (
                "123456789012345678901234567890123 == a",
                "123456789012345678901234567890123",
                "`123456789012345678901234567890123` has too many digits",
            ),
        ] {
            assert_eq!(error(text), (message.to_string(), bad), "{text}");
        }
        let upper = parse("Gansu-Poor == a").unwrap_err();
        assert_eq!(upper.help, "claim ids are lowercase: write `gansu-poor`");
        let dot = parse(".5 == a").unwrap_err();
        assert_eq!(dot.help, "write `0.5`");
    }

    // --- parser errors ---------------------------------------------------------

    #[test]
    fn a_missing_operand_is_reported_after_the_operator() {
        assert_eq!(
            error("a + == b"),
            ("expected a claim id or a number after `+`".into(), "==")
        );
        assert_eq!(
            error("a == b +"),
            ("expected a claim id or a number after `+`".into(), "+")
        );
        assert_eq!(
            error("a == "),
            ("expected a claim id or a number after `==`".into(), "==")
        );
        assert_eq!(
            error("== a"),
            ("expected a claim id or a number before `==`".into(), "==")
        );
        assert_eq!(
            error("a * / b == c"),
            ("expected a claim id or a number after `*`".into(), "/")
        );
        assert_eq!(
            error("() == a"),
            ("expected a claim id or a number after `(`".into(), ")")
        );
    }

    #[test]
    fn an_unclosed_parenthesis_points_at_the_open_one() {
        assert_eq!(error("(a + b == c"), ("unclosed parenthesis".into(), "("));
        let e = parse("x == (a + (b)").unwrap_err();
        assert_eq!(e.message, "unclosed parenthesis");
        assert_eq!(e.span, 5..6);
        let inside = parse("(a == b)").unwrap_err();
        assert_eq!(inside.message, "unclosed parenthesis");
        assert_eq!(inside.also.map(|a| a.0), Some(3..5));
    }

    #[test]
    fn an_unmatched_close_parenthesis_is_an_error() {
        assert_eq!(error("a) == b"), ("`)` has no matching `(`".into(), ")"));
        assert_eq!(error("a == b)"), ("`)` has no matching `(`".into(), ")"));
    }

    #[test]
    fn an_expression_needs_exactly_one_comparison() {
        let missing = parse("a + b").unwrap_err();
        assert_eq!(missing.message, "missing comparison");
        assert_eq!(missing.span, 0..5);
        let two = parse("a == b == c").unwrap_err();
        assert_eq!(two.message, "two comparisons: `==` and `==`");
        assert_eq!(two.span, 7..9);
        assert_eq!(two.also.map(|a| a.0), Some(2..4));
        assert_eq!(error("   "), ("the expression is empty".into(), "   "));
    }

    #[test]
    fn two_operands_side_by_side_need_an_operator() {
        assert_eq!(
            error("a b == c"),
            ("expected an operator between `a` and `b`".into(), "b")
        );
        assert_eq!(
            error("a == b 4000"),
            ("expected an operator between `b` and `4000`".into(), "4000")
        );
        assert_eq!(
            error("(a b) == c"),
            ("expected an operator between `a` and `b`".into(), "b")
        );
    }

    #[test]
    fn nesting_is_bounded_without_overflowing_the_stack() {
        let ok = format!("{}a{} == b", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!(
            "{}a{} == b",
            "(".repeat(MAX_DEPTH + 1),
            ")".repeat(MAX_DEPTH + 1)
        );
        let e = parse(&deep).unwrap_err();
        assert_eq!(e.message, "the expression nests more than 64 levels deep");
        assert_eq!(e.span, MAX_DEPTH..MAX_DEPTH + 1);
        let signs = format!("{}a == b", "- ".repeat(100_000));
        assert!(parse(&signs).is_err());
        let parens = format!("{}a == b", "(".repeat(1_000_000));
        assert!(parse(&parens).is_err());
        let mixed = format!("{}a == b", "-(".repeat(40));
        assert!(parse(&mixed).is_err());
    }

    #[test]
    fn long_sums_stay_flat_and_evaluate() {
        let sum = vec!["1"; 100_000].join(" + ");
        let equation = parse(&format!("{sum} == 100000")).unwrap();
        let left = equation.left.evaluate(&|_| Value::exact(d("0"))).unwrap();
        assert_eq!(left.nominal, Nominal::Exact(d("100000")));
    }

    // --- precedence and evaluation ------------------------------------------

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

    // --- one figure per claim -------------------------------------------------

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
