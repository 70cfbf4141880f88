//! One article in the result list.

use corpus::bundle::{Card as Brief, CardSource, EntityRef};
use corpus::search::Snippet;
use corpus::{Article, Span};
use yew::prelude::*;

use super::marked::{entity_chip, marked_text, page_link};
use crate::highlight::whole;
use crate::library::EntityLinks;
use crate::results::Marks;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// What to show; `None` while the article loads.
    pub source: Option<CardSource>,
    /// The query's highlighter, when there is a query.
    #[prop_or_default]
    pub marks: Option<Marks>,
    /// The link that opens the article in the reader.
    pub href: AttrValue,
    /// Ids of the entities with an active filter.
    pub active: Vec<u32>,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    /// How links to entities are written.
    #[prop_or_default]
    pub entity_links: EntityLinks,
    /// Why the article could not be loaded, when it could not.
    #[prop_or_default]
    pub failed: Option<AttrValue>,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// How the query matched when not word for word (`Matched: bombs for “bombing” (same
    /// stem)`).
    #[prop_or_default]
    pub matched: Option<AttrValue>,
    /// The list is in date order: an article without a date says so.
    #[prop_or_default]
    pub dated_order: bool,
}

/// Title (a link to the reader), where it comes from (source, date, author) and reading
/// time, snippet and main entities;
/// while the article loads, a placeholder of the same shape that says so.
#[component(Card)]
pub fn card(props: &CardProps) -> Html {
    let Some(source) = &props.source else {
        return placeholder(props);
    };
    let (id, title, chips): (&str, &str, Vec<&EntityRef>) = match source {
        CardSource::Full(file) => (
            &file.article.id,
            &file.article.title,
            file.entities
                .iter()
                .take(corpus::bundle::format::CHIPS)
                .map(|e| &e.entity)
                .collect(),
        ),
        CardSource::Brief(card) => (&card.id, &card.title, card.chips.iter().collect()),
    };
    let marks = props.marks.as_ref().map(|m| &m.0);
    let title_marks: Vec<Span> = marks.map(|h| h.spans(title)).unwrap_or_default();
    let snippet = match (source, marks) {
        (CardSource::Full(file), Some(h)) => {
            snippet_text(&file.article, h.snippet(&file.article).as_ref())
        }
        (CardSource::Full(file), None) => lede(file.article.lede().unwrap_or_default()),
        // A hit whose text has not arrived: its snippet is on the way.
        (CardSource::Brief(_), Some(_)) => html! {
            <span class="placeholder-text" aria-hidden="true"></span>
        },
        (CardSource::Brief(card), None) => lede(&card.lede),
    };
    let title_id = format!("card-{id}");
    html! {
        <article class="card" aria-labelledby={title_id.clone()}>
            <h2 class="card-title">
                <a id={title_id} href={props.href.clone()}>{ marked_text(title, whole(title), &title_marks) }</a>
            </h2>
            { byline_of(source, props.dated_order) }
            <p class="snippet">{ snippet }</p>
            if let Some(matched) = &props.matched {
                <p class="matched">{ matched.clone() }</p>
            }
            if !chips.is_empty() {
                <div class="chips" role="group" aria-label="Filter by an entity in this article">
                    for e in chips.iter() {
                        <span class="chip-pair">
                            { entity_chip(e, props.active.contains(&e.id), &props.on_toggle, props.entity_links) }
                            { page_link(e, props.entity_links) }
                        </span>
                    }
                </div>
            }
        </article>
    }
}

/// The card of an article on its way, or that could not be fetched.
fn placeholder(props: &CardProps) -> Html {
    match &props.failed {
        Some(why) => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            html! {
                <article class="card failed">
                    <p class="error" role="alert">{ format!("This article could not be loaded ({why}).") }</p>
                    <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
                </article>
            }
        }
        None => html! {
            <article class="card loading" aria-busy="true">
                <h2 class="card-title"><span class="placeholder-text">{ "Loading article…" }</span></h2>
                <p class="byline"><span class="placeholder-text" aria-hidden="true"></span></p>
                <p class="snippet"><span class="placeholder-text" aria-hidden="true"></span></p>
            </article>
        },
    }
}

fn byline_of(source: &CardSource, dated_order: bool) -> Html {
    match source {
        CardSource::Full(file) => byline(&file.article, dated_order),
        CardSource::Brief(card) => brief_byline(card, dated_order),
    }
}

/// Source, date, author and reading time; "No date" for an article without one when
/// `dated_order` (the list is in date order).
pub fn byline(article: &Article, dated_order: bool) -> Html {
    byline_parts(
        Origin {
            source: article.source.as_deref(),
            date: article.date.as_deref(),
            author: article.author.as_deref(),
        },
        article.reading_minutes,
        dated_order,
    )
}

fn brief_byline(card: &Brief, dated_order: bool) -> Html {
    byline_parts(
        Origin {
            source: card.source.as_deref(),
            date: card.date.as_deref(),
            author: card.author.as_deref(),
        },
        card.reading_minutes,
        dated_order,
    )
}

/// Where an article comes from, as far as it says.
struct Origin<'a> {
    source: Option<&'a str>,
    date: Option<&'a str>,
    author: Option<&'a str>,
}

fn byline_parts(origin: Origin<'_>, minutes: u32, dated_order: bool) -> Html {
    let minutes = minutes.max(1);
    html! {
        <p class="byline">
            if let Some(source) = origin.source {
                <span class="source">{ source }</span>
            }
            if let Some(date) = origin.date {
                <span class="date">{ date }</span>
            } else if dated_order {
                <span class="date undated">{ "No date" }</span>
            }
            if let Some(author) = origin.author {
                <span class="author">{ format!("By {author}") }</span>
            }
            <span class="reading">{ format!("{minutes} min read") }</span>
        </p>
    }
}

fn lede(text: &str) -> Html {
    marked_text(text, whole(text), &[])
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
    best.unwrap_or_else(|| lede(article.lede().unwrap_or_default()))
}
