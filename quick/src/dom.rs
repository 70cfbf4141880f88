//! Writes an [`Answer`] into the page: a `section` of the same elements and classes as the
//! app's result list (summary, notes, "Order:" links, cards with their chips, the weak
//! group's line, "did you mean" and shorter searches), so that the app's list takes its place
//! without moving anything, shown in place of the prerendered list (a stylesheet rule hides
//! that list while the page's root has `data-quick="shown"`). Only elements and text nodes:
//! article text is never parsed as markup. What the app makes buttons that toggle filters are
//! plain links here, to where the app's link leads; the buttons that search another query are
//! the app's buttons, which submit a hidden form (`?q=…`: the app at once, on that query).

use corpus::search::report::{DID_YOU_MEAN, SHORTER};
use corpus::Span;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::answer::{Answer, CardView, Chip, Marked, WaysOut};

/// The id of the quick search's results.
pub const RESULTS_ID: &str = "quick-results";
/// The id of the hidden form that the buttons which search another query submit.
const ASK_ID: &str = "quick-ask";
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

/// Shows `answer` in place of the list; when nothing is searched, the prerendered list again,
/// under the answer's notes if it has some.
pub fn show(answer: &Answer) -> Option<()> {
    let document = document();
    if !answer.searched {
        return match whole_list(&document, answer) {
            Some(list) => put(&document, &list),
            None => {
                clear();
                Some(())
            }
        };
    }
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
    let notes = add(d, Some(&section), "ul", "notes", &[], "")?;
    for note in &answer.notes {
        add(d, Some(&notes), "li", "", &[], note)?;
    }
    if !answer.order.is_empty() {
        order_el(d, &section, &answer.order)?;
    }
    let ways_out = answer.ways_out.as_ref();
    if let Some(partial) = ways_out.filter(|w| w.advice.is_none()) {
        let block = add(d, Some(&section), "div", "partial", &[], "")?;
        nearest_el(d, &block, partial)?;
        if !partial.shorter.is_empty() {
            add(d, Some(&block), "p", "", &[], SHORTER)?;
            queries_el(d, &block, "suggestions", &partial.shorter)?;
        }
    }
    for (i, card) in answer.cards.iter().enumerate() {
        if let Some((_, line)) = answer.weak_label.as_ref().filter(|(at, _)| *at == i) {
            add(d, Some(&section), "p", "weak-label", &[], line)?;
        }
        card_el(d, &section, card)?;
    }
    if let Some(none) = ways_out.filter(|w| w.advice.is_some()) {
        let block = add(d, Some(&section), "div", "empty", &[], "")?;
        add(d, Some(&block), "p", "", &[], none.advice.as_deref()?)?;
        nearest_el(d, &block, none)?;
        if !none.shorter.is_empty() {
            queries_el(d, &block, "suggestions", &none.shorter)?;
        }
    }
    if ways_out.is_some() {
        add(
            d,
            Some(&section),
            "form",
            "",
            &[("id", ASK_ID), ("hidden", "")],
            "",
        )?;
    }
    put(&document, &section)
}

/// Puts `section` in place of the quick results, or first in `<main>`, and says so.
fn put(document: &Document, section: &Element) -> Option<()> {
    match document.get_element_by_id(RESULTS_ID) {
        Some(old) => old.replace_with_with_node_1(section).ok()?,
        None => document
            .get_element_by_id("main")?
            .prepend_with_node_1(section)
            .ok()?,
    }
    document
        .document_element()?
        .set_attribute(STATE, "shown")
        .ok()
}

/// A copy of the prerendered list (the whole collection, as the app shows it when nothing is
/// searched) with the answer's notes in its notes and its cards' links on the query as the
/// app's, as the quick results; `None` without notes. Its ids are the quick results' (the
/// list's own stay on the hidden original).
fn whole_list(document: &Document, answer: &Answer) -> Option<Element> {
    if answer.notes.is_empty() {
        return None;
    }
    // A copy of an element is an element: no `instanceof` check (and its glue) needed.
    let copy: Element = document
        .get_element_by_id("results")?
        .clone_node_with_deep(true)
        .ok()?
        .unchecked_into();
    while let Some(named) = copy.query_selector("[id]").ok()? {
        named.remove_attribute("id").ok()?;
    }
    copy.set_attribute("id", RESULTS_ID).ok()?;
    copy.set_attribute("aria-labelledby", "quick-summary")
        .ok()?;
    copy.query_selector(".summary")
        .ok()??
        .set_attribute("id", "quick-summary")
        .ok()?;
    let list = copy.query_selector(".notes").ok()??;
    for note in &answer.notes {
        add(document, Some(&list), "li", "", &[], note)?;
    }
    // The prerendered cards' links have no query string; each gets the answer's (`?q=…`), so
    // the next link without a `?` is the next one to do (and the loop ends).
    if !answer.link_query.starts_with('?') {
        return None;
    }
    while let Some(link) = copy.query_selector(".card-title a:not([href*='?'])").ok()? {
        let href = link.get_attribute("href")?;
        link.set_attribute("href", &[&href, answer.link_query.as_str()].concat())
            .ok()?;
    }
    Some(copy)
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
    // The class as an attribute: one imported function less than `className`.
    if !class.is_empty() {
        e.set_attribute("class", class).ok()?;
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

/// "Did you mean:" and the nearest words, as the app's; nothing when there are none.
fn nearest_el(d: &Document, parent: &Element, ways_out: &WaysOut) -> Option<()> {
    if ways_out.nearest.is_empty() {
        return Some(());
    }
    add(d, Some(parent), "p", "did-you-mean", &[], DID_YOU_MEAN)?;
    queries_el(d, parent, "suggestions did-you-mean", &ways_out.nearest)
}

/// A list of the app's buttons (`class="link"`), each labelled `label`, that search `query`:
/// here they submit the hidden form with `q=query`.
fn queries_el(
    d: &Document,
    parent: &Element,
    class: &str,
    queries: &[(String, String)],
) -> Option<()> {
    let list = add(d, Some(parent), "ul", class, &[], "")?;
    for (label, query) in queries {
        let item = add(d, Some(&list), "li", "", &[], "")?;
        let attrs = [
            ("type", "submit"),
            ("form", ASK_ID),
            ("name", "q"),
            ("value", query.as_str()),
        ];
        add(d, Some(&item), "button", "link", &attrs, label)?;
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
    let title_id = ["quick-card-", &card.id].concat();
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
