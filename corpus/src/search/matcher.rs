//! Finding a compiled query's matches in a text, for highlighting and snippets.
//!
//! A [`Highlighter`] holds, for each part of the query, the words it matches (the query word,
//! its stem, and the dictionary words found by prefix or typo look-up) and the word sequences
//! it matches (phrases, entity names and aliases). Matching cuts the text into words once with
//! [`super::text::for_each_word`], so ranges always fall on character boundaries.

use std::ops::Range;

use super::text::{for_each_word, stem};
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
    fn matches(&self, word: &str) -> bool {
        if word == self.exact
            || self
                .terms
                .binary_search_by(|t| t.as_str().cmp(word))
                .is_ok()
        {
            return true;
        }
        match &self.stem {
            // Stems are nearly always a prefix of their word, less a final letter (y → i):
            // compare that much before running the stemmer.
            Some(s) if s.len() >= 3 => {
                let k = s.len() - 1;
                word.as_bytes().get(..k) == s.as_bytes().get(..k) && stem(word) == s.as_str()
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
}

impl Highlighter {
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
            for p in &self.words {
                if p.matches(w) {
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
        out.sort_by_key(|&(s, part)| (s.start, s.end, part));
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
    all.sort_unstable();
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
        let h = Highlighter {
            words: vec![pattern("bombing", Some("bomb"), &["bombard"])],
            sequences: vec![(1, vec!["peace".into(), "talks".into()])],
        };
        let text = "Bombs fell; BOMBARD the bombers. Peace talks, peace and talks. Bomb!";
        assert_eq!(texts(text, &h), ["Bombs", "BOMBARD", "Peace talks", "Bomb"]);
    }

    #[test]
    fn overlapping_matches_merge() {
        let h = Highlighter {
            words: vec![pattern("john", None, &[])],
            sequences: vec![(0, vec!["john".into(), "kerry".into()])],
        };
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
