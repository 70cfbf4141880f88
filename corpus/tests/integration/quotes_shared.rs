//! Merging the same statement quoted in several articles (`corpus::quotes`): full and
//! cut-down wordings, normalisation of marks, case, punctuation and ellipses.

use crate::quotes_common;

use corpus::EntityKind::Person;
use quotes_common::{article, collection};

const BERG: (corpus::EntityKind, &[&str]) = (Person, &["Jon Berg", "Berg"]);

#[test]
fn a_cut_down_quote_joins_the_full_one_with_every_article_and_the_longest_wording() {
    let full = "There is no way to keep the harbour open unless we sit down and work together on every part of this, from the money to the ferries. And we are doing that now.";
    let c = collection(
        vec![
            article("one", &[&format!("\"{full}\" Berg said on Monday.")]),
            article(
                "two",
                &["“There is no way to keep the harbour open unless we sit down and work together on every part of this,” Berg said."],
            ),
            article("three", &["\"Nothing at all to do with the harbour,\" Berg said."]),
        ],
        &[BERG],
    );
    let shared: Vec<_> = c.quotes.iter().filter(|q| q.articles().len() > 1).collect();
    assert_eq!(shared.len(), 1, "{:#?}", c.quotes);
    let q = shared[0];
    assert_eq!(q.text, full);
    assert_eq!(q.articles(), [0, 1]);
    assert_eq!(q.speaker, Some(0));
    // Most-carried first; each occurrence points at its own wording.
    assert_eq!(c.quotes[0], *q);
    let second = q.occurrences[1];
    assert!(second
        .text(&c.articles[1])
        .unwrap()
        .ends_with("every part of this,"));
    assert_eq!(c.quotes.len(), 2);
}

#[test]
fn marks_case_punctuation_and_ellipses_do_not_matter() {
    let c = collection(
        vec![
            article(
                "one",
                &["“…We all want the port open, safe and busy; a port which is a home for every boat,” Berg said."],
            ),
            article(
                "two",
                &["\"we all want the port open - safe and busy - a port WHICH is a home for every boat\" ... Berg said."],
            ),
        ],
        &[BERG],
    );
    assert_eq!(c.quotes.len(), 1, "{:#?}", c.quotes);
    assert_eq!(c.quotes[0].articles(), [0, 1]);
}

#[test]
fn a_short_part_joins_only_with_the_same_speaker() {
    let long = "To date, the vast majority of the harbour's repairs have been against the advice of the engineers,";
    let c = collection(
        vec![
            article("one", &[&format!("\"{long}\" Berg said.")]),
            article(
                "two",
                &["Berg said the repairs were largely \"against the advice of the engineers.\""],
            ),
            // Four common words, nobody named: not the same statement.
            article(
                "three",
                &["Talks should resume \"against the advice of\" everyone, the paper wrote."],
            ),
            // The same speaker, but only common words: not the same statement either.
            article(
                "four",
                &["Berg said the engineers should act \"as soon as possible\" now."],
            ),
            article(
                "five",
                &["\"We will look at it again as soon as possible, whatever the engineers say,\" Berg said."],
            ),
        ],
        &[BERG],
    );
    let of_two = c
        .quotes
        .iter()
        .find(|q| q.occurrences.iter().any(|o| o.article == 1))
        .unwrap();
    assert_eq!(of_two.articles(), [0, 1]);
    assert_eq!(of_two.text, long);
    let of_three = c
        .quotes
        .iter()
        .find(|q| q.occurrences.iter().any(|o| o.article == 2))
        .unwrap();
    assert_eq!(of_three.articles(), [2]);
    let of_four = c
        .quotes
        .iter()
        .find(|q| q.occurrences.iter().any(|o| o.article == 3))
        .unwrap();
    assert_eq!(of_four.articles(), [3]);
    assert_eq!(of_four.speaker, Some(0));
}

#[test]
fn different_statements_stay_apart_and_identical_short_ones_merge() {
    let c = collection(
        vec![
            article(
                "one",
                &["\"The ferries will run again by the end of the month,\" Berg said. Prices rose \"faster than ever\" this year."],
            ),
            article(
                "two",
                &["\"The ferries will not run again before the end of the year,\" Berg said. Prices rose \"Faster than ever!\""],
            ),
        ],
        &[BERG],
    );
    let multi: Vec<_> = c.quotes.iter().filter(|q| q.articles().len() > 1).collect();
    assert_eq!(multi.len(), 1, "{:#?}", c.quotes);
    assert_eq!(multi[0].text, "faster than ever");
    assert_eq!(c.quotes.len(), 3);
}

#[test]
fn the_speaker_is_the_one_most_articles_name() {
    let text = "We will keep the harbour open through the whole winter, whatever the storms bring.";
    let c = collection(
        vec![
            article("one", &[&format!("\"{text}\" a spokesman said.")]),
            article("two", &[&format!("\"{text}\" Berg said.")]),
            article("three", &[&format!("Berg said: \"{text}\"")]),
        ],
        &[BERG],
    );
    assert_eq!(c.quotes.len(), 1);
    let q = &c.quotes[0];
    assert_eq!(q.speaker, Some(0));
    let per_article: Vec<Option<u32>> = q.occurrences.iter().map(|o| o.speaker).collect();
    assert_eq!(per_article, [None, Some(0), Some(0)]);
}
