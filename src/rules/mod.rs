//! Rules: the cross-checks over claims, read from `rules/*.yaml`.
//!
//! Every rule has an id, a `kind`, a `select:` choosing its claims, a severity, and the
//! author's own `message` and `help`. Each kind lives in its own module, holding its
//! documentation (its `KIND`: summary, parameters, codes, example), its finding type, its
//! logic and its tests; [`KINDS`] is the registry that maps a kind's name to the module.

// The modules of the rule kinds, each registered in `KINDS` below; `merge` and `select`
// serve every kind. (Declared here, not by a macro: rustfmt formats only the modules it
// sees declared.)
pub mod agreement;
pub mod count;
pub mod disjoint;
pub mod equation;
pub mod growth;
pub mod merge;
pub mod monotonic;
pub mod range;
pub mod select;
pub mod timeline;

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::{
    Diagnostic, Diagnostics, Identity, Label, Located, Location, Severity, did_you_mean,
};
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, Project, Rejected, WhyRejected};
use crate::sharding::Grouped;
use crate::syntax::Document;
use crate::syntax::fields::{Reader, Record, is_valid_id};
use crate::syntax::spec::{Field, Shape, choice_names};
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
    /// Evaluates the rule over the claims its selector chose: its findings, and how many
    /// claims it judged.
    fn evaluate(&self, context: &Context, selected: &[ClaimId]) -> Evaluated;

    /// Why a rule of this kind judged none of the claims it selected, as the end of a
    /// sentence: "it compares ..., and ...". Only asked when it judged none.
    fn nothing_judged(&self) -> &'static str {
        "it judges every claim it selects"
    }

    /// Whether the kind reads which claims a series rule compares ([`InSeries`]).
    fn reads_series(&self) -> bool {
        false
    }

    /// Whether the kind compares a claim only with claims of the same subject: a claim whose
    /// subject could be several places (CC024) is then compared with no other.
    fn compares_by_subject(&self) -> bool {
        false
    }

    /// The claims a kind names itself (an equation, in its expression), instead of
    /// looking at `select:`. Such a kind is handed these as its selection: a rule without
    /// `select:` selects every claim, which would cost a pass over the corpus per rule.
    fn named_claims(&self) -> Option<Vec<ClaimId>> {
        None
    }
}

/// What evaluating one rule gave.
#[derive(Debug, Default)]
pub struct Evaluated {
    pub findings: Vec<Finding>,
    /// How many claims the rule judged: those it could compare or test, not those it only
    /// selected (a range over claims without a value, a series of one claim). What a report
    /// shows beside the rule, so that a reader sees what was checked, not only what failed;
    /// none judged of some selected is a warning (CC047).
    pub checked: usize,
    /// Why claims the rule selected could not be judged, one sentence each ("in the series
    /// of Leeds `parks`, no figure is dated after another: ..."): CC047's notes when it
    /// judged none. A kind fills it only then, with at most [`UNJUDGED_NOTES`] sentences.
    pub unjudged: Vec<String>,
    /// For a kind that selects a second set of claims besides `select:` (a `disjoint`
    /// rule's `against:`): that field and how many claims it chose, which CC047's message
    /// counts too.
    pub also_selected: Option<(&'static str, usize)>,
    /// The claims of [`Context::named`] the rule did not judge, each with why: the kinds
    /// that leave claims out by unit fill it (`monotonic`, `range`), and a rule that judged
    /// others says so of these (CC047).
    pub left_out: Vec<LeftOut>,
}

/// A claim a rule's `select:` names by id and the rule does not judge, with why, as the end
/// of a sentence about it: "is in `dollar`, and the other figures of Riverton `park budget`
/// (`jan` and `mar`) in `euro`: ...".
#[derive(Debug)]
pub struct LeftOut {
    pub claim: ClaimId,
    pub why: String,
}

impl Evaluated {
    pub fn new(findings: Vec<Finding>, checked: usize) -> Evaluated {
        Evaluated {
            findings,
            checked,
            unjudged: Vec::new(),
            also_selected: None,
            left_out: Vec::new(),
        }
    }

    /// Says which claims of [`Context::named`] were not judged ([`Evaluated::left_out`]).
    pub fn left_out(mut self, left_out: Vec<LeftOut>) -> Evaluated {
        self.left_out = left_out;
        self
    }

    /// Says why claims could not be judged ([`Evaluated::unjudged`]).
    pub fn unjudged(mut self, notes: Vec<String>) -> Evaluated {
        self.unjudged = notes;
        self
    }

    /// Says how many claims a second selector, `field`, chose ([`Evaluated::also_selected`]).
    pub fn also_selected(mut self, field: &'static str, claims: usize) -> Evaluated {
        self.also_selected = Some((field, claims));
        self
    }
}

/// How many groups of claims (series, sets) a CC047 names as unjudged; the rest are counted.
pub const UNJUDGED_NOTES: usize = 3;

/// How many claims a sentence about a group names; the rest are counted.
const NAMED_CLAIMS: usize = 3;

/// The claims `ids` in a sentence, the first [`NAMED_CLAIMS`] by id and the rest counted:
/// "`a`, `b`, `c` and 4 more".
pub fn ids_in_words<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> String {
    let count = ids.len();
    let mut named: Vec<String> = ids.take(NAMED_CLAIMS).map(|id| format!("`{id}`")).collect();
    if count > NAMED_CLAIMS {
        named.push(format!("{} more", count - NAMED_CLAIMS));
    }
    crate::words::and_list(&named)
}

/// CC047's notes about the groups of claims that could not be judged: the first
/// [`UNJUDGED_NOTES`] of `notes`, then a count of the other `groups` ("2 more series like
/// these").
pub fn first_unjudged(mut notes: Vec<String>, groups: &str) -> Vec<String> {
    if notes.len() > UNJUDGED_NOTES {
        let more = notes.len() - UNJUDGED_NOTES;
        notes.truncate(UNJUDGED_NOTES);
        notes.push(format!("{more} more {groups} like these"));
    }
    notes
}

/// Claims of a group in running text, each with what `describe` says of it: "`p1` (40 on
/// 2023-12-31) and `p2` (39 on 2023-12-31)", naming the first three and counting the rest.
pub fn claims_in_words<T>(
    items: &[T],
    claim: impl Fn(&T) -> &Claim,
    describe: impl Fn(&T) -> String,
) -> String {
    let mut named: Vec<String> = items
        .iter()
        .take(NAMED_CLAIMS)
        .map(|item| format!("`{}` ({})", claim(item).id.value, describe(item)))
        .collect();
    let last = match items.len().saturating_sub(NAMED_CLAIMS) {
        0 => named.pop().unwrap_or_default(),
        more => format!("{more} more"),
    };
    match named.is_empty() {
        true => last,
        false => format!("{} and {last}", named.join(", ")),
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
    /// The codes of the kind's findings.
    pub codes: &'static [Code],
    /// A rules file using the kind, for `claimcheck explain KIND`.
    pub example: &'static str,
    /// Reads the kind's parameters, reporting problems with their spans.
    pub read: fn(&mut Reader, &Record, &Project) -> Option<Box<dyn Check>>,
    /// Where a kind that does not read `select:` names its claims (an equation: "its
    /// `expression:`"); `None` for a kind that checks what `select:` chooses. A `select:` on
    /// such a rule would choose nothing it checks, so it is an error rather than ignored.
    pub claims_named_in: Option<&'static str>,
}

impl Kind {
    /// The kind of this name, if there is one.
    pub fn find(name: &str) -> Option<&'static Kind> {
        KINDS.iter().find(|kind| kind.name == name)
    }

    /// What `claimcheck explain KIND` prints: what the kind checks, its parameters with
    /// their documentation, its codes and an example.
    pub fn explanation(&self) -> String {
        // The summary is one line in the README's table; here it is wrapped like the rest.
        let mut out = format!(
            "{} (rule kind)\n\n{}\n\nParameters",
            self.name,
            textwrap_words(self.summary, 88).join("\n")
        );
        out.push_str(match self.claims_named_in {
            None => " (besides id, kind, select, severity, message, help and allow):\n",
            Some(_) => " (besides id, kind, severity, message, help and allow; no select):\n",
        });
        if self.fields.is_empty() {
            out.push_str("    none\n");
        }
        for field in self.fields {
            let need = match field.need {
                crate::syntax::spec::Need::Required => "required",
                _ => "optional",
            };
            out.push_str(&format!("    {} ({need})\n", field.name));
            for line in textwrap_words(field.doc, 84) {
                out.push_str(&format!("        {line}\n"));
            }
        }
        out.push_str("\nCodes:\n");
        for code in self.codes {
            out.push_str(&format!(
                "    {} {}: {}\n",
                code.id(),
                code.name(),
                code.headline()
            ));
        }
        out.push_str(&format!(
            "\nExample (rules/*.yaml):\n{}",
            indent(self.example)
        ));
        out
    }
}

/// Words of `text` in lines of at most `width` characters (a longer word has its own line).
fn textwrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| match line {
            "" => "\n".to_string(),
            _ => format!("    {line}\n"),
        })
        .collect()
}

/// Every rule kind, in the order `claimcheck explain` and the README list them. Adding a
/// kind is its module (`src/rules/NAME.rs`, with a `pub const KIND: Kind`), its `pub mod`
/// line above and its line here; a test fails if a kind's module is not listed here.
pub const KINDS: &[Kind] = &[
    count::KIND,
    monotonic::KIND,
    growth::KIND,
    equation::KIND,
    agreement::KIND,
    range::KIND,
    timeline::KIND,
    disjoint::KIND,
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
    pub allow: Vec<crate::model::Allow>,
    pub check: Box<dyn Check>,
}

/// What a check sees: the project, its index, and the rule being evaluated.
pub struct Context<'a> {
    pub project: &'a Project,
    pub index: &'a ClaimIndex,
    pub rule: &'a Rule,
    /// The claims the run's series rules compare, when a rule reads them.
    pub in_series: &'a InSeries,
    /// The selected claims the rule's `select:` names by id (without `*`), in claim order:
    /// the author asked for each, and a rule that cannot judge one says so
    /// ([`Evaluated::left_out`]). Empty for most rules.
    pub named: &'a [ClaimId],
}

/// The claims with a figure that some `monotonic` rule of the run selects, or a count with
/// a list that some `growth` rule selects: the author has
/// said that their figures form a series, which may change from one date to the next, and
/// that rule compares them (CC144 leaves such series alone).
///
/// Found before the rules run, and only when a rule asks ([`Check::reads_series`]): a rule
/// task that found it on the pool, inside the selection's own parallel work, could be handed
/// another rule task that waits for it on the same thread.
///
/// The selections made to find them are kept for their rules, each taken once when its
/// rule runs, so that no rule selects twice.
#[derive(Default)]
pub struct InSeries {
    claims: Vec<bool>,
    selections: std::sync::Mutex<HashMap<usize, Vec<ClaimId>>>,
}

impl InSeries {
    pub fn find(rules: &[Rule], project: &Project, index: &ClaimIndex) -> InSeries {
        if !rules.iter().any(|rule| rule.check.reads_series()) {
            return InSeries::default();
        }
        let mut claims = vec![false; project.claims.len()];
        let mut selections = HashMap::default();
        for (at, rule) in rules.iter().enumerate() {
            // A `growth` rule compares the counts of the lists it selects, from one date to
            // the next, as a `monotonic` rule compares every figure.
            let growth = rule.kind == growth::KIND.name;
            if rule.kind != monotonic::KIND.name && !growth {
                continue;
            }
            let selected = claims_of(rule, project, index);
            for &id in &selected {
                let claim = project.claim(id);
                if claim.value.is_some() && (!growth || claim.members_at().is_some()) {
                    claims[id.0 as usize] = true;
                }
            }
            selections.insert(at, selected);
        }
        InSeries {
            claims,
            selections: std::sync::Mutex::new(selections),
        }
    }

    /// The selection of the rule at `at` of the run's rules, if it was made here.
    fn take_selection(&self, at: usize) -> Option<Vec<ClaimId>> {
        self.selections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&at)
    }

    /// Whether a `monotonic` or `growth` rule compares the figure of `id`.
    pub fn contains(&self, id: ClaimId) -> bool {
        self.claims.get(id.0 as usize).copied().unwrap_or(false)
    }
}

/// The findings of `check_one` for each of `selected`, in claim order, on rayon's pool in
/// runs of [`CLAIMS_PER_TASK`]: for the rule kinds that judge each claim on its own, so that
/// a rule over most of the corpus, one task among thousands of small rules, does not hold
/// the phase on one thread.
pub fn each_claim<Found>(
    selected: &[ClaimId],
    check_one: impl Fn(ClaimId) -> Found + Sync + Send,
) -> Vec<Finding>
where
    Found: IntoIterator<Item = Finding>,
{
    selected
        .par_iter()
        .with_min_len(CLAIMS_PER_TASK)
        .flat_map_iter(|&id| check_one(id).into_iter().map(Finding::shrunk))
        .collect()
}

/// How many claims [`each_claim`] gives a task at the least.
const CLAIMS_PER_TASK: usize = 4096;

/// Most related places one finding labels besides its primary span.
pub const RELATED_LABELS: usize = 8;

pub use crate::diagnostic::LISTED_CLAIMS;

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
    /// What those are, for the note: "claims", "repetitions"; "places in the files" when
    /// the check did not say.
    pub unlabelled_are: &'static str,
    pub notes: Vec<String>,
    /// What to do, when the rule's author gave no `help:`.
    pub help: Cow<'static, str>,
    /// The claims the finding is about, by id, the offending one first.
    pub claims: Vec<String>,
    /// The kind's typed facts of the finding, for machines ([`crate::facts`]).
    pub data: Option<crate::diagnostic::Data>,
    /// What a baseline matches it by, when not its labels ([`Identity`]).
    pub identity: Option<Box<Identity>>,
    /// The other claim of a two-claim disagreement with no side to blame, on which an
    /// `allow:` silences it too ([`Diagnostic::counterpart`]).
    pub counterpart: Option<String>,
    /// The claims whose `value:` the verdict uses ([`Diagnostic::rests_on_values`]).
    pub rests_on_values: Vec<String>,
}

impl Finding {
    pub fn new(
        code: Code,
        message: impl Into<String>,
        help: impl Into<Cow<'static, str>>,
    ) -> Finding {
        Finding {
            code,
            message: message.into(),
            labels: Vec::new(),
            unlabelled: 0,
            unlabelled_are: "places in the files",
            notes: Vec::new(),
            help: help.into(),
            claims: Vec::new(),
            data: None,
            identity: None,
            counterpart: None,
            rests_on_values: Vec::new(),
        }
    }

    /// The finding without the room its lists and texts were built with beyond what they
    /// hold ([`Diagnostic::shrink_to_fit`]): for the kinds that may find something wrong
    /// with every claim, whose findings are all held until the rule is done.
    pub fn shrunk(mut self) -> Finding {
        self.message.shrink_to_fit();
        crate::diagnostic::shrink_labels(&mut self.labels);
        crate::diagnostic::shrink_texts(&mut self.notes);
        self.claims.shrink_to_fit();
        self.rests_on_values.shrink_to_fit();
        self
    }

    /// Names a claim the finding is about; the first named is the one it points at. The
    /// first [`LISTED_CLAIMS`] are named: a finding about a group of thousands (figures
    /// that all disagree, a status contradicted by every later one) would otherwise hold
    /// the whole group, for each of its thousands of findings.
    pub fn about(mut self, claim: &Claim) -> Finding {
        self.name_claim(claim);
        self
    }

    fn name_claim(&mut self, claim: &Claim) {
        if self.claims.len() < LISTED_CLAIMS && !self.claims.contains(&claim.id.value) {
            self.claims.push(claim.id.value.clone());
        }
    }

    /// Says that the verdict uses `claim`'s `value:`, as a count or a figure compared:
    /// with that value miswritten the finding may be the slip alone, and the claim's CC202
    /// takes it in ([`merge::fold_into_unstated_values`]). The first named is the first
    /// whose CC202 takes it.
    /// A claim read by the figure its quote writes to another precision than `value:`
    /// ([`Claim::as_quoted`]) is said so in a note, as the verdict's figures are then not
    /// the YAML's.
    pub fn rests_on_value_of(mut self, claim: &Claim) -> Finding {
        if !self.rests_on_values.contains(&claim.id.value) {
            self.rests_on_values.push(claim.id.value.clone());
            if let (Some(figure), Some(value)) = (claim.as_quoted(), &claim.value) {
                self.notes.push(format!(
                    "`{}` stands for {}, as the article writes it (`{}`); its `value: {}` is \
                     written to another precision",
                    claim.id.value,
                    claim.reading_in_words(),
                    figure.text,
                    value.value.text
                ));
            }
        }
        self
    }

    /// Names every claim of `claims` the finding is about, in order.
    pub fn about_all<'c>(mut self, claims: impl IntoIterator<Item = &'c Claim>) -> Finding {
        for claim in claims {
            if self.claims.len() >= LISTED_CLAIMS {
                break;
            }
            self.name_claim(claim);
        }
        self
    }

    /// Attaches the kind's typed facts of the finding.
    pub fn data(mut self, data: &impl serde::Serialize) -> Finding {
        self.data = crate::diagnostic::Data::of(data);
        self
    }

    /// Says what identifies the finding across edits: the claim it is reported on and
    /// what it says of it ([`Identity`]).
    pub fn identified_by(mut self, claim: &Claim, data: Vec<String>) -> Finding {
        self.identity = Some(Box::new(Identity {
            claim: claim.id.value.clone(),
            data,
            mirror: None,
        }));
        self
    }

    /// For a finding between two claims: the identity of the finding that would report
    /// `other` instead, with `data` as that finding would say it.
    pub fn mirrored_by(mut self, other: &Claim, data: Vec<String>) -> Finding {
        if let Some(identity) = &mut self.identity {
            identity.mirror = Some((other.id.value.clone(), data));
        }
        self
    }

    /// For a disagreement of two claims with nothing to say which is wrong: an `allow:`
    /// on `other` silences it as one on the claim it is reported on does.
    pub fn either_side(mut self, other: &Claim) -> Finding {
        self.counterpart = Some(other.id.value.clone());
        self
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

    /// Counts `more` involved that are not labelled, and says what they are (`claims`).
    pub fn unlabelled_as(mut self, more: usize, are: &'static str) -> Finding {
        self.unlabelled_are = are;
        self.unlabelled(more)
    }

    pub fn primary(mut self, at: Location, message: impl Into<Cow<'static, str>>) -> Finding {
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
    pub fn label(mut self, at: Location, message: impl Into<Cow<'static, str>>) -> Finding {
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
pub fn unread_claim_files(project: &Project) -> Option<String> {
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

fn kind_names() -> String {
    KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

/// The claims a rule looks at: those it names, or else those its `select:` chooses.
fn claims_of(rule: &Rule, project: &Project, index: &ClaimIndex) -> Vec<ClaimId> {
    rule.check
        .named_claims()
        .unwrap_or_else(|| rule.select.select(project, index))
}

/// What evaluating the rules gave.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Every rule's findings, in rule order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many claims each rule checked, in the order of the rules evaluated.
    pub claims_checked: Vec<usize>,
}

/// Evaluates every rule, in parallel on rayon's pool, calling `progress` as rules finish.
/// Rules are independent: each reads the project and returns its own findings, which are
/// collected in rule order, so the result does not depend on thread timing.
///
/// The rules run in tasks of up to [`RULES_PER_TASK`], each task's findings folded into
/// those before it as soon as the tasks before it are done (one rule's finding that another
/// rule found the same, [`merge::SameFindings`]), and a task stops early at
/// [`FINDINGS_PER_TASK`]: many copies of one rule failing on every claim hold one finding
/// per claim, not one per rule and claim.
///
/// `codes_off` are the codes the run turns off: their findings are still made (a baseline
/// entry that accepts one is in use), but help that only they would show is not searched
/// for (CC045's "did you mean").
pub fn evaluate_with_progress(
    rules: &[Rule],
    project: &Project,
    progress: Option<&crate::progress::Progress>,
    codes_off: &[Code],
) -> Evaluation {
    let mut index = ClaimIndex::new(project);
    if codes_off.contains(&Code::EmptySelection) {
        index.leave_out_suggestions();
    }
    let in_series = InSeries::find(rules, project, &index);
    let total = rules.len();
    let done = AtomicUsize::new(0);
    if let Some(progress) = progress {
        progress.report(crate::progress::Stage::Rules, 0, total);
    }
    let evaluate = |at: usize, rule: &Rule| {
        let selected = in_series
            .take_selection(at)
            .unwrap_or_else(|| claims_of(rule, project, &index));
        let named = named_by_id(rule, project, &selected);
        let context = Context {
            project,
            index: &index,
            rule,
            in_series: &in_series,
            named: &named,
        };
        let rule_file = project.files.name(rule.id.at.file);
        let mut evaluated =
            crate::processing::within(rule_file, || rule.check.evaluate(&context, &selected));
        let checked = evaluated.checked;
        let mut found: Vec<Diagnostic> = evaluated
            .findings
            .drain(..)
            .map(|finding| into_diagnostic(finding, rule))
            .collect();
        // A value of a `select:` list that no claim has (CC049) is the first thing to fix
        // about a rule that chose claims: its claims may be those the rule could judge.
        let unmatched = match selected.is_empty() || rule.check.named_claims().is_some() {
            true => Vec::new(),
            false => rule
                .select
                .values_selecting_nothing(project, &index, &rule.id, "select"),
        };
        if selected.is_empty() && rule.check.named_claims().is_none() {
            let mut warning = rule
                .select
                .selects_nothing(project, &index, &rule.id, "select");
            warning.rule = Some(rule.id.value.clone());
            found.push(warning);
        } else if checked == 0 && !selected.is_empty() && found.is_empty() && unmatched.is_empty() {
            // With or without `select:`: a rule over every claim that judges none of them
            // passes as if it had checked them. Not when a finding already says what the
            // rule made of its claims (an `against:` that selects nothing, figures only
            // dates keep apart).
            found.push(nothing_judged(rule, &selected, project, &evaluated));
        }
        for mut warning in unmatched {
            warning.rule = Some(rule.id.value.clone());
            found.push(warning);
        }
        // Claims named by id that the rule left out, while it judged others: a rule that
        // judged none says so above, with why.
        if checked > 0 && !evaluated.left_out.is_empty() {
            found.push(named_not_judged(rule, project, &evaluated.left_out));
        }
        if let Some(progress) = progress {
            let done = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress.report(crate::progress::Stage::Rules, done, total);
        }
        (found, checked)
    };
    let mut collected = merge::SameFindings::default();
    let mut claims_checked = Vec::with_capacity(rules.len());
    crate::ordered::fold_in_order(
        rules,
        crate::ordered::Bounds {
            items_per_task: RULES_PER_TASK,
            weight_per_task: FINDINGS_PER_TASK,
            tasks_held: TASKS_PER_THREAD * rayon::current_num_threads().max(1),
        },
        |at, rule| evaluate(at, rule),
        |(found, _)| found.len(),
        |index, (found, checked)| {
            let rule = &rules[index];
            let silenced: Vec<Code> = rule.allow.iter().map(|allow| allow.code.value).collect();
            let id: std::sync::Arc<str> = std::sync::Arc::from(rule.id.value.as_str());
            collected.diagnostics.reserve(found.len());
            for diagnostic in found {
                collected.add(diagnostic, &id, &silenced);
            }
            claims_checked.push(checked);
        },
    );
    index.free();
    let mut diagnostics = collected.diagnostics;
    diagnostics.shrink_to_fit();
    Evaluation {
        diagnostics,
        claims_checked,
    }
}

/// The most rules one task evaluates before their findings are folded into those
/// collected: enough that handing tasks out costs nothing beside the rules.
const RULES_PER_TASK: usize = 64;

/// A task stops at the rule whose findings bring its own to this many, so that rules that
/// each find something wrong with every claim are held a few at a time.
const FINDINGS_PER_TASK: usize = 1_024;

/// Tasks running or waiting for their findings to be folded, per thread of the pool: two,
/// so that a thread has the next task while one waits behind a slow rule.
const TASKS_PER_THREAD: usize = 2;

const NOTHING_JUDGED_HELP: &str = "select the claims the rule is meant for (`claimcheck list \
     claims` shows them), give them what the rule compares, or remove the rule";

/// The claims of `selected` that `rule`'s `select:` names by an id without `*`, in claim
/// order.
fn named_by_id(rule: &Rule, project: &Project, selected: &[ClaimId]) -> Vec<ClaimId> {
    if rule.check.named_claims().is_some() {
        return Vec::new();
    }
    let mut named: Vec<ClaimId> = (rule.select.id.iter())
        .filter(|id| !id.contains('*'))
        .filter_map(|id| project.claim_by_id(id))
        .filter(|id| selected.contains(id))
        .collect();
    named.sort_unstable();
    named.dedup();
    named
}

/// CC047's facts for claims a rule's `select:` names by id and the rule does not judge.
#[derive(serde::Serialize)]
struct NamedNotJudged<'a> {
    rule: &'a str,
    not_judged: Vec<&'a str>,
}

/// CC047 for claims a rule's `select:` names by id but the rule does not judge, while it
/// judges others (`left_out`): the rule would pass as if it had checked them. One warning
/// for the rule, labelled at each id in `select:`, with why of each in a note.
fn named_not_judged(rule: &Rule, project: &Project, left_out: &[LeftOut]) -> Diagnostic {
    let ids: Vec<&str> = left_out
        .iter()
        .map(|left| project.claim(left.claim).id.value.as_str())
        .collect();
    let message = match ids.as_slice() {
        [one] => format!(
            "rule `{}` names `{one}` in its `select:` but cannot judge it",
            rule.id.value
        ),
        several => format!(
            "rule `{}` names {} claims in its `select:` that it cannot judge: {}",
            rule.id.value,
            several.len(),
            ids_in_words(several.iter().copied())
        ),
    };
    // Each id where `select:` writes it, else the `select:` itself.
    let written = |id: &str| {
        rule.select
            .written
            .iter()
            .find(|(field, value)| *field == "id" && value.value == id)
            .map(|(_, value)| value.at)
    };
    let mut places = ids
        .iter()
        .map(|id| written(id).unwrap_or(rule.select.at.unwrap_or(rule.id.at)));
    let first = places.next().unwrap_or(rule.id.at);
    let mut warning = Diagnostic::new(Code::NothingJudged, message, first, "not judged");
    for at in places.take(RELATED_LABELS) {
        warning = warning.with_label(at, "not judged");
    }
    let notes: Vec<String> = left_out
        .iter()
        .map(|left| format!("`{}` {}", project.claim(left.claim).id.value, left.why))
        .collect();
    for note in first_unjudged(notes, "claims") {
        warning = warning.with_note(note);
    }
    for id in &ids {
        warning = warning.about_claim(id);
    }
    let mut warning = warning
        .with_help(
            "a claim named in `select:` is one the rule is meant to check: give it what the rule \
             compares (the unit of the others, a value, another date), or take it out of \
             `select:`, so that the rule does not seem to check it",
        )
        .with_data(&NamedNotJudged {
            rule: &rule.id.value,
            not_judged: ids.clone(),
        });
    warning.rule = Some(rule.id.value.clone());
    warning
}

/// CC047: a rule selected claims but could judge none of them, and would otherwise pass as
/// if they agreed.
fn nothing_judged(
    rule: &Rule,
    selected: &[ClaimId],
    project: &Project,
    evaluated: &Evaluated,
) -> Diagnostic {
    let unjudged = &evaluated.unjudged;
    // A rule without `select:` takes every claim: said so, as no `select:` is there to
    // label.
    let every = rule.select.written.is_empty() && evaluated.also_selected.is_none();
    let (claims, judged) = match (selected.len(), evaluated.also_selected) {
        (1, None) if every => ("takes every claim (1)".to_string(), "cannot judge it"),
        (n, None) if every => (format!("takes every claim ({n})"), "can judge none of them"),
        (1, None) => ("selects 1 claim".to_string(), "cannot judge it"),
        (n, None) => (format!("selects {n} claims"), "can judge none of them"),
        // The claims of both selectors: "selects 1 claim, and its `against:` 2, but ...".
        (n, Some((field, also))) => (
            format!(
                "selects {n} {}, and its `{field}:` {also},",
                if n == 1 { "claim" } else { "claims" }
            ),
            "can judge none of them",
        ),
    };
    let mut warning = Diagnostic::new(
        Code::NothingJudged,
        format!(
            "rule `{}` {claims} but {judged}: it checks nothing",
            rule.id.value
        ),
        rule.select.at.unwrap_or(rule.id.at),
        match every {
            true => "no `select:`: takes every claim".to_string(),
            false => format!(
                "selects {} {}",
                selected.len(),
                if selected.len() == 1 {
                    "claim"
                } else {
                    "claims"
                }
            ),
        },
    );
    // Claims whose subject could be several places are each compared with no other: that,
    // not the selection, is then what to mend first, and said first.
    let unsettled: Vec<&Claim> = match rule.check.compares_by_subject() {
        true => selected
            .iter()
            .map(|&id| project.claim(id))
            .filter(|claim| matches!(claim.subject_key(), crate::model::NameKey::Unsettled(..)))
            // Only claims with something to compare: the others say so for themselves.
            .filter(|claim| claim.value.is_some() || claim.members_at().is_some())
            .collect(),
        false => Vec::new(),
    };
    if !unsettled.is_empty() {
        warning = warning.with_note(format!(
            "{} {} a subject that could be any of several places (CC024): the rule compares \
             such a claim with no other until its subject names one place",
            claims_in_words(
                &unsettled,
                |claim| claim,
                |claim| claim.subject.value.to_string()
            ),
            if unsettled.len() == 1 { "has" } else { "have" }
        ));
    }
    // Claims that write a value which did not read are judged by no rule: their CC015 is
    // what to mend, said before what the rule kind needs.
    let unreadable: Vec<&Claim> = selected
        .iter()
        .map(|&id| project.claim(id))
        .filter(|claim| claim.value_unreadable)
        .collect();
    if !unreadable.is_empty() {
        warning = warning.with_note(format!(
            "{} {} a `value:` that does not read (CC015), so the rule has no value of {} to \
             compare",
            ids_in_words(unreadable.iter().map(|claim| claim.id.value.as_str())),
            if unreadable.len() == 1 {
                "writes"
            } else {
                "write"
            },
            if unreadable.len() == 1 { "it" } else { "them" },
        ));
    }
    let kind = rule.kind.to_string();
    warning = warning.with_note(format!(
        "{} `{kind}` rule: {}",
        crate::words::indefinite_article(&kind),
        rule.check.nothing_judged()
    ));
    for note in unjudged {
        warning = warning.with_note(note.clone());
    }
    let mut help = Vec::new();
    // Claims left out for their errors may be the ones that would give the rule
    // something to judge: those errors are what to fix first.
    match project.rejected_claims.len() {
        0 => {}
        1 => help.push(
            "1 claim was written but did not load, for the errors reported with it: fix \
             those first, as the rule may need it."
                .to_string(),
        ),
        n => help.push(format!(
            "{n} claims were written but did not load, for the errors reported with them: \
             fix those first, as the rule may need them."
        )),
    }
    if !unsettled.is_empty() {
        help.push(
            "write which place each of those subjects is, as CC024's help says, and the rule \
             can compare them."
                .to_string(),
        );
    }
    if !unreadable.is_empty() {
        help.push(
            "write each `value:` that does not read as CC015's help says, and the rule can \
             judge its claim."
                .to_string(),
        );
    }
    help.push(NOTHING_JUDGED_HELP.to_string());
    warning = warning.with_help(crate::diagnostic::sentences(&help));
    warning.rule = Some(rule.id.value.clone());
    warning
}

/// Applies the rule's wording, severity and location to a finding. The headline stays the
/// finding's own sentence (what exactly is wrong); the rule author's message follows it
/// as a note, and the author's help replaces the kind's default help.
fn into_diagnostic(finding: Finding, rule: &Rule) -> Diagnostic {
    let mut notes = finding.notes;
    if finding.unlabelled > 0 {
        notes.push(format!(
            "{} more {} are involved and not labelled (the first {RELATED_LABELS} are)",
            finding.unlabelled, finding.unlabelled_are
        ));
    }
    if let Some(message) = &rule.message {
        notes.push(format!("rule `{}`: {message}", rule.id.value));
    }
    let mut labels = finding.labels;
    labels.push(Label {
        location: rule.id.at,
        message: format!("rule `{}` ({})", rule.id.value, rule.kind).into(),
        primary: false,
    });
    let mut diagnostic = Diagnostic {
        code: finding.code,
        severity: rule.severity.unwrap_or(finding.code.default_severity()),
        message: finding.message,
        labels,
        help: Some(rule.help.clone().map_or(finding.help, Cow::Owned)),
        notes,
        rule: Some(rule.id.value.clone()),
        claims: finding.claims,
        data: finding.data,
        identity: finding.identity,
        counterpart: finding.counterpart,
        rests_on_values: finding.rests_on_values,
        folded: Vec::new(),
        also_found_by: Vec::new(),
    };
    diagnostic.shrink_to_fit();
    diagnostic
}

#[cfg(test)]
mod kind_tests {
    use super::*;

    #[test]
    fn every_kind_module_is_registered() {
        // A kind's module compiles whether or not `KINDS` lists it; unlisted, its rules
        // would be reported as of an unknown kind.
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if !text.contains("\npub const KIND: Kind = Kind {") {
                continue;
            }
            let name = path.file_stem().unwrap().to_str().unwrap();
            assert!(
                Kind::find(name).is_some(),
                "src/rules/{name}.rs declares a KIND that `KINDS` does not list"
            );
        }
    }

    #[test]
    fn every_rule_finding_code_belongs_to_exactly_one_kind() {
        // `claimcheck explain KIND` and the README list a kind's codes from `KIND.codes`.
        for code in Code::ALL {
            let owners: Vec<&str> = KINDS
                .iter()
                .filter(|kind| kind.codes.contains(code))
                .map(|kind| kind.name)
                .collect();
            let expected = usize::from(code.category() == crate::codes::Category::Rule);
            assert_eq!(
                owners.len(),
                expected,
                "{} is listed by {owners:?}",
                code.id()
            );
        }
    }

    #[test]
    fn every_kinds_example_is_a_rules_file_of_that_kind_and_its_codes_are_its_own() {
        let limits = crate::load::Limits::default();
        for kind in KINDS {
            assert!(
                crate::syntax::yaml::parse(kind.example, &limits).is_ok(),
                "{}: the example is not YAML",
                kind.name
            );
            assert!(kind.example.contains(&format!("kind: {}\n", kind.name)));
            for field in kind.fields {
                assert!(
                    kind.example.contains(&format!("{}:", field.name)),
                    "{}: the example does not show `{}`",
                    kind.name,
                    field.name
                );
            }
            assert!(!kind.codes.is_empty());
            let text = kind.explanation();
            assert!(text.contains("Parameters") && text.contains("Example"));
        }
    }
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

    #[test]
    fn a_rule_that_judges_nothing_names_three_groups_and_three_claims_of_each_and_counts_the_rest()
    {
        // Five series, each of one date, the first of five claims.
        let mut claims = "source: article\nclaims:\n".to_string();
        for (metric, count) in [("m1", 5), ("m2", 2), ("m3", 2), ("m4", 2), ("m5", 2)] {
            for n in 0..count {
                claims.push_str(&format!(
                    "  - {{ id: {metric}-{n}, quote: x, subject: Gansu, metric: {metric}, value: {n}, unit: county, as_of: 2019-12-31 }}\n"
                ));
            }
        }
        let outcome = check_files(&[
            ("claims/c.yaml", &claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: monotonic, select: { unit: county } }\n",
            ),
        ]);
        assert_eq!(codes(&outcome), vec![Code::NothingJudged]);
        let notes = &outcome.diagnostics[0].notes;
        assert_eq!(notes.len(), 5, "{notes:#?}");
        assert!(
            notes[1].ends_with(
                "`m1-0` (0 on 2019-12-31), `m1-1` (1 on 2019-12-31), `m1-2` (2 on 2019-12-31) \
                 and 2 more; figures of one date that cannot all be true disagree, which an \
                 `agreement` rule reports (CC141)"
            ),
            "{}",
            notes[1]
        );
        assert!(notes[3].starts_with("in the series of Gansu `m3`"));
        assert_eq!(notes[4], "2 more series like these");
    }

    #[test]
    fn a_rule_that_judges_nothing_for_subjects_several_places_share_says_so_and_names_them() {
        let entities = "entities:\n  - { name: Spain, kind: country }\n  - { name: Argentina, kind: country }\n  - { name: Córdoba, kind: province, parent: Spain }\n  - { name: Córdoba, kind: province, parent: Argentina }\n";
        let claims = "source: article\nclaims:\n  - { id: c21, quote: x, subject: Córdoba, metric: people, value: 776789, unit: person, period: 2021 }\n  - { id: c22, quote: x, subject: Córdoba, metric: people, value: 700000, unit: person, period: 2022 }\n";
        let rule = "rules:\n  - { id: r, kind: monotonic, select: { metric: people } }\n";
        let outcome = check_files(&[
            ("entities/places.yaml", entities),
            ("claims/c.yaml", claims),
            ("rules/r.yaml", rule),
        ]);
        let nothing = nothing_judged_in(&outcome);
        assert_eq!(nothing.len(), 1);
        assert!(
            nothing[0].notes.iter().any(|note| note
                == "`c21` (Córdoba) and `c22` (Córdoba) have a subject that could be any of \
                    several places (CC024): the rule compares such a claim with no other until \
                    its subject names one place"),
            "{:#?}",
            nothing[0].notes
        );
        let help = nothing[0].help.as_deref().unwrap_or_default();
        assert!(
            help.starts_with("write which place each of those subjects is"),
            "{help}"
        );
        // A range rule judges each claim alone: its subject's places do not matter to it.
        let outcome = check_files(&[
            ("entities/places.yaml", entities),
            ("claims/c.yaml", claims),
            (
                "rules/r.yaml",
                "rules:\n  - { id: r, kind: range, min: 0, select: { metric: people } }\n",
            ),
        ]);
        assert!(
            !outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::NothingJudged)
        );
    }

    /// The CC047s of `outcome`.
    fn nothing_judged_in(outcome: &crate::check::Outcome) -> Vec<&crate::diagnostic::Diagnostic> {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::NothingJudged)
            .collect()
    }

    #[test]
    fn a_rule_that_judges_nothing_for_values_that_do_not_read_points_at_them() {
        let claims = "source: article\nclaims:\n  - { id: sch, quote: x, subject: Gansu, metric: schools, value: \"3,5\", unit: school }\n";
        let rule = "rules:\n  - { id: r, kind: range, max: 10, select: { metric: schools } }\n";
        let outcome = check_files(&[("claims/c.yaml", claims), ("rules/r.yaml", rule)]);
        let nothing = nothing_judged_in(&outcome);
        assert_eq!(nothing.len(), 1);
        assert_eq!(
            nothing[0].notes[0],
            "`sch` writes a `value:` that does not read (CC015), so the rule has no value of it \
             to compare"
        );
        let help = nothing[0].help.as_deref().unwrap_or_default();
        assert!(
            help.starts_with("write each `value:` that does not read as CC015's help says"),
            "{help}"
        );
    }

    /// Two claims of subject Gansu and metric `m`, `a` then `b` a year later, in `unit`.
    fn two(a: &str, b: &str, unit: &str, rule: &str) -> Vec<Code> {
        let outcome = check_files(&[
            (
                "claims/c.yaml",
                &format!(
                    "source: article\nclaims:\n  - {{ id: a, quote: x, subject: Gansu, metric: m, value: \"{a}\", unit: {unit}, as_of: 2019-12-31 }}\n  - {{ id: b, quote: x, subject: Gansu, metric: m, value: \"{b}\", unit: {unit} }}\n"
                ),
            ),
            (
                "rules/r.yaml",
                &format!("rules:\n  - {{ id: r, {rule} }}\n"),
            ),
        ]);
        codes(&outcome)
    }

    #[test]
    fn every_kind_reads_a_counted_figure_as_exact_and_a_measured_one_as_an_interval() {
        // 468 counties is exactly 468; 468 km2 is an area rounded to the km2.
        let equation = "kind: equation, expression: a == 468.3";
        assert_eq!(
            two("468", "1", "county", equation),
            vec![Code::EquationFails]
        );
        assert_eq!(two("468", "1", "km2", equation), vec![]);
        let agreement = "kind: agreement, key: [subject, metric]";
        assert_eq!(
            two("17", "17.4", "county", agreement),
            vec![Code::ValuesDisagree]
        );
        assert_eq!(two("17", "17.4", "km2", agreement), vec![]);
        let range = "kind: range, select: { id: a }, not_above: b";
        assert_eq!(two("75", "74.8", "county", range), vec![Code::OutOfRange]);
        assert_eq!(two("75", "74.8", "km2", range), vec![]);
        let monotonic = "kind: monotonic";
        assert_eq!(
            two("17", "16.8", "county", monotonic),
            vec![Code::SeriesBreaks]
        );
        assert_eq!(two("17", "16.8", "yuan", monotonic), vec![]);
    }
}
