//! Another extractor's entities in a form the scorer (`score.rs` beside this file) takes: a
//! predictions file, one mention a line, read into a [`Corpus`] made of the articles as our
//! reader gives them. Shared by `examples/entity_quality.rs` (`--predictions`) and
//! `tests/integration/entities_predictions.rs`.
//!
//! A line: `name<TAB>kind<TAB>article path<TAB>block<TAB>start<TAB>end<TAB>text`. The path is
//! the article's path in its folder as the reader gives it; the block is `title` or an index
//! into the article's blocks; `start..end` is a byte range in that text, and the text what is
//! there (checked). The lines with one name and kind are one entity, unless an eighth field
//! tells entities of one name and kind apart (any text; our own entities written back give
//! their rank there, since the extractor can find two entities of one name and kind).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use corpus::{Article, Corpus, Entity, EntityKind, Mention, MentionSet};

/// The articles under `dir`, read as `corpus::load` reads them, with the entities of the
/// predictions file `file` instead of ours.
pub fn read(dir: &Path, file: &Path) -> Result<Corpus, String> {
    let articles = corpus::read::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .articles;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    parse(articles, &text, &file.display().to_string())
}

/// `articles` with the entities of the predictions `text` (`origin` names it in errors), in
/// the sidebar's order: most articles, then most mentions, then name and kind, as the
/// extractor sorts its own.
pub fn parse(articles: Vec<Article>, text: &str, origin: &str) -> Result<Corpus, String> {
    let by_path: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.path.as_str(), i))
        .collect();
    type Key<'t> = (&'t str, EntityKind, &'t str);
    let mut found: BTreeMap<Key, BTreeMap<usize, Vec<Mention>>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let at = || format!("{origin}:{}", n + 1);
        let (name, kind, path, block, start, end, surface, apart) =
            match line.split('\t').collect::<Vec<_>>()[..] {
                [name, kind, path, block, start, end, surface] => {
                    (name, kind, path, block, start, end, surface, "")
                }
                [name, kind, path, block, start, end, surface, apart] => {
                    (name, kind, path, block, start, end, surface, apart)
                }
                _ => return Err(format!("{}: not seven or eight tab-separated fields", at())),
            };
        let kind = EntityKind::ALL
            .into_iter()
            .find(|k| k.as_str() == kind)
            .ok_or_else(|| format!("{}: unknown kind {kind:?}", at()))?;
        let &a = by_path
            .get(path)
            .ok_or_else(|| format!("{}: no article {path:?}", at()))?;
        let article = &articles[a];
        let (block, block_text) = if block == "title" {
            (Mention::TITLE, article.title.as_str())
        } else {
            let i: u32 = block
                .parse()
                .map_err(|_| format!("{}: block {block:?} is not a number", at()))?;
            let b = article
                .blocks
                .get(i as usize)
                .ok_or_else(|| format!("{}: {path} has no block {i}", at()))?;
            (i, b.text.as_str())
        };
        let (Ok(start), Ok(end)) = (start.parse::<u32>(), end.parse::<u32>()) else {
            return Err(format!("{}: start and end are not numbers", at()));
        };
        if block_text.get(start as usize..end as usize) != Some(surface) {
            return Err(format!(
                "{}: {path} does not have {surface:?} at {start}..{end}",
                at()
            ));
        }
        found
            .entry((name, kind, apart))
            .or_default()
            .entry(a)
            .or_default()
            .push(Mention { block, start, end });
    }
    let mut entities: Vec<Entity> = found
        .into_iter()
        .map(|((name, kind, _), by_article)| Entity {
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            articles: by_article
                .into_iter()
                .map(|(a, mentions)| MentionSet {
                    article: a as u32,
                    mentions,
                })
                .collect(),
        })
        .collect();
    corpus::entities::sort_by_rank(&mut entities);
    Ok(Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    })
}
