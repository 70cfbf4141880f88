//! Which entities are named together, and which articles are related to each other.
//!
//! * [`pair_counts`]: for every two entities named in the same article, in how many articles.
//! * [`mentioned_with`]: for each entity, the entities named with it more often than chance,
//!   ranked by Dunning's log-likelihood ratio (G²) of the 2×2 table of articles, with the
//!   number of shared articles and which ones.
//! * [`related_articles`]: for each article, the articles that share the most with it:
//!   entities, quotations and rare words, each weighted by how rare it is in the collection.
//!
//! Everything is linear in the collection: pairs are formed only inside an article (among at
//! most [`MAX_ENTITIES_PER_ARTICLE`] of its entities), counted one entity at a time (so the
//! pairs of the whole collection are never held in memory at once), and related articles are
//! found through
//! inverted lists of features held by at most [`MAX_POSTINGS`] articles. No two articles are
//! ever compared unless they share a feature. `docs/quotes.md` explains the choices.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::article::{BlockKind, Corpus};

/// Entities per article that take part in pairs: the most-mentioned ones in that article.
pub const MAX_ENTITIES_PER_ARTICLE: usize = 50;
/// Entities kept in each entity's "mentioned with" list.
pub const TOP_MENTIONED_WITH: usize = 20;
/// Shared articles listed for one pair (the count is always exact).
pub const MAX_LISTED_ARTICLES: usize = 50;
/// Articles kept in each article's "related articles" list.
pub const TOP_RELATED: usize = 10;
/// A feature (entity, quotation, word) held by more articles than this says too little to
/// relate two of them, and is not followed.
pub const MAX_POSTINGS: usize = 200;
/// Rare words per article used to relate it (the rarest ones found in at least two articles).
pub const RARE_WORDS_PER_ARTICLE: usize = 20;

/// Two entities and the number of articles that name both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairCount {
    /// Indexes into [`Corpus::entities`], `a < b`.
    pub a: u32,
    /// The other entity.
    pub b: u32,
    /// How many articles name both.
    pub articles: u32,
}

/// An entity named together with another one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionedWith {
    /// Index into [`Corpus::entities`].
    pub entity: u32,
    /// Articles naming both.
    pub shared: u32,
    /// The first [`MAX_LISTED_ARTICLES`] of them (indexes into [`Corpus::articles`]).
    pub articles: Vec<u32>,
    /// How many times more often than chance they are named together:
    /// `shared × N / (articles of one × articles of the other)`.
    pub lift: f32,
    /// Dunning's log-likelihood ratio G² of the association: how surprising `shared` is if
    /// the two were named independently. The ranking key.
    pub score: f32,
}

/// An article related to another one, with what they share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Related {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// Sum of the weights of what they share (see `docs/quotes.md`).
    pub score: f32,
    /// Shared entities (indexes into [`Corpus::entities`]).
    pub entities: Vec<u32>,
    /// Shared quotations (indexes into [`Corpus::quotes`]).
    pub quotes: Vec<u32>,
    /// Shared rare words, lowercase, in alphabetical order.
    pub words: Vec<String>,
}

/// The entities of each article, at most [`MAX_ENTITIES_PER_ARTICLE`], sorted by index.
fn entities_per_article(corpus: &Corpus) -> Vec<Vec<u32>> {
    let mut per: Vec<Vec<(u32, usize)>> = vec![Vec::new(); corpus.articles.len()];
    for (e, entity) in corpus.entities.iter().enumerate() {
        for set in &entity.articles {
            if let Some(list) = per.get_mut(set.article as usize) {
                list.push((e as u32, set.mentions.len()));
            }
        }
    }
    per.into_iter()
        .map(|mut list| {
            if list.len() > MAX_ENTITIES_PER_ARTICLE {
                list.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                list.truncate(MAX_ENTITIES_PER_ARTICLE);
            }
            let mut ids: Vec<u32> = list.into_iter().map(|(e, _)| e).collect();
            ids.sort_unstable();
            ids
        })
        .collect()
}

/// For each entity, the articles whose kept entities ([`entities_per_article`]) include it,
/// in order.
fn articles_per_entity(per_article: &[Vec<u32>], entities: usize) -> Vec<Vec<u32>> {
    let mut lists = vec![Vec::new(); entities];
    for (art, ids) in per_article.iter().enumerate() {
        for &e in ids {
            if let Some(list) = lists.get_mut(e as usize) {
                list.push(art as u32);
            }
        }
    }
    lists
}

/// Counts, for one entity at a time, the articles it shares with each other entity: one
/// counter per entity and the list of those touched, reset after each use. Memory is one
/// number per entity, whatever the number of pairs; the work for an entity is the size of
/// the entity lists of its articles.
struct CoCounter<'c> {
    per_article: &'c [Vec<u32>],
    per_entity: &'c [Vec<u32>],
    count: Vec<u32>,
    touched: Vec<u32>,
}

impl<'c> CoCounter<'c> {
    fn new(per_article: &'c [Vec<u32>], per_entity: &'c [Vec<u32>]) -> Self {
        CoCounter {
            per_article,
            per_entity,
            count: vec![0; per_entity.len()],
            touched: Vec::new(),
        }
    }

    /// `(b, articles naming a and b)` for every entity `b` that `keep` accepts, by `b`.
    fn count(&mut self, a: u32, keep: impl Fn(u32) -> bool) -> Vec<(u32, u32)> {
        for &art in &self.per_entity[a as usize] {
            for &b in &self.per_article[art as usize] {
                if b == a || !keep(b) {
                    continue;
                }
                let slot = &mut self.count[b as usize];
                if *slot == 0 {
                    self.touched.push(b);
                }
                *slot += 1;
            }
        }
        self.touched.sort_unstable();
        let out = self
            .touched
            .iter()
            .map(|&b| (b, std::mem::take(&mut self.count[b as usize])))
            .collect();
        self.touched.clear();
        out
    }

    /// The first `max` articles naming both `a` and `b`.
    fn shared_articles(&self, a: u32, b: u32, max: usize) -> Vec<u32> {
        let (xs, ys) = (&self.per_entity[a as usize], &self.per_entity[b as usize]);
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        while i < xs.len() && j < ys.len() && out.len() < max {
            match xs[i].cmp(&ys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    out.push(xs[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        out
    }
}

/// For every two entities named in the same article, the number of such articles, by `a`
/// then `b`. Pairs are formed among at most [`MAX_ENTITIES_PER_ARTICLE`] entities of each
/// article.
pub fn pair_counts(corpus: &Corpus) -> Vec<PairCount> {
    let per_article = entities_per_article(corpus);
    let per_entity = articles_per_entity(&per_article, corpus.entities.len());
    let mut counter = CoCounter::new(&per_article, &per_entity);
    let mut out = Vec::new();
    for a in 0..corpus.entities.len() as u32 {
        for (b, articles) in counter.count(a, |b| b > a) {
            out.push(PairCount { a, b, articles });
        }
    }
    out
}

/// `k · ln(k · n / (row · col))`, 0 for an empty cell.
fn cell(k: f64, n: f64, row: f64, col: f64) -> f64 {
    if k > 0.0 {
        k * (k * n / (row * col)).ln()
    } else {
        0.0
    }
}

/// Dunning's G² for `both` articles naming both of two entities named in `a` and `b`
/// articles out of `n`.
pub fn log_likelihood(both: u32, a: u32, b: u32, n: u32) -> f64 {
    let (k11, n, a, b) = (f64::from(both), f64::from(n), f64::from(a), f64::from(b));
    let k12 = a - k11;
    let k21 = b - k11;
    let k22 = n - a - b + k11;
    let g = 2.0
        * (cell(k11, n, a, b)
            + cell(k12, n, a, n - b)
            + cell(k21, n, n - a, b)
            + cell(k22, n, n - a, n - b));
    g.max(0.0)
}

/// For each entity (in [`Corpus::entities`] order), the entities named with it at least as
/// often as chance predicts, best first: by G², then by shared articles, then by index. At
/// most [`TOP_MENTIONED_WITH`] each.
pub fn mentioned_with(corpus: &Corpus) -> Vec<Vec<MentionedWith>> {
    let n = corpus.articles.len() as u32;
    let df: Vec<u32> = corpus
        .entities
        .iter()
        .map(|e| e.articles.len() as u32)
        .collect();
    let per_article = entities_per_article(corpus);
    let per_entity = articles_per_entity(&per_article, corpus.entities.len());
    let mut counter = CoCounter::new(&per_article, &per_entity);
    // One entity at a time, all its partners counted and only the best kept: the pairs of
    // the whole collection are never held at once.
    (0..corpus.entities.len() as u32)
        .map(|a| {
            let da = df[a as usize];
            let mut list: Vec<MentionedWith> = counter
                .count(a, |_| true)
                .into_iter()
                .filter_map(|(b, shared)| {
                    let db = df[b as usize];
                    // Observed at least as often as expected: shared / n >= (da / n) (db / n).
                    if u64::from(shared) * u64::from(n) < u64::from(da) * u64::from(db) {
                        return None;
                    }
                    let (x, y) = (a.min(b), a.max(b));
                    let (dx, dy) = (df[x as usize], df[y as usize]);
                    Some(MentionedWith {
                        entity: b,
                        shared,
                        articles: Vec::new(),
                        lift: (f64::from(shared) * f64::from(n) / (f64::from(dx) * f64::from(dy)))
                            as f32,
                        score: log_likelihood(shared, dx, dy, n) as f32,
                    })
                })
                .collect();
            list.sort_by(|x, y| {
                y.score
                    .total_cmp(&x.score)
                    .then(y.shared.cmp(&x.shared))
                    .then(x.entity.cmp(&y.entity))
            });
            list.truncate(TOP_MENTIONED_WITH);
            for w in &mut list {
                w.articles = counter.shared_articles(a, w.entity, MAX_LISTED_ARTICLES);
            }
            list
        })
        .collect()
}

/// Lowercase words of four letters or more that are not capitalised in the text (names are
/// counted as entities), each once per article, sorted.
fn article_words(corpus: &Corpus, vocab: &mut HashMap<String, u32>) -> Vec<Vec<u32>> {
    corpus
        .articles
        .iter()
        .map(|a| {
            let mut ids: Vec<u32> = a
                .blocks
                .iter()
                .filter(|b| b.kind != BlockKind::Aside)
                .flat_map(|b| crate::quotes::plain_words(&b.text))
                .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_lowercase))
                .map(|w| {
                    let next = vocab.len() as u32;
                    *vocab.entry(w.to_string()).or_insert(next)
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect()
}

/// Inverted lists: for each feature id, the articles holding it.
fn postings(per_article: &[Vec<u32>], features: usize) -> Vec<Vec<u32>> {
    let mut lists = vec![Vec::new(); features];
    for (a, ids) in per_article.iter().enumerate() {
        for &f in ids {
            lists[f as usize].push(a as u32);
        }
    }
    lists
}

fn idf(n: usize, df: usize) -> f32 {
    (n as f32 / df.max(1) as f32).ln()
}

/// Weight of a shared quotation relative to a shared entity of the same rarity.
const QUOTE_WEIGHT: f32 = 2.0;
/// Weight of a shared rare word relative to a shared entity of the same rarity.
const WORD_WEIGHT: f32 = 0.5;

/// For each article, the articles that share the most with it, best first, at most
/// [`TOP_RELATED`]: the score adds, for each shared entity, quotation and rare word, the
/// log of how rare it is (`ln(N / articles holding it)`), quotations counting double and
/// words half. Features held by more than [`MAX_POSTINGS`] articles are not followed.
pub fn related_articles(corpus: &Corpus) -> Vec<Vec<Related>> {
    let n = corpus.articles.len();
    let entities = entities_per_article(corpus);
    let mut quotes: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (q, quote) in corpus.quotes.iter().enumerate() {
        for a in quote.articles() {
            if let Some(list) = quotes.get_mut(a as usize) {
                list.push(q as u32);
            }
        }
    }
    let mut vocab = HashMap::new();
    let words = article_words(corpus, &mut vocab);
    let mut names = vec![String::new(); vocab.len()];
    for (w, id) in vocab {
        names[id as usize] = w;
    }
    let entity_lists = postings(&entities, corpus.entities.len());
    let quote_lists = postings(&quotes, corpus.quotes.len());
    let word_lists = postings(&words, names.len());
    let useful = |list: &Vec<u32>| list.len() >= 2 && list.len() <= MAX_POSTINGS && list.len() < n;
    // Each article's rarest words, among those in at least two articles.
    let rare: Vec<Vec<u32>> = words
        .iter()
        .map(|ids| {
            let mut kept: Vec<u32> = ids
                .iter()
                .copied()
                .filter(|&w| useful(&word_lists[w as usize]))
                .collect();
            kept.sort_by_key(|&w| (word_lists[w as usize].len(), w));
            kept.truncate(RARE_WORDS_PER_ARTICLE);
            kept.sort_unstable();
            kept
        })
        .collect();
    let mut score = vec![0f32; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut out = Vec::with_capacity(n);
    for a in 0..n {
        let features = [
            (&entities[a], &entity_lists, 1.0),
            (&quotes[a], &quote_lists, QUOTE_WEIGHT),
            (&rare[a], &word_lists, WORD_WEIGHT),
        ];
        for (ids, lists, weight) in features {
            for &f in ids {
                let list = &lists[f as usize];
                if !useful(list) {
                    continue;
                }
                let w = weight * idf(n, list.len());
                for &other in list {
                    if other as usize == a {
                        continue;
                    }
                    if score[other as usize] == 0.0 {
                        touched.push(other);
                    }
                    score[other as usize] += w;
                }
            }
        }
        touched.sort_by(|&x, &y| {
            score[y as usize]
                .total_cmp(&score[x as usize])
                .then(x.cmp(&y))
        });
        let best: Vec<Related> = touched
            .iter()
            .take(TOP_RELATED)
            .map(|&b| {
                let b = b as usize;
                let mut words: Vec<String> = shared(&rare[a], &words[b], &word_lists, useful)
                    .into_iter()
                    .map(|w| names[w as usize].clone())
                    .collect();
                words.sort_unstable();
                Related {
                    article: b as u32,
                    score: score[b],
                    entities: shared(&entities[a], &entities[b], &entity_lists, useful),
                    quotes: shared(&quotes[a], &quotes[b], &quote_lists, useful),
                    words,
                }
            })
            .collect();
        for &t in &touched {
            score[t as usize] = 0.0;
        }
        touched.clear();
        out.push(best);
    }
    out
}

/// Features in both sorted lists that count for relating articles.
fn shared(
    mine: &[u32],
    theirs: &[u32],
    lists: &[Vec<u32>],
    useful: impl Fn(&Vec<u32>) -> bool,
) -> Vec<u32> {
    mine.iter()
        .copied()
        .filter(|f| theirs.binary_search(f).is_ok() && useful(&lists[*f as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_is_zero_at_independence_and_grows_with_evidence() {
        // Each in half of 100 articles, together in 25: exactly what chance predicts.
        assert!(log_likelihood(25, 50, 50, 100) < 1e-9);
        let once = log_likelihood(1, 1, 1, 100);
        let five = log_likelihood(5, 5, 5, 100);
        assert!(once > 0.0 && five > once, "{once} {five}");
        // Named together always, but both everywhere: no evidence at all.
        assert!(log_likelihood(10, 10, 10, 10) < 1e-9);
    }
}
