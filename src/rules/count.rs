//! The `count` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain count`).
//!
//! For each selected claim that lists members: an exhaustive list must name exactly as
//! many members as the value states, a partial list ("including ...") no more, unless the
//! value measures (money, a length, a share: a sum over the members is no count of them);
//! no member
//! may be named twice (a list whose names, the repeated one included, are as many as the
//! count is that repetition alone: CC102, and no CC101 besides); when the unit is a kind of place (`province`, `county`...)
//! every member must be a place of that kind; and when the subject is a registered place,
//! every member that is a registered place with a `parent:` lies within it (CC104).
//!
//! Cost: one pass over the selected claims, with a hash set per member list: O(claims +
//! members).

use super::{Check, Context, Evaluated, Finding, Kind};
use serde::Serialize;
use std::borrow::Cow;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::facts::Figure;
use crate::hashing::HashMap;
use crate::model::{
    Claim, ClaimId, Entities, EntityId, EntityKind, Listing, Member, NameKey, Project,
};
use crate::syntax::fields::{Reader, Record};

pub const KIND: Kind = Kind {
    name: "count",
    summary: "a stated count matches the members listed (exhaustive: equal; partial: not more; not for a value that measures, such as money shared among them); no member is listed twice, and each is of the kind the unit counts and within the subject",
    fields: &[],
    codes: &[
        Code::CountMismatch,
        Code::DuplicateMember,
        Code::MemberKindMismatch,
        Code::MemberOutsideSubject,
    ],
    example: "\
rules:
  - id: lists-match-counts
    kind: count
    select:
      unit: [county, province]
    message: a list of places matches the count stated beside it
",
    read,
    claims_named_in: None,
};

#[derive(Debug)]
struct Count;

fn read(_: &mut Reader, _: &Record, _: &Project) -> Option<Box<dyn Check>> {
    Some(Box::new(Count))
}

/// CC102's facts: the name first listed again and the one it repeats (the same text, or
/// another name of the same registered place), and how many times the member is listed
/// in all (2 for a name listed twice).
#[derive(Serialize)]
struct DuplicateMember<'a> {
    listed_again: &'a str,
    first_listed: &'a str,
    /// The registered place both names resolve to, when they resolve.
    place: Option<&'a str>,
    times: usize,
}

/// How many members an exhaustive list lacks to reach its exact count, read from a CC101's
/// facts; `None` when the list is partial, names too many, or the count is not one number.
/// Read here, beside the facts it reads, so that the merging of findings (which folds such a
/// count into the members the citation check found left out) does not depend on their shape
/// from afar.
pub(super) fn members_short(count_mismatch: &Diagnostic) -> Option<usize> {
    if count_mismatch.code != Code::CountMismatch {
        return None;
    }
    let data = count_mismatch.data.as_ref()?.value();
    if data["listing"] != Listing::Exhaustive.as_str() {
        return None;
    }
    let stated: usize = data["stated"]["value"].as_str()?.parse().ok()?;
    let exact = data["stated"]["interval"] == format!("[{stated}, {stated}]");
    let listed = usize::try_from(data["listed"].as_u64()?).ok()?;
    (exact && stated > listed).then(|| stated - listed)
}

/// CC101's facts: the count stated and the distinct members listed.
#[derive(Serialize)]
struct CountMismatch {
    stated: Option<Figure>,
    listed: usize,
    /// The names written, a repeated one each time, when they are more than the distinct
    /// members (a member listed twice, CC102).
    #[serde(skip_serializing_if = "Option::is_none")]
    names: Option<usize>,
    /// `exhaustive` or `partial`.
    listing: &'static str,
}

/// CC103's facts: the unit, the kinds of place it counts, and the members of other kinds.
#[derive(Serialize)]
struct MemberKindMismatch<'a> {
    unit: &'a str,
    counts: Vec<&'static str>,
    members: Vec<MemberOfKind<'a>>,
}

#[derive(Serialize)]
struct MemberOfKind<'a> {
    name: &'a str,
    kind: &'static str,
}

/// CC104's facts: the member, the claim's subject, and the place the member lies in.
#[derive(Serialize)]
struct MemberOutsideSubject<'a> {
    member: &'a str,
    subject: &'a str,
    /// The place the message names: of the subject's level where the member's chain has
    /// one ([`where_it_lies`]), not necessarily its `parent:`.
    lies_in: &'a str,
    /// The name that picks the place of the member's name within the subject, where one
    /// is ([`homonym_within`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    write_instead: Option<&'a str>,
}

impl Check for Count {
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let listing = |&&id: &&ClaimId| context.project.claim(id).members_at().is_some();
        let checked = selected.iter().filter(listing).count();
        let findings = super::each_claim(selected, |id| {
            let mut findings = Vec::new();
            let claim = context.project.claim(id);
            if claim.members_at().is_none() {
                return findings;
            }
            findings.extend(duplicates(context, claim));
            findings.extend(count_mismatch(context, claim));
            findings.extend(kind_mismatch(context, claim));
            findings.extend(outside_subject(context, claim));
            findings
        });
        Evaluated::new(findings, checked)
    }

    fn nothing_judged(&self) -> &'static str {
        "it checks the names a claim lists in `members:`, and no selected claim lists any"
    }
}

/// CC102: one finding per member listed more than once, however many times, at its first
/// repetition.
fn duplicates(context: &Context, claim: &Claim) -> Vec<Finding> {
    let members = claim.members();
    // Each member's listings, in the order of its first repetition.
    let mut listings: HashMap<NameKey, Vec<usize>> = HashMap::default();
    let mut repeated: Vec<NameKey> = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let at = listings.entry(member.key()).or_default();
        if at.len() == 1 {
            repeated.push(member.key());
        }
        at.push(index);
    }
    let mut findings = Vec::new();
    for key in repeated {
        let at = &listings[&key];
        let (a, b) = (&members[at[0]], &members[at[1]]);
        let place = b
            .entity
            .map(|entity| context.project.entities.get(entity).name.value.as_str());
        let one_name = at.iter().all(|&i| members[i].name.value == a.name.value);
        let same = match (place, at.len()) {
            (Some(place), 2) if !one_name => format!(
                "`{}` and `{}` both name {place}",
                a.name.value, b.name.value,
            ),
            (Some(place), times) if !one_name => {
                let mut names: Vec<&str> = Vec::new();
                for &i in at {
                    let name: &str = &members[i].name.value;
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                let shown: Vec<String> = names.iter().take(3).map(|n| format!("`{n}`")).collect();
                let as_names = match (names.len(), shown.split_last()) {
                    (n, Some((last, rest))) if n <= 3 => format!("{} and {last}", rest.join(", ")),
                    _ => format!("{} and others", shown.join(", ")),
                };
                format!("{place} is listed {times} times, as {as_names}")
            }
            (_, 2) => format!("`{}` is listed twice", b.name.value),
            (_, times) => format!("`{}` is listed {times} times", a.name.value),
        };
        let twice = if at.len() == 2 {
            "twice"
        } else {
            "more than once"
        };
        let mut finding = Finding::new(
            Code::DuplicateMember,
            format!("claim `{}` lists a member {twice}: {same}", claim.id.value),
            "remove the repeated name; if the article itself repeats it, keep it and note it",
        )
        .primary(b.name.at, "listed again here")
        .label(a.name.at, "first listed here");
        for (n, &again) in at.iter().enumerate().skip(2) {
            if finding.labels_full() {
                finding = finding.unlabelled_as(at.len() - n, "repetitions");
                break;
            }
            finding = finding.label(members[again].name.at, "and again here");
        }
        findings.push(finding.about(claim).data(&DuplicateMember {
            listed_again: &b.name.value,
            first_listed: &a.name.value,
            place,
            times: at.len(),
        }));
    }
    findings
}

fn count_mismatch(context: &Context, claim: &Claim) -> Option<Finding> {
    let value = claim.value.as_ref()?;
    // Money, a length or a share among the places listed ("Belo Horizonte and Contagem got
    // R$ 2 million") sums over them; it does not count them.
    // A percentage with no `unit:` is a share too (`value: 62%`).
    if claim
        .unit_name()
        .is_some_and(crate::quantity::is_measure_unit)
    {
        return None;
    }
    let names = claim.members().len();
    let listed = {
        let mut keys: Vec<NameKey> = claim.members().iter().map(|m| m.key()).collect();
        keys.sort();
        keys.dedup();
        keys.len()
    };
    let listed_decimal = rust_decimal::Decimal::from(listed);
    // The one reading every kind compares: an exact count is its number, not the interval
    // its last digit rounds within.
    let interval = &claim.reading()?;
    let (wrong, expectation) = match claim.listing {
        // A list whose names match the count only with a repeated one counted twice is
        // that repetition, which CC102 reports: the count is not what to change. (A partial
        // list within its count by its names is within it by its distinct members too.)
        Listing::Exhaustive => (
            !interval.contains(listed_decimal)
                && !interval.contains(rust_decimal::Decimal::from(names)),
            "an exhaustive list names exactly as many members as the count states",
        ),
        Listing::Partial => (
            !interval.possibly_greater_or_equal(&crate::quantity::Interval::exact(listed_decimal)),
            "a partial list (\"including ...\") names at most as many members as the count states",
        ),
    };
    if !wrong {
        return None;
    }
    let members_at = claim.members_at()?;
    let member_word = if listed == 1 { "member" } else { "members" };
    // With a name repeated, the reader sees more names than the members counted: both are
    // said, so that neither contradicts the list shown.
    let (lists, label) = if names > listed {
        (
            format!("{listed} distinct {member_word} in {names} names"),
            format!(
                "{names} listed, {listed} distinct ({})",
                claim.listing.as_str()
            ),
        )
    } else {
        (
            format!("{listed} {member_word}"),
            format!("{listed} listed ({})", claim.listing.as_str()),
        )
    };
    Some(
        Finding::new(
            Code::CountMismatch,
            format!(
                "claim `{}` states {} but lists {lists}",
                claim.id.value, value.value.text,
            ),
            count_help(context, claim),
        )
        .primary(value.at, format!("the count: {}", value.value.text))
        .label(members_at, label)
        .note(format!(
            "{expectation}; the count stands for {}",
            claim.reading_in_words()
        ))
        .about(claim)
        .rests_on_value_of(claim)
        .data(&CountMismatch {
            stated: Figure::of_claim(claim),
            listed,
            names: (names > listed).then_some(names),
            listing: claim.listing.as_str(),
        }),
    )
}

/// CC101's help: check the two against the article; and where the members are all places
/// and the unit names no kind of place (`caso`, `person`), the value may count something
/// else among them, which is no count of the list.
fn count_help(context: &Context, claim: &Claim) -> String {
    const CHECK: &str = "check the count and the list against the article; if the article itself \
                         disagrees, keep its words: this finding is the discrepancy";
    let places = claim.members().iter().all(|member| member.entity.is_some());
    match &claim.unit {
        Some(unit) if places && EntityKind::counted_by_unit(&unit.value).is_none() => {
            let rule = context.rule.id.value.as_str();
            format!(
                "{CHECK}; if the value counts {} other than the places listed, leave the \
                 claim out of rule `{rule}` by its `select:`",
                claim.counted(&unit.value)
            )
        }
        _ => CHECK.to_string(),
    }
}

fn kind_mismatch(context: &Context, claim: &Claim) -> Option<Finding> {
    let unit = claim.unit.as_ref()?;
    let counted = EntityKind::counted_by_unit(&unit.value)?;
    let entities = &context.project.entities;
    let wrong: Vec<_> = claim
        .members()
        .iter()
        .filter_map(|m| {
            let entity = entities.get(m.entity?);
            (!counted.contains(&entity.kind.value)).then_some((m, entity.kind.value))
        })
        .collect();
    if wrong.is_empty() {
        return None;
    }
    let kinds: Vec<&str> = counted.iter().map(|k| k.as_str()).collect();
    let mut finding = Finding::new(
        Code::MemberKindMismatch,
        format!(
            "claim `{}` counts {} but lists {} that {}",
            claim.id.value,
            claim.counted(&unit.value),
            wrong.len(),
            if wrong.len() == 1 {
                format!("is not {}", crate::words::with_article(&unit.value))
            } else {
                format!("are not {}", claim.counted(&unit.value))
            },
        ),
        "if the article names the wrong unit (\"counties\" for provinces), keep its words: this finding is the discrepancy; otherwise correct `unit:`",
    )
    .primary(unit.at, format!("counts {}", claim.counted(&unit.value)));
    for (member, kind) in &wrong {
        finding = finding.label(member.name.at, kind.with_article());
    }
    // Where such a member lies when that is outside the subject: the same slip, told here
    // rather than as a CC104 of its own. A member that names the other place of a name
    // the subject holds (`Kirov`, an alias of the city Киров of Кировская область, for the
    // town Киров of Калужская область) is that place's name to write, not a unit to
    // correct: the help says so where every such member is one.
    let mut write_instead: Vec<(&str, String)> = Vec::new();
    if let Some(subject) = subject_of_places_within(context, claim) {
        let subject_name = place_name(entities, subject);
        for (member, _) in &wrong {
            let Some(place) = member.entity else {
                continue;
            };
            let Some(parent) = lies_outside(context, subject, place) else {
                continue;
            };
            let lies_in = place_name(entities, where_it_lies(entities, subject, parent));
            match homonym_within(entities, place, subject) {
                Some(other) => {
                    finding = finding.note(format!(
                        "`{}` is the {} that lies in {lies_in}, not the one within \
                         {subject_name}",
                        member.name.value,
                        entities.get(place).name.value
                    ));
                    write_instead.push((&member.name.value, other));
                }
                None => {
                    finding = finding.note(format!(
                        "`{}` lies in {lies_in}, outside {subject_name}, too",
                        member.name.value,
                    ));
                }
            }
        }
        if !write_instead.is_empty() && write_instead.len() == wrong.len() {
            let replace: Vec<String> = write_instead
                .iter()
                .map(|(member, other)| format!("`{member}` with `{other}`"))
                .collect();
            finding.help = Cow::Owned(format!(
                "replace {} where the article means the place within {subject_name}; if the \
                 article itself lists the other, keep it: this finding is the discrepancy",
                crate::words::and_list(&replace)
            ));
        }
    }
    let data = MemberKindMismatch {
        unit: &unit.value,
        counts: kinds.clone(),
        members: wrong
            .iter()
            .map(|(member, kind)| MemberOfKind {
                name: &member.name.value,
                kind: kind.as_str(),
            })
            .collect(),
    };
    // The unit and the names, which the claim alone says: the finding the same slip is
    // also from `agreement` (CC142) is folded into this one with its labels, which name
    // the nearest other mention of the quantity, and must not make it another finding.
    let mut identity = vec![unit.value.to_string()];
    identity.extend(
        wrong
            .iter()
            .map(|(member, _)| member.name.value.to_string()),
    );
    Some(
        finding
            .note(format!(
                "a `{}` unit counts: {}",
                unit.value,
                kinds.join(", ")
            ))
            .identified_by(claim, identity)
            .about(claim)
            .data(&data),
    )
}

/// The claim's subject, when it is a place and its list is read as places within it: when
/// one of them may lie within it ([`may_lie_within`]; a country's trading partners or a
/// province's twin towns lie elsewhere by design).
fn subject_of_places_within(context: &Context, claim: &Claim) -> Option<EntityId> {
    let entities = &context.project.entities;
    let subject = claim.subject_entity?;
    let lists_places_within = entities.get(subject).kind.value.is_place()
        && claim
            .members()
            .iter()
            .filter_map(|member| member.entity)
            .any(|place| place != subject && may_lie_within(entities, place, subject));
    lists_places_within.then_some(subject)
}

/// Whether `place` lies within `subject` as far as the registry tells: by its `parent:`
/// chain, or, where the chain stops at a `parent:` that several places share (CC024, which
/// says so), through one of them. A registry that writes `parent: Ravenna` for the comuni
/// of the province of Ravenna, beside the comune of that name, still says that a list of
/// them under the province is a list of its places: a member that lies in another province
/// is then CC104, where it passed in silence because no member could be shown to lie within.
fn may_lie_within(entities: &Entities, place: EntityId, subject: EntityId) -> bool {
    if entities.is_within(place, subject) {
        return true;
    }
    // The top of the chain its links reach; bounded, as a cycle is cut only once reported.
    let mut top = place;
    for _ in 0..entities.len() {
        match entities.get(top).parent_entity {
            Some(parent) => top = parent,
            None => break,
        }
    }
    let Some(parent) = entities.get(top).parent.as_ref() else {
        return false;
    };
    let candidates = entities.named(&parent.value);
    candidates.len() > 1
        && candidates
            .into_iter()
            .any(|candidate| candidate == subject || entities.is_within(candidate, subject))
}

/// Where `place`, a member of a list of places within `subject`, lies when it lies outside
/// it: its parent. Not a place with no `parent:` (the registry does not say where it is),
/// nor one of the subject's own level, which is no part of it: the list is then a relation
/// (sister cities, neighbours), not the subject's members.
fn lies_outside(context: &Context, subject: EntityId, place: EntityId) -> Option<EntityId> {
    let entities = &context.project.entities;
    let entity = entities.get(place);
    let parent = entity.parent_entity?;
    // Whether it lies within is two comparisons; its level is a walk up its chain.
    let outside = place != subject
        && entity.kind.value.is_place()
        && !entities.is_within(place, subject)
        && !of_the_level_of(entities, place, subject);
    outside.then_some(parent)
}

/// The place a finding names as where a member outside `subject` lies, from `parent`, the
/// member's parent ([`lies_outside`]): its first ancestor of the subject's level, the
/// subject's counterpart ("among the towns of województwo dolnośląskie, but it lies in
/// województwo opolskie"). The parent alone (a gmina, within a county, within a province)
/// would leave the reader to climb the registry to see why the member is not the subject's,
/// while the place of the subject's level shows it at once, and it is the parent itself
/// where that is of the level (a town directly within a neighbouring county). A chain with no
/// place of that level (a registry that skips it) is named by its highest place that does
/// not hold the subject, the one just below where the member and the subject meet: the
/// broadest place that still shows the member is elsewhere. The parent when it holds the
/// subject itself (a town directly within the country, listed among a province's).
fn where_it_lies(entities: &Entities, subject: EntityId, parent: EntityId) -> EntityId {
    let level = entities.get(subject).kind.value;
    // The places from `parent` up to where the member's chain meets the subject's.
    let mut below_meeting = Vec::new();
    let mut meeting = None;
    let mut next = Some(parent);
    // Bounded by the registry's size, so that a chain of links never loops.
    for _ in 0..entities.len() {
        let Some(ancestor) = next else {
            break;
        };
        if ancestor == subject || entities.is_within(subject, ancestor) {
            meeting = Some(ancestor);
            break;
        }
        below_meeting.push(ancestor);
        next = entities.get(ancestor).parent_entity;
    }
    let subject_depth = places_of_level_below(entities, subject, meeting, level);
    // How many places of the level lie above each of them, below the meeting: counted
    // down from the highest, so that the chain is walked once, however deep.
    let mut above = vec![0; below_meeting.len()];
    for at in (0..below_meeting.len().saturating_sub(1)).rev() {
        let over = below_meeting[at + 1];
        above[at] = above[at + 1] + usize::from(entities.get(over).kind.value.same_level(level));
    }
    below_meeting
        .iter()
        .zip(&above)
        .find(|&(&ancestor, &above)| {
            entities.get(ancestor).kind.value.same_level(level) && above == subject_depth
        })
        .map(|(&ancestor, _)| ancestor)
        .or_else(|| below_meeting.last().copied())
        .unwrap_or(parent)
}

/// Whether `place` is of `subject`'s level: of a kind counted with the subject's, and
/// within as many places of that level as the subject is, below where their chains meet. A
/// municipality beside the provinces (Beijing) is of a province's level; one within a
/// province (Letur, in Albacete) is below it, though both kinds are `municipality`, and of
/// the level of another municipality of a province (Hellín). Counted, not only told apart:
/// a registry that puts Spain's provinces within its autonomous regions, a kind counted with
/// provinces (as China reports them together), has the province of Valencia within one
/// such place and Letur within two, the autonomous region and the province of Albacete.
fn of_the_level_of(entities: &Entities, place: EntityId, subject: EntityId) -> bool {
    let level = entities.get(subject).kind.value;
    if !entities.get(place).kind.value.same_level(level) {
        return false;
    }
    // Above where the chains meet, both lie within the same places.
    let meeting = ancestors(entities, place)
        .find(|&ancestor| ancestor == subject || entities.is_within(subject, ancestor));
    places_of_level_below(entities, place, meeting, level)
        == places_of_level_below(entities, subject, meeting, level)
}

/// The places `place` lies within (by `parent:`), nearest first; bounded by the registry's
/// size, so that a chain of links never loops.
fn ancestors(entities: &Entities, place: EntityId) -> impl Iterator<Item = EntityId> + '_ {
    std::iter::successors(entities.get(place).parent_entity, |&ancestor| {
        entities.get(ancestor).parent_entity
    })
    .take(entities.len())
}

/// How many of the places `place` lies within, below `meeting` (all of them for `None`),
/// are of the level of kind `level`.
fn places_of_level_below(
    entities: &Entities,
    place: EntityId,
    meeting: Option<EntityId>,
    level: EntityKind,
) -> usize {
    ancestors(entities, place)
        .take_while(|&ancestor| Some(ancestor) != meeting)
        .filter(|&ancestor| entities.get(ancestor).kind.value.same_level(level))
        .count()
}

/// A place as a message names it: its name, or where other places share it, the name that
/// picks it and its kind ("Lisboa (Portugal), a district", beside the municipality).
fn place_name(entities: &crate::model::Entities, place: EntityId) -> String {
    let entity = entities.get(place);
    let distinct = entities.distinct_name(place);
    if entities.named(&entity.name.value).len() > 1 {
        format!(
            "{distinct}, {}",
            crate::words::with_article(entity.kind.value.as_str())
        )
    } else {
        distinct
    }
}

/// CC104: members that are registered places outside the claim's subject, by the parent
/// chain. A member with no `parent:` is not judged: the registry does not say where it is;
/// nor is one of the subject's own level (a city's sister city), which is no part of it.
/// Uses the entities the names resolved to, so a name that resolves by context resolves
/// here too. Cost: O(members * depth of the registry).
fn outside_subject(context: &Context, claim: &Claim) -> Vec<Finding> {
    let entities = &context.project.entities;
    let Some(subject) = subject_of_places_within(context, claim) else {
        return Vec::new();
    };
    // A member that is not of the kind the unit counts is CC103's, which says where it lies.
    let counted = claim
        .unit
        .as_ref()
        .and_then(|unit| EntityKind::counted_by_unit(&unit.value));
    // One finding per place, however many times (and by whichever names) the list names it.
    let mut names_of_place: Vec<(EntityId, Vec<&Member>)> = Vec::new();
    for member in claim.members() {
        let Some(place) = member.entity else {
            continue;
        };
        match names_of_place.iter_mut().find(|(seen, _)| *seen == place) {
            Some((_, names)) => names.push(member),
            None => names_of_place.push((place, vec![member])),
        }
    }
    let mut findings = Vec::new();
    for (place, names) in names_of_place {
        let (member, again) = (names[0], &names[1..]);
        let entity = entities.get(place);
        if counted.is_some_and(|counted| !counted.contains(&entity.kind.value)) {
            continue;
        }
        let (Some(parent), Some(parent_at)) = (
            lies_outside(context, subject, place),
            entity.parent.as_ref(),
        ) else {
            continue;
        };
        let lies_in = where_it_lies(entities, subject, parent);
        let lies_in_name = &place_name(entities, lies_in);
        let parent_name = &place_name(entities, parent);
        let subject_name = &place_name(entities, subject);
        // The `parent:` written is the link the registry gives; where the finding names a
        // place above it, the label says both, so that a wrong link is found where it is.
        let parent_label = if lies_in == parent {
            format!("`{}` lies in {parent_name}", entity.name.value)
        } else {
            format!(
                "`{}` lies in {parent_name}, within {lies_in_name}",
                entity.name.value
            )
        };
        // A place of the member's name within the subject is the likelier slip: the member
        // names the other (`Kirov`, an alias of the Киров of Кировская область, where the
        // article lists the Киров of Калужская область), and the fix is to replace it.
        let other = homonym_within(entities, place, subject);
        let (message, help) = match &other {
            Some(other) => (
                format!(
                    "claim `{}` lists `{}` among the members of {subject_name}, but it is the {} \
                     that lies in {lies_in_name}, not the one within {subject_name}",
                    claim.id.value, member.name.value, entity.name.value
                ),
                Cow::Owned(format!(
                    "replace `{}` with `{other}` where the article means the {} within \
                     {subject_name}; if the article itself lists the one in {lies_in_name}, keep \
                     it: this finding is the discrepancy. If the registry's `parent:` is wrong, \
                     correct it in entities/",
                    member.name.value, entity.name.value
                )),
            ),
            None => (
                format!(
                    "claim `{}` lists `{}` among the members of {subject_name}, but it lies in \
                     {lies_in_name}",
                    claim.id.value, member.name.value
                ),
                Cow::Borrowed(
                    "check the name against the article: a place that lies elsewhere is a \
                     misprint or a wrong entity; if the article itself lists it, keep it: this \
                     finding is the discrepancy. If the registry's `parent:` is wrong, correct it \
                     in entities/",
                ),
            ),
        };
        let mut finding = Finding::new(Code::MemberOutsideSubject, message, help)
            .primary(member.name.at, format!("in {lies_in_name}"))
            .label(claim.subject.at, format!("the subject, {subject_name}"))
            .label(parent_at.at, parent_label)
            .about(claim)
            .data(&MemberOutsideSubject {
                member: &member.name.value,
                subject: &entities.get(subject).name.value,
                lies_in: &entities.get(lies_in).name.value,
                write_instead: other.as_deref(),
            });
        for name in again {
            finding = finding.label(name.name.at, format!("{} again", entity.name.value));
        }
        if !again.is_empty() {
            let names: Vec<String> = again
                .iter()
                .map(|name| format!("`{}`", name.name.value))
                .collect();
            finding = finding.note(format!(
                "the list names {} again as {}: one place, one finding",
                entity.name.value,
                names.join(", ")
            ));
        }
        findings.push(finding);
    }
    findings.extend(homonyms_outside_subject(context, claim, subject, counted));
    findings
}

/// CC104 for a member whose name several registered places share (CC024, which this
/// finding takes in), none of which lies within the claim's subject: whichever the name
/// means, it is no place of the subject. Judged as [`lies_outside`] judges one place, for
/// each homonym of a kind the claim counts ([`of_a_counted_kind`]); a homonym with no
/// `parent:` may lie anywhere, and leaves the member unjudged.
fn homonyms_outside_subject(
    context: &Context,
    claim: &Claim,
    subject: EntityId,
    counted: Option<&[EntityKind]>,
) -> Vec<Finding> {
    let entities = &context.project.entities;
    let mut judged: crate::hashing::HashSet<&str> = crate::hashing::HashSet::default();
    let mut findings = Vec::new();
    for member in claim.members() {
        if member.entity.is_some() || !judged.insert(&member.name.value) {
            continue;
        }
        let crate::model::Resolution::Ambiguous(candidates) =
            entities.resolve_in(&member.name.value, &[subject])
        else {
            continue;
        };
        let candidates = of_a_counted_kind(entities, candidates, counted);
        let lie_in: Option<Vec<EntityId>> = candidates
            .iter()
            .map(|&c| {
                lies_outside(context, subject, c)
                    .map(|parent| where_it_lies(entities, subject, parent))
            })
            .collect();
        let Some(lie_in) = lie_in.filter(|_| candidates.len() > 1) else {
            continue;
        };
        let subject_name = &entities.get(subject).name.value;
        let mut places: Vec<&str> = lie_in
            .iter()
            .map(|&p| entities.get(p).name.value.as_str())
            .collect();
        places.sort_unstable();
        places.dedup();
        let listed = crate::words::and_list(&places);
        let finding = Finding::new(
            Code::MemberOutsideSubject,
            format!(
                "claim `{}` lists `{}` among the members of {subject_name}, but none of the {} \
                 places of that name lies in it: they lie in {listed}",
                claim.id.value,
                member.name.value,
                candidates.len()
            ),
            format!(
                "check the name against the article: if it means a `{}` within \
                 {subject_name}, add it to entities/ with `parent: {subject_name}`; if the \
                 article itself lists a place that lies elsewhere, keep it: this finding is \
                 the discrepancy",
                member.name.value
            ),
        )
        .primary(member.name.at, format!("in {listed}"))
        .label(claim.subject.at, format!("the subject, {subject_name}"))
        .about(claim)
        .data(&MemberOutsideSubject {
            member: &member.name.value,
            subject: subject_name,
            lies_in: &listed,
            write_instead: None,
        });
        findings.push(finding);
    }
    findings
}

/// The name that picks the one other place of `place`'s registered name within
/// `subject`, where `place` lies outside it: the name as registered where it picks that
/// place in the claim's context (`Киров` within Калужская область), else its qualified
/// name. `None` where no such place or several lie within, or the name is shared too widely
/// to compare.
fn homonym_within(entities: &Entities, place: EntityId, subject: EntityId) -> Option<String> {
    let name = &entities.get(place).name.value;
    let named = entities.named(name);
    if named.len() < 2 || named.len() > crate::model::resolve::COMPARED_HOMONYMS {
        return None;
    }
    let mut within = named
        .into_iter()
        .filter(|&other| other != place && entities.is_within(other, subject));
    let (Some(other), None) = (within.next(), within.next()) else {
        return None;
    };
    Some(match entities.resolve_in(name, &[subject]) {
        crate::model::Resolution::Entity(picked) if picked == other => name.to_string(),
        _ => entities.distinct_name(other),
    })
}

/// The homonyms a member may be, of those `candidates` of a kind the claim's unit counts;
/// all of them where none is: `Neustadt` listed among the counties of
/// Mecklenburg-Vorpommern, where both registered Neustadts are cities of other states, is
/// no place of the subject whichever it is, and is judged so rather than left unjudged.
fn of_a_counted_kind(
    entities: &Entities,
    candidates: Vec<EntityId>,
    counted: Option<&[EntityKind]>,
) -> Vec<EntityId> {
    let Some(kinds) = counted else {
        return candidates;
    };
    let of_kind: Vec<EntityId> = candidates
        .iter()
        .copied()
        .filter(|&c| kinds.contains(&entities.get(c).kind.value))
        .collect();
    if of_kind.is_empty() {
        candidates
    } else {
        of_kind
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const RULE: &str = "rules:\n  - { id: counts, kind: count }\n";

    fn claims(body: &str) -> String {
        format!("source: article\nclaims:\n{body}")
    }

    #[test]
    fn a_count_mismatch_says_how_many_members_an_exhaustive_list_lacks() {
        let short = |value: &str, list: &str| {
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: q, subject: Guangxi, metric: m, value: \"{value}\", unit: county, members: [Rongshui County, Sanjiang County], list: {list} }}\n"
                    )),
                ),
            ]);
            let mismatch = outcome
                .diagnostics
                .iter()
                .find(|d| d.code == Code::CountMismatch)
                .expect("a CC101");
            super::members_short(mismatch)
        };
        assert_eq!(short("5", "exhaustive"), Some(3));
        assert_eq!(short("1", "exhaustive"), None, "names too many");
        assert_eq!(short("more than 4", "exhaustive"), None, "not one number");
        assert_eq!(short("1", "partial"), None);
    }

    #[test]
    fn a_value_that_measures_is_no_count_of_the_members() {
        for unit in ["BRL", "euro", "km", "percent"] {
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: x, subject: Guangxi, metric: m, value: 2 million, unit: {unit}, members: [Rongshui, Sanjiang] }}\n"
                    )),
                ),
            ]);
            assert_eq!(codes(&outcome), vec![], "{unit}");
        }
        // Found from outside: a share written as a percentage with no `unit:` was compared
        // with the list ("states 62% but lists 2 members").
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 62%, members: [Rongshui, Sanjiang] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
        // A name listed twice is still one, whatever the value.
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 5, unit: euro, members: [Rongshui, Rongshui] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::DuplicateMember]);
    }

    #[test]
    fn a_count_of_something_else_than_the_places_listed_is_told_how_to_leave_the_rule() {
        let help = |unit: &str| {
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: x, subject: Guangxi, metric: m, value: 48700, unit: {unit}, members: [Rongshui, Sanjiang] }}\n"
                    )),
                ),
            ]);
            assert_eq!(codes(&outcome), vec![Code::CountMismatch], "{unit}");
            outcome.diagnostics[0].help.clone().unwrap_or_default()
        };
        assert!(
            help("case").ends_with(
                "if the value counts cases other than the places listed, leave the claim out \
                 of rule `counts` by its `select:`"
            ),
            "{}",
            help("case")
        );
        assert!(!help("county").contains("select"), "{}", help("county"));
    }

    #[test]
    fn an_exhaustive_list_of_the_stated_length_passes() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Rongshui, Sanjiang] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn an_exhaustive_list_one_short_is_a_count_mismatch_on_the_value() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 3, unit: county, members: [Rongshui, Sanjiang] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::CountMismatch]);
        assert_eq!(primary_text(&outcome, 0), "3");
        assert!(
            outcome.diagnostics[0]
                .message
                .contains("states 3 but lists 2")
        );
    }

    #[test]
    fn a_partial_list_may_be_shorter_but_not_longer() {
        let shorter = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 17, unit: province, members: [Gansu, Guangxi], list: partial }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&shorter), vec![]);
        let longer = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 1, unit: province, members: [Gansu, Guangxi], list: partial }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&longer), vec![Code::CountMismatch]);
    }

    #[test]
    fn an_alias_of_a_listed_member_is_a_duplicate() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 3, unit: province, members: [Tibet, Gansu, Xizang] }\n",
                ),
            ),
        ]);
        // Three names for the three stated, one of them twice: the repetition is the one
        // problem, and the count is not reported as well.
        assert_eq!(codes(&outcome), vec![Code::DuplicateMember]);
        let duplicate = outcome
            .diagnostics
            .iter()
            .position(|d| d.code == Code::DuplicateMember)
            .unwrap();
        assert_eq!(primary_text(&outcome, duplicate), "Xizang");
    }

    #[test]
    fn a_member_listed_many_times_is_one_finding_that_counts_them() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 2, unit: province, members: [Tibet, Gansu, Tibet, Tibet, Gansu, Tibet], list: partial }\n  - { id: b, quote: x, subject: China, metric: m2, value: 1, unit: province, members: [Tibet, Xizang, Tibet], list: partial }\n",
                ),
            ),
        ]);
        assert_eq!(
            crate::testing::messages_of(&outcome, Code::DuplicateMember),
            [
                "claim `a` lists a member more than once: `Tibet` is listed 4 times",
                "claim `a` lists a member twice: `Gansu` is listed twice",
                "claim `b` lists a member more than once: Tibet is listed 3 times, as `Tibet` and `Xizang`",
            ]
        );
        let tibet = &outcome.diagnostics[0];
        let again = tibet
            .labels
            .iter()
            .filter(|l| l.message == "and again here");
        assert_eq!(again.count(), 2, "the third and fourth listings");
        assert_eq!(tibet.data.as_ref().unwrap().get("times").unwrap(), 4);
    }

    #[test]
    fn a_list_with_a_repeated_name_that_still_misses_its_count_says_both_numbers() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 4, unit: province, members: [Tibet, Gansu, Xizang] }\n",
                ),
            ),
        ]);
        assert_eq!(
            codes(&outcome),
            vec![Code::CountMismatch, Code::DuplicateMember]
        );
        let mismatch = &outcome.diagnostics[0];
        assert_eq!(
            mismatch.message,
            "claim `a` states 4 but lists 2 distinct members in 3 names"
        );
        assert_eq!(
            mismatch.labels[1].message,
            "3 listed, 2 distinct (exhaustive)"
        );
        let data = mismatch.data.as_ref().unwrap().value();
        assert_eq!(
            (data["listed"].as_u64(), data["names"].as_u64()),
            (Some(2), Some(3))
        );
        // Without a repetition the label and the facts are as they were.
        let plain = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 4, unit: province, members: [Tibet, Gansu] }\n",
                ),
            ),
        ]);
        assert_eq!(
            plain.diagnostics[0].labels[1].message,
            "2 listed (exhaustive)"
        );
        assert!(
            plain.diagnostics[0]
                .data
                .as_ref()
                .unwrap()
                .get("names")
                .is_none()
        );
    }

    #[test]
    fn a_kind_of_place_written_in_another_language_is_checked_as_its_kind() {
        // Found from outside: `unit: condado` (as the article counts) listing a province
        // passed, where `unit: county` was reported.
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 2, unit: condado, members: [Rongshui, Gansu] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        assert_eq!(primary_text(&outcome, 0), "condado");
    }

    #[test]
    fn provinces_counted_as_counties_are_a_kind_mismatch() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 17, unit: county, members: [Gansu, Guangxi], list: partial }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        assert_eq!(primary_text(&outcome, 0), "county");
        assert_eq!(
            outcome.diagnostics[0].labels.len(),
            4,
            "unit, two members, the rule"
        );
    }

    #[test]
    fn every_unit_of_a_kind_of_place_is_judged_by_the_kinds_it_counts() {
        // Guangxi is an autonomous region; Gansu a province.
        for (unit, members, mismatched) in [
            ("autonomous region", "[Guangxi, Gansu]", 1),
            ("municipality", "[Gansu]", 1),
            ("district", "[Rongshui, Gansu]", 1),
            ("region", "[Guangxi]", 1),
            ("province", "[Guangxi, Gansu]", 0),
        ] {
            let outcome = check_files(&[
                ("rules/r.yaml", RULE),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: x, subject: China, metric: m, value: 2, unit: {unit}, members: {members}, list: partial }}\n"
                    )),
                ),
            ]);
            let found = codes(&outcome)
                .into_iter()
                .filter(|&c| c == Code::MemberKindMismatch)
                .count();
            assert_eq!(found, mismatched, "{unit}");
        }
    }

    /// The standard registry and a county of Gansu.
    const ENTITIES_WITH_MIN: &str = "entities:\n  - { name: China, kind: country }\n  - { name: Gansu, kind: province, parent: China }\n  - { name: Guangxi, kind: autonomous-region, parent: China }\n  - { name: Rongshui County, kind: county, parent: Guangxi, aliases: [Rongshui] }\n  - { name: Sanjiang County, kind: county, parent: Guangxi, aliases: [Sanjiang] }\n  - { name: Min County, kind: county, parent: Gansu, aliases: [Min] }\n";

    #[test]
    fn a_member_of_another_province_is_outside_the_subject_labelled_with_its_parent() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", ENTITIES_WITH_MIN),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 3, unit: county, members: [Rongshui, Sanjiang, Min] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject]);
        assert_eq!(primary_text(&outcome, 0), "Min");
        assert_eq!(
            outcome.diagnostics[0].message,
            "claim `a` lists `Min` among the members of Guangxi, but it lies in Gansu"
        );
        assert_eq!(outcome.diagnostics[0].labels[0].message, "in Gansu");
    }

    /// Two provinces of Poland with their counties and gminas, a gmina directly within a
    /// province, and a town directly within the country.
    const POLAND: &str = "entities:\n  - { name: Polska, kind: country }\n  - { name: województwo dolnośląskie, kind: province, parent: Polska }\n  - { name: województwo opolskie, kind: province, parent: Polska }\n  - { name: powiat kłodzki, kind: county, parent: województwo dolnośląskie }\n  - { name: powiat nyski, kind: county, parent: województwo opolskie }\n  - { name: gmina Nysa, kind: municipality, parent: powiat nyski }\n  - { name: Nysa, kind: town, parent: gmina Nysa }\n  - { name: Kłodzko, kind: town, parent: powiat kłodzki }\n  - { name: Paczków, kind: town, parent: powiat nyski }\n  - { name: gmina Otmuchów, kind: municipality, parent: województwo opolskie }\n  - { name: Otmuchów, kind: town, parent: gmina Otmuchów }\n  - { name: Wola, kind: town, parent: Polska }\n";

    /// The message of the one CC104 on a list of towns of `subject`.
    fn outside(subject: &str, members: &str) -> String {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", POLAND),
            (
                "claims/c.yaml",
                &claims(&format!(
                    "  - {{ id: c, quote: x, subject: {subject}, metric: m, unit: town, members: [{members}] }}\n"
                )),
            ),
        ]);
        assert_eq!(
            codes(&outcome),
            vec![Code::MemberOutsideSubject],
            "{:#?}",
            outcome.diagnostics
        );
        outcome.diagnostics[0].message.clone()
    }

    #[test]
    fn a_member_outside_is_said_to_lie_in_the_place_of_the_subjects_level() {
        // Nysa's parent is a gmina of a county of another province: the province shows
        // it is not Lower Silesia's, where the gmina would not.
        let message = outside("województwo dolnośląskie", "Kłodzko, Nysa");
        assert!(
            message.ends_with("but it lies in województwo opolskie"),
            "{message}"
        );
        // Under a county, the county beside it.
        let message = outside("powiat kłodzki", "Kłodzko, Nysa");
        assert!(
            message.ends_with("but it lies in powiat nyski"),
            "{message}"
        );
        // A parent of the subject's level is the place named.
        let message = outside("powiat kłodzki", "Kłodzko, Paczków");
        assert!(
            message.ends_with("but it lies in powiat nyski"),
            "{message}"
        );
    }

    #[test]
    fn the_parent_label_says_the_place_named_above_the_parent_written() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", POLAND),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: c, quote: x, subject: województwo dolnośląskie, metric: m, unit: town, members: [Kłodzko, Nysa] }\n",
                ),
            ),
        ]);
        let labels: Vec<&str> = outcome.diagnostics[0]
            .labels
            .iter()
            .map(|label| label.message.as_ref())
            .collect();
        assert!(
            labels.contains(&"`Nysa` lies in gmina Nysa, within województwo opolskie"),
            "{labels:?}"
        );
        assert_eq!(labels[0], "in województwo opolskie");
    }

    #[test]
    fn a_member_outside_with_no_place_of_the_subjects_level_above_it_is_told_the_highest_apart() {
        // No county holds Otmuchów: the place named is the highest that does not hold the
        // subject, the province, below the country where the two meet.
        let message = outside("powiat kłodzki", "Kłodzko, Otmuchów");
        assert!(
            message.ends_with("but it lies in województwo opolskie"),
            "{message}"
        );
        // A parent that holds the subject too is all the registry says.
        let message = outside("powiat kłodzki", "Kłodzko, Wola");
        assert!(message.ends_with("but it lies in Polska"), "{message}");
    }

    #[test]
    fn a_place_whose_name_others_share_is_named_so_that_it_is_picked_out() {
        // A county of Guangxi is also called Gansu: the province is named with its parent
        // and its kind.
        let registry = format!(
            "{}  - {{ name: Gansu, kind: county, parent: Guangxi }}\n",
            ENTITIES_WITH_MIN.replace("parent: Gansu,", "parent: Gansu (China),")
        );
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", &registry),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 3, unit: county, members: [Rongshui, Sanjiang, Min] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "claim `a` lists `Min` among the members of Guangxi, but it lies in Gansu (China), \
             a province"
        );
    }

    #[test]
    fn a_name_every_place_of_which_lies_outside_the_subject_is_one_cc104() {
        let registry = format!(
            "{ENTITIES_WITH_MIN}  - {{ name: Hunan, kind: province, parent: China }}\n  - {{ name: Min County, kind: county, parent: Hunan, aliases: [Min] }}\n"
        );
        // Rongshui, Sanjiang and Min, three counties of Guangxi, under `registry`.
        let listed = |registry: &str| {
            check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/entities.yaml", registry),
                (
                    "claims/c.yaml",
                    &claims(
                        "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 3, unit: county, members: [Rongshui, Sanjiang, Min] }\n",
                    ),
                ),
            ])
        };
        let outcome = listed(&registry);
        // Whichever Min it means, it is no county of Guangxi: one finding, which takes in
        // the CC024 of the shared name.
        assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject]);
        assert_eq!(primary_text(&outcome, 0), "Min");
        assert_eq!(
            outcome.diagnostics[0].message,
            "claim `a` lists `Min` among the members of Guangxi, but none of the 2 places of \
             that name lies in it: they lie in Gansu and Hunan"
        );
        assert_eq!(outcome.diagnostics[0].folded[0].code, Code::AmbiguousEntity);
        // One of them within the subject settles the name: no finding.
        let within = format!(
            "{registry}  - {{ name: Min County, kind: county, parent: Guangxi, aliases: [Min] }}\n"
        );
        assert_eq!(codes(&listed(&within)), vec![]);
        // A homonym with no parent may lie anywhere: the name stays ambiguous only.
        let nowhere = format!("{ENTITIES_WITH_MIN}  - {{ name: Min, kind: county }}\n");
        assert_eq!(codes(&listed(&nowhere)), vec![Code::AmbiguousEntity]);
    }

    #[test]
    fn a_member_of_another_kind_outside_the_subject_is_one_finding_that_says_where_it_lies() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "entities/entities.yaml",
                &format!("{ENTITIES_WITH_MIN}  - {{ name: Lanzhou, kind: city, parent: Gansu }}\n"),
            ),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Rongshui, Lanzhou] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        assert!(
            outcome.diagnostics[0]
                .notes
                .contains(&"`Lanzhou` lies in Gansu, outside Guangxi, too".to_string()),
            "{:?}",
            outcome.diagnostics[0].notes
        );
    }

    #[test]
    fn a_place_outside_the_subject_named_twice_is_one_finding() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", ENTITIES_WITH_MIN),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Guangxi, metric: m, value: 3, unit: county, members: [Rongshui, Min County, Min] }\n",
                ),
            ),
        ]);
        let outside: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::MemberOutsideSubject)
            .collect();
        assert_eq!(outside.len(), 1, "{:?}", codes(&outcome));
        assert_eq!(
            outside[0].notes,
            ["the list names Min County again as `Min`: one place, one finding"]
        );
        assert!(
            outside[0]
                .labels
                .iter()
                .any(|label| label.message == "Min County again"),
            "{:?}",
            outside[0].labels
        );
    }

    #[test]
    fn a_list_none_of_whose_members_lies_within_the_subject_is_not_about_its_places() {
        // Sister cities, trading partners: places elsewhere by design.
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", ENTITIES_WITH_MIN),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: a, quote: x, subject: Gansu, metric: partner counties, value: 2, unit: county, members: [Rongshui, Sanjiang] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_list_whose_members_lie_within_through_a_parent_several_places_share_is_judged() {
        // Found from outside: the comuni of the province of Ravenna were registered with
        // `parent: Ravenna`, a name the comune shares (CC024). No member could be shown to
        // lie within the province, so the list was not read as its places, and a comune of
        // another province in it passed in silence.
        let registry = "entities:\n  - { name: Emilia-Romagna, kind: region }\n  - { name: Ravenna, kind: province, parent: Emilia-Romagna, aliases: [Provincia di Ravenna] }\n  - { name: Forlì-Cesena, kind: province, parent: Emilia-Romagna }\n  - { name: Ravenna, kind: municipality, parent: Ravenna }\n  - { name: Faenza, kind: municipality, parent: Ravenna }\n  - { name: Lugo, kind: municipality, parent: Ravenna }\n  - { name: Cesenatico, kind: municipality, parent: Forlì-Cesena }\n";
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", registry),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: x, subject: Provincia di Ravenna, metric: m, unit: comune, members: [Faenza, Lugo, Cesenatico] }\n",
                    // Under the region the same comuni lie within, whichever Ravenna is meant.
                    "  - { id: b, quote: x, subject: Emilia-Romagna, metric: m, unit: comune, members: [Faenza, Lugo, Cesenatico] }\n",
                    // Under the other province, none may lie within but Cesenatico: no
                    // member is judged by a parent the registry leaves open.
                    "  - { id: c, quote: x, subject: Forlì-Cesena, metric: m, unit: comune, members: [Cesenatico, Faenza] }\n",
                )),
            ),
        ]);
        let outside: Vec<&str> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::MemberOutsideSubject)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(
            outside,
            [
                "claim `a` lists `Cesenatico` among the members of Provincia di Ravenna, a province, but it lies in Forlì-Cesena"
            ]
        );
        // The parent the registry leaves open is its own warning, once per name.
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::AmbiguousEntity),
            "{:?}",
            codes(&outcome)
        );
    }

    #[test]
    fn members_within_the_subject_at_any_depth_or_of_unknown_place_pass() {
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: x, subject: China, metric: m, value: 2, unit: county, members: [Rongshui, Sanjiang] }\n",
                    "  - { id: b, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Rongshui, Sanjiang] }\n",
                    // China has no parent: it is not judged, and a person's list is not either.
                    "  - { id: c, quote: x, subject: Gansu, metric: m, members: [China] }\n",
                    // A place of the subject's own level is a relation, not a part.
                    "  - { id: d, quote: x, subject: Gansu, metric: neighbours, members: [Guangxi] }\n",
                )),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![]);
    }

    #[test]
    fn a_municipality_within_another_province_is_outside_the_subject() {
        // Found from outside: a municipality is counted with the provinces (Beijing is one),
        // so a Spanish municipio in another province was taken for a place of the
        // province's own level, and the list passed.
        let registry = "entities:\n  - { name: España, kind: country }\n  - { name: Valencia, kind: province, parent: España }\n  - { name: Albacete, kind: province, parent: España }\n  - { name: Beijing, kind: municipality, parent: España }\n  - { name: Utiel, kind: municipality, parent: Valencia }\n  - { name: Requena, kind: municipality, parent: Valencia }\n  - { name: Letur, kind: municipality, parent: Albacete }\n";
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", registry),
            (
                "claims/c.yaml",
                &claims(concat!(
                    "  - { id: a, quote: x, subject: Valencia, metric: m, value: 3, unit: municipality, members: [Utiel, Requena, Letur] }\n",
                    // A municipality of the provinces' level is still a relation, not a part.
                    "  - { id: b, quote: x, subject: Valencia, metric: neighbours, members: [Utiel, Beijing] }\n",
                )),
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "claim `a` lists `Letur` among the members of Valencia, but it lies in Albacete"
        );
        // A municipality of a province is of the level of another: a relation of Utiel's.
        let relation = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/entities.yaml", registry),
            (
                "claims/c.yaml",
                &claims(
                    "  - { id: c, quote: x, subject: Utiel, metric: twins, members: [Letur, Requena] }\n",
                ),
            ),
        ]);
        assert_eq!(codes(&relation), vec![]);
    }

    #[test]
    fn a_member_of_another_kind_naming_the_other_place_of_a_name_is_told_to_replace_it() {
        // Found from outside: `Kirov`, an alias of the city Киров of Кировская область,
        // listed for the town Киров of Калужская область the article names, was a CC103
        // whose help said to correct `unit:`.
        let registry = "entities:\n  - { name: Кировская область, kind: region }\n  - { name: Калужская область, kind: region }\n  - { name: Киров, kind: city, parent: Кировская область, aliases: [Kirov] }\n  - { name: Киров, kind: town, parent: Калужская область }\n  - { name: Людиново, kind: town, parent: Калужская область }\n  - { name: Вятка, kind: city, parent: Кировская область }\n";
        let listed = |members: &str| {
            check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/entities.yaml", registry),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: k, quote: x, subject: Калужская область, metric: m, value: 2, unit: town, members: [{members}] }}\n"
                    )),
                ),
            ])
        };
        let outcome = listed("Kirov, Людиново");
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        let finding = &outcome.diagnostics[0];
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "replace `Kirov` with `Киров` where the article means the place within \
                 Калужская область; if the article itself lists the other, keep it: this \
                 finding is the discrepancy"
            )
        );
        assert!(finding.notes.iter().any(|note| note
            == "`Kirov` is the Киров that lies in Кировская область, not the one within \
                Калужская область"));
        // A member of another kind and another name is a unit's or a name's slip: the
        // help stays the unit's.
        let other = listed("Вятка, Людиново");
        assert_eq!(codes(&other), vec![Code::MemberKindMismatch]);
        assert!(
            other.diagnostics[0]
                .help
                .as_deref()
                .is_some_and(|help| help.ends_with("otherwise correct `unit:`"))
        );
    }

    #[test]
    fn a_municipality_of_a_province_within_another_autonomous_region_is_outside_the_subject() {
        // Found from outside: autonomous regions are counted with provinces (as China
        // reports them), so a province within one seemed to lie within a place of its own
        // level, as a municipality within a province does, and Letur passed as a relation.
        let registry = "entities:\n  - { name: Comunitat Valenciana, kind: autonomous-region }\n  - { name: Castilla-La Mancha, kind: autonomous-region }\n  - { name: Valencia, kind: province, parent: Comunitat Valenciana }\n  - { name: Albacete, kind: province, parent: Castilla-La Mancha }\n  - { name: Chiva, kind: municipality, parent: Valencia }\n  - { name: Letur, kind: municipality, parent: Albacete }\n  - { name: Hellín, kind: municipality, parent: Albacete }\n  - { name: Cuenca, kind: province, parent: Castilla-La Mancha }\n";
        let listed = |subject: &str, members: &str| {
            check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/entities.yaml", registry),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: x, subject: {subject}, metric: m, list: partial, members: [{members}] }}\n"
                    )),
                ),
            ])
        };
        let outcome = listed("Valencia", "Chiva, Letur");
        assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "claim `a` lists `Letur` among the members of Valencia, but it lies in Albacete"
        );
        // Two municipalities of provinces are still of one level: Letur is Hellín's
        // neighbour, not a part of it.
        assert_eq!(codes(&listed("Hellín", "Letur")), vec![]);
        // Nor is a province of another autonomous region a part of Valencia's: both lie
        // within one place of their level.
        assert_eq!(codes(&listed("Valencia", "Chiva, Cuenca")), vec![]);
        // Among an autonomous region's provinces, one of another region lies in it.
        let provinces = listed("Castilla-La Mancha", "Albacete, Valencia");
        assert_eq!(codes(&provinces), vec![Code::MemberOutsideSubject]);
        assert_eq!(
            provinces.diagnostics[0].message,
            "claim `a` lists `Valencia` among the members of Castilla-La Mancha, but it lies \
             in Comunitat Valenciana"
        );
    }

    #[test]
    fn a_shared_name_none_of_whose_places_is_of_the_kind_counted_is_judged_by_them_all() {
        // Found from outside: under `unit: county`, the homonyms judged were the counties
        // alone, and of two cities none was left, so the name passed with only its CC024.
        let registry = "entities:\n  - { name: Mecklenburg-Vorpommern, kind: state }\n  - { name: Rheinland-Pfalz, kind: state }\n  - { name: Sachsen, kind: state }\n  - { name: Landkreis Rostock, kind: county, parent: Mecklenburg-Vorpommern, aliases: [Rostock] }\n  - { name: Neustadt an der Weinstraße, kind: city, parent: Rheinland-Pfalz, aliases: [Neustadt] }\n  - { name: Neustadt in Sachsen, kind: city, parent: Sachsen, aliases: [Neustadt] }\n";
        let listed = |registry: &str, unit: &str| {
            check_files(&[
                ("rules/r.yaml", RULE),
                ("entities/entities.yaml", registry),
                (
                    "claims/c.yaml",
                    &claims(&format!(
                        "  - {{ id: a, quote: x, subject: Mecklenburg-Vorpommern, metric: m, unit: {unit}, members: [Rostock, Neustadt] }}\n"
                    )),
                ),
            ])
        };
        for unit in ["county", "district", "Landkreis"] {
            let outcome = listed(registry, unit);
            assert_eq!(codes(&outcome), vec![Code::MemberOutsideSubject], "{unit}");
            assert_eq!(
                outcome.diagnostics[0].message,
                "claim `a` lists `Neustadt` among the members of Mecklenburg-Vorpommern, but \
                 none of the 2 places of that name lies in it: they lie in Rheinland-Pfalz and \
                 Sachsen",
                "{unit}"
            );
            assert_eq!(outcome.diagnostics[0].folded[0].code, Code::AmbiguousEntity);
        }
        // A homonym of the kind counted is still the one judged: a county of that name
        // within the subject settles it.
        let county = format!(
            "{registry}  - {{ name: Landkreis Neustadt, kind: county, parent: Mecklenburg-Vorpommern, aliases: [Neustadt] }}\n"
        );
        assert_eq!(codes(&listed(&county, "county")), vec![]);
        // A homonym with no parent may lie anywhere, of whatever kind: ambiguous only.
        let nowhere = format!("{registry}  - {{ name: Neustadt, kind: town }}\n");
        assert_eq!(
            codes(&listed(&nowhere, "county")),
            vec![Code::AmbiguousEntity]
        );
    }
}
