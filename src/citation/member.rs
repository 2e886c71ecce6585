//! CC203 `member-not-in-quote`: every member a claim lists is named in its quote.
//!
//! A member counts as named when its name as written, or the canonical name or an alias of
//! the entity it resolves to, stands in the normalized quote as whole words: case-sensitive,
//! with no letter or digit on either side (`Min County` is not in `Minxian County`). In a
//! script written without spaces between words (Chinese, Japanese, Thai...) a name has no
//! word boundary to look for and is found where it stands (`紫云县` in `包括紫云县、纳雍县`);
//! a name may follow a conjunction written as a prefix of it (the Arabic `و`, "and":
//! `ونصر النوبة` names `نصر النوبة`, see [`without_joining_prefix`]). A name
//! ending in a kind of place is also named by its first words before that kind in the
//! plural, alone or in a list that shares it: `Washington County` in "Garrett, Allegany and
//! Washington counties".
//!
//! A name does not name the member where it stands inside a longer registered name of
//! another entity: `宁县` (Ning County) is not named by `威宁县` (Weining County), nor `York`
//! by "New York", nor `York County` by "New York counties", nor the county `Linxia` by
//! "Linxia Prefecture" when the prefecture is registered under that name: the quote names
//! the other place there. The registry is the dictionary ([`Entities::names_around`]): the
//! longer name is any registered name or alias, of a place, a person or an organisation,
//! including the member's parent or a place within it, that the quote spells around the
//! occurrence by whole words (by characters in a script without spaces). A longer name of
//! the member itself does not count against it (`York` in "City of York", an alias of
//! York), and another occurrence still names it: `宁县、威宁县` names `宁县`. A longer name
//! the registry does not hold is not seen. When every occurrence stands inside another
//! place's name, the finding's note says which.
//!
//! Cost: O(quote × names) per member to find its names: each entity has a handful. An
//! occurrence found is then checked for a name around it, which costs nothing when the
//! characters beside it belong to no registered name and at most a bounded number of hash
//! lookups otherwise ([`crate::model::AROUND_LOOKUPS`]).

use std::ops::Range;

use super::normalize::{
    Normalized, is_word_char, normalize, without_joining_prefix, word_boundary_between,
};
use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::model::{Claim, Entities, EntityId, Member};
use crate::words::plural;

/// Whether `name` stands in the normalized `quote` as whole words.
pub fn names(quote: &str, name: &str) -> bool {
    any_occurrence(quote, name, |_| true)
}

/// Whether `accept` takes one of the places where `name` stands in the normalized `quote` as
/// whole words, each given as a byte range of `quote`, first to last.
fn any_occurrence(quote: &str, name: &str, mut accept: impl FnMut(Range<usize>) -> bool) -> bool {
    let name = normalize(name);
    let (Some(first), Some(last)) = (name.chars().next(), name.chars().next_back()) else {
        return false;
    };
    quote.match_indices(&name).any(|(at, found)| {
        let before = without_joining_prefix(&quote[..at]).chars().next_back();
        let after = quote[at + found.len()..].chars().next();
        before.is_none_or(|before| word_boundary_between(before, first))
            && after.is_none_or(|after| word_boundary_between(last, after))
            && accept(at..at + found.len())
    })
}

/// Whether `name`, ending in a kind of place ("Washington County"), stands in the
/// normalized `quote` as its first words before that kind in the plural, alone or in a list
/// that shares it: "Washington counties", "Garrett, Allegany and Washington counties".
#[cfg(test)]
fn names_with_shared_kind(quote: &str, name: &str) -> bool {
    any_shared_kind_occurrence(quote, name, |_| true)
}

/// Whether `accept` takes one of the places where `name` stands as a list that shares its
/// kind (see [`names_with_shared_kind`]), each given as the byte range of its first words
/// ("Washington" in "Washington counties").
fn any_shared_kind_occurrence(
    quote: &str,
    name: &str,
    mut accept: impl FnMut(Range<usize>) -> bool,
) -> bool {
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
            && accept(at..at + found.len())
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
            Some(next) if super::left_out::is_joiner(&text[..next]) => text = &text[next..],
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

/// One of a member's names that stands in the quote, but only inside the longer name of
/// another registered entity.
struct OnlyInside<'a> {
    /// The member's name, as registered or written.
    name: &'a str,
    /// The longer name around it, a byte range of the normalized quote.
    around: Range<usize>,
    /// The entity the longer name stands for (the first, when several bear it).
    entity: EntityId,
}

/// Where the normalized `text` names `member`: the byte range of the first occurrence of one
/// of its names (in the order of [`names_of`]) that stands inside no longer registered name
/// of another entity. Otherwise, each name that stands in `text` only inside such a name.
fn naming<'a>(
    text: &str,
    member: &Member,
    names: &[&'a str],
    entities: &Entities,
) -> Result<Range<usize>, Vec<OnlyInside<'a>>> {
    let mut only_inside: Vec<OnlyInside> = Vec::new();
    // The entities the member may be, whose longer names name it too: looked up only when a
    // registered name stands around an occurrence.
    let mut own: Option<Vec<EntityId>> = None;
    for &name in names {
        let mut named = None;
        let mut judge = |occurrence: Range<usize>| {
            let around = entities.names_around(text, occurrence.clone());
            if around.is_empty() {
                named = Some(occurrence);
                return true;
            }
            let own = own.get_or_insert_with(|| match member.entity {
                Some(id) => vec![id],
                None => entities
                    .named_directly(&member.name.value)
                    .unwrap_or_default(),
            });
            let foreign = around
                .into_iter()
                .filter_map(|around| {
                    let first = *around.ids.first()?;
                    let another = !around.ids.iter().any(|id| own.contains(id));
                    another.then_some((around.range, first))
                })
                .max_by_key(|(range, _)| range.len());
            match foreign {
                None => {
                    named = Some(occurrence);
                    true
                }
                Some((around, entity)) => {
                    if !only_inside.iter().any(|inside| inside.name == name) {
                        only_inside.push(OnlyInside {
                            name,
                            around,
                            entity,
                        });
                    }
                    false
                }
            }
        };
        if (any_occurrence(text, name, &mut judge)
            || any_shared_kind_occurrence(text, name, &mut judge))
            && let Some(range) = named
        {
            return Ok(range);
        }
    }
    Err(only_inside)
}

/// Where the normalized `text` (an article's passage) names `member`, by the rule CC203
/// judges the quote by: a byte range of `text`.
pub(super) fn named_at(text: &str, member: &Member, entities: &Entities) -> Option<Range<usize>> {
    naming(text, member, &names_of(member, entities), entities).ok()
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

/// What the longer name `spelled` around a member's name stands for, for the note:
/// "another registered place (a county within `贵州省`)", with the place's name when the
/// quote spells it otherwise; "a registered person".
fn described(entity: EntityId, spelled: &str, entities: &Entities) -> String {
    let entity = entities.get(entity);
    let kind = entity.kind.value;
    if !kind.is_place() {
        return format!("a registered {}", kind.as_str().replace('-', " "));
    }
    let within = entity.parent_entity.map_or_else(String::new, |parent| {
        format!(" within `{}`", entities.get(parent).name.value)
    });
    let name = if normalize(&entity.name.value) == spelled {
        String::new()
    } else {
        format!("`{}`, ", entity.name.value)
    };
    format!(
        "another registered place ({name}{}{within})",
        kind.with_article()
    )
}

/// [`described`] in a few words, for a label: "another registered place", "a registered
/// person".
fn briefly(entity: EntityId, entities: &Entities) -> String {
    match entities.get(entity).kind.value {
        kind if kind.is_place() => "another registered place".to_string(),
        kind => format!("a registered {}", kind.as_str().replace('-', " ")),
    }
}

/// The byte range of the raw `quote` that the range `normalized` of its normalized form
/// came from.
fn raw_range(quote: &str, normalized: Range<usize>) -> Range<usize> {
    let trimmed = quote.trim();
    let lead = quote.len() - quote.trim_start().len();
    let span = Normalized::new(trimmed).original_span(normalized);
    lead + span.start..lead + span.end
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
        let Err(only_inside) = naming(quote, member, &candidates, entities) else {
            continue;
        };
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
        let member_name = &*member.name.value;
        let (label, help) = match only_inside.first() {
            None => (
                "not named in the quote".to_string(),
                "extend the quote to the words that name this member, or remove the member if \
                 the article does not list it here"
                    .to_string(),
            ),
            Some(first) => {
                let around = &quote[first.around.clone()];
                (
                    format!("named only inside `{around}` in the quote"),
                    format!(
                        "if the article means `{around}`, list it instead of `{member_name}`; \
                         else extend the quote to the words that name `{member_name}`, or \
                         remove it if the article does not list it here"
                    ),
                )
            }
        };
        let mut diagnostic = Diagnostic::new(
            Code::MemberNotInQuote,
            format!(
                "claim `{}` lists `{member_name}`, which its quote does not name",
                claim.id.value
            ),
            member.name.at,
            label,
        );
        // Where the quote spells the longer name, when that place can be pointed at;
        // otherwise the whole quote.
        let spot = only_inside.first().map(|first| {
            let around = &quote[first.around.clone()];
            (
                claim
                    .quote
                    .inner(&raw_range(&claim.quote.value, first.around.clone())),
                format!("`{around}`, {}", briefly(first.entity, entities)),
            )
        });
        diagnostic = match spot {
            Some((at, message)) if at != claim.quote.at => diagnostic.with_label(at, message),
            _ => diagnostic.with_label(claim.quote.at, "the quote"),
        };
        if let Some(passage) = passage {
            diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
        }
        let data = MemberNotInQuote {
            member: member_name,
            looked_for: &candidates,
            only_inside: only_inside
                .iter()
                .map(|inside| InsideData {
                    name: inside.name,
                    inside: &quote[inside.around.clone()],
                })
                .collect(),
        };
        for inside in &only_inside {
            let around = &quote[inside.around.clone()];
            diagnostic = diagnostic.with_note(format!(
                "`{}` stands in the quote only inside `{around}`, {}",
                inside.name,
                described(inside.entity, around, entities)
            ));
        }
        out.push(
            diagnostic
                .about_claim(&claim.id.value)
                .with_data(&data)
                .with_note(looked_for)
                .with_help(help),
        );
    }
    out
}

/// CC203's facts: the member, every name of it that was looked for in the quote, and the
/// names that stand in the quote only inside another registered entity's name.
#[derive(Serialize)]
struct MemberNotInQuote<'a, Name: Serialize> {
    member: &'a str,
    looked_for: &'a [Name],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    only_inside: Vec<InsideData<'a>>,
}

/// One name of the member and the longer registered name the quote spells around it.
#[derive(Serialize)]
struct InsideData<'a> {
    name: &'a str,
    inside: &'a str,
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

    use crate::diagnostic::Located;
    use crate::files::FileId;
    use crate::model::{EntityKind, MemberList};

    use crate::testing::registry;

    /// A member written `name`, resolved as the registry resolves it out of context.
    fn member(entities: &Entities, name: &str) -> Member {
        Member {
            name: Located::new(name.into(), Location::new(FileId(0), 0..0)),
            entity: entities.resolve(name),
        }
    }

    /// Whether `quote` names the member written `name`, by the rule of CC203.
    fn named(entities: &Entities, quote: &str, name: &str) -> bool {
        let member = member(entities, name);
        let names = names_of(&member, entities);
        naming(&normalize(quote), &member, &names, entities).is_ok()
    }

    /// CC203's findings on a claim quoting `quote` and listing `members`.
    fn findings(entities: &Entities, quote: &str, members: &[&str]) -> Vec<Diagnostic> {
        let mut claim = crate::testing::claim("c", quote);
        claim.member_list = Some(Box::new(MemberList {
            members: members.iter().map(|name| member(entities, name)).collect(),
            at: Location::new(FileId(0), 0..0),
        }));
        check(&claim, &normalize(quote), entities, None)
    }

    fn gansu_and_guizhou() -> Entities {
        use EntityKind::*;
        registry(&[
            ("Gansu", Province, None, &["甘肃省"]),              // 0
            ("Guizhou", Province, None, &["贵州省"]),            // 1
            ("Ning County", County, Some(0), &["宁县", "Ning"]), // 2
            ("Weining County", County, Some(1), &["威宁县"]),    // 3
            ("Ziyun County", County, Some(1), &["紫云县"]),      // 4
        ])
    }

    #[test]
    fn a_chinese_name_inside_a_longer_registered_name_does_not_name_its_place() {
        let entities = gansu_and_guizhou();
        assert!(!named(&entities, "其中包括紫云县和威宁县", "宁县"));
        assert!(!named(&entities, "其中包括紫云县和威宁县", "Ning County"));
        assert!(named(&entities, "其中包括紫云县和威宁县", "威宁县"));
        assert!(named(&entities, "甘肃省宁县", "宁县"));
        // A name the registry does not hold is not seen: `新宁县` is not registered.
        assert!(named(&entities, "新宁县", "宁县"));
    }

    #[test]
    fn a_name_listed_beside_the_longer_name_around_it_is_named_by_its_own_occurrence() {
        let entities = gansu_and_guizhou();
        for quote in ["威宁县和宁县", "宁县、威宁县", "威宁县、宁县"] {
            assert!(named(&entities, quote, "宁县"), "{quote}");
            assert!(named(&entities, quote, "威宁县"), "{quote}");
            assert!(findings(&entities, quote, &["威宁县", "宁县"]).is_empty());
        }
        let found = findings(&entities, "威宁县", &["威宁县", "宁县"]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "claim `c` lists `宁县`, which its quote does not name"
        );
    }

    #[test]
    fn a_name_only_inside_another_s_is_one_finding_that_says_where() {
        let entities = gansu_and_guizhou();
        let found = findings(&entities, "其中包括紫云县和威宁县", &["紫云县", "宁县"]);
        assert_eq!(found.len(), 1);
        let finding = &found[0];
        assert_eq!(
            finding.notes,
            [
                "`宁县` stands in the quote only inside `威宁县`, another registered place \
                 (`Weining County`, a county within `Guizhou`)",
                "looked for `宁县` and its other names `Ning County`, `Ning`, as written, case as \
                 written",
            ]
        );
        assert_eq!(
            finding.labels[0].message,
            "named only inside `威宁县` in the quote"
        );
        assert!(
            finding.help.as_deref().unwrap().starts_with(
                "if the article means `威宁县`, list it instead of `宁县`; else extend the quote"
            ),
            "{:?}",
            finding.help
        );
        let data = finding.data.as_ref().unwrap().to_string();
        assert!(
            data.contains(r#""only_inside":[{"name":"宁县","inside":"威宁县"}]"#),
            "{data}"
        );
        // A name not in the quote at all keeps the plain finding.
        let found = findings(&entities, "其中包括紫云县", &["威宁县"]);
        assert_eq!(found[0].notes.len(), 1);
        assert_eq!(found[0].labels[0].message, "not named in the quote");
    }

    #[test]
    fn a_multi_word_name_around_a_name_in_a_spaced_script_names_the_other_place() {
        use EntityKind::*;
        let entities = registry(&[
            ("United States", Country, None, &[]),       // 0
            ("New York", Province, Some(0), &[]),        // 1
            ("York County", County, Some(1), &[]),       // 2
            ("United Kingdom", Country, None, &[]),      // 3
            ("York", City, Some(3), &["City of York"]),  // 4
            ("Washington", Province, Some(0), &[]),      // 5
            ("Washington County", County, Some(5), &[]), // 6
            ("George Washington", Person, None, &[]),    // 7
        ]);
        assert!(!named(&entities, "in New York and Ohio", "York"));
        assert!(named(&entities, "in New York and York", "York"));
        assert!(named(&entities, "in York, New Jersey", "York"));
        assert!(!named(&entities, "Washington County grew", "Washington"));
        assert!(!named(
            &entities,
            "George Washington slept here",
            "Washington"
        ));
        assert!(named(
            &entities,
            "Washington County grew",
            "Washington County"
        ));
        // The longer name of the place itself names it.
        assert!(named(&entities, "the City of York council", "York"));
        let found = findings(&entities, "George Washington slept here", &["Washington"]);
        assert_eq!(
            found[0].notes[0],
            "`Washington` stands in the quote only inside `George Washington`, a registered person"
        );
    }

    #[test]
    fn a_list_sharing_its_kind_inside_a_longer_name_does_not_name_the_place() {
        use EntityKind::*;
        let entities = registry(&[
            ("New York", Province, None, &[]),
            ("York County", County, None, &[]),
            ("Washington", Province, None, &[]),
            ("Washington County", County, Some(2), &[]),
        ]);
        assert!(!named(&entities, "the New York counties", "York County"));
        assert!(named(
            &entities,
            "the York and Adams counties",
            "York County"
        ));
        // The state's name is the list's own words, not a longer name around them.
        assert!(named(
            &entities,
            "Garrett and Washington counties",
            "Washington County"
        ));
    }

    #[test]
    fn a_place_is_not_named_inside_the_name_of_its_parent_or_of_a_place_within_it() {
        use EntityKind::*;
        let entities = registry(&[
            (
                "Linxia Prefecture",
                Prefecture,
                None,
                &["Linxia Hui Autonomous Prefecture"],
            ),
            ("Linxia County", County, Some(0), &["Linxia"]),
        ]);
        assert!(!named(&entities, "in Linxia Prefecture", "Linxia County"));
        assert!(!named(
            &entities,
            "in Linxia Hui Autonomous Prefecture",
            "Linxia"
        ));
        assert!(named(&entities, "in Linxia, Linxia Prefecture", "Linxia"));
        assert!(named(&entities, "in Linxia County", "Linxia"));
    }

    #[test]
    fn a_name_of_several_places_around_a_member_that_may_be_one_of_them_names_it() {
        use EntityKind::*;
        let entities = registry(&[
            ("Ohio", Province, None, &[]),
            ("Oregon", Province, None, &[]),
            ("Washington County", County, Some(0), &["Washington"]),
            ("Washington County", County, Some(1), &[]),
        ]);
        assert!(named(&entities, "Washington County grew", "Washington"));
        // A member that resolves to no entity is named by no registered name around it.
        assert!(!named(&entities, "Washington County grew", "County"));
        assert!(named(&entities, "County grew", "County"));
    }

    #[test]
    fn japanese_and_thai_names_inside_longer_registered_names_do_not_name_their_places() {
        use EntityKind::*;
        let entities = registry(&[
            ("Tokyo", Province, None, &["東京都"]),
            ("Kyoto", Province, None, &["京都府", "京都"]),
            ("Chiang Mai", Province, None, &["เชียงใหม่"]),
            ("Mueang Chiang Mai", District, Some(2), &["เมืองเชียงใหม่"]),
        ]);
        assert!(!named(&entities, "東京都と大阪府", "京都"));
        assert!(named(&entities, "東京都と京都府", "京都"));
        // Its own longer alias names Kyoto: `京都` inside `京都府`.
        assert!(named(&entities, "京都府と大阪府", "京都"));
        assert!(!named(&entities, "อำเภอเมืองเชียงใหม่มี", "เชียงใหม่"));
        assert!(named(&entities, "จังหวัดเชียงใหม่มี", "เชียงใหม่"));
    }

    #[test]
    fn a_name_after_the_arabic_prefix_for_and_is_judged_like_any_other() {
        use EntityKind::*;
        let entities = registry(&[
            ("Kom Ombo", City, None, &["كوم أمبو"]),
            ("Ombo", City, None, &["أمبو"]),
            ("Nasr al-Nuba", City, None, &["نصر النوبة"]),
            ("Nasr", City, None, &["نصر"]),
        ]);
        assert!(named(
            &entities,
            "منها: كوم أمبو، إدفو ونصر النوبة",
            "نصر النوبة"
        ));
        assert!(!named(&entities, "منها: كوم أمبو، إدفو ونصر النوبة", "نصر"));
        assert!(!named(&entities, "منها: إدفو وكوم أمبو", "أمبو"));
        assert!(named(&entities, "منها: إدفو وكوم أمبو", "كوم أمبو"));
    }
}
