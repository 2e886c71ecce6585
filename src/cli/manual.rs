//! The documents generated from the command definitions: the manual pages and the shell
//! completion scripts.

use super::args::Cli;
use super::{exit, output};

/// Prints the completion script of `shell`.
pub fn completions(shell: clap_complete::Shell) -> u8 {
    let mut command = <Cli as clap::CommandFactory>::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "claimcheck", &mut out);
    output::printed(String::from_utf8_lossy(&out).as_bytes())
}

/// The manual page of claimcheck, or of one of its subcommands: clap_mangen's sections
/// from the command definitions, with EXIT STATUS, ENVIRONMENT and EXAMPLES added to the
/// main page and SEE ALSO to every page.
pub fn manual(subcommand: Option<&str>) -> u8 {
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    let page_command = match subcommand {
        None => command.clone(),
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
                eprintln!(
                    "error: `{name}` is not a subcommand\n  help: the subcommands are {}",
                    names.join(", ")
                );
                return exit::INVALID;
            }
        },
    };
    let has_options = page_command.get_arguments().any(|a| !a.is_hide_set());
    let page = match subcommand {
        None => clap_mangen::Man::new(page_command),
        Some(name) => clap_mangen::Man::new(page_command).title(format!("claimcheck-{name}")),
    };
    let mut out = Vec::new();
    let rendered = (|| -> std::io::Result<()> {
        page.render_title(&mut out)?;
        page.render_name_section(&mut out)?;
        page.render_synopsis_section(&mut out)?;
        page.render_description_section(&mut out)?;
        if has_options {
            page.render_options_section(&mut out)?;
        }
        if subcommand.is_none() {
            page.render_subcommands_section(&mut out)?;
            out.extend_from_slice(MANUAL_SECTIONS.as_bytes());
            page.render_version_section(&mut out)
        } else {
            out.extend_from_slice(b".SH \"SEE ALSO\"\nclaimcheck(1)\n");
            Ok(())
        }
    })();
    match rendered {
        Ok(()) => output::printed(String::from_utf8_lossy(&out).as_bytes()),
        Err(error) => {
            eprintln!("error: could not render the manual page: {error}");
            exit::INVALID
        }
    }
}

/// The main page's sections that clap does not know about (roff).
const MANUAL_SECTIONS: &str = include_str!("../manual.roff");
