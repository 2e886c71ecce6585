//! Suppressions: a claim or a rule may silence a named code for itself, with a reason.
//!
//! ```yaml
//! allow:
//!   - code: CC142
//!     reason: the article's own translation says "counties"; the finding is reported upstream
//! ```
//!
//! On a claim, a suppression silences diagnostics of that code whose primary label lies in
//! the claim's entry, and a disagreement between two claims with nothing to say which is
//! wrong ([`Diagnostic::counterpart`]) on either claim: which of the two it is reported on
//! is a matter of their order, and reordering claims must not move a finding off its
//! `allow:`. On a rule, it silences that code among the rule's own findings, never an error
//! in how the rule is written (which names the rule too). A
//! suppression without a reason is an input error; one that silences nothing is reported,
//! so suppressions do not outlive the problem they were written for. A claim's unused
//! suppression of a code whose finding names the claim but is reported on another says
//! which: the finding's other claims do not silence it, since a finding that names several
//! (a province's status and each county that contradicts it) would be silenced by any one.

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::model::{Allow, Project};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape};

/// The fields of one `allow:` entry. A missing reason is CC051 rather than CC011.
pub const FIELDS: &[Field] = &[
    Field::required(
        "code",
        Shape::Code,
        "The code to silence, by id (CC142) or name (units-disagree).",
    ),
    Field::required(
        "reason",
        Shape::Text,
        "Why this finding is not a problem, for the next reviewer (required, not empty).",
    ),
];

/// Reads a record's `allow:` list, reporting unknown codes and missing reasons.
pub fn read(reader: &mut Reader, record: &Record) -> Vec<Allow> {
    let Some(node) = record.get("allow") else {
        return Vec::new();
    };
    let mut allows = Vec::new();
    for item in reader.list(node, "allow") {
        let Some(entry) = reader.record(item, "suppression", FIELDS) else {
            continue;
        };
        let code = reader
            .required_text(&entry, "code", "name the code to silence, e.g. `code: CC142`")
            .and_then(|text| match Code::find(&text.value) {
                Some(code) if !crate::config::overridable(code) => {
                    reader.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidChoice,
                            format!(
                                "{} ({}) marks invalid input, which no `allow:` can silence",
                                code.id(),
                                code.name()
                            ),
                            text.at,
                            "an input error",
                        )
                        .with_help(format!(
                            "correct what the {} points at and delete this entry: an `allow:` \
                             silences what the checks find in claims and rules, not errors in \
                             how they are written",
                            code.id()
                        )),
                    );
                    None
                }
                Some(code) => Some(Located::new(code, text.at)),
                None => {
                    reader.diagnostics.push(
                        Diagnostic::new(
                            Code::InvalidChoice,
                            format!("`{}` is not a claimcheck code", text.value),
                            text.at,
                            "unknown code",
                        )
                        .with_help("name a code such as CC142 or its name such as units-disagree; `claimcheck explain` lists them"),
                    );
                    None
                }
            });
        let reason = match reader.text(&entry, "reason") {
            Some(reason) if !reason.value.trim().is_empty() => Some(reason),
            written => {
                let at = written.map_or_else(
                    || Location::new(reader.file, entry.anchor()),
                    |reason| reason.at,
                );
                reader.diagnostics.push(
                    Diagnostic::new(
                        Code::SuppressionWithoutReason,
                        "a suppression needs a reason",
                        at,
                        "no reason given",
                    )
                    .with_help("add `reason:` saying why this finding is not a problem, for the next reviewer"),
                );
                None
            }
        };
        if let (Some(code), Some(reason)) = (code, reason) {
            allows.push(Allow { code, reason });
        }
    }
    allows
}

/// Removes the diagnostics that claims and rules allow and returns them, so that the caller
/// counts those its run reports. `rules` gives each rule's id and `allow:` entries, in rule order. With
/// `report_unused`, suppressions that silenced nothing are reported; a run narrowed by
/// `--rule` or `--select` passes `false`, since the finding a suppression was written for
/// may simply not have been looked for.
pub fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    project: &Project,
    rules: &[(&str, &[Allow])],
    report_unused: bool,
) -> Vec<Diagnostic> {
    let claim_allows: usize = project.claims.iter().map(|c| c.allow().len()).sum();
    let rule_allows: usize = rules.iter().map(|(_, allow)| allow.len()).sum();
    if claim_allows + rule_allows == 0 {
        return Vec::new();
    }
    // Which suppressions were used: claim suppressions first, then rule suppressions.
    let claim_offsets: Vec<usize> = offsets(project.claims.iter().map(|c| c.allow().len()));
    let rule_offsets: crate::hashing::HashMap<&str, (usize, &[Allow])> = rules
        .iter()
        .zip(offsets(rules.iter().map(|(_, allow)| allow.len())))
        .map(|(&(rule, allow), offset)| (rule, (claim_allows + offset, allow)))
        .collect();
    let mut used = vec![false; claim_allows + rule_allows];
    let (kept, suppressed): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(diagnostics)
        .into_iter()
        .partition(|diagnostic| {
            // A rule silences its findings, never an error in how it is written (which
            // names it too): that error is what keeps it from checking as written.
            if let Some(rule) = &diagnostic.rule
                && !diagnostic.is_input_error()
                && let Some(&(offset, allow)) = rule_offsets.get(rule.as_str())
                && let Some(position) = allow.iter().position(|a| a.code.value == diagnostic.code)
            {
                used[offset + position] = true;
                return false;
            }
            let reported_on = diagnostic.primary().and_then(|at| project.claim_at(at));
            let counterpart = diagnostic
                .counterpart
                .as_deref()
                .and_then(|id| project.claim_by_id(id));
            // Every claim that may silence it marks its suppression used: two `allow:`s of one
            // disagreement are both in use, neither reported as silencing nothing.
            let mut silenced = false;
            // An input error is never silenced: `read` refuses to allow one.
            for claim in reported_on.into_iter().chain(counterpart) {
                if let Some(position) = project
                    .claim(claim)
                    .allow()
                    .iter()
                    .position(|a| a.code.value == diagnostic.code)
                {
                    used[claim_offsets[claim.0 as usize] + position] = true;
                    silenced = true;
                }
            }
            !silenced
        });
    *diagnostics = kept;
    if !report_unused || used.iter().all(|&used| used) {
        return suppressed;
    }
    // A claim's unused suppression may have been written for a finding that names the
    // claim but is reported on another: say which, rather than that nothing is there.
    let reported_elsewhere = reported_on_other_claims(diagnostics, project);
    // A finding that names as many claims as one may is about a group it names only the
    // first of: an `allow:` on a claim past those may have been written for it.
    let mut cut_lists: crate::hashing::HashMap<Code, String> = Default::default();
    for diagnostic in diagnostics.iter() {
        if diagnostic.claims.len() >= crate::diagnostic::LISTED_CLAIMS
            && let Some(on) = diagnostic.primary().and_then(|at| project.claim_at(at))
        {
            cut_lists
                .entry(diagnostic.code)
                .or_insert_with(|| project.claim(on).id.value.clone());
        }
    }
    let mut unused = Vec::new();
    let claim_allows = project
        .claims
        .iter()
        .flat_map(|claim| claim.allow().iter().map(move |allow| (Some(claim), allow)));
    let rule_allows = rules
        .iter()
        .flat_map(|(_, allow)| allow.iter().map(|allow| (None, allow)));
    for ((claim, allow), used) in claim_allows.chain(rule_allows).zip(used) {
        if used {
            continue;
        }
        let code = allow.code.value;
        // A citation check did not run on a claim whose article could not be read (its
        // source said why): what its `allow:` silences is unknown, not gone.
        let article_unread = claim.is_some_and(|claim| project.source(claim.source).text.is_none());
        if article_unread && code.category() == crate::codes::Category::Citation {
            continue;
        }
        let elsewhere = claim.and_then(|claim| {
            reported_elsewhere
                .get(&(code, claim.id.value.as_str()))
                .map(|on| (claim, on))
        });
        // Named by no finding, but perhaps by one that lists only the first of its claims.
        let perhaps = claim
            .filter(|_| elsewhere.is_none())
            .and_then(|claim| cut_lists.get(&code).map(|on| (claim, on)));
        let facts = UnusedSuppression {
            code: code.id(),
            claim: claim.map(|claim| claim.id.value.clone()),
            reported_on: elsewhere.or(perhaps).map(|(_, on)| on.to_string()),
            perhaps: perhaps.is_some(),
        };
        let move_to = |on: &str| {
            format!(
                "a claim's `allow:` silences the findings reported on that claim: if that {} \
                 is the one this was written for, move the suppression to claim `{on}`; else \
                 delete it",
                code.id()
            )
        };
        let diagnostic = match elsewhere {
            None if let Some((claim, on)) = perhaps => Diagnostic::new(
                Code::UnusedSuppression,
                format!(
                    "this suppression of {} on `{}` silences nothing; the {} reported on `{on}` \
                     names more claims than it lists, and may be the one it was written for",
                    code.id(),
                    claim.id.value,
                    code.id(),
                ),
                allow.code.at,
                format!("a {} reported on `{on}` may name this claim", code.id()),
            )
            .with_help(move_to(on)),
            None => Diagnostic::new(
                Code::UnusedSuppression,
                format!("this suppression of {} silences nothing", code.id()),
                allow.code.at,
                "nothing to silence",
            )
            .with_help("the finding it was written for is gone: delete the suppression"),
            Some((claim, on)) => Diagnostic::new(
                Code::UnusedSuppression,
                format!(
                    "this suppression of {} on `{}` silences nothing: the {} that names `{}` \
                     is reported on `{on}`",
                    code.id(),
                    claim.id.value,
                    code.id(),
                    claim.id.value
                ),
                allow.code.at,
                format!("the {} is reported on `{on}`", code.id()),
            )
            .with_help(move_to(on)),
        };
        unused.push(diagnostic.with_data(&facts));
    }
    diagnostics.extend(unused);
    suppressed
}

/// CC050's facts: the code an `allow:` names, the claim it is written on (none for a
/// rule's), and the claim such a finding naming that claim is reported on instead; or,
/// with `perhaps`, the claim a finding of that code that names only the first of its
/// claims is reported on.
#[derive(Debug, serde::Serialize)]
struct UnusedSuppression {
    code: &'static str,
    claim: Option<String>,
    reported_on: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    perhaps: bool,
}

/// (code, claim id) -> the claim a finding of that code is reported on, for each claim
/// such a finding names besides the one it is reported on.
fn reported_on_other_claims<'d>(
    diagnostics: &'d [Diagnostic],
    project: &Project,
) -> crate::hashing::HashMap<(Code, &'d str), String> {
    let mut elsewhere = crate::hashing::HashMap::default();
    for diagnostic in diagnostics {
        let Some(on) = diagnostic
            .primary()
            .and_then(|at| project.claim_at(at))
            .map(|claim| &project.claim(claim).id.value)
        else {
            continue;
        };
        for named in diagnostic.claims.iter().filter(|&named| named != on) {
            elsewhere
                .entry((diagnostic.code, named.as_str()))
                .or_insert_with(|| on.clone());
        }
    }
    elsewhere
}

/// Where each record's suppressions start in one flat list, given how many each has.
fn offsets(counts: impl Iterator<Item = usize>) -> Vec<usize> {
    counts
        .scan(0, |next, count| {
            let start = *next;
            *next += count;
            Some(start)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

    const RULE: &str = "rules:\n  - { id: same, kind: agreement }\n";

    /// A claim of the rate; `allowed` adds an `allow:` of CC141 to it.
    fn rate(id: &str, value: &str, allowed: bool) -> String {
        let allow = if allowed {
            ", allow: [{ code: CC141, reason: reported upstream }]"
        } else {
            ""
        };
        format!(
            "  - {{ id: {id}, quote: x, subject: Gansu, metric: rate, value: \"{value}\"{allow} }}\n"
        )
    }

    fn check(claims: &[String]) -> crate::check::Outcome {
        let claims = format!("source: article\nclaims:\n{}", claims.concat());
        check_files(&[("rules/r.yaml", RULE), ("claims/c.yaml", &claims)])
    }

    #[test]
    fn an_input_error_cannot_be_allowed_by_its_claim_or_a_rule() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: lots, allow: [{ code: CC015, reason: it reads }] }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, max: 3, allow: [{ code: claim-not-loaded, reason: later }] }\n",
            ),
        ]);
        let found = crate::testing::codes_and_messages(&outcome);
        assert!(
            found.contains(&(
                Code::InvalidQuantity,
                "`lots` is not a figure claimcheck can read: `lots` is not a number"
            )),
            "the error stands: {found:?}"
        );
        for refused in ["CC015 (invalid-quantity)", "CC046 (claim-not-loaded)"] {
            assert!(
                found.contains(&(
                    Code::InvalidChoice,
                    &*format!("{refused} marks invalid input, which no `allow:` can silence")
                )),
                "{refused}: {found:?}"
            );
        }
        assert_eq!(outcome.summary.suppressed, 0);
    }

    #[test]
    fn an_allow_of_a_citation_check_that_could_not_run_is_not_unused() {
        // The article is missing: whether the quote states the value is unknown, and the
        // `allow:` written for it may still be needed. One of a rule's code, which ran, is
        // unused.
        let outcome = crate::testing::check_citations(&[
            (
                "sources/sources.yaml",
                "sources:\n  - { id: article, title: T, published: 2020-11-21, text: gone.txt }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 3, allow: [{ code: CC202, reason: a quarter }, { code: CC141, reason: revised }] }\n",
            ),
        ]);
        let found = crate::testing::codes_and_messages(&outcome);
        assert!(
            found
                .iter()
                .any(|(code, _)| *code == Code::SourceTextMissing),
            "{found:?}"
        );
        let unused: Vec<_> = found
            .iter()
            .filter(|(code, _)| *code == Code::UnusedSuppression)
            .collect();
        assert_eq!(
            unused,
            [&(
                Code::UnusedSuppression,
                "this suppression of CC141 silences nothing"
            )]
        );
    }

    #[test]
    fn either_claim_of_a_disagreement_of_two_silences_it() {
        for (a, b) in [(true, false), (false, true), (true, true)] {
            let outcome = check(&[rate("a", "4.2%", a), rate("b", "4.5%", b)]);
            assert_eq!(codes(&outcome), [], "allowed on a: {a}, on b: {b}");
            assert_eq!(outcome.summary.suppressed, 1);
        }
    }

    #[test]
    fn an_allow_written_for_a_pair_does_not_hide_a_third_claim_that_agrees_with_neither() {
        // `a` was allowed against `b`; `c` arrives with a third figure: both findings are
        // reported, and the `allow:` on `a`, on which neither is reported, says so.
        let outcome = check(&[
            rate("a", "4.2%", true),
            rate("b", "4.5%", false),
            rate("c", "4.8%", false),
        ]);
        assert_eq!(
            codes(&outcome),
            [
                Code::UnusedSuppression,
                Code::ValuesDisagree,
                Code::ValuesDisagree
            ]
        );
        assert_eq!(outcome.summary.suppressed, 0);
    }

    #[test]
    fn a_suppression_on_a_claim_past_those_a_finding_lists_may_be_for_it() {
        let mut claims = String::from(
            "source: article\nclaims:\n  - { id: done, quote: x, subject: Gansu, metric: exit, status: complete, as_of: 2020-01-01 }\n",
        );
        for n in 0..60 {
            let allow = if n == 0 {
                ", allow: [{ code: CC162, reason: known }]"
            } else {
                ""
            };
            claims.push_str(&format!(
                "  - {{ id: l{n}, quote: x, subject: Gansu, metric: exit, status: not complete, as_of: 2020-02-{:02}{allow} }}\n",
                n % 28 + 1
            ));
        }
        let rules = "rules:\n  - { id: order, kind: timeline, select: { metric: exit }, before: not complete, after: complete }\n";
        let outcome = check_files(&[("rules/r.yaml", rules), ("claims/c.yaml", &claims)]);
        assert_eq!(
            codes(&outcome),
            [Code::StatusOutOfOrder, Code::UnusedSuppression]
        );
        assert!(
            !outcome.diagnostics[0].claims.contains(&"l0".to_string()),
            "`l0` is past the claims listed"
        );
        let unused = &outcome.diagnostics[1];
        assert_eq!(
            unused.message,
            "this suppression of CC162 on `l0` silences nothing; the CC162 reported on `done` \
             names more claims than it lists, and may be the one it was written for"
        );
        assert!(
            !unused.help.as_deref().unwrap().contains("is gone"),
            "{:?}",
            unused.help
        );
    }

    #[test]
    fn with_a_majority_only_the_odd_claim_silences_it() {
        let outcome = check(&[
            rate("a", "4.2%", false),
            rate("b", "4.5%", true),
            rate("c", "4.5%", false),
        ]);
        assert_eq!(
            codes(&outcome),
            [Code::ValuesDisagree, Code::UnusedSuppression]
        );
        let unused = &outcome.diagnostics[1].message;
        assert!(
            unused.ends_with("the CC141 that names `b` is reported on `a`"),
            "{unused}"
        );
        let outcome = check(&[
            rate("a", "4.2%", true),
            rate("b", "4.5%", false),
            rate("c", "4.5%", false),
        ]);
        assert_eq!(codes(&outcome), []);
    }

    #[test]
    fn a_unit_against_another_with_no_majority_is_silenced_on_either_claim() {
        let claim = |id: &str, unit: &str, allowed: bool| {
            let allow = if allowed {
                ", allow: [{ code: CC142, reason: the article says so }]"
            } else {
                ""
            };
            format!(
                "  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: 17, unit: {unit}{allow} }}\n"
            )
        };
        let rule = "rules:\n  - { id: same, kind: agreement }\n";
        for claims in [
            [claim("a", "county", true), claim("b", "province", false)],
            [claim("a", "county", false), claim("b", "province", true)],
        ] {
            let claims = format!("source: article\nclaims:\n{}", claims.concat());
            let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), [], "{claims}");
        }
    }
}
