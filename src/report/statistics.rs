//! `--statistics`: how many diagnostics of each code a run reported, most frequent first,
//! for a first look at a large run.

use std::io::{self, Write};

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::{Report, summary_line};

/// The table of counts, every diagnostic counted (those past the run's limit too), then
/// the summary line.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let outcome = &report.outcome;
    let counts = merged(
        counts(&outcome.diagnostics)
            .into_iter()
            .chain(outcome.omitted_by_code.iter().copied()),
    );
    out.write_all(table_of(&counts).as_bytes())?;
    out.write_all(summary_line(&outcome.summary).as_bytes())
}

pub use crate::diagnostic::counts;
use crate::diagnostic::merged;

/// The counts as an aligned table: count, code, name, severity.
pub fn table(diagnostics: &[Diagnostic]) -> String {
    table_of(&counts(diagnostics))
}

fn table_of(counts: &[(Code, usize, Severity)]) -> String {
    let count_width = counts
        .first()
        .map_or(1, |(_, count, _)| count.to_string().len());
    let name_width = counts
        .iter()
        .map(|(code, ..)| code.name().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for &(code, count, severity) in counts {
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
