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
mod tests;
