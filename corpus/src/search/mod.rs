//! The search index: built at build time, split into files, queried in the browser piece by
//! piece.
//!
//! [`SearchIndex::build`] analyses a [`Corpus`]; [`SearchIndex::to_files`] gives the files the
//! site serves: a small root and numbered shards. In the browser a [`ShardedIndex`] starts
//! from the root; [`ShardedIndex::rank`] answers a query with a [`Ranking`] (hits, how each
//! matched, the groups, "did you mean") or with the shards it still needs ([`Missing`]):
//! fetch them, [`ShardedIndex::add_shard`], ask again. Natively the whole index is the same
//! structure with every shard loaded, so every native test also tests the browser's path.
//! [`SearchIndex::search`] adds title matches and snippets from the articles' text.
//! `docs/search.md` explains the layout, the match kinds and the ranking.
//!
//! * [`tokens`]: cutting words, folding ([`crate::fold`]), stemming.
//! * [`query`]: the query syntax (words, `"phrases"`, `-exclusions`, the word being typed).
//! * [`report`]: what the page says about a search (summary, notes, "did you mean"), for the
//!   app and the quick search alike.
//! * `build`: the index files, from a corpus; `format`: their bytes.
//! * `sharded`: the index in the browser; `lookup`: looking the query's words up; `rank`:
//!   BM25 ranking, groups and how each article matched.
//! * `matcher` and `snippet`: match ranges in text and the snippet windows.
//!
//! Nothing on the query path panics, allocates without bound, uses threads or reads the
//! clock, so it runs the same in the browser (wasm32) as natively.

#[cfg(feature = "build")]
mod build;
mod encoding;
mod format;
mod fuzzy;
mod lookup;
mod matcher;
mod postings;
pub mod query;
mod rank;
pub mod report;
mod sharded;
mod snippet;
pub mod tokens;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::article::{Article, Corpus, Span};
pub use format::{FormatError, ShardKind};
pub use matcher::Highlighter;
pub use sharded::ShardedIndex;

/// The most words an entity name may have to be recognised in a query.
pub const MAX_NAME_WORDS: usize = 8;

/// How many of the best hits [`SearchIndex::search`] gives title matches and snippets.
pub const DETAILED_HITS: usize = 20;

/// The index as files: the root, which every page loads, and the shards, referred to by
/// their number (the index in `shards`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexFiles {
    /// The root file, which every page loads.
    pub root: Vec<u8>,
    /// The shards, by number.
    pub shards: Vec<Vec<u8>>,
}

/// The shards a query still needs, by number, ascending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing(pub Vec<u32>);

/// How a query word matched in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum How {
    /// The word itself, after folding (also its joined or hyphenated spelling: `ceasefire`,
    /// `cease-fire`, `cease fire`).
    Exact,
    /// Another word with the same English stem (`bombs` for `bombing`).
    Stem,
    /// A longer word starting with the word being typed (`united` for `un`).
    Prefix,
    /// A word a letter or two away, for a word the collection does not have (`medvedev` for
    /// `medvedv`).
    Typo,
    /// A mention of an entity that the words name (the article may call it otherwise:
    /// "International Monetary Fund" for `imf`).
    Entity,
}

impl How {
    /// Exact words, stems and entity names are strong matches; prefixes and typos weak ones.
    pub fn is_strong(self) -> bool {
        matches!(self, Self::Exact | Self::Stem | Self::Entity)
    }

    /// The match kind's name, as the CLI's JSON and the page write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Stem => "stem",
            Self::Prefix => "prefix",
            Self::Typo => "typo",
            Self::Entity => "entity",
        }
    }
}

/// How one query word matched in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The query word as typed.
    pub word: String,
    /// What it matched: the folded dictionary word (the entity's name for [`How::Entity`]).
    /// [`text_form`] finds how an article writes it.
    pub found: String,
    /// How it matched.
    pub how: How,
}

/// The group a hit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// Every part of the query matched by exact words, stems or entity names.
    Strong,
    /// Every part matched, some only by a prefix or a typo correction.
    Weak,
    /// No article matched every part; this one matches some (only when the query has two
    /// parts or more and there is no strong or weak hit).
    Partial,
}

/// One article of a [`Ranking`].
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// Its score: BM25 over the query's parts, higher is better.
    pub score: f32,
    /// Strong, weak or partial.
    pub group: Group,
    /// For each query word that matched in the article, how.
    pub matches: Vec<Match>,
}

/// What one query word reached in the dictionary besides itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordReport {
    /// As typed.
    pub word: String,
    /// Dictionary words it also matches, with how (stems, completions, corrections, joined
    /// forms), most useful first.
    pub also: Vec<(String, How)>,
}

/// Nearest words of the collection for a query word that matched nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// As typed.
    pub word: String,
    /// Closest first, then the most frequent.
    pub nearest: Vec<String>,
}

/// The answer to a query: hits best first (strong, then weak, then partial), and what the
/// page needs to say how they were found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ranking {
    /// The matching articles, best first.
    pub hits: Vec<Ranked>,
    /// Hits in [`Group::Strong`] (the first `strong` of `hits`).
    pub strong: usize,
    /// Hits in [`Group::Weak`] (the next `weak`); the rest are [`Group::Partial`].
    pub weak: usize,
    /// Per plain query word, the other dictionary words it matched.
    pub words: Vec<WordReport>,
    /// Query words (as typed) that the collection has in no form: no exact word, stem,
    /// completion, correction or entity name. Filled when no article matches every part.
    pub unknown: Vec<String>,
    /// "Did you mean": the nearest words of the collection for the [`Ranking::unknown`]
    /// words that have some. An unknown word without one: the page may say "check the
    /// spelling"; no unknown word: every word is there, just not together.
    pub suggestions: Vec<Suggestion>,
    /// The query ends in a one-letter word being typed, too short to complete: "keep typing".
    pub keep_typing: bool,
    /// An exclusion still being typed and not applied yet (fewer than three letters).
    pub pending_exclusion: Option<String>,
    /// An unclosed phrase was searched without its unfinished last word (as typed), because
    /// no article has the phrase with a word starting with it.
    pub phrase_without: Option<String>,
    /// Only the first bytes of a very long query were searched: how many.
    pub searched_bytes: Option<usize>,
    /// Finds the matches in any text, for highlights and snippets.
    pub highlighter: Highlighter,
}

/// One matching article, with its match ranges (its group and how each word matched are in
/// the [`Ranked`] of the same article).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// Its score, as in [`Ranked::score`].
    pub score: f32,
    /// Where the query matches in the article's title.
    pub title_matches: Vec<Span>,
    /// The best passages of the body, best first.
    pub snippets: Vec<Snippet>,
    /// In [`Group::Partial`]: no article contains every part of the query and this one
    /// contains only some.
    pub partial: bool,
}

/// A passage of one body block that matches the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// Index into [`crate::Article::blocks`].
    pub block: u32,
    /// The part of the block's text to show.
    pub window: Span,
    /// Matches inside `window`, in order, not overlapping (offsets into the block's text).
    pub matches: Vec<Span>,
}

/// The whole index in memory: a [`ShardedIndex`] with every shard loaded.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    sharded: ShardedIndex,
}

impl Default for SearchIndex {
    /// The index of an empty collection.
    #[cfg(feature = "build")]
    fn default() -> Self {
        Self::build(&Corpus::default())
    }

    /// An index with no articles (without the `build` feature, which builds real ones).
    #[cfg(not(feature = "build"))]
    fn default() -> Self {
        Self {
            sharded: ShardedIndex::empty(),
        }
    }
}

impl PartialEq for SearchIndex {
    fn eq(&self, other: &Self) -> bool {
        self.to_files() == other.to_files()
    }
}

impl SearchIndex {
    /// Indexes the titles, paragraphs and subheadings of `corpus`, and its entities' names.
    #[cfg(feature = "build")]
    pub fn build(corpus: &Corpus) -> Self {
        let files = build::build(corpus);
        Self::from_files(&files).unwrap_or_else(|_| Self {
            sharded: ShardedIndex::empty(),
        })
    }

    /// Loads an index from its files.
    pub fn from_files(files: &IndexFiles) -> Result<Self, FormatError> {
        let mut sharded = ShardedIndex::from_root(&files.root)?;
        if files.shards.len() != sharded.shard_count() as usize {
            return Err(FormatError(format!(
                "{} shards given, the root lists {}",
                files.shards.len(),
                sharded.shard_count()
            )));
        }
        for (i, bytes) in files.shards.iter().enumerate() {
            sharded.add_shard(i as u32, bytes)?;
        }
        Ok(Self { sharded })
    }

    /// The files the site serves.
    pub fn to_files(&self) -> IndexFiles {
        self.sharded.to_files()
    }

    /// The index as the browser uses it, with every shard loaded.
    pub fn sharded(&self) -> &ShardedIndex {
        &self.sharded
    }

    /// The ranking for `query` (see [`ShardedIndex::rank`]); never missing a shard.
    pub fn rank(&self, query: &str) -> Ranking {
        self.sharded.rank(query).unwrap_or_default()
    }

    /// Ranked articles matching `query`, best first (strong, weak, then partial hits; see
    /// [`Group`]). Never panics, whatever the input. The first [`DETAILED_HITS`] carry
    /// title matches and snippets; for the others, ask [`SearchIndex::highlighter`].
    pub fn search(&self, corpus: &Corpus, query: &str) -> Vec<Hit> {
        self.search_detailed(corpus, query, DETAILED_HITS)
    }

    /// [`SearchIndex::search`] with title matches and snippets for the first `detailed` hits.
    pub fn search_detailed(&self, corpus: &Corpus, query: &str, detailed: usize) -> Vec<Hit> {
        hits(&self.rank(query), corpus, detailed)
    }

    /// Where `query` matches in `text` (for highlighting a whole article in the reader):
    /// ranges in order, not overlapping.
    pub fn highlight(&self, query: &str, text: &str) -> Vec<Span> {
        self.highlighter(query).spans(text)
    }

    /// The matcher for `query`, to highlight many texts or make snippets for more hits
    /// without reading the query again.
    pub fn highlighter(&self, query: &str) -> Highlighter {
        self.rank(query).highlighter
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.sharded.articles() as usize
    }

    /// Whether the index has no article.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The hits of `ranking` in `corpus` (in the same order; articles past the corpus are left
/// out), the first `detailed` with title matches and snippets.
pub fn hits(ranking: &Ranking, corpus: &Corpus, detailed: usize) -> Vec<Hit> {
    ranking
        .hits
        .iter()
        .enumerate()
        .filter_map(|(rank, r)| {
            let article = corpus.articles.get(r.article as usize)?;
            let (title_matches, snippets) = if rank < detailed {
                (
                    ranking.highlighter.spans(&article.title),
                    ranking.highlighter.snippets(article),
                )
            } else {
                (Vec::new(), Vec::new())
            };
            Some(Hit {
                article: r.article,
                score: r.score,
                title_matches,
                snippets,
                partial: r.group == Group::Partial,
            })
        })
        .collect()
}

/// How `article` writes the folded word `found` (its first occurrence in the title or a
/// paragraph or subheading), or `None` when it does not.
pub fn text_form<'a>(article: &'a Article, found: &str) -> Option<&'a str> {
    let texts = std::iter::once(article.title.as_str()).chain(
        article
            .blocks
            .iter()
            .filter(|b| b.kind != crate::BlockKind::Aside)
            .map(|b| b.text.as_str()),
    );
    let target: Vec<String> = tokens::words(found);
    for t in texts {
        let mut words: Vec<(usize, usize, String)> = Vec::new();
        tokens::for_each_word(t, |s, e, w| words.push((s, e, w.to_string())));
        for (i, (s, _, _)) in words.iter().enumerate() {
            let run = words.get(i..i + target.len()).unwrap_or_default();
            if !target.is_empty() && run.iter().map(|w| &w.2).eq(target.iter()) {
                let end = run.last().map_or(*s, |w| w.1);
                return t.get(*s..end);
            }
        }
        // A joined form written apart (`cease fire` for `ceasefire`).
        for (i, (s, _, _)) in words.iter().enumerate() {
            let mut joined = String::new();
            for (k, w) in words.iter().skip(i).take(4).enumerate() {
                joined.push_str(&w.2);
                if k > 0 && target.len() == 1 && target.first() == Some(&joined) {
                    return t.get(*s..w.1);
                }
            }
        }
    }
    None
}

impl Highlighter {
    /// The best snippets of `article` for this query: up to two blocks (paragraphs or
    /// subheadings) with the most distinct query parts, the earliest first on ties; or the
    /// start of the first paragraph, without matches, when no block matches.
    pub fn snippets(&self, article: &Article) -> Vec<Snippet> {
        snippet::best(self, article, snippet::MAX_SNIPPETS)
    }

    /// The first of [`Highlighter::snippets`], without looking for the second (a card shows
    /// one).
    pub fn snippet(&self, article: &Article) -> Option<Snippet> {
        snippet::best(self, article, 1).into_iter().next()
    }
}

/// Serialised as its files (root, then shards), for the snapshot.
impl Serialize for SearchIndex {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let files = self.to_files();
        let shards: Vec<encoding::Bytes> = files.shards.into_iter().map(encoding::Bytes).collect();
        (encoding::Bytes(files.root), shards).serialize(s)
    }
}

impl<'de> Deserialize<'de> for SearchIndex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (root, shards): (encoding::Bytes, Vec<encoding::Bytes>) = Deserialize::deserialize(d)?;
        let files = IndexFiles {
            root: root.0,
            shards: shards.into_iter().map(|b| b.0).collect(),
        };
        Self::from_files(&files).map_err(serde::de::Error::custom)
    }
}
