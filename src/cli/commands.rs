//! The commands that answer from the code table or write a project's files: `explain`,
//! `list`, `init` and `schema`.

use std::path::Path;

use claimcheck::check;
use claimcheck::codes::Code;
use claimcheck::files::ShownPaths;
use claimcheck::report;

use super::args::ListWhat;
use super::{exit, output, terminal, wording};

/// `claimcheck list`: one table of the project, or the input errors that would leave it
/// incomplete.
pub fn list(what: ListWhat, path: &Path) -> u8 {
    let root = super::check::project_root(path);
    let mut outcome = check::check(&root, &check::Options::default());
    wording::check(&mut outcome);
    if let Some(shown) = ShownPaths::from_current_dir(&root) {
        outcome.show_paths(&shown);
    }
    if outcome.summary.input_errors > 0 {
        // The table would be incomplete: say why instead, with the input errors alone.
        outcome.keep_input_errors();
        let options = report::Options {
            style: terminal::style(),
            ..report::Options::default()
        };
        let report = report::Report {
            outcome: &outcome,
            options: &options,
        };
        let mut text = Vec::new();
        // Writing to memory cannot fail.
        let _ = report::human::render(&report, &mut text);
        let _written = output::print(&text);
        eprintln!(
            "claimcheck list: not listed, as the project has {} (above): fix {}, then list it",
            report::counted(outcome.summary.input_errors, "input error"),
            if outcome.summary.input_errors == 1 {
                "it"
            } else {
                "them"
            }
        );
        output::warn_changed(&outcome.project.files);
        return exit::INVALID;
    }
    let what = match what {
        ListWhat::Sources => claimcheck::list::Table::Sources,
        ListWhat::Claims => claimcheck::list::Table::Claims,
        ListWhat::Entities => claimcheck::list::Table::Entities,
        ListWhat::Rules => claimcheck::list::Table::Rules,
    };
    if !output::print(claimcheck::list::render(&outcome, what)) {
        return exit::INVALID;
    }
    exit::CLEAN
}

/// `claimcheck init`: a minimal working project, and the command that checks it.
pub fn init(path: &Path) -> u8 {
    match claimcheck::init::init(path) {
        Ok(written) => {
            for file in written {
                println!("created {}", file.display());
            }
            println!(
                "next: claimcheck check {}",
                shell_word(&path.display().to_string())
            );
            exit::CLEAN
        }
        Err(error) => {
            eprintln!("error: {error}");
            exit::INVALID
        }
    }
}

/// `text` as one word for a POSIX shell, so that a command printed for the user can be
/// pasted: as it is when every character is plain, else in single quotes.
fn shell_word(text: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "_-./:@%+=,".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Writes every schema file into `folder`, each atomically, and prints the paths written.
pub fn schema(folder: &Path) -> u8 {
    if let Err(error) = std::fs::create_dir_all(folder) {
        eprintln!("error: could not create {}: {error}", folder.display());
        return exit::INVALID;
    }
    for (name, text) in claimcheck::schema::files() {
        let path = folder.join(name);
        if let Err(error) = output::write_atomically(&path, text.as_bytes()) {
            eprintln!("error: could not write {}: {error}", path.display());
            return exit::INVALID;
        }
        println!("wrote {}", path.display());
    }
    exit::CLEAN
}

/// `claimcheck explain`: a code's explanation, a rule kind's parameters, or the index of
/// codes.
pub fn explain(code: Option<&str>) -> u8 {
    let Some(code) = code else {
        return output::printed(claimcheck::explain::index());
    };
    match Code::find(code) {
        Some(code) => output::printed(claimcheck::explain::code(code)),
        None => match claimcheck::rules::Kind::find(code) {
            Some(kind) => output::printed(kind.explanation()),
            None => {
                eprintln!(
                    "error: `{code}` is neither a claimcheck code nor a rule kind\n  help: codes look like CC020 \
                     (`claimcheck explain` lists them all); the rule kinds are {}",
                    claimcheck::rules::KINDS
                        .iter()
                        .map(|kind| kind.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                exit::INVALID
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_printed_for_the_shell_is_one_word() {
        assert_eq!(shell_word("my-project/é"), "my-project/é");
        assert_eq!(shell_word("new é/deep"), "'new é/deep'");
        assert_eq!(shell_word("it's $HOME"), "'it'\\''s $HOME'");
        assert_eq!(shell_word(""), "''");
    }
}
