//! SARIF 2.1.0: the format code-scanning services (GitHub code scanning among them) read.
//!
//! One run; the tool driver lists one reporting descriptor per claimcheck code, carrying its
//! explanation; each diagnostic is a result whose primary label is its location and whose
//! other labels are related locations. Regions carry line and column (columns count Unicode
//! code points, as `columnKind` says) and the byte offset and length.
//!
//! Artifact URIs are percent-encoded (RFC 3986): a relative path is relative to the
//! `%SRCROOT%` base, which `originalUriBaseIds` resolves to the folder claimcheck ran in;
//! a file outside that folder gets an absolute `file://` URI.
//!
//! Each result carries `partialFingerprints` from the baseline's fingerprint, so that a
//! code-scanning service follows a finding across edits that move its lines, or reorder
//! the two claims of a disagreement ([`crate::baseline::stable_digest`]).

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::check::Outcome;
use crate::codes::Code;
use crate::diagnostic::{Label, Severity};
use crate::files::Files;
use crate::report::Report;

/// The key of each result's `partialFingerprints`: the digest of the fingerprint a
/// baseline matches findings by (code, rule, claims, figures; no line numbers).
pub const FINGERPRINT_KEY: &str = "claimcheckFingerprint/v1";

/// The `uriBaseId` that relative artifact URIs are relative to.
pub const BASE_ID: &str = "%SRCROOT%";

/// The schema URI SARIF consumers expect in `$schema`.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The run as a SARIF log, with the `helpUri` of [`Options::help_uri_base`](super::Options).
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let outcome = report.outcome;
    let help_uri_base = report.options.help_uri_base.as_deref();
    let mut driver = json!({
        "name": "claimcheck",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules(help_uri_base),
    });
    if let Some(uri) = information_uri() {
        driver["informationUri"] = json!(uri);
    }
    let log = Log {
        run: Run {
            driver,
            outcome,
            base: outcome
                .project
                .files
                .base()
                .map(|base| json!({ BASE_ID: { "uri": folder_uri(base) } })),
        },
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &log).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The SARIF log of one run, written as it is made: each result is put in its JSON shape
/// only as it is written, so that a report of thousands of findings is not held as a tree
/// of values and then as text.
struct Log<'a> {
    run: Run<'a>,
}

struct Run<'a> {
    /// The `tool.driver` object: the rules and the tool's version.
    driver: Value,
    outcome: &'a Outcome,
    /// The `originalUriBaseIds` object, when the files have a base folder.
    base: Option<Value>,
}

/// The results of a run, each made as it is written.
struct Results<'a> {
    outcome: &'a Outcome,
}

impl serde::Serialize for Log<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut log = serializer.serialize_map(Some(3))?;
        log.serialize_entry("$schema", SCHEMA_URI)?;
        log.serialize_entry("version", "2.1.0")?;
        log.serialize_entry("runs", &[&self.run])?;
        log.end()
    }
}

impl serde::Serialize for Run<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut run = serializer.serialize_map(None)?;
        run.serialize_entry("tool", &json!({ "driver": &self.driver }))?;
        run.serialize_entry("columnKind", "unicodeCodePoints")?;
        run.serialize_entry(
            "results",
            &Results {
                outcome: self.outcome,
            },
        )?;
        if let Some(base) = &self.base {
            run.serialize_entry("originalUriBaseIds", base)?;
        }
        run.end()
    }
}

impl serde::Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let diagnostics = &self.outcome.diagnostics;
        let mut results = serializer.serialize_seq(Some(diagnostics.len()))?;
        for diagnostic in diagnostics {
            results.serialize_element(&result(self.outcome, diagnostic))?;
        }
        results.end()
    }
}

/// Every code as a SARIF rule. `help_uri_base`, when given, is joined with each code's id
/// (`<base>CC101`) to form the rules' `helpUri`.
fn rules(help_uri_base: Option<&str>) -> Vec<Value> {
    Code::ALL
        .iter()
        .map(|code| {
            let mut rule = json!({
                "id": code.id(),
                "name": code.name(),
                "shortDescription": { "text": code.summary() },
                "fullDescription": { "text": code.explanation() },
                "help": { "text": code.explanation() },
                "defaultConfiguration": { "level": level(code.default_severity()) },
            });
            if let Some(base) = help_uri_base {
                rule["helpUri"] = json!(format!("{base}{}", code.id()));
            }
            rule
        })
        .collect()
}

/// One diagnostic as a SARIF result.
fn result(outcome: &Outcome, diagnostic: &crate::diagnostic::Diagnostic) -> Value {
    let files = &outcome.project.files;
    let mut text = diagnostic.message.clone();
    diagnostic.push_notes_and_help(&mut text);
    let rule_index = Code::ALL
        .iter()
        .position(|c| *c == diagnostic.code)
        .expect("every code is in the table");
    let fingerprint = crate::baseline::stable_digest(diagnostic, &outcome.project);
    let mut result = json!({
        "ruleId": diagnostic.code.id(),
        "ruleIndex": rule_index,
        "level": level(diagnostic.severity),
        "message": { "text": text },
        "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
    });
    let mut labels = diagnostic.labels.iter();
    if let Some(primary) = labels.next() {
        result["locations"] = json!([location(files, primary)]);
    }
    let related: Vec<Value> = labels
        .enumerate()
        .map(|(index, label)| {
            let mut related = location(files, label);
            related["id"] = json!(index + 1);
            related
        })
        .collect();
    if !related.is_empty() {
        result["relatedLocations"] = json!(related);
    }
    // The property bag carries what the JSON report's fields do: the rule, the claims the
    // result is about and its typed facts.
    let mut properties = serde_json::Map::new();
    if let Some(rule) = &diagnostic.rule {
        properties.insert("claimcheckRule".into(), json!(rule));
    }
    if !diagnostic.claims.is_empty() {
        properties.insert("claimcheckClaims".into(), json!(diagnostic.claims));
    }
    if let Some(data) = &diagnostic.data {
        properties.insert("claimcheckData".into(), data.value());
    }
    if !properties.is_empty() {
        result["properties"] = Value::Object(properties);
    }
    result
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(files: &Files, label: &Label) -> Value {
    let file = label.location.file;
    let span = &label.location.span();
    let (start_line, start_column) = files.line_column(file, span.start);
    let (end_line, end_column) = files.line_column(file, span.end);
    let mut artifact = artifact_location(files.name(file));
    if let Some(url) = files.url(file) {
        // The article's own address, for a reader who wants the original.
        artifact["description"] = json!({ "text": format!("published at {url}") });
        artifact["properties"] = json!({ "url": url });
    }
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": start_line,
                "startColumn": start_column,
                "endLine": end_line,
                "endColumn": end_column,
                "byteOffset": span.start,
                "byteLength": span.end - span.start,
            }
        }
    });
    if !label.message.is_empty() {
        location["message"] = json!({ "text": label.message });
    }
    location
}

/// Where the tool documents itself: the package's homepage or repository, when the
/// manifest names one.
fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .find(|uri| !uri.is_empty())
}

/// A file's `artifactLocation`: relative to `%SRCROOT%`, or an absolute `file://` URI.
pub fn artifact_location(name: &str) -> Value {
    if std::path::Path::new(name).is_absolute() {
        json!({ "uri": file_uri(name) })
    } else {
        json!({ "uri": percent_encode(name), "uriBaseId": BASE_ID })
    }
}

/// The `file://` URI of a folder, ending in `/` as a base URI must.
fn folder_uri(folder: &std::path::Path) -> String {
    let mut uri = file_uri(&folder.to_string_lossy());
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// The `file://` URI of an absolute path (`C:\x` on Windows becomes `file:///C%3A/x`).
fn file_uri(path: &str) -> String {
    let mut path = path.replace('\\', "/");
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    format!("file://{}", percent_encode(&path))
}

/// `text` when it can start a rule's `helpUri`: an absolute URI (RFC 3986: a scheme, `:`,
/// then only the characters a URI may hold), since a code's id is appended and the schema
/// requires a URI. A space or a letter outside ASCII must be written percent-encoded.
pub fn help_uri_base(text: &str) -> Result<String, String> {
    let example = "e.g. https://github.com/OWNER/REPO/blob/main/README.md#";
    let Some((scheme, rest)) = text.split_once(':') else {
        return Err(format!("not an absolute URL ({example})"));
    };
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok || rest.is_empty() {
        return Err(format!("not an absolute URL ({example})"));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
    match rest.chars().find(|&c| !allowed(c)) {
        Some(c) => Err(format!(
            "{c:?} cannot appear in a URL; percent-encode it (a space is %20)"
        )),
        None => Ok(text.to_string()),
    }
}

/// Percent-encodes a `/`-separated path for a URI (RFC 3986): every byte but the unreserved
/// characters and `/` becomes `%XX`, so spaces, `:` and non-ASCII letters are safe.
pub fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_help_uri_base_is_an_absolute_url() {
        let base = "https://github.com/o/r/blob/main/README.md#";
        assert_eq!(help_uri_base(base).as_deref(), Ok(base));
        assert!(help_uri_base("https://example.com/a%20b/").is_ok());
        assert!(help_uri_base("not a url").is_err());
        assert!(help_uri_base("README.md#").is_err());
        assert!(help_uri_base("https://example.com/a b/").is_err());
        assert!(help_uri_base("https://example.com/é").is_err());
        assert!(help_uri_base("1http://x").is_err());
    }

    #[test]
    fn uris_are_percent_encoded_utf8() {
        assert_eq!(
            percent_encode("claims/gansu guangxi é.yaml"),
            "claims/gansu%20guangxi%20%C3%A9.yaml"
        );
        assert_eq!(percent_encode("a:b/50%"), "a%3Ab/50%25");
        assert_eq!(
            artifact_location("sub/claims/x.yaml"),
            json!({ "uri": "sub/claims/x.yaml", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location("/tmp/p q/x.yaml"),
            json!({ "uri": "file:///tmp/p%20q/x.yaml" })
        );
        assert_eq!(
            folder_uri(std::path::Path::new("/w/zürich")),
            "file:///w/z%C3%BCrich/"
        );
    }
}
