//! The entity sidebar: people, organisations and places in the current results.
//!
//! Names are looked up as they are shown (the first few per kind, or all when a group is
//! expanded or the name filter is used), and fetched when they are not loaded yet. The name
//! filter also finds the entities of the collection outside the results, shown as such.
//! While an article is open, the sidebar describes that article's entities instead.

use std::rc::Rc;

use corpus::bundle::{EntityRef, Needs, Store};
use corpus::search::report::{count as counted, plural};
use corpus::EntityKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::marked::page_link;
use crate::data::{use_wants, Slot, Status};
use crate::hooks::{toggle_click, toggle_key};
use crate::library::VersionedLibrary;
use crate::results::{Facet, Facets};

/// Entities shown per group before "Show all".
pub const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub lib: VersionedLibrary,
    /// The counts over the current results, or the last ones while they load (see `status`).
    pub facets: Rc<Facets>,
    /// Where the current counts stand: anything but ready means `facets` are older.
    pub status: Status,
    /// Ids of the entities with an active filter.
    pub active: Vec<u32>,
    /// Toggles the filter on an entity, by slug.
    pub on_toggle: Callback<String>,
    /// Asks for every entity of the results, when only the first few are there.
    #[prop_or_default]
    pub on_complete: Callback<()>,
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// The facets are one open article's entities, counted by mentions.
    #[prop_or_default]
    pub of_article: bool,
}

/// A group heading for each kind.
pub fn group_title(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
    }
}

/// The facets whose entity's name or an alias has `needle` at the start of one of its words
/// (`names_match`); names not loaded yet are added to `needs` and left out.
pub fn filtered<'a>(
    store: &Store,
    facets: &'a [Facet],
    needle: &str,
    needs: &mut Needs,
) -> Vec<&'a Facet> {
    let needle = folded_words(needle);
    if needle.is_empty() {
        return facets.iter().collect();
    }
    facets
        .iter()
        .filter(|f| match store.entity(f.entity) {
            Ok(Some(info)) => names_match(info, &needle),
            Ok(None) => false,
            Err(more) => {
                needs.merge(more);
                false
            }
        })
        .collect()
}

/// `text`'s words folded as search folds them ("Timișoara" and "TIMISOARA" are `timisoara`),
/// one space between them.
fn folded_words(text: &str) -> String {
    corpus::search::tokens::words(text).join(" ")
}

/// Whether entity `info`'s name or an alias, as [`folded_words`], has `needle` (folded the
/// same way) at the start of one of its words: `ran` finds Rania and Tehran Rangers, not Iran;
/// `john ker` finds John Kerry.
fn names_match(info: &corpus::bundle::format::EntityInfo, needle: &str) -> bool {
    std::iter::once(&info.name)
        .chain(&info.aliases)
        .any(|n| at_word_start(&folded_words(n), needle))
}

/// Whether `needle` occurs in `words` (words with one space between them) where a word starts.
fn at_word_start(words: &str, needle: &str) -> bool {
    std::iter::once(0)
        .chain(words.match_indices(' ').map(|(i, _)| i + 1))
        .any(|start| words.get(start..).is_some_and(|w| w.starts_with(needle)))
}

/// The entities of `kind` in the whole collection whose name or an alias has `needle` at the
/// start of one of its words (`names_match`), leaving out those in `listed`, with the
/// number of articles that name each; names not loaded yet are added to `needs` and left out.
pub fn elsewhere(
    store: &Store,
    kind: EntityKind,
    listed: &[&Facet],
    needle: &str,
    needs: &mut Needs,
) -> Vec<Facet> {
    let needle = folded_words(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for id in store.boot().ids_of(kind) {
        if listed.iter().any(|f| f.entity == id) {
            continue;
        }
        match store.entity(id) {
            Ok(Some(info)) if names_match(info, &needle) => out.push(Facet {
                entity: id,
                count: info.articles,
            }),
            Ok(_) => {}
            Err(more) => needs.merge(more),
        }
    }
    out
}

/// Each group's facets (filtered by the box), the first [`SHOWN`] unless expanded; the panel
/// collapses on narrow screens.
#[component(Sidebar)]
pub fn sidebar(props: &SidebarProps) -> Html {
    let open = use_state(|| false);
    let needle = use_state(String::new);
    let expanded = use_state(|| [false; 3]);

    let wants_all = expanded.iter().any(|&e| e) || !needle.trim().is_empty();
    {
        let on_complete = props.on_complete.clone();
        use_effect_with(
            (wants_all, props.facets.complete),
            move |&(wants, complete)| {
                if wants && !complete {
                    on_complete.emit(());
                }
            },
        );
    }

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
    // On a phone the panel closes once a name is chosen, so that the results come into view.
    let on_toggle = {
        let open = open.clone();
        let toggle = props.on_toggle.clone();
        Callback::from(move |slug: String| {
            open.set(false);
            toggle.emit(slug);
        })
    };
    // ...and once an entity's page is opened from it, so that the page comes into view.
    let on_panel_click = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let to_page = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("a.page-link").ok().flatten())
                .is_some();
            if to_page {
                open.set(false);
            }
        })
    };
    let store = props.lib.store();
    let mut needs = Needs::default();
    let groups: Html = EntityKind::ALL
        .iter()
        .enumerate()
        .map(|(slot, &kind)| {
            let group = props.facets.group(kind);
            let is_expanded = expanded.get(slot).copied().unwrap_or(false);
            let filtering = !needle.trim().is_empty();
            // The whole group, in order, only when it is all asked for; else the first few.
            let all = (is_expanded || filtering).then(|| group.ordered());
            let facets: Vec<&Facet> = match &all {
                Some(all) => filtered(&store, all, &needle, &mut needs),
                None => group.facets.iter().take(SHOWN).collect(),
            };
            let others = elsewhere(&store, kind, &facets, &needle, &mut needs);
            let count = if filtering {
                facets.len()
            } else {
                group.total as usize
            };
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
                .map(|f| match store.entity_ref(f.entity) {
                    Ok(Some(entity)) => facet_button(props, &on_toggle, &entity, f.count, false),
                    Ok(None) => Html::default(),
                    Err(more) => {
                        needs.merge(more);
                        html! {
                            <li class="loading" aria-busy="true">
                                <span class="placeholder-text">{ "Loading name…" }</span>
                            </li>
                        }
                    }
                })
                .collect();
            let outside: Html = others
                .iter()
                .map(|f| match store.entity_ref(f.entity) {
                    Ok(Some(entity)) => facet_button(props, &on_toggle, &entity, f.count, true),
                    Ok(None) => Html::default(),
                    Err(more) => {
                        needs.merge(more);
                        Html::default()
                    }
                })
                .collect();
            let none = match (filtering, props.of_article) {
                (true, false) => "No name in these results matches the filter",
                (true, true) => "No name in this article matches the filter",
                (false, false) => "None in these results",
                (false, true) => "None in this article",
            };
            html! {
                <section class="group" aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id}>{ group_title(kind) }<span class="group-count">{ counted(count, "name", "names") }</span></h3>
                    if facets.is_empty() {
                        <p class="none">{ none }</p>
                    } else {
                        <ul class="facets">{ items }</ul>
                    }
                    if !others.is_empty() {
                        <p class="elsewhere-label">{ if props.of_article { "Elsewhere in the collection:" } else { "Not in these results:" } }</p>
                        <ul class="facets elsewhere">{ outside }</ul>
                    }
                    if count > SHOWN {
                        <button type="button" class="more" aria-expanded={is_expanded.to_string()} onclick={more}>
                            { if is_expanded { "Show fewer".to_string() } else { format!("Show all {count}") } }
                        </button>
                    }
                </section>
            }
        })
        .collect();
    drop(store);
    let loading_names = !needs.0.is_empty() && !needle.trim().is_empty();
    use_wants(Slot::Names, needs.0);
    let current = props.status == Status::Ready;
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    let status_line = match &props.status {
        Status::Ready if loading_names => {
            html! { <p class="status" role="status">{ "Loading names…" }</p> }
        }
        Status::Ready => Html::default(),
        Status::Loading => html! {
            <p class="status" role="status">{ "Counting the entities in these results…" }</p>
        },
        Status::Failed(why) => html! {
            <div class="load-error" role="alert">
                <p>{ format!("The counts could not be loaded ({why}).") }</p>
                <button type="button" class="retry" onclick={retry}>{ "Retry" }</button>
            </div>
        },
    };
    html! {
        <aside id="entities" class={classes!("sidebar", (!current).then_some("stale"))}
            aria-labelledby="entities-heading" aria-busy={(!current).to_string()}>
            <div class="sidebar-head">
                <h2 id="entities-heading">{ if props.of_article { "In this article" } else { "Entities" } }</h2>
                <button type="button" class="sidebar-toggle"
                    aria-expanded={open.to_string()} aria-controls="entity-panel"
                    onclick={toggle_open}>
                    { if *open { "Hide" } else { "Show" } }
                    <span class="visually-hidden">{ " entities" }</span>
                </button>
            </div>
            <div id="entity-panel" class={classes!("sidebar-body", (!*open).then_some("collapsed"))}
                onclick={on_panel_click}>
                <label for="entity-filter">{ "Filter names" }</label>
                <input id="entity-filter" type="search" value={(*needle).clone()} oninput={on_filter} autocomplete="off" />
                { status_line }
                { groups }
            </div>
        </aside>
    }
}

/// A toggle for the filter on one entity with its count: of mentions in the open article, of
/// articles in the results, or (`outside` the results) of articles in the collection.
fn facet_button(
    props: &SidebarProps,
    on_toggle: &Callback<String>,
    entity: &EntityRef,
    count: u32,
    outside: bool,
) -> Html {
    let pressed = props.active.contains(&entity.id);
    let n = count as usize;
    let unit = if outside {
        plural(n, "article in the collection", "articles in the collection")
    } else if props.of_article {
        plural(n, "mention", "mentions")
    } else {
        plural(n, "article", "articles")
    };
    let links = props.lib.entity_links();
    // Not keyed by entity: while typing, most of the list names other entities at each key,
    // and patching an item in place costs far less DOM work than building a new one (in the
    // list, a filter change moves the focus to the result summary; beside the reader, the
    // items stay the article's).
    html! {
        <li>
            <a role="button" class={classes!("facet", entity.kind.as_str(), outside.then_some("outside"))}
                href={links.href(entity)}
                aria-pressed={pressed.to_string()}
                onclick={toggle_click(entity, on_toggle)}
                onkeydown={toggle_key(entity, on_toggle)}>
                <span class="name">{ &entity.name }</span>
                <span class="count">{ count }<span class="visually-hidden">{ format!(" {unit}") }</span></span>
            </a>
            { page_link(entity, links) }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::results::{compute, facets};
    use corpus::bundle::format::EntityInfo;

    #[test]
    fn the_filter_box_matches_names_and_aliases_ignoring_case() {
        let store = fixture::store();
        let r = compute(&store, "", &[]).unwrap();
        let f = facets(&store, &r, true).unwrap();
        let names = |needle: &str| -> Vec<String> {
            let mut needs = Needs::default();
            let found: Vec<String> = EntityKind::ALL
                .iter()
                .flat_map(|&k| filtered(&store, &f.group(k).facets, needle, &mut needs))
                .filter_map(|f| store.entity_ref(f.entity).ok().flatten().map(|e| e.name))
                .collect();
            assert!(needs.0.is_empty());
            found
        };
        assert_eq!(names("REYES"), ["Tom Reyes"]);
        assert_eq!(names("council"), ["Northland Farmers Council"]);
        assert_eq!(names(" north "), ["Northland Farmers Council", "Northland"]);
        assert_eq!(names("").len(), 6);
        assert!(names("zzz").is_empty());
    }

    #[test]
    fn the_filter_box_also_finds_names_outside_the_results() {
        let store = fixture::store();
        let r = compute(&store, "grain ", &[]).unwrap();
        let f = facets(&store, &r, true).unwrap();
        let listed: Vec<&Facet> = f.group(EntityKind::Person).facets.iter().collect();
        let mut needs = Needs::default();
        let others = elsewhere(&store, EntityKind::Person, &listed, " LOPEZ", &mut needs);
        assert!(needs.0.is_empty());
        assert_eq!(
            others,
            [Facet {
                entity: 0,
                count: 2
            }],
            "Maria Lopez, in 2 articles"
        );
        assert!(elsewhere(&store, EntityKind::Person, &listed, "reyes", &mut needs).is_empty());
        assert!(elsewhere(&store, EntityKind::Person, &listed, " ", &mut needs).is_empty());
    }

    #[test]
    fn names_not_loaded_are_needed_and_left_out() {
        let bundle = fixture::split_bundle();
        let mut store = fixture::split_store();
        let r = compute(&store, "", &[]).unwrap();
        let f = facets(&store, &r, false).unwrap();
        let mut needs = Needs::default();
        let found = filtered(
            &store,
            &f.group(EntityKind::Person).facets,
            "reyes",
            &mut needs,
        );
        assert!(found.is_empty());
        assert!(!needs.0.is_empty());
        fixture::feed(&mut store, &bundle, &needs);
        let mut again = Needs::default();
        let found = filtered(
            &store,
            &f.group(EntityKind::Person).facets,
            "reyes",
            &mut again,
        );
        assert_eq!(found.len(), 1);
        assert!(again.0.is_empty());
    }

    fn info(name: &str, aliases: &[&str]) -> EntityInfo {
        EntityInfo {
            name: name.into(),
            slug: String::new(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            articles: 1,
            postings: Vec::new(),
        }
    }

    fn matches(needle: &str, name: &str, aliases: &[&str]) -> bool {
        names_match(&info(name, aliases), &folded_words(needle))
    }

    #[test]
    fn filter_names_folds_case_and_accents_as_search_does() {
        assert!(matches("timisoara", "Timișoara", &[]));
        assert!(matches("TIMIȘOARA", "Timisoara", &[]));
        assert!(matches("  Ker", "John Kerry", &[]));
        assert!(matches("john  ker", "John Kerry", &[]));
        assert!(matches("sdf", "Syrian Democratic Forces", &["SDF"]));
        assert!(matches("u.s.", "United States", &["U.S."]));
    }

    #[test]
    fn filter_names_matches_at_the_start_of_words() {
        assert!(!matches("ran", "Iran", &[]));
        assert!(!matches("RAN", "Tehran", &["Teheran"]));
        assert!(matches("ran", "Rania al-Abdullah", &[]));
        assert!(matches("ran", "Tehran Rangers", &[]));
        assert!(
            matches("a a", "Xa a a", &[]),
            "a match inside a word hides none"
        );
        assert!(matches("kerry", "John Kerry", &[]));
        assert!(!matches("n ker", "John Kerry", &[]));
        assert!(!matches("erry", "John Kerry", &[]));
        assert!(matches("états", "États-Unis", &[]));
        assert!(!matches("tats", "États-Unis", &[]));
    }

    #[test]
    fn filter_names_does_not_match_across_words_or_on_nothing() {
        assert!(!matches("ds", "United States", &[]));
        assert!(!matches("kerry", "Sergey Lavrov", &["Lavrov"]));
        assert_eq!(folded_words(" - "), "");
    }
}
