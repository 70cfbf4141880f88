//! Writes an [`Answer`] into the page: a `section` of the same elements and classes as the
//! app's result list (summary, "Order:" links, cards with their chips), so that the app's list
//! takes its place without moving anything, shown in place of the prerendered list (a
//! stylesheet rule hides that list while the page's root has `data-quick="shown"`). Only
//! elements and text nodes: article text is never parsed as markup. What the app makes
//! buttons that toggle filters are plain links here, to where the app's link leads.

use corpus::Span;
use web_sys::{Document, Element};

use crate::answer::{Answer, CardView, Chip, Marked};

/// The id of the quick search's results.
pub const RESULTS_ID: &str = "quick-results";
/// The root's attribute that says what the quick search does: `shown` while its results are
/// on the page, `ended` once the app has taken over (the quick search then does nothing).
pub const STATE: &str = "data-quick";

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The page's document (the quick search runs in a page, never in a worker).
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Document;
}

fn document() -> Document {
    DOCUMENT.with(Document::clone)
}

/// Whether the app has taken over the page.
pub fn ended() -> bool {
    document()
        .document_element()
        .and_then(|root| root.get_attribute(STATE))
        .is_some_and(|state| state == "ended")
}

/// Removes the quick results, showing the prerendered list again.
pub fn clear() {
    let document = document();
    if let Some(old) = document.get_element_by_id(RESULTS_ID) {
        old.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute(STATE);
    }
}

/// Shows `answer` in place of the list.
pub fn show(answer: &Answer) -> Option<()> {
    let document = document();
    let main = document.get_element_by_id("main")?;
    let d = &document;
    let attrs = [("id", RESULTS_ID), ("aria-labelledby", "quick-summary")];
    let section = add(d, None, "section", "results", &attrs, "")?;
    let summary = [("id", "quick-summary"), ("aria-live", "polite")];
    add(
        d,
        Some(&section),
        "h2",
        "summary",
        &summary,
        &answer.summary,
    )?;
    if !answer.order.is_empty() {
        order_el(d, &section, &answer.order)?;
    }
    for card in &answer.cards {
        card_el(d, &section, card)?;
    }
    match document.get_element_by_id(RESULTS_ID) {
        Some(old) => old.replace_with_with_node_1(&section).ok()?,
        None => main.prepend_with_node_1(&section).ok()?,
    }
    document
        .document_element()?
        .set_attribute(STATE, "shown")
        .ok()
}

/// A new `tag` element of `class` (none when empty) with the attributes `attrs` and the text `text` (none when
/// empty), appended to `parent` when there is one. One place that makes elements keeps the
/// module small.
#[inline(never)]
fn add(
    document: &Document,
    parent: Option<&Element>,
    tag: &str,
    class: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> Option<Element> {
    let e = document.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    for (name, value) in attrs {
        e.set_attribute(name, value).ok()?;
    }
    if !text.is_empty() {
        e.append_child(&document.create_text_node(text)).ok()?;
    }
    if let Some(parent) = parent {
        parent.append_child(&e).ok()?;
    }
    Some(e)
}

/// The app's "Order:" line: links to the same query in each order, the first the current one.
fn order_el(d: &Document, parent: &Element, order: &[(&str, String)]) -> Option<()> {
    let label = [("aria-label", "Order of the list")];
    let nav = add(d, Some(parent), "nav", "order", &label, "")?;
    add(d, Some(&nav), "span", "order-label", &[], "Order:")?;
    let list = add(d, Some(&nav), "ul", "", &[], "")?;
    for (i, (label, href)) in order.iter().enumerate() {
        let item = add(d, Some(&list), "li", "", &[], "")?;
        let current = [("href", href.as_str()), ("aria-current", "true")];
        let attrs = if i == 0 { &current[..] } else { &current[..1] };
        add(d, Some(&item), "a", "", attrs, label)?;
    }
    Some(())
}

/// A chip, and the `›` link to the entity's page beside it when it has one, as the app's.
fn chip_el(d: &Document, parent: &Element, chip: &Chip) -> Option<()> {
    let pair = add(d, Some(parent), "span", "chip-pair", &[], "")?;
    let href = [("href", chip.href.as_str())];
    add(
        d,
        Some(&pair),
        "a",
        &["chip ", chip.kind].concat(),
        &href,
        &chip.name,
    )?;
    if chip.page {
        let about = ["About ", &chip.name].concat();
        let attrs = [href[0], ("title", &about)];
        let page = add(d, Some(&pair), "a", "page-link", &attrs, "")?;
        add(d, Some(&page), "span", "", &[("aria-hidden", "true")], "›")?;
        add(d, Some(&page), "span", "visually-hidden", &[], &about)?;
    }
    Some(())
}

/// `parent` gets `marked`'s text, its marks in `<mark>`.
fn append_marked(document: &Document, parent: &Element, marked: &Marked) -> Option<()> {
    let text = &marked.text;
    let mut at = 0;
    let piece = |span: Span| span.slice(text).filter(|s| !s.is_empty());
    for m in &marked.marks {
        if (m.start as usize) < at {
            continue;
        }
        let before = Span {
            start: at as u32,
            end: m.start,
        };
        if let Some(plain) = piece(before) {
            parent
                .append_child(&document.create_text_node(plain))
                .ok()?;
        }
        if let Some(inside) = piece(*m) {
            add(document, Some(parent), "mark", "", &[], inside)?;
        }
        at = m.end as usize;
    }
    let rest = Span {
        start: at as u32,
        end: text.len() as u32,
    };
    if let Some(plain) = piece(rest) {
        parent
            .append_child(&document.create_text_node(plain))
            .ok()?;
    }
    Some(())
}

fn card_el(d: &Document, parent: &Element, card: &CardView) -> Option<()> {
    let title_id = format!("quick-card-{}", card.id);
    let labelled = [("aria-labelledby", title_id.as_str())];
    let article = add(d, Some(parent), "article", "card", &labelled, "")?;
    let heading = add(d, Some(&article), "h2", "card-title", &[], "")?;
    let link = [("id", title_id.as_str()), ("href", &card.href)];
    let title = add(d, Some(&heading), "a", "", &link, "")?;
    append_marked(d, &title, &card.title)?;
    let byline = add(d, Some(&article), "p", "byline", &[], "")?;
    for (class, text) in &card.byline {
        add(d, Some(&byline), "span", class, &[], text)?;
    }
    let snippet = add(d, Some(&article), "p", "snippet", &[], "")?;
    append_marked(d, &snippet, &card.snippet)?;
    if let Some(matched) = &card.matched {
        add(d, Some(&article), "p", "matched", &[], matched)?;
    }
    if !card.chips.is_empty() {
        let group = [
            ("role", "group"),
            ("aria-label", "Entities this article names most"),
        ];
        let chips = add(d, Some(&article), "div", "chips", &group, "")?;
        for chip in &card.chips {
            chip_el(d, &chips, chip)?;
        }
    }
    Some(())
}
