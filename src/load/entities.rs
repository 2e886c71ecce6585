//! Reading `entities/*.yaml`: the registry of named places, people and organisations.

use crate::diagnostic::{Diagnostics, Located};
use crate::model::EntityKind;
use crate::syntax::Document;
use crate::syntax::fields::Reader;
use crate::syntax::spec::{Field, Shape};

/// The top level of an entities file.
pub const ENTITIES_FILE: &[Field] = &[Field::required(
    "entities",
    Shape::Records(ENTITY),
    "The places, people and organisations the claims name.",
)];

/// The words of an entity's `kind:`.
const KIND_NAMES: [&str; EntityKind::ALL.len()] = {
    let mut names = [""; EntityKind::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = EntityKind::ALL[i].as_str();
        i += 1;
    }
    names
};

/// The fields of an entity.
pub const ENTITY: &[Field] = &[
    Field::required(
        "name",
        Shape::Text,
        "The entity's canonical name, e.g. `Du'an County`: unique among the entities of one \
         parent (places in different parents may share a name).",
    ),
    Field::required(
        "kind",
        Shape::Choice(&KIND_NAMES),
        "What sort of entity it is. Units that name kinds of place count them: `province` \
         counts provinces, autonomous regions and municipalities; `county` counts counties and \
         districts.",
    ),
    Field::optional(
        "parent",
        Shape::Text,
        "The entity it lies within: another entity's name, e.g. `Guangxi`; a name several \
         entities share is qualified by a place one of them lies within, e.g. `Central (Ghana)`.",
    ),
    Field::optional(
        "aliases",
        Shape::TextList,
        "Other spellings of the same entity, e.g. [Du'an, Duan].",
    ),
];

/// An entity as written, before names are checked for duplicates and parents resolved.
pub struct RawEntity {
    pub name: Located<String>,
    pub kind: Located<EntityKind>,
    pub parent: Option<Located<String>>,
    pub aliases: Vec<Located<String>>,
}

/// The entities of a file that read, and the names and aliases of those written but left
/// out for their own errors.
pub fn read(document: &Document, diagnostics: &mut Diagnostics) -> Read {
    let mut reader = Reader {
        file: document.file,
        diagnostics,
    };
    let Some(top) = reader.record(&document.root, "entities file", ENTITIES_FILE) else {
        return Read::lost();
    };
    let Some(list) = top.get("entities") else {
        reader.missing(
            &top,
            "entities",
            "list the entities under a top-level `entities:` key",
        );
        return Read::lost();
    };
    let kinds: Vec<(&str, EntityKind)> = EntityKind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
    let mut read = Read::default();
    for node in reader.list(list, "entities") {
        let Some(record) = reader.record(node, "entity", ENTITY) else {
            read.lost = true;
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
                &format!("add `kind:`, one of: {}", KIND_NAMES.join(", ")),
            );
            None
        } else {
            reader.choice(&record, "kind", &kinds)
        };
        let parent = reader.named_text(
            &record,
            "parent",
            "name the entity this one lies within, or leave `parent:` out",
        );
        // A blank parent or alias is reported and left out; the entity stays, so that
        // the claims naming it are not also told it does not exist.
        let aliases = reader
            .text_list(&record, "aliases")
            .map(|(_, aliases)| aliases)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|alias| {
                reader.not_blank(
                    alias,
                    || "a name in `aliases`",
                    "write each alias, or delete the empty entry",
                )
            })
            .collect();
        match (name, kind) {
            (Some(name), Some(kind)) => read.entities.push(RawEntity {
                name,
                kind,
                parent,
                aliases,
            }),
            (Some(name), None) => read
                .not_loaded
                .extend(std::iter::once(name).chain(aliases).map(|n| n.value)),
            (None, _) => read.lost = true,
        }
    }
    read
}

/// What one entities file holds.
#[derive(Default)]
pub struct Read {
    pub entities: Vec<RawEntity>,
    /// The names and aliases of the entities left out for their own errors.
    pub not_loaded: Vec<String>,
    /// Whether entities were lost without a name to know them by: the file's top level, or
    /// an entity's name or shape, does not read.
    pub lost: bool,
}

impl Read {
    fn lost() -> Read {
        Read {
            lost: true,
            ..Read::default()
        }
    }
}
