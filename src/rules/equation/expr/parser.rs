//! The parser: tokens read into an [`Equation`] by the grammar that [`super`] opens with,
//! by recursive descent whose depth [`MAX_DEPTH`] bounds. Where the tokens do not fit, the
//! error says what is missing or out of place.

use std::ops::Range;

use super::{
    Equation, Expr, LANGUAGE, MAX_DEPTH, Op, SyntaxError, Token, TokenKind, syntax, tokenize,
};

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

#[cfg(test)]
mod tests {
    use super::super::tests::{d, error};
    use super::super::{Nominal, Value};
    use super::*;

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
}
