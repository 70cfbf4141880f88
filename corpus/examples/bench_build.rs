//! The whole build-time analysis of one folder of articles, timed: `corpus::load` (reading,
//! entities and quotations), the search index, then the relations (entities named together,
//! related articles). Prints one line of figures for `scripts/bench-build.sh`.
//!
//! ```text
//! cargo run --release -p corpus --example bench_build -- DIR
//! ```
//! Figures: articles, CPU time of each step and in all (user and system time of the whole
//! process, from `/proc/self/stat`), CPU time per article, and peak memory (`VmHWM` from
//! `/proc/self/status`), in all and as it stood after the load and after the index.

use std::path::PathBuf;
use std::time::Instant;

use corpus::search::SearchIndex;

/// CPU seconds (user + system) the process has used, from `/proc/self/stat`.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in brackets and may hold spaces.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / clock_ticks())
}

/// Clock ticks per second for `/proc/self/stat` (100 on every Linux this runs on).
fn clock_ticks() -> f64 {
    100.0
}

/// Peak resident memory in MB (`VmHWM`).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: bench_build DIR");
        std::process::exit(2);
    };
    let cpu0 = cpu_seconds().unwrap_or(0.0);
    let wall = Instant::now();
    let loaded = match corpus::load(&dir) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("bench_build: {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    let cpu1 = cpu_seconds().unwrap_or(0.0);
    let peak_load = peak_mb().unwrap_or(0.0);
    let index = SearchIndex::build(&loaded.corpus);
    assert_eq!(index.len(), loaded.corpus.articles.len());
    let cpu2 = cpu_seconds().unwrap_or(0.0);
    let peak_index = peak_mb().unwrap_or(0.0);
    let pairs = corpus::relations::pair_counts(&loaded.corpus);
    let with = corpus::relations::mentioned_with(&loaded.corpus);
    let related = corpus::relations::related_articles(&loaded.corpus);
    assert_eq!(related.len(), loaded.corpus.articles.len());
    assert_eq!(with.len(), loaded.corpus.entities.len());
    let cpu3 = cpu_seconds().unwrap_or(0.0);
    let wall = wall.elapsed().as_secs_f64();
    let n = loaded.corpus.articles.len();
    let total = cpu3 - cpu0;
    println!(
        "articles {n} | entities {} | load (read + entities + quotes) {:.1} s | index {:.1} s | relations {:.1} s ({} pairs) | cpu {total:.1} s | wall {wall:.1} s | {:.2} ms/article | peak {:.0} MB (after load {peak_load:.0} MB, after index {peak_index:.0} MB)",
        loaded.corpus.entities.len(),
        cpu1 - cpu0,
        cpu2 - cpu1,
        cpu3 - cpu2,
        pairs.len(),
        total * 1000.0 / n.max(1) as f64,
        peak_mb().unwrap_or(0.0),
    );
}
