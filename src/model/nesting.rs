//! Where each place lies in the tree of `parent:` links, so that whether one place lies
//! within another is two comparisons rather than a walk up a chain that may be thousands of
//! links long.
//!
//! The places are numbered in a depth-first walk of the tree, each before the places within
//! it: the places within `p` are then exactly those numbered after `p` and before `p`'s
//! [`Nesting::end`]. A rule that asks about "a place or any place within it" asks about one
//! range of numbers ([`Nesting::subtree`]).

use super::EntityId;

#[derive(Clone, Debug, Default)]
pub struct Nesting {
    /// Each entity's number in the walk.
    start: Vec<u32>,
    /// One past the number of the last place within each entity (its own number plus one
    /// for a place with nothing within it).
    end: Vec<u32>,
    /// How many `parent:` links lead up from each entity to the top of its tree.
    depth: Vec<u32>,
}

impl Nesting {
    /// Numbers the entities of a registry whose `parents` (each entity's, by index) form no
    /// cycle. An entity a cycle would hide from the walk, which the loader cuts before
    /// indexing, is numbered as a tree of its own, so that the numbers stay a permutation.
    pub fn new(parents: &[Option<EntityId>]) -> Nesting {
        let count = parents.len();
        // The children of each entity, in registry order, laid out one after another:
        // those of entity `p` are `children[first[p]..first[p + 1]]`.
        let mut first = vec![0u32; count + 1];
        for parent in parents.iter().flatten() {
            first[parent.0 as usize + 1] += 1;
        }
        for at in 0..count {
            first[at + 1] += first[at];
        }
        let mut filled = first.clone();
        let mut children = vec![0u32; first[count] as usize];
        for (child, parent) in parents.iter().enumerate() {
            if let Some(parent) = parent {
                let slot = &mut filled[parent.0 as usize];
                children[*slot as usize] = child as u32;
                *slot += 1;
            }
        }
        const UNSEEN: u32 = u32::MAX;
        let mut nesting = Nesting {
            start: vec![UNSEEN; count],
            end: vec![0; count],
            depth: vec![0; count],
        };
        let mut next = 0u32;
        // (entity, how many of its children have been walked).
        let mut path: Vec<(u32, u32)> = Vec::new();
        let roots = (0..count).filter(|&at| parents[at].is_none());
        // Entities left unseen after the roots could only sit on a cycle.
        let rest = 0..count;
        for root in roots.chain(rest) {
            if nesting.start[root] != UNSEEN {
                continue;
            }
            nesting.start[root] = next;
            next += 1;
            path.push((root as u32, 0));
            while let Some((entity, walked)) = path.last_mut() {
                let at = *entity as usize;
                let within = &children[first[at] as usize..first[at + 1] as usize];
                match within.get(*walked as usize) {
                    Some(&child) if nesting.start[child as usize] == UNSEEN => {
                        *walked += 1;
                        let depth = nesting.depth[at] + 1;
                        nesting.start[child as usize] = next;
                        nesting.depth[child as usize] = depth;
                        next += 1;
                        path.push((child, 0));
                    }
                    Some(_) => *walked += 1,
                    None => {
                        nesting.end[at] = next;
                        path.pop();
                    }
                }
            }
        }
        nesting
    }

    /// Whether `place` lies within `area` (a place is not within itself).
    pub fn is_within(&self, place: EntityId, area: EntityId) -> bool {
        let at = self.start[place.0 as usize];
        self.start[area.0 as usize] < at && at < self.end[area.0 as usize]
    }

    /// How many `parent:` links lead up from `place` to `area`, if `place` lies within it.
    pub fn levels_below(&self, place: EntityId, area: EntityId) -> Option<usize> {
        self.is_within(place, area)
            .then(|| (self.depth[place.0 as usize] - self.depth[area.0 as usize]) as usize)
    }

    /// Whether `place` lies within no other: it has no parent.
    pub fn is_top(&self, place: EntityId) -> bool {
        self.depth[place.0 as usize] == 0
    }

    /// The numbers of `area` and of every place within it: `area`'s own is the first.
    pub fn subtree(&self, area: EntityId) -> std::ops::Range<u32> {
        self.start[area.0 as usize]..self.end[area.0 as usize]
    }

    /// How many numbers there are: one per entity. Numbers from this one on are free for
    /// places the registry does not hold.
    pub fn numbered(&self) -> u32 {
        self.start.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nesting(parents: &[Option<u32>]) -> Nesting {
        let parents: Vec<Option<EntityId>> = parents.iter().map(|p| p.map(EntityId)).collect();
        Nesting::new(&parents)
    }

    /// What the numbers must agree with: a walk up the chain.
    fn walked_within(parents: &[Option<u32>], place: u32, area: u32) -> Option<usize> {
        let mut at = place;
        for level in 1..=parents.len() {
            at = parents[at as usize]?;
            if at == area {
                return Some(level);
            }
        }
        None
    }

    #[test]
    fn every_pair_agrees_with_the_walk_up_the_chain() {
        // Two trees, children registered before their parents, and a parent with several
        // children: 0 <- 1 <- {2, 4}, 2 <- 3; 5 <- 6.
        let parents = [
            None,
            Some(0),
            Some(1),
            Some(2),
            Some(1),
            Some(6),
            None,
            Some(5),
        ];
        let parents = &parents[..];
        let nesting = nesting(parents);
        for place in 0..parents.len() as u32 {
            for area in 0..parents.len() as u32 {
                let walked = walked_within(parents, place, area);
                assert_eq!(
                    nesting.levels_below(EntityId(place), EntityId(area)),
                    walked,
                    "{place} within {area}"
                );
                assert_eq!(
                    nesting.is_within(EntityId(place), EntityId(area)),
                    walked.is_some()
                );
            }
        }
    }

    #[test]
    fn a_subtree_is_the_place_and_everything_within_it() {
        let parents = [None, Some(0), Some(1), Some(0), None];
        let nesting = nesting(&parents);
        let numbers = |ids: &[u32]| -> Vec<u32> {
            let mut numbers: Vec<u32> = ids.iter().map(|&id| nesting.start[id as usize]).collect();
            numbers.sort();
            numbers
        };
        let within_0: Vec<u32> = nesting.subtree(EntityId(0)).collect();
        assert_eq!(within_0, numbers(&[0, 1, 2, 3]));
        assert_eq!(nesting.subtree(EntityId(1)).len(), 2);
        assert_eq!(nesting.subtree(EntityId(4)).len(), 1);
        let tops: Vec<bool> = (0..5).map(|id| nesting.is_top(EntityId(id))).collect();
        assert_eq!(tops, [true, false, false, false, true]);
        assert_eq!(nesting.numbered(), 5);
    }

    #[test]
    fn a_chain_a_hundred_thousand_deep_is_numbered_without_recursion() {
        let depth = 100_000u32;
        let parents: Vec<Option<u32>> = (0..depth).map(|at| at.checked_sub(1)).collect();
        let nesting = nesting(&parents);
        let bottom = EntityId(depth - 1);
        assert_eq!(
            nesting.levels_below(bottom, EntityId(0)),
            Some(depth as usize - 1)
        );
        assert!(!nesting.is_within(EntityId(0), bottom));
        assert_eq!(nesting.subtree(EntityId(0)).len(), depth as usize);
    }

    #[test]
    fn entities_on_a_cycle_are_each_numbered_once() {
        // 1 and 2 name each other: the loader cuts such a cycle first, but the numbers
        // must still cover every entity once.
        let parents = [None, Some(2), Some(1), Some(0)];
        let nesting = nesting(&parents);
        let mut numbers = nesting.start.clone();
        numbers.sort();
        assert_eq!(numbers, vec![0, 1, 2, 3]);
        assert!(nesting.is_within(EntityId(3), EntityId(0)));
    }
}
