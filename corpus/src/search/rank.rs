//! Ranking a query on a [`super::ShardedIndex`]: BM25 over the words the lookup reached, the
//! strong, weak and partial groups, how each article matched, and the highlighter.
//!
//! [`rank`] reads a query in stages, each asking only for the shards the next needs. Stages 1
//! to 3 look the words up (`lookup.rs`); then
//!
//! 4. the postings lists of every term reached, and the entities' lists;
//! 5. for phrases, the positions of the articles that have all their words;
//! 6. when no article matches every part, the typo shards for "did you mean".
//!
//! An article's score for a query word is the best of its expansions' BM25 scores times their
//! weight ([`super::lookup::EXACT`] and the others).

use std::collections::BTreeMap;

use super::format::{Loc, Positions, ShardKind};
use super::lookup::{look_up, suggestions, Exp, LookedPart, Slots, MIN_PREFIX_CHARS};
use super::matcher::{Highlighter, WordPattern};
use super::postings::{PositionReader, Postings, Tf};
use super::query::{parse, Part};
use super::sharded::Loaded;
use super::{Group, How, Match, Missing, Ranked, Ranking, WordReport, MAX_NAME_WORDS};

/// Weight of an entity's mentions, for a query naming it.
pub const ENTITY: f32 = 1.5;

/// Field weights: an occurrence in the title counts three times, in a subheading twice.
pub const TITLE: f32 = 3.0;
pub const SUBHEADING: f32 = 2.0;
pub const BODY: f32 = 1.0;

/// BM25 term-frequency saturation and length normalisation.
pub const K1: f32 = 1.2;
pub const B: f32 = 0.75;

/// Per (slot, article): positions of the slot's terms, with the term and whether in the title.
type SlotPositions = BTreeMap<(usize, u32), Vec<(u32, u16, bool)>>;

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
        // Every matching article: the standard sort, as for `ranked` below.
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
                crate::sort::sort_by_key(&mut entries, |x| (x.0, x.1));
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

    let mut plan = look_up(l, &q)?;

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
    // The one list as long as the matches (10,000 at 10,000 articles for a common word): the
    // standard sort, about three times as fast there as `crate::sort` (which the shorter lists
    // use, to keep the wasm small).
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
                    crate::sort::sort(&mut terms);
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
