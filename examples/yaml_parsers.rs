//! Single-threaded speed of YAML parsers that keep byte offsets, each building the same
//! spanned [`Node`] tree as `claimcheck::syntax::yaml::parse`.
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
//! machine costs little, and dropping the trees is left out), with the kernel's user and
//! system time of the whole pass beside it. Before timing, every candidate's tree is
//! compared with the full parser's, values and spans, file by file. The candidates:
//!
//! - `serde-saphyr (full parser)`: `syntax::yaml::parse_full` (serde-saphyr with its budget),
//!   what every file went through before the fast path;
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
//! gives up or yields exactly the full parser's tree, and never accepts what it refuses.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimcheck::syntax::yaml::fast::{self, is_null};
use claimcheck::syntax::yaml::{self, Limits, Node, Value, widen};

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
        name: "serde-saphyr (full parser)",
        parse: |text, limits| yaml::parse_full(text, limits).ok(),
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
        name: "fast path, else serde-saphyr (`syntax::yaml::parse`)",
        parse: |text, limits| yaml::parse(text, limits).ok(),
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
            let Ok(node) = yaml::parse_full(&text, &limits) else {
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
    /// `/proc/thread-self/stat` counts them (in scheduler ticks, so only a check on the first figure).
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

/// The calling thread's CPU time to the nanosecond: the first field of Linux's
/// `/proc/thread-self/schedstat`, the time the thread has run on a CPU.
fn thread_cpu_time() -> Duration {
    let schedstat = std::fs::read_to_string("/proc/thread-self/schedstat")
        .expect("/proc/thread-self/schedstat (Linux)");
    let nanoseconds = schedstat
        .split_whitespace()
        .next()
        .and_then(|field| field.parse().ok())
        .expect("a number of nanoseconds");
    Duration::from_nanos(nanoseconds)
}

/// The calling thread's user and system time as the kernel accounts them: fields 14 and
/// 15 of `/proc/thread-self/stat`, in ticks of 1/100 s (procfs's fixed USER_HZ).
fn thread_rusage() -> (Duration, Duration) {
    let stat =
        std::fs::read_to_string("/proc/thread-self/stat").expect("/proc/thread-self/stat (Linux)");
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let after_name = &stat[stat.rfind(')').expect("a command name") + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |index: usize| -> Duration {
        let ticks: u64 = fields[index].parse().expect("a number of ticks");
        Duration::from_millis(ticks * 10)
    };
    // Fields 14 and 15 of the line are the 12th and 13th after the name (field 3 is first).
    (ticks(11), ticks(12))
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
    let mut random = claimcheck::fuzzing::Xorshift::new(1);
    for dir in dirs {
        for path in yaml_files(Path::new(dir)) {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            tally.compare(&path.display().to_string(), &text, &limits);
            for _ in 0..mutants {
                let mutant = claimcheck::fuzzing::mutate_yaml(&text, &mut random);
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
        match (fast::parse(text, limits), yaml::parse_full(text, limits)) {
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
