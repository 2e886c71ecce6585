//! Work split for rayon's pool: items grouped by shard, and lists joined in place.
//!
//! Tables built shard by shard on the pool (the entity names, the claim ids, the rule ids,
//! the index of children) need each shard's items in their order. Scanning every item
//! once per shard costs 64 passes over a list of millions, which no longer fits in the
//! caches; [`ByShard`] groups them once instead.

use rayon::prelude::*;

/// Items grouped by shard, each shard's in the order they were given: a counting sort.
pub struct ByShard<T> {
    items: Vec<T>,
    /// Where each shard's items start in `items`, and where the last one's end.
    starts: Vec<u32>,
}

impl<T: Copy + Default> ByShard<T> {
    /// Groups `items`, each given with its shard (below `shards`); the iterator is read
    /// twice, to count and to place.
    pub fn new(shards: usize, items: impl Iterator<Item = (usize, T)> + Clone) -> ByShard<T> {
        let mut starts = vec![0u32; shards + 1];
        for (shard, _) in items.clone() {
            starts[shard + 1] += 1;
        }
        for shard in 1..=shards {
            starts[shard] += starts[shard - 1];
        }
        let mut next = starts.clone();
        let mut placed = vec![T::default(); starts[shards] as usize];
        for (shard, item) in items {
            placed[next[shard] as usize] = item;
            next[shard] += 1;
        }
        ByShard {
            items: placed,
            starts,
        }
    }

    /// The items of `shard`, in their order.
    pub fn shard(&self, shard: usize) -> &[T] {
        &self.items[self.starts[shard] as usize..self.starts[shard + 1] as usize]
    }
}

/// How many items one task of [`Grouped::new`] groups.
const ITEMS_PER_TASK: usize = 4096;

/// A list's items grouped by shard on rayon's pool, a run of [`ITEMS_PER_TASK`] items a
/// task: a shard's items are those of every run, run by run, so in the list's order.
pub struct Grouped<T>(Vec<ByShard<T>>);

impl<T: Copy + Default + Send> Grouped<T> {
    /// Groups what `place` gives for each of `items` (with the item's index in the list):
    /// any number of values, each with its shard (below `shards`). `place` is called twice
    /// for each item, to count and to place, and must give the same both times.
    pub fn new<'a, I, Placed>(
        items: &'a [I],
        shards: usize,
        place: impl Fn(u32, &'a I) -> Placed + Sync,
    ) -> Grouped<T>
    where
        I: Sync,
        Placed: Iterator<Item = (usize, T)> + Clone,
    {
        let place = &place;
        Grouped(
            items
                .par_chunks(ITEMS_PER_TASK)
                .enumerate()
                .map(|(task, run)| {
                    let first = (task * ITEMS_PER_TASK) as u32;
                    let placed = (first..).zip(run).flat_map(|(at, item)| place(at, item));
                    ByShard::new(shards, placed)
                })
                .collect(),
        )
    }

    /// The values of `shard`, in the list's order.
    pub fn shard(&self, shard: usize) -> impl Iterator<Item = &T> + '_ {
        self.0.iter().flat_map(move |run| run.shard(shard))
    }
}

/// The items of `lists`, one list after the other, moved into place on rayon's pool:
/// joining them on the calling thread copied every item there. The list is first filled with
/// `empty` items (which own nothing), each then replaced by its own.
pub fn concat_on_pool<T: Send>(lists: Vec<Vec<T>>, empty: impl Fn() -> T + Sync + Send) -> Vec<T> {
    let total = lists.iter().map(Vec::len).sum();
    let mut all: Vec<T> = (0..total).into_par_iter().map(|_| empty()).collect();
    let mut rest = all.as_mut_slice();
    let mut pieces = Vec::with_capacity(lists.len());
    for list in lists {
        let (piece, after) = std::mem::take(&mut rest).split_at_mut(list.len());
        pieces.push((piece, list));
        rest = after;
    }
    pieces.into_par_iter().for_each(|(piece, list)| {
        piece
            .par_iter_mut()
            .zip(list)
            .for_each(|(slot, item)| *slot = item);
    });
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_grouped_by_shard_keep_their_order_within_each_shard() {
        let items = [(2, 'a'), (0, 'b'), (2, 'c'), (3, 'd'), (0, 'e')];
        let grouped = ByShard::new(4, items.iter().copied());
        let shard = |at: usize| grouped.shard(at).iter().collect::<String>();
        assert_eq!(
            [shard(0), shard(1), shard(2), shard(3)],
            ["be", "", "ac", "d"].map(String::from)
        );
        let none = ByShard::<char>::new(3, std::iter::empty());
        assert!((0..3).all(|at| none.shard(at).is_empty()));
    }

    #[test]
    fn a_list_grouped_on_the_pool_keeps_its_order_within_each_shard() {
        // Runs of several tasks, and items of two values or none.
        let items: Vec<u32> = (0..10_000).collect();
        let grouped: Grouped<u32> = Grouped::new(&items, 3, |at, &item| {
            assert_eq!(at, item);
            let twice = item % 5 == 0;
            (0..u32::from(twice) + u32::from(item % 7 != 0))
                .map(move |copy| ((item as usize + copy as usize) % 3, item))
        });
        for shard in 0..3 {
            let expected: Vec<u32> = items
                .iter()
                .flat_map(|&item| {
                    let twice = item % 5 == 0;
                    (0..u32::from(twice) + u32::from(item % 7 != 0))
                        .filter(move |copy| (item as usize + *copy as usize) % 3 == shard)
                        .map(move |_| item)
                })
                .collect();
            assert_eq!(grouped.shard(shard).copied().collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn lists_are_joined_in_order_on_the_pool() {
        let lists = vec![
            vec!["a".to_string(), "b".to_string()],
            Vec::new(),
            (0..1000).map(|i| i.to_string()).collect(),
            vec!["z".to_string()],
        ];
        let expected: Vec<String> = lists.concat();
        assert_eq!(concat_on_pool(lists, String::new), expected);
        assert!(concat_on_pool(Vec::<Vec<u8>>::new(), || 0).is_empty());
    }
}
