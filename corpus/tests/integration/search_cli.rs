//! `corpus search DIR QUERY [--json]` on the fixture articles in `tests/fixtures/search/`.

use std::process::Command;

use serde_json::Value;

fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .arg("search")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/search"
        ))
        .args(args)
        .output()
        .expect("the corpus binary runs");
    assert!(out.status.success(), "{out:?}");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The text each `[start, end]` pair covers in `text`.
fn covered(text: &str, pairs: &Value) -> Vec<String> {
    pairs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let (s, e) = (
                p[0].as_u64().unwrap() as usize,
                p[1].as_u64().unwrap() as usize,
            );
            text[s..e].to_string()
        })
        .collect()
}

#[test]
fn json_lists_ranked_hits_with_match_ranges() {
    let (out, _) = run(&["drought ", "--json"]);
    let hits: Value = serde_json::from_str(&out).unwrap();
    let hits = hits.as_array().unwrap();
    let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    // The article with the word in its title first.
    assert_eq!(ids, ["drought", "floods"]);
    let first = &hits[0];
    assert_eq!(first["title"], "Drought hits southern farms");
    assert_eq!(
        covered(first["title"].as_str().unwrap(), &first["title_matches"]),
        ["Drought"]
    );
    let snippet = first["snippet"].as_str().unwrap();
    assert!(snippet.starts_with("Farmers in the south"));
    assert_eq!(covered(snippet, &first["snippet_matches"]), ["drought"]);
    assert_eq!(first["partial"], false);
    assert!(first["score"].as_f64().unwrap() > hits[1]["score"].as_f64().unwrap());
}

#[test]
fn plain_output_marks_matches_in_brackets() {
    let (out, _) = run(&["cafes "]);
    let first = out.lines().next().unwrap();
    assert!(first.contains("[Café] owners protest"), "{out}");
    assert!(out.contains("Owners of [cafés] in the old town"), "{out}");
}

#[test]
fn no_results_and_partial_results_are_said_on_stderr() {
    let (out, err) = run(&["zzzzqqq"]);
    assert!(out.is_empty());
    assert!(err.contains("no results"), "{err}");

    let (out, err) = run(&["floods mayor ", "--json"]);
    assert!(err.contains("no article matches every part"), "{err}");
    let hits: Value = serde_json::from_str(&out).unwrap();
    assert!(hits
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["partial"] == true));
}

#[test]
fn json_says_how_each_word_matched() {
    let (out, err) = run(&["drougt ", "--json"]);
    let hits: Value = serde_json::from_str(&out).unwrap();
    let first = &hits[0];
    assert_eq!(first["id"], "drought");
    assert_eq!(first["group"], "weak");
    // The text form the article uses, here in its title.
    assert_eq!(
        first["matches"],
        serde_json::json!([{"word": "drougt", "found": "Drought", "how": "typo"}])
    );
    assert!(
        err.contains("only by a word's start or a correction"),
        "{err}"
    );

    let (out, _) = run(&["floods farmers ", "--json"]);
    let hits: Value = serde_json::from_str(&out).unwrap();
    let matches = &hits[0]["matches"];
    assert_eq!(matches[0]["how"], "exact");
    assert_eq!(matches[1]["word"], "farmers");
    assert_eq!(hits[0]["group"], "strong");
}

#[test]
fn nothing_close_says_check_the_spelling() {
    let (out, err) = run(&["zzzqqq "]);
    assert!(out.is_empty());
    assert!(err.contains("check the spelling"), "{err}");
}
