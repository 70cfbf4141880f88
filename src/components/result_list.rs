//! The main column in list mode: the summary, the cards, or what to do when there are none.
//!
//! While the results of the current search load, the last results stay on screen, dimmed and
//! marked busy, under a line that says what is happening; they are never shown as current.

use corpus::bundle::{CardSource, FileKey};
use corpus::search::report::{
    did_you_mean, empty, matched_line, notes, remove_filter, search_for, summary, weak_label,
    DID_YOU_MEAN, SHORTER,
};
use corpus::search::{text_form, Group};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::{Card, OrderLinks};
use crate::data::{use_wants, Slot, Status};
use crate::library::VersionedLibrary;
use crate::report::{listed, unknown_filter};
use crate::results::{SharedResults, Suggestion};
use crate::route::Route;
use crate::state::PAGE;

/// Cards on the first screen: their articles are fetched first.
pub const FIRST_SCREEN: usize = 8;

/// Cards rendered at once when the results change after the first render (at each key while
/// the visitor types): a screenful. The rest of the page follows once the results have stayed
/// the same for `PAUSE_MS`, so that a key patches a third of the cards it would otherwise.
pub const TYPING_CARDS: usize = 10;

/// How long the results must stay the same (typing paused) before the whole page renders.
const PAUSE_MS: u32 = 150;

#[derive(Properties, PartialEq)]
pub struct ResultListProps {
    pub lib: VersionedLibrary,
    /// The results of the current search, or the last ones while it loads (see `status`).
    pub results: SharedResults,
    /// Where the current search stands: anything but ready means `results` are older.
    pub status: Status,
    pub route: Route,
    /// How many cards to show.
    pub shown: usize,
    /// Whether new results may show their first [`TYPING_CARDS`] cards first and the rest
    /// after a pause (false while the app takes over from the quick search, whose cards the
    /// app's must replace one for one).
    pub defer: bool,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    /// Shows more cards.
    pub on_more: Callback<()>,
    /// Replaces the query (from a suggestion).
    pub on_query: Callback<String>,
    /// Fetches failed files again.
    pub on_retry: Callback<()>,
}

#[component(ResultList)]
pub fn result_list(props: &ResultListProps) -> Html {
    let results = &props.results;
    // After "Show more", focus goes to the first card it added (never to the page body).
    let focus_from = use_mut_ref(|| None::<usize>);
    {
        let focus_from = focus_from.clone();
        use_effect_with(props.shown, move |_| {
            if let Some(index) = focus_from.borrow_mut().take() {
                focus_card(index);
            }
        });
    }
    // The results whose whole page is rendered: those of the first render, then each new
    // results once they stayed for `PAUSE_MS`. Until then the list ends after `TYPING_CARDS`
    // cards of the new results (never with cards of older ones).
    let whole_for = use_mut_ref(|| results.clone());
    if !props.defer {
        *whole_for.borrow_mut() = results.clone();
    }
    let cut = *whole_for.borrow() != *results;
    {
        let whole_for = whole_for.clone();
        let redraw = use_force_update();
        use_effect_with((results.clone(), cut), move |(results, cut)| {
            let results = results.clone();
            // Dropped (cleared) when the results change again or the list goes away.
            let timer = cut.then(|| {
                Timeout::new(PAUSE_MS, move || {
                    *whole_for.borrow_mut() = results;
                    redraw.force_update();
                })
            });
            move || drop(timer)
        });
    }
    let rendered = if cut {
        props.shown.min(TYPING_CARDS)
    } else {
        props.shown
    };
    let entity_links = props.lib.entity_links();
    let store = props.lib.store();
    let current = props.status == Status::Ready;
    // A query's cards need the whole article for their snippets; the first view's come from
    // the boot file.
    let needs_text = results.marks.is_some();
    let shown: Vec<_> = results.items.iter().take(props.shown).collect();
    let mut first = Vec::new();
    let mut more = Vec::new();
    let list = listed(results);
    let weak_line = weak_label(&list).filter(|_| current);
    // The article files of every card shown are wanted, those not rendered yet too: they are
    // there when the rest of the page renders.
    let cards: Vec<Html> = shown
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let source = match store.card(item.article) {
                Ok(Some(corpus::bundle::CardSource::Brief(_))) if needs_text => None,
                Ok(source) => source,
                Err(_) => None,
            };
            if source.is_none() {
                let want = if i < FIRST_SCREEN {
                    &mut first
                } else {
                    &mut more
                };
                want.push(FileKey::Article(item.article));
            }
            if i >= rendered {
                return None;
            }
            let failed = store
                .failures(&[FileKey::Article(item.article)])
                .into_iter()
                .next()
                .map(|(_, why)| AttrValue::from(why));
            let href = source
                .as_ref()
                .map(|s| props.lib.href(&props.route.with_article(s.id())))
                .unwrap_or_default();
            let retry = props.on_retry.clone();
            let matched = item.hit.as_ref().and_then(|hit| {
                matched_line(hit, |found| match &source {
                    Some(CardSource::Full(file)) => {
                        text_form(&file.article, found).map(str::to_string)
                    }
                    _ => None,
                })
            });
            // Not keyed by article: while typing, most cards show another article at each key,
            // and patching a card in place costs far less DOM work than building a new one
            // (cards hold no state of their own).
            Some(html! {
                <Card {source}
                    matched={matched.map(AttrValue::from)}
                    entity_links={entity_links}
                    marks={results.marks.clone()}
                    href={AttrValue::from(href)}
                    active={results.filter_ids()}
                    on_toggle={props.on_toggle.clone()}
                    {failed}
                    dated_order={props.route.sort != crate::route::Sort::Relevance}
                    on_retry={retry} />
            })
        })
        .collect::<Vec<Html>>();
    // The weak group, after the strong one, under a line that says how it matched. Each card
    // has a slot of its own with room for the line before it, so that the cards keep their
    // places in the list (and are patched, not rebuilt) wherever the weak group starts.
    let weak_at = shown
        .iter()
        .position(|i| i.hit.as_ref().is_some_and(|h| h.group == Group::Weak));
    let cards = html! {
        for (i, card) in cards.into_iter().enumerate() {
            <>
                if let Some(line) = weak_line.as_ref().filter(|_| weak_at == Some(i)) {
                    <p class="weak-label">{ line.clone() }</p>
                }
                { card }
            </>
        }
    };
    drop(store);
    use_wants(Slot::Cards, if current { first } else { Vec::new() });
    use_wants(Slot::MoreCards, if current { more } else { Vec::new() });

    let body = if results.total == 0 {
        html! {
            <div class="empty">
                <h2>{ "No articles in this build" }</h2>
                <p>{ "Put article files (.txt or .md) in the seeds/ folder and build the site again." }</p>
            </div>
        }
    } else if results.items.is_empty() && current {
        empty_results(props)
    } else {
        let left = results.items.len().saturating_sub(props.shown);
        let on_more = {
            let focus_from = focus_from.clone();
            let shown = props.shown;
            props.on_more.reform(move |_: MouseEvent| {
                *focus_from.borrow_mut() = Some(shown);
            })
        };
        html! {
            <>
                if results.partial && current {
                    <div class="partial">
                        { nearest_list(props) }
                        if !results.suggestions.is_empty() {
                            <p>{ SHORTER }</p>
                            { suggestion_list(props) }
                        }
                    </div>
                }
                { cards }
                if left > 0 && current && !cut {
                    <button type="button" class="show-more" onclick={on_more}>
                        { format!("Show {} more of {left}", left.min(PAGE)) }
                    </button>
                }
            </>
        }
    };
    let heading = match &props.status {
        Status::Ready => summary(&list, &props.route.query),
        Status::Loading => "Searching…".to_string(),
        Status::Failed(_) => "The search could not finish".to_string(),
    };
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    let notes = if current {
        let unknown = props.results.unknown.iter().map(|k| unknown_filter(k));
        unknown.chain(notes(&list)).collect()
    } else {
        Vec::new()
    };
    html! {
        <section id="results" class={classes!("results", (!current).then_some("stale"))}
            aria-labelledby="summary" aria-busy={(!current).to_string()}
            data-filling={cut.then_some(AttrValue::Static("true"))}>
            <h2 id="summary" class="summary" tabindex="-1" aria-live="polite">{ heading }</h2>
            <ul class="notes">
                for note in notes {
                    <li>{ note }</li>
                }
            </ul>
            <OrderLinks lib={props.lib.clone()} route={props.route.clone()} results={results.clone()} />
            if let Status::Failed(why) = &props.status {
                <div class="load-error" role="alert">
                    <p>{ format!("Part of the site's data could not be loaded ({why}).") }</p>
                    <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
                </div>
            }
            { body }
        </section>
    }
}

/// No result: say so and offer ways out (the nearest words, dropping a filter or a word).
fn empty_results(props: &ResultListProps) -> Html {
    let said = empty(&listed(&props.results), &props.route.query);
    html! {
        <div class="empty">
            <p>{ said.advice }</p>
            { nearest_list(props) }
            { suggestion_list(props) }
        </div>
    }
}

/// "Did you mean" with the nearest words of the collection as buttons that search with them;
/// nothing when there are none.
fn nearest_list(props: &ResultListProps) -> Html {
    let nearest = did_you_mean(&props.results.reading, &props.route.query);
    if nearest.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <p class="did-you-mean">{ DID_YOU_MEAN }</p>
            <ul class="suggestions did-you-mean">
                for (word, query) in nearest.iter().flat_map(|d| d.instead.iter()) {
                    { query_button(props, word, query) }
                }
            </ul>
        </>
    }
}

/// The suggestions as buttons that apply them; nothing when there are none.
fn suggestion_list(props: &ResultListProps) -> Html {
    if props.results.suggestions.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="suggestions">
            for s in props.results.suggestions.iter() {
                { suggestion_button(props, s) }
            }
        </ul>
    }
}

/// A button that searches for `query`, labelled `label`.
fn query_button(props: &ResultListProps, label: &str, query: &str) -> Html {
    let q = query.to_string();
    let onclick = props.on_query.reform(move |_: MouseEvent| q.clone());
    html! { <li><button type="button" class="link" {onclick}>{ label.to_string() }</button></li> }
}

/// A button that applies the suggestion `s`.
fn suggestion_button(props: &ResultListProps, s: &Suggestion) -> Html {
    match s {
        Suggestion::DropFilter { entity, count } => {
            let name = entity.name.clone();
            let slug = entity.slug.clone();
            let onclick = props.on_toggle.reform(move |_: MouseEvent| slug.clone());
            html! {
                <li><button type="button" class="link" {onclick}>
                    { remove_filter(&name, *count) }
                </button></li>
            }
        }
        Suggestion::Query { query, count } => {
            let q = query.clone();
            let onclick = props.on_query.reform(move |_: MouseEvent| q.clone());
            html! {
                <li><button type="button" class="link" {onclick}>
                    { search_for(query, *count) }
                </button></li>
            }
        }
    }
}

/// Focuses the card at `index` in the list: its title link, or the card itself while it
/// loads.
fn focus_card(index: usize) {
    let cards = gloo::utils::document().query_selector_all("#results article.card");
    let Some(card) = cards
        .ok()
        .and_then(|all| all.item(u32::try_from(index).ok()?))
        .and_then(|node| node.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let link = card
        .query_selector("h2 a")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    match link {
        Some(link) => {
            let _ = link.focus();
        }
        None => {
            let _ = card.set_attribute("tabindex", "-1");
            let _ = card.focus();
        }
    }
}
