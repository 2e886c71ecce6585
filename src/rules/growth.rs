//! The `growth` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain growth`).
//!
//! A set is the selected claims that list members and share a subject and a metric (not
//! the unit: "17 provinces ..." and "21 projects in Gansu, Guangxi ..." name one set); the
//! subject counts as the same when it resolves to the same entity, else when it is written
//! the same. Members are matched by the entity they resolve to ("Tibet" is "Xizang"), else
//! by name. Lists are ordered by date: a claim's `period:` when it has one (whatever its
//! `as_of:`), else its `as_of` ([`Claim::dated`]). One list comes before another when its
//! period ends before the other's begins (the counties cleared in 2022, then in 2023); lists
//! of one date or of periods that overlap (2020 and 2020-12-31, 2019/2021 and 2020) are
//! never compared with each other.
//!
//! A list is *complete* when it names every member of the set on its date: it is
//! exhaustive, or it is partial ("including ...") but names exactly as many distinct
//! members as its value, an exact count, states ("17 provinces including" and 17 names).
//! Only a complete list can show that a member is gone, so:
//!
//! - every member of a list (complete or not) must appear in each of the nearest complete
//!   lists dated after it (below; on days, those of the next date that has one) (CC121
//!   `member-dropped`);
//! - when two such lists are both complete and both state an exact count, the count must
//!   change by the members added less any dropped (CC122 `growth-unexplained`). With
//!   nothing dropped that is "the count grows by exactly the new members"; counting the
//!   dropped ones too keeps a dropped member from being reported a second time as a count
//!   that grows too little. A complete partial list names exactly its count, so this
//!   finding always involves an exhaustive list whose length differs from its count (which
//!   a `count` rule reports too, from the list's side): `growth` says which names the
//!   count's change does not account for.
//!
//! Comparing each list with the nearest complete lists after it only suffices: a set only
//! grows, so if a list is contained in the nearest complete lists after it and each
//! complete list in the nearest ones after it, by transitivity it is contained in every
//! later complete list (each is one of the nearest, or after one). The nearest complete
//! lists after a list are those that start after it ends and that no other such complete
//! list comes wholly before; on days, the complete lists of the next date that has one. A
//! member dropped at some date is reported once, where it is dropped, not again at every
//! later date. A partial list is compared with the nearest complete lists after its own
//! date, even when a complete list of the same date sits between them in the chain.
//!
//! The rule judges the lists it compares: those with a complete list dated after them, and
//! the complete lists with a list dated before them. A set whose later lists are all
//! partial, or whose lists are all of one date or of overlapping periods, judges nothing;
//! when no set of a rule judges anything, CC047 names the sets and why.
//!
//! Cost: O(members of the selected claims) with hash sets, plus sorting each set's lists by
//! start and by end. For the nearest complete lists a map counts how many of them hold
//! each member, kept up to date as lists enter and leave them (each once), so an earlier
//! list is checked in time proportional to its own length however many complete lists are
//! nearest; only missing members are looked up list by list. Count checks group the
//! earlier lists by stated-minus-listed, which decides whether a pair agrees, so agreeing
//! pairs are never visited one by one.

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::date::Period;
use crate::hashing::{HashMap, HashSet};
use crate::model::{Claim, ClaimId, Entities, Listing, NameKey, Project};
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
    claims_named_in: None,
};

#[derive(Debug)]
struct Growth;

fn read(_: &mut Reader, _: &Record, _: &Project) -> Option<Box<dyn Check>> {
    Some(Box::new(Growth))
}

/// One claim's member list, as compared.
struct List<'a> {
    claim: &'a Claim,
    entities: &'a Entities,
    /// When it speaks of: its period, else its `as_of` ([`Claim::dated`]).
    when: Period,
    /// Each distinct member once, with the index of its first mention in `members`.
    distinct: Vec<(NameKey<'a>, usize)>,
    keys: HashSet<NameKey<'a>>,
    complete: bool,
    /// For a complete list whose value is an exact count: the count stated minus the
    /// members listed. Two lists agree on growth exactly when their gaps are equal.
    gap: Option<Decimal>,
}

impl<'a> List<'a> {
    fn new(claim: &'a Claim, entities: &'a Entities) -> List<'a> {
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
            entities,
            when: claim.dated(),
            distinct,
            keys,
            complete,
            gap,
        }
    }

    /// A member's name as the findings name it ([`Claim::member_name`]): a misspelt member
    /// by the place it is read as.
    fn name(&self, index: usize) -> &'a str {
        self.claim.member_name(index, self.entities)
    }

    fn count_text(&self) -> &'a str {
        self.claim.value.as_ref().map_or("", |v| &*v.value.text)
    }
}

impl Check for Growth {
    /// Judged: the lists compared, those with a complete list dated after them and the
    /// complete lists with a list dated before them.
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
            sets[slot].push(List::new(claim, &project.entities));
        }
        // The sets are independent: checked on rayon's pool, their findings kept in the
        // order of the sets.
        use rayon::prelude::*;
        let checked: Vec<(Vec<Finding>, usize)> = sets
            .par_iter()
            .map(|lists| {
                let mut findings = Vec::new();
                check_set(lists, &project.entities, &mut findings);
                let findings: Vec<Finding> = findings.into_iter().map(Finding::shrunk).collect();
                (findings, compared(lists))
            })
            .collect();
        let judged = checked.iter().map(|(_, judged)| judged).sum();
        let findings = checked
            .into_iter()
            .flat_map(|(findings, _)| findings)
            .collect();
        let mut evaluated = Evaluated::new(findings, judged);
        if judged == 0 {
            let notes = sets.iter().filter_map(|lists| unordered(lists)).collect();
            evaluated = evaluated.unjudged(super::first_unjudged(notes, "sets"));
        }
        evaluated
    }

    fn compares_by_subject(&self) -> bool {
        true
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares each list with the complete lists (exhaustive, or naming as many members \
         as an exact count) of the same subject and metric dated after it (on a later day, or \
         in a period that starts after its own ends), and no selected list has one"
    }
}

/// How many lists of a set are compared: those with a complete list dated after them, and
/// the complete lists with any list dated before them (each such complete list is among the
/// nearest complete lists after some list, see [`check_set`]).
fn compared(lists: &[List]) -> usize {
    let latest_complete_start = lists
        .iter()
        .filter(|list| list.complete)
        .map(|list| list.when.start)
        .max();
    let earliest_end = lists.iter().map(|list| list.when.end).min();
    lists
        .iter()
        .filter(|list| {
            latest_complete_start.is_some_and(|start| list.when.end < start)
                || (list.complete && earliest_end.is_some_and(|end| end < list.when.start))
        })
        .count()
}

/// For CC047: why a set of two or more lists compares none of them, when it does not.
fn unordered(lists: &[List]) -> Option<String> {
    let first = lists.first()?;
    if lists.len() < 2 || compared(lists) > 0 {
        return None;
    }
    let claims = super::claims_in_words(
        lists,
        |list| list.claim,
        |list| {
            let listing = if list.complete { "complete" } else { "partial" };
            format!("{listing} {}", list.when.in_words())
        },
    );
    let why = match lists.iter().any(|list| list.complete) {
        true => "no complete list is dated after another list",
        false => {
            "no list is complete (exhaustive, or naming as many members as an exact count), \
             so none can show that a member is gone"
        }
    };
    Some(format!(
        "in the set of {} `{}`, {why}: {claims}",
        first.claim.subject.value, first.claim.metric.value
    ))
}

/// Checks one set. Every list is compared with the nearest complete lists dated after it:
/// those that start after it ends and that no other such complete list comes wholly
/// before. Every later complete list is one of those or comes after one of them, so by
/// transitivity that covers it, and a member dropped once is reported once, where it is
/// dropped. On days, those are the complete lists of the next date that has one.
///
/// The lists are taken in order of their ends, in runs of one end, which share their
/// nearest complete lists: a slice of the complete lists in order of their starts, from
/// the first that starts after the run ends to the last that starts by the earliest end
/// among them. Both ends of the slice only move on from run to run, so how many of its
/// lists hold each member is kept up to date as lists enter and leave it.
fn check_set(lists: &[List], entities: &Entities, findings: &mut Vec<Finding>) {
    // Stable: lists of one date keep their corpus order.
    let mut complete: Vec<usize> = (0..lists.len()).filter(|&i| lists[i].complete).collect();
    complete.sort_by_key(|&i| (lists[i].when.start, lists[i].when.end));
    // The earliest end among the complete lists from each one on, in that order.
    let mut earliest_end_from = vec![None; complete.len()];
    let mut earliest = None;
    for (slot, &i) in complete.iter().enumerate().rev() {
        let end = lists[i].when.end;
        earliest = Some(earliest.map_or(end, |e: crate::date::Date| e.min(end)));
        earliest_end_from[slot] = earliest;
    }
    let mut by_end: Vec<usize> = (0..lists.len()).collect();
    by_end.sort_by_key(|&i| (lists[i].when.end, lists[i].when.start));
    // The nearest complete lists of the run at hand, `complete[from..to]`, and how many of
    // them hold each member.
    let (mut from, mut to) = (0, 0);
    let mut held: HashMap<NameKey, usize> = HashMap::default();
    // Each member a later complete list leaves out, and the earlier lists that held it:
    // one finding, from the nearest of them.
    let mut drops: Vec<Drop> = Vec::new();
    let mut start = 0;
    while start < by_end.len() {
        let ends = lists[by_end[start]].when.end;
        let run = start
            + by_end[start..]
                .iter()
                .take_while(|&&i| lists[i].when.end == ends)
                .count();
        let first = complete.partition_point(|&i| lists[i].when.start <= ends);
        let Some(nearest_end) = earliest_end_from.get(first).copied().flatten() else {
            // No complete list starts after this run ends, nor after any later run.
            break;
        };
        let last = complete.partition_point(|&i| lists[i].when.start <= nearest_end);
        for &i in &complete[to.max(first)..last] {
            for (key, _) in &lists[i].distinct {
                *held.entry(*key).or_default() += 1;
            }
        }
        for &i in &complete[from..first.min(to)] {
            for (key, _) in &lists[i].distinct {
                if let Some(count) = held.get_mut(key) {
                    *count -= 1;
                }
            }
        }
        (from, to) = (first, last);
        let later = &complete[from..to];
        for &earlier in &by_end[start..run] {
            dropped(lists, earlier, later, &held, entities, &mut drops);
        }
        unexplained(lists, &by_end[start..run], later, findings);
        start = run;
    }
    report_drops(lists, drops, findings);
}

/// A member of the earlier list `earlier` (its index there) that the later complete list
/// `later` leaves out.
struct Drop<'a> {
    earlier: usize,
    later: usize,
    key: NameKey<'a>,
    index: usize,
}

/// CC121 for each later list and the members it leaves out, from the nearest earlier
/// list that held each one: two partial lists that both named Riesa, and a complete one
/// after them without it, make one finding, which names the other list in a note.
fn report_drops(lists: &[List], mut drops: Vec<Drop>, findings: &mut Vec<Finding>) {
    // By later list and member, the nearest earlier list last.
    drops.sort_by_key(|drop| {
        let earlier = &lists[drop.earlier].when;
        (
            drop.later,
            drop.key,
            earlier.end,
            earlier.start,
            drop.earlier,
        )
    });
    // (earlier, later), the members reported from that pair, and the other earlier lists
    // that held them, each with the members it held (their indices in its own list).
    type Pair = ((usize, usize), Vec<usize>, Vec<(usize, Vec<usize>)>);
    let mut pairs: Vec<Pair> = Vec::new();
    let mut pair_at: HashMap<(usize, usize), usize> = HashMap::default();
    for same in drops.chunk_by(|a, b| (a.later, a.key) == (b.later, b.key)) {
        let nearest = same.last().expect("chunks are not empty");
        let pair = (nearest.earlier, nearest.later);
        let at = *pair_at.entry(pair).or_insert_with(|| {
            pairs.push((pair, Vec::new(), Vec::new()));
            pairs.len() - 1
        });
        let (_, members, also) = &mut pairs[at];
        members.push(nearest.index);
        for other in &same[..same.len() - 1] {
            match also.iter_mut().find(|(list, _)| *list == other.earlier) {
                Some((_, held)) => held.push(other.index),
                None => also.push((other.earlier, vec![other.index])),
            }
        }
    }
    for ((earlier, later), mut members, also) in pairs {
        members.sort_unstable();
        let mut finding = member_dropped(&lists[earlier], &lists[later], &members);
        for (other, mut held) in also {
            let list = &lists[other];
            // "it" when the finding drops one member; else the members this list held.
            let which = match members.len() {
                1 => "it".to_string(),
                _ => {
                    held.sort_unstable();
                    let names: Vec<&str> = held.iter().map(|&index| list.name(index)).collect();
                    crate::words::and_list(&names)
                }
            };
            finding = finding.note(format!(
                "`{}` listed {which} too, {}",
                list.claim.id.value,
                list.when.in_words()
            ));
        }
        findings.push(finding);
    }
}

/// The members of `lists[earlier]` that a later complete list leaves out.
fn dropped<'a>(
    lists: &[List<'a>],
    earlier: usize,
    later: &[usize],
    held: &HashMap<NameKey, usize>,
    entities: &Entities,
    drops: &mut Vec<Drop<'a>>,
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
        drops.extend(
            missing
                .iter()
                .filter(|(key, _)| !after.keys.contains(key) && !may_list(after, *key, entities))
                .map(|&(key, index)| Drop {
                    earlier,
                    later: i,
                    key,
                    index,
                }),
        );
    }
}

/// Whether `list` may name the member `key` by another name: a name that could be several
/// places (`Nysa`, which CC024 warns of) and one of those places (`Nysa (powiat nyski)`),
/// either way round. Which place the name is, is the warning's to settle; until it is, the
/// member is not taken to be gone.
fn may_list(list: &List, key: NameKey, entities: &Entities) -> bool {
    let could_be = |name: &str| {
        let places = entities.named(name);
        (places.len() > 1).then_some(places)
    };
    match key {
        NameKey::Name(name) => could_be(name).is_some_and(|places| {
            places
                .iter()
                .any(|&place| list.keys.contains(&NameKey::Entity(place)))
        }),
        NameKey::Entity(place) => list.distinct.iter().any(|(listed, _)| match listed {
            NameKey::Name(name) => could_be(name).is_some_and(|places| places.contains(&place)),
            _ => false,
        }),
        NameKey::Unsettled(..) => false,
    }
}

/// CC121's facts: the members the later complete list leaves out, and both dates: each
/// claim's `as_of` (its source's date when it has none) and, when it has one, its period,
/// which orders the lists (`2022`, `2019/2021`). The later claim is the finding's first
/// claim, the earlier the second.
#[derive(Serialize)]
struct MemberDropped<'a> {
    dropped: &'a [&'a str],
    listed_on: String,
    dropped_on: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    listed_in: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dropped_in: Option<String>,
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
            "`{}` drops {} {}: `{}` listed {} {}",
            b.id.value,
            crate::words::and_list(&names),
            after.when.in_words(),
            a.id.value,
            if names.len() == 1 { "it" } else { "them" },
            before.when.in_words()
        ),
        "check both lists against their articles; if a member really left the set, the set \
         is not cumulative and a `growth` rule should not check it",
    );
    let list_at = b.members_at().unwrap_or(b.at);
    finding = finding.primary(
        list_at,
        format!(
            "complete list {} ({} {}), without {}",
            after.when.in_words(),
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
            format!("listed {} (`{}`)", before.when.in_words(), a.id.value),
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
            listed_in: a.period().map(|period| period.value.to_string()),
            dropped_in: b.period().map(|period| period.value.to_string()),
        })
}

/// CC122: pairs of complete, exactly counted lists, one of `earlier` and one of their
/// nearest complete lists `later`, whose counts change by something else than their lists
/// do.
fn unexplained(lists: &[List], earlier: &[usize], later: &[usize], findings: &mut Vec<Finding>) {
    // Earlier lists by gap, in corpus order. A pair agrees exactly when the gaps are
    // equal (the count changes by the listed change), so only the other groups are
    // visited, and each of their lists is a finding.
    let mut by_gap: Vec<(Decimal, Vec<usize>)> = Vec::new();
    let mut slot: HashMap<Decimal, usize> = HashMap::default();
    for &i in earlier {
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
        finding = finding.primary(
            value.at,
            format!("{to} {}, {}", after.when.in_words(), listed(after)),
        );
    }
    if let Some(value) = &a.value {
        finding = finding.label(
            value.at,
            format!(
                "{from} {} (`{}`), {}",
                before.when.in_words(),
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
    use crate::testing::{check_files, codes, messages, primary_text};

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

    /// Exhaustive lists of one set, one per `(id, dates, members)`, each counting its
    /// members, dated as written: `as_of: ...`, `period: ...` or both.
    fn dated(lists: &[(&str, &str, &str)]) -> String {
        let mut text = "source: article\nclaims:\n".to_string();
        for (id, dates, members) in lists {
            let count = members.split(',').filter(|m| !m.trim().is_empty()).count();
            text.push_str(&format!(
                "  - {{ id: {id}, quote: x, subject: China, metric: provinces cleared, \
                 {dates}, value: {count}, unit: province, members: [{members}] }}\n"
            ));
        }
        text
    }

    fn run_dated(lists: &[(&str, &str, &str)]) -> crate::check::Outcome {
        check_files(&[("rules/r.yaml", RULE), ("claims/c.yaml", &dated(lists))])
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
    fn a_name_of_several_places_and_one_of_them_are_not_a_dropped_member_either_way_round() {
        // Two places of one kind share the name, which neither a unit nor the kind of the
        // other members can settle.
        const PLACES: &str = "entities:
  - { name: Opole, kind: province }
  - { name: Nysa County, kind: county, parent: Opole }
  - { name: Brzeg County, kind: county, parent: Opole }
  - { name: Nysa, kind: municipality, parent: Nysa County }
  - { name: Nysa, kind: municipality, parent: Brzeg County }
  - { name: Otmuchow, kind: municipality, parent: Nysa County }
  - { name: Prudnik, kind: municipality, parent: Opole }
";
        let list = |id: &str, date: &str, members: &str| {
            let count = members.split(',').count();
            format!(
                "  - {{ id: {id}, quote: x, subject: Opole, metric: places helped, as_of: {date}, \
                 value: {count}, unit: place, list: exhaustive, members: [{members}] }}\n"
            )
        };
        for (first, then) in [
            ("Nysa, Otmuchow", "Nysa (Nysa County), Otmuchow, Prudnik"),
            ("Nysa (Nysa County), Otmuchow", "Nysa, Otmuchow, Prudnik"),
        ] {
            let claims = format!(
                "source: article\nclaims:\n{}{}",
                list("a", "2024-11-08", first),
                list("b", "2024-11-15", then)
            );
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/e.yaml", PLACES),
                ("claims/c.yaml", &claims),
            ]);
            // The name's ambiguity is the warning's, not a member gone.
            assert_eq!(
                codes(&outcome),
                [Code::AmbiguousEntity],
                "{first} then {then}"
            );
        }
        // A place left out of the later list is still dropped beside an ambiguous name.
        let claims = format!(
            "source: article\nclaims:\n{}{}",
            list("a", "2024-11-08", "Nysa, Otmuchow"),
            list("b", "2024-11-15", "Nysa (Nysa County), Prudnik")
        );
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/e.yaml", PLACES),
            ("claims/c.yaml", &claims),
        ]);
        assert_eq!(
            codes(&outcome),
            [Code::AmbiguousEntity, Code::MemberDropped]
        );
        assert!(outcome.diagnostics[1].message.contains("drops Otmuchow"));
    }

    #[test]
    fn a_member_written_alone_and_qualified_is_one_place_of_the_kind_counted() {
        // Found in review: a town count listing `Nysa` (the town, by the unit) and then
        // `Nysa (Nysa County)` (the municipality, the nearest of that name in the county)
        // said the later list dropped Nysa. The kind counted picks within the qualifier too.
        const PLACES: &str = "entities:
  - { name: Opole, kind: province }
  - { name: Nysa County, kind: county, parent: Opole }
  - { name: Nysa, kind: municipality, parent: Nysa County }
  - { name: Nysa, kind: town, parent: Nysa (Nysa County) }
  - { name: Otmuchow, kind: town, parent: Nysa County }
  - { name: Prudnik, kind: town, parent: Opole }
";
        for (first, then) in [
            ("Nysa, Otmuchow", "Nysa (Nysa County), Otmuchow, Prudnik"),
            ("Nysa (Nysa County), Otmuchow", "Nysa, Otmuchow, Prudnik"),
        ] {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Opole, metric: towns \
                 helped, as_of: 2024-11-08, value: 2, unit: town, list: exhaustive, members: \
                 [{first}] }}\n  - {{ id: b, quote: x, subject: Opole, metric: towns helped, \
                 as_of: 2024-11-15, value: 3, unit: town, list: exhaustive, members: [{then}] \
                 }}\n"
            );
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/e.yaml", PLACES),
                ("claims/c.yaml", &claims),
            ]);
            assert_eq!(codes(&outcome), [], "{first} then {then}");
        }
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
    fn a_member_two_earlier_lists_held_is_dropped_once_from_the_nearest() {
        let outcome = run(&[
            ("a", "2020-11-14", "5", "Gansu, Tibet", "partial"),
            ("b", "2020-11-18", "6", "Gansu, Tibet", "partial"),
            ("c", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberDropped]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`c` drops Tibet on 2020-11-21: `b` listed it on 2020-11-18"
        );
        assert!(
            diagnostic
                .notes
                .contains(&"`a` listed it too, on 2020-11-14".to_string()),
            "{:?}",
            diagnostic.notes
        );
        // Of several members dropped, the note says which the other list held.
        let outcome = run(&[
            ("a", "2020-11-14", "5", "Gansu, Tibet", "partial"),
            ("b", "2020-11-18", "6", "Gansu, Tibet, Guangxi", "partial"),
            ("c", "2020-11-21", "1", "Gansu", "exhaustive"),
        ]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.message,
            "`c` drops Tibet and Guangxi on 2020-11-21: `b` listed them on 2020-11-18"
        );
        assert!(
            diagnostic
                .notes
                .contains(&"`a` listed Tibet too, on 2020-11-14".to_string()),
            "{:?}",
            diagnostic.notes
        );
    }

    #[test]
    fn a_shorter_partial_list_later_is_not_evidence_of_a_drop() {
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "21", "Gansu, Guangxi", "partial"),
        ]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
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
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
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
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
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

    #[test]
    fn lists_of_years_of_one_article_are_ordered_by_their_periods() {
        let outcome = run_dated(&[
            ("cleared-2022", "period: 2022", "Gansu, Tibet"),
            ("cleared-2023", "period: 2023", "Gansu, Guangxi"),
        ]);
        assert_eq!(
            messages(&outcome),
            ["`cleared-2023` drops Tibet in 2023: `cleared-2022` listed it in 2022"]
        );
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.labels[0].message,
            "complete list in 2023 (2 members), without Tibet"
        );
        assert_eq!(
            diagnostic.labels[1].message,
            "listed in 2022 (`cleared-2022`)"
        );
        let data = diagnostic.data.as_ref().unwrap().value();
        assert_eq!(
            (&data["listed_in"], &data["dropped_in"]),
            (&"2022".into(), &"2023".into())
        );
        // Both are dated by the article.
        assert_eq!(data["listed_on"], data["dropped_on"]);
        assert_eq!(outcome.claims_checked, [2]);
    }

    #[test]
    fn a_count_grown_by_other_than_its_members_names_its_periods() {
        let claims = "source: article\nclaims:\n\
            - { id: a, quote: x, subject: China, metric: m, period: 2022, value: 1, unit: province, members: [Tibet] }\n\
            - { id: b, quote: x, subject: China, metric: m, period: 2023, value: 3, unit: province, members: [Tibet, Gansu] }\n";
        let outcome = check_files(&[("rules/r.yaml", RULE), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::GrowthUnexplained]);
        let labels: Vec<&str> = outcome.diagnostics[0].labels[..2]
            .iter()
            .map(|l| l.message.as_ref())
            .collect();
        assert_eq!(
            labels,
            [
                "3 in 2023, with 2 names listed",
                "1 in 2022 (`a`), with 1 name listed"
            ]
        );
    }

    #[test]
    fn lists_of_overlapping_periods_are_not_compared() {
        // A year and its last day, three years and one of them: either may be true
        // whatever the other lists.
        for (a, b) in [
            ("period: 2020", "as_of: 2020-12-31"),
            ("period: 2019/2021", "period: 2020"),
        ] {
            let outcome = run_dated(&[("a", a, "Gansu, Tibet"), ("b", b, "Gansu")]);
            assert_eq!(codes(&outcome), vec![Code::NothingJudged], "{a} and {b}");
            assert_eq!(outcome.claims_checked, [0]);
        }
    }

    #[test]
    fn a_list_of_a_long_period_is_compared_with_lists_wholly_before_or_after_it() {
        let outcome = run_dated(&[
            ("years", "period: 2019/2021", "Gansu, Tibet"),
            ("one-year", "period: 2020", "Gansu"),
            ("later", "period: 2022", "Gansu, Guangxi"),
        ]);
        assert_eq!(
            messages(&outcome),
            ["`later` drops Tibet in 2022: `years` listed it in 2019/2021"]
        );
        assert_eq!(outcome.claims_checked, [3]);
    }

    #[test]
    fn each_list_is_compared_with_every_nearest_complete_list_after_it() {
        // After 2018 come 2019 and 2019/2020, which overlap: both are nearest, and each
        // must keep Tibet. 2021 comes after both, and after 2019 it is the nearest.
        let outcome = run_dated(&[
            ("first", "period: 2018", "Gansu, Tibet"),
            ("one-year", "period: 2019", "Gansu, Tibet"),
            ("two-years", "period: 2019/2020", "Gansu"),
            ("last", "period: 2021", "Gansu, Guangxi"),
        ]);
        assert_eq!(
            messages(&outcome),
            [
                "`two-years` drops Tibet in 2019/2020: `first` listed it in 2018",
                "`last` drops Tibet in 2021: `one-year` listed it in 2019",
            ]
        );
    }

    #[test]
    fn a_period_orders_a_list_whatever_its_as_of() {
        let outcome = run_dated(&[
            ("cleared-2019", "period: 2019, as_of: 2020-01-15", "Gansu"),
            (
                "cleared-2018",
                "period: 2018, as_of: 2020-01-20",
                "Gansu, Tibet",
            ),
        ]);
        assert_eq!(
            messages(&outcome),
            ["`cleared-2019` drops Tibet in 2019: `cleared-2018` listed it in 2018"]
        );
    }

    #[test]
    fn a_set_with_no_complete_list_after_another_judges_nothing_and_says_why() {
        let selected =
            "rules:\n  - { id: grows, kind: growth, select: { metric: provinces cleared } }\n";
        let check = |lists: &[(&str, &str, &str, &str, &str)]| {
            check_files(&[("rules/r.yaml", selected), ("claims/c.yaml", &set(lists))])
        };
        let one_date = check(&[
            ("a", "2020-11-21", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "2", "Gansu, Guangxi", "exhaustive"),
        ]);
        assert_eq!(codes(&one_date), vec![Code::NothingJudged]);
        assert_eq!(
            one_date.diagnostics[0].notes[1],
            "in the set of China `provinces cleared`, no complete list is dated after another \
             list: `a` (complete on 2020-11-21) and `b` (complete on 2020-11-21)"
        );
        // A later partial list cannot show that a member is gone.
        let partial_later = check(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "21", "Gansu, Guangxi", "partial"),
        ]);
        assert_eq!(codes(&partial_later), vec![Code::NothingJudged]);
        assert_eq!(partial_later.claims_checked, [0]);
        let none_complete = check(&[
            ("a", "2020-11-14", "17", "Gansu, Tibet", "partial"),
            ("b", "2020-11-21", "21", "Gansu, Guangxi", "partial"),
        ]);
        assert_eq!(
            none_complete.diagnostics[0].notes[1],
            "in the set of China `provinces cleared`, no list is complete (exhaustive, or \
             naming as many members as an exact count), so none can show that a member is \
             gone: `a` (partial on 2020-11-14) and `b` (partial on 2020-11-21)"
        );
    }

    #[test]
    fn only_the_lists_compared_are_judged() {
        // `a` and `c` are compared; `b`, a partial list on the last date, is not.
        let outcome = run(&[
            ("a", "2020-11-14", "2", "Gansu, Tibet", "exhaustive"),
            ("b", "2020-11-21", "21", "Gansu", "partial"),
            (
                "c",
                "2020-11-21",
                "3",
                "Gansu, Tibet, Guangxi",
                "exhaustive",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
        assert_eq!(outcome.claims_checked, [2]);
    }

    mod nearest {
        use proptest::prelude::*;

        use super::super::{List, check_set};
        use crate::codes::Code;
        use crate::date::{Date, Period};
        use crate::diagnostic::{Located, Location};
        use crate::files::FileId;
        use crate::model::{Claim, Member, MemberList, RareFields};
        use crate::rules::Finding;

        const NAMES: [&str; 4] = ["Gansu", "Tibet", "Guangxi", "Sichuan"];

        /// An exhaustive list of `members` (indices into [`NAMES`]) for a period of days.
        fn list_claim(id: usize, (day, length, members): (u8, u8, Vec<usize>)) -> Claim {
            let at = Location::new(FileId(0), 0..0);
            let date = |day: u8| Date {
                year: 2020,
                month: 1,
                day: day + 1,
            };
            let mut claim = crate::testing::claim(&format!("l{id}"), "x");
            claim.member_list = Some(Box::new(MemberList {
                members: members
                    .iter()
                    .map(|&m| Member {
                        name: Located::new(NAMES[m].into(), at),
                        entity: None,
                    })
                    .collect(),
                at,
            }));
            claim.rare = RareFields {
                period: Some(Located::new(
                    Period {
                        start: date(day),
                        end: date(day + length),
                    },
                    at,
                )),
                ..Default::default()
            }
            .boxed();
            claim
        }

        fn lists() -> impl Strategy<Value = Vec<Claim>> {
            prop::collection::vec(
                (0u8..10, 0u8..3, prop::collection::vec(0..NAMES.len(), 0..4)),
                0..8,
            )
            .prop_map(|lists| {
                lists
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| list_claim(i, l))
                    .collect()
            })
        }

        proptest! {
            /// Every reported drop is a member of a list missing from one of the nearest
            /// complete lists dated after it, and where any list has a member that a complete
            /// list dated after it lacks, a drop is reported.
            #[test]
            fn drops_are_found_exactly_where_a_later_complete_list_lacks_a_member(
                claims in lists(),
            ) {
                let entities = crate::model::Entities::default();
                let lists: Vec<List> = claims.iter().map(|claim| List::new(claim, &entities)).collect();
                let mut findings: Vec<Finding> = Vec::new();
                check_set(&lists, &entities, &mut findings);
                let find = |id: &str| lists.iter().find(|l| l.claim.id.value == id).unwrap();
                for finding in findings.iter().filter(|f| f.code == Code::MemberDropped) {
                    let (later, earlier) = (find(&finding.claims[0]), find(&finding.claims[1]));
                    prop_assert!(earlier.when.before(&later.when));
                    prop_assert!(!earlier.keys.is_subset(&later.keys));
                    // Reported where it is dropped: no complete list lies between the two.
                    let skipped = lists.iter().any(|between| {
                        between.complete
                            && earlier.when.before(&between.when)
                            && between.when.before(&later.when)
                    });
                    prop_assert!(!skipped);
                }
                let violated = lists.iter().any(|earlier| {
                    lists.iter().any(|later| {
                        earlier.when.before(&later.when) && !earlier.keys.is_subset(&later.keys)
                    })
                });
                prop_assert_eq!(
                    findings.iter().any(|f| f.code == Code::MemberDropped),
                    violated
                );
            }
        }
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
