//! One problem, one finding.
//!
//! Rules overlap: two `timeline` rules may select the same claim and both find it dated
//! after its source; a claim that counts provinces as counties is a `count` finding (its
//! members are not counties, CC103) and an `agreement` finding (another mention counts
//! provinces, CC142). A reader who fixes the claim fixes both, so they are shown as one:
//!
//! - the same code with the same message at the same place, from several rules, is one
//!   finding that names every rule: the first [`FOLDED_RULES`] with their labels, the
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

use std::sync::Arc;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::files::Files;
use crate::hashing::HashMap;
use crate::model::Project;

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

/// How many more uses of a name a gathered CC022 or CC024 marks with a label of their own;
/// its note counts the rest.
const MARKED_USES: usize = 3;
/// How many claims the note of a gathered CC022 or CC024 names before it counts the rest.
const NAMED_CLAIMS: usize = 5;

/// Gathers the CC022s of one name into one finding, and the CC024s of one name that could
/// be the same places: a place the registry lacks, written in a hundred claims, is one
/// entry to add (or one misspelling to correct everywhere), and a name two places share,
/// written in a hundred claims, is one choice to make, not a hundred warnings. A shared
/// name whose context leaves other candidates (one `Forest Park` within each of three
/// Springfields here, two of them there) is another finding. The finding is reported at
/// the use that comes first in the report's order, marks the next [`MARKED_USES`] uses,
/// and names the claims of the others in a note; its `claims` lists every claim, its data
/// counts the `uses`. Names are one name however they were typed
/// ([`crate::model::name_key`]). A CC024 gathered from uses in several roles (a subject
/// here, a member there) keeps every role's note and help.
///
/// After suppression, so that a claim's `allow:` silences its own use only. A baseline
/// matches the finding by the name (and a CC024 by its candidates too:
/// [`crate::diagnostic::Identity`] with no claim); the uses gathered are kept in
/// [`Diagnostic::folded`], so that an entry written for one use by an earlier release
/// still accepts it.
pub fn gather_unresolved_names(diagnostics: &mut Vec<Diagnostic>, files: &Files) {
    let mut by_name: HashMap<(Code, Vec<String>), Vec<usize>> = HashMap::default();
    // Each use's role, read once with the rest of its data.
    let mut roles: HashMap<usize, String> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter_mut().enumerate() {
        if !matches!(diagnostic.code, Code::UnknownEntity | Code::AmbiguousEntity)
            || diagnostic.rule.is_some()
        {
            continue;
        }
        let Some(facts) = diagnostic
            .data
            .as_ref()
            .and_then(crate::diagnostic::Data::read::<UnresolvedName>)
        else {
            continue;
        };
        let mut key = vec![crate::model::name_key(&facts.name)];
        if diagnostic.code == Code::AmbiguousEntity {
            let count = facts.candidates.map_or_else(String::new, |n| n.to_string());
            key.push(count);
            key.extend(facts.listed);
            key.extend(facts.digest);
            roles.insert(i, facts.role);
        }
        // A baseline accepts the name, not the uses that happen to come first: fixing
        // one use, or adding an earlier one, leaves it accepted.
        diagnostic.identity = Some(Box::new(crate::diagnostic::Identity {
            claim: String::new(),
            data: key.clone(),
            mirror: None,
        }));
        by_name.entry((diagnostic.code, key)).or_default().push(i);
    }
    let mut keep = vec![true; diagnostics.len()];
    let mut groups: Vec<Vec<usize>> = by_name
        .into_values()
        .filter(|uses| uses.len() > 1)
        .collect();
    if groups.is_empty() {
        return;
    }
    // The order the report shows them in, so that the finding stands at the first use.
    let place = |i: usize| {
        let at = diagnostics[i].primary();
        let file = at.map(|l| files.project_name(l.file));
        (
            file.map_or(0, crate::files::input_rank),
            file,
            at.map_or(0, |l| l.span().start),
        )
    };
    for uses in &mut groups {
        uses.sort_by_cached_key(|&i| place(i));
    }
    for uses in groups {
        let (first, others) = uses.split_first().expect("a group has uses");
        let gathered: Vec<Diagnostic> = others
            .iter()
            .map(|&i| {
                keep[i] = false;
                std::mem::replace(
                    &mut diagnostics[i],
                    Diagnostic::general(Code::UnknownEntity, "", ""),
                )
            })
            .collect();
        // The roles the name is written in besides the first use's, in the order met.
        let mut other_roles: Vec<&str> = Vec::new();
        for i in &uses {
            if let Some(role) = roles.get(i)
                && !other_roles.contains(&role.as_str())
            {
                other_roles.push(role);
            }
        }
        let other_roles = other_roles.get(1..).unwrap_or_default();
        gather_into(&mut diagnostics[*first], gathered, other_roles);
    }
    let mut flags = keep.into_iter();
    diagnostics.retain(|_| flags.next().unwrap_or(true));
}

/// What [`gather_unresolved_names`] reads of a CC022's or CC024's data: the name as
/// written, and of a CC024 its role and candidates.
#[derive(serde::Deserialize)]
struct UnresolvedName {
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    candidates: Option<usize>,
    #[serde(default)]
    listed: Vec<String>,
    #[serde(default)]
    digest: Option<String>,
}

/// Takes the other uses of the kept CC022's or CC024's name into it; a CC024 written in
/// `other_roles` too says what each of them needs.
fn gather_into(kept: &mut Diagnostic, others: Vec<Diagnostic>, other_roles: &[&str]) {
    let uses = others.len() + 1;
    let facts = kept
        .data
        .as_ref()
        .and_then(crate::diagnostic::Data::read::<UnresolvedName>);
    if let Some(data) = &kept.data {
        kept.data = Some(data.with("uses", uses.into()));
    }
    let name = facts.map(|facts| facts.name).unwrap_or_default();
    for other in others.iter().take(MARKED_USES) {
        if let Some(at) = other.primary() {
            kept.labels.push(crate::diagnostic::Label {
                location: *at,
                message: "also written here".into(),
                primary: false,
            });
        }
    }
    if !other_roles.is_empty() {
        take_in_other_roles(kept, &others, other_roles);
    }
    let mut claims: crate::hashing::HashSet<String> = kept.claims.iter().cloned().collect();
    let mut other_claims: Vec<&str> = Vec::new();
    let mut parents = 0;
    for other in &others {
        match other.claims.first() {
            Some(claim) => {
                if claims.insert(claim.clone()) {
                    other_claims.push(claim);
                }
            }
            None => parents += 1,
        }
    }
    let mut written_in = Vec::new();
    if !other_claims.is_empty() {
        let named: Vec<String> = other_claims
            .iter()
            .take(NAMED_CLAIMS)
            .map(|claim| format!("`{claim}`"))
            .collect();
        let rest = other_claims.len().saturating_sub(NAMED_CLAIMS);
        let noun = if other_claims.len() == 1 {
            "claim"
        } else {
            "claims"
        };
        written_in.push(if rest > 0 {
            format!("{noun} {} and {rest} more", named.join(", "))
        } else {
            format!("{noun} {}", list_words(&named))
        });
    }
    if parents > 0 {
        let noun = if parents == 1 { "entity" } else { "entities" };
        written_in.push(format!("the `parent:` of {parents} {noun}"));
    }
    kept.notes.push(match written_in.as_slice() {
        // Every other use is in the claim the finding stands at (its subject and a member).
        [] => format!("`{name}` is written in {uses} places in all, each in this claim"),
        _ => format!(
            "`{name}` is written in {uses} places in all; the others are in {}",
            written_in.join(" and ")
        ),
    });
    // Like every finding, it names at most LISTED_CLAIMS claims: its note counts the rest.
    let room = crate::diagnostic::LISTED_CLAIMS.saturating_sub(kept.claims.len());
    let new_claims: Vec<String> = other_claims
        .iter()
        .take(room)
        .map(|c| c.to_string())
        .collect();
    kept.claims.extend(new_claims);
    kept.folded.extend(others.into_iter().map(as_gathered_use));
}

/// One use of a gathered name as the finding keeps it: what a baseline entry written for
/// that use alone matches (its code, its place, the name's identity), without the
/// message, help and notes the finding already says once. A name written in a million
/// claims would otherwise keep a million copies of them.
fn as_gathered_use(one_use: Diagnostic) -> Diagnostic {
    let Diagnostic {
        code,
        severity,
        mut labels,
        rule,
        claims,
        identity,
        ..
    } = one_use;
    labels.retain(|label| label.primary);
    labels.truncate(1);
    labels.shrink_to_fit();
    Diagnostic {
        code,
        severity,
        message: String::new(),
        labels,
        help: None,
        notes: Vec::new(),
        rule,
        claims,
        data: None,
        identity,
        counterpart: None,
        rests_on_values: Vec::new(),
        folded: Vec::new(),
        also_found_by: Vec::new(),
    }
}

/// A CC024 written as a subject here and a member there says what each role needs: the
/// notes of the other roles' uses that it lacks (a subject's, that the rules compare its
/// claim with no other), and in its help what else settles the name in each of them. Uses
/// in one role with the same candidates have the same notes, so one use per role is read.
fn take_in_other_roles(kept: &mut Diagnostic, others: &[Diagnostic], other_roles: &[&str]) {
    let mut read = 0;
    for other in others {
        if read == other_roles.len() {
            break;
        }
        let Some(role) = other_roles.iter().find(|role| {
            other
                .data
                .as_ref()
                .and_then(crate::diagnostic::Data::read::<UnresolvedName>)
                .is_some_and(|facts| facts.role == **role)
        }) else {
            continue;
        };
        let new_notes: Vec<String> = other
            .notes
            .iter()
            .filter(|note| !kept.notes.contains(note))
            .cloned()
            .collect();
        if new_notes.is_empty()
            && kept
                .help
                .as_deref()
                .is_some_and(|help| help.contains(crate::load::link::what_settles(role)))
        {
            continue;
        }
        kept.notes.extend(new_notes);
        if let Some(help) = &mut kept.help {
            let help = help.to_mut();
            help.push_str("; ");
            help.push_str(crate::load::link::what_settles(role));
        }
        read += 1;
    }
}

/// `a`, `a and b`, `a, b and c`.
fn list_words(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    }
}

/// What a rule finding rests on that a citation finding may say is miswritten: a claim's
/// value, which its quote does not state (CC202), or its unit, where the quote names
/// another (CC205).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Basis {
    Value,
    Unit,
}

impl Basis {
    /// The citation finding that says this part of a claim is miswritten.
    fn citation(self) -> Code {
        match self {
            Basis::Value => Code::ValueNotInQuote,
            Basis::Unit => Code::UnitNotInQuote,
        }
    }

    /// The basis whose [`Basis::citation`] `code` is.
    fn of(code: Code) -> Option<Basis> {
        [Basis::Value, Basis::Unit]
            .into_iter()
            .find(|basis| basis.citation() == code)
    }

    /// The word for it in the notes and help.
    fn word(self) -> &'static str {
        match self {
            Basis::Value => "value",
            Basis::Unit => "unit",
        }
    }

    /// What the citation finding says of the claim, in a note on a finding it could not
    /// take in.
    fn miswritten(self) -> &'static str {
        match self {
            Basis::Value => "does not state its value",
            Basis::Unit => "names another unit than its `unit:`",
        }
    }
}

/// The rule findings that rest on their claims' units rather than their values: figures in
/// different units added (CC133) or compared as one quantity (CC142). A claim encoded in
/// the wrong unit makes them, and its CC205 takes them in.
const RESTING_ON_UNITS: &[Code] = &[Code::EquationMixesUnits, Code::UnitsDisagree];

/// Added to the help of a citation finding that rule findings were folded into.
fn correct_first(basis: Basis) -> String {
    format!(
        ". The rule findings noted compare this {}: correct it first, and the next run \
         reports those that remain",
        basis.word()
    )
}

/// Folds each rule finding that rests on a claim's value ([`Diagnostic::rests_on_values`])
/// into the CC202 that says the claim's quote does not state that value, as a note naming
/// the rule and what it would otherwise report. The value is what to fix first: a count
/// that disagrees with its list, a figure that disagrees with another article's, or one
/// outside its range is then most likely the same slip, and its help ("if the articles
/// themselves disagree, keep their words") would point the wrong way. A finding about
/// several claims goes to the first of them, in the order the rule named them, that has
/// such a CC202. Likewise a finding that rests on its claims' units ([`RESTING_ON_UNITS`]:
/// figures in euros and francs added) goes into the CC205 that says a claim's quote names
/// another unit: the claim encoded in the wrong currency is the one slip.
///
/// Only into a CC202 that this run reports (`reported`: its code not turned off, selected,
/// at the minimum severity) and at least as severe as the finding, after overrides: a
/// finding is never hidden in one the run leaves out, nor made to count less than it did.
/// Only where the quote was found in its article: a quote that is not there (CC201) says
/// nothing of the value, and the rule findings stand on their own. A CC202 silenced by an
/// `allow:` is gone before this runs, so the author who says the value is right gets the
/// rule findings back. A CC202 that the run's baseline accepts (`accepted`) takes them in
/// whether or not it is reported, and whatever its severity: the baseline accepted them
/// with it, and reporting less must not make them new.
pub fn fold_into_unstated_values(
    diagnostics: &mut Vec<Diagnostic>,
    project: &Project,
    reported: impl Fn(&Diagnostic) -> bool,
    accepted: impl Fn(&Diagnostic) -> bool,
) {
    let mut miswritten: HashMap<(&str, Basis), usize> = HashMap::default();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if let Some(basis) = Basis::of(diagnostic.code)
            && diagnostic.rule.is_none()
            && (reported(diagnostic) || accepted(diagnostic))
            && let Some(claim) = diagnostic.claims.first()
            && project
                .claim_by_id(claim)
                .is_some_and(|id| project.claim(id).passage.is_some())
        {
            miswritten.entry((claim.as_str(), basis)).or_insert(i);
        }
    }
    if miswritten.is_empty() {
        return;
    }
    let mut folds: Vec<(usize, usize, Basis)> = Vec::new();
    let mut weaker_citations: Vec<(usize, usize, Basis)> = Vec::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.rule.is_none() || !reported(diagnostic) {
            continue;
        }
        let (basis, rests_on) = if RESTING_ON_UNITS.contains(&diagnostic.code) {
            (Basis::Unit, &diagnostic.claims)
        } else {
            (Basis::Value, &diagnostic.rests_on_values)
        };
        let mut candidates = rests_on
            .iter()
            .filter_map(|claim| miswritten.get(&(claim.as_str(), basis)).copied());
        let first = candidates.clone().next();
        // Into one a baseline accepts whatever its severity: it accepted the finding with it.
        match candidates.find(|&into| {
            diagnostics[into].severity >= diagnostic.severity || accepted(&diagnostics[into])
        }) {
            Some(into) => folds.push((into, i, basis)),
            None => {
                if let Some(weaker) = first {
                    weaker_citations.push((i, weaker, basis));
                }
            }
        }
    }
    // A citation finding made less severe than the finding does not take it in, but the
    // finding must not send its reader to the articles before the claim: it says so.
    for (i, citation, basis) in weaker_citations {
        let claim = diagnostics[citation].claims[0].clone();
        let severity = crate::words::with_article(diagnostics[citation].severity.as_str());
        diagnostics[i].notes.push(format!(
            "the quote of `{claim}` {} ({}, reported as {severity}): correct that {} first",
            basis.miswritten(),
            basis.citation().id(),
            basis.word()
        ));
    }
    if folds.is_empty() {
        return;
    }
    let mut keep = vec![true; diagnostics.len()];
    for (into, i, basis) in folds {
        let folded = diagnostics[i].clone();
        let kept = &mut diagnostics[into];
        if kept.folded.is_empty()
            && let Some(help) = &mut kept.help
        {
            help.to_mut().push_str(&correct_first(basis));
        }
        let kind = super::KINDS
            .iter()
            .find(|kind| kind.codes.contains(&folded.code))
            .map_or(String::new(), |kind| format!("{} ", kind.name));
        let rule = folded.rule.as_deref().unwrap_or_default();
        let severity = if folded.severity == Severity::Error {
            String::new()
        } else {
            format!(" ({})", folded.severity.as_str())
        };
        kept.notes.push(format!(
            "the {kind}rule `{rule}` compares this {} and would otherwise report {}{severity}: {}",
            basis.word(),
            folded.code.id(),
            folded.message
        ));
        kept.folded.push(folded);
        keep[i] = false;
    }
    let mut flags = keep.into_iter();
    diagnostics.retain(|_| flags.next().unwrap_or(true));
}

/// What makes two rules' findings one: the code, the place, the words, and the other
/// claim of a disagreement (on which an `allow:` silences it too).
/// What makes two rule findings one: code, place, message and the claim on the other side.
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
struct SameIndex {
    hasher: crate::hashing::RandomState,
    table: hashbrown::HashTable<usize>,
}

impl SameIndex {
    /// The hash of `diagnostic`'s key; none for a finding of no rule or of no place.
    fn hash(&self, diagnostic: &Diagnostic) -> Option<u64> {
        Self::hash_with(&self.hasher, diagnostic)
    }

    fn hash_with(hasher: &crate::hashing::RandomState, diagnostic: &Diagnostic) -> Option<u64> {
        use std::hash::BuildHasher;
        same_key(diagnostic).map(|key| hasher.hash_one(key))
    }

    /// The index in `diagnostics` of the finding with `diagnostic`'s key, if any.
    fn find(
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
    fn insert(&mut self, diagnostics: &[Diagnostic], hash: u64, at: usize) {
        let hasher = &self.hasher;
        // A filed finding has a key, so a hash: the table asks again when it grows.
        self.table.insert_unique(hash, at, |&filed| {
            Self::hash_with(hasher, &diagnostics[filed]).unwrap_or_default()
        });
    }
}

/// Rules whose same finding is folded in with its labels and a note of its own; any more
/// are named by id alone ([`Diagnostic::also_found_by`]), counted in one note.
pub const FOLDED_RULES: usize = super::RELATED_LABELS;

/// Prefix of the note that counts the rules folded in by id alone.
const MORE_RULES_NOTE: &str = "also found by ";

/// The same finding from another rule: name that rule, keep its labels and notes; past
/// [`FOLDED_RULES`], its id alone.
///
/// `shared` is the rule's id as the run shares it among the findings that name it by id
/// alone; `None`: one is made.
fn fold_same(kept: &mut Diagnostic, mut again: Diagnostic, shared: Option<&Arc<str>>) {
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
/// another rule's same finding ([`fold_same`]), as [`merge`] would fold them. A finding
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
    use super::{MARKED_USES, merge};

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

    /// Two claims quoting "67 counties have quit", the second with the value `76`, an
    /// agreement rule and a range rule with a maximum of 70: the one wrong figure.
    const MISWRITTEN: &[(&str, &str)] = &[
        (
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: right, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 67, unit: county }\n  - { id: typo, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 76, unit: county }\n",
        ),
        (
            "rules/r.yaml",
            "rules:\n  - { id: agrees, kind: agreement }\n  - { id: at-most-70, kind: range, max: 70 }\n",
        ),
    ];

    fn check_with(
        dir: &tempfile::TempDir,
        options: &crate::check::Options,
    ) -> crate::check::Outcome {
        crate::check::check(dir.path(), options)
    }

    /// Every code reported, citation findings included.
    fn all_codes(outcome: &crate::check::Outcome) -> Vec<Code> {
        outcome.diagnostics.iter().map(|d| d.code).collect()
    }

    fn off(code: Code) -> crate::check::Options {
        crate::check::Options {
            severity: vec![(code, crate::config::Level::Off)],
            ..Default::default()
        }
    }

    #[test]
    fn rule_findings_on_a_value_its_quote_does_not_state_are_notes_of_the_cc202() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let outcome = check_with(&dir, &Default::default());
        assert_eq!(all_codes(&outcome), vec![Code::ValueNotInQuote]);
        assert_eq!(
            outcome.summary.errors, 1,
            "the run still fails, on the value"
        );
        let unstated = &outcome.diagnostics[0];
        assert_eq!(unstated.claims, ["typo"]);
        let notes: Vec<&str> = unstated.notes.iter().map(String::as_str).collect();
        assert!(
            notes.contains(
                &"the agreement rule `agrees` compares this value and would otherwise report \
                  CC141: `typo` states 76 counties where `right` states 67 counties for the same \
                  quantity"
            ),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("the range rule `at-most-70` compares this value")),
            "{notes:?}"
        );
        let folded: Vec<Code> = unstated.folded.iter().map(|d| d.code).collect();
        assert_eq!(folded, [Code::ValuesDisagree, Code::OutOfRange]);
        assert!(
            unstated
                .help
                .as_deref()
                .unwrap()
                .ends_with("correct it first, and the next run reports those that remain")
        );
    }

    #[test]
    fn rule_findings_stand_when_the_cc202_is_not_reported_or_is_silenced() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let without = check_with(&dir, &off(Code::ValueNotInQuote));
        assert_eq!(
            all_codes(&without),
            vec![Code::ValuesDisagree, Code::OutOfRange]
        );
        let selected = check_with(
            &dir,
            &crate::check::Options {
                select: vec![Code::OutOfRange],
                ..Default::default()
            },
        );
        assert_eq!(all_codes(&selected), vec![Code::OutOfRange]);
        let allowed = crate::testing::write_project(&[
            (
                "claims/c.yaml",
                &format!(
                    "{}    allow: [{{ code: CC202, reason: the article states 76 in words claimcheck does not read }}]\n",
                    MISWRITTEN[0].1.replace(
                        "  - { id: typo, quote: \"67 counties have quit\", subject: Gansu, metric: quit, value: 76, unit: county }\n",
                        "  - id: typo\n    quote: \"67 counties have quit\"\n    subject: Gansu\n    metric: quit\n    value: 76\n    unit: county\n",
                    )
                ),
            ),
            MISWRITTEN[1],
        ]);
        let outcome = check_with(&allowed, &Default::default());
        assert_eq!(
            all_codes(&outcome),
            vec![Code::ValuesDisagree, Code::OutOfRange]
        );
        assert_eq!(outcome.summary.suppressed, 1);
    }

    #[test]
    fn a_cc202_made_less_severe_than_a_finding_does_not_take_it_in_but_is_named() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let options = crate::check::Options {
            severity: vec![(
                Code::ValueNotInQuote,
                crate::config::Level::Report(crate::diagnostic::Severity::Warning),
            )],
            ..Default::default()
        };
        let outcome = check_with(&dir, &options);
        assert_eq!(
            all_codes(&outcome),
            vec![
                Code::ValuesDisagree,
                Code::OutOfRange,
                Code::ValueNotInQuote
            ]
        );
        assert_eq!(
            outcome.summary.errors, 2,
            "the rule findings still fail the run"
        );
        assert!(
            outcome.diagnostics[0].notes.contains(
                &"the quote of `typo` does not state its value (CC202, reported as a warning): \
                  correct that value first"
                    .to_string()
            ),
            "{:?}",
            outcome.diagnostics[0].notes
        );
    }

    #[test]
    fn a_baseline_entry_for_a_finding_now_folded_is_still_used() {
        let dir = crate::testing::write_project(MISWRITTEN);
        // Recorded while CC202 was off: it accepts the CC141 and the CC151 on their own.
        let before = check_with(&dir, &off(Code::ValueNotInQuote));
        let baseline = crate::baseline::Baseline::record(&before.diagnostics, &before.project);
        assert_eq!(baseline.findings.len(), 2);
        let outcome = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline),
                ..Default::default()
            },
        );
        // The CC202 is new and reported; the entries match the findings folded into it, so
        // none is called unused.
        assert_eq!(all_codes(&outcome), vec![Code::ValueNotInQuote]);
        assert_eq!(outcome.summary.baselined, 0);
        // Recorded now, the baseline accepts the CC202, which hides what it took in.
        let now = crate::baseline::Baseline::record(&outcome.diagnostics, &outcome.project);
        let codes_recorded: Vec<&str> = now
            .findings
            .iter()
            .map(|entry| entry.fingerprint.code.as_str())
            .collect();
        assert_eq!(codes_recorded, ["CC202"]);
        let accepted = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(now),
                ..Default::default()
            },
        );
        assert_eq!(all_codes(&accepted), vec![]);
        assert_eq!(accepted.summary.baselined, 1);
    }

    #[test]
    fn a_baseline_that_accepts_a_cc202_accepts_its_rule_findings_when_the_cc202_is_left_out() {
        let dir = crate::testing::write_project(MISWRITTEN);
        let recorded = check_with(&dir, &Default::default());
        let baseline = crate::baseline::Baseline::record(&recorded.diagnostics, &recorded.project);
        for narrowed in [
            off(Code::ValueNotInQuote),
            crate::check::Options {
                select: vec![Code::ValuesDisagree],
                ..Default::default()
            },
            crate::check::Options {
                severity: vec![(
                    Code::ValueNotInQuote,
                    crate::config::Level::Report(crate::diagnostic::Severity::Warning),
                )],
                ..Default::default()
            },
        ] {
            let outcome = check_with(
                &dir,
                &crate::check::Options {
                    baseline: Some(baseline.clone()),
                    ..narrowed
                },
            );
            assert_eq!(
                all_codes(&outcome),
                vec![],
                "reporting less makes nothing new"
            );
        }
    }

    /// Claims `c1`..`cN`, each listing `name` as a member, in one file.
    fn claims_listing(name: &str, n: usize) -> String {
        let mut text = String::from("source: article\nclaims:\n");
        for i in 1..=n {
            text.push_str(&format!(
                "  - {{ id: c{i}, quote: x, subject: Gansu, metric: m{i}, members: [{name}] }}\n"
            ));
        }
        text
    }

    fn unknown_names(outcome: &crate::check::Outcome) -> Vec<&Diagnostic> {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::UnknownEntity)
            .collect()
    }

    #[test]
    fn every_use_of_one_unknown_name_is_one_finding() {
        let outcome = check_files(&[("claims/c.yaml", &claims_listing("Atlantis", 9))]);
        let found = unknown_names(&outcome);
        assert_eq!(found.len(), 1);
        let gathered = found[0];
        assert_eq!(
            gathered.message,
            "the member `Atlantis` names no known entity"
        );
        assert_eq!(gathered.claims.len(), 9, "every claim, for machines");
        assert_eq!(gathered.claims[0], "c1", "reported at the first use");
        assert_eq!(gathered.data.as_ref().unwrap().value()["uses"], 9);
        assert_eq!(
            gathered.notes,
            [
                "`Atlantis` is written in 9 places in all; the others are in claims `c2`, `c3`, \
              `c4`, `c5`, `c6` and 3 more"
            ]
        );
        let marked: Vec<&str> = gathered
            .labels
            .iter()
            .filter(|l| !l.primary)
            .map(|l| l.message.as_ref())
            .collect();
        assert_eq!(marked, ["also written here"; MARKED_USES]);
        assert_eq!(gathered.folded.len(), 8, "kept for baselines");
        assert!(
            gathered
                .folded
                .iter()
                .all(|one_use| gathered.gathers(one_use)
                    && one_use.message.is_empty()
                    && one_use.notes.is_empty()
                    && one_use.help.is_none()
                    && one_use.labels.len() == 1),
            "each use keeps its place alone: the finding says the rest once"
        );
    }

    #[test]
    fn a_name_written_in_many_claims_names_fifty_and_counts_them_all() {
        let uses = crate::diagnostic::LISTED_CLAIMS * 3;
        let outcome = check_files(&[("claims/c.yaml", &claims_listing("Atlantis", uses))]);
        let found = unknown_names(&outcome);
        assert_eq!(found.len(), 1);
        let gathered = found[0];
        let first: Vec<String> = (1..=crate::diagnostic::LISTED_CLAIMS)
            .map(|i| format!("c{i}"))
            .collect();
        assert_eq!(
            gathered.claims, first,
            "the first fifty, in the report's order"
        );
        assert_eq!(gathered.data.as_ref().unwrap().value()["uses"], uses);
        assert_eq!(gathered.folded.len(), uses - 1, "every use, for baselines");
        let json = crate::report::json::document(
            &outcome.diagnostics,
            &outcome.summary,
            &outcome.project.files,
        );
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        let finding = &report["diagnostics"][0];
        assert_eq!(finding["claims"].as_array().unwrap().len(), 50);
        assert!(
            finding.get("folded").is_none(),
            "uses are not other sides of it"
        );
    }

    #[test]
    fn one_name_however_typed_is_gathered_and_other_names_are_not() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, members: [Atlantís] }\n  - { id: b, quote: x, subject: Gansu, metric: n, members: [\"Atlanti\u{301}s\"] }\n  - { id: c, quote: x, subject: Lemuria, metric: o, value: 1 }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        let found: Vec<(&str, &[String])> = unknown_names(&outcome)
            .iter()
            .map(|d| (d.message.as_str(), d.claims.as_slice()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "the member `Atlantís` names no known entity",
                    &["a".to_string(), "b".to_string()][..]
                ),
                (
                    "the subject `Lemuria` names no known entity",
                    &["c".to_string()][..]
                ),
            ]
        );
        // A name used once says nothing of other uses.
        assert!(unknown_names(&outcome)[1].notes.is_empty());
    }

    /// Three counties named `Vale`: two within the North region, one within the South.
    const THREE_VALES: &str = "entities:\n  - { name: Ruritania, kind: country }\n  - { name: North, kind: region, parent: Ruritania }\n  - { name: South, kind: region, parent: Ruritania }\n  - { name: Alta, kind: province, parent: North }\n  - { name: Baja, kind: province, parent: North }\n  - { name: Marca, kind: province, parent: South }\n  - { name: Vale, kind: county, parent: Alta }\n  - { name: Vale, kind: county, parent: Baja }\n  - { name: Vale, kind: county, parent: Marca }\n";

    fn ambiguous_names(outcome: &crate::check::Outcome) -> Vec<&Diagnostic> {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::AmbiguousEntity)
            .collect()
    }

    #[test]
    fn uses_of_a_shared_name_that_could_be_the_same_places_are_one_finding() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Vale, metric: m, value: 1 }\n  - { id: b, quote: x, subject: Vale, metric: n, value: 2 }\n  - { id: c, quote: x, subject: Ruritania, metric: o, members: [Vale] }\n  - { id: d, quote: x, subject: North, metric: p, members: [Vale] }\n  - { id: e, quote: x, subject: Alta, metric: q, members: [Vale] }\n";
        let outcome = check_files(&[
            ("entities/ruritania.yaml", THREE_VALES),
            ("claims/c.yaml", claims),
        ]);
        let found = ambiguous_names(&outcome);
        let claims: Vec<&[String]> = found.iter().map(|d| d.claims.as_slice()).collect();
        // Within Ruritania `Vale` is any of the three, as it is alone; within North, one
        // of two: another choice. Within Alta it is settled.
        assert_eq!(claims, [&["a", "b", "c"][..], &["d"][..]]);
        let gathered = found[0];
        assert_eq!(gathered.message, "the subject `Vale` could name 3 entities");
        let data = gathered.data.as_ref().unwrap().value();
        assert_eq!(
            (data["uses"].clone(), data["candidates"].clone()),
            (3.into(), 3.into())
        );
        let subject_note =
            "until it names one entity, the rules compare this claim with no other by its subject";
        assert_eq!(
            gathered.notes.iter().filter(|n| *n == subject_note).count(),
            1
        );
        assert_eq!(
            gathered.notes.last().map(String::as_str),
            Some("`Vale` is written in 3 places in all; the others are in claims `b` and `c`")
        );
        // A subject here, a member there: the help says what settles each.
        let help = gathered.help.as_deref().unwrap();
        assert!(
            help.ends_with(&format!(
                "{}; {}",
                crate::load::link::what_settles("subject"),
                crate::load::link::what_settles("member")
            )),
            "{help}"
        );
        assert_eq!(gathered.folded.len(), 2, "kept for baselines");
        // The other choice names its two candidates and says nothing of other uses.
        assert_eq!(found[1].message, "the member `Vale` could name 2 entities");
        assert!(!found[1].notes.iter().any(|n| n.contains("places in all")));
    }

    #[test]
    fn a_baseline_accepts_a_shared_name_by_its_candidates_not_its_first_use() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Vale, metric: m, value: 1 }\n  - { id: b, quote: x, subject: Vale, metric: n, value: 2 }\n";
        let dir = crate::testing::write_project(&[
            ("entities/ruritania.yaml", THREE_VALES),
            ("claims/c.yaml", claims),
        ]);
        let first = check_with(&dir, &Default::default());
        let baseline = crate::baseline::Baseline::record(&first.diagnostics, &first.project);
        // With the first use gone and a new one written, the name is accepted still.
        let edited = claims
            .replace("id: a,", "id: z,")
            .replace("metric: m,", "metric: k,");
        std::fs::write(dir.path().join("claims/c.yaml"), edited).unwrap();
        let again = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline.clone()),
                ..Default::default()
            },
        );
        assert!(
            ambiguous_names(&again).is_empty(),
            "{:?}",
            again.diagnostics
        );
        // A use whose context leaves other candidates is a new choice, and is reported.
        let narrowed = format!(
            "{claims}  - {{ id: c, quote: x, subject: North, metric: o, members: [Vale] }}\n"
        );
        std::fs::write(dir.path().join("claims/c.yaml"), narrowed).unwrap();
        let again = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline),
                ..Default::default()
            },
        );
        let found = ambiguous_names(&again);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].claims, ["c"]);
    }

    #[test]
    fn shared_names_with_the_same_listed_candidates_but_other_sets_are_two_choices() {
        let use_of = |claim: &str, digest: &str| {
            Diagnostic::general(
                Code::AmbiguousEntity,
                "the subject `Vale` could name 7 entities",
                "",
            )
            .about_claim(claim)
            .with_data(&crate::load::link::AmbiguousName {
                name: "Vale",
                role: "subject",
                candidates: 7,
                listed: ["A", "B", "C", "D", "E"]
                    .map(|p| format!("Vale ({p})"))
                    .to_vec(),
                digest: Some(digest.to_string()),
                uses: 1,
            })
        };
        let mut diagnostics = vec![
            use_of("a", "0001"),
            use_of("b", "0002"),
            use_of("c", "0001"),
        ];
        super::gather_unresolved_names(&mut diagnostics, &crate::files::Files::default());
        let claims: Vec<&[String]> = diagnostics.iter().map(|d| d.claims.as_slice()).collect();
        assert_eq!(
            claims,
            [
                &["a".to_string(), "c".to_string()][..],
                &["b".to_string()][..]
            ]
        );
    }

    #[test]
    fn uses_all_in_one_claim_are_said_to_be_so() {
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Atlantis, metric: m, members: [Atlantis, Gansu] }\n";
        let outcome = check_files(&[("claims/c.yaml", claims)]);
        let found = unknown_names(&outcome);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].notes.last().map(String::as_str),
            Some("`Atlantis` is written in 2 places in all, each in this claim")
        );
    }

    #[test]
    fn a_claim_that_allows_its_unknown_name_is_not_gathered() {
        let mut claims = claims_listing("Atlantis", 2);
        claims.push_str(
            "  - { id: c3, quote: x, subject: Gansu, metric: m3, members: [Atlantis], allow: [{ code: CC022, reason: registered next release }] }\n",
        );
        let outcome = check_files(&[("claims/c.yaml", &claims)]);
        let found = unknown_names(&outcome);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].claims, ["c1", "c2"]);
        assert_eq!(outcome.summary.suppressed, 1);
    }

    #[test]
    fn a_baseline_that_accepts_the_gathered_finding_hides_it() {
        let dir =
            crate::testing::write_project(&[("claims/c.yaml", &claims_listing("Atlantis", 4))]);
        let first = check_with(&dir, &Default::default());
        let baseline = crate::baseline::Baseline::record(&first.diagnostics, &first.project);
        let recorded = |code: &str| {
            baseline
                .findings
                .iter()
                .filter(|entry| entry.fingerprint.code == code)
                .count()
        };
        // The placeholder quotes do not name the member: a CC203 each.
        assert_eq!((recorded("CC022"), recorded("CC203")), (1, 4));
        let again = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline.clone()),
                ..Default::default()
            },
        );
        assert!(again.diagnostics.is_empty());
        assert_eq!(again.summary.baselined, 5);
        // The name is accepted, not its first uses: with the first use fixed, and a new
        // use written before the others, it is accepted still, and the entry is in use.
        let mut fewer = claims_listing("Atlantis", 4).replace(
            "  - { id: c1, quote: x, subject: Gansu, metric: m1, members: [Atlantis] }\n",
            "  - { id: c0, quote: x, subject: Atlantis, metric: m0, value: 1, unit: county }\n",
        );
        fewer.push('\n');
        std::fs::write(dir.path().join("claims/c.yaml"), fewer).unwrap();
        let edited = check_with(
            &dir,
            &crate::check::Options {
                baseline: Some(baseline),
                ..Default::default()
            },
        );
        assert!(unknown_names(&edited).is_empty());
        // (c1's CC203 went with c1: that entry is unused.)
        assert!(
            !edited
                .diagnostics
                .iter()
                .any(|d| d.code == Code::UnusedBaselineEntry && d.message.contains("CC022")),
            "{:?}",
            edited.diagnostics
        );
    }

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
}
