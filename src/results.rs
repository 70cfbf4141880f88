//! The result set for a query and entity filters, the entity counts for the sidebar, and
//! what to suggest when nothing matches: computed from what is loaded, or the files still
//! needed ([`Needs`]).

use std::rc::Rc;

use corpus::bundle::{ArticleFile, EntityRef, FileKey, Needs, Store};
use corpus::search::report::{leave_out_letter, searches, shorter_queries, Reading};
use corpus::search::{Group as HitGroup, Highlighter, Ranked};
use corpus::EntityKind;

/// One article in the results.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The article's number.
    pub article: u32,
    /// How it matched the query; `None` when there is no query.
    pub hit: Option<Ranked>,
}

/// The query's highlighter, shared by the cards (equal when it is the same one).
#[derive(Debug, Clone)]
pub struct Marks(pub Rc<Highlighter>);

impl PartialEq for Marks {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The results as the views get them: equal when they are the same value (the app keeps
/// results that are computed again and found equal as the one value), so that comparing the
/// views' properties never walks thousands of items.
#[derive(Debug, Clone)]
pub struct SharedResults(pub Rc<Results>);

impl PartialEq for SharedResults {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedResults {
    type Target = Results;

    fn deref(&self) -> &Results {
        &self.0
    }
}

/// A way out of an empty result set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suggestion {
    /// Search for this shorter query instead; it gives `count` results.
    Query { query: String, count: usize },
    /// Remove this entity filter; that gives `count` results.
    DropFilter { entity: EntityRef, count: usize },
}

/// What the list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Matching articles, best first (collection order without a query).
    pub items: Vec<Item>,
    /// Number of articles in the collection.
    pub total: usize,
    /// The active filters that name a known entity, in the order they were added.
    pub filters: Vec<EntityRef>,
    /// The route's filter keys as the URL should have them: slugs for the known entities,
    /// unknown keys as they were.
    pub canonical: Vec<String>,
    /// No article matches the whole query: `items` are those that match some of its words
    /// (their hits are in the partial group).
    pub partial: bool,
    /// Filled only when `items` is empty or partial.
    pub suggestions: Vec<Suggestion>,
    /// The query's highlighter; `None` without a query.
    pub marks: Option<Marks>,
    /// Files the suggestions still need (they are left out until then).
    pub later: Needs,
    /// The route's filter keys that name no entity of the collection: left out, and said so.
    pub unknown: Vec<String>,
    /// No query and no filter: every article, in collection order.
    pub whole: bool,
    /// The query has something to search (a word, a phrase or an exclusion).
    pub searched: bool,
    /// Items that matched every part of the query by exact words, stems or entity names (all
    /// items without a query): the count to show. They come first.
    pub strong: usize,
    /// Items after them that matched some part only by a prefix or a close spelling.
    pub weak: usize,
    /// How the search read the query.
    pub reading: Reading,
}

impl Results {
    pub fn filter_ids(&self) -> Vec<u32> {
        self.filters.iter().map(|f| f.id).collect()
    }
}

/// The results for `query` (all articles when it is blank) restricted to articles that name
/// every entity in `keys` (URL keys; unknown keys are left out and listed in
/// [`Results::unknown`]).
pub fn compute(store: &Store, query: &str, keys: &[String]) -> Result<Results, Needs> {
    let mut needs = Needs::default();
    let mut filters: Vec<EntityRef> = Vec::new();
    let mut canonical: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for key in keys {
        let found = store
            .resolve(key)
            .and_then(|id| id.map_or(Ok(None), |id| store.entity_ref(id)));
        let key = match found {
            Ok(Some(entity)) => {
                let slug = entity.slug.clone();
                if !filters.iter().any(|f| f.id == entity.id) {
                    filters.push(entity);
                }
                slug
            }
            Ok(None) => {
                if !unknown.contains(key) {
                    unknown.push(key.clone());
                }
                key.clone()
            }
            Err(more) => {
                needs.merge(more);
                key.clone()
            }
        };
        if !canonical.contains(&key) {
            canonical.push(key);
        }
    }
    let ids: Vec<u32> = filters.iter().map(|f| f.id).collect();
    let mut matched = matching(store, query, &ids);
    // A one-letter word being typed that leaves no full match is not searched yet: the
    // results are the query's without it, never a false "no result" while typing.
    let mut query = query;
    let mut letter_left_out = None;
    if let Ok(found) = &matched {
        let matched_all = full_matches(&found.items) > 0;
        if let Some((rest, letter)) =
            leave_out_letter(query, found.reading.keep_typing, matched_all)
        {
            query = rest;
            letter_left_out = Some(letter);
            matched = matching(store, query, &ids);
        }
    }
    let Matched {
        items,
        highlighter,
        mut reading,
    } = match (matched, needs.0.is_empty()) {
        (Ok(found), true) => found,
        (Ok(_), false) => return Err(needs),
        (Err(more), _) => {
            needs.merge(more);
            return Err(needs);
        }
    };
    if letter_left_out.is_some() {
        reading.keep_typing = true;
        reading.letter_left_out = letter_left_out;
    }
    let partial = is_partial(&items);
    let mut later = Needs::default();
    let suggestions = if items.is_empty() || partial {
        suggest(store, query, &filters, &mut later)
    } else {
        Vec::new()
    };
    let searched = searches(query);
    let in_group = |g: HitGroup| {
        items
            .iter()
            .filter(|i| {
                i.hit
                    .as_ref()
                    .map_or(g == HitGroup::Strong, |h| h.group == g)
            })
            .count()
    };
    let (strong, weak) = (in_group(HitGroup::Strong), in_group(HitGroup::Weak));
    Ok(Results {
        whole: !searched && filters.is_empty(),
        searched,
        strong,
        weak,
        reading,
        items,
        total: store.article_count() as usize,
        filters,
        canonical,
        unknown,
        partial,
        suggestions,
        marks: highlighter.map(|h| Marks(Rc::new(h))),
        later,
    })
}

fn is_partial(items: &[Item]) -> bool {
    items
        .iter()
        .any(|i| i.hit.as_ref().is_some_and(|h| h.group == HitGroup::Partial))
}

/// Number of articles that match the whole query.
fn full_matches(items: &[Item]) -> usize {
    if is_partial(items) {
        0
    } else {
        items.len()
    }
}

/// The matching articles, the query's highlighter and how the query was read.
struct Matched {
    items: Vec<Item>,
    highlighter: Option<Highlighter>,
    reading: Reading,
}

/// The articles that match `query` and name every entity of `filters`: all of them, in
/// collection order, when the query has nothing to search.
fn matching(store: &Store, query: &str, filters: &[u32]) -> Result<Matched, Needs> {
    let n = store.article_count();
    let mut needs = Needs::default();
    let ranked = if !searches(query) {
        Some(Matched {
            items: (0..n).map(|article| Item { article, hit: None }).collect(),
            highlighter: None,
            reading: Reading::default(),
        })
    } else {
        match store.rank(query) {
            Ok(ranking) => Some(Matched {
                reading: Reading::of(&ranking),
                items: ranking
                    .hits
                    .into_iter()
                    .filter(|hit| hit.article < n)
                    .map(|hit| Item {
                        article: hit.article,
                        hit: Some(hit),
                    })
                    .collect::<Vec<_>>(),
                highlighter: Some(ranking.highlighter),
            }),
            Err(more) => {
                needs.merge(more);
                None
            }
        }
    };
    let mut sets = Vec::new();
    for &f in filters {
        match store.postings(f) {
            Ok(postings) => sets.push(postings),
            Err(more) => needs.merge(more),
        }
    }
    let mut matched = match ranked {
        Some(found) if needs.0.is_empty() => found,
        _ => return Err(needs),
    };
    matched.items.retain(|item| {
        sets.iter()
            .all(|set| set.binary_search_by_key(&item.article, |p| p.0).is_ok())
    });
    Ok(matched)
}

fn suggest(
    store: &Store,
    query: &str,
    filters: &[EntityRef],
    later: &mut Needs,
) -> Vec<Suggestion> {
    let ids: Vec<u32> = filters.iter().map(|f| f.id).collect();
    let mut out = Vec::new();
    for (i, entity) in filters.iter().enumerate() {
        let rest: Vec<u32> = ids
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, &f)| f)
            .collect();
        match matching(store, query, &rest) {
            Ok(matched) => {
                let count = full_matches(&matched.items);
                if count > 0 {
                    out.push(Suggestion::DropFilter {
                        entity: entity.clone(),
                        count,
                    });
                }
            }
            Err(more) => later.merge(more),
        }
    }
    for shorter in shorter_queries(query) {
        match matching(store, &shorter, &ids) {
            Ok(matched) => {
                let count = full_matches(&matched.items);
                if count > 0 {
                    out.push(Suggestion::Query {
                        query: shorter,
                        count,
                    });
                }
            }
            Err(more) => later.merge(more),
        }
    }
    out
}

/// An entity with the number of result articles that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facet {
    pub entity: u32,
    pub count: u32,
}

/// The entities of one kind in the results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    /// Every entity of the group when [`Facets::complete`], else the first few. The first
    /// [`ORDERED`] are in order (most counted first, then the entity named in more articles of
    /// the collection); [`Group::ordered`] puts them all in order.
    pub facets: Vec<Facet>,
    /// Number of entities of the kind named in the results.
    pub total: u32,
}

/// How many of a group's facets are kept in order as they are counted (the sidebar shows
/// fewer until a group is expanded): ordering tens of thousands at every keystroke would cost
/// more than the counting.
pub const ORDERED: usize = 64;

fn facet_order(f: &Facet) -> (std::cmp::Reverse<u32>, u32) {
    (std::cmp::Reverse(f.count), f.entity)
}

impl Group {
    /// Every facet of the group, in order.
    pub fn ordered(&self) -> Vec<Facet> {
        let mut all = self.facets.clone();
        if all.len() > ORDERED {
            corpus::sort::sort_by_key(&mut all, facet_order);
        }
        all
    }
}

/// The sidebar's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Per kind, in [`EntityKind::ALL`] order.
    pub groups: [Group; 3],
    /// Whether each group lists all its entities (the first view lists the first few).
    pub complete: bool,
}

impl Facets {
    /// The group of one kind.
    pub fn group(&self, kind: EntityKind) -> &Group {
        &self.groups[kind.index()]
    }
}

/// The entities one article names, per kind, each counted by its mentions in the article
/// (most mentioned first): what the sidebar describes while the article is open.
pub fn article_facets(file: &ArticleFile) -> Facets {
    let mut groups: [Group; 3] = Default::default();
    for named in &file.entities {
        let count = u32::try_from(named.mentions.len()).unwrap_or(u32::MAX);
        groups[named.entity.kind.index()].facets.push(Facet {
            entity: named.entity.id,
            count,
        });
    }
    for group in &mut groups {
        group.facets.sort_unstable_by_key(facet_order);
        group.total = u32::try_from(group.facets.len()).unwrap_or(u32::MAX);
    }
    Facets {
        groups,
        complete: true,
    }
}

/// The entities named in `results`, counted per kind. The whole collection's are in the boot
/// file (the first few of each kind) unless `complete` is asked for; any other result set is
/// counted over the facet chunks of its articles.
pub fn facets(store: &Store, results: &Results, complete: bool) -> Result<Facets, Needs> {
    let chunks: Vec<FileKey> = if results.whole {
        (0..store.boot().files.facet_chunks.len())
            .filter_map(|k| u32::try_from(k).ok().map(FileKey::Facets))
            .collect()
    } else {
        store.facet_chunks_of(results.items.iter().map(|i| i.article))
    };
    let missing: Vec<FileKey> = chunks
        .iter()
        .copied()
        .filter(|k| !store.is_loaded(*k))
        .collect();
    if results.whole && !missing.is_empty() && !complete {
        let boot = store.boot();
        return Ok(Facets {
            groups: std::array::from_fn(|k| Group {
                facets: boot.top[k]
                    .iter()
                    .map(|t| Facet {
                        entity: t.entity.id,
                        count: t.articles,
                    })
                    .collect(),
                total: boot.kinds[k],
            }),
            complete: false,
        });
    }
    if !missing.is_empty() {
        return Err(Needs(missing));
    }
    let mut counts = vec![0u32; store.boot().entity_count() as usize];
    for item in &results.items {
        for &e in store.article_entities(item.article)? {
            if let Some(c) = counts.get_mut(e as usize) {
                *c += 1;
            }
        }
    }
    let mut groups: [Group; 3] = Default::default();
    for (entity, &count) in counts.iter().enumerate() {
        let Ok(entity) = u32::try_from(entity) else {
            break;
        };
        if let (Some(kind), true) = (store.kind_of(entity), count > 0) {
            groups[kind.index()].facets.push(Facet { entity, count });
        }
    }
    for group in &mut groups {
        let facets = &mut group.facets;
        if facets.len() > ORDERED {
            facets.select_nth_unstable_by_key(ORDERED, facet_order);
        }
        let first = facets.len().min(ORDERED);
        if let Some(head) = facets.get_mut(..first) {
            corpus::sort::sort_by_key(head, facet_order);
        }
        group.total = u32::try_from(facets.len()).unwrap_or(u32::MAX);
    }
    Ok(Facets {
        groups,
        complete: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn keys(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn run(query: &str, filters: &[&str]) -> Results {
        compute(&fixture::store(), query, &keys(filters)).expect("everything is loaded")
    }

    fn articles(r: &Results) -> Vec<u32> {
        r.items.iter().map(|i| i.article).collect()
    }

    /// (name, count) of one kind's facets.
    fn counted(store: &Store, facets: &Facets, kind: EntityKind) -> Vec<(String, u32)> {
        facets
            .group(kind)
            .facets
            .iter()
            .map(|f| {
                let name = store.entity_ref(f.entity).unwrap().unwrap().name;
                (name, f.count)
            })
            .collect()
    }

    fn pairs(expected: &[(&str, u32)]) -> Vec<(String, u32)> {
        expected.iter().map(|&(n, c)| (n.to_string(), c)).collect()
    }

    #[test]
    fn blank_query_lists_every_article_in_order() {
        let r = run("  ", &[]);
        assert_eq!(articles(&r), [0, 1, 2, 3]);
        assert!(r.items.iter().all(|i| i.hit.is_none()));
        assert_eq!(r.total, 4);
        assert!(r.whole && r.marks.is_none());
    }

    #[test]
    fn counts_articles_per_entity_sorted_by_count_then_collection_rank() {
        let store = fixture::store();
        let r = compute(&store, "", &[]).unwrap();
        let f = facets(&store, &r, false).unwrap();
        assert!(f.complete, "all loaded: counted");
        assert_eq!(
            counted(&store, &f, EntityKind::Person),
            pairs(&[("Maria Lopez", 2), ("Tom Reyes", 1)])
        );
        assert_eq!(
            counted(&store, &f, EntityKind::Organization),
            pairs(&[("Harbour Authority", 2), ("Northland Farmers Council", 1)])
        );
        assert_eq!(
            counted(&store, &f, EntityKind::Place),
            pairs(&[("Valport", 2), ("Northland", 1)])
        );
        assert_eq!(f.group(EntityKind::Place).total, 2);
    }

    #[test]
    fn a_big_group_orders_its_first_facets_and_all_on_demand() {
        let mut corpus = fixture::corpus();
        let article = corpus.articles[0].clone();
        corpus.articles = (0..3)
            .map(|i| corpus::Article {
                id: format!("a{i}"),
                ..article.clone()
            })
            .collect();
        corpus.entities = (0..200u32)
            .map(|e| corpus::Entity {
                name: format!("Person {e}"),
                kind: EntityKind::Person,
                aliases: Vec::new(),
                articles: (0..1 + e % 3)
                    .map(|a| corpus::MentionSet {
                        article: a,
                        mentions: Vec::new(),
                    })
                    .collect(),
            })
            .collect();
        let store = fixture::store_of(corpus);
        let r = compute(&store, "", &[]).unwrap();
        let group = facets(&store, &r, true).unwrap().groups[0].clone();
        assert_eq!(group.total, 200);
        let counts: Vec<u32> = group.facets.iter().take(ORDERED).map(|f| f.count).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        assert_eq!(
            (counts[0], counts[ORDERED - 1]),
            (3, 3),
            "66 entities in 3 articles"
        );
        let all = group.ordered();
        assert_eq!(all.len(), 200);
        assert!(all
            .windows(2)
            .all(|w| facet_order(&w[0]) < facet_order(&w[1])));
        assert_eq!(&all[..ORDERED], &group.facets[..ORDERED]);
    }

    #[test]
    fn the_first_view_counts_come_from_the_boot_file_until_all_are_asked_for() {
        let bundle = fixture::split_bundle();
        let mut store = fixture::split_store();
        let r = compute(&store, "", &[]).expect("the first view needs nothing more");
        let first = facets(&store, &r, false).unwrap();
        assert!(!first.complete);
        assert_eq!(
            counted(&store, &first, EntityKind::Person),
            pairs(&[("Maria Lopez", 2), ("Tom Reyes", 1)])
        );
        let Err(needs) = facets(&store, &r, true) else {
            panic!("the whole list needs the facet chunks");
        };
        assert!(needs.0.iter().all(|k| matches!(k, FileKey::Facets(_))));
        fixture::feed(&mut store, &bundle, &needs);
        let all = facets(&store, &r, true).unwrap();
        assert!(all.complete);
        assert_eq!(
            all.groups,
            facets(&fixture::store(), &r, true).unwrap().groups
        );
    }

    #[test]
    fn an_open_articles_entities_are_counted_by_their_mentions() {
        let store = fixture::store();
        let file = store.article(0).unwrap().unwrap();
        let f = article_facets(&file);
        assert_eq!(
            counted(&store, &f, EntityKind::Person),
            pairs(&[("Maria Lopez", 2)])
        );
        assert_eq!(
            counted(&store, &f, EntityKind::Organization),
            pairs(&[("Harbour Authority", 1)])
        );
        assert_eq!(f.group(EntityKind::Place).total, 1);
    }

    #[test]
    fn filters_intersect_and_counts_follow_the_results() {
        let store = fixture::store();
        let one = compute(&store, "", &keys(&["valport"])).unwrap();
        assert_eq!(articles(&one), [0, 1]);
        assert!(!one.whole);
        let f = facets(&store, &one, false).unwrap();
        assert_eq!(
            counted(&store, &f, EntityKind::Person),
            pairs(&[("Maria Lopez", 2)])
        );

        let none = compute(&store, "", &keys(&["valport", "tom-reyes"])).unwrap();
        assert!(none.items.is_empty());
        let f = facets(&store, &none, false).unwrap();
        assert!(f.groups.iter().all(|g| g.facets.is_empty() && g.total == 0));
    }

    #[test]
    fn old_links_name_entities_and_get_slugs() {
        let r = run("", &["Valport", "Maria Lopez", "valport"]);
        assert_eq!(articles(&r), [0, 1]);
        assert_eq!(r.canonical, ["valport", "maria-lopez"]);
        let names: Vec<&str> = r.filters.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Valport", "Maria Lopez"]);
    }

    #[test]
    fn unknown_filter_keys_are_ignored_and_kept() {
        let r = run("", &["nobody", "tom-reyes"]);
        assert_eq!(r.filters.len(), 1);
        assert_eq!(articles(&r), [2]);
        assert_eq!(r.canonical, ["nobody", "tom-reyes"]);
    }

    #[test]
    fn a_query_narrows_the_results_and_combines_with_filters() {
        let r = run("grain", &[]);
        let ids = articles(&r);
        assert!(ids.contains(&2), "{ids:?}");
        assert!(!ids.contains(&0) && !ids.contains(&1), "{ids:?}");
        assert!(r.items.iter().all(|i| i.hit.is_some()));
        assert!(r.marks.is_some());

        let filtered = run("grain", &["valport"]);
        assert!(filtered.items.is_empty());
    }

    #[test]
    fn a_split_store_names_the_files_it_needs_and_then_gives_the_same_results() {
        let bundle = fixture::split_bundle();
        let mut store = fixture::split_store();
        let needs = compute(&store, "strike", &keys(&["maria-lopez"])).unwrap_err();
        assert_eq!(needs.0, [FileKey::SearchRoot], "the root first");
        let (r, rounds) = fixture::answer(&mut store, &bundle, |s| {
            compute(s, "strike", &keys(&["maria-lopez"]))
        });
        assert!(rounds >= 2, "root, then shards and the entity chunk");
        let whole = run("strike", &["maria-lopez"]);
        assert_eq!(articles(&r), articles(&whole));
        assert_eq!(r.filters, whole.filters);
        let (f, _) = fixture::answer(&mut store, &bundle, |s| facets(s, &r, false));
        assert_eq!(f, facets(&fixture::store(), &whole, false).unwrap());
    }

    #[test]
    fn suggests_dropping_a_filter_when_nothing_matches() {
        let r = run("", &["valport", "tom-reyes"]);
        let names: Vec<(String, usize)> = r
            .suggestions
            .iter()
            .filter_map(|s| match s {
                Suggestion::DropFilter { entity, count } => Some((entity.name.clone(), *count)),
                Suggestion::Query { .. } => None,
            })
            .collect();
        assert_eq!(
            names,
            [("Valport".to_string(), 1), ("Tom Reyes".to_string(), 2)]
        );
    }

    #[test]
    fn a_query_no_article_matches_in_full_gives_partial_results_and_shorter_queries() {
        let r = run("grain harbour", &[]);
        assert!(r.partial);
        assert!(!r.items.is_empty());
        assert!(r
            .items
            .iter()
            .all(|i| i.hit.as_ref().is_some_and(|h| h.group == HitGroup::Partial)));
        assert_eq!(
            corpus::search::report::summary(&crate::report::listed(&r), "grain harbour"),
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

        let full = run("grain", &[]);
        assert!(!full.partial);
        assert!(full.suggestions.is_empty());
    }
}
