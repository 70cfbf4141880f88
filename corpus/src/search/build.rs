//! Building the index from a corpus (at build time, natively).
//!
//! Each article's title and its paragraph and subheading blocks are cut into folded words
//! ([`super::text`]); asides (captions, credits, promos) are not indexed. Words are numbered
//! through the article: the title from 0, then each block after a gap of one, so a phrase
//! never matches across two blocks and a position below the title's length is in the title.

#[cfg(feature = "build")]
use std::collections::{BTreeMap, HashMap};

#[cfg(feature = "build")]
use fst::MapBuilder;

#[cfg(feature = "build")]
use super::encoding::{put_varint, Bytes};
#[cfg(feature = "build")]
use super::postings::{encode, encode_entity, TermDoc, Tf};
#[cfg(feature = "build")]
use super::text::{for_each_word, stem, words};
#[cfg(feature = "build")]
use super::{Name, SearchIndex, MAX_NAME_WORDS};
#[cfg(feature = "build")]
use crate::article::{BlockKind, Corpus};

/// Bits of an FST value that hold the document frequency (capped); the rest is the offset.
pub const DF_BITS: u32 = 24;

/// Packs a postings offset and a document frequency into one FST value.
#[cfg(feature = "build")]
pub fn pack(offset: usize, df: usize) -> u64 {
    (offset as u64) << DF_BITS | (df as u64).min((1 << DF_BITS) - 1)
}

/// The postings offset and the (capped) document frequency of an FST value.
pub fn unpack(value: u64) -> (usize, u32) {
    let offset = usize::try_from(value >> DF_BITS).unwrap_or(usize::MAX);
    (offset, (value & ((1 << DF_BITS) - 1)) as u32)
}

#[cfg(feature = "build")]
#[derive(Clone, Copy)]
enum Field {
    Title,
    Subheading,
    Body,
}

/// Words of the corpus being collected: an id for each distinct word and its list.
#[cfg(feature = "build")]
#[derive(Default)]
struct Collector {
    ids: HashMap<String, usize>,
    lists: Vec<Vec<TermDoc>>,
    /// `(term id, field, position)` of each word of the current article.
    seen: Vec<(usize, Field, u32)>,
    position: u32,
}

#[cfg(feature = "build")]
impl Collector {
    fn add_text(&mut self, text: &str, field: Field) {
        let Self {
            ids,
            lists,
            seen,
            position,
        } = self;
        for_each_word(text, |_, _, word| {
            let id = match ids.get(word) {
                Some(&id) => id,
                None => {
                    ids.insert(word.to_string(), lists.len());
                    lists.push(Vec::new());
                    lists.len() - 1
                }
            };
            seen.push((id, field, *position));
            *position = position.saturating_add(1);
        });
    }

    /// Moves the current article's words into the lists; returns its word count.
    fn finish_article(&mut self, doc: u32) -> u32 {
        let count = self.seen.len() as u32;
        self.seen.sort_unstable_by_key(|&(id, _, pos)| (id, pos));
        for group in self.seen.chunk_by(|a, b| a.0 == b.0) {
            let mut entry = TermDoc {
                doc,
                tf: Tf::default(),
                positions: Vec::with_capacity(group.len()),
            };
            for &(_, field, pos) in group {
                match field {
                    Field::Title => entry.tf.title += 1,
                    Field::Subheading => entry.tf.subheading += 1,
                    Field::Body => entry.tf.body += 1,
                }
                entry.positions.push(pos);
            }
            if let Some(list) = group.first().and_then(|g| self.lists.get_mut(g.0)) {
                list.push(entry);
            }
        }
        self.seen.clear();
        self.position = 0;
        count
    }
}

/// Builds an FST map from keys in ascending order; `None` only if they are not.
#[cfg(feature = "build")]
fn fst_bytes(entries: impl IntoIterator<Item = (String, u64)>) -> Option<Vec<u8>> {
    let mut builder = MapBuilder::memory();
    for (key, value) in entries {
        builder.insert(key, value).ok()?;
    }
    builder.into_inner().ok()
}

#[cfg(feature = "build")]
pub fn build(corpus: &Corpus) -> SearchIndex {
    let mut c = Collector::default();
    let mut doc_len = Vec::with_capacity(corpus.articles.len());
    let mut title_len = Vec::with_capacity(corpus.articles.len());
    for (doc, article) in corpus.articles.iter().enumerate() {
        let Ok(doc) = u32::try_from(doc) else { break };
        c.add_text(&article.title, Field::Title);
        title_len.push(c.position);
        for block in &article.blocks {
            let field = match block.kind {
                BlockKind::Paragraph => Field::Body,
                BlockKind::Subheading => Field::Subheading,
                BlockKind::Aside => continue,
            };
            c.position = c.position.saturating_add(1);
            c.add_text(&block.text, field);
        }
        doc_len.push(c.finish_article(doc));
    }

    let mut terms: Vec<(String, usize)> = c.ids.into_iter().collect();
    terms.sort_unstable();
    let mut postings = Vec::new();
    let mut values = Vec::with_capacity(terms.len());
    let mut groups: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for (term, id) in &terms {
        let list = c.lists.get(*id).map(Vec::as_slice).unwrap_or_default();
        let value = pack(postings.len(), list.len());
        encode(list, &mut postings);
        values.push(value);
        groups
            .entry(stem(term).into_owned())
            .or_default()
            .push(value);
    }
    let term_fst = fst_bytes(terms.into_iter().map(|(t, _)| t).zip(values));

    // A stem needs an entry unless its only word is the stem itself (found as a term).
    let mut stem_groups = Vec::new();
    let mut stem_entries = Vec::new();
    for (s, group) in groups {
        if group.len() == 1 && term_value(&term_fst, &s) == group.first().copied() {
            continue;
        }
        stem_entries.push((s, stem_groups.len() as u64));
        put_varint(&mut stem_groups, group.len() as u64);
        let mut prev = 0;
        for v in group {
            put_varint(&mut stem_groups, v - prev);
            prev = v;
        }
    }

    let (names, entity_names, entity_postings, entity_offsets) = entities(corpus);
    SearchIndex {
        terms: Bytes(term_fst.unwrap_or_default()),
        stems: Bytes(fst_bytes(stem_entries).unwrap_or_default()),
        stem_groups: Bytes(stem_groups),
        postings: Bytes(postings),
        total_len: doc_len.iter().map(|&l| u64::from(l)).sum(),
        doc_len,
        title_len,
        entity_postings: Bytes(entity_postings),
        entity_offsets,
        names,
        entity_names,
    }
}

#[cfg(feature = "build")]
fn term_value(fst: &Option<Vec<u8>>, key: &str) -> Option<u64> {
    fst::Map::new(fst.as_deref()?).ok()?.get(key)
}

#[cfg(feature = "build")]
type EntityParts = (Vec<Name>, Vec<Vec<u32>>, Vec<u8>, Vec<u32>);

/// The name table, each entity's names, and the entities' lists.
#[cfg(feature = "build")]
fn entities(corpus: &Corpus) -> EntityParts {
    let n = corpus.articles.len();
    let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut own_keys: Vec<Vec<String>> = Vec::new();
    let mut bytes = Vec::new();
    let mut offsets = Vec::new();
    for (e, entity) in corpus.entities.iter().enumerate() {
        let Ok(e) = u32::try_from(e) else { break };
        let mut mine = Vec::new();
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
        own_keys.push(mine);

        let mut docs: BTreeMap<u32, u32> = BTreeMap::new();
        for set in &entity.articles {
            if (set.article as usize) < n {
                let count = u32::try_from(set.mentions.len()).unwrap_or(u32::MAX).max(1);
                let slot = docs.entry(set.article).or_default();
                *slot = slot.saturating_add(count);
            }
        }
        offsets.push(bytes.len() as u32);
        encode_entity(&docs.into_iter().collect::<Vec<_>>(), &mut bytes);
    }
    let index_of: HashMap<&str, u32> = keys
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i as u32))
        .collect();
    let entity_names = own_keys
        .iter()
        .map(|ks| {
            ks.iter()
                .filter_map(|k| index_of.get(k.as_str()).copied())
                .collect()
        })
        .collect();
    let names = keys
        .into_iter()
        .map(|(key, entities)| Name { key, entities })
        .collect();
    (names, entity_names, bytes, offsets)
}
