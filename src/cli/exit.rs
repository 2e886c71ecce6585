//! The exit codes: 0 clean, 1 findings, 2 invalid input or a usage error, 3 an internal
//! error. The library reports what it found; which code that makes is decided here.

use claimcheck::check::Summary;
use claimcheck::citation::coverage::Coverage;
use rust_decimal::Decimal;

/// Nothing to report, or nothing that fails the run.
pub const CLEAN: u8 = 0;
/// A finding fails the run.
pub const FINDINGS: u8 = 1;
/// The input is invalid, or the command line asks for something that cannot be done.
pub const INVALID: u8 = 2;
/// The exit code of an internal error: a panic, which is a bug in claimcheck, never a
/// verdict on the input.
pub const INTERNAL_ERROR: u8 = 3;

/// A check's exit code: [`INVALID`] when the input is invalid, [`FINDINGS`] when a
/// finding is at error level (or a warning and `deny_warnings`), else [`CLEAN`].
pub fn of_check(summary: &Summary, deny_warnings: bool) -> u8 {
    if summary.input_errors > 0 {
        INVALID
    } else if summary.errors > 0 || (deny_warnings && summary.warnings > 0) {
        FINDINGS
    } else {
        CLEAN
    }
}

/// A coverage run's exit code: [`INVALID`] when the input or coverage.yaml is invalid (an
/// error-level diagnostic), [`FINDINGS`] when total coverage is below `minimum` percent,
/// else [`CLEAN`].
pub fn of_coverage(coverage: &Coverage, minimum: Option<Decimal>) -> u8 {
    if coverage.invalid {
        INVALID
    } else if minimum.is_some_and(|minimum| !coverage.report.total.meets(minimum)) {
        FINDINGS
    } else {
        CLEAN
    }
}

/// Prints an internal error's message (see [`internal_error_message`]) when claimcheck
/// panics, on whatever thread.
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = internal_error_message(
            info.payload(),
            info.location(),
            claimcheck::processing::current_file().as_deref(),
        );
        eprintln!("{message}");
    }));
}

/// Runs `command`, turning a panic that escapes it into [`INTERNAL_ERROR`] (the hook has
/// already reported it).
pub fn run_guarded(command: impl FnOnce() -> u8) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;

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
                "error: internal error while processing `sources/a.txt`: byte index 1 (src/cli/exit.rs:"
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

    #[test]
    fn warnings_fail_a_check_only_when_denied() {
        let summary = Summary {
            warnings: 1,
            ..Summary::default()
        };
        assert_eq!(of_check(&summary, false), CLEAN);
        assert_eq!(of_check(&summary, true), FINDINGS);
        let invalid = Summary {
            input_errors: 1,
            errors: 1,
            ..Summary::default()
        };
        assert_eq!(of_check(&invalid, false), INVALID);
    }
}
