//! The Markdown summary, for a pull-request comment or GitHub's step summary
//! (`$GITHUB_STEP_SUMMARY`): the run's counts, the rules checked, then a table of the
//! findings grouped by article, each with its `file:line`. A long run is cut after
//! [`Options::limit`] findings, with a count of those left out.

use std::io::{self, Write};

use crate::check::Outcome;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::SourceId;
use crate::report::quoted::Piece;
use crate::report::{Report, article_of, human::shown};

/// How much the summary shows.
#[derive(Clone, Debug)]
pub struct Options {
    /// Findings listed at most; the rest are counted.
    pub limit: usize,
}

impl Default for Options {
    fn default() -> Self {
        // A step summary holds at most 1 MiB; a hundred rows is a page a reviewer reads.
        Options { limit: 100 }
    }
}

/// The summary for a pull-request comment or a CI step.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(document(report.outcome, &report.options.markdown).as_bytes())
}

fn document(outcome: &Outcome, options: &Options) -> String {
    let summary = &outcome.summary;
    let files = &outcome.project.files;
    let mut out = String::new();
    // The notice of findings past those a run reports (CC006) is the last line here.
    let reported = || {
        outcome
            .diagnostics
            .iter()
            .filter(|d| d.code != crate::codes::Code::TooManyFindings)
    };
    let findings = reported().count() + summary.omitted;
    out.push_str(&format!("## claimcheck: {}\n\n", headline(outcome)));
    out.push_str("| sources | claims | entities | rules | errors | warnings | notes |\n");
    out.push_str("|---:|---:|---:|---:|---:|---:|---:|\n");
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} | {} | {} |\n\n",
        summary.sources,
        summary.claims,
        summary.entities,
        summary.rules,
        summary.errors,
        summary.warnings,
        summary.infos
    ));
    if !outcome.rules.is_empty() {
        let passed = outcome.rules_passed();
        out.push_str(&format!(
            "{} of {} rules passed.\n\n<details><summary>Rules checked</summary>\n\n",
            passed.iter().filter(|p| **p).count(),
            passed.len(),
        ));
        out.push_str("| rule | kind | claims checked | result |\n|---|---|---:|---|\n");
        for ((rule, worst), checked) in outcome
            .rules
            .iter()
            .zip(&outcome.rules_worst)
            .zip(&outcome.claims_checked)
        {
            out.push_str(&format!(
                "| {} | {} | {checked} | {} |\n",
                code(&rule.id.value),
                rule.kind,
                // A rule with warnings alone does not fail the run (unless warnings are
                // denied): it is not shown as failed.
                match worst {
                    Some(Severity::Error) => "❌ failed",
                    Some(Severity::Warning) => "⚠️ warnings",
                    _ => "✅ passed",
                }
            ));
        }
        out.push_str("\n</details>\n\n");
    }
    if summary.rules_not_run > 0 {
        out.push_str(&format!(
            "{} not run for the input errors below.\n\n",
            super::counted(summary.rules_not_run, "rule")
        ));
    }
    if summary.suppressed > 0 {
        out.push_str(&format!(
            "{} suppressed by `allow:` entries.\n\n",
            super::counted(summary.suppressed, "finding")
        ));
    }
    if summary.baselined > 0 {
        out.push_str(&format!(
            "{} accepted by the baseline.\n\n",
            super::counted(summary.baselined, "finding")
        ));
    }
    if findings == 0 {
        out.push_str("No findings.\n");
        return out;
    }
    // Group by article, in the order of the sources; findings about no article last.
    let mut groups: Vec<(Option<SourceId>, Vec<&Diagnostic>)> = Vec::new();
    for diagnostic in reported() {
        let article = article_of(diagnostic, &outcome.project);
        match groups.iter_mut().find(|(a, _)| *a == article) {
            Some((_, list)) => list.push(diagnostic),
            None => groups.push((article, vec![diagnostic])),
        }
    }
    groups.sort_by_key(|(article, _)| article.map_or(u32::MAX, |a| a.0));
    let mut shown_count = 0;
    for (article, diagnostics) in groups {
        if shown_count >= options.limit {
            break;
        }
        match article {
            Some(id) => {
                let source = outcome.project.source(id);
                out.push_str(&format!(
                    "### {} ({})

",
                    plain(source.display_title()),
                    code(&source.id.value)
                ));
            }
            None => out.push_str("### Not about an article\n\n"),
        }
        out.push_str("| severity | code | finding | where |\n|---|---|---|---|\n");
        for diagnostic in diagnostics {
            if shown_count >= options.limit {
                break;
            }
            shown_count += 1;
            let place = diagnostic.primary().map_or(String::new(), |primary| {
                let (line, _) = files.line_column(primary.file, primary.span().start);
                code(&format!(
                    "{}:{line}",
                    crate::normalize::shown_name(files.name(primary.file))
                ))
            });
            out.push_str(&format!(
                "| {} | {} {} | {} | {place} |\n",
                severity_label(diagnostic.severity),
                diagnostic.code.id(),
                diagnostic.code.name(),
                message(&diagnostic.message),
            ));
        }
        out.push('\n');
    }
    if findings > shown_count {
        let lists = match summary.omitted {
            0 => "`claimcheck check` lists them all".to_string(),
            _ => format!(
                "`claimcheck check` lists the first {}, and `claimcheck check --statistics` \
                 counts them all by code",
                crate::diagnostic::MAX_REPORTED
            ),
        };
        out.push_str(&format!(
            "… and {} more findings not shown (of {findings}); {lists}.\n",
            findings - shown_count
        ));
    }
    out
}

/// `4 errors, 2 warnings` or `no findings`; invalid input says so.
fn headline(outcome: &Outcome) -> String {
    let s = &outcome.summary;
    if outcome.diagnostics.is_empty() {
        return "no findings".into();
    }
    let count = super::counted;
    let mut parts = vec![count(s.errors, "error"), count(s.warnings, "warning")];
    if s.infos > 0 {
        parts.push(count(s.infos, "note"));
    }
    let mut headline = parts.join(", ");
    if s.input_errors > 0 {
        headline.push_str(&format!(
            " (the input is invalid: {})",
            super::counted(s.input_errors, "input error")
        ));
    }
    headline
}

fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "❌ error",
        Severity::Warning => "⚠️ warning",
        Severity::Info => "ℹ️ note",
    }
}

/// A message with its `quoted` words (claim ids, names) as code spans and the rest as
/// plain text, for one table cell ([`pieces`](super::quoted::pieces)): a backtick from the
/// input stays inside its name, and every piece is escaped for what it is.
fn message(text: &str) -> String {
    super::quoted::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Quoted(part) => code(part),
            Piece::Prose(part) => plain(part),
        })
        .collect()
}

/// Text as itself in a table cell: one line, no control character, and no Markdown or
/// HTML (GitHub renders tags in Markdown): punctuation that would format is escaped. An
/// `@` or `#` from the input (a name written `@team`) is followed by an invisible word
/// joiner, so that a pull-request comment neither mentions anyone nor links an issue: a
/// backslash escape would not stop either, which GitHub finds in the rendered text.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '@' => out.push_str("@\u{2060}"),
            '#' => out.push_str("\\#\u{2060}"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text as a code span in a table cell. Inside a code span Markdown takes every character
/// literally, so `&` and `<` stay as they are (an entity would show as written); only `|`,
/// which would end the cell, is escaped, and the fence is longer than any run of backticks
/// in the text (CommonMark's rule), with a space inside it when the text touches a backtick.
fn code(text: &str) -> String {
    let text = one_line(text).replace('|', "\\|");
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The text on one line, with control characters shown as symbols.
fn one_line(text: &str) -> String {
    shown(text).replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_the_input_mentions_no_one_and_links_no_issue() {
        assert_eq!(
            plain("ping @octocat about #12"),
            "ping @\u{2060}octocat about \\#\u{2060}12"
        );
        // A name with a backtick stays one code span, where nothing is linked; prose
        // around it is plain.
        let cell = message("@lead: the member `a`b @team` names no known entity");
        assert_eq!(
            cell,
            "@\u{2060}lead: the member ``a`b @team`` names no known entity"
        );
    }

    #[test]
    fn plain_text_holds_no_markup_and_no_line_break() {
        assert_eq!(
            plain("a | b\n<script>x</script> *em* [l](u) & \u{1b}"),
            "a \\| b &lt;script&gt;x&lt;/script&gt; \\*em\\* \\[l\\](u) &amp; ␛"
        );
    }

    #[test]
    fn code_spans_keep_their_text_literally() {
        // Entities are not decoded inside a code span: `&` and `<` stay as written.
        assert_eq!(code("Hong Kong & <Macau>"), "`Hong Kong & <Macau>`");
        assert_eq!(code("a|b"), "`a\\|b`");
        // A backtick in the text takes a longer fence; one at an edge takes a space.
        assert_eq!(code("x`y"), "``x`y``");
        assert_eq!(code("`q`"), "`` `q` ``");
        assert_eq!(code("claims/a b.yaml:3"), "`claims/a b.yaml:3`");
    }

    #[test]
    fn a_message_sets_its_quoted_words_as_code_and_escapes_the_rest() {
        assert_eq!(
            message("the member `Hong Kong & Macau` names *no* entity"),
            "the member `Hong Kong & Macau` names \\*no\\* entity"
        );
        // Unbalanced backticks from the input never open raw text.
        assert_eq!(message("a `b` `<i>"), "a `b` \\`&lt;i&gt;");
        // A backtick inside a name stays in its code span.
        assert_eq!(
            message("the member `Y`y` names no known entity"),
            "the member ``Y`y`` names no known entity"
        );
    }

    #[test]
    fn a_long_run_is_cut_with_a_count_of_the_rest() {
        let claims: String = (0..30)
            .map(|i| format!("  - {{ id: c{i}, quote: \"75 poverty-stricken counties\", subject: Nowhere{i}, metric: m, value: 75, unit: county }}\n"))
            .collect();
        let outcome = crate::testing::check_files(&[(
            "claims/a.yaml",
            &format!("source: article\nclaims:\n{claims}"),
        )]);
        assert_eq!(
            outcome.diagnostics.len(),
            30,
            "one unknown entity per claim"
        );
        let text = document(&outcome, &Options { limit: 10 });
        assert_eq!(text.matches("| ⚠️ warning | CC022").count(), 10, "{text}");
        assert!(
            text.contains("… and 20 more findings not shown (of 30)"),
            "{text}"
        );
        assert!(text.contains("### A test article (`article`)"), "{text}");
        assert!(text.contains("`claims/a.yaml:3`"), "{text}");
    }

    #[test]
    fn rules_not_run_for_their_errors_are_counted() {
        let outcome = crate::testing::check_files(&[(
            "rules/r.yaml",
            "rules:\n  - { id: none, kind: range, select: {}, max: 0 }\n",
        )]);
        let text = document(&outcome, &Options { limit: 10 });
        assert!(
            text.contains("1 rule not run for the input errors below."),
            "{text}"
        );
    }
}
