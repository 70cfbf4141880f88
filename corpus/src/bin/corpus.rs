//! `corpus`: the build-time analysis from the command line.
//!
//! ```text
//! corpus export DIR                 the corpus as JSON on stdout
//! corpus search DIR QUERY [--json]  ranked results for QUERY
//! ```
//! Notices about files go to stderr.

use std::fmt::Write as _;
use std::io::Write as _;
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

/// Writes `text` to stdout. A reader that stopped reading (`corpus export DIR | head`) is
/// no error: there is nothing more to say.
fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("corpus: cannot write the output: {e}"))
        }
        _ => Ok(()),
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
    emit(&(serde_json::to_string_pretty(&out).map_err(|e| e.to_string())? + "\n"))
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
    use corpus::search::{Group, SearchIndex, DETAILED_HITS};
    use std::io::IsTerminal;

    let corpus = load(dir)?;
    let index = SearchIndex::build(&corpus);
    let ranking = index.rank(query);
    let hits = corpus::search::hits(&ranking, &corpus, DETAILED_HITS);
    say_how(&ranking, query);
    let shown = hits.iter().zip(&ranking.hits).filter_map(|(h, r)| {
        let a = corpus.articles.get(h.article as usize)?;
        let snippets: Vec<(u32, &str, Vec<corpus::Span>)> = h
            .snippets
            .iter()
            .filter_map(|s| {
                let text = s.window.slice(&a.blocks.get(s.block as usize)?.text)?;
                Some((s.block, text, relative(s.window, &s.matches)))
            })
            .collect();
        // Each match with the form the article uses (the entity's name for entities).
        let matches: Vec<(&str, String, &str)> = r
            .matches
            .iter()
            .map(|m| {
                let found = match m.how {
                    corpus::search::How::Entity => m.found.clone(),
                    _ => corpus::search::text_form(a, &m.found)
                        .map_or_else(|| m.found.clone(), str::to_string),
                };
                (m.word.as_str(), found, m.how.as_str())
            })
            .collect();
        Some((h, r.group, a, snippets, matches))
    });
    let group = |g: Group| match g {
        Group::Strong => "strong",
        Group::Weak => "weak",
        Group::Partial => "partial",
    };
    if as_json {
        let pairs = |spans: &[corpus::Span]| -> Vec<[u32; 2]> {
            spans.iter().map(|s| [s.start, s.end]).collect()
        };
        let out: Vec<Value> = shown
            .map(|(h, g, a, snippets, matches)| {
                let best = snippets.first();
                json!({
                    "id": a.id,
                    "score": h.score,
                    "group": group(g),
                    "partial": h.partial,
                    "matches": matches.iter().map(|(word, found, how)| json!({
                        "word": word, "found": found, "how": how,
                    })).collect::<Vec<_>>(),
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
        return emit(&(serde_json::to_string_pretty(&out).map_err(|e| e.to_string())? + "\n"));
    }
    let (open, close) = if std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut text = String::new();
    for (rank, (h, g, a, snippets, matches)) in shown.enumerate() {
        let title = marked(&a.title, &h.title_matches, open, close);
        let mark = match g {
            Group::Strong => "",
            Group::Weak => " weak",
            Group::Partial => " partial",
        };
        let _ = writeln!(
            text,
            "{:>3}. {:>7.3}{mark}  {title}  ({})",
            rank + 1,
            h.score,
            a.id
        );
        let notes: Vec<String> = matches
            .iter()
            .filter(|m| m.2 != "exact")
            .map(|(word, found, how)| format!("{found} for {word} ({how})"))
            .collect();
        if !notes.is_empty() {
            let _ = writeln!(text, "              matched: {}", notes.join(", "));
        }
        for (_, snippet, matches) in &snippets {
            let _ = writeln!(
                text,
                "              {}",
                marked(snippet, matches, open, close)
            );
        }
    }
    emit(&text)
}

/// Says on stderr how the results were found: counts by group, what was left out, "did you
/// mean".
fn say_how(r: &corpus::search::Ranking, query: &str) {
    let partial = r.hits.len() - r.strong - r.weak;
    if r.hits.is_empty() {
        eprintln!("no results for {query:?}");
    } else if partial > 0 {
        eprintln!("no article matches every part of {query:?}; showing the closest");
    } else if r.weak > 0 {
        eprintln!(
            "{} articles match {query:?}; {} more only by a word's start or a correction",
            r.strong, r.weak
        );
    }
    if r.keep_typing {
        eprintln!("the last word is one letter: keep typing to complete it");
    }
    if let Some(w) = &r.pending_exclusion {
        eprintln!("-{w} is not applied yet: exclusions need three letters or a space after");
    }
    if let Some(w) = &r.phrase_without {
        eprintln!("no article has the phrase with a word starting with {w:?}; searched without it");
    }
    if let Some(n) = r.searched_bytes {
        eprintln!("the query is long: only its first {n} bytes were searched");
    }
    for s in &r.suggestions {
        eprintln!("did you mean {} for {:?}?", s.nearest.join(", "), s.word);
    }
    let unsuggested: Vec<&String> = r
        .unknown
        .iter()
        .filter(|w| !r.suggestions.iter().any(|s| &s.word == *w))
        .collect();
    if r.hits.is_empty() && !r.keep_typing {
        if r.unknown.is_empty() {
            eprintln!("every word is in the collection, but no article has them as asked");
        } else if !unsuggested.is_empty() {
            let words: Vec<&str> = unsuggested.iter().map(|w| w.as_str()).collect();
            eprintln!(
                "no word of the collection is close to {}: check the spelling",
                words.join(", ")
            );
        }
    }
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
