//! Tokens: an expression's text split into numbers, claim ids, operators, parentheses and
//! comparisons, in one pass. A character or word that is none of them is the error, with
//! what to write instead.

use std::ops::Range;

use super::{Comparison, LANGUAGE, Op, SyntaxError, syntax};
use crate::quantity::Decimal;
use crate::syntax::fields::is_valid_id;

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

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::super::tests::{d, error};
    use super::*;

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
}
