//! Finding people, organisations and places in articles.
//!
//! The extractor reads news the way a careful reader does, by rules about how news is
//! written, helped by reference lists of well-known names (see `corpus/data/README.md`):
//!
//! 1. `text` splits each block into words, marking sentence starts; headlines in Title Case
//!    and lines in capitals are set apart, since their capitals say nothing.
//! 2. `candidates` takes runs of capitalised words ("Bashar al-Assad", "Council of Europe"),
//!    cuts them at titles ("Russian Foreign Minister X" gives X, a person), drops words that
//!    are capitalised only because they start a sentence, and notes the evidence around each
//!    name ("X said", "in X", "spokesman X", "... Council").
//! 3. `merge` groups the names into entities (surnames with full names, spelling variants,
//!    acronyms with what they stand for) and `classify` weighs the evidence for each kind.
//! 4. [`curation`] applies the user's corrections from `entities.toml`.

mod acronyms;
mod candidates;
mod classify;
pub mod curation;
mod data;
mod merge;
mod names;
mod text;

pub use curation::{Curation, CurationIssue};

use crate::article::{Article, Entity, Mention};
use candidates::{CapsStats, Finder};
use merge::ArticleFinds;
use text::Token;

/// Finds the entities named in `articles`.
pub fn extract(articles: &[Article]) -> Vec<Entity> {
    extract_curated(articles, &Curation::default()).0
}

/// A block of an article as the extractor reads it.
struct ReadBlock<'a> {
    /// Index of the block, or [`Mention::TITLE`].
    block: u32,
    /// The text as the reader left it.
    text: &'a str,
    tokens: Vec<Token>,
    mode: Mode,
}

/// How a block is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Running text: capitals mean names.
    Prose,
    /// A Title Case headline: only names known from elsewhere count.
    Headline,
    /// A line in capitals, a plug such as "Follow X on Twitter.", a signature line
    /// ("Analysis: X, BBC News"), a source line ("X (New York) First published ..."), a
    /// widget's "Powered by X", a copyright notice ("© 2015 X. All rights reserved."), a
    /// syndication note ("This article originally appeared on X."), a line of source code
    /// ("from x import Y") or the writer's closing bio ("X is a reporter for Y"): skipped.
    Skip,
}

/// Finds the entities named in `articles` and applies the user's corrections; names in the
/// corrections that match no entity are returned as issues.
pub fn extract_curated(
    articles: &[Article],
    curation: &Curation,
) -> (Vec<Entity>, Vec<CurationIssue>) {
    let reference = data::reference();
    // Two passes over the text, each tokenizing one article at a time (the tokens of a whole
    // collection would not fit in memory at 50,000 articles): how each word is written
    // across the collection, then the names in each article.
    let mut caps = CapsStats::default();
    for article in articles {
        for b in read_blocks(article, reference) {
            if b.mode == Mode::Prose {
                caps.count(b.text, &b.tokens);
            }
        }
    }
    let finds: Vec<ArticleFinds> = articles
        .iter()
        .map(|article| {
            let mut finds = ArticleFinds::default();
            for b in read_blocks(article, reference) {
                let finder = Finder {
                    reference,
                    caps: &caps,
                    block: b.block,
                    text: b.text,
                    tokens: &b.tokens,
                };
                match b.mode {
                    Mode::Prose => finder.find(&mut finds.candidates, None),
                    Mode::Headline => {
                        finder.find(&mut finds.candidates, Some(&mut finds.headlines))
                    }
                    // A wire headline in capitals may open with a listed firm's name and
                    // ticker ("ACME CORP <ACM> 4TH QTR NET"): that name is read, and so are
                    // dotted abbreviations of known names ("U.S.").
                    Mode::Skip if b.block == Mention::TITLE => {
                        finder.headline_firm(&mut finds.candidates);
                        finder.headline_abbreviations(&mut finds.candidates);
                    }
                    Mode::Skip => {}
                }
            }
            classify::weigh_article(&mut finds.candidates, article, reference);
            finds
        })
        .collect();
    let mut entities = merge::merge(&finds, articles, reference, &caps);
    let issues = curation.apply(&mut entities, articles);
    sort_by_rank(&mut entities);
    (entities, issues)
}

/// The title and blocks of `article`, split into tokens, each with how it is read.
fn read_blocks<'a>(article: &'a Article, reference: &data::Reference) -> Vec<ReadBlock<'a>> {
    let last = article.blocks.len().saturating_sub(1) as u32;
    std::iter::once((Mention::TITLE, text::headline_of(&article.title)))
        .chain(
            article
                .blocks
                .iter()
                .enumerate()
                .map(|(i, b)| (i as u32, b.text.as_str())),
        )
        .map(|(block, t)| {
            let mut tokens = text::tokenize(t, reference);
            // "— Jane Doe (@janedoe) December 11, 2016": an embedded post's author, a name
            // written as names are, whatever the line's capitals.
            let signature = is_post_signature(t, &tokens);
            if signature {
                if let Some(first) = tokens.iter_mut().find(|tok| tok.word) {
                    first.sentence_start = false;
                }
            }
            let mode = if text::is_all_caps_line(t, &tokens)
                || text::is_follow_line(t, &tokens)
                || text::is_signature_line(t, &tokens)
                || text::is_published_line(t, &tokens)
                || text::is_powered_line(t, &tokens)
                || text::is_copyright_line(t, &tokens)
                || text::is_syndication_line(t, &tokens)
                || text::is_code_line(t, &tokens)
                || block == last && block != Mention::TITLE && text::is_bio_line(t, &tokens)
                || block == last && block != Mention::TITLE && text::is_sign_off_line(t, &tokens)
            {
                Mode::Skip
            } else if text::is_title_case(t, &tokens)
                && !is_numbered_name(t, &tokens, reference)
                && !signature
            {
                Mode::Headline
            } else {
                Mode::Prose
            };
            ReadBlock {
                block,
                text: t,
                tokens,
                mode,
            }
        })
        .collect()
}

/// "— Jane Doe (@janedoe) December 11, 2016": the line that closes a social-media post
/// quoted in an article: a dash, its author's name, the author's handle in brackets and the
/// date.
fn is_post_signature(text: &str, tokens: &[Token]) -> bool {
    let dash = text.starts_with(['—', '–']) || text.starts_with("- ") || text.starts_with("-- ");
    let handle = text.find(" (@").or_else(|| text.find("(@"));
    let year = text
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    // "— The Hill (@thehill) ...": a title with its article is left to the headline's
    // reading, which keeps "The".
    let the = tokens
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| t.text(text) == "The");
    dash && year && !the && handle.is_some_and(|h| h > 2) && tokens.len() <= 16
}

/// "2. Sam Ponder", "3.Charlotte Jones Anderson": an item of a numbered list that is a
/// personal name alone (a given name first, two to four capitalised words) names that person;
/// it is no Title Case headline, where capitals prove nothing.
fn is_numbered_name(text: &str, tokens: &[Token], reference: &data::Reference) -> bool {
    let Some((number, rest)) = tokens.split_first() else {
        return false;
    };
    let numbered = number.word
        && number.text(text).chars().all(|c| c.is_ascii_digit())
        && rest
            .first()
            .is_some_and(|t| !t.word && matches!(t.text(text), "." | ")"));
    let words: Vec<&str> = rest
        .iter()
        .skip(1)
        .map(|t| t.word.then(|| t.text(text)))
        .collect::<Option<_>>()
        .unwrap_or_default();
    numbered
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| names::is_capitalised(w))
        && words.first().is_some_and(|w| reference.is_given_name(w))
}

/// Puts entities in the order the sidebar and the export list them: most articles first, then
/// most mentions, then by name and kind.
pub fn sort_by_rank(entities: &mut [Entity]) {
    entities.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then(b.mention_count().cmp(&a.mention_count()))
            .then_with(|| a.name.cmp(&b.name))
            .then(a.kind.cmp(&b.kind))
    });
}
