//! Answering a query on a [`super::ShardedIndex`]: looking its words up, BM25 ranking, the
//! strong, weak and partial groups, and "did you mean".
//!
//! A query is read in stages, each asking only for the shards the next needs:
//!
//! 1. the dictionary shards of every word, of its stem, and of the range of the word being
//!    typed;
//! 2. entity names (runs of words that spell a name), joined forms of neighbouring words,
//!    the terms of each stem group, the completions of the word being typed;
//! 3. for a plain word that the collection has in no form (no exact word, stem, completion
//!    or entity name), the typo shards of its first letter and neighbouring lengths, then
//!    the dictionary shards of the corrections found;
//! 4. the postings lists of every term reached, and the entities' lists;
//! 5. for phrases, the positions of the articles that have all their words;
//! 6. when no article matches every part, the typo shards for "did you mean".
//!
//! Each query word is expanded into dictionary words, each with a weight for how it matched
//! ([`How`]): the word itself ([`EXACT`]), words with the same stem ([`STEMMED`]), for the word
//! being typed the most frequent words it begins ([`PREFIX`], up to [`MAX_PREFIX_TERMS`]),
//! and, only for a word the collection does not have, the closest words ([`FUZZY_1`],
//! [`FUZZY_2`], up to [`MAX_FUZZY_TERMS`]). An article's score for the word is the best of
//! its expansions' BM25 scores times their weight.

use std::collections::BTreeMap;

use super::format::{Loc, Positions, ShardKind, TermInfo};
use super::fuzzy::{max_distance, Fuzzy, MAX_FUZZY_BYTES};
use super::matcher::{Highlighter, WordPattern};
use super::postings::{PositionReader, Postings, Tf};
use super::query::{parse, Part, Query, Word};
use super::sharded::Loaded;
use super::tokens::stem;
use super::{Group, How, Match, Missing, Ranked, Ranking, Suggestion, WordReport, MAX_NAME_WORDS};

/// Weight of the query word itself (and of its joined or split spelling).
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
pub const K1: f32 = 1.2;
pub const B: f32 = 0.75;

/// The most completions of the word being typed (the most frequent ones).
pub const MAX_PREFIX_TERMS: usize = 16;
/// The word being typed must have this many characters to be completed.
pub const MIN_PREFIX_CHARS: usize = 2;
/// The most typo corrections of one word (the closest, then the most frequent).
pub const MAX_FUZZY_TERMS: usize = 8;
/// The most "did you mean" words offered for one query word.
pub const MAX_SUGGESTIONS: usize = 5;

/// A spelling of a phrase: per word position, the terms allowed there.
type Slots = Vec<Vec<Exp>>;

/// A typo correction: term, document frequency, distance.
type Correction = (String, u32, u8);

/// Per (slot, article): positions of the slot's terms, with the term and whether in the title.
type SlotPositions = BTreeMap<(usize, u32), Vec<(u32, u16, bool)>>;

/// One dictionary word a query word reaches.
#[derive(Debug, Clone)]
struct Exp {
    found: String,
    how: How,
    weight: f32,
    df: u32,
    postings: Loc,
    positions: Positions,
}

impl Exp {
    fn new(t: &TermInfo, how: How, weight: f32) -> Self {
        Self {
            found: t.term.clone(),
            how,
            weight,
            df: t.df,
            postings: t.postings,
            positions: t.positions.clone(),
        }
    }
}

/// A plain query word, looked up.
#[derive(Debug, Clone)]
struct LookedWord {
    word: Word,
    exps: Vec<Exp>,
    /// Its stem, when other words share it (for highlighting).
    stem: Option<String>,
    /// Words of a joined form's parts (`cease fire` for `ceasefire`), for highlighting.
    splits: Vec<Vec<String>>,
}

/// A part of the query, ready to score.
#[derive(Debug)]
enum LookedPart {
    /// Words that must all match (one, two whose joined form is a word, or the words of an
    /// entity name); or the joined form; or a mention of one of the entities.
    Words {
        words: Vec<LookedWord>,
        joined: Vec<Exp>,
        entities: Vec<u32>,
    },
    /// A phrase: any of its spellings (each a list of slots, each slot the terms allowed
    /// there), or a mention of the entities it names.
    Phrase {
        words: Vec<Word>,
        variants: Vec<Slots>,
        entities: Vec<u32>,
    },
}

/// How an article matched a part, for [`Match`]es.
#[derive(Debug, Clone, Copy)]
enum Via {
    /// The words, with the expansion of each (index into `exps`).
    Words([u16; MAX_NAME_WORDS]),
    Joined(u16),
    Entity(u32),
    /// A phrase spelling, with the expansion used in each slot (the last slot may vary).
    Phrase(u16, u16),
}

#[derive(Debug, Clone, Copy)]
struct PartHit {
    doc: u32,
    score: f32,
    strong: bool,
    via: Via,
}

/// BM25 over the root's statistics.
struct Scorer<'a, 'b> {
    l: &'b Loaded<'a>,
    n: usize,
}

impl Scorer<'_, '_> {
    fn idf(&self, df: u32) -> f32 {
        let n = self.n as f32;
        let df = (df as f32).min(n);
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    fn bm25(&self, tf: f32, idf: f32, doc: u32) -> f32 {
        idf * tf * (K1 + 1.0) / (tf + self.l.norm(doc))
    }

    fn postings(&self, e: &Exp) -> Option<Postings<'_>> {
        let bytes = self.l.list(ShardKind::Postings, e.postings)?;
        Some(Postings::new(bytes, e.df))
    }

    /// Per article, the best expansion of a word: `(doc, score, expansion, strong)`, sorted.
    /// The reported expansion is the best strong one when there is one.
    fn word(&self, exps: &[Exp]) -> Vec<(u32, f32, u16, bool)> {
        let mut best: Vec<(f32, u16, bool, f32)> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (i, e) in exps.iter().enumerate() {
            let Some(list) = self.postings(e) else {
                continue;
            };
            if best.is_empty() {
                best = vec![(0.0, u16::MAX, false, 0.0); self.n];
            }
            let idf = self.idf(e.df);
            let strong = e.how.is_strong();
            for p in list {
                let Some(slot) = best.get_mut(p.doc as usize) else {
                    continue;
                };
                let score = e.weight * self.bm25(weighted(p.tf), idf, p.doc);
                if slot.1 == u16::MAX {
                    touched.push(p.doc);
                    *slot = (score, i as u16, strong, if strong { score } else { 0.0 });
                    continue;
                }
                let better_weak = !slot.2 && !strong && score > slot.0;
                slot.0 = slot.0.max(score);
                if strong && (!slot.2 || score > slot.3) {
                    slot.1 = i as u16;
                    slot.2 = true;
                    slot.3 = score;
                } else if better_weak {
                    slot.1 = i as u16;
                }
            }
        }
        touched.sort_unstable();
        touched
            .into_iter()
            .filter_map(|d| {
                let &(score, e, strong, _) = best.get(d as usize)?;
                Some((d, score, e, strong))
            })
            .collect()
    }

    /// The articles that mention the entities, with their mention score.
    fn entities(&self, entities: &[u32]) -> Vec<(u32, f32, u32)> {
        let mut out: BTreeMap<u32, (f32, u32)> = BTreeMap::new();
        for &e in entities {
            let Some(info) = self.l.entity(e) else {
                continue;
            };
            let idf = self.idf(info.articles.len() as u32);
            for &(doc, mentions) in &info.articles {
                if doc as usize >= self.n {
                    continue;
                }
                let s = ENTITY * self.bm25(mentions as f32, idf, doc);
                let slot = out.entry(doc).or_insert((0.0, e));
                slot.0 += s;
            }
        }
        out.into_iter().map(|(d, (s, e))| (d, s, e)).collect()
    }

    fn part(&self, part: &LookedPart) -> Vec<PartHit> {
        match part {
            LookedPart::Words {
                words,
                joined,
                entities,
            } => {
                let mut acc: Option<Vec<PartHit>> = None;
                for (k, w) in words.iter().enumerate().take(MAX_NAME_WORDS) {
                    let list = self.word(&w.exps);
                    acc = Some(match acc {
                        None => list
                            .into_iter()
                            .map(|(doc, score, e, strong)| {
                                let mut via = [u16::MAX; MAX_NAME_WORDS];
                                via[0] = e;
                                PartHit {
                                    doc,
                                    score,
                                    strong,
                                    via: Via::Words(via),
                                }
                            })
                            .collect(),
                        Some(prev) => intersect(prev, &list, k),
                    });
                }
                let mut hits = acc.unwrap_or_default();
                let alt = self.word(joined);
                merge_best(
                    &mut hits,
                    alt.into_iter().map(|(doc, score, e, strong)| PartHit {
                        doc,
                        score,
                        strong,
                        via: Via::Joined(e),
                    }),
                );
                self.add_entities(&mut hits, entities);
                hits
            }
            LookedPart::Phrase {
                variants, entities, ..
            } => {
                let mut hits = Vec::new();
                for (v, slots) in variants.iter().enumerate() {
                    let found = self.phrase(slots, v as u16);
                    merge_best(&mut hits, found.into_iter());
                }
                self.add_entities(&mut hits, entities);
                hits
            }
        }
    }

    /// Adds the entities' mention scores; an article that mentions one matches strongly.
    fn add_entities(&self, hits: &mut Vec<PartHit>, entities: &[u32]) {
        if entities.is_empty() {
            return;
        }
        let mentioned = self.entities(entities);
        let mut out = Vec::with_capacity(hits.len() + mentioned.len());
        let mut a = std::mem::take(hits).into_iter().peekable();
        let mut b = mentioned.into_iter().peekable();
        loop {
            match (a.peek(), b.peek()) {
                (Some(x), Some(y)) if x.doc == y.0 => {
                    let mut h = *x;
                    h.score += y.1;
                    if !h.strong {
                        h.strong = true;
                        h.via = Via::Entity(y.2);
                    }
                    out.push(h);
                    a.next();
                    b.next();
                }
                (Some(x), Some(y)) if x.doc < y.0 => out.extend(a.next()),
                (_, Some(_)) => {
                    if let Some((doc, score, e)) = b.next() {
                        out.push(PartHit {
                            doc,
                            score,
                            strong: true,
                            via: Via::Entity(e),
                        });
                    }
                }
                (Some(_), None) => out.extend(a.next()),
                (None, None) => break,
            }
        }
        *hits = out;
    }

    /// The articles where the slots occur one after the other.
    fn phrase(&self, slots: &[Vec<Exp>], variant: u16) -> Vec<PartHit> {
        // Articles with some term of every slot, and for each slot the entries found.
        let mut count = vec![0u32; self.n];
        let mut per_slot: Vec<Vec<(u32, u16, u32, Tf)>> = Vec::with_capacity(slots.len());
        for (s, slot) in slots.iter().enumerate() {
            let mut entries = Vec::new();
            for (i, e) in slot.iter().enumerate() {
                let Some(list) = self.postings(e) else {
                    continue;
                };
                for (ordinal, p) in list.enumerate() {
                    entries.push((p.doc, i as u16, ordinal as u32, p.tf));
                }
            }
            if slot.len() > 1 {
                entries.sort_unstable_by_key(|x| (x.0, x.1));
            }
            for x in &entries {
                // Counted once per slot: the count equals the slot's number when it is new.
                if let Some(c) = count.get_mut(x.0 as usize) {
                    if *c == s as u32 {
                        *c += 1;
                    }
                }
            }
            per_slot.push(entries);
        }
        let candidates: Vec<u32> = (0..self.n as u32)
            .filter(|&d| count.get(d as usize) == Some(&(slots.len() as u32)))
            .collect();
        if candidates.is_empty() {
            return Vec::new();
        }
        // Positions of each slot's terms in the candidates: (slot, doc) → (term, position, in title).
        let mut at: SlotPositions = BTreeMap::new();
        for (s, slot) in slots.iter().enumerate() {
            for (i, e) in slot.iter().enumerate() {
                let wanted: Vec<(u32, u32, Tf)> = per_slot
                    .get(s)
                    .map(|v| {
                        v.iter()
                            .filter(|x| x.1 == i as u16 && candidates.binary_search(&x.0).is_ok())
                            .map(|x| (x.2, x.0, x.3))
                            .collect()
                    })
                    .unwrap_or_default();
                for (doc, positions) in self.positions(e, &wanted) {
                    let list = at.entry((s, doc)).or_default();
                    list.extend(positions.into_iter().map(|(p, t)| (p, i as u16, t)));
                }
            }
        }
        let idf: f32 = slots
            .iter()
            .filter_map(|s| s.first())
            .map(|e| self.idf(e.df))
            .sum();
        let last = slots.len().saturating_sub(1);
        let mut out = Vec::new();
        for &doc in &candidates {
            let Some(first) = at.get(&(0, doc)) else {
                continue;
            };
            let mut tf = 0.0;
            let mut best: Option<(bool, u16)> = None;
            for &(p, term0, title) in first {
                let mut strong = slots
                    .first()
                    .and_then(|s| s.get(term0 as usize))
                    .is_some_and(|e| e.how.is_strong());
                let mut last_term = term0;
                let mut all = true;
                for k in 1..slots.len() {
                    let want = p.checked_add(k as u32);
                    let found = at.get(&(k, doc)).and_then(|l| {
                        l.iter()
                            .filter(|x| Some(x.0) == want)
                            .max_by_key(|x| {
                                slots
                                    .get(k)
                                    .and_then(|s| s.get(x.1 as usize))
                                    .is_some_and(|e| e.how.is_strong())
                            })
                            .copied()
                    });
                    match found {
                        Some((_, term, _)) => {
                            strong &= slots
                                .get(k)
                                .and_then(|s| s.get(term as usize))
                                .is_some_and(|e| e.how.is_strong());
                            if k == last {
                                last_term = term;
                            }
                        }
                        None => {
                            all = false;
                            break;
                        }
                    }
                }
                if all {
                    tf += if title { TITLE } else { BODY };
                    if best.is_none_or(|b| strong && !b.0) {
                        best = Some((strong, last_term));
                    }
                }
            }
            if let Some((strong, last_term)) = best {
                out.push(PartHit {
                    doc,
                    score: self.bm25(tf, idf, doc),
                    strong,
                    via: Via::Phrase(variant, last_term),
                });
            }
        }
        out
    }

    /// The positions of term `e` in the wanted entries `(ordinal, doc, tf)` (ascending):
    /// `(doc, [(position, in title)])`.
    fn positions(&self, e: &Exp, wanted: &[(u32, u32, Tf)]) -> Vec<(u32, Vec<(u32, bool)>)> {
        let mut out = Vec::new();
        let Some(list) = self.postings(e) else {
            return out;
        };
        let entries: Vec<Tf> = list.map(|p| p.tf).collect();
        // Each stretch of entries with its bytes: one list, or the chunks holding wanted ones.
        let stretches: Vec<(u32, Loc)> = match &e.positions {
            Positions::One(loc) => vec![(0, *loc)],
            Positions::Chunks(chunks) => chunks
                .iter()
                .filter(|&&(start, _)| {
                    let end = chunks
                        .iter()
                        .map(|c| c.0)
                        .find(|&s| s > start)
                        .unwrap_or(u32::MAX);
                    wanted.iter().any(|w| w.0 >= start && w.0 < end)
                })
                .map(|&(start, shard)| {
                    (
                        start,
                        Loc {
                            shard,
                            offset: 0,
                            len: u32::MAX,
                        },
                    )
                })
                .collect(),
        };
        let mut buf = Vec::new();
        for (start, loc) in stretches {
            let Some(bytes) = self.l.list(ShardKind::Positions, loc) else {
                continue;
            };
            let mut r = PositionReader::new(bytes);
            let mut ordinal = start;
            for &(want, doc, tf) in wanted.iter().filter(|w| w.0 >= start) {
                while ordinal < want {
                    let skip = entries.get(ordinal as usize).map_or(0, |t| t.total());
                    if r.skip(skip).is_none() {
                        break;
                    }
                    ordinal += 1;
                }
                if ordinal != want || r.read(tf.total(), &mut buf).is_none() {
                    break;
                }
                ordinal += 1;
                let title = tf.title as usize;
                out.push((
                    doc,
                    buf.iter()
                        .enumerate()
                        .map(|(i, &p)| (p, i < title))
                        .collect(),
                ));
            }
        }
        out
    }

    /// The articles containing an excluded word (exactly or by stem) or phrase.
    fn excluded(&self, excluded: &[Slots]) -> Vec<bool> {
        let mut out = vec![false; self.n];
        for slots in excluded {
            let docs: Vec<u32> = match slots.as_slice() {
                [one] => self.word(one).into_iter().map(|x| x.0).collect(),
                _ => self.phrase(slots, 0).into_iter().map(|h| h.doc).collect(),
            };
            for d in docs {
                if let Some(o) = out.get_mut(d as usize) {
                    *o = true;
                }
            }
        }
        out
    }
}

fn weighted(tf: Tf) -> f32 {
    TITLE * tf.title as f32 + SUBHEADING * tf.subheading as f32 + BODY * tf.body as f32
}

/// The articles of `prev` that are also in `list`, the `k`-th word's list: scores add up.
fn intersect(prev: Vec<PartHit>, list: &[(u32, f32, u16, bool)], k: usize) -> Vec<PartHit> {
    let mut out = Vec::new();
    let mut j = 0;
    for mut h in prev {
        while list.get(j).is_some_and(|x| x.0 < h.doc) {
            j += 1;
        }
        if let Some(&(doc, score, e, strong)) = list.get(j) {
            if doc == h.doc {
                h.score += score;
                h.strong &= strong;
                if let Via::Words(v) = &mut h.via {
                    if let Some(slot) = v.get_mut(k) {
                        *slot = e;
                    }
                }
                out.push(h);
            }
        }
    }
    out
}

/// Merges `more` into `hits` (both by article): an article in both keeps the better match
/// (a strong one first, then the higher score).
fn merge_best(hits: &mut Vec<PartHit>, more: impl Iterator<Item = PartHit>) {
    let mut more = more.peekable();
    if more.peek().is_none() {
        return;
    }
    if hits.is_empty() {
        hits.extend(more);
        return;
    }
    let mut by_doc: BTreeMap<u32, PartHit> = hits.drain(..).map(|h| (h.doc, h)).collect();
    for h in more {
        by_doc
            .entry(h.doc)
            .and_modify(|old| {
                if (h.strong, h.score) > (old.strong, old.score) {
                    *old = h;
                }
            })
            .or_insert(h);
    }
    *hits = by_doc.into_values().collect();
}

/// The terms with the same stem as `word`, other than itself, and whether it has a group.
fn stem_terms<'a>(l: &Loaded<'a>, word: &str) -> (Vec<&'a TermInfo>, bool) {
    let s = stem(word);
    let Some(dict) = l.dict(&s) else {
        return (Vec::new(), false);
    };
    let Some(members) = dict.stem(&s) else {
        return (Vec::new(), false);
    };
    let terms = members
        .iter()
        .filter(|m| m.as_str() != word)
        .filter_map(|m| l.dict(m)?.term(m))
        .collect();
    (terms, true)
}

/// The most frequent terms starting with `prefix` (not itself).
fn completions<'a>(l: &Loaded<'a>, prefix: &str) -> Vec<&'a TermInfo> {
    let range = l.root().dicts_for_prefix(prefix);
    let mut found: Vec<&TermInfo> = Vec::new();
    for local in range {
        let id = l.root().id(ShardKind::Dictionary, local);
        if let Some(d) = l.dict_id(id) {
            found.extend(d.with_prefix(prefix).iter().filter(|t| t.term != prefix));
        }
    }
    found.sort_by(|a, b| b.df.cmp(&a.df).then_with(|| a.term.cmp(&b.term)));
    found.truncate(MAX_PREFIX_TERMS);
    found
}

/// Terms within `distance` edits of `word` (not itself), with the first letter right:
/// `(term, df, distance)`, closest then most frequent first.
fn corrections(l: &Loaded, word: &str, distance: u8, limit: usize) -> Vec<Correction> {
    let (Some(first), Some(aut)) = (word.chars().next(), Fuzzy::new(word, distance)) else {
        return Vec::new();
    };
    let len = word.len() as u32;
    let d = u32::from(distance);
    let mut found = Vec::new();
    for id in l.root().typo_shards(first, len.saturating_sub(d), len + d) {
        let Some(shard) = l.typo(id) else { continue };
        for (term, df) in &shard.terms {
            if term.len().abs_diff(word.len()) > usize::from(distance) || term == word {
                continue;
            }
            let dist = aut.distance_to(term.as_bytes());
            if dist <= distance {
                found.push((term.clone(), *df, dist));
            }
        }
    }
    found.sort_by(|a, b| {
        a.2.cmp(&b.2)
            .then(b.1.cmp(&a.1))
            .then_with(|| a.0.cmp(&b.0))
    });
    found.truncate(limit);
    found
}

fn can_fuzz(word: &str) -> bool {
    word.len() <= MAX_FUZZY_BYTES && !word.bytes().any(|b| b.is_ascii_digit())
}

/// Looks a plain word up: exact, stems, completions (stage 2).
fn look_word(l: &Loaded, word: &Word, prefix: bool) -> LookedWord {
    let w = word.folded.as_str();
    let mut exps = Vec::new();
    let mut splits = Vec::new();
    if let Some(t) = l.dict(w).and_then(|d| d.term(w)) {
        exps.push(Exp::new(t, How::Exact, EXACT));
        splits = split_words(t);
    }
    let (stems, has_group) = stem_terms(l, w);
    exps.extend(stems.into_iter().map(|t| Exp::new(t, How::Stem, STEMMED)));
    if prefix && w.chars().count() >= MIN_PREFIX_CHARS {
        for t in completions(l, w) {
            if !exps.iter().any(|e| e.found == t.term) {
                exps.push(Exp::new(t, How::Prefix, PREFIX));
            }
        }
    }
    LookedWord {
        word: word.clone(),
        exps,
        stem: has_group.then(|| stem(w).into_owned()),
        splits,
    }
}

/// The words of a joined term's parts (`["cease", "fire"]` for `ceasefire`).
fn split_words(t: &TermInfo) -> Vec<Vec<String>> {
    t.splits
        .iter()
        .map(|cuts| {
            let mut parts = Vec::new();
            let mut from = 0usize;
            for &c in cuts.iter().chain(std::iter::once(&(t.term.len() as u32))) {
                if let Some(p) = t.term.get(from..c as usize) {
                    parts.push(p.to_string());
                }
                from = c as usize;
            }
            parts
        })
        .filter(|p| p.len() > 1)
        .collect()
}

/// A query looked up, part by part.
struct Plan {
    parts: Vec<LookedPart>,
    excluded: Vec<Slots>,
    pending_exclusion: Option<String>,
    /// An unclosed phrase whose unfinished last word is left out if nothing has it: the
    /// part, and the phrase without it.
    phrase_fallback: Vec<(usize, Vec<Slots>, String)>,
}

/// Stage 1: touches the dictionary shards every later stage starts from.
fn touch_dictionaries(l: &Loaded, q: &Query) {
    let touch = |w: &str| {
        l.dict(w);
        l.dict(&stem(w));
    };
    for part in &q.parts {
        match part {
            Part::Word { word, prefix } => {
                touch(&word.folded);
                if *prefix && word.folded.chars().count() >= MIN_PREFIX_CHARS {
                    for local in l.root().dicts_for_prefix(&word.folded) {
                        l.dict_id(l.root().id(ShardKind::Dictionary, local));
                    }
                }
            }
            Part::Phrase { words, prefix } => {
                for w in words {
                    l.dict(&w.folded);
                }
                if let (true, Some(last)) = (*prefix, words.last()) {
                    if last.folded.chars().count() >= MIN_PREFIX_CHARS {
                        for local in l.root().dicts_for_prefix(&last.folded) {
                            l.dict_id(l.root().id(ShardKind::Dictionary, local));
                        }
                    }
                }
            }
        }
    }
    for ex in &q.excluded {
        for w in &ex.words {
            touch(w);
        }
    }
}

/// Stage 2: entity names, joined forms, stems, completions.
fn plan(l: &Loaded, q: &Query) -> Plan {
    let mut parts = Vec::new();
    let mut phrase_fallback = Vec::new();
    let mut i = 0;
    while let Some(part) = q.parts.get(i) {
        match part {
            Part::Phrase { words, prefix } => {
                let key: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
                let entities = l
                    .name(&key.join(" "))
                    .map(<[u32]>::to_vec)
                    .unwrap_or_default();
                let (variants, without) = phrase_variants(l, words, *prefix);
                if let Some(without) = without {
                    let typed = words.last().map(|w| w.typed.clone()).unwrap_or_default();
                    phrase_fallback.push((parts.len(), without, typed));
                }
                parts.push(LookedPart::Phrase {
                    words: words.clone(),
                    variants,
                    entities,
                });
                i += 1;
            }
            Part::Word { .. } => {
                let run: Vec<(&Word, bool)> = q
                    .parts
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take(MAX_NAME_WORDS)
                    .map_while(|p| match p {
                        Part::Word { word, prefix } => Some((word, *prefix)),
                        Part::Phrase { .. } => None,
                    })
                    .collect();
                let named = (1..=run.len()).rev().find_map(|len| {
                    let key: Vec<&str> =
                        run.iter().take(len).map(|w| w.0.folded.as_str()).collect();
                    let found = l.name(&key.join(" "))?;
                    (!found.is_empty()).then(|| (len, found.to_vec()))
                });
                let (taken, entities, joined) = match named {
                    Some((len, entities)) => (len, entities, Vec::new()),
                    None => match (run.first(), run.get(1)) {
                        (Some(a), Some(b)) => {
                            let j = format!("{}{}", a.0.folded, b.0.folded);
                            match l.dict(&j).and_then(|d| d.term(&j)) {
                                Some(t) => (2, Vec::new(), vec![Exp::new(t, How::Exact, EXACT)]),
                                None => (1, Vec::new(), Vec::new()),
                            }
                        }
                        _ => (1, Vec::new(), Vec::new()),
                    },
                };
                let words = run
                    .iter()
                    .take(taken)
                    .map(|(w, prefix)| look_word(l, w, *prefix))
                    .collect();
                parts.push(LookedPart::Words {
                    words,
                    joined,
                    entities,
                });
                i += taken.max(1);
            }
        }
    }
    let mut excluded = Vec::new();
    let mut pending_exclusion = None;
    for ex in &q.excluded {
        match ex.words.as_slice() {
            [w] if ex.typing && w.chars().count() < 3 => pending_exclusion = Some(w.clone()),
            [w] => {
                let mut exps: Vec<Exp> = l
                    .dict(w)
                    .and_then(|d| d.term(w))
                    .map(|t| Exp::new(t, How::Exact, EXACT))
                    .into_iter()
                    .collect();
                exps.extend(
                    stem_terms(l, w)
                        .0
                        .into_iter()
                        .map(|t| Exp::new(t, How::Stem, EXACT)),
                );
                excluded.push(vec![exps]);
            }
            words => {
                let slots: Option<Slots> = words
                    .iter()
                    .map(|w| {
                        let t = l.dict(w)?.term(w)?;
                        Some(vec![Exp::new(t, How::Exact, EXACT)])
                    })
                    .collect();
                excluded.extend(slots);
            }
        }
    }
    Plan {
        parts,
        excluded,
        pending_exclusion,
        phrase_fallback,
    }
}

/// The spellings of a phrase: its words; with two neighbours joined where the joined form
/// is a word (`cease fire` → `ceasefire`); with a joined word split where the collection
/// writes it apart (`ceasefire` → `cease fire`). For an unclosed phrase whose last word is
/// being typed, that slot also takes the word's completions, and the phrase without that
/// word is returned to fall back on.
fn phrase_variants(l: &Loaded, words: &[Word], prefix: bool) -> (Vec<Slots>, Option<Vec<Slots>>) {
    let term = |w: &str| l.dict(w).and_then(|d| d.term(w));
    let exact = |w: &str| term(w).map(|t| vec![Exp::new(t, How::Exact, EXACT)]);
    let last = words.len().saturating_sub(1);
    let mut slots: Vec<Option<Vec<Exp>>> = words.iter().map(|w| exact(&w.folded)).collect();
    let mut without = None;
    if prefix {
        if let Some(w) = words.last() {
            let mut slot = slots
                .get_mut(last)
                .and_then(Option::take)
                .unwrap_or_default();
            if w.folded.chars().count() >= MIN_PREFIX_CHARS {
                for t in completions(l, &w.folded) {
                    slot.push(Exp::new(t, How::Prefix, PREFIX));
                }
            }
            if let Some(s) = slots.get_mut(last) {
                *s = (!slot.is_empty()).then_some(slot);
            }
            if words.len() > 1 {
                let head: Option<Slots> = slots.iter().take(last).cloned().collect();
                without = head.map(|h| vec![h]);
            }
        }
    }
    let mut variants: Vec<Slots> = Vec::new();
    if let Some(v) = slots.iter().cloned().collect::<Option<Vec<_>>>() {
        variants.push(v);
    }
    // Joined neighbours (not the slot being typed).
    for k in 0..words.len().saturating_sub(1) {
        let (Some(a), Some(b)) = (words.get(k), words.get(k + 1)) else {
            continue;
        };
        let joined = format!("{}{}", a.folded, b.folded);
        let mut j = exact(&joined).unwrap_or_default();
        if prefix && k + 1 == last {
            // The pair being typed: its joined form may be typed too (`cease-fi`).
            for t in completions(l, &joined) {
                j.push(Exp::new(t, How::Prefix, PREFIX));
            }
        }
        if j.is_empty() {
            continue;
        }
        let mut v: Vec<Option<Vec<Exp>>> = slots.clone();
        v.splice(k..k + 2, std::iter::once(Some(j)));
        if let Some(v) = v.into_iter().collect::<Option<Vec<_>>>() {
            variants.push(v);
        }
    }
    // Split words.
    for (k, w) in words.iter().enumerate() {
        if prefix && k == last {
            continue;
        }
        let Some(t) = term(&w.folded) else { continue };
        for parts in split_words(t) {
            let Some(split): Option<Slots> = parts.iter().map(|p| exact(p)).collect() else {
                continue;
            };
            let mut v: Vec<Option<Vec<Exp>>> = slots.clone();
            v.splice(k..k + 1, split.into_iter().map(Some));
            if let Some(v) = v.into_iter().collect::<Option<Vec<_>>>() {
                variants.push(v);
            }
        }
    }
    (variants, without)
}

/// The words of a plan that get typo corrections: plain words the collection has in no form.
fn needs_typos(part: &LookedPart) -> Vec<usize> {
    match part {
        LookedPart::Words {
            words,
            joined,
            entities,
        } if entities.is_empty() && joined.is_empty() => words
            .iter()
            .enumerate()
            .filter(|(_, w)| {
                w.exps.is_empty()
                    && max_distance(w.word.folded.chars().count()) > 0
                    && can_fuzz(&w.word.folded)
            })
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    }
}

/// Runs `input` on the loaded shards; see [`super::ShardedIndex::rank`].
pub(super) fn rank(l: &Loaded, input: &str) -> Result<Ranking, Missing> {
    let q = parse(input);
    let keep_typing = match q.parts.last() {
        Some(Part::Word { word, prefix: true }) => word.folded.chars().count() < MIN_PREFIX_CHARS,
        Some(Part::Phrase {
            words,
            prefix: true,
        }) => words
            .last()
            .is_some_and(|w| w.folded.chars().count() < MIN_PREFIX_CHARS),
        _ => false,
    };
    let mut ranking = Ranking {
        keep_typing,
        searched_bytes: q.cut,
        ..Ranking::default()
    };
    if q.parts.is_empty() && q.excluded.is_empty() {
        return Ok(ranking);
    }

    // Stages 1 and 2.
    touch_dictionaries(l, &q);
    l.finish()?;
    let mut plan = plan(l, &q);
    l.finish()?;

    // Stage 3: typo corrections, then their dictionary entries.
    let mut fixes: Vec<(usize, usize, Vec<Correction>)> = Vec::new();
    for (u, looked) in plan.parts.iter().enumerate() {
        if let LookedPart::Words { words, .. } = looked {
            for k in needs_typos(looked) {
                if let Some(w) = words.get(k) {
                    let d = max_distance(w.word.folded.chars().count());
                    fixes.push((u, k, corrections(l, &w.word.folded, d, MAX_FUZZY_TERMS)));
                }
            }
        }
    }
    l.finish()?;
    for (u, k, found) in &fixes {
        if let Some(LookedPart::Words { words, .. }) = plan.parts.get_mut(*u) {
            if let Some(w) = words.get_mut(*k) {
                for (term, _, d) in found {
                    if let Some(t) = l.dict(term).and_then(|dict| dict.term(term)) {
                        let weight = if *d == 1 { FUZZY_1 } else { FUZZY_2 };
                        w.exps.push(Exp::new(t, How::Typo, weight));
                    }
                }
            }
        }
    }
    l.finish()?;

    // Stages 4 and 5: lists, entities, positions.
    let n = l.root().articles as usize;
    let scorer = Scorer { l, n };
    let mut scores: Vec<Vec<PartHit>> = plan.parts.iter().map(|p| scorer.part(p)).collect();
    let excluded = scorer.excluded(&plan.excluded);
    l.finish()?;
    let mut fell_back: Vec<(usize, Vec<Slots>)> = Vec::new();
    for (u, without, typed) in &plan.phrase_fallback {
        if scores.get(*u).is_some_and(Vec::is_empty) {
            let mut hits = Vec::new();
            for slots in without {
                merge_best(&mut hits, scorer.phrase(slots, 0).into_iter());
            }
            for h in &mut hits {
                h.strong = false;
                h.via = Via::Phrase(u16::MAX, u16::MAX);
            }
            if !hits.is_empty() {
                ranking.phrase_without = Some(typed.clone());
                fell_back.push((*u, without.clone()));
                if let Some(s) = scores.get_mut(*u) {
                    *s = hits;
                }
            }
        }
    }
    l.finish()?;
    ranking.pending_exclusion = plan.pending_exclusion.take();

    // Groups.
    let parts = scores.len();
    let mut matched = vec![0u16; n];
    let mut strong = vec![0u16; n];
    let mut sum = vec![0f32; n];
    for list in &scores {
        for h in list {
            let d = h.doc as usize;
            if let (Some(m), Some(s), Some(t)) =
                (matched.get_mut(d), strong.get_mut(d), sum.get_mut(d))
            {
                *m += 1;
                *s += u16::from(h.strong);
                *t += h.score;
            }
        }
    }
    let keep = |d: usize| !excluded.get(d).copied().unwrap_or(true);
    let mut ranked: Vec<(Group, u16, f32, u32)> = Vec::new();
    if parts == 0 {
        ranked.extend(
            (0..n)
                .filter(|&d| keep(d))
                .map(|d| (Group::Strong, 0, 0.0, d as u32)),
        );
    } else {
        for d in (0..n).filter(|&d| keep(d)) {
            let m = matched.get(d).copied().unwrap_or(0);
            if usize::from(m) == parts {
                let g = if usize::from(strong.get(d).copied().unwrap_or(0)) == parts {
                    Group::Strong
                } else {
                    Group::Weak
                };
                ranked.push((g, m, sum.get(d).copied().unwrap_or(0.0), d as u32));
            }
        }
        if ranked.is_empty() && parts >= 2 {
            for d in (0..n).filter(|&d| keep(d)) {
                let m = matched.get(d).copied().unwrap_or(0);
                if m > 0 {
                    ranked.push((
                        Group::Partial,
                        m,
                        sum.get(d).copied().unwrap_or(0.0),
                        d as u32,
                    ));
                }
            }
        }
    }
    ranked.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(b.2.total_cmp(&a.2))
            .then(a.3.cmp(&b.3))
    });
    ranking.strong = ranked.iter().filter(|r| r.0 == Group::Strong).count();
    ranking.weak = ranked.iter().filter(|r| r.0 == Group::Weak).count();
    ranking.hits = ranked
        .into_iter()
        .map(|(group, _, score, doc)| Ranked {
            article: doc,
            score,
            group,
            matches: matches(l, &plan.parts, &scores, doc),
        })
        .collect();
    ranking.words = reports(&plan.parts);

    // Stage 6: "did you mean".
    if ranking.strong + ranking.weak == 0 {
        (ranking.unknown, ranking.suggestions) = suggestions(l, &plan.parts);
        l.finish()?;
    }
    ranking.highlighter = highlighter(l, &plan.parts, &fell_back);
    Ok(ranking)
}

/// How `doc` matched each part.
fn matches(l: &Loaded, parts: &[LookedPart], scores: &[Vec<PartHit>], doc: u32) -> Vec<Match> {
    let mut out = Vec::new();
    for (looked, list) in parts.iter().zip(scores) {
        let Ok(at) = list.binary_search_by_key(&doc, |h| h.doc) else {
            continue;
        };
        let Some(hit) = list.get(at) else { continue };
        match (looked, hit.via) {
            (LookedPart::Words { words, .. }, Via::Words(via)) => {
                for (w, &e) in words.iter().zip(via.iter()) {
                    if let Some(exp) = w.exps.get(e as usize) {
                        out.push(Match {
                            word: w.word.typed.clone(),
                            found: exp.found.clone(),
                            how: exp.how,
                        });
                    }
                }
            }
            (LookedPart::Words { words, joined, .. }, Via::Joined(e)) => {
                if let Some(exp) = joined.get(e as usize) {
                    for w in words {
                        out.push(Match {
                            word: w.word.typed.clone(),
                            found: exp.found.clone(),
                            how: How::Exact,
                        });
                    }
                }
            }
            (LookedPart::Words { words, .. }, Via::Entity(e)) => {
                let name = l.entity(e).map(|i| i.name.clone()).unwrap_or_default();
                for w in words {
                    out.push(Match {
                        word: w.word.typed.clone(),
                        found: name.clone(),
                        how: How::Entity,
                    });
                }
            }
            (LookedPart::Phrase { words, .. }, Via::Entity(e)) => {
                let name = l.entity(e).map(|i| i.name.clone()).unwrap_or_default();
                for w in words {
                    out.push(Match {
                        word: w.typed.clone(),
                        found: name.clone(),
                        how: How::Entity,
                    });
                }
            }
            (
                LookedPart::Phrase {
                    words, variants, ..
                },
                Via::Phrase(v, last_term),
            ) => {
                let variant = variants.get(v as usize);
                let last = words.len().saturating_sub(1);
                for (k, w) in words.iter().enumerate() {
                    let slot_exp = variant.and_then(|slots| {
                        let slot = slots.get(k.min(slots.len().saturating_sub(1)))?;
                        if k == last && slots.len() == words.len() {
                            slot.get(last_term as usize)
                        } else {
                            slot.first()
                        }
                    });
                    let (found, how) = match slot_exp {
                        Some(e) if variant.is_some_and(|s| s.len() == words.len()) => {
                            (e.found.clone(), e.how)
                        }
                        // A joined or split spelling, or the phrase without its last word.
                        _ if v == u16::MAX && k == last => continue,
                        _ => (w.folded.clone(), How::Exact),
                    };
                    out.push(Match {
                        word: w.typed.clone(),
                        found,
                        how,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// What each plain word reached besides itself.
fn reports(parts: &[LookedPart]) -> Vec<WordReport> {
    let mut out = Vec::new();
    for looked in parts {
        if let LookedPart::Words { words, joined, .. } = looked {
            for w in words {
                let mut also: Vec<(String, How)> = w
                    .exps
                    .iter()
                    .filter(|e| e.how != How::Exact)
                    .map(|e| (e.found.clone(), e.how))
                    .collect();
                also.extend(joined.iter().map(|e| (e.found.clone(), How::Exact)));
                out.push(WordReport {
                    word: w.word.typed.clone(),
                    also,
                });
            }
        }
    }
    out
}

/// The words that reached nothing (as typed), and "did you mean" for them: words a little
/// further than typo correction goes (one edit for words of three letters, two for longer
/// ones).
fn suggestions(l: &Loaded, parts: &[LookedPart]) -> (Vec<String>, Vec<Suggestion>) {
    let mut unknown: Vec<&Word> = Vec::new();
    for looked in parts {
        match looked {
            LookedPart::Words {
                words, entities, ..
            } if entities.is_empty() => {
                unknown.extend(words.iter().filter(|w| w.exps.is_empty()).map(|w| &w.word));
            }
            LookedPart::Phrase { words, .. } => {
                unknown.extend(
                    words
                        .iter()
                        .filter(|w| l.dict(&w.folded).and_then(|d| d.term(&w.folded)).is_none()),
                );
            }
            LookedPart::Words { .. } => {}
        }
    }
    let mut out = Vec::new();
    for word in &unknown {
        let chars = word.folded.chars().count();
        if chars < 3 || !can_fuzz(&word.folded) {
            continue;
        }
        let d = (max_distance(chars) + 1).min(2);
        let nearest: Vec<String> = corrections(l, &word.folded, d, MAX_SUGGESTIONS)
            .into_iter()
            .map(|c| c.0)
            .collect();
        if !nearest.is_empty() {
            out.push(Suggestion {
                word: word.typed.clone(),
                nearest,
            });
        }
    }
    (unknown.iter().map(|w| w.typed.clone()).collect(), out)
}

/// The highlighter for the parts (and the shorter phrases that unclosed phrases fell
/// back on).
fn highlighter(l: &Loaded, parts: &[LookedPart], fell_back: &[(usize, Vec<Slots>)]) -> Highlighter {
    let mut patterns = Vec::new();
    let mut sequences: Vec<(u32, Vec<String>)> = Vec::new();
    let names = |entities: &[u32], part: u32, sequences: &mut Vec<(u32, Vec<String>)>| {
        for &e in entities {
            for key in l.entity(e).map(|i| i.keys.as_slice()).unwrap_or_default() {
                let seq: Vec<String> = key.split(' ').map(str::to_string).collect();
                if !sequences.iter().any(|s| s.0 == part && s.1 == seq) {
                    sequences.push((part, seq));
                }
            }
        }
    };
    for (part, looked) in parts.iter().enumerate() {
        let part = part as u32;
        match looked {
            LookedPart::Words {
                words,
                joined,
                entities,
            } => {
                for (k, w) in words.iter().enumerate() {
                    let mut terms: Vec<String> = w
                        .exps
                        .iter()
                        .filter(|e| matches!(e.how, How::Prefix | How::Typo))
                        .map(|e| e.found.clone())
                        .collect();
                    if k == 0 {
                        terms.extend(joined.iter().map(|e| e.found.clone()));
                    }
                    terms.sort_unstable();
                    terms.dedup();
                    patterns.push(WordPattern {
                        part,
                        exact: w.word.folded.clone(),
                        stem: w.stem.clone(),
                        terms,
                    });
                    for s in &w.splits {
                        sequences.push((part, s.clone()));
                    }
                }
                names(entities, part, &mut sequences);
            }
            LookedPart::Phrase {
                variants, entities, ..
            } => {
                let shorter = fell_back
                    .iter()
                    .filter(|f| f.0 == part as usize)
                    .flat_map(|f| f.1.iter());
                for slots in variants.iter().chain(shorter) {
                    let fixed: Vec<String> = slots
                        .iter()
                        .take(slots.len().saturating_sub(1))
                        .filter_map(|s| s.first().map(|e| e.found.clone()))
                        .collect();
                    for e in slots.last().map(Vec::as_slice).unwrap_or_default() {
                        let mut seq = fixed.clone();
                        seq.push(e.found.clone());
                        sequences.push((part, seq));
                    }
                }
                names(entities, part, &mut sequences);
            }
        }
    }
    Highlighter::new(patterns, sequences)
}
