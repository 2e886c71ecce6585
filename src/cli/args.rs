//! The command line's arguments: clap's definitions of every command and option, and the
//! one command read before clap.

use std::path::PathBuf;

use claimcheck::report;
use clap::{Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Cross-check the claims encoded from articles and report every discrepancy",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Subcommand)]
pub enum Command {
    /// Load the project, run every rule and report (the default command).
    Check(CheckArgs),
    /// Count the numbers in the articles that claims encode, that coverage.yaml ignores,
    /// and that neither covers.
    Coverage(CoverageArgs),
    /// Print the long explanation of a diagnostic code, or of a rule kind's parameters;
    /// without an argument, list every code.
    Explain {
        /// A code such as CC020, its name such as duplicate-id, or a rule kind such as count.
        code: Option<String>,
    },
    /// Create a minimal working project: an example article, its claims, entities, rules
    /// and coverage.yaml, and the schemas editors check them with.
    Init {
        /// The folder to create it in; existing files are never overwritten.
        #[arg(default_value = ".")]
        path: PathBuf,
    },
    /// Print a shell completion script, e.g. `claimcheck completions bash > /etc/bash_completion.d/claimcheck`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `claimcheck man > claimcheck.1`, or a
    /// subcommand's page, e.g. `claimcheck man check > claimcheck-check.1`.
    Man {
        /// The subcommand whose page to print (the page claimcheck(1) lists as
        /// claimcheck-SUBCOMMAND(1)).
        subcommand: Option<String>,
    },
    /// Write JSON Schemas of the YAML files (sources, claims, entities, rules, claimcheck.yaml,
    /// coverage.yaml) for editors; existing schema files are replaced.
    Schema {
        /// The folder to write them to (created if needed).
        #[arg(long, value_name = "DIR", default_value = claimcheck::schema::DEFAULT_DIR)]
        out: PathBuf,
    },
    /// Print a compact table of the project's sources, claims, entities or rules.
    List {
        #[arg(value_enum)]
        what: ListWhat,
        /// The project folder.
        #[arg(default_value = ".")]
        path: PathBuf,
    },
}

/// For benchmarks, `claimcheck parse-only [PATH]`: read and parse every YAML file of the
/// project (in parallel, as `check` does) and nothing else. It is read before clap so
/// that it stays out of the help, the completions and the manual.
const PARSE_ONLY: &str = "parse-only";

#[derive(Clone, Copy, ValueEnum)]
pub enum ListWhat {
    Sources,
    Claims,
    Entities,
    Rules,
}

#[derive(clap::Args, Clone)]
pub struct CheckArgs {
    /// The project folder (holding claims/, sources/, entities/, rules/); from a folder
    /// inside a project, the project is found above it.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Do not report this code, e.g. `--ignore CC022` (repeatable); the same as
    /// `--severity CODE=off`.
    #[arg(long, value_name = "CODE")]
    pub ignore: Vec<String>,
    /// Report only diagnostics at this level or above (invalid input is always reported).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<MinSeverity>,
    /// Report only findings that the baseline FILE does not accept; exit by those alone.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Record every finding of this run in the baseline FILE (replacing it), then report
    /// as `--baseline FILE` would.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Override a code's severity, e.g. `--severity CC142=warning` or `CC022=off`
    /// (repeatable; applies after claimcheck.yaml).
    #[arg(long, value_name = "CODE=LEVEL")]
    pub severity: Vec<String>,
    /// Run only this rule (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    pub rules: Vec<String>,
    /// Report only this code, e.g. `--select CC101` (repeatable). Input errors are always
    /// reported.
    #[arg(long, value_name = "CODE")]
    pub select: Vec<String>,
    /// Write the report to FILE (atomically: a temporary file, then a rename) instead of
    /// standard output (`-`); never over the project's input or inside its four folders.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format sarif: an absolute URL that each code's id is appended to for the
    /// rules' `helpUri` (e.g. the README's code table in your repository); percent-encode
    /// spaces and letters outside ASCII.
    #[arg(long, value_name = "URL", value_parser = report::sarif::help_uri_base)]
    pub help_uri_base: Option<String>,
    /// Print how many findings of each code the run reported, most frequent first,
    /// instead of the findings (with --format human or concise).
    #[arg(long)]
    pub statistics: bool,
    /// Read at most SIZE of YAML in this run, all files together (default 1GiB); files
    /// past it are refused with CC002. Bytes, or with a unit: 500MB, 4GB, 4GiB. A run's
    /// memory grows with what it reads, to three or four times the project's size.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_yaml: Option<u64>,
}

/// `--max-yaml`: a number of bytes, with an optional unit (kB, MB, GB, KiB, MiB, GiB; the
/// `B` and the case are optional).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let split = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().trim_end_matches('b') {
        "" => 1,
        "k" => 1_000,
        "m" => 1_000_000,
        "g" => 1_000_000_000,
        "ki" => 1 << 10,
        "mi" => 1 << 20,
        "gi" => 1 << 30,
        _ => {
            return Err(format!(
                "`{text}` is not a size: write bytes or a number with kB, MB, GB, KiB, MiB or GiB"
            ));
        }
    };
    let number: Decimal = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size: write a number such as 4GB or 500MB"))?;
    let bytes = number.checked_mul(Decimal::from(factor)).map(|b| b.trunc());
    match bytes.map(u64::try_from) {
        Some(Ok(bytes)) if bytes > 0 => Ok(bytes),
        Some(Ok(_)) => Err(format!("`{text}` is not a size of at least one byte")),
        _ => Err(format!("`{text}` is more bytes than can be counted")),
    }
}

#[derive(clap::Args, Clone)]
pub struct CoverageArgs {
    /// The project folder (holding claims/, sources/ and, optionally, coverage.yaml).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Exit with 1 when less than this percentage of the numbers is covered (0 to 100).
    #[arg(long, value_name = "P", value_parser = parse_percent)]
    pub min_coverage: Option<Decimal>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CoverageFormat::Human)]
    pub format: CoverageFormat,
}

/// `--min-coverage`: a percentage from 0 to 100, with or without `%`.
fn parse_percent(text: &str) -> Result<Decimal, String> {
    let value: Decimal = text
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("`{text}` is not a percentage; write a number such as 95 or 100"))?;
    if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
        return Err(format!("`{text}` is not between 0 and 100"));
    }
    Ok(value)
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CoverageFormat {
    /// a table and the uncovered numbers as diagnostics
    Human,
    /// one JSON document
    Json,
    /// one line per uncovered number: `file:line:col: CODE [severity] message`, then the
    /// summary line
    Concise,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// miette diagnostics for people
    Human,
    /// one JSON document (schema version 1)
    Json,
    /// SARIF 2.1.0, for code-scanning services
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// JUnit XML, one test case per rule
    Junit,
    /// one line per finding: `file:line:col: CODE [severity] message`
    Concise,
    /// a summary for pull-request comments and CI step summaries
    Markdown,
    /// a self-contained page: the articles with their passages marked, every finding
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum MinSeverity {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Deny {
    Warnings,
}

/// What the command line asks for.
pub enum Invocation {
    /// `parse-only [PATH]`, read before clap (see [`PARSE_ONLY`]).
    ParseOnly(PathBuf),
    /// Any other command, as clap read it (boxed: it is large, `ParseOnly` small).
    Command(Box<Cli>),
}

/// Reads the process's arguments; clap itself answers `--help` and `--version` and exits
/// on a usage error.
pub fn parse() -> Invocation {
    let mut arguments = std::env::args_os().skip(1);
    if arguments.next().is_some_and(|first| first == PARSE_ONLY) {
        let path = arguments
            .next()
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        return Invocation::ParseOnly(path);
    }
    Invocation::Command(Box::new(Cli::parse()))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_are_bytes_or_numbers_with_a_decimal_or_binary_unit() {
        for (text, bytes) in [
            ("1048576", 1_048_576),
            ("500MB", 500_000_000),
            ("4GB", 4_000_000_000),
            ("4 GiB", 4 << 30),
            ("1.5g", 1_500_000_000),
            ("64kib", 64 << 10),
            ("2M", 2_000_000),
        ] {
            assert_eq!(parse_size(text), Ok(bytes), "{text}");
        }
        for text in [
            "",
            "0",
            "0.1",
            "GB",
            "4 TB",
            "-1G",
            "1e9",
            "99999999999999999999999999G",
        ] {
            assert!(parse_size(text).is_err(), "{text}");
        }
    }
}
