//! The registry's index of names: a [`name_key`](super::name_key) to the entities that
//! bear it as name or alias, in registry order.
//!
//! Linking looks a name up for every subject and member of every claim, so at millions of
//! entities the shape of an entry decides how many cache lines a lookup touches. An entry
//! is the key and its entities side by side, 32 bytes with no allocation of its own for
//! the usual name that denotes one entity; a `HashMap<String, Vec<EntityId>>` spent 48
//! bytes, a second allocation and a third pointer to follow. The key is hashed once, with
//! a keyed hash (random per run, like a `HashMap`'s, so that names cannot be chosen to
//! collide), and that one hash both picks the shard and places the entry in it.

use hashbrown::HashTable;

use super::EntityId;
use crate::hashing::RandomState;

/// Name key -> its entities, split into [`NameIndex::SHARDS`] tables so that linking
/// builds them all at once on rayon's pool.
#[derive(Clone, Debug, Default)]
pub struct NameIndex {
    hasher: RandomState,
    shards: Vec<HashTable<Named>>,
}

/// One name key and the entities it names.
#[derive(Clone, Debug)]
pub struct Named {
    key: Box<str>,
    ids: Ids,
}

/// The entities of one name, in registry order: one, inline, for almost every name.
#[derive(Clone, Debug)]
enum Ids {
    One([EntityId; 1]),
    Many(Box<[EntityId]>),
}

impl Named {
    /// `ids` in registry order, without repeats; at least one.
    pub fn new(key: impl Into<Box<str>>, ids: Vec<EntityId>) -> Named {
        debug_assert!(!ids.is_empty());
        let ids = match ids.as_slice() {
            [only] => Ids::One([*only]),
            _ => Ids::Many(ids.into_boxed_slice()),
        };
        Named {
            key: key.into(),
            ids,
        }
    }

    /// A name of one entity.
    pub fn one(key: impl Into<Box<str>>, id: EntityId) -> Named {
        Named {
            key: key.into(),
            ids: Ids::One([id]),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn ids(&self) -> &[EntityId] {
        match &self.ids {
            Ids::One(only) => only,
            Ids::Many(ids) => ids,
        }
    }
}

/// One shard of a [`NameIndex`] being built, sized once for its names.
pub struct NameShard {
    hasher: RandomState,
    table: HashTable<Named>,
}

impl NameShard {
    /// Adds a name not yet in the shard; `hash` is its [`NameIndex::hash`].
    pub fn insert(&mut self, hash: u64, named: Named) {
        let hasher = &self.hasher;
        self.table
            .insert_unique(hash, named, |named| hash_key(hasher, &named.key));
    }
}

fn hash_key(hasher: &RandomState, key: &str) -> u64 {
    use std::hash::BuildHasher;
    hasher.hash_one(key)
}

impl NameIndex {
    pub const SHARDS: usize = 64;

    /// The keyed hash of a name key, which both picks its shard and places it there.
    pub fn hash(&self, key: &str) -> u64 {
        hash_key(&self.hasher, key)
    }

    /// Which shard holds the key of this [`NameIndex::hash`]: below [`NameIndex::SHARDS`].
    /// Taken from bits the tables do not place entries by (they use the lowest bits and the
    /// top seven), so that a shard's entries spread over its whole table.
    pub fn shard(hash: u64) -> usize {
        ((hash >> 32) % Self::SHARDS as u64) as usize
    }

    /// An empty shard with room for `names` names, to fill and hand to
    /// [`NameIndex::set_shards`].
    pub fn new_shard(&self, names: usize) -> NameShard {
        NameShard {
            hasher: self.hasher.clone(),
            table: HashTable::with_capacity(names),
        }
    }

    /// Takes the shards built for this index, each holding the keys of its
    /// [`NameIndex::shard`].
    pub fn set_shards(&mut self, shards: Vec<NameShard>) {
        debug_assert_eq!(shards.len(), Self::SHARDS);
        self.shards = shards.into_iter().map(|shard| shard.table).collect();
    }

    /// The entities of name key `key`, in registry order.
    pub fn get(&self, key: &str) -> Option<&[EntityId]> {
        let hash = self.hash(key);
        let shard = self.shards.get(Self::shard(hash))?;
        shard.find(hash, |named| &*named.key == key).map(Named::ids)
    }

    /// Adds `id` under `key`, after the entities already there; an id already there is
    /// not added again.
    pub fn add(&mut self, key: &str, id: EntityId) {
        if self.shards.is_empty() {
            self.shards = vec![HashTable::new(); Self::SHARDS];
        }
        let hash = self.hash(key);
        let hasher = &self.hasher;
        let shard = &mut self.shards[Self::shard(hash)];
        match shard.find_mut(hash, |named| &*named.key == key) {
            Some(named) if named.ids().contains(&id) => {}
            Some(named) => {
                let mut ids = named.ids().to_vec();
                ids.push(id);
                *named = Named::new(std::mem::take(&mut named.key), ids);
            }
            None => {
                shard.insert_unique(hash, Named::new(key, vec![id]), |named| {
                    hash_key(hasher, &named.key)
                });
            }
        }
    }

    /// Every shard's names, for work spread over them.
    pub fn shards(&self) -> impl Iterator<Item = &HashTable<Named>> {
        self.shards.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_one_entity_and_a_name_of_several_read_back_in_order() {
        let mut index = NameIndex::default();
        index.add("gansu", EntityId(0));
        index.add("central", EntityId(3));
        index.add("central", EntityId(1));
        index.add("central", EntityId(3));
        assert_eq!(index.get("gansu"), Some(&[EntityId(0)][..]));
        assert_eq!(index.get("central"), Some(&[EntityId(3), EntityId(1)][..]));
        assert_eq!(index.get("xizang"), None);
    }

    #[test]
    fn an_empty_index_finds_nothing() {
        assert_eq!(NameIndex::default().get(""), None);
    }

    #[test]
    fn shards_built_apart_are_found_by_the_index_that_hashed_their_keys() {
        let mut index = NameIndex::default();
        let names: Vec<String> = (0..1000).map(|i| format!("Xã {i}")).collect();
        let mut shards: Vec<NameShard> = (0..NameIndex::SHARDS)
            .map(|_| index.new_shard(names.len() / NameIndex::SHARDS))
            .collect();
        for (i, name) in names.iter().enumerate() {
            let hash = index.hash(name);
            let ids = vec![EntityId(i as u32), EntityId(i as u32 + 1000)];
            let ids = if i % 2 == 0 { ids } else { ids[..1].to_vec() };
            shards[NameIndex::shard(hash)].insert(hash, Named::new(name.as_str(), ids));
        }
        index.set_shards(shards);
        for (i, name) in names.iter().enumerate() {
            let ids = index.get(name).unwrap();
            assert_eq!(ids[0], EntityId(i as u32));
            assert_eq!(ids.len(), if i % 2 == 0 { 2 } else { 1 });
        }
        let total: usize = index.shards().map(HashTable::len).sum();
        assert_eq!(total, names.len());
    }

    #[test]
    fn an_entry_of_one_entity_takes_no_more_than_its_key_and_a_slice() {
        assert!(std::mem::size_of::<Named>() <= 32);
    }
}
