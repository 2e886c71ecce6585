//! Linking raw records into a project: ids must be unique, claims must cite sources that
//! exist, names should resolve to entities, and article texts must be readable files
//! inside the project.
//!
//! In the order [`link`] runs them: [`sources`] and their article texts, the registry of
//! [`entities`] and their parents, then [`claims`], whose subjects and members are resolved
//! by [`names`].

mod claims;
mod entities;
mod names;
mod sources;

use std::path::Path;

use rayon::prelude::*;

use self::claims::link_claims;
use self::entities::link_entities;
pub use self::names::AmbiguousName;
pub(crate) use self::names::what_settles;
use self::sources::link_sources;
use super::Limits;
use super::claims::RawClaim;
use super::entities::RawEntity;
use super::sources::RawSource;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::files::{FileId, Files};
use crate::hashing::HashSet;
use crate::model::{EntityKind, Project, Source};

/// Links the records read into a project. `codes_off` are the codes the run turns off
/// (see [`super::load_with_progress`]).
pub fn link(
    root: &Path,
    files: Files,
    raw: Raw,
    limits: &Limits,
    codes_off: &[Code],
    diagnostics: &mut Diagnostics,
) -> Project {
    let mut project = Project::default();
    project.files = files;
    project.sources_with_errors = raw.sources_with_errors;
    link_sources(root, &mut project, raw.sources, limits, diagnostics);
    // An unknown name's "did you mean" is CC022's help alone.
    let suggest_entities = !codes_off.contains(&Code::UnknownEntity);
    link_entities(
        &mut project,
        raw.entities,
        raw.entities_not_loaded,
        suggest_entities,
        diagnostics,
    );
    link_claims(&mut project, raw.claims, diagnostics);
    english_units_stay_english(&mut project);
    project
}

/// The claims of an article its source declares in another language count their units in
/// messages as written ([`crate::model::Claim::counted`]), but not a unit that is an English
/// word: one that claims of an English article count in too, or one English counts in that
/// claimcheck knows ([`crate::words::is_english_unit`]). So `unit: person` on an Italian
/// article's claim is still counted "40 people", and a message comparing it with an English
/// article's claim counts one unit one way.
fn english_units_stay_english(project: &mut Project) {
    if project.sources.iter().all(Source::writes_english) {
        return;
    }
    let in_english: HashSet<String> = project
        .claims
        .par_iter()
        .filter(|claim| claim.unit_in_english)
        .filter_map(|claim| claim.unit.as_ref())
        .fold(HashSet::default, |mut units, unit| {
            units.insert(&*unit.value);
            units
        })
        .reduce(HashSet::default, |mut all, units| {
            all.extend(units);
            all
        })
        .into_iter()
        .map(str::to_string)
        .collect();
    project.claims.par_chunks_mut().for_each(|(_, chunk)| {
        for claim in chunk.iter_mut().filter(|claim| !claim.unit_in_english) {
            claim.unit_in_english = claim.unit.as_ref().is_some_and(|unit| {
                in_english.contains(&*unit.value)
                    || crate::words::is_english_unit(&unit.value)
                    || EntityKind::COUNTING_UNITS.contains(&&*unit.value)
            });
        }
    });
}

/// The records as read from every file, to link.
pub struct Raw {
    pub sources: Vec<RawSource>,
    /// The sources files that have errors (see [`Project::sources_with_errors`]).
    pub sources_with_errors: Vec<FileId>,
    /// Each entities file's records.
    pub entities: Vec<Vec<RawEntity>>,
    /// What of the registry did not load.
    pub entities_not_loaded: crate::model::NotLoaded,
    /// Each claims file's records.
    pub claims: Vec<Vec<RawClaim>>,
}

/// Reports a second use of an id, labelling both places.
fn duplicate(what: &str, id: &str, first: &Location, again: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateId,
        format!("two {what}s have the id `{id}`"),
        *again,
        "used again here",
    )
    .with_label(*first, "first used here")
    .with_help(format!(
        "give each {what} its own id; if both are the same {what}, delete one"
    ))
}

#[cfg(test)]
mod tests {
    // Linking as a whole: project files in, the linked project and its diagnostics out.

    use crate::codes::Code;
    use crate::testing::{check_citations, check_files, codes, codes_and_messages};

    #[test]
    fn an_empty_article_is_one_error_at_its_source_not_one_per_quote() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: seven counties, subject: Gansu, metric: m, value: 7, unit: county }\n  - { id: b, quote: eight, subject: Gansu, metric: n, value: 8, unit: county }\n";
        for (text, label) in [
            ("", "an empty file"),
            ("\u{feff}", "a byte-order mark only"),
            ("\u{feff} \r\n\t\n", "a file of white space only"),
        ] {
            let outcome =
                check_citations(&[("claims/c.yaml", claims), ("sources/article.txt", text)]);
            assert_eq!(
                codes_and_messages(&outcome),
                [(
                    Code::SourceTextMissing,
                    "the text of source `article` is empty: `article.txt` holds no text"
                )],
                "{text:?}"
            );
            assert_eq!(outcome.diagnostics[0].labels[0].message, label);
        }
    }

    #[test]
    fn a_name_registered_but_for_an_invisible_joiner_is_told_so() {
        // Found from outside: `Riverton\u{200d}` was told "did you mean `Riverton`?", two
        // names that look alike.
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: \"Gansu\\u200d\", metric: m, value: 1 }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        let unknown: Vec<(&str, Option<&str>)> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnknownEntity)
            .map(|d| (d.message.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            unknown,
            [(
                "the subject `Gansu\\u{200d}` names no known entity",
                Some(
                    "delete the invisible joiner: `Gansu` is registered (a zero-width joiner or \
                 non-joiner spells words in some scripts, and is no part of this name)"
                )
            )]
        );
    }

    #[test]
    fn an_unknown_name_is_told_the_near_name_its_quote_spells() {
        // Found from outside: `镇熊县` was told `镇原县` (another province's county, as near
        // as any) where the quote names `镇雄县`, and `Phu Yen` was told `Phù Yên`.
        let entities = "entities:\n  - { name: 镇原县, kind: county }\n  - { name: 镇雄县, kind: county }\n  - { name: 会泽县, kind: county }\n  - { name: Phù Yên, kind: district }\n  - { name: Phú Yên, kind: province }\n  - { name: Nayong County, kind: county }\n  - { name: Yanhe County, kind: county }\n";
        let helps = |claims: &str| -> Vec<String> {
            let sources = "sources:\n  - { id: a, title: t, published: 2020-01-01, text: a.txt }\n";
            check_files(&[
                ("entities/e.yaml", entities),
                ("sources/sources.yaml", sources),
                ("sources/a.txt", "text"),
                ("claims/c.yaml", claims),
            ])
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnknownEntity)
            .map(|d| d.help.as_deref().unwrap_or_default().to_string())
            .collect()
        };
        let told = |claims: &str| -> Vec<String> {
            helps(claims)
                .iter()
                .map(|help| help.split('`').nth(1).unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(
            told(
                "source: a\nclaims:\n  - { id: a, quote: \"镇雄县、会泽县等2个县\", subject: 会泽县, metric: m, value: 2, members: [镇熊县, 会泽县] }\n"
            ),
            ["镇雄县"]
        );
        assert!(helps("source: a\nclaims:\n  - { id: a, quote: \"镇雄县、会泽县等2个县\", subject: 会泽县, metric: m, value: 2, members: [镇熊县, 会泽县] }\n")[0].contains("which the quote names"));
        assert_eq!(
            told(
                "source: a\nclaims:\n  - { id: a, quote: \"tỉnh Phú Yên có 9 huyện\", subject: Phu Yen, metric: m, value: 9 }\n"
            ),
            ["Phú Yên"]
        );
        // A quote that spells the unknown name itself: the registry's nearest, as it was.
        assert_eq!(
            told(
                "source: a\nclaims:\n  - { id: a, quote: \"Yong County and Yanhe County\", subject: Nayong County, metric: m, value: 2, members: [Yong County, Yanhe County] }\n"
            ),
            ["Nayong County"]
        );
    }

    #[test]
    fn the_claims_a_source_without_a_date_leaves_out_are_named_on_its_error() {
        // Found from outside: claims left out for their source's date were named by no
        // finding unless a rule named them, and none of their checks ran.
        let claim = |id: &str, as_of: &str| {
            format!("  - {{ id: {id}, quote: x, subject: Gansu, metric: {id}, value: 1{as_of} }}\n")
        };
        let first: String = ["a", "b", "c", "d"].map(|id| claim(id, "")).concat();
        let second = format!(
            "{}{}",
            claim("dated", ", as_of: 2020-03-01"),
            claim("e", "")
        );
        // The note goes on the date's error, not on another error of the entry before it.
        let sources = "sources:\n  - id: article\n    title: \"\"\n    published: 2020-02-30\n    text: article.txt\n  - id: other\n    title: Another\n    published: 2020-02-01\n    text: article.txt\n";
        let outcome = check_files(&[
            ("sources/sources.yaml", sources),
            (
                "claims/a.yaml",
                &format!("source: article\nclaims:\n{first}"),
            ),
            (
                "claims/b.yaml",
                &format!("source: article\nclaims:\n{second}"),
            ),
        ]);
        let dates: Vec<&crate::diagnostic::Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::InvalidDate)
            .collect();
        assert_eq!(dates.len(), 1, "{:#?}", outcome.diagnostics);
        assert_eq!(
            dates[0].notes,
            [
                "5 claims cite this source with no `as_of:` of their own (`a`, `b`, `c`, `d` and \
          `e`): they cannot be placed in time, so they were left out and none of their \
          checks ran"
            ]
        );
        assert_eq!(outcome.project.claims.len(), 1);
    }

    #[test]
    fn a_member_shared_by_places_within_the_subject_is_the_one_of_the_kind_counted() {
        let entities = "entities:\n  - { name: Armenia, kind: country }\n  - { name: Ararat, kind: province, parent: Armenia }\n  - { name: Ararat, kind: town, parent: Ararat (Armenia) }\n  - { name: Masis, kind: town, parent: Ararat (Armenia) }\n";
        let claims = "source: article\nclaims:\n  - { id: towns, quote: x, subject: Armenia, metric: m, value: 2, unit: town, members: [Ararat, Masis] }\n  - { id: provinces, quote: x, subject: Armenia, metric: n, value: 1, unit: province, members: [Ararat] }\n";
        let outcome = check_files(&[
            ("entities/more.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", "rules:\n  - { id: lists, kind: count }\n"),
        ]);
        assert_eq!(outcome.diagnostics.len(), 0, "{:#?}", outcome.diagnostics);
        let kinds = |id: &str| -> Vec<crate::model::EntityKind> {
            let claim = outcome
                .project
                .claims
                .iter()
                .find(|c| c.id.value == id)
                .unwrap();
            claim
                .members()
                .iter()
                .map(|m| outcome.project.entities.get(m.entity.unwrap()).kind.value)
                .collect()
        };
        use crate::model::EntityKind::{Province, Town};
        assert_eq!(kinds("towns"), [Town, Town]);
        assert_eq!(kinds("provinces"), [Province]);
        // The unit in the plural counts the same kind.
        let plural = claims.replace("unit: town,", "unit: towns,");
        let outcome = check_files(&[
            ("entities/more.yaml", entities),
            ("claims/c.yaml", &plural),
            ("rules/r.yaml", "rules:\n  - { id: lists, kind: count }\n"),
        ]);
        assert!(
            outcome
                .diagnostics
                .iter()
                .all(|d| d.code != Code::MemberKindMismatch),
            "{:#?}",
            outcome.diagnostics
        );
        // A town directly within the subject stays the one meant, though towns of the
        // name lie deeper too.
        let deeper = "entities:\n  - { name: Xland, kind: country }\n  - { name: Pprov, kind: province, parent: Xland }\n  - { name: Foo, kind: town, parent: Xland }\n  - { name: Foo, kind: town, parent: Pprov }\n  - { name: Foo, kind: district, parent: Pprov }\n  - { name: Bar, kind: town, parent: Xland }\n";
        let claims = "source: article\nclaims:\n  - { id: towns, quote: x, subject: Xland, metric: m, value: 2, unit: town, members: [Foo, Bar] }\n";
        let outcome = check_files(&[("entities/more.yaml", deeper), ("claims/c.yaml", claims)]);
        assert!(
            outcome
                .diagnostics
                .iter()
                .all(|d| d.code != Code::AmbiguousEntity),
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_member_shared_by_places_below_a_level_between_is_the_one_of_the_kind_counted() {
        // Found from outside: with a region between the country and its provinces, the
        // province Rizal and a town Rizal of another province both lie within the subject
        // and neither directly; the unit settles which.
        let entities = "entities:\n  - { name: Philippines, kind: country }\n  - { name: Calabarzon, kind: region, parent: Philippines }\n  - { name: Rizal, kind: province, parent: Calabarzon }\n  - { name: Cavite, kind: province, parent: Calabarzon }\n  - { name: Laguna, kind: province, parent: Calabarzon }\n  - { name: Rizal, kind: town, parent: Laguna }\n";
        let claims = "source: article\nclaims:\n  - { id: provinces, quote: x, subject: Philippines, metric: m, value: 2, unit: province, members: [Rizal, Cavite] }\n  - { id: towns, quote: x, subject: Philippines, metric: n, value: 1, unit: town, members: [Rizal] }\n  - { id: places, quote: x, subject: Philippines, metric: o, value: 1, unit: place, members: [Rizal] }\n";
        let outcome = check_files(&[("entities/more.yaml", entities), ("claims/c.yaml", claims)]);
        let kinds = |id: &str| -> Vec<Option<crate::model::EntityKind>> {
            let claim = outcome
                .project
                .claims
                .iter()
                .find(|c| c.id.value == id)
                .unwrap();
            claim
                .members()
                .iter()
                .map(|m| m.entity.map(|e| outcome.project.entities.get(e).kind.value))
                .collect()
        };
        use crate::model::EntityKind::{Province, Town};
        assert_eq!(kinds("provinces"), [Some(Province), Some(Province)]);
        assert_eq!(kinds("towns"), [Some(Town)]);
        // A unit that names no kind of place settles nothing: still CC024.
        assert_eq!(kinds("places"), [None]);
        assert_eq!(
            codes(&outcome),
            [Code::AmbiguousEntity],
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_member_none_of_whose_places_lies_within_the_subject_is_the_one_of_the_kind_counted() {
        // Found from outside: the county Narok beside the subject and the town Narok within
        // it left "2 towns of Nakuru: Naivasha and Narok" a CC024 warning, though only the
        // town is a town, and it lies outside Nakuru: CC104.
        let entities = "entities:\n  - { name: Kenya, kind: country }\n  - { name: Nakuru, kind: county, parent: Kenya }\n  - { name: Narok, kind: county, parent: Kenya }\n  - { name: Narok, kind: town, parent: Narok (Kenya) }\n  - { name: Naivasha, kind: town, parent: Nakuru }\n";
        let claims = "source: article\nclaims:\n  - { id: towns, quote: x, subject: Nakuru, metric: m, value: 2, unit: town, members: [Naivasha, Narok] }\n";
        let outcome = check_files(&[
            ("entities/more.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", "rules:\n  - { id: lists, kind: count }\n"),
        ]);
        assert_eq!(
            codes(&outcome),
            [Code::MemberOutsideSubject],
            "{:#?}",
            outcome.diagnostics
        );
        assert!(
            outcome.diagnostics[0].message.contains("Narok"),
            "{:#?}",
            outcome.diagnostics[0]
        );
        // Without a unit, the kind of the other members does as the unit's would: the town
        // Naivasha lists the town Narok.
        let claims = "source: article\nclaims:\n  - { id: towns, quote: x, subject: Nakuru, metric: m, members: [Naivasha, Narok] }\n";
        let outcome = check_files(&[
            ("entities/more.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", "rules:\n  - { id: lists, kind: count }\n"),
        ]);
        assert_eq!(
            codes(&outcome),
            [Code::MemberOutsideSubject],
            "{:#?}",
            outcome.diagnostics
        );
        // Members of two kinds settle nothing: the name stays ambiguous.
        let mixed = format!("{entities}  - {{ name: Gilgil, kind: ward, parent: Nakuru }}\n");
        let claims = "source: article\nclaims:\n  - { id: places, quote: x, subject: Nakuru, metric: m, members: [Naivasha, Gilgil, Narok] }\n";
        let outcome = check_files(&[("entities/more.yaml", &mixed), ("claims/c.yaml", claims)]);
        assert_eq!(
            codes(&outcome),
            [Code::AmbiguousEntity],
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_name_of_an_entity_left_out_for_its_own_errors_is_not_called_unknown() {
        let outcome = check_files(&[
            (
                "entities/more.yaml",
                "entities:\n  - { name: Lanzhou, kind: metropolis, parent: Gansu, aliases: [Gaolan] }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Lanzhou, metric: m, status: cleared }\n  - { id: b, quote: x, subject: Gaolan, metric: m, status: cleared }\n  - { id: c, quote: x, subject: Atlantis, metric: m, status: cleared }\n",
            ),
        ]);
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [
                (Code::InvalidChoice, "`metropolis` is not a valid `kind`"),
                (
                    Code::UnknownEntity,
                    "the subject `Atlantis` names no known entity"
                ),
            ]
        );
        // Nothing was lost without a name: the registry is whole but for `Lanzhou`.
        assert!(outcome.diagnostics[1].notes.is_empty());
        // Nor is an entity's parent that names it.
        let outcome = check_files(&[(
            "entities/more.yaml",
            "entities:\n  - { name: Lanzhou, kind: metropolis, parent: Gansu }\n  - { name: Gaolan County, kind: county, parent: Lanzhou }\n",
        )]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::InvalidChoice]);
    }

    #[test]
    fn an_unknown_name_says_when_part_of_the_registry_did_not_load() {
        let outcome = check_files(&[
            ("entities/more.yaml", "entities:\n  - [Lanzhou, city]\n"),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Lanzhou, metric: m, value: 1 }\n",
            ),
        ]);
        let unknown = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::UnknownEntity)
            .expect("a CC022");
        assert_eq!(
            unknown.notes,
            [
                "part of the registry did not load (its errors are reported in entities/): the \
          name may be in it"
            ]
        );
        assert!(
            unknown
                .help
                .as_deref()
                .unwrap()
                .starts_with("fix the errors in entities/ first; if the name is still unknown, ")
        );
    }

    #[test]
    fn names_resolve_whatever_the_apostrophe_or_the_encoding_of_accents() {
        let outcome = check_files(&[
            (
                "entities/more.yaml",
                "entities:\n  - { name: \"Ra\u{2019}s al Khaymah\", kind: province }\n  - { name: \"Juli\u{e0}\", kind: county, parent: \"Ra's al Khaymah\" }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: q, subject: \"Ra's al Khaymah\", metric: m, members: [\"Julia\u{300}\"] }\n",
            ),
        ]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, []);
        let claim = &outcome.project.claims[0];
        let entities = &outcome.project.entities;
        let subject = claim.subject_entity.expect("the subject resolves");
        assert_eq!(entities.get(subject).name.value, "Ra\u{2019}s al Khaymah");
        let member = claim.members()[0].entity.expect("the member resolves");
        assert_eq!(entities.get(member).parent_entity, Some(subject));
    }

    #[test]
    fn two_spellings_of_one_name_are_one_name_in_the_registry() {
        let outcome = check_files(&[(
            "entities/more.yaml",
            "entities:\n  - { name: \"Ra\u{2019}s al Khaymah\", kind: province }\n  - { name: \"Ra's al Khaymah\", kind: province }\n",
        )]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::DuplicateId]);
    }

    const HOMONYMS: &str = "entities:
  - { name: Ghana, kind: country }
  - { name: Botswana, kind: country }
  - { name: Central, kind: province, parent: Ghana }
  - { name: Central, kind: district, parent: Botswana }
  - { name: Ashanti, kind: province, parent: Ghana }
  - { name: Serowe, kind: village, parent: Central (Botswana) }
";

    fn check_homonyms(claims: &str) -> crate::check::Outcome {
        check_files(&[
            ("entities/more.yaml", HOMONYMS),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{claims}"),
            ),
        ])
    }

    fn entity_named(outcome: &crate::check::Outcome, id: Option<crate::model::EntityId>) -> String {
        let entities = &outcome.project.entities;
        let id = id.expect("the name resolves");
        entities
            .qualified_name(id)
            .unwrap_or_else(|| entities.get(id).name.value.clone())
    }

    #[test]
    fn places_that_share_a_name_under_different_parents_are_valid() {
        let outcome = check_homonyms("");
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        let entities = &outcome.project.entities;
        let serowe = entities.resolve("Serowe").unwrap();
        assert_eq!(
            entities.describe(serowe),
            "`Serowe`, a village within `Central (Botswana)`"
        );
        assert_eq!(
            entity_named(&outcome, entities.get(serowe).parent_entity),
            "Central (Botswana)"
        );
    }

    #[test]
    fn claims_whose_subject_stays_ambiguous_are_not_compared_with_each_other() {
        let outcome = check_files(&[
            ("entities/more.yaml", HOMONYMS),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: q, subject: Central, metric: population, value: 2.9 million, unit: person }\n  - { id: b, quote: q, subject: Central, metric: population, value: 0.7 million, unit: person }\n  - { id: c, quote: q, subject: Central (Ghana), metric: population, value: 2.9 million, unit: person }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: same, kind: agreement }\n",
            ),
        ]);
        let found: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        // One name that could be the same two places: one warning for both uses; the
        // rule, which can then compare no claim with another, says so and names them.
        assert_eq!(found, [Code::AmbiguousEntity, Code::NothingJudged]);
        assert!(outcome.diagnostics[1].notes[0].contains("could be any of several places"));
        assert_eq!(outcome.diagnostics[0].claims, ["a", "b"]);
        assert!(
            outcome.diagnostics[0]
                .notes
                .iter()
                .any(|n| n.starts_with("until it names one entity, the rules compare"))
        );
        // Settled, the claims are compared as ever.
        let a = &outcome.project.claims[0];
        let c = &outcome.project.claims[2];
        assert_ne!(a.subject_key(), c.subject_key());
    }

    #[test]
    fn a_member_resolves_to_the_homonym_within_the_subject() {
        let outcome = check_homonyms(
            "  - { id: a, quote: q, subject: Ghana, metric: m, members: [Central, Ashanti] }\n  - { id: b, quote: q, subject: Botswana, metric: m, members: [Central] }\n  - { id: c, quote: q, subject: Ghana, metric: n, members: [Central] }\n",
        );
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        let claims = &outcome.project.claims;
        // One name in one file, looked up once per subject it is resolved within.
        let resolved: Vec<String> = (0..3)
            .map(|at| entity_named(&outcome, claims[at].members()[0].entity))
            .collect();
        assert_eq!(
            resolved,
            ["Central (Ghana)", "Central (Botswana)", "Central (Ghana)"]
        );
    }

    #[test]
    fn a_subject_resolves_to_the_homonym_its_members_lie_within() {
        let outcome = check_homonyms(
            "  - { id: a, quote: q, subject: Central, metric: m, members: [Serowe] }\n",
        );
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        let claim = &outcome.project.claims[0];
        assert_eq!(
            entity_named(&outcome, claim.subject_entity),
            "Central (Botswana)"
        );
    }

    /// Two Springfields, each with a `Forest Park`; `Mason Square` in Massachusetts's only.
    const SPRINGFIELDS: &str = "entities:
  - { name: Illinois, kind: state }
  - { name: Massachusetts, kind: state }
  - { name: Springfield, kind: city, parent: Illinois }
  - { name: Springfield, kind: city, parent: Massachusetts }
  - { name: Forest Park, kind: ward, parent: Springfield (Illinois) }
  - { name: Forest Park, kind: ward, parent: Springfield (Massachusetts) }
  - { name: Mason Square, kind: ward, parent: Springfield (Massachusetts) }
";

    fn check_springfields(claims: &str) -> crate::check::Outcome {
        check_files(&[
            ("entities/more.yaml", SPRINGFIELDS),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{claims}"),
            ),
        ])
    }

    #[test]
    fn a_subject_resolves_to_the_homonym_that_holds_every_member_though_one_is_shared() {
        let outcome = check_springfields(
            "  - { id: a, quote: q, subject: Springfield, metric: m, members: [Forest Park, Mason Square] }\n  - { id: b, quote: q, subject: Springfield, metric: n, members: [Nowhere Park, Forest Park, Mason Square] }\n",
        );
        // An unknown member settles nothing and blocks nothing.
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [(
                Code::UnknownEntity,
                "the member `Nowhere Park` names no known entity"
            )]
        );
        for claim in outcome.project.claims.iter() {
            assert_eq!(
                entity_named(&outcome, claim.subject_entity),
                "Springfield (Massachusetts)"
            );
            let forest_park = claim
                .members()
                .iter()
                .find(|member| &*member.name.value == "Forest Park")
                .unwrap();
            assert_eq!(
                outcome
                    .project
                    .entities
                    .get(forest_park.entity.expect("the subject settles the member"))
                    .parent_entity,
                claim.subject_entity
            );
        }
    }

    #[test]
    fn the_names_offered_for_a_member_under_a_shared_parent_tell_it_apart_and_resolve() {
        let outcome = check_springfields(
            "  - { id: a, quote: q, subject: Springfield, metric: m, members: [Forest Park] }\n",
        );
        let member = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::AmbiguousEntity && d.message.contains("member"))
            .expect("the member stays ambiguous: both Springfields hold a Forest Park");
        assert_eq!(
            member.notes,
            [
                "it could be `Forest Park`, a ward within `Springfield (Illinois)`",
                "it could be `Forest Park`, a ward within `Springfield (Massachusetts)`",
            ]
        );
        let help = member.help.as_deref().unwrap();
        assert!(
            help.contains(
                "`Forest Park (Springfield (Illinois))` or `Forest Park (Springfield (Massachusetts))`"
            ),
            "{help}"
        );
        // Written as offered, the member resolves, and settles the subject.
        let outcome = check_springfields(
            "  - { id: a, quote: q, subject: Springfield, metric: m, members: [Forest Park (Springfield (Massachusetts))] }\n",
        );
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        let claim = &outcome.project.claims[0];
        assert_eq!(
            entity_named(&outcome, claim.subject_entity),
            "Springfield (Massachusetts)"
        );
        assert_eq!(
            entity_named(&outcome, claim.members()[0].entity),
            "Forest Park (Springfield (Massachusetts))"
        );
    }

    #[test]
    fn a_qualified_name_is_accepted_as_subject_and_member() {
        let outcome = check_homonyms(
            "  - { id: a, quote: q, subject: Central (Ghana), metric: m, value: 1, unit: region }\n  - { id: b, quote: q, subject: Africa, metric: m, members: [\"Central (Botswana)\"] }\n",
        );
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [Code::UnknownEntity],
            "Africa is not in the registry"
        );
        let claims = &outcome.project.claims;
        assert_eq!(
            entity_named(&outcome, claims[0].subject_entity),
            "Central (Ghana)"
        );
        assert_eq!(
            entity_named(&outcome, claims[1].members()[0].entity),
            "Central (Botswana)"
        );
    }

    #[test]
    fn a_name_the_context_does_not_settle_lists_its_candidates() {
        let outcome =
            check_homonyms("  - { id: a, quote: q, subject: Central, metric: m, value: 1 }\n");
        // Besides the value's missing unit (CC011), an input error, which comes first.
        let diagnostic = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::AmbiguousEntity)
            .expect("an ambiguous entity");
        assert_eq!(
            diagnostic.message,
            "the subject `Central` could name 2 entities"
        );
        assert_eq!(
            diagnostic.notes,
            [
                "it could be `Central`, a province within `Ghana`",
                "it could be `Central`, a district within `Botswana`",
                "until it names one entity, the rules compare this claim with no other by its \
             subject"
            ]
        );
        let help = diagnostic.help.as_deref().unwrap();
        assert!(
            help.contains("`Central (Ghana)` or `Central (Botswana)`"),
            "{help}"
        );
        assert_eq!(outcome.project.claims[0].subject_entity, None);
        assert_eq!(
            diagnostic.severity,
            crate::diagnostic::Severity::Warning,
            "like an unknown name"
        );
    }

    #[test]
    fn an_entity_that_is_its_own_parent_is_a_cycle() {
        let outcome = check_files(&[(
            "entities/more.yaml",
            "entities:\n  - { name: Riverton, kind: city, parent: Riverton }\n",
        )]);
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(found, [(Code::ParentCycle, "`Riverton` is its own parent")]);
    }

    #[test]
    fn a_long_cycle_is_named_by_its_ends() {
        let entities: String = std::iter::once("entities:\n".to_string())
            .chain((0..40).map(|n| {
                format!(
                    "  - {{ name: P{n}, kind: town, parent: P{} }}\n",
                    (n + 1) % 40
                )
            }))
            .collect();
        let outcome = check_files(&[("entities/more.yaml", &entities)]);
        let found = crate::testing::codes_and_messages(&outcome);
        assert_eq!(
            found,
            [(
                Code::ParentCycle,
                "`P0` is its own ancestor: P0 -> P1 -> P2 -> P3 -> P4 -> P5 -> P6 -> P7 -> P8 \
             -> … 30 more -> P39 -> P0"
            )]
        );
    }

    #[test]
    fn an_ambiguous_parent_is_reported_and_left_unlinked() {
        let outcome = check_files(&[(
            "entities/more.yaml",
            &format!("{HOMONYMS}  - {{ name: Mampong, kind: town, parent: Central }}\n"),
        )]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::AmbiguousEntity]);
        assert_eq!(
            outcome.diagnostics[0].message,
            "the parent `Central` could name 2 entities"
        );
    }

    #[test]
    fn one_name_twice_under_one_parent_is_a_duplicate() {
        let outcome = check_files(&[(
            "entities/more.yaml",
            &format!(
                "{HOMONYMS}  - {{ name: Central, kind: province, parent: Ghana }}\n  - {{ name: Kumasi, kind: city, parent: Ashanti, aliases: [Ashanti] }}\n"
            ),
        )]);
        let messages: Vec<(&str, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.code.id(), d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [("CC020", "two entities named `Central` lie within `Ghana`")],
            "an alias may repeat a name under another parent"
        );
        assert!(
            outcome.diagnostics[0]
                .help
                .as_deref()
                .is_some_and(|h| !h.contains(" id")),
            "entities have no id to change"
        );
    }

    #[test]
    fn an_alias_writing_its_entity_s_name_with_other_apostrophes_is_no_second_name() {
        let outcome = check_files(&[(
            "entities/uz.yaml",
            "entities:\n  - { name: O'zbekiston, kind: country, aliases: [Oʻzbekiston] }\n",
        )]);
        assert_eq!(outcome.diagnostics.len(), 0, "{:?}", outcome.diagnostics);
    }

    #[test]
    fn a_names_first_entity_wins_and_a_refused_entitys_aliases_are_none_of_its_names() {
        let registry = "entities:
  - { name: Xland, kind: country, aliases: [Xlandia, Xland] }
  - { name: Central, kind: province, parent: Xland, aliases: [Middle] }
  - { name: Central, kind: province, parent: Xland, aliases: [Core] }
  - { name: Core, kind: town, parent: Xland }
  - { name: Middle, kind: town, parent: Xland }
  - { name: Zland, kind: country, aliases: [Xlandia, Zed] }
";
        let outcome = check_files(&[("entities/more.yaml", registry)]);
        let found: Vec<(&str, Vec<&str>)> = outcome
            .diagnostics
            .iter()
            .map(|d| {
                let at = |label: &crate::diagnostic::Label| &registry[label.location.span()];
                (d.message.as_str(), d.labels.iter().map(at).collect())
            })
            .collect();
        assert_eq!(
            found,
            [
                ("`Xland` has the name `Xland` twice", vec!["Xland", "Xland"]),
                // The town's name holds against the alias written before it.
                (
                    "the alias `Middle` of `Central` is the name of another entity within `Xland`",
                    vec!["Middle", "Middle"]
                ),
                (
                    "two entities named `Central` lie within `Xland`",
                    vec!["Central", "Central"]
                ),
                (
                    "the alias `Xlandia` of `Zland` is already a name of `Xland`, under the same parent",
                    vec!["Xlandia", "Xlandia"]
                ),
            ]
        );
        // The labels point at the second use and at the first; for the alias dropped, at
        // the alias and at the name that holds against it, written after it.
        let central = &outcome.diagnostics[2].labels;
        assert!(central[0].location.span().start > central[1].location.span().start);
        let middle = &outcome.diagnostics[1].labels;
        assert!(middle[0].location.span().start < middle[1].location.span().start);
        let entities = &outcome.project.entities;
        // After the test project's own registry.
        let names: Vec<&str> = entities
            .names()
            .skip_while(|&name| name != "Xland")
            .collect();
        assert_eq!(
            names,
            [
                "Xland", "Xlandia", "Central", "Core", "Middle", "Zland", "Zed"
            ]
        );
        let core = entities
            .resolve("Core")
            .expect("only the town is named Core");
        assert_eq!(entities.describe(core), "`Core`, a town within `Xland`");
        assert_eq!(entities.resolve("Zed"), entities.resolve("Zland"));
        let middle = entities
            .resolve("Middle")
            .expect("only the town is named Middle");
        assert_eq!(entities.describe(middle), "`Middle`, a town within `Xland`");
    }

    #[test]
    fn an_alias_that_is_another_entity_s_name_is_dropped_whichever_comes_first() {
        // Found from outside: the alias `Coburg` of the Landkreis, written first, refused
        // the city `Coburg` of the same state, and was reported as a second entity of the
        // name; written after the city, it was the alias that was dropped.
        let registry = |first: &str, second: &str| {
            format!("entities:\n  - {{ name: Bayern, kind: state }}\n{first}{second}")
        };
        let district =
            "  - { name: Landkreis Coburg, kind: county, parent: Bayern, aliases: [Coburg] }\n";
        let city = "  - { name: Coburg, kind: city, parent: Bayern }\n";
        for text in [registry(district, city), registry(city, district)] {
            let outcome = check_files(&[("entities/more.yaml", &text)]);
            let found: Vec<(&str, &str, Vec<&str>)> = outcome
                .diagnostics
                .iter()
                .map(|d| {
                    let at = |label: &crate::diagnostic::Label| &text[label.location.span()];
                    (
                        d.code.id(),
                        d.message.as_str(),
                        d.labels.iter().map(at).collect(),
                    )
                })
                .collect();
            assert_eq!(
                found,
                [(
                    "CC020",
                    "the alias `Coburg` of `Landkreis Coburg` is the name of another entity within `Bayern`",
                    vec!["Coburg", "Coburg"]
                )],
                "{text}"
            );
            assert!(
                outcome.diagnostics[0].help.as_deref().is_some_and(
                    |help| help.contains("remove the alias `Coburg` from `Landkreis Coburg`")
                ),
                "{text}"
            );
            let entities = &outcome.project.entities;
            let bayern = entities.resolve("Bayern").unwrap();
            let coburg = match entities.resolve_in("Coburg", &[bayern]) {
                crate::model::Resolution::Entity(id) => id,
                other => panic!("{other:?}"),
            };
            assert_eq!(
                entities.describe(coburg),
                "`Coburg`, a city within `Bayern`"
            );
            assert!(entities.resolve("Landkreis Coburg").is_some());
        }
        // Under different parents, an alias may be another place's name: no finding.
        let apart = "entities:\n  - { name: Bayern, kind: state }\n  - { name: Victoria, kind: state }\n  - { name: Landkreis Coburg, kind: county, parent: Bayern, aliases: [Coburg] }\n  - { name: Coburg, kind: town, parent: Victoria }\n";
        let outcome = check_files(&[("entities/more.yaml", apart)]);
        assert_eq!(outcome.diagnostics.len(), 0, "{:?}", outcome.diagnostics);
    }

    #[test]
    fn a_qualified_parent_resolves_among_hundreds_of_homonyms() {
        let mut registry = String::from("entities:\n");
        for i in 0..300 {
            registry.push_str(&format!(
                "  - {{ name: P{i}, kind: province }}\n  - {{ name: Central, kind: district, parent: P{i} }}\n"
            ));
        }
        registry.push_str("  - { name: Serowe, kind: village, parent: Central (P7) }\n");
        let outcome = check_files(&[("entities/more.yaml", &registry)]);
        assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
        let entities = &outcome.project.entities;
        let serowe = entities.resolve("Serowe").unwrap();
        assert_eq!(
            entities.describe(serowe),
            "`Serowe`, a village within `Central (P7)`"
        );
        let parent = entities.get(serowe).parent_entity.unwrap();
        assert_eq!(
            entities.qualified_name(parent).as_deref(),
            Some("Central (P7)")
        );
    }
}
