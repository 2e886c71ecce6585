//! The text of every file a run loaded, so that diagnostics can carry only a file id and
//! a byte range and the reporter attaches the text when it renders.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

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
    /// Empty for a file that could not be read.
    pub text: Arc<str>,
    /// Where the file's text was published (an article's source `url:`), when known.
    pub url: Option<String>,
    /// Byte offsets where each line starts, built on first use: reporters turn many spans
    /// into lines and columns, and must not rescan the file for each.
    line_starts: OnceLock<Vec<usize>>,
}

impl File {
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(at, _)| at + 1))
                .collect()
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let text: &str = &self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        (line, text[line_start..offset].chars().count() + 1)
    }

    /// The number of lines: a text ending with a newline has an empty last line.
    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// 1-based line of a byte offset (an offset inside a character counts as that
    /// character's line).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts().partition_point(|&start| start <= offset)
    }

    /// The bytes of a 1-based line, without its line break (`\n` or `\r\n`).
    pub fn line_bounds(&self, line: usize) -> std::ops::Range<usize> {
        let starts = self.line_starts();
        let line = line.clamp(1, starts.len());
        let start = starts[line - 1];
        let mut end = starts.get(line).map_or(self.text.len(), |next| next - 1);
        if end > start && self.text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }
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
        self.files.push(File {
            project_name: name.clone(),
            name,
            path,
            text: text.into(),
            url: None,
            line_starts: OnceLock::new(),
        });
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
        &self.get(id).text
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
        file.text = text.into();
        file.line_starts = OnceLock::new();
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

    /// The same answer as [`File::line_column`], found by scanning the text: the reference
    /// the line index is tested against.
    fn line_column(text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    #[test]
    fn the_line_index_agrees_with_a_scan_at_every_offset() {
        let text = "a: 1\n云南: x\n\nlast";
        let mut files = Files::default();
        let id = files.add("f".into(), PathBuf::from("f"), text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                files.line_column(id, offset),
                line_column(text, offset),
                "{offset}"
            );
        }
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

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "a: 1\n云南: x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 5), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 5));
    }
}
