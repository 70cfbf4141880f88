//! Entity quality on real news (issue 10.4): scores for the tuning and the held-out part of
//! `tests/quality/`, and the top 50 of any collection with a check of each name.
//!
//! ```text
//! cargo run --release -p corpus --example entity_quality              scores of both parts
//! cargo run --release -p corpus --example entity_quality -- --details  and the tuning part's mistakes
//! cargo run --release -p corpus --example entity_quality -- --only PREFIX [--details]
//! cargo run --release -p corpus --example entity_quality -- --tuning [--only PREFIX] [--details]
//! cargo run --release -p corpus --example entity_quality -- --part DIR [--only PREFIX] [--details]
//! cargo run --release -p corpus --example entity_quality -- --batches  and a line per held-out batch
//! cargo run --release -p corpus --example entity_quality -- --top50 DIR [N]
//! cargo run --release -p corpus --example entity_quality -- --predictions PRED [--top50 DIR [N]]
//! ```
//! `--top50 DIR` reads the articles under DIR and prints the 50 entities found in the most
//! articles (or the first N), each checked: a contraction ("I'm"), an interjection ("Yeah"), a
//! lone generic institution word ("Court"), or a common word (one the collection writes in
//! lowercase more often than capitalised mid-sentence; not a name written all in capitals,
//! "US") is flagged, and the count of flagged names printed.
//!
//! `--tuning` leaves the held-out part out: while rules are tried, it is measured only when
//! meant to be (each measurement is recorded in `tests/quality/README.md`). `--part DIR` scores
//! DIR instead of the tuning part, alone: a folder laid out as the parts are (`articles/`,
//! `gold/`), such as some of the tuning part's batches copied out to be read as a collection of
//! their own, whose top 50 then reaches as far down as a small part's does.
//!
//! `--only PREFIX` scores, in the tuning part, only the articles whose file name starts with
//! PREFIX or one of its comma-separated prefixes (one batch of the set,
//! "trafilatura-,htmldate-"), each still read among all the part's articles; the top 50 are
//! then the first 50 entities those articles name. The held-out part is always scored whole:
//! a line for a few of its articles would tell what goes wrong in them. `--batches` adds a
//! summary line for each of its batches (`HELDOUT_BATCHES`: the first twelve and the three
//! blind batches that joined later), each still read among the whole part.
//!
//! `--predictions PRED` scores another extractor's entities instead of ours, with the same
//! scorer and the same articles: for the parts, the files `PRED/tuning.tsv` and
//! `PRED/heldout.tsv`; with `--top50 DIR`, the file `PRED/<DIR's folder name>.tsv` (format in
//! `tests/quality/predictions.rs`; `scripts/bench-entities/run.sh` writes them with spaCy).

#[path = "../tests/quality/predictions.rs"]
mod predictions;
#[path = "../tests/quality/score.rs"]
mod score;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use corpus::Corpus;

/// The held-out part's batches, by file-name prefixes (as `--only` takes them): the
/// twenty-first batch's fifty Lee background stories and forty-nine Reuters stories of 1987
/// (`tests/quality/README.md`).
const HELDOUT_BATCHES: &[(&str, &str)] = &[("lee background", "leebg-"), ("reuters", "reuters-j-")];

fn print_part(name: &str, s: &score::Scores, details: bool) {
    println!(
        "{name:8} {:2} articles | precision {:.3} ({}/{}) | recall {:.3} ({}/{}) | F1 {:.3} | type accuracy {:.3} ({}/{}) | wrong merges {} | splits {} | top-50 precision {:.3} ({}/{}; right in every article {:.3})",
        s.articles,
        s.precision(),
        s.matched,
        s.found,
        s.recall(),
        s.recalled,
        s.gold,
        s.f1(),
        s.type_accuracy(),
        s.right_kind,
        s.matched,
        s.wrong_merges.len(),
        s.splits.len(),
        s.top_precision(),
        s.top_right,
        s.top,
        s.top_clean_precision(),
    );
    if details {
        for (title, list) in [
            ("not in gold", &s.spurious),
            ("missed", &s.missed),
            ("wrong kind", &s.wrong_kind),
            ("wrong merges", &s.wrong_merges),
            ("splits", &s.splits),
        ] {
            println!("  {title}: {}", list.len());
            for line in list {
                println!("    {line}");
            }
        }
        println!("  top {}:", s.top_list.len());
        for (name, kind, articles, row, clean) in &s.top_list {
            let mark = match (row, clean) {
                (true, true) => "ok ",
                (true, false) => "ok*",
                (false, _) => "BAD",
            };
            println!("    {mark} {name} ({kind}, {articles})");
        }
        println!(
            "  (ok*: a real name of its kind, wrong in fewer than half of its articles: see below)\n  frequent names wrong somewhere (of the first 200 in 2+ articles): {}",
            s.frequent_wrong.len()
        );
        for line in &s.frequent_wrong {
            println!("    {line}");
        }
    }
}

const INTERJECTIONS: &[&str] = &[
    "yeah", "yes", "no", "hey", "oh", "ah", "uh", "um", "hmm", "wow", "okay", "ok", "hello", "hi",
    "please", "thanks", "ha", "alas", "well", "god",
];

const GENERIC: &[&str] = &[
    "government",
    "court",
    "commission",
    "council",
    "convention",
    "constitution",
    "administration",
    "committee",
    "ministry",
    "department",
    "agency",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "state",
    "states",
    "union",
    "party",
    "army",
    "police",
    "church",
    "university",
    "company",
    "board",
    "house",
    "office",
    "secretariat",
];

/// (capitalised mid-sentence, lowercase) counts of each lowercased word of the collection.
fn case_counts(corpus: &Corpus) -> HashMap<String, (u32, u32)> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for a in &corpus.articles {
        for b in &a.blocks {
            let mut after_stop = true;
            for raw in b.text.split_whitespace() {
                let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
                if !w.is_empty() && !after_stop {
                    let e = counts.entry(w.to_lowercase()).or_default();
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        e.0 += 1;
                    } else {
                        e.1 += 1;
                    }
                }
                after_stop = raw.ends_with(['.', '!', '?', ':', '"', '“']);
            }
        }
    }
    counts
}

/// Why a name is not a name, if it is not.
fn flag(name: &str, counts: &HashMap<String, (u32, u32)>) -> Option<&'static str> {
    let lower = name.to_lowercase().replace('’', "'");
    let contraction = lower.split_whitespace().any(|w| {
        ["'m", "'ve", "'ll", "'d", "'re"]
            .iter()
            .any(|s| w.ends_with(s))
            || w.contains("n't")
    });
    if contraction {
        return Some("contraction");
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.iter().all(|w| INTERJECTIONS.contains(w)) {
        return Some("interjection");
    }
    if let [only] = words[..] {
        if GENERIC.contains(&only) {
            return Some("lone generic word");
        }
        // An acronym ("US", "IT") is not the lowercase word it spells.
        let acronym = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !name.chars().any(char::is_lowercase);
        if let Some(&(caps, lowercase)) = counts.get(only).filter(|_| !acronym) {
            if lowercase > caps {
                return Some("common word");
            }
        }
    }
    None
}

/// The collection under `dir`, with our entities or, given a predictions folder, those of
/// `predictions/<file>`.
fn collection(dir: &Path, predictions: Option<(&Path, &str)>) -> Corpus {
    let result = match predictions {
        Some((folder, file)) => predictions::read(dir, &folder.join(file)),
        None => corpus::load(dir)
            .map(|l| l.corpus)
            .map_err(|e| format!("{}: {e}", dir.display())),
    };
    result.unwrap_or_else(|e| {
        eprintln!("entity_quality: {e}");
        std::process::exit(1);
    })
}

fn top50(corpus: &Corpus, n: usize) {
    let counts = case_counts(corpus);
    let mut flagged = 0;
    println!(
        "top {n} of {} articles ({} entities):",
        corpus.articles.len(),
        corpus.entities.len()
    );
    for (i, e) in corpus.entities.iter().take(n).enumerate() {
        let why = flag(&e.name, &counts);
        flagged += usize::from(why.is_some());
        println!(
            "{:3}. {} {} ({}, {} articles){}",
            i + 1,
            if why.is_some() { "BAD" } else { "ok " },
            e.name,
            e.kind.as_str(),
            e.articles.len(),
            why.map(|w| format!(": {w}")).unwrap_or_default()
        );
    }
    println!("flagged: {flagged} of {n}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || -> ! {
        eprintln!(
            "usage: entity_quality [--details] [--tuning] [--part DIR] [--only PREFIX] [--batches] [--predictions PRED] [--top50 DIR [N]]"
        );
        std::process::exit(2);
    };
    let predictions = args
        .iter()
        .position(|a| a == "--predictions")
        .map(|at| PathBuf::from(args.get(at + 1).unwrap_or_else(|| usage())));
    if let Some(at) = args.iter().position(|a| a == "--top50") {
        let dir = Path::new(args.get(at + 1).unwrap_or_else(|| usage()));
        let n = args.get(at + 2).and_then(|n| n.parse().ok()).unwrap_or(50);
        let file = format!(
            "{}.tsv",
            dir.file_name().and_then(|f| f.to_str()).unwrap_or_default()
        );
        let corpus = collection(dir, predictions.as_deref().map(|p| (p, file.as_str())));
        top50(&corpus, n);
        return;
    }
    let details = args.iter().any(|a| a == "--details");
    let only = args
        .iter()
        .position(|a| a == "--only")
        .map(|at| args.get(at + 1).unwrap_or_else(|| usage()).as_str());
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/quality");
    // Ours through `score::score`, as the tests; the predictions through the same scoring.
    let own = args
        .iter()
        .position(|a| a == "--part")
        .map(|at| PathBuf::from(args.get(at + 1).unwrap_or_else(|| usage())));
    let part = |name: &str, only: Option<&str>| {
        let dir = match (&own, name) {
            (Some(dir), "tuning") => dir.clone(),
            _ => base.join(name),
        };
        let file = format!("{name}.tsv");
        match (&predictions, only) {
            (None, None) => score::score(&dir),
            (p, only) => {
                let corpus = collection(
                    &dir.join("articles"),
                    p.as_deref().map(|p| (p, file.as_str())),
                );
                score::score_corpus(&corpus, &dir.join("gold"), only.unwrap_or_default())
            }
        }
    };
    print_part("tuning", &part("tuning", only), details);
    if own.is_some() || args.iter().any(|a| a == "--tuning") {
        return;
    }
    // The held-out part is only measured, whole: its mistakes are never printed (issue 10.3).
    print_part("held-out", &part("heldout", None), false);
    if args.iter().any(|a| a == "--batches") {
        for (name, prefixes) in HELDOUT_BATCHES {
            print_part(name, &part("heldout", Some(prefixes)), false);
        }
    }
}
