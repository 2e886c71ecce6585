//! The `range` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain range`).
//!
//! Bounds are figures (`min:`, `max:`, both inclusive) or claims: `not_above:` names the
//! claim of a whole that the selected claims are parts of (a part cannot exceed its
//! whole), `not_below:` a claim the selected ones cannot be less than, each only for the
//! claims of its own unit (counties are not compared with a percentage). A figure bound in
//! percent (`max: 100%`) bounds the claims in percent alone (150 voters are not above
//! 100%); a plain one (`max: 100`) is a figure in the unit of whatever claim it is compared
//! with. A claim no bound applies to is not judged, and when none is, CC047 says of each
//! claim why (no value, another unit than its bounds, the bound itself); of a claim that
//! `select:` names by id, it says so even while others are judged ([`super::LeftOut`]). A value is reported
//! only when it is certainly out of bounds under rounding: "100.4%" stands for
//! [100.35, 100.45) and is above a maximum of 100, "100%" is not; a part of "1.2 million"
//! people is not above a whole of 1,160,000, as it may be 1,150,000.
//!
//! Cost: one pass over the selected claims, O(n).

use serde::Serialize;

use super::load::claim_with_value;
use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::facts::Figure;
use crate::model::{Claim, ClaimId, Project};
use crate::quantity::{Interval, Qualifier, Quantity};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Need, Shape};

use super::agreement::figure;

pub const KIND: Kind = Kind {
    name: "range",
    summary: "each value lies within bounds: figures (min, max) or another claim (not_above, not_below)",
    fields: &[
        Field::optional(
            "min",
            Shape::Figure,
            "The least value allowed (inclusive), a plain figure such as 0, in each claim's \
             unit; a percentage such as 0% bounds the claims in percent alone.",
        )
        .need(BOUND),
        Field::optional(
            "max",
            Shape::Figure,
            "The greatest value allowed (inclusive), a plain figure such as 100, in each \
             claim's unit; a percentage such as 100% bounds the claims in percent alone.",
        )
        .need(BOUND),
        Field::optional(
            "not_above",
            Shape::Id,
            "The id of a claim the selected claims cannot exceed: the whole they are parts of.",
        )
        .need(BOUND),
        Field::optional(
            "not_below",
            Shape::Id,
            "The id of a claim the selected claims cannot be less than.",
        )
        .need(BOUND),
    ],
    codes: &[Code::OutOfRange],
    example: "\
rules:
  - id: percentages-are-percentages
    kind: range
    select:
      unit: percent
    min: 0
    max: 100

  - id: parts-within-the-whole
    kind: range
    select:
      id: [counties-exited-by-2019, counties-remaining-2019]
    not_above: poor-counties        # one claim id

  - id: the-whole-within-its-parts
    kind: range
    select:
      id: poor-counties
    not_below: counties-exited-by-2019
",
    read,
    claims_named_in: None,
};

/// A range rule sets at least one bound.
const BOUND: Need = Need::OneOf("a bound");

#[derive(Debug)]
struct Range {
    min: Option<Located<Quantity>>,
    max: Option<Located<Quantity>>,
    /// The whole the selected claims are parts of.
    not_above: Option<ClaimId>,
    not_below: Option<ClaimId>,
}

const BOUNDS_HELP: &str = "add `min:` and/or `max:` with a figure (both inclusive), or \
     `not_above:` / `not_below:` with the id of a claim that bounds the selected ones; for \
     percentages: `select: {unit: percent}`, `min: 0`, `max: 100`";

fn read(reader: &mut Reader, record: &Record, project: &Project) -> Option<Box<dyn Check>> {
    let mut failed = false;
    let min = bound_figure(reader, record, "min", &mut failed);
    let max = bound_figure(reader, record, "max", &mut failed);
    let not_above = bound_claim(reader, record, project, "not_above", &mut failed);
    let not_below = bound_claim(reader, record, project, "not_below", &mut failed);
    let written = ["min", "max", "not_above", "not_below"]
        .iter()
        .any(|field| record.has_or_misspelt(field));
    if !written {
        reader.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                "this range rule sets no bound",
                Location::new(reader.file, record.anchor()),
                "no `min`, `max`, `not_above` or `not_below`",
            )
            .with_help(BOUNDS_HELP),
        );
        return None;
    }
    if let (Some(min), Some(max)) = (&min, &max)
        && min.value.value > max.value.value
    {
        reader.diagnostics.push(min_above_max(min, max));
        failed = true;
    }
    if failed {
        return None;
    }
    Some(Box::new(Range {
        min,
        max,
        not_above,
        not_below,
    }))
}

/// CC048: bounds that leave no value in between. Run, the rule would report every claim
/// twice over, below the one bound and above the other; the slip is in the rule.
fn min_above_max(min: &Located<Quantity>, max: &Located<Quantity>) -> Diagnostic {
    Diagnostic::new(
        Code::MinAboveMax,
        format!(
            "this range rule's minimum {} is above its maximum {}: no value lies between them",
            min.value, max.value
        ),
        min.at,
        format!("the minimum, above the maximum {}", max.value),
    )
    .with_label(max.at, "the maximum")
    .with_help(
        "swap `min:` and `max:` if they were written the wrong way round, or correct the one \
         that is wrong; both bounds are inclusive",
    )
}

/// `min:` or `max:`: a plain figure, read as written (not as a rounded interval).
fn bound_figure(
    reader: &mut Reader,
    record: &Record,
    field: &str,
    failed: &mut bool,
) -> Option<Located<Quantity>> {
    let Some(text) = reader.text(record, field) else {
        *failed |= record.get(field).is_some();
        return None;
    };
    let scalar = text.clone();
    let Some(quantity) = reader.figure(text) else {
        *failed = true;
        return None;
    };
    if quantity.value.qualifier == Qualifier::Exact {
        return Some(quantity);
    }
    // `number_span` indexes the trimmed text; the scalar may have leading blanks.
    let figure = &quantity.value;
    let number = &figure.text[figure.number_range()];
    let leading = scalar.value.len() - scalar.value.trim_start().len();
    let qualifier = leading..leading + figure.text[..figure.number_range().start].trim_end().len();
    reader.diagnostics.push(
        Diagnostic::new(
            Code::InvalidQuantity,
            format!("the bound `{field}: {}` has a qualifier", scalar.value),
            scalar.inner(&qualifier),
            "a bound is a plain figure",
        )
        .with_help(format!(
            "write `{field}: {number}`: bounds are inclusive, and a value is reported only when it is certainly beyond the bound"
        )),
    );
    *failed = true;
    None
}

/// `not_above:` or `not_below:`: the id of a claim that states a value.
fn bound_claim(
    reader: &mut Reader,
    record: &Record,
    project: &Project,
    field: &str,
    failed: &mut bool,
) -> Option<ClaimId> {
    let Some(text) = reader.text(record, field) else {
        *failed |= record.get(field).is_some();
        return None;
    };
    let id = claim_with_value(reader.diagnostics, project, &text, 0..text.value.len());
    *failed |= id.is_none();
    id
}

/// Why a selected claim is not judged: what it lacks, or the bounds of another unit.
enum Unjudged<'r> {
    /// It states no value to compare.
    NoValue,
    /// It is the claim a bound names (`not_above:`, `not_below:`), which does not bound
    /// itself.
    TheBound(&'static str),
    /// Its unit is not that of any bound: the figure bounds, all in percent (a plain one
    /// bounds any claim), and the claims that bound, with their fields.
    OtherUnit {
        percent: Vec<(&'static str, &'r Located<Quantity>)>,
        claims: Vec<(&'static str, ClaimId)>,
    },
}

impl Range {
    /// The claim bounds and the fields that name them.
    fn bound_claims(&self) -> impl Iterator<Item = (&'static str, ClaimId)> + '_ {
        let above = self.not_above.map(|id| ("not_above", id));
        let below = self.not_below.map(|id| ("not_below", id));
        above.into_iter().chain(below)
    }

    /// The figure bounds and their fields.
    fn figures(&self) -> impl Iterator<Item = (&'static str, &Located<Quantity>)> {
        let min = self.min.as_ref().map(|bound| ("min", bound));
        let max = self.max.as_ref().map(|bound| ("max", bound));
        min.into_iter().chain(max)
    }

    /// Whether claim `bound` bounds claim `id`: a claim bounds the claims of its own unit
    /// (75 counties are neither above nor below 12.5%), and not itself.
    fn claim_bounds(project: &Project, id: ClaimId, bound: ClaimId) -> bool {
        bound != id && project.claim(id).unit_name() == project.claim(bound).unit_name()
    }

    /// Whether a figure bound is compared with `claim`: a bound in percent (`max: 100%`)
    /// with percentages alone, as 150 voters are not above 100%; a plain figure
    /// (`max: 100`) with any claim, in the claim's own unit.
    fn figure_bounds(bound: &Located<Quantity>, claim: &Claim) -> bool {
        !bound.value.is_percent || claim.unit_name() == Some("percent")
    }

    /// Why claim `id` is judged against no bound; `None` when some bound is compared with
    /// it.
    fn unjudged(&self, project: &Project, id: ClaimId) -> Option<Unjudged<'_>> {
        let claim = project.claim(id);
        if claim.reading().is_none() {
            return Some(Unjudged::NoValue);
        }
        let by_figure = self
            .figures()
            .any(|(_, bound)| Self::figure_bounds(bound, claim));
        let by_claim =
            (self.bound_claims()).any(|(_, bound)| Self::claim_bounds(project, id, bound));
        if by_figure || by_claim {
            return None;
        }
        if let Some((field, _)) = self.bound_claims().find(|&(_, bound)| bound == id)
            && self.figures().next().is_none()
        {
            return Some(Unjudged::TheBound(field));
        }
        Some(Unjudged::OtherUnit {
            percent: self.figures().collect(),
            claims: self
                .bound_claims()
                .filter(|&(_, bound)| bound != id)
                .collect(),
        })
    }

    /// Why claim `id` is not judged, as a sentence for a note: "`oakton-turnout` is in
    /// voter, and the bounds `min: 0%` and `max: 100%` are percentages: a bound is compared
    /// only with claims of its own unit".
    fn unjudged_in_words(&self, project: &Project, id: ClaimId) -> Option<String> {
        let claim = project.claim(id);
        let name = &claim.id.value;
        Some(match self.unjudged(project, id)? {
            // A value that does not read is told of in the warning's own note, with its
            // CC015: "states no value" would ask for one the claim writes.
            Unjudged::NoValue if claim.value_unreadable => return None,
            Unjudged::NoValue => format!("`{name}` states no value"),
            Unjudged::TheBound(field) => {
                format!("`{name}` is the claim `{field}:` names, which does not bound itself")
            }
            Unjudged::OtherUnit { percent, claims } => {
                let unit = |claim: &Claim| match claim.unit_name() {
                    Some(unit) => format!("is in `{unit}`"),
                    None => "has no unit".to_string(),
                };
                let mut bounds: Vec<String> = Vec::new();
                if !percent.is_empty() {
                    let written: Vec<String> = percent
                        .iter()
                        .map(|(field, bound)| format!("`{field}: {}`", bound.value))
                        .collect();
                    bounds.push(match written.as_slice() {
                        [one] => format!("the bound {one} is a percentage"),
                        several => format!(
                            "the bounds {} are percentages",
                            crate::words::and_list(several)
                        ),
                    });
                }
                for (field, bound) in claims {
                    let bound = project.claim(bound);
                    bounds.push(format!(
                        "`{}`, which `{field}:` names, {}",
                        bound.id.value,
                        unit(bound)
                    ));
                }
                format!(
                    "`{name}` {}, and {}: a bound is compared only with claims of its own unit",
                    unit(claim),
                    crate::words::and_list(&bounds)
                )
            }
        })
    }
}

impl Check for Range {
    /// Judged: the selected claims with a figure to compare with a bound of their unit,
    /// and the claims that bound them.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        // A claim bounds the claims of its own unit, and a bound in percent percentages:
        // a rule over every claim with `not_above:` or `max: 100%` judges those alone.
        let bounds = |id: ClaimId, bound: ClaimId| Self::claim_bounds(project, id, bound);
        let mut judged: Vec<ClaimId> = selected
            .iter()
            .copied()
            .filter(|&id| self.unjudged(project, id).is_none())
            .collect();
        if !judged.is_empty() {
            judged.extend(self.not_above.iter().chain(&self.not_below));
            judged.sort_unstable();
            judged.dedup();
        }
        let findings = super::each_claim(selected, |id| {
            let mut findings = Vec::new();
            let claim = project.claim(id);
            // The one reading every kind uses: an exact count is that number.
            let Some(interval) = &claim.reading() else {
                return findings;
            };
            if let Some(min) = self
                .min
                .as_ref()
                .filter(|min| Self::figure_bounds(min, claim))
                && interval.certainly_less_than(&Interval::exact(min.value.value))
            {
                findings.push(beyond_figure(claim, min, "below the minimum", "minimum"));
            }
            if let Some(max) = self
                .max
                .as_ref()
                .filter(|max| Self::figure_bounds(max, claim))
                && interval.certainly_greater_than(&Interval::exact(max.value.value))
            {
                findings.push(beyond_figure(claim, max, "above the maximum", "maximum"));
            }
            if let Some(whole) = self.not_above.filter(|&whole| bounds(id, whole))
                && let Some(bound) = project.claim(whole).reading()
                && interval.certainly_greater_than(&bound)
            {
                findings.push(beyond_claim(claim, project.claim(whole), Side::Above));
            }
            if let Some(floor) = self.not_below.filter(|&floor| bounds(id, floor))
                && let Some(bound) = project.claim(floor).reading()
                && interval.certainly_less_than(&bound)
            {
                findings.push(beyond_claim(claim, project.claim(floor), Side::Below));
            }
            findings
        });
        let mut evaluated = Evaluated::new(findings, judged.len());
        if !judged.is_empty() && !context.named.is_empty() {
            // The claims `select:` names that no bound applies to: said of each, as the
            // rule would otherwise pass as if it had checked them.
            let left_out = (context.named.iter())
                .filter(|id| judged.binary_search(id).is_err())
                .filter_map(|&id| {
                    let sentence = self.unjudged_in_words(project, id)?;
                    let name = format!("`{}` ", project.claim(id).id.value);
                    let why = sentence
                        .strip_prefix(&name)
                        .unwrap_or(&sentence)
                        .to_string();
                    Some(super::LeftOut { claim: id, why })
                })
                .collect();
            evaluated = evaluated.left_out(left_out);
        }
        if judged.is_empty() {
            // Why each claim was left out, which the CC047 names: "no value" would be wrong
            // of a claim that states one in another unit than its bounds.
            let notes = selected
                .iter()
                .filter_map(|&id| self.unjudged_in_words(project, id))
                .collect();
            evaluated = evaluated.unjudged(super::first_unjudged(notes, "claims"));
        }
        evaluated
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares the value of each claim with the bounds of its unit (a percentage with a \
         bound in percent; any figure with a plain `min:` or `max:`; a claim with the claim \
         `not_above:` or `not_below:` names, when that is of its unit and not itself), and no \
         selected claim has both a value and such a bound"
    }
}

const RANGE_HELP: &str = "check the figure against the article; if the article itself states \
     it, keep its words: this finding is the discrepancy";

fn beyond_figure(claim: &Claim, bound: &Located<Quantity>, beyond: &str, name: &str) -> Finding {
    let value = claim.value.as_ref().expect("checked claims state a value");
    Finding::new(
        Code::OutOfRange,
        format!(
            "`{}` states {}, {beyond} of {}",
            claim.id.value,
            figure(claim),
            bound.value
        ),
        RANGE_HELP,
    )
    .primary(value.at, format!("{beyond} of {}", bound.value))
    .label(bound.at, format!("the {name} (inclusive)"))
    .note(format!(
        "{} stands for {}, entirely {beyond} of {}",
        value.value,
        claim.reading_in_words(),
        bound.value
    ))
    .about(claim)
    .rests_on_value_of(claim)
    .data(&OutOfRange {
        figure: Figure::of_claim(claim),
        bound: name,
        limit: Some(Figure::reading(
            &bound.value,
            &Interval::exact(bound.value.value),
        )),
    })
}

/// CC151's facts: the figure, which bound it passes (`minimum`, `maximum`, `whole` for
/// `not_above:`, `floor` for `not_below:`) and the bound's figure. With a claim as the
/// bound, that claim is the finding's second claim.
#[derive(Serialize)]
struct OutOfRange<'a> {
    figure: Option<Figure>,
    bound: &'a str,
    limit: Option<Figure>,
}

#[derive(Clone, Copy)]
enum Side {
    /// The claim is above a whole it is part of.
    Above,
    /// The claim is below a claim it cannot be less than.
    Below,
}

fn beyond_claim(claim: &Claim, bound: &Claim, side: Side) -> Finding {
    let value = claim.value.as_ref().expect("checked claims state a value");
    let bound_value = bound.value.as_ref().expect("bound claims state a value");
    let (message, primary, secondary, relation) = match side {
        Side::Above => (
            format!(
                "`{}` states {}, more than the {} of `{}`, the whole it is part of",
                claim.id.value,
                figure(claim),
                figure(bound),
                bound.id.value
            ),
            format!("the part: {}", figure(claim)),
            format!("the whole: {}", figure(bound)),
            "every value of the part is above every value of the whole",
        ),
        Side::Below => (
            format!(
                "`{}` states {}, less than the {} of `{}`, which it cannot be below",
                claim.id.value,
                figure(claim),
                figure(bound),
                bound.id.value
            ),
            format!("{}, below the bound", figure(claim)),
            format!("the bound: {}", figure(bound)),
            "every value of the claim is below every value of the bound",
        ),
    };
    Finding::new(Code::OutOfRange, message, RANGE_HELP)
        .primary(value.at, primary)
        .label(bound_value.at, secondary)
        .note(format!(
            "{} stands for {}, {} for {}: {relation}",
            value.value,
            claim.reading_in_words(),
            bound_value.value,
            bound.reading_in_words()
        ))
        .about(claim)
        .about(bound)
        .rests_on_value_of(claim)
        .rests_on_value_of(bound)
        .data(&OutOfRange {
            figure: Figure::of_claim(claim),
            bound: match side {
                Side::Above => "whole",
                Side::Below => "floor",
            },
            limit: Figure::of_claim(bound),
        })
}

#[cfg(test)]
mod tests {
    use crate::check::Outcome;
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const PERCENT: &str = "rules:\n  - { id: percentages, kind: range, select: { unit: percent }, min: 0, max: 100 }\n";

    fn check(rule: &str, body: &str) -> Outcome {
        check_files(&[
            ("rules/r.yaml", rule),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{body}"),
            ),
        ])
    }

    fn rate(id: &str, value: &str) -> String {
        format!("  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: \"{value}\" }}\n")
    }

    fn count(id: &str, value: &str) -> String {
        format!(
            "  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: \"{value}\", unit: county }}\n"
        )
    }

    #[test]
    fn a_minimum_above_the_maximum_is_an_input_error_on_both_bounds() {
        let rule = "rules:\n  - { id: crossed, kind: range, min: 20, max: 10 }\n";
        let outcome = check(rule, &count("towns", "12"));
        assert_eq!(codes(&outcome), vec![Code::MinAboveMax]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "this range rule's minimum 20 is above its maximum 10: no value lies between them"
        );
        assert_eq!(primary_text(&outcome, 0), "20");
        let max = &diagnostic.labels[1].location;
        assert_eq!(&outcome.project.files.text(max.file)[max.span()], "10");
        assert!(outcome.rules.is_empty());
        // Equal bounds allow exactly one value.
        let rule = "rules:\n  - { id: exactly, kind: range, min: 12, max: 12 }\n";
        assert_eq!(codes(&check(rule, &count("towns", "12"))), vec![]);
    }

    #[test]
    fn a_range_over_claims_without_a_value_judges_nothing_and_says_so() {
        let rule = "rules:\n  - { id: few, kind: range, select: { metric: m }, max: 5 }\n";
        let listed = "  - { id: a, quote: x, subject: Gansu, metric: m, members: [Gansu] }\n";
        let outcome = check(rule, listed);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, vec![0]);
        let message = &outcome.diagnostics[0].message;
        assert!(
            message.contains("selects 1 claim but cannot judge it"),
            "{message}"
        );
        // One claim with a value is enough for the rule to judge it, and the count says 1.
        let outcome = check(rule, &(listed.to_string() + &count("b", "3")));
        assert_eq!(codes(&outcome), vec![]);
        assert_eq!(outcome.claims_checked, vec![1]);
    }

    #[test]
    fn a_claim_whose_value_does_not_read_is_told_of_once_by_its_cc015() {
        let rule = "rules:\n  - { id: few, kind: range, select: { id: a }, max: 5 }\n";
        let unreadable =
            "  - { id: a, quote: x, subject: Gansu, metric: m, value: \"\u{0664}\" }\n";
        let outcome = check(rule, unreadable);
        assert_eq!(
            codes(&outcome),
            vec![Code::InvalidQuantity, Code::NothingJudged]
        );
        let warning = &outcome.diagnostics[1];
        let about_a: Vec<&String> = warning
            .notes
            .iter()
            .filter(|note| note.starts_with("`a`"))
            .collect();
        // Not also "`a` states no value", which would ask for a value the claim writes.
        assert_eq!(
            about_a,
            [
                "`a` writes a `value:` that does not read (CC015), so the rule has no value of it \
              to compare"
            ]
        );
    }

    #[test]
    fn percentages_within_bounds_pass_inclusive_of_the_bounds() {
        let outcome = check(
            PERCENT,
            &(rate("a", "0%") + &rate("b", "100%") + &rate("c", "99.12%")),
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_percentage_certainly_above_100_is_out_of_range_on_its_value() {
        let outcome = check(PERCENT, &rate("a", "100.4%"));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert_eq!(primary_text(&outcome, 0), "\"100.4%\"");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`a` states 100.4%, above the maximum of 100"
        );
    }

    #[test]
    fn a_value_that_may_round_to_the_bound_is_not_out_of_range() {
        // "more than 99%" may be 99.5%; "under 0%" may not be at least 0.
        let outcome = check(
            PERCENT,
            &(rate("a", "more than 99%") + &rate("b", "under 0%")),
        );
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert!(
            outcome.diagnostics[0]
                .message
                .contains("below the minimum of 0")
        );
    }

    #[test]
    fn a_part_above_its_whole_is_out_of_range_with_the_whole_labelled() {
        let rule =
            "rules:\n  - { id: parts, kind: range, select: { id: part }, not_above: whole }\n";
        let outcome = check(rule, &(count("whole", "75") + &count("part", "76")));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert_eq!(primary_text(&outcome, 0), "\"76\"");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`part` states 76 counties, more than the 75 counties of `whole`, the whole it is part of"
        );
        let labels = &outcome.diagnostics[0].labels;
        assert_eq!(labels[1].message, "the whole: 75 counties");
    }

    #[test]
    fn a_part_equal_to_its_whole_or_within_its_rounding_passes() {
        let rule =
            "rules:\n  - { id: parts, kind: range, select: { id: part* }, not_above: whole }\n";
        let outcome = check(
            rule,
            &(count("whole", "about 8") + &count("part-a", "8") + &count("part-b", "8.7")),
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn the_whole_selected_with_its_parts_is_not_compared_with_itself() {
        let rule = "rules:\n  - { id: parts, kind: range, not_above: whole }\n";
        let outcome = check(rule, &(count("whole", "75") + &count("part", "67")));
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_rule_selecting_only_its_bound_says_the_bound_does_not_bound_itself() {
        // Found from outside: the note said no selected claim states a value, where the one
        // selected does: it is the bound.
        let rule =
            "rules:\n  - { id: parts, kind: range, select: { id: whole }, not_above: whole }\n";
        let outcome = check(rule, &count("whole", "75"));
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(
            outcome.diagnostics[0].notes[1],
            "`whole` is the claim `not_above:` names, which does not bound itself"
        );
    }

    #[test]
    fn a_bound_in_percent_is_compared_with_percentages_only() {
        // Found from outside: `max: 100%` told a count of 150 voters it was above 100%.
        let rule =
            "rules:\n  - { id: shares, kind: range, select: { metric: m }, min: 0%, max: 100% }\n";
        let voters =
            "  - { id: voters, quote: x, subject: Gansu, metric: m, value: 150, unit: voter }\n";
        let outcome = check(rule, &(rate("share", "150%") + voters));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert_eq!(outcome.diagnostics[0].claims, ["share"]);
        assert_eq!(outcome.claims_checked, vec![1]);
        // With the voters alone, the rule judges nothing, and says why of that claim: it
        // states a value, in another unit than its bounds.
        let outcome = check(rule, voters);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(
            outcome.diagnostics[0].notes[1],
            "`voters` is in `voter`, and the bounds `min: 0%` and `max: 100%` are percentages: a \
             bound is compared only with claims of its own unit"
        );
        // A plain bound is a figure in the claim's own unit, compared with any claim.
        let plain = "rules:\n  - { id: few, kind: range, select: { metric: m }, max: 100 }\n";
        let outcome = check(plain, &(rate("share", "50%") + voters));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert_eq!(outcome.diagnostics[0].claims, ["voters"]);
        // A rule with a bound of each sort compares a count with the plain one alone.
        let mixed =
            "rules:\n  - { id: both, kind: range, select: { metric: m }, min: 200, max: 300% }\n";
        let outcome = check(mixed, voters);
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert!(
            outcome.diagnostics[0]
                .message
                .contains("below the minimum of 200")
        );
    }

    #[test]
    fn a_claim_bounds_only_the_claims_of_its_own_unit() {
        let rule = "rules:\n  - { id: parts, kind: range, not_above: share }\n";
        let share = "  - { id: share, quote: x, subject: Gansu, metric: s, value: \"12.5%\" }\n";
        // 75 counties are not above 12.5%; 14% is.
        let higher = "  - { id: higher, quote: x, subject: Gansu, metric: t, value: \"14%\" }\n";
        let outcome = check(rule, &(count("counties", "75") + share + higher));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert_eq!(outcome.diagnostics[0].claims[0], "higher");
        // With no claim of the bound's unit, a rule aimed at claims judges nothing, and
        // says so.
        let aimed = "rules:\n  - { id: parts, kind: range, select: { subject: Gansu }, not_above: share }\n";
        let outcome = check(aimed, &(count("counties", "75") + share));
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        // Told of each claim why: not that it states no value, as it does.
        assert_eq!(
            outcome.diagnostics[0].notes[1..],
            [
                "`counties` is in `county`, and `share`, which `not_above:` names, is in \
                 `percent`: a bound is compared only with claims of its own unit",
                "`share` is the claim `not_above:` names, which does not bound itself",
            ]
        );
    }

    #[test]
    fn claims_named_by_id_that_no_bound_applies_to_are_said_not_judged() {
        // Found from outside: `hh` and `share` were skipped for their units, in silence.
        let rule = "rules:\n  - { id: parts, kind: range, select: { id: [part, hh, share] }, not_above: whole }\n";
        let hh =
            "  - { id: hh, quote: x, subject: Gansu, metric: h, value: 80, unit: household }\n";
        let share = "  - { id: share, quote: x, subject: Gansu, metric: s, value: \"12.5%\" }\n";
        let outcome = check(
            rule,
            &(count("whole", "75") + &count("part", "67") + hh + share),
        );
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, vec![2]);
        let d = &outcome.diagnostics[0];
        assert_eq!(
            d.message,
            "rule `parts` names 2 claims in its `select:` that it cannot judge: `hh` and `share`"
        );
        assert_eq!(primary_text(&outcome, 0), "hh");
        assert_eq!(
            d.notes[0],
            "`hh` is in `household`, and `whole`, which `not_above:` names, is in `county`: a \
             bound is compared only with claims of its own unit"
        );
        assert_eq!(d.claims, ["hh", "share"]);
    }

    #[test]
    fn a_value_below_its_floor_claim_is_out_of_range() {
        let rule =
            "rules:\n  - { id: floor, kind: range, select: { id: total }, not_below: part }\n";
        let outcome = check(rule, &(count("part", "67") + &count("total", "66")));
        assert_eq!(codes(&outcome), vec![Code::OutOfRange]);
        assert!(
            outcome.diagnostics[0]
                .message
                .contains("less than the 67 counties of `part`")
        );
    }

    #[test]
    fn a_range_without_bounds_is_a_missing_field() {
        let rule = "rules:\n  - { id: nothing, kind: range }\n";
        let outcome = check(rule, &count("a", "1"));
        assert_eq!(codes(&outcome), vec![Code::MissingField]);
        assert_eq!(primary_text(&outcome, 0), "nothing");
        assert!(
            outcome.diagnostics[0]
                .help
                .as_deref()
                .unwrap()
                .contains("min: 0")
        );
    }

    #[test]
    fn a_bound_that_is_not_a_plain_figure_is_an_invalid_quantity() {
        let rule = "rules:\n  - { id: r, kind: range, min: 0, max: \"10O\" }\n";
        assert_eq!(
            codes(&check(rule, &count("a", "1"))),
            vec![Code::InvalidQuantity]
        );
        let rule = "rules:\n  - { id: r, kind: range, max: more than 100 }\n";
        let outcome = check(rule, &count("a", "1"));
        assert_eq!(codes(&outcome), vec![Code::InvalidQuantity]);
        assert_eq!(primary_text(&outcome, 0), "more than");
    }

    #[test]
    fn the_shipped_corpus_has_its_percentages_within_0_and_100() {
        let outcome = crate::rules::agreement::tests::check_shipped_corpus(PERCENT);
        assert!(
            outcome
                .diagnostics
                .iter()
                .all(|d| d.code != Code::OutOfRange),
            "{:?}",
            outcome.diagnostics
        );
        assert_eq!(outcome.summary.rules, 1);
    }

    #[test]
    fn a_bound_claim_must_exist_and_state_a_value() {
        let rule = "rules:\n  - { id: r, kind: range, not_above: wholle }\n";
        let outcome = check(rule, &count("whole", "75"));
        assert_eq!(codes(&outcome), vec![Code::UnknownClaim]);
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some("did you mean `whole`?")
        );
        let rule = "rules:\n  - { id: r, kind: range, not_below: done }\n";
        let outcome = check(
            rule,
            "  - { id: done, quote: x, subject: Gansu, metric: m, status: complete }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::ClaimWithoutValue]);
    }
}
