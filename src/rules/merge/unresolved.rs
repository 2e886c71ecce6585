//! Every use of one name that names no entity (CC022) is one finding, at its first use, and
//! so is every use of one name that could name the same several entities (CC024): one
//! entry to add, one misspelling to correct, one choice to make
//! ([`gather_unresolved_names`]). Runs after suppression, so that a claim's `allow:`
//! silences its own use only.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::files::Files;
use crate::hashing::HashMap;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_files;

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
        let first = crate::check::check(dir.path(), &Default::default());
        let baseline = crate::baseline::Baseline::record(&first.diagnostics, &first.project);
        // With the first use gone and a new one written, the name is accepted still.
        let edited = claims
            .replace("id: a,", "id: z,")
            .replace("metric: m,", "metric: k,");
        std::fs::write(dir.path().join("claims/c.yaml"), edited).unwrap();
        let again = crate::check::check(
            dir.path(),
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
        let again = crate::check::check(
            dir.path(),
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
        let first = crate::check::check(dir.path(), &Default::default());
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
        let again = crate::check::check(
            dir.path(),
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
        let edited = crate::check::check(
            dir.path(),
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
}
