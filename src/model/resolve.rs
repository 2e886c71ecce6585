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
//!    that lies within them.
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

/// Which way a name relates to the context it is resolved in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// A member lies within the claim's subject.
    Within,
    /// A subject contains the claim's members.
    Around,
}

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
            // The usual case of a shared name: the homonym directly within the context.
            if let [only] = self.children_named(&key, context).as_slice() {
                return Resolution::Entity(*only);
            }
        }
        self.choose(
            self.named_key(&key, QUALIFIER_DEPTH),
            context,
            Relation::Within,
        )
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

    /// Picks among `candidates` by `context`: first those in `relation` to a context entity
    /// (strictly within it, or strictly around it), then those related to one in any way
    /// (the same entity, or the other direction).
    pub fn choose(
        &self,
        candidates: Vec<EntityId>,
        context: &[EntityId],
        relation: Relation,
    ) -> Resolution {
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
        let closely = keep(&|candidate, place| match relation {
            Relation::Within => self.is_within(candidate, place),
            Relation::Around => self.is_within(place, candidate),
        });
        if let [only] = closely.as_slice() {
            return Resolution::Entity(*only);
        }
        if !closely.is_empty() {
            return Resolution::Ambiguous(closely);
        }
        let loosely = keep(&|candidate, place| {
            candidate == place
                || self.is_within(candidate, place)
                || self.is_within(place, candidate)
        });
        match loosely.as_slice() {
            [only] => Resolution::Entity(*only),
            [] => Resolution::Ambiguous(candidates),
            _ => Resolution::Ambiguous(loosely),
        }
    }

    /// A name that picks `id` out of its homonyms: `Central (Ghana)`, or `None` for an
    /// entity without a parent.
    pub fn qualified_name(&self, id: EntityId) -> Option<String> {
        let entity = self.get(id);
        let parent = self.get(entity.parent_entity?);
        Some(format!("{} ({})", entity.name.value, parent.name.value))
    }

    /// One line naming a candidate for a reader: "`Central`, a province within `Ghana`".
    pub fn describe(&self, id: EntityId) -> String {
        let entity = self.get(id);
        let kind = entity.kind.value.with_article();
        match entity.parent_entity {
            Some(parent) => format!(
                "`{}`, {kind} within `{}`",
                entity.name.value,
                self.get(parent).name.value
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
    seen: Memo<Box<str>, Option<EntityId>>,
}

impl<'e> Resolver<'e> {
    pub fn new(entities: &'e Entities) -> Resolver<'e> {
        Resolver {
            entities,
            seen: Memo::new(),
        }
    }

    pub fn entities(&self) -> &'e Entities {
        self.entities
    }

    /// The entity `name` denotes when it denotes exactly one, out of context.
    pub fn resolve(&mut self, name: &str) -> Option<EntityId> {
        if let Some(&found) = self.seen.get(name) {
            return found;
        }
        let found = self.entities.resolve(name);
        self.seen.remember(name.into(), found);
        found
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
            ararat.choose(
                ararat.named("Ararat"),
                &[EntityId(1), EntityId(2), EntityId(3)],
                Relation::Around
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
