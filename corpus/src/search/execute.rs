//! Answering a query: looking its words up in the dictionary, scoring the articles with BM25,
//! combining the parts, and attaching match ranges to the best hits.
//!
//! Each query word is expanded into dictionary words, each with a weight for how it matched:
//! the word itself ([`EXACT`]), words with the same English stem ([`STEMMED`]), for the word
//! being typed the most frequent words it begins ([`PREFIX`], up to [`MAX_PREFIX_TERMS`]), and
//! words within the allowed edit distance ([`FUZZY_1`], [`FUZZY_2`], up to
//! [`MAX_FUZZY_TERMS`]). An article's score for the word is the best of its expansions'
//! BM25 scores times their weight.
//!
//! Runs of query words that spell an entity's name or alias form one part that matches the
//! articles mentioning the entity (under any name) as well as those containing all the words;
//! the entity's mentions add a BM25 score of their own ([`ENTITY`]).

use fst::automaton::Str;
use fst::{Automaton, IntoStreamer, Map, Streamer};

use super::build::unpack;
use super::encoding::Reader;
use super::fuzzy::{max_distance, Fuzzy};
use super::matcher::{Highlighter, WordPattern};
use super::postings::{decode_entity, Postings};
use super::query::{parse, Part, Query};
use super::text::stem;
use super::{Hit, SearchIndex, MAX_NAME_WORDS};
use crate::article::Corpus;

/// Weight of the query word itself.
pub const EXACT: f32 = 1.0;
/// Weight of a word with the same stem (`bombs` for `bombing`).
pub const STEMMED: f32 = 0.7;
/// Weight of a longer word starting with the word being typed.
pub const PREFIX: f32 = 0.45;
/// Weight of a word one edit away.
pub const FUZZY_1: f32 = 0.25;
/// Weight of a word two edits away.
pub const FUZZY_2: f32 = 0.15;
/// Weight of an entity's mentions, for a query naming it.
pub const ENTITY: f32 = 1.5;

/// Field weights: an occurrence in the title counts three times, in a subheading twice.
pub const TITLE: f32 = 3.0;
pub const SUBHEADING: f32 = 2.0;
pub const BODY: f32 = 1.0;

/// BM25 term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// The most completions looked at for the word being typed (the most frequent ones).
pub const MAX_PREFIX_TERMS: usize = 24;
/// The word being typed must have this many characters to be completed.
pub const MIN_PREFIX_CHARS: usize = 2;
/// The most typo corrections looked at for one word (the closest, then most frequent).
pub const MAX_FUZZY_TERMS: usize = 16;

/// One dictionary word a query word matches, and how well.
#[derive(Debug, Clone, Copy)]
struct Expansion {
    value: u64,
    weight: f32,
}

/// A part of the query, ready to score.
#[derive(Debug)]
enum Unit {
    /// Words that must all match (one, or the words of an entity name), or the entities.
    Words {
        words: Vec<Vec<Expansion>>,
        entities: Vec<u32>,
    },
    /// A phrase: its words' FST values (`None` if a word is not in the corpus), or the entities.
    Phrase {
        values: Option<Vec<u64>>,
        entities: Vec<u32>,
    },
}

/// A query looked up in an index.
#[derive(Debug)]
pub(super) struct Compiled {
    units: Vec<Unit>,
    excluded: Vec<Vec<String>>,
    pub highlighter: Highlighter,
}

/// The index's two FSTs, opened.
struct Dict<'a> {
    terms: Option<Map<&'a [u8]>>,
    stems: Option<Map<&'a [u8]>>,
    stem_groups: &'a [u8],
}

impl<'a> Dict<'a> {
    fn new(index: &'a SearchIndex) -> Self {
        Self {
            terms: Map::new(index.terms.0.as_slice()).ok(),
            stems: Map::new(index.stems.0.as_slice()).ok(),
            stem_groups: &index.stem_groups.0,
        }
    }

    fn get(&self, word: &str) -> Option<u64> {
        self.terms.as_ref()?.get(word)
    }

    /// The FST values of every dictionary word with the same stem as `word`.
    fn stem_group(&self, word: &str) -> Vec<u64> {
        let s = stem(word);
        if let Some(offset) = self.stems.as_ref().and_then(|m| m.get(s.as_ref())) {
            let mut r = Reader::new(
                self.stem_groups,
                usize::try_from(offset).unwrap_or(usize::MAX),
            );
            let n = r.next().unwrap_or(0);
            let mut out = Vec::new();
            let mut value: u64 = 0;
            for _ in 0..n {
                let Some(delta) = r.next() else { break };
                value = value.saturating_add(delta);
                out.push(value);
            }
            return out;
        }
        match self.get(&s) {
            Some(v) if stem(&s) == s => vec![v],
            _ => Vec::new(),
        }
    }

    /// Up to `limit` dictionary words that `word` begins (not `word` itself), most frequent
    /// first.
    fn completions(&self, word: &str, limit: usize) -> Vec<(String, u64)> {
        let Some(terms) = &self.terms else {
            return Vec::new();
        };
        let mut found: Vec<(u32, Vec<u8>, u64)> = Vec::new();
        let mut stream = terms.search(Str::new(word).starts_with()).into_stream();
        while let Some((key, value)) = stream.next() {
            if key.len() == word.len() {
                continue;
            }
            let df = unpack(value).1;
            if found.len() >= limit * 4 {
                found.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                found.truncate(limit);
            }
            found.push((df, key.to_vec(), value));
        }
        found.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found.truncate(limit);
        found
            .into_iter()
            .filter_map(|(_, k, v)| Some((String::from_utf8(k).ok()?, v)))
            .collect()
    }

    /// Up to `limit` dictionary words within `distance` edits of `word` (not `word` itself),
    /// closest then most frequent first, with their distance.
    fn corrections(&self, word: &str, distance: u8, limit: usize) -> Vec<(String, u64, u8)> {
        let (Some(terms), Some(aut)) = (&self.terms, Fuzzy::new(word, distance)) else {
            return Vec::new();
        };
        let mut found: Vec<(u8, u32, Vec<u8>, u64)> = Vec::new();
        let mut stream = terms.search(aut.clone()).into_stream();
        while let Some((key, value)) = stream.next() {
            let d = aut.distance_to(key);
            if d > 0 && d <= distance {
                found.push((d, unpack(value).1, key.to_vec(), value));
            }
        }
        found.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then_with(|| a.2.cmp(&b.2))
        });
        found.truncate(limit);
        found
            .into_iter()
            .filter_map(|(d, _, k, v)| Some((String::from_utf8(k).ok()?, v, d)))
            .collect()
    }
}

impl SearchIndex {
    /// The entities with the name or alias `key` (folded words joined by spaces).
    fn entities_named(&self, key: &str) -> Vec<u32> {
        self.names
            .binary_search_by(|n| n.key.as_str().cmp(key))
            .ok()
            .and_then(|i| self.names.get(i))
            .map(|n| n.entities.clone())
            .unwrap_or_default()
    }

    /// Every name of the entities in `entities`, as word sequences.
    fn name_sequences(&self, entities: &[u32]) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = Vec::new();
        for &e in entities {
            let names = self.entity_names.get(e as usize).map(Vec::as_slice);
            for &i in names.unwrap_or_default() {
                if let Some(name) = self.names.get(i as usize) {
                    let seq: Vec<String> = name.key.split(' ').map(str::to_string).collect();
                    if !out.contains(&seq) {
                        out.push(seq);
                    }
                }
            }
        }
        out
    }
}

/// Looks one query word up: its expansions and its highlighting pattern.
fn compile_word(dict: &Dict, word: &str, prefix: bool, part: u32) -> (Vec<Expansion>, WordPattern) {
    let mut exp = Vec::new();
    let mut terms = Vec::new();
    if let Some(v) = dict.get(word) {
        exp.push(Expansion {
            value: v,
            weight: EXACT,
        });
    }
    let group = dict.stem_group(word);
    exp.extend(group.iter().map(|&v| Expansion {
        value: v,
        weight: STEMMED,
    }));
    if prefix && word.chars().count() >= MIN_PREFIX_CHARS {
        for (t, v) in dict.completions(word, MAX_PREFIX_TERMS) {
            exp.push(Expansion {
                value: v,
                weight: PREFIX,
            });
            terms.push(t);
        }
    }
    let distance = max_distance(word.chars().count());
    if distance > 0 {
        for (t, v, d) in dict.corrections(word, distance, MAX_FUZZY_TERMS) {
            let weight = if d == 1 { FUZZY_1 } else { FUZZY_2 };
            exp.push(Expansion { value: v, weight });
            terms.push(t);
        }
    }
    // One entry per dictionary word, with its best weight.
    exp.sort_by(|a, b| a.value.cmp(&b.value).then(b.weight.total_cmp(&a.weight)));
    exp.dedup_by_key(|e| e.value);
    terms.sort_unstable();
    terms.dedup();
    let pattern = WordPattern {
        part,
        exact: word.to_string(),
        stem: (!group.is_empty()).then(|| stem(word).into_owned()),
        terms,
    };
    (exp, pattern)
}

/// Looks `query` up in `index`.
pub(super) fn compile(index: &SearchIndex, query: &Query) -> Compiled {
    let dict = Dict::new(index);
    let mut units = Vec::new();
    let mut patterns = Vec::new();
    let mut sequences = Vec::new();
    let parts = &query.parts;
    let mut i = 0;
    while let Some(part) = parts.get(i) {
        let id = units.len() as u32;
        match part {
            Part::Phrase(words) => {
                let entities = index.entities_named(&words.join(" "));
                let values = words.iter().map(|w| dict.get(w)).collect();
                sequences.push((id, words.clone()));
                for seq in index.name_sequences(&entities) {
                    sequences.push((id, seq));
                }
                units.push(Unit::Phrase { values, entities });
                i += 1;
            }
            Part::Word { .. } => {
                let run: Vec<(&str, bool)> = parts
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take(MAX_NAME_WORDS)
                    .map_while(|p| match p {
                        Part::Word { word, prefix } => Some((word.as_str(), *prefix)),
                        Part::Phrase(_) => None,
                    })
                    .collect();
                let (taken, entities) = (1..=run.len())
                    .rev()
                    .find_map(|len| {
                        let key: Vec<&str> = run.iter().take(len).map(|w| w.0).collect();
                        let found = index.entities_named(&key.join(" "));
                        (!found.is_empty()).then_some((len, found))
                    })
                    .unwrap_or((1, Vec::new()));
                let mut words = Vec::new();
                for &(word, prefix) in run.iter().take(taken) {
                    let (exp, pattern) = compile_word(&dict, word, prefix, id);
                    words.push(exp);
                    patterns.push(pattern);
                }
                for seq in index.name_sequences(&entities) {
                    sequences.push((id, seq));
                }
                units.push(Unit::Words { words, entities });
                i += taken.max(1);
            }
        }
    }
    Compiled {
        units,
        excluded: query.excluded.clone(),
        highlighter: Highlighter::new(patterns, sequences),
    }
}

/// BM25 over the index's statistics.
struct Scorer<'a> {
    index: &'a SearchIndex,
    n: usize,
    /// Per article, `k1 · (1 − b + b · len / avg_len)`: the length part of BM25.
    norms: Vec<f32>,
}

impl<'a> Scorer<'a> {
    fn idf(&self, df: u64) -> f32 {
        let n = self.n as f32;
        let df = (df as f32).min(n);
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn new(index: &'a SearchIndex, n: usize) -> Self {
        let avg_len = (index.total_len as f32 / n.max(1) as f32).max(1.0);
        let norms = index
            .doc_len
            .iter()
            .take(n)
            .map(|&len| K1 * (1.0 - B + B * len as f32 / avg_len))
            .collect();
        Self { index, n, norms }
    }

    fn bm25(&self, tf: f32, idf: f32, doc: usize) -> f32 {
        let norm = self.norms.get(doc).copied().unwrap_or(K1);
        idf * tf * (K1 + 1.0) / (tf + norm)
    }

    /// For each article, the best weighted score of the word's expansions.
    fn word(&self, expansions: &[Expansion]) -> Vec<f32> {
        let mut out = vec![0.0f32; self.n];
        for e in expansions {
            let mut p = Postings::open(&self.index.postings.0, unpack(e.value).0);
            let idf = self.idf(p.len());
            while let Some(x) = p.next_doc() {
                let doc = x.doc as usize;
                let tf = TITLE * x.tf.title as f32
                    + SUBHEADING * x.tf.subheading as f32
                    + BODY * x.tf.body as f32;
                let s = e.weight * self.bm25(tf, idf, doc);
                if let Some(slot) = out.get_mut(doc) {
                    *slot = slot.max(s);
                }
            }
        }
        out
    }

    /// For each article, the score of the phrase made of the words with these FST values.
    fn phrase(&self, values: &[u64]) -> Vec<f32> {
        let mut out = vec![0.0; self.n];
        let mut unique = values.to_vec();
        unique.sort_unstable();
        unique.dedup();
        let mut count = vec![0usize; self.n];
        for &v in &unique {
            let mut p = Postings::open(&self.index.postings.0, unpack(v).0);
            while let Some(x) = p.next_doc() {
                if let Some(c) = count.get_mut(x.doc as usize) {
                    *c += 1;
                }
            }
        }
        let wanted = |doc: u32| count.get(doc as usize) == Some(&unique.len());
        let mut idf = 0.0;
        let mut lists: Vec<Vec<(u32, Vec<u32>)>> = Vec::with_capacity(unique.len());
        for &v in &unique {
            let mut p = Postings::open(&self.index.postings.0, unpack(v).0);
            idf += self.idf(p.len());
            let mut buf = Vec::new();
            let mut list = Vec::new();
            while let Some(x) = p.next_with_positions(wanted, &mut buf) {
                if wanted(x.doc) {
                    list.push((x.doc, std::mem::take(&mut buf)));
                }
            }
            lists.push(list);
        }
        let order: Vec<usize> = values
            .iter()
            .filter_map(|v| unique.binary_search(v).ok())
            .collect();
        let Some(first) = lists.first() else {
            return out;
        };
        for (doc, _) in first {
            let positions: Option<Vec<&[u32]>> = order
                .iter()
                .map(|&u| {
                    let list = lists.get(u)?;
                    let at = list.binary_search_by_key(doc, |(d, _)| *d).ok()?;
                    list.get(at).map(|(_, p)| p.as_slice())
                })
                .collect();
            let Some(positions) = positions else { continue };
            let Some(head) = positions.first() else {
                continue;
            };
            let title_len = self
                .index
                .title_len
                .get(*doc as usize)
                .copied()
                .unwrap_or(0);
            let mut tf = 0.0;
            for &p in *head {
                let all = positions.iter().enumerate().all(|(k, list)| {
                    p.checked_add(k as u32)
                        .is_some_and(|want| list.binary_search(&want).is_ok())
                });
                if all {
                    tf += if p < title_len { TITLE } else { BODY };
                }
            }
            if tf > 0.0 {
                if let Some(slot) = out.get_mut(*doc as usize) {
                    *slot = self.bm25(tf, idf, *doc as usize);
                }
            }
        }
        out
    }

    /// Adds the entities' mention scores to `out`.
    fn entities(&self, entities: &[u32], out: &mut [f32]) {
        for &e in entities {
            let Some(&offset) = self.index.entity_offsets.get(e as usize) else {
                continue;
            };
            let docs = decode_entity(&self.index.entity_postings.0, offset as usize);
            let idf = self.idf(docs.len() as u64);
            for (doc, mentions) in docs {
                let s = ENTITY * self.bm25(mentions as f32, idf, doc as usize);
                if let Some(slot) = out.get_mut(doc as usize) {
                    *slot += s;
                }
            }
        }
    }

    fn unit(&self, unit: &Unit) -> Vec<f32> {
        let (mut out, entities) = match unit {
            Unit::Words { words, entities } => {
                let mut acc: Option<Vec<f32>> = None;
                for w in words {
                    let s = self.word(w);
                    acc = Some(match acc {
                        None => s,
                        Some(a) => a
                            .iter()
                            .zip(&s)
                            .map(|(&x, &y)| if x > 0.0 && y > 0.0 { x + y } else { 0.0 })
                            .collect(),
                    });
                }
                (acc.unwrap_or_else(|| vec![0.0; self.n]), entities)
            }
            Unit::Phrase { values, entities } => (
                values
                    .as_deref()
                    .map_or_else(|| vec![0.0; self.n], |v| self.phrase(v)),
                entities,
            ),
        };
        self.entities(entities, &mut out);
        out
    }

    /// Marks the articles containing an excluded word (exactly or by stem) or phrase.
    fn excluded(&self, dict: &Dict, excluded: &[Vec<String>]) -> Vec<bool> {
        let mut out = vec![false; self.n];
        for seq in excluded {
            let scores = match seq.as_slice() {
                [word] => {
                    let mut values = dict.stem_group(word);
                    values.extend(dict.get(word));
                    let exp: Vec<Expansion> = values
                        .into_iter()
                        .map(|value| Expansion {
                            value,
                            weight: EXACT,
                        })
                        .collect();
                    self.word(&exp)
                }
                words => match words
                    .iter()
                    .map(|w| dict.get(w))
                    .collect::<Option<Vec<_>>>()
                {
                    Some(values) => self.phrase(&values),
                    None => continue,
                },
            };
            for (o, s) in out.iter_mut().zip(scores) {
                *o |= s > 0.0;
            }
        }
        out
    }
}

/// Runs `query` on `index`; see [`SearchIndex::search`].
pub(super) fn search(
    index: &SearchIndex,
    corpus: &Corpus,
    query: &str,
    detailed: usize,
) -> Vec<Hit> {
    let q = parse(query);
    if q.parts.is_empty() && q.excluded.is_empty() {
        return Vec::new();
    }
    let compiled = compile(index, &q);
    let n = index.doc_len.len().min(corpus.articles.len());
    let scorer = Scorer::new(index, n);
    let excluded = scorer.excluded(&Dict::new(index), &compiled.excluded);
    let scores: Vec<Vec<f32>> = compiled.units.iter().map(|u| scorer.unit(u)).collect();
    let units = scores.len();

    // (parts matched, score, article) for every article not excluded.
    let candidates: Vec<(usize, f32, u32)> = (0..n)
        .filter(|&doc| !excluded.get(doc).copied().unwrap_or(true))
        .map(|doc| {
            let matched = scores
                .iter()
                .filter(|s| s.get(doc).is_some_and(|&x| x > 0.0))
                .count();
            let score = scores.iter().filter_map(|s| s.get(doc)).sum();
            (matched, score, doc as u32)
        })
        .collect();
    let mut ranked: Vec<_> = candidates
        .iter()
        .filter(|c| c.0 == units)
        .copied()
        .collect();
    let mut partial = false;
    if ranked.is_empty() && units >= 2 {
        partial = true;
        ranked = candidates.into_iter().filter(|c| c.0 > 0).collect();
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));

    ranked
        .into_iter()
        .enumerate()
        .filter_map(|(rank, (_, score, doc))| {
            let article = corpus.articles.get(doc as usize)?;
            let (title_matches, snippets) = if rank < detailed {
                (
                    compiled.highlighter.spans(&article.title),
                    compiled.highlighter.snippets(article),
                )
            } else {
                (Vec::new(), Vec::new())
            };
            Some(Hit {
                article: doc,
                score,
                title_matches,
                snippets,
                partial,
            })
        })
        .collect()
}
