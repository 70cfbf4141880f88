//! One run of capitalised words turned into names (`Finder::run`): events, awards, races,
//! crude grades and quotations dropped whole, leading function words and unproven
//! sentence-initial capitals cut, the run split at days and months into parts, and each part
//! at titles (`title_len`) into segments, a title's holder and portfolio set apart.

use super::lexicon::{is_member_title, is_name_suffix, is_possessive_event, CRUDE_GRADE_WORDS};
use super::{Candidate, Finder, SegmentFlags, Unit, MAX_NAME_UNITS};
use crate::article::EntityKind;
use crate::entities::names::{is_all_caps, is_capitalised};

impl Finder<'_> {
    /// Whether a unit is a title word: "Minister", "Foreign".
    fn title_len(&self, units: &[Unit], p: usize) -> Option<(usize, bool)> {
        let r = self.reference;
        // "Labor MP Lyn Breuer", "Greens Senator Bob Brown": a party the reference data knows,
        // before a member's title, names the party; the title starts after it.
        let party_before_member = units
            .get(p)
            .is_some_and(|u| u.first == u.last && u.reference.is_some() && !u.connector)
            && units
                .get(p + 1)
                .is_some_and(|n| self.is_single(n) && is_member_title(self.word(n.first)));
        if party_before_member {
            return None;
        }
        let mut q = p;
        let mut head_end = None;
        while let Some(u) = units.get(q) {
            // "Foreign Affairs Minister": a known name made of a title's words ("Foreign
            // Affairs", the journal) is those words inside the title.
            let title_words = !u.connector
                && u.reference.is_some()
                && (u.first..=u.last).all(|k| {
                    let w = self.word(k);
                    self.is_word(k) && (r.is_title_modifier(w) || r.is_title_portfolio(w))
                });
            if title_words && units.get(q + 1).is_some_and(|n| self.is_single(n)) {
                q += 1;
                continue;
            }
            if !self.is_single(u) {
                break;
            }
            let w = self.word(u.first);
            // Heads of two words: "Chief Executive", "Crown Prince".
            let pair = units
                .get(q + 1)
                .filter(|n| self.is_single(n))
                .is_some_and(|n| r.is_title_head(&format!("{w} {}", self.word(n.first))));
            if pair {
                head_end = Some(q + 2);
                q += 2;
                continue;
            }
            // "Cartoonist Matt Bors", "Engineer Jane Doe": a noun for a job before a given
            // name is a title too.
            let job = r.is_job(w)
                && units
                    .get(q + 1)
                    .is_some_and(|n| self.is_single(n) && r.is_given_name(self.word(n.first)));
            // "Lady Gaga", "Lady Antebellum": "Lady" before one word that is no given name,
            // no family name, no town and no known name is a stage name's first word, no
            // title ("Lady Diana", "Lady Thatcher", "Lady Ashford" stay titled).
            let stage_name = w == "Lady"
                && q == p
                && units.get(q + 1).is_some_and(|n| {
                    let name = self.word(n.first);
                    self.is_single(n)
                        && !r.is_given_name(name)
                        && !r.is_surname(name)
                        && !r.is_town(name)
                        && n.reference.is_none()
                        && !self.caps.seen_lowercase(name)
                })
                && units.get(q + 2).is_none_or(|u| u.connector);
            if stage_name {
                break;
            }
            // "Foreign Affairs Minister", "Veterans Affairs Secretary": a portfolio's word
            // inside a title before its head, as the modifiers are.
            // "Emergency Services Minister Bob Debus", "Workplace Relations Minister": up to
            // three common words before "Minister" are the minister's portfolio.
            let minister = (q + 1..units.len().min(q + 4)).find(|&m| {
                units.get(m).is_some_and(|u| {
                    self.is_single(u) && matches!(self.word(u.first), "Minister" | "Ministers")
                }) && units[q..m].iter().all(|u| {
                    let w = self.word(u.first);
                    self.is_single(u)
                        && (r.is_common_word(w)
                            || r.is_title_modifier(w)
                            || r.is_title_portfolio(w))
                })
            });
            if let Some(m) = minister.filter(|_| r.is_common_word(w)) {
                head_end = Some(m + 1);
                q = m + 1;
                continue;
            }
            if r.is_title_head(w) || job {
                head_end = Some(q + 1);
            } else if !r.is_title_modifier(w) && !r.is_title_portfolio(w) {
                break;
            }
            q += 1;
        }
        let mut end = head_end?;
        // "King Street", "the Princes Highway", "Queen Street Mall": a road named after a
        // title's holder; no title.
        if units
            .get(end)
            .is_some_and(|u| self.is_single(u) && r.is_thoroughfare(self.word(u.first)))
        {
            return None;
        }
        // "Secretary of State", "Minister for Foreign Affairs".
        loop {
            let mut q = end;
            while units.get(q).is_some_and(|u| u.connector) {
                q += 1;
            }
            if q == end {
                break;
            }
            let mut r_end = q;
            while units
                .get(r_end)
                .is_some_and(|u| self.is_single(u) && r.is_title_portfolio(self.word(u.first)))
            {
                r_end += 1;
            }
            if r_end == q {
                break;
            }
            end = r_end;
        }
        let head = units
            .get(end.saturating_sub(1))
            .map_or("", |u| self.word(u.first));
        let plural = head.ends_with('s') && !head.ends_with("ss");
        Some((end - p, plural))
    }

    /// Turns one run of capitalised words into names.
    pub(super) fn run(&self, run: &[Unit], found: &mut Vec<Candidate>) {
        let r = self.reference;
        // "the America's Cup winner", "on New Year's Eve": a name whose possessive is followed
        // by an event's word (and no more capitals, no "of": "Canada's Day of Action" is no
        // holiday's name) is part of the event's name, no mention.
        if let Some(u) = run.last() {
            let event = self.tokens.get(u.last).is_some_and(|t| t.possessive)
                && self.is_word(u.last + 1)
                && is_possessive_event(self.word(u.last + 1))
                && !(self.is_word(u.last + 2)
                    && (is_capitalised(self.word(u.last + 2)) || self.word(u.last + 2) == "of"));
            if event {
                return;
            }
        }
        // "two New Zealand Sportsman of the Year awards", "the Tour of Australia", "the Tour
        // de France": an award's or a race's name, and the names inside it, are no mention.
        if let (Some(u), Some(v)) = (run.first(), run.last()) {
            let award = self.word(v.last + 1) == "of"
                && self.word(v.last + 2) == "the"
                && self.word(v.last + 3) == "Year";
            let tour = |k: usize| self.is_word(k) && self.word(k) == "Tour";
            let race = u
                .first
                .checked_sub(2)
                .is_some_and(|k| tour(k) && matches!(self.word(k + 1), "of" | "de" | "du"))
                || tour(u.first)
                    && run.get(1).is_some_and(|c| {
                        c.connector && matches!(self.word(c.first), "of" | "de" | "du")
                    });
            if award || race {
                return;
            }
        }
        if self.crude_grade(run) {
            return;
        }
        let mut units: &[Unit] = run;
        // Leading function words: "But Kerry", "The United States".
        let mut the = false;
        let mut trimmed = false;
        while let Some(u) = units.first() {
            let w = self.word(u.first);
            // "The CEO of Vail Resorts": a title is kept for `part` to read, even one that
            // never stands alone ("CEO").
            let title = r.is_title_head(w) && units.len() > 1;
            // "PC Acquisition Inc", "GPS Fleet Ltd": a common acronym opens a firm's name
            // that ends in its legal form.
            let firm_acronym = is_all_caps(w)
                && units.len() > 2
                && units.last().is_some_and(|l| {
                    self.is_single(l) && self.reference.is_legal_form(self.word(l.first))
                });
            if self.is_single(u) && (r.is_stop(w) || r.is_time(w)) && !title && !firm_acronym {
                the |= w == "The";
                trimmed = true;
                units = &units[1..];
            } else {
                break;
            }
        }
        // `the “Blue House” compound`: a run that is the whole of a quotation is a title or
        // a nickname, even when its first word, which opens the quotation, is a common word
        // that would be cut below.
        if let (Some(u), Some(v)) = (units.first(), units.last()) {
            let quoted_run = self.quoted(u.first, v.last)
                && units.len() > 1
                && units.iter().all(|u| u.reference.is_none())
                && self.tokens.get(u.first).is_some_and(|t| t.sentence_start)
                && self.caps.seen_lowercase(self.word(u.first));
            if quoted_run {
                return;
            }
        }
        // A capital at the start of a sentence proves nothing on its own.
        if let Some(u) = units.first() {
            let w = self.word(u.first);
            let starts = !trimmed && self.tokens.get(u.first).is_some_and(|t| t.sentence_start);
            // `Lee “Faker” Sang-hyeok`: a nickname inside the name counts as a name word.
            let next_is_name = units
                .get(1)
                .is_some_and(|n| (!n.connector || n.nickname) && n.reference.is_none());
            // "Moussa Faki Mahamat said": an unknown word before more name words is a name
            // too, unless it is seen in lowercase or looks like "Speaking" or "Separately".
            let next_plain = units.get(1).is_some_and(|n| {
                !n.connector
                    && n.reference.is_none()
                    && !r.is_demonym(self.word(n.first))
                    && !r.is_stop(self.word(n.first))
            });
            // "Procter & Gamble said", "Morgan, Lewis & Bockius said": an ampersand joins the
            // first word to a firm's name.
            let ampersand_next = units
                .iter()
                .any(|n| n.connector && self.punct(n.first) == Some('&'));
            let looks_like_word = ["ing", "ly", "ed"].iter().any(|s| w.ends_with(s));
            let apposition = units.len() == 1 && self.appositive_after(u.last).is_some();
            // "Halloran said": a lone name before a speech verb; plural nouns ("Officials
            // said") end in "s".
            let speaker = units.len() == 1
                && (r.is_speech(self.word(u.last + 1)) || self.aside_speech(u.last))
                && !w.ends_with('s')
                && w.chars().count() >= 3;
            // "Cartoonist Matt Bors got a spot": an occupation before a given name and a
            // surname opens the sentence, not the name.
            // "Reserve Bank Governor Ian Macfarlane": a body's head word that lists of given
            // names hold too ("Bank") is the body's, no given name.
            let occupation = self.is_single(u)
                && !is_all_caps(w)
                && !r.is_given_name(w)
                && units.get(1).is_some_and(|n| {
                    let given = self.word(n.first);
                    self.is_single(n)
                        && r.is_given_name(given)
                        && !r.is_org_last(given)
                        && !r.is_place_last(given)
                })
                && units.get(2).is_some_and(|n| self.is_single(n))
                && (r.is_common_word(w) || ["ist", "er", "or"].iter().any(|end| w.ends_with(end)))
                && !r.is_title_head(w);
            let vouched = !occupation
                && (u.reference.is_some()
                    || apposition
                    || speaker
                    || is_all_caps(w)
                    || r.is_title_head(w)
                    || r.is_title_modifier(w)
                    || self.caps.is_name_like(w)
                    || r.is_given_name(w) && next_is_name
                    || ampersand_next
                    || next_plain && !looks_like_word && !self.caps.seen_lowercase(w));
            if starts && !vouched {
                units = &units[1..];
                while units.first().is_some_and(|u| u.connector) {
                    units = &units[1..];
                }
            }
        }
        // Days and months split a run.
        let mut parts: Vec<&[Unit]> = Vec::new();
        let mut rest = units;
        while let Some(cut) = rest
            .iter()
            .position(|u| self.is_single(u) && r.is_time(self.word(u.first)))
        {
            parts.push(&rest[..cut]);
            rest = &rest[cut + 1..];
        }
        parts.push(rest);
        let n_parts = parts.len();
        for (i, part) in parts.into_iter().enumerate() {
            self.part(part, i == 0 && the, i == 0, i + 1 == n_parts, found);
        }
    }

    /// "Kern River crude", "North Sea Brent crude", "Gulf of Suez crude", "the Huntington
    /// Beach light grade", "Basra Light", "West Texas Intermediate": a crude oil's grade,
    /// named by its field or port, is a product; the places in it are inside its name, no
    /// mention. A name before "crude" or "grade" (a word of its kind may come between: "light
    /// grade"), unless it is a country, a known body or a region of two words led by a
    /// compass word ("U.S. crude imports", "OPEC crude output", "North Sea crude", "West
    /// Coast grades" name them); or a known place, a demonym, or in a paragraph on crude one
    /// word, before a grade's word with a capital.
    fn crude_grade(&self, run: &[Unit]) -> bool {
        let r = self.reference;
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return false;
        };
        let lower = |k: usize| self.is_word(k) && !is_capitalised(self.word(k));
        let grade_noun =
            |k: usize| lower(k) && matches!(self.word(k), "crude" | "crudes" | "grade" | "grades");
        let kind_word = |k: usize| {
            lower(k)
                && CRUDE_GRADE_WORDS
                    .iter()
                    .any(|g| g.eq_ignore_ascii_case(self.word(k)))
        };
        // A country's or a known body's own crude ("OPEC crude output") is theirs.
        let country_or_body = first
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.country || k.kind != EntityKind::Place);
        // "North Sea crude", "West Coast grades": a region named by a compass word and one
        // more tells where the oil comes from, the place ("North Sea Brent crude" is a grade).
        let point = self.word(first.first);
        let region = last.last == first.first + 1
            && r.is_compass(point)
            && !matches!(point, "Upper" | "Lower" | "Old" | "Baja" | "Alta");
        let possessive = self.tokens.get(last.last).is_some_and(|t| t.possessive);
        let before_noun = !country_or_body
            && !region
            && !possessive
            && (grade_noun(last.last + 1) || kind_word(last.last + 1) && grade_noun(last.last + 2));
        let place_or_people = first
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.kind == EntityKind::Place)
            || self.is_single(first) && r.is_demonym(self.word(first.first));
        // "Basra Light fell": an unknown word before a grade's word, in a paragraph on crude.
        let oil_talk = matches!(run, [u, _] if self.is_single(u))
            && self.text.to_ascii_lowercase().contains("crude");
        let capital_grade = run.len() >= 2
            && (place_or_people || oil_talk)
            && self.is_single(last)
            && CRUDE_GRADE_WORDS.contains(&self.word(last.first));
        before_noun || capital_grade
    }

    /// Splits a part of a run at titles, then makes names of the pieces.
    fn part(&self, units: &[Unit], the: bool, first: bool, last: bool, found: &mut Vec<Candidate>) {
        // No name is this long: a run of capitals this long is a list or a shout, and only
        // the known names in it count.
        if units.len() > MAX_NAME_UNITS {
            for u in units.iter().filter(|u| u.reference.is_some()) {
                let flags = SegmentFlags {
                    the: false,
                    titled: false,
                    plural: false,
                    first: false,
                    last: false,
                    institution: false,
                };
                self.segment_step(std::slice::from_ref(u), flags, found);
            }
            return;
        }
        // (units, a title came before, the title was plural)
        let mut segments: Vec<(&[Unit], bool, bool)> = Vec::new();
        let mut start = 0;
        let mut titled = (false, false);
        let mut p = 0;
        while p < units.len() {
            let Some((len, plural)) = self.title_len(units, p) else {
                p += 1;
                continue;
            };
            let mut q = p + len;
            while q < units.len() && self.title_len(units, q).is_none() {
                q += 1;
            }
            // "General Motors", "Justice Department": the title word is part of the name; so is
            // a title word after a name with nothing or a suffix after it ("Martin Luther
            // King Jr.").
            let after_name = p > start
                && units[start..p].iter().all(|u| {
                    u.reference.is_none() && !self.reference.is_demonym(self.word(u.first))
                })
                && units[p + len..q]
                    .iter()
                    .all(|u| is_name_suffix(self.word(u.first)));
            // "Associated General Contractors": a title between a plain word and an ordinary
            // word in the plural is an adjective inside a body's name; no person is called
            // that ("Dr. Graves" is).
            let plural_after = p > start
                && units[start..p].iter().all(|u| self.is_single(u))
                && units.get(p + len).is_some_and(|u| {
                    self.is_single(u) && self.is_ordinary_plural(self.word(u.first))
                });
            // "Executive Director of the Wikimedia Foundation": after "of" or "at" comes the
            // title's institution, which the title is no part of.
            let of_after = units
                .get(p + len)
                .is_some_and(|u| u.connector && matches!(self.word(u.first), "of" | "at"));
            let org_head = self.has_org_head(&units[p + len..q]) && !of_after;
            if org_head || after_name || plural_after {
                p = q;
                continue;
            }
            segments.push((&units[start..p], titled.0, titled.1));
            titled = (true, plural);
            p += len;
            start = p;
        }
        segments.push((&units[start..], titled.0, titled.1));
        let n = segments.len();
        for (i, (seg, titled, plural)) in segments.into_iter().enumerate() {
            // "CEO of Vail Resorts", "President of France": after a title and "of", the
            // title's institution, not the person holding it.
            let institution = titled
                && seg
                    .first()
                    .is_some_and(|u| u.connector && matches!(self.word(u.first), "of" | "at"));
            let flags = SegmentFlags {
                the: the && i == 0,
                titled: titled && !institution,
                plural,
                first: first && i == 0,
                last: last && i + 1 == n,
                institution,
            };
            // "Director of Product Management Joe Ambeault": the holder named after the
            // institution or the portfolio.
            // "president of the Australian Medical Association Kerryn Phelps", "Director of
            // Boston's Logan International Airport Tom Kinton": a body's or a place's name of
            // two words or more, ended by its head word, then a given name and a surname: the
            // holder named after the body, as above.
            let body_before = |cut: usize| {
                cut >= 2
                    && seg.get(cut - 1).is_some_and(|u| {
                        let w = self.word(u.last);
                        self.is_single(u)
                            && (self.reference.is_org_last(w) || self.reference.is_place_last(w))
                    })
            };
            // A given name the lists lack before a known surname ("Sharan Burrow") is a
            // holder's too after a body's head word.
            let holder = self
                .holder_at_end(seg)
                .filter(|&cut| institution || body_before(cut))
                .or_else(|| {
                    let cut = seg.len().checked_sub(2)?;
                    let [given, surname] = seg.get(cut..)? else {
                        return None;
                    };
                    let r = self.reference;
                    let (g, s) = (self.word(given.first), self.word(surname.first));
                    let person = self.is_single(given)
                        && self.is_single(surname)
                        && r.is_surname(s)
                        && !r.is_common_word(g)
                        && !r.is_common_word(s)
                        && !is_all_caps(g)
                        && !is_all_caps(s)
                        && !r.is_org_last(g)
                        && !r.is_place_last(g)
                        && !r.is_org_last(s)
                        && !r.is_place_last(s);
                    (person && body_before(cut)).then_some(cut)
                });
            match holder {
                Some(cut) => {
                    let before = SegmentFlags {
                        last: false,
                        ..flags
                    };
                    // "of Product Management": common words are the title's portfolio.
                    let portfolio = institution
                        && seg[..cut].iter().all(|u| {
                            u.connector
                                || self.is_single(u)
                                    && self.reference.is_common_word(self.word(u.first))
                        });
                    if !portfolio {
                        self.segment(&seg[..cut], before, found);
                    }
                    let holder = SegmentFlags {
                        the: false,
                        titled: true,
                        first: false,
                        institution: false,
                        ..flags
                    };
                    self.segment(&seg[cut..], holder, found);
                }
                // "Minister for Life Sciences, George Freeman": after a title and "for",
                // common words are the title's portfolio, no name.
                None if titled && self.is_portfolio(seg) => {}
                None => self.segment(seg, flags, found),
            }
        }
    }

    /// "for Life Sciences": "for" and common words only.
    fn is_portfolio(&self, seg: &[Unit]) -> bool {
        let r = self.reference;
        seg.first()
            .is_some_and(|u| u.connector && self.word(u.first) == "for")
            && seg
                .iter()
                .skip(1)
                .all(|u| u.connector || self.is_single(u) && r.is_common_word(self.word(u.first)))
            && seg.len() > 1
    }

    /// Where a personal name ends a segment after other name words: a given name and one
    /// more word that is neither a common word nor a head word ("... Management Joe
    /// Ambeault").
    fn holder_at_end(&self, seg: &[Unit]) -> Option<usize> {
        let r = self.reference;
        let [.., before, given, surname] = seg else {
            return None;
        };
        let (g, s) = (self.word(given.first), self.word(surname.first));
        let person = self.is_single(given)
            && self.is_single(surname)
            && !before.connector
            && r.is_given_name(g)
            && !r.is_common_word(s)
            && !r.is_org_last(s)
            && !r.is_place_last(s)
            && !is_all_caps(s);
        person.then(|| seg.len() - 2)
    }
}
