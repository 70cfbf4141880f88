//! An entity's page: who or what it is, and the articles that name it most, as links.
//!
//! A simple page for now (issue 12): the prerendered HTML of the most named entities, usable
//! without JavaScript; the explorer's filtered list has the rest.

use std::rc::Rc;

use corpus::bundle::format::EntityPage as Page;
use corpus::EntityKind;
use yew::prelude::*;

use crate::english::count;
use crate::route::{LinkMode, Route};

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
    pub links: LinkMode,
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
    let back = html! { <a class="back" href={Route::default().href(props.links)}>{ "← All articles" }</a> };
    let page = match &props.page {
        EntityOpened::Loaded(page) => page,
        EntityOpened::Loading => {
            return html! {
                <section class="entity-page loading" aria-busy="true">
                    { back }
                    <h1 id="reader-title" tabindex="-1">{ "Loading…" }</h1>
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
                <a href={Route::default().with_article(&a.id).href(props.links)}>{ &a.title }</a>
                <span class="byline">
                    if let Some(source) = &a.source {
                        <span class="source">{ source }</span>
                    }
                    if let Some(date) = &a.date {
                        <span class="date">{ date }</span>
                    }
                    <span class="mentions">{ count(a.mentions, "mention", "mentions") }</span>
                </span>
            </li>
        }
    };
    let filtered = Route {
        filters: vec![entity.slug.clone()],
        ..Route::default()
    };
    html! {
        <article class="entity-page" aria-labelledby="reader-title">
            { back }
            <header>
                <h1 id="reader-title" tabindex="-1">{ &entity.name }</h1>
                <p class="byline">
                    <span class={classes!("kind", entity.kind.as_str())}>{ kind_name(entity.kind) }</span>
                    <span>{ format!("named in {}", count(page.articles, "article", "articles")) }</span>
                </p>
                if !page.aliases.is_empty() {
                    <p class="aliases">{ format!("Also written: {}", page.aliases.join(", ")) }</p>
                }
            </header>
            <h2>{ heading }</h2>
            <ol class="entity-articles">{ items }</ol>
            <p class="explore"><a href={filtered.href(props.links)}>
                { format!("Search and filter the {} in the explorer", count(page.articles, "article", "articles")) }
            </a></p>
        </article>
    }
}
