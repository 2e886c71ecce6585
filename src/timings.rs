//! How long each phase of a run took, in wall time and in CPU time, so that a benchmark
//! can tell the work spread over every core from the work left on one.
//!
//! Each phase records its CPU time twice: the whole process's (every thread's), and the
//! calling thread's alone. Parallel work runs on rayon's pool, whose workers are other
//! threads (the caller waits while they work), so the calling thread's CPU time is the work
//! that was not spread over the cores. Unlike a comparison of wall and CPU time, that does
//! not depend on how busy the machine is.
//!
//! CPU times are read from `/proc/self/stat` and `/proc/thread-self/stat` where there are
//! such files (Linux), in clock ticks of 10 ms: `None` elsewhere. Each phase also records the
//! process's peak resident memory so far (`VmHWM` of `/proc/self/status`), so that a
//! benchmark sees which phase raised it.

use std::time::{Duration, Instant};

/// One phase of a run.
#[derive(Clone, Debug)]
pub struct Phase {
    pub name: &'static str,
    pub wall: Duration,
    /// CPU time of every thread of the process during the phase.
    pub cpu: Option<Duration>,
    /// CPU time of the thread that ran the phase: its work that was not parallel.
    pub calling_thread_cpu: Option<Duration>,
    /// The process's peak resident memory in bytes, from its start to the phase's end.
    pub peak_memory: Option<u64>,
}

/// The phases of a run, in the order they ran.
#[derive(Clone, Debug, Default)]
pub struct Timings {
    pub phases: Vec<Phase>,
}

/// When a phase started, for a phase that is not one closure.
#[derive(Clone, Copy, Debug)]
pub struct Started {
    wall: Instant,
    cpu: Option<Duration>,
    thread_cpu: Option<Duration>,
}

impl Started {
    pub fn now() -> Started {
        Started {
            cpu: process_cpu_time(),
            thread_cpu: thread_cpu_time(),
            wall: Instant::now(),
        }
    }
}

impl Timings {
    /// Runs `work` as the phase `name`, recording its times.
    pub fn time<R>(&mut self, name: &'static str, work: impl FnOnce() -> R) -> R {
        let started = Started::now();
        let result = work();
        self.record(name, started);
        result
    }

    /// Records the phase `name`, from `started` until now.
    pub fn record(&mut self, name: &'static str, started: Started) {
        let wall = started.wall.elapsed();
        let since = |now: Option<Duration>, then: Option<Duration>| {
            now.zip(then)
                .map(|(after, before)| after.saturating_sub(before))
        };
        self.phases.push(Phase {
            name,
            wall,
            cpu: since(process_cpu_time(), started.cpu),
            calling_thread_cpu: since(thread_cpu_time(), started.thread_cpu),
            peak_memory: peak_memory(),
        });
    }

    /// Adds the phases of `other` after these.
    pub fn append(&mut self, other: Timings) {
        self.phases.extend(other.phases);
    }

    /// The sum of the phases' wall times.
    pub fn wall(&self) -> Duration {
        self.phases.iter().map(|p| p.wall).sum()
    }

    /// The sum of the phases' CPU times, if known.
    pub fn cpu(&self) -> Option<Duration> {
        self.phases.iter().map(|p| p.cpu).sum()
    }

    /// The sum of the phases' CPU times on the calling thread, if known.
    pub fn calling_thread_cpu(&self) -> Option<Duration> {
        self.phases.iter().map(|p| p.calling_thread_cpu).sum()
    }
}

/// Clock ticks per second of `/proc/self/stat`'s times: `USER_HZ`, 100 on every Linux
/// architecture's user-space ABI.
const TICKS_PER_SECOND: u64 = 100;

/// User plus system time of every thread of this process so far.
pub fn process_cpu_time() -> Option<Duration> {
    cpu_time_in("/proc/self/stat")
}

/// User plus system time of the calling thread so far.
pub fn thread_cpu_time() -> Option<Duration> {
    cpu_time_in("/proc/thread-self/stat")
}

/// The process's peak resident set size so far, in bytes: `VmHWM` of `/proc/self/status`.
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kilobytes * 1024)
}

/// The user plus system time a `stat` file of `/proc` gives.
fn cpu_time_in(path: &str) -> Option<Duration> {
    let stat = std::fs::read_to_string(path).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let mut fields = after_name.split_whitespace();
    // Fields 3.. follow the name; utime and stime are fields 14 and 15.
    let user: u64 = fields.nth(11)?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis(
        (user + system) * 1000 / TICKS_PER_SECOND,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_are_recorded_in_order_with_their_times() {
        let mut timings = Timings::default();
        let answer = timings.time("spin", || {
            let started = Instant::now();
            let mut n = 0u64;
            while started.elapsed() < Duration::from_millis(30) {
                n = std::hint::black_box(n.wrapping_add(1));
            }
            42
        });
        timings.time("nothing", || ());
        assert_eq!(answer, 42);
        let names: Vec<&str> = timings.phases.iter().map(|p| p.name).collect();
        assert_eq!(names, ["spin", "nothing"]);
        assert!(timings.phases[0].wall >= Duration::from_millis(30));
        assert!(timings.wall() >= timings.phases[0].wall);
        if cfg!(target_os = "linux") {
            let (cpu, own) = (
                timings.cpu().unwrap(),
                timings.calling_thread_cpu().unwrap(),
            );
            // The spin ran on this thread: its 30 ms, give or take a tick of 10 ms.
            assert!(own >= Duration::from_millis(10), "{own:?}");
            assert!(cpu >= own, "{cpu:?} {own:?}");
            let peak = timings.phases[1].peak_memory.unwrap();
            assert!(peak > 0 && peak >= timings.phases[0].peak_memory.unwrap());
        }
    }
}
