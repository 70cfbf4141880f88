//! One article in the result list.

use corpus::search::{Hit, Snippet};
use corpus::{Article, Span};
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
    let (title_marks, snippet) = matches(props, article);
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
                <a id={title_id} href={href}>{ marked_text(&article.title, whole(&article.title), &title_marks) }</a>
            </h2>
            { byline(article) }
            <p class="snippet">{ snippet_text(article, snippet.as_ref()) }</p>
            if !props.lib.article_entities(props.article).is_empty() {
                <div class="chips" role="group" aria-label="Filter by an entity in this article">{ chips }</div>
            }
        </article>
    }
}

/// The title's matches and the best snippet: from the hit, or worked out here for hits the
/// search left without details (it details only the best ones).
fn matches(props: &CardProps, article: &Article) -> (Vec<Span>, Option<Snippet>) {
    match &props.hit {
        Some(hit) if !hit.title_matches.is_empty() || !hit.snippets.is_empty() => {
            (hit.title_matches.clone(), hit.snippets.first().cloned())
        }
        Some(_) if !props.query.trim().is_empty() => {
            let highlighter = props.lib.snapshot.index.highlighter(&props.query);
            (
                highlighter.spans(&article.title),
                highlighter.snippets(article).into_iter().next(),
            )
        }
        _ => (Vec::new(), None),
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

/// The snippet's window with its matches marked, or the lede when there is none (or it does
/// not fit the article).
fn snippet_text(article: &Article, snippet: Option<&Snippet>) -> Html {
    let best = snippet.and_then(|snippet| {
        let block = article.blocks.get(usize::try_from(snippet.block).ok()?)?;
        let window = snippet.window;
        window.slice(&block.text)?;
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
    best.unwrap_or_else(|| {
        let lede = article.lede().unwrap_or_default();
        marked_text(lede, whole(lede), &[])
    })
}
