//! CC203 `member-not-in-quote`: every member a claim lists is named in its quote.
//!
//! A member counts as named when its name as written (or, written qualified as `Forest Park
//! (Springfield)`, the name it qualifies, resolved or not), or the canonical name or an alias
//! of the entity it resolves to, stands in the normalized quote as whole words: case-sensitive,
//! with no letter or digit on either side (`Min County` is not in `Minxian County`), but
//! for the Korean particles written onto a name (`예천군과`, `군위군에서는`: the word goes on
//! with particles alone, see [`crate::korean`]; `서울대` does not name `서울`). In a
//! script written without spaces between words (Chinese, Japanese, Thai...) a name has no
//! word boundary to look for and is found where it stands (`紫云县` in `包括紫云县、纳雍县`);
//! a name may follow the Arabic conjunctions and prepositions of one letter written onto it
//! (`و`, `ف`, `ب`, `ل`, `ك`, or a conjunction then a preposition: `ونصر النوبة` names
//! `نصر النوبة`, `لإربد` and `وبإربد` name `إربد`), and `ل` before the article drops its
//! alef (`للمفرق` names `المفرق`), or the Hebrew prefixes (`בבני ברק` names `בני ברק`; see
//! [`without_proclitics`](crate::proclitics::without_proclitics)). A name that begins
//! with an article is also named with the article contracted with a preposition, as
//! French, Spanish, Italian and Portuguese write it: "au Port" and "du Port" name `Le Port`
//! ([`super::contraction`]). A name
//! ending in a kind of place is also named by its first words before that kind in the
//! plural, alone or in a list that shares it: `Washington County` in "Garrett, Allegany and
//! Washington counties", or "four counties were approved: Garrett, Allegany and
//! Washington" ([`kind_leads`]).
//!
//! A name does not name the member where it stands inside a longer registered name of
//! another entity: `宁县` (Ning County) is not named by `威宁县` (Weining County), nor `York`
//! by "New York", nor `York County` by "New York counties", nor the county `Linxia` by
//! "Linxia Prefecture" when the prefecture is registered under that name: the quote names
//! the other place there. The registry is the dictionary ([`Entities::names_around`]): the
//! longer name is any registered name or alias, of a place, a person or an organisation,
//! including the member's parent or a place within it, that the quote spells around the
//! occurrence by whole words (by characters in a script without spaces). A longer name of
//! the member itself does not count against it (`York` in "City of York", an alias of
//! York), and another occurrence still names it: `宁县、威宁县` names `宁县`. A longer name
//! the registry does not hold is not seen, except one that hyphens join through a lowercase
//! word (`Saint-Denis-en-Val` around `Saint-Denis`, see [`hyphenated_name_around`]). When
//! every occurrence stands inside another name, the finding's note says which.
//!
//! A member that names no entity and is a near spelling of a place the quote lists and
//! `members:` leaves out is reported once, as that place misspelt ([`misspelt`]); in a
//! script without capitals, whose lists CC204 does not read, a near spelling of a registered
//! place the quote names and no member lists ([`misspelling_in_quote`]).
//!
//! Cost: a claim of a few members searches its quote for each name (each entity has a
//! handful), O(quote) per name, stopping where it names the member; a claim of many
//! (members × quote from [`INDEXED_FROM`]) finds every name in one pass over the quote
//! ([`NameIndex`]), O(quote + names + occurrences). A list that shares its kind is read
//! once, however many of its names are looked for ([`ListsRead`]). An occurrence found is
//! then checked for a name around it, which costs nothing when the characters beside it
//! belong to no registered name and at most a bounded number of hash lookups otherwise
//! ([`crate::model::AROUND_LOOKUPS`]).

use std::ops::Range;

use super::contraction::contracted_spellings;
use super::normalize::{Normalized, is_word_char, normalize, word_boundary_between};
use super::numbers::Language;
use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Location};
use crate::hashing::HashMap;
use crate::model::{Claim, Entities, EntityId, Member};
use crate::suggest::SuggestionIndex;
use crate::words::plural;

/// Whether `name` stands in the normalized `quote` as whole words.
pub fn names(quote: &str, name: &str) -> bool {
    let name = normalize(name);
    any_occurrence(quote, &name, Search::EachName.starts(quote, &name), |_| {
        true
    })
}

/// Whether `accept` takes one of the places where `name` (normalized) stands in the
/// normalized `quote` as whole words, each given as a byte range of `quote`, first to last;
/// `starts` are where `name` stands in `quote` ([`Search::starts`]). A name followed by
/// Korean particles in the same word ends there (`군위군에서는`, `예천군과`, see
/// [`crate::korean`]), and one followed by Bengali case endings (`সুনামগঞ্জে`, `ঢাকায়`, see
/// [`crate::bengali`]) or Tamil ones (`சென்னையில்`, see [`crate::tamil`]).
fn any_occurrence(
    quote: &str,
    name: &str,
    mut starts: impl Iterator<Item = usize>,
    mut accept: impl FnMut(Range<usize>) -> bool,
) -> bool {
    let (Some(first), Some(last)) = (name.chars().next(), name.chars().next_back()) else {
        return false;
    };
    starts.any(|at| {
        let before = crate::proclitics::without_proclitics(&quote[..at])
            .chars()
            .next_back();
        let after = quote[at + name.len()..].chars().next();
        let end = at + name.len();
        before.is_none_or(|before| word_boundary_between(before, first))
            && after.is_none_or(|after| {
                word_boundary_between(last, after)
                    || crate::korean::only_particles_follow(last, &quote[end..], &[])
                    || crate::bengali::only_case_endings_follow(&quote[end..])
                    || crate::tamil::only_case_endings_follow(last, &quote[end..])
            })
            && accept(at..end)
    })
}

/// Whether `name`, ending in a kind of place ("Washington County"), stands in the
/// normalized `quote` as its first words before that kind in the plural, alone or in a list
/// that shares it: "Washington counties", "Garrett, Allegany and Washington counties".
#[cfg(test)]
fn names_with_shared_kind(quote: &str, name: &str) -> bool {
    names_with_shared_kind_in(quote, name, Language::UNDECLARED)
}

/// [`names_with_shared_kind`] in an article whose source declares `language`.
#[cfg(test)]
fn names_with_shared_kind_in(quote: &str, name: &str, language: Language) -> bool {
    let mut lists = ListsRead::in_language(language);
    any_shared_kind_occurrence(
        quote,
        &normalize(name),
        &Search::EachName,
        &mut lists,
        |_| true,
    )
}

/// The first words of a normalized `name` that ends in a kind of place, and that kind as a
/// list of such places writes it once: `Washington` and `counties` for `Washington County`,
/// `新潟` and `県` for `新潟県` ([`super::kind_suffix`]). `None` for a name of one word, or
/// whose last word is its own plural.
fn shared_kind(name: &str) -> Option<(&str, SharedKind)> {
    if let Some((first, kind)) = super::kind_suffix::split(name) {
        return Some((first, SharedKind::Suffix(kind)));
    }
    let (base, kind) = name.rsplit_once(' ')?;
    let kind = kind.to_lowercase();
    let english = plural(&kind);
    let mut kinds: Vec<String> = crate::words::SLAVIC_PLACE_KINDS
        .iter()
        .filter(|&&(_, singular)| singular == kind)
        .map(|&(plural, _)| plural.to_string())
        .collect();
    if english != kind {
        kinds.push(english);
    }
    (!kinds.is_empty()).then_some((base, SharedKind::Plural(kinds)))
}

/// How a list of places writes the kind they share.
enum SharedKind {
    /// As a word in the plural, after the list or leading it: `counties`; `області` or
    /// `области`.
    Plural(Vec<String>),
    /// As the suffix each name would end in, after the list (Chinese, Japanese): `県`.
    Suffix(&'static str),
}

/// Whether `accept` takes one of the places where `name` (normalized) stands as a list that
/// shares its kind (see `names_with_shared_kind`), each given as the byte range of its
/// first words ("Washington" in "Washington counties").
fn any_shared_kind_occurrence(
    quote: &str,
    name: &str,
    search: &Search,
    lists: &mut ListsRead,
    mut accept: impl FnMut(Range<usize>) -> bool,
) -> bool {
    let Some((base, kind)) = shared_kind(name) else {
        return false;
    };
    let Some(first) = base.chars().next() else {
        return false;
    };
    search.starts(quote, base).any(|at| {
        let end = at + base.len();
        quote[..at]
            .chars()
            .next_back()
            .is_none_or(|before| word_boundary_between(before, first))
            && match &kind {
                SharedKind::Plural(kinds) => kinds.iter().any(|kinds| {
                    kind_follows(quote, end, kinds, lists) || kind_leads(quote, at, kinds, lists)
                }),
                SharedKind::Suffix(kind) => super::kind_suffix::kind_ends_list(
                    quote,
                    at..end,
                    kind,
                    lists.suffixes_after.entry(kind).or_default(),
                ),
            }
            && accept(at..end)
    })
}

/// How the places where names stand in a normalized text are found.
enum Search<'i> {
    /// Each name searched for when it is judged: nothing to set up, and the search stops
    /// at the first occurrence that names the member. For a claim with a few members.
    EachName,
    /// Every name found beforehand, in one pass over the text: for a claim with many.
    Indexed(&'i NameIndex),
}

impl Search<'_> {
    /// Where `name` (normalized) stands in `text`: the start of each occurrence, left to
    /// right, each after the end of the one before (`aa` in `aaa` once, from the first
    /// `a`), as [`str::match_indices`] finds them. The occurrences judged are these, so
    /// either way of finding them names the same members at the same places.
    fn starts<'a>(&'a self, text: &'a str, name: &'a str) -> Starts<'a> {
        match self {
            Search::EachName => Starts::Searched(text.match_indices(name)),
            // A text the index was not built for is searched for as a few are, so that a
            // new way of looking names up cannot silently find nothing in long claims.
            Search::Indexed(index) => match index.starts(name) {
                Some(starts) => Starts::Indexed(starts.iter()),
                None => Starts::Searched(text.match_indices(name)),
            },
        }
    }
}

/// The starts of a name's occurrences in a text ([`Search::starts`]).
enum Starts<'a> {
    Searched(std::str::MatchIndices<'a, &'a str>),
    Indexed(std::slice::Iter<'a, usize>),
}

impl Iterator for Starts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Starts::Searched(found) => found.next().map(|(at, _)| at),
            Starts::Indexed(starts) => starts.next().copied(),
        }
    }
}

/// Where each name of a claim's members stands in its normalized quote, found in one pass
/// over the quote (Aho-Corasick) rather than one search of the whole quote per name: a
/// claim listing 64,000 counties, each named in its quote, took 14 s that way.
///
/// Cost: O(quote + names + occurrences), an occurrence being a place where one of the
/// names is spelt, even inside a longer word; the names that end at one place are
/// suffixes of one another, so there are at most as many as the longest name has bytes.
struct NameIndex {
    /// Each text looked for (a name normalized, its spellings with its article contracted,
    /// or the first words of one that ends in a kind of place, see [`shared_kind`]): its
    /// number in `starts`.
    numbers: HashMap<String, usize>,
    /// The starts of each text's occurrences, as [`Search::starts`] gives them.
    starts: Vec<Vec<usize>>,
}

impl NameIndex {
    /// The occurrences in the normalized `text` of each of `names`, as CC203 looks for
    /// them: the name normalized, with its article contracted with a preposition, and its
    /// first words when a list may share its kind.
    fn new<'n>(text: &str, names: impl IntoIterator<Item = &'n str>) -> NameIndex {
        let mut numbers: HashMap<String, usize> = HashMap::default();
        for name in names {
            let name = normalize(name);
            if let Some((base, _)) = shared_kind(&name)
                && !numbers.contains_key(base)
            {
                numbers.insert(base.to_string(), numbers.len());
            }
            for spelling in contracted_spellings(&name) {
                let next = numbers.len();
                numbers.entry(spelling).or_insert(next);
            }
            let next = numbers.len();
            numbers.entry(name).or_insert(next);
        }
        let mut sought = vec![""; numbers.len()];
        for (text, &number) in &numbers {
            sought[number] = text;
        }
        let mut starts = vec![Vec::new(); sought.len()];
        // An empty text (the first words of a name written ` County`) stands at every
        // character boundary, as `match_indices` finds it; the automaton would find it
        // between the bytes of a character too, so it is searched for apart.
        let searched: Vec<usize> = (0..sought.len())
            .filter(|&number| !sought[number].is_empty())
            .collect();
        let searcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(searched.iter().map(|&number| sought[number]));
        match searcher {
            Ok(searcher) => {
                // Every occurrence of every text, overlapping ones included, read in the
                // order they end: of one text, also the order they start.
                let mut free_from = vec![0usize; sought.len()];
                for found in searcher.find_overlapping_iter(text) {
                    let number = searched[found.pattern().as_usize()];
                    if found.start() >= free_from[number] {
                        starts[number].push(found.start());
                        free_from[number] = found.end();
                    }
                }
                for (number, sought) in sought.iter().enumerate() {
                    if sought.is_empty() {
                        starts[number] = Search::EachName.starts(text, sought).collect();
                    }
                }
            }
            // Too many names for an automaton: each searched for, as a few are.
            Err(_) => {
                for (number, sought) in sought.iter().enumerate() {
                    starts[number] = Search::EachName.starts(text, sought).collect();
                }
            }
        }
        NameIndex { numbers, starts }
    }

    /// The starts of the occurrences of `text` (a name normalized, or its first words);
    /// none for a text not looked for.
    fn starts(&self, text: &str) -> Option<&[usize]> {
        self.numbers
            .get(text)
            .map(|&number| self.starts[number].as_slice())
    }
}

/// How far past a name [`kind_follows`] looks for the next name of a list: far enough for a
/// comma and the longest conjunction `joins_list` knows, with spaces.
const JOINER_WINDOW: usize = 32;

/// Whether `kinds` ("counties") is the first word after the capitalised words that start
/// `quote` from the byte `from`, or after those of the names joined to them in a list (by
/// the joiners of the article's language, [`super::left_out::joins_list`]). `lists` holds
/// what earlier calls on the same quote found, and the article's language.
fn kind_follows(quote: &str, from: usize, kinds: &str, lists: &mut ListsRead) -> bool {
    if !lists.kinds_after.contains_key(kinds) {
        lists
            .kinds_after
            .insert(kinds.to_string(), HashMap::default());
    }
    let known = lists
        .kinds_after
        .get_mut(kinds)
        .expect("the kind was just filed");
    // The places this call reads from, which all lead to its answer.
    let mut read = Vec::new();
    let mut at = from;
    let follows = loop {
        if let Some(&follows) = known.get(&at) {
            break follows;
        }
        read.push(at);
        let text = &quote[at..];
        let after = text.trim_start_matches(' ');
        let word_end = after.find([' ', ',']).unwrap_or(after.len());
        let word = &after[..word_end];
        if word.trim_end_matches(['.', ';', ':']).to_lowercase() == kinds {
            break true;
        }
        if word.starts_with(char::is_uppercase) {
            at = quote.len() - after.len() + word_end;
            continue;
        }
        // "Garrett, Allegany and ...": a joiner, then another name of the list. A joiner
        // is a comma or a short word, so the next name is looked for only a few bytes on:
        // looking to the end of a long quote from each of its words cost words × quote.
        let mut window = JOINER_WINDOW.min(text.len());
        while !text.is_char_boundary(window) {
            window -= 1;
        }
        match text[..window].find(char::is_uppercase) {
            Some(next) if super::left_out::joins_list(&text[..next], lists.language) => at += next,
            _ => break false,
        }
    };
    for at in read {
        known.insert(at, follows);
    }
    follows
}

/// Words that introduce a list after its kind: "the counties of", "counties including",
/// "counties such as", "the counties are".
const INTRODUCING_A_LIST: &[&str] = &[
    "of",
    "including",
    "include",
    "includes",
    "included",
    "such",
    "as",
    "namely",
    "like",
    "are",
    "were",
    "among",
];

/// How many lowercase words may stand between a kind in the plural and the list it leads:
/// "counties were approved: Sangamon", "the counties of Sangamon", "counties such as".
const WORDS_BEFORE_A_LIST: usize = 4;

/// Whether `kinds` ("counties") leads the list of capitalised names that the name starting
/// at byte `at` of `quote` is one of, at most [`WORDS_BEFORE_A_LIST`] lowercase words of
/// the same sentence before its first name: "four counties were approved: Sangamon,
/// Jefferson, Madison and St. Clair", "the counties of Sangamon and Madison": a colon
/// before the list, or only words that introduce one ([`INTRODUCING_A_LIST`]) between the
/// kind and it. The list is read back over capitalised words and the conjunctions between
/// them; a word ending a sentence, a capitalised word or a conjunction among the words
/// before it ends the search. Cost: the words back to the list's start, as
/// [`kind_follows`] reads forward.
fn kind_leads(quote: &str, at: usize, kinds: &str, lists: &mut ListsRead) -> bool {
    let language = lists.language;
    let known = lists.kinds_before.entry(kinds.to_string()).or_default();
    kind_leading_from(quote, at, language, |word| word == kinds, known).is_some()
}

/// The word in lowercase that leads the list the name at byte `at` of `quote` is one of, of
/// the words `is_kind` takes, as [`kind_leads`] reads it in an article in `language`.
pub(super) fn kind_leading(
    quote: &str,
    at: usize,
    language: Language,
    is_kind: impl Fn(&str) -> bool,
) -> Option<String> {
    kind_leading_from(quote, at, language, is_kind, &mut HashMap::default())
}

/// [`kind_leading`], with `known` holding what earlier calls on the same quote found from
/// each word of a list they read: each name of a list of thousands reads back to its start
/// once, not once from each name.
fn kind_leading_from(
    quote: &str,
    at: usize,
    language: Language,
    is_kind: impl Fn(&str) -> bool,
    known: &mut HashMap<usize, Option<String>>,
) -> Option<String> {
    let joins = |word: &str| super::left_out::joins_list(word, language);
    let mut words = quote[..at].rsplit(' ').filter(|word| !word.is_empty());
    // Back over the list: its names' capitalised words and the conjunctions between.
    let mut read = Vec::new();
    let mut found = None;
    let mut word = words.next();
    while let Some(listed) = word {
        if !listed.starts_with(char::is_uppercase) && !joins(listed) {
            break;
        }
        // Where the word starts: `rsplit` gives slices of the quote.
        let position = listed.as_ptr() as usize - quote.as_ptr() as usize;
        if let Some(earlier) = known.get(&position) {
            found = Some(earlier.clone());
            break;
        }
        // A word that joins two names alone (the Kazakh `мен`, also "I" and "with") joins
        // the list only after a capitalised word: otherwise the list starts after it, and
        // it leads the list as a word that is no kind.
        let after_a_name = || {
            words
                .clone()
                .next()
                .is_some_and(|before| before.starts_with(char::is_uppercase))
        };
        if language.joins_two_names().contains(&listed) && !after_a_name() {
            break;
        }
        read.push(position);
        word = words.next();
    }
    let leading = match found {
        Some(earlier) => earlier,
        None => kind_among_lead_words(word.into_iter().chain(words), is_kind, joins),
    };
    for position in read {
        known.insert(position, leading.clone());
    }
    leading
}

/// The kind `is_kind` takes among the few words that lead a list, nearest first: with a
/// colon before the list, or only words that introduce one between ("counties form Western
/// Maryland" leads no list: there the kind ends the one before it).
fn kind_among_lead_words<'q>(
    lead_words: impl Iterator<Item = &'q str>,
    is_kind: impl Fn(&str) -> bool,
    joins: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut colon = false;
    let mut introduced = true;
    for (n, lead) in lead_words.take(WORDS_BEFORE_A_LIST).enumerate() {
        let bare = lead.trim_end_matches([',', ':', ';']);
        colon |= n == 0 && lead.ends_with(':');
        let lower = bare.to_lowercase();
        if is_kind(&lower) {
            return (colon || introduced).then_some(lower);
        }
        introduced &= INTRODUCING_A_LIST.contains(&bare);
        let ends_a_sentence = bare.ends_with(['.', '!', '?']);
        if ends_a_sentence || !bare.starts_with(char::is_lowercase) || joins(bare) {
            return None;
        }
    }
    None
}

/// What [`kind_follows`] has found in one quote: for each kind in the plural, whether it
/// follows the list read from a byte of the quote. Each name of a list that shares its kind
/// ("Garrett, Allegany and Washington counties") reads the list from that name to its
/// end; remembered, a list of thousands of names is read once, not once from each name.
#[derive(Default)]
struct ListsRead {
    /// The language the article's source declares, whose "and" may join a list
    /// ([`super::left_out::joins_list`]).
    language: Language,
    kinds_after: HashMap<String, HashMap<usize, bool>>,
    /// For each kind written as a suffix, whether it ends the list read from a byte of the
    /// quote ([`super::kind_suffix::kind_ends_list`]).
    suffixes_after: HashMap<&'static str, HashMap<usize, bool>>,
    /// For each kind in the plural, the kind that leads the list a word of the quote is
    /// read back from, if it does ([`kind_leads`]).
    kinds_before: HashMap<String, HashMap<usize, Option<String>>>,
}

impl ListsRead {
    /// Nothing read yet, of a quote of an article in `language`.
    fn in_language(language: Language) -> ListsRead {
        ListsRead {
            language,
            ..ListsRead::default()
        }
    }
}

/// How many places a member's name may be, for the names and aliases of each to be looked
/// for in its quote while its context leaves it to them (CC024): a name a few places share.
/// A name shared by more is looked for as written.
const AMBIGUOUS_PLACES_READ: usize = 8;

/// Every name a member may go by: as written, the name a qualified name qualifies
/// (`Forest Park` for `Forest Park (Springfield)`: an article writes no qualifier), then its
/// entity's name and aliases. A member its context leaves to several places (CC024) goes by
/// the names and aliases of each, up to [`AMBIGUOUS_PLACES_READ`]: the quote that names the
/// city `Шабац` by its locative "Шапцу" names the member `Шабац`, whichever place it is, and
/// the finding to act on is the ambiguity, not a member the quote would not name.
pub(super) fn names_of<'a>(member: &'a Member, entities: &'a Entities) -> Vec<&'a str> {
    let mut all = vec![&*member.name.value];
    all.extend(entities.unqualified(&member.name.value));
    let places = match member.entity {
        Some(id) => vec![id],
        None => {
            let candidates = entities.named(&member.name.value);
            match candidates.len() {
                2..=AMBIGUOUS_PLACES_READ => candidates,
                _ => Vec::new(),
            }
        }
    };
    for id in places {
        let entity = entities.get(id);
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            if !all.contains(&name.value.as_str()) {
                all.push(&name.value);
            }
        }
    }
    all
}

/// One of a member's names that stands in the quote, but only inside a longer name: of
/// another registered entity, or a name joined by hyphens through a lowercase word.
struct OnlyInside<'a> {
    /// The member's name, as registered or written.
    name: &'a str,
    /// The longer name around it, a byte range of the normalized quote.
    around: Range<usize>,
    /// What the longer name is.
    within: Within,
}

/// The longer name a member's name stands inside.
#[derive(Clone, Copy)]
enum Within {
    /// A registered name of another entity (the first, when several bear it).
    Entity(EntityId),
    /// A name the registry does not hold, joined by hyphens through a lowercase word
    /// ([`hyphenated_name_around`]): `Saint-Denis-en-Val`.
    Hyphenated,
}

impl Within {
    /// What the longer name `spelled` around a member's name stands for, for the note:
    /// "another registered place (a county within `贵州省`)", with the place's name when the
    /// quote spells it otherwise; "a registered person"; "one name joined by hyphens".
    fn described(self, spelled: &str, entities: &Entities) -> String {
        let Within::Entity(entity) = self else {
            return HYPHENATED.to_string();
        };
        let entity = entities.get(entity);
        let kind = entity.kind.value;
        if !kind.is_place() {
            return format!("a registered {}", kind.as_str().replace('-', " "));
        }
        let within = entity.parent_entity.map_or_else(String::new, |parent| {
            format!(" within `{}`", entities.get(parent).name.value)
        });
        let name = if normalize(&entity.name.value) == spelled {
            String::new()
        } else {
            format!("`{}`, ", entity.name.value)
        };
        format!(
            "another registered place ({name}{}{within})",
            kind.with_article()
        )
    }

    /// [`Within::described`] in a few words, for a label: "another registered place", "a
    /// registered person", "one hyphenated name".
    fn briefly(self, entities: &Entities) -> String {
        let Within::Entity(entity) = self else {
            return "one hyphenated name".to_string();
        };
        match entities.get(entity).kind.value {
            kind if kind.is_place() => "another registered place".to_string(),
            kind => format!("a registered {}", kind.as_str().replace('-', " ")),
        }
    }
}

/// What a hyphenated name around a member's name is, as CC203 says it.
const HYPHENATED: &str = "one name joined by hyphens through a lowercase word";

/// Where the normalized `text` names `member`: the byte range of the first occurrence of one
/// of its names (in the order of [`names_of`]) that stands inside no longer registered name
/// of another entity, nor inside a hyphenated name ([`hyphenated_name_around`]). Otherwise,
/// each name that stands in `text` only inside such a name.
fn naming<'a>(
    text: &str,
    member: &Member,
    names: &[&'a str],
    entities: &Entities,
    search: &Search,
    lists: &mut ListsRead,
    listed: &[EntityId],
) -> Result<Range<usize>, Vec<OnlyInside<'a>>> {
    let mut only_inside: Vec<OnlyInside> = Vec::new();
    // The entities the member may be, whose longer names name it too: looked up only when a
    // registered name stands around an occurrence.
    let mut own: Option<Vec<EntityId>> = None;
    for &name in names {
        let normalized = normalize(name);
        let mut named = None;
        let mut judge = |occurrence: Range<usize>| {
            let around = entities.names_around(text, occurrence.clone());
            let within = if around.is_empty() {
                // No registered name around it: one the hyphens make, if any.
                hyphenated_name_around(text, occurrence.clone())
                    .map(|around| (around, Within::Hyphenated))
            } else {
                let own = own.get_or_insert_with(|| match member.entity {
                    Some(id) => vec![id],
                    // Every place the name may be, a qualified one's too.
                    None => entities.named(&member.name.value),
                });
                around
                    .into_iter()
                    .filter_map(|around| {
                        let first = *around.ids.first()?;
                        let another = !around.ids.iter().any(|id| own.contains(id));
                        another.then_some((around.range, Within::Entity(first)))
                    })
                    .max_by_key(|(range, _)| range.len())
            };
            match within {
                None => {
                    named = Some(occurrence);
                    true
                }
                Some((around, within)) => {
                    // The first longer name around it, or a later one the claim does not
                    // list already: `Papua` inside `Papua Barat` rather than inside the
                    // `Papua Tengah` listed beside it, which would be no fix to offer.
                    let is_listed = |within: &Within| matches!(within, Within::Entity(id) if listed.contains(id));
                    match only_inside.iter_mut().find(|inside| inside.name == name) {
                        None => only_inside.push(OnlyInside {
                            name,
                            around,
                            within,
                        }),
                        Some(first) if is_listed(&first.within) && !is_listed(&within) => {
                            first.around = around;
                            first.within = within;
                        }
                        Some(_) => {}
                    }
                    false
                }
            }
        };
        // As written, then with its article contracted with a preposition ("au Port" for
        // `Le Port`).
        let spelt = std::iter::once(normalized.clone())
            .chain(contracted_spellings(&normalized))
            .any(|spelling| {
                any_occurrence(text, &spelling, search.starts(text, &spelling), &mut judge)
            });
        if (spelt || any_shared_kind_occurrence(text, &normalized, search, lists, &mut judge))
            && let Some(range) = named
        {
            return Ok(range);
        }
    }
    Err(only_inside)
}

/// Most parts of a hyphenated name read on each side of a member's name: `Saint-Denis-en-Val`
/// has four, `Saint-Rémy-de-Provence` four; the bound keeps a long run of hyphens linear.
const MOST_HYPHENATED_PARTS: usize = 6;

/// The hyphenated name that the name at `range` of the normalized `text` is a part of, when
/// the hyphens join one name rather than two: where a lowercase word stands between the
/// name and another capitalised part (`Saint-Denis-en-Val`, `L'Haÿ-les-Roses`,
/// `Stratford-upon-Avon`, `Villeneuve-d'Ascq`, `Ille-et-Vilaine`). Names joined by hyphens
/// alone are two names (`the Gansu-Qinghai border`, `Beijing-Tianjin-Hebei`,
/// `Dallas-Fort Worth`), as is a name before a lowercase word that no name follows
/// (`Beijing-based`), and a route (`the London-to-Brighton run`): the member is named there.
///
/// Costs nothing unless a hyphen touches the name, and then at most
/// [`MOST_HYPHENATED_PARTS`] parts on each side.
fn hyphenated_name_around(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    // A name written onto an elision is that part whole: `L'Haÿ`, `d'Ascq`.
    let before = &text[..range.start];
    let elided = before
        .strip_suffix(APOSTROPHES)
        .map(|head| head.trim_end_matches(is_word_char).len())
        .filter(|&start| start < before.len() - 1)
        .map_or("", |start| &before[start..]);
    let start = range.start - elided.len();
    let right = hyphenated_parts(&text[range.end..]);
    let left = hyphenated_parts_before(&text[..start]);
    // A particle, then a capitalised part beyond it, walking away from the name.
    let bound = |parts: &mut dyn Iterator<Item = &str>, mut particle: bool| {
        for part in parts {
            if is_particle(part) {
                // An elision that a capital follows is a particle and a name: `d'Ascq`.
                if part.chars().skip(1).any(char::is_uppercase) {
                    return true;
                }
                particle = true;
            } else if particle && part.starts_with(char::is_uppercase) {
                return true;
            }
        }
        false
    };
    let bound_right = bound(&mut right.clone(), false);
    let bound_left = bound(&mut left.clone(), is_particle(elided));
    if !bound_right && !bound_left {
        return None;
    }
    let start = start - left.map(|part| part.len() + 1).sum::<usize>();
    let end = range.end + right.map(|part| part.len() + 1).sum::<usize>();
    Some(start..end)
}

/// Whether a part of a hyphenated name is a lowercase word that binds names into one
/// (`en`, `les`, `upon`, `et`, `d'Ascq`); not the English words that set two places side by
/// side (`London-to-Brighton`, `Kent-and-Sussex`, `Lancashire-v-Yorkshire`,
/// `Paris-via-Lyon`). The French `et` stays a particle: `Ille-et-Vilaine` is one name.
fn is_particle(part: &str) -> bool {
    const BETWEEN_TWO_PLACES: &[&str] = &["to", "and", "or", "v", "vs", "versus", "via"];
    part.starts_with(char::is_lowercase) && !BETWEEN_TWO_PLACES.contains(&part)
}

/// The parts a hyphen joins to the start of `after` (the text after a name), nearest first:
/// in `-en-Val ont`, `en` and `Val`.
fn hyphenated_parts(after: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = after;
    std::iter::from_fn(move || {
        let tail = rest.strip_prefix('-')?;
        let end = tail.find(|c: char| !is_part_char(c)).unwrap_or(tail.len());
        let part = tail[..end].trim_end_matches(APOSTROPHES);
        if part.is_empty() || !part.starts_with(is_word_char) {
            return None;
        }
        rest = &tail[part.len()..];
        Some(part)
    })
    .take(MOST_HYPHENATED_PARTS)
}

/// The parts a hyphen joins to the end of `before` (the text before a name), nearest first:
/// in `L'Haÿ-les-`, `les` and `L'Haÿ`.
fn hyphenated_parts_before(before: &str) -> impl Iterator<Item = &str> + Clone {
    let mut rest = before;
    std::iter::from_fn(move || {
        let head = rest.strip_suffix('-')?;
        let start = head.rfind(|c: char| !is_part_char(c)).map_or(0, |at| {
            at + head[at..].chars().next().map_or(1, char::len_utf8)
        });
        let part = head[start..].trim_start_matches(APOSTROPHES);
        if part.is_empty() || !part.ends_with(is_word_char) {
            return None;
        }
        rest = &head[..head.len() - part.len()];
        Some(part)
    })
    .take(MOST_HYPHENATED_PARTS)
}

/// A character of a part of a hyphenated name: a letter, digit or mark, or an apostrophe of
/// elision (`L'Haÿ`, `d'Ascq`).
fn is_part_char(c: char) -> bool {
    is_word_char(c) || APOSTROPHES.contains(&c)
}

/// An apostrophe, as written and as the normalized quote writes it (quote marks and
/// apostrophes are all one character there, see [`normalize`]).
const APOSTROPHES: [char; 2] = ['\'', '"'];

/// Where the normalized `text` (an article's passage, in `language`) names `member`, by the
/// rule CC203 judges the quote by: a byte range of `text`.
pub(super) fn named_at(
    text: &str,
    member: &Member,
    entities: &Entities,
    language: Language,
) -> Option<Range<usize>> {
    let names = names_of(member, entities);
    let mut lists = ListsRead::in_language(language);
    naming(
        text,
        member,
        &names,
        entities,
        &Search::EachName,
        &mut lists,
        &[],
    )
    .ok()
}

/// How a name is looked for, as CC203's note says it: as whole words, unless it is written
/// in a script without spaces between words; in Hebrew and Arabic also after the prefixes,
/// in Bengali and Tamil before the case endings, in Korean before the particles written onto
/// the word.
fn as_what(name: &str) -> &'static str {
    let first = name.chars().next().unwrap_or_default();
    if name.chars().any(super::normalize::is_unspaced_script) {
        "written"
    } else if matches!(first, '\u{0590}'..='\u{06FF}') {
        // Hebrew and Arabic write their prefixes onto the word (`ובירושלים`, `بالمفرق`).
        "whole words or after the prefixes written onto them"
    } else if crate::bengali::is_bengali(first)
        // A Tamil name that ends in a consonant changes its last letter before an ending.
        || (crate::tamil::is_tamil(first) && !name.ends_with('\u{0BCD}'))
    {
        "whole words or before the case endings written onto them"
    } else if crate::korean::is_hangul(first) {
        "whole words or before the particles written onto them"
    } else {
        "whole words"
    }
}

/// A claim's quote as written, with the way back from its normalized form, normalized once
/// when first asked: the findings on the members of one quote each point into it, and a
/// quote of thousands of names normalized again for each would cost findings × quote.
pub(super) struct RawQuote<'q> {
    quote: &'q str,
    normalized: std::cell::OnceCell<Normalized>,
}

impl<'q> RawQuote<'q> {
    pub(super) fn new(quote: &'q str) -> RawQuote<'q> {
        RawQuote {
            quote,
            normalized: std::cell::OnceCell::new(),
        }
    }

    /// The byte range of the quote that the range `normalized` of its normalized form came
    /// from.
    fn range(&self, normalized: Range<usize>) -> Range<usize> {
        let lead = self.quote.len() - self.quote.trim_start().len();
        let span = self
            .normalized
            .get_or_init(|| Normalized::new(self.quote.trim()))
            .original_span(normalized);
        lead + span.start..lead + span.end
    }
}

/// A member its quote does not name: the names looked for, and those that stand in the
/// quote only inside another entity's longer name.
pub(super) struct Unnamed<'a> {
    pub member: &'a Member,
    names: Vec<&'a str>,
    only_inside: Vec<OnlyInside<'a>>,
}

/// From this many members times bytes of quote on, a claim's names are found in one pass
/// over its quote ([`NameIndex`]) instead of one search per name. Below it the searches
/// cost less than building the index: a claim of a few members in a sentence or two, which
/// most are, searches a few hundred bytes per name and stops where it finds the name.
const INDEXED_FROM: usize = 1 << 16;

/// The members the quote (`quote`, normalized, of an article in `language`) does not name.
/// Nothing is allocated for a claim of a few members that the quote all names, beyond the
/// list of each member's names.
pub(super) fn unnamed<'a>(
    claim: &'a Claim,
    quote: &str,
    entities: &'a Entities,
    language: Language,
) -> Vec<Unnamed<'a>> {
    let members = claim.members();
    let index = (members.len().saturating_mul(quote.len()) >= INDEXED_FROM).then(|| {
        let names = members.iter().flat_map(|member| names_of(member, entities));
        NameIndex::new(quote, names)
    });
    let search = index.as_ref().map_or(Search::EachName, Search::Indexed);
    unnamed_by(claim, quote, entities, &search, language)
}

/// [`unnamed`], with the names found by `search`.
fn unnamed_by<'a>(
    claim: &'a Claim,
    quote: &str,
    entities: &'a Entities,
    search: &Search,
    language: Language,
) -> Vec<Unnamed<'a>> {
    let mut out: Vec<Unnamed> = Vec::new();
    let mut reported: crate::hashing::HashSet<&str> = crate::hashing::HashSet::default();
    let mut lists = ListsRead::in_language(language);
    let listed: Vec<EntityId> = claim
        .members()
        .iter()
        .filter_map(|member| member.entity)
        .collect();
    for member in claim.members() {
        // A name listed twice is reported once: the repetition is CC102's finding.
        if reported.contains(&*member.name.value) {
            continue;
        }
        let names = names_of(member, entities);
        if let Err(only_inside) =
            naming(quote, member, &names, entities, search, &mut lists, &listed)
        {
            reported.insert(&member.name.value);
            out.push(Unnamed {
                member,
                names,
                only_inside,
            });
        }
    }
    out
}

/// A CC203 diagnostic for each member the quote (`quote`, normalized) does not name.
#[cfg(test)]
fn check(
    claim: &Claim,
    quote: &str,
    entities: &Entities,
    passage: Option<&Location>,
) -> Vec<Diagnostic> {
    let raw = RawQuote::new(&claim.quote.value);
    unnamed(claim, quote, entities, Language::UNDECLARED)
        .iter()
        .map(|missing| finding(claim, quote, &raw, entities, passage, missing))
        .collect()
}

/// The CC203 diagnostic for a member the quote (`quote`, normalized) does not name.
pub(super) fn finding(
    claim: &Claim,
    quote: &str,
    raw: &RawQuote,
    entities: &Entities,
    passage: Option<&Location>,
    missing: &Unnamed,
) -> Diagnostic {
    let Unnamed {
        member,
        names: candidates,
        only_inside,
    } = missing;
    let member_name = &*member.name.value;
    // A longer name as the quote writes it, apostrophes and dashes included.
    let written = |around: &Range<usize>| &claim.quote.value[raw.range(around.clone())];
    let (label, help) = match only_inside.first() {
        None => {
            let mut help = "extend the quote to the words that name this member, or remove \
                            the member if the article does not list it here"
                .to_string();
            // A language that inflects names ("у Києві", "στον Άγιο Στέφανο") may name a
            // registered place in a form the registry does not hold.
            if member.entity.is_some() {
                help.push_str(
                    "; if the quote names it in a form the registry does not hold (a case \
                     ending, another spelling), add that form to the place's `aliases:`",
                );
            }
            ("not named in the quote".to_string(), help)
        }
        Some(first) => {
            let around = written(&first.around);
            let listed = matches!(first.within, Within::Entity(id)
                if claim.members().iter().any(|other| other.entity == Some(id)));
            let help = match listed {
                // Every longer name around it is listed already: no other to offer.
                true => format!(
                    "`{around}` is listed already: extend the quote to the words that name \
                     `{member_name}`, or remove it if the article does not list it here"
                ),
                false => format!(
                    "if the article means `{around}`, list it instead of `{member_name}`; \
                     else extend the quote to the words that name `{member_name}`, or \
                     remove it if the article does not list it here"
                ),
            };
            (format!("named only inside `{around}` in the quote"), help)
        }
    };
    let mut diagnostic = Diagnostic::new(
        Code::MemberNotInQuote,
        format!(
            "claim `{}` lists `{member_name}`, which its quote does not name",
            claim.id.value
        ),
        member.name.at,
        label,
    );
    // Where the quote spells the longer name, when that place can be pointed at;
    // otherwise the whole quote.
    let spot = only_inside.first().map(|first| {
        let around = written(&first.around);
        (
            claim.quote.inner(&raw.range(first.around.clone())),
            format!("`{around}`, {}", first.within.briefly(entities)),
        )
    });
    diagnostic = match spot {
        Some((at, message)) if at != claim.quote.at => diagnostic.with_label(at, message),
        _ => diagnostic.with_label(claim.quote.at, "the quote"),
    };
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let data = MemberNotInQuote {
        member: member_name,
        looked_for: candidates,
        only_inside: only_inside
            .iter()
            .map(|inside| InsideData {
                name: inside.name,
                inside: written(&inside.around),
            })
            .collect(),
        probably: None,
    };
    for inside in only_inside {
        diagnostic = diagnostic.with_note(format!(
            "`{}` stands in the quote only inside `{}`, {}",
            inside.name,
            written(&inside.around),
            inside
                .within
                .described(&quote[inside.around.clone()], entities)
        ));
    }
    diagnostic
        .about_claim(&claim.id.value)
        .with_data(&data)
        .with_note(looked_for(candidates))
        .with_help(help)
}

/// What CC203's note says was looked for.
fn looked_for(candidates: &[&str]) -> String {
    let looked = match candidates {
        [only] => format!("looked for `{only}` as {}, case as written", as_what(only)),
        [first, rest @ ..] => format!(
            "looked for `{first}` and its other names {}, as {}, case as written",
            rest.iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
            as_what(first)
        ),
        [] => String::new(),
    };
    // A name that begins with an article was also looked for with it contracted.
    let contracted = candidates
        .iter()
        .find_map(|name| contracted_spellings(&normalize(name)).into_iter().next());
    match contracted {
        Some(example) => {
            format!("{looked}, and with its article joined to a preposition (`{example}`)")
        }
        None => looked,
    }
}

/// Of the places a quote lists and `members:` leaves out (CC204, each as the quote writes
/// it), the one that `missing` is a misspelling of: the closest by the registry's "did you
/// mean", for a member whose name is no registered name at all (a registered name, even of
/// several places, is another place, not a slip of the keyboard).
///
/// `index` holds the places, built when first needed: one index for the claim's members,
/// not one per member (a quote of thousands of places, most of them left out, with
/// thousands of members it does not name).
pub(super) fn misspelling_of(
    missing: &Unnamed,
    left_out: &[&str],
    index: &mut Option<SuggestionIndex>,
    entities: &Entities,
) -> Option<usize> {
    let member = missing.member;
    if left_out.is_empty()
        || member.entity.is_some()
        || entities.named_directly(&member.name.value).is_some()
    {
        return None;
    }
    let index = index.get_or_insert_with(|| SuggestionIndex::new(left_out.iter().copied()));
    index
        .closest_position(&member.name.value)
        .map(|position| position as usize)
}

/// The one finding for a member that the quote does not name because it misspells `place`,
/// a name of a place the quote lists and `members:` leaves out (`left_out`): CC203, saying
/// which name is meant and how to write it, with the CC204 it would otherwise also be as a
/// note.
pub(super) fn misspelt(
    claim: &Claim,
    passage: Option<&Location>,
    missing: &Unnamed,
    left_out: &super::left_out::LeftOut,
    place: &str,
) -> Diagnostic {
    let place_at = claim.quote.inner(&left_out.at);
    let diagnostic = misspelt_place(claim, passage, missing, place, place_at, left_out.kind);
    with_left_out_folded(diagnostic, claim, passage, left_out)
        .with_note(looked_for(&missing.names))
        .with_help(format!(
            "write `{place}` instead of `{}`",
            missing.member.name.value
        ))
}

/// `diagnostic`, a CC203 about a member written for `left_out`, a place the quote lists
/// and `members:` leaves out, with that CC204 taken in: one slip, one finding. The CC204
/// is kept whole, so that a run that leaves this CC203 out reports it on its own.
pub(super) fn with_left_out_folded(
    mut diagnostic: Diagnostic,
    claim: &Claim,
    passage: Option<&Location>,
    left_out: &super::left_out::LeftOut,
) -> Diagnostic {
    let place = left_out.name(&claim.quote.value);
    diagnostic
        .folded
        .extend(super::left_out::finding(claim, left_out, passage));
    let code = Code::MemberLeftOut;
    diagnostic.with_note(format!(
        "the same slip is also {} {} ({}): {}",
        code.id(),
        code.name(),
        code.default_severity().as_str(),
        super::left_out::message(&claim.id.value, place, left_out.known_as.as_deref())
    ))
}

impl Unnamed<'_> {
    /// The longer registered names of other places the member's names stand inside, as
    /// `quote` (normalized) writes them: `威宁县` for a `宁县` the quote names only there.
    pub(super) fn inside_places<'q>(
        &self,
        quote: &'q str,
    ) -> impl Iterator<Item = &'q str> + use<'_, 'q> {
        self.only_inside
            .iter()
            .filter(|inside| matches!(inside.within, Within::Entity(_)))
            .filter_map(move |inside| quote.get(inside.around.clone()))
    }
}

/// The one finding for a member that the quote does not name because it misspells a
/// registered place the quote names, found by [`misspelling_in_quote`] where CC204 reads no
/// list: CC203, saying which name is meant and how to write it.
pub(super) fn misspelt_in_quote(
    claim: &Claim,
    passage: Option<&Location>,
    missing: &Unnamed,
    place: &QuotedPlace,
    raw: &RawQuote,
) -> Diagnostic {
    let place_at = claim.quote.inner(&raw.range(place.at.clone()));
    misspelt_place(claim, passage, missing, &place.name, place_at, place.kind)
        .with_note(looked_for(&missing.names))
        .with_help(format!(
            "write `{}` instead of `{}`",
            place.name, missing.member.name.value
        ))
}

/// CC203 for a member that misspells `place`, which the quote names at `place_at`, a place
/// of kind `kind` that `members:` does not list: its message, labels and facts.
fn misspelt_place(
    claim: &Claim,
    passage: Option<&Location>,
    missing: &Unnamed,
    place: &str,
    place_at: Location,
    kind: crate::model::EntityKind,
) -> Diagnostic {
    let member_name = &*missing.member.name.value;
    let id = &claim.id.value;
    let mut diagnostic = Diagnostic::new(
        Code::MemberNotInQuote,
        format!(
            "claim `{id}` lists `{member_name}`, which its quote does not name: probably \
             `{place}`, which the quote lists"
        ),
        missing.member.name.at,
        format!("probably `{place}`"),
    )
    .with_label(
        place_at,
        format!(
            "`{place}`, {}, is not among the members",
            kind.with_article()
        ),
    );
    if let Some(passage) = passage {
        diagnostic = diagnostic.with_label(*passage, super::passages::PASSAGE_LABEL);
    }
    let data = MemberNotInQuote {
        member: member_name,
        looked_for: &missing.names,
        only_inside: Vec::new(),
        probably: Some(place),
    };
    diagnostic.about_claim(id).with_data(&data)
}

/// A registered place that a quote names, which a member misspells ([`misspelling_in_quote`]).
pub(super) struct QuotedPlace {
    pub entity: EntityId,
    /// The place's name as registered (its name or the alias the quote spells).
    name: String,
    kind: crate::model::EntityKind,
    /// Where the quote names it: a byte range of the normalized quote.
    at: Range<usize>,
}

/// The longest quote read for the registered names it spells, for a member that may
/// misspell one of them, in bytes: a sentence or a few, as for the "did you mean" of CC022.
const LONGEST_QUOTE_READ: usize = 4_096;

/// The registered names and aliases that a normalized quote spells as stretches of it, read
/// for one length in characters at a time, each length once per claim
/// ([`misspelling_in_quote`]).
#[derive(Default)]
pub(super) struct QuoteStretches {
    by_length: HashMap<usize, Vec<String>>,
}

impl QuoteStretches {
    /// The registered names (as [`crate::model::name_key`] writes them) of `chars`
    /// characters that `quote` spells as a stretch, wherever it starts and ends, in the
    /// order they first stand; a stretch after the Arabic preposition `ل` that drops the
    /// article's alef (`للمفرق`) is read as the name with its article (`المفرق`).
    fn of_length(&mut self, quote: &str, chars: usize, entities: &Entities) -> &[String] {
        self.by_length.entry(chars).or_insert_with(|| {
            let starts: Vec<usize> = quote
                .char_indices()
                .map(|(at, _)| at)
                .chain([quote.len()])
                .collect();
            let mut found: Vec<String> = Vec::new();
            for (&start, &end) in starts.iter().zip(starts.iter().skip(chars)) {
                let stretch = &quote[start..end];
                let with_article = super::contraction::before_arabic_preposition_for(stretch);
                for name in std::iter::once(stretch).chain(with_article.as_deref()) {
                    if entities.has_name_key(name) && !found.iter().any(|known| known == name) {
                        found.push(name.to_string());
                    }
                }
            }
            found
        })
    }
}

/// For a member that the quote (`quote`, normalized) does not name and that names no
/// entity, where CC204 read no list that holds a near spelling of it (a script without
/// capitals: Arabic, Devanagari, Thai, Chinese, Japanese, Korean...; names after articles,
/// "ο Μαραθώνας, η Νέα Μάκρη", "le Finistère, le Morbihan"): the registered place the quote
/// names, by the rule CC203 names members by, that the member is a near spelling of, by the
/// registry's "did you mean" ([`crate::suggest::closest_by_scan`]): `المفرق` for `المفرك`
/// beside "عمان وإربد والمفرق", `सीतामढ़ी` for `सीतामढी`, `เชียงใหม่` for `เชียงใม่`,
/// `Μαραθώνας` for `Μαραθόνας`. In a script without spaces the name is any stretch of the
/// quote of about the member's length. A place another member lists or `taken` holds
/// (matched to another member already), or the claim's subject, is none.
///
/// Cost: nothing for a member of a registered name; otherwise
/// a hash lookup per stretch of each length near the member's, each length read once per
/// claim ([`QuoteStretches`]), in a quote of at most [`LONGEST_QUOTE_READ`] bytes, then a
/// search of the quote for each of the few names found.
pub(super) fn misspelling_in_quote(
    claim: &Claim,
    quote: &str,
    missing: &Unnamed,
    entities: &Entities,
    stretches: &mut QuoteStretches,
    taken: &[EntityId],
) -> Option<QuotedPlace> {
    let member = missing.member;
    let name = normalize(&member.name.value);
    if quote.len() > LONGEST_QUOTE_READ
        || member.entity.is_some()
        || entities.named_directly(&member.name.value).is_some()
    {
        return None;
    }
    let length = name.chars().count();
    // A name within the "did you mean"'s edits is at most half as long again, or a third
    // shorter.
    let lengths = (length * 2).div_ceil(3).max(1)..=length * 3 / 2;
    let listed: Vec<EntityId> = claim
        .members()
        .iter()
        .filter_map(|member| member.entity)
        .chain(claim.subject_entity)
        .chain(taken.iter().copied())
        .collect();
    let mut places: Vec<(String, QuotedPlace)> = Vec::new();
    let mut lists = ListsRead::default();
    for chars in lengths {
        for key in stretches.of_length(quote, chars, entities) {
            if places.iter().any(|(known, _)| known == key) {
                continue;
            }
            let Some(ids) = entities.named_directly(key) else {
                continue;
            };
            let Some(&entity) = ids
                .iter()
                .find(|&&id| entities.get(id).kind.value.is_place() && !listed.contains(&id))
            else {
                continue;
            };
            let registered = entities.get(entity);
            let written = std::iter::once(&registered.name)
                .chain(&registered.aliases)
                .map(|name| &name.value)
                .find(|name| crate::model::name_key(name) == *key)
                .map_or_else(|| key.clone(), |name| name.to_string());
            let candidate = Member {
                name: crate::diagnostic::Located::new(written.as_str().into(), member.name.at),
                entity: Some(entity),
            };
            let names = names_of(&candidate, entities);
            let Ok(at) = naming(
                quote,
                &candidate,
                &names,
                entities,
                &Search::EachName,
                &mut lists,
                &[],
            ) else {
                continue;
            };
            places.push((
                key.clone(),
                QuotedPlace {
                    entity,
                    name: written,
                    kind: registered.kind.value,
                    at,
                },
            ));
        }
    }
    let closest =
        crate::suggest::closest_by_scan(&name, places.iter().map(|(key, _)| key.as_str()))?
            .to_string();
    let position = places.iter().position(|(key, _)| *key == closest)?;
    Some(places.swap_remove(position).1)
}

/// CC203's facts: the member, every name of it that was looked for in the quote, and the
/// names that stand in the quote only inside another registered entity's name.
#[derive(Serialize)]
struct MemberNotInQuote<'a, Name: Serialize> {
    member: &'a str,
    looked_for: &'a [Name],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    only_inside: Vec<InsideData<'a>>,
    /// The place the quote lists that the member misspells.
    #[serde(skip_serializing_if = "Option::is_none")]
    probably: Option<&'a str>,
}

/// One name of the member and the longer registered name the quote spells around it.
#[derive(Serialize)]
struct InsideData<'a> {
    name: &'a str,
    inside: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_that_shares_its_kind_names_each_place_of_that_kind() {
        let quote = normalize("Garrett, Allegany and Washington counties form Western Maryland.");
        for name in ["Garrett County", "Allegany County", "Washington County"] {
            assert!(names_with_shared_kind(&quote, name), "{name}");
        }
        assert!(names_with_shared_kind(
            &normalize("in St. Mary's counties."),
            "St. Mary's County"
        ));
        assert!(!names_with_shared_kind(&quote, "Western County"));
        assert!(!names_with_shared_kind(&quote, "Washington Township"));
        assert!(!names_with_shared_kind(
            &normalize("Garrett has 3 counties"),
            "Garrett County"
        ));
        assert!(!names_with_shared_kind(
            &normalize("Garrett, the counties"),
            "Garrett County"
        ));
    }

    #[test]
    fn a_chinese_or_japanese_list_that_writes_its_kind_once_names_each_place_of_it() {
        let quote = normalize("政府は新潟、富山、石川の３県に災害救助法を適用した");
        for name in ["新潟県", "富山県", "石川県"] {
            assert!(names_with_shared_kind(&quote, name), "{name}");
        }
        assert!(
            !names_with_shared_kind(&quote, "新潟市"),
            "a list of prefectures"
        );
        assert!(!names_with_shared_kind(&quote, "福井県"), "not listed");
        let quote = normalize("紫云、纳雍两县退出贫困县序列");
        assert!(names_with_shared_kind(&quote, "纳雍县"));
        assert!(!names_with_shared_kind(&quote, "威宁县"));
    }

    #[test]
    fn a_ukrainian_or_russian_list_that_writes_its_kind_once_names_each_place_of_it() {
        let quote = normalize("завершили Полтавська, Київська і Черкаська області.");
        for name in [
            "Полтавська область",
            "Київська область",
            "Черкаська область",
        ] {
            assert!(names_with_shared_kind(&quote, name), "{name}");
        }
        assert!(!names_with_shared_kind(&quote, "Черкаський район"));
        assert!(!names_with_shared_kind(&quote, "Сумська область"));
        let quote = normalize("Московская, Тверская и Ярославская области");
        assert!(names_with_shared_kind(&quote, "Тверская область"));
        let quote = normalize("Бучанський та Броварський райони");
        assert!(names_with_shared_kind(&quote, "Броварський район"));
        // The kind in the singular after one name is that name's own.
        assert!(!names_with_shared_kind(
            &normalize("Полтавська, Київська область"),
            "Полтавська область"
        ));
    }

    #[test]
    fn a_korean_list_that_writes_its_kind_once_names_each_place_of_it() {
        let quote = normalize("경북에서는 예천·봉화 2개 군 300여 가구가 고립됐다");
        for name in ["예천군", "봉화군"] {
            assert!(names_with_shared_kind(&quote, name), "{name}");
        }
        assert!(
            !names_with_shared_kind(&quote, "예천시"),
            "a list of counties"
        );
        assert!(!names_with_shared_kind(&quote, "영주군"), "not listed");
        assert!(!names_with_shared_kind(
            &normalize("예천·봉화 2개 군청이"),
            "예천군"
        ));
    }

    #[test]
    fn a_list_that_its_kind_leads_names_each_place_of_that_kind() {
        for quote in [
            "four counties were approved: Sangamon, Jefferson, Madison and St. Clair",
            "the counties of Sangamon, Jefferson, Madison, and St. Clair",
            "in 4 counties: Madison, Sangamon, St. Clair or Jefferson.",
            "counties such as Sangamon and St. Clair",
        ] {
            let quote = normalize(quote);
            for name in ["Sangamon County", "St. Clair County"] {
                assert!(names_with_shared_kind(&quote, name), "{name} in {quote}");
            }
        }
        // Not a kind that ends the sentence before, another kind, nor one further back
        // than a few words or beyond a conjunction or another name.
        for quote in [
            "It has four counties. Sangamon grew",
            "four townships were approved: Sangamon and Madison",
            "counties that the state will fund next year under the plan: Sangamon",
            "two counties and the city of Sangamon",
            "the counties form Sangamon",
        ] {
            assert!(
                !names_with_shared_kind(&normalize(quote), "Sangamon County"),
                "{quote}"
            );
        }
    }

    #[test]
    fn a_list_joined_by_the_and_of_the_declared_language_shares_its_kind() {
        let lists = [
            (
                "lt",
                "Vilnius, Kaunas ir Klaipėda districts",
                "districts: Vilnius, Kaunas ir Klaipėda",
            ),
            (
                "cs",
                "Praha, Brno a Ostrava districts",
                "districts: Praha, Brno a Ostrava",
            ),
            (
                "lv",
                "Rīga, Jūrmala un Jelgava districts",
                "districts: Rīga, Jūrmala un Jelgava",
            ),
        ];
        for (tag, after, leading) in lists {
            let language = Language::of(Some(tag));
            for quote in [after, leading] {
                let quote = normalize(quote);
                let listed: Vec<&str> = quote
                    .trim_start_matches("districts: ")
                    .trim_end_matches(" districts")
                    .split([',', ' '])
                    .filter(|word| word.starts_with(char::is_uppercase))
                    .collect();
                for place in listed {
                    let name = format!("{place} District");
                    assert!(
                        names_with_shared_kind_in(&quote, &name, language),
                        "{name} in {quote}"
                    );
                }
                // A place the list does not hold is not named by it.
                assert!(!names_with_shared_kind_in(
                    &quote,
                    "Šiauliai District",
                    language
                ));
            }
            // Elsewhere the word is no "and" (the Latvian `ir` is "is", the Spanish `a`
            // "to", the French `un` an article): the list ends before it, and the names
            // before it do not share the kind after it, nor the last name the kind leading.
            for declared in [None, Some("en"), Some("es"), Some("fr")] {
                let language = Language::of(declared);
                let first = after.split(',').next().unwrap();
                let last = leading.rsplit(' ').next().unwrap();
                for (quote, place) in [(after, first), (leading, last)] {
                    let name = format!("{place} District");
                    assert!(
                        !names_with_shared_kind_in(&normalize(quote), &name, language),
                        "{name} of the {tag} list in {declared:?}"
                    );
                }
            }
        }
        // The Latvian `ir` between two names is "is": no list.
        assert!(!names_with_shared_kind_in(
            &normalize("Rīga ir Jūrmala districts"),
            "Rīga District",
            Language::of(Some("lv"))
        ));
    }

    #[test]
    fn the_kazakh_men_joins_two_names_sharing_a_kind_only_in_a_kazakh_article() {
        let kazakh = Language::of(Some("kk"));
        for quote in [
            "Алматы мен Астана districts",
            "districts: Алматы мен Астана",
        ] {
            let quote = normalize(quote);
            for name in ["Алматы District", "Астана District"] {
                assert!(
                    names_with_shared_kind_in(&quote, name, kazakh),
                    "{name} in {quote}"
                );
            }
            assert!(!names_with_shared_kind_in(&quote, "Ақтау District", kazakh));
        }
        // Elsewhere `мен` joins nothing: the first name does not share the kind after the
        // second, nor the second the kind before the first.
        for language in [Language::UNDECLARED, Language::of(Some("ru"))] {
            let after = normalize("Алматы мен Астана districts");
            assert!(!names_with_shared_kind_in(
                &after,
                "Алматы District",
                language
            ));
            let leading = normalize("districts: Алматы мен Астана");
            assert!(!names_with_shared_kind_in(
                &leading,
                "Астана District",
                language
            ));
        }
        // Not after a lowercase word, where it is "I" or "with", nor after a comma.
        for quote in ["districts мен Астана", "Алматы, мен Астана districts"]
        {
            let quote = normalize(quote);
            let name = if quote.ends_with("districts") {
                "Алматы District"
            } else {
                "Астана District"
            };
            assert!(!names_with_shared_kind_in(&quote, name, kazakh), "{quote}");
        }
    }

    #[test]
    fn names_are_whole_words_and_case_sensitive() {
        let quote = normalize("including Dongxiang County, Linxia County, and Min County");
        assert!(names(&quote, "Min County"));
        assert!(names(&quote, "Linxia County"));
        assert!(!names(&quote, "min county"));
        assert!(!names(&quote, "Linxia Count"));
        assert!(!names(&normalize("Minxian County"), "Min"));
    }

    #[test]
    fn a_korean_name_is_named_with_the_particles_written_onto_it() {
        let quote =
            normalize("대구 군위군에서는 제방이, 예천군과 봉화군이 고립됐고 서울의 피해는 없었다");
        for name in ["군위군", "예천군", "봉화군", "서울", "대구"] {
            assert!(names(&quote, name), "{name}");
        }
        // The rest of the word is more than particles: another word.
        assert!(!names(&normalize("서울대 병원"), "서울"));
        assert!(!names(&normalize("서울시에서"), "서울"));
        assert!(!names(&normalize("봉화군청에서"), "봉화군"));
        // A particle in the form of another sound: `세종로` is a street.
        assert!(!names(&normalize("세종로에서"), "세종"));
        assert!(names(&normalize("세종으로"), "세종"));
        // Nor does a particle make a word of a name's end: the name starts a word.
        assert!(!names(&normalize("강서구에서"), "서구"));
    }

    #[test]
    fn quote_marks_in_names_are_normalized() {
        let quote = normalize("Dahua, and Du’an to withdraw");
        assert!(names(&quote, "Du'an"));
    }

    #[test]
    fn composed_and_decomposed_names_match_either_way() {
        let decomposed = normalize("Cha\u{300}o Quye\u{302}\u{300}n and Lleida");
        assert!(names(&decomposed, "Chào Quyền"));
        let composed = normalize("Chào Quyền and Lleida");
        assert!(names(&composed, "Cha\u{300}o Quye\u{302}\u{300}n"));
    }

    #[test]
    fn a_name_is_not_found_inside_a_letter_with_a_mark() {
        // q with a tilde has no composed form: the mark stays a separate character.
        assert!(!names(&normalize("Aq\u{303} river"), "Aq"));
    }

    #[test]
    fn names_in_scripts_without_spaces_are_found_where_they_stand() {
        let quote = normalize("其中包括紫云县、纳雍县和威宁县等");
        for name in ["紫云县", "纳雍县", "威宁县"] {
            assert!(names(&quote, name), "{name}");
        }
        assert!(!names(&quote, "紫云市"));
        assert!(names(&normalize("จังหวัดเชียงใหม่มี"), "เชียงใหม่"));
        // A Latin name beside them still needs its own word boundaries.
        assert!(names(&normalize("包括Min County和"), "Min County"));
        assert!(!names(&normalize("包括Minxian County和"), "Min County"));
    }

    #[test]
    fn an_arabic_name_is_named_after_the_proclitics_written_onto_it() {
        let entities = registry(&[
            ("Mafraq", EntityKind::Province, None, &["المفرق"]),
            ("Irbid", EntityKind::Province, None, &["إربد"]),
        ]);
        for quote in [
            "وسجلت 30 إصابة بالمفرق و20 إصابة لإربد",
            "في المفرق وإربد",
            "والمفرق وإربد",
            "فالمفرق فإربد",
            "كالمفرق كإربد",
            "وبالمفرق وبإربد",
            "فبالمفرق ولإربد",
            // `ل` before the article drops its alef, after a conjunction too.
            "للمفرق ولإربد",
            "وللمفرق فلإربد",
        ] {
            assert!(named(&entities, quote, "المفرق"), "{quote}");
            assert!(named(&entities, quote, "إربد"), "{quote}");
        }
    }

    #[test]
    fn letters_before_an_arabic_name_that_are_not_only_proclitics_make_another_word() {
        let entities = registry(&[
            ("Rabad", EntityKind::City, None, &["ربد"]),
            ("Mafraq", EntityKind::Province, None, &["المفرق"]),
            ("Karak", EntityKind::Province, None, &["الكرك"]),
        ]);
        // The `إ` of إربد is no proclitic: no ربد there.
        assert!(!named(&entities, "لإربد", "ربد"));
        assert!(!named(&entities, "وإربد", "ربد"));
        // A letter of the word before the proclitic: `رب` + `المفرق` is no word of two.
        assert!(!named(&entities, "ربالمفرق", "المفرق"));
        // Proclitics in an order Arabic does not write them: a preposition, then `و`.
        assert!(!named(&entities, "بوالمفرق", "المفرق"));
        // The article is no proclitic: `مفرق` does not stand in `المفرق` as a word, nor `رك`
        // in `الكرك`, after `الك`.
        assert!(!named(&entities, "المفرق", "مفرق"));
        assert!(!named(&entities, "الكرك", "رك"));
        // `لل` is the article after `ل`: never before a name without it.
        assert!(!named(&entities, "للإربد", "إربد"));
    }

    #[test]
    fn a_name_joined_by_the_arabic_prefix_for_and_is_named() {
        let quote = normalize("منها: كوم أمبو، إدفو ونصر النوبة");
        assert!(names(&quote, "نصر النوبة"));
        assert!(names(&quote, "إدفو"));
        // Only as a prefix of a word: a و inside a word is a letter of it.
        assert!(!names(&normalize("كوم أمبو، إدفو"), "فو"));
        assert!(!names(&normalize("ونصر النوبة"), "نصر النوب"));
    }

    use crate::diagnostic::Located;
    use crate::files::FileId;
    use crate::model::{EntityKind, MemberList};

    use crate::testing::registry;

    /// A member written `name`, resolved as the registry resolves it out of context.
    fn member(entities: &Entities, name: &str) -> Member {
        Member {
            name: Located::new(name.into(), Location::new(FileId(0), 0..0)),
            entity: entities.resolve(name),
        }
    }

    /// Whether `quote` names the member written `name`, by the rule of CC203.
    fn named(entities: &Entities, quote: &str, name: &str) -> bool {
        let member = member(entities, name);
        let names = names_of(&member, entities);
        let mut lists = ListsRead::default();
        let quote = normalize(quote);
        naming(
            &quote,
            &member,
            &names,
            entities,
            &Search::EachName,
            &mut lists,
            &[],
        )
        .is_ok()
    }

    /// CC203's findings on a claim quoting `quote` and listing `members`.
    fn findings(entities: &Entities, quote: &str, members: &[&str]) -> Vec<Diagnostic> {
        let mut claim = crate::testing::claim("c", quote);
        claim.member_list = Some(Box::new(MemberList {
            members: members.iter().map(|name| member(entities, name)).collect(),
            at: Location::new(FileId(0), 0..0),
        }));
        check(&claim, &normalize(quote), entities, None)
    }

    #[test]
    fn a_member_written_qualified_is_named_by_the_name_it_qualifies() {
        use EntityKind::*;
        let entities = registry(&[
            ("Illinois", State, None, &[]),                     // 0
            ("Massachusetts", State, None, &[]),                // 1
            ("Springfield", City, Some(0), &[]),                // 2
            ("Springfield", City, Some(1), &[]),                // 3
            ("Forest Park", Ward, Some(2), &[]),                // 4
            ("Forest Park", Ward, Some(3), &[]),                // 5
            ("Georgia", Country, None, &["Georgia (country)"]), // 6
        ]);
        let quote = "2 wards: Forest Park and Mason Square";
        // Resolved or not, or to no registered place at all.
        for name in [
            "Forest Park (Springfield (Massachusetts))",
            "Forest Park (Springfield)",
            "Mason Square (Springfield)",
        ] {
            assert!(named(&entities, quote, name), "{name}");
        }
        assert!(!named(&entities, quote, "Lincoln Park (Springfield)"));
        // A name registered whole is looked for as it is, and as its entity's name.
        assert!(named(&entities, "Georgia and Armenia", "Georgia (country)"));
        assert_eq!(
            names_of(&member(&entities, "Forest Park (Springfield)"), &entities),
            ["Forest Park (Springfield)", "Forest Park"]
        );
    }

    fn gansu_and_guizhou() -> Entities {
        use EntityKind::*;
        registry(&[
            ("Gansu", Province, None, &["甘肃省"]),              // 0
            ("Guizhou", Province, None, &["贵州省"]),            // 1
            ("Ning County", County, Some(0), &["宁县", "Ning"]), // 2
            ("Weining County", County, Some(1), &["威宁县"]),    // 3
            ("Ziyun County", County, Some(1), &["紫云县"]),      // 4
        ])
    }

    #[test]
    fn a_chinese_name_inside_a_longer_registered_name_does_not_name_its_place() {
        let entities = gansu_and_guizhou();
        assert!(!named(&entities, "其中包括紫云县和威宁县", "宁县"));
        assert!(!named(&entities, "其中包括紫云县和威宁县", "Ning County"));
        assert!(named(&entities, "其中包括紫云县和威宁县", "威宁县"));
        assert!(named(&entities, "甘肃省宁县", "宁县"));
        // A name the registry does not hold is not seen: `新宁县` is not registered.
        assert!(named(&entities, "新宁县", "宁县"));
    }

    #[test]
    fn a_name_listed_beside_the_longer_name_around_it_is_named_by_its_own_occurrence() {
        let entities = gansu_and_guizhou();
        for quote in ["威宁县和宁县", "宁县、威宁县", "威宁县、宁县"] {
            assert!(named(&entities, quote, "宁县"), "{quote}");
            assert!(named(&entities, quote, "威宁县"), "{quote}");
            assert!(findings(&entities, quote, &["威宁县", "宁县"]).is_empty());
        }
        let found = findings(&entities, "威宁县", &["威宁县", "宁县"]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "claim `c` lists `宁县`, which its quote does not name"
        );
    }

    #[test]
    fn a_name_only_inside_another_s_is_one_finding_that_says_where() {
        let entities = gansu_and_guizhou();
        let found = findings(&entities, "其中包括紫云县和威宁县", &["紫云县", "宁县"]);
        assert_eq!(found.len(), 1);
        let finding = &found[0];
        assert_eq!(
            finding.notes,
            [
                "`宁县` stands in the quote only inside `威宁县`, another registered place \
                 (`Weining County`, a county within `Guizhou`)",
                "looked for `宁县` and its other names `Ning County`, `Ning`, as written, case as \
                 written",
            ]
        );
        assert_eq!(
            finding.labels[0].message,
            "named only inside `威宁县` in the quote"
        );
        assert!(
            finding.help.as_deref().unwrap().starts_with(
                "if the article means `威宁县`, list it instead of `宁县`; else extend the quote"
            ),
            "{:?}",
            finding.help
        );
        let data = finding.data.as_ref().unwrap().value().to_string();
        assert!(
            data.contains(r#""only_inside":[{"name":"宁县","inside":"威宁县"}]"#),
            "{data}"
        );
        // A name not in the quote at all keeps the plain finding.
        let found = findings(&entities, "其中包括紫云县", &["威宁县"]);
        assert_eq!(found[0].notes.len(), 1);
        assert_eq!(found[0].labels[0].message, "not named in the quote");
    }

    #[test]
    fn a_multi_word_name_around_a_name_in_a_spaced_script_names_the_other_place() {
        use EntityKind::*;
        let entities = registry(&[
            ("United States", Country, None, &[]),       // 0
            ("New York", Province, Some(0), &[]),        // 1
            ("York County", County, Some(1), &[]),       // 2
            ("United Kingdom", Country, None, &[]),      // 3
            ("York", City, Some(3), &["City of York"]),  // 4
            ("Washington", Province, Some(0), &[]),      // 5
            ("Washington County", County, Some(5), &[]), // 6
            ("George Washington", Person, None, &[]),    // 7
        ]);
        assert!(!named(&entities, "in New York and Ohio", "York"));
        assert!(named(&entities, "in New York and York", "York"));
        assert!(named(&entities, "in York, New Jersey", "York"));
        assert!(!named(&entities, "Washington County grew", "Washington"));
        assert!(!named(
            &entities,
            "George Washington slept here",
            "Washington"
        ));
        assert!(named(
            &entities,
            "Washington County grew",
            "Washington County"
        ));
        // The longer name of the place itself names it.
        assert!(named(&entities, "the City of York council", "York"));
        let found = findings(&entities, "George Washington slept here", &["Washington"]);
        assert_eq!(
            found[0].notes[0],
            "`Washington` stands in the quote only inside `George Washington`, a registered person"
        );
    }

    #[test]
    fn the_longer_name_offered_is_one_the_claim_does_not_list_already() {
        use EntityKind::*;
        let entities = registry(&[
            ("Indonesia", Country, None, &[]),        // 0
            ("Papua", Province, Some(0), &[]),        // 1
            ("Papua Barat", Province, Some(0), &[]),  // 2
            ("Papua Tengah", Province, Some(0), &[]), // 3
        ]);
        let quote = "Papua Tengah 29,76 persen, Papua Barat 21,66 persen";
        let found = findings(&entities, quote, &["Papua Tengah", "Papua"]);
        assert_eq!(
            found[0].notes[0],
            "`Papua` stands in the quote only inside `Papua Barat`, another registered place \
             (a province within `Indonesia`)"
        );
        assert!(
            found[0]
                .help
                .as_deref()
                .unwrap()
                .starts_with("if the article means `Papua Barat`")
        );
        // Every longer name around it listed: none is offered in its place.
        let found = findings(&entities, quote, &["Papua Tengah", "Papua Barat", "Papua"]);
        assert_eq!(
            found[0].help.as_deref().unwrap(),
            "`Papua Tengah` is listed already: extend the quote to the words that name `Papua`, \
             or remove it if the article does not list it here"
        );
    }

    #[test]
    fn a_list_sharing_its_kind_inside_a_longer_name_does_not_name_the_place() {
        use EntityKind::*;
        let entities = registry(&[
            ("New York", Province, None, &[]),
            ("York County", County, None, &[]),
            ("Washington", Province, None, &[]),
            ("Washington County", County, Some(2), &[]),
        ]);
        assert!(!named(&entities, "the New York counties", "York County"));
        assert!(named(
            &entities,
            "the York and Adams counties",
            "York County"
        ));
        // The state's name is the list's own words, not a longer name around them.
        assert!(named(
            &entities,
            "Garrett and Washington counties",
            "Washington County"
        ));
    }

    #[test]
    fn a_place_is_not_named_inside_the_name_of_its_parent_or_of_a_place_within_it() {
        use EntityKind::*;
        let entities = registry(&[
            (
                "Linxia Prefecture",
                Prefecture,
                None,
                &["Linxia Hui Autonomous Prefecture"],
            ),
            ("Linxia County", County, Some(0), &["Linxia"]),
        ]);
        assert!(!named(&entities, "in Linxia Prefecture", "Linxia County"));
        assert!(!named(
            &entities,
            "in Linxia Hui Autonomous Prefecture",
            "Linxia"
        ));
        assert!(named(&entities, "in Linxia, Linxia Prefecture", "Linxia"));
        assert!(named(&entities, "in Linxia County", "Linxia"));
    }

    #[test]
    fn a_name_of_several_places_around_a_member_that_may_be_one_of_them_names_it() {
        use EntityKind::*;
        let entities = registry(&[
            ("Ohio", Province, None, &[]),
            ("Oregon", Province, None, &[]),
            ("Washington County", County, Some(0), &["Washington"]),
            ("Washington County", County, Some(1), &[]),
        ]);
        assert!(named(&entities, "Washington County grew", "Washington"));
        // A member that resolves to no entity is named by no registered name around it.
        assert!(!named(&entities, "Washington County grew", "County"));
        assert!(named(&entities, "County grew", "County"));
    }

    #[test]
    fn japanese_and_thai_names_inside_longer_registered_names_do_not_name_their_places() {
        use EntityKind::*;
        let entities = registry(&[
            ("Tokyo", Province, None, &["東京都"]),
            ("Kyoto", Province, None, &["京都府", "京都"]),
            ("Chiang Mai", Province, None, &["เชียงใหม่"]),
            ("Mueang Chiang Mai", District, Some(2), &["เมืองเชียงใหม่"]),
        ]);
        assert!(!named(&entities, "東京都と大阪府", "京都"));
        assert!(named(&entities, "東京都と京都府", "京都"));
        // Its own longer alias names Kyoto: `京都` inside `京都府`.
        assert!(named(&entities, "京都府と大阪府", "京都"));
        assert!(!named(&entities, "อำเภอเมืองเชียงใหม่มี", "เชียงใหม่"));
        assert!(named(&entities, "จังหวัดเชียงใหม่มี", "เชียงใหม่"));
    }

    #[test]
    fn a_name_after_the_arabic_prefix_for_and_is_judged_like_any_other() {
        use EntityKind::*;
        let entities = registry(&[
            ("Kom Ombo", City, None, &["كوم أمبو"]),
            ("Ombo", City, None, &["أمبو"]),
            ("Nasr al-Nuba", City, None, &["نصر النوبة"]),
            ("Nasr", City, None, &["نصر"]),
        ]);
        assert!(named(
            &entities,
            "منها: كوم أمبو، إدفو ونصر النوبة",
            "نصر النوبة"
        ));
        assert!(!named(&entities, "منها: كوم أمبو، إدفو ونصر النوبة", "نصر"));
        assert!(!named(&entities, "منها: إدفو وكوم أمبو", "أمبو"));
        assert!(named(&entities, "منها: إدفو وكوم أمبو", "كوم أمبو"));
    }

    /// The hyphenated name around the first occurrence of `name` in the normalized `text`,
    /// as the quote writes it.
    fn hyphenated(text: &str, name: &str) -> Option<String> {
        let normalized = normalize(text);
        let at = normalized.find(name);
        assert!(at.is_some(), "{name} is in {text}");
        let at = at.unwrap_or_default();
        hyphenated_name_around(&normalized, at..at + name.len())
            .map(|range| text[RawQuote::new(text).range(range)].to_string())
    }

    #[test]
    fn a_name_joined_by_hyphens_through_a_lowercase_word_is_one_name() {
        let communes = "Les communes de Saint-Denis-en-Val, L'Haÿ-les-Roses et Paris-Saclay";
        for (text, name, whole) in [
            (communes, "Saint-Denis", "Saint-Denis-en-Val"),
            (communes, "Denis", "Saint-Denis-en-Val"),
            (communes, "Val", "Saint-Denis-en-Val"),
            (communes, "Roses", "L'Haÿ-les-Roses"),
            (communes, "Haÿ", "L'Haÿ-les-Roses"),
            ("L’Haÿ-les-Roses", "Roses", "L’Haÿ-les-Roses"),
            ("in Stratford-upon-Avon", "Stratford", "Stratford-upon-Avon"),
            ("in Stratford-upon-Avon", "Avon", "Stratford-upon-Avon"),
            ("Villeneuve-d'Ascq", "Villeneuve", "Villeneuve-d'Ascq"),
            ("Villeneuve-d'Ascq", "Ascq", "Villeneuve-d'Ascq"),
            ("en Ille-et-Vilaine", "Vilaine", "Ille-et-Vilaine"),
            ("à Aix-en-Provence", "Provence", "Aix-en-Provence"),
            (
                "Saint-Rémy-de-Provence",
                "Saint-Rémy",
                "Saint-Rémy-de-Provence",
            ),
        ] {
            assert_eq!(
                hyphenated(text, name).as_deref(),
                Some(whole),
                "{name} in {text}"
            );
        }
    }

    #[test]
    fn names_joined_by_hyphens_alone_or_before_a_lowercase_word_stay_apart() {
        for (text, name) in [
            // Two names joined: each is named.
            ("along the Gansu-Qinghai border", "Gansu"),
            ("along the Gansu-Qinghai border", "Qinghai"),
            ("the Beijing-Tianjin-Hebei region", "Tianjin"),
            ("the Dallas-Fort Worth area", "Dallas"),
            ("the Dallas-Fort Worth area", "Fort Worth"),
            ("Austria-Hungary", "Austria"),
            (
                "the Guangdong-Hong Kong-Macao Greater Bay Area",
                "Hong Kong",
            ),
            // A route, a pair, a match: each place is named.
            ("the London-to-Brighton run", "London"),
            ("the London-to-Brighton run", "Brighton"),
            ("the Kent-and-Sussex border", "Kent"),
            ("the Lancashire-v-Yorkshire match", "Yorkshire"),
            ("the Lancashire-versus-Yorkshire match", "Lancashire"),
            ("the Paris-via-Lyon line", "Lyon"),
            ("a Kent-or-Sussex choice", "Sussex"),
            // A lowercase word that no name follows.
            ("a Beijing-based firm", "Beijing"),
            ("a pro-Beijing camp", "Beijing"),
            ("in Jeju-do", "Jeju"),
            // An article's elision is no particle of the name.
            ("l'Ille-et-Vilaine", "Ille-et-Vilaine"),
            // Capitalised parts only: the registry tells one name from two, or nothing does.
            ("Paris-Saclay", "Paris"),
            ("Bad Tölz-Wolfratshausen", "Wolfratshausen"),
            ("no hyphen here: Kent", "Kent"),
        ] {
            assert_eq!(hyphenated(text, name), None, "{name} in {text}");
        }
    }

    #[test]
    fn a_member_listed_twice_that_the_quote_does_not_name_is_one_finding() {
        let entities = registry(&[]);
        let found = findings(&entities, "Kent and Sussex", &["Kent", "Essex", "Essex"]);
        assert_eq!(found.len(), 1, "the repetition is CC102's finding");
    }

    #[test]
    fn a_member_inside_a_name_joined_through_a_lowercase_word_is_not_named() {
        let entities = registry(&[]);
        let quote = "Les communes de Saint-Denis-en-Val, L'Haÿ-les-Roses et Paris-Saclay";
        assert!(!named(&entities, quote, "Saint-Denis"));
        assert!(!named(&entities, quote, "Roses"));
        assert!(named(&entities, quote, "Saint-Denis-en-Val"));
        assert!(named(&entities, quote, "L'Haÿ-les-Roses"));
        assert!(named(
            &entities,
            "Saint-Denis-en-Val et Saint-Denis",
            "Saint-Denis"
        ));
        assert!(named(&entities, "along the Gansu-Qinghai border", "Gansu"));
        let found = findings(&entities, quote, &["Roses"]);
        assert_eq!(
            found[0].notes[0],
            "`Roses` stands in the quote only inside `L'Haÿ-les-Roses`, one name joined by \
             hyphens through a lowercase word"
        );
        assert_eq!(
            found[0].labels[0].message,
            "named only inside `L'Haÿ-les-Roses` in the quote"
        );
    }

    #[test]
    fn a_registered_hyphenated_name_of_the_member_itself_names_it() {
        use EntityKind::*;
        let entities = registry(&[("Aix", City, None, &["Aix-en-Provence"])]);
        assert!(named(&entities, "à Aix-en-Provence", "Aix"));
        let entities = registry(&[
            ("Aix", City, None, &[]),
            ("Aix-en-Provence", City, None, &[]),
        ]);
        let found = findings(&entities, "à Aix-en-Provence", &["Aix"]);
        assert!(
            found[0].notes[0].ends_with("another registered place (a city)"),
            "{:?}",
            found[0].notes
        );
    }

    /// Names that stand inside one another, overlap themselves (`aa`, `a a`), join by
    /// hyphens, carry marks composed or not, are written without spaces or after the Arabic
    /// `و`, end in a kind a list may share, or are empty once normalized.
    const SPELLINGS: &[&str] = &[
        "a",
        "aa",
        "a a",
        "Ning",
        "Ning County",
        "宁县",
        "威宁县",
        "York",
        "New York",
        "York County",
        "Saint-Denis",
        "Saint-Denis-en-Val",
        "Val",
        "Kounty1",
        "Kounty1 County",
        "Kounty12 County",
        "Ké",
        "Ke\u{301}",
        "L'Haÿ",
        "نصر",
        "نصر النوبة",
        "\u{200B} County",
        "",
        "예천군",
        "제주",
        "제주도",
    ];

    /// What a quote is made of, besides the spellings: the words and marks around names.
    const AROUND: &[&str] = &[
        "counties",
        "County",
        "and",
        "en",
        "les",
        "Roses",
        "و",
        "’",
        "\u{301}",
        "包括",
        "9",
        "에서는",
        "과",
    ];

    /// The places where a name may stand in a quote, between its pieces.
    const BETWEEN: &[&str] = &[" ", "", ", ", "-", " and "];

    /// A quote of `pieces`, each a spelling or a word and what follows it.
    fn quote_of(pieces: &[(usize, usize)]) -> String {
        let words: Vec<&str> = SPELLINGS.iter().chain(AROUND).copied().collect();
        pieces
            .iter()
            .map(|&(word, between)| {
                format!(
                    "{}{}",
                    words[word % words.len()],
                    BETWEEN[between % BETWEEN.len()]
                )
            })
            .collect()
    }

    /// A registry of `entities`, each a name and aliases among the spellings, a kind and
    /// whether it lies within the first entity.
    fn registry_of(entities: &[(usize, Vec<usize>, usize, bool)]) -> Entities {
        use EntityKind::*;
        let kinds = [County, City, Province, Person];
        let aliases: Vec<Vec<&str>> = entities
            .iter()
            .map(|(_, aliases, _, _)| {
                aliases
                    .iter()
                    .map(|&alias| SPELLINGS[alias % SPELLINGS.len()])
                    .filter(|alias| !alias.is_empty())
                    .collect()
            })
            .collect();
        let items: Vec<(&str, EntityKind, Option<u32>, &[&str])> = entities
            .iter()
            .zip(&aliases)
            .filter(|((name, ..), _)| !SPELLINGS[name % SPELLINGS.len()].is_empty())
            .map(|((name, _, kind, within), aliases)| {
                (
                    SPELLINGS[name % SPELLINGS.len()],
                    kinds[kind % kinds.len()],
                    within.then_some(0),
                    aliases.as_slice(),
                )
            })
            .collect();
        registry(&items)
    }

    /// [`naming`]'s answer in a form to compare: the range named, or each name's longer
    /// name around it and what that is (an entity, or `None` for a hyphenated name).
    type Judged = Result<Range<usize>, Vec<(String, Range<usize>, Option<EntityId>)>>;

    fn judged(found: Result<Range<usize>, Vec<OnlyInside>>) -> Judged {
        found.map_err(|only_inside| {
            only_inside
                .into_iter()
                .map(|inside| {
                    let within = match inside.within {
                        Within::Entity(entity) => Some(entity),
                        Within::Hyphenated => None,
                    };
                    (inside.name.to_string(), inside.around, within)
                })
                .collect()
        })
    }

    /// A claim quoting `quote` that lists `members`, resolved by `entities`.
    fn claim_listing(entities: &Entities, quote: &str, members: &[&str]) -> Claim {
        let mut claim = crate::testing::claim("c", quote);
        claim.member_list = Some(Box::new(MemberList {
            members: members.iter().map(|name| member(entities, name)).collect(),
            at: Location::new(FileId(0), 0..0),
        }));
        claim
    }

    proptest::proptest! {
        #[test]
        fn the_index_finds_each_name_where_a_search_for_it_alone_does(
            pieces in proptest::collection::vec((0usize..64, 0usize..8), 0..40),
            names in proptest::collection::vec(0usize..64, 0..12),
        ) {
            let text = normalize(&quote_of(&pieces));
            let names: Vec<&str> = names.iter().map(|&n| SPELLINGS[n % SPELLINGS.len()]).collect();
            let index = NameIndex::new(&text, names.iter().copied());
            for name in &names {
                let name = normalize(name);
                let mut sought = vec![name.as_str()];
                sought.extend(shared_kind(&name).map(|(base, _)| base));
                for sought in sought {
                    let alone: Vec<usize> = text.match_indices(sought).map(|(at, _)| at).collect();
                    proptest::prop_assert_eq!(index.starts(sought), Some(alone.as_slice()), "{:?}", sought);
                }
            }
        }

        #[test]
        fn members_found_by_the_index_are_judged_as_when_each_name_is_searched_for(
            pieces in proptest::collection::vec((0usize..64, 0usize..8), 0..40),
            registered in proptest::collection::vec(
                (0usize..64, proptest::collection::vec(0usize..64, 0..3), 0usize..4, proptest::bool::ANY),
                0..8,
            ),
            listed in proptest::collection::vec(0usize..64, 0..12),
        ) {
            let entities = registry_of(&registered);
            let quote = quote_of(&pieces);
            let text = normalize(&quote);
            let listed: Vec<&str> = listed
                .iter()
                .map(|&n| SPELLINGS[n % SPELLINGS.len()])
                .filter(|name| !name.is_empty())
                .collect();
            let claim = claim_listing(&entities, &quote, &listed);
            let all_names = claim.members().iter().flat_map(|member| names_of(member, &entities));
            let index = NameIndex::new(&text, all_names);
            for member in claim.members() {
                let names = names_of(member, &entities);
                let alone = naming(
                    &text, member, &names, &entities, &Search::EachName, &mut ListsRead::default(), &[],
                );
                let indexed = naming(
                    &text, member, &names, &entities, &Search::Indexed(&index), &mut ListsRead::default(), &[],
                );
                proptest::prop_assert_eq!(judged(indexed), judged(alone), "{:?} in {:?}", &*member.name.value, text);
            }
            // And the claim's findings, lists read once for all members.
            let summary = |unnamed: Vec<Unnamed>| -> Vec<(String, Vec<String>, Judged)> {
                unnamed
                    .into_iter()
                    .map(|missing| {
                        (
                            missing.member.name.value.to_string(),
                            missing.names.iter().map(|name| name.to_string()).collect(),
                            judged(Err(missing.only_inside)),
                        )
                    })
                    .collect()
            };
            proptest::prop_assert_eq!(
                summary(unnamed_by(&claim, &text, &entities, &Search::Indexed(&index), Language::UNDECLARED)),
                summary(unnamed_by(&claim, &text, &entities, &Search::EachName, Language::UNDECLARED))
            );
        }

        #[test]
        fn a_list_read_once_says_what_reading_it_from_each_name_says(
            pieces in proptest::collection::vec((0usize..64, 0usize..8), 0..40),
        ) {
            let text = normalize(&quote_of(&pieces));
            let mut lists = ListsRead::default();
            for kinds in ["counties", "cities"] {
                for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                    proptest::prop_assert_eq!(
                        kind_follows(&text, at, kinds, &mut lists),
                        kind_follows(&text, at, kinds, &mut ListsRead::default()),
                        "{} from {} in {:?}", kinds, at, text
                    );
                }
            }
        }
    }

    #[test]
    fn each_name_of_a_long_list_its_kind_leads_is_named_through_one_reading_of_it() {
        // Each name reads back to the list's start once: the words read are remembered.
        let counties: Vec<String> = (0..2000).map(|n| format!("Kounty{n}")).collect();
        let quote = normalize(&format!(
            "The counties are: {} and Kounty2000.",
            counties.join(", ")
        ));
        let mut lists = ListsRead::default();
        for name in counties.iter().rev() {
            let at = [format!(" {name},"), format!(" {name} ")]
                .iter()
                .find_map(|written| quote.find(written.as_str()))
                .unwrap()
                + 1;
            assert!(kind_leads(&quote, at, "counties", &mut lists), "{name}");
        }
        // The words before the last name, each read once.
        assert_eq!(lists.kinds_before["counties"].len(), counties.len() - 1);
    }

    #[test]
    fn a_claim_of_many_members_is_judged_through_the_index_as_one_of_a_few() {
        let counties: Vec<String> = (0..400).map(|n| format!("Kounty{n} County")).collect();
        let items: Vec<(&str, EntityKind, Option<u32>, &[&str])> = counties
            .iter()
            .map(|name| (name.as_str(), EntityKind::County, None, &[][..]))
            .collect();
        let entities = registry(&items);
        let listed: Vec<&str> = counties.iter().map(String::as_str).collect();
        // Every county named but `Kounty398 County`; a member written `Kounty39`, which
        // the registry does not hold, stands only inside another place's name,
        // `Kounty39 County`.
        let named = listed[..398].join(", ");
        let quote = format!("The counties are {named} and Kounty399 County.");
        let mut members = listed.clone();
        members.push("Kounty39");
        let claim = claim_listing(&entities, &quote, &members);
        let text = normalize(&quote);
        assert!(claim.members().len() * text.len() >= INDEXED_FROM);
        let found = unnamed(&claim, &text, &entities, Language::UNDECLARED);
        let missing: Vec<&str> = found.iter().map(|m| &*m.member.name.value).collect();
        assert_eq!(missing, ["Kounty398 County", "Kounty39"]);
        let by_each = unnamed_by(
            &claim,
            &text,
            &entities,
            &Search::EachName,
            Language::UNDECLARED,
        );
        assert_eq!(found.len(), by_each.len());
        for (indexed, alone) in found.into_iter().zip(by_each) {
            assert_eq!(
                judged(Err(indexed.only_inside)),
                judged(Err(alone.only_inside))
            );
        }
    }
}
