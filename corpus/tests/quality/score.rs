//! Scores of the entity extractor on one part of the real-news quality set (see `README.md`
//! beside this file): precision, recall, F1, type accuracy, wrong merges, splits and top-50
//! precision. Shared by `examples/entity_quality.rs` and the integration tests
//! (`entities_real_news`, `entities_predictions`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use corpus::{Article, Corpus, Entity, Mention};

/// One annotated entity of one article.
pub struct Gold {
    pub kind: String,
    /// Keys of every name the article uses for it.
    pub keys: BTreeSet<String>,
    pub name: String,
}

/// The scores of one part, with what went wrong.
#[derive(Default)]
pub struct Scores {
    pub articles: usize,
    pub found: usize,
    pub matched: usize,
    pub right_kind: usize,
    pub gold: usize,
    pub recalled: usize,
    pub wrong_merges: Vec<String>,
    pub splits: Vec<String>,
    pub top: usize,
    /// Of the `top`, the real names of the right kind (the top-50 precision): each
    /// matches exactly one gold entity of its own kind in most of the scored articles that
    /// name it, and joins two gold entities in none. An article whose gold leaves out one
    /// mention of "United States" in 147 does not make the row a wrong name.
    pub top_right: usize,
    /// Of the `top`, those right in every scored article that names them: the stricter
    /// reading, which a frequent name loses by one unannotated or mis-cut mention anywhere.
    pub top_clean: usize,
    /// Found but in no gold list: `article: name (kind)`.
    pub spurious: Vec<String>,
    /// In a gold list but not found: `article: name (kind)`.
    pub missed: Vec<String>,
    pub wrong_kind: Vec<String>,
    /// The top entities: (name, kind, articles, right (the row), right in every article).
    pub top_list: Vec<(String, String, usize, bool, bool)>,
    /// Of the first 200 entities named in two or more of the scored articles, those wrong in
    /// one of them: `name (kind, in N articles): article: why; ...`. A frequent name that is
    /// wrong once costs a top-50 point, so this lists where the top 50 of another collection
    /// is most at risk.
    pub frequent_wrong: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.recalled, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.right_kind, self.matched)
    }
    pub fn top_precision(&self) -> f64 {
        ratio(self.top_right, self.top)
    }
    pub fn top_clean_precision(&self) -> f64 {
        ratio(self.top_clean, self.top)
    }
}

/// Lower case, letters and digits only.
pub fn key(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn read_gold(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (kind, names) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}: not kind<TAB>names: {l}", path.display()));
            Gold {
                kind: kind.to_string(),
                keys: names.split('|').map(key).collect(),
                name: names.split('|').next().unwrap_or_default().to_string(),
            }
        })
        .collect()
}

fn mention_text<'a>(article: &'a Article, m: &Mention) -> &'a str {
    article
        .block_text(m.block)
        .get(m.start as usize..m.end as usize)
        .unwrap_or_default()
}

/// The gold entities of article `a` that entity `e` matches: its name or a mention's text in
/// that article is one of their names.
fn matches<'g>(corpus: &Corpus, e: &Entity, a: usize, gold: &'g [Gold]) -> Vec<&'g Gold> {
    let Some(set) = e.articles.iter().find(|m| m.article as usize == a) else {
        return Vec::new();
    };
    let article = &corpus.articles[a];
    let mut surfaces: BTreeSet<String> = set
        .mentions
        .iter()
        .map(|m| key(mention_text(article, m)))
        .collect();
    surfaces.insert(key(&e.name));
    gold.iter()
        .filter(|g| g.keys.iter().any(|k| surfaces.contains(k)))
        .collect()
}

fn stem(article: &Article) -> String {
    Path::new(&article.path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

/// Reads `part/articles` as one collection and scores it against `part/gold`.
pub fn score(part: &Path) -> Scores {
    let corpus = corpus::load(&part.join("articles"))
        .expect("articles load")
        .corpus;
    score_corpus(&corpus, &part.join("gold"), "")
}

/// Scores a loaded collection against the gold files in `gold_dir`, counting only the
/// articles whose file name starts with `only` or one of its comma-separated prefixes ("" for
/// all; "trafilatura-,htmldate-" for one batch):
/// the collection is still read whole, so each article is scored as it is found among the
/// others, and the top 50 are the first 50 entities named in those articles.
pub fn score_corpus(corpus: &Corpus, gold_dir: &Path, only: &str) -> Scores {
    let selected: Vec<bool> = corpus
        .articles
        .iter()
        .map(|a| only.split(',').any(|p| stem(a).starts_with(p)))
        .collect();
    let golds: Vec<Vec<Gold>> = corpus
        .articles
        .iter()
        .zip(&selected)
        .map(|(a, &on)| {
            if on {
                read_gold(&gold_dir.join(format!("{}.tsv", stem(a))))
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut s = Scores {
        articles: selected.iter().filter(|&&on| on).count(),
        ..Scores::default()
    };
    // (article, entity) → why it is wrong there (None: matches exactly one gold entity, of
    // its kind).
    let mut wrong: BTreeMap<(usize, usize), Option<String>> = BTreeMap::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        if !selected[a] {
            continue;
        }
        let gold = &golds[a];
        let name = stem(article);
        s.gold += gold.len();
        let mut matched_by: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); gold.len()];
        for (i, e) in corpus.entities.iter().enumerate() {
            if !e.articles.iter().any(|m| m.article as usize == a) {
                continue;
            }
            s.found += 1;
            let hits = matches(corpus, e, a, gold);
            let kind = e.kind.as_str();
            match hits[..] {
                [] => s.spurious.push(format!("{name}: {} ({kind})", e.name)),
                [g, ..] => {
                    s.matched += 1;
                    if g.kind == kind {
                        s.right_kind += 1;
                    } else {
                        s.wrong_kind
                            .push(format!("{name}: {} ({kind}, gold {})", e.name, g.kind));
                    }
                }
            }
            if hits.len() > 1 {
                let names: Vec<&str> = hits.iter().map(|g| g.name.as_str()).collect();
                s.wrong_merges
                    .push(format!("{name}: {} joins {}", e.name, names.join(", ")));
            }
            let why = match hits[..] {
                [] => Some("not in gold".to_string()),
                [g] if g.kind != kind => Some(format!("gold {}", g.kind)),
                [_] => None,
                _ => Some(format!("joins {} gold entities", hits.len())),
            };
            wrong.insert((a, i), why);
            for (gi, g) in gold.iter().enumerate() {
                if hits.iter().any(|h| std::ptr::eq(*h, g)) {
                    matched_by[gi].insert(i);
                }
            }
        }
        for (g, by) in gold.iter().zip(&matched_by) {
            if by.is_empty() {
                s.missed.push(format!("{name}: {} ({})", g.name, g.kind));
            } else {
                s.recalled += 1;
            }
            if by.len() > 1 {
                let names: Vec<&str> = by
                    .iter()
                    .map(|&i| corpus.entities[i].name.as_str())
                    .collect();
                s.splits.push(format!(
                    "{name}: {} split into {}",
                    g.name,
                    names.join(", ")
                ));
            }
        }
    }
    let named = |e: &Entity| e.articles.iter().any(|m| selected[m.article as usize]);
    // Why entity `i` is wrong in each scored article it is found in (empty: right in all).
    let whys = |i: usize, e: &Entity| -> Vec<String> {
        e.articles
            .iter()
            .filter(|m| selected[m.article as usize])
            .filter_map(|m| {
                let a = m.article as usize;
                let why = wrong.get(&(a, i))?.as_ref()?;
                Some(format!("{}: {why}", stem(&corpus.articles[a])))
            })
            .collect()
    };
    for (i, e) in corpus
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| named(e))
        .take(50)
    {
        let scored: Vec<usize> = e
            .articles
            .iter()
            .map(|m| m.article as usize)
            .filter(|&a| selected[a])
            .collect();
        let verdicts: Vec<&Option<String>> =
            scored.iter().filter_map(|&a| wrong.get(&(a, i))).collect();
        let right_in = verdicts.iter().filter(|why| why.is_none()).count();
        let joins = verdicts
            .iter()
            .any(|why| why.as_deref().is_some_and(|w| w.starts_with("joins")));
        let row = !joins && 2 * right_in > scored.len();
        let clean = right_in == scored.len();
        s.top += 1;
        s.top_right += usize::from(row);
        s.top_clean += usize::from(clean);
        s.top_list.push((
            e.name.clone(),
            e.kind.as_str().to_string(),
            e.articles.len(),
            row,
            clean,
        ));
    }
    let scored_in = |e: &Entity| {
        e.articles
            .iter()
            .filter(|m| selected[m.article as usize])
            .count()
    };
    for (i, e) in corpus
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| scored_in(e) >= 2)
        .take(200)
    {
        let why = whys(i, e);
        if !why.is_empty() {
            s.frequent_wrong.push(format!(
                "{} ({}, in {} articles): {}",
                e.name,
                e.kind.as_str(),
                scored_in(e),
                why.join("; ")
            ));
        }
    }
    s
}
