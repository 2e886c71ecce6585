//! Which entity a name denotes, when places may share a name.
//!
//! Real gazetteers are full of homonyms: a `Central` region in Ghana and a `Central`
//! district in Botswana, `Georgia` the country and the US state. The registry holds them
//! all (one name may not repeat under one parent), and a written name resolves in three
//! steps:
//!
//! 1. the entities whose name or alias is the name, compared by [`name_key`];
//! 2. failing that, a *qualified* name `Central (Ghana)`: the entities named `Central` that
//!    lie within an entity named `Ghana` (at any depth: `Central (Africa)` works too if the
//!    chain of parents reaches it). The qualifier may itself be qualified:
//!    `Springfield (Clark (Ohio))`. A name that really ends in parentheses is found by step 1
//!    first;
//!    Of several entities within the qualifier, the nearest: `Ararat (Armenia)` is the
//!    province of Armenia, not the town of Ararat within that province;
//! 3. when several remain, the context: the entities the claim is about. A member of a claim
//!    whose subject is Ghana resolves to the `Central` within Ghana; a subject `Georgia` whose
//!    members lie in the US state resolves to the state. A member that lies within the
//!    subject is preferred to one that is or contains it (the town of Ararat, listed in a
//!    claim about the province of Ararat), and a subject that contains the members to one
//!    that lies within them. Of several within the context, the one directly within it,
//!    unless another lies within that one: the municipality `Шабац` directly within Serbia
//!    and the city `Шабац` within the municipality are both members of a claim about Serbia,
//!    for the claim's unit or its other members to tell apart.
//!
//! A name that stays ambiguous is reported with its candidates (see
//! `docs/codes/CC024.md`). An entity with no parent cannot be picked by a
//! qualifier: the registry gives it an alias (`Georgia (country)`) instead.
//!
//! Cost: a hash lookup per name, then a walk up the parent chain per candidate and context
//! entity: O(depth) for the usual one or two candidates.

use super::{Entities, EntityId, name_key};
use crate::hashing::{HashMap, Memo};
use crate::sharding::Grouped;

/// How deep a qualifier may nest: `A (B (C (D)))` is three levels. Deeper parentheses are
/// part of a name, never a chain of lookups.
const QUALIFIER_DEPTH: usize = 4;

/// How many entities of one name the context or a qualifier is compared with, by walking up
/// their parents. A name shared by more is resolved only by the homonym directly within the
/// context or qualifier (an index lookup), so that a registry of thousands of homonyms does
/// not make every claim cost thousands of walks.
pub const COMPARED_HOMONYMS: usize = 256;

/// What a name denotes in the registry, in the context where it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Exactly one entity.
    Entity(EntityId),
    /// Several entities, which the context does not tell apart (in registry order).
    Ambiguous(Vec<EntityId>),
    /// No entity has this name.
    Unknown,
}

impl Entities {
    /// Every entity the name may denote, out of context: by name or alias, else by the
    /// qualified form `Name (Place)` (see the module docs). In registry order.
    pub fn named(&self, name: &str) -> Vec<EntityId> {
        self.named_key(&name_key(name), QUALIFIER_DEPTH)
    }

    /// Whether a name or alias of an entity is `key`, already in its canonical form
    /// ([`name_key`]): a lookup without a copy, for a text normalized once and read many
    /// times.
    pub fn has_name_key(&self, key: &str) -> bool {
        self.ids_named(key).is_some()
    }

    /// The entities whose name or alias is `name`, when there are any: what
    /// [`Entities::named`] gives without following a `parent:` link, so whatever links are
    /// made meanwhile.
    pub fn named_directly(&self, name: &str) -> Option<Vec<EntityId>> {
        self.ids_named(&name_key(name)).map(<[EntityId]>::to_vec)
    }

    fn named_key(&self, key: &str, depth: usize) -> Vec<EntityId> {
        if let Some(ids) = self.ids_named(key) {
            return ids.to_vec();
        }
        let Some((base, qualifier)) = split_qualifier(key).filter(|_| depth > 0) else {
            return Vec::new();
        };
        let Some(ids) = self.ids_named(base) else {
            return Vec::new();
        };
        let places = self.named_key(qualifier, depth - 1);
        // Directly within the qualifier: the nearest there can be, found in the index.
        let direct = self.children_named(base, &places);
        if !direct.is_empty() || ids.len() > COMPARED_HOMONYMS || places.len() > COMPARED_HOMONYMS {
            return direct;
        }
        // The nearest: `Ararat (Armenia)` is the province of Armenia, not the town of Ararat
        // within that province, though both lie within Armenia.
        let levels: Vec<(EntityId, usize)> = ids
            .iter()
            .filter_map(|&id| {
                let nearest = places
                    .iter()
                    .filter_map(|&place| self.levels_below(id, place))
                    .min()?;
                Some((id, nearest))
            })
            .collect();
        let nearest = levels.iter().map(|&(_, level)| level).min();
        levels
            .into_iter()
            .filter(|&(_, level)| Some(level) == nearest)
            .map(|(id, _)| id)
            .collect()
    }

    /// The name a qualified name qualifies, as an article writes it: `Forest Park` for
    /// `Forest Park (Springfield (Massachusetts))`, whether or not the whole resolves. `None`
    /// for a name with no qualifier, or one registered whole (the alias `Georgia
    /// (country)`), which is read as it is.
    pub fn unqualified<'n>(&self, name: &'n str) -> Option<&'n str> {
        let (base, _) = split_qualifier(name)?;
        self.ids_named(&name_key(name)).is_none().then_some(base)
    }

    /// The entity a name denotes when it denotes exactly one, out of context.
    pub fn resolve(&self, name: &str) -> Option<EntityId> {
        let key = name_key(name);
        // A registered name or alias, as [`Entities::named`] finds it first, without
        // copying its entities.
        let only = |ids: &[EntityId]| match ids {
            [only] => Some(*only),
            _ => None,
        };
        match self.ids_named(&key) {
            Some(ids) => only(ids),
            None => only(&self.named_key(&key, QUALIFIER_DEPTH)),
        }
    }

    /// Resolves a member's name among entities related to `context` (the claim's subject):
    /// of several candidates, the one that lies within a context entity; failing that, the
    /// one that is or contains one.
    pub fn resolve_in(&self, name: &str, context: &[EntityId]) -> Resolution {
        let key = name_key(name);
        if let Some(ids) = self.ids_named(&key) {
            if let [only] = ids {
                return Resolution::Entity(*only);
            }
            // The usual case of a shared name: the homonym directly within the context, the
            // nearest (a town of the name in a province of the context lies farther), unless
            // another lies within it. A city within the municipality of its name (`Шабац`, a
            // Czech město in its obec, a Swedish tätort in its kommun) is as much the place
            // the name means there: the two are for the claim's unit or its other members to
            // settle ([`Entities::choose`]), never the municipality picked unseen. Not a club
            // or a company registered within the city it is named after, which is no place
            // the name may mean. A name shared by more than [`COMPARED_HOMONYMS`] is settled
            // by the index alone.
            let place_within = |only: EntityId| {
                ids.iter().any(|&other| {
                    self.get(other).kind.value.is_place() && self.is_within(other, only)
                })
            };
            if let [only] = self.children_named(&key, context).as_slice()
                && (ids.len() > COMPARED_HOMONYMS || !place_within(*only))
            {
                return Resolution::Entity(*only);
            }
        }
        self.choose(self.named_key(&key, QUALIFIER_DEPTH), context)
    }

    /// The entities named `key` whose parent is one of `places`: for a name of one entity,
    /// from that entity's parent; for a name several entities share, from the index built
    /// by [`Entities::index_parents`].
    fn children_named(&self, key: &str, places: &[EntityId]) -> Vec<EntityId> {
        match self.ids_named(key) {
            None => Vec::new(),
            Some(&[only]) => {
                let parent = self.get(only).parent_entity;
                places
                    .iter()
                    .filter(|&&place| parent == Some(place))
                    .map(|_| only)
                    .collect()
            }
            Some(_) => places
                .iter()
                .filter_map(|&place| {
                    self.children
                        .get(Entities::parent_shard(place))?
                        .get(&place)?
                        .get(key)
                })
                .flatten()
                .copied()
                .collect(),
        }
    }

    /// Indexes under its parent every entity of a name several entities share, once the
    /// parents are linked, for the lookups of homonyms by context and qualifier. A name of
    /// one entity needs no index: its entity's parent answers (see
    /// [`Entities::children_named`]). So the work is in proportion to the homonyms, on
    /// rayon's pool: their entries, gathered from the shards of the name index, then each
    /// shard of parents.
    pub fn index_parents(&mut self) {
        use rayon::prelude::*;
        let shards: Vec<_> = self.by_name.shards().collect();
        // Each entity of a shared name under its parent; the entities of one name are in
        // registry order, and a parent's entities of one name come from that name alone,
        // so each parent's list of a name is in registry order too.
        let homonyms: Vec<(EntityId, &str, EntityId)> = shards
            .par_iter()
            .flat_map_iter(|shard| {
                shard
                    .iter()
                    .filter(|named| named.ids().len() > 1)
                    .flat_map(|named| {
                        named
                            .ids()
                            .iter()
                            .filter_map(|&id| Some((self.get(id).parent_entity?, named.key(), id)))
                    })
            })
            .collect();
        let grouped: Grouped<u32> = Grouped::new(&homonyms, Entities::SHARDS, |at, entry| {
            std::iter::once((Entities::parent_shard(entry.0), at))
        });
        let children = (0..Entities::SHARDS)
            .into_par_iter()
            .map(|shard| {
                let mut children: HashMap<EntityId, HashMap<String, Vec<EntityId>>> =
                    HashMap::default();
                for &at in grouped.shard(shard) {
                    let (parent, key, id) = homonyms[at as usize];
                    children
                        .entry(parent)
                        .or_default()
                        .entry(key.to_string())
                        .or_default()
                        .push(id);
                }
                children
            })
            .collect();
        drop(grouped);
        drop(homonyms);
        // What is freed is freed on the pool too: the index this replaces.
        std::mem::replace(&mut self.children, children)
            .into_par_iter()
            .for_each(drop);
    }

    /// Picks among a member's `candidates` by `context` (the claim's subject, or what it may
    /// be): first those strictly within a context entity, then those related to one in any
    /// way (the same entity, or around it).
    pub fn choose(&self, candidates: Vec<EntityId>, context: &[EntityId]) -> Resolution {
        match candidates.as_slice() {
            [] => return Resolution::Unknown,
            [only] => return Resolution::Entity(*only),
            many if many.len() > COMPARED_HOMONYMS => return Resolution::Ambiguous(candidates),
            _ => {}
        }
        let keep = |related: &dyn Fn(EntityId, EntityId) -> bool| -> Vec<EntityId> {
            candidates
                .iter()
                .copied()
                .filter(|&candidate| context.iter().any(|&place| related(candidate, place)))
                .collect()
        };
        let closely = keep(&|candidate, place| self.is_within(candidate, place));
        if let [only] = closely.as_slice() {
            return Resolution::Entity(*only);
        }
        if !closely.is_empty() {
            return Resolution::Ambiguous(closely);
        }
        let loosely = keep(&|candidate, place| self.related(candidate, place));
        match loosely.as_slice() {
            [only] => Resolution::Entity(*only),
            [] => Resolution::Ambiguous(candidates),
            _ => Resolution::Ambiguous(loosely),
        }
    }

    /// Picks among a subject's `candidates` by its members: `members` holds, for each
    /// member, every entity its name may denote (an unknown name holds none, and counts for
    /// no candidate). The subject is the candidate that contains the most members, each
    /// through one of its own candidates: every member, when one candidate can hold them all
    /// (of two Springfields that each hold a `Forest Park`, the one that also holds `Mason
    /// Square`). Failing a candidate that contains any, the one related to the most in any
    /// way (the same entity as one, or within one). A tie is ambiguous among those tied;
    /// members related to no candidate leave every candidate.
    pub fn choose_around(
        &self,
        candidates: Vec<EntityId>,
        members: &[Vec<EntityId>],
    ) -> Resolution {
        match candidates.as_slice() {
            [] => return Resolution::Unknown,
            [only] => return Resolution::Entity(*only),
            many if many.len() > COMPARED_HOMONYMS => return Resolution::Ambiguous(candidates),
            _ => {}
        }
        // Each candidate with how many members it holds (`related` to one of the member's
        // candidates); those that hold the most, when any holds one.
        let most = |related: &dyn Fn(EntityId, EntityId) -> bool| -> Vec<EntityId> {
            let held: Vec<usize> = candidates
                .iter()
                .map(|&candidate| {
                    members
                        .iter()
                        .filter(|member| member.iter().any(|&place| related(candidate, place)))
                        .count()
                })
                .collect();
            let top = held.iter().copied().max().unwrap_or(0);
            if top == 0 {
                return Vec::new();
            }
            candidates
                .iter()
                .zip(&held)
                .filter(|&(_, &count)| count == top)
                .map(|(&candidate, _)| candidate)
                .collect()
        };
        let mut kept = most(&|candidate, place| self.is_within(place, candidate));
        if kept.is_empty() {
            kept = most(&|candidate, place| self.related(candidate, place));
        }
        match kept.as_slice() {
            [only] => Resolution::Entity(*only),
            [] => Resolution::Ambiguous(candidates),
            _ => Resolution::Ambiguous(kept),
        }
    }

    /// Whether `a` and `b` are one entity or one lies within the other.
    fn related(&self, a: EntityId, b: EntityId) -> bool {
        a == b || self.is_within(a, b) || self.is_within(b, a)
    }

    /// A qualified name that picks `id` out of every entity, as a claim or a parent may
    /// write it: its name and, in parentheses, its parent's name when that is enough
    /// (`Central (Ghana)`), else a name that picks the parent: an alias no other entity
    /// bears, or the parent's qualified name in turn (`Forest Park (Springfield
    /// (Massachusetts))` when two Springfields each hold a Forest Park). Read back before it is offered, so that what is
    /// offered resolves to `id`; `None` for an entity without a parent, or one no chain of
    /// [`QUALIFIER_DEPTH`] qualifiers picks.
    pub fn qualified_name(&self, id: EntityId) -> Option<String> {
        self.qualified(id, QUALIFIER_DEPTH)
    }

    /// The name that picks `id` out of every entity, for messages: its own name when no
    /// other entity bears it, else its qualified name (`Springfield (Massachusetts)`), else
    /// its name.
    pub fn distinct_name(&self, id: EntityId) -> String {
        self.picking_name(id, QUALIFIER_DEPTH)
            .unwrap_or_else(|| self.get(id).name.value.to_string())
    }

    /// [`Entities::qualified_name`], with at most `depth` qualifiers.
    fn qualified(&self, id: EntityId, depth: usize) -> Option<String> {
        if depth == 0 {
            return None;
        }
        let entity = self.get(id);
        let parent = entity.parent_entity?;
        let reads_back = |qualified: &String| self.named(qualified) == [id];
        // The parent's own name, when that is enough (`Ararat (Ararat)`, the town within
        // the province, though the province's name is shared too).
        let plain = format!("{} ({})", entity.name.value, self.get(parent).name.value);
        if reads_back(&plain) {
            return Some(plain);
        }
        let qualified = format!(
            "{} ({})",
            entity.name.value,
            self.picking_name(parent, depth - 1)?
        );
        (qualified != plain && reads_back(&qualified)).then_some(qualified)
    }

    /// A name that picks `id` out of every entity: its name or an alias that no other
    /// entity bears (`Georgia (country)`, `Provincia di Ravenna`), else its qualified name
    /// within `depth` qualifiers, else any alias no other entity bears. An alias that is
    /// only another spelling of the shared name (`চট্রগ্রাম` for `চট্টগ্রাম`, within two
    /// edits) is offered last: a message would pass it off as the place's name, where the
    /// qualified name (`চট্টগ্রাম (বাংলাদেশ)`) says which of the places of that name it is.
    fn picking_name(&self, id: EntityId, depth: usize) -> Option<String> {
        let entity = self.get(id);
        let alone =
            |name: &str| matches!(self.ids_named(&name_key(name)), Some(&[only]) if only == id);
        let respelling = |alias: &str| {
            crate::suggest::edit_distance(&name_key(alias), &name_key(&entity.name.value)) <= 2
        };
        std::iter::once(&entity.name)
            .chain(
                entity
                    .aliases
                    .iter()
                    .filter(|alias| !respelling(&alias.value)),
            )
            .find(|name| alone(&name.value))
            .map(|name| name.value.to_string())
            .or_else(|| self.qualified(id, depth))
            .or_else(|| {
                entity
                    .aliases
                    .iter()
                    .find(|alias| alone(&alias.value))
                    .map(|alias| alias.value.to_string())
            })
    }

    /// One line naming a candidate for a reader: "`Central`, a province within `Ghana`",
    /// the parent named so that it is told from its homonyms ("a ward within `Springfield
    /// (Massachusetts)`").
    pub fn describe(&self, id: EntityId) -> String {
        let entity = self.get(id);
        let kind = entity.kind.value.with_article();
        match entity.parent_entity {
            // The parent by a name that picks it, when its own is shared: two candidates
            // within two Springfields are told apart.
            Some(parent) => format!(
                "`{}`, {kind} within `{}`",
                entity.name.value,
                self.picking_name(parent, QUALIFIER_DEPTH - 1)
                    .unwrap_or_else(|| self.get(parent).name.value.clone())
            ),
            None => format!("`{}`, {kind} with no parent", entity.name.value),
        }
    }
}

/// `Central (Ghana)` -> (`Central`, `Ghana`): the base name and the qualifier in the
/// parentheses that close the name, which may nest.
fn split_qualifier(key: &str) -> Option<(&str, &str)> {
    let inner = key.strip_suffix(')')?;
    let mut depth = 0usize;
    for (at, c) in inner.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => {
                let base = inner[..at].trim_end();
                let qualifier = inner[at + 1..].trim();
                return (!base.is_empty() && !qualifier.is_empty()).then_some((base, qualifier));
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// [`Entities::resolve`] with the answers remembered, for a run of claims that name the
/// same places again and again (the quotes of one article): a name looked up before costs
/// a hash of its text instead of a normalization and a lookup among every registered name.
pub struct Resolver<'e> {
    entities: &'e Entities,
    seen: Memo<Box<str>, Looked>,
    /// What a name several places share denotes within a context, as looked up before.
    within: Memo<(EntityId, Box<str>), Option<EntityId>>,
}

/// What a name denotes out of context, as a [`Resolver`] remembers it.
#[derive(Clone, Copy)]
enum Looked {
    One(EntityId),
    /// Several entities: the context may settle which.
    Several,
    Nothing,
}

impl<'e> Resolver<'e> {
    pub fn new(entities: &'e Entities) -> Resolver<'e> {
        Resolver {
            entities,
            seen: Memo::new(),
            within: Memo::new(),
        }
    }

    pub fn entities(&self) -> &'e Entities {
        self.entities
    }

    /// The entity `name` denotes when it denotes exactly one, out of context.
    pub fn resolve(&mut self, name: &str) -> Option<EntityId> {
        match self.looked(name) {
            Looked::One(id) => Some(id),
            Looked::Several | Looked::Nothing => None,
        }
    }

    /// The entity `name` denotes where `context` (a claim's subject) is the place in
    /// question, when it denotes exactly one there: a name several places share resolves as
    /// a member of a claim about `context` does ([`Entities::resolve_in`]), a name of one
    /// place as [`Resolver::resolve`].
    pub fn resolve_within(&mut self, name: &str, context: Option<EntityId>) -> Option<EntityId> {
        match (self.looked(name), context) {
            (Looked::One(id), _) => Some(id),
            (Looked::Several, Some(context)) => {
                let key = (context, Box::from(name));
                if let Some(&entity) = self.within.get(&key) {
                    return entity;
                }
                let entity = match self.entities.resolve_in(name, &[context]) {
                    Resolution::Entity(id) => Some(id),
                    Resolution::Ambiguous(_) | Resolution::Unknown => None,
                };
                self.within.remember(key, entity);
                entity
            }
            (Looked::Several, None) | (Looked::Nothing, _) => None,
        }
    }

    fn looked(&mut self, name: &str) -> Looked {
        if let Some(&looked) = self.seen.get(name) {
            return looked;
        }
        let key = name_key(name);
        let of = |ids: &[EntityId]| match ids {
            [] => Looked::Nothing,
            [only] => Looked::One(*only),
            _ => Looked::Several,
        };
        // A registered name or alias, as [`Entities::named`] finds it first, without
        // copying its entities.
        let looked = match self.entities.ids_named(&key) {
            Some(ids) => of(ids),
            None => of(&self.entities.named_key(&key, QUALIFIER_DEPTH)),
        };
        self.seen.remember(name.into(), looked);
        looked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    /// A registry from (name, kind, parent index, aliases), parents linked by index.
    fn registry(items: &[(&str, EntityKind, Option<u32>, &[&str])]) -> Entities {
        let mut entities = crate::testing::registry(items);
        entities.index_parents();
        entities
    }

    fn world() -> Entities {
        use EntityKind::*;
        registry(&[
            ("Ghana", Country, None, &[]),                         // 0
            ("Botswana", Country, None, &[]),                      // 1
            ("Central", Province, Some(0), &[]),                   // 2
            ("Central", District, Some(1), &[]),                   // 3
            ("Cape Coast", City, Some(2), &[]),                    // 4
            ("Serowe", Village, Some(3), &[]),                     // 5
            ("Georgia", Country, None, &["Georgia (country)"]),    // 6
            ("United States", Country, None, &[]),                 // 7
            ("Georgia", Province, Some(7), &["State of Georgia"]), // 8
            ("Atlanta", City, Some(8), &[]),                       // 9
        ])
    }

    #[test]
    fn a_resolver_answers_as_the_registry_does_the_first_time_and_every_time() {
        let entities = world();
        let mut resolver = Resolver::new(&entities);
        let names = [
            "Serowe",
            "Central",
            "Georgia (country)",
            "Central (Ghana)",
            "Nowhere",
        ];
        for _ in 0..2 {
            for name in names {
                assert_eq!(resolver.resolve(name), entities.resolve(name), "{name}");
            }
        }
        assert_eq!(
            resolver.resolve("Central"),
            None,
            "two places share the name"
        );
        assert_eq!(resolver.resolve("Central (Ghana)"), Some(EntityId(2)));
    }

    #[test]
    fn a_unique_name_resolves_out_of_context() {
        let entities = world();
        assert_eq!(entities.resolve("Cape Coast"), Some(EntityId(4)));
        assert_eq!(
            entities.resolve_in("Serowe", &[]),
            Resolution::Entity(EntityId(5))
        );
        assert_eq!(entities.resolve_in("Accra", &[]), Resolution::Unknown);
    }

    #[test]
    fn a_shared_name_is_ambiguous_without_context() {
        let entities = world();
        assert_eq!(entities.resolve("Central"), None);
        assert_eq!(
            entities.resolve_in("Central", &[]),
            Resolution::Ambiguous(vec![EntityId(2), EntityId(3)])
        );
    }

    #[test]
    fn the_context_picks_the_homonym_within_or_around_it() {
        let entities = world();
        // A member of a claim about Ghana.
        assert_eq!(
            entities.resolve_in("Central", &[EntityId(0)]),
            Resolution::Entity(EntityId(2))
        );
        // A subject whose members lie in Botswana's Central.
        assert_eq!(
            entities.resolve_in("Central", &[EntityId(5)]),
            Resolution::Entity(EntityId(3))
        );
        assert_eq!(
            entities.resolve_in("Georgia", &[EntityId(9)]),
            Resolution::Entity(EntityId(8))
        );
        // A member within the context is preferred to one that is the context itself.
        let ararat = registry(&[
            ("Armenia", EntityKind::Country, None, &[]),
            ("Ararat", EntityKind::Province, Some(0), &[]),
            ("Ararat", EntityKind::Town, Some(1), &[]),
            ("Masis", EntityKind::Town, Some(1), &[]),
        ]);
        assert_eq!(
            ararat.resolve_in("Ararat", &[EntityId(1)]),
            Resolution::Entity(EntityId(2))
        );
        // A subject around its members is preferred to one that is one of them.
        assert_eq!(
            ararat.choose_around(
                ararat.named("Ararat"),
                &[ararat.named("Ararat"), ararat.named("Masis")]
            ),
            Resolution::Entity(EntityId(1))
        );
        // The nearest of the homonyms within a qualifier.
        assert_eq!(ararat.resolve("Ararat (Armenia)"), Some(EntityId(1)));
        assert_eq!(ararat.resolve("Ararat (Ararat)"), Some(EntityId(2)));
        // Context that relates to neither leaves every candidate.
        assert_eq!(
            entities.resolve_in("Central", &[EntityId(7)]),
            Resolution::Ambiguous(vec![EntityId(2), EntityId(3)])
        );
    }

    #[test]
    fn a_homonym_within_the_homonym_directly_within_the_context_leaves_both() {
        use EntityKind::*;
        // The municipality of Šabac and the city of Šabac within it: both lie within
        // Serbia, and the municipality, directly within it, is not picked unseen.
        let entities = registry(&[
            ("Србија", Country, None, &[]),            // 0
            ("Шабац", Municipality, Some(0), &[]),     // 1
            ("Шабац", City, Some(1), &["Шапцу"]),      // 2
            ("Пријепоље", Municipality, Some(0), &[]), // 3
            ("Пријепоље", Village, Some(3), &[]),      // 4
            ("Ваљево", City, Some(0), &[]),            // 5
        ]);
        for name in ["Шабац", "Пријепоље"] {
            assert_eq!(
                entities.resolve_in(name, &[EntityId(0)]),
                Resolution::Ambiguous(entities.named(name)),
                "{name}"
            );
            // Out of the municipality, its own city is the one within.
            let municipality = entities.named(name)[0];
            assert_eq!(
                entities.resolve_in(name, &[municipality]),
                Resolution::Entity(entities.named(name)[1]),
                "{name}"
            );
        }
        // The alias names the city alone, and the qualified name picks either.
        assert_eq!(
            entities.resolve_in("Шапцу", &[EntityId(0)]),
            Resolution::Entity(EntityId(2))
        );
        assert_eq!(entities.resolve("Шабац (Шабац)"), Some(EntityId(2)));
        assert_eq!(entities.resolve("Шабац (Србија)"), Some(EntityId(1)));
        assert_eq!(
            entities.qualified_name(EntityId(2)).as_deref(),
            Some("Шабац (Шабац)")
        );
        let mut resolver = Resolver::new(&entities);
        assert_eq!(resolver.resolve_within("Шабац", Some(EntityId(0))), None);
        // A club registered within the city it is named after is no place of the name: the
        // city directly within the context is the one meant.
        let entities = registry(&[
            ("Aichi", Prefecture, None, &[]),       // 0
            ("Toyota", City, Some(0), &[]),         // 1
            ("Toyota", Organization, Some(1), &[]), // 2
        ]);
        assert_eq!(
            entities.resolve_in("Toyota", &[EntityId(0)]),
            Resolution::Entity(EntityId(1))
        );
    }

    /// Springfields in four states, two of them in counties named `Clark`, and a
    /// `Forest Park` in each Springfield.
    fn springfields() -> Entities {
        use EntityKind::*;
        registry(&[
            ("United States", Country, None, &[]),  // 0
            ("Illinois", State, Some(0), &[]),      // 1
            ("Massachusetts", State, Some(0), &[]), // 2
            ("Springfield", City, Some(1), &[]),    // 3
            ("Springfield", City, Some(2), &[]),    // 4
            ("Forest Park", Ward, Some(3), &[]),    // 5
            ("Forest Park", Ward, Some(4), &[]),    // 6
            ("Mason Square", Ward, Some(4), &[]),   // 7
            ("Lincoln Park", Ward, Some(3), &[]),   // 8
            ("Ohio", State, Some(0), &[]),          // 9
            ("Indiana", State, Some(0), &[]),       // 10
            ("Clark", County, Some(9), &[]),        // 11
            ("Clark", County, Some(10), &[]),       // 12
            ("Springfield", City, Some(11), &[]),   // 13
            ("Springfield", City, Some(12), &[]),   // 14
            ("Forest Park", Ward, Some(13), &[]),   // 15
            ("Forest Park", Ward, Some(14), &[]),   // 16
            ("Indian Orchard", Ward, Some(4), &[]), // 17
        ])
    }

    #[test]
    fn a_subject_is_the_homonym_that_holds_every_member_each_by_its_own_candidates() {
        let entities = springfields();
        let springfield = entities.named("Springfield");
        let members = |names: &[&str]| -> Vec<Vec<EntityId>> {
            names.iter().map(|name| entities.named(name)).collect()
        };
        // Every Springfield holds a Forest Park; only Massachusetts's holds Mason Square too.
        assert_eq!(
            entities.choose_around(
                springfield.clone(),
                &members(&["Forest Park", "Mason Square"])
            ),
            Resolution::Entity(EntityId(4))
        );
        // A name that names nothing settles nothing and blocks nothing.
        assert_eq!(
            entities.choose_around(
                springfield.clone(),
                &members(&["Nowhere", "Forest Park", "Mason Square"])
            ),
            Resolution::Entity(EntityId(4))
        );
        // A shared member alone fits every Springfield alike.
        assert_eq!(
            entities.choose_around(springfield.clone(), &members(&["Forest Park"])),
            Resolution::Ambiguous(springfield.clone())
        );
        // None holds all: the one that holds the most (3 of 4)...
        assert_eq!(
            entities.choose_around(
                springfield.clone(),
                &members(&[
                    "Forest Park",
                    "Mason Square",
                    "Indian Orchard",
                    "Lincoln Park"
                ])
            ),
            Resolution::Entity(EntityId(4))
        );
        // ... and a tie (2 and 2) is ambiguous among those tied.
        assert_eq!(
            entities.choose_around(
                springfield.clone(),
                &members(&["Forest Park", "Mason Square", "Lincoln Park"])
            ),
            Resolution::Ambiguous(vec![EntityId(3), EntityId(4)])
        );
        // Failing one that holds any, the one related to the most: within Ohio.
        assert_eq!(
            entities.choose_around(springfield.clone(), &members(&["Ohio"])),
            Resolution::Entity(EntityId(13))
        );
        // Members related to no Springfield leave every one.
        assert_eq!(
            entities.choose_around(springfield.clone(), &members(&["Nowhere"])),
            Resolution::Ambiguous(springfield)
        );
    }

    #[test]
    fn a_qualified_name_goes_up_the_parents_until_it_picks_one_entity() {
        let entities = springfields();
        let forest_parks = entities.named("Forest Park");
        let qualified: Vec<Option<String>> = forest_parks
            .iter()
            .map(|&id| entities.qualified_name(id))
            .collect();
        assert_eq!(
            qualified,
            [
                Some("Forest Park (Springfield (Illinois))".to_string()),
                Some("Forest Park (Springfield (Massachusetts))".to_string()),
                Some("Forest Park (Springfield (Clark (Ohio)))".to_string()),
                Some("Forest Park (Springfield (Clark (Indiana)))".to_string()),
            ]
        );
        // Each reads back as the one entity it was made for.
        for (&id, name) in forest_parks.iter().zip(&qualified) {
            assert_eq!(entities.resolve(name.as_deref().unwrap()), Some(id));
        }
        // A parent's name that no other entity bears is enough...
        assert_eq!(
            entities.qualified_name(EntityId(3)).as_deref(),
            Some("Springfield (Illinois)")
        );
        // ... and so is one that others bear, when the qualified name reads back as the
        // one entity: the town within the province of Ararat.
        let ararat = registry(&[
            ("Armenia", EntityKind::Country, None, &[]),
            ("Ararat", EntityKind::Province, Some(0), &[]),
            ("Ararat", EntityKind::Town, Some(1), &[]),
        ]);
        assert_eq!(
            ararat.qualified_name(EntityId(2)).as_deref(),
            Some("Ararat (Ararat)")
        );
        assert_eq!(
            ararat.qualified_name(EntityId(1)).as_deref(),
            Some("Ararat (Armenia)")
        );
        // The candidates are told apart by their parents' picking names too.
        assert_eq!(
            entities.describe(EntityId(6)),
            "`Forest Park`, a ward within `Springfield (Massachusetts)`"
        );
        assert_eq!(
            entities.describe(EntityId(16)),
            "`Forest Park`, a ward within `Springfield (Clark (Indiana))`"
        );
        // A parent without a parent of its own is picked by an alias no other bears.
        let georgia = world();
        let tbilisi = registry(&[
            ("Georgia", EntityKind::Country, None, &["Georgia (country)"]), // 0
            ("United States", EntityKind::Country, None, &[]),              // 1
            ("Georgia", EntityKind::State, Some(1), &[]),                   // 2
            ("Tbilisi", EntityKind::City, Some(0), &[]),                    // 3
            ("Tbilisi", EntityKind::City, Some(2), &[]),                    // 4
        ]);
        assert_eq!(
            tbilisi.qualified_name(EntityId(3)).as_deref(),
            Some("Tbilisi (Georgia (country))")
        );
        assert_eq!(
            tbilisi.resolve("Tbilisi (Georgia (country))"),
            Some(EntityId(3))
        );
        assert_eq!(georgia.qualified_name(EntityId(6)), None, "no parent");
    }

    #[test]
    fn a_place_is_named_by_its_qualified_name_before_an_alias_that_only_respells_it() {
        use EntityKind::*;
        let entities = registry(&[
            ("Bangladesh", Country, None, &[]),                        // 0
            ("Chattogram", Region, Some(0), &["Chatogram"]),           // 1
            ("Chattogram", District, Some(1), &[]),                    // 2
            ("Ravenna", Province, Some(0), &["Provincia di Ravenna"]), // 3
            ("Ravenna", Municipality, Some(3), &[]),                   // 4
        ]);
        assert_eq!(
            entities.distinct_name(EntityId(1)),
            "Chattogram (Bangladesh)"
        );
        // An alias that is a name of its own still picks the place.
        assert_eq!(entities.distinct_name(EntityId(3)), "Provincia di Ravenna");
        // With no parent to qualify it, a respelling is better than a name that picks none.
        let alone = registry(&[
            ("Chattogram", Region, None, &["Chatogram"]), // 0
            ("Chattogram", District, Some(0), &[]),       // 1
        ]);
        assert_eq!(alone.distinct_name(EntityId(0)), "Chatogram");
    }

    #[test]
    fn no_qualified_name_is_offered_that_reads_back_as_another_entity() {
        use EntityKind::*;
        // Two Forest Parks under two Springfields under two Clarks under two Ohios, all
        // without a parent above: no chain of names tells them apart.
        let entities = registry(&[
            ("Ohio", State, None, &[]),          // 0
            ("Ohio", State, None, &[]),          // 1
            ("Clark", County, Some(0), &[]),     // 2
            ("Clark", County, Some(1), &[]),     // 3
            ("Forest Park", Ward, Some(2), &[]), // 4
            ("Forest Park", Ward, Some(3), &[]), // 5
        ]);
        assert_eq!(entities.qualified_name(EntityId(4)), None);
        assert_eq!(entities.qualified_name(EntityId(5)), None);
        assert_eq!(
            entities.describe(EntityId(4)),
            "`Forest Park`, a ward within `Clark`"
        );
    }

    #[test]
    fn a_qualified_name_is_written_without_its_qualifier_in_an_article() {
        let entities = world();
        assert_eq!(entities.unqualified("Central (Ghana)"), Some("Central"));
        assert_eq!(
            entities.unqualified("Atlanta (Georgia (United States))"),
            Some("Atlanta")
        );
        // Whether or not the whole resolves.
        assert_eq!(entities.unqualified("Central (Nowhere)"), Some("Central"));
        // A name registered whole is read as it is.
        assert_eq!(entities.unqualified("Georgia (country)"), None);
        assert_eq!(entities.unqualified("Central"), None);
    }

    #[test]
    fn a_resolver_settles_a_shared_name_within_a_context() {
        let entities = springfields();
        let mut resolver = Resolver::new(&entities);
        for _ in 0..2 {
            assert_eq!(resolver.resolve("Forest Park"), None);
            assert_eq!(
                resolver.resolve_within("Forest Park", Some(EntityId(4))),
                Some(EntityId(6))
            );
            // The answer remembered is the context's own.
            assert_eq!(
                resolver.resolve_within("Forest Park", Some(EntityId(3))),
                Some(EntityId(5))
            );
            assert_eq!(resolver.resolve_within("Forest Park", None), None);
            // A context that holds several settles nothing.
            assert_eq!(
                resolver.resolve_within("Forest Park", Some(EntityId(0))),
                None
            );
            assert_eq!(
                resolver.resolve_within("Mason Square", Some(EntityId(3))),
                Some(EntityId(7)),
                "a name of one place is that place anywhere"
            );
            assert_eq!(resolver.resolve_within("Nowhere", Some(EntityId(4))), None);
        }
    }

    #[test]
    fn a_qualified_name_picks_the_homonym_within_the_qualifier() {
        let entities = world();
        assert_eq!(entities.resolve("Central (Ghana)"), Some(EntityId(2)));
        assert_eq!(entities.resolve("Central ( Botswana )"), Some(EntityId(3)));
        assert_eq!(
            entities.resolve("Georgia (United States)"),
            Some(EntityId(8))
        );
        assert_eq!(entities.resolve("Atlanta (Georgia)"), Some(EntityId(9)));
        // An alias spelled like a qualified name is found as it is.
        assert_eq!(entities.resolve("Georgia (country)"), Some(EntityId(6)));
        // Nested qualifiers, and qualifiers through several levels.
        assert_eq!(
            entities.resolve("Atlanta (Georgia (United States))"),
            Some(EntityId(9))
        );
        assert_eq!(entities.resolve("Serowe (Botswana)"), Some(EntityId(5)));
        assert_eq!(entities.resolve("Central (Georgia)"), None);
        assert_eq!(entities.resolve("Central (Nowhere)"), None);
    }

    #[test]
    fn a_name_shared_through_an_alias_is_told_apart_by_its_parent() {
        use EntityKind::*;
        let entities = registry(&[
            ("Ghana", Country, None, &[]),                       // 0
            ("Botswana", Country, None, &[]),                    // 1
            ("Central Region", Province, Some(0), &["Central"]), // 2
            ("Central", District, Some(1), &[]),                 // 3
        ]);
        assert_eq!(
            entities.resolve_in("Central", &[EntityId(0)]),
            Resolution::Entity(EntityId(2))
        );
        assert_eq!(entities.resolve("Central (Botswana)"), Some(EntityId(3)));
        assert_eq!(
            entities.resolve("Central Region (Ghana)"),
            Some(EntityId(2))
        );
        assert_eq!(entities.resolve("Central Region (Botswana)"), None);
    }

    #[test]
    fn qualifiers_split_on_the_closing_parentheses() {
        assert_eq!(
            split_qualifier("Central (Ghana)"),
            Some(("Central", "Ghana"))
        );
        assert_eq!(split_qualifier("A (B (C))"), Some(("A", "B (C)")));
        assert_eq!(split_qualifier("(Ghana)"), None);
        assert_eq!(split_qualifier("Central ()"), None);
        assert_eq!(split_qualifier("Central"), None);
        assert_eq!(split_qualifier("a)"), None);
    }

    #[test]
    fn thousands_of_homonyms_resolve_by_the_index_of_children() {
        let mut items: Vec<(String, EntityKind, Option<u32>)> = Vec::new();
        for i in 0..2_000u32 {
            items.push((format!("P{i}"), EntityKind::Province, None));
            items.push(("Central".to_string(), EntityKind::District, Some(2 * i)));
        }
        let items: Vec<(&str, EntityKind, Option<u32>, &[&str])> = items
            .iter()
            .map(|(name, kind, parent)| (name.as_str(), *kind, *parent, &[][..]))
            .collect();
        let entities = registry(&items);
        assert!(entities.named("Central").len() > COMPARED_HOMONYMS);
        assert_eq!(
            entities.resolve_in("Central", &[EntityId(1234)]),
            Resolution::Entity(EntityId(1235))
        );
        assert_eq!(entities.resolve("Central (P617)"), Some(EntityId(1235)));
        assert_eq!(entities.resolve("Central (P617 (Nowhere))"), None);
        assert!(matches!(
            entities.resolve_in("Central", &[]),
            Resolution::Ambiguous(all) if all.len() == 2_000
        ));
    }

    #[test]
    fn deep_parentheses_are_not_followed_without_end() {
        let entities = world();
        let name = format!("Central{}", " (Ghana".repeat(10_000) + &")".repeat(10_000));
        assert_eq!(entities.resolve(&name), None);
    }

    #[test]
    fn candidates_are_described_with_their_parents() {
        let entities = world();
        assert_eq!(
            entities.describe(EntityId(3)),
            "`Central`, a district within `Botswana`"
        );
        assert_eq!(
            entities.describe(EntityId(6)),
            "`Georgia`, a country with no parent"
        );
        assert_eq!(
            entities.qualified_name(EntityId(2)).as_deref(),
            Some("Central (Ghana)")
        );
        assert_eq!(entities.qualified_name(EntityId(6)), None);
    }
}
