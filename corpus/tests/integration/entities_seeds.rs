//! The entities of the collection in `seeds/`, against a careful reader's list of the people,
//! organisations and places named there. The names below are this test's expectations; the
//! extractor itself knows nothing of these articles.

use std::path::Path;

use corpus::{Corpus, Entity};

/// (kind, names a reader would accept for it, number of articles that name it)
const EXPECTED: &[(&str, &[&str], usize)] = &[
    ("person", &["John Kerry", "Kerry"], 5),
    (
        "person",
        &["Sergey Lavrov", "Sergei Lavrov", "Lavrov", "Lavrvo"],
        3,
    ),
    ("person", &["Bashar al-Assad", "Bashar Assad", "Assad"], 3),
    ("person", &["John Kirby", "Kirby"], 2),
    ("person", &["Ban Ki-moon", "Ban"], 1),
    ("person", &["Dmitry Medvedev", "Medvedev"], 1),
    ("person", &["Manuel Valls", "Valls"], 1),
    ("person", &["Ashton Carter", "Carter"], 1),
    ("person", &["Sergey Shoygu", "Shoygu"], 1),
    ("person", &["Vladimir Putin"], 1),
    ("person", &["Obama"], 1),
    ("organization", &["United Nations", "UN", "U.N."], 4),
    (
        "organization",
        &["Islamic State", "ISIL", "ISIS", "Daesh"],
        4,
    ),
    ("organization", &["International Syria Support Group"], 2),
    ("organization", &["Munich Security Conference"], 2),
    (
        "organization",
        &["State Department", "U.S. State Department"],
        2,
    ),
    ("organization", &["UN Security Council"], 1),
    ("organization", &["NATO"], 1),
    ("organization", &["European Union", "EU"], 1),
    ("organization", &["Pentagon", "DOD"], 1),
    (
        "organization",
        &["German Marshall Fund of the United States"],
        1,
    ),
    ("organization", &["U.S. Mission to the EU"], 1),
    ("place", &["Russia", "Russian Federation"], 5),
    ("place", &["Syria"], 5),
    ("place", &["United States", "U.S.", "US"], 5),
    ("place", &["Moscow"], 4),
    ("place", &["Ukraine"], 3),
    ("place", &["Aleppo"], 2),
    ("place", &["Washington"], 2),
    ("place", &["Europe"], 2),
    ("place", &["Kyiv", "Kiev"], 2),
    ("place", &["Brussels"], 1),
    ("place", &["Strasbourg"], 1),
    ("place", &["Afghanistan"], 1),
    ("place", &["Munich"], 1),
    ("place", &["Homs"], 1),
    ("place", &["Minsk"], 1),
    ("place", &["Belarus"], 1),
    ("place", &["Donetsk"], 1),
    ("place", &["Luhansk"], 1),
    ("place", &["Geneva"], 1),
    ("place", &["Germany"], 1),
    ("place", &["Middle East"], 1),
    ("place", &["Deir Ezzor"], 1),
    ("place", &["Madaya"], 1),
];

/// Words a careful reader would never list as an entity.
const NOT_ENTITIES: &[&str] = &[
    // Named only in credit lines ("CNN's Yousuf Basil, Kevin Bohn and Jason Hanna contributed
    // to this report", "With reporting by Reuters, AP, and AFP"): the article's credits, not
    // its story (issue 13.5).
    "Yousuf Basil",
    "Kevin Bohn",
    "Jason Hanna",
    "Reuters",
    "AP",
    "AFP",
    // Named only in source lines ("01:49 - Source: CNN", the dateline "CNN —").
    "CNN",
    "Russian",
    "Syrian",
    "Syrians",
    "American",
    "Western",
    "Crimean",
    "European",
    "French",
    "Secretary",
    "Prime Minister",
    "Foreign Minister",
    "Defense",
    "President",
    "Saturday",
    "October",
    "April",
    "Story",
    "Also Read",
    "Separately",
    "Speaking",
    "Join",
    "VIP",
    "Member",
    "Major",
    "Groups",
    "Pressure",
    "Source",
    "The",
    "He",
    "Politically",
    "Syrian Government",
    "Government",
];

fn key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn names(e: &Entity) -> Vec<String> {
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|n| key(n))
        .collect()
}

fn seeds() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    corpus::load(&dir).expect("seeds load").corpus
}

#[test]
fn a_careful_readers_entities_are_found_once_with_the_right_kind() {
    let corpus = seeds();
    let mut problems = Vec::new();
    let mut found = 0;
    for (kind, accepted, articles) in EXPECTED {
        let accepted: Vec<String> = accepted.iter().map(|n| key(n)).collect();
        let matching: Vec<&Entity> = corpus
            .entities
            .iter()
            .filter(|e| names(e).iter().any(|n| accepted.contains(n)))
            .collect();
        match matching[..] {
            [] => problems.push(format!("missing: {}", accepted[0])),
            [e] => {
                found += 1;
                if e.kind.as_str() != *kind {
                    problems.push(format!(
                        "{}: kind {} instead of {kind}",
                        e.name,
                        e.kind.as_str()
                    ));
                }
                if e.articles.len() != *articles {
                    problems.push(format!(
                        "{}: in {} articles, not {articles}",
                        e.name,
                        e.articles.len()
                    ));
                }
            }
            _ => problems.push(format!(
                "split: {:?}",
                matching.iter().map(|e| &e.name).collect::<Vec<_>>()
            )),
        }
    }
    let recall = found as f64 / EXPECTED.len() as f64;
    println!(
        "seeds: {found} of {} expected entities found ({recall:.3})",
        EXPECTED.len()
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_row_joins_two_entities_and_nearly_every_row_is_one_of_them() {
    let corpus = seeds();
    let mut merged = Vec::new();
    let mut correct = 0;
    for e in &corpus.entities {
        let n = names(e);
        let hits = EXPECTED
            .iter()
            .filter(|(_, accepted, _)| accepted.iter().any(|a| n.contains(&key(a))))
            .count();
        if hits > 1 {
            merged.push(e.name.clone());
        }
        if hits == 1 {
            correct += 1;
        } else {
            println!(
                "row not on the reader's list: {} ({})",
                e.name,
                e.kind.as_str()
            );
        }
    }
    let precision = correct as f64 / corpus.entities.len().max(1) as f64;
    println!(
        "seeds: {correct} of {} rows correct ({precision:.3})",
        corpus.entities.len()
    );
    assert!(merged.is_empty(), "wrongly merged: {merged:?}");
    assert!(precision >= 0.95, "rows correct {precision:.3}");
}

#[test]
fn words_that_are_not_entities_stay_out() {
    let corpus = seeds();
    let all: Vec<String> = corpus.entities.iter().flat_map(names).collect();
    let wrong: Vec<&&str> = NOT_ENTITIES
        .iter()
        .filter(|w| all.contains(&key(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn every_mention_covers_a_name_of_its_entity() {
    let corpus = seeds();
    for e in &corpus.entities {
        let n = names(e);
        for set in &e.articles {
            let article = &corpus.articles[set.article as usize];
            for m in &set.mentions {
                let text = if m.block == corpus::Mention::TITLE {
                    article.title.as_str()
                } else {
                    article.blocks[m.block as usize].text.as_str()
                };
                let covered = text
                    .get(m.start as usize..m.end as usize)
                    .expect("range in text");
                assert!(
                    n.contains(&key(covered)),
                    "{covered:?} is not a name of {}",
                    e.name
                );
            }
        }
    }
}
