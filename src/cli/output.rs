//! Where output goes: standard output (a closed pipe is no error), or a file written
//! atomically, never over the project's input.

use std::io::Write;
use std::path::{Path, PathBuf};

use claimcheck::files::Files;

/// Writes to stdout, ignoring a closed pipe (`claimcheck | head`).
pub fn print(text: impl AsRef<[u8]>) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_ref());
    let _ = stdout.flush();
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

/// Why writing the report or baseline to `output` would touch the input of the project at
/// `project` (its root, found above the path given), if it would: it is a file the run
/// read, or lies inside one of the input folders.
pub fn overwrites_input(output: &Path, project: &Path, files: &Files) -> Option<&'static str> {
    let resolve = |path: &Path| -> Option<PathBuf> {
        // The output may not exist yet: resolve its folder, then add its name.
        let folder = match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        Some(folder.canonicalize().ok()?.join(path.file_name()?))
    };
    let output = resolve(output)?;
    let output = output.canonicalize().unwrap_or(output);
    if files
        .paths()
        .any(|read| read.canonicalize().is_ok_and(|read| read == output))
    {
        return Some("is a file this run read: claimcheck never overwrites its input");
    }
    let root = project.canonicalize().ok()?;
    // coverage.yaml is read by `claimcheck coverage`, not by this run, but is input all the same.
    let own_files = [
        claimcheck::config::FILE_NAME,
        claimcheck::citation::ignores::FILE,
    ];
    if own_files.iter().any(|name| output == root.join(name)) {
        return Some("is one of the project's own files: claimcheck never overwrites its input");
    }
    let inside_input = ["claims", "sources", "entities", "rules"]
        .iter()
        .filter_map(|folder| root.join(folder).canonicalize().ok())
        .any(|folder| output.starts_with(folder));
    inside_input.then_some(
        "is inside the project's input folders (claims/, sources/, entities/, rules/): write the report elsewhere",
    )
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a
/// reader never sees a half-written report. The temporary file is removed if anything
/// fails, or the run panics, before the rename.
pub fn write_atomically(path: &Path, text: &[u8]) -> std::io::Result<()> {
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
