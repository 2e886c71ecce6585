//! CC204 `member-left-out`: a place the quote names among the members it lists, but that
//! `members:` leaves out.
//!
//! The quote's *listed run* is the run of names it joins with commas, `and` or `or` (or
//! their words in other languages written with capitals: `et`, `und`, `y`, `och`,
//! `i`, `ve`, `и`, `και`, `và`, `dan`, `na`, `և`... see [`is_joiner`]; the Tagalog `at` only
//! between names the claim knows)
//! ("Hebei, Shanxi, Inner Mongolia, ..., Yunnan, and Xinjiang") that contains at least one
//! listed member. A name is a run of capitalised words ("Inner Mongolia", "Du'an"), with a
//! number after it where a registered place or a member is named so ("District 5"), so the
//! run stops at lowercase words: "including", "etc.", "and other 9 counties". A registered
//! name or a member's name that itself holds a joiner ("Castile and Leon", "Trinidad and
//! Tobago") is one name of the run, not two: the longest such name is read. Every name
//! of the run that resolves to a registered place of a kind the unit counts (when the unit counts no kind of
//! place: of the kind of a member, or a city, town or village within the place a member
//! of those kinds lies in, or any place if no member is registered), and that is not a member, is reported. A
//! run that shares its kind ("Washington, Multnomah and Clackamas counties", "three
//! counties: Washington and Clackamas") names each place by its name and that kind
//! (`Clackamas County`) where the registry holds it so ([`shared_kind`]). Names
//! outside the run (the subject, a parent in "Zhenxiong County, Yunnan Province" before
//! the list) are not members; nor is the subject or a place containing it.
//!
//! The place a sentence or a clause opens in is where the list is, not one of it: "Dans la
//! Drôme, Valence, Montélimar et Romans-sur-Isère" lists three cities ([`opens_as_setting`]),
//! unless the names after it are of its own level ("Dans la Drôme, Isère et Savoie"). A name
//! written with its article joined to a preposition ("du Port") is read as the registered name
//! with its article (`Le Port`, see [`super::contraction`]). When no member resolves to a
//! place, the kinds a member's name may be stand for the members' kind: a `Valence` that is a
//! city or a town lists no department.
//!
//! When the quote holds two lists that share members ("Kent, Surrey and Essex reported
//! cases; Kent and Surrey closed schools"), a run is not judged if another run lists all its
//! members and leaves none out: that run is the list the claim encodes.
//!
//! Names are told by their capitals; in a script without case (Devanagari, Arabic, Chinese)
//! by the registry, which must hold them, as [`super::uncased_list`] reads those runs. The
//! other conjunctions and prepositions written onto a name (the Arabic `ب`, `ل`...) are read
//! by CC203, which finds `نصر النوبة` in `إدفو ونصر النوبة`
//! ([`without_proclitics`](crate::proclitics::without_proclitics)).
//!
//! A name that stands inside a longer registered name that the runs do not join, around a
//! lowercase word other than a joiner, is read as that name, as CC203 reads a member
//! ([`Entities::names_around`](crate::model::Entities::names_around)): in "Leeds, Newcastle
//! upon Tyne and York" the runs read `Newcastle` and `Tyne`, which are the one city
//! `Newcastle upon Tyne` when the registry holds it, not a `Newcastle` registered in
//! Australia left out of `[Leeds, Newcastle upon Tyne, York]`. A longer name that is not a
//! member is reported as the name left out. Names joined within a run are merged first
//! (`joined_names`), by the members' names too, which the registry may not hold.
//!
//! Uses the entity registry's names and aliases, each resolved within the claim's subject as
//! a member is: a name that places elsewhere share (a `Forest Park` in two Springfields) is
//! the one within the subject, when the subject settles it ([`Resolver::resolve_within`]);
//! of several within it (a municipality and the city of its name within it), the one the
//! list counts, or of those the one of the members' kind ([`listed_homonym`]). A place named
//! by an alias is named by the name to write in `members:` too ([`member_name`]), and the
//! places a member the context leaves ambiguous may be are that member.
//! A member written qualified (`Forest Park (Springfield)`) is listed by the name it
//! qualifies, which is how the quote writes it.
//!
//! Cost: O(quote length) per claim to find its names, and one hash lookup per name; a
//! name with characters beside it that registered names hold is checked for a longer name
//! around it, a bounded number of lookups more ([`crate::model::AROUND_LOOKUPS`]).

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use super::normalize::Normalized;
use super::numbers::Language;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::hashing::HashMap;
use crate::model::{Claim, Entities, EntityId, EntityKind, Resolution, Resolver};

/// A place a run lists that is not a member.
#[derive(Clone)]
pub(super) struct LeftOut {
    pub entity: EntityId,
    /// Where the quote names it: a byte range of the quote as written.
    pub at: Range<usize>,
    pub kind: EntityKind,
    /// Its name as `members:` would list it, where the quote writes its article contracted
    /// with a preposition ("du Tampon" for `Le Tampon`, see [`super::contraction`]) or the
    /// kind its run shares apart ("Clackamas" of "... and Clackamas counties" for
    /// `Clackamas County`); `None` where the quote's words are the name.
    pub registered: Option<String>,
    /// The name that picks the place, where the quote names it by an alias ("Iissä", the
    /// Finnish inessive, for `Ii`; `Шабац (Шабац)` for "Шапцу", see [`member_name`]): the
    /// message names both.
    pub known_as: Option<String>,
}

impl LeftOut {
    /// The place's name as `members:` would list it: the quote's words at `at`, or its
    /// registered name where the quote contracts its article.
    pub(super) fn name<'q>(&'q self, quote: &'q str) -> &'q str {
        self.registered
            .as_deref()
            .unwrap_or(&quote[self.at.clone()])
    }
}

/// The places the quote lists among the members but `members:` leaves out, in the order
/// the quote names them. `normalized` is the claim's quote, normalized.
pub(super) fn left_out(
    claim: &Claim,
    normalized: &str,
    names: &mut Resolver,
    language: Language,
) -> Vec<LeftOut> {
    if claim.members_at().is_none() {
        return Vec::new();
    }
    let entities = names.entities();
    // Names are resolved as the claim's members are, within its subject: a name that
    // places elsewhere share is the one within the subject.
    let subject = claim.subject_entity;
    let quote = &*claim.quote.value;
    let spelling = Spelling::new(quote, normalized);
    let counted = claim
        .unit
        .as_ref()
        .and_then(|unit| EntityKind::counted_by_unit(&unit.value));
    // The first member written as each name, and the first of each entity: looked up for
    // every name of the runs, which list as many names as a claim has members (a search of
    // the members per name was members squared).
    let mut first_written: HashMap<&str, usize> = HashMap::default();
    let mut first_of_entity: HashMap<EntityId, usize> = HashMap::default();
    for (index, member) in claim.members().iter().enumerate() {
        first_written.entry(&member.name.value).or_insert(index);
        // A member written qualified (`Forest Park (Springfield)`) is written in the quote
        // without its qualifier.
        if let Some(base) = entities.unqualified(&member.name.value) {
            first_written.entry(base).or_insert(index);
        }
        match member.entity {
            Some(entity) => {
                first_of_entity.entry(entity).or_insert(index);
                // A member that names, by an alias of its own, a place outside the subject
                // (`Kirov`, the Киров of Кировская область, in a list of Калужская
                // область's towns) is listed where the quote writes that place's name, as a
                // member written qualified is: CC104 tells it names the other place of the
                // name, and the fix is to replace it, not to add a third name.
                if subject.is_some_and(|subject| lies_elsewhere(entities, entity, subject)) {
                    first_written
                        .entry(&entities.get(entity).name.value)
                        .or_insert(index);
                }
            }
            // A member its context leaves to several places (CC024) is whichever of them the
            // quote names: one named by an alias of its own (`Шапцу`, the locative of the city
            // `Шабац`, beside the municipality of that name) is that member, not a place left
            // out of it.
            None => {
                let candidates = entities.named(&member.name.value);
                if candidates.len() <= crate::model::resolve::COMPARED_HOMONYMS {
                    for candidate in candidates {
                        first_of_entity.entry(candidate).or_insert(index);
                    }
                }
            }
        }
    }
    // The first member written `text` or that is `entity`.
    let member_index = |text: &str, entity: Option<EntityId>| {
        let written = first_written.get(text).copied();
        let of_entity = entity.and_then(|entity| first_of_entity.get(&entity).copied());
        written.into_iter().chain(of_entity).min()
    };
    // The kinds of the members' entities, each once; where no member resolves to one, the
    // kinds of the places they may be (a name two places share): the list is of one of
    // them, not of any kind of place.
    let mut member_kinds: Vec<EntityKind> = Vec::new();
    let mut add_kind = |entity: EntityId| {
        let kind = entities.get(entity).kind.value;
        if !member_kinds.contains(&kind) {
            member_kinds.push(kind);
        }
    };
    let resolved: Vec<EntityId> = claim
        .members()
        .iter()
        .filter_map(|member| member.entity)
        .collect();
    // The places the members lie directly within: a city, town or village listed beside
    // them that lies there too is of their level whatever its kind of settlement (a `city`
    // among the `town`s of one department, as registries mix them); not a city beside
    // counties of one province.
    let mut member_parents: Vec<EntityId> = resolved
        .iter()
        .filter_map(|&member| entities.get(member).parent_entity)
        .collect();
    member_parents.sort_unstable();
    member_parents.dedup();
    if resolved.is_empty() {
        for member in claim.members() {
            entities
                .named(&member.name.value)
                .into_iter()
                .for_each(&mut add_kind);
        }
    } else {
        resolved.into_iter().for_each(&mut add_kind);
    }
    // Whether a place of `kind` is one of the list's: of a kind the unit counts; with a unit
    // that counts no kind of place ("département", "project"), of the members' kind, and a
    // name of another ("the 2 departments of Toulouse and Montpellier, Haute-Garonne and
    // Hérault") is not one of them.
    let counts = |entity: EntityId| {
        let kind = entities.get(entity).kind.value;
        match counted {
            Some(kinds) => kinds.contains(&kind),
            None if member_kinds.is_empty() => kind.is_place(),
            None => {
                member_kinds.iter().any(|member| member.same_level(kind))
                    || (is_settlement(kind)
                        && member_kinds.iter().copied().any(is_settlement)
                        && entities
                            .get(entity)
                            .parent_entity
                            .is_some_and(|parent| member_parents.binary_search(&parent).is_ok()))
            }
        }
    };
    // Each run: the members it names, and the places it lists that are not members.
    let mut lists: Vec<(BTreeSet<usize>, Vec<LeftOut>)> = Vec::new();
    // The longer name the last name of a run was read as: the names of a run inside it
    // ("Bosnia", "Herzegovina") are that one name.
    let mut previous: Option<Range<usize>> = None;
    // Lists of names told by their capitals, and those of scripts without capitals, told
    // by the registry.
    let listed_runs = runs(quote, language, |text: &str| {
        member_index(text, None).is_some() || names.resolve_within(text, subject).is_some()
    });
    let uncased = super::uncased_list::runs(spelling.text(), entities)
        .into_iter()
        .map(|run| {
            run.into_iter()
                .map(|name| spelling.original(name))
                .collect()
        });
    for run in listed_runs.into_iter().chain(uncased) {
        let mut listed = BTreeSet::new();
        let mut left = Vec::new();
        // "Dans la Drôme, Valence, Montélimar et ...": the place the sentence opens in is
        // where the list is, not one of it.
        let run = match run.split_first() {
            Some((first, rest))
                if !rest.is_empty()
                    && opens_as_setting(quote, first, &rest[0])
                    && !same_level(
                        names,
                        subject,
                        &quote[first.clone()],
                        &quote[rest[0].clone()],
                    ) =>
            {
                rest.to_vec()
            }
            _ => run,
        };
        let mut is_a_name = |text: &str| {
            member_index(text, None).is_some() || names.resolve_within(text, subject).is_some()
        };
        let run = without_unknown_numbers(quote, run, &mut is_a_name);
        let run = joined_names(quote, &run, is_a_name);
        let shared = shared_kind(quote, &run, language);
        for name in run {
            // "Washington, Multnomah and Clackamas counties": each name with the kind the
            // run shares, where the registry holds it so (`Clackamas County`).
            let with_kind = shared.as_ref().and_then(|kind| {
                let full = kind.onto(&quote[name.clone()]);
                let entity = names.resolve_within(&full, subject)?;
                Some((full, entity))
            });
            let (name, entity) = match spelling.name_around(entities, &name) {
                _ if with_kind.is_some() => (name, with_kind.as_ref().map(|(_, entity)| *entity)),
                Some((_, around)) if previous.as_ref() == Some(&around) => continue,
                Some((ids, around)) => {
                    previous = Some(around.clone());
                    // Of several places of that name, the member's, if one is.
                    let member = ids
                        .iter()
                        .copied()
                        .find(|id| first_of_entity.contains_key(id));
                    match (ids, member) {
                        (_, Some(member)) => (around, Some(member)),
                        ([only], None) => (around, Some(*only)),
                        // Else the one within the subject, if the subject settles it.
                        (several, None) => match subject
                            .map(|subject| entities.choose(several.to_vec(), &[subject]))
                        {
                            Some(Resolution::Entity(id)) => (around, Some(id)),
                            _ => continue,
                        },
                    }
                }
                None => {
                    let text = &quote[name.clone()];
                    let entity = names
                        .resolve_within(text, subject)
                        .or_else(|| listed_homonym(entities, subject, text, counts, &member_kinds));
                    (name, entity)
                }
            };
            let text = &quote[name.clone()];
            // "Clackamas" of a run of counties is `Clackamas County`, which a member written
            // qualified (`Washington County (Oregon)`) may name as well: a member of that
            // name is listed, whichever place it is (CC104 tells a wrong one).
            let with_kind_name = with_kind.map(|(full, _)| full);
            let member = member_index(text, entity).or_else(|| {
                with_kind_name
                    .as_deref()
                    .and_then(|full| member_index(full, entity))
            });
            if let Some(index) = member {
                listed.insert(index);
                continue;
            }
            // "du Tampon", "Au Port": the name with its article contracted, which is the
            // registered name with the article (`Le Tampon`, `Le Port`).
            let mut registered = with_kind_name;
            let entity = match entity {
                Some(entity) => entity,
                None => {
                    let mut place = None;
                    let mut member = None;
                    for full in super::contraction::expanded(&quote[..name.start], text) {
                        let entity = names.resolve_within(&full, subject);
                        member = member_index(&full, entity);
                        if member.is_some() {
                            break;
                        }
                        if place.is_none() {
                            place = entity.map(|entity| (entity, full));
                        }
                    }
                    if let Some(index) = member {
                        listed.insert(index);
                        continue;
                    }
                    let Some((place, full)) = place else {
                        continue;
                    };
                    registered = Some(full);
                    place
                }
            };
            let kind = entities.get(entity).kind.value;
            let contains_subject = claim
                .subject_entity
                .is_some_and(|subject| subject == entity || entities.is_within(subject, entity));
            if counts(entity) && !contains_subject {
                // A place the quote names by an alias (an inflected form, "Iissä" for `Ii`) is
                // told by a name that picks it too.
                let by_alias = registered.is_none()
                    && crate::model::name_key(text)
                        != crate::model::name_key(&entities.get(entity).name.value);
                left.push(LeftOut {
                    entity,
                    at: name,
                    kind,
                    registered,
                    known_as: by_alias.then(|| member_name(entities, entity)),
                });
            }
        }
        if !listed.is_empty() {
            lists.push((listed, left));
        }
    }
    let mut out = Vec::new();
    // A place the quote names twice ("Kent, Surrey, Sussex, Kent and Sussex"), in one run or
    // two, is one place left out: told once, where the quote first names it.
    let mut told: crate::hashing::HashSet<EntityId> = crate::hashing::HashSet::default();
    for (listed, left) in &lists {
        // A quote with two lists ("Kent, Surrey and Essex reported cases; Kent and Surrey
        // closed schools"): a run whose members another run lists, complete, is not the list
        // the claim encodes.
        let elsewhere = lists
            .iter()
            .any(|(other, other_left)| other_left.is_empty() && other.is_superset(listed));
        if !elsewhere {
            out.extend(
                left.iter()
                    .filter(|place| told.insert(place.entity))
                    .cloned(),
            );
        }
    }
    out
}

/// Whether the registry says `place` lies outside `subject`: it is a place with a
/// `parent:`, neither the subject nor within it.
fn lies_elsewhere(entities: &Entities, place: EntityId, subject: EntityId) -> bool {
    let entity = entities.get(place);
    entity.kind.value.is_place()
        && entity.parent_entity.is_some()
        && place != subject
        && !entities.is_within(place, subject)
}

/// The place a name of the quote lists where several places share the name and the subject
/// holds more than one of them (the municipality `Шабац` and the city `Шабац` within it,
/// under `Србија`): the one of those within the subject that the list `counts`, and of
/// several it counts, the one of the members' kind (the city, beside the cities Ваљево and
/// Ужице), as the members settle a member of that name. `None` when that leaves several or
/// none: whichever place it is, a name not told apart is not reported as one of them.
fn listed_homonym(
    entities: &Entities,
    subject: Option<EntityId>,
    name: &str,
    counts: impl Fn(EntityId) -> bool,
    member_kinds: &[EntityKind],
) -> Option<EntityId> {
    let subject = subject?;
    let named = entities.named(name);
    if named.len() < 2 || named.len() > crate::model::resolve::COMPARED_HOMONYMS {
        return None;
    }
    let listed: Vec<EntityId> = named
        .into_iter()
        .filter(|&id| entities.is_within(id, subject) && counts(id))
        .collect();
    let only = |ids: &[EntityId]| match ids {
        [only] => Some(*only),
        _ => None,
    };
    only(&listed).or_else(|| {
        let of_members: Vec<EntityId> = listed
            .into_iter()
            .filter(|&id| member_kinds.contains(&entities.get(id).kind.value))
            .collect();
        only(&of_members)
    })
}

/// The name to write in `members:` for a place the quote names by an alias: its registered
/// name (`Ii` for "Iissä"), or, where other places bear that name, its qualified name, which
/// picks it out of them all (`Шабац (Шабац)`, the city within the municipality, for
/// "Шапцу"), as CC024 offers it; else the name [`Entities::distinct_name`] gives. Never the
/// alias the quote writes: the help would offer the same name twice, and not the name to
/// write.
fn member_name(entities: &Entities, entity: EntityId) -> String {
    let name = &entities.get(entity).name.value;
    match entities.named_directly(name).as_deref() {
        Some(&[only]) if only == entity => name.clone(),
        _ => entities
            .qualified_name(entity)
            .unwrap_or_else(|| entities.distinct_name(entity)),
    }
}

/// What CC204 says of `place`, as the quote writes it (and the name that picks it, where
/// the quote writes an alias), left out of claim `claim`'s members.
pub(super) fn message(claim: &str, place: &str, known_as: Option<&str>) -> String {
    let known_as = known_as.map_or(String::new(), |name| format!(" (`{name}`)"));
    format!(
        "the quote of `{claim}` lists `{place}`{known_as} with its members, but `members:` \
         leaves it out"
    )
}

/// The CC204 diagnostic for a place the quote lists that `members:` leaves out; `None` for
/// a claim without `members:`.
pub(super) fn finding(
    claim: &Claim,
    place: &LeftOut,
    passage: Option<&Location>,
) -> Option<Diagnostic> {
    let members_at = claim.members_at()?;
    let text = place.name(&claim.quote.value);
    let kind = place.kind;
    let mut diagnostic = Diagnostic::new(
        Code::MemberLeftOut,
        message(&claim.id.value, text, place.known_as.as_deref()),
        claim.quote.inner(&place.at),
        format!("listed here: {}", kind.with_article()),
    )
    .with_label(members_at, format!("`{text}` is not among these"));
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let data = MemberLeftOut {
        place: text,
        kind: kind.as_str(),
        known_as: place.known_as.as_deref(),
    };
    Some(
        diagnostic
            .about_claim(&claim.id.value)
            .with_data(&data)
            .with_help(format!(
                "add `{text}`{} to `members:`; if the article lists it by mistake, keep it \
                 listed and let the other checks find the discrepancy",
                place
                    .known_as
                    .as_ref()
                    .map_or(String::new(), |name| format!(" (or `{name}`)"))
            )),
    )
}

/// The quote as the name index compares names, and the way between its ranges and the
/// quote's: the quote itself when normalizing leaves it as it is (most quotes), else its
/// normal form with the map back.
enum Spelling<'q> {
    Same(&'q str),
    Normalized(Normalized),
}

impl<'q> Spelling<'q> {
    fn new(quote: &'q str, normalized: &str) -> Spelling<'q> {
        if quote == normalized {
            Spelling::Same(quote)
        } else {
            Spelling::Normalized(Normalized::new(quote))
        }
    }

    /// The quote's normal form, whose ranges [`Spelling::original`] maps back (not the
    /// trimmed `normalized` the caller holds, which a quote opening on a space is not).
    fn text(&self) -> &str {
        match self {
            Spelling::Same(quote) => quote,
            Spelling::Normalized(normal) => &normal.text,
        }
    }

    /// The range of the quote that `range`, a range of its normal form, spells.
    fn original(&self, range: Range<usize>) -> Range<usize> {
        match self {
            Spelling::Same(_) => range,
            Spelling::Normalized(normal) => normal.original_span(range),
        }
    }

    /// The widest registered name the quote spells around the name at `range` (a range of
    /// the quote), longer than it: its entities, and its range in the quote.
    fn name_around<'e>(
        &self,
        entities: &'e Entities,
        range: &Range<usize>,
    ) -> Option<(&'e [EntityId], Range<usize>)> {
        let (text, range) = match self {
            Spelling::Same(quote) => (*quote, range.clone()),
            Spelling::Normalized(normal) => (
                normal.text.as_str(),
                normal.normalized_offset(range.start)..normal.normalized_offset(range.end),
            ),
        };
        let widest = entities
            .names_around(text, range)
            .into_iter()
            .max_by_key(|around| around.range.len())?;
        let range = match self {
            Spelling::Same(_) => widest.range,
            Spelling::Normalized(normal) => normal.original_span(widest.range),
        };
        Some((widest.ids, range))
    }
}

/// CC204's facts: the place the quote lists with the members, as the quote writes it, its
/// kind in the registry, and, where the quote names it by an alias, the name that picks it
/// too (`known_as`, absent otherwise): either may be added to `members:`.
#[derive(Serialize)]
struct MemberLeftOut<'a> {
    place: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    known_as: Option<&'a str>,
}

/// The prepositions of French, Spanish, Italian and Portuguese that open a sentence or a
/// clause on the place it is set in ("Dans la Drôme, ...", "En la Comunidad de Madrid,
/// ...", "Nella provincia...", "Na região..."), in lowercase.
const SETTING_PREPOSITIONS: &[&str] = &[
    "dans", "en", "à", "pour", "sur", "chez", "depuis", "vers", "par", "para", "por", "desde",
    "sobre", "hacia", "em", "in", "per", "su", "da", "tra", "fra",
];

/// The articles of French, Spanish, Italian and Portuguese a place's name is written after,
/// as a separate word.
const ARTICLES: &[&str] = &[
    "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "i", "o", "a", "os", "as",
];

/// Whether the name `first`, followed in its run by `next`, is the place its sentence is
/// set in rather than the first name of a list: it follows a preposition and an article
/// (or the word that contracts them, "au", "nella", "na") that open the sentence or a
/// clause (after a comma), and a comma joins it to a name
/// written without an article ("Dans la Drôme, Valence, Montélimar et Romans-sur-Isère";
/// "Valence, dans la Drôme, Montélimar"). These languages write the article again before
/// each place of a list that takes one ("la Drôme, l'Isère et la Savoie"), so a name
/// without one after it is of another list. English repeats no article ("In the
/// Netherlands, Belgium and Luxembourg" is a list) and is not read so.
fn opens_as_setting(text: &str, first: &Range<usize>, next: &Range<usize>) -> bool {
    let joined_by_a_comma = matches!(text[first.end..next.start].trim_end(), ",");
    if !joined_by_a_comma {
        return false;
    }
    // The words before the name, nearest first; the split leaves an empty one after the
    // space before the name.
    let mut before = text[..first.start].split(' ').rev();
    if before.next() != Some("") {
        return false;
    }
    let opens_a_clause = |word: Option<&str>| {
        word.is_none_or(|word| {
            word.is_empty() || word.ends_with([',', '.', ';', ':', '!', '?', '(', '«', '"'])
        })
    };
    let Some(article) = before.next() else {
        return false;
    };
    let lowercase = |word: &str| crate::words::lowercase(word);
    // "nella Lombardia, Milano e Bergamo", "Hier, au Luxembourg, ...": a preposition and
    // its article in one word.
    if super::contraction::is_contraction(&lowercase(article)) {
        return opens_a_clause(before.next());
    }
    let Some(preposition) = before.next() else {
        return false;
    };
    ARTICLES.contains(&article)
        && SETTING_PREPOSITIONS.contains(&lowercase(preposition).as_str())
        && opens_a_clause(before.next())
}

/// The kind of place the names of `run` share, as a registered name ends in it (`County`,
/// `区`): the kind in the plural after the run ("Washington, Multnomah and Clackamas
/// counties"), leading it ("four counties were approved: Sangamon and Madison", see
/// [`super::member::kind_leading`]), or written once after its last name in Chinese,
/// Japanese and Korean (`丰台、石景山、通州三区`). `None` when none stands there. The list
/// is read in the article's `language`, whose "and" may join it ([`joins_list`]).
fn shared_kind(quote: &str, run: &[Range<usize>], language: Language) -> Option<SharedKind> {
    let (first, last) = (run.first()?, run.last()?);
    // Chinese, Japanese and Korean write it after the last name (`丰台、石景山、通州三区`).
    if let Some(kind) = super::kind_suffix::kind_after(&quote[last.end..]) {
        return Some(SharedKind::Suffix(kind));
    }
    let word_after = quote[last.end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let kinds = &*PLACE_KINDS;
    let named = |word: &str| kinds.iter().find(|(plural, _)| plural == word);
    named(&word_after)
        .or_else(|| {
            let leading =
                super::member::kind_leading(quote, first.start, language, |w| named(w).is_some())?;
            named(&leading)
        })
        .map(|(_, name)| SharedKind::Word(name.clone()))
}

/// The kind of place the names of a run share, written once: as a word after them
/// ("Clackamas counties"), or after the last in the scripts that write it onto a name
/// (`通州三区`).
enum SharedKind {
    /// The kind as a registered name ends in it, after a space: `County`.
    Word(String),
    /// The kind as a registered name ends in it, written onto the name: `区`.
    Suffix(&'static str),
}

impl SharedKind {
    /// The registered name `name` of a run is with the kind: `Clackamas County`, `通州区`.
    fn onto(&self, name: &str) -> String {
        match self {
            SharedKind::Word(kind) => format!("{name} {kind}"),
            SharedKind::Suffix(kind) => format!("{name}{kind}"),
        }
    }
}

/// Each kind of place in the plural, in lowercase, and as a registered name ends in it:
/// `counties` and `County`, `області` and `область` ([`crate::words::SLAVIC_PLACE_KINDS`]).
static PLACE_KINDS: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
    let slavic = crate::words::SLAVIC_PLACE_KINDS
        .iter()
        .map(|&(plural, singular)| (plural.to_string(), singular.to_string()));
    EntityKind::ALL
        .iter()
        .filter(|kind| kind.is_place())
        .map(|kind| {
            let singular = kind.as_str().replace('-', " ");
            (
                crate::words::plural(&singular),
                crate::words::capitalised(&singular),
            )
        })
        .chain(slavic)
        .collect()
});

/// Whether `kind` is a city, a town or a village: kinds a registry gives the settlements
/// of one area by their size, which an article lists together (French `communes`, Spanish
/// `municipios`).
fn is_settlement(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::City | EntityKind::Town | EntityKind::Township | EntityKind::Village
    )
}

/// Whether the places `first` and `next` may name (within the claim's subject when it
/// settles a name, else every place of that name) include two of one level: two
/// departments are a list ("dans la Drôme, Isère et Savoie"), a department and its cities
/// are not.
fn same_level(names: &mut Resolver, subject: Option<EntityId>, first: &str, next: &str) -> bool {
    let mut kinds = |name: &str| -> Vec<EntityKind> {
        let entities = names.entities();
        let ids = match names.resolve_within(name, subject) {
            Some(id) => vec![id],
            None => names.entities().named(name),
        };
        ids.into_iter()
            .map(|id| entities.get(id).kind.value)
            .collect()
    };
    let first = kinds(first);
    let next = kinds(next);
    first
        .iter()
        .any(|kind| next.iter().any(|other| kind.same_level(*other)))
}

/// How many names of a run one name may span: "Bosnia and Herzegovina" spans two, "Saint
/// Kitts and Nevis" two, "Castilla y León" two; a bound keeps the search linear.
const MOST_NAMES_JOINED: usize = 4;

/// The names of `run`, in which a stretch of names that `is_a_name` knows as one name (a
/// registered place or a member whose name holds a joiner: "Castile and Leon") is merged
/// into one, the longest first.
fn joined_names(
    text: &str,
    run: &[Range<usize>],
    mut is_a_name: impl FnMut(&str) -> bool,
) -> Vec<Range<usize>> {
    // A name holds a word that joins (`and`, `y`), not a comma: only names joined by words
    // are tried together, so a list of names apart by commas costs no lookup.
    let joined_by_a_word = |before: usize| {
        let gap = &text[run[before].end..run[before + 1].start];
        !gap.contains([',', '、', '，'])
    };
    let mut out = Vec::with_capacity(run.len());
    let mut at = 0;
    while at < run.len() {
        let reach = (at..run.len().min(at + MOST_NAMES_JOINED) - 1)
            .take_while(|&before| joined_by_a_word(before))
            .count();
        let longest = (at + 1..=at + reach)
            .rev()
            .find(|&last| is_a_name(&text[run[at].start..run[last].end]))
            .unwrap_or(at);
        out.push(run[at].start..run[longest].end);
        at = longest + 1;
    }
    out
}

/// The runs of names the text joins with commas, `and` or `or`, each name a byte range; two
/// names joined by a word that is a common English word as well ([`joins_names_it_knows`]:
/// the Tagalog `at`) only where `is_a_name` knows both; by the Czech and Slovak `a`, the
/// Lithuanian `ir`, the Latvian `un` or the Dutch and Afrikaans `en` only in an article
/// whose `language` is theirs
/// ([`Language::list_and`]), and by the Kazakh `мен`, `бен` or `пен` ("and" between two
/// nouns) only in one that declares Kazakh, with no comma before ([`joins_list`]).
fn runs(
    text: &str,
    language: Language,
    mut is_a_name: impl FnMut(&str) -> bool,
) -> Vec<Vec<Range<usize>>> {
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut previous: Option<Range<usize>> = None;
    for name in names(text) {
        let joined = previous.as_ref().is_some_and(|previous| {
            let between = &text[previous.end..name.start];
            joins_list(between, language)
                || (joins_names_it_knows(between)
                    && is_a_name(&text[previous.clone()])
                    && is_a_name(&text[name.clone()]))
        });
        match runs.last_mut() {
            Some(run) if joined => run.push(name.clone()),
            _ => runs.push(vec![name.clone()]),
        }
        previous = Some(name);
    }
    runs
}

/// Whether the text between two names is `and`, the "and" of the article's declared
/// language (the Czech and Slovak `a`: "v Jeseníku, Opavě, Krnově a Olomouci"; the
/// Lithuanian `ir`, the Latvian `un`, the Dutch and Afrikaans `en`), after an optional
/// comma. Elsewhere `a` is the Spanish, Portuguese and Italian "to" and "at" ("de Madrid a
/// Toledo"), the Hungarian article and the English one ("Kent, a Lincoln County town"), the
/// Latvian `ir` is "is", and `en` the French "in" ("Lot en Aveyron"): [`runs`] reads each
/// only in an article that declares its language.
fn is_declared_and(between: &str, and: &str) -> bool {
    let between = between.trim();
    between.strip_prefix(',').unwrap_or(between).trim() == and
}

/// Whether the text between two names joins them in a list of an article in `language`:
/// a joiner of any article ([`is_joiner`]), the "and" its declared language writes
/// ([`Language::list_and`], [`is_declared_and`]), or the one it writes between two nouns
/// alone, with no comma before ([`Language::joins_two_names`]: the Kazakh `мен` of
/// `Алматы мен Астана`). The text is between two capitalised words: the caller reads it
/// so.
pub(super) fn joins_list(between: &str, language: Language) -> bool {
    is_joiner(between)
        || language
            .list_and()
            .is_some_and(|and| is_declared_and(between, and))
        || language.joins_two_names().contains(&between.trim())
}

/// Whether the text between two names is the Tagalog `at` ("and": "Valenzuela at Malabon",
/// "Marikina, Maynila, Valenzuela at Malabon"), after an optional comma. English writes
/// `at` between names too ("Smith at Boeing", "Liverpool at Wembley"), so it joins two
/// names only where both are places or members the claim knows ([`runs`]).
fn joins_names_it_knows(between: &str) -> bool {
    let between = between.trim();
    between.strip_prefix(',').unwrap_or(between).trim() == "at"
}

/// Whether the text between two names joins them in a list: a comma, or "and" or "or" in
/// one of the languages written with capitals that articles are most often in (English,
/// the Romance and Germanic languages, Slavic, Finnish, Hungarian, Romanian, Turkish,
/// Kazakh, Greek, Vietnamese, Indonesian, Armenian, Swahili), after an optional comma (the
/// Swahili `na` without one). The Tagalog `at` joins only names the claim knows
/// ([`joins_names_it_knows`]).
pub(super) fn is_joiner(between: &str) -> bool {
    #[rustfmt::skip]
    const CONJUNCTIONS: &[&str] = &[
        // English, French, German, Spanish, Italian, Portuguese.
        "and", "or", "et", "ou", "und", "oder", "sowie", "y", "e", "ed", "o", "u", "&",
        // Swedish, Danish and Norwegian, Finnish, Polish, Czech and Slovak, Hungarian,
        // Romanian, Turkish. Left out, as words between names in English or French: the
        // Dutch `en` and `of` ("Bank of China", "Lot en Aveyron") and the Czech `a` ("Kent,
        // a Lincoln County town"), which joins names only in an article that declares Czech
        // or Slovak, as the Lithuanian `ir`, the Latvian `un` and the Dutch `en` do in theirs
        // (see `runs`).
        "och", "eller", "og", "ja", "tai", "i", "oraz", "lub", "nebo", "alebo", "és", "vagy", "și",
        "sau", "ve", "veya", "ile",
        // Russian, Ukrainian, Kazakh, Greek, Vietnamese, Indonesian and Malay.
        "и", "или", "і", "й", "та", "або", "және", "немесе", "και", "ή", "và", "hoặc", "dan",
        "atau",
        // Armenian: `և` as one letter (U+0587) or written `եւ`, and `ու`; `կամ` (or).
        "\u{587}", "եւ", "ու", "կամ",
    ];
    // The Swahili `na` ("Arusha, Dodoma, Mwanza na Mbeya"), which Swahili writes without
    // a comma before it. After a comma it is the Portuguese `na` ("in the") before the
    // place that locates the list ("Ilhéus, Itabuna e Porto Seguro, na Bahia"), not one
    // of its names. Without a comma it is also the Slavic `na` ("on") inside a name
    // ("Nové Město na Moravě", "Rostov na Donu"): the name after it is in another case
    // than the registry's ("Moravě" for Morava) and resolves to nothing, and a name that
    // holds it, registered or a member's, is one name of the run (`joined_names`).
    const WITHOUT_A_COMMA: &[&str] = &["na"];
    // Invisible formatting (a bidirectional mark beside a name) is no word between them.
    let visible: String;
    let between = if between.contains(crate::normalize::is_invisible_format) {
        visible = between
            .chars()
            .filter(|&c| !crate::normalize::is_invisible_format(c))
            .collect();
        visible.as_str()
    } else {
        between
    };
    let between = between.trim();
    let after_a_comma = between.strip_prefix(',');
    let conjunction = after_a_comma.unwrap_or(between).trim();
    matches!(between, "," | "、" | "，")
        || CONJUNCTIONS.contains(&conjunction)
        || (after_a_comma.is_none() && WITHOUT_A_COMMA.contains(&conjunction))
}

/// Runs of capitalised words separated by single spaces: "Inner Mongolia", "Du'an"; and a
/// number right after such a run, which numbered places are named with ("District 5",
/// "Ward 12A"). A number read so that makes no known name is taken off again
/// ([`without_unknown_numbers`]): "Sussex" of "Kent and Sussex 12 percent".
fn names(text: &str) -> Vec<Range<usize>> {
    let mut names: Vec<Range<usize>> = Vec::new();
    for word in words(text) {
        let first = text[word.clone()].chars().next();
        if first.is_some_and(|c| c.is_ascii_digit()) {
            if let Some(name) = names.last_mut()
                && &text[name.end..word.start] == " "
                && !ends_in_a_number(&text[name.clone()])
            {
                name.end = word.end;
            }
            continue;
        }
        if !first.is_some_and(char::is_uppercase) {
            continue;
        }
        match names.last_mut() {
            Some(name) if joins_name(text, name, word.start) => name.end = word.end,
            _ => names.push(word),
        }
    }
    names
}

/// Whether the last word of `name` is a number ("District 5").
fn ends_in_a_number(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|word| word.starts_with(|c: char| c.is_ascii_digit()))
}

/// The names of `run`, each ending in a number ([`names`]) that `is_a_name` does not know
/// with that number cut before it: a number after a name is part of it only where the
/// registry or a member writes it so.
fn without_unknown_numbers(
    text: &str,
    run: Vec<Range<usize>>,
    mut is_a_name: impl FnMut(&str) -> bool,
) -> Vec<Range<usize>> {
    run.into_iter()
        .map(|name| {
            let written = &text[name.clone()];
            if !ends_in_a_number(written) || is_a_name(written) {
                return name;
            }
            let cut = written.rfind(' ').unwrap_or(written.len());
            name.start..name.start + cut
        })
        .collect()
}

/// Whether the word at `next` goes on the name `name`: after one space, or after an
/// abbreviation's period ("St. Mary's", "Mt. Vernon": a capitalised word of at most three
/// letters).
fn joins_name(text: &str, name: &Range<usize>, next: usize) -> bool {
    let between = &text[name.end..next];
    let last_word = text[name.clone()].rsplit(' ').next().unwrap_or("");
    let abbreviation = last_word.starts_with(char::is_uppercase) && last_word.chars().count() <= 3;
    between == " " || (between == ". " && abbreviation)
}

/// The words of a text: letters, digits, apostrophes and hyphens inside them, and the
/// combining accents and invisible formatting a word may be written with (`Mu\u{308}nchen`,
/// `Bos\u{ad}ton`), which the names are compared without.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let inside = c.is_alphanumeric()
            || (start.is_some()
                && (matches!(c, '\'' | '\u{2019}' | '-')
                    || unicode_normalization::char::is_combining_mark(c)
                    || crate::normalize::is_invisible_format(c)));
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push(from..trim_end(text, from, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(from..trim_end(text, from, text.len()));
    }
    words
}

/// A word does not end in an apostrophe, a hyphen or invisible formatting ("counties'" is
/// `counties`, "Boston\u{200e}" `Boston`).
fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to]
        .trim_end_matches(|c| {
            matches!(c, '\'' | '\u{2019}' | '-') || crate::normalize::is_invisible_format(c)
        })
        .len()
}

#[cfg(test)]
mod tests {
    use super::{
        Language, is_joiner, joined_names, names, opens_as_setting, runs, without_unknown_numbers,
    };
    use crate::model::EntityKind;

    fn texts<'a>(text: &'a str, ranges: &[std::ops::Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn an_abbreviation_s_period_stays_inside_a_name() {
        let text = "such as Frederick, Charles and St. Mary's, grew. Mt. Vernon. Ohio. Kent";
        assert_eq!(
            texts(text, &names(text)),
            vec![
                "Frederick",
                "Charles",
                "St. Mary's",
                "Mt. Vernon",
                "Ohio",
                "Kent"
            ]
        );
    }

    #[test]
    fn a_number_after_a_name_is_part_of_it_where_a_name_is_known_so() {
        let text = "elected in District 1, District 3 and District 5. Ward 12A 7 votes";
        assert_eq!(
            texts(text, &names(text)),
            vec!["District 1", "District 3", "District 5", "Ward 12A"]
        );
        let text = "Kent and Sussex 12 percent, and District 5";
        let known = |name: &str| name == "District 5";
        let run = without_unknown_numbers(text, names(text), known);
        assert_eq!(texts(text, &run), vec!["Kent", "Sussex", "District 5"]);
    }

    #[test]
    fn names_are_runs_of_capitalised_words() {
        let text = "8 counties of Rongshui, Du'an and Inner Mongolia, etc. in Guangxi";
        assert_eq!(
            texts(text, &names(text)),
            vec!["Rongshui", "Du'an", "Inner Mongolia", "Guangxi"]
        );
    }

    #[test]
    fn accents_and_invisible_formatting_stay_inside_names_and_lists() {
        for (text, listed) in [
            (
                "Gestern stimmten Mu\u{308}nchen, Köln und Düsseldorf zu.",
                vec!["Mu\u{308}nchen", "Köln", "Düsseldorf"],
            ),
            (
                "Bos\u{ad}ton, Chicago and Denver",
                vec!["Bos\u{ad}ton", "Chicago", "Denver"],
            ),
            (
                "Boston\u{200e}, Chicago and Denver",
                vec!["Boston", "Chicago", "Denver"],
            ),
            (
                "\u{2068}Boston\u{2069}, Chicago and Denver",
                vec!["Boston", "Chicago", "Denver"],
            ),
        ] {
            let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
                .iter()
                .map(|run| texts(text, run))
                .collect();
            assert_eq!(found.last(), Some(&listed), "{text:?}");
        }
    }

    #[test]
    fn a_list_joins_names_by_commas_and_conjunctions_and_stops_at_other_words() {
        let text = "Li, a villager in Guanfang Village, Wanchang Town, and Zhenxiong County \
                    and other 9 counties; Yunnan or Anhui";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(
            found,
            vec![
                vec!["Li"],
                vec!["Guanfang Village", "Wanchang Town", "Zhenxiong County"],
                vec!["Yunnan", "Anhui"],
            ]
        );
    }

    #[test]
    fn lists_join_with_other_languages_conjunctions() {
        for joiner in [
            " et ", " und ", " y ", ", y ", " e ", " ou ", " oder ", " & ", ", and ",
        ] {
            assert!(is_joiner(joiner), "{joiner:?}");
        }
        // The Kazakh "and", written in Cyrillic.
        assert!(is_joiner(" және "));
        assert!(is_joiner(", және "));
        for between in [
            " à ", " to ", " et de ", " from ", " y la ", " of ", " en ", ", a ",
        ] {
            assert!(!is_joiner(between), "{between:?}");
        }
        let text = "5 départements (Ariège, Aude, Gers, Lot et Lozère) comptaient";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(found, vec![vec!["Ariège", "Aude", "Gers", "Lot", "Lozère"]]);
        for (text, last) in [
            ("3 города: Москва, Химки и Подольск", "Подольск"),
            ("3 πόλεις: Αθήνα, Πάτρα και Λάρισα", "Λάρισα"),
            ("3 il: Ankara, İzmir ve Bursa", "Bursa"),
            ("3 städer: Malmö, Lund och Uppsala", "Uppsala"),
            ("3 miasta: Kraków, Gdańsk i Poznań", "Poznań"),
            ("3 tỉnh: Hà Giang, Cao Bằng và Lào Cai", "Lào Cai"),
        ] {
            let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
                .iter()
                .map(|run| texts(text, run))
                .collect();
            assert_eq!(found.last().unwrap().len(), 3, "{text}");
            assert_eq!(found.last().unwrap()[2], last, "{text}");
        }
    }

    /// The runs of names `text` joins in an article whose source declares `tag`.
    fn runs_in(text: &str, tag: Option<&str>) -> Vec<Vec<String>> {
        runs(text, Language::of(tag), |_| false)
            .iter()
            .map(|run| texts(text, run).into_iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn the_czech_and_slovak_a_joins_a_list_only_in_an_article_that_declares_them() {
        let czech = "Povodně zasáhly domy v Jeseníku, Opavě, Krnově a Olomouci.";
        let slovak = "Záplavy zasiahli Košice, Prešov a Poprad";
        for tag in [Some("cs"), Some("cs-CZ"), Some("sk")] {
            assert_eq!(
                runs_in(czech, tag).last().unwrap(),
                &["Jeseníku", "Opavě", "Krnově", "Olomouci"],
                "{tag:?}"
            );
            assert_eq!(
                runs_in(slovak, tag).last().unwrap(),
                &["Košice", "Prešov", "Poprad"],
                "{tag:?}"
            );
        }
        // Elsewhere `a` is "to" (Spanish, Portuguese, Italian), an article (Hungarian,
        // English): the list ends before it, as it did before languages were declared.
        for tag in [
            None,
            Some("es"),
            Some("it"),
            Some("hu"),
            Some("en"),
            Some("pl"),
        ] {
            assert_eq!(
                runs_in(czech, tag)[1..],
                [vec!["Jeseníku", "Opavě", "Krnově"], vec!["Olomouci"]],
                "{tag:?}"
            );
        }
        assert_eq!(
            runs_in("de Madrid a Toledo y Segovia", Some("es")),
            [vec!["Madrid"], vec!["Toledo", "Segovia"]]
        );
        assert_eq!(
            runs_in("Kent, a Lincoln County town", None),
            [vec!["Kent"], vec!["Lincoln County"]]
        );
    }

    #[test]
    fn the_lithuanian_ir_and_the_latvian_un_join_a_list_only_in_an_article_that_declares_them() {
        let lithuanian = "3 seniūnijose: Pilaitė, Fabijoniškės ir Naujoji Vilnia";
        let latvian = "3 pilsētās: Rīga, Jūrmala un Jelgava";
        assert_eq!(
            runs_in(lithuanian, Some("lt")).last().unwrap(),
            &["Pilaitė", "Fabijoniškės", "Naujoji Vilnia"]
        );
        assert_eq!(
            runs_in(latvian, Some("lv")).last().unwrap(),
            &["Rīga", "Jūrmala", "Jelgava"]
        );
        // Elsewhere the list ends before them: the Latvian `ir` is "is", the French `un`
        // an article.
        for tag in [None, Some("lv"), Some("en")] {
            assert_eq!(
                runs_in(lithuanian, tag).last().unwrap(),
                &["Naujoji Vilnia"],
                "{tag:?}"
            );
        }
        for tag in [None, Some("lt"), Some("fr")] {
            assert_eq!(
                runs_in(latvian, tag).last().unwrap(),
                &["Jelgava"],
                "{tag:?}"
            );
        }
        assert_eq!(
            runs_in("Rīga ir Latvijas galvaspilsēta", Some("lv")),
            [vec!["Rīga"], vec!["Latvijas"]]
        );
    }

    #[test]
    fn the_dutch_and_afrikaans_en_joins_a_list_only_in_an_article_that_declares_them() {
        let afrikaans = "vier distrikte: Khayelitsha, Mitchells Plain, Delft en Philippi";
        for tag in [Some("af"), Some("nl"), Some("nl-BE")] {
            assert_eq!(
                runs_in(afrikaans, tag).last().unwrap(),
                &["Khayelitsha", "Mitchells Plain", "Delft", "Philippi"],
                "{tag:?}"
            );
        }
        // Elsewhere the list ends before it: the French `en` is "in" before a name.
        for tag in [None, Some("fr"), Some("en"), Some("de")] {
            assert_eq!(
                runs_in(afrikaans, tag).last().unwrap(),
                &["Philippi"],
                "{tag:?}"
            );
        }
        assert_eq!(
            runs_in("Cahors, Lot en Aveyron", Some("fr")),
            [vec!["Cahors", "Lot"], vec!["Aveyron"]]
        );
    }

    #[test]
    fn kazakh_joiners_join_a_list_and_men_only_two_names_in_an_article_that_declares_kazakh() {
        // `немесе` ("or") joins as `және` ("and") does, in any article.
        for tag in [None, Some("kk")] {
            assert_eq!(
                runs_in("2 қалада: Алматы немесе Астана", tag)
                    .last()
                    .unwrap(),
                &["Алматы", "Астана"],
                "{tag:?}"
            );
        }
        // `мен`, `бен`, `пен` ("and" between two nouns) only in an article that declares
        // Kazakh, and with no comma before: after one it is "I".
        for text in [
            "Алматы мен Астана",
            "Атырау бен Ақтау",
            "Шымкент пен Түркістан",
        ] {
            assert_eq!(runs_in(text, Some("kk")).len(), 1, "{text}");
            assert_eq!(runs_in(text, Some("kk-KZ")).len(), 1, "{text}");
            for tag in [None, Some("ru"), Some("ky"), Some("en")] {
                assert_eq!(runs_in(text, tag).len(), 2, "{text} in {tag:?}");
            }
        }
        assert_eq!(runs_in("Алматы, мен Астана", Some("kk")).len(), 2);
        assert_eq!(runs_in("Алматы мен, Астана", Some("kk")).len(), 2);
    }

    #[test]
    fn armenian_joiners_join_a_list() {
        for text in [
            "2 քաղաք՝ Գյումրին \u{587} Արթիկը",
            "2 քաղաք՝ Գյումրին եւ Արթիկը",
            "2 քաղաք՝ Գյումրին ու Արթիկը",
            "3 համայնք՝ Ալավերդի, Թումանյան \u{587} Շնող",
        ] {
            let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
                .iter()
                .map(|run| texts(text, run))
                .collect();
            let last = found.last().unwrap();
            assert!(last.len() >= 2, "{text}: {found:?}");
            assert!(
                last.last().unwrap().starts_with(['Ա', 'Շ']),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn the_tagalog_at_joins_only_names_the_claim_knows() {
        let known = |name: &str| ["Angeles", "Arayat", "Valenzuela", "Malabon"].contains(&name);
        let text = "2 bayan: Angeles at Arayat";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, known)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(found.last().unwrap(), &vec!["Angeles", "Arayat"]);
        let text = "Marikina, Valenzuela at Malabon";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, known)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(found, vec![vec!["Marikina", "Valenzuela", "Malabon"]]);
        // English writes `at` between a name it knows and one it does not ("Angeles at
        // Boeing"), and between names nobody registered.
        for text in ["Angeles at Boeing", "Smith at Arayat"] {
            let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, known)
                .iter()
                .map(|run| texts(text, run))
                .collect();
            assert_eq!(found.len(), 2, "{text}: {found:?}");
        }
        let text = "Angeles at Arayat";
        assert_eq!(runs(text, Language::UNDECLARED, |_| false).len(), 2);
        assert!(!is_joiner(" at "));
    }

    #[test]
    fn the_swahili_na_joins_a_list_but_not_after_a_comma() {
        let text = "Mikoa 4: Arusha, Dodoma, Mwanza na Mbeya";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(
            found.last().unwrap(),
            &["Arusha", "Dodoma", "Mwanza", "Mbeya"]
        );
        assert!(is_joiner(" na "));
        // The Portuguese `na` ("in the") after a comma locates the list: not one of it.
        assert!(!is_joiner(", na "));
        let text = "os municípios de Ilhéus, Itabuna e Porto Seguro, na Bahia";
        let found: Vec<Vec<&str>> = runs(text, Language::UNDECLARED, |_| false)
            .iter()
            .map(|run| texts(text, run))
            .collect();
        assert_eq!(
            found,
            vec![vec!["Ilhéus", "Itabuna", "Porto Seguro"], vec!["Bahia"]]
        );
        // The Slavic `na` ("on") inside a name: one name when it is known as one.
        let text = "Jihlava, Třebíč a Nové Město na Moravě";
        let run = runs(text, Language::UNDECLARED, |_| false).pop().unwrap();
        let joined = joined_names(text, &run, |name| name == "Nové Město na Moravě");
        assert_eq!(texts(text, &joined).last(), Some(&"Nové Město na Moravě"));
    }

    #[test]
    fn a_name_that_holds_a_joiner_is_one_name_of_its_run() {
        let text = "3 regions: Galicia, Aragon and Castile and Leon, and Bosnia and Herzegovina";
        let run = &runs(text, Language::UNDECLARED, |_| false)[0];
        let known = [
            "Castile and Leon",
            "Leon",
            "Bosnia and Herzegovina",
            "Galicia",
        ];
        let joined = joined_names(text, run, |name| known.contains(&name));
        assert_eq!(
            texts(text, &joined),
            vec![
                "Galicia",
                "Aragon",
                "Castile and Leon",
                "Bosnia and Herzegovina"
            ]
        );
        // Nothing known: the names stay as the run reads them.
        let joined = joined_names(text, run, |_| false);
        assert_eq!(joined.len(), run.len());
    }

    /// Whether the first name of `text`'s last run is the place its sentence opens in.
    fn opens_on_its_setting(text: &str) -> bool {
        let run = runs(text, Language::UNDECLARED, |_| false).pop().unwrap();
        opens_as_setting(text, &run[0], &run[1])
    }

    #[test]
    fn a_place_after_a_preposition_and_an_article_opening_a_sentence_is_its_setting() {
        for text in [
            "Dans la Drôme, Valence, Montélimar et Romans-sur-Isère ont signé.",
            "Il pleut. Dans la Drôme, Valence et Montélimar ont signé.",
            "Hier, dans le Tarn-et-Garonne, Moissac et Montauban ont voté.",
            "En la Comunidad Valenciana, Valencia y Alicante crecieron.",
            "Na Bahia, Ilhéus e Itabuna cresceram; nella Lombardia, Milano e Bergamo.",
        ] {
            assert!(opens_on_its_setting(text), "{text}");
        }
        for text in [
            // Places after it written with their articles: a list of them.
            "Dans la Drôme, l'Isère et la Savoie, 40 communes",
            // No preposition opens the sentence, or the place is no clause's first.
            "Il cite la Drôme, Valence et Montélimar.",
            "Les communes de la Drôme, Valence et Montélimar",
            // Joined by a conjunction, not set apart by a comma.
            "Dans la Drôme et Valence",
            // English writes no article again before the other places of a list.
            "In the Netherlands, Belgium and Luxembourg, prices rose.",
        ] {
            let run = runs(text, Language::UNDECLARED, |_| false).pop().unwrap();
            assert!(
                run.len() < 2 || !opens_as_setting(text, &run[0], &run[1]),
                "{text}"
            );
        }
    }

    #[test]
    fn a_city_is_not_a_level_of_a_list_of_counties() {
        assert!(EntityKind::County.same_level(EntityKind::District));
        assert!(EntityKind::Province.same_level(EntityKind::Municipality));
        assert!(!EntityKind::County.same_level(EntityKind::City));
    }

    #[test]
    fn a_member_naming_the_other_place_of_a_listed_name_by_its_alias_leaves_nothing_out() {
        // Found from outside: `Kirov`, the alias of the Киров of Кировская область, for the
        // Киров of Калужская область the quote lists, was CC204 beside the CC104, whose
        // help said to add `Киров`: a third name for a count of two.
        let files = |members: &str| {
            crate::testing::check_citations(&[
                (
                    "sources/sources.yaml",
                    "sources:\n  - { id: a, title: t, published: 2024-04-12, text: a.txt, language: ru }\n",
                ),
                (
                    "sources/a.txt",
                    "В Калужской области подтоплены 2 населенных пункта: Киров и Людиново.\n",
                ),
                (
                    "entities/entities.yaml",
                    "entities:\n  - { name: Кировская область, kind: region }\n  - { name: Калужская область, kind: region }\n  - { name: Киров, kind: town, parent: Кировская область, aliases: [Kirov] }\n  - { name: Слободской, kind: town, parent: Кировская область, aliases: [Slobodskoy] }\n  - { name: Киров, kind: town, parent: Калужская область }\n  - { name: Людиново, kind: town, parent: Калужская область }\n",
                ),
                ("rules/r.yaml", "rules:\n  - { id: c, kind: count }\n"),
                (
                    "claims/c.yaml",
                    &format!(
                        "source: a\nclaims:\n  - {{ id: k, quote: \"В Калужской области подтоплены 2 населенных пункта: Киров и Людиново\", subject: Калужская область, metric: m, value: 2, unit: town, members: [{members}] }}\n"
                    ),
                ),
            ])
        };
        // Every code, the citation checks' too.
        let all_codes = |outcome: &crate::check::Outcome| -> Vec<crate::codes::Code> {
            outcome.diagnostics.iter().map(|d| d.code).collect()
        };
        let outcome = files("Kirov, Людиново");
        assert_eq!(
            all_codes(&outcome),
            vec![crate::codes::Code::MemberOutsideSubject]
        );
        assert_eq!(
            outcome.diagnostics[0].help.as_deref(),
            Some(
                "replace `Kirov` with `Киров` where the article means the Киров within \
                 Калужская область; if the article itself lists the one in Кировская область, \
                 keep it: this finding is the discrepancy. If the registry's `parent:` is \
                 wrong, correct it in entities/"
            )
        );
        // A place of another name outside the subject does not name the Киров listed.
        let other = files("Slobodskoy, Людиново");
        assert!(
            all_codes(&other).contains(&crate::codes::Code::MemberLeftOut),
            "{:?}",
            all_codes(&other)
        );
        // Nor does a list that leaves it out.
        assert!(all_codes(&files("Людиново")).contains(&crate::codes::Code::MemberLeftOut));
    }
}
