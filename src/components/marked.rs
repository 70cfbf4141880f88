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
///
/// With marks, plain text and marks alternate, starting and ending with plain text (empty
/// where a mark starts or ends the window or two marks touch): each position holds the same
/// kind of node whatever the query, so that while typing yew changes the text of the nodes
/// already there instead of replacing text nodes with marks and back.
pub fn marked_text(text: &str, window: Span, marks: &[Span]) -> Html {
    let pieces = marked(text, window, marks);
    if pieces.iter().all(|p| p.tag.is_none()) {
        return html! { for piece in pieces { { piece.text } } };
    }
    let mut nodes = Vec::with_capacity(pieces.len() * 2 + 1);
    let mut plain_next = true;
    for piece in pieces {
        if piece.tag.is_some() {
            if plain_next {
                nodes.push(html! { "" });
            }
            nodes.push(html! { <mark>{ piece.text }</mark> });
            plain_next = true;
        } else {
            nodes.push(html! { { piece.text } });
            plain_next = false;
        }
    }
    if plain_next {
        nodes.push(html! { "" });
    }
    nodes.into_iter().collect()
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

#[cfg(test)]
mod tests {
    use yew::virtual_dom::VNode;

    use super::*;

    fn span(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The nodes `marked_text` gives: `T(text)` for a text node, `M(text)` for a mark.
    fn shape(html: Html) -> Vec<String> {
        let VNode::VList(list) = html else {
            panic!("a list of nodes: {html:?}");
        };
        list.iter()
            .map(|node| match node {
                VNode::VText(t) => format!("T({})", t.text),
                VNode::VTag(tag) if tag.tag() == "mark" => {
                    let inner: Vec<String> = tag
                        .children()
                        .into_iter()
                        .flat_map(|c| match c {
                            VNode::VText(t) => vec![t.text.to_string()],
                            VNode::VList(l) => l
                                .iter()
                                .filter_map(|n| match n {
                                    VNode::VText(t) => Some(t.text.to_string()),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        })
                        .collect();
                    format!("M({})", inner.concat())
                }
                other => panic!("a text or a mark: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn marks_alternate_with_text_whatever_the_query() {
        let text = "ab cd ef";
        // Without a mark: the text alone.
        assert_eq!(shape(marked_text(text, span(0, 8), &[])), ["T(ab cd ef)"]);
        // A mark in the middle, at the start, at the end, and two marks touching: text and
        // marks in turn, from text to text, so that each position keeps its kind of node.
        assert_eq!(
            shape(marked_text(text, span(0, 8), &[span(3, 5)])),
            ["T(ab )", "M(cd)", "T( ef)"]
        );
        assert_eq!(
            shape(marked_text(text, span(0, 8), &[span(0, 2), span(6, 8)])),
            ["T()", "M(ab)", "T( cd )", "M(ef)", "T()"]
        );
        assert_eq!(
            shape(marked_text(text, span(0, 8), &[span(0, 3), span(3, 5)])),
            ["T()", "M(ab )", "T()", "M(cd)", "T( ef)"]
        );
    }
}
