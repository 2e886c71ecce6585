//! The human format drawn for a terminal: miette's graphical renderer over the reports of
//! [`super::human`]. Needs the `cli` feature (miette's renderer and textwrap).

use crate::diagnostic::Diagnostic;
use crate::files::Files;
use crate::report::human;

pub use crate::report::Style;

/// Every diagnostic as miette reports, each diagnostic followed by a blank line. Time grows
/// with what is printed: each excerpt reads only the lines it shows.
pub fn render(diagnostics: &[Diagnostic], files: &Files, style: Style) -> String {
    let theme = if style.color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        // Claim ids are hyphenated words: wrapping never splits one at a hyphen, and
        // breaks a word only when it is wider than a whole line.
        .with_break_words(true)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for diagnostic in diagnostics {
        for report in human::reports(diagnostic, files, style.width) {
            if handler.render_report(&mut out, &report).is_err() {
                out.push_str(&format!(
                    "{}: {}\n",
                    diagnostic.code.id(),
                    human::shown(&diagnostic.message)
                ));
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
// A diagnostic's labels are given as a list of spans, often of one.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use crate::diagnostic::Location;
    use crate::files::FileId;
    use proptest::prelude::*;

    fn plain(width: usize) -> Style {
        Style {
            width,
            color: false,
        }
    }

    fn one_file(text: &str) -> (Files, FileId) {
        let mut files = Files::default();
        let id = files.add("a.txt".into(), "a.txt".into(), text);
        (files, id)
    }

    /// The text a rendered report underlines on each source line, label by label:
    /// (line number, underlined text), read from the columns of the underline rows.
    fn underlined(out: &str) -> Vec<(usize, String)> {
        let rows: Vec<&str> = out.lines().collect();
        let mut found = Vec::new();
        for pair in rows.windows(2) {
            let (source, marks) = (pair[0], pair[1]);
            let Some(bar) = source.find(" │ ") else {
                continue;
            };
            let Ok(number) = source[..bar].trim().parse::<usize>() else {
                continue;
            };
            // One entry per display column: a wide character fills two.
            let source: Vec<Option<char>> = source
                .chars()
                .flat_map(|c| {
                    let wide = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1;
                    std::iter::once(Some(c)).chain(wide.then_some(None))
                })
                .collect();
            let marks: Vec<char> = marks.chars().collect();
            let text_column = source.iter().position(|&c| c == Some('│')).unwrap() + 2;
            if marks.get(text_column - 2) != Some(&'·') {
                continue;
            }
            let mut current = String::new();
            for (column, mark) in marks.iter().enumerate().skip(text_column) {
                if matches!(mark, '─' | '┬') {
                    if let Some(c) = source.get(column).copied().unwrap_or(Some(' ')) {
                        current.push(c);
                    }
                } else if !current.is_empty() {
                    found.push((number, std::mem::take(&mut current)));
                }
            }
            if !current.is_empty() {
                found.push((number, current));
            }
        }
        found
    }

    fn widest(out: &str) -> usize {
        out.lines().map(|l| l.chars().count()).max().unwrap_or(0)
    }

    /// The underlined text is the label's text, or its beginning followed by the
    /// ellipsis where the line was cut.
    fn points_at(underlined: &str, expected: &str) -> bool {
        underlined == expected
            || underlined
                .strip_suffix('…')
                .is_some_and(|shown| !shown.is_empty() && expected.starts_with(shown))
    }

    fn diagnostic(file: FileId, spans: &[std::ops::Range<usize>]) -> Diagnostic {
        let mut d = Diagnostic::new(
            Code::QuoteNotFound,
            "a finding",
            Location::new(file, spans[0].clone()),
            "this one",
        );
        for span in &spans[1..] {
            d = d.with_label(Location::new(file, span.clone()), "and this one too");
        }
        d
    }

    #[test]
    fn a_long_line_is_trimmed_around_its_label_and_keeps_its_place() {
        let line = format!(
            "{} the figure 1,562.01 is here {}\n",
            "word ".repeat(80),
            "tail ".repeat(80)
        );
        let (files, id) = one_file(&format!("first line\n{line}last line\n"));
        let at = files.text(id).find("1,562.01").unwrap();
        let out = render(&[diagnostic(id, &[at..at + 8])], &files, plain(80));
        assert!(widest(&out) <= 80, "{out}");
        assert_eq!(underlined(&out), vec![(2, "1,562.01".to_string())], "{out}");
        // The header gives the file's own line and column.
        assert!(out.contains("[a.txt:2:"), "{out}");
        let column = line.find("1,562.01").unwrap() + 1;
        assert!(out.contains(&format!("[a.txt:2:{column}]")), "{out}");
        assert!(out.contains('…'), "{out}");
    }

    #[test]
    fn labels_far_apart_show_only_their_lines() {
        let text: String = (1..=60).map(|n| format!("line {n}\n")).collect();
        let (files, id) = one_file(&text);
        let a = text.find("line 5\n").unwrap();
        let b = text.find("line 50\n").unwrap();
        let out = render(&[diagnostic(id, &[a..a + 6, b..b + 7])], &files, plain(100));
        assert_eq!(
            underlined(&out),
            vec![(5, "line 5".to_string()), (50, "line 50".to_string())]
        );
        assert!(!out.contains("line 20"), "the gap is left out:\n{out}");
        assert!(
            out.contains("line 4") && out.contains("line 51"),
            "context:\n{out}"
        );
    }

    #[test]
    fn labels_far_apart_on_one_long_line_get_windows_of_their_own() {
        let text = format!("start {} middle {} end\n", "x".repeat(300), "y".repeat(300));
        let (files, id) = one_file(&text);
        let a = text.find("start").unwrap();
        let b = text.find("middle").unwrap();
        let c = text.find("end").unwrap();
        let out = render(
            &[diagnostic(id, &[b..b + 6, a..a + 5, c..c + 3])],
            &files,
            plain(60),
        );
        assert!(widest(&out) <= 60, "{out}");
        let mut texts: Vec<String> = underlined(&out).into_iter().map(|(_, t)| t).collect();
        texts.sort();
        assert_eq!(texts, ["end", "middle", "start"], "{out}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let text = "name: \"evil \u{1b}[31mred\u{7}\"\n";
        let (files, id) = one_file(text);
        let at = text.find("evil").unwrap();
        let d = Diagnostic::new(
            Code::UnknownField,
            "the key `\u{1b}[2J` is unknown",
            Location::new(id, at..at + 12),
            "bell \u{7} here",
        )
        .with_help("no \u{9b} either")
        .with_note("nor \u{1b}");
        let out = render(&[d], &files, plain(100));
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.contains("␛[31mred␇"), "{out}");
        assert!(out.contains("\\u{9b}"), "{out}");
    }

    #[test]
    fn a_very_long_labelled_line_renders_without_panicking() {
        // One line of 64 KiB, labelled at many places (a one-line claims file).
        let text = format!("{}\n", "[a: 1, b: 2] ".repeat(5000));
        let (files, id) = one_file(&text);
        let spans: Vec<_> = (0..50).map(|i| i * 1300..i * 1300 + 12).collect();
        let out = render(&[diagnostic(id, &spans)], &files, plain(80));
        assert!(widest(&out) <= 80);
        assert_eq!(underlined(&out).len(), 50, "{out}");
        let whole = text.len() - 1;
        let out = render(&[diagnostic(id, &[0..whole])], &files, plain(80));
        assert!(widest(&out) <= 80, "{out}");
    }

    #[test]
    fn a_label_over_many_lines_shows_its_first_line() {
        let text: String = (1..=40).map(|n| format!("line {n}\n")).collect();
        let (files, id) = one_file(&text);
        let out = render(&[diagnostic(id, &[0..text.len()])], &files, plain(80));
        assert!(out.contains("line 1") && !out.contains("line 30"), "{out}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// At any width, on lines of any length, with wide and control characters, every
        /// label underlines its own text (or its beginning, up to an ellipsis) and no
        /// line is wider than the report.
        #[test]
        fn every_label_points_at_its_span(
            words in proptest::collection::vec("[a-z]{1,9}|云南省|\u{1b}|\t", 1..120),
            start_word in 0usize..120,
            length in 1usize..6,
            width in 40usize..140,
        ) {
            let line = words.join(" ");
            let text = format!("before\n{line}\nafter\n");
            let (files, id) = one_file(&text);
            let starts: Vec<usize> = std::iter::once(7)
                .chain(line.match_indices(' ').map(|(at, _)| 7 + at + 1))
                .collect();
            let start = starts[start_word % starts.len()];
            let end_word = (start_word % starts.len() + length).min(starts.len());
            let end = starts.get(end_word).map_or(7 + line.len(), |next| next - 1).max(start + 1);
            let out = render(&[diagnostic(id, &[start..end])], &files, plain(width));
            prop_assert!(widest(&out) <= width, "{}", out);
            let expected = crate::report::excerpt::shown_string(&text[start..end]).replace('\t', " ");
            let marks = underlined(&out);
            prop_assert_eq!(marks.len(), 1, "{}", out);
            prop_assert!(points_at(&marks[0].1, &expected), "{:?} vs {:?}\n{}", marks[0].1, expected, out);
        }

        /// Several labels on one line, near or far apart, each with a message: each is
        /// underlined on its own word, in its own window when the line is cut.
        #[test]
        fn labels_sharing_a_line_each_point_at_their_word(
            words in proptest::collection::vec("[a-z]{1,12}", 3..150),
            picks in proptest::collection::btree_set(0usize..150, 2..5),
            width in 50usize..130,
        ) {
            let line = words.join(" ");
            let text = format!("{line}\n");
            let (files, id) = one_file(&text);
            let starts: Vec<usize> = std::iter::once(0)
                .chain(line.match_indices(' ').map(|(at, _)| at + 1))
                .collect();
            let mut chosen: Vec<usize> = picks.iter().map(|p| p % words.len()).collect();
            chosen.sort_unstable();
            chosen.dedup();
            prop_assume!(chosen.len() >= 2);
            let spans: Vec<_> = chosen
                .iter()
                .map(|&w| starts[w]..starts[w] + words[w].len())
                .collect();
            let out = render(&[diagnostic(id, &spans)], &files, plain(width));
            prop_assert!(widest(&out) <= width, "{}", out);
            let mut found: Vec<String> = underlined(&out).into_iter().map(|(_, t)| t).collect();
            let mut expected: Vec<String> = chosen.iter().map(|&w| words[w].clone()).collect();
            found.sort();
            expected.sort();
            prop_assert_eq!(found, expected, "{}", out);
        }
    }
}
