//! The `disjoint` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain disjoint`).
//!
//! `select:` chooses the claims of one set and `against:` (a selector with the same fields)
//! the claims of the other, e.g. the counties that "have quit" by the end of 2019 and those
//! "still" poor at the end of 2019. A claim of one set and a claim of the other that have
//! the same subject and the same date (the period, else `as_of`) may not list the same
//! member (the same entity, else the same name): such a member is reported once per pair,
//! labelled in both lists (CC171).
//!
//! Cost: the `select:` claims' members go into a hash map keyed by (subject, date, member);
//! each `against:` member is one lookup: O(members).

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind, Selector};
use crate::codes::Code;
use crate::date::Period;
use crate::hashing::HashMap;
use crate::model::{ClaimId, NameKey, Project};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape};

pub const KIND: Kind = Kind {
    name: "disjoint",
    summary: "two sets of claims exclude each other: a claim of `select:` and one of `against:` with the same subject and date list no member in common",
    fields: &[Field::required(
        "against",
        Shape::Record(super::select::FIELDS),
        "The other set of claims, chosen like `select:`: a claim of it may not list a member \
         that a claim of `select:` with the same subject and date lists.",
    )],
    codes: &[Code::MemberInBoth],
    example: "\
rules:
  - id: quit-and-remaining-are-apart
    kind: disjoint
    select: { metric: poor counties exited }
    against: { metric: poor counties remaining }
    message: a county that has quit by the end of 2019 is not among those remaining then
",
    read,
};

#[derive(Debug)]
struct Disjoint {
    against: Selector,
}

fn read(reader: &mut Reader, record: &Record, _: &Project) -> Option<Box<dyn Check>> {
    if record.get("against").is_none() {
        reader.missing(
            record,
            "against",
            "choose the other set with `against:`, like `select:`, e.g. `against: { metric: poor \
             counties remaining }`",
        );
        return None;
    }
    let against = Selector::read_field(reader, record, "against")?;
    Some(Box::new(Disjoint { against }))
}

/// CC171's facts: the member both lists name, and the subject and date they share. The
/// two claims are the finding's `claims`, the `against:` one first.
#[derive(Serialize)]
struct MemberInBoth<'a> {
    member: &'a str,
    subject: &'a str,
    date: String,
}

impl Check for Disjoint {
    /// Judged: the claims of both sets that list members, when both sets have some (a set
    /// without lists has nothing to exclude).
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        let others = self.against.select(project, context.index);
        if others.is_empty() {
            let diagnostic = self
                .against
                .selects_nothing(project, context.index, &context.rule.id);
            let finding = Finding {
                code: diagnostic.code,
                message: format!("{} (its `against:`)", diagnostic.message),
                labels: diagnostic.labels,
                notes: diagnostic.notes,
                help: diagnostic.help.unwrap_or_default(),
                unlabelled: 0,
                unlabelled_are: "places in the files",
                claims: Vec::new(),
                data: None,
                identity: None,
                counterpart: None,
                rests_on_values: Vec::new(),
            };
            return Evaluated::new(vec![finding], 0);
        }
        let listing = |claims: &[ClaimId]| -> Vec<ClaimId> {
            let listing = claims.iter().copied();
            listing
                .filter(|&id| project.claim(id).members_at().is_some())
                .collect()
        };
        let (mut judged, against) = (listing(selected), listing(&others));
        if judged.is_empty() || against.is_empty() {
            judged.clear();
        } else {
            judged.extend(against);
            judged.sort_unstable();
            judged.dedup();
        }
        type Key<'a> = (NameKey<'a>, Period, NameKey<'a>);
        let mut listed: HashMap<Key, (ClaimId, usize)> = HashMap::default();
        for &id in selected {
            let claim = project.claim(id);
            for (index, member) in claim.members().iter().enumerate() {
                listed
                    .entry((claim.subject_key(), claim.dated(), member.key()))
                    .or_insert((id, index));
            }
        }
        let mut findings = Vec::new();
        for &id in &others {
            let claim = project.claim(id);
            for member in claim.members() {
                let Some(&(first_id, index)) =
                    listed.get(&(claim.subject_key(), claim.dated(), member.key()))
                else {
                    continue;
                };
                if first_id == id {
                    continue;
                }
                let first = project.claim(first_id);
                let first_member = &first.members()[index];
                findings.push(
                    Finding::new(
                        Code::MemberInBoth,
                        format!(
                            "`{}` is listed both by `{}` ({}) and by `{}` ({}), which exclude each other",
                            member.name.value,
                            first.id.value,
                            first.metric.value,
                            claim.id.value,
                            claim.metric.value
                        ),
                        "one of the two lists names the wrong place: check both against their \
                         articles; if an article itself lists it in both, keep its words: this \
                         finding is the discrepancy",
                    )
                    .primary(member.name.at, format!("in `{}`", claim.id.value))
                    .label(
                        first_member.name.at,
                        format!("also in `{}`", first.id.value),
                    )
                    .note(format!(
                        "both speak of {} on {}",
                        claim.subject.value,
                        claim.dated()
                    ))
                    .about(claim)
                    .about(first)
                    .data(&MemberInBoth {
                        member: &member.name.value,
                        subject: &claim.subject.value,
                        date: claim.dated().to_string(),
                    }),
                );
            }
        }
        Evaluated::new(findings, judged.len())
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares the members listed by claims of `select:` and of `against:`, and one of \
         the two sets lists none"
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const RULE: &str = "rules:\n  - { id: apart, kind: disjoint, select: { metric: exited }, against: { metric: remaining } }\n";

    fn check(body: &str) -> crate::check::Outcome {
        check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{body}"),
            ),
        ])
    }

    #[test]
    fn a_member_of_both_lists_on_one_date_is_reported_at_both() {
        let outcome = check(concat!(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui, Sanjiang] }\n",
            "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui County] }\n",
        ));
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        assert_eq!(primary_text(&outcome, 0), "Rongshui County");
        assert_eq!(outcome.diagnostics[0].labels[1].message, "also in `quit`");
    }

    #[test]
    fn lists_of_other_dates_or_subjects_may_share_members() {
        let outcome = check(concat!(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: later, quote: x, subject: Guangxi, metric: remaining, as_of: 2018-12-31, members: [Rongshui] }\n",
            "  - { id: other, quote: x, subject: China, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
        ));
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn an_against_that_selects_nothing_is_a_warning() {
        let outcome = check(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, members: [Rongshui] }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::EmptySelection]);
    }
}
