//! The top-level component.

use std::rc::Rc;

use corpus::Snapshot;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded snapshot, or why it could not be decoded.
    pub snapshot: Result<Rc<Snapshot>, String>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let body = match &props.snapshot {
        Err(e) => {
            html! { <p class="error" role="alert">{ format!("This build is broken: {e}") }</p> }
        }
        Ok(s) if s.corpus.articles.is_empty() => html! {
            <p class="empty">{ "No articles yet. Put .txt or .md files in seeds/ and rebuild." }</p>
        },
        Ok(s) => html! {
            <ul class="titles">
                { for s.corpus.articles.iter().map(|a| html! { <li key={a.id.clone()}>{ &a.title }</li> }) }
            </ul>
        },
    };
    html! {
        <>
            <header><h1>{ "News Explorer" }</h1></header>
            <main>{ body }</main>
        </>
    }
}
