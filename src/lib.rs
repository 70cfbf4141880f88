//! The web app: thin yew components that render what the `corpus` crate computed.
//!
//! * [`route`] maps the URL to the view and back.
//! * [`state`] holds the view's state and its transitions (a yew reducer).
//! * [`library`] holds the loaded data; [`data`] fetches what the views need.
//! * [`results`] computes what to show from the loaded data, the query and the filters.
//! * [`highlight`] cuts text into highlighted pieces from byte ranges.
//! * [`components`] render all that; [`app`] wires it to the browser.

pub mod app;
pub mod components;
pub mod data;
pub mod highlight;
pub mod library;
pub mod results;
pub mod route;
pub mod state;

#[cfg(test)]
#[path = "../tests/components/fixture.rs"]
mod fixture;

use std::rc::Rc;

pub use app::App;

/// Fetches the boot file the page names and mounts the app on the page's `<body>`, on the
/// view the URL names.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let place = data::Place::of_page();
        let library = match data::fetch_bytes(&place.boot_url).await {
            Ok(bytes) => corpus::bundle::Store::new(&bytes)
                .map(|store| {
                    Rc::new(library::Library::new(
                        store,
                        place.links,
                        place.data_url.clone(),
                    ))
                })
                .map_err(|e| format!("This build is broken: {e}")),
            Err(e) => Err(format!("The site's data could not be loaded ({e}).")),
        };
        let route = place.route();
        yew::Renderer::<App>::with_props(app::AppProps {
            library,
            route,
            place: Some(place),
        })
        .render();
    });
}
