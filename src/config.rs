//! The project's configuration, `claimcheck.yaml` at the project root (optional):
//!
//! ```yaml
//! severity:              # per-code severity overrides
//!   CC022: error         # a code by id...
//!   units-disagree: warning   # ...or by name
//!   CC050: off           # off: never reported
//! ```
//!
//! Overrides from the command line (`--severity CODE=LEVEL`) apply after the file's.

use std::path::Path;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::files::{Files, display_name};
use crate::syntax::fields::Reader;
use crate::syntax::spec::{Field, Shape};
use crate::syntax::{self, Limits, yaml};

/// The file name looked for at the project root.
pub const FILE_NAME: &str = "claimcheck.yaml";

/// The fields of `claimcheck.yaml`.
pub const FIELDS: &[Field] = &[Field::optional(
    "severity",
    Shape::SeverityMap,
    "Per-code severity overrides: a code's id (CC022) or name (units-disagree), then error, \
     warning, info or off (never reported). Codes that mark invalid input cannot be overridden. `--severity \
     CODE=LEVEL` on the command line applies after these.",
)];

#[derive(Clone, Debug, Default)]
pub struct Config {
    pub severity: Vec<(Code, Level)>,
}

/// What an override sets a code to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The code's diagnostics are reported at this severity.
    Report(Severity),
    /// The code's diagnostics are not reported at all (`off`, `--ignore CODE`).
    Off,
}

impl Level {
    /// The words an override may use, in the order help text lists them.
    pub const WORDS: [&'static str; 4] = ["error", "warning", "info", "off"];

    pub fn parse(text: &str) -> Option<Level> {
        if text == "off" {
            Some(Level::Off)
        } else {
            Severity::parse(text).map(Level::Report)
        }
    }
}

/// Whether a code's severity may be overridden: every code but those that mark invalid
/// input, whose severity decides whether the input can be trusted at all.
pub fn overridable(code: Code) -> bool {
    !(code.is_input() && code.default_severity() == Severity::Error)
}

/// Checks one override: the code must exist and must not be an input error, whose
/// severity decides whether the input can be trusted at all.
pub fn parse_override(code: &str, level: &str) -> Result<(Code, Level), String> {
    let found = Code::find(code).ok_or_else(|| format!("`{code}` is not a claimcheck code"))?;
    let level = Level::parse(level)
        .ok_or_else(|| format!("`{level}` is not a severity: use error, warning, info or off"))?;
    if !overridable(found) {
        return Err(format!(
            "{} ({}) marks invalid input; it cannot be turned off or its severity changed",
            found.id(),
            found.name()
        ));
    }
    Ok((found, level))
}

/// Reads `claimcheck.yaml` under `root` if there is one.
pub fn load(
    root: &Path,
    limits: &Limits,
    files: &mut Files,
    diagnostics: &mut Diagnostics,
) -> Config {
    let Ok(root) = root.canonicalize() else {
        return Config::default();
    };
    let path = root.join(FILE_NAME);
    if !path.exists() && path.symlink_metadata().is_err() {
        return Config::default();
    }
    let name = display_name(&root, &path);
    let file = files.add(name.clone(), path.clone(), "");
    let text = match syntax::read_text_inside(&root, &path, limits.max_file_bytes) {
        Ok(text) => text,
        Err(syntax::ReadProblem::Missing) => return Config::default(),
        Err(problem) => {
            // The reason (too large, not UTF-8, a link outside, permissions) is the help.
            diagnostics.push(problem.into_diagnostic(file, &name));
            return Config::default();
        }
    };
    files.set_text(file, text.as_str());
    let root_node = match syntax::parse_document(file, &text, limits) {
        Ok(document) => document.root,
        Err(diagnostic) => {
            diagnostics.push(*diagnostic);
            return Config::default();
        }
    };
    // An empty or comment-only file configures nothing, as an empty coverage.yaml ignores nothing.
    if root_node.value == yaml::Value::Null {
        return Config::default();
    }
    let mut reader = Reader { file, diagnostics };
    let mut config = Config::default();
    let Some(top) = reader.record(&root_node, "configuration", FIELDS) else {
        return config;
    };
    let Some(severity) = top.get("severity") else {
        return config;
    };
    let yaml::Value::Map(entries) = &severity.value else {
        reader.wrong_type(severity, "severity", "a mapping of codes to severities");
        return config;
    };
    for (key, value) in entries {
        let (yaml::Value::Scalar(code), yaml::Value::Scalar(level)) = (&key.value, &value.value)
        else {
            reader.wrong_type(
                value,
                "each severity override",
                "`CODE: error|warning|info`",
            );
            continue;
        };
        match parse_override(code, level) {
            Ok(entry) => config.severity.push(entry),
            Err(message) => {
                let at = if Code::find(code).is_some() && Level::parse(level).is_none() {
                    reader.at(value)
                } else {
                    reader.at(key)
                };
                reader.diagnostics.push(
                    Diagnostic::new(Code::InvalidOverride, message, at, "cannot override this")
                        .with_help("override codes of findings (CC1xx, CC2xx) and warnings, with error, warning, info or off"),
                );
            }
        }
    }
    config
}
