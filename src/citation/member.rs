//! CC203 `member-not-in-quote`: every member a claim lists is named in its quote.
//!
//! A member counts as named when its name as written, or the canonical name or an alias of
//! the entity it resolves to, stands in the normalized quote as whole words: case-sensitive,
//! with no letter or digit on either side (`Min County` is not in `Minxian County`). In a
//! script written without spaces between words (Chinese, Japanese, Thai...) a name has no
//! word boundary to look for and is found where it stands (`紫云县` in `包括紫云县、纳雍县`);
//! a name may follow a conjunction written as a prefix of it (the Arabic `و`, "and":
//! `ونصر النوبة` names `نصر النوبة`, see [`left_out::without_joining_prefix`]). A name
//! ending in a kind of place is also named by its first words before that kind in the
//! plural, alone or in a list that shares it: `Washington County` in "Garrett, Allegany and
//! Washington counties".
//!
//! Cost: O(quote × names) per member: each entity has a handful of names.

use super::left_out;
use super::normalize::{is_word_char, normalize, word_boundary_between};
use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{Claim, Entities, Member};
use crate::words::plural;

/// Whether `name` stands in the normalized `quote` as whole words.
pub fn names(quote: &str, name: &str) -> bool {
    let name = normalize(name);
    if name.is_empty() {
        return false;
    }
    let (Some(first), Some(last)) = (name.chars().next(), name.chars().next_back()) else {
        return false;
    };
    quote.match_indices(&name).any(|(at, found)| {
        let before = left_out::without_joining_prefix(&quote[..at])
            .chars()
            .next_back();
        let after = quote[at + found.len()..].chars().next();
        before.is_none_or(|before| word_boundary_between(before, first))
            && after.is_none_or(|after| word_boundary_between(last, after))
    })
}

/// Whether `name`, ending in a kind of place ("Washington County"), stands in the
/// normalized `quote` as its first words before that kind in the plural, alone or in a list
/// that shares it: "Washington counties", "Garrett, Allegany and Washington counties".
fn names_with_shared_kind(quote: &str, name: &str) -> bool {
    let name = normalize(name);
    let Some((base, kind)) = name.rsplit_once(' ') else {
        return false;
    };
    let kinds = plural(&kind.to_lowercase());
    if kinds == kind.to_lowercase() {
        return false;
    }
    quote.match_indices(base).any(|(at, found)| {
        !quote[..at].chars().next_back().is_some_and(is_word_char)
            && kind_follows(&quote[at + found.len()..], &kinds)
    })
}

/// Whether `kinds` ("counties") is the first word after the capitalised words that start
/// `text`, or after those of the names joined to them in a list.
fn kind_follows(mut text: &str, kinds: &str) -> bool {
    loop {
        let after = text.trim_start_matches(' ');
        let word_end = after.find([' ', ',']).unwrap_or(after.len());
        let word = &after[..word_end];
        if word.trim_end_matches(['.', ';', ':']).to_lowercase() == kinds {
            return true;
        }
        if word.starts_with(char::is_uppercase) {
            text = &after[word_end..];
            continue;
        }
        // "Garrett, Allegany and ...": a joiner, then another name of the list.
        match text.find(char::is_uppercase) {
            Some(next) if left_out::is_joiner(&text[..next]) => text = &text[next..],
            _ => return false,
        }
    }
}

/// Every name a member may go by: as written, then its entity's name and aliases.
pub(super) fn names_of<'a>(member: &'a Member, entities: &'a Entities) -> Vec<&'a str> {
    let mut all = vec![&*member.name.value];
    if let Some(id) = member.entity {
        let entity = entities.get(id);
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            if !all.contains(&name.value.as_str()) {
                all.push(&name.value);
            }
        }
    }
    all
}

/// How a name is looked for, as CC203's note says it: as whole words, unless it is written
/// in a script without spaces between words.
fn as_what(name: &str) -> &'static str {
    if name.chars().any(super::normalize::is_unspaced_script) {
        "written"
    } else {
        "whole words"
    }
}

/// A CC203 diagnostic for each member the quote (`quote`, normalized) does not name.
pub fn check(
    claim: &Claim,
    quote: &str,
    entities: &Entities,
    passage: Option<&Location>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for member in claim.members() {
        let candidates = names_of(member, entities);
        if candidates
            .iter()
            .any(|name| names(quote, name) || names_with_shared_kind(quote, name))
        {
            continue;
        }
        let looked_for = match candidates.as_slice() {
            [only] => format!("looked for `{only}` as {}, case as written", as_what(only)),
            [first, rest @ ..] => format!(
                "looked for `{first}` and its other names {}, as {}, case as written",
                rest.iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                as_what(first)
            ),
            [] => String::new(),
        };
        let mut diagnostic = Diagnostic::new(
            Code::MemberNotInQuote,
            format!(
                "claim `{}` lists `{}`, which its quote does not name",
                claim.id.value, member.name.value
            ),
            member.name.at,
            "not named in the quote",
        )
        .with_label(claim.quote.at, "the quote");
        if let Some(passage) = passage {
            diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
        }
        let data = MemberNotInQuote {
            member: &member.name.value,
            looked_for: &candidates,
        };
        out.push(
            diagnostic
                .about_claim(&claim.id.value)
                .with_data(&data)
                .with_note(looked_for)
                .with_help(
                    "extend the quote to the words that name this member, or remove the member if \
                 the article does not list it here",
                ),
        );
    }
    out
}

/// CC203's facts: the member and every name of it that was looked for in the quote.
#[derive(Serialize)]
struct MemberNotInQuote<'a, Name: Serialize> {
    member: &'a str,
    looked_for: &'a [Name],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_that_shares_its_kind_names_each_place_of_that_kind() {
        let quote = normalize("Garrett, Allegany and Washington counties form Western Maryland.");
        for name in ["Garrett County", "Allegany County", "Washington County"] {
            assert!(names_with_shared_kind(&quote, name), "{name}");
        }
        assert!(names_with_shared_kind(
            &normalize("in St. Mary's counties."),
            "St. Mary's County"
        ));
        assert!(!names_with_shared_kind(&quote, "Western County"));
        assert!(!names_with_shared_kind(&quote, "Washington Township"));
        assert!(!names_with_shared_kind(
            &normalize("Garrett has 3 counties"),
            "Garrett County"
        ));
        assert!(!names_with_shared_kind(
            &normalize("Garrett, the counties"),
            "Garrett County"
        ));
    }

    #[test]
    fn names_are_whole_words_and_case_sensitive() {
        let quote = normalize("including Dongxiang County, Linxia County, and Min County");
        assert!(names(&quote, "Min County"));
        assert!(names(&quote, "Linxia County"));
        assert!(!names(&quote, "min county"));
        assert!(!names(&quote, "Linxia Count"));
        assert!(!names(&normalize("Minxian County"), "Min"));
    }

    #[test]
    fn quote_marks_in_names_are_normalized() {
        let quote = normalize("Dahua, and Du’an to withdraw");
        assert!(names(&quote, "Du'an"));
    }

    #[test]
    fn composed_and_decomposed_names_match_either_way() {
        let decomposed = normalize("Cha\u{300}o Quye\u{302}\u{300}n and Lleida");
        assert!(names(&decomposed, "Chào Quyền"));
        let composed = normalize("Chào Quyền and Lleida");
        assert!(names(&composed, "Cha\u{300}o Quye\u{302}\u{300}n"));
    }

    #[test]
    fn a_name_is_not_found_inside_a_letter_with_a_mark() {
        // q with a tilde has no composed form: the mark stays a separate character.
        assert!(!names(&normalize("Aq\u{303} river"), "Aq"));
    }

    #[test]
    fn names_in_scripts_without_spaces_are_found_where_they_stand() {
        let quote = normalize("其中包括紫云县、纳雍县和威宁县等");
        for name in ["紫云县", "纳雍县", "威宁县"] {
            assert!(names(&quote, name), "{name}");
        }
        assert!(!names(&quote, "紫云市"));
        assert!(names(&normalize("จังหวัดเชียงใหม่มี"), "เชียงใหม่"));
        // A Latin name beside them still needs its own word boundaries.
        assert!(names(&normalize("包括Min County和"), "Min County"));
        assert!(!names(&normalize("包括Minxian County和"), "Min County"));
    }

    #[test]
    fn a_name_joined_by_the_arabic_prefix_for_and_is_named() {
        let quote = normalize("منها: كوم أمبو، إدفو ونصر النوبة");
        assert!(names(&quote, "نصر النوبة"));
        assert!(names(&quote, "إدفو"));
        // Only as a prefix of a word: a و inside a word is a letter of it.
        assert!(!names(&normalize("كوم أمبو، إدفو"), "فو"));
        assert!(!names(&normalize("ونصر النوبة"), "نصر النوب"));
    }
}
