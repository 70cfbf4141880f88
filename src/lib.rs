//! The web app: thin yew components that render what the `corpus` crate computed.
//!
//! * [`route`] maps the URL to the view and back.
//! * [`state`] holds the view's state and its transitions (a yew reducer).
//! * [`library`] holds the loaded data; [`data`] fetches what the views need.
//! * [`results`] computes what to show from the loaded data, the query and the filters;
//!   [`report`] hands them to `corpus::search::report`, which says in words what they are
//!   and how they matched (and writes counts: "1 article", "2 articles"); [`order`] puts them in
//!   date order when asked.
//! * [`highlight`] cuts text into highlighted pieces from byte ranges.
//! * [`components`] render all that; [`app`] wires it to the browser through [`hooks`].
//!
//! The same components render every page to HTML at build time (the site generator, with the
//! `ssr` feature); in the browser the app takes that HTML over (`hydration`).

pub mod app;
pub mod components;
pub mod data;
pub mod highlight;
pub mod hooks;
pub mod library;
pub mod order;
pub mod report;
pub mod results;
pub mod route;
pub mod state;

#[cfg(test)]
#[path = "../tests/components/fixture.rs"]
mod fixture;

use std::rc::Rc;

use corpus::bundle::Store;
use wasm_bindgen::JsCast;

pub use app::App;

/// Fetches the boot file the page names and starts the app on the view the URL names: it
/// takes over the page's prerendered HTML once it has the files that HTML was made from, or
/// renders the page itself when there is none (or they cannot be fetched).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let place = data::Place::of_page();
        let current = place.route();
        let store = match data::fetch_bytes(&place.boot_url).await {
            Ok(bytes) => Store::new(&bytes).map_err(|e| format!("This build is broken: {e}")),
            Err(e) => Err(format!("The site's data could not be loaded ({e}).")),
        };
        let mut store = match store {
            Ok(store) => store,
            Err(e) => {
                let props = app::AppProps {
                    library: Err(e),
                    route: current,
                    place: Some(place),
                    then: None,
                    typed: None,
                };
                app::end_quick_search();
                yew::Renderer::<App>::with_props(props).render();
                return;
            }
        };
        let mut prerendered = None;
        if let Some((route, hint)) = data::prerendered() {
            if let (Some(id), Some(slug)) = (hint, route.entity.as_deref()) {
                store.hint(slug, id);
            }
            if load_page(&mut store, &place, &route).await.is_ok() {
                prerendered = Some(route);
            }
        }
        // The files the typed query and its first cards need, so that the app shows its
        // results as soon as it has taken the page over (the quick search's stay until then),
        // not "Searching…" while it fetches them. The quick search answers what is typed
        // meanwhile; a few more rounds follow it.
        let mut loaded: Option<String> = None;
        for _ in 0..QUERY_ROUNDS {
            let Some(query) = typed().filter(|q| loaded.as_ref() != Some(q)) else {
                break;
            };
            let _ = load_query(&mut store, &place, &query, &current).await;
            loaded = Some(query);
        }
        let library = Ok(Rc::new(library::Library::new(
            store,
            place.links,
            place.data_url.clone(),
        )));
        // Read again: the visitor may have typed on meanwhile.
        let typed = typed();
        match prerendered {
            #[cfg(feature = "hydration")]
            Some(route) => {
                // No await from here to the hydration: nothing is painted in between.
                app::hand_over_quick_search();
                let props = app::AppProps {
                    library,
                    then: (current != route).then_some(current),
                    route,
                    place: Some(place),
                    typed,
                };
                yew::Renderer::<App>::with_props(props).hydrate();
            }
            _ => {
                app::end_quick_search();
                let props = app::AppProps {
                    library,
                    route: current,
                    place: Some(place),
                    then: None,
                    typed,
                };
                yew::Renderer::<App>::with_props(props).render();
            }
        }
    });
}

/// How many queries typed one after the other the app fetches the files of before it takes
/// the page over (the quick search answers them meanwhile).
const QUERY_ROUNDS: usize = 3;

/// What is in the page's search box, if anything.
fn typed() -> Option<String> {
    gloo::utils::document()
        .get_element_by_id("search")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .filter(|value| !value.is_empty())
}

/// Fetches the files the prerendered `route` was made from (see [`app::page_needs`]).
async fn load_page(
    store: &mut Store,
    place: &data::Place,
    route: &route::Route,
) -> Result<(), String> {
    load_until(store, place, |store| app::page_needs(store, route)).await
}

/// Fetches the files that searching `query` on `route` needs, and the articles of the first
/// screen of its cards (a query's cards show snippets from the whole article).
async fn load_query(
    store: &mut Store,
    place: &data::Place,
    query: &str,
    route: &route::Route,
) -> Result<(), String> {
    use corpus::bundle::{CardSource, FileKey, Needs};
    load_until(store, place, |store| {
        let found = results::compute(store, query, &route.filters)
            .and_then(|r| order::apply(store, r, route.sort))?;
        let needs_text = found.marks.is_some();
        let cards: Vec<FileKey> = found
            .items
            .iter()
            .take(components::result_list::FIRST_SCREEN)
            .filter(|item| match store.card(item.article) {
                Ok(Some(CardSource::Brief(_))) => needs_text,
                Ok(Some(_)) => false,
                _ => true,
            })
            .map(|item| FileKey::Article(item.article))
            .collect();
        if cards.is_empty() {
            Ok(())
        } else {
            Err(Needs(cards))
        }
    })
    .await
}

/// Fetches the files `ready` names until it has none to name.
async fn load_until(
    store: &mut Store,
    place: &data::Place,
    ready: impl Fn(&Store) -> Result<(), corpus::bundle::Needs>,
) -> Result<(), String> {
    // Each round resolves one step (an id's bucket, then the article; a slug, then the page;
    // the search root, then its shards).
    for _ in 0..8 {
        let needs = match ready(store) {
            Ok(()) => return Ok(()),
            Err(needs) => needs,
        };
        for key in needs.0 {
            let path = store.path(key).ok_or("a file this build does not have")?;
            let bytes = data::fetch_bytes(&format!("{}{path}", place.data_url)).await?;
            store.insert(key, &bytes).map_err(|e| e.to_string())?;
        }
    }
    Err("the files needed do not settle".to_string())
}
