//! The typed corpus: articles, their blocks of text, and the entities found in them.
//!
//! Text positions are UTF-8 byte ranges into one block's `text`; they always fall on
//! character boundaries, so `&block.text[start..end]` is safe for ranges this crate made.

use serde::{Deserialize, Serialize};

/// One article, read from one file under `seeds/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable, URL-safe id derived from the file path; unique within a corpus.
    pub id: String,
    /// Path of the source file relative to the seeds folder, with `/` separators.
    pub path: String,
    /// The headline (or a title derived from the first paragraph when none reads as one).
    pub title: String,
    /// Outlet or news agency, when the front matter or the text says it.
    pub source: Option<String>,
    /// Publication date as written (front matter first, then the text).
    pub date: Option<String>,
    /// The article's address on the web, when the front matter gives it.
    pub url: Option<String>,
    /// Who wrote it, when the front matter or a byline says.
    pub author: Option<String>,
    /// Credit and source lines, as written, in reading order: bylines ("By Jane Doe"),
    /// "X contributed to this report", "With reporting by ...", "Source: X", file-name lines,
    /// video time stamps ("01:49 - Source: X"), labels such as "Story highlights". They are
    /// the article's metadata, not its story: not in [`Article::blocks`], not read for
    /// entities or indexed for search.
    pub credits: Vec<String>,
    /// When no line read as a headline and the title is the first sentence of the first
    /// paragraph: that sentence's length in bytes (the title before any cut). The card's
    /// snippet starts after it and the reader shows it whole as the heading.
    #[serde(default)]
    pub title_sentence: Option<u32>,
    /// The body in reading order, original paragraph structure kept.
    pub blocks: Vec<Block>,
    /// Words in body paragraphs and subheadings.
    pub word_count: u32,
    /// Whole minutes at 230 words a minute, at least 1.
    pub reading_minutes: u32,
}

/// A paragraph-level piece of an article's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is: paragraph, subheading or aside.
    pub kind: BlockKind,
    /// The block's text, on one line, whitespace collapsed.
    pub text: String,
}

impl Block {
    /// A paragraph of `text`.
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            text: text.into(),
        }
    }
}

/// What a [`Block`] is, decided from how it looks and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A short heading between paragraphs.
    Subheading,
    /// Photo or video caption, credit line, promo or other page furniture: shown in the
    /// reader, kept out of the lede and snippets.
    Aside,
}

/// Reading speed for [`Article::reading_minutes`].
pub const WORDS_PER_MINUTE: u32 = 230;

/// Words in paragraphs and subheadings (asides are page furniture, not reading).
pub(crate) fn count_words(blocks: &[Block]) -> u32 {
    let words: usize = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Aside)
        .map(|b| b.text.split_whitespace().count())
        .sum();
    u32::try_from(words).unwrap_or(u32::MAX)
}

/// Minutes to read `words` words at [`WORDS_PER_MINUTE`], at least one.
pub(crate) fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

impl Article {
    /// An article of `blocks` with an id and a title and nothing else known about it (its
    /// path `<id>.txt`, no source, date, author or credits), its words and reading time
    /// counted as the reader counts them: for building a collection in code.
    pub fn new(id: &str, title: &str, blocks: Vec<Block>) -> Article {
        let word_count = count_words(&blocks);
        Article {
            id: id.to_string(),
            path: format!("{id}.txt"),
            title: title.to_string(),
            source: None,
            date: None,
            url: None,
            author: None,
            credits: Vec::new(),
            title_sentence: None,
            blocks,
            word_count,
            reading_minutes: reading_minutes(word_count),
        }
    }

    /// The text a mention's `block` points into: the title for [`Mention::TITLE`], else that
    /// block's text (empty for a block the article does not have).
    pub fn block_text(&self, block: u32) -> &str {
        if block == Mention::TITLE {
            &self.title
        } else {
            self.blocks
                .get(block as usize)
                .map_or("", |b| b.text.as_str())
        }
    }

    /// The card's snippet when there is no query: the first body paragraph, or what follows
    /// the title in it when the title is its first sentence, so that the card does not say
    /// its title twice (paragraphs that only repeat the title are passed over too, and a
    /// paragraph that opens with the whole title repeated starts after it).
    pub fn lede(&self) -> Option<&str> {
        let heading = self.heading();
        let repeats = |text: &str| text.trim_end_matches('.') == heading;
        let mut paragraphs = self
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| b.text.as_str());
        let first = match self.title_split() {
            Some((_, _, rest)) => {
                paragraphs.next();
                Some(rest).filter(|r| !r.is_empty())
            }
            None => None,
        };
        first
            .into_iter()
            .chain(paragraphs)
            .find(|p| !repeats(p))
            .map(|p| after_repeat(p, heading))
    }

    /// The title as the reader's heading shows it: the whole first sentence when the title
    /// is that sentence (without its final full stop, as the title has it), else the title.
    pub fn heading(&self) -> &str {
        self.title_split()
            .map_or(self.title.as_str(), |(_, heading, _)| heading)
    }

    /// When the title is the first paragraph's first sentence: the paragraph's index in
    /// [`Article::blocks`], the heading (the sentence without a final single full stop) and
    /// the rest of the paragraph (trimmed).
    pub fn title_split(&self) -> Option<(usize, &str, &str)> {
        let end = usize::try_from(self.title_sentence?).ok()?;
        let (i, block) = self
            .blocks
            .iter()
            .enumerate()
            .find(|(_, b)| b.kind == BlockKind::Paragraph)?;
        let sentence = block.text.get(..end)?;
        let rest = block.text.get(end..)?.trim_start();
        let sentence = sentence.trim_end();
        let heading = match sentence.strip_suffix('.') {
            Some(bare) if !bare.ends_with('.') => bare,
            _ => sentence,
        };
        Some((i, heading, rest))
    }

    /// Subheadings in order.
    pub fn subheadings(&self) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Subheading)
            .map(|b| b.text.as_str())
    }
}

/// What an [`Entity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person, named by their full name where the articles give it.
    Person,
    /// A company, party, agency, ministry, team or other organisation.
    Organization,
    /// A country, city, region or other place.
    Place,
}

impl EntityKind {
    /// Every kind, in the one order the crate and the app use: people, organisations, places
    /// (entity ids, the sidebar's groups, per-kind counts).
    pub const ALL: [EntityKind; 3] = [Self::Person, Self::Organization, Self::Place];

    /// The kind's place in [`EntityKind::ALL`] (for per-kind arrays).
    pub fn index(self) -> usize {
        match self {
            Self::Person => 0,
            Self::Organization => 1,
            Self::Place => 2,
        }
    }

    /// The kind's lowercase English name, as the data files and CSS classes write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Place => "place",
        }
    }
}

/// Where an entity is named: `block` is an index into [`Article::blocks`], or
/// [`Mention::TITLE`] for the title; `start..end` is a byte range in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// Index into [`Article::blocks`], or [`Mention::TITLE`].
    pub block: u32,
    /// Start of the name, in bytes.
    pub start: u32,
    /// End of the name, in bytes (exclusive).
    pub end: u32,
}

impl Mention {
    /// The `block` of a mention in the title.
    pub const TITLE: u32 = u32::MAX;
}

/// The mentions of one entity in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionSet {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// Where in the article, in reading order.
    pub mentions: Vec<Mention>,
}

/// A person, organisation or place, merged across its names and articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name used, e.g. a person's full name rather than the surname.
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Every other surface form seen or known for it (surname, acronym, spelling variant).
    pub aliases: Vec<String>,
    /// One entry per article that mentions it, in article order.
    pub articles: Vec<MentionSet>,
}

impl Entity {
    /// Mentions across every article.
    pub fn mention_count(&self) -> usize {
        self.articles.iter().map(|a| a.mentions.len()).sum()
    }
}

/// Articles, entities and quotations: what the build hands to the search index and the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// Every article read, in path order; [`MentionSet::article`] and the search index refer to
    /// them by index.
    pub articles: Vec<Article>,
    /// Every entity found, merged across articles.
    pub entities: Vec<Entity>,
    /// Quotations with their speakers, filled by [`crate::quotes::find`] after the entities.
    #[serde(default)]
    pub quotes: Vec<crate::quotes::Quote>,
}

/// A byte range in some text, on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Start, in bytes.
    pub start: u32,
    /// End, in bytes (exclusive).
    pub end: u32,
}

impl Span {
    /// The text this span covers, or `None` if it does not fit `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start as usize..self.end as usize)
    }
}

/// `text` without a whole `heading` it opens with (and the full stop after it), when something
/// follows; else `text`.
fn after_repeat<'a>(text: &'a str, heading: &str) -> &'a str {
    text.strip_prefix(heading)
        .filter(|rest| !rest.starts_with(char::is_alphanumeric))
        .map(|rest| rest.trim_start_matches('.').trim_start())
        .filter(|rest| !rest.is_empty())
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_index_is_its_place_in_all() {
        for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i, "{kind:?}");
        }
    }
}
