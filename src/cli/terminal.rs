//! What the command line learns from the terminal: the width to wrap at, whether to use
//! colour, and the progress bar of a long run.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::{Duration, Instant};

use claimcheck::progress::{Progress, Stage};
use claimcheck::report;

/// Where a report is written: standard output, or a file (`--output FILE`), which is never
/// a terminal, whatever standard output is.
#[derive(Clone, Copy, PartialEq)]
pub enum Destination {
    Stdout,
    File,
}

/// The width to wrap human output at: `COLUMNS` when set (tests fix it), else the
/// terminal's width, else 100 columns for a pipe or a file.
fn width(to: Destination) -> usize {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|w| w.parse().ok()) {
        return columns;
    }
    if to == Destination::Stdout
        && std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size()
    {
        return usize::from(width);
    }
    100
}

/// How human output written to standard output is drawn: at the terminal's width, in colour
/// only on a terminal and unless `NO_COLOR` is set.
pub fn style() -> report::Style {
    style_for(Destination::Stdout)
}

/// How human output written `to` is drawn: a file gets no colour and the width of a pipe.
pub fn style_for(to: Destination) -> report::Style {
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && to == Destination::Stdout
        && std::io::stdout().is_terminal();
    report::Style {
        width: width(to),
        color,
    }
}

/// A progress bar on stderr, drawn only once a run has lasted a second, and only when
/// stderr is a terminal (never in machine formats: the caller asks only for human output).
pub struct Bar {
    bar: indicatif::ProgressBar,
    started: Instant,
}

pub fn progress_bar() -> Option<Arc<Bar>> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>16} [{bar:40}] {pos}/{len} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    Some(Arc::new(Bar {
        bar,
        started: Instant::now(),
    }))
}

impl Bar {
    pub fn callback(self: &Arc<Self>) -> Progress {
        let this = Arc::clone(self);
        Progress::new(move |stage, done, total| this.update(stage, done, total))
    }

    fn update(&self, stage: Stage, done: usize, total: usize) {
        let message = match stage {
            Stage::Parse => "files parsed",
            Stage::Rules => "rules evaluated",
        };
        if self.bar.message() != message {
            self.bar.set_length(total as u64);
            self.bar.set_position(0);
            self.bar.set_message(message);
        }
        // Positions arrive from several threads out of order: only move forward.
        if done as u64 > self.bar.position() {
            self.bar.set_position(done as u64);
        }
        if self.bar.is_hidden() && self.started.elapsed() >= Duration::from_secs(1) {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
