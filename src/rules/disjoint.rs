//! The `disjoint` rule kind: how it decides and what it costs. What it checks, its parameters,
//! codes and example are written once, in [`KIND`] (`claimcheck explain disjoint`).
//!
//! `select:` chooses the claims of one set and `against:` (a selector with the same fields)
//! the claims of the other, e.g. the counties that "have quit" by the end of 2019 and those
//! "still" poor at the end of 2019. A claim of one set and a claim of the other that have
//! the same subject and the same date (the period, else `as_of`) may not list the same
//! member (the same entity, else the same name). Such a member is one finding (CC171) for
//! its subject and date, however many claims of either set list it and however often:
//! it stands at the first `against:` claim that lists it, labels it in every other list
//! (the first [`LABELLED_LISTERS`]) and names all of them. A claim that both sets choose
//! is not its own counterpart; two such claims that share a member are one finding, not
//! two mirrored ones. A name several places share that nothing settles (CC024) is no
//! member of both: it may be one place in one list and another in the other.
//!
//! Cost: the `select:` claims' members go into a hash map keyed by (subject, date, member);
//! each `against:` member is one lookup: O(members).

use serde::Serialize;

use super::{Check, Context, Evaluated, Finding, Kind, Selector};
use crate::codes::Code;
use crate::date::Period;
use crate::diagnostic::Diagnostic;
use crate::hashing::{HashMap, HashSet};
use crate::model::{Claim, ClaimId, Member, NameKey, Project};
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Shape};

pub const KIND: Kind = Kind {
    name: "disjoint",
    summary: "two sets of claims exclude each other: a claim of `select:` and one of `against:` with the same subject and date list no member in common",
    fields: &[Field::required(
        "against",
        Shape::Record(super::select::FIELDS),
        "The other set of claims, chosen like `select:`: a claim of it may not list a member \
         that a claim of `select:` with the same subject and date lists.",
    )],
    codes: &[Code::MemberInBoth],
    example: "\
rules:
  - id: quit-and-remaining-are-apart
    kind: disjoint
    select: { metric: poor counties exited }
    against: { metric: poor counties remaining }
    message: a county that has quit by the end of 2019 is not among those remaining then
",
    read,
    claims_named_in: None,
};

#[derive(Debug)]
struct Disjoint {
    against: Selector,
}

fn read(reader: &mut Reader, record: &Record, _: &Project) -> Option<Box<dyn Check>> {
    if record.get("against").is_none() {
        reader.missing(
            record,
            "against",
            "choose the other set with `against:`, like `select:`, e.g. `against: { metric: poor \
             counties remaining }`",
        );
        return None;
    }
    let against = Selector::read_field(reader, record, "against")?;
    Some(Box::new(Disjoint { against }))
}

/// Whether `member` is a name several registered places share that its context did not
/// settle.
fn could_be_several(project: &Project, member: &Member) -> bool {
    member.entity.is_none() && project.entities.named(&member.name.value).len() > 1
}

/// CC171's facts: the member the lists name, and the subject and date they share. The
/// claims that list it are the finding's `claims`, the `against:` one it stands at first.
/// A warning about the `against:` selector (CC045, CC049) as the rule's finding: it
/// concerns the rule, and names no claim.
fn selector_warning(diagnostic: Diagnostic) -> Finding {
    Finding {
        code: diagnostic.code,
        message: diagnostic.message,
        labels: diagnostic.labels,
        notes: diagnostic.notes,
        help: diagnostic.help.unwrap_or_default(),
        unlabelled: 0,
        unlabelled_are: "places in the files",
        claims: Vec::new(),
        data: diagnostic.data,
        identity: None,
        counterpart: None,
        rests_on_values: Vec::new(),
    }
}

#[derive(Serialize)]
struct MemberInBoth<'a> {
    member: &'a str,
    subject: &'a str,
    date: String,
}

impl Check for Disjoint {
    /// Judged: the claims of both sets that list members, when both sets have some (a set
    /// without lists has nothing to exclude).
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated {
        let project = context.project;
        let others = self.against.select(project, context.index);
        if others.is_empty() {
            let diagnostic =
                self.against
                    .selects_nothing(project, context.index, &context.rule.id, "against");
            return Evaluated::new(vec![selector_warning(diagnostic)], 0);
        }
        let judged = compared(project, selected, &others);
        // Every claim of either set that lists each member on a subject and date, with
        // where it lists it: the member's first place in the claim (a member listed twice
        // is one member).
        let mut listed: HashMap<(NameKey, Period, NameKey), Listers> = HashMap::default();
        for (set, ids) in [(Set::Select, selected), (Set::Against, others.as_slice())] {
            for &id in ids {
                let claim = project.claim(id);
                for (index, member) in claim.members().iter().enumerate() {
                    let listers = listed
                        .entry((claim.subject_key(), claim.dated(), member.key()))
                        .or_default();
                    listers.add(set, id, index);
                }
            }
        }
        let mut findings = Vec::new();
        // In the order of the `against:` claims and their members, each member once.
        for &id in &others {
            let claim = project.claim(id);
            for member in claim.members() {
                let key = (claim.subject_key(), claim.dated(), member.key());
                let Some(listers) = listed.get_mut(&key) else {
                    continue;
                };
                // A name several places share that nothing settles (CC024 warns of it) may
                // be one place in one list and another in the other: no finding rests on it.
                if listers.reported
                    || !listers.exclude_each_other()
                    || could_be_several(project, member)
                {
                    continue;
                }
                listers.reported = true;
                findings.push(member_in_both(project, id, member, listers));
            }
        }
        findings.extend(
            self.against
                .values_selecting_nothing(project, context.index, &context.rule.id, "against")
                .into_iter()
                .map(selector_warning),
        );
        let mut evaluated = Evaluated::new(findings, judged.len());
        if judged.is_empty() {
            evaluated = evaluated
                .unjudged(unpaired(project, selected, &others))
                .also_selected("against", others.len());
        }
        evaluated
    }

    fn compares_by_subject(&self) -> bool {
        true
    }

    fn nothing_judged(&self) -> &'static str {
        "it compares the members listed by a claim of `select:` and a claim of `against:` \
         with the same subject and date, and no two such claims list members"
    }
}

/// Which set of the rule a claim lister is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Set {
    Select,
    Against,
}

/// The claims of each set that list one member on one subject and date, each once, in the
/// order met, with the member's first place in its list.
#[derive(Default)]
struct Listers {
    select: Vec<(ClaimId, usize)>,
    against: Vec<(ClaimId, usize)>,
    /// Whether its finding is made.
    reported: bool,
}

impl Listers {
    /// A claim's members are read together, so a member it lists twice comes back to back:
    /// the later mention is not another lister.
    fn add(&mut self, set: Set, id: ClaimId, index: usize) {
        let listers = match set {
            Set::Select => &mut self.select,
            Set::Against => &mut self.against,
        };
        if listers.last().is_none_or(|&(last, _)| last != id) {
            listers.push((id, index));
        }
    }

    /// Whether a claim of `select:` and another claim of `against:` list the member: a
    /// claim in both sets is not its own counterpart.
    fn exclude_each_other(&self) -> bool {
        match (self.select.as_slice(), self.against.as_slice()) {
            ([], _) | (_, []) => false,
            ([(ours, _)], [(theirs, _)]) => ours != theirs,
            _ => true,
        }
    }
}

/// How many of the claims that list a member in both sets a CC171 labels; its note counts
/// the rest, and its `claims` names the first [`super::LISTED_CLAIMS`].
const LABELLED_LISTERS: usize = 8;

/// How many of those claims a CC171's message names before it counts the rest.
const NAMED_LISTERS: usize = 5;

/// CC171: `member`, which the `against:` claim `id` lists, and the claims of `listers` list
/// in both sets. One finding for the member, however many claims list it: it is one place
/// to take out of the lists that are wrong. Its cost is linear in the listers, and its
/// message, labels and claims are bounded.
fn member_in_both(project: &Project, id: ClaimId, member: &Member, listers: &Listers) -> Finding {
    let claim = project.claim(id);
    // A misspelt member by the place it is read as ([`crate::model::Claim::member_name`]).
    let name = claim
        .members()
        .iter()
        .position(|listed| std::ptr::eq(listed, member))
        .map_or(&*member.name.value, |index| {
            claim.member_name(index, &project.entities)
        });
    let selected: HashSet<ClaimId> = listers.select.iter().map(|&(lister, _)| lister).collect();
    // Every claim that lists it, once, `select:` ones first, each in claim order.
    let mut all: Vec<(bool, ClaimId, usize)> = listers
        .select
        .iter()
        .map(|&(lister, index)| (true, lister, index))
        .chain(
            listers
                .against
                .iter()
                .filter(|(lister, _)| !selected.contains(lister))
                .map(|&(lister, index)| (false, lister, index)),
        )
        .collect();
    all.sort_unstable_by_key(|&(select, lister, _)| (!select, lister));
    let others: Vec<(ClaimId, usize)> = all
        .iter()
        .filter(|&&(_, lister, _)| lister != id)
        .map(|&(_, lister, index)| (lister, index))
        .collect();
    // The first few named in the message, gathered by metric: "both by `a` (counties
    // exited) and by `b` and `c` (counties remaining)".
    let mut by_metric: Vec<(&str, Vec<String>)> = Vec::new();
    let mut metric_at: HashMap<&str, usize> = HashMap::default();
    // Claims of both sides are named, the one the finding stands at first among them:
    // of the others, up to two of `against:` and the rest of `select:`.
    let theirs: Vec<&(bool, ClaimId, usize)> = all
        .iter()
        .filter(|&&(select, lister, _)| !select && lister != id)
        .collect();
    let at_theirs = all
        .iter()
        .any(|&(select, lister, _)| lister == id && !select);
    let of_theirs = theirs.len().min(2 - usize::from(at_theirs));
    let mut named: Vec<&(bool, ClaimId, usize)> = all
        .iter()
        .filter(|&&(_, lister, _)| lister == id)
        .chain(
            all.iter()
                .filter(|&&(select, lister, _)| select && lister != id)
                .take(NAMED_LISTERS - 1 - of_theirs),
        )
        .chain(theirs.iter().copied().take(of_theirs))
        .take(NAMED_LISTERS)
        .collect();
    named.sort_unstable_by_key(|&&(select, lister, _)| (!select, lister));
    let mut named_count = 0;
    for &(_, lister, _) in named {
        named_count += 1;
        let lister = project.claim(lister);
        let at = *metric_at.entry(&lister.metric.value).or_insert_with(|| {
            by_metric.push((&lister.metric.value, Vec::new()));
            by_metric.len() - 1
        });
        by_metric[at].1.push(format!("`{}`", lister.id.value));
    }
    let mut groups: Vec<String> = by_metric
        .iter()
        .map(|(metric, ids)| format!("by {} ({metric})", crate::words::and_list(ids)))
        .collect();
    if all.len() > named_count {
        groups.push(format!("by {} more claims", all.len() - named_count));
    }
    let listed = match groups.as_slice() {
        [first, second] if all.len() == named_count => format!("both {first} and {second}"),
        several => crate::words::and_list(several),
    };
    let message = format!("`{name}` is listed {listed}, which exclude each other");
    let help = match others.len() {
        1 => {
            "one of the two lists names the wrong place: check both against their articles; \
             if an article itself lists it in both, keep its words: this finding is the \
             discrepancy"
        }
        _ => {
            "the lists of one side name the wrong place: check each list against its article; \
             if an article itself lists it in both, keep its words: this finding is the \
             discrepancy"
        }
    };
    let mut finding = Finding::new(Code::MemberInBoth, message, help)
        .primary(member.name.at, format!("in `{}`", claim.id.value));
    for &(lister, index) in others.iter().take(LABELLED_LISTERS) {
        let other = project.claim(lister);
        finding = finding.label(
            other.members()[index].name.at,
            // On the other claim's own list: "also in" its own id read as pointing away.
            format!("listed by `{}` too", other.id.value),
        );
    }
    let speak = if others.len() == 1 { "both" } else { "all" };
    finding = finding.note(format!(
        "{speak} speak of {} on {}",
        claim.subject.value,
        claim.dated()
    ));
    let in_both: Vec<String> = listers
        .against
        .iter()
        .filter(|(lister, _)| selected.contains(lister))
        .take(NAMED_LISTERS)
        .map(|&(lister, _)| format!("`{}`", project.claim(lister).id.value))
        .collect();
    if !in_both.is_empty() {
        finding = finding.note(format!(
            "{} {} chosen by both `select:` and `against:`",
            crate::words::and_list(&in_both),
            if in_both.len() == 1 { "is" } else { "are each" }
        ));
    }
    if others.len() > LABELLED_LISTERS {
        finding = finding.note(format!(
            "{} more claims list it",
            others.len() - LABELLED_LISTERS
        ));
    }
    finding
        .about(claim)
        .about_all(others.iter().map(|&(lister, _)| project.claim(lister)))
        .data(&MemberInBoth {
            member: name,
            subject: &claim.subject.value,
            date: claim.dated().to_string(),
        })
}

/// The subject and date by which a claim of one set meets claims of the other.
type Meeting<'a> = (NameKey<'a>, Period);

/// The claims of either set that list members and meet a claim of the other set that
/// lists members too (another claim: one selected by both sets is not its own
/// counterpart), in claim order: the claims the rule compares.
fn compared(project: &Project, selected: &[ClaimId], others: &[ClaimId]) -> Vec<ClaimId> {
    let (ours, theirs) = (listing(project, selected), listing(project, others));
    // For each meeting, its first claim of the set and whether it has another.
    let meetings = |claims: &[ClaimId]| {
        let mut met: HashMap<Meeting, (ClaimId, bool)> = HashMap::default();
        for &id in claims {
            let claim = project.claim(id);
            met.entry((claim.subject_key(), claim.dated()))
                .and_modify(|(_, more)| *more = true)
                .or_insert((id, false));
        }
        met
    };
    let (ours_met, theirs_met) = (meetings(&ours), meetings(&theirs));
    let meets = |id: ClaimId, met: &HashMap<Meeting, (ClaimId, bool)>| {
        let claim = project.claim(id);
        met.get(&(claim.subject_key(), claim.dated()))
            .is_some_and(|&(first, more)| first != id || more)
    };
    let mut judged: Vec<ClaimId> = ours
        .iter()
        .copied()
        .filter(|&id| meets(id, &theirs_met))
        .chain(theirs.iter().copied().filter(|&id| meets(id, &ours_met)))
        .collect();
    judged.sort_unstable();
    judged.dedup();
    judged
}

/// The claims of `claims` that list members.
fn listing(project: &Project, claims: &[ClaimId]) -> Vec<ClaimId> {
    claims
        .iter()
        .copied()
        .filter(|&id| project.claim(id).members_at().is_some())
        .collect()
}

/// CC047's notes when no claim of one set met one of the other: which set lists no
/// members, or the subjects and dates each set's lists speak of.
fn unpaired(project: &Project, selected: &[ClaimId], others: &[ClaimId]) -> Vec<String> {
    let (ours, theirs) = (listing(project, selected), listing(project, others));
    let in_words = |claims: &[ClaimId]| {
        let claims: Vec<&Claim> = claims.iter().map(|&id| project.claim(id)).collect();
        super::claims_in_words(
            &claims,
            |claim| claim,
            |claim| format!("{} on {}", claim.subject.value, claim.dated()),
        )
    };
    let mut sorted = theirs.clone();
    sorted.sort_unstable();
    let in_both: Vec<ClaimId> = ours
        .iter()
        .copied()
        .filter(|id| sorted.binary_search(id).is_ok())
        .collect();
    if !in_both.is_empty() && in_both.len() == ours.len() && in_both.len() == theirs.len() {
        return vec![format!(
            "{} {} in both sets, and a list is not compared with itself",
            in_words(&in_both),
            if in_both.len() == 1 { "is" } else { "are" }
        )];
    }
    match (ours.is_empty(), theirs.is_empty()) {
        (true, true) => vec!["no claim of either set lists members".to_string()],
        (true, false) => vec!["no claim of `select:` lists members".to_string()],
        (false, true) => vec!["no claim of `against:` lists members".to_string()],
        (false, false) => vec![format!(
            "the lists of `select:`, {}, and those of `against:`, {}, share no subject \
                 and date",
            in_words(&ours),
            in_words(&theirs)
        )],
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes, primary_text};

    const RULE: &str = "rules:\n  - { id: apart, kind: disjoint, select: { metric: exited }, against: { metric: remaining } }\n";

    fn check(body: &str) -> crate::check::Outcome {
        check_files(&[
            ("rules/r.yaml", RULE),
            (
                "claims/c.yaml",
                &format!("source: article\nclaims:\n{body}"),
            ),
        ])
    }

    #[test]
    fn a_member_of_both_lists_on_one_date_is_reported_at_both() {
        let outcome = check(concat!(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui, Sanjiang] }\n",
            "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui County] }\n",
        ));
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        assert_eq!(primary_text(&outcome, 0), "Rongshui County");
        assert_eq!(
            outcome.diagnostics[0].labels[1].message,
            "listed by `quit` too"
        );
    }

    #[test]
    fn a_name_several_places_share_is_no_member_of_both_lists() {
        let entities = "entities:
  - { name: Ruritania, kind: country }
  - { name: North Province, kind: province, parent: Ruritania }
  - { name: South Province, kind: province, parent: Ruritania }
  - { name: Central, kind: county, parent: North Province }
  - { name: Central, kind: county, parent: South Province }
  - { name: Alpha County, kind: county, parent: North Province }
";
        let claims = concat!(
            "source: article\nclaims:\n",
            "  - { id: quit, quote: x, subject: Ruritania, metric: exited, as_of: 2019-12-31, members: [Central, Alpha County] }\n",
            "  - { id: left, quote: x, subject: Ruritania, metric: remaining, as_of: 2019-12-31, members: [Central, Alpha County] }\n",
        );
        let outcome = check_files(&[
            ("rules/r.yaml", RULE),
            ("entities/e.yaml", entities),
            ("claims/c.yaml", claims),
        ]);
        // `Central` may be either county: its warnings, and no finding; Alpha County is one.
        assert_eq!(codes(&outcome), [Code::AmbiguousEntity, Code::MemberInBoth]);
        let in_both = &outcome.diagnostics[1];
        assert!(
            in_both.message.starts_with("`Alpha County`"),
            "{}",
            in_both.message
        );
    }

    #[test]
    fn lists_of_other_dates_or_subjects_may_share_members() {
        let outcome = check(concat!(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Sanjiang] }\n",
            "  - { id: later, quote: x, subject: Guangxi, metric: remaining, as_of: 2018-12-31, members: [Rongshui] }\n",
            "  - { id: other, quote: x, subject: China, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
        ));
        assert_eq!(codes(&outcome), vec![]);
        // `quit` and `left` meet; the lists of other dates and subjects are not compared.
        assert_eq!(outcome.claims_checked, vec![2]);
    }

    #[test]
    fn sets_whose_lists_never_share_a_subject_and_date_check_nothing() {
        let outcome = check(concat!(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: later, quote: x, subject: Guangxi, metric: remaining, as_of: 2018-12-31, members: [Rongshui] }\n",
            "  - { id: other, quote: x, subject: China, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
        ));
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(outcome.claims_checked, vec![0]);
        // Both selectors' claims are counted: `against:` chose two.
        assert_eq!(
            outcome.diagnostics[0].message,
            "rule `apart` selects 1 claim, and its `against:` 2, but can judge none of them: it \
             checks nothing"
        );
        let notes = &outcome.diagnostics[0].notes;
        assert!(
            notes.iter().any(|note| note.contains(
                "the lists of `select:`, `quit` (Guangxi on 2019-12-31), and those of `against:`, \
                 `later` (Guangxi on 2018-12-31) and `other` (China on 2019-12-31), share no \
                 subject and date"
            )),
            "{notes:?}"
        );
    }

    #[test]
    fn a_claim_in_both_sets_does_not_hide_another_that_lists_its_member() {
        let rule = "rules:\n  - { id: apart, kind: disjoint, select: { subject: Guangxi }, against: { metric: remaining } }\n";
        for order in [["left", "quit"], ["quit", "left"]] {
            let line = |id: &str| match id {
                "left" => {
                    "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n"
                }
                _ => {
                    "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n"
                }
            };
            let claims = format!(
                "source: article\nclaims:\n{}{}",
                line(order[0]),
                line(order[1])
            );
            let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)]);
            assert_eq!(codes(&outcome), vec![Code::MemberInBoth], "{order:?}");
        }
    }

    #[test]
    fn a_claim_in_both_sets_is_not_its_own_counterpart() {
        let rule = "rules:\n  - { id: apart, kind: disjoint, select: { subject: Guangxi }, against: { metric: remaining } }\n";
        let outcome = check_files(&[
            ("rules/r.yaml", rule),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        assert_eq!(
            outcome.diagnostics[0].notes[1],
            "`left` (Guangxi on 2019-12-31) is in both sets, and a list is not compared with \
             itself"
        );
    }

    #[test]
    fn an_against_that_selects_nothing_is_a_warning_about_against() {
        let outcome = check(
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, members: [Rongshui] }\n",
        );
        assert_eq!(codes(&outcome), vec![Code::EmptySelection]);
        let warning = &outcome.diagnostics[0];
        assert_eq!(
            warning.message,
            "the `against:` of rule `apart` chooses no claim: the rule checks nothing"
        );
        assert!(
            warning
                .help
                .as_deref()
                .unwrap()
                .contains("correct the values in `against:`")
        );
        let data = warning.data.as_ref().unwrap().value();
        assert_eq!(data["selector"], "against");
        assert_eq!(data["unmatched"][0]["value"], "remaining");
    }

    #[test]
    fn a_misspelt_value_of_an_against_list_is_a_warning_about_against() {
        let rule = "rules:\n  - { id: apart, kind: disjoint, select: { metric: exited }, against: { metric: [remaining, remainig] } }\n";
        let claims = concat!(
            "source: article\nclaims:\n",
            "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Sanjiang] }\n",
        );
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::UnmatchedSelectValue]);
        let warning = &outcome.diagnostics[0];
        assert!(
            warning
                .message
                .starts_with("metric `remainig` in the `against:` of rule `apart`"),
            "{}",
            warning.message
        );
        assert_eq!(
            warning.data.as_ref().unwrap().value()["selector"],
            "against"
        );
    }

    #[test]
    fn a_member_listed_twice_is_one_finding() {
        for body in [
            concat!(
                "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
                "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui, Sanjiang, Rongshui] }\n",
            ),
            concat!(
                "  - { id: quit, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui, Rongshui] }\n",
                "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
            ),
        ] {
            let found: Vec<Code> = codes(&check(body))
                .into_iter()
                .filter(|&code| code == Code::MemberInBoth)
                .collect();
            assert_eq!(found, [Code::MemberInBoth], "{body}");
        }
    }

    #[test]
    fn every_claim_that_lists_the_member_is_named_in_one_finding() {
        let outcome = check(concat!(
            "  - { id: quit-a, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: quit-b, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui, Sanjiang] }\n",
            "  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n",
        ));
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        let finding = &outcome.diagnostics[0];
        assert_eq!(
            finding.message,
            "`Rongshui` is listed both by `quit-a` and `quit-b` (exited) and by `left` \
             (remaining), which exclude each other"
        );
        assert_eq!(finding.claims, ["left", "quit-a", "quit-b"]);
        let labels: Vec<&str> = finding.labels.iter().map(|l| l.message.as_ref()).collect();
        assert_eq!(
            labels,
            [
                "in `left`",
                "listed by `quit-a` too",
                "listed by `quit-b` too",
                "rule `apart` (disjoint)"
            ]
        );
        assert_eq!(finding.notes[0], "all speak of Guangxi on 2019-12-31");
    }

    #[test]
    fn thousands_of_claims_listing_one_member_are_one_bounded_finding() {
        let mut body = String::new();
        for i in 0..4000 {
            let metric = if i % 2 == 0 { "exited" } else { "remaining" };
            body.push_str(&format!(
                "  - {{ id: c{i}, quote: x, subject: Guangxi, metric: {metric}, as_of: 2019-12-31, members: [Rongshui, Rongshui] }}\n"
            ));
        }
        let outcome = check(&body);
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        let finding = &outcome.diagnostics[0];
        assert_eq!(
            finding.message,
            "`Rongshui` is listed by `c0`, `c2` and `c4` (exited), by `c1` and `c3` \
             (remaining) and by 3995 more claims, which exclude each other"
        );
        assert_eq!(
            finding.labels.len(),
            1 + super::LABELLED_LISTERS + 1,
            "and the rule"
        );
        assert_eq!(finding.claims.len(), crate::rules::LISTED_CLAIMS);
    }

    #[test]
    fn the_claim_a_finding_stands_at_is_named_though_many_list_the_member() {
        // `left` is in both sets, after many claims of `select:`.
        let rule = "rules:\n  - { id: apart, kind: disjoint, select: { subject: Guangxi }, against: { metric: remaining } }\n";
        let mut claims = String::from("source: article\nclaims:\n");
        for i in 0..8 {
            claims.push_str(&format!("  - {{ id: quit{i}, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }}\n"));
        }
        claims.push_str("  - { id: left, quote: x, subject: Guangxi, metric: remaining, as_of: 2019-12-31, members: [Rongshui] }\n");
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)]);
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        let finding = &outcome.diagnostics[0];
        assert!(
            finding.message.contains("`left` (remaining)"),
            "{}",
            finding.message
        );
        assert!(
            finding
                .message
                .ends_with("and by 4 more claims, which exclude each other"),
            "{}",
            finding.message
        );
    }

    #[test]
    fn claims_in_both_sets_that_share_a_member_are_one_finding_not_two_mirrored() {
        let rule = "rules:\n  - { id: apart, kind: disjoint, select: { metric: exited }, against: { subject: Guangxi } }\n";
        let claims = concat!(
            "source: article\nclaims:\n",
            "  - { id: quit-a, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
            "  - { id: quit-b, quote: x, subject: Guangxi, metric: exited, as_of: 2019-12-31, members: [Rongshui] }\n",
        );
        let outcome = check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", claims)]);
        assert_eq!(codes(&outcome), vec![Code::MemberInBoth]);
        let finding = &outcome.diagnostics[0];
        assert_eq!(
            finding.message,
            "`Rongshui` is listed by `quit-a` and `quit-b` (exited), which exclude each other"
        );
        assert!(
            finding.notes.contains(
                &"`quit-a` and `quit-b` are each chosen by both `select:` and `against:`"
                    .to_string()
            ),
            "{:?}",
            finding.notes
        );
    }
}
