//! Rules: the cross-checks over claims, read from `rules/*.yaml`.
//!
//! Every rule has an id, a `kind`, a `select:` choosing its claims, a severity, and the
//! author's own `message` and `help`. Each kind lives in its own module, holding its
//! documentation (its `KIND`: summary, parameters, codes, example), its finding type, its
//! logic and its tests; [`KINDS`] is the registry that maps a kind's name to the module.
//!
//! This file holds what every kind uses: what a kind does once read ([`Check`]), what it
//! sees ([`Context`]) and gives ([`Evaluated`], [`Finding`]), and the words for groups of
//! claims its findings share. The registry of kinds is in `kind.rs`, reading the rule files
//! in `load.rs`, and running the rules in `evaluate.rs`.

// The modules of the rule kinds, each registered in `KINDS` (`kind.rs`); `merge` and
// `select` serve every kind. (Declared here, not by a macro: rustfmt formats only the
// modules it sees declared.)
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

mod evaluate;
mod kind;
mod load;

use std::borrow::Cow;
use std::fmt;

use rayon::prelude::*;

use crate::codes::Code;
use crate::diagnostic::{Identity, Label, Located, Location, Severity};
use crate::hashing::HashMap;
use crate::model::{Claim, ClaimId, Project};
pub use evaluate::{Evaluation, evaluate_with_progress};
pub use kind::{KINDS, Kind, kind_names};
pub use load::{COMMON_FIELDS, Loaded, RULES_FILE, load};
pub use select::{ClaimIndex, Selector};

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
    /// `allow:` silences it too
    /// ([`Diagnostic::counterpart`](crate::diagnostic::Diagnostic::counterpart)).
    pub counterpart: Option<String>,
    /// The claims whose `value:` the verdict uses
    /// ([`Diagnostic::rests_on_values`](crate::diagnostic::Diagnostic::rests_on_values)).
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
    /// hold ([`Diagnostic::shrink_to_fit`](crate::diagnostic::Diagnostic::shrink_to_fit)):
    /// for the kinds that may find something wrong with every claim, whose findings are all
    /// held until the rule is done.
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

/// The claims a rule looks at: those it names, or else those its `select:` chooses.
fn claims_of(rule: &Rule, project: &Project, index: &ClaimIndex) -> Vec<ClaimId> {
    rule.check
        .named_claims()
        .unwrap_or_else(|| rule.select.select(project, index))
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::{check_files, codes};

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
