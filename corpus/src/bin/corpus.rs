//! `corpus`: the build-time analysis from the command line.
//!
//! ```text
//! corpus export DIR                 the corpus as JSON on stdout
//! corpus search DIR QUERY [--json]  ranked results for QUERY
//! ```
//! Notices about files go to stderr.

use std::path::Path;
use std::process::ExitCode;

use serde_json::{json, Value};

const USAGE: &str = "usage: corpus export DIR\n       corpus search DIR QUERY [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["export", dir] => export(Path::new(dir)),
        ["search", dir, query] => search(Path::new(dir), query, false),
        ["search", dir, query, "--json"] => search(Path::new(dir), query, true),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn load(dir: &Path) -> Result<corpus::Corpus, String> {
    let loaded =
        corpus::load(dir).map_err(|e| format!("corpus: cannot read {}: {e}", dir.display()))?;
    for notice in &loaded.notices {
        eprintln!("{notice}");
    }
    if loaded.corpus.articles.is_empty() {
        return Err(format!("corpus: no articles in {}", dir.display()));
    }
    Ok(loaded.corpus)
}

/// Prints the corpus as JSON (schema in `docs/corpus-format.md`). Fails with a message when
/// `dir` is missing or not a folder, or holds no articles.
fn export(dir: &Path) -> Result<(), String> {
    if !dir.exists() {
        return Err(format!("corpus: folder {} does not exist", dir.display()));
    }
    if !dir.is_dir() {
        return Err(format!("corpus: {} is not a folder", dir.display()));
    }
    let corpus = load(dir)?;
    let articles: Vec<Value> = corpus.articles.iter().map(article_json).collect();
    let entities: Vec<Value> = corpus
        .entities
        .iter()
        .map(|e| {
            json!({
                "name": e.name,
                "kind": e.kind.as_str(),
                "aliases": e.aliases,
                "articles": e.articles.iter().map(|m| &corpus.articles[m.article as usize].id).collect::<Vec<_>>(),
                "mentions": e.mention_count(),
            })
        })
        .collect();
    let out = json!({ "articles": articles, "entities": entities });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// One article in the export: metadata, the body paragraphs, and every block with its kind.
fn article_json(a: &corpus::Article) -> Value {
    let kind = |k: corpus::BlockKind| match k {
        corpus::BlockKind::Paragraph => "paragraph",
        corpus::BlockKind::Subheading => "subheading",
        corpus::BlockKind::Aside => "aside",
    };
    json!({
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "source": a.source,
        "date": a.date,
        "url": a.url,
        "author": a.author,
        "paragraphs": a
            .blocks
            .iter()
            .filter(|b| b.kind == corpus::BlockKind::Paragraph)
            .map(|b| &b.text)
            .collect::<Vec<_>>(),
        "subheadings": a.subheadings().collect::<Vec<_>>(),
        "lede": a.lede(),
        "blocks": a
            .blocks
            .iter()
            .map(|b| json!({ "kind": kind(b.kind), "text": b.text }))
            .collect::<Vec<_>>(),
        "word_count": a.word_count,
        "reading_minutes": a.reading_minutes,
    })
}

fn search(dir: &Path, query: &str, as_json: bool) -> Result<(), String> {
    let snapshot = corpus::Snapshot::new(load(dir)?);
    let hits = snapshot.index.search(&snapshot.corpus, query);
    if as_json {
        let out: Vec<Value> = hits
            .iter()
            .map(|h| {
                let a = &snapshot.corpus.articles[h.article as usize];
                json!({ "id": a.id, "score": h.score, "title": a.title })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
    } else {
        for h in &hits {
            let a = &snapshot.corpus.articles[h.article as usize];
            println!("{:>7.3}  {}  ({})", h.score, a.title, a.id);
        }
    }
    Ok(())
}
