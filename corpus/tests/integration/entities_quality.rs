//! Precision and recall of entity extraction on a hand-annotated test set of news articles
//! written for these tests (`tests/fixtures/entities/`, see its README).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use corpus::Entity;

/// The annotated entities of one article: kind and every name a reader would accept.
struct Gold {
    kind: String,
    names: Vec<String>,
}

fn key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn read_gold(dir: &Path) -> BTreeMap<String, Vec<Gold>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("gold folder") {
        let path = entry.expect("gold entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("gold file name")
            .to_string();
        let text = std::fs::read_to_string(&path).expect("gold file");
        let gold = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let (kind, names) = l.split_once('\t').expect("kind<TAB>names");
                Gold {
                    kind: kind.to_string(),
                    names: names.split('|').map(str::to_string).collect(),
                }
            })
            .collect();
        out.insert(stem, gold);
    }
    out
}

/// Whether a found entity is this gold entity: any of its names is one of the gold names.
fn matches(e: &Entity, g: &Gold) -> bool {
    let gold: BTreeSet<String> = g.names.iter().map(|n| key(n)).collect();
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| gold.contains(&key(n)))
}

#[test]
fn precision_and_recall_on_the_annotated_set() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities");
    let loaded = corpus::load(&base.join("articles")).expect("articles load");
    let gold = read_gold(&base.join("gold"));
    let corpus = &loaded.corpus;
    assert_eq!(
        corpus.articles.len(),
        gold.len(),
        "one gold file per article"
    );

    let (mut found, mut correct, mut expected, mut recalled) = (0, 0, 0, 0);
    let mut report = Vec::new();
    // Gold entity (article, index) → found entities that match it, for splits.
    let mut matched_by: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut wrong_merges = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let stem = Path::new(&article.path)
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("article file name");
        let gold = gold.get(stem).expect("gold for every article");
        let here: Vec<(usize, &Entity)> = corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.articles.iter().any(|m| m.article as usize == a))
            .collect();
        found += here.len();
        expected += gold.len();
        for &(i, e) in &here {
            let golds: Vec<&Gold> = gold.iter().filter(|g| matches(e, g)).collect();
            if golds.len() > 1 {
                wrong_merges.push(format!(
                    "{stem}: {} joins {} gold entities",
                    e.name,
                    golds.len()
                ));
            }
            match golds.first() {
                Some(g) if g.kind == e.kind.as_str() => correct += 1,
                Some(g) => report.push(format!(
                    "{stem}: wrong kind {} for {} ({})",
                    e.kind.as_str(),
                    e.name,
                    g.kind
                )),
                None => report.push(format!(
                    "{stem}: not in gold: {} ({})",
                    e.name,
                    e.kind.as_str()
                )),
            }
            for g in golds {
                matched_by.entry(key(&g.names[0])).or_default().insert(i);
            }
        }
        for g in gold {
            let hit = here
                .iter()
                .any(|(_, e)| matches(e, g) && e.kind.as_str() == g.kind);
            if hit {
                recalled += 1;
            } else {
                report.push(format!("{stem}: missed {} ({})", g.names[0], g.kind));
            }
        }
    }
    let splits: Vec<String> = matched_by
        .iter()
        .filter(|(_, found)| found.len() > 1)
        .map(|(name, found)| {
            let names: Vec<&str> = found
                .iter()
                .map(|&i| corpus.entities[i].name.as_str())
                .collect();
            format!("{name} split into {names:?}")
        })
        .collect();
    let precision = correct as f64 / found.max(1) as f64;
    let recall = recalled as f64 / expected.max(1) as f64;
    for line in report.iter().chain(&splits).chain(&wrong_merges) {
        println!("{line}");
    }
    println!(
        "entities: precision {precision:.3} ({correct}/{found}), recall {recall:.3} ({recalled}/{expected}), {} splits, {} wrong merges",
        splits.len(),
        wrong_merges.len()
    );
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(splits.is_empty(), "{splits:?}");
    assert!(wrong_merges.is_empty(), "{wrong_merges:?}");
}
