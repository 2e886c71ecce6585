//! Which claims a rule looks at: `select:` with any of `metric`, `subject`, `source`,
//! `unit`, `status` and `id` (a pattern with `*`). Fields combine with AND; a list of values
//! within one field with OR. Selection starts from a hash index on the most selective field
//! given (exact ids, then metric, then subject), so a rule costs time in proportion to the
//! claims it selects, not to the corpus.

use std::collections::BTreeSet;

use crate::hashing::HashMap;
use crate::intern::Name;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::model::{ClaimId, EntityId, Project};
use crate::suggest::SuggestionIndex;
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape};
use crate::syntax::yaml::{Node, Value};

/// The fields of `select:`. Each takes one value or a list of them (any of which matches).
pub const FIELDS: &[Field] = &[
    Field::optional(
        "metric",
        Shape::OneOrMany,
        "Claims of this metric (or any of these).",
    ),
    Field::optional(
        "subject",
        Shape::OneOrMany,
        "Claims about this subject (or any of these): as written in the claims, or, for a \
         registered entity, by any of its names and aliases.",
    ),
    Field::optional(
        "source",
        Shape::OneOrMany,
        "Claims citing this source id (or any of these).",
    ),
    Field::optional(
        "unit",
        Shape::OneOrMany,
        "Claims in this unit (or any of these).",
    ),
    Field::optional(
        "status",
        Shape::OneOrMany,
        "Claims with this status word (or any of these).",
    ),
    Field::optional(
        "id",
        Shape::OneOrMany,
        "Claims whose id matches this pattern (or any of these); `*` matches any run of \
         characters, e.g. `gansu-*`.",
    ),
];

/// A conjunction of field tests.
#[derive(Clone, Debug, Default)]
pub struct Selector {
    pub metric: Vec<String>,
    pub subject: Vec<String>,
    pub source: Vec<String>,
    pub unit: Vec<String>,
    pub status: Vec<String>,
    /// Id patterns: `*` matches any run of characters.
    pub id: Vec<String>,
    /// Every value as written, with its field and place, to point at one that matches
    /// nothing.
    pub written: Vec<(&'static str, Located<String>)>,
    /// Where `select:` was written.
    pub at: Option<Location>,
}

impl Selector {
    /// Reads `select:` from a rule; a missing `select:` selects every claim.
    pub fn read(reader: &mut Reader, rule: &Record) -> Option<Selector> {
        Selector::read_field(reader, rule, "select")
    }

    /// Reads a selector written under `under` (`select:`, or a kind's second selector);
    /// a missing one selects every claim. Every field is read before one that cannot be
    /// read fails the whole selector, so that a run reports each.
    pub fn read_field(reader: &mut Reader, rule: &Record, under: &str) -> Option<Selector> {
        let Some(node) = rule.get(under) else {
            return Some(Selector::default());
        };
        if matches!(&node.value, Value::Map(fields) if fields.is_empty()) {
            // As for an empty list: neither "no claim" nor "every claim" is what it is
            // written for, and a rule without `under:` already takes every claim.
            reader.diagnostics.push(
                Diagnostic::new(
                    Code::WrongType,
                    format!("`{under}` is an empty mapping"),
                    reader.at(node),
                    "an empty mapping",
                )
                .with_help(format!(
                    "name the claims to take (`{under}: {{ metric: x }}`, with any of {}), or \
                     leave `{under}:` out to take every claim",
                    FIELDS
                        .iter()
                        .map(|field| format!("`{}`", field.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
            return None;
        }
        let record = reader.record(node, "selector", FIELDS)?;
        let mut selector = Selector {
            at: Some(reader.at(node)),
            ..Selector::default()
        };
        let mut written = Vec::new();
        let mut failed = false;
        for (field, values) in [
            ("metric", &mut selector.metric),
            ("subject", &mut selector.subject),
            ("source", &mut selector.source),
            ("unit", &mut selector.unit),
            ("status", &mut selector.status),
            ("id", &mut selector.id),
        ] {
            if let Some(node) = record.get(field) {
                let Some(mut located) = one_or_many(reader, node, field, under) else {
                    failed = true;
                    continue;
                };
                for value in &mut located {
                    value.value = as_claims_read(field, &value.value);
                }
                *values = located.iter().map(|v| v.value.clone()).collect();
                written.extend(located.into_iter().map(|v| (field, v)));
            }
        }
        selector.written = written;
        (!failed).then_some(selector)
    }

    /// Whether claim `id` is selected; `wanted` holds what the values name in the project
    /// ([`Selector::wanted`]).
    fn matches(&self, project: &Project, id: ClaimId, wanted: &Wanted) -> bool {
        let claim = project.claim(id);
        let subjects = &wanted.subjects;
        let any = |wanted: &[String], have: Option<&str>| {
            wanted.is_empty() || have.is_some_and(|have| wanted.iter().any(|w| w == have))
        };
        let subject = self.subject.is_empty()
            || self.subject.iter().any(|w| **w == *claim.subject.value)
            || claim
                .subject_entity
                .is_some_and(|entity| subjects.contains(&entity));
        any(&wanted.metrics, Some(&claim.metric.value))
            && subject
            && any(&self.source, Some(&project.source(claim.source).id.value))
            && any(&self.unit, claim.unit_name())
            && any(&wanted.statuses, claim.status().map(|s| &*s.value))
            && (self.id.is_empty() || self.id.iter().any(|p| glob_match(p, &claim.id.value)))
    }

    /// The entities the `subject:` values name: a place is selected by what it is, so that
    /// the claims that write it by an alias, or by its qualified name, are selected with
    /// those that write its name. A name several places share selects the claims about
    /// each of them (`Brandenburg`, the state and the city): a rule compares claims by
    /// subject anyway, and selecting none would leave the rule checking nothing.
    fn subject_entities(&self, project: &Project) -> Vec<EntityId> {
        let mut entities: Vec<EntityId> = self
            .subject
            .iter()
            .flat_map(|subject| match project.entities.resolve(subject) {
                Some(entity) => vec![entity],
                None => project.entities.named(subject),
            })
            .collect();
        entities.sort_unstable();
        entities.dedup();
        entities
    }

    /// What the values name in the project: the entities of `subject:`, and the metrics and
    /// status words with the spelling the claims' are read as when a value writes another
    /// of their spellings (`Total population` for `total population`, CC026).
    fn wanted(&self, project: &Project) -> Wanted {
        let respelt = |values: &[String], spellings: &HashMap<String, Name>| {
            let mut wanted = values.to_vec();
            for value in values {
                let text = crate::load::units::compared_text(value);
                if let Some(spelling) = spellings.get(&text)
                    && !wanted.iter().any(|w| **w == **spelling)
                {
                    wanted.push(spelling.to_string());
                }
            }
            wanted
        };
        Wanted {
            subjects: self.subject_entities(project),
            metrics: respelt(&self.metric, &project.respelt.metrics),
            statuses: respelt(&self.status, &project.respelt.statuses),
        }
    }

    /// The selected claims, in corpus order.
    pub fn select(&self, project: &Project, index: &ClaimIndex) -> Vec<ClaimId> {
        let wanted = self.wanted(project);
        let subjects = &wanted.subjects;
        let exact_ids = !self.id.is_empty() && self.id.iter().all(|p| !p.contains('*'));
        let candidates: Vec<ClaimId> = if exact_ids {
            // Ids without a wildcard name their claims: look them up.
            let mut ids: Vec<ClaimId> = self
                .id
                .iter()
                .filter_map(|id| project.claim_by_id(id))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        } else if !self.metric.is_empty() {
            index.by_metric.union(&wanted.metrics)
        } else if !self.subject.is_empty() {
            let mut ids = index.by_subject.union(&self.subject);
            if !subjects.is_empty() {
                let by_entity = index.by_subject_entity(project);
                ids.extend(subjects.iter().filter_map(|e| by_entity.get(e)).flatten());
                ids.sort_unstable();
                ids.dedup();
            }
            ids
        } else {
            project.claim_ids().collect()
        };
        // A rule over most of the corpus is one task among thousands of small rules: its
        // selection, a read of every candidate claim, is split over rayon's pool, so that
        // the largest rule does not hold the phase on one thread.
        if candidates.len() < PARALLEL_CANDIDATES {
            return candidates
                .into_iter()
                .filter(|&id| self.matches(project, id, &wanted))
                .collect();
        }
        use rayon::prelude::*;
        candidates
            .into_par_iter()
            .filter(|&id| self.matches(project, id, &wanted))
            .collect()
    }
}

/// What a selector's values name in the project ([`Selector::wanted`]).
struct Wanted {
    subjects: Vec<EntityId>,
    metrics: Vec<String>,
    statuses: Vec<String>,
}

/// How many candidates a selection checks on rayon's pool rather than in one task.
const PARALLEL_CANDIDATES: usize = 16_384;

fn one_or_many(
    reader: &mut Reader,
    node: &Node,
    field: &str,
    selector: &str,
) -> Option<Vec<Located<String>>> {
    match &node.value {
        Value::Scalar(text) => Some(vec![Located::new(text.clone(), reader.at(node))]),
        Value::Seq(items) if items.is_empty() => {
            // Read as "any of no values", it would select no claim; read as "no condition",
            // every claim. Neither is what a rule author writes an empty list for.
            reader.diagnostics.push(
                Diagnostic::new(
                    Code::WrongType,
                    format!("`{field}` in `{selector}` is an empty list"),
                    reader.at(node),
                    "an empty list",
                )
                .with_help(format!(
                    "name at least one {field} (`{field}: x` or `{field}: [x, y]`), or leave \
                     `{field}:` out to choose claims whatever their {field}"
                )),
            );
            None
        }
        Value::Seq(items) => items
            .iter()
            .map(|item| match &item.value {
                Value::Scalar(text) => Some(Located::new(text.clone(), reader.at(item))),
                _ => {
                    reader.wrong_type(
                        item,
                        &format!("each `{field}` in `{selector}`"),
                        "a single value",
                    );
                    None
                }
            })
            .collect(),
        _ => {
            reader.wrong_type(node, field, "a value or a list of values");
            None
        }
    }
}

/// A value of `select:` in the form claims are read in, so that it selects them however
/// either was typed: a subject in its [canonical form](crate::normalize::canonical_name)
/// (NFC, `'` for typographic apostrophes), a metric, unit or status in its
/// [spaced form](crate::normalize::spaced_phrase) (NFC, single spaces); ids as written.
fn as_claims_read(field: &str, value: &str) -> String {
    match field {
        "subject" => crate::normalize::canonical_name(value),
        "id" | "source" => value.to_string(),
        _ => crate::normalize::spaced_phrase(value).into_owned(),
    }
}

impl Selector {
    /// CC049: a warning for each value of a list in this selector that no claim has, when
    /// the selector as a whole chose claims (`id: [adults, registred]`): the claims the
    /// misspelt value was written for go unchecked while the rule passes on the others.
    /// Only a field written with several values can hold one: a field of one value is met
    /// by every selected claim. Each value is tried alone, as the selection reads it
    /// (aliases, spellings, `*` in ids), so a value is labelled only when no claim at all
    /// has it, not when its claims are left out by the selector's other fields.
    pub fn values_selecting_nothing(
        &self,
        project: &Project,
        index: &ClaimIndex,
        rule: &Located<String>,
        selector: &'static str,
    ) -> Vec<Diagnostic> {
        let listed = |field: &str| self.written.iter().filter(|(f, _)| *f == field).count() > 1;
        self.written
            .iter()
            .filter(|(field, _)| listed(field))
            .filter(|(field, value)| {
                let mut alone = Selector::default();
                let values = match *field {
                    "metric" => &mut alone.metric,
                    "subject" => &mut alone.subject,
                    "source" => &mut alone.source,
                    "unit" => &mut alone.unit,
                    "status" => &mut alone.status,
                    _ => &mut alone.id,
                };
                values.push(value.value.clone());
                alone.select(project, index).is_empty()
            })
            .map(|(field, value)| {
                let message = format!(
                    "{field} `{}` in the `{selector}:` of rule `{}` chooses no claim: the rule \
                     checks only the claims of the other values",
                    value.value, rule.value
                );
                let facts = UnmatchedValue {
                    rule: rule.value.clone(),
                    selector,
                    unmatched: SelectedValue {
                        field,
                        value: value.value.clone(),
                    },
                };
                if *field == "id"
                    && let Some(rejected) = project.rejected_claims.get(&value.value)
                {
                    // Written, and left out for its own errors: those are what to fix.
                    return Diagnostic::new(
                        Code::UnmatchedSelectValue,
                        message,
                        value.at,
                        "names a claim that did not load",
                    )
                    .with_label(
                        rejected.at,
                        format!("`{}` is written here but did not load", value.value),
                    )
                    .with_help(format!(
                        "the claim `{}` did not load, for the errors reported with it: fix \
                         those, and the rule checks it",
                        value.value
                    ))
                    .with_data(&facts);
                }
                let near = index
                    .values_of(project, field)
                    .suggestions
                    .as_ref()
                    .and_then(|suggestions| suggestions.closest(&value.value))
                    .map(|near| format!("did you mean {field} `{near}`? "))
                    .unwrap_or_default();
                Diagnostic::new(
                    Code::UnmatchedSelectValue,
                    message,
                    value.at,
                    format!("no claim has {field} `{}`", value.value),
                )
                .with_help(format!(
                    "{near}correct the value (`claimcheck list claims` shows each claim's \
                     subject and metric), or remove it from the list"
                ))
                .with_data(&facts)
            })
            .collect()
    }
}

/// CC049's facts: the rule, the selector, and the value of its list that no claim has.
#[derive(Debug, serde::Serialize)]
pub struct UnmatchedValue {
    pub rule: String,
    /// The selector the value is written in: `select`, or a `disjoint` rule's `against`.
    pub selector: &'static str,
    pub unmatched: SelectedValue,
}

/// CC045's facts: the rule, what its `select:` writes, and the values no claim has.
#[derive(Debug, serde::Serialize)]
pub struct EmptySelection {
    pub rule: String,
    /// The selector that chooses no claim: `select`, or a `disjoint` rule's `against`.
    pub selector: &'static str,
    /// Each field of the selector and its value, in the order written; empty without one.
    pub select: Vec<SelectedValue>,
    /// The values of `select:` that no claim (that loaded) has.
    pub unmatched: Vec<SelectedValue>,
}

/// One field of a `select:` and its value.
#[derive(Debug, serde::Serialize)]
pub struct SelectedValue {
    pub field: &'static str,
    pub value: String,
}

impl Selector {
    /// CC045: the warning for a rule whose `select:` chose no claim, labelled at each value
    /// that no claim has, with the nearest value that claims do have. A rule that checks
    /// nothing would otherwise pass in silence, as if its claims agreed. The values claims
    /// have come from `index`, which gathers them once for every rule of the run.
    /// `selector` names the field this selector was written as: `select`, or `against`.
    pub fn selects_nothing(
        &self,
        project: &Project,
        index: &ClaimIndex,
        rule: &Located<String>,
        selector: &'static str,
    ) -> Diagnostic {
        let mut facts = EmptySelection {
            rule: rule.value.clone(),
            selector,
            select: self
                .written
                .iter()
                .map(|(field, value)| SelectedValue {
                    field,
                    value: value.value.clone(),
                })
                .collect(),
            unmatched: Vec::new(),
        };
        let message = match selector {
            "select" => format!("rule `{}` selects no claim: it checks nothing", rule.value),
            _ => format!(
                "the `{selector}:` of rule `{}` chooses no claim: the rule checks nothing",
                rule.value
            ),
        };
        // Claims left out for their errors (or their source's) may be the ones the rule
        // was written for: then the way forward is to fix those errors, not the rule.
        let not_loaded = match project.rejected_claims.len() {
            0 => None,
            1 => Some(
                "1 claim was written but did not load, for the errors reported with it".to_string(),
            ),
            n => Some(format!(
                "{n} claims were written but did not load, for the errors reported with them"
            )),
        };
        // So may the claims of a file that could not be read at all.
        let not_loaded = match (not_loaded, super::load::unread_claim_files(project)) {
            (Some(not_loaded), Some(unread)) => Some(format!("{not_loaded}; {unread}")),
            (not_loaded, unread) => not_loaded.or(unread),
        };
        if self.written.is_empty() {
            // No `select:`: the rule takes every claim, and there is none.
            let help = match &not_loaded {
                Some(not_loaded) => format!("{not_loaded}: fix those, and the rule checks them"),
                None => "write claims in claims/*.yaml, or remove the rule".to_string(),
            };
            return Diagnostic::new(
                Code::EmptySelection,
                message,
                rule.at,
                "this rule has no `select:`: it takes every claim, and no claim loaded",
            )
            .with_help(help)
            .with_data(&facts);
        }
        let mut unmatched: Vec<(Location, String)> = Vec::new();
        let mut near = Vec::new();
        // The ids `select:` names of claims that were written and left out.
        let mut named_not_loaded: Vec<String> = Vec::new();
        for (field, value) in &self.written {
            let existing = index.values_of(project, field);
            let matches = if *field == "id" {
                existing
                    .values
                    .iter()
                    .any(|id| glob_match(&value.value, id))
            } else {
                existing.values.contains(value.value.as_str())
            };
            if matches {
                continue;
            }
            facts.unmatched.push(SelectedValue {
                field,
                value: value.value.clone(),
            });
            if *field == "id"
                && let Some(rejected) = project.rejected_claims.get(&value.value)
            {
                // The claim was written, and its own errors are what to fix: a near id of
                // another claim would change what the rule checks.
                unmatched.push((value.at, "names a claim that did not load".to_string()));
                unmatched.push((
                    rejected.at,
                    format!("`{}` is written here but did not load", value.value),
                ));
                named_not_loaded.push(format!("`{}`", value.value));
                continue;
            }
            let label = match not_loaded {
                Some(_) => format!("no claim that loaded has {field} `{}`", value.value),
                None => format!("no claim has {field} `{}`", value.value),
            };
            unmatched.push((value.at, label));
            let suggestions = existing.suggestions.as_ref();
            if let Some(near_value) = suggestions.and_then(|s| s.closest(&value.value)) {
                near.push(format!("did you mean {field} `{near_value}`?"));
            }
        }
        // The errors that kept claims out come first: they are what to fix first.
        let mut hints = Vec::new();
        match (named_not_loaded.as_slice(), &not_loaded) {
            ([], None) => {}
            ([], Some(not_loaded)) => hints.push(format!(
                "{not_loaded}: fix those first, as the rule may select them."
            )),
            ([one], _) => hints.push(format!(
                "the claim {one} did not load, for the errors reported with it: fix those, \
                 and the rule checks it."
            )),
            (several, _) => hints.push(format!(
                "the claims {} did not load, for the errors reported with them: fix those, \
                 and the rule checks them.",
                several.join(", ")
            )),
        }
        hints.extend(near);
        if named_not_loaded.len() < self.written.len() {
            hints.push(format!(
                "a rule must select at least one claim: correct the values in `{selector}:` \
                 (`claimcheck list claims` shows each claim's subject and metric), or remove \
                 the rule"
            ));
        }
        let mut labels = unmatched.into_iter();
        // Point at the first value no claim has; when each value exists but no claim has
        // them all, at `select:` itself.
        let mut diagnostic = match labels.next() {
            Some((at, label)) => Diagnostic::new(Code::EmptySelection, message, at, label),
            None => Diagnostic::new(
                Code::EmptySelection,
                message,
                self.at.unwrap_or(rule.at),
                format!("no claim matches every field of this `{selector}:`"),
            ),
        };
        for (at, label) in labels {
            diagnostic = diagnostic.with_label(at, label);
        }
        diagnostic
            .with_help(crate::diagnostic::sentences(&hints))
            .with_data(&facts)
    }
}

/// The values claims have for one field of `select:`, for a did-you-mean.
fn existing_values(project: &Project, field: &str) -> BTreeSet<String> {
    project
        .claim_ids()
        .filter_map(|id| {
            let claim = project.claim(id);
            match field {
                "metric" => Some(claim.metric.value.to_string()),
                "subject" => Some(claim.subject.value.to_string()),
                "source" => Some(project.source(claim.source).id.value.clone()),
                "unit" => claim.unit_name().map(str::to_string),
                "status" => claim.status().map(|s| s.value.to_string()),
                _ => Some(claim.id.value.clone()),
            }
        })
        .collect()
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Claims indexed by the fields selectors use most.
#[derive(Debug, Default)]
pub struct ClaimIndex {
    pub by_metric: ClaimsByKey,
    pub by_subject: ClaimsByKey,
    /// Registered subject -> its claims in claim order, however they write it; built on
    /// first use, by a rule that selects a subject and no metric.
    by_subject_entity: std::sync::OnceLock<HashMap<EntityId, Vec<ClaimId>>>,
    /// The values claims have for each field of [`FIELDS`], in its order: built for a field
    /// on first use, by a rule that selects nothing (CC045), and shared by every other such
    /// rule. Thousands of rules naming a metric no claim has would otherwise each gather
    /// every claim's metric and index it again for "did you mean".
    values: [std::sync::OnceLock<FieldValues>; FIELDS.len()],
    /// Set for a run that reports no CC045: nobody reads its help, so `values` are not
    /// indexed for "did you mean".
    without_suggestions: bool,
}

/// The distinct values claims have for one field of `select:`.
#[derive(Debug)]
struct FieldValues {
    values: BTreeSet<String>,
    /// The same values, for "did you mean"; none after
    /// [`ClaimIndex::leave_out_suggestions`].
    suggestions: Option<SuggestionIndex>,
}

/// Claims by one field's value, each value's claims in claim order, split into shards by a
/// randomly keyed hash of the value (as [`crate::model::ClaimIds`] is), so that the index
/// is built and freed shard by shard on rayon's pool.
#[derive(Debug, Default)]
pub struct ClaimsByKey {
    hasher: crate::hashing::RandomState,
    shards: Vec<HashMap<Name, Vec<ClaimId>>>,
}

impl ClaimsByKey {
    const SHARDS: usize = 64;

    fn shard(&self, key: &str) -> usize {
        use std::hash::BuildHasher;
        (self.hasher.hash_one(key) % Self::SHARDS as u64) as usize
    }

    pub fn get(&self, key: &str) -> Option<&Vec<ClaimId>> {
        self.shards.get(self.shard(key))?.get(key)
    }

    /// The claims of any of `keys`, in claim order.
    fn union(&self, keys: &[String]) -> Vec<ClaimId> {
        let mut ids: Vec<ClaimId> = keys
            .iter()
            .filter_map(|k| self.get(k))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// One shard of one field's index of one chunk of claims.
type ChunkShard<'a> = HashMap<&'a Name, Vec<ClaimId>>;

impl ClaimIndex {
    pub fn new(project: &Project) -> ClaimIndex {
        use rayon::prelude::*;
        // Each chunk of claims indexed on rayon's pool, shard by shard; then each shard's
        // chunks merged in chunk order on the pool, which leaves every value's claims in
        // claim order.
        const CHUNK: usize = 16_384;
        let mut index = ClaimIndex::default();
        let mut chunks: Vec<(usize, [Vec<ChunkShard>; 2])> = project
            .claims
            .par_runs(CHUNK)
            .map(|(start, claims)| {
                let mut maps: [Vec<ChunkShard>; 2] =
                    std::array::from_fn(|_| vec![HashMap::default(); ClaimsByKey::SHARDS]);
                let [metrics, subjects] = &mut maps;
                for (offset, claim) in claims.iter().enumerate() {
                    let id = ClaimId((start + offset) as u32);
                    for (maps, by_key, key) in [
                        (&mut *metrics, &index.by_metric, &claim.metric.value),
                        (&mut *subjects, &index.by_subject, &claim.subject.value),
                    ] {
                        maps[by_key.shard(key)].entry(key).or_default().push(id);
                    }
                }
                (start, maps)
            })
            .collect();
        chunks.sort_unstable_by_key(|&(start, _)| start);
        // Shard by shard: each field's shard `s` of every chunk, in chunk order.
        let mut by_shard: [Vec<Vec<ChunkShard>>; 2] = std::array::from_fn(|_| {
            (0..ClaimsByKey::SHARDS)
                .map(|_| Vec::with_capacity(chunks.len()))
                .collect()
        });
        for (_, chunk) in chunks {
            for (field, maps) in chunk.into_iter().enumerate() {
                for (shard, map) in maps.into_iter().enumerate() {
                    by_shard[field][shard].push(map);
                }
            }
        }
        let [metrics, subjects] = by_shard.map(|shards| {
            shards
                .into_par_iter()
                .map(|chunks| {
                    let mut merged: HashMap<Name, Vec<ClaimId>> = HashMap::default();
                    for chunk in chunks {
                        for (key, ids) in chunk {
                            match merged.get_mut(&**key) {
                                Some(all) => all.extend(ids),
                                None => {
                                    merged.insert(Name::clone(key), ids);
                                }
                            }
                        }
                    }
                    merged
                })
                .collect::<Vec<_>>()
        });
        index.by_metric.shards = metrics;
        index.by_subject.shards = subjects;
        index
    }

    /// The claims of each registered subject, in claim order.
    fn by_subject_entity(&self, project: &Project) -> &HashMap<EntityId, Vec<ClaimId>> {
        self.by_subject_entity.get_or_init(|| {
            let mut by_entity: HashMap<EntityId, Vec<ClaimId>> = HashMap::default();
            for id in project.claim_ids() {
                if let Some(entity) = project.claim(id).subject_entity {
                    by_entity.entry(entity).or_default().push(id);
                }
            }
            by_entity
        })
    }

    /// The values claims have for `field` of `select:`, gathered and indexed on first use.
    fn values_of(&self, project: &Project, field: &str) -> &FieldValues {
        // Any other name is read as `id`, as `existing_values` does.
        let slot = |name: &str| FIELDS.iter().position(|known| known.name == name);
        let slot = slot(field).or_else(|| slot("id")).unwrap_or(0);
        self.values[slot].get_or_init(|| {
            let values = existing_values(project, field);
            let suggestions = (!self.without_suggestions)
                .then(|| SuggestionIndex::new(values.iter().map(String::as_str)));
            FieldValues {
                values,
                suggestions,
            }
        })
    }

    /// Leaves "did you mean" out of CC045, for a run that does not report it.
    pub fn leave_out_suggestions(&mut self) {
        self.without_suggestions = true;
    }

    /// Frees the index shard by shard on rayon's pool.
    pub fn free(self) {
        use rayon::prelude::*;
        self.by_metric
            .shards
            .into_par_iter()
            .chain(self.by_subject.shards)
            .for_each(drop);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{check_files, codes, primary_text};

    const CLAIMS: &str = "source: article\nclaims:\n  - { id: late, quote: x, subject: Gansu, metric: poor counties, value: 1, unit: county, as_of: 2020-11-25 }\n  - { id: other, quote: x, subject: Guangxi, metric: poor villages, value: 2, unit: village }\n";

    fn check_rule(rule: &str) -> crate::check::Outcome {
        check_files(&[("claims/c.yaml", CLAIMS), ("rules/r.yaml", rule)])
    }

    #[test]
    fn select_values_match_claims_whatever_their_unicode_form_or_apostrophes() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: \"C\u{f4}tes-d'Armor\", metric: \"\u{e9}coles ferm\u{e9}es\", value: 1, unit: \u{e9}cole }\n";
        let rule = "rules:\n  - id: r\n    kind: range\n    min: 0\n    select:\n      metric: \"e\u{301}coles ferme\u{301}es\"\n      subject: \"Co\u{302}tes-d\u{2019}Armor\"\n      unit: \"e\u{301}cole\"\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        assert!(
            !codes(&outcome).contains(&Code::EmptySelection),
            "{:?}",
            codes(&outcome)
        );
    }

    #[test]
    fn a_registered_subject_selects_the_claims_that_write_it_by_any_of_its_names() {
        // The test registry knows Tibet, alias Xizang, within China.
        let claims = "source: article\nclaims:\n  - { id: by-name, quote: x, subject: Tibet, metric: m, value: 5, unit: county }\n  - { id: by-alias, quote: x, subject: Xizang, metric: m, value: 6, unit: county }\n  - { id: qualified, quote: x, subject: Tibet (China), metric: m, value: 7, unit: county }\n  - { id: other, quote: x, subject: Gansu, metric: m, value: 8, unit: county }\n";
        for (select, how) in [
            ("{ subject: Xizang }", "by subject alone"),
            ("{ subject: Tibet, metric: m }", "with a metric"),
        ] {
            let rule = format!("rules:\n  - {{ id: r, kind: range, max: 1, select: {select} }}\n");
            let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", &rule)]);
            let out_of_range: Vec<&str> = outcome
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::OutOfRange)
                .map(|d| d.claims[0].as_str())
                .collect();
            assert_eq!(out_of_range, ["by-name", "by-alias", "qualified"], "{how}");
        }
    }

    #[test]
    fn a_subject_several_places_share_selects_the_claims_about_each() {
        let entities = "entities:\n  - { name: Germany, kind: country }\n  - { name: Brandenburg, kind: state, parent: Germany }\n  - { name: Brandenburg, kind: city, parent: Brandenburg (Germany), aliases: [Brandenburg an der Havel] }\n";
        let claims = "source: article\nclaims:\n  - { id: city, quote: x, subject: Brandenburg an der Havel, metric: m, value: 5, unit: county }\n  - { id: state, quote: x, subject: Brandenburg (Germany), metric: m, value: 6, unit: county }\n";
        let rule = "rules:\n  - { id: r, kind: range, max: 1, select: { subject: Brandenburg } }\n";
        let outcome = check_files(&[
            ("entities/more.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", rule),
        ]);
        let out_of_range: Vec<&str> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::OutOfRange)
            .map(|d| d.claims[0].as_str())
            .collect();
        assert_eq!(
            out_of_range,
            ["city", "state"],
            "{:#?}",
            outcome.diagnostics
        );
    }

    #[test]
    fn a_misspelt_value_beside_a_right_one_is_a_warning_on_it_alone() {
        // Found from outside: `id: [adults, registred]` chose `adults`, checked it, and
        // passed, while `registered` went unchecked.
        let outcome = check_rule(
            "rules:\n  - { id: r, kind: range, min: 0, select: { id: [late, lates, other] } }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::UnmatchedSelectValue]);
        assert_eq!(primary_text(&outcome, 0), "lates");
        let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
        assert!(help.starts_with("did you mean id `late`?"), "{help}");
        // Each misspelt value is its own warning, in any field.
        let outcome = check_rule(
            "rules:\n  - { id: r, kind: range, min: 0, select: { subject: [Gansu, Gansou, Guangxi], metric: [poor counties, poor village] } }\n",
        );
        assert_eq!(
            codes(&outcome),
            vec![Code::UnmatchedSelectValue, Code::UnmatchedSelectValue]
        );
        assert_eq!(primary_text(&outcome, 0), "Gansou");
        assert_eq!(primary_text(&outcome, 1), "poor village");
    }

    #[test]
    fn a_value_some_claim_has_is_not_labelled_when_other_fields_leave_its_claims_out() {
        // `Guangxi` has claims, none of `poor counties`; an alias and a pattern that
        // choose claims are values claims have; a rule with a misspelt value that now
        // judges nothing is told the value, not that it judged nothing (CC047).
        for select in [
            "{ subject: [Gansu, Guangxi], metric: poor counties }",
            "{ subject: [Gansu, Gansu (China)] }",
            "{ id: [lat*, oth*] }",
        ] {
            let rule = format!("rules:\n  - {{ id: r, kind: range, min: 0, select: {select} }}\n");
            let outcome = check_rule(&rule);
            assert!(
                !codes(&outcome).contains(&Code::UnmatchedSelectValue),
                "{select}: {:?}",
                outcome.diagnostics
            );
        }
        let outcome = check_rule(
            "rules:\n  - { id: r, kind: monotonic, direction: non-decreasing, select: { id: [late, lates] } }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::UnmatchedSelectValue]);
    }

    #[test]
    fn a_misspelt_select_value_is_a_warning_with_the_value_claims_have() {
        let outcome = check_rule(
            "rules:\n  - id: dates\n    kind: timeline\n    select:\n      metric: poor countys\n",
        );
        assert_eq!(codes(&outcome), vec![Code::EmptySelection]);
        assert_eq!(primary_text(&outcome, 0), "poor countys");
        let help = outcome.diagnostics[0].help.as_deref().unwrap_or_default();
        assert!(
            help.starts_with("did you mean metric `poor counties`?"),
            "{help}"
        );
    }

    #[test]
    fn values_that_exist_but_never_together_point_at_select() {
        let outcome = check_rule(
            "rules:\n  - id: dates\n    kind: timeline\n    select:\n      metric: poor counties\n      subject: Guangxi\n",
        );
        assert_eq!(codes(&outcome), vec![Code::EmptySelection]);
        assert_eq!(
            outcome.diagnostics[0].labels[0].message,
            "no claim matches every field of this `select:`"
        );
    }

    #[test]
    fn a_select_with_an_input_error_does_not_run_the_rule() {
        // `metric` is a mapping: the rule is not read, so it neither checks every claim
        // (the dated-too-late one would be CC161) nor says it selects none.
        let outcome = check_rule(
            "rules:\n  - id: dates\n    kind: timeline\n    select:\n      metric: { poor: counties }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::WrongType]);
        assert!(outcome.rules.is_empty());
    }

    #[test]
    fn an_empty_list_in_a_select_is_an_input_error_and_the_rule_does_not_run() {
        // Read as "any metric", the range would report both claims above 0.
        let outcome = check_rule(
            "rules:\n  - { id: none, kind: range, select: { metric: [], id: [] }, max: 0 }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::WrongType, Code::WrongType]);
        assert_eq!(primary_text(&outcome, 0), "[]");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`metric` in `select` is an empty list"
        );
        assert_eq!(
            outcome.diagnostics[1].message,
            "`id` in `select` is an empty list"
        );
        assert!(outcome.rules.is_empty());
    }

    #[test]
    fn an_empty_select_is_an_input_error_and_the_rule_does_not_run() {
        let outcome = check_rule("rules:\n  - { id: none, kind: range, select: {}, max: 0 }\n");
        assert_eq!(codes(&outcome), vec![Code::WrongType]);
        assert_eq!(primary_text(&outcome, 0), "{}");
        assert_eq!(
            outcome.diagnostics[0].message,
            "`select` is an empty mapping"
        );
        assert!(outcome.rules.is_empty());
    }

    #[test]
    fn a_select_naming_a_claim_that_did_not_load_labels_it_and_suggests_no_other() {
        // `lat` is one letter from `late`, which loaded: suggesting it would change what
        // the rule checks, when the claim meant is there with an error of its own.
        let claims = format!(
            "{CLAIMS}  - {{ id: lat, quote: x, subject: Gansu, metric: poor counties, value: 1, unit: county, as_of: 2020-13-01 }}\n"
        );
        let outcome = check_files(&[
            ("claims/c.yaml", &claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, select: { id: lat }, max: 0 }\n",
            ),
        ]);
        assert_eq!(
            codes(&outcome),
            vec![Code::InvalidDate, Code::EmptySelection]
        );
        let warning = &outcome.diagnostics[1];
        let labels: Vec<&str> = warning.labels.iter().map(|l| l.message.as_ref()).collect();
        assert_eq!(
            labels,
            [
                "names a claim that did not load",
                "`lat` is written here but did not load"
            ]
        );
        assert_eq!(
            warning.help.as_deref(),
            Some(
                "the claim `lat` did not load, for the errors reported with it: fix those, \
                 and the rule checks it."
            )
        );
    }

    #[test]
    fn glob_matches_stars_anywhere() {
        assert!(glob_match("gansu-*", "gansu-poor-counties"));
        assert!(glob_match("*-2019", "gansu-counties-remaining-2019"));
        assert!(glob_match("g*counties*", "gansu-poor-counties-announced"));
        assert!(!glob_match("gansu-*", "guizhou-poor-counties"));
        assert!(glob_match("exact", "exact"));
        assert!(!glob_match("exact", "exactly"));
        assert!(!glob_match("a*a", "a"));
    }
}
