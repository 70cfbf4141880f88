//! The entity sidebar: people, organisations and places in the current results.

use std::rc::Rc;

use corpus::{Entity, EntityKind};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library::{Library, Shared};
use crate::results::{Facet, Results};

/// Entities shown per group before "Show all".
pub const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub lib: Shared,
    pub results: Rc<Results>,
    pub on_toggle: Callback<usize>,
}

/// A group heading for each kind.
pub fn group_title(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
    }
}

/// The facets whose entity's name or an alias contains `needle` (case-insensitive).
pub fn filtered<'a>(lib: &Library, facets: &'a [Facet], needle: &str) -> Vec<&'a Facet> {
    let needle = needle.trim().to_lowercase();
    facets
        .iter()
        .filter(|f| {
            needle.is_empty()
                || lib
                    .entity(f.entity)
                    .is_some_and(|e| names_contain(e, &needle))
        })
        .collect()
}

fn names_contain(entity: &Entity, needle: &str) -> bool {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|n| n.to_lowercase().contains(needle))
}

/// Each group's facets (filtered by the box), the first [`SHOWN`] unless expanded; the panel
/// collapses on narrow screens.
#[component(Sidebar)]
pub fn sidebar(props: &SidebarProps) -> Html {
    let open = use_state(|| false);
    let needle = use_state(String::new);
    let expanded = use_state(|| [false; 3]);

    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_filter = {
        let needle = needle.clone();
        Callback::from(move |e: InputEvent| {
            needle.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let groups: Html = EntityKind::ALL
        .iter()
        .enumerate()
        .map(|(slot, &kind)| {
            let facets = filtered(&props.lib, props.results.facets_of(kind), &needle);
            let is_expanded = expanded.get(slot).copied().unwrap_or(false);
            let shown = if is_expanded { facets.len() } else { SHOWN.min(facets.len()) };
            let heading_id = format!("group-{}", kind.as_str());
            let more = {
                let expanded = expanded.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut next = *expanded;
                    if let Some(flag) = next.get_mut(slot) {
                        *flag = !*flag;
                    }
                    expanded.set(next);
                })
            };
            let items: Html = facets
                .iter()
                .take(shown)
                .map(|f| facet_button(props, f))
                .collect();
            html! {
                <section class="group" aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id}>{ group_title(kind) }<span class="group-count">{ facets.len() }</span></h3>
                    if facets.is_empty() {
                        <p class="none">{ if needle.trim().is_empty() { "None in these results" } else { "No name matches the filter" } }</p>
                    } else {
                        <ul class="facets">{ items }</ul>
                    }
                    if facets.len() > SHOWN {
                        <button type="button" class="more" aria-expanded={is_expanded.to_string()} onclick={more}>
                            { if is_expanded { "Show fewer".to_string() } else { format!("Show all {}", facets.len()) } }
                        </button>
                    }
                </section>
            }
        })
        .collect();
    html! {
        <aside id="entities" class="sidebar" aria-labelledby="entities-heading">
            <div class="sidebar-head">
                <h2 id="entities-heading">{ "Entities" }</h2>
                <button type="button" class="sidebar-toggle"
                    aria-expanded={open.to_string()} aria-controls="entity-panel"
                    onclick={toggle_open}>
                    { if *open { "Hide" } else { "Show" } }
                    <span class="visually-hidden">{ " entities" }</span>
                </button>
            </div>
            <div id="entity-panel" class={classes!("sidebar-body", (!*open).then_some("collapsed"))}>
                <label for="entity-filter">{ "Filter names" }</label>
                <input id="entity-filter" type="search" value={(*needle).clone()} oninput={on_filter} autocomplete="off" />
                { groups }
            </div>
        </aside>
    }
}

fn facet_button(props: &SidebarProps, facet: &Facet) -> Html {
    let Some(entity) = props.lib.entity(facet.entity) else {
        return Html::default();
    };
    let e = facet.entity;
    let pressed = props.results.filters.contains(&e);
    let onclick = props.on_toggle.reform(move |_: MouseEvent| e);
    let unit = if facet.count == 1 {
        "article"
    } else {
        "articles"
    };
    html! {
        <li key={e}>
            <button type="button" class={classes!("facet", entity.kind.as_str())}
                aria-pressed={pressed.to_string()} {onclick}>
                <span class="name">{ &entity.name }</span>
                <span class="count">{ facet.count }<span class="visually-hidden">{ format!(" {unit}") }</span></span>
            </button>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::results::compute;

    #[test]
    fn the_filter_box_matches_names_and_aliases_ignoring_case() {
        let lib = Library::new(Rc::new(fixture::snapshot()));
        let r = compute(&lib, "", &[]);
        let names = |needle: &str| -> Vec<String> {
            EntityKind::ALL
                .iter()
                .flat_map(|&k| filtered(&lib, r.facets_of(k), needle))
                .filter_map(|f| lib.entity(f.entity).map(|e| e.name.clone()))
                .collect()
        };
        assert_eq!(names("REYES"), ["Tom Reyes"]);
        assert_eq!(names("council"), ["Northland Farmers Council"]);
        assert_eq!(names(" north "), ["Northland Farmers Council", "Northland"]);
        assert_eq!(names("").len(), 6);
        assert!(names("zzz").is_empty());
    }
}
