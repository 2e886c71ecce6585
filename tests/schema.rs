//! The JSON Schemas for editors: the committed `schemas/` folder is what `claimcheck schema`
//! generates, every shipped YAML file and every passing fixture validates against its
//! schema (with a real JSON Schema validator, seeing the YAML as an editor's YAML language
//! server does), and typical mistakes fail validation.

use std::path::{Path, PathBuf};
use std::process::Command;

use claimcheck::syntax::yaml::{self, Node, Value as Yaml};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The YAML files of `folder`, sorted.
fn yaml_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")));
    files.sort();
    files
}

// --- YAML as an editor sees it ---------------------------------------------------------

/// Converts a YAML document to JSON the way a YAML language server (YAML 1.2, core schema)
/// does: a plain scalar that looks like null, a boolean, an integer or a float becomes
/// that; a quoted, block or `!!str` scalar stays a string. The parser gives the text; the
/// source at the node's span tells how it was written.
fn to_json(node: &Node, text: &str) -> Value {
    match &node.value {
        Yaml::Null => Value::Null,
        Yaml::Scalar(scalar) if written_as_string(node, text) => Value::String(scalar.clone()),
        Yaml::Scalar(scalar) => plain(scalar),
        Yaml::Seq(items) => Value::Array(items.iter().map(|i| to_json(i, text)).collect()),
        Yaml::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let Yaml::Scalar(key) = &k.value else {
                        panic!("a non-scalar key at {:?}", k.span)
                    };
                    (key.clone(), to_json(v, text))
                })
                .collect(),
        ),
    }
}

/// Quoted (`"17"`, `'17'`), a block scalar (`|`, `>`: the span starts at its content, after
/// the header), or tagged `!!str`.
fn written_as_string(node: &Node, text: &str) -> bool {
    let start = node.span.start;
    if text[start..].starts_with(['"', '\'']) {
        return true;
    }
    let before = &text[..start];
    let line = &before[before.rfind('\n').map_or(0, |at| at + 1)..];
    if line.trim_end().ends_with("!!str") {
        return true;
    }
    // A block scalar's header ends the last non-blank line before its content.
    let header = before.trim_end();
    let header_line = &header[header.rfind('\n').map_or(0, |at| at + 1)..];
    let header_line = header_line
        .split(" #")
        .next()
        .unwrap_or_default()
        .trim_end();
    let last_token = header_line.rsplit([' ', '\t']).next().unwrap_or_default();
    line.trim().is_empty()
        && last_token.starts_with(['|', '>'])
        && last_token[1..]
            .chars()
            .all(|c| c == '-' || c == '+' || c.is_ascii_digit())
}

/// The YAML 1.2 core schema's resolution of a plain scalar.
fn plain(text: &str) -> Value {
    match text {
        "null" | "Null" | "NULL" | "~" | "" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return match text.parse::<i64>() {
            Ok(n) => json!(n),
            Err(_) => json!(text.parse::<f64>().unwrap_or_default()),
        };
    }
    if let Some(octal) = text.strip_prefix("0o")
        && let Ok(n) = i64::from_str_radix(octal, 8)
    {
        return json!(n);
    }
    if let Some(hex) = text.strip_prefix("0x")
        && let Ok(n) = i64::from_str_radix(hex, 16)
    {
        return json!(n);
    }
    if is_core_float(unsigned)
        && let Ok(f) = text.parse::<f64>()
    {
        return json!(f);
    }
    // `.inf` and `.nan` are numbers to YAML but have no JSON form; none is written here.
    Value::String(text.to_string())
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
fn is_core_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => digits(fraction),
        Some((whole, fraction)) => digits(whole) && fraction.bytes().all(|b| b.is_ascii_digit()),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

fn yaml_as_json(text: &str) -> Value {
    let node = yaml::parse(text, &yaml::Limits::default()).expect("valid YAML");
    to_json(&node, text)
}

#[test]
fn yaml_is_seen_as_a_language_server_sees_it() {
    let text = "a: 17\nb: \"17\"\nc: '17'\nd: 1.10\ne: true\nf: ~\ng: 2020-11-21\nh: \"7,993\"\n\
                i: >-\n  17\nj: |\n  17\nk: !!str 17\nl: 0x1F\nm: 1e3\nn: three\no: -5\np:\n";
    assert_eq!(
        yaml_as_json(text),
        json!({
            "a": 17, "b": "17", "c": "17", "d": 1.1, "e": true, "f": null,
            "g": "2020-11-21", "h": "7,993", "i": "17", "j": "17\n", "k": "17",
            "l": 31, "m": 1000.0, "n": "three", "o": -5, "p": null,
        })
    );
}

// --- the schemas ---------------------------------------------------------------------------

fn generated(name: &str) -> Value {
    let (_, text) = claimcheck::schema::files()
        .into_iter()
        .find(|(file, _)| *file == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    serde_json::from_str(&text).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&generated(name)).expect("the schema compiles")
}

/// Every validation error, one line each.
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_committed_schemas_are_what_the_schema_command_generates() {
    for (name, text) in claimcheck::schema::files() {
        let path = root().join("schemas").join(name);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing: run `claimcheck schema`", path.display()));
        assert!(
            committed == text,
            "{} is out of date: run `cargo run -- schema` and commit the result",
            path.display()
        );
    }
}

#[test]
fn the_schema_command_writes_every_schema_and_prints_the_paths() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nested/schemas");
    // An existing file is replaced: these are generated files.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("claims.schema.json"), "stale").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["schema", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    for (name, text) in claimcheck::schema::files() {
        let path = out.join(name);
        assert!(stdout.contains(&path.display().to_string()), "{stdout}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "{name}");
    }
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().flatten().collect();
    assert_eq!(
        written.len(),
        claimcheck::schema::files().len(),
        "no temporary files are left behind"
    );
}

#[test]
fn every_schema_is_a_valid_draft_07_schema() {
    for (name, text) in claimcheck::schema::files() {
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        if let Err(error) = jsonschema::draft7::meta::validate(&schema) {
            panic!("{name} is not a valid draft-07 schema: {error}");
        }
    }
}

/// The schema for a file of the given folder.
fn schema_for(folder: &str) -> &'static str {
    match folder {
        "sources" => "sources.schema.json",
        "claims" => "claims.schema.json",
        "entities" => "entities.schema.json",
        "rules" => "rules.schema.json",
        other => panic!("no schema for {other}/"),
    }
}

/// Validates every YAML file of the project at `project` against its schema, returning
/// how many files were validated.
fn validate_project(project: &Path) -> usize {
    let mut validated = 0;
    for folder in ["sources", "claims", "entities", "rules"] {
        let validator = validator(schema_for(folder));
        for path in yaml_files(&project.join(folder)) {
            let text = std::fs::read_to_string(&path).unwrap();
            let errors = errors(&validator, &yaml_as_json(&text));
            assert!(
                errors.is_empty(),
                "{} does not validate against {}:\n{}",
                path.display(),
                schema_for(folder),
                errors.join("\n")
            );
            validated += 1;
        }
    }
    let config = project.join("claimcheck.yaml");
    if config.is_file() {
        let text = std::fs::read_to_string(&config).unwrap();
        let errors = errors(&validator("config.schema.json"), &yaml_as_json(&text));
        assert!(errors.is_empty(), "{}: {errors:?}", config.display());
        validated += 1;
    }
    let coverage = project.join("coverage.yaml");
    if coverage.is_file() {
        let text = std::fs::read_to_string(&coverage).unwrap();
        let errors = errors(&validator("coverage.schema.json"), &yaml_as_json(&text));
        assert!(errors.is_empty(), "{}: {errors:?}", coverage.display());
        validated += 1;
    }
    validated
}

#[test]
fn the_shipped_yaml_validates_against_the_schemas() {
    assert!(validate_project(&root()) >= 10);
}

#[test]
fn the_project_init_creates_validates_against_the_schemas() {
    for folder in ["sources", "claims", "entities", "rules"] {
        let path = root().join("src/init").join(format!("{folder}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let errors = errors(&validator(schema_for(folder)), &yaml_as_json(&text));
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn every_passing_fixture_validates_against_the_schemas() {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().ends_with("-pass"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 7);
    for fixture in fixtures {
        assert!(validate_project(&fixture) >= 4, "{}", fixture.display());
    }
}

#[test]
fn the_shipped_yaml_names_its_schema_on_its_first_line() {
    for folder in ["sources", "claims", "entities", "rules"] {
        let modeline = format!(
            "# yaml-language-server: $schema=../schemas/{}",
            schema_for(folder)
        );
        for path in yaml_files(&root().join(folder)) {
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(
                text.lines().next(),
                Some(modeline.as_str()),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn the_coverage_ignore_list_names_its_schema_and_needs_reasons() {
    let text = std::fs::read_to_string(root().join("coverage.yaml")).unwrap();
    assert_eq!(
        text.lines().next(),
        Some("# yaml-language-server: $schema=schemas/coverage.schema.json")
    );
    let validator = validator("coverage.schema.json");
    let without_reason = "ignore:\n  - source: a\n    text: \"12\"\n";
    assert!(!errors(&validator, &yaml_as_json(without_reason)).is_empty());
}

#[test]
fn the_configuration_schema_takes_overrides_of_findings_only() {
    let validator = validator("config.schema.json");
    let good =
        yaml_as_json("severity:\n  CC022: error\n  units-disagree: warning\n  cc142: info\n");
    assert_eq!(errors(&validator, &good), Vec::<String>::new());
    for bad in [
        "severity:\n  CC001: warning\n",
        "severity:\n  CC999: warning\n",
        "severity:\n  CC022: fatal\n",
        "severtiy:\n  CC022: error\n",
    ] {
        assert!(!validator.is_valid(&yaml_as_json(bad)), "{bad}");
    }
}

// --- mistakes an editor flags --------------------------------------------------------------

const CLAIMS: &str = "\
source: article
claims:
  - id: gansu-poor-counties
    quote: There are 75 poverty-stricken counties in Gansu Province
    subject: Gansu
    metric: poor counties
    value: 75
    unit: county
";

#[test]
fn a_claim_with_an_unknown_field_fails_validation() {
    let validator = validator("claims.schema.json");
    assert!(validator.is_valid(&yaml_as_json(CLAIMS)));
    let misspelt = CLAIMS.replace("    value: 75", "    valeu: 75");
    let errors = errors(&validator, &yaml_as_json(&misspelt));
    assert!(
        errors.iter().any(|e| e.contains("valeu")),
        "the unknown field is named: {errors:?}"
    );
}

#[test]
fn a_rule_with_a_misspelt_kind_fails_validation() {
    let validator = validator("rules.schema.json");
    let rule = "rules:\n  - id: series\n    kind: monotonic\n    direction: non-increasing\n";
    assert_eq!(
        errors(&validator, &yaml_as_json(rule)),
        Vec::<String>::new()
    );
    let misspelt = rule.replace("kind: monotonic", "kind: monotonous");
    let errors = errors(&validator, &yaml_as_json(&misspelt));
    assert!(
        errors.iter().any(|e| e.starts_with("/rules/0/kind")),
        "the kind is reported: {errors:?}"
    );
}

#[test]
fn a_rule_takes_only_its_own_kinds_parameters() {
    let validator = validator("rules.schema.json");
    // `direction` belongs to monotonic rules, not to count rules.
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: count\n    direction: increasing\n");
    assert!(!validator.is_valid(&rule));
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: monotonic\n    direction: upwards\n");
    assert!(
        !validator.is_valid(&rule),
        "a direction outside the choices"
    );
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: equation\n");
    assert!(
        !validator.is_valid(&rule),
        "an equation needs its expression"
    );
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: range\n    select: {unit: percent}\n");
    assert!(!validator.is_valid(&rule), "a range needs a bound");
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: range\n    max: 100\n");
    assert!(validator.is_valid(&rule));
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: timeline\n    before: not complete\n");
    assert!(!validator.is_valid(&rule), "before needs after");
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: agreement\n    key: [subject, metrc]\n");
    assert!(!validator.is_valid(&rule), "a key word outside the choices");
    let rule = yaml_as_json("rules:\n  - id: r\n    kind: agreement\n    key: metric\n");
    assert!(validator.is_valid(&rule));
}

#[test]
fn a_claim_names_its_source_when_its_file_does_not() {
    let validator = validator("claims.schema.json");
    let without_file_source = CLAIMS.replace("source: article\n", "");
    assert!(!validator.is_valid(&yaml_as_json(&without_file_source)));
    let on_the_claim =
        without_file_source.replace("    value: 75", "    source: article\n    value: 75");
    assert!(validator.is_valid(&yaml_as_json(&on_the_claim)));
}

#[test]
fn a_claim_states_a_value_status_or_members() {
    let validator = validator("claims.schema.json");
    let nothing = CLAIMS.replace("    value: 75\n    unit: county\n", "");
    assert!(!validator.is_valid(&yaml_as_json(&nothing)));
    let status = CLAIMS.replace(
        "    value: 75\n    unit: county\n",
        "    status: complete\n",
    );
    assert!(validator.is_valid(&yaml_as_json(&status)));
}

#[test]
fn ids_dates_and_periods_are_checked_by_pattern() {
    let validator = validator("claims.schema.json");
    for (from, to) in [
        ("id: gansu-poor-counties", "id: Gansu Poor Counties"),
        (
            "    unit: county\n",
            "    unit: county\n    as_of: 21/11/2020\n",
        ),
        (
            "    unit: county\n",
            "    unit: county\n    period: 2019-2020\n",
        ),
        (
            "    unit: county\n",
            "    unit: county\n    members: Gansu, Guangxi\n",
        ),
        ("    unit: county\n", "    unit: county\n    list: some\n"),
        ("    unit: county\n", "    unit: county\n    note:\n"),
    ] {
        let bad = CLAIMS.replace(from, to);
        assert!(!validator.is_valid(&yaml_as_json(&bad)), "{to}");
    }
    for (from, to) in [
        ("    unit: county\n", "    unit: county\n    period: 2019\n"),
        (
            "    unit: county\n",
            "    unit: county\n    period: 2020-11-16/2020-11-22\n",
        ),
        ("value: 75", "value: \"3.29 million\""),
        ("value: 75", "value: 1.10"),
        (
            "    unit: county\n",
            "    unit: county\n    allow:\n      - code: cc142\n        reason: kept\n",
        ),
    ] {
        let good = CLAIMS.replace(from, to);
        assert_eq!(
            errors(&validator, &yaml_as_json(&good)),
            Vec::<String>::new(),
            "{to}"
        );
    }
}
