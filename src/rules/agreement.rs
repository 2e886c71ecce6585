//! The `agreement` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain agreement`).
//!
//! The selected claims that state a value are grouped by a key. By default the key is
//! the subject (its entity when the name resolves, so "Tibet" and "Xizang" group
//! together; else the name as written), the metric, and the date: the claim's `period`
//! when it has one, else its `as_of`. `key:` replaces the default with a list drawn from
//! `subject`, `metric`, `date`, `as_of`, `period`, `source` and `unit`. Within a group:
//!
//! - the figures in one unit must have a value in common: the intersection of their intervals
//!   ("3.29 million" stands for [3.285M, 3.295M)) is not empty. When it is empty, the
//!   largest set of figures that share a value is taken as what the group says, and
//!   every other figure is reported (CC141), named against the nearest claim of that set
//!   whose quote was found in its article (the nearest of all when none was);
//! - the unit must be the same: a claim whose unit differs from the unit most of the
//!   group uses is reported (CC142), named against the nearest claim with that unit. Its
//!   figure is compared only with figures in its own unit: 7.5% and 12 towns are not two
//!   readings of one figure, and one slip is one finding;
//! - the members must fit the count: the lists of the claims that state the group's exact
//!   count (the one most of them state), or a count bounded from above (`up to 3`, `fewer
//!   than 4`: the most it allows), and of the claims that list members without a value,
//!   taken together, name no more members than that count (CC143): three partial
//!   lists of "the 9 counties" may not name 10 different counties, whether or not another
//!   mention of them gives another figure, and "3 poor counties" may not be listed as 4.
//!   A list without a value joins its group for that alone: it has no figure to compare.
//!
//! Cost: one pass over the selected claims into a hash map of groups, O(n); a group
//! whose figures share a value costs one pass more. Only a group whose figures disagree
//! is sorted to find its largest agreeing set: O(k log k) for k claims in it.

mod dated_apart;

use std::cmp::Reverse;
use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind};
use crate::codes::Code;
use crate::date::{Date, Period};
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::facts::{self, Figure};
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, NameKey, Project, SourceId};
use crate::quantity::{Bound, Interval, Qualifier, Quantity};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape, choice_names};
use crate::syntax::yaml::{Node, Value};

pub const KIND: Kind = Kind {
    name: "agreement",
    summary: "claims that state the same quantity (same subject, metric and date) agree in value and unit, and their lists together name no more members than the count",
    fields: &[Field::optional(
        "key",
        Shape::Choices(&KEY_NAMES),
        "The claim fields that make claims one quantity: any of subject, metric, date (the \
         period, else as_of), as_of, period, source and unit. Default: [subject, metric, date].",
    )],
    codes: &[
        Code::ValuesDisagree,
        Code::UnitsDisagree,
        Code::MembersDisagree,
        Code::DatesKeepApart,
    ],
    example: "\
rules:
  - id: same-fact-agrees
    kind: agreement
    key: [subject, metric, date]
",
    read,
    claims_named_in: None,
};

/// One field a group key is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyPart {
    Subject,
    Metric,
    /// The period when the claim has one, else its `as_of`.
    Date,
    AsOf,
    Period,
    Source,
    Unit,
}

const KEY_PARTS: &[(&str, KeyPart)] = &[
    ("subject", KeyPart::Subject),
    ("metric", KeyPart::Metric),
    ("date", KeyPart::Date),
    ("as_of", KeyPart::AsOf),
    ("period", KeyPart::Period),
    ("source", KeyPart::Source),
    ("unit", KeyPart::Unit),
];

const KEY_NAMES: [&str; KEY_PARTS.len()] = choice_names(KEY_PARTS);

const DEFAULT_KEY: &[KeyPart] = &[KeyPart::Subject, KeyPart::Metric, KeyPart::Date];

#[derive(Debug)]
struct Agreement {
    key: Vec<KeyPart>,
}

fn read(reader: &mut Reader, record: &Record, _: &Project) -> Option<Box<dyn Check>> {
    let key = match record.get("key") {
        None => DEFAULT_KEY.to_vec(),
        Some(node) => read_key(reader, node)?,
    };
    Some(Box::new(Agreement { key }))
}

/// `key: [subject, metric]`, or a single word.
fn read_key(reader: &mut Reader, node: &Node) -> Option<Vec<KeyPart>> {
    let words: Vec<&Node> = match &node.value {
        Value::Scalar(_) => vec![node],
        Value::Seq(items) if items.is_empty() => {
            // A key of no field would make every selected claim one quantity.
            reader.diagnostics.push(
                Diagnostic::new(
                    Code::WrongType,
                    "`key` is an empty list",
                    reader.at(node),
                    "an empty list",
                )
                .with_help(format!(
                    "name the claim fields that make claims one quantity, e.g. `key: [subject, \
                     metric, date]` (the default, when `key:` is left out); the fields are: {}",
                    KEY_NAMES.join(", ")
                )),
            );
            return None;
        }
        Value::Seq(items) => items.iter().collect(),
        _ => {
            reader.wrong_type(node, "key", "a list of claim fields");
            return None;
        }
    };
    let names: Vec<&str> = KEY_PARTS.iter().map(|(name, _)| *name).collect();
    let mut parts = Vec::with_capacity(words.len());
    // Where each part was first written, to point at it beside a repeat.
    let mut written: Vec<&Node> = Vec::with_capacity(words.len());
    let mut repeated: Vec<KeyPart> = Vec::new();
    let mut failed = false;
    for word in &words {
        let Value::Scalar(text) = &word.value else {
            reader.wrong_type(word, "each entry of `key`", "a claim field");
            failed = true;
            continue;
        };
        match KEY_PARTS.iter().find(|(name, _)| name == text) {
            Some((_, part)) => match parts.iter().position(|known| known == part) {
                None => {
                    parts.push(*part);
                    written.push(word);
                }
                // A field written twice groups as once, so the repeat is most likely
                // another field mistyped: the rule would then compare claims the author
                // meant to keep apart. Reported once per field, at its second mention.
                Some(first) if !repeated.contains(part) => {
                    repeated.push(*part);
                    reader.diagnostics.push(repeated_key_part(
                        reader,
                        text,
                        written[first],
                        word,
                        &words,
                    ));
                    failed = true;
                }
                Some(_) => {}
            },
            None => {
                let help = match did_you_mean(text, names.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("group claims by any of: {}", names.join(", ")),
                };
                reader.diagnostics.push(
                    Diagnostic::new(
                        Code::InvalidChoice,
                        format!("`{text}` is not a claim field an agreement can group by"),
                        reader.at(word),
                        format!("expected one of: {}", names.join(", ")),
                    )
                    .with_help(help),
                );
                failed = true;
            }
        }
    }
    (!failed).then_some(parts)
}

/// A field `key:` names twice (`text`, first at `first`, again at `again`), with the field
/// of the default key the list leaves out as the one probably meant, when there is one.
fn repeated_key_part(
    reader: &Reader,
    text: &str,
    first: &Node,
    again: &Node,
    words: &[&Node],
) -> Diagnostic {
    let named = |field: &str| {
        words
            .iter()
            .any(|word| matches!(&word.value, Value::Scalar(text) if text == field))
    };
    let left_out: Vec<&str> = KEY_PARTS
        .iter()
        .filter(|(_, part)| DEFAULT_KEY.contains(part))
        .map(|(name, _)| *name)
        .filter(|name| !named(name))
        .collect();
    let help = match left_out.as_slice() {
        [one] => format!(
            "a field groups claims once however often it is named: did you mean `{one}`? (the \
             default key is [subject, metric, date])"
        ),
        _ => format!(
            "a field groups claims once however often it is named: write each once, or the \
             field meant instead; the fields are: {}",
            KEY_NAMES.join(", ")
        ),
    };
    Diagnostic::new(
        Code::InvalidChoice,
        format!("`{text}` is named twice in `key`"),
        reader.at(again),
        "named again here",
    )
    .with_label(reader.at(first), "first named here")
    .with_help(help)
}

/// When a figure holds: a period, or a single day (a one-day period is that day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum When {
    Day(Date),
    Period(Period),
}

impl When {
    fn of(claim: &Claim) -> When {
        match claim.dated() {
            day if day.is_one_day() => When::Day(day.start),
            period => When::Period(period),
        }
    }
}

/// The fields of a claim a rule's key groups by; a field left out of the key is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct GroupKey<'a> {
    subject: Option<NameKey<'a>>,
    metric: Option<&'a str>,
    date: Option<When>,
    as_of: Option<Date>,
    period: Option<Option<Period>>,
    source: Option<SourceId>,
    unit: Option<Option<&'a str>>,
}

impl Agreement {
    fn key<'a>(&self, claim: &'a Claim) -> GroupKey<'a> {
        let mut key = GroupKey::default();
        for part in &self.key {
            match part {
                KeyPart::Subject => {
                    key.subject = Some(claim.subject_key());
                }
                KeyPart::Metric => key.metric = Some(&claim.metric.value),
                KeyPart::Date => key.date = Some(When::of(claim)),
                KeyPart::AsOf => key.as_of = Some(claim.as_of),
                KeyPart::Period => key.period = Some(claim.period().map(|p| p.value)),
                KeyPart::Source => key.source = Some(claim.source),
                KeyPart::Unit => key.unit = Some(claim.unit_name()),
            }
        }
        key
    }

    /// What the claims of a group have in common, for a note: "subject China, metric
    /// `poor counties`, date 2020-11-14".
    fn describe(&self, project: &Project, claim: &Claim) -> String {
        let parts: Vec<String> = self
            .key
            .iter()
            .map(|part| match part {
                KeyPart::Subject => format!(
                    "subject {}",
                    match claim.subject_entity {
                        Some(entity) => project.entities.distinct_name(entity),
                        None => claim.subject.value.to_string(),
                    }
                ),
                KeyPart::Metric => format!("metric `{}`", claim.metric.value),
                KeyPart::Date => match When::of(claim) {
                    When::Day(day) => format!("date {day}"),
                    When::Period(period) => format!("period {period}"),
                },
                KeyPart::AsOf => format!("as of {}", claim.as_of),
                KeyPart::Period => match claim.period() {
                    Some(period) => format!("period {}", period.value),
                    None => "no period".to_string(),
                },
                KeyPart::Source => format!("source `{}`", project.source(claim.source).id.value),
                KeyPart::Unit => match claim.unit_name() {
                    Some(unit) => format!("unit {unit}"),
                    None => "no unit".to_string(),
                },
            })
            .collect();
        // Never empty: `key: []` is refused when the rule is read.
        parts.join(", ")
    }
}

impl Check for Agreement {
    /// Judged: the claims of the groups of two or more, which are compared.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        use rayon::prelude::*;
        let project = context.project;
        let groups = self.groups(project, selected);
        let judged = groups.iter().map(|group| judged_in(project, group)).sum();
        // The groups are independent: checked on rayon's pool, their findings kept in the
        // order of the groups.
        let mut findings: Vec<Finding> = groups
            .par_iter()
            .flat_map_iter(|group| {
                let findings = self.check_group(project, group);
                findings.into_iter().map(Finding::shrunk)
            })
            .collect();
        if self.dates_by_default() {
            findings.extend(dated_apart::dated_apart(project, selected, |id| {
                context.in_series.contains(id)
            }));
        }
        Evaluated::new(findings, judged)
    }

    fn reads_series(&self) -> bool {
        self.dates_by_default()
    }

    fn compares_by_subject(&self) -> bool {
        self.key.contains(&KeyPart::Subject)
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares claims that state one quantity (by its key: subject, metric and date \
         unless `key:` says otherwise), and no two selected claims with a value, nor a list \
         and an exact count, do"
    }
}

impl Agreement {
    /// The findings about one group of claims that state one quantity.
    fn check_group(&self, project: &Project, group: &[ClaimId]) -> Vec<Finding> {
        // Only claims with a figure have one to compare, or a unit to count it in: a list
        // without a value joins its group for its members alone.
        let stated: std::borrow::Cow<[ClaimId]> = stating_a_value(project, group);
        let mut found: Vec<Finding> = Vec::new();
        if stated.len() > 1 {
            // Figures are compared within one unit: 7.5% and 12 towns are not two readings
            // of one figure, and a claim in another unit than the rest is told so once
            // (CC142), not also that its figure differs.
            found.extend(
                by_unit(project, &stated)
                    .iter()
                    .filter(|same_unit| same_unit.len() > 1)
                    .flat_map(|same_unit| values_disagree(project, same_unit)),
            );
            found.extend(units_disagree(project, &stated));
        }
        found.extend(members_disagree(project, group));
        if found.is_empty() {
            return found;
        }
        // Said only when something is wrong: most groups agree.
        let same = format!(
            "the claims state one quantity: {}",
            self.describe(project, project.claim(group[0]))
        );
        found.into_iter().map(|f| f.note(same.clone())).collect()
    }

    /// The claims of `selected` that state a figure or list members, grouped by their key:
    /// the groups of two or more, each in claim order, in the order of their first claims,
    /// so that output is stable. A list without a value states the quantity's members, which
    /// the count of another claim bounds (CC143). Grouped by sorting the claims by a hash of their key rather than through a
    /// map of keys: 16 bytes a claim where the map took over 150, which a rule over a
    /// million claims, most in groups of one, held all at once.
    fn groups(&self, project: &Project, selected: &[ClaimId]) -> Vec<Vec<ClaimId>> {
        use std::hash::BuildHasher;
        // Seeded at random, so that an input cannot be written to make many keys share a hash
        // (see `crate::hashing`).
        let hasher = crate::hashing::RandomState::default();
        // A rule over most of the corpus: its keys are hashed and sorted on rayon's pool.
        use rayon::prelude::*;
        let mut hashed: Vec<(u64, ClaimId)> = selected
            .par_iter()
            .filter(|&&id| {
                let claim = project.claim(id);
                claim.value.is_some() || !claim.members().is_empty()
            })
            .map(|&id| (hasher.hash_one(self.key(project.claim(id))), id))
            .collect();
        hashed.par_sort_unstable();
        let mut groups = Vec::new();
        for run in hashed.chunk_by(|a, b| a.0 == b.0) {
            if run.len() < 2 {
                continue;
            }
            // One hash is one key but for a collision, which this sorts apart.
            let mut keys: Vec<(GroupKey, Vec<ClaimId>)> = Vec::new();
            for &(_, id) in run {
                let key = self.key(project.claim(id));
                match keys.iter_mut().find(|(known, _)| *known == key) {
                    Some((_, ids)) => ids.push(id),
                    None => keys.push((key, vec![id])),
                }
            }
            groups.extend(
                keys.into_iter()
                    .map(|(_, ids)| ids)
                    .filter(|ids| ids.len() > 1),
            );
        }
        groups.sort_unstable_by_key(|group| group[0]);
        groups
    }

    /// Whether the key groups by subject, metric and the default date only, so that two
    /// articles' figures are kept apart by nothing but their publication dates.
    fn dates_by_default(&self) -> bool {
        [KeyPart::Subject, KeyPart::Metric, KeyPart::Date]
            .iter()
            .all(|part| self.key.contains(part))
            && ![KeyPart::AsOf, KeyPart::Period, KeyPart::Source]
                .iter()
                .any(|part| self.key.contains(part))
    }
}

/// The claims of `group` that state a value, in claim order: most groups are of such claims
/// alone, and are returned without a copy.
fn stating_a_value<'g>(project: &Project, group: &'g [ClaimId]) -> std::borrow::Cow<'g, [ClaimId]> {
    let states = |id: &ClaimId| project.claim(*id).value.is_some();
    match group.iter().all(states) {
        true => std::borrow::Cow::Borrowed(group),
        false => std::borrow::Cow::Owned(group.iter().copied().filter(states).collect()),
    }
}

/// How many claims of `group` the rule compares: its figures when two or more state one,
/// and its lists without a value when a claim states the exact count they are held to
/// (CC143), with that claim.
fn judged_in(project: &Project, group: &[ClaimId]) -> usize {
    let stated = group
        .iter()
        .filter(|&&id| project.claim(id).value.is_some())
        .count();
    let unvalued_lists = group.len() - stated;
    let counted = group
        .iter()
        .any(|&id| most_members(project.claim(id)).is_some());
    match (stated, unvalued_lists > 0 && counted) {
        (_, true) => group.len(),
        (0 | 1, false) => 0,
        (stated, false) => stated,
    }
}

/// The claims of `group` split by unit, each part in claim order, the parts in the order
/// of their first claims. Most groups are in one unit: then one part, without a copy.
fn by_unit<'g>(project: &Project, group: &'g [ClaimId]) -> Vec<std::borrow::Cow<'g, [ClaimId]>> {
    let first = project.claim(group[0]).unit_name();
    if group
        .iter()
        .all(|&id| project.claim(id).unit_name() == first)
    {
        return vec![std::borrow::Cow::Borrowed(group)];
    }
    let mut part_of: HashMap<Option<&str>, usize> = HashMap::default();
    let mut parts: Vec<Vec<ClaimId>> = Vec::new();
    for &id in group {
        let next = parts.len();
        let part = *part_of.entry(project.claim(id).unit_name()).or_insert(next);
        if part == next {
            parts.push(Vec::new());
        }
        parts[part].push(id);
    }
    parts.into_iter().map(std::borrow::Cow::Owned).collect()
}

/// CC141's facts: the figure outside the largest set of agreeing figures, how many agree,
/// and the values they have in common. The finding's claims are the disagreeing one, the
/// agreeing mention nearest to it, then the rest of the group.
#[derive(Serialize)]
struct ValuesDisagree {
    figure: Option<Figure>,
    agreeing: usize,
    agreeing_values: String,
}

/// CC142's facts: the claim's unit and the unit most of its group counts in. The finding's
/// claims are the claim and the nearest mention in the majority unit.
#[derive(Serialize)]
struct UnitsDisagree<'a> {
    unit: &'a str,
    majority_unit: &'a str,
    with_majority_unit: usize,
    /// The claims of the group, in every unit.
    claims: usize,
}

/// CC143's facts: the count and every distinct member the lists name together. The
/// finding's claims are the list that takes the union past the count, then the others.
#[derive(Serialize)]
struct MembersDisagree<'a> {
    count: String,
    named: &'a [&'a str],
}

/// CC143: the lists of one counted set, taken together, name more members than the count.
/// The lists are those of the claims that state the count, and those that state no value
/// (a list beside the count another claim states). Members are the same when they resolve
/// to one entity, else when their names match. The claim reported is the one whose list
/// first takes the union past the count; its new names are labelled. A claim's own list
/// alone against its own count is the `count` kind's (CC101). Cost: O(members in the
/// group) with a hash set.
fn members_disagree(project: &Project, group: &[ClaimId]) -> Vec<Finding> {
    // The count the group states: the exact count most of its claims give (the earliest
    // among equally common ones). A figure that disagrees is CC141's to report; it must
    // not hide a list that names too many.
    // Each count: (how many claims give it, the position of the first). Normalized, so that
    // `75` and `75.0` are one count; in a map, so that a group of thousands of different
    // figures is not compared pair by pair.
    let mut tally: HashMap<Decimal, (usize, usize)> = HashMap::default();
    for (position, &id) in group.iter().enumerate() {
        let Some(most) = most_members(project.claim(id)) else {
            continue;
        };
        tally.entry(most.normalize()).or_insert((0, position)).0 += 1;
    }
    let Some(count) = tally
        .iter()
        .max_by_key(|&(_, &(n, first))| (n, Reverse(first)))
        .map(|(&value, _)| value)
    else {
        return Vec::new();
    };
    let counted: Vec<ClaimId> = group
        .iter()
        .copied()
        .filter(|&id| most_members(project.claim(id)) == Some(count))
        .collect();
    let first = quantity(project, counted[0]);
    // In claim order, the lists held to the count: those of the claims that state it, and
    // those of claims that state no value.
    let listing: Vec<ClaimId> = group
        .iter()
        .copied()
        .filter(|&id| {
            let claim = project.claim(id);
            !claim.members().is_empty() && (claim.value.is_none() || counted.contains(&id))
        })
        .collect();
    let held_to_another_count = |id: ClaimId| project.claim(id).value.is_none();
    if listing.len() < 2 && !listing.iter().any(|&id| held_to_another_count(id)) {
        return Vec::new();
    }
    let mut seen: HashMap<NameKey, (ClaimId, usize)> = HashMap::default();
    for &id in &listing {
        let claim = project.claim(id);
        let mut new = Vec::new();
        for (index, member) in claim.members().iter().enumerate() {
            if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(member.key()) {
                slot.insert((id, index));
                new.push(index);
            }
        }
        if Decimal::from(seen.len()) <= count {
            continue;
        }
        if id == listing[0] && held_to_another_count(id) {
            // The first list alone names more than the count another claim states: not
            // another list's names, but this list against that count.
            let counter = nearest_cited(project, &counted, id);
            return vec![list_beyond_count(
                project,
                claim,
                counter,
                count,
                seen.len(),
            )];
        }
        let mut named: Vec<(ClaimId, usize)> = seen.values().copied().collect();
        named.sort_unstable();
        let names: Vec<&str> = named
            .iter()
            .map(|&(c, i)| project.claim(c).members()[i].name.value.as_ref())
            .collect();
        // The names most likely wrong: new ones that match no entity, else every new one.
        let unresolved: Vec<usize> = new
            .iter()
            .copied()
            .filter(|&i| claim.members()[i].entity.is_none())
            .collect();
        let suspects = if unresolved.is_empty() {
            new
        } else {
            unresolved
        };
        let extra = Decimal::from(seen.len()) - count;
        let mut finding = Finding::new(
            Code::MembersDisagree,
            format!(
                "`{}` and the other lists of the same {} {} name {} different members, {} {}",
                claim.id.value,
                first.text,
                claim.counted(claim.unit_name().unwrap_or("member")),
                seen.len(),
                extra,
                more_than(first)
            ),
            "one of the names is misspelt, or names a member the other lists do not: compare the lists with the article; if the article itself lists a wrong name, keep it: this finding is the discrepancy",
        );
        for (n, &index) in suspects.iter().enumerate() {
            let member = &claim.members()[index];
            let label = if member.entity.is_none() {
                "named by no other list, and by no entity"
            } else {
                "named by no other list"
            };
            finding = if n == 0 {
                finding.primary(member.name.at, label)
            } else {
                finding.label(member.name.at, label)
            };
        }
        // `listing` holds `id` once: the others are one fewer.
        let others = listing.iter().filter(|&&other| other != id);
        for (n, &other) in others.enumerate() {
            if finding.labels_full() {
                finding = finding.unlabelled_as(listing.len() - 1 - n, "claims");
                break;
            }
            if let Some(at) = project.claim(other).members_at() {
                finding = finding.label(at, format!("`{}` lists", project.claim(other).id.value));
            }
        }
        let mut identity = vec![count.normalize().to_string()];
        identity.extend(
            suspects
                .iter()
                .map(|&index| claim.members()[index].name.value.to_string()),
        );
        let finding = finding
            .note(format!("together the lists name: {}", names.join(", ")))
            .identified_by(claim, identity)
            .about(claim)
            .about_all(listing.iter().map(|&other| project.claim(other)))
            .data(&MembersDisagree {
                count: count.normalize().to_string(),
                named: &names,
            });
        return vec![finding];
    }
    Vec::new()
}

/// How CC143 says a number of members passes `count`: "more than the count" of an exact
/// one, "more than `up to 3` allows" of one qualified.
fn more_than(count: &Quantity) -> String {
    match count.qualifier {
        Qualifier::Exact => "more than the count".to_string(),
        _ => format!("more than `{}` allows", count.text),
    }
}

/// The most members the count a claim states allows: an exact count's number (`3`), or the
/// bound of a count qualified from above (`up to 3` and `at most 3` allow 3, `fewer than 3`
/// 2). `None` for a figure that is no count or bounds it from below only (`more than 3`,
/// `about 3`), which no list can pass for certain.
fn most_members(claim: &Claim) -> Option<Decimal> {
    if claim.is_exact_count() {
        return Some(claim.figure()?.value);
    }
    let figure = claim.figure()?;
    let whole_count = !figure.is_percent
        && figure.value.is_integer()
        && figure.step() == Some(Decimal::ONE)
        && !claim
            .unit_name()
            .is_some_and(crate::quantity::is_measure_unit);
    match figure.qualifier {
        Qualifier::AtMost if whole_count => Some(figure.value),
        Qualifier::LessThan if whole_count => Some(figure.value - Decimal::ONE),
        _ => None,
    }
}

/// CC143 for a list without a value that alone names more members (`named`, each once)
/// than `counter` states: labelled on the list, and on the count it passes.
fn list_beyond_count(
    project: &Project,
    list: &Claim,
    counter_id: ClaimId,
    count: Decimal,
    named: usize,
) -> Finding {
    let counter = project.claim(counter_id);
    let extra = Decimal::from(named) - count;
    let names: Vec<&str> = distinct_members(list);
    let unit = list.unit_name().unwrap_or("member");
    let members = match named {
        1 => unit.to_string(),
        _ => list.counted(unit),
    };
    let listed_at = list.members_at().unwrap_or(list.id.at);
    Finding::new(
        Code::MembersDisagree,
        format!(
            "`{}` lists {named} different {members} where `{}` states {} for the same \
             quantity, {extra} {}",
            list.id.value,
            counter.id.value,
            figure(counter),
            more_than(quantity(project, counter_id)),
        ),
        "the list or the count is wrong: compare both with the article; if the articles \
         themselves disagree, keep their words: this finding is the discrepancy",
    )
    .primary(
        listed_at,
        format!("{named} listed ({})", list.listing.as_str()),
    )
    .label(
        value_at(project, counter_id),
        format!("`{}` states {}", counter.id.value, figure(counter)),
    )
    .note(format!("the list names: {}", names.join(", ")))
    .identified_by(list, vec![count.normalize().to_string()])
    .about(list)
    .about(counter)
    .rests_on_value_of(counter)
    .data(&MembersDisagree {
        count: count.normalize().to_string(),
        named: &names,
    })
}

/// The names of a claim's list, each member once (by entity, else by name), in list order.
fn distinct_members(claim: &Claim) -> Vec<&str> {
    let mut seen = crate::hashing::HashSet::default();
    claim
        .members()
        .iter()
        .filter(|member| seen.insert(member.key()))
        .map(|member| member.name.value.as_ref())
        .collect()
}

/// The values a claim's figure is compared as: the one reading every kind uses
/// ([`Claim::reading`]).
fn reading(project: &Project, id: ClaimId) -> Interval {
    project
        .claim(id)
        .reading()
        .unwrap_or_else(Interval::unbounded)
}

/// The quantity a claim in a group states (groups hold only claims with a value).
fn quantity(project: &Project, id: ClaimId) -> &Quantity {
    &project
        .claim(id)
        .value
        .as_ref()
        .expect("grouped claims state a value")
        .value
}

fn value_at(project: &Project, id: ClaimId) -> Location {
    project
        .claim(id)
        .value
        .as_ref()
        .expect("grouped claims state a value")
        .at
}

const VALUES_HELP: &str = "check each figure against its article; if the articles themselves \
     disagree, keep their words: this finding is the discrepancy. If the claims are different \
     facts, tell them apart by metric or date";

/// Reports every figure outside the largest set of figures that share a value.
fn values_disagree(project: &Project, group: &[ClaimId]) -> Vec<Finding> {
    let all = group.iter().fold(Interval::unbounded(), |common, &id| {
        common.intersect(&reading(project, id))
    });
    if !all.is_empty() {
        return Vec::new();
    }
    let agreeing = largest_agreeing_set(project, group);
    let consensus: Vec<ClaimId> = group
        .iter()
        .zip(&agreeing)
        .filter_map(|(&id, &agrees)| agrees.then_some(id))
        .collect();
    if consensus.is_empty() {
        // Only when every figure stands for no value at all, which parsing rules out.
        return Vec::new();
    }
    let common = consensus.iter().fold(Interval::unbounded(), |common, &id| {
        common.intersect(&reading(project, id))
    });
    let mut findings = Vec::new();
    for (&id, _) in group.iter().zip(&agreeing).filter(|(_, agrees)| !**agrees) {
        let claim = project.claim(id);
        let reference = nearest_cited(project, &consensus, id);
        let other = project.claim(reference);
        // Written as the claim's own reading is, with thousands separators and `exactly`
        // for a single value, so that the two sides of the note read alike.
        let single_value = match (common.lower, common.upper) {
            (Bound::Inclusive(low), Bound::Inclusive(high)) if low == high => Some(
                crate::quantity::with_separators(&low.normalize().to_string()),
            ),
            _ => None,
        };
        let others = if consensus.len() == 1 {
            format!(
                "`{}`'s {} stands for {}",
                other.id.value,
                quantity(project, reference),
                single_value.map_or_else(|| common.grouped(), |value| format!("exactly {value}"))
            )
        } else {
            format!(
                "the {} figures that agree have {} in common",
                consensus.len(),
                single_value.unwrap_or_else(|| common.grouped())
            )
        };
        let mut finding = Finding::new(
            Code::ValuesDisagree,
            format!(
                "`{}` states {} where `{}` states {} for the same quantity",
                claim.id.value,
                figure(claim),
                other.id.value,
                figure(other)
            ),
            VALUES_HELP,
        )
        .primary(value_at(project, id), format!("states {}", figure(claim)));
        // `group` holds `id` once: the others are one fewer.
        let members = group.iter().filter(|&&member| member != id);
        for (n, &member) in members.enumerate() {
            if finding.labels_full() {
                finding = finding.unlabelled_as(group.len() - 1 - n, "claims");
                break;
            }
            let member_claim = project.claim(member);
            finding = finding.label(
                value_at(project, member),
                format!(
                    "`{}` states {}",
                    member_claim.id.value,
                    figure(member_claim)
                ),
            );
        }
        let mut finding = finding
            .note(format!(
                "{} stands for {}; {others}: no value lies in both",
                quantity(project, id),
                project.claim(id).reading_in_words(),
            ))
            .about(claim)
            .about(other)
            .about_all(group.iter().map(|&member| project.claim(member)))
            .rests_on_value_of(claim)
            .rests_on_value_of(other)
            .data(&ValuesDisagree {
                figure: Figure::of_claim(claim),
                agreeing: consensus.len(),
                agreeing_values: facts::interval(&common),
            })
            // What was accepted is this figure against that one: a claim joining either
            // side leaves it the same finding.
            .identified_by(claim, vec![figure_identity(claim), figure_identity(other)])
            .mirrored_by(other, vec![figure_identity(other), figure_identity(claim)]);
        if group.len() == 2 {
            // Two claims and two figures: nothing says which is wrong, so the later claim
            // is reported and either claim's `allow:` silences it. With a third claim that
            // agrees with neither, each finding is its own discrepancy, silenced only on
            // the claim it is reported on: an `allow:` written for the pair must not hide
            // the newcomer.
            finding = finding.either_side(other);
        }
        findings.push(finding);
    }
    findings
}

/// A point of the real line as a sweep sees it: `-inf`, a decimal, the reals just above
/// a decimal (up to the next end), `+inf`. Ordered as the tuple `(rank, value, after)`.
type Point = (u8, Decimal, u8);

fn start_point(bound: Bound) -> Point {
    match bound {
        Bound::Unbounded => (0, Decimal::ZERO, 0),
        Bound::Inclusive(v) => (1, v, 0),
        Bound::Exclusive(v) => (1, v, 1),
    }
}

/// The first point past the interval: it holds the points `p` with `start <= p < end`.
fn end_point(bound: Bound) -> Point {
    match bound {
        Bound::Unbounded => (2, Decimal::ZERO, 0),
        Bound::Inclusive(v) => (1, v, 1),
        Bound::Exclusive(v) => (1, v, 0),
    }
}

/// Which members of `group` belong to the largest set of figures sharing a value. Among
/// sets of equal size, the one holding the earliest claim in corpus order wins, then the
/// one whose common values are lowest. A sweep over the sorted interval ends.
fn largest_agreeing_set(project: &Project, group: &[ClaimId]) -> Vec<bool> {
    // (point, is_start, member): at one point, ends come before starts.
    let mut events: Vec<(Point, bool, usize)> = Vec::with_capacity(group.len() * 2);
    for (member, &id) in group.iter().enumerate() {
        let interval = reading(project, id);
        if interval.is_empty() {
            continue;
        }
        events.push((start_point(interval.lower), true, member));
        events.push((end_point(interval.upper), false, member));
    }
    events.sort_unstable();
    let mut active: BTreeSet<usize> = BTreeSet::new();
    let mut best: Option<((usize, Reverse<usize>), Point)> = None;
    let mut events = events.into_iter().peekable();
    while let Some((point, is_start, member)) = events.next() {
        if is_start {
            active.insert(member);
        } else {
            active.remove(&member);
        }
        if events.peek().is_some_and(|next| next.0 == point) {
            continue;
        }
        if let Some(&first) = active.first() {
            let score = (active.len(), Reverse(first));
            if best.is_none_or(|(best, _)| score > best) {
                best = Some((score, point));
            }
        }
    }
    let Some((_, point)) = best else {
        return vec![false; group.len()];
    };
    group
        .iter()
        .map(|&id| {
            let interval = reading(project, id);
            !interval.is_empty()
                && start_point(interval.lower) <= point
                && point < end_point(interval.upper)
        })
        .collect()
}

const UNITS_HELP: &str = "correct `unit:` if the claim mis-encodes the article; if the article \
     itself names the wrong unit (\"counties\" for provinces), keep its words: this finding is \
     the discrepancy";

/// Reports every claim whose unit differs from the unit most of the group uses.
fn units_disagree(project: &Project, group: &[ClaimId]) -> Vec<Finding> {
    // unit -> (claims using it, position of its first claim)
    let mut units: HashMap<&str, (usize, usize)> = HashMap::default();
    for (position, &id) in group.iter().enumerate() {
        if let Some(unit) = project.claim(id).unit_name() {
            units.entry(unit).or_insert((0, position)).0 += 1;
        }
    }
    if units.len() < 2 {
        return Vec::new();
    }
    let majority = units
        .iter()
        .max_by_key(|(_, (count, first))| (*count, Reverse(*first)))
        .map(|(unit, _)| *unit)
        .expect("two units or more");
    let with_majority: Vec<ClaimId> = group
        .iter()
        .copied()
        .filter(|&id| project.claim(id).unit_name() == Some(majority))
        .collect();
    let mut findings = Vec::new();
    for &id in group {
        let claim = project.claim(id);
        let Some(unit) = claim.unit_name().filter(|&unit| unit != majority) else {
            continue;
        };
        let reference = project.claim(nearest_cited(project, &with_majority, id));
        let finding = Finding::new(
            Code::UnitsDisagree,
            format!(
                "`{}` counts {} where `{}` counts {} for the same quantity",
                claim.id.value,
                figure(claim),
                reference.id.value,
                figure(reference)
            ),
            UNITS_HELP,
        )
        .primary(unit_at(claim), format!("counts {}", claim.counted(unit)))
        .label(
            unit_at(reference),
            format!(
                "`{}` counts {}",
                reference.id.value,
                reference.counted(majority)
            ),
        )
        .note(format!(
            "{} of the {} claims count {}",
            units[majority].0,
            group.len(),
            reference.counted(majority)
        ))
        .about(claim)
        .about(reference)
        .data(&UnitsDisagree {
            unit,
            majority_unit: majority,
            with_majority_unit: units[majority].0,
            claims: group.len(),
        })
        .identified_by(claim, vec![unit.to_string(), majority.to_string()])
        .mirrored_by(reference, vec![majority.to_string(), unit.to_string()]);
        // Two claims in two units: nothing says which is wrong, and either claim's
        // `allow:` silences the finding (not with a third claim in a third unit, as for
        // figures above).
        let finding = if group.len() == 2 {
            finding.either_side(reference)
        } else {
            finding
        };
        findings.push(finding);
    }
    findings
}

/// The claim of `candidates` (in corpus order, not empty) a finding on `id` names as the
/// other side: the [`nearest`] whose quote was found in its article, when any was, as one
/// whose quote was not (CC201) would send the reader to a passage that is not there.
fn nearest_cited(project: &Project, candidates: &[ClaimId], id: ClaimId) -> ClaimId {
    let cited: Vec<ClaimId> = candidates
        .iter()
        .copied()
        .filter(|&c| project.claim(c).passage.is_some())
        .collect();
    if cited.is_empty() {
        nearest(candidates, id)
    } else {
        nearest(&cited, id)
    }
}

/// The claim of `candidates` (in corpus order, not empty) nearest to `id` in corpus
/// order: the closest mention of the quantity, usually in the same passage. On a tie,
/// the following one.
fn nearest(candidates: &[ClaimId], id: ClaimId) -> ClaimId {
    let after = candidates.partition_point(|&c| c < id);
    match (
        after.checked_sub(1).map(|i| candidates[i]),
        candidates.get(after),
    ) {
        (Some(before), Some(&next)) => {
            if id.0 - before.0 < next.0 - id.0 {
                before
            } else {
                next
            }
        }
        (Some(before), None) => before,
        (None, Some(&next)) => next,
        (None, None) => unreachable!("candidates is not empty"),
    }
}

/// Where a claim's unit is written; for a percentage with no `unit:`, its value.
fn unit_at(claim: &Claim) -> Location {
    match (&claim.unit, &claim.value) {
        (Some(unit), _) => unit.at,
        (None, Some(value)) => value.at,
        (None, None) => claim.id.at,
    }
}

/// A claim's figure as a baseline identifies it: as written, with the name of its unit
/// ("4.2%", "17 county"), whatever the wording of messages.
/// A claim's figure as a baseline knows it: its value, whatever notation writes it
/// ("4.5%", "4.50%" and "4.5 percent" are one), with its unit. A claim that joins a side in
/// another notation leaves the accepted finding the same.
fn figure_identity(claim: &Claim) -> String {
    let Some(value) = &claim.value else {
        return String::new();
    };
    let number = value.value.value.normalize();
    match claim.unit_name() {
        Some(unit) if !value.value.is_percent => format!("{number} {unit}"),
        _ if value.value.is_percent => format!("{number}%"),
        _ => number.to_string(),
    }
}

/// A claim's figure with its unit as a reader says it: "17 counties", "3.29 million
/// people", "1 county", "0.85%".
pub(crate) fn figure(claim: &Claim) -> String {
    let Some(value) = &claim.value else {
        return String::new();
    };
    let quantity = &value.value;
    match claim.unit.as_ref().map(|u| &*u.value) {
        None => quantity.text.to_string(),
        Some("percent") if quantity.is_percent => quantity.text.to_string(),
        Some(unit) => {
            let one = quantity.qualifier == Qualifier::Exact
                && quantity.value == Decimal::ONE
                && quantity.exponent == 0
                && quantity.decimals == 0;
            if one {
                format!("{} {unit}", quantity.text)
            } else {
                format!("{} {}", quantity.text, claim.counted(unit))
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;

    use crate::check::{self, Outcome};
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const RULE: &str = "rules:\n  - { id: same, kind: agreement }\n";

    fn claims(body: &str) -> String {
        format!("source: article\nclaims:\n{body}")
    }

    fn claim(id: &str, value: &str, unit: &str) -> String {
        format!(
            "  - {{ id: {id}, quote: x, subject: Gansu, metric: poor people, value: \"{value}\", unit: {unit} }}\n"
        )
    }

    fn check(rule: &str, body: &str) -> Outcome {
        check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims(body))])
    }

    #[test]
    fn the_other_side_named_is_a_claim_whose_quote_was_found() {
        // Found from outside: of two claims stating 4, the finding on the claim stating 5
        // named the nearer, whose quote is not in the article (CC201), where the other's
        // is.
        let article = "Officials said 4 people died.\n\nA later count gave 5 deaths.\n";
        let body = "  - { id: a, quote: Officials said 4 people died, subject: Gansu, metric: deaths, value: 4, unit: person }\n  - { id: b, quote: a passage the article does not have, subject: Gansu, metric: deaths, value: 4, unit: person }\n  - { id: c, quote: A later count gave 5 deaths, subject: Gansu, metric: deaths, value: 5, unit: person }\n";
        let outcome = check_files(&[
            ("sources/article.txt", article),
            ("rules/r.yaml", RULE),
            ("claims/c.yaml", &claims(body)),
        ]);
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "`c` states 5 people where `a` states 4 people for the same quantity"
        );
        // With no quote found, the nearest is named, as before.
        let outcome = check(RULE, &body.replace("Officials said", "Officers said"));
        assert_eq!(
            outcome.diagnostics[0].message,
            "`c` states 5 people where `b` states 4 people for the same quantity"
        );
    }

    #[test]
    fn an_empty_key_is_an_input_error_at_the_empty_list() {
        let rule = "rules:\n  - { id: same, kind: agreement, key: [] }\n";
        let outcome = check(
            rule,
            &(claim("a", "12", "town") + &claim("b", "7.5", "person")),
        );
        assert_eq!(codes(&outcome), vec![Code::WrongType]);
        assert_eq!(primary_text(&outcome, 0), "[]");
        assert_eq!(outcome.diagnostics[0].message, "`key` is an empty list");
        assert!(outcome.rules.is_empty());
    }

    #[test]
    fn a_field_named_twice_in_the_key_is_an_input_error_naming_the_field_left_out() {
        // `[subject, subject, date]` groups as `[subject, date]`: claims of every metric
        // would be compared, where the author most likely meant `metric`.
        let rule =
            "rules:\n  - { id: same, kind: agreement, key: [subject, subject, date, subject] }\n";
        let outcome = check(rule, &(claim("a", "12", "town") + &claim("b", "7", "town")));
        assert_eq!(codes(&outcome), vec![Code::InvalidChoice], "once per field");
        let repeat = &outcome.diagnostics[0];
        assert_eq!(repeat.message, "`subject` is named twice in `key`");
        let labels: Vec<(usize, bool)> = repeat
            .labels
            .iter()
            .map(|label| (label.location.span().start, label.primary))
            .collect();
        let rule_at = |nth: usize| rule.match_indices("subject").nth(nth).unwrap().0;
        assert_eq!(labels, vec![(rule_at(1), true), (rule_at(0), false)]);
        assert!(
            repeat
                .help
                .as_deref()
                .unwrap()
                .contains("did you mean `metric`?")
        );
        assert!(outcome.rules.is_empty());
    }

    #[test]
    fn a_claim_in_another_unit_is_told_its_unit_not_also_its_figure() {
        // The key leaves the unit out, so the three are one quantity: `c` counts in another
        // unit (CC142), and its figure is not compared with figures in towns.
        let rule = "rules:\n  - { id: same, kind: agreement, key: [subject, metric] }\n";
        let outcome = check(
            rule,
            &(claim("a", "12", "town") + &claim("b", "12", "town") + &claim("c", "7.5", "percent")),
        );
        assert_eq!(codes(&outcome), vec![Code::UnitsDisagree]);
        assert_eq!(primary_text(&outcome, 0), "percent");
        // Figures in one unit are still compared, whatever the other units of the group.
        let outcome = check(
            rule,
            &(claim("a", "12", "town") + &claim("b", "13", "town") + &claim("c", "7.5", "percent")),
        );
        assert_eq!(
            codes(&outcome),
            vec![Code::ValuesDisagree, Code::UnitsDisagree]
        );
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`b` states 13 towns where `a` states 12 towns"),
            "{}",
            outcome.diagnostics[0].message
        );
    }

    #[test]
    fn both_sides_of_the_note_write_their_readings_alike() {
        let outcome = check(
            RULE,
            &(claim("rounded", "3.3 million", "person") + &claim("exact", "3,240,000", "person")),
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        let notes: Vec<&String> = outcome.diagnostics.iter().flat_map(|d| &d.notes).collect();
        assert!(
            notes.iter().any(|note| note.starts_with(
                "3,240,000 stands for exactly 3,240,000; `rounded`'s 3.3 million stands for \
                 [3,250,000, 3,350,000)"
            )),
            "{notes:?}"
        );
    }

    #[test]
    fn a_rounded_figure_agrees_with_the_exact_figures_it_stands_for() {
        for exact in ["3,290,000", "3,286,000"] {
            let outcome = check(
                RULE,
                &(claim("rounded", "3.29 million", "person") + &claim("exact", exact, "person")),
            );
            assert_eq!(codes(&outcome), vec![], "3.29 million and {exact}");
        }
    }

    #[test]
    fn a_rounded_figure_disagrees_with_an_exact_figure_outside_its_rounding() {
        let outcome = check(
            RULE,
            &(claim("rounded", "3.29 million", "person") + &claim("exact", "3,300,000", "person")),
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        assert_eq!(primary_text(&outcome, 0), "\"3,300,000\"");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`exact` states 3,300,000 people where `rounded` states 3.29 million people for the same quantity"
        );
    }

    #[test]
    fn the_figure_outside_the_largest_agreeing_set_is_reported_even_when_first() {
        let outcome = check(
            RULE,
            &(claim("odd", "10", "county")
                + &claim("a", "9", "county")
                + &claim("b", "nine", "county")),
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        assert!(
            outcome.diagnostics[0]
                .message
                .starts_with("`odd` states 10 counties where `a`")
        );
        // The two other figures are labelled, then the rule.
        assert_eq!(outcome.diagnostics[0].labels.len(), 4);
    }

    #[test]
    fn each_figure_outside_the_agreeing_set_is_reported_once() {
        let outcome = check(
            RULE,
            &(claim("a", "9", "county")
                + &claim("b", "10", "county")
                + &claim("c", "9", "county")
                + &claim("d", "11", "county")),
        );
        assert_eq!(
            codes(&outcome),
            vec![Code::ValuesDisagree, Code::ValuesDisagree]
        );
        assert!(outcome.diagnostics[0].message.starts_with("`b` states 10"));
        assert!(outcome.diagnostics[1].message.starts_with("`d` states 11"));
    }

    #[test]
    fn of_two_figures_that_disagree_the_later_claim_is_reported() {
        let outcome = check(
            RULE,
            &(claim("first", "9", "county") + &claim("second", "10", "county")),
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        assert_eq!(primary_text(&outcome, 0), "\"10\"");
    }

    #[test]
    fn open_and_unbounded_figures_agree_when_they_share_a_value() {
        // "more than 10,000" is (10000, +inf); "10,001" is [10000.5, 10001.5).
        let outcome = check(
            RULE,
            &(claim("a", "more than 10,000", "yuan") + &claim("b", "10,001", "yuan")),
        );
        assert_eq!(codes(&outcome), vec![]);
        // "10,000" may be 10,000.4, which is more than 10,000.
        let outcome = check(
            RULE,
            &(claim("a", "more than 10,000", "yuan") + &claim("b", "10,000", "yuan")),
        );
        assert_eq!(codes(&outcome), vec![]);
        // "9,999" is [9998.5, 9999.5): never more than 10,000.
        let outcome = check(
            RULE,
            &(claim("a", "more than 10,000", "yuan") + &claim("b", "9,999", "yuan")),
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
    }

    #[test]
    fn a_unit_that_differs_from_the_majority_is_reported_on_the_unit() {
        let outcome = check(
            RULE,
            &(claim("headline", "17", "province")
                + &claim("said-counties", "17", "county")
                + &claim("tally", "17", "province")),
        );
        assert_eq!(codes(&outcome), vec![Code::UnitsDisagree]);
        assert_eq!(primary_text(&outcome, 0), "county");
        // The nearest claim with the majority unit; on a tie, the following one.
        assert_eq!(
            outcome.diagnostics[0].message,
            "`said-counties` counts 17 counties where `tally` counts 17 provinces for the same quantity"
        );
    }

    #[test]
    fn between_two_units_used_equally_often_the_earliest_claim_is_the_reference() {
        let outcome = check(
            RULE,
            &(claim("first", "17", "province") + &claim("second", "17", "county")),
        );
        assert_eq!(codes(&outcome), vec![Code::UnitsDisagree]);
        assert_eq!(primary_text(&outcome, 0), "county");
    }

    #[test]
    fn a_percent_sign_and_unit_percent_are_the_same_unit() {
        let outcome = check(
            RULE,
            "  - { id: a, quote: x, subject: Gansu, metric: poverty incidence, value: \"0.85%\" }\n  \
             - { id: b, quote: x, subject: Gansu, metric: poverty incidence, value: \"0.85\", unit: percent }\n",
        );
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn claims_of_different_dates_or_periods_are_different_quantities() {
        let outcome = check(
            RULE,
            "  - { id: a, quote: x, subject: Gansu, metric: m, value: 9, unit: county, as_of: 2019-12-31 }\n  \
             - { id: b, quote: x, subject: Gansu, metric: m, value: 10, unit: county }\n  \
             - { id: c, quote: x, subject: Gansu, metric: m, value: 11, unit: county, period: 2019 }\n  \
             - { id: d, quote: x, subject: Gansu, metric: m, value: 12, unit: county, period: 2019-12-31, as_of: 2020-01-05 }\n",
        );
        // a (2019-12-31) and d (the one-day period 2019-12-31) state one quantity.
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
        assert!(outcome.diagnostics[0].message.starts_with("`d` states 12"));
    }

    #[test]
    fn an_alias_of_the_subject_is_the_same_subject() {
        let outcome = check(
            RULE,
            "  - { id: a, quote: x, subject: Tibet, metric: m, value: 9, unit: county }\n  \
             - { id: b, quote: x, subject: Xizang, metric: m, value: 10, unit: county }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::ValuesDisagree]);
    }

    #[test]
    fn lists_of_one_counted_set_may_not_name_more_members_than_the_count() {
        let body = concat!(
            "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Rongshui], list: partial }\n",
            "  - { id: b, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Sanjiang, Rongshui], list: partial }\n",
            "  - { id: c, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Sanjiang, Napo County], list: partial }\n",
        );
        let outcome = check(RULE, body);
        // Napo County is not in the test registry: a warning of its own.
        assert_eq!(
            codes(&outcome),
            vec![Code::UnknownEntity, Code::MembersDisagree]
        );
        let finding = &outcome.diagnostics[1];
        assert!(
            finding.message.contains(
                "`c` and the other lists of the same 2 counties name 3 different members"
            ),
            "{}",
            finding.message
        );
        assert_eq!(primary_text(&outcome, 1), "Napo County");
    }

    #[test]
    fn a_count_bounded_from_above_holds_its_lists_as_an_exact_one_does() {
        // "up to 2" and "fewer than 3" allow 2 members; the lists name 3 together.
        for count in ["up to 2", "at most 2", "fewer than 3"] {
            let body = format!(
                "  - {{ id: a, quote: x, subject: Guangxi, metric: m, value: {count}, unit: county, members: [Rongshui], list: partial }}\n  \
                 - {{ id: b, quote: x, subject: Guangxi, metric: m, value: {count}, unit: county, members: [Sanjiang, Napo], list: partial }}\n"
            );
            let outcome = check(RULE, &body);
            let found = crate::testing::codes_and_messages(&outcome);
            let expected = format!(
                "`b` and the other lists of the same {count} counties name 3 different members, \
                 1 more than `{count}` allows"
            );
            assert!(
                found.contains(&(Code::MembersDisagree, expected.as_str())),
                "{found:?}"
            );
        }
        // A bound from below, or an approximate count, is passed by no list for certain.
        for count in ["more than 2", "at least 2", "about 2", "nearly 3"] {
            let body = format!(
                "  - {{ id: a, quote: x, subject: Guangxi, metric: m, value: {count}, unit: county, members: [Rongshui], list: partial }}\n  \
                 - {{ id: b, quote: x, subject: Guangxi, metric: m, value: {count}, unit: county, members: [Sanjiang, Napo], list: partial }}\n"
            );
            let outcome = check(RULE, &body);
            assert!(
                !codes(&outcome).contains(&Code::MembersDisagree),
                "{count}: {:?}",
                outcome.diagnostics
            );
        }
    }

    #[test]
    fn a_disagreeing_figure_does_not_hide_a_list_that_names_too_many() {
        let body = concat!(
            "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 1, unit: county, members: [Rongshui], list: partial }\n",
            "  - { id: b, quote: x, subject: Guangxi, metric: m, value: 1, unit: county, members: [Sanjiang], list: partial }\n",
            "  - { id: c, quote: x, subject: Guangxi, metric: m, value: 5, unit: county }\n",
        );
        let outcome = check(RULE, body);
        assert_eq!(
            codes(&outcome),
            vec![Code::MembersDisagree, Code::ValuesDisagree]
        );
    }

    #[test]
    fn a_list_without_a_value_is_held_to_the_count_another_claim_states() {
        // Found from outside: the list stated no value, so it joined no group, and the rule
        // judged nothing while saying nothing.
        for listing in ["exhaustive", "partial"] {
            let body = format!(
                "  - {{ id: count, quote: x, subject: Guangxi, metric: m, value: 1, unit: county }}\n  \
                 - {{ id: named, quote: x, subject: Guangxi, metric: m, unit: county, members: [Rongshui, Sanjiang], list: {listing} }}\n"
            );
            let outcome = check(RULE, &body);
            assert_eq!(codes(&outcome), vec![Code::MembersDisagree], "{listing}");
            assert_eq!(outcome.claims_checked, vec![2]);
            let finding = &outcome.diagnostics[0];
            assert_eq!(
                finding.message,
                "`named` lists 2 different counties where `count` states 1 county for the same \
                 quantity, 1 more than the count"
            );
            assert_eq!(primary_text(&outcome, 0), "[Rongshui, Sanjiang]");
            assert_eq!(finding.labels[0].message, format!("2 listed ({listing})"));
            assert_eq!(finding.claims, ["named", "count"]);
            assert_eq!(finding.rests_on_values, ["count"]);
        }
    }

    #[test]
    fn a_list_without_a_value_within_the_count_passes_and_is_judged() {
        let body = "  - { id: count, quote: x, subject: Guangxi, metric: m, value: 2, unit: county }\n  \
                    - { id: named, quote: x, subject: Guangxi, metric: m, unit: county, members: [Rongshui, Rongshui, Sanjiang], list: partial }\n";
        let outcome = check(RULE, body);
        // Rongshui named twice is one member.
        assert_eq!(codes(&outcome), vec![]);
        assert_eq!(outcome.claims_checked, vec![2]);
    }

    #[test]
    fn lists_without_a_count_are_not_judged() {
        // Two lists of one quantity and no count to hold them to: nothing is compared, and
        // the rule says so.
        let body = "  - { id: a, quote: x, subject: Guangxi, metric: m, unit: county, members: [Rongshui], list: partial }\n  \
                    - { id: b, quote: x, subject: Guangxi, metric: m, unit: county, members: [Sanjiang], list: partial }\n  \
                    - { id: c, quote: x, subject: Guangxi, metric: m, value: about 3, unit: county }\n";
        let outcome = check(RULE, body);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, vec![0]);
    }

    #[test]
    fn lists_within_the_count_agree_and_aliases_are_one_member() {
        let body = concat!(
            "  - { id: a, quote: x, subject: China, metric: m, value: 2, unit: province, members: [Tibet], list: partial }\n",
            "  - { id: b, quote: x, subject: China, metric: m, value: 2, unit: province, members: [Xizang, Gansu], list: partial }\n",
        );
        assert_eq!(codes(&check(RULE, body)), vec![]);
    }

    #[test]
    fn claims_without_a_value_are_not_compared() {
        let outcome = check(
            RULE,
            "  - { id: a, quote: x, subject: Gansu, metric: m, status: complete }\n  \
             - { id: b, quote: x, subject: Gansu, metric: m, value: 10, unit: county }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }

    #[test]
    fn the_key_can_be_chosen() {
        let body = "  - { id: a, quote: x, subject: Gansu, metric: m, value: 9, unit: county }\n  \
                    - { id: b, quote: x, subject: Guangxi, metric: m, value: 10, unit: county }\n";
        assert_eq!(codes(&check(RULE, body)), vec![Code::NothingJudged]);
        let by_metric = "rules:\n  - { id: same, kind: agreement, key: [metric, date] }\n";
        assert_eq!(codes(&check(by_metric, body)), vec![Code::ValuesDisagree]);
        let one_word = "rules:\n  - { id: same, kind: agreement, key: metric }\n";
        assert_eq!(codes(&check(one_word, body)), vec![Code::ValuesDisagree]);
    }

    #[test]
    fn the_unit_in_the_key_keeps_different_units_apart() {
        let rule =
            "rules:\n  - { id: same, kind: agreement, key: [subject, metric, date, unit] }\n";
        let outcome = check(
            rule,
            &(claim("a", "17", "province") + &claim("b", "17", "county")),
        );
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
    }

    #[test]
    fn an_unknown_key_field_is_an_invalid_choice_with_a_suggestion() {
        let rule = "rules:\n  - { id: same, kind: agreement, key: [subject, metrc] }\n";
        let outcome = check(rule, &claim("a", "1", "county"));
        assert_eq!(codes(&outcome), vec![Code::InvalidChoice]);
        assert_eq!(primary_text(&outcome, 0), "metrc");
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some("did you mean `metric`?")
        );
    }

    #[test]
    fn units_are_written_in_the_plural() {
        assert_eq!(crate::words::plural("county"), "counties");
        assert_eq!(crate::words::plural("person"), "people");
        assert_eq!(crate::words::plural("yuan"), "yuan");
        assert_eq!(crate::words::plural("day"), "days");
        assert_eq!(crate::words::plural("agency"), "agencies");
        assert_eq!(crate::words::plural("kilometer"), "kilometers");
    }

    /// The shipped corpus (claims, sources, entities) with `rules` as its only rule file.
    pub(crate) fn check_shipped_corpus(rules: &str) -> Outcome {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["claims", "sources", "entities"] {
            std::fs::create_dir_all(dir.path().join(folder)).unwrap();
            for entry in std::fs::read_dir(root.join(folder)).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(
                    &path,
                    dir.path().join(folder).join(path.file_name().unwrap()),
                )
                .unwrap();
            }
        }
        std::fs::create_dir_all(dir.path().join("rules")).unwrap();
        std::fs::write(dir.path().join("rules/r.yaml"), rules).unwrap();
        check::check(dir.path(), &check::Options::default())
    }

    #[test]
    fn the_shipped_corpus_has_two_units_and_one_list_that_disagree_and_no_figures() {
        let outcome = check_shipped_corpus(RULE);
        let findings: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code.id().starts_with("CC1"))
            .collect();
        let summary: Vec<(Code, &str)> = findings
            .iter()
            .map(|d| (d.code, d.claims[0].as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (Code::UnitsDisagree, "provinces-cleared-nov14-said-counties"),
                (Code::UnitsDisagree, "provinces-cleared-nov21-said-projects"),
                (Code::MembersDisagree, "guizhou-counties-assessed"),
            ]
        );
        assert_eq!(
            findings[0].message,
            "`provinces-cleared-nov14-said-counties` counts 17 counties where \
             `provinces-cleared-nov14` counts 17 provinces for the same quantity"
        );
    }
}
