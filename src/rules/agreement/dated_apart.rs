//! CC144: figures of one subject and metric that the default key keeps apart only because
//! their articles appeared on different days.
//!
//! The default key compares claims of the same date: a claim's `period`, else its
//! `as_of`, which defaults to its source's publication date. Two articles a month apart
//! that give one year's total differently (120 million, 118 million) are then two
//! quantities, and nothing is said, unless the author wrote `period:` on both.
//!
//! Said (as an info) only for a series in which no claim states `as_of:` or `period:`:
//! there, every date is a publication date, and the author has not yet said which figures
//! are one quantity. A series whose author dated any claim (a cumulative count told on 14
//! and 21 November, a rate of 2012 and of 2019) has been dated deliberately: a figure that
//! changes between dates is what a series does, and a `monotonic` or `growth` rule checks it.
//! So is a series of which a `monotonic` rule compares a claim, or a `growth` rule a listed
//! count: the author has said what its figures are.
//! One info per series, naming its earliest figure and the first later one, from another
//! source, that cannot equal it.
//!
//! Cost: one pass into a hash map of series, then one sort per series with two or more
//! claims: O(n log n) at worst.

use serde::Serialize;

use super::{figure, reading, value_at};
use crate::codes::Code;
use crate::facts::Figure;
use crate::hashing::HashMap;
use crate::model::{ClaimId, NameKey, Project};
use crate::rules::Finding;

/// The info findings for the selected claims (those with a value). A series with a claim
/// `in_series` (one a `monotonic` rule compares) is left alone, as a dated one is: its
/// author has said that its figures may change from one date to the next, and that rule
/// compares them.
pub(super) fn dated_apart(
    project: &Project,
    selected: &[ClaimId],
    in_series: impl Fn(ClaimId) -> bool,
) -> Vec<Finding> {
    // (subject, metric, unit) -> the series' claims, or None once one of them is dated.
    type Series<'a> = (NameKey<'a>, &'a str, Option<&'a str>);
    let mut series: HashMap<Series, Option<Vec<ClaimId>>> = HashMap::default();
    let mut order: Vec<Series> = Vec::new();
    for &id in selected {
        let claim = project.claim(id);
        if claim.value.is_none() {
            continue;
        }
        let key = (claim.subject_key(), &*claim.metric.value, claim.unit_name());
        let dated = claim.as_of_at.is_some() || claim.period().is_some() || in_series(id);
        let slot = series.entry(key).or_insert_with(|| {
            order.push(key);
            Some(Vec::new())
        });
        match slot {
            Some(_) if dated => *slot = None,
            Some(claims) => claims.push(id),
            None => {}
        }
    }
    let mut findings = Vec::new();
    for key in order {
        let Some(Some(mut claims)) = series.remove(&key) else {
            continue;
        };
        if claims.len() < 2 {
            continue;
        }
        claims.sort_by_key(|&id| (project.claim(id).as_of, id));
        if let Some(finding) = first_conflict(project, &claims) {
            findings.push(finding);
        }
    }
    findings
}

fn first_conflict(project: &Project, claims: &[ClaimId]) -> Option<Finding> {
    let earliest = claims[0];
    let first = project.claim(earliest);
    let later = claims[1..].iter().copied().find(|&id| {
        let claim = project.claim(id);
        claim.source != first.source
            && claim.as_of != first.as_of
            && !reading(project, id).overlaps(&reading(project, earliest))
    })?;
    let other = project.claim(later);
    Some(
        Finding::new(
            Code::DatesKeepApart,
            format!(
                "`{}` states {} on {} and `{}` states {} on {} for {} `{}`: not compared, \
                 as they are dated apart",
                first.id.value,
                figure(first),
                first.as_of,
                other.id.value,
                figure(other),
                other.as_of,
                first.subject.value,
                first.metric.value
            ),
            "if both give the figure of one period (a year's total, the end of a year), write \
             that period on both (`period: 2019`, `period: 2019-12-31`) and they are compared; \
             if the figure really changed between the two articles, date the claims with \
             `as_of:` to say so",
        )
        .primary(
            value_at(project, later),
            format!("{} as of {}, its source's date", figure(other), other.as_of),
        )
        .label(
            value_at(project, earliest),
            format!("{} as of {}, its source's date", figure(first), first.as_of),
        )
        .note(
            "neither claim, nor any other of this subject and metric, states `as_of:` or \
             `period:`: each is dated by its article's publication, so the two are different \
             quantities to the default key",
        )
        .identified_by(other, vec![figure(other), figure(first)])
        .about(other)
        .about(first)
        .rests_on_value_of(other)
        .rests_on_value_of(first)
        .data(&DatesKeepApart {
            later: Figure::of_claim(other),
            later_as_of: other.as_of.to_string(),
            earlier: Figure::of_claim(first),
            earlier_as_of: first.as_of.to_string(),
        }),
    )
}

/// CC144's facts: the two figures and the publication dates that keep them apart. The
/// later claim is the finding's first claim.
#[derive(Serialize)]
struct DatesKeepApart {
    later: Option<Figure>,
    later_as_of: String,
    earlier: Option<Figure>,
    earlier_as_of: String,
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const LATER: &str = "sources:\n  - { id: later, title: A later article, published: 2020-12-21, text: article.txt }\n";
    const RULE: &str = "rules:\n  - { id: same, kind: agreement }\n";

    fn check(first: &str, second: &str) -> crate::check::Outcome {
        run(RULE, first, "", second)
    }

    /// Claim `a` (`first`) in the article, then `more` claims of that file, and claim `b`
    /// (`second`) in the later one, under `rules`.
    fn run(rules: &str, first: &str, more: &str, second: &str) -> crate::check::Outcome {
        check_files(&[
            ("sources/later.yaml", LATER),
            ("rules/r.yaml", rules),
            (
                "claims/a.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Gansu, metric: rural poor, {first} }}\n{more}"
                ),
            ),
            (
                "claims/b.yaml",
                &format!(
                    "source: later\nclaims:\n  - {{ id: b, quote: x, subject: Gansu, metric: rural poor, {second} }}\n"
                ),
            ),
        ])
    }

    /// 120 million, then 118 million in the later article, under the agreement rule and
    /// `series` rules, with `more` claims beside the first.
    fn apart_with(series: &str, more: &str) -> crate::check::Outcome {
        run(
            &format!("{RULE}{series}"),
            "value: 120 million, unit: person",
            more,
            "value: 118 million, unit: person",
        )
    }

    #[test]
    fn figures_kept_apart_only_by_publication_dates_are_an_info_on_the_later() {
        let outcome = check(
            "value: 120 million, unit: person",
            "value: 118 million, unit: person",
        );
        assert_eq!(codes(&outcome), vec![Code::DatesKeepApart]);
        assert_eq!(primary_text(&outcome, 0), "118 million");
        assert_eq!(
            outcome.diagnostics[0].severity,
            crate::diagnostic::Severity::Info
        );
    }

    #[test]
    fn the_same_period_on_both_makes_them_one_quantity_that_disagrees() {
        let outcome = check(
            "value: 120 million, unit: person, period: 2019",
            "value: 118 million, unit: person, period: 2019",
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
    }

    #[test]
    fn a_series_the_author_dated_or_figures_that_agree_are_left_alone() {
        let dated = check(
            "value: 17, unit: province, as_of: 2020-11-14",
            "value: 21, unit: province",
        );
        assert_eq!(codes(&dated), vec![Code::NothingJudged]);
        let agreeing = check(
            "value: 120 million, unit: person",
            "value: \"120,300,000\", unit: person",
        );
        assert_eq!(codes(&agreeing), vec![Code::NothingJudged]);
    }

    #[test]
    fn a_series_a_series_rule_selects_is_left_to_that_rule() {
        for series in [
            "  - { id: falls, kind: monotonic, direction: non-increasing, select: { metric: rural poor } }\n",
            "  - { id: rises, kind: monotonic, select: { metric: rural poor } }\n",
        ] {
            let outcome = apart_with(series, "");
            // The series rule judges the pair (the rising one finds the fall); the
            // agreement rule says nothing of it.
            assert!(
                !codes(&outcome).contains(&Code::DatesKeepApart),
                "{:#?}",
                outcome.diagnostics
            );
        }
    }

    #[test]
    fn a_growth_rule_compares_no_figure_and_leaves_the_info() {
        let outcome = apart_with(
            "  - { id: grows, kind: growth, select: { subject: Gansu } }\n",
            "",
        );
        assert!(codes(&outcome).contains(&Code::DatesKeepApart));
    }

    #[test]
    fn lists_a_growth_rule_compares_are_left_to_it() {
        // Two counts of listed provinces, a week apart, under `rules`.
        let listed = |rules: &str| {
            run(
                rules,
                "value: 2, unit: province, members: [Gansu, Guangxi]",
                "",
                "value: 3, unit: province, members: [Gansu, Guangxi, Hubei]",
            )
        };
        // The growth rule compares them.
        let outcome = listed(&format!("{RULE}  - {{ id: grows, kind: growth }}\n"));
        assert!(
            !codes(&outcome).contains(&Code::DatesKeepApart),
            "{:#?}",
            outcome.diagnostics
        );
        // Without it, the agreement rule says they are kept apart only by their dates.
        assert!(codes(&listed(RULE)).contains(&Code::DatesKeepApart));
    }

    #[test]
    fn a_series_with_one_claim_a_monotonic_rule_compares_is_left_alone_whole() {
        // `c` is selected by the series rule; `a` and `b` are of its series.
        let outcome = apart_with(
            "  - { id: rises, kind: monotonic, select: { id: c } }\n",
            "  - { id: c, quote: x, subject: Gansu, metric: rural poor, value: 100 million, unit: person }\n",
        );
        assert!(
            !codes(&outcome).contains(&Code::DatesKeepApart),
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_key_with_the_source_says_nothing() {
        let outcome = check_files(&[
            ("sources/later.yaml", LATER),
            (
                "rules/r.yaml",
                "rules:\n  - { id: same, kind: agreement, key: [subject, metric, date, source] }\n",
            ),
            (
                "claims/a.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 5, unit: county }\n  - { id: b, quote: x, subject: Gansu, metric: m, value: 6, unit: county, source: later }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }
}
