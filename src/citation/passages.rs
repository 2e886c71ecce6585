//! "The article says": every diagnostic about a claim shows the claim's passage in its
//! article.
//!
//! After all checks and rules have run, each diagnostic whose primary label lies inside a
//! claim's YAML entry gets a secondary label on that claim's `passage`, unless it already
//! labels it. Renderers then show the article next to the YAML (a related diagnostic in
//! the human format, one more label in JSON).
//!
//! The claim is found by location with [`Project::claim_at`], a binary search over each
//! file's claim entries: O(log claims) per diagnostic.

use crate::diagnostic::{Diagnostic, Label};
use crate::model::Project;

/// The message of the label on a claim's passage.
pub const PASSAGE_LABEL: &str = "the article says";

/// Adds "the article says" on the claim's passage to every diagnostic about a claim.
pub fn label_passages(diagnostics: &mut [Diagnostic], project: &Project) {
    for diagnostic in diagnostics {
        let Some(claim) = diagnostic.primary().and_then(|at| project.claim_at(at)) else {
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
    fn the_claim_around_a_span_is_found_by_location() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n  - { id: b, quote: \"67 counties have quit\", subject: Gansu, metric: m, value: 67, unit: county }\n",
        )]);
        let project = &outcome.project;
        for id in project.claim_ids() {
            let claim = project.claim(id);
            assert_eq!(project.claim_at(&claim.quote.at), Some(id));
            assert_eq!(project.claim_at(&claim.at), Some(id));
        }
        let file = outcome.project.claim(crate::model::ClaimId(0)).at.file;
        assert_eq!(
            project.claim_at(&crate::diagnostic::Location::new(file, 0..6)),
            None,
            "the file's `source:` line belongs to no claim"
        );
    }
}
