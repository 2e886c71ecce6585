//! The `timeline` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain timeline`).
//!
//! Always: a selected claim's `as_of`, and the end of its `period`, are not after its
//! source's publication date (CC161). A claim with neither is dated by its source and
//! cannot fail.
//!
//! With `before:` and `after:` (two status words, e.g. `before: not complete`,
//! `after: complete`): for each claim whose status is the `after` word about a subject S,
//! every claim whose status is the `before` word about S, or about a place within S (an
//! entity whose `parent` chain reaches S), and that has the same metric, must be dated
//! strictly earlier (CC162). A county "still poor" on Oct 17 may be "out" by Nov 23, not the
//! other way round; nor may a province be done on Nov 21 while one of its counties is still
//! not done on Nov 25.
//!
//! Cost: the latest `before` date per (metric, subject) is found by walking each
//! before-claim up its subject's ancestor chain, O(n * depth) with a hash map; then one
//! pass over the after-claims, O(n).

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::Located;
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, NameKey, Project};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Need, Shape};

pub const KIND: Kind = Kind {
    name: "timeline",
    summary: "no claim is dated after its source (its `as_of`, or the end of its `period`); a `before` status precedes every `after` status of the same place or a place containing it",
    fields: &[
        Field::optional(
            "before",
            Shape::Text,
            "A status word that must be dated before `after` for the same metric and place \
             (or a place within it), e.g. `not complete`. Give both or neither.",
        )
        .need(Need::With("after")),
        Field::optional(
            "after",
            Shape::Text,
            "The status word that follows `before`, e.g. `complete`. Give both or neither.",
        )
        .need(Need::With("before")),
    ],
    codes: &[Code::AsOfAfterPublication, Code::StatusOutOfOrder],
    example: "\
rules:
  - id: poor-counties-exit-in-order
    kind: timeline
    select:
      metric: county poverty exit
    before: not complete
    after: complete
",
    read,
};

#[derive(Debug)]
struct Timeline {
    /// The `before` and `after` status words, when the rule orders statuses.
    order: Option<(Located<String>, Located<String>)>,
}

const ORDER_HELP: &str = "give both `before:` (the status that must come first, e.g. `not \
     complete`) and `after:` (the status that follows it, e.g. `complete`), or neither to check \
     only dates against publication";

fn read(reader: &mut Reader, record: &Record, _: &Project) -> Option<Box<dyn Check>> {
    let before = reader.text(record, "before");
    let after = reader.text(record, "after");
    let written = (
        record.get("before").is_some(),
        record.get("after").is_some(),
    );
    let order = match (before, after) {
        (Some(before), Some(after)) => Some((before, after)),
        (None, None) if written == (false, false) => None,
        _ => {
            // A field of the wrong type is already reported; a missing one is reported here.
            if !written.0 {
                reader.missing(record, "before", ORDER_HELP);
            }
            if !written.1 {
                reader.missing(record, "after", ORDER_HELP);
            }
            return None;
        }
    };
    Some(Box::new(Timeline { order }))
}

impl Check for Timeline {
    /// Every claim is judged against its source's date.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        let mut findings =
            super::each_claim(selected, |id| after_publication(project, project.claim(id)));
        if let Some((before, after)) = &self.order {
            findings.extend(out_of_order(project, selected, &before.value, &after.value));
        }
        Evaluated::new(findings, selected.len())
    }
}

fn after_publication(project: &Project, claim: &Claim) -> Option<Finding> {
    let source = project.source(claim.source);
    let published_at = source.published.as_ref()?;
    let published = published_at.value;
    // The `as_of:` first: a claim dated after its source is one finding, whatever its period.
    let (at, message, label, help, data) = if let Some(as_of_at) = claim.as_of_at
        && claim.as_of > published
    {
        let data = AsOfAfterPublication {
            field: "as_of",
            date: claim.as_of.to_string(),
            published: published.to_string(),
        };
        (
            as_of_at,
            format!(
                "`{}` is dated {}, after its source `{}` was published on {published}",
                claim.id.value, claim.as_of, source.id.value
            ),
            format!("as of {}", claim.as_of),
            "correct `as_of:`; an article reports what was so by the day it was published"
                .to_string(),
            data,
        )
    } else {
        let period = claim.period()?;
        if period.value.end <= published {
            return None;
        }
        let data = AsOfAfterPublication {
            field: "period",
            date: period.value.end.to_string(),
            published: published.to_string(),
        };
        (
            period.at,
            format!(
                "`{}` speaks of {}, a period that ends on {}, after its source `{}` was \
                 published on {published}",
                claim.id.value, period.value, period.value.end, source.id.value
            ),
            format!("ends {}", period.value.end),
            format!(
                "an article reports a period only as far as the day it was published: for a \
                 figure \"so far\", end the period on that day (`period: {}/{published}`); a \
                 forecast or a target for a later period is not a reported fact: say so in its \
                 metric and silence this code on the claim with `allow:` and the reason",
                period.value.start
            ),
            data,
        )
    };
    Some(
        Finding::new(Code::AsOfAfterPublication, message, help)
            .primary(at, label)
            .label(
                published_at.at,
                format!("`{}` published {published}", source.id.value),
            )
            .about(claim)
            .data(&data),
    )
}

/// CC161's facts: which date passes the publication (`as_of`, or the end of `period`),
/// that date, and the source's publication date.
#[derive(Serialize)]
struct AsOfAfterPublication {
    field: &'static str,
    date: String,
    published: String,
}

/// CC162's facts: the subject, the status dated too early and the status dated on or after
/// it that contradicts it. The finding's first claim states `status`, the second `later`.
#[derive(Serialize)]
struct StatusOutOfOrder<'a> {
    subject: &'a str,
    status: &'a str,
    dated: String,
    later_status: &'a str,
    later_subject: &'a str,
    later_dated: String,
}

type Latest<'a> = HashMap<(&'a str, NameKey<'a>), (Date, ClaimId)>;

fn record<'a>(latest: &mut Latest<'a>, key: (&'a str, NameKey<'a>), date: Date, id: ClaimId) {
    let slot = latest.entry(key).or_insert((date, id));
    if date > slot.0 {
        *slot = (date, id);
    }
}

fn status(claim: &Claim) -> Option<&str> {
    claim.status().map(|s| &*s.value)
}

fn out_of_order(
    project: &Project,
    selected: &[ClaimId],
    before: &str,
    after: &str,
) -> Vec<Finding> {
    // (metric, subject) -> the latest before-claim about the subject or a place within it;
    // the earliest in corpus order among equally late ones.
    let mut latest: Latest = HashMap::default();
    for &id in selected {
        let claim = project.claim(id);
        if status(claim) != Some(before) {
            continue;
        }
        let metric = &*claim.metric.value;
        record(&mut latest, (metric, claim.subject_key()), claim.as_of, id);
        // Up the ancestor chain: parent cycles are cut when entities are linked, and the
        // bound is a second guard.
        let mut entity = claim.subject_entity;
        for _ in 0..project.entities.len() {
            let Some(parent) = entity.and_then(|e| project.entities.get(e).parent_entity) else {
                break;
            };
            record(
                &mut latest,
                (metric, NameKey::Entity(parent)),
                claim.as_of,
                id,
            );
            entity = Some(parent);
        }
    }
    let mut findings = Vec::new();
    for &id in selected {
        let claim = project.claim(id);
        if status(claim) != Some(after) {
            continue;
        }
        let Some(&(date, earlier)) = latest.get(&(&*claim.metric.value, claim.subject_key()))
        else {
            continue;
        };
        if date < claim.as_of {
            continue;
        }
        findings.push(status_finding(
            project,
            claim,
            project.claim(earlier),
            before,
            after,
        ));
    }
    findings
}

fn status_finding(
    project: &Project,
    after_claim: &Claim,
    before_claim: &Claim,
    before: &str,
    after: &str,
) -> Finding {
    let (late, early) = (before_claim.as_of, after_claim.as_of);
    let same_subject = before_claim.subject_key() == after_claim.subject_key();
    let said = if same_subject {
        format!("`{}` said {after}", after_claim.id.value)
    } else {
        format!(
            "`{}` said {}, which includes it, was {after}",
            after_claim.id.value, after_claim.subject.value
        )
    };
    let when = if late == early {
        format!("on {late}, the same day {said}")
    } else {
        format!("on {late}, after {said} on {early}")
    };
    let mut finding = Finding::new(
        Code::StatusOutOfOrder,
        format!(
            "`{}` says {} was {before} {when}",
            before_claim.id.value, before_claim.subject.value
        ),
        "check both dates against the articles (a missing `as_of:` dates a claim by its \
         source); if the articles themselves conflict, keep their words: this finding is the \
         discrepancy",
    )
    .primary(status_at(after_claim), format!("{after} on {early}"))
    .label(status_at(before_claim), format!("{before} on {late}"))
    .note(format!(
        "for `{}`, `{after}` about {} must be dated after every `{before}` about it or a place \
         within it: {late} is not before {early}",
        after_claim.metric.value, after_claim.subject.value
    ));
    for claim in [before_claim, after_claim] {
        if claim.as_of_at.is_none() {
            let source = project.source(claim.source);
            finding = finding.note(format!(
                "`{}` has no `as_of:`; it is dated by its source `{}`, published {}",
                claim.id.value, source.id.value, claim.as_of
            ));
        }
    }
    finding
        .about(after_claim)
        .about(before_claim)
        .data(&StatusOutOfOrder {
            subject: &after_claim.subject.value,
            status: after,
            dated: early.to_string(),
            later_status: before,
            later_subject: &before_claim.subject.value,
            later_dated: late.to_string(),
        })
}

fn status_at(claim: &Claim) -> crate::diagnostic::Location {
    claim.status().map_or_else(|| claim.id.at, |s| s.at)
}

#[cfg(test)]
mod tests {
    use crate::check::Outcome;
    use crate::codes::Code;
    use crate::rules::agreement::tests::check_shipped_corpus;
    use crate::testing::{check_files, codes, primary_text};

    const DATES: &str = "rules:\n  - { id: dates, kind: timeline }\n";
    const ORDER: &str =
        "rules:\n  - { id: order, kind: timeline, before: not complete, after: complete }\n";

    /// The test source `article` is published on 2020-11-21.
    fn check(rule: &str, body: &str) -> Outcome {
        check_files(&[
            ("rules/r.yaml", rule),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{body}"),
            ),
        ])
    }

    fn status(id: &str, subject: &str, status: &str, as_of: Option<&str>) -> String {
        let as_of = as_of.map_or(String::new(), |d| format!(", as_of: {d}"));
        format!(
            "  - {{ id: {id}, quote: x, subject: {subject}, metric: county poverty exit, status: {status}{as_of} }}\n"
        )
    }

    #[test]
    fn an_as_of_after_publication_is_reported_on_the_as_of() {
        let outcome = check(
            DATES,
            "  - { id: late, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2020-11-25 }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        assert_eq!(primary_text(&outcome, 0), "2020-11-25");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`late` is dated 2020-11-25, after its source `article` was published on 2020-11-21"
        );
        let published = &outcome.diagnostics[0].labels[1].location;
        assert_eq!(
            &outcome.project.files.text(published.file)[published.span()],
            "2020-11-21"
        );
    }

    #[test]
    fn an_as_of_on_or_before_publication_or_defaulted_passes() {
        let outcome = check(
            DATES,
            &(status("same-day", "Gansu", "complete", Some("2020-11-21"))
                + &status("earlier", "Gansu", "complete", Some("2019-12-31"))
                + &status("defaulted", "Gansu", "complete", None)),
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_period_ending_after_publication_is_reported_on_the_period() {
        let outcome = check(
            DATES,
            "  - { id: this-year, quote: x, subject: Gansu, metric: m, value: 1, unit: county, period: 2020 }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        assert_eq!(primary_text(&outcome, 0), "2020");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`this-year` speaks of 2020, a period that ends on 2020-12-31, after its source \
             `article` was published on 2020-11-21"
        );
    }

    #[test]
    fn a_period_ending_on_publication_passes_and_a_late_as_of_is_reported_once() {
        let outcome = check(
            DATES,
            "  - { id: to-date, quote: x, subject: Gansu, metric: m, value: 1, unit: county, period: 2020-01-01/2020-11-21 }\n  - { id: both, quote: x, subject: Gansu, metric: m, value: 1, unit: county, period: 2021, as_of: 2021-01-01 }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        assert_eq!(primary_text(&outcome, 0), "2021-01-01");
    }

    #[test]
    fn statuses_in_order_pass() {
        let outcome = check(
            ORDER,
            &(status("still-poor", "Guangxi", "not complete", Some("2020-10-17"))
                + &status(
                    "county-still-poor",
                    "Rongshui",
                    "not complete",
                    Some("2020-10-17"),
                )
                + &status("done", "Guangxi", "complete", Some("2020-11-20"))),
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_status_reverting_on_the_same_subject_is_out_of_order_on_the_after_status() {
        let outcome = check(
            ORDER,
            &(status("done", "Guangxi", "complete", Some("2020-11-19"))
                + &status("not-done", "Guangxi", "not complete", Some("2020-11-20"))),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        assert_eq!(primary_text(&outcome, 0), "complete");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`not-done` says Guangxi was not complete on 2020-11-20, after `done` said complete on 2020-11-19"
        );
        assert_eq!(
            outcome.diagnostics[0].labels[1].message,
            "not complete on 2020-11-20"
        );
    }

    #[test]
    fn a_county_not_done_after_its_province_is_done_is_out_of_order() {
        let outcome = check(
            ORDER,
            &(status("province-done", "Guangxi", "complete", Some("2020-11-19"))
                + &status("county-not-done", "Rongshui", "not complete", None)),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`county-not-done` says Rongshui was not complete on 2020-11-21, after \
             `province-done` said Guangxi, which includes it, was complete on 2020-11-19"
        );
        assert!(
            diagnostic
                .notes
                .iter()
                .any(|n| n.contains("`county-not-done` has no `as_of:`")),
            "{:?}",
            diagnostic.notes
        );
    }

    #[test]
    fn the_same_day_is_not_earlier() {
        let outcome = check(
            ORDER,
            &(status("done", "Gansu", "complete", None)
                + &status("not-done", "Gansu", "not complete", None)),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        assert!(
            outcome.diagnostics[0]
                .message
                .contains("the same day `done` said complete")
        );
    }

    #[test]
    fn statuses_of_other_metrics_or_of_a_parent_place_are_not_ordered() {
        let outcome = check(
            ORDER,
            &(status("county-done", "Rongshui", "complete", Some("2020-11-19"))
                + &status(
                    "province-not-done",
                    "Guangxi",
                    "not complete",
                    Some("2020-11-20"),
                )
                + "  - { id: water, quote: x, subject: Rongshui, metric: drinking water, status: not complete, as_of: 2020-11-20 }\n"),
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn the_latest_before_claim_is_reported() {
        let outcome = check(
            ORDER,
            &(status("done", "Guangxi", "complete", Some("2020-11-01"))
                + &status("county", "Rongshui", "not complete", Some("2020-11-05"))
                + &status("province", "Guangxi", "not complete", Some("2020-11-10"))),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`province` says")
        );
    }

    #[test]
    fn before_without_after_is_a_missing_field() {
        let rule = "rules:\n  - { id: order, kind: timeline, before: not complete }\n";
        let outcome = check(rule, &status("a", "Gansu", "complete", None));
        assert_eq!(codes(&outcome), vec![Code::MissingField]);
        assert!(outcome.diagnostics[0].message.contains("`after`"));
    }

    #[test]
    fn the_shipped_corpus_keeps_its_dates_and_statuses_in_order() {
        let outcome = check_shipped_corpus(ORDER);
        let findings: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code.id().starts_with("CC1"))
            .map(|d| &d.message)
            .collect();
        assert_eq!(findings, Vec::<&String>::new());
        assert_eq!(outcome.summary.rules, 1);
    }
}
