//! Times "did you mean" over a large registry: `UNKNOWN` unknown names (half of them one
//! typo away from a registered name, half made up) against `NAMES` registered county names
//! like the generator's, answered by the suggestion index and, with `scan`, by comparing
//! every pair. Both must agree on every answer, and no query may run out of the index's
//! work limit (`claimcheck::suggest::QUERY_WORK`).
//!
//! ```sh
//! cargo run --release --example suggest_bench -- 100000 1000 scan
//! ```

use std::time::Instant;

use claimcheck::fuzzing::Xorshift;
use claimcheck::suggest::{SuggestionIndex, closest_by_scan};

/// The project's deterministic generator, so every run asks the same names.
struct Random(Xorshift);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n)
    }

    /// A made-up county: four consonant-vowel syllables, as the project generator writes.
    fn county(&mut self) -> String {
        const CONSONANTS: &[u8] = b"bdfghjklmnpqrstwxyz";
        const VOWELS: &[u8] = b"aeiou";
        let mut name = String::new();
        for syllable in 0..4 {
            let consonant = CONSONANTS[self.below(CONSONANTS.len())] as char;
            name.push(if syllable == 0 {
                consonant.to_ascii_uppercase()
            } else {
                consonant
            });
            name.push(VOWELS[self.below(VOWELS.len())] as char);
        }
        name + " County"
    }

    /// `name` with one letter of its first word replaced, dropped or swapped with the next.
    fn typo(&mut self, name: &str) -> String {
        let mut chars: Vec<char> = name.chars().collect();
        let at = 1 + self.below(6);
        match self.below(3) {
            0 => chars[at] = 'q',
            1 => {
                chars.remove(at);
            }
            _ => chars.swap(at, at + 1),
        }
        chars.into_iter().collect()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count =
        |at: usize, default: usize| args.get(at).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (names_wanted, unknown_wanted) = (count(0, 100_000), count(1, 1_000));
    let scan = args.iter().any(|a| a == "scan");

    let mut random = Random(Xorshift::new(0x2545_F491_4F6C_DD1D));
    let mut names: Vec<String> = (0..names_wanted).map(|_| random.county()).collect();
    names.sort();
    names.dedup();
    let unknown: Vec<String> = (0..unknown_wanted)
        .map(|n| {
            if n % 2 == 0 {
                let name = names[random.below(names.len())].clone();
                random.typo(&name)
            } else {
                random.county()
            }
        })
        .filter(|word| names.binary_search(word).is_err())
        .collect();

    let started = Instant::now();
    let index = SuggestionIndex::new(names.iter().map(String::as_str));
    let built = started.elapsed();
    let mut slowest = (std::time::Duration::ZERO, "");
    let suggestions: Vec<_> = unknown
        .iter()
        .map(|word| {
            let asked = Instant::now();
            let suggestion = index.suggest(word);
            slowest = slowest.max((asked.elapsed(), word.as_str()));
            if std::env::var_os("SUGGEST_BENCH_VERBOSE").is_some() && suggestion.work_ran_out {
                println!("out of work: {word:?} -> {:?}", suggestion.name);
            }
            suggestion
        })
        .collect();
    let total = started.elapsed();
    let answers: Vec<Option<&str>> = suggestions.iter().map(|s| s.name).collect();
    let suggested = answers.iter().filter(|a| a.is_some()).count();
    let ran_out = suggestions.iter().filter(|s| s.work_ran_out).count();
    let most_work = suggestions.iter().map(|s| s.work).max().unwrap_or(0);
    println!(
        "index: {} unknown names against {} names: build {:.3} s, build and queries {:.3} s ({suggested} suggestions, {ran_out} out of work, most work {most_work})",
        unknown.len(),
        names.len(),
        built.as_secs_f64(),
        total.as_secs_f64()
    );
    println!(
        "slowest query: {:.3} ms ({:?})",
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
    assert_eq!(ran_out, 0, "a query of this benchmark ran out of work");

    if scan {
        let started = Instant::now();
        for (word, answer) in unknown.iter().zip(&answers) {
            let by_scan = closest_by_scan(word, names.iter().map(String::as_str));
            assert_eq!(
                *answer, by_scan,
                "the index and the scan disagree on {word:?}"
            );
        }
        println!(
            "scan: {:.3} s, the same answers",
            started.elapsed().as_secs_f64()
        );
    }
}
