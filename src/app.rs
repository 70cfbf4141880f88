//! The top-level component: owns the state, keeps it in step with the URL, asks the store for
//! what the view shows (fetching what it lacks), and lays out the views.

use std::rc::Rc;

use corpus::bundle::{FileKey, Needs, Store};
use yew::prelude::*;

use crate::components::entity_page::EntityOpened;
use crate::components::reader::{Extras, Opened};
use crate::components::result_list::FIRST_SCREEN;
use crate::components::{ActiveFilters, EntityPageView, Reader, ResultList, SearchBox, Sidebar};
use crate::data::{status, use_wants_of, Engine, EngineRef, Place, Slot, Status};
use crate::hooks::{focus_into_view, use_browser_sync};
use crate::library::{Library, VersionedLibrary};
use crate::results::{article_facets, compute, facets, Facets, Results, SharedResults};
use crate::route::Route;
use crate::state::{Action, State};

#[derive(Properties)]
pub struct AppProps {
    /// The collection, or why its boot file could not be loaded.
    pub library: Result<Rc<Library>, String>,
    /// The view the page was opened on.
    #[prop_or_default]
    pub route: Route,
    /// Where the page is; `None` outside a browser (rendering on the server).
    #[prop_or_default]
    pub place: Option<Place>,
    /// When the app takes over a page prerendered for `route`: the view the URL names, if it
    /// is another (a query string, a hash route), to move to at once.
    #[prop_or_default]
    pub then: Option<Route>,
    /// What the prerendered search box holds when the app takes the page over (typed before
    /// the app was there): the box keeps it through hydration.
    #[prop_or_default]
    pub typed: Option<String>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.library, &other.library) {
            (Ok(a), Ok(b)) => Rc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        };
        same && self.route == other.route
            && self.place == other.place
            && self.then == other.then
            && self.typed == other.typed
    }
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    match &props.library {
        Err(e) => {
            let reload = Callback::from(|_: MouseEvent| {
                let _ = gloo::utils::window().location().reload();
            });
            html! {
                <>
                    <header class="top"><p class="brand">{ "News Explorer" }</p></header>
                    <main id="main" class="broken">
                        <p class="error" role="alert">{ e }</p>
                        <button type="button" class="retry" onclick={reload}>{ "Reload the page" }</button>
                    </main>
                </>
            }
        }
        Ok(lib) => html! {
            <Explorer lib={lib.clone()} route={props.route.clone()} place={props.place.clone()}
                then={props.then.clone()} typed={props.typed.clone()} />
        },
    }
}

#[derive(Properties)]
struct ExplorerProps {
    lib: Rc<Library>,
    route: Route,
    place: Option<Place>,
    then: Option<Route>,
    typed: Option<String>,
}

impl PartialEq for ExplorerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lib, &other.lib)
            && self.route == other.route
            && self.place == other.place
            && self.then == other.then
            && self.typed == other.typed
    }
}

/// Where the app stands in taking the page over from the quick search (the `quick` crate),
/// whose results stay in the page until the app shows its own (see [`hand_over_quick_search`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TakeOver {
    /// The first render: the prerendered page as it is, the search box as the visitor left it.
    Hydrating,
    /// The box's query is the app's; the quick results stay until the app's results for it
    /// are there (the article files of their first screen too).
    Searching,
    /// The page is the app's.
    Done,
}

/// The results of the current route, or the last ones (and where the current ones stand).
struct Current {
    results: Rc<Results>,
    status: Status,
    needs: Needs,
}

/// The explorer proper, once the boot file is loaded.
#[component(Explorer)]
fn explorer(props: &ExplorerProps) -> Html {
    // The memos below depend on the library they read (by identity) and on the versions of
    // the files they read, no more: a file of another sort arriving does not redo them.
    let library = Rc::as_ptr(&props.lib) as usize;
    let engine = {
        let lib = props.lib.clone();
        (*use_memo(library, move |_| Engine::new(lib))).clone()
    };
    let redraw = use_force_update();
    engine.set_redraw(Callback::from(move |()| redraw.force_update()));
    let lib = VersionedLibrary::new(props.lib.clone());
    let versions = lib.versions();
    let state = use_reducer(|| State::new(props.route.clone()));
    let search_ref = use_node_ref();
    let complete = use_state(|| false);
    let take_over = use_state(|| TakeOver::Hydrating);
    let on_retry = {
        let engine = engine.clone();
        Callback::from(move |()| engine.retry())
    };
    {
        // Taking over a prerendered page: go where the URL says, search what is in the box
        // (read now: letters typed while the app hydrated are in it).
        let dispatch = state.dispatcher();
        let then = props.then.clone();
        let search_ref = search_ref.clone();
        let take_over = take_over.clone();
        use_effect_with((), move |_| {
            if let Some(route) = then {
                dispatch.dispatch(Action::Navigate {
                    route,
                    scroll_y: 0.0,
                });
            }
            let typed = search_ref
                .cast::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .filter(|q| !q.is_empty());
            if let Some(query) = typed {
                dispatch.dispatch(Action::SetQuery(query));
            }
            take_over.set(if quick_results_shown() {
                TakeOver::Searching
            } else {
                TakeOver::Done
            });
        });
    }

    let computed = {
        let lib = lib.clone();
        // Article files tell entity names too, which only filters read.
        let names = if state.route.filters.is_empty() {
            0
        } else {
            versions.articles
        };
        use_memo(
            (
                library,
                state.route.query.clone(),
                state.route.filters.clone(),
                state.route.sort,
                versions.search,
                versions.entities,
                names,
                versions.dates,
            ),
            move |(_, query, filters, sort, ..)| {
                let store = lib.store();
                compute(&store, query, filters)
                    .and_then(|r| crate::order::apply(&store, r, *sort))
                    .map(Rc::new)
            },
        )
    };
    let last = use_mut_ref(|| None::<Rc<Results>>);
    let current = match &*computed {
        Ok(results) => {
            // The same results computed again (a file arrived that did not change them) stay
            // the same value, so the views do not redo their work.
            let same = last
                .borrow()
                .as_ref()
                .filter(|l| ***l == **results)
                .cloned();
            let results = same.unwrap_or_else(|| results.clone());
            *last.borrow_mut() = Some(results.clone());
            Current {
                needs: results.later.clone(),
                results,
                status: Status::Ready,
            }
        }
        Err(needs) => Current {
            results: last
                .borrow()
                .clone()
                .unwrap_or_else(|| Rc::new(empty(&lib.store()))),
            status: status(&lib.store(), needs),
            needs: needs.clone(),
        },
    };

    // The sidebar counts the entities of the results with every new result set: counting is a
    // pass over the results' facet chunks, a small part of a keystroke's work (see
    // docs/performance.md), so the counts never lag behind the list.
    let counted = {
        let lib = lib.clone();
        let results = current.results.clone();
        use_memo(
            (
                library,
                Rc::as_ptr(&results) as usize,
                versions.facets,
                *complete,
            ),
            move |(.., complete)| facets(&lib.store(), &results, *complete).map(Rc::new),
        )
    };
    let last_facets = use_mut_ref(|| None::<Rc<Facets>>);
    let (shown_facets, facet_status, facet_needs) = match &*counted {
        Ok(f) if current.status == Status::Ready => {
            *last_facets.borrow_mut() = Some(f.clone());
            (f.clone(), Status::Ready, Needs::default())
        }
        Ok(f) => (f.clone(), current.status.clone(), Needs::default()),
        Err(needs) => (
            last_facets.borrow().clone().unwrap_or_default(),
            status(&lib.store(), needs),
            needs.clone(),
        ),
    };

    let opened = opened(&lib.store(), state.route.article.as_deref());
    let entity = opened_entity(&lib.store(), state.route.entity.as_deref());
    let mut view_needs = opened.1.clone();
    view_needs.merge(entity.1.clone());
    view_needs.merge(current.needs.clone());
    // This component provides the engine to the others: it declares its wants directly.
    use_wants_of(Some(engine.clone()), Slot::View, view_needs.0);
    // The counts' files wait for the first screen's cards of a query: on a slow network they
    // would share its bandwidth with the articles the first results show.
    let counts_wanted = if first_screen_loaded(&lib.store(), &current.results) {
        facet_needs.0
    } else {
        Vec::new()
    };
    use_wants_of(Some(engine.clone()), Slot::Counts, counts_wanted);
    use_wants_of(
        Some(engine.clone()),
        Slot::Prefetch,
        vec![FileKey::SearchRoot],
    );

    {
        let dispatch = state.dispatcher();
        let canonical = match &*computed {
            Ok(results) => Some((state.route.filters.clone(), results.canonical.clone())),
            Err(_) => None,
        };
        use_effect_with(canonical, move |canonical| {
            if let Some((from, to)) = canonical {
                dispatch.dispatch(Action::CanonicalFilters {
                    from: from.clone(),
                    to: to.clone(),
                });
            }
        });
    }
    {
        // An entity without a page of its own: its page is the list filtered by it.
        let dispatch = state.dispatcher();
        use_effect_with(entity.2.clone(), move |instead| {
            if let Some(route) = instead {
                dispatch.dispatch(Action::Navigate {
                    route: route.clone(),
                    scroll_y: 0.0,
                });
            }
        });
    }
    {
        // The quick results go once the app shows its own answer for the query (or cannot),
        // or another view than the list (a quick result's link followed meanwhile).
        let answered = state.route.is_page()
            || match &*computed {
                Ok(results) => first_screen_loaded(&lib.store(), results),
                Err(needs) => matches!(status(&lib.store(), needs), Status::Failed(_)),
            };
        let setter = take_over.clone();
        let live = props.place.is_some();
        use_effect_with((*take_over, answered), move |&(now, answered)| {
            // From then on, a query typed next shows these results dimmed while it is
            // searched, as any query does.
            if now == TakeOver::Searching {
                if answered {
                    setter.set(TakeOver::Done);
                } else {
                    // The visitor typed on and the app is still searching: the quick results
                    // are those of an earlier query, dimmed as the app's own would be.
                    mark_quick_results_stale();
                }
            }
            if now == TakeOver::Done && live {
                // The page is the app's now (tests and benchmarks wait for this).
                let root = gloo::utils::document().document_element();
                if let Some(root) = root {
                    let _ = root.set_attribute("data-app", "ready");
                }
            }
        });
    }
    let title = match (&opened.0, &entity.0) {
        (Opened::Loaded(file, _), _) => format!("{} · News Explorer", file.article.title),
        (_, EntityOpened::Loaded(page)) => format!("{} · News Explorer", page.entity.name),
        _ => "News Explorer".to_string(),
    };
    use_browser_sync(&state, &search_ref, props.place.as_ref(), title);

    let on_query = {
        let dispatch = state.dispatcher();
        Callback::from(move |q: String| dispatch.dispatch(Action::SetQuery(q)))
    };
    let on_clear_query = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ClearQuery))
    };
    let on_toggle = {
        let dispatch = state.dispatcher();
        Callback::from(move |slug: String| dispatch.dispatch(Action::ToggleFilter(slug)))
    };
    let on_more = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ShowMore))
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(Action::ClearFilters))
    };
    let on_complete = {
        let complete = complete.clone();
        Callback::from(move |()| complete.set(true))
    };

    let route = &state.route;
    let results = &current.results;
    let reading = route.is_page();
    let brand = html! { <a href={lib.href(&Route::default())}>{ "News Explorer" }</a> };
    let active = results.filter_ids();
    let main = if route.article.is_none() && route.entity.is_some() {
        html! {
            <EntityPageView page={entity.0.clone()} entity_links={lib.entity_links()} on_retry={on_retry.clone()} />
        }
    } else if reading {
        let marks = results
            .marks
            .clone()
            .filter(|_| current.status == Status::Ready);
        html! {
            <Reader article={opened.0.clone()}
                {marks}
                back_href={lib.href(&route.list())}
                result_count={(current.status == Status::Ready).then_some(results.items.len())}
                query={route.query.clone()}
                entity_links={lib.entity_links()}
                active={active.clone()}
                on_toggle={on_toggle.clone()}
                on_retry={on_retry.clone()} />
        }
    } else {
        html! {
            <ResultList lib={lib.clone()}
                results={SharedResults(results.clone())}
                status={current.status.clone()}
                route={route.clone()}
                shown={state.shown}
                defer={*take_over == TakeOver::Done}
                on_toggle={on_toggle.clone()}
                on_query={on_query.clone()}
                on_retry={on_retry.clone()}
                {on_more} />
        }
    };
    let has_articles = lib.store().article_count() > 0;
    // While an article is open, the sidebar describes its entities.
    let (sidebar_facets, sidebar_status, of_article) = match &opened.0 {
        Opened::Loaded(file, _) if route.article.is_some() => {
            (Rc::new(article_facets(file)), Status::Ready, true)
        }
        _ => (shown_facets, facet_status, false),
    };
    let (skip_to, skip_label) = if reading {
        ("main", "Skip to the page")
    } else {
        ("summary", "Skip to the results")
    };
    let on_skip = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_into_view(skip_to);
    });
    // Until the app's first update, the box keeps what the visitor typed (the prerendered
    // page's query is empty): setting it would empty the box and move the caret.
    let box_value = match (*take_over, &props.typed) {
        (TakeOver::Hydrating, Some(typed)) => AttrValue::from(typed.clone()),
        _ => route.query.clone().into(),
    };
    // The quick results' place (see `hand_over_quick_search`): yew hydrates raw HTML without
    // reading it, and removes what it holds when it is no longer rendered.
    let quick_slot = if *take_over == TakeOver::Done {
        Html::default()
    } else {
        Html::from_html_unchecked(AttrValue::Static(""))
    };
    html! {
        <ContextProvider<EngineRef> context={EngineRef(engine.clone())}>
            <a class="skip-link" href={format!("#{skip_to}")} onclick={on_skip}>{ skip_label }</a>
            <header class="top">
                if reading {
                    <p class="brand">{ brand }</p>
                } else {
                    <h1 class="brand">{ brand }</h1>
                }
                <SearchBox value={box_value} on_input={on_query} on_clear={on_clear_query} input_ref={search_ref} />
            </header>
            <div class={classes!("layout", (!has_articles).then_some("no-sidebar"))}>
                if has_articles {
                    <Sidebar lib={lib.clone()}
                        facets={sidebar_facets}
                        status={sidebar_status}
                        {of_article}
                        active={active.clone()}
                        on_toggle={on_toggle.clone()}
                        {on_complete}
                        on_retry={on_retry.clone()} />
                }
                <main id="main" tabindex="-1">
                    { quick_slot }
                    <ActiveFilters active={results.filters.clone()} {on_toggle} {on_clear} />
                    { main }
                </main>
            </div>
        </ContextProvider<EngineRef>>
    }
}

/// Whether the cards on the first screen have what they show: the article files of a query's
/// first results (for their snippets) have arrived or failed.
fn first_screen_loaded(store: &Store, results: &Results) -> bool {
    results.marks.is_none()
        || results.items.iter().take(FIRST_SCREEN).all(|item| {
            let key = FileKey::Article(item.article);
            store.is_loaded(key) || !store.failures(&[key]).is_empty()
        })
}

/// No results yet: the whole collection's size, nothing listed.
fn empty(store: &Store) -> Results {
    Results {
        items: Vec::new(),
        total: store.article_count() as usize,
        filters: Vec::new(),
        canonical: Vec::new(),
        unknown: Vec::new(),
        partial: false,
        suggestions: Vec::new(),
        marks: None,
        later: Needs::default(),
        whole: false,
        searched: false,
        strong: 0,
        weak: 0,
        reading: Default::default(),
    }
}

/// The article the route opens, and the files it still needs (its quotations and related
/// articles come in a file of their own: the article shows without them until it arrives).
fn opened(store: &Store, id: Option<&str>) -> (Opened, Needs) {
    let Some(id) = id else {
        return (Opened::Missing, Needs::default());
    };
    let found = store
        .article_number(id)
        .and_then(|n| n.map_or(Ok(None), |n| store.article(n)));
    match found {
        Ok(Some(file)) => match store.extras(file.n) {
            Ok(extras) => (
                Opened::Loaded(file, Extras::Ready(extras)),
                Needs::default(),
            ),
            Err(needs) => {
                let extras = match status(store, &needs) {
                    Status::Failed(why) => Extras::Failed(why),
                    _ => Extras::Loading,
                };
                (Opened::Loaded(file, extras), needs)
            }
        },
        Ok(None) => (Opened::Missing, Needs::default()),
        Err(needs) => {
            let opened = match status(store, &needs) {
                Status::Failed(why) => Opened::Failed(why),
                _ => Opened::Loading,
            };
            (opened, needs)
        }
    }
}

/// The files the first render of `route` needs besides the boot file: what the site
/// generator loads to prerender the page, and the app before it takes the page over, so that
/// both render the same.
pub fn page_needs(store: &Store, route: &Route) -> Result<(), Needs> {
    let mut needs = opened(store, route.article.as_deref()).1;
    needs.merge(opened_entity(store, route.entity.as_deref()).1);
    if needs.0.is_empty() {
        Ok(())
    } else {
        Err(needs)
    }
}

/// The entity page the route opens, the files it still needs, and the route to go to instead
/// when the entity has no page.
fn opened_entity(store: &Store, slug: Option<&str>) -> (EntityOpened, Needs, Option<Route>) {
    let Some(slug) = slug else {
        return (EntityOpened::Missing, Needs::default(), None);
    };
    let found = store.resolve(slug).and_then(|id| match id {
        Some(id) if store.boot().has_page(id) => store.entity_page(id).map(|p| (p, None)),
        Some(_) => Ok((
            None,
            Some(Route {
                filters: vec![slug.to_string()],
                ..Route::default()
            }),
        )),
        None => Ok((None, None)),
    });
    match found {
        Ok((Some(page), _)) => (EntityOpened::Loaded(page), Needs::default(), None),
        // On the way to the filtered list.
        Ok((None, Some(instead))) => (EntityOpened::Loading, Needs::default(), Some(instead)),
        Ok((None, None)) => (EntityOpened::Missing, Needs::default(), None),
        Err(needs) => {
            let opened = match status(store, &needs) {
                Status::Failed(why) => EntityOpened::Failed(why),
                _ => EntityOpened::Loading,
            };
            (opened, needs, None)
        }
    }
}

/// The id of the quick search's results (the `quick` crate's `RESULTS_ID`).
const QUICK_RESULTS: &str = "quick-results";

/// Whether the quick search's results are on the page.
fn quick_results_shown() -> bool {
    gloo::utils::document()
        .get_element_by_id(QUICK_RESULTS)
        .is_some()
}

/// Marks the quick search's results as those of an earlier query, as the app's list marks its
/// last results while it searches (`stale`, `aria-busy`).
fn mark_quick_results_stale() {
    if let Some(results) = gloo::utils::document().get_element_by_id(QUICK_RESULTS) {
        let _ = results.class_list().add_1("stale");
        let _ = results.set_attribute("aria-busy", "true");
    }
}

/// Ends the quick search (the `quick` crate, which answered queries typed before the app had
/// loaded) and removes its results, so that the page is the prerendered one again: when the
/// app renders the page itself instead of taking it over.
pub fn end_quick_search() {
    stop_quick_search();
    if let Some(results) = gloo::utils::document().get_element_by_id(QUICK_RESULTS) {
        results.remove();
    }
}

/// Ends the quick search and keeps its results on the page while the app takes the page over
/// (called just before it hydrates): they move into the empty raw HTML the prerendered page
/// has first in `<main>` (the quick search put them just before it), which yew hydrates
/// without reading, and the app removes them once it shows its own results (`TakeOver`). The
/// prerendered list stays hidden meanwhile (a stylesheet rule hides it while they are there).
/// Without that place, they are removed.
pub fn hand_over_quick_search() {
    stop_quick_search();
    let document = gloo::utils::document();
    let Some(results) = document.get_element_by_id(QUICK_RESULTS) else {
        return;
    };
    let moved = document.get_element_by_id("main").and_then(|main| {
        let children = main.child_nodes();
        let open = (0..children.length())
            .filter_map(|i| children.item(i))
            .find(|node| {
                node.node_type() == web_sys::Node::COMMENT_NODE
                    && node.text_content().as_deref() == Some(RAW_OPENING)
            })?;
        main.insert_before(&results, open.next_sibling().as_ref())
            .ok()
    });
    if moved.is_none() {
        results.remove();
    }
}

/// The comment with which yew's server renderer opens raw HTML (`<!--<#>-->`).
const RAW_OPENING: &str = "<#>";

/// Tells the quick search to do nothing more.
fn stop_quick_search() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-quick", "ended");
    }
}
