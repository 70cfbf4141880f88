//! What the quick search shows for a query, worked out from the files loaded so far: the
//! summary line and the first cards, each piece of text with its highlighted ranges. No DOM
//! here (see `dom.rs`), so it is tested natively.

use std::collections::HashMap;

use corpus::bundle::format::CHIPS;
use corpus::bundle::{ArticleFile, BootHead, EntityRef, FileKey};
use corpus::search::{text_form, Group, How, Ranked, Ranking, ShardedIndex};
use corpus::url::encode;
use corpus::{Article, Span};

/// Cards the quick search shows: the app's first screen.
pub const CARDS: usize = 8;

/// The files of one collection that the quick search has: the boot file's head, the search
/// index and the articles of the hits it showed.
pub struct Files {
    boot: BootHead,
    search: Option<ShardedIndex>,
    articles: HashMap<u32, ArticleFile>,
}

/// Text with ranges to highlight (byte offsets into `text`, on character boundaries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub text: String,
    pub marks: Vec<Span>,
}

/// An entity chip, as the app's card shows it: the entity's name, its kind (the chip's class)
/// and where its link leads, the entity's page when it has one (then also the `›` beside
/// it), else the list filtered by it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub name: String,
    pub kind: &'static str,
    pub href: String,
    pub page: bool,
}

/// One result card, as the app's card shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    /// The article's id.
    pub id: String,
    /// Its link, the reader on the query (`article/<id>/?q=…`), as the app writes it.
    pub href: String,
    pub title: Marked,
    /// Source, date, author when known, then the reading time: `(class, text)`.
    pub byline: Vec<(&'static str, String)>,
    /// The best passage, with "…" before and after where it is cut; the lede when none.
    pub snippet: Marked,
    /// "Matched: …" when some word matched otherwise than as itself.
    pub matched: Option<String>,
    /// The entities the article names most.
    pub chips: Vec<Chip>,
}

/// What the page shows for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub summary: String,
    /// The app's "Order:" links, `(label, href)`, the current order first; none when no
    /// article has a date or no card is shown.
    pub order: Vec<(&'static str, String)>,
    pub cards: Vec<CardView>,
}

/// Why a file could not be read.
pub type Error = String;

impl Files {
    /// The collection of a boot file, with the files it carries inline.
    pub fn new(boot: &[u8]) -> Result<Files, Error> {
        let mut boot = BootHead::from_bytes(boot).map_err(|e| e.to_string())?;
        let inline = boot.take_inline();
        let mut files = Files {
            boot,
            search: None,
            articles: HashMap::new(),
        };
        for (key, bytes) in inline {
            files.insert(key, &bytes)?;
        }
        Ok(files)
    }

    /// Reads a file the quick search asked for, by its path relative to the data folder.
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let key = self
            .key_of(path)
            .ok_or_else(|| format!("{path} is not a file of this search"))?;
        self.insert(key, bytes)
    }

    /// The key of a search file or article file by its path.
    fn key_of(&self, path: &str) -> Option<FileKey> {
        let wanted = |key: FileKey| self.boot.path(key).is_some_and(|p| p == path);
        if wanted(FileKey::SearchRoot) {
            return Some(FileKey::SearchRoot);
        }
        let number = path
            .rsplit('/')
            .next()?
            .strip_suffix(".bin")?
            .parse()
            .ok()?;
        [FileKey::Shard(number), FileKey::Article(number)]
            .into_iter()
            .find(|&key| wanted(key))
    }

    fn insert(&mut self, key: FileKey, bytes: &[u8]) -> Result<(), Error> {
        let corrupt = |what: &str| format!("the {what} file is damaged");
        match key {
            FileKey::SearchRoot => {
                self.search =
                    Some(ShardedIndex::from_root(bytes).map_err(|_| corrupt("search root"))?);
            }
            FileKey::Shard(n) => self
                .search
                .as_mut()
                .ok_or("a search shard came before the search root")?
                .add_shard(n, bytes)
                .map_err(|_| corrupt("search shard"))?,
            FileKey::Article(n) => {
                let file = ArticleFile::from_bytes(bytes).map_err(|e| e.to_string())?;
                if file.n != n {
                    return Err(corrupt("article"));
                }
                self.articles.insert(n, file);
            }
            // What else a small collection's boot file carries is the app's.
            _ => {}
        }
        Ok(())
    }

    /// The answer to `query`, or the paths of the files it needs first.
    pub fn answer(&self, query: &str) -> Result<Answer, Vec<String>> {
        let paths = |keys: Vec<FileKey>| keys.into_iter().filter_map(|k| self.boot.path(k));
        let search = self
            .search
            .as_ref()
            .ok_or_else(|| paths(vec![FileKey::SearchRoot]).collect::<Vec<_>>())?;
        let ranking = search.rank(query).map_err(|missing| {
            paths(missing.0.into_iter().map(FileKey::Shard).collect()).collect::<Vec<_>>()
        })?;
        let shown = shown(&ranking);
        let missing: Vec<String> = paths(
            shown
                .iter()
                .take(CARDS)
                .map(|hit| FileKey::Article(hit.article))
                .filter(|key| matches!(key, FileKey::Article(n) if !self.articles.contains_key(n)))
                .collect(),
        )
        .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let q = ["?q=", &encode(query)].concat();
        let cards = shown
            .iter()
            .take(CARDS)
            .filter_map(|hit| {
                let file = self.articles.get(&hit.article)?;
                let chips = file.entities.iter().take(CHIPS);
                Some(card(
                    &file.article,
                    hit,
                    &ranking,
                    ["article/", &encode(&file.article.id), "/", &q].concat(),
                    chips.map(|named| self.chip(&named.entity)).collect(),
                ))
            })
            .collect::<Vec<_>>();
        let order = if self.boot.has_dates() && !cards.is_empty() {
            vec![
                ("Best match", q.clone()),
                ("Newest first", [&q, "&sort=newest"].concat()),
                ("Oldest first", [&q, "&sort=oldest"].concat()),
            ]
        } else {
            Vec::new()
        };
        Ok(Answer {
            summary: summary(&ranking, shown.len(), self.boot.articles, query),
            order,
            cards,
        })
    }

    /// The chip of an entity, its link as the app writes it.
    fn chip(&self, entity: &EntityRef) -> Chip {
        let mut entity = entity.clone();
        entity.fill_slug();
        let page = self.boot.has_page(entity.id);
        let slug = encode(&entity.slug);
        Chip {
            href: if page {
                ["entity/", &slug, "/"].concat()
            } else {
                ["?e=", &slug].concat()
            },
            name: entity.name,
            kind: entity.kind.as_str(),
            page,
        }
    }
}

/// The hits the list shows: the strong ones, else the weak ones, else the partial ones.
fn shown(ranking: &Ranking) -> &[Ranked] {
    let (strong, weak) = (ranking.strong, ranking.weak);
    let hits = &ranking.hits;
    if strong > 0 {
        hits.get(..strong).unwrap_or(hits)
    } else if weak > 0 {
        hits.get(..weak).unwrap_or(hits)
    } else {
        hits
    }
}

fn articles(n: usize) -> String {
    format!("{n} {}", if n == 1 { "article" } else { "articles" })
}

/// The summary line, in the app's words for the common cases.
fn summary(ranking: &Ranking, shown: usize, total: u32, query: &str) -> String {
    let query = query.trim();
    let partial = ranking
        .hits
        .first()
        .is_some_and(|h| h.group == Group::Partial);
    if partial {
        let verb = if shown == 1 {
            "article matches"
        } else {
            "articles match"
        };
        return format!("No article matches all of “{query}”; {shown} {verb} some of it");
    }
    if ranking.keep_typing && shown == 0 {
        return "Keep typing: one letter is too short to search".to_string();
    }
    let verb = if shown == 1 { "matches" } else { "match" };
    format!("{shown} of {} {verb} “{query}”", articles(total as usize))
}

/// A card for a hit: highlighted title, byline, the best passage, how it matched, with its
/// link and chips.
fn card(
    article: &Article,
    hit: &Ranked,
    ranking: &Ranking,
    href: String,
    chips: Vec<Chip>,
) -> CardView {
    let h = &ranking.highlighter;
    let mut byline = Vec::new();
    if let Some(source) = &article.source {
        byline.push(("source", source.clone()));
    }
    if let Some(date) = &article.date {
        byline.push(("date", date.clone()));
    }
    if let Some(author) = &article.author {
        byline.push(("author", format!("By {author}")));
    }
    byline.push((
        "reading",
        format!("{} min read", article.reading_minutes.max(1)),
    ));
    CardView {
        id: article.id.clone(),
        href,
        title: Marked {
            text: article.title.clone(),
            marks: h.spans(&article.title),
        },
        byline,
        snippet: snippet(article, h.snippets(article).first()),
        matched: matched_line(article, hit),
        chips,
    }
}

/// The passage of a snippet with its matches, "…" where it is cut; the lede without one.
fn snippet(article: &Article, best: Option<&corpus::search::Snippet>) -> Marked {
    let passage = best.and_then(|s| {
        let text = &article.blocks.get(usize::try_from(s.block).ok()?)?.text;
        let window = s.window;
        let inside = window.slice(text)?;
        let before = if window.start > 0 { "…" } else { "" };
        let after = if (window.end as usize) < text.len() {
            "…"
        } else {
            ""
        };
        let shift = before.len() as u32;
        let marks = s
            .matches
            .iter()
            .filter(|m| m.start >= window.start && m.end <= window.end)
            .map(|m| Span {
                start: m.start - window.start + shift,
                end: m.end - window.start + shift,
            })
            .collect();
        Some(Marked {
            text: format!("{before}{inside}{after}"),
            marks,
        })
    });
    passage.unwrap_or_else(|| Marked {
        text: article.lede().unwrap_or_default().to_string(),
        marks: Vec::new(),
    })
}

/// `Matched: bombs for “bombing” (same stem)`, as the app words it.
fn matched_line(article: &Article, hit: &Ranked) -> Option<String> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut pieces: Vec<String> = Vec::new();
    for m in &hit.matches {
        let kind = match m.how {
            How::Exact => continue,
            How::Stem => "same stem",
            How::Prefix => "word start",
            How::Typo => "close spelling",
            How::Entity => "name",
        };
        if seen.contains(&(m.word.as_str(), m.found.as_str())) {
            continue;
        }
        seen.push((&m.word, &m.found));
        let found = match m.how {
            How::Entity => m.found.as_str(),
            _ => text_form(article, &m.found).unwrap_or(&m.found),
        };
        pieces.push(format!("{found} for “{}” ({kind})", m.word));
    }
    (!pieces.is_empty()).then(|| format!("Matched: {}", pieces.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::bundle::write::{write, Bundle, Inline, Options};
    use corpus::{Block, Corpus, Entity, EntityKind, Mention, MentionSet};

    fn bundle(inline_limit: usize, inline: Inline) -> Bundle {
        let articles = vec![
            Article::new(
                "harbour-strike",
                "Dock workers strike at the harbour",
                vec![
                    Block::paragraph("Workers at the harbour stopped work on Monday."),
                    Block::paragraph("The strike closed three berths, a spokeswoman said."),
                ],
            ),
            Article::new(
                "grain-prices",
                "Grain prices climb",
                vec![Block::paragraph(
                    "Farmers sold wheat at higher prices after the strikes ended.",
                )],
            ),
            Article::new(
                "weather",
                "Rain expected",
                vec![Block::paragraph("Rain is expected all week.")],
            ),
        ];
        let corpus = Corpus {
            articles,
            entities: Vec::new(),
            quotes: Vec::new(),
        };
        write(
            corpus,
            &Options {
                inline_limit,
                inline,
                cards: 1,
                ..Options::default()
            },
        )
    }

    fn files_of(bundle: &Bundle) -> Files {
        Files::new(bundle.file(&bundle.boot_path).unwrap()).unwrap()
    }

    /// Asks until the answer comes, feeding the files asked for; the answer and the paths.
    fn ask(bundle: &Bundle, files: &mut Files, query: &str) -> (Answer, Vec<String>) {
        let mut fetched = Vec::new();
        for _ in 0..5 {
            match files.answer(query) {
                Ok(answer) => return (answer, fetched),
                Err(paths) => {
                    assert!(!paths.is_empty());
                    for path in paths {
                        files.add(&path, bundle.file(&path).unwrap()).unwrap();
                        fetched.push(path);
                    }
                }
            }
        }
        panic!("no answer for {query}");
    }

    #[test]
    fn asks_for_the_search_files_then_the_hits_articles_and_marks_the_matches() {
        let bundle = bundle(0, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        let (answer, fetched) = ask(&bundle, &mut files, "harbour");
        assert_eq!(fetched.first(), Some(&bundle.boot.files.search_root));
        assert!(
            fetched.iter().any(|p| p.ends_with("article/0.bin")),
            "{fetched:?}"
        );
        assert_eq!(answer.summary, "1 of 3 articles matches “harbour”");
        let card = &answer.cards[0];
        assert_eq!(card.id, "harbour-strike");
        let marked: Vec<&str> = card
            .title
            .marks
            .iter()
            .map(|m| m.slice(&card.title.text).unwrap())
            .collect();
        assert_eq!(marked, ["harbour"]);
        let snippet: Vec<&str> = card
            .snippet
            .marks
            .iter()
            .map(|m| m.slice(&card.snippet.text).unwrap())
            .collect();
        assert_eq!(snippet, ["harbour"]);
        assert_eq!(card.byline, [("reading", "1 min read".to_string())]);
        assert_eq!(card.matched, None);
        // Everything is loaded now: the same query needs nothing more.
        assert_eq!(ask(&bundle, &mut files, "harbour").1, Vec::<String>::new());
    }

    #[test]
    fn says_how_a_word_matched_otherwise_than_as_itself() {
        let bundle = bundle(usize::MAX, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        // The boot file carries the search root: the shards the query reads are fetched, then
        // the hits' articles.
        let (answer, fetched) = ask(&bundle, &mut files, "strikes");
        let article = |n: u32| format!("c-{}/article/{n}.bin", bundle.boot.collection);
        let (articles, shards): (Vec<&String>, Vec<&String>) =
            fetched.iter().partition(|p| p.contains("/article/"));
        assert_eq!(articles, [&article(0), &article(1)]);
        let shard_folder = &bundle.boot.files.shard_folder;
        assert!(
            !shards.is_empty() && shards.iter().all(|p| p.starts_with(shard_folder.as_str())),
            "{fetched:?}"
        );
        assert_eq!(answer.summary, "2 of 3 articles match “strikes”");
        let lines: Vec<Option<&str>> = answer.cards.iter().map(|c| c.matched.as_deref()).collect();
        assert!(
            lines.contains(&Some("Matched: strike for “strikes” (same stem)")),
            "{lines:?}"
        );
    }

    #[test]
    fn cards_have_the_apps_links_and_chips_and_a_dated_collection_the_order_line() {
        let text = "Maria Lopez said the harbour & its berths closed. Jon Berg agreed.";
        let at = |name: &str| {
            let start = text.find(name).unwrap() as u32;
            Mention {
                block: 0,
                start,
                end: start + name.len() as u32,
            }
        };
        let mut dated = Article::new("harbour/1", "Harbour closed", vec![Block::paragraph(text)]);
        dated.date = Some("2024-03-01".to_string());
        let other = Article::new(
            "other",
            "Maria Lopez visits",
            vec![Block::paragraph("Maria Lopez came back.")],
        );
        let person = |name: &str, articles: Vec<MentionSet>| Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            articles,
        };
        let corpus = Corpus {
            entities: vec![
                person(
                    "Maria Lopez",
                    vec![
                        MentionSet {
                            article: 0,
                            mentions: vec![at("Maria Lopez")],
                        },
                        MentionSet {
                            article: 1,
                            mentions: vec![Mention {
                                block: 0,
                                start: 0,
                                end: 11,
                            }],
                        },
                    ],
                ),
                person(
                    "Jon Berg",
                    vec![MentionSet {
                        article: 0,
                        mentions: vec![at("Jon Berg")],
                    }],
                ),
            ],
            articles: vec![dated, other],
            quotes: Vec::new(),
        };
        // Entities named in two articles get a page: Maria Lopez has one, Jon Berg not.
        let options = Options {
            inline_limit: usize::MAX,
            page_min_articles: 2,
            ..Options::default()
        };
        let bundle = write(corpus, &options);
        let mut files = files_of(&bundle);
        let (answer, _) = ask(&bundle, &mut files, "berths &");
        let card = &answer.cards[0];
        assert_eq!(card.href, "article/harbour%2F1/?q=berths%20%26");
        let chips: Vec<(&str, &str, &str, bool)> = card
            .chips
            .iter()
            .map(|c| (c.name.as_str(), c.kind, c.href.as_str(), c.page))
            .collect();
        assert_eq!(
            chips,
            [
                ("Maria Lopez", "person", "entity/maria-lopez/", true),
                ("Jon Berg", "person", "?e=jon-berg", false),
            ]
        );
        assert_eq!(
            answer.order,
            [
                ("Best match", "?q=berths%20%26".to_string()),
                ("Newest first", "?q=berths%20%26&sort=newest".to_string()),
                ("Oldest first", "?q=berths%20%26&sort=oldest".to_string()),
            ]
        );
        // Without a card, no order line; without dates, none either.
        assert_eq!(ask(&bundle, &mut files, "volcano").0.order, []);
        let undated = self::bundle(usize::MAX, Inline::All);
        let mut files = files_of(&undated);
        assert_eq!(ask(&undated, &mut files, "harbour").0.order, []);
    }

    #[test]
    fn a_query_without_hits_and_a_damaged_file_are_told() {
        let bundle = bundle(usize::MAX, Inline::All);
        let mut files = files_of(&bundle);
        let (answer, fetched) = ask(&bundle, &mut files, "volcano");
        assert!(fetched.is_empty(), "everything is inline: {fetched:?}");
        assert!(answer.cards.is_empty());
        assert_eq!(answer.summary, "0 of 3 articles match “volcano”");
        assert!(Files::new(b"not a boot file").is_err());
        let bundle = self::bundle(0, Inline::SearchRoot);
        let mut split = files_of(&bundle);
        let root = bundle.boot.files.search_root.clone();
        assert!(split.add(&root, b"damaged").is_err());
        assert!(split.add("elsewhere/1.bin", b"x").is_err());
        let shard = format!("{}/0.bin", bundle.boot.files.shard_folder);
        assert!(split.add(&shard, b"x").is_err(), "a shard before the root");
        let article = |n: u32| format!("c-{}/article/{n}.bin", bundle.boot.collection);
        let other = bundle.file(&article(1)).unwrap();
        assert!(
            split.add(&article(0), other).is_err(),
            "another article's file"
        );
    }
}
