//! `corpus::relations`: entities named together, ranked by how much more often than chance,
//! and related articles with what they share.

use crate::quotes_common;

use corpus::relations::{self, MAX_ENTITIES_PER_ARTICLE};
use corpus::EntityKind::{Organization, Person, Place};
use quotes_common::{article, collection};

/// Ten articles: "Harbour" in all of them, "Berg" and "Quist" together in articles 0 and 1
/// only, "Lind" in 0 to 5.
fn harbour() -> corpus::Corpus {
    let mut articles = Vec::new();
    for i in 0..10 {
        let mut text = String::from("The Harbour reopened.");
        if i < 2 {
            text.push_str(" Jon Berg met Mara Quist about the ferries.");
        }
        if i < 6 {
            text.push_str(" Tom Lind attended.");
        }
        articles.push(article(&format!("a{i}"), &[&text]));
    }
    collection(
        articles,
        &[
            (Place, &["Harbour"]),
            (Person, &["Jon Berg"]),
            (Person, &["Mara Quist"]),
            (Person, &["Tom Lind"]),
        ],
    )
}

#[test]
fn pair_counts_count_articles_naming_both() {
    let c = harbour();
    let count = |a: u32, b: u32| {
        relations::pair_counts(&c)
            .iter()
            .find(|p| (p.a, p.b) == (a, b))
            .map(|p| p.articles)
    };
    assert_eq!(count(0, 1), Some(2));
    assert_eq!(count(1, 2), Some(2));
    assert_eq!(count(0, 3), Some(6));
    assert_eq!(count(2, 3), Some(2));
}

#[test]
fn mentioned_with_ranks_by_association_not_by_raw_count() {
    let c = harbour();
    let with = relations::mentioned_with(&c);
    // For Berg: Quist (2 of 2, only there) beats Lind (2 shared, but Lind is in 6 articles);
    // Harbour is in every article, so naming it with Berg says nothing: score 0.
    let berg: Vec<(u32, u32)> = with[1].iter().map(|w| (w.entity, w.shared)).collect();
    assert_eq!(berg, [(2, 2), (3, 2), (0, 2)]);
    assert!(with[1][0].score > with[1][1].score && with[1][1].score > 0.0);
    assert_eq!(with[1][2].score, 0.0);
    assert!((with[1][0].lift - 5.0).abs() < 1e-6, "{}", with[1][0].lift);
    assert_eq!(with[1][0].articles, [0, 1]);
    // Lind and Harbour: 6 shared, exactly as often as chance predicts (6 × 10 / 60 = 1).
    let lind: Vec<u32> = with[3].iter().map(|w| w.entity).collect();
    assert!(lind.contains(&0));
}

#[test]
fn pairs_less_often_than_chance_are_left_out() {
    // A in 0..5, B in 4..10: together in 4 and only there, fewer than the 3 expected.
    let articles: Vec<_> = (0..10)
        .map(|i| {
            let mut t = String::from("News.");
            if i < 5 {
                t.push_str(" Alma Rowe spoke.");
            }
            if i >= 4 {
                t.push_str(" Bo Strand spoke.");
            }
            article(&format!("a{i}"), &[&t])
        })
        .collect();
    let c = collection(
        articles,
        &[(Person, &["Alma Rowe"]), (Person, &["Bo Strand"])],
    );
    assert_eq!(relations::pair_counts(&c)[0].articles, 1);
    assert!(relations::mentioned_with(&c).iter().all(Vec::is_empty));
}

#[test]
fn pairs_come_from_at_most_fifty_entities_per_article() {
    let names: Vec<String> = (0..60).map(|i| format!("Org{i:02} Group")).collect();
    let mut text = String::new();
    for (i, n) in names.iter().enumerate() {
        // The first ones are named more often: they are the ones kept.
        for _ in 0..(60 - i) {
            text.push_str(&format!("{n} spoke. "));
        }
    }
    let forms: Vec<[&str; 1]> = names.iter().map(|n| [n.as_str()]).collect();
    let entities: Vec<(corpus::EntityKind, &[&str])> =
        forms.iter().map(|f| (Organization, &f[..])).collect();
    let c = collection(vec![article("a", &[&text])], &entities);
    let pairs = relations::pair_counts(&c);
    let n = MAX_ENTITIES_PER_ARTICLE;
    assert_eq!(pairs.len(), n * (n - 1) / 2);
    assert!(pairs.iter().all(|p| (p.b as usize) < n));
}

#[test]
fn related_articles_share_rare_things_and_say_what() {
    let quote = "\"We will keep the old harbour open through the whole winter,\" Jon Berg said.";
    let c = collection(
        vec![
            article(
                "a",
                &[quote, "The lighthouse keepers gathered near Harbour."],
            ),
            article("b", &[quote, "Nobody else came to Harbour."]),
            article(
                "c",
                &["Jon Berg spoke about lighthouse keepers in Harbour."],
            ),
            article("d", &["A quiet day in Harbour."]),
            article("e", &["Another quiet day in Harbour."]),
        ],
        &[(Person, &["Jon Berg"]), (Place, &["Harbour"])],
    );
    let related = relations::related_articles(&c);
    let of_a: Vec<u32> = related[0].iter().map(|r| r.article).collect();
    // b shares the quotation and Berg; c shares Berg and two rare words; d and e share only
    // Harbour, which every article names.
    assert_eq!(of_a, [1, 2]);
    assert_eq!(related[0][0].quotes, [0]);
    assert_eq!(related[0][0].entities, [0]);
    assert_eq!(related[0][1].entities, [0]);
    assert_eq!(related[0][1].words, ["keepers", "lighthouse"]);
    assert!(related[0][0].score > related[0][1].score);
    // d and e share only a word; Harbour relates nothing.
    let of_d: Vec<u32> = related[3].iter().map(|r| r.article).collect();
    assert_eq!(of_d, [4]);
    assert_eq!(related[3][0].words, ["quiet"]);
    assert!(related[3][0].entities.is_empty());
}
