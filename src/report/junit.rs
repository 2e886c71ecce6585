//! JUnit XML, for CI systems that show test reports: one test case per rule (failing with
//! its findings), and one per code for the built-in checks (input validity, citations), so a
//! clean corpus shows every check passing. As with the exit code, errors fail a test case;
//! warnings and notes are listed in the suite's `system-out`.
//!
//! The document is valid against both schemas CI services and validators hold JUnit reports
//! to, Apache Ant's and the one of Jenkins' xUnit plugin, which disagree on much: Ant's
//! allows one `<failure>` per case and no output in a case, and no attribute on
//! `<testsuites>`; it requires a suite's `package`, `id`, `timestamp`, `hostname` and `time`,
//! its `<properties>`, `<system-out>` and `<system-err>` in that order, and each case's
//! `classname` and `time`. The two name a test's error differently (`<error>` and
//! `<errors>`), so no case is written as an error: invalid input (what exits 2) fails its
//! case as a finding does, with a message that says it is invalid input.

use std::collections::BTreeMap;

use std::io::{self, Write};

use crate::check::Outcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::Report;

/// What the suite says about its run that the outcome does not hold.
#[derive(Clone, Debug)]
pub struct Options {
    /// When the run was made, in seconds since the Unix epoch (the caller owns the clock).
    pub started: u64,
    /// The machine it ran on.
    pub hostname: String,
}

impl Default for Options {
    /// A report rendered without a clock (library use, tests): the epoch, and `localhost`,
    /// which Ant's schema asks for when the host is not known.
    fn default() -> Options {
        Options {
            started: 0,
            hostname: "localhost".to_string(),
        }
    }
}

/// The JUnit XML document of the run.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let document =
        crate::normalize::written_out_controls(document(report.outcome, &report.options.junit));
    out.write_all(document.as_bytes())
}

/// Most failures (and, apart, warnings and notes) one test case lists: a CI system shows
/// each, and a case failing thousands of times is read by its first; a rule that finds
/// something wrong with every claim would otherwise repeat the run in every rule's case.
const LISTED_PER_CASE: usize = 100;

/// A test case: its class, and the diagnostics at error level or warnings it holds.
type Case<'a> = (String, Vec<&'a Diagnostic>);

fn document(outcome: &Outcome, options: &Options) -> String {
    let files = &outcome.project.files;
    // Test case name -> its class and diagnostics.
    let mut cases: BTreeMap<String, Case> = BTreeMap::new();
    for rule in &outcome.rules {
        cases.insert(
            format!("rule {}", rule.id.value),
            (format!("claimcheck.rules.{}", rule.kind), Vec::new()),
        );
    }
    let past_shown = past_shown(outcome, &mut cases);
    for diagnostic in &outcome.diagnostics {
        let rules = diagnostic.rules();
        let named: Vec<(String, String)> = match (&diagnostic.rule, rules.as_slice()) {
            // A rule that did not run, for its errors, has its case too: its errors are
            // why. Its kind may be what did not read.
            (Some(_), rules) => rules
                .iter()
                .map(|rule| (format!("rule {rule}"), "claimcheck.rules".to_string()))
                .collect(),
            // A citation finding, in its code's case, and in the case of each rule whose
            // finding it holds (the CC202 that explains a rule's finding fails the rule).
            (None, rules) => std::iter::once((
                format!("{} {}", diagnostic.code.id(), diagnostic.code.name()),
                "claimcheck.builtin".to_string(),
            ))
            .chain(
                rules
                    .iter()
                    .map(|rule| (format!("rule {rule}"), "claimcheck.rules".to_string())),
            )
            .collect(),
        };
        for (name, class) in named {
            let case = cases.entry(name).or_insert_with(|| (class, Vec::new()));
            case.1.push(diagnostic);
        }
    }
    let fails = |d: &Diagnostic| d.severity == Severity::Error;
    let failures = cases
        .iter()
        .filter(|(name, (_, ds))| ds.iter().any(|d| fails(d)) || past_shown.contains_key(*name))
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    out.push_str(&format!(
        "  <testsuite name=\"claimcheck\" package=\"claimcheck\" id=\"0\" \
         timestamp=\"{}\" hostname=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" \
         time=\"{}\">\n",
        crate::report::clock::Utc::from_unix(options.started).iso_seconds(),
        escape(&options.hostname),
        cases.len(),
        seconds(outcome)
    ));
    out.push_str(&properties(outcome));
    let mut system_out: Vec<String> = Vec::new();
    for (name, (class, diagnostics)) in &cases {
        out.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
            escape(name),
            escape(class)
        ));
        let (mut failing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            diagnostics.iter().copied().partition(|d| fails(d));
        // In the case of a rule that found another rule's finding too, that finding is one
        // line: it is written out in full in its own rule's case. The rule's own findings
        // come first, so that the case's message is one of them.
        let case_rule = name.strip_prefix("rule ");
        failing.sort_by_key(|d| case_rule.is_some_and(|case| d.rule.as_deref() != Some(case)));
        let body = |d: &Diagnostic| match (case_rule, d.rule.as_deref()) {
            (Some(case), Some(own)) if case != own => {
                let place = d.primary().map_or_else(String::new, |at| {
                    let (line, column) = files.line_column(at.file, at.span().start);
                    format!("{}:{line}:{column} ", files.name(at.file))
                });
                format!(
                    "{place}{} {} (reported under rule `{own}`, whose case gives it in full)",
                    d.code.id(),
                    d.message
                )
            }
            _ => describe(files, d),
        };
        if !other.is_empty() {
            let mut lines = vec![format!("{name}:")];
            lines.extend(
                other
                    .iter()
                    .take(LISTED_PER_CASE)
                    .map(|d| format!("{}: {}", d.severity.as_str(), body(d))),
            );
            if other.len() > LISTED_PER_CASE {
                lines.push(format!(
                    "{} more warnings and notes are not listed here: the JSON or SARIF report lists them",
                    other.len() - LISTED_PER_CASE
                ));
            }
            system_out.push(lines.join("\n"));
        }
        // A rule's findings past those shown are told of only when none is shown: the
        // rule's worst severity counts them all, shown or not.
        let past = past_shown.get(name).filter(|_| failing.is_empty());
        if failing.is_empty() && past.is_none() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        out.push_str(&failure(&failing, past.map(String::as_str), &body));
        out.push_str("    </testcase>\n");
    }
    out.push_str(&format!(
        "    <system-out>{}</system-out>\n    <system-err></system-err>\n  </testsuite>\n</testsuites>\n",
        escape(&system_out.join("\n\n"))
    ));
    out
}

/// The one `<failure>` of a failing case: its findings at error level, the first
/// [`LISTED_PER_CASE`] written out one after another, or else what lies past the findings
/// the run reports. Its type is the codes of its findings; its message the first finding's,
/// and how many more there are.
fn failure(
    failing: &[&Diagnostic],
    past: Option<&str>,
    body: &dyn Fn(&Diagnostic) -> String,
) -> String {
    // The codes in the order of the findings, so that the first is the message's.
    let mut codes: Vec<&str> = Vec::new();
    let past_code = past.map(|_| crate::codes::Code::TooManyFindings.id());
    for code in failing.iter().map(|d| d.code.id()).chain(past_code) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let message = match failing.first() {
        Some(first) => {
            let invalid = if first.is_input_error() {
                "invalid input: "
            } else {
                ""
            };
            let more = match failing.len() - 1 {
                0 => String::new(),
                more => format!(" (and {})", crate::report::counted(more, "more finding")),
            };
            format!("{invalid}{}{more}", first.message)
        }
        None => past.unwrap_or_default().to_string(),
    };
    let mut text: Vec<String> = failing
        .iter()
        .take(LISTED_PER_CASE)
        .map(|d| body(d))
        .collect();
    if failing.len() > LISTED_PER_CASE {
        text.push(format!(
            "{} {} more findings fail this case and are not listed here: the JSON or SARIF \
             report lists them",
            crate::codes::Code::TooManyFindings.id(),
            failing.len() - LISTED_PER_CASE
        ));
    }
    if let Some(past) = past {
        text.push(format!(
            "{} {past}",
            crate::codes::Code::TooManyFindings.id()
        ));
    }
    format!(
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
        codes.join(" "),
        escape(&message),
        escape(&text.join("\n\n"))
    )
}

/// What the run found past the findings it reports (CC006), which still fails its cases:
/// a rule's case, and a built-in code's (added to `cases` if it has none), each with the
/// sentence that says how to have them reported.
fn past_shown(outcome: &Outcome, cases: &mut BTreeMap<String, Case>) -> BTreeMap<String, String> {
    let mut past_shown: BTreeMap<String, String> = BTreeMap::new();
    if outcome.summary.omitted == 0 {
        return past_shown;
    }
    let past = format!(
        "past the first {} findings the run reports",
        crate::diagnostic::MAX_REPORTED
    );
    for (rule, worst) in outcome.rules.iter().zip(&outcome.rules_worst) {
        if *worst == Some(Severity::Error) {
            past_shown.insert(
                format!("rule {}", rule.id.value),
                format!(
                    "this rule has findings at error level {past}: `claimcheck check --rule {}` reports them",
                    rule.id.value
                ),
            );
        }
    }
    for &(code, count, severity) in &outcome.omitted_by_code {
        // A rule's finding fails its rule's case, above; a citation finding, its code's.
        if severity == Severity::Error && code.category() == crate::codes::Category::Citation {
            let name = format!("{} {}", code.id(), code.name());
            cases
                .entry(name.clone())
                .or_insert_with(|| ("claimcheck.builtin".to_string(), Vec::new()));
            past_shown.insert(
                name,
                format!(
                    "{} of this code lie {past}: `claimcheck check --select {}` reports them",
                    crate::report::counted(count, "finding"),
                    code.id()
                ),
            );
        }
    }
    past_shown.retain(|name, _| cases.contains_key(name));
    past_shown
}

/// The suite's properties: the tool's version and what the run read.
fn properties(outcome: &Outcome) -> String {
    let summary = &outcome.summary;
    let mut out = String::from("    <properties>\n");
    for (name, value) in [
        ("claimcheck.version", env!("CARGO_PKG_VERSION").to_string()),
        ("sources", summary.sources.to_string()),
        ("claims", summary.claims.to_string()),
        ("entities", summary.entities.to_string()),
        ("rules", summary.rules.to_string()),
    ] {
        out.push_str(&format!(
            "      <property name=\"{name}\" value=\"{}\"/>\n",
            escape(&value)
        ));
    }
    out.push_str("    </properties>\n");
    out
}

/// The run's time in seconds, to the millisecond: its phases' wall times added.
fn seconds(outcome: &Outcome) -> String {
    let millis: u128 = outcome
        .timings
        .phases
        .iter()
        .map(|phase| phase.wall.as_millis())
        .sum();
    format!("{}.{:03}", millis / 1000, millis % 1000)
}

/// `file:line:column CODE message`, then the notes and help, one per line.
fn describe(files: &crate::files::Files, diagnostic: &Diagnostic) -> String {
    let place = diagnostic.primary().map(|at| {
        let (line, column) = files.line_column(at.file, at.span().start);
        format!("{}:{line}:{column}", files.name(at.file))
    });
    let mut body = format!(
        "{} {} {}",
        place.as_deref().unwrap_or("-"),
        diagnostic.code.id(),
        diagnostic.message
    );
    diagnostic.push_notes_and_help(&mut body);
    body
}

/// XML escaping for text and attribute values. The characters XML 1.0 cannot carry, not
/// even as references (control characters, U+FFFE and U+FFFF), are written out as `\u{..}`:
/// one of them would make the whole report unreadable to every XML parser. So is DEL,
/// which XML allows, as every other format shows it.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // As references: an XML parser turns a raw line break, carriage return or tab
            // in an attribute into a space, and a raw carriage return in text into a line
            // break, so the reader would get another text than the finding's.
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || matches!(c, '\u{7f}' | '\u{fffe}' | '\u{ffff}') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_carriage_returns_and_tabs_reach_the_reader_as_written() {
        let written = "one\r\ntwo\rthree\tfour\n";
        let xml = format!(
            "<failure message=\"{}\">{}</failure>",
            escape(written),
            escape(written)
        );
        let document = roxmltree::Document::parse(&xml).unwrap();
        let failure = document.root_element();
        assert_eq!(failure.attribute("message"), Some(written));
        assert_eq!(failure.text(), Some(written));
    }

    #[test]
    fn escaping_covers_markup_and_control_characters() {
        assert_eq!(
            escape("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\\u{1}"
        );
        // Not characters of XML 1.0, even as references.
        assert_eq!(
            escape("x\u{fffe}\u{ffff}\u{fffd}"),
            "x\\u{fffe}\\u{ffff}\u{fffd}"
        );
    }

    #[test]
    fn a_finding_two_rules_make_fails_both_rules() {
        let outcome = crate::testing::check_files(&[
            (
                "claims/a.yaml",
                "source: article\nclaims:\n  - { id: a, quote: x, subject: Gansu, metric: pumps, value: 120, unit: pump }\n  - { id: b, quote: x, subject: Gansu, metric: pumps, value: 135, unit: pump }\n",
            ),
            (
                "rules/r.yaml",
                "rules:\n  - { id: by-date, kind: agreement }\n  - { id: by-source, kind: agreement, key: [subject, metric, source] }\n",
            ),
        ]);
        assert_eq!(
            outcome.rules_passed(),
            [false, false],
            "{:#?}",
            outcome.diagnostics
        );
        let xml = document(&outcome, &Options::default());
        for rule in ["by-date", "by-source"] {
            let case = xml
                .split("<testcase ")
                .find(|case| case.starts_with(&format!("name=\"rule {rule}\"")))
                .unwrap();
            assert!(case.contains("<failure type=\"CC141\""), "{rule}: {xml}");
        }
        let other = xml
            .split("<testcase ")
            .find(|case| case.starts_with("name=\"rule by-source\""))
            .unwrap();
        assert!(
            other.contains("(reported under rule `by-date`, whose case gives it in full)"),
            "{other}"
        );
        assert!(!other.contains("help: "), "one line: {other}");
    }

    #[test]
    fn a_case_lists_its_first_hundred_failures_and_counts_the_rest() {
        let outcome = crate::testing::one_rule_failing_on(130);
        let xml = document(&outcome, &Options::default());
        // One failure, as Ant's schema allows one per case, whose text gives each finding.
        assert_eq!(xml.matches("<failure ").count(), 1, "{xml}");
        assert!(
            xml.contains("<failure type=\"CC151\" message=\""),
            "{}",
            &xml[..2000]
        );
        assert!(
            xml.contains("(and 129 more findings)\">"),
            "{}",
            &xml[..2000]
        );
        let failure = roxmltree::Document::parse(&xml).unwrap();
        let text = failure
            .descendants()
            .find(|n| n.has_tag_name("failure"))
            .unwrap()
            .text()
            .unwrap()
            .to_string();
        assert_eq!(text.matches(" CC151 ").count(), LISTED_PER_CASE, "{text}");
        assert!(
            text.ends_with(
                "\n\nCC006 30 more findings fail this case and are not listed here: the JSON or \
                 SARIF report lists them"
            ),
            "{}",
            &text[text.len() - 300..]
        );
    }

    #[test]
    fn bidirectional_controls_are_written_out() {
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            "source: \"Foo\u{202e} 21 sllew\u{61c}\"\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n",
        )]);
        let xml = crate::normalize::written_out_controls(document(&outcome, &Options::default()));
        assert!(!xml.contains(['\u{202e}', '\u{61c}']));
        assert!(xml.contains("Foo\\u{202e} 21 sllew\\u{61c}"), "{xml}");
    }
}
