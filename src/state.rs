//! The app's state and its transitions, as a yew reducer.
//!
//! Every transition is a pure function of the state and an [`Action`]; the app's effects then
//! bring the browser in line: write the URL (pushing or replacing a history entry, as the
//! transition says), scroll and move focus.

use std::rc::Rc;

use yew::Reducible;

use crate::route::Route;

/// How the last transition should reach the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// The state came from the URL: leave it alone (if the URL names it differently, say by
    /// an entity's name instead of its slug, rewrite the current entry at once).
    Keep,
    /// A new history entry, so that Back undoes the change.
    Push,
    /// Change the current entry (typing: one entry per search, not per keystroke).
    Replace,
}

/// Where keyboard focus goes after a transition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// The open page's title (the reader's, an entity page's); on the list, nothing.
    Reader,
    /// The card of this article id in the list.
    Card(String),
    /// The result summary, brought into view (the scroll position is not used): after a
    /// filter changes, so that its effect is seen and read out.
    Summary,
}

/// Scroll position and focus to restore once the new view is on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Settle {
    pub scroll_y: f64,
    pub focus: Focus,
}

/// Cards shown at first, and added by each "Show more".
pub const PAGE: usize = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub route: Route,
    /// How many cards the list shows; back to [`PAGE`] when the query or filters change.
    pub shown: usize,
    pub history: HistoryMode,
    /// The list's scroll position when an article was opened, to come back to.
    pub list_scroll: f64,
    /// Set by transitions between the list and the reader.
    pub settle: Option<Settle>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The URL changed (link, back, forward, typed URL); `scroll_y` is the page's scroll
    /// position just before the change.
    Navigate {
        route: Route,
        scroll_y: f64,
    },
    /// The search box changed.
    SetQuery(String),
    /// Escape in the search box: the query is cleared, the open article or page stays open.
    ClearQuery,
    /// Add the entity filter with this key, or remove it if active.
    ToggleFilter(String),
    ClearFilters,
    /// Show [`PAGE`] more cards.
    ShowMore,
    /// The filters as the URL should name them (`to`: slugs instead of the names older links
    /// use), for the filters they were worked out from (`from`; nothing happens if the
    /// filters changed since): the same view, the current history entry rewritten at once.
    CanonicalFilters {
        from: Vec<String>,
        to: Vec<String>,
    },
}

impl State {
    /// The state for the URL the app was opened with.
    pub fn new(route: Route) -> State {
        State {
            route,
            shown: PAGE,
            history: HistoryMode::Keep,
            list_scroll: 0.0,
            settle: None,
        }
    }

    /// The state after `action`; `None` when nothing changes.
    pub fn next(&self, action: Action) -> Option<State> {
        match action {
            Action::Navigate { route, scroll_y } => self.navigate(route, scroll_y),
            Action::SetQuery(query) => {
                if query == self.route.query && !self.route.is_page() {
                    return None;
                }
                // Starting a search, or typing in the reader (which goes back to the list), is
                // a new history entry; refining the search is not.
                let history = if self.route.is_page() || self.route.query.is_empty() {
                    HistoryMode::Push
                } else {
                    HistoryMode::Replace
                };
                let route = Route {
                    query,
                    ..self.route.list()
                };
                Some(self.changed(route, history, None))
            }
            Action::ClearQuery => {
                if self.route.query.is_empty() {
                    return None;
                }
                let route = Route {
                    query: String::new(),
                    ..self.route.clone()
                };
                Some(self.changed(route, HistoryMode::Replace, None))
            }
            Action::ToggleFilter(key) => {
                let mut route = self.route.clone();
                if let Some(at) = route.filters.iter().position(|f| *f == key) {
                    route.filters.remove(at);
                } else {
                    route.filters.push(key);
                }
                let settle = self.summary_settle();
                Some(self.changed(route, HistoryMode::Push, settle))
            }
            Action::ClearFilters => {
                if self.route.filters.is_empty() {
                    return None;
                }
                let route = Route {
                    filters: Vec::new(),
                    ..self.route.clone()
                };
                let settle = self.summary_settle();
                Some(self.changed(route, HistoryMode::Push, settle))
            }
            Action::ShowMore => Some(State {
                shown: self.shown.saturating_add(PAGE),
                history: HistoryMode::Keep,
                settle: None,
                ..self.clone()
            }),
            Action::CanonicalFilters { from, to } => {
                if from != self.route.filters || to == self.route.filters {
                    return None;
                }
                Some(State {
                    route: Route {
                        filters: to,
                        ..self.route.clone()
                    },
                    history: HistoryMode::Keep,
                    settle: None,
                    ..self.clone()
                })
            }
        }
    }

    /// On the list, a change of filters brings the result summary into view and focuses it
    /// (the control that was used may be gone, or far from the results); on a page, focus
    /// stays where it is.
    fn summary_settle(&self) -> Option<Settle> {
        (!self.route.is_page()).then_some(Settle {
            scroll_y: 0.0,
            focus: Focus::Summary,
        })
    }

    fn navigate(&self, route: Route, scroll_y: f64) -> Option<State> {
        if route == self.route {
            return None;
        }
        let mut next = self.changed(route, HistoryMode::Keep, None);
        let top = Settle {
            scroll_y: 0.0,
            focus: Focus::Reader,
        };
        match (self.route.is_page(), next.route.is_page()) {
            (false, true) => {
                next.list_scroll = scroll_y;
                next.settle = Some(top);
            }
            (true, true)
                if (&self.route.article, &self.route.entity)
                    != (&next.route.article, &next.route.entity) =>
            {
                next.settle = Some(top)
            }
            (true, false) => {
                next.settle = Some(Settle {
                    scroll_y: self.list_scroll,
                    focus: match &self.route.article {
                        Some(a) => Focus::Card(a.clone()),
                        None => Focus::Reader,
                    },
                });
            }
            _ => {}
        }
        Some(next)
    }

    fn changed(&self, route: Route, history: HistoryMode, settle: Option<Settle>) -> State {
        let same_list = route.query == self.route.query
            && route.filters == self.route.filters
            && route.sort == self.route.sort;
        State {
            shown: if same_list { self.shown } else { PAGE },
            route,
            history,
            list_scroll: self.list_scroll,
            settle,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.next(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(query: &str, filters: &[&str]) -> Route {
        Route {
            query: query.to_string(),
            filters: filters.iter().map(|f| f.to_string()).collect(),
            ..Route::default()
        }
    }

    fn reduce(state: State, action: Action) -> State {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn starting_a_search_is_a_new_entry_and_refining_it_replaces_it() {
        let s = reduce(State::new(list("", &["A"])), Action::SetQuery("o".into()));
        assert_eq!(s.route, list("o", &["A"]));
        assert_eq!(s.history, HistoryMode::Push);
        let s = reduce(s, Action::SetQuery("oi".into()));
        assert_eq!(s.route, list("oi", &["A"]));
        assert_eq!(s.history, HistoryMode::Replace);
        assert_eq!(s.settle, None);
        let s = reduce(s, Action::SetQuery(String::new()));
        assert_eq!(s.history, HistoryMode::Replace);
    }

    #[test]
    fn typing_in_the_reader_goes_back_to_the_list_as_a_new_entry() {
        let open = State::new(list("oil", &["A"]).with_article("x"));
        let s = reduce(open, Action::SetQuery("oil p".into()));
        assert_eq!(s.route, list("oil p", &["A"]));
        assert_eq!(s.history, HistoryMode::Push);
    }

    #[test]
    fn the_same_query_changes_nothing() {
        let state = Rc::new(State::new(list("oil", &[])));
        let same = state.clone().reduce(Action::SetQuery("oil".into()));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn toggling_adds_then_removes_a_filter_as_new_entries() {
        let s = reduce(
            State::new(list("q", &["A"])),
            Action::ToggleFilter("B".into()),
        );
        assert_eq!(s.route, list("q", &["A", "B"]));
        assert_eq!(s.history, HistoryMode::Push);
        let s = reduce(s, Action::ToggleFilter("A".into()));
        assert_eq!(s.route, list("q", &["B"]));
    }

    #[test]
    fn a_filter_change_on_the_list_focuses_the_summary() {
        let s = reduce(
            State::new(list("q", &["A"])),
            Action::ToggleFilter("B".into()),
        );
        assert_eq!(s.settle.map(|s| s.focus), Some(Focus::Summary));
        let s = reduce(State::new(list("q", &["A"])), Action::ClearFilters);
        assert_eq!(s.settle.map(|s| s.focus), Some(Focus::Summary));
    }

    #[test]
    fn escape_clears_the_query_and_keeps_the_article_open() {
        let open = State::new(list("oil", &["A"]).with_article("x"));
        let s = reduce(open, Action::ClearQuery);
        assert_eq!(s.route, list("", &["A"]).with_article("x"));
        assert_eq!(s.history, HistoryMode::Replace);
        let state = Rc::new(s);
        assert!(
            Rc::ptr_eq(&state, &state.clone().reduce(Action::ClearQuery)),
            "nothing to clear: nothing changes"
        );
    }

    #[test]
    fn toggling_in_the_reader_keeps_the_article_open() {
        let open = list("", &[]).with_article("x");
        let s = reduce(State::new(open), Action::ToggleFilter("A".into()));
        assert_eq!(s.route, list("", &["A"]).with_article("x"));
    }

    #[test]
    fn clearing_filters() {
        let s = reduce(State::new(list("q", &["A", "B"])), Action::ClearFilters);
        assert_eq!(s.route, list("q", &[]));
        assert_eq!(s.history, HistoryMode::Push);
        let state = Rc::new(s);
        assert!(Rc::ptr_eq(
            &state,
            &state.clone().reduce(Action::ClearFilters)
        ));
    }

    #[test]
    fn opening_an_article_remembers_the_list_scroll_and_coming_back_restores_it() {
        let start = State::new(list("q", &["A"]));
        let open = reduce(
            start,
            Action::Navigate {
                route: list("q", &["A"]).with_article("x"),
                scroll_y: 840.0,
            },
        );
        assert_eq!(open.history, HistoryMode::Keep);
        assert_eq!(open.list_scroll, 840.0);
        assert_eq!(
            open.settle,
            Some(Settle {
                scroll_y: 0.0,
                focus: Focus::Reader
            })
        );

        let back = reduce(
            open,
            Action::Navigate {
                route: list("q", &["A"]),
                scroll_y: 2000.0,
            },
        );
        assert_eq!(back.route, list("q", &["A"]));
        assert_eq!(
            back.settle,
            Some(Settle {
                scroll_y: 840.0,
                focus: Focus::Card("x".into())
            })
        );
    }

    #[test]
    fn entity_pages_are_pages_like_the_reader() {
        let open = reduce(
            State::new(list("q", &[])),
            Action::Navigate {
                route: Route::entity_page("oslo"),
                scroll_y: 120.0,
            },
        );
        assert_eq!(open.list_scroll, 120.0);
        assert_eq!(open.settle.as_ref().map(|s| s.scroll_y), Some(0.0));
        let article = reduce(
            open,
            Action::Navigate {
                route: Route::entity_page("oslo").with_article("x"),
                scroll_y: 300.0,
            },
        );
        assert_eq!(
            article.settle,
            Some(Settle {
                scroll_y: 0.0,
                focus: Focus::Reader
            })
        );
        assert_eq!(article.list_scroll, 120.0, "the list's place is kept");
        let typed = reduce(article, Action::SetQuery("oslo".into()));
        assert!(!typed.route.is_page());
        assert_eq!(typed.history, HistoryMode::Push);
    }

    #[test]
    fn moving_within_the_list_does_not_scroll() {
        let s = reduce(
            State::new(list("a", &[])),
            Action::Navigate {
                route: list("ab", &[]),
                scroll_y: 10.0,
            },
        );
        assert_eq!(s.settle, None);
        assert_eq!(s.list_scroll, 0.0);
    }

    #[test]
    fn navigating_to_the_current_route_changes_nothing() {
        let state = Rc::new(State::new(list("a", &["B"])));
        let same = state.clone().reduce(Action::Navigate {
            route: list("a", &["B"]),
            scroll_y: 5.0,
        });
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn show_more_grows_the_list_until_the_query_or_filters_change() {
        let s = reduce(State::new(list("q", &[])), Action::ShowMore);
        assert_eq!(s.shown, 2 * PAGE);
        assert_eq!(s.history, HistoryMode::Keep);
        let open = reduce(
            s,
            Action::Navigate {
                route: list("q", &[]).with_article("x"),
                scroll_y: 0.0,
            },
        );
        let back = reduce(
            open,
            Action::Navigate {
                route: list("q", &[]),
                scroll_y: 0.0,
            },
        );
        assert_eq!(back.shown, 2 * PAGE, "kept for the way back");
        assert_eq!(
            reduce(back.clone(), Action::SetQuery("qr".into())).shown,
            PAGE
        );
        assert_eq!(reduce(back, Action::ToggleFilter("A".into())).shown, PAGE);
    }

    #[test]
    fn canonical_filters_rewrite_the_entry_and_keep_the_list() {
        let canonical = |from: &str, to: &str| Action::CanonicalFilters {
            from: vec![from.into()],
            to: vec![to.into()],
        };
        let s = reduce(State::new(list("q", &["Maria Lopez"])), Action::ShowMore);
        let c = reduce(s, canonical("Maria Lopez", "maria-lopez"));
        assert_eq!(c.route, list("q", &["maria-lopez"]));
        assert_eq!(c.history, HistoryMode::Keep);
        assert_eq!(c.shown, 2 * PAGE);
        let state = Rc::new(c);
        assert!(Rc::ptr_eq(
            &state,
            &state
                .clone()
                .reduce(canonical("maria-lopez", "maria-lopez"))
        ));
        // Worked out for filters that are no longer the route's: nothing happens.
        assert!(Rc::ptr_eq(
            &state,
            &state.clone().reduce(Action::CanonicalFilters {
                from: Vec::new(),
                to: Vec::new()
            })
        ));
    }

    #[test]
    fn any_change_clears_a_pending_settle() {
        let open = reduce(
            State::new(list("", &[])),
            Action::Navigate {
                route: list("", &[]).with_article("x"),
                scroll_y: 3.0,
            },
        );
        let toggled = reduce(open, Action::ToggleFilter("A".into()));
        assert_eq!(toggled.settle, None);
        assert_eq!(toggled.list_scroll, 3.0);
    }
}
