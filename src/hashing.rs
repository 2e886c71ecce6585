//! The hash of every table in the program.
//!
//! Names, ids and words come from input files, which may be hostile: a hash whose
//! collisions could be chosen in advance would let a file turn every lookup into a scan. So
//! every table is keyed at random, as std's `HashMap` is; but std's SipHash costs more than
//! the rest of a lookup on the short strings these tables hold. foldhash is keyed the same
//! way (a random seed per process and per table), and several times faster on short keys.
//! No output depends on a table's order: every table is read by key, or its entries are
//! sorted before they are shown.

/// A randomly keyed builder of fast hashers, one key per table.
pub type Keyed = foldhash::fast::RandomState;

/// A `HashMap` keyed with [`Keyed`]: build with `default()` or
/// `with_capacity_and_hasher(n, Keyed::default())`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, Keyed>;

/// A `HashSet` keyed with [`Keyed`].
pub type HashSet<T> = std::collections::HashSet<T, Keyed>;
