//! What the quick search shows for a query, worked out from the files loaded so far: the
//! summary line, the notes, the first cards (each piece of text with its highlighted ranges)
//! and, when nothing matches all of the query, "did you mean" and shorter searches. The words
//! are the app's own (`corpus::search::report`), and the query is read as the app reads it (a
//! one-letter last word that matches nothing is left out). No DOM here (see `dom.rs`), so it
//! is tested natively.

use corpus::bundle::format::{CardFile, CardText};
use corpus::bundle::{BootHead, EntityRef, FileKey};
use corpus::search::report::{
    did_you_mean, empty, leave_out_letter, matched_line, notes, push_number, search_for, searches,
    shorter_queries, summary, weak_label, Listed, Reading,
};
use corpus::search::{text_form, Group, Ranked, Ranking, ShardedIndex};
use corpus::url::encode;
use corpus::{Article, Span};

/// Cards the quick search shows: the app's first screen.
pub const CARDS: usize = 8;

/// The files of one collection that the quick search has: the boot file's head, the search
/// index and the cards of the hits it showed.
pub struct Files {
    boot: BootHead,
    search: Option<ShardedIndex>,
    /// A list, not a map: a few dozen at most (the cards of the queries typed so far), and a
    /// hash map would add its hashing and table code to the quick wasm.
    cards: Vec<CardText>,
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

/// What the app's list offers when no article matches all of the query: each a button that
/// searches `(label, query)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WaysOut {
    /// What to do when no article matches any of it (the list's `.empty` block); `None` when
    /// some match part of it (the `.partial` block, above the cards).
    pub advice: Option<String>,
    /// "Did you mean": the nearest words for the words the collection lacks.
    pub nearest: Vec<(String, String)>,
    /// Shorter searches that match, with their counts.
    pub shorter: Vec<(String, String)>,
}

/// What the page shows for a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Whether anything is searched: not for a query without words, or a letter alone (then
    /// the app shows the whole list, as the prerendered page does, under the letter's note).
    pub searched: bool,
    pub summary: String,
    /// How the query was read (a one-letter word, a pending exclusion, a long query…).
    pub notes: Vec<String>,
    /// What the app's links to an article add for the query: `?q=…`.
    pub link_query: String,
    /// The app's "Order:" links, `(label, href)`, the current order first; none when no
    /// article has a date or no card is shown.
    pub order: Vec<(&'static str, String)>,
    pub cards: Vec<CardView>,
    /// The line before the first card of the weak group: `(that card's index, line)`.
    pub weak_label: Option<(usize, String)>,
    /// When no article matches all of the query.
    pub ways_out: Option<WaysOut>,
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
            cards: Vec::new(),
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
            .ok_or_else(|| [path, " is not a file of this search"].concat())?;
        self.insert(key, bytes)
    }

    /// The key of a search file or card file by its path.
    fn key_of(&self, path: &str) -> Option<FileKey> {
        let wanted = |key: FileKey| self.boot.path(key).is_some_and(|p| p == path);
        if let Some(key) = [FileKey::SearchRoot, FileKey::Cards]
            .into_iter()
            .find(|&key| wanted(key))
        {
            return Some(key);
        }
        let number = path
            .rsplit('/')
            .next()?
            .strip_suffix(".bin")?
            .parse()
            .ok()?;
        [FileKey::Shard(number), FileKey::Card(number)]
            .into_iter()
            .find(|&key| wanted(key))
    }

    fn insert(&mut self, key: FileKey, bytes: &[u8]) -> Result<(), Error> {
        let corrupt = |what: &str| ["the ", what, " file is damaged"].concat();
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
            FileKey::Card(_) | FileKey::Cards => {
                let file = CardFile::from_bytes(bytes).map_err(|e| e.to_string())?;
                if let FileKey::Card(n) = key {
                    if file.cards.iter().any(|card| card.n != n) {
                        return Err(corrupt("card"));
                    }
                }
                for card in file.cards {
                    if self.card_of(card.n).is_none() {
                        self.cards.push(card);
                    }
                }
            }
            // What else a small collection's boot file carries is the app's.
            _ => {}
        }
        Ok(())
    }

    /// The answer to `query`, or the paths of the files it needs first.
    pub fn answer(&self, query: &str) -> Result<Answer, Vec<String>> {
        let paths = |keys: Vec<FileKey>| -> Vec<String> {
            keys.into_iter().filter_map(|k| self.boot.path(k)).collect()
        };
        let search = self
            .search
            .as_ref()
            .ok_or_else(|| paths(vec![FileKey::SearchRoot]))?;
        let rank = |query: &str| {
            search
                .rank(query)
                .map_err(|missing| paths(missing.0.into_iter().map(FileKey::Shard).collect()))
        };
        let q = ["?q=", &encode(query)].concat();
        let nothing = Answer {
            searched: false,
            summary: String::new(),
            notes: Vec::new(),
            link_query: q.clone(),
            order: Vec::new(),
            cards: Vec::new(),
            weak_label: None,
            ways_out: None,
        };
        if !searches(query) {
            return Ok(nothing);
        }
        let mut ranking = rank(query)?;
        let mut reading = Reading::of(&ranking);
        let mut searched = query;
        let matched_all = full_matches(&ranking) > 0;
        if let Some((rest, letter)) = leave_out_letter(query, ranking.keep_typing, matched_all) {
            if !searches(rest) {
                let reading = Reading {
                    keep_typing: true,
                    letter_left_out: Some(letter),
                    ..Reading::default()
                };
                let total = self.boot.articles as usize;
                let whole = Listed {
                    total,
                    items: total,
                    strong: total,
                    weak: 0,
                    partial: false,
                    searched: false,
                    filters: Vec::new(),
                    reading: &reading,
                    weak_phrase: None,
                };
                return Ok(Answer {
                    notes: notes(&whole),
                    ..nothing
                });
            }
            searched = rest;
            ranking = rank(rest)?;
            reading = Reading::of(&ranking);
            reading.keep_typing = true;
            reading.letter_left_out = Some(letter);
        }
        let shown = ranking.hits.get(..CARDS).unwrap_or(&ranking.hits);
        let mut missing: Vec<FileKey> = shown
            .iter()
            .filter(|hit| self.card_of(hit.article).is_none())
            .map(|hit| FileKey::Card(hit.article))
            .collect();
        // Most of a small collection: the file with every card, which compresses better than
        // their files apart (on the seeds, five cards are 6.3 KB gzipped together, 7.7 apart).
        if missing.len() * 5 > self.boot.articles as usize * 4
            && self.boot.path(FileKey::Cards).is_some()
        {
            missing = vec![FileKey::Cards];
        }
        if !missing.is_empty() {
            return Err(paths(missing));
        }
        let list = Listed::of(&ranking, &reading, self.boot.articles as usize, searched);
        let ways_out = if ranking.hits.is_empty() || list.partial {
            let mut shorter = Vec::new();
            for instead in shorter_queries(searched) {
                let n = full_matches(&rank(&instead)?);
                if n > 0 {
                    shorter.push((search_for(&instead, n), instead));
                }
            }
            let mut nearest = Vec::new();
            for d in did_you_mean(&reading, query) {
                nearest.extend(d.instead);
            }
            Some(WaysOut {
                advice: ranking.hits.is_empty().then(|| empty(&list, query).advice),
                nearest,
                shorter,
            })
        } else {
            None
        };
        let cards = shown
            .iter()
            .filter_map(|hit| {
                let file = self.card_of(hit.article)?;
                Some(card(
                    &file.article,
                    hit,
                    &ranking,
                    ["article/", &encode(&file.article.id), "/", &q].concat(),
                    file.chips.iter().map(|entity| self.chip(entity)).collect(),
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
        let weak_at = shown.iter().position(|h| h.group == Group::Weak);
        Ok(Answer {
            searched: true,
            summary: summary(&list, query),
            notes: notes(&list),
            order,
            cards,
            weak_label: weak_at.zip(weak_label(&list)),
            ways_out,
            link_query: q,
        })
    }

    /// The card of article `n`, when it was read.
    fn card_of(&self, n: u32) -> Option<&CardText> {
        self.cards.iter().find(|card| card.n == n)
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

/// How many articles match all of the ranking's query (none when its hits match only part
/// of it).
fn full_matches(ranking: &Ranking) -> usize {
    if ranking.hits.iter().any(|h| h.group == Group::Partial) {
        0
    } else {
        ranking.hits.len()
    }
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
        byline.push(("author", ["By ", author].concat()));
    }
    let mut reading = String::new();
    push_number(&mut reading, article.reading_minutes.max(1) as usize);
    reading.push_str(" min read");
    byline.push(("reading", reading));
    CardView {
        id: article.id.clone(),
        href,
        title: Marked {
            text: article.title.clone(),
            marks: h.spans(&article.title),
        },
        byline,
        snippet: snippet(article, h.snippets(article).first()),
        matched: matched_line(hit, |found| text_form(article, found).map(str::to_string)),
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
            text: [before, inside, after].concat(),
            marks,
        })
    });
    passage.unwrap_or_else(|| Marked {
        text: article.lede().unwrap_or_default().to_string(),
        marks: Vec::new(),
    })
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
                vec![Block::paragraph("Rain is expected all week, workers said.")],
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
        // The file the home page names for the quick search: the boot file's head alone.
        Files::new(bundle.file(&bundle.head_path).unwrap()).unwrap()
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
    fn asks_for_the_search_files_then_the_hits_cards_and_marks_the_matches() {
        let bundle = bundle(0, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        let (answer, fetched) = ask(&bundle, &mut files, "harbour");
        assert_eq!(fetched.first(), Some(&bundle.boot.files.search_root));
        assert!(
            fetched.iter().any(|p| p.ends_with("card/0.bin")),
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
        // the hits' cards (two of three articles: a file each).
        let (answer, fetched) = ask(&bundle, &mut files, "strikes");
        let card = |n: u32| format!("c-{}/card/{n}.bin", bundle.boot.collection);
        let (cards, shards): (Vec<&String>, Vec<&String>) =
            fetched.iter().partition(|p| p.contains("/card/"));
        assert_eq!(cards, [&card(0), &card(1)]);
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
    fn a_query_that_shows_every_article_reads_the_file_of_all_cards() {
        let bundle = bundle(usize::MAX, Inline::SearchRoot);
        let all = bundle.boot.files.cards.clone();
        assert!(all.starts_with("cards-"), "{all}");
        let mut files = files_of(&bundle);
        let (answer, fetched) = ask(&bundle, &mut files, "workers wheat");
        assert_eq!(answer.cards.len(), 3, "{:?}", answer.summary);
        assert!(fetched.contains(&all), "{fetched:?}");
        assert!(!fetched.iter().any(|p| p.contains("/card/")), "{fetched:?}");
        let ids: Vec<&str> = answer.cards.iter().map(|c| c.id.as_str()).collect();
        for id in ["harbour-strike", "grain-prices", "weather"] {
            assert!(ids.contains(&id), "{ids:?}");
        }
        // Every card is there now: another query fetches no card.
        let (_, again) = ask(&bundle, &mut files, "harbour");
        assert!(again.iter().all(|p| !p.contains("card")), "{again:?}");
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
        let undated = self::bundle(usize::MAX, Inline::SearchRoot);
        let mut files = files_of(&undated);
        assert_eq!(ask(&undated, &mut files, "harbour").0.order, []);
    }

    #[test]
    fn says_what_the_app_says_of_a_one_letter_word_and_a_weak_group() {
        let bundle = bundle(usize::MAX, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        // "x" is no word of the collection: searched without it, and said so.
        let (answer, _) = ask(&bundle, &mut files, "harbour x");
        assert!(answer.searched);
        assert_eq!(answer.summary, "1 of 3 articles matches “harbour”");
        assert_eq!(
            answer.notes,
            ["Keep typing: “x” is one letter, too short to search; showing the results without it"]
        );
        assert_eq!(answer.cards.len(), 1);
        assert_eq!(answer.ways_out, None);
        // "a" is a word of the first article: a full match, which matches only itself.
        let (answer, _) = ask(&bundle, &mut files, "strike a");
        assert_eq!(
            answer.notes,
            ["Keep typing: a one-letter word matches only itself"]
        );
        // An exclusion being typed is not applied yet: said so.
        let (answer, _) = ask(&bundle, &mut files, "harbour -st");
        assert_eq!(answer.summary, "1 of 3 articles matches “harbour -st”");
        assert_eq!(
            answer.notes,
            ["Press space to exclude “st” (exclusions of three letters or more apply as you type)"]
        );
        // A letter alone leaves nothing to search: the page's own list, under the note.
        let (alone, _) = ask(&bundle, &mut files, "x");
        assert!(!alone.searched);
        assert_eq!(
            alone.notes,
            ["Keep typing: “x” is one letter, too short to search; showing the results without it"]
        );
        assert_eq!(alone.link_query, "?q=x", "the app's links to the articles");
        let (nothing, _) = ask(&bundle, &mut files, "!!");
        assert!(!nothing.searched);
        assert!(nothing.notes.is_empty());
        // "rai" is a word start of "rain" (weak) and no whole word: the weak hits are counted.
        let (answer, _) = ask(&bundle, &mut files, "rai");
        assert_eq!(
            answer.summary,
            "1 of 3 articles matches “rai” only with words starting with “rai”"
        );
        assert_eq!(
            answer.weak_label, None,
            "no strong hit before the weak ones"
        );
        // "work" is a word of the first article and starts "workers" in the third.
        let (answer, _) = ask(&bundle, &mut files, "work");
        assert_eq!(answer.summary, "1 of 3 articles matches “work”");
        assert_eq!(answer.cards.len(), 2);
        assert_eq!(
            answer.weak_label,
            Some((
                1,
                "1 more article has words starting with “work”".to_string()
            ))
        );
    }

    #[test]
    fn offers_the_nearest_words_and_shorter_searches_when_nothing_matches_all_of_it() {
        let bundle = bundle(usize::MAX, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        // Two letters from "grain": no match, but the nearest word.
        let (answer, _) = ask(&bundle, &mut files, "harbour gxaxn");
        assert_eq!(
            answer.summary,
            "No article matches all of “harbour gxaxn”; 1 article matches some of it"
        );
        assert_eq!(answer.cards.len(), 1);
        assert_eq!(
            answer.ways_out,
            Some(WaysOut {
                advice: None,
                nearest: vec![("grain".into(), "harbour grain".into())],
                shorter: vec![("Search for “harbour” (1 result)".into(), "harbour".into())],
            })
        );
        let (answer, _) = ask(&bundle, &mut files, "gxaxn");
        assert!(answer.cards.is_empty());
        assert_eq!(
            answer.ways_out,
            Some(WaysOut {
                advice: Some("No article has “gxaxn” in any form.".into()),
                nearest: vec![("grain".into(), "grain".into())],
                shorter: Vec::new(),
            })
        );
    }

    #[test]
    fn a_query_without_hits_and_a_damaged_file_are_told() {
        let bundle = bundle(usize::MAX, Inline::SearchRoot);
        let mut files = files_of(&bundle);
        let (answer, fetched) = ask(&bundle, &mut files, "volcano");
        let shards = &bundle.boot.files.shard_folder;
        assert!(
            fetched.iter().all(|p| p.starts_with(shards.as_str())),
            "no card for no hit: {fetched:?}"
        );
        assert!(answer.cards.is_empty());
        assert_eq!(answer.summary, "0 of 3 articles match “volcano”");
        assert_eq!(
            answer.ways_out.and_then(|w| w.advice).as_deref(),
            Some(
                "No article has “volcano” in any form, nor a word close to it: check the spelling."
            )
        );
        assert!(Files::new(b"not a boot file").is_err());
        let bundle = self::bundle(0, Inline::SearchRoot);
        let mut split = files_of(&bundle);
        let root = bundle.boot.files.search_root.clone();
        assert!(split.add(&root, b"damaged").is_err());
        assert!(split.add("elsewhere/1.bin", b"x").is_err());
        let shard = format!("{}/0.bin", bundle.boot.files.shard_folder);
        assert!(split.add(&shard, b"x").is_err(), "a shard before the root");
        let card = |n: u32| format!("c-{}/card/{n}.bin", bundle.boot.collection);
        let other = bundle.file(&card(1)).unwrap();
        assert!(
            split.add(&card(0), other).is_err(),
            "another article's card"
        );
        let article = format!("c-{}/article/0.bin", bundle.boot.collection);
        let whole = bundle.file(&article).unwrap();
        assert!(split.add(&card(0), whole).is_err(), "an article file");
    }
}
