//! The `monotonic` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain monotonic`).
//!
//! A series is the selected claims that state a value and share a subject, a metric and a
//! unit; the subject counts as the same when it resolves to the same entity ("Tibet" and
//! "Xizang"), else when it is written the same. The series is ordered by `as_of`, and
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
//! Claims on the same date are never compared with each other: that they agree is the
//! job of the `agreement` kind. Each date is compared with the level the series has
//! established before it: the strongest earlier figure (for a rising series, the one with
//! the highest lower bound) since the last break. For exact figures that is the same as
//! comparing neighbouring dates; with rounded figures it also catches a drift that no
//! single step shows ("3,294,000", then "3.29 million", then "3,286,000"). After a break
//! the series is judged from the new level, so one wrong figure gives one finding, not
//! one per later claim.
//!
//! Cost: grouping with a hash map and sorting each series by date, O(n log n) in the
//! selected claims; each claim is compared once, with the level carried forward.

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::facts::Figure;
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, NameKey, Project};
use crate::quantity::{Bound, Decimal, Interval, Quantity};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape, choice_names};

pub const KIND: Kind = Kind {
    name: "monotonic",
    summary: "a series (same subject, metric and unit, ordered by date) never goes the wrong way",
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
    /// Judged: the claims of the series of two or more, which are compared.
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
        let judged = series
            .iter()
            .map(Vec::len)
            .filter(|&claims| claims > 1)
            .sum();
        // The series are independent: checked on rayon's pool, their findings kept in the
        // order of the series.
        use rayon::prelude::*;
        let findings = series
            .into_par_iter()
            .flat_map_iter(|mut claims| {
                // Stable: claims of one date keep their corpus order.
                claims.sort_by_key(|&id| project.claim(id).as_of);
                let mut findings = Vec::new();
                self.check_series(project, &claims, &mut findings);
                findings
            })
            .collect();
        Evaluated::new(findings, judged)
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares the values of one subject, metric and unit at different dates, and each \
         selected claim with a value is alone in its series"
    }
}

/// A figure in a series: the claim and the set of values it is compared as, oriented so
/// that the series should rise.
/// CC111's facts: the series' direction and the two figures that break it. The later
/// claim is the finding's first claim, the earlier the second.
#[derive(Serialize)]
struct SeriesBreaks {
    direction: &'static str,
    later: Dated,
    earlier: Dated,
}

/// A figure and the date it speaks of.
#[derive(Serialize)]
struct Dated {
    figure: Option<Figure>,
    as_of: String,
}

struct Point<'a> {
    claim: &'a Claim,
    quantity: &'a Quantity,
    oriented: Interval,
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
            oriented,
        })
    }

    /// Walks one series date by date, comparing each date's figures with the level
    /// established before it.
    fn check_series(&self, project: &Project, claims: &[ClaimId], findings: &mut Vec<Finding>) {
        let points: Vec<Point> = claims
            .iter()
            .filter_map(|&id| self.point(project.claim(id)))
            .collect();
        let mut level: Option<&Point> = None;
        let mut start = 0;
        while start < points.len() {
            let date = points[start].claim.as_of;
            let end = start
                + points[start..]
                    .iter()
                    .take_while(|p| p.claim.as_of == date)
                    .count();
            let day = &points[start..end];
            let mut broke = false;
            if let Some(earlier) = level {
                for later in day {
                    if self.direction.breaks(&later.oriented, &earlier.oriented) {
                        findings.push(self.finding(later, earlier));
                        broke = true;
                    }
                }
            }
            // The strongest figure of the day; on a tie the later claim, so that messages
            // cite the most recent figure.
            let strongest = day
                .iter()
                .max_by(|a, b| lower_key(&a.oriented).cmp(&lower_key(&b.oriented)));
            level = match (level, strongest) {
                (Some(earlier), Some(today))
                    if !broke && lower_key(&earlier.oriented) > lower_key(&today.oriented) =>
                {
                    Some(earlier)
                }
                (_, today) => today,
            };
            start = end;
        }
    }

    fn finding(&self, later: &Point, earlier: &Point) -> Finding {
        let (before, after) = (earlier.claim, later.claim);
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
                "`{}` reports {} on {}, {relation} {} on {} (`{}`)",
                after.id.value,
                later.quantity.text,
                after.as_of,
                earlier.quantity.text,
                before.as_of,
                before.id.value
            ),
            format!(
                "check both figures and their dates against the articles; if the later figure \
                 measures something else, give it its own `metric:`; if the series may go \
                 either way, this rule's `direction: {}` is wrong",
                self.direction.name()
            ),
        );
        if let Some(at) = later_value {
            finding = finding.primary(at, format!("{} on {}", later.quantity.text, after.as_of));
        }
        if let Some(at) = earlier_value {
            finding = finding.label(
                at,
                format!(
                    "{} on {} (`{}`)",
                    earlier.quantity.text, before.as_of, before.id.value
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
                later: Dated {
                    figure: Figure::of_claim(after),
                    as_of: after.as_of.to_string(),
                },
                earlier: Dated {
                    figure: Figure::of_claim(before),
                    as_of: before.as_of.to_string(),
                },
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
    use crate::testing::{check_files, codes, primary_text};

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
        assert_eq!(codes(&outcome), vec![]);
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
        assert_eq!(codes(&outcome), vec![]);
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
        assert_eq!(codes(&outcome), vec![]);
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
