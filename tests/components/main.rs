//! Component tests: each view rendered natively with yew's server renderer, on the
//! hand-written fixture corpus (see `fixture.rs`) and on corpora built in the tests.

mod fixture;

use std::rc::Rc;

use corpus::search::{Hit, Snippet};
use corpus::{Article, Block, BlockKind, Corpus, Entity, EntityKind, MentionSet, Snapshot, Span};
use news_explorer::app::{App, AppProps};
use news_explorer::components::card::{Card, CardProps};
use news_explorer::components::marked::{mentioned_text, Mentions};
use news_explorer::components::result_list::{ResultList, ResultListProps};
use news_explorer::components::search_box::{SearchBox, SearchBoxProps};
use news_explorer::components::sidebar::{Sidebar, SidebarProps};
use news_explorer::library::{Library, Shared};
use news_explorer::results::compute;
use news_explorer::route::Route;
use yew::prelude::*;
use yew::LocalServerRenderer;

async fn render<C>(props: C::Properties) -> String
where
    C: BaseComponent,
{
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn shared(snapshot: Snapshot) -> Shared {
    Shared(Rc::new(Library::new(Rc::new(snapshot))))
}

fn route(query: &str, filters: &[&str], article: Option<&str>) -> Route {
    Route {
        query: query.to_string(),
        filters: filters.iter().map(|f| f.to_string()).collect(),
        article: article.map(str::to_string),
    }
}

async fn app(snapshot: Snapshot, route: Route) -> String {
    render::<App>(AppProps {
        snapshot: Ok(Rc::new(snapshot)),
        route,
    })
    .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Byte offset of `needle` in `html`, failing the test when absent.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the page:\n{html}"))
}

#[tokio::test]
async fn an_empty_build_says_what_to_do_and_has_no_sidebar() {
    let html = app(Snapshot::new(Corpus::default()), Route::default()).await;
    assert!(html.contains("No articles in this build"), "{html}");
    assert!(html.contains("seeds/"));
    assert!(!html.contains("<aside"));
    assert_eq!(count(&html, "<article"), 0);
    // The search box is still there, labelled.
    assert!(html.contains(r#"<label for="search">"#));
}

#[tokio::test]
async fn a_broken_snapshot_is_reported() {
    let html = render::<App>(AppProps {
        snapshot: Err("snapshot format 9, expected 1".into()),
        route: Route::default(),
    })
    .await;
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("This build is broken: snapshot format 9, expected 1"));
}

#[tokio::test]
async fn the_list_has_landmarks_a_card_per_article_and_a_summary() {
    let html = app(fixture::snapshot(), Route::default()).await;
    for landmark in ["<header", "<main", "<aside", r#"role="search""#] {
        assert!(html.contains(landmark), "{landmark} missing");
    }
    assert_eq!(count(&html, r#"class="card""#), 4);
    assert!(html.contains(">4 articles</h2>"), "{html}");
    // Cards in corpus order, each title a link to the reader.
    let first = at(&html, r##"href="#/article/harbour-strike""##);
    let second = at(&html, r##"href="#/article/port-reopens""##);
    assert!(first < second);
    // Source, date, reading time; the lede as the snippet without a query.
    assert!(html.contains("Coast Gazette"));
    assert!(html.contains("2024-03-02"));
    assert!(html.contains("1 min read"));
    assert!(html.contains("Maria Lopez, who leads the dock union"));
    // No query: nothing is marked.
    assert!(!html.contains("<mark>"));
}

#[tokio::test]
async fn card_chips_are_toggle_buttons_for_the_articles_main_entities() {
    let lib = shared(fixture::snapshot());
    let html = render::<Card>(CardProps {
        lib: lib.clone(),
        article: 0,
        hit: None,
        query: "".into(),
        route: Route::default(),
        active: vec![lib.by_key("Valport").unwrap()],
        on_toggle: Callback::noop(),
    })
    .await;
    let chips = &html[at(&html, r#"class="chips""#)..];
    let maria = at(chips, "Maria Lopez");
    let authority = at(chips, "Harbour Authority");
    let valport = at(chips, "Valport");
    assert!(maria < authority && authority < valport, "most named first");
    assert_eq!(count(chips, r#"class="chip "#), 3);
    assert_eq!(count(chips, r#"aria-pressed="true""#), 1);
    assert!(
        chips.contains(r#"aria-pressed="true" class="chip place""#),
        "{chips}"
    );
}

#[tokio::test]
async fn card_highlights_are_marks_built_from_the_hits_ranges() {
    let lib = shared(fixture::snapshot());
    let block = "Lopez said ships were waiting outside Valport for a third day.";
    let ships = block.find("ships").unwrap() as u32;
    let day = block.find("day").unwrap() as u32;
    let hit = Hit {
        article: 0,
        score: 1.0,
        title_matches: vec![Span { start: 5, end: 12 }],
        partial: false,
        snippets: vec![Snippet {
            block: 2,
            window: Span {
                start: 6,
                end: block.len() as u32,
            },
            matches: vec![
                Span {
                    start: ships,
                    end: ships + 5,
                },
                Span {
                    start: day,
                    end: day + 3,
                },
            ],
        }],
    };
    let html = render::<Card>(CardProps {
        lib,
        article: 0,
        hit: Some(hit),
        query: "ships workers day".into(),
        route: route("ships workers day", &[], None),
        active: Vec::new(),
        on_toggle: Callback::noop(),
    })
    .await;
    assert!(html.contains("Dock <mark>workers</mark> strike"), "{html}");
    assert!(
        html.contains(
            "…said <mark>ships</mark> were waiting outside Valport for a third <mark>day</mark>."
        ),
        "{html}"
    );
    // The link keeps the query.
    assert!(html.contains(r##"href="#/article/harbour-strike?q=ships%20workers%20day""##));
}

#[tokio::test]
async fn card_survives_ranges_that_do_not_fit_the_text() {
    let lib = shared(fixture::snapshot());
    let hit = Hit {
        article: 0,
        score: 1.0,
        title_matches: vec![
            Span {
                start: 30,
                end: 900,
            },
            Span { start: 9, end: 2 },
        ],
        partial: false,
        snippets: vec![Snippet {
            block: 40,
            window: Span { start: 0, end: 5 },
            matches: Vec::new(),
        }],
    };
    let html = render::<Card>(CardProps {
        lib,
        article: 0,
        hit: Some(hit),
        query: "x".into(),
        route: Route::default(),
        active: Vec::new(),
        on_toggle: Callback::noop(),
    })
    .await;
    // The title's tail is marked up to its end; the missing block falls back to the lede.
    assert!(
        html.contains("Dock workers strike at the har<mark>bour</mark>"),
        "{html}"
    );
    assert!(html.contains("Maria Lopez, who leads the dock union"));
}

#[tokio::test]
async fn article_text_that_looks_like_html_stays_text() {
    let html = app(fixture::snapshot(), Route::default()).await;
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" stay text"));
    assert!(html.contains("Test &lt;b&gt;Desk&lt;/b&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));

    let reader = app(fixture::snapshot(), route("", &[], Some("markup-in-text"))).await;
    assert!(
        !reader.contains("<script") && !reader.contains("<img"),
        "{reader}"
    );
    assert!(reader.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn the_sidebar_groups_entities_and_sorts_them_by_article_count() {
    let html = app(fixture::snapshot(), Route::default()).await;
    let aside = &html[at(&html, "<aside")..at(&html, "</aside>")];
    let people = at(aside, ">People<");
    let orgs = at(aside, ">Organisations<");
    let places = at(aside, ">Places<");
    assert!(people < orgs && orgs < places);
    let (maria, reyes) = (at(aside, "Maria Lopez"), at(aside, "Tom Reyes"));
    assert!(people < maria && maria < reyes && reyes < orgs);
    let (valport, northland) = (at(aside, ">Valport<"), at(aside, ">Northland<"));
    assert!(places < valport && valport < northland);
    // Counts are numbers of articles, read out with their unit.
    assert!(aside.contains(r#"<span class="name">Maria Lopez</span><span class="count">2<span class="visually-hidden"> articles</span>"#), "{aside}");
    assert!(aside.contains(r#"<span class="name">Tom Reyes</span><span class="count">1<span class="visually-hidden"> article</span>"#));
    // A filter box, and the collapsible panel's toggle, collapsed at first.
    assert!(aside.contains(r#"<label for="entity-filter">"#));
    assert!(aside.contains(r#"aria-expanded="false" aria-controls="entity-panel""#));
    assert!(!aside.contains("Show all"));
}

#[tokio::test]
async fn long_groups_show_the_first_eight_and_a_show_all_button() {
    let text = (0..11)
        .map(|i| format!("Person{i}"))
        .collect::<Vec<_>>()
        .join(" met ");
    let mut corpus = Corpus {
        articles: vec![Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: "Meeting".into(),
            source: None,
            date: None,
            url: None,
            author: None,
            credits: Vec::new(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: text.clone(),
            }],
            word_count: 21,
            reading_minutes: 1,
        }],
        entities: Vec::new(),
        quotes: Vec::new(),
    };
    for i in 0..11 {
        let name = format!("Person{i}");
        let start = text.find(&name).unwrap() as u32;
        corpus.entities.push(Entity {
            name: name.clone(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            articles: vec![MentionSet {
                article: 0,
                mentions: vec![corpus::Mention {
                    block: 0,
                    start,
                    end: start + name.len() as u32,
                }],
            }],
        });
    }
    let lib = shared(Snapshot::new(corpus));
    let results = Rc::new(compute(&lib, "", &[]));
    let html = render::<Sidebar>(SidebarProps {
        lib,
        results,
        on_toggle: Callback::noop(),
    })
    .await;
    assert_eq!(count(&html, r#"class="facet person""#), 8);
    assert!(
        html.contains(
            r#"<button type="button" aria-expanded="false" class="more">Show all 11</button>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"<span class="group-count">11</span>"#));
    // Same count: alphabetical.
    assert!(at(&html, ">Person0<") < at(&html, ">Person1<"));
    assert!(
        html.contains("None in these results"),
        "empty groups say so"
    );
}

#[tokio::test]
async fn active_filters_are_removable_chips_and_counts_follow_the_results() {
    let html = app(
        fixture::snapshot(),
        route("", &["Valport", "Maria Lopez"], None),
    )
    .await;
    assert!(
        html.contains(r#"aria-label="Remove filter: Valport""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-label="Remove filter: Maria Lopez""#));
    assert!(html.contains("Clear all"));
    assert!(html.contains("2 of 4 articles mention Valport and Maria Lopez"));
    assert_eq!(count(&html, r#"class="card""#), 2);
    let aside = &html[at(&html, "<aside")..at(&html, "</aside>")];
    assert!(!aside.contains("Tom Reyes"), "not in the results");
    assert!(aside.contains(r#"<button type="button" aria-pressed="true" class="facet place"><span class="name">Valport</span><span class="count">2"#), "{aside}");
    // Card links keep the filters.
    assert!(
        html.contains(r##"href="#/article/harbour-strike?e=Valport&amp;e=Maria%20Lopez""##),
        "{html}"
    );
}

#[tokio::test]
async fn no_results_suggest_removing_a_filter() {
    let lib = shared(fixture::snapshot());
    let filters = vec!["Valport".to_string(), "Tom Reyes".to_string()];
    let results = Rc::new(compute(&lib, "", &filters));
    let html = render::<ResultList>(ResultListProps {
        lib,
        results,
        route: route("", &["Valport", "Tom Reyes"], None),
        shown: 30,
        on_toggle: Callback::noop(),
        on_query: Callback::noop(),
        on_more: Callback::noop(),
    })
    .await;
    assert_eq!(count(&html, "<article"), 0);
    assert!(html.contains("0 of 4 articles mention Valport and Tom Reyes"));
    assert!(html.contains("Try removing a filter"), "{html}");
    assert!(html.contains("Remove the filter Valport (1 result)"));
    assert!(html.contains("Remove the filter Tom Reyes (2 results)"));
}

#[tokio::test]
async fn the_reader_shows_the_whole_article_with_clickable_mentions() {
    let html = app(
        fixture::snapshot(),
        route("", &["Valport"], Some("harbour-strike")),
    )
    .await;
    let reader = &html[at(&html, r#"class="reader""#)..];
    assert!(
        reader.contains(
            r#"<h1 id="reader-title" tabindex="-1">Dock workers strike at the harbour</h1>"#
        ),
        "{reader}"
    );
    assert!(reader.contains(r#"<h2 class="subheading">Talks stalled</h2>"#));
    assert!(reader.contains(r#"<p class="aside">Photo: cranes stand idle at the quay.</p>"#));
    // Both mentions of the person, the org, and the active place filter shown pressed.
    assert_eq!(count(reader, r#"class="mention person""#), 2);
    assert_eq!(count(reader, r#"class="mention organization""#), 1);
    assert!(reader.contains(r#"<button type="button" aria-pressed="true" title="Remove the filter Valport" class="mention place">Valport</button>"#), "{reader}");
    assert!(reader.contains(r#"title="Show articles that mention Maria Lopez" class="mention person">Lopez</button> said ships"#));
    // Back to the list with the same filters.
    assert!(
        reader.contains(r##"<a href="#/?e=Valport" class="back">← Back to 2 results</a>"##),
        "{reader}"
    );
    assert_eq!(count(&html, "<h1"), 1, "one top-level heading");
}

#[tokio::test]
async fn the_reader_marks_entity_mentions_in_the_title() {
    let html = app(fixture::snapshot(), route("", &[], Some("port-reopens"))).await;
    assert!(html.contains(r#"<h1 id="reader-title" tabindex="-1"><button type="button" aria-pressed="false" title="Show articles that mention Valport" class="mention place">Valport</button> harbour reopens after deal</h1>"#), "{html}");
}

#[tokio::test]
async fn a_link_to_an_article_not_in_the_build_says_so() {
    let html = app(fixture::snapshot(), route("q", &[], Some("gone"))).await;
    assert!(html.contains("This article is not in this build"), "{html}");
    assert!(html.contains(r##"href="#/?q=q""##));
}

#[derive(Properties, PartialEq)]
struct ProbeProps {
    lib: Shared,
    text: AttrValue,
    mentions: Vec<(Span, usize)>,
    marks: Vec<Span>,
}

/// Renders [`mentioned_text`] alone.
#[component(Probe)]
fn probe(props: &ProbeProps) -> Html {
    let on_toggle = Callback::noop();
    let mentions = Mentions {
        lib: &props.lib,
        ranges: &props.mentions,
        active: &[],
        on_toggle: &on_toggle,
    };
    html! { <p>{ mentioned_text(&props.text, mentions, &props.marks) }</p> }
}

#[tokio::test]
async fn query_marks_nest_inside_mentions_and_around_them() {
    let lib = shared(fixture::snapshot());
    let maria = lib.by_key("Maria Lopez").unwrap();
    let text = "Maria Lopez spoke to <b>Lopez</b> fans";
    let html = render::<Probe>(ProbeProps {
        lib,
        text: text.into(),
        mentions: vec![(Span { start: 0, end: 11 }, maria)],
        // "Lopez" inside the mention, "Lopez" inside markup-like text, and a bad range.
        marks: vec![
            Span { start: 6, end: 11 },
            Span { start: 24, end: 29 },
            Span { start: 34, end: 99 },
        ],
    })
    .await;
    assert_eq!(
        html,
        concat!(
            r#"<p><button type="button" aria-pressed="false" title="Show articles that mention Maria Lopez" class="mention person">"#,
            "Maria <mark>Lopez</mark></button>",
            " spoke to &lt;b&gt;<mark>Lopez</mark>&lt;/b&gt; <mark>fans</mark></p>"
        )
    );
}

#[tokio::test]
async fn the_search_box_is_labelled_and_shows_the_query_escaped() {
    let html = render::<SearchBox>(SearchBoxProps {
        value: "\"<script>\" oil".into(),
        on_input: Callback::noop(),
        input_ref: NodeRef::default(),
    })
    .await;
    assert!(html.contains(r#"<label for="search">Search articles</label>"#));
    assert!(html.contains(r#"id="search" type="search""#), "{html}");
    assert!(!html.contains("<script"));
}

#[tokio::test]
async fn a_query_marks_matches_in_cards_and_in_the_reader() {
    let html = app(fixture::snapshot(), route("strike", &[], None)).await;
    assert!(
        html.contains("Dock workers <mark>strike</mark> at the harbour"),
        "{html}"
    );
    assert!(html.contains("ending the <mark>strike</mark>"), "{html}");
    assert!(
        !html.contains("Grain prices"),
        "non-matching articles are left out"
    );

    let reader = app(
        fixture::snapshot(),
        route("strike", &[], Some("harbour-strike")),
    )
    .await;
    assert!(reader.contains(r#"<h1 id="reader-title" tabindex="-1">Dock workers <mark>strike</mark> at the harbour</h1>"#), "{reader}");
    assert!(reader.contains("said the <mark>strike</mark> would continue"));
    assert!(
        reader.contains(r##"href="#/?q=strike" class="back">← Back to 2 results</a>"##),
        "{reader}"
    );
}

#[tokio::test]
async fn partial_matches_are_labelled_and_offer_shorter_searches() {
    let html = app(fixture::snapshot(), route("grain harbour", &[], None)).await;
    assert!(
        html.contains("No article matches all of “grain harbour”;"),
        "{html}"
    );
    assert!(html.contains("Or try a shorter search:"));
    assert!(html.contains("Search for “harbour” (2 results)"));
    assert!(count(&html, r#"class="card""#) >= 2);
}

#[tokio::test]
async fn long_lists_show_a_page_of_cards_and_a_show_more_button() {
    let articles: Vec<Article> = (0..45)
        .map(|i| Article {
            id: format!("a{i}"),
            path: format!("a{i}.txt"),
            title: format!("Report number {i}"),
            source: None,
            date: None,
            url: None,
            author: None,
            credits: Vec::new(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                text: "Text.".into(),
            }],
            word_count: 1,
            reading_minutes: 1,
        })
        .collect();
    let html = app(
        Snapshot::new(Corpus {
            articles,
            entities: Vec::new(),
            quotes: Vec::new(),
        }),
        Route::default(),
    )
    .await;
    assert_eq!(count(&html, r#"class="card""#), 30);
    assert!(html.contains(">45 articles</h2>"));
    assert!(
        html.contains(r#"<button type="button" class="show-more">Show 15 more of 15</button>"#),
        "{html}"
    );
    assert!(
        html.contains("None in these results"),
        "no entities: the groups say so"
    );
}
