//! Single-threaded speed of YAML parsers that keep byte offsets, each building the same
//! spanned [`Node`] tree as `claimcheck::load::yaml::parse`.
//!
//! ```sh
//! cargo run --release --example generate -- --claims 100000 --out /tmp/cc-100k --seed 1 --planted 10
//! cargo run --release --example yaml_parsers -- /tmp/cc-100k/claims
//! cargo run --release --example yaml_parsers -- --compare tests
//! ```
//!
//! The first form reads every `.yaml` file of a folder into memory, then parses them all on
//! one thread with each candidate, RUNS times (3 unless `--runs N`), and prints the best CPU
//! time of each: the thread's CPU clock around each file's parse (so other work on a shared
//! machine costs little, and dropping the trees is left out), with `getrusage`'s user and
//! system time of the whole pass beside it. Before timing, every candidate's tree is
//! compared with today's, values and spans, file by file. The candidates:
//!
//! - `serde-saphyr (today)`: `load::yaml::parse` (serde-saphyr with its budget);
//! - `granit-parser events`: the event stream of the parser underneath serde-saphyr
//!   (granit-parser, re-exported by serde-saphyr), with the tree built here from the
//!   events' byte spans;
//! - `yaml-rust2 events`: yaml-rust2's event stream. Its markers are character offsets and
//!   mark where an event starts only, so spans are recovered from the text;
//! - `fast path`: [`fast::parse`], a hand-written reader for the block-style subset the
//!   generated files use, which gives up (and the full parser runs) on anything else;
//! - two rows that build nothing, to show where today's time goes: serde-saphyr
//!   deserialising into `IgnoredAny`, and granit-parser's events alone.
//!
//! The second form (`--compare [--mutants N] DIR...`) runs the fast path on every `.yaml`
//! file under the folders, and on N mutants of each (a character removed, YAML syntax
//! inserted, an indentation changed, a line repeated), and checks that on each it either
//! gives up or yields exactly today's tree, and never accepts what today's parser refuses.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimcheck::load::yaml::{self, Limits, Node, Value};

type Span = Range<usize>;

/// One parser under test: a file's text to its tree, or `None` when it cannot build the
/// tree (a syntax error, or a construct it does not support).
struct Candidate {
    name: &'static str,
    parse: fn(&str, &Limits) -> Option<Node>,
    /// Whether it builds the tree. The others only read the file, to show where the time
    /// goes: they return an empty node.
    builds_tree: bool,
}

const CANDIDATES: [Candidate; 7] = [
    Candidate {
        name: "serde-saphyr (today)",
        parse: |text, limits| yaml::parse(text, limits).ok(),
        builds_tree: true,
    },
    Candidate {
        name: "serde-saphyr, nothing built",
        parse: |text, _| {
            serde_saphyr::from_str::<serde::de::IgnoredAny>(text).ok()?;
            Some(empty())
        },
        builds_tree: false,
    },
    Candidate {
        name: "granit-parser events, nothing built",
        parse: |text, _| {
            for event in serde_saphyr::granit_parser::Parser::new_from_str(text) {
                std::hint::black_box(event.ok()?);
            }
            Some(empty())
        },
        builds_tree: false,
    },
    Candidate {
        name: "granit-parser events",
        parse: |text, _| granit::parse(text),
        builds_tree: true,
    },
    Candidate {
        name: "yaml-rust2 events",
        parse: |text, _| rust2::parse(text),
        builds_tree: true,
    },
    Candidate {
        name: "fast path alone",
        parse: fast::parse,
        builds_tree: true,
    },
    Candidate {
        name: "fast path, else serde-saphyr",
        parse: |text, limits| fast::parse(text, limits).or_else(|| yaml::parse(text, limits).ok()),
        builds_tree: true,
    },
];

fn empty() -> Node {
    Node {
        value: Value::Null,
        span: 0..0,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--compare") {
        compare(&args[1..]);
        return;
    }
    let mut runs = 3;
    let mut dir = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--runs" {
            runs = rest.next().and_then(|n| n.parse().ok()).expect("--runs N");
        } else {
            dir = Some(PathBuf::from(arg));
        }
    }
    let dir = dir.expect("usage: yaml_parsers DIR [--runs N] | --compare DIR...");
    let limits = Limits::default();
    // Only the files today's parser reads: the timings compare trees built, not errors.
    let mut refused = 0;
    let (files, reference): (Vec<(PathBuf, String)>, Vec<Node>) = yaml_files(&dir)
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let Ok(node) = yaml::parse(&text, &limits) else {
                refused += 1;
                return None;
            };
            Some(((path, text), node))
        })
        .unzip();
    if refused > 0 {
        println!("{refused} files left out: not valid YAML, or over a limit");
    }
    let bytes: usize = files.iter().map(|(_, text)| text.len()).sum();
    let values: usize = reference.iter().map(count_values).sum();
    let fallbacks = files
        .iter()
        .filter(|(_, text)| fast::parse(text, &limits).is_none())
        .count();
    println!(
        "{} files, {:.1} MB, {values} values; the fast path gives up on {fallbacks} files",
        files.len(),
        bytes as f64 / 1e6
    );
    println!(
        "| parser | CPU parsing (best of {runs}) | user / system, whole pass | MB/s per core | ns per value | speed-up | identical tree |"
    );
    println!("|---|---:|---:|---:|---:|---:|---|");
    let mut baseline = None;
    for candidate in &CANDIDATES {
        let (identical, no_tree) = if candidate.builds_tree {
            identical_files(candidate, &files, &reference, &limits)
        } else {
            (0, 0)
        };
        let best = (0..runs)
            .map(|_| time_all(candidate, &files, &limits))
            .min()
            .expect("at least one run");
        let seconds = best.parsing.as_secs_f64();
        let speedup = *baseline.get_or_insert(seconds) / seconds;
        println!(
            "| {} | {seconds:.3} s | {:.2} s / {:.2} s | {:.1} | {:.0} | ×{speedup:.2} | {} |",
            candidate.name,
            best.user.as_secs_f64(),
            best.system.as_secs_f64(),
            bytes as f64 / 1e6 / seconds,
            seconds * 1e9 / values as f64,
            if !candidate.builds_tree {
                "builds no tree".to_string()
            } else if identical == files.len() {
                "yes".to_string()
            } else if identical + no_tree == files.len() {
                format!("yes, and no tree for {no_tree} files")
            } else {
                let wrong = files.len() - identical - no_tree;
                format!("no: {wrong} files differ, no tree for {no_tree}")
            },
        );
    }
}

/// How many files the candidate reads into exactly today's tree, and for how many it
/// builds none.
fn identical_files(
    candidate: &Candidate,
    files: &[(PathBuf, String)],
    reference: &[Node],
    limits: &Limits,
) -> (usize, usize) {
    let mut identical = 0;
    let mut no_tree = 0;
    let mut shown = false;
    for ((path, text), want) in files.iter().zip(reference) {
        match (candidate.parse)(text, limits) {
            Some(node) if node == *want => identical += 1,
            Some(node) => {
                if !std::mem::replace(&mut shown, true) {
                    eprintln!(
                        "{}: {} differs first at {}",
                        path.display(),
                        candidate.name,
                        first_difference(&node, want, text)
                    );
                }
            }
            None => {
                no_tree += 1;
                if !std::mem::replace(&mut shown, true) {
                    eprintln!("{}: {} gave no tree", path.display(), candidate.name);
                }
            }
        }
    }
    (identical, no_tree)
}

/// The CPU time one pass over every file took.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Pass {
    /// The parsing thread's CPU time, parsing only: each file is timed on its own with the
    /// thread's CPU clock (user and system, to the nanosecond), and the trees are dropped
    /// outside the timed part.
    parsing: Duration,
    /// The thread's user and system time for the whole pass, drops included, as
    /// `getrusage` counts them (in scheduler ticks, so only a check on the first figure).
    user: Duration,
    system: Duration,
}

fn time_all(candidate: &Candidate, files: &[(PathBuf, String)], limits: &Limits) -> Pass {
    let (user, system) = thread_rusage();
    let mut parsing = Duration::ZERO;
    for (_, text) in files {
        let start = thread_cpu_time();
        let node = (candidate.parse)(text, limits);
        parsing += thread_cpu_time() - start;
        drop(std::hint::black_box(node));
    }
    let (user_after, system_after) = thread_rusage();
    Pass {
        parsing,
        user: user_after - user,
        system: system_after - system,
    }
}

#[allow(unsafe_code)]
fn thread_cpu_time() -> Duration {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes a timespec into the pointer it is given, nothing else.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
    assert_eq!(status, 0, "clock_gettime");
    Duration::new(
        u64::try_from(time.tv_sec).unwrap_or(0),
        u32::try_from(time.tv_nsec).unwrap_or(0),
    )
}

#[allow(unsafe_code)]
fn thread_rusage() -> (Duration, Duration) {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole rusage into the pointer it is given and reads nothing.
    let usage = unsafe {
        let status = libc::getrusage(libc::RUSAGE_THREAD, usage.as_mut_ptr());
        assert_eq!(status, 0, "getrusage");
        usage.assume_init()
    };
    let duration = |time: libc::timeval| {
        Duration::new(
            u64::try_from(time.tv_sec).unwrap_or(0),
            u32::try_from(time.tv_usec).unwrap_or(0) * 1000,
        )
    };
    (duration(usage.ru_utime), duration(usage.ru_stime))
}

fn count_values(node: &Node) -> usize {
    1 + match &node.value {
        Value::Seq(items) => items.iter().map(count_values).sum(),
        Value::Map(entries) => entries
            .iter()
            .map(|(key, value)| count_values(key) + count_values(value))
            .sum(),
        Value::Null | Value::Scalar(_) => 0,
    }
}

/// Where two trees first differ, as the text and span of each side.
fn first_difference(got: &Node, want: &Node, text: &str) -> String {
    let children = |node: &Node| -> Vec<Node> {
        match &node.value {
            Value::Seq(items) => items.clone(),
            Value::Map(entries) => entries
                .iter()
                .flat_map(|(k, v)| [k.clone(), v.clone()])
                .collect(),
            _ => Vec::new(),
        }
    };
    let (a, b) = (children(got), children(want));
    if a.len() == b.len() {
        for (a, b) in a.iter().zip(&b) {
            if a != b {
                return first_difference(a, b, text);
            }
        }
    }
    let show = |node: &Node| {
        format!(
            "{:?} {:?} {:?}",
            node.span,
            text.get(node.span.clone()).unwrap_or("?"),
            match &node.value {
                Value::Scalar(s) => s.as_str(),
                other => other.describe(),
            }
        )
    };
    format!("got {}, want {}", show(got), show(want))
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The fast path on every YAML file under the folders, and on `--mutants N` variants of
/// each: it must give up or agree with today's parser.
fn compare(args: &[String]) {
    let limits = Limits::default();
    let mut mutants = 0;
    let mut dirs = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--mutants" {
            mutants = rest
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--mutants N");
        } else {
            dirs.push(arg);
        }
    }
    let mut tally = Tally::default();
    let mut rng = 0x2545_F491_4F6C_DD1D_u64;
    for dir in dirs {
        for path in yaml_files(Path::new(dir)) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            tally.compare(&path.display().to_string(), &text, &limits);
            for _ in 0..mutants {
                let mutant = mutate(&text, &mut rng);
                tally.compare(&format!("a mutant of {}", path.display()), &mutant, &limits);
            }
        }
    }
    println!(
        "fast path: {} inputs identical, {} handed to the full parser, {} wrong",
        tally.agreed, tally.gave_up, tally.wrong
    );
    if tally.wrong > 0 {
        std::process::exit(1);
    }
}

#[derive(Default)]
struct Tally {
    agreed: usize,
    gave_up: usize,
    wrong: usize,
}

impl Tally {
    fn compare(&mut self, name: &str, text: &str, limits: &Limits) {
        match (fast::parse(text, limits), yaml::parse(text, limits)) {
            (None, _) => self.gave_up += 1,
            (Some(got), Ok(want)) if got == want => self.agreed += 1,
            (Some(got), Ok(want)) => {
                self.wrong += 1;
                let at = first_difference(&got, &want, text);
                eprintln!("{name}: differs: {at}\n{text}");
            }
            (Some(_), Err(error)) => {
                self.wrong += 1;
                eprintln!(
                    "{name}: accepted, today's parser refuses it: {}\n{text}",
                    error.message
                );
            }
        }
    }
}

/// `text` with one small edit of the kind that breaks YAML or changes what it means: a
/// character removed, YAML syntax inserted, a line's indentation changed or a line repeated.
fn mutate(text: &str, rng: &mut u64) -> String {
    const INSERTS: [&str; 34] = [
        ":", ": ", " ", "  ", "-", "- ", "#", " #", "\"", "'", "[", "]", "{", "}", ",", "&a ",
        "*a", "!", "!!str ", "|", ">", "\t", "\n", "\\", "\\n", "~", "null", "? ", "---\n", "%",
        "\r", "\u{feff}", "\u{85}", "é",
    ];
    let mut next = |below: usize| {
        *rng ^= *rng >> 12;
        *rng ^= *rng << 25;
        *rng ^= *rng >> 27;
        (rng.wrapping_mul(0x2545_F491_4F6C_DD1D) % below.max(1) as u64) as usize
    };
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
                out.push_str(
                    text[line_start..]
                        .strip_prefix(' ')
                        .unwrap_or(&text[line_start..]),
                );
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

/// What `load::yaml` does to a collection's span: the parser spans it by its first token,
/// and it is widened to its last child, with a flow collection's closing bracket.
fn widen(mut span: Span, value: &Value, text: &str) -> Span {
    let last_child_end = match value {
        Value::Seq(items) => items.last().map(|n| n.span.end),
        Value::Map(entries) => entries.last().map(|(_, v)| v.span.end),
        _ => None,
    };
    if let Some(end) = last_child_end
        && end > span.end
    {
        span.end = end;
        let rest = text.get(end..).unwrap_or_default();
        let trimmed = rest.trim_start_matches([' ', '\t']);
        let opens = text
            .get(span.start..)
            .is_some_and(|from| from.starts_with(['[', '{']));
        if trimmed.starts_with([']', '}']) && opens {
            span.end = end + (rest.len() - trimmed.len()) + 1;
        }
    }
    span
}

fn is_null(plain: &str) -> bool {
    matches!(plain, "" | "~" | "null" | "Null" | "NULL")
}

/// A collection being built from events.
enum Open {
    Seq(Span, Vec<Node>),
    Map(Span, Vec<(Node, Node)>, Option<Node>),
}

/// Builds the tree from a stream of events, the way serde-saphyr's visitor does.
#[derive(Default)]
struct Builder {
    open: Vec<Open>,
    root: Option<Node>,
}

impl Builder {
    /// Adds a finished node to the collection it belongs to. `None` on a duplicate key,
    /// which today's parser refuses.
    fn add(&mut self, node: Node) -> Option<()> {
        match self.open.last_mut() {
            None => self.root = Some(node),
            Some(Open::Seq(_, items)) => items.push(node),
            Some(Open::Map(_, entries, key)) => match key.take() {
                None => {
                    if entries.iter().any(|(k, _)| k.value == node.value) {
                        return None;
                    }
                    *key = Some(node);
                }
                Some(key) => entries.push((key, node)),
            },
        }
        Some(())
    }

    fn close(&mut self, text: &str) -> Option<()> {
        let (span, value) = match self.open.pop()? {
            Open::Seq(span, items) => (span, Value::Seq(items)),
            // A parser that marks a block mapping after its first key (yaml-rust2 marks
            // the `:`): the mapping starts where its first key does.
            Open::Map(span, entries, _) => match entries.first() {
                Some((key, _)) if key.span.start < span.start => {
                    let start = key.span.start;
                    (start..start, Value::Map(entries))
                }
                _ => (span, Value::Map(entries)),
            },
        };
        let span = widen(span, &value, text);
        self.add(Node { value, span })
    }
}

/// The event stream of granit-parser, the parser serde-saphyr reads.
mod granit {
    use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

    use super::{Builder, Node, Open, Value, empty, is_null};

    pub fn parse(text: &str) -> Option<Node> {
        if text.trim().is_empty() {
            return Some(empty());
        }
        let mut builder = Builder::default();
        for event in Parser::new_from_str(text) {
            let (event, span) = event.ok()?;
            let span = span.byte_range()?;
            match event {
                Event::Scalar(value, style, anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    let value = if style == ScalarStyle::Plain && is_null(&value) {
                        Value::Null
                    } else {
                        Value::Scalar(value.into_owned())
                    };
                    builder.add(Node { value, span })?;
                }
                Event::SequenceStart(_, anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    builder.open.push(Open::Seq(span, Vec::new()));
                }
                Event::MappingStart(_, anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    builder.open.push(Open::Map(span, Vec::new(), None));
                }
                Event::SequenceEnd | Event::MappingEnd => builder.close(text)?,
                Event::Alias(_) | Event::UnresolvedAlias(_) | Event::Anchor(..) => return None,
                // A second document: today's parser refuses it.
                Event::DocumentStart(..) if builder.root.is_some() => return None,
                _ => {}
            }
        }
        builder.root
    }
}

/// yaml-rust2's event stream. Its markers count characters, not bytes, and give where an
/// event starts, not where it ends.
mod rust2 {
    use yaml_rust2::Event;
    use yaml_rust2::parser::Parser;
    use yaml_rust2::scanner::TScalarStyle;

    use super::{Builder, Node, Open, Value, empty, is_null};

    pub fn parse(text: &str) -> Option<Node> {
        if text.trim().is_empty() {
            return Some(empty());
        }
        let mut bytes = ByteOffsets::new(text);
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        loop {
            let (event, mark) = parser.next_token().ok()?;
            let start = bytes.of(mark.index())?;
            match event {
                Event::Scalar(value, style, anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    let end = scalar_end(text, start, &value, style)?;
                    let value = if style == TScalarStyle::Plain && is_null(&value) {
                        Value::Null
                    } else {
                        Value::Scalar(value)
                    };
                    builder.add(Node {
                        value,
                        span: start..end,
                    })?;
                }
                Event::SequenceStart(anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    let end = start + usize::from(text[start..].starts_with('['));
                    builder.open.push(Open::Seq(start..end, Vec::new()));
                }
                Event::MappingStart(anchor, tag) => {
                    if anchor != 0 || tag.is_some() {
                        return None;
                    }
                    let end = start + usize::from(text[start..].starts_with('{'));
                    builder.open.push(Open::Map(start..end, Vec::new(), None));
                }
                Event::SequenceEnd | Event::MappingEnd => builder.close(text)?,
                Event::Alias(_) => return None,
                Event::StreamEnd => break,
                _ => {}
            }
        }
        builder.root
    }

    /// Where a scalar that starts at `start` ends: its text is not in the event.
    fn scalar_end(text: &str, start: usize, value: &str, style: TScalarStyle) -> Option<usize> {
        let rest = text.get(start..)?;
        match style {
            TScalarStyle::Plain if rest.starts_with(value) => Some(start + value.len()),
            TScalarStyle::DoubleQuoted => {
                let mut escaped = false;
                for (at, c) in rest.char_indices().skip(1) {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => return Some(start + at + 1),
                        _ => escaped = false,
                    }
                }
                None
            }
            // Multi-line plain scalars, single-quoted and block scalars: not recovered here.
            _ => None,
        }
    }

    /// Character offsets to byte offsets, for offsets read mostly in increasing order.
    struct ByteOffsets<'a> {
        text: &'a str,
        ascii: bool,
        chars: usize,
        bytes: usize,
    }

    impl<'a> ByteOffsets<'a> {
        fn new(text: &'a str) -> Self {
            ByteOffsets {
                text,
                ascii: text.is_ascii(),
                chars: 0,
                bytes: 0,
            }
        }

        fn of(&mut self, chars: usize) -> Option<usize> {
            if self.ascii {
                return Some(chars.min(self.text.len()));
            }
            if chars < self.chars {
                self.chars = 0;
                self.bytes = 0;
            }
            let rest = self.text.get(self.bytes..)?;
            let skip = chars - self.chars;
            let at = rest
                .char_indices()
                .nth(skip)
                .map_or(rest.len(), |(at, _)| at);
            self.chars = chars;
            self.bytes += at;
            Some(self.bytes)
        }
    }
}

/// A reader for the block-style YAML the generated projects (and hand-written claims files)
/// are made of: block mappings and sequences, plain and double-quoted one-line scalars,
/// one-line flow lists of such scalars, comments and blank lines. On anything else it
/// gives up (`None`), and the full parser reads the file; it never reports an error itself.
mod fast {
    use super::{Limits, Node, Span, Value, is_null, widen};

    pub fn parse(text: &str, limits: &Limits) -> Option<Node> {
        if text.trim().is_empty()
            || text.len() > limits.max_file_bytes
            || text.starts_with('\u{feff}')
        {
            return None;
        }
        let mut reader = Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
            limits,
        };
        let line = reader.peek()?;
        if line.indent != 0 {
            return None;
        }
        let root = reader.block(0)?;
        // Anything left over (a line indented less than where it stands) is not ours.
        if reader.peek().is_some() {
            return None;
        }
        Some(root)
    }

    /// A line with content: where it starts, its indentation, and where it ends.
    #[derive(Clone, Copy)]
    struct Line {
        start: usize,
        indent: usize,
        end: usize,
    }

    struct Reader<'a> {
        text: &'a str,
        bytes: &'a [u8],
        /// The start of the next line to read.
        at: usize,
        depth: usize,
        limits: &'a Limits,
    }

    impl Reader<'_> {
        /// The next line with content, skipping blank and comment lines (consumed).
        /// `None` at the end, and for lines this reader does not take (tabs, carriage
        /// returns, document markers, directives, over-long lines).
        fn peek(&mut self) -> Option<Line> {
            while self.at < self.bytes.len() {
                let start = self.at;
                let end = memchr_newline(self.bytes, start);
                if end - start > self.limits.max_line_bytes {
                    self.at = self.bytes.len() + 1;
                    return None;
                }
                let line = &self.bytes[start..end];
                let indent = line.iter().take_while(|&&b| b == b' ').count();
                let content = &line[indent..];
                if !printable(&self.text[start + indent..end]) {
                    self.at = self.bytes.len() + 1;
                    return None;
                }
                if content.is_empty() || content[0] == b'#' {
                    self.at = end + 1;
                    continue;
                }
                if indent == 0
                    && (content.starts_with(b"---")
                        || content.starts_with(b"...")
                        || content[0] == b'%')
                {
                    self.at = self.bytes.len() + 1;
                    return None;
                }
                return Some(Line { start, indent, end });
            }
            None
        }

        /// Whether the reader gave up on a line it cannot read.
        fn stopped(&self) -> bool {
            self.at > self.bytes.len()
        }

        fn enter(&mut self) -> Option<()> {
            self.depth += 1;
            (self.depth <= self.limits.max_depth).then_some(())
        }

        /// A block collection whose first line is the next one, at indentation `indent`.
        fn block(&mut self, indent: usize) -> Option<Node> {
            let line = self.peek()?;
            if line.indent != indent {
                return None;
            }
            let content = line.start + indent;
            if is_dash(self.bytes, content, line.end) {
                self.sequence(indent, false)
            } else {
                self.at = line.end + 1;
                self.mapping(indent, content, line.end)
            }
        }

        /// A block sequence whose `-` lines are at `indent`. An `indentless` one (the
        /// value of a key at the same indentation) is spanned from its first item, not
        /// from its first `-`, as the full parser does.
        fn sequence(&mut self, indent: usize, indentless: bool) -> Option<Node> {
            self.enter()?;
            let mut items = Vec::new();
            let mut start = None;
            loop {
                let Some(line) = self.peek() else {
                    if self.stopped() {
                        return None;
                    }
                    break;
                };
                let dash = line.start + line.indent;
                if line.indent < indent || !is_dash(self.bytes, dash, line.end) {
                    if line.indent > indent {
                        return None;
                    }
                    break;
                }
                if line.indent > indent {
                    return None;
                }
                start.get_or_insert(dash);
                self.at = line.end + 1;
                let after = dash + 1;
                let content = after + spaces(self.bytes, after, line.end);
                if content == line.end || self.bytes[content] == b'#' {
                    // `-` alone: the item is the block below, or nothing. Where the full
                    // parser starts an indentless list whose first item is on the next
                    // line depends on what stands after the `-`: not ours to guess.
                    if indentless && items.is_empty() {
                        return None;
                    }
                    let next = self.peek()?;
                    if next.indent <= indent {
                        return None;
                    }
                    items.push(self.block(next.indent)?);
                } else if content == after {
                    return None;
                } else if key_end(self.bytes, content, line.end).is_some() {
                    // `- key: value`: a mapping whose keys stand at this column.
                    items.push(self.mapping(content - line.start, content, line.end)?);
                } else {
                    let (node, end) = self.inline(content, line.end)?;
                    self.end_of_line(end, line.end)?;
                    items.push(node);
                }
                self.after_entry(indent)?;
            }
            self.depth -= 1;
            let start = if indentless {
                items.first()?.span.start
            } else {
                start?
            };
            let value = Value::Seq(items);
            let span = widen(start..start, &value, self.text);
            Some(Node { value, span })
        }

        /// A block mapping at `indent`, whose first entry is on the line already consumed,
        /// from `first` to `first_end`.
        fn mapping(&mut self, indent: usize, first: usize, first_end: usize) -> Option<Node> {
            self.enter()?;
            let mut entries: Vec<(Node, Node)> = Vec::new();
            let (mut content, mut end) = (first, first_end);
            loop {
                let colon = key_end(self.bytes, content, end)?;
                let key_text = &self.text[content..colon];
                let key_text = key_text.trim_end_matches(' ');
                if is_null(key_text)
                    || !plain_start(self.bytes[content])
                    || entries
                        .iter()
                        .any(|(k, _)| matches!(&k.value, Value::Scalar(s) if s == key_text))
                {
                    return None;
                }
                let key = Node {
                    value: Value::Scalar(key_text.to_string()),
                    span: content..content + key_text.len(),
                };
                let after = colon + 1;
                let value_at = after + spaces(self.bytes, after, end);
                // `key:` or `key: # comment` (the `:` is followed by a blank, so the `#`
                // starts a comment): the value is the block below, deeper or a sequence at
                // this indent.
                let value = if value_at == end || self.bytes[value_at] == b'#' {
                    let next = self.peek()?;
                    let dash = next.start + next.indent;
                    if next.indent > indent {
                        self.block(next.indent)?
                    } else if next.indent == indent && is_dash(self.bytes, dash, next.end) {
                        self.sequence(indent, true)?
                    } else {
                        // An empty value: where its null stands is the parser's business.
                        return None;
                    }
                } else {
                    if value_at == after {
                        return None;
                    }
                    let (node, value_end) = self.inline(value_at, end)?;
                    self.end_of_line(value_end, end)?;
                    node
                };
                entries.push((key, value));
                self.after_entry(indent)?;
                let Some(line) = self.peek() else {
                    if self.stopped() {
                        return None;
                    }
                    break;
                };
                if line.indent < indent {
                    break;
                }
                content = line.start + line.indent;
                if is_dash(self.bytes, content, line.end) {
                    break;
                }
                end = line.end;
                self.at = line.end + 1;
            }
            self.depth -= 1;
            let start = entries.first()?.0.span.start;
            let value = Value::Map(entries);
            let span = widen(start..start, &value, self.text);
            Some(Node { value, span })
        }

        /// After an entry of a collection at `indent`: a deeper line would continue a
        /// scalar or be a syntax error, neither of which this reader takes.
        fn after_entry(&mut self, indent: usize) -> Option<()> {
            match self.peek() {
                Some(line) if line.indent > indent => None,
                None if self.stopped() => None,
                _ => Some(()),
            }
        }

        /// Only blanks and a comment may follow a value on its line.
        fn end_of_line(&self, at: usize, end: usize) -> Option<()> {
            let at = at + spaces(self.bytes, at, end);
            (at == end || (self.bytes[at] == b'#' && self.bytes[at - 1] == b' ')).then_some(())
        }

        /// A value on one line from `at`: a scalar or a flow list. Returns the node and
        /// where it ends.
        fn inline(&mut self, at: usize, end: usize) -> Option<(Node, usize)> {
            match self.bytes[at] {
                b'"' => quoted(self.text, at, end),
                b'[' => self.flow_list(at, end),
                b => {
                    if !plain_start(b) {
                        return None;
                    }
                    let stop = plain_end(self.bytes, at, end, false)?;
                    let text = &self.text[at..stop];
                    let value = if is_null(text) {
                        Value::Null
                    } else {
                        Value::Scalar(text.to_string())
                    };
                    Some((
                        Node {
                            value,
                            span: at..stop,
                        },
                        stop,
                    ))
                }
            }
        }

        /// `[a, "b", c]` on one line, of plain and double-quoted scalars.
        fn flow_list(&mut self, open: usize, end: usize) -> Option<(Node, usize)> {
            self.enter()?;
            let mut items = Vec::new();
            let mut at = open + 1;
            loop {
                at += spaces(self.bytes, at, end);
                if at >= end {
                    return None;
                }
                let (node, stop) = match self.bytes[at] {
                    b'"' => quoted(self.text, at, end)?,
                    b if plain_start(b) => {
                        let stop = plain_end(self.bytes, at, end, true)?;
                        let text = &self.text[at..stop];
                        if is_null(text) {
                            return None;
                        }
                        let node = Node {
                            value: Value::Scalar(text.to_string()),
                            span: at..stop,
                        };
                        (node, stop)
                    }
                    _ => return None,
                };
                items.push(node);
                at = stop + spaces(self.bytes, stop, end);
                match self.bytes.get(at) {
                    Some(b',') if at < end => at += 1,
                    Some(b']') if at < end => break,
                    _ => return None,
                }
            }
            self.depth -= 1;
            let value = Value::Seq(items);
            let span = widen(open..open + 1, &value, self.text);
            Some((Node { value, span }, at + 1))
        }
    }

    fn memchr_newline(bytes: &[u8], from: usize) -> usize {
        bytes[from..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |at| from + at)
    }

    fn spaces(bytes: &[u8], from: usize, end: usize) -> usize {
        bytes[from..end].iter().take_while(|&&b| b == b' ').count()
    }

    /// `-` followed by a blank or the end of the line.
    fn is_dash(bytes: &[u8], at: usize, end: usize) -> bool {
        bytes[at] == b'-' && (at + 1 == end || bytes[at + 1] == b' ')
    }

    /// A character that may begin a plain scalar here. Indicators, quotes and the rest of
    /// YAML's syntax send the file to the full parser. A `-` may begin one (`-3`) but not
    /// be followed by a blank (`is_dash` has been tried first).
    fn plain_start(b: u8) -> bool {
        b >= 0x80
            || b > b' '
                && b != 0x7f
                && !matches!(
                    b,
                    b'-' | b'?'
                        | b':'
                        | b','
                        | b'['
                        | b']'
                        | b'{'
                        | b'}'
                        | b'#'
                        | b'&'
                        | b'*'
                        | b'!'
                        | b'|'
                        | b'>'
                        | b'\''
                        | b'"'
                        | b'%'
                        | b'@'
                        | b'`'
                )
    }

    /// Whether a line holds only what this reader takes: no tab, carriage return or other
    /// control character, and no character YAML refuses or treats specially (the C1
    /// controls with NEL, a byte-order mark, U+FFFE and U+FFFF).
    fn printable(line: &str) -> bool {
        if line.is_ascii() {
            return line.bytes().all(|b| b >= b' ' && b != 0x7f);
        }
        line.chars().all(|c| {
            c >= ' '
                && c != '\u{7f}'
                && !('\u{80}'..='\u{9f}').contains(&c)
                && !matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}')
        })
    }

    /// Where a plain scalar that starts at `at` ends: before ` #`, trailing blanks, and in a
    /// flow list before `,` or `]`. `None` for `: ` inside it (a mapping this reader does
    /// not expect) and, in a flow list, for `[`, `{`, `}`.
    fn plain_end(bytes: &[u8], at: usize, end: usize, flow: bool) -> Option<usize> {
        let mut stop = at;
        let mut i = at;
        while i < end {
            let b = bytes[i];
            if b == b'#' && bytes[i - 1] == b' ' {
                break;
            }
            if b == b':' && (i + 1 == end || bytes[i + 1] == b' ' || flow) {
                return None;
            }
            if flow && matches!(b, b',' | b']') {
                break;
            }
            if flow && matches!(b, b'[' | b'{' | b'}') {
                return None;
            }
            if b != b' ' {
                stop = i + 1;
            }
            i += 1;
        }
        Some(stop)
    }

    /// Where a block mapping key that starts at `at` ends: the `:` followed by a blank
    /// or the end of the line. `None` when there is none, or the key is not plain.
    fn key_end(bytes: &[u8], at: usize, end: usize) -> Option<usize> {
        if !plain_start(bytes[at]) {
            return None;
        }
        let mut i = at;
        while i < end {
            match bytes[i] {
                b':' if i + 1 == end || bytes[i + 1] == b' ' => {
                    return (i > at && bytes[i - 1] != b' ').then_some(i);
                }
                b'#' if bytes[i - 1] == b' ' => return None,
                _ => i += 1,
            }
        }
        None
    }

    /// A double-quoted scalar on one line, from its opening quote. Only `\"` and `\\`
    /// escapes are read here; any other sends the file to the full parser.
    fn quoted(text: &str, open: usize, end: usize) -> Option<(Node, usize)> {
        let bytes = text.as_bytes();
        let mut value = String::new();
        let mut from = open + 1;
        let mut i = from;
        while i < end {
            match bytes[i] {
                b'"' => {
                    value.push_str(&text[from..i]);
                    let span: Span = open..i + 1;
                    let node = Node {
                        value: Value::Scalar(value),
                        span: span.clone(),
                    };
                    return Some((node, span.end));
                }
                b'\\' => {
                    let escaped = *bytes.get(i + 1)?;
                    if !matches!(escaped, b'"' | b'\\') || i + 1 >= end {
                        return None;
                    }
                    value.push_str(&text[from..i]);
                    value.push(escaped as char);
                    i += 2;
                    from = i;
                }
                _ => i += 1,
            }
        }
        None
    }
}
