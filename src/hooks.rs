//! The app's own hooks and callback helpers, kept together as yew's examples keep theirs:
//! [`use_browser_sync`] keeps the browser (URL, history, link clicks, keys, scroll and focus)
//! and the state in step; [`toggle_click`] and [`toggle_key`] make an entity link toggle its
//! filter.

use corpus::bundle::EntityRef;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, HtmlElement, HtmlInputElement, KeyboardEvent, MouseEvent};
use yew::prelude::*;

use crate::data::Place;
use crate::route::{self, LinkMode};
use crate::state::{Action, Focus, HistoryMode, State};

/// Keeps the browser and the state in step: URL changes (links, back, forward) become
/// [`Action::Navigate`], state changes are written to the URL and the history, `/` focuses
/// the search box, and moving between the list and the reader restores scroll and focus.
#[hook]
pub fn use_browser_sync(
    state: &UseReducerHandle<State>,
    search: &NodeRef,
    place: Option<&Place>,
    title: String,
) {
    {
        let dispatch = state.dispatcher();
        let search = search.clone();
        let place = place.cloned();
        use_effect_with((), move |_| {
            let listeners = place.map(|place| {
                let window = gloo::utils::window();
                let navigate = {
                    let place = place.clone();
                    let dispatch = dispatch.clone();
                    move |_: &Event| {
                        dispatch.dispatch(Action::Navigate {
                            route: place.route(),
                            scroll_y: gloo::utils::window().scroll_y().unwrap_or_default(),
                        });
                    }
                };
                let hashchange = EventListener::new(&window, "hashchange", navigate.clone());
                let popstate = EventListener::new(&window, "popstate", navigate.clone());
                let document = gloo::utils::document();
                // Links inside the site change the view without loading a page.
                let click = EventListener::new_with_options(
                    &document,
                    "click",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        if let Some(url) = internal_link(e, &place) {
                            e.prevent_default();
                            write_url(&url, true);
                            navigate(e);
                        }
                    },
                );
                // Not passive, so that the `/` is not typed into the box it focuses.
                let keydown = EventListener::new_with_options(
                    &document,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        if let Some(input) = slash_target(e, &search) {
                            e.prevent_default();
                            let _ = input.focus();
                        }
                    },
                );
                (hashchange, popstate, click, keydown)
            });
            move || drop(listeners)
        });
    }
    use_effect_with(title, |title| gloo::utils::document().set_title(title));
    let current = (**state).clone();
    let place = place.cloned();
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(state.route.clone(), move |route| {
        // A newer view replaces a URL not written yet.
        pending.borrow_mut().take();
        let Some(place) = place else { return };
        let window = gloo::utils::window();
        let url = place.url(route);
        if place.location() != url {
            match current.history {
                HistoryMode::Push => write_url(&url, true),
                HistoryMode::Keep => write_url(&url, false),
                // Typing: the URL follows once the typing pauses (the history API is slow and
                // browsers throttle it).
                HistoryMode::Replace => {
                    *pending.borrow_mut() =
                        Some(Timeout::new(URL_DELAY_MS, move || write_url(&url, false)));
                }
            }
        }
        if let Some(settle) = &current.settle {
            let id = match &settle.focus {
                Focus::Reader => "reader-title".to_string(),
                Focus::Card(article) => format!("card-{article}"),
                Focus::Summary => {
                    focus_into_view("summary");
                    return;
                }
            };
            if let Some(el) = gloo::utils::document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
            window.scroll_to_with_x_and_y(0.0, settle.scroll_y);
        } else if current.history != HistoryMode::Keep {
            keep_focus_on_the_page();
        }
    });
}

/// A page whose heading (`#reader-title`) is first a loading one, replaced when the data
/// arrives: the focus the loading heading had (given on opening the page) goes to the new
/// heading instead of being lost to the page body. `loading` says whether the loading heading
/// is shown; the callback is its `onfocus`.
#[hook]
pub fn use_heading_keeps_focus(loading: bool) -> Callback<FocusEvent> {
    let had_focus = use_mut_ref(|| false);
    {
        let had_focus = had_focus.clone();
        use_effect_with(loading, move |loading| {
            if !*loading && std::mem::take(&mut *had_focus.borrow_mut()) && focus_lost() {
                if let Some(title) = gloo::utils::document()
                    .get_element_by_id("reader-title")
                    .and_then(|el| el.dyn_into::<HtmlElement>().ok())
                {
                    let _ = title.focus();
                }
            }
        });
    }
    Callback::from(move |_: FocusEvent| *had_focus.borrow_mut() = true)
}

/// Whether nothing has the focus (it is on the page body).
fn focus_lost() -> bool {
    let document = gloo::utils::document();
    document
        .active_element()
        .is_none_or(|el| document.body().is_some_and(|body| *body == el))
}

/// After an action that removed the focused control (a filter chip removed while reading),
/// focus goes to the main column, where the view changed, instead of the page body.
fn keep_focus_on_the_page() {
    if !focus_lost() {
        return;
    }
    if let Some(main) = gloo::utils::document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}

/// Focuses the element `id` and scrolls it to the top of the view (below the header): the
/// result summary after a filter changes, the skip link's target.
pub fn focus_into_view(id: &str) {
    let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let view = web_sys::ScrollIntoViewOptions::new();
    view.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&view);
}

/// How long the URL waits for typing to pause, in milliseconds.
const URL_DELAY_MS: u32 = 250;

/// Puts `url` in the history: a new entry, or in place of the current one.
fn write_url(url: &str, push: bool) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(url))
        };
    }
}

/// The URL a click follows, when it is a plain click on a link to a view of this site.
fn internal_link(event: &Event, place: &Place) -> Option<String> {
    if place.links != LinkMode::Path {
        return None;
    }
    let click = event.dyn_ref::<MouseEvent>()?;
    if event.default_prevented()
        || click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target
        .closest("a[href]")
        .ok()
        .flatten()?
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    let here = gloo::utils::window().location().origin().ok()?;
    let path = url.pathname();
    let ours = url.origin() == here && route::is_view(&place.base_path, &path);
    ours.then(|| format!("{path}{}{}", url.search(), url.hash()))
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

/// A click on an entity link toggles its filter instead of following the link.
pub fn toggle_click(entity: &EntityRef, on_toggle: &Callback<String>) -> Callback<MouseEvent> {
    let slug = entity.slug.clone();
    let on_toggle = on_toggle.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        on_toggle.emit(slug.clone());
    })
}

/// Space on an entity link toggles it too, as on a button (Enter is a click already).
pub fn toggle_key(entity: &EntityRef, on_toggle: &Callback<String>) -> Callback<KeyboardEvent> {
    let slug = entity.slug.clone();
    let on_toggle = on_toggle.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == " " {
            e.prevent_default();
            on_toggle.emit(slug.clone());
        }
    })
}
