//! The registry: entities keyed by their names and aliases on every core, duplicates and
//! contested names told apart, and each entity linked to its parent, cycles broken.

use hashbrown::HashTable;
use rayon::prelude::*;

use super::names::report_unresolved;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::FileId;
use crate::hashing::{HashMap, HashSet};
use crate::load::entities::RawEntity;
use crate::model::{
    Entities, Entity, EntityId, EntityKind, NameIndex, NameShard, Named, Project, Resolution,
    name_key,
};
use crate::sharding::{Grouped, concat_on_pool};

/// A raw entity with the [`name_key`]s of its name and aliases (in that order), the hash
/// of each in the registry's name index, and its parent's key.
struct Keyed {
    raw: RawEntity,
    keys: Vec<String>,
    hashes: Vec<u64>,
    parent: Option<String>,
}

impl Keyed {
    /// The name (0) or alias (1 on) written at `slot`.
    fn written(&self, slot: u32) -> &Located<String> {
        match slot.checked_sub(1) {
            None => &self.raw.name,
            Some(alias) => &self.raw.aliases[alias as usize],
        }
    }
}

/// One name or alias of a raw entity: the entity's place in file order, and which of its
/// names it is (0 for its name, then its aliases in order).
type Slot = (u32, u32);

/// One name's entries in a shard, in file order: its first, and any after, which few names
/// have.
pub(super) struct Entries<'a> {
    key: &'a str,
    hash: u64,
    first: Slot,
    more: Vec<Slot>,
}

impl Entries<'_> {
    fn iter(&self) -> impl Iterator<Item = Slot> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// One shard's names, each with its entries.
type ShardNames<'a> = HashTable<Entries<'a>>;

/// One shard of the registry's name index, and the clashes found in it, each at the place
/// of the name it is about.
type ShardIndex = (NameShard, Vec<(Slot, Diagnostic)>);

/// Builds the entity registry. Under one parent (or none) a name means one entity: a name's
/// first entity wins, a later entity of that name is refused, and an alias that is another
/// entity's name, written before it or after, or already an alias, is dropped; places may
/// share a name under different parents (see `model::resolve`).
///
/// The registry's name index is sharded as the claim ids are: a name's entries (under every
/// parent) all fall in one shard, by the hash of its key, and each shard takes them in file
/// order, on rayon's pool. One thing crosses shards: a refused entity's aliases are none of
/// its names, so they do not make a later name a duplicate. Which entities are refused is
/// therefore settled first, in file order, among the few that share a name and a parent
/// with another; the shards then find every clash and build their index, and the findings
/// are merged by place, in the order a sequential run gives them.
pub(super) fn link_entities(
    project: &mut Project,
    raw_entities: Vec<Vec<RawEntity>>,
    not_loaded: crate::model::NotLoaded,
    suggest: bool,
    diagnostics: &mut Diagnostics,
) {
    let mut entities = Entities::default();
    // Known before parents are linked: a parent may name an entity that did not load.
    entities.set_not_loaded(not_loaded);
    if !suggest {
        entities.leave_out_suggestions();
    }
    let raw_entities = concat_on_pool(raw_entities, || RawEntity {
        name: Located::new(String::new(), Location::new(FileId(0), 0..0)),
        kind: Located::new(EntityKind::Country, Location::new(FileId(0), 0..0)),
        parent: None,
        aliases: Vec::new(),
    });
    let count = u32::try_from(raw_entities.len()).expect("fewer than 4 billion entities");
    // The keys of every name, alias and parent (each a normalization), on rayon's pool.
    let keyed: Vec<Keyed> = raw_entities
        .into_par_iter()
        .map(|raw| {
            let keys: Vec<String> = std::iter::once(&raw.name)
                .chain(&raw.aliases)
                .map(|name| name_key(&name.value))
                .collect();
            let hashes = keys.iter().map(|key| entities.name_hash(key)).collect();
            let parent = raw.parent.as_ref().map(|p| name_key(&p.value));
            Keyed {
                raw,
                keys,
                hashes,
                parent,
            }
        })
        .collect();
    // Each shard's names, each with its entries in file order; and the entities that share
    // a name and a parent with another entity.
    let grouped: Grouped<Slot> = Grouped::new(&keyed, Entities::SHARDS, |entity, keyed| {
        (0..)
            .zip(&keyed.hashes)
            .map(move |(slot, &hash)| (NameIndex::shard(hash), (entity, slot)))
    });
    let (shards, contested): (Vec<ShardNames>, Vec<Vec<u32>>) = (0..NameIndex::SHARDS)
        .into_par_iter()
        .map(|shard| {
            // Sized for the shard's entries, which are at least its names: never grown.
            let mut names: ShardNames = HashTable::with_capacity(grouped.shard(shard).count());
            for &(entity, slot) in grouped.shard(shard) {
                let of = &keyed[entity as usize];
                let (key, hash) = (of.keys[slot as usize].as_str(), of.hashes[slot as usize]);
                match names.find_mut(hash, |entries| entries.key == key) {
                    Some(entries) => entries.more.push((entity, slot)),
                    None => {
                        let entries = Entries {
                            key,
                            hash,
                            first: (entity, slot),
                            more: Vec::new(),
                        };
                        names.insert_unique(hash, entries, |entries| entries.hash);
                    }
                }
            }
            let contested = names
                .iter()
                .flat_map(|entries| contested_entities(entries, &keyed))
                .collect();
            (names, contested)
        })
        .unzip();
    drop(grouped);
    let kept = kept_entities(&keyed, contested.into_iter().flatten().collect());
    // Each kept entity's id: its place among the kept.
    let ids: Vec<EntityId> = kept
        .iter()
        .scan(0u32, |next, &kept| {
            let id = EntityId(*next);
            *next += u32::from(kept);
            Some(id)
        })
        .collect();
    let built: Vec<ShardIndex> = shards
        .into_par_iter()
        .map(|names| {
            let index = entities.new_name_shard(names.len());
            index_names(names, index, &keyed, &kept, &ids)
        })
        .collect();
    let mut by_name = Vec::with_capacity(built.len());
    let mut found = Vec::new();
    for (index, clashes) in built {
        by_name.push(index);
        found.extend(clashes);
    }
    found.sort_unstable_by_key(|&(slot, _)| slot);
    // The aliases dropped, in order, to leave out of their entities.
    let dropped: Vec<Slot> = found
        .iter()
        .map(|&(slot, _)| slot)
        .filter(|&(_, slot)| slot > 0)
        .collect();
    diagnostics.extend(found.into_iter().map(|(_, diagnostic)| diagnostic));
    let entity = |entity: u32, keyed: Keyed| {
        let raw = keyed.raw;
        let from = dropped.partition_point(|&(of, _)| of < entity);
        let aliases = if dropped.get(from).is_some_and(|&(of, _)| of == entity) {
            (1..)
                .zip(raw.aliases)
                .filter(|&(slot, _)| dropped.binary_search(&(entity, slot)).is_err())
                .map(|(_, alias)| alias)
                .collect()
        } else {
            raw.aliases
        };
        Entity {
            name: raw.name,
            kind: raw.kind,
            parent: raw.parent,
            parent_entity: None,
            aliases,
        }
    };
    // Every entity kept is the usual case: then the entities are built in place.
    let items: Vec<Entity> = if kept.iter().all(|&kept| kept) {
        (0..count)
            .into_par_iter()
            .zip(keyed)
            .map(|(index, keyed)| entity(index, keyed))
            .collect()
    } else {
        (0..count)
            .into_par_iter()
            .zip(keyed)
            .filter(|&(index, _)| kept[index as usize])
            .map(|(index, keyed)| entity(index, keyed))
            .collect()
    };
    entities.set_registry(items, by_name);
    link_parents(&mut entities, diagnostics);
    break_parent_cycles(&mut entities, diagnostics);
    entities.index_parents();
    entities.index_nesting();
    project.entities = entities;
}

/// Of one name's entries (in file order, under any parent), the entities that share the
/// name and a parent with another entity: only these can be refused, or make another be.
fn contested_entities(entries: &Entries, keyed: &[Keyed]) -> Vec<u32> {
    let mut contested = Vec::new();
    let (first, _) = entries.first;
    if entries.more.iter().all(|&(entity, _)| entity == first) {
        return contested;
    }
    let mut by_parent: HashMap<Option<&str>, u32> = HashMap::default();
    for (entity, _) in entries.iter() {
        let parent = keyed[entity as usize].parent.as_deref();
        match by_parent.get(&parent) {
            Some(&other) if other != entity => contested.extend([other, entity]),
            Some(_) => {}
            None => {
                by_parent.insert(parent, entity);
            }
        }
    }
    contested
}

/// Which entities are kept: all but those whose name, under their parent, is already the
/// name of an entity kept before them. Only the `contested` entities (see
/// [`contested_entities`]) can be refused or refuse another, so only they are taken in order.
fn kept_entities(keyed: &[Keyed], mut contested: Vec<u32>) -> Vec<bool> {
    let mut kept = vec![true; keyed.len()];
    contested.sort_unstable();
    contested.dedup();
    // The names of the entities kept: an alias refuses none, as the name holds against it
    // ([`index_names`] drops the alias).
    let mut named: HashSet<(&str, Option<&str>)> = HashSet::default();
    for entity in contested {
        let keyed = &keyed[entity as usize];
        let parent = keyed.parent.as_deref();
        if !named.insert((keyed.keys[0].as_str(), parent)) {
            kept[entity as usize] = false;
        }
    }
    kept
}

/// One shard's part of the name index, from its names' entries in file order, and the
/// findings about them, each with the place of the name it is about: a refused entity's
/// name, and an alias that is already a name under the same parent.
fn index_names(
    names: ShardNames,
    mut index: NameShard,
    keyed: &[Keyed],
    kept: &[bool],
    ids: &[EntityId],
) -> ShardIndex {
    let mut found = Vec::new();
    // The first entry of the name under each parent.
    let mut first: HashMap<Option<&str>, Slot> = HashMap::default();
    let mut bearer: HashMap<Option<&str>, Slot> = HashMap::default();
    for entries in names {
        // The usual name, of one entity and written once: nothing to compare. (A refused
        // entity's name is always written twice: it was refused for the other.)
        if let ((entity, _), []) = (entries.first, entries.more.as_slice())
            && kept[entity as usize]
        {
            index.insert(entries.hash, Named::one(entries.key, ids[entity as usize]));
            continue;
        }
        first.clear();
        // Under each parent, the kept entity that bears the name as its name: it holds the
        // name against an alias of another, written before it or after (the city `Coburg`
        // beside `Landkreis Coburg` with the alias `Coburg`, both within `Bayern`).
        bearer.clear();
        for (entity, slot) in entries.iter() {
            if slot == 0 && kept[entity as usize] {
                let parent = keyed[entity as usize].parent.as_deref();
                bearer.entry(parent).or_insert((entity, slot));
            }
        }
        let mut named = Vec::new();
        for (entity, slot) in entries.iter() {
            let index = entity as usize;
            // A refused entity's aliases are none of its names.
            if !kept[index] && slot > 0 {
                continue;
            }
            let of = &keyed[index];
            let parent = of.parent.as_deref();
            let owner = first.get(&parent).copied().or_else(|| {
                bearer
                    .get(&parent)
                    .copied()
                    .filter(|&(named_by, _)| slot > 0 && named_by != entity)
            });
            if let Some((owner_id, owner_slot)) = owner {
                let owner = &keyed[owner_id as usize];
                // An alias that writes its own entity's name with other apostrophes
                // (`Oʻzbekiston` beside `O'zbekiston`) names it as the quotes do, which fold
                // them: a spelling of the one name, denoting the one entity, which nothing
                // confuses. Written alike, it is the same name twice.
                if slot > 0
                    && owner_id == entity
                    && of.written(slot).value != owner.written(owner_slot).value
                {
                    continue;
                }
                let at = &owner.written(owner_slot).at;
                let diagnostic = if slot == 0 {
                    duplicate_entity(&of.raw.name, of.raw.parent.as_ref(), at)
                } else if owner_slot == 0 && owner_id != entity {
                    alias_of_another_name(
                        of.written(slot),
                        &of.raw.name.value,
                        parent_of(of),
                        (at, owner.raw.kind.value),
                    )
                } else {
                    duplicate_alias(
                        of.written(slot),
                        &of.raw.name.value,
                        &owner.raw.name.value,
                        at,
                    )
                };
                found.push(((entity, slot), diagnostic));
                continue;
            }
            if kept[index] {
                first.insert(parent, (entity, slot));
                if named.last() != Some(&ids[index]) {
                    named.push(ids[index]);
                }
            }
        }
        if !named.is_empty() {
            index.insert(entries.hash, Named::new(entries.key, named));
        }
    }
    (index, found)
}

/// How many times the parents left ambiguous are tried again: each pass links more of the
/// hierarchy, which lets a qualified parent (`Central (Ghana)`) resolve through parents
/// linked by the pass before.
const PARENT_PASSES: usize = 4;

/// Resolves each entity's `parent:`. A parent is chosen out of context, so a name shared by
/// several entities needs its qualified form; a first pass links the unambiguous ones, and
/// later passes resolve qualified names through the links made so far.
fn link_parents(entities: &mut Entities, diagnostics: &mut Diagnostics) {
    let mut pending: Vec<EntityId> = entities
        .iter()
        .filter(|(_, entity)| entity.parent.is_some())
        .map(|(id, _)| id)
        .collect();
    for pass in 0..=PARENT_PASSES {
        let last = pass == PARENT_PASSES;
        // The links made so far, indexed for qualified names (`Central (Ghana)`).
        entities.index_parents();
        let before = pending.len();
        // A parent written as a registered name or alias resolves without following any
        // link, so on rayon's pool. The others (qualified names) are resolved in order
        // below, each through the links made before it.
        let settled: Vec<Option<Resolution>> = pending
            .par_iter()
            .map(|&id| {
                let parent = entities.get(id).parent.as_ref()?;
                let candidates = entities.named_directly(&parent.value)?;
                Some(choose_parent(entities, id, candidates))
            })
            .collect();
        let mut unresolved = Vec::new();
        // Links found on the pool, set in runs between the parents resolved in order, so
        // that each of those (and each report, which describes candidates by their parents)
        // sees every link made before it, and no later one.
        let mut links: Vec<(EntityId, EntityId)> = Vec::new();
        for (id, settled) in pending.into_iter().zip(settled) {
            let resolution = match settled {
                Some(Resolution::Entity(found)) => {
                    links.push((id, found));
                    continue;
                }
                Some(_) if !last => {
                    unresolved.push(id);
                    continue;
                }
                Some(resolution) => {
                    entities.set_parents(&links);
                    links.clear();
                    resolution
                }
                None => {
                    entities.set_parents(&links);
                    links.clear();
                    let Some(parent) = entities.get(id).parent.as_ref() else {
                        continue;
                    };
                    parent_candidates(entities, id, parent)
                }
            };
            let Some(parent) = entities.get(id).parent.as_ref() else {
                continue;
            };
            match resolution {
                Resolution::Entity(found) => entities.get_mut(id).parent_entity = Some(found),
                resolution if last => {
                    report_unresolved_parent(entities, id, parent, resolution, diagnostics)
                }
                _ => unresolved.push(id),
            }
        }
        entities.set_parents(&links);
        pending = unresolved;
        if pending.is_empty() {
            // Every parent is linked; the caller indexes the final links.
            return;
        }
        if pending.len() == before && !last {
            // No progress: one last pass reports what remains.
            for &id in &pending {
                if let Some(parent) = entities.get(id).parent.as_ref() {
                    let resolution = parent_candidates(entities, id, parent);
                    report_unresolved_parent(entities, id, parent, resolution, diagnostics);
                }
            }
            return;
        }
    }
}

/// Most entities a CC023 names of the cycle it reports: the first nine and the last, before
/// the one that closes it.
const CYCLE_NAMED: usize = 10;

/// Reports a `parent:` of `id` that names no other entity: CC023 when it names `id`
/// itself (an entity is never its own parent, and "no known entity" would be false), else
/// as any unresolved name.
fn report_unresolved_parent(
    entities: &Entities,
    id: EntityId,
    parent: &Located<String>,
    resolution: Resolution,
    diagnostics: &mut Diagnostics,
) {
    if matches!(resolution, Resolution::Unknown) && entities.named(&parent.value) == [id] {
        let name = &entities.get(id).name.value;
        diagnostics.push(
            Diagnostic::new(
                Code::ParentCycle,
                format!("`{name}` is its own parent"),
                parent.at,
                "the entity itself",
            )
            .with_help(
                "give the entity the place that contains it as `parent:`, or leave `parent:` \
                 out for a place that lies within no other",
            ),
        );
        return;
    }
    report_unresolved(entities, parent, "parent", resolution, None, diagnostics);
}

/// What `parent` may denote as the parent of `id`: never `id` itself, which may share the
/// name of the place it lies within (a city named like its province).
fn parent_candidates(entities: &Entities, id: EntityId, parent: &Located<String>) -> Resolution {
    choose_parent(entities, id, entities.named(&parent.value))
}

/// The parent of `id` among the entities its `parent:` may name, out of context.
fn choose_parent(entities: &Entities, id: EntityId, mut candidates: Vec<EntityId>) -> Resolution {
    candidates.retain(|&candidate| candidate != id);
    entities.choose(candidates, &[])
}

/// A second entity of one name under one parent.
fn duplicate_entity(
    name: &Located<String>,
    parent: Option<&Located<String>>,
    first: &Location,
) -> Diagnostic {
    let (message, help) = match parent {
        Some(parent) => (
            format!(
                "two entities named `{}` lie within `{}`",
                name.value, parent.value
            ),
            "if both are the same entity, delete one; if they are different places in one \
             parent, give them different names (places that share a name must lie within \
             different parents)",
        ),
        None => (
            format!(
                "two entities are named `{}`, and neither has a parent",
                name.value
            ),
            "if both are the same entity, delete one; if they are different places that share a \
             name, give each its `parent:` (the place it lies within), which tells them apart",
        ),
    };
    Diagnostic::new(Code::DuplicateId, message, name.at, "named again here")
        .with_label(*first, "first named here")
        .with_help(help)
}

/// The parent as written, to name it in a message.
fn parent_of(keyed: &Keyed) -> Option<&Located<String>> {
    keyed.raw.parent.as_ref()
}

/// An alias that is the name of another entity under the same parent: the name holds, and
/// the alias is dropped, whichever is written first. Two places of one name within one
/// parent are common (a district and the city it is named after), and the alias that
/// shortens the district's name to the city's would make the name mean either.
fn alias_of_another_name(
    alias: &Located<String>,
    entity: &str,
    parent: Option<&Located<String>>,
    (name, kind): (&Location, EntityKind),
) -> Diagnostic {
    let alias_name = &alias.value;
    let message = match parent {
        Some(parent) => format!(
            "the alias `{alias_name}` of `{entity}` is the name of another entity within `{}`",
            parent.value
        ),
        None => format!(
            "the alias `{alias_name}` of `{entity}` is the name of another entity without a \
             parent"
        ),
    };
    Diagnostic::new(
        Code::DuplicateId,
        message,
        alias.at,
        format!("an alias of `{entity}`, dropped"),
    )
    .with_label(
        *name,
        format!("the name of {}, which keeps it", kind.with_article()),
    )
    .with_help(format!(
        "a name denotes one entity within one parent, and a name holds against an alias: \
         remove the alias `{alias_name}` from `{entity}`, which its own name still names; if \
         both are the same place, delete one of them"
    ))
}

/// An alias that is already a name of an entity under the same parent.
fn duplicate_alias(
    alias: &Located<String>,
    entity: &str,
    owner: &str,
    first: &Location,
) -> Diagnostic {
    let message = if owner == entity {
        format!("`{entity}` has the name `{}` twice", alias.value)
    } else {
        format!(
            "the alias `{}` of `{entity}` is already a name of `{owner}`, under the same parent",
            alias.value
        )
    };
    Diagnostic::new(Code::DuplicateId, message, alias.at, "named again here")
        .with_label(*first, "first named here")
        .with_help("a name must denote one entity within one parent; remove it from one of them")
}

/// Reports every cycle of `parent:` links (an entity that is its own ancestor) and cuts it,
/// so that walks up the hierarchy always end. Each entity has at most one parent, so one
/// walk per entity, marking what it has seen, finds every cycle in O(entities).
fn break_parent_cycles(entities: &mut Entities, diagnostics: &mut Diagnostics) {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnThisWalk,
        Done,
    }
    let mut seen = vec![Seen::No; entities.len()];
    let ids: Vec<EntityId> = entities.iter().map(|(id, _)| id).collect();
    for start in ids {
        let mut path = Vec::new();
        let mut next = Some(start);
        while let Some(id) = next {
            match seen[id.0 as usize] {
                Seen::Done => break,
                Seen::OnThisWalk => {
                    // The path from `id`'s first visit on is the cycle.
                    let from = path.iter().position(|&p| p == id).unwrap_or(0);
                    let cycle: Vec<EntityId> = path[from..].to_vec();
                    let name = |e: &EntityId| {
                        std::borrow::Cow::Borrowed(entities.get(*e).name.value.as_str())
                    };
                    // A cycle of thousands is named by its ends: the message is one line.
                    let names: Vec<std::borrow::Cow<str>> = if cycle.len() <= CYCLE_NAMED {
                        cycle.iter().chain(std::iter::once(&id)).map(name).collect()
                    } else {
                        let skipped = cycle.len() - CYCLE_NAMED;
                        let mut names: Vec<_> = cycle[..CYCLE_NAMED - 1].iter().map(name).collect();
                        names.push(format!("… {skipped} more").into());
                        names.extend([name(&cycle[cycle.len() - 1]), name(&id)]);
                        names
                    };
                    let last = *cycle.last().expect("a cycle has an entity");
                    let parent = entities
                        .get(last)
                        .parent
                        .clone()
                        .expect("an entity in a cycle has a parent");
                    diagnostics.push(
                        Diagnostic::new(
                            Code::ParentCycle,
                            format!(
                                "`{}` is its own ancestor: {}",
                                entities.get(id).name.value,
                                names.join(" -> ")
                            ),
                            parent.at,
                            "this parent closes the cycle",
                        )
                        .with_help("give each entity the place that contains it as `parent:`"),
                    );
                    entities.get_mut(last).parent_entity = None;
                    break;
                }
                Seen::No => {
                    seen[id.0 as usize] = Seen::OnThisWalk;
                    path.push(id);
                    next = entities.get(id).parent_entity;
                }
            }
        }
        for id in path {
            seen[id.0 as usize] = Seen::Done;
        }
    }
}
