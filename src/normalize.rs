//! The only differences a quote may have from its article, and a name from the registry's:
//! how whitespace, quote marks and dashes are written, and how accented letters are encoded.
//!
//! Copying a sentence out of a web page changes invisible things: a line break becomes a
//! space, `’` becomes `'`, an en dash becomes a hyphen, and `à` may be one character (NFC,
//! what most keyboards type) or `a` followed by a combining grave accent (NFD, what some
//! systems store). None of these change what the article says, so quotes, values and names
//! are compared in a normal form that ignores them and nothing else:
//!
//! - the text is put in Unicode Normalization Form C (canonical composition), so that `à`
//!   is the same in either encoding;
//! - every run of whitespace (spaces, tabs, line breaks, no-break spaces...) becomes one
//!   space;
//! - the quote marks and apostrophes `‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › ʼ ' "` all become `"`
//!   (guillemets are the quote marks of French, Russian, Italian and many more; a space
//!   the French put inside them is whitespace like any other, so `« Paris »` is `" Paris "`);
//! - the dashes `‐ ‑ ‒ – — ― −` become `-`;
//! - the typographic ligatures `ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`, which text extracted from PDFs keeps, become
//!   the letters they join (`ﬁnancial` is `financial`);
//! - invisible formatting characters are left out: the soft hyphen (U+00AD, a hyphenation
//!   hint that web pages and word processors put inside long words), the zero-width space
//!   (U+200B, a line-break hint), the word joiner (U+2060) and the zero-width no-break
//!   space (U+FEFF, a byte-order mark out of place), and the bidirectional controls (the
//!   marks U+200E, U+200F and U+061C that Hebrew and Arabic pages put beside figures and
//!   Latin words, the embeddings, overrides and isolates U+202A to U+202E and U+2066 to
//!   U+2069), which change how a line is shown, not what it says. An article with
//!   `Biblio\u{AD}theken` says `Bibliotheken`, and a quote typed or copied without the
//!   hint must match it. The
//!   zero-width joiner and non-joiner (U+200D, U+200C) are kept: they change how Persian,
//!   Indic scripts and emoji are spelt, so a quote must have them where the article does.
//!
//! Case, words, digits and every other punctuation mark must match exactly.
//!
//! [`Normalized`] keeps the way back from the normalized text to the original, so that a
//! match found in the normalized text is reported at its exact place in the article. The
//! original is cut into *segments*: a character that NFC never combines with what precedes
//! it (ASCII, most letters, punctuation) and the combining marks after it. A segment is
//! normalized as a whole and maps back as a whole, so a span never splits a base letter
//! from its accents. Stretches the normalization leaves as they are map back byte for byte.
//! Building it is one pass over the text: O(n) time; the map holds one entry per stretch
//! that changed (a line break, a curly quote, an accented letter in NFD), not one per byte.

use std::ops::Range;

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Whether `c` is an invisible formatting character that running text carries only as a
/// hint (see the module docs): left out of the normal form, and shown escaped in reports.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}') || is_bidi_control(c)
}

/// The letters a typographic ligature stands for (`ﬁ` is `fi`): text extracted from PDFs
/// keeps the typesetter's ligatures, which a quote typed or copied from elsewhere does not
/// have. Only the Latin ligatures of the Alphabetic Presentation Forms block, which are
/// typography and nothing else; `ĳ` (Dutch) and `œ` (French) are letters and stay.
fn ligature_letters(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    })
}

/// What a character becomes, or `None` when it is whitespace (folded into one space).
fn fold(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => None,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{201C}' | '\u{201D}'
        | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2039}' | '\u{203A}' | '\u{02BC}'
        // The turned comma Uzbek writes in `oʻ` and `gʻ`, typed as an apostrophe.
        | '\u{02BB}'
        | '\'' | '"' => Some('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => Some('-'),
        c => Some(c),
    }
}

/// Whether a segment (see the module docs) starts at `c`: NFC never combines `c` with what
/// comes before it. A combining mark, or a letter NFC may compose with the one before
/// (Hangul vowels, some Indic vowel signs), continues the segment. A letter that NFC writes
/// otherwise but never joins to the one before (the Gurmukhi `ਫ਼` as one character, which
/// it writes as `ਫ` and a nukta; the Angstrom sign) starts one: it is not as NFC writes
/// it, which [`stays_as_written`] tells.
fn starts_segment(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    if canonical_combining_class(c) != 0 {
        return false;
    }
    match is_nfc_quick(std::iter::once(c)) {
        IsNormalized::Yes => true,
        IsNormalized::Maybe => false,
        // Written otherwise: a segment of its own when what it decomposes into starts with
        // a letter (`ਫ਼`), not when it is marks alone that NFC reorders with the marks before
        // them (the Tibetan vowel signs U+0F73, U+0F75, U+0F81).
        IsNormalized::No => {
            let mut first = None;
            unicode_normalization::char::decompose_canonical(c, |part| {
                first.get_or_insert(part);
            });
            first.is_some_and(|part| canonical_combining_class(part) == 0)
        }
    }
}

/// Whether NFC writes `c`, standing alone, as it is.
fn stays_as_written(c: char) -> bool {
    c.is_ascii() || is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// The end of the run of ASCII from `start` that normalization keeps byte for byte:
/// printable characters other than quote marks, and single spaces between them (not after
/// whitespace already folded, `after_space`). It stops before a character followed by a
/// non-ASCII one, which may be a combining mark on it.
fn plain_run_end(bytes: &[u8], start: usize, after_space: bool) -> usize {
    let plain = |b: u8| b.is_ascii_graphic() && b != b'\'' && b != b'"';
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        let next = bytes.get(end + 1).copied();
        if next.is_some_and(|n| !n.is_ascii()) {
            break;
        }
        let kept = if b == b' ' {
            (end > start || !after_space) && next.is_some_and(plain)
        } else {
            plain(b)
        };
        if !kept {
            break;
        }
        end += 1;
    }
    end
}

/// Whether `c` belongs to the letter before it: a combining accent, tone mark or vowel sign.
/// Words are never cut before one.
pub fn continues_letter(c: char) -> bool {
    !c.is_ascii() && is_combining_mark(c)
}

/// Whether the text's letter `have` is the lowercase letter `want` in any case. Turkish and
/// Azerbaijani capitals pair their `i`s otherwise than English: `İ` is the capital of `i`
/// (and lowercases to two characters, `i` and a combining dot) and `I` of the dotless `ı`,
/// so a headline's `YAKLAŞIK`, `AŞKIN` or `5 MİLYON` is the `yaklaşık`, `aşkın`, `milyon` a
/// table holds.
pub fn same_letter_ignoring_case(have: char, want: char) -> bool {
    have == want
        || have.to_lowercase().eq(std::iter::once(want))
        || (have == '\u{130}' && want == 'i')
        || (have == 'I' && want == '\u{131}')
}

/// Whether `c` is part of a word: a letter, a digit, or a mark on one.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || continues_letter(c)
}

/// Whether `c` belongs to a script written without spaces between words: Han, Hiragana,
/// Katakana, Bopomofo, Yi, Thai, Lao, Khmer, Myanmar, Tibetan and a few others. Next to such a
/// character a word or a figure has no boundary to look for: `9` stands alone in `最后9个`,
/// `紫云县` in `包括紫云县、`. Hangul spaces its words, so it is not among them.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x0F00..=0x0FFF // Tibetan
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF | 0x19E0..=0x19FF // Khmer
        | 0x1950..=0x19DF // Tai Le, New Tai Lue
        | 0x1A20..=0x1AAF // Tai Tham
        | 0x1B00..=0x1B7F // Balinese
        | 0x2E80..=0x2FDF // CJK radicals
        | 0x3005..=0x3007 | 0x3021..=0x3029 | 0x3031..=0x3035 | 0x303B..=0x303C // ideographic marks
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3100..=0x312F | 0x31A0..=0x31BF // Bopomofo
        | 0x31F0..=0x31FF // Katakana extension
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xA000..=0xA4CF // Yi
        | 0xA980..=0xA9FF // Javanese, Myanmar extension B
        | 0xAA60..=0xAADF // Myanmar extension A, Tai Viet
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF66..=0xFF9F // halfwidth Katakana
        | 0x1B000..=0x1B16F // Kana supplement and extensions
        | 0x20000..=0x3FFFF // CJK extensions B and later
    )
}

/// Whether a word ends between `before` and `after`, two characters side by side: unless
/// both are parts of words (see [`is_word_char`]) of scripts that put spaces between their
/// words. `7` and `a` in `7a` are one word; `9` and `个` in `9个` are not, nor are `包括` and
/// `紫云县`, written without spaces.
pub fn word_boundary_between(before: char, after: char) -> bool {
    !(is_word_char(before) && is_word_char(after))
        || is_unspaced_script(before)
        || is_unspaced_script(after)
}

/// One stretch of the normalized text and where it came from.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Where the stretch starts in the normalized text; it ends where the next one starts.
    normalized: u32,
    /// The original bytes it came from.
    original: u32,
    original_end: u32,
    /// The stretch is the original unchanged, so it maps back byte for byte; otherwise it
    /// maps back as a whole.
    unchanged: bool,
}

/// A text after normalization, with the way back to the original.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// The stretches of `text` in order.
    pieces: Vec<Piece>,
}

/// A [`Normalized`] being built, one character or plain run at a time.
struct Builder {
    text: String,
    pieces: Vec<Piece>,
    /// Where the open run of whitespace started (normalized, original), if the last
    /// character appended was whitespace.
    open_space: Option<(u32, u32)>,
}

impl Normalized {
    /// Normalizes `original`. Leading and trailing whitespace become one space each, like
    /// any other run; [`normalize`] trims them for quotes and names.
    pub fn new(original: &str) -> Normalized {
        let mut out = Builder {
            text: String::with_capacity(original.len()),
            pieces: Vec::new(),
            open_space: None,
        };
        let bytes = original.as_bytes();
        let mut composed = String::new();
        let mut start = 0;
        while start < bytes.len() {
            // Most of an article is plain ASCII that normalization keeps: copied in bulk.
            let plain_end = plain_run_end(bytes, start, out.open_space.is_some());
            if plain_end > start {
                out.push_unchanged(&original[start..plain_end], start);
                start = plain_end;
                continue;
            }
            // One segment: a character and the marks that continue it.
            let mut chars = original[start..].char_indices();
            let Some((_, first)) = chars.next() else {
                break;
            };
            let mut end = start + first.len_utf8();
            for (inside, c) in chars {
                if starts_segment(c) {
                    break;
                }
                end = start + inside + c.len_utf8();
            }
            if let Some(letters) = ligature_letters(first) {
                // Mapped back whole, as a composed letter is: a span never splits it.
                for c in letters.chars() {
                    out.push(c, start..start + first.len_utf8(), false);
                }
                end = start + first.len_utf8();
            } else if end == start + first.len_utf8()
                && starts_segment(first)
                && stays_as_written(first)
            {
                out.push(first, start..end, true);
            } else {
                // A letter with its marks (or a mark alone): composed, and mapped back whole.
                composed.clear();
                composed.extend(original[start..end].nfc());
                for c in composed.chars() {
                    out.push(c, start..end, false);
                }
            }
            start = end;
        }
        Normalized {
            text: out.text,
            pieces: out.pieces,
        }
    }

    /// The byte range in the original text of `range`, a range of the normalized text
    /// (on its character boundaries).
    pub fn original_span(&self, range: Range<usize>) -> Range<usize> {
        let Some(last_piece) = self.pieces.last() else {
            return 0..0;
        };
        if range.start >= self.text.len() {
            let end = last_piece.original_end as usize;
            return end..end;
        }
        let piece_at = |byte: usize| {
            let after = self
                .pieces
                .partition_point(|piece| piece.normalized as usize <= byte);
            &self.pieces[after.saturating_sub(1)]
        };
        let first = piece_at(range.start);
        let start = if first.unchanged {
            first.original as usize + (range.start - first.normalized as usize)
        } else {
            first.original as usize
        };
        if range.end <= range.start {
            return start..start;
        }
        let end = range.end.min(self.text.len());
        let last = piece_at(end - 1);
        let end = if last.unchanged {
            last.original as usize + (end - last.normalized as usize)
        } else {
            last.original_end as usize
        };
        start..end.max(start)
    }

    /// Where the original byte `original` stands in the normalized text: the way from the
    /// original to the normal form, as [`Normalized::original_span`] is the way back. Exact
    /// at the start of a segment (a letter with its marks, a run of whitespace, a quote mark)
    /// and inside a stretch left as it was; inside a stretch that changed, its start. Past
    /// the end, the end.
    pub fn normalized_offset(&self, original: usize) -> usize {
        let after = self
            .pieces
            .partition_point(|piece| piece.original as usize <= original);
        let Some(piece) = after.checked_sub(1).map(|at| &self.pieces[at]) else {
            return 0;
        };
        let end = self
            .pieces
            .get(after)
            .map_or(self.text.len(), |next| next.normalized as usize);
        if original >= piece.original_end as usize {
            // After the piece: the original left out there (invisible formatting) or the end.
            return end;
        }
        if piece.unchanged {
            (piece.normalized as usize + (original - piece.original as usize)).min(end)
        } else {
            piece.normalized as usize
        }
    }

    /// The first place the normalized `needle` stands in this text, as a byte range of the
    /// original text. `str::find` is the Two-Way algorithm: linear in the text's length.
    pub fn find(&self, needle: &str) -> Option<Range<usize>> {
        if needle.is_empty() {
            return None;
        }
        let at = self.text.find(needle)?;
        Some(self.original_span(at..at + needle.len()))
    }
}

impl Builder {
    /// Appends `run`, which starts at `start` in the original and normalization keeps as
    /// it is.
    fn push_unchanged(&mut self, run: &str, start: usize) {
        let at = offset(self.text.len());
        self.text.push_str(run);
        self.add_piece(at, offset(start), offset(start + run.len()), true);
        self.open_space = None;
    }

    /// Appends `c`, folded, coming from the `original` bytes; `as_is` when NFC keeps it.
    fn push(&mut self, c: char, original: Range<usize>, as_is: bool) {
        if is_invisible_format(c) {
            // Nothing in the normal form stands for it: a span around it covers it, one
            // that ends or starts beside it does not, and an open run of whitespace stays
            // open (`a \u{200B} b` is `a b`).
            return;
        }
        let at = offset(self.text.len());
        let (start, end) = (offset(original.start), offset(original.end));
        let Some(folded) = fold(c) else {
            match self.open_space {
                Some((space, space_start)) => self.extend_space(space, space_start, end),
                None => {
                    self.open_space = Some((at, start));
                    self.text.push(' ');
                    self.add_piece(at, start, end, as_is && c == ' ');
                }
            }
            return;
        };
        self.open_space = None;
        self.text.push(folded);
        self.add_piece(at, start, end, as_is && folded == c);
    }

    /// Makes the run of whitespace whose space is at `space` reach the original `end`.
    fn extend_space(&mut self, space: u32, space_start: u32, end: u32) {
        let Some(last) = self.pieces.last_mut() else {
            return;
        };
        if !last.unchanged {
            last.original_end = end;
        } else if last.normalized == space {
            last.unchanged = false;
            last.original_end = end;
        } else {
            // The space was merged into the unchanged stretch before it: split it off.
            last.original_end = space_start;
            self.pieces.push(Piece {
                normalized: space,
                original: space_start,
                original_end: end,
                unchanged: false,
            });
        }
    }

    fn add_piece(&mut self, at: u32, start: u32, end: u32, unchanged: bool) {
        if let Some(last) = self.pieces.last_mut() {
            if unchanged && last.unchanged && last.original_end == start {
                last.original_end = end;
                return;
            }
            // Another character of the same composed segment.
            if !unchanged && !last.unchanged && last.original == start && last.original_end == end {
                return;
            }
        }
        self.pieces.push(Piece {
            normalized: at,
            original: start,
            original_end: end,
            unchanged,
        });
    }
}

fn offset(at: usize) -> u32 {
    // Article texts are limited to 256 MiB by the loader, well below 4 GiB.
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A text in lowercase, with the way back to the text's own offsets. Most letters keep
/// their length in bytes when lowercased, but some do not (`ẞ` is three bytes, `ß` two;
/// `İ` is two, `i̇` three), and an offset found in the lowercase text is then not an offset
/// of the original: used there, it cuts a character or names the wrong words.
pub struct Lowercased {
    pub text: String,
    /// For each character whose lowercase is not as long as it is: where its lowercase
    /// starts and ends, and where it starts and ends in the original. Empty when every
    /// character kept its length, as in almost every text.
    shifts: Vec<(Range<usize>, Range<usize>)>,
}

impl Lowercased {
    pub fn new(original: &str) -> Lowercased {
        if original.is_ascii() {
            return Lowercased {
                text: original.to_ascii_lowercase(),
                shifts: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        for (at, c) in original.char_indices() {
            let start = text.len();
            text.extend(c.to_lowercase());
            if text.len() - start != c.len_utf8() {
                shifts.push((start..text.len(), at..at + c.len_utf8()));
            }
        }
        Lowercased { text, shifts }
    }

    /// The span of the original that `span` of the lowercase text comes from: a span that
    /// starts or ends inside the lowercase of one character takes that whole character.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        self.original(span.start, false)..self.original(span.end, true)
    }

    /// The original offset of lowercase offset `at`; inside a character's lowercase, that
    /// character's start, or its end when `inside_ends` (for the end of a span).
    fn original(&self, at: usize, inside_ends: bool) -> usize {
        let before = self.shifts.partition_point(|(lower, _)| lower.start < at);
        if let Some((lower, original)) = before.checked_sub(1).map(|i| &self.shifts[i])
            && at < lower.end
        {
            return if inside_ends {
                original.end
            } else {
                original.start
            };
        }
        match before.checked_sub(1).map(|i| &self.shifts[i]) {
            Some((lower, original)) => original.end + (at - lower.end),
            None => at,
        }
    }
}

/// A metric, unit or status word as claims are grouped by it: in NFC, trimmed, with runs of
/// whitespace one space, so that `total  population` and `total population`, or a word
/// typed with decomposed accents, are one. Letters and case stay as written (capitals are
/// `load::spellings`' concern). Most such words are already in that form, and are
/// returned without a copy.
pub fn spaced_phrase(text: &str) -> std::borrow::Cow<'_, str> {
    let trimmed = text.trim();
    let spaced =
        !trimmed.contains("  ") && !trimmed.contains(|c: char| c.is_whitespace() && c != ' ');
    if spaced && unicode_normalization::is_nfc(trimmed) {
        return std::borrow::Cow::Borrowed(trimmed);
    }
    let composed: String = trimmed.nfc().collect();
    std::borrow::Cow::Owned(composed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A name as claims are grouped by it when no entity settles it: in NFC, with typographic
/// apostrophes and single quotes written `'`, double quotes `"`, dashes `-`, and runs of
/// whitespace one space. `Ra’s al Khaymah` and `Ra's al Khaymah` are then one name, as they
/// are one [`normalize`]d name, while the name still reads as written.
pub fn canonical_name(name: &str) -> String {
    let name = name.trim();
    // Most names are printable ASCII with single spaces, which the folding below keeps as
    // they are (ASCII is in NFC, and its quote marks fold to themselves): a million claims'
    // subjects and members are read without a pass through the normalizer.
    let plain = name.bytes().all(|b| b.is_ascii_graphic() || b == b' ') && !name.contains("  ");
    if plain {
        return name.to_string();
    }
    folded_name(name)
}

/// [`canonical_name`] of any trimmed name, character by character.
fn folded_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().nfc().filter(|&c| !is_invisible_format(c)) {
        match fold(c) {
            None if out.ends_with(' ') => {}
            None => out.push(' '),
            Some('"')
                if c != '"'
                    && !matches!(
                        c,
                        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}'
                    ) =>
            {
                out.push('\'')
            }
            Some(folded) => out.push(folded),
        }
    }
    out
}

/// The normalized form of a quote or a name: normalized, without leading or trailing
/// whitespace.
pub fn normalize(text: &str) -> String {
    let text = text.trim();
    // A name or quote the normalization keeps as it is (printable ASCII without quote
    // marks, single spaces) is its own normal form: no map back to build.
    if plain_run_end(text.as_bytes(), 0, false) == text.len() {
        return text.to_string();
    }
    Normalized::new(text).text
}

/// Whether `c` reorders the text around it: a bidirectional embedding, override or isolate
/// control, or a directional mark.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// A whole report with every character a page must not carry shown instead: each
/// bidirectional control written out as `\u{202e}`, as the human output shows it (a browser
/// or a CI page would obey it, and show the reviewer text that is not in the file: `value:
/// 13 # 21 :eulav` read as `value: 12`); each control character but tab, line feed and
/// carriage return shown as its symbol (`␛`, `␌` for a form feed, which XML refuses and a
/// page does not show, or `\u{85}` for those of the upper range), and each noncharacter (`\u{fffe}`) written out, since HTML and XML take them for
/// errors in the document and a terminal showing the file would obey an escape. A report's
/// own markup has none, so it is filtered at once, whatever part of the input (article,
/// claim, message, file name) a character came from.
pub fn written_out_controls(page: String) -> String {
    fn unfit(c: char) -> bool {
        is_bidi_control(c)
            || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || is_noncharacter(c)
    }
    if !page.contains(unfit) {
        return page;
    }
    let mut out = String::with_capacity(page.len() + 64);
    for c in page.chars() {
        match c {
            c if !unfit(c) => out.push(c),
            // Shown as everywhere else: controls as symbols, bidirectional controls and
            // the upper controls written out.
            c if !is_noncharacter(c) => shown_char(c, &mut out),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    out
}

/// Whether `c` is one of the 66 code points Unicode keeps out of text for good.
fn is_noncharacter(c: char) -> bool {
    let code = c as u32;
    (0xfdd0..=0xfdef).contains(&code) || code & 0xfffe == 0xfffe
}

/// Whether `c` is shown as `\u{..}`: it reorders text (bidirectional controls) or is
/// invisible, such as the soft hyphen or zero-width space that quotes are compared without
/// ([`crate::normalize::is_invisible_format`]), so that a reader sees why `Biblio­theken`
/// is two words to a search and one on screen.
pub fn shown_escaped(c: char) -> bool {
    matches!(
        c,
        '\u{80}'..='\u{9f}' | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    ) || is_invisible_format(c)
}

/// How a character is shown: control characters as their visible symbols (U+2400 on),
/// characters that reorder or hide text as `\u{..}`, a tab as `␉` (one column, as the terminal
/// would not draw it the same everywhere, and in YAML a tab is an error to be seen).
pub fn shown_char(c: char, out: &mut String) {
    match c {
        '\t' => out.push('\u{2409}'),
        // Lines of source text never hold one; in a message it starts a new line.
        '\n' => out.push('\n'),
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
        '\u{7f}' => out.push('\u{2421}'),
        c if shown_escaped(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        c => out.push(c),
    }
}

/// `text` as [`shown_char`] shows each of its characters, appended to `out`.
pub fn push_shown(out: &mut String, text: &str) {
    for c in text.chars() {
        shown_char(c, out);
    }
}

/// `text` as a terminal may show it: control characters as symbols, characters that
/// reorder or hide text written out ([`shown_char`]).
pub fn shown_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_shown(&mut out, text);
    out
}

/// A file's name as a report shows it on one line: as [`shown_string`], and a line break in
/// the name (a file may be called so) as its symbol `␊`, so that the name stays one piece of a
/// `file:line:col` and of an excerpt's heading, where a break would start another line.
pub fn shown_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\n' => out.push('\u{240a}'),
            // Separators some viewers break a line at.
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => shown_char(c, &mut out),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_capitals_pair_their_is() {
        for (word, lowercase) in [
            ("AŞKIN", "aşkın"),
            ("MİLYON", "milyon"),
            ("Yaklaşık", "yaklaşık"),
        ] {
            assert!(
                word.chars()
                    .zip(lowercase.chars())
                    .all(|(have, want)| same_letter_ignoring_case(have, want)),
                "{word}"
            );
        }
        // The dotted capital is no dotless letter, nor the dotless capital a dotted one's.
        assert!(!same_letter_ignoring_case('\u{130}', '\u{131}'));
        assert!(!same_letter_ignoring_case('x', 'y'));
        assert!(same_letter_ignoring_case('I', 'i'));
    }

    #[test]
    fn a_file_name_is_shown_on_one_line() {
        assert_eq!(
            shown_name("a\nb\r\u{202e}.yaml"),
            "a\u{240a}b\u{240d}\\u{202e}.yaml"
        );
        assert_eq!(shown_name("é #1 %20.yaml"), "é #1 %20.yaml");
        assert_eq!(shown_name("a\u{2028}b.yaml"), "a\\u{2028}b.yaml");
    }

    #[test]
    fn a_page_carries_no_control_character_nor_noncharacter() {
        let page =
            "a\u{1}b\u{1b}c\u{7f}\u{85}\u{fffe}\u{fdd0}\u{10ffff}\u{202e}\t\r\n\u{c}é".to_string();
        assert_eq!(
            written_out_controls(page),
            "a\u{2401}b\u{241b}c\u{2421}\\u{85}\\u{fffe}\\u{fdd0}\\u{10ffff}\\u{202e}\t\r\n\u{240c}é"
        );
        let clean = "<p>Gansu: 75 counties</p>\n".to_string();
        assert_eq!(written_out_controls(clean.clone()), clean);
    }

    #[test]
    fn a_letter_nfc_writes_otherwise_maps_back_alone_not_with_the_space_before_it() {
        // The Gurmukhi `ਫ਼` written as one character (U+0A5E) is `ਫ` and a nukta in NFC, and
        // the Angstrom sign is `Å`: each starts its own segment, so a span from it does not
        // take in the space before it.
        for (text, word) in [
            ("ਅਤੇ \u{a5e}ਰੀਦਕੋਟ ਵਿੱਚ", "\u{a5e}ਰੀਦਕੋਟ"),
            ("of \u{212b}ngström", "\u{212b}ngström"),
        ] {
            let normal = Normalized::new(text);
            let normal_word: String = word.nfc().collect();
            let at = normal.text.find(&normal_word).expect("the word in NFC");
            let span = normal.original_span(at..at + normal_word.len());
            assert_eq!(&text[span], word, "{text}");
        }
    }

    #[test]
    fn a_vowel_sign_nfc_writes_as_marks_reorders_with_the_marks_before_it() {
        // The Tibetan `ཱི` as one character (U+0F73) is two marks in NFC, which sort with
        // the mark before them: the text and its NFC spelling are one normal form.
        assert_eq!(
            normalize("\u{f40}\u{f80}\u{f73} \u{f21}\u{f22}"),
            normalize("\u{f40}\u{f71}\u{f80}\u{f72} \u{f21}\u{f22}")
        );
    }

    #[test]
    fn whitespace_runs_become_one_space() {
        assert_eq!(normalize("  a \n\n  b\tc  "), "a b c");
        assert_eq!(normalize("a\u{a0}b"), "a b");
    }

    #[test]
    fn quote_marks_and_apostrophes_are_one_mark() {
        assert_eq!(normalize("“Four Don’ts”"), normalize("\"Four Don'ts\""));
        assert_eq!(normalize("‘x’"), "\"x\"");
        assert_eq!(normalize("«в Москве»"), normalize("\"в Москве\""));
        assert_eq!(normalize("‹x›"), "\"x\"");
        // The French space inside guillemets is kept, as any space is.
        assert_eq!(normalize("« Paris »"), "\" Paris \"");
        assert_eq!(canonical_name("«Kent»"), "\"Kent\"");
        assert_eq!(canonical_name("‹Kent›"), "'Kent'");
    }

    #[test]
    fn a_lowercase_span_maps_back_to_the_letters_it_came_from() {
        // `ẞ` shrinks by a byte, `İ` grows by one: spans after them shift back into place.
        let text = "GROẞEN „HK$-Fonds“ İLÇE US$";
        let lower = Lowercased::new(text);
        assert_eq!(lower.text, "großen „hk$-fonds“ i̇lçe us$");
        for word in ["„HK$", "Fonds", "İLÇE", "US$"] {
            let start = text.find(word).unwrap();
            let in_lower = lower.text.find(&word.to_lowercase()).unwrap();
            let span = lower.original_span(in_lower..in_lower + word.to_lowercase().len());
            assert_eq!(span, start..start + word.len(), "{word}");
        }
        // A span that starts or ends inside the lowercase of `İ` takes the whole letter.
        let i = lower.text.find('i').unwrap();
        assert_eq!(&text[lower.original_span(i + 1..i + 3)], "İ");
        assert_eq!(&text[lower.original_span(i..i + 1)], "İ");
        let plain = Lowercased::new("Kent");
        assert_eq!(plain.original_span(1..3), 1..3);
    }

    #[test]
    fn dash_kinds_become_a_hyphen() {
        assert_eq!(normalize("a‐b‑c–d—e−f"), "a-b-c-d-e-f");
    }

    #[test]
    fn ligatures_are_the_letters_they_join_and_map_back_whole() {
        let original = "the \u{FB01}rst \u{FB00}ort in \u{FB02}ood o\u{FB03}ces";
        assert_eq!(normalize(original), "the first ffort in flood offices");
        let article = Normalized::new(original);
        let span = article.find("flood offices").unwrap();
        assert_eq!(&original[span], "\u{FB02}ood o\u{FB03}ces");
        // A match that starts inside a ligature covers all of it.
        let span = article.find("irst").unwrap();
        assert_eq!(&original[span], "\u{FB01}rst");
        // Letters that are not typography stay as they are.
        assert_eq!(normalize("\u{133}s c\u{153}ur"), "\u{133}s c\u{153}ur");
    }

    #[test]
    fn case_words_and_other_punctuation_are_kept() {
        assert_ne!(normalize("Gansu"), normalize("gansu"));
        assert_ne!(normalize("a, b"), normalize("a. b"));
    }

    #[test]
    fn a_match_maps_back_to_the_original_bytes() {
        let original = "All 75 “poor”\n\n   counties — in Gansu";
        let article = Normalized::new(original);
        let span = article
            .find(&normalize("75 \"poor\" counties - in"))
            .unwrap();
        assert_eq!(&original[span], "75 “poor”\n\n   counties — in");
    }

    #[test]
    fn a_match_next_to_multibyte_text_keeps_char_boundaries() {
        let original = "云南 Yunnan’s 88 counties";
        let article = Normalized::new(original);
        let span = article.find("Yunnan\"s").unwrap();
        assert_eq!(&original[span], "Yunnan’s");
        let span = article.find("云南").unwrap();
        assert_eq!(&original[span], "云南");
    }

    #[test]
    fn composed_and_decomposed_letters_are_the_same() {
        let nfd = "Julia\u{300} and Quye\u{302}\u{300}n";
        assert_eq!(normalize(nfd), normalize("Julià and Quyền"));
        assert_eq!(normalize("Julià"), "Julià");
    }

    #[test]
    fn a_match_in_decomposed_text_maps_back_to_whole_letters() {
        let original = "the article has Julia\u{300}\n\n and Ge\u{121}ark\u{2019}unik\u{2019}.";
        let article = Normalized::new(original);
        let span = article.find("Julià and").unwrap();
        assert_eq!(&original[span], "Julia\u{300}\n\n and");
        assert_eq!(article.find("has Julia "), None);
        let span = article.find(&normalize("Geġark'unik'")).unwrap();
        assert_eq!(&original[span], "Ge\u{121}ark\u{2019}unik\u{2019}");
    }

    #[test]
    fn a_match_ending_on_a_base_letter_keeps_its_marks() {
        // q with a tilde has no composed form: NFC keeps the mark apart.
        let original = "Sa\u{303}o and aq\u{303}b";
        let article = Normalized::new(original);
        assert_eq!(&original[article.find("aq").unwrap()], "aq\u{303}");
        assert_eq!(&original[article.find("Sã").unwrap()], "Sa\u{303}");
    }

    #[test]
    fn a_decomposed_quote_is_found_in_composed_text() {
        let original = "Đắk Lắk reported 12 schools";
        let article = Normalized::new(original);
        let quote = normalize("\u{110}a\u{306}\u{301}k La\u{306}\u{301}k reported");
        let span = article.find(&quote).unwrap();
        assert_eq!(&original[span], "Đắk Lắk reported");
    }

    #[test]
    fn typographic_apostrophes_and_dashes_are_unified() {
        assert_eq!(normalize("Ra’s al Khaymah"), normalize("Ra's al Khaymah"));
        assert_eq!(normalize("Geġarkʼunikʼ"), normalize("Geġark'unik'"));
        assert_eq!(
            normalize("maʻlumotlariga koʻra"),
            normalize("ma'lumotlariga ko'ra")
        );
        assert_eq!(normalize("„x‟"), "\"x\"");
        assert_eq!(normalize("a‒b―c"), "a-b-c");
    }

    #[test]
    fn spans_of_every_substring_map_to_char_boundaries() {
        let original = "  É\u{301}x  \u{301}y\t’z— 云 a\u{300}\u{316}b \n";
        let text = Normalized::new(original);
        let bounds: Vec<usize> = (0..=text.text.len())
            .filter(|&i| text.text.is_char_boundary(i))
            .collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                let span = text.original_span(a..b);
                assert!(original.get(span.clone()).is_some(), "{a}..{b} -> {span:?}");
                assert!(span.start <= span.end);
            }
        }
    }

    /// The normal form computed the plain way, without the map back: NFC, then folded.
    fn reference(text: &str) -> String {
        let mut out = String::new();
        for c in text.nfc().filter(|&c| !is_invisible_format(c)) {
            match fold(c) {
                None if out.ends_with(' ') => {}
                None => out.push(' '),
                Some(c) => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_bulk_copy_and_the_segments_give_the_plain_normal_form(
            text in "([a-c' \"\n\t.]|e\u{301}|\u{301}|é|’|—|\u{a0}|q\u{303}|\u{ad}|\u{200b}|\u{2060}|\u{feff}|\u{200d}){0,40}"
        ) {
            let normalized = Normalized::new(&text);
            proptest::prop_assert_eq!(&normalized.text, &reference(&text));
            let bounds: Vec<usize> = (0..=normalized.text.len())
                .filter(|&i| normalized.text.is_char_boundary(i))
                .collect();
            let mut previous = 0..0;
            for &a in &bounds {
                let span = normalized.original_span(a..normalized.text.len());
                proptest::prop_assert!(text.get(span.clone()).is_some());
                proptest::prop_assert!(span.start >= previous.start);
                previous = span;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_text_normalizes_as_the_full_normalization_does(text in "[ -~\t\n]{0,60}") {
            proptest::prop_assert_eq!(normalize(&text), Normalized::new(text.trim()).text);
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_ascii_names_are_kept_as_the_folding_would_keep_them(
            name in "[ -~]{0,40}"
        ) {
            let trimmed = name.trim();
            proptest::prop_assert_eq!(canonical_name(&name), folded_name(trimmed));
        }
    }

    #[test]
    fn canonical_names_read_as_written_with_plain_punctuation() {
        assert_eq!(canonical_name("Ra’s al  Khaymah"), "Ra's al Khaymah");
        assert_eq!(canonical_name("Geġarkʼunikʼ"), "Geġark'unik'");
        assert_eq!(
            canonical_name("Samegrelo–Zemo Svaneti"),
            "Samegrelo-Zemo Svaneti"
        );
        assert_eq!(canonical_name("“Julia\u{300}”"), "\"Julià\"");
        assert_eq!(
            normalize(&canonical_name("Ra’s — Julia\u{300}")),
            normalize("Ra’s — Julia\u{300}")
        );
    }

    #[test]
    fn invisible_formatting_is_left_out_and_joiners_are_kept() {
        assert_eq!(normalize("12 Biblio\u{AD}theken"), "12 Bibliotheken");
        assert_eq!(normalize("Kranken\u{200B}häuser"), "Krankenhäuser");
        assert_eq!(normalize("a\u{2060}b\u{FEFF}c"), "abc");
        assert_eq!(normalize("a \u{200B} b\u{200B}"), "a b");
        assert_eq!(normalize("\u{FEFF}Gansu"), "Gansu");
        // Bidirectional marks and controls change the display, not the words.
        assert_eq!(
            normalize("מנתה \u{200F}9.5 על 5.3\u{200E} \u{61C}x \u{2067}y\u{2069}"),
            "מנתה 9.5 על 5.3 x y"
        );
        // Joiners spell: می‌خواهم is not میخواهم, nor 👩‍💻 two emoji.
        assert_eq!(normalize("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_ne!(normalize("👩\u{200D}💻"), normalize("👩💻"));
        assert_eq!(canonical_name("Kranken\u{AD}haus"), "Krankenhaus");
    }

    #[test]
    fn a_match_across_invisible_formatting_covers_it_and_splits_no_character() {
        let original = "Es gibt 12 Biblio\u{AD}theken und 3 Kranken\u{200B}häuser\u{200B}.";
        let article = Normalized::new(original);
        let span = article.find("12 Bibliotheken").unwrap();
        assert_eq!(&original[span], "12 Biblio\u{AD}theken");
        let span = article.find("Krankenhäuser").unwrap();
        assert_eq!(&original[span], "Kranken\u{200B}häuser");
        let span = article.find("Biblio").unwrap();
        assert_eq!(&original[span], "Biblio");
        let span = article.find("theken").unwrap();
        assert_eq!(&original[span], "theken");
        let span = article.find("häuser.").unwrap();
        assert_eq!(&original[span], "häuser\u{200B}.");
        let with_accent = "Julia\u{AD}\u{300} x";
        let article = Normalized::new(with_accent);
        for a in 0..=article.text.len() {
            for b in a..=article.text.len() {
                if article.text.is_char_boundary(a) && article.text.is_char_boundary(b) {
                    assert!(with_accent.get(article.original_span(a..b)).is_some());
                }
            }
        }
    }

    #[test]
    fn an_original_offset_maps_to_the_normal_form_and_back() {
        let original = "in  Du’an\u{AD}County, Julia\u{300} and Sa\u{303}o";
        let text = Normalized::new(original);
        assert_eq!(text.text, "in Du\"anCounty, Julià and São");
        for word in [
            "in",
            "Du’an\u{AD}County",
            "Julia\u{300}",
            "and",
            "Sa\u{303}o",
        ] {
            let start = original.find(word).unwrap();
            let range = text.normalized_offset(start)..text.normalized_offset(start + word.len());
            assert_eq!(
                &original[text.original_span(range.clone())],
                word,
                "{range:?}"
            );
        }
        assert_eq!(text.normalized_offset(original.len() + 5), text.text.len());
        assert_eq!(Normalized::new("").normalized_offset(3), 0);
    }

    proptest::proptest! {
        #[test]
        fn original_offsets_map_in_order_to_char_boundaries(
            text in "([a-c' \"\n\t.]|e\u{301}|\u{301}|é|’|—|\u{a0}|q\u{303}|\u{ad}|\u{200b}|云){0,30}"
        ) {
            let normalized = Normalized::new(&text);
            let mut previous = 0;
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let offset = normalized.normalized_offset(at);
                proptest::prop_assert!(normalized.text.is_char_boundary(offset));
                proptest::prop_assert!(offset >= previous);
                previous = offset;
            }
        }
    }

    #[test]
    fn an_empty_needle_is_never_found() {
        assert_eq!(Normalized::new("abc").find(""), None);
        assert_eq!(Normalized::new("").original_span(0..0), 0..0);
    }

    #[test]
    fn words_of_scripts_written_without_spaces_need_no_boundary() {
        assert!(!word_boundary_between('v', '1'), "v17 is one word");
        assert!(!word_boundary_between('é', 't'));
        assert!(!word_boundary_between('ب', 'ا'), "Arabic spaces its words");
        assert!(!word_boundary_between('한', '국'), "so does Hangul");
        assert!(word_boundary_between(' ', 'a'));
        for (before, after) in [
            ('后', '9'),
            ('9', '个'),
            ('括', '紫'),
            ('の', '3'),
            ('ก', '5'),
            ('5', 'ບ'),
            ('ក', '1'),
            ('၁', 'က'),
        ] {
            assert!(word_boundary_between(before, after), "{before}{after}");
        }
    }
}
