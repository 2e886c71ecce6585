//! Where output goes: standard output (a closed pipe is no error), or a file written
//! atomically, never over the project's input.

use std::io::Write;
use std::path::{Path, PathBuf};

use claimcheck::files::Files;

/// Writes `text` to stdout; whether it was written, having said on stderr why not. A pipe
/// its reader closed is no failure (`claimcheck check --format json | head`): the reader
/// took what it wanted. Any other is, as the report is lost: a full disk, a device that
/// refuses it. (A standard output closed before the run, `>&-`, is not seen: the standard
/// library opens `/dev/null` in its place at start, as it would be redirected there.)
#[must_use = "a report not written must fail the run"]
pub fn print(text: impl AsRef<[u8]>) -> bool {
    match write_to_stdout(text.as_ref()) {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(error) => {
            eprintln!(
                "error: could not write to standard output: {error}\n  help: nothing was \
                 written, or only part; free the space or reopen the output, or write the \
                 report to a file with `--output`"
            );
            false
        }
    }
}

/// A command's exit code once it has printed `text`: clean, or invalid when it could not
/// (see [`print`]).
pub fn printed(text: impl AsRef<[u8]>) -> u8 {
    if print(text) {
        super::exit::CLEAN
    } else {
        super::exit::INVALID
    }
}

fn write_to_stdout(text: &[u8]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text)?;
    stdout.flush()
}

/// Warns on stderr when files the report shows findings in changed while the run read
/// them: what was shown of them is a blank stand-in (see
/// [`Files::read_again_when_shown`]), so the reviewer should not trust it. Call it once
/// everything that shows the files is written. The exit code stays what the findings make it.
pub fn warn_changed(files: &Files) {
    let changed: Vec<&str> = files.changed().collect();
    if let Some(warning) = changed_warning(&changed) {
        eprintln!("{warning}");
    }
}

/// The warning for the files `changed`, if any did.
fn changed_warning(changed: &[&str]) -> Option<String> {
    let names = changed
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let (subject, them, their) = match changed {
        [] => return None,
        [_] => (names, "it", "its"),
        _ => (
            format!("{} files, {names},", changed.len()),
            "them",
            "their",
        ),
    };
    Some(format!(
        "warning: {subject} changed while claimcheck ran: the findings in {them} are shown \
         without {their} text, and their lines and columns are not to be trusted; run the \
         check again"
    ))
}

/// Why writing `what` (the report, the baseline) to `output` would touch the input of the
/// project at `project` (its root, found above the path given), if it would: it is a file
/// the run read, or lies inside one of the input folders.
pub fn overwrites_input(
    output: &Path,
    project: &Path,
    files: &Files,
    what: &str,
) -> Option<String> {
    let output = where_written(output)?;
    if files
        .paths()
        .any(|read| read.canonicalize().is_ok_and(|read| read == output))
    {
        return Some("is a file this run read: claimcheck never overwrites its input".into());
    }
    let root = project.canonicalize().ok()?;
    // coverage.yaml is read by `claimcheck coverage`, not by this run, but is input all the same.
    let own_files = [
        claimcheck::config::FILE_NAME,
        claimcheck::citation::ignores::FILE,
    ];
    if own_files.iter().any(|name| output == root.join(name)) {
        return Some(
            "is one of the project's own files: claimcheck never overwrites its input".into(),
        );
    }
    let inside_input = ["claims", "sources", "entities", "rules"]
        .iter()
        .filter_map(|folder| root.join(folder).canonicalize().ok())
        .any(|folder| output.starts_with(folder));
    inside_input.then(|| {
        format!(
            "is inside the project's input folders (claims/, sources/, entities/, rules/): write {what} elsewhere"
        )
    })
}

/// The file writing to `path` would write, as the system resolves it, whether it exists
/// yet or not: a link to a file not written yet is where that file would be written.
pub fn where_written(path: &Path) -> Option<PathBuf> {
    let target = dangling_link_target(path).ok()?;
    if let Ok(resolved) = target.canonicalize() {
        return Some(resolved);
    }
    // The file may not exist yet, nor the folders above it (`claims/new/report.json`, which
    // writing then refuses): the nearest folder that exists is resolved, and the rest added.
    let mut rest = vec![target.file_name()?];
    let mut folder = target.parent();
    loop {
        let existing = match folder {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        if let Ok(resolved) = existing.canonicalize() {
            return Some(
                rest.iter()
                    .rev()
                    .fold(resolved, |path, part| path.join(part)),
            );
        }
        rest.push(existing.file_name()?);
        folder = existing.parent();
    }
}

/// Writes the report or baseline `text` to `path`. A regular file, new or existing, is
/// replaced atomically (see [`replace_atomically`]), so that a reader never sees half of
/// it. What is not a regular file is written in place, as the shell's `>` would: a device
/// or a pipe (`/dev/null`, `/dev/stdout`, a FIFO), which a rename would replace with a
/// regular file, for every later reader of that path. A link is followed: the file it
/// points at is replaced, and the link stays.
pub fn write_atomically(path: &Path, text: &[u8]) -> std::io::Result<()> {
    let in_place = || -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
        file.write_all(text)?;
        file.flush()
    };
    // `/dev/stdout` and `/dev/fd/1` name whatever the descriptor is open on, a terminal, a
    // pipe or a file the shell redirected to: the descriptor's, not a file to replace.
    if is_descriptor(path) {
        return in_place();
    }
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => replace_atomically(&path.canonicalize()?, text),
        Ok(metadata) if !metadata.is_dir() => in_place(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            replace_atomically(&dangling_link_target(path)?, text)
        }
        // A folder: the rename fails and says so.
        _ => replace_atomically(path, text),
    }
}

/// Whether `path` names an open file descriptor of this process rather than a file.
fn is_descriptor(path: &Path) -> bool {
    ["/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/"]
        .iter()
        .any(|prefix| path.to_str().is_some_and(|path| path.starts_with(prefix)))
}

/// Where a path that does not exist is to be created: itself, or, if it is a link to
/// nothing yet, the path the link (and the links after it) points at.
fn dangling_link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut target = path.to_path_buf();
    // As many links as the kernel follows before it gives up (ELOOP).
    for _ in 0..40 {
        match std::fs::symlink_metadata(&target) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let next = std::fs::read_link(&target)?;
                target = match target.parent() {
                    Some(folder) if next.is_relative() => folder.join(next),
                    _ => next,
                };
            }
            _ => return Ok(target),
        }
    }
    Err(std::io::Error::other(format!(
        "too many levels of links at `{}`",
        path.display()
    )))
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`. The
/// temporary file is removed if anything fails, or the run panics, before the rename.
fn replace_atomically(path: &Path, text: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimcheck-report-");
    // A report is an ordinary file, readable as the umask allows, not a temporary file's
    // owner-only mode (a CI job or a web server reads it as another user).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(folder)?;
    file.write_all(text)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let folder = tempfile::tempdir().unwrap();
        let report = folder.path().join("report.txt");
        std::fs::write(&report, "old").unwrap();
        let link = folder.path().join("link");
        std::os::unix::fs::symlink("report.txt", &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "new");

        // A link to a file not written yet creates the file, and the link stays.
        let dangling = folder.path().join("dangling");
        std::os::unix::fs::symlink("later.txt", &dangling).unwrap();
        write_atomically(&dangling, b"first").unwrap();
        assert!(
            dangling
                .symlink_metadata()
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let later = folder.path().join("later.txt");
        assert_eq!(std::fs::read_to_string(later).unwrap(), "first");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_written_in_place_and_stays_a_pipe() {
        use std::os::unix::fs::FileTypeExt;
        let folder = tempfile::tempdir().unwrap();
        let fifo = folder.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // A pipe's writer waits for a reader.
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        write_atomically(&fifo, b"report").unwrap();
        assert_eq!(reader.join().unwrap(), "report");
        assert!(fifo.metadata().unwrap().file_type().is_fifo());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_into_the_input_folders_is_refused_like_a_path_there() {
        let project = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(project.path().join("claims")).unwrap();
        let link = project.path().join("report-link");
        std::os::unix::fs::symlink(project.path().join("claims/report.yaml"), &link).unwrap();
        let files = Files::default();
        assert!(
            overwrites_input(&link, project.path(), &files, "the report")
                .is_some_and(|why| why.starts_with("is inside the project's input folders"))
        );
        // A link out of them is written through.
        let elsewhere = project.path().join("elsewhere-link");
        std::os::unix::fs::symlink(project.path().join("report.txt"), &elsewhere).unwrap();
        assert_eq!(
            overwrites_input(&elsewhere, project.path(), &files, "the report"),
            None
        );
    }

    #[test]
    fn a_path_in_a_folder_not_made_yet_inside_the_input_folders_is_refused() {
        let project = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(project.path().join("claims")).unwrap();
        let files = Files::default();
        let deep = project.path().join("claims/new/deeper/report.json");
        assert!(
            overwrites_input(&deep, project.path(), &files, "the report")
                .is_some_and(|why| why.starts_with("is inside the project's input folders"))
        );
        assert_eq!(
            overwrites_input(
                &project.path().join("out/new/report.json"),
                project.path(),
                &files,
                "the report"
            ),
            None
        );
    }

    #[test]
    fn a_regular_file_is_replaced() {
        let folder = tempfile::tempdir().unwrap();
        let report = folder.path().join("report.txt");
        std::fs::write(&report, "a much longer old report").unwrap();
        write_atomically(&report, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "new");
        let left: Vec<_> = std::fs::read_dir(folder.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_warning_names_every_changed_file_and_is_silent_when_none_changed() {
        assert_eq!(changed_warning(&[]), None);
        assert_eq!(
            changed_warning(&["claims/a.yaml"]).unwrap(),
            "warning: `claims/a.yaml` changed while claimcheck ran: the findings in it are \
             shown without its text, and their lines and columns are not to be trusted; run \
             the check again"
        );
        let two = changed_warning(&["claims/a.yaml", "sources/s.yaml"]).unwrap();
        assert_eq!(
            two,
            "warning: 2 files, `claims/a.yaml`, `sources/s.yaml`, changed while claimcheck ran: \
             the findings in them are shown without their text, and their lines and columns are \
             not to be trusted; run the check again"
        );
    }
}
