#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

/// A scratch copy of a fixture project, made once per fuzzing process; each input
/// replaces its `claims/fuzz.yaml`.
fn project() -> &'static PathBuf {
    static PROJECT: OnceLock<PathBuf> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let fixture =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/count-fail");
        claimcheck::fuzzing::scratch_project(&fixture, "fuzz-claims_file")
            .expect("a scratch project")
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    claimcheck::fuzzing::project_file(project(), "claims/fuzz.yaml", data)
});
