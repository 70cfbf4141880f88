//! Finding a compiled query's matches in a text, for highlighting and snippets.
//!
//! A [`Highlighter`] holds, for each part of the query, the words it matches (the query word,
//! its stem, and the dictionary words found by prefix or typo look-up) and the word sequences
//! it matches (phrases, entity names and aliases). Matching cuts the text into words once with
//! [`super::tokens::for_each_word`], so ranges always fall on character boundaries.

use std::ops::Range;

use super::tokens::{for_each_word, stem};
use crate::article::Span;

/// One query word to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WordPattern {
    /// The query part it belongs to.
    pub part: u32,
    pub exact: String,
    /// The word's English stem, when other words share it.
    pub stem: Option<String>,
    /// Dictionary words found for it by prefix or typo look-up, sorted.
    pub terms: Vec<String>,
}

impl WordPattern {
    /// Whether `word` has the same stem (the exact word and the terms are in the table).
    fn stem_matches(&self, word: &str) -> bool {
        match &self.stem {
            // Stems are nearly always a prefix of their word, less a final letter (y → i):
            // compare that much before running the stemmer.
            Some(s) if s.len() >= 3 => {
                let k = s.len() - 1;
                word.as_bytes().first() == s.as_bytes().first()
                    && word.as_bytes().get(..k) == s.as_bytes().get(..k)
                    && stem(word) == s.as_str()
            }
            _ => false,
        }
    }
}

/// Finds where a query matches in texts; made by [`super::SearchIndex::highlighter`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighter {
    pub(super) words: Vec<WordPattern>,
    /// `(part, folded words)`: phrases and entity names.
    pub(super) sequences: Vec<(u32, Vec<String>)>,
    /// Every exact word and term of `words` with its part, sorted.
    table: Vec<(String, u32)>,
    /// Open-addressing hash of `table`: `(hash, index of the word's first entry)`, so each
    /// word of a text costs one hash and usually one probe.
    slots: Vec<(u64, u32)>,
}

const EMPTY: u32 = u32::MAX;

/// FNV-1a: fast on short words, and the same everywhere (no random seed needed in wasm).
fn hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Highlighter {
    pub(super) fn new(words: Vec<WordPattern>, sequences: Vec<(u32, Vec<String>)>) -> Self {
        let mut table: Vec<(String, u32)> = words
            .iter()
            .flat_map(|p| {
                std::iter::once(&p.exact)
                    .chain(&p.terms)
                    .map(|t| (t.clone(), p.part))
            })
            .collect();
        crate::sort::sort(&mut table);
        table.dedup();
        let size = (table.len() * 2).next_power_of_two().max(8);
        let mut slots = vec![(0, EMPTY); size];
        for (i, (word, _)) in table.iter().enumerate() {
            if i > 0 && table.get(i - 1).is_some_and(|(w, _)| w == word) {
                continue;
            }
            let h = hash(word);
            let mut at = h as usize & (size - 1);
            while slots.get(at).is_some_and(|s| s.1 != EMPTY) {
                at = (at + 1) & (size - 1);
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = (h, i as u32);
            }
        }
        Self {
            words,
            sequences,
            table,
            slots,
        }
    }

    /// The entries of `table` for `word`.
    fn lookup<'a>(&'a self, word: &'a str) -> impl Iterator<Item = u32> + 'a {
        let h = hash(word);
        let mask = self.slots.len().saturating_sub(1);
        let mut at = h as usize & mask;
        let mut first = None;
        while let Some(&(sh, i)) = self.slots.get(at) {
            if i == EMPTY {
                break;
            }
            if sh == h && self.table.get(i as usize).is_some_and(|(w, _)| w == word) {
                first = Some(i as usize);
                break;
            }
            at = (at + 1) & mask;
        }
        self.table
            .iter()
            .skip(first.unwrap_or(self.table.len()))
            .take_while(move |(w, _)| w == word)
            .map(|&(_, part)| part)
    }

    /// The number of query parts this highlighter looks for.
    pub(super) fn parts(&self) -> usize {
        let words = self.words.iter().map(|p| p.part);
        let sequences = self.sequences.iter().map(|(p, _)| *p);
        let mut parts: Vec<u32> = words.chain(sequences).collect();
        crate::sort::sort(&mut parts);
        parts.dedup();
        parts.len()
    }

    /// Whether there is nothing to highlight.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.sequences.is_empty()
    }

    /// The matches in `text`: ranges in order, merged where they overlap.
    pub fn spans(&self, text: &str) -> Vec<Span> {
        merge(self.matches(text).into_iter().map(|(s, _)| s))
    }

    /// Every match in `text` with the query part it belongs to, ordered by start.
    pub(super) fn matches(&self, text: &str) -> Vec<(Span, u32)> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut folded = String::new();
        let mut words: Vec<(Span, Range<usize>)> = Vec::new();
        for_each_word(text, |start, end, w| {
            let at = folded.len();
            folded.push_str(w);
            words.push((span(start, end), at..folded.len()));
        });
        let word_at = |i: usize| {
            words
                .get(i)
                .and_then(|(_, r)| folded.get(r.clone()))
                .unwrap_or("")
        };
        for (i, (s, _)) in words.iter().enumerate() {
            let w = word_at(i);
            let found = out.len();
            for part in self.lookup(w) {
                out.push((*s, part));
            }
            // The stemmer runs only for words not already matched for that part.
            for p in &self.words {
                let matched = out
                    .get(found..)
                    .is_some_and(|f| f.iter().any(|m| m.1 == p.part));
                if !matched && p.stem_matches(w) {
                    out.push((*s, p.part));
                }
            }
            for (part, seq) in &self.sequences {
                let hit =
                    !seq.is_empty() && seq.iter().enumerate().all(|(k, q)| word_at(i + k) == q);
                if hit {
                    if let Some((last, _)) = words.get(i + seq.len() - 1) {
                        out.push((span(s.start as usize, last.end as usize), *part));
                    }
                }
            }
        }
        crate::sort::sort_by_key(&mut out, |&(s, part)| (s.start, s.end, part));
        out
    }
}

fn span(start: usize, end: usize) -> Span {
    Span {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    }
}

/// Sorted spans with overlapping ones merged.
pub(super) fn merge(spans: impl IntoIterator<Item = Span>) -> Vec<Span> {
    let mut all: Vec<Span> = spans.into_iter().collect();
    crate::sort::sort(&mut all);
    let mut out: Vec<Span> = Vec::with_capacity(all.len());
    for s in all {
        match out.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(exact: &str, stem: Option<&str>, terms: &[&str]) -> WordPattern {
        WordPattern {
            part: 0,
            exact: exact.into(),
            stem: stem.map(Into::into),
            terms: terms.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn texts(text: &str, h: &Highlighter) -> Vec<String> {
        h.spans(text)
            .iter()
            .map(|s| s.slice(text).unwrap().to_string())
            .collect()
    }

    #[test]
    fn finds_words_stems_terms_and_sequences() {
        let h = Highlighter::new(
            vec![pattern("bombing", Some("bomb"), &["bombard"])],
            vec![(1, vec!["peace".into(), "talks".into()])],
        );
        let text = "Bombs fell; BOMBARD the bombers. Peace talks, peace and talks. Bomb!";
        assert_eq!(texts(text, &h), ["Bombs", "BOMBARD", "Peace talks", "Bomb"]);
    }

    #[test]
    fn overlapping_matches_merge() {
        let h = Highlighter::new(
            vec![pattern("john", None, &[])],
            vec![(0, vec!["john".into(), "kerry".into()])],
        );
        assert_eq!(texts("Mr John Kerry, John.", &h), ["John Kerry", "John"]);
        assert_eq!(
            merge([span(5, 9), span(0, 3), span(2, 4)]),
            [span(0, 4), span(5, 9)]
        );
    }

    #[test]
    fn empty_highlighter_matches_nothing() {
        assert!(Highlighter::default().spans("anything at all").is_empty());
    }
}
