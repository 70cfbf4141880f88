//! The web app: thin yew components that render what the `corpus` crate computed.
//!
//! * [`route`] maps the URL to the view and back.
//! * [`state`] holds the view's state and its transitions (a yew reducer).
//! * [`library`] holds the loaded data; [`data`] fetches what the views need.
//! * [`results`] computes what to show from the loaded data, the query and the filters;
//!   [`report`] says in words what they are and how they matched; [`order`] puts them in
//!   date order when asked.
//! * [`highlight`] cuts text into highlighted pieces from byte ranges.
//! * [`english`] writes counts ("1 article", "2 articles").
//! * [`components`] render all that; [`app`] wires it to the browser through [`hooks`].
//!
//! The same components render every page to HTML at build time (the site generator, with the
//! `ssr` feature); in the browser the app takes that HTML over (`hydration`).

pub mod app;
pub mod components;
pub mod data;
pub mod english;
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
        let typed = gloo::utils::document()
            .get_element_by_id("search")
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .filter(|value| !value.is_empty());
        let library = Ok(Rc::new(library::Library::new(
            store,
            place.links,
            place.data_url.clone(),
        )));
        app::end_quick_search();
        match prerendered {
            #[cfg(feature = "hydration")]
            Some(route) => {
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

/// Fetches the files the prerendered `route` was made from (see [`app::page_needs`]).
async fn load_page(
    store: &mut Store,
    place: &data::Place,
    route: &route::Route,
) -> Result<(), String> {
    // Each round resolves one step (an id's bucket, then the article; a slug, then the page).
    for _ in 0..8 {
        let needs = match app::page_needs(store, route) {
            Ok(()) => return Ok(()),
            Err(needs) => needs,
        };
        for key in needs.0 {
            let path = store.path(key).ok_or("a file this build does not have")?;
            let bytes = data::fetch_bytes(&format!("{}{path}", place.data_url)).await?;
            store.insert(key, &bytes).map_err(|e| e.to_string())?;
        }
    }
    Err("the page's files do not settle".to_string())
}
