//! Rates: a unit counted per a span of time or per another unit (`yuan per year`,
//! `km per hour`), and the words that join a figure's unit to the span it is counted in.

use super::{first_bytes, first_word, names_of};
use crate::normalize::Lowercased;
use crate::words::plural;

/// The spans of time a rate of money may be per, each with its names (singular) and the
/// adverbs that say it: "a month", "per month", "/month", "monthly".
const PERIODS: &[(&str, &[&str], &[&str])] = &[
    ("hour", &["hour", "hr"], &["hourly"]),
    ("day", &["day"], &["daily"]),
    ("week", &["week", "wk"], &["weekly"]),
    ("month", &["month", "mo"], &["monthly"]),
    ("quarter", &["quarter"], &["quarterly"]),
    ("year", &["year", "annum", "yr"], &["yearly", "annually"]),
];

/// The span of time `per` (a rate's) names, when it is one.
fn period_of(per: &str) -> Option<&'static str> {
    PERIODS.iter().find_map(|&(period, names, _)| {
        let per = per.trim();
        let singular = per.strip_suffix('s').unwrap_or(per);
        names
            .iter()
            .any(|name| name.eq_ignore_ascii_case(per) || name.eq_ignore_ascii_case(singular))
            .then_some(period)
    })
}

/// Where `after`, the text after a figure of a rate of money per `per` (a span of time) and
/// its currency, says the rate is per another span of time ("₹1,500 a month" for `rupee per
/// year`, "900 dollars monthly"): that span, and how many bytes of `after` say it.
pub(super) fn other_period_follows(after: &str, per: &str) -> Option<(&'static str, usize)> {
    let own = period_of(per)?;
    let rest = after.trim_start();
    let skipped = after.len() - rest.len();
    let word_len = |text: &str| {
        text.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len())
    };
    let starts_with = |text: &str, word: &str| {
        text.get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
    };
    // An adverb: "monthly".
    let first = &rest[..word_len(rest)];
    if let Some(&(period, _, _)) = PERIODS
        .iter()
        .find(|(_, _, adverbs)| adverbs.iter().any(|a| a.eq_ignore_ascii_case(first)))
    {
        return (period != own).then_some((period, skipped + first.len()));
    }
    // A join and a name: "a month", "per week", "/month", "each year".
    let joined = ["per ", "a ", "an ", "each ", "every ", "/"]
        .iter()
        .find(|join| starts_with(rest, join))?;
    let named = &rest[joined.len()..];
    let word = &named[..word_len(named)];
    let period = period_of(word)?;
    // Not a time before or after ("$12 a year ago", "a month earlier"), a compound ("a
    // year-end bonus", "a day pass") or a part of one ("each quarter of an hour").
    let next = &named[word.len()..];
    let compound = next.starts_with('-') || next.starts_with(|c: char| c.is_alphanumeric());
    let next_word = next.trim_start();
    let next_word = &next_word[..word_len(next_word)];
    let not_a_rate = compound
        || NOT_PER_AFTER
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next_word))
        || (next_word.len() > 2 && next.starts_with(' ') && looks_like_a_noun(next_word));
    (period != own && !not_a_rate).then_some((period, skipped + joined.len() + word.len()))
}

/// Words after "a year", "a month" that make it a time, not what a rate is per: "$12 a year
/// ago", "a month earlier", "a quarter of an hour".
const NOT_PER_AFTER: &[&str] = &[
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "prior",
    "previously",
    "of",
    "on",
    "in",
    "from",
];

/// Whether `word` after "a day", "a year" is a noun the span qualifies ("a day pass", "a
/// year bonus"): a word of letters that is none of a sentence's joining words.
fn looks_like_a_noun(word: &str) -> bool {
    const JOINING: &[&str] = &[
        "and", "or", "but", "for", "to", "with", "by", "at", "as", "up", "until", "under", "since",
        "while", "which", "that", "this", "the", "is", "was", "were", "are", "each", "per", "more",
        "less", "extra", "plus", "now", "then", "when", "if", "so", "because", "against",
        "instead", "only", "apiece", "too", "also",
    ];
    word.chars().all(|c| c.is_ascii_alphabetic())
        && !JOINING
            .iter()
            .any(|joining| joining.eq_ignore_ascii_case(word))
}

/// After a figure ending at `after` in `quote`: a name of `counted` (a currency), singular
/// or plural, then another span of time than `per` ([`other_period_follows`]); that span,
/// and where its words end.
pub(super) fn counted_then_other_period(
    quote: &str,
    after: usize,
    counted: &str,
    per: &str,
) -> Option<(&'static str, usize)> {
    let rest = &quote[after..];
    let word_start = after + (rest.len() - rest.trim_start().len());
    let word = first_word(&quote[word_start..])?;
    let lower = word.to_lowercase();
    let names_counted = names_of(counted)
        .iter()
        .any(|name| *name == lower || plural(name).to_lowercase() == lower);
    if !names_counted {
        return None;
    }
    let word_end = word_start + word.len();
    let (said, len) = other_period_follows(&quote[word_end..], per)?;
    Some((said, word_end + len))
}

/// How a rate joins what it counts to what it is per: "5 dollars per kg", "5 dollars/kg",
/// "80 dollars a barrel".
const RATE_JOINS: [&str; 4] = [" per ", "/", " a ", " an "];

/// The phrases that state the rate of `counted` per `per` (both lowercase), beside its own
/// name and plural: see [`Unit::new`](super::Unit::new).
pub(super) fn rate_phrases(counted: &str, per: &str) -> Vec<String> {
    let mut counted_names = Vec::new();
    for name in names_of(counted) {
        counted_names.push(plural(&name).to_lowercase());
        counted_names.push(name);
    }
    let per_names = names_of(per);
    let mut phrases = Vec::new();
    for per in &per_names {
        for counted in &counted_names {
            phrases.extend(
                RATE_JOINS
                    .iter()
                    .map(|join| format!("{counted}{join}{per}")),
            );
        }
    }
    phrases
}

/// Whether `after`, the text after a figure whose currency a sign writes, starts with what
/// the rate is per, `per` by any of its names: "$5 per kg", "$2,000/oz", "$80 a barrel".
pub(super) fn per_follows(after: &str, per: &str) -> bool {
    let after = Lowercased::new(first_bytes(after, 64)).text;
    names_of(per).iter().any(|name| {
        RATE_JOINS.iter().any(|join| {
            let join = join.trim_start();
            after
                .trim_start()
                .strip_prefix(join)
                .and_then(|rest| rest.strip_prefix(name.as_str()))
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    })
}
