//! The claimcheck command line: parse arguments, call the library, render, exit.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimcheck::check::{self, Outcome};
use claimcheck::citation::coverage;
use claimcheck::codes::Code;
use claimcheck::diagnostic::Diagnostic;
use claimcheck::files::Files;
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
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Load the project, run every rule and report (the default command).
    Check(CheckArgs),
    /// Count the numbers in the articles that claims encode, that coverage.yaml ignores,
    /// and that neither covers.
    Coverage(CoverageArgs),
    /// Print the long explanation of a diagnostic code.
    Explain {
        /// A code such as CC020, or its name such as duplicate-id.
        code: String,
    },
}

#[derive(clap::Args, Clone)]
struct CheckArgs {
    /// The project folder (holding claims/, sources/, entities/, rules/).
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, value_enum)]
    deny: Option<Deny>,
}

#[derive(clap::Args, Clone)]
struct CoverageArgs {
    /// The project folder (holding claims/, sources/ and, optionally, coverage.yaml).
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Exit with 1 when less than this percentage of the numbers is covered (0 to 100).
    #[arg(long, value_name = "P", value_parser = parse_percent)]
    min_coverage: Option<Decimal>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

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
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Check(args)) => run_check(&args),
        None => run_check(&cli.check),
        Some(Command::Coverage(args)) => run_coverage(&args),
        Some(Command::Explain { code }) => explain(&code),
    };
    ExitCode::from(code)
}

fn run_check(args: &CheckArgs) -> u8 {
    let outcome = check::check(&args.path, &check::Options::default());
    let text = match args.format {
        Format::Human => render_human(&outcome),
        Format::Json => report::json::render(
            &outcome.diagnostics,
            &outcome.summary,
            &outcome.project.files,
        ),
    };
    print(&text);
    outcome.exit_code(args.deny.is_some()) as u8
}

fn run_coverage(args: &CoverageArgs) -> u8 {
    let coverage = coverage::run(&args.path, &coverage::Options::default());
    let files = &coverage.project.files;
    let text = match args.format {
        Format::Human => {
            let mut text = render_diagnostics(&coverage.diagnostics, files);
            text.push_str(&report::coverage::table(
                &coverage.report,
                args.min_coverage,
            ));
            text
        }
        Format::Json => report::json::render_coverage(
            &coverage.report,
            args.min_coverage,
            &coverage.diagnostics,
            files,
        ),
    };
    print(&text);
    coverage.exit_code(args.min_coverage) as u8
}

fn render_human(outcome: &Outcome) -> String {
    let mut out = render_diagnostics(&outcome.diagnostics, &outcome.project.files);
    let s = &outcome.summary;
    out.push_str(&format!(
        "claimcheck: {} sources, {} claims, {} entities, {} rules: {} errors ({} in the input), {} warnings, {} notes\n",
        s.sources, s.claims, s.entities, s.rules, s.errors, s.input_errors, s.warnings, s.infos
    ));
    out
}

/// Every diagnostic as a miette report, each followed by a blank line.
fn render_diagnostics(diagnostics: &[Diagnostic], files: &Files) -> String {
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stdout().is_terminal();
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(100);
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let report = report::human::Report::new(diagnostic, files);
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!(
                "{}: {}\n",
                diagnostic.code.id(),
                diagnostic.message
            ));
        }
        out.push('\n');
    }
    out
}

fn explain(code: &str) -> u8 {
    match Code::find(code) {
        Some(code) => {
            print(&format!(
                "{} {} ({} by default)\n\n{}",
                code.id(),
                code.name(),
                code.default_severity().as_str(),
                code.explanation()
            ));
            0
        }
        None => {
            eprintln!(
                "error: `{code}` is not a claimcheck code\n  help: codes look like CC020; the codes are: {}",
                Code::ALL
                    .iter()
                    .map(|c| c.id())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            2
        }
    }
}

/// Writes to stdout, ignoring a closed pipe (`claimcheck | head`).
fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}
