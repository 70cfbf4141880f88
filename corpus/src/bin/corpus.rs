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
    let related = corpus::relations::related_articles(&corpus);
    let articles: Vec<Value> = corpus
        .articles
        .iter()
        .zip(&related)
        .map(|(a, related)| {
            let mut out = article_json(a);
            out["related"] = related_json(&corpus, related);
            out
        })
        .collect();
    let mentioned_with = corpus::relations::mentioned_with(&corpus);
    let entities: Vec<Value> = corpus
        .entities
        .iter()
        .zip(&mentioned_with)
        .map(|(e, with)| {
            json!({
                "name": e.name,
                "kind": e.kind.as_str(),
                "aliases": e.aliases,
                "articles": e.articles.iter().map(|m| &corpus.articles[m.article as usize].id).collect::<Vec<_>>(),
                "mentions": e.mention_count(),
                "mentioned_with": with.iter().map(|w| json!({
                    "name": corpus.entities[w.entity as usize].name,
                    "shared": w.shared,
                    "lift": w.lift,
                    "score": w.score,
                    "articles": ids(&corpus, &w.articles),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let out = json!({
        "articles": articles,
        "entities": entities,
        "quotes": quotes_json(&corpus),
        "cooccurrence": corpus::relations::pair_counts(&corpus)
            .iter()
            .map(|p| json!({
                "entities": [
                    &corpus.entities[p.a as usize].name,
                    &corpus.entities[p.b as usize].name,
                ],
                "articles": p.articles,
            }))
            .collect::<Vec<_>>(),
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn ids<'c>(corpus: &'c corpus::Corpus, articles: &[u32]) -> Vec<&'c str> {
    articles
        .iter()
        .map(|&a| corpus.articles[a as usize].id.as_str())
        .collect()
}

fn entity_name(corpus: &corpus::Corpus, entity: Option<u32>) -> Option<&str> {
    entity.map(|e| corpus.entities[e as usize].name.as_str())
}

/// The quotations: text, speaker, and each place an article quotes it.
fn quotes_json(corpus: &corpus::Corpus) -> Vec<Value> {
    corpus
        .quotes
        .iter()
        .map(|q| {
            json!({
                "text": q.text,
                "speaker": entity_name(corpus, q.speaker),
                "articles": q.occurrences.iter().map(|o| json!({
                    "id": corpus.articles[o.article as usize].id,
                    "block": o.block,
                    "start": o.start,
                    "end_block": o.end_block,
                    "end": o.end,
                    "speaker": entity_name(corpus, o.speaker),
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// An article's related articles, with what they share.
fn related_json(corpus: &corpus::Corpus, related: &[corpus::relations::Related]) -> Value {
    related
        .iter()
        .map(|r| {
            json!({
                "id": corpus.articles[r.article as usize].id,
                "score": r.score,
                "entities": r.entities.iter().map(|&e| &corpus.entities[e as usize].name).collect::<Vec<_>>(),
                "quotes": r.quotes,
                "words": r.words,
            })
        })
        .collect()
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
        "credits": a.credits,
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
    use std::io::IsTerminal;

    let snapshot = corpus::Snapshot::new(load(dir)?);
    let corpus = &snapshot.corpus;
    let hits = snapshot.index.search(corpus, query);
    if hits.is_empty() {
        eprintln!("no results for {query:?}");
    } else if hits.iter().any(|h| h.partial) {
        eprintln!("no article matches every part of {query:?}; showing the closest");
    }
    let shown = hits.iter().filter_map(|h| {
        let a = corpus.articles.get(h.article as usize)?;
        let snippets: Vec<(u32, &str, Vec<corpus::Span>)> = h
            .snippets
            .iter()
            .filter_map(|s| {
                let text = s.window.slice(&a.blocks.get(s.block as usize)?.text)?;
                Some((s.block, text, relative(s.window, &s.matches)))
            })
            .collect();
        Some((h, a, snippets))
    });
    if as_json {
        let pairs = |spans: &[corpus::Span]| -> Vec<[u32; 2]> {
            spans.iter().map(|s| [s.start, s.end]).collect()
        };
        let out: Vec<Value> = shown
            .map(|(h, a, snippets)| {
                let best = snippets.first();
                json!({
                    "id": a.id,
                    "score": h.score,
                    "partial": h.partial,
                    "title": a.title,
                    "title_matches": pairs(&h.title_matches),
                    "snippet": best.map_or("", |s| s.1),
                    "snippet_block": best.map(|s| s.0),
                    "snippet_matches": best.map(|s| pairs(&s.2)).unwrap_or_default(),
                    "snippets": snippets.iter().map(|(block, text, matches)| json!({
                        "block": block, "text": text, "matches": pairs(matches),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    let (open, close) = if std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    for (rank, (h, a, snippets)) in shown.enumerate() {
        let title = marked(&a.title, &h.title_matches, open, close);
        println!("{:>3}. {:>7.3}  {title}  ({})", rank + 1, h.score, a.id);
        for (_, text, matches) in &snippets {
            println!("              {}", marked(text, matches, open, close));
        }
    }
    Ok(())
}

/// `matches` (offsets into a block) as offsets into the `window` of that block.
fn relative(window: corpus::Span, matches: &[corpus::Span]) -> Vec<corpus::Span> {
    matches
        .iter()
        .map(|m| corpus::Span {
            start: m.start.saturating_sub(window.start),
            end: m.end.saturating_sub(window.start),
        })
        .collect()
}

/// `text` with each of `spans` (sorted, not overlapping) wrapped in `open` and `close`;
/// spans that do not fit the text are left out. Control characters in the text are shown as
/// spaces, so article text cannot drive the terminal.
fn marked(text: &str, spans: &[corpus::Span], open: &str, close: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut at = 0;
    for s in spans {
        let (start, end) = (s.start as usize, s.end as usize);
        if let (Some(before), Some(inside)) = (text.get(at..start), text.get(start..end)) {
            out.push_str(&clean(before));
            out.push_str(open);
            out.push_str(&clean(inside));
            out.push_str(close);
            at = end;
        }
    }
    out.push_str(&clean(text.get(at..).unwrap_or_default()));
    out
}
