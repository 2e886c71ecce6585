//! The letters Arabic and Hebrew write onto the word after them rather than as words of their
//! own. A name, a figure or a phrase after them is still read.
//!
//! Arabic writes the conjunctions `و` (and) and `ف` (so, then), and the prepositions `ب` (in,
//! by, with), `ل` (for, to) and `ك` (like, as), a preposition after a conjunction if both are
//! written (`وب`, `فل`): `إدفو ونصر النوبة` names نصر النوبة, `بالمفرق` المفرق, `بـ١٧٥ إصابة` is
//! "with 175 cases", `و٣٠` "and 30", `بأكثر من 40` "by more than 40". Before digits and Latin
//! letters, which they cannot join, Arabic writes a tatweel after them (`ـ`, U+0640), the
//! stroke that joins a letter to what follows without a letter of its own: `بـ١٧٥`, `لـ45`.
//! Before the article `ال`, `ل` drops the article's alef: `للمفرق` is `ل` and `المفرق`, a
//! spelling of the name that the member check looks for apart (`citation::contraction`).
//!
//! Hebrew writes `ו` (and), `ב` (in), `ל` (to), `מ` (from), `ה` (the), `ש` (that) and `כ` (as,
//! and before a figure "about"), up to [`HEBREW_MOST_STACKED`] of them (`ובירושלים`, "and in
//! Jerusalem"; `שבתל אביב`), and before digits and Latin letters a hyphen or a maqaf (`־`,
//! U+05BE) after them: `ל-4 ערים` is "to 4 cities", `ב-2023` "in 2023".
//!
//! Amharic writes its prepositions of one letter onto the word after them, digits too:
//! `ከ300 በላይ` is "more than 300", `በ2016` "in 2016" ([`ethiopic_preposition_before`]).

/// The conjunctions of one letter: `و` ("and": `إدفو ونصر النوبة`, "Edfu and Nasr al-Nuba")
/// and `ف` ("so", "then").
pub const CONJUNCTIONS: &[char] = &['\u{0648}', '\u{0641}'];

/// The prepositions of one letter, after a conjunction of [`CONJUNCTIONS`] if one is written
/// too: `ب` ("in", "by", "with": `بالمفرق`, `وبإربد`), `ل` ("for", "to": `لإربد`) and `ك`
/// ("like", "as").
pub const PREPOSITIONS: &[char] = &['\u{0628}', '\u{0644}', '\u{0643}'];

/// The tatweel, written after a proclitic before what it cannot join (`بـ١٧٥`).
pub const TATWEEL: char = '\u{0640}';

/// The most Arabic proclitics written one after another: a conjunction and a preposition.
pub const MOST_STACKED: usize = 2;

/// The Hebrew prefixes of one letter: `ו` (and), `ב` (in), `ל` (to), `מ` (from), `ה` (the),
/// `ש` (that), `כ` (as).
pub const HEBREW_PREFIXES: &[char] = &[
    '\u{05D5}', '\u{05D1}', '\u{05DC}', '\u{05DE}', '\u{05D4}', '\u{05E9}', '\u{05DB}',
];

/// The most Hebrew prefixes written one after another: `ושב`, "and that in".
pub const HEBREW_MOST_STACKED: usize = 3;

/// The hyphen and the maqaf Hebrew writes after its prefixes before digits and Latin letters.
const HEBREW_JOINERS: &[char] = &['-', '\u{05BE}'];

/// `before`, the text up to a word, less the proclitics written onto that word where they
/// start it. In Arabic, a conjunction, a preposition, or a conjunction and then a preposition,
/// with tatweels after them or none (`و`, `ب`, `وب`, `فل`, `بـ`); in Hebrew, one to
/// [`HEBREW_MOST_STACKED`] prefixes, with a hyphen or a maqaf after them or none (`ב`, `וב`,
/// `ל-`). The word then stands as if after a space. Letters before them that belong to the
/// word (`إربد` in `إربدب`), or Arabic proclitics in another order (`بو`), leave `before` as it
/// is.
pub fn without_proclitics(before: &str) -> &str {
    let starts_word = |rest: &str| !rest.chars().next_back().is_some_and(char::is_alphanumeric);
    let letters = before.trim_end_matches(TATWEEL);
    let rest = letters.strip_suffix(PREPOSITIONS).unwrap_or(letters);
    let rest = rest.strip_suffix(CONJUNCTIONS).unwrap_or(rest);
    if rest.len() < letters.len() && starts_word(rest) {
        return rest;
    }
    let letters = before.strip_suffix(HEBREW_JOINERS).unwrap_or(before);
    let prefixes: usize = letters
        .chars()
        .rev()
        .take(HEBREW_MOST_STACKED)
        .take_while(|c| HEBREW_PREFIXES.contains(c))
        .map(char::len_utf8)
        .sum();
    let rest = &letters[..letters.len() - prefixes];
    if prefixes > 0 && starts_word(rest) {
        rest
    } else {
        before
    }
}

/// Whether `letters`, the start of a word before what it is read for, are proclitics alone
/// (see [`without_proclitics`]): `و`, `بـ`, `ول`; not `با` nor `بو`.
pub fn only_proclitics(letters: &str) -> bool {
    !letters.is_empty() && without_proclitics(letters).is_empty()
}

/// Whether proclitics alone ([`without_proclitics`]) stand in `text` just before byte `at`,
/// which starts the word they are written onto.
pub fn proclitics_before(text: &str, at: usize) -> bool {
    let head = &text[..at];
    // Only a proclitic, a tatweel, a hyphen or a maqaf ends them: most words end in none.
    head.ends_with(|c: char| {
        c == TATWEEL
            || PREPOSITIONS.contains(&c)
            || CONJUNCTIONS.contains(&c)
            || HEBREW_PREFIXES.contains(&c)
            || HEBREW_JOINERS.contains(&c)
    }) && without_proclitics(head).len() < at
}

/// The Amharic prepositions of one letter written onto a figure: `ከ` (from, than), `በ` (in,
/// by), `ለ` (for, to) and `የ` (of).
pub const ETHIOPIC_PREPOSITIONS: &[char] = &['ከ', 'በ', 'ለ', 'የ'];

/// The Amharic preposition of [`ETHIOPIC_PREPOSITIONS`] written just before byte `at` of
/// `text`, where it starts a word: `ከ` of `ከ300`, not the last letter of a longer word.
/// Only a figure is read after one: a name is written with as many words that begin with
/// these letters.
pub fn ethiopic_preposition_before(text: &str, at: usize) -> Option<char> {
    let mut before = text[..at].chars().rev();
    let preposition = before
        .next()
        .filter(|c| ETHIOPIC_PREPOSITIONS.contains(c))?;
    let starts_word = !before.next().is_some_and(char::is_alphanumeric);
    let figure = text[at..].starts_with(|c: char| c.is_ascii_digit());
    (starts_word && figure).then_some(preposition)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proclitics_that_start_a_word_are_taken_off_the_text_before_it() {
        for (before, rest) in [
            ("في ", "في "),
            ("إصابة ب", "إصابة "),
            ("إصابة و", "إصابة "),
            ("إصابة وب", "إصابة "),
            ("إصابة فل", "إصابة "),
            ("إصابة بـ", "إصابة "),
            ("إصابة ولـ", "إصابة "),
            ("ك", ""),
            // Letters of the word before them, or another order: nothing taken off.
            ("إصابةب", "إصابةب"),
            ("إصابة بو", "إصابة بو"),
            ("إصابة لل", "إصابة لل"),
            ("إصابة بب", "إصابة بب"),
            ("إصابة ـ", "إصابة ـ"),
            // Hebrew, stacked, with a hyphen or a maqaf before digits.
            ("ילדים ב", "ילדים "),
            ("ילדים וב", "ילדים "),
            ("ילדים ושב", "ילדים "),
            ("התפשטה ל-", "התפשטה "),
            ("התפשטה ל\u{5be}", "התפשטה "),
            ("ילדים אב", "ילדים אב"),
            ("COVID-", "COVID-"),
            ("x -", "x -"),
        ] {
            assert_eq!(without_proclitics(before), rest, "{before}");
        }
    }

    #[test]
    fn a_word_that_starts_with_proclitics_alone_is_told() {
        for letters in ["و", "ب", "بـ", "لـ", "كـ", "وب", "ولـ", "فبـ", "بــ"] {
            assert!(only_proclitics(letters), "{letters}");
        }
        for letters in ["", "ـ", "وبل", "بو", "عم", "با", "x"] {
            assert!(!only_proclitics(letters), "{letters}");
        }
        let text = "تلتها عمان بـ١٧٥ إصابة و٣٠ وفاة ولـ45 وعم٢٠";
        let at = |figure: &str| text.find(figure).unwrap();
        assert!(proclitics_before(text, at("١٧٥")));
        assert!(proclitics_before(text, at("٣٠")));
        assert!(proclitics_before(text, at("45")));
        // The end of a longer word, and no word at all.
        assert!(!proclitics_before(text, at("٢٠")));
        let text = "התפשטה ל-4 ערים ו-12 כפרים, COVID-19";
        let at = |figure: &str| text.find(figure).unwrap();
        assert!(proclitics_before(text, at("4 ")));
        assert!(proclitics_before(text, at("12")));
        assert!(!proclitics_before(text, at("19")));
        assert!(!proclitics_before(text, 0));
    }

    #[test]
    fn an_amharic_preposition_written_onto_a_figure_is_told() {
        let text = "ከ300 በላይ ሰዎች በ2016 ለ12 የ40 ቤከ5";
        let at = |figure: &str| text.find(figure).unwrap();
        assert_eq!(ethiopic_preposition_before(text, at("300")), Some('ከ'));
        assert_eq!(ethiopic_preposition_before(text, at("2016")), Some('በ'));
        assert_eq!(ethiopic_preposition_before(text, at("12")), Some('ለ'));
        assert_eq!(ethiopic_preposition_before(text, at("40")), Some('የ'));
        // The end of a longer word, a letter before no figure, and no letter at all.
        assert_eq!(ethiopic_preposition_before(text, at("5")), None);
        assert_eq!(ethiopic_preposition_before(text, at("ላይ")), None);
        assert_eq!(ethiopic_preposition_before(text, 0), None);
    }
}
