//! Rules: the cross-checks over claims, read from `rules/*.yaml`.
//!
//! Every rule has an id, a `kind`, a `select:` choosing its claims, a severity, and the
//! author's own `message` and `help`. Each kind lives in its own module, holding its
//! explanation, its parameters, its finding type, its logic and its tests; [`KINDS`] is
//! the registry that maps a kind's name to the module.

pub mod agreement;
pub mod count;
pub mod equation;
pub mod growth;
pub mod monotonic;
pub mod range;
pub mod select;
pub mod timeline;

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Label, Location, Severity, did_you_mean};
use crate::load::Document;
use crate::load::fields::{Reader, Record};
use crate::load::spec::{Field, Shape, choice_names};
use crate::model::{ClaimId, Located, Project};
pub use select::{ClaimIndex, Selector};

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

/// The fields every rule has, whatever its kind; each kind adds its own ([`Kind::fields`]).
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

/// What a rule kind does once its parameters are read.
pub trait Check: fmt::Debug + Send + Sync {
    /// Evaluates the rule over the claims its selector chose.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Vec<Finding>;

    /// Whether the kind looks at `select:` at all. A kind that names its claims itself
    /// (an equation) says no, and is handed no selection: a rule without `select:` selects
    /// every claim, which would cost a pass over the corpus per rule.
    fn uses_selection(&self) -> bool {
        true
    }
}

/// One entry of the registry of rule kinds.
pub struct Kind {
    pub name: &'static str,
    /// One line for `list rules` and error messages.
    pub summary: &'static str,
    /// Parameters beyond the fields every rule has (id, kind, select, severity, message,
    /// help, allow): the loader accepts them, the schema documents and checks them.
    pub fields: &'static [Field],
    /// Reads the kind's parameters, reporting problems with their spans.
    pub read: fn(&mut Reader, &Record, &Project) -> Option<Box<dyn Check>>,
}

/// Every rule kind. Adding a kind is one module and one line here.
pub const KINDS: &[Kind] = &[
    count::KIND,
    monotonic::KIND,
    growth::KIND,
    equation::KIND,
    agreement::KIND,
    range::KIND,
    timeline::KIND,
];

/// A rule as read from its file.
#[derive(Debug)]
pub struct Rule {
    pub id: Located<String>,
    pub kind: &'static str,
    pub select: Selector,
    pub severity: Option<Severity>,
    pub message: Option<String>,
    pub help: Option<String>,
    /// Codes this rule silences among its own findings, each with a reason.
    pub allow: Vec<crate::suppress::Allow>,
    pub check: Box<dyn Check>,
}

/// What a check sees: the project, its index, and the rule being evaluated.
pub struct Context<'a> {
    pub project: &'a Project,
    pub index: &'a ClaimIndex,
    pub rule: &'a Rule,
}

/// Most related places one finding labels besides its primary span.
pub const RELATED_LABELS: usize = 8;

/// A discrepancy a check found, before the rule's own wording and severity are applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    /// What is wrong, specifically: "17 are stated but 16 are listed".
    pub message: String,
    /// The offending value first, then other places involved, at most
    /// [`RELATED_LABELS`] of them.
    pub labels: Vec<Label>,
    /// Places involved beyond the labelled ones: counted in a note, not labelled, so that
    /// a finding about a group of a thousand claims stays one finding's size.
    pub unlabelled: usize,
    pub notes: Vec<String>,
    /// What to do, when the rule's author gave no `help:`.
    pub help: String,
}

impl Finding {
    pub fn new(code: Code, message: impl Into<String>, help: impl Into<String>) -> Finding {
        Finding {
            code,
            message: message.into(),
            labels: Vec::new(),
            unlabelled: 0,
            notes: Vec::new(),
            help: help.into(),
        }
    }

    /// Whether another related place would still be labelled; a check that builds labels
    /// in a loop stops there and passes the rest to [`Finding::unlabelled`].
    pub fn labels_full(&self) -> bool {
        self.labels.iter().filter(|l| !l.primary).count() >= RELATED_LABELS
    }

    /// Counts `more` places involved that are not labelled.
    pub fn unlabelled(mut self, more: usize) -> Finding {
        self.unlabelled += more;
        self
    }

    pub fn primary(mut self, at: Location, message: impl Into<String>) -> Finding {
        self.labels.insert(
            0,
            Label {
                location: at,
                message: message.into(),
                primary: true,
            },
        );
        self
    }

    /// Labels a related place, or counts it once [`RELATED_LABELS`] are labelled.
    pub fn label(mut self, at: Location, message: impl Into<String>) -> Finding {
        if self.labels_full() {
            self.unlabelled += 1;
            return self;
        }
        self.labels.push(Label {
            location: at,
            message: message.into(),
            primary: false,
        });
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Finding {
        self.notes.push(note.into());
        self
    }
}

/// Reads every rule file.
pub fn load(documents: &[Document], project: &Project, diagnostics: &mut Diagnostics) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    // Each id's rule, so that a duplicate is found in one lookup however many rules there are.
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for document in documents {
        let mut reader = Reader {
            file: document.file,
            diagnostics,
        };
        let Some(top) = reader.record(&document.root, "rules file", RULES_FILE) else {
            continue;
        };
        let Some(list) = top.get("rules") else {
            reader.missing(
                &top,
                "rules",
                "list the rules under a top-level `rules:` key",
            );
            continue;
        };
        for node in reader.list(list, "rules") {
            if let Some(rule) = read_rule(&mut reader, node, project) {
                if let Some(first) = by_id.get(&rule.id.value).map(|&i| &rules[i]) {
                    reader.diagnostics.push(
                        Diagnostic::new(
                            Code::DuplicateId,
                            format!("two rules have the id `{}`", rule.id.value),
                            rule.id.at.clone(),
                            "used again here",
                        )
                        .with_label(first.id.at.clone(), "first used here")
                        .with_help("give each rule its own id"),
                    );
                    continue;
                }
                by_id.insert(rule.id.value.clone(), rules.len());
                rules.push(rule);
            }
        }
    }
    rules
}

fn read_rule(
    reader: &mut Reader,
    node: &crate::load::yaml::Node,
    project: &Project,
) -> Option<Rule> {
    // Read the kind first: it decides which fields are allowed.
    let kind_name = match &node.value {
        crate::load::yaml::Value::Map(entries) => entries.iter().find_map(|(k, v)| {
            matches!(&k.value, crate::load::yaml::Value::Scalar(key) if key == "kind").then_some(v)
        }),
        _ => None,
    };
    let kind = kind_name.and_then(|node| match &node.value {
        crate::load::yaml::Value::Scalar(name) => KINDS.iter().find(|k| k.name == name),
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
                crate::load::yaml::Value::Scalar(name) => name.clone(),
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
    let select = Selector::read(reader, &record);
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

/// Resolves a claim id written in a rule (`written` is the whole scalar, `range` the id's
/// bytes inside it), reporting an unknown id with a did-you-mean at the exact token.
pub fn claim_reference(
    diagnostics: &mut Diagnostics,
    project: &Project,
    written: &Located<String>,
    range: std::ops::Range<usize>,
) -> Option<ClaimId> {
    let id = &written.value[range.clone()];
    if let Some(claim) = project.claim_by_id(id) {
        return Some(claim);
    }
    let help = match did_you_mean(id, project.claims_by_id.keys().map(String::as_str)) {
        Some(near) => format!("did you mean `{near}`?"),
        None => "name a claim by its `id:` in claims/*.yaml".to_string(),
    };
    diagnostics.push(
        Diagnostic::new(
            Code::UnknownClaim,
            format!("no claim has the id `{id}`"),
            written.inner(&range),
            "unknown claim",
        )
        .with_help(help),
    );
    None
}

/// Resolves a claim id as [`claim_reference`] does and requires the claim to state a
/// value, for rules that compute with figures.
pub fn claim_with_value(
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
        // Its `value:` is already reported as unreadable (CC015); saying it has none would
        // send the author looking for a figure that is there.
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
        .with_label(project.claim(id).id.at.clone(), "the claim")
        .with_help("refer to a claim that has a `value:`, or add the figure to this one"),
    );
    None
}

/// The plural of a unit noun: county -> counties, person -> people, yuan -> yuan.
pub fn plural(unit: &str) -> String {
    const SAME: &[&str] = &["yuan", "mu", "percent", "renminbi", "yen", "sheep", "fish"];
    const IRREGULAR: &[(&str, &str)] = &[
        ("person", "people"),
        ("child", "children"),
        ("man", "men"),
        ("woman", "women"),
    ];
    if SAME.contains(&unit) {
        return unit.to_string();
    }
    if let Some((_, plural)) = IRREGULAR.iter().find(|(one, _)| *one == unit) {
        return plural.to_string();
    }
    if let Some(stem) = unit.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if unit.ends_with(['s', 'x', 'z']) || unit.ends_with("ch") || unit.ends_with("sh") {
        return format!("{unit}es");
    }
    format!("{unit}s")
}

fn kind_names() -> String {
    KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

/// Evaluates every rule and turns its findings into diagnostics.
pub fn evaluate(rules: &[Rule], project: &Project) -> Vec<Diagnostic> {
    evaluate_with_progress(rules, project, None)
}

/// Evaluates every rule, in parallel on rayon's pool, calling `progress` as rules finish.
/// Rules are independent: each reads the project and returns its own findings, which are
/// concatenated in rule order, so the result does not depend on thread timing.
pub fn evaluate_with_progress(
    rules: &[Rule],
    project: &Project,
    progress: Option<&crate::check::Progress>,
) -> Vec<Diagnostic> {
    let index = ClaimIndex::new(project);
    let total = rules.len();
    let done = AtomicUsize::new(0);
    if let Some(progress) = progress {
        progress.report(crate::check::Stage::Rules, 0, total);
    }
    let per_rule: Vec<Vec<Diagnostic>> = rules
        .par_iter()
        .map(|rule| {
            let selected = if rule.check.uses_selection() {
                rule.select.select(project, &index)
            } else {
                Vec::new()
            };
            let context = Context {
                project,
                index: &index,
                rule,
            };
            let rule_file = project.files.name(rule.id.at.file);
            let found: Vec<Diagnostic> =
                crate::processing::within(rule_file, || rule.check.evaluate(&context, &selected))
                    .into_iter()
                    .map(|finding| into_diagnostic(finding, rule))
                    .collect();
            if let Some(progress) = progress {
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress.report(crate::check::Stage::Rules, done, total);
            }
            found
        })
        .collect();
    per_rule.into_iter().flatten().collect()
}

/// Applies the rule's wording, severity and location to a finding. The headline stays the
/// finding's own sentence (what exactly is wrong); the rule author's message follows it
/// as a note, and the author's help replaces the kind's default help.
fn into_diagnostic(finding: Finding, rule: &Rule) -> Diagnostic {
    let mut notes = finding.notes;
    if finding.unlabelled > 0 {
        notes.push(format!(
            "{} more places are involved and not labelled (the first {RELATED_LABELS} are)",
            finding.unlabelled
        ));
    }
    if let Some(message) = &rule.message {
        notes.push(format!("rule `{}`: {message}", rule.id.value));
    }
    let mut labels = finding.labels;
    labels.push(Label {
        location: rule.id.at.clone(),
        message: format!("rule `{}` ({})", rule.id.value, rule.kind),
        primary: false,
    });
    Diagnostic {
        code: finding.code,
        severity: rule.severity.unwrap_or(finding.code.default_severity()),
        message: finding.message,
        labels,
        help: Some(rule.help.clone().unwrap_or(finding.help)),
        notes,
        rule: Some(rule.id.value.clone()),
    }
}

/// Explanation of CC040, printed by `claimcheck explain CC040`.
pub const EXPLAIN_UNKNOWN_RULE_KIND: &str = "\
What it checks: every rule's `kind:` is one of the rule kinds claimcheck knows: count,
monotonic, growth, equation, agreement, range, timeline.

Why it matters: a rule whose kind is misspelt would check nothing, and CI would pass.

Fails:
    - id: provinces-cleared-never-decrease
      kind: monotonous

Passes:
    - id: provinces-cleared-never-decrease
      kind: monotonic
";

/// Explanation of CC042, printed by `claimcheck explain CC042`.
pub const EXPLAIN_UNKNOWN_CLAIM: &str = "\
What it checks: every claim id a rule names (in an equation's expression, a range's bound)
is the id of a claim in claims/*.yaml.

Why it matters: a rule that names a claim that does not exist cannot be evaluated; without
this error it would silently check nothing.

Fails:
    expression: gansu-counties-exited + gansu-counties-remaining-2019 == gansu-poor-counties
    # there is no claim `gansu-counties-exited`; did you mean `gansu-counties-exited-by-2019`?

Passes:
    expression: gansu-counties-exited-by-2019 + gansu-counties-remaining-2019 == gansu-poor-counties
";

/// Explanation of CC043, printed by `claimcheck explain CC043`.
pub const EXPLAIN_CLAIM_WITHOUT_VALUE: &str = "\
What it checks: a claim that a rule computes with (in an equation, or as a range's bound)
states a `value:`.

Why it matters: a claim with only a status or a list has no figure to add or compare; the
rule would be meaningless.

Fails:
    expression: gansu-county-exit-complete + 1 == 2     # a status claim

Passes:
    expression: gansu-counties-exited-by-2019 + gansu-counties-withdrawn == gansu-poor-counties
";

#[cfg(test)]
mod tests {
    use super::plural;
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

    #[test]
    fn a_rule_naming_a_claim_whose_value_is_unreadable_adds_no_second_error() {
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
        assert_eq!(codes(&outcome), vec![Code::InvalidQuantity]);
    }

    #[test]
    fn plural_follows_english_spelling() {
        assert_eq!(plural("county"), "counties");
        assert_eq!(plural("province"), "provinces");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("person"), "people");
        assert_eq!(plural("yuan"), "yuan");
        assert_eq!(plural("inch"), "inches");
    }
}
