//! Reading `entities/*.yaml`: the registry of named places, people and organisations.

use super::Document;
use super::fields::Reader;
use crate::diagnostic::Diagnostics;
use crate::model::{EntityKind, Located};

const FIELDS: &[&str] = &["name", "kind", "parent", "aliases"];

/// An entity as written, before names are checked for duplicates and parents resolved.
pub struct RawEntity {
    pub name: Located<String>,
    pub kind: Located<EntityKind>,
    pub parent: Option<Located<String>>,
    pub aliases: Vec<Located<String>>,
}

pub fn read(document: &Document, diagnostics: &mut Diagnostics) -> Vec<RawEntity> {
    let mut reader = Reader {
        file: document.file,
        diagnostics,
    };
    let Some(top) = reader.record(&document.root, "entities file", &["entities"]) else {
        return Vec::new();
    };
    let Some(list) = top.get("entities") else {
        reader.missing(
            &top,
            "entities",
            "list the entities under a top-level `entities:` key",
        );
        return Vec::new();
    };
    let kinds: Vec<(&str, EntityKind)> = EntityKind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
    let mut out = Vec::new();
    for node in reader.list(list, "entities") {
        let Some(record) = reader.record(node, "entity", FIELDS) else {
            continue;
        };
        let name = reader.required_text(
            &record,
            "name",
            "add the entity's canonical name as `name:`",
        );
        let kind = if record.get("kind").is_none() {
            reader.missing(
                &record,
                "kind",
                "add `kind:` (country, province, autonomous-region, municipality, prefecture, city, county, district, township, town, village, person or organization)",
            );
            None
        } else {
            reader.choice(&record, "kind", &kinds)
        };
        let parent = reader.text(&record, "parent");
        let aliases = reader
            .text_list(&record, "aliases")
            .map(|(_, aliases)| aliases)
            .unwrap_or_default();
        if let (Some(name), Some(kind)) = (name, kind) {
            out.push(RawEntity {
                name,
                kind,
                parent,
                aliases,
            });
        }
    }
    out
}
