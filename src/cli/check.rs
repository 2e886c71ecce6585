//! The commands that load a project and report on it: `check` (the default), `coverage`,
//! and `parse-only` for benchmarks.

use std::path::{Path, PathBuf};

use claimcheck::check;
use claimcheck::citation::coverage;
use claimcheck::files::ShownPaths;
use claimcheck::report;

use super::args::{CheckArgs, CoverageArgs, CoverageFormat, Format};
use super::{exit, options, output, terminal, wording};

/// `claimcheck check`: runs the check `args` ask for, records the baseline when asked,
/// writes the report, and returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    if args.statistics && !matches!(args.format, Format::Human | Format::Concise) {
        eprintln!("error: `--statistics` goes with `--format human` or `--format concise`");
        return exit::INVALID;
    }
    if args.help_uri_base.is_some() && !matches!(args.format, Format::Sarif) {
        eprintln!("error: `--help-uri-base` goes with `--format sarif`, whose rules it links");
        return exit::INVALID;
    }
    // The report's date is read after the check: a value it cannot read is refused first.
    if matches!(args.format, Format::Html | Format::Junit)
        && let Err(message) = source_date_epoch()
    {
        eprintln!("error: {message}");
        return exit::INVALID;
    }
    let options = match options::of_check(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            return exit::INVALID;
        }
    };
    let bar = matches!(args.format, Format::Human)
        .then(terminal::progress_bar)
        .flatten();
    let options = check::Options {
        progress: bar.as_ref().map(|bar| bar.callback()),
        record_baseline: args.write_baseline.is_some(),
        ..options
    };
    let root = project_root(&args.path);
    let mut outcome = check::check(&root, &options);
    wording::check(&mut outcome);
    if let Some(bar) = bar {
        bar.finish();
    }
    if let Some(path) = &args.write_baseline {
        if let Some(reason) =
            output::overwrites_input(path, &root, &outcome.project.files, "the baseline")
        {
            eprintln!("error: `--write-baseline {}` {reason}", path.display());
            return exit::INVALID;
        }
        let Some(accepted) = outcome.recorded_baseline.take() else {
            eprintln!("error: the run recorded no baseline to write");
            return exit::INTERNAL_ERROR;
        };
        if let Err(error) = output::write_atomically(path, accepted.to_json().as_bytes()) {
            eprintln!("error: could not write {}: {error}", path.display());
            return exit::INVALID;
        }
        eprintln!(
            "wrote {} to the baseline {}",
            report::counted(accepted.findings.len(), "finding"),
            path.display()
        );
    }
    let shown = ShownPaths::from_current_dir(&root);
    if let Some(shown) = &shown {
        outcome.show_paths(shown);
    }
    let mut text = Vec::new();
    if matches!(args.format, Format::Human) && !args.statistics {
        text.extend_from_slice(root_note(&args.path, &root, shown.as_ref()).as_bytes());
    }
    let options = report_options(args, &root);
    let report = report::Report {
        outcome: &outcome,
        options: &options,
    };
    if let Err(error) = renderer(args)(&report, &mut text) {
        eprintln!("error: could not render the report: {error}");
        return exit::INVALID;
    }
    // `--output -` is standard output, as for most tools.
    match args
        .output
        .as_deref()
        .filter(|path| *path != Path::new("-"))
    {
        Some(path) => {
            if let Some(reason) =
                output::overwrites_input(path, &root, &outcome.project.files, "the report")
            {
                eprintln!("error: `--output {}` {reason}", path.display());
                return exit::INVALID;
            }
            if let Err(error) = output::write_atomically(path, &text) {
                eprintln!("error: could not write {}: {error}", path.display());
                return exit::INVALID;
            }
        }
        None => {
            if !output::print(&text) {
                return exit::INVALID;
            }
        }
    }
    output::warn_changed(&outcome.project.files);
    let code = exit::of_check(&outcome.summary, args.deny.is_some());
    // The process ends here: let the OS reclaim the project in one step instead of freeing
    // a million claims one allocation at a time.
    std::mem::forget(outcome);
    code
}

/// The project `path` names: itself, or the project found above it (see
/// [`claimcheck::load::find_root`]); `path` when there is none, to be reported as such.
pub fn project_root(path: &Path) -> PathBuf {
    claimcheck::load::find_root(path).unwrap_or_else(|| path.to_path_buf())
}

/// The first line of human output when the project was found above the path given.
fn root_note(given: &Path, root: &Path, shown: Option<&ShownPaths>) -> String {
    if given == root {
        return String::new();
    }
    let name = shown.map_or_else(
        || root.display().to_string(),
        |shown| shown.show_path(shown.root()),
    );
    let from = if given == Path::new(".") {
        "the current folder".to_string()
    } else {
        given.display().to_string()
    };
    format!("claimcheck: checking the project at {name} (found above {from})\n\n")
}

/// The format `args` ask for.
fn renderer(args: &CheckArgs) -> report::Render {
    if args.statistics {
        return report::statistics::render;
    }
    match args.format {
        Format::Human => report::human::render,
        Format::Concise => report::concise::render,
        Format::Markdown => report::markdown::render,
        Format::Html => report::html::render,
        Format::Json => report::json::render,
        Format::Sarif => report::sarif::render,
        Format::Github => report::github::render,
        Format::Junit => report::junit::render,
    }
}

/// What the format `args` ask for reads beyond the outcome.
fn report_options(args: &CheckArgs, root: &Path) -> report::Options {
    let to = match args.output.as_deref() {
        Some(path) if path != Path::new("-") => terminal::Destination::File,
        _ => terminal::Destination::Stdout,
    };
    report::Options {
        style: terminal::style_for(to),
        help_uri_base: args.help_uri_base.clone(),
        // The page's title and clock, read only for the page.
        html: match args.format {
            Format::Html => html_options(root),
            _ => report::html::Options::default(),
        },
        markdown: report::markdown::Options::default(),
        // The suite's clock and host, read only for the suite.
        junit: match args.format {
            Format::Junit => report::junit::Options {
                started: report_time(),
                hostname: hostname(),
            },
            _ => report::junit::Options::default(),
        },
    }
}

/// The HTML report's title (the project folder's name) and the time it was made.
fn html_options(path: &Path) -> report::html::Options {
    let folder = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    report::html::Options {
        project: folder
            .file_name()
            .map_or(String::new(), |name| name.to_string_lossy().into_owned()),
        generated: report::html::utc(report_time()),
    }
}

/// The time a report says it was made, in seconds since the Unix epoch: `SOURCE_DATE_EPOCH`
/// when it is set (the convention of reproducible builds, so that a pipeline can make the
/// same report twice), else the clock. [`run`] has refused a value [`source_date_epoch`]
/// cannot read before the check began.
fn report_time() -> u64 {
    source_date_epoch().ok().flatten().unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs())
    })
}

/// The last second of the year 9999: a later time has more than four digits of year, which
/// the JUnit schemas' timestamp refuses and no report needs.
const LAST_SECOND_OF_9999: u64 = 253_402_300_799;

/// `SOURCE_DATE_EPOCH`, when it is set: a whole number of seconds since 1970-01-01 UTC, up
/// to the year 9999. Anything else is refused, not replaced by the clock, as the
/// convention asks: a pipeline that sets it wants the same report twice, and a clock's
/// date in its place would make each run's differ without saying why.
fn source_date_epoch() -> Result<Option<u64>, String> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let written = value.to_string_lossy();
    written
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|&seconds| seconds <= LAST_SECOND_OF_9999)
        .map(Some)
        .ok_or_else(|| {
            format!(
                "SOURCE_DATE_EPOCH is `{written}`, which is no whole number of seconds since \
                 1970-01-01 UTC up to the year 9999 (at most {LAST_SECOND_OF_9999}): the \
                 report's date cannot be read from it; set it to such a number, or unset it \
                 for the clock's date"
            )
        })
}

/// The machine's name for the JUnit suite: the kernel's where it tells it, else the
/// environment's, else `localhost`, which Ant's schema asks for when the host is not known.
/// A name with spaces or controls in it is no host name the schemas accept.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|name| name.trim().to_string())
        .filter(|name| {
            !name.is_empty() && !name.chars().any(|c| c.is_whitespace() || c.is_control())
        })
        .unwrap_or_else(|| "localhost".to_string())
}

/// `claimcheck coverage`: the table of the numbers claims encode, and the exit code of
/// `--min-coverage`.
pub fn run_coverage(args: &CoverageArgs) -> u8 {
    let root = project_root(&args.path);
    let mut coverage = coverage::run(&root, &coverage::Options::default());
    wording::diagnostics(&mut coverage.diagnostics);
    let shown = ShownPaths::from_current_dir(&root);
    if let Some(shown) = &shown {
        coverage.show_paths(shown);
    }
    let files = &coverage.project.files;
    let text = match args.format {
        CoverageFormat::Human => {
            let mut text = root_note(&args.path, &root, shown.as_ref());
            text.push_str(&report::terminal::render(
                &coverage.diagnostics,
                files,
                terminal::style(),
            ));
            text.push_str(&report::coverage::table(
                &coverage.report,
                args.min_coverage,
            ));
            text
        }
        CoverageFormat::Concise => {
            let mut text = report::concise::lines(&coverage.diagnostics, files);
            text.push_str(&report::coverage::summary(
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
    if !output::print(&text) {
        return exit::INVALID;
    }
    output::warn_changed(files);
    exit::of_coverage(&coverage, args.min_coverage)
}

/// Reads and parses every YAML file under the project's four folders with the same parser,
/// limits, confinement and parallelism as `check`, and nothing else: the baseline `check`
/// is measured against.
pub fn parse_only(path: &Path) -> u8 {
    use claimcheck::load;
    use claimcheck::syntax::{self, ReadProblem};
    use rayon::prelude::*;
    let limits = load::Limits::default();
    let Ok(root) = path.canonicalize() else {
        eprintln!("error: `{}` is not a folder", path.display());
        return exit::INVALID;
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for name in ["sources", "entities", "claims", "rules"] {
        match load::project_folder(&root, name) {
            Ok(folder) => {
                let listing = folder
                    .as_deref()
                    .map(|folder| load::yaml_paths(&root, folder))
                    .unwrap_or_default();
                if let Some((path, why)) = listing.unread.first() {
                    let name = claimcheck::files::display_name(&root, path);
                    let problem = why.diagnostic(&name, claimcheck::files::FileId(0));
                    eprintln!("error: {}", problem.message);
                    return exit::INVALID;
                }
                paths.extend(listing.files);
            }
            Err(outside) => {
                eprintln!("error: {}", outside.message);
                return exit::INVALID;
            }
        }
    }
    let results: Vec<Result<usize, String>> = paths
        .par_iter()
        .map(|file| {
            let text = syntax::read_text_inside(&root, file, limits.max_file_bytes).map_err(
                |problem| {
                    let why = match problem {
                        ReadProblem::OutsideRoot => "a link out of the project".to_string(),
                        ReadProblem::Missing => "disappeared".to_string(),
                        ReadProblem::TooLarge { bytes, limit } => {
                            format!("{bytes} bytes, over the limit of {limit}")
                        }
                        ReadProblem::NotUtf8 { valid_up_to, .. } => {
                            format!("not UTF-8 (offset {valid_up_to})")
                        }
                        ReadProblem::Io { error, .. } => error,
                    };
                    format!("{}: {why}", file.display())
                },
            )?;
            syntax::yaml::parse(&text, &limits)
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
                return exit::INVALID;
            }
        }
    }
    println!(
        "parsed {}, {bytes} bytes",
        report::counted(paths.len(), "YAML file")
    );
    0
}
