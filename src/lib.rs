//! The web app: thin yew components that render what the `corpus` crate computed.
//!
//! * [`route`] maps the URL hash to the view and back.
//! * [`state`] holds the view's state and its transitions (a yew reducer).
//! * [`library`] and [`results`] compute what to show from the snapshot, query and filters.
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

/// Mounts the app on the page's `<body>` with the embedded snapshot, on the view the URL names.
pub fn start() {
    let snapshot = match data::embedded() {
        Ok(snapshot) => Ok(Rc::new(snapshot)),
        Err(e) => Err(e.to_string()),
    };
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let route = route::Route::from_hash(&hash);
    yew::Renderer::<App>::with_props(app::AppProps { snapshot, route }).render();
}
