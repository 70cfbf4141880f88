//! The main column in list mode: the summary, the cards, or what to do when there are none.

use std::rc::Rc;

use yew::prelude::*;

use super::Card;
use crate::library::Shared;
use crate::results::{summary, Results, Suggestion};
use crate::route::Route;
use crate::state::PAGE;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub lib: Shared,
    pub results: Rc<Results>,
    pub route: Route,
    /// How many cards to show.
    pub shown: usize,
    pub on_toggle: Callback<usize>,
    /// Shows more cards.
    pub on_more: Callback<()>,
    /// Replaces the query (from a suggestion).
    pub on_query: Callback<String>,
}

#[component(ResultList)]
pub fn result_list(props: &ResultListProps) -> Html {
    let results = &props.results;
    let query: AttrValue = props.route.query.clone().into();
    let body = if results.total == 0 {
        html! {
            <div class="empty">
                <h2>{ "No articles in this build" }</h2>
                <p>{ "Put article files (.txt or .md) in the seeds/ folder and build the site again." }</p>
            </div>
        }
    } else if results.items.is_empty() {
        empty_results(props)
    } else {
        let more = results.items.len().saturating_sub(props.shown);
        let on_more = props.on_more.reform(|_: MouseEvent| ());
        let cards: Html = results
            .items
            .iter()
            .take(props.shown)
            .map(|item| {
                let id = props
                    .lib
                    .snapshot
                    .corpus
                    .articles
                    .get(item.article)
                    .map(|a| a.id.clone());
                html! {
                    <Card key={id.unwrap_or_default()}
                        lib={props.lib.clone()}
                        article={item.article}
                        hit={item.hit.clone()}
                        query={query.clone()}
                        route={props.route.clone()}
                        active={results.filters.clone()}
                        on_toggle={props.on_toggle.clone()} />
                }
            })
            .collect();
        html! {
            <>
                if results.partial && !results.suggestions.is_empty() {
                    <div class="partial">
                        <p>{ "Or try a shorter search:" }</p>
                        { suggestion_list(props) }
                    </div>
                }
                { cards }
                if more > 0 {
                    <button type="button" class="show-more" onclick={on_more}>
                        { format!("Show {} more of {more}", more.min(PAGE)) }
                    </button>
                }
            </>
        }
    };
    html! {
        <section class="results" aria-labelledby="summary">
            <h2 id="summary" class="summary" aria-live="polite">{ summary(results, &props.route.query, &props.lib) }</h2>
            { body }
        </section>
    }
}

/// No result: say so and offer ways out (drop a filter, drop a word).
fn empty_results(props: &ResultListProps) -> Html {
    html! {
        <div class="empty">
            <p>{ advice(!props.route.query.trim().is_empty(), !props.results.filters.is_empty()) }</p>
            { suggestion_list(props) }
        </div>
    }
}

/// The suggestions as buttons that apply them; nothing when there are none.
fn suggestion_list(props: &ResultListProps) -> Html {
    if props.results.suggestions.is_empty() {
        return Html::default();
    }
    let suggestions: Html = props
        .results
        .suggestions
        .iter()
        .map(|s| match s {
            Suggestion::DropFilter { entity, count } => {
                let name = props.lib.entity(*entity).map(|e| e.name.clone()).unwrap_or_default();
                let entity = *entity;
                let onclick = props.on_toggle.reform(move |_: MouseEvent| entity);
                html! {
                    <li><button type="button" class="link" {onclick}>
                        { format!("Remove the filter {name} ({count} {})", if *count == 1 { "result" } else { "results" }) }
                    </button></li>
                }
            }
            Suggestion::Query { query, count } => {
                let q = query.clone();
                let onclick = props.on_query.reform(move |_: MouseEvent| q.clone());
                html! {
                    <li><button type="button" class="link" {onclick}>
                        { format!("Search for “{query}” ({count} {})", if *count == 1 { "result" } else { "results" }) }
                    </button></li>
                }
            }
        })
        .collect();
    html! { <ul class="suggestions">{ suggestions }</ul> }
}

/// What to try when nothing matches.
pub fn advice(has_query: bool, has_filters: bool) -> &'static str {
    match (has_query, has_filters) {
        (true, true) => "No article matches. Try removing a filter or a word from the search.",
        (true, false) => "No article matches. Try removing a word or checking the spelling.",
        (false, true) => "No article mentions all of these. Try removing a filter.",
        (false, false) => "No article matches.",
    }
}
