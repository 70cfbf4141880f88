//! TEMPORARY ADAPTER (issue 9): stands in for the sharded search index that the search
//! module is building (`corpus::search::{IndexFiles, ShardedIndex, Missing}`), with the same
//! pull-based contract, so that the loader and the app are written against it now. It treats
//! today's whole [`SearchIndex`] as shard 0. It goes away when the real one lands; nothing
//! here is meant to stay.

use serde::{Deserialize, Serialize};

use super::codec::{self, BundleError, Kind};
use crate::article::{Article, Corpus};
use crate::search::{Highlighter, Hit, SearchIndex};

/// The index as files: a root that every query needs, and shards fetched on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexFiles {
    pub root: Vec<u8>,
    pub shards: Vec<Vec<u8>>,
}

/// The shards a call needs that are not loaded yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing(pub Vec<u32>);

/// The group a hit belongs to (the search module's `Group`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Every part of the query matched.
    Strong,
    /// No article matched every part; this one matches some.
    Partial,
}

/// One article of a [`Ranking`] (the search module's `Ranked`).
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub article: u32,
    pub score: f32,
    pub group: Group,
}

/// A query's ranked hits and the highlighter for its matches (the search module's `Ranking`,
/// in part).
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Best first.
    pub hits: Vec<Ranked>,
    pub highlighter: Highlighter,
}

#[derive(Serialize, Deserialize)]
struct Root {
    articles: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Shard {
    index: SearchIndex,
    /// Folded entity names and aliases, sorted, with their entities.
    names: Vec<(String, Vec<u32>)>,
}

/// Splits `index` into files (here: one shard holding everything).
pub fn to_files(index: &SearchIndex, corpus: &Corpus) -> IndexFiles {
    let mut names: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
    for (e, entity) in corpus.entities.iter().enumerate() {
        let Ok(e) = u32::try_from(e) else { break };
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let words = crate::search::text::words(name);
            if words.is_empty() || words.len() > crate::search::MAX_NAME_WORDS {
                continue;
            }
            let ids = names.entry(words.join(" ")).or_default();
            if !ids.contains(&e) {
                ids.push(e);
            }
        }
    }
    let root = Root {
        articles: u32::try_from(corpus.articles.len()).unwrap_or(u32::MAX),
    };
    let shard = Shard {
        index: index.clone(),
        names: names.into_iter().collect(),
    };
    IndexFiles {
        root: codec::encode(Kind::SearchRoot, &root),
        shards: vec![codec::encode(Kind::SearchShard, &shard)],
    }
}

/// The index as the browser holds it: the root, and the shards loaded so far.
#[derive(Debug, Clone, PartialEq)]
pub struct ShardedIndex {
    /// Stands in for the article list the whole-index search expects.
    placeholder: Corpus,
    shard: Option<Shard>,
}

impl ShardedIndex {
    pub fn from_root(bytes: &[u8]) -> Result<Self, BundleError> {
        let root: Root = codec::decode(Kind::SearchRoot, bytes)?;
        let blank = Article {
            id: String::new(),
            path: String::new(),
            title: String::new(),
            source: None,
            date: None,
            url: None,
            author: None,
            blocks: Vec::new(),
            word_count: 0,
            reading_minutes: 0,
        };
        Ok(Self {
            placeholder: Corpus {
                articles: vec![blank; root.articles.min(1 << 24) as usize],
                entities: Vec::new(),
            },
            shard: None,
        })
    }

    pub fn add_shard(&mut self, n: u32, bytes: &[u8]) -> Result<(), BundleError> {
        if n != 0 {
            return Err(BundleError::Corrupt {
                what: "search shard",
                detail: format!("no shard {n}"),
            });
        }
        let shard: Shard = codec::decode(Kind::SearchShard, bytes)?;
        self.shard = Some(shard);
        Ok(())
    }

    pub fn is_loaded(&self, n: u32) -> bool {
        n == 0 && self.shard.is_some()
    }

    fn loaded(&self) -> Result<&Shard, Missing> {
        self.shard.as_ref().ok_or_else(|| Missing(vec![0]))
    }

    pub fn rank(&self, query: &str) -> Result<Ranking, Missing> {
        let index = &self.loaded()?.index;
        let hits = index
            .search_detailed(&self.placeholder, query, 0)
            .into_iter()
            .map(|hit: Hit| Ranked {
                article: hit.article,
                score: hit.score,
                group: if hit.partial {
                    Group::Partial
                } else {
                    Group::Strong
                },
            })
            .collect();
        Ok(Ranking {
            hits,
            highlighter: index.highlighter(query),
        })
    }

    pub fn highlighter(&self, query: &str) -> Result<Highlighter, Missing> {
        Ok(self.loaded()?.index.highlighter(query))
    }

    pub fn entities_named(&self, key: &str) -> Result<Vec<u32>, Missing> {
        let names = &self.loaded()?.names;
        Ok(names
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .and_then(|i| names.get(i))
            .map(|(_, ids)| ids.clone())
            .unwrap_or_default())
    }
}
