//! Runs `check` on a project in process and prints how long each phase took: wall time,
//! CPU time of every thread, and CPU time of the calling thread, which is the work that
//! did not run on rayon's pool (see `claimcheck::timings`); and the process's peak resident
//! memory at the end of each phase, which shows the phase that raised it.
//!
//! ```sh
//! cargo run --release --example phases -- DIR
//! RAYON_NUM_THREADS=2 cargo run --release --example phases -- DIR
//! ```

/// The binary's allocator, so that the peak memory printed is what `claimcheck check` peaks at.
use std::path::Path;
use std::time::Duration;

use claimcheck::check;

fn seconds(duration: Duration) -> f64 {
    duration.as_secs_f64()
}

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: phases DIR");
        return std::process::ExitCode::from(2);
    };
    let threads = rayon::current_num_threads();
    // Generated projects of ten million claims are past the default budget of YAML bytes.
    let mut options = check::Options::default();
    options.limits.max_run_bytes = u64::MAX;
    let outcome = check::check(Path::new(&dir), &options);
    let timings = &outcome.timings;
    let total_cpu = timings.cpu().unwrap_or_default();
    println!(
        "{} claims, {} rules, {} diagnostics, {threads} threads",
        outcome.summary.claims,
        outcome.summary.rules,
        outcome.diagnostics.len()
    );
    println!(
        "| phase | wall | CPU | CPU / wall | CPU on the calling thread | peak RSS at its end |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let megabytes =
        |bytes: Option<u64>| bytes.map_or("?".to_string(), |b| format!("{} MB", b / 1_000_000));
    let cell =
        |time: Option<Duration>| time.map_or("?".to_string(), |t| format!("{:.2} s", seconds(t)));
    let ratio = |cpu: Option<Duration>, wall: Duration| {
        cpu.filter(|_| !wall.is_zero())
            .map_or("?".to_string(), |c| {
                format!("{:.2}", seconds(c) / seconds(wall))
            })
    };
    for phase in &timings.phases {
        println!(
            "| {} | {:.3} s | {} | {} | {} | {} |",
            phase.name,
            seconds(phase.wall),
            cell(phase.cpu),
            ratio(phase.cpu, phase.wall),
            cell(phase.calling_thread_cpu),
            megabytes(phase.peak_memory),
        );
    }
    let own = timings.calling_thread_cpu().unwrap_or_default();
    println!(
        "| total | {:.3} s | {} | {} | {} ({:.1}% of the CPU time) | |",
        seconds(timings.wall()),
        cell(Some(total_cpu)),
        ratio(Some(total_cpu), timings.wall()),
        cell(Some(own)),
        if total_cpu.is_zero() {
            0.0
        } else {
            100.0 * seconds(own) / seconds(total_cpu)
        },
    );
    std::process::ExitCode::SUCCESS
}
