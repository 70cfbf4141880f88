//! The app's own work per keystroke, natively: for each query typed letter by letter, the time
//! of `results::compute` (the search, the filters and how the query was read) and of
//! `results::facets` (the sidebar's counts over the result set) with every file loaded.
//!
//! ```text
//! cargo run --profile site --example keystrokes -- DIR [QUERY...]
//! ```
//!
//! `DIR` is a folder of articles (`/work/data/gen10k`); the queries default to the ones
//! `scripts/bench-web` types on that folder (it prints them). Prints, per query, the slowest
//! prefix, and for all prefixes the p50, p95 and max of each step and of both, in
//! milliseconds. The browser runs the same code as wasm, about 1.5 to 3 times slower.

use std::path::Path;
use std::time::Instant;

use corpus::bundle::write::{write, Inline, Options};
use corpus::bundle::Store;
use news_explorer::results::{compute, facets};

/// What `scripts/bench-web` typed on `/work/data/gen10k` (its measure.mjs prints them).
const BENCH_QUERIES: [&str; 12] = [
    "land",
    "minorities they",
    "faxter",
    "moving paroy",
    "made",
    "public lectures",
    "thexr",
    "chilean crose",
    "lead",
    "scored points",
    "lesbons",
    "strict wabhabi",
];

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let at = ((sorted.len() as f64) * q) as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn stats(label: &str, mut xs: Vec<f64>) {
    xs.sort_by(f64::total_cmp);
    println!(
        "{label:>8}: p50 {:7.2} ms  p95 {:7.2} ms  max {:7.2} ms  ({} keystrokes)",
        quantile(&xs, 0.5),
        quantile(&xs, 0.95),
        xs[xs.len() - 1],
        xs.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: keystrokes DIR [QUERY...]");
        std::process::exit(2);
    };
    let queries: Vec<String> = if args.len() > 1 {
        args[1..].to_vec()
    } else {
        BENCH_QUERIES.iter().map(|q| q.to_string()).collect()
    };
    let started = Instant::now();
    let loaded = corpus::load(Path::new(dir)).unwrap_or_else(|e| {
        eprintln!("keystrokes: cannot read {dir}: {e}");
        std::process::exit(1);
    });
    let everything = Options {
        inline_limit: usize::MAX,
        inline: Inline::All,
        ..Options::default()
    };
    let bundle = write(loaded.corpus, &everything);
    let boot = bundle.file(&bundle.boot_path).expect("the boot file");
    let store = Store::new(boot).expect("the boot file reads");
    eprintln!(
        "keystrokes: {} articles loaded in {:.1} s",
        store.article_count(),
        started.elapsed().as_secs_f64()
    );
    let (mut search, mut count, mut both) = (Vec::new(), Vec::new(), Vec::new());
    for query in &queries {
        let mut worst = (0.0, String::new(), 0);
        for (end, _) in query.char_indices().skip(1).chain([(query.len(), ' ')]) {
            let typed = &query[..end];
            let t0 = Instant::now();
            let results = compute(&store, typed, &[]).expect("everything is loaded");
            let t1 = Instant::now();
            let counted = facets(&store, &results, false).expect("everything is loaded");
            let t2 = Instant::now();
            std::hint::black_box(&counted);
            let (s, c) = ((t1 - t0).as_secs_f64() * 1e3, (t2 - t1).as_secs_f64() * 1e3);
            search.push(s);
            count.push(c);
            both.push(s + c);
            if s + c > worst.0 {
                worst = (s + c, typed.to_string(), results.items.len());
            }
        }
        println!(
            "{query:>20}: slowest {:?} {:.2} ms ({} results)",
            worst.1, worst.0, worst.2
        );
    }
    stats("compute", search);
    stats("facets", count);
    stats("both", both);
}
