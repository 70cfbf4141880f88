//! Building small collections for the quotation and relation tests: articles from
//! paragraphs, entities with every whole-word occurrence of their forms as mentions.

use corpus::{Article, Block, Corpus, Entity, EntityKind, Mention, MentionSet};

pub fn article(id: &str, paragraphs: &[&str]) -> Article {
    Article::new(
        id,
        id,
        paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
    )
}

/// Byte ranges of `form` in `text` as a whole word.
fn occurrences(text: &str, form: &str) -> Vec<(u32, u32)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(form)
        .filter(|&(i, _)| {
            !word(text[..i].chars().next_back()) && !word(text[i + form.len()..].chars().next())
        })
        .map(|(i, _)| (i as u32, (i + form.len()) as u32))
        .collect()
}

/// An entity named `forms[0]`, its mentions every occurrence of any form (longest first, not
/// overlapping).
pub fn entity(kind: EntityKind, forms: &[&str], articles: &[Article]) -> Entity {
    let mut sets = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let mut mentions: Vec<Mention> = Vec::new();
        let mut sorted: Vec<&&str> = forms.iter().collect();
        sorted.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for (b, block) in article.blocks.iter().enumerate() {
            for form in &sorted {
                for (start, end) in occurrences(&block.text, form) {
                    let overlaps = mentions
                        .iter()
                        .any(|m| m.block == b as u32 && m.start < end && start < m.end);
                    if !overlaps {
                        mentions.push(Mention {
                            block: b as u32,
                            start,
                            end,
                        });
                    }
                }
            }
        }
        if !mentions.is_empty() {
            mentions.sort();
            sets.push(MentionSet {
                article: a as u32,
                mentions,
            });
        }
    }
    Entity {
        name: forms[0].to_string(),
        kind,
        aliases: forms[1..].iter().map(|f| f.to_string()).collect(),
        articles: sets,
    }
}

/// A collection of `articles` naming `entities` (kind and forms), with its quotations.
pub fn collection(articles: Vec<Article>, entities: &[(EntityKind, &[&str])]) -> Corpus {
    let entities: Vec<Entity> = entities
        .iter()
        .map(|(kind, forms)| entity(*kind, forms, &articles))
        .collect();
    let quotes = corpus::quotes::find(&articles, &entities);
    Corpus {
        articles,
        entities,
        quotes,
    }
}
