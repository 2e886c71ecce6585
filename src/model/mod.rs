//! The validated project: sources, claims and entities, with every field's location kept
//! so that findings can point at the exact YAML node.

mod around;
mod claims;
mod names;
mod nesting;
pub mod resolve;

use hashbrown::HashTable;
use std::sync::{Arc, OnceLock};

use crate::codes::Code;
use crate::date::{Date, Period};
use crate::diagnostic::{Located, Location};
use crate::files::{FileId, Files};
use crate::hashing::HashMap;
use crate::intern::Name;
use crate::quantity::{DecimalMark, Interval, Quantity};
use crate::suggest::SuggestionIndex;
pub use around::{AROUND_CHARS, AROUND_LOOKUPS, NameAround};
pub use claims::{ClaimRun, Claims};
pub use names::{NameIndex, NameShard, Named};
pub use nesting::Nesting;
pub use resolve::{Resolution, Resolver};

/// Index of a source in [`Project::sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceId(pub u32);
/// Index of a claim in [`Project::claims`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimId(pub u32);
/// Index of an entity in [`Entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// One document claims are drawn from.
#[derive(Clone, Debug)]
pub struct Source {
    /// The source's whole entry in its sources file, where its problems are reported.
    pub entry: Location,
    pub id: Located<String>,
    /// `None` when missing or unreadable (reported when loading); so for `published` and
    /// `text_path`: a source with a valid id exists, and its claims are checked against
    /// what can be checked.
    pub title: Option<Located<String>>,
    pub publisher: Option<Located<String>>,
    pub published: Option<Located<Date>>,
    pub place: Option<Located<String>>,
    pub url: Option<Located<String>>,
    /// The `text:` path as written.
    pub text_path: Option<Located<String>>,
    /// The article text, when it could be read.
    pub text: Option<FileId>,
    /// How the article writes decimals, when its source says (`decimal_mark:`): read before
    /// what the article's own figures tell.
    pub decimal_mark: Option<Located<DecimalMark>>,
    /// The article's language as its source declares it (`language:`, a BCP 47 tag such as
    /// `it` or `pt-BR`), when it does and the tag is well formed.
    pub language: Option<Located<String>>,
    pub note: Option<Located<String>>,
}

impl Source {
    /// The article's declared language tag (`language:`), when it has one.
    pub fn language_tag(&self) -> Option<&str> {
        self.language
            .as_ref()
            .map(|language| language.value.as_str())
    }

    /// Whether the article is in English as far as its source says: it declares no
    /// `language:`, or an English one (`en`, `en-GB`). Messages count a unit of an article
    /// in another language as written rather than in an English plural.
    pub fn writes_english(&self) -> bool {
        self.language_tag().is_none_or(|language| {
            let primary = language.split('-').next().unwrap_or_default();
            // `eng`, the three-letter code, where BCP 47 writes `en`.
            primary.eq_ignore_ascii_case("en") || primary.eq_ignore_ascii_case("eng")
        })
    }

    /// The title to show for the source: its `title:`, or its id when the title is missing
    /// or unreadable.
    pub fn display_title(&self) -> &str {
        self.title
            .as_ref()
            .map_or(&self.id.value, |title| &title.value)
    }
}

/// Whether a claim's member list names every member or only some ("including ...").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    Exhaustive,
    Partial,
}

impl Listing {
    pub fn as_str(self) -> &'static str {
        match self {
            Listing::Exhaustive => "exhaustive",
            Listing::Partial => "partial",
        }
    }
}

/// What a written name stands for when claims are grouped or lists compared: the entity it
/// resolves to (so "Tibet" and "Xizang" are one), else the name as written; a subject that
/// could name several entities stands for itself alone, at its place in the YAML: two
/// claims about `Portland` may be about two Portlands, and are not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKey<'a> {
    Entity(EntityId),
    Name(&'a str),
    Unsettled(&'a str, FileId, usize),
}

/// One name in a claim's member list.
#[derive(Clone, Debug)]
pub struct Member {
    pub name: Located<Name>,
    /// The entity the name resolves to, through its canonical name or an alias; for a name
    /// that resolves to none and that the member check found to misspell a place its quote
    /// lists, that place ([`Claim::set_misspelt_member`]).
    pub entity: Option<EntityId>,
}

/// One reported fact.
#[derive(Clone, Debug)]
pub struct Claim {
    pub id: Located<String>,
    pub source: SourceId,
    /// Where the source was named: the claim's own `source:` or its file's.
    pub source_ref: Location,
    pub quote: Located<Box<str>>,
    pub subject: Located<Name>,
    pub subject_entity: Option<EntityId>,
    /// The subject could name several entities and nothing settles which (CC024): the claim
    /// is then the same as no other by its subject ([`Claim::subject_key`]).
    pub subject_ambiguous: bool,
    /// Whether messages count the claim's unit in its English plural rather than as written
    /// ([`Claim::counted`]): its article is in English as its source says
    /// ([`Source::writes_english`]), or its unit is an English word (set while linking).
    pub unit_in_english: bool,
    pub metric: Located<Name>,
    /// The date the claim speaks of: `as_of:` or else the source's publication date.
    pub as_of: Date,
    /// Where `as_of:` was written; `None` when it defaults to the source's date.
    pub as_of_at: Option<Location>,
    pub value: Option<Located<Quantity>>,
    /// A `value:` was written but could not be read (reported as CC015): rules that need
    /// the figure skip the claim instead of reporting it again.
    pub value_unreadable: bool,
    /// The unit, singular: `county`, `yuan`; `percent` for percentages.
    pub unit: Option<Located<Name>>,
    /// The `members:` list, when written: boxed, as most claims have none.
    pub member_list: Option<Box<MemberList>>,
    pub listing: Listing,
    /// The fields few claims write; `None` when it has none of them.
    pub rare: Option<Box<RareFields>>,
    /// The whole claim entry.
    pub at: Location,
    /// Where the quote stands in the source's text (a span of the file `Source::text`),
    /// once the citation check has found it; `None` before, or when it is not found.
    pub passage: Option<Location>,
}

/// The fields of a claim that few claims write, kept apart: a claim without any of them
/// spends 8 bytes on them instead of 130 (at a million claims, 120 MB).
#[derive(Clone, Debug, Default)]
pub struct RareFields {
    pub period: Option<Located<Period>>,
    pub status: Option<Located<Name>>,
    pub note: Option<Located<String>>,
    /// Codes this claim silences for itself, each with a reason.
    pub allow: Vec<Allow>,
    /// The figure of the quote that states the value, when it is written to another
    /// precision than `value:` (`1.2 million` for `value: 1,200,000`, `1.500 millones` for
    /// `value: 1.5 billion`): set by the value check, and what the rules read
    /// ([`Claim::figure`]), since the claim reports what its article says.
    pub as_quoted: Option<Box<Quantity>>,
    /// The members (by their place in `members:`) that the member check found to misspell
    /// a place the quote lists, and that the rules read as that place (their `entity`), as
    /// CC203 says: set by the member check.
    pub misspelt_members: Vec<u32>,
}

impl RareFields {
    /// The fields boxed, or `None` when there are none.
    pub fn boxed(self) -> Option<Box<RareFields>> {
        let any = self.period.is_some()
            || self.status.is_some()
            || self.note.is_some()
            || !self.allow.is_empty()
            || self.as_quoted.is_some()
            || !self.misspelt_members.is_empty();
        any.then(|| Box::new(self))
    }
}

/// A claim's `members:`: the names and the list node.
#[derive(Clone, Debug)]
pub struct MemberList {
    pub members: Vec<Member>,
    pub at: Location,
}

/// One `allow:` entry of a claim or a rule: a code it silences for itself, and why.
#[derive(Clone, Debug)]
pub struct Allow {
    pub code: Located<Code>,
    pub reason: Located<String>,
}

impl Member {
    /// What this member is the same as another by.
    pub fn key(&self) -> NameKey<'_> {
        match self.entity {
            Some(entity) => NameKey::Entity(entity),
            None => NameKey::Name(&self.name.value),
        }
    }
}

impl Claim {
    /// The names `members:` lists; empty when it is not written.
    pub fn members(&self) -> &[Member] {
        self.member_list.as_ref().map_or(&[], |list| &list.members)
    }

    /// The `members:` list node, when written.
    pub fn members_at(&self) -> Option<Location> {
        self.member_list.as_ref().map(|list| list.at)
    }
    /// The period a figure covers, when `period:` is written.
    pub fn period(&self) -> Option<&Located<Period>> {
        self.rare.as_ref()?.period.as_ref()
    }

    /// When the claim speaks of, as the rules place it in time: its `period:` when it has
    /// one, whatever its `as_of:` (the span the figure covers, where `as_of:` may be the day
    /// it was counted or reported), else the one day of its `as_of` (its source's date when
    /// it has none). Agreement groups by it, disjoint lists must share it, and series order
    /// by it ([`Period::before`]).
    pub fn dated(&self) -> Period {
        self.period()
            .map_or_else(|| Period::day(self.as_of), |period| period.value)
    }

    /// The dated status word, when `status:` is written.
    pub fn status(&self) -> Option<&Located<Name>> {
        self.rare.as_ref()?.status.as_ref()
    }

    /// The note for reviewers, when `note:` is written.
    pub fn note(&self) -> Option<&Located<String>> {
        self.rare.as_ref()?.note.as_ref()
    }

    /// The codes this claim silences for itself.
    pub fn allow(&self) -> &[Allow] {
        self.rare.as_ref().map_or(&[], |rare| &rare.allow)
    }
    /// What this claim's subject is the same as another's by.
    pub fn subject_key(&self) -> NameKey<'_> {
        match self.subject_entity {
            Some(entity) => NameKey::Entity(entity),
            None if self.subject_ambiguous => NameKey::Unsettled(
                &self.subject.value,
                self.subject.at.file,
                self.subject.at.span().start,
            ),
            None => NameKey::Name(&self.subject.value),
        }
    }

    /// The figure of the quote that states the value to another precision than `value:`
    /// writes it, once the value check has read the quote ([`RareFields::as_quoted`]).
    pub fn as_quoted(&self) -> Option<&Quantity> {
        self.rare.as_ref()?.as_quoted.as_deref()
    }

    /// Records the figure of the quote that states the value to another precision.
    pub fn set_as_quoted(&mut self, figure: Box<Quantity>) {
        self.rare.get_or_insert_with(Box::default).as_quoted = Some(figure);
    }

    /// Records that member `index` misspells `place`, a place the quote lists: the rules
    /// read it as that place ([`RareFields::misspelt_members`]).
    pub fn set_misspelt_member(&mut self, index: usize, place: EntityId) {
        let Some(member) = self
            .member_list
            .as_mut()
            .and_then(|list| list.members.get_mut(index))
        else {
            return;
        };
        member.entity = Some(place);
        let rare = self.rare.get_or_insert_with(Box::default);
        rare.misspelt_members.extend(u32::try_from(index).ok());
    }

    /// The name of member `index` as a rule's finding names it: as `members:` writes it,
    /// or the name of the place a misspelt member is read as (`Coyuca` for `Coyca`).
    pub fn member_name<'a>(&'a self, index: usize, entities: &'a Entities) -> &'a str {
        let member = &self.members()[index];
        let misspelt = self.rare.as_ref().is_some_and(|rare| {
            u32::try_from(index).is_ok_and(|index| rare.misspelt_members.contains(&index))
        });
        match member.entity {
            Some(place) if misspelt => &entities.get(place).name.value,
            _ => &member.name.value,
        }
    }

    /// The figure the rules read: the quote's, when it states the value to another
    /// precision than `value:` writes it ([`Claim::as_quoted`]), else the value's. The claim
    /// reports what its article says: `value: 1,200,000` quoting "1.2 million" stands for
    /// what 1.2 million does, and `value: 1.5 billion` quoting "1.500 millones" for what
    /// 1,500 million does.
    pub fn figure(&self) -> Option<&Quantity> {
        let value = &self.value.as_ref()?.value;
        Some(self.as_quoted().unwrap_or(value))
    }

    /// Whether the figure is a count of things written to the unit (`17` counties, `"7,993"`
    /// villages, `three` agencies): such a figure names exactly that number. A measured
    /// quantity (an area, a length, money, a duration, a rate) is never exact, however it
    /// is written: `468` km2 is a rounded area.
    pub fn is_exact_count(&self) -> bool {
        self.figure()
            .is_some_and(|figure| self.counts_exactly(figure))
    }

    /// Whether `figure`, written for this claim (its value, or its quote's figure), names
    /// exactly its number: a count of things written to the unit, not a measured quantity.
    pub fn counts_exactly(&self, figure: &Quantity) -> bool {
        figure.is_exact_count()
            && !self
                .unit_name()
                .is_some_and(crate::quantity::is_measure_unit)
    }

    /// The one reading of the claim's figure that every rule kind compares: exactly the
    /// number for an exact count ([`Claim::is_exact_count`]), else the rounding interval of
    /// [`Claim::figure`].
    pub fn reading(&self) -> Option<Interval> {
        let figure = self.figure()?;
        Some(if self.is_exact_count() {
            Interval::exact(figure.value)
        } else {
            figure.interval
        })
    }

    /// [`Claim::reading`] in words for messages: `exactly 7,993`, `[3,285,000, 3,295,000)`.
    pub fn reading_in_words(&self) -> String {
        match (&self.value, self.reading()) {
            (Some(value), _) if self.is_exact_count() => format!(
                "exactly {}",
                crate::quantity::with_separators(&value.value.value.normalize().to_string())
            ),
            (_, Some(interval)) => interval.grouped(),
            _ => String::new(),
        }
    }

    /// The unit as compared between claims: a percentage's unit is `percent` even when
    /// the author left `unit:` out.
    pub fn unit_name(&self) -> Option<&str> {
        match (&self.unit, &self.value) {
            (Some(unit), _) => Some(&*unit.value),
            (None, Some(value)) if value.value.is_percent => Some("percent"),
            _ => None,
        }
    }

    /// `unit` as a message counts it for this claim: in the plural for an article in
    /// English ("17 counties"), as written for one its source declares in another language
    /// ("13 vittima", where English would write "vittimas").
    pub fn counted(&self, unit: &str) -> String {
        crate::words::unit_plural(unit, self.unit_in_english)
    }
}

/// What sort of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Country,
    State,
    Province,
    Region,
    AutonomousRegion,
    Territory,
    Municipality,
    Prefecture,
    Department,
    City,
    County,
    District,
    Borough,
    Township,
    Town,
    Village,
    Ward,
    Person,
    Organization,
}

impl EntityKind {
    pub const ALL: &'static [EntityKind] = &[
        EntityKind::Country,
        EntityKind::State,
        EntityKind::Province,
        EntityKind::Region,
        EntityKind::AutonomousRegion,
        EntityKind::Territory,
        EntityKind::Municipality,
        EntityKind::Prefecture,
        EntityKind::Department,
        EntityKind::City,
        EntityKind::County,
        EntityKind::District,
        EntityKind::Borough,
        EntityKind::Township,
        EntityKind::Town,
        EntityKind::Village,
        EntityKind::Ward,
        EntityKind::Person,
        EntityKind::Organization,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::State => "state",
            EntityKind::Province => "province",
            EntityKind::Region => "region",
            EntityKind::AutonomousRegion => "autonomous-region",
            EntityKind::Territory => "territory",
            EntityKind::Municipality => "municipality",
            EntityKind::Prefecture => "prefecture",
            EntityKind::Department => "department",
            EntityKind::City => "city",
            EntityKind::County => "county",
            EntityKind::District => "district",
            EntityKind::Borough => "borough",
            EntityKind::Township => "township",
            EntityKind::Town => "town",
            EntityKind::Village => "village",
            EntityKind::Ward => "ward",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        }
    }

    /// Whether the kind is a place (not a person or an organization).
    pub fn is_place(self) -> bool {
        !matches!(self, EntityKind::Person | EntityKind::Organization)
    }

    /// The kind in running text: "a province", "an autonomous region".
    pub fn with_article(self) -> String {
        crate::words::with_article(&self.as_str().replace('-', " "))
    }

    pub fn parse(text: &str) -> Option<EntityKind> {
        EntityKind::ALL.iter().copied().find(|k| k.as_str() == text)
    }

    /// The entity kinds a unit word counts. Chinese reporting counts "provinces,
    /// autonomous regions, and municipalities" together as provinces, and districts with
    /// counties; a municipality (Beijing, Shanghai) is a city too. `None` when the unit is not a kind of place (yuan, person, project...).
    pub fn counted_by_unit(unit: &str) -> Option<&'static [EntityKind]> {
        use EntityKind::*;
        Some(match unit {
            "country" => &[Country],
            "state" => &[State],
            "province" => &[Province, AutonomousRegion, Municipality],
            "autonomous region" | "autonomous-region" => &[AutonomousRegion],
            "municipality" => &[Municipality],
            "region" => &[Region],
            "territory" => &[Territory],
            "department" => &[Department],
            "prefecture" => &[Prefecture],
            "city" => &[City, Prefecture, Municipality],
            "county" | "district" => &[County, District],
            "borough" => &[Borough],
            "township" | "town" => &[Township, Town],
            "village" => &[Village],
            "ward" => &[Ward],
            _ => return Self::counted_in_another_language(unit),
        })
    }

    /// The kinds of place `unit` counts when it names one in another language, as a claim
    /// encodes its article's unit (`comune`, `município`, `Gemeinde`, `provincia`), in any
    /// case. A municipality in these languages is any place with a council of its own,
    /// whatever its size (a French commune may be a city or a village), so it counts the
    /// cities, towns and villages a registry may call them. Not the words that name two
    /// kinds (`paese`, a country or a village; the German `Land`).
    fn counted_in_another_language(unit: &str) -> Option<&'static [EntityKind]> {
        use EntityKind::*;
        const IN_OTHER_LANGUAGES: &[(&[&str], &[EntityKind])] = &[
            (
                &[
                    "município",
                    "municipio",
                    "comune",
                    "commune",
                    "gemeinde",
                    "gemeente",
                    "gmina",
                    "concelho",
                ],
                &[Municipality, City, Town, Township, Village],
            ),
            (
                &["provincia", "província", "provinz", "provincie"],
                &[Province, AutonomousRegion, Municipality],
            ),
            (&["regione", "região", "región", "région"], &[Region]),
            (&["estado", "bundesland"], &[State]),
            (
                &[
                    "condado",
                    "contea",
                    "comté",
                    "landkreis",
                    "distrito",
                    "distretto",
                    "bezirk",
                ],
                &[County, District],
            ),
            (
                &["departamento", "dipartimento", "département"],
                &[Department],
            ),
            (
                &["cidade", "ciudad", "città", "ville", "stadt"],
                &[City, Town, Prefecture, Municipality],
            ),
            (
                &["aldeia", "aldea", "villaggio", "dorf", "dorp"],
                &[Village],
            ),
            (&["país", "pays"], &[Country]),
        ];
        // Asked of every unit that is none of the English ones: most are not places, and
        // a word of another length is none of these.
        let same = |name: &str| {
            name.len().abs_diff(unit.len()) <= 2
                && name.chars().eq(unit.chars().flat_map(char::to_lowercase))
        };
        IN_OTHER_LANGUAGES
            .iter()
            .find(|(names, _)| names.iter().any(|name| same(name)))
            .map(|(_, kinds)| *kinds)
    }

    /// Every unit that counts kinds of place (see [`EntityKind::counted_by_unit`]).
    pub const COUNTING_UNITS: &'static [&'static str] = &[
        "country",
        "state",
        "province",
        "autonomous region",
        "municipality",
        "region",
        "territory",
        "department",
        "prefecture",
        "city",
        "county",
        "district",
        "borough",
        "town",
        "village",
        "ward",
    ];

    /// The units of place that the unit check knows in any project, to tell the unit a
    /// quote gives a figure when it is not the claim's ([`crate::citation::unit`]). Not the
    /// words with other common senses ("27 member states", "3 departments", "2 wards"),
    /// which the check learns only from a project whose claims count them.
    pub const PLACE_UNITS: &'static [&'static str] = &[
        "country",
        "province",
        "prefecture",
        "city",
        "county",
        "town",
        "village",
    ];

    /// Whether two kinds of place are one level: the same kind, or kinds one unit counts
    /// together (a province, an autonomous region and a municipality). A place does not
    /// lie within a place of its own level, and a list is of one level.
    pub fn same_level(self, other: EntityKind) -> bool {
        self == other
            || EntityKind::COUNTING_UNITS
                .iter()
                .filter_map(|unit| EntityKind::counted_by_unit(unit))
                .any(|kinds| kinds.contains(&self) && kinds.contains(&other))
    }
}

/// A named thing: a country, a province, a county, a person.
#[derive(Clone, Debug)]
pub struct Entity {
    pub name: Located<String>,
    pub kind: Located<EntityKind>,
    pub parent: Option<Located<String>>,
    pub parent_entity: Option<EntityId>,
    pub aliases: Vec<Located<String>>,
}

/// The entity registry, with every name and alias indexed by its [`name_key`]. Places may
/// share a name under different parents (a `Central` region in Ghana and in Botswana): a
/// name indexes every entity it names, and [`resolve`] tells them apart by context.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    items: Vec<Entity>,
    /// Name key -> the entities of that name or alias, in registry order.
    by_name: NameIndex,
    /// What the names are like, to find a name around another cheaply
    /// ([`Entities::names_around`]).
    shapes: around::NameShapes,
    /// Parent -> name -> the entities of that name directly within it, split into shards by
    /// the parent ([`Entities::parent_shard`]) so that they are built at once.
    children: Vec<HashMap<EntityId, HashMap<String, Vec<EntityId>>>>,
    /// Where each entity lies in the tree of `parent:` links, built once they are final
    /// ([`Entities::index_nesting`]) or when first asked for ([`Entities::nesting`]), and
    /// dropped on any change.
    nesting: OnceLock<Nesting>,
    /// Every name and alias, indexed for "did you mean" on the first unknown name.
    suggestions: OnceLock<Arc<SuggestionIndex>>,
    /// Set for a run that reports no unknown name (CC022 turned off): nobody reads their
    /// help, so [`Entities::did_you_mean`] neither builds the index nor searches it.
    without_suggestions: bool,
    /// What of the registry did not load, so that a name it may hold is not reported as
    /// unknown ([`Entities::did_not_load`]).
    not_loaded: NotLoaded,
}

/// The part of the registry that did not load.
#[derive(Clone, Debug, Default)]
pub struct NotLoaded {
    /// The [`name_key`]s of the names and aliases of entities written but left out for
    /// their own errors (a `kind:` that does not read).
    pub names: crate::hashing::HashSet<String>,
    /// Whether an entities file did not load whole (unreadable, not YAML, or an entity
    /// without a name that reads): any name may be in what was lost.
    pub files_lost: bool,
}

/// What two spellings of a name are compared by: the [normalized](crate::normalize) name,
/// so that `Ra's al Khaymah` and `Ra’s al Khaymah`, or a name in composed and in decomposed
/// form, are one name.
pub fn name_key(name: &str) -> String {
    crate::normalize::normalize(name)
}

impl Entities {
    /// How many shards the index of children is split into.
    pub const SHARDS: usize = 64;

    /// The keyed hash of a [`name_key`] in the name index: [`NameIndex::shard`] of it is
    /// the shard of the name index that holds the key.
    pub fn name_hash(&self, key: &str) -> u64 {
        self.by_name.hash(key)
    }

    /// An empty shard of this registry's name index, with room for `names` names.
    pub fn new_name_shard(&self, names: usize) -> NameShard {
        self.by_name.new_shard(names)
    }

    /// Which shard of the index of children holds the entities directly within `parent`.
    fn parent_shard(parent: EntityId) -> usize {
        parent.0 as usize % Self::SHARDS
    }

    /// The entities of name or alias `key` (a [`name_key`]), in registry order.
    fn ids_named(&self, key: &str) -> Option<&[EntityId]> {
        self.by_name.get(key)
    }

    /// Adds an entity under its name and aliases. Duplicates (one name twice under one
    /// parent) are the loader's to refuse.
    pub fn push(&mut self, entity: Entity) -> EntityId {
        let id = EntityId(u32::try_from(self.items.len()).expect("fewer than 4 billion entities"));
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let key = name_key(&name.value);
            self.shapes.add(&key);
            self.by_name.add(&key, id);
        }
        self.items.push(entity);
        // A name added after a query would be missing from the index: build it afresh.
        self.suggestions = OnceLock::new();
        self.nesting = OnceLock::new();
        id
    }

    /// Takes a whole registry at once: its entities in order, and its name index built
    /// shard by shard (each from [`Entities::new_name_shard`], holding the keys of its
    /// [`NameIndex::shard`]), each name's entities in registry order. The parents are to be
    /// linked and indexed after.
    pub fn set_registry(&mut self, items: Vec<Entity>, by_name: Vec<NameShard>) {
        self.items = items;
        self.by_name.set_shards(by_name);
        self.shapes = around::NameShapes::of_index(&self.by_name);
        self.children = Vec::new();
        self.suggestions = OnceLock::new();
        self.nesting = OnceLock::new();
    }

    /// Sets each `(entity, parent)` link, on rayon's pool. `links` is in ascending order of
    /// entity, each entity once (a later link of one entity is not set).
    pub fn set_parents(&mut self, links: &[(EntityId, EntityId)]) {
        use rayon::prelude::*;
        let (Some(&(first, _)), Some(&(last, _))) = (links.first(), links.last()) else {
            return;
        };
        self.nesting = OnceLock::new();
        let Some(items) = self.items.get_mut(first.0 as usize..=last.0 as usize) else {
            return;
        };
        items
            .par_iter_mut()
            .enumerate()
            .for_each(|(offset, entity)| {
                let id = first.0 + offset as u32;
                let at = links.partition_point(|&(of, _)| of.0 < id);
                if let Some(&(of, parent)) = links.get(at)
                    && of.0 == id
                {
                    entity.parent_entity = Some(parent);
                }
            });
    }

    pub fn get(&self, id: EntityId) -> &Entity {
        &self.items[id.0 as usize]
    }

    /// Whether `place` lies within `area` by its `parent:` chain (a place is not within
    /// itself).
    pub fn is_within(&self, place: EntityId, area: EntityId) -> bool {
        self.levels_below(place, area).is_some()
    }

    /// How many `parent:` links lead up from `place` to `area` (1 for its parent), if any:
    /// two comparisons once the links are final ([`Entities::index_nesting`]), else a walk
    /// up the chain, bounded by the registry's size so that a cycle not yet cut cannot
    /// loop.
    pub fn levels_below(&self, place: EntityId, area: EntityId) -> Option<usize> {
        if let Some(nesting) = self.nesting.get() {
            return nesting.levels_below(place, area);
        }
        let mut next = self.get(place).parent_entity;
        for level in 1..=self.len() {
            let parent = next?;
            if parent == area {
                return Some(level);
            }
            next = self.get(parent).parent_entity;
        }
        None
    }

    /// Numbers the places in the tree of their final `parent:` links (cycles cut), so that
    /// whether one lies within another no longer walks the chain between them.
    pub fn index_nesting(&mut self) {
        // Afresh: one built on first asking may have seen links since changed.
        self.nesting = OnceLock::new();
        self.nesting();
    }

    /// Whether `id` has a parent: from the compact numbering once it is built, so that a
    /// question about thousands of homonyms reads an array, not each entity.
    pub fn has_parent(&self, id: EntityId) -> bool {
        match self.nesting.get() {
            Some(nesting) => !nesting.is_top(id),
            None => self.get(id).parent_entity.is_some(),
        }
    }

    /// Where each entity lies in the tree of `parent:` links, numbered on first asking.
    pub fn nesting(&self) -> &Nesting {
        self.nesting.get_or_init(|| {
            let parents: Vec<Option<EntityId>> = self
                .items
                .iter()
                .map(|entity| entity.parent_entity)
                .collect();
            Nesting::new(&parents)
        })
    }

    pub fn get_mut(&mut self, id: EntityId) -> &mut Entity {
        // The caller may change its parent.
        self.nesting = OnceLock::new();
        &mut self.items[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (EntityId, &Entity)> {
        self.items
            .iter()
            .enumerate()
            .map(|(i, e)| (EntityId(i as u32), e))
    }

    /// The registered name or alias closest to `name`, for "did you mean"; none after
    /// [`Entities::leave_out_suggestions`].
    pub fn did_you_mean(&self, name: &str) -> Option<&str> {
        if self.without_suggestions {
            return None;
        }
        let index = self
            .suggestions
            .get_or_init(|| Arc::new(SuggestionIndex::new(self.names())));
        index.closest(name)
    }

    /// Every name and alias as written.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.items.iter().flat_map(|entity| {
            std::iter::once(entity.name.value.as_str())
                .chain(entity.aliases.iter().map(|alias| alias.value.as_str()))
        })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Makes [`Entities::did_you_mean`] answer nothing, for a run that shows no "did you
    /// mean" about an entity.
    pub fn leave_out_suggestions(&mut self) {
        self.without_suggestions = true;
    }

    /// Records what of the registry did not load.
    pub fn set_not_loaded(&mut self, not_loaded: NotLoaded) {
        self.not_loaded = not_loaded;
    }

    /// Whether `name` is the name or an alias of an entity written in the registry but left
    /// out for its own errors: the claims that name it are not told it does not exist, since
    /// the entity's error is the finding.
    pub fn did_not_load(&self, name: &str) -> bool {
        !self.not_loaded.names.is_empty() && self.not_loaded.names.contains(&name_key(name))
    }

    /// Whether part of an entities file was lost, so that any unknown name may be in it.
    pub fn lost_part(&self) -> bool {
        self.not_loaded.files_lost
    }
}

/// Claim ids to claims, split into shards by a keyed hash of the id (keyed at random, like
/// a `HashMap`'s, so that ids cannot be chosen to collide), so that linking builds every
/// shard at once on rayon's pool.
///
/// The tables hold only claim numbers, 4 bytes an entry: the id a number stands for is
/// read from the claim itself, so no id is copied into the index (at a million claims, a
/// `HashMap<String, ClaimId>` cost about 100 MB, this about 10).
#[derive(Debug, Default)]
pub struct ClaimIds {
    hasher: crate::hashing::RandomState,
    shards: Vec<HashTable<ClaimId>>,
}

impl ClaimIds {
    pub const SHARDS: usize = 64;

    /// The keyed hash of `id` that both picks its shard and places it there.
    pub fn hash(&self, id: &str) -> u64 {
        use std::hash::BuildHasher;
        self.hasher.hash_one(id)
    }

    /// Which shard holds the id of this [`ClaimIds::hash`]: below [`ClaimIds::SHARDS`].
    /// Taken from bits the tables do not place entries by (they use the lowest bits and
    /// the top seven), so that a shard's entries spread over its whole table.
    pub fn shard(hash: u64) -> usize {
        ((hash >> 32) % Self::SHARDS as u64) as usize
    }

    /// Takes the shards built for this index: each entry in the shard of its id's hash,
    /// placed by that hash.
    pub fn set_shards(&mut self, shards: Vec<HashTable<ClaimId>>) {
        debug_assert_eq!(shards.len(), Self::SHARDS);
        self.shards = shards;
    }

    /// The claim of `claims` whose id is `id`.
    pub fn get(&self, id: &str, claims: &Claims) -> Option<ClaimId> {
        let hash = self.hash(id);
        self.shards
            .get(Self::shard(hash))?
            .find(hash, |claim| {
                claims
                    .get(claim.0 as usize)
                    .is_some_and(|claim| claim.id.value == id)
            })
            .copied()
    }

    pub fn len(&self) -> usize {
        self.shards.iter().map(HashTable::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A claim written but not loaded: where its `id:` is, and why it was left out.
#[derive(Clone, Debug)]
pub struct Rejected {
    pub at: Location,
    pub why: WhyRejected,
}

/// Why a claim was left out, for the rules that name it to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WhyRejected {
    /// Its own fields have errors, reported on it.
    OwnErrors,
    /// Its file is not valid YAML (reported there): nothing in the file loads.
    FileNotParsed,
    /// Its file is not UTF-8 text (reported there): nothing in the file loads.
    FileNotUtf8,
    /// It cites a source that is not declared, or whose declaration did not load.
    UnknownSource(String),
    /// Its source's publication date could not be read, and it has no `as_of:` of its
    /// own: it cannot be placed in time.
    UndatedSource(String),
}

/// A claim written but not loaded (for errors of its own, a source it cannot be dated by,
/// or an id already used) that cites a source which loaded, with a quote: its errors show
/// what the article says, as a loaded claim's do, once the quote is found there.
#[derive(Clone, Debug)]
pub struct LeftOut {
    /// The claim's entry in its file.
    pub at: Location,
    pub source: SourceId,
    pub quote: Located<Box<str>>,
    /// Where the quote stands in the article, once found ([`crate::citation`]).
    pub passage: Option<Location>,
}

/// Metrics and status words written several ways, by their text as compared, and the
/// spelling each is read as.
#[derive(Debug, Default)]
pub struct Respelt {
    pub metrics: HashMap<String, Name>,
    pub statuses: HashMap<String, Name>,
}

/// Where a claim's entry begins and ends in its file, and the claim.
type ClaimEntry = (u32, u32, ClaimId);

/// Everything a run loaded and validated.
#[derive(Debug, Default)]
pub struct Project {
    pub files: Files,
    pub sources: Vec<Source>,
    pub claims: Claims,
    /// The spelling a metric or status word written several ways is read as
    /// (`load::spellings`), by its text as compared: a rule's `select:` that
    /// writes one of the other spellings selects the claims that wrote it.
    pub respelt: Respelt,
    pub entities: Entities,
    pub claims_by_id: ClaimIds,
    pub sources_by_id: HashMap<String, SourceId>,
    /// Ids of claims that were written but not loaded (the errors are reported), each at
    /// its `id:` and with the reason: a rule naming one is told why the claim is missing,
    /// not that it does not exist.
    pub rejected_claims: HashMap<String, Rejected>,
    /// The claims written but not loaded that cite a source which loaded, with a quote,
    /// in file and position order ([`Project::left_out_at`]).
    pub left_out: Vec<LeftOut>,
    /// The sources files that have errors: a source they were to declare may be missing
    /// for that reason, not because a claim misspells it.
    pub sources_with_errors: Vec<FileId>,
    /// The claims files that could not be read at all (the error is reported there), in
    /// path order: the claims they hold are unknown, so a rule that names or selects none
    /// that loaded is told they may be there.
    pub claim_files_unread: Vec<FileId>,
    /// Claims of each file ordered by where their entry starts, to find the claim a
    /// location lies in. Built by [`Project::index_locations`].
    /// Offsets are 32-bit, as in [`Location`].
    claims_by_file: HashMap<FileId, Vec<ClaimEntry>>,
    /// Every claim id, indexed for "did you mean" on the first unknown id (once every
    /// claim is linked).
    claim_id_suggestions: OnceLock<SuggestionIndex>,
}

impl Project {
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.0 as usize]
    }

    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0 as usize]
    }

    /// The claim id closest to `id`, for "did you mean"; asked only once every claim is
    /// linked, since the index is built on the first call.
    pub fn did_you_mean_claim(&self, id: &str) -> Option<&str> {
        self.claim_id_suggestions
            .get_or_init(|| SuggestionIndex::new(self.claims.iter().map(|c| c.id.value.as_str())))
            .closest(id)
    }

    pub fn claim_by_id(&self, id: &str) -> Option<ClaimId> {
        self.claims_by_id.get(id, &self.claims)
    }

    pub fn claim_ids(&self) -> impl Iterator<Item = ClaimId> + '_ {
        (0..self.claims.len()).map(|i| ClaimId(i as u32))
    }

    /// Indexes claim entries by file and position; called once the claims are linked.
    pub fn index_locations(&mut self) {
        use rayon::prelude::*;
        // Claims come file by file, each file's in a chunk of its own: one map entry per run
        // of one file's claims, its entries made on rayon's pool.
        let chunks: Vec<(usize, &[Claim])> = self.claims.chunks().collect();
        let runs: Vec<(FileId, Vec<ClaimEntry>)> = chunks
            .into_par_iter()
            .flat_map_iter(|(mut first, chunk)| {
                chunk
                    .chunk_by(|a, b| a.at.file == b.at.file)
                    .map(move |run| {
                        let entries = run
                            .iter()
                            .zip(first..)
                            .map(|(claim, index)| {
                                let span = claim.at.span();
                                (span.start as u32, span.end as u32, ClaimId(index as u32))
                            })
                            .collect();
                        first += run.len();
                        (run[0].at.file, entries)
                    })
            })
            .collect();
        let mut by_file: HashMap<FileId, Vec<ClaimEntry>> = HashMap::default();
        for (file, entries) in runs {
            match by_file.entry(file) {
                std::collections::hash_map::Entry::Occupied(mut run) => {
                    run.get_mut().extend(entries)
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(entries);
                }
            }
        }
        by_file
            .par_iter_mut()
            .for_each(|(_, entries)| entries.sort_unstable());
        self.claims_by_file = by_file;
    }

    /// Puts [`Project::left_out`] in file and position order, for [`Project::left_out_at`].
    pub fn index_left_out(&mut self) {
        self.left_out
            .sort_unstable_by_key(|claim| (claim.at.file, claim.at.span().start));
    }

    /// The claim written but not loaded whose YAML entry contains `location`, found by
    /// binary search.
    pub fn left_out_at(&self, location: &Location) -> Option<&LeftOut> {
        let span = location.span();
        let after = self.left_out.partition_point(|claim| {
            (claim.at.file, claim.at.span().start) <= (location.file, span.start)
        });
        let claim = self.left_out.get(after.checked_sub(1)?)?;
        (claim.at.file == location.file && span.end <= claim.at.span().end).then_some(claim)
    }

    /// The claim whose YAML entry contains `location`, found by binary search.
    pub fn claim_at(&self, location: &Location) -> Option<ClaimId> {
        let entries = self.claims_by_file.get(&location.file)?;
        let span = location.span();
        let after = entries.partition_point(|(start, _, _)| *start as usize <= span.start);
        let (_, end, claim) = *entries.get(after.checked_sub(1)?)?;
        (span.end <= end as usize).then_some(claim)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_writes_english_unless_it_declares_another_language() {
        let at = crate::testing::claim("c", "q").at;
        let source = |language: Option<&str>| Source {
            entry: at,
            id: Located::new("s".to_string(), at),
            title: None,
            publisher: None,
            published: None,
            place: None,
            url: None,
            text_path: None,
            text: None,
            decimal_mark: None,
            language: language.map(|language| Located::new(language.to_string(), at)),
            note: None,
        };
        for (language, english) in [
            (None, true),
            (Some("en"), true),
            (Some("EN-gb"), true),
            (Some("it"), false),
            (Some("eng"), true),
            (Some("de"), false),
            (Some("pt-BR"), false),
        ] {
            assert_eq!(source(language).writes_english(), english, "{language:?}");
        }
    }

    fn counted(value: &str) -> Claim {
        let mut claim = crate::testing::claim("c", "q");
        let at = claim.at;
        claim.value = Some(Located::new(Quantity::parse(value).expect("a figure"), at));
        claim.unit = Some(Located::new("resident".into(), at));
        claim
    }

    #[test]
    fn a_kind_of_place_written_in_another_language_counts_that_kind() {
        use EntityKind::*;
        let municipal = &[Municipality, City, Town, Township, Village][..];
        for (unit, kinds) in [
            ("comune", municipal),
            ("Município", municipal),
            ("Gemeinde", municipal),
            ("provincia", &[Province, AutonomousRegion, Municipality]),
            ("città", &[City, Town, Prefecture, Municipality]),
            ("aldeia", &[Village]),
        ] {
            assert_eq!(EntityKind::counted_by_unit(unit), Some(kinds), "{unit}");
        }
        // A word of two kinds, and words that name no place, count none.
        for unit in ["paese", "Land", "person", "comunes", ""] {
            assert_eq!(EntityKind::counted_by_unit(unit), None, "{unit}");
        }
    }

    #[test]
    fn a_claim_is_read_by_the_figure_its_quote_writes_to_another_precision() {
        let mut claim = counted("1,200,000");
        assert!(claim.is_exact_count());
        assert_eq!(claim.reading_in_words(), "exactly 1,200,000");
        claim.set_as_quoted(Box::new(Quantity::parse("1.2 million").expect("a figure")));
        assert!(!claim.is_exact_count());
        assert_eq!(
            claim.reading().map(|r| r.to_string()).as_deref(),
            Some("[1150000, 1250000)")
        );
        // The other way: a round value whose quote writes every digit is an exact count.
        let mut claim = counted("3 million");
        let at = claim.at;
        claim.rare = RareFields {
            note: Some(Located::new("a census figure".to_string(), at)),
            ..RareFields::default()
        }
        .boxed();
        assert!(!claim.is_exact_count());
        claim.set_as_quoted(Box::new(Quantity::parse("3,000,000").expect("a figure")));
        assert!(claim.is_exact_count());
        assert_eq!(claim.reading_in_words(), "exactly 3,000,000");
        // The claim's other rare fields are kept beside it.
        assert_eq!(
            claim.note().map(|note| note.value.as_str()),
            Some("a census figure")
        );
    }
}
