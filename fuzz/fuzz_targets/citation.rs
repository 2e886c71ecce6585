#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

/// An empty scratch folder, made once per fuzzing process; each input writes its one-source
/// project there.
fn project() -> &'static PathBuf {
    static PROJECT: OnceLock<PathBuf> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let name = format!("claimcheck-fuzz-citation-{}", std::process::id());
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimcheck::fuzzing::citation(project(), data));
