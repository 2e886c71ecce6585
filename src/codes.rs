//! Every diagnostic code claimcheck emits, in one table.
//!
//! A code is stable: once published it keeps its number and meaning. A row gives the id,
//! the name, the default severity, the category and the one-line headline; the long
//! explanation that `claimcheck explain CODE` prints, and that SARIF gives as the rule's
//! help, is the file `docs/codes/<ID>.md`, included at build time. Nothing here depends on
//! the modules that emit the codes.

use crate::severity::Severity;

/// What a code is about: the part of a run that emits it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// The project's files as read: YAML, records, references, article texts, rule files.
    Input,
    /// Suppressions, severity overrides and baselines.
    Config,
    /// A finding of a rule kind about the claims.
    Rule,
    /// A finding of the built-in citation checks: does the article say that?
    Citation,
    /// `claimcheck coverage` and its ignore list.
    Coverage,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Input => "input",
            Category::Config => "config",
            Category::Rule => "rule",
            Category::Citation => "citation",
            Category::Coverage => "coverage",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $id:literal, $name:literal, $severity:ident, $category:ident, $line:literal; )*) => {
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

            /// What part of a run the code is about.
            pub fn category(self) -> Category {
                match self { $( Code::$variant => Category::$category, )* }
            }

            /// What the code means, in one line: `claimcheck explain` lists them, and the
            /// README's table of codes is generated from them.
            pub fn headline(self) -> &'static str {
                match self { $( Code::$variant => $line, )* }
            }

            /// The long explanation printed by `claimcheck explain CODE`: the file
            /// `docs/codes/<ID>.md`.
            pub fn explanation(self) -> &'static str {
                match self { $( Code::$variant => include_str!(concat!("../docs/codes/", $id, ".md")), )* }
            }
        }
    };
}

codes! {
    // Reading files.
    YamlSyntax = "CC001", "yaml-syntax", Error, Input, "a file is not valid YAML, or holds a tag claimcheck does not read (`!include`) (the help counts the records skipped; a colon in a plain value is told to be quoted)";
    InputLimit = "CC002", "input-limit", Error, Input, "a file breaks a resource limit (size, line length, nesting, aliases)";
    NotUtf8 = "CC003", "not-utf8", Error, Input, "a YAML file is not UTF-8";
    Unreadable = "CC004", "unreadable", Error, Input, "a YAML file cannot be read, or is a link out of the project";
    NoProject = "CC005", "no-project", Error, Input, "the path is not a claimcheck project";
    TooManyFindings = "CC006", "too-many-findings", Info, Input, "more than 10,000 diagnostics: 10,000 are shown, the most severe first (a note counts those not shown by severity), and the summary counts all";
    NotRead = "CC007", "not-read", Warning, Input, "a file in `claims/`, `entities/` or `rules/` that is not read for its name (not `.yaml` or `.yml`), or a folder named nearly as a project folder that is missing (`rule/` for `rules/`)";
    // The shape of each record.
    UnknownField = "CC010", "unknown-field", Error, Input, "a key that the record does not have (with did-you-mean, also for a field named in French, Spanish, Portuguese, German or Italian)";
    MissingField = "CC011", "missing-field", Error, Input, "a required field is missing, or written blank";
    WrongType = "CC012", "wrong-type", Error, Input, "a list where one value is needed, or the reverse; an empty list where at least one value is needed";
    InvalidId = "CC013", "invalid-id", Error, Input, "an id that is not lowercase letters, digits and hyphens";
    InvalidDate = "CC014", "invalid-date", Error, Input, "a date or period that does not exist";
    InvalidQuantity = "CC015", "invalid-quantity", Error, Input, "a value that is not a figure claimcheck can read";
    InvalidChoice = "CC016", "invalid-choice", Error, Input, "a word outside a field's fixed set, or one a rule cannot take there (a `key:` field named twice, a timeline's `after:` that is its `before:`)";
    IncompleteClaim = "CC017", "incomplete-claim", Error, Input, "a claim with no value, status or members";
    // References between records.
    DuplicateId = "CC020", "duplicate-id", Error, Input, "two records with one id, or two entities of one name under one parent (both labelled), or an alias that is another entity's name there (the alias dropped)";
    UnknownSource = "CC021", "unknown-source", Error, Input, "claims citing a source that does not exist or did not load (one finding per `source:` written)";
    UnknownEntity = "CC022", "unknown-entity", Warning, Input, "a name that is not in the entity registry";
    ParentCycle = "CC023", "parent-cycle", Error, Input, "entities whose `parent:` links lead back to themselves";
    AmbiguousEntity = "CC024", "ambiguous-entity", Warning, Input, "a name several entities share, which its context does not settle";
    UnitVariant = "CC025", "unit-variant", Warning, Input, "a unit written in the plural, with a capital or by another of its names where other claims write it otherwise: read as their spelling";
    SpellingVariant = "CC026", "spelling-variant", Warning, Input, "a metric or status word written with other capitals than other claims write it: read as their spelling";
    // Article texts.
    SourceTextMissing = "CC030", "source-text-missing", Error, Input, "an article text file that does not exist, or holds no text";
    SourceTextOutsideRoot = "CC031", "source-text-outside-root", Error, Input, "an article text outside the project";
    SourceTextNotUtf8 = "CC032", "source-text-not-utf8", Error, Input, "an article text that is not UTF-8";
    DecimalMarkContradicted = "CC033", "decimal-mark-contradicted", Warning, Input, "a source whose `decimal_mark:` its article's figures contradict: they write decimals only the other way (the declaration is still read)";
    InvalidLanguage = "CC034", "invalid-language", Error, Input, "a source whose `language:` is not a language tag (BCP 47: `it`, `pt-BR`, `zh-Hans`)";
    // Rule files.
    UnknownRuleKind = "CC040", "unknown-rule-kind", Error, Input, "a rule of a kind claimcheck does not know";
    InvalidExpression = "CC041", "invalid-expression", Error, Input, "an equation's expression or tolerance that does not parse (labelled on the token)";
    UnknownClaim = "CC042", "unknown-claim", Error, Input, "a rule naming a claim that does not exist";
    ClaimWithoutValue = "CC043", "claim-without-value", Error, Input, "a rule computing with a claim that has no value";
    UnknownRuleSelected = "CC044", "unknown-rule", Error, Input, "`--rule` names no rule of the project";
    EmptySelection = "CC045", "empty-selection", Warning, Input, "a rule whose `select:` chooses no claim (each value no claim has is labelled, with did-you-mean)";
    ClaimNotLoaded = "CC046", "claim-not-loaded", Error, Input, "a rule naming a claim that exists but did not load (why: its own errors, or its source's); no did-you-mean";
    NothingJudged = "CC047", "nothing-judged", Warning, Input, "a rule that selects claims but can judge none of them (no value to compare, a series of one date), an equation that holds whatever its claims say, or a claim `select:` names by id that the rule cannot judge";
    MinAboveMax = "CC048", "min-above-max", Error, Input, "a range rule whose `min:` is above its `max:`, which no value could satisfy (both labelled)";
    UnmatchedSelectValue = "CC049", "unmatched-select-value", Warning, Input, "a value of a list in a rule's `select:` (or `against:`) that no claim has, while the others choose claims: its claims would go unchecked (did-you-mean)";
    // Suppressions and configuration.
    UnusedSuppression = "CC050", "unused-suppression", Warning, Config, "an `allow:` that silences nothing";
    SuppressionWithoutReason = "CC051", "suppression-without-reason", Error, Config, "an `allow:` without a `reason:`";
    InvalidOverride = "CC052", "invalid-override", Error, Config, "a severity override of an unknown or input-error code, or to an unknown level";
    UnusedBaselineEntry = "CC053", "unused-baseline-entry", Warning, Config, "a baseline entry that matches no finding";
    // Findings of the rule kinds: count (CC10x), monotonic (CC11x), growth (CC12x),
    // equation (CC13x), agreement (CC14x), range (CC15x), timeline (CC16x), disjoint (CC17x).
    CountMismatch = "CC101", "count-mismatch", Error, Rule, "a count that does not match the members listed";
    DuplicateMember = "CC102", "duplicate-member", Error, Rule, "a member listed twice";
    MemberKindMismatch = "CC103", "member-kind-mismatch", Error, Rule, "members that are not of the kind the unit counts";
    MemberOutsideSubject = "CC104", "member-outside-subject", Error, Rule, "a member that lies outside the claim's subject by the registry's `parent:` chain, in a list of places within that subject; one per place, however many of its names the list repeats; a name several registered places share, none of them within the subject, is one too (its CC024 taken in)";
    SeriesBreaks = "CC111", "series-breaks", Error, Rule, "a series that moves against its direction (a cumulative count that falls)";
    MemberDropped = "CC121", "member-dropped", Error, Rule, "a later list of a cumulative set that leaves out an earlier member";
    GrowthUnexplained = "CC122", "growth-unexplained", Error, Rule, "a cumulative count that grows by other than its new members";
    EquationFails = "CC131", "equation-fails", Error, Rule, "reported figures that do not add up, even allowing for rounding";
    EquationUndefined = "CC132", "equation-undefined", Error, Rule, "an equation that cannot be computed: it divides by a figure that may be zero, or a step is beyond what an exact decimal holds";
    EquationMixesUnits = "CC133", "equation-mixes-units", Error, Rule, "an equation that adds or compares figures in different currencies or measures (euros and francs, kilometres and miles, yuan and households), which add up to nothing until converted";
    ValuesDisagree = "CC141", "values-disagree", Error, Rule, "claims of the same quantity whose figures cannot all be true";
    UnitsDisagree = "CC142", "units-disagree", Error, Rule, "claims of the same quantity counted in different units";
    MembersDisagree = "CC143", "members-disagree", Error, Rule, "lists of one counted set that together name more members than the count";
    DatesKeepApart = "CC144", "dates-keep-apart", Info, Rule, "figures of one subject, metric and unit from different articles that cannot be equal, kept apart only by their articles' dates";
    OutOfRange = "CC151", "out-of-range", Error, Rule, "a value certainly outside its bounds (a percentage above 100, a part above its whole)";
    AsOfAfterPublication = "CC161", "as-of-after-publication", Error, Rule, "a claim dated after its source was published";
    StatusOutOfOrder = "CC162", "status-out-of-order", Error, Rule, "a \"not complete\" dated on or after a \"complete\" about the same place or one containing it";
    MemberInBoth = "CC171", "member-in-both", Error, Rule, "a place listed by two claims that exclude each other (rule kind `disjoint`)";
    // Citations (built in): does the article really say that?
    QuoteNotFound = "CC201", "quote-not-found", Error, Citation, "a quote that does not stand in its article (the closest passage is shown)";
    ValueNotInQuote = "CC202", "value-not-in-quote", Error, Citation, "a value that its quote does not state, in any notation, or whose qualifier turns the quote's around";
    MemberNotInQuote = "CC203", "member-not-in-quote", Error, Citation, "a member that its quote does not name";
    MemberLeftOut = "CC204", "member-left-out", Error, Citation, "a registered place the quote lists with the members (same run of names, of a kind the unit counts) that `members:` leaves out";
    UnitNotInQuote = "CC205", "unit-not-in-quote", Error, Citation, "a figure whose quote follows it with another unit's word (\"17 impoverished counties\" encoded as provinces)";
    ValueReadOneWayOfTwo = "CC206", "value-read-one-way-of-two", Warning, Citation, "a value that its quote states only in one reading of a figure that reads two ways (`1.035`: 1.035 or 1035), which the article's other figures do not settle";
    ValueNotRead = "CC207", "value-not-read", Warning, Citation, "a value not checked: its quote states no figure in digits, in a language whose numbers in words the check does not read";
    // Coverage (`claimcheck coverage`) and its ignore list, coverage.yaml.
    UncoveredNumber = "CC210", "uncovered-number", Warning, Coverage, "(`coverage`) a number in an article that no claim encodes and no ignore entry explains";
    IgnoreWithoutReason = "CC212", "ignore-without-reason", Error, Coverage, "(`coverage`) an ignore entry without a reason";
    UnusedIgnore = "CC213", "unused-ignore", Warning, Coverage, "(`coverage`) an ignore entry that ignores nothing";
}

impl Code {
    /// Whether the code is about the input itself (CC0xx: the files, the configuration)
    /// rather than a finding about the claims: such errors make the run exit with 2.
    pub fn is_input(self) -> bool {
        matches!(self.category(), Category::Input | Category::Config)
    }

    /// Looks a code up by its id (`CC101`, any case) or its name (`count-mismatch`).
    pub fn find(text: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| code.id().eq_ignore_ascii_case(text) || code.name() == text)
    }
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
    fn every_explanation_file_belongs_to_a_code() {
        // A file under docs/codes/ that no row includes would be documentation nobody sees.
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/codes");
        for entry in std::fs::read_dir(folder).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let id = name.strip_suffix(".md").unwrap_or(&name);
            assert!(
                Code::ALL.iter().any(|code| code.id() == id),
                "docs/codes/{name} is the explanation of no code in src/codes.rs"
            );
        }
    }

    #[test]
    fn the_category_follows_the_number_block() {
        // Input errors (CC0xx) make a run exit with 2; the blocks are what users learn.
        for code in Code::ALL {
            let expected = match &code.id()[2..] {
                n if n < "050" => Category::Input,
                n if n < "100" => Category::Config,
                n if n < "200" => Category::Rule,
                n if n < "210" => Category::Citation,
                _ => Category::Coverage,
            };
            assert_eq!(code.category(), expected, "{}", code.id());
            assert_eq!(
                code.is_input(),
                code.id().starts_with("CC0"),
                "{}",
                code.id()
            );
        }
    }

    #[test]
    fn codes_are_found_by_id_or_name() {
        assert_eq!(Code::find("cc020"), Some(Code::DuplicateId));
        assert_eq!(Code::find("duplicate-id"), Some(Code::DuplicateId));
        assert_eq!(Code::find("CC999"), None);
    }
}
