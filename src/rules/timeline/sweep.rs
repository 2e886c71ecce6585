//! Points on a line of positions, each with a rank, admitted in the order of their ranks:
//! which of those admitted so far lie in a range of positions, counted and the lowest ranks
//! listed, each in O(log n) (and O(log n) per rank listed).
//!
//! The timeline rule asks, for each `after` status, which `before` statuses are about its
//! place or a place within it (a range of positions: [`crate::model::Nesting`]) and start on
//! or after the day it ends (the lowest ranks, when the ranks order them latest first).
//! Asked in the order of that day, latest first, each question is about the points admitted
//! so far. Filing each status under every place up its chain instead costs claims × depth,
//! which a chain thousands of places deep makes millions of entries.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

/// One point: its position on the line, and whether it is one of those counted apart
/// ([`Sweep::count_marked`]).
#[derive(Clone, Copy, Debug)]
pub struct Point {
    pub at: u32,
    pub marked: bool,
}

/// The points, by rank (their index in the slice given to [`Sweep::new`]), and those admitted.
pub struct Sweep {
    /// The points' positions in slot order: by position, then rank.
    positions: Vec<u32>,
    /// Each rank's slot.
    slot_of_rank: Vec<u32>,
    marked: Vec<bool>,
    /// Ranks below this are admitted.
    admitted: u32,
    counted: Counts,
    counted_marked: Counts,
    lowest: Lowest,
}

impl Sweep {
    /// The points by rank, none admitted yet.
    pub fn new(points: &[Point]) -> Sweep {
        let mut by_slot: Vec<u32> = (0..points.len() as u32).collect();
        by_slot.sort_unstable_by_key(|&rank| (points[rank as usize].at, rank));
        let mut slot_of_rank = vec![0u32; points.len()];
        for (slot, &rank) in by_slot.iter().enumerate() {
            slot_of_rank[rank as usize] = slot as u32;
        }
        Sweep {
            positions: by_slot
                .iter()
                .map(|&rank| points[rank as usize].at)
                .collect(),
            slot_of_rank,
            marked: points.iter().map(|point| point.marked).collect(),
            admitted: 0,
            counted: Counts::new(points.len()),
            counted_marked: Counts::new(points.len()),
            lowest: Lowest::new(points.len()),
        }
    }

    /// Admits every point of rank below `rank` not admitted yet (ranks only ever grow).
    pub fn admit_below(&mut self, rank: u32) {
        let rank = rank.min(self.slot_of_rank.len() as u32);
        for admitted in self.admitted..rank {
            let slot = self.slot_of_rank[admitted as usize] as usize;
            self.counted.add(slot);
            if self.marked[admitted as usize] {
                self.counted_marked.add(slot);
            }
            self.lowest.set(slot, admitted);
        }
        self.admitted = self.admitted.max(rank);
    }

    /// The slots of the points at positions `within`.
    fn slots(&self, within: Range<u32>) -> Range<usize> {
        let start = self.positions.partition_point(|&at| at < within.start);
        let end = self.positions.partition_point(|&at| at < within.end);
        start..end.max(start)
    }

    /// How many admitted points lie at positions `within`.
    pub fn count(&self, within: Range<u32>) -> usize {
        self.counted.between(self.slots(within))
    }

    /// How many admitted, marked points lie at positions `within`.
    pub fn count_marked(&self, within: Range<u32>) -> usize {
        self.counted_marked.between(self.slots(within))
    }

    /// The `n` lowest ranks of the admitted points at positions `within`, lowest first.
    pub fn lowest(&self, within: Range<u32>, n: usize) -> Vec<u32> {
        self.lowest.lowest(self.slots(within), n)
    }
}

/// How many points have been added in each slot, summed over a range of slots in
/// O(log n) (a Fenwick tree).
struct Counts {
    sums: Vec<u32>,
}

impl Counts {
    fn new(slots: usize) -> Counts {
        Counts {
            sums: vec![0; slots + 1],
        }
    }

    fn add(&mut self, slot: usize) {
        let mut at = slot + 1;
        while at < self.sums.len() {
            self.sums[at] += 1;
            at += at & at.wrapping_neg();
        }
    }

    /// How many were added in slots below `end`.
    fn before(&self, end: usize) -> usize {
        let mut at = end;
        let mut sum = 0usize;
        while at > 0 {
            sum += self.sums[at] as usize;
            at &= at - 1;
        }
        sum
    }

    fn between(&self, slots: Range<usize>) -> usize {
        self.before(slots.end) - self.before(slots.start)
    }
}

/// The rank set in each slot (none until set), with the lowest of each run of slots a
/// segment tree keeps, so that the lowest ranks of a range come out one by one.
struct Lowest {
    /// Leaves from `width` on; node `i`'s children are `2i` and `2i + 1`.
    nodes: Vec<u32>,
    width: usize,
}

const NONE: u32 = u32::MAX;

impl Lowest {
    fn new(slots: usize) -> Lowest {
        let width = slots.next_power_of_two().max(1);
        Lowest {
            nodes: vec![NONE; 2 * width],
            width,
        }
    }

    fn set(&mut self, slot: usize, rank: u32) {
        let mut node = self.width + slot;
        self.nodes[node] = rank;
        while node > 1 {
            node /= 2;
            self.nodes[node] = self.nodes[2 * node].min(self.nodes[2 * node + 1]);
        }
    }

    fn lowest(&self, slots: Range<usize>, n: usize) -> Vec<u32> {
        let mut found = Vec::new();
        if n == 0 || slots.is_empty() {
            return found;
        }
        // The runs of slots that cover the range exactly, then the lowest rank first among
        // them and their halves.
        let mut heap: BinaryHeap<Reverse<(u32, usize)>> = BinaryHeap::new();
        let push = |heap: &mut BinaryHeap<_>, node: usize| {
            if self.nodes[node] != NONE {
                heap.push(Reverse((self.nodes[node], node)));
            }
        };
        let (mut left, mut right) = (slots.start + self.width, slots.end + self.width);
        while left < right {
            if left % 2 == 1 {
                push(&mut heap, left);
                left += 1;
            }
            if right % 2 == 1 {
                right -= 1;
                push(&mut heap, right);
            }
            left /= 2;
            right /= 2;
        }
        while let Some(Reverse((rank, node))) = heap.pop() {
            if node >= self.width {
                found.push(rank);
                if found.len() == n {
                    break;
                }
            } else {
                push(&mut heap, 2 * node);
                push(&mut heap, 2 * node + 1);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a sweep must agree with: every admitted point looked at.
    fn by_looking(points: &[Point], admitted: u32, within: Range<u32>) -> (Vec<u32>, usize) {
        let ranks: Vec<u32> = (0..admitted.min(points.len() as u32))
            .filter(|&rank| within.contains(&points[rank as usize].at))
            .collect();
        let marked = ranks.iter().filter(|&&r| points[r as usize].marked).count();
        (ranks, marked)
    }

    #[test]
    fn every_range_at_every_bound_agrees_with_looking_at_each_point() {
        // Positions with repeats, ranks in an order unrelated to them.
        let mut random = crate::fuzzing::Xorshift::new(0x2545_f491_4f6c_dd1d);
        let mut next = |below: u32| random.below(below as usize) as u32;
        for size in [0usize, 1, 2, 3, 7, 16, 33] {
            let points: Vec<Point> = (0..size)
                .map(|_| Point {
                    at: next(10),
                    marked: next(2) == 1,
                })
                .collect();
            let mut sweep = Sweep::new(&points);
            for admitted in 0..=size as u32 + 1 {
                sweep.admit_below(admitted);
                for start in 0..11 {
                    for end in start..12 {
                        let (ranks, marked) = by_looking(&points, admitted, start..end);
                        assert_eq!(sweep.count(start..end), ranks.len());
                        assert_eq!(sweep.count_marked(start..end), marked);
                        for n in [0, 1, 3, 100] {
                            let lowest: Vec<u32> = ranks.iter().copied().take(n).collect();
                            assert_eq!(
                                sweep.lowest(start..end, n),
                                lowest,
                                "{size} {admitted} {start}..{end} {n}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_empty_or_reversed_range_holds_nothing() {
        let points = [Point {
            at: 3,
            marked: true,
        }];
        let mut sweep = Sweep::new(&points);
        sweep.admit_below(1);
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = 5..2;
        assert_eq!(sweep.count(reversed.clone()), 0);
        assert_eq!(sweep.lowest(reversed, 3), Vec::<u32>::new());
        assert_eq!(sweep.count(3..3), 0);
        assert_eq!(sweep.lowest(3..4, 3), vec![0]);
    }
}
