//! The human form of a coverage report: a compact table, one row per source and a total.
//! The diagnostics (one per uncovered number) are rendered like any other.

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::citation::coverage::{Counts, Report};

/// The table, with a closing line that says whether the minimum (if any) is met.
pub fn table(report: &Report, minimum: Option<Decimal>) -> String {
    let width = report
        .sources
        .iter()
        .map(|s| s.source.chars().count())
        .chain(["source".len(), "total".len()])
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<width$}  {:>6}  {:>7}  {:>7}  {:>9}  {:>8}",
        "source", "found", "encoded", "ignored", "uncovered", "coverage"
    );
    let row = |out: &mut String, name: &str, counts: &Counts| {
        // A source with no number read has none to cover: no share of it is shown.
        let share = counts.percent().map_or_else(
            || "-".to_string(),
            |share| format!("{}%", one_decimal(share)),
        );
        let _ = writeln!(
            out,
            "{:<width$}  {:>6}  {:>7}  {:>7}  {:>9}  {:>8}",
            name,
            counts.found,
            counts.encoded,
            counts.ignored,
            counts.uncovered(),
            share
        );
    };
    for source in &report.sources {
        row(&mut out, &source.source, &source.counts);
    }
    row(&mut out, "total", &report.total);
    out.push_str(&summary(report, minimum));
    out
}

/// The closing line: how many numbers were found, encoded, ignored and left uncovered, and
/// whether the minimum (if any) is met.
pub fn summary(report: &Report, minimum: Option<Decimal>) -> String {
    let mut out = String::new();
    let total = &report.total;
    let Some(share) = total.percent() else {
        let _ = write!(
            out,
            "claimcheck coverage: no number read in {}: nothing to cover",
            super::counted(report.sources.len(), "source"),
        );
        if let Some(minimum) = minimum {
            let _ = write!(out, " (minimum {}%: nothing to judge)", minimum.normalize());
        }
        out.push('\n');
        return out;
    };
    let _ = write!(
        out,
        "claimcheck coverage: {} in {}: {} encoded, {} ignored, {} uncovered: {}% covered",
        super::counted(total.found, "number"),
        super::counted(report.sources.len(), "source"),
        total.encoded,
        total.ignored,
        total.uncovered(),
        one_decimal(share)
    );
    match minimum {
        Some(minimum) if total.meets(minimum) => {
            let _ = write!(out, " (minimum {}%: met)", minimum.normalize());
        }
        Some(minimum) => {
            let _ = write!(out, " (minimum {}%: NOT met)", minimum.normalize());
        }
        None => {}
    }
    out.push('\n');
    out
}

fn one_decimal(value: Decimal) -> String {
    format!("{:.1}", value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::coverage::SourceCoverage;

    #[test]
    fn the_table_has_a_row_per_source_and_a_total() {
        let counts = Counts {
            found: 3,
            encoded: 1,
            ignored: 1,
        };
        let report = Report {
            sources: vec![SourceCoverage {
                source: "article".into(),
                text: Some("sources/article.txt".into()),
                counts,
            }],
            total: counts,
            unreported: 0,
        };
        // One source and one number are singular, not "1 sources" or "1 numbers".
        let one = Counts {
            found: 1,
            encoded: 1,
            ignored: 0,
        };
        let single = Report {
            sources: report
                .sources
                .iter()
                .map(|s| SourceCoverage {
                    counts: one,
                    ..s.clone()
                })
                .collect(),
            total: one,
            unreported: 0,
        };
        assert!(table(&single, None).ends_with(
            "claimcheck coverage: 1 number in 1 source: 1 encoded, 0 ignored, 0 uncovered: 100.0% covered\n"
        ));
        assert_eq!(
            table(&report, Some(Decimal::ONE_HUNDRED)),
            "\
source    found  encoded  ignored  uncovered  coverage
article       3        1        1          1     66.6%
total         3        1        1          1     66.6%
claimcheck coverage: 3 numbers in 1 source: 1 encoded, 1 ignored, 1 uncovered: 66.6% covered (minimum 100%: NOT met)
"
        );
    }

    #[test]
    fn a_source_with_no_number_read_shows_no_share() {
        let none = Counts::default();
        let some = Counts {
            found: 2,
            encoded: 2,
            ignored: 0,
        };
        let source = |name: &str, counts: Counts| SourceCoverage {
            source: name.into(),
            text: None,
            counts,
        };
        let one_empty = Report {
            sources: vec![source("read", some), source("unread", none)],
            total: some,
            unreported: 0,
        };
        assert_eq!(
            table(&one_empty, None),
            "\
source   found  encoded  ignored  uncovered  coverage
read         2        2        0          0    100.0%
unread       0        0        0          0         -
total        2        2        0          0    100.0%
claimcheck coverage: 2 numbers in 2 sources: 2 encoded, 0 ignored, 0 uncovered: 100.0% covered
"
        );
        let all_empty = Report {
            sources: vec![source("unread", none)],
            total: none,
            unreported: 0,
        };
        assert!(table(&all_empty, Some(Decimal::TEN)).ends_with(
            "claimcheck coverage: no number read in 1 source: nothing to cover (minimum 10%: \
             nothing to judge)\n"
        ));
    }
}
