//! Linking raw records into a project: ids must be unique, claims must cite sources that
//! exist, names should resolve to entities, and article texts must be readable files
//! inside the project.

use std::collections::HashMap;
use std::path::{Component, Path};

use rayon::prelude::*;

use super::claims::RawClaim;
use super::entities::RawEntity;
use super::sources::RawSource;
use super::{Limits, ReadProblem, read_text_inside};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Location, did_you_mean};
use crate::files::{Files, display_name};
use crate::model::{
    Claim, ClaimId, Entities, Entity, EntityId, Located, Member, Project, Source, SourceId,
};

pub fn link(
    root: &Path,
    files: Files,
    raw_sources: Vec<RawSource>,
    raw_entities: Vec<RawEntity>,
    raw_claims: Vec<Vec<RawClaim>>,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) -> Project {
    let mut project = Project::default();
    project.files = files;
    link_sources(root, &mut project, raw_sources, limits, diagnostics);
    link_entities(&mut project, raw_entities, diagnostics);
    link_claims(&mut project, raw_claims, diagnostics);
    project
}

/// Reports a second use of an id, labelling both places.
fn duplicate(what: &str, id: &str, first: &Location, again: &Location) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateId,
        format!("two {what}s have the id `{id}`"),
        again.clone(),
        "used again here",
    )
    .with_label(first.clone(), "first used here")
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
    let mut seen: HashMap<String, Location> = HashMap::new();
    let mut kept = Vec::with_capacity(raw_sources.len());
    for raw in raw_sources {
        if let Some(first) = seen.get(&raw.id.value) {
            diagnostics.push(duplicate("source", &raw.id.value, first, &raw.id.at));
            continue;
        }
        seen.insert(raw.id.value.clone(), raw.id.at.clone());
        kept.push(raw);
    }
    let texts: Vec<(Option<SourceText>, Diagnostics)> = kept
        .par_iter()
        .map(|raw| {
            let mut found = Diagnostics::default();
            let text = read_source_text(root, raw, limits, &mut found);
            (text, found)
        })
        .collect();
    for (raw, (text, found)) in kept.into_iter().zip(texts) {
        diagnostics.extend(found.into_vec());
        let text = text.map(|(name, path, text)| project.files.add(name, path, text));
        let id = SourceId(project.sources.len() as u32);
        project.sources_by_id.insert(raw.id.value.clone(), id);
        project.sources.push(Source {
            id: raw.id,
            title: raw.title,
            publisher: raw.publisher,
            published: raw.published,
            place: raw.place,
            url: raw.url,
            text_path: raw.text_path,
            text,
            note: raw.note,
        });
    }
}

/// An article text as read: its display name, path and text.
type SourceText = (String, std::path::PathBuf, String);

fn read_source_text(
    root: &Path,
    raw: &RawSource,
    limits: &Limits,
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
        Ok(text) => Some((display_name(root, &path), path, text)),
        Err(ReadProblem::OutsideRoot) => {
            diagnostics.push(outside_root(written));
            None
        }
        Err(ReadProblem::Missing) => {
            let near = std::fs::read_dir(&raw.folder)
                .map(|entries| {
                    entries
                        .flatten()
                        .filter_map(|e| e.file_name().into_string().ok())
                        .filter(|name| name.ends_with(".txt"))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            let help = match did_you_mean(&written.value, near.iter().map(String::as_str)) {
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
                    written.at.clone(),
                    "no such file",
                )
                .with_help(help),
            );
            None
        }
        Err(ReadProblem::NotUtf8 { valid_up_to, .. }) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextNotUtf8,
                    format!(
                        "the text of source `{}` is not UTF-8 (invalid byte at offset {valid_up_to})",
                        raw.id.value
                    ),
                    written.at.clone(),
                    "this file is not UTF-8 text",
                )
                .with_help("convert the article to UTF-8 plain text, e.g. `iconv -f GB18030 -t UTF-8`"),
            );
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
                    written.at.clone(),
                    "this file is too large",
                )
                .with_help("keep only the article's text in the file"),
            );
            None
        }
        Err(ReadProblem::Io(error)) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::SourceTextMissing,
                    format!(
                        "the text of source `{}` could not be read: {error}",
                        raw.id.value
                    ),
                    written.at.clone(),
                    "unreadable",
                )
                .with_help("check that the path names a readable file"),
            );
            None
        }
    }
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
        written.at.clone(),
        "this path leaves the project folder",
    )
    .with_help("claimcheck reads only inside the project: copy the article into `sources/` and name it relative to the YAML file")
}

fn link_entities(
    project: &mut Project,
    raw_entities: Vec<RawEntity>,
    diagnostics: &mut Diagnostics,
) {
    let mut entities = Entities::default();
    // Every name and alias, with where it was written, so that a clash labels both.
    let mut names: HashMap<String, Location> = HashMap::new();
    for raw in raw_entities {
        if let Some(first) = names.get(&raw.name.value) {
            diagnostics.push(duplicate("entity", &raw.name.value, first, &raw.name.at));
            continue;
        }
        names.insert(raw.name.value.clone(), raw.name.at.clone());
        let mut aliases = Vec::with_capacity(raw.aliases.len());
        for alias in raw.aliases {
            if let Some(first) = names.get(&alias.value) {
                diagnostics.push(
                    duplicate("entity", &alias.value, first, &alias.at).with_help(
                        "an alias must name one entity only; remove it from one of them",
                    ),
                );
                continue;
            }
            names.insert(alias.value.clone(), alias.at.clone());
            aliases.push(alias);
        }
        entities.push(Entity {
            name: raw.name,
            kind: raw.kind,
            parent: raw.parent,
            parent_entity: None,
            aliases,
        });
    }
    let parents: Vec<(EntityId, Located<String>)> = entities
        .iter()
        .filter_map(|(id, e)| e.parent.clone().map(|p| (id, p)))
        .collect();
    for (id, parent) in parents {
        let resolved = resolve_entity(&entities, &parent, "parent", diagnostics);
        entities.get_mut(id).parent_entity = resolved;
    }
    break_parent_cycles(&mut entities, diagnostics);
    project.entities = entities;
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
                    let names: Vec<&str> = cycle
                        .iter()
                        .chain(std::iter::once(&id))
                        .map(|&e| entities.get(e).name.value.as_str())
                        .collect();
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
                            parent.at.clone(),
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

/// Resolves a name to an entity, warning (with a did-you-mean) when none matches.
fn resolve_entity(
    entities: &Entities,
    name: &Located<String>,
    role: &str,
    diagnostics: &mut Diagnostics,
) -> Option<EntityId> {
    if let Some(id) = entities.resolve(&name.value) {
        return Some(id);
    }
    if entities.is_empty() {
        // A project without a registry has opted out of entity checks.
        return None;
    }
    let help = match did_you_mean(&name.value, entities.names()) {
        Some(near) => format!(
            "did you mean `{near}`? If `{}` is a real, different entity, add it to the registry in entities/",
            name.value
        ),
        None => format!(
            "add `{}` to the registry in entities/, or correct the name",
            name.value
        ),
    };
    diagnostics.push(
        Diagnostic::new(
            Code::UnknownEntity,
            format!("the {role} `{}` names no known entity", name.value),
            name.at.clone(),
            "not in the entity registry",
        )
        .with_help(help),
    );
    None
}

/// Links the claims of each file in turn (`raw_claims` holds one list per file, in file
/// order); a file's raw records are freed once linked, so that the raw and the linked claims
/// of a large corpus are never all in memory at once.
fn link_claims(
    project: &mut Project,
    raw_claims: Vec<Vec<RawClaim>>,
    diagnostics: &mut Diagnostics,
) {
    // Names resolve against the registry independently of each other: on rayon's pool,
    // in order. Only the pass below, which needs the ids seen so far, is sequential.
    let entities = &project.entities;
    let mut raw_claims = raw_claims;
    let resolved: Vec<Vec<Resolved>> = raw_claims
        .par_iter_mut()
        .map(|file| {
            file.iter_mut()
                .map(|raw| Resolved::new(entities, raw))
                .collect()
        })
        .collect();
    let mut claims = Vec::with_capacity(raw_claims.iter().map(Vec::len).sum());
    project.claims_by_id.reserve(claims.capacity());
    let pairs = raw_claims
        .into_iter()
        .flatten()
        .zip(resolved.into_iter().flatten());
    for (raw, resolved) in pairs {
        if let Some(&first) = project.claims_by_id.get(&raw.id.value) {
            let first: &Claim = &claims[first.0 as usize];
            diagnostics.push(duplicate("claim", &raw.id.value, &first.id.at, &raw.id.at));
            continue;
        }
        let Some(&source) = project.sources_by_id.get(&raw.source.value) else {
            let help = match did_you_mean(
                &raw.source.value,
                project.sources_by_id.keys().map(String::as_str),
            ) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "declare the source in sources/*.yaml, or correct the id".to_string(),
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::UnknownSource,
                    format!(
                        "claim `{}` cites the source `{}`, which does not exist",
                        raw.id.value, raw.source.value
                    ),
                    raw.source.at.clone(),
                    "no source has this id",
                )
                .with_help(help),
            );
            continue;
        };
        // A duplicate or a claim citing no source is not resolved: its names are not
        // reported either.
        diagnostics.extend(resolved.diagnostics.into_vec());
        let subject_entity = resolved.subject;
        let (members_at, members) = match resolved.members {
            Some((at, members)) => (Some(at), members),
            None => (None, Vec::new()),
        };
        let published = project.sources[source.0 as usize]
            .published
            .as_ref()
            .map(|date| date.value);
        // Dated by its source, whose date could not be read (reported there): the claim
        // cannot be placed in time, so it is left out rather than given a wrong date.
        let Some(as_of) = raw.as_of.as_ref().map(|d| d.value).or(published) else {
            continue;
        };
        let id = ClaimId(claims.len() as u32);
        project.claims_by_id.insert(raw.id.value.clone(), id);
        claims.push(Claim {
            id: raw.id,
            source,
            source_ref: raw.source.at,
            quote: raw.quote,
            subject: raw.subject,
            subject_entity,
            metric: raw.metric,
            as_of,
            as_of_at: raw.as_of.map(|d| d.at),
            period: raw.period,
            value: raw.value,
            value_unreadable: raw.value_unreadable,
            unit: raw.unit,
            members,
            members_at,
            listing: raw.listing,
            status: raw.status,
            note: raw.note,
            allow: raw.allow,
            at: raw.at,
            passage: None,
        });
    }
    project.claims = claims;
    project.index_locations();
}

/// A claim's subject and members resolved against the entity registry, with the warnings
/// for names that resolve to nothing.
struct Resolved {
    subject: Option<EntityId>,
    members: Option<(Location, Vec<Member>)>,
    diagnostics: Diagnostics,
}

impl Resolved {
    /// Resolves `raw`'s names, taking its member list.
    fn new(entities: &Entities, raw: &mut RawClaim) -> Resolved {
        let mut diagnostics = Diagnostics::default();
        let subject = resolve_entity(entities, &raw.subject, "subject", &mut diagnostics);
        let members = raw.members.take().map(|(at, names)| {
            let members = names
                .into_iter()
                .map(|name| Member {
                    entity: resolve_entity(entities, &name, "member", &mut diagnostics),
                    name,
                })
                .collect();
            (at, members)
        });
        Resolved {
            subject,
            members,
            diagnostics,
        }
    }
}

/// Explanation of CC020, printed by `claimcheck explain CC020`.
pub const EXPLAIN_DUPLICATE_ID: &str = "\
What it checks: source ids are unique among sources, claim ids among claims (across all
files), and entity names and aliases among entities.

Why it matters: rules and reviewers refer to claims by id. If two claims share one, an
equation could silently use the wrong figure. Both places are labelled so you can decide
which to rename.

Fails:
    # claims/a.yaml
    - id: gansu-poor-counties
    # claims/b.yaml
    - id: gansu-poor-counties

Passes: two different ids, such as gansu-poor-counties and gansu-poor-counties-announced.
";

/// Explanation of CC023, printed by `claimcheck explain CC023`.
pub const EXPLAIN_PARENT_CYCLE: &str = "\
What it checks: following entities' `parent:` links never leads back to where it started.

Why it matters: parents say which places contain which: a county's status rolls up to its
province in the timeline rule. A cycle (a county whose parent is its own province's
county) has no top, so nothing could be said to contain anything.

Fails:
    - { name: Gansu, kind: province, parent: Linxia County }
    - { name: Linxia County, kind: county, parent: Gansu }

Passes:
    - { name: Gansu, kind: province, parent: China }
    - { name: Linxia County, kind: county, parent: Gansu }
";

/// Explanation of CC021, printed by `claimcheck explain CC021`.
pub const EXPLAIN_UNKNOWN_SOURCE: &str = "\
What it checks: every claim cites a source declared in sources/*.yaml, either with its own
`source:` or through its file's top-level `source:`.

Why it matters: a claim's source gives it its date and the text its quote is checked
against. A claim citing nothing cannot be verified.

Fails:
    source: cns-2020-11-21-gansu       # sources.yaml declares cns-2020-11-21-gansu-guangxi

Passes:
    source: cns-2020-11-21-gansu-guangxi
";

/// Explanation of CC022, printed by `claimcheck explain CC022`.
pub const EXPLAIN_UNKNOWN_ENTITY: &str = "\
What it checks: each claim's subject and members, and each entity's parent, name an
entity in the registry (entities/*.yaml), by its name or one of its aliases. A project
with no registry skips this check.

Why it matters: names are how lists are compared across articles. A misspelt place
(\"Aktao County\" for Akto County) or a truncated one (\"Yong County\" for Nayong County)
would make a later list look as if it dropped a member. When the article itself misspells
the name, this warning is the finding: the claim should keep the article's spelling.

Fails:
    subject: Aktao County      # the registry knows Akto County

Passes:
    subject: Akto County
    # or, for a real variant spelling, an alias in the registry:
    - name: Du'an County
      aliases: [Duan]
";
