//! Lists of places that share a kind written as a suffix, in Chinese, Japanese and Korean.
//!
//! Chinese and Japanese write a place's kind as the last characters of its name (`紫云县`,
//! Ziyun County; `新潟県`, Niigata Prefecture) and a list of places of one kind as their
//! names without it, the kind written once at the end, usually after their number:
//! `紫云、纳雍两县` ("the two counties Ziyun and Nayong"), `贵州、云南、四川3省`,
//! `新潟、富山、石川の３県`, `新潟と富山の2県`, `紫云等4个县`. Each name of such a list names
//! the place whose name is the list's name and the kind: `新潟` in `新潟、富山、石川の３県` names
//! `新潟県`. This is the English "Garrett, Allegany and Washington counties" in scripts without
//! spaces ([`super::member`] reads both).
//!
//! A name is split into its first characters and its kind ([`split`]) only when at least
//! two characters stay before the kind: a place of one character is not written without
//! its kind (`宁县` is never `宁`), and one character would stand in many words. The list is
//! read forward from the name ([`kind_ends_list`]): names of a few characters each, written
//! in the script, joined by `、`, `・`, a comma or a conjunction (`和`, `及`, `与`, `と`,
//! `や`...), then the kind, which a few words may lead (`等`, `など`, `の`, `这`) and a number
//! with its counter may come before (`两`, `3个`, `３`, `三つの`). Anything else ends the
//! list without the kind: the name is not named that way.
//!
//! Korean writes its places the same way (`예천군`, Yecheon County; `청주시`) and a list of
//! them as their names joined by `·`, a comma, `와`/`과` written onto a name or `및`, the kind
//! written once after them, spaced after their number and its counter `개`: `예천·봉화 2개
//! 군`, `예천과 봉화 2개 군에서`, or onto the last name, `예천·봉화군`. As Hangul spaces its
//! words, the kind must end its word, but for the particles written onto it ([`crate::korean`]:
//! `군에서`, not `군청`, the county office), and it stands alone after a space only after a
//! number (`강원 도로가`, "Gangwon's roads", is no `강원도`). The names are read in Hangul, the
//! kinds being `시`, `군`, `구`, `도`, `읍`, `면` and `동`, after two syllables or more (`중구`
//! and `안동` keep one).
//!
//! Cost: a list is read from a name to its end; each reading remembers where it went, so a
//! list of thousands of names, each looked for, is read once ([`kind_ends_list`]'s
//! `known`).

use std::ops::Range;

use crate::hashing::HashMap;
use crate::korean::is_hangul;
use crate::normalize::{is_unspaced_script, is_word_char};

/// The kinds of place a Chinese, Japanese or Korean name ends in, longest first so that
/// `自治县` is read before `县`. Simplified and traditional Chinese, Japanese, then Korean.
const KIND_SUFFIXES: &[&str] = &[
    "自治县",
    "自治縣",
    "自治州",
    "自治区",
    "自治區",
    "自治旗",
    "特別区",
    "省",
    "市",
    "县",
    "縣",
    "県",
    "区",
    "區",
    "州",
    "盟",
    "旗",
    "镇",
    "鎮",
    "乡",
    "鄉",
    "村",
    "町",
    "郡",
    "府",
    "都",
    "시",
    "군",
    "구",
    "도",
    "읍",
    "면",
    "동",
];

/// What joins two names of a list, longest first (`以及` before `及`).
const JOINERS: &[&str] = &[
    "以及",
    "および",
    "及び",
    "、",
    "・",
    "·",
    "，",
    ",",
    "和",
    "及",
    "与",
    "與",
    "或",
    "と",
    "や",
    // Korean: `및` is a word of its own; `와` and `과` are written onto the name before them,
    // a space after.
    "및",
    "와 ",
    "과 ",
];

/// Words that may lead the kind after a list, in any order: "and others" (`等`, `など`), the
/// genitive `の`, "these" (`这`, `這`), "in all" (`共`).
const LEADING_WORDS: &[&str] = &["など", "这些", "這些", "等", "の", "这", "這", "共", "등"];

/// The characters of a number written before the kind: digits of any script, full width
/// or not, and the Chinese numerals (`两县`, `三省`).
fn is_numeral(c: char) -> bool {
    super::numbers::decimal_digit(c).is_some() || super::chinese_numerals::is_numeral(c)
}

/// Counters written between a number and the kind: `3个县`, `２ヶ県`, `三つの県`, `2개 군`.
const COUNTERS: &[&str] = &["个", "個", "ヶ", "ケ", "か", "カ", "箇", "つ", "개"];

/// The most characters a name of a list may have: names of places in these scripts have two
/// to a handful; the bound keeps a sentence from being read as one name.
const LONGEST_NAME: usize = 12;

/// The first characters of a normalized `name` written in Chinese, Japanese or Korean and
/// the kind of place it ends in: `新潟` and `県` for `新潟県`, `黔东南苗族侗族` and `自治州`
/// for `黔东南苗族侗族自治州`, `예천` and `군` for `예천군`. `None` for a name that ends in no
/// kind, is not written in the kind's script, or keeps fewer than two characters before its
/// kind (`宁县`, `중구`).
pub fn split(name: &str) -> Option<(&str, &'static str)> {
    let kind = KIND_SUFFIXES.iter().find(|kind| name.ends_with(**kind))?;
    let first = &name[..name.len() - kind.len()];
    let in_the_script = first
        .chars()
        .all(|c| is_name_char(c) && is_hangul(c) == kind.starts_with(is_hangul));
    (in_the_script && first.chars().count() >= 2).then_some((first, kind))
}

/// Whether `c` may be a character of a name of such a list: of a script written without
/// spaces, or a Hangul syllable.
fn is_name_char(c: char) -> bool {
    (is_unspaced_script(c) && is_word_char(c)) || ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// Whether the list of names that the name at `name` (a byte range) of the normalized
/// `quote` is one of ends in `kind`, as the module docs read it. A number before the kind
/// counts the places of a list: after a name that no other joins it counts the places
/// within it (`贵州3县`, `봉화 2개 면`, "two townships of Bonghwa"), and names none. `known`
/// holds what earlier calls with the same `kind` on the same quote found from the end of
/// each name they read.
pub fn kind_ends_list(
    quote: &str,
    name: Range<usize>,
    kind: &str,
    known: &mut HashMap<usize, bool>,
) -> bool {
    if kind_follows(&quote[name.end..], kind) == Some(Counted::Yes)
        && !joined_before(&quote[..name.start])
    {
        return false;
    }
    list_ends_in_kind(quote, name.end, kind, known)
}

/// Whether `before`, the text up to a name, ends in a joiner ([`JOINERS`]): the name is one
/// of a list. `와` and `과` join only a word of two syllables or more, as they end other words
/// (`결과`, "result").
fn joined_before(before: &str) -> bool {
    let before = before.trim_end_matches(' ');
    JOINERS
        .iter()
        .map(|joiner| joiner.trim_end())
        .any(|joiner| {
            before.strip_suffix(joiner).is_some_and(|word| {
                !matches!(joiner, "와" | "과")
                    || word.chars().rev().take_while(|&c| is_hangul(c)).count() >= 2
            })
        })
}

/// Whether the list read from the end of a name at byte `from` ends in `kind`.
fn list_ends_in_kind(
    quote: &str,
    from: usize,
    kind: &str,
    known: &mut HashMap<usize, bool>,
) -> bool {
    // The ends of the names this call reads past, which all lead to its answer.
    let mut read = Vec::new();
    let mut at = from;
    let ends = loop {
        if let Some(&ends) = known.get(&at) {
            break ends;
        }
        read.push(at);
        let rest = &quote[at..];
        if kind_follows(rest, kind).is_some() {
            break true;
        }
        let Some(joined) = after_joiner(rest) else {
            break false;
        };
        match name_end(joined, kind) {
            Some(end) => at = quote.len() - joined.len() + end,
            None => break false,
        }
    };
    for at in read {
        known.insert(at, ends);
    }
    ends
}

/// The text after the joiner that `text` starts with, and the spaces around it.
fn after_joiner(text: &str) -> Option<&str> {
    let text = text.trim_start_matches(' ');
    let joiner = JOINERS.iter().find(|joiner| text.starts_with(**joiner))?;
    Some(text[joiner.len()..].trim_start_matches(' '))
}

/// Where the name that `text` starts with ends: before the first joiner or kind that
/// follows one of its characters at least, within [`LONGEST_NAME`] characters of the
/// script. `None` when `text` starts with no such name.
fn name_end(text: &str, kind: &str) -> Option<usize> {
    for (count, (at, c)) in text.char_indices().enumerate() {
        let rest = &text[at..];
        if count > 0 && (kind_follows(rest, kind).is_some() || after_joiner(rest).is_some()) {
            return Some(at);
        }
        if count == LONGEST_NAME || !is_name_char(c) {
            return None;
        }
    }
    None
}

/// Whether a number stands before the kind of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counted {
    Yes,
    No,
}

/// Whether `text` starts with `kind`, after words that may lead it and a number with its
/// counter (`の３県`, `两县`, `等4个县`, `县`, ` 2개 군`), and whether a number stands
/// there. A Korean kind ends its word, but for particles, and follows the name straight on or
/// a number (see the module docs).
fn kind_follows(text: &str, kind: &str) -> Option<Counted> {
    let mut rest = skip_leading_words(text.trim_start_matches(' '));
    let number = rest.trim_start_matches(is_numeral);
    let counted = number.len() < rest.len();
    if counted {
        rest = number.trim_start_matches(' ');
        if let Some(counter) = COUNTERS.iter().find(|counter| rest.starts_with(**counter)) {
            rest = &rest[counter.len()..];
        }
        rest = skip_leading_words(rest.trim_start_matches(' '));
    }
    let after = rest.strip_prefix(kind)?;
    let counted = if counted { Counted::Yes } else { Counted::No };
    let Some(last) = kind.chars().next_back().filter(|&last| is_hangul(last)) else {
        return Some(counted);
    };
    let ends_its_word =
        !after.starts_with(is_hangul) || crate::korean::only_particles_follow(last, after, &[]);
    (ends_its_word && (counted == Counted::Yes || rest.len() == text.len())).then_some(counted)
}

/// The kind of place written once after a list whose last name ends where `text` starts
/// (`三区` after `通州` in `丰台、石景山、通州三区`, `の３県`), as [`kind_ends_list`] reads it.
pub fn kind_after(text: &str) -> Option<&'static str> {
    // Most places in a quote are followed by none: the kind, or a word or number that may
    // lead it, starts there.
    let first = text.trim_start_matches(' ').chars().next()?;
    let may_lead = is_numeral(first)
        || LEADING_WORDS.iter().any(|word| word.starts_with(first))
        || KIND_SUFFIXES.iter().any(|kind| kind.starts_with(first));
    if !may_lead {
        return None;
    }
    KIND_SUFFIXES
        .iter()
        .copied()
        .find(|kind| kind_follows(text, kind).is_some())
}

/// The names of the lists of `text` that write their places' kind once after them
/// (`丰台、石景山、通州三区`, `新潟と富山の2県`), each a stretch that `is_name` takes with the
/// kind written onto it (`通州` of `通州区`), in no order. Read back from the kind: the last
/// name ends where [`kind_after`] finds one; each name is the longest stretch of the script
/// before that end that `is_name` takes (two characters or more, as [`split`] keeps), and
/// the one before it ends at a joiner before it. A number after a single name counts the
/// places within it (`贵州3县`), and names none.
pub fn names_before_kinds(
    text: &str,
    is_name: impl Fn(&str) -> bool,
) -> Vec<(Range<usize>, &'static str)> {
    let mut found = Vec::new();
    let mut full = String::new();
    for (end, _) in text.char_indices() {
        let ends_a_name = text[..end].chars().next_back().is_some_and(is_name_char);
        let Some(kind) = ends_a_name.then(|| kind_after(&text[end..])).flatten() else {
            continue;
        };
        let counted = kind_follows(&text[end..], kind) == Some(Counted::Yes);
        let mut list = Vec::new();
        let mut name_end = end;
        loop {
            let mut start = None;
            for (count, (at, c)) in text[..name_end].char_indices().rev().enumerate() {
                if count == LONGEST_NAME || !is_name_char(c) {
                    break;
                }
                full.clear();
                full.push_str(&text[at..name_end]);
                full.push_str(kind);
                if count >= 1 && is_name(&full) {
                    start = Some(at);
                }
            }
            let Some(start) = start else {
                break;
            };
            list.push(start..name_end);
            let before = text[..start].trim_end_matches(' ');
            let joiner = JOINERS
                .iter()
                .map(|joiner| joiner.trim_end())
                .find(|joiner| before.ends_with(joiner));
            match joiner {
                Some(joiner) => {
                    name_end = before[..before.len() - joiner.len()]
                        .trim_end_matches(' ')
                        .len()
                }
                None => break,
            }
        }
        if list.len() > 1 || !counted {
            found.extend(list.into_iter().map(|name| (name, kind)));
        }
    }
    found
}

/// `text` after the words that may lead a kind ([`LEADING_WORDS`]), two at most, and the
/// spaces after them (`등 2개 군`).
fn skip_leading_words(mut text: &str) -> &str {
    for _ in 0..2 {
        match LEADING_WORDS.iter().find(|word| text.starts_with(**word)) {
            Some(word) => text = text[word.len()..].trim_start_matches(' '),
            None => break,
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the name `base` at its first place in `quote` is one of a list ending in
    /// `kind`.
    fn listed(quote: &str, base: &str, kind: &str) -> bool {
        let at = quote.find(base).expect("the name is in the quote");
        kind_ends_list(quote, at..at + base.len(), kind, &mut HashMap::default())
    }

    #[test]
    fn the_names_of_a_list_are_read_back_from_the_kind_written_once_after_them() {
        fn read(text: &str) -> Vec<(&str, &'static str)> {
            const REGISTERED: [&str; 8] = [
                "丰台区",
                "石景山区",
                "通州区",
                "紫云县",
                "纳雍县",
                "新潟県",
                "富山県",
                "贵州省",
            ];
            let mut names: Vec<(&str, &'static str)> =
                names_before_kinds(text, |name| REGISTERED.contains(&name))
                    .into_iter()
                    .map(|(range, kind)| (&text[range], kind))
                    .collect();
            names.sort_unstable();
            names
        }
        assert_eq!(
            read("今年首批开工的丰台、石景山、通州三区均已完成"),
            [("丰台", "区"), ("石景山", "区"), ("通州", "区")]
        );
        assert_eq!(read("紫云、纳雍两县"), [("紫云", "县"), ("纳雍", "县")]);
        assert_eq!(read("新潟と富山の2県"), [("富山", "県"), ("新潟", "県")]);
        // A number after one name counts the places within it.
        assert_eq!(read("紫云3县"), []);
        // No kind after the list: names without theirs are not read.
        assert_eq!(read("丰台、石景山、通州均已完成"), []);
    }

    #[test]
    fn a_name_splits_before_its_kind_when_two_characters_stay() {
        assert_eq!(split("新潟県"), Some(("新潟", "県")));
        assert_eq!(split("紫云县"), Some(("紫云", "县")));
        assert_eq!(
            split("黔东南苗族侗族自治州"),
            Some(("黔东南苗族侗族", "自治州"))
        );
        assert_eq!(split("台東區"), Some(("台東", "區")));
        assert_eq!(split("宁县"), None, "one character is never written alone");
        assert_eq!(split("贵州"), None, "no kind at its end");
        assert_eq!(split("Washington County"), None);
        assert_eq!(split("Lu县"), None, "first characters outside the script");
    }

    #[test]
    fn a_list_names_each_place_by_its_name_and_the_kind_it_ends_in() {
        let japanese = "政府は新潟、富山、石川の３県に災害救助法を適用した";
        for name in ["新潟", "富山", "石川"] {
            assert!(listed(japanese, name, "県"), "{name}");
        }
        assert!(!listed(japanese, "新潟", "市"), "another kind");
        for (quote, names, kind) in [
            ("紫云、纳雍两县", &["紫云", "纳雍"][..], "县"),
            ("贵州、云南、四川3省", &["贵州", "云南", "四川"], "省"),
            ("包括紫云和纳雍等4个县", &["紫云", "纳雍"], "县"),
            ("紫云、纳雍这两个县", &["紫云", "纳雍"], "县"),
            ("新潟と富山の2県", &["新潟", "富山"], "県"),
            ("新潟・富山・石川県", &["新潟", "富山"], "県"),
            ("新潟や富山など三つの県", &["新潟", "富山"], "県"),
            ("贵州，云南及四川 3 省", &["贵州", "云南"], "省"),
        ] {
            for name in names {
                assert!(listed(quote, name, kind), "{name} in {quote}");
            }
        }
    }

    #[test]
    fn a_name_outside_a_list_of_its_kind_is_not_read_as_one() {
        // A sentence goes on after the list: the kind never comes.
        assert!(!listed("新潟、富山で雪が降り、県は", "新潟", "県"));
        // The kind of a sentence later, past a full stop.
        assert!(!listed("紫云已脱贫。纳雍两县", "紫云", "县"));
        // A name of the list longer than any place's.
        assert!(!listed(
            "紫云、这是一个非常非常非常长的句子里的两县",
            "紫云",
            "县"
        ));
        // Letters of another script between.
        assert!(!listed("紫云、Nayong两县", "紫云", "县"));
        assert!(!listed("紫云", "紫云", "县"));
    }

    #[test]
    fn a_korean_name_splits_before_its_kind_when_two_syllables_stay() {
        assert_eq!(split("예천군"), Some(("예천", "군")));
        assert_eq!(split("청주시"), Some(("청주", "시")));
        assert_eq!(split("부산진구"), Some(("부산진", "구")));
        assert_eq!(split("중구"), None);
        assert_eq!(split("안동"), None);
        assert_eq!(split("서울"), None);
        assert_eq!(split("Seoul시"), None);
        // A Korean kind after Chinese characters, or a Chinese kind after Hangul.
        assert_eq!(split("醴泉군"), None);
        assert_eq!(split("예천县"), None);
    }

    #[test]
    fn a_korean_list_names_each_place_by_its_name_and_the_kind_after_it() {
        for (quote, names, kind) in [
            (
                "경북에서는 예천·봉화 2개 군 300여 가구가",
                &["예천", "봉화"][..],
                "군",
            ),
            (
                "예천·봉화·영주 3개 군에서는",
                &["예천", "봉화", "영주"],
                "군",
            ),
            ("예천, 봉화 2개 군이", &["예천", "봉화"], "군"),
            ("예천과 봉화 2개 군", &["예천", "봉화"], "군"),
            ("예천 및 봉화 2 개 군의", &["예천", "봉화"], "군"),
            ("예천·봉화 등 2개 군", &["예천", "봉화"], "군"),
            ("예천·봉화군에", &["예천"], "군"),
            ("청주·충주 2개 시", &["청주", "충주"], "시"),
        ] {
            for name in names {
                assert!(listed(quote, name, kind), "{name} in {quote}");
            }
        }
    }

    #[test]
    fn a_korean_kind_that_ends_no_list_is_not_read_as_one() {
        // The county office, the county's people: the word goes on past the kind.
        assert!(!listed("예천·봉화 2개 군청", "예천", "군"));
        assert!(!listed("예천·봉화 군민", "예천", "군"));
        // A word after a space that starts like the kind, with no number before it:
        // Gangwon's roads.
        assert!(!listed("강원 도로가 막혔다", "강원", "도"));
        assert!(!listed("예천·봉화 군에서", "예천", "군"));
        // Another kind, a name with a particle, a word between.
        assert!(!listed("예천·봉화 2개 시", "예천", "군"));
        assert!(!listed("예천에서 2개 군", "예천", "군"));
        assert!(!listed("예천·봉화 지역 2개 군", "예천", "군"));
    }

    #[test]
    fn a_number_after_a_name_alone_counts_places_within_it() {
        // Two townships of Bonghwa, three counties of Guizhou: no `봉화면`, no `贵州县`.
        assert!(!listed("봉화 2개 면에서", "봉화", "면"));
        assert!(!listed("贵州3县", "贵州", "县"));
        assert!(!listed("그 결과 봉화 2개 면에서", "봉화", "면"));
        // The last name of a list is joined to the one before it.
        assert!(listed("예천과 봉화 2개 군", "봉화", "군"));
        assert!(listed("贵州、云南、四川3省", "四川", "省"));
        // Without a number the kind ends the name: `石川県`.
        assert!(listed("新潟・富山・石川県", "富山", "県"));
    }

    #[test]
    fn a_long_list_is_read_once() {
        // Two thousand names of two characters each, all distinct.
        let names: Vec<String> = (0..2_000u32)
            .map(|n| {
                let c = |code| char::from_u32(code).expect("a CJK ideograph");
                format!("{}{}", c(0x4E00 + n / 64), c(0x6000 + n % 64))
            })
            .collect();
        let quote = format!("{}等2000个县", names.join("、"));
        let mut known = HashMap::default();
        let mut at = 0;
        for name in &names {
            let end = at + name.len();
            assert!(kind_ends_list(&quote, at..end, "县", &mut known), "{name}");
            at = end + "、".len();
        }
        assert_eq!(known.len(), names.len(), "each name's end read once");
    }
}
