//! One article in the result list.

use corpus::search::Hit;
use corpus::Article;
use yew::prelude::*;

use super::marked::{entity_chip, marked_text};
use crate::highlight::whole;
use crate::library::Shared;
use crate::route::Route;

/// How many of an article's entities its card shows.
const CHIPS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub lib: Shared,
    /// Index into `corpus.articles`.
    pub article: usize,
    /// How the article matched the query, if there is one.
    #[prop_or_default]
    pub hit: Option<Hit>,
    pub query: AttrValue,
    /// The current view, for the link that opens the article in the reader.
    pub route: Route,
    /// Entities with an active filter.
    pub active: Vec<usize>,
    pub on_toggle: Callback<usize>,
}

/// Title (a link to the reader), source and date, reading time, snippet and main entities.
#[component(Card)]
pub fn card(props: &CardProps) -> Html {
    let Some(article) = props.lib.snapshot.corpus.articles.get(props.article) else {
        return Html::default();
    };
    let href = props.route.with_article(&article.id).to_hash();
    let title_marks = props
        .hit
        .as_ref()
        .map(|h| h.title_matches.as_slice())
        .unwrap_or_default();
    let title_id = format!("card-{}", article.id);
    let chips: Html = props
        .lib
        .article_entities(props.article)
        .iter()
        .take(CHIPS)
        .map(|ae| {
            let chip = entity_chip(
                &props.lib,
                ae.entity,
                props.active.contains(&ae.entity),
                &props.on_toggle,
            );
            html! { <span key={ae.entity}>{ chip }</span> }
        })
        .collect();
    html! {
        <article class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card-title">
                <a id={title_id} href={href}>{ marked_text(&article.title, whole(&article.title), title_marks) }</a>
            </h2>
            { byline(article) }
            <p class="snippet">{ snippet(props, article) }</p>
            if !props.lib.article_entities(props.article).is_empty() {
                <div class="chips" role="group" aria-label="Filter by an entity in this article">{ chips }</div>
            }
        </article>
    }
}

/// Source, date and reading time.
pub fn byline(article: &Article) -> Html {
    let minutes = article.reading_minutes.max(1);
    html! {
        <p class="byline">
            if let Some(source) = &article.source {
                <span class="source">{ source }</span>
            }
            if let Some(date) = &article.date {
                <span class="date">{ date }</span>
            }
            <span class="reading">{ format!("{minutes} min read") }</span>
        </p>
    }
}

/// The best matching passage with its matches, or the lede when there is no query.
fn snippet(props: &CardProps, article: &Article) -> Html {
    let best = props.hit.as_ref().and_then(|hit| {
        let snippet = hit.snippets.first()?;
        let block = article.blocks.get(usize::try_from(snippet.block).ok()?)?;
        let window = snippet.window;
        snippet.window.slice(&block.text)?;
        let before = if window.start > 0 { "…" } else { "" };
        let after = if (window.end as usize) < block.text.len() {
            "…"
        } else {
            ""
        };
        Some(html! {
            <>{ before }{ marked_text(&block.text, window, &snippet.matches) }{ after }</>
        })
    });
    match best {
        Some(html) => html,
        None => {
            let lede = article.lede().unwrap_or_default();
            let marks = if props.query.trim().is_empty() {
                Vec::new()
            } else {
                props.lib.snapshot.index.highlight(&props.query, lede)
            };
            marked_text(lede, whole(lede), &marks)
        }
    }
}
