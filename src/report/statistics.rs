//! `--statistics`: how many diagnostics of each code a run reported, most frequent first,
//! for a first look at a large run.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::{Report, summary_line};

/// The table of counts, then the summary line.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(table(&report.outcome.diagnostics).as_bytes())?;
    out.write_all(summary_line(&report.outcome.summary).as_bytes())
}

/// Codes with their counts and severity, most frequent first (ties in code order).
pub fn counts(diagnostics: &[Diagnostic]) -> Vec<(Code, usize, Severity)> {
    let mut by_code: BTreeMap<Code, (usize, Severity)> = BTreeMap::new();
    for diagnostic in diagnostics {
        let entry = by_code
            .entry(diagnostic.code)
            .or_insert((0, diagnostic.severity));
        entry.0 += 1;
        // Overrides apply per code, so one code has one severity; keep the highest anyway.
        entry.1 = entry.1.max(diagnostic.severity);
    }
    let mut counts: Vec<(Code, usize, Severity)> = by_code
        .into_iter()
        .map(|(code, (count, severity))| (code, count, severity))
        .collect();
    counts.sort_by_key(|&(code, count, _)| (std::cmp::Reverse(count), code));
    counts
}

/// The counts as an aligned table: count, code, name, severity.
pub fn table(diagnostics: &[Diagnostic]) -> String {
    let counts = counts(diagnostics);
    let count_width = counts
        .first()
        .map_or(1, |(_, count, _)| count.to_string().len());
    let name_width = counts
        .iter()
        .map(|(code, ..)| code.name().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (code, count, severity) in counts {
        out.push_str(&format!(
            "{count:>count_width$}  {}  {:name_width$}  {}\n",
            code.id(),
            code.name(),
            severity.as_str()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;
    use crate::files::FileId;

    fn at(code: Code) -> Diagnostic {
        Diagnostic::new(code, "m", Location::new(FileId(0), 0..1), "")
    }

    #[test]
    fn the_most_frequent_code_comes_first() {
        let diagnostics = [
            at(Code::UnknownEntity),
            at(Code::ValuesDisagree),
            at(Code::UnknownEntity),
            at(Code::CountMismatch),
            at(Code::UnknownEntity),
            at(Code::ValuesDisagree),
        ];
        assert_eq!(
            table(&diagnostics),
            "3  CC022  unknown-entity   warning\n\
             2  CC141  values-disagree  error\n\
             1  CC101  count-mismatch   error\n"
        );
        assert_eq!(table(&[]), "");
    }
}
