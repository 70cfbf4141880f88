//! The top-level component: owns the state, keeps it in step with the URL, and lays out the
//! views.

use std::rc::Rc;

use corpus::Snapshot;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::{ActiveFilters, Reader, ResultList, SearchBox, Sidebar};
use crate::library::{Library, Shared};
use crate::results::compute;
use crate::route::Route;
use crate::state::{Action, Focus, HistoryMode, State};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The decoded snapshot, or why it could not be decoded.
    pub snapshot: Result<Rc<Snapshot>, String>,
    /// The view the page was opened on.
    #[prop_or_default]
    pub route: Route,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    match &props.snapshot {
        Err(e) => html! {
            <>
                <header class="top"><p class="brand">{ "News Explorer" }</p></header>
                <main id="main" class="broken">
                    <p class="error" role="alert">{ format!("This build is broken: {e}") }</p>
                </main>
            </>
        },
        Ok(snapshot) => {
            html! { <Explorer snapshot={snapshot.clone()} route={props.route.clone()} /> }
        }
    }
}

#[derive(Properties)]
struct ExplorerProps {
    snapshot: Rc<Snapshot>,
    route: Route,
}

impl PartialEq for ExplorerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.snapshot, &other.snapshot) && self.route == other.route
    }
}

/// The explorer proper, once the snapshot is decoded.
#[component(Explorer)]
fn explorer(props: &ExplorerProps) -> Html {
    let lib = {
        let snapshot = props.snapshot.clone();
        let lib = use_memo((), move |_| Library::new(snapshot));
        Shared(lib)
    };
    let state = use_reducer(|| State::new(props.route.clone()));
    let search_ref = use_node_ref();
    use_browser_sync(&state, &search_ref, &lib);

    let results = {
        let lib = lib.clone();
        use_memo(
            (state.route.query.clone(), state.route.filters.clone()),
            move |(query, filters)| compute(&lib, query, filters),
        )
    };

    let on_query = {
        let dispatch = state.dispatcher();
        Callback::from(move |q: String| dispatch.dispatch(Action::SetQuery(q)))
    };
    let on_toggle = {
        let dispatch = state.dispatcher();
        let lib = lib.clone();
        Callback::from(move |entity: usize| {
            if let Some(key) = lib.key(entity) {
                dispatch.dispatch(Action::ToggleFilter(key.to_string()));
            }
        })
    };
    let on_more = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ShowMore))
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ClearFilters))
    };

    let route = &state.route;
    let reading = route.article.is_some();
    let brand = html! { <a href="#/">{ "News Explorer" }</a> };
    let main = match &route.article {
        Some(id) => html! {
            <Reader lib={lib.clone()}
                article={lib.by_id(id)}
                route={route.clone()}
                active={results.filters.clone()}
                result_count={results.items.len()}
                on_toggle={on_toggle.clone()} />
        },
        None => html! {
            <ResultList lib={lib.clone()}
                results={results.clone()}
                route={route.clone()}
                shown={state.shown}
                on_toggle={on_toggle.clone()}
                on_query={on_query.clone()}
                {on_more} />
        },
    };
    let has_articles = !lib.snapshot.corpus.articles.is_empty();
    html! {
        <>
            <header class="top">
                if reading {
                    <p class="brand">{ brand }</p>
                } else {
                    <h1 class="brand">{ brand }</h1>
                }
                <SearchBox value={route.query.clone()} on_input={on_query} input_ref={search_ref} />
            </header>
            <div class={classes!("layout", (!has_articles).then_some("no-sidebar"))}>
                if has_articles {
                    <Sidebar lib={lib.clone()} results={results.clone()} on_toggle={on_toggle.clone()} />
                }
                <main id="main">
                    <ActiveFilters lib={lib.clone()} active={results.filters.clone()} {on_toggle} {on_clear} />
                    { main }
                </main>
            </div>
        </>
    }
}

/// Keeps the browser and the state in step: URL changes become [`Action::Navigate`], state
/// changes are written to the URL and the history, `/` focuses the search box, and moving
/// between the list and the reader restores scroll and focus.
#[hook]
fn use_browser_sync(state: &UseReducerHandle<State>, search: &NodeRef, lib: &Shared) {
    {
        let dispatch = state.dispatcher();
        let search = search.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let navigate = move |_: &Event| {
                let window = gloo::utils::window();
                let hash = window.location().hash().unwrap_or_default();
                dispatch.dispatch(Action::Navigate {
                    route: Route::from_hash(&hash),
                    scroll_y: window.scroll_y().unwrap_or_default(),
                });
            };
            let hashchange = EventListener::new(&window, "hashchange", navigate.clone());
            let popstate = EventListener::new(&window, "popstate", navigate);
            // Not passive, so that the `/` is not typed into the box it focuses.
            let keydown = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    if let Some(input) = slash_target(e, &search) {
                        e.prevent_default();
                        let _ = input.focus();
                    }
                },
            );
            move || drop((hashchange, popstate, keydown))
        });
    }
    let title = state
        .route
        .article
        .as_deref()
        .and_then(|id| lib.by_id(id))
        .and_then(|a| lib.snapshot.corpus.articles.get(a))
        .map(|a| format!("{} · News Explorer", a.title))
        .unwrap_or_else(|| "News Explorer".to_string());
    let current = (*state).clone();
    use_effect_with(state.route.clone(), move |route| {
        let window = gloo::utils::window();
        let location = window.location();
        let hash = location.hash().unwrap_or_default();
        if Route::from_hash(&hash) != *route {
            let url = route.to_hash();
            if let Ok(history) = window.history() {
                let _ = match current.history {
                    HistoryMode::Push => {
                        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                    }
                    HistoryMode::Replace | HistoryMode::Keep => {
                        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                    }
                };
            }
        }
        gloo::utils::document().set_title(&title);
        if let Some(settle) = &current.settle {
            let id = match &settle.focus {
                Focus::Reader => "reader-title".to_string(),
                Focus::Card(article) => format!("card-{article}"),
            };
            if let Some(el) = gloo::utils::document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
            window.scroll_to_with_x_and_y(0.0, settle.scroll_y);
        }
    });
}

/// The search box, when `event` is a plain `/` typed outside any text field.
fn slash_target(event: &Event, search: &NodeRef) -> Option<HtmlInputElement> {
    let key = event.dyn_ref::<KeyboardEvent>()?;
    if key.key() != "/" || key.ctrl_key() || key.meta_key() || key.alt_key() {
        return None;
    }
    let typing = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        });
    if typing {
        return None;
    }
    search.cast::<HtmlInputElement>()
}
