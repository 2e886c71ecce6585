//! The names claims write (subjects and members) resolved to entities: a name the
//! registry does not hold, one it holds for several places and what settles which, and the
//! kind of place a claim counts.

use std::fmt::Display;

use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::hashing::Memo;
use crate::intern::Name;
use crate::load::claims::RawClaim;
use crate::model::{Entities, EntityId, EntityKind, Member, Resolution};

/// Warns about a name that names no entity (with a did-you-mean: CC022) or several (with
/// the candidates and how to pick one: CC024).
pub(super) fn report_unresolved<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
    resolution: Resolution,
    quote: Option<&QuoteNames>,
    diagnostics: &mut Diagnostics,
) {
    match resolution {
        Resolution::Entity(_) => {}
        Resolution::Ambiguous(candidates) => {
            diagnostics.push(ambiguous(entities, name, role, &candidates));
        }
        // A project without a registry has opted out of entity checks; an entity left out
        // for its own errors is reported there, and naming it is no second finding.
        Resolution::Unknown
            if entities.is_empty() || entities.did_not_load(name.value.as_ref()) => {}
        Resolution::Unknown => {
            if let Some(unknown) = registered_but_for_a_joiner(entities, name, role) {
                diagnostics.push(unknown);
                return;
            }
            // A registered name the claim's own quote spells, if one is as near as the
            // nearest of the whole registry: the place the claim is about, where the other
            // may lie elsewhere.
            let written = name.value.as_ref();
            let anywhere = entities.did_you_mean(written);
            let in_quote = quote
                .and_then(|quote| quote.nearest(entities, written))
                .filter(|spelled| {
                    anywhere.is_none_or(|near| {
                        crate::suggest::edit_distance(spelled, written)
                            <= crate::suggest::edit_distance(near, written)
                    })
                });
            let help = match in_quote.as_deref().or(anywhere) {
                Some(near) if in_quote.is_some() => format!(
                    "did you mean `{near}`, which the quote names? If `{}` is a real, different entity, add it to the registry in entities/",
                    name.value
                ),
                Some(near) => format!(
                    "did you mean `{near}`? If `{}` is a real, different entity, add it to the registry in entities/",
                    name.value
                ),
                None => format!(
                    "add `{}` to the registry in entities/, or correct the name",
                    name.value
                ),
            };
            // The name may be in what did not load: the fix comes first.
            let help = if entities.lost_part() {
                format!("fix the errors in entities/ first; if the name is still unknown, {help}")
            } else {
                help
            };
            let mut unknown = Diagnostic::new(
                Code::UnknownEntity,
                format!("the {role} `{}` names no known entity", name.value),
                name.at,
                "not in the entity registry",
            );
            if entities.lost_part() {
                unknown = unknown.with_note(
                    "part of the registry did not load (its errors are reported in entities/): \
                     the name may be in it",
                );
            }
            diagnostics.push(unknown.with_help(help).with_data(&UnknownName {
                name: name.value.as_ref(),
                role,
                uses: 1,
            }));
        }
    }
}

/// The registered names a claim's quote spells, as whole words (by characters in a script
/// without spaces), read the first time a name of the claim names nothing: the names a
/// "did you mean" for that claim looks among first ([`QuoteNames::nearest`]).
pub(super) struct QuoteNames<'q> {
    quote: &'q str,
    /// The quote in the canonical form of the registry's names, made once.
    normalized: std::cell::OnceCell<String>,
    /// By length in characters, the byte ranges of `normalized` that are registered names,
    /// each length read once.
    spelled: std::cell::RefCell<crate::hashing::HashMap<usize, Vec<std::ops::Range<usize>>>>,
}

/// The longest quote looked through for the names it spells, in bytes: a sentence or a few.
/// Past it, a "did you mean" looks in the registry alone.
const LONGEST_QUOTE_READ: usize = 4_096;

impl<'q> QuoteNames<'q> {
    pub(super) fn new(quote: &'q str) -> Self {
        QuoteNames {
            quote,
            normalized: std::cell::OnceCell::new(),
            spelled: std::cell::RefCell::default(),
        }
    }

    /// The registered name nearest to `unknown` among those the quote spells, within a few
    /// edits of it: `镇雄县` for `镇熊县` in "镇雄县、会泽县等2个县", `Phú Yên` for `Phu Yen` in
    /// "tỉnh Phú Yên", where the nearest name of the whole registry may be another place
    /// (`镇原县`, `Phù Yên`). Of names as near, the first the quote spells. `None` when the
    /// quote spells `unknown` itself, which says nothing of how it is misspelt.
    ///
    /// Cost: the quote is normalized once, then read once for each length a name within the
    /// edits allowed may have (a lookup per character, no copy), in a quote of at most
    /// [`LONGEST_QUOTE_READ`] bytes; each name then compares with the few names found.
    fn nearest(&self, entities: &Entities, unknown: &str) -> Option<String> {
        if self.quote.len() > LONGEST_QUOTE_READ {
            return None;
        }
        let length = unknown.chars().count();
        let most_edits = match length {
            0..=1 => return None,
            2..=4 => 1,
            5..=10 => 2,
            _ => 3,
        };
        let text = self
            .normalized
            .get_or_init(|| crate::normalize::normalize(self.quote));
        let unknown = crate::model::name_key(unknown);
        if spells(text, &unknown) {
            return None;
        }
        let mut spelled = self.spelled.borrow_mut();
        let mut nearest: Option<(usize, std::ops::Range<usize>)> = None;
        for chars in length.saturating_sub(most_edits).max(1)..=length + most_edits {
            let found = spelled
                .entry(chars)
                .or_insert_with(|| spelled_names(entities, text, chars));
            for range in found.iter() {
                let edits = crate::suggest::edit_distance(&text[range.clone()], &unknown);
                let nearer = nearest.as_ref().is_none_or(|(best, at)| {
                    edits < *best || (edits == *best && range.start < at.start)
                });
                if (1..=most_edits).contains(&edits) && nearer {
                    nearest = Some((edits, range.clone()));
                }
            }
        }
        nearest.map(|(_, range)| text[range].to_string())
    }
}

/// Whether a word ends or starts at byte `at` of `text` (see
/// [`word_boundary_between`](crate::normalize::word_boundary_between)).
fn word_boundary_at(text: &str, at: usize) -> bool {
    match (text[..at].chars().next_back(), text[at..].chars().next()) {
        (Some(before), Some(after)) => crate::normalize::word_boundary_between(before, after),
        _ => true,
    }
}

/// Whether `text` spells `name` as whole words.
fn spells(text: &str, name: &str) -> bool {
    !name.is_empty()
        && text
            .match_indices(name)
            .any(|(at, _)| word_boundary_at(text, at) && word_boundary_at(text, at + name.len()))
}

/// The registered names and aliases of `chars` characters that the normalized `text` spells
/// as whole words, as byte ranges in the order they start.
fn spelled_names(entities: &Entities, text: &str, chars: usize) -> Vec<std::ops::Range<usize>> {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(at, _)| at)
        .chain([text.len()])
        .collect();
    starts
        .iter()
        .zip(starts.iter().skip(chars))
        .filter(|&(&start, &end)| {
            word_boundary_at(text, start)
                && word_boundary_at(text, end)
                && entities.has_name_key(&text[start..end])
        })
        .map(|(&start, &end)| start..end)
        .collect()
}

/// CC022 for a name that is registered but for a zero-width joiner or non-joiner in it
/// (`Riverton\u{200d}`), which no one sees: the message shows it escaped, and the help says
/// to delete it, where "did you mean `Riverton`?" would show two names alike.
fn registered_but_for_a_joiner<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
) -> Option<Diagnostic> {
    const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];
    let written = name.value.as_ref();
    if !written.contains(JOINERS) {
        return None;
    }
    let plain = written.replace(JOINERS, "");
    if entities.named(&plain).is_empty() {
        return None;
    }
    let shown: String = written
        .chars()
        .map(|c| match JOINERS.contains(&c) {
            true => format!("\\u{{{:x}}}", c as u32),
            false => c.to_string(),
        })
        .collect();
    Some(
        Diagnostic::new(
            Code::UnknownEntity,
            format!("the {role} `{shown}` names no known entity"),
            name.at,
            "an invisible joiner in the name",
        )
        .with_help(format!(
            "delete the invisible joiner: `{plain}` is registered (a zero-width joiner or \
             non-joiner spells words in some scripts, and is no part of this name)"
        ))
        .with_data(&UnknownName {
            name: written,
            role,
            uses: 1,
        }),
    )
}

/// The data of a CC022: the name as written, whether it is a claim's `subject`, a `member`
/// or an entity's `parent`, and how many places write it (one, until
/// [`crate::rules::merge`] gathers every use of one name into one finding).
#[derive(Serialize)]
pub struct UnknownName<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub uses: usize,
}

/// How many candidates an ambiguity lists before summarising the rest.
const LISTED_CANDIDATES: usize = 5;

/// CC024: a name several entities share, which the context does not settle.
pub(super) fn ambiguous<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
    candidates: &[EntityId],
) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        Code::AmbiguousEntity,
        format!(
            "the {role} `{}` could name {} entities",
            name.value,
            candidates.len()
        ),
        name.at,
        "several entities have this name",
    );
    for &candidate in candidates.iter().take(LISTED_CANDIDATES) {
        diagnostic = diagnostic.with_note(format!("it could be {}", entities.describe(candidate)));
    }
    if candidates.len() > LISTED_CANDIDATES {
        diagnostic =
            diagnostic.with_note(format!("and {} more", candidates.len() - LISTED_CANDIDATES));
    }
    if role == "subject" {
        // Two claims about `Portland` may be about two Portlands: comparing them would
        // report a disagreement the articles do not have.
        diagnostic = diagnostic.with_note(
            "until it names one entity, the rules compare this claim with no other by its subject",
        );
    }
    let qualified: Vec<String> = candidates
        .iter()
        .take(LISTED_CANDIDATES)
        .filter_map(|&c| entities.qualified_name(c))
        .map(|q| format!("`{q}`"))
        .collect();
    let mut help = match qualified.as_slice() {
        [] => String::new(),
        [one] => format!("write the place it lies within, as in {one}; "),
        [first @ .., last] => format!(
            "write the place it lies within: {} or {last}; ",
            first.join(", ")
        ),
    };
    if candidates.iter().any(|&c| !entities.has_parent(c)) {
        help.push_str(
            "an entity with no parent can be named by an alias of its own, such as \
             `Georgia (country)` in entities/; ",
        );
    }
    help.push_str(what_settles(role));
    let listed = candidates
        .iter()
        .take(LISTED_CANDIDATES)
        .map(|&candidate| entities.distinct_name(candidate))
        .collect();
    // Past the candidates listed, the rest are told apart by a digest of every candidate
    // (its name and its parent's), so that two contexts that leave different places with
    // the same first few are two choices, not one.
    let digest = (candidates.len() > LISTED_CANDIDATES).then(|| {
        let mut each: Vec<String> = candidates
            .iter()
            .map(|&candidate| {
                let entity = entities.get(candidate);
                let parent = entity
                    .parent_entity
                    .map_or("", |parent| entities.get(parent).name.value.as_str());
                format!("{}\u{1f}{parent}", entity.name.value)
            })
            .collect();
        each.sort_unstable();
        format!("{:016x}", crate::baseline::fnv1a(&each.join("\u{1e}")))
    });
    diagnostic.with_help(help).with_data(&AmbiguousName {
        name: name.value.as_ref(),
        role,
        candidates: candidates.len(),
        listed,
        digest,
        uses: 1,
    })
}

/// The help's last words on a CC024: what else settles a shared name in this `role`
/// (`subject`, `member`, `parent`). [`crate::rules::merge`] adds the words of the other
/// roles when it gathers one name's uses in several.
pub(crate) fn what_settles(role: &str) -> &'static str {
    match role {
        "subject" => "members that lie within one of them also settle which one the subject is",
        "member" => "a subject that contains one of them also settles which one the member is",
        _ => "a parent is read without context, so it needs the qualified name",
    }
}

/// The data of a CC024: the name as written, its role, how many entities it could name and
/// the first [`LISTED_CANDIDATES`] of them (each by the name that picks it out of the
/// registry, as [`Entities::distinct_name`] gives it: a name ten thousand places share is
/// not copied into every use), and how many places write it with those candidates (one,
/// until [`crate::rules::merge`] gathers them).
#[derive(Serialize)]
pub struct AmbiguousName<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub candidates: usize,
    pub listed: Vec<String>,
    /// With more candidates than are listed: a digest of them all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    pub uses: usize,
}

/// A claim's subject and members resolved against the entity registry, with the warnings
/// for names that resolve to nothing.
pub(super) struct Resolved {
    pub(super) subject: Option<EntityId>,
    /// The subject could name several entities, and nothing settles which (CC024).
    pub(super) subject_ambiguous: bool,
    pub(super) members: Option<(Location, Vec<Member>)>,
    pub(super) diagnostics: Diagnostics,
}

/// The lookups of one file's names, remembered: a file's claims name a few subjects and
/// members again and again ("Babeli Province" in every claim of its article), and each
/// lookup in a registry of hundreds of thousands of names costs a normalization and a few
/// cache misses, where a name looked up before costs a hash of its short text. The registry
/// does not change while claims are linked, so a remembered answer is the answer.
pub(super) struct NameLookups<'e> {
    entities: &'e Entities,
    /// Name -> every entity it may denote, out of context ([`Entities::named`]).
    named: Memo<Name, Vec<EntityId>>,
    /// (Name, the one entity of its context) -> what it resolves to there
    /// ([`Entities::resolve_in`]).
    within: Memo<(Name, Option<EntityId>), Resolution>,
}

impl<'e> NameLookups<'e> {
    /// The most entities an answer may hold and be remembered: a name shared by thousands
    /// of places, remembered for each of thousands of subjects, would hold millions.
    const REMEMBERED_IDS: usize = 8;

    pub(super) fn new(entities: &'e Entities) -> NameLookups<'e> {
        NameLookups {
            entities,
            named: Memo::new(),
            within: Memo::new(),
        }
    }

    fn named(&mut self, name: &Name) -> Vec<EntityId> {
        if let Some(ids) = self.named.get(name) {
            return ids.clone();
        }
        let ids = self.entities.named(name);
        if ids.len() <= Self::REMEMBERED_IDS {
            self.named.remember(Name::clone(name), ids.clone());
        }
        ids
    }

    fn resolve_in(&mut self, name: &Name, context: &[EntityId]) -> Resolution {
        let key = match context {
            [] => (Name::clone(name), None),
            [only] => (Name::clone(name), Some(*only)),
            // Several candidate subjects: rare, and not worth a key of its own.
            _ => return self.entities.resolve_in(name, context),
        };
        if let Some(resolution) = self.within.get(&key) {
            return resolution.clone();
        }
        let resolution = self.entities.resolve_in(name, context);
        let small = match &resolution {
            Resolution::Ambiguous(ids) => ids.len() <= Self::REMEMBERED_IDS,
            Resolution::Entity(_) | Resolution::Unknown => true,
        };
        if small {
            self.within.remember(key, resolution.clone());
        }
        resolution
    }
}

/// The kinds of place a claim's `unit:` counts, in the singular or the plural
/// (`town`, `towns`), as the unit check reads it.
fn kinds_counted(unit: &str) -> Option<&'static [EntityKind]> {
    // Each counting unit in the singular and the plural, made once per run: this is asked
    // for every claim.
    static FORMS: std::sync::OnceLock<Vec<(String, &'static [EntityKind])>> =
        std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        EntityKind::COUNTING_UNITS
            .iter()
            .filter_map(|&counting| Some((counting, EntityKind::counted_by_unit(counting)?)))
            .flat_map(|(counting, kinds)| {
                [
                    (counting.to_string(), kinds),
                    (crate::words::plural(counting), kinds),
                ]
            })
            .collect()
    });
    // Lowercase as the unit check reads units (`Autonomous-Region`), copied only when
    // it has a capital.
    let unit: std::borrow::Cow<str> = if unit.chars().any(char::is_uppercase) {
        unit.to_lowercase().into()
    } else {
        unit.into()
    };
    let unit = unit.as_ref();
    EntityKind::counted_by_unit(unit).or_else(|| {
        forms
            .iter()
            .find(|(form, _)| form.eq_ignore_ascii_case(unit))
            .map(|&(_, kinds)| kinds)
    })
}

/// The one kind of place every member of `resolved` that names one place is of, when at
/// least one does and they agree.
fn kind_of_every_resolved(
    entities: &Entities,
    resolved: &[(Located<Name>, Resolution)],
) -> Option<EntityKind> {
    let mut kinds = resolved
        .iter()
        .filter_map(|(_, resolution)| match resolution {
            Resolution::Entity(id) => Some(entities.get(*id).kind.value),
            _ => None,
        });
    let first = kinds.next()?;
    kinds.all(|kind| kind == first).then_some(first)
}

/// What a member's name resolves to among the places of the `kinds` the claim counts, when
/// the context settled it on a place of another kind or not at all: the homonyms of a
/// counted kind, chosen among by the context as any name is ([`Entities::choose`]). Where
/// no homonym lies within the context, the kind alone narrows them: the town Narok, not
/// the county of that name beside the subject, is what "2 towns of Nakuru: Naivasha and
/// Narok" lists, and the checks then say where it lies. `None` when the kinds tell nothing
/// (no homonym of a counted kind, or no other).
fn of_counted_kind(
    lookups: &mut NameLookups,
    name: &Name,
    context: &[EntityId],
    kinds: &[EntityKind],
) -> Option<Resolution> {
    let entities = lookups.entities;
    // A qualified name (`Nysa (Nysa County)`) picks the nearest place of its name within
    // the qualifier; the kind counted picks among all of them there, as it does for the
    // name alone, so that both spellings of one member name one place.
    let (named, qualified_within) = match entities.unqualified(name) {
        Some(base) => {
            let qualifier = name[base.len()..]
                .trim()
                .strip_prefix('(')?
                .strip_suffix(')')?
                .trim();
            let places = lookups.named(&Name::from(qualifier));
            let within: Vec<EntityId> = lookups
                .named(&Name::from(base))
                .into_iter()
                .filter(|&id| places.iter().any(|&place| entities.is_within(id, place)))
                .collect();
            (within, Some(places))
        }
        None => (lookups.named(name), None),
    };
    let context = qualified_within.as_deref().unwrap_or(context);
    if named.len() < 2 || named.len() > crate::model::resolve::COMPARED_HOMONYMS {
        return None;
    }
    let (counted, other): (Vec<EntityId>, Vec<EntityId>) = named
        .into_iter()
        .partition(|&id| kinds.contains(&entities.get(id).kind.value));
    if counted.is_empty() || other.is_empty() {
        return None;
    }
    let within_context = |id: EntityId| context.iter().any(|&place| entities.is_within(id, place));
    if !context.is_empty() && !counted.iter().chain(&other).any(|&id| within_context(id)) {
        return Some(entities.choose(counted, context));
    }
    // Those the context may mean: within it, around it or it (all, without a context).
    let related: Vec<EntityId> = counted
        .into_iter()
        .filter(|&id| {
            context.is_empty()
                || context.iter().any(|&place| {
                    id == place || entities.is_within(id, place) || entities.is_within(place, id)
                })
        })
        .collect();
    if related.is_empty() {
        return None;
    }
    Some(entities.choose(related, context))
}

impl Resolved {
    /// Resolves `raw`'s names, taking its member list. The subject and the members are each
    /// other's context: of several places named like the subject, the one its members lie
    /// within; of several named like a member, the one within the subject.
    pub(super) fn new(lookups: &mut NameLookups, raw: &mut RawClaim) -> Resolved {
        let entities = lookups.entities;
        let mut diagnostics = Diagnostics::default();
        let names = raw.members.take().map(|list| *list);
        let quote_names = QuoteNames::new(&raw.quote.value);
        let mut subject_candidates = lookups.named(&raw.subject.value);
        if subject_candidates.len() > 1
            && let Some((_, names)) = &names
        {
            // Each member's own candidates: the subject is the place that holds every
            // member, not one that holds any of their homonyms. A name that names nothing
            // is left out, so that it settles nothing and blocks nothing.
            let members: Vec<Vec<EntityId>> = names
                .iter()
                .map(|name| lookups.named(&name.value))
                .filter(|candidates| !candidates.is_empty())
                .collect();
            if let Resolution::Entity(id) =
                entities.choose_around(subject_candidates.clone(), &members)
            {
                subject_candidates = vec![id];
            }
        }
        let mut subject_ambiguous = false;
        let subject = match entities.choose(subject_candidates.clone(), &[]) {
            Resolution::Entity(id) => Some(id),
            resolution => {
                subject_ambiguous = matches!(resolution, Resolution::Ambiguous(_));
                report_unresolved(
                    entities,
                    &raw.subject,
                    "subject",
                    resolution,
                    Some(&quote_names),
                    &mut diagnostics,
                );
                None
            }
        };
        // An ambiguous subject still narrows its members to what lies within one of its
        // candidates.
        let context = subject.map_or(subject_candidates, |id| vec![id]);
        // The kinds of place the claim counts: of homonyms within the subject, the one of a
        // kind the unit counts (the town of Ararat in "2 towns: Ararat and Masis", not the
        // province it lies in).
        let counted = raw
            .unit
            .as_ref()
            .and_then(|unit| kinds_counted(&unit.value));
        let members = names.map(|(at, names)| {
            // A name listed twice is reported once: the repetition is CC102's finding.
            let mut reported: crate::hashing::HashSet<crate::intern::Name> =
                crate::hashing::HashSet::default();
            let mut resolved: Vec<(Located<Name>, Resolution)> = names
                .into_iter()
                .map(|name| {
                    let resolution = lookups.resolve_in(&name.value, &context);
                    // Already one place of a kind the claim counts, or a name of no
                    // place: settled. Several places the context leaves are narrowed by
                    // the kind, as one of another kind is (the province Rizal of "2
                    // provinces: Rizal and Cavite" under a region, not the town).
                    let settled = |resolution: &Resolution| match (resolution, counted) {
                        (Resolution::Entity(id), Some(kinds)) => {
                            kinds.contains(&entities.get(*id).kind.value)
                        }
                        (Resolution::Ambiguous(_), Some(_)) => false,
                        _ => true,
                    };
                    let resolution = match counted {
                        Some(kinds) if !settled(&resolution) => {
                            of_counted_kind(lookups, &name.value, &context, kinds)
                                .unwrap_or(resolution)
                        }
                        _ => resolution,
                    };
                    (name, resolution)
                })
                .collect();
            // A name several places share that the unit leaves: the kind every member that
            // resolves is of narrows it, as a unit's would (the town Narok beside the towns
            // Mai Mahiu and Naivasha, not the county). So where the unit names no kind of
            // place, and where it names several that the homonyms are all of (`gmina`, any
            // place with a council, leaves both the municipality and the town of Nysa):
            // then only to a kind the unit counts, so that the neighbours never pick a place
            // the unit says is not counted (under `unit: village`, the towns beside Nysa
            // leave it ambiguous, as neither Nysa is a village).
            if let Some(kind) = kind_of_every_resolved(entities, &resolved)
                && counted.is_none_or(|kinds| kinds.contains(&kind))
            {
                for (name, resolution) in &mut resolved {
                    if let Resolution::Ambiguous(_) = resolution
                        && let Some(narrowed) = of_counted_kind(
                            lookups,
                            &name.value,
                            &context,
                            std::slice::from_ref(&kind),
                        )
                    {
                        *resolution = narrowed;
                    }
                }
            }
            let members = resolved
                .into_iter()
                .map(|(name, resolution)| {
                    let entity = match resolution {
                        Resolution::Entity(id) => Some(id),
                        resolution => {
                            if reported.insert(crate::intern::Name::clone(&name.value)) {
                                report_unresolved(
                                    entities,
                                    &name,
                                    "member",
                                    resolution,
                                    Some(&quote_names),
                                    &mut diagnostics,
                                );
                            }
                            None
                        }
                    };
                    Member { entity, name }
                })
                .collect();
            (at, members)
        });
        // Every name that resolves to nothing is a finding about this claim.
        let diagnostics = if diagnostics.is_empty() {
            diagnostics
        } else {
            let mut about = Diagnostics::default();
            about.extend(
                diagnostics
                    .into_vec()
                    .into_iter()
                    .map(|diagnostic| diagnostic.about_claim(&raw.id.value)),
            );
            about
        };
        Resolved {
            subject,
            subject_ambiguous,
            members,
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Outcome;
    use crate::codes::Code;
    use crate::model::EntityKind::{self, City, Municipality, Town};
    use crate::testing::{check_files, codes};

    /// A registry in which `Nysa` names a municipality and the town within it, beside two
    /// other towns.
    const NYSA: &str = "entities:\n  - { name: Polska, kind: country }\n  - { name: powiat nyski, kind: county, parent: Polska }\n  - { name: powiat kłodzki, kind: county, parent: Polska }\n  - { name: Nysa, kind: municipality, parent: powiat nyski }\n  - { name: Nysa, kind: town, parent: Nysa (powiat nyski) }\n  - { name: Kłodzko, kind: town, parent: powiat kłodzki }\n  - { name: Głuchołazy, kind: town, parent: powiat nyski }\n";

    /// The kind of place each member of claim `id` resolved to, `None` for one unresolved.
    fn member_kinds(outcome: &Outcome, id: &str) -> Vec<Option<EntityKind>> {
        let claim = outcome
            .project
            .claims
            .iter()
            .find(|c| c.id.value == id)
            .expect("the claim");
        claim
            .members()
            .iter()
            .map(|m| m.entity.map(|e| outcome.project.entities.get(e).kind.value))
            .collect()
    }

    /// A claim `c` about `subject` listing `members`, under `unit` (none if empty), checked
    /// with the `registry`.
    fn listing(registry: &str, subject: &str, unit: &str, members: &str) -> Outcome {
        let unit = match unit {
            "" => String::new(),
            unit => format!(", unit: {unit}"),
        };
        let claims = format!(
            "source: article\nclaims:\n  - {{ id: c, quote: x, subject: {subject}, metric: m{unit}, members: [{members}] }}\n"
        );
        check_files(&[("entities/more.yaml", registry), ("claims/c.yaml", &claims)])
    }

    fn with_unit(unit: &str) -> Outcome {
        listing(NYSA, "Polska", unit, "Kłodzko, Nysa, Głuchołazy")
    }

    #[test]
    fn a_unit_counting_every_kind_of_a_shared_name_leaves_it_to_the_kind_of_the_other_members() {
        // `gmina` counts municipalities and towns alike, so it cannot tell the two Nysas
        // apart; the towns beside Nysa do, as they do with no unit at all.
        for unit in ["gmina", "gminy", "", "place"] {
            let outcome = with_unit(unit);
            assert_eq!(
                member_kinds(&outcome, "c"),
                [Some(Town), Some(Town), Some(Town)],
                "unit `{unit}`"
            );
            assert!(codes(&outcome).is_empty(), "{:#?}", outcome.diagnostics);
        }
    }

    /// A registry in which `Шабац` names a municipality directly within the country and the
    /// city within it (known by its locative `Шапцу` too), beside two other cities.
    const SABAC: &str = "entities:\n  - { name: Србија, kind: country }\n  - { name: Шабац, kind: municipality, parent: Србија }\n  - { name: Шабац, kind: city, parent: Шабац (Србија), aliases: [Шапцу] }\n  - { name: Ваљево, kind: city, parent: Србија }\n  - { name: Ужице, kind: city, parent: Србија }\n";

    #[test]
    fn a_city_within_the_municipality_of_its_name_is_settled_as_any_homonym_within_the_subject() {
        // The municipality lies directly within the subject and the city within it: neither
        // is the member before the unit or the cities beside it say which.
        let with = |unit: &str, members: &str| listing(SABAC, "Србија", unit, members);
        // `city` and `gmina` count both kinds, and no unit counts none: the cities beside it
        // pick the city.
        for unit in ["city", "cities", "gmina", ""] {
            let outcome = with(unit, "Ваљево, Шабац, Ужице");
            assert_eq!(
                member_kinds(&outcome, "c"),
                [Some(City), Some(City), Some(City)],
                "unit `{unit}`"
            );
            assert!(codes(&outcome).is_empty(), "{:#?}", outcome.diagnostics);
        }
        // A unit that counts one of them picks it.
        assert_eq!(
            member_kinds(&with("municipality", "Ваљево, Шабац, Ужице"), "c"),
            [Some(City), Some(Municipality), Some(City)]
        );
        // Nothing to settle it: ambiguous, never the municipality picked unseen.
        for (unit, members) in [
            ("", "Шабац"),
            ("city", "Шабац"),
            ("village", "Ваљево, Шабац"),
        ] {
            let outcome = with(unit, members);
            assert_eq!(
                member_kinds(&outcome, "c").last(),
                Some(&None),
                "unit `{unit}`"
            );
            assert_eq!(
                codes(&outcome),
                [Code::AmbiguousEntity],
                "unit `{unit}`: {:#?}",
                outcome.diagnostics
            );
        }
    }

    #[test]
    fn the_unit_still_picks_the_kind_it_counts_whatever_the_other_members_are() {
        let outcome = with_unit("municipality");
        assert_eq!(
            member_kinds(&outcome, "c"),
            [Some(Town), Some(Municipality), Some(Town)]
        );
    }

    #[test]
    fn the_other_members_never_pick_a_place_of_a_kind_the_unit_does_not_count() {
        // Neither Nysa is a village: the towns beside it must not make it the town, which
        // the unit does not count; the name stays for the user to settle.
        let outcome = with_unit("village");
        assert_eq!(member_kinds(&outcome, "c")[1], None);
        assert_eq!(
            codes(&outcome),
            [Code::AmbiguousEntity],
            "{:#?}",
            outcome.diagnostics
        );
    }
}
