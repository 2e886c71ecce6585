//! The text of every file a run loaded, so that diagnostics can carry only a file id and
//! a byte range and the reporter attaches the text when it renders.

use std::path::{Path, PathBuf};
use std::sync::Arc;

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
        self.files[id.0 as usize].text = text.into();
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, id: FileId, offset: usize) -> (usize, usize) {
        line_column(self.text(id), offset)
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
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

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "a: 1\n云南: x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 5), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 5));
    }
}
