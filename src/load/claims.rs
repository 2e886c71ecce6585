//! Reading `claims/*.yaml`: one file per article, a default `source:` and a `claims:` list.

use crate::codes::Code;
use crate::date::{Date, Period};
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::hashing::Memo;
use crate::intern::{Interner, Name};
use crate::model::{Listing, RareFields};
use crate::quantity::Quantity;
use crate::syntax::Document;
use crate::syntax::fields::{Reader, Record};
use crate::syntax::spec::{Field, Need, Shape, choice_names};
use crate::syntax::yaml::Value;

/// The top level of a claims file.
pub const CLAIMS_FILE: &[Field] = &[
    Field::optional(
        "source",
        Shape::Id,
        "The id of the source (in sources/*.yaml) that every claim in this file cites, unless a \
         claim names its own `source:`.",
    ),
    Field::required(
        "claims",
        Shape::Records(CLAIM),
        "The claims the article makes.",
    ),
];

/// The words of `list:`.
const LISTINGS: &[(&str, Listing)] = &[
    ("exhaustive", Listing::Exhaustive),
    ("partial", Listing::Partial),
];
const LISTING_NAMES: [&str; LISTINGS.len()] = choice_names(LISTINGS);

/// The fields of a claim. It needs its own `source:` when its file has none (the schema
/// says so with a condition on the file).
pub const CLAIM: &[Field] = &[
    Field::required(
        "id",
        Shape::Id,
        "A unique id across all claims files: lowercase letters, digits and hyphens, e.g. \
         `gansu-poor-counties`. Rules name claims by it.",
    ),
    Field::optional(
        "source",
        Shape::Id,
        "The id of the source this claim cites; overrides the file's `source:`.",
    ),
    Field::required(
        "quote",
        Shape::Text,
        "The passage of the article the claim comes from, copied verbatim.",
    ),
    Field::required(
        "subject",
        Shape::Text,
        "What the claim is about: an entity's name or alias from entities/*.yaml, e.g. `Gansu`.",
    ),
    Field::required(
        "metric",
        Shape::Text,
        "What is measured, e.g. `poor counties`. Claims of one quantity share a metric.",
    ),
    Field::optional(
        "as_of",
        Shape::Date,
        "The date the claim speaks of, YYYY-MM-DD. Defaults to the source's publication date.",
    ),
    Field::optional(
        "period",
        Shape::Period,
        "The period a figure covers: YYYY, YYYY-MM-DD or START/END (each a YYYY-MM-DD or a YYYY), \
         e.g. 2020-11-16/2020-11-22 or 2019/2021.",
    ),
    Field::optional(
        "value",
        Shape::Figure,
        "The figure as the article writes it: 17, \"7,993\", \"3.29 million\", \"0.85%\", \
         \"more than 10,000\", \"about 40\", three. Needs a `unit:` unless it is a percentage.",
    )
    .need(Need::OneOf(STATEMENT)),
    Field::optional(
        "unit",
        Shape::Text,
        "What the value counts, as a singular noun: county, person, yuan, province, percent.",
    ),
    Field::optional(
        "members",
        Shape::TextList,
        "The names the quote lists, e.g. [Gansu, Guangxi]: entities' names or aliases.",
    )
    .need(Need::OneOf(STATEMENT)),
    Field::optional(
        "list",
        Shape::Choice(&LISTING_NAMES),
        "Whether `members` names every member (exhaustive, the default) or only some \
         (partial: \"including ...\", \"etc.\").",
    ),
    Field::optional(
        "status",
        Shape::Text,
        "A dated status word, e.g. `complete` or `not complete`.",
    )
    .need(Need::OneOf(STATEMENT)),
    Field::optional("note", Shape::Text, "Free text for reviewers."),
    Field::optional(
        "allow",
        Shape::Records(crate::suppress::FIELDS),
        "Codes silenced for this claim, each with the reason why.",
    ),
];

/// What a claim states: at least one of `value`, `status` and `members` (CC017).
const STATEMENT: &str = "a value, status or members";

const UNIT_HELP: &str = "add `unit:` with a singular noun: county, person, yuan, village...";

/// A claim as written, before its source and entities are resolved.
pub struct RawClaim {
    pub id: Located<String>,
    /// The claim's own `source:` or else its file's.
    pub source: Located<Name>,
    pub quote: Located<Box<str>>,
    pub subject: Located<Name>,
    pub metric: Located<Name>,
    pub as_of: Option<Located<Date>>,
    pub value: Option<Located<Quantity>>,
    /// `value:` was written but did not read as a figure.
    pub value_unreadable: bool,
    pub unit: Option<Located<Name>>,
    /// The list node and its names; boxed, as most claims have none.
    pub members: Option<Box<(Location, Vec<Located<Name>>)>>,
    pub listing: Listing,
    /// `period:`, `status:`, `note:` and `allow:`, when any is written.
    pub rare: Option<Box<RareFields>>,
    pub at: Location,
}

/// A claim entry written but not loaded, for errors of its own (already reported).
pub struct Unloaded {
    /// Its `id:`, when one is written, so that a rule naming it can say why it is missing.
    pub id: Option<Located<String>>,
    /// The whole entry, the claim's `source:` (or its file's) and its `quote:`, as far as
    /// they are written as single values: its errors show the passage the quote stands
    /// for, as a loaded claim's do.
    pub at: Location,
    pub source: Option<Name>,
    pub quote: Option<Located<Box<str>>>,
}

/// Reads a claims file: the claims that are valid, and those that are not (each already
/// reported). Sources, subjects, metrics, units, members and status words are stored once
/// in `names`.
pub fn read(
    document: &Document,
    names: &Interner,
    diagnostics: &mut Diagnostics,
) -> (Vec<RawClaim>, Vec<Unloaded>) {
    let mut reader = Reader {
        file: document.file,
        diagnostics,
    };
    let Some(top) = reader.record(&document.root, "claims file", CLAIMS_FILE) else {
        return (Vec::new(), Vec::new());
    };
    let names = &mut FileNames::new(names);
    let file_source = reader.text(&top, "source").map(|s| names.as_written(s));
    let Some(list) = top.get("claims") else {
        reader.missing(
            &top,
            "claims",
            "list the claims under a top-level `claims:` key",
        );
        return (Vec::new(), Vec::new());
    };
    let nodes = reader.list(list, "claims");
    let mut out = Vec::with_capacity(nodes.len());
    let mut rejected = Vec::new();
    for node in nodes {
        let Some(record) = reader.record(node, "claim", CLAIM) else {
            continue;
        };
        match read_claim(&mut reader, names, &record, file_source.as_ref()) {
            Some(claim) => out.push(claim),
            None => {
                // Read as written, without a word more: each field's error is reported.
                let scalar = |field: &str| {
                    let node = record.get(field)?;
                    match &node.value {
                        Value::Scalar(text) if !text.trim().is_empty() => {
                            Some(Located::new(text.clone(), reader.at(node)))
                        }
                        _ => None,
                    }
                };
                let source = match record.get("source") {
                    Some(_) => scalar("source").map(|source| names.as_written(source).value),
                    None => file_source
                        .as_ref()
                        .map(|source| Name::clone(&source.value)),
                };
                rejected.push(Unloaded {
                    id: scalar("id"),
                    at: reader.at(record.node),
                    source,
                    quote: scalar("quote")
                        .map(|quote| Located::new(quote.value.into_boxed_str(), quote.at)),
                });
            }
        }
    }
    (out, rejected)
}

fn read_claim(
    reader: &mut Reader,
    names: &mut FileNames,
    record: &Record,
    file_source: Option<&Located<Name>>,
) -> Option<RawClaim> {
    let id = reader.id(
        record,
        "id",
        "give the claim a unique id such as `gansu-poor-counties`",
    );
    let source = match reader.text(record, "source") {
        Some(source) => Some(names.as_written(source)),
        None if record.get("source").is_some() => None,
        None => match file_source {
            Some(source) => Some(source.clone()),
            None => {
                reader.missing(
                    record,
                    "source",
                    "name the source with `source:` on the claim, or once at the top of the file",
                );
                None
            }
        },
    };
    let quote = reader.required_text(
        record,
        "quote",
        "copy the sentence the claim comes from, verbatim, as `quote:`",
    );
    let subject = reader
        .required_text(
            record,
            "subject",
            "name what the claim is about (an entity) as `subject:`",
        )
        .map(|subject| names.canonical(subject));
    let metric = reader
        .required_text(
            record,
            "metric",
            "say what is measured as `metric:`, e.g. `poor counties`",
        )
        .map(|metric| names.composed(metric));
    let as_of = reader.date(record, "as_of");
    // A field written but unreadable is reported where it is written; the claim is then left
    // out, as one with a blank required field is. Loaded with the field's default instead
    // (its source's date for `as_of:`, an exhaustive list for `list:`), it would be judged
    // by the rules on a date or a listing it does not state, and their findings would send
    // the author after a discrepancy that is not in the article.
    let mut left_out = record.get("as_of").is_some() && as_of.is_none();
    let period = reader.text(record, "period").and_then(|text| {
        match Period::parse(&text.value) {
            Ok(period) => Some(Located::new(period, text.at)),
            Err(error) => {
                // A day the calendar lacks is told as one, not as a period's wrong form.
                let (label, help) = if crate::date::is_no_such_day(&error) {
                    ("no such day", crate::date::NO_SUCH_DAY_HELP.to_string())
                } else {
                    (
                        "not a period",
                        crate::syntax::fields::other_order_help(&text.value).unwrap_or_else(|| {
                            "write a period as YYYY, YYYY-MM-DD or START/END (each a YYYY-MM-DD \
                             or a YYYY), e.g. 2020-11-16/2020-11-22 or 2019/2021"
                                .into()
                        }),
                    )
                };
                reader.diagnostics.push(
                    Diagnostic::new(Code::InvalidDate, error.message, text.at, label)
                        .with_help(help),
                );
                None
            }
        }
    });
    left_out |= record.get("period").is_some() && period.is_none();
    let value_written = record.has_or_misspelt("value");
    let unit_written = record.get("unit").and_then(|node| match &node.value {
        Value::Scalar(unit) if !unit.trim().is_empty() => Some(unit.trim()),
        _ => None,
    });
    let value = reader
        .text(record, "value")
        .and_then(|text| reader.figure_in(text, unit_written));
    let unit = reader
        .named_text(
            record,
            "unit",
            "write what the value counts as a singular noun: county, person, yuan, village...",
        )
        .map(|unit| names.composed(unit));
    // A blank unit, status or member name is reported; the claim is then left out, as
    // one with a blank required field is, rather than read as if the field were not there.
    left_out |= record.get("unit").is_some() && unit.is_none();
    let members = reader.text_list(record, "members").map(|(at, members)| {
        let members: Vec<Located<Name>> = members
            .into_iter()
            .filter_map(|member| {
                let named = reader.not_blank(
                    member,
                    || "a name in `members`",
                    "write each member's name, or delete the empty entry",
                );
                left_out |= named.is_none();
                named
            })
            .map(|member| names.canonical(member))
            .collect();
        Box::new((at, members))
    });
    let listing = reader.choice(record, "list", LISTINGS);
    left_out |= record.get("list").is_some() && listing.is_none();
    let listing = listing.map_or(Listing::Exhaustive, |l| l.value);
    let status = reader
        .named_text(
            record,
            "status",
            "write the status word the article gives, e.g. `status: complete`, or leave \
             `status:` out",
        )
        .map(|status| names.composed(status));
    left_out |= record.get("status").is_some() && status.is_none();
    let note = reader.text(record, "note");
    let allow = crate::suppress::read(reader, record);

    if let Some(value) = &value
        && !record.has_or_misspelt("unit")
        && !value.value.is_percent
    {
        reader.diagnostics.push(
            Diagnostic::new(
                Code::MissingField,
                format!("the value `{}` has no unit", value.value.text),
                value.at,
                "a value needs a `unit:`",
            )
            .with_help(UNIT_HELP),
        );
    }
    let states_nothing =
        !value_written && !record.has_or_misspelt("status") && !record.has_or_misspelt("members");
    // A claim that states nothing but under a key taken for no field (`zahl: 118`) may
    // state it there: one problem, told once, at the key, which is its cause. Were it
    // reported beside the key's CC010, at the claim's id, it would come first, before
    // its cause, and ask for a value the claim may well have written.
    let told_at_key = states_nothing
        && record.unidentified_key().is_some_and(|key| {
            let at = reader.at(key);
            let (Value::Scalar(key), Some(unknown)) = (
                &key.value,
                reader.diagnostics.kept_at_mut(Code::UnknownField, &at),
            ) else {
                return false;
            };
            let helped = unknown.help.as_deref().unwrap_or_default();
            unknown.help = Some(
                format!(
                    "{helped}; this claim states no `value`, `status` or `members`: if \
                     `{key}` is one of them, write it by that name"
                )
                .into(),
            );
            true
        });
    if states_nothing
        && !told_at_key
        && let Some(id) = &id
    {
        reader.diagnostics.push(
            Diagnostic::new(
                Code::IncompleteClaim,
                format!(
                    "claim `{}` states nothing: no value, status or members",
                    id.value
                ),
                id.at,
                "this claim states nothing",
            )
            .with_help(
                "add the figure as `value:` (with `unit:`), a dated `status:`, \
                 or the `members:` the quote lists",
            ),
        );
    }
    if left_out {
        return None;
    }
    Some(RawClaim {
        id: id?,
        source: source?,
        quote: quote.map(|quote| Located::new(quote.value.into_boxed_str(), quote.at))?,
        subject: subject?,
        metric: metric?,
        as_of,
        value_unreadable: record.get("value").is_some() && value.is_none(),
        value,
        unit,
        members,
        listing,
        rare: RareFields {
            period,
            status,
            note,
            allow,
            as_quoted: None,
            misspelt_members: Vec::new(),
        }
        .boxed(),
        at: reader.at(record.node),
    })
}

/// The names of one claims file, each written form looked up once: a file writes its few
/// subjects, metrics and units again in every claim, and each lookup in the shared
/// [`Interner`] takes a lock and, for a subject or a member, a normalization.
struct FileNames<'a> {
    shared: &'a Interner,
    /// Text as written -> its shared name, one table per form it is stored in.
    seen_as_written: Memo<Box<str>, Name>,
    seen_composed: Memo<Box<str>, Name>,
    seen_canonical: Memo<Box<str>, Name>,
}

impl<'a> FileNames<'a> {
    fn new(shared: &'a Interner) -> FileNames<'a> {
        FileNames {
            shared,
            seen_as_written: Memo::new(),
            seen_composed: Memo::new(),
            seen_canonical: Memo::new(),
        }
    }

    /// A source id, as written.
    fn as_written(&mut self, text: Located<String>) -> Located<Name> {
        let shared = self.shared;
        Self::remembered(&mut self.seen_as_written, text, |text| shared.intern(text))
    }

    /// A metric, unit or status word in its [spaced form](crate::normalize::spaced_phrase)
    /// (NFC, single spaces). Claims are grouped and compared by these as written, so that
    /// one typed with composed accents and one with decomposed ones (`đồng`), or with a
    /// doubled space, are the same; the location still points at the YAML.
    fn composed(&mut self, text: Located<String>) -> Located<Name> {
        let shared = self.shared;
        Self::remembered(&mut self.seen_composed, text, |text| {
            shared.intern(&crate::normalize::spaced_phrase(text))
        })
    }

    /// A subject or member name in its [canonical form](crate::normalize::canonical_name):
    /// claims that name a place not in the registry are grouped by it, so `Ra’s al Khaymah`
    /// and `Ra's al Khaymah`, composed or decomposed, are one place.
    fn canonical(&mut self, name: Located<String>) -> Located<Name> {
        let shared = self.shared;
        Self::remembered(&mut self.seen_canonical, name, |text| {
            shared.intern(&crate::normalize::canonical_name(text))
        })
    }

    /// The name `store` makes of `text`, looked up in `seen` first.
    fn remembered(
        seen: &mut Memo<Box<str>, Name>,
        text: Located<String>,
        store: impl FnOnce(&str) -> Name,
    ) -> Located<Name> {
        if let Some(name) = seen.get(text.value.as_str()) {
            return Located::new(Name::clone(name), text.at);
        }
        let name = store(&text.value);
        seen.remember(text.value.into_boxed_str(), Name::clone(&name));
        Located::new(name, text.at)
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::Code;
    use crate::testing::check_files;

    /// The codes of an outcome other than the warnings about names the test registry lacks.
    fn codes_besides_unknown_names(outcome: &crate::check::Outcome) -> Vec<Code> {
        outcome
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|&c| c != Code::UnknownEntity)
            .collect()
    }

    #[test]
    fn a_claim_stating_nothing_beside_an_unknown_key_is_told_so_once_at_the_key() {
        let outcome = check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, zahl: 75, unit: county }\n  - { id: b, quote: x, subject: Gansu, metric: n, valor: 75, unidade: county }\n  - { id: c, quote: x, subject: Gansu, metric: o, unit: county }\n",
        )]);
        let found: Vec<(Code, &str)> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.code != Code::UnknownEntity)
            .map(|d| (d.code, d.help.as_deref().unwrap_or_default()))
            .collect();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert_eq!(found[0].0, Code::UnknownField);
        assert!(
            found[0].1.ends_with(
                "; this claim states no `value`, `status` or `members`: if `zahl` is one of \
                 them, write it by that name"
            ),
            "{found:#?}"
        );
        // Keys taken for `value:` and `unit:`: neither is missing besides.
        assert_eq!(
            found[1..3],
            [
                (
                    Code::UnknownField,
                    "did you mean `value`? (`valor` is Spanish and Portuguese for it)"
                ),
                (
                    Code::UnknownField,
                    "did you mean `unit`? (`unidade` is Portuguese for it)"
                ),
            ]
        );
        // With no unknown key, stating nothing is its own finding.
        assert_eq!(found[3].0, Code::IncompleteClaim);
    }

    #[test]
    fn names_metrics_and_units_are_one_whatever_the_encoding_of_accents() {
        // The second claim spells the same subject, metric and unit decomposed.
        let outcome = check_files(&[
            (
                "rules/r.yaml",
                "rules:\n  - { id: same, kind: agreement }\n",
            ),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: q, subject: \"X\u{e3} \u{110}\u{f4}ng\", metric: \"\u{111}\u{1ea5}t\", value: 1, unit: \"\u{111}\u{1ed3}ng\" }\n  - { id: b, quote: q, subject: \"Xa\u{303} \u{110}o\u{302}ng\", metric: \"\u{111}a\u{302}\u{301}t\", value: 2, unit: \"\u{111}o\u{302}\u{300}ng\" }\n",
            ),
        ]);
        assert_eq!(
            codes_besides_unknown_names(&outcome),
            [Code::ValuesDisagree],
            "one quantity, in one unit"
        );
        let claims = &outcome.project.claims;
        assert_eq!(claims[0].subject.value, claims[1].subject.value);
    }

    #[test]
    fn a_blank_field_is_missing_at_the_blank_value_and_leaves_the_claim_out() {
        let outcome = check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: \"\", metric: \"  \", value: 1, unit: county }\n  - { id: b, quote: \" \", subject: Gansu, metric: m, value: 1, unit: \"\" }\n  - { id: c, quote: x, subject: Gansu, metric: m, status: \"\", members: [Gansu, \"\"] }\n  - { id: \"\", quote: x, subject: Gansu, metric: m, status: done }\n",
        )]);
        let blank: Vec<(&str, &str)> = outcome
            .diagnostics
            .iter()
            .map(|d| (d.message.as_str(), d.labels[0].message.as_ref()))
            .collect();
        assert_eq!(
            blank,
            [
                ("the `subject` of this claim is blank", "empty"),
                ("the `metric` of this claim is blank", "only white space"),
                ("the `quote` of this claim is blank", "only white space"),
                ("the `unit` of this claim is blank", "empty"),
                ("the `status` of this claim is blank", "empty"),
                ("a name in `members` is blank", "empty"),
                ("the `id` of this claim is blank", "empty"),
            ]
        );
        assert!(
            outcome
                .diagnostics
                .iter()
                .all(|d| d.code == Code::MissingField)
        );
        assert_eq!(crate::testing::primary_text(&outcome, 0), "\"\"");
        assert!(outcome.project.claims.is_empty());
    }

    #[test]
    fn a_field_that_does_not_read_leaves_the_claim_out_rather_than_taking_a_default() {
        // Loaded, `a` would be dated by its source, `b` would be an exhaustive list and `c`
        // would have no period: each would be judged on what the article does not say.
        let outcome = check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2020-11-31 }\n  - { id: b, quote: x, subject: Gansu, metric: m, members: [Gansu], list: some }\n  - { id: c, quote: x, subject: Gansu, metric: m, value: 1, unit: county, period: 2020-12/2020-11 }\n  - { id: d, quote: x, subject: Gansu, metric: m, value: 1, unit: county, as_of: 2020-11-30 }\n",
        )]);
        assert_eq!(
            crate::testing::codes(&outcome),
            [Code::InvalidDate, Code::InvalidChoice, Code::InvalidDate]
        );
        let loaded: Vec<&str> = outcome
            .project
            .claims
            .iter()
            .map(|c| c.id.value.as_str())
            .collect();
        assert_eq!(loaded, ["d"]);
        let mut rejected: Vec<&String> = outcome.project.rejected_claims.keys().collect();
        rejected.sort();
        assert_eq!(rejected, ["a", "b", "c"]);
    }

    #[test]
    fn a_name_outside_the_registry_is_one_name_whatever_its_apostrophes() {
        let outcome = check_files(&[
            ("rules/r.yaml", "rules:\n  - { id: counts, kind: count }\n"),
            (
                "claims/c.yaml",
                "source: article\nclaims:\n  - { id: a, quote: q, subject: Gulf, metric: m, value: 2, unit: emirate, list: partial, members: [\"Ra's al Khaymah\", \"Ra\u{2019}s  al Khaymah\"] }\n",
            ),
        ]);
        assert_eq!(
            codes_besides_unknown_names(&outcome),
            [Code::DuplicateMember]
        );
    }
}
