//! `corpus export` on the seeds: the quotations with their speakers and positions, the
//! co-occurrence counts, "mentioned with" and related articles (`docs/corpus-format.md`).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn export_seeds() -> Value {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .arg("export")
        .arg(&seeds)
        .output()
        .expect("the corpus binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn quotes_name_speakers_articles_and_positions() {
    let json = export_seeds();
    let quotes = json["quotes"].as_array().expect("a quotes array");
    assert!(quotes.len() > 20, "{}", quotes.len());
    let articles = json["articles"].as_array().unwrap();
    for q in quotes {
        assert!(q["text"].as_str().is_some_and(|t| !t.is_empty()));
        assert!(q["speaker"].is_null() || q["speaker"].is_string());
        for at in q["articles"].as_array().unwrap() {
            // The position points at the quoted words in that article's blocks.
            let article = articles
                .iter()
                .find(|a| a["id"] == at["id"])
                .expect("a known article id");
            let block = &article["blocks"][at["block"].as_u64().unwrap() as usize]["text"];
            let text = block.as_str().unwrap();
            let (start, end_block) = (at["start"].as_u64().unwrap(), at["end_block"].as_u64());
            assert!(end_block >= at["block"].as_u64());
            assert!(text.is_char_boundary(start as usize));
        }
    }
    // Quoted in full by one article and cut short by another: one quotation, two articles.
    let shared = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("There is no way to adequately deal")
        })
        .expect("the shared statement");
    assert_eq!(shared["articles"].as_array().unwrap().len(), 2);
    assert!(shared["text"]
        .as_str()
        .unwrap()
        .ends_with("And we are doing that now."));
    let speaker = shared["speaker"].as_str().unwrap();
    let entity = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == speaker)
        .expect("the speaker is an entity");
    assert_eq!(entity["kind"], "person");
    // A phrase of a statement quoted by another outlet joins the statement.
    let phrase = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .starts_with("To date, the vast majority")
        })
        .expect("the statement");
    assert_eq!(phrase["articles"].as_array().unwrap().len(), 2);
    // Only statements quoted by several outlets are shared: the two shared ones above.
    let shared = quotes
        .iter()
        .filter(|q| {
            let ids: std::collections::HashSet<&Value> = q["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| &a["id"])
                .collect();
            ids.len() > 1
        })
        .count();
    assert_eq!(shared, 2);
}

#[test]
fn cooccurrence_mentioned_with_and_related_articles() {
    let json = export_seeds();
    let pairs = json["cooccurrence"]
        .as_array()
        .expect("a cooccurrence array");
    assert!(!pairs.is_empty());
    for p in pairs {
        assert_eq!(p["entities"].as_array().unwrap().len(), 2);
        assert!(p["articles"].as_u64().unwrap() >= 1);
    }
    let entity = &json["entities"][0];
    for w in entity["mentioned_with"].as_array().unwrap() {
        assert!(w["shared"].as_u64().unwrap() >= 1);
        assert!(w["lift"].as_f64().unwrap() >= 1.0 - 1e-6);
        assert_eq!(
            w["articles"].as_array().unwrap().len() as u64,
            w["shared"].as_u64().unwrap()
        );
    }
    for a in json["articles"].as_array().unwrap() {
        for r in a["related"].as_array().unwrap() {
            assert_ne!(r["id"], a["id"]);
            assert!(r["score"].as_f64().unwrap() > 0.0);
        }
    }
}
