//! Writes an [`Answer`] into the page: a `section` of the same elements and classes as the
//! app's result list (summary, "Order:" links, cards with their chips), so that the app's list
//! takes its place without moving anything, shown in place of the prerendered list (a
//! stylesheet rule hides that list while the page's root has `data-quick="shown"`). Only
//! elements and text nodes: article text is never parsed as markup. What the app makes
//! buttons that toggle filters are plain links here, to where the app's link leads.

use corpus::Span;
use web_sys::{Document, Element, Node};

use crate::answer::{Answer, CardView, Chip, Marked};

/// The id of the quick search's results.
pub const RESULTS_ID: &str = "quick-results";
/// The root's attribute that says what the quick search does: `shown` while its results are
/// on the page, `ended` once the app has taken over (the quick search then does nothing).
pub const STATE: &str = "data-quick";

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Whether the app has taken over the page.
pub fn ended() -> bool {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute(STATE))
        .is_some_and(|state| state == "ended")
}

/// Removes the quick results, showing the prerendered list again.
pub fn clear() {
    let Some(document) = document() else { return };
    if let Some(old) = document.get_element_by_id(RESULTS_ID) {
        old.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute(STATE);
    }
}

/// Shows `answer` in place of the list.
pub fn show(answer: &Answer) -> Option<()> {
    let document = document()?;
    let main = document.get_element_by_id("main")?;
    let section = el(&document, "section", "results")?;
    section.set_id(RESULTS_ID);
    section
        .set_attribute("aria-labelledby", "quick-summary")
        .ok()?;
    let summary = text_el(&document, "h2", "summary", &answer.summary)?;
    summary.set_id("quick-summary");
    summary.set_attribute("aria-live", "polite").ok()?;
    section.append_child(&summary).ok()?;
    if !answer.order.is_empty() {
        section
            .append_child(&Node::from(order_el(&document, &answer.order)?))
            .ok()?;
    }
    for card in &answer.cards {
        section
            .append_child(&Node::from(card_el(&document, card)?))
            .ok()?;
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

fn el(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let e = document.create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

fn link(document: &Document, class: &str, href: &str, text: &str) -> Option<Element> {
    let a = text_el(document, "a", class, text)?;
    a.set_attribute("href", href).ok()?;
    Some(a)
}

/// The app's "Order:" line: links to the same query in each order, the first the current one.
fn order_el(document: &Document, order: &[(&str, String)]) -> Option<Element> {
    let nav = el(document, "nav", "order")?;
    nav.set_attribute("aria-label", "Order of the list").ok()?;
    nav.append_child(&Node::from(text_el(
        document,
        "span",
        "order-label",
        "Order:",
    )?))
    .ok()?;
    let list = el(document, "ul", "")?;
    for (i, (label, href)) in order.iter().enumerate() {
        let a = link(document, "", href, label)?;
        if i == 0 {
            a.set_attribute("aria-current", "true").ok()?;
        }
        let item = el(document, "li", "")?;
        item.append_child(&a).ok()?;
        list.append_child(&item).ok()?;
    }
    nav.append_child(&list).ok()?;
    Some(nav)
}

/// A chip, and the `›` link to the entity's page beside it when it has one, as the app's.
fn chip_el(document: &Document, chip: &Chip) -> Option<Element> {
    let pair = el(document, "span", "chip-pair")?;
    let chip_link = link(
        document,
        &format!("chip {}", chip.kind),
        &chip.href,
        &chip.name,
    )?;
    pair.append_child(&chip_link).ok()?;
    if chip.page {
        let about = format!("About {}", chip.name);
        let page = el(document, "a", "page-link")?;
        page.set_attribute("href", &chip.href).ok()?;
        page.set_attribute("title", &about).ok()?;
        let arrow = text_el(document, "span", "", "›")?;
        arrow.set_attribute("aria-hidden", "true").ok()?;
        page.append_child(&arrow).ok()?;
        let hidden = text_el(document, "span", "visually-hidden", &about)?;
        page.append_child(&hidden).ok()?;
        pair.append_child(&page).ok()?;
    }
    Some(pair)
}

fn text_el(document: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let e = el(document, tag, class)?;
    e.append_child(&document.create_text_node(text)).ok()?;
    Some(e)
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
            parent
                .append_child(&Node::from(text_el(document, "mark", "", inside)?))
                .ok()?;
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

fn card_el(document: &Document, card: &CardView) -> Option<Element> {
    let article = el(document, "article", "card")?;
    let title_id = format!("quick-card-{}", card.id);
    article.set_attribute("aria-labelledby", &title_id).ok()?;
    let heading = el(document, "h2", "card-title")?;
    let title = el(document, "a", "")?;
    title.set_id(&title_id);
    title.set_attribute("href", &card.href).ok()?;
    append_marked(document, &title, &card.title)?;
    heading.append_child(&title).ok()?;
    article.append_child(&heading).ok()?;
    let byline = el(document, "p", "byline")?;
    for (class, text) in &card.byline {
        byline
            .append_child(&Node::from(text_el(document, "span", class, text)?))
            .ok()?;
    }
    article.append_child(&byline).ok()?;
    let snippet = el(document, "p", "snippet")?;
    append_marked(document, &snippet, &card.snippet)?;
    article.append_child(&snippet).ok()?;
    if let Some(matched) = &card.matched {
        article
            .append_child(&Node::from(text_el(document, "p", "matched", matched)?))
            .ok()?;
    }
    if !card.chips.is_empty() {
        let chips = el(document, "div", "chips")?;
        chips.set_attribute("role", "group").ok()?;
        chips
            .set_attribute("aria-label", "Entities this article names most")
            .ok()?;
        for chip in &card.chips {
            chips
                .append_child(&Node::from(chip_el(document, chip)?))
                .ok()?;
        }
        article.append_child(&chips).ok()?;
    }
    Some(article)
}
