//! The declared fields of every record claimcheck reads: the single source of truth for
//! which keys a record may have, which it needs, and what shape each value takes.
//!
//! The loader reads YAML field by field from a spanned tree rather than through
//! serde-derived structs, so the declarations live here as data: [`Reader::record`]
//! refuses keys that are not declared (CC010), and [`crate::schema`] turns the same
//! declarations into the JSON Schemas that editors use. Unit tests below check, record by
//! record, that the fields declared required are exactly those the loader reports missing.
//!
//! [`Reader::record`]: super::fields::Reader::record

/// One field of a record.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub need: Need,
    pub shape: Shape,
    /// What the field holds, for a person: shown by editors on hover and completion.
    pub doc: &'static str,
}

/// Whether a record must have a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Optional on its own, but a record needs at least one of the fields of this group
    /// (named for messages): a claim states a `value`, a `status` or `members`.
    OneOf(&'static str),
    /// Optional, but given only together with the named field.
    With(&'static str),
}

/// What a field's value looks like.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// One scalar, read as the text written (a number or a word alike).
    Text,
    /// An id: lowercase letters, digits and hyphens, starting with a letter or digit. Also
    /// used for references to another record's id.
    Id,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY`, `YYYY-MM-DD` or `START/END` (each a date or a year).
    Period,
    /// A figure as articles write it: `17`, `"7,993"`, `"3.29 million"`, `"about 40"`.
    Figure,
    /// A list of scalars.
    TextList,
    /// A language tag (BCP 47): `it`, `pt-BR`, `zh-Hans`.
    Language,
    /// One word out of a fixed set.
    Choice(&'static [&'static str]),
    /// One word out of a fixed set, or a non-empty list of them.
    Choices(&'static [&'static str]),
    /// One scalar or a non-empty list of scalars.
    OneOrMany,
    /// A rule kind: the name of one of [`crate::rules::KINDS`].
    RuleKind,
    /// A diagnostic code, by id (`CC142`) or name (`units-disagree`).
    Code,
    /// A mapping of codes to severities (`CC022: error`).
    SeverityMap,
    /// A nested record.
    Record(&'static [Field]),
    /// A list of records.
    Records(&'static [Field]),
}

impl Field {
    pub const fn required(name: &'static str, shape: Shape, doc: &'static str) -> Field {
        Field {
            name,
            need: Need::Required,
            shape,
            doc,
        }
    }

    pub const fn optional(name: &'static str, shape: Shape, doc: &'static str) -> Field {
        Field {
            name,
            need: Need::Optional,
            shape,
            doc,
        }
    }

    pub const fn need(mut self, need: Need) -> Field {
        self.need = need;
        self
    }
}

/// The words of a `(word, value)` table, for a [`Shape::Choice`]:
/// `const NAMES: [&str; TABLE.len()] = choice_names(TABLE);`.
pub const fn choice_names<T, const N: usize>(table: &[(&'static str, T)]) -> [&'static str; N] {
    let mut names = [""; N];
    let mut i = 0;
    while i < N {
        names[i] = table[i].0;
        i += 1;
    }
    names
}

/// The names of the fields of `fields` that a record must have.
pub fn required_names(fields: &[Field]) -> Vec<&'static str> {
    fields
        .iter()
        .filter(|f| f.need == Need::Required)
        .map(|f| f.name)
        .collect()
}

#[cfg(test)]
mod tests {
    //! For each kind of record, an empty one (or one holding only what selects its kind) is
    //! loaded, and the fields the loader reports missing must be exactly those declared
    //! required: the schema and the loader cannot drift apart.

    use std::collections::BTreeSet;

    use super::*;
    use crate::codes::Code;
    use crate::testing::check_files;

    /// What an unnamed CC011 stands for: a record that needs one of a group of fields and
    /// has none (a range rule with no bound).
    const A_GROUP: &str = "(one of a group)";

    /// The fields the loader reports missing: CC011 "has no `x`", an unnamed CC011 as
    /// [`A_GROUP`], and CC051 as `reason` (a suppression's reason has its own code).
    fn reported_missing(files: &[(&str, &str)]) -> BTreeSet<String> {
        let outcome = check_files(files);
        let mut missing = BTreeSet::new();
        for diagnostic in &outcome.diagnostics {
            match diagnostic.code {
                // One finding names every field the record lacks: "has no `a`, `b` or `c`".
                Code::MissingField => match diagnostic.message.split_once(" has no `") {
                    Some((_, fields)) => {
                        let named = format!("`{fields}")
                            .split('`')
                            .skip(1)
                            .step_by(2)
                            .map(str::to_string)
                            .collect::<Vec<_>>();
                        missing.extend(named);
                    }
                    None => {
                        missing.insert(A_GROUP.to_string());
                    }
                },
                Code::SuppressionWithoutReason => {
                    missing.insert("reason".to_string());
                }
                _ => continue,
            }
        }
        missing
    }

    fn set<'a>(names: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
        names.into_iter().map(str::to_string).collect()
    }

    fn required(fields: &[Field]) -> BTreeSet<String> {
        set(required_names(fields))
    }

    #[test]
    fn a_source_needs_exactly_its_required_fields() {
        // The standard test project's own sources file is replaced by one empty source.
        let missing = reported_missing(&[("sources/sources.yaml", "sources:\n  - {}\n")]);
        assert_eq!(missing, required(crate::load::sources::SOURCE));
    }

    #[test]
    fn a_sources_file_needs_exactly_its_required_fields() {
        let missing = reported_missing(&[("sources/sources.yaml", "{}\n")]);
        assert_eq!(missing, required(crate::load::sources::SOURCES_FILE));
    }

    #[test]
    fn a_claim_needs_exactly_its_required_fields() {
        use crate::load::claims::{CLAIM, CLAIMS_FILE};
        // With the file's default source: exactly the required fields.
        let missing = reported_missing(&[("claims/c.yaml", "source: article\nclaims:\n  - {}\n")]);
        assert_eq!(missing, required(CLAIM));
        // Without one, each claim needs its own `source`, which the schema says with a
        // condition on the file.
        let missing = reported_missing(&[("claims/c.yaml", "claims:\n  - {}\n")]);
        let mut want = required(CLAIM);
        want.insert("source".to_string());
        assert_eq!(missing, want);
        assert!(
            CLAIM
                .iter()
                .any(|f| f.name == "source" && f.need == Need::Optional)
        );
        assert!(
            CLAIMS_FILE
                .iter()
                .any(|f| f.name == "source" && f.need == Need::Optional)
        );
    }

    #[test]
    fn a_claims_file_needs_exactly_its_required_fields() {
        let missing = reported_missing(&[("claims/c.yaml", "source: article\n")]);
        assert_eq!(missing, required(crate::load::claims::CLAIMS_FILE));
    }

    #[test]
    fn a_claim_states_one_of_its_statement_fields() {
        use crate::load::claims::CLAIM;
        let group: BTreeSet<String> = CLAIM
            .iter()
            .filter(|f| matches!(f.need, Need::OneOf(_)))
            .map(|f| f.name.to_string())
            .collect();
        assert_eq!(group, set(["value", "status", "members"]));
        let claim = "source: article\nclaims:\n  - {id: a, quote: q, subject: Gansu, metric: m}\n";
        let outcome = check_files(&[("claims/c.yaml", claim)]);
        assert!(
            outcome
                .diagnostics
                .iter()
                .any(|d| d.code == Code::IncompleteClaim)
        );
    }

    #[test]
    fn an_entity_needs_exactly_its_required_fields() {
        let missing = reported_missing(&[("entities/entities.yaml", "entities:\n  - {}\n")]);
        assert_eq!(missing, required(crate::load::entities::ENTITY));
        let missing = reported_missing(&[("entities/entities.yaml", "{}\n")]);
        assert_eq!(missing, required(crate::load::entities::ENTITIES_FILE));
    }

    #[test]
    fn a_rule_needs_exactly_its_common_required_fields() {
        let missing = reported_missing(&[("rules/r.yaml", "rules:\n  - {}\n")]);
        assert_eq!(missing, required(crate::rules::COMMON_FIELDS));
        let missing = reported_missing(&[("rules/r.yaml", "{}\n")]);
        assert_eq!(missing, required(crate::rules::RULES_FILE));
    }

    #[test]
    fn each_rule_kind_needs_exactly_its_required_parameters() {
        for kind in crate::rules::KINDS {
            let rule = format!("rules:\n  - {{kind: {}}}\n", kind.name);
            let missing = reported_missing(&[("rules/r.yaml", &rule)]);
            let mut want = required(crate::rules::COMMON_FIELDS);
            want.remove("kind");
            want.extend(required(kind.fields));
            if kind.fields.iter().any(|f| matches!(f.need, Need::OneOf(_))) {
                want.insert(A_GROUP.to_string());
            }
            assert_eq!(missing, want, "rule kind `{}`", kind.name);
        }
    }

    #[test]
    fn fields_given_together_are_reported_missing_alone() {
        for kind in crate::rules::KINDS {
            for field in kind.fields {
                let Need::With(partner) = field.need else {
                    continue;
                };
                let rule = format!(
                    "rules:\n  - {{id: r, kind: {}, {}: x}}\n",
                    kind.name, field.name
                );
                let missing = reported_missing(&[("rules/r.yaml", &rule)]);
                assert_eq!(missing, set([partner]), "rule kind `{}`", kind.name);
            }
        }
    }

    #[test]
    fn a_selector_needs_exactly_its_required_fields() {
        let rule = "rules:\n  - {id: r, kind: count, select: {}}\n";
        let missing = reported_missing(&[("rules/r.yaml", rule)]);
        assert_eq!(missing, required(crate::rules::select::FIELDS));
    }

    #[test]
    fn a_suppression_needs_exactly_its_required_fields() {
        let claim = "source: article\nclaims:\n  - {id: a, quote: q, subject: Gansu, metric: m, status: done, allow: [{}]}\n";
        let missing = reported_missing(&[("claims/c.yaml", claim)]);
        assert_eq!(missing, required(crate::suppress::FIELDS));
        let rule = "rules:\n  - {id: r, kind: count, allow: [{}]}\n";
        let missing = reported_missing(&[("rules/r.yaml", rule)]);
        assert_eq!(missing, required(crate::suppress::FIELDS));
    }

    #[test]
    fn the_configuration_needs_exactly_its_required_fields() {
        let missing = reported_missing(&[("claimcheck.yaml", "{}\n")]);
        assert_eq!(missing, required(crate::config::FIELDS));
    }

    #[test]
    fn choice_names_are_the_words_of_a_table() {
        const TABLE: &[(&str, u8)] = &[("one", 1), ("two", 2)];
        const NAMES: [&str; TABLE.len()] = choice_names(TABLE);
        assert_eq!(NAMES, ["one", "two"]);
    }
}
