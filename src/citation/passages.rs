//! "The article says": every diagnostic about a claim shows the claim's passage in its
//! article.
//!
//! After all checks and rules have run, each diagnostic whose primary label lies inside a
//! claim's YAML entry gets a secondary label on that claim's `passage`, unless it already
//! labels it. Renderers then show the article next to the YAML (a related diagnostic in
//! the human format, one more label in JSON).
//!
//! The claim is found by location: claims' entries, per file, sorted by start, and a
//! binary search for the last entry starting at or before the label. Entries of one file
//! never overlap, so that entry is the only candidate. Cost: O(claims log claims) to build,
//! O(log claims) per diagnostic.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Label, Location};
use crate::files::FileId;
use crate::model::{ClaimId, Project};

/// The message of the label on a claim's passage.
pub const PASSAGE_LABEL: &str = "the article says";

/// Claims by where their YAML entries stand.
#[derive(Debug, Default)]
pub struct ClaimLocator {
    by_file: HashMap<FileId, Vec<(usize, usize, ClaimId)>>,
}

impl ClaimLocator {
    pub fn new(project: &Project) -> ClaimLocator {
        let mut by_file: HashMap<FileId, Vec<(usize, usize, ClaimId)>> = HashMap::new();
        for id in project.claim_ids() {
            let at = &project.claim(id).at;
            by_file
                .entry(at.file)
                .or_default()
                .push((at.span.start, at.span.end, id));
        }
        for entries in by_file.values_mut() {
            entries.sort_unstable();
        }
        ClaimLocator { by_file }
    }

    /// The claim whose entry contains `location`.
    pub fn claim_at(&self, location: &Location) -> Option<ClaimId> {
        let entries = self.by_file.get(&location.file)?;
        let after = entries.partition_point(|&(start, _, _)| start <= location.span.start);
        let &(_, end, id) = entries.get(after.checked_sub(1)?)?;
        (location.span.end <= end).then_some(id)
    }
}

/// Adds "the article says" on the claim's passage to every diagnostic about a claim.
pub fn label_passages(diagnostics: &mut [Diagnostic], project: &Project) {
    let locator = ClaimLocator::new(project);
    for diagnostic in diagnostics {
        let Some(claim) = diagnostic.primary().and_then(|at| locator.claim_at(at)) else {
            continue;
        };
        let Some(passage) = &project.claim(claim).passage else {
            continue;
        };
        if diagnostic.labels.iter().any(|l| &l.location == passage) {
            continue;
        }
        diagnostic.labels.push(Label {
            location: passage.clone(),
            message: PASSAGE_LABEL.to_string(),
            primary: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::check_citations;

    #[test]
    fn a_finding_on_a_claim_shows_its_passage() {
        let outcome = check_citations(&[
            ("rules/r.yaml", "rules:\n  - { id: counts, kind: count }\n"),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - id: a\n    quote: \"approved 8 counties of Rongshui, Sanjiang\"\n    subject: Guangxi\n    metric: m\n    value: 8\n    unit: county\n    members: [Rongshui, Sanjiang]\n",
            ),
        ]);
        let count = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::CountMismatch)
            .expect("a count mismatch");
        let passage = count.labels.last().unwrap();
        assert_eq!(passage.message, "the article says");
        let text = outcome.project.files.text(passage.location.file);
        assert_eq!(
            &text[passage.location.span.clone()],
            "approved 8 counties of Rongshui, Sanjiang"
        );
    }

    #[test]
    fn a_diagnostic_outside_claims_gets_no_passage() {
        let outcome =
            check_citations(&[("rules/r.yaml", "rules:\n  - { id: counts, kind: cuont }\n")]);
        assert_eq!(outcome.diagnostics.len(), 1);
        assert_eq!(outcome.diagnostics[0].labels.len(), 1);
    }

    #[test]
    fn the_locator_finds_the_entry_around_a_span() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n  - { id: b, quote: \"67 counties have quit\", subject: Gansu, metric: m, value: 67, unit: county }\n",
        )]);
        let locator = super::ClaimLocator::new(&outcome.project);
        for id in outcome.project.claim_ids() {
            let claim = outcome.project.claim(id);
            assert_eq!(locator.claim_at(&claim.quote.at), Some(id));
            assert_eq!(locator.claim_at(&claim.at), Some(id));
        }
        let file = outcome.project.claim(crate::model::ClaimId(0)).at.file;
        assert_eq!(
            locator.claim_at(&crate::diagnostic::Location::new(file, 0..6)),
            None,
            "the file's `source:` line belongs to no claim"
        );
    }
}
