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

use super::normalize::Normalized;
use crate::diagnostic::{Diagnostic, Label, Location};
use crate::model::Project;

/// The message of the label on a claim's passage.
pub const PASSAGE_LABEL: &str = "the article says";

/// Adds "the article says" on the claim's passage to every diagnostic about a claim.
pub fn label_passages(diagnostics: &mut [Diagnostic], project: &Project) {
    for diagnostic in diagnostics {
        let Some(primary) = diagnostic.primary() else {
            continue;
        };
        let Some(claim) = project.claim_at(primary) else {
            continue;
        };
        let claim = project.claim(claim);
        let Some(passage) = &claim.passage else {
            continue;
        };
        if diagnostic.labels.iter().any(|l| &l.location == passage) {
            continue;
        }
        let location = member_in_passage(project, claim, primary, passage).unwrap_or(*passage);
        diagnostic.labels.push(Label {
            location,
            message: PASSAGE_LABEL.to_string(),
            primary: false,
        });
    }
}

/// When a diagnostic is about one member of a claim's list, the place in the passage where
/// the article names that member, so the label underlines the name rather than the whole
/// sentence. `None` when the diagnostic is not about a member or the passage does not name it.
fn member_in_passage(
    project: &Project,
    claim: &crate::model::Claim,
    primary: &Location,
    passage: &Location,
) -> Option<Location> {
    let member = claim.members().iter().find(|m| &m.name.at == primary)?;
    let text = project.files.text(passage.file).get(passage.span())?;
    // Compared normalized: the article may spell the name with other apostrophes or in
    // decomposed form; the span is the article's own bytes. A member written `Central
    // (Ghana)` is named in the article by its entity's name. The name is found as CC203
    // finds it in the quote: as whole words, and not inside another registered name (the
    // `宁县` inside `威宁县` is not Ning County).
    let article = Normalized::new(text);
    let named = super::member::named_at(&article.text, member, &project.entities)?;
    let found = article.original_span(named);
    let start = passage.span().start;
    Some(Location::new(
        passage.file,
        start + found.start..start + found.end,
    ))
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
            &text[passage.location.span()],
            "approved 8 counties of Rongshui, Sanjiang"
        );
    }

    /// The article text under the "article says" label of the unknown-entity warning.
    fn unknown_member_in_passage(outcome: &crate::check::Outcome) -> &str {
        let warning = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::UnknownEntity)
            .expect("an unknown-entity warning");
        let passage = warning.labels.last().unwrap();
        assert_eq!(passage.message, "the article says");
        let text = outcome.project.files.text(passage.location.file);
        &text[passage.location.span()]
    }

    #[test]
    fn a_diagnostic_about_one_member_points_at_that_name_in_the_passage() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - id: a\n    quote: \"approved 8 counties of Rongshui, Sanjiang, Napo\"\n    subject: Guangxi\n    metric: m\n    value: 8\n    unit: county\n    members: [Rongshui, Sanjiang, Napo]\n    list: partial\n",
        )]);
        // Napo is not in the test registry: a warning about that one member.
        assert_eq!(unknown_member_in_passage(&outcome), "Napo");
    }

    #[test]
    fn a_member_is_found_in_a_decomposed_passage_whole() {
        let outcome = check_citations(&[
            (
                "sources/more.yaml",
                "sources:\n  - { id: nfd, title: T, published: 2020-11-21, text: nfd.txt }\n",
            ),
            (
                "sources/nfd.txt",
                "Schools opened in Julia\u{300} and Juneda.\n",
            ),
            (
                "claims/c.yaml",
                "source: nfd\nclaims:\n  - { id: a, quote: \"Schools opened in Julià and Juneda\", subject: Gansu, metric: m, members: [Julià, Juneda] }\n",
            ),
        ]);
        assert_eq!(unknown_member_in_passage(&outcome), "Julia\u{300}");
    }

    #[test]
    fn a_member_is_pointed_at_where_it_stands_on_its_own_not_inside_a_longer_name() {
        let outcome = check_citations(&[
            (
                "sources/more.yaml",
                "sources:\n  - { id: zh, title: T, published: 2020-11-21, text: zh.txt }\n",
            ),
            ("sources/zh.txt", "包括Minxian、威宁县和宁县。Min\n"),
            (
                "entities/more.yaml",
                "entities:\n  - { name: Weining County, kind: county, aliases: [威宁县] }\n",
            ),
            (
                "claims/c.yaml",
                "source: zh\nclaims:\n  - { id: a, quote: \"包括Minxian、威宁县和宁县。Min\", subject: Gansu, metric: m, members: [宁县, Min] }\n",
            ),
        ]);
        let text = "包括Minxian、威宁县和宁县。Min";
        let mut pointed: Vec<usize> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnknownEntity)
            .map(|d| d.labels.last().unwrap().location.span().start)
            .collect();
        pointed.sort_unstable();
        // Not the `宁县` of `威宁县`, nor the `Min` of `Minxian`.
        assert_eq!(
            pointed,
            [text.rfind("宁县").unwrap(), text.rfind("Min").unwrap()]
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
