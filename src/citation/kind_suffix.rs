//! Lists of places that share a kind written as a suffix, in Chinese and Japanese.
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
//! Cost: a list is read from a name to its end; each reading remembers where it went, so a
//! list of thousands of names, each looked for, is read once ([`kind_ends_list`]'s
//! `known`).

use crate::hashing::HashMap;
use crate::normalize::{is_unspaced_script, is_word_char};

/// The kinds of place a Chinese or Japanese name ends in, longest first so that `自治县` is
/// read before `县`. Simplified and traditional Chinese, and Japanese.
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
];

/// Words that may lead the kind after a list, in any order: "and others" (`等`, `など`), the
/// genitive `の`, "these" (`这`, `這`), "in all" (`共`).
const LEADING_WORDS: &[&str] = &["など", "这些", "這些", "等", "の", "这", "這", "共"];

/// The characters of a number written before the kind: digits, full width or not, and the
/// Chinese numerals (`两县`, `三省`).
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "〇零一二两兩三四五六七八九十百千".contains(c)
}

/// Counters written between a number and the kind: `3个县`, `２ヶ県`, `三つの県`.
const COUNTERS: &[&str] = &["个", "個", "ヶ", "ケ", "か", "カ", "箇", "つ"];

/// The most characters a name of a list may have: names of places in these scripts have two
/// to a handful; the bound keeps a sentence from being read as one name.
const LONGEST_NAME: usize = 12;

/// The first characters of a normalized `name` written in Chinese or Japanese and the kind
/// of place it ends in: `新潟` and `県` for `新潟県`, `黔东南苗族侗族` and `自治州` for
/// `黔东南苗族侗族自治州`. `None` for a name that ends in no kind, is not written in such a
/// script, or keeps fewer than two characters before its kind (`宁县`).
pub fn split(name: &str) -> Option<(&str, &'static str)> {
    let kind = KIND_SUFFIXES.iter().find(|kind| name.ends_with(**kind))?;
    let first = &name[..name.len() - kind.len()];
    let in_the_script = first
        .chars()
        .all(|c| is_unspaced_script(c) && is_word_char(c));
    (in_the_script && first.chars().count() >= 2).then_some((first, kind))
}

/// Whether the list of names that a name ending at byte `from` of the normalized `quote` is
/// one of ends in `kind`, as the module docs read it. `known` holds what earlier calls with
/// the same `kind` on the same quote found from the end of each name they read.
pub fn kind_ends_list(
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
        if kind_follows(rest, kind) {
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
        if count > 0 && (kind_follows(rest, kind) || after_joiner(rest).is_some()) {
            return Some(at);
        }
        if count == LONGEST_NAME || !(is_unspaced_script(c) && is_word_char(c)) {
            return None;
        }
    }
    None
}

/// Whether `text` starts with `kind`, after words that may lead it and a number with its
/// counter: `の３県`, `两县`, `等4个县`, `县`.
fn kind_follows(text: &str, kind: &str) -> bool {
    let mut rest = skip_leading_words(text.trim_start_matches(' '));
    let number = rest.trim_start_matches(is_numeral);
    if number.len() < rest.len() {
        rest = number.trim_start_matches(' ');
        if let Some(counter) = COUNTERS.iter().find(|counter| rest.starts_with(**counter)) {
            rest = &rest[counter.len()..];
        }
        rest = skip_leading_words(rest.trim_start_matches(' '));
    }
    rest.starts_with(kind)
}

/// `text` after the words that may lead a kind ([`LEADING_WORDS`]), two at most.
fn skip_leading_words(mut text: &str) -> &str {
    for _ in 0..2 {
        match LEADING_WORDS.iter().find(|word| text.starts_with(**word)) {
            Some(word) => text = &text[word.len()..],
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
        kind_ends_list(quote, at + base.len(), kind, &mut HashMap::default())
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
            at += name.len();
            assert!(kind_ends_list(&quote, at, "县", &mut known), "{name}");
            at += "、".len();
        }
        assert_eq!(known.len(), names.len(), "each name's end read once");
    }
}
