//! JUnit XML, for CI systems that show test reports: one test case per rule (failing with
//! its findings), and one per code for the built-in checks (input validity, citations), so a
//! clean corpus shows every check passing. As with the exit code, errors fail a test case:
//! invalid input (what exits 2) as an `<error>`, since the check could not run as written, and
//! a finding as a `<failure>`; warnings and notes are listed in its `system-out`.

use std::collections::BTreeMap;

use std::io::{self, Write};

use crate::check::Outcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::Report;

/// The JUnit XML document of the run.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let document = crate::normalize::written_out_controls(document(report.outcome));
    out.write_all(document.as_bytes())
}

/// Most failures (and, apart, warnings and notes) one test case lists: a CI system shows
/// each, and a case failing thousands of times is read by its first; a rule that finds
/// something wrong with every claim would otherwise repeat the run in every rule's case.
const LISTED_PER_CASE: usize = 100;

fn document(outcome: &Outcome) -> String {
    let files = &outcome.project.files;
    // Test case name -> (class name, diagnostics at error level or warnings).
    let mut cases: BTreeMap<String, (String, Vec<&Diagnostic>)> = BTreeMap::new();
    for rule in &outcome.rules {
        cases.insert(
            format!("rule {}", rule.id.value),
            (format!("claimcheck.rules.{}", rule.kind), Vec::new()),
        );
    }
    // What the run found past the findings it reports (CC006) still fails its cases: a
    // rule's case, and a built-in code's.
    let mut past_shown: BTreeMap<String, String> = BTreeMap::new();
    if outcome.summary.omitted > 0 {
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
    }
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
    let count = |of: &dyn Fn(&Diagnostic) -> bool| {
        cases
            .values()
            .filter(|(_, ds)| ds.iter().any(|d| of(d)))
            .count()
    };
    let errors = count(&|d| d.is_input_error());
    // A case fails for a finding shown, or else for those past the ones shown.
    let failing_shown = |name: &str| {
        cases[name]
            .1
            .iter()
            .any(|d| fails(d) && !d.is_input_error())
    };
    let failing_past_shown: Vec<&str> = past_shown
        .keys()
        .map(String::as_str)
        .filter(|name| cases.contains_key(*name) && !failing_shown(name))
        .collect();
    let failures = count(&|d| fails(d) && !d.is_input_error()) + failing_past_shown.len();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">\n",
        cases.len()
    ));
    out.push_str(&format!(
        "  <testsuite name=\"claimcheck\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">\n",
        cases.len()
    ));
    for (name, (class, diagnostics)) in &cases {
        out.push_str(&format!(
            "    <testcase name=\"{}\" classname=\"{}\"",
            escape(name),
            escape(class)
        ));
        let past = failing_past_shown
            .contains(&name.as_str())
            .then(|| &past_shown[name]);
        if diagnostics.is_empty() && past.is_none() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if let Some(past) = past {
            out.push_str(&format!(
                "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                crate::codes::Code::TooManyFindings.id(),
                escape(past),
                escape(past)
            ));
        }
        let (failing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            diagnostics.iter().copied().partition(|d| fails(d));
        // In the case of a rule that found another rule's finding too, that finding is one
        // line: it is written out in full in its own rule's case.
        let case_rule = name.strip_prefix("rule ");
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
        for diagnostic in failing.iter().take(LISTED_PER_CASE) {
            let element = if diagnostic.is_input_error() {
                "error"
            } else {
                "failure"
            };
            out.push_str(&format!(
                "      <{element} type=\"{}\" message=\"{}\">{}</{element}>\n",
                diagnostic.code.id(),
                escape(&diagnostic.message),
                escape(&body(diagnostic))
            ));
        }
        if failing.len() > LISTED_PER_CASE {
            let more = escape(&format!(
                "{} more findings fail this case and are not listed here: the JSON or SARIF \
                 report lists them",
                failing.len() - LISTED_PER_CASE
            ));
            out.push_str(&format!(
                "      <failure type=\"{}\" message=\"{more}\">{more}</failure>\n",
                crate::codes::Code::TooManyFindings.id(),
            ));
        }
        if !other.is_empty() {
            let mut lines: Vec<String> = other
                .iter()
                .take(LISTED_PER_CASE)
                .map(|d| format!("{}: {}", d.severity.as_str(), body(d)))
                .collect();
            if other.len() > LISTED_PER_CASE {
                lines.push(format!(
                    "{} more warnings and notes are not listed here: the JSON or SARIF report lists them",
                    other.len() - LISTED_PER_CASE
                ));
            }
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                escape(&lines.join("\n"))
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
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
        let xml = document(&outcome);
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
        let xml = document(&outcome);
        assert_eq!(
            xml.matches("<failure type=\"CC151\"").count(),
            LISTED_PER_CASE
        );
        assert!(
            xml.contains(
                "<failure type=\"CC006\" message=\"30 more findings fail this case and are not \
                 listed here: the JSON or SARIF report lists them\">"
            ),
            "{}",
            &xml[xml.len() - 600..]
        );
    }

    #[test]
    fn bidirectional_controls_are_written_out() {
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            "source: \"Foo\u{202e} 21 sllew\u{61c}\"\nclaims:\n  - { id: c, quote: \"75 poverty-stricken counties\", subject: Gansu, metric: m, value: 75, unit: county }\n",
        )]);
        let xml = crate::normalize::written_out_controls(document(&outcome));
        assert!(!xml.contains(['\u{202e}', '\u{61c}']));
        assert!(xml.contains("Foo\\u{202e} 21 sllew\\u{61c}"), "{xml}");
    }
}
