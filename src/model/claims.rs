//! The project's claims, in order, in the chunks they were built in.
//!
//! Linking builds each claims file's claims on rayon's pool, each file into a vector of
//! its own. Concatenating them into one vector would hold every claim twice at the peak
//! (the file vectors and the one list being filled, a few hundred megabytes each at a
//! million claims), so the file vectors are kept as they are and indexed through the
//! offset each starts at. A lookup by index looks up the chunks its block of 1,024 indices
//! spans (most often one or two) and searches only those; iteration walks the chunks in
//! order.

use std::ops::Index;

use rayon::prelude::*;

use super::Claim;

/// Every kept claim, in the order of the whole project (files in path order, then claims
/// in file order); claim `i` is [`super::ClaimId`]`(i)`.
#[derive(Clone, Debug, Default)]
pub struct Claims {
    /// Never an empty chunk, so that the chunk of an index is found by its start alone.
    chunks: Vec<Vec<Claim>>,
    /// The index of each chunk's first claim.
    starts: Vec<usize>,
    /// For each block of [`Claims::BLOCK`] indices, the chunk holding its first claim: a
    /// lookup searches only the chunks of its block, where a search of all the chunks
    /// would take ten steps for a thousand files, each a likely cache miss.
    block_chunks: Vec<u32>,
    len: usize,
}

impl Claims {
    /// How many indices [`Claims::block_chunks`] groups, as a power of two.
    const BLOCK_BITS: u32 = 10;
    const BLOCK: usize = 1 << Self::BLOCK_BITS;

    /// The claims of `chunks`, one after the other.
    pub fn from_chunks(chunks: impl IntoIterator<Item = Vec<Claim>>) -> Claims {
        let mut claims = Claims::default();
        for chunk in chunks {
            if chunk.is_empty() {
                continue;
            }
            claims.starts.push(claims.len);
            claims.len += chunk.len();
            claims.chunks.push(chunk);
        }
        let mut chunk = 0;
        claims.block_chunks = (0..claims.len)
            .step_by(Self::BLOCK)
            .map(|first| {
                while claims
                    .starts
                    .get(chunk + 1)
                    .is_some_and(|&next| next <= first)
                {
                    chunk += 1;
                }
                chunk as u32
            })
            .collect();
        claims
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, index: usize) -> Option<&Claim> {
        let (chunk, offset) = self.place(index)?;
        self.chunks[chunk].get(offset)
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut Claim> {
        let (chunk, offset) = self.place(index)?;
        self.chunks[chunk].get_mut(offset)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Claim> + Clone + '_ {
        self.chunks.iter().flatten()
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Claim> + '_ {
        self.chunks.iter_mut().flatten()
    }

    /// Every claim, on rayon's pool, in no particular order of work.
    pub fn par_iter(&self) -> impl ParallelIterator<Item = &Claim> + '_ {
        self.chunks.par_iter().flat_map_iter(|chunk| chunk.iter())
    }

    /// The chunks the claims are stored in, in order, each with the index of its first
    /// claim.
    pub fn chunks(&self) -> impl Iterator<Item = (usize, &[Claim])> + '_ {
        self.starts
            .iter()
            .copied()
            .zip(self.chunks.iter().map(Vec::as_slice))
    }

    /// The chunks the claims are stored in, each with the index of its first claim, to be
    /// changed on rayon's pool.
    pub fn par_chunks_mut(&mut self) -> impl ParallelIterator<Item = (usize, &mut [Claim])> + '_ {
        self.chunks
            .par_iter_mut()
            .zip(&self.starts)
            .map(|(chunk, &start)| (start, chunk.as_mut_slice()))
    }

    /// The claims in runs of at most `size`, each with the index of its first claim, for
    /// rayon's pool: a run is the consecutive claims of its parts, a chunk cut into pieces
    /// of `size` or several small chunks packed together. Packed, so that a project of a
    /// hundred thousand one-claim files is a few runs and not a hundred thousand, each
    /// building the maps of a whole run (as the claim index does).
    pub fn par_runs(
        &self,
        size: usize,
    ) -> impl ParallelIterator<Item = (usize, ClaimRun<'_>)> + '_ {
        let size = size.max(1);
        let mut runs: Vec<(usize, ClaimRun<'_>)> = Vec::new();
        let mut held = 0;
        for (start, chunk) in self.chunks() {
            for (piece, claims) in chunk.chunks(size).enumerate() {
                match runs.last_mut() {
                    Some((_, run)) if held + claims.len() <= size => {
                        run.parts.push(claims);
                        held += claims.len();
                    }
                    _ => {
                        runs.push((
                            start + piece * size,
                            ClaimRun {
                                parts: vec![claims],
                            },
                        ));
                        held = claims.len();
                    }
                }
            }
        }
        runs.into_par_iter()
    }

    /// The chunk holding claim `index`, and its offset there.
    fn place(&self, index: usize) -> Option<(usize, usize)> {
        if index >= self.len {
            return None;
        }
        let block = index >> Self::BLOCK_BITS;
        // The chunks from the one holding the block's first claim to the one holding the
        // next block's.
        let first = self.block_chunks[block] as usize;
        let last = self
            .block_chunks
            .get(block + 1)
            .map_or(self.chunks.len() - 1, |&chunk| chunk as usize);
        let chunk = first + self.starts[first..=last].partition_point(|&start| start <= index) - 1;
        Some((chunk, index - self.starts[chunk]))
    }
}

/// Consecutive claims of one or more chunks: one run of [`Claims::par_runs`].
pub struct ClaimRun<'c> {
    parts: Vec<&'c [Claim]>,
}

impl<'c> ClaimRun<'c> {
    /// The run's claims, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'c Claim> + '_ {
        self.parts.iter().flat_map(|part| part.iter())
    }
}

impl Index<usize> for Claims {
    type Output = Claim;

    fn index(&self, index: usize) -> &Claim {
        match self.place(index) {
            Some((chunk, offset)) => &self.chunks[chunk][offset],
            None => panic!("claim {index} of {}", self.len),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::claim;

    fn chunked(sizes: &[usize]) -> Claims {
        let mut next = 0;
        Claims::from_chunks(sizes.iter().map(|&size| {
            (0..size)
                .map(|_| {
                    next += 1;
                    claim(&format!("c{next}"), "q")
                })
                .collect::<Vec<_>>()
        }))
    }

    fn ids<'a>(claims: impl Iterator<Item = &'a Claim>) -> Vec<String> {
        claims.map(|c| c.id.value.clone()).collect()
    }

    #[test]
    fn indexes_and_iteration_see_one_list_across_chunks_and_skip_empty_ones() {
        let claims = chunked(&[2, 0, 3, 0, 0, 1]);
        assert_eq!(claims.len(), 6);
        let expected: Vec<String> = (1..=6).map(|i| format!("c{i}")).collect();
        assert_eq!(ids(claims.iter()), expected);
        assert_eq!(ids((0..6).map(|i| &claims[i])), expected);
        assert_eq!(
            ids(claims.iter().rev()),
            expected.iter().rev().cloned().collect::<Vec<_>>()
        );
        assert!(claims.get(6).is_none());
        assert_eq!(claims.get(5).map(|c| c.id.value.as_str()), Some("c6"));
    }

    #[test]
    fn an_index_finds_its_claim_in_blocks_that_span_one_chunk_or_many() {
        // Chunks that end before, at and after a block's end, one as long as two blocks,
        // and a block of many one-claim chunks.
        let mut sizes = vec![1000, 24, 1, 2047, 1, 1500];
        sizes.extend(std::iter::repeat_n(1, 1100));
        sizes.push(3);
        let claims = chunked(&sizes);
        let in_order = ids(claims.iter());
        assert_eq!(in_order.len(), claims.len());
        assert_eq!(ids((0..claims.len()).map(|i| &claims[i])), in_order);
        assert!(claims.get(claims.len()).is_none());
    }

    #[test]
    fn runs_cover_every_claim_once_with_their_first_index() {
        let claims = chunked(&[5, 1, 7]);
        let mut seen = Vec::new();
        let runs: Vec<(usize, Vec<String>)> = claims
            .par_runs(3)
            .map(|(start, run)| (start, ids(run.iter())))
            .collect();
        for (start, run) in runs {
            assert!(run.len() <= 3);
            for (offset, id) in run.into_iter().enumerate() {
                assert_eq!(claims[start + offset].id.value, id);
                seen.push(start + offset);
            }
        }
        assert_eq!(seen, (0..13).collect::<Vec<_>>());
    }

    #[test]
    fn small_chunks_are_packed_into_runs() {
        // Found from outside: a hundred thousand one-claim files were as many runs, and the
        // claim index built 128 maps for each (12 KB a file at the peak).
        let claims = chunked(&[1; 10_000]);
        let runs: Vec<(usize, usize)> = claims
            .par_runs(4096)
            .map(|(start, run)| (start, run.iter().count()))
            .collect();
        assert_eq!(runs, [(0, 4096), (4096, 4096), (8192, 1808)]);
        // A chunk larger than a run is cut, and the small chunks after it packed.
        let claims = chunked(&[5, 1, 1, 2]);
        let runs: Vec<(usize, usize)> = claims
            .par_runs(3)
            .map(|(start, run)| (start, run.iter().count()))
            .collect();
        assert_eq!(runs, [(0, 3), (3, 3), (6, 3)]);
    }

    #[test]
    fn claims_are_changed_in_place_across_chunks() {
        let mut claims = chunked(&[1, 2]);
        for claim in claims.iter_mut().skip(1) {
            claim.id.value.push('!');
        }
        assert_eq!(ids(claims.iter()), ["c1", "c2!", "c3!"]);
        claims.par_chunks_mut().for_each(|(first, chunk)| {
            for (offset, claim) in chunk.iter_mut().enumerate() {
                claim.id.value = format!("{}", first + offset);
            }
        });
        assert_eq!(ids(claims.iter()), ["0", "1", "2"]);
    }

    #[test]
    fn no_claims_is_an_empty_list() {
        let claims = Claims::from_chunks(Vec::<Vec<Claim>>::new());
        assert!(claims.is_empty());
        assert_eq!(claims.iter().count(), 0);
        assert!(claims.get(0).is_none());
        assert_eq!(claims.par_runs(4).count(), 0);
    }
}
