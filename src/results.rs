//! The result set for a query and entity filters: the matching articles, the entity counts
//! for the sidebar, and what to suggest when nothing matches.

use corpus::search::Hit;
use corpus::EntityKind;

use crate::library::Library;

/// One article in the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index into `corpus.articles`.
    pub article: usize,
    /// How it matched the query; `None` when there is no query.
    pub hit: Option<Hit>,
}

/// An entity with the number of result articles that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facet {
    pub entity: usize,
    pub count: usize,
}

/// A way out of an empty result set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suggestion {
    /// Search for this shorter query instead; it gives `count` results.
    Query { query: String, count: usize },
    /// Remove this entity filter; that gives `count` results.
    DropFilter { entity: usize, count: usize },
}

/// What the list and the sidebar show.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Matching articles, best first (corpus order without a query).
    pub items: Vec<Item>,
    /// Number of articles in the corpus.
    pub total: usize,
    /// The active filters that name a known entity, in the order they were added.
    pub filters: Vec<usize>,
    /// Entities named in the results, per kind in [`EntityKind::ALL`] order, most counted first.
    pub facets: [Vec<Facet>; 3],
    /// No article matches the whole query: `items` are those that match some of its words
    /// (see [`corpus::search::Hit::partial`]).
    pub partial: bool,
    /// Filled only when `items` is empty or partial.
    pub suggestions: Vec<Suggestion>,
}

impl Results {
    /// The facets of one kind.
    pub fn facets_of(&self, kind: EntityKind) -> &[Facet] {
        &self.facets[kind_slot(kind)]
    }
}

fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

/// The results for `query` (all articles when it is blank) restricted to articles that name
/// every entity in `filters` (URL keys; unknown keys are ignored).
pub fn compute(lib: &Library, query: &str, filters: &[String]) -> Results {
    let filters: Vec<usize> = filters.iter().filter_map(|k| lib.by_key(k)).collect();
    let items = matching(lib, query, &filters);
    let partial = is_partial(&items);
    let suggestions = if items.is_empty() || partial {
        suggest(lib, query, &filters)
    } else {
        Vec::new()
    };
    Results {
        facets: facets(lib, &items),
        items,
        total: lib.snapshot.corpus.articles.len(),
        filters,
        partial,
        suggestions,
    }
}

fn is_partial(items: &[Item]) -> bool {
    items
        .iter()
        .any(|i| i.hit.as_ref().is_some_and(|h| h.partial))
}

/// Number of articles that match the whole query.
fn full_matches(items: &[Item]) -> usize {
    if is_partial(items) {
        0
    } else {
        items.len()
    }
}

fn matching(lib: &Library, query: &str, filters: &[usize]) -> Vec<Item> {
    let corpus = &lib.snapshot.corpus;
    let items: Vec<Item> = if query.trim().is_empty() {
        (0..corpus.articles.len())
            .map(|article| Item { article, hit: None })
            .collect()
    } else {
        lib.snapshot
            .index
            .search(corpus, query)
            .into_iter()
            .filter_map(|hit| {
                let article = usize::try_from(hit.article).ok()?;
                (article < corpus.articles.len()).then_some(Item {
                    article,
                    hit: Some(hit),
                })
            })
            .collect()
    };
    items
        .into_iter()
        .filter(|item| {
            let named = lib.article_entities(item.article);
            filters
                .iter()
                .all(|f| named.iter().any(|ae| ae.entity == *f))
        })
        .collect()
}

fn facets(lib: &Library, items: &[Item]) -> [Vec<Facet>; 3] {
    let entities = &lib.snapshot.corpus.entities;
    let mut counts = vec![0usize; entities.len()];
    for item in items {
        for ae in lib.article_entities(item.article) {
            if let Some(c) = counts.get_mut(ae.entity) {
                *c += 1;
            }
        }
    }
    let mut out: [Vec<Facet>; 3] = Default::default();
    for (entity, &count) in counts.iter().enumerate() {
        if let (Some(e), true) = (entities.get(entity), count > 0) {
            out[kind_slot(e.kind)].push(Facet { entity, count });
        }
    }
    for group in &mut out {
        group.sort_by(|a, b| {
            b.count.cmp(&a.count).then_with(|| {
                let name = |f: &Facet| entities.get(f.entity).map(|e| e.name.to_lowercase());
                name(a).cmp(&name(b))
            })
        });
    }
    out
}

fn suggest(lib: &Library, query: &str, filters: &[usize]) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for (i, &entity) in filters.iter().enumerate() {
        let rest: Vec<usize> = filters
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, &f)| f)
            .collect();
        let count = full_matches(&matching(lib, query, &rest));
        if count > 0 {
            out.push(Suggestion::DropFilter { entity, count });
        }
    }
    for shorter in fewer_words(query) {
        let count = full_matches(&matching(lib, &shorter, filters));
        if count > 0 {
            out.push(Suggestion::Query {
                query: shorter,
                count,
            });
        }
    }
    out
}

/// The query with one word (or one quoted phrase) left out, for each word, when it has two or
/// more.
pub fn fewer_words(query: &str) -> Vec<String> {
    let words = words(query);
    if words.len() < 2 {
        return Vec::new();
    }
    (0..words.len())
        .map(|skip| {
            words
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, w)| w.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Splits a query at spaces outside double quotes.
fn words(query: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in query.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The sentence above the cards, e.g. `2 of 4 articles match “oil” and mention Oslo`.
pub fn summary(results: &Results, query: &str, lib: &Library) -> String {
    let n = results.items.len();
    let names: Vec<&str> = results
        .filters
        .iter()
        .filter_map(|&e| lib.entity(e).map(|e| e.name.as_str()))
        .collect();
    let query = query.trim();
    if results.partial {
        return format!(
            "No article matches all of “{query}”; {n} {} some of it",
            plural(n, "article matches", "articles match")
        );
    }
    if query.is_empty() && names.is_empty() {
        return format!("{n} {}", plural(n, "article", "articles"));
    }
    let mut text = format!(
        "{n} of {} {}",
        results.total,
        plural(results.total, "article", "articles")
    );
    if !query.is_empty() {
        text.push_str(&format!(" {} “{query}”", plural(n, "matches", "match")));
    }
    if !names.is_empty() {
        if !query.is_empty() {
            text.push_str(" and");
        }
        text.push_str(&format!(
            " {} {}",
            plural(n, "mentions", "mention"),
            join_and(&names)
        ));
    }
    text
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use std::rc::Rc;

    fn library() -> Library {
        Library::new(Rc::new(fixture::snapshot()))
    }

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn facet_names(lib: &Library, r: &Results, kind: EntityKind) -> Vec<(String, usize)> {
        r.facets_of(kind)
            .iter()
            .map(|f| {
                (
                    lib.entity(f.entity)
                        .map(|e| e.name.clone())
                        .unwrap_or_default(),
                    f.count,
                )
            })
            .collect()
    }

    fn pairs(expected: &[(&str, usize)]) -> Vec<(String, usize)> {
        expected.iter().map(|&(n, c)| (n.to_string(), c)).collect()
    }

    #[test]
    fn blank_query_lists_every_article_in_order() {
        let lib = library();
        let r = compute(&lib, "  ", &[]);
        let ids: Vec<usize> = r.items.iter().map(|i| i.article).collect();
        assert_eq!(ids, [0, 1, 2, 3]);
        assert!(r.items.iter().all(|i| i.hit.is_none()));
        assert_eq!(r.total, 4);
    }

    #[test]
    fn counts_articles_per_entity_sorted_by_count_then_name() {
        let lib = library();
        let r = compute(&lib, "", &[]);
        assert_eq!(
            facet_names(&lib, &r, EntityKind::Person),
            pairs(&[("Maria Lopez", 2), ("Tom Reyes", 1)])
        );
        assert_eq!(
            facet_names(&lib, &r, EntityKind::Organization),
            pairs(&[("Harbour Authority", 2), ("Northland Farmers Council", 1)])
        );
        assert_eq!(
            facet_names(&lib, &r, EntityKind::Place),
            pairs(&[("Valport", 2), ("Northland", 1)])
        );
    }

    #[test]
    fn filters_intersect_and_counts_follow_the_results() {
        let lib = library();
        let one = compute(&lib, "", &keys(&["Valport"]));
        assert_eq!(
            one.items.iter().map(|i| i.article).collect::<Vec<_>>(),
            [0, 1]
        );
        assert_eq!(
            facet_names(&lib, &one, EntityKind::Person),
            pairs(&[("Maria Lopez", 2)])
        );

        let none = compute(&lib, "", &keys(&["Valport", "Tom Reyes"]));
        assert!(none.items.is_empty());
        assert!(none.facets.iter().all(Vec::is_empty));
    }

    #[test]
    fn unknown_filter_keys_are_ignored() {
        let lib = library();
        let r = compute(&lib, "", &keys(&["Nobody", "Tom Reyes"]));
        assert_eq!(r.filters.len(), 1);
        assert_eq!(r.items.iter().map(|i| i.article).collect::<Vec<_>>(), [2]);
    }

    #[test]
    fn a_query_narrows_the_results_and_combines_with_filters() {
        let lib = library();
        let r = compute(&lib, "grain", &[]);
        let ids: Vec<usize> = r.items.iter().map(|i| i.article).collect();
        assert!(ids.contains(&2), "{ids:?}");
        assert!(!ids.contains(&0) && !ids.contains(&1), "{ids:?}");
        assert!(r.items.iter().all(|i| i.hit.is_some()));

        let filtered = compute(&lib, "grain", &keys(&["Valport"]));
        assert!(filtered.items.is_empty());
    }

    #[test]
    fn suggests_dropping_a_filter_when_nothing_matches() {
        let lib = library();
        let r = compute(&lib, "", &keys(&["Valport", "Tom Reyes"]));
        let valport = lib.by_key("Valport").unwrap();
        let reyes = lib.by_key("Tom Reyes").unwrap();
        assert_eq!(
            r.suggestions,
            vec![
                Suggestion::DropFilter {
                    entity: valport,
                    count: 1
                },
                Suggestion::DropFilter {
                    entity: reyes,
                    count: 2
                },
            ]
        );
    }

    #[test]
    fn a_query_no_article_matches_in_full_gives_partial_results_and_shorter_queries() {
        let lib = library();
        let r = compute(&lib, "grain harbour", &[]);
        assert!(r.partial);
        assert!(!r.items.is_empty());
        assert!(r
            .items
            .iter()
            .all(|i| i.hit.as_ref().is_some_and(|h| h.partial)));
        assert_eq!(
            summary(&r, "grain harbour", &lib),
            format!(
                "No article matches all of “grain harbour”; {} articles match some of it",
                r.items.len()
            )
        );
        let queries: Vec<&str> = r
            .suggestions
            .iter()
            .filter_map(|s| match s {
                Suggestion::Query { query, count } if *count > 0 => Some(query.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(queries, ["harbour", "grain"]);

        let full = compute(&lib, "grain", &[]);
        assert!(!full.partial);
        assert!(full.suggestions.is_empty());
    }

    #[test]
    fn leaves_out_one_word_at_a_time_keeping_phrases_whole() {
        assert_eq!(fewer_words("oil"), Vec::<String>::new());
        assert_eq!(fewer_words("  a  b c "), ["b c", "a c", "a b"]);
        assert_eq!(fewer_words("\"red sea\" ships"), ["ships", "\"red sea\""]);
    }

    #[test]
    fn summarises_query_and_filters() {
        let lib = library();
        let all = compute(&lib, "", &[]);
        assert_eq!(summary(&all, "", &lib), "4 articles");

        let one = compute(&lib, "", &keys(&["Tom Reyes"]));
        assert_eq!(
            summary(&one, "", &lib),
            "1 of 4 articles mentions Tom Reyes"
        );

        let two = compute(&lib, "", &keys(&["Valport", "Maria Lopez"]));
        assert_eq!(
            summary(&two, "", &lib),
            "2 of 4 articles mention Valport and Maria Lopez"
        );

        let fake = Results {
            items: vec![Item {
                article: 0,
                hit: None,
            }],
            ..two
        };
        assert_eq!(
            summary(&fake, " dock ", &lib),
            "1 of 4 articles matches “dock” and mentions Valport and Maria Lopez"
        );
        assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
    }
}
