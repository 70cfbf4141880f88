//! `corpus export DIR`: JSON on stdout, notices on stderr, exit codes.

use crate::read_support;

use std::process::{Command, Output};

use read_support::{fixtures, Scratch};
use serde_json::Value;

fn export(dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .arg("export")
        .arg(dir)
        .output()
        .expect("the corpus binary runs")
}

#[test]
fn a_reader_that_stops_reading_is_no_error() {
    // `corpus export DIR | head`: the pipe is closed before the export is written (reading the
    // folder takes longer than this), so writing fails with a broken pipe.
    let mut child = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .arg("export")
        .arg(fixtures().join("corpus"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the corpus binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the corpus binary ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn exports_the_fixture_folder_as_json() {
    let out = export(&fixtures().join("corpus"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 10);
    assert!(json["entities"].is_array());

    let harbour = articles
        .iter()
        .find(|a| a["path"] == "harbour.txt")
        .expect("harbour article");
    assert_eq!(harbour["id"], "harbour");
    assert_eq!(
        harbour["title"],
        "Ferries return as the old harbour reopens"
    );
    assert_eq!(harbour["source"], "Coastal Daily");
    assert_eq!(harbour["date"], Value::Null);
    assert_eq!(harbour["subheadings"], serde_json::json!(["New timetable"]));
    assert_eq!(
        harbour["lede"],
        "The old harbour reopened on Monday after two years of repairs, and the first ferries docked before dawn."
    );
    // `paragraphs` holds the body paragraphs only; `blocks` everything, with kinds.
    assert_eq!(harbour["paragraphs"].as_array().map(Vec::len), Some(4));
    let blocks = harbour["blocks"].as_array().expect("blocks");
    assert_eq!(blocks.len(), 9);
    assert_eq!(blocks[0]["kind"], "aside");
    assert_eq!(
        blocks[6],
        serde_json::json!({"kind": "subheading", "text": "New timetable"})
    );
    // Credit and source lines, out of the body.
    assert_eq!(
        harbour["credits"],
        serde_json::json!([
            "ferry harbour reopening quay tag_00004512.jpg",
            "02:15 - Source: Coastal Daily",
            "Key points",
            "Jon Berg contributed to this report."
        ])
    );
    // 18 + 18 + 13 + 4 words in paragraphs, 2 in the subheading.
    assert_eq!(harbour["word_count"], 55);
    assert_eq!(harbour["reading_minutes"], 1);

    let script = articles
        .iter()
        .find(|a| a["id"] == "script")
        .expect("script article");
    assert_eq!(
        script["title"],
        "Hackers put <script>alert(\"title\")</script> on the town website"
    );

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("empty.txt: skipped: empty file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("features/broken.md: warning: line 3:"),
        "{stderr}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("skipped"));
}

#[test]
fn missing_folder_fails_with_a_clear_message() {
    let dir = Scratch::new("cli-missing");
    let missing = dir.path().join("no-such-folder");
    let out = export(&missing);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(stderr.contains("no-such-folder"), "{stderr}");
}

#[test]
fn folder_without_articles_fails_with_a_clear_message() {
    let dir = Scratch::new("cli-empty");
    dir.write("notes.rtf", "not an article");
    let out = export(dir.path());
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("notes.rtf: note: ignored"), "{stderr}");
    assert!(stderr.contains("no articles"), "{stderr}");
}
