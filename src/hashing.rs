//! The hash of every table in the program.
//!
//! Names, ids and words come from input files, which may be hostile: a hash whose
//! collisions could be chosen in advance would let a file turn every lookup into a scan.
//! std's `HashMap` keys SipHash from the operating system's randomness, at a cost greater
//! than the rest of a lookup on the short strings these tables hold. foldhash is several
//! times faster and is seeded at random too, per process and per table, though from weaker
//! sources (addresses and the clock) and with weaker mixing: its authors call it minimally
//! resistant to such attacks. That is the trade this program makes: its input is files,
//! checked in one run, with no way for their author to watch hashes and adapt. No output
//! depends on a table's order: every table is read by key, or its entries are sorted before
//! they are shown.

/// A randomly seeded builder of fast hashers, one seed per table.
pub type RandomState = foldhash::fast::RandomState;

/// A `HashMap` hashed with [`RandomState`]: build with `default()` or
/// `with_capacity_and_hasher(n, Default::default())`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, RandomState>;

/// A `HashSet` hashed with [`RandomState`].
pub type HashSet<T> = std::collections::HashSet<T, RandomState>;

/// Answers remembered by key, at most a fixed number: for lookups a run of input repeats
/// (the names one file writes again and again). When full, the table starts again, so that
/// input of distinct keys gains nothing and holds no more than the bound.
pub struct Memo<K, V> {
    seen: HashMap<K, V>,
    bound: usize,
}

impl<K: std::hash::Hash + Eq, V> Memo<K, V> {
    /// How many answers a memo keeps unless told otherwise.
    pub const BOUND: usize = 4096;

    pub fn new() -> Memo<K, V> {
        Memo {
            seen: HashMap::default(),
            bound: Self::BOUND,
        }
    }

    /// The answer remembered for `key`, if any.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ?Sized,
    {
        self.seen.get(key)
    }

    /// Remembers `value` for `key`, forgetting every other answer first when full.
    pub fn remember(&mut self, key: K, value: V) {
        if self.seen.len() >= self.bound {
            self.seen.clear();
        }
        self.seen.insert(key, value);
    }
}

impl<K: std::hash::Hash + Eq, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn a_memo_remembers_up_to_its_bound_then_starts_again() {
        let mut memo: Memo<Box<str>, usize> = Memo {
            bound: 2,
            ..Memo::new()
        };
        memo.remember("a".into(), 1);
        memo.remember("b".into(), 2);
        assert_eq!((memo.get("a"), memo.get("b")), (Some(&1), Some(&2)));
        memo.remember("c".into(), 3);
        assert_eq!((memo.get("a"), memo.get("b")), (None, None));
        assert_eq!(memo.get("c"), Some(&3));
    }
}
