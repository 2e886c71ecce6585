//! An article's decimal mark, as its own figures tell it.
//!
//! A figure with one point or comma before exactly three digits (`1.035`, `1,035`) reads
//! two ways: a decimal mark in one convention, a thousands separator in the other (see
//! [`Separators::Either`]). Other figures of the same article tell which convention it
//! keeps: `3.5`, `1,234.5`, `12,500,000`, `0.035` or `1.749 billion` are read only with a
//! decimal point, and `250,000` tells it too, as prose writes no 250 so
//! ([`groups_a_thousand`]); `3,5`, `1.234,5`, `12.500.000` or `27 208,5` only with a
//! decimal comma ([`Separators::Tells`]). An article whose figures tell one mark and never
//! the other is read by that mark; one that tells none, or both (a German article quoting
//! `Windows 3.1` beside `3,5 Prozent`), settles nothing, and both readings stay open.
//!
//! Figures written onto a word (`v2.5`, `A3,5`) are codes and tell nothing; dates state no
//! figure (`21.11.2020`).
//!
//! Cost: one reading of the article's numbers, done once per article and only when a
//! check needs it (see [`super::quote::Article::decimal_mark`]); `claimcheck coverage`
//! reuses the numbers it reads anyway.

use serde::Serialize;

use super::numbers::{
    DecimalMark, Language, Mention, Separators, decimal_digit, figure_word_start, number_spanning,
};
use super::spaced::Spaced;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Located, Location};
use crate::files::FileId;

/// What an article's figures say about its decimal mark: the first figure that only a
/// decimal point reads, and the first that only a decimal comma reads; or the mark its
/// source declares (`decimal_mark:`), which is read before them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMark {
    pub point: Option<Told>,
    pub comma: Option<Told>,
    pub declared: Option<DecimalMark>,
}

/// A figure that tells a decimal mark: as written, and where, in the text read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Told {
    pub written: String,
    pub span: std::ops::Range<usize>,
}

/// Whether the point or comma at `at`, between digits, may belong to a figure that only a
/// decimal comma reads ([`Separators::Tells`]): a comma before other than three digits
/// (`3,5`, `1.234,5`), after a lone zero (`0,035`) or after a group of a figure grouped by
/// spaces, points or apostrophes (`27 208,500`, `1.234,567`); a point between two groups
/// of three digits (`12.500.000`) or before a group and a comma (`1.234,5`). A cheap test
/// that holds for more figures than tell a comma (`1,00,000`); those are read.
fn may_tell_a_comma(text: &str, at: usize) -> bool {
    // Read in bytes: beside a character that is not ASCII (a digit of another script, a
    // no-break space, a curly apostrophe), the figure is read.
    let bytes = text.as_bytes();
    let digits_after = bytes[at + 1..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let rest = &bytes[at + 1 + digits_after..];
    let run_start = at
        - bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
    let ahead = |back: usize| run_start.checked_sub(back).map(|at| bytes[at]);
    if !rest.first().is_none_or(u8::is_ascii) || !ahead(1).is_none_or(|b| b.is_ascii()) {
        return true;
    }
    let separator_ahead = ahead(1).is_some_and(|b| matches!(b, b'.' | b',' | b'\'' | b' '));
    if separator_ahead && !ahead(2).is_none_or(|b| b.is_ascii()) {
        return true;
    }
    let grouped = separator_ahead && ahead(2).is_some_and(|b| b.is_ascii_digit());
    if bytes[at] == b',' {
        digits_after != 3 || &bytes[run_start..at] == b"0" || grouped
    } else {
        let separator_then_digit =
            matches!(rest, [b'.' | b',', digit, ..] if digit.is_ascii_digit());
        digits_after == 3 && (separator_then_digit || grouped)
    }
}

/// The most bytes [`word_before`] looks back.
const LONGEST_WORD_BEFORE: usize = 32;

/// Where the word before the one starting at `from` begins (`from` when none stands before
/// it, or one longer than any month's name).
fn word_before(text: &str, from: usize) -> usize {
    let before = text[..from].trim_end();
    if before.len() == from {
        return from;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(at, c)| !c.is_whitespace() && before.len() - at <= LONGEST_WORD_BEFORE)
        .last()
        .map_or(from, |(at, _)| at);
    if start > 0 && !text[..start].ends_with(char::is_whitespace) {
        return from;
    }
    start
}

/// The words before a number that make it a label, whose point tells no decimal mark:
/// `Artikel 3.1`, `§ 2.4`, `Web 2.0`, `Version 1.5`, `section 4.2`.
const LABELS_BEFORE: &[&str] = &[
    "artikel",
    "art.",
    "§",
    "abs.",
    "absatz",
    "kapitel",
    "abschnitt",
    "version",
    "web",
    "article",
    "section",
    "sec.",
    "chapter",
    "paragraph",
    "nr.",
    "no.",
    "chapitre",
    "artículo",
    "articolo",
    "capítulo",
    "capitolo",
];

/// Whether the number `mention` of `text` is a time of day, a day and month or a label
/// rather than a figure, so that its point or comma tells nothing of the article's decimal
/// mark: `14.30 Uhr`, `14.30h`, `am 3.10.`, `Artikel 3.1`.
fn names_no_figure(text: &str, mention: &Mention) -> bool {
    let written = &text[mention.span.clone()];
    let after = &text[mention.span.end..];
    let word_after = after
        .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let word_before = text[..mention.span.start]
        .trim_end_matches([' ', '\u{a0}', '\u{202f}'])
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    // An hour and its minutes, before a word of the clock (not `2.5 h`, a duration).
    let hour_and_minutes = written
        .split_once(['.', ','])
        .is_some_and(|(hour, minutes)| {
            matches!(hour.parse::<u32>(), Ok(0..=24))
                && minutes.len() == 2
                && matches!(minutes.parse::<u32>(), Ok(0..=59))
        });
    let time = hour_and_minutes && matches!(word_after, "Uhr" | "h" | "heures" | "uur");
    // `am 3.10.`: the 3rd of October, as German writes it, after a word that dates it (a
    // sentence may end on a figure: `closed at 3.10.`).
    let day_and_month = after.starts_with('.')
        && DATING_WORDS.contains(&word_before.as_str())
        && written.split_once('.').is_some_and(|(day, month)| {
            matches!(day.parse::<u32>(), Ok(1..=31)) && matches!(month.parse::<u32>(), Ok(1..=12))
        });
    time || day_and_month || LABELS_BEFORE.contains(&word_before.as_str())
}

/// The words before a day and month written `3.10.` that tell no decimal mark: those of
/// German that date it, and the articles of French, Spanish, Italian and Dutch that may
/// (`le 3.10.`, `al 3.10.`), where a decimal may stand too.
const DATING_WORDS: &[&str] = &[
    "am", "vom", "zum", "bis", "ab", "seit", "den", "dem", "le", "du", "au", "el", "del", "al",
    "il", "dal", "op", "tot", "sinds",
];

impl ArticleMark {
    /// The mark that `text`'s figures tell, as [`ArticleMark::from_mentions`] reads it from
    /// all of them, but reading only the figures that may tell one: those with a point or a
    /// comma beside a digit, each read where its word begins. The words between, most of
    /// an article, are skipped, and the reading stops once both marks are told.
    pub fn of(text: &str) -> ArticleMark {
        let bytes = text.as_bytes();
        let mut told = ArticleMark::default();
        // Where the last figure read ends: its other separators are read with it.
        let mut read_until = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            if at < read_until || !matches!(byte, b'.' | b',') {
                continue;
            }
            // A point or a comma is one byte, never inside another character.
            let digit_after = text[at + 1..].chars().next().and_then(decimal_digit);
            let digit_before = text[..at].chars().next_back().and_then(decimal_digit);
            // A separator between digits, or a point opening a fraction (`.5%`).
            if digit_after.is_none() || (digit_before.is_none() && byte == b',') {
                continue;
            }
            // Once a figure told a point, only one that may tell a comma is read: of an
            // English article's `212,634` and `11.2%`, none is.
            if told.point.is_some() && !may_tell_a_comma(text, at) {
                continue;
            }
            let Some(from) = figure_word_start(text, at) else {
                continue;
            };
            // From the word before, which may make a date of it (`November 1.5` is no figure).
            let from = word_before(text, from);
            // Up to the digit after it, where a fraction written without its zero starts. The
            // words an article's language reads otherwise (`ten`, `mil`) write no point or
            // comma: the mark is read alike in any.
            let Some(mention) = number_spanning(text, from, at, Language::UNDECLARED) else {
                continue;
            };
            read_until = mention.span.end;
            told.note(text, &mention);
            if told.point.is_some() && told.comma.is_some() {
                break;
            }
        }
        told
    }

    /// Records what `mention`, a number of `text`, tells, if it is the first to tell it.
    fn note(&mut self, text: &str, mention: &Mention) {
        let mark = match mention.separators {
            Separators::Tells(mark) => mark,
            Separators::Either if groups_a_thousand(&text[mention.span.clone()]) => {
                DecimalMark::Point
            }
            _ => return,
        };
        let first = match mark {
            DecimalMark::Point => &mut self.point,
            DecimalMark::Comma => &mut self.comma,
        };
        if first.is_none() && !mention.is_part_of_a_word(text) && !names_no_figure(text, mention) {
            *first = Some(Told {
                written: text[mention.span.clone()].to_string(),
                span: mention.span.clone(),
            });
        }
    }

    /// The mark that `mentions`, the numbers read from `text`, tell.
    pub fn from_mentions(text: &str, mentions: &[Mention]) -> ArticleMark {
        let mut told = ArticleMark::default();
        for mention in mentions {
            told.note(text, mention);
            if told.point.is_some() && told.comma.is_some() {
                break;
            }
        }
        told
    }

    /// The mark an article's source declares (`decimal_mark:`), with nothing read from its
    /// figures.
    pub fn declared(mark: DecimalMark) -> ArticleMark {
        ArticleMark {
            declared: Some(mark),
            ..ArticleMark::default()
        }
    }

    /// The article's decimal mark: the one its source declares, else the one its figures
    /// tell, when they tell only one.
    pub fn mark(&self) -> Option<DecimalMark> {
        if self.declared.is_some() {
            return self.declared;
        }
        self.told()
    }

    /// The mark the article's figures tell, when they tell only one.
    pub fn told(&self) -> Option<DecimalMark> {
        match (&self.point, &self.comma) {
            (Some(_), None) => Some(DecimalMark::Point),
            (None, Some(_)) => Some(DecimalMark::Comma),
            _ => None,
        }
    }

    /// The first figure that tells `mark`.
    pub fn telling(&self, mark: DecimalMark) -> Option<&Told> {
        match mark {
            DecimalMark::Point => self.point.as_ref(),
            DecimalMark::Comma => self.comma.as_ref(),
        }
    }

    /// What the article's source declares or its figures say, as a note tells it: `the
    /// article writes its decimals with a comma (`3,5 %`)`.
    pub fn described(&self) -> String {
        if let Some(mark) = self.declared {
            return format!(
                "the article's source says it writes its decimals with a {} (`decimal_mark: {}`)",
                mark_name(mark),
                mark_name(mark)
            );
        }
        match (&self.point, &self.comma) {
            (Some(point), None) => told_by(&point.written, "point"),
            (None, Some(comma)) => told_by(&comma.written, "comma"),
            (Some(point), Some(comma)) => format!(
                "the article writes decimals both with a point (`{}`) and with a comma (`{}`)",
                point.written, comma.written
            ),
            (None, None) => "no other figure of the article tells its decimal mark (as \
                             `3.5` or `3,5`, `12,500,000` or `12.500.000` would)"
                .to_string(),
        }
    }
}

/// Whether `written`, a figure that reads either way, has a comma before three zeros after
/// two digits or more (`250,000`, `£10,000`): prose writes no decimals as `250,000` for
/// 250, so it groups thousands, and the article's decimal mark is the point. Not `1,000`,
/// which a measure written to the thousandth is in German (`1,000 g/cm³`), nor a point
/// before three zeros: `1.000` is a ratio's decimals in English as well as a thousand in
/// German.
fn groups_a_thousand(written: &str) -> bool {
    let bytes = written.as_bytes();
    written.match_indices(',').any(|(at, _)| {
        let after = &bytes[at + 1..];
        let whole = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        whole >= 2 && after.starts_with(b"000") && !after.get(3).is_some_and(u8::is_ascii_digit)
    })
}

/// CC033's facts: the mark the source declares, the one the article's figures tell, and
/// the first figure that tells it.
#[derive(Serialize)]
struct DecimalMarkContradicted<'a> {
    declared: &'static str,
    told: &'static str,
    figure: &'a str,
}

/// CC033 when the figures of `spaced`, the article of source `source` (its text `file`),
/// tell only the other decimal mark than the source's `decimal_mark:` declares. The
/// declaration is still what the article is read by: the finding says the two disagree.
pub fn contradicted(
    source: &str,
    declared: &Located<DecimalMark>,
    spaced: &Spaced,
    file: FileId,
) -> Option<Diagnostic> {
    let told = ArticleMark::of(&spaced.text);
    let other = told.told().filter(|&mark| mark != declared.value)?;
    let figure = told.telling(other)?;
    let (declared_name, other_name) = (mark_name(declared.value), mark_name(other));
    let facts = DecimalMarkContradicted {
        declared: declared_name,
        told: other_name,
        figure: &figure.written,
    };
    let at = Location::new(file, spaced.original_span(figure.span.clone()));
    Some(
        Diagnostic::new(
            Code::DecimalMarkContradicted,
            format!(
                "source `{source}` says its article writes decimals with a {declared_name}, \
                 but the article's figures tell a {other_name}"
            ),
            declared.at,
            format!("`decimal_mark: {declared_name}`"),
        )
        .with_label(at, format!("read only with a decimal {other_name}"))
        .with_note(told_by(&figure.written, other_name))
        .with_note(format!(
            "its figures that read either way (`1.035`, `1,035`) are read with a decimal \
             {declared_name}, as declared"
        ))
        .with_help(format!(
            "if the article writes its decimals with a {other_name}, write `decimal_mark: \
             {other_name}` (or remove `decimal_mark:`, and its figures tell it); if \
             `{}` is no figure of the article's own (a version, a quoted label), the \
             declaration stands: turn this warning off in claimcheck.yaml \
             (`severity: {{CC033: off}}`)",
            figure.written
        ))
        .with_data(&facts),
    )
}

/// The word `decimal_mark:` names `mark` by.
pub fn mark_name(mark: DecimalMark) -> &'static str {
    match mark {
        DecimalMark::Point => "point",
        DecimalMark::Comma => "comma",
    }
}

/// How `figure` tells that the article's decimal mark is the one named `name`: by writing a decimal with
/// it (`3,5 %`), or by grouping its thousands with the other (`2.500.000`), which then
/// cannot be its decimal mark: the note quotes what the figure shows.
fn told_by(figure: &str, name: &str) -> String {
    let (mark, other) = match name {
        "point" => ('.', "commas"),
        _ => (',', "points"),
    };
    if figure.contains(mark) {
        format!("the article writes its decimals with a {name} (`{figure}`)")
    } else {
        format!(
            "the article groups its thousands with {other} (`{figure}`), so it writes its \
             decimals with a {name}"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_days_and_labels_tell_no_decimal_mark() {
        for text in [
            "Um 14.30 Uhr zählte die Stadt 1.035 Einwohner.",
            "Ab 9.15h zählte die Stadt 1.035 Einwohner.",
            "Am 3.10. zählte die Stadt 1.035 Einwohner.",
            "Nach Artikel 3.1 zählte die Stadt 1.035 Einwohner.",
            "Im Web 2.0 zählte die Stadt 1.035 Einwohner.",
            "Gemäß § 2.4 zählte die Stadt 1.035 Einwohner.",
        ] {
            assert_eq!(ArticleMark::of(text).mark(), None, "{text}");
        }
        // A figure with decimals still tells, at the end of a sentence too, and a duration.
        for text in [
            "Shares closed at 3.10. The town has 1.035 residents.",
            "It took 2.5 h and 1.035 people.",
        ] {
            assert_eq!(
                ArticleMark::of(text).mark(),
                Some(DecimalMark::Point),
                "{text}"
            );
        }
        assert_eq!(
            ArticleMark::of("Die Rate stieg auf 2.5 und die Stadt zählte 1.035 Einwohner.").mark(),
            Some(DecimalMark::Point)
        );
        assert_eq!(
            ArticleMark::of("Am 3.10.2020 stieg die Rate auf 3,5 Prozent.").mark(),
            Some(DecimalMark::Comma)
        );
    }

    #[test]
    fn a_time_written_with_a_point_beside_a_word_of_the_clock_tells_no_decimal_mark() {
        // Found from outside: `14.30` and `22.30` told a decimal point, so that `1,035 m` was
        // read as 1035 and `Rp 1.250` as 1.25.
        for text in [
            "Kulminacja fali nastąpiła o godz. 14.30. Poziom wody wyniósł 1,035 m.",
            "Banjir terjadi pukul 22.30 WIB. Harga beras naik menjadi Rp 1.250 per liter.",
            "Gempa terjadi 22.30 WITA. Harga beras naik menjadi Rp 1.250 per liter.",
            "La riunione è iniziata alle 14.30: il comune conta 1.035 abitanti.",
        ] {
            assert_eq!(mark(text), None, "{text}");
        }
        // The article's other figures still tell it, and no longer both.
        assert_eq!(
            mark("Nastąpiła o godz. 14.30. Poziom wzrósł o 3,5 m, przepływ 1,035 tys. m³/s."),
            Some(DecimalMark::Comma)
        );
        assert_eq!(
            mark("Terjadi pukul 22.30 WIB. Bantuan Rp 2,5 miliar, beras Rp 1.250 per liter."),
            Some(DecimalMark::Comma)
        );
        // A plain `14.30`, or one after `at`, is a decimal.
        assert_eq!(
            mark("Shares closed at 14.30. The town has 1,035 residents."),
            Some(DecimalMark::Point)
        );
    }

    #[test]
    fn the_note_says_what_the_telling_figure_shows() {
        let described = |text: &str| ArticleMark::of(text).described();
        assert_eq!(
            described("Die Wartezeit sank um 3,5 Prozent."),
            "the article writes its decimals with a comma (`3,5 Prozent`)"
        );
        assert_eq!(
            described("Das Land gibt 2.500.000 Euro."),
            "the article groups its thousands with points (`2.500.000`), so it writes its \
             decimals with a comma"
        );
        assert_eq!(
            described("It spent 12,500,000 dollars."),
            "the article groups its thousands with commas (`12,500,000`), so it writes its \
             decimals with a point"
        );
    }

    fn mark(text: &str) -> Option<DecimalMark> {
        ArticleMark::of(text).mark()
    }

    /// CC033 for `text` under a source that declares `declared`: its message, notes and the
    /// article's span it labels.
    fn contradiction(text: &str, declared: DecimalMark) -> Option<(String, Vec<String>, String)> {
        let file = FileId(0);
        let spaced = Spaced::article(text);
        let declared = Located::new(declared, Location::new(file, 0..0));
        let found = contradicted("s", &declared, &spaced, file)?;
        assert_eq!(found.code, Code::DecimalMarkContradicted);
        let article = found.labels.last()?.location.span();
        Some((found.message, found.notes, text[article].to_string()))
    }

    #[test]
    fn a_declaration_the_figures_contradict_is_reported_with_the_figure() {
        let (message, notes, figure) =
            contradiction("Die Quote liegt bei 3,5\nProzent.", DecimalMark::Point)
                .expect("3,5 tells a comma");
        assert_eq!(
            message,
            "source `s` says its article writes decimals with a point, but the article's \
             figures tell a comma"
        );
        assert_eq!(
            notes[0],
            "the article writes its decimals with a comma (`3,5 Prozent`)"
        );
        // Labelled in the article's own bytes, across its line break.
        assert_eq!(figure, "3,5\nProzent");
        let (_, notes, figure) =
            contradiction("It spent 12,500,000 dollars.", DecimalMark::Comma).expect("a point");
        assert_eq!(figure, "12,500,000");
        assert!(
            notes[0].contains("groups its thousands with commas"),
            "{notes:?}"
        );
        // Nothing to say: figures that agree, that tell nothing, or that tell both.
        assert_eq!(
            contradiction("Die Quote: 3,5 Prozent.", DecimalMark::Comma),
            None
        );
        assert_eq!(
            contradiction("The bridge is 1,035 km long.", DecimalMark::Comma),
            None
        );
        assert_eq!(
            contradiction("Windows 3.1 kostet 3,5 Prozent mehr.", DecimalMark::Point),
            None
        );
    }

    #[test]
    fn unambiguous_figures_tell_the_mark() {
        for text in [
            "Die Quote liegt bei 3,5 Prozent.",
            "Es gibt 12.500.000 Einwohner.",
            "Der Etat: 1.234,5 Euro.",
            "Il y a 27 208,5 hectares.",
            "Il reste 0,035 %.",
            "El total fue de 2,69 millones.",
        ] {
            assert_eq!(mark(text), Some(DecimalMark::Comma), "{text}");
        }
        for text in [
            "The rate is 3.5 percent.",
            "There are 12,500,000 residents.",
            "The budget: 1,234.5 dollars.",
            "A grant of Rs 1,00,000.",
            "Only 0.035 remained.",
            "It raised 1.749 billion yuan.",
            "It cost 1,035 billion yuan.",
            "Rates fell .5% in May.",
            "全市1.2万人",
        ] {
            assert_eq!(mark(text), Some(DecimalMark::Point), "{text}");
        }
    }

    #[test]
    fn a_comma_before_three_zeros_groups_thousands() {
        for text in [
            "a £250,000 grant for the 1,200 MW farm",
            "10,000 residents",
            "Die Stadt hat 250,000 Einwohner",
        ] {
            assert_eq!(mark(text), Some(DecimalMark::Point), "{text}");
            assert_eq!(
                ArticleMark::of(text).mark(),
                Some(DecimalMark::Point),
                "{text}"
            );
        }
        assert_eq!(
            ArticleMark::of("a £250,000 grant for the 1,200 MW farm").described(),
            "the article groups its thousands with commas (`250,000`), so it writes its \
             decimals with a point"
        );
        // Nor does a point before three zeros (a ratio of 1.000, or a thousand), a comma
        // before other digits, or a comma after one digit (a measure to the thousandth).
        for text in [
            "fell to 1.000",
            "2.000 Autos",
            "1,035 and 2,500",
            "Die Dichte beträgt 1,000 g/cm³",
        ] {
            assert_eq!(mark(text), None, "{text}");
        }
    }

    #[test]
    fn figures_that_read_either_way_codes_dates_and_plain_digits_tell_nothing() {
        for text in [
            "1.035 Einwohner und 2.500 Autos",
            "1,035 residents and 2,500 cars",
            "27 208 habitants, 1035 foyers",
            "On 21.11.2020 and 2020.11.21 it opened.",
            "the model v2.5 and the road A3,5",
            "",
        ] {
            assert_eq!(mark(text), None, "{text}");
            assert_eq!(ArticleMark::of(text), ArticleMark::default(), "{text}");
        }
    }

    /// Text made of figures written with points, commas and the words around them. Digits
    /// of another script stand apart from ASCII ones: no text writes a run of digits in two
    /// scripts (`1١21`), where the dates, read in ASCII digits, and the figures, read in any,
    /// part ways.
    fn figure_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = vec![
            "1",
            "03",
            "035",
            "12",
            "500",
            "0",
            "2020",
            ".",
            ",",
            " ",
            "'",
            "%",
            " %",
            "-",
            "v",
            "A",
            "km",
            " billion",
            " Mio.",
            " millones",
            "bn",
            "万",
            "21.11.",
            "November ",
            "Nov. ",
            " de ",
            " ١٢ ",
            " ١٫٥ ",
            " ١٬٥٠٠ ",
            "٫",
            "٬",
            "．",
            "(",
            "$",
            "Rs ",
            "laki ",
            "a.m.",
            " 3.5 ",
            " 12,500,000 ",
            " 12.500 ",
            "208,500",
            "\u{a0}",
            "0,",
            "1,00,000",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..16).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Reading only the figures with a point or a comma tells what reading them all does.
        #[test]
        fn prop_the_figures_read_tell_what_all_figures_tell(text in figure_text()) {
            let all = ArticleMark::from_mentions(&text, &crate::citation::numbers::find_numbers(&text));
            let read = ArticleMark::of(&text);
            proptest::prop_assert_eq!(read.mark(), all.mark(), "{:?}", text);
            if all.point.is_some() != all.comma.is_some() {
                proptest::prop_assert_eq!(read, all, "{:?}", text);
            }
        }
    }

    #[test]
    fn a_figure_in_two_scales_is_told_whole_as_all_figures_read_it() {
        // The part after `billion` is read with it, as reading every figure does: the note
        // quotes the figure the article writes, whichever way it was found.
        for text in [
            " 12,500,000  billion ١٢  Mio.",
            " ١٢  billion 3.5  Mio.",
            "it cost 1,500,000 billion 300 million",
        ] {
            let all =
                ArticleMark::from_mentions(text, &crate::citation::numbers::find_numbers(text));
            assert_eq!(ArticleMark::of(text), all, "{text}");
        }
    }

    #[test]
    fn an_article_that_writes_both_marks_settles_nothing_and_the_note_names_both() {
        // A comma is looked for after a point too, in each way it is written.
        for comma in [
            "3,5",
            "27 208,500",
            "27\u{a0}208,5",
            "1.234,567",
            "1.234,5",
            "12.500.000",
            "0,035",
            "27'208,5",
        ] {
            let text = format!("It rose 3.5 percent, then 212,634 and {comma} more.");
            let told = ArticleMark::of(&text);
            assert_eq!(told.mark(), None, "{text}");
            assert_eq!(
                told.comma.as_ref().map(|told| told.written.as_str()),
                Some(comma),
                "{text}"
            );
        }
        let both = ArticleMark::of("Windows 3.1 kostet 3,5 Prozent mehr.");
        assert_eq!(both.mark(), None);
        assert_eq!(
            both.described(),
            "the article writes decimals both with a point (`3.1`) and with a comma (`3,5 \
             Prozent`)"
        );
        assert_eq!(
            ArticleMark::of("Die Quote: 3,5 %").described(),
            "the article writes its decimals with a comma (`3,5 %`)"
        );
    }
}
