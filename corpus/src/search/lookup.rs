//! Looking a query's words up in the dictionary shards: the first three stages of reading a
//! query (the ranking, `rank.rs`, does the rest), and the nearest words for "did you mean".
//!
//! 1. the dictionary shards of every word, of its stem, and of the range of the word being
//!    typed;
//! 2. entity names (runs of words that spell a name), joined forms of neighbouring words,
//!    the terms of each stem group, the completions of the word being typed;
//! 3. for a plain word that the collection has in no form (no exact word, stem, completion
//!    or entity name), the typo shards of its first letter and neighbouring lengths, then
//!    the dictionary shards of the corrections found.
//!
//! Each query word is expanded into dictionary words, each with a weight for how it matched
//! ([`How`]): the word itself ([`EXACT`]), words with the same stem ([`STEMMED`]), for the word
//! being typed the most frequent words it begins ([`PREFIX`], up to [`MAX_PREFIX_TERMS`]),
//! and, only for a word the collection does not have, the closest words ([`FUZZY_1`],
//! [`FUZZY_2`], up to [`MAX_FUZZY_TERMS`]). The result, a [`Plan`], is what the ranking
//! scores.

use super::format::{Loc, Positions, ShardKind, TermInfo};
use super::fuzzy::{max_distance, Fuzzy, MAX_FUZZY_BYTES};
use super::query::{Part, Query, Word};
use super::sharded::Loaded;
use super::tokens::stem;
use super::{How, Missing, Suggestion, MAX_NAME_WORDS};

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

/// The most completions of the word being typed (the most frequent ones).
pub const MAX_PREFIX_TERMS: usize = 16;
/// The word being typed must have this many characters to be completed.
pub const MIN_PREFIX_CHARS: usize = 2;
/// The most typo corrections of one word (the closest, then the most frequent).
pub const MAX_FUZZY_TERMS: usize = 8;
/// The most "did you mean" words offered for one query word.
pub const MAX_SUGGESTIONS: usize = 5;

/// A spelling of a phrase: per word position, the terms allowed there.
pub(super) type Slots = Vec<Vec<Exp>>;

/// A typo correction: term, document frequency, distance.
type Correction = (String, u32, u8);

/// One dictionary word a query word reaches.
#[derive(Debug, Clone)]
pub(super) struct Exp {
    pub(super) found: String,
    pub(super) how: How,
    pub(super) weight: f32,
    pub(super) df: u32,
    pub(super) postings: Loc,
    pub(super) positions: Positions,
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
pub(super) struct LookedWord {
    pub(super) word: Word,
    pub(super) exps: Vec<Exp>,
    /// Its stem, when other words share it (for highlighting).
    pub(super) stem: Option<String>,
    /// Words of a joined form's parts (`cease fire` for `ceasefire`), for highlighting.
    pub(super) splits: Vec<Vec<String>>,
}

/// A part of the query, ready to score.
#[derive(Debug)]
pub(super) enum LookedPart {
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

/// Stages 1 to 3: the query's parts, looked up, or the shards still needed to look them up.
pub(super) fn look_up(l: &Loaded, q: &Query) -> Result<Plan, Missing> {
    // Stage 1.
    touch_dictionaries(l, q);
    l.finish()?;
    // Stage 2.
    let mut plan = plan(l, q);
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
    l.finish()?;
    Ok(plan)
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
    crate::sort::sort_by(&mut found, |a, b| {
        b.df.cmp(&a.df).then_with(|| a.term.cmp(&b.term))
    });
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
    crate::sort::sort_by(&mut found, |a, b| {
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
pub(super) struct Plan {
    pub(super) parts: Vec<LookedPart>,
    pub(super) excluded: Vec<Slots>,
    pub(super) pending_exclusion: Option<String>,
    /// An unclosed phrase whose unfinished last word is left out if nothing has it: the
    /// part, and the phrase without it.
    pub(super) phrase_fallback: Vec<(usize, Vec<Slots>, String)>,
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
            [w] if !ex.applies() => pending_exclusion = Some(w.clone()),
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

/// The words that reached nothing (as typed), and "did you mean" for them: words a little
/// further than typo correction goes (one edit for words of three letters, two for longer
/// ones).
pub(super) fn suggestions(l: &Loaded, parts: &[LookedPart]) -> (Vec<String>, Vec<Suggestion>) {
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
