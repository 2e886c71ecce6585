//! The human report: every diagnostic drawn for the terminal, then the summary line
//! wrapped to the same width.

use claimcheck::check::Outcome;
use claimcheck::diagnostic::Diagnostic;
use claimcheck::files::Files;
use claimcheck::report;

use super::terminal;

/// The diagnostics and the summary of a check, as people read them.
pub fn render_human(outcome: &Outcome) -> String {
    let mut out = render_diagnostics(&outcome.diagnostics, &outcome.project.files);
    // The summary is the one line of the report that is not an excerpt: wrapped like the
    // rest, so that no line is wider than the terminal.
    out.push_str(&wrap_summary(
        &report::summary_line(&outcome.summary),
        terminal::output_width(),
    ));
    out
}

/// The summary line wrapped to `width`, broken only between its counts, never inside one
/// ("4 accepted by the baseline"); continuation lines are indented.
fn wrap_summary(summary: &str, width: usize) -> String {
    let mut lines = vec![String::new()];
    for part in summary.trim_end().split_inclusive([',', ':']) {
        let part = part.trim_start();
        let current = lines.last_mut().expect("lines starts with one line");
        if current.is_empty() {
            current.push_str(part);
        } else if current.chars().count() + 1 + part.chars().count() > width {
            lines.push(format!("  {part}"));
        } else {
            current.push(' ');
            current.push_str(part);
        }
    }
    lines.join("\n") + "\n"
}

/// Every diagnostic drawn for the terminal (or a pipe), each followed by a blank line.
pub fn render_diagnostics(diagnostics: &[Diagnostic], files: &Files) -> String {
    report::terminal::render(diagnostics, files, terminal::style())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_wraps_between_its_counts() {
        let summary = "claimcheck: 5 sources, 104 claims, 73 entities, 20 rules: 0 errors, \
                       1 warning, 4 accepted by the baseline\n";
        assert_eq!(wrap_summary(summary, 200), summary);
        assert_eq!(
            wrap_summary(summary, 80),
            "claimcheck: 5 sources, 104 claims, 73 entities, 20 rules: 0 errors, 1 warning,\n  \
             4 accepted by the baseline\n"
        );
        for line in wrap_summary(summary, 30).lines() {
            assert!(line.chars().count() <= 30, "{line}");
        }
    }
}
