//! A baseline: the findings a project has accepted, recorded in a file so that CI fails
//! only on new ones (`check --write-baseline FILE`, then `check --baseline FILE`).
//!
//! A finding is matched by its fingerprint: its code, the rule that fired, the ids of the
//! claims its labels lie in, and the text under its labels in the YAML files (the figures,
//! units and names involved). Line numbers and message wording are not part of it, so a
//! fingerprint survives lines moving, comments added and messages reworded. A finding that
//! involves no claim is told apart by its file instead.
//!
//! A finding about a group of claims (figures that disagree, a series that falls, statuses
//! out of order) is fingerprinted by what its check says identifies it
//! ([`Identity`]): the claim it is reported on and what it says of that claim, such as its
//! figure and the figure it disagrees with, never the other claims of the group, which a
//! new claim agreeing with one side would change. A disagreement between two claims also
//! matches the entry recorded from the other side, so that the finding survives moving
//! from one claim to the other (the claims reordered, or a third claim settling which one
//! is wrong).
//!
//! Version 1 files, written before group findings had identities, are still read: their
//! entries are matched by the fingerprints of that version, so a baseline recorded then
//! keeps accepting what it accepted until it is written again.
//!
//! A finding folded into another as a note (one problem, one finding: a count that rests on
//! a value its quote does not state is a note of that CC202) is not recorded, being no
//! finding of its own; but an entry that accepts it, written before it was folded, still
//! matches it and is not reported unused.
//!
//! The file is JSON, its entries sorted, one field per line, so that it reviews well in a
//! diff. An entry that matches no finding any more is reported (CC053), as an unused
//! suppression is, so the baseline shrinks as findings are fixed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Identity};
use crate::model::Project;

/// Version of the baseline file's format this claimcheck writes.
pub const VERSION: u32 = 2;

/// The first version, whose fingerprints named every claim a finding labels: still read.
pub const VERSION_LABELS: u32 = 1;

/// Text under a label longer than this is cut (with `…`), so that a label on a whole
/// record does not copy the record into the baseline.
const MAX_DATA_CHARS: usize = 200;

/// What identifies a finding across edits.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Fingerprint {
    /// The code's id, e.g. `CC142`.
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Ids of the claims the finding's labels lie in, sorted; for a finding about a group
    /// ([`Identity`]), the claim it is reported on alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<String>,
    /// The file of the primary label (relative to the project root), for a finding about
    /// no claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The text under each label in a YAML file, whitespace collapsed, in label order; for
    /// a finding about a group, what it says of its claim (its figure, the figure it
    /// disagrees with).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<String>,
}

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    #[serde(flatten)]
    pub fingerprint: Fingerprint,
    /// The message when it was recorded, for the reviewer; not matched.
    #[serde(default)]
    pub message: String,
}

/// The accepted findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub tool: String,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// Records every finding of a run (input errors are never accepted: the input must
    /// be readable for findings to mean anything).
    pub fn record(diagnostics: &[Diagnostic], project: &Project) -> Baseline {
        let mut findings: Vec<Entry> = diagnostics
            .iter()
            .filter(|d| recordable(d))
            .map(|d| Entry {
                fingerprint: fingerprint(d, project),
                message: d.message.clone(),
            })
            .collect();
        findings.sort();
        Baseline {
            version: VERSION,
            tool: "claimcheck".to_string(),
            findings,
        }
    }

    /// The baseline's fingerprints, indexed once, to ask of many findings whether an
    /// entry records them ([`Recorded::records`]).
    pub fn recorded(&self) -> Recorded<'_> {
        Recorded {
            labels: self.version == VERSION_LABELS,
            fingerprints: self
                .findings
                .iter()
                .map(|entry| &entry.fingerprint)
                .collect(),
        }
    }

    /// The file's text: pretty-printed JSON ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("JSON of plain data");
        text.push('\n');
        text
    }

    /// Reads a baseline file's text.
    pub fn from_json(text: &str) -> Result<Baseline, ReadError> {
        let baseline: Baseline = serde_json::from_str(text)
            .map_err(|error| ReadError::NotABaseline(error.to_string()))?;
        if baseline.version != VERSION && baseline.version != VERSION_LABELS {
            return Err(ReadError::OtherVersion(baseline.version));
        }
        Ok(baseline)
    }
}

/// Why a file is not a baseline this claimcheck reads. Either way, the remedy is to
/// record the baseline again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON of a baseline's shape; the parser's message.
    NotABaseline(String),
    /// A baseline of a version of the format this claimcheck does not read.
    OtherVersion(u32),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ReadError::NotABaseline(error) => write!(f, "not a claimcheck baseline ({error})"),
            ReadError::OtherVersion(version) => write!(
                f,
                "baseline version {version} is not a version this claimcheck reads \
                 ({VERSION_LABELS} or {VERSION})"
            ),
        }
    }
}

/// A baseline's fingerprints, by hash.
pub struct Recorded<'b> {
    /// Version 1: matched by labels.
    labels: bool,
    fingerprints: crate::hashing::HashSet<&'b Fingerprint>,
}

impl Recorded<'_> {
    /// Whether an entry records `diagnostic` (by its fingerprint, or the other side of a
    /// disagreement), whether or not another finding takes that entry first.
    pub fn records(&self, diagnostic: &Diagnostic, project: &Project) -> bool {
        if !recordable(diagnostic) || self.fingerprints.is_empty() {
            return false;
        }
        let has = |fingerprint: &Fingerprint| self.fingerprints.contains(fingerprint);
        if self.labels {
            return has(&by_labels(diagnostic, project));
        }
        let own = fingerprint(diagnostic, project);
        has(&own)
            || mirror(diagnostic).is_some_and(|m| has(&m))
            || by_other_rules(diagnostic, &own).iter().any(has)
    }
}

/// A finding a baseline may accept: not an input error, which must be fixed, nor what a
/// run says of itself (an entry unused, findings past the number shown).
fn recordable(diagnostic: &Diagnostic) -> bool {
    !diagnostic.is_input_error()
        && !matches!(
            diagnostic.code,
            Code::UnusedBaselineEntry | Code::TooManyFindings
        )
}

/// The fingerprint of one diagnostic: by its [`Identity`] when its check gave one, else
/// by its labels.
pub fn fingerprint(diagnostic: &Diagnostic, project: &Project) -> Fingerprint {
    match &diagnostic.identity {
        Some(identity) => identified(diagnostic, &identity.claim, &identity.data),
        None => by_labels(diagnostic, project),
    }
}

/// The digest that names `diagnostic` across runs, as SARIF's `partialFingerprints` give it:
/// its fingerprint's, or for a finding between two claims, the smaller of the digests of
/// the two ways it may be reported ([`mirror`]), so that reordering the claims, which
/// reports it on the other one, keeps its name as it keeps its baseline entry.
pub fn stable_digest(diagnostic: &Diagnostic, project: &Project) -> String {
    let own = fingerprint(diagnostic, project).digest();
    match mirror(diagnostic) {
        Some(mirror) => own.min(mirror.digest()),
        None => own,
    }
}

/// The fingerprint of the same disagreement reported on its other claim, for a finding
/// between two claims ([`Identity::mirror`]).
fn mirror(diagnostic: &Diagnostic) -> Option<Fingerprint> {
    let Identity {
        mirror: Some((claim, data)),
        ..
    } = diagnostic.identity.as_deref()?
    else {
        return None;
    };
    Some(identified(diagnostic, claim, data))
}

fn identified(diagnostic: &Diagnostic, claim: &str, data: &[String]) -> Fingerprint {
    Fingerprint {
        code: diagnostic.code.id().to_string(),
        rule: first_rule(diagnostic),
        // A finding about a name, not a claim (CC022), has none.
        claims: if claim.is_empty() {
            Vec::new()
        } else {
            vec![claim.to_string()]
        },
        file: None,
        data: data.iter().map(|text| collapse(text)).collect(),
    }
}

/// The fingerprint of version 1, which every finding had: the claims its labels lie in and
/// the text under them.
fn by_labels(diagnostic: &Diagnostic, project: &Project) -> Fingerprint {
    let files = &project.files;
    let mut claims: Vec<String> = diagnostic
        .labels
        .iter()
        .filter_map(|label| project.claim_at(&label.location))
        .map(|claim| project.claim(claim).id.value.clone())
        .collect();
    claims.sort();
    claims.dedup();
    let data = diagnostic
        .labels
        .iter()
        .filter(|label| {
            let name = files.project_name(label.location.file);
            !label.location.span().is_empty() && (name.ends_with(".yaml") || name.ends_with(".yml"))
        })
        .filter_map(|label| {
            let text = files.text(label.location.file);
            text.get(label.location.span()).map(collapse)
        })
        .collect();
    let file = claims
        .is_empty()
        .then(|| {
            diagnostic
                .primary()
                .map(|at| files.name(at.file).to_string())
        })
        .flatten();
    Fingerprint {
        code: diagnostic.code.id().to_string(),
        rule: first_rule(diagnostic),
        claims,
        file,
        data,
    }
}

/// The rules that found `diagnostic`: the rule it is reported for, and the others whose
/// same finding was folded into it (one problem several rules find is reported once,
/// [`crate::rules::merge`]), whole or by id alone.
fn rules_that_found(diagnostic: &Diagnostic) -> Vec<&str> {
    let folded = diagnostic
        .folded
        .iter()
        .filter(|folded| folded.code == diagnostic.code)
        .filter_map(|folded| folded.rule.as_deref());
    let by_id = diagnostic.also_found_by.iter().map(|rule| &**rule);
    let mut rules: Vec<&str> = diagnostic
        .rule
        .as_deref()
        .into_iter()
        .chain(folded)
        .chain(by_id)
        .collect();
    rules.sort_unstable();
    rules.dedup();
    rules
}

/// The rule a fingerprint names: of the rules that found the finding, the first by id, so
/// that the order the rules are written in, which decides the one the report names, does
/// not change it.
fn first_rule(diagnostic: &Diagnostic) -> Option<String> {
    rules_that_found(diagnostic)
        .first()
        .map(|rule| rule.to_string())
}

/// `fingerprint` as it names each of the other rules that found the finding: an entry
/// written when another of them was named (before the first by id was, or when the first
/// was not yet written) still accepts it.
fn by_other_rules(diagnostic: &Diagnostic, fingerprint: &Fingerprint) -> Vec<Fingerprint> {
    rules_that_found(diagnostic)
        .into_iter()
        .filter(|rule| fingerprint.rule.as_deref() != Some(*rule))
        .map(|rule| Fingerprint {
            rule: Some(rule.to_string()),
            ..fingerprint.clone()
        })
        .collect()
}

impl Fingerprint {
    /// A short, stable digest of the fingerprint (64-bit FNV-1a of its JSON, in hex), for
    /// SARIF's `partialFingerprints`: code-scanning services then follow a finding across
    /// edits as the baseline does.
    pub fn digest(&self) -> String {
        let text = serde_json::to_string(self).expect("JSON of plain data");
        format!("{:016x}", fnv1a(&text))
    }
}

/// 64-bit FNV-1a: small, stable across platforms and releases, and enough to tell a
/// file's findings apart.
pub(crate) fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Whitespace runs become one space; long text is cut.
fn collapse(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= MAX_DATA_CHARS {
        joined
    } else {
        let mut cut: String = joined.chars().take(MAX_DATA_CHARS).collect();
        cut.push('…');
        cut
    }
}

/// Which of the entries that matched nothing a run reports as unused (CC053): those whose
/// finding it looked for. A run narrowed to some rules reports none; a run whose input
/// left claims, rules or files out does not report the entries about them, which the run
/// could not have found (their input errors are reported).
pub enum Stale<'a> {
    Unreported,
    Reported {
        looked_for: &'a dyn Fn(&Fingerprint) -> bool,
    },
}

impl Stale<'_> {
    /// Every entry that matched nothing is reported.
    pub const ALL: Stale<'static> = Stale::Reported {
        looked_for: &|_| true,
    };
}

/// Removes the diagnostics the baseline accepts (each entry accepts one finding) and
/// returns them, so that the caller counts those its run reports. Each entry that matched
/// nothing becomes a CC053 warning as `stale` says.
pub fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    project: &Project,
    baseline: &Baseline,
    stale: Stale,
) -> Vec<Diagnostic> {
    let mut unmatched: BTreeMap<&Fingerprint, (usize, &Entry)> = BTreeMap::new();
    for entry in &baseline.findings {
        unmatched.entry(&entry.fingerprint).or_insert((0, entry)).0 += 1;
    }
    let mut take = |fingerprint: &Fingerprint| match unmatched.get_mut(fingerprint) {
        Some((count, _)) if *count > 0 => {
            *count -= 1;
            true
        }
        _ => false,
    };
    let candidates: Vec<usize> = (0..diagnostics.len())
        .filter(|&i| recordable(&diagnostics[i]))
        .collect();
    let mut accepted = vec![false; diagnostics.len()];
    if baseline.version == VERSION_LABELS {
        for &i in &candidates {
            accepted[i] = take(&by_labels(&diagnostics[i], project));
        }
    } else {
        // Each finding's own fingerprint first, then the other side of a disagreement
        // between two claims: an entry recorded for one finding is not taken by another's
        // mirror while that finding is there to take it.
        for &i in &candidates {
            accepted[i] = take(&fingerprint(&diagnostics[i], project));
        }
        for &i in &candidates {
            if !accepted[i] {
                accepted[i] = mirror(&diagnostics[i]).is_some_and(|mirrored| take(&mirrored));
            }
        }
        // A finding several rules found, by an entry naming another of them.
        for &i in &candidates {
            if !accepted[i] {
                let own = fingerprint(&diagnostics[i], project);
                accepted[i] = by_other_rules(&diagnostics[i], &own).iter().any(&mut take);
            }
        }
    }
    // An unknown name (CC022) or a shared one (CC024) was matched by its labels before it
    // was matched by the name, one entry for each use: such an entry, for any of its uses,
    // accepts it still.
    for &i in &candidates {
        let diagnostic = &diagnostics[i];
        if accepted[i] || !matched_by_name(diagnostic.code) {
            continue;
        }
        let first_use = Diagnostic {
            labels: diagnostic
                .labels
                .iter()
                .filter(|l| l.primary)
                .cloned()
                .collect(),
            folded: Vec::new(),
            ..diagnostic.clone()
        };
        // The finding as a whole, by its labels, as the first release that gathered the
        // uses recorded it; then each use alone, as releases before it did.
        accepted[i] = [diagnostic, &first_use]
            .into_iter()
            .chain(&diagnostic.folded)
            .any(|one_use| take(&by_labels(one_use, project)));
    }
    // A finding folded into another is no finding of its own, but it stands: the entry
    // that accepts it is used, not stale. Last, so that it takes no entry a reported
    // finding would have taken. It hides nothing: the finding it was folded into is
    // reported unless an entry accepts that one.
    for &i in &candidates {
        for folded in &diagnostics[i].folded {
            if baseline.version == VERSION_LABELS {
                take(&by_labels(folded, project));
            } else if !take(&fingerprint(folded, project)) {
                if let Some(mirrored) = mirror(folded) {
                    take(&mirrored);
                } else if matched_by_name(folded.code) {
                    // An entry an earlier release wrote for this one use.
                    take(&by_labels(folded, project));
                }
            }
        }
    }
    let (hidden, kept): (Vec<_>, Vec<_>) = std::mem::take(diagnostics)
        .into_iter()
        .zip(accepted)
        .partition(|&(_, accepted)| accepted);
    *diagnostics = kept.into_iter().map(|(diagnostic, _)| diagnostic).collect();
    let hidden = hidden
        .into_iter()
        .map(|(diagnostic, _)| diagnostic)
        .collect();
    if let Stale::Reported { looked_for } = stale {
        for (count, entry) in unmatched.into_values() {
            if !looked_for(&entry.fingerprint) {
                continue;
            }
            for _ in 0..count {
                diagnostics.push(unused(entry));
            }
        }
    }
    hidden
}

/// Whether a code's findings are matched by the name they are about, gathered over its
/// uses ([`crate::rules::merge::gather_unresolved_names`]), where earlier releases matched
/// each use by its labels.
fn matched_by_name(code: Code) -> bool {
    matches!(code, Code::UnknownEntity | Code::AmbiguousEntity)
}

/// The warning for an entry that matched no finding.
fn unused(entry: &Entry) -> Diagnostic {
    let fingerprint = &entry.fingerprint;
    // An entry edited by hand may name a code there is not: it never accepted anything,
    // and "the finding is gone" would point the wrong way.
    if !Code::ALL.iter().any(|code| code.id() == fingerprint.code) {
        return Diagnostic::general(
            Code::UnusedBaselineEntry,
            format!(
                "the baseline entry for `{}` names no code of claimcheck: it accepts nothing",
                fingerprint.code
            ),
            "correct the code (`claimcheck explain` lists them), or delete the entry",
        )
        .with_data(fingerprint);
    }
    let mut about = Vec::new();
    if !fingerprint.claims.is_empty() {
        let noun = if fingerprint.claims.len() == 1 {
            "claim"
        } else {
            "claims"
        };
        about.push(format!("{noun} {}", quoted(&fingerprint.claims)));
    }
    if let Some(rule) = &fingerprint.rule {
        about.push(format!("rule `{rule}`"));
    }
    if let Some(file) = &fingerprint.file {
        about.push(format!("in {file}"));
    }
    if fingerprint.claims.is_empty() && !fingerprint.data.is_empty() {
        // An unknown name is accepted by the name, wherever it is written.
        let by_name = fingerprint.file.is_none()
            && [Code::UnknownEntity.id(), Code::AmbiguousEntity.id()]
                .contains(&fingerprint.code.as_str());
        match fingerprint.data.split_first() {
            // A shared name is accepted by the name and the places it could be.
            Some((name, candidates))
                if by_name && fingerprint.code == Code::AmbiguousEntity.id() =>
            {
                let listed = candidates.get(1..).unwrap_or_default();
                about.push(format!(
                    "the name `{name}`, which could be {}",
                    quoted(listed)
                ));
            }
            _ if by_name => about.push(format!("the name {}", quoted(&fingerprint.data))),
            _ => about.push(format!("at {}", quoted(&fingerprint.data))),
        }
    }
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({})", about.join(", "))
    };
    let mut diagnostic = Diagnostic::general(
        Code::UnusedBaselineEntry,
        format!(
            "the baseline entry for {}{about} matches no finding",
            fingerprint.code
        ),
        "the finding it accepted is gone or has changed: write the baseline again, or delete the entry",
    );
    if !entry.message.is_empty() {
        diagnostic = diagnostic.with_note(format!("it was recorded as: {}", entry.message));
    }
    // The entry's fingerprint: what a script needs to find it in the baseline.
    diagnostic.with_data(fingerprint)
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIMS: &str = "source: article\nclaims:\n  - id: a\n    quote: not in the article\n    subject: Gansu\n    metric: m\n    value: 75\n    unit: county\n";

    fn quote_fingerprints(claims: &str) -> Vec<Fingerprint> {
        let outcome = crate::testing::check_citations(&[("claims/c.yaml", claims)]);
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::QuoteNotFound)
            .map(|d| fingerprint(d, &outcome.project))
            .collect()
    }

    #[test]
    fn fingerprints_name_claims_and_data_not_lines() {
        let first = quote_fingerprints(CLAIMS);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].claims, ["a"]);
        assert_eq!(first[0].data, ["not in the article"]);
        let moved = quote_fingerprints(&format!("# a comment\n\n{CLAIMS}"));
        assert_eq!(first, moved);
        let changed = quote_fingerprints(&CLAIMS.replace("not in the", "not in this"));
        assert_ne!(first, changed);
    }

    #[test]
    fn digests_are_stable_and_tell_fingerprints_apart() {
        // The published test vectors of FNV-1a 64.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        let first = &quote_fingerprints(CLAIMS)[0];
        // Pinned: the digest is part of the SARIF output that services compare across runs.
        assert_eq!(first.digest(), "f18ca61e6238f798");
        let other = &quote_fingerprints(&CLAIMS.replace("not in the", "not in this"))[0];
        assert_ne!(first.digest(), other.digest());
    }

    const AGREEMENT: &str = "rules:\n  - { id: same, kind: agreement }\n";

    fn rate(id: &str, value: &str) -> String {
        format!("  - {{ id: {id}, quote: x, subject: Gansu, metric: rate, value: \"{value}\" }}\n")
    }

    fn agreement(claims: &[String]) -> crate::check::Outcome {
        let claims = format!("source: article\nclaims:\n{}", claims.concat());
        crate::testing::check_files(&[("rules/r.yaml", AGREEMENT), ("claims/c.yaml", &claims)])
    }

    /// What applying `baseline` to `outcome` leaves: the codes reported, with CC053s.
    fn left_by(baseline: &Baseline, outcome: &crate::check::Outcome) -> (usize, Vec<Code>) {
        let mut diagnostics = outcome.diagnostics.clone();
        let hidden = apply(&mut diagnostics, &outcome.project, baseline, Stale::ALL).len();
        (hidden, diagnostics.iter().map(|d| d.code).collect())
    }

    #[test]
    fn a_finding_several_rules_find_stays_accepted_whatever_order_the_rules_are_in() {
        // Found from outside: the rule recorded was the first written, so writing the
        // rules in another order brought the accepted finding back as new.
        let claims = concat!(
            "source: article\nclaims:\n",
            "  - { id: m2019, quote: x, subject: Gansu, metric: m, value: 10, unit: person, as_of: 2019-12-31 }\n",
            "  - { id: m2020, quote: x, subject: Gansu, metric: m, value: 9, unit: person, as_of: 2020-12-31 }\n",
        );
        let zeta = "  - { id: zeta, kind: monotonic, select: { metric: m } }\n";
        let alpha = "  - { id: alpha, kind: monotonic, select: { id: \"m20*\" } }\n";
        let run = |rules: &[&str]| {
            let rules = format!("rules:\n{}", rules.concat());
            crate::testing::check_files(&[("rules/r.yaml", &rules), ("claims/c.yaml", claims)])
        };
        let (zeta_first, alpha_first) = (run(&[zeta, alpha]), run(&[alpha, zeta]));
        assert_eq!(crate::testing::codes(&zeta_first), [Code::SeriesBreaks]);
        assert_eq!(zeta_first.diagnostics[0].rule.as_deref(), Some("zeta"));
        // Recorded under the first of them by id, whichever leads the report.
        let accepted = Baseline::record(&zeta_first.diagnostics, &zeta_first.project);
        assert_eq!(
            accepted.findings[0].fingerprint.rule.as_deref(),
            Some("alpha")
        );
        assert_eq!(left_by(&accepted, &alpha_first), (1, vec![]));
        // An entry that names another of them, as earlier releases wrote, accepts it too.
        let mut earlier = accepted.clone();
        earlier.findings[0].fingerprint.rule = Some("zeta".into());
        assert_eq!(left_by(&earlier, &alpha_first), (1, vec![]));
        assert_eq!(left_by(&earlier, &zeta_first), (1, vec![]));
    }

    #[test]
    fn a_disagreement_stays_accepted_when_a_claim_agrees_with_either_side() {
        let two = agreement(&[rate("a", "4.2%"), rate("b", "4.5%")]);
        assert_eq!(crate::testing::codes(&two), [Code::ValuesDisagree]);
        let accepted = Baseline::record(&two.diagnostics, &two.project);
        // Reported on the later claim, `b`, with its figure and the one it disagrees with.
        assert_eq!(accepted.findings[0].fingerprint.claims, ["b"]);
        assert_eq!(accepted.findings[0].fingerprint.data, ["4.5%", "4.2%"]);
        // A claim that joins a side, in any notation of its figure.
        for joining in [
            rate("c", "4.5%"),
            rate("c", "4.2%"),
            rate("c", "4.2 percent"),
            rate("c", "4.20%"),
        ] {
            let three = agreement(&[rate("a", "4.2%"), rate("b", "4.5%"), joining.clone()]);
            assert_eq!(crate::testing::codes(&three), [Code::ValuesDisagree]);
            assert_eq!(left_by(&accepted, &three), (1, vec![]), "{joining}");
        }
        // Reordered, the same two claims: the finding moves to `a`, and stays accepted.
        let reordered = agreement(&[rate("b", "4.5%"), rate("a", "4.2%")]);
        assert_eq!(reordered.diagnostics[0].claims[0], "a");
        assert_eq!(left_by(&accepted, &reordered), (1, vec![]));
        // Its name for code scanning holds too.
        let digest = |outcome: &crate::check::Outcome| {
            stable_digest(&outcome.diagnostics[0], &outcome.project)
        };
        assert_eq!(digest(&two), digest(&reordered));
        let other_side = agreement(&[rate("a", "4.2%"), rate("b", "4.6%")]);
        assert_ne!(digest(&two), digest(&other_side));
        // Another figure is another finding.
        let other = agreement(&[rate("a", "4.1%"), rate("b", "4.5%")]);
        assert_eq!(
            left_by(&accepted, &other),
            (0, vec![Code::ValuesDisagree, Code::UnusedBaselineEntry])
        );
        // The entry left unused is named by its fingerprint, for a script to find it.
        let mut diagnostics = other.diagnostics.clone();
        apply(&mut diagnostics, &other.project, &accepted, Stale::ALL);
        let unused = diagnostics.last().unwrap().data.clone().unwrap().value();
        assert_eq!(unused["code"], "CC141");
        assert_eq!(unused["claims"], serde_json::json!(["b"]));
    }

    #[test]
    fn a_mirrored_entry_is_taken_only_by_a_finding_its_own_fingerprint_does_not_match() {
        // Three figures, no two alike: `b` and `c` are each reported against `a`.
        let three = agreement(&[rate("a", "1%"), rate("b", "2%"), rate("c", "3%")]);
        let accepted = Baseline::record(&three.diagnostics, &three.project);
        assert_eq!(accepted.findings.len(), 2);
        assert_eq!(left_by(&accepted, &three), (2, vec![]));
    }

    #[test]
    fn a_version_1_baseline_is_matched_by_the_fingerprints_it_was_written_with() {
        let two = agreement(&[rate("a", "4.2%"), rate("b", "4.5%")]);
        let finding = &two.diagnostics[0];
        let entry = |fingerprint: Fingerprint| Entry {
            fingerprint,
            message: String::new(),
        };
        let labels = by_labels(finding, &two.project);
        assert_eq!(labels.claims, ["a", "b"]);
        let v1 = Baseline {
            version: VERSION_LABELS,
            tool: "claimcheck".into(),
            findings: vec![entry(labels.clone())],
        };
        assert_eq!(left_by(&v1, &two), (1, vec![]));
        // A version 1 file is read as written: the current fingerprint is not what it held.
        let v1_of_current = Baseline {
            findings: vec![entry(fingerprint(finding, &two.project))],
            ..v1.clone()
        };
        assert_eq!(left_by(&v1_of_current, &two).0, 0);
        let v2_of_labels = Baseline {
            version: VERSION,
            ..v1
        };
        assert_eq!(left_by(&v2_of_labels, &two).0, 0);
    }

    #[test]
    fn a_series_that_breaks_stays_accepted_when_another_claim_states_the_figure_it_breaks_from() {
        let rule = "rules:\n  - { id: up, kind: monotonic }\n";
        let point = |id: &str, as_of: &str, value: &str| {
            format!(
                "  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: {value}, unit: person, as_of: {as_of} }}\n"
            )
        };
        let series = |claims: &[String]| {
            let claims = format!("source: article\nclaims:\n{}", claims.concat());
            crate::testing::check_files(&[("rules/r.yaml", rule), ("claims/c.yaml", &claims)])
        };
        let before = series(&[
            point("a", "2019-01-01", "10"),
            point("b", "2021-01-01", "11"),
            point("d", "2022-01-01", "9"),
        ]);
        assert_eq!(crate::testing::codes(&before), [Code::SeriesBreaks]);
        let accepted = Baseline::record(&before.diagnostics, &before.project);
        // `e` states b's figure on b's day, later in the file: the finding now names it.
        let after = series(&[
            point("a", "2019-01-01", "10"),
            point("b", "2021-01-01", "11"),
            point("e", "2021-01-01", "11"),
            point("d", "2022-01-01", "9"),
        ]);
        assert!(
            after.diagnostics[0].message.contains("(`e`)"),
            "{}",
            after.diagnostics[0].message
        );
        assert_eq!(left_by(&accepted, &after), (1, vec![]));
    }

    #[test]
    fn a_unit_that_disagrees_stays_accepted_when_a_nearer_claim_uses_the_majority_unit() {
        let count = |id: &str, unit: &str| {
            format!(
                "  - {{ id: {id}, quote: x, subject: Gansu, metric: m, value: 17, unit: {unit} }}\n"
            )
        };
        let before = agreement(&[
            count("a", "province"),
            count("b", "province"),
            count("odd", "county"),
        ]);
        assert_eq!(crate::testing::codes(&before), [Code::UnitsDisagree]);
        let accepted = Baseline::record(&before.diagnostics, &before.project);
        assert_eq!(
            accepted.findings[0].fingerprint.data,
            ["county", "province"]
        );
        let after = agreement(&[
            count("a", "province"),
            count("b", "province"),
            count("odd", "county"),
            count("nearer", "province"),
        ]);
        assert!(after.diagnostics[0].message.contains("`nearer`"));
        assert_eq!(left_by(&accepted, &after), (1, vec![]));
    }

    #[test]
    fn input_errors_are_never_recorded_so_their_wording_and_labels_may_change() {
        // A rule naming two claims that did not load: one CC046 labelled at both, which a
        // baseline neither records nor matches; the input must be fixed first.
        let outcome = crate::testing::check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, value: 1, unit: county }\n  - { id: b, quote: x, subject: Gansu, value: 1, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: e, kind: equation, expression: a == b }\n",
            ),
        ]);
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::ClaimNotLoaded)
        );
        let recorded = Baseline::record(&outcome.diagnostics, &outcome.project);
        assert!(recorded.findings.is_empty(), "{:?}", recorded.findings);
    }

    #[test]
    fn long_label_text_is_cut_and_whitespace_collapsed() {
        assert_eq!(collapse("a \n  b"), "a b");
        let long = "x".repeat(500);
        assert_eq!(collapse(&long).chars().count(), MAX_DATA_CHARS + 1);
    }

    #[test]
    fn entries_an_earlier_release_wrote_for_each_use_of_a_shared_name_accept_it_still() {
        let entities = "entities:\n  - { name: R, kind: country }\n  - { name: North, kind: region, parent: R }\n  - { name: South, kind: region, parent: R }\n  - { name: Vale, kind: county, parent: North }\n  - { name: Vale, kind: county, parent: South }\n";
        let claims = "source: article\nclaims:\n  - { id: a, quote: x, subject: Vale, metric: m, value: 1 }\n  - { id: b, quote: x, subject: Vale, metric: n, value: 2 }\n";
        let dir = crate::testing::write_project(&[
            ("entities/r.yaml", entities),
            ("claims/c.yaml", claims),
        ]);
        // One entry per use, by its claim and the text under its label.
        let findings = ["a", "b"]
            .map(|claim| Entry {
                fingerprint: Fingerprint {
                    code: "CC024".into(),
                    rule: None,
                    claims: vec![claim.into()],
                    file: None,
                    data: vec!["Vale".into()],
                },
                message: String::new(),
            })
            .to_vec();
        let earlier = Baseline {
            version: VERSION,
            tool: "claimcheck".into(),
            findings,
        };
        let outcome = crate::check::check(
            dir.path(),
            &crate::check::Options {
                baseline: Some(earlier),
                ..Default::default()
            },
        );
        let codes: Vec<Code> = outcome.diagnostics.iter().map(|d| d.code).collect();
        assert!(!codes.contains(&Code::AmbiguousEntity), "{codes:?}");
        assert!(!codes.contains(&Code::UnusedBaselineEntry), "{codes:?}");
    }

    #[test]
    fn an_entry_of_a_code_there_is_not_is_said_to_accept_nothing() {
        let entry = |code: &str, data: &[&str]| Entry {
            fingerprint: Fingerprint {
                code: code.into(),
                rule: None,
                claims: Vec::new(),
                file: None,
                data: data.iter().map(|d| d.to_string()).collect(),
            },
            message: String::new(),
        };
        let unknown = unused(&entry("CC999", &[]));
        assert_eq!(
            unknown.message,
            "the baseline entry for `CC999` names no code of claimcheck: it accepts nothing"
        );
        assert!(unknown.help.unwrap().starts_with("correct the code"));
        // Names are accepted by the name (and a shared one by the places it could be).
        assert_eq!(
            unused(&entry("CC022", &["atlantis"])).message,
            "the baseline entry for CC022 (the name `atlantis`) matches no finding"
        );
        assert_eq!(
            unused(&entry(
                "CC024",
                &["vale", "2", "Vale (Alta)", "Vale (Baja)"]
            ))
            .message,
            "the baseline entry for CC024 (the name `vale`, which could be `Vale (Alta)`, \
             `Vale (Baja)`) matches no finding"
        );
    }

    #[test]
    fn a_baseline_reads_back_what_it_wrote_and_refuses_other_files() {
        let baseline = Baseline {
            version: VERSION,
            tool: "claimcheck".into(),
            findings: vec![Entry {
                fingerprint: Fingerprint {
                    code: "CC142".into(),
                    rule: Some("r".into()),
                    claims: vec!["a".into(), "b".into()],
                    file: None,
                    data: vec!["county".into()],
                },
                message: "m".into(),
            }],
        };
        assert_eq!(
            Baseline::from_json(&baseline.to_json()),
            Ok(baseline.clone())
        );
        assert!(matches!(
            Baseline::from_json("{}"),
            Err(ReadError::NotABaseline(_))
        ));
        assert!(Baseline::from_json("[1, 2]").is_err());
        let current = format!("\"version\": {VERSION}");
        let first = baseline
            .to_json()
            .replace(&current, &format!("\"version\": {VERSION_LABELS}"));
        assert_eq!(
            Baseline::from_json(&first).map(|read| read.version),
            Ok(VERSION_LABELS)
        );
        let other = baseline.to_json().replace(&current, "\"version\": 3");
        assert_eq!(Baseline::from_json(&other), Err(ReadError::OtherVersion(3)));
    }
}
