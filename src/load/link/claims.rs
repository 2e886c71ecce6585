//! Claims: each file's records linked to their sources and entities on every core, ids
//! kept unique, and the claims a source without a date leaves undated named on its error.

use hashbrown::HashTable;
use rayon::prelude::*;

use super::duplicate;
use super::names::{NameLookups, Resolved};
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Diagnostics, Located, Location};
use crate::files::{FileId, Files};
use crate::hashing::HashMap;
use crate::intern::Name;
use crate::load::claims::RawClaim;
use crate::model::{
    Claim, ClaimId, ClaimIds, Claims, EntityId, LeftOut, Member, MemberList, Project, Rejected,
    Source, SourceId, WhyRejected,
};
use crate::sharding::ByShard;
use crate::suggest::SuggestionIndex;

/// Links the claims of every file (`raw_claims` holds one list per file, in file order).
/// Everything is done on rayon's pool: each file's claims built from its records, their
/// names resolved and their sources and dates looked up; duplicates found and the claim
/// index built shard by shard; the duplicates dropped file by file. Each file's claims stay
/// in the vector they were built in ([`crate::model::Claims`]), so no claim is copied into
/// a list of all of them. What stays on the calling thread is proportional to the claims
/// not kept and the names not resolved (their diagnostics, merged in claim order).
pub(super) fn link_claims(
    project: &mut Project,
    raw_claims: Vec<Vec<RawClaim>>,
    diagnostics: &mut Diagnostics,
) {
    let entities = &project.entities;
    let sources_by_id = &project.sources_by_id;
    let sources = &project.sources;
    let ids = &project.claims_by_id;
    // Per file: the claims linked on their own (names, source and date), and every record
    // in order, a claim or one whose source or date is unknown, with the shard of its id.
    // Each file's records are consumed as its claims are built, so that records and claims
    // (each a few hundred bytes) are not all alive at once.
    let mut files: Vec<FileClaims> = raw_claims
        .into_par_iter()
        .map(|records| {
            let mut lookups = NameLookups::new(entities);
            let mut file = FileClaims {
                claims: Vec::with_capacity(records.len()),
                records: Vec::with_capacity(records.len()),
                diagnostics: Vec::new(),
            };
            for (offset, mut raw) in records.into_iter().enumerate() {
                let Resolved {
                    subject,
                    subject_ambiguous,
                    members,
                    diagnostics,
                } = Resolved::new(&mut lookups, &mut raw);
                let hash = ids.hash(&raw.id.value);
                let source = sources_by_id.get(&*raw.source.value).copied();
                // Dated by its source, whose date could not be read (reported there): the
                // claim cannot be placed in time, so it is left out rather than given a
                // wrong date, and a rule naming it is told it did not load (CC046), not
                // that it does not exist.
                let as_of = source.and_then(|source| {
                    let published = sources[source.0 as usize]
                        .published
                        .as_ref()
                        .map(|date| date.value);
                    raw.as_of.as_ref().map(|d| d.value).or(published)
                });
                let linked = match (source, as_of) {
                    (Some(source), Some(as_of)) => {
                        file.claims.push(linked_claim(
                            raw,
                            (subject, subject_ambiguous),
                            members,
                            (source, sources[source.0 as usize].writes_english()),
                            as_of,
                        ));
                        Linked::Claim(file.claims.len() - 1)
                    }
                    (None, _) => Linked::UnknownSource(Box::new(raw)),
                    (Some(_), None) => Linked::Undated(Box::new(raw)),
                };
                file.records.push(Prepared { linked, hash });
                if !diagnostics.is_empty() {
                    file.diagnostics.push((offset, diagnostics));
                }
            }
            file
        })
        .collect();
    // Each record's place in the order of all records: files in order.
    let mut file_starts = Vec::with_capacity(files.len());
    let mut total = 0usize;
    for file in &files {
        file_starts.push(total);
        total += file.records.len();
    }
    // The diagnostics, in claim order: those of the claims not kept, and the names that
    // resolved to nothing.
    let mut found: Vec<(usize, Diagnostics)> = files
        .iter_mut()
        .zip(&file_starts)
        .flat_map(|(file, start)| {
            std::mem::take(&mut file.diagnostics)
                .into_iter()
                .map(move |(offset, found)| (start + offset, found))
        })
        .collect();
    found.reverse();
    let file_of = |at: usize| file_starts.partition_point(|&start| start <= at) - 1;
    // The record at a place in the whole order, and the file it is in.
    let place = |at: usize| {
        let file = &files[file_of(at)];
        (file, &file.records[at - file_starts[file_of(at)]])
    };
    let id_at = |at: usize| {
        let (file, item) = place(at);
        &file.id(item).value
    };
    // Duplicates, shard by shard on rayon's pool: one id's claims all fall in one shard,
    // and each shard takes its claims in order, so the first claim kept under an id is the
    // first in the whole order. A claim citing an unknown source or without a date is not
    // kept, and a later claim of its id is no duplicate.
    // Each shard's index of kept claims, and its claims not kept (by place).
    // The index holds places, read back through `id_at` while it is built.
    type Shard = (HashTable<ClaimId>, Vec<(usize, Fate)>);
    // Each table sized once for its records: growing would hash every id again.
    // Each file's records grouped by shard, so that each shard reads only its own.
    let grouped: Vec<ByShard<u32>> = files
        .par_iter()
        .map(|file| {
            let offsets = (0u32..)
                .zip(&file.records)
                .map(|(offset, item)| (ClaimIds::shard(item.hash), offset));
            ByShard::new(ClaimIds::SHARDS, offsets)
        })
        .collect();
    let shards: Vec<Shard> = (0..ClaimIds::SHARDS)
        .into_par_iter()
        .map(|shard| {
            let records: usize = grouped.iter().map(|file| file.shard(shard).len()).sum();
            let mut kept: HashTable<ClaimId> = HashTable::with_capacity(records);
            let mut not_kept = Vec::new();
            for ((file, start), grouped) in files.iter().zip(&file_starts).zip(&grouped) {
                for &offset in grouped.shard(shard) {
                    let item = &file.records[offset as usize];
                    let at = start + offset as usize;
                    let id = &file.id(item).value;
                    let first = kept.find(item.hash, |first| id_at(first.0 as usize) == id);
                    let fate = match (first, &item.linked) {
                        (Some(&first), _) => Fate::Duplicate(first.0 as usize),
                        (None, Linked::UnknownSource(_) | Linked::Undated(_)) => Fate::Unlinked,
                        (None, Linked::Claim(_)) => {
                            // For now its place in the whole order, renumbered below.
                            kept.insert_unique(item.hash, ClaimId(at as u32), |first| {
                                ids.hash(id_at(first.0 as usize))
                            });
                            continue;
                        }
                    };
                    not_kept.push((at, fate));
                }
            }
            (kept, not_kept)
        })
        .collect();
    drop(grouped);
    let mut not_kept: Vec<(usize, Fate)> = Vec::new();
    let mut maps = Vec::with_capacity(shards.len());
    for (map, rejected) in shards {
        maps.push(map);
        not_kept.extend(rejected);
    }
    not_kept.sort_unstable_by_key(|(at, _)| *at);
    // A kept claim's id: its place, less the claims not kept before it.
    let claim_id = |at: usize| ClaimId((at - not_kept.partition_point(|(n, _)| *n < at)) as u32);
    maps.par_iter_mut().for_each(|map| {
        for id in map.iter_mut() {
            *id = claim_id(id.0 as usize);
        }
    });

    // The claims citing each unknown source where it is written: claims that take their
    // file's `source:` share one node, and one misspelling there is one finding.
    let mut citing: HashMap<Location, Vec<&str>> = HashMap::default();
    for &(at, fate) in &not_kept {
        let (file, item) = place(at);
        if let (Fate::Unlinked, Linked::UnknownSource(raw)) = (fate, &item.linked) {
            citing
                .entry(raw.source.at)
                .or_default()
                .push(&file.id(item).value);
        }
    }
    // Built on the first claim citing an unknown source.
    let mut source_suggestions: Option<SuggestionIndex> = None;
    // The claims left out for their source's date, by source, in the order met.
    let mut undated: Vec<(SourceId, Vec<String>)> = Vec::new();
    let mut rejected = Vec::new();
    let mut left_out = Vec::new();
    for &(at, fate) in &not_kept {
        while found.last().is_some_and(|(f, _)| *f < at) {
            if let Some((_, resolved)) = found.pop() {
                diagnostics.extend(resolved.into_vec());
            }
        }
        // A duplicate or a claim citing no source is not resolved: its names are not
        // reported either.
        let resolved = found
            .last()
            .is_some_and(|(f, _)| *f == at)
            .then(|| found.pop().map(|(_, resolved)| resolved))
            .flatten();
        let (file, item) = place(at);
        let id = file.id(item);
        // Its errors show its passage, when its source loaded.
        let passage_of = match &item.linked {
            Linked::Claim(index) => {
                let claim = &file.claims[*index];
                Some((claim.at, claim.source, &claim.quote))
            }
            Linked::Undated(raw) => sources_by_id
                .get(&*raw.source.value)
                .map(|&source| (raw.at, source, &raw.quote)),
            Linked::UnknownSource(_) => None,
        };
        left_out.extend(passage_of.map(|(at, source, quote)| LeftOut {
            at,
            source,
            quote: quote.clone(),
            passage: None,
        }));
        match (fate, &item.linked) {
            (Fate::Duplicate(first), _) => {
                let (first_file, first) = place(first);
                let first = first_file.id(first);
                diagnostics.push(duplicate("claim", &id.value, &first.at, &id.at));
            }
            (Fate::Unlinked, Linked::UnknownSource(raw)) => {
                let why = WhyRejected::UnknownSource(raw.source.value.to_string());
                rejected.push((id, why));
                // Reported once, with the first claim that cites it there.
                let Some(claims) = citing.remove(&raw.source.at) else {
                    continue;
                };
                let suggestions = source_suggestions.get_or_insert_with(|| {
                    SuggestionIndex::new(project.sources_by_id.keys().map(String::as_str))
                });
                let near = suggestions.closest(&raw.source.value);
                diagnostics.push(unknown_source(
                    &raw.source,
                    &claims,
                    near,
                    &project.sources_with_errors,
                    &project.files,
                ));
            }
            (Fate::Unlinked, Linked::Undated(raw)) => {
                if let Some(resolved) = resolved {
                    diagnostics.extend(resolved.into_vec());
                }
                if let Some(&source) = sources_by_id.get(&*raw.source.value) {
                    match undated.last_mut() {
                        Some((last, ids)) if *last == source => ids.push(id.value.clone()),
                        _ => undated.push((source, vec![id.value.clone()])),
                    }
                }
                let why = WhyRejected::UndatedSource(raw.source.value.to_string());
                rejected.push((id, why));
            }
            (Fate::Unlinked, Linked::Claim(_)) => {
                unreachable!("a linked claim first of its id is kept")
            }
        }
    }
    tell_claims_left_undated(&project.sources, undated, diagnostics);
    for (id, why) in rejected {
        let rejected = Rejected { at: id.at, why };
        project
            .rejected_claims
            .entry(id.value.clone())
            .or_insert(rejected);
    }
    project.left_out.extend(left_out);
    while let Some((_, resolved)) = found.pop() {
        diagnostics.extend(resolved.into_vec());
    }

    // The duplicates dropped from each file's claims, in place on the pool.
    let mut duplicates: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
    for &(at, fate) in &not_kept {
        if let Fate::Duplicate(_) = fate {
            let file = file_of(at);
            if let Linked::Claim(index) = files[file].records[at - file_starts[file]].linked {
                duplicates[file].push(index);
            }
        }
    }
    let chunks: Vec<Vec<Claim>> = files
        .into_par_iter()
        .zip(duplicates)
        .map(|(file, duplicates)| {
            let mut claims = file.claims;
            if !duplicates.is_empty() {
                let mut index = 0;
                claims.retain(|_| {
                    let keep = duplicates.binary_search(&index).is_err();
                    index += 1;
                    keep
                });
            }
            claims
        })
        .collect();
    project.claims = Claims::from_chunks(chunks);
    project.claims_by_id.set_shards(maps);
}

/// One claims file while its claims are linked.
struct FileClaims {
    /// The claims linked to a source and a date, in file order.
    claims: Vec<Claim>,
    /// Every record of the file, in order.
    records: Vec<Prepared>,
    /// The warnings for names that resolve to nothing, by the record's place in the file:
    /// few records have any.
    diagnostics: Vec<(usize, Diagnostics)>,
}

impl FileClaims {
    /// The id of one of this file's records.
    fn id<'a>(&'a self, record: &'a Prepared) -> &'a Located<String> {
        match &record.linked {
            Linked::Claim(index) => &self.claims[*index].id,
            Linked::UnknownSource(raw) | Linked::Undated(raw) => &raw.id,
        }
    }
}

/// Why a claim is not kept.
#[derive(Clone, Copy)]
enum Fate {
    /// A claim kept earlier (its place in the order of all claims) has its id.
    Duplicate(usize),
    /// It could not be linked: its record says why ([`Linked::UnknownSource`],
    /// [`Linked::Undated`]).
    Unlinked,
}

/// A record as linked on its own, before duplicates are known.
struct Prepared {
    linked: Linked,
    /// The keyed hash of its id, which places it in the claim index.
    hash: u64,
}

/// A record linked to its source and date, or one that cannot be.
enum Linked {
    /// The claim, at this index of its file's claims.
    Claim(usize),
    /// Its source does not exist (the record keeps the id it cites, for the message).
    UnknownSource(Box<RawClaim>),
    /// Neither the claim nor its source gives a date.
    Undated(Box<RawClaim>),
}

/// The claim of `raw`, whose names resolved to `subject` and `members`, citing `source`
/// and dated `as_of`.
/// How many claims citing one unknown source a CC021 names in its note.
pub(super) const NAMED_CLAIMS: usize = 10;

/// Adds to the error that leaves each source without a date (its `published:` missing or
/// unreadable) which claims it leaves out: those that cite it with no `as_of:` of their
/// own cannot be placed in time, so none of their checks runs, and no other finding names
/// them unless a rule does. The error is the first in the source's entry, a date's
/// (CC014) before any other; the errors are read once, whatever the number of sources.
fn tell_claims_left_undated(
    sources: &[Source],
    mut undated: Vec<(SourceId, Vec<String>)>,
    diagnostics: &mut Diagnostics,
) {
    if undated.is_empty() {
        return;
    }
    // Files list their claims in turn, so one source's claims may come in several runs.
    undated.sort_by_key(|(source, _)| source.0);
    let mut merged: Vec<(SourceId, Vec<String>)> = Vec::new();
    for (source, ids) in undated {
        match merged.last_mut() {
            Some((last, all)) if *last == source => all.extend(ids),
            _ => merged.push((source, ids)),
        }
    }
    // Each source's entry by file, in order of where it starts: an error's entry is found
    // by halves.
    let mut entries: HashMap<FileId, Vec<(usize, usize, usize)>> = HashMap::default();
    for (at, (source, _)) in merged.iter().enumerate() {
        let entry = &sources[source.0 as usize].entry;
        let span = entry.span();
        entries
            .entry(entry.file)
            .or_default()
            .push((span.start, span.end, at));
    }
    for spans in entries.values_mut() {
        spans.sort_unstable();
    }
    // For each undated source, the error its note goes on: (is it a date's, its index).
    let mut chosen: Vec<Option<(bool, usize)>> = vec![None; merged.len()];
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.severity != crate::diagnostic::Severity::Error {
            continue;
        }
        let Some(at) = diagnostic.primary() else {
            continue;
        };
        let Some(spans) = entries.get(&at.file) else {
            continue;
        };
        let span = at.span();
        let before = spans.partition_point(|&(start, _, _)| start <= span.start);
        let Some(&(_, end, source)) = before.checked_sub(1).map(|i| &spans[i]) else {
            continue;
        };
        if span.end > end {
            continue;
        }
        let is_date = diagnostic.code == Code::InvalidDate;
        match chosen[source] {
            None => chosen[source] = Some((is_date, index)),
            Some((false, _)) if is_date => chosen[source] = Some((true, index)),
            Some(_) => {}
        }
    }
    let mut notes: Vec<(usize, String)> = Vec::new();
    for ((_, ids), chosen) in merged.iter().zip(chosen) {
        let Some((_, index)) = chosen else {
            continue;
        };
        const NAMED: usize = 5;
        let mut named: Vec<String> = ids.iter().take(NAMED).map(|id| format!("`{id}`")).collect();
        if ids.len() > NAMED {
            named.push(format!("{} more", ids.len() - NAMED));
        }
        let note = match ids.as_slice() {
            [one] => format!(
                "claim `{one}` cites this source with no `as_of:` of its own: it cannot be \
                 placed in time, so it was left out and none of its checks ran"
            ),
            _ => format!(
                "{} claims cite this source with no `as_of:` of their own ({}): they cannot \
                 be placed in time, so they were left out and none of their checks ran",
                ids.len(),
                crate::words::and_list(&named)
            ),
        };
        notes.push((index, note));
    }
    diagnostics.add_notes(notes);
}

/// CC021: the claims that cite, at one `source:`, a source that is not declared. When a
/// sources file has errors, the source may be declared there and not have loaded: the
/// finding says so, rather than send the user to declare a source that is written.
fn unknown_source(
    source: &Located<Name>,
    claims: &[&str],
    near: Option<&str>,
    sources_with_errors: &[FileId],
    files: &Files,
) -> Diagnostic {
    let name = &source.value;
    let cite = match claims {
        [one] => format!("claim `{one}` cites"),
        _ => format!("{} claims cite", claims.len()),
    };
    let broken: Vec<String> = sources_with_errors
        .iter()
        .map(|&file| format!("`{}`", files.name(file)))
        .collect();
    let (message, label, help) = if broken.is_empty() {
        (
            format!("{cite} the source `{name}`, which does not exist"),
            "no source has this id",
            match near {
                Some(near) => format!("did you mean `{near}`?"),
                None => "declare the source in sources/*.yaml, or correct the id".to_string(),
            },
        )
    } else {
        let files = broken.join(", ");
        let mut help = format!(
            "{files} has errors (reported with it): fix them first, as `{name}` may be \
             declared there; if it is not, declare it or correct the id"
        );
        if let Some(near) = near {
            help = format!("did you mean `{near}`? Otherwise, {help}");
        }
        (
            format!("{cite} the source `{name}`, which did not load"),
            "no source loaded with this id",
            help,
        )
    };
    let mut diagnostic =
        Diagnostic::new(Code::UnknownSource, message, source.at, label).with_help(help);
    if claims.len() > 1 {
        let mut named: Vec<String> = claims
            .iter()
            .take(NAMED_CLAIMS)
            .map(|id| format!("`{id}`"))
            .collect();
        if claims.len() > NAMED_CLAIMS {
            named.push(format!("and {} more", claims.len() - NAMED_CLAIMS));
        }
        diagnostic = diagnostic.with_note(format!(
            "the claims citing it here: {}; none of them loads",
            named.join(", ")
        ));
    }
    for id in claims {
        diagnostic = diagnostic.about_claim(id);
    }
    diagnostic
}

/// `subject`: the entity the subject resolves to, and whether it is ambiguous (CC024).
fn linked_claim(
    raw: RawClaim,
    (subject, subject_ambiguous): (Option<EntityId>, bool),
    members: Option<(Location, Vec<Member>)>,
    (source, unit_in_english): (SourceId, bool),
    as_of: crate::date::Date,
) -> Claim {
    Claim {
        id: raw.id,
        source,
        source_ref: raw.source.at,
        quote: raw.quote,
        subject: raw.subject,
        subject_entity: subject,
        subject_ambiguous,
        unit_in_english,
        metric: raw.metric,
        as_of,
        as_of_at: raw.as_of.map(|d| d.at),
        value: raw.value,
        value_unreadable: raw.value_unreadable,
        unit: raw.unit,
        member_list: members.map(|(at, members)| Box::new(MemberList { members, at })),
        listing: raw.listing,
        rare: raw.rare,
        at: raw.at,
        passage: None,
    }
}
