//! Findings and input errors as plain data.
//!
//! Every problem claimcheck reports, whether a YAML typo or a figure that does not add up,
//! becomes a [`Diagnostic`]: a code, a message, labels on byte spans of loaded files, and
//! help. Reporters (human, JSON) turn these into output at the edge; nothing here knows
//! about terminals.

use std::borrow::Cow;
use std::ops::Range;

use crate::codes::Code;
use crate::files::{FileId, Files};
pub use crate::severity::Severity;
use crate::suggest::SuggestionIndex;

/// A place in a loaded file: the file and a byte range in it.
///
/// The offsets are 32-bit: a claim keeps over a dozen locations, and at a million claims
/// the difference from `Range<usize>` is about 170 MB. No file is read past
/// [`MAX_OFFSET`] bytes (`Limits::max_file_bytes` is far below it), so every offset fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub file: FileId,
    start: u32,
    end: u32,
}

/// The largest byte offset a [`Location`] holds.
pub const MAX_OFFSET: usize = u32::MAX as usize;

impl Location {
    /// The bytes `span` of `file`. An offset past [`MAX_OFFSET`], which no file read within
    /// the limits has, is held as [`MAX_OFFSET`] rather than wrapped.
    pub fn new(file: FileId, span: Range<usize>) -> Self {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Location {
            file,
            start: offset(span.start),
            end: offset(span.end),
        }
    }

    /// The byte range in the file.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A value and the place in a YAML file it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub at: Location,
}

impl<T> Located<T> {
    pub fn new(value: T, at: Location) -> Self {
        Located { value, at }
    }
}

impl<T: AsRef<str>> Located<T> {
    /// The location of `range` (byte offsets into the value) inside the YAML file, so that
    /// a diagnostic can point into a scalar: at the bad part of a figure, or at one token
    /// of an expression. Exact for plain scalars and for quoted ones without escapes or
    /// line folding; otherwise the whole scalar.
    pub fn inner(&self, range: &std::ops::Range<usize>) -> Location {
        let span = &self.at.span();
        let written = span.end - span.start;
        let value_len = self.value.as_ref().len();
        // A quoted scalar is two bytes longer than its value; a plain one is the same length.
        let offset = match written.checked_sub(value_len) {
            Some(0) => 0,
            Some(2) => 1,
            _ => return self.at,
        };
        let start = span.start + offset + range.start.min(value_len);
        let end = (span.start + offset + range.end.min(value_len)).max(start);
        Location::new(self.at.file, start..end)
    }
}

/// One labelled span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub location: Location,
    pub message: Cow<'static, str>,
    /// The span the diagnostic is about; other labels give context.
    pub primary: bool,
}

/// One problem, ready to be rendered in any format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// The first label is the primary one; labels may lie in several files. Empty only
    /// for problems that concern no file.
    pub labels: Vec<Label>,
    pub help: Option<Cow<'static, str>>,
    /// Extra lines of explanation (equation sides, missing names...).
    pub notes: Vec<String>,
    /// The rule whose check produced this finding, if any.
    pub rule: Option<String>,
    /// The claims the finding is about, by id, the one it points at first.
    pub claims: Vec<String>,
    /// The finding's facts for machines (figures, counts, names), typed by the check that
    /// found it ([`crate::facts`]); `None` for input errors, whose message says it all.
    pub data: Option<Data>,
    /// What a baseline matches the finding by, when the check that found it knows better
    /// than its labels do ([`Identity`]); `None`: by its labels ([`crate::baseline`]).
    pub identity: Option<Box<Identity>>,
    /// For a disagreement between two claims with nothing to say which of them is wrong:
    /// the claim besides the one it is reported on, on which an `allow:` of the code
    /// silences it too ([`crate::suppress`]).
    pub counterpart: Option<String>,
    /// The claims whose `value:` the finding's verdict uses (a count set against its list,
    /// figures compared): were one of those values miswritten, the finding could be that
    /// slip and nothing more. Set by the rule kinds, each for its own codes; read by
    /// [`crate::rules::merge`], which folds such a finding into the claim's CC202.
    pub rests_on_values: Vec<String>,
    /// Findings folded into this one as notes, as another side of the same problem: not
    /// reported on their own, but a baseline entry that accepts one of them still matches
    /// ([`crate::baseline`]), so that it is not called unused while its finding stands.
    pub folded: Vec<Diagnostic>,
    /// Rules that found this same finding beyond the first few folded into it
    /// ([`crate::rules::merge`]), by id alone: a run of many identical rules over many
    /// claims would otherwise hold a whole finding per rule for each claim. Shared, not
    /// copied: one id per rule for the run's evaluation.
    pub also_found_by: Vec<std::sync::Arc<str>>,
}

/// A finding's facts as the JSON text they serialise to, made once when the finding is.
///
/// Held as text rather than as a `serde_json::Value`: a value is a tree of maps and strings
/// (about half a kilobyte for a figure and what a quote states), and a run that finds
/// something wrong with every one of a million claims holds a million of them before the
/// first 10,000 are chosen to be shown. The few readers (the reports of the findings shown,
/// the merging of findings) parse it when they read it.
#[derive(Clone, Debug)]
pub struct Data(Box<serde_json::value::RawValue>);

impl Data {
    /// The facts of `facts`, a plain struct of strings, numbers and lists. Serialising one
    /// cannot fail; one that somehow did is better absent than a panic.
    pub fn of(facts: &impl serde::Serialize) -> Option<Data> {
        serde_json::value::to_raw_value(facts).ok().map(Data)
    }

    /// The facts as a JSON value.
    pub fn value(&self) -> serde_json::Value {
        serde_json::from_str(self.0.get()).unwrap_or(serde_json::Value::Null)
    }

    /// The facts read as `T`, if they are one.
    pub fn read<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        serde_json::from_str(self.0.get()).ok()
    }

    /// The field `key` of the facts, if they are a mapping that has it.
    pub fn get(&self, key: &str) -> Option<serde_json::Value> {
        match self.value() {
            serde_json::Value::Object(mut fields) => fields.remove(key),
            _ => None,
        }
    }

    /// The facts with `key` set to `value` (a mapping's field added or replaced).
    pub fn with(&self, key: &str, value: serde_json::Value) -> Data {
        let mut facts = self.value();
        if let serde_json::Value::Object(fields) = &mut facts {
            fields.insert(key.to_string(), value);
        }
        Data::of(&facts).unwrap_or_else(|| self.clone())
    }
}

impl PartialEq for Data {
    fn eq(&self, other: &Data) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Data {}

/// Labels, and each label's own text, without room beyond what they hold
/// ([`Diagnostic::shrink_to_fit`]).
pub fn shrink_labels(labels: &mut Vec<Label>) {
    labels.shrink_to_fit();
    for label in labels {
        if let Cow::Owned(message) = &mut label.message {
            message.shrink_to_fit();
        }
    }
}

/// Texts (notes), each without room beyond what it holds.
pub fn shrink_texts(texts: &mut Vec<String>) {
    texts.shrink_to_fit();
    for text in texts {
        text.shrink_to_fit();
    }
}

/// What identifies a finding about a group of claims across edits: the claim it is
/// reported on and what the finding says of that claim (its figure, and the figure it
/// disagrees with), not the other claims of the group. A claim that joins the group and
/// agrees with its figures leaves the finding what the reviewer accepted, though its
/// labels, and the claim its message names, change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The id of the claim the finding is reported on.
    pub claim: String,
    /// What the finding says of that claim, in words that do not name other claims.
    pub data: Vec<String>,
    /// The same disagreement seen from the other side, for a finding between two claims:
    /// the claim and data of the finding that reports the other one. A baseline entry
    /// recorded from that side matches it too, since which side a disagreement is reported
    /// on can move (claims reordered, or a third claim agreeing with one side).
    pub mirror: Option<(String, Vec<String>)>,
}

impl Diagnostic {
    /// Appends each note and the help on lines of their own (`help: ...`): the plain-text
    /// body the one-line formats (SARIF, GitHub, JUnit) give under the message.
    pub fn push_notes_and_help(&self, out: &mut String) {
        for note in &self.notes {
            out.push('\n');
            out.push_str(note);
        }
        if let Some(help) = &self.help {
            out.push_str("\nhelp: ");
            out.push_str(help);
        }
    }

    /// A diagnostic at the code's default severity with its primary label.
    pub fn new(
        code: Code,
        message: impl Into<String>,
        at: Location,
        label: impl Into<Cow<'static, str>>,
    ) -> Self {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            labels: vec![Label {
                location: at,
                message: label.into(),
                primary: true,
            }],
            help: None,
            notes: Vec::new(),
            rule: None,
            claims: Vec::new(),
            data: None,
            identity: None,
            counterpart: None,
            rests_on_values: Vec::new(),
            folded: Vec::new(),
            also_found_by: Vec::new(),
        }
    }

    /// A diagnostic about a whole file, with no span to point at (an unreadable file).
    pub fn for_file(code: Code, message: impl Into<String>, file: FileId) -> Self {
        Self::new(code, message, Location::new(file, 0..0), "")
    }

    /// A diagnostic about no file at all (a path that is not a project).
    pub fn general(
        code: Code,
        message: impl Into<String>,
        help: impl Into<Cow<'static, str>>,
    ) -> Self {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            labels: Vec::new(),
            help: Some(help.into()),
            notes: Vec::new(),
            rule: None,
            claims: Vec::new(),
            data: None,
            identity: None,
            counterpart: None,
            rests_on_values: Vec::new(),
            folded: Vec::new(),
            also_found_by: Vec::new(),
        }
    }

    pub fn with_label(mut self, at: Location, label: impl Into<Cow<'static, str>>) -> Self {
        self.labels.push(Label {
            location: at,
            message: label.into(),
            primary: false,
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Names a claim the diagnostic is about (once, in the order given).
    pub fn about_claim(mut self, id: &str) -> Self {
        if !self.claims.iter().any(|known| known == id) {
            self.claims.push(id.to_string());
        }
        self
    }

    /// Attaches the finding's typed facts ([`crate::facts`]).
    pub fn with_data(mut self, data: &impl serde::Serialize) -> Self {
        // Finding data is plain structs of strings, numbers and lists: serialising cannot
        // fail, and a value that somehow did not would be better absent than a panic.
        self.data = Data::of(data);
        self
    }

    /// Gives back the room its lists and texts were built with beyond what they hold. A
    /// finding is built by pushing labels, notes and claims one by one, and a list pushed
    /// once holds room for four; kept beside every other finding of a run that finds
    /// something wrong with each of a million claims, that room is most of their memory.
    pub fn shrink_to_fit(&mut self) {
        self.message.shrink_to_fit();
        shrink_labels(&mut self.labels);
        if let Some(Cow::Owned(help)) = &mut self.help {
            help.shrink_to_fit();
        }
        shrink_texts(&mut self.notes);
        self.claims.shrink_to_fit();
        self.rests_on_values.shrink_to_fit();
        self.folded.shrink_to_fit();
        self.also_found_by.shrink_to_fit();
    }

    /// Whether the diagnostic says the input could not be read as written (exit code 2):
    /// an input code that is an error by default. A warning raised to an error by an
    /// override (an unknown entity, say) is a finding, not invalid input.
    pub fn is_input_error(&self) -> bool {
        self.code.is_input()
            && self.code.default_severity() == Severity::Error
            && self.severity == Severity::Error
    }

    /// Whether `folded`, one of the findings this one holds, is a use of the name this
    /// one gathers ([`crate::rules::merge::gather_unresolved_names`]) rather than another
    /// side of its problem. The reports leave such uses out: this finding's `claims`, notes
    /// and `uses` already say where the name is written.
    pub fn gathers(&self, folded: &Diagnostic) -> bool {
        folded.code == self.code && matches!(self.code, Code::UnknownEntity | Code::AmbiguousEntity)
    }

    /// Where the diagnostic points first, if anywhere.
    pub fn primary(&self) -> Option<&Location> {
        self.labels.first().map(|label| &label.location)
    }

    /// The rules that found this: its own, then those of the findings folded into it
    /// (another rule that found the same, or a rule's finding that a CC202 explains),
    /// each once. A rule any of them names has not passed.
    pub fn rules(&self) -> Vec<&str> {
        let mut rules: Vec<&str> = Vec::new();
        let mut seen: crate::hashing::HashSet<&str> = crate::hashing::HashSet::default();
        self.each_rule(&mut |rule| {
            if seen.insert(rule) {
                rules.push(rule);
            }
        });
        rules
    }

    /// Calls `found` with the rule of this finding, then those of the findings folded into
    /// it (and into those, which a finding may hold when it is folded again), then those
    /// that found it too, named by id alone.
    fn each_rule<'a>(&'a self, found: &mut dyn FnMut(&'a str)) {
        if let Some(rule) = self.rule.as_deref() {
            found(rule);
        }
        for folded in &self.folded {
            folded.each_rule(found);
        }
        for rule in &self.also_found_by {
            found(rule);
        }
    }

    /// How many problems the summary counts this diagnostic as: one, but for the CC002
    /// that stands for a file's input errors not shown, which counts each of them.
    pub fn counts_for(&self) -> usize {
        if self.code != Code::InputLimit {
            return 1;
        }
        self.data
            .as_ref()
            .and_then(Data::read::<NotShown>)
            .map_or(1, |not_shown| not_shown.not_shown)
    }
}

/// Sentences of a help joined into one: the first as written (helps start in lowercase,
/// after `help:`), each later one with a capital.
pub fn sentences(parts: &[String]) -> String {
    let mut joined = String::new();
    for (at, part) in parts.iter().enumerate() {
        if at > 0 {
            joined.push(' ');
            let mut chars = part.chars();
            if let Some(first) = chars.next() {
                joined.extend(first.to_uppercase());
                joined.push_str(chars.as_str());
            }
        } else {
            joined.push_str(part);
        }
    }
    joined
}

/// Most input errors kept for one file: a file with more than this is broken throughout,
/// and reporting every one of a million tiny bad nodes would cost gigabytes. The rest are
/// counted and reported as one CC002. Warnings and findings do not count: they are about
/// valid input (a thousand places the registry lacks), a run may leave them out
/// (`--ignore`, `--min-severity`), and the run-wide bound ([`MAX_REPORTED`]) limits them.
pub const MAX_DIAGNOSTICS_PER_FILE: usize = 1_000;

/// Collects diagnostics while loading and checking, so one run reports every problem, up
/// to [`MAX_DIAGNOSTICS_PER_FILE`] input errors for each file.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Input errors kept and dropped so far, by the file of their primary label.
    per_file: crate::hashing::HashMap<FileId, FileCount>,
}

/// The input errors of one file: how many are kept, how many dropped over the limit, and
/// the first place of a dropped one (by position, whatever order they came in).
#[derive(Debug, Default)]
struct FileCount {
    kept: usize,
    dropped: usize,
    /// The dropped ones by code, so that counts by code count each under its own.
    dropped_by_code: std::collections::BTreeMap<Code, usize>,
    first_dropped: Option<Location>,
}

impl FileCount {
    fn drop_one(&mut self, code: Code, at: Location) {
        self.dropped += 1;
        *self.dropped_by_code.entry(code).or_default() += 1;
        self.dropped_at(at);
    }

    /// Notes that an error was dropped at `at`, which may be the first place.
    fn dropped_at(&mut self, at: Location) {
        let place = |at: Location| (at.span().start, at.span().end);
        if self
            .first_dropped
            .is_none_or(|first| place(at) < place(first))
        {
            self.first_dropped = Some(at);
        }
    }
}

/// The `data` of the CC002 that stands for a file's input errors over the limit.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct NotShown {
    /// How many input errors of the file are not shown.
    pub not_shown: usize,
    /// Of those, how many of each code, by the code's id.
    #[serde(default)]
    pub by_code: std::collections::BTreeMap<String, usize>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if diagnostic.is_input_error()
            && let Some(&at) = diagnostic.primary()
        {
            let count = self.per_file.entry(at.file).or_default();
            if count.kept >= MAX_DIAGNOSTICS_PER_FILE {
                count.drop_one(diagnostic.code, at);
                return;
            }
            count.kept += 1;
        }
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        for diagnostic in diagnostics {
            self.push(diagnostic);
        }
    }

    /// Takes over another collector's diagnostics and counts, as if they had been pushed
    /// here.
    pub fn append(&mut self, other: Diagnostics) {
        for diagnostic in other.items {
            self.push(diagnostic);
        }
        for (file, other) in other.per_file {
            let count = self.per_file.entry(file).or_default();
            count.dropped += other.dropped;
            for (code, dropped) in other.dropped_by_code {
                *count.dropped_by_code.entry(code).or_default() += dropped;
            }
            if let Some(at) = other.first_dropped {
                count.dropped_at(at);
            }
        }
    }

    /// Replaces the diagnostics of `code`, when there are several, with the one `fold`
    /// makes of them (given in the order they were pushed), in the place of the first: one
    /// problem that a check met at several places is one finding. When `fold` makes none,
    /// they stay as they are.
    pub fn fold_code(
        &mut self,
        code: Code,
        fold: impl FnOnce(&[Diagnostic]) -> Option<Diagnostic>,
    ) {
        let Some(first) = self.items.iter().position(|d| d.code == code) else {
            return;
        };
        if !self.items[first + 1..].iter().any(|d| d.code == code) {
            return;
        }
        let parts: Vec<Diagnostic> = self
            .items
            .iter()
            .filter(|d| d.code == code)
            .cloned()
            .collect();
        let Some(folded) = fold(&parts) else {
            return;
        };
        self.items.retain(|d| d.code != code);
        // Each input error held a place in its file's count; the folded one takes one.
        let counted = |d: &Diagnostic| d.is_input_error().then(|| d.primary().map(|at| at.file));
        for file in parts.iter().filter_map(counted).flatten() {
            if let Some(count) = self.per_file.get_mut(&file) {
                count.kept -= 1;
            }
        }
        if let Some(Some(file)) = counted(&folded) {
            self.per_file.entry(file).or_default().kept += 1;
        }
        self.items.insert(first, folded);
    }

    /// Names the rule every diagnostic collected here is about, unless one already names
    /// its rule.
    pub fn about_rule(&mut self, id: &str) {
        for diagnostic in &mut self.items {
            if diagnostic.rule.is_none() {
                diagnostic.rule = Some(id.to_string());
            }
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The diagnostic pushed last, if it was kept: one a check may add to rather than
    /// repeat (the fields a record lacks, in one finding).
    pub fn last_mut(&mut self) -> Option<&mut Diagnostic> {
        self.items.last_mut()
    }

    /// The diagnostic of `code` kept at `at`, the latest pushed there: one a check may add
    /// to rather than report beside it.
    pub fn kept_at_mut(&mut self, code: Code, at: &Location) -> Option<&mut Diagnostic> {
        self.items
            .iter_mut()
            .rev()
            .find(|d| d.code == code && d.primary() == Some(at))
    }

    /// Adds each note to the diagnostic kept at its index (in [`Diagnostics::iter`] order).
    pub fn add_notes(&mut self, notes: Vec<(usize, String)>) {
        for (index, note) in notes {
            if let Some(diagnostic) = self.items.get_mut(index) {
                diagnostic.notes.push(note);
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// The diagnostics kept, then one CC002 for each file that had more than the limit.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        let mut items = self.items;
        type NotShownOfFile = (
            FileId,
            usize,
            std::collections::BTreeMap<String, usize>,
            Location,
        );
        let mut over: Vec<NotShownOfFile> = self
            .per_file
            .into_iter()
            .filter_map(|(file, count)| {
                let by_code = count
                    .dropped_by_code
                    .into_iter()
                    .map(|(code, dropped)| (code.id().to_string(), dropped))
                    .collect();
                Some((file, count.dropped, by_code, count.first_dropped?))
            })
            .collect();
        over.sort_unstable_by_key(|&(file, _, _, _)| file);
        for (_, dropped, by_code, first) in over {
            let errors = if dropped == 1 { "error" } else { "errors" };
            let mut notice = Diagnostic::new(
                Code::InputLimit,
                format!(
                    "this file has {dropped} more input {errors} than the {MAX_DIAGNOSTICS_PER_FILE} shown"
                ),
                first,
                format!("the first of the {dropped} not shown"),
            )
            .with_help("fix the problems shown first: a file with this many is usually broken throughout (a wrong indent, a list of the wrong things)")
            .with_note("the summary counts every input error of the file, shown or not");
            notice.data = Data::of(&NotShown {
                not_shown: dropped,
                by_code,
            });
            items.push(notice);
        }
        items
    }
}

/// The closest of `candidates` to `word`, for "did you mean" help; `None` when nothing is
/// close enough to be a plausible typo. For a few candidates asked once; a long list asked
/// many times keeps a [`SuggestionIndex`] instead.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let index = SuggestionIndex::new(candidates.iter().copied());
    let position = index.closest_position(word)?;
    Some(candidates[position as usize])
}

/// Most claims one finding names in its `claims` (and a rule kind in the lists of its
/// facts): the first, those it points at, and the first others in the order its check
/// gives them. A finding that names this many may be about more.
pub const LISTED_CLAIMS: usize = 50;

/// Shows file names from the working folder (see [`crate::files::ShownPaths`]) in the
/// locations and in the text of `diagnostics`: messages name files as they were named when
/// written (relative to the project), and name them as the locations do.
pub fn show_paths(
    files: &mut Files,
    shown: &crate::files::ShownPaths,
    diagnostics: &mut [Diagnostic],
) {
    let count = files.len();
    let ids = move || (0..count).map(|id| FileId(id as u32));
    let before: Vec<String> = ids().map(|id| files.name(id).to_string()).collect();
    files.show_paths(shown);
    let renamed: crate::hashing::HashMap<String, String> = before
        .into_iter()
        .zip(ids())
        .map(|(old, id)| (old, files.name(id).to_string()))
        .filter(|(old, new)| old != new)
        .collect();
    if renamed.is_empty() {
        return;
    }
    for diagnostic in diagnostics {
        rename_paths(&mut diagnostic.message, &renamed);
        for note in &mut diagnostic.notes {
            rename_paths(note, &renamed);
        }
        if let Some(help) = &mut diagnostic.help {
            rename_paths(help.to_mut(), &renamed);
        }
        for label in &mut diagnostic.labels {
            rename_paths(label.message.to_mut(), &renamed);
        }
    }
}

/// Replaces in `text` each whole path that `renamed` maps (a path stands between
/// characters that cannot be part of one: spaces, quote marks, brackets, a final point).
fn rename_paths(text: &mut String, renamed: &crate::hashing::HashMap<String, String>) {
    let is_path_char = |c: char| c.is_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '\\');
    if !text.contains('/') {
        return;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find(is_path_char) {
        out.push_str(&rest[..start]);
        let token = &rest[start..];
        let len = token
            .find(|c: char| !is_path_char(c))
            .unwrap_or(token.len());
        let word = &token[..len];
        // A sentence's final point is not the path's, nor a folder's final slash
        // (`claims/linked/`, of the folder registered as `claims/linked`).
        let path = word.trim_end_matches('.');
        let path = renamed
            .get_key_value(path)
            .or_else(|| renamed.get_key_value(path.strip_suffix('/')?))
            .map_or(path, |(old, _)| old.as_str());
        match renamed.get(path) {
            Some(new) => {
                out.push_str(new);
                out.push_str(&word[path.len()..]);
            }
            None => out.push_str(word),
        }
        rest = &token[len..];
    }
    out.push_str(rest);
    *text = out;
}

/// Most diagnostics one run reports. Beyond this many, a report is no longer read, and
/// rendering millions would cost gigabytes: the first are reported, in order, and CC006
/// says how many were left out.
pub const MAX_REPORTED: usize = 10_000;

/// Moves the [`MAX_REPORTED`] diagnostics a run reports to the front of `diagnostics`
/// (sorted), each part kept in its order: the most severe, and of one severity the first.
/// Ten thousand warnings of a name the registry lacks would otherwise hide the errors
/// sorted after them, which are what fails the run.
pub fn most_severe_first(diagnostics: &mut Vec<Diagnostic>) {
    if diagnostics.len() <= MAX_REPORTED {
        return;
    }
    let mut room = MAX_REPORTED;
    let mut kept_of = [0; 3];
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let count = diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        kept_of[severity as usize] = count.min(room);
        room -= kept_of[severity as usize];
    }
    let (kept, left): (Vec<Diagnostic>, Vec<Diagnostic>) =
        std::mem::take(diagnostics).into_iter().partition(|d| {
            let room = &mut kept_of[d.severity as usize];
            let keep = *room > 0;
            *room = room.saturating_sub(1);
            keep
        });
    *diagnostics = kept;
    diagnostics.extend(left);
}

/// Keeps the first [`MAX_REPORTED`] of `diagnostics` (sorted, the most severe first:
/// [`most_severe_first`]), and adds CC006 when any were left out; `unreported` counts
/// diagnostics that were never built. Returns how many were left out.
pub fn bound_reported(diagnostics: &mut Vec<Diagnostic>, unreported: usize) -> usize {
    let total = diagnostics.len() + unreported;
    if total <= MAX_REPORTED {
        return 0;
    }
    most_severe_first(diagnostics);
    let mut left_out = [0usize; 3];
    for diagnostic in diagnostics.get(MAX_REPORTED..).unwrap_or_default() {
        left_out[diagnostic.severity as usize] += 1;
    }
    // Those not reported are let go on rayon's pool: a million take seconds to free.
    use rayon::prelude::*;
    diagnostics
        .split_off(MAX_REPORTED.min(diagnostics.len()))
        .into_par_iter()
        .for_each(drop);
    let mut notice = Diagnostic::general(
        Code::TooManyFindings,
        format!("too many findings: {MAX_REPORTED} of {total} are shown, the most severe first"),
        "fix the first ones and run again; a run narrowed to one rule or code reports fewer",
    );
    let mut named: Vec<String> = [
        (Severity::Error, "error"),
        (Severity::Warning, "warning"),
        (Severity::Info, "info"),
    ]
    .into_iter()
    .filter(|&(severity, _)| left_out[severity as usize] > 0)
    .map(|(severity, noun)| {
        let count = left_out[severity as usize];
        format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
    })
    .collect();
    if unreported > 0 {
        named.push(format!("{unreported} more counted but not built"));
    }
    if !named.is_empty() {
        notice = notice.with_note(format!("not shown: {}", named.join(", ")));
    }
    diagnostics.push(notice);
    total - MAX_REPORTED
}

/// Codes with their counts and severity, most frequent first (ties in code order), each
/// diagnostic counted as the summary counts it ([`Diagnostic::counts_for`]): the CC002 for
/// a file's input errors not shown stands for all of them, each counted under its own code.
pub fn counts(diagnostics: &[Diagnostic]) -> Vec<(Code, usize, Severity)> {
    merged(diagnostics.iter().flat_map(|d| {
        let not_shown = (d.code == Code::InputLimit)
            .then(|| d.data.as_ref().and_then(Data::read::<NotShown>))
            .flatten()
            .filter(|not_shown| !not_shown.by_code.is_empty());
        let counted: Vec<(Code, usize, Severity)> = match not_shown {
            Some(not_shown) => not_shown
                .by_code
                .iter()
                .filter_map(|(id, &count)| Some((Code::find(id)?, count, Severity::Error)))
                .collect(),
            None => vec![(d.code, d.counts_for(), d.severity)],
        };
        counted
    }))
}

/// Counts of codes added up by code, most frequent first (ties in code order).
pub fn merged(
    counts: impl Iterator<Item = (Code, usize, Severity)>,
) -> Vec<(Code, usize, Severity)> {
    let mut by_code: std::collections::BTreeMap<Code, (usize, Severity)> = Default::default();
    for (code, count, severity) in counts {
        let entry = by_code.entry(code).or_insert((0, severity));
        entry.0 += count;
        // Overrides apply per code, so one code has one severity; keep the highest anyway.
        entry.1 = entry.1.max(severity);
    }
    let mut counts: Vec<(Code, usize, Severity)> = by_code
        .into_iter()
        .map(|(code, (count, severity))| (code, count, severity))
        .collect();
    counts.sort_by_key(|&(code, count, _)| (std::cmp::Reverse(count), code));
    counts
}

/// Orders diagnostics so that an error comes before what it causes, the same on every run
/// and for any number of threads:
///
/// 1. what concerns no file (a path that is no project, a rule selection naming no rule);
/// 2. the errors in what the user wrote ([`is_invalid_input`]), by the part of the input
///    they lie in ([`crate::files::INPUT_ORDER`]: a broken sources file before the claims
///    citing its sources, a claim that did not load before the rule naming it);
/// 3. then the findings and warnings, by the same parts, which may follow from those
///    errors too (an unknown entity, when the entities file did not parse).
///
/// Then by file, position, code and message.
pub fn sort(diagnostics: &mut [Diagnostic], files: &Files) {
    // Each file's place in the order, once: its part of the project, then its name. Files
    // of one name share a place (an article two sources cite is loaded once for each), so
    // that their diagnostics go by offset as one file's would.
    let place = |id: u32| {
        let name = files.project_name(FileId(id));
        (crate::files::input_rank(name), name)
    };
    let mut by_name: Vec<u32> = (0..files.len() as u32).collect();
    by_name.sort_by_cached_key(|&id| place(id));
    let mut file_rank = vec![0u32; by_name.len()];
    let mut rank = 0;
    for (at, &id) in by_name.iter().enumerate() {
        if at > 0 && place(by_name[at - 1]) != place(id) {
            rank += 1;
        }
        file_rank[id as usize] = rank;
    }
    let key = |d: &Diagnostic| {
        let primary = d.primary();
        (
            primary.is_some(),
            !is_invalid_input(d),
            primary.map_or(0, |l| file_rank[l.file.0 as usize]),
            primary.map_or(0, |l| l.start),
            d.code,
        )
    };
    // The order is found on indices and then applied, so that sorting holds no copy of
    // the diagnostics or of their messages: a run may hold a million. Each key is read
    // once, and the indices sorted on rayon's pool. Stable, like `sort_by`, so the order
    // is the same on any number of threads.
    use rayon::prelude::*;
    let keys: Vec<_> = diagnostics.par_iter().map(key).collect();
    let mut order: Vec<u32> = (0..diagnostics.len() as u32).collect();
    order.par_sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        keys[a]
            .cmp(&keys[b])
            .then_with(|| diagnostics[a].message.cmp(&diagnostics[b].message))
    });
    drop(keys);
    permute(diagnostics, order);
}

/// Puts the item at `order[i]` at `i`, for every `i`, in place: each cycle of the
/// permutation is walked once.
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    for start in 0..items.len() {
        let mut at = start;
        // A cycle is walked from its smallest index: the others are marked done as it is.
        while order[at] as usize != start {
            let from = order[at] as usize;
            items.swap(at, from);
            order[at] = at as u32;
            at = from;
        }
        order[at] = at as u32;
    }
}

/// Whether a diagnostic is an error in what the user wrote, not a finding about the claims
/// or the articles: invalid input ([`Diagnostic::is_input_error`]), or an error of
/// coverage's ignore list (an entry without a reason), which is the input of `claimcheck
/// coverage`. What the rest of a run reports may follow from it.
fn is_invalid_input(diagnostic: &Diagnostic) -> bool {
    diagnostic.is_input_error()
        || (diagnostic.code.category() == crate::codes::Category::Coverage
            && diagnostic.code.default_severity() == Severity::Error
            && diagnostic.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_names_files_as_the_locations_do() {
        let renamed = [("sources/a.txt".to_string(), "sub/sources/a.txt".to_string())]
            .into_iter()
            .collect();
        let mut text = "not found in sources/a.txt; copy from `sources/a.txt`. Not \
                        sources/a.txt2 nor old/sources/a.txt"
            .to_string();
        rename_paths(&mut text, &renamed);
        assert_eq!(
            text,
            "not found in sub/sources/a.txt; copy from `sub/sources/a.txt`. Not sources/a.txt2 \
             nor old/sources/a.txt"
        );
        // A folder, named with its final slash (found from outside: a CC004 about a
        // linked folder named it from the project where its location did from the
        // working folder).
        let renamed = [(
            "claims/linked".to_string(),
            "proj/claims/linked".to_string(),
        )]
        .into_iter()
        .collect();
        let mut text = "`claims/linked/` is a link; claims/linked/a.yaml is not".to_string();
        rename_paths(&mut text, &renamed);
        assert_eq!(
            text,
            "`proj/claims/linked/` is a link; claims/linked/a.yaml is not"
        );
    }

    #[test]
    fn past_the_bound_the_errors_are_reported_before_the_warnings_sorted_first() {
        // Found from outside: 9,999 warnings of names the registry lacks, sorted first,
        // left out the errors that failed the run, and CC006 did not say so.
        let file = FileId(0);
        let at = |n: u32| Location::new(file, n as usize..n as usize + 1);
        let mut diagnostics: Vec<Diagnostic> = (0..MAX_REPORTED as u32 + 5)
            .map(|n| {
                // Ten errors, five of them sorted past the first MAX_REPORTED.
                let (code, severity) = match n % 2000 == 1999 || n >= MAX_REPORTED as u32 {
                    true => (Code::CountMismatch, Severity::Error),
                    false => (Code::UnknownEntity, Severity::Warning),
                };
                let mut d = Diagnostic::new(code, format!("{n}"), at(n), "here");
                d.severity = severity;
                d
            })
            .collect();
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        assert_eq!(errors, 10);
        let left_out = bound_reported(&mut diagnostics, 0);
        assert_eq!(left_out, 5);
        let shown = &diagnostics[..MAX_REPORTED];
        assert_eq!(
            shown
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            10
        );
        // Each kept in its order: the errors among the warnings where they were sorted.
        let positions: Vec<u32> = shown.iter().map(|d| d.message.parse().unwrap()).collect();
        assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
        let notice = diagnostics.last().unwrap();
        assert_eq!(notice.code, Code::TooManyFindings);
        assert_eq!(notice.notes, ["not shown: 5 warnings"]);
        assert!(
            shown
                .iter()
                .any(|d| d.message == format!("{}", MAX_REPORTED + 4)),
            "the last error, sorted past the bound, is shown"
        );
    }

    #[test]
    fn a_permutation_is_applied_in_place() {
        let mut random = crate::fuzzing::Xorshift::new(3);
        for len in 0..40 {
            let mut order: Vec<u32> = (0..len).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, random.below(i + 1));
            }
            let mut items: Vec<String> = (0..len).map(|i| format!("item {i}")).collect();
            let expected: Vec<String> = order.iter().map(|&i| items[i as usize].clone()).collect();
            permute(&mut items, order);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn data_is_held_as_text_and_read_back_as_written() {
        let figure = serde_json::json!({
            "written": "more than 10,000",
            "value": "10000",
            "interval": "(10000, +inf)"
        });
        let data = Data::of(&figure).unwrap();
        assert_eq!(data.value(), figure);
        assert_eq!(data.get("written").unwrap(), "more than 10,000");
        assert_eq!(data.get("absent"), None);
        let read: serde_json::Map<String, serde_json::Value> = data.read().unwrap();
        assert_eq!(
            read.keys().collect::<Vec<_>>(),
            ["written", "value", "interval"]
        );
        // A field added goes last, and one replaced keeps its place.
        let more = data.with("uses", 3.into()).with("written", "10,001".into());
        assert_eq!(
            more.value().as_object().unwrap().keys().collect::<Vec<_>>(),
            ["written", "value", "interval", "uses"]
        );
        assert_eq!(more.get("written").unwrap(), "10,001");
        assert_ne!(more, data);
        assert_eq!(data.clone(), data);
    }

    #[test]
    fn a_file_keeps_its_first_diagnostics_and_counts_the_rest() {
        let mut diagnostics = Diagnostics::default();
        let file = FileId(0);
        for n in 0..MAX_DIAGNOSTICS_PER_FILE + 5 {
            diagnostics.push(Diagnostic::for_file(Code::WrongType, format!("{n}"), file));
        }
        diagnostics.push(Diagnostic::for_file(Code::WrongType, "other", FileId(1)));
        diagnostics.push(Diagnostic::general(Code::NoProject, "no file", "help"));
        let all = diagnostics.into_vec();
        assert_eq!(all.len(), MAX_DIAGNOSTICS_PER_FILE + 3);
        assert_eq!(all[0].message, "0");
        let last = all.last().unwrap();
        assert_eq!(last.code, Code::InputLimit);
        assert_eq!(last.primary().unwrap().file, file);
        assert_eq!(
            last.message,
            "this file has 5 more input errors than the 1000 shown"
        );
        assert_eq!(last.counts_for(), 5, "it stands for the errors not shown");
        // And counts so in `--statistics`, which adds up to the summary.
        let counted: usize = counts(&all).iter().map(|&(_, n, _)| n).sum();
        assert_eq!(counted, MAX_DIAGNOSTICS_PER_FILE + 5 + 2);
    }

    #[test]
    fn the_notice_of_errors_not_shown_points_at_the_first_of_them_in_any_order_of_merging() {
        let file = FileId(0);
        let error = |n: usize| {
            Diagnostic::new(
                Code::WrongType,
                "wrong",
                Location::new(file, n..n + 1),
                "here",
            )
        };
        let mut first = Diagnostics::default();
        first.extend((0..MAX_DIAGNOSTICS_PER_FILE).map(error));
        // Merged in from another collector, after this one is full: later places, then
        // an earlier one.
        let mut other = Diagnostics::default();
        other.extend([5_000, 4_000, 4_500].map(error));
        first.append(other);
        let all = first.into_vec();
        let notice = all.last().unwrap();
        assert_eq!(notice.code, Code::InputLimit);
        assert_eq!(notice.primary().unwrap().span(), 4_000..4_001);
        assert_eq!(notice.labels[0].message, "the first of the 3 not shown");
        assert_eq!(notice.counts_for(), 3);
    }

    #[test]
    fn warnings_about_valid_input_do_not_count_towards_a_files_limit() {
        let mut diagnostics = Diagnostics::default();
        let file = FileId(0);
        let at = |n: usize| Location::new(file, n..n + 1);
        for n in 0..MAX_DIAGNOSTICS_PER_FILE + 5 {
            diagnostics.push(Diagnostic::new(
                Code::UnknownEntity,
                "unknown",
                at(n),
                "here",
            ));
        }
        diagnostics.push(Diagnostic::new(Code::WrongType, "wrong", at(0), "here"));
        let all = diagnostics.into_vec();
        assert_eq!(all.len(), MAX_DIAGNOSTICS_PER_FILE + 6, "every one kept");
        assert!(all.iter().all(|d| d.code != Code::InputLimit));
    }

    /// Diagnostics `(code, file, offset)` sorted, as `(code, file)`.
    fn sorted(diagnostics: &[(Code, &str, usize)]) -> Vec<(Code, String)> {
        let mut files = Files::default();
        let mut ids: Vec<(String, FileId)> = Vec::new();
        let mut made: Vec<Diagnostic> = diagnostics
            .iter()
            .map(|&(code, name, at)| {
                let file = match ids.iter().find(|(known, _)| known == name) {
                    Some(&(_, file)) => file,
                    None => {
                        let file = files.add(name.to_string(), name.into(), "x".repeat(100));
                        ids.push((name.to_string(), file));
                        file
                    }
                };
                Diagnostic::new(code, "m", Location::new(file, at..at + 1), "")
            })
            .collect();
        made.push(Diagnostic::general(
            Code::UnknownRuleSelected,
            "no such rule",
            "",
        ));
        sort(&mut made, &files);
        made.iter()
            .map(|d| {
                let file = d.primary().map_or("", |at| files.project_name(at.file));
                (d.code, file.to_string())
            })
            .collect()
    }

    #[test]
    fn files_of_one_name_are_sorted_as_one_file() {
        // An article two sources cite is loaded once for each: its diagnostics go by
        // offset, whichever load they point into.
        let mut files = Files::default();
        let first = files.add("sources/a.txt".into(), "a".into(), "x".repeat(100));
        let other = files.add("claims/c.yaml".into(), "c".into(), "x".repeat(100));
        let second = files.add("sources/a.txt".into(), "a".into(), "x".repeat(100));
        let at = |file, offset: usize| {
            Diagnostic::new(
                Code::UncoveredNumber,
                format!("{offset}"),
                Location::new(file, offset..offset + 1),
                "",
            )
        };
        let mut made = vec![at(first, 30), at(second, 10), at(other, 50), at(first, 20)];
        sort(&mut made, &files);
        let order: Vec<&str> = made.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["10", "20", "30", "50"]);
    }

    #[test]
    fn input_errors_come_first_in_the_order_files_depend_on_each_other() {
        let order = sorted(&[
            (Code::CountMismatch, "claims/a.yaml", 5),
            (Code::ClaimNotLoaded, "rules/r.yaml", 0),
            (Code::UnknownEntity, "claims/a.yaml", 1),
            (Code::UnknownSource, "claims/b.yaml", 0),
            (Code::YamlSyntax, "sources/sources.yaml", 50),
            (Code::EmptySelection, "rules/r.yaml", 9),
            (Code::InvalidOverride, "claimcheck.yaml", 3),
        ]);
        let codes: Vec<Code> = order.iter().map(|(code, _)| *code).collect();
        assert_eq!(
            codes,
            [
                // About no file.
                Code::UnknownRuleSelected,
                // Invalid input: configuration, sources, claims, rules.
                Code::InvalidOverride,
                Code::YamlSyntax,
                Code::UnknownSource,
                Code::ClaimNotLoaded,
                // Findings and warnings, by file and position.
                Code::UnknownEntity,
                Code::CountMismatch,
                Code::EmptySelection,
            ]
        );
    }

    #[test]
    fn diagnostics_of_one_code_fold_into_one_in_the_place_of_the_first() {
        let file = FileId(0);
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Diagnostic::for_file(Code::WrongType, "before", file));
        diagnostics.push(Diagnostic::for_file(Code::ClaimNotLoaded, "a", file));
        diagnostics.push(Diagnostic::for_file(Code::MissingField, "between", file));
        diagnostics.push(Diagnostic::for_file(Code::ClaimNotLoaded, "b", file));
        diagnostics.fold_code(Code::ClaimNotLoaded, |parts| {
            let messages: Vec<&str> = parts.iter().map(|d| d.message.as_str()).collect();
            Some(Diagnostic::for_file(
                Code::ClaimNotLoaded,
                messages.join("+"),
                file,
            ))
        });
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages, ["before", "a+b", "between"]);
        // The file's count lost the two parts and took the one folded.
        assert_eq!(
            (
                diagnostics.per_file[&file].kept,
                diagnostics.per_file[&file].dropped
            ),
            (3, 0)
        );
    }

    #[test]
    fn input_errors_past_the_limit_are_counted_under_their_own_codes() {
        let file = FileId(0);
        let mut diagnostics = Diagnostics::default();
        let at = |n: usize| Location::new(file, n..n + 1);
        for n in 0..MAX_DIAGNOSTICS_PER_FILE + 5 {
            diagnostics.push(Diagnostic::new(Code::WrongType, "wrong", at(n), "here"));
        }
        let mut other = Diagnostics::default();
        other.push(Diagnostic::new(
            Code::MissingField,
            "missing",
            at(0),
            "here",
        ));
        diagnostics.append(other);
        let all = diagnostics.into_vec();
        assert_eq!(
            all.len(),
            MAX_DIAGNOSTICS_PER_FILE + 1,
            "the kept, and one CC002"
        );
        assert_eq!(all.last().unwrap().code, Code::InputLimit);
        assert_eq!(
            counts(&all),
            [
                (
                    Code::WrongType,
                    MAX_DIAGNOSTICS_PER_FILE + 5,
                    Severity::Error
                ),
                (Code::MissingField, 1, Severity::Error),
            ]
        );
    }

    #[test]
    fn diagnostics_that_fold_into_none_stay_as_they_are() {
        let file = FileId(0);
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Diagnostic::for_file(Code::ClaimNotLoaded, "a", file));
        diagnostics.push(Diagnostic::for_file(Code::ClaimNotLoaded, "b", file));
        diagnostics.fold_code(Code::ClaimNotLoaded, |_| None);
        assert_eq!(diagnostics.len(), 2);
        assert_eq!(
            (
                diagnostics.per_file[&file].kept,
                diagnostics.per_file[&file].dropped
            ),
            (2, 0)
        );
    }

    #[test]
    fn a_code_met_once_is_left_as_it_is() {
        let file = FileId(0);
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Diagnostic::for_file(Code::ClaimNotLoaded, "a", file));
        diagnostics.fold_code(Code::ClaimNotLoaded, |_| {
            unreachable!("nothing to fold with one diagnostic of the code")
        });
        assert_eq!(diagnostics.iter().next().unwrap().message, "a");
    }
}
