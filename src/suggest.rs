//! "Did you mean": the known name closest to an unknown one, found without comparing the
//! unknown name with every known name.
//!
//! The rule, which [`closest_by_scan`] states by comparing every pair: a known name is a
//! suggestion when its [`edit_distance`] to the word (both lowercased) is at most a third of
//! the longer one's length in characters (at least 1), or when it contains the word (of 3
//! bytes or more). The closest suggestion wins; ties go to the alphabetically first name, so
//! the answer does not depend on the order of the names.
//!
//! [`SuggestionIndex`] gives the same answer while skipping most names:
//!
//! - names containing the word are found through a trigram index (the posting list of the
//!   word's rarest trigram). A name that contains the word is as far from it as it has
//!   characters more, so the postings are kept shortest first (then alphabetically) and the
//!   first name that contains the word is the best of them; its distance bounds the
//!   distance still worth finding;
//! - the other names are found in a trie of the lowercased names, walked with the rows of
//!   the distance table (one row per prefix, only the cells near its diagonal): a prefix
//!   whose row (or the difference between the word's length and the lengths of the names
//!   below it) exceeds the walk's limit, the budget of the longest name below it or the
//!   distance of the best name found is left with everything below it. The limit starts at
//!   0 and grows by one until a name within its budget is found, so a word one typo away
//!   from a name costs the prefixes within one edit of the word's, not a pass over every
//!   name, and the walk that finds names finds only names at the smallest distance there
//!   is;
//! - a word longer than [`TRIE_WORD_CHARS`] is matched against the names of a similar
//!   length instead, pruned by a count of their characters in 32 buckets (an edit changes
//!   at most one character on each side) and measured by growing lower bound;
//! - each distinct word is answered once per index.
//!
//! **The work limit.** Names that are all near one another (`metric000000` to
//! `metric049999`, or 100,000 made-up names of one shape) can put thousands of prefixes
//! within a few edits of a word, and a word far from every name walks the trie up to its
//! whole budget. So that one query costs a bounded time whatever the names, each of its two
//! searches (for names containing the word, and by distance) may spend at most
//! [`QUERY_WORK`] units, a unit being about one comparison of two characters:
//!
//! - the search for names containing the word spends, for each name it looks through, the
//!   name's length in characters;
//! - the search by distance spends one unit per cell of a distance table it computes (the
//!   row of a prefix visited in a walk at limit `L` is at most `2L + 2` cells), and for a
//!   long word also 32 units per name whose character counts it compares.
//!
//! A search that cannot pay for the next name or row stops there, and the answer is the
//! best (by the rule's order: distance, then name) of the suggestions reached by then, or
//! none. Which those are is fixed by the order each search takes, which depends only on
//! the names, not on the order they were given in nor on threads: postings shortest first,
//! then alphabetically; walks by growing limit, each visiting prefixes depth first in the
//! order of the lowercased names; a long word's names by growing lower bound, then length
//! (nearest the word's first, the shorter first), then alphabetically. Since the walks
//! before the one cut found nothing, the names the cut walk reached are at the smallest
//! distance of any name within its budget: a cut walk that found one answers at the scan's
//! distance, and may miss only an alphabetically earlier name at that distance (or, when
//! the search for names containing the word was cut too, a nearer name containing it).
//! Where no search runs out, the answer is [`closest_by_scan`]'s; no query of the
//! suggestion benchmark (a typo or a made-up name against 100,000 names) runs out.
//!
//! The edit distance itself is `strsim`'s, where a whole distance is wanted
//! ([`edit_distance`]); the searches compute it a row at a time, which shares the rows of a
//! common prefix (the trie) and stops a row early, neither of which a function of two whole
//! strings can do.
//!
//! Cost: building takes time and memory proportional to the names' total length (the
//! trie: about 20 bytes per character). A query costs the trigram lookup plus the prefixes
//! the walks visit, and at most twice [`QUERY_WORK`] units: 3 to 5 ms for a walk that
//! spends them all on the machine of BENCHMARKS.md. 1,000 unknown names against 100,000
//! names take about 0.27 s, a quarter of it building the index; the costliest of them, a
//! made-up name whose nearest names are 3 edits away, spends about 670,000 units
//! (BENCHMARKS.md, "Did you mean" and "Did you mean on names that all look alike").

use crate::hashing::HashMap;
use std::sync::Mutex;

/// Edit distance over characters, counting an insertion, a deletion, a substitution or a
/// swap of two neighbouring characters as one edit (optimal string alignment), since
/// swapped letters are the commonest typo.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// The closest of `candidates` to `word` by comparing every pair: the rule the index must
/// agree with, and the baseline it is measured against.
pub fn closest_by_scan<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let candidate_lower = candidate.to_lowercase();
        let distance = edit_distance(&word_lower, &candidate_lower);
        let contains = word_lower.len() >= 3 && candidate_lower.contains(&word_lower);
        if (distance <= budget(word.chars().count(), candidate.chars().count()) || contains)
            && best.is_none_or(|(d, b)| (distance, candidate) < (d, b))
        {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// How many edits still make a plausible typo: a third of the longer word's length
/// ("valeu" -> "value", "Aktao" -> "Akto"), and at least one.
fn budget(word_chars: usize, candidate_chars: usize) -> usize {
    (word_chars.max(candidate_chars) / 3).max(1)
}

/// The most work each of a query's two searches may do, in the units of the module
/// documentation (about one comparison of two characters each): a few milliseconds. The
/// suggestion benchmark's costliest query spends about two thirds of it.
pub const QUERY_WORK: usize = 1 << 20;

/// What is left of one search's [`QUERY_WORK`].
struct Work {
    given: usize,
    left: usize,
    ran_out: bool,
}

impl Work {
    fn new(units: usize) -> Work {
        Work {
            given: units,
            left: units,
            ran_out: false,
        }
    }

    fn spent(&self) -> usize {
        self.given - self.left
    }

    /// Takes `units` if that many are left. Otherwise the search must stop where it is, and
    /// every later call says so too, so that a search cut once stays cut.
    fn spend(&mut self, units: usize) -> bool {
        if self.ran_out || units > self.left {
            self.ran_out = true;
            return false;
        }
        self.left -= units;
        true
    }
}

/// Known names prepared for "did you mean" queries; see the module documentation.
pub struct SuggestionIndex {
    names: Vec<Known>,
    /// Every position into `names`, by the length of the lowercased name in characters and
    /// then by name: the order in which the searches that may be cut look at names.
    by_size: Vec<u32>,
    /// Positions into `names`, by the length of the lowercased name in characters, each
    /// group alphabetical.
    by_length: Vec<Vec<u32>>,
    /// The largest original length (in characters) within each `by_length` group.
    longest_original: Vec<usize>,
    /// Lowercase trigram -> the names containing it, each once, in the order of `by_size`.
    trigrams: HashMap<[char; 3], Vec<u32>>,
    /// The lowercased names as a trie, walked for the names within a distance.
    trie: Trie,
    /// The largest original length of a name, in characters: it bounds every budget.
    longest_name: usize,
    /// The most each search of a query may spend: [`QUERY_WORK`], or less in tests.
    query_work: usize,
    answers: Mutex<HashMap<String, Search>>,
}

struct Known {
    original: Box<str>,
    lower: Box<str>,
    original_chars: usize,
    lower_chars: usize,
    counts: CharCounts,
}

impl Known {
    fn new(name: &str, chars: &mut Vec<char>) -> Known {
        let lower = name.to_lowercase();
        chars.clear();
        chars.extend(lower.chars());
        Known {
            original: name.into(),
            lower: lower.into(),
            original_chars: name.chars().count(),
            lower_chars: chars.len(),
            counts: CharCounts::of(chars),
        }
    }
}

impl std::fmt::Debug for SuggestionIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SuggestionIndex({} names)", self.names.len())
    }
}

/// One query's answer, and whether a search ran out of [`QUERY_WORK`] on the way.
#[derive(Clone, Copy)]
struct Search {
    answer: Option<u32>,
    ran_out: bool,
    /// The units both searches spent.
    work: usize,
}

/// A "did you mean" answer, and how it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<'a> {
    /// The closest known name, if any is close enough.
    pub name: Option<&'a str>,
    /// A search ran out of [`QUERY_WORK`]: the name is the best of those reached, and
    /// [`closest_by_scan`] may give another (or one where this gives none).
    pub work_ran_out: bool,
    /// The units of work the query's searches spent, out of twice [`QUERY_WORK`].
    pub work: usize,
}

impl SuggestionIndex {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut chars: Vec<char> = Vec::new();
        let names: Vec<Known> = names
            .into_iter()
            .map(|name| Known::new(name, &mut chars))
            .collect();
        let count = u32::try_from(names.len()).expect("fewer than 4 billion names");
        // Equal keys are equal names, whose order changes no answer.
        let mut by_size: Vec<u32> = (0..count).collect();
        by_size.sort_unstable_by(|&a, &b| {
            let (a, b) = (&names[a as usize], &names[b as usize]);
            (a.lower_chars, &a.original).cmp(&(b.lower_chars, &b.original))
        });
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        let mut longest_original: Vec<usize> = Vec::new();
        let mut trigrams: HashMap<[char; 3], Vec<u32>> = HashMap::default();
        // In the order of `by_size`, so that every group and posting list is in that order.
        for &position in &by_size {
            let known = &names[position as usize];
            if by_length.len() <= known.lower_chars {
                by_length.resize_with(known.lower_chars + 1, Vec::new);
                longest_original.resize(known.lower_chars + 1, 0);
            }
            by_length[known.lower_chars].push(position);
            let longest = &mut longest_original[known.lower_chars];
            *longest = (*longest).max(known.original_chars);
            chars.clear();
            chars.extend(known.lower.chars());
            for trigram in chars.windows(3) {
                let postings = trigrams.entry([trigram[0], trigram[1], trigram[2]]);
                let postings = postings.or_default();
                if postings.last() != Some(&position) {
                    postings.push(position);
                }
            }
        }
        SuggestionIndex {
            longest_name: longest_original.iter().copied().max().unwrap_or(0),
            trie: Trie::new(&names),
            names,
            by_size,
            by_length,
            longest_original,
            trigrams,
            query_work: QUERY_WORK,
            answers: Mutex::new(HashMap::default()),
        }
    }

    /// An index whose searches may each spend at most `units`, so that tests reach the
    /// limit with a few names.
    #[cfg(test)]
    fn with_query_work<'a>(names: impl IntoIterator<Item = &'a str>, units: usize) -> Self {
        SuggestionIndex {
            query_work: units,
            ..SuggestionIndex::new(names)
        }
    }

    /// The closest known name to `word`, by the rule in the module documentation.
    pub fn closest(&self, word: &str) -> Option<&str> {
        self.suggest(word).name
    }

    /// The closest known name to `word`, and whether the work limit cut its search.
    pub fn suggest(&self, word: &str) -> Suggestion<'_> {
        let search = self.answer(word);
        Suggestion {
            name: search
                .answer
                .map(|position| &*self.names[position as usize].original),
            work_ran_out: search.ran_out,
            work: search.work,
        }
    }

    /// The position (in the order the names were given) of the closest known name.
    pub fn closest_position(&self, word: &str) -> Option<u32> {
        self.answer(word).answer
    }

    /// The search for `word`, made once per index.
    fn answer(&self, word: &str) -> Search {
        let answers = self
            .answers
            .lock()
            .map(|answers| answers.get(word).copied());
        if let Ok(Some(search)) = answers {
            return search;
        }
        let search = self.search(word);
        if let Ok(mut answers) = self.answers.lock() {
            answers.insert(word.to_string(), search);
        }
        search
    }

    fn search(&self, word: &str) -> Search {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        let word_chars = word.chars().count();
        let mut containing_work = Work::new(self.query_work);
        let containing = self.best_containing(&lower, &chars, &mut containing_work);
        let mut distance_work = Work::new(self.query_work);
        let answer = if chars.len() > TRIE_WORD_CHARS {
            self.search_by_length(&chars, word_chars, containing, &mut distance_work)
        } else {
            self.search_in_trie(&chars, word_chars, containing, &mut distance_work)
        };
        Search {
            answer,
            ran_out: containing_work.ran_out || distance_work.ran_out,
            work: containing_work.spent() + distance_work.spent(),
        }
    }

    /// The trie walk for a word of up to [`TRIE_WORD_CHARS`] characters: the names within
    /// a distance limit growing by one, until one is found within its budget or the limit
    /// reaches every budget (or the distance of the best containing name, which no farther
    /// name could beat), or the work runs out. Each walk visits only the prefixes within the
    /// limit of a prefix of the word, so the names near the word cost far less than a pass
    /// over every name; and a walk costs more than the one before it, often several times
    /// more, so stepping by one costs little over the last walk alone.
    fn search_in_trie(
        &self,
        chars: &[char],
        word_chars: usize,
        containing: Option<(usize, u32)>,
        work: &mut Work,
    ) -> Option<u32> {
        let most = budget(word_chars, self.longest_name)
            .min(containing.map_or(usize::MAX, |(distance, _)| distance));
        let mut walk = TrieWalk::default();
        let mut limit = 0;
        loop {
            let mut found = None;
            self.walk_trie(chars, word_chars, limit, &mut walk, &mut found, work);
            if let Some(near) = found {
                // The earlier walks found nothing, so no suggestion is nearer than `near`;
                // unless the work ran out, no name of its distance comes before it either.
                return Some(match containing {
                    Some(other) if self.is_better(other, Some(near)) => other.1,
                    _ => near.1,
                });
            }
            if limit >= most || work.ran_out {
                return containing.map(|(_, position)| position);
            }
            limit += 1;
        }
    }

    /// Walks the trie depth first, in the order of the lowercased names, with the rows of
    /// the distance table between the word and each prefix, skipping a prefix's
    /// descendants once its row, or the difference between the word's length and those of
    /// the names below it, exceeds `limit`, the budget of the longest name below it or the
    /// distance of the best name found: the smallest cell of a row never falls in the rows
    /// below it. Every name within
    /// `limit` and within its budget is offered to `found`. Stops before a row that `work`
    /// cannot pay for.
    fn walk_trie(
        &self,
        word: &[char],
        word_chars: usize,
        limit: usize,
        walk: &mut TrieWalk,
        found: &mut Option<(usize, u32)>,
        work: &mut Work,
    ) {
        let width = word.len() + 1;
        let far = u32::try_from(limit + 1).unwrap_or(u32::MAX);
        let limit32 = far - 1;
        let TrieWalk {
            rows,
            letters,
            stack,
        } = walk;
        rows.clear();
        rows.extend((0..width).map(|j| (j as u32).min(far)));
        letters.clear();
        letters.push('\0');
        stack.clear();
        stack.push((0u32, 0usize));
        while let Some((at, depth)) = stack.pop() {
            let at = at as usize;
            let node = &self.trie.nodes[at];
            if depth > 0 {
                if !work.spend(row_cells(depth, limit, word.len())) {
                    return;
                }
                letters.truncate(depth);
                letters.push(node.letter);
                rows.resize((depth + 1) * width, far);
                let (earlier, current) = rows.split_at_mut(depth * width);
                let last = &earlier[(depth - 1) * width..];
                let before_last = depth
                    .checked_sub(2)
                    .map(|d| &earlier[d * width..(d + 1) * width]);
                let row_min =
                    distance_row(word, letters, depth, limit, (before_last, last), current);
                // No name below can be a suggestion, or beat the best found so far (a name
                // as far as that one may still win on its name); and a name is at least as
                // far from the word as their lengths differ.
                let worth = found
                    .map_or(limit, |(distance, _)| distance)
                    .min(budget(word_chars, node.longest as usize));
                let length_gap = (node.shortest as usize)
                    .saturating_sub(word.len())
                    .max(word.len().saturating_sub(node.longest as usize));
                if (row_min as usize).max(length_gap) > worth {
                    continue;
                }
            }
            // The last cell is computed only within `limit` of the diagonal.
            let distance = if depth + limit >= word.len() {
                rows[depth * width + word.len()]
            } else {
                far
            };
            if distance <= limit32 {
                for &position in self.trie.ends(at) {
                    let known = &self.names[position as usize];
                    let distance = distance as usize;
                    if distance <= budget(word_chars, known.original_chars)
                        && self.is_better((distance, position), *found)
                    {
                        *found = Some((distance, position));
                    }
                }
            }
            // Last child first on the stack, so that the first child is visited first.
            for child in self.trie.children(at).rev() {
                stack.push((child, depth + 1));
            }
        }
    }

    /// The search for long words: every name within the length bound, pruned by a count of
    /// characters and measured by growing lower bound. Its memory is linear in the word,
    /// where the trie walk's rows would grow with its square.
    fn search_by_length(
        &self,
        chars: &[char],
        word_chars: usize,
        containing: Option<(usize, u32)>,
        work: &mut Work,
    ) -> Option<u32> {
        let counts = CharCounts::of(chars);
        let mut best = containing;
        // First pass: every name within the length bound, filed by its lower bound, so
        // that the likeliest names are measured first and the bound shrinks early.
        let mut by_bound: Vec<Vec<u32>> = Vec::new();
        let longest_group = self.by_length.len();
        for difference in 0..longest_group.max(chars.len() + 1) {
            if best.is_some_and(|(distance, _)| difference > distance) {
                break;
            }
            let shorter = chars.len().checked_sub(difference);
            let longer = (difference > 0).then_some(chars.len() + difference);
            for length in shorter.into_iter().chain(longer) {
                let Some(group) = self.by_length.get(length) else {
                    continue;
                };
                if difference > budget(word_chars, self.longest_original[length]) {
                    continue;
                }
                for &position in group {
                    if !work.spend(CharCounts::COST) {
                        // Nothing measured yet: only a name containing the word is known.
                        return containing.map(|(_, position)| position);
                    }
                    let known = &self.names[position as usize];
                    let mut limit = budget(word_chars, known.original_chars);
                    if let Some((distance, _)) = best {
                        limit = limit.min(distance);
                    }
                    let bound = difference.max(counts.lower_bound(&known.counts));
                    if bound <= limit {
                        if by_bound.len() <= bound {
                            by_bound.resize_with(bound + 1, Vec::new);
                        }
                        by_bound[bound].push(position);
                    }
                }
            }
        }
        // Second pass: distances, by growing lower bound, cut off at the best so far.
        let mut scratch: Vec<char> = Vec::new();
        let mut rows = Rows::default();
        for (bound, positions) in by_bound.iter().enumerate() {
            if best.is_some_and(|(distance, _)| bound > distance) {
                break;
            }
            for &position in positions {
                let known = &self.names[position as usize];
                let mut limit = budget(word_chars, known.original_chars);
                if let Some((distance, _)) = best {
                    limit = limit.min(distance);
                }
                if bound > limit {
                    continue;
                }
                scratch.clear();
                scratch.extend(known.lower.chars());
                let distance = bounded_distance_in(chars, &scratch, limit, &mut rows, work);
                if work.ran_out {
                    return best.map(|(_, position)| position);
                }
                if let Some(distance) = distance
                    && self.is_better((distance, position), best)
                {
                    best = Some((distance, position));
                }
            }
        }
        best.map(|(_, position)| position)
    }

    /// The best name containing the (lowercased) word, which is a suggestion whatever its
    /// distance. Every such name contains each of the word's trigrams, so the rarest one's
    /// postings hold them all; a word shorter than three characters is looked for in every
    /// name. A name containing the word is as far from it as it has characters more (one
    /// deletion each, and no alignment needs fewer), so in the postings' order (by length,
    /// then alphabetical) the first name that contains the word is the best.
    fn best_containing(
        &self,
        lower: &str,
        chars: &[char],
        work: &mut Work,
    ) -> Option<(usize, u32)> {
        if lower.len() < 3 {
            return None;
        }
        let rarest = chars
            .windows(3)
            .map(|t| {
                self.trigrams
                    .get(&[t[0], t[1], t[2]])
                    .map_or(&[][..], Vec::as_slice)
            })
            .min_by_key(|postings| postings.len());
        let candidates = rarest.unwrap_or(&self.by_size);
        // Names shorter than the word cannot contain it.
        let first = candidates
            .partition_point(|&position| self.names[position as usize].lower_chars < chars.len());
        for &position in &candidates[first..] {
            let known = &self.names[position as usize];
            if !work.spend(known.lower_chars) {
                return None;
            }
            if known.lower.contains(lower) {
                return Some((known.lower_chars - chars.len(), position));
            }
        }
        None
    }

    fn is_better(&self, (distance, position): (usize, u32), best: Option<(usize, u32)>) -> bool {
        best.is_none_or(|(best_distance, best_position)| {
            (distance, &*self.names[position as usize].original)
                < (best_distance, &*self.names[best_position as usize].original)
        })
    }
}

/// Words longer than this many characters (lowercased) are searched name by name: the trie
/// walk keeps a row of the word's length for each depth it reaches.
const TRIE_WORD_CHARS: usize = 256;

/// The lowercased names as a trie, its nodes in breadth-first order so that each node's
/// children lie side by side.
struct Trie {
    /// Node 0 is the root, the empty prefix.
    nodes: Vec<TrieNode>,
    /// Positions of names, grouped by the node at which their lowercased form ends.
    ends: Vec<u32>,
}

/// One prefix. Nodes are numbered in the order they are filled in, which is also the order
/// their children and their names are added, so each node's children and names start where
/// the previous node's end and only the ends are kept: 20 bytes a node.
struct TrieNode {
    letter: char,
    /// The end of this node's children in `nodes`.
    children_end: u32,
    /// The end of the names that end here in `ends`.
    ends_end: u32,
    /// The longest length, in characters, of the names ending here or below, original or
    /// lowercased, whichever is longer: it bounds their budgets and their lengths.
    longest: u32,
    /// The shortest lowercased length, in characters, of the names ending here or below.
    shortest: u32,
}

impl Trie {
    /// Built from the names sorted by their lowercased form: the names below a node are a
    /// run of that order, and a run shares its first bytes, so each child is the run of one
    /// next character. Iterative, so that a long name cannot exhaust the stack.
    fn new(names: &[Known]) -> Trie {
        let count = u32::try_from(names.len()).expect("fewer than 4 billion names");
        let mut order: Vec<u32> = (0..count).collect();
        order.sort_unstable_by(|&a, &b| names[a as usize].lower.cmp(&names[b as usize].lower));
        let lower = |at: usize| &*names[order[at] as usize].lower;
        let chars = |length: usize| u32::try_from(length).unwrap_or(u32::MAX);
        let new_node = |letter| TrieNode {
            letter,
            children_end: 0,
            ends_end: 0,
            longest: 0,
            shortest: u32::MAX,
        };
        let mut trie = Trie {
            nodes: vec![new_node('\0')],
            ends: Vec::with_capacity(names.len()),
        };
        // First in, first out: nodes are filled in the order they were made.
        let mut queue = std::collections::VecDeque::from([(0usize, 0usize, names.len(), 0usize)]);
        while let Some((node, mut from, to, offset)) = queue.pop_front() {
            let (mut longest, mut shortest) = (0, u32::MAX);
            while from < to && lower(from).len() == offset {
                trie.ends.push(order[from]);
                let known = &names[order[from] as usize];
                longest = longest.max(chars(known.original_chars.max(known.lower_chars)));
                shortest = shortest.min(chars(known.lower_chars));
                from += 1;
            }
            while from < to {
                let Some(letter) = lower(from)[offset..].chars().next() else {
                    break;
                };
                let mut end = from + 1;
                while end < to && lower(end)[offset..].starts_with(letter) {
                    end += 1;
                }
                queue.push_back((trie.nodes.len(), from, end, offset + letter.len_utf8()));
                trie.nodes.push(new_node(letter));
                from = end;
            }
            let (ends_end, children_end) = (trie.ends.len() as u32, trie.nodes.len() as u32);
            let node = &mut trie.nodes[node];
            node.ends_end = ends_end;
            node.children_end = children_end;
            node.longest = longest;
            node.shortest = shortest;
        }
        // Children come after their parent, so from the last node back every child's
        // lengths are final before its parent takes them in.
        for at in (0..trie.nodes.len()).rev() {
            let (longest, shortest) = trie
                .children(at)
                .map(|child| &trie.nodes[child as usize])
                .fold((0, u32::MAX), |(longest, shortest), child| {
                    (longest.max(child.longest), shortest.min(child.shortest))
                });
            let node = &mut trie.nodes[at];
            node.longest = node.longest.max(longest);
            node.shortest = node.shortest.min(shortest);
        }
        trie
    }

    /// The children of node `at`, in the order of their letters.
    fn children(&self, at: usize) -> std::ops::Range<u32> {
        let start = match at {
            0 => 1,
            _ => self.nodes[at - 1].children_end,
        };
        start..self.nodes[at].children_end
    }

    /// The positions of the names whose lowercased form ends at node `at`.
    fn ends(&self, at: usize) -> &[u32] {
        let start = match at {
            0 => 0,
            _ => self.nodes[at - 1].ends_end as usize,
        };
        &self.ends[start..self.nodes[at].ends_end as usize]
    }
}

/// The buffers of a trie walk, kept between the walks of one query.
#[derive(Default)]
struct TrieWalk {
    /// One row of the distance table per depth, `word.len() + 1` cells each.
    rows: Vec<u32>,
    /// The letters of the current prefix, by depth (index 0 unused).
    letters: Vec<char>,
    /// Nodes still to visit, with their depth.
    stack: Vec<(u32, usize)>,
}

/// The cells of row `i` (of a word of `word_len` characters) computed within `limit` of the
/// diagonal: the first cells of `current` in [`distance_row`] and [`bounded_distance_in`].
fn band(i: usize, limit: usize, word_len: usize) -> std::ops::RangeInclusive<usize> {
    i.saturating_sub(limit).max(1)..=i.saturating_add(limit).min(word_len)
}

/// What row `i` costs in [`QUERY_WORK`] units: its first cell and its band.
fn row_cells(i: usize, limit: usize, word_len: usize) -> usize {
    1 + band(i, limit, word_len).count()
}

/// Fills `current`, the row of the distance table for the prefix `letters[1..=i]` against
/// `word`, from the two rows above it, and returns its smallest cell. As in
/// [`bounded_distance_in`], only cells within `limit` of the diagonal are computed, and any
/// other stands in as `limit + 1`.
fn distance_row(
    word: &[char],
    letters: &[char],
    i: usize,
    limit: usize,
    (before_last, last): (Option<&[u32]>, &[u32]),
    current: &mut [u32],
) -> u32 {
    let far = u32::try_from(limit + 1).unwrap_or(u32::MAX);
    let letter = letters[i];
    let (from, to) = band(i, limit, word.len()).into_inner();
    current[0] = u32::try_from(i).unwrap_or(u32::MAX).min(far);
    if from > to {
        // Past the end of the word by more than the limit, or an empty word: only the
        // first cell.
        return current[0];
    }
    if from > 1 {
        current[from - 1] = far;
    }
    let mut row_min = current[0];
    for j in from..=to {
        let cost = u32::from(letter != word[j - 1]);
        let mut best = (last[j - 1] + cost)
            .min(last[j] + 1)
            .min(current[j - 1] + 1);
        if let Some(before_last) = before_last
            && j > 1
            && letter == word[j - 2]
            && letters[i - 1] == word[j - 1]
        {
            best = best.min(before_last[j - 2] + 1);
        }
        current[j] = best.min(far);
        row_min = row_min.min(current[j]);
    }
    if to < word.len() {
        current[to + 1] = far;
    }
    row_min
}

/// How many characters of a name fall in each of 32 buckets (saturating), for a lower
/// bound on the edit distance that costs one pass over 32 bytes.
#[derive(Clone, Copy)]
struct CharCounts([u8; 32]);

impl CharCounts {
    /// What comparing two counts costs in [`QUERY_WORK`] units: a pass over 32 buckets.
    const COST: usize = 32;

    fn of(chars: &[char]) -> Self {
        let mut counts = [0u8; 32];
        for &c in chars {
            let bucket = (u32::from(c).wrapping_mul(0x9E37_79B1) >> 27) as usize;
            counts[bucket] = counts[bucket].saturating_add(1);
        }
        CharCounts(counts)
    }

    /// At most the edit distance between the two names: every character of one that has
    /// no counterpart in the other needs an edit of its own. Saturated counts only lower it.
    fn lower_bound(&self, other: &CharCounts) -> usize {
        let (mut surplus, mut deficit) = (0usize, 0usize);
        for (&a, &b) in self.0.iter().zip(&other.0) {
            surplus += usize::from(a.saturating_sub(b));
            deficit += usize::from(b.saturating_sub(a));
        }
        surplus.max(deficit)
    }
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `limit`.
#[cfg(test)]
fn bounded_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    bounded_distance_in(
        a,
        b,
        limit,
        &mut Rows::default(),
        &mut Work::new(usize::MAX),
    )
}

/// The three rolling rows of the distance table, kept between calls.
#[derive(Default)]
struct Rows {
    before_last: Vec<usize>,
    last: Vec<usize>,
    current: Vec<usize>,
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `limit`,
/// computed in reused rows. Only cells within `limit` of the diagonal are
/// computed (any other is more than `limit` away, so it stands in as `limit + 1`), and it
/// stops once two consecutive rows exceed the limit: every later cell is at least the
/// smaller of the last row's minimum and the row before's minimum plus one. Each row is
/// paid for from `work` before it is computed; `None` once `work` runs out.
fn bounded_distance_in(
    a: &[char],
    b: &[char],
    limit: usize,
    rows: &mut Rows,
    work: &mut Work,
) -> Option<usize> {
    let far = limit.saturating_add(1);
    let Rows {
        before_last,
        last,
        current,
    } = rows;
    before_last.clear();
    before_last.resize(b.len() + 1, far);
    last.clear();
    last.extend((0..=b.len()).map(|j| j.min(far)));
    current.clear();
    current.resize(b.len() + 1, far);
    let mut last_min = 0;
    for i in 1..=a.len() {
        if !work.spend(row_cells(i, limit, b.len())) {
            return None;
        }
        let (from, to) = band(i, limit, b.len()).into_inner();
        current[0] = i.min(far);
        if from > 1 {
            current[from - 1] = far;
        }
        let mut row_min = current[0];
        for j in from..=to {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (last[j - 1] + cost)
                .min(last[j].saturating_add(1))
                .min(current[j - 1].saturating_add(1));
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before_last[j - 2].saturating_add(1));
            }
            current[j] = best.min(far);
            row_min = row_min.min(current[j]);
        }
        if to < b.len() {
            current[to + 1] = far;
        }
        if row_min > limit && last_min > limit {
            return None;
        }
        last_min = row_min;
        std::mem::swap(before_last, last);
        std::mem::swap(last, current);
    }
    Some(last[b.len()]).filter(|&distance| distance <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("valeu", "value"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("Aktao", "Akto"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("云南", "云南"), 0);
        // Not a metric: a swap then an insertion is not one alignment.
        assert_eq!(edit_distance("ca", "abc"), 3);
    }

    #[test]
    fn a_bounded_distance_is_the_distance_or_nothing() {
        let (a, b): (Vec<char>, Vec<char>) =
            ("kitten".chars().collect(), "sitting".chars().collect());
        assert_eq!(bounded_distance(&a, &b, 3), Some(3));
        assert_eq!(bounded_distance(&a, &b, 2), None);
        assert_eq!(bounded_distance(&a, &b, 0), None);
    }

    #[test]
    fn ties_go_to_the_alphabetically_first_whatever_the_order() {
        for names in [
            ["Abce County", "Abcd County"],
            ["Abcd County", "Abce County"],
        ] {
            assert_eq!(closest_by_scan("Abcx County", names), Some("Abcd County"));
            let index = SuggestionIndex::new(names);
            assert_eq!(index.closest("Abcx County"), Some("Abcd County"));
        }
    }

    #[test]
    fn only_near_typos_and_containing_names_are_suggested() {
        let index = SuggestionIndex::new(["id", "quote", "value", "unit", "members"]);
        assert_eq!(index.closest("valeu"), Some("value"));
        assert_eq!(index.closest("qoute"), Some("quote"));
        assert_eq!(index.closest("population"), None);
        let index = SuggestionIndex::new(["Akto County", "Jiashi County"]);
        assert_eq!(index.closest("Aktao County"), Some("Akto County"));
        // Far by distance, but contains the word.
        let index = SuggestionIndex::new(["Nayong County", "Weining County"]);
        assert_eq!(index.closest("Yong County"), Some("Nayong County"));
        let index = SuggestionIndex::new(["Greater Yongzhou Metropolitan Area", "Yan"]);
        assert_eq!(
            index.closest("yongzhou"),
            Some("Greater Yongzhou Metropolitan Area")
        );
    }

    #[test]
    fn a_word_answered_twice_gets_the_same_answer() {
        let index = SuggestionIndex::new(["Akto County", "Jiashi County"]);
        assert_eq!(index.closest("Jiasi County"), Some("Jiashi County"));
        assert_eq!(index.closest("Jiasi County"), Some("Jiashi County"));
        assert_eq!(index.answers.lock().unwrap().len(), 1);
    }

    #[test]
    fn words_too_long_for_the_trie_get_the_scans_answer() {
        let long = "Ab".repeat(TRIE_WORD_CHARS);
        let near = format!("{long}x");
        let far = format!("{}{long}", "y".repeat(TRIE_WORD_CHARS));
        let names = [near.as_str(), far.as_str(), "Ab"];
        let index = SuggestionIndex::new(names);
        for word in [long.clone(), format!("{long}yy"), "Aby".to_string()] {
            assert_eq!(
                index.closest(&word),
                closest_by_scan(&word, names),
                "{} characters",
                word.len()
            );
        }
        assert_eq!(index.closest(&long), Some(near.as_str()));
    }

    /// The project's deterministic generator, so a failure names its seed.
    struct Random(crate::fuzzing::Xorshift);

    impl Random {
        /// The generator of `seed`, and up to 60 random names drawn from it.
        fn names(seed: u64) -> (Random, Vec<String>) {
            let mut random = Random(crate::fuzzing::Xorshift::new(
                seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            ));
            let names = (0..random.below(60)).map(|_| random.name()).collect();
            (random, names)
        }

        fn below(&mut self, n: usize) -> usize {
            self.0.below(n)
        }

        /// A short name over a small alphabet (with a capital, a space and a character
        /// whose lowercase is longer), so that near misses, swaps, containment and ties
        /// are common.
        fn name(&mut self) -> String {
            self.name_below(9)
        }

        fn name_below(&mut self, longest: usize) -> String {
            const LETTERS: [char; 9] = ['a', 'b', 'c', 'A', 'B', ' ', 'é', 'İ', '云'];
            let length = self.below(longest);
            (0..length)
                .map(|_| LETTERS[self.below(LETTERS.len())])
                .collect()
        }

        /// `name` with one or two random edits, or a fresh name.
        /// A name near one of `names` (a new one when there are none).
        fn near_one_of(&mut self, names: &[String]) -> String {
            match names.len() {
                0 => self.name(),
                n => {
                    let base = names[self.below(n)].clone();
                    self.near(&base)
                }
            }
        }

        fn near(&mut self, name: &str) -> String {
            let mut chars: Vec<char> = name.chars().collect();
            for _ in 0..self.below(3) {
                let at = self.below(chars.len() + 1);
                match self.below(4) {
                    0 if at < chars.len() => {
                        chars.remove(at);
                    }
                    1 if at + 1 < chars.len() => chars.swap(at, at + 1),
                    2 if at < chars.len() => chars[at] = 'b',
                    _ => chars.insert(at, 'c'),
                }
            }
            if self.below(4) == 0 {
                return self.name();
            }
            chars.into_iter().collect()
        }
    }

    /// Whether `name` is a suggestion for `word` by the rule, whether or not the best.
    fn is_suggestion(word: &str, name: &str) -> bool {
        let (word_lower, name_lower) = (word.to_lowercase(), name.to_lowercase());
        edit_distance(&word_lower, &name_lower)
            <= budget(word.chars().count(), name.chars().count())
            || (word_lower.len() >= 3 && name_lower.contains(&word_lower))
    }

    /// The hostile shapes of BENCHMARKS.md, small: names that differ only in their last
    /// digits, each unknown name a swap away from its own. Every query stays well within
    /// the work limit and gets its own name.
    #[test]
    fn names_that_all_look_alike_get_their_own_typo_corrected() {
        let places: Vec<String> = (0..2_000).map(|i| format!("Place{i:06}")).collect();
        let index = SuggestionIndex::new(places.iter().map(String::as_str));
        for (i, place) in places.iter().enumerate() {
            let suggestion = index.suggest(&format!("Plaec{i:06}"));
            assert_eq!(suggestion.name, Some(place.as_str()), "Plaec{i:06}");
            assert!(!suggestion.work_ran_out, "Plaec{i:06}");
        }
        let metrics: Vec<String> = (0..2_000).map(|i| format!("metric{i:06}")).collect();
        let index = SuggestionIndex::new(metrics.iter().map(String::as_str));
        for (i, metric) in metrics.iter().enumerate() {
            let suggestion = index.suggest(&format!("mteric{i:06}"));
            assert_eq!(suggestion.name, Some(metric.as_str()), "mteric{i:06}");
            assert!(!suggestion.work_ran_out, "mteric{i:06}");
        }
        // Near none of them (six edits, over a budget of four), and three edits from many.
        for word in ["zzzzzz000123", "metxyz000123", "metric0x0x0x"] {
            let suggestion = index.suggest(word);
            assert!(!suggestion.work_ran_out, "{word}");
            assert_eq!(
                suggestion.name,
                closest_by_scan(word, metrics.iter().map(String::as_str)),
                "{word}"
            );
        }
        assert_eq!(index.closest("zzzzzz000123"), None);
        assert_eq!(index.closest("metxyz000123"), Some("metric000123"));
    }

    /// Long names alike but for their digits, each word four edits from its own name: every
    /// walk reaches thousands of prefixes, and a small limit cuts them. An answer cut short
    /// is still a suggestion by the rule, costs no more than the limit, and is the same
    /// whatever the order of the names; with the real limit, each word gets its own name.
    #[test]
    fn a_search_cut_by_the_work_limit_still_answers_by_the_rule() {
        let names: Vec<String> = (0..2_000)
            .map(|i| format!("Place{i:06} County, Gansu Province, China"))
            .collect();
        let small = 200_000;
        let index = SuggestionIndex::with_query_work(names.iter().map(String::as_str), small);
        let reversed =
            SuggestionIndex::with_query_work(names.iter().rev().map(String::as_str), small);
        let full = SuggestionIndex::new(names.iter().map(String::as_str));
        let (mut cut, mut cut_with_answer) = (0, 0);
        for i in (0..names.len()).step_by(41) {
            let word = format!("Place{i:06} Xounty, Xansu Xrovince, Xhina");
            let suggestion = index.suggest(&word);
            assert_eq!(suggestion, reversed.suggest(&word), "{word}");
            assert!(suggestion.work <= 2 * small, "{word}: {}", suggestion.work);
            if let Some(name) = suggestion.name {
                assert!(is_suggestion(&word, name), "{word}: {name}");
            }
            cut += usize::from(suggestion.work_ran_out);
            cut_with_answer += usize::from(suggestion.work_ran_out && suggestion.name.is_some());
            let suggestion = full.suggest(&word);
            assert_eq!(suggestion.name, Some(names[i].as_str()), "{word}");
            assert!(!suggestion.work_ran_out, "{word}");
        }
        assert!(
            cut > 0 && cut_with_answer > 0,
            "{cut} cut, {cut_with_answer} with an answer"
        );
    }

    /// On random names under small limits: an answer not cut is the scan's, one cut short is
    /// still a suggestion by the rule, and neither depends on the order of the names.
    #[test]
    fn a_small_work_limit_changes_only_the_answers_it_cuts() {
        let (mut cut, mut whole) = (0, 0);
        for seed in 1..=100u64 {
            let (mut random, names) = Random::names(seed);
            let units = 1 + random.below(120);
            let index = SuggestionIndex::with_query_work(names.iter().map(String::as_str), units);
            let reversed =
                SuggestionIndex::with_query_work(names.iter().rev().map(String::as_str), units);
            for _ in 0..40 {
                let word = random.near_one_of(&names);
                let suggestion = index.suggest(&word);
                let context = format!("seed {seed}, {units} units, word {word:?}, names {names:?}");
                assert_eq!(suggestion, reversed.suggest(&word), "{context}");
                if suggestion.work_ran_out {
                    cut += 1;
                    if let Some(name) = suggestion.name {
                        assert!(is_suggestion(&word, name), "{context}");
                    }
                } else {
                    whole += 1;
                    assert_eq!(
                        suggestion.name,
                        closest_by_scan(&word, names.iter().map(String::as_str)),
                        "{context}"
                    );
                }
            }
        }
        assert!(cut > 100 && whole > 100, "{cut} cut, {whole} whole");
    }

    /// Long names have large budgets: the walk widens its limit several times.
    #[test]
    fn the_index_agrees_with_the_scan_on_long_random_names() {
        for seed in 1..=60u64 {
            let mut random = Random(crate::fuzzing::Xorshift::new(
                seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1,
            ));
            let names: Vec<String> = (0..random.below(40))
                .map(|_| random.name_below(30))
                .collect();
            let index = SuggestionIndex::new(names.iter().map(String::as_str));
            for _ in 0..20 {
                let word = random.name_below(30);
                assert_eq!(
                    index.closest(&word),
                    closest_by_scan(&word, names.iter().map(String::as_str)),
                    "seed {seed}, word {word:?}, names {names:?}"
                );
            }
        }
    }

    #[test]
    fn the_index_agrees_with_the_scan_on_random_names() {
        let (mut suggested, mut asked) = (0, 0);
        for seed in 1..=200u64 {
            let (mut random, names) = Random::names(seed);
            let index = SuggestionIndex::new(names.iter().map(String::as_str));
            for _ in 0..40 {
                let word = random.near_one_of(&names);
                let answer = index.closest(&word);
                assert_eq!(
                    answer,
                    closest_by_scan(&word, names.iter().map(String::as_str)),
                    "seed {seed}, word {word:?}, names {names:?}"
                );
                asked += 1;
                suggested += usize::from(answer.is_some());
            }
        }
        // Both outcomes are exercised, not only "no suggestion".
        assert!(
            suggested > asked / 4 && suggested < asked,
            "{suggested} of {asked}"
        );
    }
}
