//! The claimcheck command line: parse arguments, call the library, render, exit.

/// A large corpus builds a model of millions of small allocations; glibc's allocator spends
/// much of such a run in page faults and consolidation (see BENCHMARKS.md), mimalloc far less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimcheck::baseline::Baseline;
use claimcheck::check::{self, Outcome};
use claimcheck::citation::coverage;
use claimcheck::codes::Code;
use claimcheck::diagnostic::{Diagnostic, Severity};
use claimcheck::files::{Files, ShownPaths};
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
    /// Write JSON Schemas of the YAML files (sources, claims, entities, rules, claimcheck.yaml)
    /// for editors; existing schema files are replaced.
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
enum ListWhat {
    Sources,
    Claims,
    Entities,
    Rules,
}

#[derive(clap::Args, Clone)]
struct CheckArgs {
    /// The project folder (holding claims/, sources/, entities/, rules/); from a folder
    /// inside a project, the project is found above it.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Do not report this code, e.g. `--ignore CC022` (repeatable); the same as
    /// `--severity CODE=off`.
    #[arg(long, value_name = "CODE")]
    ignore: Vec<String>,
    /// Report only diagnostics at this level or above (invalid input is always reported).
    #[arg(long, value_enum, value_name = "LEVEL")]
    min_severity: Option<MinSeverity>,
    /// Report only findings that the baseline FILE does not accept; exit by those alone.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record every finding of this run in the baseline FILE (replacing it), then report
    /// as `--baseline FILE` would.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Override a code's severity, e.g. `--severity CC142=warning` or `CC022=off`
    /// (repeatable; applies after claimcheck.yaml).
    #[arg(long, value_name = "CODE=LEVEL")]
    severity: Vec<String>,
    /// Run only this rule (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    rules: Vec<String>,
    /// Report only this code, e.g. `--select CC101` (repeatable). Input errors are always
    /// reported.
    #[arg(long, value_name = "CODE")]
    select: Vec<String>,
    /// Write the report to FILE (atomically: a temporary file, then a rename) instead of
    /// standard output (`-`); never over the project's input or inside its four folders.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// With --format sarif: an absolute URL that each code's id is appended to for the
    /// rules' `helpUri` (e.g. the README's code table in your repository); percent-encode
    /// spaces and letters outside ASCII.
    #[arg(long, value_name = "URL", value_parser = report::sarif::help_uri_base)]
    help_uri_base: Option<String>,
    /// Print how many findings of each code the run reported, most frequent first,
    /// instead of the findings (with --format human or concise).
    #[arg(long)]
    statistics: bool,
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
    #[arg(long, value_enum, default_value_t = CoverageFormat::Human)]
    format: CoverageFormat,
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
enum CoverageFormat {
    /// a table and the uncovered numbers as diagnostics
    Human,
    /// one JSON document
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
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
enum MinSeverity {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

/// The exit code of an internal error: a panic, which is a bug in claimcheck, never a
/// verdict on the input.
const INTERNAL_ERROR: u8 = 3;

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        let message = internal_error_message(
            info.payload(),
            info.location(),
            claimcheck::processing::current_file().as_deref(),
        );
        eprintln!("{message}");
    }));
    let mut arguments = std::env::args_os().skip(1);
    if arguments.next().is_some_and(|first| first == PARSE_ONLY) {
        let path = arguments
            .next()
            .map_or_else(|| PathBuf::from("."), PathBuf::from);
        return ExitCode::from(run_guarded(|| parse_only(&path)));
    }
    let cli = Cli::parse();
    ExitCode::from(run_guarded(|| run(cli)))
}

/// Runs `command`, turning a panic that escapes it into [`INTERNAL_ERROR`] (the hook has
/// already reported it).
fn run_guarded(command: impl FnOnce() -> u8) -> u8 {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(command)).unwrap_or(INTERNAL_ERROR)
}

/// What the user reads when claimcheck panics: that it is claimcheck's fault, the file it
/// was processing when known, and where in the code.
fn internal_error_message(
    payload: &(dyn std::any::Any + Send),
    location: Option<&std::panic::Location<'_>>,
    file: Option<&str>,
) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic");
    let processing = file.map_or(String::new(), |file| format!(" while processing `{file}`"));
    let place = location.map_or(String::new(), |l| format!(" ({}:{})", l.file(), l.line()));
    format!(
        "error: internal error{processing}: {what}{place}\n\
         help: this is a bug in claimcheck, not a problem with your files; please report it \
         with the file named above (exit code {INTERNAL_ERROR})"
    )
}

fn run(cli: Cli) -> u8 {
    match cli.command {
        Some(Command::Check(args)) => run_check(&args),
        None => run_check(&cli.check),
        Some(Command::Coverage(args)) => run_coverage(&args),
        Some(Command::Explain { code }) => explain(code.as_deref()),
        Some(Command::List { what, path }) => list(what, &path),
        Some(Command::Init { path }) => init(&path),
        Some(Command::Schema { out }) => schema(&out),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "claimcheck", &mut out);
            print(&String::from_utf8_lossy(&out));
            0
        }
        Some(Command::Man { subcommand }) => manual(subcommand.as_deref()),
    }
}

fn run_check(args: &CheckArgs) -> u8 {
    if args.statistics && !matches!(args.format, Format::Human | Format::Concise) {
        eprintln!("error: `--statistics` goes with `--format human` or `--format concise`");
        return 2;
    }
    let options = match options(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            return 2;
        }
    };
    let bar = matches!(args.format, Format::Human)
        .then(progress_bar)
        .flatten();
    let options = check::Options {
        progress: bar.as_ref().map(|bar| bar.callback()),
        ..options
    };
    let root = project_root(&args.path);
    let mut outcome = check::check(&root, &options);
    if let Some(bar) = bar {
        bar.finish();
    }
    if let Some(path) = &args.write_baseline {
        if let Some(reason) = output_overwrites_input(path, &root, &outcome.project.files) {
            eprintln!("error: `--write-baseline {}` {reason}", path.display());
            return 2;
        }
        let accepted = Baseline::record(&outcome.diagnostics, &outcome.project);
        if let Err(error) = write_atomically(path, &accepted.to_json()) {
            eprintln!("error: could not write {}: {error}", path.display());
            return 2;
        }
        eprintln!(
            "wrote {} findings to the baseline {}",
            accepted.findings.len(),
            path.display()
        );
        outcome.hide_baselined(&accepted);
    }
    let shown = ShownPaths::from_current_dir(&root);
    if let Some(shown) = &shown {
        outcome.show_paths(shown);
    }
    let text = match args.format {
        _ if args.statistics => {
            let mut text = report::statistics::render(&outcome.diagnostics);
            text.push_str(&report::summary_line(&outcome.summary));
            text
        }
        Format::Human => {
            let mut text = root_note(&args.path, &root, shown.as_ref());
            text.push_str(&render_human(&outcome));
            text
        }
        Format::Concise => {
            let mut text = report::concise::render(&outcome.diagnostics, &outcome.project.files);
            text.push_str(&report::summary_line(&outcome.summary));
            text
        }
        Format::Markdown => {
            report::markdown::render(&outcome, &report::markdown::Options::default())
        }
        Format::Html => report::html::render(&outcome, &html_options(&root)),
        Format::Json => report::json::render(
            &outcome.diagnostics,
            &outcome.summary,
            &outcome.project.files,
        ),
        Format::Sarif => report::sarif::render(&outcome, args.help_uri_base.as_deref()),
        Format::Github => report::github::render(&outcome),
        Format::Junit => report::junit::render(&outcome),
    };
    // `--output -` is standard output, as for most tools.
    match args
        .output
        .as_deref()
        .filter(|path| *path != std::path::Path::new("-"))
    {
        Some(path) => {
            if let Some(reason) = output_overwrites_input(path, &root, &outcome.project.files) {
                eprintln!("error: `--output {}` {reason}", path.display());
                return 2;
            }
            if let Err(error) = write_atomically(path, &text) {
                eprintln!("error: could not write {}: {error}", path.display());
                return 2;
            }
        }
        None => print(&text),
    }
    let code = outcome.exit_code(args.deny.is_some()) as u8;
    // The process ends here: let the OS reclaim the project in one step instead of freeing
    // a million claims one allocation at a time.
    std::mem::forget(outcome);
    code
}

/// The project `path` names: itself, or the project found above it (see
/// [`claimcheck::load::find_root`]); `path` when there is none, to be reported as such.
fn project_root(path: &std::path::Path) -> PathBuf {
    claimcheck::load::find_root(path).unwrap_or_else(|| path.to_path_buf())
}

/// The first line of human output when the project was found above the path given.
fn root_note(
    given: &std::path::Path,
    root: &std::path::Path,
    shown: Option<&ShownPaths>,
) -> String {
    if given == root {
        return String::new();
    }
    let name = shown.map_or_else(
        || root.display().to_string(),
        |shown| shown.show_path(shown.root()),
    );
    let from = if given == std::path::Path::new(".") {
        "the current folder".to_string()
    } else {
        given.display().to_string()
    };
    format!("claimcheck: checking the project at {name} (found above {from})\n\n")
}

/// The HTML report's title (the project folder's name) and the time it was made.
fn html_options(path: &std::path::Path) -> report::html::Options {
    let folder = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    report::html::Options {
        project: folder
            .file_name()
            .map_or(String::new(), |name| name.to_string_lossy().into_owned()),
        generated: report::html::utc(seconds),
    }
}

/// A progress bar on stderr, drawn only once a run has lasted a second, and only when
/// stderr is a terminal (never in machine formats: the caller asks only for human output).
struct Bar {
    bar: indicatif::ProgressBar,
    started: std::time::Instant,
}

fn progress_bar() -> Option<std::sync::Arc<Bar>> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>16} [{bar:40}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    Some(std::sync::Arc::new(Bar {
        bar,
        started: std::time::Instant::now(),
    }))
}

impl Bar {
    fn callback(self: &std::sync::Arc<Self>) -> check::Progress {
        let this = std::sync::Arc::clone(self);
        check::Progress::new(move |stage, done, total| this.update(stage, done, total))
    }

    fn update(&self, stage: check::Stage, done: usize, total: usize) {
        let message = match stage {
            check::Stage::Parse => "files parsed",
            check::Stage::Rules => "rules evaluated",
        };
        if self.bar.message() != message {
            self.bar.set_length(total as u64);
            self.bar.set_position(0);
            self.bar.set_message(message);
        }
        // Positions arrive from several threads out of order: only move forward.
        if done as u64 > self.bar.position() {
            self.bar.set_position(done as u64);
        }
        if self.bar.is_hidden() && self.started.elapsed() >= std::time::Duration::from_secs(1) {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Reads and parses every YAML file under the project's four folders with the same parser,
/// limits, confinement and parallelism as `check`, and nothing else: the baseline `check`
/// is measured against.
fn parse_only(path: &std::path::Path) -> u8 {
    use claimcheck::load::{self, ReadProblem};
    use rayon::prelude::*;
    let limits = load::Limits::default();
    let Ok(root) = path.canonicalize() else {
        eprintln!("error: `{}` is not a folder", path.display());
        return 2;
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for name in ["sources", "entities", "claims", "rules"] {
        match load::project_folder(&root, name) {
            Ok(folder) => paths.extend(folder.iter().flat_map(|f| load::yaml_paths(f))),
            Err(outside) => {
                eprintln!("error: {}", outside.message);
                return 2;
            }
        }
    }
    let results: Vec<Result<usize, String>> = paths
        .par_iter()
        .map(|file| {
            let text =
                load::read_text_inside(&root, file, limits.max_file_bytes).map_err(|problem| {
                    let why = match problem {
                        ReadProblem::OutsideRoot => "a link out of the project".to_string(),
                        ReadProblem::Missing => "disappeared".to_string(),
                        ReadProblem::TooLarge { bytes, limit } => {
                            format!("{bytes} bytes, over the limit of {limit}")
                        }
                        ReadProblem::NotUtf8 { valid_up_to, .. } => {
                            format!("not UTF-8 (offset {valid_up_to})")
                        }
                        ReadProblem::Io(error) => error,
                    };
                    format!("{}: {why}", file.display())
                })?;
            load::yaml::parse(&text, &limits)
                .map_err(|e| format!("{}: {}", file.display(), e.message))?;
            Ok(text.len())
        })
        .collect();
    let mut bytes = 0;
    for result in results {
        match result {
            Ok(len) => bytes += len,
            Err(message) => {
                eprintln!("error: {message}");
                return 2;
            }
        }
    }
    println!("parsed {} YAML files, {bytes} bytes", paths.len());
    0
}

/// The library's options from the command line; a bad code or level is a usage error.
fn options(args: &CheckArgs) -> Result<check::Options, String> {
    let mut options = check::Options {
        rules: args.rules.clone(),
        ..check::Options::default()
    };
    for text in &args.severity {
        let (code, level) = text
            .split_once('=')
            .ok_or_else(|| format!("`--severity {text}`: write CODE=LEVEL, e.g. CC142=warning"))?;
        let entry = claimcheck::config::parse_override(code.trim(), level.trim())
            .map_err(|message| format!("`--severity {text}`: {message}"))?;
        options.severity.push(entry);
    }
    for text in &args.ignore {
        let entry = claimcheck::config::parse_override(text.trim(), "off")
            .map_err(|message| format!("`--ignore {text}`: {message}"))?;
        options.severity.push(entry);
    }
    for text in &args.select {
        let code = Code::find(text).ok_or_else(|| {
            format!("`--select {text}`: not a claimcheck code (`claimcheck explain` lists them)")
        })?;
        options.select.push(code);
    }
    // Selecting a code and ignoring it reports nothing of it: surely not what was meant.
    if let Some(code) = options.select.iter().find(|code| {
        args.ignore
            .iter()
            .any(|text| Code::find(text) == Some(**code))
    }) {
        return Err(format!(
            "`--select {0}` and `--ignore {0}` contradict each other: drop one of them",
            code.id()
        ));
    }
    options.min_severity = args.min_severity.map(|level| match level {
        MinSeverity::Info => Severity::Info,
        MinSeverity::Warning => Severity::Warning,
        MinSeverity::Error => Severity::Error,
    });
    if let Some(path) = &args.baseline {
        // The report written over the baseline would lose the accepted findings.
        let same = |other: &std::path::Path| {
            path.canonicalize()
                .is_ok_and(|path| other.canonicalize().is_ok_and(|other| other == path))
        };
        if args.output.as_deref().is_some_and(same) {
            return Err(format!(
                "`--output {0}` would overwrite the baseline `--baseline {0}` with the report",
                path.display()
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|error| {
            let hint = if error.kind() == std::io::ErrorKind::NotFound {
                "; record the findings you accept with `--write-baseline FILE` first"
            } else {
                ""
            };
            format!(
                "could not read the baseline {}: {error}{hint}",
                path.display()
            )
        })?;
        let accepted = Baseline::from_json(&text)
            .map_err(|message| format!("{}: {message}", path.display()))?;
        options.baseline = Some(accepted);
    }
    Ok(options)
}

/// Why writing the report or baseline to `output` would touch the input of the project at
/// `project` (its root, found above the path given), if it would: it is a file the run
/// read, or lies inside one of the input folders.
fn output_overwrites_input(
    output: &std::path::Path,
    project: &std::path::Path,
    files: &Files,
) -> Option<&'static str> {
    let resolve = |path: &std::path::Path| -> Option<PathBuf> {
        // The output may not exist yet: resolve its folder, then add its name.
        let folder = match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => std::path::Path::new("."),
        };
        Some(folder.canonicalize().ok()?.join(path.file_name()?))
    };
    let output = resolve(output)?;
    let output = output.canonicalize().unwrap_or(output);
    if files
        .paths()
        .any(|read| read.canonicalize().is_ok_and(|read| read == output))
    {
        return Some("is a file this run read: claimcheck never overwrites its input");
    }
    let root = project.canonicalize().ok()?;
    // coverage.yaml is read by `claimcheck coverage`, not by this run, but is input all the same.
    let own_files = [
        claimcheck::config::FILE_NAME,
        claimcheck::citation::ignores::FILE,
    ];
    if own_files.iter().any(|name| output == root.join(name)) {
        return Some("is one of the project's own files: claimcheck never overwrites its input");
    }
    let inside_input = ["claims", "sources", "entities", "rules"]
        .iter()
        .filter_map(|folder| root.join(folder).canonicalize().ok())
        .any(|folder| output.starts_with(folder));
    inside_input.then_some(
        "is inside the project's input folders (claims/, sources/, entities/, rules/): write the report elsewhere",
    )
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a
/// reader never sees a half-written report. The temporary file is removed if anything
/// fails, or the run panics, before the rename.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => std::path::Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimcheck-report-");
    // A report is an ordinary file, readable as the umask allows, not a temporary file's
    // owner-only mode (a CI job or a web server reads it as another user).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(folder)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

fn run_coverage(args: &CoverageArgs) -> u8 {
    let root = project_root(&args.path);
    let mut coverage = coverage::run(&root, &coverage::Options::default());
    let shown = ShownPaths::from_current_dir(&root);
    if let Some(shown) = &shown {
        coverage.show_paths(shown);
    }
    let files = &coverage.project.files;
    let text = match args.format {
        CoverageFormat::Human => {
            let mut text = root_note(&args.path, &root, shown.as_ref());
            text.push_str(&render_diagnostics(&coverage.diagnostics, files));
            text.push_str(&report::coverage::table(
                &coverage.report,
                args.min_coverage,
            ));
            text
        }
        CoverageFormat::Json => report::json::render_coverage(
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
    // The summary is the one line of the report that is not an excerpt: wrapped like the
    // rest, so that no line is wider than the terminal.
    out.push_str(&wrap_summary(
        &report::summary_line(&outcome.summary),
        output_width(),
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

/// The width to wrap human output at: `COLUMNS` when set (tests fix it), else the
/// terminal's width, else 100 columns for a pipe or a file.
fn output_width() -> usize {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|w| w.parse().ok()) {
        return columns;
    }
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size()
    {
        return usize::from(width);
    }
    100
}

/// Every diagnostic drawn for the terminal (or a pipe), each followed by a blank line.
fn render_diagnostics(diagnostics: &[Diagnostic], files: &Files) -> String {
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::io::stdout().is_terminal();
    let style = report::terminal::Style {
        width: output_width(),
        color,
    };
    report::terminal::render(diagnostics, files, style)
}

fn list(what: ListWhat, path: &std::path::Path) -> u8 {
    let root = project_root(path);
    let mut outcome = check::check(&root, &check::Options::default());
    if let Some(shown) = ShownPaths::from_current_dir(&root) {
        outcome.show_paths(&shown);
    }
    if outcome.summary.input_errors > 0 {
        // The table would be incomplete: say why instead.
        print(&render_human(&outcome));
        return 2;
    }
    let what = match what {
        ListWhat::Sources => claimcheck::list::Table::Sources,
        ListWhat::Claims => claimcheck::list::Table::Claims,
        ListWhat::Entities => claimcheck::list::Table::Entities,
        ListWhat::Rules => claimcheck::list::Table::Rules,
    };
    print(&claimcheck::list::render(&outcome, what));
    0
}

fn init(path: &std::path::Path) -> u8 {
    match claimcheck::init::init(path) {
        Ok(written) => {
            for file in written {
                println!("created {}", file.display());
            }
            println!(
                "next: claimcheck check {}",
                shell_word(&path.display().to_string())
            );
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            2
        }
    }
}

/// `text` as one word for a POSIX shell, so that a command printed for the user can be
/// pasted: as it is when every character is plain, else in single quotes.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "_-./:@%+=,".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Writes every schema file into `folder`, each atomically, and prints the paths written.
fn schema(folder: &std::path::Path) -> u8 {
    if let Err(error) = std::fs::create_dir_all(folder) {
        eprintln!("error: could not create {}: {error}", folder.display());
        return 2;
    }
    for (name, text) in claimcheck::schema::files() {
        let path = folder.join(name);
        if let Err(error) = write_atomically(&path, &text) {
            eprintln!("error: could not write {}: {error}", path.display());
            return 2;
        }
        println!("wrote {}", path.display());
    }
    0
}

fn explain(code: Option<&str>) -> u8 {
    let Some(code) = code else {
        print(&claimcheck::explain::index());
        return 0;
    };
    match Code::find(code) {
        Some(code) => {
            print(&claimcheck::explain::code(code));
            0
        }
        None => match claimcheck::rules::Kind::find(code) {
            Some(kind) => {
                print(&kind.explanation());
                0
            }
            None => {
                eprintln!(
                    "error: `{code}` is neither a claimcheck code nor a rule kind\n  help: codes look like CC020 \
                     (`claimcheck explain` lists them all); the rule kinds are {}",
                    claimcheck::rules::KINDS
                        .iter()
                        .map(|kind| kind.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                2
            }
        },
    }
}

/// The manual page of claimcheck, or of one of its subcommands: clap_mangen's sections
/// from the command definitions, with EXIT STATUS, ENVIRONMENT and EXAMPLES added to the
/// main page and SEE ALSO to every page.
fn manual(subcommand: Option<&str>) -> u8 {
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    let page_command = match subcommand {
        None => command.clone(),
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
                eprintln!(
                    "error: `{name}` is not a subcommand\n  help: the subcommands are {}",
                    names.join(", ")
                );
                return 2;
            }
        },
    };
    let has_options = page_command.get_arguments().any(|a| !a.is_hide_set());
    let page = match subcommand {
        None => clap_mangen::Man::new(page_command),
        Some(name) => clap_mangen::Man::new(page_command).title(format!("claimcheck-{name}")),
    };
    let mut out = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        page.render_title(&mut out)?;
        page.render_name_section(&mut out)?;
        page.render_synopsis_section(&mut out)?;
        page.render_description_section(&mut out)?;
        if has_options {
            page.render_options_section(&mut out)?;
        }
        if subcommand.is_none() {
            page.render_subcommands_section(&mut out)?;
            out.extend_from_slice(MANUAL_SECTIONS.as_bytes());
            page.render_version_section(&mut out)
        } else {
            out.extend_from_slice(b".SH \"SEE ALSO\"\nclaimcheck(1)\n");
            Ok(())
        }
    })();
    match rendered {
        Ok(()) => {
            print(&String::from_utf8_lossy(&out));
            0
        }
        Err(error) => {
            eprintln!("error: could not render the manual page: {error}");
            2
        }
    }
}

/// The main page's sections that clap does not know about (roff).
const MANUAL_SECTIONS: &str = include_str!("manual.roff");

/// Writes to stdout, ignoring a closed pipe (`claimcheck | head`).
fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_printed_for_the_shell_is_one_word() {
        assert_eq!(shell_word("my-project/é"), "my-project/é");
        assert_eq!(shell_word("new é/deep"), "'new é/deep'");
        assert_eq!(shell_word("it's $HOME"), "'it'\\''s $HOME'");
        assert_eq!(shell_word(""), "''");
    }

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

    #[test]
    fn a_panic_is_an_internal_error_exit_code() {
        // The hook would print the message; this test only needs the code.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let code = run_guarded(|| panic!("boom"));
        std::panic::set_hook(previous);
        assert_eq!(code, INTERNAL_ERROR);
        assert_eq!(run_guarded(|| 1), 1);
    }

    #[test]
    fn the_internal_error_names_the_file_and_the_place() {
        let payload: Box<dyn std::any::Any + Send> = Box::new(String::from("byte index 1"));
        let location = std::panic::Location::caller();
        let message = internal_error_message(&*payload, Some(location), Some("sources/a.txt"));
        assert!(
            message.starts_with(
                "error: internal error while processing `sources/a.txt`: byte index 1 (src/main.rs:"
            ),
            "{message}"
        );
        assert!(message.contains("exit code 3"), "{message}");
        let anonymous = internal_error_message(&7_u8, None, None);
        assert!(
            anonymous.starts_with("error: internal error: a panic\n"),
            "{anonymous}"
        );
    }
}
