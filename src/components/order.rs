//! The list's order: links to the same list by best match (or the collection's order) and
//! by date, shown when some article of the collection has a date. Links, so that the order
//! is in the URL and works without JavaScript.

use yew::prelude::*;

use crate::library::VersionedLibrary;
use crate::order::undated;
use crate::results::SharedResults;
use crate::route::{Route, Sort};

#[derive(Properties, PartialEq)]
pub struct OrderProps {
    pub lib: VersionedLibrary,
    pub route: Route,
    pub results: SharedResults,
}

#[component(OrderLinks)]
pub fn order_links(props: &OrderProps) -> Html {
    let store = props.lib.store();
    if !store.boot().has_dates() || props.results.items.is_empty() {
        return Html::default();
    }
    let current = props.route.sort;
    let without = if current == Sort::Relevance {
        0
    } else {
        undated(&store, &props.results)
    };
    let note = match without {
        0 => None,
        1 => Some("1 article has no date: it comes last.".to_string()),
        n => Some(format!(
            "{n} articles have no date: they come last, in their earlier order."
        )),
    };
    html! {
        <nav class="order" aria-label="Order of the list">
            <span class="order-label">{ "Order:" }</span>
            <ul>
                for sort in Sort::ALL {
                    { order_link(props, sort) }
                }
            </ul>
            if let Some(note) = note {
                <p class="undated-note">{ note }</p>
            }
        </nav>
    }
}

/// The link to the list in `sort` order, marked when it is the current order.
fn order_link(props: &OrderProps, sort: Sort) -> Html {
    let label = match sort {
        Sort::Relevance if props.route.query.trim().is_empty() => "Collection order",
        Sort::Relevance => "Best match",
        Sort::Newest => "Newest first",
        Sort::Oldest => "Oldest first",
    };
    let href = props.lib.href(&Route {
        sort,
        ..props.route.clone()
    });
    let here = (sort == props.route.sort).then_some("true");
    html! { <li><a {href} aria-current={here}>{ label }</a></li> }
}
