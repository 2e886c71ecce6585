//! The `timeline` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain timeline`).
//!
//! Always: a selected claim's `as_of`, and the end of its `period`, are not after its
//! source's publication date (CC161). A claim with neither is dated by its source and
//! cannot fail.
//!
//! With `before:` and `after:` (two status words, e.g. `before: not complete`,
//! `after: complete`; one word in both is an input error, CC016): for each claim whose status is the `after` word about a subject S,
//! every claim whose status is the `before` word about S, or about a place within S (an
//! entity whose `parent` chain reaches S), and that has the same metric, must be dated
//! strictly earlier (CC162). A county "still poor" on Oct 17 may be "out" by Nov 23, not the
//! other way round; nor may a province be done on Nov 21 while one of its counties is still
//! not done on Nov 25.
//!
//! A claim is dated by its `period:` when it has one (whatever its `as_of:`), else by its
//! `as_of` ([`Claim::dated`]). A status given for a period held at some time within it:
//! "completed in 2023" was complete by 2023-12-31 at the latest, and "not complete in
//! 2023" was not complete from 2023-01-01 at the earliest. So a `before` status
//! contradicts an `after` one when it starts on or after the day the `after` ends: a
//! county "not complete" on 2023-12-31 against its province "complete" in 2023, or "not
//! complete" in 2024 against "complete" in 2023. On days that is the rule above. Periods
//! that overlap more (complete in 2023 and not complete on 2023-06-30, or not complete in
//! 2023 and complete on 2023-06-30, or both in 2023) are not ordered: both may be true.
//!
//! One finding per `after` claim that is contradicted, on its status, naming every
//! `before` claim dated on or after it: a province "complete" on Nov 21 and two of its
//! counties "not complete" on Nov 25 is one finding that names both counties.
//!
//! Cost: O(n log n) and the findings' size, whatever the depth of the places' tree. The
//! before-claims of a metric are ranked by the day each starts, latest first; the places are
//! numbered so that a place and those within it are a range of numbers
//! ([`crate::model::Nesting`]); the after-claims are taken latest first, each admitting the
//! before-claims that start on or after the day it ends, and asking how many of those lie
//! in its place's range and which rank first ([`sweep`]). Filing each before-claim under
//! every place up its chain cost claims × depth, which a chain 100,000 places deep made
//! gigabytes.

use serde::Serialize;

mod sweep;

use super::{Check, Context, Evaluated, Finding, Kind, LISTED_CLAIMS};
use crate::codes::Code;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Located};
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, NameKey, Project};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Need, Shape};
use sweep::{Point, Sweep};

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
    claims_named_in: None,
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
    // A blank word is a field left unwritten: no claim's status is blank.
    let before = reader
        .text(record, "before")
        .and_then(|word| reader.not_blank(word, || "the `before:` of this rule", ORDER_HELP));
    let after = reader
        .text(record, "after")
        .and_then(|word| reader.not_blank(word, || "the `after:` of this rule", ORDER_HELP));
    let written = (
        record.get("before").is_some(),
        record.get("after").is_some(),
    );
    let spaced = |word: Located<String>| {
        let text = crate::normalize::spaced_phrase(&word.value).into_owned();
        Located::new(text, word.at)
    };
    let order = match (before, after) {
        (Some(before), Some(after)) => {
            let (before, after) = (spaced(before), spaced(after));
            if same_status(&before.value, &after.value) {
                reader
                    .diagnostics
                    .push(one_status_both_sides(&before, &after));
                return None;
            }
            Some((before, after))
        }
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

/// Whether two status words are one, as a claim's status is matched ([`has_status`]): in
/// any capitals.
fn same_status(one: &str, other: &str) -> bool {
    one == other
        || one
            .chars()
            .flat_map(char::to_lowercase)
            .eq(other.chars().flat_map(char::to_lowercase))
}

/// CC016 at `after:`: it names the status `before:` names, so the rule would order a status
/// before itself, and every two claims of that status on different days would contradict
/// each other. The slip is in the rule, and it does not run until it is put right.
fn one_status_both_sides(before: &Located<String>, after: &Located<String>) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidChoice,
        format!(
            "this timeline rule's `after:` names the status its `before:` names, `{}`: a status \
             cannot come before itself",
            after.value
        ),
        after.at,
        "the same status as `before:`",
    )
    .with_label(before.at, "`before:`")
    .with_help(
        "write in `after:` the status that follows the one in `before:` (`before: not \
         complete`, `after: complete`); to check only each claim's date against its \
         source's, leave both out",
    )
}

impl Check for Timeline {
    /// Every claim is judged against its source's date.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        let mut findings =
            super::each_claim(selected, |id| after_publication(project, project.claim(id)));
        if let Some((before, after)) = &self.order {
            match orders_nothing(project, selected, before, after, &context.rule.id.value) {
                Some(warning) => findings.push(warning),
                None => {
                    findings.extend(out_of_order(project, selected, &before.value, &after.value))
                }
            }
        }
        Evaluated::new(findings, selected.len())
    }
}

/// The help of a claim dated `as_of`, after its source's `published`: to correct the date,
/// and where the claim is dated the Buddhist era's 543 years late, as the year a Thai
/// article writes (`พ.ศ. 2567`) copied as it stands, the year to write.
fn as_of_help(as_of: Date, published: Date) -> String {
    let common_era = as_of.year - crate::date::BUDDHIST_ERA_OFFSET;
    let buddhist_era = (published.year - 1..=published.year).contains(&common_era);
    match Date::parse(&format!(
        "{common_era:04}-{:02}-{:02}",
        as_of.month, as_of.day
    )) {
        Ok(date) if buddhist_era => format!(
            "correct `as_of:`; {} is a year of the Buddhist era, which Thai articles write, \
             and {common_era} of the common era: `as_of: {date}`",
            as_of.year
        ),
        _ => "correct `as_of:`; an article reports what was so by the day it was published"
            .to_string(),
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
            as_of_help(claim.as_of, published),
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
            // A period that starts after the publication (a budget for the next year) has
            // no part "so far" to end on that day.
            if period.value.start <= published {
                format!(
                    "an article reports a period only as far as the day it was published: for \
                     a figure \"so far\", end the period on that day (`period: \
                     {}/{published}`); a forecast or a target for a later period is not a \
                     reported fact: say so in its metric and silence this code on the claim \
                     with `allow:` and the reason",
                    period.value.start
                )
            } else {
                "the period starts after the article was published: a figure for it (next \
                 year's budget) is a forecast, a plan or a target, not a reported fact: say so \
                 in its metric and silence this code on the claim with `allow:` and the reason"
                    .to_string()
            },
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

/// CC162's facts: the subject and date of the `after` status, the `before` status word,
/// and the claims that state it on or after that date (`later`: the first
/// [`LISTED_CLAIMS`], in the order of the finding's claims after the first, the latest
/// first; `later_total`: how many there are in all). A date is the claim's `as_of` (its
/// source's date when it has none) and, when it has one, its `period`, which places it in
/// time.
#[derive(Serialize)]
struct StatusOutOfOrder<'a> {
    subject: &'a str,
    status: &'a str,
    dated: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    later_status: &'a str,
    later: Vec<LaterStatus<'a>>,
    later_total: usize,
}

/// One claim of the `before` status dated on or after the `after` status it contradicts.
#[derive(Serialize)]
struct LaterStatus<'a> {
    subject: &'a str,
    dated: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
}

fn period_text(claim: &Claim) -> Option<String> {
    claim.period().map(|period| period.value.to_string())
}

/// CC047's facts for an order of statuses that checks nothing: the rule, and the status
/// words of its order that no claim it selects has.
#[derive(Serialize)]
struct NoOrderToCheck<'a> {
    rule: &'a str,
    missing: Vec<&'a str>,
}

/// A warning (CC047) when the rule's order of statuses can check nothing: no claim it
/// selects has one of the two words (a slip such as `before: incomplete` for claims that
/// say `not complete`), which would otherwise pass in silence while the rule still judges
/// dates. With a selection of no claim, CC045 has said so already.
fn orders_nothing(
    project: &Project,
    selected: &[ClaimId],
    before: &Located<String>,
    after: &Located<String>,
    rule: &str,
) -> Option<Finding> {
    if selected.is_empty() {
        return None;
    }
    let still = "the rule still checks each claim's date against its source's";
    let has = |word: &str| {
        selected
            .iter()
            .any(|&id| has_status(project.claim(id), word))
    };
    let missing: Vec<&Located<String>> = [before, after]
        .into_iter()
        .filter(|word| !has(&word.value))
        .collect();
    let (first, rest) = missing.split_first()?;
    // The statuses the selected claims do have, for a did-you-mean.
    let mut statuses: Vec<&str> = selected
        .iter()
        .filter_map(|&id| project.claim(id).status().map(|status| &*status.value))
        .collect();
    statuses.sort_unstable();
    statuses.dedup();
    let words: Vec<String> = missing
        .iter()
        .map(|word| format!("`{}`", word.value))
        .collect();
    let mut hints: Vec<String> = missing
        .iter()
        .filter_map(|word| {
            // Not the rule's other word: `complete` is no fix for `before: incomplete`.
            let other = if std::ptr::eq(*word, before) {
                after
            } else {
                before
            };
            let candidates = statuses
                .iter()
                .copied()
                .filter(|status| status.to_lowercase() != other.value.to_lowercase());
            let near = crate::suggest::closest_by_scan(&word.value, candidates)?;
            Some(format!("for `{}`, did you mean `{near}`?", word.value))
        })
        .collect();
    hints.push(match statuses.as_slice() {
        [] => "no claim the rule selects has a `status:`: give the claims their statuses as \
               the articles state them, or select the claims that have them"
            .to_string(),
        some => format!(
            "the claims it selects have the statuses {}: if a word of the rule is a slip, \
             write it as they do; if no claim has reached it yet, the order is checked once \
             one does",
            crate::words::and_list(
                &some
                    .iter()
                    .take(8)
                    .map(|status| format!("`{status}`"))
                    .collect::<Vec<_>>()
            )
        ),
    });
    let mut finding = Finding::new(
        Code::NothingJudged,
        format!(
            "rule `{rule}` orders `{}` before `{}`, but no claim it selects has the status {}: \
             it checks no order of statuses",
            before.value,
            after.value,
            words.join(" or ")
        ),
        crate::diagnostic::sentences(&hints),
    )
    .primary(first.at, "no claim the rule selects has this status");
    for word in rest {
        finding = finding.label(word.at, "nor this one");
    }
    Some(finding.note(still).data(&NoOrderToCheck {
        rule,
        missing: missing.iter().map(|word| word.value.as_str()).collect(),
    }))
}

/// Whether the claim's status is `word`: in any capitals, as the rule may write a word the
/// claims capitalise (`before: not complete` and `status: Not complete`), with both in
/// their spaced form ([`crate::normalize::spaced_phrase`]).
fn has_status(claim: &Claim, word: &str) -> bool {
    fn lowercase(text: &str) -> impl Iterator<Item = char> + '_ {
        text.chars().flat_map(char::to_lowercase)
    }
    claim.status().is_some_and(|status| {
        *status.value == *word || lowercase(&status.value).eq(lowercase(word))
    })
}

/// The `before` and `after` statuses of one metric.
#[derive(Default)]
struct Statuses {
    /// (the first day it speaks of, the claim, its subject's position).
    before: Vec<(Date, ClaimId, u32)>,
    after: Vec<ClaimId>,
}

/// The `before` statuses that contradict one `after` status: the first
/// [`LISTED_CLAIMS`] - 1, the latest first (then in corpus order), and how many there are in
/// all, about the same subject, and given for a period.
struct Later<'a> {
    listed: Vec<&'a Claim>,
    total: usize,
    same_subject: usize,
    with_period: usize,
}

fn out_of_order(
    project: &Project,
    selected: &[ClaimId],
    before: &str,
    after: &str,
) -> Vec<Finding> {
    let mut places = Places::new(project);
    let mut by_metric: HashMap<&str, Statuses> = HashMap::default();
    let mut metrics: Vec<&str> = Vec::new();
    for &id in selected {
        let claim = project.claim(id);
        let (is_before, is_after) = (has_status(claim, before), has_status(claim, after));
        if !is_before && !is_after {
            continue;
        }
        let metric = &*claim.metric.value;
        let statuses = by_metric.entry(metric).or_insert_with(|| {
            metrics.push(metric);
            Statuses::default()
        });
        if is_before {
            let at = places.of_before(claim);
            statuses.before.push((claim.dated().start, id, at));
        }
        if is_after {
            statuses.after.push(id);
        }
    }
    // Each metric's findings, then all in the order of their `after` claims.
    let mut found: Vec<(ClaimId, Finding)> = Vec::new();
    for metric in metrics {
        let statuses = by_metric.remove(metric).expect("each metric is filed");
        found.extend(contradicted(project, &places, statuses, before, after));
    }
    found.sort_by_key(|&(id, _)| id);
    found.into_iter().map(|(_, finding)| finding).collect()
}

/// Where the subjects of statuses lie: a registered place at its number in the tree of
/// places ([`crate::model::Nesting`]), so that it and the places within it are a range; a
/// subject that names no one place at a number of its own after those.
struct Places<'p> {
    project: &'p Project,
    names: HashMap<NameKey<'p>, u32>,
}

impl<'p> Places<'p> {
    fn new(project: &'p Project) -> Places<'p> {
        Places {
            project,
            names: Default::default(),
        }
    }

    /// The position of a `before` status's subject, numbering a new unregistered name.
    fn of_before(&mut self, claim: &'p Claim) -> u32 {
        match claim.subject_key() {
            NameKey::Entity(entity) => self.project.entities.nesting().subtree(entity).start,
            name => {
                let next = self.project.entities.nesting().numbered() + self.names.len() as u32;
                *self.names.entry(name).or_insert(next)
            }
        }
    }

    /// The positions of an `after` status's subject and of the places within it; none for an
    /// unregistered name no `before` status is about.
    fn of_after(&self, claim: &Claim) -> Option<std::ops::Range<u32>> {
        match claim.subject_key() {
            NameKey::Entity(entity) => Some(self.project.entities.nesting().subtree(entity)),
            name => self.names.get(&name).map(|&at| at..at + 1),
        }
    }
}

/// CC162 for one metric: for each `after` status, the `before` statuses about its place or
/// a place within it that start on or after the day it ends.
fn contradicted<'p>(
    project: &'p Project,
    places: &Places<'p>,
    mut statuses: Statuses,
    before: &str,
    after: &str,
) -> Vec<(ClaimId, Finding)> {
    // Ranked the latest start first, then in corpus order: those that start on or after a
    // day are the ranks below a bound.
    statuses
        .before
        .sort_unstable_by_key(|&(starts, id, _)| (std::cmp::Reverse(starts), id));
    let points: Vec<Point> = statuses
        .before
        .iter()
        .map(|&(_, id, at)| Point {
            at,
            marked: !project.claim(id).dated().is_one_day(),
        })
        .collect();
    // A status over a period held at some time within it: an `after` status by the
    // period's last day, a `before` status from its first. So a `before` that starts on or
    // after the day an `after` ends contradicts it; on days, one on or after it. Asked
    // latest first, each question admits the statuses that start on or after its day.
    let mut questions: Vec<(u32, ClaimId)> = statuses
        .after
        .iter()
        .map(|&id| {
            let ends = project.claim(id).dated().end;
            let bound = statuses
                .before
                .partition_point(|&(starts, _, _)| starts >= ends);
            (bound as u32, id)
        })
        .filter(|&(bound, _)| bound > 0)
        .collect();
    questions.sort_unstable();
    let mut sweep = Sweep::new(&points);
    let mut findings = Vec::new();
    for (bound, id) in questions {
        let claim = project.claim(id);
        let Some(within) = places.of_after(claim) else {
            continue;
        };
        sweep.admit_below(bound);
        // No claim is among its own contradictions: the rule's two words are never one
        // status ([`one_status_both_sides`]), so no claim has both.
        let mut later = Later {
            listed: Vec::new(),
            total: sweep.count(within.clone()),
            same_subject: sweep.count(within.start..within.start + 1),
            with_period: sweep.count_marked(within.clone()),
        };
        if later.total == 0 {
            continue;
        }
        later.listed = sweep
            .lowest(within, LISTED_CLAIMS)
            .into_iter()
            .take(LISTED_CLAIMS - 1)
            .map(|rank| project.claim(statuses.before[rank as usize].1))
            .collect();
        // In the claims' words, which the rule's may match in other capitals.
        let before = later.listed[0].status().map_or(before, |s| &*s.value);
        let after = claim.status().map_or(after, |s| &*s.value);
        findings.push((id, status_finding(project, claim, &later, before, after)));
    }
    findings
}

/// How many of the claims that contradict a status a CC162 message names; the labels show
/// more, and the finding's claims list them all.
const NAMED_IN_MESSAGE: usize = 3;

/// CC162: one finding per `after` status, on it, naming every `before` status dated on or
/// after it (`later`, the latest first): whichever side is wrong, the finding is about the
/// claim it points at, and an `allow:` there silences it.
fn status_finding(
    project: &Project,
    after_claim: &Claim,
    later: &Later,
    before: &str,
    after: &str,
) -> Finding {
    let early = after_claim.dated();
    let subject = &after_claim.subject.value;
    let same_subject = |claim: &Claim| claim.subject_key() == after_claim.subject_key();
    let on = |claim: &Claim| match claim.dated() {
        day if day == early && day.is_one_day() => "the same day".to_string(),
        dated => dated.in_words(),
    };
    // When a period is involved, "on or after" is said of the day the `after` period ends.
    let periods = !early.is_one_day() || later.with_period > 0;
    let that_day = match early.is_one_day() {
        true => "that day".to_string(),
        false => format!("{}, the last day of {early}", early.end),
    };
    let says = match later.listed[..] {
        [one] if later.total == 1 && same_subject(one) => {
            format!("`{}` says it was {before} {}", one.id.value, on(one))
        }
        [one] if later.total == 1 => format!(
            "`{}` says {}, within it, was {before} {}",
            one.id.value,
            one.subject.value,
            on(one)
        ),
        ref several => {
            let whom = if later.same_subject == later.total {
                "it was"
            } else if later.same_subject > 0 {
                "it or places within it were"
            } else {
                "places within it were"
            };
            let mut named: Vec<String> = several
                .iter()
                .take(NAMED_IN_MESSAGE)
                .map(|c| format!("`{}` ({}, {})", c.id.value, c.subject.value, c.dated()))
                .collect();
            let more = later.total.saturating_sub(NAMED_IN_MESSAGE);
            let last = match more {
                0 => named.pop().unwrap_or_default(),
                n => format!("{n} more"),
            };
            let from = match periods {
                true => "from",
                false => "on or after",
            };
            format!(
                "{} claims say {whom} {before} {from} {that_day}: {} and {last}",
                later.total,
                named.join(", ")
            )
        }
    };
    let mut finding = Finding::new(
        Code::StatusOutOfOrder,
        format!(
            "`{}` says {subject} was {after} {}, but {says}",
            after_claim.id.value,
            early.in_words()
        ),
        "check the dates against the articles (a missing `as_of:` dates a claim by its \
         source); if the articles themselves conflict, keep their words: this finding is the \
         discrepancy",
    )
    .primary(
        status_at(after_claim),
        format!("{after} {}", early.in_words()),
    );
    for (n, claim) in later.listed.iter().enumerate() {
        if finding.labels_full() {
            finding = finding.unlabelled_as(later.total - n, "claims");
            break;
        }
        let label = match later.total {
            1 => format!("{before} {}", claim.dated().in_words()),
            _ => format!(
                "`{}`: {before} {}",
                claim.id.value,
                claim.dated().in_words()
            ),
        };
        finding = finding.label(status_at(claim), label);
    }
    let first = later.listed[0];
    let dates = match (later.total, periods) {
        (1, false) => format!("{} is not before {early}", first.dated()),
        (several, false) => format!("{several} are not before {early}"),
        (several, true) => {
            let starts = match several {
                1 => format!("`{before}` {} starts", first.dated().in_words()),
                several => format!("{several} `{before}` start"),
            };
            format!(
                "{starts} no earlier than {}, by which day `{after}` {} held",
                early.end,
                early.in_words()
            )
        }
    };
    finding = finding.note(format!(
        "for `{}`, `{after}` about {subject} must be dated after every `{before}` about it or \
         a place within it: {dates}",
        after_claim.metric.value
    ));
    if periods {
        finding = finding.note(format!(
            "a status given for a period held at some time within it: a `{after}` by the \
             period's last day, a `{before}` from its first day; periods that overlap more \
             than that are not ordered"
        ));
    }
    for claim in std::iter::once(&after_claim).chain(later.listed.iter().take(NAMED_IN_MESSAGE)) {
        if claim.as_of_at.is_none() && claim.period().is_none() {
            let source = project.source(claim.source);
            finding = finding.note(format!(
                "`{}` has no `as_of:`; it is dated by its source `{}`, published {}",
                claim.id.value, source.id.value, claim.as_of
            ));
        }
    }
    finding
        // The statuses and the date, not the claims that contradict it: another claim
        // saying the same leaves it the same finding.
        .identified_by(
            after_claim,
            vec![after.to_string(), early.to_string(), before.to_string()],
        )
        .about(after_claim)
        .about_all(later.listed.iter().copied())
        .data(&StatusOutOfOrder {
            subject,
            status: after,
            dated: after_claim.as_of.to_string(),
            period: period_text(after_claim),
            later_status: before,
            later_total: later.total,
            later: later
                .listed
                .iter()
                .map(|claim| LaterStatus {
                    subject: &claim.subject.value,
                    dated: claim.as_of.to_string(),
                    period: period_text(claim),
                })
                .collect(),
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

    #[test]
    fn a_date_in_the_buddhist_eras_year_is_told_the_common_eras() {
        let date = |text: &str| crate::date::Date::parse(text).unwrap();
        let published = date("2024-09-20");
        assert_eq!(
            super::as_of_help(date("2567-09-20"), published),
            "correct `as_of:`; 2567 is a year of the Buddhist era, which Thai articles write, \
             and 2024 of the common era: `as_of: 2024-09-20`"
        );
        // A year later than the article by other than the era's 543, and a day the common
        // era's year lacks (29 February 2567 is of 2024, a leap year; 2568 of 2025 is not).
        for as_of in ["2024-09-21", "2025-01-01", "2568-02-28"] {
            assert!(
                super::as_of_help(date(as_of), published).ends_with("the day it was published"),
                "{as_of}"
            );
        }
    }

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
    fn an_order_of_a_status_no_selected_claim_has_says_it_checks_no_order() {
        let statuses = format!(
            "{}{}",
            status("done", "Gansu", "complete", Some("2020-11-14")),
            status("late", "Gansu", "not complete", Some("2020-11-20"))
        );
        let typo =
            "rules:\n  - { id: order, kind: timeline, before: incomplete, after: complete }\n";
        let outcome = check(typo, &statuses);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        let warning = &outcome.diagnostics[0];
        assert_eq!(
            warning.message,
            "rule `order` orders `incomplete` before `complete`, but no claim it selects has \
             the status `incomplete`: it checks no order of statuses"
        );
        assert_eq!(primary_text(&outcome, 0), "incomplete");
        let help = warning.help.as_deref().unwrap();
        assert!(
            help.starts_with("for `incomplete`, did you mean `not complete`?"),
            "{help}"
        );
        // Written as the claims write them, the order is checked.
        assert_eq!(
            codes(&check(ORDER, &statuses)),
            vec![Code::StatusOutOfOrder]
        );
        // Claims without statuses: the help says so, with no did-you-mean.
        let outcome = check(
            ORDER,
            "  - { id: v, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert!(
            outcome.diagnostics[0]
                .help
                .as_deref()
                .unwrap()
                .starts_with("no claim the rule selects has a `status:`")
        );
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
    fn a_period_that_starts_after_publication_is_not_told_to_end_on_it() {
        let help = |period: &str| {
            let outcome = check(
                DATES,
                &format!(
                    "  - {{ id: p, quote: x, subject: Gansu, metric: m, value: 1, unit: county, period: {period} }}\n"
                ),
            );
            outcome.diagnostics[0].help.clone().unwrap_or_default()
        };
        // Under way when the article was published: a figure so far ends on that day.
        assert!(help("2020").contains("`period: 2020-01-01/2020-11-21`"));
        // Next year's budget: ending it on that day would end it before it starts.
        let next_year = help("2021");
        assert!(!next_year.contains("`period:"), "{next_year}");
        assert!(
            next_year.contains("a forecast, a plan or a target"),
            "{next_year}"
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
    fn a_status_out_of_order_keeps_its_baseline_fingerprint_when_another_claim_contradicts_it() {
        use crate::baseline::fingerprint;
        let done = status("done", "Guangxi", "complete", Some("2020-11-19"));
        let not_done = status("not-done", "Guangxi", "not complete", Some("2020-11-20"));
        let before = check(ORDER, &(done.clone() + &not_done));
        let again = status(
            "not-done-again",
            "Guangxi",
            "not complete",
            Some("2020-11-20"),
        );
        let after = check(ORDER, &(done + &not_done + &again));
        assert_eq!(codes(&after), vec![Code::StatusOutOfOrder]);
        // The message now names both claims that contradict it; what was accepted is the same.
        assert!(after.diagnostics[0].message.contains("2 claims say"));
        assert_eq!(
            fingerprint(&before.diagnostics[0], &before.project),
            fingerprint(&after.diagnostics[0], &after.project)
        );
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
            "`done` says Guangxi was complete on 2020-11-19, but `not-done` says it was not \
             complete on 2020-11-20"
        );
        assert_eq!(
            outcome.diagnostics[0].labels[1].message,
            "not complete on 2020-11-20"
        );
    }

    #[test]
    fn the_rules_status_words_match_claims_in_any_capitals_and_spacing() {
        let rule = "rules:\n  - id: order\n    kind: timeline\n    before: \"Not  complete\"\n    after: COMPLETE\n";
        let outcome = check(
            rule,
            &(status("done", "Guangxi", "complete", Some("2020-11-19"))
                + &status("not-done", "Guangxi", "not complete", Some("2020-11-20"))),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        // In the claims' words, not the rule's.
        assert_eq!(
            outcome.diagnostics[0].message,
            "`done` says Guangxi was complete on 2020-11-19, but `not-done` says it was not \
             complete on 2020-11-20"
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
            "`province-done` says Guangxi was complete on 2020-11-19, but `county-not-done` \
             says Rongshui, within it, was not complete on 2020-11-21"
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
                .ends_with("but `not-done` says it was not complete the same day")
        );
    }

    /// A status claim dated as written: `as_of: ...`, `period: ...` or both.
    fn dated_status(id: &str, subject: &str, status: &str, dates: &str) -> String {
        format!(
            "  - {{ id: {id}, quote: x, subject: {subject}, metric: county poverty exit, status: {status}, {dates} }}\n"
        )
    }

    #[test]
    fn a_status_for_a_year_is_done_by_its_last_day() {
        // Guangxi completed in 2019, so it was complete on 2019-12-31; a county within it
        // not complete that day contradicts it.
        let outcome = check(
            ORDER,
            &(dated_status("done", "Guangxi", "complete", "period: 2019")
                + &dated_status("not-done", "Rongshui", "not complete", "as_of: 2019-12-31")),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`done` says Guangxi was complete in 2019, but `not-done` says Rongshui, within it, \
             was not complete on 2019-12-31"
        );
        assert_eq!(diagnostic.labels[0].message, "complete in 2019");
        assert_eq!(diagnostic.labels[1].message, "not complete on 2019-12-31");
        assert_eq!(
            diagnostic.notes[..2],
            [
                "for `county poverty exit`, `complete` about Guangxi must be dated after every \
                 `not complete` about it or a place within it: `not complete` on 2019-12-31 \
                 starts no earlier than 2019-12-31, by which day `complete` in 2019 held",
                "a status given for a period held at some time within it: a `complete` by the \
                 period's last day, a `not complete` from its first day; periods that overlap \
                 more than that are not ordered"
            ]
        );
        // Neither is dated by its source.
        assert_eq!(diagnostic.notes.len(), 2, "{:?}", diagnostic.notes);
        let data = diagnostic.data.as_ref().unwrap().value();
        assert_eq!(data["period"], "2019");
        assert_eq!(data["later"][0]["dated"], "2019-12-31");
        assert!(data["later"][0].get("period").is_none());
    }

    #[test]
    fn statuses_of_periods_that_overlap_more_than_a_day_are_not_ordered() {
        for (done, not_done) in [
            // It may have completed after June.
            ("period: 2019", "as_of: 2019-06-30"),
            // It was not complete at some time in 2019, before June perhaps.
            ("as_of: 2019-06-30", "period: 2019"),
            ("period: 2019", "period: 2019"),
            ("period: 2017/2019", "period: 2018"),
        ] {
            let outcome = check(
                ORDER,
                &(dated_status("done", "Guangxi", "complete", done)
                    + &dated_status("not-done", "Rongshui", "not complete", not_done)),
            );
            assert_eq!(
                codes(&outcome),
                vec![],
                "complete {done}, not complete {not_done}"
            );
        }
    }

    #[test]
    fn statuses_of_years_are_ordered_by_their_years() {
        let reverted = check(
            ORDER,
            &(dated_status("done", "Guangxi", "complete", "period: 2018")
                + &dated_status("not-done", "Guangxi", "not complete", "period: 2019")),
        );
        assert_eq!(codes(&reverted), vec![Code::StatusOutOfOrder]);
        assert_eq!(
            reverted.diagnostics[0].message,
            "`done` says Guangxi was complete in 2018, but `not-done` says it was not complete \
             in 2019"
        );
        assert!(
            reverted.diagnostics[0].notes[0].ends_with(
                "`not complete` in 2019 starts no earlier than 2018-12-31, by which day \
                 `complete` in 2018 held"
            ),
            "{:?}",
            reverted.diagnostics[0].notes
        );
        let in_order = check(
            ORDER,
            &(dated_status("not-done", "Guangxi", "not complete", "period: 2018")
                + &dated_status("done", "Guangxi", "complete", "period: 2019")),
        );
        assert_eq!(codes(&in_order), vec![]);
    }

    #[test]
    fn a_period_dates_a_status_whatever_its_as_of() {
        // By `as_of` (when each was reported) "not complete" comes first; by the periods
        // they speak of, complete in 2018 and not complete in 2019.
        let outcome = check(
            ORDER,
            &(dated_status(
                "done",
                "Guangxi",
                "complete",
                "period: 2018, as_of: 2020-01-10",
            ) + &dated_status(
                "not-done",
                "Guangxi",
                "not complete",
                "period: 2019, as_of: 2020-01-05",
            )),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
    }

    #[test]
    fn several_statuses_after_a_period_are_counted_from_its_last_day() {
        let outcome = check(
            ORDER,
            &(dated_status("done", "Guangxi", "complete", "period: 2018")
                + &dated_status("county", "Rongshui", "not complete", "as_of: 2018-12-31")
                + &dated_status("other", "Sanjiang", "not complete", "period: 2019")),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`done` says Guangxi was complete in 2018, but 2 claims say places within it were \
             not complete from 2018-12-31, the last day of 2018: `other` (Sanjiang, 2019) and \
             `county` (Rongshui, 2018-12-31)"
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
    fn every_claim_that_contradicts_a_status_is_named_by_its_one_finding_latest_first() {
        let outcome = check(
            ORDER,
            &(status("done", "Guangxi", "complete", Some("2020-11-01"))
                + &status("county", "Rongshui", "not complete", Some("2020-11-05"))
                + &status("earlier", "Sanjiang", "not complete", Some("2020-10-30"))
                + &status("other", "Sanjiang", "not complete", Some("2020-11-05"))
                + &status("province", "Guangxi", "not complete", Some("2020-11-10"))),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`done` says Guangxi was complete on 2020-11-01, but 3 claims say it or places \
             within it were not complete on or after that day: `province` (Guangxi, \
             2020-11-10), `county` (Rongshui, 2020-11-05) and `other` (Sanjiang, 2020-11-05)"
        );
        assert_eq!(diagnostic.claims, ["done", "province", "county", "other"]);
        assert_eq!(primary_text(&outcome, 0), "complete");
        let labels: Vec<&str> = diagnostic.labels[1..4]
            .iter()
            .map(|l| l.message.as_ref())
            .collect();
        assert_eq!(
            labels,
            [
                "`province`: not complete on 2020-11-10",
                "`county`: not complete on 2020-11-05",
                "`other`: not complete on 2020-11-05",
            ]
        );
    }

    #[test]
    fn a_message_names_three_contradicting_claims_and_counts_the_rest() {
        let counties: String = (1..=5)
            .map(|n| status(&format!("county-{n}"), "Rongshui", "not complete", None))
            .collect();
        let outcome = check(
            ORDER,
            &(status("done", "Guangxi", "complete", Some("2020-11-01")) + &counties),
        );
        assert_eq!(codes(&outcome), vec![Code::StatusOutOfOrder]);
        assert!(
            outcome.diagnostics[0]
                .message
                .ends_with("`county-3` (Rongshui, 2020-11-21) and 2 more"),
            "{}",
            outcome.diagnostics[0].message
        );
        assert_eq!(outcome.diagnostics[0].claims.len(), 6);
    }

    #[test]
    fn a_suppression_on_a_contradicting_claim_says_where_the_finding_is_reported() {
        let not_done = "  - { id: not-done, quote: x, subject: Rongshui, metric: county poverty exit, status: not complete, allow: [{ code: CC162, reason: r }] }\n";
        let outcome = check(
            ORDER,
            &(status("done", "Guangxi", "complete", Some("2020-11-01")) + not_done),
        );
        assert_eq!(
            codes(&outcome),
            vec![Code::StatusOutOfOrder, Code::UnusedSuppression]
        );
        assert_eq!(
            outcome.diagnostics[1].message,
            "this suppression of CC162 on `not-done` silences nothing: the CC162 that names \
             `not-done` is reported on `done`"
        );
        // On the claim the finding is reported on, it silences it.
        let done = "  - { id: done, quote: x, subject: Guangxi, metric: county poverty exit, status: complete, as_of: 2020-11-01, allow: [{ code: CC162, reason: r }] }\n";
        let outcome = check(
            ORDER,
            &(done.to_string() + &status("not-done", "Rongshui", "not complete", None)),
        );
        assert_eq!(codes(&outcome), vec![]);
        assert_eq!(outcome.summary.suppressed, 1);
    }

    /// A forest of places and statuses about them and about names no place has, at random:
    /// each finding names the statuses a look at every pair finds, in its order, and counts
    /// them all.
    #[test]
    fn findings_agree_with_looking_at_every_pair_of_statuses() {
        let mut random = crate::fuzzing::Xorshift::new(0x9e37_79b9_7f4a_7c15);
        let mut next = |below: usize| random.below(below);
        let places = 40;
        let parents: Vec<Option<usize>> = (0..places)
            .map(|at| (at > 0 && next(5) > 0).then(|| next(at)))
            .collect();
        let entities: String = std::iter::once("entities:\n".to_string())
            .chain(parents.iter().enumerate().map(|(at, parent)| match parent {
                Some(parent) => format!("  - {{ name: P{at}, kind: county, parent: P{parent} }}\n"),
                None => format!("  - {{ name: P{at}, kind: county }}\n"),
            }))
            .collect();
        // (id, subject, metric, status, day of 2020-01).
        let claims: Vec<(String, String, usize, bool, usize)> = (0..300)
            .map(|n| {
                let subject = match next(8) {
                    0 => format!("Unregistered {}", next(3)),
                    _ => format!("P{}", next(places)),
                };
                (
                    format!("c{n}"),
                    subject,
                    next(2),
                    next(2) == 0,
                    1 + next(28),
                )
            })
            .collect();
        let body: String = claims
            .iter()
            .map(|(id, subject, metric, done, day)| {
                let status = if *done { "complete" } else { "not complete" };
                format!(
                    "  - {{ id: {id}, quote: x, subject: {subject}, metric: m{metric}, status: {status}, as_of: 2020-01-{day:02} }}\n"
                )
            })
            .collect();
        let outcome = check_files(&[
            ("entities/tree.yaml", &entities),
            (
                "rules/r.yaml",
                ORDER
                    .replace("}", ", select: { metric: [m0, m1] } }")
                    .as_str(),
            ),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{body}"),
            ),
        ]);
        let within = |place: &str, area: &str| {
            let number = |name: &str| name.strip_prefix('P')?.parse::<usize>().ok();
            let (Some(mut at), Some(area)) = (number(place), number(area)) else {
                return place == area;
            };
            loop {
                if at == area {
                    return true;
                }
                match parents[at] {
                    Some(parent) => at = parent,
                    None => return false,
                }
            }
        };
        let mut expected = Vec::new();
        for (id, subject, metric, done, day) in &claims {
            if !done {
                continue;
            }
            let mut later: Vec<(usize, usize)> = (claims.iter().enumerate())
                .filter(|(_, (_, s, m, d, when))| {
                    !d && m == metric && when >= day && within(s, subject)
                })
                .map(|(n, (_, _, _, _, when))| (*when, n))
                .collect();
            later.sort_by_key(|&(when, n)| (std::cmp::Reverse(when), n));
            if !later.is_empty() {
                let named: Vec<String> = (later.iter().take(49))
                    .map(|&(when, n)| format!("{} 2020-01-{when:02}", claims[n].1))
                    .collect();
                expected.push((id.clone(), later.len(), named));
            }
        }
        let mut found: Vec<(String, usize, Vec<String>)> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::StatusOutOfOrder)
            .map(|d| {
                let data = d.data.as_ref().unwrap().value();
                let id = d.message[1..].split('`').next().unwrap().to_string();
                let named = data["later"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| {
                        format!(
                            "{} {}",
                            l["subject"].as_str().unwrap(),
                            l["dated"].as_str().unwrap()
                        )
                    })
                    .collect();
                (id, data["later_total"].as_u64().unwrap() as usize, named)
            })
            .collect();
        let by_claim =
            |(id, _, _): &(String, usize, Vec<String>)| id[1..].parse::<usize>().unwrap();
        expected.sort_by_key(by_claim);
        found.sort_by_key(by_claim);
        assert!(
            expected.len() > 20,
            "the test finds enough: {}",
            expected.len()
        );
        assert_eq!(found, expected);
    }

    #[test]
    fn a_rule_whose_after_is_its_before_is_an_input_error_at_after() {
        // Found from outside: `before: complete`, `after: complete` ran, and told two
        // claims that said "complete" on two days that they contradicted each other.
        for (before, after) in [
            ("complete", "complete"),
            ("Done", "done"),
            ("not  complete", "not complete"),
        ] {
            let rule = format!(
                "rules:\n  - {{ id: order, kind: timeline, before: {before}, after: {after} }}\n"
            );
            let two = status("a", "Gansu", after, Some("2020-01-05"))
                + &status("b", "Gansu", after, Some("2020-01-07"));
            let outcome = check(&rule, &two);
            assert_eq!(
                codes(&outcome),
                vec![Code::InvalidChoice],
                "{before} / {after}"
            );
            assert_eq!(primary_text(&outcome, 0), after);
            let diagnostic = &outcome.diagnostics[0];
            assert_eq!(diagnostic.labels[1].message, "`before:`");
            assert!(
                diagnostic
                    .help
                    .as_deref()
                    .unwrap()
                    .starts_with("write in `after:` the status that follows"),
                "{:?}",
                diagnostic.help
            );
            assert!(outcome.rules.is_empty());
        }
    }

    #[test]
    fn before_without_after_is_a_missing_field() {
        let rule = "rules:\n  - { id: order, kind: timeline, before: not complete }\n";
        let outcome = check(rule, &status("a", "Gansu", "complete", None));
        assert_eq!(codes(&outcome), vec![Code::MissingField]);
        assert!(outcome.diagnostics[0].message.contains("`after`"));
    }

    #[test]
    fn a_blank_word_is_a_field_left_unwritten() {
        // Found from outside: `before: ""` was read as a status, and the rule said that
        // no claim has the status `''`.
        let rule = "rules:\n  - { id: order, kind: timeline, before: \"\", after: \"   \" }\n";
        let outcome = check(rule, &status("a", "Gansu", "complete", None));
        let blank: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code, d.message.as_str()))
            .collect();
        assert_eq!(
            blank,
            [
                (Code::MissingField, "the `before:` of this rule is blank"),
                (Code::MissingField, "the `after:` of this rule is blank"),
            ]
        );
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
