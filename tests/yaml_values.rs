//! YAML read as YAML means it: non-finite floats are text, aliases resolve to their
//! values, and one invalid field of a source does not cascade into its claims.

mod common;

fn check_json(dir: &std::path::Path) -> (i32, Vec<serde_json::Value>) {
    let (json, code) = common::run(dir, &["check", ".", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    (code, report["diagnostics"].as_array().unwrap().clone())
}

fn codes(diagnostics: &[serde_json::Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

#[test]
fn non_finite_floats_are_text_in_a_note_and_cc015_in_a_value() {
    let dir = common::one_source_project("The value is 17. Again 17.\n");
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        "source: a\nclaims:\n  \
         - {id: c, quote: \"The value is 17.\", subject: .inf, metric: m, value: 17, unit: thing, note: 1e400}\n  \
         - {id: d, quote: \"Again 17.\", subject: S, metric: m, value: .nan, unit: thing}\n",
    )
    .unwrap();
    let (code, diagnostics) = check_json(dir.path());
    assert_eq!(code, 2);
    assert_eq!(codes(&diagnostics), ["CC015"], "{diagnostics:#?}");
    assert!(
        diagnostics[0]["message"].as_str().unwrap().contains(".nan"),
        "{diagnostics:#?}"
    );
}

#[test]
fn a_value_reached_through_an_alias_is_the_anchored_value() {
    let dir = common::one_source_project("The value is 17. Again 17.\n");
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        "source: a\nclaims:\n  \
         - {id: c, quote: \"The value is 17.\", subject: S, metric: m, value: &v 17, unit: thing}\n  \
         - {id: d, quote: \"Again 17.\", subject: S, metric: m, value: *v, unit: thing}\n",
    )
    .unwrap();
    let (code, diagnostics) = check_json(dir.path());
    assert_eq!(code, 0, "{diagnostics:#?}");
}

#[test]
fn an_invalid_publication_date_is_reported_once_not_for_every_claim() {
    let dir = common::one_source_project("The value is 17. Again 17.\n");
    std::fs::write(
        dir.path().join("sources/sources.yaml"),
        "sources:\n  - {id: a, title: A, published: 2024-02-30, text: a.txt}\n",
    )
    .unwrap();
    let claims: String = (0..21)
        .map(|i| format!("  - {{id: c{i}, quote: \"Again 17.\", subject: S, metric: m, value: 17, unit: thing}}\n"))
        .collect();
    // A claim with its own date is still checked against the article.
    let dated = "  - {id: dated, quote: \"Again 18.\", subject: S, metric: m, value: 18, unit: thing, as_of: 2024-01-01}\n";
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        format!("source: a\nclaims:\n{claims}{dated}"),
    )
    .unwrap();
    let (code, diagnostics) = check_json(dir.path());
    assert_eq!(code, 2);
    // The source's date first: it is the error the run must fix first.
    assert_eq!(codes(&diagnostics), ["CC014", "CC201"], "{diagnostics:#?}");
}

#[test]
fn a_rule_naming_a_claim_left_undated_by_its_source_says_the_claim_did_not_load() {
    let dir = common::one_source_project("The value is 17.\n");
    std::fs::write(
        dir.path().join("sources/sources.yaml"),
        "sources:\n  - {id: a, title: A, published: 2024-02-30, text: a.txt}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("claims/a.yaml"),
        "source: a\nclaims:\n  - {id: c, quote: \"The value is 17.\", subject: S, metric: m, value: 17, unit: thing}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rules/r.yaml"),
        "rules:\n  - {id: e, kind: equation, expression: c == 17}\n",
    )
    .unwrap();
    let (code, diagnostics) = check_json(dir.path());
    assert_eq!(code, 2);
    // Never "no claim has the id `c`" with a did-you-mean towards another claim.
    // The source's date first, then the rule it keeps from running.
    assert_eq!(codes(&diagnostics), ["CC014", "CC046"], "{diagnostics:#?}");
}
