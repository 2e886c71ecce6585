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
    /// Path relative to the project root, with `/` separators: what users see in messages.
    pub name: String,
    pub path: PathBuf,
    /// Empty for a file that could not be read.
    pub text: Arc<str>,
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
}

/// Every file of a run, in the order they were loaded.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<File>,
}

impl Files {
    pub fn add(&mut self, name: String, path: PathBuf, text: impl Into<Arc<str>>) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).expect("fewer than 4 billion files"));
        self.files.push(File {
            name,
            path,
            text: text.into(),
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

    pub fn text(&self, id: FileId) -> &str {
        &self.get(id).text
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
}

/// A path shown to users: relative to the root when it lies inside it, `/`-separated.
pub fn display_name(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
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
    fn line_column_counts_characters_not_bytes() {
        let text = "a: 1\n云南: x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 5), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 5));
    }
}
