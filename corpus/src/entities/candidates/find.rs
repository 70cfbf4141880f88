//! `Finder::find`: the walk over a block that gathers its runs of capitalised words, turns
//! them into names (or keeps a Title Case headline's runs), and reads what lies between the
//! names found: lists, routes, an acronym in brackets after a name.

use super::lexicon::group_kind;
use super::{Candidate, Finder, HeadlineRun};
use crate::article::EntityKind;
use crate::entities::acronyms;
use crate::entities::names::{is_all_caps, is_capitalised};

impl Finder<'_> {
    /// Finds the names in the block; `headline` collects runs without judging them.
    pub fn find(&self, found: &mut Vec<Candidate>, headlines: Option<&mut Vec<HeadlineRun>>) {
        let mut runs = Vec::new();
        let mut k = 0;
        while k < self.tokens.len() {
            // "the FSF's Board of Directors": a body's board alone is no name of its own
            // ("Board of Governors of the Federal Reserve System" stays).
            if self.is_board(k) && self.word(k + 3) != "of" {
                k += 3;
                continue;
            }
            let Some(unit) = self.unit_at(k) else {
                k += 1;
                continue;
            };
            let mut run = vec![unit];
            let mut last = unit.last;
            // "Board of Directors" after a body's name: read as no name.
            let mut board = 0;
            while !self.tokens[last].possessive || self.possessive_inside(&run, last) {
                if self.governing_board_at(&run, last + 1) {
                    board = 3;
                    break;
                }
                // "the U.S. And Canada": a word that opens a sentence right after initials
                // (`text::mark_starts_after_initials`) starts no part of the name before.
                if self
                    .tokens
                    .get(last + 1)
                    .is_some_and(|t| t.word && t.sentence_start)
                {
                    break;
                }
                // "Business Insider Inc Nintendo and Apple shocked ...": a firm's suffix ends
                // its name, unless another legal form or an organisation's word follows it
                // ("Toshin Steel Co Ltd", "Investment Company Institute": `[legal-form]` is
                // in `is_org_last` too).
                // Swedish "AB" opens names too ("AB Investor", "Forvaltnings AB Providentia").
                let next = self.word(last + 1);
                if run.len() >= 2
                    && self.reference.is_legal_form(self.word(last))
                    && self.word(last) != "AB"
                    && !self.reference.is_org_last(next)
                {
                    break;
                }
                // "the podcast Deadline Big Media With David Lieberman": a capitalised
                // preposition joins the words of a title, never those of a name.
                if matches!(
                    self.word(last + 1),
                    "With" | "Without" | "From" | "Into" | "About"
                ) {
                    break;
                }
                if let Some(next) = self.unit_at(last + 1) {
                    run.push(next);
                    last = next.last;
                } else if let Some((nick, next)) = self.nickname_after(&run, last) {
                    run.push(nick);
                    run.push(next);
                    last = next.last;
                } else if let Some(rest) = self.bracketed_rest(&run, last) {
                    last = rest.last().map_or(last, |u| u.last);
                    run.extend(rest);
                } else if let Some(conn) = self.connectors_after(&run, last) {
                    let after = conn.last().map_or(last, |c| c.last) + 1;
                    match self.unit_at(after) {
                        Some(next) => {
                            run.extend(conn);
                            run.push(next);
                            last = next.last;
                        }
                        None => break,
                    }
                } else {
                    break;
                }
            }
            runs.push(run);
            k = last + 1 + board;
        }
        if let Some(headlines) = headlines {
            let mut credits = Vec::new();
            for run in runs {
                // "Writing by Foo Yun Chee; Editing by ...": a credit line, not a headline.
                let by = run
                    .first()
                    .and_then(|u| u.first.checked_sub(1))
                    .is_some_and(|k| self.word(k) == "by");
                if by || self.outlet_section(&run) {
                    credits.push(run);
                    continue;
                }
                // "It's a Flying White House": a name after "a" or "an" is a likeness or a
                // thing of its kind (see `indefinite_known`), not a mention.
                let indefinite = run
                    .first()
                    .and_then(|u| u.first.checked_sub(1))
                    .is_some_and(|k| self.is_word(k) && matches!(self.word(k), "a" | "an"));
                if indefinite {
                    continue;
                }
                let words = run
                    .iter()
                    .flat_map(|u| u.first..=u.last)
                    .filter_map(|k| self.tokens.get(k))
                    .map(|t| (t.start as u32, t.end as u32, t.text(self.text).to_string()))
                    .collect();
                headlines.push(HeadlineRun {
                    block: self.block,
                    words,
                });
            }
            for run in credits {
                self.run(&run, found);
            }
            return;
        }
        let mut previous: Option<(usize, usize, usize)> = None;
        // The kind a group noun before the list going on gives its members.
        let mut list_kind: Option<EntityKind> = None;
        // The last name found at the far end of a route ("from X to Y"), if any.
        let mut route_end: Option<usize> = None;
        // Whether the list going on is one of routes.
        let mut in_routes = false;
        for run in runs {
            let first_new = found.len();
            self.run(&run, found);
            let (Some(first), Some(last)) = (run.first(), run.last()) else {
                continue;
            };
            if found.len() > first_new {
                if let Some((prev_first, prev_end, prev_index)) = previous {
                    // "from Glasgow to Carlisle": the two ends of a route are places; so are
                    // those of the routes listed after it ("..., Glasgow to Ayr and
                    // Kilmarnock to Ayr").
                    let listed = |k: usize| self.word(k) == "and" || self.punct(k) == Some(',');
                    let opens = prev_first
                        .checked_sub(1)
                        .is_some_and(|k| self.word(k) == "from" || in_routes && listed(k));
                    let route =
                        first.first == prev_end + 2 && self.word(prev_end + 1) == "to" && opens;
                    // "to Carlisle/Newcastle": the other ends of it too.
                    let slash_end = route_end == Some(prev_index)
                        && first.first == prev_end + 2
                        && self.punct(prev_end + 1) == Some('/');
                    let ends: &[usize] = match (route, slash_end) {
                        (true, _) => &[prev_index, first_new],
                        (false, true) => &[first_new],
                        (false, false) => &[],
                    };
                    for &k in ends {
                        if let Some(c) = found.get_mut(k).filter(|c| c.reference.is_none()) {
                            c.evidence.add(EntityKind::Place, 3);
                        }
                    }
                    // "between Penrith and Springwood": beside a known place, a town or a
                    // road, the other end of a stretch is a place too (4 points: enough to
                    // keep "between the Hume Highway and Robertson" from a person of
                    // another article named Robertson).
                    let stretch = first.first == prev_end + 2
                        && self.word(prev_end + 1) == "and"
                        && prev_first.checked_sub(1).is_some_and(|k| {
                            self.word(k) == "between"
                                || self.word(k) == "the"
                                    && k.checked_sub(1).is_some_and(|b| self.word(b) == "between")
                        });
                    if stretch {
                        let place = |c: &Candidate| match c.reference {
                            Some(id) => self
                                .reference
                                .known(id)
                                .is_some_and(|k| k.kind == EntityKind::Place),
                            // A town, or a road ("between the Hume Highway and Robertson").
                            None => {
                                self.reference.is_town(c.text())
                                    || c.words.len() >= 2
                                        && c.words
                                            .last()
                                            .is_some_and(|w| self.reference.is_thoroughfare(w))
                            }
                        };
                        let ends = [prev_index, first_new];
                        if ends.iter().any(|&k| found.get(k).is_some_and(place)) {
                            for k in ends {
                                if let Some(c) = found.get_mut(k).filter(|c| c.reference.is_none())
                                {
                                    c.evidence.add(EntityKind::Place, 4);
                                }
                            }
                        }
                    }
                    route_end = (route || slash_end).then_some(first_new);
                    in_routes = route
                        || slash_end
                        || in_routes && first.first == prev_end + 2 && listed(prev_end + 1);
                    if self.coordinated(prev_end, first.first) {
                        // "games like X, Y and Z", "X, Y and other games": every name of the
                        // list is a work.
                        let listed = found.get(prev_index).is_some_and(|c| c.listed_work);
                        if listed {
                            if let Some(c) = found.get_mut(first_new) {
                                c.listed_work = true;
                                c.work |= c.reference.is_none();
                            }
                        } else if found.get(first_new).is_some_and(|c| c.listed_work) {
                            let mut member = Some(prev_index);
                            while let Some(c) = member.and_then(|m| found.get_mut(m)) {
                                c.listed_work = true;
                                c.work |= c.reference.is_none();
                                member = c.coordinated;
                            }
                        }
                        // "companies like Elbit, Candiru, and Rafael": each member of a list
                        // after a group noun is of the group's kind.
                        // The list's kind is found once, at its first member.
                        if let Some(head) =
                            found.get(prev_index).filter(|c| c.coordinated.is_none())
                        {
                            list_kind = self
                                .tokens
                                .binary_search_by_key(&(head.start as usize), |t| t.start)
                                .ok()
                                .and_then(|t| self.listed_after_group(t));
                        }
                        if let (Some(kind), Some(c)) = (list_kind, found.get_mut(first_new)) {
                            if c.reference.is_none() {
                                c.evidence.add(kind, 3);
                            }
                        }
                        let plural = found.get(prev_index).is_some_and(|c| c.plural_title);
                        if let Some(c) = found.get_mut(first_new) {
                            c.coordinated = Some(prev_index);
                            if plural {
                                c.evidence.add(EntityKind::Person, 5);
                            }
                        }
                        // "Rogers, Craig and Mayes counties": a plural noun after the last of
                        // a list tells the kind of each.
                        let after = self.word(last.last + 1);
                        if let Some(kind) = group_kind(self.reference, after)
                            .filter(|_| after.ends_with('s') && self.is_word(last.last + 1))
                        {
                            let mut member = Some(prev_index);
                            while let Some(c) = member.and_then(|m| found.get_mut(m)) {
                                if c.reference.is_none() {
                                    c.evidence.add(kind, 3);
                                }
                                member = c.coordinated;
                            }
                        }
                    }
                }
                previous = Some((first.first, last.last, found.len() - 1));
                self.acronym_after(last.last, found);
            }
        }
    }

    /// `Long Name (LN)`: records LN on the last name found.
    fn acronym_after(&self, last: usize, found: &mut [Candidate]) {
        if self.punct(last + 1) != Some('(') || self.punct(last + 3) != Some(')') {
            return;
        }
        let inner = self.word(last + 2);
        if !self.is_word(last + 2) {
            return;
        }
        // "WASHINGTON (UPI) —" is a dateline, not a definition: a long name has two words
        // or more.
        let Some(c) = found.last_mut().filter(|c| c.name_count() >= 2) else {
            return;
        };
        let normal = acronyms::normal(inner);
        // "Scottish Environment Protection Agency (Sepa)": British style writes acronyms
        // read as words with one capital; it is one when it spells the name's initials.
        let word_acronym = inner.chars().count() >= 3
            && is_capitalised(inner)
            && acronyms::keys(&c.words_str()).contains(&normal);
        if is_all_caps(inner) || word_acronym {
            c.defines = Some(normal);
        }
    }
}
