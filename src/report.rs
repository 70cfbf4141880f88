//! What the page says about a result set: the wording of `corpus::search::report` (shared
//! with the quick search, so that both say exactly the same), applied to the app's
//! [`Results`], which may also be filtered by entities.

use corpus::search::report::{weak_phrase, Listed};

use crate::results::Results;

/// `results` as the wording sees them.
pub fn listed(results: &Results) -> Listed<'_> {
    let weak = results.weak;
    Listed {
        total: results.total,
        items: results.items.len(),
        strong: results.strong,
        weak,
        partial: results.partial,
        searched: results.searched,
        filters: results.filters.iter().map(|e| e.name.as_str()).collect(),
        reading: &results.reading,
        weak_phrase: (weak > 0)
            .then(|| weak_phrase(results.items.iter().filter_map(|i| i.hit.as_ref())))
            .flatten(),
    }
}

/// The note for a filter of the link that names no one and nothing in the collection.
pub fn unknown_filter(key: &str) -> String {
    [
        "The link filters by “",
        key,
        "”, which names no one and nothing in this build: that filter is left out",
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use corpus::search::report::{empty, notes, summary, weak_label};

    use super::*;
    use crate::fixture;
    use crate::results::compute;

    fn run(query: &str, filters: &[&str]) -> Results {
        let keys: Vec<String> = filters.iter().map(|f| f.to_string()).collect();
        compute(&fixture::store(), query, &keys).expect("everything is loaded")
    }

    #[test]
    fn the_count_is_the_strong_groups_and_the_weak_group_says_how_it_matched() {
        // "to" is a word of the first article and starts "Tom" in the third.
        let typing = run("to", &[]);
        assert_eq!((typing.strong, typing.weak), (1, 1));
        let list = listed(&typing);
        assert_eq!(summary(&list, "to"), "1 of 4 articles matches “to”");
        assert_eq!(
            weak_label(&list).as_deref(),
            Some("1 more article has words starting with “to”")
        );
        let done = run("to ", &[]);
        assert_eq!(weak_label(&listed(&done)), None);
    }

    #[test]
    fn a_letter_that_matches_nothing_is_left_out_with_or_without_filters() {
        let r = run("w", &[]);
        assert!(r.reading.keep_typing);
        assert_eq!(r.reading.letter_left_out.as_deref(), Some("w"));
        assert_eq!(summary(&listed(&r), "w"), "4 articles", "the whole list");
        assert_eq!(
            notes(&listed(&r)),
            ["Keep typing: “w” is one letter, too short to search; showing the results without it"]
        );
        let after = run("grain w", &[]);
        assert_eq!(after.items.len(), run("grain ", &[]).items.len());
        assert_eq!(
            summary(&listed(&after), "grain w"),
            "2 of 4 articles match “grain”"
        );
        // Filters that leave nothing either way: said as such, not as a spelling mistake.
        let none = run("w", &["valport", "tom-reyes"]);
        assert!(none.items.is_empty());
        let list = listed(&none);
        assert_eq!(
            summary(&list, "w"),
            "0 of 4 articles mention Valport and Tom Reyes"
        );
        assert!(empty(&list, "w").advice.contains("Try removing a filter"));
        assert!(!empty(&list, "w").advice.contains("spelling"));
    }

    #[test]
    fn a_filter_that_names_no_entity_is_left_out_and_said() {
        let r = run("", &["no-such-name", "valport", "no-such-name"]);
        assert_eq!(r.unknown, ["no-such-name"]);
        assert_eq!(summary(&listed(&r), ""), "2 of 4 articles mention Valport");
        assert_eq!(
            unknown_filter(&r.unknown[0]),
            "The link filters by “no-such-name”, which names no one and nothing in this build: \
             that filter is left out"
        );
        assert!(run("", &["valport"]).unknown.is_empty());
    }

    #[test]
    fn summaries_name_the_filters() {
        assert_eq!(summary(&listed(&run("", &[])), ""), "4 articles");
        assert_eq!(
            summary(&listed(&run("!!!", &[])), "!!!"),
            "4 articles",
            "nothing to search"
        );
        let one = run("", &["tom-reyes"]);
        assert_eq!(
            summary(&listed(&one), ""),
            "1 of 4 articles mentions Tom Reyes"
        );
        let two = run("dock ", &["valport", "maria-lopez"]);
        assert_eq!(
            summary(&listed(&two), "dock "),
            "1 of 4 articles matches “dock” and mentions Valport and Maria Lopez"
        );
    }
}
