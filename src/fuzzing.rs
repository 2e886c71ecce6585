//! Entry points for the fuzz targets in `fuzz/`, and for `tests/fuzz_regressions.rs`,
//! which replays every input that once crashed one of them. Each takes arbitrary bytes
//! and must return, whatever they are: a panic is a bug.
//!
//! They are small on purpose: the fuzz targets are one call each, so that a crash found
//! by the fuzzer and its replay under `cargo test` run the same code.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Label, Location};
use crate::files::{FileId, Files};

/// The YAML reader's fast path: whatever it reads, it reads as the full parser does (the
/// same values and spans), and it never takes a file the full parser refuses.
pub fn yaml_fast_path(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let limits = crate::syntax::Limits::default();
    if let Some(fast) = crate::syntax::yaml::fast::parse(text, &limits) {
        match crate::syntax::yaml::parse_full(text, &limits) {
            Ok(full) => assert_eq!(fast, full, "the fast path read {text:?} differently"),
            Err(error) => panic!(
                "the fast path read {text:?}, which the full parser refuses: {}",
                error.message
            ),
        }
    }
}

/// A small deterministic generator (xorshift), so that generated tests and benchmarks ask
/// the same questions on every run and a failure can be replayed from its seed.
#[derive(Clone, Debug)]
pub struct Xorshift(u64);

impl Xorshift {
    /// A generator from `seed` (any value: zero, which xorshift would keep, is replaced).
    pub fn new(seed: u64) -> Xorshift {
        Xorshift(if seed == 0 {
            0x2545_F491_4F6C_DD1D
        } else {
            seed
        })
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// `text` with one small edit of the kind that breaks YAML or changes what it means: a
/// character removed, YAML syntax inserted, a line's indentation changed or a line
/// repeated. For tests that try a reader on variants of real files.
pub fn mutate_yaml(text: &str, random: &mut Xorshift) -> String {
    const INSERTS: [&str; 35] = [
        ":", ": ", "<<: ", " ", "  ", "-", "- ", "#", " #", "\"", "'", "[", "]", "{", "}", ",",
        "&a ", "*a", "!", "!!str ", "|", ">", "\t", "\n", "\\", "\\n", "~", "null", "? ", "---\n",
        "%", "\r", "\u{feff}", "\u{85}", "é",
    ];
    let mut next = |below: usize| random.below(below);
    let mut at = next(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    let mut out = String::with_capacity(text.len() + 8);
    match next(5) {
        0 => {
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            out.push_str(&text[..at]);
            out.push_str(&text[end..]);
        }
        1 | 2 => {
            out.push_str(&text[..at]);
            out.push_str(INSERTS[next(INSERTS.len())]);
            out.push_str(&text[at..]);
        }
        3 => {
            out.push_str(&text[..line_start]);
            if next(2) == 0 {
                out.push(' ');
                out.push_str(&text[line_start..]);
            } else {
                let line = &text[line_start..];
                out.push_str(line.strip_prefix(' ').unwrap_or(line));
            }
        }
        _ => {
            out.push_str(&text[..line_end]);
            out.push('\n');
            out.push_str(&text[line_start..]);
        }
    }
    out
}

/// The figure reader: `value:` as an article writes it.
pub fn figure(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::quantity::Quantity::parse(text);
    }
}

/// The equation parser and evaluator. Each claim the expression names stands for one of
/// a few figures of different kinds (exact, rounded, bounded, about, zero).
pub fn expression(data: &[u8]) {
    use crate::rules::equation::expr::{self, Nominal, Value};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(equation) = expr::parse(text) else {
        return;
    };
    let figures: Vec<Value> = ["17", "3.29 million", "0", "about 40", "more than 10,000"]
        .iter()
        .map(|figure| {
            let quantity = crate::quantity::Quantity::parse(figure).expect("a figure");
            Value {
                interval: quantity.interval,
                nominal: Nominal::Unknown,
            }
        })
        .collect();
    let claim = |slot: usize| figures[slot % figures.len()];
    let _ = equation.left.evaluate(&claim);
    let _ = equation.right.evaluate(&claim);
}

/// Quote location and normalisation, and the reading of figures: the input is an article, a
/// NUL byte, a quote, and optionally a NUL byte and a value the quote is checked to state.
pub fn quote(data: &[u8]) {
    use crate::citation::normalize::normalize;
    use crate::citation::quote::{Article, closest};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (article, quote) = text.split_once('\0').unwrap_or((text, ""));
    // After a second NUL, a value to look for in the quote.
    let (quote, value) = quote.split_once('\0').unwrap_or((quote, ""));
    for mention in crate::citation::numbers::find_numbers(article) {
        assert!(article.get(mention.span.clone()).is_some());
    }
    if let Ok(value) = crate::quantity::Quantity::parse(value) {
        let _ = crate::citation::value::quote_states(quote, &value);
    }
    let article = Article::new(article);
    let normalized = normalize(quote);
    if let Some(span) = article.find(&normalized) {
        assert!(
            article.original.get(span).is_some(),
            "a found quote's span lies on character boundaries"
        );
    }
    if let Some(found) = closest(&article, quote) {
        assert!(article.original.get(found.span).is_some());
    }
}

/// A diagnostic whose labels are spans read from the input, over a text that is the rest
/// of the input: what the human renderer must draw without failing. The first four bytes
/// give up to two spans (start and length, a byte each, scaled to the text).
pub fn diagnostic_over(data: &[u8]) -> Option<(Diagnostic, Files)> {
    let (spans, text) = data.split_at_checked(4)?;
    let text = String::from_utf8_lossy(text).into_owned();
    let mut files = Files::default();
    let file = files.add(
        "fuzz.yaml".into(),
        PathBuf::from("fuzz.yaml"),
        text.as_str(),
    );
    let span = |start: u8, len: u8| {
        let start = usize::from(start) * text.len() / 256;
        start..(start + usize::from(len)).min(text.len())
    };
    let mut diagnostic = Diagnostic::new(
        crate::codes::Code::WrongType,
        "a message",
        Location::new(file, span(spans[0], spans[1])),
        "the first label",
    );
    diagnostic.labels.push(Label {
        location: Location::new(FileId(0), span(spans[2], spans[3])),
        message: "a second label".into(),
        primary: false,
    });
    Some((diagnostic, files))
}

/// A whole run over a project: `data` is written to `file` (relative to `project`), then
/// the project is checked and reported as JSON.
pub fn project_file(project: &Path, file: &str, data: &[u8]) {
    if std::fs::write(project.join(file), data).is_err() {
        return;
    }
    check_and_report(project);
}

/// The project under `project` checked and reported as JSON, as `claimcheck check` does.
fn check_and_report(project: &Path) -> crate::check::Outcome {
    let outcome = crate::check::check(project, &crate::check::Options::default());
    let _ = crate::report::json::document(
        &outcome.diagnostics,
        &outcome.summary,
        &outcome.project.files,
    );
    outcome
}

/// The languages a source of [`citation`] declares, by the input's first byte: none, and
/// each language whose declaration changes how its articles' words are read (scale words,
/// qualifiers, list joiners, months, currencies), with neighbours in each script.
const DECLARED_LANGUAGES: [&str; 65] = [
    "", "en", "cs", "sk", "pl", "ru", "uk", "be", "bg", "mk", "kk", "tr", "az", "uz", "ms", "id",
    "nb", "nn", "da", "sv", "is", "fi", "et", "lt", "lv", "hu", "ro", "hr", "sr", "sl", "sq", "es",
    "pt", "ca", "fr", "de", "nl", "it", "el", "ka", "hy", "he", "ar", "fa", "ur", "hi", "bn", "ta",
    "te", "ml", "kn", "mr", "gu", "pa", "ne", "si", "th", "km", "my", "vi", "zh", "ja", "ko", "gl",
    "af",
];

/// A whole check and coverage run over a one-source project built from the input, so that
/// every citation check (quote, value, unit, qualifier, members) and every reading gated by a
/// declared language reads arbitrary text. The first byte picks the source's language from
/// [`DECLARED_LANGUAGES`]; the next two place the quote inside the article (its start, scaled
/// to the article's length, and its length in characters, so that the quote is found and the
/// checks after locating it run); the rest is the article, then, each after a NUL byte, the
/// claim's `value:`, its `unit:` and its members, separated by commas. The project is
/// written under `project`, whose files each input replaces.
pub fn citation(project: &Path, data: &[u8]) {
    let Some((&[language, start, length], rest)) = data.split_first_chunk::<3>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut fields = text.split('\0');
    let article = fields.next().unwrap_or_default();
    let value = fields.next().filter(|v| !v.is_empty()).unwrap_or("1");
    let unit = fields.next().filter(|u| !u.is_empty());
    let members: Vec<&str> = fields
        .next()
        .map(|m| m.split(',').filter(|m| !m.trim().is_empty()).collect())
        .unwrap_or_default();
    let mut from = usize::from(start) * article.len() / 256;
    while !article.is_char_boundary(from) {
        from -= 1;
    }
    let quote: String = article[from..]
        .chars()
        .take(usize::from(length).max(1))
        .collect();
    let language = DECLARED_LANGUAGES[usize::from(language) % DECLARED_LANGUAGES.len()];
    // Written as JSON strings, which YAML reads as double-quoted scalars with the same escapes.
    let yaml = |text: &str| serde_json::to_string(text).expect("a string serialises");
    let language = if language.is_empty() {
        String::new()
    } else {
        format!(", language: {language}")
    };
    let mut entities = String::from("entities:\n  - { name: Place, kind: country }\n");
    for member in &members {
        let name = yaml(member.trim());
        entities.push_str(&format!(
            "  - {{ name: {name}, kind: city, parent: Place }}\n"
        ));
    }
    let mut claim = format!(
        "claims:\n  - {{ id: c, source: a, quote: {}, subject: Place, metric: m, value: {}",
        yaml(&quote),
        yaml(value)
    );
    if let Some(unit) = unit {
        claim.push_str(&format!(", unit: {}", yaml(unit)));
    }
    if !members.is_empty() {
        let listed: Vec<String> = members.iter().map(|m| yaml(m.trim())).collect();
        claim.push_str(&format!(", members: [{}]", listed.join(", ")));
    }
    claim.push_str(" }\n");
    let files = [
        ("sources/a.txt", article.to_owned()),
        (
            "sources/sources.yaml",
            format!(
                "sources:\n  - {{ id: a, title: t, published: 2024-01-10, text: a.txt{language} }}\n"
            ),
        ),
        ("entities/places.yaml", entities),
        ("claims/claims.yaml", claim),
    ];
    for (file, contents) in files {
        let path = project.join(file);
        if path
            .parent()
            .is_some_and(|dir| std::fs::create_dir_all(dir).is_err())
            || std::fs::write(&path, contents).is_err()
        {
            return;
        }
    }
    let outcome = check_and_report(project);
    let style = crate::report::terminal::Style {
        width: 80,
        color: false,
    };
    let _ = crate::report::terminal::render(&outcome.diagnostics, &outcome.project.files, style);
    let coverage = crate::citation::coverage::run(project, &Default::default());
    let _ = crate::report::terminal::render(&coverage.diagnostics, &coverage.project.files, style);
    let _ = crate::report::coverage::table(&coverage.report, None);
}

/// A scratch copy of the project folder `from` (its claims, sources, entities and rules),
/// in a new folder under the system's temporary folder named after `name`.
pub fn scratch_project(from: &Path, name: &str) -> std::io::Result<PathBuf> {
    let to = std::env::temp_dir().join(format!("claimcheck-{name}-{}", std::process::id()));
    copy_dir(from, &to)?;
    Ok(to)
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
