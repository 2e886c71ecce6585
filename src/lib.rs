//! claimcheck: a fact-checking and consistency validator.
//!
//! Auditors encode the claims that articles make as YAML, each citing its source. This
//! library loads such a project ([`load`]), validates it into a [`model::Project`],
//! checks every claim's quote, value and members against its article ([`citation`]),
//! evaluates consistency rules over the claims, and returns every discrepancy as a
//! [`diagnostic::Diagnostic`]: data that the [`report`] modules render for people and
//! machines. The command line (`src/main.rs` over `src/cli/`) is a thin layer over
//! [`check::check`].
//!
//! # Layers
//!
//! The modules form layers, and each uses only the layers below its own, never a sibling
//! (`tests/layers.rs` checks this). From the bottom:
//!
//! 0. the [`severity`] levels;
//! 1. foundations, which use nothing above them but severities: the code table
//!    ([`codes`]), files and their texts ([`files`]), exact figures ([`quantity`]),
//!    [`date`]s, name matching ([`normalize`], [`suggest`]), [`words`], the particles of
//!    [`korean`], the case endings of [`bengali`] and [`tamil`], the proclitics of
//!    [`proclitics`],
//!    [`processing`],
//!    [`progress`] and phase [`timings`];
//! 2. [`diagnostic`]: findings as data, locations and located values;
//! 3. [`syntax`]: a file's text read inside the project, its spanned YAML tree, record
//!    shapes and the field reader, used by loading and by the rule kinds alike;
//! 4. [`model`], the validated project as plain data, and [`config`];
//! 5. [`suppress`], [`baseline`] and the [`facts`] findings carry for machines;
//! 6. [`load`]: the project's files into the model;
//! 7. the checks, [`citation`] and [`rules`], each on the model and the syntax layer;
//! 8. the run, [`check`];
//! 9. [`report`], [`list`], [`schema`] and [`explain`]; then [`init`] and [`fuzzing`];
//! 10. the command line, `src/main.rs` and `src/cli/` (binary only).

// The library reports through its return values: it neither writes to the terminal nor
// ends the process (the binary decides both). Package-wide lints are in Cargo.toml.
#![warn(clippy::print_stdout, clippy::print_stderr, clippy::exit)]

pub mod baseline;
pub mod bengali;
pub mod check;
pub mod citation;
pub mod codes;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod explain;
pub mod facts;
pub mod files;
pub mod fuzzing;
pub mod hashing;
pub mod init;
pub mod intern;
pub mod korean;
pub mod list;
pub mod load;
pub mod malayalam;
pub mod marathi;
pub mod model;
pub mod normalize;
pub mod ordered;
pub mod processing;
pub mod proclitics;
pub mod progress;
pub mod quantity;
pub mod report;
pub mod rules;
pub mod schema;
pub mod severity;
pub mod sharding;
pub mod suggest;
pub mod suppress;
pub mod syntax;
pub mod tamil;
#[cfg(test)]
mod testing;
pub mod timings;
pub mod words;
