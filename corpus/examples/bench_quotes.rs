//! Times quotation finding (`corpus::quotes::find`) and the relations
//! (`corpus::relations::{pair_counts, mentioned_with, related_articles}`) on a folder of
//! articles, after reading it and finding its entities.
//!
//! ```text
//! cargo run --release -p corpus --example bench_quotes -- /work/data/gen10k
//! cargo run --release -p corpus --example bench_quotes -- /work/data/gen1k 10
//! ```
//! A second argument N repeats the collection N times after finding its entities (article
//! `i` of copy `c` is article `c × len + i`, naming the same entities): a collection N times
//! larger with the same density of names and quotes, without waiting for entity extraction
//! on it.
//! Prints wall-clock and CPU time of each step (CPU time of this thread from
//! `/proc/thread-self/schedstat`, steadier on a busy machine) and what it found.

use std::path::PathBuf;
use std::time::Instant;

/// Nanoseconds this thread has run on a CPU (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Runs `f`, printing its wall-clock and CPU time under `label`.
fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let (wall, cpu) = (Instant::now(), thread_cpu_ns());
    let out = f();
    let cpu = match (cpu, thread_cpu_ns()) {
        (Some(a), Some(b)) => format!("{:.2} s CPU", (b - a) as f64 / 1e9),
        _ => "CPU time unknown".to_string(),
    };
    println!(
        "{label:<28} {:>7.2} s wall, {cpu}",
        wall.elapsed().as_secs_f64()
    );
    out
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("/work/data/gen10k"), PathBuf::from);
    let copies: usize = std::env::args()
        .nth(2)
        .map_or(1, |n| n.parse().expect("a number of copies"));
    let report = timed("read", || corpus::read::read_dir(&dir)).expect("a folder of articles");
    let mut articles = report.articles;
    let bytes: usize = articles
        .iter()
        .flat_map(|a| &a.blocks)
        .map(|b| b.text.len())
        .sum();
    println!(
        "{} articles, {:.1} MB of text in {}",
        articles.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    let mut entities = timed("entities", || corpus::entities::extract(&articles));
    if copies > 1 {
        let n = articles.len() as u32;
        let one = articles.clone();
        for c in 1..copies {
            articles.extend(one.iter().map(|a| corpus::Article {
                id: format!("{}-copy{c}", a.id),
                ..a.clone()
            }));
        }
        for e in &mut entities {
            let sets = e.articles.clone();
            for c in 1..copies as u32 {
                e.articles.extend(sets.iter().map(|s| corpus::MentionSet {
                    article: s.article + c * n,
                    mentions: s.mentions.clone(),
                }));
            }
        }
        println!(
            "repeated {copies} times: {} articles, {:.1} MB of text",
            articles.len(),
            bytes as f64 * copies as f64 / 1e6
        );
    }
    let quotes = timed("quotes::find", || {
        corpus::quotes::find(&articles, &entities)
    });
    let occurrences: usize = quotes.iter().map(|q| q.occurrences.len()).sum();
    let shared = quotes.iter().filter(|q| q.articles().len() > 1).count();
    let attributed = quotes
        .iter()
        .flat_map(|q| &q.occurrences)
        .filter(|o| o.speaker.is_some())
        .count();
    println!(
        "{} quotations ({shared} in several articles), {occurrences} occurrences, {attributed} with a speaker; {} entities",
        quotes.len(),
        entities.len()
    );
    let corpus = corpus::Corpus {
        articles,
        entities,
        quotes,
    };
    let pairs = timed("relations::pair_counts", || {
        corpus::relations::pair_counts(&corpus)
    });
    let with = timed("relations::mentioned_with", || {
        corpus::relations::mentioned_with(&corpus)
    });
    let related = timed("relations::related_articles", || {
        corpus::relations::related_articles(&corpus)
    });
    println!(
        "{} entity pairs; {} entities with a 'mentioned with' list; {} articles with related articles",
        pairs.len(),
        with.iter().filter(|w| !w.is_empty()).count(),
        related.iter().filter(|r| !r.is_empty()).count()
    );
}
