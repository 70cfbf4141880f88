//! Building the index files from a corpus (at build time, natively).
//!
//! Each article's title and its paragraph and subheading blocks are cut into folded words
//! ([`super::tokens`]); asides (captions, credits, promos) are not indexed. Words are numbered
//! through the article: the title from 0, then each block after a gap of one, so a phrase
//! never matches across two blocks, and a word's first `title_tf` positions are in the title.
//!
//! **Joined forms.** Words written with a hyphen between them (`cease-fire`) are also indexed
//! joined (`ceasefire`), at the position of the first; so are two words written with a space
//! between them (`cease fire`) when each has three letters or more and their joined form is
//! written as one word, or with a hyphen, somewhere in the collection. Joined forms do not
//! count in the article's length.
//!
//! Time and memory are linear in the text: two passes over the words (the first collects the
//! dictionary, so that `cease fire` is joined whatever article says `ceasefire`), one hash
//! look-up a word, postings appended as bytes, then one sort of the dictionary.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use crate::fnv::Fnv;

use super::format::{quantise_len, shard_header, Loc, Output, Positions, Root, ShardKind};
use super::tokens::{for_each_word, stem, words, MAX_WORD_BYTES};
use super::{IndexFiles, MAX_NAME_WORDS};
use crate::article::{BlockKind, Corpus};
use crate::varint::{put_varint, Reader};

/// Target payload sizes, in bytes, before compression.
pub const DICT_BYTES: usize = 2 * 1024;
pub const TYPO_BYTES: usize = 4 * 1024;
pub const POSTINGS_BYTES: usize = 2 * 1024;
pub const POSITIONS_BYTES: usize = 12 * 1024;
/// The chunks of a positions list longer than [`POSITIONS_BYTES`]: small, so that a phrase
/// whose rare word is in a few articles reads few bytes of a frequent word's positions.
pub const POSITIONS_CHUNK_BYTES: usize = 4 * 1024;
pub const ENTITY_BYTES: usize = 8 * 1024;

/// The longest term kept in the typo shards (query words up to [`super::fuzzy::MAX_FUZZY_BYTES`]
/// get corrections, at most two edits away).
const MAX_TYPO_TERM: usize = super::fuzzy::MAX_FUZZY_BYTES + 2;

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Title,
    Subheading,
    Body,
}

/// One term's lists, appended to as articles are read.
#[derive(Default)]
struct Acc {
    df: u32,
    last_doc: u32,
    docs: Vec<u8>,
    positions: Vec<u8>,
}

/// How two neighbouring words are separated.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    Hyphen,
    Space,
    Other,
}

fn gap(between: &str) -> Gap {
    match between {
        "-" | "\u{2010}" | "\u{2011}" => Gap::Hyphen,
        s if !s.is_empty() && s.chars().all(char::is_whitespace) => Gap::Space,
        _ => Gap::Other,
    }
}

/// What [`text_words`] calls for each word or joined form: position, term id, split points.
type Emit<'a> = dyn FnMut(u32, u32, Option<&[u32]>) + 'a;

/// Calls `f(position, id, joined)` for each word of `text` and each joined form (with its split
/// points), numbering words from `*position`. `lookup` gives a word's id (`None`: skip it).
/// Spaced pairs are tried only when `halves` says the first word starts some longer term.
fn text_words(
    text: &str,
    position: &mut u32,
    lookup: &mut dyn FnMut(&str) -> Option<u32>,
    halves: Option<&[bool]>,
    f: &mut Emit,
) {
    let mut prev_end = None;
    let mut prev: Option<(u32, usize)> = None;
    // The current hyphen chain: first position, joined form, split points.
    let mut chain_at: Option<u32> = None;
    let mut joined = String::new();
    let mut splits: Vec<u32> = Vec::new();
    let mut pair = String::new();
    let mut prev_word = String::new();
    for_each_word(text, |start, end, word| {
        let pos = *position;
        *position = position.saturating_add(1);
        let g = prev_end.map_or(Gap::Other, |e| gap(text.get(e..start).unwrap_or("")));
        prev_end = Some(end);
        let fits = joined.len() + word.len() <= MAX_WORD_BYTES;
        if g == Gap::Hyphen && fits && chain_at.is_some() {
            splits.push(joined.len() as u32);
            joined.push_str(word);
        } else {
            flush(&mut chain_at, &joined, &mut splits, lookup, f);
            chain_at = Some(pos);
            joined.clear();
            joined.push_str(word);
            let half = prev.is_some_and(|(id, len)| {
                len >= 3 && halves.is_some_and(|h| h.get(id as usize) == Some(&true))
            });
            if g == Gap::Space && half && word.len() >= 3 {
                pair.clear();
                pair.push_str(&prev_word);
                pair.push_str(word);
                if let Some(id) = lookup(&pair) {
                    f(pos.saturating_sub(1), id, Some(&[prev_word.len() as u32]));
                }
            }
        }
        prev = None;
        if let Some(id) = lookup(word) {
            f(pos, id, None);
            prev = Some((id, word.len()));
        }
        prev_word.clear();
        prev_word.push_str(word);
    });
    flush(&mut chain_at, &joined, &mut splits, lookup, f);
}

/// Emits the hyphen chain that ends here, if it joined two words or more.
fn flush(
    at: &mut Option<u32>,
    joined: &str,
    splits: &mut Vec<u32>,
    lookup: &mut dyn FnMut(&str) -> Option<u32>,
    f: &mut Emit,
) {
    if let Some(start) = at.take() {
        if !splits.is_empty() {
            if let Some(id) = lookup(joined) {
                f(start, id, Some(splits));
            }
        }
    }
    splits.clear();
}

/// For each term, whether it is the first part of a longer term whose rest is a term too
/// (`cease` of `ceasefire`): only then is a spaced pair starting with it worth a look-up.
fn first_halves(ids: &Map<String, u32>) -> Vec<bool> {
    let mut halves = vec![false; ids.len()];
    for term in ids.keys() {
        for k in 3..term.len().saturating_sub(2) {
            let (Some(a), Some(b)) = (term.get(..k), term.get(k..)) else {
                continue;
            };
            if let (Some(&id), true) = (ids.get(a), ids.contains_key(b)) {
                if let Some(h) = halves.get_mut(id as usize) {
                    *h = true;
                }
            }
        }
    }
    halves
}

/// The indexed texts of an article with their fields: the title, then each paragraph and
/// subheading.
fn fields(article: &crate::Article) -> impl Iterator<Item = (&str, Field)> {
    std::iter::once((article.title.as_str(), Field::Title)).chain(article.blocks.iter().filter_map(
        |b| match b.kind {
            BlockKind::Paragraph => Some((b.text.as_str(), Field::Body)),
            BlockKind::Subheading => Some((b.text.as_str(), Field::Subheading)),
            BlockKind::Aside => None,
        },
    ))
}

/// Builds the index files of `corpus`.
pub fn build(corpus: &Corpus) -> IndexFiles {
    // Pass 1: the dictionary (words and hyphen-joined forms).
    let mut ids: Map<String, u32> = Map::default();
    for article in &corpus.articles {
        for (text, _) in fields(article) {
            let mut pos = 0;
            let mut insert = |w: &str| {
                let next = ids.len() as u32;
                Some(*ids.entry(w.to_string()).or_insert(next))
            };
            text_words(text, &mut pos, &mut insert, None, &mut |_, _, _| {});
        }
    }
    let halves = first_halves(&ids);

    // Pass 2: the lists.
    let mut accs: Vec<Acc> = (0..ids.len()).map(|_| Acc::default()).collect();
    let mut splits: BTreeMap<u32, BTreeSet<Vec<u32>>> = BTreeMap::new();
    let mut norms = Vec::with_capacity(corpus.articles.len());
    let mut total_len = 0u64;
    let mut seen: Vec<(u32, u32, Field)> = Vec::new();
    let mut get = |w: &str| ids.get(w).copied();
    for (doc, article) in corpus.articles.iter().enumerate() {
        let doc = doc as u32;
        seen.clear();
        let mut position = 0u32;
        let mut len = 0u32;
        for (i, (text, field)) in fields(article).enumerate() {
            if i > 0 {
                position = position.saturating_add(1);
            }
            let mut emit = |pos: u32, id: u32, joined: Option<&[u32]>| {
                match joined {
                    None => len += 1,
                    Some(cuts) => {
                        let variants = splits.entry(id).or_default();
                        if variants.len() < 3 {
                            variants.insert(cuts.to_vec());
                        }
                    }
                }
                seen.push((id, pos, field));
            };
            text_words(text, &mut position, &mut get, Some(&halves), &mut emit);
        }
        norms.push(quantise_len(len));
        total_len += u64::from(len);
        seen.sort_unstable();
        seen.dedup_by_key(|s| (s.0, s.1));
        for group in seen.chunk_by(|a, b| a.0 == b.0) {
            let Some(acc) = group.first().and_then(|g| accs.get_mut(g.0 as usize)) else {
                continue;
            };
            let count = |f: Field| group.iter().filter(|g| g.2 == f).count() as u64;
            let (title, sub, body) = (
                count(Field::Title),
                count(Field::Subheading),
                count(Field::Body),
            );
            put_varint(&mut acc.docs, u64::from(doc - acc.last_doc));
            put_varint(
                &mut acc.docs,
                body << 2 | u64::from(title > 0) | u64::from(sub > 0) << 1,
            );
            if title > 0 {
                put_varint(&mut acc.docs, title);
            }
            if sub > 0 {
                put_varint(&mut acc.docs, sub);
            }
            // Title positions first: they are the lowest.
            let mut order: Vec<(bool, u32)> =
                group.iter().map(|g| (g.2 != Field::Title, g.1)).collect();
            order.sort_unstable();
            let mut prev = 0;
            for (_, p) in order {
                put_varint(&mut acc.positions, u64::from(p.saturating_sub(prev)));
                prev = p;
            }
            acc.df += 1;
            acc.last_doc = doc;
        }
    }

    let mut terms: Vec<(String, u32)> = ids.into_iter().collect();
    terms.sort_unstable();
    write(corpus, terms, accs, splits, norms, total_len)
}

/// Shards of one kind being filled with lists, in order.
struct Packer {
    shards: Vec<Vec<u8>>,
    target: usize,
    /// The last shard takes no more lists.
    sealed: bool,
}

impl Packer {
    fn new(target: usize) -> Self {
        Self {
            shards: Vec::new(),
            target,
            sealed: true,
        }
    }

    /// Appends `list`, in a shard of its own when it is at least half a shard long; returns
    /// the shard (among its kind) and the offset.
    fn put(&mut self, list: &[u8]) -> (u32, u32) {
        let own = list.len() >= self.target / 2;
        let fits = !self.sealed
            && self
                .shards
                .last()
                .is_some_and(|s| s.len() + list.len() <= self.target);
        if own || !fits {
            self.shards.push(Vec::new());
        }
        let at = self.shards.len().saturating_sub(1);
        let shard = self.shards.last_mut().map(|s| {
            let offset = s.len() as u32;
            s.extend_from_slice(list);
            offset
        });
        self.sealed = own;
        (at as u32, shard.unwrap_or(0))
    }

    /// Puts each piece in a shard of its own; returns the first shard.
    fn put_chunks<'a>(&mut self, pieces: impl IntoIterator<Item = &'a [u8]>) -> u32 {
        let first = self.shards.len() as u32;
        self.shards.extend(pieces.into_iter().map(<[u8]>::to_vec));
        self.sealed = true;
        first
    }
}

/// Splits a long positions list at article boundaries into pieces of about
/// [`POSITIONS_CHUNK_BYTES`]; returns each piece with the postings entry it starts at.
fn chunk_positions(acc: &Acc) -> Vec<(u32, &[u8])> {
    let mut docs = Reader::new(&acc.docs, 0);
    let mut pos = Reader::new(&acc.positions, 0);
    let mut starts: Vec<(u32, usize)> = Vec::new();
    for entry in 0..acc.df {
        if starts
            .last()
            .is_none_or(|&(_, at)| pos.pos() - at >= POSITIONS_CHUNK_BYTES)
        {
            starts.push((entry, pos.pos()));
        }
        let _ = docs.next();
        let code = docs.next().unwrap_or(0);
        let mut tf = code >> 2;
        if code & 1 != 0 {
            tf += docs.next().unwrap_or(0);
        }
        if code & 2 != 0 {
            tf += docs.next().unwrap_or(0);
        }
        let _ = pos.skip(tf);
    }
    let ends = starts
        .iter()
        .skip(1)
        .map(|&(_, at)| at)
        .chain(std::iter::once(acc.positions.len()));
    starts
        .iter()
        .zip(ends)
        .map(|(&(entry, from), to)| (entry, acc.positions.get(from..to).unwrap_or_default()))
        .collect()
}

/// Where a term's lists went.
struct Placed {
    term: String,
    df: u32,
    postings: Loc,
    positions: Positions,
    splits: Vec<Vec<u32>>,
}

fn write(
    corpus: &Corpus,
    terms: Vec<(String, u32)>,
    mut accs: Vec<Acc>,
    splits: BTreeMap<u32, BTreeSet<Vec<u32>>>,
    norms: Vec<u8>,
    total_len: u64,
) -> IndexFiles {
    let mut postings = Packer::new(POSTINGS_BYTES);
    let mut positions = Packer::new(POSITIONS_BYTES);
    let mut placed: Vec<Placed> = Vec::with_capacity(terms.len());
    for (term, id) in terms {
        let acc = accs
            .get_mut(id as usize)
            .map(std::mem::take)
            .unwrap_or_default();
        let (shard, offset) = postings.put(&acc.docs);
        let p = Loc {
            shard,
            offset,
            len: acc.docs.len() as u32,
        };
        let x = if acc.positions.len() > POSITIONS_BYTES {
            let chunks = chunk_positions(&acc);
            let first = positions.put_chunks(chunks.iter().map(|c| c.1));
            Positions::Chunks(
                chunks
                    .iter()
                    .zip(first..)
                    .map(|(&(entry, _), shard)| (entry, shard))
                    .collect(),
            )
        } else {
            let (shard, offset) = positions.put(&acc.positions);
            Positions::One(Loc {
                shard,
                offset,
                len: acc.positions.len() as u32,
            })
        };
        placed.push(Placed {
            df: acc.df,
            postings: p,
            positions: x,
            splits: splits
                .get(&id)
                .map(|s| s.iter().cloned().collect())
                .unwrap_or_default(),
            term,
        });
    }
    drop(accs);

    let (names, entity_data) = entities(corpus);
    let stems = stem_groups(&placed);
    let (dict, dict_first) = dict_shards(&placed, &stems, &names);
    let (typo, typo_cells) = typo_shards(&placed);
    let (ents, entity_first) = entity_shards(&entity_data);

    let mut root = Root {
        build: 0,
        articles: norms.len() as u32,
        total_len,
        norms,
        dict_first,
        typo_cells,
        postings: postings.shards.len() as u32,
        positions: positions.shards.len() as u32,
        entity_first,
    };
    let payloads: Vec<(ShardKind, Vec<u8>)> = [
        (ShardKind::Dictionary, dict),
        (ShardKind::Typo, typo),
        (ShardKind::Postings, postings.shards),
        (ShardKind::Positions, positions.shards),
        (ShardKind::Entities, ents),
    ]
    .into_iter()
    .flat_map(|(k, v)| v.into_iter().map(move |b| (k, b)))
    .collect();
    let mut hash = Fnv::default();
    hash.write(&root.write());
    for (_, p) in &payloads {
        hash.write(&(p.len() as u64).to_le_bytes());
        hash.write(p);
    }
    root.build = hash.finish();
    let shards = payloads
        .into_iter()
        .enumerate()
        .map(|(i, (kind, payload))| {
            let mut bytes = shard_header(kind, root.build, i as u32);
            bytes.extend_from_slice(&payload);
            bytes
        })
        .collect();
    IndexFiles {
        root: root.write(),
        shards,
    }
}

/// Stems shared by several terms, or whose only term is not the stem itself, with their
/// terms; sorted by stem.
fn stem_groups(placed: &[Placed]) -> Vec<(String, Vec<String>)> {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in placed {
        let s = stem(&p.term);
        if s != p.term.as_str() || groups.contains_key(s.as_ref()) {
            groups
                .entry(s.into_owned())
                .or_default()
                .push(p.term.clone());
        } else {
            groups.insert(p.term.clone(), vec![p.term.clone()]);
        }
    }
    groups
        .into_iter()
        .filter(|(s, members)| members.len() > 1 || members.first() != Some(s))
        .map(|(s, mut members)| {
            members.sort_unstable();
            (s, members)
        })
        .collect()
}

/// Cuts the dictionary into shards of about [`DICT_BYTES`]; each holds its range's terms,
/// stems and entity names. Returns the payloads and the first key of each.
fn dict_shards(
    placed: &[Placed],
    stems: &[(String, Vec<String>)],
    names: &[(String, Vec<u32>)],
) -> (Vec<Vec<u8>>, Vec<String>) {
    // Boundaries (at terms) from an estimate of each entry's size, names and stems included.
    let mut starts = vec![0usize];
    let mut size = 0;
    let (mut s, mut n) = (0, 0);
    for (i, p) in placed.iter().enumerate() {
        if size > DICT_BYTES {
            starts.push(i);
            size = 0;
        }
        size += p.term.len() / 2 + 8 + p.splits.len() * 3;
        let next = placed.get(i + 1).map(|t| t.term.as_str());
        let before_next = |key: &str| next.is_none_or(|t| key < t);
        while let Some(st) = stems.get(s).filter(|st| before_next(&st.0)) {
            size += 2 + st.1.iter().map(|m| m.len() / 2 + 2).sum::<usize>();
            s += 1;
        }
        while let Some(nm) = names.get(n).filter(|nm| before_next(&nm.0)) {
            size += nm.0.len() / 2 + 3 + 2 * nm.1.len();
            n += 1;
        }
    }
    let first: Vec<String> = starts
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            if k == 0 {
                String::new()
            } else {
                placed.get(i).map_or_else(String::new, |p| p.term.clone())
            }
        })
        .collect();
    let shard_of = |key: &str| {
        first
            .partition_point(|f| f.as_str() <= key)
            .saturating_sub(1)
    };
    let mut stem_parts: Vec<Vec<&(String, Vec<String>)>> = vec![Vec::new(); starts.len()];
    for s in stems {
        if let Some(part) = stem_parts.get_mut(shard_of(&s.0)) {
            part.push(s);
        }
    }
    let mut name_parts: Vec<Vec<&(String, Vec<u32>)>> = vec![Vec::new(); starts.len()];
    for n in names {
        if let Some(part) = name_parts.get_mut(shard_of(&n.0)) {
            part.push(n);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([placed.len()]);
    let payloads = starts
        .iter()
        .zip(ends)
        .zip(stem_parts.iter().zip(&name_parts))
        .map(|((&from, to), (stems, names))| {
            dict_payload(placed.get(from..to).unwrap_or_default(), stems, names)
        })
        .collect();
    (payloads, first)
}

/// One dictionary shard's payload, as [`super::format::DictShard::parse`] reads it.
fn dict_payload(
    terms: &[Placed],
    stems: &[&(String, Vec<String>)],
    names: &[&(String, Vec<u32>)],
) -> Vec<u8> {
    let mut out = Output::default();
    out.num(terms.len() as u64);
    let (mut p, mut x) = match terms.first() {
        Some(t) => {
            let x = match &t.positions {
                Positions::One(l) => (l.shard, l.offset),
                Positions::Chunks(c) => (c.first().map_or(0, |c| c.1), 0),
            };
            ((t.postings.shard, t.postings.offset), x)
        }
        None => ((0, 0), (0, 0)),
    };
    for v in [p.0, p.1, x.0, x.1] {
        out.num(u64::from(v));
    }
    let mut prev = "";
    for t in terms {
        out.front_coded(prev, &t.term);
        prev = &t.term;
        out.num(u64::from(t.df));
        out.num(u64::from(t.postings.shard - p.0));
        out.num(u64::from(t.postings.len));
        p = (t.postings.shard, t.postings.offset + t.postings.len);
        match &t.positions {
            Positions::One(l) => {
                out.num(u64::from(l.shard - x.0) << 1);
                out.num(u64::from(l.len));
                x = (l.shard, l.offset + l.len);
            }
            Positions::Chunks(chunks) => {
                let first = chunks.first().map_or(x.0, |c| c.1);
                out.num(u64::from(first - x.0) << 1 | 1);
                out.num(chunks.len() as u64);
                let mut prev = 0;
                for (i, &(entry, _)) in chunks.iter().enumerate() {
                    if i > 0 {
                        out.num(u64::from(entry - prev));
                    }
                    prev = entry;
                }
                x = (chunks.last().map_or(x.0, |c| c.1), u32::MAX);
            }
        }
        out.num(t.splits.len() as u64);
        for cuts in &t.splits {
            out.num(cuts.len() as u64);
            for &c in cuts {
                out.num(u64::from(c));
            }
        }
    }
    out.num(stems.len() as u64);
    let mut prev = "";
    for (stem, members) in stems.iter().map(|s| (&s.0, &s.1)) {
        out.front_coded(prev, stem);
        prev = stem;
        out.num(members.len() as u64);
        for m in members {
            out.front_coded(stem, m);
        }
    }
    out.num(names.len() as u64);
    let mut prev = "";
    for (key, ids) in names.iter().map(|n| (&n.0, &n.1)) {
        out.front_coded(prev, key);
        prev = key;
        out.num(ids.len() as u64);
        let mut last = 0;
        for &id in ids {
            out.num(u64::from(id - last));
            last = id;
        }
    }
    out.bytes
}

/// The typo shards: terms with letters only (no digits) of at most [`MAX_TYPO_TERM`] bytes,
/// by first letter and length, neighbouring lengths of a letter merged up to
/// [`TYPO_BYTES`].
fn typo_shards(placed: &[Placed]) -> (Vec<Vec<u8>>, Vec<(char, u32)>) {
    let mut cells: BTreeMap<(char, u32), Vec<(&str, u32)>> = BTreeMap::new();
    for p in placed {
        let Some(first) = p.term.chars().next() else {
            continue;
        };
        if p.term.len() > MAX_TYPO_TERM || p.term.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        cells
            .entry((first, p.term.len() as u32))
            .or_default()
            .push((&p.term, p.df));
    }
    let mut payloads: Vec<Vec<u8>> = Vec::new();
    let mut keys: Vec<(char, u32)> = Vec::new();
    let mut current: Vec<(&str, u32)> = Vec::new();
    let mut size = 0;
    let flush = |current: &mut Vec<(&str, u32)>, payloads: &mut Vec<Vec<u8>>| {
        current.sort_unstable();
        let mut out = Output::default();
        out.num(current.len() as u64);
        let mut prev = "";
        for &(t, df) in current.iter() {
            out.front_coded(prev, t);
            prev = t;
            out.num(u64::from(df));
        }
        payloads.push(out.bytes);
        current.clear();
    };
    for ((first, len), terms) in cells {
        let bytes: usize = terms.iter().map(|t| t.0.len() / 2 + 2).sum();
        let same_letter = keys.last().is_some_and(|k| k.0 == first);
        if !same_letter || size + bytes > TYPO_BYTES {
            if !keys.is_empty() {
                flush(&mut current, &mut payloads);
            }
            keys.push((first, if same_letter { len } else { 0 }));
            size = 0;
        }
        size += bytes;
        current.extend(terms);
    }
    if !keys.is_empty() {
        flush(&mut current, &mut payloads);
    }
    (payloads, keys)
}

type EntityData = (String, Vec<String>, Vec<(u32, u32)>);

/// The name table (folded name or alias → entities, sorted) and each entity's name, keys and
/// articles with mention counts.
fn entities(corpus: &Corpus) -> (Vec<(String, Vec<u32>)>, Vec<EntityData>) {
    let n = corpus.articles.len();
    let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut data = Vec::with_capacity(corpus.entities.len());
    for (e, entity) in corpus.entities.iter().enumerate() {
        let e = e as u32;
        let mut mine: Vec<String> = Vec::new();
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let w = words(name);
            if w.is_empty() || w.len() > MAX_NAME_WORDS {
                continue;
            }
            let key = w.join(" ");
            let ids = keys.entry(key.clone()).or_default();
            if !ids.contains(&e) {
                ids.push(e);
            }
            if !mine.contains(&key) {
                mine.push(key);
            }
        }
        let mut docs: BTreeMap<u32, u32> = BTreeMap::new();
        for set in &entity.articles {
            if (set.article as usize) < n {
                let count = u32::try_from(set.mentions.len()).unwrap_or(u32::MAX).max(1);
                let slot = docs.entry(set.article).or_default();
                *slot = slot.saturating_add(count);
            }
        }
        data.push((entity.name.clone(), mine, docs.into_iter().collect()));
    }
    (keys.into_iter().collect(), data)
}

/// Entity shards of about [`ENTITY_BYTES`], by entity number; returns them and the first
/// entity of each.
fn entity_shards(data: &[EntityData]) -> (Vec<Vec<u8>>, Vec<u32>) {
    let mut payloads = Vec::new();
    let mut first = Vec::new();
    let mut from = 0;
    while from < data.len() {
        let mut body = Output::default();
        let mut count = 0;
        for (name, keys, docs) in data.get(from..).unwrap_or_default() {
            if count > 0 && body.bytes.len() >= ENTITY_BYTES {
                break;
            }
            body.str(name);
            body.num(keys.len() as u64);
            for k in keys {
                body.str(k);
            }
            body.num(docs.len() as u64);
            let mut prev = 0;
            for &(doc, count) in docs {
                body.num(u64::from(doc - prev));
                body.num(u64::from(count));
                prev = doc;
            }
            count += 1;
        }
        let mut out = Output::default();
        out.num(from as u64);
        out.num(count as u64);
        out.bytes.extend_from_slice(&body.bytes);
        payloads.push(out.bytes);
        first.push(from as u32);
        from += count;
    }
    (payloads, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(position, word, split points)` for each word and joined form of `text`, in a
    /// collection that also writes the `attested` words.
    fn emitted(text: &str, attested: &[&str]) -> Vec<(u32, String, Vec<u32>)> {
        let mut ids: Map<String, u32> = Map::default();
        let mut insert = |w: &str| {
            let next = ids.len() as u32;
            Some(*ids.entry(w.to_string()).or_insert(next))
        };
        for w in attested {
            insert(w);
        }
        text_words(text, &mut 0, &mut insert, None, &mut |_, _, _| {});
        let halves = first_halves(&ids);
        let names: BTreeMap<u32, String> = ids.iter().map(|(k, &v)| (v, k.clone())).collect();
        let mut out = Vec::new();
        let mut get = |w: &str| ids.get(w).copied();
        text_words(text, &mut 0, &mut get, Some(&halves), &mut |p, id, j| {
            let word = names.get(&id).cloned().unwrap_or_default();
            out.push((p, word, j.map(<[u32]>::to_vec).unwrap_or_default()));
        });
        out
    }

    fn joined(text: &str, attested: &[&str]) -> Vec<(u32, String, Vec<u32>)> {
        emitted(text, attested)
            .into_iter()
            .filter(|e| !e.2.is_empty())
            .collect()
    }

    #[test]
    fn hyphenated_words_are_also_joined() {
        assert_eq!(
            joined("a cease-fire now", &[]),
            [(1, "ceasefire".to_string(), vec![5])]
        );
        assert_eq!(
            joined("pie-in-the-sky", &[]),
            [(0, "pieinthesky".to_string(), vec![3, 5, 8])]
        );
        // Not across other punctuation: "U.S.-led" is u, s, led.
        assert!(joined("U.S.-led forces", &[]).is_empty());
        // A chain too long for one word is cut where the next word does not fit.
        let long = format!("{}-{}-ab", "a".repeat(30), "b".repeat(30));
        assert_eq!(
            joined(&long, &[]),
            [(1, format!("{}ab", "b".repeat(30)), vec![30])]
        );
        // Words keep their positions.
        let words: Vec<(u32, String)> = emitted("a cease-fire now", &[])
            .into_iter()
            .filter(|e| e.2.is_empty())
            .map(|e| (e.0, e.1))
            .collect();
        assert_eq!(
            words,
            [
                (0, "a".to_string()),
                (1, "cease".to_string()),
                (2, "fire".to_string()),
                (3, "now".to_string())
            ]
        );
    }

    #[test]
    fn spaced_words_are_joined_when_the_collection_writes_them_joined() {
        assert_eq!(
            joined("a cease fire now", &["ceasefire"]),
            [(1, "ceasefire".to_string(), vec![5])]
        );
        assert!(joined("a cease fire now", &[]).is_empty());
        // Both parts need three letters; a line break is a space, a comma is not.
        assert!(joined("may be", &["maybe"]).is_empty());
        assert_eq!(joined("cease\nfire", &["ceasefire"]).len(), 1);
        assert!(joined("cease, fire", &["ceasefire"]).is_empty());
    }
}
