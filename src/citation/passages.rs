//! "The article says": every diagnostic about a claim shows the claim's passage in its
//! article.
//!
//! After all checks and rules have run, each diagnostic whose primary label lies inside a
//! claim's YAML entry gets a secondary label on that claim's `passage`, unless it already
//! labels it. Renderers then show the article next to the YAML (a related diagnostic in
//! the human format, one more label in JSON). A claim left out for its errors (an `as_of:`
//! that does not read, a missing `metric:`, an id used before) shows its passage too when
//! its quote was found: its own errors are where the article matters most.
//!
//! The claim is found by location with [`Project::claim_at`], a binary search over each
//! file's claim entries, or [`Project::left_out_at`] over the claims left out: O(log
//! claims) per diagnostic.

use super::normalize::Normalized;
use crate::diagnostic::{Diagnostic, Label, Location};
use crate::hashing::HashMap;
use crate::model::Project;

/// The message of the label on a claim's passage.
pub const PASSAGE_LABEL: &str = "the article says";

/// Adds "the article says" on the claim's passage to every diagnostic about a claim.
pub fn label_passages(diagnostics: &mut [Diagnostic], project: &Project) {
    // The last passage normalized, and the last claim's members by place: a claim listing
    // thousands of members may have a finding about each, and a claim's findings come
    // together. One of each, so that memory does not grow with the claims.
    let mut last_passage: Option<(Location, Normalized)> = None;
    let mut last_members: Option<(crate::model::ClaimId, HashMap<Location, usize>)> = None;
    for diagnostic in diagnostics {
        let Some(primary) = diagnostic.primary() else {
            continue;
        };
        let (passage, claim) = match project.claim_at(primary) {
            Some(id) => (project.claim(id).passage, Some(id)),
            None => match project.left_out_at(primary) {
                Some(left_out) => (left_out.passage, None),
                None => continue,
            },
        };
        if let Some(passage) = passage
            && !diagnostic.labels.iter().any(|l| l.location == passage)
        {
            let location = claim
                .and_then(|id| {
                    let claim = project.claim(id);
                    // Only a finding on a member is labelled at the member's name.
                    let list = claim.members_at()?;
                    let (start, end) = (primary.span().start, primary.span().end);
                    if list.file != primary.file
                        || start < list.span().start
                        || end > list.span().end
                    {
                        return None;
                    }
                    if last_members.as_ref().is_none_or(|(last, _)| *last != id) {
                        // The first of a name listed twice, as a search from the start finds.
                        let mut by_place = HashMap::default();
                        for (index, member) in claim.members().iter().enumerate() {
                            by_place.entry(member.name.at).or_insert(index);
                        }
                        last_members = Some((id, by_place));
                    }
                    let member = *last_members.as_ref()?.1.get(primary)?;
                    if last_passage
                        .as_ref()
                        .is_none_or(|(last, _)| *last != passage)
                    {
                        let text = project.files.text(passage.file);
                        let normalized = Normalized::new(text.get(passage.span())?);
                        last_passage = Some((passage, normalized));
                    }
                    let article = &last_passage.as_ref()?.1;
                    let language =
                        super::numbers::Language::of(project.source(claim.source).language_tag());
                    member_in_passage(
                        project,
                        &claim.members()[member],
                        article,
                        language,
                        &passage,
                    )
                })
                .unwrap_or(passage);
            // The labels were sized to what they held: room for this one alone, not for as
            // many again.
            diagnostic.labels.reserve_exact(1);
            diagnostic.labels.push(Label {
                location,
                message: PASSAGE_LABEL.into(),
                primary: false,
            });
        }
        // A rule's finding about several claims shows the other claims' passages too (an
        // earlier count in another article, the parts of a sum): the reviewer reads each
        // figure where it was reported.
        if diagnostic.rule.is_some() {
            label_other_passages(diagnostic, project, claim, passage);
        }
    }
}

/// The most passages of other claims one finding shows: a sum over fifty claims shows the
/// first few, as its labels in the YAML name them all.
const MOST_OTHER_PASSAGES: usize = 3;

/// Labels the passages of the claims that `diagnostic`'s secondary labels lie in, other than
/// `primary_claim` and its `primary_passage`, each once, in the order of the labels, at most
/// [`MOST_OTHER_PASSAGES`]: "the article says, for `id`".
fn label_other_passages(
    diagnostic: &mut Diagnostic,
    project: &Project,
    primary_claim: Option<crate::model::ClaimId>,
    primary_passage: Option<Location>,
) {
    let mut others: Vec<(Location, crate::model::ClaimId)> = Vec::new();
    for label in diagnostic.labels.iter().filter(|label| !label.primary) {
        if others.len() == MOST_OTHER_PASSAGES {
            break;
        }
        let Some(id) = project.claim_at(&label.location) else {
            continue;
        };
        let Some(passage) = project.claim(id).passage else {
            continue;
        };
        if Some(id) == primary_claim
            || Some(passage) == primary_passage
            || others.iter().any(|(known, _)| *known == passage)
            || diagnostic.labels.iter().any(|l| l.location == passage)
        {
            continue;
        }
        others.push((passage, id));
    }
    diagnostic.labels.reserve_exact(others.len());
    for (location, id) in others {
        diagnostic.labels.push(Label {
            location,
            message: format!("{PASSAGE_LABEL}, for `{}`", project.claim(id).id.value).into(),
            primary: false,
        });
    }
}

/// When a diagnostic is about one member of a claim's list, the place in the passage where
/// the article names that member, so the label underlines the name rather than the whole
/// sentence. `None` when the diagnostic is not about a member or the passage does not name it.
fn member_in_passage(
    project: &Project,
    member: &crate::model::Member,
    article: &Normalized,
    language: super::numbers::Language,
    passage: &Location,
) -> Option<Location> {
    // Compared normalized (`article` is the passage's text normalized): the article may
    // spell the name with other apostrophes or in decomposed form; the span is the
    // article's own bytes. A member written `Central (Ghana)` is named in the article by
    // its entity's name. The name is found as CC203 finds it in the quote: as whole words,
    // and not inside another registered name (the `宁县` inside `威宁县` is not Ning County),
    // with the lists of the article's language.
    let named = super::member::named_at(&article.text, member, &project.entities, language)?;
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

    #[test]
    fn a_rule_finding_about_two_claims_shows_both_passages() {
        let outcome = check_citations(&[
            (
                "rules/r.yaml",
                "rules:\n  - { id: order, kind: monotonic, direction: non-decreasing, select: { metric: m } }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: earlier, quote: \"67 counties have quit\", subject: Gansu, metric: m, value: 67, unit: county, as_of: 2019-12-31 }\n  - { id: later, quote: \"approved 8 counties of Rongshui, Sanjiang\", subject: Gansu, metric: m, value: 8, unit: county, as_of: 2020-11-20 }\n",
            ),
        ]);
        let series = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::SeriesBreaks)
            .expect("a series that falls");
        let mut passages: Vec<(String, &str)> = series
            .labels
            .iter()
            .filter(|label| label.message.starts_with("the article says"))
            .map(|label| {
                let text = outcome.project.files.text(label.location.file);
                (label.message.to_string(), &text[label.location.span()])
            })
            .collect();
        passages.sort();
        assert_eq!(
            passages,
            [
                (
                    "the article says".to_string(),
                    "approved 8 counties of Rongshui, Sanjiang"
                ),
                (
                    "the article says, for `earlier`".to_string(),
                    "67 counties have quit"
                ),
            ]
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

    /// Each diagnostic's code and the article text under its "the article says" label, if
    /// it has one.
    fn passages(outcome: &crate::check::Outcome) -> Vec<(Code, Option<&str>)> {
        outcome
            .diagnostics
            .iter()
            .map(|d| {
                let passage = d.labels.iter().find(|l| l.message == "the article says");
                let text = passage.map(|label| {
                    &outcome.project.files.text(label.location.file)[label.location.span()]
                });
                (d.code, text)
            })
            .collect()
    }

    #[test]
    fn the_errors_of_a_claim_left_out_show_its_passage_when_its_quote_is_found() {
        // Each claim is left out for a field that does not read, or one that is missing;
        // `e`'s quote is not in the article, and `f` cites a source that does not exist.
        let outcome = check_citations(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: \"approved 8 counties\", subject: Gansu, metric: m, value: 8, unit: county, as_of: 2020-11-31 }\n  - { id: b, quote: \"Rongshui, Sanjiang\", subject: Gansu, metric: m, members: [Rongshui, Sanjiang], list: some }\n  - { id: c, quote: \"of Rongshui\", subject: Gansu, metric: m, value: 1, unit: county, period: 2020-12/2020-11 }\n  - { id: d, quote: \"approved 8\", subject: Gansu, value: 8, unit: county }\n  - { id: e, quote: \"approved 9 counties\", subject: Gansu, metric: m, value: 9, unit: county, as_of: 2020-11-31 }\n  - { id: f, source: nowhere, quote: \"approved 8 counties\", subject: Gansu, metric: m, value: 8, unit: county, as_of: 2020-11-31 }\n",
        )]);
        assert_eq!(
            passages(&outcome),
            [
                (Code::InvalidDate, Some("approved 8 counties")),
                (Code::InvalidChoice, Some("Rongshui, Sanjiang")),
                (Code::InvalidDate, Some("of Rongshui")),
                (Code::MissingField, Some("approved 8")),
                // Not found: no passage, and no finding about a quote of a claim not checked.
                (Code::InvalidDate, None),
                (Code::InvalidDate, None),
            ]
        );
    }

    #[test]
    fn a_claim_its_source_cannot_date_shows_its_passage() {
        // The source's date does not read: the claim, without an `as_of:`, is left out, and
        // its unregistered member is still reported on it.
        let outcome = check_citations(&[
            (
                "sources/sources.yaml",
                "sources:\n  - { id: article, title: T, published: 2020-11-31, text: article.txt }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: \"Rongshui, Sanjiang, Napo\", subject: Guangxi, metric: m, members: [Rongshui, Sanjiang, Napo], list: partial }\n",
            ),
        ]);
        assert!(outcome.project.claims.is_empty());
        assert_eq!(
            passages(&outcome),
            [
                (Code::InvalidDate, None),
                (Code::UnknownEntity, Some("Rongshui, Sanjiang, Napo")),
            ]
        );
    }

    #[test]
    fn a_claim_dropped_for_an_id_used_before_shows_its_own_passage() {
        let outcome = check_citations(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: \"approved 8 counties\", subject: Gansu, metric: m, value: 8, unit: county }\n  - { id: a, quote: \"Rongshui, Sanjiang\", subject: Gansu, metric: m, members: [Rongshui, Sanjiang] }\n",
        )]);
        let duplicate: Vec<(Code, Option<&str>)> = passages(&outcome)
            .into_iter()
            .filter(|(code, _)| *code == Code::DuplicateId)
            .collect();
        assert_eq!(duplicate, [(Code::DuplicateId, Some("Rongshui, Sanjiang"))]);
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
