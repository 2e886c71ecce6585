//! One problem, one finding.
//!
//! Rules overlap: two `timeline` rules may select the same claim and both find it dated
//! after its source; a claim that counts provinces as counties is a `count` finding (its
//! members are not counties, CC103) and an `agreement` finding (another mention counts
//! provinces, CC142). A reader who fixes the claim fixes both, so they are shown as one:
//!
//! - the same code with the same message at the same place, from several rules, is one
//!   finding that names every rule;
//! - a finding whose code is the second of a [`SAME_PROBLEM`] pair, at the same place as
//!   a finding of the first code, is folded into that one as a note, with its labels;
//! - a count that an exhaustive list misses by exactly the places its quote lists and
//!   `members:` leaves out (CC101 beside CC204 on one claim) is folded into the first
//!   CC204: adding the names fixes both;
//! - a member that names no entity (CC022), which the citation check found to misspell a
//!   place its quote lists (a CC203 with a `probably` name, that has already taken in the
//!   CC204 of that place), is folded into that CC203: writing the name right fixes all
//!   three.
//!
//! Cost: hash maps keyed by (code, place, message), by place and by claim: O(n).

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::hashing::HashMap;

/// Codes that describe one problem from two sides when they point at the same span: the
/// first is kept, the second becomes its note. A unit that does not match its members
/// (CC103) is the same slip as that unit disagreeing with another mention (CC142).
const SAME_PROBLEM: &[(Code, Code)] = &[(Code::MemberKindMismatch, Code::UnitsDisagree)];

/// Merges the rule findings that report one problem; other diagnostics are left alone.
/// The first finding (in rule order) is kept, so the result does not depend on timing.
pub fn merge(diagnostics: &mut Vec<Diagnostic>) {
    let mut keep = vec![true; diagnostics.len()];
    let mut same: HashMap<(Code, Location, String), usize> = HashMap::default();
    for i in 0..diagnostics.len() {
        let Some(key) = rule_finding_key(&diagnostics[i]) else {
            continue;
        };
        match same.get(&key) {
            Some(&first) => {
                let again = diagnostics[i].clone();
                fold_same(&mut diagnostics[first], again);
                keep[i] = false;
            }
            None => {
                same.insert(key, i);
            }
        }
    }
    for &(kept, folded) in SAME_PROBLEM {
        let mut by_place: HashMap<Location, usize> = HashMap::default();
        for i in 0..diagnostics.len() {
            if keep[i]
                && diagnostics[i].code == kept
                && diagnostics[i].rule.is_some()
                && let Some(place) = diagnostics[i].primary()
            {
                by_place.entry(*place).or_insert(i);
            }
        }
        for i in 0..diagnostics.len() {
            if !keep[i] || diagnostics[i].code != folded || diagnostics[i].rule.is_none() {
                continue;
            }
            let Some(&into) = diagnostics[i].primary().and_then(|p| by_place.get(p)) else {
                continue;
            };
            let other = diagnostics[i].clone();
            fold_other_code(&mut diagnostics[into], other);
            keep[i] = false;
        }
    }
    fold_counts_short_by_the_left_out(diagnostics, &mut keep);
    fold_unknown_misspelt_members(diagnostics, &mut keep);
    let mut flags = keep.into_iter();
    diagnostics.retain(|_| flags.next().unwrap_or(true));
}

/// Folds each CC101 whose exhaustive list is short of its count by exactly as many members
/// as the citation check found left out of that claim's list (CC204) into the first of
/// those CC204s. A count that is off by more, or a partial list that names too many, is a
/// problem of its own and stays.
fn fold_counts_short_by_the_left_out(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    let mut left_out: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if keep[i]
            && diagnostic.code == Code::MemberLeftOut
            && let Some(claim) = diagnostic.claims.first()
        {
            left_out.entry(claim.as_str()).or_default().push(i);
        }
    }
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != Code::CountMismatch || diagnostic.rule.is_none() {
            continue;
        }
        let Some(found) = diagnostic
            .claims
            .first()
            .and_then(|claim| left_out.get(claim.as_str()))
        else {
            continue;
        };
        if super::count::members_short(diagnostic) == Some(found.len()) {
            folds.push((found[0], i));
        }
    }
    for (into, count) in folds {
        let other = diagnostics[count].clone();
        fold_other_code(&mut diagnostics[into], other);
        keep[count] = false;
    }
}

/// Folds each CC022 about a member into the CC203 at the same place that says which listed
/// place the member misspells (its data names it `probably`): the warning that the name is
/// unknown is the same slip. A CC022 beside a plain CC203 (a member neither registered nor
/// quoted, which may be a real place to register) stays.
fn fold_unknown_misspelt_members(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    let mut misspelt: HashMap<Location, usize> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if keep[i]
            && diagnostic.code == Code::MemberNotInQuote
            && diagnostic
                .data
                .as_ref()
                .is_some_and(|data| data.get("probably").is_some())
            && let Some(place) = diagnostic.primary()
        {
            misspelt.entry(*place).or_insert(i);
        }
    }
    if misspelt.is_empty() {
        return;
    }
    for i in 0..diagnostics.len() {
        if !keep[i] || diagnostics[i].code != Code::UnknownEntity {
            continue;
        }
        let Some(&into) = diagnostics[i].primary().and_then(|p| misspelt.get(p)) else {
            continue;
        };
        let other = diagnostics[i].clone();
        fold_other_code(&mut diagnostics[into], other);
        keep[i] = false;
    }
}

fn rule_finding_key(diagnostic: &Diagnostic) -> Option<(Code, Location, String)> {
    diagnostic.rule.as_ref()?;
    Some((
        diagnostic.code,
        *diagnostic.primary()?,
        diagnostic.message.clone(),
    ))
}

/// The same finding from another rule: name that rule, keep its labels and notes.
fn fold_same(kept: &mut Diagnostic, again: Diagnostic) {
    if let (Some(first), Some(other)) = (&kept.rule, &again.rule)
        && first != other
    {
        let note = format!("also found by rule `{other}`");
        if !kept.notes.contains(&note) {
            kept.notes.push(note);
        }
    }
    absorb(kept, again);
}

/// A finding of another code about the same slip: its message becomes a note.
fn fold_other_code(kept: &mut Diagnostic, other: Diagnostic) {
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

fn absorb(kept: &mut Diagnostic, other: Diagnostic) {
    kept.severity = kept.severity.max(other.severity);
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
        if kept.labels.iter().any(|l| l.location == label.location) {
            continue;
        }
        label.primary = false;
        kept.labels.push(label);
    }
}

#[cfg(test)]
mod tests {
    use super::merge;
    use crate::codes::Code;
    use crate::diagnostic::{Diagnostic, Location};
    use crate::files::FileId;
    use crate::testing::{check_files, codes};

    /// A CC101 about claim `c` stating `stated` with `listed` members, and `left_out`
    /// CC204s about the same claim.
    fn count_and_left_out(
        stated: &str,
        listing: &str,
        listed: u64,
        left_out: usize,
    ) -> Vec<Diagnostic> {
        let at = |start| Location::new(FileId(0), start..start + 1);
        let interval = format!("[{stated}, {stated}]");
        let mut count = Diagnostic::new(Code::CountMismatch, "count", at(0), "the count")
            .about_claim("c")
            .with_data(&serde_json::json!({
                "stated": { "written": stated, "value": stated, "interval": interval },
                "listed": listed,
                "listing": listing,
            }));
        count.rule = Some("counts".to_string());
        let mut all = vec![count];
        for n in 0..left_out {
            all.push(
                Diagnostic::new(Code::MemberLeftOut, "left out", at(10 + n), "listed here")
                    .about_claim("c"),
            );
        }
        all
    }

    #[test]
    fn a_count_short_by_exactly_the_names_left_out_is_their_note() {
        let mut diagnostics = count_and_left_out("8", "exhaustive", 7, 1);
        merge(&mut diagnostics);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, Code::MemberLeftOut);
        assert!(
            diagnostics[0].notes[0].starts_with("the same slip is also CC101 count-mismatch"),
            "{:?}",
            diagnostics[0].notes
        );
        let mut two = count_and_left_out("9", "exhaustive", 7, 2);
        merge(&mut two);
        assert_eq!(two.len(), 2, "folded into the first CC204 only");
    }

    #[test]
    fn a_count_off_by_more_or_a_partial_list_stays_its_own_finding() {
        for (stated, listing, listed, left_out) in [
            ("9", "exhaustive", 7, 1),
            ("8", "partial", 7, 1),
            ("6", "exhaustive", 7, 1),
        ] {
            let mut diagnostics = count_and_left_out(stated, listing, listed, left_out);
            merge(&mut diagnostics);
            let found: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
            assert_eq!(
                found,
                [Code::CountMismatch, Code::MemberLeftOut],
                "{stated} {listing}"
            );
        }
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
        let rule_labels = diagnostic
            .labels
            .iter()
            .filter(|l| l.message.starts_with("rule `"))
            .count();
        assert_eq!(rule_labels, 2, "both rules are labelled");
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
}
