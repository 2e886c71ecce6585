//! A finding's labels in a YAML file: the labelled lines with their numbers (one line of
//! context, gaps between them left out), each label marked with its message beneath, and
//! a link to the passage of the claim it points into.

use std::collections::BTreeSet;

use maud::{Markup, html};

use super::{Page, passage_anchor, rule_anchor};
use crate::diagnostic::Label;
use crate::files::FileId;

/// A label over more lines than this shows its first lines only.
const MAX_LABEL_LINES: usize = 6;

pub(super) fn render(
    page: &Page,
    _finding: usize,
    file: FileId,
    labels: &[(usize, &Label)],
) -> Markup {
    let project = &page.outcome.project;
    let source = project.files.get(file);
    let text: &str = source.text();
    let last_line = source.line_count();
    // Each label's bytes, clamped to character boundaries, and its first and last line.
    let placed: Vec<(usize, usize, usize, usize, &Label)> = labels
        .iter()
        .map(|(_, label)| {
            let mut start = label.location.span().start.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = label.location.span().end.clamp(start, text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let first = source.line_of(start);
            let last = if end > start {
                source.line_of(end - 1)
            } else {
                first
            };
            (
                start,
                end,
                first,
                last.min(first + MAX_LABEL_LINES - 1),
                *label,
            )
        })
        .collect();
    let mut lines = BTreeSet::new();
    for &(_, _, first, last, _) in &placed {
        lines.extend(first.saturating_sub(1).max(1)..=(last + 1).min(last_line));
    }
    // A last empty line after the final newline shows nothing.
    if lines.len() > 1
        && let Some(&line) = lines.last()
        && source.line_bounds(line).is_empty()
        && placed.iter().all(|&(_, _, first, _, _)| first != line)
    {
        lines.remove(&line);
    }
    let (line, column) = source.line_column(placed.first().map_or(0, |p| p.0));
    // Each shown line, and whether lines were left out before it.
    let rows: Vec<(usize, bool)> = lines
        .iter()
        .scan(None, |previous: &mut Option<usize>, &number| {
            let gap = previous.is_some_and(|p| p + 1 < number);
            *previous = Some(number);
            Some((number, gap))
        })
        .collect();
    // Each claim's passage is linked once, from its first label.
    let mut linked = BTreeSet::new();
    html! {
        figure.excerpt {
            figcaption { (source.name) ":" (line) ":" (column) }
            table {
                @for (number, gap) in &rows {
                    @if *gap {
                        tr.gap { td.ln { "⋮" } td {} }
                    }
                    @let bounds = source.line_bounds(*number);
                    tr {
                        td.ln { (number) }
                        td.code { (line_markup(text, bounds.start, bounds.end, &placed)) }
                    }
                    @for &(start, _, _, last, label) in &placed {
                        @if last == *number && !label.message.is_empty() {
                            tr.label-message {
                                td.ln {}
                                td {
                                    "↑ " (super::prose(&label.message))
                                    @if let Some(claim) = project.claim_at(&label.location) {
                                        @let claim = project.claim(claim);
                                        @if claim.passage.is_some() && linked.insert(claim.id.value.as_str()) {
                                            " " a href={ "#" (passage_anchor(&claim.id.value)) } { "passage of " code { (claim.id.value) } " ↓" }
                                        }
                                    } @else if let Some(&rule) = page.rules_by_place.get(&(file, start)) {
                                        @let rule = &page.outcome.rules[rule];
                                        " " a href={ "#" (rule_anchor(&rule.id.value)) } { "the rule ↓" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One line of text with the labels that cover part of it marked.
fn line_markup(
    text: &str,
    start: usize,
    end: usize,
    placed: &[(usize, usize, usize, usize, &Label)],
) -> Markup {
    let mut cuts: Vec<usize> = vec![start, end];
    for &(s, e, ..) in placed {
        for at in [s, e] {
            if at > start && at < end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    html! {
        @for pair in cuts.windows(2) {
            @let (a, b) = (pair[0], pair[1]);
            @let covering: Vec<&Label> = placed.iter().filter(|p| p.0 <= a && p.1 >= b && p.1 > p.0).map(|p| p.4).collect();
            @if covering.is_empty() {
                (&text[a..b])
            } @else {
                @let title: Vec<&str> = covering.iter().map(|l| l.message.as_ref()).filter(|m| !m.is_empty()).collect();
                mark class=(if covering.iter().any(|l| l.primary) { "label primary" } else { "label" }) title=(title.join("\n")) { (&text[a..b]) }
            }
        }
    }
}
