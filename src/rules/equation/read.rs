//! Reading an `equation` rule: its `expression:` parsed and its claim ids resolved (an id
//! that is two ids joined by a hyphen, or a number in exponent notation, is told so), and
//! its `tolerance:` read as an exact decimal. Its own file because all of it is about what
//! the author wrote, and done once, before any figure is compared.

use std::ops::Range;

use super::{Amount, EquationRule, Tolerance, expr};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located};
use crate::model::{ClaimId, Project};
use crate::quantity::Decimal;
use crate::rules::Check;
use crate::syntax::fields::{Reader, Record};

pub(super) fn read(
    reader: &mut Reader,
    record: &Record,
    project: &Project,
) -> Option<Box<dyn Check>> {
    let expression = reader.required_text(
        record,
        "expression",
        "write the relation to check, e.g. `expression: part-a + part-b == total`",
    );
    // Read every field before giving up, so that one run reports every mistake.
    let tolerance = match (record.get("tolerance"), reader.text(record, "tolerance")) {
        (None, _) => Ok(None),
        (Some(_), None) => Err(()),
        (Some(_), Some(text)) => read_tolerance(reader.diagnostics, text).map(Some).ok_or(()),
    };
    let expression = expression?;
    let equation = match expr::parse(&expression.value) {
        Ok(equation) => equation,
        Err(error) => {
            let mut diagnostic = Diagnostic::new(
                Code::InvalidExpression,
                error.message,
                expression.inner(&error.span),
                error.label,
            )
            .with_help(error.help);
            if let Some(also) = error.also {
                let (span, label) = *also;
                diagnostic = diagnostic.with_label(expression.inner(&span), label);
            }
            reader.diagnostics.push(diagnostic);
            return None;
        }
    };
    if let Some(diagnostic) = number_that_is_a_claim(project, &expression) {
        reader.diagnostics.push(diagnostic);
        return None;
    }
    let mut claims = Vec::with_capacity(equation.claims.len());
    for range in &equation.claims {
        if let Some(id) = resolve(reader.diagnostics, project, &expression, range.clone()) {
            claims.push(id);
        }
    }
    let tolerance = tolerance.ok()?;
    if claims.len() != equation.claims.len() {
        return None;
    }
    Some(Box::new(EquationRule {
        expression,
        equation,
        claims,
        tolerance,
    }))
}

/// CC041 for a number of the expression that is also a claim's id (`id: "100"`): digits are
/// read as a number, and the rule would silently compute with 100 where the author meant
/// the claim's value. Ids that are not all digits (`2e3`, `2020-11-14`) are ids.
fn number_that_is_a_claim(project: &Project, expression: &Located<String>) -> Option<Diagnostic> {
    let tokens = expr::tokenize(&expression.value).ok()?;
    let token = tokens.iter().find(|token| {
        matches!(token.kind, expr::TokenKind::Number(_))
            && project
                .claim_by_id(&expression.value[token.span.clone()])
                .is_some()
    })?;
    let id = &expression.value[token.span.clone()];
    Some(
        Diagnostic::new(
            Code::InvalidExpression,
            format!("`{id}` is read as the number {id}, but it is also the id of a claim"),
            expression.inner(&token.span),
            "a number, or the claim?",
        )
        .with_help(format!(
            "an expression reads digits as a number: give claim `{id}` an id with a letter \
             (e.g. `c{id}`) and write that here, or write the number another way if the \
             number is meant (`{id}.0`)"
        )),
    )
}

/// Resolves one claim id of the expression. An unknown id made of known ids (or numbers)
/// joined by hyphens is reported with the spaced-out reading; anything else goes to the
/// shared [`crate::rules::load::claim_with_value`] (did-you-mean, claims without a value).
fn resolve(
    diagnostics: &mut Diagnostics,
    project: &Project,
    expression: &Located<String>,
    range: Range<usize>,
) -> Option<ClaimId> {
    let id = expression.value.get(range.clone())?;
    // An unknown id that reads as something else written the wrong way: told that way.
    let misread = match project.claim_by_id(id) {
        Some(_) => None,
        None => match spaced_apart(id, project) {
            Some(spaced) => Some(format!(
                "a hyphen between letters or digits is part of a claim id; to subtract, put \
                 spaces around the minus sign: `{spaced}`"
            )),
            None => in_exponent_notation(id).then(|| {
                format!(
                    "an expression reads no exponent: `{id}` is read as a claim's id; write \
                     the number in full (`1000000` for `1e6`)"
                )
            }),
        },
    };
    if let Some(help) = misread {
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownClaim,
                format!("no claim has the id `{id}`"),
                expression.inner(&range),
                "unknown claim",
            )
            .with_help(help),
        );
        return None;
    }
    crate::rules::load::claim_with_value(diagnostics, project, expression, range)
}

/// Whether `id` is a number in exponent notation (`1e400`, `2.5E6`), which an expression
/// reads as an id: digits, an optional fraction, `e` and digits.
fn in_exponent_notation(id: &str) -> bool {
    let Some((mantissa, exponent)) = id.split_once(['e', 'E']) else {
        return false;
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let mantissa_reads = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    mantissa_reads && digits(exponent)
}

/// `a-b` read as `a - b` when both parts are claim ids (or numbers), with as few parts as
/// possible; `None` when no such reading exists. Ids longer than 200 bytes are not tried:
/// the search is quadratic in the number of hyphens.
fn spaced_apart(id: &str, project: &Project) -> Option<String> {
    if id.len() > 200 {
        return None;
    }
    let parts: Vec<&str> = id.split('-').collect();
    let known = |piece: &str| {
        project.claim_by_id(piece).is_some()
            || (!piece.is_empty() && piece.bytes().all(|b| b.is_ascii_digit()))
    };
    // fewest[i]: the fewest pieces that make up parts[..i], and where the last one starts.
    let mut fewest: Vec<Option<(usize, usize)>> = vec![None; parts.len() + 1];
    fewest[0] = Some((0, 0));
    for end in 1..=parts.len() {
        for start in 0..end {
            let Some((count, _)) = fewest[start] else {
                continue;
            };
            if known(&parts[start..end].join("-"))
                && fewest[end].is_none_or(|(best, _)| count + 1 < best)
            {
                fewest[end] = Some((count + 1, start));
            }
        }
    }
    let (count, _) = fewest[parts.len()]?;
    if count < 2 {
        return None;
    }
    let mut pieces = Vec::new();
    let mut end = parts.len();
    while end > 0 {
        let (_, start) = fewest[end]?;
        pieces.push(parts[start..end].join("-"));
        end = start;
    }
    pieces.reverse();
    Some(pieces.join(" - "))
}

/// `0.01` or `1%`: digits with at most one `.`, optionally followed by `%`.
fn read_tolerance(diagnostics: &mut Diagnostics, text: Located<String>) -> Option<Tolerance> {
    let written = text.value.trim();
    let (number, relative) = match written.strip_suffix('%') {
        Some(number) => (number.trim_end(), true),
        None => (written, false),
    };
    let well_formed = !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && number.bytes().filter(|&b| b == b'.').count() <= 1
        && !number.starts_with('.')
        && !number.ends_with('.');
    let value = well_formed
        .then(|| Decimal::from_str_exact(number).ok())
        .flatten();
    let amount = match value {
        Some(v) if relative => v
            .checked_div(Decimal::ONE_HUNDRED)
            .filter(|f| f.checked_mul(Decimal::ONE_HUNDRED) == Some(v))
            .map(Amount::Relative),
        Some(v) => Some(Amount::Absolute(v)),
        None => None,
    };
    if let Some(amount) = amount {
        return Some(Tolerance {
            text: written.to_string(),
            amount,
            at: text.at,
        });
    }
    let help = if let Some(point) = crate::quantity::with_a_decimal_point(number) {
        let percent = if relative { "%" } else { "" };
        format!(
            "write `{point}{percent}`: the decimal mark is a point, and a comma only separates \
             groups of three digits"
        )
    } else if written.starts_with('-') {
        "a tolerance is a distance and never negative: write it without the minus sign".to_string()
    } else {
        "write an absolute tolerance in the claims' unit, like `tolerance: 0.01`, or a relative \
         one, like `tolerance: 1%` (a share of the right-hand side)"
            .to_string()
    };
    diagnostics.push(
        Diagnostic::new(
            Code::InvalidExpression,
            format!("`{}` is not a tolerance", text.value),
            text.at,
            "expected a figure like 0.01 or a percentage like 1%",
        )
        .with_help(help),
    );
    None
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::rules::equation::tests::{
        GANSU, GANSU_SUM, checked, claims, rule, rule_with_tolerance,
    };
    use crate::testing::{check_files, codes, primary_text};

    #[test]
    fn a_number_that_is_also_a_claim_id_is_an_error_not_a_silent_constant() {
        let claims = "source: article\nclaims:\n  - { id: \"100\", quote: x, subject: Gansu, metric: a, value: 5, unit: county }\n  - { id: \"200\", quote: x, subject: Gansu, metric: b, value: 7, unit: county }\n  - { id: \"300\", quote: x, subject: Gansu, metric: c, value: 13, unit: county }\n";
        let outcome = check_files(&[
            ("claims/c.yaml", claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: sum, kind: equation, expression: \"100 + 200 == 300\" }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::InvalidExpression]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`100` is read as the number 100, but it is also the id of a claim"
        );
        assert_eq!(primary_text(&outcome, 0), "100");
    }

    #[test]
    fn a_number_in_exponent_notation_is_told_that_it_reads_as_an_id() {
        // Found from outside: `1e400` was told "no claim has the id" with a did-you-mean
        // or help to name a claim, where a number was meant.
        let outcome = checked("gansu-poor-counties < 1e400", GANSU);
        assert_eq!(codes(&outcome), vec![Code::UnknownClaim]);
        assert!(
            outcome.diagnostics[0]
                .help
                .as_deref()
                .unwrap()
                .starts_with("an expression reads no exponent"),
        );
        assert!(super::in_exponent_notation("2.5E6"));
        for id in ["e5", "1e", "1.e5", "2020-11-14", "a1e5", "1e5a"] {
            assert!(!super::in_exponent_notation(id), "{id}");
        }
    }

    #[test]
    fn a_malformed_tolerance_is_an_input_error_on_its_value() {
        for bad in ["abc", "-1", "1e-2", "1 percent", "1.2.3", ".5"] {
            let outcome = check_files(&[
                ("rules/r.yaml", &rule_with_tolerance(GANSU_SUM, bad)),
                ("claims/c.yaml", &claims(GANSU)),
            ]);
            assert_eq!(codes(&outcome), vec![Code::InvalidExpression], "{bad}");
            assert_eq!(primary_text(&outcome, 0), format!("\"{bad}\""));
        }
        // A decimal comma is told with the figure written with a point.
        for (bad, point) in [("1,5", "1.5"), ("1,5%", "1.5%"), ("0,25 %", "0.25%")] {
            let outcome = check_files(&[
                ("rules/r.yaml", &rule_with_tolerance(GANSU_SUM, bad)),
                ("claims/c.yaml", &claims(GANSU)),
            ]);
            assert_eq!(codes(&outcome), vec![Code::InvalidExpression], "{bad}");
            let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
            assert!(
                help.starts_with(&format!("write `{point}`: ")),
                "{bad}: {help}"
            );
        }
    }

    #[test]
    fn a_syntax_error_points_at_the_token_inside_the_yaml_string() {
        let outcome = checked(
            "gansu-counties-exited-by-2019 + == gansu-poor-counties",
            GANSU,
        );
        assert_eq!(codes(&outcome), vec![Code::InvalidExpression]);
        let d = &outcome.diagnostics[0];
        assert_eq!(d.message, "expected a claim id or a number after `+`");
        assert_eq!(primary_text(&outcome, 0), "==");
        let plain = check_files(&[
            (
                "rules/r.yaml",
                "rules:\n  - id: sums\n    kind: equation\n    expression: (a + b == c\n",
            ),
            ("claims/c.yaml", &claims(GANSU)),
        ]);
        assert_eq!(plain.diagnostics[0].message, "unclosed parenthesis");
        assert_eq!(primary_text(&plain, 0), "(");
    }

    #[test]
    fn every_unknown_claim_is_reported_at_its_token() {
        let outcome = checked(
            "gansu-counties-exited + gansu-counties-remaining-2019 == gansu-poor-county",
            GANSU,
        );
        assert_eq!(
            codes(&outcome),
            vec![Code::UnknownClaim, Code::UnknownClaim]
        );
        assert_eq!(primary_text(&outcome, 0), "gansu-counties-exited");
        assert_eq!(primary_text(&outcome, 1), "gansu-poor-county");
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some("did you mean `gansu-counties-exited-by-2019`?")
        );
    }

    #[test]
    fn ids_joined_by_a_hyphen_suggest_spaces() {
        let outcome = checked(
            "gansu-poor-counties-gansu-counties-exited-by-2019 == gansu-counties-remaining-2019",
            GANSU,
        );
        assert_eq!(codes(&outcome), vec![Code::UnknownClaim]);
        assert!(
            outcome.diagnostics[0]
                .help
                .as_deref()
                .unwrap()
                .ends_with("`gansu-poor-counties - gansu-counties-exited-by-2019`")
        );
        let number = checked(
            "gansu-poor-counties-67 == gansu-counties-remaining-2019",
            GANSU,
        );
        assert!(
            number.diagnostics[0]
                .help
                .as_deref()
                .unwrap()
                .ends_with("`gansu-poor-counties - 67`")
        );
    }

    #[test]
    fn a_claim_without_a_value_cannot_be_computed_with() {
        let outcome = check_files(&[
            ("rules/r.yaml", &rule("status + 1 == 2")),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: status, quote: x, subject: Gansu, metric: m, status: complete }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::ClaimWithoutValue]);
        assert_eq!(primary_text(&outcome, 0), "status");
    }

    #[test]
    fn a_missing_expression_is_a_missing_field() {
        let outcome = check_files(&[
            ("rules/r.yaml", "rules:\n  - { id: sums, kind: equation }\n"),
            ("claims/c.yaml", &claims(GANSU)),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MissingField]);
    }

    #[test]
    fn spaced_apart_finds_the_fewest_pieces() {
        let outcome = checked(
            "a == b",
            &[
                ("a-b", "1", "x"),
                ("c", "1", "x"),
                ("a", "1", "x"),
                ("b", "1", "x"),
            ],
        );
        let project = &outcome.project;
        assert_eq!(
            super::spaced_apart("a-b-c", project).as_deref(),
            Some("a-b - c")
        );
        assert_eq!(
            super::spaced_apart("c-4000", project).as_deref(),
            Some("c - 4000")
        );
        assert_eq!(super::spaced_apart("a-b", project), None, "a known id");
        assert_eq!(super::spaced_apart("a-zz", project), None);
        assert_eq!(super::spaced_apart(&"a-".repeat(500), project), None);
    }
}
