//! What the files give entity pages and the reader (issue 11): mentions in context,
//! quotations with their speaker (or none), "mentioned with", related articles; speakers
//! follow their entities when the bundle renumbers them.

use crate::quotes_common::{article, collection};
use corpus::bundle::format::{ArticleExtras, EntityPage};
use corpus::bundle::store::{Needs, Store};
use corpus::bundle::write::{write, Bundle, Options};
use corpus::EntityKind::{Organization, Person, Place};

const PORT: &str = "There is no way to keep the harbour open unless we all sit down together";
const FERRY: &str = "Nobody in this town can pay for the ferries next winter, not one family";
const BRIDGE: &str =
    "The old bridge will stay closed to lorries until the spring, whatever it costs";

/// Six articles; the entities are listed places first, so that the bundle (people first)
/// renumbers them.
fn bundle() -> Bundle {
    let articles = vec![
        article(
            "one",
            &[
                "Jon Berg spoke in Oslo on Monday.",
                &format!("\"{PORT},\" Berg said."),
            ],
        ),
        article(
            "two",
            &[&format!(
                "In Oslo, Berg said it again: \"{PORT}.\" The Harbour Authority agreed."
            )],
        ),
        article("three", &["Jon Berg met the Harbour Authority in Oslo."]),
        article(
            "four",
            &["Rain fell on Bergen all week.", &format!("“{FERRY}.”")],
        ),
        article(
            "five",
            &["Rain fell on Bergen again.", &format!("“{PORT}.”")],
        ),
        article(
            "six",
            &[
                &format!("“{BRIDGE}.”"),
                &format!("On Friday Ann Holm said it again: “{BRIDGE}.”"),
            ],
        ),
    ];
    let corpus = collection(
        articles,
        &[
            (Place, &["Oslo"]),
            (Place, &["Bergen"]),
            (Organization, &["Harbour Authority"]),
            (Person, &["Jon Berg", "Berg"]),
            (Person, &["Ann Holm", "Holm"]),
        ],
    );
    write(corpus, &Options::default())
}

/// Asks `ask` until it answers, feeding it the files it names.
fn answer<T>(store: &mut Store, bundle: &Bundle, ask: impl Fn(&Store) -> Result<T, Needs>) -> T {
    for _ in 0..20 {
        match ask(store) {
            Ok(v) => return v,
            Err(needs) => {
                for &key in &needs.0 {
                    let path = store.path(key).expect("a file of this build");
                    store
                        .insert(key, bundle.file(&path).expect("written"))
                        .unwrap();
                }
            }
        }
    }
    panic!("no answer after 20 rounds");
}

fn page(bundle: &Bundle, id: u32) -> EntityPage {
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    let page = answer(&mut store, bundle, |s| s.entity_page(id));
    (*page.expect("a page")).clone()
}

fn extras(bundle: &Bundle, n: u32) -> ArticleExtras {
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    let extras = answer(&mut store, bundle, |s| s.extras(n));
    (*extras.expect("extras")).clone()
}

#[test]
fn an_entity_page_shows_mentions_in_context_quotations_and_who_is_named_with_it() {
    let bundle = bundle();
    let names: Vec<&str> = bundle
        .corpus
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Jon Berg",
            "Ann Holm",
            "Harbour Authority",
            "Oslo",
            "Bergen"
        ]
    );
    let berg = page(&bundle, 0);
    assert_eq!(berg.entity.name, "Jon Berg");
    assert_eq!(berg.aliases, ["Berg"]);
    assert_eq!(berg.articles, 3);
    let shown: Vec<String> = berg
        .list
        .iter()
        .map(|l| {
            let c = l.context.as_ref().expect("a context");
            let (s, e) = (c.mark.start as usize, c.mark.end as usize);
            format!(
                "{}: {}[{}]{}",
                l.id,
                &c.text[..s],
                &c.text[s..e],
                &c.text[e..]
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "one: [Jon Berg] spoke in Oslo on Monday.",
            // 80 characters at most after the mention, cut between words.
            "two: In Oslo, [Berg] said it again: \"There is no way to keep the harbour open unless we all sit",
            "three: [Jon Berg] met the Harbour Authority in Oslo.",
        ]
    );
    assert_eq!(berg.quote_count, 1, "{:#?}", berg.quotes);
    assert!(
        berg.quotes[0].text.starts_with(PORT),
        "{}",
        berg.quotes[0].text
    );
    assert_eq!(berg.quotes[0].articles, 3);
    let sources: Vec<&str> = berg.quotes[0]
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(sources, ["one", "two", "five"]);
    // Oslo is in all three of his articles (and in one of the four articles more than chance
    // would have it); Bergen never with him.
    let with: Vec<(&str, u32)> = berg
        .mentioned
        .iter()
        .map(|t| (t.entity.name.as_str(), t.shared))
        .collect();
    assert!(with.contains(&("Oslo", 3)), "{with:?}");
    assert!(with.contains(&("Harbour Authority", 2)), "{with:?}");
    assert!(!with.iter().any(|(name, _)| *name == "Bergen"), "{with:?}");
    assert!(berg.mentioned.iter().all(|t| t.lift >= 1.0));
}

/// Each quotation of an article's extras: its block, its speaker's name, and whether the
/// article names the speaker itself.
fn speakers(extras: &ArticleExtras) -> Vec<(u32, Option<&str>, bool)> {
    extras
        .quotes
        .iter()
        .map(|q| {
            (
                q.block,
                q.speaker.as_ref().map(|s| s.name.as_str()),
                q.named_here,
            )
        })
        .collect()
}

#[test]
fn the_reader_gets_each_quotation_with_its_speaker_or_none() {
    let bundle = bundle();
    let one = extras(&bundle, 0);
    assert_eq!(one.n, 0);
    let marks = speakers(&one);
    assert_eq!(marks, [(1, Some("Jon Berg"), true)]);
    let article = &bundle.corpus.articles[0];
    let q = &one.quotes[0];
    let quoted = &article.blocks[q.block as usize].text[q.start as usize..q.end as usize];
    assert!(quoted.starts_with("There is no way"), "{quoted}");
    assert_eq!(one.quotes[0].speaker.as_ref().unwrap().id, 0, "renumbered");
    // Nobody is named near the other quotation: no speaker, not a guess.
    let four = extras(&bundle, 3);
    assert_eq!(four.quotes.len(), 1);
    assert_eq!(
        (four.quotes[0].speaker.clone(), four.quotes[0].named_here),
        (None, false)
    );
    // Article five carries his quotation without naming him: his, from the other articles.
    let five = extras(&bundle, 4);
    let speaker = five.quotes[0].speaker.as_ref().map(|s| s.name.as_str());
    assert_eq!(
        (speaker, five.quotes[0].named_here),
        (Some("Jon Berg"), false)
    );
    // Article six names the speaker where it carries the quotation the second time: both
    // places are hers, named here.
    let six = extras(&bundle, 5);
    let marks = speakers(&six);
    assert_eq!(
        marks,
        [(0, Some("Ann Holm"), true), (1, Some("Ann Holm"), true)]
    );
}

#[test]
fn related_articles_say_what_they_share() {
    let bundle = bundle();
    let one = extras(&bundle, 0);
    let first = one.related.first().expect("related articles");
    assert_eq!(first.id, "two", "{:#?}", one.related);
    let shared: Vec<&str> = first.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        shared.contains(&"Jon Berg") && shared.contains(&"Oslo"),
        "{shared:?}"
    );
    assert_eq!(first.quotes.len(), 1);
    assert!(first.quotes[0].starts_with("There is no way"));
    assert!(
        !one.related.iter().any(|r| r.id == "four"),
        "nothing shared with four"
    );
}
