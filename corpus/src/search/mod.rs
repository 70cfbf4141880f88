//! The search index: built at build time, queried in the browser.
//!
//! [`SearchIndex::build`] turns a [`Corpus`] into a compact, serialisable index;
//! [`SearchIndex::search`] answers a query with ranked [`Hit`]s carrying match ranges for the
//! title and the best body snippets; [`SearchIndex::highlight`] finds the matches in any text.
//! `docs/search.md` explains the structures and the ranking.
//!
//! * [`text`]: cutting words, case and diacritic folding, stemming.
//! * [`query`]: the query syntax (words, `"phrases"`, `-exclusions`, prefix while typing).
//! * [`build`](mod@build): the index layout and how it is built.
//! * `execute`: looking words up (exact, stem, prefix, typos, entity names) and BM25 ranking.
//! * `matcher` and `snippet`: match ranges in text and the snippet windows.
//!
//! Nothing on the query path panics, allocates without bound, uses threads or reads the
//! clock, so it runs the same in the browser (wasm32) as natively.

pub mod build;
mod encoding;
mod execute;
mod fuzzy;
mod matcher;
mod postings;
pub mod query;
mod snippet;
pub mod text;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Corpus, Span};
use encoding::Bytes;
pub use matcher::Highlighter;

/// The most words an entity name may have to be recognised in a query.
pub const MAX_NAME_WORDS: usize = 8;

/// How many of the best hits [`SearchIndex::search`] gives title matches and snippets.
pub const DETAILED_HITS: usize = 20;

/// A compact index over a [`Corpus`]; see `docs/search.md` for the layout.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// FST map: folded word → postings offset and document frequency ([`build::pack`]).
    terms: Bytes,
    /// FST map: English stem → offset in `stem_groups` (stems shared by several words).
    stems: Bytes,
    /// Per stem: count, then the FST values of its words, delta-encoded varints.
    stem_groups: Bytes,
    /// Every word's postings list, one after another (see `postings`).
    postings: Bytes,
    /// Indexed words in each article (title, paragraphs, subheadings).
    doc_len: Vec<u32>,
    /// Words in each article's title.
    title_len: Vec<u32>,
    /// Sum of `doc_len`.
    total_len: u64,
    /// Every entity's list of `(article, mention count)`.
    entity_postings: Bytes,
    /// Offset of each entity's list in `entity_postings`, in [`Corpus::entities`] order.
    entity_offsets: Vec<u32>,
    /// Entity names and aliases (folded words joined by spaces), sorted, with their entities.
    names: Vec<Name>,
    /// For each entity, the indexes in `names` of all its names.
    entity_names: Vec<Vec<u32>>,
}

/// One entity name or alias.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Name {
    /// Folded words joined by single spaces.
    key: String,
    /// Indexes into [`Corpus::entities`].
    entities: Vec<u32>,
}

/// One matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    pub score: f32,
    /// Where the query matches in the article's title.
    pub title_matches: Vec<Span>,
    /// The best passages of the body, best first.
    pub snippets: Vec<Snippet>,
    /// Set when no article contains every part of the query and this one contains only some:
    /// see [`SearchIndex::search`].
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

impl SearchIndex {
    /// Indexes the titles, paragraphs and subheadings of `corpus`, and its entities' names.
    #[cfg(feature = "build")]
    pub fn build(corpus: &Corpus) -> Self {
        build::build(corpus)
    }

    /// Ranked articles matching `query`, best first. Never panics, whatever the input.
    ///
    /// * Every word, phrase or entity name of the query must match (AND), and no excluded one.
    /// * If that leaves nothing and the query has two parts or more, the articles that match
    ///   the most parts are returned instead, flagged [`Hit::partial`], ordered by the number
    ///   of parts they match, then by score.
    /// * A query of exclusions only returns every other article, with score 0, in corpus order.
    /// * An empty query, or one with no words at all, returns nothing.
    ///
    /// The first [`DETAILED_HITS`] hits carry title matches and snippets; for the others,
    /// ask [`SearchIndex::highlighter`] when they are shown.
    pub fn search(&self, corpus: &Corpus, query: &str) -> Vec<Hit> {
        self.search_detailed(corpus, query, DETAILED_HITS)
    }

    /// [`SearchIndex::search`] with title matches and snippets for the first `detailed` hits.
    pub fn search_detailed(&self, corpus: &Corpus, query: &str, detailed: usize) -> Vec<Hit> {
        execute::search(self, corpus, query, detailed)
    }

    /// Where `query` matches in `text` (for highlighting a whole article in the reader):
    /// ranges in order, not overlapping.
    pub fn highlight(&self, query: &str, text: &str) -> Vec<Span> {
        self.highlighter(query).spans(text)
    }

    /// The matcher for `query`, to highlight many texts or make snippets for more hits
    /// without reading the query again.
    pub fn highlighter(&self, query: &str) -> Highlighter {
        execute::compile(self, &query::parse(query)).highlighter
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.doc_len.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc_len.is_empty()
    }
}

impl Highlighter {
    /// The best snippets of `article` for this query: up to two blocks (paragraphs or
    /// subheadings) with the most distinct query parts, the earliest first on ties; or the
    /// start of the first paragraph, without matches, when no block matches.
    pub fn snippets(&self, article: &Article) -> Vec<Snippet> {
        snippet::snippets(self, article)
    }
}
