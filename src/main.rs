//! The claimcheck command line: parse arguments, call the library, render, exit.

/// A large corpus builds a model of millions of small allocations; glibc's allocator spends
/// much of such a run in page faults and consolidation (see BENCHMARKS.md), mimalloc far less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::exit::report_panics();
    let invocation = cli::args::parse();
    ExitCode::from(cli::exit::run_guarded(|| cli::run(invocation)))
}
