#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

/// A scratch copy of a fixture project, made once per fuzzing process; each input
/// replaces its `rules/fuzz.yaml`.
fn project() -> &'static PathBuf {
    static PROJECT: OnceLock<PathBuf> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let fixture =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/equation-pass");
        claimcheck::fuzzing::scratch_project(&fixture, "fuzz-rules_file")
            .expect("a scratch project")
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    claimcheck::fuzzing::project_file(project(), "rules/fuzz.yaml", data)
});
