//! Whole numbers written in words in French, German, Spanish, Italian, Portuguese, Galician
//! and Dutch, for [`super::numbers::find_numbers`]: `quatre`, `zwei`, `tres`, `ventitré`,
//! `vingt et un`, `quatre-vingt-dix`, `einundzwanzig`, `treinta y dos`, `cento e vinte`,
//! `catro`, `trinta e dúas`, `tweeëntwintig`, `deux mille trois cents`,
//! `zweitausendfünfhundert`.
//!
//! Every spelling of 0 to 999 in each language is generated into one table (the words of a
//! number apart by one space, as hyphens and spaces both join them: `dix-sept` and `dix
//! sept` are one key): the units, the teens, the tens and the compounds each language forms
//! (French `soixante et onze`, `quatre-vingts`, the Belgian and Swiss `septante`,
//! `huitante`, `nonante`; Spanish `veintiún`, `doscientas`; Portuguese `dezasseis` and
//! `dezesseis`; Galician `dous`, `dúas`, `dezaseis`, `quiñentos`; Italian `ventotto`,
//! `ventitré` and `ventitre`; German `dreißig` and `dreissig`; Dutch `tweeëntwintig`), with
//! both genders. A number is read as the longest
//! run of words the table holds, then a thousand (`mille`, `mil`, `mila`, `tausend`,
//! `duizend`) and another run below a thousand; German, Dutch and Italian write all of it
//! as one word, which is cut at the thousand (`dreitausendzweihundert`). The words are
//! read in any case (`Quatre` at the start of a sentence, `DEUX` in a headline), and one
//! run stays in one language (`trois mil` is 3 and a word).
//!
//! Words that are also other words, in these languages or in English, are read only where
//! the number is meant ([`Alone`]), as English reads `one` but `a` only before a scale
//! word:
//!
//! - the articles `un`, `une`, `uno`, `una`, `um`, `uma`, `unha`, `ein`, `eine`, `een` are 1 only
//!   inside a number (`vingt et un`, `veintiuno`, `einundzwanzig`), before a scale word
//!   (`un million`, `eine Million`, `een miljoen`), as `a million`, or before a word that
//!   says "of" (`uno de los 9`, `une des communes`, `eine der Städte`), as `one of`, or
//!   opening a range whose second end has a scale or percent word (`entre un et deux
//!   millions`, [`opens_a_scaled_range`], which reads the words of another language there
//!   too: `due o tre milioni`); `eins` and `één` are 1.
//!   The Spanish and Portuguese `mil` and the Italian `mila` alone are left out (a thousand
//!   only after a number: `dos mil`, `due mila`), as is the Spanish `ciento` (`ciento
//!   veinte`; `por ciento` is percent), and the Italian and Portuguese `cento` after `per`
//!   and `por` (`per cento`, `por cento` are percent, after a number or not, and `per mille`
//!   permille);
//! - a word that is another word in a neighbouring language is read after a word that
//!   only goes before a number (`los dos`, `de once`, `les seize`, `i due`, `os sete`) or a
//!   verb of its language that news puts before a count, none of the other language's
//!   words (`había dos`, `murieron once`, `tem sete`, `deixou sete`, `compte seize`, `il y a
//!   seize`, `a fait onze`; not `son` of `son dos`, French "his back", nor `a` before
//!   `cent`, English `a cent`), or inside a number or before a scale word: the Spanish `dos` (Portuguese "of the", French
//!   "back"), `once` (English), `doce` (Portuguese "sweet"), the French and Portuguese
//!   `onze` (Dutch "our"), the French `seize` (English) and `cent` alone (English), the
//!   Italian `due` (English) and `sei` ("you are", Portuguese "I know"), the Portuguese
//!   `sete` (Italian "thirst"), the Galician `cen` (the Polish and Czech "of the prices":
//!   `wzrost cen`, `růst cen`). Capitalised at the start of a sentence, it is read before a
//!   lowercase plural of its language with no comma after it (`Dos hospitales cerraron`,
//!   `Cent personnes`), unless the sentence shows the other language (`Once the law
//!   passes`, `Dos entrevistados, 40%…`); `once`, `onze`, `due` and `sei`, which the other
//!   language also puts before a plural, only where the sentence shows the number's
//!   ([`Ambiguous`]). Its words are looked at within a bounded stretch of the sentence;
//! - the French `neuf` is also "new": nine before a plural it counts (`neuf communes`,
//!   `neuf ans`) or after a plural determiner (`les neuf`), as the adjective after a plural
//!   is `neufs`; not after `à`, `de`, `du`, `tout` or `flambant` (`remis à neuf`, `quoi de
//!   neuf`), nor before anything else (`un stade neuf.`, `un bâtiment neuf construit`, `un
//!   logement neuf dans`);
//! - the Italian `venti` is also "winds": not after the definite article and the
//!   prepositions joined to it (`i venti`, `dei venti`, though `i venti comuni` would be
//!   20), nor beside the words of a weather report (`forti venti`, `venti di burrasca`);
//! - capitalised, `Otto` and `Sept` are a name and a month unless a lowercase word follows
//!   (`Otto persone`, `Sept départements`), and `Acht` is the German noun after `außer` and
//!   `in` (`außer Acht lassen`);
//! - a number joined by a hyphen to a word that is no number is part of a name or a noun
//!   (`Deux-Sèvres`, `Pont-Neuf`, `deux-roues`), not a count.
//!
//! Zero is read as `zéro`, `cero` and `zero`. The German `null` (English "null", the noun
//! `Null`) is read in lowercase before a capitalised noun (`null Tote`), and the Dutch `nul`
//! (French "nul") before a lowercase word in a sentence that shows Dutch (`Er waren nul
//! doden`); both before a percent or scale word (`null Prozent`), not alone before a
//! decimal mark or in a time (`null Komma`, `null Uhr`).
//!
//! The noun after a number may say what it is ([`noun_after`], see [`nouns`]): a
//! fraction's makes it no count (`deux tiers`, `zwei Drittel`), a round count's makes an
//! article before it that count (`une trentaine`, `ein Dutzend`) and a number before its
//! plural that many times it (`deux douzaines`).
//!
//! A half goes with its number ([`Read::half`], [`fraction_after`], [`half_after_scale`]),
//! as English reads `two and a half million`: the German and Dutch `zweieinhalb`,
//! `anderthalb`, `tweeënhalf`, `anderhalf` and `twee en een half` alone or before a scale
//! word; the French `et demi`, Spanish `y medio`, Italian `e mezzo` and Portuguese `e meio`
//! after a scale word (`deux millions et demi`, and `millón y medio` with no article) or
//! between a number and a scale or percent word (`dos y medio por ciento`), and nowhere
//! else (`las dos y media` is a time). Decimals spoken after a decimal mark word (`drei
//! Komma fünf`, `trois virgule cinq`, `tres coma veinticinco`) go with their number, one
//! digit a word or zeros and one number; number words after such a mark that read no way
//! this reads leave the number unread, and are never read alone
//! ([`after_a_decimal_mark`]): a number read from them would be false.
//!
//! Cost: a word is looked up only when it is a whole word of letters whose first two
//! letters may begin a number; one search of the sorted words tells most others apart, and
//! a number's words are matched longest first among at most [`MOST_WORDS`] of them. The
//! table (some thousands of spellings, `spellings`) is written by the build script as
//! static arrays: no run spends time building it.

mod nouns;
mod senses;
#[cfg(test)]
mod spellings;

pub use nouns::{NounAfter, is_fraction_noun, noun_after};

use senses::{DE, ES, FR, GL, IT, Kind, Langs, NL, ONE_AND_A_HALF, PT, Sense, letter_index};

/// The most words a number below a thousand is written in: `quatre cent quatre vingt dix
/// sept` (497).
const MOST_WORDS: usize = 7;

/// The longest word looked up, in bytes: longer than any number written as one word below
/// a million (`siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig` is 67).
const LONGEST_WORD: usize = 80;

/// The most words read for one number: two runs below a thousand and a thousand between.
const MOST_TOKENS: usize = 2 * MOST_WORDS + 2;

/// When a number written as one word alone, with no scale word after it, is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alone {
    Always,
    /// A word that is a number only inside one: `mil`, `mila`.
    Never,
    /// An article: a number only before a word that says "of" (`uno de los 9`, `un des
    /// neuf`, `eine der`, `een van`), as English reads `one of`.
    OneOf,
    /// A word that is another word in another language: a number after a word that goes
    /// before one, or capitalised at the start of a sentence in the number's language.
    Ambiguous(&'static Ambiguous),
    /// The French `neuf`, also "new".
    NotNew,
    /// The Italian `venti`, also "winds".
    NotWinds,
    /// The German `null`, also English "null" and the noun (`Stunde Null`).
    GermanZero,
    /// The Dutch `nul`, also French "nul" (`match nul`, `nul doute`).
    DutchZero,
    /// The Italian and Portuguese `cento`, which after `per` and `por` is percent (`per
    /// cento`, `por cento`), no hundred; and `mille`, which after `per` is permille.
    NotPercent,
}

/// Where a word that is a number in one language and another word in another is the number.
#[derive(Debug, PartialEq, Eq)]
struct Ambiguous {
    /// Words (lowercase) after which it is the number: `los dos`, `les seize`, `había dos`,
    /// and pairs of words apart by a space (`il y a seize`).
    after: &'static [&'static [&'static str]],
    /// Capitalised at the start of a sentence, it is the number when the word after it is
    /// lowercase and ends as a plural of the number's language does (a noun or an
    /// adjective after any number but one is plural: `Dos hospitales`, `Cent personnes`),
    /// when no comma follows that word (`Dos entrevistados, 40%…` is Portuguese "of the",
    /// `Once prices rise, …` English), and when the sentence shows none of the other
    /// languages and, if any are given, one of the number's own.
    plural_endings: &'static [char],
    other_languages: &'static [&'static Cues],
    own_languages: &'static [&'static Cues],
    /// Lowercase after any word, it is the number before a plural of its language (as at
    /// the start of a sentence) when the sentence shows one of these languages and none of
    /// the others: `nei due comuni`, `ha habilitado dos puntos`. Empty: only after the
    /// words of `after`.
    after_any_word_in: &'static [&'static Cues],
}

/// What shows a sentence is in one language: one of its words (lowercase) that the
/// languages a number word is confused with do not write, or one of its letters.
#[derive(Debug, PartialEq, Eq)]
struct Cues {
    words: &'static [&'static str],
    letters: &'static [char],
}

/// Words of English sentences that French, Spanish and Italian do not write (not `a`,
/// `in`, `on`, `or`, which some of them do).
const ENGLISH: &Cues = &Cues {
    words: &[
        "the", "an", "and", "of", "to", "for", "with", "at", "by", "from", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those",
        "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "will",
        "would", "can", "could", "should", "not", "as", "after", "before", "again", "upon", "more",
        "than", "but", "now", "if", "when", "who", "which", "inside",
    ],
    letters: &[],
};

/// Words and letters of Portuguese sentences that Spanish does not write (or seldom: the
/// Spanish `pelo` is "hair", `da` "gives").
const PORTUGUESE_NOT_SPANISH: &Cues = &Cues {
    words: &[
        "não", "são", "foram", "é", "do", "da", "das", "os", "ao", "aos", "em", "com", "um", "uma",
        "pelo", "pela", "pelos", "pelas", "seu", "sua", "seus", "suas", "também", "na", "nas",
        "ou",
    ],
    letters: &['ã', 'õ', 'ç'],
};

/// Words of Spanish sentences that English does not write.
const SPANISH_NOT_ENGLISH_WORDS: &Cues = &Cues {
    words: &[
        "el", "los", "las", "del", "y", "en", "de", "la", "que", "se", "por", "para", "su", "sus",
        "una", "al", "fueron", "han", "hay", "según", "muy", "más",
    ],
    letters: &['ñ'],
};

/// Words and letters of Portuguese sentences that Dutch and Italian do not write.
const PORTUGUESE_NOT_DUTCH_OR_ITALIAN: &Cues = &Cues {
    words: &[
        "não", "são", "foram", "é", "dos", "das", "os", "ao", "aos", "em", "com", "um", "uma",
        "que", "seus", "suas",
    ],
    letters: &['ã', 'õ', 'ç'],
};

/// Words of French sentences that Dutch does not write.
const FRENCH_NOT_DUTCH: &Cues = &Cues {
    words: &[
        "les", "des", "du", "le", "la", "et", "est", "sont", "ont", "à", "au", "aux", "été", "une",
        "dans", "pour", "sur", "qui", "que", "ne", "ses", "leur", "leurs",
    ],
    letters: &[],
};

/// Words of French sentences that English does not write.
const FRENCH_NOT_ENGLISH_WORDS: &Cues = &Cues {
    words: &[
        "les", "des", "du", "le", "la", "et", "est", "sont", "ont", "à", "au", "aux", "été", "une",
        "dans", "pour", "sur", "qui", "que", "ne", "pas", "ses", "leur", "leurs", "il", "elle",
        "ils", "elles",
    ],
    letters: &[],
};

/// Words of Dutch sentences that French and Portuguese do not write.
const DUTCH: &Cues = &Cues {
    words: &[
        "het", "een", "van", "zijn", "niet", "wordt", "werd", "worden", "hebben", "heeft", "bij",
        "naar", "ook", "maar", "dat", "op", "voor", "uit", "om", "er", "wij", "ze", "hun", "deze",
        "geen", "nog", "wel", "meer", "waren", "is", "was",
    ],
    letters: &[],
};

/// Words of Italian sentences that English and Portuguese do not write: articles,
/// prepositions with them, pronouns and the commonest verbs (`restano`, `sono`, `hanno`).
const ITALIAN: &Cues = &Cues {
    words: &[
        "il",
        "lo",
        "le",
        "di",
        "dei",
        "delle",
        "della",
        "del",
        "che",
        "sono",
        "è",
        "nel",
        "nella",
        "gli",
        "hanno",
        "stati",
        "anche",
        "alla",
        "alle",
        "dal",
        "dalla",
        "degli",
        "nei",
        "negli",
        "nelle",
        "dell",
        "nell",
        "sull",
        "sul",
        "sulla",
        "sui",
        "ai",
        "agli",
        "dai",
        "dagli",
        "più",
        "non",
        "una",
        "uno",
        "un",
        "con",
        "cui",
        "loro",
        "ogni",
        "questo",
        "questa",
        "tutti",
        "tutte",
        "dopo",
        "ancora",
        "già",
        "stato",
        "stata",
        "erano",
        "restano",
        "rimangono",
        "vengono",
        "devono",
        "possono",
    ],
    // `più`, `può`, `però`, `Forlì`, `perché`: the Romance languages around Italian write
    // none of these letters.
    letters: &['ù', 'ò', 'ì', 'è'],
};

/// `dos` (Portuguese "of the", French "back"), `doce` (Portuguese "sweet").
const SPANISH_NOT_PORTUGUESE: &Ambiguous = &Ambiguous {
    after: &[SPANISH_BEFORE],
    plural_endings: &['s'],
    other_languages: &[PORTUGUESE_NOT_SPANISH],
    own_languages: &[],
    after_any_word_in: &[SPANISH_NOT_PORTUGUESE_OR_FRENCH],
};

/// Words and letters of Spanish sentences that Portuguese and French do not write: where
/// one stands, `dos` before a plural is two, not "of the" (`a maioria dos municípios`) nor
/// "back" (`le dos des enfants`).
const SPANISH_NOT_PORTUGUESE_OR_FRENCH: &Cues = &Cues {
    words: &[
        "el", "los", "las", "del", "al", "su", "sus", "una", "ha", "han", "hay", "fueron", "según",
        "muy", "más", "pero", "ya", "aún", "están",
    ],
    letters: &['ñ', '¿', '¡'],
};

/// `once` (English, which begins many sentences with it, before a plural too: `Once
/// prices rise`), so the sentence must show Spanish.
const SPANISH_NOT_ENGLISH: &Ambiguous = &Ambiguous {
    after: &[SPANISH_BEFORE],
    plural_endings: &['s'],
    other_languages: &[ENGLISH],
    own_languages: &[SPANISH_NOT_ENGLISH_WORDS],
    after_any_word_in: &[SPANISH_NOT_ENGLISH_WORDS],
};

/// `onze`: Dutch "our" goes before a plural as the number does (`Onze artsen`), so the
/// sentence must show French or Portuguese.
const FRENCH_OR_PORTUGUESE_NOT_DUTCH: &Ambiguous = &Ambiguous {
    // The words before a French or a Portuguese number, `pour` (only `pour cent` is
    // percent) and the French and Portuguese `a` (`tem onze`, `compte onze`, `a fait onze
    // morts`, `il y a onze`). Dutch `onze`, "our", goes after `in`, `van`, `met`, `voor`,
    // `en`, `heeft`, `zijn`: none of these.
    after: &[FRENCH_BEFORE, PORTUGUESE_BEFORE, &["pour", "a"]],
    plural_endings: &['s', 'x'],
    other_languages: &[DUTCH],
    own_languages: &[FRENCH_NOT_DUTCH, PORTUGUESE_NOT_DUTCH_OR_ITALIAN],
    after_any_word_in: &[FRENCH_NOT_DUTCH, PORTUGUESE_NOT_DUTCH_OR_ITALIAN],
};

/// `seize` (English), also after the French `a` (`la commune a seize écoles`).
const FRENCH_NOT_ENGLISH: &Ambiguous = &Ambiguous {
    after: &[FRENCH_BEFORE, &["a"]],
    plural_endings: &['s', 'x'],
    other_languages: &[ENGLISH],
    own_languages: &[],
    after_any_word_in: &[],
};

/// `cent` (English), not after `a` alone: `not a cent` (`il y a cent` is French).
const FRENCH_NOT_ENGLISH_CENT: &Ambiguous = &Ambiguous {
    after: &[FRENCH_BEFORE],
    plural_endings: &['s', 'x'],
    other_languages: &[ENGLISH],
    own_languages: &[],
    after_any_word_in: &[],
};

/// `due` (English): an Italian plural ends in `i` or `e`, as English words do too (`Due
/// diligence`), so the sentence must show Italian; or in `à`, unchanged (`due città`).
const ITALIAN_NOT_ENGLISH: &Ambiguous = &Ambiguous {
    after: &[ITALIAN_BEFORE],
    plural_endings: &['i', 'e', 'à'],
    other_languages: &[ENGLISH],
    own_languages: &[ITALIAN],
    after_any_word_in: &[ITALIAN],
};

/// `sei` (Portuguese "I know": `Sei que…`).
const ITALIAN_NOT_PORTUGUESE: &Ambiguous = &Ambiguous {
    after: &[ITALIAN_BEFORE],
    plural_endings: &['i', 'e', 'à'],
    other_languages: &[PORTUGUESE_NOT_DUTCH_OR_ITALIAN],
    own_languages: &[ITALIAN],
    after_any_word_in: &[ITALIAN],
};

/// `sete` (Italian "thirst").
const PORTUGUESE_NOT_ITALIAN: &Ambiguous = &Ambiguous {
    after: &[PORTUGUESE_BEFORE],
    plural_endings: &['s'],
    other_languages: &[ITALIAN],
    own_languages: &[],
    after_any_word_in: &[],
};

/// `cen` (the Polish and Czech "of the prices": `wzrost cen`, `růst cen`).
const GALICIAN_NOT_POLISH_OR_CZECH: &Ambiguous = &Ambiguous {
    after: &[GALICIAN_BEFORE],
    plural_endings: &['s'],
    other_languages: &[POLISH_OR_CZECH],
    own_languages: &[GALICIAN],
    after_any_word_in: &[GALICIAN],
};

/// Words before a number in Galician: `de cen`, `máis de cen`, `os cen`, and the verbs news
/// puts before a count (`hai cen`, `foron cen`). Not `a`, `o` and `na`, Polish and Czech
/// words too (`a cen`, "and of the prices"), nor `por`: `cen por cen` is percent.
const GALICIAN_BEFORE: &[&str] = &[
    "de",
    "os",
    "as",
    "dos",
    "das",
    "nos",
    "nas",
    "aos",
    "ás",
    "cos",
    "coas",
    "polos",
    "polas",
    "en",
    "con",
    "para",
    "entre",
    "ata",
    "sobre",
    "uns",
    "unhas",
    "máis",
    "menos",
    "preto",
    "arredor",
    "case",
    "só",
    "hai",
    "había",
    "houbo",
    "foron",
    "eran",
    "son",
    "teñen",
    "tiña",
    "tiñan",
    "deixou",
    "morreron",
    "suman",
    "rexistrou",
];

/// Words and letters of Galician sentences that Polish and Czech do not write.
const GALICIAN: &Cues = &Cues {
    words: &[
        "os", "as", "dos", "das", "non", "unha", "dunha", "nunha", "tamén", "máis", "xa", "foi",
        "foron", "hai", "polo", "pola", "coa", "ao", "aos", "é", "que", "en", "de",
    ],
    letters: &['ñ'],
};

/// Letters of Polish and Czech sentences that Galician does not write.
const POLISH_OR_CZECH: &Cues = &Cues {
    words: &[],
    letters: &[
        'ą', 'ę', 'ł', 'ś', 'ź', 'ż', 'ć', 'ń', 'ř', 'ě', 'ů', 'č', 'š', 'ž', 'ý',
    ],
};

/// Words after an article that make it the number one, "one of": `uno de los`, `una de
/// las`, `un des`, `une des`, `uno dei`, `una delle`, `um dos`, `uma das`, `eine der`, `een
/// van`.
const PARTITIVE_AFTER: &[&str] = &[
    "de", "des", "del", "dei", "degli", "delle", "della", "dello", "dos", "das", "do", "da", "der",
    "van",
];

/// Words before a number in Spanish: `los dos`, `de once`, `con doce`, and the verbs news
/// puts before a count (`había dos`, `murieron once`). `son` is left out: French `son dos`
/// ("his back"), English `son once`.
const SPANISH_BEFORE: &[&str] = &[
    "los",
    "las",
    "unos",
    "unas",
    "sus",
    "estos",
    "estas",
    "esos",
    "esas",
    "aquellos",
    "aquellas",
    "otros",
    "otras",
    "de",
    "en",
    "con",
    "por",
    "para",
    "entre",
    "hasta",
    "desde",
    "sobre",
    "tras",
    "y",
    "o",
    "hay",
    "más",
    "menos",
    "cada",
    "últimos",
    "últimas",
    "primeros",
    "primeras",
    "fueron",
    "eran",
    "serán",
    "tiene",
    "tienen",
    "tenía",
    "tenían",
    "casi",
    "unos",
    "apenas",
    "solo",
    "sólo",
    "había",
    "habían",
    "hubo",
    "habrá",
    "tuvo",
    "tuvieron",
    "murieron",
    "fallecieron",
    "resultaron",
    "quedaron",
    "suman",
    "sumaban",
    "sumaron",
    "registró",
    "registraron",
    "registra",
    "dejó",
    "dejaron",
    "deja",
    "cuenta",
    "contaba",
    "contabiliza",
];

/// Words before a number in French: `les seize`, `des cent`, and the verbs news puts before
/// a count (`compte seize`, `a fait cent morts`, `il y a seize`). `pour` is left out: `pour
/// cent` is percent.
const FRENCH_BEFORE: &[&str] = &[
    "les",
    "des",
    "ses",
    "ces",
    "aux",
    "nos",
    "vos",
    "leurs",
    "de",
    "d",
    "à",
    "sur",
    "par",
    "avec",
    "et",
    "ou",
    "entre",
    "plus",
    "moins",
    "environ",
    "dont",
    "sont",
    "ont",
    "près",
    "compte",
    "comptait",
    "comptent",
    "comptaient",
    "recense",
    "recensait",
    "fait",
    "faisait",
    "étaient",
    "était",
    "avait",
    "avaient",
    "totalise",
    "dénombre",
    "y a",
];

/// Words before a number in Italian: `i due`, `per sei`. `in` and `a` are left out: `in
/// due course`, `a due date`.
const ITALIAN_BEFORE: &[&str] = &[
    "i", "le", "gli", "dei", "delle", "degli", "di", "da", "ai", "alle", "agli", "dai", "dalle",
    "con", "su", "tra", "fra", "e", "o", "per", "sono", "erano", "circa", "oltre", "altri",
    "altre", "ultimi", "ultime", "primi", "prime", "questi", "queste", "quei", "quelle", "ha",
    "hanno", "quasi", "solo",
];

/// Words before a number in Portuguese: `os sete`, `de sete`, and the verbs news puts before
/// a count (`tem sete`, `deixou sete`). Not the Italian `ha` of `ha sete` ("is thirsty").
const PORTUGUESE_BEFORE: &[&str] = &[
    "os",
    "as",
    "dos",
    "das",
    "nos",
    "nas",
    "aos",
    "às",
    "de",
    "em",
    "por",
    "para",
    "com",
    "e",
    "ou",
    "entre",
    "são",
    "foram",
    "há",
    "cerca",
    "mais",
    "menos",
    "outros",
    "outras",
    "últimos",
    "primeiros",
    "quase",
    "apenas",
    "tem",
    "têm",
    "tinha",
    "tinham",
    "havia",
    "houve",
    "teve",
    "tiveram",
    "deixou",
    "deixaram",
    "morreram",
    "eram",
    "somam",
    "somavam",
    "registrou",
    "registraram",
    "ficaram",
];

/// The words read alone only where the number is meant; every other spelling of the table
/// is read alone.
const ALONE: &[(&str, Alone)] = &[
    ("un", Alone::OneOf),
    ("une", Alone::OneOf),
    ("uno", Alone::OneOf),
    ("una", Alone::OneOf),
    ("um", Alone::OneOf),
    ("uma", Alone::OneOf),
    ("unha", Alone::OneOf),
    ("ein", Alone::OneOf),
    ("eine", Alone::OneOf),
    ("een", Alone::OneOf),
    ("mil", Alone::Never),
    ("mila", Alone::Never),
    ("dos", Alone::Ambiguous(SPANISH_NOT_PORTUGUESE)),
    ("once", Alone::Ambiguous(SPANISH_NOT_ENGLISH)),
    ("doce", Alone::Ambiguous(SPANISH_NOT_PORTUGUESE)),
    ("onze", Alone::Ambiguous(FRENCH_OR_PORTUGUESE_NOT_DUTCH)),
    ("seize", Alone::Ambiguous(FRENCH_NOT_ENGLISH)),
    ("cent", Alone::Ambiguous(FRENCH_NOT_ENGLISH_CENT)),
    ("due", Alone::Ambiguous(ITALIAN_NOT_ENGLISH)),
    ("sei", Alone::Ambiguous(ITALIAN_NOT_PORTUGUESE)),
    ("sete", Alone::Ambiguous(PORTUGUESE_NOT_ITALIAN)),
    ("cen", Alone::Ambiguous(GALICIAN_NOT_POLISH_OR_CZECH)),
    ("neuf", Alone::NotNew),
    ("venti", Alone::NotWinds),
    ("null", Alone::GermanZero),
    ("nul", Alone::DutchZero),
    ("cento", Alone::NotPercent),
    // `per mille` is the permille sign, in English and Italian.
    ("mille", Alone::NotPercent),
];

/// Words after which `neuf` is "new" (`remis à neuf`, `quoi de neuf`, `flambant neuf`).
const BEFORE_NEW: &[&str] = &["à", "de", "du", "tout", "flambant"];

/// Plural determiners, after which `neuf` is nine: the adjective "new" after a plural noun
/// is `neufs` (`les neuf communes`, `des bâtiments neufs`).
const PLURAL_DETERMINERS: &[&str] = &[
    "les", "des", "ces", "ses", "aux", "nos", "vos", "leurs", "mes", "tes",
];

/// French words ending as plurals do that are no plural noun or adjective: after `neuf`,
/// they do not make it nine (`un logement neuf dans`, `un vélo neuf sans`).
const NOT_PLURALS: &[&str] = &[
    "dans", "sans", "plus", "mais", "vers", "sous", "depuis", "après", "puis", "alors", "très",
    "pas", "jamais", "toujours", "moins", "des", "les", "ses", "ces", "mes", "tes", "nos", "vos",
    "leurs", "aux", "nous", "vous", "ils", "eux", "ceux", "mieux", "dès", "lors", "tous", "toutes",
    "avons", "sommes", "êtes", "es", "fus",
];

/// Words before `venti` that make it "winds": the definite article and the prepositions
/// joined to it (`i venti`, `dei venti`), and the adjectives of weather reports (`forti
/// venti`). After them `venti` is not read, though `i venti comuni` would be twenty.
const BEFORE_WINDS: &[&str] = &[
    "i", "dei", "dai", "nei", "sui", "ai", "coi", "pei", "forti", "deboli", "moderati", "freddi",
    "caldi", "gelidi", "intensi", "violenti", "umidi", "secchi",
];

/// Words after `venti` that make it "winds": prepositions (`venti di burrasca`, `venti da
/// nord`, `venti fino a 100 km/h`) and the adjectives and verbs of weather reports.
const AFTER_WINDS: &[&str] = &[
    "di",
    "da",
    "dal",
    "dai",
    "dalla",
    "dalle",
    "dallo",
    "del",
    "dei",
    "della",
    "delle",
    "in",
    "fino",
    "a",
    "che",
    "con",
    "e",
    "forti",
    "deboli",
    "moderati",
    "tesi",
    "freddi",
    "caldi",
    "gelidi",
    "intensi",
    "violenti",
    "settentrionali",
    "meridionali",
    "occidentali",
    "orientali",
    "soffiano",
    "sferzano",
];

/// Words after the German `null` that make it part of a decimal or a time, not zero of a
/// noun: `null Komma fünf` (0.5), `null Uhr` (midnight).
const NOT_AFTER_GERMAN_ZERO: &[&str] = &["komma", "uhr", "punkt"];

/// Words after the Dutch `nul` that make it part of a decimal: `nul komma vijf` (0.5).
const NOT_AFTER_DUTCH_ZERO: &[&str] = &["komma", "punt"];

/// How far around a word its sentence is looked at for cues of its language, in bytes
/// each way: a word's cues are looked at within a bounded stretch, keeping a text's
/// reading linear.
const SENTENCE_REACH: usize = 240;

// The table, written by the build script from `spellings`: `SPELLINGS`, `WORDS` and
// `OPENINGS`.
include!(concat!(env!("OUT_DIR"), "/number_words_table.rs"));

/// The spellings, each with its sense, and every word that appears in one: static arrays
/// in byte order, searched by halves.
struct Lexicon {
    spellings: &'static [(&'static str, Sense)],
    words: &'static [&'static str],
    /// The first two letters a number may begin with, lowercase: bit `b` of `openings[a]`
    /// for the letters `a` and `b` ([`letter_index`]).
    openings: [u32; 26],
}

static LEXICON: Lexicon = Lexicon {
    spellings: &SPELLINGS,
    words: &WORDS,
    openings: OPENINGS,
};

impl Lexicon {
    /// Whether a number may begin with `word` (as written): one lookup of its first two
    /// bytes rules out most words (`the`, `of`, `province`) before any other work.
    fn may_open(&self, word: &[u8]) -> bool {
        match word {
            // `één`, `Één`.
            [0xc3, ..] => true,
            [first, second, ..] => {
                let first = letter_index(*first);
                first < 26 && self.openings[first] & (1 << letter_index(*second)) != 0
            }
            _ => false,
        }
    }

    /// The sense of `spelling` (lowercase, its words apart by one space), if it is one.
    fn sense(&self, spelling: &str) -> Option<Sense> {
        let at = self
            .spellings
            .binary_search_by(|(known, _)| (*known).cmp(spelling))
            .ok()?;
        Some(self.spellings[at].1)
    }

    /// The number below a thousand `spelling` is in one of `langs`, and the languages of
    /// `langs` it is that number in.
    fn below_thousand(&self, spelling: &str, langs: Langs) -> Option<(u32, Langs)> {
        let sense = self.sense(spelling)?;
        let shared = sense.langs & langs;
        match sense.kind {
            Kind::BelowThousand(value) if shared != 0 => Some((value, shared)),
            _ => None,
        }
    }

    /// Whether `word` (lowercase) is a word of a spelling.
    fn has_word(&self, word: &str) -> bool {
        self.words.binary_search(&word).is_ok()
    }
}

/// A word of a number as the text writes it: where it ends, and lowercased.
struct Token {
    end: usize,
    lower: String,
}

/// Where the word of letters starting at `start` ends.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(at, _)| start + at)
}

fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Whether a number word may begin with `c`: a letter, or `é` and `É` (`één`).
pub fn may_begin(c: char) -> bool {
    c.is_ascii_alphabetic() || c == 'é' || c == 'É'
}

/// The words of a number from `start` on: words the table holds, apart by one space or
/// hyphen.
fn tokens(text: &str, first: String, first_end: usize) -> Vec<Token> {
    let lexicon = &LEXICON;
    let mut out = vec![Token {
        end: first_end,
        lower: first,
    }];
    let mut at = first_end;
    while out.len() < MOST_TOKENS {
        let Some(separator) = text[at..].chars().next() else {
            break;
        };
        if !matches!(separator, ' ' | '-' | '\u{a0}') {
            break;
        }
        let next = at + separator.len_utf8();
        if !text[next..].starts_with(char::is_alphabetic) {
            break;
        }
        let end = word_end(text, next);
        let lower = lowercase(&text[next..end]);
        if !lexicon.has_word(&lower) {
            break;
        }
        out.push(Token { end, lower });
        at = end;
    }
    out
}

/// The longest run of `tokens` from `from` that spells a number below a thousand in one of
/// `langs`: its value, how many words, and the languages it is in.
fn below_thousand_at(tokens: &[Token], from: usize, langs: Langs) -> Option<(u32, usize, Langs)> {
    let lexicon = &LEXICON;
    let most = (tokens.len() - from.min(tokens.len())).min(MOST_WORDS);
    (1..=most).rev().find_map(|count| {
        let key = tokens[from..from + count]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let (value, shared) = lexicon.below_thousand(&key, langs)?;
        Some((value, count, shared))
    })
}

/// Whether `tokens[at]` is a thousand in one of `langs`; the languages it is in.
fn thousand_at(tokens: &[Token], at: usize, langs: Langs) -> Option<Langs> {
    let sense = LEXICON.sense(&tokens.get(at)?.lower)?;
    let shared = sense.langs & langs;
    (sense.kind == Kind::Thousand && shared != 0).then_some(shared)
}

/// A German, Dutch or Italian number of a thousand or more written as one word
/// (`zweitausendfünfhundert`, `tweeduizend`, `duemilaventi`, `milleduecento`): its value
/// and languages.
fn one_word_thousands(word: &str) -> Option<(u32, Langs)> {
    const THOUSANDS: [(&str, Langs); 4] = [
        ("tausend", DE),
        ("duizend", NL),
        ("mila", IT),
        ("mille", IT),
    ];
    // Most words are shorter than any (`duemila`) or hold none of the thousands: one pass
    // tells (`mil` of `mila` and `mille`, `sen` of `tausend`, `zen` of `duizend`).
    let bytes = word.as_bytes();
    if bytes.len() < "duemila".len()
        || !bytes
            .windows(3)
            .any(|w| matches!(w, b"mil" | b"sen" | b"zen"))
    {
        return None;
    }
    let lexicon = &LEXICON;
    let below =
        |part: &str, langs: Langs| -> Option<u32> { Some(lexicon.below_thousand(part, langs)?.0) };
    THOUSANDS.iter().find_map(|&(thousand, langs)| {
        let at = word.find(thousand)?;
        let (head, tail) = (&word[..at], &word[at + thousand.len()..]);
        // `mille` alone before the rest (`milleduecento`), `mila` after a number.
        let times = match (head, thousand) {
            ("", "mila") => return None,
            ("", _) => 1,
            (_, "mille") => return None,
            ("ein", "tausend") => 1,
            _ => below(head, langs).filter(|&n| n >= 2)?,
        };
        let rest = if tail.is_empty() {
            0
        } else {
            below(tail, langs).filter(|&n| n > 0)?
        };
        Some((times * 1000 + rest, langs))
    })
}

/// The endings that add a half to the number before them in one word: German
/// `zweieinhalb`, `eineinhalb`, Dutch `tweeënhalf`, also written `tweeenhalf`, and
/// `vierenhalf`.
const HALF_ENDINGS: [(&str, Langs); 3] = [("einhalb", DE), ("ënhalf", NL), ("enhalf", NL)];

/// A German or Dutch number and a half written as one word (`zweieinhalb`, `anderthalb`,
/// `tweeënhalf`, `anderhalf`): its whole part and languages.
fn one_word_half(word: &str) -> Option<(u32, Langs)> {
    if let Some(&(_, langs)) = ONE_AND_A_HALF.iter().find(|(one, _)| *one == word) {
        return Some((1, langs));
    }
    if !word.ends_with("halb") && !word.ends_with("half") {
        return None;
    }
    HALF_ENDINGS.iter().find_map(|&(ending, langs)| {
        let head = word.strip_suffix(ending)?;
        let (value, _) = LEXICON.below_thousand(head, langs)?;
        // `einhalb` alone is a half of something, no number and a half.
        (value >= 1).then_some((value, langs))
    })
}

/// A number in words of French, German, Spanish, Italian, Portuguese or Dutch: its value,
/// where its words end, and its word when it is one word that may stand for another.
pub struct Read {
    pub value: u32,
    /// Whether its word adds a half to [`Read::value`]: `zweieinhalb`, `tweeënhalf`,
    /// `anderthalb`.
    pub half: bool,
    pub end: usize,
    /// Its first word, lowercased, when it is one word only: whether it stands alone is
    /// for [`stands_alone`] to tell, after a scale word is looked for.
    pub single: Option<String>,
    /// The languages its words are in: the words after it that go on with it (`Komma fünf`,
    /// `et demi`) are of one of them.
    langs: Langs,
}

/// The number in words starting at `start`, a word start of `text`, if one does.
pub fn read(text: &str, start: usize) -> Option<Read> {
    let lexicon = &LEXICON;
    if !lexicon.may_open(&text.as_bytes()[start..]) {
        return None;
    }
    let first_end = word_end(text, start);
    if first_end == start {
        return None;
    }
    let written = &text[start..first_end];
    // Most words are no number: told without allocating, lowercased on the stack.
    let mut buffer = [0u8; LONGEST_WORD];
    let first: &str = match buffer.get_mut(..written.len()) {
        Some(lower) if written.is_ascii() => {
            lower.copy_from_slice(written.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).ok()?
        }
        Some(_) => &written.to_lowercase(),
        None => return None,
    };
    if !lexicon.has_word(first) {
        if let Some((value, langs)) = one_word_half(first) {
            return (!joined_to_a_word(text, start, first_end)).then_some(Read {
                value,
                half: true,
                end: first_end,
                single: None,
                langs,
            });
        }
        let (mut value, langs) = one_word_thousands(first)?;
        let mut end = first_end;
        // `tweeduizend vijfhonderd`: the rest written apart.
        if value % 1000 == 0
            && let Some(next) = text[first_end..]
                .strip_prefix(' ')
                .map(|rest| text.len() - rest.len())
            && word_end(text, next) > next
        {
            let next_end = word_end(text, next);
            let lower = lowercase(&text[next..next_end]);
            if lexicon.has_word(&lower) {
                let rest = tokens(text, lower, next_end);
                if let Some((below, count, _)) =
                    below_thousand_at(&rest, 0, langs).filter(|&(below, _, _)| below > 0)
                {
                    value += below;
                    end = rest[count - 1].end;
                }
            }
        }
        return (!joined_to_a_word(text, start, end)).then_some(Read {
            value,
            half: false,
            end,
            single: None,
            langs,
        });
    }
    let tokens = tokens(text, first.to_string(), first_end);
    let (mut value, mut used, mut langs) = match below_thousand_at(&tokens, 0, 0xff) {
        Some(found) => found,
        None => (1000, 1, thousand_at(&tokens, 0, 0xff)?),
    };
    let mut thousands = used == 1 && thousand_at(&tokens, 0, 0xff).is_some();
    // `deux mille`, `dos mil`, `due mila`: a number of thousands.
    if !thousands
        && value >= 2
        && let Some(shared) = thousand_at(&tokens, used, langs)
    {
        value *= 1000;
        used += 1;
        langs = shared;
        thousands = true;
    }
    if thousands {
        // `dois mil e quinhentos`.
        let after = match tokens.get(used) {
            Some(token) if token.lower == "e" && langs & PT != 0 => used + 1,
            _ => used,
        };
        if let Some((rest, count, _)) =
            below_thousand_at(&tokens, after, langs).filter(|&(rest, _, _)| rest > 0)
        {
            value += rest;
            used = after + count;
        }
    }
    let end = tokens[used - 1].end;
    if joined_to_a_word(text, start, end) {
        return None;
    }
    Some(Read {
        value,
        half: false,
        end,
        single: (used == 1).then(|| tokens[0].lower.clone()),
        langs,
    })
}

/// Whether the words at `start..end` are joined by a hyphen to a word before or after them:
/// part of a name or a noun (`Deux-Sèvres`, `Pont-Neuf`, `deux-roues`).
fn joined_to_a_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .strip_suffix('-')
        .is_some_and(|before| before.ends_with(char::is_alphanumeric));
    let after = text[end..]
        .strip_prefix('-')
        .is_some_and(|after| after.starts_with(char::is_alphanumeric));
    before || after
}

/// The words after a number that add a half to it, each in its language: the Dutch `twee
/// en een half` (`een halve` before a noun: `twee en een halve dag`), and after a number
/// or a scale word the French `et demi`, the Spanish `y medio`, the Italian `e mezzo`, the
/// Portuguese `e meio` (`deux millions et demi`, `dos y medio por ciento`).
const AND_A_HALF: [(&str, Langs); 7] = [
    ("en een half", NL),
    ("en een halve", NL),
    ("et demi", FR),
    ("et demie", FR),
    ("y medio", ES),
    ("e mezzo", IT),
    ("e meio", PT),
];

/// The words of a decimal mark spoken between a number's whole part and its decimals:
/// `drei Komma fünf`, `trois virgule cinq`, `tres coma cinco`, `tre virgola cinque`, `três
/// vírgula cinco`, `drie komma vijf`.
const DECIMAL_MARKS: [(&str, Langs); 6] = [
    ("komma", DE | NL),
    ("virgule", FR),
    ("coma", ES | GL),
    ("virgola", IT),
    ("vírgula", PT),
    ("virgula", PT),
];

/// The articles that are one before a decimal mark word, as the mark's own article is
/// another word: `un virgule cinq` (`une virgule` is "a comma"), `uno coma cinco`, `uno
/// virgola cinque`, `um vírgula cinco`. `ein Komma`, `een komma`, `una coma`, `una
/// virgola`, `uma vírgula` are "a comma", and the Spanish `un coma` "a coma": the words
/// after them are no decimals (`une virgule deux lignes plus bas`).
const ONE_BEFORE_A_MARK: [(&str, &str); 5] = [
    ("un", "virgule"),
    ("uno", "coma"),
    ("uno", "virgola"),
    ("um", "vírgula"),
    ("um", "virgula"),
];

/// The most decimals read after a decimal mark word: more are no spoken figure.
const MOST_DECIMALS: usize = 9;

/// What the words after a number in words add to it: see [`fraction_after`].
#[derive(Debug, PartialEq, Eq)]
pub enum Fraction {
    /// The decimals its words state, as digits after the point (`5` of `null Komma fünf`
    /// and of `twee en een half`, `25` of `drei Komma zwei fünf`), and where they end.
    /// Those of `et demi`, `y medio`, `e mezzo`, `e meio` stand for a half only before a
    /// scale or percent word (`dos y medio por ciento`): `las dos y media` is a time.
    Decimals {
        digits: String,
        end: usize,
        needs_scale_or_percent: bool,
    },
    /// A decimal mark word and number words after it that read as no decimals (`drei
    /// Komma zwei fünfundzwanzig`, `trois virgule cinq mille`): neither the number before
    /// the mark nor those after it state a figure.
    Unread,
}

/// The half or the decimals the words after `read` (a number of `text` with no half of its
/// own) add to it: ` en een half`, ` et demi` and the others of `AND_A_HALF`, or a decimal
/// mark word and the decimals after it, one digit a word (`drei Komma zwei fünf`, 3.25) or
/// zeros and one number (`tres coma veinticinco`, 3.25; `drei Komma null fünf`, 3.05), in
/// one of `read`'s languages.
pub fn fraction_after(text: &str, read: &Read) -> Option<Fraction> {
    if let Some((end, langs)) = and_a_half_at(text, read.end, read.langs) {
        return Some(Fraction::Decimals {
            digits: "5".to_string(),
            end,
            needs_scale_or_percent: langs & NL == 0,
        });
    }
    let mark_start = text[read.end..].strip_prefix(' ')?;
    let mark_start = text.len() - mark_start.len();
    let mark_end = word_end(text, mark_start);
    let mark = lowercase(&text[mark_start..mark_end]);
    let langs = DECIMAL_MARKS
        .iter()
        .find(|(word, _)| *word == mark)
        .map(|&(_, langs)| langs & read.langs)
        .filter(|&langs| langs != 0)?;
    if let Some(single) = &read.single
        && ALONE.contains(&(single.as_str(), Alone::OneOf))
        && !ONE_BEFORE_A_MARK.contains(&(single.as_str(), mark.as_str()))
    {
        return None;
    }
    let first = text[mark_end..].strip_prefix(' ')?;
    decimals_at(text, text.len() - first.len(), langs)
}

/// The decimals in words of `langs` at `start`, a word start of `text` after a decimal
/// mark word: see [`fraction_after`]. `None` when no number word is there (`zwei Komma
/// gesetzt`): the mark word is a word, no mark.
fn decimals_at(text: &str, start: usize, langs: Langs) -> Option<Fraction> {
    let lexicon = &LEXICON;
    let mut digits = String::new();
    let mut at = start;
    let mut end = start;
    loop {
        let word_end = word_end(text, at);
        let lower = lowercase(&text[at..word_end]);
        let group = if lexicon.has_word(&lower) {
            let tokens = tokens(text, lower, word_end);
            below_thousand_at(&tokens, 0, langs)
                .map(|(value, count, _)| (value, tokens[count - 1].end))
        } else {
            None
        };
        let Some((value, group_end)) = group else {
            if digits.is_empty() {
                // A number that is no decimals after the mark (`Komma zweitausend`) is no
                // figure; a word that is none makes the mark a word.
                return read(text, at).is_some().then_some(Fraction::Unread);
            }
            break;
        };
        end = group_end;
        if value > 9 {
            // A number of several digits is the last of the decimals, after zeros only.
            if !digits.bytes().all(|digit| digit == b'0') {
                return Some(Fraction::Unread);
            }
            digits.push_str(&value.to_string());
            break;
        }
        digits.push(char::from(b'0' + value as u8));
        if digits.len() > MOST_DECIMALS {
            return Some(Fraction::Unread);
        }
        match text[end..].strip_prefix(' ') {
            Some(rest) if rest.starts_with(char::is_alphabetic) => at = text.len() - rest.len(),
            _ => break,
        }
    }
    // A number word right after the decimals goes on with them in no way this reads.
    let next = text[end..].strip_prefix([' ', '-']);
    if let Some(next) = next
        && read(text, text.len() - next.len()).is_some()
    {
        return Some(Fraction::Unread);
    }
    if digits.len() > MOST_DECIMALS {
        return Some(Fraction::Unread);
    }
    Some(Fraction::Decimals {
        digits,
        end,
        needs_scale_or_percent: false,
    })
}

/// After `at` of `text`: one space and the words of [`AND_A_HALF`] of one of `langs`, whole;
/// where they end and their language.
fn and_a_half_at(text: &str, at: usize, langs: Langs) -> Option<(usize, Langs)> {
    let rest = text[at..].strip_prefix(' ')?;
    AND_A_HALF.iter().find_map(|&(words, half_langs)| {
        let end = text.len() - rest.len() + words.len();
        (half_langs & langs != 0
            && rest.starts_with(words)
            && !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            && !HALF_IS_ANOTHER_WORD_BEFORE
                .iter()
                .any(|word| text[end..].starts_with(word)))
        .then_some((end, half_langs))
    })
}

/// What makes the words of a half other words: the Spanish and Portuguese environment (`y
/// medio ambiente`, `e meio ambiente`), as in a list after a figure (`tres millones y medio
/// ambiente` is not read). A hyphen is ruled out before them too (`et demi-finale`).
const HALF_IS_ANOTHER_WORD_BEFORE: [&str; 1] = [" ambiente"];

/// After the scale word of `read` ending at `at`: the French, Spanish, Italian or
/// Portuguese words of a half of that scale (`deux millions et demi`, `un millón y medio`,
/// `due milioni e mezzo`, `um milhão e meio`); where they end.
pub fn half_after_scale(text: &str, read: &Read, at: usize) -> Option<usize> {
    half_of_scale(text, at, read.langs)
}

/// The words of a half after a scale word ending at `at`, in those of `langs` that say it
/// so (French, Spanish, Italian, Portuguese); where they end.
fn half_of_scale(text: &str, at: usize, langs: Langs) -> Option<usize> {
    and_a_half_at(text, at, langs & (FR | ES | IT | PT)).map(|(end, _)| end)
}

/// After a scale word of a million or more written after digits, ending at `at`: the
/// French, Spanish, Italian or Portuguese words of a half of that scale (`3 milhões e
/// meio`, `2 millions et demi`); where they end.
pub fn half_after_digits_and_scale(text: &str, at: usize) -> Option<usize> {
    half_of_scale(text, at, FR | ES | IT | PT)
}

/// After the number of `read` ending at `at` and the noun after it: the French, Spanish,
/// Italian or Portuguese words of a half of what the noun counts (`deux ans et demi`, `dos
/// horas y media`, `due anni e mezzo`, `dois anos e meio`); where they end. The noun is
/// one lowercase word.
pub fn half_after_noun(text: &str, read: &Read, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    if !rest.starts_with(char::is_lowercase) {
        return None;
    }
    let noun_end = text.len() - rest.len() + word_end(rest, 0);
    let langs = read.langs & (FR | ES | IT | PT);
    and_a_half_at(text, noun_end, langs)
        .or_else(|| feminine_half_at(text, noun_end, langs))
        .map(|(end, _)| end)
}

/// A half agreeing with a feminine noun before it: `dos horas y media`, `due ore e mezza`,
/// `duas horas e meia` (`et demie` is in `AND_A_HALF`).
fn feminine_half_at(text: &str, at: usize, langs: Langs) -> Option<(usize, Langs)> {
    let rest = text[at..].strip_prefix(' ')?;
    [("y media", ES), ("e mezza", IT), ("e meia", PT)]
        .iter()
        .find_map(|&(words, half_langs)| {
            let end = text.len() - rest.len() + words.len();
            (half_langs & langs != 0
                && rest.starts_with(words)
                && !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-'))
            .then_some((end, half_langs))
        })
}

/// The Spanish `millón y medio` and the Portuguese `milhão e meio` at `start` of `text`,
/// a million and a half with no article before it (`millón y medio de personas`); where
/// the words end.
pub fn million_and_a_half(text: &str, start: usize) -> Option<usize> {
    // Most words are told apart without allocating.
    if !text
        .get(start..start + 3)
        .is_some_and(|head| head.eq_ignore_ascii_case("mil"))
    {
        return None;
    }
    let end = word_end(text, start);
    let langs = match lowercase(&text[start..end]).as_str() {
        "millón" | "millon" => ES,
        "milhão" => PT,
        _ => return None,
    };
    and_a_half_at(text, end, langs).map(|(end, _)| end)
}

/// Whether the number word at `start..end` of `text` (an English one: `six`, `zero`) is the
/// first of more words of a number of another language: words after it that [`read`]
/// reads with it (`six mille`, `six cent vingt`, `six cents`), or a half or a decimal mark
/// and decimals after it (`zero virgola cinque`). It is then no figure of its own: the
/// figures read from the words tell what they state (`six cents` is read both ways where
/// nothing tells).
pub fn goes_on(text: &str, start: usize, end: usize) -> bool {
    read(text, start).is_some_and(|read| read.end > end || fraction_after(text, &read).is_some())
}

/// Whether the word at `start` of `text` is one of the number words after a decimal mark
/// word that follows a number (`fünf` of `drei Komma fünf`, of `3 Komma fünf`, of `drei
/// Komma zwei fünfundzwanzig`): decimals, no figure of their own, whether or not they read
/// as the number's. The words are looked at back to the mark, at most `MOST_TOKENS`.
pub fn after_a_decimal_mark(text: &str, start: usize) -> bool {
    let mut at = start;
    for _ in 0..=MOST_TOKENS {
        let Some(before) = word_span_before(text, at) else {
            return false;
        };
        let lower = lowercase(&text[before.clone()]);
        if DECIMAL_MARKS.iter().any(|(mark, _)| *mark == lower) {
            let rest = &text[..before.start];
            let number = rest.strip_suffix(' ').unwrap_or(rest);
            if number.len() == rest.len() {
                return false;
            }
            return number.ends_with(|c: char| c.is_ascii_digit())
                || word_span_before(text, before.start)
                    .is_some_and(|number| read(text, number.start).is_some());
        }
        if !LEXICON.has_word(&lower) {
            return false;
        }
        at = before.start;
    }
    false
}

/// The words that join the ends of a range or two alternatives in these languages.
const RANGE_JOINS: &[&str] = &[
    "et", "ou", "à", "y", "o", "u", "a", "e", "und", "oder", "bis", "en", "of", "tot",
];

/// Whether a number word ending at `end` of `text` is the first end of a range whose second
/// is a number in words before a scale or percent word: `un et deux millions`, `due o tre
/// milioni`, `uno y dos millones`, `een of twee miljoen`. There the article or the word of
/// another language is the number.
fn opens_a_scaled_range(text: &str, end: usize) -> bool {
    let Some(word) = word_after(text, end) else {
        return false;
    };
    if !RANGE_JOINS.contains(&word.as_str()) {
        return false;
    }
    let Some(second) = text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.get(word.len()..))
        .and_then(|rest| rest.strip_prefix(' '))
        .map(|rest| text.len() - rest.len())
    else {
        return false;
    };
    read(text, second)
        .is_some_and(|number| super::numbers::follower_end(text, number.end).is_some())
}

/// Where the word of letters right before `at` of `text` is, past one space or hyphen.
fn word_span_before(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let before = text[..at].strip_suffix([' ', '-'])?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at)?;
    Some(start..before.len())
}

/// Whether the number word `lower` (one word, as [`Read::single`]), written at
/// `start..end` of `text` with no scale word after it, is the number: see the module
/// docs.
pub fn stands_alone(text: &str, start: usize, end: usize, lower: &str) -> bool {
    let capitalised = text[start..].starts_with(char::is_uppercase);
    if capitalised && !capitalised_stands_alone(text, start, end, lower) {
        return false;
    }
    let rule = ALONE
        .iter()
        .find(|(word, _)| *word == lower)
        .map_or(Alone::Always, |&(_, rule)| rule);
    match rule {
        Alone::Always => true,
        Alone::Never => false,
        Alone::OneOf => {
            word_after(text, end).is_some_and(|word| PARTITIVE_AFTER.contains(&word.as_str()))
                || opens_a_scaled_range(text, end)
        }
        Alone::Ambiguous(rule) => {
            goes_after(text, start, rule.after)
                || (capitalised && begins_a_sentence_in_its_language(text, start, end, rule))
                // Where the sentence shows its language, it is read before a plural after
                // any word: "riaperte in due comuni", "nei due comuni", "il 36%, due punti
                // in più", "ha habilitado dos puntos".
                || (!capitalised
                    && !rule.after_any_word_in.is_empty()
                    && before_a_plural_in(text, start, end, rule, rule.after_any_word_in))
                || opens_a_scaled_range(text, end)
        }
        Alone::NotNew => {
            let before = word_before(text, start);
            let before_is = |words: &[&str]| before.as_deref().is_some_and(|w| words.contains(&w));
            if before_is(BEFORE_NEW) {
                return false;
            }
            // Nine stands before a plural, as the adjective "new" cannot (it would be
            // `neufs`): `neuf départements`, but not `un bâtiment neuf construit`.
            before_is(PLURAL_DETERMINERS)
                || word_after(text, end).is_some_and(|word| {
                    ends_as_plural(&word, &['s', 'x'])
                        && !NOT_PLURALS.contains(&word.as_str())
                        && !LEXICON.has_word(&word)
                })
        }
        Alone::NotPercent => {
            !word_before(text, start).is_some_and(|word| matches!(word.as_str(), "per" | "por"))
        }
        Alone::NotWinds => {
            let before = word_before(text, start);
            let after = word_after(text, end);
            !before.is_some_and(|word| BEFORE_WINDS.contains(&word.as_str()))
                && !after.is_some_and(|word| AFTER_WINDS.contains(&word.as_str()))
        }
        // Zero of the noun after it, capitalised as German writes nouns (`null Euro`, `null
        // Grad`), written in lowercase itself: `Null` is the noun (`Stunde Null`), and
        // English writes `null` before lowercase words.
        Alone::GermanZero => {
            !capitalised
                && next_word_span(text, end).is_some_and(|next| {
                    let next = &text[next];
                    next.starts_with(char::is_uppercase)
                        && !NOT_AFTER_GERMAN_ZERO.contains(&lowercase(next).as_str())
                })
        }
        // Zero of the word after it in a sentence that shows Dutch: the French `nul` also
        // goes before a noun (`nul doute`) and after one (`match nul`).
        Alone::DutchZero => {
            !capitalised
                && next_word_span(text, end).is_some_and(|next| {
                    let next = &text[next];
                    next.starts_with(char::is_lowercase) && !NOT_AFTER_DUTCH_ZERO.contains(&next)
                })
                && sentence_shows(text, start, end, DUTCH)
        }
    }
}

/// Whether `word` (lowercase) ends as a plural of a language whose plurals end in one of
/// `endings`, and is longer than a function word (`es`, `is`).
fn ends_as_plural(word: &str, endings: &[char]) -> bool {
    word.chars().count() > 2 && word.ends_with(endings)
}

/// Whether the capitalised word at `start..end` begins a sentence of the language it is a
/// number in, before a plural: see [`Ambiguous::plural_endings`].
fn begins_a_sentence_in_its_language(
    text: &str,
    start: usize,
    end: usize,
    rule: &Ambiguous,
) -> bool {
    let before = text[..start].trim_end_matches([
        ' ', '\u{a0}', '\t', '"', '\u{201c}', '\u{201e}', '\u{2018}', '\u{ab}', '(', '\u{2014}',
        '\u{2013}',
    ]);
    let starts_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n', '\r']);
    // Not before a plural and a comma, which opens a sentence with a phrase (`Dos
    // entrevistados, 40% disseram`: "of the interviewees").
    let phrase_then_comma =
        next_word_span(text, end).is_some_and(|next| text[next.end..].starts_with(','));
    starts_sentence
        && !phrase_then_comma
        && before_a_plural_in(text, start, end, rule, rule.own_languages)
}

/// Whether the number word at `start..end` of `text` stands before a lowercase plural of
/// its language, in a sentence that shows none of the other languages and, if any are
/// given, one of `own`: see [`Ambiguous::plural_endings`]. A comma after the plural
/// closes no reading there: `A Bagnacavallo due frazioni, Villanova e Glorie, restano
/// isolate` lists them.
fn before_a_plural_in(
    text: &str,
    start: usize,
    end: usize,
    rule: &Ambiguous,
    own: &[&Cues],
) -> bool {
    let Some(next) = next_word_span(text, end) else {
        return false;
    };
    let written = &text[next.clone()];
    written.starts_with(char::is_lowercase)
        && ends_as_plural(written, rule.plural_endings)
        && !rule
            .other_languages
            .iter()
            .any(|cues| sentence_shows(text, start, end, cues))
        && (own.is_empty()
            || own
                .iter()
                .any(|cues| sentence_shows(text, start, end, cues)))
}

/// Whether the sentence around `start..end` of `text`, within [`SENTENCE_REACH`] each way,
/// holds a word or a letter of `cues`.
fn sentence_shows(text: &str, start: usize, end: usize, cues: &Cues) -> bool {
    let ends_sentence = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '\r');
    let mut from = start.saturating_sub(SENTENCE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + SENTENCE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let before = before
        .rfind(ends_sentence)
        .map_or(before, |at| &before[at + 1..]);
    let after = &text[end..to];
    let after = after.find(ends_sentence).map_or(after, |at| &after[..at]);
    [before, after].iter().any(|part| {
        part.contains(cues.letters)
            || part
                .split(|c: char| !c.is_alphabetic())
                .any(|word| !word.is_empty() && cues.words.contains(&lowercase(word).as_str()))
    })
}

/// How `six cents` reads: six hundred in French, six cents in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SixCents {
    /// 600: after a French word that goes before a number (`les six cents habitants`, `à
    /// six cents mètres`), or in a sentence that shows French and not English.
    Hundreds,
    /// 6 cents: in a sentence that shows English and not French.
    Cents,
    /// Either, where nothing tells.
    Either,
}

/// French words that go before a number and that English does not write (not `plus`, not
/// `par`).
const FRENCH_ONLY_BEFORE: &[&str] = &[
    "les",
    "des",
    "ses",
    "ces",
    "aux",
    "nos",
    "vos",
    "leurs",
    "de",
    "d",
    "à",
    "sur",
    "avec",
    "et",
    "ou",
    "entre",
    "moins",
    "environ",
    "dont",
    "sont",
    "ont",
    "près",
    "compte",
    "comptait",
    "comptent",
    "comptaient",
    "recense",
    "recensait",
    "étaient",
    "était",
    "avait",
    "avaient",
    "totalise",
    "dénombre",
    "y a",
];

/// How the words `six cents` at `start..end` of `text` read: see [`SixCents`].
pub fn six_cents(text: &str, start: usize, end: usize) -> SixCents {
    if goes_after(text, start, &[FRENCH_ONLY_BEFORE]) {
        return SixCents::Hundreds;
    }
    let french = sentence_shows(text, start, end, FRENCH_NOT_ENGLISH_WORDS);
    let english = sentence_shows(text, start, end, ENGLISH);
    match (french, english) {
        (true, false) => SixCents::Hundreds,
        (false, true) => SixCents::Cents,
        _ => SixCents::Either,
    }
}

/// Whether a capitalised number word is the number: `Otto` and `Sept` before a lowercase
/// word (not a name, not the month), `Acht` but after `außer` and `in` (the noun).
fn capitalised_stands_alone(text: &str, start: usize, end: usize, lower: &str) -> bool {
    match lower {
        "otto" | "sept" => {
            let rest = &text[end..];
            rest.strip_prefix(' ')
                .is_some_and(|next| next.starts_with(char::is_lowercase))
                && !matches!(
                    word_after(text, end).as_deref(),
                    Some("von" | "van" | "der" | "de" | "di")
                )
        }
        "acht" => !word_before(text, start)
            .is_some_and(|word| matches!(word.as_str(), "außer" | "ausser" | "in")),
        _ => true,
    }
}

/// The word before `at` of `text`, lowercased, past spaces and an apostrophe (`d’onze`).
fn word_before(text: &str, at: usize) -> Option<String> {
    word_before_from(text, at).map(|(word, _)| word)
}

/// [`word_before`], and where it starts.
fn word_before_from(text: &str, at: usize) -> Option<(String, usize)> {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    let before = before.strip_suffix(['\'', '\u{2019}']).unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at)?;
    Some((lowercase(&before[start..]), start))
}

/// Whether the word before `at` of `text`, or the two words before it apart by a space
/// (`y a`), are one of the words of `lists`.
fn goes_after(text: &str, at: usize, lists: &[&[&str]]) -> bool {
    let Some((last, last_start)) = word_before_from(text, at) else {
        return false;
    };
    let listed = |words: &str| lists.iter().any(|list| list.contains(&words));
    listed(&last)
        || text[..last_start].ends_with(' ')
            && word_before_from(text, last_start)
                .is_some_and(|(first, _)| listed(&format!("{first} {last}")))
}

/// Where the word after `at` of `text` past one space is, when one follows.
fn next_word_span(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let rest = text[at..].strip_prefix([' ', '\u{a0}'])?;
    let start = text.len() - rest.len();
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(at, _)| at);
    (len > 0).then_some(start..start + len)
}

/// The word after `at` of `text` past one space, lowercased, when one follows.
fn word_after(text: &str, at: usize) -> Option<String> {
    next_word_span(text, at).map(|span| lowercase(&text[span]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value read from the start of `text`, as `find_numbers` would take it (a single
    /// word only where it stands alone).
    fn value(text: &str) -> Option<u32> {
        let read = read(text, 0)?;
        match &read.single {
            Some(word) if !stands_alone(text, 0, read.end, word) => None,
            _ => Some(read.value),
        }
    }

    /// The words read from the start of `text`.
    fn span(text: &str) -> &str {
        &text[..read(text, 0).map_or(0, |read| read.end)]
    }

    #[test]
    fn an_article_or_a_word_of_another_language_opening_a_scaled_range_is_its_number() {
        use super::super::numbers::find_numbers;
        for (text, first) in [
            ("entre un et deux millions", 1_000_000),
            ("entre uno y dos millones", 1_000_000),
            ("tra uno e due milioni", 1_000_000),
            ("sono due o tre milioni", 2_000_000),
            ("zwischen ein und zwei Millionen", 1_000_000),
            ("tussen een en twee miljoen", 1_000_000),
        ] {
            let found = find_numbers(text);
            assert_eq!(
                found[0].figure.as_ref().map(|f| f.value),
                Some(first.into()),
                "{text}"
            );
        }
        // Before no scale word, the article stays an article.
        assert_eq!(find_numbers("il a un et deux enfants").len(), 1);
    }

    #[test]
    fn galician_numbers_are_read_and_its_words_that_are_other_words_only_where_a_number_is() {
        use super::super::numbers::find_numbers;
        for (text, expected) in [
            ("catro concellos", 4),
            ("dous", 2),
            ("dúas escolas", 2),
            ("dezaseis", 16),
            ("corenta", 40),
            ("trinta e dúas aulas", 32),
            ("vinte e un", 21),
            ("cento vinte", 120),
            ("douscentos trinta e catro", 234),
            ("quiñentas", 500),
            ("cincocentos", 500),
            ("dous mil cincocentos alumnos", 2500),
        ] {
            assert_eq!(value(text), Some(expected), "{text}");
        }
        let figures = |text: &str| -> Vec<String> {
            find_numbers(text)
                .iter()
                .filter_map(|found| found.figure.as_ref().map(|f| f.value.to_string()))
                .collect()
        };
        // `cen` is a hundred where a number stands, and the Polish and Czech "of the prices".
        assert_eq!(figures("Hai máis de cen persoas"), ["100"]);
        assert_eq!(figures("Cen persoas non puideron votar."), ["100"]);
        assert_eq!(figures("cen mil euros"), ["100000"]);
        assert!(figures("Wzrost cen paliw był wyższy").is_empty());
        assert!(figures("Růst cen energií zpomalil").is_empty());
        assert!(figures("a cen bydlení").is_empty());
        // `unha` is the article but before "of".
        assert_eq!(figures("unha das escolas"), ["1"]);
        assert!(figures("unha escola nova").is_empty());
    }

    #[test]
    fn every_language_spells_zero_to_twenty() {
        let languages: [(&str, [&str; 20]); 6] = [
            (
                "fr",
                [
                    "zéro", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                    "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
                    "dix-huit", "dix-neuf", "vingt",
                ],
            ),
            (
                "es",
                [
                    "cero",
                    "dos",
                    "tres",
                    "cuatro",
                    "cinco",
                    "seis",
                    "siete",
                    "ocho",
                    "nueve",
                    "diez",
                    "once",
                    "doce",
                    "trece",
                    "catorce",
                    "quince",
                    "dieciséis",
                    "diecisiete",
                    "dieciocho",
                    "diecinueve",
                    "veinte",
                ],
            ),
            (
                "pt",
                [
                    "zero",
                    "dois",
                    "três",
                    "quatro",
                    "cinco",
                    "seis",
                    "sete",
                    "oito",
                    "nove",
                    "dez",
                    "onze",
                    "doze",
                    "treze",
                    "catorze",
                    "quinze",
                    "dezesseis",
                    "dezessete",
                    "dezoito",
                    "dezenove",
                    "vinte",
                ],
            ),
            (
                "it",
                [
                    "zero",
                    "due",
                    "tre",
                    "quattro",
                    "cinque",
                    "sei",
                    "sette",
                    "otto",
                    "nove",
                    "dieci",
                    "undici",
                    "dodici",
                    "tredici",
                    "quattordici",
                    "quindici",
                    "sedici",
                    "diciassette",
                    "diciotto",
                    "diciannove",
                    "venti",
                ],
            ),
            (
                "de",
                [
                    "eins",
                    "zwei",
                    "drei",
                    "vier",
                    "fünf",
                    "sechs",
                    "sieben",
                    "acht",
                    "neun",
                    "zehn",
                    "elf",
                    "zwölf",
                    "dreizehn",
                    "vierzehn",
                    "fünfzehn",
                    "sechzehn",
                    "siebzehn",
                    "achtzehn",
                    "neunzehn",
                    "zwanzig",
                ],
            ),
            (
                "nl",
                [
                    "één",
                    "twee",
                    "drie",
                    "vier",
                    "vijf",
                    "zes",
                    "zeven",
                    "acht",
                    "negen",
                    "tien",
                    "elf",
                    "twaalf",
                    "dertien",
                    "veertien",
                    "vijftien",
                    "zestien",
                    "zeventien",
                    "achttien",
                    "negentien",
                    "twintig",
                ],
            ),
        ];
        for (language, words) in languages {
            // `zéro` to `vingt` but 1 (an article), `eins` to `zwanzig` but 0 (left out).
            let expected: Vec<u32> = if matches!(language, "de" | "nl") {
                (1..=20).collect()
            } else {
                std::iter::once(0).chain(2..=20).collect()
            };
            let read: Vec<Option<u32>> = words.iter().map(|w| value(w)).collect();
            let expected: Vec<Option<u32>> = expected.into_iter().map(Some).collect();
            // The words that may be other words stand alone only before a noun, after a
            // word that goes before a number.
            let read: Vec<Option<u32>> = words
                .iter()
                .zip(read)
                .map(|(word, read)| {
                    read.or_else(|| {
                        ["de", "i", "os", "les"]
                            .iter()
                            .find_map(|before| value_in(&format!("{before} {word} communes"), word))
                    })
                })
                .collect();
            assert_eq!(read, expected, "{language}");
        }
    }

    #[test]
    fn the_tens_of_every_language() {
        let tens = [
            [
                "trente",
                "quarante",
                "cinquante",
                "soixante",
                "soixante-dix",
                "quatre-vingts",
                "quatre-vingt-dix",
            ],
            [
                "treinta",
                "cuarenta",
                "cincuenta",
                "sesenta",
                "setenta",
                "ochenta",
                "noventa",
            ],
            [
                "trinta",
                "quarenta",
                "cinquenta",
                "sessenta",
                "setenta",
                "oitenta",
                "noventa",
            ],
            [
                "trenta",
                "quaranta",
                "cinquanta",
                "sessanta",
                "settanta",
                "ottanta",
                "novanta",
            ],
            [
                "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
            ],
            [
                "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
            ],
        ];
        for words in tens {
            let read: Vec<_> = words.iter().map(|w| value(w)).collect();
            assert_eq!(read, [30, 40, 50, 60, 70, 80, 90].map(Some), "{words:?}");
        }
    }

    #[test]
    fn french_compounds() {
        for (text, expected) in [
            ("vingt et un", 21),
            ("vingt-et-un", 21),
            ("trente et une", 31),
            ("vingt-deux", 22),
            ("soixante et onze", 71),
            ("soixante-douze", 72),
            ("soixante-dix-neuf", 79),
            ("quatre-vingts", 80),
            ("quatre-vingt-un", 81),
            ("quatre-vingt-onze", 91),
            ("quatre-vingt-dix-sept", 97),
            ("septante-cinq", 75),
            ("huitante", 80),
            ("nonante et un", 91),
            ("cent un", 101),
            ("deux cents", 200),
            ("deux cent vingt", 220),
            ("quatre cent quatre-vingt-dix-sept", 497),
            ("mille", 1000),
            ("deux mille", 2000),
            ("deux mille trois cents", 2300),
            ("quatre-vingt mille", 80_000),
            ("deux-cent-vingt-et-un", 221),
            ("Quatre", 4),
            ("DIX-HUIT", 18),
        ] {
            assert_eq!(value(text), Some(expected), "{text}");
            assert_eq!(span(text), text, "{text}");
        }
        // Not one number: two numbers, and a number then words.
        assert_eq!(span("trois quatre"), "trois");
        assert_eq!(span("quatre-vingt-dix-sept ans"), "quatre-vingt-dix-sept");
        assert_eq!(value("trois mil"), Some(3), "`mil` is not French");
    }

    #[test]
    fn spanish_and_portuguese_compounds() {
        for (text, expected) in [
            ("veintiuno", 21),
            ("veintiún", 21),
            ("veintiuna", 21),
            ("veintidós", 22),
            ("veintitres", 23),
            ("treinta y dos", 32),
            ("cuarenta y un", 41),
            ("ciento veinte", 120),
            ("cien", 100),
            ("doscientas", 200),
            ("quinientos cuarenta y tres", 543),
            ("dos mil", 2000),
            ("mil doscientos", 1200),
            ("veintiún mil", 21_000),
            ("vinte e um", 21),
            ("vinte e duas", 22),
            ("cento e vinte", 120),
            ("cem", 100),
            ("duzentos e cinco", 205),
            ("quinhentas", 500),
            ("dois mil e quinhentos", 2500),
            ("dezasseis", 16),
            ("dezesseis", 16),
            ("Três", 3),
            ("tres", 3),
        ] {
            assert_eq!(value(text), Some(expected), "{text}");
            assert_eq!(span(text), text, "{text}");
        }
        // `ciento` alone is no number (`por ciento`), `mil` alone is the English word too.
        assert_eq!(value("ciento"), None);
        assert_eq!(value("mil"), None);
    }

    #[test]
    fn italian_german_and_dutch_one_word_compounds() {
        for (text, expected) in [
            ("ventuno", 21),
            ("ventitré", 23),
            ("ventitre", 23),
            ("ventotto", 28),
            ("trentotto", 38),
            ("centotto", 108),
            ("centootto", 108),
            ("centottanta", 180),
            ("duecentoventi", 220),
            ("mille", 1000),
            ("duemila", 2000),
            ("milleduecento", 1200),
            ("duemilaventi", 2020),
            ("einundzwanzig", 21),
            ("zweiundvierzig", 42),
            ("dreißig", 30),
            ("dreissig", 30),
            ("fuenfzig", 50),
            ("hundert", 100),
            ("einhundert", 100),
            ("hunderteins", 101),
            ("dreihundertfünfundzwanzig", 325),
            ("tausend", 1000),
            ("eintausend", 1000),
            ("zweitausendfünfhundert", 2500),
            ("Zwölf", 12),
            ("eenentwintig", 21),
            ("tweeëntwintig", 22),
            ("tweeentwintig", 22),
            ("drieëndertig", 33),
            ("honderd", 100),
            ("honderdvijftig", 150),
            ("tweehonderd", 200),
            ("duizend", 1000),
            ("tweeduizend", 2000),
            ("tweeduizend vijfhonderd", 2500),
            ("Één", 1),
        ] {
            assert_eq!(value(text), Some(expected), "{text}");
            assert_eq!(span(text), text, "{text}");
        }
    }

    #[test]
    fn articles_are_no_number_alone() {
        for article in [
            "un", "une", "uno", "una", "um", "uma", "ein", "eine", "een", "Un", "Eine", "mila",
        ] {
            assert_eq!(value(article), None, "{article}");
        }
        // But inside a number.
        assert_eq!(value("cent un"), Some(101));
        assert_eq!(value("vingt et une"), Some(21));
    }

    /// The value of the word at `word` in `text`, as `find_numbers` takes it alone.
    fn value_in(text: &str, word: &str) -> Option<u32> {
        let Some(at) = text.find(word) else {
            panic!("`{word}` is not in `{text}`");
        };
        let read = read(text, at)?;
        match &read.single {
            Some(single) if !stands_alone(text, at, read.end, single) => None,
            _ => Some(read.value),
        }
    }

    #[test]
    fn words_of_other_languages_are_read_only_where_a_number_stands() {
        // Spanish `dos`, Portuguese "of the", French "back".
        assert_eq!(value_in("Hay los dos hospitales", "dos"), Some(2));
        assert_eq!(value_in("con dos hospitales", "dos"), Some(2));
        assert_eq!(value_in("a maioria dos municípios", "dos"), None);
        assert_eq!(value_in("mal au dos", "dos"), None);
        // Found from outside: after a verb or a preposition, in a sentence that shows
        // Spanish, `dos` before a plural is two.
        assert_eq!(
            value_in(
                "El Ayuntamiento ha habilitado dos puntos de recogida de enseres",
                "dos"
            ),
            Some(2)
        );
        assert_eq!(
            value_in(
                "los autónomos recibirán una prestación equivalente a dos meses de cuota",
                "dos"
            ),
            Some(2)
        );
        // Not where the sentence shows no Spanish, nor where it shows Portuguese or French.
        assert_eq!(value_in("equivalente a dos meses de cuota", "dos"), None);
        assert_eq!(
            value_in("a maioria dos municípios não tem hospitais", "dos"),
            None
        );
        assert_eq!(
            value_in("el resto dos municípios são pequenos", "dos"),
            None
        );
        assert_eq!(value_in("il a mal au dos des enfants", "dos"), None);
        // English `once`, `due`, `seize`.
        assert_eq!(value_in("once again", "once"), None);
        assert_eq!(value_in("at once", "once"), None);
        assert_eq!(value_in("de once municipios", "once"), Some(11));
        assert_eq!(value_in("due to the rain", "due"), None);
        assert_eq!(value_in("in due course", "due"), None);
        assert_eq!(value_in("per due anni", "due"), Some(2));
        assert_eq!(value_in("tra i due comuni", "due"), Some(2));
        // Before an Italian plural after any word, where the sentence shows Italian (found
        // from outside: "riaperte in due comuni" stated no number).
        for text in [
            "Le scuole sono state riaperte in due comuni",
            "Le scuole sono state riaperte nei due comuni",
            "Le scuole sono riaperte solo in due comuni",
            "Il 36% degli arrivi, due punti in più",
            "Le scuole sono riaperte in due città",
        ] {
            assert_eq!(value_in(text, "due"), Some(2), "{text}");
        }
        assert_eq!(
            value_in("due punti in più dell'anno scorso", "due"),
            Some(2)
        );
        // Found from outside: a sentence whose only Italian is a verb or a name's letter.
        for text in [
            "A Bagnacavallo due frazioni, Villanova e Glorie, restano isolate",
            "A Lugo due case restano isolate",
            "A Forlì due scuole",
        ] {
            assert_eq!(value_in(text, "due"), Some(2), "{text}");
        }
        assert_eq!(
            value_in("Le scuole sono riaperte in sei comuni", "sei"),
            Some(6)
        );
        // Not without Italian, nor with English, nor before a comma.
        assert_eq!(value_in("Payments in due courses", "due"), None);
        assert_eq!(value_in("The taxes are due dates of the year", "due"), None);
        assert_eq!(value_in("Sono in due, comuni e province", "due"), None);
        assert_eq!(value_in("moved to seize power", "seize"), None);
        assert_eq!(value_in("les seize communes", "seize"), Some(16));
        // Dutch `onze` ("our").
        assert_eq!(value_in("in onze gemeente", "onze"), None);
        assert_eq!(value_in("Onze regering", "Onze"), None);
        assert_eq!(value_in("les onze communes", "onze"), Some(11));
        assert_eq!(value_in("os onze municípios", "onze"), Some(11));
        // Italian `sei` ("you are"), Portuguese `sei` ("I know"), Portuguese `sete`.
        assert_eq!(value_in("tu sei qui", "sei"), None);
        assert_eq!(value_in("não sei", "sei"), None);
        assert_eq!(value_in("i sei comuni", "sei"), Some(6));
        assert_eq!(value_in("ha sete", "sete"), None);
        assert_eq!(value_in("os sete municípios", "sete"), Some(7));
        // Portuguese `doce` ("sweet").
        assert_eq!(value_in("água doce", "doce"), None);
        assert_eq!(value_in("los doce meses", "doce"), Some(12));
        // French `cent` alone, English "cent"; `pour cent` is percent.
        assert_eq!(value_in("not a cent", "cent"), None);
        assert_eq!(value_in("douze pour cent", "cent"), None);
        assert_eq!(value_in("les cent jours", "cent"), Some(100));
        assert_eq!(value_in("cent vingt jours", "cent"), Some(120));
        // After the verbs news puts before a count.
        for (text, word, value) in [
            ("Según el informe, había dos clínicas", "dos", 2),
            ("Murieron once personas", "once", 11),
            ("hubo doce heridos", "doce", 12),
            ("A cidade tem sete hospitais", "sete", 7),
            ("O acidente deixou sete mortos", "sete", 7),
            ("A cidade tem onze hospitais", "onze", 11),
            ("La ville compte seize écoles", "seize", 16),
            ("Il y a seize communes", "seize", 16),
            ("La commune a seize écoles", "seize", 16),
            ("La ville compte cent écoles", "cent", 100),
            ("Il y a cent ans", "cent", 100),
            ("L'accident a fait onze morts", "onze", 11),
        ] {
            assert_eq!(value_in(text, word), Some(value), "{text}");
        }
        // Not after a word that is also another language's, nor after `a` alone for `cent`.
        for (text, word) in [
            ("Her son once said so", "once"),
            ("il a mal dans son dos", "dos"),
            ("He had a cent left", "cent"),
            ("Hij heeft onze steun", "onze"),
            ("ha sete di vittoria", "sete"),
            ("zijn onze artsen", "onze"),
        ] {
            assert_eq!(value_in(text, word), None, "{text}");
        }
        // The Italian and Portuguese `cento` after `per`, `por` is percent.
        assert_eq!(value_in("tre per cento", "cento"), None);
        assert_eq!(value_in("três por cento", "cento"), None);
        // `per mille` is permille; `mille` alone is a thousand.
        assert_eq!(value_in("the limit is 0.5 per mille", "mille"), None);
        assert_eq!(value_in("mille persone", "mille"), Some(1000));
        assert_eq!(value_in("i cento comuni", "cento"), Some(100));
        assert_eq!(value_in("cento e vinte", "cento"), Some(120));
    }

    #[test]
    fn neuf_is_nine_unless_new() {
        assert_eq!(value_in("les neuf départements", "neuf"), Some(9));
        assert_eq!(value_in("Neuf départements", "Neuf"), Some(9));
        assert_eq!(value_in("un stade neuf.", "neuf"), None);
        assert_eq!(value_in("un stade neuf", "neuf"), None);
        assert_eq!(value_in("un bâtiment neuf pour 200 élèves", "neuf"), None);
        assert_eq!(value_in("remis à neuf les salles", "neuf"), None);
        assert_eq!(value_in("quoi de neuf aujourd'hui", "neuf"), None);
        assert_eq!(value_in("flambant neuf", "neuf"), None);
        assert_eq!(value_in("dix-neuf communes", "dix"), Some(19));
    }

    #[test]
    fn neuf_before_a_plural_is_nine_and_after_a_noun_new() {
        // Nine before the plural it counts, or after a plural determiner.
        assert_eq!(value_in("neuf communes sur dix", "neuf"), Some(9));
        assert_eq!(value_in("Neuf Français sur dix", "Neuf"), Some(9));
        assert_eq!(value_in("il y a neuf ans", "neuf"), Some(9));
        assert_eq!(value_in("neuf fois plus", "neuf"), Some(9));
        assert_eq!(value_in("neuf nouveaux hôpitaux", "neuf"), Some(9));
        assert_eq!(value_in("ces neuf derniers mois", "neuf"), Some(9));
        assert_eq!(value_in("Il en reste les neuf.", "neuf"), Some(9));
        // New after a singular noun, whatever follows.
        assert_eq!(value_in("un bâtiment neuf construit en 2020", "neuf"), None);
        assert_eq!(
            value_in("un matériel neuf acheté par la ville", "neuf"),
            None
        );
        assert_eq!(value_in("un logement neuf dans le quartier", "neuf"), None);
        assert_eq!(value_in("un vélo neuf sans moteur", "neuf"), None);
        assert_eq!(value_in("un stade neuf plus grand", "neuf"), None);
        assert_eq!(value_in("un vélo neuf trois fois moins cher", "neuf"), None);
        assert_eq!(value_in("un appartement neuf, livré en mai", "neuf"), None);
    }

    #[test]
    fn venti_is_twenty_unless_winds() {
        assert_eq!(value_in("venti persone", "venti"), Some(20));
        assert_eq!(value_in("oltre venti anni fa", "venti"), Some(20));
        assert_eq!(value_in("Venti comuni hanno votato", "Venti"), Some(20));
        assert_eq!(value_in("erano venti.", "venti"), Some(20));
        // The winds: after the definite article, with the words of a weather report.
        assert_eq!(value_in("i venti hanno abbattuto alberi", "venti"), None);
        assert_eq!(value_in("la forza dei venti", "venti"), None);
        assert_eq!(value_in("forti venti sulla costa", "venti"), None);
        assert_eq!(value_in("venti di burrasca", "venti"), None);
        assert_eq!(value_in("venti forti da nord", "venti"), None);
        assert_eq!(value_in("venti fino a 100 km/h", "venti"), None);
        // `ventitré` and `duecentoventi` are other words.
        assert_eq!(value_in("i ventitré comuni", "ventitré"), Some(23));
        assert_eq!(
            value_in("i duecentoventi soldati", "duecentoventi"),
            Some(220)
        );
    }

    #[test]
    fn german_and_dutch_zero_only_where_a_number_stands() {
        assert_eq!(value_in("Es gab null Tote", "null"), Some(0));
        assert_eq!(value_in("bei null Grad", "null"), Some(0));
        assert_eq!(value_in("Er waren nul doden", "nul"), Some(0));
        assert_eq!(value_in("het bedrijf maakte nul winst", "nul"), Some(0));
        // A decimal or a time, not zero of a noun.
        assert_eq!(value_in("null Komma fünf", "null"), None);
        assert_eq!(value_in("um null Uhr", "null"), None);
        assert_eq!(value_in("Er was nul komma vijf procent", "nul"), None);
        // The noun, and the English and French words.
        assert_eq!(value_in("die Stunde Null", "Null"), None);
        assert_eq!(value_in("bei null", "null"), None);
        assert_eq!(value_in("the null hypothesis", "null"), None);
        assert_eq!(value_in("null and void", "null"), None);
        assert_eq!(value_in("un match nul", "nul"), None);
        assert_eq!(value_in("Il ne fait nul doute que la ville", "nul"), None);
        assert_eq!(value_in("de teller staat op nul", "nul"), None);
    }

    #[test]
    fn a_word_of_two_languages_begins_a_sentence_of_its_number() {
        for (text, word, expected) in [
            ("Dos hospitales cerraron.", "Dos", 2),
            ("Llovió. Dos hospitales cerraron.", "Dos", 2),
            // Found from outside: Italian shown by its verb alone.
            ("Due frazioni restano isolate.", "Due", 2),
            ("« Dos personas murieron »", "Dos", 2),
            (
                "Once municipios de la provincia quedaron sin luz.",
                "Once",
                11,
            ),
            ("Doce meses después, el puente sigue cerrado.", "Doce", 12),
            ("Cent personnes ont manifesté.", "Cent", 100),
            ("Seize communes sont touchées.", "Seize", 16),
            ("Onze communes ont été touchées.", "Onze", 11),
            ("Onze municípios foram afetados.", "Onze", 11),
            ("Due persone sono morte.", "Due", 2),
            ("Sei comuni hanno votato il bilancio.", "Sei", 6),
            ("Sete pessoas morreram.", "Sete", 7),
        ] {
            assert_eq!(value_in(text, word), Some(expected), "{text}");
        }
        for text in [
            // Other languages' words.
            "Once the law passes, prices will fall.",
            "Once prices rise, consumers spend less.",
            "Once inside, police found weapons.",
            "Dos entrevistados, 40% disseram que sim.",
            "Dos municípios afetados pela seca, 12 pediram ajuda.",
            "Dos candidatos, só um não foi eleito.",
            "Onze regering heeft besloten.",
            "Onze artsen werken hard.",
            "Due to the storm, schools closed.",
            "Due diligence is required.",
            "Due process rights apply.",
            "Sei que é difícil.",
            "Seize assets now.",
            "Cent by cent.",
            "Sete di giustizia, dicono.",
            // Not at the start of a sentence, or not before a plural in lowercase.
            "Contó Dos hospitales.",
            "Dos Hermanas es una ciudad.",
            "Dos hospital cerró.",
        ] {
            let word = text.split(' ').next().unwrap_or_default();
            let word = if text.starts_with("Contó") {
                "Dos"
            } else {
                word
            };
            assert_eq!(value_in(text, word), None, "{text}");
        }
        // Articles at the start of a sentence stay articles.
        for text in [
            "Un hospital cerró.",
            "Une commune a voté.",
            "Uno de ellos",
            "Ein Kreis stimmte zu.",
            "Een gemeente stemde.",
        ] {
            let word = text.split(' ').next().unwrap_or_default();
            let expected = text.starts_with("Uno de").then_some(1);
            assert_eq!(value_in(text, word), expected, "{text}");
        }
    }

    #[test]
    fn capitalised_names_and_nouns() {
        assert_eq!(value_in("Otto persone", "Otto"), Some(8));
        assert_eq!(value_in("Otto Schily sagte", "Otto"), None);
        assert_eq!(value_in("Otto von Bismarck", "Otto"), None);
        assert_eq!(value_in("Sept départements", "Sept"), Some(7));
        assert_eq!(value_in("Sept. 2020", "Sept"), None);
        assert_eq!(value_in("Acht Menschen", "Acht"), Some(8));
        assert_eq!(value_in("außer Acht lassen", "Acht"), None);
        assert_eq!(value_in("in acht Ländern", "acht"), Some(8));
    }

    #[test]
    fn a_number_joined_to_a_word_by_a_hyphen_is_a_name() {
        assert_eq!(value_in("les Deux-Sèvres", "Deux"), None);
        assert_eq!(value_in("le Pont-Neuf", "Neuf"), None);
        assert_eq!(value_in("les deux-roues", "deux"), None);
        assert_eq!(value_in("Trois-Rivières", "Trois"), None);
    }

    #[test]
    fn the_table_holds_each_spelling_in_its_languages() {
        // `onze` is 11 in French and Portuguese, `cento` 100 in Italian and Portuguese.
        assert_eq!(
            LEXICON.sense("onze"),
            Some(Sense {
                langs: FR | PT,
                kind: Kind::BelowThousand(11)
            })
        );
        assert_eq!(LEXICON.sense("cento").map(|sense| sense.langs), Some(IT));
        assert_eq!(
            LEXICON.sense("tausend").map(|sense| sense.kind),
            Some(Kind::Thousand)
        );
        assert_eq!(LEXICON.sense("onze mil"), None);
        assert!(LEXICON.has_word("vingt") && LEXICON.has_word("dreißig"));
        assert!(!LEXICON.has_word("province"));
    }

    #[test]
    fn the_static_table_is_the_one_the_spellings_make() {
        // The arrays the build script wrote, in the order they are searched in.
        let table = spellings::table();
        let written: Vec<(String, Sense)> = SPELLINGS
            .iter()
            .map(|&(spelling, sense)| (spelling.to_string(), sense))
            .collect();
        assert_eq!(written, table.spellings);
        assert!(SPELLINGS.is_sorted_by(|a, b| a.0 < b.0));
        assert_eq!(WORDS.to_vec(), table.words);
        assert!(WORDS.is_sorted_by(|a, b| a < b));
        assert_eq!(OPENINGS, table.openings);
        // Every word a number may begin with passes the first look.
        for (spelling, _) in &table.spellings {
            assert!(
                LEXICON.may_open(spelling.as_bytes()) || spelling.len() < 2,
                "{spelling}"
            );
        }
    }

    /// The whole part and the half read from the start of `text`.
    fn with_half(text: &str) -> Option<(u32, bool)> {
        read(text, 0).map(|read| (read.value, read.half))
    }

    #[test]
    fn a_german_or_dutch_number_and_a_half_in_one_word() {
        for (text, whole) in [
            ("zweieinhalb Millionen", 2),
            ("Dreieinhalb Stunden", 3),
            ("eineinhalb Jahre", 1),
            ("anderthalb Jahre", 1),
            ("zwölfeinhalb Prozent", 12),
            ("fuenfeinhalb", 5),
            ("tweeënhalf miljoen", 2),
            ("tweeenhalf", 2),
            ("vierenhalf jaar", 4),
            ("anderhalf miljoen", 1),
            ("anderhalve dag", 1),
        ] {
            assert_eq!(with_half(text), Some((whole, true)), "{text}");
        }
        // A half alone, a word that only ends as one, a half joined to a word: none.
        for text in [
            "einhalb",
            "behalf",
            "Halbzeit",
            "enhalf",
            "zweieinhalb-fach",
        ] {
            assert_eq!(with_half(text), None, "{text}");
        }
        assert_eq!(with_half("zwei Stunden"), Some((2, false)));
    }

    /// What the words after the number at the start of `text` add to it.
    fn fraction(text: &str) -> Option<Fraction> {
        fraction_after(text, &read(text, 0)?)
    }

    fn decimals(digits: &str, end: usize, needs_scale_or_percent: bool) -> Option<Fraction> {
        Some(Fraction::Decimals {
            digits: digits.to_string(),
            end,
            needs_scale_or_percent,
        })
    }

    #[test]
    fn the_half_after_a_number_in_its_language() {
        let text = "twee en een half miljoen";
        assert_eq!(
            fraction(text),
            decimals("5", "twee en een half".len(), false)
        );
        let text = "twee en een halve dag";
        assert_eq!(
            fraction(text),
            decimals("5", "twee en een halve".len(), false)
        );
        // The French, Spanish, Italian and Portuguese halves count only before a scale
        // word, which the caller looks for.
        let text = "dos y medio millones";
        assert_eq!(fraction(text), decimals("5", "dos y medio".len(), true));
        let text = "trois et demi pour cent";
        assert_eq!(fraction(text), decimals("5", "trois et demi".len(), true));
        // In another language, or going on into another word: no half.
        for text in [
            "dos et demi",
            "trois y medio",
            "zwei en een half",
            "dos y mediodía",
            "tre e mezzogiorno",
            "twee en een halfje",
            "dos y medio ambiente",
            "trois et demi-finale",
        ] {
            assert_eq!(fraction(text), None, "{text}");
        }
    }

    #[test]
    fn the_half_after_a_scale_word() {
        fn half_after<'a>(text: &'a str, scale: &str) -> Option<&'a str> {
            let read = read(text, 0)?;
            let at = text.find(scale)? + scale.len();
            half_after_scale(text, &read, at).map(|end| &text[..end])
        }
        for (text, scale, half) in [
            (
                "deux millions et demi d’habitants",
                "millions",
                "deux millions et demi",
            ),
            ("un millón y medio de votos", "millón", "un millón y medio"),
            (
                "due milioni e mezzo di euro",
                "milioni",
                "due milioni e mezzo",
            ),
            (
                "dois milhões e meio de pessoas",
                "milhões",
                "dois milhões e meio",
            ),
        ] {
            assert_eq!(half_after(text, scale), Some(half), "{text}");
        }
        // Dutch and German write the half before the scale; another language's half is
        // none.
        assert_eq!(half_after("twee miljoen en een half", "miljoen"), None);
        assert_eq!(half_after("deux millions y medio", "millions"), None);
        assert_eq!(half_after("três milhões e meio ambiente", "milhões"), None);
        // Without an article, a million and a half in Spanish and Portuguese only.
        assert_eq!(
            million_and_a_half("millón y medio de votos", 0),
            Some("millón y medio".len())
        );
        assert_eq!(
            million_and_a_half("Milhão e meio", 0),
            Some("Milhão e meio".len())
        );
        assert_eq!(million_and_a_half("million et demi", 0), None);
        assert_eq!(million_and_a_half("millón y medios", 0), None);
    }

    #[test]
    fn decimals_after_a_decimal_mark_word() {
        for (text, digits, words) in [
            ("drei Komma fünf Prozent", "5", "drei Komma fünf"),
            ("null Komma fünf Prozent", "5", "null Komma fünf"),
            ("drei Komma zwei fünf", "25", "drei Komma zwei fünf"),
            ("drei Komma null fünf", "05", "drei Komma null fünf"),
            (
                "drei Komma fünfundzwanzig Euro",
                "25",
                "drei Komma fünfundzwanzig",
            ),
            (
                "drei Komma null fünfundzwanzig",
                "025",
                "drei Komma null fünfundzwanzig",
            ),
            ("trois virgule cinq", "5", "trois virgule cinq"),
            ("trois virgule vingt-cinq", "25", "trois virgule vingt-cinq"),
            ("tres coma cinco", "5", "tres coma cinco"),
            ("tres coma veinticinco", "25", "tres coma veinticinco"),
            ("tre virgola cinque", "5", "tre virgola cinque"),
            ("três vírgula cinco", "5", "três vírgula cinco"),
            ("tres virgula cinco", "5", "tres virgula cinco"),
            ("drie komma vijf", "5", "drie komma vijf"),
        ] {
            assert_eq!(
                fraction(text),
                decimals(digits, words.len(), false),
                "{text}"
            );
        }
        // Number words after the mark that read as no decimals: the number is unread.
        for text in [
            "drei Komma zwei fünfundzwanzig",
            "drei Komma fünfundzwanzig zwei",
            "trois virgule cinq mille",
            "drei Komma zweitausend",
            "drei Komma eins zwei drei vier fünf sechs sieben acht neun null",
        ] {
            assert_eq!(fraction(text), Some(Fraction::Unread), "{text}");
        }
        // One before a mark whose own article it is not.
        for text in [
            "un virgule cinq",
            "uno coma cinco",
            "uno virgola cinque",
            "um vírgula cinco",
            "eins Komma fünf",
            "één komma vijf",
        ] {
            assert_eq!(fraction(text), decimals("5", text.len(), false), "{text}");
        }
        // A mark of another language, an article and the noun "comma" (or "coma"), or a
        // comma in words: no decimals.
        for text in [
            "une virgule deux lignes plus bas",
            "ein Komma fünf Zeilen",
            "een komma twee regels",
            "una coma dos palabras",
            "un coma dos semanas",
            "una virgola due righe",
            "uma vírgula duas linhas",
            "trois Komma fünf",
            "tres virgule cinq",
            "zwei Komma gesetzt",
            "drei Kommas fünf",
            "drei Komma, fünf",
        ] {
            assert_eq!(fraction(text), None, "{text}");
        }
    }

    #[test]
    fn the_words_after_a_decimal_mark_are_no_number_of_their_own() {
        let after_mark = |text: &str, word: &str| {
            after_a_decimal_mark(text, text.rfind(word).unwrap_or_default())
        };
        assert!(after_mark("drei Komma fünf", "fünf"));
        assert!(after_mark("3 Komma fünf", "fünf"));
        assert!(after_mark(
            "drei Komma zwei fünfundzwanzig",
            "fünfundzwanzig"
        ));
        assert!(after_mark("trois virgule vingt-cinq", "cinq"));
        assert!(after_mark("null Komma fünf", "fünf"));
        // Not after a word that is no number, nor past a word that is none.
        assert!(!after_mark("nach dem Komma zwei Stellen", "zwei"));
        assert!(!after_mark("estuvo en coma tres semanas", "tres"));
        assert!(!after_mark("drei Komma Bürger fünf", "fünf"));
        assert!(!after_mark("drei Komma, fünf", "fünf"));
        assert!(!after_mark("fünf", "fünf"));
    }
}
