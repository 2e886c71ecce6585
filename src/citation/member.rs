//! CC203 `member-not-in-quote`: every member a claim lists is named in its quote.
//!
//! A member counts as named when its name as written, or the canonical name or an alias of
//! the entity it resolves to, stands in the normalized quote as whole words: case-sensitive,
//! with no letter or digit on either side (`Min County` is not in `Minxian County`).
//!
//! Cost: O(quote × names) per member: each entity has a handful of names.

use super::normalize::{is_word_char, normalize};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{Claim, Entities, Member};

/// Whether `name` stands in the normalized `quote` as whole words.
pub fn names(quote: &str, name: &str) -> bool {
    let name = normalize(name);
    if name.is_empty() {
        return false;
    }
    quote.match_indices(&name).any(|(at, found)| {
        let before = quote[..at].chars().next_back();
        let after = quote[at + found.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

/// Every name a member may go by: as written, then its entity's name and aliases.
pub(super) fn names_of<'a>(member: &'a Member, entities: &'a Entities) -> Vec<&'a str> {
    let mut all = vec![member.name.value.as_str()];
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

/// A CC203 diagnostic for each member the quote does not name.
pub fn check(claim: &Claim, entities: &Entities, passage: Option<&Location>) -> Vec<Diagnostic> {
    let quote = normalize(&claim.quote.value);
    let mut out = Vec::new();
    for member in &claim.members {
        let candidates = names_of(member, entities);
        if candidates.iter().any(|name| names(&quote, name)) {
            continue;
        }
        let looked_for = match candidates.as_slice() {
            [only] => format!("looked for `{only}` as whole words, case as written"),
            [first, rest @ ..] => format!(
                "looked for `{first}` and its other names {}, as whole words, case as written",
                rest.iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            [] => String::new(),
        };
        let mut diagnostic = Diagnostic::new(
            Code::MemberNotInQuote,
            format!(
                "claim `{}` lists `{}`, which its quote does not name",
                claim.id.value, member.name.value
            ),
            member.name.at.clone(),
            "not named in the quote",
        )
        .with_label(claim.quote.at.clone(), "the quote");
        if let Some(passage) = passage {
            diagnostic = diagnostic.with_label(passage.clone(), super::passages::PASSAGE_LABEL);
        }
        out.push(diagnostic.with_note(looked_for).with_help(
            "extend the quote to the words that name this member, or remove the member if \
                 the article does not list it here",
        ));
    }
    out
}

/// Explanation of CC203, printed by `claimcheck explain CC203`.
pub const EXPLAIN_MEMBER_NOT_IN_QUOTE: &str = "\
What it checks (built in, on every run): each name in a claim's `members:` stands in its
quote, as written or as the canonical name or an alias of its entity (Xizang for Tibet,
Duan for Du'an County), as whole words with the case as written.

Why it matters: members are what the count, growth and agreement rules compare across
articles. A member that the quote does not name was added from memory or from another
sentence: the list then claims more than the article says.

Fails:
    quote: 8 counties of Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua
    members: [Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua, Duan]

Passes:
    quote: 8 counties of Rongshui, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua, and Duan
    members: [Rongshui County, Sanjiang, Napo, Leye, Longlin, Luocheng, Dahua, Du'an]
    # Rongshui County and Du'an resolve to entities whose aliases the quote uses
";

#[cfg(test)]
mod tests {
    use super::*;

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
}
