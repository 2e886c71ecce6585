//! The same finding from several rules is one finding: the same code with the same message
//! at the same place (and, for a disagreement, the same claim on the other side), found by
//! several rules or by a thousand copies of one, names every rule: the first
//! [`FOLDED_RULES`] with their labels, the rest by id in a note that counts them. Most are
//! folded as the rules' findings are collected ([`SameFindings`]), so that a run of a
//! thousand copies of one rule over many claims holds one finding per claim; the rest by
//! [`super::merge`]. Also here: how a finding of another code about the same slip becomes a
//! note of the one kept ([`fold_other_code`]).

use std::sync::Arc;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};

/// What makes two rules' findings one: the code, the place, the words, and the other
/// claim of a disagreement (on which an `allow:` silences it too).
type SameKey<'d> = (Code, &'d Location, &'d str, Option<&'d str>);

fn same_key(diagnostic: &Diagnostic) -> Option<SameKey<'_>> {
    diagnostic.rule.as_ref()?;
    Some((
        diagnostic.code,
        diagnostic.primary()?,
        &diagnostic.message,
        diagnostic.counterpart.as_deref(),
    ))
}

/// The rule findings of a list by their [`SameKey`], holding each finding's index alone:
/// the key is read from the finding, not copied (a message per finding, a million findings
/// of rules that all fail on every claim).
#[derive(Default)]
pub(super) struct SameIndex {
    hasher: crate::hashing::RandomState,
    table: hashbrown::HashTable<usize>,
}

impl SameIndex {
    /// The hash of `diagnostic`'s key; none for a finding of no rule or of no place.
    pub(super) fn hash(&self, diagnostic: &Diagnostic) -> Option<u64> {
        Self::hash_with(&self.hasher, diagnostic)
    }

    fn hash_with(hasher: &crate::hashing::RandomState, diagnostic: &Diagnostic) -> Option<u64> {
        use std::hash::BuildHasher;
        same_key(diagnostic).map(|key| hasher.hash_one(key))
    }

    /// The index in `diagnostics` of the finding with `diagnostic`'s key, if any.
    pub(super) fn find(
        &self,
        diagnostics: &[Diagnostic],
        hash: u64,
        diagnostic: &Diagnostic,
    ) -> Option<usize> {
        let key = same_key(diagnostic);
        self.table
            .find(hash, |&at| same_key(&diagnostics[at]) == key)
            .copied()
    }

    /// Files `diagnostics[at]`, whose key hashes to `hash` and is not filed yet.
    pub(super) fn insert(&mut self, diagnostics: &[Diagnostic], hash: u64, at: usize) {
        let hasher = &self.hasher;
        // A filed finding has a key, so a hash: the table asks again when it grows.
        self.table.insert_unique(hash, at, |&filed| {
            Self::hash_with(hasher, &diagnostics[filed]).unwrap_or_default()
        });
    }
}

/// Rules whose same finding is folded in with its labels and a note of its own; any more
/// are named by id alone ([`Diagnostic::also_found_by`]), counted in one note.
pub const FOLDED_RULES: usize = crate::rules::RELATED_LABELS;

/// Prefix of the note that counts the rules folded in by id alone.
const MORE_RULES_NOTE: &str = "also found by ";

/// The same finding from another rule: name that rule, keep its labels and notes; past
/// [`FOLDED_RULES`], its id alone.
///
/// `shared` is the rule's id as the run shares it among the findings that name it by id
/// alone; `None`: one is made.
pub(super) fn fold_same(kept: &mut Diagnostic, mut again: Diagnostic, shared: Option<&Arc<str>>) {
    // The rule that rates it most severe leads: the finding is its rule's, with its help.
    if again.severity > kept.severity {
        std::mem::swap(kept, &mut again);
    }
    let Some(other) = again.rule.as_deref() else {
        return absorb(kept, again);
    };
    // The rules folded in whole (few), then those by id alone, which come in rule order:
    // a rule already named is the last of them.
    let mut whole: Vec<&str> = kept
        .rule
        .as_deref()
        .into_iter()
        .chain(kept.folded.iter().filter_map(|f| f.rule.as_deref()))
        .collect();
    if whole.contains(&other) {
        return absorb_same(kept, again);
    }
    if kept
        .also_found_by
        .last()
        .is_some_and(|last| **last == *other)
    {
        return;
    }
    whole.sort_unstable();
    whole.dedup();
    if whole.len() <= FOLDED_RULES {
        let note = format!("also found by rule `{other}`");
        if !kept.notes.contains(&note) {
            kept.notes.push(note);
        }
        return absorb_same(kept, again);
    }
    kept.also_found_by
        .push(shared.map_or_else(|| Arc::from(other), Arc::clone));
    count_more_rules(kept);
}

/// Whether `note` is the one that counts the rules named by id alone.
fn counts_more_rules(note: &str) -> bool {
    note.starts_with(MORE_RULES_NOTE) && note.ends_with("in `also_found_by`)")
}

/// Writes the note that counts the rules named by id alone anew, in the place of the one
/// before (a finding taken in may have brought its own).
fn count_more_rules(kept: &mut Diagnostic) {
    let count = kept.also_found_by.len();
    let note = format!(
        "{MORE_RULES_NOTE}{count} more {} (the JSON report names them, in `also_found_by`)",
        if count == 1 { "rule" } else { "rules" }
    );
    match kept.notes.iter().position(|n| counts_more_rules(n)) {
        Some(at) => {
            kept.notes[at] = note;
            let mut index = 0;
            kept.notes.retain(|n| {
                index += 1;
                index - 1 <= at || !counts_more_rules(n)
            });
        }
        None => kept.notes.push(note),
    }
}

/// The rule findings being collected, folded as they come, in rule order, where one is
/// another rule's same finding ([`fold_same`]), as [`super::merge`] would fold them. A finding
/// its own rule's `allow:` silences stays apart: it is that rule's to silence alone.
#[derive(Default)]
pub struct SameFindings {
    first: SameIndex,
    pub diagnostics: Vec<Diagnostic>,
}

impl SameFindings {
    /// Adds `diagnostic`, found by the rule `rule` (its id, shared by every finding that
    /// names it by id alone), whose `allow:` silences `silenced` codes.
    pub fn add(&mut self, diagnostic: Diagnostic, rule: &Arc<str>, silenced: &[Code]) {
        let hash = match silenced.contains(&diagnostic.code) {
            true => None,
            false => self.first.hash(&diagnostic),
        };
        let Some(hash) = hash else {
            self.diagnostics.push(diagnostic);
            return;
        };
        match self.first.find(&self.diagnostics, hash, &diagnostic) {
            Some(first) => fold_same(&mut self.diagnostics[first], diagnostic, Some(rule)),
            None => {
                self.diagnostics.push(diagnostic);
                let at = self.diagnostics.len() - 1;
                self.first.insert(&self.diagnostics, hash, at);
            }
        }
    }
}

/// A finding of another code about the same slip: its message becomes a note.
pub(super) fn fold_other_code(kept: &mut Diagnostic, other: Diagnostic) {
    let rule = other
        .rule
        .as_ref()
        .map_or(String::new(), |r| format!(", rule `{r}`"));
    kept.notes.push(format!(
        "the same slip is also {} {} ({}{rule}): {}",
        other.code.id(),
        other.code.name(),
        other.severity.as_str(),
        other.message
    ));
    absorb(kept, other);
}

/// Another rule's same finding: as [`absorb`], but its labels, which show its rule, stay
/// out. The note names the rule; and what a baseline recorded of the finding (the text
/// under its labels) must not change when a copy of its rule is added or removed.
fn absorb_same(kept: &mut Diagnostic, mut other: Diagnostic) {
    other.labels.clear();
    absorb(kept, other);
}

fn absorb(kept: &mut Diagnostic, mut other: Diagnostic) {
    kept.severity = kept.severity.max(other.severity);
    kept.folded.append(&mut other.folded);
    // Named by id alone in the finding taken in, by id alone here: counted in one note.
    let named_alone = !other.also_found_by.is_empty();
    for rule in std::mem::take(&mut other.also_found_by) {
        if kept.rule.as_deref() != Some(&*rule) && !kept.also_found_by.contains(&rule) {
            kept.also_found_by.push(rule);
        }
    }
    kept.folded.push(other.clone());
    for claim in other.claims {
        if !kept.claims.contains(&claim) {
            kept.claims.push(claim);
        }
    }
    for note in other.notes {
        if !kept.notes.contains(&note) {
            kept.notes.push(note);
        }
    }
    for mut label in other.labels {
        // Not where the finding shows it already, nor inside a stretch it labels alike
        // (the article's words of a misspelt member inside the passage its CC203 shows).
        let shown = kept.labels.iter().any(|l| {
            l.location == label.location
                || (l.message == label.message
                    && l.location.file == label.location.file
                    && l.location.span().start <= label.location.span().start
                    && label.location.span().end <= l.location.span().end)
        });
        if shown {
            continue;
        }
        label.primary = false;
        kept.labels.push(label);
    }
    if named_alone {
        count_more_rules(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{check_files, codes};

    /// How many labels of `diagnostic` show a rule.
    fn rule_labels(diagnostic: &Diagnostic) -> usize {
        diagnostic
            .labels
            .iter()
            .filter(|l| l.message.starts_with("rule `"))
            .count()
    }

    const CLAIMS: &str = "source: article\nclaims:\n  - { id: late, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2020-11-25 }\n";

    #[test]
    fn the_same_finding_from_two_rules_is_reported_once_naming_both() {
        let outcome = check_files(&[
            ("claims/c.yaml", CLAIMS),
            (
                "rules/r.yaml",
                "rules:\n  - { id: all-dates, kind: timeline }\n  - { id: some-dates, kind: timeline, select: { metric: m } }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(diagnostic.rule.as_deref(), Some("all-dates"));
        assert!(
            diagnostic
                .notes
                .contains(&"also found by rule `some-dates`".to_string()),
            "{:?}",
            diagnostic.notes
        );
        let rule_labels = rule_labels(diagnostic);
        assert_eq!(
            rule_labels, 1,
            "its own rule is labelled, the other named in a note"
        );
    }

    #[test]
    fn copies_of_one_rule_are_one_finding_that_counts_the_copies_past_the_first_nine() {
        let copies = 40;
        let rules: String = std::iter::once("rules:\n".to_string())
            .chain((0..copies).map(|n| format!("  - {{ id: copy-{n}, kind: timeline }}\n")))
            .collect();
        let outcome = check_files(&[("claims/c.yaml", CLAIMS), ("rules/r.yaml", &rules)]);
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(diagnostic.rule.as_deref(), Some("copy-0"));
        let named: Vec<&str> = diagnostic
            .notes
            .iter()
            .filter_map(|note| note.strip_prefix("also found by rule "))
            .collect();
        assert_eq!(named.len(), super::FOLDED_RULES, "{:?}", diagnostic.notes);
        assert!(
            diagnostic.notes.contains(
                &"also found by 31 more rules (the JSON report names them, in `also_found_by`)"
                    .to_string()
            ),
            "{:?}",
            diagnostic.notes
        );
        let rule_labels = rule_labels(diagnostic);
        assert_eq!(rule_labels, 1, "the copies named in notes, not labelled");
        let rules = diagnostic.rules();
        assert_eq!(rules.len(), copies, "every copy found it: {rules:?}");
        assert_eq!(rules[copies - 1], "copy-39");
        assert!(outcome.rules_passed().iter().all(|passed| !passed));
    }

    /// `mild` copies of a timeline rule at `info`, then one at `error`.
    fn mild_copies_then_strict(mild: usize) -> String {
        std::iter::once("rules:\n".to_string())
            .chain(
                (0..mild)
                    .map(|n| format!("  - {{ id: mild-{n}, kind: timeline, severity: info }}\n")),
            )
            .chain(std::iter::once(
                "  - { id: strict, kind: timeline, severity: error }\n".to_string(),
            ))
            .collect()
    }

    #[test]
    fn a_copy_past_the_first_nine_that_rates_it_more_severe_leads_the_finding() {
        let rules = mild_copies_then_strict(9);
        let outcome = check_files(&[("claims/c.yaml", CLAIMS), ("rules/r.yaml", &rules)]);
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(
            diagnostic.rule.as_deref(),
            Some("strict"),
            "the rule that rates it most severe leads"
        );
        assert_eq!(diagnostic.severity, crate::diagnostic::Severity::Error);
        assert_eq!(outcome.summary.errors, 1);
        assert_eq!(diagnostic.rules().len(), 10);
        assert!(outcome.rules_passed().iter().all(|passed| !passed));
    }

    #[test]
    fn copies_named_by_id_alone_fail_their_rules_when_folded_into_another_code() {
        let claims = "source: article\nclaims:\n  - { id: said-counties, quote: x, subject: China, metric: cleared, value: 3, unit: county, members: [Gansu, Tibet, Guangxi] }\n  - { id: said-provinces, quote: x, subject: China, metric: cleared, value: 3, unit: province }\n  - { id: headline, quote: x, subject: China, metric: cleared, value: 3, unit: province }\n";
        let rules: String =
            std::iter::once("rules:\n  - { id: counts, kind: count }\n".to_string())
                .chain((0..12).map(|n| format!("  - {{ id: agrees-{n}, kind: agreement }}\n")))
                .collect();
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", &rules)]);
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        let rules = outcome.diagnostics[0].rules();
        assert_eq!(rules.len(), 13, "{rules:?}");
        assert!(rules.contains(&"agrees-11"), "{rules:?}");
        assert!(outcome.rules_passed().iter().all(|passed| !passed));
    }

    #[test]
    fn copies_named_by_id_alone_are_counted_once_when_a_more_severe_rule_takes_them_in() {
        let rules = mild_copies_then_strict(12);
        let outcome = check_files(&[("claims/c.yaml", CLAIMS), ("rules/r.yaml", &rules)]);
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        let diagnostic = &outcome.diagnostics[0];
        assert_eq!(diagnostic.rule.as_deref(), Some("strict"));
        assert_eq!(diagnostic.rules().len(), 13, "{:?}", diagnostic.rules());
        let counted: Vec<&String> = diagnostic
            .notes
            .iter()
            .filter(|note| note.contains("more rule"))
            .collect();
        assert_eq!(
            counted,
            ["also found by 3 more rules (the JSON report names them, in `also_found_by`)"]
        );
    }

    #[test]
    fn a_copy_of_a_rule_that_allows_the_code_silences_its_own_finding_alone() {
        let rules = "rules:\n  - { id: quiet, kind: timeline, allow: [{ code: CC161, reason: known }] }\n  - { id: loud, kind: timeline }\n";
        let outcome = check_files(&[("claims/c.yaml", CLAIMS), ("rules/r.yaml", rules)]);
        assert_eq!(codes(&outcome), vec![Code::AsOfAfterPublication]);
        assert_eq!(outcome.diagnostics[0].rule.as_deref(), Some("loud"));
        assert_eq!(outcome.summary.suppressed, 1);
    }

    #[test]
    fn a_unit_muddle_is_one_finding_with_the_other_code_as_a_note() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: said-counties, quote: x, subject: China, metric: cleared, value: 3, unit: county, members: [Gansu, Tibet, Guangxi] }\n  - { id: said-provinces, quote: x, subject: China, metric: cleared, value: 3, unit: province }\n  - { id: headline, quote: x, subject: China, metric: cleared, value: 3, unit: province }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: counts, kind: count }\n  - { id: agrees, kind: agreement }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::MemberKindMismatch]);
        let notes = &outcome.diagnostics[0].notes;
        assert!(
            notes.iter().any(|n| n
                .starts_with("the same slip is also CC142 units-disagree (error, rule `agrees`)")),
            "{notes:?}"
        );
    }

    #[test]
    fn findings_of_one_rule_at_other_places_stay_apart() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                &format!(
                    "{CLAIMS}  - {{ id: later, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2020-11-26 }}\n"
                ),
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: dates, kind: timeline }\n",
            ),
        ]);
        assert_eq!(
            codes(&outcome),
            vec![Code::AsOfAfterPublication, Code::AsOfAfterPublication]
        );
    }

    #[test]
    fn copies_of_a_rule_failing_on_thousands_of_claims_fold_into_one_finding_each() {
        // Enough findings for the index of those collected to grow several times.
        let claims: String = (0..3000)
            .map(|n| format!("  - {{ id: c{n}, quote: x, subject: Gansu, metric: m{n}, value: 120, unit: pump }}\n"))
            .collect();
        let rules = "rules:\n  - { id: a, kind: range, max: 3 }\n  - { id: b, kind: range, max: 3 }\n  - { id: c, kind: range, max: 3 }\n";
        let outcome = check_files(&[
            ("rules/r.yaml", rules),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{claims}"),
            ),
        ]);
        assert_eq!(outcome.summary.errors, 3000);
        assert!(
            outcome.diagnostics.iter().all(|d| d.rules().len() == 3),
            "every finding names the three rules"
        );
    }
}
