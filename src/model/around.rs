//! Registered names that a text spells around a shorter stretch of it: `威宁县` (Weining
//! County) around `宁县` (Ning County), `New York` around `York`, `Bosnia and Herzegovina`
//! around `Herzegovina`. The registry is the dictionary: no word segmenter is needed, and a
//! longer name that the registry does not hold is not seen.
//!
//! A stretch around `[a, b)` is a range `[c, d)` with `c <= a`, `b <= d` and more than
//! `[a, b)`, that starts and ends where a name can: on the boundaries the name check uses
//! ([`word_boundary_between`], after the Arabic and Hebrew proclitics written onto a word,
//! see [`without_proclitics`](crate::proclitics::without_proclitics)). In a script that puts
//! spaces between words that is by whole words (`New York`, not `w York`), a Korean word
//! less the particles written onto it (`제주도` in `제주도에서`, see [`crate::korean`]); in
//! one that does not (Chinese, Japanese, Thai) by characters (`威宁县`).
//!
//! Cost: nothing is looked up unless the text beside `[a, b)` could belong to a registered
//! name, which [`NameShapes`] decides from figures computed once, when the registry is
//! built: a stretch holding a character that no name holds (a comma between the names of
//! a list, when no name has one), more words or characters than the longest name, or
//! starting or ending with a character no name starts or ends with, is no name. What is left
//! is looked up in the name index (one hash lookup each), nearest stretches first, at most
//! [`AROUND_LOOKUPS`] per occurrence, over at most [`AROUND_CHARS`] characters on each side.

use std::ops::Range;

use super::{Entities, EntityId, NameIndex};
use crate::hashing::HashSet;
use crate::normalize::{continues_letter, is_unspaced_script, word_boundary_between};

/// How far from a name, in characters on each side, a longer name around it is looked for,
/// whatever the registry holds. Real place names are far shorter: `Saint Vincent and the
/// Grenadines` has 32 characters, `新疆维吾尔自治区伊犁哈萨克自治州` 16. The bound keeps a
/// registry with one very long name from making every name cost a walk along its quote.
pub const AROUND_CHARS: usize = 64;

/// How many stretches around one occurrence are looked up at most. The shapes of the
/// registry's names leave a handful in practice (none around `Dahua` in `Napo, Leye, Dahua`
/// when no name holds a comma); this bounds what a registry of long names with every
/// character in them could make an occurrence cost, nearest stretches first.
pub const AROUND_LOOKUPS: usize = 256;

/// A registered name spelt around a shorter stretch of a text: where, and the entities it
/// names (in registry order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameAround<'e> {
    pub range: Range<usize>,
    pub ids: &'e [EntityId],
}

/// What every registered name (as its key) is like, to tell cheaply that a stretch of text
/// is none of them: built with the name index, one pass over the names.
#[derive(Clone, Debug, Default)]
pub struct NameShapes {
    /// The most words (runs between spaces) of a name.
    longest_words: usize,
    /// The most characters of a name.
    longest_chars: usize,
    /// The most characters of a name that holds a character of a script written without
    /// spaces (Chinese, Thai...): the bound of a stretch in such a script, which would
    /// otherwise be that of the longest name in any script.
    longest_unspaced_chars: usize,
    /// Every character of a name, the first characters and the last.
    held: CharSet,
    first: CharSet,
    last: CharSet,
}

impl NameShapes {
    /// Takes in one name key.
    pub fn add(&mut self, key: &str) {
        let (Some(first), Some(last)) = (key.chars().next(), key.chars().next_back()) else {
            return;
        };
        self.first.insert(first);
        self.last.insert(last);
        let mut shape = Shape::default();
        for c in key.chars() {
            shape.add(c);
            self.held.insert(c);
        }
        self.longest_words = self.longest_words.max(shape.words());
        self.longest_chars = self.longest_chars.max(shape.chars);
        if shape.unspaced {
            self.longest_unspaced_chars = self.longest_unspaced_chars.max(shape.chars);
        }
    }

    /// Takes in the names of `other`, built apart.
    pub fn merge(&mut self, other: NameShapes) {
        self.longest_words = self.longest_words.max(other.longest_words);
        self.longest_chars = self.longest_chars.max(other.longest_chars);
        self.longest_unspaced_chars = self
            .longest_unspaced_chars
            .max(other.longest_unspaced_chars);
        self.held.merge(other.held);
        self.first.merge(other.first);
        self.last.merge(other.last);
    }

    /// The shapes of every name in `index`, shard by shard on rayon's pool.
    pub fn of_index(index: &NameIndex) -> NameShapes {
        use rayon::prelude::*;
        let shards: Vec<_> = index.shards().collect();
        shards
            .into_par_iter()
            .map(|shard| {
                let mut shapes = NameShapes::default();
                for named in shard {
                    shapes.add(named.key());
                }
                shapes
            })
            .reduce(NameShapes::default, |mut all, shard| {
                all.merge(shard);
                all
            })
    }

    /// Whether a stretch of this shape may be a registered name, or the part of one around
    /// a shorter stretch: no longer, in words or characters, than the longest name of its
    /// script. Extending a stretch never makes it fit again.
    fn fits(&self, shape: Shape) -> bool {
        let longest = if shape.unspaced {
            self.longest_unspaced_chars
        } else {
            self.longest_chars
        };
        shape.words() <= self.longest_words && shape.chars <= longest
    }
}

/// The characters of the names: a bit each for ASCII, a set for the others.
#[derive(Clone, Debug, Default)]
struct CharSet {
    ascii: u128,
    other: HashSet<char>,
}

impl CharSet {
    fn insert(&mut self, c: char) {
        match u32::from(c) {
            code @ 0..128 => self.ascii |= 1 << code,
            _ => {
                self.other.insert(c);
            }
        }
    }

    fn contains(&self, c: char) -> bool {
        match u32::from(c) {
            code @ 0..128 => self.ascii & (1 << code) != 0,
            _ => self.other.contains(&c),
        }
    }

    fn merge(&mut self, other: CharSet) {
        self.ascii |= other.ascii;
        if self.other.len() < other.other.len() {
            let mine = std::mem::replace(&mut self.other, other.other);
            self.other.extend(mine);
        } else {
            self.other.extend(other.other);
        }
    }
}

/// How long a stretch of text is, as [`NameShapes`] compares it.
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    chars: usize,
    spaces: usize,
    unspaced: bool,
}

impl Shape {
    fn add(&mut self, c: char) {
        self.chars += 1;
        self.spaces += usize::from(c == ' ');
        self.unspaced |= is_unspaced_script(c);
    }

    fn of(text: &str) -> Shape {
        let mut shape = Shape::default();
        text.chars().for_each(|c| shape.add(c));
        shape
    }

    fn words(self) -> usize {
        self.spaces + 1
    }

    fn and(self, other: Shape) -> Shape {
        Shape {
            chars: self.chars + other.chars,
            spaces: self.spaces + other.spaces,
            unspaced: self.unspaced || other.unspaced,
        }
    }
}

impl Entities {
    /// Each registered name (canonical name or alias, compared as the name index compares
    /// names) that the normalized `text` spells around `range`, longer than it, with the
    /// entities it names: nearest starts first, then nearest ends. `range` is where a name
    /// stands in `text`; a range that is not on character boundaries gives nothing. See the
    /// module documentation for the bounds.
    pub fn names_around(&self, text: &str, range: Range<usize>) -> Vec<NameAround<'_>> {
        let shapes = &self.shapes;
        let mut found = Vec::new();
        let (Some(before), Some(inside), Some(after)) = (
            text.get(..range.start),
            text.get(range.clone()),
            text.get(range.end..),
        ) else {
            return found;
        };
        let (Some(inside_first), Some(inside_last)) =
            (inside.chars().next(), inside.chars().next_back())
        else {
            return found;
        };
        if !inside.chars().all(|c| shapes.held.contains(c)) {
            return found;
        }
        let inner = Shape::of(inside);
        // Where a longer name may start: the stretch itself, then farther left.
        let mut starts: Vec<(usize, Shape)> = Vec::new();
        if shapes.first.contains(inside_first) {
            starts.push((range.start, Shape::default()));
        }
        let mut left = Shape::default();
        for (at, c) in before.char_indices().rev().take(AROUND_CHARS) {
            left.add(c);
            if !shapes.held.contains(c) || !shapes.fits(left.and(inner)) {
                break;
            }
            let starts_here = shapes.first.contains(c)
                && !continues_letter(c)
                && crate::proclitics::without_proclitics(&text[..at])
                    .chars()
                    .next_back()
                    .is_none_or(|before| word_boundary_between(before, c));
            if starts_here {
                starts.push((at, left));
            }
        }
        // Where it may end: the stretch itself, then farther right.
        let mut ends: Vec<(usize, Shape)> = Vec::new();
        if shapes.last.contains(inside_last) {
            ends.push((range.end, Shape::default()));
        }
        let mut right = Shape::default();
        for (offset, c) in after.char_indices().take(AROUND_CHARS) {
            right.add(c);
            if !shapes.held.contains(c) || !shapes.fits(inner.and(right)) {
                break;
            }
            let end = range.end + offset + c.len_utf8();
            let ends_here = shapes.last.contains(c)
                && text[end..].chars().next().is_none_or(|after| {
                    (!continues_letter(after) && word_boundary_between(c, after))
                        || crate::korean::only_particles_follow(c, &text[end..], &[])
                });
            if ends_here {
                ends.push((end, right));
            }
        }
        let mut lookups = 0;
        for &(start, left) in &starts {
            for &(end, right) in &ends {
                if start == range.start && end == range.end {
                    continue;
                }
                // Ends come nearest first: a farther one is longer still.
                if !shapes.fits(left.and(inner).and(right)) {
                    break;
                }
                if lookups == AROUND_LOOKUPS {
                    return found;
                }
                lookups += 1;
                if let Some(ids) = self.ids_named(&text[start..end]) {
                    found.push(NameAround {
                        range: start..end,
                        ids,
                    });
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, name_key};

    /// A registry of `(name, aliases)`, all counties, built one entity at a time.
    fn registry(items: &[(&str, &[&str])]) -> Entities {
        let counties: Vec<_> = items
            .iter()
            .map(|&(name, aliases)| (name, EntityKind::County, None, aliases))
            .collect();
        crate::testing::registry(&counties)
    }

    /// The names spelt around the first occurrence of `name` in `text`, as text.
    fn around<'t>(entities: &Entities, text: &'t str, name: &str) -> Vec<&'t str> {
        let at = text.find(name).expect("the name is in the text");
        entities
            .names_around(text, at..at + name.len())
            .into_iter()
            .map(|found| &text[found.range])
            .collect()
    }

    #[test]
    fn a_name_in_chinese_stands_inside_a_longer_one_by_characters() {
        let entities = registry(&[("宁县", &[]), ("威宁县", &[]), ("紫云县", &[])]);
        assert_eq!(around(&entities, "包括威宁县和紫云县", "宁县"), ["威宁县"]);
        assert_eq!(
            around(&entities, "包括宁县和紫云县", "宁县"),
            [] as [&str; 0]
        );
        let text = "宁县、威宁县";
        let second = text.rfind("宁县").unwrap();
        let found = entities.names_around(text, second..text.len());
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].range.clone()], "威宁县");
        assert_eq!(found[0].ids, entities.named_directly("威宁县").unwrap());
    }

    #[test]
    fn a_name_in_a_spaced_script_is_extended_by_whole_words() {
        let entities = registry(&[
            ("York", &[]),
            ("New York", &[]),
            ("Bosnia and Herzegovina", &[]),
            ("Herzegovina", &[]),
            ("Ew York", &[]),
        ]);
        assert_eq!(around(&entities, "in New York and", "York"), ["New York"]);
        assert_eq!(
            around(&entities, "Croatia, Bosnia and Herzegovina", "Herzegovina"),
            ["Bosnia and Herzegovina"]
        );
        // Not inside a word: `Ew York` does not stand in `New York`.
        assert_eq!(around(&entities, "Newer York", "York"), [] as [&str; 0]);
        assert_eq!(around(&entities, "York, New", "York"), [] as [&str; 0]);
    }

    #[test]
    fn a_korean_name_around_another_ends_before_its_particles() {
        let entities = registry(&[("제주", &[]), ("제주도", &[]), ("대구 중구", &[])]);
        assert_eq!(around(&entities, "제주도에서는 비가", "제주"), ["제주도"]);
        assert_eq!(around(&entities, "대구 중구의 피해", "중구"), ["대구 중구"]);
        // A word that goes on past particles is no name around it.
        assert_eq!(around(&entities, "제주도청에서", "제주"), [] as [&str; 0]);
    }

    #[test]
    fn names_are_compared_as_the_index_compares_them() {
        let entities = registry(&[("Du'an", &[]), ("Du'an County", &[])]);
        let text = name_key("in Du’an County");
        assert_eq!(around(&entities, &text, "Du\"an"), ["Du\"an County"]);
    }

    #[test]
    fn thai_and_japanese_names_stand_inside_longer_ones() {
        let entities = registry(&[
            ("เชียงใหม่", &[]),
            ("เมืองเชียงใหม่", &[]),
            ("京都", &["京都府"]),
            ("東京都", &[]),
        ]);
        assert_eq!(
            around(&entities, "อำเภอเมืองเชียงใหม่มี", "เชียงใหม่"),
            ["เมืองเชียงใหม่"]
        );
        assert_eq!(around(&entities, "東京都と大阪府", "京都"), ["東京都"]);
        assert_eq!(around(&entities, "京都府と大阪府", "京都"), ["京都府"]);
    }

    #[test]
    fn a_name_after_the_arabic_prefix_for_and_may_start_around_a_shorter_one() {
        let entities = registry(&[("أمبو", &[]), ("كوم أمبو", &[])]);
        assert_eq!(around(&entities, "إدفو وكوم أمبو", "أمبو"), ["كوم أمبو"]);
        // Inside a word the و is a letter: no name starts after it.
        assert_eq!(around(&entities, "إدفوكوم أمبو", "أمبو"), [] as [&str; 0]);
    }

    #[test]
    fn characters_no_name_holds_stop_the_search() {
        let entities = registry(&[("Napo", &[]), ("Leye", &[])]);
        let shapes = &entities.shapes;
        assert!(!shapes.held.contains(','));
        assert_eq!(shapes.longest_words, 1);
        assert_eq!(around(&entities, "Napo, Leye", "Leye"), [] as [&str; 0]);
    }

    #[test]
    fn shapes_built_from_the_index_are_those_built_name_by_name() {
        let entities = registry(&[
            ("Bosnia and Herzegovina", &["BiH"]),
            ("黔东南苗族侗族自治州", &[]),
            ("Ra'sal", &[]),
        ]);
        let of_index = NameShapes::of_index(&entities.by_name);
        let built = &entities.shapes;
        assert_eq!(of_index.longest_words, 3);
        assert_eq!(of_index.longest_chars, "Bosnia and Herzegovina".len());
        assert_eq!(of_index.longest_unspaced_chars, 10);
        for shapes in [&of_index, built] {
            assert_eq!(shapes.longest_words, 3);
            for c in ['B', 'H', '黔', '州', '"', ' '] {
                assert!(shapes.held.contains(c), "{c}");
            }
            assert!(shapes.first.contains('黔') && shapes.last.contains('州'));
            assert!(!shapes.first.contains('州') && !shapes.held.contains('\''));
        }
    }

    #[test]
    fn an_empty_registry_or_a_range_off_character_boundaries_finds_nothing() {
        let entities = Entities::default();
        assert_eq!(around(&entities, "New York", "York"), [] as [&str; 0]);
        let entities = registry(&[("威宁县", &[])]);
        assert_eq!(entities.names_around("威宁县", 1..4), []);
        assert_eq!(entities.names_around("威宁县", 3..99), []);
        assert_eq!(entities.names_around("威宁县", 3..3), []);
    }

    #[test]
    fn lookups_are_bounded_whatever_the_registry() {
        // Every stretch of a long run of one character could be a name: the search stops
        // after its budget, and the nearest stretches come first.
        let long = "县".repeat(AROUND_CHARS);
        let items: Vec<(String, Vec<&str>)> = (1..=AROUND_CHARS)
            .map(|n| ("县".repeat(n), Vec::new()))
            .collect();
        let borrowed: Vec<(&str, &[&str])> = items
            .iter()
            .map(|(name, aliases)| (name.as_str(), aliases.as_slice()))
            .collect();
        let entities = registry(&borrowed);
        let text = format!("{long}县{long}");
        let at = long.len();
        let found = entities.names_around(&text, at..at + "县".len());
        assert!(!found.is_empty() && found.len() <= AROUND_LOOKUPS);
        assert_eq!(found[0].range, at..at + "县县".len());
    }

    proptest::proptest! {
        #[test]
        fn any_range_of_any_text_is_answered_without_panicking(
            text in "([a-c ,'’]|县|宁|威|و|\u{301}|\u{e34}|ก){0,24}",
            start in 0usize..40,
            len in 0usize..12,
        ) {
            let entities = registry(&[("a b", &["威宁县"]), ("宁", &["ก\u{e34}"]), ("c", &[])]);
            for found in entities.names_around(&text, start..start + len) {
                proptest::prop_assert!(text.get(found.range.clone()).is_some());
                proptest::prop_assert!(found.range.len() > len);
            }
        }
    }
}
