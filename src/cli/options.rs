//! The library's options from the command line's flags: severity overrides, ignored and
//! selected codes, the minimum severity and the baseline; a bad code, level or file is a
//! usage error, worded in the flags' terms.

use std::path::Path;

use claimcheck::baseline::Baseline;
use claimcheck::check;
use claimcheck::codes::Code;
use claimcheck::diagnostic::Severity;

use super::args::{CheckArgs, MinSeverity};
use super::wording;

/// The library's options from the command line; a bad code or level is a usage error.
pub fn of_check(args: &CheckArgs) -> Result<check::Options, String> {
    let mut options = check::Options {
        rules: args.rules.clone(),
        ..check::Options::default()
    };
    if let Some(bytes) = args.max_yaml {
        options.limits.max_run_bytes = bytes;
    }
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
    // The report written over the baseline would lose the accepted findings, whether the
    // run reads them or records them.
    if let Some(output) = &args.output {
        for (flag, baseline) in [
            ("--baseline", &args.baseline),
            ("--write-baseline", &args.write_baseline),
        ] {
            if let Some(path) = baseline.as_deref().filter(|path| same_file(path, output)) {
                return Err(format!(
                    "`--output {}` would overwrite the baseline `{flag} {}` with the report",
                    output.display(),
                    path.display()
                ));
            }
        }
    }
    if let Some(path) = &args.baseline {
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
            .map_err(|error| format!("{}: {}", path.display(), wording::baseline_error(&error)))?;
        options.baseline = Some(accepted);
    }
    Ok(options)
}

/// Whether `a` and `b` name one file, which need not exist yet (`--write-baseline` and
/// `--output` may both create theirs), as writing to each would resolve it.
fn same_file(a: &Path, b: &Path) -> bool {
    use super::output::where_written;
    where_written(a).is_some_and(|a| where_written(b).is_some_and(|b| a == b))
}
