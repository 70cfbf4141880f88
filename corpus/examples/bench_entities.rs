//! Entity extraction throughput on 10,000 generated news articles, or on a folder of articles.
//!
//! ```text
//! cargo run --release -p corpus --example bench_entities [ARTICLES]
//! cargo run --release -p corpus --example bench_entities -- DIR
//! ```
//! The articles are made from news-like sentence templates filled with invented names,
//! places and organisations, so that every rule of the extractor gets work. Given a folder,
//! it reads the articles there instead (the reading is not timed): `scripts/bench-entities/run.sh`
//! sets the time per article beside spaCy's on the same folder.

use std::path::Path;
use std::time::Instant;

use corpus::entities::extract;
use corpus::read::{parse_article, read_dir};

const GIVEN: &[&str] = &[
    "Anna", "Paul", "Maria", "Omar", "Li", "Sergei", "Fatima", "John", "Aiko", "Pedro", "Ingrid",
    "Kwame", "Leila", "Tomas", "Nadia", "Viktor",
];
const FAMILY: &[&str] = &[
    "Lindqvist",
    "Oduya",
    "Kowalczyk",
    "Haddad",
    "Tanaka",
    "Morozov",
    "Okafor",
    "Silva",
    "Berg",
    "Mensah",
    "Rahimi",
    "Novak",
    "Castillo",
    "Petrov",
    "Nakamura",
    "Adeyemi",
];
const PLACES: &[&str] = &[
    "Nairobi",
    "Berlin",
    "Kyiv",
    "Lagos",
    "Brazil",
    "Japan",
    "Zaborye",
    "Kessab",
    "Lima",
    "Ankara",
    "Ottawa",
    "Norway",
    "the United States",
    "Jakarta",
    "Tbilisi",
    "Quito",
];
const ORGS: &[&str] = &[
    "the United Nations",
    "NATO",
    "the World Bank",
    "Nordvik Holdings",
    "the Interior Ministry",
    "the Coalition for Rural Water Access",
    "Amnesty International",
    "the European Union",
    "Reuters",
    "the Northern Farmers Union",
    "the IMF",
    "the Red Cross",
];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "President",
    "spokesman",
    "Defense Secretary",
    "Mayor",
    "Dr.",
    "Gen.",
    "Prime Minister",
];
const TEMPLATES: &[&str] = &[
    "{T} {G} {F} said on Monday that talks with {O} would resume in {P}.",
    "\"We are ready,\" {F} told reporters in {P}, adding that {O} had been informed.",
    "{O} said in a statement that {G} {F} had met officials from {P} and {P2}.",
    "Separately, analysts in {P} said the decision by {O} was expected.",
    "The meeting, held in {P}, was the first since {G} {F} took office in March.",
    "According to {O}, more than 4,000 people have fled {P} since Tuesday.",
    "{F}'s office did not respond to a request for comment from Reuters.",
    "Officials said {P} and {P2} would sign the agreement next week.",
];

fn sentence(rng: &mut fastrand::Rng) -> String {
    let mut s = TEMPLATES[rng.usize(..TEMPLATES.len())].to_string();
    for (key, list) in [
        ("{T}", TITLES),
        ("{G}", GIVEN),
        ("{F}", FAMILY),
        ("{O}", ORGS),
        ("{P2}", PLACES),
        ("{P}", PLACES),
    ] {
        while let Some(at) = s.find(key) {
            s.replace_range(at..at + key.len(), list[rng.usize(..list.len())]);
        }
    }
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    }
}

fn article(rng: &mut fastrand::Rng, i: usize) -> String {
    let mut text = format!("Talks on the crisis resume as envoys meet, report {i}\n\n");
    for _ in 0..8 {
        let paragraph: Vec<String> = (0..3).map(|_| sentence(rng)).collect();
        text.push_str(&paragraph.join(" "));
        text.push_str("\n\n");
    }
    text
}

/// Nanoseconds this thread has spent on a CPU (Linux), so that the figure does not depend
/// on what else the machine is doing.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn main() {
    let arg = std::env::args().nth(1);
    let articles: Vec<_> = match arg.as_deref().map(Path::new) {
        Some(dir) if dir.is_dir() => match read_dir(dir) {
            Ok(report) => report.articles,
            Err(e) => {
                eprintln!("bench_entities: {}: {e}", dir.display());
                std::process::exit(1);
            }
        },
        _ => {
            let count: usize = arg.and_then(|a| a.parse().ok()).unwrap_or(10_000);
            let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
            (0..count)
                .map(|i| parse_article(&format!("bench/{i}.txt"), &article(&mut rng, i)))
                .collect()
        }
    };
    let count = articles.len();
    let bytes: usize = articles
        .iter()
        .map(|a| a.title.len() + a.blocks.iter().map(|b| b.text.len()).sum::<usize>())
        .sum();
    let cpu_start = cpu_ns();
    let start = Instant::now();
    let entities = extract(&articles);
    let wall = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!(
        "entities: {count} articles, {mb:.1} MB, {} entities; wall {wall:.2} s: {:.0} articles/s, {:.2} MB/s, {:.3} ms/article",
        entities.len(),
        count as f64 / wall,
        mb / wall,
        1000.0 * wall / count as f64
    );
    if let (Some(a), Some(b)) = (cpu_start, cpu_ns()) {
        let cpu = (b.saturating_sub(a)) as f64 / 1e9;
        println!(
            "entities: cpu {cpu:.2} s: {:.0} articles/s, {:.2} MB/s, {:.3} ms/article",
            count as f64 / cpu,
            mb / cpu,
            1000.0 * cpu / count as f64
        );
    }
}
