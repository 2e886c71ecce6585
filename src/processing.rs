//! Which input file the current thread is working on, so that an internal error (a panic,
//! which is a bug in claimcheck) can name the file that triggered it.
//!
//! The loader, the citation checks and coverage mark the file they are processing with
//! [`within`]; the command line's panic hook reads [`current_file`] on the panicking
//! thread. Marking costs one thread-local write per file, never per claim.

use std::cell::RefCell;

thread_local! {
    static CURRENT_FILE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `work` with `file` (a name as shown to users) marked as the file being processed
/// on this thread; the previous mark is restored afterwards.
pub fn within<R>(file: &str, work: impl FnOnce() -> R) -> R {
    let previous = CURRENT_FILE.with(|current| current.replace(Some(file.to_string())));
    let result = work();
    CURRENT_FILE.with(|current| *current.borrow_mut() = previous);
    result
}

/// The file this thread is processing, if one is marked.
pub fn current_file() -> Option<String> {
    CURRENT_FILE
        .try_with(|current| current.try_borrow().ok().and_then(|c| c.clone()))
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_holds_inside_and_is_restored_after() {
        assert_eq!(current_file(), None);
        within("claims/a.yaml", || {
            assert_eq!(current_file().as_deref(), Some("claims/a.yaml"));
            within("sources/a.txt", || {
                assert_eq!(current_file().as_deref(), Some("sources/a.txt"));
            });
            assert_eq!(current_file().as_deref(), Some("claims/a.yaml"));
        });
        assert_eq!(current_file(), None);
    }
}
