//! Writes the table of number words in six languages (`src/citation/number_words/
//! spellings.rs`) as static arrays, which `src/citation/number_words.rs` includes: built
//! at run time, the table took a third of the check of a small project.

use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "src/citation/number_words/senses.rs"]
mod senses;
#[path = "src/citation/number_words/spellings.rs"]
mod spellings;

fn main() {
    for input in [
        "build.rs",
        "src/citation/number_words/senses.rs",
        "src/citation/number_words/spellings.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let table = spellings::table();
    let mut out =
        String::from("// Written by build.rs from src/citation/number_words/spellings.rs.\n\n");
    writeln!(
        out,
        "static SPELLINGS: [(&str, Sense); {}] = [",
        table.spellings.len()
    )
    .unwrap();
    for (spelling, sense) in &table.spellings {
        let kind = match sense.kind {
            senses::Kind::BelowThousand(value) => format!("Kind::BelowThousand({value})"),
            senses::Kind::Thousand => "Kind::Thousand".to_string(),
        };
        writeln!(
            out,
            "    ({spelling:?}, Sense {{ langs: {}, kind: {kind} }}),",
            sense.langs
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "static WORDS: [&str; {}] = [", table.words.len()).unwrap();
    for word in &table.words {
        writeln!(out, "    {word:?},").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "static OPENINGS: [u32; 26] = {:?};", table.openings).unwrap();
    let path = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("number_words_table.rs");
    std::fs::write(&path, out).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
}
