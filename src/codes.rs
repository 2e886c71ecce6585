//! Every diagnostic code claimcheck emits, in one table.
//!
//! A code is stable: once published it keeps its number and meaning. Each row names the
//! explanation that `claimcheck explain CODE` prints; that text lives beside the code that
//! emits the diagnostic, and a test fails if any code lacks one.

use crate::diagnostic::Severity;

macro_rules! codes {
    ($( $variant:ident = $id:literal, $name:literal, $severity:ident, $explain:path; )*) => {
        /// A stable diagnostic code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The code as users type it: `CC101`.
            pub fn id(self) -> &'static str {
                match self { $( Code::$variant => $id, )* }
            }

            /// A short kebab-case name: `count-mismatch`.
            pub fn name(self) -> &'static str {
                match self { $( Code::$variant => $name, )* }
            }

            /// Severity unless a rule or configuration says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// The long explanation printed by `claimcheck explain`.
            pub fn explanation(self) -> &'static str {
                match self { $( Code::$variant => $explain, )* }
            }
        }
    };
}

codes! {
    // Reading files.
    YamlSyntax = "CC001", "yaml-syntax", Error, crate::load::EXPLAIN_YAML_SYNTAX;
    InputLimit = "CC002", "input-limit", Error, crate::load::EXPLAIN_INPUT_LIMIT;
    NotUtf8 = "CC003", "not-utf8", Error, crate::load::EXPLAIN_NOT_UTF8;
    Unreadable = "CC004", "unreadable", Error, crate::load::EXPLAIN_UNREADABLE;
    NoProject = "CC005", "no-project", Error, crate::load::EXPLAIN_NO_PROJECT;
    TooManyFindings = "CC006", "too-many-findings", Info, crate::check::EXPLAIN_TOO_MANY_FINDINGS;
    // The shape of each record.
    UnknownField = "CC010", "unknown-field", Error, crate::load::fields::EXPLAIN_UNKNOWN_FIELD;
    MissingField = "CC011", "missing-field", Error, crate::load::fields::EXPLAIN_MISSING_FIELD;
    WrongType = "CC012", "wrong-type", Error, crate::load::fields::EXPLAIN_WRONG_TYPE;
    InvalidId = "CC013", "invalid-id", Error, crate::load::fields::EXPLAIN_INVALID_ID;
    InvalidDate = "CC014", "invalid-date", Error, crate::model::date::EXPLAIN_INVALID_DATE;
    InvalidQuantity = "CC015", "invalid-quantity", Error, crate::load::claims::EXPLAIN_INVALID_QUANTITY;
    InvalidChoice = "CC016", "invalid-choice", Error, crate::load::fields::EXPLAIN_INVALID_CHOICE;
    IncompleteClaim = "CC017", "incomplete-claim", Error, crate::load::claims::EXPLAIN_INCOMPLETE_CLAIM;
    // References between records.
    DuplicateId = "CC020", "duplicate-id", Error, crate::load::link::EXPLAIN_DUPLICATE_ID;
    UnknownSource = "CC021", "unknown-source", Error, crate::load::link::EXPLAIN_UNKNOWN_SOURCE;
    UnknownEntity = "CC022", "unknown-entity", Warning, crate::load::link::EXPLAIN_UNKNOWN_ENTITY;
    ParentCycle = "CC023", "parent-cycle", Error, crate::load::link::EXPLAIN_PARENT_CYCLE;
    // Article texts.
    SourceTextMissing = "CC030", "source-text-missing", Error, crate::load::sources::EXPLAIN_SOURCE_TEXT_MISSING;
    SourceTextOutsideRoot = "CC031", "source-text-outside-root", Error, crate::load::sources::EXPLAIN_SOURCE_TEXT_OUTSIDE_ROOT;
    SourceTextNotUtf8 = "CC032", "source-text-not-utf8", Error, crate::load::sources::EXPLAIN_SOURCE_TEXT_NOT_UTF8;
    // Rule files.
    UnknownRuleKind = "CC040", "unknown-rule-kind", Error, crate::rules::EXPLAIN_UNKNOWN_RULE_KIND;
    InvalidExpression = "CC041", "invalid-expression", Error, crate::rules::equation::EXPLAIN_INVALID_EXPRESSION;
    UnknownClaim = "CC042", "unknown-claim", Error, crate::rules::EXPLAIN_UNKNOWN_CLAIM;
    ClaimWithoutValue = "CC043", "claim-without-value", Error, crate::rules::EXPLAIN_CLAIM_WITHOUT_VALUE;
    UnknownRuleSelected = "CC044", "unknown-rule", Error, crate::check::EXPLAIN_UNKNOWN_RULE;
    // Suppressions and configuration.
    UnusedSuppression = "CC050", "unused-suppression", Warning, crate::suppress::EXPLAIN_UNUSED_SUPPRESSION;
    SuppressionWithoutReason = "CC051", "suppression-without-reason", Error, crate::suppress::EXPLAIN_SUPPRESSION_WITHOUT_REASON;
    InvalidOverride = "CC052", "invalid-override", Error, crate::config::EXPLAIN_INVALID_OVERRIDE;
    // Findings of the rule kinds: count (CC10x), monotonic (CC11x), growth (CC12x),
    // equation (CC13x), agreement (CC14x), range (CC15x), timeline (CC16x).
    CountMismatch = "CC101", "count-mismatch", Error, crate::rules::count::EXPLAIN_COUNT_MISMATCH;
    DuplicateMember = "CC102", "duplicate-member", Error, crate::rules::count::EXPLAIN_DUPLICATE_MEMBER;
    MemberKindMismatch = "CC103", "member-kind-mismatch", Error, crate::rules::count::EXPLAIN_MEMBER_KIND_MISMATCH;
    SeriesBreaks = "CC111", "series-breaks", Error, crate::rules::monotonic::EXPLAIN_SERIES_BREAKS;
    MemberDropped = "CC121", "member-dropped", Error, crate::rules::growth::EXPLAIN_MEMBER_DROPPED;
    GrowthUnexplained = "CC122", "growth-unexplained", Error, crate::rules::growth::EXPLAIN_GROWTH_UNEXPLAINED;
    EquationFails = "CC131", "equation-fails", Error, crate::rules::equation::EXPLAIN_EQUATION_FAILS;
    EquationUndefined = "CC132", "equation-undefined", Error, crate::rules::equation::EXPLAIN_EQUATION_UNDEFINED;
    ValuesDisagree = "CC141", "values-disagree", Error, crate::rules::agreement::EXPLAIN_VALUES_DISAGREE;
    UnitsDisagree = "CC142", "units-disagree", Error, crate::rules::agreement::EXPLAIN_UNITS_DISAGREE;
    MembersDisagree = "CC143", "members-disagree", Error, crate::rules::agreement::EXPLAIN_MEMBERS_DISAGREE;
    OutOfRange = "CC151", "out-of-range", Error, crate::rules::range::EXPLAIN_OUT_OF_RANGE;
    AsOfAfterPublication = "CC161", "as-of-after-publication", Error, crate::rules::timeline::EXPLAIN_AS_OF_AFTER_PUBLICATION;
    StatusOutOfOrder = "CC162", "status-out-of-order", Error, crate::rules::timeline::EXPLAIN_STATUS_OUT_OF_ORDER;
    // Citations (built in): does the article really say that?
    QuoteNotFound = "CC201", "quote-not-found", Error, crate::citation::quote::EXPLAIN_QUOTE_NOT_FOUND;
    ValueNotInQuote = "CC202", "value-not-in-quote", Error, crate::citation::value::EXPLAIN_VALUE_NOT_IN_QUOTE;
    MemberNotInQuote = "CC203", "member-not-in-quote", Error, crate::citation::member::EXPLAIN_MEMBER_NOT_IN_QUOTE;
    // Coverage (`claimcheck coverage`) and its ignore list, coverage.yaml.
    UncoveredNumber = "CC210", "uncovered-number", Warning, crate::citation::coverage::EXPLAIN_UNCOVERED_NUMBER;
    IgnoreWithoutReason = "CC212", "ignore-without-reason", Error, crate::citation::ignores::EXPLAIN_IGNORE_WITHOUT_REASON;
    UnusedIgnore = "CC213", "unused-ignore", Warning, crate::citation::ignores::EXPLAIN_UNUSED_IGNORE;
}

impl Code {
    /// Whether the code is about the input itself (CC0xx) rather than a finding about the
    /// claims: such errors make the run exit with 2.
    pub fn is_input(self) -> bool {
        self.id().starts_with("CC0")
    }

    /// Looks a code up by its id (`CC101`, any case) or its name (`count-mismatch`).
    pub fn find(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| code.id().eq_ignore_ascii_case(text) || code.name() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_names_are_unique() {
        let ids: HashSet<_> = Code::ALL.iter().map(|c| c.id()).collect();
        let names: HashSet<_> = Code::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(ids.len(), Code::ALL.len());
        assert_eq!(names.len(), Code::ALL.len());
    }

    #[test]
    fn the_table_is_in_numeric_order() {
        // `Code::ALL`'s order is SARIF's rule index and breaks ties when sorting output.
        let ids: Vec<&str> = Code::ALL.iter().map(|c| c.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn every_code_has_a_full_explanation() {
        for code in Code::ALL {
            let text = code.explanation();
            for section in ["What it checks", "Why it matters", "Fails", "Passes"] {
                assert!(
                    text.contains(section),
                    "{} ({}) has no `{section}` section in its explanation",
                    code.id(),
                    code.name()
                );
            }
        }
    }

    #[test]
    fn codes_are_found_by_id_or_name() {
        assert_eq!(Code::find("cc020"), Some(Code::DuplicateId));
        assert_eq!(Code::find("duplicate-id"), Some(Code::DuplicateId));
        assert_eq!(Code::find("CC999"), None);
    }
}
