//! Search benchmark on folders of generated articles made of real English sentences.
//!
//! ```text
//! cargo run --release -p corpus --example bench_search -- [--no-entities] [--build-only] DIR...
//! ```
//!
//! Each `DIR` is a folder of articles (`node scripts/gen-articles.mjs N DIR` writes one; the
//! copies in `/work/data/gen1k` and `/work/data/gen10k` are what `docs/performance.md`
//! reports). For each it reads the articles (and finds their entities, unless
//! `--no-entities`), builds the index, and prints:
//!
//! * build time and peak memory of the process, the root's size and each kind of shard's
//!   count, median, largest and total size, raw and gzipped;
//! * for 300 queries of each kind (one to three words of 4+ letters from a random article:
//!   complete, with the last word cut short while typing, with a typo in one word; and
//!   two- to four-word phrases), the gzipped bytes of shards a browser with an empty cache
//!   fetches before the query is answered (p50, p95, max) and the number of round trips;
//! * the CPU time of `rank` with every shard loaded (p50, p99).
//!
//! `--build-only` stops after the build figures and the file sizes.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use corpus::search::{tokens, SearchIndex, ShardKind, ShardedIndex};
use corpus::Corpus;

#[derive(Clone, Copy)]
enum Variant {
    Complete,
    Prefix,
    Typo,
    Phrase,
}

/// The words of a random article's body, in order.
fn article_words(rng: &mut fastrand::Rng, corpus: &Corpus) -> Vec<String> {
    let a = &corpus.articles[rng.usize(..corpus.articles.len())];
    let text: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    tokens::words(&text.join(" "))
}

/// A query as a user would type it.
fn query(rng: &mut fastrand::Rng, corpus: &Corpus, n: usize, variant: Variant) -> String {
    let words = article_words(rng, corpus);
    if words.is_empty() {
        return String::new();
    }
    if let Variant::Phrase = variant {
        let len = n + 1;
        let at = rng.usize(..words.len().saturating_sub(len).max(1));
        let phrase: Vec<&str> = words
            .iter()
            .skip(at)
            .take(len)
            .map(String::as_str)
            .collect();
        return format!("\"{}\"", phrase.join(" "));
    }
    let long: Vec<&String> = words
        .iter()
        .filter(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    if long.is_empty() {
        return String::new();
    }
    let mut picked: Vec<String> = (0..n)
        .map(|_| long[rng.usize(..long.len())].clone())
        .collect();
    match variant {
        Variant::Complete | Variant::Phrase => picked.join(" ") + " ",
        Variant::Prefix => {
            if let Some(last) = picked.last_mut() {
                let keep = 3 + rng.usize(..last.len().saturating_sub(3).max(1));
                last.truncate(keep.min(last.len()));
            }
            picked.join(" ")
        }
        Variant::Typo => {
            let k = rng.usize(..picked.len());
            let w = &mut picked[k];
            // Not the first letter: the index assumes it is right.
            let at = 1 + rng.usize(..w.len() - 1);
            let b = b'a' + rng.usize(..26) as u8;
            w.replace_range(at..at + 1, &char::from(b).to_string());
            picked.join(" ") + " "
        }
    }
}

/// CPU time of this thread (wall-clock times on a shared machine mostly measure waiting).
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

/// Peak resident memory of the process, from `/proc/self/status` (0 where there is none).
fn peak_memory_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn gzipped(bytes: &[u8]) -> usize {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = e.write_all(bytes);
    e.finish().map_or(0, |v| v.len())
}

fn percentile<T: Copy + Default>(sorted: &[T], p: f64) -> T {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// Answers `q` as a browser would, from an empty cache: the gzipped bytes fetched and the
/// number of round trips.
fn fetch_for(
    q: &str,
    root: &[u8],
    shards: &[Vec<u8>],
    gz: &[usize],
) -> (usize, usize, BTreeMap<ShardKind, usize>) {
    let Ok(mut index) = ShardedIndex::from_root(root) else {
        return (0, 0, BTreeMap::new());
    };
    let (mut bytes, mut trips) = (0, 0);
    let mut by_kind = BTreeMap::new();
    while let Err(missing) = index.rank(q) {
        trips += 1;
        for s in missing.0 {
            let Some(file) = shards.get(s as usize) else {
                return (bytes, trips, by_kind);
            };
            if index.add_shard(s, file).is_err() {
                return (bytes, trips, by_kind);
            }
            let g = gz.get(s as usize).copied().unwrap_or(0);
            bytes += g;
            if let Some(kind) = index.shard_kind(s) {
                *by_kind.entry(kind).or_insert(0) += g;
            }
        }
        if trips > 20 {
            break;
        }
    }
    (bytes, trips, by_kind)
}

fn bench(dir: &Path, entities: bool, build_only: bool) {
    let t = Instant::now();
    let corpus = if entities {
        match corpus::load(dir) {
            Ok(l) => l.corpus,
            Err(e) => {
                eprintln!("bench_search: cannot read {}: {e}", dir.display());
                return;
            }
        }
    } else {
        match corpus::read::read_dir(dir) {
            Ok(r) => Corpus {
                articles: r.articles,
                entities: Vec::new(),
                quotes: Vec::new(),
            },
            Err(e) => {
                eprintln!("bench_search: cannot read {}: {e}", dir.display());
                return;
            }
        }
    };
    let read = t.elapsed();
    let n = corpus.articles.len();
    let (t, c) = (Instant::now(), cpu_time());
    let index = SearchIndex::build(&corpus);
    let files = index.to_files();
    let (build, build_cpu) = (t.elapsed(), cpu_time().saturating_sub(c));
    println!(
        "\n{} — {n} articles, {} entities (read{} in {:.1} s); index build {:.2} s wall, {:.2} s CPU \
         ({:.0} µs/article); peak memory of the process {} MB",
        dir.display(),
        corpus.entities.len(),
        if entities { " and entities" } else { "" },
        read.as_secs_f64(),
        build.as_secs_f64(),
        build_cpu.as_secs_f64(),
        build_cpu.as_secs_f64() * 1e6 / n.max(1) as f64,
        peak_memory_mb()
    );

    let gz: Vec<usize> = files.shards.iter().map(|s| gzipped(s)).collect();
    let sharded = index.sharded();
    println!(
        "root: {} KB, {} KB gzipped; {} shards",
        kb(files.root.len()),
        kb(gzipped(&files.root)),
        files.shards.len()
    );
    println!(
        "{:<12} {:>6} {:>12} {:>12} {:>12} {:>12} {:>12}",
        "shards", "count", "median KB", "max KB", "median gz", "max gz", "total gz KB"
    );
    for kind in ShardKind::ALL {
        let ids: Vec<usize> = (0..files.shards.len())
            .filter(|&i| sharded.shard_kind(i as u32) == Some(kind))
            .collect();
        let mut raw: Vec<usize> = ids.iter().map(|&i| files.shards[i].len()).collect();
        let mut g: Vec<usize> = ids.iter().map(|&i| gz[i]).collect();
        raw.sort_unstable();
        g.sort_unstable();
        println!(
            "{:<12} {:>6} {:>12} {:>12} {:>12} {:>12} {:>12}",
            kind.as_str(),
            ids.len(),
            kb(percentile(&raw, 0.5)),
            kb(raw.last().copied().unwrap_or(0)),
            kb(percentile(&g, 0.5)),
            kb(g.last().copied().unwrap_or(0)),
            kb(g.iter().sum()),
        );
    }

    if build_only {
        return;
    }
    println!(
        "{:<18} {:>5} {:>8} {:>8} {:>8} {:>6} {:>6} {:>9} {:>9}   \
         p50 KB by kind (dict/typo/post/pos/ent)",
        "query (300 each)",
        "hits",
        "p50 KB",
        "p95 KB",
        "max KB",
        "trips",
        "max",
        "rank p50",
        "rank p99",
    );
    let mut rng = fastrand::Rng::with_seed(0x00be_ac4e ^ n as u64);
    let kinds = [
        ("complete", Variant::Complete),
        ("prefix", Variant::Prefix),
        ("typo", Variant::Typo),
        ("phrase", Variant::Phrase),
    ];
    let mut all_bytes = Vec::new();
    for (name, variant) in kinds {
        for words in 1..=3 {
            let queries: Vec<String> = (0..300)
                .map(|_| query(&mut rng, &corpus, words, variant))
                .collect();
            let mut bytes = Vec::new();
            let mut trips = Vec::new();
            let mut kinds_sum: BTreeMap<ShardKind, Vec<usize>> = BTreeMap::new();
            let mut times = Vec::new();
            let mut hits = 0;
            for q in &queries {
                let (b, t, by_kind) = fetch_for(q, &files.root, &files.shards, &gz);
                bytes.push(b);
                trips.push(t);
                for kind in ShardKind::ALL {
                    kinds_sum
                        .entry(kind)
                        .or_default()
                        .push(by_kind.get(&kind).copied().unwrap_or(0));
                }
                let c = cpu_time();
                let r = index.rank(q);
                times.push(cpu_time().saturating_sub(c));
                hits += r.strong + r.weak;
            }
            if !matches!(variant, Variant::Phrase) {
                all_bytes.extend(bytes.iter().copied());
            }
            bytes.sort_unstable();
            trips.sort_unstable();
            times.sort_unstable();
            let by_kind: Vec<String> = ShardKind::ALL
                .iter()
                .map(|k| {
                    let mut v = kinds_sum.remove(k).unwrap_or_default();
                    v.sort_unstable();
                    kb(percentile(&v, 0.5))
                })
                .collect();
            let label = if let Variant::Phrase = variant {
                format!("phrase of {}", words + 1)
            } else {
                format!("{words} word{} {name}", if words > 1 { "s" } else { "" })
            };
            println!(
                "{:<18} {:>5} {:>8} {:>8} {:>8} {:>6} {:>6} {:>9.3} {:>9.3}   {}",
                label,
                hits / queries.len(),
                kb(percentile(&bytes, 0.5)),
                kb(percentile(&bytes, 0.95)),
                kb(bytes.last().copied().unwrap_or(0)),
                percentile(&trips, 0.5),
                trips.last().copied().unwrap_or(0),
                percentile(&times, 0.5).as_secs_f64() * 1000.0,
                percentile(&times, 0.99).as_secs_f64() * 1000.0,
                by_kind.join(" / ")
            );
        }
    }
    all_bytes.sort_unstable();
    println!(
        "all word queries (complete, prefix, typo): p50 {} KB, p95 {} KB gzipped",
        kb(percentile(&all_bytes, 0.5)),
        kb(percentile(&all_bytes, 0.95))
    );
}

fn main() {
    let mut entities = true;
    let mut build_only = false;
    let mut dirs = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--no-entities" => entities = false,
            "--build-only" => build_only = true,
            _ => dirs.push(a),
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: bench_search [--no-entities] [--build-only] DIR...");
        std::process::exit(2);
    }
    for d in dirs {
        bench(Path::new(&d), entities, build_only);
    }
}
