//! The reader's tools above the article: the query's matches counted, with previous and next
//! buttons that bring each into view, and a switch for the colours of entity names (the
//! choice is kept in the browser's local storage).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use corpus::search::report::{count, quoted};

/// Where the colour choice is kept.
const COLOUR_KEY: &str = "news-explorer:name-colours";

/// Whether entity names are coloured: on, unless the reader turned them off before. The
/// stored choice is read once the page is the app's, so a prerendered page and the app's
/// first render agree.
#[hook]
pub fn use_name_colours() -> UseStateHandle<bool> {
    let colour = use_state(|| true);
    {
        let colour = colour.clone();
        use_effect_with((), move |_| {
            if stored_colour() == Some(false) {
                colour.set(false);
            }
        });
    }
    colour
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn stored_colour() -> Option<bool> {
    let value = storage()?.get_item(COLOUR_KEY).ok().flatten()?;
    Some(value != "off")
}

fn store_colour(on: bool) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(COLOUR_KEY, if on { "on" } else { "off" });
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderToolsProps {
    /// Number of query matches in the article (0 without a query).
    pub hits: usize,
    /// The query, as typed.
    pub query: AttrValue,
    /// Whether entity names are coloured.
    pub colour: UseStateHandle<bool>,
}

/// The match count with previous/next, and the colour switch.
#[component(ReaderTools)]
pub fn reader_tools(props: &ReaderToolsProps) -> Html {
    let at = use_state(|| None::<usize>);
    {
        let hits = props.hits;
        use_effect_with((*at, hits), move |&(at, _)| {
            if let Some(at) = at {
                show_match(at);
            }
        });
    }
    let step = |forward: bool| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| {
            let n = match_count();
            if n == 0 {
                return;
            }
            let next = match (*at, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            };
            at.set(Some(next));
        })
    };
    let toggle = {
        let colour = props.colour.clone();
        Callback::from(move |_: MouseEvent| {
            let on = !*colour;
            store_colour(on);
            colour.set(on);
        })
    };
    let position = match *at {
        Some(i) if props.hits > 0 => format!("Match {} of {}", i + 1, props.hits),
        _ => String::new(),
    };
    html! {
        <div class="reader-tools">
            if props.hits > 0 {
                <div class="hits" role="group" aria-label="Matches of the search">
                    <span class="hit-count">
                        { format!("{} for {}", count(props.hits, "match", "matches"), quoted(props.query.trim())) }
                    </span>
                    <button type="button" class="step" onclick={step(false)}>{ "Previous" }</button>
                    <button type="button" class="step" onclick={step(true)}>{ "Next" }</button>
                    <span class="hit-position" role="status">{ position }</span>
                </div>
            }
            <button type="button" class="colour-toggle" aria-pressed={(*props.colour).to_string()}
                onclick={toggle}>
                { "Colour names" }
            </button>
        </div>
    }
}

/// The `<mark>`s of the open article.
fn marks() -> Option<web_sys::NodeList> {
    gloo::utils::document()
        .query_selector_all("article.reader mark")
        .ok()
}

fn match_count() -> usize {
    marks().map_or(0, |m| m.length() as usize)
}

/// Marks match `at` as the current one and brings it into view.
fn show_match(at: usize) {
    let Some(all) = marks() else { return };
    for i in 0..all.length() {
        let Some(el) = all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        if i as usize == at {
            let _ = el.class_list().add_1("current");
            let view = web_sys::ScrollIntoViewOptions::new();
            view.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&view);
        } else {
            let _ = el.class_list().remove_1("current");
        }
    }
}
