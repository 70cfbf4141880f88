//! The same statement in several articles is one quotation.
//!
//! Each occurrence's words are normalised (case, quote marks, apostrophes, punctuation and
//! ellipses dropped). Occurrences of 8 words or more are hashed as overlapping 8-word
//! windows (shingles); two that share a window are one statement, so a cut-down quote joins
//! the full one it was cut from. A shorter occurrence (4 to 7 words) joins the statement of
//! the first longer occurrence that contains it word for word and names the same speaker,
//! if two of its words have six letters or more, without linking statements to each other;
//! identical wordings of any length are one statement. Each occurrence is hashed
//! a bounded number of times and looked up in hash maps, so the work is linear in the words
//! quoted: no pair of quotes or articles is ever compared.

use std::collections::HashMap;

use super::{Quote, QuoteAt};
use crate::article::Article;

/// Window length for shingles.
const SHINGLE: usize = 8;
/// Shorter quotes must have at least this many words to join a longer one they are part of.
const MIN_PART: usize = 4;

/// The normalised words of a text: lowercase letters and digits only.
pub fn normal_words(text: &str) -> Vec<String> {
    super::words::words(text)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn hash(words: &[String]) -> u64 {
    // FNV-1a over the words, a separator between them: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = (a.min(b), a.max(b));
            self.0[hi] = lo;
        }
    }
}

/// Groups `found` (in article order) into quotations.
pub fn merge(articles: &[Article], found: Vec<QuoteAt>) -> Vec<Quote> {
    let texts: Vec<String> = found
        .iter()
        .map(|q| {
            articles
                .get(q.article as usize)
                .and_then(|a| q.text(a))
                .unwrap_or_default()
        })
        .collect();
    let words: Vec<Vec<String>> = texts.iter().map(|t| normal_words(t)).collect();
    let mut sets = UnionFind((0..found.len()).collect());
    let mut whole: HashMap<u64, usize> = HashMap::new();
    let mut windows: HashMap<u64, usize> = HashMap::new();
    // Windows of 4 to 7 words of the long quotes, for short quotes to find their source.
    let mut parts: HashMap<u64, usize> = HashMap::new();
    for (i, w) in words.iter().enumerate() {
        if let Some(&j) = whole.get(&hash(w)) {
            sets.union(i, j);
        } else {
            whole.insert(hash(w), i);
        }
        if w.len() >= SHINGLE {
            for win in w.windows(SHINGLE) {
                match windows.get(&hash(win)) {
                    Some(&j) => sets.union(i, j),
                    None => {
                        windows.insert(hash(win), i);
                    }
                }
            }
            for n in MIN_PART..SHINGLE {
                for win in w.windows(n) {
                    parts.entry(hash(win)).or_insert(i);
                }
            }
        }
    }
    // Short quotes join the first long one that contains them when both name the same
    // speaker and at least two of the words are long ones (six letters or more): a few
    // common words alone, "as soon as possible", prove nothing. They link nothing else.
    let mut join: Vec<Option<usize>> = vec![None; found.len()];
    for (i, w) in words.iter().enumerate() {
        if (MIN_PART..SHINGLE).contains(&w.len()) {
            let telling = w.iter().filter(|x| x.chars().count() >= 6).count() >= 2;
            join[i] = parts.get(&hash(w)).copied().filter(|&j| {
                telling && found[i].speaker.is_some() && found[i].speaker == found[j].speaker
            });
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, joined) in join.iter().enumerate() {
        let root = match *joined {
            Some(j) => sets.find(j),
            None => sets.find(i),
        };
        groups.entry(root).or_default().push(i);
    }
    let mut quotes: Vec<Quote> = groups
        .into_values()
        .map(|mut members| {
            members.sort_unstable();
            let longest = members
                .iter()
                .copied()
                .max_by_key(|&i| (words[i].len(), std::cmp::Reverse(i)))
                .unwrap_or(members[0]);
            let occurrences: Vec<QuoteAt> = members.iter().map(|&i| found[i]).collect();
            Quote {
                text: texts[longest].clone(),
                speaker: majority(&occurrences),
                occurrences,
            }
        })
        .collect();
    quotes.sort_by(|a, b| {
        b.articles()
            .len()
            .cmp(&a.articles().len())
            .then_with(|| first_place(a).cmp(&first_place(b)))
    });
    quotes
}

fn first_place(q: &Quote) -> (u32, u32, u32) {
    q.occurrences
        .first()
        .map_or((u32::MAX, 0, 0), |o| (o.article, o.block, o.start))
}

/// The speaker most occurrences name; ties go to the one named first.
fn majority(occurrences: &[QuoteAt]) -> Option<u32> {
    let mut counts: Vec<(u32, usize, usize)> = Vec::new();
    for (i, o) in occurrences.iter().enumerate() {
        if let Some(s) = o.speaker {
            match counts.iter_mut().find(|c| c.0 == s) {
                Some(c) => c.1 += 1,
                None => counts.push((s, 1, i)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n, first)| (n, std::cmp::Reverse(first)))
        .map(|c| c.0)
}
