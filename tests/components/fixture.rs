//! A small hand-written corpus for the app's tests, with hand-placed entity mentions, and its
//! bundle: whole (one boot file, as the site writes a small collection) or split into every
//! kind of file, with a helper that feeds a store what it asks for.
//!
//! Shared by the unit tests in `src/` and the component tests in `tests/components/`, so it
//! only uses the `corpus` crate. Invented text; nothing here comes from `seeds/`.
//!
//! Entity ids in the bundle (people, organisations, places; most articles first): 0 Maria
//! Lopez, 1 Tom Reyes, 2 Harbour Authority, 3 Northland Farmers Council, 4 Valport,
//! 5 Northland.
//!
//! | # | id               | entities (mentions)                                        |
//! |---|------------------|------------------------------------------------------------|
//! | 0 | harbour-strike   | Maria Lopez (2), Harbour Authority (1), Valport (1)        |
//! | 1 | port-reopens     | Valport (2, one in the title), Harbour Authority, Maria Lopez |
//! | 2 | grain-prices     | Northland (title), Northland Farmers Council, Tom Reyes    |
//! | 3 | markup-in-text   | none; its title, source and body contain HTML-like text    |

use corpus::bundle::write::{write, Bundle, Inline, Options};
use corpus::bundle::{Needs, Store};
use corpus::{Article, Block, BlockKind, Corpus, Entity, EntityKind, Mention, MentionSet};

fn block(kind: BlockKind, text: &str) -> Block {
    Block {
        kind,
        text: text.to_string(),
    }
}

fn article(
    id: &str,
    title: &str,
    source: Option<&str>,
    date: Option<&str>,
    blocks: Vec<Block>,
) -> Article {
    Article {
        id: id.to_string(),
        path: format!("{id}.txt"),
        title: title.to_string(),
        source: source.map(str::to_string),
        date: date.map(str::to_string),
        url: None,
        author: None,
        credits: Vec::new(),
        title_sentence: None,
        blocks,
        word_count: 40,
        reading_minutes: 1,
    }
}

/// The mention of `needle` in `block` of `articles[a]` (or its title for [`Mention::TITLE`]).
fn mention(articles: &[Article], a: usize, block: u32, needle: &str) -> Mention {
    let text = if block == Mention::TITLE {
        &articles[a].title
    } else {
        &articles[a].blocks[block as usize].text
    };
    let start = text.find(needle).expect("fixture needle is in the text");
    Mention {
        block,
        start: start as u32,
        end: (start + needle.len()) as u32,
    }
}

fn entity(name: &str, kind: EntityKind, aliases: &[&str], articles: Vec<MentionSet>) -> Entity {
    Entity {
        name: name.to_string(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        articles,
    }
}

/// The fixture corpus.
pub fn corpus() -> Corpus {
    use BlockKind::{Aside, Paragraph, Subheading};
    let articles = vec![
        article(
            "harbour-strike",
            "Dock workers strike at the harbour",
            Some("Coast Gazette"),
            Some("2024-03-02"),
            vec![
                block(Paragraph, "Maria Lopez, who leads the dock union, said the strike would continue until the Harbour Authority returns to talks."),
                block(Subheading, "Talks stalled"),
                block(Paragraph, "Lopez said ships were waiting outside Valport for a third day."),
                block(Aside, "Photo: cranes stand idle at the quay."),
            ],
        ),
        article(
            "port-reopens",
            "Valport harbour reopens after deal",
            None,
            None,
            vec![
                block(Paragraph, "The Harbour Authority and the union signed a deal on Friday, ending the strike."),
                block(Paragraph, "Maria Lopez called it a fair outcome for workers in Valport."),
            ],
        ),
        article(
            "grain-prices",
            "Grain prices climb in Northland",
            Some("Farm Wire"),
            Some("2024-04-10"),
            vec![
                block(Paragraph, "Prices rose for a fourth week, the Northland Farmers Council said."),
                block(Paragraph, "Council chair Tom Reyes blamed the dry spring."),
            ],
        ),
        article(
            "markup-in-text",
            "Why <script>alert(1)</script> & \"quotes\" stay text",
            Some("Test <b>Desk</b>"),
            None,
            vec![block(Paragraph, "A paragraph with <img src=x onerror=alert(1)> inside it, about grain.")],
        ),
    ];
    let m = |a: usize, block: u32, needle: &str| mention(&articles, a, block, needle);
    let entities = vec![
        entity(
            "Maria Lopez",
            EntityKind::Person,
            &["Lopez"],
            vec![
                MentionSet {
                    article: 0,
                    mentions: vec![m(0, 0, "Maria Lopez"), m(0, 2, "Lopez")],
                },
                MentionSet {
                    article: 1,
                    mentions: vec![m(1, 1, "Maria Lopez")],
                },
            ],
        ),
        entity(
            "Harbour Authority",
            EntityKind::Organization,
            &[],
            vec![
                MentionSet {
                    article: 0,
                    mentions: vec![m(0, 0, "Harbour Authority")],
                },
                MentionSet {
                    article: 1,
                    mentions: vec![m(1, 0, "Harbour Authority")],
                },
            ],
        ),
        entity(
            "Valport",
            EntityKind::Place,
            &[],
            vec![
                MentionSet {
                    article: 0,
                    mentions: vec![m(0, 2, "Valport")],
                },
                MentionSet {
                    article: 1,
                    mentions: vec![m(1, Mention::TITLE, "Valport"), m(1, 1, "Valport")],
                },
            ],
        ),
        entity(
            "Northland",
            EntityKind::Place,
            &[],
            vec![MentionSet {
                article: 2,
                mentions: vec![m(2, Mention::TITLE, "Northland")],
            }],
        ),
        entity(
            "Northland Farmers Council",
            EntityKind::Organization,
            &["Council"],
            vec![MentionSet {
                article: 2,
                mentions: vec![m(2, 0, "Northland Farmers Council")],
            }],
        ),
        entity(
            "Tom Reyes",
            EntityKind::Person,
            &["Reyes"],
            vec![MentionSet {
                article: 2,
                mentions: vec![m(2, 1, "Tom Reyes")],
            }],
        ),
    ];
    Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    }
}

/// The site's options, except that only entities named in two articles or more get a page, so
/// that the fixture has an entity without one (Tom Reyes).
pub fn options() -> Options {
    Options {
        page_min_articles: 2,
        ..Options::default()
    }
}

/// Cut into every kind of file, one entity or article per chunk, two cards in the boot file.
pub fn split_options() -> Options {
    Options {
        cards: 2,
        top: 8,
        entity_chunk_bytes: 1,
        facet_chunk_bytes: 1,
        ids_per_bucket: 2,
        inline_limit: 0,
        ..options()
    }
}

/// `corpus` as one boot file (every file inside, as in the single-file build).
pub fn store_of(corpus: Corpus) -> Store {
    let everything = Options {
        inline: Inline::All,
        ..options()
    };
    let bundle = write(corpus, &everything);
    Store::new(&bundle.files[0].bytes).expect("the boot file reads")
}

/// The fixture as one boot file: everything loaded.
pub fn store() -> Store {
    store_of(corpus())
}

/// The fixture's split bundle.
pub fn split_bundle() -> Bundle {
    write(corpus(), &split_options())
}

/// A store with only the split bundle's boot file.
pub fn split_store() -> Store {
    Store::new(&split_bundle().files[0].bytes).expect("the boot file reads")
}

/// Loads the files `needs` names from `bundle`.
pub fn feed(store: &mut Store, bundle: &Bundle, needs: &Needs) {
    for &key in &needs.0 {
        let path = store.path(key).expect("a file of this build");
        store
            .insert(key, bundle.file(&path).expect("written"))
            .expect("reads");
    }
}

/// Asks `ask` until it answers, loading what it needs each time; the answer and how many
/// rounds of loading it took.
pub fn answer<T>(
    store: &mut Store,
    bundle: &Bundle,
    ask: impl Fn(&Store) -> Result<T, Needs>,
) -> (T, usize) {
    for round in 0..20 {
        match ask(store) {
            Ok(v) => return (v, round),
            Err(needs) => feed(store, bundle, &needs),
        }
    }
    panic!("no answer after 20 rounds of loading");
}
