//! The list in date order: the results put in the order the route asks for, from the
//! collection's date order (fetched only when a date order is asked for). Articles without a
//! date keep their relative order after the dated ones: they are never given a date.

use corpus::bundle::{Needs, Store};

use crate::results::Results;
use crate::route::Sort;

/// `results` in the order `sort` asks for (unchanged for the default order, or when no
/// article of the collection has a date).
pub fn apply(store: &Store, mut results: Results, sort: Sort) -> Result<Results, Needs> {
    if sort == Sort::Relevance || !store.boot().has_dates() {
        return Ok(results);
    }
    let mut keyed = Vec::with_capacity(results.items.len());
    for item in results.items {
        keyed.push((store.date_rank(item.article)?, item));
    }
    // A stable sort: articles without a date stay in the order they had.
    keyed.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) if sort == Sort::Newest => b.cmp(a),
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    results.items = keyed.into_iter().map(|(_, item)| item).collect();
    Ok(results)
}

/// How many of the results have no date (0 until the date order is loaded).
pub fn undated(store: &Store, results: &Results) -> usize {
    results
        .items
        .iter()
        .filter(|i| store.date_rank(i.article).is_ok_and(|r| r.is_none()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::results::compute;
    use corpus::bundle::FileKey;

    fn order(store: &Store, query: &str, sort: Sort) -> Vec<u32> {
        let results = compute(store, query, &[]).expect("loaded");
        let sorted = apply(store, results, sort).expect("loaded");
        sorted.items.iter().map(|i| i.article).collect()
    }

    #[test]
    fn dated_articles_first_in_date_order_the_undated_after_them_as_they_were() {
        // The fixture: articles 0 (2024-03-02) and 2 (2024-04-10) have dates, 1 and 3 none.
        let store = fixture::store();
        assert_eq!(order(&store, "", Sort::Relevance), [0, 1, 2, 3]);
        assert_eq!(order(&store, "", Sort::Newest), [2, 0, 1, 3]);
        assert_eq!(order(&store, "", Sort::Oldest), [0, 2, 1, 3]);
        let results = apply(&store, compute(&store, "", &[]).unwrap(), Sort::Newest).unwrap();
        assert_eq!(undated(&store, &results), 2);
        // With a query, only its results, in date order.
        assert_eq!(order(&store, "grain", Sort::Newest), [2, 3]);
    }

    #[test]
    fn the_date_order_is_fetched_only_when_asked_for() {
        let bundle = fixture::split_bundle();
        let mut store = fixture::split_store();
        let (results, _) = fixture::answer(&mut store, &bundle, |s| compute(s, "", &[]));
        assert!(!store.is_loaded(FileKey::Dates));
        let needs = apply(&store, results.clone(), Sort::Newest).unwrap_err();
        assert_eq!(needs, Needs::one(FileKey::Dates));
        fixture::feed(&mut store, &bundle, &needs);
        let sorted = apply(&store, results, Sort::Newest).unwrap();
        let articles: Vec<u32> = sorted.items.iter().map(|i| i.article).collect();
        assert_eq!(articles, [2, 0, 1, 3]);
    }

    #[test]
    fn without_dates_the_order_is_left_alone() {
        let mut corpus = fixture::corpus();
        for a in &mut corpus.articles {
            a.date = None;
        }
        let store = fixture::store_of(corpus);
        assert!(!store.boot().has_dates());
        assert_eq!(order(&store, "", Sort::Newest), [0, 1, 2, 3]);
    }
}
