//! Whole numbers written in words in the Slavic languages, read only in an article that
//! declares its language (see [`Language`]): Russian, Ukrainian, Belarusian, Polish, Czech,
//! Slovak, Bulgarian, Macedonian, Serbian (Cyrillic and Latin), Croatian, Bosnian and
//! Slovenian. `четири општини`, `в четырёх районах`, `cztery gminy`, `двадцать пять`, `сто
//! двадцать`, `dwadzieścia trzy`, `pětadvacet`, `петиндвајсет`, `двадесет и пет`, `пять
//! тысяч`, `dwa tysiące pięćset`.
//!
//! Each language's numbers from 1 to 999 are read as news writes them: a unit, a teen, a ten
//! and its unit, a hundred and the rest after it, each word in any of its case forms (the
//! Russian `четыре`, `четырёх`, `четырех`, `четырём`, `четырьмя`; the Polish `pięć`,
//! `pięciu`, `pięcioma`, and the collective `dwoje`, `troje`, `czworo`; the Czech `čtyři`,
//! `čtyř`, `čtyřem`, `čtyřmi`), the units and tens joined into one word where the language
//! writes them so (Czech `pětadvacet`, Slovak `dvadsaťpäť`, Slovenian `petindvajset`), and
//! the `и`, `i` that Bulgarian, Macedonian and Serbo-Croatian put before the last word (`сто
//! и двадесет`, `двадесет и пет`); the Czech hundreds after their unit (`tři sta`, `pět
//! set`). A thousand after a number multiplies it, and a number below a thousand after it
//! is added (`две тысячи`, `pięć tysięcy`, `три хиљаде петсто`); the singular thousand alone
//! is a thousand (`тысяча человек`, `tysiąc osób`), not the plural (`тысячи людей`, "thousands
//! of people", nor `hiljada`, which is both a thousand and the plural's genitive).
//!
//! Words that are also other words are read only where a number is meant, as the other
//! readers of number words read `one`, `un` and `ein`:
//!
//! - the word for one (`один`, `одна`, `jeden`, `jedna`, `един`, `еден`, `jedan`, `en`) is
//!   also "a", "alone" and "the same": 1 only inside a number (`двадцать один`), before a
//!   thousand or a scale word (`одна тысяча`, `jeden milion`), or before the word for "of"
//!   (`один из`, `jeden z`, `един от`, `еден од`, `jedan od`); the Czech and Slovak
//!   `jednou` ("once") is none;
//! - `три` is also "rub!" in Russian, Ukrainian, Bulgarian and Macedonian: opening a
//!   sentence it is three only before a word ending as the counted noun after it does
//!   (`Три человека`, `Три школы`), not before another (`Три морковь`);
//! - the Serbo-Croatian `sto`, `сто` is also "table": a hundred inside a number, before a
//!   thousand or a scale word, after a word that goes before a count (`oko sto`, `preko
//!   sto`, `od sto`), or before a lowercase word of three letters or more ending as the
//!   genitive plural after a hundred does (`sto ljudi`, `sto godina`), none of the function
//!   words that follow the table (`sto je`, `sto koji`);
//! - the Russian `семью` is also "family", and left out.
//!
//! A number joined by a hyphen to a word (`двух-трёх`, `dwu-`) is no count of its own, and
//! one followed by a half or a decimal word (`два с половиной`, `dwa i pół`, `tři celé
//! pět`) is read as a number with no figure: its words state what this does not read.
//!
//! Cost: nothing is looked up in an article that declares none of these languages, the
//! caller asking [`lexicon_of`] once for the article; a declared language's words are put in
//! a table on first use.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::Language;

/// What a word of a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// The word for one: see the module docs.
    One,
    /// 2 to 9.
    Unit(u32),
    /// 10 to 19.
    Teen(u32),
    /// 20, 30, ... 90.
    Ten(u32),
    /// A ten and its unit written as one word: Czech `pětadvacet`, Slovenian
    /// `petindvajset`.
    TenAndUnit(u32),
    /// 100, 200, ... 900.
    Hundred(u32),
    /// A thousand after a number (`тысяч`, `tysięcy`).
    Thousand,
    /// A thousand that is one thousand alone too (`тысяча`, `tysiąc`).
    OneThousand,
}

/// How one language writes its numbers. A spelling with braces stands for each of the
/// forms inside them in turn: `пят{ь,и,ью}` is `пять`, `пяти`, `пятью`.
struct Spellings {
    /// The primary subtags of the languages that write these.
    tags: &'static [&'static str],
    one: &'static [&'static str],
    /// 2 to 9.
    units: [&'static [&'static str]; 8],
    /// 10 to 19.
    teens: [&'static [&'static str]; 10],
    /// 20 to 90.
    tens: [&'static [&'static str]; 8],
    /// 100 to 900.
    hundreds: [&'static [&'static str]; 9],
    /// The Czech hundred after its unit: `dvě stě`, `tři sta`, `pět set`.
    hundred_after_unit: &'static [&'static str],
    /// A thousand alone or after a number.
    one_thousand: &'static [&'static str],
    /// A thousand only after a number.
    thousands: &'static [&'static str],
    /// A ten and its unit in one word: the units, the joint and whether the units come
    /// first (`pět` `a` `dvacet`; Slovak `dvadsať` `päť`).
    joined: Option<(&'static [&'static str; 9], &'static str, bool)>,
    /// The "and" before a number's last word: `двадесет и пет`.
    and: &'static [&'static str],
    /// The word for "of" after one: `один из`.
    of: &'static [&'static str],
    /// Words after a number that make it part of a fraction or a decimal this does not
    /// read: `с половиной`, `i pół`, `celé`.
    unread_after: &'static [&'static str],
    /// The rule for words that are other words too.
    other_senses: &'static [(&'static str, Sense)],
}

/// Where a word that is also another word is the number: see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sense {
    /// "Rub!": opening a sentence, three only before a word with one of these endings.
    Imperative(&'static [&'static str]),
    /// "Table": a hundred only after one of `before`, or before a lowercase word of three
    /// letters or more ending in one of `endings`, none of `not_counted`.
    Table {
        before: &'static [&'static str],
        endings: &'static [&'static str],
        not_counted: &'static [&'static str],
    },
}

/// The endings of the noun or adjective after the Russian and Ukrainian `три` (genitive
/// singular and plural): `человека`, `школы`, `недели`, `новых`, `районов`.
const COUNTED_AFTER_THREE: &[&str] = &["а", "я", "ы", "и", "і", "х", "ов", "ей"];

/// The endings of the Bulgarian and Macedonian plural after `три`: `общини`, `училишта`,
/// `града`, `деца`.
const COUNTED_AFTER_THREE_SOUTH: &[&str] = &["и", "а", "е"];

/// Words after which the Serbo-Croatian `sto` is a hundred: `oko sto`, `preko sto`.
const BEFORE_A_HUNDRED: &[&str] = &[
    "oko",
    "preko",
    "gotovo",
    "skoro",
    "najmanje",
    "najviše",
    "čak",
    "blizu",
    "od",
    "do",
    "više",
    "manje",
    "око",
    "преко",
    "готово",
    "скоро",
    "најмање",
    "највише",
    "чак",
    "близу",
    "од",
    "до",
    "више",
    "мање",
];

/// Words after the Serbo-Croatian `sto` that make it the table: pronouns, conjunctions,
/// verbs and prepositions that end as a genitive plural does.
const AFTER_THE_TABLE: &[&str] = &[
    "koji",
    "koja",
    "koje",
    "kojeg",
    "kako",
    "kada",
    "kad",
    "sada",
    "ili",
    "ali",
    "jer",
    "nije",
    "bila",
    "bili",
    "bile",
    "bilo",
    "ispred",
    "iza",
    "preko",
    "pored",
    "kraj",
    "među",
    "ispod",
    "zbog",
    "prema",
    "sve",
    "svi",
    "još",
    "samo",
    "kao",
    "gdje",
    "gde",
    "koji",
    "који",
    "која",
    "које",
    "како",
    "када",
    "сада",
    "или",
    "али",
    "није",
    "била",
    "били",
    "биле",
    "било",
    "испред",
    "иза",
    "поред",
    "испод",
    "због",
    "према",
    "све",
    "сви",
    "још",
    "само",
    "као",
    "где",
    "гдје",
];

const SERBO_CROATIAN_SENSES: &[(&str, Sense)] = &[
    (
        "sto",
        Sense::Table {
            before: BEFORE_A_HUNDRED,
            endings: &["a", "i", "e"],
            not_counted: AFTER_THE_TABLE,
        },
    ),
    (
        "сто",
        Sense::Table {
            before: BEFORE_A_HUNDRED,
            endings: &["а", "и", "е"],
            not_counted: AFTER_THE_TABLE,
        },
    ),
];

const RUSSIAN: Spellings = Spellings {
    tags: &["ru", "rus"],
    one: &["од{ин,на,но,ного,ной,ному,ним,ном,ну}"],
    units: [
        &["два", "две", "дв{ух,ум,умя}"],
        &["три", "тр{ёх,ех,ём,ем,емя}"],
        &["четыре", "четыр{ёх,ех,ём,ем,ьмя}"],
        &["пят{ь,и,ью}"],
        &["шест{ь,и,ью}"],
        // Not `семью`, also "family".
        &["сем{ь,и}"],
        &["восем{ь,ью}", "восьм{и,ью}"],
        &["девят{ь,и,ью}"],
    ],
    teens: [
        &["десят{ь,и,ью}"],
        &["одиннадцат{ь,и,ью}"],
        &["двенадцат{ь,и,ью}"],
        &["тринадцат{ь,и,ью}"],
        &["четырнадцат{ь,и,ью}"],
        &["пятнадцат{ь,и,ью}"],
        &["шестнадцат{ь,и,ью}"],
        &["семнадцат{ь,и,ью}"],
        &["восемнадцат{ь,и,ью}"],
        &["девятнадцат{ь,и,ью}"],
    ],
    tens: [
        &["двадцат{ь,и,ью}"],
        &["тридцат{ь,и,ью}"],
        &["сорок", "сорока"],
        &["пят{ьдесят,идесяти,ьюдесятью}"],
        &["шест{ьдесят,идесяти,ьюдесятью}"],
        &["сем{ьдесят,идесяти,ьюдесятью}"],
        &["вос{емьдесят,ьмидесяти,емьюдесятью,ьмьюдесятью}"],
        &["девяност{о,а}"],
    ],
    hundreds: [
        &["сто", "ста"],
        &["дв{ести,ухсот,умстам,умястами,ухстах}"],
        &["тр{иста,ёхсот,ехсот,ёмстам,емстам,емястами,ёхстах,ехстах}"],
        &["четыр{еста,ёхсот,ехсот,ёмстам,емстам,ьмястами,ёхстах,ехстах}"],
        &["пят{ьсот,исот,истам,ьюстами,истах}"],
        &["шест{ьсот,исот,истам,ьюстами,истах}"],
        &["сем{ьсот,исот,истам,ьюстами,истах}"],
        &["вос{емьсот,ьмисот,ьмистам,емьюстами,ьмьюстами,ьмистах}"],
        &["девят{ьсот,исот,истам,ьюстами,истах}"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["тысяча", "тысячу"],
    thousands: &["тысяч{и,ей,ью,,ам,ами,ах}"],
    joined: None,
    and: &[],
    of: &["из", "изо"],
    unread_after: &["с половиной", "целых", "целая"],
    other_senses: &[("три", Sense::Imperative(COUNTED_AFTER_THREE))],
};

const UKRAINIAN: Spellings = Spellings {
    tags: &["uk", "ukr"],
    one: &["од{ин,на,не,но,ного,нієї,ної,ній,ному,ним,ною,ну}"],
    units: [
        &["два", "дві", "дв{ох,ом,ома}"],
        &["три", "тр{ьох,ьом,ьома}"],
        &["чотири", "чотир{ьох,ьом,ма}"],
        &["п'ят{ь,и,ьма,ьом,ьох}"],
        &["шість", "шести", "шіст{ьма,ьом,ьох}"],
        &["сім", "семи", "сьома", "сім{ома,ом,ох}"],
        &["вісім", "восьми", "вісьм{ома,ом,ох}", "восьма"],
        &["дев'ят{ь,и,ьма,ьом,ьох}"],
    ],
    teens: [
        &["десят{ь,и,ьма,ьом,ьох}"],
        &["одинадцят{ь,и,ьма,ьом}"],
        &["дванадцят{ь,и,ьма,ьом}"],
        &["тринадцят{ь,и,ьма,ьом}"],
        &["чотирнадцят{ь,и,ьма,ьом}"],
        &["п'ятнадцят{ь,и,ьма,ьом}"],
        &["шістнадцят{ь,и,ьма,ьом}"],
        &["сімнадцят{ь,и,ьма,ьом}"],
        &["вісімнадцят{ь,и,ьма,ьом}"],
        &["дев'ятнадцят{ь,и,ьма,ьом}"],
    ],
    tens: [
        &["двадцят{ь,и,ьма,ьом}"],
        &["тридцят{ь,и,ьма,ьом}"],
        &["сорок", "сорока"],
        &["п'ятдесят{,и,ьма,ьом}"],
        &["шістдесят{,и,ьма,ьом}"],
        &["сімдесят{,и,ьма,ьом}"],
        &["вісімдесят{,и,ьма,ьом}"],
        &["дев'яност{о,а}"],
    ],
    hundreds: [
        &["сто", "ста"],
        &["двісті", "дв{охсот,омстам,омастами}"],
        &["триста", "тр{ьохсот,ьомстам,ьомастами}"],
        &["чотириста", "чотир{ьохсот,ьомстам,мастами}"],
        &["п'ят{сот,исот,истам,ьмастами}"],
        &["шістсот", "шест{исот,истам}"],
        &["сімсот", "сем{исот,истам}"],
        &["вісімсот", "восьм{исот,истам}"],
        &["дев'ят{сот,исот,истам}"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["тисяча", "тисячу"],
    thousands: &["тисяч{і,ею,,ам,ами,ах}"],
    joined: None,
    and: &[],
    of: &["з", "із", "зі"],
    unread_after: &["з половиною", "цілих", "ціла"],
    other_senses: &[("три", Sense::Imperative(COUNTED_AFTER_THREE))],
};

const BELARUSIAN: Spellings = Spellings {
    tags: &["be", "bel"],
    one: &["адзін", "адн{а,о,аго,ой,аму,ым,у}"],
    units: [
        &["два", "дзве", "дв{ух,ум,ума}"],
        &["тры", "тр{ох,ом,ыма}"],
        &["чатыры", "чатыр{ох,ом,ма}"],
        &["пяць", "пяці", "пяццю"],
        &["шэсць", "шасці", "шасцю"],
        &["сем", "сямі", "сямю"],
        &["восем", "васьмі", "васьмю"],
        &["дзевяць", "дзевяці", "дзевяццю"],
    ],
    teens: [
        &["дзесяць", "дзесяці", "дзесяццю"],
        &["адзінацца{ць,ці,ццю}"],
        &["дванацца{ць,ці,ццю}"],
        &["трынацца{ць,ці,ццю}"],
        &["чатырнацца{ць,ці,ццю}"],
        &["пятнацца{ць,ці,ццю}"],
        &["шаснацца{ць,ці,ццю}"],
        &["сямнацца{ць,ці,ццю}"],
        &["васямнацца{ць,ці,ццю}"],
        &["дзевятнацца{ць,ці,ццю}"],
    ],
    tens: [
        &["дваццаць", "дваццаці", "дваццаццю"],
        &["трыцца{ць,ці,ццю}"],
        &["сорак", "сарака"],
        &["пяцьдзесят", "пяцідзесяці"],
        &["шэсцьдзесят", "шасцідзесяці"],
        &["семдзесят", "сямідзесяці"],
        &["восемдзесят", "васьмідзесяці"],
        &["дзевяноста"],
    ],
    hundreds: [
        &["сто", "ста"],
        &["дзвесце", "двухсот"],
        &["трыста", "трохсот"],
        &["чатырыста", "чатырохсот"],
        &["пяцьсот", "пяцісот"],
        &["шэсцьсот", "шасцісот"],
        &["семсот", "сямісот"],
        &["васямсот", "васьмісот"],
        &["дзевяцьсот", "дзевяцісот"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["тысяча", "тысячу"],
    thousands: &["тысяч{ы,ай,,ам,амі,ах}"],
    joined: None,
    and: &[],
    of: &["з", "са"],
    unread_after: &["з паловай", "цэлых"],
    other_senses: &[],
};

const POLISH: Spellings = Spellings {
    tags: &["pl", "pol"],
    one: &["jed{en,na,no,nego,nej,nemu,nym,ną}"],
    units: [
        &[
            "dwa",
            "dwie",
            "dwóch",
            "dwu",
            "dwom",
            "dwoma",
            "dwiema",
            "dwoj{e,ga,gu,giem}",
        ],
        &["trzy", "trze{ch,m,ma}", "troj{e,ga,gu,giem}"],
        &["cztery", "czter{ech,em,ema}", "czwor{o,ga,gu,giem}"],
        &["pięć", "pięci{u,oma,oro,orga}"],
        &["sześć", "sześci{u,oma,oro,orga}"],
        &["siedem", "siedmi{u,oma,oro,orga}"],
        &["osiem", "ośmi{u,oma,oro,orga}"],
        &["dziewięć", "dziewięci{u,oma,oro,orga}"],
    ],
    teens: [
        &["dziesięć", "dziesięci{u,oma,oro}"],
        &["jedena{ście,stu,stoma}"],
        &["dwanaście", "dwuna{stu,stoma}"],
        &["trzyna{ście,stu,stoma}"],
        &["czterna{ście,stu,stoma}"],
        &["piętna{ście,stu,stoma}"],
        &["szesna{ście,stu,stoma}"],
        &["siedemna{ście,stu,stoma}"],
        &["osiemna{ście,stu,stoma}"],
        &["dziewiętna{ście,stu,stoma}"],
    ],
    tens: [
        &["dwadzieścia", "dwudziest{u,oma}"],
        &["trzydzie{ści,stu,stoma}"],
        &["czterdzie{ści,stu,stoma}"],
        &["pięćdziesi{ąt,ęciu,ęcioma}"],
        &["sześćdziesi{ąt,ęciu,ęcioma}"],
        &["siedemdziesi{ąt,ęciu,ęcioma}"],
        &["osiemdziesi{ąt,ęciu,ęcioma}"],
        &["dziewięćdziesi{ąt,ęciu,ęcioma}"],
    ],
    hundreds: [
        &["sto", "stu"],
        &["dwieście", "dwust{u,oma}"],
        &["trzyst{a,u,oma}"],
        &["czteryst{a,u,oma}"],
        &["pięćset", "pięciuset"],
        &["sześćset", "sześciuset"],
        &["siedemset", "siedmiuset"],
        &["osiemset", "ośmiuset"],
        &["dziewięćset", "dziewięciuset"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["tysiąc"],
    thousands: &["tysi{ąca,ące,ęcy,ącom,ącami,ącach,ącu,ącem}"],
    joined: None,
    and: &[],
    of: &["z", "ze"],
    unread_after: &["i pół", "przecinek", "całych", "cała"],
    other_senses: &[],
};

const CZECH: Spellings = Spellings {
    tags: &["cs", "ces", "cze"],
    // Not `jednou`, also "once".
    one: &["jed{en,na,no,noho,né,nomu,nom,ním,nu}"],
    units: [
        &["dva", "dvě", "dvou", "dvěma"],
        &["tři", "tří", "tře{ch,m,mi}"],
        &["čtyři", "čtyř", "čtyř{ech,em,mi}"],
        &["pět", "pěti"],
        &["šest", "šesti"],
        &["sedm", "sedmi"],
        &["osm", "osmi"],
        &["devět", "devíti"],
    ],
    teens: [
        &["deset", "deseti"],
        &["jedenáct{,i}"],
        &["dvanáct{,i}"],
        &["třináct{,i}"],
        &["čtrnáct{,i}"],
        &["patnáct{,i}"],
        &["šestnáct{,i}"],
        &["sedmnáct{,i}"],
        &["osmnáct{,i}"],
        &["devatenáct{,i}"],
    ],
    tens: [
        &["dvacet{,i}"],
        &["třicet{,i}"],
        &["čtyřicet{,i}"],
        &["padesát{,i}"],
        &["šedesát{,i}"],
        &["sedmdesát{,i}"],
        &["osmdesát{,i}"],
        &["devadesát{,i}"],
    ],
    hundreds: [
        &["sto", "sta", "stu"],
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
        &[],
    ],
    hundred_after_unit: &["stě", "sta", "set", "stech", "stům", "sty"],
    one_thousand: &["tisíc"],
    thousands: &["tisíc{e,ům,ích,i,em}"],
    joined: Some((
        &[
            "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět",
        ],
        "a",
        true,
    )),
    and: &[],
    of: &["z", "ze"],
    unread_after: &["a půl", "celá", "celé", "celých"],
    other_senses: &[],
};

const SLOVAK: Spellings = Spellings {
    tags: &["sk", "slk", "slo"],
    // Not `jednou`, also "once".
    one: &["jed{en,na,no,ného,nej,nému,ným,nu}"],
    units: [
        &["dva", "dve", "dvaja", "dvo{ch,m,ma}"],
        &["tri", "traja", "tro{ch,m,mi}"],
        &["štyri", "štyria", "štyr{och,om,mi}"],
        &["päť", "piati{,ch,m,mi}"],
        &["šesť", "šiesti{,ch,m,mi}"],
        &["sedem", "siedmi{,ch,m,mi}"],
        &["osem", "ôsmi{,ch,m,mi}"],
        &["deväť", "deviati{,ch,m,mi}"],
    ],
    teens: [
        &["desať", "desiati{,ch,m,mi}"],
        &["jedenás{ť,ti,tich,tim,timi}"],
        &["dvanás{ť,ti,tich,tim,timi}"],
        &["trinás{ť,ti,tich,tim,timi}"],
        &["štrnás{ť,ti,tich,tim,timi}"],
        &["pätnás{ť,ti,tich,tim,timi}"],
        &["šestnás{ť,ti,tich,tim,timi}"],
        &["sedemnás{ť,ti,tich,tim,timi}"],
        &["osemnás{ť,ti,tich,tim,timi}"],
        &["devätnás{ť,ti,tich,tim,timi}"],
    ],
    tens: [
        &["dvadsať", "dvadsiati{,ch,m,mi}"],
        &["tridsať", "tridsiati{,ch,m,mi}"],
        &["štyridsať", "štyridsiati{,ch,m,mi}"],
        &["päťdesiat{,i,ich,im,imi}"],
        &["šesťdesiat{,i,ich,im,imi}"],
        &["sedemdesiat{,i,ich,im,imi}"],
        &["osemdesiat{,i,ich,im,imi}"],
        &["deväťdesiat{,i,ich,im,imi}"],
    ],
    hundreds: [
        &["sto"],
        &["dvesto"],
        &["tristo"],
        &["štyristo"],
        &["päťsto"],
        &["šesťsto"],
        &["sedemsto"],
        &["osemsto"],
        &["deväťsto"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["tisíc"],
    thousands: &["tisíc{e,ok,om,ach}"],
    joined: Some((
        &[
            "jeden", "dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť",
        ],
        "",
        false,
    )),
    and: &[],
    of: &["z", "zo"],
    unread_after: &["a pol", "celá", "celé", "celých"],
    other_senses: &[],
};

const BULGARIAN: Spellings = Spellings {
    tags: &["bg", "bul"],
    one: &["един", "една", "едно", "едни"],
    units: [
        &["два", "две", "двама", "двата", "двете", "двамата"],
        &["три", "трима", "трите", "тримата"],
        &["четири", "четирима", "четирите", "четиримата"],
        &["пет", "петима", "петте", "петимата"],
        &["шест", "шестима", "шестте", "шестимата"],
        &["седем", "седмина", "седемте"],
        &["осем", "осмина", "осемте"],
        &["девет", "деветима", "деветте"],
    ],
    teens: [
        &["десет{,те,има}"],
        &["единадесет{,те}"],
        &["дванадесет{,те}"],
        &["тринадесет{,те}"],
        &["четиринадесет{,те}"],
        &["петнадесет{,те}"],
        &["шестнадесет{,те}"],
        &["седемнадесет{,те}"],
        &["осемнадесет{,те}"],
        &["деветнадесет{,те}"],
    ],
    tens: [
        &["двадесет{,те}"],
        &["тридесет{,те}"],
        &["четиридесет{,те}"],
        &["петдесет{,те}"],
        &["шестдесет{,те}"],
        &["седемдесет{,те}"],
        &["осемдесет{,те}"],
        &["деветдесет{,те}"],
    ],
    hundreds: [
        &["сто", "стоте"],
        &["двеста", "двестате"],
        &["триста", "тристате"],
        &["четиристотин{,те}"],
        &["петстотин{,те}"],
        &["шестстотин{,те}"],
        &["седемстотин{,те}"],
        &["осемстотин{,те}"],
        &["деветстотин{,те}"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["хиляда"],
    thousands: &["хиляди", "хилядата", "хилядите"],
    joined: None,
    and: &["и"],
    of: &["от"],
    unread_after: &["и половина", "цяло", "цели"],
    other_senses: &[("три", Sense::Imperative(COUNTED_AFTER_THREE_SOUTH))],
};

const MACEDONIAN: Spellings = Spellings {
    tags: &["mk", "mkd", "mac"],
    one: &["еден", "една", "едно", "едни"],
    units: [
        &["два", "две", "двајца", "двата", "двете", "двајцата"],
        &["три", "тројца", "трите", "тројцата"],
        &["четири", "четворица", "четирите", "четворицата"],
        &["пет", "петмина", "петте"],
        &["шест", "шестмина", "шесте"],
        &["седум", "седуммина", "седумте"],
        &["осум", "осуммина", "осумте"],
        &["девет", "деветмина", "деветте"],
    ],
    teens: [
        &["десет{,те}"],
        &["единаесет{,те}"],
        &["дванаесет{,те}"],
        &["тринаесет{,те}"],
        &["четиринаесет{,те}"],
        &["петнаесет{,те}"],
        &["шеснаесет{,те}"],
        &["седумнаесет{,те}"],
        &["осумнаесет{,те}"],
        &["деветнаесет{,те}"],
    ],
    tens: [
        &["дваесет{,те}"],
        &["триесет{,те}"],
        &["четириесет{,те}"],
        &["педесет{,те}"],
        &["шеесет{,те}"],
        &["седумдесет{,те}"],
        &["осумдесет{,те}"],
        &["деведесет{,те}"],
    ],
    hundreds: [
        &["сто", "стоте"],
        &["двесте", "двестете"],
        &["триста", "тристате"],
        &["четиристотини{,те}"],
        &["петстотини{,те}"],
        &["шестотини{,те}"],
        &["седумстотини{,те}"],
        &["осумстотини{,те}"],
        &["деветстотини{,те}"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["илјада"],
    thousands: &["илјади", "илјадата", "илјадите"],
    joined: None,
    and: &["и"],
    of: &["од"],
    unread_after: &["и пол", "цело", "цели"],
    other_senses: &[("три", Sense::Imperative(COUNTED_AFTER_THREE_SOUTH))],
};

/// Serbian in both scripts, Croatian, Bosnian and Montenegrin.
const SERBO_CROATIAN: Spellings = Spellings {
    tags: &["sr", "srp", "hr", "hrv", "bs", "bos", "cnr", "sh"],
    one: &[
        "jed{an,na,no,nog,noga,noj,nom,nu,nim}",
        "јед{ан,на,но,ног,нога,ној,ном,ну,ним}",
    ],
    units: [
        &[
            "dva",
            "dvije",
            "dve",
            "dvaju",
            "dvama",
            "dvoje",
            "dvojica",
            "два",
            "две",
            "двије",
            "двоје",
            "двојица",
        ],
        &[
            "tri",
            "triju",
            "trima",
            "troje",
            "trojica",
            "три",
            "троје",
            "тројица",
        ],
        &[
            "četiri",
            "četiriju",
            "četirima",
            "četvoro",
            "četvorica",
            "четири",
            "четворо",
            "четворица",
        ],
        &["pet", "petoro", "petorica", "пет", "петоро", "петорица"],
        &[
            "šest",
            "šestoro",
            "šestorica",
            "шест",
            "шесторо",
            "шесторица",
        ],
        &[
            "sedam",
            "sedmoro",
            "sedmorica",
            "седам",
            "седморо",
            "седморица",
        ],
        &["osam", "osmoro", "osmorica", "осам", "осморо", "осморица"],
        &[
            "devet",
            "devetoro",
            "devetorica",
            "девет",
            "деветоро",
            "деветорица",
        ],
    ],
    teens: [
        &["deset", "desetoro", "desetorica", "десет"],
        &["jedanaest", "једанаест"],
        &["dvanaest", "дванаест"],
        &["trinaest", "тринаест"],
        &["četrnaest", "четрнаест"],
        &["petnaest", "петнаест"],
        &["šesnaest", "шеснаест"],
        &["sedamnaest", "седамнаест"],
        &["osamnaest", "осамнаест"],
        &["devetnaest", "деветнаест"],
    ],
    tens: [
        &["dvadeset", "двадесет"],
        &["trideset", "тридесет"],
        &["četrdeset", "четрдесет"],
        &["pedeset", "педесет"],
        &["šezdeset", "шездесет"],
        &["sedamdeset", "седамдесет"],
        &["osamdeset", "осамдесет"],
        &["devedeset", "деведесет"],
    ],
    hundreds: [
        &["sto", "stotinu", "сто", "стотину"],
        &[
            "dvjesto",
            "dvjesta",
            "dvesto",
            "dvesta",
            "двјеста",
            "двјесто",
            "двеста",
            "двесто",
        ],
        &["tristo", "trista", "тристо", "триста"],
        &["četiristo", "četiristotine", "четиристо", "четиристотине"],
        &["petsto", "петсто"],
        // Not `šesto`, also "sixth".
        &["šeststo", "шестсто"],
        &["sedamsto", "седамсто"],
        &["osamsto", "осамсто"],
        &["devetsto", "деветсто"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["tisuću", "hiljadu", "хиљаду"],
    thousands: &[
        "tisuća",
        "tisuće",
        "tisućama",
        "hiljada",
        "hiljade",
        "hiljadama",
        "хиљада",
        "хиљаде",
        "хиљадама",
    ],
    joined: None,
    and: &["i", "и"],
    of: &["od", "од"],
    unread_after: &["i pol", "i po", "и по", "cijelih", "celih", "целих"],
    other_senses: SERBO_CROATIAN_SENSES,
};

const SLOVENIAN: Spellings = Spellings {
    tags: &["sl", "slv"],
    one: &["en", "ena", "eno", "enega", "eni", "enemu", "enim"],
    units: [
        &["dva", "dve", "dveh", "dvema"],
        &["tri", "trije", "treh", "trem", "tremi"],
        &["štiri", "štirje", "štirih", "štirim", "štirimi"],
        &["pet{,ih,im,imi}"],
        &["šest{,ih,im,imi}"],
        &["sedem", "sedm{ih,im,imi}"],
        &["osem", "osm{ih,im,imi}"],
        &["devet{,ih,im,imi}"],
    ],
    teens: [
        &["deset{,ih,im,imi}"],
        &["enajst{,ih,im,imi}"],
        &["dvanajst{,ih,im,imi}"],
        &["trinajst{,ih,im,imi}"],
        &["štirinajst{,ih,im,imi}"],
        &["petnajst{,ih,im,imi}"],
        &["šestnajst{,ih,im,imi}"],
        &["sedemnajst{,ih,im,imi}"],
        &["osemnajst{,ih,im,imi}"],
        &["devetnajst{,ih,im,imi}"],
    ],
    tens: [
        &["dvajset{,ih,im,imi}"],
        &["trideset{,ih,im,imi}"],
        &["štirideset{,ih,im,imi}"],
        &["petdeset{,ih,im,imi}"],
        &["šestdeset{,ih,im,imi}"],
        &["sedemdeset{,ih,im,imi}"],
        &["osemdeset{,ih,im,imi}"],
        &["devetdeset{,ih,im,imi}"],
    ],
    hundreds: [
        &["sto"],
        &["dvesto"],
        &["tristo"],
        &["štiristo"],
        &["petsto"],
        &["šeststo"],
        &["sedemsto"],
        &["osemsto"],
        &["devetsto"],
    ],
    hundred_after_unit: &[],
    one_thousand: &["tisoč"],
    thousands: &[],
    joined: Some((
        &[
            "ena", "dva", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet",
        ],
        "in",
        true,
    )),
    and: &[],
    of: &["od"],
    unread_after: &["in pol", "cela", "celih"],
    other_senses: &[],
};

/// Every language read, in the order the readings were asked for.
const LANGUAGES: [&Spellings; 10] = [
    &RUSSIAN,
    &UKRAINIAN,
    &BELARUSIAN,
    &POLISH,
    &CZECH,
    &SLOVAK,
    &BULGARIAN,
    &MACEDONIAN,
    &SERBO_CROATIAN,
    &SLOVENIAN,
];

/// One language's words, looked up by their lowercase spelling.
pub struct Lexicon {
    spellings: &'static Spellings,
    parts: HashMap<String, Part>,
    hundred_after_unit: Vec<String>,
}

static LEXICONS: [OnceLock<Lexicon>; 10] = [const { OnceLock::new() }; 10];

/// The words of the language `language` declares, if it is one of these; none where it
/// declares another or none.
pub fn lexicon_of(language: Language) -> Option<&'static Lexicon> {
    let at = LANGUAGES
        .iter()
        .position(|spellings| language.is_one_of(spellings.tags))?;
    Some(LEXICONS[at].get_or_init(|| Lexicon::of(LANGUAGES[at])))
}

/// The spellings `pattern` stands for: see [`Spellings`].
fn expand(pattern: &str) -> Vec<String> {
    match (pattern.find('{'), pattern.find('}')) {
        (Some(open), Some(close)) => pattern[open + 1..close]
            .split(',')
            .map(|form| format!("{}{form}{}", &pattern[..open], &pattern[close + 1..]))
            .collect(),
        _ => vec![pattern.to_string()],
    }
}

/// Every spelling of `spellings` with what it is, the forms of each pattern in turn.
fn spelled_parts(spellings: &Spellings) -> Vec<(String, Part)> {
    let mut out = Vec::new();
    let mut add = |patterns: &[&str], part: Part| {
        for pattern in patterns {
            out.extend(expand(pattern).into_iter().map(|form| (form, part)));
        }
    };
    add(spellings.one, Part::One);
    for (value, forms) in (2..).zip(spellings.units) {
        add(forms, Part::Unit(value));
    }
    for (value, forms) in (10..).zip(spellings.teens) {
        add(forms, Part::Teen(value));
    }
    for (tens, forms) in (2..).zip(spellings.tens) {
        add(forms, Part::Ten(tens * 10));
    }
    for (hundreds, forms) in (1..).zip(spellings.hundreds) {
        add(forms, Part::Hundred(hundreds * 100));
    }
    add(spellings.one_thousand, Part::OneThousand);
    add(spellings.thousands, Part::Thousand);
    if let Some((units, joint, units_first)) = spellings.joined {
        for (tens, forms) in (2..).zip(spellings.tens) {
            for ten in forms.iter().flat_map(|pattern| expand(pattern)) {
                for (unit, unit_form) in (1..).zip(units) {
                    let word = if units_first {
                        format!("{unit_form}{joint}{ten}")
                    } else {
                        format!("{ten}{joint}{unit_form}")
                    };
                    out.push((word, Part::TenAndUnit(tens * 10 + unit)));
                }
            }
        }
    }
    out
}

impl Lexicon {
    fn of(spellings: &'static Spellings) -> Lexicon {
        let mut parts = HashMap::new();
        for (form, part) in spelled_parts(spellings) {
            parts.entry(form).or_insert(part);
        }
        let hundred_after_unit = spellings
            .hundred_after_unit
            .iter()
            .flat_map(|pattern| expand(pattern))
            .collect();
        Lexicon {
            spellings,
            parts,
            hundred_after_unit,
        }
    }
}

/// A word of `text`: where it is, and its spelling lowercased with its apostrophe written
/// `'` (the Ukrainian `п'ять`, `п’ять`, `пʼять`).
struct Word {
    span: Range<usize>,
    lower: String,
}

/// Whether `c` is an apostrophe inside a word.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2bc}')
}

/// The word of letters (and apostrophes between them) at `start` of `text`.
fn word_at(text: &str, start: usize) -> Option<Word> {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inside_apostrophe = is_apostrophe(c)
            && end > start
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !c.is_alphabetic() && !inside_apostrophe {
            break;
        }
        end = start + at + c.len_utf8();
    }
    (end > start).then(|| Word {
        span: start..end,
        lower: text[start..end]
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .collect(),
    })
}

/// The word after the one ending at `end`, past one space.
fn word_after(text: &str, end: usize) -> Option<Word> {
    let rest = text[end..].strip_prefix([' ', '\u{a0}'])?;
    word_at(text, text.len() - rest.len())
}

/// The most words read for one number: a hundred, a ten, `и`, a unit, a thousand, then as
/// many again.
const MOST_WORDS: usize = 10;

/// A number below a thousand read from `words[at..]`: its value and how many words.
fn below_thousand(lexicon: &Lexicon, words: &[Word], at: usize) -> Option<(u32, usize)> {
    let part = |i: usize| -> Option<Part> { lexicon.parts.get(&words.get(i)?.lower).copied() };
    let joiner = |i: usize| {
        words
            .get(i)
            .is_some_and(|word| lexicon.spellings.and.contains(&word.lower.as_str()))
    };
    let mut value = 0;
    let mut i = at;
    // The hundreds: `сто`, `двести`, the Czech `tři sta`.
    match part(i) {
        Some(Part::Hundred(hundreds)) => {
            value = hundreds;
            i += 1;
        }
        Some(Part::Unit(unit))
            if words
                .get(i + 1)
                .is_some_and(|word| lexicon.hundred_after_unit.contains(&word.lower)) =>
        {
            value = unit * 100;
            i += 2;
        }
        _ => {}
    }
    // The rest, after `и` or `i` where the language writes one before its last word.
    let rest_at = |i: usize, value: u32| -> usize {
        if value > 0 && joiner(i) && part(i + 1).is_some() {
            i + 1
        } else {
            i
        }
    };
    let j = rest_at(i, value);
    match part(j) {
        Some(Part::Ten(tens)) => {
            value += tens;
            i = j + 1;
            let k = rest_at(i, value);
            match part(k) {
                Some(Part::Unit(unit)) => {
                    value += unit;
                    i = k + 1;
                }
                Some(Part::One) => {
                    value += 1;
                    i = k + 1;
                }
                _ => {}
            }
        }
        Some(Part::Teen(number) | Part::TenAndUnit(number) | Part::Unit(number)) => {
            value += number;
            i = j + 1;
        }
        Some(Part::One) => {
            value += 1;
            i = j + 1;
        }
        _ => {}
    }
    (value > 0).then_some((value, i - at))
}

/// A number read: its value, where its words are, and whether a thousand ends it with
/// nothing after it (`пять тысяч`), so that its figure is written as digits and a scale
/// word are.
pub struct Read {
    pub span: Range<usize>,
    pub value: u32,
    pub thousands: bool,
    /// Whether its words go on in a fraction or decimals not read (`два с половиной`):
    /// a number with no figure.
    pub unread: bool,
}

/// The number in words of `lexicon`'s language at `start` of `text`, a word start, if one
/// is there; `before_scale` tells whether a scale word follows at a given end, before
/// which the word for one is the number.
pub fn read(
    text: &str,
    start: usize,
    lexicon: &Lexicon,
    before_scale: impl Fn(usize) -> bool,
) -> Option<Read> {
    let first = word_at(text, start)?;
    lexicon.parts.get(&first.lower)?;
    // `двух-трёх`, `pięcio-`: joined to another word, no count of its own.
    if text[..start]
        .strip_suffix('-')
        .is_some_and(|before| before.ends_with(char::is_alphanumeric))
    {
        return None;
    }
    let mut words = vec![first];
    while words.len() < MOST_WORDS {
        let Some(next) = word_after(text, words[words.len() - 1].span.end) else {
            break;
        };
        let known = lexicon.parts.contains_key(&next.lower)
            || lexicon.spellings.and.contains(&next.lower.as_str())
            || lexicon.hundred_after_unit.contains(&next.lower);
        if !known {
            break;
        }
        words.push(next);
    }
    let part = |i: usize| words.get(i).and_then(|word| lexicon.parts.get(&word.lower));
    let (mut value, mut used) = match below_thousand(lexicon, &words, 0) {
        Some(found) => found,
        None if part(0) == Some(&Part::OneThousand) => (1000, 1),
        None => return None,
    };
    let mut thousands = value == 1000;
    if !thousands && matches!(part(used), Some(Part::Thousand | Part::OneThousand)) {
        value *= 1000;
        used += 1;
        thousands = true;
    }
    if thousands && let Some((rest, count)) = below_thousand(lexicon, &words, used) {
        value += rest;
        used += count;
    }
    let end = words[used - 1].span.end;
    if text[end..]
        .strip_prefix('-')
        .is_some_and(|after| after.starts_with(char::is_alphanumeric))
    {
        return None;
    }
    let unread = lexicon.spellings.unread_after.iter().any(|after| {
        text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.get(..after.len()))
            .is_some_and(|rest| rest.to_lowercase() == *after)
            && !super::alphanumeric_at(text, end + 1 + after.len())
    });
    if used == 1 && !unread && !stands_alone(text, &words[0], lexicon, &before_scale) {
        return None;
    }
    Some(Read {
        span: start..end,
        value,
        thousands: thousands && value % 1000 == 0,
        unread,
    })
}

/// Whether the one word `word`, with no other number word after it, is the number: the
/// word for one and the words that are other words too only where a number is meant (see
/// the module docs).
fn stands_alone(
    text: &str,
    word: &Word,
    lexicon: &Lexicon,
    before_scale: &impl Fn(usize) -> bool,
) -> bool {
    let spellings = lexicon.spellings;
    let next = word_after(text, word.span.end);
    if lexicon.parts.get(&word.lower) == Some(&Part::One) {
        return before_scale(word.span.end)
            || next.is_some_and(|next| spellings.of.contains(&next.lower.as_str()));
    }
    let Some(&(_, sense)) = spellings
        .other_senses
        .iter()
        .find(|(spelling, _)| *spelling == word.lower)
    else {
        return true;
    };
    match sense {
        Sense::Imperative(endings) => {
            let before = text[..word.span.start].trim_end_matches([
                ' ', '\u{a0}', '"', '\u{ab}', '\u{201e}', '\u{201c}', '(', '\u{2014}', '\u{2013}',
            ]);
            let opens_a_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
            !opens_a_sentence
                || next
                    .is_some_and(|next| endings.iter().any(|ending| next.lower.ends_with(ending)))
        }
        Sense::Table {
            before,
            endings,
            not_counted,
        } => {
            let word_before = text[..word.span.start].strip_suffix(' ').and_then(|rest| {
                let start = rest
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_alphabetic())
                    .last()?
                    .0;
                Some(rest[start..].to_lowercase())
            });
            before_scale(word.span.end)
                || word_before.is_some_and(|word| before.contains(&word.as_str()))
                || next.is_some_and(|next| {
                    text[next.span.clone()].starts_with(char::is_lowercase)
                        && next.lower.chars().count() >= 3
                        && endings.iter().any(|ending| next.lower.ends_with(ending))
                        && !not_counted.contains(&next.lower.as_str())
                })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value read at the start of `text` in an article in `tag`, none before a scale
    /// word.
    fn value(tag: &str, text: &str) -> Option<u32> {
        let lexicon = lexicon_of(Language::of(Some(tag)))?;
        read(text, 0, lexicon, |_| false)
            .filter(|read| !read.unread)
            .map(|read| read.value)
    }

    #[test]
    fn no_language_or_another_reads_none_of_them() {
        assert!(lexicon_of(Language::UNDECLARED).is_none());
        for tag in ["en", "fr", "gl", "de", "lt", "ro", "und"] {
            assert!(lexicon_of(Language::of(Some(tag))).is_none(), "{tag}");
        }
        // Declared, the words are read; not in another Slavic language's article, where the
        // same letters spell other words.
        assert_eq!(value("ru", "четыре района"), Some(4));
        assert_eq!(value("pl", "четыре района"), None);
        assert_eq!(value("cs", "cztery gminy"), None);
    }

    #[test]
    fn each_language_reads_its_units_teens_tens_and_hundreds_in_their_case_forms() {
        for (tag, text, expected) in [
            ("ru", "четыре", 4),
            ("ru", "четырёх", 4),
            ("ru", "четырех", 4),
            ("ru", "четырём", 4),
            ("ru", "четырьмя", 4),
            ("ru", "трёх", 3),
            ("ru", "тремя", 3),
            ("ru", "пяти", 5),
            ("ru", "пятью", 5),
            ("ru", "двадцати", 20),
            ("ru", "сорока", 40),
            ("ru", "ста", 100),
            ("ru", "двухсот", 200),
            ("ru", "двадцать пять", 25),
            ("ru", "сто двадцать", 120),
            ("ru", "ста двадцати трёх", 123),
            ("ru", "девятисот девяноста девяти", 999),
            ("ru", "двадцать один", 21),
            ("uk", "чотири", 4),
            ("uk", "п'ять", 5),
            ("uk", "п’ятьох", 5),
            ("uk", "п’ятьом", 5),
            ("uk", "двісті п'ятдесят", 250),
            ("be", "чатыры", 4),
            ("be", "пяцьдзесят тры", 53),
            ("pl", "cztery", 4),
            ("pl", "czterech", 4),
            ("pl", "czterem", 4),
            ("pl", "czterema", 4),
            ("pl", "czworo", 4),
            ("pl", "pięciu", 5),
            ("pl", "pięcioma", 5),
            ("pl", "dwa", 2),
            ("pl", "dwie", 2),
            ("pl", "dwóch", 2),
            ("pl", "dwoje", 2),
            ("pl", "troje", 3),
            ("pl", "trzech", 3),
            ("pl", "dwadzieścia trzy", 23),
            ("pl", "sto dwadzieścia", 120),
            ("pl", "pięciuset", 500),
            ("cs", "čtyři", 4),
            ("cs", "čtyř", 4),
            ("cs", "čtyřem", 4),
            ("cs", "čtyřmi", 4),
            ("cs", "dvě", 2),
            ("cs", "dvěma", 2),
            ("cs", "tří", 3),
            ("cs", "třemi", 3),
            ("cs", "pěti", 5),
            ("cs", "dvacet pět", 25),
            ("cs", "pětadvacet", 25),
            ("cs", "tři sta", 300),
            ("cs", "pět set dvacet", 520),
            ("cs", "dvě stě", 200),
            ("sk", "štyri", 4),
            ("sk", "dvadsaťpäť", 25),
            ("sk", "dvadsať päť", 25),
            ("sk", "päťsto", 500),
            ("bg", "четири", 4),
            ("bg", "двадесет и пет", 25),
            ("bg", "сто и двадесет", 120),
            ("bg", "четиристотин", 400),
            ("mk", "четири", 4),
            ("mk", "дваесет и пет", 25),
            ("mk", "триста", 300),
            ("sr", "četiri", 4),
            ("sr", "четири", 4),
            ("hr", "dvadeset pet", 25),
            ("hr", "dvadeset i pet", 25),
            ("bs", "petorica", 5),
            ("sl", "štiri", 4),
            ("sl", "petindvajset", 25),
            ("sl", "dvesto", 200),
        ] {
            let expected = (expected > 0).then_some(expected);
            assert_eq!(value(tag, text), expected, "{tag}: {text}");
        }
    }

    #[test]
    fn a_thousand_multiplies_the_number_before_it_and_adds_the_one_after_it() {
        for (tag, text, expected, scaled) in [
            ("ru", "пять тысяч", 5000, true),
            ("ru", "две тысячи пятьсот", 2500, false),
            ("ru", "тысяча человек", 1000, true),
            ("ru", "одна тысяча", 1000, true),
            ("ru", "двадцать одна тысяча", 21000, true),
            ("pl", "pięć tysięcy", 5000, true),
            ("pl", "tysiąc osób", 1000, true),
            ("pl", "dwa tysiące pięćset", 2500, false),
            ("cs", "pět tisíc", 5000, true),
            ("mk", "три илјади", 3000, true),
            ("bg", "две хиляди", 2000, true),
            ("sr", "три хиљаде петсто", 3500, false),
        ] {
            let lexicon = lexicon_of(Language::of(Some(tag))).unwrap();
            let read = read(text, 0, lexicon, |_| false).unwrap();
            assert_eq!(
                (read.value, read.thousands),
                (expected, scaled),
                "{tag}: {text}"
            );
        }
        // The plural thousand alone is "thousands".
        assert_eq!(value("ru", "тысячи людей"), None);
        assert_eq!(value("pl", "tysiące ludzi"), None);
        assert_eq!(value("hr", "hiljada ljudi"), None);
    }

    #[test]
    fn the_word_for_one_is_one_only_inside_a_number_before_a_scale_word_or_of() {
        for (tag, text) in [
            ("ru", "один человек"),
            ("ru", "одна школа"),
            ("pl", "jeden z nich"),
            ("cs", "jednou týdně"),
            ("bg", "една община"),
            ("mk", "еден ден"),
            ("sr", "jedan čovek"),
            ("sl", "en dan"),
        ] {
            let of = text.contains(" z ");
            assert_eq!(value(tag, text), of.then_some(1), "{tag}: {text}");
        }
        for (tag, text) in [
            ("ru", "один из районов"),
            ("uk", "один з районів"),
            ("cs", "jeden z okresů"),
            ("bg", "един от тях"),
            ("mk", "една од општините"),
            ("hr", "jedan od njih"),
        ] {
            assert_eq!(value(tag, text), Some(1), "{tag}: {text}");
        }
        let lexicon = lexicon_of(Language::of(Some("ru"))).unwrap();
        let before_million = read("один миллион", 0, lexicon, |at| {
            at == "один".len()
        });
        assert_eq!(before_million.map(|read| read.value), Some(1));
        // `семью` is "family", `jednou` "once".
        assert_eq!(value("ru", "семью"), None);
        assert_eq!(value("cs", "jednou"), None);
    }

    #[test]
    fn three_is_no_imperative_and_sto_no_table() {
        let lexicon = lexicon_of(Language::of(Some("ru"))).unwrap();
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            read(text, start, lexicon, |_| false).map(|read| read.value)
        };
        assert_eq!(at("Три человека погибли.", "Три"), Some(3));
        assert_eq!(at("Открыты три школы.", "три"), Some(3));
        assert_eq!(at("Три морковь на тёрке.", "Три"), None);
        assert_eq!(at("Готово. Три пятно сильнее.", "Три"), None);
        let serbian = lexicon_of(Language::of(Some("sr"))).unwrap();
        let at = |text: &str| {
            let start = text.find("sto").or_else(|| text.find("сто")).unwrap();
            read(text, start, serbian, |_| false).map(|read| read.value)
        };
        for (text, hundred) in [
            ("poginulo je sto ljudi", true),
            ("oko sto", true),
            ("preko sto kuća", true),
            ("sto dvadeset", true),
            ("сто година", true),
            ("stavio je knjigu na sto", false),
            ("sto je bio pun", false),
            ("kupio je sto koji", false),
            ("сто је био пун", false),
        ] {
            assert_eq!(
                at(text),
                hundred.then_some(if text.contains("dvadeset") { 120 } else { 100 }),
                "{text}"
            );
        }
        // In Polish, Czech and Bulgarian `sto`, `сто` is only a hundred.
        assert_eq!(value("pl", "sto osób"), Some(100));
        assert_eq!(value("cs", "sto lidí"), Some(100));
        assert_eq!(value("bg", "сто души"), Some(100));
    }

    #[test]
    fn a_number_joined_to_a_word_or_going_on_in_a_half_is_no_figure() {
        let lexicon = lexicon_of(Language::of(Some("ru"))).unwrap();
        assert!(read("двух-трёх", 0, lexicon, |_| false).is_none());
        assert!(read("пяти-", 0, lexicon, |_| true).is_some());
        let half = read("два с половиной миллиона", 0, lexicon, |_| false).unwrap();
        assert!(half.unread);
        let polish = lexicon_of(Language::of(Some("pl"))).unwrap();
        assert!(read("dwa i pół", 0, polish, |_| false).unwrap().unread);
        assert!(!read("dwa i półtora", 0, polish, |_| false).unwrap().unread);
    }

    #[test]
    fn no_spelling_is_two_parts_of_a_number() {
        for spellings in LANGUAGES {
            let mut seen: HashMap<String, Part> = HashMap::new();
            for (form, part) in spelled_parts(spellings) {
                if let Some(before) = seen.insert(form.clone(), part) {
                    assert_eq!(before, part, "{:?}: `{form}`", spellings.tags);
                }
            }
        }
    }
}
