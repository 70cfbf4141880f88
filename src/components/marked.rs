//! Text with highlights, rendered as text nodes, `<mark>`s and mention buttons.
//!
//! Only ever text nodes: yew escapes them, so article text can never become markup.

use corpus::Span;
use yew::prelude::*;

use crate::highlight::{marked, pieces};
use crate::library::Library;

/// `text[window]` with the parts covered by `marks` in `<mark>`.
pub fn marked_text(text: &str, window: Span, marks: &[Span]) -> Html {
    marked(text, window, marks)
        .into_iter()
        .map(|piece| match piece.tag {
            Some(()) => html! { <mark>{ piece.text }</mark> },
            None => html! { piece.text },
        })
        .collect()
}

/// How to show entity mentions inside a text.
#[derive(Clone, Copy)]
pub struct Mentions<'a> {
    pub lib: &'a Library,
    /// The mentions in this text: where, and which entity.
    pub ranges: &'a [(Span, usize)],
    /// Entities with an active filter.
    pub active: &'a [usize],
    pub on_toggle: &'a Callback<usize>,
}

/// The whole `text` with entity mentions as toggle buttons and `marks` in `<mark>`, also inside
/// mentions.
pub fn mentioned_text(text: &str, mentions: Mentions<'_>, marks: &[Span]) -> Html {
    pieces(text, crate::highlight::whole(text), mentions.ranges)
        .into_iter()
        .map(|piece| {
            let inner = marked_text(text, piece.span, marks);
            match piece.tag.and_then(|e| Some((e, mentions.lib.entity(e)?))) {
                Some((e, entity)) => {
                    let pressed = mentions.active.contains(&e);
                    let onclick = mentions.on_toggle.reform(move |_: MouseEvent| e);
                    let title = if pressed {
                        format!("Remove the filter {}", entity.name)
                    } else {
                        format!("Show articles that mention {}", entity.name)
                    };
                    html! {
                        <button type="button"
                            class={classes!("mention", entity.kind.as_str())}
                            aria-pressed={pressed.to_string()}
                            {title}
                            {onclick}>
                            { inner }
                        </button>
                    }
                }
                None => inner,
            }
        })
        .collect()
}

/// A button that toggles the filter on one entity, showing its name.
pub fn entity_chip(
    lib: &Library,
    entity: usize,
    active: bool,
    on_toggle: &Callback<usize>,
) -> Html {
    let Some(e) = lib.entity(entity) else {
        return Html::default();
    };
    let onclick = on_toggle.reform(move |_: MouseEvent| entity);
    html! {
        <button type="button"
            class={classes!("chip", e.kind.as_str())}
            aria-pressed={active.to_string()}
            {onclick}>
            { &e.name }
        </button>
    }
}
