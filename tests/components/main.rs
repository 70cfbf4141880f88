//! Component tests: each view rendered natively with yew's server renderer, on the
//! hand-written fixture corpus (see `fixture.rs`) and on corpora built in the tests.

mod fixture;

use std::rc::Rc;

use corpus::bundle::{CardSource, Store};
use corpus::{Article, Block, Corpus, Entity, EntityKind, MentionSet, Span};
use news_explorer::app::{App, AppProps};
use news_explorer::components::card::{Card, CardProps};
use news_explorer::components::marked::{mentioned_text, Mentions};
use news_explorer::components::result_list::{ResultList, ResultListProps};
use news_explorer::components::search_box::{SearchBox, SearchBoxProps};
use news_explorer::components::sidebar::{Sidebar, SidebarProps};
use news_explorer::data::Status;
use news_explorer::library::{EntityLinks, Library, VersionedLibrary};
use news_explorer::results::{compute, facets, Marks, SharedResults};
use news_explorer::route::{LinkMode, Route};
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

fn library(store: Store) -> Rc<Library> {
    Rc::new(Library::new(store, LinkMode::Path, "data/".into()))
}

fn shared(store: Store) -> VersionedLibrary {
    VersionedLibrary::new(library(store))
}

fn route(query: &str, filters: &[&str], article: Option<&str>) -> Route {
    Route {
        query: query.to_string(),
        filters: filters.iter().map(|f| f.to_string()).collect(),
        article: article.map(str::to_string),
        ..Route::default()
    }
}

async fn app_of(store: Store, route: Route) -> String {
    render::<App>(AppProps {
        library: Ok(library(store)),
        route,
        place: None,
        then: None,
        typed: None,
    })
    .await
}

async fn app(route: Route) -> String {
    app_of(fixture::store(), route).await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// Byte offset of `needle` in `html`, failing the test when absent.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the page:\n{html}"))
}

fn full(store: &Store, n: u32) -> Option<CardSource> {
    store.card(n).expect("loaded")
}

#[tokio::test]
async fn an_empty_build_says_what_to_do_and_has_no_sidebar() {
    let html = app_of(fixture::store_of(Corpus::default()), Route::default()).await;
    assert!(html.contains("No articles in this build"), "{html}");
    assert!(html.contains("seeds/"));
    assert!(!html.contains("<aside"));
    assert_eq!(count(&html, "<article"), 0);
    // The search box is still there, labelled.
    assert!(html.contains(r#"<label for="search">"#));
}

#[tokio::test]
async fn a_boot_file_that_cannot_be_read_is_reported() {
    let html = render::<App>(AppProps {
        library: Err("This build is broken: data format 9, this page reads 1".into()),
        route: Route::default(),
        place: None,
        then: None,
        typed: None,
    })
    .await;
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("This build is broken: data format 9, this page reads 1"));
    assert!(html.contains("Reload the page"));
}

#[tokio::test]
async fn the_page_the_app_takes_over_has_the_quick_results_place_and_keeps_the_typed_box() {
    // As the site generator renders it (hydratable) and as the app's first render in the
    // browser must match it: `app::hand_over_quick_search` moves the quick search's results
    // into the empty raw HTML that opens `<main>`, which yew hydrates without reading.
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        library: Ok(library(fixture::store())),
        route: Route::default(),
        place: None,
        then: None,
        typed: Some("strike".into()),
    })
    .hydratable(true)
    .render()
    .await;
    assert!(
        html.contains(r#"<main id="main" tabindex="-1"><!--<#>--><!--</#>-->"#),
        "{html}"
    );
    // The box holds what was typed; the list is the page's own (the query comes next).
    assert!(html.contains(r#"value="strike""#), "{html}");
    assert!(html.contains(">4 articles</h2>"), "{html}");
    assert!(!html.contains("<mark>"));
}

#[tokio::test]
async fn the_list_has_landmarks_a_card_per_article_and_a_summary() {
    let html = app(Route::default()).await;
    for landmark in ["<header", "<main", "<aside", r#"role="search""#] {
        assert!(html.contains(landmark), "{landmark} missing");
    }
    assert_eq!(count(&html, r#"class="card""#), 4);
    assert!(html.contains(">4 articles</h2>"), "{html}");
    // Cards in collection order, each title a link to the article's page.
    let first = at(&html, r#"href="article/harbour-strike/""#);
    let second = at(&html, r#"href="article/port-reopens/""#);
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
async fn the_first_view_renders_from_the_boot_file_with_placeholders_for_the_rest() {
    let html = app_of(fixture::split_store(), Route::default()).await;
    assert!(html.contains(">4 articles</h2>"), "{html}");
    assert_eq!(
        count(&html, r#"class="card""#),
        2,
        "two cards in the boot file"
    );
    assert_eq!(count(&html, r#"class="card loading""#), 2);
    assert!(html.contains("Loading article…"));
    // The sidebar's first entities come from the boot file too.
    let aside = &html[at(&html, "<aside")..at(&html, "</aside>")];
    assert!(aside.contains(">Maria Lopez<"), "{aside}");
    assert!(aside.contains(">Northland<"));
}

#[tokio::test]
async fn a_split_store_fed_what_it_asks_for_renders_like_a_whole_one() {
    let bundle = fixture::split_bundle();
    let mut store = fixture::split_store();
    let filters = ["valport".to_string()];
    let (results, _) = fixture::answer(&mut store, &bundle, |s| compute(s, "strike", &filters));
    let (counted, _) = fixture::answer(&mut store, &bundle, |s| facets(s, &results, false));
    for f in counted.groups.iter().flat_map(|g| &g.facets) {
        fixture::answer(&mut store, &bundle, |s| s.entity_ref(f.entity));
    }
    for item in &results.items {
        fixture::answer(&mut store, &bundle, |s| s.article(item.article));
    }
    let split = app_of(store, route("strike", &["valport"], None)).await;
    assert_eq!(split, app(route("strike", &["valport"], None)).await);
    assert!(split.contains("<mark>strike</mark>"), "{split}");
}

#[tokio::test]
async fn card_chips_are_toggle_buttons_for_the_articles_main_entities() {
    let store = fixture::store();
    let html = render::<Card>(CardProps {
        source: full(&store, 0),
        marks: None,
        href: "article/harbour-strike/".into(),
        active: vec![4],
        on_toggle: Callback::noop(),
        failed: None,
        on_retry: Callback::noop(),
        matched: None,
        entity_links: EntityLinks::default(),
        dated_order: false,
    })
    .await;
    let chips = &html[at(&html, r#"class="chips""#)..];
    let maria = at(chips, "Maria Lopez");
    let authority = at(chips, "Harbour Authority");
    let valport = at(chips, "Valport");
    assert!(maria < authority && authority < valport, "most named first");
    assert_eq!(count(chips, r#"class="chip "#), 3);
    assert_eq!(
        count(chips, r#"<a role="button" href="#),
        3,
        "links, toggles with JavaScript"
    );
    assert_eq!(count(chips, r#"aria-pressed="true""#), 1);
    assert!(
        chips.contains(r#"aria-pressed="true" class="chip place""#),
        "{chips}"
    );
}

#[tokio::test]
async fn card_highlights_are_marks_from_the_querys_highlighter() {
    let store = fixture::store();
    let marks = Marks(Rc::new(store.highlighter("ships workers day").unwrap()));
    let html = render::<Card>(CardProps {
        source: full(&store, 0),
        marks: Some(marks),
        href: "article/harbour-strike/?q=ships%20workers%20day".into(),
        active: Vec::new(),
        on_toggle: Callback::noop(),
        failed: None,
        on_retry: Callback::noop(),
        matched: None,
        entity_links: EntityLinks::default(),
        dated_order: false,
    })
    .await;
    assert!(html.contains("Dock <mark>workers</mark> strike"), "{html}");
    assert!(
        html.contains("Lopez said <mark>ships</mark> were waiting outside Valport for a third <mark>day</mark>."),
        "{html}"
    );
    assert!(html.contains(r#"href="article/harbour-strike/?q=ships%20workers%20day""#));
}

#[tokio::test]
async fn a_card_on_its_way_says_so_and_a_failed_one_offers_a_retry() {
    let props = |failed: Option<&str>| CardProps {
        source: None,
        marks: None,
        href: "".into(),
        active: Vec::new(),
        on_toggle: Callback::noop(),
        failed: failed.map(AttrValue::from),
        on_retry: Callback::noop(),
        matched: None,
        entity_links: EntityLinks::default(),
        dated_order: false,
    };
    let loading = render::<Card>(props(None)).await;
    assert!(loading.contains(r#"aria-busy="true""#), "{loading}");
    assert!(loading.contains("Loading article…"));
    let failed = render::<Card>(props(Some("HTTP 500"))).await;
    assert!(
        failed.contains("This article could not be loaded (HTTP 500)."),
        "{failed}"
    );
    assert!(failed.contains(">Retry</button>"));
}

#[tokio::test]
async fn article_text_that_looks_like_html_stays_text() {
    let html = app(Route::default()).await;
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" stay text"));
    assert!(html.contains("Test &lt;b&gt;Desk&lt;/b&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));

    let reader = app(route("", &[], Some("markup-in-text"))).await;
    assert!(
        !reader.contains("<script") && !reader.contains("<img"),
        "{reader}"
    );
    assert!(reader.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn the_sidebar_groups_entities_and_sorts_them_by_article_count() {
    let html = app(Route::default()).await;
    let aside = &html[at(&html, "<aside")..at(&html, "</aside>")];
    let people = at(aside, ">People<");
    let orgs = at(aside, ">Organisations<");
    let places = at(aside, ">Places<");
    assert!(people < orgs && orgs < places);
    let (maria, reyes) = (at(aside, "Maria Lopez"), at(aside, "Tom Reyes"));
    assert!(people < maria && maria < reyes && reyes < orgs);
    let (valport, northland) = (at(aside, ">Valport<"), at(aside, ">Northland<"));
    assert!(places < valport && valport < northland);
    // Entities link to their page, or to the list filtered by them when they have none.
    assert!(aside.contains(r#"href="entity/maria-lopez/""#));
    assert!(
        aside.contains(r#"href="?e=tom-reyes""#),
        "named in one article: no page"
    );
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
        articles: vec![Article::new(
            "a",
            "Meeting",
            vec![Block::paragraph(text.clone())],
        )],
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
    let store = fixture::store_of(corpus);
    let results = compute(&store, "", &[]).unwrap();
    let counted = facets(&store, &results, true).unwrap();
    let html = render::<Sidebar>(SidebarProps {
        lib: shared(store),
        facets: Rc::new(counted),
        status: Status::Ready,
        active: Vec::new(),
        on_toggle: Callback::noop(),
        on_complete: Callback::noop(),
        on_retry: Callback::noop(),
        of_article: false,
    })
    .await;
    assert_eq!(count(&html, r#"class="facet person""#), 8);
    assert!(
        html.contains(
            r#"<button type="button" aria-expanded="false" class="more">Show all 11</button>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"<span class="group-count">11 names</span>"#));
    // Same count: the order of the collection (most named, then by name).
    assert!(at(&html, ">Person0<") < at(&html, ">Person1<"));
    assert!(
        html.contains("None in these results"),
        "empty groups say so"
    );
}

#[tokio::test]
async fn active_filters_are_removable_chips_and_counts_follow_the_results() {
    let html = app(route("", &["valport", "maria-lopez"], None)).await;
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
    assert!(aside.contains(r#"<a role="button" href="entity/valport/" aria-pressed="true" class="facet place"><span class="name">Valport</span><span class="count">2"#), "{aside}");
    // Card links keep the filters.
    assert!(
        html.contains(r#"href="article/harbour-strike/?e=valport&amp;e=maria-lopez""#),
        "{html}"
    );
}

#[tokio::test]
async fn no_results_suggest_removing_a_filter() {
    let store = fixture::store();
    let filters = vec!["valport".to_string(), "tom-reyes".to_string()];
    let results = SharedResults(Rc::new(compute(&store, "", &filters).unwrap()));
    let html = render::<ResultList>(ResultListProps {
        lib: shared(store),
        results,
        status: Status::Ready,
        route: route("", &["valport", "tom-reyes"], None),
        shown: 30,
        defer: true,
        on_toggle: Callback::noop(),
        on_query: Callback::noop(),
        on_more: Callback::noop(),
        on_retry: Callback::noop(),
    })
    .await;
    assert_eq!(count(&html, "<article"), 0);
    assert!(html.contains("0 of 4 articles mention Valport and Tom Reyes"));
    assert!(html.contains("Try removing a filter"), "{html}");
    assert!(html.contains("Remove the filter Valport (1 result)"));
    assert!(html.contains("Remove the filter Tom Reyes (2 results)"));
}

#[tokio::test]
async fn results_still_loading_are_dimmed_under_a_line_that_says_so() {
    let store = fixture::store();
    let old = Rc::new(compute(&store, "strike", &[]).unwrap());
    let props = |status: Status| ResultListProps {
        lib: shared(fixture::store()),
        results: SharedResults(old.clone()),
        status,
        route: route("strikes", &[], None),
        shown: 30,
        defer: true,
        on_toggle: Callback::noop(),
        on_query: Callback::noop(),
        on_more: Callback::noop(),
        on_retry: Callback::noop(),
    };
    let loading = render::<ResultList>(props(Status::Loading)).await;
    assert!(loading.contains(r#"class="results stale""#), "{loading}");
    assert!(loading.contains(r#"aria-busy="true""#));
    assert!(loading.contains(">Searching…</h2>"));
    assert!(
        !loading.contains("match “strike”"),
        "the old summary is not shown"
    );
    let failed = render::<ResultList>(props(Status::Failed("HTTP 500".into()))).await;
    assert!(
        failed.contains("could not be loaded (HTTP 500)"),
        "{failed}"
    );
    assert!(failed.contains(r#"class="retry""#));
    let ready = render::<ResultList>(props(Status::Ready)).await;
    assert!(!ready.contains("stale") && ready.contains(r#"aria-busy="false""#));
}

#[tokio::test]
async fn the_reader_shows_the_whole_article_with_clickable_mentions() {
    let html = app(route("", &["valport"], Some("harbour-strike"))).await;
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
    assert!(reader.contains(r#"<a role="button" href="entity/valport/" tabindex="-1" aria-pressed="true" title="Remove the filter Valport" class="mention place">Valport</a>"#), "{reader}");
    assert!(reader.contains(r#"title="Show articles that mention Maria Lopez" class="mention person">Lopez</a> said ships"#));
    // Back to the list with the same filters.
    assert!(
        reader.contains(r#"<a href="?e=valport" class="back">← Back to 2 results</a>"#),
        "{reader}"
    );
    assert_eq!(count(&html, "<h1"), 1, "one top-level heading");
}

#[tokio::test]
async fn the_reader_marks_entity_mentions_in_the_title() {
    let html = app(route("", &[], Some("port-reopens"))).await;
    assert!(html.contains(r#"<h1 id="reader-title" tabindex="-1"><a role="button" href="entity/valport/" tabindex="-1" aria-pressed="false" title="Show articles that mention Valport" class="mention place">Valport</a> harbour reopens after deal</h1>"#), "{html}");
}

#[tokio::test]
async fn a_link_to_an_article_not_in_the_build_says_so() {
    let html = app(route("q", &[], Some("gone"))).await;
    assert!(html.contains("This article is not in this build"), "{html}");
    assert!(html.contains(r#"href="?q=q""#));
}

#[tokio::test]
async fn an_article_on_its_way_says_so() {
    let html = app_of(fixture::split_store(), route("", &[], Some("grain-prices"))).await;
    assert!(html.contains("Loading the article…"), "{html}");
    assert!(html.contains(r#"aria-busy="true""#));
}

#[tokio::test]
async fn an_entity_page_lists_the_articles_that_name_it_as_links() {
    let page = Route {
        entity: Some("maria-lopez".into()),
        ..Route::default()
    };
    let html = app(page).await;
    let main = &html[at(&html, "<main")..];
    assert!(
        main.contains(r#"<h1 id="reader-title" tabindex="-1">Maria Lopez</h1>"#),
        "{main}"
    );
    assert!(main.contains("Person"));
    assert!(main.contains("named in 2 articles"));
    assert!(main.contains("Also written: Lopez"));
    let first = at(
        main,
        r#"<a href="article/harbour-strike/">Dock workers strike at the harbour</a>"#,
    );
    let second = at(main, r#"<a href="article/port-reopens/">"#);
    assert!(first < second, "most mentions first");
    assert!(main.contains("2 mentions") && main.contains("1 mention<"));
    assert!(
        main.contains(r#"href="?e=maria-lopez""#),
        "and the explorer, filtered"
    );
    assert_eq!(count(&html, "<h1"), 1);

    let nobody = app(Route {
        entity: Some("nobody-at-all".into()),
        ..Route::default()
    })
    .await;
    assert!(
        nobody.contains("No one and nothing by that name"),
        "{nobody}"
    );
}

#[derive(Properties, PartialEq)]
struct ProbeProps {
    text: AttrValue,
    mentions: Vec<(Span, usize)>,
    marks: Vec<Span>,
}

/// Renders [`mentioned_text`] alone, with the fixture's first article's entities.
#[component(Probe)]
fn probe(props: &ProbeProps) -> Html {
    let on_toggle = Callback::noop();
    let store = fixture::store();
    let file = store.article(0).unwrap().unwrap();
    let entities: Vec<_> = file.entities.iter().map(|e| e.entity.clone()).collect();
    let mentions = Mentions {
        entities: &entities,
        ranges: &props.mentions,
        active: &[],
        on_toggle: &on_toggle,
        links: EntityLinks::of(&store, LinkMode::Path),
    };
    html! { <p>{ mentioned_text(&props.text, mentions, &props.marks) }</p> }
}

#[tokio::test]
async fn query_marks_nest_inside_mentions_and_around_them() {
    let text = "Maria Lopez spoke to <b>Lopez</b> fans";
    let html = render::<Probe>(ProbeProps {
        text: text.into(),
        // The first article's most named entity is Maria Lopez.
        mentions: vec![(Span { start: 0, end: 11 }, 0)],
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
            r#"<p><a role="button" href="entity/maria-lopez/" tabindex="-1" aria-pressed="false" title="Show articles that mention Maria Lopez" class="mention person">"#,
            "Maria <mark>Lopez</mark></a>",
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
        on_clear: Callback::noop(),
    })
    .await;
    assert!(html.contains(r#"<label for="search">Search articles</label>"#));
    assert!(html.contains(r#"id="search" type="search""#), "{html}");
    assert!(!html.contains("<script"));
}

#[tokio::test]
async fn a_query_marks_matches_in_cards_and_in_the_reader() {
    let html = app(route("strike", &[], None)).await;
    assert!(
        html.contains("Dock workers <mark>strike</mark> at the harbour"),
        "{html}"
    );
    assert!(html.contains("ending the <mark>strike</mark>"), "{html}");
    assert!(
        !html.contains("Grain prices"),
        "non-matching articles are left out"
    );

    let reader = app(route("strike", &[], Some("harbour-strike"))).await;
    assert!(reader.contains(r#"<h1 id="reader-title" tabindex="-1">Dock workers <mark>strike</mark> at the harbour</h1>"#), "{reader}");
    assert!(reader.contains("said the <mark>strike</mark> would continue"));
    assert!(
        reader.contains(r#"href="?q=strike" class="back">← Back to 2 results</a>"#),
        "{reader}"
    );
}

#[tokio::test]
async fn partial_matches_are_labelled_and_offer_shorter_searches() {
    let html = app(route("grain harbour", &[], None)).await;
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
        .map(|i| {
            Article::new(
                &format!("a{i}"),
                &format!("Report number {i}"),
                vec![Block::paragraph("Text.")],
            )
        })
        .collect();
    let html = app_of(
        fixture::store_of(Corpus {
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

#[tokio::test]
async fn the_list_says_how_its_results_matched_and_has_a_skip_link_to_them() {
    // "to" is a word of the first article and starts "Tom" in the third.
    let html = app(route("to", &[], None)).await;
    assert!(
        html.contains(r##"<a href="#summary" class="skip-link">Skip to the results</a>"##),
        "{html}"
    );
    assert!(
        html.contains(r#"<h2 id="summary" tabindex="-1" aria-live="polite" class="summary">1 of 4 articles matches “to”</h2>"#),
        "{html}"
    );
    let strong = at(&html, "Dock workers strike");
    let label = at(
        &html,
        r#"<p class="weak-label">1 more article has words starting with “to”</p>"#,
    );
    let weak = at(&html, "Grain prices climb");
    assert!(
        strong < label && label < weak,
        "the line is between the groups"
    );
    assert!(html.contains(r#"<p class="matched">Matched: Tom for “to” (word start)</p>"#));
}

#[tokio::test]
async fn no_result_with_a_close_word_offers_it_and_does_not_blame_the_spelling() {
    let html = app(route("gxaxn ", &[], None)).await;
    assert!(
        html.contains("No article has “gxaxn” in any form."),
        "{html}"
    );
    assert!(!html.contains("spelling"));
    assert!(html.contains(r#"<p class="did-you-mean">Did you mean:</p>"#));
    assert!(html.contains(r#"<button type="button" class="link">grain</button>"#));
}

#[tokio::test]
async fn the_reader_counts_its_matches_and_the_sidebar_describes_its_entities() {
    let html = app(route("strike", &[], Some("harbour-strike"))).await;
    let reader = &html[at(&html, r#"class="reader""#)..];
    let marks = count(reader, "<mark>");
    assert!(marks >= 2, "{reader}");
    assert!(
        reader.contains(&format!(
            r#"<span class="hit-count">{marks} matches for “strike”</span>"#
        )),
        "{reader}"
    );
    assert!(
        reader.contains(r#"aria-pressed="true" class="colour-toggle">Colour names</button>"#),
        "{reader}"
    );
    assert!(html.contains(r##"<a href="#main" class="skip-link">Skip to the page</a>"##));
    let aside = &html[at(&html, "<aside")..at(&html, "</aside>")];
    assert!(aside.contains(">In this article</h2>"), "{aside}");
    assert!(aside.contains(r#"<span class="name">Maria Lopez</span><span class="count">2<span class="visually-hidden"> mentions</span>"#), "{aside}");
    assert!(!aside.contains("Tom Reyes"), "not in this article");
}

#[tokio::test]
async fn a_card_says_where_its_article_comes_from_and_when_it_has_no_date() {
    let mut corpus = fixture::corpus();
    corpus.articles[0].author = Some("Ana Ruiz".into());
    let store = fixture::store_of(corpus);
    let props = |n: u32, dated_order: bool| CardProps {
        source: full(&store, n),
        marks: None,
        href: "".into(),
        active: Vec::new(),
        on_toggle: Callback::noop(),
        failed: None,
        on_retry: Callback::noop(),
        entity_links: EntityLinks::default(),
        dated_order,
        matched: None,
    };
    let dated = render::<Card>(props(0, false)).await;
    let line = &dated[at(&dated, r#"<p class="byline">"#)..];
    let line = &line[..at(line, "</p>")];
    let source = at(line, r#"<span class="source">Coast Gazette</span>"#);
    let date = at(line, r#"<span class="date">2024-03-02</span>"#);
    let author = at(line, r#"<span class="author">By Ana Ruiz</span>"#);
    let minutes = at(line, "min read");
    assert!(source < date && date < author && author < minutes, "{line}");
    // No date: nothing said in collection order, "No date" in date order; never a date.
    let plain = render::<Card>(props(1, false)).await;
    assert!(
        !plain.contains("No date") && !plain.contains(r#"class="date"#),
        "{plain}"
    );
    let ordered = render::<Card>(props(1, true)).await;
    assert!(
        ordered.contains(r#"<span class="date undated">No date</span>"#),
        "{ordered}"
    );
}

#[tokio::test]
async fn the_list_can_be_put_in_date_order_by_links_kept_in_the_url() {
    let newest = Route {
        sort: news_explorer::route::Sort::Newest,
        ..Route::default()
    };
    let html = app(newest).await;
    let order = &html[at(&html, r#"class="order""#)..];
    assert!(
        order.contains(r#"<a href="?sort=newest" aria-current="true">Newest first</a>"#),
        "{order}"
    );
    assert!(order.contains(r#"<a href="./">Collection order</a>"#));
    assert!(order.contains(r#"<a href="?sort=oldest">Oldest first</a>"#));
    assert!(order.contains("2 articles have no date: they come last"));
    // Newest first, the undated after, saying so.
    let grain = at(&html, "Grain prices climb");
    let dock = at(&html, "Dock workers strike");
    let valport = at(&html, "Valport harbour reopens");
    assert!(grain < dock && dock < valport);
    assert_eq!(count(&html, "No date"), 2);

    // With a query the default order is the best match.
    let query = app(route("grain", &[], None)).await;
    assert!(
        query.contains(r#"<a href="?q=grain" aria-current="true">Best match</a>"#),
        "{query}"
    );
    // A collection without dates has no order to choose.
    let mut corpus = fixture::corpus();
    for a in &mut corpus.articles {
        a.date = None;
    }
    let undated = app_of(fixture::store_of(corpus), Route::default()).await;
    assert!(!undated.contains(r#"class="order""#));
}

#[tokio::test]
async fn the_reader_shows_a_first_sentence_title_whole_and_credits_on_one_line() {
    let sentence = "As the storm moved north along the coast, the harbour authority closed all \
                    twelve piers, cancelled the evening ferries and asked owners of small boats \
                    to move them inland before the tide";
    let text = format!(
        "By Jane Doe\n\n{sentence}. Fishermen said they had never seen such waves.\n\n\
         The piers reopened on Monday.\n\nTom Roe contributed to this report."
    );
    let article = corpus::read::parse_article("storm.txt", &text);
    assert!(article.title.ends_with('…'));
    let store = fixture::store_of(Corpus {
        articles: vec![article],
        ..Corpus::default()
    });
    let html = app_of(store, route("", &[], Some("storm"))).await;
    let reader = &html[at(&html, r#"class="reader""#)..];
    assert!(
        reader.contains(&format!(
            r#"<h1 id="reader-title" tabindex="-1">{sentence}</h1>"#
        )),
        "{reader}"
    );
    // The paragraph goes on after the heading; the sentence is not said twice.
    assert_eq!(count(reader, "the harbour authority closed"), 1);
    assert!(reader.contains("<p>Fishermen said they had never seen such waves.</p>"));
    // The byline gives the author; the other credit line is one quiet line, not a block.
    assert!(reader.contains(r#"<span class="author">By Jane Doe</span>"#));
    assert!(reader.contains(
        r#"<p class="credits"><span class="label">Credits and source: </span>Tom Roe contributed to this report.</p>"#
    ));
    assert!(!reader.contains(r#"class="aside""#), "{reader}");
    // The card: title cut, snippet after the title's sentence.
    let list = app_of(
        fixture::store_of(Corpus {
            articles: vec![corpus::read::parse_article("storm.txt", &text)],
            ..Corpus::default()
        }),
        Route::default(),
    )
    .await;
    let card = &list[at(&list, r#"class="card""#)..];
    assert!(
        card.contains(r#"<p class="snippet">Fishermen said they had never seen such waves.</p>"#),
        "{card}"
    );
}

/// Three articles: one quoting Maria Lopez (with markup in the quotation), one with a
/// quotation nobody is named for, one naming her without quoting her.
fn quoted_corpus() -> Corpus {
    let article = |id: &str, paragraphs: &[&str]| {
        Article::new(
            id,
            &format!("Story {id}"),
            paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        )
    };
    let articles = vec![
        article(
            "quoted",
            &[
                "Maria Lopez spoke to the harbour board on Monday.",
                "\"We will never allow <script>alert(1)</script> on the quay, not while I am here,\" Lopez said.",
            ],
        ),
        article(
            "unattributed",
            &[
                "Rain fell on the quay all week.",
                "“Nobody knows what the ferries will cost next winter, not one family here.”",
            ],
        ),
        article("named", &["Maria Lopez met the harbour board again."]),
    ];
    naming_maria_lopez(articles)
}

/// `articles` with Maria Lopez named wherever they write "Maria Lopez" or "Lopez", and
/// their quotations.
fn naming_maria_lopez(articles: Vec<Article>) -> Corpus {
    let mut sets = Vec::new();
    for (a, art) in articles.iter().enumerate() {
        let mut mentions = Vec::new();
        for (b, block) in art.blocks.iter().enumerate() {
            for form in ["Maria Lopez", "Lopez"] {
                for (start, _) in block.text.match_indices(form) {
                    let end = start + form.len();
                    let inside = mentions.iter().any(|m: &corpus::Mention| {
                        m.block == b as u32 && (m.start as usize) <= start && end <= m.end as usize
                    });
                    if !inside {
                        mentions.push(corpus::Mention {
                            block: b as u32,
                            start: start as u32,
                            end: end as u32,
                        });
                    }
                }
            }
        }
        if !mentions.is_empty() {
            mentions.sort();
            sets.push(MentionSet {
                article: a as u32,
                mentions,
            });
        }
    }
    let entities = vec![Entity {
        name: "Maria Lopez".into(),
        kind: EntityKind::Person,
        aliases: vec!["Lopez".into()],
        articles: sets,
    }];
    let quotes = corpus::quotes::find(&articles, &entities);
    Corpus {
        articles,
        entities,
        quotes,
    }
}

#[tokio::test]
async fn the_reader_marks_quotations_with_their_speaker_or_says_it_is_unknown() {
    let html = app_of(
        fixture::store_of(quoted_corpus()),
        route("", &[], Some("quoted")),
    )
    .await;
    let main = &html[at(&html, "<main")..];
    let quote = at(main, r#"<span data-quote="0" class="quote">"#);
    let said = at(main, r#"<span data-quote="0" class="said-by">"#);
    assert!(quote < said, "who said it follows the quotation");
    assert!(
        main[said..]
            .contains(r#"<a href="entity/maria-lopez/" class="speaker person">Maria Lopez</a>"#),
        "{main}"
    );
    assert!(main.contains("We will never allow &lt;script&gt;alert(1)&lt;/script&gt; on the quay"));
    assert!(!main.contains("<script"), "article text stays text");
    // What the articles share: first the article naming the same person.
    let related = &main[at(main, r#"class="related""#)..];
    let named = at(
        related,
        r#"<a href="article/named/" class="related-title">Story named</a>"#,
    );
    assert!(related[named..].starts_with(concat!(
        r#"<a href="article/named/" class="related-title">Story named</a><ul class="shared">"#,
        r#"<li class="shared-entities">Both name <a href="entity/maria-lopez/" class="shared-entity person">Maria Lopez</a></li>"#
    )), "{related}");
    assert!(named < at(related, "Story unattributed"));

    let html = app_of(
        fixture::store_of(quoted_corpus()),
        route("", &[], Some("unattributed")),
    )
    .await;
    assert!(
        html.contains(r#"<span class="unknown">speaker unknown</span>"#),
        "{html}"
    );
    assert!(!html.contains("class=\"speaker"), "no guess");
}

#[tokio::test]
async fn an_entity_page_shows_mentions_in_context_and_quotations_escaped() {
    let page = Route {
        entity: Some("maria-lopez".into()),
        ..Route::default()
    };
    let html = app_of(fixture::store_of(quoted_corpus()), page).await;
    let main = &html[at(&html, "<main")..];
    assert!(main.contains(
        r#"<p class="context"><strong>Maria Lopez</strong> spoke to the harbour board on Monday.</p>"#
    ), "{main}");
    let quotes = &main[at(main, r#"class="entity-quotes""#)..];
    assert!(quotes.contains(
        "<blockquote>We will never allow &lt;script&gt;alert(1)&lt;/script&gt; on the quay, not while I am here,</blockquote>"
    ), "{quotes}");
    assert!(quotes.contains("In 1 article:"));
    assert!(!main.contains("<script"));
}

#[tokio::test]
async fn one_shared_rare_word_is_called_a_word() {
    let article = |id: &str, text: &str| {
        Article::new(id, &format!("Story {id}"), vec![Block::paragraph(text)])
    };
    // "lighthouse" is the only word two of the three stories share.
    let corpus = Corpus {
        articles: vec![
            article("keepers", "Keepers painted the lighthouse yesterday."),
            article("sailors", "Sailors admired every lighthouse tonight."),
            article("farmers", "Farmers harvested wheat quickly."),
        ],
        entities: Vec::new(),
        quotes: Vec::new(),
    };
    let html = app_of(fixture::store_of(corpus), route("", &[], Some("keepers"))).await;
    assert!(
        html.contains(r#"<li class="shared-words">Both use the rare word lighthouse</li>"#),
        "{html}"
    );
}

#[tokio::test]
async fn two_quotations_of_one_speaker_in_a_paragraph_get_one_label() {
    let mut articles = quoted_corpus().articles;
    articles[0].blocks[1] = Block::paragraph(
        "\"We will never give up the quay to anyone,\" Lopez said. \"The harbour board knows it well.\"",
    );
    let corpus = naming_maria_lopez(articles);
    let html = app_of(fixture::store_of(corpus), route("", &[], Some("quoted"))).await;
    let main = &html[at(&html, "<main")..];
    assert_eq!(main.matches(r#"class="quote""#).count(), 2, "{main}");
    assert_eq!(main.matches(r#"class="said-by""#).count(), 1, "{main}");
    assert!(
        main.contains(concat!(
            r#"<span data-quote="0" class="said-by"><span class="label">Quotations: </span>"#,
            r#"<a href="entity/maria-lopez/" class="speaker person">Maria Lopez</a></span>"#
        )),
        "{main}"
    );
}
