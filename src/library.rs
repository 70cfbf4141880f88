//! The snapshot with the look-ups the views need, computed once when the app starts.

use std::collections::HashMap;
use std::rc::Rc;

use corpus::{Entity, Mention, Snapshot};

/// How much one entity is named in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleEntity {
    /// Index into `corpus.entities`.
    pub entity: usize,
    pub mentions: usize,
}

/// One mention of an entity in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityMention {
    pub entity: usize,
    pub mention: Mention,
}

/// The snapshot and its look-up tables.
#[derive(Debug)]
pub struct Library {
    pub snapshot: Rc<Snapshot>,
    /// The URL key of each entity: its name, or its name and kind when the name is shared.
    keys: Vec<String>,
    by_key: HashMap<String, usize>,
    by_id: HashMap<String, usize>,
    /// Per article: the entities it names, most named first.
    entities: Vec<Vec<ArticleEntity>>,
    /// Per article: every entity mention, in (block, start) order.
    mentions: Vec<Vec<EntityMention>>,
}

impl Library {
    pub fn new(snapshot: Rc<Snapshot>) -> Library {
        let corpus = &snapshot.corpus;
        let n_articles = corpus.articles.len();
        let mut entities = vec![Vec::new(); n_articles];
        let mut mentions = vec![Vec::new(); n_articles];
        for (e, entity) in corpus.entities.iter().enumerate() {
            for set in &entity.articles {
                let Some(slot) = usize::try_from(set.article)
                    .ok()
                    .and_then(|a| entities.get_mut(a))
                else {
                    continue;
                };
                slot.push(ArticleEntity {
                    entity: e,
                    mentions: set.mentions.len(),
                });
                if let Some(list) = mentions.get_mut(set.article as usize) {
                    list.extend(
                        set.mentions
                            .iter()
                            .map(|&mention| EntityMention { entity: e, mention }),
                    );
                }
            }
        }
        for list in &mut entities {
            list.sort_by(|a, b| {
                b.mentions
                    .cmp(&a.mentions)
                    .then_with(|| name_of(corpus, a.entity).cmp(name_of(corpus, b.entity)))
            });
        }
        for list in &mut mentions {
            list.sort_by_key(|m| (m.mention.block, m.mention.start, m.mention.end));
        }
        let keys = entity_keys(&corpus.entities);
        let by_key = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        let by_id = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        Library {
            snapshot,
            keys,
            by_key,
            by_id,
            entities,
            mentions,
        }
    }

    pub fn entity(&self, entity: usize) -> Option<&Entity> {
        self.snapshot.corpus.entities.get(entity)
    }

    /// The entity's key in URLs.
    pub fn key(&self, entity: usize) -> Option<&str> {
        self.keys.get(entity).map(String::as_str)
    }

    /// The entity a URL key names.
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// The article with this id.
    pub fn by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The entities an article names, most named first.
    pub fn article_entities(&self, article: usize) -> &[ArticleEntity] {
        self.entities.get(article).map_or(&[], Vec::as_slice)
    }

    /// Every entity mention in an article, in reading order.
    pub fn article_mentions(&self, article: usize) -> &[EntityMention] {
        self.mentions.get(article).map_or(&[], Vec::as_slice)
    }
}

fn name_of(corpus: &corpus::Corpus, entity: usize) -> &str {
    corpus.entities.get(entity).map_or("", |e| e.name.as_str())
}

/// Names as keys; a name shared by several entities gets the kind added, and the index when
/// that is not enough.
fn entity_keys(entities: &[Entity]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for e in entities {
        *seen.entry(e.name.as_str()).or_default() += 1;
    }
    let mut keys: Vec<String> = entities
        .iter()
        .map(|e| match seen.get(e.name.as_str()) {
            Some(1) => e.name.clone(),
            _ => format!("{} ({})", e.name, e.kind.as_str()),
        })
        .collect();
    let mut used: HashMap<String, usize> = HashMap::new();
    for key in &keys {
        *used.entry(key.clone()).or_default() += 1;
    }
    for (i, key) in keys.iter_mut().enumerate() {
        if used.get(key.as_str()).is_some_and(|&n| n > 1) {
            key.push_str(&format!(" #{i}"));
        }
    }
    keys
}

/// A shared [`Library`] for component properties: equal when it is the same library, so
/// comparing properties never walks the corpus.
#[derive(Debug, Clone)]
pub struct Shared(pub Rc<Library>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Library;
    fn deref(&self) -> &Library {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use corpus::EntityKind;

    fn library() -> Library {
        Library::new(Rc::new(fixture::snapshot()))
    }

    #[test]
    fn indexes_entities_by_article_most_named_first() {
        let lib = library();
        let names: Vec<&str> = lib
            .article_entities(0)
            .iter()
            .filter_map(|ae| lib.entity(ae.entity).map(|e| e.name.as_str()))
            .collect();
        assert_eq!(names, ["Maria Lopez", "Harbour Authority", "Valport"]);
        assert_eq!(lib.article_entities(0)[0].mentions, 2);
        assert!(lib.article_entities(99).is_empty());
    }

    #[test]
    fn orders_mentions_by_position() {
        let lib = library();
        let positions: Vec<(u32, u32)> = lib
            .article_mentions(0)
            .iter()
            .map(|m| (m.mention.block, m.mention.start))
            .collect();
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(positions, sorted);
        assert_eq!(positions.len(), 4);
    }

    #[test]
    fn finds_articles_and_entities_by_key() {
        let lib = library();
        assert_eq!(lib.by_id("harbour-strike"), Some(0));
        assert_eq!(lib.by_id("nope"), None);
        let e = lib.by_key("Maria Lopez").expect("entity by name");
        assert_eq!(lib.key(e), Some("Maria Lopez"));
    }

    #[test]
    fn shared_names_get_distinct_keys() {
        let entity = |name: &str, kind| Entity {
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            articles: Vec::new(),
        };
        let keys = entity_keys(&[
            entity("Jordan", EntityKind::Person),
            entity("Jordan", EntityKind::Place),
            entity("Ann", EntityKind::Person),
            entity("Ann", EntityKind::Person),
        ]);
        assert_eq!(
            keys,
            [
                "Jordan (person)",
                "Jordan (place)",
                "Ann (person) #2",
                "Ann (person) #3"
            ]
        );
    }

    #[test]
    fn ignores_mentions_of_missing_articles() {
        let mut snapshot = fixture::snapshot();
        if let Some(e) = snapshot.corpus.entities.first_mut() {
            e.articles.push(corpus::MentionSet {
                article: 500,
                mentions: Vec::new(),
            });
        }
        let lib = Library::new(Rc::new(snapshot));
        assert_eq!(lib.article_entities(500).len(), 0);
    }
}
