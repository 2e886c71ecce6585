//! The command line over the library: the arguments ([`args`]), the commands, where their
//! output goes ([`output`]), what the terminal allows ([`terminal`]) and the exit codes
//! ([`exit`]).

pub mod args;
mod check;
mod commands;
pub mod exit;
mod manual;
mod options;
mod output;
mod terminal;
mod wording;

use args::{Command, Invocation};

/// Runs what the command line asks for and returns the exit code.
pub fn run(invocation: Invocation) -> u8 {
    let cli = match invocation {
        Invocation::ParseOnly(path) => return check::parse_only(&path),
        Invocation::Command(cli) => *cli,
    };
    match cli.command {
        Some(Command::Check(args)) => check::run(&args),
        None => check::run(&cli.check),
        Some(Command::Coverage(args)) => check::run_coverage(&args),
        Some(Command::Explain { code }) => commands::explain(code.as_deref()),
        Some(Command::List { what, path }) => commands::list(what, &path),
        Some(Command::Init { path }) => commands::init(&path),
        Some(Command::Schema { out }) => commands::schema(&out),
        Some(Command::Completions { shell }) => manual::completions(shell),
        Some(Command::Man { subcommand }) => manual::manual(subcommand.as_deref()),
    }
}
