//! The text of every file a run loaded, so that diagnostics can carry only a file id and
//! a byte range and the reporter attaches the text when it renders.
//!
//! Most of a large project's bytes are YAML that nothing reads once its records are
//! read: only the few files a finding is shown in are needed again. Such a file keeps
//! only its [`Fingerprint`] ([`Files::read_again_when_shown`]) and is read again on first
//! use. A file that changed in between is not shown as it now is (spans would point at the
//! wrong text, or into a character): a blank stand-in of the same length takes its place,
//! and [`Files::changed`] names it so that the run can say so.

use std::hash::Hasher;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// The parts of a project's input, each after those it depends on: the configuration,
/// then each folder after those whose records it names (claims cite sources and name
/// entities, entities name their parents, rules name claims). Folders are loaded in this
/// order, and diagnostics are ordered by it, so that an error comes before what it causes.
pub const INPUT_ORDER: [&str; 5] = ["claimcheck.yaml", "sources", "entities", "claims", "rules"];

/// Where a file, by its path relative to the project root, stands in [`INPUT_ORDER`]: by
/// the top-level name it lies under. Any other file (`coverage.yaml`, a path outside the
/// project) comes after them all.
pub fn input_rank(project_name: &str) -> usize {
    let top = project_name
        .split_once('/')
        .map_or(project_name, |(folder, _)| folder);
    INPUT_ORDER
        .iter()
        .position(|&part| part == top)
        .unwrap_or(INPUT_ORDER.len())
}

/// Index of a loaded file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// One loaded file.
#[derive(Debug)]
pub struct File {
    /// The path users see, `/`-separated: relative to the project root, until
    /// [`Files::show_paths`] names it from the working folder.
    pub name: String,
    /// The path relative to the project root, `/`-separated, whatever `name` shows: what
    /// identifies the file across runs (baseline fingerprints).
    pub project_name: String,
    pub path: PathBuf,
    /// The text (empty for a file that could not be read): set when the file is added,
    /// or read again from `path` on first use when only its fingerprint was kept.
    text: OnceLock<Arc<str>>,
    /// What the text that was let go was, to compare the file with when it is read again.
    read_again: Option<Fingerprint>,
    /// Set when the file, read again, was no longer what was read: its text is then a
    /// blank stand-in.
    changed: AtomicBool,
    /// Where the file's text was published (an article's source `url:`), when known.
    pub url: Option<String>,
    /// Byte offsets where each line starts, built on first use: reporters turn many spans
    /// into lines and columns, and must not rescan the file for each.
    line_starts: OnceLock<Vec<usize>>,
    /// (byte offset, characters before it) every [`CHARS_MARKED_EVERY`] bytes or so, built
    /// on first use on a long line: a column on a line of megabytes (an article on one
    /// line) is then counted from the mark before it, not from the line's start.
    char_marks: OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between two marks of [`File::char_marks`].
const CHARS_MARKED_EVERY: usize = 4096;

/// A text's length and a 64-bit hash of its bytes: what a file whose text was let go keeps,
/// to tell when it is read again whether it is still the text its spans point into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of a text as read.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        // A fixed seed, so that the same bytes give the same hash for the whole run. foldhash
        // rather than std's SipHash: every byte of a project's YAML passes through here,
        // and SipHash was 2% of a large check; the hash only has to tell a file that
        // changed by accident, not resist one forged to collide.
        use std::hash::BuildHasher;
        let mut hasher =
            foldhash::quality::FixedState::with_seed(0x636c_6169_6d63_6865).build_hasher();
        hasher.write(bytes);
        Fingerprint {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }
}

impl File {
    fn new(name: String, path: PathBuf, text: Arc<str>) -> File {
        File {
            project_name: name.clone(),
            name,
            path,
            text: OnceLock::from(text),
            read_again: None,
            changed: AtomicBool::new(false),
            url: None,
            line_starts: OnceLock::new(),
            char_marks: OnceLock::new(),
        }
    }

    /// The file's text: the one read, or, for a file that has changed since, a stand-in of
    /// the same length (see [`Files::read_again_when_shown`]).
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| self.read_again())
    }

    /// The text of a file that kept only its fingerprint, read once, on first use: the file
    /// as it is now when it is still what was read, else spaces of the same length, which
    /// keep every span inside the text and on character boundaries and show nothing of
    /// what the file has become.
    fn read_again(&self) -> Arc<str> {
        let Some(fingerprint) = self.read_again else {
            // A text is set whenever no fingerprint is kept: this is never reached.
            return Arc::from("");
        };
        match read_if_unchanged(&self.path, fingerprint) {
            Some(text) => text.into(),
            None => {
                self.changed.store(true, Ordering::Relaxed);
                " ".repeat(fingerprint.len).into()
            }
        }
    }

    /// The file's text for one pass over it, without keeping it: the text kept, else the
    /// file read again as [`File::text`] reads it, but let go when the caller drops it.
    /// For a phase that reads every article once (the citation checks), so that the
    /// articles are not all held at once.
    pub fn text_for_one_pass(&self) -> Arc<str> {
        match self.text.get() {
            Some(text) => Arc::clone(text),
            None => self.read_again(),
        }
    }

    /// Whether the file was read again and had changed since it was first read.
    pub fn changed(&self) -> bool {
        self.changed.load(Ordering::Relaxed)
    }

    /// Where each line starts. A line ends at `\n`, `\r\n` or a lone `\r`, as YAML, SARIF
    /// and editors count them: a file saved with old Mac line endings, or with the three
    /// mixed, is shown and located on the lines its author sees.
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| line_starts(self.text()))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let text = self.text();
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts.partition_point(|&start| start <= offset);
        // A byte order mark is no column: editors show the first character as column 1.
        let line_start = match starts[line - 1] {
            0 if text.starts_with('\u{FEFF}') => '\u{FEFF}'.len_utf8().min(offset),
            start => start,
        };
        (line, self.chars_between(line_start, offset) + 1)
    }

    /// The characters between two byte offsets on character boundaries, `from <= to`.
    fn chars_between(&self, from: usize, to: usize) -> usize {
        let text = self.text();
        if to - from <= 2 * CHARS_MARKED_EVERY {
            return text[from..to].chars().count();
        }
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = vec![(0, 0)];
            let (mut at, mut chars) = (0, 0);
            while at + CHARS_MARKED_EVERY < text.len() {
                let mut next = at + CHARS_MARKED_EVERY;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[at..next].chars().count();
                marks.push((next, chars));
                at = next;
            }
            marks
        });
        let before = |offset: usize| {
            let (mark, chars) = marks[marks.partition_point(|&(mark, _)| mark <= offset) - 1];
            chars + text[mark..offset].chars().count()
        };
        before(to) - before(from)
    }

    /// The number of lines: a text ending with a newline has an empty last line.
    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// 1-based line of a byte offset (an offset inside a character counts as that
    /// character's line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text().len());
        self.line_starts().partition_point(|&start| start <= offset)
    }

    /// The bytes of a 1-based line, without its line break (`\n` or `\r\n`).
    pub fn line_bounds(&self, line: usize) -> std::ops::Range<usize> {
        let starts = self.line_starts();
        let line = line.clamp(1, starts.len());
        let start = starts[line - 1];
        let text = self.text();
        let mut end = starts.get(line).map_or(text.len(), |next| next - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }
}

/// Where each line of `text` starts (see [`File::line_starts`]).
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let breaks = memchr::memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&at| bytes[at] == b'\n' || bytes.get(at + 1) != Some(&b'\n'))
        .map(|at| at + 1);
    std::iter::once(0).chain(breaks).collect()
}

/// Every file of a run, in the order they were loaded.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<File>,
    /// The folder that relative names start from: the project root once loaded, the
    /// working folder once [`Files::show_paths`] has run. SARIF names it as `%SRCROOT%`.
    base: Option<PathBuf>,
}

impl Files {
    pub fn add(&mut self, name: String, path: PathBuf, text: impl Into<Arc<str>>) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).expect("fewer than 4 billion files"));
        self.files.push(File::new(name, path, text.into()));
        id
    }

    pub fn get(&self, id: FileId) -> &File {
        &self.files[id.0 as usize]
    }

    pub fn name(&self, id: FileId) -> &str {
        &self.get(id).name
    }

    /// The file's path relative to the project root, however paths are shown.
    pub fn project_name(&self, id: FileId) -> &str {
        &self.get(id).project_name
    }

    pub fn text(&self, id: FileId) -> &str {
        self.get(id).text()
    }

    /// Records where a file's text was published.
    pub fn set_url(&mut self, id: FileId, url: String) {
        self.files[id.0 as usize].url = Some(url);
    }

    /// Where a file's text was published, when known.
    pub fn url(&self, id: FileId) -> Option<&str> {
        self.get(id).url.as_deref()
    }

    /// Replaces a file's text once it has been read (it was registered before reading so
    /// that read errors have a file to name).
    pub fn set_text(&mut self, id: FileId, text: impl Into<Arc<str>>) {
        let file = &mut self.files[id.0 as usize];
        file.text = OnceLock::from(text.into());
        file.read_again = None;
        *file.changed.get_mut() = false;
        file.line_starts = OnceLock::new();
    }

    /// Lets go of the text of a file read from its `path`, keeping the fingerprint of the
    /// text that was read: the text is read again from the path the first time anything
    /// asks for it. For files whose text nothing reads once their records are read, so
    /// that a run holds the texts of the files it shows findings in, not of every file.
    pub fn read_again_when_shown(&mut self, id: FileId, fingerprint: Fingerprint) {
        let file = &mut self.files[id.0 as usize];
        file.text = OnceLock::new();
        file.read_again = Some(fingerprint);
        *file.changed.get_mut() = false;
        file.line_starts = OnceLock::new();
    }

    /// Reads now every text that was let go, on rayon's pool: for a caller about to remove
    /// or change the files while it still has findings in them to show.
    pub fn read_all_texts(&self) {
        use rayon::prelude::*;
        self.files.par_iter().for_each(|file| {
            file.text();
        });
    }

    /// The names of the files that were read again and had changed since they were first
    /// read, in load order: what the run showed of them is a blank stand-in.
    pub fn changed(&self) -> impl Iterator<Item = &str> {
        self.files
            .iter()
            .filter(|file| file.changed())
            .map(|file| file.name.as_str())
    }

    /// The path of every file of the run, as it was read.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|file| file.path.as_path())
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, id: FileId, offset: usize) -> (usize, usize) {
        self.get(id).line_column(offset)
    }

    /// Renames every file as `shown` says, for output: call it once a run is over, since
    /// sorting uses the names relative to the project root.
    pub fn show_paths(&mut self, shown: &ShownPaths) {
        for file in &mut self.files {
            file.name = shown.show(&file.name);
        }
        self.base = Some(shown.cwd.clone());
    }

    /// The folder that relative names start from, when known.
    pub fn base(&self) -> Option<&Path> {
        self.base.as_deref()
    }

    /// Records the folder that the names given to [`Files::add`] are relative to.
    pub fn set_base(&mut self, base: PathBuf) {
        self.base = Some(base);
    }
}

/// The file at `path` when it is a regular file that still holds the text `fingerprint`
/// was taken of. Its length is compared before anything is read, so that a file replaced
/// by a larger one, or by something that is no regular file (a pipe would never end), is
/// not read at all.
fn read_if_unchanged(path: &Path, fingerprint: Fingerprint) -> Option<String> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || metadata.len() != fingerprint.len as u64 {
        return None;
    }
    let mut bytes = Vec::with_capacity(fingerprint.len);
    // One byte more than expected, to see a file that grew since its length was read.
    std::fs::File::open(path)
        .ok()?
        .take(fingerprint.len as u64 + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if Fingerprint::of(&bytes) != fingerprint {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// How paths are shown in every output format: relative to the folder claimcheck runs in
/// when the file lies under it, else absolute (as ruff and eslint do), so that
/// `claimcheck check sub` from a repository's root names `sub/claims/...` and GitHub
/// annotations land on the right files.
#[derive(Clone, Debug)]
pub struct ShownPaths {
    /// The project root, canonical.
    root: PathBuf,
    /// The working folder, canonical.
    cwd: PathBuf,
}

impl ShownPaths {
    /// Paths of the project under `root` as seen from the working folder `cwd`; `None`
    /// when either cannot be resolved (the names then stay relative to the root).
    pub fn new(root: &Path, cwd: &Path) -> Option<ShownPaths> {
        Some(ShownPaths {
            root: root.canonicalize().ok()?,
            cwd: cwd.canonicalize().ok()?,
        })
    }

    /// Paths seen from the process's working folder.
    pub fn from_current_dir(root: &Path) -> Option<ShownPaths> {
        ShownPaths::new(root, &std::env::current_dir().ok()?)
    }

    /// A `/`-separated name relative to the project root, as shown to the user.
    pub fn show(&self, name: &str) -> String {
        let path = name
            .split('/')
            .filter(|part| !part.is_empty())
            .fold(self.root.clone(), |path, part| path.join(part));
        self.show_path(&path)
    }

    /// Any path under the project (an absolute one), as shown to the user.
    pub fn show_path(&self, path: &Path) -> String {
        match path.strip_prefix(&self.cwd) {
            Ok(relative) if relative.as_os_str().is_empty() => ".".to_string(),
            Ok(relative) => slashed(relative),
            Err(_) => path.to_string_lossy().into_owned(),
        }
    }

    /// The project root, canonical.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A path shown to users: relative to the root when it lies inside it, `/`-separated.
pub fn display_name(root: &Path, path: &Path) -> String {
    slashed(path.strip_prefix(root).unwrap_or(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_rank_by_the_part_of_the_input_they_lie_in() {
        let ranks: Vec<usize> = [
            "claimcheck.yaml",
            "sources/sources.yaml",
            "sources/deep/article.txt",
            "entities/places.yaml",
            "claims/a.yaml",
            "rules/r.yaml",
            "coverage.yaml",
            "/elsewhere/claims/a.yaml",
        ]
        .map(input_rank)
        .to_vec();
        assert_eq!(ranks, [0, 1, 1, 2, 3, 4, 5, 5]);
    }

    /// The same answer as [`File::line_column`], found by scanning the text: the reference
    /// the line index is tested against.
    fn line_column(text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        // Line breaks as editors count them: `\n`, `\r\n` and a lone `\r` are one each; the
        // `\r` of a `\r\n` is on the line it ends.
        let bytes = text.as_bytes();
        let ends_a_line = |at: usize| {
            bytes[at] == b'\n' || (bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n'))
        };
        let line = (0..offset).filter(|&at| ends_a_line(at)).count() + 1;
        let line_start = (0..offset)
            .rev()
            .find(|&at| ends_a_line(at))
            .map_or(0, |at| at + 1);
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    #[test]
    fn the_line_index_agrees_with_a_scan_at_every_offset() {
        for text in [
            "a: 1\n云南: x\n\nlast",
            "a: 1\r\nb: 2\r\n",
            "a: 1\rb: 2\r\rc: 3",
            "a\n\r\nb\r\r\nc\rd",
        ] {
            let mut files = Files::default();
            let id = files.add("f".into(), PathBuf::from("f"), text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    files.line_column(id, offset),
                    line_column(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_as_a_line_feed_does() {
        let text = "one\rtwo\r\nthree\nfour\r";
        let mut files = Files::default();
        let id = files.add("f".into(), PathBuf::from("f"), text);
        let file = files.get(id);
        assert_eq!(file.line_count(), 5);
        let lines: Vec<&str> = (1..=5).map(|line| &text[file.line_bounds(line)]).collect();
        assert_eq!(lines, ["one", "two", "three", "four", ""]);
        assert_eq!(files.line_column(id, text.find("two").unwrap()), (2, 1));
        assert_eq!(
            files.line_column(id, text.find("four").unwrap() + 2),
            (4, 3)
        );
    }

    #[test]
    fn paths_are_shown_from_the_working_folder_when_under_it_else_absolute() {
        let scratch = tempfile::tempdir().unwrap();
        let repository = scratch.path().canonicalize().unwrap();
        let project = repository.join("sub");
        std::fs::create_dir_all(project.join("claims")).unwrap();
        let from_repository = ShownPaths::new(&project, &repository).unwrap();
        assert_eq!(
            from_repository.show("claims/a b.yaml"),
            "sub/claims/a b.yaml"
        );
        let from_project = ShownPaths::new(&project, &project).unwrap();
        assert_eq!(from_project.show("claims/a.yaml"), "claims/a.yaml");
        let from_claims = ShownPaths::new(&project, &project.join("claims")).unwrap();
        assert_eq!(from_claims.show("claims/a.yaml"), "a.yaml");
        let outside = project.join("rules/r.yaml");
        assert_eq!(from_claims.show("rules/r.yaml"), outside.to_string_lossy());
    }

    /// A file on disk holding `text`, registered as loading registers a YAML file whose
    /// records were read: its text let go, its fingerprint kept.
    fn let_go(dir: &Path, text: &[u8]) -> (Files, FileId, PathBuf) {
        let path = dir.join("claims.yaml");
        std::fs::write(&path, text).unwrap();
        let mut files = Files::default();
        let id = files.add("claims/claims.yaml".into(), path.clone(), "");
        files.read_again_when_shown(id, Fingerprint::of(text));
        (files, id, path)
    }

    const TEXT: &str = "claims:\n  - id: a\n    quote: 云南 has 16 prefectures\n";

    #[test]
    fn a_text_let_go_is_read_again_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let (files, id, _) = let_go(dir.path(), TEXT.as_bytes());
        assert_eq!(files.text(id), TEXT);
        let quote = TEXT.find("云南").unwrap();
        assert_eq!(files.line_column(id, quote), (3, 12));
        assert_eq!(files.changed().count(), 0);
    }

    /// What a changed file must give: spaces as long as the text that was read, whatever
    /// the file now holds, and the file named as changed.
    fn assert_stand_in(files: &Files, id: FileId) {
        let text = files.text(id);
        assert_eq!(text.len(), TEXT.len());
        assert!(text.bytes().all(|b| b == b' '), "{text:?}");
        for offset in 0..=TEXT.len() + 1 {
            assert_eq!(
                files.line_column(id, offset),
                (1, offset.min(TEXT.len()) + 1)
            );
        }
        assert_eq!(files.get(id).line_bounds(1), 0..TEXT.len());
        assert_eq!(files.changed().collect::<Vec<_>>(), ["claims/claims.yaml"]);
    }

    #[test]
    fn a_file_changed_since_it_was_read_gives_a_blank_stand_in_and_is_named() {
        let mut same_length = TEXT.as_bytes().to_vec();
        same_length[TEXT.find("16").unwrap()] = b'7';
        let shorter = &TEXT.as_bytes()[..TEXT.len() - 12];
        let longer = format!("{TEXT}  - id: b\n");
        // Invalid UTF-8 where the text has the first byte of `云`.
        let mut not_utf8 = TEXT.as_bytes().to_vec();
        not_utf8[TEXT.find("云").unwrap() + 1] = 0xff;
        for now in [&same_length[..], shorter, longer.as_bytes(), &not_utf8, b""] {
            let dir = tempfile::tempdir().unwrap();
            let (files, id, path) = let_go(dir.path(), TEXT.as_bytes());
            std::fs::write(&path, now).unwrap();
            assert_stand_in(&files, id);
        }
    }

    #[test]
    fn a_file_gone_or_turned_into_a_folder_gives_the_stand_in() {
        let dir = tempfile::tempdir().unwrap();
        let (files, id, path) = let_go(dir.path(), TEXT.as_bytes());
        std::fs::remove_file(&path).unwrap();
        assert_stand_in(&files, id);

        let dir = tempfile::tempdir().unwrap();
        let (files, id, path) = let_go(dir.path(), TEXT.as_bytes());
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        assert_stand_in(&files, id);
    }

    #[test]
    fn a_text_is_read_again_once_whatever_happens_to_the_file_after() {
        let dir = tempfile::tempdir().unwrap();
        let (files, id, path) = let_go(dir.path(), TEXT.as_bytes());
        let first = files.text(id).as_ptr();
        std::fs::write(&path, "changed").unwrap();
        assert_eq!(files.text(id), TEXT);
        assert_eq!(files.text(id).as_ptr(), first);
        assert_eq!(files.changed().count(), 0);
    }

    #[test]
    fn a_text_read_for_one_pass_is_not_kept_and_a_change_is_still_seen() {
        let dir = tempfile::tempdir().unwrap();
        let (files, id, path) = let_go(dir.path(), TEXT.as_bytes());
        let once = files.get(id).text_for_one_pass();
        assert_eq!(&*once, TEXT);
        assert!(files.get(id).text.get().is_none(), "not kept");
        std::fs::write(&path, TEXT.replace('a', "b")).unwrap();
        assert_eq!(&*files.get(id).text_for_one_pass(), " ".repeat(TEXT.len()));
        assert_eq!(files.changed().collect::<Vec<_>>(), ["claims/claims.yaml"]);
        let kept = files.get(id).text().as_ptr();
        assert_eq!(
            files.get(id).text_for_one_pass().as_ptr(),
            kept,
            "a kept text is shared"
        );
    }

    #[test]
    fn threads_asking_at_once_share_one_reading() {
        let dir = tempfile::tempdir().unwrap();
        let (files, id, _) = let_go(dir.path(), TEXT.as_bytes());
        let seen: Vec<(usize, (usize, usize))> = std::thread::scope(|scope| {
            let readers: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(|| {
                        let text = files.text(id);
                        assert_eq!(text, TEXT);
                        (text.as_ptr() as usize, files.line_column(id, TEXT.len()))
                    })
                })
                .collect();
            readers.into_iter().map(|r| r.join().unwrap()).collect()
        });
        assert!(seen.iter().all(|s| *s == seen[0]), "{seen:?}");
        assert_eq!(seen[0].1, (4, 1));
    }

    #[test]
    fn texts_set_or_added_are_kept_and_reading_all_fills_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let (mut files, id, path) = let_go(dir.path(), TEXT.as_bytes());
        let kept = files.add("stdin".into(), PathBuf::from("-"), "from stdin");
        files.read_all_texts();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(files.text(id), TEXT);
        assert_eq!(files.text(kept), "from stdin");
        // Setting a text replaces a fingerprint: nothing is read again.
        files.read_again_when_shown(id, Fingerprint::of(TEXT.as_bytes()));
        files.set_text(id, "set");
        assert_eq!(files.text(id), "set");
        assert_eq!(files.changed().count(), 0);
    }

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "a: 1\n云南: x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 5), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 5));
    }

    #[test]
    fn columns_on_lines_of_many_kilobytes_are_counted_as_on_short_ones() {
        let long: String = "a云é😀".repeat(20_000);
        let text = format!("short\n{long}\n\u{FEFF}{long}x\r\nend");
        let mut files = Files::default();
        let id = files.add("f".into(), PathBuf::from("f"), text.as_str());
        for offset in (0..text.len())
            .step_by(997)
            .chain([text.len() - 1, text.len()])
        {
            assert_eq!(
                files.line_column(id, offset),
                line_column(&text, offset),
                "at {offset}"
            );
        }
    }

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{FEFF}sourcez: x\nb: 1\n";
        let mut files = Files::default();
        let id = files.add("f".into(), PathBuf::from("f"), text);
        assert_eq!(files.line_column(id, 0), (1, 1));
        assert_eq!(files.line_column(id, 3), (1, 1), "`sourcez` is at column 1");
        assert_eq!(files.line_column(id, text.find('x').unwrap()), (1, 10));
        assert_eq!(files.line_column(id, text.find('b').unwrap()), (2, 1));
    }
}
