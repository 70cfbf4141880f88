//! Text with highlights, rendered as text nodes, `<mark>`s and mention buttons.
//!
//! Only ever text nodes: yew escapes them, so article text can never become markup.

use corpus::bundle::EntityRef;
use corpus::Span;
use yew::prelude::*;

use crate::highlight::{marked, pieces};
use crate::hooks::{toggle_click, toggle_key};
use crate::library::EntityLinks;

/// `text[window]` with the parts covered by `marks` in `<mark>`.
pub fn marked_text(text: &str, window: Span, marks: &[Span]) -> Html {
    html! {
        for piece in marked(text, window, marks) {
            if piece.tag.is_some() {
                <mark>{ piece.text }</mark>
            } else {
                { piece.text }
            }
        }
    }
}

/// How to show entity mentions inside a text.
#[derive(Clone, Copy)]
pub struct Mentions<'a> {
    /// The entities that can be mentioned.
    pub entities: &'a [EntityRef],
    /// The mentions in this text: where, and which of `entities`.
    pub ranges: &'a [(Span, usize)],
    /// Ids of the entities with an active filter.
    pub active: &'a [u32],
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: &'a Callback<String>,
    pub links: EntityLinks,
}

/// The whole `text` with entity mentions as toggle buttons and `marks` in `<mark>`, also inside
/// mentions. The mentions are not tab stops (an article names dozens of entities; the
/// sidebar lists them once each for the keyboard).
pub fn mentioned_text(text: &str, mentions: Mentions<'_>, marks: &[Span]) -> Html {
    mentioned_window(text, crate::highlight::whole(text), mentions, marks)
}

/// `text[window]` as [`mentioned_text`] shows it.
pub fn mentioned_window(text: &str, window: Span, mentions: Mentions<'_>, marks: &[Span]) -> Html {
    html! {
        for piece in pieces(text, window, mentions.ranges) {
            { mention(piece.tag.and_then(|i| mentions.entities.get(i)), marked_text(text, piece.span, marks), mentions) }
        }
    }
}

/// `inner` as a toggle for the filter on `entity` where it is a mention, as it is otherwise.
fn mention(entity: Option<&EntityRef>, inner: Html, mentions: Mentions<'_>) -> Html {
    let Some(entity) = entity else {
        return inner;
    };
    let pressed = mentions.active.contains(&entity.id);
    let title = if pressed {
        format!("Remove the filter {}", entity.name)
    } else {
        format!("Show articles that mention {}", entity.name)
    };
    html! {
        <a role="button"
            class={classes!("mention", entity.kind.as_str())}
            href={mentions.links.href(entity)}
            tabindex="-1"
            aria-pressed={pressed.to_string()}
            {title}
            onclick={toggle_click(entity, mentions.on_toggle)}
            onkeydown={toggle_key(entity, mentions.on_toggle)}>
            { inner }
        </a>
    }
}

/// A toggle for the filter on one entity, showing its name: a link to the entity's page (or
/// filtered list) that, with JavaScript, toggles the filter.
pub fn entity_chip(
    entity: &EntityRef,
    active: bool,
    on_toggle: &Callback<String>,
    links: EntityLinks,
) -> Html {
    html! {
        <a role="button"
            class={classes!("chip", entity.kind.as_str())}
            href={links.href(entity)}
            aria-pressed={active.to_string()}
            onclick={toggle_click(entity, on_toggle)}
            onkeydown={toggle_key(entity, on_toggle)}>
            { &entity.name }
        </a>
    }
}

/// A small link to `entity`'s page, next to a toggle for its filter, when it has a page.
pub fn page_link(entity: &EntityRef, links: EntityLinks) -> Html {
    match links.page_href(entity) {
        Some(href) => html! {
            <a class="page-link" {href} title={format!("About {}", entity.name)}>
                <span aria-hidden="true">{ "›" }</span>
                <span class="visually-hidden">{ format!("About {}", entity.name) }</span>
            </a>
        },
        None => Html::default(),
    }
}
