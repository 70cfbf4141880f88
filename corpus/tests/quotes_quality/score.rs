//! Scoring the build's quotations against the hand-annotated set in this folder; shared by
//! `corpus/tests/quotes_quality.rs` and `corpus/examples/quote_quality.rs`.

use std::path::{Path, PathBuf};

/// The folder of the set.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quotes_quality")
}

/// The parts of the set (see the README): `tuning`, `held-out`, `fresh`, `blind`, `blind2`, `blind3`.
pub const PARTS: [&str; 6] = ["tuning", "held-out", "fresh", "blind", "blind2", "blind3"];

/// The part of each article, from `parts.tsv`.
fn parts() -> Vec<(String, String)> {
    let path = dir().join("parts.tsv");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, part) = l.split_once('\t').expect("name<TAB>part");
            (name.to_string(), part.to_string())
        })
        .collect()
}

/// One annotated quotation.
#[derive(Debug, Clone)]
pub struct Gold {
    pub speaker: Option<String>,
    pub text: String,
}

/// One quotation the build found in an article.
#[derive(Debug, Clone)]
pub struct Found {
    pub text: String,
    /// The entity's name followed by its aliases.
    pub speaker: Option<Vec<String>>,
}

/// Counts for one article or a part of the set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    /// Matched quotations that the build gave a speaker.
    pub attributed: usize,
    /// ... and whose speaker is the annotated one.
    pub right: usize,
    /// ... or the same person under a shorter or longer name: the words of one name are all
    /// words of the other ("Livingstone", "Sonia Livingstone OBE" for "Sonia Livingstone").
    pub right_word_wise: usize,
    /// Matched quotations whose annotation names a speaker.
    pub gold_speakers: usize,
}

impl Counts {
    pub fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.attributed += o.attributed;
        self.right += o.right;
        self.right_word_wise += o.right_word_wise;
        self.gold_speakers += o.gold_speakers;
    }

    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 {
            1.0
        } else {
            a as f64 / b as f64
        }
    }

    pub fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.found)
    }

    pub fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.gold)
    }

    /// Right speakers among the matched quotations the build attributed.
    pub fn speaker_accuracy(&self) -> f64 {
        Self::ratio(self.right, self.attributed)
    }

    /// Like [`Self::speaker_accuracy`], names compared word-wise.
    pub fn speaker_accuracy_word_wise(&self) -> f64 {
        Self::ratio(self.right_word_wise, self.attributed)
    }

    /// Right speakers among the matched quotations whose annotation names one.
    pub fn speaker_recall(&self) -> f64 {
        Self::ratio(self.right, self.gold_speakers)
    }
}

/// Reads `gold/<name>.tsv`.
pub fn read_gold(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (speaker, quote) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}: no tab in {l:?}", path.display()));
            Gold {
                speaker: (speaker != "-").then(|| speaker.to_string()),
                text: quote.to_string(),
            }
        })
        .collect()
}

/// Lowercase words, quote marks, punctuation and ellipses dropped.
pub fn norm(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Dice coefficient of the two word multisets.
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut rest: Vec<&String> = b.iter().collect();
    let mut common = 0;
    for w in a {
        if let Some(i) = rest.iter().position(|r| *r == w) {
            rest.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Two wordings of one quotation: at least this similar.
pub const MATCH: f64 = 0.7;

/// The words of one name are all words of the other.
fn same_person(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> { norm(s) };
    let (x, y) = (words(a), words(b));
    !x.is_empty()
        && !y.is_empty()
        && (x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)))
}

fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    fold(a) == fold(b)
}

/// What happened to each quotation, for `--verbose`.
#[derive(Debug, Clone)]
pub enum Outcome {
    Missed(Gold),
    Spurious(Found),
    Matched {
        gold: Gold,
        found: Found,
        speaker_right: Option<bool>,
    },
}

/// Matches the found quotations of one article to its annotations, best pairs first.
pub fn score(gold: &[Gold], found: &[Found]) -> (Counts, Vec<Outcome>) {
    let g: Vec<Vec<String>> = gold.iter().map(|x| norm(&x.text)).collect();
    let f: Vec<Vec<String>> = found.iter().map(|x| norm(&x.text)).collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, gw) in g.iter().enumerate() {
        for (j, fw) in f.iter().enumerate() {
            let s = similarity(gw, fw);
            if s >= MATCH {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.len()];
    let mut found_used = vec![false; found.len()];
    let mut counts = Counts {
        gold: gold.len(),
        found: found.len(),
        ..Counts::default()
    };
    let mut outcomes = Vec::new();
    for (_, i, j) in pairs {
        if gold_used[i] || found_used[j] {
            continue;
        }
        gold_used[i] = true;
        found_used[j] = true;
        counts.matched += 1;
        if gold[i].speaker.is_some() {
            counts.gold_speakers += 1;
        }
        let speaker_right = found[j].speaker.as_ref().map(|names| {
            counts.attributed += 1;
            let right = gold[i]
                .speaker
                .as_ref()
                .is_some_and(|s| names.iter().any(|n| same_name(n, s)));
            if right {
                counts.right += 1;
            }
            let close = gold[i]
                .speaker
                .as_ref()
                .is_some_and(|s| names.iter().any(|n| same_person(n, s)));
            if right || close {
                counts.right_word_wise += 1;
            }
            right
        });
        outcomes.push(Outcome::Matched {
            gold: gold[i].clone(),
            found: found[j].clone(),
            speaker_right,
        });
    }
    for (i, used) in gold_used.iter().enumerate() {
        if !used {
            outcomes.push(Outcome::Missed(gold[i].clone()));
        }
    }
    for (j, used) in found_used.iter().enumerate() {
        if !used {
            outcomes.push(Outcome::Spurious(found[j].clone()));
        }
    }
    (counts, outcomes)
}

/// One article of the set: its file name without extension, its part, and the outcome of
/// scoring it.
pub struct ArticleScore {
    pub name: String,
    pub part: String,
    pub counts: Counts,
    pub outcomes: Vec<Outcome>,
}

/// Builds the collection of the set's articles (`corpus::load`) and scores every article.
pub fn run() -> Vec<ArticleScore> {
    let dir = dir();
    let loaded = corpus::load(&dir.join("articles")).expect("the articles folder");
    let corpus = &loaded.corpus;
    let parts = parts();
    let mut found: Vec<Vec<Found>> = vec![Vec::new(); corpus.articles.len()];
    for q in &corpus.quotes {
        for at in &q.occurrences {
            let article = &corpus.articles[at.article as usize];
            let speaker = at.speaker.map(|e| {
                let e = &corpus.entities[e as usize];
                std::iter::once(e.name.clone())
                    .chain(e.aliases.iter().cloned())
                    .collect()
            });
            found[at.article as usize].push(Found {
                text: at.text(article).unwrap_or_default(),
                speaker,
            });
        }
    }
    corpus
        .articles
        .iter()
        .enumerate()
        .map(|(a, article)| {
            let name = article.path.trim_end_matches(".txt").to_string();
            let part = parts
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, p)| p.clone())
                .unwrap_or_else(|| panic!("{name} is in no part of parts.tsv"));
            let gold = read_gold(&dir.join("gold").join(format!("{name}.tsv")));
            let (counts, outcomes) = score(&gold, &found[a]);
            ArticleScore {
                name,
                part,
                counts,
                outcomes,
            }
        })
        .collect()
}
