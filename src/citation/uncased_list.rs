//! The lists of places a quote writes in a script without capitals (Devanagari, Arabic,
//! Georgian, Ethiopic, Bengali, Tamil, Thai, Chinese, Japanese, Korean...), for CC204: there
//! a name is not told by its capital, as [`super::left_out`] tells one in Latin, Greek or
//! Cyrillic, but by the registry, which must hold it.
//!
//! A *name* is a stretch of the quote that is a registered name or alias, written in such a
//! script; where several start at one place, the longest. In a script written with spaces
//! between words, a name starts a word (an inflected form after it, `काठमाडौंमा` for
//! Kathmandu, still reads as the name it starts with), after the Arabic `و` or the Hebrew
//! `ו` (and) written onto it (`وإربد`, `ותל אביב`); in a script without spaces, it may start anywhere. A *run* is two or
//! more names the quote joins with nothing but commas (`,`, `،`, `、`, `፣`, `၊`), spaces or
//! one word of "and" ([`JOINERS`]) between them: `कास्की, तनहुँ र स्याङ्जा`,
//! `河北、山西和内蒙古`. A name one word or more away from the next is no part of its run.
//!
//! Cost: the names are looked up only where a list can hold one: at the start of each word
//! of a script with spaces, and in a script without spaces right after or before a comma, a
//! space or a word of "and" (a list's first name, after any words, is found by its end),
//! each for the names of up to [`LONGEST_NAME`] characters, one hash lookup each, in the
//! quote's normal form (the form registered names are kept in). Quotes longer than
//! [`LONGEST_QUOTE_READ`] bytes are not read.

use std::ops::Range;

use crate::model::Entities;
use crate::normalize::is_unspaced_script;

/// The most characters of a name looked up.
const LONGEST_NAME: usize = 24;

/// The longest quote read for lists in a script without capitals, in bytes: a paragraph.
const LONGEST_QUOTE_READ: usize = 4_096;

/// The words of "and" that join the last name of a list in scripts without capitals, and
/// the particles Korean writes onto a name to join it to the next (`서울과 부산`).
const JOINERS: &[&str] = &[
    // Sinhala.
    "සහ",
    "හා",
    // Hindi, Marathi, Nepali, Bengali, Assamese, Gujarati, Punjabi, Odia, Tamil, Telugu,
    // Kannada, Malayalam.
    "और",
    "एवं",
    "तथा",
    "व",
    "र",
    "आणि",
    "এবং",
    "ও",
    "আৰু",
    "અને",
    "તથા",
    "ਅਤੇ",
    "ଏବଂ",
    "மற்றும்",
    "మరియు",
    "ಮತ್ತು",
    "ഒപ്പം",
    "മറ്റും",
    // Arabic, Persian, Urdu, Hebrew (written apart), Georgian, Amharic, Thai, Lao,
    // Burmese, Khmer.
    "و",
    "و‌",
    "اور",
    "ו",
    "და",
    "እና",
    "และ",
    "ແລະ",
    "နှင့်",
    "နဲ့",
    "និង",
    // Chinese, Japanese, Korean.
    "和",
    "及",
    "与",
    "與",
    "以及",
    "跟",
    "同",
    "と",
    "や",
    "及び",
    "および",
    "및",
    "와",
    "과",
    "그리고",
];

/// The commas and other marks that set the names of a list apart (not a semicolon, which
/// ends a list of capitalised names too).
fn is_list_mark(c: char) -> bool {
    matches!(c, ',' | '،' | '、' | '，' | '፣' | '၊' | '·' | '・')
}

/// Whether `c` is a letter of a script without capitals, which [`super::left_out`] does
/// not read names in: past the Latin, Greek, Cyrillic and Armenian blocks and their
/// extensions, and not written as a capital.
fn is_uncased_letter(c: char) -> bool {
    let code = c as u32;
    c.is_alphabetic()
        && code >= 0x0590
        && !(0x1E00..=0x1FFF).contains(&code)
        && !(0x2C00..=0x2DFF).contains(&code)
        && !(0xA640..=0xA7FF).contains(&code)
        && !(0xFF00..=0xFFEF).contains(&code)
        && !c.is_uppercase()
}

/// Whether a name may start at byte `at` of `quote`: anywhere in a script without spaces,
/// else at the start of a word.
fn starts_a_name(quote: &str, at: usize) -> bool {
    let Some(first) = quote[at..].chars().next() else {
        return false;
    };
    if !is_uncased_letter(first) {
        return false;
    }
    if is_unspaced_script(first) {
        return true;
    }
    quote[..at]
        .chars()
        .next_back()
        .is_none_or(|before| !before.is_alphanumeric() && !is_mark(before))
}

/// Whether `c` is a combining mark a letter carries (a vowel sign, a virama, a Thai tone
/// mark, the Khmer coeng), or a joiner between letters: no word ends before it.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The longest registered name that starts at byte `at` of `text` (normalized), as its
/// end.
fn name_at(text: &str, at: usize, entities: &Entities) -> Option<usize> {
    let mut longest = None;
    for (count, (offset, c)) in text[at..].char_indices().enumerate() {
        if count >= LONGEST_NAME {
            break;
        }
        let end = at + offset + c.len_utf8();
        // A name ends on a letter or mark, never on a space or a comma.
        if !(c.is_alphanumeric() || is_mark(c)) {
            if c.is_whitespace() {
                continue;
            }
            break;
        }
        if entities.has_name_key(&text[at..end]) {
            longest = Some(end);
        }
    }
    longest
}

/// The longest registered name that ends at byte `end` of `text` (normalized) and starts
/// where a name may, as its start. One that other letters stand before is at least
/// [`SHORTEST_NAME_INSIDE`] characters long: `京` (Beijing) of `南京`, or Gansu's `宁县` of
/// `威宁县` (a county the registry may not hold), is no name of a list.
fn name_ending_at(text: &str, end: usize, entities: &Entities) -> Option<usize> {
    let mut longest = None;
    for (count, (start, c)) in text[..end].char_indices().rev().enumerate() {
        if count >= LONGEST_NAME || !(c.is_alphanumeric() || is_mark(c) || c.is_whitespace()) {
            break;
        }
        let after_a_letter = text[..start]
            .chars()
            .next_back()
            .is_some_and(|before| before.is_alphanumeric() || is_mark(before));
        let long_enough = !after_a_letter || count + 1 >= SHORTEST_NAME_INSIDE;
        if long_enough && starts_a_name(text, start) && entities.has_name_key(&text[start..end]) {
            longest = Some(start);
        }
    }
    longest
}

/// The fewest characters of a name found by its end right after other letters, in a script
/// without spaces ([`name_ending_at`]).
const SHORTEST_NAME_INSIDE: usize = 3;

/// Whether the text between two names joins them in a list: commas, spaces and at most
/// one of [`JOINERS`].
fn joins(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| {
            c.is_whitespace() || is_list_mark(c) || crate::normalize::is_invisible_format(c)
        })
        .filter(|word| !word.is_empty())
        .collect();
    match words.as_slice() {
        [] => true,
        [word] => JOINERS.contains(word),
        _ => false,
    }
}

/// The places of `text` where a name of a list may start, and where one may end, in a
/// script without spaces: beside a comma or a space, and beside a word of "and" wherever
/// it stands (`和` is also the first character of `和平`; the lookups tell).
fn unspaced_bounds(text: &str) -> (Vec<usize>, Vec<usize>) {
    let mut starts = vec![0];
    let mut ends = vec![text.len()];
    for (at, c) in text.char_indices() {
        if c.is_whitespace() || is_list_mark(c) {
            ends.push(at);
            starts.push(at + c.len_utf8());
        }
    }
    for joiner in JOINERS
        .iter()
        .filter(|joiner| joiner.starts_with(is_unspaced_script))
    {
        for (at, _) in text.match_indices(joiner) {
            ends.push(at);
            starts.push(at + joiner.len());
        }
    }
    starts.sort_unstable();
    starts.dedup();
    ends.sort_unstable();
    ends.dedup();
    (starts, ends)
}

/// The registered names `text` (normalized) writes where a list may hold them, in order,
/// none inside another.
fn names(text: &str, entities: &Entities) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let (unspaced_starts, unspaced_ends) = unspaced_bounds(text);
    for (at, c) in text.char_indices() {
        if !starts_a_name(text, at) {
            continue;
        }
        if is_unspaced_script(c) && unspaced_starts.binary_search(&at).is_err() {
            continue;
        }
        if let Some(end) = name_at(text, at, entities) {
            found.push(at..end);
        } else if let Some(rest) = text[at..].strip_prefix(['و', 'ו']) {
            // The Arabic `و` and the Hebrew `ו` (and) written onto the name after it.
            let start = text.len() - rest.len();
            if let Some(end) = name_at(text, start, entities) {
                found.push(start..end);
            }
        }
    }
    for &end in &unspaced_ends {
        let ends_unspaced = text[..end]
            .chars()
            .next_back()
            .is_some_and(is_unspaced_script);
        if ends_unspaced && let Some(start) = name_ending_at(text, end, entities) {
            found.push(start..end);
        }
    }
    // The names of a list that writes their kind once after them (`丰台、石景山、通州三区`),
    // which the registry holds with the kind (`通州区`).
    if text.chars().any(is_unspaced_script) || text.chars().any(crate::korean::is_hangul) {
        found.extend(
            super::kind_suffix::names_before_kinds(text, |name| entities.has_name_key(name))
                .into_iter()
                .map(|(name, _)| name),
        );
    }
    // In order, the longest of those that start together, none inside an earlier one.
    found.sort_unstable_by_key(|name| (name.start, std::cmp::Reverse(name.end)));
    let mut names: Vec<Range<usize>> = Vec::new();
    for name in found {
        if names.last().is_none_or(|last| name.start >= last.end) {
            names.push(name);
        }
    }
    names
}

/// The runs of registered names the quote lists in a script without capitals, each name a
/// byte range of `normalized` (the quote's normal form, in which registered names are
/// looked up), in order; runs of two names or more.
pub(super) fn runs(normalized: &str, entities: &Entities) -> Vec<Vec<Range<usize>>> {
    if normalized.len() > LONGEST_QUOTE_READ || !normalized.chars().any(is_uncased_letter) {
        return Vec::new();
    }
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for name in names(normalized, entities) {
        let joined = previous_end.is_some_and(|end| joins(&normalized[end..name.start]));
        match runs.last_mut() {
            Some(run) if joined => run.push(name.clone()),
            _ => runs.push(vec![name.clone()]),
        }
        previous_end = Some(name.end);
    }
    runs.retain(|run| run.len() > 1);
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry(names: &[&str]) -> Entities {
        use crate::model::EntityKind::{Country, District};
        let items: Vec<(&str, crate::model::EntityKind, Option<u32>, &[&str])> =
            std::iter::once(("Country", Country, None, &[][..]))
                .chain(names.iter().map(|&name| (name, District, Some(0), &[][..])))
                .collect();
        crate::testing::registry(&items)
    }

    fn listed(quote: &str, names: &[&str]) -> Vec<Vec<String>> {
        let entities = registry(names);
        runs(quote, &entities)
            .into_iter()
            .map(|run| {
                run.into_iter()
                    .map(|name| quote[name].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn lists_joined_by_the_gujarati_punjabi_and_odia_and_are_read() {
        let gujarati = ["વડોદરા", "ખેડા", "આણંદ"];
        assert_eq!(
            listed("વડોદરા, ખેડા અને આણંદ જિલ્લામાં", &gujarati),
            [["વડોદરા", "ખેડા", "આણંદ"]]
        );
        let punjabi = ["ਲੁਧਿਆਣਾ", "ਜਲੰਧਰ", "ਮੋਗਾ"];
        assert_eq!(
            listed("ਲੁਧਿਆਣਾ, ਜਲੰਧਰ ਅਤੇ ਮੋਗਾ ਵਿੱਚ", &punjabi),
            [["ਲੁਧਿਆਣਾ", "ਜਲੰਧਰ", "ਮੋਗਾ"]]
        );
        let odia = ["କଟକ", "ପୁରୀ"];
        assert_eq!(listed("କଟକ ଏବଂ ପୁରୀରେ", &odia), [["କଟକ", "ପୁରୀ"]]);
    }

    #[test]
    fn a_list_is_read_by_the_registered_names_it_joins() {
        let nepali = ["कास्की", "तनहुँ", "स्याङ्जा", "गण्डकी"];
        assert_eq!(
            listed("गण्डकी प्रदेशका कास्की, तनहुँ र स्याङ्जामा बाढी", &nepali),
            [["कास्की", "तनहुँ", "स्याङ्जा"]]
        );
        let chinese = ["河北", "山西", "内蒙古", "内蒙"];
        assert_eq!(
            listed("河北、山西和内蒙古三省区", &chinese),
            [["河北", "山西", "内蒙古"]]
        );
        // The first name after other words, found by its end at the list's comma.
        let guizhou = ["紫云县", "纳雍县", "威宁县", "宁县"];
        assert_eq!(
            listed("贵州省政府宣布紫云县、纳雍县和威宁县退出", &guizhou),
            [["紫云县", "纳雍县", "威宁县"]]
        );
        let arabic = ["عمان", "إربد", "المفرق"];
        assert_eq!(
            listed("في عمان وإربد والمفرق", &arabic),
            [["عمان", "إربد", "المفرق"]]
        );
        let sinhala = ["ඇහැළියගොඩ", "කුරුවිට", "කලවාන"];
        assert_eq!(
            listed("ඇහැළියගොඩ, කුරුවිට සහ කලවාන", &sinhala),
            [["ඇහැළියගොඩ", "කුරුවිට", "කලවාන"]]
        );
        let hebrew = ["ירושלים", "חיפה", "תל אביב"];
        assert_eq!(
            listed("ירושלים, חיפה ותל אביב", &hebrew),
            [["ירושלים", "חיפה", "תל אביב"]]
        );
        let georgian = ["თბილისი", "ქუთაისი", "ბათუმი"];
        assert_eq!(
            listed("თბილისი, ქუთაისი და ბათუმი", &georgian),
            [["თბილისი", "ქუთაისი", "ბათუმი"]]
        );
    }

    #[test]
    fn names_whose_letters_carry_marks_are_read_whole() {
        // Thai tone marks and the Khmer coeng are marks, not ends of words.
        let thai = ["ระยอง", "เชียงใหม่", "ตราด"];
        assert_eq!(
            listed("น้ำท่วม ระยอง, เชียงใหม่ และตราด", &thai),
            [["ระยอง", "เชียงใหม่", "ตราด"]]
        );
        let khmer = ["កំពត", "ភ្នំពេញ", "កែប"];
        assert_eq!(
            listed("ទឹកជំនន់ កំពត, ភ្នំពេញ និងកែប", &khmer),
            [["កំពត", "ភ្នំពេញ", "កែប"]]
        );
    }

    #[test]
    fn a_short_name_inside_a_longer_word_is_no_name_of_a_list() {
        // `京` (an alias of Beijing) ends `南京`, and Gansu's `宁县` ends `威宁县`.
        assert_eq!(
            listed("南京、苏州和无锡", &["京", "苏州", "无锡"]),
            [["苏州", "无锡"]]
        );
        assert_eq!(
            listed(
                "贵州省威宁县、赫章县和纳雍县",
                &["宁县", "赫章县", "纳雍县"]
            ),
            [["赫章县", "纳雍县"]]
        );
    }

    #[test]
    fn names_apart_or_inside_words_are_no_list() {
        let nepali = ["कास्की", "तनहुँ", "र"];
        // A word between them that joins nothing.
        assert_eq!(
            listed("कास्की जिल्लामा तनहुँ", &nepali),
            Vec::<Vec<String>>::new()
        );
        // A name inside a word, in a script with spaces.
        assert_eq!(listed("कास्की, अतनहुँ", &nepali), Vec::<Vec<String>>::new());
        // One name is no list.
        assert_eq!(listed("कास्की मा बाढी", &nepali), Vec::<Vec<String>>::new());
        // Latin names are read by their capitals, not here.
        assert_eq!(
            listed("Kent, Surrey and Sussex", &["Kent", "Surrey", "Sussex"]),
            Vec::<Vec<String>>::new()
        );
    }
}
