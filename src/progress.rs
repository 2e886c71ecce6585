//! Progress of a run, told to whoever shows it: a plain callback, so that the stages that
//! report progress (loading, rule evaluation) need not know the run that calls them.

use std::fmt;
use std::sync::Arc;

/// The stages of a run that report progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// YAML files read and parsed, of all the project's YAML files.
    Parse,
    /// Rules evaluated, of the rules to run.
    Rules,
}

/// A callback told `(stage, done, total)` as a run goes on. It is called from rayon's
/// worker threads, in no particular order within a stage, so it must be cheap and
/// thread-safe; `done` only grows within a stage.
#[derive(Clone)]
pub struct Progress(Arc<dyn Fn(Stage, usize, usize) + Send + Sync>);

impl Progress {
    pub fn new(callback: impl Fn(Stage, usize, usize) + Send + Sync + 'static) -> Progress {
        Progress(Arc::new(callback))
    }

    pub fn report(&self, stage: Stage, done: usize, total: usize) {
        (self.0)(stage, done, total);
    }
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("Progress(..)")
    }
}
