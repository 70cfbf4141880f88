//! An entity's page: who or what it is, the articles that name it most with the mention in
//! context, its quotations, and the entities named with it more often than chance.
//!
//! Prerendered for the entities that have a page (usable without JavaScript); the explorer's
//! list filtered by the entity has every article.

use std::rc::Rc;

use corpus::bundle::context::Context;
use corpus::bundle::format::{EntityPage as Page, SpokenQuote, Together};
use corpus::EntityKind;
use yew::prelude::*;

use crate::hooks::use_heading_keeps_focus;
use crate::library::EntityLinks;
use crate::route::Route;
use corpus::search::report::count;

/// The page the route opens, or where it stands.
#[derive(Debug, Clone)]
pub enum EntityOpened {
    Loading,
    /// Its file could not be fetched or read: why.
    Failed(String),
    /// No entity has that slug in this build.
    Missing,
    Loaded(Rc<Page>),
}

impl PartialEq for EntityOpened {
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
pub struct EntityPageProps {
    pub page: EntityOpened,
    /// How links to entities (and so all links) are written.
    pub entity_links: EntityLinks,
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organisation",
        EntityKind::Place => "Place",
    }
}

#[component(EntityPageView)]
pub fn entity_page(props: &EntityPageProps) -> Html {
    let onfocus = use_heading_keeps_focus(matches!(props.page, EntityOpened::Loading));
    let links = props.entity_links;
    let mode = links.mode();
    let back =
        html! { <a class="back" href={Route::default().href(mode)}>{ "← All articles" }</a> };
    let page = match &props.page {
        EntityOpened::Loaded(page) => page,
        EntityOpened::Loading => {
            return html! {
                <section class="entity-page loading" aria-busy="true">
                    { back }
                    <h1 id="reader-title" tabindex="-1" {onfocus}>{ "Loading…" }</h1>
                </section>
            }
        }
        EntityOpened::Failed(why) => {
            let retry = props.on_retry.reform(|_: MouseEvent| ());
            return html! {
                <section class="entity-page failed">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "This page could not be loaded" }</h1>
                    <p class="error" role="alert">{ format!("Fetching it failed ({why}).") }</p>
                    <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
                </section>
            };
        }
        EntityOpened::Missing => {
            return html! {
                <section class="entity-page missing">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "No one and nothing by that name in this build" }</h1>
                    <p>{ "The link may be from an older version of the site." }</p>
                </section>
            }
        }
    };
    let entity = &page.entity;
    let shown = u32::try_from(page.list.len()).unwrap_or(u32::MAX);
    let heading = if shown < page.articles {
        format!("The {shown} articles that name {} most", entity.name)
    } else {
        format!("Articles that name {}", entity.name)
    };
    let items = html! {
        for a in page.list.iter() {
            <li key={a.n}>
                <a href={Route::default().with_article(&a.id).href(mode)}>{ &a.title }</a>
                if let Some(context) = &a.context {
                    { in_context(context) }
                }
                <span class="byline">
                    if let Some(source) = &a.source {
                        <span class="source">{ source }</span>
                    }
                    if let Some(date) = &a.date {
                        <span class="date">{ date }</span>
                    }
                    <span class="mentions">{ count(a.mentions as usize, "mention", "mentions") }</span>
                </span>
            </li>
        }
    };
    let filtered = Route {
        filters: vec![entity.slug.clone()],
        ..Route::default()
    };
    let quotes_note = {
        let shown = page.quotes.len();
        let all = page.quote_count as usize;
        let which = if shown < all {
            format!("The {shown} carried by the most articles, of {all}.")
        } else {
            String::new()
        };
        format!(
            "Quotations the articles attribute to {}. {which}",
            entity.name
        )
    };
    html! {
        <article class="entity-page" aria-labelledby="reader-title">
            { back }
            <header>
                <h1 id="reader-title" tabindex="-1">{ &entity.name }</h1>
                <p class="byline">
                    <span class={classes!("kind", entity.kind.as_str())}>{ kind_name(entity.kind) }</span>
                    <span>{ format!("named in {}", count(page.articles as usize, "article", "articles")) }</span>
                </p>
                if !page.aliases.is_empty() {
                    <p class="aliases">{ format!("Also written: {}", page.aliases.join(", ")) }</p>
                }
            </header>
            <section aria-labelledby="entity-articles-heading">
                <h2 id="entity-articles-heading">{ heading }</h2>
                <ol class="entity-articles">{ items }</ol>
                <p class="explore"><a href={filtered.href(mode)}>
                    { format!("Search and filter the {} in the explorer", count(page.articles as usize, "article", "articles")) }
                </a></p>
            </section>
            if !page.quotes.is_empty() {
                <section class="entity-quotes" aria-labelledby="entity-quotes-heading">
                    <h2 id="entity-quotes-heading">{ "Quotations" }</h2>
                    <p class="note">{ quotes_note.trim_end() }</p>
                    <ul>
                        for q in page.quotes.iter() { { spoken(q, links) } }
                    </ul>
                </section>
            }
            if !page.mentioned.is_empty() {
                <section class="mentioned-with" aria-labelledby="mentioned-with-heading">
                    <h2 id="mentioned-with-heading">{ "Mentioned with" }</h2>
                    <p class="note">{ format!(
                        "Named in the same articles as {} at least as often as chance would have it (if names were spread over the articles at random), ranked by how far above chance that is (a G² test), the strongest first. The link lists the articles that name both.",
                        entity.name
                    ) }</p>
                    <ol>
                        for t in page.mentioned.iter() { { named_with(&entity.slug, t, links) } }
                    </ol>
                </section>
            }
        </article>
    }
}

/// A mention with the words around it, the mention in bold; "…" where text was left out.
fn in_context(context: &Context) -> Html {
    let text = &context.text;
    let (start, end) = (context.mark.start as usize, context.mark.end as usize);
    let (Some(before), Some(mention), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return html! { <p class="context">{ text }</p> };
    };
    html! {
        <p class="context">
            if context.cut_before { { "…" } }
            { before }<strong>{ mention }</strong>{ after }
            if context.cut_after { { "…" } }
        </p>
    }
}

/// A quotation, with the number of articles carrying it and links to them.
fn spoken(quote: &SpokenQuote, links: EntityLinks) -> Html {
    let more = quote
        .articles
        .saturating_sub(u32::try_from(quote.sources.len()).unwrap_or(u32::MAX));
    html! {
        <li class="quote">
            <blockquote>{ &quote.text }</blockquote>
            <p class="carried">{ format!("In {}:", count(quote.articles as usize, "article", "articles")) }</p>
            <ul class="sources">
                for s in quote.sources.iter() {
                    <li key={s.n}>
                        <a href={Route::default().with_article(&s.id).href(links.mode())}>{ &s.title }</a>
                        if let Some(source) = &s.source {
                            <span class="source">{ format!(" ({source})") }</span>
                        }
                    </li>
                }
            </ul>
            if more > 0 {
                <p class="more-sources">{ format!("and {more} more") }</p>
            }
        </li>
    }
}

/// An entity named with this one (`slug`): a link to it, how much more often than chance,
/// and a link to the articles naming both.
fn named_with(slug: &str, t: &Together, links: EntityLinks) -> Html {
    let both = Route {
        filters: vec![slug.to_string(), t.entity.slug.clone()],
        ..Route::default()
    };
    html! {
        <li key={t.entity.id}>
            <a class={classes!("with", t.entity.kind.as_str())} href={links.href(&t.entity)}>{ &t.entity.name }</a>
            { " " }
            <a class="both" href={both.href(links.mode())}>
                { count(t.shared as usize, "shared article", "shared articles") }
            </a>
            <span class="lift">{ format!(" · {}", times(t.lift)) }</span>
        </li>
    }
}

/// How many times as often as chance: "3.2 times as often as chance", "12 times ...", or
/// "as often as chance" when the rounded figure is 1.
fn times(lift: f32) -> String {
    if !lift.is_finite() || lift < 1.05 {
        return "as often as chance".to_string();
    }
    if lift >= 10.0 {
        format!("{lift:.0} times as often as chance")
    } else {
        format!("{lift:.1} times as often as chance")
    }
}
