//! In-process benchmarks of the stages of a run (`cargo bench --bench check`).
//!
//! - `parse_only/<n>`: read and parse every YAML file of a generated project with
//!   `syntax::yaml::parse`, in parallel as `check` does, and nothing else: the baseline;
//! - `check/<n>`: the whole of `check::check` on the same project (load, validate, link,
//!   evaluate the rules, sort);
//! - `check/shipped-corpus`: `check::check` on the project's own corpus.
//!
//! `n` is 10,000 claims by default; set `CLAIMCHECK_BENCH_CLAIMS` (e.g. `100000`) for more.
//! Whole-binary figures at 10k, 100k and 1M claims come from `scripts/bench.sh`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use claimcheck::check;
use claimcheck::load::{self, Limits};
use criterion::{Criterion, criterion_group, criterion_main};
use rayon::prelude::*;

#[path = "../examples/generate.rs"]
#[allow(dead_code)]
mod generate;

fn yaml_files(root: &Path) -> Vec<PathBuf> {
    ["sources", "entities", "claims", "rules"]
        .iter()
        .flat_map(|folder| load::yaml_paths(root, &root.join(folder)).files)
        .collect()
}

/// Reads and parses every YAML file, returning the number of bytes parsed.
fn parse_only(files: &[PathBuf], limits: &Limits) -> usize {
    files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a readable file");
            claimcheck::syntax::yaml::parse(&text, limits).expect("valid YAML");
            text.len()
        })
        .sum()
}

fn benches(c: &mut Criterion) {
    let claims: usize = std::env::var("CLAIMCHECK_BENCH_CLAIMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let params = generate::Params {
        claims,
        seed: 1,
        planted: 3,
    };
    generate::generate(&params, dir.path()).expect("a generated project");
    let files = yaml_files(dir.path());
    let limits = Limits::default();
    let options = check::Options::default();

    let mut group = c.benchmark_group("generated");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function(format!("parse_only/{claims}"), |b| {
        b.iter(|| parse_only(&files, &limits))
    });
    group.bench_function(format!("check/{claims}"), |b| {
        b.iter(|| check::check(dir.path(), &options).diagnostics.len())
    });
    group.finish();

    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"));
    c.bench_function("check/shipped-corpus", |b| {
        b.iter(|| check::check(corpus, &options).diagnostics.len())
    });
}

criterion_group!(stages, benches);
criterion_main!(stages);
