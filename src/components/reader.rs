//! The reader: one whole article with entity mentions and query matches highlighted.

use std::rc::Rc;

use corpus::bundle::{ArticleFile, EntityRef};
use corpus::{BlockKind, Mention, Span};
use yew::prelude::*;

use super::card::byline;
use super::marked::{mentioned_text, Mentions};
use super::reader_tools::{use_name_colours, ReaderTools};
use crate::library::EntityLinks;
use crate::results::Marks;

/// The article the reader shows, or where it stands.
#[derive(Debug, Clone)]
pub enum Opened {
    /// Its file is on the way.
    Loading,
    /// Its file could not be fetched or read: why.
    Failed(String),
    /// The URL names an article not in this build.
    Missing,
    Loaded(Rc<ArticleFile>),
}

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Loading, Self::Loading) | (Self::Missing, Self::Missing) => true,
            (Self::Failed(a), Self::Failed(b)) => a == b,
            (Self::Loaded(a), Self::Loaded(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub article: Opened,
    /// The query's highlighter, when there is a query and it is loaded.
    #[prop_or_default]
    pub marks: Option<Marks>,
    /// The link back to the list.
    pub back_href: AttrValue,
    /// Number of results in the list the back link goes to, once known.
    pub result_count: Option<usize>,
    /// Ids of the entities with an active filter.
    pub active: Vec<u32>,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// How links to entities are written.
    #[prop_or_default]
    pub entity_links: EntityLinks,
    /// The query, as typed (for the match count).
    #[prop_or_default]
    pub query: AttrValue,
}

#[component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let colour = use_name_colours();
    let back_label = match props.result_count {
        Some(1) => "← Back to 1 result".to_string(),
        Some(n) => format!("← Back to {n} results"),
        None => "← Back to the results".to_string(),
    };
    let back = html! { <a class="back" href={props.back_href.clone()}>{ back_label }</a> };
    let file = match &props.article {
        Opened::Loaded(file) => file,
        Opened::Loading => {
            return html! {
                <section class="reader loading" aria-busy="true">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "Loading the article…" }</h1>
                </section>
            }
        }
        Opened::Failed(why) => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            return html! {
                <section class="reader failed">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "The article could not be loaded" }</h1>
                    <p class="error" role="alert">{ format!("Fetching it failed ({why}).") }</p>
                    <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
                </section>
            };
        }
        Opened::Missing => {
            return html! {
                <section class="reader missing">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "This article is not in this build" }</h1>
                    <p>{ "The link may be from an older version of the site. Go back to the list to find it by its title." }</p>
                </section>
            }
        }
    };
    let article = &file.article;
    let marks = |text: &str| -> Vec<Span> {
        props
            .marks
            .as_ref()
            .map(|m| m.0.spans(text))
            .unwrap_or_default()
    };
    let entities: Vec<EntityRef> = file.entities.iter().map(|e| e.entity.clone()).collect();
    // `mentioned_text` puts the ranges in order.
    let ranges_in = |block: u32| -> Vec<(Span, usize)> {
        file.entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| {
                e.mentions
                    .iter()
                    .filter(move |m| m.block == block)
                    .map(move |m| {
                        (
                            Span {
                                start: m.start,
                                end: m.end,
                            },
                            i,
                        )
                    })
            })
            .collect()
    };
    let text = |block: u32, text: &str| -> Html {
        let ranges = ranges_in(block);
        let mentions = Mentions {
            entities: &entities,
            ranges: &ranges,
            active: &props.active,
            on_toggle: &props.on_toggle,
            links: props.entity_links,
        };
        mentioned_text(text, mentions, &marks(text))
    };
    let hits = marks(&article.title).len()
        + article
            .blocks
            .iter()
            .map(|b| marks(&b.text).len())
            .sum::<usize>();
    let blocks: Html = article
        .blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let content = text(u32::try_from(i).unwrap_or(u32::MAX), &block.text);
            match block.kind {
                BlockKind::Paragraph => html! { <p>{ content }</p> },
                BlockKind::Subheading => html! { <h2 class="subheading">{ content }</h2> },
                BlockKind::Aside => html! { <p class="aside">{ content }</p> },
            }
        })
        .collect();
    html! {
        <article class={classes!("reader", (!*colour).then_some("plain-names"))} aria-labelledby="reader-title">
            { back }
            <ReaderTools key={article.id.clone()} {hits} query={props.query.clone()} colour={colour.clone()} />
            <header>
                <h1 id="reader-title" tabindex="-1">{ text(Mention::TITLE, &article.title) }</h1>
                { byline(article) }
                if let Some(author) = &article.author {
                    <p class="author">{ format!("By {author}") }</p>
                }
            </header>
            <div class="body">{ blocks }</div>
            if let Some(url) = article.url.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
                <p class="original"><a href={url.clone()} rel="noopener noreferrer">{ "Original article" }</a></p>
            }
        </article>
    }
}
