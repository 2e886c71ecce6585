//! A baseline: the findings a project has accepted, recorded in a file so that CI fails
//! only on new ones (`check --write-baseline FILE`, then `check --baseline FILE`).
//!
//! A finding is matched by its fingerprint: its code, the rule that fired, the ids of the
//! claims its labels lie in, and the text under its labels in the YAML files (the figures,
//! units and names involved). Line numbers and message wording are not part of it, so a
//! fingerprint survives lines moving, comments added and messages reworded. A finding that
//! involves no claim is told apart by its file instead.
//!
//! The file is JSON, its entries sorted, one field per line, so that it reviews well in a
//! diff. An entry that matches no finding any more is reported (CC053), as an unused
//! suppression is, so the baseline shrinks as findings are fixed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::Project;

/// Version of the baseline file's format.
pub const VERSION: u32 = 1;

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
    /// Ids of the claims the finding's labels lie in, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<String>,
    /// The file of the primary label (relative to the project root), for a finding about
    /// no claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The text under each label in a YAML file, whitespace collapsed, in label order.
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
        if baseline.version != VERSION {
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
    /// A baseline of another version of the format than [`VERSION`].
    OtherVersion(u32),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ReadError::NotABaseline(error) => write!(f, "not a claimcheck baseline ({error})"),
            ReadError::OtherVersion(version) => write!(
                f,
                "baseline version {version} is not the version this claimcheck writes ({VERSION})"
            ),
        }
    }
}

/// Whether a diagnostic may be accepted into a baseline: a finding, not invalid input and
/// not a remark about the baseline itself.
fn recordable(diagnostic: &Diagnostic) -> bool {
    !diagnostic.is_input_error() && diagnostic.code != Code::UnusedBaselineEntry
}

/// The fingerprint of one diagnostic.
pub fn fingerprint(diagnostic: &Diagnostic, project: &Project) -> Fingerprint {
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
        rule: diagnostic.rule.clone(),
        claims,
        file,
        data,
    }
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
fn fnv1a(text: &str) -> u64 {
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

/// Removes the diagnostics the baseline accepts (each entry accepts one finding) and
/// returns how many it hid. With `report_stale`, each entry that matched nothing becomes a
/// CC053 warning; a run narrowed to some rules passes `false`, since the finding an entry
/// records may simply not have been looked for.
pub fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    project: &Project,
    baseline: &Baseline,
    report_stale: bool,
) -> usize {
    let mut unmatched: BTreeMap<&Fingerprint, (usize, &Entry)> = BTreeMap::new();
    for entry in &baseline.findings {
        unmatched.entry(&entry.fingerprint).or_insert((0, entry)).0 += 1;
    }
    let before = diagnostics.len();
    diagnostics.retain(|diagnostic| {
        if !recordable(diagnostic) {
            return true;
        }
        let fingerprint = fingerprint(diagnostic, project);
        match unmatched.get_mut(&fingerprint) {
            Some((count, _)) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        }
    });
    let hidden = before - diagnostics.len();
    if report_stale {
        for (count, entry) in unmatched.into_values() {
            for _ in 0..count {
                diagnostics.push(stale(entry));
            }
        }
    }
    hidden
}

/// The warning for an entry that matched no finding.
fn stale(entry: &Entry) -> Diagnostic {
    let fingerprint = &entry.fingerprint;
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
        about.push(format!("at {}", quoted(&fingerprint.data)));
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
    diagnostic
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

    #[test]
    fn long_label_text_is_cut_and_whitespace_collapsed() {
        assert_eq!(collapse("a \n  b"), "a b");
        let long = "x".repeat(500);
        assert_eq!(collapse(&long).chars().count(), MAX_DATA_CHARS + 1);
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
        let other = baseline
            .to_json()
            .replace("\"version\": 1", "\"version\": 2");
        assert_eq!(Baseline::from_json(&other), Err(ReadError::OtherVersion(2)));
    }
}
