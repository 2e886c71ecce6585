//! A corpus of real-world text claimcheck was not tuned on: three long articles with
//! transliterated Armenian, Georgian and Vietnamese names, places that share a name
//! (ten districts named Châu Thành, the province and the town of Ararat, Georgia the country
//! and the US state), articles stored decomposed (NFD) with curly apostrophes, and claims
//! typed composed (NFC) with straight ones. `tests/corpora/homonyms-and-unicode/README.md`
//! lists the four planted findings; the run must report exactly those, in any Unicode form.

mod common;

use std::path::Path;

use claimcheck::model::{EntityId, Project};
use unicode_normalization::{UnicodeNormalization, is_nfc, is_nfd};

const CORPUS: &str = "tests/corpora/homonyms-and-unicode";

/// The planted findings, as (code, message), in report order.
const PLANTED: [(&str, &str); 4] = [
    (
        "CC201",
        "the quote of claim `ararat-schools-in-town` is not in the text of source `armenia-schools`",
    ),
    (
        "CC101",
        "claim `georgia-regions-2024` states six but lists 5 members",
    ),
    (
        "CC141",
        "`tra-vinh-chau-thanh-rice-again` states 450 hectares where `tra-vinh-chau-thanh-rice` states 540 hectares for the same quantity",
    ),
    ("CC024", "the subject `Châu Thành` could name 10 entities"),
];

/// The codes and messages of `check --format json` in `dir`, and the exit code.
fn findings(dir: &Path) -> (Vec<(String, String)>, i32) {
    let (text, code) = common::run(dir, &["check", ".", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            // Messages quote names as written, in the form the claims were typed in.
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().nfc().collect(),
            )
        })
        .collect();
    (found, code)
}

fn planted() -> Vec<(String, String)> {
    PLANTED
        .iter()
        .map(|(code, message)| (code.to_string(), message.to_string()))
        .collect()
}

/// Rewrites every file with the extension `ext` under `dir` into the Unicode form `nfd`.
fn convert(dir: &Path, ext: &str, nfd: bool) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            convert(&path, ext, nfd);
        } else if path.extension().is_some_and(|e| e == ext) {
            let text = std::fs::read_to_string(&path).unwrap();
            let converted: String = if nfd {
                text.nfd().collect()
            } else {
                text.nfc().collect()
            };
            std::fs::write(&path, converted).unwrap();
        }
    }
}

#[test]
fn the_corpus_is_written_in_the_forms_it_tests() {
    let root = common::root().join(CORPUS);
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    for article in ["sources/armenia.txt", "sources/mekong.txt"] {
        let text = read(article);
        assert!(is_nfd(&text) && !is_nfc(&text), "{article} is decomposed");
        assert!(text.contains('’'), "{article} has curly apostrophes");
    }
    assert!(is_nfc(&read("sources/georgia.txt")));
    // The Armenian and Vietnamese claims have accented letters to compose.
    assert!(!is_nfd(&read("claims/armenia.yaml")) && !is_nfd(&read("claims/mekong.yaml")));
    assert!(
        !is_nfc(&read("entities/vietnam.yaml")),
        "the Vietnamese registry is decomposed"
    );
    for claims in [
        "claims/armenia.yaml",
        "claims/georgia.yaml",
        "claims/mekong.yaml",
    ] {
        let text = read(claims);
        assert!(is_nfc(&text), "{claims} is composed");
        assert!(!text.contains('’'), "{claims} has straight apostrophes");
    }
    let words: usize = ["armenia", "georgia", "mekong"]
        .iter()
        .map(|name| {
            read(&format!("sources/{name}.txt"))
                .split_whitespace()
                .count()
        })
        .sum();
    assert!(words > 2_000, "three long articles, {words} words");
}

#[test]
fn the_corpus_reports_exactly_the_planted_findings() {
    let (found, code) = findings(&common::root().join(CORPUS));
    assert_eq!(found, planted());
    assert_eq!(code, 1, "findings, never a crash or an input error");
}

#[test]
fn the_findings_do_not_depend_on_the_unicode_form_of_either_side() {
    // The reverse of the shipped forms: articles composed, claims and registry decomposed.
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::root().join(CORPUS), dir.path());
    convert(dir.path(), "txt", false);
    convert(dir.path(), "yaml", true);
    let (found, code) = findings(dir.path());
    assert_eq!(found, planted());
    assert_eq!(code, 1);
}

#[test]
fn the_human_report_of_the_corpus_renders() {
    let (text, code) = common::run(&common::root().join(CORPUS), &["check", "."]);
    assert_eq!(code, 1);
    assert!(
        text.contains("the article has `3` where the quote has `4`"),
        "{text}"
    );
    assert!(text.contains("3 errors, 1 warning"), "{text}");
}

/// The entity a claim's subject or member resolved to, by its qualified name (composed:
/// the Vietnamese registry is written decomposed).
fn resolved(project: &Project, id: Option<EntityId>) -> String {
    let id = id.expect("the name resolves");
    let entities = &project.entities;
    let name = entities
        .qualified_name(id)
        .unwrap_or_else(|| entities.get(id).name.value.clone());
    name.nfc().collect()
}

#[test]
fn homonyms_resolve_to_the_places_the_articles_mean() {
    let outcome = claimcheck::check::check(
        &common::root().join(CORPUS),
        &claimcheck::check::Options::default(),
    );
    let project = &outcome.project;
    let claim = |id: &str| project.claim(project.claim_by_id(id).unwrap());
    let member = |id: &str, name: &str| {
        let claim = claim(id);
        let member = claim
            .members()
            .iter()
            .find(|m| &*m.name.value == name)
            .unwrap();
        resolved(project, member.entity)
    };
    // Context: the subject's members, and the members' subject.
    assert_eq!(
        resolved(project, claim("ararat-towns").subject_entity),
        "Ararat (Armenia)"
    );
    assert_eq!(member("ararat-towns", "Ararat"), "Ararat (Ararat)");
    assert_eq!(
        resolved(project, claim("georgia-regions-2024").subject_entity),
        "Georgia"
    );
    assert_eq!(
        project
            .entities
            .get(claim("georgia-regions-2024").subject_entity.unwrap())
            .kind
            .value,
        claimcheck::model::EntityKind::Country
    );
    assert_eq!(
        member("tien-giang-seed-districts", "Châu Thành"),
        "Châu Thành (Tiền Giang)"
    );
    // Qualified names and aliases.
    assert_eq!(
        resolved(project, claim("us-georgia-counties").subject_entity),
        "Georgia (United States)"
    );
    assert_eq!(
        resolved(project, claim("tra-vinh-chau-thanh-rice").subject_entity),
        "Châu Thành (Trà Vinh)"
    );
    assert_eq!(
        resolved(project, claim("georgia-clinics-total-2023").subject_entity),
        resolved(project, claim("georgia-clinics-total-2024").subject_entity),
        "Sakartvelo and Georgia (country) are one entity"
    );
    // Straight apostrophes and composed letters against a curly or decomposed registry.
    assert_eq!(
        resolved(project, claim("kutaisi-clinics").subject_entity),
        "K’ut’aisi (Imereti)"
    );
    assert_eq!(
        resolved(project, claim("gegharkunik-schools").subject_entity),
        "Geġark’unik’ (Armenia)"
    );
    assert_eq!(member("highland-schools-2025", "Širak"), "Širak (Armenia)");
    // The one ambiguous subject stays unresolved.
    assert_eq!(claim("soc-trang-chau-thanh-rice").subject_entity, None);
    // Every quote but the planted one was found, and its passage is whole letters of the
    // decomposed article.
    let missing: Vec<&str> = project
        .claims
        .iter()
        .filter(|c| c.passage.is_none())
        .map(|c| c.id.value.as_str())
        .collect();
    assert_eq!(missing, ["ararat-schools-in-town"]);
    let passage = claim("gegharkunik-schools").passage.unwrap();
    let said = &project.files.text(passage.file)[passage.span()];
    assert_eq!(
        said.nfc().collect::<String>(),
        "In Geġark’unik’, on the shores of Lake Sevan, 19 schools received new roofs and heating"
    );
}
