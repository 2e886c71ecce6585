//! One problem, one finding.
//!
//! Rules overlap: two `timeline` rules may select the same claim and both find it dated
//! after its source; a claim that counts provinces as counties is a `count` finding (its
//! members are not counties, CC103) and an `agreement` finding (another mention counts
//! provinces, CC142). A reader who fixes the claim fixes both, so they are shown as one:
//!
//! - the same code with the same message at the same place, from several rules, is one
//!   finding that names every rule: the first [`same::FOLDED_RULES`] with their labels, the
//!   rest by id in a note that counts them. Most of these are folded as the rules'
//!   findings are collected ([`SameFindings`]), so that a run of a thousand copies of one
//!   rule over many claims holds one finding per claim, not a thousand;
//! - a finding whose code is the second of a [`SAME_PROBLEM`] pair, at the same place as
//!   a finding of the first code, is folded into that one as a note, with its labels;
//! - a count that an exhaustive list misses by exactly the places its quote lists and
//!   `members:` leaves out (CC101 beside CC204 on one claim) is folded into the first
//!   CC204: adding the names fixes both;
//! - a member that names no entity (CC022), which the citation check found to misspell a
//!   place its quote lists (a CC203 with a `probably` name, that has already taken in the
//!   CC204 of that place), is folded into that CC203: writing the name right fixes all
//!   three;
//! - a list a `growth` rule follows that seems to drop a member only by a slip in one of its
//!   claims (a member of another place of its name, CC104) has that CC121 folded into the
//!   slip's finding (a misspelt member, CC203 with a `probably` name, drops nothing: the
//!   rules read it as the place it misspells, see [`crate::model::RareFields`]);
//! - a series broken (CC111) by a claim dated after its source was published (CC161) is
//!   folded into that CC161: the series was ordered by a date that cannot be right;
//! - a member that could name several places (CC024), none of which lies within the
//!   claim's subject (a CC104 at the same name), is folded into that CC104;
//! - every use of one name that names no entity (CC022) is one finding, at its first use
//!   ([`gather_unresolved_names`]); so is every use of one name that could name the same
//!   several entities (CC024).
//!
//! And one step later, once severities are final ([`fold_into_unstated_values`]): a rule
//! finding that rests on a claim's `value:` (a count against its list, figures compared),
//! when the claim's quote, found in its article, does not state that value (CC202), is a
//! note of that CC202: the value is miswritten, and the finding may be that slip alone.
//! So is one that rests on a claim's `unit:` (figures in different units added or
//! compared), when its quote names another unit (CC205).
//!
//! A finding folded into another is kept in its [`Diagnostic::folded`], for the baseline.
//!
//! Cost: hash maps keyed by (code, place, message), by place and by claim: O(n).

mod same;
mod unresolved;
mod unstated;

pub use same::SameFindings;
pub use unresolved::gather_unresolved_names;
pub use unstated::fold_into_unstated_values;

use same::{SameIndex, fold_other_code, fold_same};

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::hashing::HashMap;

/// Codes that describe one problem from two sides when they point at the same span: the
/// first is kept, the second becomes its note. A unit that does not match its members
/// (CC103) is the same slip as that unit disagreeing with another mention (CC142).
const SAME_PROBLEM: &[(Code, Code)] = &[(Code::MemberKindMismatch, Code::UnitsDisagree)];

/// Merges the rule findings that report one problem; other diagnostics are left alone.
/// The first finding (in rule order) is kept, so the result does not depend on timing.
pub fn merge(diagnostics: &mut Vec<Diagnostic>) {
    let mut keep = vec![true; diagnostics.len()];
    let mut same = SameIndex::default();
    for i in 0..diagnostics.len() {
        let Some(hash) = same.hash(&diagnostics[i]) else {
            continue;
        };
        match same.find(diagnostics, hash, &diagnostics[i]) {
            Some(first) => {
                let again = diagnostics[i].clone();
                fold_same(&mut diagnostics[first], again, None);
                keep[i] = false;
            }
            None => same.insert(diagnostics, hash, i),
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
    // The growth into the count first: a count short of its list by the names `members:`
    // leaves out is then folded with the growth it explains into the name left out.
    fold_growth_into_count_mismatch(diagnostics, &mut keep);
    fold_counts_short_by_the_left_out(diagnostics, &mut keep);
    fold_unknown_misspelt_members(diagnostics, &mut keep);
    fold_drops_of_members_outside_subject(diagnostics, &mut keep);
    fold_disagreements_into_series_breaks(diagnostics, &mut keep);
    fold_breaks_of_claims_dated_after_publication(diagnostics, &mut keep);
    fold_homonyms_outside_subject(diagnostics, &mut keep);
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
    apply_folds(diagnostics, keep, folds, Notes::Keep);
}

/// Folds each CC122 (a count that grows otherwise than its list) into the CC101 of one of
/// its two claims: a complete list whose count is not its number of members makes the
/// growth of its count differ from that of its list, so the two are one slip, and the
/// CC122's note that both lists are complete and exactly counted would contradict the
/// CC101. The later claim's CC101 first.
fn fold_growth_into_count_mismatch(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    let mismatch = first_by_claim(diagnostics, keep, |host| {
        host.code == Code::CountMismatch && host.rule.is_some()
    });
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != Code::GrowthUnexplained {
            continue;
        }
        if let Some(&into) = diagnostic
            .claims
            .iter()
            .find_map(|claim| mismatch.get(claim.as_str()))
        {
            folds.push((into, i));
        }
    }
    // Its notes reason from counts taken as right, which the CC101 says one is not.
    apply_folds(diagnostics, keep, folds, Notes::Drop);
}

/// Folds each CC022 about a member into the CC203 at the same place that says which listed
/// place the member misspells (its data names it `probably`): the warning that the name is
/// unknown is the same slip. A CC022 beside a plain CC203 (a member neither registered nor
/// quoted, which may be a real place to register) stays.
fn fold_unknown_misspelt_members(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    fold_at_the_same_place(
        diagnostics,
        keep,
        |host| {
            host.code == Code::MemberNotInQuote
                && host
                    .data
                    .as_ref()
                    .is_some_and(|data| data.get("probably").is_some())
        },
        |guest| guest.code == Code::UnknownEntity,
    );
}

/// Folds each CC121 into the CC104 of one of its claims that lists a member outside the
/// claim's subject, when every member it drops is a place of that member's name: the list
/// that names `Washington County (Oregon)` among Missouri's counties, beside another that
/// names Missouri's `Washington County`, "drops" one of them only by that slip, and
/// registering or naming the right place settles both.
fn fold_drops_of_members_outside_subject(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    fold_drops_into(
        diagnostics,
        keep,
        Code::MemberOutsideSubject,
        &["member"],
        |dropped, slip| without_place(dropped) == without_place(slip),
    );
}

/// A registered name less the place that tells it from others of its name, written after it
/// in parentheses (`Washington County` of `Washington County (Oregon)`).
fn without_place(name: &str) -> &str {
    match name
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
    {
        Some((name, _)) => name,
        None => name,
    }
}

/// Folds each CC121 into the first kept finding of code `host` on one of its claims whose
/// `data` fields `fields` name the members of the slip, when every member the CC121 drops
/// is `explained` by one of those names.
fn fold_drops_into(
    diagnostics: &mut [Diagnostic],
    keep: &mut [bool],
    host: Code,
    fields: &[&str],
    explained: impl Fn(&str, &str) -> bool,
) {
    // Each claim's findings of `host`, with the names of their slips.
    let mut slips_of: HashMap<&str, Vec<(usize, Vec<String>)>> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != host {
            continue;
        }
        let field = |name: &str| match diagnostic.data.as_ref()?.get(name)? {
            serde_json::Value::String(text) => Some(text.clone()),
            _ => None,
        };
        let names: Option<Vec<String>> = fields.iter().map(|name| field(name)).collect();
        if let (Some(claim), Some(names)) = (diagnostic.claims.first(), names) {
            slips_of.entry(claim.as_str()).or_default().push((i, names));
        }
    }
    if slips_of.is_empty() {
        return;
    }
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != Code::MemberDropped {
            continue;
        }
        let Some(serde_json::Value::Array(dropped)) = diagnostic
            .data
            .as_ref()
            .and_then(|data| data.get("dropped"))
        else {
            continue;
        };
        let slips: Vec<&(usize, Vec<String>)> = diagnostic
            .claims
            .iter()
            .filter_map(|claim| slips_of.get(claim.as_str()))
            .flatten()
            .collect();
        let is_a_slip = |name: &serde_json::Value| {
            name.as_str().is_some_and(|name| {
                slips
                    .iter()
                    .any(|(_, names)| names.iter().any(|slip| explained(name, slip)))
            })
        };
        if !slips.is_empty() && !dropped.is_empty() && dropped.iter().all(is_a_slip) {
            folds.push((slips[0].0, i));
        }
    }
    // Its notes reason from a drop the list does not make.
    apply_folds(diagnostics, keep, folds, Notes::Drop);
}

/// Folds each CC141 (two claims state one quantity differently) into the CC111 of the one
/// of its claims that breaks a series, when only one of them does: 16 provinces on Nov 21
/// beside 21 the same day, after 17 on Nov 14, is one figure out of line, which the series
/// names, not two problems. The CC111 points at that claim; the CC141, which points at
/// whichever of the two it names first, becomes its note. Where both claims (or neither)
/// break a series, the disagreement stays its own finding.
fn fold_disagreements_into_series_breaks(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    let breaks = first_by_claim(diagnostics, keep, |host| host.code == Code::SeriesBreaks);
    if breaks.is_empty() {
        return;
    }
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != Code::ValuesDisagree || diagnostic.rule.is_none() {
            continue;
        }
        let mut breaking = diagnostic
            .claims
            .iter()
            .filter_map(|claim| breaks.get(claim.as_str()));
        if let (Some(&into), None) = (breaking.next(), breaking.next()) {
            folds.push((into, i));
        }
    }
    apply_folds(diagnostics, keep, folds, Notes::Keep);
}

/// Folds each CC111 (a series broken) that compares a claim dated after its source was
/// published (CC161) into that CC161: the date cannot be right, so the order the series
/// was judged in may not be either, and the CC111's help (a metric of its own, a wrong
/// direction) would send the reader the wrong way. A break that remains once the date is
/// corrected is reported by the next run.
fn fold_breaks_of_claims_dated_after_publication(
    diagnostics: &mut [Diagnostic],
    keep: &mut [bool],
) {
    let misdated = first_by_claim(diagnostics, keep, |host| {
        host.code == Code::AsOfAfterPublication
    });
    if misdated.is_empty() {
        return;
    }
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if !keep[i] || diagnostic.code != Code::SeriesBreaks {
            continue;
        }
        if let Some(&into) = diagnostic
            .claims
            .iter()
            .find_map(|claim| misdated.get(claim.as_str()))
        {
            folds.push((into, i));
        }
    }
    apply_folds(diagnostics, keep, folds, Notes::Keep);
}

/// The first kept finding that `is_host` picks for each claim, by the claim it is about
/// (the first it names).
fn first_by_claim<'d>(
    diagnostics: &'d [Diagnostic],
    keep: &[bool],
    is_host: impl Fn(&Diagnostic) -> bool,
) -> HashMap<&'d str, usize> {
    let mut first: HashMap<&str, usize> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if keep[i]
            && is_host(diagnostic)
            && let Some(claim) = diagnostic.claims.first()
        {
            first.entry(claim.as_str()).or_insert(i);
        }
    }
    first
}

/// Whether a finding folded into another keeps its notes, or drops them where they reason
/// from what the kept finding says is wrong.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Notes {
    Keep,
    Drop,
}

/// Folds each finding `(into, folded)` of `folds` into the kept one as a finding of another
/// code ([`fold_other_code`]), and marks it not kept.
fn apply_folds(
    diagnostics: &mut [Diagnostic],
    keep: &mut [bool],
    folds: Vec<(usize, usize)>,
    notes: Notes,
) {
    for (into, folded) in folds {
        let mut other = diagnostics[folded].clone();
        if notes == Notes::Drop {
            other.notes.clear();
        }
        fold_other_code(&mut diagnostics[into], other);
        keep[folded] = false;
    }
}

/// Folds each member's CC024 (a name several places share) into the CC104 at the same
/// name that says none of them lies within the claim's subject: whichever it means, the
/// member is outside, and registering the place the article means or correcting the name
/// settles both.
fn fold_homonyms_outside_subject(diagnostics: &mut [Diagnostic], keep: &mut [bool]) {
    fold_at_the_same_place(
        diagnostics,
        keep,
        |host| host.code == Code::MemberOutsideSubject,
        |guest| guest.code == Code::AmbiguousEntity && guest.rule.is_none(),
    );
}

/// Folds each kept diagnostic that `is_guest` picks into the first kept one that `is_host`
/// picks at the same primary place, as a finding of another code.
fn fold_at_the_same_place(
    diagnostics: &mut [Diagnostic],
    keep: &mut [bool],
    is_host: impl Fn(&Diagnostic) -> bool,
    is_guest: impl Fn(&Diagnostic) -> bool,
) {
    let mut hosts: HashMap<Location, usize> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if keep[i]
            && is_host(diagnostic)
            && let Some(place) = diagnostic.primary()
        {
            hosts.entry(*place).or_insert(i);
        }
    }
    if hosts.is_empty() {
        return;
    }
    for i in 0..diagnostics.len() {
        if !keep[i] || !is_guest(&diagnostics[i]) {
            continue;
        }
        let Some(&into) = diagnostics[i].primary().and_then(|p| hosts.get(p)) else {
            continue;
        };
        let other = diagnostics[i].clone();
        fold_other_code(&mut diagnostics[into], other);
        keep[i] = false;
    }
}

/// Gives back, as findings of their own, the findings folded into another of another code
/// (a CC101 into the CC204 it comes from, a CC204 into a CC203) when the run leaves that
/// other out (`reported` says no: `--ignore`, `--select`, `--min-severity`) or reports it
/// less severe than them (`severity_of`, after the overrides): reporting less never hides
/// an error. The host's note that said the finding goes with it. Not when a baseline
/// accepts the host (`accepted`), which accepted them with it.
pub fn unfold_from_hosts_left_out(
    diagnostics: &mut Vec<Diagnostic>,
    reported: impl Fn(&Diagnostic) -> bool,
    severity_of: impl Fn(&Diagnostic) -> Severity,
    accepted: impl Fn(&Diagnostic) -> bool,
) {
    let mut unfolded: Vec<Diagnostic> = Vec::new();
    for host in diagnostics.iter_mut() {
        if host.folded.is_empty() || accepted(host) {
            continue;
        }
        let host_reported = reported(host);
        let (host_code, host_severity) = (host.code, host.severity);
        let (stand, stay): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(&mut host.folded)
            .into_iter()
            .map(|mut folded| {
                folded.severity = severity_of(&folded);
                folded
            })
            .partition(|folded| {
                folded.code != host_code
                    && reported(folded)
                    && (!host_reported || folded.severity > host_severity)
            });
        host.folded = stay;
        for folded in &stand {
            let said = format!(": {}", folded.message);
            host.notes.retain(|note| !note.ends_with(&said));
        }
        unfolded.extend(stand);
    }
    diagnostics.extend(unfolded);
}

#[cfg(test)]
mod tests {
    use super::merge;
    use crate::codes::Code;
    use crate::diagnostic::{Diagnostic, Location};
    use crate::files::FileId;
    use crate::testing::check_files;

    #[test]
    fn a_name_left_out_of_a_growing_list_is_one_finding_with_the_count_and_the_growth() {
        let claims = "source: a\nclaims:\n  - { id: fri, quote: \"three towns: Masham, Leyburn and Hawes\", subject: North Yorkshire, metric: m, value: 3, unit: town, members: [Masham, Leyburn, Hawes], as_of: 2024-01-12 }\n  - { id: mon, quote: \"four towns: Masham, Leyburn, Hawes and Bedale\", subject: North Yorkshire, metric: m, value: 4, unit: town, members: [Masham, Leyburn, Hawes], as_of: 2024-01-15 }\n";
        let entities = "entities:\n  - { name: North Yorkshire, kind: county }\n  - { name: Masham, kind: town, parent: North Yorkshire }\n  - { name: Leyburn, kind: town, parent: North Yorkshire }\n  - { name: Hawes, kind: town, parent: North Yorkshire }\n  - { name: Bedale, kind: town, parent: North Yorkshire }\n";
        let rules = "rules:\n  - { id: lists, kind: count }\n  - { id: grows, kind: growth }\n";
        let outcome = crate::testing::check_citations(&[
            ("claims/c.yaml", claims),
            ("entities/e.yaml", entities),
            ("rules/r.yaml", rules),
            (
                "sources/sources.yaml",
                "sources:\n  - { id: a, title: A, published: 2024-01-19, text: a.txt }\n",
            ),
            (
                "sources/a.txt",
                "Friday: three towns: Masham, Leyburn and Hawes. Monday: four towns: Masham, \
                 Leyburn, Hawes and Bedale.",
            ),
        ]);
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::MemberLeftOut], "{:#?}", outcome.diagnostics);
        let folded: Vec<Code> = outcome.diagnostics[0]
            .folded
            .iter()
            .map(|d| d.code)
            .collect();
        assert!(folded.contains(&Code::CountMismatch), "{folded:?}");
        assert!(folded.contains(&Code::GrowthUnexplained), "{folded:?}");
    }

    /// Asserts that `kept` took in a finding of `code`, which its notes say.
    fn assert_folds(kept: &crate::diagnostic::Diagnostic, code: Code) {
        let note = format!("the same slip is also {}", code.id());
        assert!(
            kept.notes.iter().any(|n| n.starts_with(&note)),
            "{:?}",
            kept.notes
        );
    }

    /// A member of another place of the same name makes a growing list seem to drop the one
    /// the other list names, in either list: one slip, reported as the CC104 that says where
    /// the member lies. A real drop beside it stays its own.
    #[test]
    fn a_member_of_another_place_of_its_name_is_no_drop() {
        let run = |earlier: &str, later: &str| {
            let claims = format!(
                "source: a\nclaims:\n  - {{ id: may10, quote: \"aid goes to Jefferson County, Clay County and Washington County\", subject: Missouri, metric: m, as_of: 2024-05-10, unit: county, members: [{earlier}] }}\n  - {{ id: may24, quote: \"aid still goes to Jefferson County, Clay County and Washington County\", subject: Missouri, metric: m, as_of: 2024-05-24, unit: county, members: [{later}] }}\n"
            );
            let entities = "entities:\n  - { name: Missouri, kind: state }\n  - { name: Oregon, kind: state }\n  - { name: Jefferson County, kind: county, parent: Missouri }\n  - { name: Clay County, kind: county, parent: Missouri }\n  - { name: Washington County, kind: county, parent: Missouri }\n  - { name: Washington County, kind: county, parent: Oregon }\n";
            crate::testing::check_citations(&[
                ("claims/c.yaml", &claims),
                ("entities/e.yaml", entities),
                (
                    "rules/r.yaml",
                    "rules:\n  - { id: counts, kind: count }\n  - { id: grows, kind: growth }\n",
                ),
                (
                    "sources/sources.yaml",
                    "sources:\n  - { id: a, title: A, published: 2024-05-24, text: a.txt }\n",
                ),
                (
                    "sources/a.txt",
                    "On May 10 aid goes to Jefferson County, Clay County and Washington County. On May 24 aid still goes to Jefferson County, Clay County and Washington County.",
                ),
            ])
        };
        let right = "Jefferson County, Clay County, Washington County";
        let wrong = "Jefferson County, Clay County, Washington County (Oregon)";
        for (earlier, later) in [(wrong, right), (right, wrong)] {
            let outcome = run(earlier, later);
            let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
            assert_eq!(
                codes,
                [Code::MemberOutsideSubject],
                "{:#?}",
                outcome.diagnostics
            );
            assert_folds(&outcome.diagnostics[0], Code::MemberDropped);
        }
        // Clay County is dropped too: that drop is the article's, and the CC121 stays.
        let outcome = run(wrong, "Jefferson County, Washington County");
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::MemberDropped), "{codes:?}");
    }

    #[test]
    fn a_place_in_parentheses_tells_homonyms_apart_only() {
        assert_eq!(
            super::without_place("Washington County (Oregon)"),
            "Washington County"
        );
        assert_eq!(
            super::without_place("Washington County"),
            "Washington County"
        );
        assert_eq!(
            super::without_place("Lewis (and Clark)x"),
            "Lewis (and Clark)x"
        );
    }

    /// 16 on Nov 21 beside 21 the same day, after 17 on Nov 14: the series names the one
    /// figure out of line, and the disagreement is its note. Two figures that both break the
    /// series leave the disagreement between them its own finding.
    #[test]
    fn a_disagreement_whose_one_claim_breaks_a_series_is_that_break() {
        let run = |values: [&str; 3]| {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: nov14, quote: x, subject: China, metric: m, as_of: 2020-11-14, value: {}, unit: province }}\n  - {{ id: nov21a, quote: x, subject: China, metric: m, as_of: 2020-11-21, value: {}, unit: province }}\n  - {{ id: nov21b, quote: x, subject: China, metric: m, as_of: 2020-11-21, value: {}, unit: province }}\n",
                values[0], values[1], values[2]
            );
            crate::testing::check_files(&[
                ("claims/c.yaml", &claims),
                (
                    "rules/r.yaml",
                    "rules:\n  - { id: grows, kind: monotonic }\n  - { id: agree, kind: agreement }\n",
                ),
            ])
        };
        let one = run(["17", "16", "21"]);
        let codes: Vec<Code> = one.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::SeriesBreaks], "{:#?}", one.diagnostics);
        assert_eq!(one.diagnostics[0].claims[0].as_str(), "nov21a");
        assert_folds(&one.diagnostics[0], Code::ValuesDisagree);
        let both = run(["17", "16", "15"]);
        let mut codes: Vec<Code> = both.diagnostics.iter().map(|d| d.code).collect();
        codes.sort();
        assert_eq!(
            codes,
            [Code::SeriesBreaks, Code::SeriesBreaks, Code::ValuesDisagree],
            "{:#?}",
            both.diagnostics
        );
    }

    /// A figure dated after its article was published by a slip of its `as_of:` breaks the
    /// series only as misdated: the break is a note of the CC161. A break between claims
    /// whose dates can be right stays its own finding.
    #[test]
    fn a_break_by_a_claim_dated_after_its_source_is_that_date() {
        let run = |dates: [&str; 3]| {
            let claims = format!(
                "source: article\nclaims:\n  - {{ id: a, quote: x, subject: China, metric: m, as_of: {}, value: 88%, unit: percent }}\n  - {{ id: b, quote: x, subject: China, metric: m, as_of: {}, value: 97%, unit: percent }}\n  - {{ id: c, quote: x, subject: China, metric: m, as_of: {}, value: 90%, unit: percent }}\n",
                dates[0], dates[1], dates[2]
            );
            crate::testing::check_files(&[
                ("claims/c.yaml", &claims),
                (
                    "rules/r.yaml",
                    "rules:\n  - { id: grows, kind: monotonic }\n  - { id: dated, kind: timeline }\n",
                ),
            ])
        };
        let misdated = run(["2020-11-25", "2020-11-15", "2020-11-10"]);
        let codes: Vec<Code> = misdated.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [Code::AsOfAfterPublication],
            "{:#?}",
            misdated.diagnostics
        );
        assert_eq!(misdated.diagnostics[0].claims[0].as_str(), "a");
        assert_folds(&misdated.diagnostics[0], Code::SeriesBreaks);
        let real = run(["2020-11-01", "2020-11-15", "2020-11-20"]);
        let codes: Vec<Code> = real.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::SeriesBreaks], "{:#?}", real.diagnostics);
    }

    #[test]
    fn a_count_that_grows_otherwise_than_its_list_for_a_count_mismatch_is_that_mismatch() {
        let claims = "source: article\nclaims:\n  - { id: tue, quote: x, subject: Gansu, metric: m, value: 2, unit: county, members: [Tibet, Guangxi], as_of: 2020-11-12 }\n  - { id: wed, quote: x, subject: Gansu, metric: m, value: 4, unit: county, members: [Tibet, Guangxi, Hubei], as_of: 2020-11-13 }\n";
        let rules = "rules:\n  - { id: lists, kind: count }\n  - { id: grows, kind: growth }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rules)]);
        let found: Vec<Code> = outcome
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|code| matches!(code, Code::CountMismatch | Code::GrowthUnexplained))
            .collect();
        assert_eq!(found, [Code::CountMismatch], "{:#?}", outcome.diagnostics);
        let notes = &outcome
            .diagnostics
            .iter()
            .find(|d| d.code == Code::CountMismatch)
            .unwrap()
            .notes;
        assert!(notes.iter().any(|note| note.contains("CC122")), "{notes:?}");
        assert!(
            notes
                .iter()
                .all(|note| !note.contains("both lists are complete")),
            "{notes:?}"
        );
    }

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
}
