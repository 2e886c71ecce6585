//! Items worked on rayon's pool, their results folded in the items' order, with a bound on
//! the results held at once.
//!
//! The rules are thousands of small, independent tasks whose findings must come out in rule
//! order and whose memory must stay bounded when each of them finds something wrong with
//! every claim. Evaluating them in fixed batches (a parallel pass, then a fold) bounds the
//! memory but stops the pool at every batch: on one thread, the waits for a batch of four
//! rules cost as much as the rules themselves. Here the pool never stops: each task works a
//! run of items and folds what is ready when it ends, and new runs are handed out as soon
//! as the results held fall below the bound.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// How [`fold_in_order`] splits the work and bounds what it holds.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// The most items one task works.
    pub items_per_task: usize,
    /// A task stops after the item that brings the weight of its results to this (it works
    /// at least one item), and the rest of its run is handed out again.
    pub weight_per_task: usize,
    /// The most tasks running or with results not yet folded, at once.
    pub tasks_held: usize,
}

/// Works `work` on every item on rayon's pool and calls `fold` with each item's index and
/// result, in the items' order, on whichever thread of the pool is free to.
///
/// At most `bounds.tasks_held` tasks run or wait to be folded at once, and a task's results
/// weigh (by `weight`) at most `bounds.weight_per_task` plus one item's, so the results held
/// are bounded by what `tasks_held` tasks make, however the items' costs are spread. The
/// calling thread only waits: called from outside the pool, none of the work is done on it.
pub fn fold_in_order<T, R, W, G, F>(items: &[T], bounds: Bounds, work: W, weight: G, fold: F)
where
    T: Sync,
    R: Send,
    W: Fn(usize, &T) -> R + Sync,
    G: Fn(&R) -> usize + Sync,
    F: FnMut(usize, R) + Send,
{
    let bounds = Bounds {
        items_per_task: bounds.items_per_task.max(1),
        weight_per_task: bounds.weight_per_task.max(1),
        tasks_held: bounds.tasks_held.max(1),
    };
    let shared = Shared {
        items,
        bounds,
        work,
        weight,
        state: Mutex::new(State {
            next: 0,
            again: BTreeMap::new(),
            done: BTreeMap::new(),
            held: 0,
        }),
        folder: Mutex::new(Folder { cursor: 0, fold }),
    };
    rayon::scope(|scope| shared.hand_out(scope));
    debug_assert_eq!(lock(&shared.folder).cursor, items.len());
}

struct Shared<'a, T, R, W, G, F> {
    items: &'a [T],
    bounds: Bounds,
    work: W,
    weight: G,
    state: Mutex<State<R>>,
    /// Taken by one thread at a time to fold; the others leave their results in `done`.
    folder: Mutex<Folder<F>>,
}

struct State<R> {
    /// The first item not yet handed out as part of a run.
    next: usize,
    /// The rest of runs a task stopped early, to hand out again before `next`, by start.
    again: BTreeMap<usize, usize>,
    /// Results made and not yet folded: by the index of their first item, the end of the
    /// items they cover and one result per item.
    done: BTreeMap<usize, (usize, Vec<R>)>,
    /// Tasks running or with results in `done`.
    held: usize,
}

struct Folder<F> {
    /// The first item whose result has not been folded.
    cursor: usize,
    fold: F,
}

fn lock<S>(mutex: &Mutex<S>) -> MutexGuard<'_, S> {
    // A panic in `work` or `fold` reaches the caller through rayon's scope; the state it
    // leaves is only read to finish the tasks already running.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<'a, T, R, W, G, F> Shared<'a, T, R, W, G, F>
where
    T: Sync,
    R: Send,
    W: Fn(usize, &T) -> R + Sync,
    G: Fn(&R) -> usize + Sync,
    F: FnMut(usize, R) + Send,
{
    /// Starts tasks while fewer than `tasks_held` are held, the lowest items first: the
    /// rest of a stopped run comes before items never handed out, so the items next to be
    /// folded are always running or done.
    fn hand_out<'s>(&'s self, scope: &rayon::Scope<'s>) {
        loop {
            let run = {
                let mut state = lock(&self.state);
                if state.held >= self.bounds.tasks_held {
                    return;
                }
                let run = if let Some((start, end)) = state.again.pop_first() {
                    start..end
                } else if state.next < self.items.len() {
                    let start = state.next;
                    let end = self.items.len().min(start + self.bounds.items_per_task);
                    state.next = end;
                    start..end
                } else {
                    return;
                };
                state.held += 1;
                run
            };
            scope.spawn(move |scope| self.run(scope, run));
        }
    }

    fn run<'s>(&'s self, scope: &rayon::Scope<'s>, run: Range<usize>) {
        let mut results = Vec::with_capacity(run.len());
        let mut weight = 0;
        let mut end = run.start;
        while end < run.end {
            let result = (self.work)(end, &self.items[end]);
            weight += (self.weight)(&result);
            results.push(result);
            end += 1;
            if weight >= self.bounds.weight_per_task {
                break;
            }
        }
        {
            let mut state = lock(&self.state);
            state.done.insert(run.start, (end, results));
            if end < run.end {
                state.again.insert(end, run.end);
            }
        }
        self.fold_ready();
        self.hand_out(scope);
    }

    /// Folds every result that is next in order, unless another thread is folding: that
    /// thread folds this one's results too, as it looks again before it lets go.
    fn fold_ready(&self) {
        loop {
            let Ok(mut folder) = self.folder.try_lock() else {
                return;
            };
            loop {
                let ready = lock(&self.state).done.remove(&folder.cursor);
                let Some((end, results)) = ready else { break };
                let start = folder.cursor;
                folder.cursor = end;
                for (index, result) in (start..end).zip(results) {
                    (folder.fold)(index, result);
                }
                // The task's slot is free only once its results are folded, so that those
                // being folded count among the results held.
                lock(&self.state).held -= 1;
            }
            let cursor = folder.cursor;
            drop(folder);
            // A result that became ready after the last look, while this thread held the
            // folder, was left for this thread to fold.
            if !lock(&self.state).done.contains_key(&cursor) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuzzing::Xorshift;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a test pool")
    }

    /// Folds `weights` (each item's result is its weight) and returns what was folded, in
    /// the order it was, and the most results held at once.
    fn folded(weights: &[usize], bounds: Bounds) -> (Vec<(usize, usize)>, usize) {
        let held = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let mut seen = Vec::new();
        fold_in_order(
            weights,
            bounds,
            |_, &weight| {
                let now = held.fetch_add(weight, Ordering::SeqCst) + weight;
                most.fetch_max(now, Ordering::SeqCst);
                weight
            },
            |&weight| weight,
            |index, weight| {
                held.fetch_sub(weight, Ordering::SeqCst);
                seen.push((index, weight));
            },
        );
        (seen, most.load(Ordering::SeqCst))
    }

    #[test]
    fn every_result_is_folded_once_in_order_at_any_thread_count() {
        let mut random = Xorshift::new(7);
        let weights: Vec<usize> = (0..5_000).map(|_| random.below(5)).collect();
        let expected: Vec<(usize, usize)> = weights.iter().copied().enumerate().collect();
        for threads in [1, 2, 4] {
            for bounds in [
                Bounds {
                    items_per_task: 1,
                    weight_per_task: 1,
                    tasks_held: 1,
                },
                Bounds {
                    items_per_task: 64,
                    weight_per_task: 10,
                    tasks_held: 3,
                },
                Bounds {
                    items_per_task: 7,
                    weight_per_task: 1_000,
                    tasks_held: 16,
                },
            ] {
                let (seen, _) = pool(threads).install(|| folded(&weights, bounds));
                assert_eq!(seen, expected, "{threads} threads, {bounds:?}");
            }
        }
    }

    #[test]
    fn the_results_held_stay_within_the_bound_when_heavy_items_follow_light_ones() {
        // A thousand items of no weight, then a thousand that each weigh a thousand: the
        // tasks grow no larger for the light items than the weight allows.
        let weights: Vec<usize> = (0..2_000)
            .map(|i| if i < 1_000 { 0 } else { 1_000 })
            .collect();
        let bounds = Bounds {
            items_per_task: 64,
            weight_per_task: 1_000,
            tasks_held: 4,
        };
        for threads in [1, 2, 4] {
            let (seen, most) = pool(threads).install(|| folded(&weights, bounds));
            assert_eq!(seen.len(), weights.len());
            // A task stops at the item that brings its weight to the bound: here its first
            // heavy one, so each of the four tasks held holds at most one.
            assert!(most <= 4 * 1_000, "{most} held on {threads} threads");
        }
    }

    #[test]
    fn called_from_outside_the_pool_the_calling_thread_only_waits() {
        let weights = vec![1; 1_000];
        let caller = std::thread::current().id();
        let on_caller = AtomicUsize::new(0);
        let mut sum = 0;
        fold_in_order(
            &weights,
            Bounds {
                items_per_task: 8,
                weight_per_task: 100,
                tasks_held: 4,
            },
            |_, &weight| {
                if std::thread::current().id() == caller {
                    on_caller.fetch_add(1, Ordering::SeqCst);
                }
                weight
            },
            |&weight| weight,
            |_, weight| sum += weight,
        );
        assert_eq!(sum, 1_000);
        assert_eq!(on_caller.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn work_that_itself_runs_on_the_pool_finishes_on_one_thread() {
        use rayon::prelude::*;
        let items: Vec<u64> = (0..200).collect();
        let mut totals = Vec::new();
        pool(1).install(|| {
            fold_in_order(
                &items,
                Bounds {
                    items_per_task: 3,
                    weight_per_task: 2,
                    tasks_held: 2,
                },
                |_, &n| (0..=n).into_par_iter().sum::<u64>(),
                |_| 1,
                |_, total| totals.push(total),
            )
        });
        let expected: Vec<u64> = items.iter().map(|n| n * (n + 1) / 2).collect();
        assert_eq!(totals, expected);
    }

    #[test]
    fn no_items_fold_nothing() {
        let (seen, most) = folded(
            &[],
            Bounds {
                items_per_task: 4,
                weight_per_task: 4,
                tasks_held: 2,
            },
        );
        assert!(seen.is_empty());
        assert_eq!(most, 0);
    }
}
