//! Reading the rule files: the fields every rule has, each rule read with its kind's own
//! parameters, one rule per id, and the claims a rule names by id, resolved or reported
//! (an unknown id, a claim that did not load or whose value does not read: CC046). Its own
//! file because it is all about what the author wrote, and done once, before any rule runs.

use rayon::prelude::*;

use super::{KINDS, Rule, Selector, kind_names, select};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location, Severity, did_you_mean};
use crate::hashing::HashMap;
use crate::model::{ClaimId, Project, Rejected, WhyRejected};
use crate::sharding::Grouped;
use crate::syntax::Document;
use crate::syntax::fields::{Reader, Record, is_valid_id};
use crate::syntax::spec::{Field, Shape, choice_names};

/// The top level of a rules file.
pub const RULES_FILE: &[Field] = &[Field::required(
    "rules",
    Shape::Records(COMMON_FIELDS),
    "The cross-checks: each has an id, a kind, a `select:` and the kind's own parameters.",
)];

/// The words of a rule's `severity:`.
const SEVERITIES: &[(&str, Severity)] = &[
    ("error", Severity::Error),
    ("warning", Severity::Warning),
    ("info", Severity::Info),
];
const SEVERITY_NAMES: [&str; SEVERITIES.len()] = choice_names(SEVERITIES);

/// The fields every rule has, whatever its kind; each kind adds its own
/// ([`Kind::fields`](super::Kind::fields)).
pub const COMMON_FIELDS: &[Field] = &[
    Field::required(
        "id",
        Shape::Id,
        "A unique id: lowercase letters, digits and hyphens, e.g. \
         `provinces-cleared-never-decrease`.",
    ),
    Field::required(
        "kind",
        Shape::RuleKind,
        "What the rule checks; each kind has its own parameters.",
    ),
    Field::optional(
        "select",
        Shape::Record(select::FIELDS),
        "Which claims the rule looks at; fields combine with AND, a list of values within a \
         field with OR. Without `select:`, every claim.",
    ),
    Field::optional(
        "severity",
        Shape::Choice(&SEVERITY_NAMES),
        "The severity of the rule's findings, instead of each code's default.",
    ),
    Field::optional(
        "message",
        Shape::Text,
        "What the rule means, in the author's words: added as a note to each finding.",
    ),
    Field::optional(
        "help",
        Shape::Text,
        "What to do about a finding: replaces the kind's default help.",
    ),
    Field::optional(
        "allow",
        Shape::Records(crate::suppress::FIELDS),
        "Codes silenced among this rule's findings, each with the reason why.",
    ),
];

/// The rules of a project as read.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The rules read without error, in file and rule order, one per id.
    pub rules: Vec<Rule>,
    /// The ids of the rules that were written but not read, for their errors (each
    /// reported): rules of the project all the same, which a selection may name.
    pub not_run: Vec<String>,
}

/// Reads every rule file.
pub fn load(documents: &[Document], project: &Project, diagnostics: &mut Diagnostics) -> Loaded {
    // Every rule is read on rayon's pool into a collector of its own; the results are then
    // merged in file and rule order, so the diagnostics come out as a sequential read gives
    // them.
    type Read = (
        Diagnostics,
        Vec<(Diagnostics, Result<Rule, Option<String>>)>,
    );
    let read: Vec<Read> = documents
        .par_iter()
        .map(|document| {
            let mut found = Diagnostics::default();
            let mut reader = Reader {
                file: document.file,
                diagnostics: &mut found,
            };
            let nodes = match reader.record(&document.root, "rules file", RULES_FILE) {
                None => &[][..],
                Some(top) => match top.get("rules") {
                    Some(list) => reader.list(list, "rules"),
                    None => {
                        reader.missing(
                            &top,
                            "rules",
                            "list the rules under a top-level `rules:` key",
                        );
                        &[][..]
                    }
                },
            };
            let rules = nodes
                .par_iter()
                .map(|node| {
                    let mut found = Diagnostics::default();
                    let mut reader = Reader {
                        file: document.file,
                        diagnostics: &mut found,
                    };
                    // A rule with an input error of its own does not run: what it would
                    // check is not what was meant (`{ max: 1,5 }` is `max: 1` and a field
                    // `5`), and its findings would point the wrong way.
                    let rule = read_rule(&mut reader, node, project)
                        .filter(|_| !found.iter().any(Diagnostic::is_input_error))
                        .ok_or_else(|| written_id(node));
                    // The claims a rule names that cannot be used are one problem of the
                    // rule, however many there are: one CC046, labelled at each.
                    found.fold_code(Code::ClaimNotLoaded, |parts| {
                        let named: Vec<(String, Location)> = parts
                            .iter()
                            .filter_map(|d| Some((d.claims.first()?.clone(), *d.primary()?)))
                            .collect();
                        claims_not_usable(project, &named)
                    });
                    // Every diagnostic about the rule names it when its id reads, whether
                    // the rule runs or not: a script can tell which rule to fix.
                    if let Some(id) = written_id(node).filter(|id| is_valid_id(id)) {
                        found.about_rule(&id);
                    }
                    (found, rule)
                })
                .collect();
            (found, rules)
        })
        .collect();
    // Duplicate ids, shard by shard on rayon's pool (as linking finds duplicate claim ids):
    // one id's rules all fall in one shard, which takes them in file and rule order, so the
    // first rule of an id is kept and each later one is reported at its place.
    let all: Vec<Option<&Rule>> = read
        .iter()
        .flat_map(|(_, rules)| rules.iter().map(|(_, rule)| rule.as_ref().ok()))
        .collect();
    let hasher = crate::hashing::RandomState::default();
    let shard_of = |id: &str| {
        use std::hash::BuildHasher;
        (hasher.hash_one(id) % ID_SHARDS as u64) as usize
    };
    let grouped: Grouped<u32> = Grouped::new(&all, ID_SHARDS, |place, rule| {
        rule.map(|rule| (shard_of(&rule.id.value), place))
            .into_iter()
    });
    let mut duplicates: Vec<(usize, Diagnostic)> = (0..ID_SHARDS)
        .into_par_iter()
        .flat_map_iter(|shard| {
            let mut first: HashMap<&str, &Rule> = HashMap::default();
            let mut duplicates = Vec::new();
            for &place in grouped.shard(shard) {
                let Some(rule) = all[place as usize] else {
                    continue;
                };
                let place = place as usize;
                match first.get(rule.id.value.as_str()) {
                    Some(first) => duplicates.push((place, duplicate_rule(rule, first))),
                    None => {
                        first.insert(&rule.id.value, rule);
                    }
                }
            }
            duplicates
        })
        .collect();
    duplicates.sort_unstable_by_key(|&(place, _)| place);
    let mut rules: Vec<Rule> = Vec::with_capacity(all.len() - duplicates.len());
    drop(all);
    let mut not_run = Vec::new();
    let mut duplicates = duplicates.into_iter().peekable();
    let mut place = 0;
    for (found, read) in read {
        diagnostics.append(found);
        for (found, rule) in read {
            diagnostics.append(found);
            let at = place;
            place += 1;
            let rule = match rule {
                Ok(rule) => rule,
                Err(id) => {
                    not_run.extend(id);
                    continue;
                }
            };
            match duplicates.next_if(|&(duplicate, _)| duplicate == at) {
                Some((_, duplicate)) => diagnostics.push(duplicate),
                None => rules.push(rule),
            }
        }
    }
    Loaded { rules, not_run }
}

/// The `id:` a rule's entry writes, if it is a single value.
fn written_id(node: &crate::syntax::yaml::Node) -> Option<String> {
    let crate::syntax::yaml::Value::Map(entries) = &node.value else {
        return None;
    };
    entries
        .iter()
        .find_map(|(key, value)| match (&key.value, &value.value) {
            (crate::syntax::yaml::Value::Scalar(key), crate::syntax::yaml::Value::Scalar(id))
                if key == "id" =>
            {
                Some(id.clone())
            }
            _ => None,
        })
}

/// How many shards the duplicate check of rule ids is split into.
const ID_SHARDS: usize = 64;

/// A second rule of one id.
fn duplicate_rule(rule: &Rule, first: &Rule) -> Diagnostic {
    Diagnostic::new(
        Code::DuplicateId,
        format!("two rules have the id `{}`", rule.id.value),
        rule.id.at,
        "used again here",
    )
    .with_label(first.id.at, "first used here")
    .with_help("give each rule its own id")
}

fn read_rule(
    reader: &mut Reader,
    node: &crate::syntax::yaml::Node,
    project: &Project,
) -> Option<Rule> {
    // Read the kind first: it decides which fields are allowed.
    let kind_name = match &node.value {
        crate::syntax::yaml::Value::Map(entries) => entries.iter().find_map(|(k, v)| {
            matches!(&k.value, crate::syntax::yaml::Value::Scalar(key) if key == "kind")
                .then_some(v)
        }),
        _ => None,
    };
    let kind = kind_name.and_then(|node| match &node.value {
        crate::syntax::yaml::Value::Scalar(name) => KINDS.iter().find(|k| k.name == name),
        _ => None,
    });
    let mut fields: Vec<Field> = COMMON_FIELDS.to_vec();
    if let Some(kind) = kind {
        fields.extend_from_slice(kind.fields);
    } else {
        // Without a known kind, accept any kind's fields so that only the kind is reported.
        fields.extend(KINDS.iter().flat_map(|k| k.fields.iter().copied()));
    }
    let record = reader.record(node, "rule", &fields)?;
    let id = reader.id(
        &record,
        "id",
        "give the rule an id such as `provinces-cleared-never-decrease`",
    );
    let kind = match (kind_name, kind) {
        (None, _) => {
            reader.missing(
                &record,
                "kind",
                &format!("add `kind:`, one of: {}", kind_names()),
            );
            None
        }
        (Some(node), None) => {
            let written = match &node.value {
                crate::syntax::yaml::Value::Scalar(name) => name.clone(),
                other => other.describe().to_string(),
            };
            let help = match did_you_mean(&written, KINDS.iter().map(|k| k.name)) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the kinds are: {}", kind_names()),
            };
            reader.diagnostics.push(
                Diagnostic::new(
                    Code::UnknownRuleKind,
                    format!("`{written}` is not a rule kind"),
                    reader.at(node),
                    "unknown kind",
                )
                .with_help(help),
            );
            None
        }
        (Some(_), Some(kind)) => Some(kind),
    };
    let select = match kind.and_then(|kind| Some((kind.name, kind.claims_named_in?))) {
        Some((kind, named_in)) => select_not_read(reader, &record, kind, named_in),
        None => Selector::read(reader, &record),
    };
    let severity = reader
        .choice(&record, "severity", SEVERITIES)
        .map(|s| s.value);
    let message = reader.text(&record, "message").map(|m| m.value);
    let help = reader.text(&record, "help").map(|h| h.value);
    let allow = crate::suppress::read(reader, &record);
    let kind = kind?;
    let check = (kind.read)(reader, &record, project)?;
    Some(Rule {
        id: id?,
        kind: kind.name,
        select: select?,
        severity,
        message,
        help,
        allow,
        check,
    })
}

/// `select:` on a rule whose kind names its claims itself (`named_in`): reported at the
/// field, since the author expects it to narrow what the rule checks and it cannot; the
/// rule does not run until it is removed. Without one, the rule's selector is empty.
fn select_not_read(
    reader: &mut Reader,
    record: &Record,
    kind: &str,
    named_in: &str,
) -> Option<Selector> {
    let Some(key) = record.key_node("select") else {
        return Some(Selector::default());
    };
    reader.diagnostics.push(
        Diagnostic::new(
            Code::UnknownField,
            format!(
                "`select` does not apply to {} `{kind}` rule",
                crate::words::indefinite_article(kind)
            ),
            reader.at(key),
            "not a field of this kind",
        )
        .with_help(format!(
            "{} checks the claims named in {named_in}, and only those: remove \
             `select:`, and name there every claim the rule should check",
            crate::words::with_article(kind)
        )),
    );
    None
}

/// Resolves a claim id written in a rule (`written` is the whole scalar, `range` the id's
/// bytes inside it), reporting an unknown id with a did-you-mean at the exact token.
fn claim_reference(
    diagnostics: &mut Diagnostics,
    project: &Project,
    written: &Located<String>,
    range: std::ops::Range<usize>,
) -> Option<ClaimId> {
    let id = &written.value[range.clone()];
    if let Some(claim) = project.claim_by_id(id) {
        return Some(claim);
    }
    if project.rejected_claims.contains_key(id) {
        // The claim exists but did not load: a did-you-mean would point at another claim,
        // and following it would silently change what the rule checks.
        diagnostics.extend(claims_not_usable(
            project,
            &[(id.to_string(), written.inner(&range))],
        ));
        return None;
    }
    let unread = unread_claim_files(project);
    let near = project.did_you_mean_claim(id);
    let help = match (near, &unread) {
        (Some(near), _) => format!("did you mean `{near}`?"),
        (None, Some(unread)) => format!("{unread}: make it readable first"),
        (None, None) => "name a claim by its `id:` in claims/*.yaml".to_string(),
    };
    let message = match unread {
        Some(_) => format!("no claim that loaded has the id `{id}`"),
        None => format!("no claim has the id `{id}`"),
    };
    let mut diagnostic = Diagnostic::new(
        Code::UnknownClaim,
        message,
        written.inner(&range),
        "unknown claim",
    )
    .with_help(help);
    if let Some(unread) = unread
        && near.is_some()
    {
        diagnostic = diagnostic.with_note(unread);
    }
    diagnostics.push(diagnostic);
    None
}

/// The claims files that could not be read, as a sentence a rule's finding adds: the claim
/// it names, or the claims it would select, may be written there.
pub(super) fn unread_claim_files(project: &Project) -> Option<String> {
    let names: Vec<String> = project
        .claim_files_unread
        .iter()
        .map(|&file| format!("`{}`", project.files.name(file)))
        .collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(format!(
            "{one} could not be read (see its error), and the claims written there did not load"
        )),
        several => Some(format!(
            "{} could not be read (see their errors), and the claims written there did not load",
            crate::words::and_list(several)
        )),
    }
}

/// Why a claim a rule names cannot be used by it.
#[derive(Clone, Copy)]
enum Unusable<'p> {
    /// Written but left out, for the reason it holds.
    NotLoaded(&'p Rejected),
    /// Loaded, but its `value:` does not read (CC015): the location of its `id:`.
    ValueUnreadable(Location),
}

impl Unusable<'_> {
    /// Why `id` cannot be used, if it cannot: a claim that loaded with a value, or that
    /// does not exist at all, can.
    fn of<'p>(project: &'p Project, id: &str) -> Option<Unusable<'p>> {
        match project.claim_by_id(id) {
            Some(claim) => {
                let claim = project.claim(claim);
                claim
                    .value_unreadable
                    .then_some(Unusable::ValueUnreadable(claim.id.at))
            }
            None => project.rejected_claims.get(id).map(Unusable::NotLoaded),
        }
    }

    /// The label on a place the rule names the claim: why the rule cannot use it.
    fn label(self) -> String {
        match self {
            Unusable::NotLoaded(rejected) => match &rejected.why {
                WhyRejected::OwnErrors => "did not load: it has errors of its own".to_string(),
                WhyRejected::FileNotParsed => {
                    "did not load: its file is not valid YAML".to_string()
                }
                WhyRejected::FileNotUtf8 => "did not load: its file is not UTF-8 text".to_string(),
                WhyRejected::UnknownSource(source) => {
                    format!("did not load: its source `{source}` is not declared or did not load")
                }
                WhyRejected::UndatedSource(source) => {
                    format!("did not load: the date of its source `{source}` cannot be read")
                }
            },
            Unusable::ValueUnreadable(_) => "its `value:` does not read".to_string(),
        }
    }

    /// The label on the claim itself.
    fn claim_label(self, id: &str) -> (Location, String) {
        match self {
            Unusable::NotLoaded(rejected) => (
                rejected.at,
                format!("`{id}` is written here but did not load"),
            ),
            Unusable::ValueUnreadable(at) => (at, format!("`{id}`, whose `value:` did not read")),
        }
    }
}

/// What a rule's claims that cannot be used have in common, for the help: claims with
/// errors of their own, claims of one source that did not load or cannot be dated, claims
/// whose value does not read. The help says what to fix for each group, in the order the
/// groups are first met.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Remedy<'p> {
    OwnErrors,
    FileNotParsed,
    FileNotUtf8,
    UnknownSource(&'p str),
    UndatedSource(&'p str),
    Value,
}

impl<'p> Remedy<'p> {
    fn of(unusable: Unusable<'p>) -> Remedy<'p> {
        match unusable {
            Unusable::NotLoaded(rejected) => match &rejected.why {
                WhyRejected::OwnErrors => Remedy::OwnErrors,
                WhyRejected::FileNotParsed => Remedy::FileNotParsed,
                WhyRejected::FileNotUtf8 => Remedy::FileNotUtf8,
                WhyRejected::UnknownSource(source) => Remedy::UnknownSource(source),
                WhyRejected::UndatedSource(source) => Remedy::UndatedSource(source),
            },
            Unusable::ValueUnreadable(_) => Remedy::Value,
        }
    }

    /// What to fix for `ids`; `alone`: they are the rule's only claim that cannot be used,
    /// which the help may call "the claim".
    fn help(self, ids: &[String], alone: bool) -> String {
        let claims = match ids {
            [one] => format!("claim {one}"),
            several => format!("claims {}", crate::words::and_list(several)),
        };
        match self {
            Remedy::OwnErrors => format!("fix the errors reported on {claims}"),
            Remedy::FileNotParsed if alone => "fix the YAML error reported in the claim's \
                 file (CC001): none of its claims loads until it parses"
                .to_string(),
            Remedy::FileNotParsed => {
                format!("fix the YAML errors reported in the files of {claims} (CC001)")
            }
            Remedy::FileNotUtf8 if alone => "save the claim's file as UTF-8 (CC003): none of \
                 its claims loads until it reads"
                .to_string(),
            Remedy::FileNotUtf8 => format!("save the files of {claims} as UTF-8 (CC003)"),
            Remedy::UnknownSource(source) => {
                let citing = if alone {
                    "the claim cites".to_string()
                } else {
                    format!(
                        "that {claims} cite{}",
                        if ids.len() == 1 { "s" } else { "" }
                    )
                };
                format!(
                    "see the error on the `source:` {citing} (CC021): declare or correct \
                     `{source}`"
                )
            }
            Remedy::UndatedSource(source) => {
                let own = match (alone, ids.len()) {
                    (true, _) => "the claim its own".to_string(),
                    (false, 1) => format!("{claims} its own"),
                    (false, _) => format!("{claims} their own"),
                };
                format!(
                    "fix `published:` of source `{source}` (reported there), or give {own} `as_of:`"
                )
            }
            Remedy::Value => format!("fix the `value:` of {claims} (reported there, CC015)"),
        }
    }
}

/// CC046: a rule names claims it cannot use, written but left out or loaded with a `value:`
/// that does not read. `named` is each place the rule names such a claim, in the order
/// written (a claim may be named twice). One diagnostic for the rule however many there
/// are, since its problem is one: it cannot run until they are fixed. Each place is
/// labelled with why its claim is missing, so that the help sends the user to the errors
/// that keep the claims out; a did-you-mean would point at another claim, and following it
/// would silently change what the rule checks. `None` when no place names a claim that
/// cannot be used.
fn claims_not_usable(project: &Project, named: &[(String, Location)]) -> Option<Diagnostic> {
    let named: Vec<(&str, Location, Unusable)> = named
        .iter()
        .filter_map(|(id, at)| Some((id.as_str(), *at, Unusable::of(project, id)?)))
        .collect();
    // Each claim once, in the order first named.
    let mut seen = crate::hashing::HashSet::default();
    let claims: Vec<(&str, Unusable)> = named
        .iter()
        .filter(|&&(id, _, _)| seen.insert(id))
        .map(|&(id, _, unusable)| (id, unusable))
        .collect();
    let values = claims
        .iter()
        .filter(|(_, u)| matches!(u, Unusable::ValueUnreadable(_)))
        .count();
    let message = match claims.as_slice() {
        [(id, Unusable::NotLoaded(rejected))] => match &rejected.why {
            WhyRejected::OwnErrors => {
                format!("the claim `{id}` is invalid, so this rule cannot use it")
            }
            WhyRejected::FileNotParsed => format!(
                "the claim `{id}` did not load, as its file is not valid YAML, so this rule \
                 cannot use it"
            ),
            WhyRejected::FileNotUtf8 => format!(
                "the claim `{id}` did not load, as its file is not UTF-8 text, so this rule \
                 cannot use it"
            ),
            WhyRejected::UnknownSource(source) => format!(
                "the claim `{id}` did not load, as its source `{source}` is not declared or did \
                 not load, so this rule cannot use it"
            ),
            WhyRejected::UndatedSource(source) => format!(
                "the claim `{id}` did not load, as the publication date of its source \
                 `{source}` could not be read, so this rule cannot use it"
            ),
        },
        [(id, Unusable::ValueUnreadable(_))] => {
            format!("the value of claim `{id}` cannot be read, so this rule cannot use it")
        }
        several => {
            let ids: Vec<String> = several.iter().map(|(id, _)| format!("`{id}`")).collect();
            let n = several.len();
            let what = if values == 0 {
                format!("{n} claims this rule names did not load")
            } else if values == n {
                format!("the values of {n} claims this rule names cannot be read")
            } else {
                format!(
                    "{n} claims this rule names did not load or have a value that cannot be read"
                )
            };
            format!(
                "{what}, so it cannot use them: {}",
                crate::words::and_list(&ids)
            )
        }
    };
    let mut remedies: Vec<(Remedy, Vec<String>)> = Vec::new();
    for &(id, unusable) in &claims {
        let remedy = Remedy::of(unusable);
        let id = format!("`{id}`");
        match remedies.iter_mut().find(|(known, _)| *known == remedy) {
            Some((_, ids)) => ids.push(id),
            None => remedies.push((remedy, vec![id])),
        }
    }
    let alone = claims.len() == 1;
    let mut help: Vec<String> = remedies
        .iter()
        .map(|(remedy, ids)| remedy.help(ids, alone))
        .collect();
    help.push(match (alone, values) {
        (true, 0) => "the rule runs once the claim loads".to_string(),
        (true, _) => "the rule runs once it reads".to_string(),
        (false, 0) => "the rule runs once they load".to_string(),
        (false, v) if v == claims.len() => "the rule runs once they read".to_string(),
        (false, _) => "the rule runs once each is fixed".to_string(),
    });
    let mut places = named.iter();
    let &(_, first_at, first) = places.next()?;
    let mut diagnostic = Diagnostic::new(Code::ClaimNotLoaded, message, first_at, first.label());
    for &(_, at, unusable) in places {
        diagnostic = diagnostic.with_label(at, unusable.label());
    }
    for &(id, unusable) in &claims {
        let (at, label) = unusable.claim_label(id);
        diagnostic = diagnostic.with_label(at, label).about_claim(id);
    }
    Some(diagnostic.with_help(help.join("; ")))
}

/// Resolves a claim id as [`claim_reference`] does and requires the claim to state a
/// value, for rules that compute with figures.
pub(super) fn claim_with_value(
    diagnostics: &mut Diagnostics,
    project: &Project,
    written: &Located<String>,
    range: std::ops::Range<usize>,
) -> Option<ClaimId> {
    let id = claim_reference(diagnostics, project, written, range.clone())?;
    let claim = project.claim(id);
    if claim.value.is_some() {
        return Some(id);
    }
    if claim.value_unreadable {
        // Its `value:` is reported as unreadable (CC015); saying it has none would send the
        // author looking for a figure that is there. The rule is told why it cannot run, as
        // it is for a claim left out for its other errors.
        diagnostics.extend(claims_not_usable(
            project,
            &[(claim.id.value.clone(), written.inner(&range))],
        ));
        return None;
    }
    diagnostics.push(
        Diagnostic::new(
            Code::ClaimWithoutValue,
            format!(
                "claim `{}` states no value to compute with",
                &written.value[range.clone()]
            ),
            written.inner(&range),
            "this claim has no `value:`",
        )
        .with_label(project.claim(id).id.at, "the claim")
        .with_help("refer to a claim that has a `value:`, or add the figure to this one")
        .about_claim(&claim.id.value),
    );
    None
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

    #[test]
    fn a_rule_naming_a_claim_whose_value_is_unreadable_says_why_it_cannot_run() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: \"7,5\", unit: county }\n  - { id: b, quote: x, subject: Gansu, metric: m, value: 75, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: e, kind: equation, expression: a == b }\n",
            ),
        ]);
        assert_eq!(
            codes(&outcome),
            vec![Code::InvalidQuantity, Code::ClaimNotLoaded]
        );
        assert_eq!(
            outcome.diagnostics[1].message,
            "the value of claim `a` cannot be read, so this rule cannot use it"
        );
        assert_eq!(crate::testing::primary_text(&outcome, 1), "a");
        assert_eq!(outcome.summary.rules_not_run, 1);
    }

    /// The CC046s of a run, and the text under each of their labels with the label.
    fn not_usable(outcome: &crate::check::Outcome) -> Vec<(&str, Vec<(&str, &str)>)> {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ClaimNotLoaded)
            .map(|d| {
                let labels = d
                    .labels
                    .iter()
                    .map(|label| {
                        let text = outcome.project.files.text(label.location.file);
                        (&text[label.location.span()], label.message.as_ref())
                    })
                    .collect();
                (d.message.as_str(), labels)
            })
            .collect()
    }

    /// The run's one CC046.
    fn the_not_usable(outcome: &crate::check::Outcome) -> &crate::diagnostic::Diagnostic {
        let mut found = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ClaimNotLoaded);
        let finding = found.next().expect("a CC046");
        assert!(found.next().is_none(), "one CC046");
        finding
    }

    #[test]
    fn an_equation_naming_several_claims_that_did_not_load_is_one_finding_labelled_at_each() {
        // Three claims without `metric:`, named four times (`b` twice).
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, value: 1, unit: county }\n  - { id: b, quote: x, subject: Gansu, value: 2, unit: county }\n  - { id: c, quote: x, subject: Gansu, value: 5, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: e, kind: equation, expression: a + b + b == c }\n",
            ),
        ]);
        let own = "did not load: it has errors of its own";
        assert_eq!(
            not_usable(&outcome),
            [(
                "3 claims this rule names did not load, so it cannot use them: `a`, `b` and `c`",
                vec![
                    ("a", own),
                    ("b", own),
                    ("b", own),
                    ("c", own),
                    ("a", "`a` is written here but did not load"),
                    ("b", "`b` is written here but did not load"),
                    ("c", "`c` is written here but did not load"),
                ]
            )]
        );
        let finding = the_not_usable(&outcome);
        assert_eq!(finding.claims, ["a", "b", "c"]);
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "fix the errors reported on claims `a`, `b` and `c`; the rule runs once they load"
            )
        );
    }

    #[test]
    fn a_range_whose_two_bounds_cannot_be_used_is_one_finding_saying_why_for_each() {
        // `whole` has a value that does not read; `floor` cites a source that is not declared.
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: part, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n  - { id: whole, quote: x, subject: Gansu, metric: m, value: \"7,5\", unit: county }\n  - { id: floor, source: nowhere, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, select: { id: part }, not_above: whole, not_below: floor }\n",
            ),
        ]);
        assert_eq!(
            not_usable(&outcome),
            [(
                "2 claims this rule names did not load or have a value that cannot be read, so \
                 it cannot use them: `whole` and `floor`",
                vec![
                    ("whole", "its `value:` does not read"),
                    (
                        "floor",
                        "did not load: its source `nowhere` is not declared or did not load"
                    ),
                    ("whole", "`whole`, whose `value:` did not read"),
                    ("floor", "`floor` is written here but did not load"),
                ]
            )]
        );
        let finding = the_not_usable(&outcome);
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "fix the `value:` of claim `whole` (reported there, CC015); see the error on the \
                 `source:` that claim `floor` cites (CC021): declare or correct `nowhere`; the \
                 rule runs once each is fixed"
            )
        );
    }

    #[test]
    fn a_claim_of_a_file_that_does_not_parse_is_said_to_be_missing_for_its_file() {
        // The YAML error is on `b`'s line: `a` has no error of its own to fix.
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n  - id: b\n    note: one: two\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: e, kind: equation, expression: a == 1 }\n",
            ),
        ]);
        assert_eq!(
            not_usable(&outcome),
            [(
                "the claim `a` did not load, as its file is not valid YAML, so this rule cannot \
                 use it",
                vec![
                    ("a", "did not load: its file is not valid YAML"),
                    ("a", "`a` is written here but did not load"),
                ]
            )]
        );
        let finding = the_not_usable(&outcome);
        assert_eq!(
            finding.help.as_deref(),
            Some(
                "fix the YAML error reported in the claim's file (CC001): none of its claims \
                 loads until it parses; the rule runs once the claim loads"
            )
        );
    }

    #[test]
    fn a_claim_of_a_file_that_is_not_utf8_is_said_to_be_missing_for_its_file() {
        // Found from outside: a claims file with one byte that is not UTF-8 left the rule
        // naming its claims with CC042 "no claim has the id", and help to write the id.
        let dir = crate::testing::write_project(&[(
            "rules/r.yaml",
            "rules:\n  - { id: e, kind: equation, expression: a == 1 }\n  - { id: f, kind: equation, expression: b == 1 }\n",
        )]);
        let mut bytes =
            b"source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n  # caf"
                .to_vec();
        bytes.extend([0xE9, b'\n']);
        std::fs::create_dir_all(dir.path().join("claims")).unwrap();
        std::fs::write(dir.path().join("claims/c.yaml"), &bytes).unwrap();
        // A file in UTF-16, whose ids cannot be read from its bytes: a rule naming a claim
        // no file that loaded has is told that the file may hold it.
        let utf16: Vec<u8> = "\u{feff}source: article\nclaims: []\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(dir.path().join("claims/d.yaml"), &utf16).unwrap();
        let outcome = crate::check::check(dir.path(), &crate::check::Options::default());
        let rule_findings: Vec<(Code, &str, Option<&str>)> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.rule.is_some())
            .map(|d| (d.code, d.message.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            rule_findings,
            [
                (
                    Code::ClaimNotLoaded,
                    "the claim `a` did not load, as its file is not UTF-8 text, so this rule \
                     cannot use it",
                    Some(
                        "save the claim's file as UTF-8 (CC003): none of its claims loads until \
                         it reads; the rule runs once the claim loads"
                    )
                ),
                (
                    Code::UnknownClaim,
                    "no claim that loaded has the id `b`",
                    Some(
                        "`claims/d.yaml` could not be read (see its error), and the claims \
                         written there did not load: make it readable first"
                    )
                ),
            ]
        );
    }

    #[test]
    fn every_error_of_a_rule_names_the_rule_when_its_id_reads() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n  - { id: b, quote: x, subject: Gansu, value: 1, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: kind-unknown, kind: rnage }\n  - { id: no-expression, kind: equation }\n  - { id: bad-expression, kind: equation, expression: a + }\n  - { id: names-b, kind: equation, expression: a == b }\n  - { id: extra-field, kind: range, min: 0, colour: blue }\n  - { kind: range, min: x }\n  - { id: Not_An_Id, kind: range, max: y }\n",
            ),
        ]);
        let rules: Vec<(Code, Option<&str>)> = outcome
            .diagnostics
            .iter()
            .filter(|d| {
                d.primary()
                    .is_some_and(|at| outcome.project.files.project_name(at.file) == "rules/r.yaml")
            })
            .map(|d| (d.code, d.rule.as_deref()))
            .collect();
        assert_eq!(
            rules,
            [
                (Code::UnknownRuleKind, Some("kind-unknown")),
                (Code::MissingField, Some("no-expression")),
                (Code::InvalidExpression, Some("bad-expression")),
                (Code::ClaimNotLoaded, Some("names-b")),
                (Code::UnknownField, Some("extra-field")),
                // No `id:`, and one that is not an id: the errors name no rule.
                (Code::MissingField, None),
                (Code::InvalidQuantity, None),
                (Code::InvalidId, None),
                (Code::InvalidQuantity, None),
            ]
        );
    }

    #[test]
    fn a_rule_does_not_silence_an_error_in_how_it_is_written() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, min: 0, colour: blue, allow: [{ code: CC010, reason: r }] }\n",
            ),
        ]);
        // The `allow:` of an input error is an error of its own.
        assert_eq!(codes(&outcome), [Code::UnknownField, Code::InvalidChoice]);
        assert_eq!(outcome.diagnostics[0].rule.as_deref(), Some("r"));
        assert_eq!(outcome.summary.suppressed, 0);
    }

    #[test]
    fn each_rule_has_its_own_finding_for_the_claims_it_cannot_use() {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, value: 1, unit: county }\n  - { id: b, quote: x, subject: Gansu, metric: m, value: 2, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: e, kind: equation, expression: a == b }\n  - { id: f, kind: equation, expression: b == a }\n",
            ),
        ]);
        let messages: Vec<&str> = not_usable(&outcome).iter().map(|(m, _)| *m).collect();
        assert_eq!(
            messages,
            ["the claim `a` is invalid, so this rule cannot use it"; 2]
        );
    }

    #[test]
    fn a_rule_not_run_for_its_errors_is_still_a_rule_a_selection_may_name() {
        let dir = crate::testing::write_project(&[
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: broken, kind: equation, expression: a == }\n  - { id: fine, kind: range, min: 0 }\n",
            ),
        ]);
        let check = |rules: &[&str]| {
            let options = crate::check::Options {
                rules: rules.iter().map(|r| r.to_string()).collect(),
                ..Default::default()
            };
            crate::check::check(dir.path(), &options)
        };
        let outcome = check(&["broken"]);
        assert_eq!(codes(&outcome), vec![Code::InvalidExpression]);
        assert_eq!(
            (outcome.summary.rules, outcome.summary.rules_not_run),
            (0, 1)
        );
        let outcome = check(&["fine", "missing"]);
        assert_eq!(
            codes(&outcome),
            vec![Code::UnknownRuleSelected, Code::InvalidExpression]
        );
        assert_eq!(
            (outcome.summary.rules, outcome.summary.rules_not_run),
            (1, 0)
        );
        let outcome = check(&[]);
        assert_eq!(
            (outcome.summary.rules, outcome.summary.rules_not_run),
            (1, 1)
        );
        assert!(
            crate::report::summary_line(&outcome.summary)
                .contains(", 1 rule (1 not run for its errors): ")
        );
    }
}
