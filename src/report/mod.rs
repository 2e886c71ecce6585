//! Turning diagnostics into output. Each format is one module; all of them read the same
//! [`Diagnostic`](crate::diagnostic::Diagnostic) data and the file texts of the run.

pub mod coverage;
pub mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
#[cfg(feature = "cli")]
pub mod terminal;
