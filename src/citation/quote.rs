//! CC201 `quote-not-found`: every claim's quote stands verbatim in its source's text.
//!
//! The quote and the article are both [normalized](super::normalize) (Unicode NFC,
//! whitespace runs, quote marks, dash kinds) and the quote is searched with `str::find` (Two-Way: linear in
//! the article and the quote). A found quote gives the claim its `passage`: the byte span
//! of its first occurrence in the article, which every later diagnostic about the claim
//! shows as "the article says".
//!
//! When the quote is not found, the diagnostic points at the closest passage and names
//! the words that differ. Comparing the quote with every window of the article would cost
//! O(article × quote²) per claim; instead:
//!
//! 1. the article's words are indexed once (a hash map from lowercased word to its
//!    positions: O(article) time and memory, built only for articles that have a missing
//!    quote);
//! 2. the quote's rarest words ([`SEEDS`] of them, fewest occurrences in the article
//!    first) each propose the windows where the quote would start if that word were in
//!    place, at most [`OCCURRENCES_PER_SEED`] occurrences each; the [`CANDIDATES`] windows
//!    proposed most often are kept;
//! 3. each window (the quote's length plus a margin on both sides) is aligned with the
//!    quote by word-level edit distance with free ends, O(q × (q + margin)).
//!
//! So a missing quote of q words costs O(q²) after the index, whatever the length of the
//! article, with q at most [`ALIGNED_WORDS`] (a longer quote is located by its beginning);
//! a found quote costs only the search.

use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::OnceLock;

use super::decimal_mark::ArticleMark;
use super::normalize::{Normalized, is_word_char, normalize};
use super::numbers::Language;
use super::spaced::Spaced;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::files::FileId;
use crate::hashing::{HashMap, RandomState};
use crate::model::{Claim, Source};
use crate::quantity::DecimalMark;

/// How many of the quote's rarest words propose windows.
pub const SEEDS: usize = 3;
/// How many occurrences of one seed word are considered.
pub const OCCURRENCES_PER_SEED: usize = 64;
/// How many windows are aligned with the quote.
pub const CANDIDATES: usize = 8;
/// How many of the quote's first words are aligned: a longer quote is compared by its
/// beginning, which bounds the alignment's time and memory.
pub const ALIGNED_WORDS: usize = 300;
/// How many differing stretches a diagnostic names before summarising the rest.
const NOTED_DIFFERENCES: usize = 3;

/// An article prepared for quote search: normalized once, its word index built on the
/// first quote that is not found, its decimal mark read on the first figure that needs it
/// (unless its source declares it), and the language its source declares.
pub struct Article<'t> {
    pub original: &'t str,
    pub normalized: Normalized,
    words: OnceLock<Words>,
    /// Owned, so that an `Article` stays covariant in its text's lifetime.
    spaced: OnceLock<Spaced<'static>>,
    decimal_mark: OnceLock<ArticleMark>,
    language: Language,
}

/// The words of a normalized text and where each word occurs.
///
/// Each distinct word is keyed by a randomly seeded 64-bit hash of its lowercase form, and
/// its occurrences are chained through `next`: building the index allocates no string and
/// no list per word, which was most of its cost on an article of many distinct words
/// (figures, names). Two words whose keys collide would share one chain; a search only
/// proposes places and then compares the text, so a collision (one in 2^64 per pair, and
/// not choosable in advance) could cost time but never a wrong answer.
struct Words {
    /// Byte spans in the normalized text, as (start, end): 8 bytes a word where a `Range`
    /// would take 16 (texts are below 4 GiB).
    spans: Vec<(u32, u32)>,
    /// For each word, the position of the next occurrence of the same word, or [`END`].
    next: Vec<u32>,
    /// A word's key -> where its occurrences are.
    index: HashMap<u64, Chain>,
    /// The seed of the keys.
    keys: RandomState,
}

/// The end of a chain of occurrences.
const END: u32 = u32::MAX;

/// The occurrences of one word: its first and last positions, and how many there are.
#[derive(Clone, Copy)]
struct Chain {
    first: u32,
    last: u32,
    count: u32,
}

/// The positions of one word in the article, first to last.
#[derive(Clone, Copy)]
struct Occurrences<'w> {
    next: &'w [u32],
    at: u32,
    count: usize,
}

impl Occurrences<'_> {
    fn len(&self) -> usize {
        self.count
    }
}

impl Iterator for Occurrences<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.at == END {
            return None;
        }
        let at = self.at;
        self.at = self.next[at as usize];
        Some(at)
    }
}

impl Words {
    fn of(text: &str) -> Words {
        let keys = RandomState::default();
        let mut spans: Vec<(u32, u32)> = word_ranges(text)
            .map(|span| (span.start as u32, span.end as u32))
            .collect();
        spans.shrink_to_fit();
        let mut next = vec![END; spans.len()];
        let mut index: HashMap<u64, Chain> = HashMap::default();
        let mut lowercase = String::new();
        for (at, &(start, end)) in spans.iter().enumerate() {
            let at = at as u32;
            let key = word_key(&keys, &text[start as usize..end as usize], &mut lowercase);
            index
                .entry(key)
                .and_modify(|chain| {
                    next[chain.last as usize] = at;
                    chain.last = at;
                    chain.count += 1;
                })
                .or_insert(Chain {
                    first: at,
                    last: at,
                    count: 1,
                });
        }
        Words {
            spans,
            next,
            index,
            keys,
        }
    }

    /// The byte span of word `at` in the normalized text.
    fn span(&self, at: usize) -> Range<usize> {
        let (start, end) = self.spans[at];
        start as usize..end as usize
    }

    /// Where `word` occurs, in any case, first to last; `None` if nowhere. `lowercase` is
    /// scratch space, reused from word to word.
    fn occurrences(&self, word: &str, lowercase: &mut String) -> Option<Occurrences<'_>> {
        let chain = self.index.get(&word_key(&self.keys, word, lowercase))?;
        Some(Occurrences {
            next: &self.next,
            at: chain.first,
            count: chain.count as usize,
        })
    }
}

/// A word's key in the index: the hash of its lowercase form, lowercased into `scratch`
/// only when it is not lowercase already.
fn word_key(keys: &RandomState, word: &str, scratch: &mut String) -> u64 {
    let already_lowercase = word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b.is_ascii_punctuation());
    if already_lowercase {
        return keys.hash_one(word);
    }
    scratch.clear();
    if word.is_ascii() {
        scratch.push_str(word);
        scratch.make_ascii_lowercase();
    } else {
        scratch.extend(word.chars().flat_map(char::to_lowercase));
    }
    keys.hash_one(scratch.as_str())
}

impl<'t> Article<'t> {
    pub fn new(original: &'t str) -> Article<'t> {
        Article {
            original,
            normalized: Normalized::new(original),
            words: OnceLock::new(),
            spaced: OnceLock::new(),
            decimal_mark: OnceLock::new(),
            language: Language::UNDECLARED,
        }
    }

    /// The article whose source declares its `language`, which tells which words of its
    /// quotes are numbers ([`Language`]: the Polish `ten` is "this").
    pub fn with_language(self, language: Language) -> Article<'t> {
        Article { language, ..self }
    }

    /// The language the article's source declares.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The article whose source declares its decimal mark (`decimal_mark:`), when it does:
    /// its figures are read by that mark, and never read to tell one.
    pub fn with_declared_mark(self, mark: Option<DecimalMark>) -> Article<'t> {
        if let Some(mark) = mark {
            let _ = self.decimal_mark.set(ArticleMark::declared(mark));
        }
        self
    }

    /// The article as its numbers are read ([`Spaced`]: a figure and its word go on across
    /// a line break), built the first time a claim needs it.
    pub fn spaced(&self) -> &Spaced<'static> {
        self.spaced
            .get_or_init(|| Spaced::article(self.original).into_owned())
    }

    /// What the article's source declares or its figures say about its decimal mark, read
    /// from them the first time a claim's value needs it (a quote's figure that reads either
    /// way, see [`super::decimal_mark`]): once per article, and never for most.
    pub fn decimal_mark(&self) -> &ArticleMark {
        self.decimal_mark
            .get_or_init(|| ArticleMark::of(&self.spaced().text))
    }

    fn words(&self) -> &Words {
        self.words.get_or_init(|| Words::of(&self.normalized.text))
    }

    /// Where the normalized `quote` first occurs, as a span of the original text. The
    /// search goes through the word index: only the occurrences of the quote's rarest inner
    /// word are tried (its first and last words may be cut mid-word, inner ones cannot), so
    /// a claim costs in proportion to those occurrences rather than to the article's
    /// length, and an article quoted by thousands of claims stays linear. Quotes of fewer
    /// than three words use a plain search.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let mut spans = word_ranges(quote);
        let (Some(_first), Some(mut inner)) = (spans.next(), spans.next()) else {
            return self.normalized.find(quote);
        };
        let Some(mut after) = spans.next() else {
            return self.normalized.find(quote);
        };
        let words = self.words();
        let mut lowercase = String::new();
        let mut rarest: Option<(usize, Occurrences<'_>)> = None;
        // Every word but the first and the last: a word is inner once another follows it.
        loop {
            // An inner word the article never uses: the quote cannot be in it.
            let occurrences = words.occurrences(&quote[inner.clone()], &mut lowercase)?;
            if rarest.is_none_or(|(_, best)| occurrences.len() < best.len()) {
                rarest = Some((inner.start, occurrences));
            }
            // A word the article uses once leaves one place to try: the words after it
            // cannot narrow that, and a word of theirs the article lacks fails the match
            // at that place as surely as it would have failed the lookup.
            if occurrences.len() == 1 {
                break;
            }
            match spans.next() {
                Some(next) => inner = std::mem::replace(&mut after, next),
                None => break,
            }
        }
        let (offset_in_quote, occurrences) = rarest?;
        let text = &self.normalized.text;
        occurrences.into_iter().find_map(|position| {
            let start = words
                .span(position as usize)
                .start
                .checked_sub(offset_in_quote)?;
            // The start is computed, and may fall inside a character of the article
            // (a different word of the same length in bytes): then it is no match.
            text.get(start..)
                .is_some_and(|rest| rest.starts_with(quote))
                .then(|| self.normalized.original_span(start..start + quote.len()))
        })
    }

    /// The article as written at `span`, a byte range of the normalized text.
    fn original_text(&self, span: Range<usize>) -> &'t str {
        &self.original[self.normalized.original_span(span)]
    }
}

/// Words for comparison: runs of letters and digits (with their combining marks), keeping a
/// single `.`, `,`, `-` or quote mark between two of them (`3.29`, `5,379`, `Du'an`,
/// `e-commerce`).
fn word_spans(text: &str) -> Vec<Range<usize>> {
    word_ranges(text).collect()
}

/// The words of [`word_spans`] one at a time, so that an article's millions of words are
/// stored compactly without a full-size list first. ASCII is read a byte at a time: it is
/// most of most articles, and decoding every character was most of building an index.
fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    // The character at byte `at` (a boundary) and its length in bytes.
    let char_at = move |at: usize| -> (char, usize) {
        match bytes[at] {
            ascii @ 0..0x80 => (char::from(ascii), 1),
            _ => {
                let c = text[at..].chars().next().unwrap_or_default();
                (c, c.len_utf8())
            }
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start: Option<usize> = None;
        while at < bytes.len() {
            // A run of ASCII letters and digits, and of ASCII between words, is passed over
            // in one tight loop: the character-by-character step below is for the rest.
            if start.is_some() {
                while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                    at += 1;
                }
            } else {
                while bytes
                    .get(at)
                    .is_some_and(|&b| b.is_ascii() && !b.is_ascii_alphanumeric())
                {
                    at += 1;
                }
            }
            if at == bytes.len() {
                break;
            }
            let (c, width) = char_at(at);
            let here = at;
            at += width;
            if is_word_char(c) {
                start.get_or_insert(here);
                continue;
            }
            let joins = matches!(c, '.' | ',' | '-' | '"')
                && start.is_some()
                && at < bytes.len()
                && char_at(at).0.is_alphanumeric();
            if joins {
                continue;
            }
            if let Some(s) = start {
                return Some(s..here);
            }
        }
        start.map(|s| s..text.len())
    })
}

/// Looks the claim's quote (`quote`, [normalized](normalize)) up in its article: the
/// passage's location, or the CC201 diagnostic.
pub fn locate(
    claim: &Claim,
    quote: &str,
    source: &Source,
    article: &Article,
    text_file: FileId,
    text_name: &str,
) -> Result<Location, Box<Diagnostic>> {
    if let Some(span) = article.find(quote) {
        return Ok(Location::new(text_file, span));
    }
    let message = if quote.is_empty() {
        format!("the quote of claim `{}` is empty", claim.id.value)
    } else {
        format!(
            "the quote of claim `{}` is not in the text of source `{}`",
            claim.id.value, source.id.value
        )
    };
    let mut diagnostic = Diagnostic::new(
        Code::QuoteNotFound,
        message,
        claim.quote.at,
        format!("not found in {text_name}"),
    )
    .about_claim(&claim.id.value)
    .with_data(&QuoteNotFound {
        source: &source.id.value,
        text: text_name,
    })
    .with_help(format!(
        "copy the passage from {text_name} exactly: only whitespace, quote marks, dash \
         kinds and how an accented letter is encoded (composed or decomposed) may differ; if \
         the claim rests on other words of the article, quote those"
    ));
    match closest(article, &claim.quote.value) {
        Some(closest) => {
            diagnostic = diagnostic.with_label(
                Location::new(text_file, closest.span),
                "the closest passage in the article",
            );
            for note in closest.notes {
                diagnostic = diagnostic.with_note(note);
            }
        }
        None if !quote.is_empty() => {
            diagnostic = diagnostic.with_note(
                "no passage of the article has even half of the quote's words in this order",
            );
        }
        None => {}
    }
    Err(Box::new(diagnostic))
}

/// CC201's facts: the source cited and its text file.
#[derive(serde::Serialize)]
struct QuoteNotFound<'a> {
    source: &'a str,
    text: &'a str,
}

/// The passage of the article nearest to a quote, and how they differ.
#[derive(Debug)]
pub struct Closest {
    /// Byte span in the original article text.
    pub span: Range<usize>,
    /// One line per differing stretch: "the article has `impoverished` where the quote has
    /// `poor`".
    pub notes: Vec<String>,
}

/// The passage nearest to `quote` by word-level edit distance among the candidate windows
/// (see the module docs), provided at least half of the quote's words match in it. A quote
/// in a script written without spaces (Chinese, Japanese, Thai), whose sentence is one
/// "word", is compared character by character when its words find nothing.
pub fn closest(article: &Article, quote: &str) -> Option<Closest> {
    closest_by_words(article, quote).or_else(|| {
        quote
            .contains(crate::normalize::is_unspaced_script)
            .then(|| closest_unspaced(article, quote))
            .flatten()
    })
}

/// The tokens of text in a script written without spaces: each such character alone, and
/// each run of other letters and digits as one (`510` in `約510万人`).
fn unspaced_tokens(text: &str, base: usize) -> Vec<Range<usize>> {
    let mut tokens = Vec::new();
    let mut run: Option<usize> = None;
    for (at, c) in text.char_indices() {
        let unspaced = crate::normalize::is_unspaced_script(c);
        if is_word_char(c) && !unspaced {
            run.get_or_insert(at);
            continue;
        }
        if let Some(start) = run.take() {
            tokens.push(base + start..base + at);
        }
        if unspaced {
            tokens.push(base + at..base + at + c.len_utf8());
        }
    }
    if let Some(start) = run {
        tokens.push(base + start..base + text.len());
    }
    tokens
}

/// [`closest`] for a quote in a script written without spaces: the article's windows around
/// each place where two of the quote's tokens stand together, aligned token by token.
fn closest_unspaced(article: &Article, quote: &str) -> Option<Closest> {
    let quote_norm = Normalized::new(quote);
    let (quote_spans, quote_len) = compared(unspaced_tokens(&quote_norm.text, 0));
    let quote_words: Vec<&str> = quote_spans
        .iter()
        .map(|s| &quote_norm.text[s.clone()])
        .collect();
    let n = quote_words.len();
    if n < 2 {
        return None;
    }
    let quote_ends = sentence_ends(&quote_norm.text, &quote_spans, quote_norm.text.len());
    let text = &article.normalized.text;
    // Anchors: where a pair of the quote's tokens stands in the article, the quote's bytes
    // before it giving the window's start.
    let mut best: Option<(Alignment, Vec<Range<usize>>)> = None;
    let mut tried = 0;
    for pair in (0..n - 1).step_by(((n - 1) / SEEDS).max(1)).take(SEEDS + 1) {
        let needle = &quote_norm.text[quote_spans[pair].start..quote_spans[pair + 1].end];
        let before = quote_spans[pair].start;
        let after = quote_norm.text.len() - quote_spans[pair].start;
        for (at, _) in text.match_indices(needle).take(OCCURRENCES_PER_SEED) {
            if tried >= CANDIDATES * 4 {
                break;
            }
            tried += 1;
            let margin = (quote_norm.text.len() / 4).max(12);
            let mut lo = at.saturating_sub(before + margin);
            let mut hi = (at + after + margin).min(text.len());
            while !text.is_char_boundary(lo) {
                lo -= 1;
            }
            while !text.is_char_boundary(hi) {
                hi += 1;
            }
            let spans = unspaced_tokens(&text[lo..hi], lo);
            let window: Vec<&str> = spans.iter().map(|s| &text[s.clone()]).collect();
            let window_ends = sentence_ends(text, &spans, hi);
            let alignment = align(&quote_words, &quote_ends, &window, &window_ends);
            if best.as_ref().is_none_or(|(b, _)| alignment.cost < b.cost) {
                best = Some((alignment, spans));
            }
        }
    }
    let (alignment, spans) = best?;
    let same = alignment.ops.iter().filter(|op| **op == Op::Same).count();
    if same * 2 < n {
        return None;
    }
    let passage = spans[alignment.start].start..spans[alignment.end - 1].end;
    let span = article.normalized.original_span(passage);
    let mut notes = differences(
        &alignment,
        |i| article.original_text(spans[i].clone()),
        |i, j| article.original_text(spans[i].start..spans[j - 1].end),
        &quote_spans,
        &quote_norm,
        quote,
    );
    if quote_len > ALIGNED_WORDS {
        notes.push(format!(
            "only the quote's first {ALIGNED_WORDS} of its {quote_len} characters were \
             compared with the article: there may be more differences after them"
        ));
    }
    Some(Closest { span, notes })
}

/// The quote's words (or tokens) that are compared: the first [`ALIGNED_WORDS`]; and how
/// many it has in all.
fn compared(mut spans: Vec<Range<usize>>) -> (Vec<Range<usize>>, usize) {
    let all = spans.len();
    spans.truncate(ALIGNED_WORDS);
    (spans, all)
}

/// [`closest`] by the quote's words.
fn closest_by_words(article: &Article, quote: &str) -> Option<Closest> {
    let quote_norm = Normalized::new(quote);
    let (quote_spans, quote_len) = compared(word_spans(&quote_norm.text));
    let quote_words: Vec<&str> = quote_spans
        .iter()
        .map(|s| &quote_norm.text[s.clone()])
        .collect();
    let n = quote_words.len();
    if n == 0 {
        return None;
    }
    let quote_ends = sentence_ends(&quote_norm.text, &quote_spans, quote_norm.text.len());
    let words = article.words();

    // Seeds: the quote's distinct words that occur in the article, rarest first.
    let mut seeds: Vec<(usize, usize, Occurrences<'_>)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut lowercase = String::new();
    for (at, word) in quote_words.iter().enumerate() {
        let lower = word.to_lowercase();
        if seen.contains(&lower) {
            continue;
        }
        if let Some(occurrences) = words.occurrences(word, &mut lowercase) {
            seeds.push((occurrences.len(), at, occurrences));
        }
        seen.push(lower);
    }
    seeds.sort_by_key(|(count, at, _)| (*count, std::cmp::Reverse(quote_words[*at].len())));
    let mut votes: HashMap<isize, usize> = HashMap::default();
    for &(_, at, positions) in seeds.iter().take(SEEDS) {
        for position in positions.take(OCCURRENCES_PER_SEED) {
            *votes.entry(position as isize - at as isize).or_default() += 1;
        }
    }
    let mut starts: Vec<(isize, usize)> = votes.into_iter().collect();
    starts.sort_by_key(|&(start, count)| (std::cmp::Reverse(count), start));

    // Room on each side for the words a quote skips ("had already [taken their hats and]
    // withdrew"), which the alignment names as one run left out only if the window holds
    // the quote's words after them.
    let margin = (n / 2).max(8) as isize;
    let mut best: Option<(Alignment, usize)> = None;
    for &(start, _) in starts.iter().take(CANDIDATES) {
        let lo = (start - margin).max(0) as usize;
        let hi = ((start + n as isize + margin).max(0) as usize).min(words.spans.len());
        if lo >= hi {
            continue;
        }
        // Only the candidate window's words: O(quote) per candidate, never O(article).
        let text = &article.normalized.text;
        let spans: Vec<Range<usize>> = (lo..hi).map(|at| words.span(at)).collect();
        let window: Vec<&str> = spans.iter().map(|span| &text[span.clone()]).collect();
        let next_word = words
            .spans
            .get(hi)
            .map_or(text.len(), |&(start, _)| start as usize);
        let window_ends = sentence_ends(text, &spans, next_word);
        let alignment = align(&quote_words, &quote_ends, &window, &window_ends);
        let better = best.as_ref().is_none_or(|(b, b_lo)| {
            (alignment.cost, lo + alignment.start) < (b.cost, b_lo + b.start)
        });
        if better {
            best = Some((alignment, lo));
        }
    }
    let (alignment, lo) = best?;
    let same = alignment.ops.iter().filter(|op| **op == Op::Same).count();
    if same * 2 < n {
        return None;
    }
    let first = words.span(lo + alignment.start);
    let last = words.span(lo + alignment.end - 1);
    let passage = first.start..last.end;
    let span = article.normalized.original_span(passage.clone());
    let mut notes = differences(
        &alignment,
        |i| article.original_text(words.span(lo + i)),
        |i, j| article.original_text(words.span(lo + i).start..words.span(lo + j - 1).end),
        &quote_spans,
        &quote_norm,
        quote,
    );
    if quote_len > ALIGNED_WORDS {
        // The differences counted are those of the words compared: say where that stops,
        // so that fixing them is not taken for fixing the quote.
        notes.push(format!(
            "only the quote's first {ALIGNED_WORDS} of its {quote_len} words were compared \
             with the article: there may be more differences after them"
        ));
    } else if notes.is_empty() {
        // Every word matches: the difference is in the punctuation between them.
        notes.push(punctuation_difference(article, passage, &normalize(quote)));
    }
    Some(Closest { span, notes })
}

/// One step of an alignment of the quote's words with the article's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    /// The same word in both.
    Same,
    /// A different word in each.
    Replaced,
    /// A word of the article the quote lacks.
    ArticleOnly,
    /// A word of the quote the article lacks.
    QuoteOnly,
}

#[derive(Debug)]
struct Alignment {
    cost: usize,
    /// Window words `start..end` are aligned with the quote.
    start: usize,
    end: usize,
    ops: Vec<Op>,
}

/// What each step of an alignment costs. A word of the quote replaced or left out costs one
/// edit; a run of words the article has and the quote leaves out costs half an edit to open
/// and little for each further word, as a passage the quote skips ("reached in the first
/// half 2.6 percent", quoted "reached 2.6 percent") is one difference however many words it
/// holds. Counted whole, the three words skipped cost more than replacing the quote's last
/// two words by the first two of them, and the note named a replacement of the figure the
/// article does have.
const REPLACED: usize = 16;
const QUOTE_ONLY: usize = 16;
const ARTICLE_ONLY_OPENED: usize = 8;
const ARTICLE_ONLY_GOES_ON: usize = 1;
/// What a word of the article alone costs, beyond its run's, when it opens a sentence of
/// the article and the quote's word before it closes none: a run left out across a sentence
/// end costs more than one word replaced. Counted as any other run, "near the river. The
/// lake is dry" quoted "near the lake" left out `river. The` to reach the next sentence's
/// `lake`, where the quote has `lake` for the article's `river`.
const SENTENCE_CROSSED: usize = REPLACED;

/// For each of the words at `spans` of `text`, whether a sentence closes after it: whether
/// the text between it and the next word (or `end`, after the last) holds a full stop, a
/// question or an exclamation mark. A point inside a word (`3.29`, `U.S`) is part of it.
fn sentence_ends(text: &str, spans: &[Range<usize>], end: usize) -> Vec<bool> {
    spans
        .iter()
        .enumerate()
        .map(|(at, span)| {
            let next = spans.get(at + 1).map_or(end, |next| next.start);
            text.get(span.end..next.max(span.end)).is_some_and(|gap| {
                gap.contains(['.', '!', '?', '\u{3002}', '\u{ff01}', '\u{ff1f}'])
            })
        })
        .collect()
}

/// Where an alignment's path stands at a cell: after a word of each, after a word of the
/// article alone, or after a word of the quote alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Both,
    Article,
    Quote,
}

/// The cheapest path into one cell in one [`Last`] state.
#[derive(Clone, Copy, Debug)]
struct Path {
    cost: usize,
    /// Where in the window the path starts.
    origin: usize,
    /// The state the path was in at the cell before.
    from: Last,
    /// The step into the cell.
    op: Op,
}

impl Path {
    const NONE: Path = Path {
        cost: usize::MAX / 4,
        origin: usize::MAX,
        from: Last::Both,
        op: Op::ArticleOnly,
    };
}

/// The cheapest of `candidates` (cost, then the earliest start in the window; of equal
/// keys the first, so the order given breaks the ties).
fn cheapest(candidates: impl IntoIterator<Item = Path>) -> Path {
    candidates
        .into_iter()
        .min_by_key(|path| (path.cost, path.origin))
        .unwrap_or(Path::NONE)
}

/// The whole quote aligned with the best-matching stretch of the window (free start and end
/// in the window) at the least cost of [`REPLACED`], [`QUOTE_ONLY`] and the article's runs
/// ([`ARTICLE_ONLY_OPENED`], [`SENTENCE_CROSSED`]; `quote_ends` and `window_ends` say which
/// words a sentence closes after): O(quote × window). Of the paths of least cost to a cell, the
/// one that starts earliest in the window, so that a stretch which takes the quote's first
/// word where it stands is preferred to one that replaces it by the article's next (the
/// quote "피해액은 1조" of the article's "피해액은 약 1조" leaves out `약`; it does not have
/// `피해액은` where the article has `약`); of those, a replaced word before a word of the
/// article alone before a word of the quote alone.
fn align(quote: &[&str], quote_ends: &[bool], window: &[&str], window_ends: &[bool]) -> Alignment {
    let (n, m) = (quote.len(), window.len());
    let width = m + 1;
    let cells = (n + 1) * width;
    // The cheapest path into each cell that ends in each state.
    let mut both = vec![Path::NONE; cells];
    let mut article = vec![Path::NONE; cells];
    let mut quote_only = vec![Path::NONE; cells];
    // Before the quote's first word, any of the window's words may start the stretch.
    for (j, start) in both.iter_mut().enumerate().take(width) {
        *start = Path {
            cost: 0,
            origin: j,
            ..Path::NONE
        };
    }
    let after = |path: Path, from: Last, cost: usize, op: Op| Path {
        cost: path.cost + cost,
        origin: path.origin,
        from,
        op,
    };
    for i in 1..=n {
        let up = (i - 1) * width;
        quote_only[i * width] = cheapest([
            after(both[up], Last::Both, QUOTE_ONLY, Op::QuoteOnly),
            after(quote_only[up], Last::Quote, QUOTE_ONLY, Op::QuoteOnly),
        ]);
        for j in 1..=m {
            let here = i * width + j;
            let (diagonal, left, up) = (up + j - 1, here - 1, up + j);
            let same = quote[i - 1] == window[j - 1];
            let (cost, op) = if same {
                (0, Op::Same)
            } else {
                (REPLACED, Op::Replaced)
            };
            both[here] = cheapest([
                after(both[diagonal], Last::Both, cost, op),
                after(article[diagonal], Last::Article, cost, op),
                after(quote_only[diagonal], Last::Quote, cost, op),
            ]);
            let crossed = if j >= 2 && window_ends[j - 2] && !quote_ends[i - 1] {
                SENTENCE_CROSSED
            } else {
                0
            };
            article[here] = cheapest([
                after(
                    both[left],
                    Last::Both,
                    ARTICLE_ONLY_OPENED + crossed,
                    Op::ArticleOnly,
                ),
                after(
                    article[left],
                    Last::Article,
                    ARTICLE_ONLY_GOES_ON + crossed,
                    Op::ArticleOnly,
                ),
                after(
                    quote_only[left],
                    Last::Quote,
                    ARTICLE_ONLY_OPENED + crossed,
                    Op::ArticleOnly,
                ),
            ]);
            quote_only[here] = cheapest([
                after(both[up], Last::Both, QUOTE_ONLY, Op::QuoteOnly),
                after(article[up], Last::Article, QUOTE_ONLY, Op::QuoteOnly),
                after(quote_only[up], Last::Quote, QUOTE_ONLY, Op::QuoteOnly),
            ]);
        }
    }
    let state = |last: Last| match last {
        Last::Both => &both,
        Last::Article => &article,
        Last::Quote => &quote_only,
    };
    // The cheapest stretch; on a tie the earliest, then the longest: a replaced last word
    // reads better than a missing one. A stretch never ends on words of the article alone:
    // those after the quote's last word are outside it.
    let (end, last) = (0..=m)
        .flat_map(|j| [(j, Last::Both), (j, Last::Quote)])
        .min_by_key(|&(j, last)| {
            let path = state(last)[n * width + j];
            (path.cost, path.origin, std::cmp::Reverse(j))
        })
        .unwrap_or((0, Last::Both));
    let cost = state(last)[n * width + end].cost;
    let mut ops = Vec::new();
    let (mut i, mut j, mut last) = (n, end, last);
    while i > 0 {
        let path = state(last)[i * width + j];
        ops.push(path.op);
        match path.op {
            Op::Same | Op::Replaced => {
                i -= 1;
                j -= 1;
            }
            Op::ArticleOnly => j -= 1,
            Op::QuoteOnly => i -= 1,
        }
        last = path.from;
    }
    ops.reverse();
    // Article words before `start` and after `end` are outside the passage, not differences.
    Alignment {
        cost,
        start: j,
        end,
        ops,
    }
}

/// The notes naming each stretch where the words differ.
fn differences<'a>(
    alignment: &Alignment,
    article_word: impl Fn(usize) -> &'a str,
    article_words: impl Fn(usize, usize) -> &'a str,
    quote_spans: &[Range<usize>],
    quote_norm: &Normalized,
    quote: &str,
) -> Vec<String> {
    let quote_text = |i: usize, j: usize| {
        within_the_paragraph(
            &quote[quote_norm.original_span(quote_spans[i].start..quote_spans[j - 1].end)],
        )
    };
    let article_words = |i: usize, j: usize| within_the_paragraph(article_words(i, j));
    let article_word = |i: usize| within_the_paragraph(article_word(i));
    // Walk the ops, tracking the position in the window and in the quote.
    let mut hunks: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let (mut a, mut q) = (alignment.start, 0);
    let mut open: Option<(usize, usize)> = None;
    for op in &alignment.ops {
        if *op == Op::Same {
            if let Some((a0, q0)) = open.take() {
                hunks.push((a0..a, q0..q));
            }
        } else if open.is_none() {
            open = Some((a, q));
        }
        match op {
            Op::Same | Op::Replaced => {
                a += 1;
                q += 1;
            }
            Op::ArticleOnly => a += 1,
            Op::QuoteOnly => q += 1,
        }
    }
    if let Some((a0, q0)) = open {
        hunks.push((a0..a, q0..q));
    }
    let mut notes: Vec<String> = hunks
        .iter()
        .take(NOTED_DIFFERENCES)
        .map(
            |(article, quoted)| match (article.is_empty(), quoted.is_empty()) {
                (false, false) => format!(
                    "the article has `{}` where the quote has `{}`",
                    article_words(article.start, article.end),
                    quote_text(quoted.start, quoted.end)
                ),
                (false, true) => match quoted.start.checked_sub(1) {
                    Some(before) => format!(
                        "the article has `{}` after `{}`, which the quote leaves out",
                        article_words(article.start, article.end),
                        quote_text(before, before + 1)
                    ),
                    None => format!(
                        "the article has `{}` before `{}`, which the quote leaves out",
                        article_words(article.start, article.end),
                        quote_text(0, 1)
                    ),
                },
                (true, _) => match article.start.checked_sub(1) {
                    Some(before) if before >= alignment.start => format!(
                        "the quote has `{}` after `{}`, which the article does not",
                        quote_text(quoted.start, quoted.end),
                        article_word(before)
                    ),
                    _ => format!(
                        "the quote has `{}` at its start, which the article does not",
                        quote_text(quoted.start, quoted.end)
                    ),
                },
            },
        )
        .collect();
    if hunks.len() > NOTED_DIFFERENCES {
        let more = hunks.len() - NOTED_DIFFERENCES;
        notes.push(format!(
            "and {more} more {}",
            if more == 1 {
                "difference"
            } else {
                "differences"
            }
        ));
    }
    notes
}

/// The words of `text`, a stretch a note names, up to its first paragraph break, on one
/// line: a stretch of the article aligned across a blank line ("yashaydi.\n\n2024-yilda")
/// differs from the quote in the paragraph it starts in, and a note prints no newline.
fn within_the_paragraph(text: &str) -> String {
    if !text.contains(['\n', '\r']) {
        return text.to_string();
    }
    let mut lines = text.lines();
    let mut words: Vec<&str> = Vec::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() && !words.is_empty() {
            break;
        }
        words.extend(line.split_whitespace());
    }
    words.join(" ")
}

/// When the words agree, the first stretch where the characters do not, widened to whole
/// words on both sides.
fn punctuation_difference(article: &Article, passage: Range<usize>, quote_norm: &str) -> String {
    let passage_norm = &article.normalized.text[passage.clone()];
    let prefix = passage_norm
        .char_indices()
        .zip(quote_norm.chars())
        .find(|((_, a), b)| a != b)
        .map_or(passage_norm.len().min(quote_norm.len()), |((at, _), _)| at);
    let start = passage_norm[..prefix].rfind(' ').map_or(0, |at| at + 1);
    // To the end of the word after the difference: a space one has and the other lacks
    // ("« la ville" and "\"la ville") shows with the word it stands before.
    let widen = |text: &str| {
        let after = text[prefix..].chars().next().map_or(0, char::len_utf8);
        text[prefix + after..]
            .find(' ')
            .map_or(text.len(), |at| prefix + after + at)
    };
    // The article's words as it writes them (`«`, not the `"` it is compared as).
    let article_words =
        article.original_text(passage.start + start..passage.start + widen(passage_norm));
    let quote = &quote_norm[start.min(quote_norm.len())..widen(quote_norm)];
    format!(
        "the words are the same, the punctuation is not: the article has `{article_words}` where the quote has `{quote}`"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The Gansu Provincial Government announced on the 21st that all the 75 \
        impoverished counties in Gansu Province had already taken their hats and withdrew. \
        There are 75 poverty-stricken counties in Gansu Province, of which 58 are in the \
        contiguous areas.";

    #[test]
    fn the_indexed_search_finds_what_a_plain_search_finds() {
        let article = Article::new(TEXT);
        let text = &article.normalized.text;
        // Every substring starting and ending on a character boundary, of a few lengths.
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (i, &start) in bounds.iter().enumerate() {
            for &end in bounds.iter().skip(i + 1).step_by(7).take(12) {
                let quote = normalize(&text[start..end]);
                assert_eq!(
                    article.find(&quote),
                    article.normalized.find(&quote),
                    "{quote:?}"
                );
            }
        }
        assert_eq!(article.find("not in the article at all"), None);
    }

    #[test]
    fn words_keep_inner_separators() {
        let text = "3.29 million, 5,379 Du\"an e-commerce. Next";
        let words: Vec<&str> = word_spans(text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(
            words,
            ["3.29", "million", "5,379", "Du\"an", "e-commerce", "Next"]
        );
    }

    #[test]
    fn a_replaced_word_is_named_with_the_closest_passage() {
        let article = Article::new(TEXT);
        let closest = closest(&article, "all the 75 poor counties in Gansu Province").unwrap();
        assert_eq!(
            &TEXT[closest.span],
            "all the 75 impoverished counties in Gansu Province"
        );
        assert_eq!(
            closest.notes,
            ["the article has `impoverished` where the quote has `poor`"]
        );
    }

    #[test]
    fn a_difference_is_named_within_its_paragraph_on_one_line() {
        let text = "Toshkent shahrida taxminan 3 mln. kishi yashaydi.\n\n2024-yilda mamlakatda \
                    920 ming chaqaloq tug'ildi.";
        let article = Article::new(text);
        let closest = closest(
            &article,
            "Toshkent shahrida taxminan 3 mln. kishi istiqomat qiladi",
        )
        .unwrap();
        assert!(
            closest.notes.iter().all(|note| !note.contains('\n')),
            "{:?}",
            closest.notes
        );
        assert_eq!(
            closest.notes,
            ["the article has `yashaydi.` where the quote has `istiqomat qiladi`"]
        );
        assert_eq!(within_the_paragraph("a\nb\n \nc"), "a b");
    }

    #[test]
    fn left_out_and_added_words_are_named() {
        let article = Article::new(TEXT);
        let closest = closest(
            &article,
            "There are 75 counties in Gansu Province, of which 58 are really in the",
        )
        .unwrap();
        assert_eq!(
            closest.notes,
            [
                "the article has `poverty-stricken` after `75`, which the quote leaves out",
                "the quote has `really` after `are`, which the article does not"
            ]
        );
    }

    #[test]
    fn a_word_left_out_after_the_quote_s_first_is_named_as_left_out_not_as_replacing_it() {
        // Found from outside: the passage started at `약` and the note said the article had
        // it where the quote has `피해액은`, the word both share.
        let text = "피해액은 약 1조 2천억 원으로 추산된다.";
        let article = Article::new(text);
        let closest = closest(&article, "피해액은 1조 2천억 원으로 추산된다").unwrap();
        assert_eq!(&text[closest.span], "피해액은 약 1조 2천억 원으로 추산된다");
        assert_eq!(
            closest.notes,
            ["the article has `약` after `피해액은`, which the quote leaves out"]
        );
        // The same in English: the passage takes the quote's first word where it stands.
        let text = "Losses reached 5 billion won.";
        let english = super::closest(&Article::new(text), "Losses 5 billion won").unwrap();
        assert_eq!(&text[english.span], "Losses reached 5 billion won");
        assert_eq!(
            english.notes,
            ["the article has `reached` after `Losses`, which the quote leaves out"]
        );
    }

    #[test]
    fn a_word_replaced_is_named_where_a_run_left_out_would_reach_into_the_next_sentence() {
        // The quote's last word stands in the next sentence: the note said the quote left
        // out `river. The`, never naming `lake`.
        let text = "In the town, 40 families live near the river. The lake is dry.";
        let found = closest(&Article::new(text), "40 families live near the lake").unwrap();
        assert_eq!(&text[found.span], "40 families live near the river");
        assert_eq!(
            found.notes,
            ["the article has `river` where the quote has `lake`"]
        );
        // Across a paragraph too, in Basque: `dira` stands two sentences on.
        let text = "Biztanleen ia %40 Donostialdean bizi da.\n\nLau udalerri izango dira \
                    onuradunak.";
        let found = closest(
            &Article::new(text),
            "Biztanleen ia %40 Donostialdean bizi dira",
        )
        .unwrap();
        assert_eq!(
            found.notes,
            ["the article has `da` where the quote has `dira`"]
        );
        // A run left out inside one sentence is still one run left out.
        let text = "Families live near the wide and slow river. The lake is dry.";
        let found = closest(&Article::new(text), "Families live near the river").unwrap();
        assert_eq!(
            found.notes,
            ["the article has `wide and slow` after `the`, which the quote leaves out"]
        );
        // Where the quote closes its sentence too, the article's next sentence may start
        // with words it leaves out.
        let text = "They live near the river. The big lake is dry.";
        let found = closest(&Article::new(text), "near the river. lake is dry").unwrap();
        assert_eq!(
            found.notes,
            ["the article has `The big` after `river`, which the quote leaves out"]
        );
    }

    #[test]
    fn a_sentence_closes_after_a_word_followed_by_its_full_stop_not_by_a_point_inside_it() {
        let text = "It rose 3.29 percent. Then? No";
        let spans = word_spans(text);
        assert_eq!(
            sentence_ends(text, &spans, text.len()),
            [false, false, false, true, true, false]
        );
        let text = "東京都。人口";
        let spans = unspaced_tokens(text, 0);
        assert_eq!(
            sentence_ends(text, &spans, text.len()),
            [false, false, true, false, false]
        );
    }

    #[test]
    fn words_the_quote_skips_before_its_last_are_one_run_left_out_not_its_figure_replaced() {
        // Three words skipped cost, counted one by one, more than replacing the quote's last
        // two: the note said the article had `v prvom` where the quote has `2,6 percenta`.
        let text = "Podiel elektromobilov dosiahol v prvom polroku 2,6 percenta.";
        let article = Article::new(text);
        let found = closest(&article, "Podiel elektromobilov dosiahol 2,6 percenta").unwrap();
        assert_eq!(
            &text[found.span],
            "Podiel elektromobilov dosiahol v prvom polroku 2,6 percenta"
        );
        assert_eq!(
            found.notes,
            ["the article has `v prvom polroku` after `dosiahol`, which the quote leaves out"]
        );
        // Two words skipped before the last: the same, where a replacement cost less.
        let text = "Sales reached in all 2.6 percent.";
        let found = closest(&Article::new(text), "Sales reached 2.6 percent").unwrap();
        assert_eq!(
            found.notes,
            ["the article has `in all` after `reached`, which the quote leaves out"]
        );
        // More words skipped than a quarter of the quote: the window around the quote holds
        // its last word after them.
        let text = "The counties had already taken off their poverty hats and withdrew.";
        let found = closest(&Article::new(text), "The counties had already withdrew").unwrap();
        assert_eq!(
            found.notes,
            [
                "the article has `taken off their poverty hats and` after `already`, which the quote leaves out"
            ]
        );
        // A word replaced at the end is still named as replaced, not as missing.
        let text = "Sales reached a record high.";
        let found = closest(&Article::new(text), "Sales reached a record low").unwrap();
        assert_eq!(
            found.notes,
            ["the article has `high` where the quote has `low`"]
        );
    }

    #[test]
    fn a_changed_figure_is_one_word() {
        let article = Article::new(TEXT);
        let closest = closest(&article, "of which 85 are in the contiguous areas").unwrap();
        assert_eq!(
            closest.notes,
            ["the article has `58` where the quote has `85`"]
        );
    }

    #[test]
    fn punctuation_differences_are_named_when_the_words_agree() {
        let article = Article::new(TEXT);
        let closest = closest(&article, "Gansu Province; of which 58").unwrap();
        assert_eq!(
            closest.notes,
            [
                "the words are the same, the punctuation is not: the article has `Province,` where the quote has `Province;`"
            ]
        );
        // A space inside guillemets, as French writes them: named with the word after it,
        // and the article's marks as it writes them.
        let french = Article::new("Le maire a dit : « la ville compte 120 écoles ».");
        let closest = super::closest(&french, "a dit : \"la ville compte 120 écoles\"").unwrap();
        assert_eq!(
            closest.notes,
            [
                "the words are the same, the punctuation is not: the article has `« la` where the quote has `\"la`"
            ]
        );
    }

    #[test]
    fn an_unrelated_quote_has_no_closest_passage() {
        let article = Article::new(TEXT);
        assert!(closest(&article, "the rain in Spain falls mainly on the plain").is_none());
        assert!(closest(&article, "").is_none());
    }

    #[test]
    fn a_long_article_is_searched_through_the_rarest_words() {
        let filler = "the county said that the work went on. ".repeat(2_000);
        let text = format!("{filler}Akto County built 34 township schools. {filler}");
        let article = Article::new(&text);
        let closest = closest(&article, "Akto County built 43 township schools").unwrap();
        assert_eq!(&text[closest.span], "Akto County built 34 township schools");
    }

    #[test]
    fn a_word_used_once_decides_where_the_quote_can_be() {
        let text = "In 2019 the county built 34 schools. In 2020 the county built 41 schools.";
        let article = Article::new(text);
        let find = |quote: &str| article.find(&normalize(quote)).map(|span| &text[span]);
        // `2020` occurs once: the words after it are not looked up, and still decide.
        assert_eq!(
            find("In 2020 the county built 41 schools"),
            Some("In 2020 the county built 41 schools")
        );
        assert_eq!(find("In 2020 the county built 34 schools"), None);
        assert_eq!(find("In 2020 the county rebuilt 41 schools"), None);
        assert_eq!(find("In 2020 the county built 41 clinics"), None);
        // A word used twice, then one used once: the later one is the place.
        assert_eq!(
            find("the county built 41 schools"),
            Some("the county built 41 schools")
        );
    }

    #[test]
    fn a_very_long_quote_is_located_by_its_beginning() {
        let text =
            "Akto County built 34 township schools and 12 clinics in the valley. ".repeat(100);
        let article = Article::new(&text);
        let quote = format!("{} and more", text.trim().replacen("34", "43", 1));
        let closest = closest(&article, &quote).unwrap();
        assert!(closest.span.start == 0, "{:?}", closest.span);
        assert_eq!(
            closest.notes,
            [
                "the article has `34` where the quote has `43`",
                "only the quote's first 300 of its 1202 words were compared with the article: \
                 there may be more differences after them"
            ]
        );
    }

    #[test]
    fn a_composed_quote_is_found_in_a_decomposed_article() {
        let text = "The mayor of Julia\u{300} opened 12 schools in Quye\u{302}\u{300}n.";
        let article = Article::new(text);
        let span = article
            .find(&normalize("mayor of Julià opened 12 schools in Quyền"))
            .unwrap();
        assert_eq!(
            &text[span],
            "mayor of Julia\u{300} opened 12 schools in Quye\u{302}\u{300}n"
        );
    }

    #[test]
    fn notes_never_split_a_letter_from_its_accents() {
        let text = "The mayor of Julia\u{300} opened 12 schools in Quye\u{302}\u{300}n.";
        let article = Article::new(text);
        let closest = closest(&article, "mayor of Julià opened 13 schools in Quyền").unwrap();
        assert_eq!(
            &text[closest.span],
            "mayor of Julia\u{300} opened 12 schools in Quye\u{302}\u{300}n"
        );
        assert_eq!(
            closest.notes,
            ["the article has `12` where the quote has `13`"]
        );
        let unaccented = super::closest(&article, "mayor of Julia opened 12 schools").unwrap();
        assert_eq!(
            unaccented.notes,
            ["the article has `Julia\u{300}` where the quote has `Julia`"]
        );
    }

    #[test]
    fn words_join_across_a_separator_before_any_letter_and_end_at_the_text_end() {
        let text = "Ürümqi-Ürümqi 3.Ω «İstanbul» 12";
        let words: Vec<&str> = word_spans(text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(words, ["Ürümqi-Ürümqi", "3.Ω", "İstanbul", "12"]);
        assert!(word_spans("").is_empty());
        assert!(word_spans(" - , ").is_empty());
    }

    proptest::proptest! {
        /// The words as read a run of ASCII at a time are those read a character at a
        /// time, the definition [`word_spans`] documents.
        #[test]
        fn prop_words_are_those_read_character_by_character(
            text in "[aZ9 .,\\-\"'éÜİ\u{301}\u{a0}語]{0,24}",
        ) {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut expected = Vec::new();
            let mut start = None;
            for (i, &(at, c)) in chars.iter().enumerate() {
                if crate::normalize::is_word_char(c) {
                    start.get_or_insert(at);
                    continue;
                }
                let joins = matches!(c, '.' | ',' | '-' | '"')
                    && start.is_some()
                    && chars.get(i + 1).is_some_and(|(_, next)| next.is_alphanumeric());
                if !joins && let Some(s) = start.take() {
                    expected.push(s..at);
                }
            }
            expected.extend(start.map(|s| s..text.len()));
            proptest::prop_assert_eq!(word_spans(&text), expected);
        }
    }

    #[test]
    fn the_word_index_finds_every_occurrence_in_any_case_in_order() {
        let article = Article::new("Straße and STRASSE; ÇANKIRI, çankırı, Çankırı and straße.");
        let words = article.words();
        let mut scratch = String::new();
        let positions = |word: &str, scratch: &mut String| -> Vec<u32> {
            words
                .occurrences(word, scratch)
                .map(Iterator::collect)
                .unwrap_or_default()
        };
        assert_eq!(positions("straße", &mut scratch), [0, 7]);
        assert_eq!(positions("STRASSE", &mut scratch), [2]);
        // Lowercase as Unicode defines it, without a language: `I` is `i`, not Turkish `ı`.
        assert_eq!(positions("ÇANKIRI", &mut scratch), [3]);
        assert_eq!(positions("çankırı", &mut scratch), [4, 5]);
        assert_eq!(words.occurrences("Çankırı", &mut scratch).unwrap().len(), 2);
        assert!(words.occurrences("Ankara", &mut scratch).is_none());
        let quote = "STRASSE; ÇANKIRI, çankırı, Çankırı";
        let span = article.find(&normalize(quote)).unwrap();
        assert_eq!(&article.original[span], quote);
    }

    #[test]
    fn words_keep_their_combining_marks() {
        let text = "Aq\u{303}a and Sa\u{303}o";
        let words: Vec<&str> = word_spans(text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(words, ["Aq\u{303}a", "and", "Sa\u{303}o"]);
    }

    #[test]
    fn many_differences_are_summarised() {
        let article = Article::new(TEXT);
        let closest = closest(
            &article,
            "There are 75 poverty-stricken countys in Gansu Provinse, of wich 58 are in teh contiguous areas",
        )
        .unwrap();
        assert_eq!(closest.notes.len(), 4);
        assert_eq!(closest.notes[3], "and 1 more difference");
    }

    #[test]
    fn a_quote_in_a_script_without_spaces_is_compared_character_by_character() {
        let text = "札幌、5月1日　北海道の人口は約510万人で、2023年には1万2000人減少した。";
        let article = Article::new(text);
        let found = closest(&article, "北海道の人口は約520万人").unwrap();
        assert_eq!(&text[found.span], "北海道の人口は約510万人");
        assert_eq!(
            found.notes,
            ["the article has `510` where the quote has `520`"]
        );
        let text = "11月21日，贵州省有9个县退出贫困，全省66个贫困县全部摘帽。";
        let found = closest(&Article::new(text), "贵洲省有9个县退出贫困").unwrap();
        assert_eq!(
            found.notes,
            ["the article has `州` where the quote has `洲`"]
        );
        // Nothing near: no passage is offered.
        assert!(closest(&Article::new(text), "東京都の人口は増えた").is_none());
    }

    #[test]
    fn a_quote_longer_than_what_is_compared_says_where_the_comparison_stopped() {
        let words: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
        let text = words.join(" ");
        let article = Article::new(&text);
        let mut quoted = words.clone();
        for at in (5..400).step_by(20) {
            quoted[at] = "zz".to_string();
        }
        let closest = closest(&article, &quoted.join(" ")).unwrap();
        assert_eq!(
            closest.notes.last().unwrap(),
            "only the quote's first 300 of its 400 words were compared with the article: there \
             may be more differences after them"
        );
    }
}
