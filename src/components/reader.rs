//! The reader: one whole article with entity mentions and query matches highlighted.

use corpus::{BlockKind, Mention, Span};
use yew::prelude::*;

use super::card::byline;
use super::marked::{mentioned_text, Mentions};
use crate::library::Shared;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub lib: Shared,
    /// Index into `corpus.articles`; `None` when the URL names an article not in this build.
    pub article: Option<usize>,
    /// The current view; the back link goes to its list.
    pub route: Route,
    /// Entities with an active filter.
    pub active: Vec<usize>,
    /// Number of results in the list the back link goes to.
    pub result_count: usize,
    pub on_toggle: Callback<usize>,
}

#[component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let back_href = props.route.list().to_hash();
    let back_label = format!(
        "← Back to {} {}",
        props.result_count,
        if props.result_count == 1 {
            "result"
        } else {
            "results"
        }
    );
    let back = html! { <a class="back" href={back_href}>{ back_label }</a> };
    let Some(article) = props
        .article
        .and_then(|a| props.lib.snapshot.corpus.articles.get(a))
    else {
        return html! {
            <section class="reader missing">
                { back }
                <h2 id="reader-title" tabindex="-1">{ "This article is not in this build" }</h2>
                <p>{ "The link may be from an older version of the site. Go back to the list to find it by its title." }</p>
            </section>
        };
    };
    let index = props.article.unwrap_or_default();
    let query = props.route.query.as_str();
    let marks = |text: &str| -> Vec<Span> {
        if query.trim().is_empty() {
            Vec::new()
        } else {
            props.lib.snapshot.index.highlight(query, text)
        }
    };
    let all = props.lib.article_mentions(index);
    let ranges_in = |block: u32| -> Vec<(Span, usize)> {
        all.iter()
            .filter(|m| m.mention.block == block)
            .map(|m| {
                (
                    Span {
                        start: m.mention.start,
                        end: m.mention.end,
                    },
                    m.entity,
                )
            })
            .collect()
    };
    let text = |block: u32, text: &str| -> Html {
        let ranges = ranges_in(block);
        let mentions = Mentions {
            lib: &props.lib,
            ranges: &ranges,
            active: &props.active,
            on_toggle: &props.on_toggle,
        };
        mentioned_text(text, mentions, &marks(text))
    };
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
        <article class="reader" aria-labelledby="reader-title">
            { back }
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
