//! The part of a file a terminal report shows: the labelled lines only, each trimmed
//! around its labels so that no line of the report is wider than the terminal.
//!
//! miette prints whole source lines, and every line between the first and the last label.
//! An article paragraph is one line of hundreds of characters, so the terminal hard-wraps
//! it and the underline lands under nothing; labels on claims far apart in a YAML file
//! pull in every line between them. An [`Excerpt`] is a small source built from the
//! labelled lines alone (with one line of context), each cut to a window around its labels
//! with `…` where text was left out, and with the labels' offsets moved into it. miette
//! renders it as it would the file: line numbers and the header's line and column are the
//! file's own. Lines far apart become separate snippets, so the gap between them is left
//! out; labels too far apart on one long line each get a window of their own.
//!
//! Building an excerpt reads only the lines it shows (through the file's line index), so
//! rendering many diagnostics costs time in proportion to what is printed, not to the
//! diagnostics' positions in the file. Control characters are shown as visible symbols
//! (`␛` for ESC), never sent to the terminal.

use std::collections::BTreeMap;
use std::ops::Range;

use miette::{LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use unicode_width::UnicodeWidthChar;

pub use crate::normalize::shown_string;
use crate::normalize::{push_shown, shown_char, shown_escaped};

use crate::files::File;

/// Lines of context shown before and after the labelled lines.
const CONTEXT_LINES: usize = 1;
/// A label over more lines than this is shown on its first line only.
const MAX_LABEL_LINES: usize = 6;
/// Gaps of at most this many lines between shown lines are filled rather than left out:
/// a separate snippet costs two lines of frame anyway.
const MAX_FILLED_GAP: usize = 2;
/// The narrowest text column trimming aims for, however narrow the terminal.
const MIN_TEXT_WIDTH: usize = 24;
const ELLIPSIS: char = '…';

/// A label to show, in the file's bytes.
#[derive(Clone, Debug)]
pub struct LabelIn<'a> {
    pub span: Range<usize>,
    pub message: &'a str,
    pub primary: bool,
}

/// The shown lines of one file and the labels moved into them; a miette [`SourceCode`].
#[derive(Debug)]
pub struct Excerpt {
    name: String,
    text: String,
    lines: Vec<ShownLine>,
    labels: Vec<ShownLabel>,
}

#[derive(Debug)]
struct ShownLine {
    /// 1-based line number in the file.
    number: usize,
    /// Bytes of the line's text in the excerpt (without its `\n`).
    start: usize,
    end: usize,
    /// Lines of one run are consecutive in the file and render as one snippet.
    run: usize,
}

#[derive(Debug)]
struct ShownLabel {
    span: SourceSpan,
    message: Option<String>,
    primary: bool,
    /// 0-based column (in characters) of the label's start in its line of the file, for
    /// the snippet's header.
    column: usize,
}

/// A label as the file has it, clamped to character boundaries.
#[derive(Clone, Debug)]
struct Placed {
    start: usize,
    end: usize,
    start_line: usize,
    end_line: usize,
}

/// One stretch of a line that is shown: bytes `left..right` of the file, with an ellipsis
/// before and after when text was cut there.
#[derive(Clone, Debug)]
struct Window {
    left: usize,
    right: usize,
    cut_before: bool,
    cut_after: bool,
}

/// Where a label sits on a line, for choosing windows: its bytes on that line.
#[derive(Clone, Debug)]
struct Anchor {
    start: usize,
    end: usize,
    message_width: usize,
}

#[derive(Clone, Debug)]
enum Shown {
    /// A line with labels: its windows (more than one when the labels are far apart).
    Labelled(Vec<Window>),
    /// A line shown for context, or inside a label over several lines.
    Context,
}

impl Excerpt {
    /// The excerpt of `file` that shows `labels`, for a report `width` columns wide.
    pub fn new(file: &File, labels: &[LabelIn], width: usize) -> Excerpt {
        let text: &str = file.text();
        let mut placed: Vec<Placed> = labels.iter().map(|l| place(file, &l.span)).collect();
        // The line numbers' width and the gutter of labels over several lines take room
        // from the text (see miette's `write_linum` and `render_line_gutter`).
        let last_line = placed.iter().map(|p| p.end_line).max().unwrap_or(1) + CONTEXT_LINES;
        let multi_line = placed.iter().filter(|p| p.end_line > p.start_line).count();
        let gutter =
            last_line.to_string().len() + 4 + if multi_line > 0 { multi_line + 3 } else { 0 };
        let budget = width.saturating_sub(gutter).max(MIN_TEXT_WIDTH);

        // Choose windows; a label over several lines whose first or last line needs more
        // than one window is shown on its first line only, and the choice made again.
        let shown = loop {
            let shown = choose_lines(file, &placed, labels, budget);
            let split =
                |line: usize| matches!(shown.get(&line), Some(Shown::Labelled(w)) if w.len() > 1);
            let mut changed = false;
            for p in placed.iter_mut() {
                if p.end_line > p.start_line && (split(p.start_line) || split(p.end_line)) {
                    p.end = file.line_bounds(p.start_line).end.max(p.start);
                    p.end_line = p.start_line;
                    changed = true;
                }
            }
            if !changed {
                break shown;
            }
        };

        // miette heads each snippet `╭─[name:line:column]` after the line numbers' gutter;
        // a long name is cut so that the header fits the width too.
        let widest_column = placed
            .iter()
            .map(|p| p.start - file.line_bounds(p.start_line).start + 1)
            .max()
            .unwrap_or(1);
        let digits = last_line.to_string().len();
        let header = 2 * digits + widest_column.to_string().len() + 8;
        let mut excerpt = Excerpt {
            // Shown as every other text of the report is: a control that reorders the line
            // (a right-to-left override in a file's name) written out, never obeyed.
            name: fitted_name(
                &crate::normalize::shown_name(&file.name),
                width.saturating_sub(header),
            ),
            text: String::new(),
            lines: Vec::new(),
            labels: Vec::new(),
        };
        // Where each shown window of each line landed in the excerpt: (file line, window,
        // byte where its text starts in the excerpt, byte where its line ends).
        let mut landed: Vec<(usize, Window, usize, usize)> = Vec::new();
        let mut run = 0;
        let mut previous: Option<(usize, bool)> = None;
        for (&number, show) in &shown {
            let windows = match show {
                Shown::Labelled(windows) => windows.clone(),
                Shown::Context => vec![context_window(file, number, budget)],
            };
            let alone = windows.len() > 1;
            for mut window in windows {
                // A byte-order mark opening the file is its encoding's signature, not text:
                // shown, it would only push the line's labels aside. (Columns never count it.)
                if window.left == 0 && text.starts_with(BYTE_ORDER_MARK) {
                    window.left = BYTE_ORDER_MARK.len_utf8().min(window.right);
                }
                let joins = matches!(previous, Some((line, was_alone)) if line + 1 == number && !was_alone && !alone);
                if previous.is_some() && !joins {
                    run += 1;
                }
                previous = Some((number, alone));
                let start = excerpt.text.len();
                if window.cut_before {
                    excerpt.text.push(ELLIPSIS);
                }
                let text_start = excerpt.text.len();
                push_shown(&mut excerpt.text, &text[window.left..window.right]);
                if window.cut_after {
                    excerpt.text.push(ELLIPSIS);
                }
                let end = excerpt.text.len();
                excerpt.text.push('\n');
                excerpt.lines.push(ShownLine {
                    number,
                    start,
                    end,
                    run,
                });
                landed.push((number, window, text_start, end));
            }
        }

        for (label, p) in labels.iter().zip(&placed) {
            let (Some(start), Some(end)) = (
                map_offset(text, &landed, p.start_line, p.start, p.start),
                // A label on one line ends in the window it starts in.
                map_offset(text, &landed, p.end_line, p.end, end_probe(text, p)),
            ) else {
                continue;
            };
            let (_, column) = file.line_column(p.start);
            let message = bounded(shown_string(label.message));
            let room = if p.end_line > p.start_line {
                budget.saturating_sub(4)
            } else {
                let line_start = excerpt.line_start(start);
                let from = visual_width(&excerpt.text[line_start..start]);
                let to = visual_width(&excerpt.text[line_start..end]).max(from + 1);
                budget.saturating_sub((from + to) / 2 + 4)
            };
            excerpt.labels.push(ShownLabel {
                span: SourceSpan::from(start..end.max(start)),
                message: (!message.is_empty()).then(|| wrap(&message, room.max(4))),
                primary: label.primary,
                column: column - 1,
            });
        }
        excerpt
    }

    /// The labels, in the excerpt's offsets, as miette takes them.
    pub fn labels(&self) -> impl Iterator<Item = LabeledSpan> + '_ {
        self.labels.iter().map(|label| {
            if label.primary {
                LabeledSpan::new_primary_with_span(label.message.clone(), label.span)
            } else {
                LabeledSpan::new_with_span(label.message.clone(), label.span)
            }
        })
    }

    /// The excerpt's text: the shown lines, each ending with a newline.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn line_start(&self, offset: usize) -> usize {
        self.lines[self.line_index(offset)].start
    }

    fn line_index(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|line| line.start <= offset)
            .saturating_sub(1)
    }
}

impl SourceCode for Excerpt {
    /// The run of consecutive lines holding `span` when context is asked for (the run
    /// already has its context lines), or the span's own lines without it (miette asks so
    /// for a snippet's header). A span over two runs cannot be read: miette then renders
    /// the two runs as separate snippets.
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if self.lines.is_empty() || span.offset() + span.len() > self.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = self.line_index(span.offset());
        let last = self.line_index(
            (span.offset() + span.len())
                .saturating_sub(1)
                .max(span.offset()),
        );
        if self.lines[first].run != self.lines[last].run {
            return Err(MietteError::OutOfBounds);
        }
        let (first, last, column) = if context_lines_before == 0 && context_lines_after == 0 {
            let column = self
                .labels
                .iter()
                .find(|label| label.span == *span)
                .map_or(0, |label| label.column);
            (first, last, column)
        } else {
            let run = self.lines[first].run;
            let first = self.lines.partition_point(|line| line.run < run);
            let last = self.lines.partition_point(|line| line.run <= run) - 1;
            (first, last, 0)
        };
        let start = self.lines[first].start;
        let end = self.lines[last].end + 1;
        let line = self.lines[first].number - 1;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[start..end],
            SourceSpan::from(start..end),
            line,
            column,
            last - first + 1,
        )))
    }
}

/// A label's bytes clamped to the text and to character boundaries, with its lines; a
/// label over too many lines keeps its first line.
fn place(file: &File, span: &Range<usize>) -> Placed {
    let text: &str = file.text();
    let start = floor_boundary(text, span.start.min(text.len()));
    let mut end = ceil_boundary(text, span.end.clamp(start, text.len()));
    let start_line = file.line_of(start);
    let mut end_line = if end > start {
        file.line_of(end - 1)
    } else {
        start_line
    };
    if end_line - start_line + 1 > MAX_LABEL_LINES {
        end = file.line_bounds(start_line).end.max(start);
        end_line = start_line;
    }
    // A label ending with a line break shows on the line it ends.
    end = end.min(file.line_bounds(end_line).end).max(start);
    Placed {
        start,
        end,
        start_line,
        end_line,
    }
}

/// Every line to show, with the windows of its labelled stretches.
fn choose_lines(
    file: &File,
    placed: &[Placed],
    labels: &[LabelIn],
    budget: usize,
) -> BTreeMap<usize, Shown> {
    let mut anchors: BTreeMap<usize, Vec<Anchor>> = BTreeMap::new();
    for (p, label) in placed.iter().zip(labels) {
        // Room for a label's message beside its underline, up to half the width (a longer
        // one wraps).
        let message_width = visual_width(label.message).min(budget / 2);
        if p.end_line == p.start_line {
            anchors.entry(p.start_line).or_default().push(Anchor {
                start: p.start,
                end: p.end,
                message_width,
            });
        } else {
            // The bracket of a label over several lines starts and ends at points.
            anchors.entry(p.start_line).or_default().push(Anchor {
                start: p.start,
                end: p.start,
                message_width: 0,
            });
            let end_start = floor_boundary(file.text(), p.end.saturating_sub(1))
                .max(file.line_bounds(p.end_line).start);
            anchors.entry(p.end_line).or_default().push(Anchor {
                start: end_start,
                end: p.end,
                message_width: 0,
            });
        }
    }
    let mut shown: BTreeMap<usize, Shown> = BTreeMap::new();
    for (&line, line_anchors) in &mut anchors {
        line_anchors.sort_by_key(|a| (a.start, a.end));
        let windows = windows(file, line, line_anchors, budget);
        shown.insert(line, Shown::Labelled(windows));
    }
    let single = |shown: &BTreeMap<usize, Shown>, line: usize| !matches!(shown.get(&line), Some(Shown::Labelled(w)) if w.len() > 1);
    let line_count = shown_line_count(file);
    for p in placed {
        // Lines inside a label over several lines, and context around labelled lines that
        // show as one window.
        for line in p.start_line + 1..p.end_line {
            shown.entry(line).or_insert(Shown::Context);
        }
        if single(&shown, p.start_line) {
            for line in p.start_line.saturating_sub(CONTEXT_LINES).max(1)..p.start_line {
                shown.entry(line).or_insert(Shown::Context);
            }
        }
        if single(&shown, p.end_line) {
            for line in p.end_line + 1..=(p.end_line + CONTEXT_LINES).min(line_count) {
                shown.entry(line).or_insert(Shown::Context);
            }
        }
    }
    // Fill small gaps between lines that show as one window.
    let numbers: Vec<usize> = shown.keys().copied().collect();
    for pair in numbers.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b > a + 1 && b - a - 1 <= MAX_FILLED_GAP && single(&shown, a) && single(&shown, b) {
            for line in a + 1..b {
                shown.insert(line, Shown::Context);
            }
        }
    }
    shown
}

/// Lines worth showing: a last empty line after the final newline is not.
fn shown_line_count(file: &File) -> usize {
    let count = file.line_count();
    if count > 1 && file.line_bounds(count).start >= file.text().len() {
        count - 1
    } else {
        count
    }
}

/// The windows of one line: the whole line when it fits, else stretches around groups of
/// labels close enough to share one.
fn windows(file: &File, line: usize, anchors: &[Anchor], budget: usize) -> Vec<Window> {
    let text: &str = file.text();
    let bounds = file.line_bounds(line);
    let (whole, reached) = width_until(text, bounds.start, bounds.end, budget);
    let messages_fit = || {
        anchors.iter().all(|anchor| {
            let (to_start, _) = width_until(text, bounds.start, anchor.start, budget);
            let (to_end, _) = width_until(text, bounds.start, anchor.end, budget);
            (to_start + to_end.max(to_start + 1)) / 2 + 4 + anchor.message_width <= budget
        })
    };
    if reached == bounds.end && whole <= budget && messages_fit() {
        return vec![Window {
            left: bounds.start,
            right: bounds.end,
            cut_before: false,
            cut_after: false,
        }];
    }
    let lead = (budget / 4).min(16);
    let mut windows: Vec<(usize, bool)> = Vec::new();
    for anchor in anchors {
        if let Some(&(left, cut_before)) = windows.last() {
            let before = usize::from(cut_before);
            let (to_start, at_start) = width_until(text, left, anchor.start, budget);
            let (to_end, at_end) = width_until(text, left, anchor.end, budget);
            let centre = before + (to_start + to_end.max(to_start + 1)) / 2;
            if at_start == anchor.start
                && at_end == anchor.end
                && before + to_end < budget
                && centre + 4 + anchor.message_width <= budget
            {
                continue;
            }
        }
        // Keep as much of the line before the label as leaves room for the label and
        // its message; the line's start when that fits.
        let (span_width, _) = width_until(text, anchor.start, anchor.end, budget);
        let furthest = if anchor.message_width == 0 {
            // Context on both sides: the label no further right than the middle.
            budget
                .saturating_sub(span_width + 1)
                .min(budget / 2)
                .max(budget / 3)
        } else {
            budget
                .saturating_sub(4 + anchor.message_width + span_width / 2)
                .max(lead)
        };
        let (_, at) = width_until(text, bounds.start, anchor.start, furthest);
        if at == anchor.start {
            windows.push((bounds.start, false));
        } else {
            let left = back_by(text, bounds.start, anchor.start, furthest - 1);
            windows.push((left, left > bounds.start));
        }
    }
    windows
        .into_iter()
        .map(|(left, cut_before)| {
            let room = budget - usize::from(cut_before);
            let (width, reached) = width_until(text, left, bounds.end, room);
            if reached == bounds.end && width <= room {
                Window {
                    left,
                    right: bounds.end,
                    cut_before,
                    cut_after: false,
                }
            } else {
                let (_, right) = width_until(text, left, bounds.end, room - 1);
                Window {
                    left,
                    right,
                    cut_before,
                    cut_after: true,
                }
            }
        })
        .collect()
}

/// A context line: its beginning, as much as fits.
fn context_window(file: &File, line: usize, budget: usize) -> Window {
    let bounds = file.line_bounds(line);
    let (width, reached) = width_until(file.text(), bounds.start, bounds.end, budget);
    if reached == bounds.end && width <= budget {
        Window {
            left: bounds.start,
            right: bounds.end,
            cut_before: false,
            cut_after: false,
        }
    } else {
        let (_, right) = width_until(file.text(), bounds.start, bounds.end, budget - 1);
        Window {
            left: bounds.start,
            right,
            cut_before: false,
            cut_after: true,
        }
    }
}

/// Where a file offset on `line` landed in the excerpt: in the window holding `probe` (the
/// label's start, or its last character), clamped to the window; `None` when the line is
/// not shown.
fn map_offset(
    text: &str,
    landed: &[(usize, Window, usize, usize)],
    line: usize,
    offset: usize,
    probe: usize,
) -> Option<usize> {
    let first = landed.partition_point(|(number, ..)| *number < line);
    let on_line = landed[first..]
        .iter()
        .take_while(|(number, ..)| *number == line);
    let mut chosen = None;
    for entry in on_line {
        let window = &entry.1;
        if chosen.is_none() || window.left <= probe {
            chosen = Some(entry);
        }
    }
    let (_, window, text_start, line_end) = chosen?;
    if offset > window.right && window.cut_after {
        // The label goes on past the cut: it runs to the ellipsis that says so.
        return Some(*line_end);
    }
    let offset = offset.clamp(window.left, window.right);
    Some(text_start + shown_len(&text[window.left..offset]))
}

/// A byte of a label's last line that tells which window of that line its end is in.
fn end_probe(text: &str, p: &Placed) -> usize {
    if p.end_line == p.start_line {
        p.start
    } else {
        floor_boundary(text, p.end.saturating_sub(1))
    }
}

/// The display width of `text[from..to]`, walking forward and stopping once it would
/// pass `cap`: (width, the byte reached). Costs at most `cap` characters.
fn width_until(text: &str, from: usize, to: usize, cap: usize) -> (usize, usize) {
    let mut width = 0;
    for (at, c) in text[from..to].char_indices() {
        let w = shown_width(c);
        if width + w > cap {
            return (width, from + at);
        }
        width += w;
    }
    (width, to)
}

/// The byte `columns` display columns before `to`, not before `floor`. Never on a combining
/// mark: walking back, a mark takes no column and its letter may not fit, and a window
/// starting there would put the accent on the ellipsis; the mark is left out with its
/// letter.
fn back_by(text: &str, floor: usize, to: usize, columns: usize) -> usize {
    let mut width = 0;
    let mut at = to;
    for (i, c) in text[floor..to].char_indices().rev() {
        width += shown_width(c);
        if width > columns {
            break;
        }
        at = floor + i;
    }
    let marks: usize = text[at..to]
        .chars()
        .take_while(|&c| unicode_normalization::char::is_combining_mark(c))
        .map(char::len_utf8)
        .sum();
    at + marks
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn ceil_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// The byte-order mark, which some editors write at the start of a UTF-8 file.
const BYTE_ORDER_MARK: char = '\u{feff}';

fn shown_width(c: char) -> usize {
    match c {
        '\t' | '\u{0}'..='\u{1f}' | '\u{7f}' => 1,
        c if shown_escaped(c) => format!("\\u{{{:x}}}", c as u32).len(),
        c => c.width().unwrap_or(0),
    }
}

fn shown_len(text: &str) -> usize {
    let mut out = String::new();
    let mut len = 0;
    for c in text.chars() {
        out.clear();
        shown_char(c, &mut out);
        len += out.len();
    }
    len
}

/// `name` in at most `room` columns: whole when it fits, else its first folder and its end
/// (the file's own name) around an ellipsis, or its end alone when even that is too long.
fn fitted_name(name: &str, room: usize) -> String {
    if visual_width(name) <= room {
        return name.to_string();
    }
    let head = match name.split_once('/') {
        Some((folder, _)) if visual_width(folder) < room / 3 => &name[..folder.len() + 1],
        _ => "",
    };
    let mut tail_room = room.saturating_sub(visual_width(head) + 1).max(1);
    let mut tail = String::new();
    for c in name.chars().rev() {
        let w = c.width().unwrap_or(0);
        if w > tail_room {
            break;
        }
        tail_room -= w;
        tail.insert(0, c);
    }
    format!("{head}…{tail}")
}

/// `text` with its control characters made visible (line breaks stay).
/// Most characters of a label's message shown: a label quoting a value of the input
/// (`no claim has subject `…``) stays a label however long the value, and laying it out
/// costs time and memory in proportion to what is shown, not to the input.
const LABEL_CHARS: usize = 240;

/// `message` cut to [`LABEL_CHARS`] characters, marked `…` where it was cut.
fn bounded(message: String) -> String {
    match message.char_indices().nth(LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message,
    }
}

fn visual_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Breaks a label's message into lines of at most `width` columns (miette prints each
/// line of a label under the one before). A word longer than a line is split after a
/// hyphen where one fits (claim ids are hyphenated), else where the line is full.
fn wrap(message: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in message.split(' ') {
        let current_width = visual_width(&current);
        if current.is_empty() {
            current.push_str(word);
        } else if current_width + 1 + visual_width(word) <= width {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
        while visual_width(&current) > width {
            let (_, full) = width_until(&current, 0, current.len(), width);
            let cut = current[..full]
                .rfind('-')
                .map(|hyphen| hyphen + 1)
                .filter(|&cut| cut > 0)
                .unwrap_or(full.max(current.chars().next().map_or(1, char::len_utf8)));
            let rest = current.split_off(cut);
            lines.push(std::mem::replace(&mut current, rest));
        }
    }
    lines.push(current);
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn invisible_characters_are_shown_escaped_and_joiners_as_they_are() {
        let text = "Biblio\u{ad}theken Kranken\u{200b}h\u{2060}a\u{feff}x \u{202e}y 👩\u{200d}💻";
        let shown = super::shown_string(text);
        assert_eq!(
            shown,
            "Biblio\\u{ad}theken Kranken\\u{200b}h\\u{2060}a\\u{feff}x \\u{202e}y 👩\u{200d}💻"
        );
        assert_eq!(super::shown_len(text), shown.len());
        assert_eq!(super::shown_width('\u{ad}'), "\\u{ad}".len());
    }

    #[test]
    fn a_label_quoting_a_long_value_is_cut_to_a_bounded_length() {
        let long = format!("no claim has subject `{}`", "Q".repeat(400_000));
        let cut = super::bounded(long);
        assert_eq!(cut.chars().count(), super::LABEL_CHARS + 1);
        assert!(cut.ends_with("QQ…"));
        assert_eq!(super::bounded("short".to_string()), "short");
    }

    #[test]
    fn a_long_file_name_keeps_its_folder_and_its_end() {
        let name = "claims/2020-11-14-seventeen-provinces-cleared.yaml";
        assert_eq!(super::fitted_name(name, 80), name);
        let cut = super::fitted_name(name, 30);
        assert_eq!(cut, "claims/…provinces-cleared.yaml");
        assert_eq!(super::visual_width(&cut), 30);
        assert_eq!(super::fitted_name(name, 6), "….yaml");
    }

    #[test]
    fn a_window_cut_before_a_decomposed_letter_leaves_out_its_accents_too() {
        // "Tỉnh" with its hook and dot as combining marks after the `i`.
        let text = "Ti\u{0323}\u{0309}nh Thanh";
        let to = text.len();
        // Eight columns back from the end reach the marks after `i`, not the `i`.
        let left = super::back_by(text, 0, to, 8);
        assert_eq!(&text[left..], "nh Thanh");
        // A cut that does take the letter keeps its marks with it.
        let left = super::back_by(text, 0, to, 9);
        assert_eq!(&text[left..], "i\u{0323}\u{0309}nh Thanh");
    }
}
