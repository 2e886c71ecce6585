//! A YAML document as a tree of nodes, each carrying the byte span it was read from.
//!
//! The tree is deliberately untyped: scalars keep the text the author wrote (`1.10` stays
//! `1.10`, never the float `1.1`), and the typed layer above reads fields one by one, so a
//! file with ten mistakes yields ten diagnostics instead of stopping at serde's first error.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};

pub mod fast;

/// Byte range of a node in its file.
pub type Span = Range<usize>;

/// One YAML node and where it stands in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    /// A scalar exactly as written (quotes removed, escapes resolved).
    Scalar(String),
    Seq(Vec<Node>),
    /// Keys in file order; duplicate keys are rejected by the parser.
    Map(Vec<(Node, Node)>),
}

impl Value {
    /// What the author wrote, in a user's words: "a list", "a mapping".
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Scalar(_) => "a single value",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Limits on what one YAML file may cost, so that a hostile file is refused quickly
/// with bounded memory instead of being expanded.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: usize,
    /// Most bytes of YAML one run reads, all files together: with the per-file limits, a
    /// bound on the values (and so the memory) of a whole run.
    pub max_run_bytes: u64,
    /// Deepest nesting of lists and mappings.
    pub max_depth: usize,
    /// Most alias (`*name`) uses in one file.
    pub max_aliases: usize,
    /// Longest line of a YAML file. A single huge scalar is the cheapest way to make a
    /// parser allocate and copy; no hand-written claim comes near this.
    pub max_line_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 256 * 1024 * 1024,
            max_run_bytes: 1024 * 1024 * 1024,
            // Claims nest four deep (file, list, claim, members); 32 leaves room and
            // still stops a nesting bomb long before it costs anything.
            max_depth: 32,
            max_aliases: 1_000,
            max_line_bytes: 1024 * 1024,
        }
    }
}

impl Limits {
    /// The parser's budget for a file of `len` bytes: nodes and events grow with the file
    /// (a node needs at least two bytes of YAML), depth and aliases stay fixed.
    fn budget(&self, len: usize) -> Budget {
        let per_file = len.saturating_add(EXPANSION_ALLOWANCE);
        let mut budget = Budget::default();
        budget.max_depth = self.max_depth;
        budget.max_aliases = self.max_aliases;
        budget.max_anchors = self.max_aliases;
        budget.max_nodes = per_file;
        budget.max_events = per_file.saturating_mul(2);
        budget.max_total_scalar_bytes = per_file;
        budget.max_documents = 1;
        // Every alias replays its anchor's events: bound the replay to the file's own size.
        budget.max_recorded_anchor_events = per_file;
        budget.max_recorded_anchor_bytes = per_file;
        // The replay bounds above are what stop an alias bomb. The parser's heuristic of at
        // most ten uses per anchor refused ordinary files (`subject: *s` on 100 claims)
        // with a limit nobody wrote down.
        budget.enforce_alias_anchor_ratio = false;
        budget
    }
}

/// Why a file could not be read as YAML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    /// Where the parser stopped, when it knows.
    pub span: Option<Span>,
    /// The limit the file broke, when it broke one of the [`Limits`] rather than YAML's
    /// grammar.
    pub limit: Option<Limit>,
    /// The file holds a tag outside YAML's core schema (`!include`), which the message
    /// names: valid YAML, but one that asks for something claimcheck does not do
    /// ([`tag_not_read`]).
    pub tag_not_read: bool,
}

impl SyntaxError {
    /// The file broke one of the [`Limits`] (nesting, aliases, size) rather than YAML's grammar.
    pub fn over_limit(&self) -> bool {
        self.limit.is_some()
    }
}

/// Which of the [`Limits`] a file broke, so that the help can name that one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// [`Limits::max_depth`].
    Depth,
    /// [`Limits::max_aliases`], for aliases or anchors.
    Aliases,
    /// What aliases expand to (text, values, parser events), bounded by the file's own
    /// size plus [`EXPANSION_ALLOWANCE`].
    Expansion,
    /// One document per file.
    Documents,
    /// [`Limits::max_line_bytes`].
    LineBytes,
}

/// What aliases may expand a file by, beyond its own size: the budget of text, values and
/// events of a file of `n` bytes is `n` plus this.
pub const EXPANSION_ALLOWANCE: usize = 1024;

/// Parses one YAML document into a spanned tree.
pub fn parse(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node {
            value: Value::Null,
            span: 0..0,
        });
    }
    // Most files are in the block subset the fast reader takes, which builds the same
    // tree about ten times faster; anything else, every error included, is the full
    // parser's.
    match fast::parse(text, limits) {
        Some(node) => Ok(node),
        None => parse_full(text, limits),
    }
}

/// Parses one YAML document with the full parser alone: what [`parse`] does with a file
/// outside the fast reader's subset. Public for the tests and benchmarks that compare the
/// two readers.
pub fn parse_full(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    parse_with_saphyr(text, limits, true)
}

/// [`parse_full`], which with `find_depth` looks for where nesting crossed the limit when
/// the scanner stopped first ([`depth_crossed_before`]); that second parse does not look
/// again, so that no text is parsed without end.
fn parse_with_saphyr(text: &str, limits: &Limits, find_depth: bool) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node {
            value: Value::Null,
            span: 0..0,
        });
    }
    if let Some((start, len)) = first_line_over(text, limits.max_line_bytes) {
        return Err(SyntaxError {
            message: format!(
                "a line of {len} bytes (the limit is {} bytes)",
                limits.max_line_bytes
            ),
            span: Some(start..start + 1),
            limit: Some(Limit::LineBytes),
            tag_not_read: false,
        });
    }
    let mut options = Options::default();
    options.budget = Some(limits.budget(text.len()));
    options.with_snippet = false;
    // `.inf`, `.nan` and `1e400` are text like any other scalar: the typed layer reads
    // them as the field requires (a note keeps them, a figure refuses them with CC015).
    options.non_finite_float_policy = serde_saphyr::NonFiniteFloatPolicy::PassThrough;
    options.alias_limits.max_total_replayed_events = text.len().saturating_add(1024);
    let parsed = with_text(text, || serde_saphyr::from_str_with_options(text, options));
    let raw: Spanned<RawValue> = parsed.map_err(|error| {
        let span = error
            .location()
            .and_then(|location| error_span(&location, text));
        let limit = limit_broken(&error);
        if find_depth
            && limit == Some(Limit::Depth)
            && let Some(start) = span.as_ref().map(|span| span.start)
            && let Some(crossed) = depth_crossed_before(text, start, limits)
        {
            return crossed;
        }
        // A tag the full parser refuses itself (`!!timestamp`: "cannot deserialize tagged
        // scalar"), or one before the error it stopped at, is the problem to tell, with
        // the help on tags.
        let tag_first = tag_not_read(text).filter(|(tag, _)| {
            limit.is_none() && span.as_ref().is_none_or(|span| tag.start <= span.start)
        });
        if let Some((tag, described)) = tag_first {
            return tag_error(tag, &described);
        }
        SyntaxError {
            message: limit_message(&error, limits).unwrap_or_else(|| plain_message(&error)),
            span,
            limit,
            tag_not_read: false,
        }
    })?;
    if let Some((span, tag)) = tag_not_read(text) {
        return Err(tag_error(span, &tag));
    }
    Ok(into_node(raw, text))
}

/// The error of a file that holds a tag claimcheck does not read, at `span`, the tag
/// `described` as [`tag_not_read`] tells it.
fn tag_error(span: Span, described: &str) -> SyntaxError {
    SyntaxError {
        message: format!("the YAML tag {described} is not one claimcheck reads"),
        span: Some(span),
        limit: None,
        tag_not_read: true,
    }
}

/// The first tag in `text` outside YAML's core schema (`!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null`, `!!seq`, `!!map`), with its span and how it reads: a local tag
/// (`!include`, `!Ref`), one of a declared handle, a verbatim tag, `!!binary`, or `!!str`
/// where a `%TAG` line gave `!!` another meaning, or `!!timestamp`, which the full parser
/// refuses itself.
/// serde hands a tagged value on as if untagged, so `unit: !include units.yaml` would be
/// read as the unit `units.yaml`: the file is refused instead, at the tag. Asked only of a
/// file the full parser read (its limits already held; the fast reader takes no tags),
/// and parsed again only when it holds a `!` at all.
fn tag_not_read(text: &str) -> Option<(Span, String)> {
    memchr::memchr(b'!', text.as_bytes())?;
    for event in granit_parser::Parser::new_from_str(text) {
        // The full parser accepted the text; should this one stop, nothing is refused.
        let (event, span) = event.ok()?;
        let Some(tag) = event.tag().filter(|tag| !tag.is_yaml_core_schema()) else {
            continue;
        };
        let range = span
            .tag_span()
            .and_then(|tag| tag.byte_range())
            .or_else(|| span.byte_range())?;
        let written = text
            .get(range.clone())
            .filter(|written| written.starts_with('!'))
            .map_or_else(|| tag.original(), str::to_string);
        let described = if written.starts_with("!!") && tag.handle() != "tag:yaml.org,2002:" {
            // A core tag's spelling that a `%TAG !! ...` line made another: said as read.
            format!(
                "`{written}` (which a `%TAG` line makes `{}{}`)",
                tag.handle(),
                tag.suffix()
            )
        } else {
            format!("`{written}`")
        };
        return Some((range, described));
    }
    None
}

/// Where nesting first went deeper than the limit, when the scanner stopped at `at` on its
/// own cap of nested flow collections (`[[[[...`, 256 deep) before the parser counted the
/// depth. The text up to `at` is parsed again with its open brackets closed, so that the
/// parser reaches the bracket where the limit was crossed: the report is then the one a
/// file nested just past the limit gets ("nested 33 deep" at the 33rd level), not "too
/// deep" at the 256th bracket.
fn depth_crossed_before(text: &str, at: usize, limits: &Limits) -> Option<SyntaxError> {
    let prefix = text.get(..at)?;
    let closers: String = open_flow_brackets(prefix)
        .iter()
        .rev()
        .map(|&open| if open == b'[' { ']' } else { '}' })
        .collect();
    // Only the scanner's cap leaves brackets open. Without any, the parser counted the
    // depth itself and its error stands; parsing the prefix again could stop at the same
    // place and come back here without end (`a:\n- x` with a limit of 1).
    if closers.is_empty() {
        return None;
    }
    let closed = format!("{prefix}{closers}\n");
    match parse_with_saphyr(&closed, limits, false) {
        Err(error) if error.limit == Some(Limit::Depth) && error.span.as_ref()?.end <= at => {
            Some(error)
        }
        _ => None,
    }
}

/// The flow collections (`[`, `{`) open at the end of `text`, outermost first: brackets
/// inside quoted scalars and comments do not count, nor, outside a flow collection, the
/// brackets of a plain scalar (`a[1]`). A reading good enough for the files that reach the
/// scanner's cap; [`depth_crossed_before`] checks its result by parsing.
fn open_flow_brackets(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut open = Vec::new();
    // Whether a token may begin here: a line's first, or after an indicator.
    let mut token_start = true;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let after_space = at == 0 || matches!(bytes[at - 1], b' ' | b'\t' | b'\n' | b'\r');
        match byte {
            b'#' if after_space => {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
                continue;
            }
            b'"' | b'\'' if token_start => {
                at += 1;
                while at < bytes.len() {
                    if byte == b'"' && bytes[at] == b'\\' {
                        at += 2;
                        continue;
                    }
                    if bytes[at] == byte {
                        if byte == b'\'' && bytes.get(at + 1) == Some(&b'\'') {
                            at += 2;
                            continue;
                        }
                        break;
                    }
                    at += 1;
                }
                token_start = false;
            }
            b'[' | b'{' if token_start || !open.is_empty() => {
                open.push(byte);
                token_start = true;
            }
            b']' | b'}' if !open.is_empty() => {
                open.pop();
                token_start = false;
            }
            b',' if !open.is_empty() => token_start = true,
            b'\n' => token_start = true,
            b' ' | b'\t' | b'\r' => {}
            b'-' | b'?' | b':' => {
                token_start =
                    matches!(bytes.get(at + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
                        || (byte == b':' && !open.is_empty());
            }
            _ => token_start = false,
        }
        at += 1;
    }
    open
}

thread_local! {
    /// The text being parsed on this thread, for the visitor: it turns each value into a
    /// [`Node`] as soon as the value is read (see [`RawValue`]), which needs the text.
    static PARSING: std::cell::RefCell<std::sync::Arc<str>> = std::cell::RefCell::new("".into());
}

fn with_text<R>(text: &str, parse: impl FnOnce() -> R) -> R {
    let previous = PARSING.with(|parsing| parsing.replace(text.into()));
    let result = parse();
    PARSING.with(|parsing| *parsing.borrow_mut() = previous);
    result
}

/// Which of the [`Limits`] the parser's error says the file broke, if any.
fn limit_broken(error: &serde_saphyr::Error) -> Option<Limit> {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;
    match error {
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => limit_broken(error),
        Error::Budget { breach, .. } => Some(match breach {
            BudgetBreach::Depth { .. } => Limit::Depth,
            BudgetBreach::Aliases { .. }
            | BudgetBreach::Anchors { .. }
            | BudgetBreach::AliasAnchorRatio { .. } => Limit::Aliases,
            BudgetBreach::Documents { .. } => Limit::Documents,
            _ => Limit::Expansion,
        }),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => Some(Limit::Expansion),
        // The scanner's own cap on nested flow collections (`[[[[...`) reaches us only as
        // its message; the unit test `flow_nesting_beyond_the_scanner_limit_is_a_limit`
        // notices if the wording changes.
        Error::ExternalMessage { msg, .. } if msg.contains("recursion limit exceeded") => {
            Some(Limit::Depth)
        }
        _ => None,
    }
}

/// The start and length of the first line longer than `max`, if any.
fn first_line_over(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut start = 0;
    for line in text.split('\n') {
        if line.len() > max {
            return Some((start, line.len()));
        }
        start += line.len() + 1;
    }
    None
}

/// Which limit a file broke, in a user's words.
fn limit_message(error: &serde_saphyr::Error, limits: &Limits) -> Option<String> {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach;
    match error {
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => {
            limit_message(error, limits)
        }
        Error::Budget { breach, .. } => Some(match breach {
            BudgetBreach::Depth { depth } => format!("lists and mappings nested {depth} deep"),
            BudgetBreach::Aliases { aliases } => format!("{aliases} aliases (`*name`)"),
            BudgetBreach::Anchors { anchors } => format!("{anchors} anchors (`&name`)"),
            BudgetBreach::AliasAnchorRatio { aliases, anchors } => {
                format!("{aliases} alias uses of only {anchors} anchors")
            }
            BudgetBreach::Nodes { nodes } => {
                format!("aliases that expand to more than {nodes} values")
            }
            BudgetBreach::Events { events } => {
                format!("aliases that expand to more than {events} parser events")
            }
            // The count is of every value's text, each alias counted as the text it repeats,
            // and stops where it passes the budget: the number reached says nothing useful.
            BudgetBreach::ScalarBytes { .. } => "values whose text, with what its aliases \
                 (`*name`) repeat, is more than the file's own size plus 1 KiB"
                .to_string(),
            BudgetBreach::Documents { documents } => {
                format!("{documents} YAML documents where one is expected")
            }
            BudgetBreach::RecordedAnchorEvents { .. }
            | BudgetBreach::RecordedAnchorBytes { .. } => {
                "anchors that record more than the file itself for aliases to repeat".to_string()
            }
            BudgetBreach::MergeKeys { merge_keys } => format!("{merge_keys} merge keys (`<<`)"),
            BudgetBreach::InputBytes { .. } => "more text than a file may hold".to_string(),
            // What is left concerns features the project's files do not use (includes,
            // property interpolation): said in general words rather than the parser's.
            _ => "the limits of what one YAML file may expand to".to_string(),
        }),
        Error::ExternalMessage { msg, .. } if msg.contains("recursion limit exceeded") => {
            Some(format!(
                "lists and mappings nested more than {} deep",
                limits.max_depth
            ))
        }
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            Some("aliases that expand to far more than the file itself".to_string())
        }
        _ => None,
    }
}

/// The parser's message without its own "at line X column Y" suffix: our diagnostics
/// carry the location as a label.
fn plain_message(error: &serde_saphyr::Error) -> String {
    use serde_saphyr::Error;
    match error {
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => {
            return plain_message(error);
        }
        // The parser's own wording names a library setting the user cannot reach.
        Error::DuplicateMappingKey { key, .. } => {
            return match key {
                Some(key) => format!("the key `{key}` appears twice in one mapping"),
                None => "a key appears twice in one mapping".to_string(),
            };
        }
        _ => {}
    }
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(at) => &text[..at],
        None => &text,
    };
    text.trim().to_string()
}

/// Where a parse error points. Errors raised by the scanner carry a line and column but
/// not always a byte offset; fall back to counting characters on that line.
fn error_span(location: &serde_saphyr::Location, text: &str) -> Option<Span> {
    if let Some(offset) = location.span().byte_offset() {
        let start = usize::try_from(offset).ok()?.min(text.len());
        let len = usize::try_from(location.span().byte_len().unwrap_or(0)).ok()?;
        return Some(start..start.saturating_add(len).min(text.len()));
    }
    let line = usize::try_from(location.line()).ok()?.checked_sub(1)?;
    let column = usize::try_from(location.column()).ok()?.saturating_sub(1);
    let line_start = if line == 0 {
        0
    } else {
        text.match_indices('\n').nth(line - 1)?.0 + 1
    };
    let rest = text.get(line_start..)?;
    let start = line_start
        + rest
            .char_indices()
            .nth(column)
            .map_or(rest.len(), |(at, _)| at);
    let end = text
        .get(start..)?
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    Some(start..end)
}

fn byte_span(spanned_location: &serde_saphyr::Location, text: &str) -> Span {
    let span = spanned_location.span();
    let start = span
        .byte_offset()
        .and_then(|offset| usize::try_from(offset).ok())
        .unwrap_or(0)
        .min(text.len());
    let len = span
        .byte_len()
        .and_then(|len| usize::try_from(len).ok())
        .unwrap_or(0);
    start..start.saturating_add(len).min(text.len())
}

fn into_node(raw: Spanned<RawValue>, text: &str) -> Node {
    let mut span = byte_span(&raw.referenced, text);
    let value = match raw.value {
        RawValue::Null => Value::Null,
        RawValue::Text(value) => {
            span = without_trailing_breaks(span, text);
            Value::Scalar(value)
        }
        // Numbers and booleans: take the characters the author typed, where the value is
        // defined (for an alias `*v`, at its anchor `&v 17`, not at the alias).
        RawValue::Typed => {
            let defined = byte_span(&raw.defined, text);
            let written = text.get(defined).filter(|t| !t.is_empty());
            let written = written.or_else(|| text.get(span.clone()));
            Value::Scalar(written.unwrap_or_default().to_string())
        }
        RawValue::Seq(items) => Value::Seq(items),
        RawValue::Map(entries) => Value::Map(entries),
    };
    // The parser spans a list or mapping by its first token only; widen it to cover the
    // whole collection so that a label on `members:` underlines every name.
    let span = widen(span, &value, text);
    Node { value, span }
}

/// A scalar's span without the line breaks and indentation it ends with. The parser ends a
/// block scalar (`quote: >-` and its lines) where the next token begins, so its span ran
/// over the line break and onto the next field's indentation, and a label on it was drawn
/// through the line below. A block scalar is spanned, like a plain one, from its first
/// content character to its last: the indicator line is not part of it. No plain or
/// quoted scalar ends with white space, so this changes only block scalars' spans.
fn without_trailing_breaks(mut span: Span, text: &str) -> Span {
    if let Some(written) = text.get(span.clone()) {
        span.end = span.start + written.trim_end_matches([' ', '\t', '\r', '\n']).len();
    }
    span
}

/// A collection's span from its first token to its last child, with a flow collection's
/// closing bracket (an empty one, `[]` or `{}`, from bracket to bracket); other spans as
/// they are.
pub fn widen(mut span: Span, value: &Value, text: &str) -> Span {
    let last_child_end = match value {
        Value::Seq(items) => items.last().map(|n| n.span.end),
        Value::Map(entries) => entries.last().map(|(_, v)| v.span.end),
        _ => None,
    };
    let empty = match value {
        Value::Seq(items) => items.is_empty(),
        Value::Map(entries) => entries.is_empty(),
        _ => false,
    };
    if empty && let Some(from) = text.get(span.start..) {
        let inside = from
            .strip_prefix(['[', '{'])
            .map(|rest| rest.trim_start_matches([' ', '\t']));
        if let Some(inside) = inside
            && inside.starts_with([']', '}'])
        {
            span.end = span.end.max(span.start + (from.len() - inside.len()) + 1);
        }
    }
    if let Some(end) = last_child_end
        && end > span.end
    {
        span.end = end;
        // Spans come from the parser: read around them without trusting them to fall on
        // character boundaries.
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

/// What serde hands us before the value's span is turned into a byte range. Its
/// children are already [`Node`]s: each is converted as soon as it is read, because
/// serde-saphyr's `Spanned` (two locations, about 100 bytes) is twice a node's size, and
/// a tree of them cost a file of tiny values over 120 bytes of memory per value.
enum RawValue {
    Null,
    Text(String),
    /// A number or boolean: its text is recovered from the span.
    Typed,
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// A child value read by the visitor, as a node of the text being parsed.
fn child_node(raw: Spanned<RawValue>) -> Node {
    PARSING.with(|parsing| into_node(raw, &parsing.borrow()))
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawValue;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawValue, E> {
        Ok(RawValue::Typed)
    }
    fn visit_char<E: de::Error>(self, v: char) -> Result<RawValue, E> {
        Ok(RawValue::Text(v.to_string()))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<RawValue, E> {
        Ok(RawValue::Text(v))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<RawValue, E> {
        Err(E::custom("binary values are not accepted"))
    }
    fn visit_none<E: de::Error>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
        RawValue::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(child_node(item));
        }
        items.shrink_to_fit();
        Ok(RawValue::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            let value = map.next_value()?;
            entries.push((child_node(key), child_node(value)));
        }
        entries.shrink_to_fit();
        Ok(RawValue::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Node {
        parse(text, &Limits::default()).expect("valid YAML")
    }

    fn map_get<'a>(node: &'a Node, key: &str) -> &'a Node {
        let Value::Map(entries) = &node.value else {
            panic!("not a map: {node:?}")
        };
        &entries
            .iter()
            .find(|(k, _)| k.value == Value::Scalar(key.into()))
            .unwrap()
            .1
    }

    #[test]
    fn a_tag_outside_the_core_schema_is_refused_at_the_tag() {
        for (text, tag) in [
            ("unit: !include units.yaml\n", "!include"),
            ("a: 1\nunit: !custom \"x\"\n", "!custom"),
            ("unit: &u !Ref x\n", "!Ref"),
            ("members: !set [a, b]\n", "!set"),
            (
                "unit: !<tag:example.com,2000:x> x\n",
                "!<tag:example.com,2000:x>",
            ),
            ("unit: !!binary eA==\n", "!!binary"),
            (
                "%TAG !e! tag:example.com,2000:\n---\nunit: !e!x y\n",
                "!e!x",
            ),
            ("unit: ! x\n", "!"),
            // Refused by the full parser itself; told as a tag all the same.
            ("as_of: !!timestamp 2020-11-21\n", "!!timestamp"),
            ("a: 1\nb: !!timestamp x\nc: [\n", "!!timestamp"),
        ] {
            let error = parse(text, &Limits::default()).expect_err(text);
            assert!(error.tag_not_read, "{text}");
            assert_eq!(
                error.message,
                format!("the YAML tag `{tag}` is not one claimcheck reads"),
                "{text}"
            );
            assert_eq!(&text[error.span.clone().unwrap()], tag, "{text}");
            assert!(!error.over_limit());
        }
    }

    #[test]
    fn a_syntax_error_before_a_tag_is_told_as_the_syntax_error() {
        let text = "a: [1, 2\nb: !!timestamp 2020-11-21\n";
        let error = parse(text, &Limits::default()).expect_err(text);
        assert!(!error.tag_not_read, "{}", error.message);
    }

    #[test]
    fn a_core_tag_that_a_tag_directive_redefines_is_refused_as_it_reads() {
        let text = "%TAG !! tag:example.com,2000:\n---\nunit: !!str x\n";
        let error = parse(text, &Limits::default()).expect_err(text);
        assert_eq!(
            error.message,
            "the YAML tag `!!str` (which a `%TAG` line makes `tag:example.com,2000:str`) is not \
             one claimcheck reads"
        );
    }

    #[test]
    fn core_tags_and_exclamation_marks_in_values_are_read() {
        for text in [
            "unit: !!str county\nvalue: !!int 7\nshare: !!float 1.5\n",
            "members: !!seq [a, b]\nextra: !!map { a: 1 }\nnone: !!null\n",
            "quote: \"Done!\"\nnote: at last! done\n",
            "%TAG !e! tag:yaml.org,2002:\n---\nunit: !e!str county\n",
        ] {
            let node = parse(text, &Limits::default()).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert!(matches!(node.value, Value::Map(_)), "{text}");
        }
    }

    #[test]
    fn every_offset_of_a_file_within_the_limit_fits_a_location() {
        assert!(Limits::default().max_file_bytes <= crate::diagnostic::MAX_OFFSET);
    }

    #[test]
    fn non_finite_floats_are_scalars_as_written() {
        let node = parse_ok("a: 1e400\nb: .inf\nc: .nan\nd: [-.inf]\n");
        for (key, want) in [("a", "1e400"), ("b", ".inf"), ("c", ".nan")] {
            assert_eq!(map_get(&node, key).value, Value::Scalar(want.into()));
        }
        let Value::Seq(items) = &map_get(&node, "d").value else {
            panic!("a list")
        };
        assert_eq!(items[0].value, Value::Scalar("-.inf".into()));
    }

    #[test]
    fn an_alias_reads_as_the_value_of_its_anchor_and_points_at_the_alias() {
        let text = "v: &v 17\nw: &w '7,993'\na: *v\nb: *w\n";
        let node = parse_ok(text);
        let a = map_get(&node, "a");
        assert_eq!(a.value, Value::Scalar("17".into()));
        assert_eq!(&text[a.span.clone()], "*v");
        assert_eq!(map_get(&node, "b").value, Value::Scalar("7,993".into()));
    }

    #[test]
    fn numbers_keep_the_text_the_author_wrote() {
        let text = "a: 1.10\nb: 007\nc: '7,993'\nd: true\n";
        let node = parse_ok(text);
        for (key, want) in [("a", "1.10"), ("b", "007"), ("c", "7,993"), ("d", "true")] {
            assert_eq!(
                map_get(&node, key).value,
                Value::Scalar(want.into()),
                "{key}"
            );
        }
    }

    #[test]
    fn spans_are_byte_ranges_of_the_value() {
        let text = "name: \"Du'an\"\nplace: 云南 Yunnan\nn: 17\n";
        let node = parse_ok(text);
        let place = map_get(&node, "place");
        assert_eq!(&text[place.span.clone()], "云南 Yunnan");
        let n = map_get(&node, "n");
        assert_eq!(&text[n.span.clone()], "17");
        let name = map_get(&node, "name");
        assert_eq!(&text[name.span.clone()], "\"Du'an\"");
    }

    #[test]
    fn collections_span_from_first_to_last_item() {
        let text = "flow: [Gansu, Guangxi]\nblock:\n  - a\n  - b\n";
        let node = parse_ok(text);
        assert_eq!(
            &text[map_get(&node, "flow").span.clone()],
            "[Gansu, Guangxi]"
        );
        assert_eq!(&text[map_get(&node, "block").span.clone()], "- a\n  - b");
    }

    #[test]
    fn an_empty_flow_collection_spans_both_brackets() {
        let text = "list: []
spaced: [ ]
map: {}
";
        let node = parse_ok(text);
        assert_eq!(&text[map_get(&node, "list").span.clone()], "[]");
        assert_eq!(&text[map_get(&node, "spaced").span.clone()], "[ ]");
        assert_eq!(&text[map_get(&node, "map").span.clone()], "{}");
    }

    #[test]
    fn block_scalars_span_their_content_lines_only() {
        let lines = "    The city of Riverton now runs\n    13 public libraries";
        for indicator in [">-", ">", "|", "|-", "|+", "|2", ">- # folded"] {
            for after in [
                "\n  subject: Riverton\n",
                "\n\n  # note\n  subject: x\n",
                "\n\n",
                "",
            ] {
                let text = format!("- quote: {indicator}\n{lines}{after}");
                let node = parse_ok(&text);
                let Value::Seq(items) = &node.value else {
                    panic!("{text}")
                };
                let quote = map_get(&items[0], "quote");
                assert_eq!(
                    &text[quote.span.clone()],
                    lines.trim_start(),
                    "{indicator:?} then {after:?}"
                );
            }
        }
    }

    #[test]
    fn keys_carry_their_own_spans() {
        let text = "claims:\n  - id: a\n    valeu: 3\n";
        let node = parse_ok(text);
        let Value::Seq(claims) = &map_get(&node, "claims").value else {
            panic!()
        };
        let Value::Map(entries) = &claims[0].value else {
            panic!()
        };
        let (key, _) = &entries[1];
        assert_eq!(&text[key.span.clone()], "valeu");
    }

    #[test]
    fn syntax_errors_have_a_location() {
        let error = parse("a: [1, 2\nb: 3\n", &Limits::default()).unwrap_err();
        assert!(error.span.is_some(), "{error:?}");
        assert!(!error.over_limit());
        assert!(!error.message.contains(" at line "), "{}", error.message);
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let text = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(parse(&text, &Limits::default()).unwrap_err().over_limit());
    }

    #[test]
    fn flow_nesting_beyond_the_scanner_limit_is_a_limit() {
        let text = format!("a: {}{}", "[".repeat(5000), "]".repeat(5000));
        let error = parse(&text, &Limits::default()).unwrap_err();
        assert_eq!(error.limit, Some(Limit::Depth), "{error:?}");
    }

    /// The scanner's cap on nested brackets (256) and the parser's depth limit (32) are
    /// reported alike: the depth that broke the limit, at the bracket that crossed it.
    #[test]
    fn nesting_is_reported_at_the_bracket_past_the_limit_however_deep_it_goes() {
        let head = "claims:\n  - id: x\n    note: \"[[[ {{\" # [[[ {{\n    value: ";
        let crossing = head.len() + 29;
        for brackets in [40, 255, 300, 5000] {
            for (open, close) in [("[", "]"), ("{a: ", "}"), ("[x, ", "]")] {
                let text = format!(
                    "{head}{}{}\n",
                    open.repeat(brackets),
                    close.repeat(brackets)
                );
                let error = parse(&text, &Limits::default()).unwrap_err();
                assert_eq!(error.limit, Some(Limit::Depth), "{brackets} {open}");
                assert_eq!(error.message, "lists and mappings nested 33 deep");
                let at = error.span.unwrap().start;
                assert_eq!(at, crossing + 29 * (open.len() - 1), "{brackets} {open:?}");
                assert_eq!(&text[at..at + 1], &open[..1]);
            }
        }
    }

    #[test]
    fn open_flow_brackets_skip_quotes_comments_and_plain_scalars() {
        assert_eq!(open_flow_brackets("a: [b, {c: [d"), b"[{[");
        assert_eq!(
            open_flow_brackets("a: a[1] # [\nb: '[' \"[\\\"\"\nc: [x]\n"),
            b""
        );
        assert_eq!(open_flow_brackets("- [it's, 'x'']', [y"), b"[[");
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let error = parse(&text, &Limits::default()).unwrap_err();
        assert!(error.over_limit());
        // In words, never the parser's own debug output.
        assert!(
            !error.message.contains(['{', '}', '_']),
            "{}",
            error.message
        );
    }

    #[test]
    fn one_anchor_used_by_hundreds_of_aliases_is_no_bomb() {
        let mut text = String::from(
            "a: &s Gansu
b:
",
        );
        for _ in 0..300 {
            text.push_str(
                "  - *s
",
            );
        }
        assert!(parse(&text, &Limits::default()).is_ok());
    }

    #[test]
    fn a_huge_scalar_is_refused_before_parsing() {
        let limits = Limits {
            max_line_bytes: 100,
            ..Limits::default()
        };
        let text = format!("a: 1\nb: {}\n", "x".repeat(200));
        let error = parse(&text, &limits).unwrap_err();
        assert!(error.over_limit());
        assert_eq!(error.span, Some(5..6));
        assert!(error.message.contains("203 bytes"), "{}", error.message);
    }

    #[test]
    fn a_duplicate_key_is_reported_in_the_users_words() {
        let error = parse("a: 1\na: 2\n", &Limits::default()).unwrap_err();
        assert_eq!(error.message, "the key `a` appears twice in one mapping");
    }

    #[test]
    fn empty_file_is_null() {
        assert_eq!(parse_ok("\n# only a comment\n").value, Value::Null);
    }
}
