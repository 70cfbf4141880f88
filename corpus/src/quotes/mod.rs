//! Quotations: who said what, found at build time, and the same statement across articles.
//!
//! 1. `marks` finds what stands between quote marks in each article: straight and curly
//!    double quotes, single quotes outside double ones, whole quoted paragraphs, quotes that
//!    run over several paragraphs (an opening mark at the start of each paragraph and no
//!    closing one until the end) and partial quotes inside a sentence. One or two words in
//!    quotes are scare quotes, and Title Case words in running text are titles of works:
//!    neither is a quotation.
//! 2. `speaker` reads the clauses around each quotation the way news writes them ("...,"
//!    Kerry said; said Kerry, whose ...; Kerry said: "..."; according to ...; he added; a
//!    quote paragraph after a paragraph that names the speaker) and names the speaker as an
//!    entity of the collection (a person or an organisation, never a place), or leaves it
//!    unknown.
//! 3. `shared` merges the same statement in several articles (also when one is cut down)
//!    into one [`Quote`], grouping by hashed word shingles, so the work is linear.
//!
//! `docs/quotes.md` explains the rules with examples.

#[cfg(feature = "build")]
mod marks;
#[cfg(feature = "build")]
mod shared;
#[cfg(feature = "build")]
mod speaker;
#[cfg(feature = "build")]
pub(crate) mod words;

use serde::{Deserialize, Serialize};

use crate::article::Article;
#[cfg(feature = "build")]
use crate::article::Entity;

/// One statement, with every place it is quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The longest wording among the occurrences, as written in that article (without the
    /// quote marks; the paragraphs of a quote over several paragraphs joined by a space).
    pub text: String,
    /// Index into [`crate::Corpus::entities`]: the speaker most occurrences name (ties: the
    /// first one), or `None` when no article says who it is.
    pub speaker: Option<u32>,
    /// Every occurrence, in article order, then in reading order within an article.
    pub occurrences: Vec<QuoteAt>,
}

/// Where one article quotes a statement: from byte `start` of block `block` to byte `end` of
/// block `end_block` (the same block unless the quote runs over several paragraphs), the
/// quote marks excluded. Offsets fall on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuoteAt {
    /// Index into [`crate::Corpus::articles`].
    pub article: u32,
    /// Index into that article's [`Article::blocks`].
    pub block: u32,
    /// Where the quoted words start in that block, in bytes.
    pub start: u32,
    /// Index of the block where the quotation ends (the same block, or a later one).
    pub end_block: u32,
    /// Where the quoted words end in that block, in bytes (exclusive).
    pub end: u32,
    /// The speaker this article names for it (index into the entities), if any.
    pub speaker: Option<u32>,
}

impl Quote {
    /// The articles that carry this quotation, each once, in order.
    pub fn articles(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = self.occurrences.iter().map(|o| o.article).collect();
        ids.dedup();
        ids
    }
}

impl QuoteAt {
    /// The quoted words in `article` (the paragraphs of a long quote joined by a space), or
    /// `None` if the position does not fit the article.
    pub fn text(&self, article: &Article) -> Option<String> {
        let (first, last) = (self.block as usize, self.end_block as usize);
        if last < first {
            return None;
        }
        let mut out = String::new();
        for b in first..=last {
            let text = &article.blocks.get(b)?.text;
            let from = if b == first { self.start as usize } else { 0 };
            let to = if b == last {
                self.end as usize
            } else {
                text.len()
            };
            let piece = text.get(from..to)?;
            if b != first {
                out.push(' ');
            }
            push_without_inner_marks(&mut out, if b == first { piece } else { skip_mark(piece) });
        }
        Some(out)
    }
}

/// Appends `piece` less the opening marks inside it (`justify. "We expect`: a paragraph of
/// the quotation whose break was lost), which are no part of what was said.
fn push_without_inner_marks(out: &mut String, piece: &str) {
    let mut prev: Option<char> = None;
    let mut chars = piece.chars().peekable();
    while let Some(c) = chars.next() {
        let opens = is_double_quote(c)
            && prev.is_some_and(char::is_whitespace)
            && chars.peek().is_some_and(|n| !n.is_whitespace());
        if !opens {
            out.push(c);
        }
        prev = Some(c);
    }
}

/// A continued paragraph without the opening mark that says the quote goes on.
fn skip_mark(piece: &str) -> &str {
    let trimmed = piece.trim_start();
    trimmed.strip_prefix(is_double_quote).unwrap_or(trimmed)
}

/// A double quotation mark, straight or typographic, in any of the usual styles.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟')
}

/// Finds the quotations in `articles`, names their speakers among `entities` (the entities of
/// the same articles, as [`crate::entities::extract`] gives them) and merges the same
/// statement across articles. Most-carried quotations first, then in article order.
#[cfg(feature = "build")]
pub fn find(articles: &[Article], entities: &[Entity]) -> Vec<Quote> {
    let mentions = speaker::Mentions::new(articles, entities);
    let mut found = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let candidates = marks::scan(article);
        let spans: Vec<marks::Span> = candidates.iter().map(|c| c.span).collect();
        let read = speaker::attribute(article, &spans, mentions.of(a), entities);
        for (candidate, who) in candidates.iter().zip(read) {
            if candidate.title_like && !who.said_after {
                continue;
            }
            let span = candidate.span;
            found.push(QuoteAt {
                article: a as u32,
                block: span.block,
                start: span.start,
                end_block: span.end_block,
                end: span.end,
                speaker: who.speaker,
            });
        }
    }
    shared::merge(articles, found)
}

/// The words of `text` as the quotation rules see them: runs of letters and digits, with
/// apostrophes, hyphens and dots inside them.
#[cfg(feature = "build")]
pub fn plain_words(text: &str) -> impl Iterator<Item = &str> {
    words::words(text)
}
