//! Search benchmark on generated corpora of real English sentences.
//!
//! ```text
//! cargo run --release -p corpus --example bench_search -- SENTENCES.txt [ARTICLES...]
//! ```
//!
//! `SENTENCES.txt` has one sentence a line (`scripts/bench-search.sh` makes it from the npm
//! package `nlp-corpus`). For each corpus size (default 1,000 and 10,000 articles) it prints
//! the index build time, the index size per article, the time to deserialise it, and the p50
//! and p99 time of [`SearchIndex::search`] (title matches and snippets included) for one-,
//! two- and three-word queries: complete, with the last word cut short (prefix), and with a
//! typo in one word. `cpu` is the thread's CPU time for a whole search (snippets included),
//! `rank` the CPU time without snippets (`search_detailed(.., 0)`), `wall` the clock time.

use std::time::{Duration, Instant};

use corpus::search::{text, SearchIndex};
use corpus::{Article, Block, BlockKind, Corpus};

/// xorshift64*, seeded: the same corpora and queries on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn sentence<'a>(rng: &mut Rng, sentences: &'a [String]) -> &'a str {
    sentences
        .get(rng.below(sentences.len()))
        .map_or("", String::as_str)
}

/// The first `n` words of a sentence, without its final punctuation.
fn headline(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().take(n).collect();
    words
        .join(" ")
        .trim_end_matches(['.', ',', ';', ':', '!', '?'])
        .to_string()
}

/// A news-like article: a headline, 6 to 14 paragraphs of 2 to 4 sentences, a subheading
/// every few paragraphs and a photo caption.
fn article(i: usize, rng: &mut Rng, sentences: &[String]) -> Article {
    let mut blocks = vec![Block {
        kind: BlockKind::Aside,
        text: format!("Photo: {}", headline(sentence(rng, sentences), 8)),
    }];
    for p in 0..6 + rng.below(9) {
        if p > 0 && p % 4 == 0 {
            blocks.push(Block {
                kind: BlockKind::Subheading,
                text: headline(sentence(rng, sentences), 5),
            });
        }
        let text: Vec<&str> = (0..2 + rng.below(3))
            .map(|_| sentence(rng, sentences))
            .collect();
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            text: text.join(" "),
        });
    }
    Article {
        id: format!("a{i}"),
        path: format!("a{i}.txt"),
        title: headline(sentence(rng, sentences), 12),
        source: None,
        date: None,
        url: None,
        author: None,
        credits: Vec::new(),
        blocks,
        word_count: 0,
        reading_minutes: 1,
    }
}

#[derive(Clone, Copy)]
enum Variant {
    Complete,
    Prefix,
    Typo,
}

/// A query of `n` words of 4+ letters taken from one random article, as a user would type it.
fn query(rng: &mut Rng, corpus: &Corpus, n: usize, variant: Variant) -> String {
    let a = &corpus.articles[rng.below(corpus.articles.len())];
    let text: String = a
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<String> = text::words(&text)
        .into_iter()
        .filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    if words.is_empty() {
        return String::new();
    }
    let mut picked: Vec<String> = (0..n)
        .map(|_| words[rng.below(words.len())].clone())
        .collect();
    match variant {
        Variant::Complete => picked.join(" ") + " ",
        Variant::Prefix => {
            if let Some(last) = picked.last_mut() {
                let keep = 3 + rng.below(last.len().saturating_sub(3).max(1));
                last.truncate(keep.min(last.len()));
            }
            picked.join(" ")
        }
        Variant::Typo => {
            let k = rng.below(picked.len());
            let w = &mut picked[k];
            let at = rng.below(w.len());
            let b = b'a' + rng.below(26) as u8;
            w.replace_range(at..at + 1, &char::from(b).to_string());
            picked.join(" ") + " "
        }
    }
}

/// CPU time of this thread: what a query costs even when other processes share the cores
/// (wall-clock times on a busy machine mostly measure waiting for a core).
#[cfg(target_os = "linux")]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes into it.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if ok {
        Duration::new(ts.sec.max(0) as u64, ts.nsec.clamp(0, 999_999_999) as u32)
    } else {
        Duration::ZERO
    }
}

#[cfg(not(target_os = "linux"))]
fn cpu_time() -> Duration {
    Duration::ZERO
}

/// Runs `f`, returning its wall-clock and CPU time.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let (wall, cpu) = (Instant::now(), cpu_time());
    let out = std::hint::black_box(f());
    (out, wall.elapsed(), cpu_time().saturating_sub(cpu))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(size: usize, sentences: &[String]) {
    let mut rng = Rng(0x00be_ac4e ^ size as u64);
    let corpus = Corpus {
        articles: (0..size).map(|i| article(i, &mut rng, sentences)).collect(),
        entities: Vec::new(),
        quotes: Vec::new(),
    };
    let text_bytes: usize = corpus
        .articles
        .iter()
        .map(|a| a.title.len() + a.blocks.iter().map(|b| b.text.len()).sum::<usize>())
        .sum();

    let t = Instant::now();
    let index = SearchIndex::build(&corpus);
    let build = t.elapsed();
    let bytes = postcard::to_allocvec(&index).unwrap_or_default();
    let t = Instant::now();
    let back: Result<SearchIndex, _> = postcard::from_bytes(&bytes);
    let load = t.elapsed();
    assert!(back.is_ok_and(|b| b == index), "index does not round-trip");

    println!(
        "\n{size} articles ({} KiB of text, {} B/article): build {:.0} ms, index {} KiB \
         = {} B/article, deserialise {:.1} ms",
        text_bytes / 1024,
        text_bytes / size,
        ms(build),
        bytes.len() / 1024,
        bytes.len() / size,
        ms(load)
    );
    println!(
        "{:<20} {:>6} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "ms, 1000 queries",
        "hits",
        "cpu p50",
        "cpu p99",
        "rank p50",
        "rank p99",
        "wall p50",
        "wall p99"
    );
    for n in 1..=3 {
        for (name, variant) in [
            ("complete", Variant::Complete),
            ("prefix", Variant::Prefix),
            ("typo", Variant::Typo),
        ] {
            let queries: Vec<String> = (0..1000)
                .map(|_| query(&mut rng, &corpus, n, variant))
                .collect();
            for q in queries.iter().take(50) {
                std::hint::black_box(index.search(&corpus, q));
            }
            let (mut wall, mut cpu, mut rank) = (Vec::new(), Vec::new(), Vec::new());
            let mut hits = 0;
            for q in &queries {
                let (found, w, c) = timed(|| index.search(&corpus, q));
                hits += found.len();
                wall.push(w);
                cpu.push(c);
                rank.push(timed(|| index.search_detailed(&corpus, q, 0)).2);
            }
            for t in [&mut wall, &mut cpu, &mut rank] {
                t.sort();
            }
            println!(
                "{:<20} {:>6} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3}",
                format!("{n} word{} {name}", if n > 1 { "s" } else { "" }),
                hits / queries.len(),
                ms(percentile(&cpu, 0.5)),
                ms(percentile(&cpu, 0.99)),
                ms(percentile(&rank, 0.5)),
                ms(percentile(&rank, 0.99)),
                ms(percentile(&wall, 0.5)),
                ms(percentile(&wall, 0.99)),
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: bench_search SENTENCES.txt [ARTICLES...]");
        std::process::exit(2);
    };
    let sentences: Vec<String> = match std::fs::read_to_string(path) {
        Ok(s) => s
            .lines()
            .map(str::trim)
            .filter(|l| l.split_whitespace().count() >= 4)
            .map(str::to_string)
            .collect(),
        Err(e) => {
            eprintln!("bench_search: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    println!("{} sentences from {path}", sentences.len());
    let sizes: Vec<usize> = match args.get(1..) {
        Some(rest) if !rest.is_empty() => rest.iter().filter_map(|a| a.parse().ok()).collect(),
        _ => vec![1000, 10_000],
    };
    for size in sizes.into_iter().filter(|&s| s > 0) {
        bench(size, &sentences);
    }
}
