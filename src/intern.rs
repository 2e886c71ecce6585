//! One shared copy of each distinct name.
//!
//! A million claims name a few thousand subjects, a few dozen metrics and units and a
//! handful of status words. Read one `String` per field, they cost four small allocations a
//! claim, about 130 bytes; interned, each distinct text is stored once and every claim holds
//! a 16-byte [`Name`] pointing at it. Grouping and comparing still go by the text, so the
//! model's users see a `&str` as before.

use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, PoisonError};

use crate::hashing::{HashSet, RandomState};

/// A name stored once and shared by every claim that writes it.
pub type Name = Arc<str>;

/// The distinct names read so far, shared by the threads that read files. It is split into
/// shards chosen by a hash of the text so that threads rarely wait for each other, and the
/// hash is randomly keyed ([`crate::hashing`]), so that ids chosen to collide cannot make one
/// shard's lookups slow.
pub struct Interner {
    hasher: RandomState,
    shards: Vec<Mutex<HashSet<Name>>>,
}

impl Interner {
    const SHARDS: usize = 16;

    /// The shared copy of `text`, stored on first sight.
    pub fn intern(&self, text: &str) -> Name {
        let shard = self.hasher.hash_one(text) as usize % Self::SHARDS;
        let mut names = self.shards[shard]
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(name) = names.get(text) {
            return Name::clone(name);
        }
        let name: Name = Name::from(text);
        names.insert(Name::clone(&name));
        name
    }

    /// How many distinct names are stored.
    pub fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|shard| shard.lock().unwrap_or_else(PoisonError::into_inner).len())
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for Interner {
    fn default() -> Self {
        Interner {
            hasher: RandomState::default(),
            shards: (0..Self::SHARDS).map(|_| Mutex::default()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_text_is_stored_once_however_often_it_is_interned() {
        let names = Interner::default();
        let first = names.intern("poor counties");
        let again = names.intern(&String::from("poor counties"));
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(&*first, "poor counties");
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn distinct_texts_stay_distinct_including_unicode_and_the_empty_text() {
        let names = Interner::default();
        let texts = ["Xizang", "Tibet", "Xã Đông", "", "xizang"];
        let interned: Vec<Name> = texts.iter().map(|t| names.intern(t)).collect();
        for (text, name) in texts.iter().zip(&interned) {
            assert_eq!(*text, &**name);
        }
        assert_eq!(names.len(), texts.len());
    }

    #[test]
    fn threads_interning_the_same_texts_share_one_copy_of_each() {
        let names = Interner::default();
        let per_thread: Vec<Vec<Name>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        (0..500)
                            .map(|i| names.intern(&format!("name {}", i % 50)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).collect()
        });
        assert_eq!(names.len(), 50);
        for names in &per_thread[1..] {
            for (a, b) in per_thread[0].iter().zip(names) {
                assert!(Arc::ptr_eq(a, b));
            }
        }
    }
}
