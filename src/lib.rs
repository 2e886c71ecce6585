//! claimcheck: a fact-checking and consistency validator.
//!
//! Auditors encode the claims that articles make as YAML, each citing its source. This
//! library loads such a project ([`load`]), validates it into a [`model::Project`],
//! checks every claim's quote, value and members against its article ([`citation`]),
//! evaluates consistency rules over the claims, and returns every discrepancy as a
//! [`diagnostic::Diagnostic`]: data that the [`report`] modules render for people and
//! machines. The command line (`src/main.rs`) is a thin layer over [`check::check`].

#![forbid(unsafe_code)]

pub mod baseline;
pub mod check;
pub mod citation;
pub mod codes;
pub mod config;
pub mod diagnostic;
pub mod files;
pub mod fuzzing;
pub mod init;
pub mod list;
pub mod load;
pub mod model;
pub mod normalize;
pub mod processing;
pub mod quantity;
pub mod report;
pub mod rules;
pub mod schema;
pub mod suggest;
pub mod suppress;
#[cfg(test)]
mod testing;
pub mod timings;
pub mod words;
