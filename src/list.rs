//! `claimcheck list`: compact tables of what a project holds, for reviewers finding their way
//! around a corpus.

use crate::check::Outcome;
use crate::rules::KINDS;

/// What to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Sources,
    Claims,
    Entities,
    Rules,
}

/// Renders the table for `what`, one row per record, columns padded to align.
pub fn render(outcome: &Outcome, what: Table) -> String {
    let project = &outcome.project;
    let (header, rows): (&[&str], Vec<Vec<String>>) = match what {
        Table::Sources => (&["ID", "PUBLISHED", "PUBLISHER", "CLAIMS", "TEXT"], {
            // Counted in one pass over the claims, not one per source.
            let mut claims_of = vec![0usize; project.sources.len()];
            for claim in project.claims.iter() {
                claims_of[claim.source.0 as usize] += 1;
            }
            project
                .sources
                .iter()
                .zip(claims_of)
                .map(|(source, claims)| {
                    vec![
                        source.id.value.clone(),
                        source
                            .published
                            .as_ref()
                            .map_or("-".into(), |date| date.value.to_string()),
                        source
                            .publisher
                            .as_ref()
                            .map_or("-".into(), |p| p.value.clone()),
                        claims.to_string(),
                        source
                            .text_path
                            .as_ref()
                            .map_or("-".into(), |path| path.value.clone()),
                    ]
                })
                .collect()
        }),
        Table::Claims => (
            &["ID", "DATE", "SUBJECT", "METRIC", "VALUE"],
            project
                .claims
                .iter()
                .map(|claim| {
                    let mut value = match (&claim.value, claim.unit_name()) {
                        (Some(value), Some(unit)) if unit != "percent" => {
                            format!("{} {unit}", value.value.text)
                        }
                        (Some(value), _) => value.value.text.to_string(),
                        (None, _) => String::new(),
                    };
                    if let Some(status) = claim.status() {
                        value = join(&value, &status.value);
                    }
                    if !claim.members().is_empty() {
                        let members =
                            format!("[{} {}]", claim.members().len(), claim.listing.as_str());
                        value = join(&value, &members);
                    }
                    vec![
                        claim.id.value.clone(),
                        // The date the rules place it by: the period a figure covers,
                        // else the day it is as of.
                        claim.dated().to_string(),
                        claim.subject.value.to_string(),
                        claim.metric.value.to_string(),
                        value,
                    ]
                })
                .collect(),
        ),
        Table::Entities => (
            &["NAME", "KIND", "PARENT", "ALIASES"],
            project
                .entities
                .iter()
                .map(|(_, entity)| {
                    vec![
                        entity.name.value.clone(),
                        entity.kind.value.as_str().to_string(),
                        entity
                            .parent
                            .as_ref()
                            .map_or("-".into(), |p| p.value.clone()),
                        entity
                            .aliases
                            .iter()
                            .map(|a| a.value.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        ),
        Table::Rules => {
            (
                &["ID", "KIND", "SEVERITY", "CLAIMS", "WHAT IT CHECKS"],
                outcome
                    .rules
                    .iter()
                    .zip(&outcome.claims_checked)
                    .map(|(rule, claims)| {
                        // How many claims the rule looks at: 0 means it checks nothing.
                        let summary = KINDS
                            .iter()
                            .find(|k| k.name == rule.kind)
                            .map_or("", |k| k.summary);
                        vec![
                            rule.id.value.clone(),
                            rule.kind.to_string(),
                            rule.severity
                                .map_or("default".into(), |s| s.as_str().to_string()),
                            claims.to_string(),
                            rule.message.clone().unwrap_or_else(|| summary.to_string()),
                        ]
                    })
                    .collect(),
            )
        }
    };
    table(header, &rows)
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}, {b}")
    }
}

/// Left-aligned columns separated by two spaces, no trailing spaces. Cells are measured in
/// terminal columns, not characters: a Chinese name takes two columns a character, and a
/// combining accent none.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    use unicode_width::UnicodeWidthStr;
    // Cells show the input as the human report does: control characters as symbols and
    // bidirectional controls written out, never sent to the terminal (an escape sequence in
    // a metric would set the window's title or clear the screen).
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| shown_cell(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (index, cell) in row.iter().enumerate() {
            line.push_str(cell);
            let pad = widths[index] - cell.width() + 2;
            line.extend(std::iter::repeat_n(' ', pad));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A cell as the terminal may show it, on one line.
fn shown_cell(cell: &str) -> String {
    crate::normalize::shown_string(cell).replace('\n', "\u{240a}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_in_a_cell_are_shown_not_sent_to_the_terminal() {
        let rows = vec![vec![
            "public libraries\u{1b}]0;pwned\u{7}\u{1b}[2J".to_string(),
            "Foo\u{202e} 21 sllew\nnext".to_string(),
        ]];
        let shown = table(&["METRIC", "SUBJECT"], &rows);
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{shown}");
        assert!(shown.contains("public libraries␛]0;pwned␇␛[2J"), "{shown}");
        assert!(shown.contains("Foo\\u{202e} 21 sllew␊next"), "{shown}");
        assert_eq!(shown.lines().count(), 2);
    }

    #[test]
    fn columns_align_on_the_widest_cell() {
        let rows = vec![
            vec!["a".to_string(), "1".to_string(), "x".to_string()],
            vec!["longer".to_string(), "22".to_string(), "y".to_string()],
        ];
        assert_eq!(
            table(&["ID", "N", "NOTE"], &rows),
            "ID      N   NOTE\na       1   x\nlonger  22  y\n"
        );
    }

    #[test]
    fn wide_and_combining_characters_are_measured_in_columns() {
        let rows = vec![
            vec!["贵州省".to_string(), "1".to_string()],
            vec!["Gansu".to_string(), "2".to_string()],
            // "Hòa" with its accent as a combining mark: three columns.
            vec!["Ho\u{0300}a".to_string(), "3".to_string()],
        ];
        assert_eq!(
            table(&["SUBJECT", "N"], &rows),
            "SUBJECT  N\n贵州省   1\nGansu    2\nHo\u{0300}a      3\n"
        );
    }

    #[test]
    fn claims_show_value_unit_and_members() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: a, quote: x, subject: Guangxi, metric: m, value: 2, unit: county, members: [Rongshui, Sanjiang] }\n",
        )]);
        let text = render(&outcome, Table::Claims);
        assert!(text.contains("2 county, [2 exhaustive]"), "{text}");
    }

    #[test]
    fn a_claim_is_dated_by_its_period_when_it_has_one() {
        let outcome = crate::testing::check_files(&[(
            "claims/c.yaml",
            "source: article\nclaims:\n  - { id: budget, quote: x, subject: Gansu, metric: m, value: 2, unit: county, period: 2023 }\n  - { id: count, quote: x, subject: Gansu, metric: n, value: 3, unit: county, as_of: 2020-11-14 }\n",
        )]);
        let text = render(&outcome, Table::Claims);
        let dates: Vec<&str> = text
            .lines()
            .map(|line| line.split_whitespace().nth(1).unwrap_or_default())
            .collect();
        assert_eq!(dates, ["DATE", "2023", "2020-11-14"], "{text}");
    }
}
