//! The web app: thin yew components that render what the `corpus` crate computed.

pub mod app;
pub mod data;

use std::rc::Rc;

pub use app::App;

/// Mounts the app on the page's `<body>` with the embedded snapshot.
pub fn start() {
    let snapshot = match data::embedded() {
        Ok(snapshot) => Ok(Rc::new(snapshot)),
        Err(e) => Err(e.to_string()),
    };
    yew::Renderer::<App>::with_props(app::AppProps { snapshot }).render();
}
