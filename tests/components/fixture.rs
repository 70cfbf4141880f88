//! A small hand-written corpus for the app's tests, with hand-placed entity mentions.
//!
//! Shared by the unit tests in `src/` and the component tests in `tests/components/`, so it
//! only uses the `corpus` crate. Invented text; nothing here comes from `seeds/`.
//!
//! | # | id               | entities (mentions)                                        |
//! |---|------------------|------------------------------------------------------------|
//! | 0 | harbour-strike   | Maria Lopez (2), Harbour Authority (1), Valport (1)        |
//! | 1 | port-reopens     | Valport (2, one in the title), Harbour Authority, Maria Lopez |
//! | 2 | grain-prices     | Northland (title), Northland Farmers Council, Tom Reyes    |
//! | 3 | markup-in-text   | none; its title, source and body contain HTML-like text    |

use corpus::{
    Article, Block, BlockKind, Corpus, Entity, EntityKind, Mention, MentionSet, Snapshot,
};

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

/// The fixture corpus and its search index.
pub fn snapshot() -> Snapshot {
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
    Snapshot::new(Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    })
}
