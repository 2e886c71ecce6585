//! Which claims a rule looks at: `select:` with any of `metric`, `subject`, `source`,
//! `unit`, `status` and `id` (a pattern with `*`). Fields combine with AND; a list of values
//! within one field with OR. Selection starts from a hash index on the most selective field
//! given (exact ids, then metric, then subject), so a rule costs time in proportion to the
//! claims it selects, not to the corpus.

use std::collections::HashMap;

use crate::load::fields::{Reader, Record};
use crate::load::spec::{Field, Shape};
use crate::load::yaml::{Node, Value};
use crate::model::{ClaimId, Project};

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
        "Claims about this subject (or any of these), as written in the claims.",
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
}

impl Selector {
    /// Reads `select:` from a rule; a missing `select:` selects every claim.
    pub fn read(reader: &mut Reader, rule: &Record) -> Option<Selector> {
        let Some(node) = rule.get("select") else {
            return Some(Selector::default());
        };
        let record = reader.record(node, "selector", FIELDS)?;
        let mut selector = Selector::default();
        for (field, values) in [
            ("metric", &mut selector.metric),
            ("subject", &mut selector.subject),
            ("source", &mut selector.source),
            ("unit", &mut selector.unit),
            ("status", &mut selector.status),
            ("id", &mut selector.id),
        ] {
            if let Some(node) = record.get(field) {
                *values = one_or_many(reader, node, field)?;
            }
        }
        Some(selector)
    }

    pub fn matches(&self, project: &Project, id: ClaimId) -> bool {
        let claim = project.claim(id);
        let any = |wanted: &[String], have: Option<&str>| {
            wanted.is_empty() || have.is_some_and(|have| wanted.iter().any(|w| w == have))
        };
        any(&self.metric, Some(&claim.metric.value))
            && any(&self.subject, Some(&claim.subject.value))
            && any(&self.source, Some(&project.source(claim.source).id.value))
            && any(&self.unit, claim.unit_name())
            && any(
                &self.status,
                claim.status.as_ref().map(|s| s.value.as_str()),
            )
            && (self.id.is_empty() || self.id.iter().any(|p| glob_match(p, &claim.id.value)))
    }

    /// The selected claims, in corpus order.
    pub fn select(&self, project: &Project, index: &ClaimIndex) -> Vec<ClaimId> {
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
            index.union(&index.by_metric, &self.metric)
        } else if !self.subject.is_empty() {
            index.union(&index.by_subject, &self.subject)
        } else {
            project.claim_ids().collect()
        };
        candidates
            .into_iter()
            .filter(|&id| self.matches(project, id))
            .collect()
    }
}

fn one_or_many(reader: &mut Reader, node: &Node, field: &str) -> Option<Vec<String>> {
    match &node.value {
        Value::Scalar(text) => Some(vec![text.clone()]),
        Value::Seq(items) => items
            .iter()
            .map(|item| match &item.value {
                Value::Scalar(text) => Some(text.clone()),
                _ => {
                    reader.wrong_type(
                        item,
                        &format!("each `{field}` in `select`"),
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
    pub by_metric: HashMap<String, Vec<ClaimId>>,
    pub by_subject: HashMap<String, Vec<ClaimId>>,
}

impl ClaimIndex {
    pub fn new(project: &Project) -> ClaimIndex {
        let mut index = ClaimIndex::default();
        for id in project.claim_ids() {
            let claim = project.claim(id);
            // Look up before inserting, so that a key is copied once, not once per claim.
            for (map, key) in [
                (&mut index.by_metric, &claim.metric.value),
                (&mut index.by_subject, &claim.subject.value),
            ] {
                match map.get_mut(key) {
                    Some(ids) => ids.push(id),
                    None => {
                        map.insert(key.clone(), vec![id]);
                    }
                }
            }
        }
        index
    }

    fn union(&self, map: &HashMap<String, Vec<ClaimId>>, keys: &[String]) -> Vec<ClaimId> {
        let mut ids: Vec<ClaimId> = keys
            .iter()
            .filter_map(|k| map.get(k))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
