//! Every diagnostic code claimcheck emits, in one table.
//!
//! A code is stable: once published it keeps its number and meaning. Each row names the
//! explanation that `claimcheck explain CODE` prints; that text lives beside the code that
//! emits the diagnostic, and a test fails if any code lacks one.

use crate::diagnostic::Severity;

macro_rules! codes {
    ($( $variant:ident = $id:literal, $name:literal, $severity:ident, $line:literal, $explain:path; )*) => {
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

            /// What the code means, in one line (`claimcheck explain` lists them; the
            /// README's table of codes says the same).
            pub fn headline(self) -> &'static str {
                match self { $( Code::$variant => $line, )* }
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
    YamlSyntax = "CC001", "yaml-syntax", Error, "a file is not valid YAML (the help counts the records skipped; a colon in a plain value is told to be quoted)", crate::load::EXPLAIN_YAML_SYNTAX;
    InputLimit = "CC002", "input-limit", Error, "a file breaks a resource limit (size, line length, nesting, aliases)", crate::load::EXPLAIN_INPUT_LIMIT;
    NotUtf8 = "CC003", "not-utf8", Error, "a YAML file is not UTF-8", crate::load::EXPLAIN_NOT_UTF8;
    Unreadable = "CC004", "unreadable", Error, "a YAML file cannot be read, or is a link out of the project", crate::load::EXPLAIN_UNREADABLE;
    NoProject = "CC005", "no-project", Error, "the path is not a claimcheck project", crate::load::EXPLAIN_NO_PROJECT;
    TooManyFindings = "CC006", "too-many-findings", Info, "more than 10,000 diagnostics: the first 10,000 are shown, the summary counts all", crate::check::EXPLAIN_TOO_MANY_FINDINGS;
    // The shape of each record.
    UnknownField = "CC010", "unknown-field", Error, "a key that the record does not have (with did-you-mean)", crate::load::fields::EXPLAIN_UNKNOWN_FIELD;
    MissingField = "CC011", "missing-field", Error, "a required field is missing", crate::load::fields::EXPLAIN_MISSING_FIELD;
    WrongType = "CC012", "wrong-type", Error, "a list where one value is needed, or the reverse", crate::load::fields::EXPLAIN_WRONG_TYPE;
    InvalidId = "CC013", "invalid-id", Error, "an id that is not lowercase letters, digits and hyphens", crate::load::fields::EXPLAIN_INVALID_ID;
    InvalidDate = "CC014", "invalid-date", Error, "a date or period that does not exist", crate::model::date::EXPLAIN_INVALID_DATE;
    InvalidQuantity = "CC015", "invalid-quantity", Error, "a value that is not a figure claimcheck can read", crate::load::claims::EXPLAIN_INVALID_QUANTITY;
    InvalidChoice = "CC016", "invalid-choice", Error, "a word outside a field's fixed set", crate::load::fields::EXPLAIN_INVALID_CHOICE;
    IncompleteClaim = "CC017", "incomplete-claim", Error, "a claim with no value, status or members", crate::load::claims::EXPLAIN_INCOMPLETE_CLAIM;
    // References between records.
    DuplicateId = "CC020", "duplicate-id", Error, "two records with one id, or two entities of one name under one parent (both labelled)", crate::load::link::EXPLAIN_DUPLICATE_ID;
    UnknownSource = "CC021", "unknown-source", Error, "a claim citing a source that does not exist", crate::load::link::EXPLAIN_UNKNOWN_SOURCE;
    UnknownEntity = "CC022", "unknown-entity", Warning, "a name that is not in the entity registry", crate::load::link::EXPLAIN_UNKNOWN_ENTITY;
    ParentCycle = "CC023", "parent-cycle", Error, "entities whose `parent:` links lead back to themselves", crate::load::link::EXPLAIN_PARENT_CYCLE;
    AmbiguousEntity = "CC024", "ambiguous-entity", Warning, "a name several entities share, which its context does not settle", crate::load::link::EXPLAIN_AMBIGUOUS_ENTITY;
    // Article texts.
    SourceTextMissing = "CC030", "source-text-missing", Error, "an article text file that does not exist", crate::load::sources::EXPLAIN_SOURCE_TEXT_MISSING;
    SourceTextOutsideRoot = "CC031", "source-text-outside-root", Error, "an article text outside the project", crate::load::sources::EXPLAIN_SOURCE_TEXT_OUTSIDE_ROOT;
    SourceTextNotUtf8 = "CC032", "source-text-not-utf8", Error, "an article text that is not UTF-8", crate::load::sources::EXPLAIN_SOURCE_TEXT_NOT_UTF8;
    // Rule files.
    UnknownRuleKind = "CC040", "unknown-rule-kind", Error, "a rule of a kind claimcheck does not know", crate::rules::EXPLAIN_UNKNOWN_RULE_KIND;
    InvalidExpression = "CC041", "invalid-expression", Error, "an equation's expression or tolerance that does not parse (labelled on the token)", crate::rules::equation::EXPLAIN_INVALID_EXPRESSION;
    UnknownClaim = "CC042", "unknown-claim", Error, "a rule naming a claim that does not exist", crate::rules::EXPLAIN_UNKNOWN_CLAIM;
    ClaimWithoutValue = "CC043", "claim-without-value", Error, "a rule computing with a claim that has no value", crate::rules::EXPLAIN_CLAIM_WITHOUT_VALUE;
    UnknownRuleSelected = "CC044", "unknown-rule", Error, "`--rule` names no rule of the project", crate::check::EXPLAIN_UNKNOWN_RULE;
    EmptySelection = "CC045", "empty-selection", Warning, "a rule whose `select:` chooses no claim (each value no claim has is labelled, with did-you-mean)", crate::rules::select::EXPLAIN_EMPTY_SELECTION;
    ClaimNotLoaded = "CC046", "claim-not-loaded", Error, "a rule naming a claim that exists but did not load (its own errors are reported); no did-you-mean", crate::rules::EXPLAIN_CLAIM_NOT_LOADED;
    // Suppressions and configuration.
    UnusedSuppression = "CC050", "unused-suppression", Warning, "an `allow:` that silences nothing", crate::suppress::EXPLAIN_UNUSED_SUPPRESSION;
    SuppressionWithoutReason = "CC051", "suppression-without-reason", Error, "an `allow:` without a `reason:`", crate::suppress::EXPLAIN_SUPPRESSION_WITHOUT_REASON;
    InvalidOverride = "CC052", "invalid-override", Error, "a severity override of an unknown or input-error code, or to an unknown level", crate::config::EXPLAIN_INVALID_OVERRIDE;
    UnusedBaselineEntry = "CC053", "unused-baseline-entry", Warning, "a baseline entry that matches no finding", crate::baseline::EXPLAIN_UNUSED_BASELINE_ENTRY;
    // Findings of the rule kinds: count (CC10x), monotonic (CC11x), growth (CC12x),
    // equation (CC13x), agreement (CC14x), range (CC15x), timeline (CC16x), disjoint (CC17x).
    CountMismatch = "CC101", "count-mismatch", Error, "a count that does not match the members listed", crate::rules::count::EXPLAIN_COUNT_MISMATCH;
    DuplicateMember = "CC102", "duplicate-member", Error, "a member listed twice", crate::rules::count::EXPLAIN_DUPLICATE_MEMBER;
    MemberKindMismatch = "CC103", "member-kind-mismatch", Error, "members that are not of the kind the unit counts", crate::rules::count::EXPLAIN_MEMBER_KIND_MISMATCH;
    MemberOutsideSubject = "CC104", "member-outside-subject", Error, "a member that lies outside the claim's subject by the registry's `parent:` chain, in a list of places within that subject", crate::rules::count::EXPLAIN_MEMBER_OUTSIDE_SUBJECT;
    SeriesBreaks = "CC111", "series-breaks", Error, "a series that moves against its direction (a cumulative count that falls)", crate::rules::monotonic::EXPLAIN_SERIES_BREAKS;
    MemberDropped = "CC121", "member-dropped", Error, "a later list of a cumulative set that leaves out an earlier member", crate::rules::growth::EXPLAIN_MEMBER_DROPPED;
    GrowthUnexplained = "CC122", "growth-unexplained", Error, "a cumulative count that grows by other than its new members", crate::rules::growth::EXPLAIN_GROWTH_UNEXPLAINED;
    EquationFails = "CC131", "equation-fails", Error, "reported figures that do not add up, even allowing for rounding", crate::rules::equation::EXPLAIN_EQUATION_FAILS;
    EquationUndefined = "CC132", "equation-undefined", Error, "an equation that divides by a figure that may be zero", crate::rules::equation::EXPLAIN_EQUATION_UNDEFINED;
    ValuesDisagree = "CC141", "values-disagree", Error, "claims of the same quantity whose figures cannot all be true", crate::rules::agreement::EXPLAIN_VALUES_DISAGREE;
    UnitsDisagree = "CC142", "units-disagree", Error, "claims of the same quantity counted in different units", crate::rules::agreement::EXPLAIN_UNITS_DISAGREE;
    MembersDisagree = "CC143", "members-disagree", Error, "lists of one counted set that together name more members than the count", crate::rules::agreement::EXPLAIN_MEMBERS_DISAGREE;
    DatesKeepApart = "CC144", "dates-keep-apart", Info, "figures of one subject and metric from different articles that cannot be equal, kept apart only by their articles' dates", crate::rules::agreement::EXPLAIN_DATES_KEEP_APART;
    OutOfRange = "CC151", "out-of-range", Error, "a value certainly outside its bounds (a percentage above 100, a part above its whole)", crate::rules::range::EXPLAIN_OUT_OF_RANGE;
    AsOfAfterPublication = "CC161", "as-of-after-publication", Error, "a claim dated after its source was published", crate::rules::timeline::EXPLAIN_AS_OF_AFTER_PUBLICATION;
    StatusOutOfOrder = "CC162", "status-out-of-order", Error, "a \"not complete\" dated on or after a \"complete\" about the same place or one containing it", crate::rules::timeline::EXPLAIN_STATUS_OUT_OF_ORDER;
    MemberInBoth = "CC171", "member-in-both", Error, "a place listed by two claims that exclude each other (rule kind `disjoint`)", crate::rules::disjoint::EXPLAIN_MEMBER_IN_BOTH;
    // Citations (built in): does the article really say that?
    QuoteNotFound = "CC201", "quote-not-found", Error, "a quote that does not stand in its article (the closest passage is shown)", crate::citation::quote::EXPLAIN_QUOTE_NOT_FOUND;
    ValueNotInQuote = "CC202", "value-not-in-quote", Error, "a value that its quote does not state, in any notation", crate::citation::value::EXPLAIN_VALUE_NOT_IN_QUOTE;
    MemberNotInQuote = "CC203", "member-not-in-quote", Error, "a member that its quote does not name", crate::citation::member::EXPLAIN_MEMBER_NOT_IN_QUOTE;
    MemberLeftOut = "CC204", "member-left-out", Error, "a registered place the quote lists with the members (same run of names, of a kind the unit counts) that `members:` leaves out", crate::citation::left_out::EXPLAIN_MEMBER_LEFT_OUT;
    UnitNotInQuote = "CC205", "unit-not-in-quote", Error, "a figure whose quote follows it with another unit's word (\"17 impoverished counties\" encoded as provinces)", crate::citation::unit::EXPLAIN_UNIT_NOT_IN_QUOTE;
    // Coverage (`claimcheck coverage`) and its ignore list, coverage.yaml.
    UncoveredNumber = "CC210", "uncovered-number", Warning, "(`coverage`) a number in an article that no claim encodes and no ignore entry explains", crate::citation::coverage::EXPLAIN_UNCOVERED_NUMBER;
    IgnoreWithoutReason = "CC212", "ignore-without-reason", Error, "(`coverage`) an ignore entry without a reason", crate::citation::ignores::EXPLAIN_IGNORE_WITHOUT_REASON;
    UnusedIgnore = "CC213", "unused-ignore", Warning, "(`coverage`) an ignore entry that ignores nothing", crate::citation::ignores::EXPLAIN_UNUSED_IGNORE;
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

/// Every code with its name, default severity and what it checks, one per line: what
/// `claimcheck explain` prints without an argument.
pub fn index() -> String {
    let mut out = String::new();
    for code in Code::ALL {
        out.push_str(&format!(
            "{}  {:<26} {:<8} {}\n",
            code.id(),
            code.name(),
            code.default_severity().as_str(),
            code.headline()
        ));
    }
    out.push_str(
        "\n`claimcheck explain CODE` prints a code's long explanation; `claimcheck explain KIND` \
         documents a rule kind (count, monotonic, growth, equation, agreement, range, timeline).\n",
    );
    out
}

impl Code {
    /// The first sentence of the explanation's "What it checks" section, on one line.
    pub fn summary(self) -> String {
        let text = self.explanation();
        let checks = text
            .strip_prefix("What it checks")
            .map(|rest| {
                rest.trim_start_matches(|c: char| c != ':')
                    .trim_start_matches(':')
            })
            .unwrap_or(text);
        let paragraph = checks.split("\n\n").next().unwrap_or(checks);
        paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn summaries_are_the_first_paragraph_of_what_it_checks() {
        let text = Code::DuplicateId.summary();
        assert!(text.starts_with("source ids are unique"), "{text}");
        assert!(!text.contains('\n'));
    }

    #[test]
    fn codes_are_found_by_id_or_name() {
        assert_eq!(Code::find("cc020"), Some(Code::DuplicateId));
        assert_eq!(Code::find("duplicate-id"), Some(Code::DuplicateId));
        assert_eq!(Code::find("CC999"), None);
    }
}
