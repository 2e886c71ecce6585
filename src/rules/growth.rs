//! The `growth` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain growth`).
//!
//! A set is the selected claims that list members and share a subject and a metric (not
//! the unit: "17 provinces ..." and "21 projects in Gansu, Guangxi ..." name one set); the
//! subject counts as the same when it resolves to the same entity, else when it is written
//! the same. Members are matched by the entity they resolve to ("Tibet" is "Xizang"), else
//! by name. Lists are ordered by `as_of`.
//!
//! A list is *complete* when it names every member of the set on its date: it is
//! exhaustive, or it is partial ("including ...") but names exactly as many distinct
//! members as its value, an exact count, states ("17 provinces including" and 17 names).
//! Only a complete list can show that a member is gone, so:
//!
//! - every member of a list (complete or not) must appear in each complete list of the
//!   nearest later date that has one (CC121 `member-dropped`);
//! - when two such lists are both complete and both state an exact count, the count must
//!   change by the members added less any dropped (CC122 `growth-unexplained`). With
//!   nothing dropped that is "the count grows by exactly the new members"; counting the
//!   dropped ones too keeps a dropped member from being reported a second time as a count
//!   that grows too little. A complete partial list names exactly its count, so this
//!   finding always involves an exhaustive list whose length differs from its count (which
//!   a `count` rule reports too, from the list's side): `growth` says which names the
//!   count's change does not account for.
//!
//! Lists of the same date are never compared with each other.
//!
//! Comparing each list with the next complete lists only suffices: a set only grows, so
//! if a list is contained in the next complete lists and each complete list in the next
//! ones, by transitivity it is contained in every later complete list. A member dropped at
//! some date is reported once, where it is dropped, not again at every later date. A
//! partial list is compared with the next complete lists after its own date, even when a
//! complete list of the same date sits between them in the chain.
//!
//! Cost: O(members of the selected claims) with hash sets, plus sorting each set's lists by
//! date. For the nearest complete date a map counts how many of its complete lists hold
//! each member, so an earlier list is checked in time proportional to its own length
//! however many complete lists the later date has; only missing members are looked up list
//! by list. Count checks group the earlier lists by stated-minus-listed, which decides
//! whether a pair agrees, so agreeing pairs are never visited one by one.

use std::ops::Range;

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::hashing::{HashMap, HashSet};
use crate::model::{Claim, ClaimId, Listing, NameKey, Project};
use crate::quantity::Decimal;
use crate::syntax::fields::{Reader, Record};

pub const KIND: Kind = Kind {
    name: "growth",
    summary: "a cumulative set only grows: later complete lists keep every earlier member, and the count grows by the members added",
    fields: &[],
    codes: &[Code::MemberDropped, Code::GrowthUnexplained],
    example: "\
rules:
  - id: provinces-cleared-only-grow
    kind: growth
    select:
      subject: China
      metric: provinces with all poor counties out of poverty
",
    read,
};

#[derive(Debug)]
struct Growth;

fn read(_: &mut Reader, _: &Record, _: &Project) -> Option<Box<dyn Check>> {
    Some(Box::new(Growth))
}

/// One claim's member list, as compared.
struct List<'a> {
    claim: &'a Claim,
    /// Each distinct member once, with the index of its first mention in `members`.
    distinct: Vec<(NameKey<'a>, usize)>,
    keys: HashSet<NameKey<'a>>,
    complete: bool,
    /// For a complete list whose value is an exact count: the count stated minus the
    /// members listed. Two lists agree on growth exactly when their gaps are equal.
    gap: Option<Decimal>,
}

impl<'a> List<'a> {
    fn new(claim: &'a Claim) -> List<'a> {
        let mut keys = HashSet::with_capacity_and_hasher(claim.members().len(), Default::default());
        let mut distinct = Vec::with_capacity(claim.members().len());
        for (index, member) in claim.members().iter().enumerate() {
            let key = member.key();
            if keys.insert(key) {
                distinct.push((key, index));
            }
        }
        let listed = Decimal::from(distinct.len());
        let exact_count = claim
            .value
            .as_ref()
            .filter(|_| claim.is_exact_count())
            .map(|v| v.value.value);
        let complete = match claim.listing {
            Listing::Exhaustive => true,
            Listing::Partial => exact_count == Some(listed),
        };
        let gap = exact_count
            .filter(|_| complete)
            .map(|count| (count - listed).normalize());
        List {
            claim,
            distinct,
            keys,
            complete,
            gap,
        }
    }

    fn name(&self, index: usize) -> &'a str {
        &self.claim.members()[index].name.value
    }

    fn count_text(&self) -> &'a str {
        self.claim.value.as_ref().map_or("", |v| &*v.value.text)
    }
}

impl Check for Growth {
    /// Judged: the lists of the sets of two or more, which are compared.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        // Sets in the order their first claim was selected, so findings are stable.
        let mut index: HashMap<(NameKey, &str), usize> = HashMap::default();
        let mut sets: Vec<Vec<List>> = Vec::new();
        for &id in selected {
            let claim = project.claim(id);
            if claim.members_at().is_none() {
                continue;
            }
            let key = (claim.subject_key(), &*claim.metric.value);
            let slot = *index.entry(key).or_insert_with(|| {
                sets.push(Vec::new());
                sets.len() - 1
            });
            sets[slot].push(List::new(claim));
        }
        let judged = sets.iter().map(Vec::len).filter(|&lists| lists > 1).sum();
        // The sets are independent: checked on rayon's pool, their findings kept in the
        // order of the sets.
        use rayon::prelude::*;
        let findings = sets
            .into_par_iter()
            .flat_map_iter(|mut lists| {
                // Stable: lists of one date keep their corpus order.
                lists.sort_by_key(|list| list.claim.as_of);
                let mut findings = Vec::new();
                check_set(&lists, &mut findings);
                findings
            })
            .collect();
        Evaluated::new(findings, judged)
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares the lists of one subject and metric at different dates, and each \
         selected list is alone in its set"
    }
}

fn check_set(lists: &[List], findings: &mut Vec<Finding>) {
    let runs = date_runs(lists);
    // For each date, the nearest later date with a complete list.
    let mut next: Vec<Option<usize>> = vec![None; runs.len()];
    let mut after = None;
    for run in (0..runs.len()).rev() {
        next[run] = after;
        if runs[run].clone().any(|i| lists[i].complete) {
            after = Some(run);
        }
    }
    // The complete lists of the target date and how many of them hold each member. Dates
    // of partial lists only share a target, so each target is built once, when first met.
    let mut target_of: Option<(usize, Vec<usize>, HashMap<NameKey, usize>)> = None;
    for (run, range) in runs.iter().enumerate() {
        let Some(target) = next[run] else {
            continue;
        };
        if target_of
            .as_ref()
            .is_none_or(|(built, _, _)| *built != target)
        {
            let later: Vec<usize> = runs[target]
                .clone()
                .filter(|&i| lists[i].complete)
                .collect();
            let mut held: HashMap<NameKey, usize> = HashMap::default();
            for &i in &later {
                for (key, _) in &lists[i].distinct {
                    *held.entry(*key).or_default() += 1;
                }
            }
            target_of = Some((target, later, held));
        }
        let Some((_, later, held)) = &target_of else {
            continue;
        };
        for earlier in range.clone() {
            dropped(lists, earlier, later, held, findings);
        }
        unexplained(lists, range.clone(), later, findings);
    }
}

/// The lists grouped by date: ranges of `lists`, which is sorted by date.
fn date_runs(lists: &[List]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    while start < lists.len() {
        let date = lists[start].claim.as_of;
        let end = start
            + lists[start..]
                .iter()
                .take_while(|l| l.claim.as_of == date)
                .count();
        runs.push(start..end);
        start = end;
    }
    runs
}

/// CC121: members of `lists[earlier]` that a later complete list leaves out.
fn dropped(
    lists: &[List],
    earlier: usize,
    later: &[usize],
    held: &HashMap<NameKey, usize>,
    findings: &mut Vec<Finding>,
) {
    let before = &lists[earlier];
    // Members some later complete list lacks: held by fewer than all of them.
    let missing: Vec<(NameKey, usize)> = before
        .distinct
        .iter()
        .copied()
        .filter(|(key, _)| held.get(key).copied().unwrap_or(0) < later.len())
        .collect();
    if missing.is_empty() {
        return;
    }
    for &i in later {
        let after = &lists[i];
        let lost: Vec<usize> = missing
            .iter()
            .filter(|(key, _)| !after.keys.contains(key))
            .map(|&(_, index)| index)
            .collect();
        if !lost.is_empty() {
            findings.push(member_dropped(before, after, &lost));
        }
    }
}

/// CC121's facts: the members the later complete list leaves out, and both dates. The later
/// claim is the finding's first claim, the earlier the second.
#[derive(Serialize)]
struct MemberDropped<'a> {
    dropped: &'a [&'a str],
    listed_on: String,
    dropped_on: String,
}

/// CC122's facts: both counts and the members added and dropped between them. The later
/// claim is the finding's first claim, the earlier the second.
#[derive(Serialize)]
struct GrowthUnexplained<'a> {
    earlier_count: &'a str,
    later_count: &'a str,
    /// The later count less the earlier, exact.
    change: String,
    added: &'a [&'a str],
    dropped: &'a [&'a str],
}

fn member_dropped(before: &List, after: &List, lost: &[usize]) -> Finding {
    let names: Vec<&str> = lost.iter().map(|&i| before.name(i)).collect();
    let (a, b) = (before.claim, after.claim);
    let why_complete = match b.listing {
        Listing::Exhaustive => format!("`{}`'s list is exhaustive", b.id.value),
        Listing::Partial => format!(
            "`{}` names as many members as it counts ({}), so its list is complete though marked partial",
            b.id.value,
            after.count_text()
        ),
    };
    let mut finding = Finding::new(
        Code::MemberDropped,
        format!(
            "`{}` drops {} on {}: `{}` listed {} on {}",
            b.id.value,
            crate::words::and_list(&names),
            b.as_of,
            a.id.value,
            if names.len() == 1 { "it" } else { "them" },
            a.as_of
        ),
        "check both lists against their articles; if a member really left the set, the set \
         is not cumulative and a `growth` rule should not check it",
    );
    let list_at = b.members_at().unwrap_or(b.at);
    finding = finding.primary(
        list_at,
        format!(
            "complete list on {} ({} {}), without {}",
            b.as_of,
            after.distinct.len(),
            if after.distinct.len() == 1 {
                "member"
            } else {
                "members"
            },
            crate::words::and_list(&names)
        ),
    );
    for &index in lost {
        finding = finding.label(
            a.members()[index].name.at,
            format!("listed on {} (`{}`)", a.as_of, a.id.value),
        );
    }
    if b.listing == Listing::Partial {
        // The later list is complete only because it names as many members as its value
        // counts: a miswritten count would make it a partial list, which drops nothing.
        finding = finding.rests_on_value_of(b);
    }
    finding
        .note(format!(
            "{why_complete}; a cumulative set only grows, so every member listed earlier belongs in it"
        ))
        .about(b)
        .about(a)
        .data(&MemberDropped {
            dropped: &names,
            listed_on: a.as_of.to_string(),
            dropped_on: b.as_of.to_string(),
        })
}

/// CC122: pairs of complete, exactly counted lists on `range` and on the next complete
/// date whose counts change by something else than their lists do.
fn unexplained(lists: &[List], range: Range<usize>, later: &[usize], findings: &mut Vec<Finding>) {
    // Earlier lists by gap, in corpus order. A pair agrees exactly when the gaps are
    // equal (the count changes by the listed change), so only the other groups are
    // visited, and each of their lists is a finding.
    let mut by_gap: Vec<(Decimal, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<Decimal, usize> = HashMap::default();
    for i in range {
        if let Some(gap) = lists[i].gap {
            let at = *slot.entry(gap).or_insert_with(|| {
                by_gap.push((gap, Vec::new()));
                by_gap.len() - 1
            });
            by_gap[at].1.push(i);
        }
    }
    for &i in later {
        let Some(gap) = lists[i].gap else {
            continue;
        };
        for (other, earlier) in &by_gap {
            if *other == gap {
                continue;
            }
            for &e in earlier {
                findings.push(growth_unexplained(&lists[e], &lists[i]));
            }
        }
    }
}

fn growth_unexplained(before: &List, after: &List) -> Finding {
    let (a, b) = (before.claim, after.claim);
    let added: Vec<&str> = after
        .distinct
        .iter()
        .filter(|(key, _)| !before.keys.contains(key))
        .map(|&(_, index)| after.name(index))
        .collect();
    let removed: Vec<&str> = before
        .distinct
        .iter()
        .filter(|(key, _)| !after.keys.contains(key))
        .map(|&(_, index)| before.name(index))
        .collect();
    let (from, to) = (before.count_text(), after.count_text());
    let change = match (&a.value, &b.value) {
        (Some(x), Some(y)) => y.value.value - x.value.value,
        _ => Decimal::ZERO,
    };
    let count = if change > Decimal::ZERO {
        format!("its count grows by {} ({from} -> {to})", change.normalize())
    } else if change < Decimal::ZERO {
        format!(
            "its count falls by {} ({from} -> {to})",
            (-change).normalize()
        )
    } else {
        format!("its count does not change ({from} -> {to})")
    };
    let adds = if added.is_empty() {
        format!(
            "`{}` adds no members to `{}`'s list",
            b.id.value, a.id.value
        )
    } else {
        format!(
            "`{}` adds {} to `{}`'s list ({})",
            b.id.value,
            members(added.len()),
            a.id.value,
            added.join(", ")
        )
    };
    let drops = if removed.is_empty() {
        String::new()
    } else {
        let net = added.len() as i64 - removed.len() as i64;
        let net = match net {
            0 => "no net change".to_string(),
            n if n > 0 => format!("a net gain of {n}"),
            n => format!("a net loss of {}", -n),
        };
        format!(
            " and drops {} ({}), {net},",
            removed.len(),
            removed.join(", ")
        )
    };
    let listed = |list: &List| match list.distinct.len() {
        1 => "with 1 name listed".to_string(),
        n => format!("with {n} names listed"),
    };
    let mut finding = Finding::new(
        Code::GrowthUnexplained,
        format!("{adds}{drops} but {count}"),
        "compare both counts and both lists with their articles: a count that moves by more or \
         less than its list means a member is missing from a list, or a count is wrong",
    );
    if let Some(value) = &b.value {
        finding = finding.primary(value.at, format!("{to} on {}, {}", b.as_of, listed(after)));
    }
    if let Some(value) = &a.value {
        finding = finding.label(
            value.at,
            format!(
                "{from} on {} (`{}`), {}",
                a.as_of,
                a.id.value,
                listed(before)
            ),
        );
    }
    finding
        .note(
            "both lists are complete and both counts exact, so the count changes by the members \
             added, less any dropped",
        )
        .about(b)
        .about(a)
        .rests_on_value_of(b)
        .rests_on_value_of(a)
        .data(&GrowthUnexplained {
            earlier_count: from,
            later_count: to,
            change: change.normalize().to_string(),
            added: &added,
            dropped: &removed,
        })
}

fn members(n: usize) -> String {
    if n == 1 {
        "1 member".to_string()
    } else {
        format!("{n} members")
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const RULE: &str = "rules:\n  - { id: grows, kind: growth }\n";

    /// A claims file with one claim per `(id, as_of, value, members, list)` on one set.
    fn set(lists: &[(&str, &str, &str, &str, &str)]) -> String {
        let mut text = "source: article\nclaims:\n".to_string();
        for (id, as_of, value, members, list) in lists {
            text.push_str(&format!(
                "  - {{ id: {id}, quote: x, subject: China, metric: provinces cleared, \
                 as_of: {as_of}, value: {value}, unit: province, members: [{members}], list: {list} }}\n"
            ));
        }
        text
    }

    fn run(lists: &[(&str, &str, &str, &str, &str)]) -> crate::check::Outcome {
        check_files(&[("rules/r.yaml", RULE), ("claims/c.yaml", &set(lists))])
    }

    fn text_at(outcome: &crate::check::Outcome, label: &crate::diagnostic::Label) -> String {
        let at = &label.location;
        outcome.project.files.text(at.file)[at.span()].to_string()
    }

    #[test]
    fn a_later_complete_list_holding_every_earlier_member_passes() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            (
                "b",
                "2020-11-21",
                "3",
                "Gansu, Tibet, Guangxi",
                "exhaustive",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_member_missing_from_a_later_complete_list_is_dropped() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`b` drops Tibet on 2020-11-21: `a` listed it on 2020-11-14"
        );
        assert_eq!(primary_text(&outcome, 0), "[Gansu, Guangxi]");
        assert_eq!(text_at(&outcome, &diagnostic.labels[1]), "Tibet");
        assert!(
            diagnostic.labels[1]
                .message
                .contains("listed on 2020-11-14")
        );
    }

    #[test]
    fn every_dropped_member_is_named_and_labelled() {
        let outcome = run(&[
            (
                "a",
                "2020-11-14",
                "3",
                "Gansu, Tibet, Guangxi",
                "exhaustive",
            ),
            ("b", "2020-11-21", "1", "Gansu", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        let diagnostic = &outcome.diagnostics[0];
        assert!(diagnostic.message.contains("drops Tibet and Guangxi"));
        assert_eq!(diagnostic.labels.len(), 4, "list, two names, the rule");
    }

    #[test]
    fn a_shorter_partial_list_later_is_not_evidence_of_a_drop() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "21", "Gansu, Guangxi", "partial"),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_partial_list_naming_as_many_as_its_count_is_complete() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "partial"),
            ("b", "2020-11-21", "2", "Gansu, Guangxi", "partial"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert!(outcome.diagnostics[0].notes[0].contains("complete though marked partial"));
    }

    #[test]
    fn a_partial_list_with_a_rounded_count_is_never_complete() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            (
                "b",
                "2020-11-21",
                "\"about 2\"",
                "Gansu, Guangxi",
                "partial",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn members_match_by_entity_through_aliases() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            (
                "b",
                "2020-11-21",
                "3",
                "Gansu, Xizang, Guangxi",
                "exhaustive",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn lists_of_the_same_date_are_not_compared() {
        let outcome = run(&[
            ("a", "2020-11-21", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_partial_list_is_compared_with_the_next_complete_list_after_its_own_date() {
        // `b` is complete on a's date; a's Tibet must still be in `c`.
        let outcome = run(&[
            ("a", "2020-11-14", "17", "Tibet", "partial"),
            ("b", "2020-11-14", "1", "Gansu", "exhaustive"),
            ("c", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`c` drops Tibet on 2020-11-21: `a` listed it on 2020-11-14"
        );
    }

    #[test]
    fn a_partial_list_skips_later_partial_lists_to_reach_a_complete_one() {
        let outcome = run(&[
            ("a", "2020-11-01", "17", "Tibet", "partial"),
            ("b", "2020-11-14", "17", "Gansu", "partial"),
            ("c", "2020-11-21", "1", "Gansu", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`c` drops Tibet")
        );
    }

    #[test]
    fn a_member_dropped_once_is_reported_once() {
        let outcome = run(&[
            ("a", "2020-11-01", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-14", "1", "Gansu", "exhaustive"),
            ("c", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`b` drops Tibet")
        );
    }

    #[test]
    fn each_complete_list_of_the_next_date_is_checked() {
        let outcome = run(&[
            ("a", "2020-11-14", "1", "Tibet", "exhaustive"),
            ("b", "2020-11-21", "2", "Tibet, Gansu", "exhaustive"),
            ("c", "2020-11-21", "2", "Guangxi, Gansu", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`c` drops Tibet")
        );
    }

    #[test]
    fn a_count_growing_by_more_than_the_new_members_is_unexplained() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Tibet, Gansu", "partial"),
            (
                "b",
                "2020-11-21",
                "4",
                "Tibet, Gansu, Guangxi",
                "exhaustive",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::GrowthUnexplained]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`b` adds 1 member to `a`'s list (Guangxi) but its count grows by 2 (2 -> 4)"
        );
        assert_eq!(primary_text(&outcome, 0), "4");
        assert_eq!(text_at(&outcome, &diagnostic.labels[1]), "2");
    }

    #[test]
    fn a_count_that_does_not_move_while_members_are_added_is_unexplained() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Tibet", "exhaustive"),
            ("b", "2020-11-21", "2", "Tibet, Gansu", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::GrowthUnexplained]);
        assert!(
            outcome.diagnostics[0]
                .message
                .ends_with("but its count does not change (2 -> 2)")
        );
    }

    #[test]
    fn a_dropped_member_is_not_reported_again_as_unexplained_growth() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Tibet, Gansu", "exhaustive"),
            ("b", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
    }

    #[test]
    fn unexplained_growth_with_a_drop_names_both() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Tibet, Gansu", "exhaustive"),
            ("b", "2020-11-21", "3", "Gansu, Guangxi", "exhaustive"),
        ]);
        // In file order: the value comes before the members on the line.
        assert_eq!(
            codes(&outcome),
            vec![Code::GrowthUnexplained, Code::MemberDropped]
        );
        let unexplained = &outcome.diagnostics[0];
        assert_eq!(
            unexplained.message,
            "`b` adds 1 member to `a`'s list (Guangxi) and drops 1 (Tibet), no net change, \
             but its count grows by 1 (2 -> 3)"
        );
    }

    #[test]
    fn growth_is_not_checked_without_exact_counts() {
        let outcome = run(&[
            ("a", "2020-11-14", "\"more than 1\"", "Tibet", "exhaustive"),
            ("b", "2020-11-21", "5", "Tibet, Gansu", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn units_do_not_split_a_set_but_metrics_and_subjects_do() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: China, metric: m, as_of: 2020-11-14, value: 1, unit: province, members: [Tibet] }\n\
            - { id: b, quote: x, subject: China, metric: m, as_of: 2020-11-21, value: 1, unit: project, members: [Gansu] }\n\
            - { id: c, quote: x, subject: China, metric: other, as_of: 2020-11-21, value: 1, unit: province, members: [Guangxi] }\n\
            - { id: d, quote: x, subject: Guangxi, metric: m, as_of: 2020-11-21, value: 1, unit: province, members: [Gansu] }\n";
        let outcome = check_files(&[("rules/r.yaml", RULE), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`b` drops Tibet")
        );
    }

    /// Copies a folder of the shipped corpus into `to`.
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }

    #[test]
    fn the_shipped_provinces_cleared_series_grows_by_its_new_members() {
        // 17 named on November 14, all of them among the 21 named on November 21, which
        // adds Gansu, Guangxi, Sichuan and Ningxia: 4 = 21 - 17.
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        for folder in ["claims", "sources", "entities"] {
            copy_dir(&corpus.join(folder), &dir.path().join(folder));
        }
        std::fs::create_dir_all(dir.path().join("rules")).unwrap();
        std::fs::write(
            dir.path().join("rules/series.yaml"),
            "rules:\n\
             \x20 - id: provinces-cleared-only-grow\n\
             \x20   kind: growth\n\
             \x20   select: { metric: provinces with all poor counties out of poverty }\n\
             \x20 - id: provinces-cleared-never-decrease\n\
             \x20   kind: monotonic\n\
             \x20   select: { metric: provinces with all poor counties out of poverty }\n",
        )
        .unwrap();
        let outcome = crate::check::check(dir.path(), &crate::check::Options::default());
        assert_eq!(outcome.summary.rules, 2);
        let findings: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.rule.is_some())
            .map(|d| &d.message)
            .collect();
        assert!(findings.is_empty(), "{findings:#?}");
    }
}
