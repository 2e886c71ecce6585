//! Linking raw records into a project: ids must be unique, claims must cite sources that
//! exist, names should resolve to entities, and article texts must be readable files
//! inside the project.

use std::fmt::Display;
use std::path::{Component, Path};

use hashbrown::HashTable;
use rayon::prelude::*;
use serde::Serialize;

use super::Limits;
use super::claims::RawClaim;
use super::entities::RawEntity;
use super::sources::RawSource;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::{FileId, Files, Fingerprint, display_name};
use crate::hashing::{HashMap, HashSet, Memo};
use crate::intern::Name;
use crate::model::{
    Claim, ClaimId, ClaimIds, Claims, Entities, Entity, EntityId, EntityKind, LeftOut, Member,
    MemberList, NameIndex, NameShard, Named, Project, Rejected, Resolution, Source, SourceId,
    WhyRejected, name_key,
};
use crate::sharding::{ByShard, Grouped, concat_on_pool};
use crate::suggest::SuggestionIndex;
use crate::syntax::{ReadProblem, read_text_inside, utf16_encoding};

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

fn link_sources(
    root: &Path,
    project: &mut Project,
    raw_sources: Vec<RawSource>,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) {
    // Duplicates first, in order; then the article texts are read on rayon's pool; then
    // each is registered in source order, so file ids do not depend on thread timing.
    let mut seen: HashMap<String, Location> = HashMap::default();
    let mut kept = Vec::with_capacity(raw_sources.len());
    for raw in raw_sources {
        if let Some(first) = seen.get(&raw.id.value) {
            diagnostics.push(duplicate("source", &raw.id.value, first, &raw.id.at));
            continue;
        }
        seen.insert(raw.id.value.clone(), raw.id.at);
        kept.push(raw);
    }
    let listings = TextListings::default();
    let texts: Vec<(Option<SourceText>, Diagnostics)> = kept
        .par_iter()
        .map(|raw| {
            let mut found = Diagnostics::default();
            let text = read_source_text(root, raw, limits, &listings, &mut found);
            (text, found)
        })
        .collect();
    for (raw, (text, found)) in kept.into_iter().zip(texts) {
        diagnostics.extend(found.into_vec());
        let text = text.map(|(name, path, fingerprint)| {
            let file = project.files.add(name, path, "");
            project.files.read_again_when_shown(file, fingerprint);
            file
        });
        if let (Some(file), Some(url)) = (text, &raw.url) {
            project.files.set_url(file, url.value.clone());
        }
        let id = SourceId(project.sources.len() as u32);
        project.sources_by_id.insert(raw.id.value.clone(), id);
        project.sources.push(Source {
            entry: raw.entry,
            id: raw.id,
            title: raw.title,
            publisher: raw.publisher,
            published: raw.published,
            place: raw.place,
            url: raw.url,
            text_path: raw.text_path,
            text,
            decimal_mark: raw.decimal_mark,
            language: raw.language,
            note: raw.note,
        });
    }
}

/// The article texts (`.txt` files) of each folder a missing text was looked for in,
/// listed once and indexed for "did you mean", however many texts of the folder are
/// missing.
#[derive(Default)]
struct TextListings {
    by_folder: std::sync::Mutex<HashMap<std::path::PathBuf, std::sync::Arc<TextListing>>>,
}

struct TextListing {
    names: Vec<String>,
    index: SuggestionIndex,
}

impl TextListings {
    /// The `.txt` file of `folder` whose name is closest to `wanted`, if one is close.
    fn closest(&self, folder: &Path, wanted: &str) -> Option<String> {
        let listing = {
            let mut by_folder = self
                .by_folder
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            by_folder
                .entry(folder.to_path_buf())
                .or_insert_with(|| {
                    let mut names: Vec<String> = std::fs::read_dir(folder)
                        .map(|entries| {
                            entries
                                .flatten()
                                .filter_map(|e| e.file_name().into_string().ok())
                                .filter(|name| name.ends_with(".txt"))
                                .collect()
                        })
                        .unwrap_or_default();
                    // In one order whatever order the folder lists them in.
                    names.sort_unstable();
                    let index = SuggestionIndex::new(names.iter().map(String::as_str));
                    std::sync::Arc::new(TextListing { names, index })
                })
                .clone()
        };
        let position = listing.index.closest_position(wanted)?;
        listing.names.get(position as usize).cloned()
    }
}

/// An article text as read: its display name, path and fingerprint. The text itself is
/// let go and read again by the citation checks, one article at a time, and by the reports
/// that show it.
type SourceText = (String, std::path::PathBuf, Fingerprint);

fn read_source_text(
    root: &Path,
    raw: &RawSource,
    limits: &Limits,
    listings: &TextListings,
    diagnostics: &mut Diagnostics,
) -> Option<SourceText> {
    let written = raw.text_path.as_ref()?;
    let relative = Path::new(&written.value);
    let escapes = relative.is_absolute()
        || relative
            .components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
        || climbs_out(root, &raw.folder, relative);
    if escapes {
        diagnostics.push(outside_root(written));
        return None;
    }
    let path = raw.folder.join(relative);
    match read_text_inside(root, &path, limits.max_file_bytes) {
        Ok(text) => match utf16_encoding(text.as_bytes()) {
            // Valid UTF-8 that is UTF-16 without its byte-order mark: letters between NULs.
            Some(encoding) => {
                let why = format!(
                    "is {encoding} without a byte-order mark, not UTF-8: every other byte is NUL"
                );
                diagnostics.push(not_utf8(raw, written, &why, Some(encoding)));
                None
            }
            // An article of no words is one not pasted yet: one finding here, where each
            // claim citing it would be told its quote is not in the article.
            None if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::SourceTextMissing,
                        format!(
                            "the text of source `{}` is empty: `{}` holds no text",
                            raw.id.value, written.value
                        ),
                        written.at,
                        match text.trim_start_matches('\u{feff}') {
                            "" if text.is_empty() => "an empty file",
                            "" => "a byte-order mark only",
                            _ => "a file of white space only",
                        },
                    )
                    .with_help(
                        "put the article's text in that file: its claims' quotes are checked \
                         against it, and are not checked until it holds the text",
                    ),
                );
                None
            }
            None => Some((
                display_name(root, &path),
                path,
                Fingerprint::of(text.as_bytes()),
            )),
        },
        Err(ReadProblem::OutsideRoot) => {
            diagnostics.push(outside_root(written));
            None
        }
        Err(ReadProblem::Missing) => {
            let help = match listings.closest(&raw.folder, &written.value) {
                Some(name) => format!("did you mean `{name}`?"),
                None => "put the article's text in that file, or correct the path (it is relative to this YAML file)".to_string(),
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextMissing,
                    format!(
                        "the text of source `{}` is missing: no file `{}`",
                        raw.id.value, written.value
                    ),
                    written.at,
                    "no such file",
                )
                .with_help(help),
            );
            None
        }
        Err(ReadProblem::NotUtf8 {
            valid_up_to,
            lossy,
            utf16,
            ..
        }) => {
            let why = match utf16 {
                Some(encoding) => format!("is {encoding}, not UTF-8"),
                None => {
                    // Where the bad byte is, as an editor shows it: the text before it is
                    // valid, so its lines and characters can be counted.
                    let before = &lossy[..valid_up_to.min(lossy.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    format!(
                        "is not UTF-8 (the first invalid byte is at line {line}, column {column}, \
                         byte offset {valid_up_to})"
                    )
                }
            };
            diagnostics.push(not_utf8(raw, written, &why, utf16));
            None
        }
        Err(ReadProblem::TooLarge { bytes, limit }) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::InputLimit,
                    format!(
                        "the text of source `{}` is {bytes} bytes, more than the limit of {limit}",
                        raw.id.value
                    ),
                    written.at,
                    "this file is too large",
                )
                .with_help("keep only the article's text in the file"),
            );
            None
        }
        Err(ReadProblem::Io { error, failure }) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextMissing,
                    format!(
                        "the text of source `{}` could not be read: {error}",
                        raw.id.value
                    ),
                    written.at,
                    "unreadable",
                )
                .with_help(failure.help()),
            );
            None
        }
    }
}

/// The CC032 error of a source whose text `why` (after "the text of source `x`"); `utf16`
/// the UTF-16 encoding it is in, if known, for the help's conversion.
fn not_utf8(
    raw: &RawSource,
    written: &Located<String>,
    why: &str,
    utf16: Option<&str>,
) -> Diagnostic {
    let help = match utf16 {
        Some(encoding) => {
            format!("convert the article to UTF-8 plain text, e.g. `iconv -f {encoding} -t UTF-8`")
        }
        None => "convert the article to UTF-8 plain text from the encoding it was saved in, e.g. \
                 `iconv -f GB18030 -t UTF-8` for Chinese or `iconv -f WINDOWS-1252 -t UTF-8` for \
                 Western European text"
            .to_string(),
    };
    Diagnostic::new(
        Code::SourceTextNotUtf8,
        format!("the text of source `{}` {why}", raw.id.value),
        written.at,
        "this file is not UTF-8 text",
    )
    .with_help(help)
}

/// Whether `relative`, taken from `folder`, climbs above `root` at any point.
fn climbs_out(root: &Path, folder: &Path, relative: &Path) -> bool {
    let mut depth = folder
        .strip_prefix(root)
        .map(|inside| inside.components().count() as isize)
        .unwrap_or(0);
    for component in relative.components() {
        match component {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

fn outside_root(written: &Located<String>) -> Diagnostic {
    Diagnostic::new(
        Code::SourceTextOutsideRoot,
        format!("the source text `{}` lies outside the project", written.value),
        written.at,
        "this path leaves the project folder",
    )
    .with_help("claimcheck reads only inside the project: copy the article into `sources/` and name it relative to the YAML file")
}

/// A raw entity with the [`name_key`]s of its name and aliases (in that order), the hash
/// of each in the registry's name index, and its parent's key.
struct Keyed {
    raw: RawEntity,
    keys: Vec<String>,
    hashes: Vec<u64>,
    parent: Option<String>,
}

impl Keyed {
    /// The name (0) or alias (1 on) written at `slot`.
    fn written(&self, slot: u32) -> &Located<String> {
        match slot.checked_sub(1) {
            None => &self.raw.name,
            Some(alias) => &self.raw.aliases[alias as usize],
        }
    }
}

/// One name or alias of a raw entity: the entity's place in file order, and which of its
/// names it is (0 for its name, then its aliases in order).
type Slot = (u32, u32);

/// One name's entries in a shard, in file order: its first, and any after, which few names
/// have.
struct Entries<'a> {
    key: &'a str,
    hash: u64,
    first: Slot,
    more: Vec<Slot>,
}

impl Entries<'_> {
    fn iter(&self) -> impl Iterator<Item = Slot> + '_ {
        std::iter::once(self.first).chain(self.more.iter().copied())
    }
}

/// One shard's names, each with its entries.
type ShardNames<'a> = HashTable<Entries<'a>>;

/// One shard of the registry's name index, and the clashes found in it, each at the place
/// of the name it is about.
type ShardIndex = (NameShard, Vec<(Slot, Diagnostic)>);

/// Builds the entity registry. Under one parent (or none) a name means one entity: a name's
/// first entity wins, a later entity of that name is refused, and an alias that is already a
/// name is dropped; places may share a name under different parents (see `model::resolve`).
///
/// The registry's name index is sharded as the claim ids are: a name's entries (under every
/// parent) all fall in one shard, by the hash of its key, and each shard takes them in file
/// order, on rayon's pool. One thing crosses shards: a refused entity's aliases are none of
/// its names, so they do not make a later name a duplicate. Which entities are refused is
/// therefore settled first, in file order, among the few that share a name and a parent
/// with another; the shards then find every clash and build their index, and the findings
/// are merged by place, in the order a sequential run gives them.
fn link_entities(
    project: &mut Project,
    raw_entities: Vec<Vec<RawEntity>>,
    not_loaded: crate::model::NotLoaded,
    suggest: bool,
    diagnostics: &mut Diagnostics,
) {
    let mut entities = Entities::default();
    // Known before parents are linked: a parent may name an entity that did not load.
    entities.set_not_loaded(not_loaded);
    if !suggest {
        entities.leave_out_suggestions();
    }
    let raw_entities = concat_on_pool(raw_entities, || RawEntity {
        name: Located::new(String::new(), Location::new(FileId(0), 0..0)),
        kind: Located::new(EntityKind::Country, Location::new(FileId(0), 0..0)),
        parent: None,
        aliases: Vec::new(),
    });
    let count = u32::try_from(raw_entities.len()).expect("fewer than 4 billion entities");
    // The keys of every name, alias and parent (each a normalization), on rayon's pool.
    let keyed: Vec<Keyed> = raw_entities
        .into_par_iter()
        .map(|raw| {
            let keys: Vec<String> = std::iter::once(&raw.name)
                .chain(&raw.aliases)
                .map(|name| name_key(&name.value))
                .collect();
            let hashes = keys.iter().map(|key| entities.name_hash(key)).collect();
            let parent = raw.parent.as_ref().map(|p| name_key(&p.value));
            Keyed {
                raw,
                keys,
                hashes,
                parent,
            }
        })
        .collect();
    // Each shard's names, each with its entries in file order; and the entities that share
    // a name and a parent with another entity.
    let grouped: Grouped<Slot> = Grouped::new(&keyed, Entities::SHARDS, |entity, keyed| {
        (0..)
            .zip(&keyed.hashes)
            .map(move |(slot, &hash)| (NameIndex::shard(hash), (entity, slot)))
    });
    let (shards, contested): (Vec<ShardNames>, Vec<Vec<u32>>) = (0..NameIndex::SHARDS)
        .into_par_iter()
        .map(|shard| {
            // Sized for the shard's entries, which are at least its names: never grown.
            let mut names: ShardNames = HashTable::with_capacity(grouped.shard(shard).count());
            for &(entity, slot) in grouped.shard(shard) {
                let of = &keyed[entity as usize];
                let (key, hash) = (of.keys[slot as usize].as_str(), of.hashes[slot as usize]);
                match names.find_mut(hash, |entries| entries.key == key) {
                    Some(entries) => entries.more.push((entity, slot)),
                    None => {
                        let entries = Entries {
                            key,
                            hash,
                            first: (entity, slot),
                            more: Vec::new(),
                        };
                        names.insert_unique(hash, entries, |entries| entries.hash);
                    }
                }
            }
            let contested = names
                .iter()
                .flat_map(|entries| contested_entities(entries, &keyed))
                .collect();
            (names, contested)
        })
        .unzip();
    drop(grouped);
    let kept = kept_entities(&keyed, contested.into_iter().flatten().collect());
    // Each kept entity's id: its place among the kept.
    let ids: Vec<EntityId> = kept
        .iter()
        .scan(0u32, |next, &kept| {
            let id = EntityId(*next);
            *next += u32::from(kept);
            Some(id)
        })
        .collect();
    let built: Vec<ShardIndex> = shards
        .into_par_iter()
        .map(|names| {
            let index = entities.new_name_shard(names.len());
            index_names(names, index, &keyed, &kept, &ids)
        })
        .collect();
    let mut by_name = Vec::with_capacity(built.len());
    let mut found = Vec::new();
    for (index, clashes) in built {
        by_name.push(index);
        found.extend(clashes);
    }
    found.sort_unstable_by_key(|&(slot, _)| slot);
    // The aliases dropped, in order, to leave out of their entities.
    let dropped: Vec<Slot> = found
        .iter()
        .map(|&(slot, _)| slot)
        .filter(|&(_, slot)| slot > 0)
        .collect();
    diagnostics.extend(found.into_iter().map(|(_, diagnostic)| diagnostic));
    let entity = |entity: u32, keyed: Keyed| {
        let raw = keyed.raw;
        let from = dropped.partition_point(|&(of, _)| of < entity);
        let aliases = if dropped.get(from).is_some_and(|&(of, _)| of == entity) {
            (1..)
                .zip(raw.aliases)
                .filter(|&(slot, _)| dropped.binary_search(&(entity, slot)).is_err())
                .map(|(_, alias)| alias)
                .collect()
        } else {
            raw.aliases
        };
        Entity {
            name: raw.name,
            kind: raw.kind,
            parent: raw.parent,
            parent_entity: None,
            aliases,
        }
    };
    // Every entity kept is the usual case: then the entities are built in place.
    let items: Vec<Entity> = if kept.iter().all(|&kept| kept) {
        (0..count)
            .into_par_iter()
            .zip(keyed)
            .map(|(index, keyed)| entity(index, keyed))
            .collect()
    } else {
        (0..count)
            .into_par_iter()
            .zip(keyed)
            .filter(|&(index, _)| kept[index as usize])
            .map(|(index, keyed)| entity(index, keyed))
            .collect()
    };
    entities.set_registry(items, by_name);
    link_parents(&mut entities, diagnostics);
    break_parent_cycles(&mut entities, diagnostics);
    entities.index_parents();
    entities.index_nesting();
    project.entities = entities;
}

/// Of one name's entries (in file order, under any parent), the entities that share the
/// name and a parent with another entity: only these can be refused, or make another be.
fn contested_entities(entries: &Entries, keyed: &[Keyed]) -> Vec<u32> {
    let mut contested = Vec::new();
    let (first, _) = entries.first;
    if entries.more.iter().all(|&(entity, _)| entity == first) {
        return contested;
    }
    let mut by_parent: HashMap<Option<&str>, u32> = HashMap::default();
    for (entity, _) in entries.iter() {
        let parent = keyed[entity as usize].parent.as_deref();
        match by_parent.get(&parent) {
            Some(&other) if other != entity => contested.extend([other, entity]),
            Some(_) => {}
            None => {
                by_parent.insert(parent, entity);
            }
        }
    }
    contested
}

/// Which entities are kept: all but those whose name, under their parent, is already a name
/// or alias of an entity kept before them. Only the `contested` entities (see
/// [`contested_entities`]) can be refused or refuse another, so only they are taken in order.
fn kept_entities(keyed: &[Keyed], mut contested: Vec<u32>) -> Vec<bool> {
    let mut kept = vec![true; keyed.len()];
    contested.sort_unstable();
    contested.dedup();
    let mut named: HashSet<(&str, Option<&str>)> = HashSet::default();
    for entity in contested {
        let keyed = &keyed[entity as usize];
        let parent = keyed.parent.as_deref();
        if named.contains(&(keyed.keys[0].as_str(), parent)) {
            kept[entity as usize] = false;
            continue;
        }
        named.extend(keyed.keys.iter().map(|key| (key.as_str(), parent)));
    }
    kept
}

/// One shard's part of the name index, from its names' entries in file order, and the
/// findings about them, each with the place of the name it is about: a refused entity's
/// name, and an alias that is already a name under the same parent.
fn index_names(
    names: ShardNames,
    mut index: NameShard,
    keyed: &[Keyed],
    kept: &[bool],
    ids: &[EntityId],
) -> ShardIndex {
    let mut found = Vec::new();
    // The first entry of the name under each parent.
    let mut first: HashMap<Option<&str>, Slot> = HashMap::default();
    for entries in names {
        // The usual name, of one entity and written once: nothing to compare. (A refused
        // entity's name is always written twice: it was refused for the other.)
        if let ((entity, _), []) = (entries.first, entries.more.as_slice())
            && kept[entity as usize]
        {
            index.insert(entries.hash, Named::one(entries.key, ids[entity as usize]));
            continue;
        }
        first.clear();
        let mut named = Vec::new();
        for (entity, slot) in entries.iter() {
            let index = entity as usize;
            // A refused entity's aliases are none of its names.
            if !kept[index] && slot > 0 {
                continue;
            }
            let of = &keyed[index];
            let parent = of.parent.as_deref();
            if let Some(&(owner, owner_slot)) = first.get(&parent) {
                let owner = &keyed[owner as usize];
                let at = &owner.written(owner_slot).at;
                let diagnostic = if slot == 0 {
                    duplicate_entity(&of.raw.name, of.raw.parent.as_ref(), at)
                } else {
                    duplicate_alias(
                        of.written(slot),
                        &of.raw.name.value,
                        &owner.raw.name.value,
                        at,
                    )
                };
                found.push(((entity, slot), diagnostic));
                continue;
            }
            if kept[index] {
                first.insert(parent, (entity, slot));
                if named.last() != Some(&ids[index]) {
                    named.push(ids[index]);
                }
            }
        }
        if !named.is_empty() {
            index.insert(entries.hash, Named::new(entries.key, named));
        }
    }
    (index, found)
}

/// How many times the parents left ambiguous are tried again: each pass links more of the
/// hierarchy, which lets a qualified parent (`Central (Ghana)`) resolve through parents
/// linked by the pass before.
const PARENT_PASSES: usize = 4;

/// Resolves each entity's `parent:`. A parent is chosen out of context, so a name shared by
/// several entities needs its qualified form; a first pass links the unambiguous ones, and
/// later passes resolve qualified names through the links made so far.
fn link_parents(entities: &mut Entities, diagnostics: &mut Diagnostics) {
    let mut pending: Vec<EntityId> = entities
        .iter()
        .filter(|(_, entity)| entity.parent.is_some())
        .map(|(id, _)| id)
        .collect();
    for pass in 0..=PARENT_PASSES {
        let last = pass == PARENT_PASSES;
        // The links made so far, indexed for qualified names (`Central (Ghana)`).
        entities.index_parents();
        let before = pending.len();
        // A parent written as a registered name or alias resolves without following any
        // link, so on rayon's pool. The others (qualified names) are resolved in order
        // below, each through the links made before it.
        let settled: Vec<Option<Resolution>> = pending
            .par_iter()
            .map(|&id| {
                let parent = entities.get(id).parent.as_ref()?;
                let candidates = entities.named_directly(&parent.value)?;
                Some(choose_parent(entities, id, candidates))
            })
            .collect();
        let mut unresolved = Vec::new();
        // Links found on the pool, set in runs between the parents resolved in order, so
        // that each of those (and each report, which describes candidates by their parents)
        // sees every link made before it, and no later one.
        let mut links: Vec<(EntityId, EntityId)> = Vec::new();
        for (id, settled) in pending.into_iter().zip(settled) {
            let resolution = match settled {
                Some(Resolution::Entity(found)) => {
                    links.push((id, found));
                    continue;
                }
                Some(_) if !last => {
                    unresolved.push(id);
                    continue;
                }
                Some(resolution) => {
                    entities.set_parents(&links);
                    links.clear();
                    resolution
                }
                None => {
                    entities.set_parents(&links);
                    links.clear();
                    let Some(parent) = entities.get(id).parent.as_ref() else {
                        continue;
                    };
                    parent_candidates(entities, id, parent)
                }
            };
            let Some(parent) = entities.get(id).parent.as_ref() else {
                continue;
            };
            match resolution {
                Resolution::Entity(found) => entities.get_mut(id).parent_entity = Some(found),
                resolution if last => {
                    report_unresolved_parent(entities, id, parent, resolution, diagnostics)
                }
                _ => unresolved.push(id),
            }
        }
        entities.set_parents(&links);
        pending = unresolved;
        if pending.is_empty() {
            // Every parent is linked; the caller indexes the final links.
            return;
        }
        if pending.len() == before && !last {
            // No progress: one last pass reports what remains.
            for &id in &pending {
                if let Some(parent) = entities.get(id).parent.as_ref() {
                    let resolution = parent_candidates(entities, id, parent);
                    report_unresolved_parent(entities, id, parent, resolution, diagnostics);
                }
            }
            return;
        }
    }
}

/// Most entities a CC023 names of the cycle it reports: the first nine and the last, before
/// the one that closes it.
const CYCLE_NAMED: usize = 10;

/// Reports a `parent:` of `id` that names no other entity: CC023 when it names `id`
/// itself (an entity is never its own parent, and "no known entity" would be false), else
/// as any unresolved name.
fn report_unresolved_parent(
    entities: &Entities,
    id: EntityId,
    parent: &Located<String>,
    resolution: Resolution,
    diagnostics: &mut Diagnostics,
) {
    if matches!(resolution, Resolution::Unknown) && entities.named(&parent.value) == [id] {
        let name = &entities.get(id).name.value;
        diagnostics.push(
            Diagnostic::new(
                Code::ParentCycle,
                format!("`{name}` is its own parent"),
                parent.at,
                "the entity itself",
            )
            .with_help(
                "give the entity the place that contains it as `parent:`, or leave `parent:` \
                 out for a place that lies within no other",
            ),
        );
        return;
    }
    report_unresolved(entities, parent, "parent", resolution, diagnostics);
}

/// What `parent` may denote as the parent of `id`: never `id` itself, which may share the
/// name of the place it lies within (a city named like its province).
fn parent_candidates(entities: &Entities, id: EntityId, parent: &Located<String>) -> Resolution {
    choose_parent(entities, id, entities.named(&parent.value))
}

/// The parent of `id` among the entities its `parent:` may name, out of context.
fn choose_parent(entities: &Entities, id: EntityId, mut candidates: Vec<EntityId>) -> Resolution {
    candidates.retain(|&candidate| candidate != id);
    entities.choose(candidates, &[])
}

/// A second entity of one name under one parent.
fn duplicate_entity(
    name: &Located<String>,
    parent: Option<&Located<String>>,
    first: &Location,
) -> Diagnostic {
    let (message, help) = match parent {
        Some(parent) => (
            format!(
                "two entities named `{}` lie within `{}`",
                name.value, parent.value
            ),
            "if both are the same entity, delete one; if they are different places in one \
             parent, give them different names (places that share a name must lie within \
             different parents)",
        ),
        None => (
            format!(
                "two entities are named `{}`, and neither has a parent",
                name.value
            ),
            "if both are the same entity, delete one; if they are different places that share a \
             name, give each its `parent:` (the place it lies within), which tells them apart",
        ),
    };
    Diagnostic::new(Code::DuplicateId, message, name.at, "named again here")
        .with_label(*first, "first named here")
        .with_help(help)
}

/// An alias that is already a name of an entity under the same parent.
fn duplicate_alias(
    alias: &Located<String>,
    entity: &str,
    owner: &str,
    first: &Location,
) -> Diagnostic {
    let message = if owner == entity {
        format!("`{entity}` has the name `{}` twice", alias.value)
    } else {
        format!(
            "the alias `{}` of `{entity}` is already a name of `{owner}`, under the same parent",
            alias.value
        )
    };
    Diagnostic::new(Code::DuplicateId, message, alias.at, "named again here")
        .with_label(*first, "first named here")
        .with_help("a name must denote one entity within one parent; remove it from one of them")
}

/// Reports every cycle of `parent:` links (an entity that is its own ancestor) and cuts it,
/// so that walks up the hierarchy always end. Each entity has at most one parent, so one
/// walk per entity, marking what it has seen, finds every cycle in O(entities).
fn break_parent_cycles(entities: &mut Entities, diagnostics: &mut Diagnostics) {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        No,
        OnThisWalk,
        Done,
    }
    let mut seen = vec![Seen::No; entities.len()];
    let ids: Vec<EntityId> = entities.iter().map(|(id, _)| id).collect();
    for start in ids {
        let mut path = Vec::new();
        let mut next = Some(start);
        while let Some(id) = next {
            match seen[id.0 as usize] {
                Seen::Done => break,
                Seen::OnThisWalk => {
                    // The path from `id`'s first visit on is the cycle.
                    let from = path.iter().position(|&p| p == id).unwrap_or(0);
                    let cycle: Vec<EntityId> = path[from..].to_vec();
                    let name = |e: &EntityId| {
                        std::borrow::Cow::Borrowed(entities.get(*e).name.value.as_str())
                    };
                    // A cycle of thousands is named by its ends: the message is one line.
                    let names: Vec<std::borrow::Cow<str>> = if cycle.len() <= CYCLE_NAMED {
                        cycle.iter().chain(std::iter::once(&id)).map(name).collect()
                    } else {
                        let skipped = cycle.len() - CYCLE_NAMED;
                        let mut names: Vec<_> = cycle[..CYCLE_NAMED - 1].iter().map(name).collect();
                        names.push(format!("… {skipped} more").into());
                        names.extend([name(&cycle[cycle.len() - 1]), name(&id)]);
                        names
                    };
                    let last = *cycle.last().expect("a cycle has an entity");
                    let parent = entities
                        .get(last)
                        .parent
                        .clone()
                        .expect("an entity in a cycle has a parent");
                    diagnostics.push(
                        Diagnostic::new(
                            Code::ParentCycle,
                            format!(
                                "`{}` is its own ancestor: {}",
                                entities.get(id).name.value,
                                names.join(" -> ")
                            ),
                            parent.at,
                            "this parent closes the cycle",
                        )
                        .with_help("give each entity the place that contains it as `parent:`"),
                    );
                    entities.get_mut(last).parent_entity = None;
                    break;
                }
                Seen::No => {
                    seen[id.0 as usize] = Seen::OnThisWalk;
                    path.push(id);
                    next = entities.get(id).parent_entity;
                }
            }
        }
        for id in path {
            seen[id.0 as usize] = Seen::Done;
        }
    }
}

/// Warns about a name that names no entity (with a did-you-mean: CC022) or several (with
/// the candidates and how to pick one: CC024).
fn report_unresolved<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
    resolution: Resolution,
    diagnostics: &mut Diagnostics,
) {
    match resolution {
        Resolution::Entity(_) => {}
        Resolution::Ambiguous(candidates) => {
            diagnostics.push(ambiguous(entities, name, role, &candidates));
        }
        // A project without a registry has opted out of entity checks; an entity left out
        // for its own errors is reported there, and naming it is no second finding.
        Resolution::Unknown
            if entities.is_empty() || entities.did_not_load(name.value.as_ref()) => {}
        Resolution::Unknown => {
            if let Some(unknown) = registered_but_for_a_joiner(entities, name, role) {
                diagnostics.push(unknown);
                return;
            }
            let help = match entities.did_you_mean(name.value.as_ref()) {
                Some(near) => format!(
                    "did you mean `{near}`? If `{}` is a real, different entity, add it to the registry in entities/",
                    name.value
                ),
                None => format!(
                    "add `{}` to the registry in entities/, or correct the name",
                    name.value
                ),
            };
            // The name may be in what did not load: the fix comes first.
            let help = if entities.lost_part() {
                format!("fix the errors in entities/ first; if the name is still unknown, {help}")
            } else {
                help
            };
            let mut unknown = Diagnostic::new(
                Code::UnknownEntity,
                format!("the {role} `{}` names no known entity", name.value),
                name.at,
                "not in the entity registry",
            );
            if entities.lost_part() {
                unknown = unknown.with_note(
                    "part of the registry did not load (its errors are reported in entities/): \
                     the name may be in it",
                );
            }
            diagnostics.push(unknown.with_help(help).with_data(&UnknownName {
                name: name.value.as_ref(),
                role,
                uses: 1,
            }));
        }
    }
}

/// CC022 for a name that is registered but for a zero-width joiner or non-joiner in it
/// (`Riverton\u{200d}`), which no one sees: the message shows it escaped, and the help says
/// to delete it, where "did you mean `Riverton`?" would show two names alike.
fn registered_but_for_a_joiner<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
) -> Option<Diagnostic> {
    const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];
    let written = name.value.as_ref();
    if !written.contains(JOINERS) {
        return None;
    }
    let plain = written.replace(JOINERS, "");
    if entities.named(&plain).is_empty() {
        return None;
    }
    let shown: String = written
        .chars()
        .map(|c| match JOINERS.contains(&c) {
            true => format!("\\u{{{:x}}}", c as u32),
            false => c.to_string(),
        })
        .collect();
    Some(
        Diagnostic::new(
            Code::UnknownEntity,
            format!("the {role} `{shown}` names no known entity"),
            name.at,
            "an invisible joiner in the name",
        )
        .with_help(format!(
            "delete the invisible joiner: `{plain}` is registered (a zero-width joiner or \
             non-joiner spells words in some scripts, and is no part of this name)"
        ))
        .with_data(&UnknownName {
            name: written,
            role,
            uses: 1,
        }),
    )
}

/// The data of a CC022: the name as written, whether it is a claim's `subject`, a `member`
/// or an entity's `parent`, and how many places write it (one, until
/// [`crate::rules::merge`] gathers every use of one name into one finding).
#[derive(Serialize)]
pub struct UnknownName<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub uses: usize,
}

/// How many candidates an ambiguity lists before summarising the rest.
const LISTED_CANDIDATES: usize = 5;

/// CC024: a name several entities share, which the context does not settle.
fn ambiguous<N: AsRef<str> + Display>(
    entities: &Entities,
    name: &Located<N>,
    role: &str,
    candidates: &[EntityId],
) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        Code::AmbiguousEntity,
        format!(
            "the {role} `{}` could name {} entities",
            name.value,
            candidates.len()
        ),
        name.at,
        "several entities have this name",
    );
    for &candidate in candidates.iter().take(LISTED_CANDIDATES) {
        diagnostic = diagnostic.with_note(format!("it could be {}", entities.describe(candidate)));
    }
    if candidates.len() > LISTED_CANDIDATES {
        diagnostic =
            diagnostic.with_note(format!("and {} more", candidates.len() - LISTED_CANDIDATES));
    }
    if role == "subject" {
        // Two claims about `Portland` may be about two Portlands: comparing them would
        // report a disagreement the articles do not have.
        diagnostic = diagnostic.with_note(
            "until it names one entity, the rules compare this claim with no other by its subject",
        );
    }
    let qualified: Vec<String> = candidates
        .iter()
        .take(LISTED_CANDIDATES)
        .filter_map(|&c| entities.qualified_name(c))
        .map(|q| format!("`{q}`"))
        .collect();
    let mut help = match qualified.as_slice() {
        [] => String::new(),
        [one] => format!("write the place it lies within, as in {one}; "),
        [first @ .., last] => format!(
            "write the place it lies within: {} or {last}; ",
            first.join(", ")
        ),
    };
    if candidates.iter().any(|&c| !entities.has_parent(c)) {
        help.push_str(
            "an entity with no parent can be named by an alias of its own, such as \
             `Georgia (country)` in entities/; ",
        );
    }
    help.push_str(what_settles(role));
    let listed = candidates
        .iter()
        .take(LISTED_CANDIDATES)
        .map(|&candidate| entities.distinct_name(candidate))
        .collect();
    // Past the candidates listed, the rest are told apart by a digest of every candidate
    // (its name and its parent's), so that two contexts that leave different places with
    // the same first few are two choices, not one.
    let digest = (candidates.len() > LISTED_CANDIDATES).then(|| {
        let mut each: Vec<String> = candidates
            .iter()
            .map(|&candidate| {
                let entity = entities.get(candidate);
                let parent = entity
                    .parent_entity
                    .map_or("", |parent| entities.get(parent).name.value.as_str());
                format!("{}\u{1f}{parent}", entity.name.value)
            })
            .collect();
        each.sort_unstable();
        format!("{:016x}", crate::baseline::fnv1a(&each.join("\u{1e}")))
    });
    diagnostic.with_help(help).with_data(&AmbiguousName {
        name: name.value.as_ref(),
        role,
        candidates: candidates.len(),
        listed,
        digest,
        uses: 1,
    })
}

/// The help's last words on a CC024: what else settles a shared name in this `role`
/// (`subject`, `member`, `parent`). [`crate::rules::merge`] adds the words of the other
/// roles when it gathers one name's uses in several.
pub(crate) fn what_settles(role: &str) -> &'static str {
    match role {
        "subject" => "members that lie within one of them also settle which one the subject is",
        "member" => "a subject that contains one of them also settles which one the member is",
        _ => "a parent is read without context, so it needs the qualified name",
    }
}

/// The data of a CC024: the name as written, its role, how many entities it could name and
/// the first [`LISTED_CANDIDATES`] of them (each by the name that picks it out of the
/// registry, as [`Entities::distinct_name`] gives it: a name ten thousand places share is
/// not copied into every use), and how many places write it with those candidates (one,
/// until [`crate::rules::merge`] gathers them).
#[derive(Serialize)]
pub struct AmbiguousName<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub candidates: usize,
    pub listed: Vec<String>,
    /// With more candidates than are listed: a digest of them all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    pub uses: usize,
}

/// Links the claims of every file (`raw_claims` holds one list per file, in file order).
/// Everything is done on rayon's pool: each file's claims built from its records, their
/// names resolved and their sources and dates looked up; duplicates found and the claim
/// index built shard by shard; the duplicates dropped file by file. Each file's claims stay
/// in the vector they were built in ([`crate::model::Claims`]), so no claim is copied into
/// a list of all of them. What stays on the calling thread is proportional to the claims
/// not kept and the names not resolved (their diagnostics, merged in claim order).
fn link_claims(
    project: &mut Project,
    raw_claims: Vec<Vec<RawClaim>>,
    diagnostics: &mut Diagnostics,
) {
    let entities = &project.entities;
    let sources_by_id = &project.sources_by_id;
    let sources = &project.sources;
    let ids = &project.claims_by_id;
    // Per file: the claims linked on their own (names, source and date), and every record
    // in order, a claim or one whose source or date is unknown, with the shard of its id.
    // Each file's records are consumed as its claims are built, so that records and claims
    // (each a few hundred bytes) are not all alive at once.
    let mut files: Vec<FileClaims> = raw_claims
        .into_par_iter()
        .map(|records| {
            let mut lookups = NameLookups::new(entities);
            let mut file = FileClaims {
                claims: Vec::with_capacity(records.len()),
                records: Vec::with_capacity(records.len()),
                diagnostics: Vec::new(),
            };
            for (offset, mut raw) in records.into_iter().enumerate() {
                let Resolved {
                    subject,
                    subject_ambiguous,
                    members,
                    diagnostics,
                } = Resolved::new(&mut lookups, &mut raw);
                let hash = ids.hash(&raw.id.value);
                let source = sources_by_id.get(&*raw.source.value).copied();
                // Dated by its source, whose date could not be read (reported there): the
                // claim cannot be placed in time, so it is left out rather than given a
                // wrong date, and a rule naming it is told it did not load (CC046), not
                // that it does not exist.
                let as_of = source.and_then(|source| {
                    let published = sources[source.0 as usize]
                        .published
                        .as_ref()
                        .map(|date| date.value);
                    raw.as_of.as_ref().map(|d| d.value).or(published)
                });
                let linked = match (source, as_of) {
                    (Some(source), Some(as_of)) => {
                        file.claims.push(linked_claim(
                            raw,
                            (subject, subject_ambiguous),
                            members,
                            (source, sources[source.0 as usize].writes_english()),
                            as_of,
                        ));
                        Linked::Claim(file.claims.len() - 1)
                    }
                    (None, _) => Linked::UnknownSource(Box::new(raw)),
                    (Some(_), None) => Linked::Undated(Box::new(raw)),
                };
                file.records.push(Prepared { linked, hash });
                if !diagnostics.is_empty() {
                    file.diagnostics.push((offset, diagnostics));
                }
            }
            file
        })
        .collect();
    // Each record's place in the order of all records: files in order.
    let mut file_starts = Vec::with_capacity(files.len());
    let mut total = 0usize;
    for file in &files {
        file_starts.push(total);
        total += file.records.len();
    }
    // The diagnostics, in claim order: those of the claims not kept, and the names that
    // resolved to nothing.
    let mut found: Vec<(usize, Diagnostics)> = files
        .iter_mut()
        .zip(&file_starts)
        .flat_map(|(file, start)| {
            std::mem::take(&mut file.diagnostics)
                .into_iter()
                .map(move |(offset, found)| (start + offset, found))
        })
        .collect();
    found.reverse();
    let file_of = |at: usize| file_starts.partition_point(|&start| start <= at) - 1;
    // The record at a place in the whole order, and the file it is in.
    let place = |at: usize| {
        let file = &files[file_of(at)];
        (file, &file.records[at - file_starts[file_of(at)]])
    };
    let id_at = |at: usize| {
        let (file, item) = place(at);
        &file.id(item).value
    };
    // Duplicates, shard by shard on rayon's pool: one id's claims all fall in one shard,
    // and each shard takes its claims in order, so the first claim kept under an id is the
    // first in the whole order. A claim citing an unknown source or without a date is not
    // kept, and a later claim of its id is no duplicate.
    // Each shard's index of kept claims, and its claims not kept (by place).
    // The index holds places, read back through `id_at` while it is built.
    type Shard = (HashTable<ClaimId>, Vec<(usize, Fate)>);
    // Each table sized once for its records: growing would hash every id again.
    // Each file's records grouped by shard, so that each shard reads only its own.
    let grouped: Vec<ByShard<u32>> = files
        .par_iter()
        .map(|file| {
            let offsets = (0u32..)
                .zip(&file.records)
                .map(|(offset, item)| (ClaimIds::shard(item.hash), offset));
            ByShard::new(ClaimIds::SHARDS, offsets)
        })
        .collect();
    let shards: Vec<Shard> = (0..ClaimIds::SHARDS)
        .into_par_iter()
        .map(|shard| {
            let records: usize = grouped.iter().map(|file| file.shard(shard).len()).sum();
            let mut kept: HashTable<ClaimId> = HashTable::with_capacity(records);
            let mut not_kept = Vec::new();
            for ((file, start), grouped) in files.iter().zip(&file_starts).zip(&grouped) {
                for &offset in grouped.shard(shard) {
                    let item = &file.records[offset as usize];
                    let at = start + offset as usize;
                    let id = &file.id(item).value;
                    let first = kept.find(item.hash, |first| id_at(first.0 as usize) == id);
                    let fate = match (first, &item.linked) {
                        (Some(&first), _) => Fate::Duplicate(first.0 as usize),
                        (None, Linked::UnknownSource(_) | Linked::Undated(_)) => Fate::Unlinked,
                        (None, Linked::Claim(_)) => {
                            // For now its place in the whole order, renumbered below.
                            kept.insert_unique(item.hash, ClaimId(at as u32), |first| {
                                ids.hash(id_at(first.0 as usize))
                            });
                            continue;
                        }
                    };
                    not_kept.push((at, fate));
                }
            }
            (kept, not_kept)
        })
        .collect();
    drop(grouped);
    let mut not_kept: Vec<(usize, Fate)> = Vec::new();
    let mut maps = Vec::with_capacity(shards.len());
    for (map, rejected) in shards {
        maps.push(map);
        not_kept.extend(rejected);
    }
    not_kept.sort_unstable_by_key(|(at, _)| *at);
    // A kept claim's id: its place, less the claims not kept before it.
    let claim_id = |at: usize| ClaimId((at - not_kept.partition_point(|(n, _)| *n < at)) as u32);
    maps.par_iter_mut().for_each(|map| {
        for id in map.iter_mut() {
            *id = claim_id(id.0 as usize);
        }
    });

    // The claims citing each unknown source where it is written: claims that take their
    // file's `source:` share one node, and one misspelling there is one finding.
    let mut citing: HashMap<Location, Vec<&str>> = HashMap::default();
    for &(at, fate) in &not_kept {
        let (file, item) = place(at);
        if let (Fate::Unlinked, Linked::UnknownSource(raw)) = (fate, &item.linked) {
            citing
                .entry(raw.source.at)
                .or_default()
                .push(&file.id(item).value);
        }
    }
    // Built on the first claim citing an unknown source.
    let mut source_suggestions: Option<SuggestionIndex> = None;
    // The claims left out for their source's date, by source, in the order met.
    let mut undated: Vec<(SourceId, Vec<String>)> = Vec::new();
    let mut rejected = Vec::new();
    let mut left_out = Vec::new();
    for &(at, fate) in &not_kept {
        while found.last().is_some_and(|(f, _)| *f < at) {
            if let Some((_, resolved)) = found.pop() {
                diagnostics.extend(resolved.into_vec());
            }
        }
        // A duplicate or a claim citing no source is not resolved: its names are not
        // reported either.
        let resolved = found
            .last()
            .is_some_and(|(f, _)| *f == at)
            .then(|| found.pop().map(|(_, resolved)| resolved))
            .flatten();
        let (file, item) = place(at);
        let id = file.id(item);
        // Its errors show its passage, when its source loaded.
        let passage_of = match &item.linked {
            Linked::Claim(index) => {
                let claim = &file.claims[*index];
                Some((claim.at, claim.source, &claim.quote))
            }
            Linked::Undated(raw) => sources_by_id
                .get(&*raw.source.value)
                .map(|&source| (raw.at, source, &raw.quote)),
            Linked::UnknownSource(_) => None,
        };
        left_out.extend(passage_of.map(|(at, source, quote)| LeftOut {
            at,
            source,
            quote: quote.clone(),
            passage: None,
        }));
        match (fate, &item.linked) {
            (Fate::Duplicate(first), _) => {
                let (first_file, first) = place(first);
                let first = first_file.id(first);
                diagnostics.push(duplicate("claim", &id.value, &first.at, &id.at));
            }
            (Fate::Unlinked, Linked::UnknownSource(raw)) => {
                let why = WhyRejected::UnknownSource(raw.source.value.to_string());
                rejected.push((id, why));
                // Reported once, with the first claim that cites it there.
                let Some(claims) = citing.remove(&raw.source.at) else {
                    continue;
                };
                let suggestions = source_suggestions.get_or_insert_with(|| {
                    SuggestionIndex::new(project.sources_by_id.keys().map(String::as_str))
                });
                let near = suggestions.closest(&raw.source.value);
                diagnostics.push(unknown_source(
                    &raw.source,
                    &claims,
                    near,
                    &project.sources_with_errors,
                    &project.files,
                ));
            }
            (Fate::Unlinked, Linked::Undated(raw)) => {
                if let Some(resolved) = resolved {
                    diagnostics.extend(resolved.into_vec());
                }
                if let Some(&source) = sources_by_id.get(&*raw.source.value) {
                    match undated.last_mut() {
                        Some((last, ids)) if *last == source => ids.push(id.value.clone()),
                        _ => undated.push((source, vec![id.value.clone()])),
                    }
                }
                let why = WhyRejected::UndatedSource(raw.source.value.to_string());
                rejected.push((id, why));
            }
            (Fate::Unlinked, Linked::Claim(_)) => {
                unreachable!("a linked claim first of its id is kept")
            }
        }
    }
    tell_claims_left_undated(&project.sources, undated, diagnostics);
    for (id, why) in rejected {
        let rejected = Rejected { at: id.at, why };
        project
            .rejected_claims
            .entry(id.value.clone())
            .or_insert(rejected);
    }
    project.left_out.extend(left_out);
    while let Some((_, resolved)) = found.pop() {
        diagnostics.extend(resolved.into_vec());
    }

    // The duplicates dropped from each file's claims, in place on the pool.
    let mut duplicates: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
    for &(at, fate) in &not_kept {
        if let Fate::Duplicate(_) = fate {
            let file = file_of(at);
            if let Linked::Claim(index) = files[file].records[at - file_starts[file]].linked {
                duplicates[file].push(index);
            }
        }
    }
    let chunks: Vec<Vec<Claim>> = files
        .into_par_iter()
        .zip(duplicates)
        .map(|(file, duplicates)| {
            let mut claims = file.claims;
            if !duplicates.is_empty() {
                let mut index = 0;
                claims.retain(|_| {
                    let keep = duplicates.binary_search(&index).is_err();
                    index += 1;
                    keep
                });
            }
            claims
        })
        .collect();
    project.claims = Claims::from_chunks(chunks);
    project.claims_by_id.set_shards(maps);
}

/// One claims file while its claims are linked.
struct FileClaims {
    /// The claims linked to a source and a date, in file order.
    claims: Vec<Claim>,
    /// Every record of the file, in order.
    records: Vec<Prepared>,
    /// The warnings for names that resolve to nothing, by the record's place in the file:
    /// few records have any.
    diagnostics: Vec<(usize, Diagnostics)>,
}

impl FileClaims {
    /// The id of one of this file's records.
    fn id<'a>(&'a self, record: &'a Prepared) -> &'a Located<String> {
        match &record.linked {
            Linked::Claim(index) => &self.claims[*index].id,
            Linked::UnknownSource(raw) | Linked::Undated(raw) => &raw.id,
        }
    }
}

/// Why a claim is not kept.
#[derive(Clone, Copy)]
enum Fate {
    /// A claim kept earlier (its place in the order of all claims) has its id.
    Duplicate(usize),
    /// It could not be linked: its record says why ([`Linked::UnknownSource`],
    /// [`Linked::Undated`]).
    Unlinked,
}

/// A record as linked on its own, before duplicates are known.
struct Prepared {
    linked: Linked,
    /// The keyed hash of its id, which places it in the claim index.
    hash: u64,
}

/// A record linked to its source and date, or one that cannot be.
enum Linked {
    /// The claim, at this index of its file's claims.
    Claim(usize),
    /// Its source does not exist (the record keeps the id it cites, for the message).
    UnknownSource(Box<RawClaim>),
    /// Neither the claim nor its source gives a date.
    Undated(Box<RawClaim>),
}

/// The claim of `raw`, whose names resolved to `subject` and `members`, citing `source`
/// and dated `as_of`.
/// How many claims citing one unknown source a CC021 names in its note.
const NAMED_CLAIMS: usize = 10;

/// Adds to the error that leaves each source without a date (its `published:` missing or
/// unreadable) which claims it leaves out: those that cite it with no `as_of:` of their
/// own cannot be placed in time, so none of their checks runs, and no other finding names
/// them unless a rule does. The error is the first in the source's entry, a date's
/// (CC014) before any other; the errors are read once, whatever the number of sources.
fn tell_claims_left_undated(
    sources: &[Source],
    mut undated: Vec<(SourceId, Vec<String>)>,
    diagnostics: &mut Diagnostics,
) {
    if undated.is_empty() {
        return;
    }
    // Files list their claims in turn, so one source's claims may come in several runs.
    undated.sort_by_key(|(source, _)| source.0);
    let mut merged: Vec<(SourceId, Vec<String>)> = Vec::new();
    for (source, ids) in undated {
        match merged.last_mut() {
            Some((last, all)) if *last == source => all.extend(ids),
            _ => merged.push((source, ids)),
        }
    }
    // Each source's entry by file, in order of where it starts: an error's entry is found
    // by halves.
    let mut entries: HashMap<FileId, Vec<(usize, usize, usize)>> = HashMap::default();
    for (at, (source, _)) in merged.iter().enumerate() {
        let entry = &sources[source.0 as usize].entry;
        let span = entry.span();
        entries
            .entry(entry.file)
            .or_default()
            .push((span.start, span.end, at));
    }
    for spans in entries.values_mut() {
        spans.sort_unstable();
    }
    // For each undated source, the error its note goes on: (is it a date's, its index).
    let mut chosen: Vec<Option<(bool, usize)>> = vec![None; merged.len()];
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.severity != crate::diagnostic::Severity::Error {
            continue;
        }
        let Some(at) = diagnostic.primary() else {
            continue;
        };
        let Some(spans) = entries.get(&at.file) else {
            continue;
        };
        let span = at.span();
        let before = spans.partition_point(|&(start, _, _)| start <= span.start);
        let Some(&(_, end, source)) = before.checked_sub(1).map(|i| &spans[i]) else {
            continue;
        };
        if span.end > end {
            continue;
        }
        let is_date = diagnostic.code == Code::InvalidDate;
        match chosen[source] {
            None => chosen[source] = Some((is_date, index)),
            Some((false, _)) if is_date => chosen[source] = Some((true, index)),
            Some(_) => {}
        }
    }
    let mut notes: Vec<(usize, String)> = Vec::new();
    for ((_, ids), chosen) in merged.iter().zip(chosen) {
        let Some((_, index)) = chosen else {
            continue;
        };
        const NAMED: usize = 5;
        let mut named: Vec<String> = ids.iter().take(NAMED).map(|id| format!("`{id}`")).collect();
        if ids.len() > NAMED {
            named.push(format!("{} more", ids.len() - NAMED));
        }
        let note = match ids.as_slice() {
            [one] => format!(
                "claim `{one}` cites this source with no `as_of:` of its own: it cannot be \
                 placed in time, so it was left out and none of its checks ran"
            ),
            _ => format!(
                "{} claims cite this source with no `as_of:` of their own ({}): they cannot \
                 be placed in time, so they were left out and none of their checks ran",
                ids.len(),
                crate::words::and_list(&named)
            ),
        };
        notes.push((index, note));
    }
    diagnostics.add_notes(notes);
}

/// CC021: the claims that cite, at one `source:`, a source that is not declared. When a
/// sources file has errors, the source may be declared there and not have loaded: the
/// finding says so, rather than send the user to declare a source that is written.
fn unknown_source(
    source: &Located<Name>,
    claims: &[&str],
    near: Option<&str>,
    sources_with_errors: &[FileId],
    files: &Files,
) -> Diagnostic {
    let name = &source.value;
    let cite = match claims {
        [one] => format!("claim `{one}` cites"),
        _ => format!("{} claims cite", claims.len()),
    };
    let broken: Vec<String> = sources_with_errors
        .iter()
        .map(|&file| format!("`{}`", files.name(file)))
        .collect();
    let (message, label, help) = if broken.is_empty() {
        (
            format!("{cite} the source `{name}`, which does not exist"),
            "no source has this id",
            match near {
                Some(near) => format!("did you mean `{near}`?"),
                None => "declare the source in sources/*.yaml, or correct the id".to_string(),
            },
        )
    } else {
        let files = broken.join(", ");
        let mut help = format!(
            "{files} has errors (reported with it): fix them first, as `{name}` may be \
             declared there; if it is not, declare it or correct the id"
        );
        if let Some(near) = near {
            help = format!("did you mean `{near}`? Otherwise, {help}");
        }
        (
            format!("{cite} the source `{name}`, which did not load"),
            "no source loaded with this id",
            help,
        )
    };
    let mut diagnostic =
        Diagnostic::new(Code::UnknownSource, message, source.at, label).with_help(help);
    if claims.len() > 1 {
        let mut named: Vec<String> = claims
            .iter()
            .take(NAMED_CLAIMS)
            .map(|id| format!("`{id}`"))
            .collect();
        if claims.len() > NAMED_CLAIMS {
            named.push(format!("and {} more", claims.len() - NAMED_CLAIMS));
        }
        diagnostic = diagnostic.with_note(format!(
            "the claims citing it here: {}; none of them loads",
            named.join(", ")
        ));
    }
    for id in claims {
        diagnostic = diagnostic.about_claim(id);
    }
    diagnostic
}

/// `subject`: the entity the subject resolves to, and whether it is ambiguous (CC024).
fn linked_claim(
    raw: RawClaim,
    (subject, subject_ambiguous): (Option<EntityId>, bool),
    members: Option<(Location, Vec<Member>)>,
    (source, unit_in_english): (SourceId, bool),
    as_of: crate::date::Date,
) -> Claim {
    Claim {
        id: raw.id,
        source,
        source_ref: raw.source.at,
        quote: raw.quote,
        subject: raw.subject,
        subject_entity: subject,
        subject_ambiguous,
        unit_in_english,
        metric: raw.metric,
        as_of,
        as_of_at: raw.as_of.map(|d| d.at),
        value: raw.value,
        value_unreadable: raw.value_unreadable,
        unit: raw.unit,
        member_list: members.map(|(at, members)| Box::new(MemberList { members, at })),
        listing: raw.listing,
        rare: raw.rare,
        at: raw.at,
        passage: None,
    }
}

/// A claim's subject and members resolved against the entity registry, with the warnings
/// for names that resolve to nothing.
struct Resolved {
    subject: Option<EntityId>,
    /// The subject could name several entities, and nothing settles which (CC024).
    subject_ambiguous: bool,
    members: Option<(Location, Vec<Member>)>,
    diagnostics: Diagnostics,
}

/// The lookups of one file's names, remembered: a file's claims name a few subjects and
/// members again and again ("Babeli Province" in every claim of its article), and each
/// lookup in a registry of hundreds of thousands of names costs a normalization and a few
/// cache misses, where a name looked up before costs a hash of its short text. The registry
/// does not change while claims are linked, so a remembered answer is the answer.
struct NameLookups<'e> {
    entities: &'e Entities,
    /// Name -> every entity it may denote, out of context ([`Entities::named`]).
    named: Memo<Name, Vec<EntityId>>,
    /// (Name, the one entity of its context) -> what it resolves to there
    /// ([`Entities::resolve_in`]).
    within: Memo<(Name, Option<EntityId>), Resolution>,
}

impl<'e> NameLookups<'e> {
    /// The most entities an answer may hold and be remembered: a name shared by thousands
    /// of places, remembered for each of thousands of subjects, would hold millions.
    const REMEMBERED_IDS: usize = 8;

    fn new(entities: &'e Entities) -> NameLookups<'e> {
        NameLookups {
            entities,
            named: Memo::new(),
            within: Memo::new(),
        }
    }

    fn named(&mut self, name: &Name) -> Vec<EntityId> {
        if let Some(ids) = self.named.get(name) {
            return ids.clone();
        }
        let ids = self.entities.named(name);
        if ids.len() <= Self::REMEMBERED_IDS {
            self.named.remember(Name::clone(name), ids.clone());
        }
        ids
    }

    fn resolve_in(&mut self, name: &Name, context: &[EntityId]) -> Resolution {
        let key = match context {
            [] => (Name::clone(name), None),
            [only] => (Name::clone(name), Some(*only)),
            // Several candidate subjects: rare, and not worth a key of its own.
            _ => return self.entities.resolve_in(name, context),
        };
        if let Some(resolution) = self.within.get(&key) {
            return resolution.clone();
        }
        let resolution = self.entities.resolve_in(name, context);
        let small = match &resolution {
            Resolution::Ambiguous(ids) => ids.len() <= Self::REMEMBERED_IDS,
            Resolution::Entity(_) | Resolution::Unknown => true,
        };
        if small {
            self.within.remember(key, resolution.clone());
        }
        resolution
    }
}

/// The kinds of place a claim's `unit:` counts, in the singular or the plural
/// (`town`, `towns`), as the unit check reads it.
fn kinds_counted(unit: &str) -> Option<&'static [EntityKind]> {
    // Each counting unit in the singular and the plural, made once per run: this is asked
    // for every claim.
    static FORMS: std::sync::OnceLock<Vec<(String, &'static [EntityKind])>> =
        std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        EntityKind::COUNTING_UNITS
            .iter()
            .filter_map(|&counting| Some((counting, EntityKind::counted_by_unit(counting)?)))
            .flat_map(|(counting, kinds)| {
                [
                    (counting.to_string(), kinds),
                    (crate::words::plural(counting), kinds),
                ]
            })
            .collect()
    });
    // Lowercase as the unit check reads units (`Autonomous-Region`), copied only when
    // it has a capital.
    let unit: std::borrow::Cow<str> = if unit.chars().any(char::is_uppercase) {
        unit.to_lowercase().into()
    } else {
        unit.into()
    };
    let unit = unit.as_ref();
    EntityKind::counted_by_unit(unit).or_else(|| {
        forms
            .iter()
            .find(|(form, _)| form.eq_ignore_ascii_case(unit))
            .map(|&(_, kinds)| kinds)
    })
}

/// What a member's name resolves to among the places of the `kinds` the claim counts, when
/// the context settled it on a place of another kind or not at all: the homonyms of a
/// counted kind, chosen among by the context as any name is ([`Entities::choose`]). `None`
/// when the kinds tell nothing (no homonym of a counted kind, or no other).
fn of_counted_kind(
    lookups: &mut NameLookups,
    name: &Name,
    context: &[EntityId],
    kinds: &[EntityKind],
) -> Option<Resolution> {
    let entities = lookups.entities;
    let named = lookups.named(name);
    if named.len() < 2 || named.len() > crate::model::resolve::COMPARED_HOMONYMS {
        return None;
    }
    let (counted, other): (Vec<EntityId>, Vec<EntityId>) = named
        .into_iter()
        .partition(|&id| kinds.contains(&entities.get(id).kind.value));
    if other.is_empty() {
        return None;
    }
    // Those the context may mean: within it, around it or it (all, without a context).
    let related: Vec<EntityId> = counted
        .into_iter()
        .filter(|&id| {
            context.is_empty()
                || context.iter().any(|&place| {
                    id == place || entities.is_within(id, place) || entities.is_within(place, id)
                })
        })
        .collect();
    if related.is_empty() {
        return None;
    }
    Some(entities.choose(related, context))
}

impl Resolved {
    /// Resolves `raw`'s names, taking its member list. The subject and the members are each
    /// other's context: of several places named like the subject, the one its members lie
    /// within; of several named like a member, the one within the subject.
    fn new(lookups: &mut NameLookups, raw: &mut RawClaim) -> Resolved {
        let entities = lookups.entities;
        let mut diagnostics = Diagnostics::default();
        let names = raw.members.take().map(|list| *list);
        let mut subject_candidates = lookups.named(&raw.subject.value);
        if subject_candidates.len() > 1
            && let Some((_, names)) = &names
        {
            // Each member's own candidates: the subject is the place that holds every
            // member, not one that holds any of their homonyms. A name that names nothing
            // is left out, so that it settles nothing and blocks nothing.
            let members: Vec<Vec<EntityId>> = names
                .iter()
                .map(|name| lookups.named(&name.value))
                .filter(|candidates| !candidates.is_empty())
                .collect();
            if let Resolution::Entity(id) =
                entities.choose_around(subject_candidates.clone(), &members)
            {
                subject_candidates = vec![id];
            }
        }
        let mut subject_ambiguous = false;
        let subject = match entities.choose(subject_candidates.clone(), &[]) {
            Resolution::Entity(id) => Some(id),
            resolution => {
                subject_ambiguous = matches!(resolution, Resolution::Ambiguous(_));
                report_unresolved(
                    entities,
                    &raw.subject,
                    "subject",
                    resolution,
                    &mut diagnostics,
                );
                None
            }
        };
        // An ambiguous subject still narrows its members to what lies within one of its
        // candidates.
        let context = subject.map_or(subject_candidates, |id| vec![id]);
        // The kinds of place the claim counts: of homonyms within the subject, the one of a
        // kind the unit counts (the town of Ararat in "2 towns: Ararat and Masis", not the
        // province it lies in).
        let counted = raw
            .unit
            .as_ref()
            .and_then(|unit| kinds_counted(&unit.value));
        let members = names.map(|(at, names)| {
            // A name listed twice is reported once: the repetition is CC102's finding.
            let mut reported: crate::hashing::HashSet<crate::intern::Name> =
                crate::hashing::HashSet::default();
            let members = names
                .into_iter()
                .map(|name| {
                    let resolution = lookups.resolve_in(&name.value, &context);
                    // Already one place of a kind the claim counts: settled.
                    let settled = |resolution: &Resolution| match (resolution, counted) {
                        (Resolution::Entity(id), Some(kinds)) => {
                            kinds.contains(&entities.get(*id).kind.value)
                        }
                        _ => true,
                    };
                    let resolution = match counted {
                        Some(kinds) if !settled(&resolution) => {
                            of_counted_kind(lookups, &name.value, &context, kinds)
                                .unwrap_or(resolution)
                        }
                        _ => resolution,
                    };
                    let entity = match resolution {
                        Resolution::Entity(id) => Some(id),
                        resolution => {
                            if reported.insert(crate::intern::Name::clone(&name.value)) {
                                report_unresolved(
                                    entities,
                                    &name,
                                    "member",
                                    resolution,
                                    &mut diagnostics,
                                );
                            }
                            None
                        }
                    };
                    Member { entity, name }
                })
                .collect();
            (at, members)
        });
        // Every name that resolves to nothing is a finding about this claim.
        let diagnostics = if diagnostics.is_empty() {
            diagnostics
        } else {
            let mut about = Diagnostics::default();
            about.extend(
                diagnostics
                    .into_vec()
                    .into_iter()
                    .map(|diagnostic| diagnostic.about_claim(&raw.id.value)),
            );
            about
        };
        Resolved {
            subject,
            subject_ambiguous,
            members,
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_citations, check_files, codes_and_messages};

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
        // One name that could be the same two places: one warning for both uses.
        assert_eq!(found, [Code::AmbiguousEntity]);
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
                (
                    "two entities named `Central` lie within `Xland`",
                    vec!["Central", "Central"]
                ),
                (
                    "two entities named `Middle` lie within `Xland`",
                    vec!["Middle", "Middle"]
                ),
                (
                    "the alias `Xlandia` of `Zland` is already a name of `Xland`, under the same parent",
                    vec!["Xlandia", "Xlandia"]
                ),
            ]
        );
        // The labels point at the first use and at the second.
        let middle = &outcome.diagnostics[2].labels;
        assert!(middle[0].location.span().start > middle[1].location.span().start);
        let entities = &outcome.project.entities;
        // After the test project's own registry.
        let names: Vec<&str> = entities
            .names()
            .skip_while(|&name| name != "Xland")
            .collect();
        assert_eq!(
            names,
            [
                "Xland", "Xlandia", "Central", "Middle", "Core", "Zland", "Zed"
            ]
        );
        let core = entities
            .resolve("Core")
            .expect("only the town is named Core");
        assert_eq!(entities.describe(core), "`Core`, a town within `Xland`");
        assert_eq!(entities.resolve("Zed"), entities.resolve("Zland"));
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
