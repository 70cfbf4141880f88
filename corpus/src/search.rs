//! The search index: built at build time, queried in the browser.

use serde::{Deserialize, Serialize};

use crate::article::{Corpus, Span};

/// A compact index over a [`Corpus`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Lower-cased title of each article, in corpus order.
    titles: Vec<String>,
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
    pub fn build(corpus: &Corpus) -> Self {
        Self {
            titles: corpus
                .articles
                .iter()
                .map(|a| a.title.to_lowercase())
                .collect(),
        }
    }

    /// Ranked articles matching `query`, best first. Never panics, whatever the input.
    pub fn search(&self, _corpus: &Corpus, query: &str) -> Vec<Hit> {
        let query = query.trim().to_lowercase();
        self.titles
            .iter()
            .enumerate()
            .filter(|(_, t)| t.contains(&query))
            .map(|(i, _)| Hit {
                article: i as u32,
                score: 1.0,
                title_matches: Vec::new(),
                snippets: Vec::new(),
            })
            .collect()
    }

    /// Where `query` matches in `text` (for highlighting a whole article in the reader).
    pub fn highlight(&self, _query: &str, _text: &str) -> Vec<Span> {
        Vec::new()
    }
}
