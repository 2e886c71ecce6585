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
