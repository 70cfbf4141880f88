//! How long `read_dir` takes on a folder of 10,000 article files.
//!
//! ```text
//! cargo run --release -p corpus --example bench_read [-- FILES]
//! ```
//! Writes FILES (default 10,000) generated articles of about 3 KB each, in both layouts
//! (blank-line paragraphs and one paragraph a line), with headlines, captions, subheadings and
//! credits, into 100 subfolders of a temp folder; then reads the folder three times and prints
//! each time, wall clock and (on Linux) the CPU time of the reading thread, which stays
//! meaningful when other processes compete for the cores. The files are in the page cache by
//! then, so this measures the reader, not the disk.

use std::path::PathBuf;
use std::time::Instant;

const WORDS: [&str; 24] = [
    "council",
    "harbour",
    "minister",
    "river",
    "market",
    "school",
    "bridge",
    "budget",
    "residents",
    "report",
    "storm",
    "week",
    "plan",
    "city",
    "police",
    "road",
    "vote",
    "the",
    "said",
    "on",
    "new",
    "after",
    "of",
    "and",
];

/// `n` random words, the first capitalised.
fn words(rng: &mut fastrand::Rng, n: usize) -> String {
    let words: Vec<&str> = (0..n).map(|_| WORDS[rng.usize(..WORDS.len())]).collect();
    let mut text = words.join(" ");
    if let Some(first) = text.get(..1) {
        text.replace_range(..1, &first.to_uppercase());
    }
    text
}

fn article(rng: &mut fastrand::Rng) -> String {
    let gap = if rng.usize(..2) == 0 { "\n\n" } else { "\n" };
    let mut parts = vec![words(rng, 7)];
    if rng.usize(..3) == 0 {
        parts.push(format!("{} (file photo)", words(rng, 4)));
    }
    for i in 0..18 {
        if i % 6 == 5 {
            parts.push(words(rng, 3));
        }
        let sentences: Vec<String> = (0..2).map(|_| format!("{}.", words(rng, 12))).collect();
        parts.push(sentences.join(" "));
    }
    parts.push(format!("{} contributed to this report.", words(rng, 2)));
    parts.join(gap)
}

/// Nanoseconds this thread has run on a CPU (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn main() {
    let files: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir: PathBuf =
        std::env::temp_dir().join(format!("corpus-bench-read-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut rng = fastrand::Rng::with_seed(0x9E37_79B9_7F4A_7C15);
    let mut bytes = 0;
    for i in 0..files {
        let sub = dir.join(format!("part{:02}", i % 100));
        std::fs::create_dir_all(&sub).expect("temp dir is writable");
        let text = article(&mut rng);
        bytes += text.len();
        std::fs::write(sub.join(format!("article-{i:05}.txt")), text)
            .expect("temp file is writable");
    }
    println!(
        "{files} files, {:.1} MB in {}",
        bytes as f64 / 1e6,
        dir.display()
    );
    for run in 1..=3 {
        let cpu_start = thread_cpu_ns();
        let start = Instant::now();
        let report = corpus::read::read_dir(&dir).expect("bench folder is readable");
        let elapsed = start.elapsed();
        let cpu = match (cpu_start, thread_cpu_ns()) {
            (Some(a), Some(b)) => {
                format!(", {:.0} ms on the CPU", b.saturating_sub(a) as f64 / 1e6)
            }
            _ => String::new(),
        };
        println!(
            "run {run}: read {} articles ({} notices) in {:.0} ms wall{cpu}",
            report.articles.len(),
            report.notices.len(),
            elapsed.as_secs_f64() * 1e3
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
