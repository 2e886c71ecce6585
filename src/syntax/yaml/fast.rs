//! A reader for the YAML the generated projects and hand-written claims files are made of:
//! block mappings and sequences, plain, single- and double-quoted one-line scalars, flow
//! lists and flow mappings of those written on one line (`- { id: a, members: [B, C] }`),
//! comments and blank lines. On anything else it gives up (`None`), and the full parser
//! reads the file; it never reports an error itself.
//!
//! Most project files are written in that subset, and reading it directly is about ten times
//! faster than the full parser (BENCHMARKS.md, "YAML parsers"). The tree it builds is the
//! full parser's, span for span: the tests compare the two on every YAML file of the
//! project and its fixtures and on mutants of them. Limits are the full parser's: a file
//! deeper than `max_depth` or with a longer line is left to it, which reports it.

use super::{Limits, Node, Span, Value, widen};

/// Most keys of one mapping this reader takes (each new key is compared with the others).
const MAX_KEYS: usize = 256;

/// The longest key this reader takes, in bytes: below YAML's limit of 1,024 characters for
/// an implicit key however the characters are counted.
const MAX_KEY_BYTES: usize = 1_000;

/// Whether a plain key is read as text by the full parser whatever its schema: it begins
/// with a letter or `_` and is no boolean. A key that may be a number (`1`, `0x1`, `1.0`) or a
/// boolean is compared by value there, so `1` and `0x1` are one key twice; such keys are left
/// to it.
fn is_word_key(key: &str) -> bool {
    const BOOLEANS: [&str; 8] = ["true", "false", "yes", "no", "on", "off", "y", "n"];
    let starts_as_word = key
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_');
    starts_as_word && !BOOLEANS.iter().any(|b| key.eq_ignore_ascii_case(b))
}

/// The plain scalars YAML reads as null.
pub fn is_null(plain: &str) -> bool {
    matches!(plain, "" | "~" | "null" | "Null" | "NULL")
}

/// The tree of `text` if it is written in the subset this reader takes and within
/// `limits`; `None` otherwise, for the full parser to read or refuse.
pub fn parse(text: &str, limits: &Limits) -> Option<Node> {
    if text.trim().is_empty() || text.len() > limits.max_file_bytes || text.starts_with('\u{feff}')
    {
        return None;
    }
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        peeked: None,
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
    /// The line [`Reader::peek`] last gave: a line is peeked by the collection that ends
    /// before it and again by the one that reads it, and scanning it costs more than the
    /// rest of reading it. Peeking leaves `at` at the line's start, past any blank and
    /// comment lines, so the next peek from there finds it here.
    peeked: Option<Line>,
    depth: usize,
    limits: &'a Limits,
}

impl Reader<'_> {
    /// The next line with content, skipping blank and comment lines (consumed).
    /// `None` at the end, and for lines this reader does not take (tabs, carriage
    /// returns, document markers, directives, over-long lines).
    fn peek(&mut self) -> Option<Line> {
        if let Some(line) = self.peeked
            && line.start == self.at
        {
            return Some(line);
        }
        let line = self.scan()?;
        self.peeked = Some(line);
        Some(line)
    }

    /// The next line with content, as [`Reader::peek`] gives it, found by reading the text.
    fn scan(&mut self) -> Option<Line> {
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
            if colon - content > MAX_KEY_BYTES || !self.takes_key(key_text, &entries) {
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

    /// A value on one line from `at`: a scalar, a flow list or a flow mapping. Returns the
    /// node and where it ends.
    fn inline(&mut self, at: usize, end: usize) -> Option<(Node, usize)> {
        match self.bytes[at] {
            b'"' => quoted(self.text, at, end),
            b'\'' => single_quoted(self.text, at, end),
            b'[' => self.flow_list(at, end),
            b'{' => self.flow_map(at, end),
            b => {
                if !plain_start(b) && !signed_number_start(self.bytes, at, end) {
                    return None;
                }
                let stop = plain_end(self.bytes, at, end, Context::Block)?;
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
            let (node, stop) = self.flow_item(at, end, Context::List)?;
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

    /// `{ key: value, ... }` on one line: plain keys, each followed by `: ` and a value that
    /// is a plain or quoted scalar, a flow list or a flow mapping. An empty mapping, an
    /// entry with no value or a trailing comma is left to the full parser, like a key
    /// the block reader would not take.
    fn flow_map(&mut self, open: usize, end: usize) -> Option<(Node, usize)> {
        self.enter()?;
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut at = open + 1;
        loop {
            at += spaces(self.bytes, at, end);
            if at >= end {
                return None;
            }
            let colon = flow_key_end(self.bytes, at, end)?;
            let key_text = &self.text[at..colon];
            if !self.takes_key(key_text, &entries) {
                return None;
            }
            let key = Node {
                value: Value::Scalar(key_text.to_string()),
                span: at..colon,
            };
            let value_at = colon + 1 + spaces(self.bytes, colon + 1, end);
            if value_at == colon + 1 || value_at >= end {
                return None;
            }
            let (value, stop) = self.flow_item(value_at, end, Context::Map)?;
            entries.push((key, value));
            at = stop + spaces(self.bytes, stop, end);
            match self.bytes.get(at) {
                Some(b',') if at < end => at += 1,
                Some(b'}') if at < end => break,
                _ => return None,
            }
        }
        self.depth -= 1;
        let value = Value::Map(entries);
        let span = widen(open..open + 1, &value, self.text);
        Some((Node { value, span }, at + 1))
    }

    /// An item of a flow list or a value of a flow mapping, from `at`: a quoted or plain
    /// scalar, and in a mapping also a flow list or mapping. A null is left to the full
    /// parser. Returns the node and where it ends.
    fn flow_item(&mut self, at: usize, end: usize, context: Context) -> Option<(Node, usize)> {
        match self.bytes[at] {
            b'"' => quoted(self.text, at, end),
            b'\'' => single_quoted(self.text, at, end),
            b'[' if context == Context::Map => self.flow_list(at, end),
            b'{' if context == Context::Map => self.flow_map(at, end),
            b if plain_start(b) || signed_number_start(self.bytes, at, end) => {
                let stop = plain_end(self.bytes, at, end, context)?;
                let text = &self.text[at..stop];
                if is_null(text) {
                    return None;
                }
                let node = Node {
                    value: Value::Scalar(text.to_string()),
                    span: at..stop,
                };
                Some((node, stop))
            }
            _ => None,
        }
    }

    /// Whether this reader takes `key` as the next key of a mapping holding `entries`.
    /// A record has a dozen keys; a mapping with very many is left to the full parser,
    /// whose duplicate check does not cost the square of their number. `<<` is YAML's
    /// merge key, which the full parser resolves. YAML allows an implicit key of at most
    /// 1,024 characters, which the full parser enforces.
    fn takes_key(&self, key: &str, entries: &[(Node, Node)]) -> bool {
        !is_null(key)
            && is_word_key(key)
            && key != "<<"
            && key.len() <= MAX_KEY_BYTES
            && plain_start(key.as_bytes()[0])
            && entries.len() < MAX_KEYS
            && !entries
                .iter()
                .any(|(k, _)| matches!(&k.value, Value::Scalar(s) if s == key))
    }
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |at| from + at)
}

fn spaces(bytes: &[u8], from: usize, end: usize) -> usize {
    bytes[from..end].iter().take_while(|&&b| b == b' ').count()
}

/// `-` followed by a blank or the end of the line.
fn is_dash(bytes: &[u8], at: usize, end: usize) -> bool {
    bytes[at] == b'-' && (at + 1 == end || bytes[at + 1] == b' ')
}

/// Whether a value at `at` is a plain scalar that starts with a minus sign before a digit
/// (`-5 million`, `-3`): a `-` followed by anything but a blank begins a plain scalar, and
/// before a digit it cannot be mistaken for a sequence entry or a document marker.
fn signed_number_start(bytes: &[u8], at: usize, end: usize) -> bool {
    bytes[at] == b'-' && at + 1 < end && bytes[at + 1].is_ascii_digit()
}

/// A character that may begin a plain scalar here. Indicators, quotes and the rest of
/// YAML's syntax send the file to the full parser; a value may also begin with a minus
/// sign before a digit ([`signed_number_start`]).
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

/// Where a plain scalar stands: its end depends on it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A block value, which runs to the end of its line.
    Block,
    /// An item of a flow list, which ends at `,` or `]`.
    List,
    /// A value in a flow mapping, which ends at `,` or `}`.
    Map,
}

/// Where a plain scalar that starts at `at` ends: before ` #`, trailing blanks, and in a
/// flow collection before `,` or its closing bracket. `None` for `: ` inside it (a
/// mapping this reader does not expect), for any `:` in a flow collection, and there for
/// the other brackets, which YAML reads as syntax.
fn plain_end(bytes: &[u8], at: usize, end: usize, context: Context) -> Option<usize> {
    let flow = context != Context::Block;
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
        let closing = match context {
            Context::Block => None,
            Context::List => Some(b']'),
            Context::Map => Some(b'}'),
        };
        if flow && (b == b',' || Some(b) == closing) {
            break;
        }
        if flow && matches!(b, b'[' | b']' | b'{' | b'}') {
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

/// Where a key of a flow mapping that starts at `at` ends: at the `:` right after it,
/// which a blank follows. `None` for a key that is not plain, holds flow syntax or a `#`,
/// ends in a blank, or has no such `:` on the line.
fn flow_key_end(bytes: &[u8], at: usize, end: usize) -> Option<usize> {
    if !plain_start(bytes[at]) {
        return None;
    }
    let mut i = at;
    while i < end {
        match bytes[i] {
            b':' => {
                let blank_after = bytes.get(i + 1) == Some(&b' ') && i + 1 < end;
                return (blank_after && bytes[i - 1] != b' ').then_some(i);
            }
            b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'"' | b'\'' => return None,
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

/// A single-quoted scalar on one line, from its opening quote: `''` stands for one quote,
/// and nothing else is an escape.
fn single_quoted(text: &str, open: usize, end: usize) -> Option<(Node, usize)> {
    let bytes = text.as_bytes();
    let mut value = String::new();
    let mut from = open + 1;
    let mut i = from;
    while i < end {
        if bytes[i] == b'\'' {
            value.push_str(&text[from..i]);
            if bytes.get(i + 1) == Some(&b'\'') && i + 1 < end {
                value.push('\'');
                i += 2;
                from = i;
                continue;
            }
            let span: Span = open..i + 1;
            let node = Node {
                value: Value::Scalar(value),
                span: span.clone(),
            };
            return Some((node, span.end));
        }
        i += 1;
    }
    None
}
