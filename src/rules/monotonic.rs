//! The `monotonic` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain monotonic`).
//!
//! A series is the selected claims that state a value and share a subject, a metric and a
//! unit; the subject counts as the same when it resolves to the same entity ("Tibet" and
//! "Xizang"), else when it is written the same. The series is ordered by date, and
//! `direction:` says which way it may go:
//!
//! | direction | a later figure breaks the series when, for every value the two figures may stand for, it is |
//! | --- | --- |
//! | `non-decreasing` (default) | below the earlier one (`certainly_less_than`) |
//! | `increasing` | not above the earlier one (`certainly_less_or_equal`) |
//! | `non-increasing` | above the earlier one (`certainly_greater_than`) |
//! | `decreasing` | not below the earlier one (`certainly_greater_or_equal`) |
//!
//! So a break is reported only when no reading of the rounding rescues it: "3.29 million"
//! then "3,288,000" is not a decrease (the first stands for [3285000, 3295000)), while
//! "3.29 million" then "3,280,000" is. A figure written to the unit with no qualifier
//! (`17`, `3,288,000`) is an exact count, a whole number, and is compared as that number:
//! otherwise "17" then "17" (each [16.5, 17.5)) could never break a strictly increasing
//! series.
//!
//! A claim's date is its `period:` when it has one (whatever its `as_of:`), else its
//! `as_of` ([`Claim::dated`]). One figure comes before another when its period ends before
//! the other's begins: 40 parks in 2022 then 39 in 2023 is a decrease, as is 12 on
//! 2019-12-31 then 11 in 2020. Figures of one date, or of periods that overlap (2020 and
//! 2020-12-31, 2019/2021 and 2020), are never compared with each other: neither comes
//! before the other, and each may be true whatever the other says (a year's total and its
//! last day's, a three-year total and one year's). That figures of one date agree is the
//! job of the `agreement` kind. A figure for 2019/2021 is still compared with one for 2018
//! and one for 2022, and one for 2019 with one for 2021 whatever lies between them.
//!
//! Each figure is compared with the level the series has established before it: the
//! strongest figure (for a rising series, the one with the highest lower bound) among
//! those that end before it starts, since the last break. For exact figures on days that
//! is the same as comparing neighbouring dates; with rounded figures it also catches a
//! drift that no single step shows ("3,294,000", then "3.29 million", then "3,286,000").
//! After a break the series is judged from the new level, so one wrong figure gives one
//! finding, not one per later claim: the earlier figures that end before the break starts
//! no longer count, those of its own date (or of periods that overlap it) still do.
//!
//! The rule judges the claims it compares: those with another figure of the series dated
//! before or after them. A series of one claim, of one date, or of overlapping periods
//! judges nothing; when no series of a rule judges anything, CC047 names the series whose
//! claims it could not order, and says when figures of one date cannot all be true (a
//! disagreement, the `agreement` kind's CC141). A claim the rule's `select:` names by id and
//! does not compare, while it compares others (February in dollars among euro figures), is
//! said so in a CC047 of its own, with why ([`super::LeftOut`]).
//!
//! Cost: grouping with a hash map and sorting each series by start and by end, O(n log n)
//! in the selected claims; each claim is compared once, with the level carried forward in
//! a deque that each claim enters and leaves at most once.

use std::collections::VecDeque;

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::date::{Date, Period};
use crate::facts::Figure;
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, NameKey, Project};
use crate::quantity::{Bound, Decimal, Interval, Quantity};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape, choice_names};

pub const KIND: Kind = Kind {
    name: "monotonic",
    summary: "a series (same subject, metric and unit, ordered by date or period) never goes the wrong way",
    fields: &[Field::optional(
        "direction",
        Shape::Choice(&DIRECTION_NAMES),
        "Which way each series may go. Default: non-decreasing.",
    )],
    codes: &[Code::SeriesBreaks],
    example: "\
rules:
  - id: provinces-cleared-never-decrease
    kind: monotonic
    select:
      subject: China
      metric: provinces with all poor counties out of poverty
    direction: non-decreasing
",
    read,
    claims_named_in: None,
};

/// Which way a series may go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    NonDecreasing,
    Increasing,
    NonIncreasing,
    Decreasing,
}

const DIRECTIONS: &[(&str, Direction)] = &[
    ("non-decreasing", Direction::NonDecreasing),
    ("increasing", Direction::Increasing),
    ("non-increasing", Direction::NonIncreasing),
    ("decreasing", Direction::Decreasing),
];
const DIRECTION_NAMES: [&str; DIRECTIONS.len()] = choice_names(DIRECTIONS);

impl Direction {
    fn name(self) -> &'static str {
        DIRECTIONS
            .iter()
            .find(|(_, d)| *d == self)
            .map_or("", |(name, _)| name)
    }

    /// Rising series are checked as they are; falling ones on the negated figures, so
    /// that one comparison serves all four directions.
    fn rising(self) -> bool {
        matches!(self, Direction::NonDecreasing | Direction::Increasing)
    }

    fn strict(self) -> bool {
        matches!(self, Direction::Increasing | Direction::Decreasing)
    }

    /// Whether `later` breaks the series against `level`, both already oriented so that
    /// the series should rise.
    fn breaks(self, later: &Interval, level: &Interval) -> bool {
        if self.strict() {
            later.certainly_less_or_equal(level)
        } else {
            later.certainly_less_than(level)
        }
    }

    /// The breaks of one series of figures, each when it speaks of and oriented so that
    /// the series should rise: (later, earlier) index pairs, each later figure with the
    /// level it breaks from, in order of the days the later figures start.
    ///
    /// The figures are walked in that order, each compared with the level established by
    /// the figures that end before it starts. Those join the level in order of their ends,
    /// so the level is a window of them: every one that ended before the figure being
    /// judged starts, less those before the latest break among them (a figure that ends
    /// before that break starts). Its strongest figure is kept at the front of a deque
    /// whose strength decreases, each figure entering at the back past the weaker ones (on
    /// a tie the later one, so that messages cite the most recent figure), and leaving at
    /// the front once it ends before a break: the ends increase along the deque, as they
    /// did when the figures entered.
    fn breaks_in(self, figures: &[(Period, Interval)]) -> Vec<(usize, usize)> {
        let when = |i: usize| figures[i].0;
        let strength = |i: usize| lower_key(&figures[i].1);
        // Stable: figures of one date keep their corpus order.
        let mut by_start: Vec<usize> = (0..figures.len()).collect();
        by_start.sort_by_key(|&i| (when(i).start, when(i).end));
        let mut by_end = by_start.clone();
        by_end.sort_by_key(|&i| when(i).end);
        let mut broke = vec![false; figures.len()];
        let mut breaks = Vec::new();
        let mut level: VecDeque<usize> = VecDeque::new();
        // The latest start of a break that has joined the level: what ends before it is
        // no longer the level.
        let mut last_break: Option<Date> = None;
        let mut joined = 0;
        for &later in &by_start {
            let starts = when(later).start;
            while let Some(&earlier) = by_end.get(joined)
                && when(earlier).end < starts
            {
                while level
                    .back()
                    .is_some_and(|&weaker| strength(weaker) <= strength(earlier))
                {
                    level.pop_back();
                }
                level.push_back(earlier);
                if broke[earlier] {
                    last_break = last_break.max(Some(when(earlier).start));
                }
                joined += 1;
            }
            while let (Some(&front), Some(since)) = (level.front(), last_break)
                && when(front).end < since
            {
                level.pop_front();
            }
            if let Some(&strongest) = level.front()
                && self.breaks(&figures[later].1, &figures[strongest].1)
            {
                breaks.push((later, strongest));
                broke[later] = true;
            }
        }
        breaks
    }

    /// The rule the series must follow, for notes.
    fn rule(self) -> &'static str {
        match self {
            Direction::NonDecreasing => {
                "a non-decreasing series breaks where a later figure is below an earlier one \
                 for every value the two may stand for"
            }
            Direction::Increasing => {
                "an increasing series breaks where a later figure cannot be above an earlier \
                 one for any value the two may stand for"
            }
            Direction::NonIncreasing => {
                "a non-increasing series breaks where a later figure is above an earlier one \
                 for every value the two may stand for"
            }
            Direction::Decreasing => {
                "a decreasing series breaks where a later figure cannot be below an earlier \
                 one for any value the two may stand for"
            }
        }
    }
}

#[derive(Debug)]
struct Monotonic {
    direction: Direction,
}

fn read(reader: &mut Reader, record: &Record, _: &Project) -> Option<Box<dyn Check>> {
    let direction = if record.get("direction").is_some() {
        // `choice` reports a word that is not a direction (CC016, with a did-you-mean).
        reader.choice(record, "direction", DIRECTIONS)?.value
    } else {
        Direction::NonDecreasing
    };
    Some(Box::new(Monotonic { direction }))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct SeriesKey<'a> {
    subject: NameKey<'a>,
    metric: &'a str,
    unit: Option<&'a str>,
}

impl Check for Monotonic {
    /// Judged: the claims of a series that have another dated before or after them, which
    /// are compared; not those alone, nor those only of one date or of overlapping periods.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        // Series in the order their first claim was selected, so findings are stable.
        let mut index: HashMap<SeriesKey, usize> = HashMap::default();
        let mut series: Vec<Vec<ClaimId>> = Vec::new();
        for &id in selected {
            let claim = project.claim(id);
            if claim.value.is_none() {
                continue;
            }
            let key = SeriesKey {
                subject: claim.subject_key(),
                metric: &claim.metric.value,
                unit: claim.unit_name(),
            };
            let slot = *index.entry(key).or_insert_with(|| {
                series.push(Vec::new());
                series.len() - 1
            });
            series[slot].push(id);
        }
        // The series are independent: checked on rayon's pool, their findings kept in the
        // order of the series.
        use rayon::prelude::*;
        let checked: Vec<(Vec<Finding>, usize)> = series
            .par_iter()
            .map(|claims| {
                let points = self.points(project, claims);
                let mut findings = Vec::new();
                self.check_series(&points, &mut findings);
                let findings: Vec<Finding> = findings.into_iter().map(Finding::shrunk).collect();
                (findings, compared(&points))
            })
            .collect();
        let judged = checked.iter().map(|(_, judged)| judged).sum();
        let findings = checked
            .into_iter()
            .flat_map(|(findings, _)| findings)
            .collect();
        let mut evaluated = Evaluated::new(findings, judged);
        if judged > 0 && !context.named.is_empty() {
            let left_out = context
                .named
                .iter()
                .filter_map(|&id| self.left_out(project, &index, &series, id))
                .collect();
            evaluated = evaluated.left_out(left_out);
        }
        if judged == 0 {
            let mut notes: Vec<String> = series
                .iter()
                .filter_map(|claims| unordered(&self.points(project, claims)))
                .collect();
            // Series that one unit would have joined: the unit is why they were not compared.
            if let Some(note) = split_by_unit(&index, &series, project) {
                notes.insert(0, note);
            }
            evaluated = evaluated.unjudged(super::first_unjudged(notes, "series"));
        }
        evaluated
    }

    fn compares_by_subject(&self) -> bool {
        true
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares values of one subject, metric and unit where one is dated before the \
         other, and no selected claim with a value has another of its series dated before or \
         after it (on another day, or in a period that does not overlap its own)"
    }
}

impl Monotonic {
    /// Why claim `id`, which the rule's `select:` names, is compared with no other figure of
    /// its series; `None` when it is. `series` are the rule's series, `index` their keys.
    fn left_out(
        &self,
        project: &Project,
        index: &HashMap<SeriesKey, usize>,
        series: &[Vec<ClaimId>],
        id: ClaimId,
    ) -> Option<super::LeftOut> {
        let claim = project.claim(id);
        let left_out = |why: String| Some(super::LeftOut { claim: id, why });
        if self.point(claim).is_none() {
            return left_out("states no value to compare".to_string());
        }
        let key = SeriesKey {
            subject: claim.subject_key(),
            metric: &claim.metric.value,
            unit: claim.unit_name(),
        };
        let points = self.points(project, &series[*index.get(&key)?]);
        let at = points
            .iter()
            .position(|point| std::ptr::eq(point.claim, claim))?;
        if ordered(&points, at) {
            return None;
        }
        if matches!(key.subject, NameKey::Unsettled(..)) {
            return left_out(
                "has a subject that could be any of several places (CC024), so its figure is \
                 compared with no other until its subject names one place"
                    .to_string(),
            );
        }
        let named =
            |unit: Option<&str>| unit.map_or_else(|| "no unit".to_string(), |u| format!("`{u}`"));
        if points.len() > 1 {
            return left_out(format!(
                "is dated {}, and no other figure of its series is dated before or after it \
                 (on another day, or in a period that does not overlap its own)",
                points[at].when.in_words()
            ));
        }
        // The series of its subject and metric in other units: the unit is why it stands
        // alone.
        let mut others: Vec<(&SeriesKey, usize)> = index
            .iter()
            .filter(|(other, _)| {
                other.subject == key.subject && other.metric == key.metric && other.unit != key.unit
            })
            .map(|(other, &at)| (other, at))
            .collect();
        others.sort_by_key(|&(_, at)| at);
        if others.is_empty() {
            return left_out(format!(
                "is the only figure of its series ({} `{}`, in {}) that the rule selects, so it \
                 is compared with no other",
                claim.subject.value,
                claim.metric.value,
                named(key.unit)
            ));
        }
        let units: Vec<String> = others
            .iter()
            .map(|&(other, at)| {
                let ids = series[at]
                    .iter()
                    .map(|&id| project.claim(id).id.value.as_str())
                    .collect::<Vec<_>>();
                format!(
                    "{} ({})",
                    named(other.unit),
                    super::ids_in_words(ids.into_iter())
                )
            })
            .collect();
        left_out(format!(
            "is in {}, while the rule's other figures of {} `{}` are in {}: a series is of one \
             unit, so its figure is compared with no other; if they count the same thing, \
             write one unit",
            named(key.unit),
            claim.subject.value,
            claim.metric.value,
            crate::words::and_list(&units)
        ))
    }
}

/// Whether the point at `at` is compared with another of its series: it starts after one
/// ends, or ends before one starts.
fn ordered(points: &[Point], at: usize) -> bool {
    let point = &points[at];
    points
        .iter()
        .any(|other| other.when.end < point.when.start || point.when.end < other.when.start)
}

/// A note on the first two series of one subject and metric in different units (`412` in
/// euros, `389` in dollars): a series is of one unit, so their figures were not compared.
fn split_by_unit(
    index: &HashMap<SeriesKey, usize>,
    series: &[Vec<ClaimId>],
    project: &Project,
) -> Option<String> {
    let mut keys: Vec<(&SeriesKey, usize)> = index.iter().map(|(key, &at)| (key, at)).collect();
    // In the order the series were first selected, so the note is stable.
    keys.sort_by_key(|&(_, at)| at);
    // The first series of each subject and metric, and the first later one of the same (in
    // another unit, as a series is keyed by its unit too).
    let mut first_of: HashMap<(NameKey, &str), usize> = HashMap::default();
    let (at, other) = keys.iter().find_map(|&(key, at)| {
        let first = *first_of.entry((key.subject, key.metric)).or_insert(at);
        (first != at).then_some((first, at))
    })?;
    let first = project.claim(*series[at].first()?);
    let second = project.claim(*series[other].first()?);
    let unit = |claim: &Claim| {
        claim
            .unit_name()
            .map_or_else(|| "no unit".to_string(), |unit| format!("`{unit}`"))
    };
    Some(format!(
        "`{}` is in {} and `{}` in {}: of one subject and metric, they are two series, since \
         a series is of one unit; if they count the same thing, write one unit",
        first.id.value,
        unit(first),
        second.id.value,
        unit(second)
    ))
}

/// A figure in a series: the claim, when it speaks of, and the set of values it is
/// compared as, oriented so that the series should rise.
struct Point<'a> {
    claim: &'a Claim,
    quantity: &'a Quantity,
    when: Period,
    oriented: Interval,
}

/// CC111's facts: the series' direction and the two figures that break it. The later
/// claim is the finding's first claim, the earlier the second.
#[derive(Serialize)]
struct SeriesBreaks {
    direction: &'static str,
    later: Dated,
    earlier: Dated,
}

/// A figure and when it speaks of: its `as_of` (its source's date when it has none) and,
/// when it has one, its `period`, which places it in the series (`2022`, `2019/2021`).
#[derive(Serialize)]
struct Dated {
    figure: Option<Figure>,
    as_of: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
}

impl Dated {
    fn of(claim: &Claim) -> Dated {
        Dated {
            figure: Figure::of_claim(claim),
            as_of: claim.as_of.to_string(),
            period: claim.period().map(|period| period.value.to_string()),
        }
    }
}

/// How many points of a series are compared with another: those dated before or after
/// some other point of it. A point is after another when it starts after the earliest end,
/// before another when it ends before the latest start.
fn compared(points: &[Point]) -> usize {
    let (Some(earliest_end), Some(latest_start)) = (
        points.iter().map(|p| p.when.end).min(),
        points.iter().map(|p| p.when.start).max(),
    ) else {
        return 0;
    };
    points
        .iter()
        .filter(|p| p.when.start > earliest_end || p.when.end < latest_start)
        .count()
}

/// For CC047: why a series of two or more figures compares none of them, when it does not.
fn unordered(points: &[Point]) -> Option<String> {
    let first = points.first()?;
    if points.len() < 2 || compared(points) > 0 {
        return None;
    }
    let claims = super::claims_in_words(
        points,
        |point| point.claim,
        |point| format!("{} {}", point.quantity.text, point.when.in_words()),
    );
    let mut note = format!(
        "in the series of {} `{}`, no figure is dated after another: {claims}",
        first.claim.subject.value, first.claim.metric.value
    );
    let one_date = points.iter().all(|p| p.when == first.when);
    let common = points
        .iter()
        .map(|p| p.oriented)
        .reduce(|a, b| a.intersect(&b));
    if one_date && common.is_some_and(|common| common.is_empty()) {
        note.push_str(
            "; figures of one date that cannot all be true disagree, which an `agreement` \
             rule reports (CC141)",
        );
    }
    Some(note)
}

impl Monotonic {
    fn point<'a>(&self, claim: &'a Claim) -> Option<Point<'a>> {
        let quantity = &claim.value.as_ref()?.value;
        let interval = claim.reading()?;
        let oriented = if self.direction.rising() {
            interval
        } else {
            interval.neg()
        };
        // An empty interval comes from a figure that stands for nothing; it can neither
        // break a series nor set its level.
        (!oriented.is_empty()).then_some(Point {
            claim,
            quantity,
            when: claim.dated(),
            oriented,
        })
    }

    fn points<'a>(&self, project: &'a Project, claims: &[ClaimId]) -> Vec<Point<'a>> {
        claims
            .iter()
            .filter_map(|&id| self.point(project.claim(id)))
            .collect()
    }

    fn check_series(&self, points: &[Point], findings: &mut Vec<Finding>) {
        let figures: Vec<(Period, Interval)> =
            points.iter().map(|p| (p.when, p.oriented)).collect();
        // Claims of one date that state one figure (two articles reporting it) break the
        // series once: one finding, on the first, labelling the others.
        let mut breaks: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        let mut same_break: crate::hashing::HashMap<(usize, Period, &str), usize> =
            crate::hashing::HashMap::default();
        for (later, earlier) in self.direction.breaks_in(&figures) {
            let point = &points[later];
            let key = (earlier, point.when, &*point.quantity.text);
            match same_break.get(&key) {
                Some(&at) => breaks[at].2.push(later),
                None => {
                    same_break.insert(key, breaks.len());
                    breaks.push((later, earlier, Vec::new()));
                }
            }
        }
        for (later, earlier, also) in breaks {
            let mut finding = self.finding(&points[later], &points[earlier]);
            for (n, &other) in also.iter().enumerate() {
                let claim = points[other].claim;
                if finding.labels_full() {
                    finding = finding.unlabelled_as(also.len() - n, "claims of that figure");
                    break;
                }
                if let Some(value) = &claim.value {
                    finding = finding.label(
                        value.at,
                        format!("the same figure, the same date (`{}`)", claim.id.value),
                    );
                }
            }
            for &other in &also {
                finding = finding
                    .about(points[other].claim)
                    .rests_on_value_of(points[other].claim);
            }
            if !also.is_empty() {
                finding = finding.note(format!(
                    "{} {} the same figure for the same date: one break, one finding",
                    super::ids_in_words(
                        also.iter()
                            .map(|&other| points[other].claim.id.value.as_str())
                    ),
                    if also.len() == 1 { "reports" } else { "report" }
                ));
            }
            findings.push(finding);
        }
    }

    fn finding(&self, later: &Point, earlier: &Point) -> Finding {
        let (before, after) = (earlier.claim, later.claim);
        let (before_when, after_when) = (earlier.when.in_words(), later.when.in_words());
        let relation = if later.oriented.certainly_less_than(&earlier.oriented) {
            if self.direction.rising() {
                "below"
            } else {
                "above"
            }
        } else if after.is_exact_count()
            && before.is_exact_count()
            && later.quantity.value == earlier.quantity.value
        {
            "the same as"
        } else if self.direction.rising() {
            "not above"
        } else {
            "not below"
        };
        let later_value = after.value.as_ref().map(|v| v.at);
        let earlier_value = before.value.as_ref().map(|v| v.at);
        let mut finding = Finding::new(
            Code::SeriesBreaks,
            format!(
                "`{}` reports {} {after_when}, {relation} {} {before_when} (`{}`)",
                after.id.value, later.quantity.text, earlier.quantity.text, before.id.value
            ),
            format!(
                "check both figures and their dates against the articles; if the later figure \
                 measures something else, give it its own `metric:`; if the series may go \
                 either way, this rule's `direction: {}` is wrong",
                self.direction.name()
            ),
        );
        if let Some(at) = later_value {
            finding = finding.primary(at, format!("{} {after_when}", later.quantity.text));
        }
        if let Some(at) = earlier_value {
            finding = finding.label(
                at,
                format!(
                    "{} {before_when} (`{}`)",
                    earlier.quantity.text, before.id.value
                ),
            );
        }
        let readings = if later.quantity.text == earlier.quantity.text {
            format!("both figures stand for {}", reading(after))
        } else {
            format!(
                "{} stands for {} and {} for {}",
                later.quantity.text,
                reading(after),
                earlier.quantity.text,
                reading(before)
            )
        };
        finding
            .note(format!("{readings}; {}", self.direction.rule()))
            // The figure it breaks from, not the claim: another claim of that day with
            // the same figure leaves it the same finding.
            .identified_by(
                after,
                vec![
                    later.quantity.text.to_string(),
                    earlier.quantity.text.to_string(),
                ],
            )
            .about(after)
            .about(before)
            .rests_on_value_of(after)
            .rests_on_value_of(before)
            .data(&SeriesBreaks {
                direction: self.direction.name(),
                later: Dated::of(after),
                earlier: Dated::of(before),
            })
    }
}

/// The values a claim's figure is compared as ([`Claim::reading`]), in words for notes.
fn reading(claim: &Claim) -> String {
    claim.reading_in_words()
}

/// Orders intervals by their lower end: unbounded lowest, then by value, an exclusive end
/// above an inclusive one at the same value. The interval with the greatest key is the
/// one that a later figure is most easily certainly below: the level of a rising series.
fn lower_key(interval: &Interval) -> (bool, Decimal, bool) {
    match interval.lower {
        Bound::Unbounded => (false, Decimal::ZERO, false),
        Bound::Inclusive(value) => (true, value, false),
        Bound::Exclusive(value) => (true, value, true),
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes, messages, primary_text};

    fn rule(direction: Option<&str>) -> String {
        match direction {
            Some(direction) => {
                format!("rules:\n  - {{ id: series, kind: monotonic, direction: {direction} }}\n")
            }
            None => "rules:\n  - { id: series, kind: monotonic }\n".to_string(),
        }
    }

    /// A claims file with one claim per `(id, as_of, value)`, all of one series unless a
    /// test writes its own.
    fn series(points: &[(&str, &str, &str)]) -> String {
        let mut text = "source: article\nclaims:\n".to_string();
        for (id, as_of, value) in points {
            text.push_str(&format!(
                "  - {{ id: {id}, quote: x, subject: China, metric: provinces cleared, \
                 as_of: {as_of}, value: \"{value}\", unit: province }}\n"
            ));
        }
        text
    }

    fn run(direction: Option<&str>, points: &[(&str, &str, &str)]) -> crate::check::Outcome {
        check_files(&[
            ("rules/r.yaml", &rule(direction)),
            ("claims/c.yaml", &series(points)),
        ])
    }

    /// A non-decreasing rule over a series whose claims are each dated as written: one
    /// claim per `(id, dates, value)`, `dates` being `as_of: ...`, `period: ...` or both.
    fn run_dated(points: &[(&str, &str, &str)]) -> crate::check::Outcome {
        let mut claims = "source: article\nclaims:\n".to_string();
        for (id, dates, value) in points {
            claims.push_str(&format!(
                "  - {{ id: {id}, quote: x, subject: Gansu, metric: parks, {dates}, \
                 value: \"{value}\", unit: park }}\n"
            ));
        }
        check_files(&[("rules/r.yaml", &rule(None)), ("claims/c.yaml", &claims)])
    }

    #[test]
    fn a_rising_cumulative_count_passes() {
        let outcome = run(
            None,
            &[("a", "2020-11-14", "17"), ("b", "2020-11-21", "21")],
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_drop_is_reported_on_the_later_value_naming_both_claims() {
        let outcome = run(
            None,
            &[
                ("provinces-cleared-nov14", "2020-11-14", "17"),
                ("provinces-cleared-nov21", "2020-11-21", "16"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`provinces-cleared-nov21` reports 16 on 2020-11-21, below 17 on 2020-11-14 \
             (`provinces-cleared-nov14`)"
        );
        assert_eq!(primary_text(&outcome, 0), "\"16\"");
        let secondary = &diagnostic.labels[1].location;
        assert_eq!(
            &outcome.project.files.text(secondary.file)[secondary.span()],
            "\"17\""
        );
        assert!(diagnostic.notes[0].contains("16 stands for exactly 16"));
    }

    #[test]
    fn claims_of_one_date_and_one_figure_that_break_the_series_are_one_finding() {
        let outcome = run(
            None,
            &[
                ("a", "2021-12-31", "12,500"),
                ("b", "2022-12-31", "12,400"),
                ("c", "2022-12-31", "12,400"),
                ("d", "2022-12-31", "12,300"),
            ],
        );
        assert_eq!(
            messages(&outcome),
            [
                "`b` reports 12,400 on 2022-12-31, below 12,500 on 2021-12-31 (`a`)",
                "`d` reports 12,300 on 2022-12-31, below 12,500 on 2021-12-31 (`a`)",
            ]
        );
        let first = &outcome.diagnostics[0];
        assert_eq!(
            first.notes[1],
            "`c` reports the same figure for the same date: one break, one finding"
        );
        assert_eq!(
            first.labels[2].message,
            "the same figure, the same date (`c`)"
        );
    }

    #[test]
    fn many_claims_of_one_date_and_one_figure_are_counted_past_the_labels() {
        let mut points = vec![("a".to_string(), "2021-12-31", "12,500")];
        points.extend((0..30).map(|n| (format!("b{n}"), "2022-12-31", "12,400")));
        let points: Vec<(&str, &str, &str)> = points
            .iter()
            .map(|(id, date, value)| (id.as_str(), *date, *value))
            .collect();
        let outcome = run(None, &points);
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        let finding = &outcome.diagnostics[0];
        assert_eq!(
            finding.notes[1],
            "`b1`, `b2`, `b3` and 26 more report the same figure for the same date: one \
             break, one finding"
        );
        assert!(finding.labels.len() < 30, "{}", finding.labels.len());
        assert!(
            finding
                .notes
                .iter()
                .any(|note| note.contains("more claims of that figure are involved")),
            "{:?}",
            finding.notes
        );
    }

    #[test]
    fn claims_are_ordered_by_date_not_by_file_order() {
        let outcome = run(
            None,
            &[("b", "2020-11-21", "21"), ("a", "2020-11-14", "17")],
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn claims_on_the_same_date_are_not_a_step() {
        let outcome = run(
            None,
            &[("a", "2020-11-21", "21"), ("b", "2020-11-21", "20")],
        );
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }

    #[test]
    fn a_later_date_is_compared_with_the_strongest_figure_of_the_date_before() {
        let outcome = run(
            None,
            &[
                ("a", "2020-11-14", "17"),
                ("b", "2020-11-14", "18"),
                ("c", "2020-11-21", "17"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert!(
            outcome.diagnostics[0]
                .message
                .ends_with("below 18 on 2020-11-14 (`b`)")
        );
    }

    #[test]
    fn a_rounded_figure_overlapping_an_exact_one_is_not_a_decrease() {
        // 3.29 million stands for [3285000, 3295000), which holds 3,288,000.
        let outcome = run(
            None,
            &[
                ("a", "2020-11-14", "3.29 million"),
                ("b", "2020-11-21", "3,288,000"),
            ],
        );
        assert_eq!(codes(&outcome), vec![]);
        let back = run(
            None,
            &[
                ("a", "2020-11-14", "3,288,000"),
                ("b", "2020-11-21", "3.29 million"),
            ],
        );
        assert_eq!(codes(&back), vec![]);
    }

    #[test]
    fn a_figure_below_the_whole_rounding_interval_is_a_decrease() {
        let outcome = run(
            None,
            &[
                ("a", "2020-11-14", "3.29 million"),
                ("b", "2020-11-21", "3,280,000"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert!(
            outcome.diagnostics[0].notes[0].contains("3.29 million for [3,285,000, 3,295,000)")
        );
    }

    #[test]
    fn a_qualified_figure_breaks_only_when_every_reading_does() {
        // "more than 10,000" is (10000, +inf): exactly 10,000 is below all of it, while
        // "about 10,000" ([9000, 11000]) may still be above it.
        let fall = run(
            None,
            &[
                ("a", "2020-11-14", "more than 10,000"),
                ("b", "2020-11-21", "10,000"),
            ],
        );
        assert_eq!(codes(&fall), vec![Code::SeriesBreaks]);
        let open = run(
            None,
            &[
                ("a", "2020-11-14", "more than 10,000"),
                ("b", "2020-11-21", "about 10,000"),
            ],
        );
        assert_eq!(codes(&open), vec![], "about 10,000 reaches 11,000");
    }

    #[test]
    fn a_slow_drift_within_rounding_is_caught_against_the_level_reached() {
        // Each step overlaps its neighbour, but 3,286,000 is below 3,294,000.
        let outcome = run(
            None,
            &[
                ("a", "2020-11-01", "3,294,000"),
                ("b", "2020-11-14", "3.29 million"),
                ("c", "2020-11-21", "3,286,000"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`c` reports 3,286,000 on 2020-11-21, below 3,294,000 on 2020-11-01 (`a`)"
        );
    }

    #[test]
    fn after_a_break_the_series_goes_on_from_the_new_level() {
        let outcome = run(
            None,
            &[
                ("a", "2020-11-01", "71"),
                ("b", "2020-11-14", "17"),
                ("c", "2020-11-21", "18"),
                ("d", "2020-11-23", "18"),
            ],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks], "only 71 -> 17");
        assert!(outcome.diagnostics[0].message.starts_with("`b` reports 17"));
    }

    #[test]
    fn increasing_rejects_a_repeated_exact_count() {
        let outcome = run(
            Some("increasing"),
            &[("a", "2020-11-14", "17"), ("b", "2020-11-21", "17")],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`b` reports 17 on 2020-11-21, the same as 17 on 2020-11-14 (`a`)"
        );
        let rising = run(
            Some("increasing"),
            &[("a", "2020-11-14", "17"), ("b", "2020-11-21", "18")],
        );
        assert_eq!(codes(&rising), vec![]);
    }

    #[test]
    fn increasing_accepts_a_repeated_rounded_figure_that_may_have_grown() {
        let outcome = run(
            Some("increasing"),
            &[
                ("a", "2020-11-14", "3.29 million"),
                ("b", "2020-11-21", "3.29 million"),
            ],
        );
        assert_eq!(codes(&outcome), vec![]);
        let capped = run(
            Some("increasing"),
            &[
                ("a", "2020-11-14", "3,295,000"),
                ("b", "2020-11-21", "3.29 million"),
            ],
        );
        assert_eq!(
            codes(&capped),
            vec![Code::SeriesBreaks],
            "3.29 million < 3,295,000"
        );
        assert!(capped.diagnostics[0].message.contains("below 3,295,000"));
    }

    #[test]
    fn increasing_rejects_a_figure_that_can_at_most_equal_the_earlier() {
        let outcome = run(
            Some("increasing"),
            &[("a", "2020-11-14", "17"), ("b", "2020-11-21", "at most 17")],
        );
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert!(outcome.diagnostics[0].message.contains("not above 17"));
    }

    #[test]
    fn non_increasing_rejects_a_rise_and_accepts_a_repeat() {
        let rise = run(
            Some("non-increasing"),
            &[("a", "2020-10-17", "52"), ("b", "2020-11-21", "53")],
        );
        assert_eq!(codes(&rise), vec![Code::SeriesBreaks]);
        assert!(
            rise.diagnostics[0]
                .message
                .contains("53 on 2020-11-21, above 52")
        );
        let repeat = run(
            Some("non-increasing"),
            &[("a", "2020-10-17", "52"), ("b", "2020-11-21", "52")],
        );
        assert_eq!(codes(&repeat), vec![]);
        let overlap = run(
            Some("non-increasing"),
            &[
                ("a", "2020-10-17", "3.29 million"),
                ("b", "2020-11-21", "3,294,000"),
            ],
        );
        assert_eq!(codes(&overlap), vec![]);
    }

    #[test]
    fn decreasing_rejects_a_repeat_and_a_rise() {
        let repeat = run(
            Some("decreasing"),
            &[("a", "2020-10-17", "8"), ("b", "2020-11-21", "8")],
        );
        assert_eq!(codes(&repeat), vec![Code::SeriesBreaks]);
        assert!(repeat.diagnostics[0].message.contains("the same as 8"));
        let at_least = run(
            Some("decreasing"),
            &[("a", "2020-10-17", "8"), ("b", "2020-11-21", "at least 8")],
        );
        assert_eq!(codes(&at_least), vec![Code::SeriesBreaks]);
        assert!(at_least.diagnostics[0].message.contains("not below 8"));
        let fall = run(
            Some("decreasing"),
            &[("a", "2020-10-17", "8"), ("b", "2020-11-21", "0")],
        );
        assert_eq!(codes(&fall), vec![]);
    }

    #[test]
    fn different_units_are_different_series() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: China, metric: m, as_of: 2020-11-14, value: 17, unit: province }\n\
            - { id: b, quote: x, subject: China, metric: m, as_of: 2020-11-21, value: 16, unit: county }\n";
        let outcome = check_files(&[("rules/r.yaml", &rule(None)), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }

    #[test]
    fn series_split_by_unit_alone_are_named_when_nothing_is_judged() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: China, metric: m, period: 2025, value: 412, unit: dollar }\n\
            - { id: b, quote: x, subject: China, metric: m, period: 2024, value: 389, unit: euro }\n";
        let rule = "rules:\n  - { id: s, kind: monotonic, select: { metric: m } }\n";
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        let notes = &outcome.diagnostics[0].notes;
        assert!(
            notes.iter().any(|note| {
                note.starts_with("`a` is in `dollar` and `b` in `euro`: of one subject and metric")
            }),
            "{notes:?}"
        );
    }

    #[test]
    fn a_claim_named_by_id_in_another_unit_than_its_series_is_said_not_judged() {
        // Found from outside: `feb`, in dollars among euro figures, was dropped in silence
        // and the rule passed as if it had checked the three.
        let claims = "source: article\nclaims:\n\
            - { id: jan, quote: x, subject: Gansu, metric: budget, as_of: 2024-01-31, value: 5 million, unit: euro }\n\
            - { id: feb, quote: x, subject: Gansu, metric: budget, as_of: 2024-02-29, value: 4 million, unit: dollar }\n\
            - { id: mar, quote: x, subject: Gansu, metric: budget, as_of: 2024-03-31, value: 6 million, unit: euro }\n";
        let rule = "rules:\n  - { id: grows, kind: monotonic, select: { id: [jan, feb, mar] } }\n";
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, [2]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "rule `grows` names `feb` in its `select:` but cannot judge it"
        );
        assert_eq!(primary_text(&outcome, 0), "feb");
        assert_eq!(
            d.notes,
            [
                "`feb` is in `dollar`, while the rule's other figures of Gansu `budget` are in \
              `euro` (`jan` and `mar`): a series is of one unit, so its figure is compared with \
              no other; if they count the same thing, write one unit"
            ]
        );
        assert_eq!(d.claims, ["feb"]);
        // Selected by its metric instead, the claim is one of many the rule applies to
        // where it can: nothing is said.
        let by_metric = "rules:\n  - { id: grows, kind: monotonic, select: { metric: budget } }\n";
        let outcome = check_files(&[("rules/r.yaml", by_metric), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn each_claim_named_by_id_and_not_judged_is_said_why() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: Gansu, metric: m, as_of: 2020-01-01, value: 5, unit: park }\n\
            - { id: b, quote: x, subject: Gansu, metric: m, as_of: 2020-02-01, value: 6, unit: park }\n\
            - { id: c, quote: x, subject: Gansu, metric: m, period: 2020, value: 6, unit: park }\n\
            - { id: d, quote: x, subject: Gansu, metric: n, as_of: 2020-03-01, value: 6, unit: park }\n\
            - { id: e, quote: x, subject: Gansu, metric: m, members: [Gansu] }\n";
        let rule = "rules:\n  - { id: s, kind: monotonic, select: { id: [a, b, c, d, e] } }\n";
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", claims)]);
        let d = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::NothingJudged)
            .expect("a CC047");
        assert_eq!(
            d.message,
            "rule `s` names 3 claims in its `select:` that it cannot judge: `c`, `d` and `e`"
        );
        assert_eq!(
            d.notes,
            [
                "`c` is dated in 2020, and no other figure of its series is dated before or \
                 after it (on another day, or in a period that does not overlap its own)",
                "`d` is the only figure of its series (Gansu `n`, in `park`) that the rule \
                 selects, so it is compared with no other",
                "`e` states no value to compare",
            ]
        );
        assert_eq!(d.labels.len(), 3);
    }

    #[test]
    fn a_subject_and_its_alias_are_one_series() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: Tibet, metric: m, as_of: 2020-11-14, value: 74, unit: county }\n\
            - { id: b, quote: x, subject: Xizang, metric: m, as_of: 2020-11-21, value: 70, unit: county }\n";
        let outcome = check_files(&[("rules/r.yaml", &rule(None)), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert!(outcome.diagnostics[0].message.starts_with("`b` reports 70"));
    }

    #[test]
    fn claims_without_a_value_are_not_part_of_a_series() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: China, metric: m, as_of: 2020-11-14, value: 17, unit: province }\n\
            - { id: b, quote: x, subject: China, metric: m, as_of: 2020-11-21, status: complete }\n";
        let outcome = check_files(&[("rules/r.yaml", &rule(None)), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }

    #[test]
    fn years_of_one_article_are_ordered_by_their_periods() {
        // Both claims are dated by the article, published once: only their periods order
        // them.
        let outcome = run_dated(&[
            ("parks-2022", "period: 2022", "40"),
            ("parks-2023", "period: 2023", "39"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::SeriesBreaks]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`parks-2023` reports 39 in 2023, below 40 in 2022 (`parks-2022`)"
        );
        assert_eq!(outcome.diagnostics[0].labels[0].message, "39 in 2023");
        assert_eq!(
            outcome.diagnostics[0].labels[1].message,
            "40 in 2022 (`parks-2022`)"
        );
        assert_eq!(outcome.claims_checked, [2]);
        let rising = run_dated(&[("a", "period: 2022", "39"), ("b", "period: 2023", "40")]);
        assert_eq!(codes(&rising), vec![]);
    }

    #[test]
    fn a_period_is_ordered_against_a_day_outside_it_and_not_one_within_it() {
        let after = run_dated(&[
            ("a", "as_of: 2019-12-31", "12"),
            ("b", "period: 2020", "11"),
        ]);
        assert_eq!(
            messages(&after),
            ["`b` reports 11 in 2020, below 12 on 2019-12-31 (`a`)"]
        );
        // The year and its last day overlap: either may be true whatever the other says.
        let within = run_dated(&[
            ("a", "period: 2020", "12"),
            ("b", "as_of: 2020-12-31", "11"),
        ]);
        assert_eq!(codes(&within), vec![Code::NothingJudged]);
        assert_eq!(within.claims_checked, [0]);
    }

    #[test]
    fn a_period_is_compared_only_with_periods_that_end_before_it_starts_or_start_after_it_ends() {
        // 2019/2021 overlaps 2020: not compared, whatever their figures. 2022 comes after
        // both, and is below the three-year figure.
        let outcome = run_dated(&[
            ("years", "period: 2019/2021", "12"),
            ("one-year", "period: 2020", "3"),
            ("later", "period: 2022", "11"),
        ]);
        assert_eq!(
            messages(&outcome),
            ["`later` reports 11 in 2022, below 12 in 2019/2021 (`years`)"]
        );
        assert_eq!(outcome.claims_checked, [3]);
        // 2019 and 2021 are ordered, whatever lies over both.
        let around = run_dated(&[
            ("years", "period: 2019/2021", "1"),
            ("first", "period: 2019", "12"),
            ("last", "period: 2021", "11"),
        ]);
        assert_eq!(
            messages(&around),
            ["`last` reports 11 in 2021, below 12 in 2019 (`first`)"]
        );
        assert_eq!(
            around.claims_checked,
            [2],
            "`years` is compared with neither"
        );
    }

    #[test]
    fn a_period_orders_a_claim_whatever_its_as_of() {
        // By `as_of` (the day each figure was reported), 39 then 40 rises; by the years
        // the figures are for, 40 in 2018 then 39 in 2019 falls.
        let outcome = run_dated(&[
            ("parks-2019", "period: 2019, as_of: 2020-01-15", "39"),
            ("parks-2018", "period: 2018, as_of: 2020-01-20", "40"),
        ]);
        assert_eq!(
            messages(&outcome),
            ["`parks-2019` reports 39 in 2019, below 40 in 2018 (`parks-2018`)"]
        );
        let data = outcome.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["later"]["as_of"], "2020-01-15");
        assert_eq!(data["later"]["period"], "2019");
    }

    #[test]
    fn a_day_has_no_period_in_its_data() {
        let outcome = run(
            None,
            &[("a", "2020-11-14", "17"), ("b", "2020-11-21", "16")],
        );
        let data = outcome.diagnostics[0].data.as_ref().unwrap().value();
        assert_eq!(data["earlier"]["as_of"], "2020-11-14");
        assert!(data["earlier"].get("period").is_none());
    }

    #[test]
    fn after_a_break_the_level_is_the_figures_of_its_date_and_of_periods_over_it() {
        // 10 in 2019 and 50 on 2019-06-30 both fall from 100 in 2018: two breaks. 20 in
        // 2020 comes after both and is judged from them, not from 100: below 50.
        let outcome = run_dated(&[
            ("a", "period: 2018", "100"),
            ("b", "period: 2019", "10"),
            ("c", "as_of: 2019-06-30", "50"),
            ("d", "period: 2020", "20"),
        ]);
        assert_eq!(
            messages(&outcome),
            [
                "`b` reports 10 in 2019, below 100 in 2018 (`a`)",
                "`c` reports 50 on 2019-06-30, below 100 in 2018 (`a`)",
                "`d` reports 20 in 2020, below 50 on 2019-06-30 (`c`)",
            ]
        );
    }

    #[test]
    fn a_series_of_one_date_judges_nothing_and_says_why() {
        let claims = "source: article\nclaims:\n\
            - { id: p1, quote: x, subject: Gansu, metric: parks, as_of: 2019-12-31, value: 40, unit: park }\n\
            - { id: p2, quote: x, subject: Gansu, metric: parks, as_of: 2019-12-31, value: 39, unit: park }\n";
        let selected = "rules:\n  - { id: series, kind: monotonic, select: { metric: parks } }\n";
        let outcome = check_files(&[("rules/r.yaml", selected), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, [0]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "rule `series` selects 2 claims but can judge none of them: it checks nothing"
        );
        assert_eq!(
            diagnostic.notes[1],
            "in the series of Gansu `parks`, no figure is dated after another: `p1` (40 on \
             2019-12-31) and `p2` (39 on 2019-12-31); figures of one date that cannot all be \
             true disagree, which an `agreement` rule reports (CC141)"
        );
        // A rule over the whole corpus that judges none of its claims says so too, at its
        // id, as it has no `select:` to label.
        let everywhere = check_files(&[("rules/r.yaml", &rule(None)), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&everywhere), vec![Code::NothingJudged]);
        assert_eq!(everywhere.claims_checked, [0]);
        assert_eq!(
            everywhere.diagnostics[0].message,
            "rule `series` takes every claim (2) but can judge none of them: it checks nothing"
        );
        assert_eq!(primary_text(&everywhere, 0), "series");
    }

    #[test]
    fn figures_of_one_date_that_may_agree_are_not_called_a_disagreement() {
        let claims = "source: article\nclaims:\n\
            - { id: p1, quote: x, subject: Gansu, metric: parks, period: 2019, value: 40, unit: park }\n\
            - { id: p2, quote: x, subject: Gansu, metric: parks, period: 2019, value: about 40, unit: park }\n\
            - { id: r1, quote: x, subject: Gansu, metric: roads, period: 2019/2021, value: 12, unit: road }\n\
            - { id: r2, quote: x, subject: Gansu, metric: roads, period: 2020, value: 3, unit: road }\n";
        let selected =
            "rules:\n  - { id: series, kind: monotonic, select: { metric: [parks, roads] } }\n";
        let outcome = check_files(&[("rules/r.yaml", selected), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(
            outcome.diagnostics[0].notes[1..],
            [
                "in the series of Gansu `parks`, no figure is dated after another: `p1` (40 in \
                 2019) and `p2` (about 40 in 2019)",
                // Overlapping periods are not one date: their figures are not one quantity.
                "in the series of Gansu `roads`, no figure is dated after another: `r1` (12 in \
                 2019/2021) and `r2` (3 in 2020)",
            ]
        );
    }

    #[test]
    fn a_tie_beside_other_dates_is_judged_against_them() {
        // Both figures of 2019-12-31 are compared with 2018's; whether they agree with each
        // other is the agreement kind's question.
        let outcome = run_dated(&[
            ("p0", "period: 2018", "38"),
            ("p1", "as_of: 2019-12-31", "40"),
            ("p2", "as_of: 2019-12-31", "39"),
        ]);
        assert_eq!(codes(&outcome), vec![]);
        assert_eq!(outcome.claims_checked, [3]);
    }

    mod level {
        use proptest::prelude::*;

        use super::super::{Direction, lower_key};
        use crate::date::{Date, Period};
        use crate::quantity::{Decimal, Interval};

        /// The level a figure is judged against, by its definition and in quadratic time:
        /// among the figures that end before it starts, those that do not end before the
        /// start of a break among them; the breaks being those of the figures judged
        /// before it. Returns the breaks as (later, the strength of the level).
        fn reference(
            direction: Direction,
            figures: &[(Period, Interval)],
        ) -> Vec<(usize, (bool, Decimal, bool))> {
            let mut order: Vec<usize> = (0..figures.len()).collect();
            order.sort_by_key(|&i| (figures[i].0.start, figures[i].0.end));
            let mut broke = vec![false; figures.len()];
            let mut breaks = Vec::new();
            for &later in &order {
                let before: Vec<usize> = (0..figures.len())
                    .filter(|&e| figures[e].0.before(&figures[later].0))
                    .collect();
                let since = before
                    .iter()
                    .filter(|&&e| broke[e])
                    .map(|&e| figures[e].0.start)
                    .max();
                let level = before
                    .iter()
                    .filter(|&&e| since.is_none_or(|since| figures[e].0.end >= since))
                    .max_by_key(|&&e| lower_key(&figures[e].1));
                if let Some(&level) = level
                    && direction.breaks(&figures[later].1, &figures[level].1)
                {
                    broke[later] = true;
                    breaks.push((later, lower_key(&figures[level].1)));
                }
            }
            breaks
        }

        fn figure() -> impl Strategy<Value = (Period, Interval)> {
            // Periods within a few days of each other, often overlapping; figures from a
            // small range, often equal, exact or rounded to the unit.
            (0u8..12, 0u8..4, 0i64..8, any::<bool>()).prop_map(|(day, length, value, exact)| {
                let date = |day: u8| Date {
                    year: 2020,
                    month: 1,
                    day: day + 1,
                };
                let value = Decimal::from(value);
                let interval = match exact {
                    true => Interval::exact(value),
                    false => Interval::exact(value).widen(Decimal::new(5, 1)),
                };
                (
                    Period {
                        start: date(day),
                        end: date(day + length),
                    },
                    interval,
                )
            })
        }

        proptest! {
            #[test]
            fn the_sweep_finds_the_breaks_of_the_definition(
                figures in prop::collection::vec(figure(), 0..12),
                strict in any::<bool>(),
            ) {
                let direction = match strict {
                    true => Direction::Increasing,
                    false => Direction::NonDecreasing,
                };
                let swept: Vec<(usize, (bool, Decimal, bool))> = direction
                    .breaks_in(&figures)
                    .into_iter()
                    .map(|(later, level)| (later, lower_key(&figures[level].1)))
                    .collect();
                prop_assert_eq!(swept, reference(direction, &figures));
            }
        }
    }

    #[test]
    fn a_misspelt_direction_is_an_invalid_choice_with_a_suggestion() {
        let outcome = run(Some("non-decresing"), &[("a", "2020-11-14", "17")]);
        assert_eq!(codes(&outcome), vec![Code::InvalidChoice]);
        assert_eq!(primary_text(&outcome, 0), "non-decresing");
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some("did you mean `non-decreasing`?")
        );
    }
}
